package checks

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
)

// A ProblemKind names what makes a cell or a fact fail.
type ProblemKind string

// The kinds of problem.
const (
	Unexpected     ProblemKind = "unexpected"     // a contradiction no label documents
	StaleLabel     ProblemKind = "stale"          // a label that no contradiction matched
	Mismatch       ProblemKind = "mismatch"       // a label whose says: no longer matches what the source says
	Uncorroborated ProblemKind = "uncorroborated" // a fact no source agrees with and no reference supports
)

// Title names the kind of problem for people: "unexpected contradiction".
func (k ProblemKind) Title() string {
	switch k {
	case Unexpected:
		return "unexpected contradiction"
	case StaleLabel:
		return "stale label"
	case Mismatch:
		return "label no longer matches"
	}
	return string(k)
}

// A Problem is one reason the suite fails, as data: where, what is wrong,
// the evidence and what to do. The output formats render it.
type Problem struct {
	Pos    facts.Pos // the data at fault: a value in a source, a label, a fact
	Fact   string
	Source string // "" for a fact-wide problem
	Kind   ProblemKind
	// Summary says what is wrong in one line, without the position, the
	// fact or the severity, which a writer puts before it. It starts with
	// What, the words that name the trouble ("unexpected contradiction"),
	// which a terminal may colour.
	Summary, What string
	// Evidence is what shows it, one named line each: the sentence, what
	// the source and the sheet say.
	Evidence []Evidence
	// Label is the label that would document a contradiction, for a
	// person to paste into the sheet (Unexpected); nil otherwise.
	Label *facts.Label
	// LabelHint says where Label goes; NewList is set when the fact has
	// no labels yet, so that Label needs a "labels:" key above it.
	LabelHint string
	NewList   bool
	// Advice is what to do, when Summary does not say it.
	Advice string
	// Says is what the source says, for a contradiction or a label: the
	// same words in many sources make one group in a report.
	Says string
	// Warning marks a problem of a fact whose severity is warning: it is
	// reported everywhere and fails nothing.
	Warning bool
	// Finding is the value at fault, for a contradiction; nil for a
	// problem of a label or a fact.
	Finding *Finding
}

// Evidence is one named line of a problem's evidence.
type Evidence struct {
	Name string // "sentence", "read as", "sheet says", "compared", "differs"
	Text string
}

// String is a problem's first line: "path:line:col: fact: summary", with
// "warning: " before the summary for a warning, as editors and
// errorformat read it. The output formats render the rest.
func (p Problem) String() string {
	sev := ""
	if p.Warning {
		sev = "warning: "
	}
	return fmt.Sprintf("%s: %s: %s%s", p.Pos, p.Fact, sev, p.Summary)
}

// Column is the problem's column in code points where it is known (a
// finding's), else in bytes.
func (p Problem) Column() int {
	if p.Finding != nil {
		return p.Finding.Column()
	}
	return p.Pos.Col
}

// Fails reports whether the problem fails the run.
func (p Problem) Fails() bool { return !p.Warning }

// Problems returns what makes the cell fail: unlabelled contradictions,
// labels that no longer match, and stale labels.
func (c *Cell) Problems() []Problem {
	var out []Problem
	var unexpected []*Finding
	for _, fd := range c.Findings {
		if !fd.Agrees && !fd.Unsure && fd.Label == nil {
			unexpected = append(unexpected, fd) // an unsure value is for review, never a failure
		}
	}
	stale := c.Stale
	// A label whose value no longer matches, next to a contradiction no label
	// matches: most likely the source changed what it says.
	for len(unexpected) > 0 && len(stale) > 0 {
		fd, l := unexpected[0], stale[0]
		unexpected, stale = unexpected[1:], stale[1:]
		out = append(out, c.mismatch(fd, l))
	}
	for _, fd := range unexpected {
		out = append(out, c.unexpected(fd))
	}
	for _, l := range stale {
		now := "is now silent on this fact"
		if c.Verdict == Agrees {
			fd := c.Findings[0]
			now = fmt.Sprintf("now agrees (%s says %q)", fd.Pos, fd.Says)
		}
		out = append(out, Problem{Pos: l.Pos, Fact: c.Fact.ID, Source: c.Source.ID, Kind: StaleLabel, Says: l.Says, What: "stale label",
			Summary: fmt.Sprintf("stale label: source %s no longer says %q; it %s. Remove the label.", c.Source.ID, l.Says, now)})
	}
	if c.Fact.Warning {
		for i := range out {
			out[i].Warning = true
		}
	}
	return out
}

