package atomicfile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// interruptedWriteEnv names the directory in which the test binary, run
// again as a child, starts a write that never ends.
const interruptedWriteEnv = "FACTCHECK_TEST_INTERRUPTED_WRITE"

// TestInterruptedWriteLeavesNoTemporaryFile kills a write midway with
// SIGINT and SIGTERM: the old file must stay as it was, no temporary file
// may stay behind, and the program must end as the signal says.
func TestInterruptedWriteLeavesNoTemporaryFile(t *testing.T) {
	if dir := os.Getenv(interruptedWriteEnv); dir != "" {
		writeForever(dir)
		return
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "report.md")
			require.NoError(t, os.WriteFile(out, []byte("old report\n"), 0o644))
			cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptedWriteLeavesNoTemporaryFile$")
			cmd.Env = append(os.Environ(), interruptedWriteEnv+"="+dir)
			require.NoError(t, cmd.Start())
			waitForFile(t, filepath.Join(dir, "ready"))
			tmps, _ := filepath.Glob(filepath.Join(dir, ".report.md.*.tmp"))
			require.Len(t, tmps, 1, "the write is under way in a temporary file")

			require.NoError(t, cmd.Process.Signal(sig))
			err := cmd.Wait()
			var exit *exec.ExitError
			require.True(t, errors.As(err, &exit), "the child ends by the signal, not normally: %v", err)
			status := exit.Sys().(syscall.WaitStatus)
			assert.True(t, status.Signaled() && status.Signal() == sig, "ended by %v, want %v", status, sig)

			tmps, _ = filepath.Glob(filepath.Join(dir, ".report.md.*.tmp"))
			assert.Empty(t, tmps, "no temporary file left behind")
			got, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.Equal(t, "old report\n", string(got), "the old file is intact")
		})
	}
}

// writeForever writes half a report to dir/report.md, says so by creating
// dir/ready, and then waits for a signal that ends the program.
func writeForever(dir string) {
	WriteWith(filepath.Join(dir, "report.md"), func(w io.Writer) error {
		if _, err := w.Write([]byte("half a new rep")); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "ready"), nil, 0o644); err != nil {
			return err
		}
		time.Sleep(time.Minute) // the parent's signal ends this
		return nil
	})
	os.Exit(3) // not reached unless the signal was lost
}

func waitForFile(t *testing.T, path string) {
	t.Helper()
	for i := 0; i < 1000; i++ {
		if _, err := os.Stat(path); err == nil {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s never appeared", path)
}
