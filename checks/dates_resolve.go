package checks

import (
	"time"

	"github.com/factcheck/factcheck/facts"
)

// resolve places a date expression on the calendar. Relative expressions
// and missing years are taken from the publication date pub; without one, a
// relative expression is unresolved (ok false) and a missing year is left
// unknown. A publication date known only to the month resolves a relative
// expression to the stretch of days it can mean (from publication on the
// first of the month to publication on the last); one known only to the
// year resolves only expressions of a month or coarser. how says what was
// done, for evidence.
func (e dateExpr) resolve(pub facts.Span) (d facts.Date, how string, ok bool) {
	d, how, ok = e.resolvePlain(pub)
	if ok && e.asOf {
		d = facts.Date{Start: facts.Span{First: time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), Last: d.End.Last, Precision: facts.Days}, End: facts.Span{First: time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), Last: d.End.Last, Precision: facts.Days}, NoYear: d.NoYear}
		how = joinHow(how, "as of that day: a state then, so any day up to it")
	}
	return d, how, ok
}

func (e dateExpr) resolvePlain(pub facts.Span) (d facts.Date, how string, ok bool) {
	if e.rel == relAnaphoric {
		return e.resolveAnaphoric(pub)
	}
	if e.rel == relYear && e.yearPart[0] != 0 && pub.Precision <= facts.Month {
		y := pub.First.Year() + e.offset
		part := dateExpr{rel: absolute, month: e.yearPart[0], year: y, to: &dateExpr{rel: absolute, month: e.yearPart[1], year: y}}
		d, _, ok = part.resolvePlain(pub)
		return d, "resolved against the publication date " + pub.String() + ", a part of that year", ok // "by the middle of next year"
	}
	if e.rel != absolute {
		return e.resolveRelative(pub)
	}
	start, noYear, how := e.absoluteSpan(pub)
	d = facts.Date{Start: start, End: start, NoYear: noYear}
	if e.to != nil {
		to := *e.to
		if to.year == 0 && e.year != 0 {
			to.year = e.year
		}
		end, _, _ := to.absoluteSpan(pub)
		if end.First.Before(start.First) && to.year == 0 && e.year == 0 {
			end = shiftYears(end, 1) // "December 30 to January 2"
		}
		d.End = end
	}
	return d, how, true
}

// resolveAnaphoric counts an expression such as "the night before" from
// the date the sentence gives before it; without one it is unresolved, as
// the publication date is not what it counts from.
func (e dateExpr) resolveAnaphoric(pub facts.Span) (facts.Date, string, bool) {
	if e.anchor == nil && e.fromPublication {
		day := e
		day.rel = relDay // "the previous evening", said of the day of the report
		return day.resolveRelative(pub)
	}
	if e.anchor == nil {
		return facts.Date{}, "counted from an earlier date, and the sentence gives none before it", false
	}
	a, _, ok := e.anchor.resolvePlain(pub)
	if !ok || a.IsRange() || a.Start.Precision != facts.Day || a.NoYear {
		return facts.Date{}, "counted from an earlier date that is not one known day", false
	}
	t := a.Start.First.AddDate(0, 0, e.offset)
	return facts.Single(facts.DaySpan(t.Year(), t.Month(), t.Day())), "counted from " + a.Start.String(), true
}

// resolveRelative resolves a relative expression against pub.
func (e dateExpr) resolveRelative(pub facts.Span) (facts.Date, string, bool) {
	if pub.First.IsZero() {
		return facts.Date{}, "the source has no publication date to resolve it against", false
	}
	if pub.Precision == facts.Day {
		return facts.Single(e.relative(pub.First)), "resolved against the publication date " + pub.First.Format("Mon 2006-01-02"), true
	}
	first, last := e.relative(pub.First), e.relative(pub.Last)
	if first.Precision < facts.Month && pub.Precision > facts.Month {
		return facts.Date{}, "the source is dated only to the year " + pub.String() + ", too coarse to place it", false
	}
	sp := first
	if first != last {
		sp = facts.Span{First: first.First, Last: last.Last, Precision: facts.Days}
	}
	return facts.Single(sp), "the source is dated only to " + pub.String() + ": resolved to the days it can mean", true
}

func shiftYears(s facts.Span, n int) facts.Span {
	s.First, s.Last = s.First.AddDate(n, 0, 0), s.Last.AddDate(n, 0, 0)
	return s
}

