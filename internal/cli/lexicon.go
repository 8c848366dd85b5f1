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
		fmt.Fprint(fs.Output(), "Usage: factcheck lexicon [FILE | LIST]\n\nLists the files of word lists built into the command (units.txt, zones.txt, ...)\nwith the names of the lists each holds, or prints one: factcheck lexicon units shows every unit and its spellings;\nfactcheck lexicon other-kind-or-stage prints the one list the docs name so.\n")
	}
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	switch fs.NArg() {
	case 0:
		for _, f := range lexicon.Files() {
			fmt.Fprintf(stdout, "%s\n", f)
			for _, name := range lexicon.ListsOf(f) {
				fmt.Fprintf(stdout, "  %s\n", name) // "factcheck lexicon | grep post" finds post-titles and post-fields
			}
		}
		return OK
	case 1:
		name := fs.Arg(0)
		if !strings.HasSuffix(name, ".txt") {
			name += ".txt"
		}
		if text, ok := lexicon.Text(name); ok {
			io.WriteString(stdout, text)
			return OK
		}
		if text, file, ok := lexicon.Section(fs.Arg(0)); ok {
			fmt.Fprintf(stdout, "# from %s\n%s", file, text) // "factcheck lexicon other-kind-or-stage", as the docs name lists
			return OK
		}
		fmt.Fprintf(stderr, "factcheck lexicon: no file or list %q: run factcheck lexicon for the files, and factcheck lexicon FILE for the lists ([name]) in one\n", fs.Arg(0))
		return BadInput
	}
	fmt.Fprintf(stderr, "factcheck lexicon: unexpected argument %q (lexicon takes one list's name)\n", fs.Arg(1))
	return BadInput
}
