package checks

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSourcesAreOnlyRead checks sources made read-only: loading, checking
// and reporting leave their bytes and times as they were.
func TestSourcesAreOnlyRead(t *testing.T) {
	dir := t.TempDir()
	for name, data := range seedBytes(t) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o444))
	}
	meta, err := os.ReadFile("../seeds/sources.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, document.MetaFile), meta, 0o444))
	before := snapshot(t, dir)
	require.NoError(t, os.Chmod(dir, 0o555))
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	corpus, err := document.LoadCorpus(dir)
	require.NoError(t, err)
	res, err := Run(sheet, corpus)
	require.NoError(t, err)
	_ = dump(res)
	assert.Equal(t, before, snapshot(t, dir))
}

// snapshot records every file of dir with its size, time and bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := make(map[string]string)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		info, err := e.Info()
		require.NoError(t, err)
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = info.ModTime().String() + " " + info.Mode().String() + " " + string(data)
	}
	return out
}

// TestReportIndependentOfOrder lists the seeds in a different order and
// checks concurrently: the reports are byte-identical.
func TestReportIndependentOfOrder(t *testing.T) {
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	inOrder, err := document.LoadCorpus("../testdata/project/seeds")
	require.NoError(t, err)
	want := dump(mustRun(t, sheet, inOrder))

	// The same sources, listed in reverse in their sources.yaml.
	dir := t.TempDir()
	for name, data := range seedBytes(t) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	meta, err := os.ReadFile("../seeds/sources.yaml")
	require.NoError(t, err)
	head, list, _ := strings.Cut(string(meta), "sources:\n")
	entries := strings.Split(strings.Trim(list, "\n"), "\n\n")
	for i, j := 0, len(entries)-1; i < j; i, j = i+1, j-1 {
		entries[i], entries[j] = entries[j], entries[i]
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, document.MetaFile), []byte(head+"sources:\n"+strings.Join(entries, "\n\n")+"\n"), 0o644))
	reversed, err := document.LoadCorpus(dir)
	require.NoError(t, err)
	rel := func(b string) string {
		return strings.ReplaceAll(b, filepath.ToSlash(dir), "../testdata/project/seeds")
	}
	assert.Equal(t, want, rel(dump(mustRun(t, sheet, reversed))))

	// One worker or many, sources read beforehand or streamed, give the
	// same report.
	for _, workers := range []int{1, 2, 7} {
		r, err := RunWith(sheet, inOrder, Options{Workers: workers})
		require.NoError(t, err)
		assert.Equal(t, want, dump(r), "%d workers", workers)
		listed, err := document.ListCorpus("../testdata/project/seeds")
		require.NoError(t, err)
		r, err = RunWith(sheet, listed, Options{Workers: workers})
		require.NoError(t, err)
		assert.Equal(t, want, dump(r), "%d workers, streamed", workers)
		assert.Empty(t, listed.Sources[0].Sentences, "a streamed source is let go once judged")
	}

	// Concurrent runs on the same sheet and sources agree.
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := Run(sheet, inOrder)
			if err == nil {
				got[i] = []byte(dump(r))
			}
		}()
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, string(want), string(g))
	}
}

func mustRun(t *testing.T, sheet *facts.Sheet, c *document.Corpus) *Result {
	t.Helper()
	r, err := Run(sheet, c)
	require.NoError(t, err)
	return r
}
