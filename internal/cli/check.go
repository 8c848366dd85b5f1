package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/format"
	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/lexicon"
)

// checkFlags are the flags of check beyond the common ones.
type checkFlags struct {
	formats  sourcesFlag // --format, repeatable
	out      string      // --out
	quiet    bool        // --quiet
	colour   string      // --color
	from     string      // --sources-from
	shard    string      // --shard K/N
	evidence string      // --evidence
}

// newCheckFlags defines the flags of check.
func newCheckFlags(stderr io.Writer) (*flag.FlagSet, *common, *checkFlags) {
	fs, c := newFlags("check", "[--facts FILE] [--sources DIR|FILE|GLOB ...] [--sources-from FILE|-] [--shard K/N] [--format FORMAT[=FILE] ...] [--out FILE] [--evidence problems|all] [--quiet] [--color WHEN]",
		"Checks every source against every fact and writes the result.\nFormats: text (path:line:col lines for editors), markdown, json, sarif, github\n(annotations; the Markdown report is appended to $GITHUB_STEP_SUMMARY when set), html.\nSeveral formats in one run: --format github --format sarif=out.sarif --format html=report.html.\nA summary line goes to standard error unless the text format goes to standard output.\nA corpus too large for one job: run --shard 1/N to --shard N/N --format json=shard-K.json\nin N jobs, then factcheck merge shard-*.json (see factcheck merge --help).", stderr)
	f := &checkFlags{}
	fs.Var(&f.formats, "format", "an output format: text, markdown, json, sarif, github or html; FORMAT=FILE writes it to FILE; repeatable (default text)")
	fs.StringVar(&f.out, "out", "", "write the one output to this file instead of standard output")
	fs.BoolVar(&f.quiet, "quiet", false, "no summary line on standard error")
	fs.StringVar(&f.colour, "color", "auto", "colour the text output: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always or never")
	fs.StringVar(&f.shard, "shard", "", "check only shard K of N of the sources (1 ≤ K ≤ N), chosen by a hash of each source's id, the same on every run and machine; corroboration is judged when factcheck merge combines the JSON reports of all N")
	fs.StringVar(&f.evidence, "evidence", "problems", "what the outputs show of each cell: problems (the verdict of every cell, every value that disagrees or is unsure, and how many agree) or all (every value found, agreeing ones too)")
	fs.StringVar(&f.from, "sources-from", "", "check only the sources among the paths listed one a line in this file (- for standard input), such as the output of git diff --name-only; every source when the sheet or a sources.yaml is among them")
	return fs, c, f
}

// briefEvidence reads --evidence: problems (the default) keeps agreeing
// values as counts, all keeps every value.
func briefEvidence(v string) (bool, error) {
	switch v {
	case "problems":
		return true, nil
	case "all":
		return false, nil
	}
	return false, fmt.Errorf("--evidence %q: say problems (the default) or all", v)
}

// check is the check command: every source checked against every fact,
// the result written in each format asked for.
func check(args []string, stdout, stderr io.Writer) int {
	fs, c, f := newCheckFlags(stderr)
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "factcheck check: unexpected argument %q (sources go after --sources)\n", fs.Arg(0))
		return BadInput
	}
	c.quiet = f.quiet
	var err error
	if c.brief, err = briefEvidence(f.evidence); err != nil {
		fmt.Fprintf(stderr, "factcheck check: %v\n", err)
		return BadInput
	}
	painted, err := useColour(f.colour, isTerminal(stdout))
	if err != nil {
		return fail(stderr, err)
	}
	if given(fs, "shard") { // even empty: --shard "" is a mistake, not no shard
		if code, ok := f.useShard(c, stderr); !ok {
			return code
		}
	}
	if f.from != "" {
		changed, err := readChanged(f.from, os.Stdin)
		if err != nil {
			return fail(stderr, err)
		}
		c.changed = append([]string{}, changed...) // not nil, even when empty
	}
	if err := c.settle(); err != nil {
		return fail(stderr, err)
	}
	formats := f.formats
	if len(formats) == 0 {
		formats = c.configFormats()
	}
	targets, err := outputs(formats, f.out) // before the work: a typo fails at once
	if err != nil {
		fmt.Fprintf(stderr, "factcheck check: %v\n", err)
		return BadInput
	}
	_, corpus, res, err := c.run(stderr)
	if err != nil {
		return fail(stderr, err)
	}
	if res == nil {
		if !c.quiet {
			fmt.Fprintln(stderr, "factcheck: no source changed: nothing to check, no output written")
		}
		return OK
	}
	if c.shard != nil {
		for i := range targets {
			targets[i].shard = &format.ReportShard{Index: c.shard.k, Of: c.shard.n, SheetSHA256: c.sheetSum}
		}
	}
	return c.report(res, append([]string{c.facts}, corpus.Files()...), targets, painted, stdout, stderr)
}

// useShard reads --shard into c, or says what is wrong with it and returns
// the exit code.
func (f *checkFlags) useShard(c *common, stderr io.Writer) (int, bool) {
	sh, err := parseShard(f.shard)
	if err == nil && f.from != "" {
		err = fmt.Errorf("--shard and --sources-from do not go together: a shard is a share of the whole corpus; check what a change touched without --shard")
	}
	if err != nil {
		fmt.Fprintf(stderr, "factcheck check: %v\n", err)
		return BadInput, false
	}
	c.shard = &sh
	return 0, true
}

