package checks

import (
	"testing"
	"time"
)

// day returns a publication date.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// parseText normalises text as a one-file source published on pub.
func parseText(t *testing.T, text string, pub time.Time) *Source {
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
