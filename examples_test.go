package factcheck

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
	"github.com/factcheck/factcheck/internal/atomicfile"
)

// TestExamples checks each example under examples/: its facts.yaml against
// its pages/, cell by cell as TestExamples/<example>/<fact>/<source>, and
// keeps its committed report in step (-update rewrites it).
func TestExamples(t *testing.T) {
	dirs, err := filepath.Glob("examples/*/facts.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, dirs, "no examples found")
	for _, sheetFile := range dirs {
		dir := filepath.Dir(sheetFile)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			sheet, err := facts.Load(filepath.ToSlash(sheetFile))
			require.NoError(t, err)
			corpus, err := document.LoadSources([]string{filepath.ToSlash(filepath.Join(dir, "pages"))})
			require.NoError(t, err)
			res, err := checks.Run(sheet, corpus)
			require.NoError(t, err)
			for _, f := range sheet.Facts {
				t.Run(f.ID, func(t *testing.T) {
					for _, src := range corpus.Sources {
						cell, _ := res.Cell(f.ID, src.ID)
						t.Run(src.ID, func(t *testing.T) {
							for _, p := range cell.Problems() {
								t.Error(p)
							}
						})
					}
					if p, ok := res.Uncorroborated(f); ok {
						t.Error(p)
					}
				})
			}
			for name, data := range map[string][]byte{"consistency.md": format.Markdown(res), "consistency.json": format.JSON(res)} {
				path := filepath.Join(dir, "report", name)
				if *update {
					require.NoError(t, atomicfile.Write(path, data))
					continue
				}
				old, err := os.ReadFile(path)
				require.NoError(t, err, "run make report to write %s", path)
				if !bytes.Equal(old, data) {
					t.Errorf("%s is stale: run make report, review the diff and commit it.\n%s", path, firstDifference(old, data))
				}
			}
		})
	}
}
