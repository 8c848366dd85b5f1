package checks

import (
	"strings"
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
			got = append(got, s.Text)
		}
		t.Fatalf("want one sentence, got %d: %q", len(src.Sentences), got)
	}
	return src.Sentences[0]
}

// says returns the original words of a span of a sentence.
func says(src *Source, sent *Sentence, sp span) string {
	start, end := src.spanOf(sent.norm, sent.tokens[sp.start].start, sent.tokens[sp.end-1].end)
	return strings.Join(strings.Fields(src.original(start, end)), " ")
}
