package synth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
)

// The dense archive is loadable copies of the seeds, each perturbed, with
// the seeds' sheet unlabelled; the same seed writes the same bytes.
func TestDenseArchive(t *testing.T) {
	root := filepath.Join("..", "..")
	write := func() (string, int64) {
		dir := t.TempDir()
		n, err := Dense(dir, filepath.Join(root, "seeds"), filepath.Join(root, "facts", "facts.yaml"), 200000, 1)
		require.NoError(t, err)
		return dir, n
	}
	dir, n := write()
	assert.GreaterOrEqual(t, n, int64(200000), "at least the size asked for")
	c, err := document.LoadCorpus(filepath.Join(dir, "pages"))
	require.NoError(t, err, "the copies load with their sources.yaml")
	assert.Greater(t, len(c.Sources), 5, "several copies of the five seeds")
	sheet, err := facts.Load(filepath.Join(dir, "facts.yaml"))
	require.NoError(t, err)
	for _, f := range sheet.Facts {
		assert.Empty(t, f.Labels, "fact %s: the labels name the seeds, not the copies", f.ID)
	}
	seed, err := os.ReadFile(filepath.Join(root, "seeds", "001_f77ce270795376ab.txt"))
	require.NoError(t, err)
	cp, err := os.ReadFile(filepath.Join(dir, "pages", "c00000-001_f77ce270795376ab.txt"))
	require.NoError(t, err)
	assert.NotEqual(t, string(seed), string(cp), "a copy is perturbed")
	again, _ := write()
	b, _ := os.ReadFile(filepath.Join(again, "pages", "c00000-001_f77ce270795376ab.txt"))
	assert.Equal(t, string(cp), string(b), "the same seed writes the same bytes")
}

// The sparse archive is prose with one seed sentence in 1/share.
func TestSparseArchive(t *testing.T) {
	root := filepath.Join("..", "..")
	dir := t.TempDir()
	prose := t.TempDir()
	para := "// The reader keeps the bytes it was given.\n// It never changes them.\n// Nothing else is done here.\n"
	require.NoError(t, os.WriteFile(filepath.Join(prose, "a.go"), []byte(strings.Repeat(para+"func f() {}\n", 3)), 0o644))
	n, err := Sparse(dir, prose, filepath.Join(root, "seeds"), 100000, 0.1)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, n, int64(100000))
	b, err := os.ReadFile(filepath.Join(dir, "pages", "a000000.txt"))
	require.NoError(t, err)
	text := string(b)
	prose3 := strings.Count(text, "Nothing else is done here.")
	assert.Greater(t, prose3, 100, "mostly prose")
	seeds := strings.Count(text, "Albania")
	assert.Greater(t, seeds, 0, "with seed sentences")
	assert.Less(t, seeds, prose3, "fewer seed sentences than prose paragraphs")
}
