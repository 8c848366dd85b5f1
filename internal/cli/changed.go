package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/lexicon"
)

// maxChangedList bounds the list of changed paths read by --sources-from.
const maxChangedList = 4 << 20

// readChanged reads the paths listed one a line in the file from ("-" for
// standard input), as `git diff --name-only` prints them: blank lines are
// skipped, and a name git quotes ("caf\303\251.txt") is unquoted.
func readChanged(from string, stdin io.Reader) ([]string, error) {
	var data []byte
	var err error
	if from == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, maxChangedList+1))
		if err == nil && len(data) > maxChangedList {
			err = fmt.Errorf("over the %d-byte limit", maxChangedList)
		}
	} else {
		data, err = bounded.ReadFile(from, maxChangedList, false)
	}
	if err != nil {
		return nil, fmt.Errorf("--sources-from %s: %w", from, err)
	}
	var paths []string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(nil, maxChangedList)
	for sc.Scan() {
		p := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(p, `"`) {
			if u, err := strconv.Unquote(p); err == nil {
				p = u
			}
		}
		if p != "" {
			paths = append(paths, p)
		}
	}
	return paths, nil
}

// listRoots returns the directories listed paths are read from: the
// working directory, and the top of the git repository around it, since
// git diff lists paths from there whatever the directory.
func listRoots() []string {
	wd, err := os.Getwd()
	if err != nil {
		return []string{"."}
	}
	roots := []string{wd}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			if dir != wd {
				roots = append(roots, dir)
			}
			return roots
		}
		if filepath.Dir(dir) == dir {
			return roots
		}
	}
}

// candidates returns the files a listed path may name, one per root.
func candidates(roots []string, p string) []string {
	if filepath.IsAbs(p) {
		return []string{filepath.Clean(p)}
	}
	out := make([]string, len(roots))
	for i, r := range roots {
		out[i] = filepath.Join(r, p)
	}
	return out
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	return a
}

// narrowTo keeps, of the corpus, the sources among the changed paths. When
// a file that every verdict depends on changed (the sheet, a sources.yaml),
// it keeps every source. It returns lines for standard error saying what
// is checked, and which listed files look like sources but are none.
func narrowTo(corpus *document.Corpus, sheet string, changed []string) []string {
	roots := listRoots()
	list := make(map[string]bool, len(changed))
	for _, p := range changed {
		for _, c := range candidates(roots, p) {
			list[c] = true
		}
	}
	whole := []string{sheet}
	for _, f := range corpus.Files() {
		if filepath.Base(f) == document.MetaFile {
			whole = append(whole, f)
		}
	}
	for _, f := range whole {
		if list[absPath(f)] {
			return []string{fmt.Sprintf("factcheck: %s changed: checking every source", filepath.ToSlash(f))}
		}
	}
	total := len(corpus.Sources)
	matched := make(map[string]bool)
	kept := corpus.Narrow(func(path string) bool {
		a := absPath(filepath.FromSlash(path))
		matched[a] = list[a]
		return list[a]
	})
	out := []string{fmt.Sprintf("factcheck: checking %d of %d sources, those among the %s listed", kept, total, lexicon.Count(len(changed), "path", "paths"))}
	if missed := unmatchedSources(roots, changed, matched); len(missed) > 0 {
		out = append(out, fmt.Sprintf("factcheck: not found: %s (deleted, or listed from another directory? paths are read from here and from the top of the git repository)", strings.Join(missed, ", ")))
	}
	return out
}

// unmatchedSources returns the listed paths with a source's extension that
// name no source of the corpus and no file at all: deleted, or read from
// the wrong directory, said so rather than passed over in silence.
func unmatchedSources(roots, changed []string, matched map[string]bool) []string {
	var out []string
	for _, p := range changed {
		ext := strings.ToLower(filepath.Ext(p))
		known := false
		for _, e := range document.Extensions() {
			known = known || ext == e
		}
		if !known {
			continue
		}
		found := false
		for _, c := range candidates(roots, p) {
			_, inCorpus := matched[c]
			_, err := os.Stat(c)
			found = found || inCorpus || err == nil
		}
		if !found {
			out = append(out, p)
		}
	}
	return out
}
