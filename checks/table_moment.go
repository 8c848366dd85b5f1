package checks

import (
	"strings"

	"github.com/factcheck/factcheck/text"
)

// maxTableReach is how far, in bytes, the start and the end of an HTML
// table are looked for around a row: a longer table is not dated.
const maxTableReach = 20000

// tableMoment returns the words that date the table a figure at sp stands
// in as a count at one moment ("as of", "so far", "preliminary"): words of
// interimMarkers in the line just above the table (a heading, "Situation
// as of 16:00, 16 October"), the line just below it (a caption, "Figures
// as of Wednesday 18:00") or an HTML caption; or "".
func tableMoment(src *reading, sent *sentence, sp span) string {
	f := sent.folded()
	start, _ := src.SpanOf(f.norm, f.tokens[sp.start].Start, f.tokens[sp.end-1].End)
	raw := src.Raw()
	ls, le := src.LineOf(start)
	var around []string
	switch line := strings.TrimSpace(raw[ls:le]); {
	case strings.HasPrefix(line, "|"):
		around = markdownTableBeside(raw, ls, le)
	case len(cellStarts(line)) > 0:
		around = htmlTableBeside(raw, ls, le)
	}
	for _, s := range around {
		if w := momentWords(s); w != "" {
			return w
		}
	}
	return ""
}

// markdownTableBeside returns the lines next to the Markdown table whose
// row is raw[ls:le]: the first line with words above it and below it,
// blank lines skipped.
func markdownTableBeside(raw string, ls, le int) []string {
	up := ls
	for up > 0 {
		ps := strings.LastIndexByte(raw[:up-1], '\n') + 1
		if l := strings.TrimSpace(raw[ps : up-1]); l != "" && !strings.HasPrefix(l, "|") {
			return []string{l, lineAfterTable(raw, le)}
		}
		up = ps
	}
	return []string{lineAfterTable(raw, le)}
}

// lineAfterTable returns the first line with words after the Markdown
// table row that ends at le and the rows after it, or "".
func lineAfterTable(raw string, le int) string {
	for at := le; at < len(raw); {
		end := strings.IndexByte(raw[at+1:], '\n')
		if end < 0 {
			end = len(raw) - at - 1
		}
		if l := strings.TrimSpace(raw[at : at+1+end]); l != "" && !strings.HasPrefix(l, "|") {
			return l
		}
		at += 1 + end
	}
	return ""
}

// htmlTableBeside returns, for an HTML table row at raw[ls:le], the text
// of the table's caption and of the lines just before its start tag and
// just after its end tag.
func htmlTableBeside(raw string, ls, le int) []string {
	from := max(0, ls-maxTableReach)
	open := strings.LastIndex(strings.ToLower(raw[from:ls]), "<table")
	if open < 0 {
		return nil
	}
	open += from
	var out []string
	if ps := strings.LastIndexByte(raw[:open], '\n'); ps > 0 {
		prev := strings.LastIndexByte(raw[:ps], '\n') + 1
		out = append(out, withoutTags(raw[prev:ps]))
	}
	to := min(len(raw), le+maxTableReach)
	lower := strings.ToLower(raw[open:to])
	if c := strings.Index(lower, "<caption"); c >= 0 {
		if e := strings.Index(lower[c:], "</caption"); e >= 0 {
			out = append(out, withoutTags(raw[open+c:open+c+e]))
		}
	}
	if e := strings.Index(lower, "</table"); e >= 0 {
		after := raw[open+e:]
		if nl := strings.IndexByte(after, '\n'); nl >= 0 {
			rest := after[nl+1:]
			if end := strings.IndexByte(rest, '\n'); end >= 0 {
				rest = rest[:end]
			}
			out = append(out, withoutTags(rest))
		}
	}
	return out
}

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

// bodyRows counts the rows of the table a sentence stands in, its header
// and separator left out: the lines of a Markdown table, or the "<tr" of
// an HTML one; 0 for a sentence in no table.
func bodyRows(src *reading, sent *sentence) int {
	raw := src.Raw()
	ls, le := src.LineOf(sent.Start)
	switch line := strings.TrimSpace(raw[ls:le]); {
	case strings.HasPrefix(line, "|"):
		n := 0
		for _, l := range markdownTableLines(raw, ls, le) {
			if strings.Trim(l, "|-: \t") != "" {
				n++
			}
		}
		return n - 1 // the header
	case len(cellStarts(line)) > 0:
		from := max(0, ls-maxTableReach)
		open := strings.LastIndex(strings.ToLower(raw[from:ls]), "<table")
		if open < 0 {
			return 0
		}
		rest := strings.ToLower(raw[from+open : min(len(raw), le+maxTableReach)])
		if end := strings.Index(rest, "</table"); end >= 0 {
			rest = rest[:end]
		}
		n := strings.Count(rest, "<tr")
		if strings.Contains(rest, "<th") {
			n-- // the header row
		}
		return n
	}
	return 0
}

// markdownTableLines returns the lines of the Markdown table that holds
// the row raw[ls:le].
func markdownTableLines(raw string, ls, le int) []string {
	start := ls
	for start > 0 {
		ps := strings.LastIndexByte(raw[:start-1], '\n') + 1
		if !strings.HasPrefix(strings.TrimSpace(raw[ps:start-1]), "|") {
			break
		}
		start = ps
	}
	end := le
	for end < len(raw) {
		next := strings.IndexByte(raw[end+1:], '\n')
		if next < 0 {
			next = len(raw) - end - 1
		}
		if !strings.HasPrefix(strings.TrimSpace(raw[end+1:end+1+next]), "|") {
			break
		}
		end += 1 + next
	}
	return strings.Split(raw[start:end], "\n")
}
