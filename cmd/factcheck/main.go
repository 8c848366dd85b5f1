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

	"github.com/factcheck/factcheck/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
