package document

import (
	"github.com/factcheck/factcheck/lexicon"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/markup"
	"github.com/factcheck/factcheck/text"
)

// templateTag matches mustache-style template junk left by scrapers.
var templateTag = regexp.MustCompile(`\{\{[^{}\n]*\}\}`)

// labelledDate matches a word and an ISO date at the very top of a file,
// as scrapers and feeds write a date line: "date 2023-03-14", "Published:
// 2023-03-14", "Veröffentlicht: 2022-11-02". Its first group is the word,
// a date line's label when it is one of [date-line-labels] (not
// "Updated:", which is not when the text was written); its second the
// date.
var labelledDate = regexp.MustCompile(`^\s*(\p{L}+)\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)`)

// dateLineLabels: see labelledDate.
var dateLineLabels = lexicon.Set("date-line-labels")

// labelledDayDate matches a word of [date-line-labels] and a date written
// out at the top of a file: "Publié le mercredi 11 juin 2025", "Published
// on June 11, 2025", "Veröffentlicht am 11. Juni 2025". Its first group is
// the word, its second the date, its third the month's word.
var labelledDayDate = regexp.MustCompile(`^\s*(\p{L}+)\s*:?\s+(?:(?i:le|on|am|el|il|em|op|the)\s+)?(?:\p{L}+,?\s+)?((?:\d{1,2}\.?\s+(\p{L}+)\.?\s+\d{4})|(?:(\p{L}+)\.?\s+\d{1,2},?\s+\d{4}))`)

// bylineAfter matches who wrote a text after its date line: "par Camille
// R.", "by Jane Doe", "von Anna Berg".
var bylineAfter = regexp.MustCompile(`^\s*(?i:par|by|von|door|por|di|da)\s+\p{Lu}`)

// dateLineAt returns a date line at the top of a file (see dateLine), or
// one a byline opens below a title and a standfirst (see bylineDateLine),
// or nil.
func dateLineAt(rest string, at region) []int {
	switch at {
	case top:
		return dateLine(rest)
	case head:
		return bylineDateLine(rest) // "Par Laurence Dupuis – Publié le mardi 21 octobre 2025 à 11h52"
	}
	return nil
}

// bylineDateLine returns, below a title and a standfirst, a date line that
// a byline opens and nothing but a time ends ("Par Laurence Dupuis –
// Publié le mardi 21 octobre 2025 à 11h52"; not a book's "By Hilary Mantel
// – Published 5 March 2020 by Fourth Estate"), as dateLine does, or nil.
func bylineDateLine(rest string) []int {
	b := bylineFirst.FindStringIndex(rest)
	if b == nil {
		return nil
	}
	m := dateLine(rest[b[1]:])
	if m == nil || !endsMeta(rest[b[1]+m[3]:]) {
		return nil
	}
	return []int{b[0], b[1] + m[1], b[1] + m[2], b[1] + m[3]}
}

// bylineFirst matches who wrote a text before its date line, and the
// separator after the name: "Par Laurence Dupuis – ", "By Jane Doe | ".
var bylineFirst = regexp.MustCompile(`^\s*(?i:par|by|von|door|por|di|da)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*[,|·•–—-]\s*`)

// dateLine returns the submatch indexes of a date line at the start of a
// line's text (see labelledDate, labelledDayDate), its date as the first
// group, or nil; also after a byline that opens the line ("Par Laurence
// Dupuis – Publié le mardi 21 octobre 2025 à 11h52").
func dateLine(rest string) []int {
	if b := bylineFirst.FindStringIndex(rest); b != nil {
		if m := dateLine(rest[b[1]:]); m != nil {
			return []int{b[0], b[1] + m[1], b[1] + m[2], b[1] + m[3]}
		}
	}
	if m := labelledDate.FindStringSubmatchIndex(rest); m != nil && dateLineLabels[text.Fold(rest[m[2]:m[3]])] {
		return []int{m[0], m[1], m[4], m[5]}
	}
	m := labelledDayDate.FindStringSubmatchIndex(rest)
	if m == nil || !dateLineLabels[text.Fold(rest[m[2]:m[3]])] || !endsMeta(rest[m[1]:]) && !bylineAfter.MatchString(rest[m[1]:]) {
		return nil
	}
	month := m[6:8]
	if month[0] < 0 {
		month = m[8:10]
	}
	if _, ok := months[text.Fold(rest[month[0]:month[1]])]; !ok {
		return nil
	}
	end := m[1]
	if bylineAfter.MatchString(rest[m[1]:]) {
		end = len(strings.TrimRight(rest, " \t")) // "par Camille R." goes with the line
	}
	return []int{m[0], end, m[4], m[5]}
}

// byline matches a byline with the date it was posted at the top of a
// file: "Posted by Priya Malhotra, 15 April 2026", "By Jane Doe | March 3,
// 2026", "Published on 3 March 2026". A "By" must name someone before the
// date: "By 15 April 2026, the city ..." is a deadline of the text. Its
// first group is the date.
var byline = regexp.MustCompile(`^\s*(?:(?i:posted|published)(?:\s+(?i:by)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?|(?i:by)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})\s*[,|·–—:-]?\s*(?i:on\s+)?(\d{1,2} (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})\b`)

// outletLine matches the line of an outlet or an author and the date at
// the top of a file, with no "By": "Alderia Today | 16 October 2025",
// "The Harbour Post · Tuesday, March 3, 2026", "Jane Doe — 2026-03-03".
// Its first group is the date.
var outletLine = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'&-]*(?:\s+(?:\p{Lu}[\p{L}.'&-]*|of|the|de|du|la|le|el|di|der|die|das|van|von)){0,4}\s*[|·•–—]\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{4}-\d{2}-\d{2}|\d{1,2} (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})\b`)

// outletDate returns the match of outletLine in a line, or nil: its name
// is no weekday or month ("Monday | 16 March 2026" heads a timeline), and
// the date ends the line or a separator follows it.
func outletDate(line string) []int {
	m := outletLine.FindStringSubmatchIndex(line)
	if m == nil || !endsMeta(line[m[1]:]) {
		return nil
	}
	name := line[:m[2]]
	if k := strings.IndexAny(name, "|·•–—"); k >= 0 {
		name = name[:k]
	}
	for _, w := range strings.Fields(name) {
		if w = text.Fold(strings.Trim(w, ",|·•:-–—")); bylineNotNames[w] {
			return nil
		}
	}
	return m
}

// issueLine matches a newsletter's or a journal's issue line at the top of
// a file: "Issue 212, Friday 15 May 2026", "Vol. 3, No. 12 - May 15,
// 2026", "Edition 48 · 2026-05-15". Its first group is the date.
var issueLine = regexp.MustCompile(`^\s*(?i:issue|edition|vol\.?|volume|no\.|number)\s*#?\d+(?:\s*[,.]?\s*(?i:no\.|number|issue)\s*#?\d+)?\s*[,|·–—:-]*\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{4}-\d{2}-\d{2}|\d{1,2} (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})\b`)

