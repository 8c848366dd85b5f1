package score

import (
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/yamldoc"
)

// A Cell is one scored (or unscored) cell: a sheet fact in a source,
// with its gold label and the checker's verdict.
type Cell struct {
	Fact    *facts.Fact
	GoldID  string
	Source  *document.Source
	Label   Label
	Verdict checks.Verdict
	Checked *checks.Cell // the checker's cell, with its findings
}

// Scored reports whether the cell counts in the figures: an undecided
// label does not.
func (c Cell) Scored() bool { return c.Label.Code != Undecided }

// Right reports whether the verdict is what the label asks for. Any
// verdict but agrees and contradicts (silent, unsure) counts as silent.
func (c Cell) Right() bool {
	v := c.Verdict
	switch c.Label.Code {
	case Agrees:
		return v == checks.Agrees
	case Vague:
		return v != checks.Contradicts
	case Contradicts:
		return v == checks.Contradicts
	default:
		return v != checks.Agrees && v != checks.Contradicts
	}
}

// Figures are the counts behind the scores.
type Figures struct {
	Scored        int // cells scored (labels other than N)
	Right         int // verdicts the labels ask for
	Called        int // scored cells judged contradicts
	CalledRight   int // of those, labelled C
	Contradicting int // scored cells labelled C
	Unsure        int // scored cells judged neither agrees, silent nor contradicts
}

// Add adds o to f.
func (f *Figures) Add(o Figures) {
	f.Scored += o.Scored
	f.Right += o.Right
	f.Called += o.Called
	f.CalledRight += o.CalledRight
	f.Contradicting += o.Contradicting
	f.Unsure += o.Unsure
}

// Accuracy is right verdicts over scored cells.
func (f Figures) Accuracy() Ratio { return Ratio{f.Right, f.Scored} }

// Precision is cells labelled C and judged contradicts over cells judged
// contradicts.
func (f Figures) Precision() Ratio { return Ratio{f.CalledRight, f.Called} }

// Recall is cells labelled C and judged contradicts over cells labelled C.
func (f Figures) Recall() Ratio { return Ratio{f.CalledRight, f.Contradicting} }

// UnsureShare is cells judged unsure over scored cells.
func (f Figures) UnsureShare() Ratio { return Ratio{f.Unsure, f.Scored} }

// A Ratio is a count over a total.
type Ratio struct{ N, Of int }

func (r Ratio) String() string {
	if r.Of == 0 {
		return "n/a (0/0)"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(r.N)/float64(r.Of), r.N, r.Of)
}

// A Story is a sheet and a corpus scored against their gold.
type Story struct {
	Name     string
	Gold     *Gold
	Result   *checks.Result
	Cells    []Cell   // every labelled cell, fact by fact in sheet order, then source by source
	Unscored []string // sheet facts and sources the gold does not label, said why
}

// Figures counts the story's cells.
func (s *Story) Figures() Figures {
	var f Figures
	for _, c := range s.Cells {
		if !c.Scored() {
			continue
		}
		f.Scored++
		if c.Right() {
			f.Right++
		}
		if c.Verdict == checks.Contradicts {
			f.Called++
			if c.Label.Code == Contradicts {
				f.CalledRight++
			}
		}
		if c.Label.Code == Contradicts {
			f.Contradicting++
		}
		if c.Verdict != checks.Agrees && c.Verdict != checks.Contradicts && c.Verdict != checks.Silent {
			f.Unsure++
		}
	}
	return f
}

// Score maps the result's facts and sources onto the gold and pairs every
// labelled cell with its verdict. A gold fact the sheet lacks, a gold
// article the corpus lacks, and a sheet fact claimed by two gold ids are
// errors naming both; a sheet fact or a source the gold does not label is
// listed in Unscored, never dropped silently.
func Score(name string, res *checks.Result, gold *Gold) (*Story, error) {
	st := &Story{Name: name, Gold: gold, Result: res}
	var errs yamldoc.Errors
	factOf, goldOf := mapFacts(res.Sheet, gold, &errs)
	sourceOf := mapSources(res.Corpus, gold, &errs)
	if len(errs) > 0 {
		return nil, errs
	}
	for _, f := range res.Sheet.Facts {
		if goldOf[f.ID] == "" {
			st.Unscored = append(st.Unscored, fmt.Sprintf("fact %s (%s): no gold fact has the id %q or its first part", f.ID, f.Pos, f.ID))
		}
	}
	labelled := make(map[string]bool)
	for _, a := range gold.Articles {
		labelled[a.File] = true
	}
	for _, s := range res.Corpus.Sources {
		if !labelled[path.Base(s.Path)] {
			st.Unscored = append(st.Unscored, fmt.Sprintf("source %s (%s): the gold labels no article of that file", s.ID, s.Path))
		}
	}
	for _, gf := range gold.Facts {
		f := factOf[gf.ID]
		for _, a := range gold.Articles {
			src := sourceOf[a.File]
			l, ok := a.Cells[gf.ID]
			if !ok {
				l = Label{Code: Silent, Pos: a.Pos}
			}
			cell, _ := res.Cell(f.ID, src.ID)
			st.Cells = append(st.Cells, Cell{Fact: f, GoldID: gf.ID, Source: src, Label: l, Verdict: cell.Verdict, Checked: cell})
		}
	}
	return st, nil
}

