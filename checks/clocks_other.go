package checks

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// clockSuffixes, after hours and perhaps minutes, make them a time of day
// on the 24-hour clock: "4.17 Uhr", "9.15 uur", "um 9 Uhr".
// hourLetters, between or after hours and minutes, do too, after a word
// of clockPreps: "à 4 h 17", "vers 13 h", "por volta das 12h40" (without
// one, "4 h 37" may be how long something took).
var (
	clockSuffixes     = lexicon.Set("clock-suffixes")
	clockSuffixesPrep = lexicon.Set("clock-suffixes-after-prep")
	hourLetters       = slices.Sorted(maps.Keys(lexicon.Set("hour-letters")))
	clockPreps        = lexicon.Set("clock-prepositions")
	clockMinutePreps  = lexicon.Set("clock-minute-prepositions")
	clockHourPreps    = lexicon.Set("clock-hour-prepositions")
	clockRangeFrom    = lexicon.Set("clock-range-from")
	clockRangeTo      = lexicon.Set("clock-range-to")
)

// suffixedClock reads a time of day of another language at token i (see
// clockSuffixes and hourLetters) and returns its minutes after midnight
// and the token after it.
func (sc scanner) suffixedClock(i int) (int, int, bool) {
	prep := clockPreps[sc.tok(i-1)] || sc.phraseBefore(i, clockPrepPhrases) != nil
	if h, m, ok := sc.gluedHours(i); ok && (prep || sc.zoneNamedAfter(i+1)) {
		return h*60 + m, i + 1, true // "das 12h40", "por volta de 0h35", "4h35 (hora de Lisboa)"
	}
	prep = prep && sc.phraseBefore(i, gluedClockPhrases) == nil // "durou cerca de 9 horas": how long
	h, m, j, ok := sc.hoursMinutes(i)
	if !ok || clockRangeTo[sc.tok(i-1)] && isDigits(sc.tok(i-2)) && clockRangeFrom[sc.tok(i-3)] {
		return 0, 0, false // "von 7 bis 9 Uhr" is a range
	}
	switch {
	case j == i+1 && h <= 23 && dottedPreps[sc.tok(i-1)] && plainGap(sc.gap(j)) && sc.zoneNamedAfter(j):
		return h * 60, j, true // "alle 18 ora italiana": an hour alone, its zone named after it
	case (clockSuffixes[sc.tok(j)] || (prep || clockMinutePreps[sc.tok(i-1)] && j > i+1) && clockSuffixesPrep[sc.tok(j)] && (!spanOf[sc.tok(j+1)] || j > i+1)) && plainGap(sc.gap(j)):
		return h*60 + m, j + 1, true // "4.17 Uhr", "um 9 Uhr", "om 9.15 uur", "21:30 Uhr MESZ", "om 9.30 uur van start" (minutes: no span of nine hours)
	case sc.gap(i+1) == ":":
		return 0, 0, false // "17:42" is read as ever
	case j > i+1 && plainGap(sc.gap(j)) && sc.phraseAt(j, localTimeWords) != nil:
		return h*60 + m, j, true // "a las 23.11 hora local"
	case j > i+1 && sc.clauseGap(j) && dottedPreps[sc.tok(i-1)] && unitLexicon.lookup(sc.tok(j)) == nil && !sc.dayHalfAfter(j):
		return h*60 + m, j, true // "alle 21.42", "alle 2.47, hanno riferito"; not "a las 3.52 de la tarde", read with its half
	case j == i+1 && slices.Contains(hourLetters, sc.tok(j)) && plainGap(sc.gap(j)):
		return sc.hourLetterClock(i, j, h, prep)
	case j == i+1 && h <= 23 && sc.bareHourBefore(i) && (sc.punctAfter(j) || plainGap(sc.gap(j)) && (sc.phraseAt(j, bareHourAfter) != nil || sc.bareHourJoined(j))):
		return h * 60, j, true // "alle 14 di oggi", "alle ore 15.", "alle 15 e si è chiusa": an Italian whole hour
	}
	return 0, 0, false
}

// bareHourBefore reports whether a word of [bare-hour-prepositions]
// stands right before token i, perhaps with "ore" between: "alle 14",
// "dalle ore 15".
func (sc scanner) bareHourBefore(i int) bool {
	return bareHourPreps[sc.tok(i-1)] || sc.tok(i-1) == "ore" && bareHourPreps[sc.tok(i-2)]
}

// bareHourJoined reports whether a word of [bare-hour-joins] follows a
// whole hour at token j, and no number after it: "alle 15 e si è chiusa",
// not "alle 15 e 30", "alle 15 e trenta"; nor another "alle", which may
// count ("alle 14 e alle 15 squadre").
func (sc scanner) bareHourJoined(j int) bool {
	_, _, number := sc.numberAt(j + 1)
	return bareHourJoins[sc.tok(j)] && !number && !isDigits(sc.tok(j+1)) && !bareHourPreps[sc.tok(j+1)]
}

// bareHourJoins: see bareHourJoined.
var bareHourJoins = lexicon.Set("bare-hour-joins")

