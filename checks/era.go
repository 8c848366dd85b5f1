package checks

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// An era is the years of the sheet's date facts (but those of warning
// severity, the neighbours a sheet adds for earlier events), each widened by a year
// on each side unless the fact is a year or more: the times of the story. A value stated in one clause with
// a year outside them is about another event ("in 2013, eight men stole
// diamonds" beside a theft of 2025). A fact dated long before the rest
// (the year a bridge opened) adds a stretch of its own, and the years
// between stay outside: "in 1979 another bridge fell" beside a bridge of
// 1968 that fell in 2025.
type era struct {
	spans []yearSpan // in order, apart; none when the sheet has no date fact
	// dated are the years the sheet's date facts of a day or a month fall
	// in, not widened: the story's own years (a fact of years, "model
	// years 2021 to 2024", says when something else was).
	dated []yearSpan
	// days are the first and last days of the same facts given to the day.
	days []time.Time
	// stretches are the first and last days of the same facts given to
	// the day or the month (see farFromStory).
	stretches [][2]time.Time
	// wide are the years of the facts of a year or more ("opened: 1968").
	wide []yearSpan
	// zonedSeason is set when a time fact of the sheet is in a zone that
	// gives North America's season (EDT, EST...): the sheet then gives it,
	// and the report's day does not (see northAmericanSeason).
	zonedSeason bool
	// zonedEuropeanSeason is zonedSeason for Europe's season (CET, CEST,
	// BST...: see europeanSeason).
	zonedEuropeanSeason bool
	// local is the zone of the sheet's time facts that are not in UTC,
	// when they share one offset: the story's local zone, in which a time
	// fact kept in UTC reads a source's time with no zone (see zoneless).
	local *facts.Clock
}

// storyZone returns the one zone, other than UTC, of the sheet's time
// facts, or nil when there is none or there are several.
func storyZone(fs []*facts.Fact) *facts.Clock {
	var local *facts.Clock
	for _, f := range fs {
		if f.Kind != facts.KindTime || utcZone(f.Time) {
			continue
		}
		if local != nil && local.Offset != f.Time.Offset {
			return nil
		}
		local = &f.Time
	}
	return local
}

// utcZone reports whether a sheet's time is written in UTC itself ("UTC",
// "Z"), not in a zone of a place that UTC happens to match (GMT).
func utcZone(c facts.Clock) bool {
	z := text.Fold(c.Zone)
	return c.Offset == 0 && (z == "utc" || z == "z")
}

// zoneless returns the clock a time with no zone is read against for a
// fact's time: the fact's own, or, for a fact kept in UTC, the same
// moment in the story's local zone, which local reports give.
func (e era) zoneless(want facts.Clock) facts.Clock {
	if e.local == nil || !utcZone(want) {
		return want
	}
	want.Offset, want.Zone = e.local.Offset, e.local.Zone
	return want
}

// timeZoneIn reports whether a time fact of the sheet is in a zone of
// one of the lists: a zone that gives a season.
func timeZoneIn(fs []*facts.Fact, summer, winter map[string]bool) bool {
	return slices.ContainsFunc(fs, func(f *facts.Fact) bool {
		z := text.Fold(f.Time.Zone)
		return f.Kind == facts.KindTime && (summer[z] || winter[z])
	})
}

// A yearSpan is the years from one year to another, both included.
type yearSpan struct{ from, to int }

