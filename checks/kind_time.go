package checks

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// timeKind reads times of day with a zone, compared in UTC. local is, for
// a fact kept in UTC, its moment in the story's local zone (see
// era.zoneless), in which a source's time with no zone is read; nil
// otherwise.
type timeKind struct{ local *facts.Clock }

// want returns the sheet's time to read a clock against: in the story's
// local zone for a time with no zone, when the fact has one (local).
func (k timeKind) want(f *facts.Fact, cl clockMention) facts.Clock {
	if cl.zoneless && k.local != nil {
		return *k.local
	}
	return f.Time
}

func (k timeKind) candidates(m *matcher, src *reading, sent *sentence, spans []span, anchors anchorSet) []candidate {
	var cands []candidate
	inTextZone(src, sent)
	cls := sent.clockMentions()
	day := src.dayOfReport(sent)
	drops, eu := m.era.northAmericanSeason(day), m.era.europeanSeason(day) // nil when the sheet's zones give the season
	for i := range cls {
		cls[i].inSeason(drops)
		cls[i].inEuropeanSeason(eu)
	}
	for i, cl := range cls {
		if cl.zoneless && i+1 < len(cls) && !cls[i+1].zoneless && restates(cl, cls[i+1]) {
			continue // "11:42 a.m. local time, or 14:42 UTC": the zone decides
		}
		at := restatedSpan(sent, i)
		own, whole, hours := spanRead(sent, cls, i, func(c clockMention) facts.Clock { return k.want(m.fact, c) })
		if !own {
			continue // the span's other end stands for it
		}
		if whole != cl.span {
			at = whole
		}
		if why := noTimeOfDay(sent, cl.span); why != "" {
			m.tracef("    %q %s: ignored", says(src, sent, cl.span), why)
			continue
		}
		dist, ok := m.momentDistance(src, sent, spans, anchors, at)
		if !ok {
			continue
		}
		cd := candidate{span: cl.span, at: at, dist: dist, i: i}
		approx := approxTime(sent, at) // "at about 1:30 a.m. (0530 GMT)": the restated time is as near as the first
		placed := localOfOtherPlace(src, sent, cl, k.want(m.fact, cl).Offset)
		cd.doubt = k.contextDoubt(m, src, sent, cl, at, spans, hours)
		switch {
		case cd.doubt != "": // the words around it put it in doubt
		case (cl.zoneless || cl.textZone || cl.listedZone) && bracketedAlone(sent, cl.span):
			cd.doubt = "a bare time alone in brackets may be a length, a video's or a recording's (\"Watch: the moment it happened (1:36)\"), not a time of day"
		case approx != "" && nearTime(sent, at, cl, m.fact.Time):
			cd.doubt = "\"" + approx + "\" makes it a time near the one given, which may be the sheet's"
		case placed != "":
			cd.doubt = placed
		case cl.zoneless && localSaid(sent, cl.end) && (!universalZones[text.Fold(m.fact.Time.Zone)] || k.local != nil):
			// "02:47 hora local": the story's local time, which the sheet's zone is, or its other times give
		case seasonApart(m, src, sent, cd, cl, k.want(m.fact, cl), day):
			cd.doubt = "read in the sheet's zone instead it agrees, and the zone sources.yaml gives the source, of the report's season, is an hour off the sheet's: the event fell in the other season"
		case cl.zoneless:
			cd.doubt = "the source gives no zone: read in " + k.want(m.fact, cl).Zone + ", but it may mean another"
		case cl.carried:
			cd.doubt = "the source gives no zone: read in the zone of a time before it in its sentence, which may be another place's"
		}
		cands = append(cands, cd)
	}
	return clashingRestatements(src, sent, attributiveDoubts(sent, spans, cands), m.fact.Time)
}

// contextDoubt says why the words around a time may make it another
// moment's than the fact's: a live blog's stamp, opening hours, a table
// row's label, a time of saying, a bound, a call to the event, another
// noun's time or a forecast's; "" when none does.
func (k timeKind) contextDoubt(m *matcher, src *reading, sent *sentence, cl clockMention, at span, spans []span, hours bool) string {
	approx := approxTime(sent, at)
	switch {
	case stamp(src, sent, cl.span):
		return "a time opening its entry before a dash, or a heading, is when a live blog's post was written, or when a timeline's event happened"
	case abilityWindow(sent, cl) && !clockAgrees(cl, k.want(m.fact, cl)):
		return "a range after a word of being able (\"can call the hotline between 9 a.m. and 6 p.m.\") is a window when something may be done, not the moment of the fact"
	case hours && !clockAgrees(cl, k.want(m.fact, cl)):
		return "the time is an end of opening hours (\"open from 9am to 7pm\"): how long a place was open, not the moment of the fact"
	case inRowLabelCell(sent, cl.span):
		return "a time in the first cell of a table's row stamps the row, as a timeline's entry: it is when the row's own event happened"
	case !m.fact.SaidDates && saidAt(sent, cl.span) && !ownOccasion(sent, cl.span, m.own):
		return "the time stands next to a verb of saying, or between one and the \"that\" of what was said (\"said in a statement posted at 08:40 UTC that\"): it may be when it was said"
	case boundTime(sent, cl.span, m.own) && (approx == "" || !nearTime(sent, at, cl, m.fact.Time)) && !wrongSide(sent, at, cl, m.fact.Time): // "shortly after 7:40" near the sheet's time is read below
		return "a bound or a deadline (\"by\", \"before\", \"until\") stands right before the time: what it tells may have come earlier or later"
	case calledTo(sent, cl.span, spans):
		return "the time follows a verb of being called or alerted, and the fact's terms come after \"to\": it is when someone was called to it (\"Police were called at 8.16am to reports of a crash\"), often minutes after it happened"
	case otherNounTime(sent, cl.span, spans):
		return "a time between an article and a noun that is none of the fact's terms (\"after the 9 a.m. ceremony\", \"the scheduled 6 p.m. closing\") is that noun's"
	case forecastTime(sent, cl.span, m.own):
		return "a forecast or a plan (\"expects\", \"will\") stands before the time in its clause: it may be when something was expected, not when it happened"
	}
	return ""
}

