package markup

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

var (
	htmlTag    = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>`)
	htmlBlocks = map[string]bool{
		"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
		"h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "td": true, "th": true, "table": true,
		"section": true, "article": true, "header": true, "footer": true, "blockquote": true,
		"title": true, "figcaption": true, "dt": true, "dd": true, "hr": true, "main": true, "nav": true,
	}
	htmlSkipped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}
)

// htmlCleaner extracts the text of HTML: tags dropped (block tags break
// paragraphs), script and style skipped, comments dropped, entities
// decoded. Tags and comments may span lines.
type htmlCleaner struct {
	skip    string // the element whose content is skipped, until it closes
	inTag   bool   // inside a tag that opened on an earlier line
	comment bool   // inside a comment that opened on an earlier line
}

func (h *htmlCleaner) Clean(line string) Line {
	lm := Line{Join: true}
	i := 0
	cutTo := func(end int) {
		if end > i {
			lm.Cuts = append(lm.Cuts, [2]int{i, end})
		}
		i = end
	}
	for i < len(line) {
		switch {
		case h.comment:
			if e := strings.Index(line[i:], "-->"); e >= 0 {
				cutTo(i + e + 3)
				h.comment = false
			} else {
				cutTo(len(line))
			}
		case h.inTag:
			if e := strings.IndexByte(line[i:], '>'); e >= 0 {
				cutTo(i + e + 1)
				h.inTag = false
			} else {
				cutTo(len(line))
			}
		case h.skip != "":
			closing := "</" + h.skip
			if e := strings.Index(strings.ToLower(line[i:]), closing); e >= 0 {
				cutTo(i + e)
				h.skip = ""
			} else {
				cutTo(len(line))
			}
		default:
			lt := strings.IndexByte(line[i:], '<')
			if lt < 0 {
				entities(line, i, len(line), &lm)
				i = len(line)
				continue
			}
			entities(line, i, i+lt, &lm)
			i += lt
			rest := line[i:]
			if strings.HasPrefix(rest, "<!--") {
				h.comment = true
				continue
			}
			if strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?") {
				h.inTag = true // a declaration: <!DOCTYPE html>, <?xml ...?>
				continue
			}
			loc := htmlTag.FindStringSubmatchIndex(rest)
			if loc == nil || loc[0] != 0 {
				if strings.IndexByte(rest, '>') < 0 && len(rest) > 1 && (rest[1] == '/' || isASCIILetter(rest[1])) {
					h.inTag = true // a tag that goes on to the next line
					continue
				}
				entities(line, i, i+1, &lm) // a lone "<" is text
				i++
				continue
			}
			name := strings.ToLower(rest[loc[4]:loc[5]])
			if htmlBlocks[name] {
				lm.Breaks = append(lm.Breaks, i)
			}
			if htmlSkipped[name] && loc[3] == loc[2] {
				h.skip = name
			}
			cutTo(i + loc[1])
		}
	}
	return lm
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// entities records the character references of line[from:to] as
// substitutions: every named reference of HTML5 closed by ";" (&eacute;
// &frac12; &CounterClockwiseContourIntegral;) and numeric ones that name
// a character (&#8217; &#x2019;).
func entities(line string, from, to int, lm *Line) {
	text := line[:to]
	for i := from; i < to; {
		amp := strings.IndexByte(text[i:], '&')
		if amp < 0 {
			return
		}
		i += amp
		end, char := referenceAt(text, i)
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
// reference takes the letters and digits that follow, then ";", as the
// HTML tokenizer does: "&notit;" is "¬it;", a legacy name followed by
// letters.
func referenceAt(text string, i int) (int, string) {
	j := i + 1
	if j < len(text) && text[j] == '#' {
		return numericReference(text, j+1)
	}
	for j < len(text) && isASCIIAlnum(text[j]) {
		j++
	}
	if j == i+1 || j == len(text) || text[j] != ';' {
		return -1, ""
	}
	j++
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

// Meta names an element left open.
func (h *htmlCleaner) Meta() Meta {
	switch {
	case h.comment:
		return Meta{Unclosed: "<!-- comment"}
	case h.skip != "":
		return Meta{Unclosed: "<" + h.skip + ">"}
	}
	return Meta{}
}
