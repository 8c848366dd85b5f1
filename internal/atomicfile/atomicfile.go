// Package atomicfile writes files so that a failure, or a signal midway,
// leaves the old file intact and no temporary file behind, and a file keeps
// what it was: its mode, its owner, a link to it, a device.
package atomicfile

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

// writeTarget returns the file that writing path replaces: path itself, or
// the file a symbolic link at path points to (the link stays a link), and
// what is there now (nil when nothing is).
func writeTarget(path string) (string, fs.FileInfo, error) {
	target := path
	if l, err := os.Lstat(path); err == nil && l.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(path); err != nil {
			// A link the kernel resolves but no path names, as /dev/stdout
			// to a pipe ("pipe:[3923829]"): written in place, through the
			// link.
			if info, serr := os.Stat(path); serr == nil && !info.Mode().IsRegular() && !info.IsDir() {
				return path, info, nil
			}
			return "", nil, fmt.Errorf("follow the link: %w", err)
		}
	}
	info, err := os.Stat(target)
	switch {
	case os.IsNotExist(err):
		return target, nil, nil
	case err != nil:
		return "", nil, err
	case info.IsDir():
		return "", nil, fmt.Errorf("it is a directory: name a file")
	}
	return target, info, nil
}

// writeDirect writes to a file that is no regular file (a device, a named
// pipe with a reader) in place: replacing it would put a plain file where
// a device was.
func writeDirect(path string, info fs.FileInfo, write func(io.Writer) error) error {
	if info.Mode()&fs.ModeNamedPipe != 0 {
		f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return fmt.Errorf("write %s: a named pipe with nothing reading it: %w", path, err)
		}
		return closeAfter(f, write)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return closeAfter(f, write)
}

func closeAfter(f *os.File, write func(io.Writer) error) error {
	err := write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", f.Name(), err)
	}
	return nil
}

// keepModeAndOwner gives the new file the mode and owner of the file it
// replaces (0644 for a new file): accept must not make a 0600 sheet
// readable by all, nor a 0444 one writable.
func keepModeAndOwner(tmp string, old fs.FileInfo) error {
	if old == nil {
		return os.Chmod(tmp, 0o644)
	}
	if err := os.Chmod(tmp, old.Mode().Perm()); err != nil {
		return err
	}
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		// Only root may give a file away; anyone else keeps their own.
		if err := os.Chown(tmp, int(st.Uid), int(st.Gid)); err != nil && !os.IsPermission(err) {
			return err
		}
	}
	return nil
}

// syncDir asks the directory to keep the rename on disk; where it cannot
// (some file systems), the rename stands anyway.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// removeOnSignal removes a temporary file if the program is interrupted
// (SIGINT, SIGTERM) while it is written, and then ends the program as the
// signal would; the returned function stops watching.
func removeOnSignal(tmp string) (stop func()) {
	sig := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-sig:
			os.Remove(tmp)
			signal.Stop(sig)
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				p.Signal(s)
			}
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}

// Write writes data to path through a temporary file in the same
// directory and a rename, so that a failure leaves the old file intact and
// no temporary file behind.
func Write(path string, data []byte) error {
	return WriteWith(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteWith is Write for content that write produces as it goes,
// such as a large JSON report.
func WriteWith(path string, content func(io.Writer) error) error {
	return replace(path, content, writeSteps{write: (*os.File).Write, rename: os.Rename})
}

// writeSteps are the steps of Write that can fail, so that tests can
// make them fail.
type writeSteps struct {
	write  func(f *os.File, data []byte) (int, error)
	rename func(from, to string) error
}

// stepWriter writes to a file through its write step.
type stepWriter struct {
	f     *os.File
	write func(f *os.File, data []byte) (int, error)
}

// Write writes data through the write step.
func (w stepWriter) Write(data []byte) (int, error) { return w.write(w.f, data) }

func replace(path string, write func(io.Writer) error, steps writeSteps) error {
	target, info, err := writeTarget(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if info != nil && !info.Mode().IsRegular() {
		return writeDirect(target, info, write) // a device such as /dev/null: written, never replaced
	}
	if info != nil && info.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("write %s: the file is read-only (mode %v): make it writable to have it replaced", path, info.Mode().Perm())
	}
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	stop := removeOnSignal(tmp.Name())
	defer stop()
	werr := write(stepWriter{tmp, steps.write})
	if werr == nil {
		werr = tmp.Sync() // on disk before it takes the old file's place
	}
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = keepModeAndOwner(tmp.Name(), info)
	}
	if werr == nil {
		werr = steps.rename(tmp.Name(), target)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, werr)
	}
	syncDir(dir)
	return nil
}
