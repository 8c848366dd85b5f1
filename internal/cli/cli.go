// Package cli is the factcheck command: check a corpus against a fact
// sheet, explain a verdict, accept the current contradictions as labels,
// and print the sheet's JSON Schema.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
)

// Exit codes.
const (
	OK       = 0 // every contradiction is labelled
	Failed   = 1 // a new contradiction, a stale label or an uncorroborated fact
	BadInput = 2 // a usage error, or a sheet or source that does not load
)

const usage = `factcheck checks sources against a fact sheet.

Usage:
  factcheck check   [--facts FILE] [--sources DIR|FILE|GLOB ...] [--sources-from FILE|-] [--shard K/N] [--format FORMAT] [--out FILE]
  factcheck merge   [--facts FILE] [--format FORMAT[=FILE] ...] SHARD.json...
  factcheck explain [--facts FILE] [--sources DIR|FILE|GLOB ...] FACT [SOURCE]
  factcheck accept  [--facts FILE] [--sources DIR|FILE|GLOB ...] [--dry-run]
  factcheck score   [--facts FILE] [--sources DIR|FILE|GLOB ...] --gold FILE [--out FILE]
  factcheck init    [SOURCES-DIR]
  factcheck schema  [config]
  factcheck lexicon [FILE]
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
		"check": check, "merge": mergeCmd, "explain": explain, "accept": accept, "score": scoreCmd, "schema": schema, "init": initCmd, "lexicon": lexiconCmd,
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
	quiet   bool   // --quiet: no lines on standard error but errors
	brief   bool   // check --evidence problems: agreeing values counted, not kept
	shard   *shard // --shard K/N: only the sources of that shard are checked
	// sheetSum is the SHA-256 of the sheet's bytes, once run read it.
	sheetSum string
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
	sheet, sum, err := loadSheet(c.facts)
	c.sheetSum = sum
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
	if c.shard != nil {
		if err := c.shardCorpus(corpus, stderr); err != nil {
			return nil, nil, nil, err
		}
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
	res, err := checks.RunWith(sheet, corpus, checks.Options{Progress: progress(stderr, isTerminal(stderr)), Warnings: warn, Brief: c.brief})
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
