// Package cli is the factcheck command: check a corpus against a fact
// sheet, explain a verdict, accept the current contradictions as labels,
// and print the sheet's JSON Schema.
package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/internal/diff"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/score"
)

// Exit codes.
const (
	OK       = 0 // every contradiction is labelled
	Failed   = 1 // a new contradiction, a stale label or an uncorroborated fact
	BadInput = 2 // a usage error, or a sheet or source that does not load
)

const usage = `factcheck checks sources against a fact sheet.

Usage:
  factcheck check   [--facts FILE] [--sources DIR|FILE|GLOB ...] [--sources-from FILE|-] [--format FORMAT] [--out FILE]
  factcheck explain [--facts FILE] [--sources DIR|FILE|GLOB ...] FACT [SOURCE]
  factcheck accept  [--facts FILE] [--sources DIR|FILE|GLOB ...] [--dry-run]
  factcheck score   [--facts FILE] [--sources DIR|FILE|GLOB ...] --gold FILE [--out FILE]
  factcheck init    [SOURCES-DIR]
  factcheck schema  [config]
  factcheck version

Run "factcheck COMMAND --help" for the flags of a command.

Exit status: 0 when every contradiction is labelled, 1 when there is a new
contradiction, a stale label or an uncorroborated fact, 2 on a usage error or
a sheet or source that does not load.
`

// Run runs the command with the given arguments (without the program
// name) and returns its exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return BadInput
	}
	cmds := map[string]func([]string, io.Writer, io.Writer) int{
		"check": check, "explain": explain, "accept": accept, "score": scoreCmd, "schema": schema, "init": initCmd,
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return OK
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "factcheck", checks.Version())
		return OK
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "factcheck: unknown command %q\n\n%s", args[0], usage)
		return BadInput
	}
	return cmd(args[1:], stdout, stderr)
}

// sourcesFlag collects --sources, which may be given more than once.
type sourcesFlag []string

func (s *sourcesFlag) String() string     { return strings.Join(*s, " ") }
func (s *sourcesFlag) Set(v string) error { *s = append(*s, v); return nil }

// common are the flags every checking command has.
type common struct {
	facts   string
	sources sourcesFlag
	config  string
	cfg     *config // the configuration found or named, if any
	// changed, when not nil, are the paths of a change (--sources-from):
	// only the sources among them are checked.
	changed []string
	quiet   bool // --quiet: no lines on standard error but errors
}

func newFlags(name, synopsis, about string, stderr io.Writer) (*flag.FlagSet, *common) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &common{}
	fs.StringVar(&c.facts, "facts", "", "the fact sheet (default: the configuration's, else facts/facts.yaml)")
	fs.Var(&c.sources, "sources", "a directory (with or without sources.yaml), a file or a glob of sources; repeatable (default: the configuration's, else seeds)")
	fs.StringVar(&c.config, "config", "", "the configuration file (default: .factcheck.yaml here or in a directory above; none for no configuration)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: factcheck %s %s\n\n%s\n\nFlags:\n", name, synopsis, about)
		printFlags(fs)
	}
	return fs, c
}

// printFlags lists the flags as the usage writes them, with two dashes
// (the flag package's own list writes one).
func printFlags(fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		if name != "" {
			name = " " + name
		}
		fmt.Fprintf(fs.Output(), "  --%s%s\n    \t%s\n", f.Name, name, strings.ReplaceAll(usage, "\n", "\n    \t"))
	})
}

// progressAbove is how many sources a corpus must have before checking it
// shows progress.
const progressAbove = 300

