package checks

import (
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A tableRow is the Markdown table row a number stands in: the line's
// cells, and the number's place among them.
type tableRow struct {
	cells []string
	cell  int  // the index of the cell the number stands in
	alone bool // the number is all its cell holds
}

// rowOf returns the Markdown table row a number of the sentence stands in:
// a line that starts and ends with "|", or a label line (see labelLine).
func rowOf(src *reading, sent *sentence, n numberMention) (tableRow, bool) {
	f := sent.folded()
	start, end := src.SpanOf(f.norm, f.tokens[n.start].Start, f.tokens[n.end-1].End)
	raw := src.Raw()
	ls, le := src.LineOf(start)
	if le < end {
		return tableRow{}, false // a number over two lines is in no row
	}
	line := strings.TrimSpace(raw[ls:le])
	if !strings.HasPrefix(line, "|") || !strings.HasSuffix(line, "|") {
		if row, ok := htmlRow(raw[ls:le], start-ls, end-ls); ok {
			return row, true
		}
		return labelLine(raw[ls:start], raw[start:end], raw[end:le])
	}
	before := strings.TrimRight(raw[ls:start], " \t")
	after := strings.TrimLeft(raw[end:le], " \t")
	return tableRow{
		cells: strings.Split(strings.Trim(line, "|"), "|"),
		cell:  strings.Count(strings.TrimSpace(before), "|") - 1,
		alone: strings.HasSuffix(before, "|") && strings.HasPrefix(after, "|"),
	}, true
}

// htmlRow returns, for a number at bytes [at, end) of a line, the HTML
// table row it stands in when the row's cells stand on that line:
// "<tr><td>Client port</td><td>7402</td></tr>". Only the row around the
// number is read, at most maxRowBytes on either side: a long line of
// prose, or a minified table of thousands of rows, costs no more.
func htmlRow(line string, at, end int) (tableRow, bool) {
	from, to := max(0, at-maxRowBytes), min(len(line), end+maxRowBytes)
	if i := lastTagBefore(line[from:at], "tr"); i >= 0 {
		from += i
	}
	if i := firstTagAfter(line[end:to], "/tr"); i >= 0 {
		to = end + i
	}
	seg := line[from:to]
	at, end = at-from, end-from
	starts := cellStarts(seg)
	var row tableRow
	row.cell = -1
	for i, st := range starts {
		open := st + strings.IndexByte(seg[st:], '>') + 1
		stop := len(seg)
		if i+1 < len(starts) {
			stop = starts[i+1]
		}
		if open > stop {
			continue
		}
		row.cells = append(row.cells, withoutTags(seg[open:stop]))
		if at >= open && end <= stop {
			row.cell = len(row.cells) - 1
			row.alone = strings.TrimSpace(withoutTags(seg[open:at])) == "" && strings.TrimSpace(withoutTags(seg[end:stop])) == ""
		}
	}
	return row, row.cell >= 0
}

// maxRowBytes is how far from a number its HTML row is looked for.
const maxRowBytes = 2000

// lastTagBefore returns where the last tag named name ("tr") starts in s,
// its name compared without case, or -1.
func lastTagBefore(s, name string) int {
	for i := len(s) - len(name) - 1; i >= 0; i-- {
		if s[i] == '<' && tagNamed(s[i+1:], name) {
			return i
		}
	}
	return -1
}

// firstTagAfter returns where the first tag named name ("/tr") starts in
// s, or -1.
func firstTagAfter(s, name string) int {
	for i := 0; i+len(name) < len(s); i++ {
		if s[i] == '<' && tagNamed(s[i+1:], name) {
			return i
		}
	}
	return -1
}

// tagNamed reports whether s starts with the tag name, in any case, and
// then a '>' or a space: "td>" and "TD class" for td, not "thead".
func tagNamed(s, name string) bool {
	if len(s) <= len(name) {
		return false
	}
	for k := 0; k < len(name); k++ {
		if s[k]|0x20 != name[k] && s[k] != name[k] {
			return false
		}
	}
	c := s[len(name)]
	return c == '>' || c == ' ' || c == '\t'
}

// cellStarts returns where the start tags of a line's table cells (<td>,
// <th>, not <thead>) begin.
func cellStarts(line string) []int {
	var out []int
	for i := 0; i+3 < len(line); i++ {
		if line[i] == '<' && (tagNamed(line[i+1:], "td") || tagNamed(line[i+1:], "th")) && strings.IndexByte(line[i:], '>') > 0 {
			out = append(out, i)
		}
	}
	return out
}

// listMarks are what may open a list item or a label in Markdown: "- ",
// "* ", "• ", "**".
const listMarks = "-*•+ \t"

// labelLine returns, as a row of two cells, a line that is a label, a
// colon or a dot leader, and the number alone ("Starters: 18,412", "-
// **Finishers:** 16,905.", "Homes destroyed ........ 134"), given the
// line's text before the number, the number and the text after it.
func labelLine(before, number, after string) (tableRow, bool) {
	before, after = withoutTags(before), withoutTags(after)
	label := strings.TrimRight(before, " \t*")
	label, ok := strings.CutSuffix(label, ":")
	if lead := strings.TrimRight(label, "."); !ok && len(label)-len(lead) >= text.LeaderDots {
		label, ok = lead, true // "Homes destroyed ........ 134"
	}
	label = withoutMoment(strings.Trim(label, listMarks))
	rest := strings.Trim(after, " \t*.")
	if !ok || label == "" || rest != "" || strings.Contains(label, ":") || len(strings.Fields(label)) > maxLabelWords {
		return tableRow{}, false
	}
	return tableRow{cells: []string{label, number}, cell: 1, alone: true}, true
}

// withoutMoment drops from a label a bracket at its end that holds a
// figure, the moment a tally stands at: "Crews finished (as at 09:00,
// 3 May)" labels crews finished; "Area (square miles)" keeps its
// unit.
func withoutMoment(label string) string {
	open := strings.LastIndexByte(label, '(')
	if open < 0 || !strings.HasSuffix(label, ")") || !strings.ContainsAny(label[open:], "0123456789") {
		return label
	}
	return strings.TrimRight(label[:open], " ")
}

// withoutTags drops the HTML tags of a line's text: "<li><b>Ballots
// cast:</b> " is "Ballots cast: ".
func withoutTags(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '<')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '>')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// maxLabelWords is the most words a label before a colon may have: more
// is a sentence ("The organisers said on Sunday: 18,412").
const maxLabelWords = 5

