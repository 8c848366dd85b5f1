package checks

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// faultyFiles is the operating system's file system with faults injected:
// reading a file named in fail returns its error.
type faultyFiles struct {
	document.OSFiles
	fail map[string]error
}

func (f faultyFiles) ReadFile(name string) ([]byte, error) {
	if err, ok := f.fail[filepath.Base(name)]; ok {
		return nil, err
	}
	return f.OSFiles.ReadFile(name)
}

// oddSheet locates sentences with "limit" and reads the number of it.
const oddSheet = `facts:
  - id: limit
    claim: The limit is 50.
    number: 50
    about: [limit]
`

// TestOddSources gives each odd source a verdict or a clear error naming
// its position and what to do; none crashes, none is skipped silently.
func TestOddSources(t *testing.T) {
	long := strings.Repeat("word ", 400_000) // 2 MB
	tests := []struct {
		name   string
		data   string // written as s.txt
		setup  func(t *testing.T, dir string)
		fail   error // injected when s.txt is read
		want   string
		reason string
	}{
		{name: "empty", data: "", want: "silent"},
		{name: "whitespace only", data: " \n\t\n  \r\n", want: "silent"},
		{name: "binary", data: "GIF89a\x00\x01\x02", want: "DIR/s.txt:1:7: the file holds binary data (a NUL byte): give a text file, or remove it from the sources"},
		{name: "windows-1252", data: "The limit is 50 \x96 Caf\xe9.", want: "DIR/s.txt:1:17: the file is not valid UTF-8: convert it to UTF-8 (for example with iconv -f windows-1252 -t utf-8)", reason: "refused, not guessed: the report must quote the file as it is"},
		{name: "utf-16 LE", data: "\xff\xfeT\x00h\x00e\x00", want: "DIR/s.txt:1:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark): convert it to UTF-8 (for example with iconv -f utf-16 -t utf-8)"},
		{name: "utf-16 BE", data: "\xfe\xff\x00T\x00h", want: "DIR/s.txt:1:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark): convert it to UTF-8 (for example with iconv -f utf-16 -t utf-8)"},
		{name: "utf-8 BOM", data: "\ufeffThe limit is 50.", want: "agrees s.txt:1:17", reason: "the column counts the three bytes of the mark"},
		{name: "CRLF", data: "Title\r\n\r\nThe limit is 60.\r\n", want: "contradicts s.txt:3:14"},
		{name: "CR only", data: "Title\r\rThe limit is 60.\r", want: "contradicts s.txt:3:14"},
		{name: "one long line", data: long + "The limit is 50. " + long, want: "agrees s.txt:1:2000014"},
		{name: "long sentence without punctuation", data: "the limit is 50 " + long, want: "agrees s.txt:1:14"},
		{name: "unclosed quote", data: `He said "the limit is 50 and ` + long, want: "agrees s.txt:1:23"},
		{name: "unreadable", fail: fs.ErrPermission, want: "DIR/sources.yaml:3:11: source s: DIR/s.txt cannot be read (permission denied): make it readable, or remove it from the sources"},
		{name: "disappears after listing", fail: fs.ErrNotExist, want: "DIR/sources.yaml:3:11: source s: DIR/s.txt disappeared while it was being read: run again once the sources are in place"},
		{name: "symlink outside", setup: func(t *testing.T, dir string) {
			outside := filepath.Join(t.TempDir(), "secret.txt")
			require.NoError(t, os.WriteFile(outside, []byte("The limit is 50."), 0o644))
			require.NoError(t, os.Remove(filepath.Join(dir, "s.txt")))
			require.NoError(t, os.Symlink(outside, filepath.Join(dir, "s.txt")))
		}, want: "DIR/sources.yaml:3:11: source s: DIR/s.txt is a symbolic link: copy the text into the sources directory instead"},
		{name: "directory instead of a file", setup: func(t *testing.T, dir string) {
			require.NoError(t, os.Remove(filepath.Join(dir, "s.txt")))
			require.NoError(t, os.Mkdir(filepath.Join(dir, "s.txt"), 0o755))
		}, want: "DIR/sources.yaml:3:11: source s: DIR/s.txt is not a regular file (a pipe, a device or the like): give a file"},
		{name: "missing", setup: func(t *testing.T, dir string) {
			require.NoError(t, os.Remove(filepath.Join(dir, "s.txt")))
		}, want: "DIR/sources.yaml:3:11: source s: DIR/s.txt does not exist: fix the file name or add the file"},
	}
	sheet, err := facts.Parse("facts.yaml", []byte(oddSheet))
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			dir := writeCorpus(t, "sources:\n  - id: s\n    file: s.txt\n    dated_by: none\n", map[string]string{"s.txt": tt.data})
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			fsys := faultyFiles{fail: map[string]error{}}
			if tt.fail != nil {
				fsys.fail["s.txt"] = tt.fail
			}
			corpus, err := document.LoadCorpusFrom(fsys, dir)
			d := filepath.ToSlash(dir)
			if err != nil {
				assert.Equal(t, strings.ReplaceAll(tt.want, "DIR", d), err.Error(), tt.reason)
				return
			}
			res, err := Run(sheet, corpus)
			require.NoError(t, err)
			c := res.CellAt(0, 0)
			got := string(c.Verdict)
			if len(c.Findings) > 0 {
				got += " " + strings.TrimPrefix(c.Findings[0].Pos.String(), d+"/")
			}
			assert.Equal(t, tt.want, got, tt.reason)
		})
	}
}

func TestTermsThatFoldToNothing(t *testing.T) {
	tests := []struct{ term, why string }{
		{`"***"`, "stars alone"},
		{`"..."`, "an ellipsis"},
		{`"("`, "a bracket"},
		{"\"\u0301\"", "a combining mark alone"},
	}
	for _, tt := range tests {
		s, err := facts.Parse("f.yaml", []byte("facts:\n  - id: a\n    claim: C.\n    number: 3\n    about: ["+tt.term+", word]\n"))
		require.NoError(t, err, tt.why)
		_, err = Run(s, &document.Corpus{})
		require.Error(t, err, tt.why)
		assert.Contains(t, err.Error(), "has no letters or digits, so it would never match", tt.why)
	}
}

// A file name with a line break would break every report: it is refused,
// and said in one line.
func TestLineBreakInAFileName(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a\nb.txt"), []byte("Text.\n"), 0o644))
	_, err := document.ListSources([]string{dir})
	if err == nil {
		c, _ := document.ListSources([]string{dir})
		err = c.ReadAll()
	}
	require.Error(t, err)
	assert.Contains(t, err.Error(), `has a control character (a line break?) in its name, which would break every report: rename the file`)
	assert.NotContains(t, err.Error(), "a\nb.txt", "the name is shown quoted, on one line")
}