// sheetEra returns the era of a sheet's date facts.
func sheetEra(fs []*facts.Fact) era {
	var spans, dated []yearSpan
	var days []time.Time
	var stretches [][2]time.Time
	var wide []yearSpan
	errors := slices.ContainsFunc(fs, func(f *facts.Fact) bool { return f.Kind == facts.KindDate && !f.Warning })
	for _, f := range fs {
		if f.Kind != facts.KindDate || f.Warning && errors {
			continue // a neighbour of warning severity is often an earlier event: not the story's years, when the sheet has others
		}
		from, to := f.Date.Start.First, f.Date.End.Last
		if f.Date.Start.Precision <= facts.Month {
			dated = append(dated, yearSpan{from.Year(), to.Year()}) // a day or a month: when the story happens, not model years
			stretches = append(stretches, [2]time.Time{from, to})
		}
		if f.Date.Start.Precision == facts.Day && f.Date.End.Precision == facts.Day {
			days = append(days, from, to)
		}
		if to.Sub(from) >= 364*24*time.Hour {
			// A year or more ("opened: 1968") says the years itself.
			spans = append(spans, yearSpan{from.Year(), to.Year()})
			wide = append(wide, yearSpan{from.Year(), to.Year()})
			continue
		}
		spans = append(spans, yearSpan{from.Year() - 1, to.Year() + 1})
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].from < spans[b].from })
	e := era{dated: dated, days: days, stretches: stretches, wide: wide, zonedSeason: timeZoneIn(fs, daylightZones, standardZones), zonedEuropeanSeason: timeZoneIn(fs, europeanDaylightZones, europeanStandardZones), local: storyZone(fs)}
	for _, sp := range spans {
		if n := len(e.spans); n > 0 && sp.from <= e.spans[n-1].to+1 {
			e.spans[n-1].to = max(e.spans[n-1].to, sp.to)
			continue
		}
		e.spans = append(e.spans, sp)
	}
	return e
}

// before reports whether a year comes before every stretch of the era: a
// date of saying that early bounds what was said ("told shareholders in
// 2019 that it paid a fine of $12 million" tells of 2019 or before).
func (e era) before(y int) bool {
	return len(e.spans) > 0 && y < e.spans[0].from
}

// storyYear reports whether a date fact of a day or a month falls in year
// y: "last year" is then the story's own, not another year's.
func (e era) storyYear(y int) bool {
	for _, sp := range e.dated {
		if y >= sp.from && y <= sp.to {
			return true
		}
	}
	return false
}

// northAmericanSeason returns the offsets of North America's zones that
// the season rules out on the report's day (see seasonDrops), when that
// day and every day of the sheet's date facts lie on the same side of
// daylight saving time ("11 a.m. ET" in a report of 11 March 2026 is EDT);
// nil when one lies on the other side, or a time fact of the sheet gives
// the season by its zone; with no day of the report, the sheet's days
// alone give it (see reportSeason). It is the sheet's, not
// a fact's: a sentence's times are narrowed once, the same for every fact.
func (e era) northAmericanSeason(day facts.Span) map[int]int {
	if e.zonedSeason {
		return nil
	}
	return e.reportSeason(day, usDaylight, standardOffsets, daylightOffsets)
}

// europeanSeason returns, as northAmericanSeason does for North America,
// the offsets of European zones that the report's day rules out ("8 h 15,
// heure de Paris" in a report of February is CET), or nil; a sheet's time
// in a zone of Europe's season gives it itself (readIn).
func (e era) europeanSeason(day facts.Span) map[int]int {
	if e.zonedEuropeanSeason {
		return nil
	}
	return e.reportSeason(day, euDaylight, europeanStandardOffsets, europeanDaylightOffsets)
}

// reportSeason returns the offsets that a region's season rules out
// (inSummer tells which; in summer summerDrops, the standard offsets, in
// winter winterDrops, the summer ones), or nil. With a report of a known
// day, that day and every day of the sheet's date facts within
// seasonReach of it must lie in the same season. A report with no day
// (no publication date, or only its month) takes the season of the
// sheet's days when all lie in one, with the first and last day of its
// month: "3:47 a.m. ET" in an undated page of a story of April is EDT.
func (e era) reportSeason(day facts.Span, inSummer func(time.Time) bool, summerDrops, winterDrops map[int]int) map[int]int {
	known := !day.First.IsZero() && day.Precision == facts.Day
	ref := day.First
	switch {
	case known:
	case len(e.days) == 0 || !day.First.IsZero() && day.Precision != facts.Month:
		return nil
	case day.First.IsZero():
		ref = e.days[0]
	case inSummer(day.Last) != inSummer(day.First):
		return nil // a month of publication that holds the switch
	}
	summer := inSummer(ref)
	for _, d := range e.days {
		if gap := d.Sub(day.First); known && (gap > seasonReach || gap < -seasonReach) {
			continue // "takes effect on 1 June" says nothing of the season of a time in March
		}
		if inSummer(d) != summer {
			return nil // "9 a.m. ET" of a story in winter, reported in spring
		}
	}
	if summer {
		return summerDrops
	}
	return winterDrops
}