// rowLabelUnit reads a number alone in a cell of a Markdown table row in
// the unit that the row's first cell names, and returns its value in the
// fact's unit: in "| Homes destroyed | 134 |" the 134 counts homes, in "|
// Area (square miles) | 29 |" 18,560 acres for a fact in acres. Only a row
// of a table qualifies, so prose with a word before a number ("moved to
// deck 4") never does; and only the row's one figure, since with two ("|
// Homes | 61 | 134 |") which column is the fact's is not known.
func (m *matcher) rowLabelUnit(src *reading, sent *sentence, n numberMention) (facts.Interval, bool) {
	if len(m.units) == 0 || n.unit != nil {
		return facts.Interval{}, false
	}
	row, ok := rowOf(src, sent, n)
	if !ok || !row.alone || row.cell < 1 || numericCells(row.cells[1:]) > 1 {
		return facts.Interval{}, false
	}
	label := text.Words(row.cells[0])
	for i, w := range label {
		label[i] = unitWord(w) // "Homes" for homes, "house" for houses
	}
	rate := strings.Contains(row.cells[0], "/") || text.AnyOf(label, rateLabelWords) // "(mm/h)", "(mm per hour)"
	for _, alt := range m.units {
		if alt.def == nil && containsWords(label, alt.words) {
			return n.value, true
		}
		if d := namedUnit(label, alt.def); d != nil && !rate {
			return scale(n.value, d, alt.def), true
		}
	}
	return facts.Interval{}, false
}

// rateLabelWords make a row's label name a rate, whose unit is never its
// figure's: "Trees burned per hectare", "Daily rainfall (mm)".
var rateLabelWords = lexicon.Set("rate-label-words")

// namedUnit returns the unit of the table that words, singular, spell, of
// one word or two ("Acres burned", "Area (square miles)"), when it
// converts into want; or nil. A unit of time names a date's field as often
// as a span ("Year sentenced"), and is not taken.
func namedUnit(words []string, want *unitDef) *unitDef {
	if want == nil || want.base == "second" {
		return nil // "| Year sentenced | 2019 |", "| Day the deadline expired | 9 |": a date's field, no span
	}
	for i, w := range words {
		for _, sp := range []string{w, pairAt(words, i)} {
			if d := unitLexicon.after[sp]; d != nil && d.base == want.base {
				return d
			}
		}
	}
	return nil
}

// pairAt returns word i with the word before it, or "".
func pairAt(words []string, i int) string {
	if i == 0 {
		return ""
	}
	return words[i-1] + " " + words[i]
}

// inRowLabel reports whether a number stands in the first cell of a
// Markdown table row whose figure is in another cell: "| Aftershocks above
// magnitude 4 | 146 |" says nothing of a magnitude of 4.
func inRowLabel(src *reading, sent *sentence, n numberMention) bool {
	row, ok := rowOf(src, sent, n)
	return ok && row.cell == 0 && len(row.cells) > 1 && numericCells(row.cells[1:]) > 0
}

