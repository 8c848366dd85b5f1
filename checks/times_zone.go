package checks

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/lexicon"
)

// timesZoneNote is how a finding says a time with no zone was read in the
// zone its text gives for all its times.
const timesZoneNote = "no zone given: read in the zone the text gives for its times"

// listedZoneNote is how a finding says a time with no zone was read in the
// zone sources.yaml gives its source.
const listedZoneNote = "no zone given: read in the zone sources.yaml gives the source (zone: "

// timesZoneWords is how many words a sentence that gives the zone of a
// text's times may hold: "All times are Eastern Daylight Time (EDT)".
const timesZoneWords = 10

// timesInOpeners open a short sentence that gives the zone of all a text's
// times: "All times Eastern.", "All times are UTC", "Alle Zeiten in MEZ".
var timesInOpeners = phrases("times-in-openers")

// A textZone is the zone a text gives for all its times: its offsets, and
// whether it names a region's standard and daylight time that a sheet's
// zone narrows to its season ("All times Central.").
type textZone struct {
	offs     []int
	seasonal bool
	listed   bool // given by sources.yaml, not by the text
}

// timesZone returns the zone a text gives for all its times in a short
// sentence of its own ("All times Eastern.", "(All times UTC)"), the first
// such sentence counting; else the zone sources.yaml gives the source;
// else none. It is worked out once.
func (r *reading) timesZone() textZone {
	if r.timesIn != nil {
		return *r.timesIn
	}
	var z textZone
	for i := range r.sents {
		sent := &r.sents[i]
		if sent.End-sent.Start > 120 || !mayGiveZone(r.Raw()[sent.Start:sent.End]) {
			continue
		}
		if tz, ok := zoneSentence(sent); ok {
			z = tz
			break
		}
	}
	if z.offs == nil && r.Zone.Written != "" {
		z = textZone{offs: []int{r.Zone.Offset}, listed: true}
	}
	r.timesIn = &z
	return z
}

// mayGiveZone reports, before folding, whether a short text may give the
// zone of all times: it holds the first word of a phrase of
// [times-in-openers], lower case ("all", "times", "alle", "toutes").
func mayGiveZone(raw string) bool {
	l := strings.ToLower(raw)
	for _, p := range timesInOpeners {
		if strings.Contains(l, p[0]) {
			return true
		}
	}
	return false
}

// zoneSentence reads a sentence that gives the zone of all times: a
// phrase of timesInOpeners, perhaps "are" or "in", then a zone, and the
// sentence's end; or such a phrase in brackets after a title, "Timeline
// (all times UTC)".
func zoneSentence(sent *sentence) (textZone, bool) {
	f := sent.folded()
	if len(f.tokens) > timesZoneWords {
		return textZone{}, false
	}
	sc := sent.scanner()
	at := 0
	p := sc.phraseAt(0, timesInOpeners)
	for k := 1; p == nil && k < len(f.tokens); k++ {
		if strings.Contains(sc.gap(k), "(") {
			at, p = k, sc.phraseAt(k, timesInOpeners) // "Timeline (all times UTC)"
		}
	}
	if p == nil {
		return textZone{}, false
	}
	j := at + len(p)
	for timesInLinks[sc.tok(j)] {
		j++
	}
	offs, end, ok := sc.zoneAt(j, false)
	if !ok || end == j || !endsWithDate(sent, end) {
		return textZone{}, false // not "Times in Central, Europe and Asia were hard"
	}
	return textZone{offs: offs, seasonal: sc.seasonalZone(j)}, true
}

// endsWithDate reports whether a sentence ends at token end, or goes on
// only with a date after a comma: "All times UTC, Monday 4 October 2021".
func endsWithDate(sent *sentence, end int) bool {
	n := len(sent.folded().tokens)
	if end >= n {
		return true
	}
	for _, d := range sent.dateMentions() {
		if d.start == end && d.end == n && strings.Contains(sent.scanner().gap(end), ",") {
			return true
		}
	}
	return false
}

// timesInLinks may stand between a phrase of timesInOpeners and the zone:
// "All times are UTC", "Alle Zeiten in MEZ".
var timesInLinks = lexicon.Set("times-in-links")

// localWords, right after a time, say it is the place's: "7 p.m. local",
// "7 p.m. (local)".
var localWords = lexicon.Set("local-words")

