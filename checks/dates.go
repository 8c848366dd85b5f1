package checks

import (
	"strings"
	"time"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// relKind says what a date expression is relative to.
type relKind int

const (
	absolute         relKind = iota
	relWeekday               // "on Wednesday", "last Friday"
	relDay                   // "yesterday", "last night", "3 days ago": offset days
	relWeek                  // "this week", "last week", "two weeks ago": offset weeks
	relMonth                 // "this month", "last month": offset months
	relYear                  // "this year", "last year": offset years
	relMonthSoFar            // "earlier this month"
	relWeekSoFar             // "earlier this week"
	relYearSoFar             // "earlier this year"
	relAnaphoric             // "the night before", "three days later": offset days from a date the text gives
	relWeekdayOfWeek         // "Tuesday last week", "on Friday of next week": that weekday of the week offset weeks from the report's
	relWeekend               // "over the weekend", "am Wochenende": the Saturday and Sunday last before the report (offset 1: the next)
	relMonthDay              // "no dia 14", "on the 14th": that day of the month, the last before the report (offset 1: the next)
)

// A dateExpr is a date expression as a source writes it, before it is
// placed on the calendar.
type dateExpr struct {
	rel              relKind
	year, month, day int    // absolute parts; 0 when not stated
	part             string // "early", "mid" or "late" part of a month
	decade           bool
	weekday          time.Weekday
	offset           int       // relative: -1 last, +1 next; days/weeks/... for others
	to               *dateExpr // the end of a range
	yearPart         [2]int    // for "this year", "next year": the first and last month of a part of it ("the middle of next year"), or none
	vaguePart        bool      // months narrowed by a phrase of [year-parts] ("late this year", "the end of 2024"): wide on purpose
	ambiguous        bool      // a numeric date whose day and month could be either way
	// anchor is, for an anaphoric expression, the date before it in the
	// sentence that it counts from; nil when the sentence gives none.
	anchor *dateExpr
	// asOf marks "as of Monday": a state on that day, so the event may be
	// any day up to it.
	asOf bool
	// eitherWay marks a weekday after a word of the future in its clause
	// ("will reopen on Wednesday"): the next such day, or the last one,
	// since the word may govern another verb ("will question the men
	// arrested on Monday"); so for a month with no year ("will vote in
	// January"): this year's or the next.
	eitherWay bool
	// possessiveDay marks a weekday before "'s" ("Monday's rest day"): the
	// last such day, or the next when that lies nearer the report and
	// agrees (see resolveAgreeing).
	possessiveDay bool
	// named marks a day that a name gives ("New Year's Eve"): see
	// monthDayDoubt.
	named bool
	// otherLanguage marks a weekday of another language ("Freitag",
	// "vendredi"): its tense and a verb of saying before it are not read,
	// so it only agrees (see otherWeekdayAt).
	otherLanguage bool
	// fromPublication marks an anaphoric expression that, with no date
	// before it in the sentence, counts from the day of the report: "the
	// previous evening", unlike "three days later".
	fromPublication bool
	// past marks a month or a day with no year after "last": the latest
	// one before the month of publication ("last August").
	past bool
	// told marks a day with no year that no verb in the present tense
	// before it in its clause tells of ("alerted the firm on 10 March", not
	// "the festival is on 14 March"): after the report, it may be last
	// year's.
	told bool
	// pastTold marks a date with no year after a verb in the past tense in
	// its clause ("reached customers in March", "had voted in January"):
	// for a fact after the report, it is not the next such date.
	pastTold bool
	// yearShift is, when shifted, the year of a date with no year counted
	// from the year of publication: "Aug. 14 last year" -1.
	yearShift int
	shifted   bool
	// ordinal is the day of its month a weekday is given with, or 0:
	// "Tuesday the 12th".
	ordinal int
}

// A dateMention is a date expression found in a sentence.
type dateMention struct {
	span
	expr dateExpr
	// said marks a date tied to a verb of saying ("said on Saturday"): it
	// dates the report, not the event.
	said bool
	// since marks a date where a span starts ("the largest since 2013"):
	// not the date of the event.
	since bool
	// bare marks a lone four-digit number read as a year without anything
	// around it that says so ("2000 troops"): it may still be a quantity.
	bare bool
	// noun is the token of the noun a date stands before as a modifier
	// ("the March 9 fire"): the date is that noun's; -1 when none.
	noun int
	// deadline marks a date after "by" ("will close by December 2027"):
	// the event comes then or before.
	deadline bool
	// whenAfter marks a bound followed by "when" ("until 14 March, when
	// version 2.7.5 shipped"): the clause after it may be the fact's event.
	whenAfter bool
	// reaction is the token of a verb of reacting right next to the date
	// ("the port company today welcomed the agreement"): the date is the
	// reaction's, not that of the event its object names; -1 when none.
	reaction int
	// birthday marks a date after an age and a verb of turning ("who
	// turned 23 in November"): a birthday, no event's date.
	birthday bool
}

// months maps month names in every language of lexicon/months.txt to their
// numbers; ambiguousMonths are the names that are also common words, and
// count alone as months only after a preposition. Both are read once and
// never changed.
var (
	months          = lexicon.Ints("months")
	ambiguousMonths = lexicon.Set("ambiguous-months")
)

var weekdays, otherWeekdays, feiraWeekdays = weekdayList("weekdays"), weekdayList("weekdays-other"), weekdayList("weekdays-feira")

// weekdaySuffixes: see scanner.otherWeekdayAt.
var weekdaySuffixes = lexicon.Set("weekday-suffixes")

// weekdayList reads a lexicon list of weekdays and their numbers.
func weekdayList(name string) map[string]time.Weekday {
	out := make(map[string]time.Weekday)
	for w, n := range lexicon.Ints(name) {
		out[w] = time.Weekday(n)
	}
	return out
}

// throughParts ([through-parts]): see throughDuring.
var throughParts = lexicon.Set("through-parts")

// throughDuring reports whether the "through" right before the date at
// token i means during it: after a word of [through-parts] ("midway
// through Tuesday's session"), or before a day's possessive ("through
// Tuesday's session").
func (sc scanner) throughDuring(i int) bool {
	w := sc.tok(i - 1)
	return (w == "through" || w == "thru") && (throughParts[sc.tok(i-2)] || sc.tok(i+1) == "s" && strings.HasPrefix(sc.gap(i+1), "'"))
}

// boundPrepBefore returns how many tokens before token i a word of
// [bound-prepositions] stands, right before it or over a phrase of
// [bound-fillers] ("until at least 31 July", "before the end of June"), or
// "from" after a unit of time ("a week from Friday": the day counted
// from), or 0 when none does.
func (sc scanner) boundPrepBefore(i int) int {
	if sc.tok(i-1) == "from" && spanOfTime(sc.tok(i-2)) && plainGap(sc.gap(i-1)) && !sc.spanLed(i-2) {
		return 1 // "a week from Friday", "ten days from today": the day counted from, not the event's
	}
	if boundPreps[sc.tok(i-1)] && !sc.shiftedDay(i) && !sc.spanCounted(i-1, i) && !sc.throughDuring(i) {
		return 1
	}
	if p := sc.phraseBefore(i, boundFillers); p != nil && boundPreps[sc.tok(i-len(p)-1)] && !sc.spanCounted(i-len(p)-1, i-len(p)) {
		return len(p) + 1
	}
	if p := sc.phraseBefore(i, periodEnds); p != nil && sc.plainRun(i-len(p), i+1) && sc.periodOpened(i-len(p)) {
		return len(p) // "trading for the six months to 30 September": the end of a period a figure covers; not "the exercise period, ended a week ago"
	}
	return 0
}

// spanLed reports whether a word of [span-leads] stands up to three words
// before the unit of time at token k: "for 30 days from March 14", "will
// last 48 hours from Monday" give how long from the date, which starts the
// event.
func (sc scanner) spanLed(k int) bool {
	for j := k - 1; j >= 0 && j >= k-spanLeadReach; j-- {
		if spanLeads[sc.tok(j)] {
			return true
		}
	}
	return false
}

// spanLeads ([span-leads]): see spanLed.
var spanLeads = lexicon.Set("span-leads")

// spanLeadReach is how many words before a unit of time spanLed looks:
// "for 30 days", "will last 48 hours".
const spanLeadReach = 3

// periodOpened reports whether a determiner opens the period whose noun
// stands at token k, a count perhaps between: "the six months to", "the
// year ended"; not "postponed by two weeks to 14 March", a date moved to.
func (sc scanner) periodOpened(k int) bool {
	j := k - 1
	if sc.anyCountWord(j) {
		j--
	}
	return determiners[sc.tok(j)]
}

// periodEnds ([period-ends]) before a date make it the end of a period
// that figures cover, a bound: "the six months to 30 September", "the
// year ended 31 March".
var periodEnds = phrases("period-ends")

// spanCounted reports whether the bound's word at token k ends a span
// counted before a comma: a unit of time before it and a comma after it
// ("Diciannove giorni dopo, il 2 ottobre", "two days after, on 6 May"),
// where the date after the comma is the event's; not "until, at the
// earliest, 5 October".
func (sc scanner) spanCounted(k, next int) bool {
	return strings.Contains(sc.gap(next), ",") && spanOfTime(sc.tok(k-1))
}

// boundWords returns how many words before the date e at token i make it
// a bound (see boundPrepBefore), or 0; so a bound's preposition, an
// article and a word describing a month or a year: "cracked after a wet
// February", "before a turbulent 2025"; not a noun before a day, "after
// the close today".
func (sc scanner) boundWords(e dateExpr, i int) int {
	if n := sc.boundPrepBefore(i); n > 0 {
		return n
	}
	whole := e.rel == absolute && e.day == 0 && e.to == nil
	if whole && boundPreps[sc.tok(i-3)] && determiners[sc.tok(i-2)] && isLetters(sc.tok(i-1)) && !determiners[sc.tok(i-1)] && plainGap(sc.gap(i-1)) && plainGap(sc.gap(i)) {
		return 3
	}
	return 0
}

// sinceOverFiller reports whether "since" stands before the date at token
// i over a phrase of [bound-fillers]: "exploited since at least 20
// March".
func (sc scanner) sinceOverFiller(i int) bool {
	p := sc.phraseBefore(i, boundFillers)
	return p != nil && sincePreps[sc.tok(i-len(p)-1)]
}

// boundFillers may stand between a bound's preposition and its date.
var boundFillers = phrases("bound-fillers")

// wordsBetween returns the tokens from i up to j, joined by spaces.
func (sc scanner) wordsBetween(i, j int) string {
	ws := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		ws = append(ws, sc.tok(k))
	}
	return strings.Join(ws, " ")
}