// attributiveDoubts makes the candidates unsure when the fact's terms are
// only adjectives of a thing (see attributiveOnly).
func attributiveDoubts(sent *sentence, spans []span, cands []candidate) []candidate {
	if attributiveOnly(sent, spans) {
		for k := range cands {
			cands[k].doubt = cmp.Or(cands[k].doubt, attributiveDoubt)
		}
	}
	return cands
}

// calledTo reports whether a time follows a verb of [alert-verbs] (one
// word between at most: "were called at 8.16am") and "to" follows it, the
// fact's terms after that: "Police were called at 8.16am to reports that a
// tram had derailed" times the call, not the derailment.
func calledTo(sent *sentence, cl span, spans []span) bool {
	sc := sent.scanner()
	v := cl.start - 1
	if !alertVerbs[sc.tok(v)] {
		v--
	}
	if !alertVerbs[sc.tok(v)] || inSpans(v, spans) || sc.tok(cl.end) != "to" || strings.Trim(sc.gap(cl.end), ". ") != "" {
		return false // not where the call is the fact's own term: "Firefighters were alerted at 3.40am to the blaze" for the alert's time
	}
	f := sent.folded()
	return slices.ContainsFunc(spans, func(sp span) bool {
		return sp.start > cl.end && boundaries(f.marks[cl.end], f.marks[sp.start]) == 0
	})
}

// alertVerbs ([alert-verbs]): see calledTo.
var alertVerbs = lexicon.Set("alert-verbs")

// otherNounTime reports whether a time stands between a determiner (and
// perhaps a participle: "the scheduled") and a noun that is none of the
// fact's terms: "after the 9 a.m. ceremony", "the scheduled 6 p.m.
// closing" time those nouns' events.
func otherNounTime(sent *sentence, cl span, spans []span) bool {
	sc, k, end := sent.scanner(), cl.start, cl.end
	det := determiners[sc.tok(k-1)] || participleWord(sc.tok(k-1)) && determiners[sc.tok(k-2)]
	if g := sc.gap(end); !det || end >= len(sc.toks) || !plainGap(g) && !(strings.TrimSpace(g) == "." && sc.tok(end-1) == "m") { // the dot of "p.m."
		return false
	}
	w := sc.tok(end)
	return isLetters(w) && !notNouns[w] && !clockNounsAfter[w] && !inSpans(end, spans)
}

// clockNounsAfter ([clock-nouns-after]) after a time are no noun it times:
// "the 9 a.m. local time", "the 6 p.m. deadline" is one (a deadline's).
var clockNounsAfter = lexicon.Set("clock-nouns-after")

// updateWords ([date-line-updates]) before a time make it when the page
// was last changed: "Last updated 17:05", "updated at 9:40 a.m. ET".
var updateWords = lexicon.Set("date-line-updates")

// updateStamp reports whether a word of updateWords stands right before
// the time at token i, or before "at" or "on" before it.
func updateStamp(sc scanner, i int) bool {
	k := i - 1
	if sc.tok(k) == "at" || sc.tok(k) == "on" {
		k--
	}
	return k >= 0 && updateWords[sc.tok(k)]
}

// pageStamp says what a time at token i tells of the page, or "": when it
// was updated ("Last updated 17:05") or published (a byline left in the
// text).
func pageStamp(sent *sentence, i int) string {
	switch {
	case updateStamp(sent.scanner(), i):
		return "updated (\"Last updated 17:05\")"
	case publishedStamp(sent, i):
		return "published (a byline: \"Publié le 23 septembre 2025 à 06h40\")"
	}
	return ""
}

