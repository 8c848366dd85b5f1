// Command factcheck checks sources against a fact sheet: the same checks as
// the project's go test suite, for any corpus, in CI and in editors.
//
//	factcheck check [--facts FILE] [--sources DIR|FILE|GLOB ...] [--format FORMAT] [--out FILE]
//	factcheck explain FACT [SOURCE]
//	factcheck accept [--dry-run]
//	factcheck schema
//
// Run factcheck --help for details.
package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/internal/cli"
)

// The garbage collector's settings, unless GOGC or GOMEMLIMIT say
// otherwise. Sources are streamed, so the live heap is what the run keeps:
// the cells and their evidence, small for a corpus about other things and
// a few times the corpus's size for one where every sentence states a
// fact. In passing the check allocates tens of bytes per byte read; with
// the default GOGC=100 the collector then runs so often that it, not the
// checking, bounds the speed, and a second core adds little. So the
// collector waits for the heap to grow five times over (gcPercent), with
// a memory limit as the backstop: memoryFloor, or three times the live heap
// once that is more. The floor alone made the collector run without pause
// once the evidence kept neared it (on 50 MB of dense copies of the seeds,
// 185 MB live against 256 MiB: 28 s against 17 s); a corpus mostly about
// other things keeps little and stays under the floor.
const (
	gcPercent   = 400
	memoryFloor = 256 << 20
	limitEvery  = 50 * time.Millisecond
)

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(gcPercent)
		debug.SetMemoryLimit(memoryFloor)
		go followLiveHeap()
	}
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}

// followLiveHeap keeps the memory limit at three times the live heap, and
// never under memoryFloor, for as long as the command runs; nor over three
// quarters of the memory the machine or its container gives, where that
// can be read.
func followLiveHeap() {
	ceiling := memoryCeiling() / 4 * 3
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	for range time.Tick(limitEvery) {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			continue
		}
		limit := max(memoryFloor, 3*int64(sample[0].Value.Uint64()))
		if ceiling > memoryFloor {
			limit = min(limit, ceiling)
		}
		debug.SetMemoryLimit(limit)
	}
}

// memoryCeiling returns the memory the container (cgroup v2's memory.max)
// or the machine (/proc/meminfo) gives the command, in bytes, or 0 where
// neither can be read.
func memoryCeiling() int64 {
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil {
			return n
		}
	}
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}