// datePreps may stand before a date and belong to the expression.
var datePreps = lexicon.Set("date-prepositions")

// boundPreps make a date a bound rather than the date of the event: "before
// 2013" does not say when something happened.
var boundPreps = lexicon.Set("bound-prepositions")

// deadlinePreps make a date a deadline: "will close by December 2027"
// says then or before.
var deadlinePreps = lexicon.Set("deadline-prepositions")

// deadlineParts are the words that may stand between "by" and its date:
// "by the end of 2028", "by end-2028", "by mid-March".
var deadlineParts = lexicon.Set("deadline-parts")

// byDeadline reports whether a word of deadlinePreps stands before the
// date at token i, with only words of deadlineParts or a date preposition
// between.
func (sc scanner) byDeadline(i int) bool {
	for k := i - 1; k >= 0 && k >= i-deadlineReachBack; k-- {
		switch t := sc.tok(k); {
		case rangeDeadlines[t] && rangeJoinAt(sc, k):
			return false // "vom 3. bis 9. April", "del 3 hasta el 9 de abril": a range's end
		case deadlinePreps[t] || sc.phraseBefore(k+1, deadlinePhrases) != nil:
			return true // "by", "au plus tard", "a más tardar"
		case !deadlineParts[t] && !datePreps[t]:
			return false
		}
	}
	return false
}

// rangeDeadlines are the deadline words that also join the ends of a
// range of dates ("vom 3. bis 9. April", "del 3 hasta el 9"); not "by":
// "closures of 12 by December 2028" is a deadline.
var rangeDeadlines = lexicon.Set("range-deadlines")

// rangeJoinAt reports whether the word at token k joins two dates: a
// month stands right before it, or a day after a word of [range-starts]
// ("vom 3. bis 9. April", "March to").
func rangeJoinAt(sc scanner, k int) bool {
	_, month := months[sc.tok(k-1)]
	return k > 0 && (isDigits(sc.tok(k-1)) && rangeStarts[sc.tok(k-2)] || month)
}

// rangeStarts open a range of dates before its first day: "vom 3. bis 9.
// April", "del 3 hasta el 9"; not "von 40 auf 12 bis Dezember".
var rangeStarts = lexicon.Set("range-starts")

// deadlinePhrases do what deadlinePreps do in more words: "au plus tard le
// 16 mars", "a más tardar el 16 de marzo".
var deadlinePhrases = phrases("deadline-phrases")

// deadlineReachBack is how many words of deadline-parts may stand between
// "by" and its date: "by the third quarter of next year".
const deadlineReachBack = 5

// exceptions make a date one the event did not happen on: "held every
// year since 1986, except in 2020".
var exceptions = lexicon.Set("exceptions")

// excepted reports whether a word of exceptions stands before the date at
// token i, perhaps with a date preposition between.
func (sc scanner) excepted(i int) bool {
	return exceptions[sc.tok(i-1)] || datePreps[sc.tok(i-1)] && exceptions[sc.tok(i-2)]
}