// absoluteSpan places an absolute expression; a missing year comes from the
// publication date, moved a year back when that would put the date more
// than six months after publication.
func (e dateExpr) absoluteSpan(pubSpan facts.Span) (sp facts.Span, noYear bool, how string) {
	year, pub := e.year, pubSpan.Last
	if year == 0 {
		if pub.IsZero() {
			year, noYear = 2000, true
			how = "no year stated and no publication date: compared on month and day only"
		} else {
			year = pub.Year()
			how = "year taken from the publication date " + pubSpan.String()
		}
	}
	switch {
	case e.decade:
		sp = facts.YearSpan(year)
		sp.Last = facts.YearSpan(year + 9).Last
		sp.Precision = facts.Decade
	case e.month == 0:
		sp = facts.YearSpan(year)
	case e.day != 0:
		sp = facts.DaySpan(year, time.Month(e.month), e.day)
	default:
		sp = facts.MonthSpan(year, time.Month(e.month))
		switch e.part {
		case "early":
			sp = facts.Span{First: sp.First, Last: sp.First.AddDate(0, 0, 9), Precision: facts.Days}
		case "mid":
			sp = facts.Span{First: sp.First.AddDate(0, 0, 10), Last: sp.First.AddDate(0, 0, 19), Precision: facts.Days}
		case "late":
			sp = facts.Span{First: sp.First.AddDate(0, 0, 20), Last: sp.Last, Precision: facts.Days}
		}
	}
	switch {
	case e.year != 0 || noYear:
	case e.shifted:
		sp = shiftYears(sp, e.yearShift)
		how = "year counted from the publication date " + pubSpan.String() + " (\"last year\", \"this year\", \"next year\")"
	case e.past && !sp.Last.Before(time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)):
		sp = shiftYears(sp, -1)
		how = "year taken from the publication date " + pubSpan.String() + " (the year before: \"last\" names the latest one before the month of publication)"
	case sp.First.After(pub.AddDate(0, 6, 0)):
		sp = shiftYears(sp, -1)
		how = "year taken from the publication date " + pubSpan.String() + " (the year before, as the date would otherwise lie over six months after it)"
	}
	return sp, noYear, how
}

// weekdayOfOrdinal returns the day nearest pub, looking back (dir -1) or
// ahead (dir 1), that is both the weekday and the day of its month given
// ("Tuesday the 12th"), within ordinalReach days. When none is, the writer
// has one of them wrong: the days from the nearest such weekday to the
// nearest such day of a month, both ways.
func weekdayOfOrdinal(pub time.Time, wd time.Weekday, d, dir int) facts.Span {
	weekday, ordinal := time.Time{}, time.Time{}
	for n := 0; n <= ordinalReach; n++ {
		t := pub.AddDate(0, 0, dir*n)
		if t.Weekday() == wd && t.Day() == d {
			return facts.Span{First: t, Last: t, Precision: facts.Day}
		}
		if t.Weekday() == wd && weekday.IsZero() {
			weekday = t
		}
		if t.Day() == d && ordinal.IsZero() {
			ordinal = t
		}
	}
	if ordinal.IsZero() {
		ordinal = weekday // a 31st no month near has
	}
	first, last := min(weekday.Unix(), ordinal.Unix()), max(weekday.Unix(), ordinal.Unix())
	return facts.Span{First: time.Unix(first, 0).UTC(), Last: time.Unix(last, 0).UTC(), Precision: facts.Days}
}

// ordinalReach is how many days from the report a weekday with the day of
// its month may stand: a month either way.
const ordinalReach = 31

