package cli

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/internal/bounded"
)

// maxChangedList bounds the list of changed paths read by --sources-from.
const maxChangedList = 4 << 20

// readChanged reads the paths listed one a line in the file from ("-" for
// standard input), as `git diff --name-only` prints them. Blank lines are
// skipped.
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
		if p := strings.TrimSpace(sc.Text()); p != "" {
			paths = append(paths, p)
		}
	}
	return paths, nil
}

// narrowTo keeps, of the corpus, the sources among the changed paths. When
// a file that every verdict depends on changed (the sheet, a sources.yaml),
// it keeps every source. It returns a line for standard error saying what
// is checked.
func narrowTo(corpus *checks.Corpus, sheet string, changed []string) string {
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return filepath.Clean(p)
		}
		return a
	}
	list := make(map[string]bool, len(changed))
	for _, p := range changed {
		list[abs(p)] = true
	}
	whole := []string{sheet}
	for _, f := range corpus.Files() {
		if filepath.Base(f) == checks.MetaFile {
			whole = append(whole, f)
		}
	}
	for _, f := range whole {
		if list[abs(f)] {
			return fmt.Sprintf("factcheck: %s changed: checking every source", filepath.ToSlash(f))
		}
	}
	total := len(corpus.Sources)
	kept := corpus.Narrow(func(path string) bool { return list[abs(filepath.FromSlash(path))] })
	return fmt.Sprintf("factcheck: checking %d of %d sources, those among the %d listed", kept, total, len(changed))
}
