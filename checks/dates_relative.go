package checks

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// weekdayAt reads "Wednesday", "on Friday", "Friday's", "last Monday",
// "next Tuesday".
func (sc scanner) weekdayAt(i int) (dateExpr, int, bool) {
	j, offset := i, 0
	switch sc.tok(i) {
	case "last":
		j, offset = i+1, -1
	case "next":
		j, offset = i+1, 1
	case "this":
		j = i + 1
	}
	wd, ok := weekdays[sc.tok(j)]
	if !ok {
		return sc.otherWeekdayAt(i)
	}
	end := j + 1
	if k, ok := sc.rangeJoin(end); ok && offset == 0 && weekdayWord(sc.tok(k)) && sc.tok(end) != "and" && sc.tok(end) != "until" && sc.tok(end) != "till" && !strings.Contains(sc.gap(end), ",") {
		return dateExpr{ambiguous: true}, k + 1, true // "Monday through Friday": every week's days, no date
	}
	if w, k, ok := sc.weekOfWeekday(end); ok && offset == 0 {
		return dateExpr{rel: relWeekdayOfWeek, weekday: wd, offset: w}, k, true
	}
	if sc.tok(end) == "s" && sc.gap(end) == "'" {
		end++ // Friday's
	} else if g := strings.TrimSpace(sc.gap(end)); g == "" || g == "," {
		if e, k, ok := sc.fullDateAt(end); ok {
			return e, k, true
		}
		if sc.tok(end) == "the" {
			for _, full := range []func(int) (dateExpr, int, bool){sc.dayFirst} {
				if e, k, ok := full(end + 1); ok && e.day != 0 && !e.ambiguous {
					return e, k, true // "Tuesday the 12th March", "Tuesday the 12th of March"
				}
			}
			if d, ok := sc.dayNum(end + 1); ok && plainGap(sc.gap(end+1)) {
				// "Tuesday the 12th": the Tuesday that is a 12th
				return dateExpr{rel: relWeekday, weekday: wd, offset: offset, ordinal: d}, end + 2, true
			}
		}
	}
	return dateExpr{rel: relWeekday, weekday: wd, offset: offset}, end, true
}

// weekOfWeekday reads the week a weekday names right after it, at token
// i: "last week", "of next week", "this week" ("on Tuesday last week"),
// and returns its offset from the report's week and the token after it.
func (sc scanner) weekOfWeekday(i int) (int, int, bool) {
	if sc.tok(i) == "of" && plainGap(sc.gap(i)) {
		i++
	}
	offset := 0
	switch sc.tok(i) {
	case "last":
		offset = -1
	case "next":
		offset = 1
	case "this":
	default:
		return 0, 0, false
	}
	if sc.tok(i+1) != "week" || !plainGap(sc.gap(i)) || !plainGap(sc.gap(i+1)) {
		return 0, 0, false
	}
	return offset, i + 2, true
}

// fullDateAt reads a date given in full at token i, after a weekday:
// "Sunday 11 September 2022", "Friday, Sept. 9", "Montag, 13. März": the
// day named in full is the date, the weekday only describes it.
func (sc scanner) fullDateAt(i int) (dateExpr, int, bool) {
	for _, full := range []func(int) (dateExpr, int, bool){sc.monthFirst, sc.dayFirst, sc.isoDate, sc.numericDate} {
		if e, k, ok := full(i); ok && e.day != 0 && !e.ambiguous {
			return e, k, true
		}
	}
	return dateExpr{}, 0, false
}

