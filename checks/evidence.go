package checks

import (
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/text"
)

// maxEvidence is the longest sentence quoted whole as evidence; of a
// longer one, evidence quotes the words around the value.
const maxEvidence = 600

// excerptWords is how many words on each side of the value an excerpt
// keeps.
const excerptWords = 30

// finding builds the evidence of a value at a span of a sentence.
func (m *matcher) finding(src *reading, sent *sentence, sp span) *Finding {
	sp = writtenPart(sent, sp)
	start, end := src.SpanOf(sent.folded().norm, sent.folded().tokens[sp.start].Start, sent.folded().tokens[sp.end-1].End)
	return &Finding{Pos: src.Pos(start), End: src.Pos(end), Sentence: excerpt(src, sent, sp), Says: says(src, sent, sp), sentStart: sent.Start}
}

// around returns the original text from start to end with some context on
// each side, marked with ellipses where it is cut, white space collapsed.
func (s *reading) around(start, end int) string {
	const context = 120
	from, to := max(0, start-context), min(len(s.Raw()), end+context)
	for from > 0 && !utf8.RuneStart(s.Raw()[from]) {
		from--
	}
	for to < len(s.Raw()) && !utf8.RuneStart(s.Raw()[to]) {
		to++
	}
	text := text.CollapseSpace(s.Raw()[from:to])
	if from > 0 {
		text = "…" + text
	}
	if to < len(s.Raw()) {
		text += "…"
	}
	return text
}

// excerpt returns the sentence as evidence: whole, or for a long one the
// words around sp, marked with ellipses.
func excerpt(src *reading, sent *sentence, sp span) string {
	if len(sent.Text()) <= maxEvidence {
		return sent.Text()
	}
	from, to := max(0, sp.start-excerptWords), min(len(sent.folded().tokens), sp.end+excerptWords)
	text := says(src, sent, span{from, to})
	if from > 0 {
		text = "…" + text
	}
	if to < len(sent.folded().tokens) {
		text += "…"
	}
	return text
}

// applyLabels attaches each contradiction to the label that documents it
// and records the labels that document nothing.
func (m *matcher) applyLabels(c *Cell) {
	used := make(map[*facts.Label]bool)
	for _, fd := range c.Findings {
		if fd.Agrees {
			continue
		}
		if l := m.labelFor(c, fd); l != nil {
			fd.Label, used[l] = l, true
		}
	}
	for _, l := range m.fact.Labels {
		if l.Source == c.Source.ID && !used[l] {
			c.Stale = append(c.Stale, l)
		}
	}
}

// labelFor returns the first label of the fact for the cell's source that
// names a finding, or nil.
func (m *matcher) labelFor(c *Cell, fd *Finding) *facts.Label {
	for _, l := range m.fact.Labels {
		if l.Source == c.Source.ID && m.labelMatches(l, fd, c.Source) {
			return l
		}
	}
	return nil
}

// labelMatches reports whether a label's says: names the finding: the same
// words, for a name, quote or statement a run of its words, or words that
// read as the same value ("2014" for "since 2014").
func (m *matcher) labelMatches(l *facts.Label, fd *Finding, src *document.Source) bool {
	says, found := text.Fold(l.Says), text.Fold(fd.Says)
	if says == found {
		return true
	}
	if m.value == nil {
		// Part of what the source says, word for word; punctuation aside
		// ("within a week" of "within a week, and we did").
		return containsWords(text.Words(fd.Says), text.Words(l.Says))
	}
	for _, v := range m.value.values(says, src) {
		if v == fd.Value {
			return true
		}
	}
	return false
}

// writtenPart returns a span without the column headers a table's cell is
// read with at its ends (see inserted), when any word of the cell itself
// is left: evidence quotes and points at what the cell says, "18", not at
// its markup before it ("<td>18" for "Node.js 18" read from a header).
func writtenPart(sent *sentence, sp span) span {
	out := sp
	for out.start < out.end && inserted(sent, out.start) {
		out.start++
	}
	for out.end > out.start && inserted(sent, out.end-1) {
		out.end--
	}
	if out.start == out.end {
		return sp
	}
	return out
}