// postLine matches the byline of a post in a forum or a comment thread,
// anywhere in a file: "BigDaveHGV · posted 15 Nov 2025, 09:12". It dates
// the post, not an event, and not the text: it is dropped, and gives no
// publication date.
var postLine = regexp.MustCompile(`^\s*[*_]*[\p{L}\p{N}_.'-]+(?:\s+[\p{L}\p{N}_.'-]+){0,2}[*_]*\s*[·|•–—-]\s*(?i:posted|published|updated|edited|commented|replied|wrote)\s+(?i:on\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2} (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?)?\s*$`)

// timeAfterDate matches the time that may follow a line's date, perhaps
// after "at" or its like, with a zone: ", at 6:15 p.m. PDT", " à 06h30",
// " 17.31 GMT", " um 9 Uhr", " à 07 h 12".
const timeAfterDate = `(?:,?\s+(?:(?i:at|à|a las|alle|às|om|um)\s+)?\d{1,2}(?:[:.h]\d{2}| h \d{2})?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|(?i:uhr|heures?)))?)?`

// signature matches a line of its own, anywhere in a file, that gives
// when the text was published or updated, perhaps after who wrote it and a
// separator, perhaps with a time after the date: "By Jane Doe, Senior
// News Editor · Updated Tuesday, March 10, 2026", "Par Camille R.
// (Korvan) · Publié le 12 mars 2026 à 06h30", "Published March 11, 2026 at
// 6:15 p.m. PDT", "Publié le mercredi 15 octobre 2025 par Julien M.", in
// emphasis or not ("**Par Julien M.** | Publié le 12 mars 2026"). Its
// first group is the label, its second the date, its third or fourth the
// month's word.
var signature = regexp.MustCompile(`^\s*[*_]*(?:(?i:by|par|von|por|door|di|da)\s+[^·|•&]{1,80}?\s*(?:[·|•]|&middot;|&#183;|&bull;|&#8226;)\s*)?(\p{L}+)\s*:?\s+(?:(?i:on|le|am|el|il|em|op|the)\s+)?(?:\p{L}+\.?,?\s+)?(\d{1,2}\.?\s+(\p{L}+)\.?\s+\d{4}|(\p{L}+)\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})` + timeAfterDate + `(?:\s+(?i:par|by|von|por|door|di|da)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?[*_]*\s*$`)

// bylineDateGroup is the date of a byline, a group with the month's word
// in a group of its own in either order: "2 June 2026", "June 2, 2026",
// "2026-06-02".
const bylineDateGroup = `(\d{1,2}\.?\s+(\p{L}+)\.?,?\s+\d{4}|(\p{L}+)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`

// headByline matches, in the head of a file, a byline or an outlet's line
// whose date follows a separator and ends the line, perhaps with a
// weekday, a time and a zone: "By Dana Whitcomb, food columnist · 2 June
// 2026", "By Ines K., science correspondent, and Tom R. · Tuesday 10
// March 2026 17.31 GMT", "Newsroom staff · Last updated Wednesday, July 15,
// 2026 at 1:05 p.m. CT", who wrote it and the outlet two fields before
// a labelled date ("Anna Lee · Metro News · Posted: Oct 14, 2025 8:05 PM
// ET"). Its first group is who wrote it, its second a label, its third
// the date, its fourth or fifth the month's word.
var headByline = regexp.MustCompile(`^\s*[*_]*([^·|•]{1,120}?(?:\s*[·|•]\s*[^·|•]{1,80}?)?)\s*[·|•]\s*((?i:(?:last\s+)?(?:updated|published|posted|modified))\s*:?\s+(?:(?i:on)\s+)?)?(?:\p{L}+,?\s+)?` + bylineDateGroup + timeAfterDate + `[*_]*\s*$`)

// dateFirstByline matches, early in a file, a line that opens with its
// date and goes on after a separator with who wrote it, perhaps with more
// after another separator: "12 March 2025 | by Dr. Fiona Hartley,
// Contributing Editor | Filed under: Security". Its first group is the
// date, its second or third the month's word.
var dateFirstByline = regexp.MustCompile(`^\s*[*_]*(?:\p{L}+,?\s+)?` + bylineDateGroup + timeAfterDate + `\s*[·|•]\s*(?:(?i:by|par|por)|von|door|di|da)\s+\p{Lu}[^·|•]{0,100}(?:[·|•].*)?$`)

// dateFirstBylineDate returns the match of dateFirstByline in a line, its
// date as the first group, or nil: its words of months must be months.
func dateFirstBylineDate(line string) []int {
	m := dateFirstByline.FindStringSubmatchIndex(line)
	if m == nil || !monthsKnown(line, m[4:6], m[6:8]) {
		return nil
	}
	return m[:4]
}

// updateLineMay reports, cheaply, whether a line below the head may be
// an outlet's line with an update's label (see headBylineDate): a
// separator and "updated" or "modified". Most lines of a body are not, and
// are spared the pattern.
func updateLineMay(line string) bool {
	label := strings.Contains(line, "pdated") || strings.Contains(line, "PDATED") || strings.Contains(line, "odified") || strings.Contains(line, "ODIFIED")
	return label && (strings.Contains(line, "·") || strings.Contains(line, "|") || strings.Contains(line, "•"))
}