// otherWeekdayAt reads a weekday of another language ([weekdays-other]:
// "Montag", "lundi", "martes", "zondag"; Portuguese "terça-feira" with a
// word of [weekday-suffixes]); not after a number, which counts it as a
// noun ("275 lunes", French moons). Its tense unknown, it is the latest such
// day before the report or the first after it, whichever agrees; as a
// verb of saying before it is not read either ("sagte am Freitag"), one
// that disagrees is unsure.
func (sc scanner) otherWeekdayAt(i int) (dateExpr, int, bool) {
	wd, ok := otherWeekdays[weekdayOfCompound(sc.tok(i))]
	end := i + 1
	if w, feira := feiraWeekdays[sc.tok(i)]; feira && sc.gap(i+1) == "-" && weekdaySuffixes[sc.tok(i+1)] {
		wd, ok, end = w, true, i+2
	}
	if !ok || sc.countedBy(i) {
		return dateExpr{}, 0, false // "275 lunes connues": French moons, counted, no Spanish Monday
	}
	if g := strings.TrimSpace(sc.gap(end)); g == "" || g == "," {
		if e, k, ok := sc.fullDateAt(end); ok {
			return e, k, true // "Montag, 13. März"
		}
		if e, k, ok := sc.fullDateAt(end + 1); ok && weekdayDateArticles[sc.tok(end)] && plainGap(sc.gap(end+1)) {
			return e, k, true // "am Freitag, dem 23. April", "el viernes, el 23 de abril"
		}
	}
	if d, k, ok := sc.dayOfWeekdayAt(end); ok {
		return dateExpr{rel: relWeekday, weekday: wd, eitherWay: true, otherLanguage: true, ordinal: d}, k, true
	}
	if d, k, ok := sc.dayOfWeekdayAt(end + 1); ok && sc.gap(end) == ", " && monthDayWords[sc.tok(end)] {
		return dateExpr{rel: relWeekday, weekday: wd, eitherWay: true, otherLanguage: true, ordinal: d}, k, true // "na terça-feira, dia 15,"
	}
	if w := sc.otherWeekBefore(i); w != 0 {
		return dateExpr{rel: relWeekdayOfWeek, weekday: wd, offset: w, otherLanguage: true}, end, true // "vorige week dinsdag": Tuesday of last week
	}
	if w, k := sc.otherWeekAfter(end); w != 0 {
		return dateExpr{rel: relWeekdayOfWeek, weekday: wd, offset: w, otherLanguage: true}, k, true // "am Dienstag vergangener Woche", "mardi de la semaine dernière"
	}
	if offset, k := sc.otherWeekOf(i, end); offset != 0 {
		return dateExpr{rel: relWeekday, weekday: wd, offset: offset, otherLanguage: true}, k, true // "martedì scorso", "le mardi précédent"
	}
	return dateExpr{rel: relWeekday, weekday: wd, eitherWay: true, otherLanguage: true}, end, true
}

// otherLastWeek and otherNextWeek ([other-last-week-before],
// [other-next-week-before]): see otherWeekBefore.
var otherLastWeek, otherNextWeek = phrases("other-last-week-before"), phrases("other-next-week-before")

// otherWeekBefore returns -1 when a phrase of [other-last-week-before]
// ends right before the weekday of another language at token i ("vorige
// week dinsdag", "letzte Woche Dienstag"), 1 for one of
// [other-next-week-before], and 0 otherwise.
func (sc scanner) otherWeekBefore(i int) int {
	switch {
	case !plainGap(sc.gap(i)):
		return 0
	case sc.phraseBefore(i, otherLastWeek) != nil:
		return -1
	case sc.phraseBefore(i, otherNextWeek) != nil:
		return 1
	}
	return 0
}

// otherLastWeekAfter and otherNextWeekAfter ([other-last-week-after],
// [other-next-week-after]): see otherWeekAfter.
var otherLastWeekAfter, otherNextWeekAfter = phrases("other-last-week-after"), phrases("other-next-week-after")

// otherWeekAfter returns -1 when a phrase of [other-last-week-after]
// starts at token end, right after a weekday of another language ("am
// Dienstag vergangener Woche", "el martes de la semana pasada"), 1 for one
// of [other-next-week-after], 0 otherwise; and the token after it.
func (sc scanner) otherWeekAfter(end int) (int, int) {
	if !plainGap(sc.gap(end)) {
		return 0, end
	}
	if p := sc.phraseAt(end, otherLastWeekAfter); p != nil {
		return -1, end + len(p)
	}
	if p := sc.phraseAt(end, otherNextWeekAfter); p != nil {
		return 1, end + len(p)
	}
	return 0, end
}

