package checks

import (
	"sort"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
)

// A Verdict is the judgement of one cell.
type Verdict string

// A Finding is one value a source states for a fact, with its evidence.
type Finding struct {
	Pos      facts.Pos // where the value stands in the original file
	Sentence string    // the sentence, as the source writes it
	Says     string    // the words that state the value
	Value    string    // the value read from them: "2022-09-07", "3,000", "Jon Smyth"
	Agrees   bool
	How      string // how the value was read, when it is not plain: a resolved relative date
	Diff     string // for a reworded quote, what differs: "designer" → "originator"
	Compared string // for a quote, the rendering of the sheet it was compared with
	Kind     string // for a contradiction, the kind of disagreement: "spelling", "different-date", ...
	// Unsure marks a disagreeing value that may not be the fact's: another
	// fact's terms stand as near it. It is shown for review and never
	// fails the run.
	Unsure bool
	Label  *facts.Label // the label that documents this contradiction, if any
	// End is where the words end in the original file: the position just
	// after them.
	End     facts.Pos
	char    int // Pos.Col counted in code points, as SARIF counts; 0 if not known
	endChar int // End.Col counted in code points; 0 if not known
	// sentStart is where its sentence starts in the file.
	sentStart int
	// firm marks an agreeing value stated outright: an exact figure, the
	// name itself, a day; not "about 7,500", not a range.
	firm bool
	// near marks an agreeing figure given as a round or approximate value
	// ("about 85,000", "some 3,000 to 3,500"): not firm, but firm enough to
	// settle another figure in the unit elsewhere when nothing firm does.
	near bool
	// yields marks a disagreeing value that a firm agreement elsewhere in
	// the source settles as about something else: another figure in the
	// unit, a not: name, a date coarser than a day.
	yields bool
	// yieldsInParagraph narrows yields to a firm agreement in the same
	// paragraph: a time the source gets right once may be wrong elsewhere,
	// but beside the sheet's it is another moment's ("lifted off at 7:42.
	// Fog had pushed the launch back from the window's opening at 7:04").
	yieldsInParagraph bool
	// open marks an agreeing figure that only bounds the sheet's ("more
	// than seven inches"): it allows the value, and states none.
	open bool
	// partial marks an agreeing figure inside a fact's range ("2015" for
	// model years 2009 to 2015): it states a part of the value only, and
	// settles nothing.
	partial bool
	// unit is the unit of the table a number was written in, or "".
	unit string
	// loose marks an agreement read from the sheet's figure without its
	// unit: it never outweighs a value that may be the fact's.
	loose bool
	// passing marks an unsure value given at one moment of a story that
	// goes on ("so far", "as of Monday"), or since corrected: the sheet's
	// final figure elsewhere in the source outweighs it, even read without
	// its unit.
	passing bool
	// revision marks a figure given as the revision of one before it in
	// its sentence ("revised that to 14,383"): a word of a superseded
	// figure there speaks of the other.
	revision bool
	// corrected marks a value the source says it has since corrected
	// ("an earlier post gave the name as ..."): the same value elsewhere in
	// the source is the one corrected.
	corrected bool
}

// Column is the finding's column in code points, as editors and SARIF
// count, where it is known, else in bytes.
func (fd *Finding) Column() int {
	if fd.char > 0 {
		return fd.char
	}
	return fd.Pos.Col
}

// EndColumn is Column for the end of the finding's words.
func (fd *Finding) EndColumn() int {
	if fd.endChar > 0 {
		return fd.endChar
	}
	return fd.End.Col
}

// A Cell is the judgement of one fact in one source.
type Cell struct {
	Fact     *facts.Fact
	Source   *document.Source
	Verdict  Verdict
	Findings []*Finding // every value found, in text order (of a brief run, all but those that agree)
	// Agreeing is, in a brief run (Options.Brief), how many agreeing values
	// were found and not kept; 0 otherwise.
	Agreeing int
	// Unresolved are statements that could not be placed, such as a
	// relative date in a source with no publication date. They are
	// reported, never guessed.
	Unresolved  []*Finding
	Stale       []*facts.Label // labels for this cell that no contradiction matched
	factIndex   int            // the fact's index in the sheet
	sourceIndex int            // the source's index in the corpus
}

