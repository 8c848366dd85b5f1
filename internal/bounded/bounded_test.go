package bounded

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small")
	if err := os.WriteFile(small, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty, large := filepath.Join(dir, "empty"), filepath.Join(dir, "large")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("0123456789", 10_000) // 100 kB: more than one read
	if err := os.WriteFile(large, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(small, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path     string
		limit    int64
		noFollow bool
		want     string
		err      error
		why      string
	}{
		{small, 100, false, "hello", nil, "a small file is read whole"},
		{small, 3, false, "hell", nil, "at most limit+1 bytes, so the caller sees it is over"},
		{small, 5, false, "hello", nil, "a file of the limit exactly"},
		{empty, 10, false, "", nil, "an empty file"},
		{large, 1 << 20, false, long, nil, "a file read in several reads, into the one slice"},
		{large, 50_000, false, long[:50_001], nil, "a large file cut at limit+1"},
		{"/dev/zero", 10, false, "", ErrNotRegular, "a device is refused, not read for ever"},
		{fifo, 10, false, "", ErrNotRegular, "a named pipe is refused at once, not waited on"},
		{dir, 10, false, "", ErrNotRegular, "a directory is refused"},
		{link, 100, false, "hello", nil, "a link is followed when allowed"},
		{link, 100, true, "", syscall.ELOOP, "and refused on opening when not"},
	}
	for _, tt := range tests {
		got, err := ReadFile(tt.path, tt.limit, tt.noFollow)
		switch {
		case tt.err != nil && !errors.Is(err, tt.err):
			t.Errorf("%s: error %v, want %v", tt.why, err, tt.err)
		case tt.err == nil && (err != nil || string(got) != tt.want):
			t.Errorf("%s: %q, %v; want %q", tt.why, got, err, tt.want)
		}
	}
}