// headBylineDate returns the match of headByline in a line when its
// writer opens with "By" or its date has a label, its date as the first
// group, and whether it gives the publication date (a "By" line with no
// label, or one that says published); nil when the line is none.
func headBylineDate(line string) ([]int, bool) {
	m := headByline.FindStringSubmatchIndex(line)
	if m == nil {
		return nil, false
	}
	who, labelled := strings.ToLower(strings.TrimLeft(line[m[2]:m[3]], " *_")), m[4] >= 0
	by := strings.HasPrefix(who, "by ")
	if !by && !labelled {
		return nil, false
	}
	if !monthsKnown(line, m[8:10], m[10:12]) {
		return nil, false
	}
	label := ""
	if labelled {
		label = strings.ToLower(line[m[4]:m[5]])
	}
	published := by && !labelled || strings.Contains(label, "publish") || strings.Contains(label, "posted")
	return []int{m[0], m[1], m[6], m[7]}, published
}

// monthsKnown reports whether each group of a match that was found (its
// start not -1) holds a month of the lexicon: "Monday 16 March", not
// "Day 16 Spring".
func monthsKnown(line string, groups ...[]int) bool {
	for _, g := range groups {
		if g[0] >= 0 {
			if _, ok := months[text.Fold(line[g[0]:g[1]])]; !ok {
				return false
			}
		}
	}
	return true
}

// updateLabels ([date-line-updates]) label when a text was last changed:
// a signature with one is dropped, and dates nothing.
var updateLabels = lexicon.Set("date-line-updates")

// signatureDate returns the match of signature in a whole line, its date
// as the first group, and whether it gives the publication date (a label
// of [date-line-labels]) rather than an update (of [date-line-updates]);
// nil when the line is none.
func signatureDate(line string) ([]int, bool) {
	m := signature.FindStringSubmatchIndex(line)
	if m == nil {
		return nil, false
	}
	label := text.Fold(line[m[2]:m[3]])
	if !dateLineLabels[label] && !updateLabels[label] {
		return nil, false
	}
	if !monthsKnown(line, m[6:8], m[8:10]) {
		return nil, false
	}
	return []int{m[0], m[1], m[4], m[5]}, dateLineLabels[label]
}

// bylineDate returns the match of byline in a line, or nil: a byline
// names someone, not a weekday or a month ("By Monday 16 March 2026 the
// schools close" is text), and ends with its date or goes on after a
// separator ("· Race reports"), not with the rest of a sentence.
func bylineDate(line string) []int {
	m := byline.FindStringSubmatchIndex(line)
	if m == nil {
		return nil
	}
	for _, w := range strings.Fields(line[:m[2]]) {
		if w = text.Fold(strings.Trim(w, ",|·:-–—")); bylineNotNames[w] {
			return nil
		}
	}
	if !endsMeta(line[m[1]:]) {
		return nil
	}
	return m
}

// endsMeta reports whether what follows a date in a line of metadata ends
// it: nothing, a separator ("· Race reports"), a time ("at 10:15 a.m.") or
// a bracket ("(updated 15 April 2026)"), not the rest of a sentence.
func endsMeta(after string) bool {
	after = strings.TrimSpace(after)
	if after == "" {
		return true
	}
	r := []rune(after)[0]
	return strings.ContainsRune("|·•–—-(", r) || strings.HasPrefix(after, "at ") || clockAfter.MatchString(" "+after) || unicode.IsDigit(r)
}

// clockAfter matches a time that ends a line of metadata in another
// language after its date: "à 11h52", "um 14:30 Uhr", "alle 9.15", "a las
// 10:00", "om 8.45" (not "à 07 h 12 les fours ont repris", text).
var clockAfter = regexp.MustCompile(`^` + timeAfterDate + `\s*$`)

// bylineNotNames are words that are no name in a byline: weekdays and
// months ("By Monday 16 March 2026").
var bylineNotNames = lexicon.Set("byline-not-names")

// reviewLine matches a line at the top of a page that says when it was
// last updated or reviewed: "Last reviewed: 14 October 2025", "Updated
// 2025-10-14", "Last updated: Wednesday 17 September 2025 07:58 BST". It
// is dropped with the metadata, as it dates no event, but
// it is not when the text was written: it gives no publication date.
var reviewLine = regexp.MustCompile(`^\s*(?i:(?:last\s+)?(?:updated|reviewed|modified|edited))\s*:?\s*(?i:on\s+)?(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2} (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})\b`)

// topLines is how many lines of text may stand before a date line, none
// of them ending a sentence: a title and a byline.
const topLines = 3

// headLines is how many lines of text may stand before a signature (see
// signature): a section's name, a title, a standfirst and a byline.
const headLines = 6

// A region is where a line stands in a file: at its top, where a date line
// may stand; in its head, after a standfirst, where only a signature may;
// early in its body, among its first lines of text, where a byline with a
// separator before its date may (see headByline); or in its body.
type region int

const (
	body region = iota
	early
	head
	top
)

// A heading tracks the head of a file: its lines of text, and whether a
// sentence has begun the body. One line ending with a stop after the first
// is a standfirst, which leaves the head open.
type heading struct {
	lines      int
	standfirst bool
	bodyBegun  bool
}

// sentence records a line that ends a sentence: a standfirst when it may
// be one (maybe) and none came before it, otherwise the body's first.
func (h *heading) sentence(maybe bool) {
	if maybe && !h.standfirst && !h.bodyBegun {
		h.standfirst = true
		return
	}
	h.bodyBegun = true
}

// regionOf returns the region of the next line, after textLines lines of
// text (topLines once a sentence has ended).
func (h *heading) regionOf(textLines int) region {
	switch {
	case textLines < topLines:
		return top
	case !h.bodyBegun && h.lines < headLines:
		return head
	case h.lines < headLines:
		return early
	}
	return body
}

// dateline matches a news dateline at the start of a line: "PARIS, March
// 12 (Reuters) – ", "LYON, Mar. 14, 2023 — ", "KOUROU, French Guiana, Nov.
// 18, 2025 (Wire) — " (a region of up to three words), day first too
// ("BRUSSELS, 20 March 2026 (Wire) –", "BRUXELLES, 20 mars 2026 –",
// "BERLIN, 20. März –"), and a press release's, its wire between slashes
// and two hyphens ("OTTAWA, ON, Oct. 21, 2025 /CNW/ -", "SAN FRANCISCO,
// Calif., Oct. 21, 2025 /PRNewswire/ --"). Its first group is the date, its second the
// month's word, which must be a month of the lexicon (see datelineDate).
// In HTML the dash may be an entity ("&ndash;"), read before entities are.
var dateline = regexp.MustCompile(`^\s*[\p{Lu}][\p{Lu}\p{M} .'-]+(?:, [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,2})?, ((?:(\p{L}+)\.? \d{1,2}(?:, \d{4})?)|(?:\d{1,2}\.? (\p{L}+)\.?(?: \d{4})?))(?: \([^()]{1,40}\)| /[^/\n]{1,40}/)? ?(?:--?|[–—]|&[nm]dash;|&#821[12];) ?`)

