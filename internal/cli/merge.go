package cli

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
	"github.com/factcheck/factcheck/internal/bounded"
)

// maxReport is the largest JSON report merge reads.
const maxReport = 4 << 30

// mergeFlags are the flags of merge.
type mergeFlags struct {
	facts   string
	formats sourcesFlag
	out     string
	quiet   bool
	colour  string
}

const mergeAbout = `Combines the JSON reports of the shards of a corpus (check --shard K/N
--format json=FILE, one per shard, K from 1 to N) into the result of one run
over every source, and writes it as check does: every format (text by
default), byte for byte what one check over the whole corpus writes, the
summary line on standard error, and the exit status (1 when something fails,
corroboration now judged over every shard).
It reads the fact sheet the reports name, which must be the one they were
checked against (its SHA-256 is in each report): run it from the directory
the shards ran in, or name the sheet with --facts. It refuses reports of
different sheets, builds or splits, a shard given twice or missing, and
files that are not shard reports.`

func newMergeFlags(stderr io.Writer) (*flag.FlagSet, *mergeFlags) {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &mergeFlags{}
	fs.StringVar(&f.facts, "facts", "", "where the fact sheet is, when it is not at the path the reports name (they keep naming it as the shards did)")
	fs.Var(&f.formats, "format", "an output format: text, markdown, json, sarif, github or html; FORMAT=FILE writes it to FILE; repeatable (default text)")
	fs.StringVar(&f.out, "out", "", "write the one output to this file instead of standard output")
	fs.BoolVar(&f.quiet, "quiet", false, "no summary line on standard error")
	fs.StringVar(&f.colour, "color", "auto", "colour the text output: auto, always or never")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: factcheck merge [--facts FILE] [--format FORMAT[=FILE] ...] [--out FILE] [--quiet] [--color WHEN] SHARD.json...\n\n%s\n\nFlags:\n", mergeAbout)
		printFlags(fs)
	}
	return fs, f
}

// mergeCmd is the merge command: the reports of the shards of a corpus
// combined into the result of one run over it.
func mergeCmd(args []string, stdout, stderr io.Writer) int {
	fs, f := newMergeFlags(stderr)
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "factcheck merge: name the JSON reports of the shards, as in factcheck merge shard-*.json (check --shard K/N --format json=FILE writes them)")
		return BadInput
	}
	painted, err := useColour(f.colour, isTerminal(stdout))
	if err != nil {
		return fail(stderr, err)
	}
	targets, err := outputs(f.formats, f.out)
	if err != nil {
		fmt.Fprintf(stderr, "factcheck merge: %v\n", err)
		return BadInput
	}
	reports, err := readShards(fs.Args())
	if err != nil {
		return fail(stderr, err)
	}
	sheet, err := mergeSheet(f.facts, reports[0])
	if err != nil {
		return fail(stderr, err)
	}
	res, err := format.Merge(sheet, reports)
	if err != nil {
		return fail(stderr, fmt.Errorf("merge the shards' reports: %w", err))
	}
	inputs := append(append([]string{sheet.Path}, fs.Args()...), res.Corpus.Files()...)
	if f.facts != "" {
		inputs = append(inputs, f.facts)
	}
	c := &common{facts: sheet.Path, quiet: f.quiet}
	return c.report(res, inputs, targets, painted, stdout, stderr)
}

// readShards reads the reports given to merge and checks that they are
// the shards of one corpus, each once.
func readShards(paths []string) ([]*format.Report, error) {
	reports := make([]*format.Report, len(paths))
	for i, p := range paths {
		data, err := bounded.ReadFile(p, maxReport, false)
		if err == nil && len(data) > maxReport {
			err = fmt.Errorf("it is over the %d GiB limit of a report", maxReport>>30)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w: give the JSON reports check --shard K/N --format json=FILE wrote", p, err)
		}
		rep, err := format.ReadReport(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w: give the report check --shard K/N --format json=FILE wrote, or run that shard again", p, err)
		}
		reports[i] = rep
	}
	if err := checkShards(paths, reports); err != nil {
		return nil, err
	}
	return reports, nil
}

// mergeSheet reads the sheet the reports were checked against: from
// --facts, else from where the reports name it. It must be the same
// bytes; it keeps the name the reports give it, so that the merged
// report names it as one run would.
func mergeSheet(from string, rep *format.Report) (*facts.Sheet, error) {
	path := rep.Sheet
	if from == "" {
		from = path
	}
	data, err := bounded.ReadFile(from, facts.MaxSize, false)
	if err != nil {
		return nil, fmt.Errorf("load fact sheet: %w: the shards were checked against %s; run merge from the directory they ran in, or name the sheet with --facts", err, path)
	}
	if sha256Hex(data) != rep.Shard.SheetSHA256 {
		return nil, fmt.Errorf("%s is not the sheet the shards were checked against: its bytes differ from theirs (SHA-256 %s); merge with the sheet they checked, or run every shard again", from, rep.Shard.SheetSHA256)
	}
	return facts.Parse(path, data)
}
