package checks

import (
	"fmt"
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
	from int        // index of the first sentence after it
	day  facts.Span // the day it gives
	line int        // its line in the file, for evidence
}

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
	if r.headings == nil {
		r.headings = r.dateHeadings()
	}
	var h *dateHeading
	for k := range *r.headings {
		if (*r.headings)[k].from > sent.index {
			break
		}
		h = &(*r.headings)[k]
	}
	if h == nil || h.day == r.Published {
		return r.Published, "" // a date line of the day of publication
	}
	return h.day, "the date heading of line " + strconv.Itoa(h.line) + ","
}

// dateHeadings finds the source's date headings, in order. A heading's
// date with no year takes the publication date's year, as any date does;
// one whose weekday is not its date's is no heading.
func (r *reading) dateHeadings() *[]dateHeading {
	out := []dateHeading{}
	for i := range r.sents {
		sent := &r.sents[i]
		if !r.aloneInParagraph(i) || len(sent.Text()) > maxHeadingBytes || !strings.ContainsAny(sent.Text(), "0123456789") {
			continue
		}
		if day, ok := headingDay(sent, r.Published); ok {
			out = append(out, dateHeading{from: i + 1, day: day, line: r.Pos(sent.Start).Line})
		}
	}
	return &out
}

// aloneInParagraph reports whether sentence i is the whole of its
// paragraph.
func (r *reading) aloneInParagraph(i int) bool {
	s := r.sents[i]
	return s.First && (i+1 == len(r.sents) || r.sents[i+1].Para != s.Para)
}

// headingDay reads a sentence that is one date of a known day and nothing
// else but a weekday, a clock time and a zone.
func headingDay(sent *sentence, pub facts.Span) (facts.Span, bool) {
	ds := sent.dateMentions()
	if len(ds) != 1 || len(sent.boundMentions()) != 0 {
		return facts.Span{}, false
	}
	d := ds[0]
	if d.expr.rel != absolute || d.expr.day == 0 || d.expr.to != nil || d.expr.year == 0 && pub.First.IsZero() {
		return facts.Span{}, false
	}
	day, _, _ := d.expr.absoluteSpan(pub)
	if day.Precision != facts.Day {
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

// resolveIn places a sentence's date on the calendar as resolveAgreeing
// does, counting from the day the sentence was written (see dayOf).
func (r *reading) resolveIn(f *facts.Fact, sent *sentence, e dateExpr) (facts.Date, string, bool) {
	day, by := r.dayOf(sent)
	d, how, ok := resolveAgreeing(f, e, day)
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
	if src.headings == nil {
		src.headings = src.dateHeadings()
	}
	for _, h := range *src.headings {
		fmt.Fprintf(b, "  line %d is a date heading: relative dates below it, up to the next, resolve against %s\n", h.line, h.day.First.Format("Mon 2006-01-02"))
	}
}
