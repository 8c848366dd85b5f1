package markup

import (
	"regexp"
	"strings"
	"unicode"
)

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

// targetGoesOn Cuts the rest of a link target that began on the line
// before, up to its closing bracket.
func (m *markdownCleaner) targetGoesOn(line string) Line {
	end := strings.IndexByte(line, ')')
	if end < 0 {
		return Line{Cuts: [][2]int{{0, len(line)}}, Join: true}
	}
	m.inTarget = false
	return Line{Cuts: [][2]int{{0, end + 1}}, Join: true}
}

func (m *markdownCleaner) Clean(line string) Line {
	all := Line{Cuts: [][2]int{{0, len(line)}}, Block: true}
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
	var lm Line
	lm.Join = true
	cut := func(re *regexp.Regexp, whole bool, needs string) {
		if !strings.Contains(line, needs) {
			return // the pattern cannot match without it
		}
		for _, loc := range re.FindAllStringSubmatchIndex(line, -1) {
			if whole || len(loc) < 4 || loc[2] < 0 {
				lm.Cuts = append(lm.Cuts, [2]int{loc[0], loc[1]})
				continue
			}
			// Keep the text of a link: drop what surrounds group 1.
			lm.Cuts = append(lm.Cuts, [2]int{loc[0], loc[2]}, [2]int{loc[3], loc[1]})
		}
	}
	for _, re := range []*regexp.Regexp{mdHeading, mdQuote, mdListItem} {
		if !block {
			break
		}
		if loc := re.FindStringIndex(line); loc != nil {
			lm.Cuts = append(lm.Cuts, [2]int{loc[0], loc[1]})
			lm.Block = true
		}
	}
	if block && trimmed[0] == '#' {
		if loc := mdHeadTail.FindStringIndex(line); loc != nil && mdHeading.MatchString(line) {
			lm.Cuts = append(lm.Cuts, [2]int{loc[0], loc[1]})
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
		lm.Cuts = append(lm.Cuts, [2]int{loc[0], loc[2]}, [2]int{loc[3], loc[1]})
		m.inTarget = true
	}
	if strings.Contains(line, "&") {
		entities(line, 0, len(line), &lm)
	}
	if strings.HasPrefix(strings.TrimSpace(line), "|") {
		lm.Block = true
		for i := 0; i < len(line); i++ {
			if line[i] == '|' {
				lm.Cuts = append(lm.Cuts, [2]int{i, i + 1}) // a row is one sentence: "Weight 26 kg"
			}
		}
	}
	return lm
}

// Meta returns the front matter's title and date.
func (m *markdownCleaner) Meta() Meta { return Meta{Title: m.title, Date: m.date} }