// mapFacts pairs each gold fact with the sheet fact whose id is the gold id
// lowercased, alone or followed by "-" and a slug (see goldFor); a fact
// whose id is the gold id exactly is the one.
func mapFacts(sheet *facts.Sheet, gold *Gold, errs *yamldoc.Errors) (factOf map[string]*facts.Fact, goldOf map[string]string) {
	factOf, goldOf = make(map[string]*facts.Fact), make(map[string]string)
	for _, gf := range gold.Facts {
		want := strings.ToLower(gf.ID)
		exact := slices.ContainsFunc(sheet.Facts, func(f *facts.Fact) bool { return f.ID == want })
		for _, f := range sheet.Facts {
			if goldFor(f.ID, gold) != gf.ID || exact && f.ID != want {
				continue // the sheet's mayor is gold MAYOR's, not mayor-quote too
			}
			if prev, dup := factOf[gf.ID]; dup {
				*errs = append(*errs, &yamldoc.Error{Pos: f.Pos, Msg: fmt.Sprintf("facts %s and %s (%s) both map to gold fact %s (%s): give one of them another id", f.ID, prev.ID, prev.Pos, gf.ID, gf.Pos)})
				continue
			}
			factOf[gf.ID], goldOf[f.ID] = f, gf.ID
		}
		if factOf[gf.ID] == nil {
			*errs = append(*errs, &yamldoc.Error{Pos: gf.Pos, Msg: fmt.Sprintf("gold fact %s has no fact in the sheet %s: add one with the id %s-<slug>, or remove it from the gold", gf.ID, sheet.Path, want)})
		}
	}
	return factOf, goldOf
}

// goldFor returns the id of the gold fact that a sheet fact's id names, or
// "": the gold id lowercased, alone or followed by "-" and a slug, and of
// those the longest, so that with gold facts MAYOR and MAYOR-QUOTE the
// sheet's mayor-quote is MAYOR-QUOTE's and mayor-name MAYOR's.
func goldFor(id string, gold *Gold) string {
	best := ""
	for _, gf := range gold.Facts {
		want := strings.ToLower(gf.ID)
		if (id == want || strings.HasPrefix(id, want+"-")) && len(gf.ID) > len(best) {
			best = gf.ID
		}
	}
	return best
}

// mapSources pairs each gold article with the source read from a file of
// that name.
func mapSources(c *document.Corpus, gold *Gold, errs *yamldoc.Errors) map[string]*document.Source {
	byFile := make(map[string]*document.Source)
	for _, s := range c.Sources {
		if prev, dup := byFile[path.Base(s.Path)]; dup {
			*errs = append(*errs, &yamldoc.Error{Pos: facts.Pos{File: s.Path, Line: 1, Col: 1}, Msg: fmt.Sprintf("sources %s and %s (%s) have one file name, and the gold names articles by file name: rename one", s.ID, prev.ID, prev.Path)})
			continue
		}
		byFile[path.Base(s.Path)] = s
	}
	out := make(map[string]*document.Source)
	for _, a := range gold.Articles {
		s, ok := byFile[a.File]
		if !ok {
			names := make([]string, 0, len(byFile))
			for n := range byFile {
				names = append(names, n)
			}
			sort.Strings(names)
			*errs = append(*errs, &yamldoc.Error{Pos: a.Pos, Msg: fmt.Sprintf("gold article %s is not among the sources (%d files, such as %s): add it to the sources, or remove it from the gold", a.File, len(names), firstOf(names))})
			continue
		}
		out[a.File] = s
	}
	return out
}

func firstOf(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return names[0]
}
