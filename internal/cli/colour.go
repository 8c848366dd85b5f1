package cli

import (
	"fmt"
	"os"

	"github.com/factcheck/factcheck/format"
)

// useColour decides whether text output to a terminal is coloured: the
// --color flag (auto, always, never), and in auto mode a terminal that is
// not "dumb" and no NO_COLOR in the environment (https://no-color.org).
func useColour(mode string, terminal bool) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		return terminal && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb", nil
	}
	return false, fmt.Errorf("--color %q: use auto, always or never", mode)
}

// ANSI escape sequences.
const (
	bold  = "\x1b[1m"
	red   = "\x1b[31m"
	green = "\x1b[32m"
	dim   = "\x1b[2m"
	reset = "\x1b[0m"
)

// paint returns a function that wraps text in an escape sequence.
func paint(code string) func(string) string {
	return func(s string) string { return code + s + reset }
}

// terminal is the style of the text format on a terminal: each problem's
// position in bold and what is wrong in red, the explain command dim, the
// summary line green when nothing fails and red otherwise.
var terminal = format.Style{Pos: paint(bold), Trouble: paint(red), Hint: paint(dim), Good: paint(green), Bad: paint(red)}
