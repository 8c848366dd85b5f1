package markup

import (
	"regexp"
	"strings"
)

var (
	frontMatter = regexp.MustCompile(`^(date|title|published):\s*(.*?)\s*$`)
	yamlLine    = regexp.MustCompile(`^(\s+\S|\s*-\s|[A-Za-z_][\w-]*\s*:)`)
	// openTarget is a link whose target goes on to the next line:
	// "[text](http://example.com/a-long-".
	openTarget = regexp.MustCompile(`\[([^\]]*)\]\([^)\s]*$`)
)

// lineKind is what a line of Markdown is to the paragraphs of text.
type lineKind uint8

const (
	lineBare   lineKind = iota // no text of a paragraph, heading or row
	lineStart                  // the first line with text of a block
	lineGoesOn                 // a later line with text of the same block
)

// markdownReader reads Markdown parsed once, whole, by goldmark: the text
// of the document is what goldmark's AST holds as text, at the byte
// offsets of the source; everything else (markers, code, link targets,
// images, tags) is cut. Clean then answers line by line.
type markdownReader struct {
	src   string   // the source, BOM dropped
	lines [][2]int // each line of src: [start, end) without its ending
	front int      // lines taken by the front matter, its closing line included
	kept  [][2]int // byte ranges of the source kept as text, in order
	// literal are the kept ranges of inline code: no entity is decoded
	// there, as CommonMark shows them as written.
	literal [][2]int
	// inserts are texts read before a kept byte without standing in the
	// source: a table column's header before each of its cells, in order.
	inserts []Sub
	ins     int // the first insert that may be on the next line
	kind    []lineKind
	html    map[int]Line // lines of HTML blocks, as the HTML reader reads them
	meta    Meta

	next     int  // the index of the next line Clean is given
	alone    bool // a line was not the source's next: lines are read on their own
	k        int  // the first range of kept that may reach the next line
	inTarget bool // a link target goes on from the line before
}

// newMarkdownReader parses raw, a Markdown source, and works out the text
// of each line.
func newMarkdownReader(raw string) *markdownReader {
	body := strings.TrimPrefix(raw, bom) // the caller gives the first line without it
	r := &markdownReader{src: body, lines: lineSpans(body), front: frontMatterLines(raw), html: map[int]Line{}}
	r.kind = make([]lineKind, len(r.lines))
	r.readFrontMatter(body)
	r.parse(body)
	return r
}

// lineSpans returns the lines of s as [start, end) without their endings:
// \n, \r\n and \r end a line alike, as for the reader of sources.
func lineSpans(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			out = append(out, [2]int{start, i})
			start = i + 1
		case '\r':
			out = append(out, [2]int{start, i})
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(s)})
}

// frontMatterLines returns how many lines the front matter of a Markdown
// file takes: a first line "---", lines of YAML (key: value, indented or
// list lines, blanks), and a closing "---" or "...". 0 when there is none.
func frontMatterLines(raw string) int {
	lines := strings.SplitN(raw, "\n", 200)
	if len(lines) < 2 || strings.TrimSpace(strings.TrimPrefix(lines[0], bom)) != "---" {
		return 0
	}
	for i, l := range lines[1 : len(lines)-1] {
		t := strings.TrimSpace(l)
		if t == "---" || t == "..." {
			return i + 2
		}
		if t != "" && !yamlLine.MatchString(l) {
			return 0
		}
	}
	return 0
}

// readFrontMatter keeps the title and the date of the front matter, the
// last of each when it gives several.
func (r *markdownReader) readFrontMatter(body string) {
	for _, l := range r.lines[min(1, r.front):max(r.front-1, 0)] {
		kv := frontMatter.FindStringSubmatch(body[l[0]:l[1]])
		if kv == nil {
			continue
		}
		v := strings.Clone(strings.Trim(kv[2], `"'`)) // outlives the source's text
		if kv[1] == "title" {
			r.meta.Title = v
		} else {
			r.meta.Date = v
		}
	}
}