// punctAfter reports whether a comma, a semicolon or a stop ends the
// clause after token j-1, or the sentence ends there: not a noun ("alle 14
// squadre", "alle 14 leden" in Dutch).
func (sc scanner) punctAfter(j int) bool {
	g := strings.TrimSpace(sc.gap(j))
	return j >= len(sc.toks) || g != "" && strings.ContainsRune(",;.", rune(g[0]))
}

// bareHourPreps and bareHourAfter: see suffixedClock.
var bareHourPreps, bareHourAfter = lexicon.Set("bare-hour-prepositions"), phrases("bare-hour-after")

// spanOf, after hours that count hours too ("heures", "horas"), make them
// a span of something, not a time of day: "après 14 heures de
// négociations".
var spanOf = lexicon.Set("span-of")

// dayHalfAfter reports whether a half of the day follows token j: "de la
// tarde".
func (sc scanner) dayHalfAfter(j int) bool {
	half, _ := sc.dayHalf(j, 0)
	return half != ""
}

// clockPrepPhrases: [clock-preposition-phrases]; gluedClockPhrases
// ([glued-clock-phrases]) of them make a time of day only of hours glued
// to their letter ("cerca de 4h35").
var clockPrepPhrases, gluedClockPhrases = phrases("clock-preposition-phrases"), phrases("glued-clock-phrases")

// zoneNamedAfter reports whether a zone's name or a phrase of
// [local-time-words] follows token j, perhaps after "no", "em" or an
// opening bracket: "0h35 no horário de Brasília", "4h35 (hora local)",
// "alle 18 ora italiana".
func (sc scanner) zoneNamedAfter(j int) bool {
	if g := strings.TrimSpace(sc.gap(j)); g != "" && g != "(" {
		return false
	}
	if zoneFillers[sc.tok(j)] && plainGap(sc.gap(j+1)) {
		j++
	}
	_, _, ok := sc.zoneNameAt(j)
	return ok || sc.phraseAt(j, localTimeWords) != nil
}

// zoneFillers may stand between a time and its zone's name: "no horário
// de Brasília", "in ora italiana".
var zoneFillers = lexicon.Set("zone-fillers")

// clauseGap reports whether the text before token j ends a time: white space, or
// a comma, a semicolon or a stop before white space ("alle 2.47, hanno
// riferito"), not a dot or a dash that goes on ("alle 2.47.3", "2.47-3.10").
func (sc scanner) clauseGap(j int) bool {
	g := sc.gap(j)
	if g == "" || !strings.ContainsRune(",;.)", rune(g[0])) {
		return plainGap(g)
	}
	return j >= len(sc.toks) || g[1:] != "" && plainGap(g[1:]) // not glued to what follows
}

// dottedPreps, right before hours and minutes parted by a dot, make them a
// time of day with no word after: "alle 21.42", "às 21.42".
var dottedPreps = lexicon.Set("dotted-clock-prepositions")

// hourLetterClock reads a time written with a word of hourLetters at token
// j after the hours h at token i ("à 4 h 17", "vers 13 h"), after a word of
// clockPreps (prep) or before a zone or "heure locale" ("17 h 14, heure
// locale"), and returns its minutes after midnight and the token after it.
// Before a unit of time it is how long something took: "4 h 17 min".
func (sc scanner) hourLetterClock(i, j, h int, prep bool) (int, int, bool) {
	end, mm := j+1, 0
	if t := sc.tok(end); len(t) == 2 && isDigits(t) && plainGap(sc.gap(end)) && t <= "59" {
		n, _ := strconv.Atoi(t)
		end, mm = end+1, n // "à 4 h 17"
	}
	if d := unitLexicon.lookup(sc.tok(end)); d != nil && d.base == "second" && plainGap(sc.gap(end)) && !sc.zoneNamedAfter(end) {
		return 0, 0, false // "a 4 h 17 min outage": how long; not "17 h 14, heure locale", "14 h 20 heure de Paris"
	}
	after := strings.Trim(sc.gap(end), " ,")
	zoned := after == "" && (sc.phraseAt(end, localTimeWords) != nil || zoneOffsets[sc.tok(end)] != nil)
	opensRange := clockRangeFrom[sc.tok(i-1)] && clockRangeTo[sc.tok(end)] && plainGap(sc.gap(end)) && isDigits(sc.tok(end+1)) // "de 19 h à 7 h": the range's start, with its own letter
	if !prep && !zoned && !opensRange {
		return 0, 0, false
	}
	return h*60 + mm, end, true // "vers 13 h", "17 h 14, heure locale"
}

// gluedHours reads hours and minutes glued around a word of hourLetters
// in one token: "12h40", "13h24", or hours alone, "8h".
func (sc scanner) gluedHours(i int) (h, m int, ok bool) {
	t := sc.tok(i)
	for _, l := range hourLetters {
		hs, ms, found := strings.Cut(t, l)
		if !found || len(hs) == 0 || len(hs) > 2 || ms != "" && len(ms) != 2 || !isDigits(hs) || ms != "" && !isDigits(ms) {
			continue
		}
		h, _ = strconv.Atoi(hs)
		m, _ = strconv.Atoi(ms) // "às 8h": no minutes
		return h, m, h <= 23 && m <= 59
	}
	return 0, 0, false
}
