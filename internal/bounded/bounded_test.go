package bounded

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small")
	if err := os.WriteFile(small, []byte("hello"), 0o644); err != nil {
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