// otherWeekOf reads the word of [weekday-last-words] or
// [weekday-next-words] right before a weekday of another language at
// token i or right after it (ending at token end): "martedì scorso", "el
// pasado martes", "letzten Dienstag", "mardi prochain". It returns -1 for
// the last such day before the report, 1 for the next, 0 for neither, and
// the token after the weekday and its word.
func (sc scanner) otherWeekOf(i, end int) (int, int) {
	after := sc.tok(end)
	switch {
	case plainGap(sc.gap(end)) && weekdayLastWords[after]:
		return -1, end + 1
	case plainGap(sc.gap(end)) && weekdayNextWords[after]:
		return 1, end + 1
	case i > 0 && plainGap(sc.gap(i)) && weekdayLastWords[sc.tok(i-1)]:
		return -1, end
	case i > 0 && plainGap(sc.gap(i)) && weekdayNextWords[sc.tok(i-1)]:
		return 1, end
	}
	return 0, end
}

// weekdayLastWords and weekdayNextWords: see otherWeekOf.
var weekdayLastWords, weekdayNextWords = lexicon.Set("weekday-last-words"), lexicon.Set("weekday-next-words")

// countedBy reports whether a number that is no time of day stands right
// before token i and counts it: "275 lunes", not "14 h 25 jeudi" nor
// "14:25 jeudi".
func (sc scanner) countedBy(i int) bool {
	if i < 1 || !isDigits(sc.tok(i-1)) || !plainGap(sc.gap(i)) {
		return false
	}
	g := strings.TrimSpace(sc.gap(i - 1))
	return g != ":" && g != "." && g != "h" && sc.tok(i-2) != "h"
}

// weekdayDateArticles may stand between a weekday of another language and
// the full date it describes: "Freitag, dem 23. April", "vendredi, le 23
// avril".
var weekdayDateArticles = lexicon.Set("weekday-date-articles")

// dayOfWeekdayAt reads the day of its month given right after a weekday
// of another language, in brackets ("terça-feira (17)") or before a
// comma, a semicolon or a stop and a space, or the sentence's end ("el
// martes 17, según"), with the token after it: a number before a word may
// count it ("el martes 17 heridos"), and one before a stop or a comma and
// a figure is a time or a decimal ("martes 7.30", "Dienstag 4,8 Prozent").
func (sc scanner) dayOfWeekdayAt(i int) (int, int, bool) {
	d, ok := sc.dayNum(i)
	if !ok || !isDigits(sc.tok(i)) {
		return 0, 0, false
	}
	before, after := sc.gap(i), sc.textAfter(i+1)
	if strings.TrimSpace(before) == "(" {
		return d, i + 1, strings.HasPrefix(after, ")")
	}
	if before != " " {
		return 0, 0, false
	}
	a := strings.TrimSpace(after)
	last := i+1 >= len(sc.toks)
	stop := len(after) >= 2 && strings.ContainsRune(",;.", rune(after[0])) && after[1] == ' ' // not "4,8 Prozent"
	ends := last && (a == "" || a == ".") || stop
	return d, i + 1, ends
}

// weekdayOfCompound returns the weekday a German or Dutch compound of a
// weekday and a part of the day opens ("freitagabend", "zondagavond": a
// word of [weekday-part-suffixes] after it), or the word itself.
func weekdayOfCompound(w string) string {
	if len(w) <= minCompoundWeekday {
		return w // most words: too short for a weekday and a part of the day
	}
	for _, suffix := range weekdayPartSuffixes {
		if day, ok := strings.CutSuffix(w, suffix); ok {
			if _, known := otherWeekdays[day]; known {
				return day
			}
		}
	}
	return w
}

// weekdayPartSuffixes: see weekdayOfCompound. minCompoundWeekday is the
// length of the shortest such compound less one: "zondagavond" and
// "montagnacht" have 11 letters.
var weekdayPartSuffixes = slices.Sorted(maps.Keys(lexicon.Set("weekday-part-suffixes")))

