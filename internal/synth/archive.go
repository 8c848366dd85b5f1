package synth

import (
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/factcheck/factcheck/facts"
)

// A listed seed is one entry of the seeds' sources.yaml.
type listedSeed struct {
	ID        string `yaml:"id"`
	File      string `yaml:"file"`
	Published string `yaml:"published"`
}

// readSeeds returns the seeds listed in dir/sources.yaml with their text.
func readSeeds(dir string) ([]listedSeed, []string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "sources.yaml"))
	if err != nil {
		return nil, nil, err
	}
	var l struct {
		Sources []listedSeed `yaml:"sources"`
	}
	if err := yaml.Unmarshal(b, &l); err != nil {
		return nil, nil, fmt.Errorf("%s/sources.yaml: %w", dir, err)
	}
	texts := make([]string, len(l.Sources))
	for i, s := range l.Sources {
		t, err := os.ReadFile(filepath.Join(dir, s.File))
		if err != nil {
			return nil, nil, err
		}
		texts[i] = string(t)
	}
	return l.Sources, texts, nil
}

// digitRun finds the numbers a dense copy may change.
var digitRun = regexp.MustCompile(`\b[1-9][0-9]{1,3}\b`)

// Dense writes dir/pages with copies of the seeds in seedsDir, about size
// bytes in all, dir/pages/sources.yaml listing them with the seeds'
// publication dates, and dir/facts.yaml, the sheet at sheetPath without
// its labels (they name the seeds, not the copies). Every copy is perturbed: one number in twenty is
// changed, so that every copy has contradictions of its own. It is the
// dense case: every sentence of the seeds is about the seed sheet.
func Dense(dir, seedsDir, sheetPath string, size int64, seed int64) (int64, error) {
	seeds, texts, err := readSeeds(seedsDir)
	if err != nil {
		return 0, err
	}
	if err := writeUnlabelled(sheetPath, filepath.Join(dir, "facts.yaml")); err != nil {
		return 0, err
	}
	pages := filepath.Join(dir, "pages")
	if err := os.MkdirAll(pages, 0o755); err != nil {
		return 0, err
	}
	rng := rand.New(rand.NewSource(seed))
	var list strings.Builder
	list.WriteString("sources:\n")
	var n int64
	for c := 0; n < size; c++ {
		for i, s := range seeds {
			text := perturbNumbers(texts[i], rng)
			file := fmt.Sprintf("c%05d-%s", c, s.File)
			if err := os.WriteFile(filepath.Join(pages, file), []byte(text), 0o644); err != nil {
				return n, err
			}
			fmt.Fprintf(&list, "  - id: c%05d-%s\n    file: %s\n    dated_by: a copy of seed %s\n", c, s.ID, file, s.ID)
			if s.Published != "" {
				fmt.Fprintf(&list, "    published: %s\n", s.Published)
			}
			n += int64(len(text))
		}
	}
	return n, os.WriteFile(filepath.Join(pages, "sources.yaml"), []byte(list.String()), 0o644)
}

// writeUnlabelled writes the sheet at from to to without its facts'
// labels.
func writeUnlabelled(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("%s: %w", from, err)
	}
	if len(doc.Content) == 1 {
		dropKey(doc.Content[0], "facts", "labels")
	}
	var out strings.Builder
	enc := yaml.NewEncoder(&out)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, []byte(out.String()), 0o644)
}

