package factcheck

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
	"github.com/factcheck/factcheck/internal/atomicfile"
)

var update = flag.Bool("update", false, "rewrite the committed consistency report from this run")

// The seed sheet and sources, which the checks of the checker use.
const (
	sheetPath = "facts/facts.yaml"
	seedsDir  = "seeds"
)

// suite returns what the suite checks: the seed sheet, sources and report
// directory, or a team's own, named by FACTCHECK_FACTS, FACTCHECK_SOURCES
// (directories, files or globs separated by spaces) and FACTCHECK_REPORT.
func suite() (sheet string, sources []string, reportDir string) {
	sheet, sources, reportDir = sheetPath, []string{seedsDir}, "report"
	if v := os.Getenv("FACTCHECK_FACTS"); v != "" {
		sheet = v
	}
	if v := strings.Fields(os.Getenv("FACTCHECK_SOURCES")); len(v) > 0 {
		sources = v
	}
	if v := os.Getenv("FACTCHECK_REPORT"); v != "" {
		reportDir = v
	}
	return sheet, sources, reportDir
}

// check loads the suite's sheet and sources and judges every cell.
func check(t *testing.T) *checks.Result {
	t.Helper()
	sheetFile, sources, _ := suite()
	sheet, err := facts.Load(sheetFile)
	require.NoError(t, err, "the fact sheet does not load; fix it first")
	corpus, err := document.LoadSources(sources)
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
					t.Attr("verdict", string(cell.Verdict))
					problems := cell.Problems()
					for _, p := range problems {
						if p.Warning {
							t.Log(p) // the fact's severity is warning: reported, failing nothing
						} else {
							t.Error(p)
						}
					}
					if len(problems) == 0 {
						t.Log(describe(cell))
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
			if p, ok := res.Uncorroborated(f); ok && p.Warning {
				t.Log(p)
			} else if ok {
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

// TestReport keeps the committed consistency report in step with the
// verdicts: it fails when report/ is stale, and -update (make report)
// rewrites it, so every change of verdict shows up as a diff in review.
func TestReport(t *testing.T) {
	res := check(t)
	_, _, dir := suite()
	for _, out := range []struct {
		path string
		data []byte
	}{
		{path.Join(dir, "consistency.md"), format.Markdown(res)},
		{path.Join(dir, "consistency.json"), format.JSON(res)},
	} {
		t.Run(path.Base(out.path), func(t *testing.T) {
			if *update {
				require.NoError(t, atomicfile.Write(out.path, out.data))
				return
			}
			old, err := os.ReadFile(out.path)
			if errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("%s does not exist: run `make report` and commit it", out.path)
			}
			require.NoError(t, err)
			if !bytes.Equal(old, out.data) {
				t.Errorf("%s is stale: the verdicts or evidence changed. Run `make report`, review the diff and commit it.\n%s",
					out.path, firstDifference(old, out.data))
			}
		})
	}
}

// firstDifference shows the first line where two texts differ.
func firstDifference(committed, now []byte) string {
	a := strings.Split(string(committed), "\n")
	b := strings.Split(string(now), "\n")
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y || i >= len(a) || i >= len(b) {
			return fmt.Sprintf("first difference at line %d:\n    committed: %q\n    this run:  %q", i+1, x, y)
		}
	}
	return "the files differ only in line endings"
}

// TestSheetExplainsItself holds the sheet to its own standard: every fact
// says why its value is canonical, and every label why the disagreement is
// accepted (the loader already requires a label's note).
func TestSheetExplainsItself(t *testing.T) {
	file, _, _ := suite()
	sheet, err := facts.Load(file)
	require.NoError(t, err)
	for _, f := range sheet.Facts {
		t.Run(f.ID, func(t *testing.T) {
			if len(strings.Fields(f.Note)) < 3 {
				t.Errorf("%s: %s: the note is missing or too short to say why the value is canonical: %q", f.Pos, f.ID, f.Note)
			}
		})
	}
}

// TestReadmeShowsRealFailure keeps the README's failure example true: it is
// the message the checker gives when the label for source 004's "Kenani"
// is missing, line for line.
func TestReadmeShowsRealFailure(t *testing.T) {
	sheet, err := facts.Load(sheetPath)
	require.NoError(t, err)
	f, ok := sheet.Fact("iran-spokesman")
	require.True(t, ok)
	f.Labels = nil
	corpus, err := document.LoadCorpus(seedsDir)
	require.NoError(t, err)
	res, err := checks.Run(sheet, corpus)
	require.NoError(t, err)
	cell, _ := res.Cell("iran-spokesman", "004")
	require.Len(t, cell.Problems(), 1)
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	for _, line := range strings.Split(format.Message(cell.Problems()[0]), "\n") {
		if !bytes.Contains(readme, []byte(strings.TrimSpace(line))) {
			t.Errorf("README.md's failure example lacks this line of the real message; update the example under \"Reading a failure\":\n%s", line)
		}
	}
}
