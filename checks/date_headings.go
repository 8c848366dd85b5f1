package checks

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
)

// A dateHeading is a paragraph that is only a date, as a live blog of
// several days heads each day's entries ("## Tuesday, April 8", "Tuesday
// 8 April 2025 09.15 BST"): the sentences after it, up to the next one,
// were written on that day, and count their relative dates ("yesterday",
// "tonight", "on Monday") from it rather than from the publication date.
type dateHeading struct {
	from, to int        // the sentences it heads: from the one after it up to, not with, to
	day      facts.Span // the day it gives
	line     int        // its line in the file, for evidence
	level    int        // its markup's heading level ("## " is 2), 0 for a paragraph of plain text
	// far marks a heading of markup beyond headingReach of the publication
	// date: a changelog's or a timeline's entry ("## 2026-01-14"), which
	// dates the entries below it that give no date of their own, but no
	// writing that relative dates could count from.
	far bool
}

// headingReach is how far from the publication date a date heading may
// lie: a live blog's days are near it, where a heading years before is a
// timeline's entry ("### 2 June 2022"), which dates no writing.
const headingReach = 31 * 24 * time.Hour

// maxHeadingBytes is the longest a date heading may be: a date, a weekday
// and a clock time with its zone.
const maxHeadingBytes = 64

// headingWords may stand in a date heading beside the date: clock times
// and zones ("09.15 BST", "7:15 p.m."), and the days of the week.
var headingWords = lexicon.Set("stamp-words")

// dayOf returns the day a sentence was written on: the day of the latest
// date heading before it, or else the publication date; and, for
// evidence, what gave it ("" for the publication date).
func (r *reading) dayOf(sent *sentence) (facts.Span, string) {
	var h *dateHeading
	hs := r.dateHeadingList()
	for k := range hs {
		if hs[k].from <= sent.index && sent.index < hs[k].to {
			if !hs[k].far {
				h = &hs[k]
			}
			break // sections do not overlap
		}
	}
	if h == nil || h.day == r.Published {
		return r.Published, "" // a date line of the day of publication
	}
	return h.day, "the date heading of line " + strconv.Itoa(h.line) + ","
}

// dateHeadingList returns the source's date headings, found on first use.
func (r *reading) dateHeadingList() []dateHeading {
	if r.headings == nil {
		r.headings = r.dateHeadings()
	}
	return *r.headings
}

// dateHeadings finds the source's date headings, in order. A heading's
// date with no year takes the publication date's year, as any date does;
// one whose weekday is not its date's is no heading.
func (r *reading) dateHeadings() *[]dateHeading {
	out := []dateHeading{}
	for i := range r.sents {
		sent := &r.sents[i]
		h, ok := r.dateHeadingAt(i)
		if !ok {
			if n := len(out); n > 0 && out[n-1].to == len(r.sents) && out[n-1].level > 0 && closesHeading(r, sent, out[n-1].level) {
				out[n-1].to = i // "## What happens next" after "## Tuesday, April 8"
			}
			continue
		}
		if n := len(out); n > 0 && out[n-1].to > i {
			out[n-1].to = i
		}
		h.from, h.to, h.line = i+1, len(r.sents), r.Pos(sent.Start).Line
		out = append(out, h)
	}
	return &out
}

// dateHeadingAt reads sentence i as a date heading near the publication
// date.
func (r *reading) dateHeadingAt(i int) (dateHeading, bool) {
	sent := &r.sents[i]
	if raw := r.Raw()[sent.Start:sent.End]; !r.aloneInParagraph(i) || len(raw) > 4*maxHeadingBytes || !strings.ContainsAny(raw, "0123456789") {
		return dateHeading{}, false // most sentences: no fold, no copy of their text (markup may make the raw bytes longer)
	}
	day, ok := titledDay(r, sent)
	if !ok && len(sent.Text()) > maxHeadingBytes {
		return dateHeading{}, false
	}
	if !ok {
		day, ok = headingDay(sent, r.Published)
	}
	if !ok {
		return dateHeading{}, false
	}
	level := headingLevel(r, sent)
	far := r.HasDate() && (day.First.Sub(r.Published.Last) > headingReach || r.Published.First.Sub(day.Last) > headingReach)
	if far && level == 0 {
		return dateHeading{}, false // a date alone in plain text far from the publication: a timeline's, or a date line
	}
	return dateHeading{day: day, level: level, far: far}, true
}