// Clean returns what the Markdown does to the next line of the source. A
// line that is not the source's next line (the reader was given other
// text) is read on its own, and so is every line after it.
func (r *markdownReader) Clean(line string) Line {
	i := r.next
	r.next++
	inTarget := r.inTarget
	r.inTarget = false
	r.alone = r.alone || i >= len(r.lines) || r.src[r.lines[i][0]:r.lines[i][1]] != line
	all := Line{Cuts: [][2]int{{0, len(line)}}, Block: true}
	switch {
	case r.alone:
		return newMarkdownReader(line).Clean(line)
	case i < r.front:
		return all
	}
	if hl, ok := r.html[i]; ok {
		return hl
	}
	runs := r.runsOf(i)
	if len(runs) == 0 {
		return all
	}
	lm := Line{Block: r.kind[i] != lineGoesOn, Join: r.kind[i] == lineGoesOn}
	at := 0
	ls := r.lines[i][0]
	for k, run := range runs {
		if k > 0 && run[0] > at && (line[at] == ' ' || line[at] == '\t') {
			at++ // markup between words keeps a space: "| a | b |" reads "a b"
		}
		if run[0] > at {
			lm.Cuts = append(lm.Cuts, [2]int{at, run[0]})
		}
		for r.ins < len(r.inserts) && r.inserts[r.ins].From < ls+run[1] {
			if in := r.inserts[r.ins]; in.From >= ls+run[0] {
				lm.Subs = append(lm.Subs, Sub{From: in.From - ls, To: in.From - ls, Text: in.Text})
			}
			r.ins++
		}
		if strings.Contains(line[run[0]:run[1]], "&") && !r.isLiteral(ls+run[0]) {
			entities(line, run[0], run[1], &lm)
		}
		at = run[1]
	}
	if at < len(line) {
		lm.Cuts = append(lm.Cuts, [2]int{at, len(line)})
	}
	r.brokenTarget(line, runs, inTarget, &lm)
	return lm
}

// isLiteral reports whether the byte at offset is in inline code.
func (r *markdownReader) isLiteral(offset int) bool {
	for _, l := range r.literal {
		if offset >= l[0] && offset < l[1] {
			return true
		}
	}
	return false
}

// runsOf returns the ranges of line i kept as text, as offsets of the line.
func (r *markdownReader) runsOf(i int) [][2]int {
	ls, le := r.lines[i][0], r.lines[i][1]
	for r.k < len(r.kept) && r.kept[r.k][1] <= ls {
		r.k++
	}
	var runs [][2]int
	for j := r.k; j < len(r.kept) && r.kept[j][0] < le; j++ {
		if from, to := max(r.kept[j][0], ls), min(r.kept[j][1], le); to > from {
			runs = append(runs, [2]int{from - ls, to - ls})
		}
	}
	return runs
}

// brokenTarget cuts a link whose target a hard wrap broke over two lines,
// as scraped Markdown has: "[text](http://example.com/a-long-" and, on the
// line after, "path)". CommonMark lets no line break into a link's target,
// so goldmark reads it all as text, brackets and address included; only
// the link's text is kept here.
func (r *markdownReader) brokenTarget(line string, runs [][2]int, inTarget bool, lm *Line) {
	if inTarget {
		if lm.Join {
			from := runs[0][0]
			n := strings.IndexAny(line[from:], ") \t")
			switch {
			case n < 0 && keptAll(runs, from, len(line)):
				lm.Cuts = append(lm.Cuts, [2]int{from, len(line)})
				r.inTarget = true
				return
			case n >= 0 && line[from+n] == ')' && keptAll(runs, from, from+n+1):
				lm.Cuts = append(lm.Cuts, [2]int{from, from + n + 1})
			}
		}
	}
	if !strings.Contains(line, "](") {
		return
	}
	loc := openTarget.FindStringSubmatchIndex(line)
	if loc != nil && keptAll(runs, loc[0], loc[0]+1) && keptAll(runs, loc[3], loc[1]) {
		lm.Cuts = append(lm.Cuts, [2]int{loc[0], loc[2]}, [2]int{loc[3], loc[1]})
		r.inTarget = true
	}
}

// keptAll reports whether the bytes [from, to) of a line are all kept.
func keptAll(runs [][2]int, from, to int) bool {
	for _, run := range runs {
		if run[0] <= from && from < run[1] {
			from = run[1]
		}
		if from >= to {
			return true
		}
	}
	return from >= to
}

// Meta returns the front matter's title and date, and an element left
// open in an HTML block that ends the source.
func (r *markdownReader) Meta() Meta { return r.meta }