// recurring reports whether a day with no year, from token i to end, comes
// back every year: a phrase of [recurring-phrases] or a weekday in the
// plural stands next to it, or with only words of [date-prepositions] or
// coordinators between ("Closed on Mondays, on 1 January", "every year on
// 1 May", "on 1 May every year"), or it follows one that does in a list (prev is where the
// last such day ended, or -1: "on 1 January, 1 May and 25 December").
func (sc scanner) recurring(e dateExpr, i, end, prev int) bool {
	if e.rel != absolute || e.year != 0 || e.day == 0 {
		return false
	}
	if prev >= 0 && i-prev <= 2 && (i == prev || sc.tok(prev) == "and" || strings.Contains(sc.gap(prev), ",")) {
		return true
	}
	for k := i - 1; k >= 0 && !strings.ContainsAny(sc.gap(k+1), ".;:!?"); k-- {
		if sc.recurringBefore(k) {
			return true
		}
		if !datePreps[sc.tok(k)] && !coordinators[sc.tok(k)] {
			break // only "on", "and" and the like between: "Closed on Mondays, on 1 January"
		}
	}
	for k := end; k < len(sc.toks) && !strings.ContainsAny(sc.gap(k), ".;:!?"); k++ {
		if sc.recurringAt(k) {
			return true
		}
		if !datePreps[sc.tok(k)] && !coordinators[sc.tok(k)] {
			break
		}
	}
	return false
}

// recurringBefore reports whether a phrase of [recurring-phrases] ends at
// token k, or a weekday in the plural stands there.
func (sc scanner) recurringBefore(k int) bool {
	return sc.phraseBefore(k+1, recurringPhrases) != nil || pluralWeekday(sc.tok(k))
}

// recurringAt reports whether a phrase of [recurring-phrases] or a
// weekday in the plural stands at token k.
func (sc scanner) recurringAt(k int) bool {
	return sc.phraseAt(k, recurringPhrases) != nil || pluralWeekday(sc.tok(k))
}

// pluralWeekday reports whether a word is a weekday in the plural:
// "Mondays".
func pluralWeekday(w string) bool {
	day, ok := strings.CutSuffix(w, "s")
	return ok && weekdayWord(day)
}

// recurringPhrases: see recurring.
var recurringPhrases = phrases("recurring-phrases")

// sincePreps make a date where a span starts, not the date of the event:
// "the largest theft since 2013".
var sincePreps = lexicon.Set("since-prepositions")

// sinceArticles may stand between a word of sincePreps and its date in
// other languages: "desde el 25 de julio".
var sinceArticles = lexicon.Set("since-articles")

// sincePhrases do what sincePreps do in more words: "reports dating back to
// 1994".
var sincePhrases = phrases("since-phrases")

// afterSincePhrase reports whether one of sincePhrases ends right before
// token i.
func (sc scanner) afterSincePhrase(i int) bool {
	return sc.phraseBefore(i, sincePhrases) != nil
}

// eventAfterBound are the words after a since-date that make it the date
// of what they introduce: "since 2014, when the camp opened".
var eventAfterBound = lexicon.Set("event-after-bound")

// yearPreps make a bare number more likely a year.
var yearPreps = lexicon.Set("year-prepositions")

// saidVerbs are verbs of saying: a date right next to one, or between it
// and the "that" of what was said, dates the report.
var saidVerbs = lexicon.Set("saying-next-to-a-date")

// announceVerbs date the report only before the "that" of what they
// announce ("announced on May 3 that"): "was announced on September 7"
// dates the thing announced.
var announceVerbs = lexicon.Set("announcing-before-that")

// saidPath are the words that may stand between a verb of saying and the
// date of saying: "said on Twitter on March 12 that", "announced in a
// statement on May 3 that".
var saidPath = lexicon.Set("place-of-saying")

// dayParts are the parts of a day in "the previous evening", "the day
// before".
var dayParts = lexicon.Set("day-parts")

// determiners before a date make it a modifier of the noun after it: "the
// March 9 fire", "a June leak".
var determiners = lexicon.Set("determiners")

// notNouns are words that after a date show it is no modifier: "the May 3
// of that year", "the 9 March when".
var notNouns = lexicon.Set("not-nouns")

var smallNumbers = lexicon.Ints("small-numbers")

// designation reports whether token i follows a word of one or two
// letters and a slash with no space ("S/2025 S 3", "C/2023 A3"), or an
// abbreviation of "number" and its stop ("Bylaw No. 2025-31"), or is a
// year before two letters and a number glued ("2025 TQ14", "2024 YR4"): an
// astronomical designation, whose year dates no event of the story. Not
// "2025 Q3" nor "2025 GP", nor after a preposition of a date: "In 2024
// CO2 emissions fell".
func (sc scanner) designation(i int) bool {
	w, next := sc.tok(i-1), sc.tok(i+1)
	if i > 0 && sc.gap(i) == "/" && isLetters(w) && len(w) <= 2 {
		return true
	}
	if (numberSigns[w] && strings.HasPrefix(sc.gap(i), ".") || strings.HasSuffix(strings.TrimSpace(sc.gap(i)), "#")) && (sc.gap(i+1) == "-" || sc.gap(i+1) == "/") && isDigits(next) {
		return true // "Toll Bylaw No. 2025-31", "Ordinance #2019-07": a number that names a document; not "the mayor said no. 2026 is when"
	}
	_, year := sc.year4(i)
	if prev := sc.tok(i - 1); yearBeforeFormula[prev] || sincePreps[prev] || boundPreps[prev] {
		return false // "In 2024 CO2 emissions fell": a year, then a formula
	}
	return year && plainGap(sc.gap(i+1)) && len(next) >= 3 && len(next) <= 5 && isLetters(next[:2]) && isDigits(next[2:])
}

// numberSigns ([number-signs]) and a stop before a figure make it a
// document's number: "Bylaw No. 2025-31", "Decreto n. 2024/118".
var numberSigns = lexicon.Set("number-signs")

// yearBeforeFormula ([year-before-formula]): see designation.
var yearBeforeFormula = lexicon.Set("year-before-formula")

// extractDates finds the date expressions of a sentence, left to right,
// and apart those after a bound word: "before 2013", "until 30 September
// 2026". A bound's mention starts at its word. cased, the sentence as
// written, tells the case of its words; nil where it is not known.
func extractDates(s string, toks []text.Token, cased *sentence) (out, bounds []dateMention) {
	sc := scanner{s: s, toks: toks, cased: cased}
	recurred := -1 // where the last day that comes back every year ended
	for i := 0; i < len(toks); {
		expr, end, ok := sc.dateAt(i)
		if codeEnd, code := sc.codeRun(i); code && (!ok || end < codeEnd) {
			i = codeEnd // an identifier or a version, not a date: CVE-2020-31337
			continue
		}
		if ok && sc.designation(i) {
			i = end // "S/2025 S 3", a moon's designation: no date
			continue
		}
		if !ok {
			i++
			continue
		}
		end = sc.yearOfMonth(&expr, i, end)
		bound := sc.boundWords(expr, i)
		switch {
		case sc.recurring(expr, i, end, recurred):
			recurred = end
		case expr.ambiguous || sc.excepted(i) || sc.dayCountedFrom(expr, i, end) || sc.anyWeekday(expr, i):
		case bound > 0 && !(sc.possessive(end) && sc.nounAfter(end) >= 0):
			if expr.rel != relAnaphoric {
				b := sc.dateMentionOf(expr, i, end)
				b.start, b.whenAfter = i-bound, eventAfterBound[sc.tok(end)]
				bounds = append(bounds, b)
			}
		default:
			if expr.rel == relAnaphoric && len(out) > 0 {
				expr.anchor = &out[len(out)-1].expr
			}
			out = append(out, sc.dateMentionOf(expr, i, end))
		}
		i = end
	}
	return out, bounds
}