// publishedStamp reports whether a time at token i follows a date in a
// sentence that a word of [published-words] opens: a byline left in the
// text, whose time is when the page was published.
func publishedStamp(sent *sentence, i int) bool {
	toks := sent.folded().tokens
	if len(toks) == 0 || !publishedWords[toks[0].Text] || len(toks) > i+bylineTail {
		return false // "Posted on Monday at 21:40, the video showed ...": a sentence that goes on tells of the posting
	}
	return slices.ContainsFunc(sent.dateMentions(), func(d dateMention) bool { return d.end <= i })
}

// bylineTail is how many tokens a byline's time and what follows it may
// hold: "06h40", "06:40 BST", "6.40 a.m. ET".
const bylineTail = 4

// publishedWords: see publishedStamp.
var publishedWords = lexicon.Set("published-words")

// bracketedAlone reports whether a time is all its brackets hold:
// "(1:36)".
func bracketedAlone(sent *sentence, sp span) bool {
	sc := sent.scanner()
	return strings.HasSuffix(sc.gap(sp.start), "(") && strings.HasPrefix(strings.TrimLeft(sc.textAfter(sp.end), " "), ")")
}

// noTimeOfDay says why a clock reading at sp is no time of day for any
// fact, or "": when the page was published or updated, or a caption's
// length.
func noTimeOfDay(sent *sentence, sp span) string {
	if why := pageStamp(sent, sp.start); why != "" {
		return "is when the page was " + why
	}
	if mediaLength(sent, sp) {
		return "is a video's or a recording's length in its caption (\"[Video: crews at the scene - 1:42]\"), not a time of day"
	}
	return ""
}

// mediaLength reports whether a time written in figures alone follows a
// word of [media-labels] that opens its sentence ("[VIDEO 1:42]
// Passengers describe the moment"), or, set off by a comma, a dash or a
// bracket, ends a sentence that such a word and a colon open: a
// caption's length, "[Video: crews at the scene - 1:42]", "Watch: the
// rescue, 2:14".
func mediaLength(sent *sentence, sp span) bool {
	sc := sent.scanner()
	if !mediaLabels[sc.tok(0)] {
		return false
	}
	for k := sp.start; k < sp.end; k++ {
		if !isDigits(sc.tok(k)) {
			return false // "2:14 p.m.", "0214 GMT": a time of day
		}
	}
	if sp.start == 1 {
		return !strings.HasPrefix(strings.TrimSpace(sc.textAfter(sp.end)), ":") // "[VIDEO 1:42] Passengers describe the moment": the label's length; not "Video 14:10: Police closed", a stamp
	}
	if sp.end != len(sc.toks) || sp.start < 2 || !strings.HasPrefix(strings.TrimLeft(sc.gap(1), " "), ":") { // "Vidéo : ..." with the French space
		return false
	}
	if strings.Trim(sc.gap(sp.start), " ") == "" {
		return false // "Video: the fire began at 2:14": set off by nothing, a time of day
	}
	return strings.Trim(sc.textAfter(sp.end), " )].") == ""
}

// mediaLabels ([media-labels]) open a caption: see mediaLength.
var mediaLabels = lexicon.Set("media-labels")

// restatementJoins are what may stand between a time and its restatement
// in another zone, spaces left out: "(", "/", "or".
var restatementJoins = lexicon.Set("restatement-joins")

// clashingRestatements finds, among a sentence's candidate times, a time
// with its zone and the same moment restated in another zone right after
// it ("08:30 CEST (07:30 GMT)", one of the two perhaps said to be local
// time: "15h de Brasília (14h no horário local)") that name two moments, one of them the
// sheet's: the source's own conversion does not match, so it states a
// wrong moment for the fact whichever of the two it meant. The other one
// is kept, with a note, and the agreeing one dropped: it would otherwise
// settle the sentence as agreeing (see settleWithinSentences).
func clashingRestatements(src *reading, sent *sentence, cands []candidate, want facts.Clock) []candidate {
	cls := sent.clockMentions()
	for k := 1; k < len(cands); k++ {
		a, b := cands[k-1], cands[k]
		first, second := cls[a.i], cls[b.i]
		firstSure, secondSure := explicitZone(first), explicitZone(second)
		if b.i != a.i+1 || !firstSure && !localSaid(sent, first.end) || !secondSure && !(firstSure && localSaid(sent, second.end) && !localOfPlace(sent, second.end)) || !restatedIn(sent, first, second) || overlap(first.readIn(want), second.readIn(want)) {
			continue
		}
		agreeing, wrong := a, b
		switch {
		case clockAgrees(second, want):
			agreeing, wrong = b, a
		case !clockAgrees(first, want):
			continue // neither is the sheet's: the nearer one is judged as it stands
		}
		wrong.dist = min(a.dist, b.dist)
		wrong.note = "the source gives the same moment as " + says(src, sent, agreeing.span) + " beside it: its own conversion does not match, so it states a wrong time either way"
		cands[k-1] = wrong
		return append(cands[:k], cands[k+1:]...)
	}
	return cands
}

// explicitZone reports whether a time's zone is certain: written with it,
// or the zone the text gives for all its times ("All times CET."); not
// read in the sheet's or another time's.
func explicitZone(c clockMention) bool {
	return !c.zoneless && !c.carried
}