const minCompoundWeekday = 10

// otherRelativeDays are the days counted from the day of writing in other
// languages ([relative-days-other]): "gestern" -1; dayEarlier, before one,
// put it a day earlier ("l'altro ieri"), dayLater a day later
// ("après-demain").
var otherRelativeDays, dayEarlier, dayLater = lexicon.Ints("relative-days-other"), phrases("relative-days-earlier"), phrases("relative-days-later")

// otherRelativePhrases are the parts of the day counted from the day of
// writing in other languages in two words or more
// ([relative-day-phrases-other]), by their first word; otherRelativeOffsets
// their offsets in days, by their words.
var otherRelativePhrases, otherRelativeOffsets = indexPhrases(phrases("relative-day-phrases-other")), phraseInts("relative-day-phrases-other")

// distalAfter ([distal-after-hyphen]) after a hyphen make a part of the
// day that one, not this one: "ce matin-là".
var distalAfter = lexicon.Set("distal-after-hyphen")

// otherRelativePhraseAt returns the phrase of [relative-day-phrases-other]
// at token i and its offset in days: "esta mañana" 0.
func (sc scanner) otherRelativePhraseAt(i int) ([]string, int, bool) {
	p := sc.indexedPhraseAt(i, otherRelativePhrases)
	if end := i + len(p); p == nil || distalAfter[sc.tok(end)] && sc.gap(end) == "-" {
		return nil, 0, false // not "ce matin-là", that morning
	}
	return p, otherRelativeOffsets[strings.Join(p, " ")], true
}

var periods = map[string]relKind{"week": relWeek, "month": relMonth, "year": relYear}

var soFar = map[relKind]relKind{relWeek: relWeekSoFar, relMonth: relMonthSoFar, relYear: relYearSoFar}

// anaphoric returns an expression counted in days from a date the text
// gives before it.
func anaphoric(offset, end int) (dateExpr, int, bool) {
	return dateExpr{rel: relAnaphoric, offset: offset}, end, true
}

// dayOfReport returns an anaphoric expression that counts from the
// publication date when the sentence gives no date before it.
func dayOfReport(offset, end int) (dateExpr, int, bool) {
	return dateExpr{rel: relAnaphoric, offset: offset, fromPublication: true}, end, true
}

// relativeDay returns an expression counted in days from the day of
// writing.
func relativeDay(offset, end int) (dateExpr, int, bool) {
	return dateExpr{rel: relDay, offset: offset}, end, true
}

// relativeAt reads "yesterday", "last night", "the previous evening",
// "this week", "earlier this month", "3 days ago" and the like. The first
// word says which reader to ask, so that the many tokens that start no
// such expression cost little.
func (sc scanner) relativeAt(i int) (dateExpr, int, bool) {
	if e, end, ok := sc.weekendAt(i); ok {
		return e, end, true
	}
	if p, n, ok := sc.otherRelativePhraseAt(i); ok {
		return dateExpr{rel: relDay, offset: n, otherLanguage: true}, i + len(p), true // "esta mañana", "ce matin"
	}
	if n, ok := otherRelativeDays[sc.tok(i)]; ok {
		n += sc.dayShift(i, n)
		end := i + 1
		if sc.tok(i) == "aujourd" && sc.tok(end) == "hui" {
			end++ // "aujourd'hui"
		}
		return dateExpr{rel: relDay, offset: n, otherLanguage: true}, end, true // "gestern", "ieri": agree, or unsure
	}
	if sc.tok(i) == "hier" && sc.french() {
		return dateExpr{rel: relDay, offset: -1 + sc.dayShift(i, -1), otherLanguage: true}, i + 1, true // "a basculé hier": yesterday, not Dutch "here"
	}
	if e, end, ok := sc.yearEndOther(i); ok {
		return e, end, true // "d'ici la fin de l'année"
	}
	switch sc.tok(i) {
	case "the":
		return sc.theDayAt(i)
	case "today", "tonight", "yesterday", "tomorrow", "this", "last", "next", "earlier":
		return sc.fromNowAt(i)
	}
	if n, ok := sc.countAt(i); ok && !sc.approximated(i) {
		return sc.daysAgoAt(i, n)
	}
	return dateExpr{}, 0, false
}

