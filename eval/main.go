// Command eval measures the checker on a labelled corpus of real articles
// and writes the figures to EVAL.md. Each directory eval/<story>/ holds a
// fact sheet, facts.yaml; the corpus directory (EVAL_DIR) holds, for the
// same story, articles/ (with its sources.yaml) and labels.json, the gold.
//
// Usage, from the repository's root (make eval does this):
//
//	go run ./eval [-dir EVAL_DIR] [-out EVAL.md] [-words eval/wrong.md] [-check]
//
// With -check it writes nothing and fails when EVAL.md is not what it
// would write.
package main

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

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/atomicfile"
	"github.com/factcheck/factcheck/score"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const intro = `Written by ` + "`make eval`" + ` from the sheets in ` + "`eval/<story>/facts.yaml`" + ` and the labelled
corpus in ` + "`$EVAL_DIR`" + ` (default ` + "`../shared/eval`" + `): real articles that nobody on this project wrote,
labelled cell by cell. Do not edit: ` + "`make test`" + ` fails when this file is out of date. The sheets carry no
labels, so these are the checker's raw verdicts. A cell is right when its verdict is what its label asks
for: A agrees, A~ agrees or silent, S silent, C contradicts; N is not scored; unsure counts as silent.
Paths are relative to ` + "`$EVAL_DIR`" + `. The articles' words are left out of this file (the texts are not
ours to copy): ` + "`make eval`" + ` also writes ` + "`eval/wrong.md`" + ` (not committed) with the labels' words and
the sentences the checker read.`

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("eval", flag.ContinueOnError)
	fl.SetOutput(stderr)
	def := os.Getenv("EVAL_DIR")
	if def == "" {
		def = "../shared/eval"
	}
	dir := fl.String("dir", def, "the labelled corpus: a directory per story with articles/ and labels.json")
	out := fl.String("out", "EVAL.md", "the figures, without the articles' words")
	words := fl.String("words", "", "also write the wrong cells with the articles' words to this file")
	check := fl.Bool("check", false, "write nothing; fail when -out is out of date")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	stories, err := scoreAll("eval", *dir)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 2
	}
	trim := strings.TrimSuffix(filepath.ToSlash(*dir), "/") + "/"
	opt := score.Options{Title: "Evaluation on real articles", Intro: intro, Path: func(p string) string { return strings.ReplaceAll(p, trim, "") }}
	var b bytes.Buffer
	if err := score.Write(&b, stories, opt); err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 2
	}
	if *check {
		return compare(*out, b.Bytes(), stderr)
	}
	if err := atomicfile.Write(*out, b.Bytes()); err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 2
	}
	if *words != "" {
		opt.Words, opt.Title = true, "Wrong cells, with the articles' words (not committed)"
		var wb bytes.Buffer
		if err := score.Write(&wb, stories, opt); err != nil || atomicfile.Write(*words, wb.Bytes()) != nil {
			fmt.Fprintf(stderr, "eval: cannot write %s\n", *words)
			return 2
		}
	}
	fmt.Fprintf(stdout, "eval: wrote %s%s\n", *out, summary(stories))
	return 0
}

// compare fails when the file at path is not want.
func compare(path string, want []byte, stderr io.Writer) int {
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		fmt.Fprintf(stderr, "eval: %s is out of date: run make eval, read the diff and commit it\n", path)
		return 1
	}
	return 0
}

// summary is the total's figures, for the command's last line.
func summary(stories []*score.Story) string {
	var t score.Figures
	for _, st := range stories {
		t.Add(st.Figures())
	}
	return fmt.Sprintf(": accuracy %s, contradiction precision %s, recall %s", t.Accuracy(), t.Precision(), t.Recall())
}

// scoreAll checks and scores every story that has a sheet under sheets.
func scoreAll(sheets, dir string) ([]*score.Story, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("no evaluation corpus at %s (%v): it is expected beside the repository as ../shared/eval, or set EVAL_DIR to where it is", dir, errors.Unwrap(err))
	}
	names, err := storyNames(sheets)
	if err != nil {
		return nil, err
	}
	var out []*score.Story
	for _, name := range names {
		st, err := scoreStory(name, filepath.ToSlash(filepath.Join(sheets, name, "facts.yaml")), filepath.ToSlash(filepath.Join(dir, name)))
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", name, err)
		}
		out = append(out, st)
	}
	return out, nil
}

// storyNames lists the directories under sheets that hold a facts.yaml.
func storyNames(sheets string) ([]string, error) {
	entries, err := os.ReadDir(sheets)
	if err != nil {
		return nil, fmt.Errorf("list the story sheets: %w", err)
	}
	var names []string
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(sheets, e.Name(), "facts.yaml")); e.IsDir() && err == nil {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no story sheets: add %s/<story>/facts.yaml", sheets)
	}
	sort.Strings(names)
	return names, nil
}

func scoreStory(name, sheetPath, storyDir string) (*score.Story, error) {
	sheet, err := loadSheet(sheetPath, storyDir)
	if err != nil {
		return nil, err
	}
	articles := storyDir + "/articles"
	if _, err := os.Stat(articles); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("the corpus has no %s for the sheet %s", articles, sheetPath)
	}
	corpus, err := document.ListSources([]string{articles})
	if err != nil {
		return nil, err
	}
	res, err := checks.Run(sheet, corpus)
	if err != nil {
		return nil, err
	}
	gold, err := score.LoadGold(storyDir + "/labels.json")
	if err != nil {
		return nil, err
	}
	return score.Score(name, res, gold)
}

// loadSheet reads a story's sheet with the wording of its quotes taken
// from the story's FACTS.md (see withQuotes).
func loadSheet(sheetPath, storyDir string) (*facts.Sheet, error) {
	data, err := os.ReadFile(sheetPath)
	if err != nil {
		return nil, fmt.Errorf("read the sheet: %w", err)
	}
	if factsQuote.Match(data) {
		md, err := os.ReadFile(storyDir + "/FACTS.md")
		if err != nil {
			return nil, fmt.Errorf("%s takes its quotes from the story's FACTS.md: %w", sheetPath, err)
		}
		if data, err = withQuotes(data, md); err != nil {
			return nil, fmt.Errorf("%s: %w", sheetPath, err)
		}
	}
	return facts.Parse(sheetPath, data)
}
