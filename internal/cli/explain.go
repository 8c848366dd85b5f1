package cli

import (
	"fmt"
	"io"

	"github.com/factcheck/factcheck/checks"
)

// explain runs factcheck explain: every decision behind the cells of a fact,
// in every source or in one.
func explain(args []string, stdout, stderr io.Writer) int {
	fs, c := newFlags("explain", "[--facts FILE] [--sources ...] FACT [SOURCE]",
		"Explains why a fact got its verdict in each source, or in one: the sentences\nlocated, the values read, how relative dates were resolved, the comparison made.", stderr)
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		fs.Usage()
		return BadInput
	}
	sheet, corpus, res, err := c.load(stderr)
	if err != nil {
		return fail(stderr, err)
	}
	text, err := checks.Explain(sheet, corpus, fs.Arg(0), fs.Arg(1))
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprint(stdout, text)
	for _, p := range res.Problems() {
		if p.Fails() && p.Fact == fs.Arg(0) && (fs.Arg(1) == "" || p.Source == fs.Arg(1) || p.Source == "") {
			return Failed
		}
	}
	return OK
}
