package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// lexiconCmd runs factcheck lexicon: it lists the word lists built into the
// command, or prints one, so that a user without the repository can see
// the units, zones and words the checker reads by.
func lexiconCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lexicon", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: factcheck lexicon [FILE]\n\nLists the word lists built into the command (units.txt, zones.txt, ...), or\nprints one: factcheck lexicon units shows every unit and its spellings.\n")
	}
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	switch fs.NArg() {
	case 0:
		fmt.Fprintf(stdout, "%s\n", strings.Join(lexicon.Files(), "\n"))
		return OK
	case 1:
		name := fs.Arg(0)
		if !strings.HasSuffix(name, ".txt") {
			name += ".txt"
		}
		text, ok := lexicon.Text(name)
		if !ok {
			fmt.Fprintf(stderr, "factcheck lexicon: no list %q: run factcheck lexicon for their names\n", fs.Arg(0))
			return BadInput
		}
		io.WriteString(stdout, text)
		return OK
	}
	fmt.Fprintf(stderr, "factcheck lexicon: unexpected argument %q (lexicon takes one list's name)\n", fs.Arg(1))
	return BadInput
}
