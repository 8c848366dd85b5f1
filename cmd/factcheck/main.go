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

	"github.com/factcheck/factcheck/internal/cli"
)

// The garbage collector's settings, unless GOGC or GOMEMLIMIT say
// otherwise. Sources are streamed, so the live heap stays small (tens of
// megabytes) while a large corpus allocates gigabytes in passing; with the
// default GOGC=100 the collector then runs so often that it, not the
// checking, bounds the speed, and a second core adds little. A higher
// percentage with a memory limit as the backstop keeps peak memory within
// the limit and lets two cores give nearly twice one.
const (
	gcPercent   = 400
	memoryLimit = 256 << 20
)

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(gcPercent)
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
