//go:build stress

// Stress cases, run by make stress (and CI), not by every go test: they take
// seconds each.

package checks

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFiftyMegabyteLine checks a source of one 50 MB line, as a scraper
// that drops every line break leaves it: a verdict with the right column,
// not a crash or a stall.
func TestFiftyMegabyteLine(t *testing.T) {
	half := strings.Repeat("word ", 5_000_000) // 25 MB
	dir := writeCorpus(t, "sources:\n  - id: s\n    file: s.txt\n    dated_by: none\n", map[string]string{"s.txt": half + "The limit is 60. " + half})
	sheet, err := facts.Parse("facts.yaml", []byte(oddSheet))
	require.NoError(t, err)
	corpus, err := document.LoadCorpus(dir)
	require.NoError(t, err)
	res, err := Run(sheet, corpus)
	require.NoError(t, err)
	c := res.CellAt(0, 0)
	require.Equal(t, Contradicts, c.Verdict)
	require.Len(t, c.Findings, 1)
	assert.Equal(t, filepath.ToSlash(dir)+"/s.txt:1:25000014", c.Findings[0].Pos.String())
	assert.Equal(t, "60", c.Findings[0].Value)
}