// closesHeading reports whether a sentence is a heading of the given
// level or a higher one, which ends the section a date heading opened.
func closesHeading(r *reading, sent *sentence, level int) bool {
	l := headingLevel(r, sent)
	return l > 0 && l <= level
}

// headingLevel returns the level of the heading a sentence opens ("## " is
// 2, "<h3>" 3), or 0 when its line is no heading.
func headingLevel(r *reading, sent *sentence) int {
	if !sent.First || !headingLine(r, sent) {
		return 0
	}
	ls, le := r.LineOf(sent.Start)
	line := strings.TrimSpace(r.Raw()[ls:le])
	if n := len(line) - len(strings.TrimLeft(line, "#")); n > 0 {
		return n
	}
	return int(line[2] - '0') // "<h2>"
}

// aloneInParagraph reports whether sentence i is the whole of its
// paragraph.
func (r *reading) aloneInParagraph(i int) bool {
	s := r.sents[i]
	return s.First && (i+1 == len(r.sents) || r.sents[i+1].Para != s.Para)
}

// titledDay reads a heading of markup that opens with a day and gives a
// title after a dash or a colon, as a changelog or a blog heads its
// entries: "## 2025-10-14 — Scale tier is generally available".
func titledDay(r *reading, sent *sentence) (facts.Span, bool) {
	if !headingLine(r, sent) {
		return facts.Span{}, false // most paragraphs: no fold
	}
	ds := sent.dateMentions()
	if len(ds) != 1 || ds[0].start != 0 || ds[0].end >= len(sent.folded().tokens) {
		return facts.Span{}, false
	}
	if g := strings.TrimSpace(sent.scanner().gap(ds[0].end)); g != "—" && g != "–" && g != "-" && g != ":" {
		return facts.Span{}, false
	}
	if ds[0].expr.year == 0 {
		return facts.Span{}, false // a changelog's entry gives its year
	}
	return oneDay(ds[0], r.Published)
}

// oneDay returns the day a date mention gives on its own: a day of a
// month, no range, its year given or the publication's.
func oneDay(d dateMention, pub facts.Span) (facts.Span, bool) {
	if d.expr.rel != absolute || d.expr.day == 0 || d.expr.to != nil || d.expr.year == 0 && pub.First.IsZero() {
		return facts.Span{}, false
	}
	day, _, _ := d.expr.absoluteSpan(pub)
	return day, day.Precision == facts.Day
}

// headingDay reads a sentence that is one date of a known day and nothing
// else but a weekday, a clock time and a zone.
func headingDay(sent *sentence, pub facts.Span) (facts.Span, bool) {
	ds := sent.dateMentions()
	if len(ds) != 1 || len(sent.boundMentions()) != 0 {
		return facts.Span{}, false
	}
	d := ds[0]
	day, ok := oneDay(d, pub)
	if !ok {
		return facts.Span{}, false
	}
	for k, t := range sent.folded().tokens {
		wd, isDay := weekdayOf(t.Text)
		switch {
		case isDay && wd != day.First.Weekday():
			return facts.Span{}, false // "Monday, April 8" where April 8 is a Tuesday
		case isDay, k >= d.start && k < d.end, isDigits(t.Text), headingWords[t.Text], zoneOffsets[t.Text] != nil:
		default:
			return facts.Span{}, false
		}
	}
	return day, true
}

// weekdayOf reads a day of the week, in full, short ("Tue") or in
// another language ("Dienstag", "mardi").
func weekdayOf(w string) (time.Weekday, bool) {
	if wd, ok := weekdays[w]; ok {
		return wd, true
	}
	if wd, ok := otherWeekdays[w]; ok {
		return wd, true
	}
	if !weekdayAbbreviations[w] {
		return 0, false
	}
	for name, wd := range weekdays {
		if strings.HasPrefix(name, w) {
			return wd, true
		}
	}
	return 0, false
}

// headingOnly reports whether a date that disagrees, counted from the
// date heading above its sentence, would agree counted from the
// publication date: the two readings of a text whose headings and
// sources.yaml disagree, neither certain.
func (r *reading) headingOnly(f *facts.Fact, sent *sentence, e dateExpr) bool {
	if _, by := r.dayOf(sent); by == "" {
		return false
	}
	d, _, ok := resolveAgreeing(f, e, r.Published)
	return ok && f.Date.Agrees(d)
}

