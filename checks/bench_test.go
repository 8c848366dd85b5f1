package checks

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/text"
)

// seedBytes reads the seed sources for benchmarks and fuzzing.
func seedBytes(tb testing.TB) map[string][]byte {
	tb.Helper()
	files, err := filepath.Glob("../testdata/project/seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seeds found: %v", err)
	}
	out := make(map[string][]byte)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(f)] = data
	}
	return out
}

// BenchmarkNormalise measures reading a source: folding, template junk,
// duplicate paragraphs, sentence splitting and extraction of dates and
// numbers.
func BenchmarkNormalise(b *testing.B) {
	seeds := seedBytes(b)
	var total int64
	for _, data := range seeds {
		total += int64(len(data))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for name, data := range seeds {
			if _, err := document.Parse(name, name, data, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// loadSeeds reads the seed sheet and corpus.
func loadSeeds(b *testing.B) (*facts.Sheet, *document.Corpus) {
	b.Helper()
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	if err != nil {
		b.Fatal(err)
	}
	corpus, err := document.LoadCorpus("../testdata/project/seeds")
	if err != nil {
		b.Fatal(err)
	}
	return sheet, corpus
}

// BenchmarkRun measures judging every cell of the seed sheet and corpus,
// sources already read.
func BenchmarkRun(b *testing.B) {
	sheet, corpus := loadSeeds(b)
	var total int64
	for _, data := range seedBytes(b) {
		total += int64(len(data))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(sheet, corpus); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStages measures each stage of judging the seeds on its own, so
// that a profile's figures can be put against the whole: folding text,
// splitting it into sentences, locating every fact's sentences, reading
// dates and numbers (in every sentence, where a run reads only those that
// some fact locates), and judging quoted passages against the quotes.
func BenchmarkStages(b *testing.B) {
	sheet, corpus := loadSeeds(b)
	var total int64
	for _, data := range seedBytes(b) {
		total += int64(len(data))
	}
	ms := newMatchers(sheet.Facts)
	ix, qi := newTermIndex(ms), newQuoteIndex(ms)
	texts := make([]text.Mapped, len(corpus.Sources))
	readings := make([]*reading, len(corpus.Sources))
	for i, src := range corpus.Sources {
		off := make([]int32, len(src.Raw())+1)
		for k := range off {
			off[k] = int32(k)
		}
		texts[i] = text.Mapped{S: src.Raw(), Off: off}
		readings[i] = newReading(src)
	}
	stages := []struct {
		name string
		run  func()
	}{
		{"fold", func() {
			for _, t := range texts {
				_ = text.FoldMapped(t)
			}
		}},
		{"split", func() {
			for _, t := range texts {
				_ = text.SplitSentences(t)
			}
		}},
		{"locate", func() {
			for _, src := range readings {
				located, marks := locateAll(ms, ix, src, newScratch(len(ms)))
				_ = peersBySentence(ms, located, marks, len(src.sents))
			}
		}},
		{"extract", func() {
			for _, src := range readings {
				for i := range src.sents {
					sent := &src.sents[i]
					dates, _ := extractDates(sent.folded().norm.S, sent.folded().tokens, nil)
					_ = extractNumbers(sent.folded().norm.S, sent.folded().tokens, dates, sent)
				}
			}
		}},
		{"compare", func() {
			for _, src := range readings {
				for fi, passages := range qi.candidates(src, newScratch(len(ms))) {
					if len(passages) > 0 {
						ms[fi].quotes(&Cell{}, src, passages) // attributed, then compared
					}
				}
			}
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(total)
			b.ReportAllocs()
			for b.Loop() {
				st.run()
			}
		})
	}
}

// BenchmarkLongTables measures a Markdown and an HTML table of 10,000 rows
// under a heading, every row disagreeing with a fact its header names:
// each table is walked once, not once a row, so the time grows with the
// rows, not with their square.
func BenchmarkLongTables(b *testing.B) {
	sheet, err := facts.Parse("facts.yaml", []byte("facts:\n  - {id: length, claim: L., number: 12.4, unit: km, about: [length]}\n"))
	if err != nil {
		b.Fatal(err)
	}
	var md, html strings.Builder
	md.WriteString("Situation as of Monday\n\n| Line | Length |\n|---|---|\n")
	html.WriteString("<p>Situation as of Monday</p>\n<table>\n<tr><th>Line</th><th>Length</th></tr>\n")
	for i := range 10000 {
		fmt.Fprintf(&md, "| Line %d | %d km |\n", i, i%50+1)
		fmt.Fprintf(&html, "<tr><td>Line %d</td><td>%d km</td></tr>\n", i, i%50+1)
	}
	html.WriteString("</table>\n")
	c := &document.Corpus{Dir: "src"}
	for _, f := range []struct{ path, text string }{{"a.md", md.String()}, {"b.html", html.String()}} {
		src, err := document.Parse(f.path, f.path, []byte(f.text), nil)
		if err != nil {
			b.Fatal(err)
		}
		c.Sources = append(c.Sources, src)
	}
	b.SetBytes(int64(md.Len() + html.Len()))
	for b.Loop() {
		if _, err := Run(sheet, c); err != nil {
			b.Fatal(err)
		}
	}
}