// plainRun reports whether only spaces or hyphens part the tokens from i
// to end-1: not "the day before, yesterday's inquiry".
func (sc scanner) plainRun(i, end int) bool {
	for k := i + 1; k < end; k++ {
		if !plainGap(sc.gap(k)) && sc.gap(k) != "-" { // "the day-before-yesterday" too
			return false
		}
	}
	return true
}

// dayShift returns -1 for a day in the past, offset n, at token i after a
// phrase of [relative-days-earlier] ("l'altro ieri", "avant-hier": the day
// before that), 1 for a day ahead after one of [relative-days-later]
// ("après-demain"), and 0 otherwise: "avant demain" is a bound.
func (sc scanner) dayShift(i, n int) int {
	switch {
	case n < 0 && sc.phraseBefore(i, dayEarlier) != nil:
		return -1
	case n > 0 && sc.phraseBefore(i, dayLater) != nil:
		return 1
	}
	return 0
}

// shiftedDay reports whether token i is a day of another language that a
// word before it shifts (see dayShift): "avant" in "avant-hier" is part of
// the day, not a bound.
func (sc scanner) shiftedDay(i int) bool {
	n, ok := otherRelativeDays[sc.tok(i)]
	if sc.tok(i) == "hier" {
		n, ok = -1, true
	}
	return ok && sc.dayShift(i, n) != 0
}

// dayPartAfter returns the token after a part of the day ([day-parts])
// at token k that a possessive follows ("yesterday morning's"), or k: the
// part belongs to the date, and the possessive names what it dates.
func (sc scanner) dayPartAfter(k int) int {
	if dayParts[sc.tok(k)] && plainGap(sc.gap(k)) && sc.tok(k+1) == "s" && (sc.gap(k+1) == "'" || sc.gap(k+1) == "’") {
		return k + 1
	}
	return k
}

// weekendAt reads a weekend after a word of [weekend-before] at token i:
// "over the weekend", "this weekend", "am Wochenende", "nel fine
// settimana", "ce week-end"; the last before the report or the next
// (only the next after a word of [weekend-next], "next weekend"). English
// "the" needs a preposition before it ("over the weekend", not "the
// weekend edition"), Portuguese "no" the Portuguese words ("no fim de
// semana", not "no weekend service"), and a weekend before "before",
// "after" or "of" is counted from another day or named by a date ("the
// weekend before").
func (sc scanner) weekendAt(i int) (dateExpr, int, bool) {
	w := sc.tok(i)
	if !weekendBefore[w] && !weekendNext[w] || w == "the" && !weekendPreps[sc.tok(i-1)] {
		return dateExpr{}, 0, false
	}
	p := sc.phraseAt(i+1, weekendPhrases)
	end := i + 1 + len(p)
	if p == nil || !plainGap(sc.gap(i+1)) || weekendAfter[sc.tok(end)] && plainGap(sc.gap(end)) || w == "no" && len(p) == 1 {
		return dateExpr{}, 0, false // not "no weekend service": Portuguese "no fim de semana" only
	}
	if weekendNext[w] {
		return dateExpr{rel: relWeekend, offset: 1}, end, true
	}
	return dateExpr{rel: relWeekend, eitherWay: true}, end, true
}

// weekendBefore, weekendNext, weekendPreps, weekendAfter and
// weekendPhrases: see weekendAt.
var (
	weekendBefore, weekendNext = lexicon.Set("weekend-before"), lexicon.Set("weekend-next")
	weekendPreps, weekendAfter = lexicon.Set("weekend-prepositions"), lexicon.Set("weekend-after")
	weekendPhrases             = phrases("weekend-phrases")
)

// french reports whether the scanner's text holds a word of
// [french-markers], which Dutch, where "hier" is "here", does not write.
func (sc scanner) french() bool {
	for k := range sc.toks {
		if frenchMarkers[sc.tok(k)] {
			return true
		}
	}
	return false
}