// anyWeekday reports whether a weekday is any one of its kind, after an
// article of [indefinite-weekdays], or after one such weekday and "and"
// or "or": "in the small hours of a Monday", "one Sunday in May", "every
// Wednesday and Saturday". It is no day the publication date can resolve.
func (sc scanner) anyWeekday(expr dateExpr, i int) bool {
	prev := sc.tok(i - 1)
	if expr.otherLanguage && (prev == "a" || prev == "an") {
		return false // Italian "fino a venerdì", "to Friday": English articles make only English days any
	}
	if expr.rel != relWeekday || expr.offset != 0 || !plainGap(sc.gap(i)) {
		return false
	}
	if listCoordinators[prev] && i >= 3 && weekdayWord(sc.tok(i-2)) && plainGap(sc.gap(i-1)) {
		prev = sc.tok(i - 3) // "every Wednesday and Saturday": the first day's article is the second's
	}
	return indefiniteWeekdays[prev]
}

// indefiniteWeekdays: see anyWeekday.
var indefiniteWeekdays = lexicon.Set("indefinite-weekdays")

// possessive reports whether "'s" ends a date that ends at token end, or
// follows it:
// "after Saturday's win" dates the win, and is no bound.
func (sc scanner) possessive(end int) bool {
	for _, k := range []int{end - 1, end} {
		if g := sc.gap(k); sc.tok(k) == "s" && (g == "'" || g == "’") {
			return true
		}
	}
	return false
}

// marksBetween reports whether any of marks stands in the gaps between
// tokens i and j.
func (sc scanner) marksBetween(i, j int, marks string) bool {
	for k := i + 1; k <= j && k < len(sc.toks); k++ {
		if strings.ContainsAny(sc.gap(k), marks) {
			return true
		}
	}
	return false
}

// yearOfMonth reads, around a month or a day with no year, the words that
// place it in a year counted from the report's: "last August" (the latest
// August before the month of publication), "Aug. 14 last year", "in May
// this year", "next year", or such a year opening the sentence before a
// comma ("Last year, ... in June"). It returns the date's end, past such
// words.
func (sc scanner) yearOfMonth(e *dateExpr, i, end int) int {
	if e.rel != absolute || e.year != 0 || e.month == 0 || e.to != nil {
		return end
	}
	if sc.tok(i-1) == "last" {
		e.past = true
	}
	if sc.tok(end+1) == "year" && plainGap(sc.gap(end)) && plainGap(sc.gap(end+1)) {
		if shift, ok := yearShifts[sc.tok(end)]; ok {
			e.yearShift, e.shifted = shift, true
			return end + 2
		}
	}
	if shift, ok := yearShifts[sc.tok(0)]; ok && sc.tok(1) == "year" && strings.Contains(sc.gap(2), ",") && i > 2 && !sc.marksBetween(3, i, ",;:") {
		e.yearShift, e.shifted = shift, true // "Last year, voters turned down the budget and approved it in June"; not "..., and a trimmed one goes to a vote in June"
	}
	return end
}

// yearShifts are the words before "year" that place a date with no year:
// "last year" -1, "this year" 0, "next year" +1.
var yearShifts = lexicon.Ints("year-shifts")

// endOf narrows a year or a month to a part of it: a year after a phrase
// of [year-parts] to its months ("supported until the end of 2026" is
// October to December 2026, "in the first half of 2026" January to June,
// "by mid-2026" April to September), a month after "the end of" (or
// "end-") to its last days ("by the end of March").
func (sc scanner) endOf(e *dateExpr, i int) {
	if e.rel == relYear {
		if p := sc.phraseBefore(i, yearPartPhrases); p != nil && plainGap(sc.gap(i)) {
			e.yearPart, e.vaguePart = yearParts[strings.Join(p, " ")], true // "by the middle of next year"
		}
		return
	}
	if e.rel != absolute || e.to != nil || e.day != 0 || e.decade || e.part != "" {
		return
	}
	if e.month == 0 && e.year != 0 {
		p := sc.phraseBefore(i, yearPartPhrases)
		if p == nil || len(p) == 1 && !plainGap(sc.gap(i)) && sc.gap(i) != "-" {
			return
		}
		months := yearParts[strings.Join(p, " ")]
		to := dateExpr{rel: absolute, month: months[1], year: e.year}
		e.month, e.to, e.vaguePart = months[0], &to, true // "the end of 2024": its last months, October to December
		return
	}
	if e.month != 0 && (sc.tok(i-1) == "of" && sc.tok(i-2) == "end" || sc.tok(i-1) == "end" && sc.gap(i) == "-") {
		e.part = "late"
	}
}

// yearParts are the phrases of [year-parts] with the first and last month
// of the part of a year each names; yearPartPhrases the same phrases, to
// find.
var yearParts, yearPartPhrases = monthRanges("year-parts"), phrases("year-parts")

// monthRanges reads a lexicon list of phrases, each with a range of months
// ("the first half of=1..6"), keyed by the phrase's words as phrases
// splits them.
func monthRanges(name string) map[string][2]int {
	out := make(map[string][2]int)
	for k, r := range lexiconRanges(name) {
		if r[0] < 1 || r[1] > 12 {
			panic("lexicon: list " + name + ": " + k + " is no range of months a..b")
		}
		out[strings.Join(phraseWords(k), " ")] = [2]int{int(r[0]), int(r[1])}
	}
	return out
}

// saidRightBefore reports whether a verb of saying stands right before
// token start, perhaps over a word of [sayer-adverbs]: "confirmed on
// Wednesday", "confirmed again on Wednesday".
func (sc scanner) saidRightBefore(start int) bool { return sc.verbBefore(start, saidVerbs) >= 0 }

// reportActBeside reports whether a phrase of [report-acts] stands right
// after the date at tokens start to end, or right before it: "today gave
// a further update on the fire", "issued a statement on Monday".
func (sc scanner) reportActBeside(start, end int) bool {
	if sc.possessive(end) {
		return false // "gave an update on Wednesday's fire": the fire's day
	}
	return plainGap(sc.gap(end)) && sc.phraseAt(end, reportActs) != nil && sc.subjectBefore(start) || plainGap(sc.gap(start)) && sc.phraseBefore(start, reportActs) != nil
}

// subjectBefore reports whether the word before a date at token start may
// end the subject of the verb after it: a name with a capital, a pronoun
// or a noun right after a determiner or a possessive ("The firm's owner
// today issued"), or a comma that closes an aside
// after the subject ("Northcliffe Ferries today gave an update", "It on
// Monday issued a statement", "The haulier today issued a statement",
// "Brenner GmbH, a carrier of goods by road, today issued the following
// statement"); not a word of a clause of its own ("the ferry that caught
// fire on Wednesday gave an update").
func (sc scanner) subjectBefore(start int) bool {
	return start > 0 && (sc.capital(start-1) || pronouns[sc.tok(start-1)] || start > 1 && (determiners[sc.tok(start-2)] || sc.possessiveS(start-2)) && isLetters(sc.tok(start-1)) && plainGap(sc.gap(start-1)) || strings.TrimSpace(sc.gap(start)) == ",")
}

