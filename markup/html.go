package markup

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

var (
	htmlTag    = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>`)
	htmlEntity = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});`)
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

// entities records the entities of line[from:to] as substitutions.
func entities(line string, from, to int, lm *Line) {
	for _, loc := range htmlEntity.FindAllStringSubmatchIndex(line[from:to], -1) {
		name := line[from+loc[2] : from+loc[3]]
		text := html.UnescapeString("&" + name + ";") // every entity of HTML5
		ok := text != "&"+name+";"
		if strings.HasPrefix(name, "#") {
			var n int64
			var err error
			if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
				n, err = strconv.ParseInt(name[2:], 16, 32)
			} else {
				n, err = strconv.ParseInt(name[1:], 10, 32)
			}
			ok = err == nil && n > 0 && n <= 0x10FFFF && (n < 0xD800 || n > 0xDFFF)
			text = string(rune(n))
		}
		if ok {
			lm.Subs = append(lm.Subs, Sub{From: from + loc[0], To: from + loc[1], Text: text})
		}
	}
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
