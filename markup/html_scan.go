package markup

import (
	"strings"

	"golang.org/x/net/html"
)

// htmlEdits is what reading a whole HTML text found, in byte offsets of
// the text, each list in order.
type htmlEdits struct {
	cuts   [][2]int // markup to drop, adjacent ranges merged
	subs   []Sub    // character references with their characters
	breaks []int    // where a block-level tag starts a new paragraph
	// unclosed names an element that never closed and hid the rest of the
	// text, or "".
	unclosed string
}

// A rawKind is how the tokenizer reads the content of an element that
// holds raw text instead of tags: as text, up to its end tag.
type rawKind int

const (
	notRaw     rawKind = iota
	rawHidden          // script, style, noscript, iframe, noembed, noframes: never shown
	rawEscaped         // title, textarea: shown, with character references decoded
	rawLiteral         // xmp, plaintext: shown as written
)

// rawKindOf returns how the content of the element name is read. The
// names are those the tokenizer reads raw text after.
func rawKindOf(name string) rawKind {
	switch name {
	case "script", "style", "noscript", "iframe", "noembed", "noframes":
		return rawHidden
	case "title", "textarea":
		return rawEscaped
	case "xmp", "plaintext":
		return rawLiteral
	}
	return notRaw
}

// isBlock reports whether a tag of the element name, opening or closing,
// starts a new paragraph.
func isBlock(name string) bool {
	switch name {
	case "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
		"tr", "table", "section", "article", "header", "footer", "blockquote",
		"title", "figcaption", "dt", "dd", "hr", "main", "nav", "aside", "figure":
		return true
	}
	return false
}

// htmlScan is the state of one reading of an HTML text, token by token.
type htmlScan struct {
	src   string
	edits htmlEdits
	// raw is the element whose raw text the tokenizer reads next (or read
	// last, until its end tag), rawKind how it is shown; pending is that
	// text when it is shown, kept once the element closes.
	raw     string
	rawKind rawKind
	pending [2]int
	// skip is the element (template, svg) whose content is not text, depth
	// how many of it are open.
	skip    string
	depth   int
	comment bool // the text ends inside a comment
	table   tableScan
}

// tableScan follows the table being read: the headers of its columns,
// from a row of header cells only, so that a body cell is read after its
// column's header, as in Markdown.
type tableScan struct {
	headers []string // the table's column headers
	row     []string // the header cells of the row being read
	col     int      // the column of the next cell
	inHead  bool     // inside a header cell
	data    bool     // the row has a data cell
	depth   int      // how many tables are open
	// spanned marks a table whose columns its headers do not tell: a cell
	// spans several (colspan, rowspan), or a table stands in a cell.
	spanned bool
}

// cellText returns what a cell's start tag reads as: cellMark, and for a
// data cell its column's header when it has one without a digit.
func (t *tableScan) cellText(name string) string {
	text := cellMark
	if name == "td" {
		t.data = true
		if h := t.header(); h != "" {
			text += h + " "
		}
	} else {
		t.inHead = true
		t.row = append(t.row, "")
	}
	t.col++
	return text
}

// header returns the readable header of the column of the next cell, or
// "" (see readableHeader; none in a table whose columns it does not tell).
func (t *tableScan) header() string {
	if t.spanned || t.col >= len(t.headers) {
		return ""
	}
	return readableHeader(t.headers[t.col])
}

// tag follows the table's rows and header cells; raw is the tag as
// written.
func (t *tableScan) tag(name string, tt html.TokenType, raw string) {
	if (name == "td" || name == "th") && tt != html.EndTagToken && containsFold(raw, "span") {
		t.spanned = true // colspan, rowspan: the headers no longer tell the columns
	}
	switch {
	case name == "table" && tt != html.EndTagToken && t.depth > 0:
		t.depth++
		t.spanned = true // a table in a cell: its headers would label the outer one's
	case name == "table" && tt != html.EndTagToken:
		*t = tableScan{depth: 1}
	case name == "table" && tt == html.EndTagToken && t.depth > 0:
		t.depth--
	case name == "tr" && tt != html.EndTagToken:
		t.row, t.col, t.data, t.inHead = nil, 0, false, false
	case name == "tr" && len(t.row) > 0 && !t.data:
		t.headers = t.row // a row of header cells only
	case name == "th" && tt == html.EndTagToken:
		t.inHead = false
	}
}

// text adds text to the header cell being read, if any, up to a header
// longer than maxHeaderWords, which is not read.
func (t *tableScan) text(s string) {
	if t.inHead && len(t.row) > 0 && len(t.row[len(t.row)-1]) < maxHeaderBytes {
		t.row[len(t.row)-1] = strings.Join(strings.Fields(t.row[len(t.row)-1]+" "+s), " ")
	}
}

// maxHeaderBytes bounds the text kept of one header cell: more is no
// header that is read.
const maxHeaderBytes = 200