// possessiveS reports whether token k is the "s" of a possessive: "the
// firm's owner".
func (sc scanner) possessiveS(k int) bool {
	g := sc.gap(k)
	return sc.tok(k) == "s" && (g == "'" || g == "’")
}

// reportActs: see reportActBeside.
var reportActs = phrases("report-acts")

// verbBefore returns the token of a verb of verbs right before token
// start, perhaps over a word of [sayer-adverbs], or -1.
func (sc scanner) verbBefore(start int, verbs map[string]bool) int {
	if !plainGap(sc.gap(start)) {
		return -1
	}
	k := start - 1
	if sayerAdverbs[sc.tok(k)] && plainGap(sc.gap(k)) {
		k--
	}
	if k >= 0 && verbs[sc.tok(k)] {
		return k
	}
	return -1
}

// nounOfDate returns the token of the noun a date at token i belongs to
// through a word of [noun-of-links] ("the election of 8 March", "las
// elecciones generales del 8 de marzo", "das eleições de 8 de março"), or
// -1. A stretch of time before it ([date-of-times]: "the night of 8
// March", "à partir du 3 mai", "ahead of 3 May") is when the sentence's
// event happened.
func (sc scanner) nounOfDate(i int) int {
	yearLink := nounOfYearLinks[sc.tok(i-1)] && len(sc.tok(i)) == 4 && isDigits(sc.tok(i)) && !movedTo[sc.tok(i+1)] // "de verkiezingen van 2022"; not "van 2025 naar 2026 verschoven"
	if i < 2 || !nounOfLinks[sc.tok(i-1)] && !yearLink || !plainGap(sc.gap(i-1)) || !plainGap(sc.gap(i)) {
		return -1
	}
	if w := sc.tok(i - 2); isLetters(w) && !dateOfTimes[w] && !determiners[w] && !datePreps[w] && !notNouns[w] && len(w) > 2 && !dayOrdinals[w] {
		return sc.germanHead(i-1, i-2)
	}
	return -1
}

// nounOfYearLinks ([noun-of-year-links]) join a year alone to the noun
// before it, unless a word of [moved-to] follows the year: see nounOfDate.
var nounOfYearLinks, movedTo = lexicon.Set("noun-of-year-links"), lexicon.Set("moved-to")

// germanHead returns the noun that a German "vom" or "von" at token link
// dates, given the word before it at k: past a genitive or a place after
// it ("der Untersuchungsbericht der Universität in Milwaukee vom 28.
// Juli" dates the report), up to germanHeadSteps of them.
func (sc scanner) germanHead(link, k int) int {
	if !germanDateLinks[sc.tok(link)] {
		return k
	}
	for step := 0; step < germanHeadSteps && k >= 2 && germanHeadLinks[sc.tok(k-1)] && isLetters(sc.tok(k-2)) && !determiners[sc.tok(k-2)] && !germanNounMarkers[sc.tok(k-2)] && plainGap(sc.gap(k-1)) && plainGap(sc.gap(k)); step++ {
		k -= 2
	}
	return k
}

// germanHeadLinks ([german-head-links]) join a genitive or a place to the
// noun before it: "der Bericht der Universität", "in Milwaukee";
// germanDateLinks ([german-date-links]) join a date to the noun it dates.
var germanHeadLinks, germanDateLinks = lexicon.Set("german-head-links"), lexicon.Set("german-date-links")

// germanHeadSteps is how many genitives or places germanHead passes.
const germanHeadSteps = 2

// figureNoun returns the token of the noun that a figure right before a
// date's preposition belongs to through "of" ("a closing price of $66.29
// on Friday", "a high of 31 degrees on Tuesday"): the date is when that
// figure held, not when the sentence's event happened. -1 when there is
// none.
func (sc scanner) figureNoun(i int) int {
	if !datePreps[sc.tok(i-1)] || !plainGap(sc.gap(i-1)) {
		return -1
	}
	k := i - 2
	if isLetters(sc.tok(k)) && isDigits(sc.tok(k-1)) && plainGap(sc.gap(k)) {
		k-- // a unit or a scale word: "31 degrees", "$4 billion"
	}
	if !isDigits(sc.tok(k)) || !plainGap(sc.gap(k+1)) {
		return -1
	}
	for isDigits(sc.tok(k-1)) && (sc.gap(k) == "." || sc.gap(k) == ",") {
		k--
	}
	if sc.tok(k-1) != "of" || strings.ContainsAny(sc.gap(k), ",;:()") {
		return -1
	}
	if w := sc.tok(k - 2); isLetters(w) && !determiners[w] && !notNouns[w] && len(w) > 2 {
		return k - 2
	}
	return -1
}

// nounOfLinks, dateOfTimes and dayOrdinals: see nounOfDate.
var nounOfLinks, dateOfTimes, dayOrdinals = lexicon.Set("noun-of-links"), lexicon.Set("date-of-times"), lexicon.Set("day-ordinals")

// dayCountedFrom reports whether a weekday is named from another event
// that follows it: "the Saturday after the outbreak was declared", "the
// Monday before the vote". It is no day the publication date can resolve,
// and is not read.
func (sc scanner) dayCountedFrom(expr dateExpr, i, end int) bool {
	return expr.rel == relWeekday && expr.offset == 0 && sc.tok(i-1) == "the" && sc.phraseAt(end, countedFrom) != nil
}