// mismatch is the problem of a label whose says: no longer matches,
// beside the contradiction that most likely replaced it.
func (c *Cell) mismatch(fd *Finding, l *facts.Label) Problem {
	return Problem{
		Pos: fd.Pos, Finding: fd, Fact: c.Fact.ID, Source: c.Source.ID, Kind: Mismatch, Says: fd.Says,
		What: fmt.Sprintf("the label at %s expects", l.Pos),
		Summary: fmt.Sprintf("the label at %s expects source %s to say %q, but it now says %q (read as %s)",
			l.Pos, c.Source.ID, l.Says, fd.Says, fd.Value),
		Evidence: []Evidence{{"sentence", strconv.Quote(fd.Sentence)}, {"sheet says", c.Fact.Canonical()}},
		Advice: fmt.Sprintf("Update says: in that label to %q if the disagreement is still known and accepted; correct the sheet if the source is right.",
			fd.Says),
	}
}

// unexpected is the problem of a contradiction no label documents, with
// the label that would document it.
func (c *Cell) unexpected(fd *Finding) Problem {
	f := c.Fact
	read := fd.Value
	if fd.How != "" {
		read += " (" + fd.How + ")"
	}
	ev := []Evidence{
		{"sentence", strconv.Quote(fd.Sentence)},
		{"read as", read},
		{"sheet says", fmt.Sprintf("%s (%s: %s)", f.Canonical(), f.Pos, f.Claim)},
	}
	if fd.Diff != "" {
		ev = append(ev, Evidence{"compared", strconv.Quote(fd.Compared)}, Evidence{"differs", fd.Diff + " (sheet → source)"})
	}
	keeps := "why the sheet keeps " + f.Value
	if len(f.Value) > 40 {
		keeps = "why the sheet keeps its " + string(f.Kind)
	}
	return Problem{
		Pos: fd.Pos, Finding: fd, Fact: f.ID, Source: c.Source.ID, Kind: Unexpected, Says: fd.Says,
		What:      "unexpected contradiction",
		Summary:   fmt.Sprintf("unexpected contradiction: source %s says %q, the sheet says %s", c.Source.ID, fd.Says, f.Canonical()),
		Evidence:  ev,
		Label:     &facts.Label{Source: c.Source.ID, Says: labelSays(fd), Label: fd.Kind, Note: keeps},
		LabelHint: fmt.Sprintf("If the sheet is right and this disagreement is known, label it: add to fact %s in %s", f.ID, f.Pos.File),
		NewList:   len(f.Labels) == 0,
		Advice:    "If the source is right, correct the sheet's value instead.",
	}
}

// Problems returns every problem of the result: those of each cell, in
// cell order, then each fact that no source corroborates.
func (r *Result) Problems() []Problem {
	var out []Problem
	for _, c := range r.Cells {
		out = append(out, c.Problems()...)
	}
	for fi, f := range r.Sheet.Facts {
		if p, ok := r.uncorroborated(f, r.byFact[fi]); ok {
			out = append(out, p)
		}
	}
	for i, p := range out {
		if r.warn[p.Kind] {
			out[i].Warning = true
		}
	}
	return out
}

// Warns reports whether problems of a kind are warnings in this run,
// whatever the severity of their fact.
func (r *Result) Warns(k ProblemKind) bool { return r.warn[k] }

