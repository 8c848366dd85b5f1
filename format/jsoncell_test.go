package format

import (
	"bytes"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAppendCellMatchesEncoder holds the hand-written cell encoder to
// encoding/json's bytes: every cell of the seeds' report, and cells with
// every optional field and every character JSON escapes.
func TestAppendCellMatchesEncoder(t *testing.T) {
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	corpus, err := document.LoadCorpus("../testdata/project/seeds")
	require.NoError(t, err)
	r, err := checks.Run(sheet, corpus)
	require.NoError(t, err)
	cells := NewReport(r).Cells
	require.NotEmpty(t, cells)

	odd := "quote \" backslash \\ tab \t newline \n cr \r bell \a bs \b ff \f nul-ish \x01 del \x7f <html> & é 中 \u2028 \u2029 emoji 😀"
	label := &ReportLabel{Pos: facts.Pos{File: "f.yaml", Line: 3, Col: 9}, Says: odd, Label: "wording", Note: "n"}
	cells = append(cells,
		ReportCell{Fact: "a", Source: "b", Verdict: checks.Contradicts, Labelled: true,
			Findings: []ReportFinding{
				{Pos: facts.Pos{File: odd, Line: 1, Col: 2}, Sentence: odd, Says: odd, Value: odd, How: odd, Kind: "k", Compared: odd, Diff: odd, Label: label,
					End: &facts.Pos{File: odd, Line: 2, Col: 7}, Column: 1, EndColumn: 4}, // a shard's report only
				{Pos: facts.Pos{File: "p", Line: 10, Col: 200}, Sentence: "", Says: "", Agrees: true},
			},
			Unresolved: []ReportFinding{{Pos: facts.Pos{File: "p"}, Sentence: "s", Says: "x", How: "h"}},
			Stale:      []ReportLabel{*label, {Pos: facts.Pos{File: "q", Line: -1}}},
		},
		ReportCell{Fact: "", Source: "", Verdict: checks.Silent},
		ReportCell{Fact: "a", Source: "b", Verdict: checks.Agrees, Agreeing: 12}, // a brief run's
	)
	for _, c := range cells {
		want, err := encodeJSON(c, "    ")
		require.NoError(t, err)
		got := appendCell(nil, c, "    ")
		assert.Equal(t, string(bytes.TrimSuffix(want, []byte("\n"))), string(got), "cell %s/%s", c.Fact, c.Source)
	}
}

// TestWriteJSONMatchesEncoder holds the streamed JSON report to what
// encoding/json writes for the whole report at once: for the seeds, for a
// result with no cells that say anything, and for one with no sources.
func TestWriteJSONMatchesEncoder(t *testing.T) {
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	seeds, err := document.LoadCorpus("../testdata/project/seeds")
	require.NoError(t, err)
	quiet, err := document.Parse("quiet", "quiet.txt", []byte("Nothing here is about any fact."), nil)
	require.NoError(t, err)
	plain, err := facts.Parse("f.yaml", []byte("facts:\n  - {id: d, claim: D., date: 2022-09-07, about: [ties], reference: r}\n"))
	require.NoError(t, err)
	for name, tt := range map[string]struct {
		sheet  *facts.Sheet
		corpus *document.Corpus
	}{
		"seeds":      {sheet, seeds},
		"all silent": {plain, &document.Corpus{Sources: []*document.Source{quiet}}},
		"no sources": {plain, &document.Corpus{}},
	} {
		for _, brief := range []bool{false, true} {
			r, err := checks.RunWith(tt.sheet, tt.corpus, checks.Options{Brief: brief})
			require.NoError(t, err, name)
			want, err := encodeJSON(NewReport(r), "")
			require.NoError(t, err, name)
			assert.Equal(t, string(want), string(JSON(r)), "%s, brief %v", name, brief)
		}
	}
}
