package checks

import (
	"bytes"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/text"
)

// FuzzParseSource holds source normalisation to its invariants on any
// input: no panic, and every token maps back to original bytes that fold to
// exactly that token, at a position inside the file.
func FuzzParseSource(f *testing.F) {
	for _, data := range seedChunks(f) {
		f.Add(data)
	}
	f.Add([]byte("\ufeffA\r\nB\rC {{x}} “q” Durrës… 3 000 on Wednesday, 1980-88."))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := document.Parse("f", "f.txt", data, nil)
		if err != nil {
			if utf8.Valid(data) && !containsNUL(data) {
				t.Fatalf("valid text refused: %v", err)
			}
			return
		}
		src.Published = published("2022-09-10")
		rd := newReading(src)
		for i := range rd.sents {
			sent := &rd.sents[i]
			for _, tok := range sent.folded().tokens {
				start, end := src.SpanOf(sent.folded().norm, tok.Start, tok.End)
				if start < 0 || end > len(data) || start > end {
					t.Fatalf("token %q maps outside the file: %d..%d of %d", tok.Text, start, end, len(data))
				}
				if got := text.Fold(string(data[start:end])); got != tok.Text {
					t.Fatalf("token %q maps to %q, which folds to %q", tok.Text, data[start:end], got)
				}
			}
			for _, d := range sent.dateMentions() {
				d.expr.resolve(src.Published)
			}
		}
	})
}

// seedChunks cuts the seed sources into runs of whole lines of about half a
// kilobyte for the fuzzers' seed corpus. Whole articles are checked by the
// other tests; small inputs let the fuzzer mutate and minimise in
// milliseconds instead of spending its budget minimising one 8 KB input.
func seedChunks(tb testing.TB) [][]byte {
	tb.Helper()
	const size = 512
	seeds := seedBytes(tb)
	names := make([]string, 0, len(seeds))
	for name := range seeds {
		names = append(names, name)
	}
	sort.Strings(names)
	var out [][]byte
	for _, name := range names {
		var chunk []byte
		for _, line := range bytes.SplitAfter(seeds[name], []byte("\n")) {
			chunk = append(chunk, line...)
			if len(chunk) >= size {
				out = append(out, chunk)
				chunk = nil
			}
		}
		if len(bytes.TrimSpace(chunk)) > 0 {
			out = append(out, chunk)
		}
	}
	return out
}

func containsNUL(data []byte) bool {
	for _, b := range data {
		if b == 0 {
			return true
		}
	}
	return false
}

// FuzzExtract feeds any sentence to the date and number extractors and
// resolves every date: no panic, every mention within the sentence, every
// interval ordered.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"on Wednesday, 7 September 2022", "July 23 and 24", "1980-88", "mid-July", "since 2014",
		"about 3,000 members", "twenty-four hours", "between 2,000 and 3,000", "3.5 million", "2 weeks ago",
		"earlier this month", "Sept. 7, 2022", "the 1990s", "a dozen", "July 30 to August 2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		folded := text.Fold(s)
		toks := text.Tokenize(folded)
		dates, _ := extractDates(folded, toks, nil)
		for _, d := range dates {
			if d.start < 0 || d.end > len(toks) || d.start >= d.end {
				t.Fatalf("date span %v outside %d tokens of %q", d.span, len(toks), s)
			}
			for _, pub := range []facts.Span{{}, published("2022-09-10"), published("2000-02-29")} {
				if v, _, ok := d.expr.resolve(pub); ok && v.End.Last.Before(v.Start.First) {
					t.Fatalf("%q resolved to a backwards date %v", s, v)
				}
			}
		}
		for _, n := range extractNumbers(folded, toks, dates, nil) {
			if n.start < 0 || n.end > len(toks) || n.start >= n.end {
				t.Fatalf("number span %v outside %d tokens of %q", n.span, len(toks), s)
			}
			if n.value.Hi < n.value.Lo {
				t.Fatalf("%q read as a backwards interval %v", s, n.value)
			}
		}
	})
}

// FuzzCheck runs the whole check on any source against a sheet with a
// fact of every kind: no panic, and every finding points into the file.
func FuzzCheck(f *testing.F) {
	for _, data := range seedChunks(f) {
		f.Add(data)
	}
	f.Add([]byte("<table>\n<tr><th>Measure</th><th>Members</th></tr>\n<tr><td>Total</td><td>3,100</td></tr>\n<tr><td>ȺȺȺȺȺȺ</td></tr>\n</table>"))
	f.Add([]byte("Situation as of Monday\n\n| Measure | Value |\n|---|---|\n| Members | 3,100 |\n| Other | 9 |"))
	sheet, err := facts.Parse("f.yaml", []byte(`facts:
  - {id: d, claim: D., date: 2022-09-07, about: [ties | cut]}
  - {id: n, claim: N., number: 3000, unit: members, about: [members]}
  - {id: m, claim: M., name: Nasser Kanaani, aliases: [Kanani], about: [spokesman]}
  - {id: q, claim: Q., quote: the designer of this scenario, speaker: [Kanani, spokesman]}
  - {id: s, claim: S., statement: true, supports: [first known case], refutes: [not the first]}
`))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, path := range []string{"f.txt", "f.md", "f.html"} { // Markdown and HTML read tables' headers too
			src, err := document.Parse("f", path, data, nil)
			if err != nil {
				return
			}
			src.Published = published("2022-09-10")
			res, err := Run(sheet, &document.Corpus{Sources: []*document.Source{src}})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range res.Cells {
				for _, fd := range append(append([]*Finding{}, c.Findings...), c.Unresolved...) {
					if fd.Pos.Line < 1 || fd.Pos.Line > src.Lines() || fd.Pos.Col < 1 {
						t.Fatalf("finding at %s outside the file", fd.Pos)
					}
				}
				_ = c.Problems()
			}
			_ = dump(res)
		}
	})
}
