package checks

import (
	"html"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
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

// sub replaces the bytes [from, to) of a line with text (an HTML entity
// with its character).
type sub struct {
	from, to int
	text     string
}

// lineMarkup is what a format does to one line.
type lineMarkup struct {
	cuts   [][2]int // byte ranges of markup to drop
	subs   []sub    // byte ranges to replace
	breaks []int    // positions where a new paragraph starts
	block  bool     // the line starts a new paragraph
	join   bool     // the line continues the paragraph before it, if any
}

// A cleaner reads the markup of a source line by line.
type cleaner interface {
	clean(line string) lineMarkup
}

func newCleaner(f Format, raw string) cleaner {
	switch f {
	case FormatMarkdown:
		return &markdownCleaner{first: true, frontLines: frontMatterLines(raw)}
	case FormatHTML:
		return &htmlCleaner{}
	}
	return textCleaner{}
}

// textCleaner keeps text as it is; wrapped lines are joined by isHardWrap.
type textCleaner struct{}

func (textCleaner) clean(string) lineMarkup { return lineMarkup{} }

var (
	mdFence      = regexp.MustCompile("^\\s*(```|~~~)")
	mdHeading    = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdHeadTail   = regexp.MustCompile(`\s+#+\s*$`)
	mdQuote      = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdListItem   = regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])\s+`)
	mdRule       = regexp.MustCompile(`^\s{0,3}([-*_]\s*){3,}$`)
	mdTableSep   = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	mdImage      = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink       = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLink    = regexp.MustCompile(`\[([^\]]*)\]\[[^\]]*\]`)
	mdCode       = regexp.MustCompile("`[^`]*`")
	mdEmphasis   = regexp.MustCompile(`\*{1,3}|_{2,3}`)
	mdHTMLBits   = regexp.MustCompile(`<!--.*?-->|</?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>`)
	mdOpenTarget = regexp.MustCompile(`\[([^\]]*)\]\([^)\s]*$`)
	mdSetext     = regexp.MustCompile(`^\s{0,3}=+\s*$`)
	mdIndented   = regexp.MustCompile(`^( {4}|\t)`)
	mdLinkDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S`)
	frontMatter  = regexp.MustCompile(`^(date|title|published):\s*(.*?)\s*$`)
)

// markdownCleaner drops Markdown syntax: front matter, fenced code,
// heading and list markers, quotes, link targets, images, inline code,
// emphasis, tables' rules and pipes, and HTML bits. Lines of one block are
// one paragraph.
type markdownCleaner struct {
	first, inFront, inFence bool
	// frontLines is how many lines the front matter takes, its closing
	// line included; 0 when the file has none (a first "---" with no
	// closing line after key: value lines is a rule, not front matter).
	frontLines int
	line       int  // lines read so far
	blankAbove bool // the line before was blank: an indented line starts code
	inCode     bool // inside an indented code block
	inList     bool // inside a list item: indented lines continue it
	inTarget   bool // inside a link target that goes on from the line before
	// front matter values, for the source's metadata
	date, title string
}

// frontMatterLines returns how many lines the front matter of a Markdown
// file takes: a first line "---", lines of YAML (key: value, indented or
// list lines, blanks), and a closing "---" or "...". 0 when there is none.
func frontMatterLines(raw string) int {
	lines := strings.SplitN(raw, "\n", 200)
	if len(lines) < 2 || strings.TrimSpace(strings.TrimPrefix(lines[0], "\ufeff")) != "---" {
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

var yamlLine = regexp.MustCompile(`^(\s+\S|\s*-\s|[A-Za-z_][\w-]*\s*:)`)

// indentedCode reports whether a line belongs to an indented code block:
// indented by four spaces or a tab after a blank line (or after another
// line of the block), outside a list item, whose indented lines go on.
func (m *markdownCleaner) indentedCode(line string, blankAbove bool) bool {
	indented := mdIndented.MatchString(line) && strings.TrimSpace(line) != ""
	switch {
	case m.inCode && (indented || strings.TrimSpace(line) == ""):
		return true
	case indented && blankAbove && !m.inList:
		m.inCode = true
		return true
	}
	m.inCode = false
	return false
}

// targetGoesOn cuts the rest of a link target that began on the line
// before, up to its closing bracket.
func (m *markdownCleaner) targetGoesOn(line string) lineMarkup {
	end := strings.IndexByte(line, ')')
	if end < 0 {
		return lineMarkup{cuts: [][2]int{{0, len(line)}}, join: true}
	}
	m.inTarget = false
	return lineMarkup{cuts: [][2]int{{0, end + 1}}, join: true}
}

func (m *markdownCleaner) clean(line string) lineMarkup {
	all := lineMarkup{cuts: [][2]int{{0, len(line)}}, block: true}
	first := m.first
	m.first = false
	m.line++
	blankAbove := m.blankAbove
	m.blankAbove = strings.TrimSpace(line) == ""
	switch {
	case mdListItem.MatchString(line) && !m.inCode:
		m.inList = true
	case !m.blankAbove && !mdIndented.MatchString(line):
		m.inList = false // a paragraph of its own ends the list
	}
	switch {
	case first && m.frontLines > 0:
		m.inFront = true
		return all
	case m.inFront && m.line == m.frontLines:
		m.inFront = false
		return all
	case m.inFront:
		if kv := frontMatter.FindStringSubmatch(line); kv != nil {
			v := strings.Clone(strings.Trim(kv[2], `"'`)) // outlives the source's text
			if kv[1] == "title" {
				m.title = v
			} else {
				m.date = v
			}
		}
		return all
	}
	// Block markup starts with one of a few characters; most lines are
	// prose and skip its patterns.
	trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
	block := trimmed != "" && (strings.IndexByte("`~-*_|[#>+:", trimmed[0]) >= 0 || '0' <= trimmed[0] && trimmed[0] <= '9')
	switch {
	case block && mdFence.MatchString(line):
		m.inFence = !m.inFence
		return all
	case m.inFence:
		return all
	case m.indentedCode(line, blankAbove):
		return all
	case block && (mdRule.MatchString(line) || mdTableSep.MatchString(line) || mdLinkDef.MatchString(line)):
		return all
	case trimmed != "" && trimmed[0] == '=' && mdSetext.MatchString(line):
		return all // the underline of a heading
	}
	if m.inTarget {
		return m.targetGoesOn(line)
	}
	var lm lineMarkup
	lm.join = true
	cut := func(re *regexp.Regexp, whole bool, needs string) {
		if !strings.Contains(line, needs) {
			return // the pattern cannot match without it
		}
		for _, loc := range re.FindAllStringSubmatchIndex(line, -1) {
			if whole || len(loc) < 4 || loc[2] < 0 {
				lm.cuts = append(lm.cuts, [2]int{loc[0], loc[1]})
				continue
			}
			// Keep the text of a link: drop what surrounds group 1.
			lm.cuts = append(lm.cuts, [2]int{loc[0], loc[2]}, [2]int{loc[3], loc[1]})
		}
	}
	for _, re := range []*regexp.Regexp{mdHeading, mdQuote, mdListItem} {
		if !block {
			break
		}
		if loc := re.FindStringIndex(line); loc != nil {
			lm.cuts = append(lm.cuts, [2]int{loc[0], loc[1]})
			lm.block = true
		}
	}
	if block && trimmed[0] == '#' {
		if loc := mdHeadTail.FindStringIndex(line); loc != nil && mdHeading.MatchString(line) {
			lm.cuts = append(lm.cuts, [2]int{loc[0], loc[1]})
		}
	}
	cut(mdImage, true, "![")
	cut(mdLink, false, "](")
	cut(mdRefLink, false, "][")
	cut(mdCode, true, "`")
	if strings.ContainsAny(line, "*_") {
		cut(mdEmphasis, true, "")
	}
	cut(mdHTMLBits, true, "<")
	if loc := mdOpenTarget.FindStringSubmatchIndex(line); loc != nil && strings.Contains(line, "](") {
		// [text](http://example.com/a-long-
		//   path): the target goes on to the next line.
		lm.cuts = append(lm.cuts, [2]int{loc[0], loc[2]}, [2]int{loc[3], loc[1]})
		m.inTarget = true
	}
	if strings.Contains(line, "&") {
		entities(line, 0, len(line), &lm)
	}
	if strings.HasPrefix(strings.TrimSpace(line), "|") {
		lm.block = true
		for i := 0; i < len(line); i++ {
			if line[i] == '|' {
				lm.cuts = append(lm.cuts, [2]int{i, i + 1}) // a row is one sentence: "Weight 26 kg"
			}
		}
	}
	return lm
}

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

func (h *htmlCleaner) clean(line string) lineMarkup {
	lm := lineMarkup{join: true}
	i := 0
	cutTo := func(end int) {
		if end > i {
			lm.cuts = append(lm.cuts, [2]int{i, end})
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
				lm.breaks = append(lm.breaks, i)
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
func entities(line string, from, to int, lm *lineMarkup) {
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
			lm.subs = append(lm.subs, sub{from: from + loc[0], to: from + loc[1], text: text})
		}
	}
}
