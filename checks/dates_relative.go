package checks

import (
	"strconv"
	"strings"
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
		return dateExpr{}, 0, false
	}
	end := j + 1
	if sc.tok(end) == "s" && sc.gap(end) == "'" {
		end++ // Friday's
	} else if g := strings.TrimSpace(sc.gap(end)); g == "" || g == "," {
		// "Sunday 11 September 2022", "Friday, Sept. 9": the day named
		// in full is the date, the weekday only describes it.
		for _, full := range []func(int) (dateExpr, int, bool){sc.monthFirst, sc.dayFirst, sc.isoDate, sc.numericDate} {
			if e, k, ok := full(end); ok && e.day != 0 && !e.ambiguous && e.to == nil {
				return e, k, true
			}
		}
	}
	return dateExpr{rel: relWeekday, weekday: wd, offset: offset}, end, true
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

// relativeAt reads "yesterday", "last night", "the previous evening",
// "this week", "earlier this month", "3 days ago" and the like.
func (sc scanner) relativeAt(i int) (dateExpr, int, bool) {
	t, next := sc.tok(i), sc.tok(i+1)
	day := func(offset, end int) (dateExpr, int, bool) {
		return dateExpr{rel: relDay, offset: offset}, end, true
	}
	switch t {
	case "today", "tonight":
		return day(0, i+1)
	case "yesterday":
		return day(-1, i+1)
	case "tomorrow":
		return day(1, i+1)
	case "this":
		switch next {
		case "morning", "afternoon", "evening":
			return day(0, i+2)
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
			return day(-1, i+2)
		}
		if k, ok := periods[next]; ok {
			return dateExpr{rel: k, offset: offset}, i + 2, true
		}
	case "the":
		parts := dayParts
		switch {
		case (next == "previous" || next == "preceding") && parts[sc.tok(i+2)]:
			return dayOfReport(-1, i+3)
		case (next == "next" || next == "following") && parts[sc.tok(i+2)]:
			return anaphoric(1, i+3) // counted from a date before it only: not from the report
		case parts[next] && sc.tok(i+2) == "before" && (sc.tok(i+3) == "" || !plainGap(sc.gap(i+3))):
			return dayOfReport(-1, i+3) // "the day before," but not "the day before the summit"
		case parts[next] && sc.tok(i+2) == "after" && (sc.tok(i+3) == "" || !plainGap(sc.gap(i+3))):
			return anaphoric(1, i+3) // "the day after," but not "the day after the vote"
		}
	case "earlier":
		if next == "this" {
			if k, ok := periods[sc.tok(i+2)]; ok {
				return dateExpr{rel: soFar[k]}, i + 3, true
			}
		}
	}
	// N days/weeks/months/years ago.
	n, ok := smallNumbers[t]
	if !ok && isDigits(t) && len(t) <= 3 {
		n, _ = strconv.Atoi(t)
		ok = true
	}
	if ok && (next == "day" || next == "days") && (sc.tok(i+2) == "later" || sc.tok(i+2) == "earlier") {
		if sc.tok(i+2) == "earlier" {
			n = -n
		}
		return anaphoric(n, i+3) // "three days later": counted from the date before it
	}
	if ok && sc.tok(i+2) == "ago" {
		unit := strings.TrimSuffix(next, "s")
		if unit == "day" {
			return day(-n, i+3)
		}
		if k, ok := periods[unit]; ok {
			return dateExpr{rel: k, offset: -n}, i + 3, true
		}
	}
	return dateExpr{}, 0, false
}