// seasonReach is how far from the report's day a day of the sheet may
// tell of the season its times were given in: a story in winter reported
// in spring; not a change that takes effect months later.
const seasonReach = 30 * 24 * time.Hour

// seasonSwitched reports whether a zone of a region's season
// ([daylight-zones], [european-standard-zones] and the like) is of
// another season on the report's day than on a day of the sheet: the
// clocks may have changed between the event and the report.
func (e era) seasonSwitched(zone string, day facts.Span) bool {
	inSummer, _ := zoneSeason(zone)
	if inSummer == nil || day.First.IsZero() || day.Precision != facts.Day {
		return false
	}
	return slices.ContainsFunc(e.days, func(d time.Time) bool { return inSummer(d) != inSummer(day.First) })
}

// zoneSeason returns, for a zone that names a season of a region
// ([daylight-zones], [european-daylight-zones] and their standard lists),
// the region's rule of summer time and whether the zone is its summer
// one; a nil rule for any other zone.
func zoneSeason(zone string) (inSummer func(time.Time) bool, summer bool) {
	z := text.Fold(zone)
	switch {
	case daylightZones[z]:
		return usDaylight, true
	case standardZones[z]:
		return usDaylight, false
	case europeanDaylightZones[z]:
		return euDaylight, true
	case europeanStandardZones[z]:
		return euDaylight, false
	}
	return nil, false
}

