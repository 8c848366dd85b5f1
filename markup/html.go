package markup

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// bom is the UTF-8 byte order mark, which the caller removes from the
// first line.
const bom = "\ufeff"

// htmlReader extracts the text of HTML: tags, comments and doctypes
// dropped (block-level tags break paragraphs), the content of script,
// style, template, svg and the like skipped, character references
// decoded. The whole text is read once, when the reader is made, by the
// tokenizer of golang.org/x/net/html (the WHATWG's rules: quoted
// attributes, tags and comments over several lines, raw text); each line
// is then answered from what was found, in offsets of the line.
type htmlReader struct {
	src   string
	edits htmlEdits
	next  int  // where the next line starts in src
	alone bool // a line was not the next line of src: lines are read on their own
	// the first cut, substitution and break not behind the lines read
	cut, sub, brk int
}

// newHTMLReader reads the HTML text src.
func newHTMLReader(src string) *htmlReader {
	return &htmlReader{src: src, edits: scanHTML(src)}
}

// Clean returns what the markup does to the next line of the text. A line
// that is not the text's next line (the reader was given other text) is
// read on its own, and so is every line after it.
func (h *htmlReader) Clean(line string) Line {
	start, ok := h.locate(line)
	if !ok {
		h.alone = true
		return newHTMLReader(line).Clean(line)
	}
	end := start + len(line)
	h.next = end + lineEnding(h.src, end)
	lm := Line{Join: true}
	cuts := h.edits.cuts
	for h.cut < len(cuts) && cuts[h.cut][1] <= start {
		h.cut++
	}
	for _, c := range cuts[h.cut:] {
		from, to := max(c[0], start), min(c[1], end)
		if from >= end {
			break
		}
		if from < to {
			lm.Cuts = append(lm.Cuts, [2]int{from - start, to - start})
		}
	}
	subs := h.edits.subs
	for h.sub < len(subs) && subs[h.sub].From < start {
		h.sub++
	}
	for ; h.sub < len(subs) && subs[h.sub].To <= end; h.sub++ {
		sb := subs[h.sub]
		lm.Subs = append(lm.Subs, Sub{From: sb.From - start, To: sb.To - start, Text: sb.Text})
	}
	breaks := h.edits.breaks
	for h.brk < len(breaks) && breaks[h.brk] < start {
		h.brk++
	}
	for ; h.brk < len(breaks) && breaks[h.brk] < end; h.brk++ {
		lm.Breaks = append(lm.Breaks, breaks[h.brk]-start)
	}
	return lm
}

// locate returns where line starts in the text, and whether it is there:
// at the start of the next line, past a byte order mark the caller
// removed from the first line.
func (h *htmlReader) locate(line string) (int, bool) {
	if h.alone {
		return 0, false
	}
	start := h.next
	if start == 0 && strings.HasPrefix(h.src, bom) && !strings.HasPrefix(line, bom) {
		start = len(bom)
	}
	end := start + len(line)
	return start, end <= len(h.src) && h.src[start:end] == line
}

// lineEnding returns the length of the line ending at src[i:]: "\r\n",
// "\n" or "\r" alone, or none at the end of the text.
func lineEnding(src string, i int) int {
	switch {
	case strings.HasPrefix(src[i:], "\r\n"):
		return 2
	case i < len(src) && (src[i] == '\n' || src[i] == '\r'):
		return 1
	}
	return 0
}

// Meta names an element left open that hid the rest of the text. The
// whole text is read when the reader is made, so this is known before
// the last line is.
func (h *htmlReader) Meta() Meta { return Meta{Unclosed: h.edits.unclosed} }

// entities records the character references of line[from:to] as
// substitutions: every named reference of HTML5 closed by ";" (&eacute;
// &frac12; &CounterClockwiseContourIntegral;) and numeric ones that name
// a character (&#8217; &#x2019;), as Markdown reads them.
func entities(line string, from, to int, lm *Line) { references(line, from, to, false, lm) }

// htmlEntities is entities for the text of HTML, where the legacy names
// are read without their ";" too ("&copy 2024", "AT&amp T"), as a
// browser does.
func htmlEntities(line string, from, to int, lm *Line) { references(line, from, to, true, lm) }

// references records the character references of line[from:to], named
// ones without ";" too when legacy is set.
func references(line string, from, to int, legacy bool, lm *Line) {
	text := line[:to]
	for i := from; i < to; {
		amp := strings.IndexByte(text[i:], '&')
		if amp < 0 {
			return
		}
		i += amp
		end, char := referenceAt(text, i, legacy)
		if end < 0 {
			i++
			continue
		}
		lm.Subs = append(lm.Subs, Sub{From: i, To: end, Text: char})
		i = end
	}
}

// referenceAt reads the character reference that starts at text[i], an
// "&": its end and what it stands for, or -1 when there is none. A named
// reference takes the letters and digits that follow, as the tokenizer
// does: "&notit;" is "¬it;", a legacy name followed by letters.
func referenceAt(text string, i int, legacy bool) (int, string) {
	j := i + 1
	if j < len(text) && text[j] == '#' {
		return numericReference(text, j+1)
	}
	for j < len(text) && isASCIIAlnum(text[j]) {
		j++
	}
	switch {
	case j == i+1:
		return -1, ""
	case j < len(text) && text[j] == ';':
		j++
	case !legacy:
		return -1, ""
	}
	if char := html.UnescapeString(text[i:j]); char != text[i:j] {
		return j, char
	}
	return -1, ""
}

// numericReference reads the digits of a numeric character reference
// from text[j], past "&#": up to seven decimal digits or "x" and up to six
// hexadecimal ones, then ";". The number must name a character: not 0, a
// surrogate, or past U+10FFFF.
func numericReference(text string, j int) (int, string) {
	base, most := 10, 7
	if j < len(text) && (text[j] == 'x' || text[j] == 'X') {
		j, base, most = j+1, 16, 6
	}
	k := j
	for k < len(text) && k-j < most && isDigitIn(text[k], base) {
		k++
	}
	if k == j || k >= len(text) || text[k] != ';' {
		return -1, ""
	}
	n, err := strconv.ParseInt(text[j:k], base, 32)
	if err != nil || n <= 0 || n > 0x10FFFF || n >= 0xD800 && n <= 0xDFFF {
		return -1, ""
	}
	return k + 1, string(rune(n))
}

// isDigitIn reports whether b is a digit in base 10 or 16.
func isDigitIn(b byte, base int) bool {
	switch {
	case '0' <= b && b <= '9':
		return true
	case base == 16:
		return 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
	}
	return false
}

// isASCIIAlnum reports whether b is an ASCII letter or digit.
func isASCIIAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}