// relative places a relative expression against the publication date.
func (e dateExpr) relative(pub time.Time) facts.Span {
	day := func(t time.Time) facts.Span { return facts.Span{First: t, Last: t, Precision: facts.Day} }
	week := func(t time.Time) facts.Span {
		monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		return facts.Span{First: monday, Last: monday.AddDate(0, 0, 6), Precision: facts.Week}
	}
	switch e.rel {
	case relWeekday:
		back := (int(pub.Weekday()) - int(e.weekday) + 7) % 7
		switch {
		case e.offset < 0 && back == 0:
			back = 7
		case e.offset > 0 && e.ordinal != 0:
			return weekdayOfOrdinal(pub, e.weekday, e.ordinal, 1)
		case e.offset > 0:
			return day(pub.AddDate(0, 0, (int(e.weekday)-int(pub.Weekday())+6)%7+1))
		case e.ordinal != 0:
			return weekdayOfOrdinal(pub, e.weekday, e.ordinal, -1)
		}
		return day(pub.AddDate(0, 0, -back))
	case relWeekdayOfWeek:
		return day(week(pub.AddDate(0, 0, 7*e.offset)).First.AddDate(0, 0, (int(e.weekday)+6)%7))
	case relDay:
		return day(pub.AddDate(0, 0, e.offset))
	case relWeek:
		return week(pub.AddDate(0, 0, 7*e.offset))
	case relMonth:
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, e.offset, 0)
		return facts.MonthSpan(first.Year(), first.Month())
	case relYear:
		return facts.YearSpan(pub.Year() + e.offset)
	case relWeekend:
		sat := pub.AddDate(0, 0, -((int(pub.Weekday())-int(time.Saturday)+7)%7)+7*max(e.offset, 0))
		return facts.Span{First: sat, Last: sat.AddDate(0, 0, 1), Precision: facts.Days}
	case relMonthDay:
		return day(monthDay(pub, e.day, e.offset))
	case relWeekSoFar:
		w := week(pub)
		return facts.Span{First: w.First, Last: pub, Precision: facts.Days}
	case relMonthSoFar:
		return facts.Span{First: time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC), Last: pub, Precision: facts.Days}
	default: // relYearSoFar
		return facts.Span{First: facts.YearSpan(pub.Year()).First, Last: pub, Precision: facts.Days}
	}
}

// weekdayExpr reports whether a date expression names only a weekday
// ("on Wednesday", "Monday of last week"), so that where the week is not
// known its weekday still says something.
func weekdayExpr(e dateExpr) bool {
	return (e.rel == relWeekday || e.rel == relWeekdayOfWeek) && e.ordinal == 0 && !e.asOf
}

// weekOpen reports whether a day of publication leaves the week of a
// weekday open: there is none, or it is known only to the month or year.
func weekOpen(pub facts.Span) bool {
	return pub.First.IsZero() || pub.Precision != facts.Day
}

// weekdayOnly places a weekday in a source dated to no day (no
// publication date, or only its month), when it is the sentence's only
// date ("originally scheduled for Monday, went ahead a day later" counts
// from it), by what it says whatever the week:
// whether the fact's day, or one of its days, is that weekday. Another
// weekday disagrees, in every week ("voted on Wednesday" for a vote on a
// Tuesday); it is placed on the nearest such day before the fact's. The
// same weekday, in a source with no date, is placed on the fact's day
// as a stretch of days, so that it agrees without settling the source;
// in one dated to the month, the month's reading stands (ok false). A
// fact coarser than a few days, or of no year, is not placed (ok false).
func weekdayOnly(f *facts.Fact, e dateExpr, pub facts.Span) (facts.Date, string, bool) {
	first, last := f.Date.Start.First, f.Date.End.Last
	if f.Date.NoYear || f.Date.Start.Precision > facts.Days || last.Sub(first) >= 6*24*time.Hour {
		return facts.Date{}, "", false
	}
	for t := first; !t.After(last); t = t.AddDate(0, 0, 1) {
		if t.Weekday() == e.weekday {
			if !pub.First.IsZero() {
				return facts.Date{}, "", false
			}
			sp := facts.Span{First: t, Last: t, Precision: facts.Days}
			return facts.Single(sp), "the source gives no day of publication: a " + e.weekday.String() + ", the weekday of the fact's date, in a week the checker cannot tell", true
		}
	}
	t := first.AddDate(0, 0, -((int(first.Weekday()) - int(e.weekday) + 7) % 7))
	sp := facts.Span{First: t, Last: t, Precision: facts.Days}
	return facts.Single(sp), "the source gives no day of publication: a " + e.weekday.String() + " is in no week the fact's date, a " + first.Weekday().String() + ", whatever the week", true
}

// monthDay returns the day n of a month that lies last on or before pub,
// or, with a positive offset, first after it, skipping months too short
// to hold it (three months at most).
func monthDay(pub time.Time, n, offset int) time.Time {
	step := -1
	if offset > 0 {
		step = 1
	}
	first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	var t time.Time
	for k := 0; k < 4; k++ {
		m := first.AddDate(0, k*step, 0)
		t = m.AddDate(0, 0, n-1)
		if t.Month() == m.Month() && (offset > 0) == t.After(pub) {
			break
		}
	}
	return t
}
