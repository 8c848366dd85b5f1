package checks

import (
	"bytes"
	"testing"

	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAppendCellMatchesEncoder holds the hand-written cell encoder to
// encoding/json's bytes: every cell of the seeds' report, and cells with
// every optional field and every character JSON escapes.
func TestAppendCellMatchesEncoder(t *testing.T) {
	sheet, err := facts.Load("../facts/facts.yaml")
	require.NoError(t, err)
	corpus, err := LoadCorpus("../seeds")
	require.NoError(t, err)
	r, err := Run(sheet, corpus)
	require.NoError(t, err)
	cells := NewReport(r).Cells
	require.NotEmpty(t, cells)

	odd := "quote \" backslash \\ tab \t newline \n cr \r bell \a bs \b ff \f nul-ish \x01 del \x7f <html> & é 中 \u2028 \u2029 emoji 😀"
	label := &ReportLabel{Pos: facts.Pos{File: "f.yaml", Line: 3, Col: 9}, Says: odd, Label: "wording", Note: "n"}
	cells = append(cells,
		ReportCell{Fact: "a", Source: "b", Verdict: Contradicts, Labelled: true,
			Findings: []ReportFinding{
				{Pos: facts.Pos{File: odd, Line: 1, Col: 2}, Sentence: odd, Says: odd, Value: odd, How: odd, Kind: "k", Compared: odd, Diff: odd, Label: label},
				{Pos: facts.Pos{File: "p", Line: 10, Col: 200}, Sentence: "", Says: "", Agrees: true},
			},
			Unresolved: []ReportFinding{{Pos: facts.Pos{File: "p"}, Sentence: "s", Says: "x", How: "h"}},
			Stale:      []ReportLabel{*label, {Pos: facts.Pos{File: "q", Line: -1}}},
		},
		ReportCell{Fact: "", Source: "", Verdict: Silent},
	)
	for _, c := range cells {
		want, err := encodeJSON(c, "    ")
		require.NoError(t, err)
		got := appendCell(nil, c, "    ")
		assert.Equal(t, string(bytes.TrimSuffix(want, []byte("\n"))), string(got), "cell %s/%s", c.Fact, c.Source)
	}
}