// frenchMarkers: [french-markers].
var frenchMarkers = lexicon.Set("french-markers")

// approximated reports whether a phrase of approximations ("more than",
// "about") ends right before token i: "more than three weeks ago" names no
// day, nor a week.
func (sc scanner) approximated(i int) bool {
	for _, a := range approximations {
		if k := i - len(a.words); k >= 0 && sc.wordsAt(k, a.words) {
			return true
		}
	}
	return false
}

// fromNowAt reads a day or a period named from the day of writing:
// "today", "yesterday", "this morning", "last night", "this week", "next
// month", "earlier this year".
func (sc scanner) fromNowAt(i int) (dateExpr, int, bool) {
	t, next := sc.tok(i), sc.tok(i+1)
	switch t {
	case "today", "tonight":
		return relativeDay(0, sc.dayPartAfter(i+1))
	case "yesterday":
		return relativeDay(-1, sc.dayPartAfter(i+1)) // "yesterday morning's collision": the part is the date's
	case "tomorrow":
		return relativeDay(1, sc.dayPartAfter(i+1))
	case "this":
		switch next {
		case "morning", "afternoon", "evening":
			return relativeDay(0, i+2)
		}
		if k, ok := periods[next]; ok {
			return dateExpr{rel: k}, i + 2, true
		}
	case "last", "next":
		offset := -1
		if t == "next" {
			offset = 1
		}
		if t == "last" && (next == "night" || next == "evening") {
			return relativeDay(-1, i+2)
		}
		if k, ok := periods[next]; ok {
			return dateExpr{rel: k, offset: offset}, i + 2, true
		}
	case "earlier":
		if next == "this" {
			if k, ok := periods[sc.tok(i+2)]; ok {
				return dateExpr{rel: soFar[k]}, i + 3, true
			}
		}
	}
	return dateExpr{}, 0, false
}

// theDayAt reads a day named from another at token i, "the": "the
// previous evening", "the following morning", "the day before,", "the day
// after,".
func (sc scanner) theDayAt(i int) (dateExpr, int, bool) {
	next, part := sc.tok(i+1), dayParts[sc.tok(i+2)]
	switch {
	case (next == "following" || next == "next" || next == "previous" || next == "preceding") && weekdayWord(sc.tok(i+2)):
		return dateExpr{ambiguous: true}, i + 3, true // "the following Monday": counted from a day the text may not give
	case (next == "previous" || next == "preceding") && part:
		return dayOfReport(-1, i+3)
	case (next == "next" || next == "following") && part:
		return anaphoric(1, i+3) // counted from a date before it only: not from the report
	case next == "day" && sc.wordsAt(i+2, []string{"before", "yesterday"}) && sc.plainRun(i, i+4):
		return relativeDay(-2, sc.dayPartAfter(i+4)) // "the day before yesterday('s storm)": not yesterday
	case next == "day" && sc.wordsAt(i+2, []string{"after", "tomorrow"}) && sc.plainRun(i, i+4):
		return relativeDay(2, sc.dayPartAfter(i+4))
	case dayParts[next] && sc.tok(i+2) == "before" && sc.clauseEnds(i+3):
		return dayOfReport(-1, i+3) // "the day before," but not "the day before the summit"
	case dayParts[next] && sc.tok(i+2) == "after" && sc.clauseEnds(i+3):
		return anaphoric(1, i+3) // "the day after," but not "the day after the vote"
	case next == "year" && sc.yearPartAhead(i):
		return dateExpr{rel: relYear}, i + 2, true // "until the end of the year": this year's
	}
	return dateExpr{}, 0, false
}