// Labelled reports whether the cell contradicts the sheet only in ways its
// labels document.
func (c *Cell) Labelled() bool {
	if c.Verdict != Contradicts {
		return false
	}
	for _, f := range c.Findings {
		if !f.Agrees && f.Label == nil {
			return false
		}
	}
	return true
}

// A Result is the judgement of every cell of a sheet and a corpus.
type Result struct {
	Sheet  *facts.Sheet
	Corpus *document.Corpus
	// Cells are the cells that are not plainly silent: those that agree or
	// contradict, and silent ones with unresolved statements or stale
	// labels. Every other cell is silent and is not stored, so that a
	// large corpus costs memory only for what it says. Fact by fact in
	// sheet order, then source by source in id order.
	Cells  []*Cell
	byFact [][]*Cell // the cells of Cells, fact by fact, by source index
	// warn are the kinds of problem that are warnings in this run
	// (Options.Warnings).
	warn map[ProblemKind]bool
}

// Cell returns the cell of a fact and a source; ok is false when the sheet
// has no such fact or the corpus no such source.
func (r *Result) Cell(factID, sourceID string) (c *Cell, ok bool) {
	fi, si := -1, -1
	for i, f := range r.Sheet.Facts {
		if f.ID == factID {
			fi = i
		}
	}
	for i, s := range r.Corpus.Sources {
		if s.ID == sourceID {
			si = i
		}
	}
	if fi < 0 || si < 0 {
		return nil, false
	}
	return r.CellAt(fi, si), true
}

// cellsOf returns the stored cells of a fact, source by source.
func (r *Result) cellsOf(f *facts.Fact) []*Cell {
	for fi, g := range r.Sheet.Facts {
		if g == f {
			return r.byFact[fi]
		}
	}
	return nil
}

// CellAt returns the cell of the fi-th fact and the si-th source: the one
// stored, or a silent one.
func (r *Result) CellAt(fi, si int) *Cell {
	if fi < len(r.byFact) {
		cells := r.byFact[fi]
		if k := sort.Search(len(cells), func(k int) bool { return cells[k].sourceIndex >= si }); k < len(cells) && cells[k].sourceIndex == si {
			return cells[k]
		}
	}
	return &Cell{Fact: r.Sheet.Facts[fi], Source: r.Corpus.Sources[si], Verdict: Silent}
}

// plainlySilent reports whether a cell says nothing worth storing.
func (c *Cell) plainlySilent() bool {
	return c.Verdict == Silent && len(c.Unresolved) == 0 && len(c.Stale) == 0
}

// Counts tallies the cells of a result.
type Counts struct {
	Cells      int `json:"cells"`
	Agree      int `json:"agree"`
	Silent     int `json:"silent"`
	Contradict int `json:"contradict"`
	Unsure     int `json:"unsure"`   // cells whose disagreeing value may be another fact's: for review
	Labelled   int `json:"labelled"` // contradicting cells whose every contradiction is labelled
	New        int `json:"new"`      // contradicting cells with a contradiction no label documents
	Stale      int `json:"stale_labels"`
}

// Counts tallies the verdicts of every cell, the silent ones not stored
// included.
func (r *Result) Counts() Counts {
	n := Counts{Cells: len(r.Sheet.Facts) * len(r.Corpus.Sources)}
	for _, c := range r.Cells {
		switch c.Verdict {
		case Agrees:
			n.Agree++
		case Contradicts:
			n.Contradict++
			if c.Labelled() {
				n.Labelled++
			} else {
				n.New++
			}
		case Unsure:
			n.Unsure++
		}
		n.Stale += len(c.Stale)
	}
	n.Silent = n.Cells - n.Agree - n.Contradict - n.Unsure
	return n
}

// Corroboration returns how many sources agree with each fact, by fact id.
func (r *Result) Corroboration() map[string]int {
	out := make(map[string]int)
	for _, c := range r.Cells {
		if c.Verdict == Agrees {
			out[c.Fact.ID]++
		}
	}
	return out
}

// The verdicts.
const (
	Agrees      Verdict = "agrees"      // the source states a value compatible with the sheet
	Silent      Verdict = "silent"      // the source states no value for the fact
	Contradicts Verdict = "contradicts" // the source states a value the sheet does not allow
	Unsure      Verdict = "unsure"      // the source states a value the sheet does not allow, but it may be another fact's
)
