package checks

import (
	"slices"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAssembleIsTheRun holds Assemble to RunWith's result: the cells of a
// run, given in any order, make the same result, problems, warnings and
// code-point columns included.
func TestAssembleIsTheRun(t *testing.T) {
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	corpus, err := document.LoadCorpus("../testdata/project/seeds")
	require.NoError(t, err)
	warn := []ProblemKind{Uncorroborated}
	r, err := RunWith(sheet, corpus, Options{Warnings: warn})
	require.NoError(t, err)
	cells := slices.Clone(r.Cells)
	slices.Reverse(cells)
	for _, c := range cells {
		for _, fd := range c.Findings {
			fd.SetColumns(fd.Column(), fd.EndColumn()) // as a report records them
		}
	}
	got, err := Assemble(sheet, corpus, cells, warn)
	require.NoError(t, err)
	assert.Equal(t, dump(r), dump(got))
	assert.Equal(t, r.Counts(), got.Counts())
	assert.True(t, got.Warns(Uncorroborated))
}

func TestAssembleRefusesCellsThatDoNotFit(t *testing.T) {
	sheet, err := facts.Parse("f.yaml", []byte("facts:\n  - {id: d, claim: D., date: 2022-09-07, about: [ties]}\n"))
	require.NoError(t, err)
	a, err := document.Parse("a", "a.txt", []byte("Ties were cut on 7 September 2022."), nil)
	require.NoError(t, err)
	other, err := document.Parse("b", "b.txt", []byte("Nothing."), nil)
	require.NoError(t, err)
	corpus := &document.Corpus{Sources: []*document.Source{a}}
	f := sheet.Facts[0]
	tests := []struct {
		cells  []*Cell
		want   string
		reason string
	}{
		{[]*Cell{{Fact: f, Source: other, Verdict: Agrees}}, `source "b", which the sheet or the corpus does not hold`, "a source of another corpus"},
		{[]*Cell{{Fact: &facts.Fact{ID: "x"}, Source: a, Verdict: Agrees}}, `fact "x"`, "a fact of another sheet"},
		{[]*Cell{{Fact: f, Source: a, Verdict: Agrees}, {Fact: f, Source: a, Verdict: Silent}}, "fact d in source a is judged twice", "the same cell twice"},
		{[]*Cell{{Source: a}}, `fact ""`, "no fact at all: an error, no panic"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			_, err := Assemble(sheet, corpus, tt.cells, nil)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}