// dateMentionOf returns the mention of the date expression read from
// tokens i to end, with the preposition before it ("on Monday", "as of
// Monday"): whether it is tied to a verb of saying, whether it is a bare
// number that may be a quantity too, and the noun it modifies.
func (sc scanner) dateMentionOf(expr dateExpr, i, end int) dateMention {
	start := i
	prev := sc.tok(i - 1)
	if datePreps[prev] {
		start = i - 1
	}
	if prev == "of" && sc.tok(i-2) == "as" {
		expr.asOf, start = true, i-2 // as of Monday
	}
	sc.endOf(&expr, i)
	said := sc.saidRightBefore(start) || sc.reportActBeside(start, end) || sc.toldWhom(start) || (saidVerbs[sc.tok(end)] && plainGap(sc.gap(end))) || sc.saidThat(start, end) || sc.saidBy(start) || sc.saidInverted(start) && sc.clauseEnds(end) || sc.cited(start, end)
	noYear := expr.rel == absolute && expr.month != 0 && expr.year == 0 && expr.to == nil
	deadline := sc.byDeadline(i) && !sc.possessive(end)                                                  // not "hit by Monday's hailstorm": an agent, whose day it gives
	bound := boundPreps[prev] && !(sc.possessive(end) && sc.nounAfter(end) >= 0) && !sc.throughDuring(i) // read only for a fact that is a bound itself: "until September 30"
	ahead := expr.rel == relWeekday && expr.offset == 0 && sc.possessive(end) && sc.modalAhead()         // "At Wednesday's conference, donors should": the next one or the last
	expr.possessiveDay = expr.rel == relWeekday && expr.offset == 0 && sc.possessive(end)
	at := start
	if sc.tok(at-1) == "for" {
		at-- // "forecast for Thursday"
	}
	if expr.rel == relWeekday && expr.offset == 0 && at < i && sc.aheadBefore(at) {
		expr.offset = 1 // "more snow is forecast for Thursday": the next one
	}
	target := expr.rel == relWeekday && expr.offset == 0 && at < start && !expr.possessiveDay // "a day of mourning for Monday": a day set, which may lie ahead
	if (expr.rel == relWeekday && expr.offset == 0 || noYear) && (sc.future(start) || sc.futureAfter(end) || deadline || bound || ahead || target) {
		expr.eitherWay = true // "will reopen on Wednesday": the next Wednesday, or "will question the men arrested on Monday"; "will vote in January"; "must decide by Oct. 29"
	}
	expr.told = noYear && !expr.eitherWay && !sc.presentBefore(start)
	expr.pastTold = noYear && sc.pastBefore(start)
	since := (sincePreps[prev] || (determiners[prev] || sinceArticles[prev]) && sincePreps[sc.tok(i-2)] || sc.afterSincePhrase(i) || sc.sinceOverFiller(i)) && !eventAfterBound[sc.tok(end)]
	bare := end == i+1 && expr.rel == absolute && expr.month == 0 && !expr.decade && expr.to == nil && !yearPreps[prev] && !datePreps[prev] && !eventAfterBound[sc.tok(end)]
	noun := sc.modified(i, end)
	fromTo := expr.to != nil && rangeStarts[prev]                      // "dauerte vom 3. bis 9. Dezember": from, not of
	if noun < 0 && !sc.possessive(end) && !expr.vaguePart && !fromTo { // "el cuarto trimestre de 2026" is a part of the year
		noun = sc.nounOfDate(i) // "the results of the election of 8 March", "las elecciones del 8 de marzo"; not "the accounts of last Thursday's diversion"
	}
	if noun < 0 {
		noun = sc.figureNoun(i) // "a closing price of $66.29 on Friday"
	}
	return dateMention{span: span{start, end}, expr: expr, said: said, since: since, bare: bare, noun: noun, deadline: deadline, reaction: sc.reactionNextTo(start, end), birthday: sc.birthdayAt(start)}
}

// reactionNextTo returns the token of a verb of [reaction-verbs] right
// before the date at tokens start to end (perhaps over a word of
// [sayer-adverbs]) or right after it, or -1: "today welcomed the
// agreement", "hailed on Friday the deal".
func (sc scanner) reactionNextTo(start, end int) int {
	if sc.possessive(end) {
		return -1 // "condemned Tuesday's attack": the date is the object's
	}
	if reactionVerbs[sc.tok(end)] && plainGap(sc.gap(end)) {
		return end
	}
	return sc.verbBefore(start, reactionVerbs)
}

// birthdayAt reports whether a date that opens with "in" or "on" at token
// start follows an age after a verb of turning ([age-turn-verbs]): "who
// turned 23 in November" dates the birthday.
func (sc scanner) birthdayAt(start int) bool {
	w := sc.tok(start)
	return (w == "in" || w == "on") && start >= 2 && isDigits(sc.tok(start-1)) && ageTurnVerbs[sc.tok(start-2)]
}

// reactionVerbs ([reaction-verbs]) say how someone met what their object
// names: a date next to one is the reaction's.
var reactionVerbs = lexicon.Set("reaction-verbs")

// possessiveAhead are the modals that, in a sentence with a possessive
// weekday ("Wednesday's conference"), may put its day ahead of the report.
var possessiveAhead = lexicon.Set("possessive-ahead")

// modalAhead reports whether a modal of [possessive-ahead] stands in the
// sentence as one: not before "have" ("could have hoped": the past), and
// "may" not as the month ("in May", "May 3").
func (sc scanner) modalAhead() bool {
	for i := range sc.toks {
		w := sc.tok(i)
		if next := sc.tok(i + 2); !possessiveAhead[w] || sc.tok(i+1) == "have" && (strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "en") || next == "been") {
			continue // "could have hoped": the past; not "must have a deal ready"
		}
		if w == "may" && (datePreps[sc.tok(i-1)] || isDigits(sc.tok(i+1))) {
			continue
		}
		return true
	}
	return false
}

// toldWhom reports whether a verb of saying and the one it was said to
// stand right before token start: "told us on Monday that", "told
// reporters on Friday".
func (sc scanner) toldWhom(start int) bool {
	if start >= 2 && sayingObjects[sc.tok(start-1)] && saidVerbs[sc.tok(start-2)] && plainGap(sc.gap(start)) && plainGap(sc.gap(start-1)) {
		return true
	}
	k := start - 1 // "told the Courier on Monday", "told Reuters on Friday": whom the saying was to
	for n := 0; n < 2 && k >= 1 && sc.toldObject(k); n++ {
		k--
	}
	if k < start-1 && sc.tok(k) == "the" {
		k--
	}
	return k < start-1 && k >= 0 && tellVerbs[sc.tok(k)] && plainGap(sc.gap(k+1))
}

// toldObject reports whether token k may be a word of whom something was
// told: a word of letters with a space after it, and no pronoun, article,
// auxiliary or word that opens a clause or a phrase of its own ("told staff
// it would close on Monday", "told the firm to close on Monday").
func (sc scanner) toldObject(k int) bool {
	w := sc.tok(k)
	return isLetters(w) && plainGap(sc.gap(k+1)) && !personPronouns[w] && !determiners[w] && !auxiliaries[w] && !notTold[w]
}

// notTold are words that, after a verb of telling, open what was told
// rather than name whom: see toldObject.
var notTold = lexicon.Set("not-told")

// tellVerbs take whom something was said to as their object: "told the
// Courier on Monday".
var tellVerbs = lexicon.Set("tell-verbs")

// sayingObjects are who something is said to, between a verb of saying
// and its date: "told us on Monday".
var sayingObjects = lexicon.Set("saying-objects")

// presentBefore reports whether a verb in the present tense stands right
// before token start, as the date's own verb ("The festival is on 14
// March"): a date so told is this year's.
func (sc scanner) presentBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-presentReach; k-- {
		if presentVerbs[sc.tok(k)] {
			return true
		}
	}
	return false
}

// pastBefore reports whether a verb in the past tense stands before
// token start in its clause, within pastReach words: an auxiliary of the
// past ("was", "had", "did") or a word ending in "ed" ("reached",
// "voted"; English only), but after a form of [present-be] ("is
// switched off", "are expected"), a passive of the present.
func (sc scanner) pastBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-pastReach; k-- {
		if strings.ContainsAny(sc.gap(k+1), ",;:.!?") {
			return false
		}
		w := sc.tok(k)
		if pastAuxiliaries[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !presentBe[sc.tok(k-1)] { // not "is switched off on 30 September", a passive of the present
			return true
		}
	}
	return false
}

