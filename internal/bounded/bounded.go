// Package bounded reads input files safely: only regular files (a FIFO or
// a device is refused at once, never waited on or read without end), and
// never more than a limit, checked on the open file rather than on its
// path.
package bounded

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrNotRegular is returned for a path that is no regular file.
var ErrNotRegular = errors.New("not a regular file")

// ReadFile reads the file at path, at most limit+1 bytes: a caller that
// finds more than limit knows the file is over its limit without the
// whole of it in memory. With noFollow, a symbolic link is refused when
// the file is opened, so that one swapped in after a check is not read.
func ReadFile(path string, limit int64, noFollow bool) ([]byte, error) {
	f, err := open(path, noFollow)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &os.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w (%s)", ErrNotRegular, describe(info.Mode()))}
	}
	size := info.Size()
	if size > limit {
		size = limit + 1
	}
	// Read straight into data, as os.ReadFile does, with a byte of room
	// past the size, so that the read that meets the end needs no more:
	// not through a buffer of its own, which cost every file 32 kB and a
	// second copy.
	data := make([]byte, 0, size+1)
	r := io.LimitReader(f, limit+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// describe names the type of a file that is not regular.
func describe(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	case m&os.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a plain file"
}
