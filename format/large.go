package format

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/checks"
)

// LargeCorpus is the number of sources above which the Markdown and HTML
// reports lead with what needs attention and summarise each fact instead
// of drawing the facts x sources matrix. The JSON report stays complete.
const LargeCorpus = 50

// maxListed is how many items of one kind a large report lists before it
// refers to the JSON report for the rest.
const maxListed = 200

// factSummary is how the sources stand to one fact.
type factSummary struct {
	Agree, Labelled, New, Silent int
	values                       []valueCount // conflicting values, most frequent first
}

type valueCount struct {
	value string
	n     int
}

// summarise tallies the cells of each fact, by fact id.
func summarise(r *checks.Result) map[string]*factSummary {
	out := make(map[string]*factSummary)
	counts := make(map[string]map[string]int)
	for _, f := range r.Sheet.Facts {
		out[f.ID], counts[f.ID] = &factSummary{}, make(map[string]int)
	}
	for _, c := range r.Cells {
		s := out[c.Fact.ID]
		switch {
		case c.Verdict == checks.Agrees:
			s.Agree++
		case c.Verdict == checks.Silent, c.Verdict == checks.Unsure:
		case c.Labelled():
			s.Labelled++
		default:
			s.New++
		}
		for _, fd := range c.Findings {
			if !fd.Agrees {
				counts[c.Fact.ID][fd.Value]++
			}
		}
	}
	for _, s := range out {
		s.Silent = len(r.Corpus.Sources) - s.Agree - s.Labelled - s.New
	}
	for id, vs := range counts {
		for v, n := range vs {
			out[id].values = append(out[id].values, valueCount{v, n})
		}
		sort.Slice(out[id].values, func(i, j int) bool {
			a, b := out[id].values[i], out[id].values[j]
			if a.n != b.n {
				return a.n > b.n
			}
			return a.value < b.value
		})
	}
	return out
}

// Distribution writes the most frequent conflicting values: "2014 ×12; 2015 ×3".
func (s *factSummary) Distribution() string {
	var parts []string
	for i, v := range s.values {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("%d more", len(s.values)-5))
			break
		}
		parts = append(parts, fmt.Sprintf("%s ×%d", v.value, v.n))
	}
	return strings.Join(parts, "; ")
}

// markdownLarge writes the Markdown report of a large corpus, after what
// needs attention: a line per fact.
func markdownLarge(r *checks.Result, b *bytes.Buffer) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("## Facts\n\n")
	p("| fact | sheet says | agree | contradict: labelled | contradict: new | silent | conflicting values |\n")
	p("|---|---|---:|---:|---:|---:|---|\n")
	sums := summarise(r)
	for _, f := range r.Sheet.Facts {
		s := sums[f.ID]
		p("| %s | %s | %d | %d | %d | %d | %s |\n", f.ID, escapeCell(f.Canonical()), s.Agree, s.Labelled, s.New, s.Silent, escapeCell(s.Distribution()))
	}
	p("\n")
}