// qualifiedRow returns why a number in a later cell of a table row may
// count a part: the row's label holds a figure of its own ("| Aftershocks
// above magnitude 4 | 146 |") or names a place ("| Failed payments in the
// Czech Republic | 260,000 |"); or "".
func qualifiedRow(src *reading, sent *sentence, n numberMention) string {
	row, ok := rowOf(src, sent, n)
	switch {
	case !ok || row.cell == 0:
		return ""
	case holdsFigure(row.cells[0]):
		return "the table row's label holds a figure of its own, so the row may count something narrower than the fact"
	case namesPlace(row.cells[0]):
		return "the table row's label names a place, so the row may count a part of the fact's whole"
	}
	return ""
}

// placePreps open a place in a row's label: "in the Czech Republic".
var placePreps = lexicon.Set("place-prepositions")

// namesPlace reports whether a label holds a word of placePreps followed,
// perhaps after "the", by a capitalised word.
func namesPlace(label string) bool {
	ws := strings.Fields(label)
	for i := 0; i+1 < len(ws); i++ {
		if !placePreps[strings.ToLower(ws[i])] {
			continue
		}
		next := ws[i+1]
		if strings.EqualFold(next, "the") && i+2 < len(ws) {
			next = ws[i+2]
		}
		if r := next[0]; r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// holdsFigure reports whether a cell's text holds a number, in digits or
// in words ("magnitude four"), or a word with digits ("Q3", "M4"); the name
// of a substance ("CO2", "NO2"; formulaNames) is none.
func holdsFigure(cell string) bool {
	for _, w := range text.Words(cell) {
		if strings.ContainsAny(w, "0123456789") && !formulaNames[w] {
			return true // "above magnitude 4", "Q3 revenue"; not "CO2"
		}
		if _, ok := units[w]; ok {
			return true
		}
		if _, ok := tens[w]; ok {
			return true
		}
	}
	return false
}

// formulaNames are names with digits that name a substance, not a figure
// that narrows a table row: "| Permit limit (CO2) | ... |".
var formulaNames = lexicon.Set("formula-names")

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

// inserted reports whether token i of a sentence stands in no source
// bytes of its own: a table column's header read before a cell (see
// markup's tableReading), whose words all map to the cell's first byte.
func inserted(sent *sentence, i int) bool {
	f := sent.folded()
	if i < 0 || i >= len(f.tokens) {
		return false
	}
	t := f.tokens[i]
	return t.End < len(f.norm.S) && f.norm.At(t.End) == f.norm.At(t.Start) // every letter of it, and the space after, map to the one byte it stands before
}

// headerOnly reports whether every token of a span is a column's header
// read before a cell: a term there labels one cell, not the row.
func headerOnly(sent *sentence, sp span) bool {
	for i := sp.start; i < sp.end; i++ {
		if !inserted(sent, i) {
			return false
		}
	}
	return sp.end > sp.start
}

// allInHeader reports whether every span is a column's header read
// before a cell: the row itself holds no term of the fact.
func allInHeader(sent *sentence, spans []span) bool {
	for _, sp := range spans {
		if !headerOnly(sent, sp) {
			return false
		}
	}
	return len(spans) > 0
}

// dropHeaderUnless removes from hits the unless terms that only a column's
// header holds: "| Opened | 1966 | 1959 |" under "| | Corliss | Wexler |"
// is not ruled out by Wexler, which labels one cell of it.
func dropHeaderUnless(sent *sentence, hits []hit) []hit {
	kept := hits[:0]
	for _, h := range hits {
		if h.ref.role == roleUnless && headerOnly(sent, h.sp) {
			continue
		}
		kept = append(kept, h)
	}
	return kept
}

// headerBefore returns the span of the column header read right before
// token i, if any: the tokens before it that stand in no source bytes.
func headerBefore(sent *sentence, i int) span {
	j := i
	for j > 0 && inserted(sent, j-1) {
		j--
	}
	return span{j, i}
}

// underUnlessHeader reports whether a value stands in a table column whose
// header holds an unless term of the fact: "| Opened | 1966 | 1959 |", the
// 1959 under "Wexler Bridge", for unless: [Wexler].
func (m *matcher) underUnlessHeader(sent *sentence, sp span) bool {
	h := headerBefore(sent, sp.start)
	if h.start == h.end {
		return false
	}
	f := sent.folded()
	for _, t := range m.loc.unless {
		for _, u := range t.find(f.norm.S, f.tokens) {
			if u.start >= h.start && u.end <= h.end {
				return true
			}
		}
	}
	return false
}
