package facts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the sheet loader: it must never panic,
// and every sheet it accepts must be usable.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("facts.yaml"); err == nil {
		f.Add(data)
	}
	broken, _ := filepath.Glob("testdata/broken/*.yaml")
	for _, b := range broken {
		if data, err := os.ReadFile(b); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(goodSheet))
	f.Add([]byte(minimal))
	f.Add([]byte("facts:\n\t- id: a\n"))
	f.Add([]byte("a: &a [x]\nfacts: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("f.yaml", data)
		if err != nil {
			if _, ok := err.(Errors); !ok {
				t.Fatalf("error is not positioned: %v", err)
			}
			return
		}
		for _, fact := range s.Facts {
			complete := fact.ID != "" && fact.Claim != "" && fact.Kind != ""
			switch fact.Kind {
			case KindQuote:
				complete = complete && fact.Quote.Text != "" && len(fact.Quote.Speakers) > 0
			case KindStatement:
				complete = complete && len(fact.Statement.Supports)+len(fact.Statement.Refutes) > 0
			default:
				complete = complete && len(fact.About) > 0
			}
			if !complete {
				t.Fatalf("accepted an incomplete fact: %+v", fact)
			}
		}
	})
}

// FuzzAddLabels adds a label of arbitrary words to a sheet, as accept
// does: the result must load, hold the same facts with the same values,
// and differ only by the one label more.
func FuzzAddLabels(f *testing.F) {
	if data, err := os.ReadFile("facts.yaml"); err == nil {
		f.Add(data, 0, "003", "since 2015", "different-year", "why")
	}
	f.Add([]byte(goodSheet), 0, "s", "x", "k", "n")
	f.Add([]byte(minimal), 0, "a: b", "\"quoted\" # not a comment", "k", "line\nbreak")
	f.Fuzz(func(t *testing.T, data []byte, fact int, source, says, kind, note string) {
		before, err := Parse("f.yaml", data)
		if err != nil || len(before.Facts) == 0 || source == "" || says == "" || kind == "" || note == "" {
			return
		}
		fi := ((fact % len(before.Facts)) + len(before.Facts)) % len(before.Facts)
		f := before.Facts[fi]
		l := Label{Source: source, Says: says, Label: kind, Note: note}
		out, err := AddLabels("f.yaml", data, []NewLabel{{Fact: f.ID, Label: l}})
		if err != nil {
			return // refused with a reason: nothing written
		}
		after, err := Parse("f.yaml", out)
		if err != nil {
			t.Fatalf("the labelled sheet does not load: %v\n%s", err, out)
		}
		if len(after.Facts) != len(before.Facts) {
			t.Fatalf("%d facts became %d", len(before.Facts), len(after.Facts))
		}
		for i, b := range before.Facts {
			a := after.Facts[i]
			if a.ID != b.ID || a.Value != b.Value || a.Claim != b.Claim {
				t.Fatalf("fact %d changed: %s %q became %s %q", i, b.ID, b.Value, a.ID, a.Value)
			}
			want := len(b.Labels)
			if i == fi {
				want++
			}
			if len(a.Labels) != want {
				t.Fatalf("fact %s has %d labels, want %d", a.ID, len(a.Labels), want)
			}
		}
		got := after.Facts[fi].Labels[len(after.Facts[fi].Labels)-1]
		if got.Source != strings.TrimSpace(source) && got.Source != source || got.Label != strings.TrimSpace(kind) && got.Label != kind {
			t.Fatalf("the label reads back as %+v, want %+v", *got, l)
		}
	})
}