// datelineDate returns the match of dateline in a line, with the date as
// its first group, or nil when the word in the month's place is no month
// ("PARIS, Day 12 –").
func datelineDate(line string) []int {
	m := dateline.FindStringSubmatchIndex(line)
	if m == nil {
		return nil
	}
	month := m[4:6]
	if month[0] < 0 {
		month = m[6:8]
	}
	if _, ok := months[text.Fold(line[month[0]:month[1]])]; !ok {
		return nil
	}
	place := text.Fold(strings.TrimSpace(line[:strings.Index(line, ",")]))
	if _, ok := months[place]; ok || weekdayWords[place] || notPlaces[place] {
		return nil // "MONDAY, 16 March – strike began", "UPDATE, 16 March –": a timeline's entry
	}
	return m[:4]
}

// weekdayWords and notPlaces ([dateline-not-places]) open a timeline's
// entry or a label, not a dateline: "MONDAY, 16 March –", "UPDATE, 16
// March –".
var weekdayWords, notPlaces = lexicon.Set("weekdays"), lexicon.Set("dateline-not-places")

// metadataLine returns the span of a date line (top of the file only) or
// a dateline that starts line, or nil. Its date is kept as the source's
// line date: it says when the text was filed, not when anything in it
// happened.
//
// lead is where the line's text starts after the markup that opens it
// ("<p>Published: 2025-03-09</p>").
func (s *Source) metadataLine(line string, lead, stop int, at region) []int {
	var m []int
	rest, top := line[lead:stop], at == top
	m = dateLineAt(rest, at)
	if m == nil && top {
		m = bylineDate(rest)
	}
	if m == nil && top {
		if o := outletDate(rest); o != nil {
			s.Notes.DateLines++
			return []int{o[0] + lead, o[1] + lead} // dropped, but no publication date: "Harbour Festival · 12 July 2025" may be a subtitle's event date
		}
	}
	if m == nil && top {
		if m = issueLine.FindStringSubmatchIndex(rest); m != nil && !endsMeta(rest[m[1]:]) {
			m = nil
		}
	}
	if m == nil && at >= head { // below a menu's lines too: "Last updated: Wednesday 17 September 2025 07:58 BST"
		if r := reviewLine.FindStringIndex(rest); r != nil && endsMeta(rest[r[1]:]) {
			s.Notes.DateLines++
			return []int{r[0] + lead, stop} // dropped with the time after it, but no publication date
		}
	}
	if whole := strings.TrimRight(line[lead:], " \t\r"); m == nil && postLine.MatchString(whole) {
		s.Notes.DateLines++
		return []int{lead, lead + len(whole)} // a post's byline, bold or not ("**R. Mulder** · posted ..."): dropped, no publication date
	}
	if m == nil && at >= head {
		if sig := s.signatureLine(line, lead, rest); sig != nil {
			return sig
		}
	}
	if m == nil && (at >= early || updateLineMay(rest)) {
		if b, published := headBylineDate(strings.TrimRight(rest, " \t\r")); b != nil && (at >= early || !published) {
			s.Notes.DateLines++
			if published && s.lineDate == "" {
				s.lineDate = rest[b[2]:b[3]]
			}
			return []int{b[0] + lead, b[1] + lead} // "By Dana W., food columnist · 2 June 2026": dropped
		}
	}
	if m == nil && at >= early {
		m = dateFirstBylineDate(strings.TrimRight(rest, " \t\r")) // "12 March 2025 | by F. Hartley | Filed under: ...": its date is when it was published
	}
	if m == nil && strings.Contains(rest[:min(len(rest), 80)], ",") {
		m = datelineDate(rest)
	}
	if m == nil {
		return nil
	}
	s.Notes.DateLines++
	if s.lineDate == "" {
		s.lineDate = rest[m[2]:m[3]]
	}
	return []int{m[0] + lead, m[1] + lead}
}

// signatureLine returns the span of a signature (see signature) that is
// the text of a line, rest, or the whole line after lead when markup
// ends its text early ("**Par J. M.** | Publié le ..."), and keeps the
// date of one that gives the publication date; or nil.
func (s *Source) signatureLine(line string, lead int, rest string) []int {
	for k := range 3 {
		whole := strings.TrimRight(rest, " \t\r")
		switch {
		case k == 1:
			whole = strings.TrimRight(line[lead:], " \t\r")
		case k == 2 && !strings.Contains(line, "</"):
			return nil
		case k == 2:
			whole = closingTags.ReplaceAllString(line[lead:], "") // "<p>Par C. A. &middot; Publié le ...</p>"
		}
		if sig, published := signatureDate(whole); sig != nil {
			s.Notes.DateLines++
			if published && s.lineDate == "" {
				s.lineDate = whole[sig[2]:sig[3]]
			}
			return []int{lead, lead + len(whole)} // "By Jane Doe · Updated Tuesday, March 10, 2026": dropped; an update gives no publication date
		}
	}
	return nil
}

// closingTags matches the closing tags that end an HTML line, and the
// white space around them: "</p>" after a signature's date.
var closingTags = regexp.MustCompile(`\s*(?:</\p{L}+\d?>\s*)+$`)

// textSpan returns where the first text of a line starts, past white
// space and the markup cuts that open it, and where the next cut stops it.
func textSpan(line string, cuts [][2]int) (start, stop int) {
	start = textStart(line, cuts)
	stop = len(line)
	for _, c := range cuts {
		if c[0] >= start && c[0] < stop {
			stop = c[0]
		}
	}
	return start, stop
}

