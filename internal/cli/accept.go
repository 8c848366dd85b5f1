package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/diff"
)

// accept runs factcheck accept: it labels every new contradiction in the
// sheet, as a person would, or shows the change with --dry-run.
func accept(args []string, stdout, stderr io.Writer) int {
	fs, c := newFlags("accept", "[--facts FILE] [--sources ...] [--dry-run]",
		"Labels every current unlabelled contradiction in the fact sheet, as a minimal\nedit that keeps every other byte of the file. Review the notes it writes.\nStale and mismatched labels are reported for you to fix by hand.", stderr)
	dry := fs.Bool("dry-run", false, "print the change as a unified diff and write nothing")
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "factcheck accept: unexpected argument %q\n", fs.Arg(0))
		return BadInput
	}
	if err := c.settle(); err != nil {
		return fail(stderr, err)
	}
	before, err := os.ReadFile(c.facts)
	if err != nil {
		return fail(stderr, fmt.Errorf("read fact sheet: %w", err))
	}
	_, _, res, err := c.load(stderr)
	if err != nil {
		return fail(stderr, err)
	}
	var add []facts.NewLabel
	left := 0
	for _, cell := range res.Cells {
		for _, p := range cell.Problems() {
			if p.Kind != checks.Unexpected {
				fmt.Fprintln(stderr, p)
				left++
			}
		}
		for _, l := range checks.NewLabels(cell) {
			add = append(add, facts.NewLabel{Fact: cell.Fact.ID, Label: l})
		}
	}
	after, err := facts.AddLabels(c.facts, before, add)
	if err != nil {
		return fail(stderr, err)
	}
	if *dry {
		fmt.Fprint(stdout, diff.Unified(c.facts, c.facts, string(before), string(after)))
	} else if err := writeIfUnchanged(c.facts, before, after); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stderr, "factcheck: labels %s: %d; problems left to fix by hand: %d\n", map[bool]string{true: "that would be added", false: "added"}[*dry], len(add), left)
	if left > 0 {
		return Failed
	}
	return OK
}

// writeIfUnchanged replaces the file at path, which held before when it
// was read, with after; it writes nothing if the file holds something else
// now (someone edited it meanwhile), or if after is before.
func writeIfUnchanged(path string, before, after []byte) error {
	if bytes.Equal(before, after) {
		return nil
	}
	now, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(now, before) {
		return fmt.Errorf("%s changed while accept ran; nothing was written: run accept again", path)
	}
	return atomicfile.Write(path, after)
}
