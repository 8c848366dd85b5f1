package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

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
			err := replace(path, tt.content, tt.steps)
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
	require.NoError(t, Write(path, []byte("x")))
	data, _ := os.ReadFile(path)
	assert.Equal(t, "x", string(data))
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

	require.NoError(t, Write(link, []byte("new")))
	l, err := os.Lstat(link)
	require.NoError(t, err)
	assert.NotZero(t, l.Mode()&os.ModeSymlink, "the link is still a link")
	data, err := os.ReadFile(real)
	require.NoError(t, err)
	assert.Equal(t, "new", string(data), "the file it points to is written")
	info, err := os.Stat(real)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "a 0600 file stays 0600")

	require.NoError(t, Write("/dev/null", []byte("x")), "a device is written to")
	dev, err := os.Stat("/dev/null")
	require.NoError(t, err)
	assert.NotZero(t, dev.Mode()&os.ModeDevice, "and is still a device")

	ro := filepath.Join(dir, "ro.yaml")
	require.NoError(t, os.WriteFile(ro, []byte("keep"), 0o444))
	err = Write(ro, []byte("new"))
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

// A link that the kernel resolves but no path names, as /dev/stdout when
// standard output is a pipe (/proc/self/fd/1 -> "pipe:[3923829]"), is
// written through in place.
func TestWriteFileThroughALinkToAPipe(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	path := "/proc/self/fd/" + strconv.Itoa(int(w.Fd()))
	done := make(chan []byte)
	go func() {
		data, _ := io.ReadAll(r)
		done <- data
	}()
	require.NoError(t, Write(path, []byte("report")))
	require.NoError(t, w.Close())
	assert.Equal(t, "report", string(<-done))
}
