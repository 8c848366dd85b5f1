package cli

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
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

// problemLine matches the first line of a problem: its position, its
// fact, and what is wrong.
var problemLine = regexp.MustCompile(`^([^ ].*?:\d+:\d+:)( [^:]+:)( (?:unexpected contradiction|stale label|uncorroborated|the label at \S+ expects)\b)?`)

// colour paints the text format for a terminal: each problem's position in
// bold and what is wrong in red, the explain command dim, the summary line
// green when nothing fails and red otherwise. Text from sources has been
// made safe before this (no escape sequences of its own).
func colour(text []byte) []byte {
	var b bytes.Buffer
	for _, line := range bytes.SplitAfter(text, []byte("\n")) {
		body := bytes.TrimSuffix(line, []byte("\n"))
		nl := line[len(body):]
		switch {
		case bytes.HasPrefix(body, []byte("factcheck: 0 problems")):
			b.WriteString(green + string(body) + reset)
		case bytes.HasPrefix(body, []byte("factcheck: ")):
			b.WriteString(red + string(body) + reset)
		case bytes.HasPrefix(body, []byte("  Why: ")):
			b.WriteString(dim + string(body) + reset)
		default:
			m := problemLine.FindSubmatchIndex(body)
			if m == nil {
				b.Write(body)
				break
			}
			b.WriteString(bold + string(body[m[2]:m[3]]) + reset + string(body[m[4]:m[5]]))
			end := m[5]
			if m[6] >= 0 {
				b.WriteString(red + string(body[m[6]:m[7]]) + reset)
				end = m[7]
			}
			b.Write(body[end:])
		}
		b.Write(nl)
	}
	return b.Bytes()
}
