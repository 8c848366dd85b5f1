package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	tests := []struct {
		data, want, err string
		why             string
	}{
		{"[a]\nx y\n# c\nz", "a: x y z", "", "words a line, several lines, comments skipped"},
		{"[a]\nmore than, at least\n", "a: more than|at least", "", "commas split entries that hold spaces"},
		{"[a]\nx=1 y=2", "a: x=1 y=2", "", "values after ="},
		{"x y", "", "lexicon/f.txt:1: words before any [list]", "words need a list"},
		{"[a]\nx\n[a]\ny", "", `lexicon/f.txt:3: the list "a" is defined twice`, "a list is defined once"},
	}
	for _, tt := range tests {
		out := make(map[string][]entry)
		err := parse("f.txt", tt.data, out)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%s: error %v, want %s", tt.why, err, tt.err)
			}
			continue
		}
		var got []string
		for _, e := range out["a"] {
			w := e.word
			if e.value != "" {
				w += "=" + e.value
			}
			got = append(got, w)
		}
		sep := " "
		if strings.Contains(tt.want, "|") {
			sep = "|"
		}
		if g := "a: " + strings.Join(got, sep); err != nil || g != tt.want {
			t.Errorf("%s: got %q (%v), want %q", tt.why, g, err, tt.want)
		}
	}
}

// Every list the checker asks for is there, and the embedded files parse.
func TestEmbeddedLists(t *testing.T) {
	for _, name := range []string{"negations", "hedges", "saying-verbs", "number-units", "weekdays", "approx-about", "british-to-american", "abbreviations", "pre-releases"} {
		if len(must(name)) == 0 {
			t.Errorf("list %s is empty", name)
		}
	}
	if Numbers("number-units")["twelve"] != 12 {
		t.Errorf("twelve is not 12")
	}
	if Pairs("british-to-american")["colour"] != "color" {
		t.Errorf("colour is not color")
	}
	if !Set("approx-above")["more than"] {
		t.Errorf("more than is no approximation")
	}
	if !strings.Contains(File("units.txt"), "gigahertz") || Ints("months")["janvier"] != 1 {
		t.Errorf("units.txt or months.txt missing")
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		n      int
		want   string
		reason string
	}{
		{1, "1 source", "one takes the singular"},
		{0, "0 sources", "none takes the plural"},
		{2, "2 sources", "more than one takes the plural"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Count(tt.n, "source", "sources"), tt.reason)
	}
}

// Section prints one list of the data files by the name the docs give it,
// from its own line up to the next list.
func TestSection(t *testing.T) {
	tests := []struct {
		name, file, first, last string
		why                     string
	}{
		{"approx-articles", "numbers.txt", "[approx-articles]", "el la los las il lo le les gli het una une uma", "a list between two others"},
		{"[approx-articles]", "numbers.txt", "[approx-articles]", "el la los las il lo le les gli het una une uma", "brackets around the name"},
		{"restatement-joins", "zones.txt", "[restatement-joins]", "( [ / = or (or", "the last list of a file"},
		{"nope", "", "", "", "no such list"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			text, file, ok := Section(tt.name)
			assert.Equal(t, tt.file != "", ok)
			assert.Equal(t, tt.file, file)
			if !ok {
				return
			}
			lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
			assert.Equal(t, tt.first, lines[0])
			assert.Equal(t, tt.last, lines[len(lines)-1], "up to the next list, not into it")
		})
	}
}

// An abbreviated title before a name ([titles], read around verbs of
// saying) must not end the sentence either ([abbreviations]): "said Det.
// Lt. Rafael Ouimette" is one sentence, or the quote loses its speaker.
func TestTitlesAreAbbreviations(t *testing.T) {
	abbreviations := Set("abbreviations")
	for w := range Set("titles") {
		if !abbreviations[w] {
			t.Errorf("title %q is in [titles] of saying.txt but not in [abbreviations] of sentences.txt: its stop would end the sentence", w)
		}
	}
}
