package checks

import (
	"strings"

	"github.com/factcheck/factcheck/text"
)

// maxTableReach is how far, in bytes, the start and the end of an HTML
// table are looked for around a row: a longer table is not dated.
const maxTableReach = 20000

// A tableBlock is what a run knows of a table around a row: how many body
// rows it has, and the lines that head and caption it.
type tableBlock struct {
	rows   int      // the rows under its header
	beside []string // the line just above it, just below it, its caption
}

// tableOf returns the table the line raw[ls:le] is a row of, or nil,
// worked out once per table (once per line for HTML) and kept by the
// reading: a table of many rows is walked once, not once a row.
func (r *reading) tableOf(ls, le int) *tableBlock {
	if tb, ok := r.tables[ls]; ok {
		return tb
	}
	if r.tables == nil {
		r.tables = make(map[int]*tableBlock)
	}
	raw := r.Raw()
	var tb *tableBlock
	switch line := strings.TrimSpace(raw[ls:le]); {
	case strings.HasPrefix(line, "|"):
		var starts []int
		tb, starts = markdownTable(raw, ls, le)
		for _, s := range starts {
			r.tables[s] = tb
		}
	case strings.HasPrefix(lowerASCII(line[:min(len(line), 3)]), "<t"):
		tb = r.htmlTableOf(raw, ls, le)
	}
	r.tables[ls] = tb
	return tb
}

// markdownTable returns the Markdown table that holds the row raw[ls:le],
// and the starts of its lines.
func markdownTable(raw string, ls, le int) (*tableBlock, []int) {
	isRow := func(s, e int) bool { return strings.HasPrefix(strings.TrimSpace(raw[s:e]), "|") }
	start := ls
	for start > 0 {
		ps := strings.LastIndexByte(raw[:start-1], '\n') + 1
		if !isRow(ps, start-1) {
			break
		}
		start = ps
	}
	tb := &tableBlock{rows: -1} // the header is no body row
	var starts []int
	end := start
	for end < len(raw) {
		e := strings.IndexByte(raw[end:], '\n')
		if e < 0 {
			e = len(raw) - end
		}
		if !isRow(end, end+e) {
			break
		}
		starts = append(starts, end)
		if strings.Trim(raw[end:end+e], "|-: \t\r") != "" {
			tb.rows++
		}
		end += e + 1
	}
	tb.beside = []string{lineWithWords(raw, start, -1), lineWithWords(raw, min(end, len(raw)), 1)}
	return tb, starts
}

// lineWithWords returns the first line with words from the line before
// offset at (dir -1) or the one starting at it (dir 1), blank lines
// skipped; "" when the file ends first.
func lineWithWords(raw string, at, dir int) string {
	for at >= 0 && at <= len(raw) {
		var s, e int
		if dir < 0 {
			if at == 0 {
				return ""
			}
			e = at - 1
			s = strings.LastIndexByte(raw[:e], '\n') + 1
			at = s
		} else {
			if at == len(raw) {
				return ""
			}
			s = at
			e = strings.IndexByte(raw[s:], '\n')
			if e < 0 {
				e = len(raw)
			} else {
				e += s
			}
			at = e + 1
		}
		if l := strings.TrimSpace(withoutTags(raw[s:e])); l != "" {
			return l
		}
	}
	return ""
}

// htmlTableOf returns the HTML table that holds the row raw[ls:le]: the
// start tag found before it, within maxTableReach and without regard to
// case, and what follows it, worked out once per start tag (the reading
// keeps it by the tag's offset).
func (r *reading) htmlTableOf(raw string, ls, le int) *tableBlock {
	from := max(0, ls-maxTableReach)
	open := strings.LastIndex(lowerASCII(raw[from:ls]), "<table")
	if open < 0 {
		return nil
	}
	open += from
	if tb, ok := r.htmlTables[open]; ok {
		return tb
	}
	if r.htmlTables == nil {
		r.htmlTables = make(map[int]*tableBlock)
	}
	tb := htmlTable(raw, open, le)
	r.htmlTables[open] = tb
	return tb
}

// htmlTable returns the HTML table whose start tag stands at raw[open:],
// its end tag searched within maxTableReach of the row ending at le.
func htmlTable(raw string, open, le int) *tableBlock {
	to := min(len(raw), le+maxTableReach)
	block := lowerASCII(raw[open:to])
	if e := strings.Index(block, "</table"); e >= 0 {
		block = block[:e]
	}
	tb := &tableBlock{rows: strings.Count(block, "<tr")}
	if strings.Contains(block, "<th") {
		tb.rows-- // the header row
	}
	tb.beside = append(tb.beside, lineWithWords(raw, strings.LastIndexByte(raw[:open], '\n')+1, -1))
	if c := strings.Index(block, "<caption"); c >= 0 {
		if e := strings.Index(block[c:], "</caption"); e >= 0 {
			tb.beside = append(tb.beside, withoutTags(raw[open+c:open+c+e]))
		}
	}
	if close := open + len(block); close < len(raw) {
		if nl := strings.IndexByte(raw[close:], '\n'); nl >= 0 {
			tb.beside = append(tb.beside, lineWithWords(raw, close+nl+1, 1))
		}
	}
	return tb
}

// lowerASCII returns s with its ASCII capitals in lower case and every
// other byte as it is: the offsets of s hold in it, as they do not in
// strings.ToLower's ("Ⱥ" grows by a byte).
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// tableMoment returns the words that date the table a figure at sp stands
// in as a count at one moment ("as of", "so far", "preliminary"): words of
// interimMarkers in the line just above the table (a heading, "Situation
// as of 16:00, 16 October"), the line just below it (a caption, "Figures
// as of Wednesday 18:00") or an HTML caption; or "".
func tableMoment(src *reading, sent *sentence, sp span) string {
	f := sent.folded()
	start, _ := src.SpanOf(f.norm, f.tokens[sp.start].Start, f.tokens[sp.end-1].End)
	tb := src.tableOf(src.LineOf(start))
	if tb == nil {
		return ""
	}
	for _, s := range tb.beside {
		if len(strings.Fields(s)) > maxCaptionWords {
			continue // a paragraph of prose, not a heading or a caption
		}
		if w := momentWords(s); w != "" {
			return w
		}
	}
	return ""
}

// maxCaptionWords is the most words a heading or a caption that dates a
// table may have: "Situation as of 16:00 CEST, 16 October", "Provisional
// figures from the ministry, as of Monday evening, are shown below"; a
// longer line is a paragraph of prose.
const maxCaptionWords = 30

// momentWords returns the words of interimMarkers a line holds, or "".
func momentWords(line string) string {
	s := text.Fold(line)
	sc := scanner{s: s, toks: text.Tokenize(s)}
	for i := range sc.toks {
		if w, _ := sc.interimAt(i); w != "" {
			return w
		}
	}
	return ""
}

// bodyRows counts the body rows of the table a sentence stands in: 0 for
// a sentence in no table.
func bodyRows(src *reading, sent *sentence) int {
	if tb := src.tableOf(src.LineOf(sent.Start)); tb != nil {
		return tb.rows
	}
	return 0
}