// progress returns a function that shows on w how many sources have been
// checked, on one line rewritten in place, for corpora of more than
// progressAbove sources and only when w is a terminal; otherwise nil.
func progress(w io.Writer, terminal bool) func(done, total int) {
	if !terminal {
		return nil
	}
	return func(done, total int) {
		if total <= progressAbove || (done%100 != 0 && done != total) {
			return
		}
		fmt.Fprintf(w, "\rfactcheck: checked %d of %d sources", done, total)
		if done == total {
			fmt.Fprint(w, "\n")
		}
	}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// settle fills in what the flags leave out from the configuration, then
// from the defaults.
func (c *common) settle() error {
	cfg, err := findConfig(c.config)
	if err != nil {
		return err
	}
	c.cfg = cfg
	if c.facts == "" && cfg != nil && cfg.facts != "" {
		c.facts = cfg.rel(cfg.facts)
	}
	if c.facts == "" {
		c.facts = "facts/facts.yaml"
	}
	if len(c.sources) == 0 && cfg != nil {
		for _, s := range cfg.sources {
			c.sources = append(c.sources, cfg.rel(s))
		}
	}
	if len(c.sources) == 0 {
		c.sources = sourcesFlag{"seeds"}
	}
	c.facts = relative(c.facts)
	for i, s := range c.sources {
		c.sources[i] = relative(s)
	}
	return nil
}

// relative returns an absolute path inside the working directory as a
// path relative to it, so that reports name files the same way on every
// machine (and outside it, as given).
func relative(p string) string {
	if !filepath.IsAbs(p) {
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return p
	}
	return rel
}

// load reads the sheet and the sources and checks them, showing progress
// on stderr when it is a terminal and the corpus is large.
func (c *common) load(stderr io.Writer) (*facts.Sheet, *document.Corpus, *checks.Result, error) {
	if err := c.settle(); err != nil {
		return nil, nil, nil, err
	}
	return c.run(stderr)
}

// run is load once settle has filled in the sheet and the sources.
func (c *common) run(stderr io.Writer) (*facts.Sheet, *document.Corpus, *checks.Result, error) {
	sheet, err := facts.Load(c.facts)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil, fmt.Errorf("%w: name the fact sheet with --facts (default facts/facts.yaml), run from the directory that holds facts/, or start a sheet with factcheck init", err)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	for _, s := range c.sources {
		if strings.TrimSpace(s) == "" {
			return nil, nil, nil, errors.New("--sources is empty: name a directory, a file or a glob of sources")
		}
	}
	corpus, err := document.ListSources(c.sources)
	if err != nil {
		return nil, nil, nil, err
	}
	if c.changed != nil {
		for _, line := range narrowTo(corpus, c.facts, c.changed) {
			if !c.quiet {
				fmt.Fprintln(stderr, line)
			}
		}
		if len(corpus.Sources) == 0 {
			return sheet, corpus, nil, nil
		}
	}
	warn, err := c.cfg.applySeverity(sheet)
	if err != nil {
		return nil, nil, nil, err
	}
	res, err := checks.RunWith(sheet, corpus, checks.Options{Progress: progress(stderr, isTerminal(stderr)), Warnings: warn})
	if err != nil {
		return nil, nil, nil, err
	}
	return sheet, corpus, res, nil
}

// fail reports an input error and returns BadInput.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "factcheck: %v\n", err)
	return BadInput
}

// parse parses flags; it returns false with the exit code when the command
// should stop (help asked for, or a usage error). Flags may stand after the
// arguments too ("explain mek-arrival 003 --sources seeds"); after "--"
// everything is an argument. Help asked for goes to standard output, so
// that it can be paged; a usage error's to standard error.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) (int, bool) {
	stderr := fs.Output()
	fs.SetOutput(io.Discard)
	var positional []string
	var err error
	for rest := args; len(rest) > 0; {
		if err = fs.Parse(rest); err != nil {
			break
		}
		left := fs.Args()
		if n := len(rest) - len(left); n > 0 && rest[n-1] == "--" {
			positional = append(positional, left...)
			break
		}
		if len(left) == 0 {
			break
		}
		positional = append(positional, left[0])
		rest = left[1:]
	}
	if err == nil {
		err = fs.Parse(append([]string{"--"}, positional...)) // so that fs.Args() holds them
	}
	fs.SetOutput(stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return OK, false
	case err != nil:
		fmt.Fprintf(stderr, "factcheck %s: %v\n", fs.Name(), err)
		fs.Usage()
		return BadInput, false
	}
	return 0, true
}

// checkFlags are the flags of check beyond the common ones.
type checkFlags struct {
	formats sourcesFlag // --format, repeatable
	out     string      // --out
	quiet   bool        // --quiet
	colour  string      // --color
	from    string      // --sources-from
}

