package markup

import (
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// markdownParser reads CommonMark with GitHub's tables. It is built once:
// building one costs about as much as parsing a short page, and goldmark's
// parser may be used by several goroutines at once (it sets itself up
// once, under a sync.Once, and keeps each parse's state apart).
var markdownParser = goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()

// parse reads body with goldmark (CommonMark, and GFM's tables so that a
// row is one sentence) and records the text of each line. The front
// matter is blanked first, and a lone \r made a \n, so that goldmark sees
// the lines the reader of sources sees, at the same offsets.
func (r *markdownReader) parse(body string) {
	src := []byte(body)
	for _, l := range r.lines[:min(r.front, len(r.lines))] {
		for i := l[0]; i < l[1]; i++ {
			src[i] = ' '
		}
	}
	for i, c := range src {
		if c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			src[i] = '\n'
		}
	}
	doc := markdownParser.Parse(text.NewReader(src))
	var last ast.Node // the block of the text recorded last
	var tab tableReading
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if _, ok := n.(*extast.TableCell); ok {
				tab.opening = "" // an empty cell opens nothing after it
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *extast.Table:
			tab = newTableReading(src, n)
		case *extast.TableHeader, *extast.TableRow:
			tab.col = 0
		case *extast.TableCell:
			tab.enter(n)
		case *ast.Text:
			if tab.opening != "" && n.Segment.Start < n.Segment.Stop {
				r.inserts = append(r.inserts, Sub{From: n.Segment.Start, To: n.Segment.Start, Text: tab.opening})
				tab.opening = ""
			}
			last = r.addText(src, n.Segment, blockOf(n), last)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					last = r.addCode(t.Segment, blockOf(t), last)
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			r.readHTML(body, n)
			last = n
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.Image, *ast.AutoLink, *ast.RawHTML:
			return ast.WalkSkipChildren, nil // no text: a program, an address, a tag
		}
		return ast.WalkContinue, nil
	})
}

// A tableReading follows the Markdown table being walked: its column
// headers, read once, and the column of the cell entered last.
type tableReading struct {
	headers []string // each column's header, "" for one not read
	col     int      // the column of the next cell
	// opening is what the cell entered last is read after, until its
	// first text: a bar that parts it from the cell before ("| "), and for
	// a body cell its column's header ("| Deaths 5" under "| Deaths |").
	opening string
}

// readableHeader returns a column's header as it is read before the
// column's cells, or "" for one that is not: a header with a digit ("|
// 2023 | 2024 |" would read as dates and figures the cells do not hold),
// or of more than maxHeaderWords words.
func readableHeader(h string) string {
	if strings.ContainsAny(h, "0123456789") || len(strings.Fields(h)) > maxHeaderWords {
		return ""
	}
	return h
}

// maxHeaderWords is the most words a column's header may have to be read
// before its cells: a longer one is prose, and would be copied into every
// row.
const maxHeaderWords = 5

// newTableReading reads the headers of a table (see readableHeader).
func newTableReading(src []byte, t *extast.Table) tableReading {
	var tr tableReading
	head, ok := t.FirstChild().(*extast.TableHeader)
	if !ok {
		return tr
	}
	for h := head.FirstChild(); h != nil; h = h.NextSibling() {
		var words []string
		_ = ast.Walk(h, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if t, ok := n.(*ast.Text); ok && entering {
				words = append(words, strings.Fields(string(t.Segment.Value(src)))...)
			}
			return ast.WalkContinue, nil
		})
		tr.headers = append(tr.headers, readableHeader(strings.Join(words, " ")))
	}
	return tr
}

// enter sets what a cell is read after, and moves to the next column.
func (tr *tableReading) enter(cell *extast.TableCell) {
	tr.opening = ""
	if tr.col > 0 {
		tr.opening = "| "
	}
	if _, body := cell.Parent().(*extast.TableRow); body && tr.col < len(tr.headers) && tr.headers[tr.col] != "" {
		tr.opening += tr.headers[tr.col] + " "
	}
	tr.col++
}

// blockOf returns the block whose text n is: its paragraph, heading, or
// table row (the cells of a row are one sentence).
func blockOf(n ast.Node) ast.Node {
	p := n.Parent()
	for p.Parent() != nil && (p.Type() != ast.TypeBlock || p.Kind() == extast.KindTableCell) {
		p = p.Parent()
	}
	return p
}