// yearPartAhead reports whether "the year" at token i is the year of
// writing: a phrase of [year-parts] of its later months stands before it
// ("the end of", "the second half of"), a deadline, a bound or a future
// before that ("until the end of the year", "will reopen by the end of
// the year"), and the sentence names no year. "Sales rose at the end of
// the year" in a report of January may tell of the year before, and "at
// the start of the year" of the next one: neither is read.
func (sc scanner) yearPartAhead(i int) bool {
	p := sc.phraseBefore(i, yearPartPhrases)
	if p == nil || yearParts[strings.Join(p, " ")][1] < 7 || sc.namesYear() {
		return false
	}
	k := i - len(p)
	for k > 0 && deadlineParts[sc.tok(k-1)] {
		k--
	}
	return sc.byDeadline(i) || boundPreps[sc.tok(k-1)] || sc.future(k)
}

// yearEndOther reads, at token i, a phrase of [year-end-phrases-other]
// after a deadline, a bound or a future, in a sentence that names no year:
// the end of the year of writing in another language, "d'ici la fin de
// l'année" as "by the end of the year".
func (sc scanner) yearEndOther(i int) (dateExpr, int, bool) {
	p := sc.indexedPhraseAt(i, yearEndOtherPhrases)
	if p == nil || sc.namesYear() || yearEndOthers[sc.tok(i+len(p))] {
		return dateExpr{}, 0, false // not "la fin de l'année prochaine", "de l'année scolaire"
	}
	k := i
	for k > 0 && (deadlineParts[sc.tok(k-1)] || datePreps[sc.tok(k-1)]) {
		k--
	}
	if !sc.byDeadline(i) && !boundPreps[sc.tok(k-1)] && !sc.future(k) {
		return dateExpr{}, 0, false
	}
	return dateExpr{rel: relYear, yearPart: yearEndsOther[strings.Join(p, " ")], vaguePart: true}, i + len(p), true
}

// yearEndOthers ([year-end-other-years]) after such a phrase make it
// another year's end: "l'année prochaine", "l'anno scolastico".
var yearEndOthers = lexicon.Set("year-end-other-years")

// yearEndsOther and yearEndOtherPhrases: see yearEndOther.
var yearEndsOther, yearEndOtherPhrases = monthRanges("year-end-phrases-other"), indexPhrases(phrases("year-end-phrases-other"))

// namesYear reports whether the scanner's text holds a year of four
// digits: "the end of the year" may then be that year's end.
func (sc scanner) namesYear() bool {
	for k := range sc.toks {
		if _, ok := sc.year4(k); ok {
			return true
		}
	}
	return false
}

// countAt reads a small count at token i: "a", "three", "12".
func (sc scanner) countAt(i int) (int, bool) {
	t := sc.tok(i)
	if n, ok := smallNumbers[t]; ok {
		return n, true
	}
	if isDigits(t) && len(t) <= 3 {
		n, _ := strconv.Atoi(t)
		return n, true
	}
	return 0, false
}

// daysAgoAt reads, after the count n at token i, the days or periods it
// counts from the day of writing or from a date before it: "3 days ago",
// "two weeks ago", "three days later", "five days earlier".
func (sc scanner) daysAgoAt(i, n int) (dateExpr, int, bool) {
	next := sc.tok(i + 1)
	if (next == "day" || next == "days") && (sc.tok(i+2) == "later" || sc.tok(i+2) == "earlier") {
		if sc.tok(i+2) == "earlier" {
			n = -n
		}
		return anaphoric(n, i+3) // "three days later": counted from the date before it
	}
	if sc.tok(i+2) == "ago" {
		unit, end := strings.TrimSuffix(next, "s"), i+3
		if sc.tok(end) == "today" && sc.gap(end) == " " {
			end++ // "a week ago today": one day, and no "today" of its own
			if unit == "week" {
				return relativeDay(-7*n, end)
			}
		}
		if unit == "day" {
			return relativeDay(-n, end)
		}
		if k, ok := periods[unit]; ok {
			return dateExpr{rel: k, offset: -n}, end, true
		}
	}
	return dateExpr{}, 0, false
}

// clauseEnds reports whether the clause ends before token j: the
// sentence does, or a mark stands between it and the token before.
func (sc scanner) clauseEnds(j int) bool {
	return sc.tok(j) == "" || !plainGap(sc.gap(j))
}
