package checks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
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
func parseText(t *testing.T, text string, pub facts.Span) *reading {
	t.Helper()
	return read(t, "t.txt", text, pub)
}

// read normalises text as a source file named name published on pub, as
// a run reads it.
func read(t *testing.T, name, text string, pub facts.Span) *reading {
	t.Helper()
	src, err := document.Parse("t", name, []byte(text), nil)
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	src.Published = pub
	return newReading(src)
}

// only returns the single sentence of text.
func only(t *testing.T, src *reading) *sentence {
	t.Helper()
	if len(src.sents) != 1 {
		var got []string
		for _, s := range src.sents {
			got = append(got, s.Text())
		}
		t.Fatalf("want one sentence, got %d: %q", len(src.sents), got)
	}
	return &src.sents[0]
}

// dump writes every cell of a result with everything it found, in order,
// so that two results can be compared whole without an output format.
func dump(r *Result) string {
	var b strings.Builder
	line := func(fd *Finding) {
		label := ""
		if fd.Label != nil {
			label = fd.Label.Pos.String()
		}
		fmt.Fprintf(&b, "  %s-%s %q %q %q agrees=%t unsure=%t %q %q %q %q label=%s col=%d-%d\n",
			fd.Pos, fd.End, fd.Sentence, fd.Says, fd.Value, fd.Agrees, fd.Unsure, fd.How, fd.Diff, fd.Compared, fd.Kind, label, fd.Column(), fd.EndColumn())
	}
	for fi, f := range r.Sheet.Facts {
		for si, s := range r.Corpus.Sources {
			c := r.CellAt(fi, si)
			fmt.Fprintf(&b, "%s/%s %s stale=%d\n", f.ID, s.ID, c.Verdict, len(c.Stale))
			for _, fd := range c.Findings {
				line(fd)
			}
			for _, fd := range c.Unresolved {
				line(fd)
			}
		}
	}
	for _, p := range r.Problems() {
		fmt.Fprintf(&b, "%s\n", p)
	}
	return b.String()
}