// lineOf returns the index of the line that holds the byte at offset.
func (r *markdownReader) lineOf(offset int) int {
	return sort.Search(len(r.lines), func(i int) bool { return r.lines[i][1] >= offset })
}

// addText keeps a segment of text of block, and says whether its line
// starts the block's text or goes on with it (last is the block of the
// text before). A backslash that escapes a punctuation mark is cut, and
// the mark kept as a range of its own, so that "\&amp;" stays as written.
// It returns block.
func (r *markdownReader) addText(src []byte, seg text.Segment, block, last ast.Node) ast.Node {
	if seg.Start >= seg.Stop {
		return last
	}
	r.markLine(seg, block, last)
	from := seg.Start
	for i := seg.Start; i < seg.Stop; i++ {
		if src[i] != '\\' || i+1 == seg.Stop || !isASCIIPunct(src[i+1]) {
			continue
		}
		r.keep(from, i)
		r.keep(i+1, i+2)
		from = i + 2
		i++
	}
	r.keep(from, seg.Stop)
	r.meta.Unclosed = "" // the source goes on after any HTML block
	return block
}

// addCode records the text of inline code as it is written, its
// backslashes and entities too: it is text, the flag, version or command
// a sentence names ("use `--on-conflict=replace`"), as HTML's <code> is.
// It returns block.
func (r *markdownReader) addCode(seg text.Segment, block, last ast.Node) ast.Node {
	if seg.Start >= seg.Stop {
		return last
	}
	r.markLine(seg, block, last)
	r.keep(seg.Start, seg.Stop)
	r.literal = append(r.literal, [2]int{seg.Start, seg.Stop})
	return block
}

// markLine marks the line where text at seg starts as opening a block, or
// going on with the block of the text recorded last.
func (r *markdownReader) markLine(seg text.Segment, block, last ast.Node) {
	if li := r.lineOf(seg.Start); r.kind[li] == lineBare {
		r.kind[li] = lineStart
		if block == last {
			r.kind[li] = lineGoesOn
		}
	}
}

// keep records the bytes [from, to) of the source as text.
func (r *markdownReader) keep(from, to int) {
	if to > from {
		r.kept = append(r.kept, [2]int{from, to})
	}
}

// isASCIIPunct reports whether c is a mark a backslash escapes in Markdown.
func isASCIIPunct(c byte) bool {
	return c < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// readHTML reads an HTML block as HTML: a browser shows its text, so the
// HTML reader says what to keep of each of its lines. Markup before the
// block on its lines (a quote's "> ") is cut.
func (r *markdownReader) readHTML(body string, n *ast.HTMLBlock) {
	segs := n.Lines().Sliced(0, n.Lines().Len())
	if n.HasClosure() {
		segs = append(segs, n.ClosureLine)
	}
	var lines []int // index of each line of the block
	var from []int  // where the block starts on each
	var parts []string
	for _, seg := range segs {
		li := r.lineOf(seg.Start)
		if li < len(r.lines) && (len(lines) == 0 || lines[len(lines)-1] != li) {
			ls, le := r.lines[li][0], r.lines[li][1]
			lines, from = append(lines, li), append(from, min(seg.Start, le)-ls)
			parts = append(parts, body[min(seg.Start, le):min(max(seg.Stop, seg.Start), le)])
		}
	}
	hr := NewReader(FormatHTML, strings.Join(parts, "\n"))
	for k, li := range lines {
		hl := hr.Clean(parts[k])
		hl = shift(hl, from[k])
		hl.Block = k == 0 || hl.Block
		r.html[li] = hl
	}
	r.meta.Unclosed = hr.Meta().Unclosed
}

// shift moves what a line's reader said of the part of a line from offset
// on to the whole line, and cuts what comes before it.
func shift(l Line, offset int) Line {
	if offset == 0 {
		return l
	}
	out := Line{Cuts: [][2]int{{0, offset}}, Block: l.Block, Join: l.Join}
	for _, c := range l.Cuts {
		out.Cuts = append(out.Cuts, [2]int{c[0] + offset, c[1] + offset})
	}
	for _, s := range l.Subs {
		out.Subs = append(out.Subs, Sub{From: s.From + offset, To: s.To + offset, Text: s.Text})
	}
	for _, b := range l.Breaks {
		out.Breaks = append(out.Breaks, b+offset)
	}
	return out
}
