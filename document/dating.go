package document

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// lineDateOf reads the date of a date line or a dateline: ISO
// ("2023-03-14", "2023-03") or a day with its year ("Mar. 14, 2023", "15
// April 2026"). A
// dateline without a year gives no date.
func lineDateOf(s string) (facts.Span, bool) {
	if d, err := facts.ParseDate(s); err == nil && !d.IsRange() {
		return d.Start, true
	}
	// What the dateline pattern lets through: a month, its day, a year.
	f := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
	if len(f) != 3 {
		return facts.Span{}, false
	}
	if _, err := strconv.Atoi(f[0]); err == nil {
		f[0], f[1] = f[1], f[0] // a byline's "15 April 2026"
	}
	month, okMonth := months[text.Fold(f[0])]
	day, errDay := strconv.Atoi(f[1])
	year, errYear := strconv.Atoi(f[2])
	if !okMonth || errDay != nil || errYear != nil || len(f[2]) != 4 || day < 1 || day > daysIn(time.Month(month), year) {
		return facts.Span{}, false
	}
	return facts.DaySpan(year, time.Month(month), day), true
}

// months are the names of months and their abbreviations, folded.
var months = lexicon.Ints("months")

// daysIn is how many days a month of a year has.
func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dateByLine dates a source by the date line or dateline kept as its
// lineDate: one with its year, or a day and month alone ("PARIS, March
// 10 (Wire) –", as wire copy writes it) in the year that puts it nearest
// the days its sources.yaml gives other sources (see yearOf). When no year
// can be had, its notes say so.
func (s *Source) dateByLine() {
	if d, ok := lineDateOf(s.lineDate); ok {
		s.Published, s.DatedBy = d, "the date line at the top of the text, \""+s.lineDate+"\""
		return
	}
	month, day, ok := yearlessDateOf(s.lineDate)
	if !ok {
		return
	}
	var days []time.Time
	if s.list != nil {
		days = s.list.days
	}
	if year, ok := yearOf(month, day, days); ok {
		s.Published = facts.DaySpan(year, month, day)
		s.DatedBy = fmt.Sprintf("the dateline or date line \"%s\", which gives no year: %d, the year that puts it nearest the publication dates of the other sources in sources.yaml", s.lineDate, year)
		return
	}
	s.Notes.YearlessLine = s.lineDate
}

// yearlessDateOf reads a month and its day with no year ("March 10",
// "Mar. 10", "10 March", "10. März").
func yearlessDateOf(s string) (time.Month, int, bool) {
	f := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
	if len(f) != 2 {
		return 0, 0, false
	}
	if _, err := strconv.Atoi(f[0]); err == nil {
		f[0], f[1] = f[1], f[0]
	}
	month, okMonth := months[text.Fold(f[0])]
	day, err := strconv.Atoi(f[1])
	if !okMonth || err != nil || day < 1 || day > daysIn(time.Month(month), 2024) {
		return 0, 0, false
	}
	return time.Month(month), day, true
}

// yearReach is how far from the nearest publication date of the other
// sources a day and month may lie for their year to be taken: a story's
// coverage spans weeks, and a day half a year off could be either year's.
const yearReach = 62 * 24 * time.Hour

// yearOf returns the year in which a month and day lies nearest one of
// days (sorted), when that is within yearReach. 29 February takes only a
// leap year.
func yearOf(month time.Month, day int, days []time.Time) (int, bool) {
	best, year := yearReach+1, 0
	for _, d := range days {
		for y := d.Year() - 1; y <= d.Year()+1; y++ {
			if day > daysIn(month, y) {
				continue
			}
			dist := time.Date(y, month, day, 0, 0, 0, 0, time.UTC).Sub(d).Abs()
			if dist < best {
				best, year = dist, y
			}
		}
	}
	return year, best <= yearReach
}

// publishedDays returns the distinct days that entries give as their
// publication dates, sorted (a month or a year gives no day).
func publishedDays(entries []entry) []time.Time {
	var days []time.Time
	for _, e := range entries {
		if e.published.Precision == facts.Day && !e.published.First.IsZero() {
			days = append(days, e.published.First)
		}
	}
	slices.SortFunc(days, func(a, b time.Time) int { return a.Compare(b) })
	return slices.CompactFunc(days, func(a, b time.Time) bool { return a.Equal(b) })
}
