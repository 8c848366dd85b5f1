package checks

import (
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// relKind says what a date expression is relative to.
type relKind int

const (
	absolute      relKind = iota
	relWeekday            // "on Wednesday", "last Friday"
	relDay                // "yesterday", "last night", "3 days ago": offset days
	relWeek               // "this week", "last week", "two weeks ago": offset weeks
	relMonth              // "this month", "last month": offset months
	relYear               // "this year", "last year": offset years
	relMonthSoFar         // "earlier this month"
	relWeekSoFar          // "earlier this week"
	relYearSoFar          // "earlier this year"
	relAnaphoric          // "the night before", "three days later": offset days from a date the text gives
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
	ambiguous        bool      // a numeric date whose day and month could be either way
	// anchor is, for an anaphoric expression, the date before it in the
	// sentence that it counts from; nil when the sentence gives none.
	anchor *dateExpr
	// asOf marks "as of Monday": a state on that day, so the event may be
	// any day up to it.
	asOf bool
	// fromPublication marks an anaphoric expression that, with no date
	// before it in the sentence, counts from the day of the report: "the
	// previous evening", unlike "three days later".
	fromPublication bool
}

// A dateMention is a date expression found in a sentence.
type dateMention struct {
	span
	expr dateExpr
	// said marks a date tied to a verb of saying ("said on Saturday"): it
	// dates the report, not the event.
	said bool
	// bare marks a lone four-digit number read as a year without anything
	// around it that says so ("2000 troops"): it may still be a quantity.
	bare bool
	// noun is the token of the noun a date stands before as a modifier
	// ("the March 9 fire"): the date is that noun's; -1 when none.
	noun int
}

// months maps month names in every language of lexicon/months.txt to their
// numbers; ambiguousMonths are the names that are also common words, and
// count alone as months only after a preposition. Both are read once and
// never changed.
var (
	months          = lexicon.Ints("months")
	ambiguousMonths = lexicon.Set("ambiguous-months")
)

var weekdays = func() map[string]time.Weekday {
	out := make(map[string]time.Weekday)
	for w, n := range lexicon.Ints("weekdays") {
		out[w] = time.Weekday(n)
	}
	return out
}()

// datePreps may stand before a date and belong to the expression.
var datePreps = lexicon.Set("date-prepositions")

// boundPreps make a date a bound rather than the date of the event: "before
// 2013" does not say when something happened.
var boundPreps = lexicon.Set("bound-prepositions")

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

// extractDates finds the date expressions of a sentence, left to right.
func extractDates(s string, toks []text.Token) []dateMention {
	sc := scanner{s: s, toks: toks}
	var out []dateMention
	for i := 0; i < len(toks); {
		expr, end, ok := sc.dateAt(i)
		if codeEnd, code := sc.codeRun(i); code && (!ok || end < codeEnd) {
			i = codeEnd // an identifier or a version, not a date: CVE-2020-31337
			continue
		}
		if !ok {
			i++
			continue
		}
		if !expr.ambiguous && !boundPreps[sc.tok(i-1)] {
			if expr.rel == relAnaphoric && len(out) > 0 {
				expr.anchor = &out[len(out)-1].expr
			}
			out = append(out, sc.dateMentionOf(expr, i, end))
		}
		i = end
	}
	return out
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
	said := (saidVerbs[sc.tok(start-1)] && plainGap(sc.gap(start))) || (saidVerbs[sc.tok(end)] && plainGap(sc.gap(end))) || sc.saidThat(start, end)
	bare := end == i+1 && expr.rel == absolute && expr.month == 0 && !expr.decade && expr.to == nil && !yearPreps[prev] && !datePreps[prev]
	return dateMention{span: span{start, end}, expr: expr, said: said, bare: bare, noun: sc.modified(i, end)}
}

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
		if !saidPath[sc.tok(k)] || !plainGap(sc.gap(k+1)) {
			return false
		}
	}
	return false
}

// modified returns the token of the noun that a date (tokens i..end)
// modifies, "the March 9 fire", or -1: a determiner before the date and a
// word after it that is no preposition, conjunction or verb.
func (sc scanner) modified(i, end int) int {
	if !determiners[sc.tok(i-1)] || end >= len(sc.toks) || !plainGap(sc.gap(end)) {
		return -1
	}
	w := sc.tok(end)
	if w == "" || notNouns[w] || !isLetters(w) {
		return -1
	}
	return end
}

// dateAt reads a date expression starting at token i.
func (sc scanner) dateAt(i int) (dateExpr, int, bool) {
	for _, p := range []func(int) (dateExpr, int, bool){
		sc.isoDate, sc.numericDate, sc.monthFirst, sc.dayFirst, sc.monthPart, sc.yearOrRange, sc.weekdayAt, sc.relativeAt,
	} {
		if e, end, ok := p(i); ok {
			return e, end, true
		}
	}
	return dateExpr{}, 0, false
}