// ProblemKinds returns the kinds of problem, as a configuration names them.
func ProblemKinds() []ProblemKind {
	return []ProblemKind{Unexpected, StaleLabel, Mismatch, Uncorroborated}
}

// Uncorroborated reports a fact that no source agrees with and that cites
// no outside reference, in a run over whole corpora.
func (r *Result) Uncorroborated(f *facts.Fact) (Problem, bool) {
	return r.uncorroborated(f, r.cellsOf(f))
}

// uncorroborated is Uncorroborated given the fact's stored cells. A run
// over part of a listed corpus ("--sources seeds/004.txt") says nothing of
// corroboration: the sources left out may well agree.
func (r *Result) uncorroborated(f *facts.Fact, cells []*Cell) (Problem, bool) {
	if f.Reference != "" || r.Corpus.Partial() {
		return Problem{}, false
	}
	contra, stating := 0, 0
	for _, c := range cells {
		switch c.Verdict {
		case Agrees:
			return Problem{}, false
		case Contradicts:
			contra++
			if c.states() {
				stating++
			}
		}
	}
	silent := len(r.Corpus.Sources) - contra
	also := ""
	if stating > 0 {
		also = fmt.Sprintf(", %d of them stating it too", stating) // beside a value that differs
	}
	p := Problem{Pos: f.Pos, Fact: f.ID, Kind: Uncorroborated, What: "uncorroborated", Summary: fmt.Sprintf(
		"uncorroborated: no source agrees with the sheet's %s (%d silent, %d contradict%s). Check the value and the about: terms, or cite the outside source that supports it with reference:.",
		f.Canonical(), silent, contra, also)}
	p.Warning = f.Warning
	return p, true
}

// states reports whether a cell holds a finding that agrees: a
// contradicting cell may state the sheet's value beside one that differs.
func (c *Cell) states() bool {
	for _, fd := range c.Findings {
		if fd.Agrees {
			return true
		}
	}
	return false
}

// Failures returns the problems that fail the run: all but warnings.
func (r *Result) Failures() []Problem {
	var out []Problem
	for _, p := range r.Problems() {
		if p.Fails() {
			out = append(out, p)
		}
	}
	return out
}

// labelSays suggests the says: of a label: the source's words, or for a
// long quotation its first words, which are enough to key the label.
func labelSays(fd *Finding) string {
	words := strings.Fields(fd.Says)
	if len(words) <= 12 {
		return fd.Says
	}
	return strings.Join(words[:10], " ")
}

// NewLabels returns a label for each contradiction of the cell that no
// label documents, as factcheck accept writes them. The note says what was
// accepted and asks for the reason.
func NewLabels(c *Cell) []facts.Label {
	var out []facts.Label
	for _, p := range c.Problems() {
		if p.Kind != Unexpected {
			continue
		}
		for _, fd := range c.Findings {
			if fd.Pos == p.Pos && !fd.Agrees && fd.Label == nil {
				out = append(out, facts.Label{
					Source: c.Source.ID, Says: labelSays(fd), Label: fd.Kind,
					Note: fmt.Sprintf("Accepted with factcheck accept: the source says %q (read as %s). %s", labelSays(fd), fd.Value, placeholder),
				})
				break
			}
		}
	}
	return out
}

// placeholder ends the note accept writes, for a person to replace.
const placeholder = "Replace this note with why the disagreement is known and accepted."

// PlaceholderNotes returns where the sheet's labels still carry the note
// accept wrote instead of the reason the disagreement is accepted.
func PlaceholderNotes(sheet *facts.Sheet) []facts.Pos {
	var out []facts.Pos
	for _, f := range sheet.Facts {
		for _, l := range f.Labels {
			if strings.Contains(l.Note, placeholder) {
				out = append(out, l.Pos)
			}
		}
	}
	return out
}
