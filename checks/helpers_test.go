package checks

import (
	"testing"

	"github.com/factcheck/factcheck/facts"
)

// published returns a publication date: a day, a month or a year as a
// sources.yaml writes it.
func published(s string) facts.Span {
	d, err := facts.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d.Start
}

// parseText normalises text as a one-file source published on pub.
func parseText(t *testing.T, text string, pub facts.Span) *Source {
	t.Helper()
	src, err := Parse("t", "t.txt", []byte(text), nil)
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	src.Published = pub
	return src
}

// only returns the single sentence of text.
func only(t *testing.T, src *Source) *Sentence {
	t.Helper()
	if len(src.Sentences) != 1 {
		var got []string
		for _, s := range src.Sentences {
			got = append(got, s.Text())
		}
		t.Fatalf("want one sentence, got %d: %q", len(src.Sentences), got)
	}
	return src.Sentences[0]
}
