package factcheck

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the committed consistency report from this run")

const (
	sheetPath = "facts/facts.yaml"
	seedsDir  = "seeds"
)

// check loads the sheet and the seeds and judges every cell.
func check(t *testing.T) *checks.Result {
	t.Helper()
	sheet, err := facts.Load(sheetPath)
	require.NoError(t, err, "the fact sheet does not load; fix it first")
	corpus, err := checks.LoadCorpus(seedsDir)
	require.NoError(t, err, "the sources do not load; fix them first")
	res, err := checks.Run(sheet, corpus)
	require.NoError(t, err, "the fact sheet and the sources do not fit together")
	return res
}

// TestFacts judges every (fact, source) cell: TestFacts/<fact>/<source>.
// A cell fails on a contradiction no label documents, on a label that no
// longer matches, and on a stale label. Run with -v to see every verdict.
func TestFacts(t *testing.T) {
	res := check(t)
	for _, f := range res.Sheet.Facts {
		t.Run(f.ID, func(t *testing.T) {
			for _, src := range res.Corpus.Sources {
				cell, _ := res.Cell(f.ID, src.ID)
				t.Run(src.ID, func(t *testing.T) {
					t.Log(describe(cell))
					for _, p := range cell.Problems() {
						t.Error(p)
					}
				})
			}
		})
	}
}

// TestCorroboration fails for a fact that no source agrees with, unless the
// sheet cites an outside reference for it.
func TestCorroboration(t *testing.T) {
	res := check(t)
	for _, f := range res.Sheet.Facts {
		t.Run(f.ID, func(t *testing.T) {
			if p, ok := res.Uncorroborated(f); ok {
				t.Error(p)
			}
		})
	}
}

// describe says what a cell's verdict rests on, for -v output.
func describe(c *checks.Cell) string {
	var b strings.Builder
	verdict := string(c.Verdict)
	if c.Labelled() {
		verdict += " (labelled)"
	}
	fmt.Fprintf(&b, "%s in %s: %s", c.Fact.ID, c.Source.Path, verdict)
	for _, fd := range c.Findings {
		mark := "agrees"
		if !fd.Agrees {
			mark = "contradicts"
		}
		fmt.Fprintf(&b, "\n    %s: %q read as %s: %s", fd.Pos, fd.Says, fd.Value, mark)
	}
	for _, fd := range c.Unresolved {
		fmt.Fprintf(&b, "\n    %s: %q unresolved: %s", fd.Pos, fd.Says, fd.How)
	}
	return b.String()
}
