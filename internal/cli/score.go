package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/score"
)

// scoreCmd measures the checker against a gold file that labels each
// (fact, article) cell of the corpus.
func scoreCmd(args []string, stdout, stderr io.Writer) int {
	fs, c := newFlags("score", "[--facts FILE] [--sources ...] --gold FILE [--out FILE] [--no-words]",
		"Scores the checker's verdicts against a gold file that labels every cell\n(see README.md, \"Measuring accuracy: make eval and factcheck score\"): cell accuracy,\ncontradiction precision and recall, the label x verdict table, and every\nwrong cell with what the checker read. Exit status 0 when it scored.", stderr)
	goldPath := fs.String("gold", "", "the gold file: labels.json")
	out := fs.String("out", "", "write the scores to this file instead of standard output")
	noWords := fs.Bool("no-words", false, "leave out the labels' words and the sentences read, so that a sheet can be improved without seeing the gold")
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() > 0 || *goldPath == "" {
		fmt.Fprintln(stderr, "factcheck score: name the gold file with --gold (and nothing else after the flags)")
		return BadInput
	}
	gold, err := score.LoadGold(*goldPath)
	if err != nil {
		return fail(stderr, err)
	}
	_, _, res, err := c.load(stderr)
	if err != nil {
		return fail(stderr, err)
	}
	st, err := score.Score(strings.Join(c.sources, " "), res, gold)
	if err != nil {
		return fail(stderr, err)
	}
	var b bytes.Buffer
	if err := score.Write(&b, []*score.Story{st}, score.Options{Title: "Scores against " + *goldPath, Words: !*noWords}); err != nil {
		return fail(stderr, err)
	}
	if *out != "" {
		err = atomicfile.Write(*out, b.Bytes())
	} else {
		_, err = stdout.Write(b.Bytes())
	}
	if err != nil {
		return fail(stderr, err)
	}
	f := st.Figures()
	fmt.Fprintf(stderr, "factcheck: scored %d cells: accuracy %s, contradiction precision %s, recall %s, unsure %s\n", f.Scored, f.Accuracy(), f.Precision(), f.Recall(), f.UnsureShare())
	return OK
}
