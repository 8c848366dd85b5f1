package main

import (
	"os"
	"runtime"
	"testing"
)

// On Linux the command knows how much memory it may take, from its
// container or from the machine, and caps its memory limit below it.
func TestMemoryCeiling(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the ceiling is read from Linux's /proc and /sys only") // elsewhere it is 0: no cap
	}
	if _, err := os.Stat("/proc/meminfo"); err != nil {
		t.Fatalf("a Linux machine without /proc/meminfo: %v", err)
	}
	got := memoryCeiling()
	if got < 64<<20 {
		t.Errorf("memoryCeiling() = %d bytes; a machine that runs this test has more than 64 MiB", got)
	}
}