// resolveIn places a sentence's date on the calendar as resolveAgreeing
// does, counting from the day the sentence was written (see dayOf).
func (r *reading) resolveIn(f *facts.Fact, sent *sentence, e dateExpr) (facts.Date, string, bool) {
	day, by := r.dayOf(sent)
	d, how, ok := resolveAgreeing(f, e, day)
	if weekOpen(day) && weekdayExpr(e) && len(sent.dateMentions()) == 1 {
		if dw, howw, okw := weekdayOnly(f, e, day); okw {
			return dw, howw, true
		}
	}
	if by != "" {
		how = strings.Replace(how, "the publication date", by, 1)
	}
	return d, how, ok
}

// dayOfReport returns the day a sentence was written on (see dayOf).
func (r *reading) dayOfReport(sent *sentence) facts.Span {
	day, _ := r.dayOf(sent)
	return day
}

// explainHeadings lists the source's date headings, which date the
// sentences below them.
func explainHeadings(b *strings.Builder, src *reading) {
	for _, h := range src.dateHeadingList() {
		if h.far {
			fmt.Fprintf(b, "  line %d is a date heading far from the publication date (a changelog's or a timeline's entry): it dates the entries below it that give no date of their own, %s\n", h.line, h.day.First.Format("Mon 2006-01-02"))
			continue
		}
		fmt.Fprintf(b, "  line %d is a date heading: relative dates below it, up to the next date heading or heading of its level, resolve against %s\n", h.line, h.day.First.Format("Mon 2006-01-02"))
	}
}

// entrysOwn reports whether a date may be an entry's own: not after
// "since", nor of a year outside the sheet's and one either side ("the
// first major release since 4.0 in May 2023").
func (m *matcher) entrysOwn(d dateMention) bool {
	y := d.expr.year
	return !d.since && !(y != 0 && len(m.era.spans) > 0 && !m.era.holds(y, y))
}

// headedEntries dates the located sentences that give no date of their
// own by the date heading of their entry, for a date fact whose cell
// found nothing sure: a live blog's "3:40 a.m. — The storm has made
// landfall" under "## Tuesday, September 9", a changelog's "API v3 is
// generally available." under "## 2025-03-04" (see entrysOwn for the
// dates a sentence may give that are not its own). The heading's day agrees
// when it is the sheet's; another day is unsure, never a contradiction: a
// post may tell of the night before, and an entry of what it follows up.
// A sentence of the future or a plan ("Landfall is expected within two
// hours") is not dated so, nor one under a lone date of plain text, which
// is a date line rather than the heading of entries, unless a time stamps
// its entry: a plain-text live blog of one day ("Monday, August 11" over
// "5:32 a.m. — The evacuation order is in effect").
func (m *matcher) headedEntries(c *Cell, src *reading, anchors [][]span) {
	hs := src.dateHeadingList()
	used := make(map[int]bool)
	for k := range anchors {
		sent := &src.sents[k]
		if anchors[k] == nil || slices.ContainsFunc(sent.dateMentions(), m.entrysOwn) || sent.hasAny(forecastWords) {
			continue
		}
		for _, h := range hs {
			if k < h.from || k >= h.to || h.from == 0 || used[h.from] || h.level == 0 && len(hs) == 1 && entryStamp(src, sent) == "" {
				continue
			}
			used[h.from] = true
			head := &src.sents[h.from-1]
			fd := m.finding(src, head, head.dateMentions()[0].span)
			d := facts.Single(h.day)
			fd.Value, fd.Agrees, fd.Kind = d.String(), m.fact.Date.Agrees(d), "different-date"
			fd.How = "no date of its own in the sentence at " + src.Pos(sent.Start).String() + ": the date heading of its entry dates it"
			if !fd.Agrees {
				fd.Unsure, fd.How = true, joinHow(fd.How, "unsure: an entry may tell of another day than the one it was written on")
			}
			m.tracef("%s: %q gives no date of its own; the date heading of line %d gives %s", src.Pos(sent.Start), sent.Text(), h.line, d)
			c.Findings = append(c.Findings, fd)
		}
	}
}
