package checks

import (
	"fmt"
	"sort"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
)

// Assemble builds the result of cells judged elsewhere, such as the
// shards of a corpus read back from their reports: the cells of the
// sheet's facts in the corpus's sources, those that are not plainly
// silent, in any order. Problems, counts and corroboration are then
// worked out over the whole corpus, as RunWith's result does, with the
// kinds of problem in warnings reported as warnings.
func Assemble(sheet *facts.Sheet, corpus *document.Corpus, cells []*Cell, warnings []ProblemKind) (*Result, error) {
	factAt := make(map[*facts.Fact]int, len(sheet.Facts))
	for i, f := range sheet.Facts {
		factAt[f] = i
	}
	sourceAt := make(map[*document.Source]int, len(corpus.Sources))
	for i, s := range corpus.Sources {
		sourceAt[s] = i
	}
	byFact := make([][]*Cell, len(sheet.Facts))
	for _, c := range cells {
		fi, okf := factAt[c.Fact]
		si, oks := sourceAt[c.Source]
		if !okf || !oks {
			return nil, fmt.Errorf("assemble a result: a cell of fact %q in source %q, which the sheet or the corpus does not hold", idOf(c.Fact), idOfSource(c.Source))
		}
		c.factIndex, c.sourceIndex = fi, si
		byFact[fi] = append(byFact[fi], c)
	}
	r := &Result{Sheet: sheet, Corpus: corpus, byFact: byFact}
	for fi, list := range byFact {
		sort.SliceStable(list, func(i, j int) bool { return list[i].sourceIndex < list[j].sourceIndex })
		for i := 1; i < len(list); i++ {
			if list[i].sourceIndex == list[i-1].sourceIndex {
				return nil, fmt.Errorf("assemble a result: fact %s in source %s is judged twice", sheet.Facts[fi].ID, list[i].Source.ID)
			}
		}
		r.Cells = append(r.Cells, list...)
	}
	for _, k := range warnings {
		if r.warn == nil {
			r.warn = make(map[ProblemKind]bool)
		}
		r.warn[k] = true
	}
	return r, nil
}

func idOf(f *facts.Fact) string {
	if f == nil {
		return ""
	}
	return f.ID
}

func idOfSource(s *document.Source) string {
	if s == nil {
		return ""
	}
	return s.ID
}

// SetColumns gives a finding the columns of its position and of its end
// counted in code points, as a report recorded them for a finding judged
// elsewhere (RunWith works them out while the text is at hand). A column
// of 0 leaves Column or EndColumn to the byte column.
func (fd *Finding) SetColumns(column, endColumn int) {
	fd.char, fd.endChar = column, endColumn
}