// pastReach is how many words before a date pastBefore looks.
const pastReach = 8

// pastAuxiliaries are the auxiliaries of the past tense.
var pastAuxiliaries = lexicon.Set("past-auxiliaries")

// presentBe: see pastBefore.
var presentBe = lexicon.Set("present-be")

// presentReach is how far before a date its own verb stands: "is on 14
// March", "is set for 14 March" (not "is still clearing debris left by
// the storm on 14 March").
const presentReach = 3

// presentVerbs are verbs in the present tense.
var presentVerbs = lexicon.Set("present-verbs")

// aheadBefore reports whether a word of [ahead-before] stands right
// before the preposition at token start as a verb (after an auxiliary of
// the present, or a comma), with no auxiliary of the past in the two
// words before it: "is forecast for Thursday", not "was expected on
// Friday" nor "raised its forecast on Tuesday".
func (sc scanner) aheadBefore(start int) bool {
	if !aheadWords[sc.tok(start-1)] || !plainGap(sc.gap(start)) {
		return false
	}
	verb := aheadAuxiliaries[sc.tok(start-2)] || strings.Contains(sc.gap(start-1), ",") // "snow is forecast for", "the vote, scheduled for"; not "raised its forecast on Tuesday", a noun
	return verb && !pastAuxiliaries[sc.tok(start-2)] && !pastAuxiliaries[sc.tok(start-3)]
}

// aheadAuxiliaries ([ahead-auxiliaries]) before a word of [ahead-before]
// make it a verb: "is forecast", "are expected".
var aheadAuxiliaries = lexicon.Set("ahead-auxiliaries")

// aheadWords: see aheadBefore.
var aheadWords = lexicon.Set("ahead-before")

// futureMarkers put a weekday after them in the future.
var futureMarkers = lexicon.Set("future-markers")

// futureReach is how many words before a weekday a future marker may
// stand: a weekday after one reads both ways, so a long reach costs no
// certainty ("will launch its first astronauts on a European rocket on
// Tuesday").
const futureReach = 16

// future reports whether a future marker stands before token start, in
// the same clause and at most futureReach words away: "will reopen on
// Wednesday".
func (sc scanner) future(start int) bool {
	past := false // a past verb between the weekday and the word before
	for k := start - 1; k >= 0 && k >= start-futureReach; k-- {
		if sc.futureAt(k) {
			return true
		}
		if past && (clauseRelatives[sc.tok(k)] || relativeWords[sc.tok(k)]) {
			return false // "will ask the judge to hold the men who appeared in court on Monday": the relative clause's day; not "those who register on Monday"
		}
		past = past || pastForm(sc.tok(k)) || pastAuxiliaries[sc.tok(k)] || pastVerbs[sc.tok(k)] // "who fled", "that sank"
		if k > 0 && !wordGap(sc.gap(k)) && !sc.clockGap(k) {
			return false
		}
	}
	return false
}

// clockGap reports whether the gap before token k is the colon or the dot
// of a clock time ("at 05:00 on Thursday"), which stays inside a clause.
func (sc scanner) clockGap(k int) bool {
	g := sc.gap(k)
	return (g == ":" || g == ".") && isDigits(sc.tok(k-1)) && isDigits(sc.tok(k))
}

// futureAfter reports whether a future marker follows token end in the
// same clause, at most futureReach words away: "Tuesday's launch will be
// its first".
func (sc scanner) futureAfter(end int) bool {
	for k := end; k < len(sc.toks) && k < end+futureReach; k++ {
		if !wordGap(sc.gap(k)) && !sc.clockGap(k) {
			return false
		}
		if complementizers[sc.tok(k)] {
			return false // "announced on May 3 that the park would shut": the clause said
		}
		if sc.futureAt(k) {
			return true
		}
	}
	return false
}

// wordGap reports whether a gap stays inside a clause: white space, an
// apostrophe ("Tuesday's"), or a hyphen within a word ("its first
// fare-paying passengers"; not a dash set off by spaces).
func wordGap(g string) bool {
	t := strings.TrimSpace(g)
	return t == "" || t == "'" || t == "’" || g == "-"
}

// futureAt reports whether token k is a future marker: one of
// futureMarkers, or "due" but for "due to" (because of).
func (sc scanner) futureAt(k int) bool {
	if pastModals[sc.tok(k)] && sc.tok(k+1) == "have" {
		return false // "more than anyone could have hoped": the past
	}
	if sc.partOfDay(k) {
		return false // Italian "ieri sera", the evening, not French "sera", will be
	}
	return futureMarkers[sc.tok(k)] || futureUnlessTo[sc.tok(k)] && (sc.tok(k+1) != "to" || copulas[sc.tok(k-1)]) || sc.phraseAt(k, futurePhrases) != nil // "is due to certify", not "delayed due to the storm"; "take effect"
}

// futurePhrases ([future-phrases]) are schedules in the present of several
// words, whose first word alone is no future: "The rules take effect
// Saturday", not "Fans take part in a march on Sunday".
var futurePhrases = phrases("future-phrases")

// partOfDay reports whether token k is a word that is a part of the day
// in one language and a future marker in another, after a word of
// [part-of-day-before] that makes it the part of the day: "ieri sera",
// "sabato sera", "in serata".
func (sc scanner) partOfDay(k int) bool {
	return partsOfDayToo[sc.tok(k)] && partOfDayBefore[sc.tok(k-1)]
}

// partsOfDayToo and partOfDayBefore: see partOfDay.
var partsOfDayToo, partOfDayBefore = lexicon.Set("parts-of-day-too"), lexicon.Set("part-of-day-before")

// futureUnlessTo are future markers but before "to": "guidance due in
// February", not "delayed due to the storm".
var futureUnlessTo = lexicon.Set("future-unless-to")

// saidThat reports whether a date stands between a verb of saying and the
// "that" of what was said, with only a place of saying between the verb
// and the date: "said on Twitter on March 12 that ...".
func (sc scanner) saidThat(start, end int) bool {
	if sc.tok(end) != "that" || !plainGap(sc.gap(end)) {
		return false
	}
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		if saidVerbs[sc.tok(k)] || announceVerbs[sc.tok(k)] {
			return true
		}
		hearer := k > 0 && saidVerbs[sc.tok(k-1)] || sc.namedHearer(k) || sc.tok(k) == "to" && announceVerbs[sc.tok(k-1)] // "told shareholders in a letter dated 21 November that", "confirmed to Curaçao Today at 8.30am that"
		if !saidPath[sc.tok(k)] && !sayerAdverbs[sc.tok(k)] && !hearer || !plainGap(sc.gap(k+1)) {
			return false // "announced on Twitter on May 3 that", "confirmed again on Wednesday that"
		}
	}
	return false
}