// isoDate reads 2022-09-07, and 2022/09/07: year first, the month is
// always second.
func (sc scanner) isoDate(i int) (dateExpr, int, bool) {
	y, ok := sc.year4(i)
	sep := sc.gap(i + 1)
	if !ok || (sep != "-" && sep != "/") || sc.gap(i+2) != sep || len(sc.tok(i+1)) != 2 || len(sc.tok(i+2)) != 2 {
		return dateExpr{}, 0, false
	}
	m, err1 := strconv.Atoi(sc.tok(i + 1))
	d, err2 := strconv.Atoi(sc.tok(i + 2))
	if err1 != nil || err2 != nil || !validDay(y, m, d) {
		return dateExpr{}, 0, false
	}
	return dateExpr{year: y, month: m, day: d}, i + 3, true
}

// numericDate reads 9/9/2022, 25.12.2021 or 12/25/2021: day and month in
// whichever order the numbers allow. When both orders are possible
// (3/4/2022) the date is not read at all, and its year is not read alone:
// a date that cannot be placed must not agree at a coarser precision.
func (sc scanner) numericDate(i int) (dateExpr, int, bool) {
	a, b := sc.tok(i), sc.tok(i+1)
	sep := sc.gap(i + 1)
	if !isDigits(a) || !isDigits(b) || len(a) > 2 || len(b) > 2 || (sep != "/" && sep != ".") || sc.gap(i+2) != sep {
		return dateExpr{}, 0, false
	}
	y, ok := sc.year4(i + 2)
	if !ok {
		return dateExpr{}, 0, false
	}
	x, _ := strconv.Atoi(a)
	z, _ := strconv.Atoi(b)
	switch {
	case x == z || z > 12:
		if validDay(y, x, z) {
			return dateExpr{year: y, month: x, day: z}, i + 3, true // month first, or both the same
		}
	case x > 12:
		if validDay(y, z, x) {
			return dateExpr{year: y, month: z, day: x}, i + 3, true
		}
	}
	return dateExpr{ambiguous: true}, i + 3, true
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year, so that February 29 stays possible
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// rangeWord reports whether the text before token j joins the two ends of a
// range: a dash, "and", "to", "through".
func (sc scanner) rangeJoin(j int) (next int, ok bool) {
	if strings.TrimSpace(sc.gap(j)) == "-" {
		return j, true
	}
	switch sc.tok(j) {
	case "and", "to", "through", "until", "till":
		return j + 1, true
	}
	return 0, false
}

// optionalYear reads ", 2022" or " 2022" after a day or month.
func (sc scanner) optionalYear(e *dateExpr, j int) int {
	if y, ok := sc.year4(j); ok && !strings.Contains(sc.gap(j), "-") {
		e.year = y
		return j + 1
	}
	return j
}

// monthFirst reads "September 7", "Sept. 7, 2022", "July 23 and 24",
// "July 30 to August 2", "December 2018".
func (sc scanner) monthFirst(i int) (dateExpr, int, bool) {
	m, ok := sc.month(i)
	if !ok {
		return dateExpr{}, 0, false
	}
	if d, ok := sc.dayNum(i + 1); ok && validDay(0, m, d) {
		e := dateExpr{month: m, day: d}
		if to, end, ok := sc.dayRangeEnd(m, d, i+2); ok {
			e.year, e.to = to.year, to
			return e, end, true
		}
		return e, sc.optionalYear(&e, i+2), true
	}
	if y, ok := sc.year4(i + 1); ok {
		e := dateExpr{month: m, year: y}
		// "January 2023 to August 2024", "between January 2023 and August 2024".
		if k, ok := sc.rangeJoin(i + 2); ok && (sc.tok(i+2) != "and" || sc.tok(i-1) == "between") {
			if m2, ok := sc.month(k); ok {
				if y2, ok := sc.year4(k + 1); ok && (y2 > y || y2 == y && m2 > m) {
					e.to = &dateExpr{month: m2, year: y2}
					return e, k + 2, true
				}
			}
		}
		return e, i + 2, true
	}
	return dateExpr{}, 0, false
}

// dayRangeEnd reads the end of a range of days that starts on day d of
// month m, at the join before token j: "23 and 24", "30 to August 2", with
// the year after it. It returns the end and the token after it.
func (sc scanner) dayRangeEnd(m, d, j int) (*dateExpr, int, bool) {
	k, ok := sc.rangeJoin(j)
	if !ok {
		return nil, 0, false
	}
	if d2, ok := sc.dayNum(k); ok && d2 > d && validDay(0, m, d2) && !sc.isMonthAt(k+1) {
		to := &dateExpr{month: m, day: d2}
		return to, sc.optionalYear(to, k+1), true
	}
	if m2, ok := sc.month(k); ok {
		if d2, ok := sc.dayNum(k + 1); ok && validDay(0, m2, d2) {
			to := &dateExpr{month: m2, day: d2}
			return to, sc.optionalYear(to, k+2), true
		}
	}
	return nil, 0, false
}

func (sc scanner) isMonthAt(i int) bool {
	_, ok := sc.month(i)
	return ok
}

// dayFirst reads "7 September 2022", "7th of September", "23-24 July",
// "23 and 24 July".
func (sc scanner) dayFirst(i int) (dateExpr, int, bool) {
	d, ok := sc.dayNum(i)
	if !ok {
		return dateExpr{}, 0, false
	}
	monthAt := func(j int) (int, int, bool) {
		if sc.tok(j) == "of" {
			j++
		}
		m, ok := sc.month(j)
		return m, j + 1, ok
	}
	if m, j, ok := monthAt(i + 1); ok && validDay(0, m, d) {
		e := dateExpr{month: m, day: d}
		return e, sc.optionalYear(&e, j), true
	}
	if k, ok := sc.rangeJoin(i + 1); ok {
		if d2, ok := sc.dayNum(k); ok && d2 > d {
			if m, j, ok := monthAt(k + 1); ok && validDay(0, m, d) && validDay(0, m, d2) {
				to := dateExpr{month: m, day: d2}
				j = sc.optionalYear(&to, j)
				return dateExpr{month: m, day: d, year: to.year, to: &to}, j, true
			}
		}
	}
	return dateExpr{}, 0, false
}

// monthPart reads "in July", "mid-July", "early March 2020", "late May".
func (sc scanner) monthPart(i int) (dateExpr, int, bool) {
	part := ""
	j := i
	switch sc.tok(i) {
	case "early", "mid", "late":
		part, j = sc.tok(i), i+1
	}
	m, ok := sc.month(j)
	if !ok {
		return dateExpr{}, 0, false
	}
	word := sc.tok(j)
	full := len(word) > 4 || word == "may" || word == "june" || word == "july"
	if !full {
		return dateExpr{}, 0, false // "Jan" alone is more often a name than a month
	}
	if ambiguousMonths[word] && part == "" && !yearPreps[sc.tok(j-1)] && !datePreps[sc.tok(j-1)] {
		return dateExpr{}, 0, false
	}
	e := dateExpr{month: m, part: part}
	return e, sc.optionalYear(&e, j+1), true
}

// yearOrRange reads "2013", "1980-88", "1980 to 1988" after "from" or
// "between", and decades such as "1990s".
func (sc scanner) yearOrRange(i int) (dateExpr, int, bool) {
	if t := sc.tok(i); len(t) == 5 && strings.HasSuffix(t, "0s") && isDigits(t[:4]) {
		y, _ := strconv.Atoi(t[:4])
		return dateExpr{year: y, decade: true}, i + 1, true
	}
	y, ok := sc.year4(i)
	if !ok {
		return dateExpr{}, 0, false
	}
	if y2, end, ok := sc.yearRangeEnd(i, y); ok {
		return dateExpr{year: y, to: &dateExpr{year: y2}}, end, true
	}
	if isNumberGap(sc.gap(i+1)) && isDigits(sc.tok(i+1)) {
		return dateExpr{}, 0, false // part of a number such as "2013.5" or "2013,000"
	}
	if prev := sc.tok(i - 1); !yearPreps[prev] && !datePreps[prev] && (y < 1900 || y > 2099) {
		return dateExpr{}, 0, false
	}
	return dateExpr{year: y}, i + 1, true
}

// yearRangeEnd reads the end of a range of years that starts with the
// year y at token i: "1980-88", "1980-1988", "from 1980 to (until,
// through) 1988", "between 1980 and 1988". It returns the end year and
// the token after it.
func (sc scanner) yearRangeEnd(i, y int) (int, int, bool) {
	prev, next := sc.tok(i-1), sc.tok(i+1)
	joined := prev == "from" && (next == "to" || next == "until" || next == "till" || next == "through") ||
		prev == "between" && next == "and"
	if strings.TrimSpace(sc.gap(i+1)) != "-" && !joined {
		return 0, 0, false
	}
	k := i + 1
	if joined {
		k++
	}
	t := sc.tok(k)
	if !isDigits(t) || len(t) != 2 && len(t) != 4 {
		return 0, 0, false
	}
	y2, _ := strconv.Atoi(t)
	if len(t) == 2 {
		y2 += y / 100 * 100
	}
	if y2 <= y || y2 > 2999 {
		return 0, 0, false // "between 2000 and 3000 members" is no range of years
	}
	return y2, k + 1, true
}
