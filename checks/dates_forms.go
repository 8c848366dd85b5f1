package checks

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/lexicon"
)

// The forms of an absolute date: ISO, numeric, month first, day first, a
// part of a month, a year or a range of years.

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

// numericDate reads 9/9/2022, 25.12.2021, 19-02-2026 or 12/25/2021: day and month in
// whichever order the numbers allow. When both orders are possible
// (3/4/2022) the date is not read at all, and its year is not read alone:
// a date that cannot be placed must not agree at a coarser precision.
func (sc scanner) numericDate(i int) (dateExpr, int, bool) {
	a, b := sc.tok(i), sc.tok(i+1)
	sep := sc.gap(i + 1)
	if !isDigits(a) || !isDigits(b) || len(a) > 2 || len(b) > 2 || (sep != "/" && sep != "." && sep != "-") || sc.gap(i+2) != sep {
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

// dayRangeJoin reports whether the text before token j joins two days
// written day first into a range, as rangeJoin does or by a word of
// [day-range-joins] ("du 14 au 16 avril", "dal 14 al 16 aprile", "vom
// 14. bis 16. April", "van 14 tot 16 april", "de 14 a 16 de abril").
func (sc scanner) dayRangeJoin(j int) (next int, ok bool) {
	if dayRangeJoins[sc.tok(j)] {
		return j + 1, true
	}
	return sc.rangeJoin(j)
}

// dayRangeJoins: see dayRangeJoin.
var dayRangeJoins = lexicon.Set("day-range-joins")

// closesDayRange reports whether a day after the join before token j,
// followed by token next, may end a range of days: no comma before a word
// join, and no unit or period after the day. "sentenced Oct. 9, to 18
// years" is a date and a count, not October 9 to 18.
func (sc scanner) closesDayRange(j, next int) bool {
	if k, _ := sc.rangeJoin(j); k > j && !plainGap(sc.gap(j)) {
		return false
	}
	w := sc.tok(next)
	_, period := periods[strings.TrimSuffix(w, "s")]
	return !period && unitLexicon.lookup(w) == nil
}

// weekdayWord reports whether w names a day of the week.
func weekdayWord(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// leader reports whether a gap between words is a dot leader or an
// ellipsis ("Announced in April ........ 4"): the words on either side are
// no one date.
func leader(g string) bool { return strings.Contains(g, "..") || strings.Contains(g, "…") }

// optionalYear reads ", 2022" or " 2022" after a day or month.
func (sc scanner) optionalYear(e *dateExpr, j int) int {
	if y, ok := sc.year4(j); ok && !strings.Contains(sc.gap(j), "-") && !leader(sc.gap(j)) {
		e.year = y
		return j + 1
	}
	if y, ok := sc.year4(j + 1); ok && dateLinkers[sc.tok(j)] && plainGap(sc.gap(j)) && plainGap(sc.gap(j+1)) {
		e.year = y // "19 de março de 2026"
		return j + 2
	}
	return j
}

// dateLinkers join the parts of a date in some languages: "19 de março de
// 2026", "12 of March".
var dateLinkers = lexicon.Set("date-linkers")

// thousandsAfter reports whether a group of three digits follows token i
// after a dot or a comma: "18.450", "18,450" is one number, no day.
func (sc scanner) thousandsAfter(i int) bool {
	g := sc.gap(i + 1)
	return (g == "." || g == ",") && len(sc.tok(i+1)) == 3 && isDigits(sc.tok(i+1))
}

// monthBeforeDay are the month names a day may follow: see
// [month-before-day].
var monthBeforeDay = lexicon.Set("month-before-day")

// monthFirst reads "September 7", "Sept. 7, 2022", "July 23 and 24",
// "July 30 to August 2", "December 2018".
func (sc scanner) monthFirst(i int) (dateExpr, int, bool) {
	m, ok := sc.month(i)
	if !ok {
		return dateExpr{}, 0, false
	}
	if d, ok := sc.dayNum(i + 1); ok && monthBeforeDay[sc.tok(i)] && validDay(0, m, d) && !strings.Contains(sc.gap(i+1), ",") && !leader(sc.gap(i+1)) && !sc.thousandsAfter(i+1) { // "In February, 26 staff": no day; "April ...... 4": a dot leader's figure; "in september 18.450 hypotheken": a count; "en janvier 2 100 suppressions": no day in French
		e := dateExpr{month: m, day: d}
		if to, end, ok := sc.dayRangeEnd(m, d, i+2); ok {
			e.year, e.to = to.year, to
			return e, end, true
		}
		return e, sc.optionalYear(&e, i+2), true
	}
	if y, ok := sc.year4(i + 1); ok && !leader(sc.gap(i+1)) {
		e := dateExpr{month: m, year: y}
		if to, end, ok := sc.monthRangeEnd(e, i, i+2); ok {
			e.to = to
			return e, end, true
		}
		return e, i + 2, true
	}
	if y, ok := sc.year4(i + 2); ok && sc.tok(i+1) == "de" && plainGap(sc.gap(i+1)) {
		e := dateExpr{month: m, year: y}
		if to, end, ok := sc.monthRangeEnd(e, i, i+3); ok {
			e.to = to
			return e, end, true // "marzo de 2022 a junio de 2024"; alone, "marzo de 2022" is read as a month and its year
		}
	}
	if to, end, ok := sc.monthRangeEnd(dateExpr{month: m}, i, i+1); ok && to.month != m && plainGap(sc.gap(i+1)) && !sc.movedBefore(i) {
		y := to.year
		if to.month < m {
			y-- // "from December to March 2027": December 2026
		}
		return dateExpr{month: m, year: y, to: to}, end, true // "from June to December 2027": the first month in the end's year
	}
	return dateExpr{}, 0, false
}

// movedBefore reports whether a word of [moved-words] stands before the
// "from" before token i, up to movedReach words before it in its sentence:
// "postponed from June to December 2027" names two dates, the old one
// and the new, no range.
func (sc scanner) movedBefore(i int) bool {
	if !rangeStarts[sc.tok(i-1)] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-2-movedReach && !strings.ContainsAny(sc.gap(k+1), ".;:"); k-- {
		if movedWords[sc.tok(k)] {
			return true // "postponed from June", "postponed the referendum from June"
		}
	}
	return false
}

// movedReach is how many words may stand between a word of [moved-words]
// and the "from" of the dates it moves: "delayed the vote on the
// referendum from", "postponed once already, from".
const movedReach = 6

// movedWords ([moved-words]): see movedBefore.
var movedWords = lexicon.Set("moved-words")

// monthRangeEnd reads the end of a range of months that starts with the
// month and year e at token i, at the join before token j: "January 2023
// to August 2024", "between January 2023 and August 2024", "mars 2022 à
// juin 2024", "von März 2022 bis Juni 2024", "marzo de 2022 a junio de
// 2024" (a Spanish or Portuguese "de" before the end's year). It returns
// the end and the token after it.
func (sc scanner) monthRangeEnd(e dateExpr, i, j int) (*dateExpr, int, bool) {
	k, ok := sc.dayRangeJoin(j)
	if !ok || sc.tok(j) == "and" && sc.tok(i-1) != "between" {
		return nil, 0, false
	}
	m2, ok := sc.month(k)
	if !ok {
		return nil, 0, false
	}
	if sc.tok(k+1) == "de" {
		k++ // "junio de 2024"
	}
	if y2, ok := sc.year4(k + 1); ok && (y2 > e.year || y2 == e.year && m2 > e.month) {
		return &dateExpr{month: m2, year: y2}, k + 2, true
	}
	return nil, 0, false
}

// dayRangeEnd reads the end of a range of days that starts on day d of
// month m, at the join before token j: "23 and 24", "30 to August 2", with
// the year after it. It returns the end and the token after it.
func (sc scanner) dayRangeEnd(m, d, j int) (*dateExpr, int, bool) {
	k, ok := sc.rangeJoin(j)
	if !ok {
		return nil, 0, false
	}
	if d2, ok := sc.dayNum(k); ok && d2 > d && validDay(0, m, d2) && !sc.isMonthAt(k+1) && sc.closesDayRange(j, k+1) {
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
// "23 and 24 July", "14 and Sunday 15 March".
func (sc scanner) dayFirst(i int) (dateExpr, int, bool) {
	d, ok := sc.dayNum(i)
	if !ok {
		return dateExpr{}, 0, false
	}
	monthAt := func(j int) (int, int, bool) {
		if leader(sc.gap(j)) || strings.Contains(sc.gap(j), ",") {
			return 0, j, false // "Cases ...... 4 | April", "ACC.26, March 28": no date
		}
		if dateLinkers[sc.tok(j)] {
			j++ // "12 of March", "19 de março"
		}
		m, ok := sc.month(j)
		return m, j + 1, ok
	}
	if m, j, ok := monthAt(i + 1); ok && validDay(0, m, d) {
		e := dateExpr{month: m, day: d}
		j = sc.optionalYear(&e, j)
		if to, end, ok := sc.dayFirstRangeEnd(e, i, j); ok {
			e.to = to
			if e.year == 0 {
				e.year = to.year
			}
			return e, end, true
		}
		return e, j, true
	}
	if k, ok := sc.dayRangeJoin(i + 1); ok {
		if _, day := weekdays[sc.tok(k)]; day {
			k++ // "Saturday 14 and Sunday 15 March"
		}
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

// dayFirstRangeEnd reads the end of a range that starts with the date e,
// written day first from token i to token j: "20 March to 4 April",
// "between 20 March and 14 April 2026". "and" joins a range only after
// "between": "on 20 March and 14 April" are two days.
func (sc scanner) dayFirstRangeEnd(e dateExpr, i, j int) (*dateExpr, int, bool) {
	k, ok := sc.dayRangeJoin(j)
	between := sc.tok(i-1) == "between" || weekdayWord(sc.tok(i-1)) && sc.tok(i-2) == "between" // "between Friday 20 March and ..."
	if !ok || sc.tok(j) == "and" && !between {
		return nil, 0, false
	}
	if _, day := weekdays[sc.tok(k)]; day {
		k++
	}
	d2, ok := sc.dayNum(k)
	if !ok {
		return nil, 0, false
	}
	j2 := k + 1
	if sc.tok(j2) == "of" {
		j2++
	}
	m2, ok := sc.month(j2)
	if !ok || !validDay(0, m2, d2) {
		return nil, 0, false
	}
	to := &dateExpr{month: m2, day: d2}
	end := sc.optionalYear(to, j2+1)
	later := to.year > e.year && e.year > 0 || (to.year == e.year || e.year == 0 || to.year == 0) && (m2 > e.month || m2 == e.month && d2 > e.day)
	return to, end, later
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
	full := len(word) > 4 || shortMonths[word]
	if !full {
		return dateExpr{}, 0, false // "Jan" alone is more often a name than a month
	}
	if ambiguousMonths[word] && part == "" && !yearPreps[sc.tok(j-1)] && !datePreps[sc.tok(j-1)] {
		return dateExpr{}, 0, false
	}
	e := dateExpr{month: m, part: part}
	end := sc.optionalYear(&e, j+1)
	if e.year == 0 {
		if k := sc.thatYear(end); k > end {
			e.year, e.ambiguous = sc.yearBefore(i), sc.yearBefore(i) == 0 // "in February of that year": the year named before, if any
			return e, k, true
		}
	}
	return e, end, true
}

// quarterAt reads a quarter or a half of a year with no year after it,
// after a preposition of a date or a bound: "expected to close in the
// third quarter", "im dritten Quartal", "by Q3". Its year comes from the
// publication date, as "in July" does; with a year after it, or "of" and
// one, it is read by yearOrRange and endOf instead.
func (sc scanner) quarterAt(i int) (dateExpr, int, bool) {
	if w := sc.tok(i - 1); !datePreps[w] && !boundPreps[w] && !quarterPreps[w] {
		return dateExpr{}, 0, false // most tokens: no phrase to look for
	}
	p := sc.phraseAt(i, quarterPhrases)
	if p == nil {
		return dateExpr{}, 0, false
	}
	end := i + len(p)
	if _, ok := sc.year4(end); ok || sc.tok(end) == "of" || sc.tok(end) == "de" || sc.tok(end) == "del" {
		return dateExpr{}, 0, false
	}
	months := quarters[strings.Join(p, " ")]
	to := dateExpr{rel: absolute, month: months[1]}
	return dateExpr{month: months[0], to: &to, vaguePart: true}, end, true
}

// quarters ([quarters]) are the phrases of a quarter or a half of a year,
// each with its first and last month; quarterPreps the words besides
// prepositions of a date or a bound that may stand before one ("for the
// third quarter", "für das dritte Quartal").
var (
	quarters, quarterPhrases = monthRanges("quarters"), phrases("quarters")
	quarterPreps             = lexicon.Set("quarter-prepositions")
)

// shortMonths ([short-months]) are the names of months in full of four
// letters or fewer, read alone as abbreviations are not: "in May", "en
// août", "en mayo", "in juni".
var shortMonths = lexicon.Set("short-months")

// thatYear returns the token after "of that year", "that year" or "of the
// same year" at token j, or j.
func (sc scanner) thatYear(j int) int {
	k := j
	if sc.tok(k) == "of" {
		k++
	}
	switch {
	case sc.tok(k) == "that" && sc.tok(k+1) == "year":
		return k + 2
	case sc.tok(k) == "the" && sc.tok(k+1) == "same" && sc.tok(k+2) == "year":
		return k + 3
	}
	return j
}

// yearBefore returns the last year written before token i in the
// sentence after a preposition or a month, or 0.
func (sc scanner) yearBefore(i int) int {
	for k := i - 1; k >= 0; k-- {
		if y, ok := sc.year4(k); ok && (yearPreps[sc.tok(k-1)] || datePreps[sc.tok(k-1)] || sc.isMonthAt(k-1)) {
			return y // "in 2025", "March 2025", not "1800 members"
		}
	}
	return 0
}

// yearOrRange reads "2013", "1980-88", "1980 to 1988" after "from" or
// "between", and decades such as "1990s".
func (sc scanner) yearOrRange(i int) (dateExpr, int, bool) {
	if t := sc.tok(i); len(t) == 5 && strings.HasSuffix(t, "0s") && isDigits(t[:4]) {
		y, _ := strconv.Atoi(t[:4])
		return dateExpr{year: y, decade: true}, i + 1, true
	}
	y, ok := sc.year4(i)
	if !ok || sc.gap(i) == "/" && isDigits(sc.tok(i-1)) && len(sc.tok(i-1)) > 2 {
		return dateExpr{}, 0, false // "procedimento n. 14522/2022": a case number's year, no date
	}
	if sc.gap(i) == "-" && isDigits(sc.tok(i-1)) && len(sc.tok(i-1)) <= 2 && sc.gap(i+1) == "/" && isDigits(sc.tok(i+1)) {
		return dateExpr{}, 0, false // "SWIO 09-2024/25": a storm's number in its season, no date
	}
	if y2, end, ok := sc.yearRangeEnd(i, y); ok {
		return dateExpr{year: y, to: &dateExpr{year: y2}}, end, true
	}
	if t := sc.tok(i + 1); sc.gap(i+1) == "/" && len(t) == 2 && t == fmt.Sprintf("%02d", (y+1)%100) {
		return dateExpr{year: y, to: &dateExpr{year: y + 1}}, i + 2, true // "the 2024/25 season": two years
	}
	if isNumberGap(sc.gap(i+1)) && isDigits(sc.tok(i+1)) {
		return dateExpr{}, 0, false // part of a number such as "2013.5" or "2013,000"
	}
	if _, zone := zoneOffsets[sc.tok(i+1)]; zone && y%100 < 60 && y/100 < 24 && plainGap(sc.gap(i+1)) && !yearPreps[sc.tok(i-1)] {
		return dateExpr{}, 0, false // "(2047 GMT)": a wire's time of day, no year
	}
	if prev := sc.tok(i - 1); !yearPreps[prev] && !datePreps[prev] && (y < 1900 || y > 2099 || betweenJoins[prev] && sc.countedAfter(i)) {
		return dateExpr{}, 0, false // "and 1900 people", "et 2000 manifestants": the end of a count's range; "its 2019 floods" is a year
	}
	return dateExpr{year: y}, i + 1, true
}

// yearRangeEnd reads the end of a range of years that starts with the
// year y at token i: "1980-88", "1980-1988", "from 1980 to (until,
// through) 1988", "between 1980 and 1988" (or a word of [between-words]
// and one of [between-joins]: "entre 1980 et 1988"), and with no "from" a word of
// [year-range-joins] before a year in four digits ("2020 through 2024",
// "de 2020 a 2024"). It returns the end year and the token after it.
func (sc scanner) yearRangeEnd(i, y int) (int, int, bool) {
	prev, next := sc.tok(i-1), sc.tok(i+1)
	joined := prev == "from" && (next == "to" || next == "until" || next == "till" || next == "through") ||
		betweenWords[prev] && betweenJoins[next] // "between 1851 and 1867", "entre 1851 et 1867", "zwischen 1851 und 1867"
	bare := !joined && yearRangeJoins[next] && plainGap(sc.gap(i+1)) && len(sc.tok(i+2)) == 4 // "model years 2020 through 2024", "de 2020 a 2024"
	if strings.TrimSpace(sc.gap(i+1)) != "-" && !joined && !bare {
		return 0, 0, false
	}
	k := i + 1
	if joined || bare {
		k++
	}
	t := sc.tok(k)
	if !isDigits(t) || len(t) != 2 && len(t) != 4 || bare && !plainGap(sc.gap(k)) || bare && !sc.yearsAround(i, k) || joined && (sc.countedAfter(k) || enPlural(sc.tok(k+1))) {
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

// countedAfter reports whether the word after token k is a noun that
// figures count: a unit written out, a plural in -s or -x
// ("manifestants"), a word of [people-nouns] or [range-count-nouns]:
// "between 1700 and 1900 people", "entre 1500 et 2000 euros" are counts,
// not years; "zwischen 1851 und 1867 hergestellt" stays a range of years.
func (sc scanner) countedAfter(k int) bool {
	next := sc.tok(k + 1)
	return plainGap(sc.gap(k+1)) && (writtenUnit(next) || foreignPlural(next) || peopleNouns[next] || rangeCountNouns[next])
}

// rangeCountNouns: see countedAfter.
var rangeCountNouns = lexicon.Set("range-count-nouns")

// yearRangeJoins join two years in four digits into a range with no
// "from" before the first: "2020 to 2024", "2020 bis 2024".
var yearRangeJoins = lexicon.Set("year-range-joins")

// yearRangeLeads, before a bare range of years or after it, say its
// figures are years: "model years 2020 to 2024", "2020 to 2024 model
// years", "los años 2020 a 2024".
var yearRangeLeads, yearRangeFollowers = lexicon.Set("year-range-leads"), lexicon.Set("year-range-followers")

// yearsAround reports whether a bare range from token i to token k is
// one of years: a word of [year-range-leads] before or after it, a word of
// [year-range-followers] or none after it ("spanned 2012 to 2022 and
// affected", "de 2020 a 2024."); not "2000 to 2500 people" nor "de 1500 a
// 2000 personas", counts.
func (sc scanner) yearsAround(i, k int) bool {
	next := sc.tok(k + 1)
	return yearRangeLeads[sc.tok(i-1)] || yearRangeLeads[next] || yearRangeFollowers[next] || next == "" || !isLetters(next) || !plainGap(sc.gap(k+1))
}

// monthDayAt reads a day of the month given alone: after a word of
// [month-day-words] ("no dia 14", "el pasado día 14"), or an ordinal after
// "on the" that no noun follows ("on the 14th,"; not "on the 14th floor").
// It is that day of the month last before the report, or the next one
// after it (see monthDay); a month after it ("dia 14 de março") is read by
// dayFirst.
func (sc scanner) monthDayAt(i int) (dateExpr, int, bool) {
	k := i + 1
	switch {
	case monthDayWords[sc.tok(i)]:
	case sc.tok(i) == "the" && sc.tok(i-1) == "on" && !isDigits(sc.tok(k)):
		if next := sc.tok(k + 1); plainGap(sc.gap(k+1)) && isLetters(next) && !monthDayFollowers[next] {
			return dateExpr{}, 0, false // "on the 14th floor"
		}
	default:
		return dateExpr{}, 0, false
	}
	n, ok := sc.dayNum(k)
	if !ok || !plainGap(sc.gap(k)) || sc.isMonthAt(k+1) || monthDayLinks[sc.tok(k+1)] && sc.isMonthAt(k+2) {
		return dateExpr{}, 0, false // "dia 14 de março", "the 14th of March": dayFirst's
	}
	return dateExpr{rel: relMonthDay, day: n, eitherWay: true}, k + 1, true
}

// monthDayWords ([month-day-words]) name a day of the month before its
// number: "no dia 14", "el día 14". monthDayFollowers
// ([month-day-followers]) may follow "on the 14th" where a noun may not.
var monthDayWords, monthDayFollowers = lexicon.Set("month-day-words"), lexicon.Set("month-day-followers")

// monthDayLinks join a day to its month: "14 de março", "the 14th of March".
var monthDayLinks = lexicon.Set("month-day-links")

// namedDay is a day that a name gives, the same every year: "Christmas
// Day", "Valentine's Day", "Nochevieja".
type namedDay struct {
	words      []string
	month, day int
}

// namedDayQualifiers ([named-day-qualifiers]) before a named day make it
// another calendar's: "Lunar New Year's Day".
var namedDayQualifiers = lexicon.Set("named-day-qualifiers")

// namedDays ([named-days]) by their first word, longest first.
var namedDays = readNamedDays("named-days")

func readNamedDays(list string) map[string][]namedDay {
	out := make(map[string][]namedDay)
	for name, md := range lexicon.Pairs(list) {
		var m, d int
		if _, err := fmt.Sscanf(md, "%d-%d", &m, &d); err != nil || !validDay(2000, m, d) {
			panic(fmt.Sprintf("lexicon: list %q: %q has no month-day", list, name))
		}
		ws := phraseWords(name)
		out[ws[0]] = append(out[ws[0]], namedDay{ws, m, d})
	}
	for _, nds := range out {
		longestFirst(nds, func(nd namedDay) []string { return nd.words })
	}
	return out
}

// namedDayAt reads a day that a name gives ([named-days]: "on Christmas
// Day", "la Nochevieja"), a year perhaps after it: its day and month, the
// year from the report when none is given, as for "March 3".
func (sc scanner) namedDayAt(i int) (dateExpr, int, bool) {
	if namedDayQualifiers[sc.tok(i-1)] {
		return dateExpr{}, 0, false // "Lunar New Year's Day", "Orthodox Christmas Day": another calendar's
	}
	for _, nd := range namedDays[sc.tok(i)] {
		if sc.wordsAt(i, nd.words) {
			e := dateExpr{rel: absolute, month: nd.month, day: nd.day, named: true}
			return e, sc.optionalYear(&e, i+len(nd.words)), true
		}
	}
	return dateExpr{}, 0, false
}
