package checks

import (
	"strings"

	"github.com/factcheck/factcheck/text"
)

// rowLabelUnit reports whether a number alone in a cell of a Markdown
// table row takes the fact's unit from the row's first cell: in "| Homes
// destroyed | 134 |" the 134 counts homes. Only a row of a table qualifies
// (the line starts and ends with "|"), so prose with a word before a
// number ("moved to deck 4") never does.
func (m *matcher) rowLabelUnit(src *reading, sent *sentence, n numberMention) bool {
	if len(m.units) == 0 || n.unit != nil {
		return false
	}
	f := sent.folded()
	start, end := src.SpanOf(f.norm, f.tokens[n.start].Start, f.tokens[n.end-1].End)
	raw := src.Raw()
	ls := strings.LastIndexByte(raw[:start], '\n') + 1
	le := strings.IndexByte(raw[end:], '\n')
	if le < 0 {
		le = len(raw) - end
	}
	line := strings.TrimSpace(strings.TrimRight(raw[ls:end+le], "\r"))
	if !strings.HasPrefix(line, "|") || !strings.HasSuffix(line, "|") {
		return false
	}
	before := strings.TrimRight(raw[ls:start], " \t")
	after := strings.TrimLeft(raw[end:end+le], " \t")
	if !strings.HasSuffix(before, "|") || !strings.HasPrefix(after, "|") {
		return false // the number is not alone in its cell
	}
	cells := strings.Split(strings.Trim(line, "|"), "|")
	if numericCells(cells[1:]) != 1 {
		return false // "| Homes | 61 | 134 |": which column is the fact's is not known
	}
	label := text.Words(cells[0])
	for i, w := range label {
		label[i] = unitWord(w) // "Homes" for homes, "house" for houses
	}
	if strings.Count(strings.TrimSpace(before), "|") < 2 {
		return false // the number is the label itself
	}
	for _, alt := range m.units {
		if alt.def == nil && containsWords(label, alt.words) {
			return true
		}
	}
	return false
}

// numericCells counts the cells that hold a figure: they start with a
// digit, a sign or a currency symbol.
func numericCells(cells []string) int {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c != "" && strings.ContainsAny(c[:1], "0123456789$€£~≈<>+-") {
			n++
		}
	}
	return n
}