// newCheckFlags defines the flags of check.
func newCheckFlags(stderr io.Writer) (*flag.FlagSet, *common, *checkFlags) {
	fs, c := newFlags("check", "[--facts FILE] [--sources DIR|FILE|GLOB ...] [--sources-from FILE|-] [--format FORMAT[=FILE] ...] [--out FILE] [--quiet] [--color WHEN]",
		"Checks every source against every fact and writes the result.\nFormats: text (path:line:col lines for editors), markdown, json, sarif, github\n(annotations; the Markdown report is appended to $GITHUB_STEP_SUMMARY when set), html.\nSeveral formats in one run: --format github --format sarif=out.sarif --format html=report.html.\nA summary line goes to standard error unless the text format goes to standard output.", stderr)
	f := &checkFlags{}
	fs.Var(&f.formats, "format", "an output format: text, markdown, json, sarif, github or html; FORMAT=FILE writes it to FILE; repeatable (default text)")
	fs.StringVar(&f.out, "out", "", "write the one output to this file instead of standard output")
	fs.BoolVar(&f.quiet, "quiet", false, "no summary line on standard error")
	fs.StringVar(&f.colour, "color", "auto", "colour the text output: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always or never")
	fs.StringVar(&f.from, "sources-from", "", "check only the sources among the paths listed one a line in this file (- for standard input), such as the output of git diff --name-only; every source when the sheet or a sources.yaml is among them")
	return fs, c, f
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
	painted, err := useColour(f.colour, isTerminal(stdout))
	if err != nil {
		return fail(stderr, err)
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
	return c.report(res, corpus, targets, painted, stdout, stderr)
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
// overwrite one of its inputs, then its lines on standard error, and
// returns the exit code.
func (c *common) report(res *checks.Result, corpus *document.Corpus, targets []output, painted bool, stdout, stderr io.Writer) int {
	inputs := append([]string{c.facts}, corpus.Files()...)
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
type output struct{ format, path string }

// outputs reads the --format flags (FORMAT or FORMAT=FILE) and --out, which
// names the file of the one format given without a file. At most one
// output goes to standard output.
func outputs(formats []string, out string) ([]output, error) {
	if len(formats) == 0 {
		formats = []string{"text"}
	}
	var targets []output
	toStdout := 0
	for _, f := range formats {
		name, path, _ := strings.Cut(f, "=")
		if _, ok := format.Formats[name]; !ok {
			names := make([]string, 0, len(format.Formats))
			for n := range format.Formats {
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
		targets = append(targets, output{name, path})
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
		if o.format == "json" {
			return format.WriteJSON(w, res)
		}
		_, err := w.Write(format.Formats[o.format](res))
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

// scoreCmd measures the checker against a gold file that labels each
// (fact, article) cell of the corpus.
func scoreCmd(args []string, stdout, stderr io.Writer) int {
	fs, c := newFlags("score", "[--facts FILE] [--sources ...] --gold FILE [--out FILE]",
		"Scores the checker's verdicts against a gold file that labels every cell\n(see README.md, \"Measuring the checker on your corpus\"): cell accuracy,\ncontradiction precision and recall, the label x verdict table, and every\nwrong cell with what the checker read. Exit status 0 when it scored.", stderr)
	goldPath := fs.String("gold", "", "the gold file: labels.json")
	out := fs.String("out", "", "write the scores to this file instead of standard output")
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
	if err := score.Write(&b, []*score.Story{st}, score.Options{Title: "Scores against " + *goldPath, Words: true}); err != nil {
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
	fmt.Fprintf(stderr, "factcheck: scored %d cells: accuracy %s, contradiction precision %s, recall %s\n", f.Scored, f.Accuracy(), f.Precision(), f.Recall())
	return OK
}

func schema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: factcheck schema\n\nPrints the JSON Schema of the fact sheet. Point editors at it with a first line\n  # yaml-language-server: $schema=./facts.schema.json\n")
	}
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	switch {
	case fs.NArg() == 1 && fs.Arg(0) == "config":
		io.WriteString(stdout, configSchema)
		return OK
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "factcheck schema: unexpected argument %q (schema prints the sheet's schema, schema config the configuration's)\n", fs.Arg(0))
		return BadInput
	}
	stdout.Write(facts.Schema())
	return OK
}
