//go:build unix

package bounded

import (
	"os"
	"syscall"
)

// open opens a file for reading without blocking on a named pipe, and
// without following a final symbolic link when noFollow is set.
func open(path string, noFollow bool) (*os.File, error) {
	flags := os.O_RDONLY | syscall.O_NONBLOCK
	if noFollow {
		flags |= syscall.O_NOFOLLOW
	}
	return os.OpenFile(path, flags, 0)
}