// namedHearer reports whether token k is a word of a name written with
// capitals that a verb of saying, or one and "to", stands right before:
// the hearer ("told Radio One", "confirmed to Curaçao Today"). False where
// the case is not known.
func (sc scanner) namedHearer(k int) bool {
	if sc.cased == nil || !sc.capital(k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-hearerWords; j-- {
		switch w := sc.tok(j); {
		case saidVerbs[w] || announceVerbs[w]:
			return true
		case w == "to":
			return saidVerbs[sc.tok(j-1)] || announceVerbs[sc.tok(j-1)]
		case !sc.capital(j):
			return false
		}
	}
	return false
}

// hearerWords is how many words a hearer's name may hold: "Curaçao Today".
const hearerWords = 3

// saidByReach is how many words before a date "by" and who said it may
// take: "published by the Regional Electoral Commission early on Monday".
const saidByReach = 8

// saidBy reports whether a date follows a verb of saying and who said
// it, in a few words: "published by the safety board on Thursday".
func (sc scanner) saidBy(start int) bool {
	for b := start - 1; b >= 1 && b >= start-saidByReach; b-- {
		if g := sc.gap(b + 1); !plainGap(g) && g != "-" {
			return false
		}
		if sc.tok(b) == "by" {
			return b+1 < start && saidVerbs[sc.tok(b-1)] && plainGap(sc.gap(b))
		}
	}
	return false
}

// saidInverted reports whether a date follows a verb of saying and who
// said it, in one word or "the" and one: "reported Reuters last Friday",
// "said the ministry on Monday". The caller asks the date to end its
// clause too: in "said the blast on Friday killed four" it is the blast's.
func (sc scanner) saidInverted(start int) bool {
	for _, b := range []int{start - 2, start - 3} {
		if b < 0 || !saidVerbs[sc.tok(b)] || b == start-3 && sc.tok(b+1) != "the" || notNouns[sc.tok(start-1)] {
			continue // not "said that the previous evening"
		}
		plain := true
		for k := b + 1; k <= start; k++ {
			plain = plain && plainGap(sc.gap(k))
		}
		if plain {
			return true
		}
	}
	return false
}

// cited reports whether a date closes a citation in brackets, after a
// comma and a few words naming the source: "(Reuters, March 3)", "(report
// AB-12, May 2, 2021)". It dates the source cited, not the event; a date
// that opens the brackets, "(on March 3)", is the event's.
func (sc scanner) cited(start, end int) bool {
	if !strings.HasPrefix(strings.TrimSpace(sc.gap(end)), ")") && !(end == len(sc.toks) && strings.HasPrefix(strings.TrimSpace(sc.s[sc.toks[end-1].End:]), ")")) {
		return false
	}
	if strings.TrimSpace(sc.gap(start)) != "," || datePreps[sc.tok(start)] {
		return false
	}
	for b := start - 1; b >= 0 && b >= start-5; b-- {
		g := sc.gap(b)
		if b == 0 {
			g = sc.s[:sc.toks[0].Start]
		}
		if strings.HasSuffix(strings.TrimSpace(g), "(") {
			return true
		}
		if !plainGap(g) && g != "-" {
			return false
		}
	}
	return false
}

// modified returns the token of the noun that a date (tokens i..end)
// modifies, "the March 9 fire", or -1: a determiner before the date and a
// word after it that is no preposition, conjunction or verb.
func (sc scanner) modified(i, end int) int {
	possessive := sc.tok(i-1) == "s" && (sc.gap(i-1) == "'" || sc.gap(i-1) == "’") // "the government's 2026 budget"
	if sc.possessive(end) && (boundPreps[sc.tok(i-1)] && !sc.throughDuring(i) || sc.tok(end-1) == "year") {
		return sc.nounAfter(end) // "after Saturday's extra-time win": the win's date; "passed next year's budget": the budget's year
	}
	if !determiners[sc.tok(i-1)] && !possessive || end >= len(sc.toks) || !plainGap(sc.gap(end)) || duringWords[sc.tok(i-2)] && sc.stretchAfter(end) {
		return -1 // "during the Wednesday evening rush hour": the time of the sentence's event
	}
	w := sc.tok(end)
	if w == "" || notNouns[w] || !isLetters(w) {
		return -1
	}
	if dayParts[w] && w != "day" && sc.tok(i-2) == "on" && !sc.letterAfter(end+1) && !strings.ContainsAny(sc.gap(end+1), "-'’") {
		return -1 // "on the Wednesday afternoon": a part of the day, no noun; not "the Wednesday afternoon session", "the Wednesday night-time curfew", nor "before the Wednesday afternoon"
	}
	return end
}

// letterAfter reports whether a word of letters follows token k-1 with
// only spaces between: a noun may go on there.
func (sc scanner) letterAfter(k int) bool {
	return k < len(sc.toks) && plainGap(sc.gap(k)) && isLetters(sc.tok(k)) && !notNouns[sc.tok(k)]
}

// duringWords, before "the" and a date, make a noun of stretchNouns after
// it a stretch of time the sentence's event happened in ("during the
// Wednesday evening rush hour"; not "during the March 11 hearing", another
// event).
var duringWords, stretchNouns = lexicon.Set("during-words"), lexicon.Set("stretch-nouns")

// stretchAfter reports whether the words of the noun after a date at
// token end all name a stretch of time ("the Wednesday evening rush hour"),
// not an event ("the March 11 evening hearing").
func (sc scanner) stretchAfter(end int) bool {
	k := end
	for ; k < len(sc.toks) && (k == end || plainGap(sc.gap(k))) && isLetters(sc.tok(k)) && !notNouns[sc.tok(k)]; k++ {
		if !stretchNouns[sc.tok(k)] {
			return false
		}
	}
	return k > end
}

// nounAfter returns the token of the noun a possessive date that ends at
// token end names, past the "'s" and the words of a compound joined to it
// ("Saturday's extra-time win"), or -1.
func (sc scanner) nounAfter(end int) int {
	k := end
	if sc.tok(k) == "s" {
		k++
	}
	for k+1 < len(sc.toks) && sc.gap(k+1) == "-" {
		k++ // the last word of "extra-time"
	}
	if k+1 < len(sc.toks) && plainGap(sc.gap(k+1)) && sc.gap(k) == "-" {
		k++
	}
	if k >= len(sc.toks) || !plainGap(sc.gap(k)) || !isLetters(sc.tok(k)) || notNouns[sc.tok(k)] {
		return -1 // "after Sunday's 7.8 magnitude earthquake", "after Saturday's, ...": no noun right after
	}
	return k
}

// dateAt reads a date expression starting at token i. The readers are
// method expressions, so that trying them at each token builds no
// closures.
func (sc scanner) dateAt(i int) (dateExpr, int, bool) {
	forms := [...]func(scanner, int) (dateExpr, int, bool){
		scanner.isoDate, scanner.numericDate, scanner.monthFirst, scanner.dayFirst, scanner.monthPart, scanner.quarterAt, scanner.yearOrRange, scanner.weekdayAt, scanner.relativeAt, scanner.monthDayAt, scanner.namedDayAt,
	}
	for _, p := range forms {
		if e, end, ok := p(sc, i); ok {
			return e, end, true
		}
	}
	return dateExpr{}, 0, false
}