// restatedIn reports whether a time follows another with only a word of
// [restatement-joins] between, spaces, commas and the dot of "p.m."
// aside: "08:30 CEST (06:30 GMT)", "7 p.m. (1800 GMT)"; the first may say
// it is local time and give its day: "3:40 a.m. local time on Monday (0940
// GMT)".
func restatedIn(sent *sentence, first, second clockMention) bool {
	sc := sent.scanner()
	end := afterLocalDay(sent, first.end)
	if second.start < end || second.start-end > 1 || end < 1 {
		return false
	}
	join := strings.Join(strings.FieldsFunc(sc.s[sc.toks[end-1].End:sc.toks[second.start].Start], func(r rune) bool { return r == ',' || r == '.' || unicode.IsSpace(r) }), "")
	return restatementJoins[join]
}

// afterLocalDay returns where the words after a time ending at token end
// stop saying it is local time and which day it is: past "local time" and
// "on Monday" in "3:40 a.m. local time on Monday (0940 GMT)", so that the
// restatement after them is found.
func afterLocalDay(sent *sentence, end int) int {
	sc := sent.scanner()
	if localSaid(sent, end) {
		if clockAfter[sc.tok(end)] {
			end++
		}
		end += len(sc.phraseAt(end, localTimeWords))
	}
	k := end
	if sc.tok(k) == "on" {
		k++
	}
	for _, d := range sent.dateMentions() {
		if (d.start == k || d.start == end) && plainGap(sc.gap(d.start)) {
			return d.end
		}
	}
	return end
}