// textStart returns where the text of a line starts, past white space and
// the markup cuts that open it.
func textStart(line string, cuts [][2]int) int {
	k := 0
	for moved := true; moved; {
		moved = false
		for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
			k++
		}
		for _, c := range cuts {
			if c[0] <= k && c[1] > k {
				k, moved = c[1], true
			}
		}
	}
	return k
}

// lastText returns the text of a line's last piece that holds more than
// white space, trimmed, or "".
func lastText(pieces []text.Mapped) string {
	for i := len(pieces) - 1; i >= 0; i-- {
		if t := strings.TrimSpace(pieces[i].S); t != "" {
			return t
		}
	}
	return ""
}

// normalise builds the sentences of the source: each line cleaned of
// markup and ignored passages, the pieces kept gathered into paragraphs,
// the paragraphs split into sentences and searched for quoted passages.
func (s *Source) normalise(ignores []Ignore) {
	cl := markup.NewReader(s.Format, s.raw)
	ignored := make([]int, len(ignores))
	ps := paragraphs{seen: make(map[uint64]int)}
	if s.Format == markup.FormatText {
		ps.wrap = wrapWidth(s.raw)
	}
	s.Notes.Lines = len(s.lineStarts)
	if strings.HasSuffix(s.raw, "\n") || strings.HasSuffix(s.raw, "\r") || s.raw == "" {
		s.Notes.Lines--
	}
	textLines := 0           // lines with text so far: a date line may stand among the first
	var hd heading           // where the head of the file ends: a signature may stand in it
	var pieces []text.Mapped // each line's, the array reused
	for li, start := range s.lineStarts {
		end := len(s.raw)
		if li+1 < len(s.lineStarts) {
			end = s.lineStarts[li+1]
		}
		line := strings.TrimRight(s.raw[start:end], "\r\n")
		if start == 0 {
			if rest, ok := strings.CutPrefix(line, "\ufeff"); ok {
				start, line = start+3, rest
			}
		}
		mk := cl.Clean(line)
		e := s.editsOf(line, hd.regionOf(textLines), mk, ignores, ignored)
		pieces = s.keptPieces(pieces[:0], line, start, e)
		if t := lastText(pieces); t != "" {
			textLines++
			if end := t[len(t)-1:]; end == "." || strings.ContainsAny(end, "!?") && textLines > 1 {
				hd.sentence(end == "." && textLines > 1 && textLines < headLines)
				textLines = topLines // a sentence: the body has begun (not a headline that asks or exclaims)
			}
			hd.lines++
		}
		s.place(&ps, pieces, line, mk)
	}
	ps.flush()
	s.Notes.DuplicateParagraphs += ps.dups
	s.noteCleaner(cl)
	s.noteIgnored(ignores, ignored)
	s.buildSentences(ps.out)
}

// paragraphs gathers the pieces of text a source keeps into paragraphs,
// dropping a paragraph whose words are those of an earlier one.
type paragraphs struct {
	out []text.Mapped
	// seen gives, by the hash of their words, the last paragraph kept so
	// far, and prev for each paragraph kept the one before it with the
	// same hash, or -1: chains in two flat tables, not a slice per hash.
	seen   map[uint64]int
	prev   []int
	cur    []text.Mapped // the pieces of the paragraph being built
	curEnd int
	dups   int // paragraphs dropped as duplicates
	// wrap is the width a plain text is hard-wrapped at (see wrapWidth),
	// or 0; lastLen the length of the last line with text, in runes.
	wrap, lastLen int
	// lastColon is whether the last line with text ended with a colon: it
	// goes on only with a quotation ("He told the court:" + "\"My client
	// ...").
	lastColon bool
	// lastDateWord is whether the last line with text ended with a word of
	// [wrap-date-words], which may stand before a date: "am" + "19.
	// November" (see opensWithDay).
	lastDateWord bool
	// lastEntry is whether the last line with text was a timeline's entry
	// (see timelineEntry): the next entry then opens a paragraph of its own.
	lastEntry bool
	// lastTextCol is the column where the last line's text starts after a
	// list marker or a stamp, when it ends no sentence (see hangingColumn),
	// or 0; lastOpenEnd whether it ends with a word of [hang-open-ends],
	// which no headline ends with.
	lastTextCol int
	lastOpenEnd bool
}

// hangs reports whether a line is indented to the column where the text
// of the line before starts after its marker or stamp: a hanging indent
// that goes on with that item ("- Seven cavers ... about" + "  400m
// underground", "15:52  Correction: ... downloaded" + "       1.4
// million times.").
func (ps *paragraphs) hangs(line string) bool {
	indent := len(line) - len(strings.TrimLeft(line, " "))
	first, _ := utf8.DecodeRuneInString(line[indent:])
	return ps.lastTextCol > 0 && indent == ps.lastTextCol && !opensItem(line) && (!unicode.IsUpper(first) || ps.lastOpenEnd) // not a headline's standfirst: "  Inquest opened on 3 May"; but "reopened on" + "  Tuesday after ..."
}

// hangOpenEnds: see paragraphs.lastOpenEnd.
var hangOpenEnds = lexicon.Set("hang-open-ends")

// minHangingLine is the fewest runes a line has that runs on into a
// hanging indent: a wrapped line ran to near the width.
const minHangingLine = 60

// hangingColumn returns the column where a line's text starts after a
// list marker ("- ", "* ", "• ", "1. ") or a first word with a digit and
// two spaces or more after it (a stamp, "15:52  "), when the line is long
// and ends no sentence; or 0. The indented line must open with no capital
// (see hangs).
func hangingColumn(line string) int {
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	if utf8.RuneCountInString(t) < minHangingLine || strings.ContainsRune(".!?;:\"”", rune(t[len(t)-1])) {
		return 0 // a short line, a headline's, goes on with nothing
	}
	indent := len(line) - len(strings.TrimLeft(line, " "))
	rest := line[indent:]
	marker := strings.IndexByte(rest, ' ')
	if marker <= 0 {
		return 0
	}
	after := len(rest[marker:]) - len(strings.TrimLeft(rest[marker:], " "))
	switch {
	case opensItem(rest):
	case after >= 2 && strings.ContainsAny(rest[:marker], "0123456789"):
	default:
		return 0
	}
	return indent + marker + after
}