// euDaylight reports whether a day falls in the European Union's summer
// time: from the last Sunday of March to the last Sunday of October.
func euDaylight(t time.Time) bool {
	lastSunday := func(month time.Month) time.Time {
		last := time.Date(t.Year(), month+1, 0, 0, 0, 0, 0, time.UTC)
		return last.AddDate(0, 0, -int(last.Weekday()))
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return !day.Before(lastSunday(time.March)) && day.Before(lastSunday(time.October))
}

// usDaylight reports whether a day falls in the United States' daylight
// saving time: from the second Sunday of March to the first Sunday of
// November.
func usDaylight(t time.Time) bool {
	sunday := func(month time.Month, n int) time.Time {
		first := time.Date(t.Year(), month, 1, 0, 0, 0, 0, time.UTC)
		return first.AddDate(0, 0, (7-int(first.Weekday()))%7+7*(n-1))
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return !day.Before(sunday(time.March, 2)) && day.Before(sunday(time.November, 1))
}

// holds reports whether the years from a to b lie in one stretch of the era.
func (e era) holds(a, b int) bool {
	for _, sp := range e.spans {
		if a >= sp.from && b <= sp.to {
			return true
		}
	}
	return false
}

// otherEvent returns the year of a date in the sentence that lies outside
// the era and governs the value at sp: in the same stretch without a comma
// between them, or in the phrase that opens the sentence ("In 2013, ...",
// "During the 2018 fire, ..."). It returns ""
// when there is none.
func (e era) otherEvent(sent *sentence, sp span, pub facts.Span, own map[string]bool) string {
	if len(e.spans) == 0 {
		return ""
	}
	if y := e.whenClauseYear(sent, sp); y != "" {
		return y // "Saturday's accident is the worst since May 2021, when 14 people were killed": 2021 dates the killing, whatever else the sentence dates
	}
	if e.datesStory(sent, pub, false) {
		return ""
	}
	f := sent.folded()
	for _, d := range sent.dateMentions() {
		y := d.expr.year
		if y == 0 && d.expr.rel == relYear && d.expr.offset <= -2 && !pub.First.IsZero() {
			y = pub.First.Year() + d.expr.offset // "Four years ago the fastest time was 2:03:00"
		}
		if d.said && !e.before(y) || d.deadline || (d.since || d.bare && !openingYear(sent, d.span)) && d.noun < 0 || y == 0 || e.holds(y, y) && (!e.farFromStory(d, pub) || own[strconv.Itoa(y)]) || d.expr.to != nil {
			continue // a deadline ("savings of $450 million by 2028") sets a target, not another event
		}
		if originDate(sent, d.span) || comparedDate(sent, d) {
			continue // "a tanker built in 2014": when a thing was made, no event of the sentence; "up 3.4 points on 2021": what it is compared with
		}
		if sp.start < d.start && (sincePreps[f.tokens[d.start].Text] || sincePreps[f.tokens[max(0, d.start-1)].Text]) && eventAfterBound[sent.scanner().tok(d.end)] {
			continue // "averages 8.4 percent and had not featured since 2019, when X won": the date is the win's
		}
		if sp.start < d.start {
			// After the value, the date must close no clause before it
			// and name no thing the value acts on ("stole a 1908 tiara").
			if d.noun < 0 && !sent.leavesClause(sp, d.span, false) && !subordinateBetween(f.tokens, sp.end, d.start) {
				return strconv.Itoa(y)
			}
			if d.noun < 0 && participleOnNoun(sent, sp, d.span, own) {
				return strconv.Itoa(y) // "Thirteen works, stolen in March 1990,"
			}
			continue
		}
		if d.end > sp.start {
			continue // the value is part of the date
		}
		if inPersonClause(sent, d.span, sp) {
			continue // "Kotut, who finished fourth here two years ago, ran 2:05:47": the date is his earlier race's
		}
		if opensSentence(sent, d.span) || sceneClause(sent, d) || !sent.leavesClause(d.span, sp, true) || labelDate(sent, d.span) || parenthetical(sent, d.span, sp) || datedWithPhrase(sent, d.span, sp) {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// whenClauseYear returns the year of a date outside the sheet's years
// that a clause of [date-clause-openers] after a comma follows, when that
// clause holds the value at sp ("since May 2021, when 14 people were
// killed", "at the old quarry in 2021, where 14 people died"), or "".
func (e era) whenClauseYear(sent *sentence, sp span) string {
	sc := sent.scanner()
	for _, d := range sent.dateMentions() {
		y, k := d.expr.year, d.end
		if y == 0 || k >= sp.start || e.holds(y, y) || d.expr.to != nil {
			continue
		}
		if strings.TrimSpace(sc.gap(k)) == "," && dateClauseOpeners[sc.tok(k)] && !sent.leavesClause(span{k, k + 1}, sp, false) {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// dateClauseOpeners: see whenClauseYear.
var dateClauseOpeners = lexicon.Set("date-clause-openers")

// sinceWhenBefore reports whether a value stands in the clause that
// ", when" opens after a date of "since" that counts from an earlier
// event of the kind ("the first rise since March 2024, when the bank
// added 25 basis points"; see earlierSince), and says the date as
// written. Such a date is the event's of that clause, not a span's start
// (see [event-after-bound]).
func sinceWhenBefore(sent *sentence, v span) (string, bool) {
	sc := sent.scanner()
	for _, d := range sent.dateMentions() {
		if earlierSince(sent, d) && d.end < v.start && !sent.leavesClause(span{d.end, d.end + 1}, v, false) {
			start := d.start
			if sincePreps[sc.tok(start)] {
				start++
			}
			return sent.folded().norm.S[sc.toks[start].Start:sc.toks[d.end-1].End], true
		}
	}
	return "", false
}

// earlierSince reports whether a date stands after "since" with ", when"
// after it, and a word of [since-superlatives] before "since" in its
// clause: "the first rise since March 2024, when ...", "the worst flood
// since 2019, when the river crested at 8.1 metres" date an earlier event
// of the kind, which the clause after "when" tells. Without one ("tense
// since 2014, when the town took in the refugees") the clause tells the event
// the state counts from, read as any.
func earlierSince(sent *sentence, d dateMention) bool {
	return sinceWhen(sent, d) && superlativeBefore(sent, d.start)
}

// sinceWhen reports whether a date stands after "since" with ", when"
// after it: "since Monday, when inspectors found a crack".
func sinceWhen(sent *sentence, d dateMention) bool {
	sc := sent.scanner()
	return (sincePreps[sc.tok(d.start)] || sincePreps[sc.tok(d.start-1)]) && strings.TrimSpace(sc.gap(d.end)) == "," && whenWords[sc.tok(d.end)]
}

// termAfter reports whether a span of the fact's terms starts at or after
// token k: the clause after "since DATE, when" tells the fact's event.
func termAfter(spans []span, k int) bool {
	for _, sp := range spans {
		if sp.start >= k {
			return true
		}
	}
	return false
}

// superlativeBefore reports whether a word of [since-superlatives] stands
// before token k in its clause: "the largest theft since 2013".
func superlativeBefore(sent *sentence, k int) bool {
	return wordBeforeInClause(sent, k, sinceSuperlatives)
}

// wordBeforeInClause reports whether one of words stands before token k
// with no comma or semicolon between.
func wordBeforeInClause(sent *sentence, k int, words map[string]bool) bool {
	sc := sent.scanner()
	for j := k - 1; j >= 0 && !strings.ContainsAny(sc.gap(j+1), ",;"); j-- {
		if words[sc.tok(j)] {
			return true
		}
	}
	return false
}

// sinceFirsts, before "since" in its clause, make the date after it that
// of the event of the kind before this one: "the first eruption since 1949"
// says the one before was in 1949; "the largest since 1949" does not.
var sinceFirsts = lexicon.Set("since-firsts")

// sinceSuperlatives, before "since", make what it counts from an earlier
// event of the kind: "the first", "the worst", "the largest"; whenWords
// open the clause that tells it.
var sinceSuperlatives, whenWords = lexicon.Set("since-superlatives"), lexicon.Set("since-when")

// openingYear reports whether a bare year opens its sentence before a
// comma or a colon, as a list's label does: "2024, stage 9: a crash at 98
// km".
func openingYear(sent *sentence, d span) bool {
	sc := sent.scanner()
	g := strings.TrimSpace(strings.Trim(sc.gap(d.end), "*_ "))
	return d.start == 0 && d.end == 1 && (strings.HasPrefix(g, ",") || strings.HasPrefix(g, ":"))
}

// carriedEvent returns the year of another era that dates the sentence
// before (not one that only names a noun there: "worse than the 2018
// fire"), when this one gives no date of its own and goes on in the same
// paragraph: "In 2007, a bridge in Minneapolis fell. Thirteen people
// died." It returns "" when there is none.
func (e era) carriedEvent(src *reading, sent *sentence) string {
	if len(e.spans) == 0 || sent.First || sent.index == 0 || len(sent.dateMentions()) > 0 {
		return ""
	}
	prev := &src.sents[sent.index-1]
	if prev.Para != sent.Para || e.datesStory(prev, src.Published, false) {
		return ""
	}
	for _, d := range prev.dateMentions() {
		y := d.expr.year
		if d.said || (d.since || d.bare) && d.noun < 0 || y == 0 || e.holds(y, y) || d.expr.to != nil || d.noun >= 0 || originDate(prev, d.span) {
			continue
		}
		return strconv.Itoa(y)
	}
	return ""
}

// datedWithPhrases: see datedWithPhrase.
var datedWithPhrases = lexicon.Set("dated-with-phrases")

// datedWithPhrase reports whether a value stands in a phrase that a word
// of [dated-with-phrases] opens right after the comma after a date, with no
// other mark between: "in 2019, with eleven cars off the track".
func datedWithPhrase(sent *sentence, d, value span) bool {
	f := sent.folded()
	k := d.end
	if k >= value.start || strings.TrimSpace(f.norm.S[f.tokens[k-1].End:f.tokens[k].Start]) != "," || !datedWithPhrases[f.tokens[k].Text] {
		return false
	}
	return boundaries(f.marks[k], f.marks[value.start]) == 0
}

// originVerbs ([origin-verbs]) up to originReach words before a date make
// it when a thing was made or someone born: "a tanker built in South Korea
// in 2014" dates the tanker, no event the sentence tells.
var originVerbs = lexicon.Set("origin-verbs")

const originReach = 4

// originDate reports whether a word of originVerbs stands up to
// originReach words before the date at d, in its clause.
func originDate(sent *sentence, d span) bool {
	f := sent.folded()
	for k := d.start - 1; k >= 0 && k >= d.start-originReach; k-- {
		if boundaries(f.marks[k], f.marks[d.start]) > 0 {
			return false
		}
		if originVerbs[f.tokens[k].Text] {
			return true
		}
	}
	return false
}

// subordinateOpeners open a clause of its own after a value.
var subordinateOpeners = lexicon.Set("subordinate-openers")

// subordinateBetween reports whether a word that opens a clause of its own
// stands among the tokens from i to j.
func subordinateBetween(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if subordinateOpeners[toks[k].Text] {
			return true
		}
	}
	return false
}

// datesStory reports whether the sentence holds a date of the story's
// years ("on Sunday", resolved against the publication date): then its
// values are the story's, whatever earlier year it also names ("robbed on
// Sunday, after a similar raid in 2013"). With toDay, only a date given
// to the day or the week counts: "In June, after a similar main break" may
// be months before the story, in its year.
func (e era) datesStory(sent *sentence, pub facts.Span, toDay bool) bool {
	for _, d := range sent.dateMentions() {
		if d.said || d.since || d.bare || possessiveOfThing(sent, d) {
			continue
		}
		r, _, ok := d.expr.resolve(pub)
		if ok && !r.NoYear && e.holds(r.Start.First.Year(), r.End.Last.Year()) && !e.farFromStory(d, pub) && (!toDay || r.End.Last.Sub(r.Start.First) < 8*24*time.Hour) {
			return true
		}
	}
	return false
}

// possessiveOfThing reports whether a date is a weekday's possessive
// after the sentence's start that names a place or a thing of an event, a
// noun and a word of [attributive-heads] after it ("In 2017, two people
// died a kilometre from Tuesday's crash site"): it dates the thing named,
// not what the sentence tells. One that names the event itself ("Unlike
// in 2017, Tuesday's crash killed four") dates the story.
func possessiveOfThing(sent *sentence, d dateMention) bool {
	if !d.expr.possessiveDay || d.start <= 1 {
		return false
	}
	sc := sent.scanner()
	k := sc.nounAfter(d.end)
	return k >= 0 && attributiveHeads[sc.tok(k+1)] && plainGap(sc.gap(k+1))
}

// farFromStory reports whether a date with its year written lies more
// than storyReach from every date of a day or a month the sheet holds: "in
// May 2023" or "in 2023" in a story of October 2024 tells of another
// event, though the years are neighbours (the era widens each fact's year
// by one on either side, for "last December" in January).
func (e era) farFromStory(d dateMention, pub facts.Span) bool {
	if d.expr.year == 0 || len(e.stretches) == 0 {
		return false
	}
	r, _, ok := d.expr.resolve(pub)
	if !ok || r.NoYear {
		return false
	}
	for _, w := range e.wide {
		if d.expr.year >= w.from && d.expr.year <= w.to {
			return false // the year of a fact of years: the sheet's own
		}
	}
	for _, st := range e.stretches {
		if !r.End.Last.Before(st[0].Add(-storyReach)) && !r.Start.First.After(st[1].Add(storyReach)) {
			return false
		}
	}
	return true
}

// storyReach is how far from the sheet's dates a date of the story may
// lie: half a year.
const storyReach = 183 * 24 * time.Hour

// opensSentence reports whether a date stands in a phrase that sets the
// scene of the sentence: the one that opens it ("In 2013, ...", "During
// the 2018 fire, ...") or one set between commas ("The last evacuation,
// during the 2018 fire, moved ...").
func opensSentence(sent *sentence, d span) bool {
	f := sent.folded()
	if d.start <= 1 {
		return true
	}
	open := 0 // the first token of the phrase the date stands in
	for k := d.start; k > 0; k-- {
		if g := f.norm.S[f.tokens[k-1].End:f.tokens[k].Start]; strings.ContainsAny(g, ",;:") && (k < d.start || strings.Contains(g, ":")) {
			open = k
			break
		}
	}
	if open > 0 && !strings.ContainsAny(f.norm.S[f.tokens[d.end-1].End:], ",;") {
		return false // a phrase after a comma that closes nothing: it ends the sentence
	}
	return sceneOpeners[f.tokens[open].Text]
}

// sceneClause reports whether a date stands in a clause that a word of
// [scene-clauses] opens at the start of the sentence, naming no thing
// ("When the ferry burned in 1990, ..."; not "When the fire reached the
// 1990 extension, ...").
func sceneClause(sent *sentence, d dateMention) bool {
	f := sent.folded()
	return len(f.tokens) > 0 && sceneClauses[f.tokens[0].Text] && d.noun < 0 && boundaries(f.marks[0], f.marks[d.start]) == 0
}

// sceneClauses: see sceneClause.
var sceneClauses = lexicon.Set("scene-clauses")

// sceneOpeners are the prepositions that open a phrase setting the scene
// of a sentence: "During the 2018 fire, ...".
var sceneOpeners = lexicon.Set("scene-openers")

// leavesClause reports whether a clause boundary stands between the spans
// a and b (a first), as distances count them: a lone comma, dash or stop;
// a pair of commas sets an insertion apart ("the 1939 quake, at a depth of
// 60 km, killed 28,000") and is none. When a date comes first (dated), a
// comma that opens a clause on the same event is none either ("the 2019
// theft, where thieves took 21").
func (sent *sentence) leavesClause(a, b span, dated bool) bool {
	f := sent.folded()
	if b.start < a.end || boundaries(f.marks[a.end-1], f.marks[b.start]) == 0 {
		return false // they overlap, or no boundary stands between
	}
	for k := a.end; dated && k <= b.start; k++ {
		if f.marks[k].comma != f.marks[k-1].comma {
			return !sameEvent[f.tokens[k].Text] // the first comma after the date
		}
	}
	return true
}

// parenthetical reports whether a date stands alone between two commas
// in the clause of a value after it, so that it dates that clause: "The
// last strikes in England, in 2023, lasted five days".
func parenthetical(sent *sentence, d, value span) bool {
	f := sent.folded()
	if d.start == 0 || d.end >= len(f.tokens) || d.end > value.start {
		return false
	}
	before := f.norm.S[f.tokens[d.start-1].End:f.tokens[d.start].Start]
	after := f.norm.S[f.tokens[d.end-1].End:f.tokens[d.end].Start]
	return strings.TrimSpace(before) == "," && strings.TrimSpace(after) == "," && boundaries(f.marks[d.end], f.marks[value.start]) == 0
}

// labelDate reports whether a date closes a short label before a colon
// that opens the sentence: "Genoa, 14 August 2018: 43 dead" dates what
// follows the colon.
func labelDate(sent *sentence, d span) bool {
	f := sent.folded()
	return d.end < len(f.tokens) && d.end <= labelReach && strings.TrimSpace(f.norm.S[f.tokens[d.end-1].End:f.tokens[d.end].Start]) == ":"
}

// labelReach is how many words a label before a colon may hold.
const labelReach = 8

// participleOnNoun reports whether a date stands in a participle clause
// set off by a comma right after the value's noun, the participle one of
// the fact's own words, so that it dates the fact's event of another time:
// "Thirteen works, stolen in March 1990, valued at ..." counts works
// stolen then (not "12 paintings, insured in 2003", whose date is of
// something else done to them). The noun takes at most participleNoun word, the participle's
// clause at most participleReach before the date.
func participleOnNoun(sent *sentence, value, date span, own map[string]bool) bool {
	f := sent.folded()
	k := value.end
	for k < date.start && f.marks[k].comma == f.marks[k-1].comma {
		k++
	}
	if k >= date.start || k-value.end > participleNoun || date.start-k > participleReach || boundaries(f.marks[k], f.marks[date.start]) > 0 {
		return false
	}
	w := f.tokens[k].Text
	if len(w) < 4 || notParticiples[w] || !own[w] {
		return false
	}
	for suffix := range participleSuffixes {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

const (
	participleNoun  = 1
	participleReach = 5
)

// participleSuffixes and notParticiples say which word after a comma may
// open a participle clause ("stolen", "found").
var participleSuffixes, notParticiples = lexicon.Set("participle-suffixes"), lexicon.Set("not-participles")

// sameEvent are the words after a comma that go on about the event
// before it: "the 2019 theft, where thieves took 21 pieces".
var sameEvent = lexicon.Set("same-event-after-comma")

// String returns the years of the era: "2024 to 2026" for a sheet whose
// dates all fall in 2025.
func (e era) String() string {
	var parts []string
	for _, sp := range e.spans {
		parts = append(parts, strconv.Itoa(sp.from)+" to "+strconv.Itoa(sp.to))
	}
	return strings.Join(parts, ", ")
}