// overlap reports whether two lists of minutes share one.
func overlap(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// boundTime reports whether a word of [bound-prepositions] or
// [deadline-prepositions] that is none of the fact's own words stands
// right before a time: "80% were reconnected by 19:30", "restored before
// midnight".
func boundTime(sent *sentence, cl span, own map[string]bool) bool {
	sc := sent.scanner()
	w := sc.tok(cl.start - 1)
	return (boundPreps[w] || deadlinePreps[w]) && !own[w] && !negations[sc.tok(cl.start-2)] // not "It was not until 4:15 a.m. that power came back"
}

// forecastWords are the words of a forecast or a plan: a time after one
// in its clause is when something was expected ("expects landfall around
// 2 a.m.", "will reopen at 9 a.m.").
var forecastWords = lexicon.Set("forecast-words")

// forecastTime reports whether a word of [forecast-words] that is none of
// the fact's own words (a fact about a scheduled time names its "will")
// stands before a time in its clause, hypotheticalReach words at most.
func forecastTime(sent *sentence, cl span, own map[string]bool) bool {
	sc := sent.scanner()
	return sc.wordWithin(cl, -1, hypotheticalReach, clausePunct, func(k int) bool {
		return forecastWords[sc.tok(k)] && !own[sc.tok(k)] && !determiners[sc.tok(k-1)] && !sc.partOfDay(k) // not "The planned maintenance began at 06:45", nor "ieri sera"
	})
}

// saidAt reports whether a time is one of saying, as a date is (see
// dateMentionOf): right after a verb of saying, or between one and the
// "that" of what was said.
func saidAt(sent *sentence, cl span) bool {
	sc := sent.scanner()
	sc.cased = sent // a hearer's name: "confirmed to Curaçao Today at 8.30am that"
	start := cl.start
	if datePreps[sc.tok(start-1)] {
		start-- // "at 08:40"
	}
	return sc.saidRightBefore(start) || sc.saidThat(start, cl.end)
}

// ownOccasion reports whether the occasion of saying right before a time
// is the fact's own thing: a word of [saying-occasions] that is one of the
// fact's words stands up to ownOccasionReach words before it ("told a news
// conference at 1400 GMT" for the time of a news conference). The time is
// then the fact's, not only when something was said.
func ownOccasion(sent *sentence, cl span, own map[string]bool) bool {
	toks := sent.folded().tokens
	for k := cl.start - 1; k >= 0 && k >= cl.start-ownOccasionReach; k-- {
		if w := toks[k].Text; sayingOccasions[w] && own[w] {
			return true
		}
	}
	return false
}

// ownOccasionReach: see ownOccasion.
const ownOccasionReach = 3

// sayingOccasions: see ownOccasion.
var sayingOccasions = lexicon.Set("saying-occasions")

// dateStamp reports whether a date opens its entry with a clock time
// after it and then a dash or a colon ("2021-12-09 16:57 UTC - report
// received"): a timestamp, like a time that opens its entry.
func dateStamp(src *reading, sent *sentence, d dateMention) bool {
	for _, cl := range sent.clockMentions() {
		if cl.start == d.end {
			return stamp(src, sent, span{d.start, cl.end})
		}
	}
	return false
}

// restateReach is how many words may stand between a time with no zone
// and the same moment restated with one: "7:30 a.m. local time (0530
// GMT)".
const restateReach = 3

// restates reports whether a time with a zone follows one without, close
// enough to be the same moment restated in another zone.
func restates(prev, cl clockMention) bool {
	return prev.zoneless && cl.start >= prev.end && cl.start-prev.end <= restateReach
}

func (timeKind) canRead(*matcher, *sentence, candidate, []span) bool { return true }

func (k timeKind) holds(f *facts.Fact, src *reading, sent *sentence, cd candidate) bool {
	cl := sent.clockMentions()[cd.i]
	want := k.want(f, cl)
	if clockAgrees(cl, want) || approxAgrees(sent, cd, cl, want) != "" {
		return true
	}
	if twelveHourClock(src, sent, cl) {
		pm := cl.afternoon()
		return clockAgrees(pm, want) || approxAgrees(sent, cd, pm, want) != ""
	}
	return false
}

// zoneHow says in which zone a clock was read, when the text gave none
// beside it: the source's (its text's or sources.yaml's), the story's
// local one, or the sheet's; "" when it gave one.
func zoneHow(f *facts.Fact, src *reading, cl clockMention, want facts.Clock) string {
	switch {
	case cl.listedZone:
		return listedZoneNote + src.Zone.Written + ")"
	case cl.textZone:
		return timesZoneNote
	case cl.zoneless && want.Zone != f.Time.Zone:
		return "no zone given: read in the story's local zone, " + want.Zone + ", that the sheet's other times give"
	case cl.zoneless:
		return "no zone given: read in the sheet's, " + f.Time.Zone
	}
	return ""
}

func (k timeKind) judge(f *facts.Fact, src *reading, sent *sentence, cd candidate, fd *Finding) bool {
	cl := sent.clockMentions()[cd.i]
	want := k.want(f, cl)
	fd.Value, fd.Agrees, fd.Kind = clockValue(cl, want), clockAgrees(cl, want), "different-time"
	fd.How = zoneHow(f, src, cl, want)
	if how := approxAgrees(sent, cd, cl, want); !fd.Agrees && how != "" {
		fd.Agrees, fd.How = true, joinHow(fd.How, how)
	}
	if !fd.Agrees && twelveHourClock(src, sent, cl) {
		pm := cl.afternoon()
		if how := approxAgrees(sent, cd, pm, want); clockAgrees(pm, want) || how != "" {
			fd.Value, fd.Agrees = clockValue(pm, want), true
			fd.How = joinHow(fd.How, joinHow("read in the afternoon: the source writes its times with a.m. and p.m., and this one has neither", how))
		}
	}
	if r, ok := rangeOf(sent, sent.clockMentions(), cd.i); !fd.Agrees && ok && r.between && rangeHolds(sent.clockMentions(), r, want) {
		fd.Agrees, fd.How = true, joinHow(fd.How, "the range it bounds holds the sheet's time")
	}
	if cd.note != "" {
		fd.How = joinHow(fd.How, cd.note)
	}
	fd.firm = clockAgrees(cl, want) && !sent.hasAny(forecastWords) // the sheet's time outright, not "around 3:50" nor "scheduled to lift off at 10:42"
	fd.yields, fd.yieldsInParagraph = !fd.Agrees, true             // beside the sheet's time, another is another moment's: "pushed back from the opening of the window at 7:04"
	return true
}

// seasonApart reports whether a time with no zone, read in the zone
// sources.yaml gives its source, agrees when read in the sheet's zone
// instead, an hour from it, and the report's day and a day of the sheet
// lie in different seasons of the listed zone's region (or the sheet's
// zone names the other season than the listed one): a zone of the
// outlet's season at publication ("zone: CDT" for a report of 18 March)
// while the event, and the sheet's time, fell in the other ("05:40
// UTC-06:00" on 8 March). Which season the writer's clock kept is not
// known.
func seasonApart(m *matcher, src *reading, sent *sentence, cd candidate, cl clockMention, want facts.Clock, day facts.Span) bool {
	if d := src.Zone.Offset - want.Offset; !cl.listedZone || d != 60 && d != -60 {
		return false
	}
	if rule, summer := zoneSeason(want.Zone); rule != nil {
		if listedRule, listed := zoneSeason(src.Zone.Written); listedRule == nil || listed == summer {
			return false // "14:40 BST" read in a listed CEST: two zones of one season, an hour apart for certain
		}
	} else if !m.era.seasonSwitched(src.Zone.Written, day) {
		return false
	}
	alt := cl
	alt.utc = nil // inZone reuses the slice, which cl shares
	alt.inZone([]int{want.Offset})
	return clockAgrees(alt, want) || approxAgrees(sent, cd, alt, want) != ""
}

// approxTimesBefore, approxTimesAfter and approxTimesRound are the phrases
// of approxTimes that put a moment a little before or after a time, or
// round it.
var approxTimesBefore, approxTimesAfter, approxTimesRound = phrases("approx-times-before"), phrases("approx-times-after"), phrases("approx-times-round")

// approxLeeway is how far, in minutes, "shortly before" or "just after" a
// time may stand from it.
const approxLeeway = 30

// approxAgrees says how an approximate time holds the sheet's ("around
// 3:50" of 03:52, "shortly before 4 a.m." of 03:40), or "" when it does
// not: a rounded time within half its grain, a time before or after
// within approxLeeway on its side.
func approxAgrees(sent *sentence, cd candidate, cl clockMention, want facts.Clock) string {
	sc := sent.scanner()
	before, after, round := sc.phraseBefore(cd.at.start, approxTimesBefore), sc.phraseBefore(cd.at.start, approxTimesAfter), sc.phraseBefore(cd.at.start, approxTimesRound)
	for _, u := range cl.readIn(want) {
		d := clockOffset(u, want.UTC)
		switch {
		case before != nil && d <= 0 && d >= -approxLeeway:
			return "\"" + strings.Join(before, " ") + "\" puts it up to half an hour before: the sheet's time is"
		case after != nil && d >= 0 && d <= approxLeeway:
			return "\"" + strings.Join(after, " ") + "\" puts it up to half an hour after: the sheet's time is"
		case round != nil && 2*max(d, -d) <= clockGrain(cl):
			return "\"" + strings.Join(round, " ") + "\" rounds it: the sheet's time rounds to it"
		case before == nil && after == nil && roundedInWords(sent, cd, cl) && 2*max(d, -d) <= clockGrain(cl) && max(d, -d) <= wordClockSlack:
			return "a time in words (\"a quarter to seven\") is a rounded one: the sheet's time rounds to it"
		}
	}
	return ""
}

// roundedInWords reports whether a time is written in words with minutes
// ("a quarter to seven"; not "eight o'clock", an hour), no word of
// [exact-time-words] before it ("precisely") and no other time in its
// sentence, which would give the moment to the minute.
func roundedInWords(sent *sentence, cd candidate, cl clockMention) bool {
	sc := sent.scanner()
	return isLetters(sc.tok(cl.start)) && cl.local%60 != 0 && !exactTimeWords[sc.tok(cd.at.start-1)] && !exactTimeWords[sc.tok(cd.at.start-2)] && len(sent.clockMentions()) == 1
}

// exactTimeWords ([exact-time-words]): see roundedInWords.
var exactTimeWords = lexicon.Set("exact-time-words")

// wordClockSlack is how far, in minutes, the sheet's time may lie from a
// time written in words and still round to it: "a quarter to seven" is
// 06:42, not 06:30.
const wordClockSlack = 7

// clockGrain is the grain, in minutes, a time is written to: 60 for
// "4 a.m.", 30 for 3:30, 15, 10 or 5 for 3:45, 3:50, 3:55, else 2.
func clockGrain(cl clockMention) int {
	m := cl.local % 60 // the minutes as written, in any zone
	for _, g := range []int{60, 30, 15, 10, 5} {
		if m%g == 0 {
			return g
		}
	}
	return 2
}

func (timeKind) values(says string, src *document.Source) []string {
	var out []string
	for _, cl := range extractClocks(says, text.Tokenize(says), nil) {
		if !cl.zoneless {
			out = append(out, clockValue(cl, facts.Clock{}))
		}
	}
	return out
}

// localTimeWords, right after a time with no zone, say it is the local
// time of the place ("02:47 local time", "02:47 hora local", "02:47
// Uhr Ortszeit"): a sheet writes its time in the story's local zone, so
// such a time is read in it for certain, unless the sheet's zone is
// universal (universalZones: UTC, GMT), when the place is unknown.
var localTimeWords, universalZones = phrases("local-time-words"), lexicon.Set("universal-zones")

// localSaid reports whether words of localTimeWords follow a time ending
// at token end, perhaps after a word of [clock-after] ("Uhr"), with no
// punctuation between but a comma: "à 21 h 47, heure locale", "at 9:47
// p.m., local time".
func localSaid(sent *sentence, end int) bool {
	_, ok := localWordsEnd(sent, end)
	return ok
}

// localWordsEnd returns where the words of [local-time-words] after a
// time ending at token end stop, over a word of clockAfter ("um 9.15 Uhr
// Ortszeit") and a comma, and whether they stand there.
func localWordsEnd(sent *sentence, end int) (int, bool) {
	sc := sent.scanner()
	if clockAfter[sc.tok(end)] && plainGap(sc.gap(end)) {
		end++
	}
	g := strings.TrimLeft(sc.gap(end), ".")
	p := sc.phraseAt(end, localTimeWords)
	return end + len(p), p != nil && (plainGap(g) || strings.TrimSpace(g) == ",")
}

// restatedSpan returns the words of the time mention i of a sentence,
// from the time it restates when it restates one: "7:30 a.m. local time
// (0530 GMT)" stands as near the fact's terms as the first.
func restatedSpan(sent *sentence, i int) span {
	cls := sent.clockMentions()
	if i > 0 && !cls[i].zoneless && restates(cls[i-1], cls[i]) {
		return span{cls[i-1].start, cls[i].end}
	}
	return cls[i].span
}

// localOfOtherPlace says why a time with no zone said to be local may be
// another place's than the story's (see otherPlaceNamed), or "": off is
// the offset of the zone it is read in.
func localOfOtherPlace(src *reading, sent *sentence, cl clockMention, off int) string {
	if !cl.zoneless || !localSaid(sent, cl.end) {
		return ""
	}
	if place := otherPlaceNamed(sent, off); place.end > 0 {
		return "local time in a sentence that names a place whose clock is another zone's (\"" + says(src, sent, place) + "\"): it may be that place's time"
	}
	return ""
}

// otherPlaceNamed returns the span of a place that a zone of
// [zone-names] is written after ("vancouver time") whose zone never has
// the offset off, or an empty span: "In Vancouver, where the outage struck
// at 1:12 a.m. local time" gives Vancouver's time, not the story's in the
// east.
func otherPlaceNamed(sent *sentence, off int) span {
	sc := sent.scanner()
	for j := range sc.toks {
		for _, z := range zoneNames[sc.tok(j)] {
			place := z.words[:len(z.words)-1]
			if z.words[len(z.words)-1] != "time" || !sc.wordsAt(j, place) || inLongerPlace(sent, j) {
				continue
			}
			if offs, ok := abbrOffsets(z.abbr); ok && !slices.Contains(offs, off) {
				return span{j, j + len(place)}
			}
		}
	}
	return span{}
}

// placeArticles ([place-name-articles]) written with a capital inside a
// sentence open a longer name: "Los Lagos" is no Lagos.
var placeArticles = lexicon.Set("place-name-articles")

// inLongerPlace reports whether the place name at token j is the end of a
// longer name that a capitalised article opens inside the sentence: "in
// the Los Lagos region".
func inLongerPlace(sent *sentence, j int) bool {
	return j >= 2 && placeArticles[sent.scanner().tok(j-1)] && unicode.IsUpper(sent.writtenAt(j-1)) && plainGap(sent.scanner().gap(j))
}

// localOfPlace reports whether the words saying a time is local, after
// the time ending at token end, go on with a place: "11:00 local time in
// New York", "16h no horário local de Lisboa" is that place's time, which
// may not be the story's zone.
func localOfPlace(sent *sentence, end int) bool {
	sc := sent.scanner()
	k, ok := localWordsEnd(sent, end)
	return ok && plainGap(sc.gap(k)) && localPlacePreps[sc.tok(k)]
}

// localPlacePreps: see localOfPlace.
var localPlacePreps = lexicon.Set("local-place-prepositions")

// approxTimes are the phrases before a time of day that make it
// approximate: "shortly before 4 a.m.", "around 09:15 UTC".
var approxTimes = phrases("approx-times")

// approxTime returns the phrase of approxTimes that ends right before the
// time at sp, or "".
func approxTime(sent *sentence, sp span) string {
	return strings.Join(sent.scanner().phraseBefore(sp.start, approxTimes), " ")
}

// approxReach is how far, in minutes, an approximate time may stand from
// the sheet's and still be it: "shortly before 4 a.m." of 03:40 may be,
// "around 19:00" of 04:09 is not.
const approxReach = 60

// nearTime reports whether a reading of the clock at sp lies within
// approxReach of the sheet's time, or within approxLeeway for a time
// written finer than to the half hour ("vers 22 h 40" an hour off 21:40 is
// not it), and on the side its phrase puts the moment, give or take
// approxSideSlack: "just before 11 p.m." is not 23:47.
func nearTime(sent *sentence, sp span, cl clockMention, want facts.Clock) bool {
	reach := approxReach
	if clockGrain(cl) < 30 {
		reach = approxLeeway
	}
	sc := sent.scanner()
	before, after := sc.phraseBefore(sp.start, approxTimesBefore) != nil, sc.phraseBefore(sp.start, approxTimesAfter) != nil
	for _, u := range cl.readIn(want) {
		d := clockOffset(u, want.UTC)
		if max(d, -d) <= reach && !(before && d > approxSideSlack) && !(after && d < -approxSideSlack) {
			return true
		}
	}
	return false
}

// wrongSide reports whether "shortly before" or "just before" stands
// before the time at sp, no other bound before it, and the sheet's time
// lies after it in every reading, by more than approxSideSlack: "approved
// just before 11 p.m." cannot be 23:47. Not "shortly after", whose
// sentence may tell of a later moment than the event ("reported the
// outage shortly after 4 a.m."), nor "until shortly before".
func wrongSide(sent *sentence, sp span, cl clockMention, want facts.Clock) bool {
	sc := sent.scanner()
	p := sc.phraseBefore(sp.start, approxTimesBefore)
	if p == nil {
		return false
	}
	if w := sc.tok(sp.start - len(p) - 1); boundPreps[w] || deadlinePreps[w] || w == "than" {
		return false // "stayed closed until shortly before 9 a.m.": the bound's, which may be another moment
	}
	for _, u := range cl.readIn(want) {
		d := clockOffset(u, want.UTC)
		if d <= approxSideSlack || d > approxReach {
			return false
		}
	}
	return true
}

// clockOffset returns the minutes from a source's time u to the sheet's
// want, both in minutes after midnight UTC, the short way round the clock:
// from -720 to 720.
func clockOffset(u, want int) int {
	d := (want - u + 1440) % 1440
	if d > 720 {
		d -= 1440
	}
	return d
}

// approxSideSlack is how far, in minutes, the sheet's time may lie on the
// other side of a time that "shortly before" or "just after" qualifies and
// still be near it: a source may round the time it puts itself beside.
const approxSideSlack = 10

// restatedStamp is how long, in bytes, a time restated in brackets after a
// stamp may be: "(05:52 CEST)", "(1:52 a.m. EDT)".
const restatedStamp = 24

// stamp reports whether a time opens its sentence, followed by a dash or a
// colon, or opens a heading (no stop at its end), or opens its line before
// a capital ("18:05  Official: ..."): a live blog's stamp on a post
// ("09:58 CET — We are following reports", "## 15:47 BREAKING: Chief
// resigns"), which says when the post was written, or a timeline's entry
// ("04:09 UTC — the update goes out"), which says when the thing happened.
// A time restated in another zone in brackets right after it belongs to
// the stamp ("03:52 UTC (05:52 CEST) – Burn start confirmed").
func stamp(src *reading, sent *sentence, sp span) bool {
	f := sent.folded()
	if first := sent.clockMentions(); sp.start != 0 && len(first) > 0 && first[0].start == 0 && strings.Contains(sent.scanner().gap(sp.start), "(") && first[0].end <= sp.start && sp.start-first[0].end <= 1 {
		return stamp(src, sent, first[0].span) // "03:52 UTC (05:52 CEST) – Burn start confirmed": the stamp restated in another zone
	}
	if sp.start != 0 || strings.Trim(f.norm.S[:f.tokens[0].Start], " •·*-") != "" {
		return false
	}
	if sp.end < len(f.tokens) && endsLine(src, sent, sp) && opensLine(src, sent) {
		return true // "**17:05** *(corrected)*" on a line of its own, the post below it; not "05:47 (official)\nwas when ..."
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(f.norm.S)); sp.end < len(f.tokens) && (!strings.ContainsRune(".!?\"”", r) || headingLine(src, sent)) {
		return true // a heading that a time opens, with a stop or none: "## 18:52 Version 4.2.1 is out."
	}
	rest := strings.TrimLeft(f.norm.S[f.tokens[sp.end-1].End:], " ).*") // "6:41 p.m. —", "**6:41 p.m.** —"
	if strings.HasPrefix(rest, "(") && strings.Contains(rest, ")") && strings.Index(rest, ")") <= restatedStamp {
		rest = strings.TrimLeft(rest[strings.Index(rest, ")")+1:], " *") // "03:52 UTC (05:52 CEST) –"
	}
	for _, dash := range []string{"—", "–", "-", ":"} {
		if strings.HasPrefix(rest, dash) {
			return true
		}
	}
	g := sent.scanner().gap(sp.end)
	return sp.end < len(f.tokens) && (plainGap(g) || meridiemStop(sent, sp, g)) && unicode.IsUpper(sent.writtenAt(sp.end)) && opensLine(src, sent) // a plain-text live blog's "18:05  Official: the commissaires confirm ...", "7:42 p.m. Here we go."
}

// endsLine reports whether the words at sp end their line in the source,
// after emphasis and a short note in brackets at most ("**17:05**
// *(corrected)*", "14:20 (updated)"), and the text goes on with a capital,
// as a post opens.
func endsLine(src *reading, sent *sentence, sp span) bool {
	f := sent.folded()
	end := f.norm.At(f.tokens[sp.end-1].End-1) + 1
	_, le := src.LineOf(end - 1)
	if end > le {
		return false
	}
	rest := strings.Trim(src.Raw()[end:le], " \t*_")
	if strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && len(rest) <= restatedStamp && !strings.ContainsAny(rest[1:len(rest)-1], "()") {
		rest = ""
	}
	next := strings.TrimLeft(src.Raw()[le:], " \t\r\n*_#>-")
	r, _ := utf8.DecodeRuneInString(next)
	return rest == "" && unicode.IsUpper(r) // not "05:47 (official)\nwas when ...": the time is the sentence's subject
}

// meridiemStop reports whether the gap after a time is the stop of its
// "a.m." or "p.m.": "7:42 p.m. Here we go." goes on with the post.
func meridiemStop(sent *sentence, sp span, gap string) bool {
	w := sent.folded().tokens[sp.end-1].Text
	return strings.TrimSpace(gap) == "." && (w == "m" || w == "am" || w == "pm")
}

// opensLine reports whether a sentence opens its line: only blanks, or a
// list item's bullet ("- 09:32 Veldkamp resigns", a live blog's key
// events), stand before it there.
func opensLine(src *reading, sent *sentence) bool {
	ls, _ := src.LineOf(sent.Start)
	return strings.Trim(src.Raw()[ls:sent.Start], " \t-*•·") == ""
}
