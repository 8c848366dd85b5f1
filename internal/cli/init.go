package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/factcheck/factcheck/facts"
)

// starterSheet is the sheet init writes: no fact yet, and an example of
// every kind, commented, to copy and fill in.
const starterSheet = `# yaml-language-server: $schema=./facts.schema.json
# The fact sheet: the canonical claims every source is checked against.
# Each fact has an id, a claim, one value (date, time, number, version,
# name, quote or statement) and the terms that find sentences about it.
# Copy an example below into the list, fill it in, and run factcheck check.
# The README's "The fact sheet" says what each key does.
facts: []

#  - id: opening-date
#    claim: The bridge opened on 3 May 2024.
#    date: 2024-05-03               # or 2024-05, 2024, or 2024-05-03..2024-05-04
#    about:
#      - opened | opening | inaugurat*   # first group: what the value is of, the opening
#      - bridge                          # later groups narrow it down (which opening)
#    note: Why this value is the canonical one.
#
#  - id: span-length
#    claim: The main span is 1,200 metres long.
#    number: 1200                   # or 8.5 million, more than 1000, 1100..1300, 25 | 27
#    unit: metres                   # any spelling or convertible unit of lexicon/units.txt
#    tolerance: 2%
#    about: [span, long | length]
#
#  - id: opening-time
#    claim: The first car crossed the bridge at 06:15 UTC.
#    time: 06:15 UTC
#    about: [crossed | first car, bridge]   # what the time is of, then which
#
#  - id: firmware
#    claim: Gateways run firmware 3.8.2.
#    version: 3.8.2                 # or a range: 3.0..3.8.2, 3.5.. (and later), ..3.8.2 (up to)
#    about: [firmware]
#
#  - id: engineer
#    claim: The chief engineer is Ana Lima.
#    name: Ana Lima
#    aliases: [Lima]
#    not: [Ana Lins]                # names not to confuse it with
#    about: [chief engineer | engineer]
#
#  - id: mayor-quote
#    claim: The mayor called the bridge a promise kept.
#    quote: This bridge is a promise kept to every family in the valley.
#    speaker: [Mayor Ortiz, Ortiz, the mayor]
#
#  - id: on-budget
#    claim: The bridge was built within its budget.
#    statement: true
#    supports: [within budget | on budget]
#    refutes: [over budget]
#    about: [bridge, budget]
`

// starterConfig is the configuration init writes for a directory of sources.
const starterConfig = `# factcheck's configuration, found by factcheck in this directory or any
# below it. Paths are relative to this file. factcheck schema config prints
# its JSON Schema.
facts: facts/facts.yaml
sources:
  - %s
# The outputs of factcheck check: FORMAT or FORMAT=FILE (text, markdown,
# json, sarif, github, html); the default is text.
formats:
  - text
`

// initCmd writes a starting sheet, its schema and a configuration for a
// directory of sources; it writes over nothing.
func initCmd(args []string, stdout, stderr io.Writer) int {
	fs := newPlainFlags("init", "[SOURCES-DIR]", "Writes a starting fact sheet (facts/facts.yaml, with an example of every kind),\nits JSON Schema, and a configuration (.factcheck.yaml) for a directory of sources\n(default sources). Writes over nothing.", stderr)
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	sources := "sources"
	if fs.NArg() > 0 {
		sources = filepath.ToSlash(fs.Arg(0))
	}
	files := []struct {
		path string
		data []byte
	}{
		{filepath.Join("facts", "facts.yaml"), []byte(starterSheet)},
		{filepath.Join("facts", "facts.schema.json"), facts.Schema()},
		{ConfigFile, []byte(fmt.Sprintf(starterConfig, sources))},
	}
	for _, f := range files {
		if _, err := os.Lstat(f.path); err == nil {
			fmt.Fprintf(stderr, "factcheck init: %s exists; nothing was written (move it away to start anew)\n", f.path)
			return BadInput
		}
	}
	for _, f := range files {
		if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
			return fail(stderr, err)
		}
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", filepath.ToSlash(f.path))
	}
	if _, err := os.Stat(sources); err != nil {
		fmt.Fprintf(stdout, "put the sources in %s/ (with a sources.yaml to give ids and dates; see the README's \"Adding a source\")\n", sources)
	}
	fmt.Fprintln(stdout, "next: add facts to facts/facts.yaml, then run factcheck check")
	return OK
}

// newPlainFlags is a flag set for a command without --facts and --sources.
func newPlainFlags(name, synopsis, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: factcheck %s %s\n\n%s\n", name, synopsis, about)
	}
	return fs
}
