// Package markup reads the markup of a source line by line: what to drop
// (Markdown syntax, HTML tags), what to replace (entities) and where
// paragraphs break, by byte offsets of each line, so that what is kept
// maps back to the original file.
package markup

import (
	"path/filepath"
	"strings"
)

// A Format is the markup a source is written in. Markup is not text: it is
// dropped before matching, while evidence still points into the file.
type Format int

// The formats of sources.
const (
	FormatText     Format = iota // plain text, as scraped: .txt and anything unknown
	FormatMarkdown               // .md, .markdown
	FormatHTML                   // .html, .htm
)

// FormatOf returns the format of a source file by its extension.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		return FormatHTML
	}
	return FormatText
}

// A Sub replaces the bytes [From, To) of a line with Text (an HTML entity
// with its character).
type Sub struct {
	From, To int
	Text     string
}

// Line is what a format does to one line: offsets are bytes of the line.
type Line struct {
	Cuts   [][2]int // byte ranges of markup to drop
	Subs   []Sub    // byte ranges to replace
	Breaks []int    // positions where a new paragraph starts
	Block  bool     // the line starts a new paragraph
	Join   bool     // the line continues the paragraph before it, if any
}

// Meta is what a reader learnt of the whole source once every line is
// read: a Markdown front matter's title and date, an element left open.
type Meta struct {
	Title, Date string
	// Unclosed names an element that never closed and hid the rest of an
	// HTML file ("<script>", "<!-- comment"), or "".
	Unclosed string
}

// A Reader reads the markup of one source line by line, in order.
type Reader interface {
	// Clean says what the markup does to the next line, given without
	// its line ending.
	Clean(line string) Line
	// Meta says what the reader learnt of the source so far.
	Meta() Meta
}

// NewReader returns a reader of the source raw, written in format f.
func NewReader(f Format, raw string) Reader {
	switch f {
	case FormatMarkdown:
		return newMarkdownReader(raw)
	case FormatHTML:
		return newHTMLReader(raw)
	}
	return textCleaner{}
}

// textCleaner keeps text as it is; wrapped lines are joined by the reader
// of sentences.
type textCleaner struct{}

func (textCleaner) Clean(string) Line { return Line{} }

func (textCleaner) Meta() Meta { return Meta{} }