// wrapped reports whether a line goes on with the paragraph of the line
// before in a text hard-wrapped at ps.wrap: that line ran to near the
// width and ended no sentence (see wrapLength), and this one opens no
// list item. "limited messages to 8 MB,
// and" + "4.0 to 4 MB." is one sentence.
func (ps *paragraphs) wrapped(next string) bool {
	item := opensItem(next) && !(ps.lastDateWord && opensWithDay(next)) // "am" + "19. November 2026": a date wrapped
	return ps.wrap > 0 && ps.lastLen >= ps.wrap-wrapSlack && !item && !(timelineEntry(next) && ps.lastEntry) && (!ps.lastColon || opensQuote(next))
}

// opensQuote reports whether a line opens with a quotation mark.
func opensQuote(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(line, " \t"))
	return strings.ContainsRune("\"“„«‘'", r)
}

// wrapLength is the length a line counts for when it may wrap into the
// next: its runes, or 0 for one that ends a sentence or a clause (a
// changelog's entries, each a line) or lays out columns (dot leaders, runs
// of spaces): such a line goes on with nothing. A colon counts the runes:
// the line may go on with a quotation (see lastColon).
func wrapLength(line string) int {
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	if t == "" || strings.ContainsRune(".!?;", rune(t[len(t)-1])) || strings.Contains(t, "  ") || strings.Contains(t, "...") {
		return 0
	}
	return utf8.RuneCountInString(t)
}

// wrapSlack is how much shorter than the width a wrapped line may be: a
// word that did not fit moved to the next line.
const wrapSlack = 15

// wrapWidth returns the width at which a plain text is hard-wrapped, or 0
// when it is not: among the lines followed by another line of text, most
// run to within wrapSlack of the longest (a tenth of them aside, which may
// run over), which is at most maxWrap. A text with one line a paragraph
// has few such lines, or long ones.
func wrapWidth(raw string) int {
	var lens []int
	lines := strings.Split(raw, "\n")
	for i := 0; i+1 < len(lines); i++ {
		a, b := strings.TrimRightFunc(lines[i], unicode.IsSpace), strings.TrimSpace(lines[i+1])
		if a != "" && b != "" {
			lens = append(lens, utf8.RuneCountInString(a))
		}
	}
	if len(lens) < minWrapped {
		return 0
	}
	// The width is the longest line but for a tenth that may run over it
	// (a link, a line the writer did not wrap), in a text of ten such lines
	// or more.
	sorted := slices.Sorted(slices.Values(lens))
	w := sorted[len(sorted)-1-len(sorted)/10]
	near := 0
	for _, n := range lens {
		if n >= w-wrapSlack {
			near++
		}
	}
	if w < minWrap || w > maxWrap || near*5 < len(lens)*3 {
		return 0
	}
	return w
}

// The widths a hard-wrapped text may have, and how many wrapped lines
// show it.
const (
	minWrap    = 40
	maxWrap    = 100
	minWrapped = 5
)

// opensItem reports whether a line opens a list item ("- ", "* ", "• ",
// "1. ", "12) "): it starts a paragraph of its own.
func opensItem(line string) bool {
	line = strings.TrimLeft(line, " \t")
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "• ") {
		return true
	}
	i := dayDigits(line)
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' // not "2024. The"
}

// dayDigits returns how many digits open a line, when they are one or two.
func dayDigits(line string) int {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 2 {
		return 0
	}
	return i
}

// opensWithDay reports whether a line opens with a day and a month's
// name, "19. November": after a line that ends with a word of
// [wrap-date-words] ("am"), a German date wrapped to the line's start, not
// a list item; after any other, a timeline's entry ("1. März Warnstreik").
func opensWithDay(line string) bool {
	line = strings.TrimLeft(line, " \t")
	i := dayDigits(line)
	if i == 0 || !strings.HasPrefix(line[i:], ". ") {
		return false
	}
	word := strings.FieldsFunc(line[i+2:], func(r rune) bool { return !unicode.IsLetter(r) })
	_, month := months[text.Fold(first(word))]
	return month
}

// wrapDateWords: see opensWithDay.
var wrapDateWords = lexicon.Set("wrap-date-words")

// lastWord returns the last word of a line, folded when it holds more than
// ASCII lower case, or "": no allocation for most lines.
func lastWord(line string) string {
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	w := t[strings.LastIndexFunc(t, unicode.IsSpace)+1:]
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return text.Fold(w)
		}
	}
	return w
}

