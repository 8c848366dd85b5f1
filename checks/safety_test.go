package checks

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteFileFailsCleanly injects a failure in each step of a write: the
// old file stays as it was and no temporary file is left.
func TestWriteFileFailsCleanly(t *testing.T) {
	boom := errors.New("disk full")
	content := func(w io.Writer) error {
		_, err := w.Write([]byte("new report, much longer than the old one\n"))
		return err
	}
	ok := writeSteps{write: (*os.File).Write, rename: os.Rename}
	for name, tt := range map[string]struct {
		steps   writeSteps
		content func(io.Writer) error
	}{
		"write": {writeSteps{write: func(f *os.File, data []byte) (int, error) {
			n, _ := f.Write(data[:len(data)/2])
			return n, boom
		}, rename: os.Rename}, content},
		"rename": {writeSteps{write: (*os.File).Write, rename: func(string, string) error { return boom }}, content},
		"content cut short": {ok, func(w io.Writer) error {
			w.Write([]byte("the first cells of a report"))
			return boom
		}},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "report.md")
			require.NoError(t, os.WriteFile(path, []byte("old report\n"), 0o644))
			err := writeFile(path, tt.content, tt.steps)
			require.ErrorIs(t, err, boom)
			assert.Equal(t, "write "+path+": disk full", err.Error())
			data, _ := os.ReadFile(path)
			assert.Equal(t, "old report\n", string(data), "the old file is intact")
			entries, _ := os.ReadDir(dir)
			assert.Len(t, entries, 1, "no temporary file left: %v", entries)
		})
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "new", "report.md")
	require.NoError(t, WriteFile(path, []byte("x")))
	data, _ := os.ReadFile(path)
	assert.Equal(t, "x", string(data))
}

// TestSourcesAreOnlyRead checks sources made read-only: loading, checking
// and reporting leave their bytes and times as they were.
func TestSourcesAreOnlyRead(t *testing.T) {
	dir := t.TempDir()
	for name, data := range seedBytes(t) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o444))
	}
	meta, err := os.ReadFile("../seeds/sources.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, MetaFile), meta, 0o444))
	before := snapshot(t, dir)
	require.NoError(t, os.Chmod(dir, 0o555))
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	corpus, err := LoadCorpus(dir)
	require.NoError(t, err)
	res, err := Run(sheet, corpus)
	require.NoError(t, err)
	_, _ = Markdown(res), JSON(res)
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
	inOrder, err := LoadCorpus("../testdata/project/seeds")
	require.NoError(t, err)
	want := Markdown(mustRun(t, sheet, inOrder))
	wantJSON := JSON(mustRun(t, sheet, inOrder))

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
	require.NoError(t, os.WriteFile(filepath.Join(dir, MetaFile), []byte(head+"sources:\n"+strings.Join(entries, "\n\n")+"\n"), 0o644))
	reversed, err := LoadCorpus(dir)
	require.NoError(t, err)
	rel := func(b []byte) string {
		return strings.ReplaceAll(string(b), filepath.ToSlash(dir), "../testdata/project/seeds")
	}
	assert.Equal(t, string(want), rel(Markdown(mustRun(t, sheet, reversed))))
	assert.Equal(t, string(wantJSON), rel(JSON(mustRun(t, sheet, reversed))))

	// One worker or many, sources read beforehand or streamed, give the
	// same report.
	for _, workers := range []int{1, 2, 7} {
		r, err := RunWith(sheet, inOrder, Options{Workers: workers})
		require.NoError(t, err)
		assert.Equal(t, string(want), string(Markdown(r)), "%d workers", workers)
		assert.Equal(t, string(wantJSON), string(JSON(r)), "%d workers", workers)
		listed, err := ListCorpus("../testdata/project/seeds")
		require.NoError(t, err)
		r, err = RunWith(sheet, listed, Options{Workers: workers})
		require.NoError(t, err)
		assert.Equal(t, string(want), string(Markdown(r)), "%d workers, streamed", workers)
		assert.Equal(t, string(wantJSON), string(JSON(r)), "%d workers, streamed", workers)
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
				got[i] = Markdown(r)
			}
		}()
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, string(want), string(g))
	}
}

func mustRun(t *testing.T, sheet *facts.Sheet, c *Corpus) *Result {
	t.Helper()
	r, err := Run(sheet, c)
	require.NoError(t, err)
	return r
}

// Writing a report or a sheet keeps what is there: a link stays a link
// (the file it points to is written), a device stays a device, a file
// keeps its mode, and a read-only file is not replaced.
func TestWriteFileKeepsWhatIsThere(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.yaml")
	require.NoError(t, os.WriteFile(real, []byte("old"), 0o600))
	link := filepath.Join(dir, "link.yaml")
	require.NoError(t, os.Symlink(real, link))

	require.NoError(t, WriteFile(link, []byte("new")))
	l, err := os.Lstat(link)
	require.NoError(t, err)
	assert.NotZero(t, l.Mode()&os.ModeSymlink, "the link is still a link")
	data, err := os.ReadFile(real)
	require.NoError(t, err)
	assert.Equal(t, "new", string(data), "the file it points to is written")
	info, err := os.Stat(real)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "a 0600 file stays 0600")

	require.NoError(t, WriteFile("/dev/null", []byte("x")), "a device is written to")
	dev, err := os.Stat("/dev/null")
	require.NoError(t, err)
	assert.NotZero(t, dev.Mode()&os.ModeDevice, "and is still a device")

	ro := filepath.Join(dir, "ro.yaml")
	require.NoError(t, os.WriteFile(ro, []byte("keep"), 0o444))
	err = WriteFile(ro, []byte("new"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the file is read-only (mode -r--r--r--): make it writable to have it replaced")
	data, _ = os.ReadFile(ro)
	assert.Equal(t, "keep", string(data))

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		assert.NotContains(t, e.Name(), ".tmp", "no temporary file is left behind")
	}
}