// configFormats returns the configuration's formats, for a check given no
// --format, with their files relative to the configuration.
func (c *common) configFormats() []string {
	if c.cfg == nil {
		return nil
	}
	var formats []string
	for _, f := range c.cfg.formats {
		name, file, ok := strings.Cut(f, "=")
		if ok {
			f = name + "=" + c.cfg.rel(file)
		}
		formats = append(formats, f)
	}
	return formats
}

// report writes the outputs of a check that ran, refusing any that would
// overwrite one of its inputs (the files it read), then its lines on
// standard error, and returns the exit code.
func (c *common) report(res *checks.Result, inputs []string, targets []output, painted bool, stdout, stderr io.Writer) int {
	for _, t := range targets {
		if t.path != "" {
			if err := notAnInput(t.path, inputs); err != nil {
				return fail(stderr, err)
			}
		}
	}
	textOnStdout, err := writeOutputs(targets, res, painted, stdout)
	if err != nil {
		return fail(stderr, err)
	}
	if !c.quiet && !textOnStdout {
		fmt.Fprintln(stderr, format.Summary(res))
	}
	if len(res.Sheet.Facts) == 0 && !c.quiet {
		fmt.Fprintf(stderr, "factcheck: %s holds no facts yet, so nothing was checked: add some (the sheet factcheck init writes has an example of every kind)\n", c.facts)
	}
	if ps := checks.PlaceholderNotes(res.Sheet); len(ps) > 0 && !c.quiet {
		fmt.Fprintf(stderr, "factcheck: %s the note accept wrote (first at %s): replace each with why the disagreement is accepted\n", lexicon.Count(len(ps), "label still has", "labels still have"), ps[0])
	}
	if len(res.Failures()) > 0 {
		return Failed
	}
	return OK
}

// writeOutputs writes every output of a check, the text coloured when
// painted, and the Markdown report to $GITHUB_STEP_SUMMARY beside GitHub
// annotations. It reports whether the text went to standard output.
func writeOutputs(targets []output, res *checks.Result, painted bool, stdout io.Writer) (textOnStdout bool, err error) {
	for _, t := range targets {
		if painted && t.format == "text" && t.path == "" {
			_, err = stdout.Write(format.TextStyled(res, terminal))
		} else {
			err = t.write(res, stdout)
		}
		if err != nil {
			return false, err
		}
		textOnStdout = textOnStdout || t.format == "text" && t.path == ""
		if summary := os.Getenv("GITHUB_STEP_SUMMARY"); t.format == "github" && summary != "" {
			if err := appendFile(summary, format.Markdown(res)); err != nil {
				return false, err
			}
		}
	}
	return textOnStdout, nil
}

// An output is one format written to a file, or to standard output.
type output struct {
	format, path string
	shard        *format.ReportShard // for json: the shard a run checked, or nil
}

// outputs reads the --format flags (FORMAT or FORMAT=FILE) and --out, which
// names the file of the one format given without a file. At most one
// output goes to standard output.
func outputs(formats []string, out string) ([]output, error) {
	if len(formats) == 0 {
		formats = []string{"text"}
	}
	var targets []output
	toStdout, writers := 0, format.Formats()
	for _, f := range formats {
		name, path, _ := strings.Cut(f, "=")
		if _, ok := writers[name]; !ok {
			names := make([]string, 0, len(writers))
			for n := range writers {
				names = append(names, n)
			}
			sort.Strings(names)
			return nil, fmt.Errorf("unknown format %q; use one of %s", name, strings.Join(names, ", "))
		}
		if path == "" {
			path = out
		}
		if path == "" {
			toStdout++
		}
		targets = append(targets, output{format: name, path: path})
	}
	switch {
	case toStdout > 1:
		return nil, fmt.Errorf("%d formats would go to standard output: give all but one a file, as in --format sarif=out.sarif", toStdout)
	case out != "" && len(formats) > 1:
		return nil, fmt.Errorf("--out names the file of one format; with several, write --format FORMAT=FILE for each")
	}
	return targets, nil
}

// write writes one output; the JSON report, the large one, is written as
// it is encoded.
func (o output) write(res *checks.Result, stdout io.Writer) error {
	produce := func(w io.Writer) error {
		if o.format == "json" && o.shard != nil {
			return format.WriteShardJSON(w, res, *o.shard)
		}
		if o.format == "json" {
			return format.WriteJSON(w, res)
		}
		_, err := w.Write(format.Formats()[o.format](res))
		return err
	}
	if o.path != "" {
		return atomicfile.WriteWith(o.path, produce)
	}
	return produce(stdout)
}

// notAnInput refuses an output path that names one of the run's inputs
// (the sheet, a source, a sources.yaml), by path or as the same file.
func notAnInput(out string, inputs []string) error {
	outAbs, _ := filepath.Abs(out)
	outInfo, statErr := os.Stat(out)
	for _, in := range inputs {
		inAbs, _ := filepath.Abs(filepath.FromSlash(in))
		same := outAbs == inAbs
		if !same && statErr == nil {
			if inInfo, err := os.Stat(filepath.FromSlash(in)); err == nil {
				same = os.SameFile(outInfo, inInfo)
			}
		}
		if same {
			return fmt.Errorf("--out %s is %s, one of the files this run reads: nothing was written; name another file", out, in)
		}
	}
	return nil
}

func appendFile(path string, data []byte) error {
	// Not blocking: a named pipe that nothing reads is an error, not a hang.
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY|syscall.O_NONBLOCK, 0o644)
	if err != nil {
		return fmt.Errorf("append to %s: %w", path, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