// placeAfter reports whether a place stands right after a time: "in" or
// its like, then a word with a capital ("7 p.m. in London").
func placeAfter(sent *sentence, end int) bool {
	return end+1 < len(sent.folded().tokens) && placePreps[sent.scanner().tok(end)] && unicode.IsUpper(sent.writtenAt(end+1))
}

// placeTimeAfter reports whether a place's time that the zone table does
// not know follows a time: a word with a capital and a word of
// [place-time-words] ("7.30am Frankfurt time"), or a word of
// [place-time-before], "de" or "di" and a word with a capital ("a las
// 9.47 hora de Irlanda", "à 10 h, heure de Lyon").
func placeTimeAfter(sent *sentence, end int) bool {
	sc := sent.scanner()
	g := sc.gap(end)
	if sc.tok(end-1) == "m" {
		g = strings.TrimPrefix(g, ".") // "2:28 a.m. Dundalk time"
	}
	if end+1 < len(sc.toks) && plainGap(g) && unicode.IsUpper(sent.writtenAt(end)) && placeTimeWords[sc.tok(end+1)] {
		return true
	}
	return end+2 < len(sc.toks) && strings.Trim(sc.gap(end), " ,") == "" && placeTimeBefore[sc.tok(end)] && placePrepositions[sc.tok(end+1)] && unicode.IsUpper(sent.writtenAt(end+2))
}

// placeTimeWords, placeTimeBefore and placePrepositions: see
// placeTimeAfter.
var (
	placeTimeWords, placeTimeBefore = lexicon.Set("place-time-words"), lexicon.Set("place-time-before")
	placePrepositions               = lexicon.Set("place-time-prepositions")
)

// inTextZone reads the times of a sentence that have no zone, none before
// them in their clause and no "local time" after them, in the zone the
// text gives for all its times (see timesZone): "All times Eastern." above
// a live blog's "1:29 a.m. - The ship strikes a pier".
func inTextZone(src *reading, sent *sentence) {
	cls := sent.clockMentions()
	sc := sent.scanner()
	for i := range cls {
		c := &cls[i]
		if !c.zoneless || localSaid(sent, c.end) || localWords[sc.tok(c.end)] || placeAfter(sent, c.end) || placeTimeAfter(sent, c.end) {
			continue // "7 p.m. local", "7 p.m. (local)", "7 p.m. in London", "7.30am Frankfurt time": another zone, or the place's
		}
		z := src.timesZone()
		if len(z.offs) == 0 {
			return
		}
		c.inZone(z.offs)
		c.textZone, c.seasonal, c.listedZone = true, z.seasonal, z.listed
	}
}

// meridiemExp finds a time written in hours of twelve: a digit, perhaps a
// space, then "a.m.", "p.m.", "am" or "pm" as a word.
var meridiemExp = regexp.MustCompile(`(?i)\d ?[ap]\.?m\b`)

// writesTwelveHours reports whether the source writes a time with "a.m." or
// "p.m." anywhere: a time with neither ("around 4:50" under an entry
// stamped "5:02 p.m.") may then be of either half of the day. It is worked
// out once.
func (r *reading) writesTwelveHours() bool {
	if r.twelve == nil {
		b := meridiemExp.MatchString(r.Raw())
		r.twelve = &b
	}
	return *r.twelve
}

// twelveHourClock reports whether a time is written as hours and minutes
// after a colon with no zone, no "a.m." nor "p.m." and an hour from 1 to
// 11 with no leading zero, in a source that writes its other times in
// hours of twelve: "around 4:50" may be 16:50.
func twelveHourClock(src *reading, sent *sentence, c clockMention) bool {
	sc := sent.scanner()
	h := sc.tok(c.start)
	if c.end != c.start+2 || sc.gap(c.start+1) != ":" || !c.zoneless && !c.textZone || strings.HasPrefix(h, "0") {
		return false
	}
	n, err := strconv.Atoi(h)
	return err == nil && n >= 1 && n <= 11 && src.writesTwelveHours()
}

// afternoon returns a time of the morning twelve hours on.
func (c clockMention) afternoon() clockMention {
	c.local += 12 * 60
	utc := make([]int, len(c.utc))
	for i, u := range c.utc {
		utc[i] = (u + 12*60) % 1440
	}
	c.utc = utc
	return c
}