// first returns the first of words, or "".
func first(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// timelineEntry reports whether a line opens with a short stamp holding a
// figure and a dash set off by spaces, as a timeline's entries do: "Sat.,
// March 7 - Systems go down", "06:42 — The first train leaves". Such a
// line after another opens a paragraph of its own; after wrapped prose it
// may go on with it ("...denied that its" + "2 reactors were damaged -").
func timelineEntry(line string) bool {
	for _, dash := range []string{" - ", " – ", " — "} {
		if k := strings.Index(line, dash); k > 0 && k <= maxStamp && isStamp(line[:k]) {
			return true
		}
	}
	return false
}

// isStamp reports whether the words before a timeline's dash stamp a
// moment and nothing else: a clock time, a date in figures, a month or a
// day of the week, with only [stamp-words] beside them ("Sat., March 7",
// "06:42", "2025-03-07", "Day 3"); not "2 units" or "paid a ransom on
// Sunday" of wrapped prose.
func isStamp(s string) bool {
	named, words := false, 0
	for _, w := range strings.FieldsFunc(text.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := months[w]; ok || stampWeekdays[w] {
			named = true
		} else if !stampWords[w] {
			return false
		}
		words++
	}
	figure := strings.ContainsAny(s, "0123456789")
	return named || figure && words > 0 || clockStamp.MatchString(s) || dateStamp.MatchString(s)
}

// clockStamp matches a clock time in a timeline's stamp: "06:42", "3.40";
// dateStamp a year or a date in figures: "2019", "2025-03-07", "7/3".
var clockStamp, dateStamp = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}\b`), regexp.MustCompile(`\b(\d{4}|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?)\b`)

// stampWords may stand in a timeline's stamp beside its figures: "a.m.",
// "noon", "Day 3".
var stampWords = lexicon.Set("stamp-words")

// stampWeekdays are the days of the week, in full and short, that stamp a
// timeline's entry.
var stampWeekdays = lexicon.Set("stamp-weekdays")

// maxStamp is the longest a timeline entry's stamp may be, in bytes.
const maxStamp = 30

// add appends a piece to the paragraph being built.
func (ps *paragraphs) add(piece text.Mapped) {
	ps.cur = append(ps.cur, piece)
	ps.curEnd = piece.At(len(piece.S))
}

// flush ends the paragraph being built.
func (ps *paragraphs) flush() {
	if len(ps.cur) == 0 {
		return
	}
	p := ps.cur[0]
	if len(ps.cur) > 1 {
		// Pieces joined by a space that stands where the piece before ended.
		var b text.Builder
		for i, piece := range ps.cur {
			if i > 0 {
				b.AddAt(" ", ps.cur[i-1].At(len(ps.cur[i-1].S)))
			}
			b.AddMapped(piece)
		}
		p = b.Done(ps.curEnd)
	}
	ps.cur = ps.cur[:0]
	h := text.FieldsHash(p.S)
	last, ok := ps.seen[h]
	if !ok {
		last = -1
	}
	for k := last; k >= 0; k = ps.prev[k] {
		if text.SameFields(ps.out[k].S, p.S) {
			ps.dups++
			return
		}
	}
	ps.seen[h] = len(ps.out)
	ps.prev = append(ps.prev, last)
	ps.out = append(ps.out, p)
}

// lineEdits are what cleaning does to one line: the bytes dropped (nil
// when none), the replacements by where they start, and the positions
// where a new paragraph starts.
type lineEdits struct {
	cut     []bool
	subAt   map[int]markup.Sub
	breakAt map[int]bool
}

// editsOf works out the edits of a line: markup, template tags, a
// metadata line at the top, and ignored passages dropped; entities
// replaced; paragraphs broken where the markup says. Most lines have none.
func (s *Source) editsOf(line string, at region, mk markup.Line, ignores []Ignore, ignored []int) lineEdits {
	var e lineEdits
	cutRange := func(m []int) {
		if e.cut == nil {
			e.cut = make([]bool, len(line))
		}
		markCut(e.cut, m)
	}
	for _, c := range mk.Cuts {
		cutRange(c[:])
	}
	if strings.Contains(line, "{{") {
		for _, m := range templateTag.FindAllStringIndex(line, -1) {
			s.Notes.TemplateTags++
			cutRange(m)
		}
	}
	lead, stop := textSpan(line, mk.Cuts)
	if m := s.metadataLine(line, lead, stop, at); m != nil {
		cutRange(m)
	}
	for i, ig := range ignores {
		for _, m := range ig.Pattern.FindAllStringIndex(line, -1) {
			if m[1] > m[0] {
				ignored[i]++
				cutRange(m)
			}
		}
	}
	for _, sb := range mk.Subs {
		if e.cut == nil || !e.cut[sb.From] {
			if e.subAt == nil {
				e.subAt = make(map[int]markup.Sub)
			}
			e.subAt[sb.From] = sb
			cutRange([]int{sb.From, sb.To})
		}
	}
	for _, b := range mk.Breaks {
		if e.breakAt == nil {
			e.breakAt = make(map[int]bool)
		}
		e.breakAt[b] = true
	}
	return e
}

// keptPieces applies the edits to a line that starts at offset start of
// the source, and appends to pieces the text kept, in pieces split where a
// paragraph breaks, each mapped back to the original bytes.
func (s *Source) keptPieces(pieces []text.Mapped, line string, start int, e lineEdits) []text.Mapped {
	if e.cut == nil && e.breakAt == nil && e.subAt == nil {
		return append(pieces, text.Original(line, start)) // most lines: kept whole
	}
	var kept text.Builder
	kept.Grow(len(line))
	// A cut inside a word (junk such as "00{{x}}0") separates the word,
	// so that every word maps back to original text that is that word.
	cutFrom, subEnd := -1, -1
	for i := 0; i <= len(line); {
		if i == len(line) || e.breakAt[i] {
			pieces = append(pieces, kept.Done(start+i))
			kept = text.Builder{}
			if i == len(line) {
				break
			}
		}
		if sb, ok := e.subAt[i]; ok {
			if cutFrom >= 0 && endsInWord(kept.String()) && startsWord(sb.Text) {
				kept.AddAt(" ", start+cutFrom) // "**5** | **17**" with a header before 17
			}
			kept.AddAt(sb.Text, start+i)
			if sb.To > sb.From { // not a text read before a byte (a column's header)
				if s.subEnds == nil {
					s.subEnds = make(map[int]int)
				}
				s.subEnds[start+i] = start + sb.To
			}
			subEnd = sb.To
		}
		switch {
		case e.cut == nil || !e.cut[i]:
			if cutFrom >= 0 && endsInWord(kept.String()) && startsWord(line[i:]) {
				kept.AddAt(" ", start+cutFrom)
			}
			cutFrom = -1
			// The run of kept bytes up to the next cut, break or
			// replacement is copied whole.
			j := e.runEnd(line, i)
			kept.AddOriginal(line[i:j], start+i)
			i = j
			continue
		case i >= subEnd && cutFrom < 0:
			cutFrom = i
		}
		i++
	}
	return pieces
}

// runEnd returns where the run of kept bytes that starts at line[i] ends:
// at the next cut, break or replacement, or at the end of the line. A line
// without edits, most lines, is one run, found without a look at each byte.
func (e lineEdits) runEnd(line string, i int) int {
	if e.cut == nil && e.breakAt == nil && e.subAt == nil {
		return len(line)
	}
	j := i + 1
	for j < len(line) && (e.cut == nil || !e.cut[j]) && !e.breakAt[j] {
		if _, ok := e.subAt[j]; ok {
			break
		}
		j++
	}
	return j
}

// place adds the pieces kept of a line to the paragraphs: a piece joins
// the paragraph before when the markup says so or the line is a hard wrap
// of it; a blank line ends a paragraph (in HTML, only a tag that breaks
// one, or a line blank in the original).
func (s *Source) place(ps *paragraphs, pieces []text.Mapped, line string, mk markup.Line) {
	blank := true
	for pi, text := range pieces {
		if strings.TrimSpace(text.S) == "" {
			continue
		}
		newPara := pi > 0 || mk.Block
		switch {
		case len(ps.cur) > 0 && !newPara && blank && (mk.Join || isHardWrap(ps.cur[len(ps.cur)-1].S, text.S) || ps.wrapped(text.S) || ps.hangs(line)):
			if !mk.Join {
				s.Notes.HardWraps++
			}
		default:
			ps.flush()
		}
		blank = false
		ps.add(text)
	}
	if !blank {
		ps.lastLen, ps.lastEntry = wrapLength(line), timelineEntry(strings.TrimLeft(line, " \t"))
		ps.lastColon = strings.HasSuffix(strings.TrimRightFunc(line, unicode.IsSpace), ":")
		ps.lastDateWord = wrapDateWords[lastWord(line)]
		ps.lastTextCol = hangingColumn(line)
		ps.lastOpenEnd = hangOpenEnds[lastWord(line)]
	}
	if blank && (s.Format != markup.FormatHTML || len(mk.Breaks) > 0 || strings.TrimSpace(line) == "") {
		ps.flush()
	}
}

// noteCleaner keeps what the reader learnt of the whole source: the
// front matter's title and date, a tag left open.
func (s *Source) noteCleaner(cl markup.Reader) {
	m := cl.Meta()
	s.frontTitle, s.frontDate = m.Title, m.Date
	s.Notes.Unclosed = m.Unclosed
}

// noteIgnored counts the passages dropped by each ignore pattern, patterns
// that give the same reason together.
func (s *Source) noteIgnored(ignores []Ignore, ignored []int) {
	for i, ig := range ignores {
		if ignored[i] == 0 {
			continue
		}
		if k := len(s.Notes.Ignored) - 1; k >= 0 && s.Notes.Ignored[k].Why == ig.Why {
			s.Notes.Ignored[k].Count += ignored[i]
			continue
		}
		s.Notes.Ignored = append(s.Notes.Ignored, IgnoredCount{Why: ig.Why, Count: ignored[i]})
	}
}

// paragraphPassages returns the quoted passages of paragraph pi: those
// between quote marks and those a dash opens (see dashLines), the latter
// where no quote mark's passage overlaps them; or, with neither, a
// transcript's line after a speaker's label, or a paragraph after one that
// introduces speech ("She said:").
func (s *Source) paragraphPassages(paras []text.Mapped, pi int) []Passage {
	p := paras[pi]
	dashed := s.dashLines(p) // "– Vi stänger ingen skola, sade hon."
	if mayQuote(p.S) {
		return withoutOverlaps(s.findPassages(text.FoldMapped(p)), dashed)
	}
	if len(dashed) > 0 {
		return dashed
	}
	if q, ok := s.speakerLine(p); ok {
		return []Passage{q} // "WHITCOMBE: This outbreak was preventable."
	}
	if pi > 0 && introducesSpeech(paras[pi-1].S) {
		if q, ok := s.introducedLine(p); ok {
			return []Passage{q} // "She said:", then her words on their own, as a blockquote's lose their marks
		}
	}
	return nil
}

// withoutOverlaps returns the passages of marked with those of more that
// overlap none of them, in the order they start.
func withoutOverlaps(marked, more []Passage) []Passage {
	out := marked
	for _, q := range more {
		if !slices.ContainsFunc(marked, func(m Passage) bool { return m.Start < q.End && q.Start < m.End }) {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, func(a, b Passage) int { return a.Start - b.Start })
	return out
}

// buildSentences splits the paragraphs into sentences and finds the quoted
// passages of each paragraph, with the sentences each spans.
func (s *Source) buildSentences(paras []text.Mapped) {
	var sents []text.Mapped // each paragraph's, the array reused
	for pi, p := range paras {
		first := len(s.Sentences)
		sents = text.AppendSentences(sents[:0], p)
		for si, sent := range sents {
			s.Sentences = append(s.Sentences, s.newSentence(sent, pi, si == 0))
		}
		found := s.paragraphPassages(paras, pi)
		for _, q := range found {
			q.First, q.Last = -1, -1
			for k := first; k < len(s.Sentences); k++ {
				if sent := s.Sentences[k]; sent.End > q.Start && sent.Start < q.End {
					if q.First < 0 {
						q.First = k
					}
					q.Last = k
				}
			}
			if q.First >= 0 {
				s.passages = append(s.passages, q)
			}
		}
	}
	s.quotes = s.joinInterrupted()
	s.Notes.Paragraphs = len(paras)
	s.Notes.Sentences = len(s.Sentences)
}

func markCut(cut []bool, m []int) {
	for i := m[0]; i < m[1]; i++ {
		cut[i] = true
	}
}

// endsInWord reports whether s ends with a letter or digit.
func endsInWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return text.IsWordRune(r)
}

// startsWord reports whether s starts with a letter or digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return text.IsWordRune(r)
}

// isHardWrap reports whether next continues the paragraph prev: prev stops
// without closing punctuation, next opens no list item, and it starts
// with a lower-case letter or prev ends with a word of [open-line-ends].
func isHardWrap(prev, next string) bool {
	prev = strings.TrimRightFunc(prev, unicode.IsSpace)
	next = strings.TrimLeftFunc(next, unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if strings.ContainsRune(".!?:;\"”’)…", last) || opensItem(next) {
		return false
	}
	return unicode.IsLower(first) || openLineEnds[lowerLastWord(prev)] // "The sunset is" + "September 30, and"
}

// lowerLastWord returns a line's last word when it is written all in lower
// case, or "": "Sunday 4 May" and "9:30 AM" end with no word of
// [open-line-ends], though "may" and "am" are.
func lowerLastWord(line string) string {
	w := line[strings.LastIndexFunc(line, unicode.IsSpace)+1:]
	if strings.IndexFunc(w, unicode.IsUpper) >= 0 {
		return ""
	}
	return text.Fold(w)
}

// openLineEnds are the words that end no sentence, heading or label: a
// line of prose that ends with one goes on with the next line, whatever
// that opens with ("will receive its final update on" + "13 November
// 2025, after which").
var openLineEnds = lexicon.Set("open-line-ends")

func (s *Source) newSentence(m text.Mapped, para int, first bool) *Sentence {
	_, end := s.SpanOf(m, 0, len(m.S))
	return &Sentence{Start: m.At(0), End: end, Para: para, First: first, piece: m}
}
