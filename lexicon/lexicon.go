// Package lexicon holds the words the checker reads language by, as data:
// one embedded text file per group of concepts (dates, numbers, saying,
// statements, sentences, spelling, names, versions, units, months), one
// list per concept. The lists are read once, when the program starts, and
// never changed; a language is added by adding its words to the files,
// without Go code.
//
// A list file holds sections:
//
//	# comment
//	[negations]
//	not no never nor
//	[number-units]
//	zero=0 one=1 two=2
//
// Words are separated by spaces, or by commas when they hold spaces
// ("more than, at least"); word=value gives a word a value.
// units.txt has a format of its own (see File).
package lexicon

import (
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.txt
var files embed.FS

// lists are the sections of every list file, by name: each a list of
// words, with a value after "=" where one is given. Read once.
var lists = mustRead()

type entry struct{ word, value string }

func mustRead() map[string][]entry {
	out := make(map[string][]entry)
	names, err := files.ReadDir(".")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		if n.Name() == "units.txt" {
			continue
		}
		data, err := files.ReadFile(n.Name())
		if err != nil {
			panic(err)
		}
		if err := parse(n.Name(), string(data), out); err != nil {
			panic(err)
		}
	}
	return out
}

// parse reads the sections of one list file into out.
func parse(file, data string, out map[string][]entry) error {
	section := ""
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			if _, dup := out[section]; dup {
				return fmt.Errorf("lexicon/%s:%d: the list %q is defined twice", file, i+1, section)
			}
			out[section] = nil
			continue
		case section == "":
			return fmt.Errorf("lexicon/%s:%d: words before any [list]", file, i+1)
		}
		for _, w := range words(line) {
			word, value, _ := strings.Cut(w, "=")
			out[section] = append(out[section], entry{word, value})
		}
	}
	return nil
}

// words splits a line of a list: at commas when it has any (the entries
// may then hold spaces: "more than, at least"), otherwise at spaces.
func words(line string) []string {
	if !strings.Contains(line, ",") {
		return strings.Fields(line)
	}
	var out []string
	for _, w := range strings.Split(line, ",") {
		if w = strings.Join(strings.Fields(w), " "); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// must returns a list, and panics for a name that is in no file: a typo
// in the program, found by any test.
func must(name string) []entry {
	l, ok := lists[name]
	if !ok {
		panic("lexicon: no list " + strconv.Quote(name) + "; lists: " + strings.Join(Names(), ", "))
	}
	return l
}

// Names lists the names of every list, sorted.
func Names() []string {
	out := make([]string, 0, len(lists))
	for n := range lists {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Set returns the words of a list as a set. Each call returns a new map.
func Set(name string) map[string]bool {
	out := make(map[string]bool)
	for _, e := range must(name) {
		out[e.word] = true
	}
	return out
}

// Numbers returns the words of a list with their numeric values.
func Numbers(name string) map[string]float64 {
	out := make(map[string]float64)
	for _, e := range must(name) {
		x, err := strconv.ParseFloat(e.value, 64)
		if err != nil {
			panic(fmt.Sprintf("lexicon: list %q: %q has no number", name, e.word))
		}
		out[e.word] = x
	}
	return out
}

// Ints returns the words of a list with their whole-number values.
func Ints(name string) map[string]int {
	out := make(map[string]int)
	for w, x := range Numbers(name) {
		out[w] = int(x)
	}
	return out
}

// Pairs returns the words of a list with the words they map to.
func Pairs(name string) map[string]string {
	out := make(map[string]string)
	for _, e := range must(name) {
		out[e.word] = e.value
	}
	return out
}

// Files returns the names of the data files, sorted.
func Files() []string {
	entries, err := files.ReadDir(".")
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

// ListsOf returns the names of the lists a data file holds, in the order
// it writes them: the "[name]" lines of lists.txt.
func ListsOf(file string) []string {
	data, _ := Text(file)
	var out []string
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") && !strings.ContainsAny(line, " =") {
			out = append(out, strings.Trim(line, "[]"))
		}
	}
	return out
}

// Text returns a data file as it is written, and whether there is one of
// that name.
func Text(name string) (string, bool) {
	data, err := files.ReadFile(name)
	return string(data), err == nil
}

// Section returns one list of the data files as it is written, from its
// "[name]" line up to the next list, with the file it stands in; ok is
// false when no file has a list of that name. Brackets around the name
// are optional.
func Section(name string) (text, file string, ok bool) {
	head := "[" + strings.Trim(name, "[]") + "]"
	for _, f := range Files() {
		data, _ := Text(f)
		start := strings.Index(data, "\n"+head+"\n")
		if start < 0 && !strings.HasPrefix(data, head+"\n") {
			continue
		}
		body := data[start+1:]
		if end := strings.Index(body[len(head):], "\n["); end >= 0 {
			body = body[:len(head)+end+1]
		}
		return body, f, true
	}
	return "", "", false
}

// File returns a data file of its own format: units.txt.
func File(name string) string {
	data, err := files.ReadFile(name)
	if err != nil {
		panic("lexicon: no file " + name)
	}
	return string(data)
}

// Count says how many there are of a thing, in the noun's singular or
// plural: "1 source", "3 sources", "0 sources".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