// containsFold reports whether s holds sub, in any case (sub in lower
// case, ASCII).
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && s[i+k]|0x20 == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// scanHTML reads an HTML text with the tokenizer of golang.org/x/net/html.
// A token's offset is the sum of the lengths of the raw bytes of the
// tokens before it: the tokens partition the text, up to a tag that the
// text ends inside, which the tokenizer drops.
func scanHTML(src string) htmlEdits {
	s := htmlScan{src: src}
	z := html.NewTokenizer(strings.NewReader(src))
	off := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		end := off + len(z.Raw())
		switch tt {
		case html.TextToken:
			s.text(off, end)
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			s.tag(string(name), tt, off, end)
		case html.CommentToken:
			s.cut(off, end)
			s.comment = end == len(src) && openComment(src[off:end])
		default: // a doctype
			s.cut(off, end)
		}
		off = end
	}
	s.end(off)
	return s.edits
}

// openComment reports whether a comment token was ended by the end of the
// text instead of "-->" (or "--!>", or the empty "<!-->").
func openComment(raw string) bool {
	return strings.HasPrefix(raw, "<!--") && !strings.HasSuffix(raw, "-->") && !strings.HasSuffix(raw, "--!>")
}

// cut drops the bytes [from, to).
func (s *htmlScan) cut(from, to int) {
	if to <= from {
		return
	}
	if n := len(s.edits.cuts); n > 0 && s.edits.cuts[n-1][1] == from {
		s.edits.cuts[n-1][1] = to
		return
	}
	s.edits.cuts = append(s.edits.cuts, [2]int{from, to})
}

// text reads a text token: kept with its character references decoded,
// dropped inside an element that is not shown, or held back until the
// raw-text element it is the content of closes.
func (s *htmlScan) text(from, to int) {
	switch {
	case s.depth > 0 || s.rawKind == rawHidden:
		s.cut(from, to)
	case s.rawKind == notRaw:
		var refs Line
		htmlEntities(s.src, from, to, &refs)
		s.edits.subs = append(s.edits.subs, refs.Subs...)
		s.table.text(s.src[from:to])
	default:
		s.pending = [2]int{from, to}
	}
}

// cellMark is what the start tag of a table cell is read as: the cells of
// a row are one sentence, as in a Markdown table ("| Client port | 7402
// |"), so that a row's label and its figure are read together.
const cellMark = " | "

// tag reads a tag: dropped, breaking the paragraph when it is a block's,
// opening or closing an element whose content is raw text or skipped. The
// start tag of a table cell on one line is read as cellMark.
func (s *htmlScan) tag(name string, tt html.TokenType, from, to int) {
	if s.depth == 0 {
		s.table.tag(name, tt, s.src[from:to])
	}
	if (name == "td" || name == "th") && s.depth == 0 && tt != html.EndTagToken {
		text := s.table.cellText(name)
		if !strings.ContainsAny(s.src[from:to], "\r\n") {
			s.edits.subs = append(s.edits.subs, Sub{From: from, To: to, Text: text})
			return
		}
		s.edits.breaks = append(s.edits.breaks, from) // a cell's tag over two lines breaks, as any block's
	}
	s.cut(from, to)
	kind := rawKindOf(name)
	switch {
	case tt == html.EndTagToken && name == s.raw:
		s.closeRaw()
	case tt != html.EndTagToken && kind != notRaw:
		s.raw, s.rawKind = name, kind // the tokenizer reads raw text next
	}
	if s.depth > 0 {
		switch {
		case name != s.skip:
		case tt == html.EndTagToken:
			s.depth--
		case tt == html.StartTagToken || name == "template":
			s.depth++
		}
		return
	}
	if isBlock(name) {
		s.edits.breaks = append(s.edits.breaks, from)
	}
	// A template's content is no text; nor is an svg's, unless it is empty
	// (<svg/>: foreign elements may close themselves, HTML ones may not).
	if tt != html.EndTagToken && (name == "template" || name == "svg" && tt == html.StartTagToken) {
		s.skip, s.depth = name, 1
	}
}

// closeRaw ends a raw-text element: its content is kept when it is shown
// and outside a skipped element, character references decoded in RCDATA.
func (s *htmlScan) closeRaw() {
	from, to := s.pending[0], s.pending[1]
	if s.rawKind == rawEscaped && to > from {
		var refs Line
		htmlEntities(s.src, from, to, &refs)
		s.edits.subs = append(s.edits.subs, refs.Subs...)
	}
	s.raw, s.rawKind, s.pending = "", notRaw, [2]int{}
}

// end finishes the reading at offset off, where the tokenizer stopped:
// the rest is a tag the text ends inside. An element still open that hid
// the rest of the text is named, the innermost first.
func (s *htmlScan) end(off int) {
	unclosedRaw := s.raw != "" && s.raw != "plaintext" // plaintext runs to the end by design
	if unclosedRaw {
		s.cut(s.pending[0], s.pending[1])
	}
	s.cut(off, len(s.src))
	switch {
	case s.comment:
		s.edits.unclosed = "<!-- comment"
	case unclosedRaw:
		s.edits.unclosed = "<" + s.raw + ">"
	case s.depth > 0:
		s.edits.unclosed = "<" + s.skip + ">"
	}
}