// WriteLargerSheet writes to the sheet at from without its labels, and
// after its facts n synthetic ones (of every kind, with terms of their
// own): the same archive checked against a sheet of many more facts, most
// of which it never mentions.
func WriteLargerSheet(from, to string, n int, seed int64) error {
	if err := writeUnlabelled(from, to); err != nil {
		return err
	}
	g := newGenerator(Options{Facts: n, Seed: seed, Filler: []string{"The quick brown fox jumps over the lazy dog."}}.withDefaults())
	f, err := os.OpenFile(to, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteString(strings.TrimPrefix(g.sheet(), "# A synthetic fact sheet written by internal/synth.\nfacts:\n"))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// dropKey removes the key drop from every mapping in the sequence under
// the key list of the mapping m.
func dropKey(m *yaml.Node, list, drop string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != list {
			continue
		}
		for _, f := range m.Content[i+1].Content {
			for k := 0; k+1 < len(f.Content); k += 2 {
				if f.Content[k].Value == drop {
					f.Content = append(f.Content[:k], f.Content[k+2:]...)
					break
				}
			}
		}
	}
}

// perturbNumbers changes one number of text, and about one in twenty of
// the others, to a larger one.
func perturbNumbers(text string, rng *rand.Rand) string {
	k, one := 0, rng.Intn(max(1, len(digitRun.FindAllStringIndex(text, -1))))
	return digitRun.ReplaceAllStringFunc(text, func(d string) string {
		k++
		if k-1 != one && rng.Intn(20) > 0 {
			return d
		}
		v, _ := strconv.Atoi(d)
		return strconv.Itoa(v + 1 + rng.Intn(9))
	})
}

// GoSources returns the directory of the Go distribution's sources, the
// prose of the sparse archive: "go env GOROOT", then src.
func GoSources() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("synth: go env GOROOT: %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "src"), nil
}

// Sparse writes dir/pages with an archive of about size bytes that is
// mostly about other things: paragraphs of English prose taken from the
// comments of the Go files under proseDir (the Go distribution's sources
// ship on every machine that builds this), in files of about 20 kB, with
// one seed sentence in every 1/share sentences. Without publication
// dates: a sparse archive is read whole.
func Sparse(dir, proseDir, seedsDir string, size int64, share float64) (int64, error) {
	_, texts, err := readSeeds(seedsDir)
	if err != nil {
		return 0, err
	}
	var seedSents []string
	for _, t := range texts {
		for _, line := range strings.Split(t, "\n") {
			if len(strings.Fields(line)) >= 8 {
				seedSents = append(seedSents, strings.TrimSpace(line))
			}
		}
	}
	prose, err := proseParagraphs(proseDir)
	if err != nil {
		return 0, err
	}
	if len(prose) == 0 || len(seedSents) == 0 {
		return 0, fmt.Errorf("synth: no prose under %s or no seed text in %s", proseDir, seedsDir)
	}
	pages := filepath.Join(dir, "pages")
	if err := os.MkdirAll(pages, 0o755); err != nil {
		return 0, err
	}
	every := max(1, int(1/share))
	var n int64
	var page strings.Builder
	p, s, sents := 0, 0, 0
	for f := 0; n < size; f++ {
		page.Reset()
		for page.Len() < 20000 {
			para := prose[p%len(prose)]
			p++
			page.WriteString(para)
			sents += strings.Count(para, ". ") + 1
			if sents >= every {
				sents -= every
				page.WriteString(" " + seedSents[s%len(seedSents)])
				s++
			}
			page.WriteString("\n\n")
		}
		if err := os.WriteFile(filepath.Join(pages, fmt.Sprintf("a%06d.txt", f)), []byte(page.String()), 0o644); err != nil {
			return n, err
		}
		n += int64(page.Len())
	}
	return n, nil
}

// proseParagraphs returns the comment paragraphs of the Go files under
// dir, in a fixed order: runs of "//" lines of three lines or more,
// joined, that read as sentences.
func proseParagraphs(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "vendor") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, commentParagraphs(string(b))...)
	}
	return out, nil
}

// commentParagraphs returns the paragraphs of a Go file's line comments
// that are prose: three lines or more, ending with a full stop, without
// code indented in them.
func commentParagraphs(src string) []string {
	var out, run []string
	flush := func() {
		if len(run) >= 3 && strings.HasSuffix(run[len(run)-1], ".") {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		c, ok := strings.CutPrefix(t, "// ")
		if !ok || strings.HasPrefix(c, "\t") || strings.HasPrefix(c, " ") || strings.HasPrefix(c, "Copyright") {
			flush()
			continue
		}
		run = append(run, c)
	}
	flush()
	return out
}

// WriteTerms writes to the about terms of the sheet at from, one a line,
// without their wildcards: what grep -F is given to find the same
// sentences in make bench.
func WriteTerms(from, to string) error {
	sheet, err := facts.Load(from)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, f := range sheet.Facts {
		for _, g := range f.About {
			for _, t := range g {
				b.WriteString(strings.Trim(t, "*") + "\n")
			}
		}
	}
	return os.WriteFile(to, []byte(b.String()), 0o644)
}
