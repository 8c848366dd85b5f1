package facts

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how exactly a span of days is known.
type Precision int

// The precisions a date can have, finest first.
const (
	Day    Precision = iota // one calendar day: "7 September 2022"
	Days                    // a stretch of days inside a month: "mid-July", "earlier this month"
	Week                    // a Monday-to-Sunday week: "this week"
	Month                   // a calendar month: "in July"
	Year                    // a calendar year: "in 2013"
	Decade                  // ten years: "the 1990s"
)

var precisionNames = [...]string{"day", "days", "week", "month", "year", "decade"}

func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "precision(" + strconv.Itoa(int(p)) + ")"
	}
	return precisionNames[p]
}

// A Span is the stretch of calendar days from First to Last inclusive that a
// date expression can mean, with the precision it was stated at. Times are
// midnight UTC.
type Span struct {
	First, Last time.Time
	Precision   Precision
}

// DaySpan returns the span of one calendar day.
func DaySpan(year int, month time.Month, day int) Span {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Span{First: t, Last: t, Precision: Day}
}

// MonthSpan returns the span of a calendar month.
func MonthSpan(year int, month time.Month) Span {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	return Span{First: first, Last: first.AddDate(0, 1, -1), Precision: Month}
}

// YearSpan returns the span of a calendar year.
func YearSpan(year int) Span {
	return Span{
		First:     time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC),
		Last:      time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC),
		Precision: Year,
	}
}

// overlaps reports whether two spans share at least one day.
func (s Span) overlaps(o Span) bool {
	return !s.Last.Before(o.First) && !o.Last.Before(s.First)
}

func (s Span) String() string {
	if s.First.Year() == 1 && !s.Last.IsZero() && s.Last.Year() > 1 {
		return "up to " + s.Last.Format("2006-01-02") // "as of" a day: any day until it
	}
	switch s.Precision {
	case Day:
		return s.First.Format("2006-01-02")
	case Month:
		return s.First.Format("2006-01")
	case Year:
		return s.First.Format("2006")
	case Decade:
		return s.First.Format("2006") + "s"
	case Week:
		return "week " + s.First.Format("2006-01-02") + ".." + s.Last.Format("2006-01-02")
	default:
		return s.First.Format("2006-01-02") + ".." + s.Last.Format("2006-01-02")
	}
}

// A Date is what a sheet or a source says about when something happened: a
// single span ("July 2022") or a range between two spans ("July 23 and 24",
// "1980-88"). For a single date End equals Start.
type Date struct {
	Start, End Span
	// NoYear marks a day or month stated without a year in a source that has
	// no publication date to supply it ("September 7"). Only month and day
	// are compared.
	NoYear bool
}

// Single returns the Date of one span.
func Single(s Span) Date { return Date{Start: s, End: s} }

// IsRange reports whether d runs between two distinct spans.
func (d Date) IsRange() bool { return d.Start != d.End }

func (d Date) String() string {
	var s string
	if d.IsRange() {
		s = d.Start.String() + ".." + d.End.String()
	} else {
		s = d.Start.String()
	}
	if d.NoYear {
		s = strings.Replace(s, d.Start.First.Format("2006"), "????", -1)
	}
	return s
}

// withYear moves a year-less date into the given year.
func (d Date) withYear(year int) Date {
	move := func(s Span) Span {
		delta := year - s.First.Year()
		s.First = s.First.AddDate(delta, 0, 0)
		s.Last = s.Last.AddDate(delta, 0, 0)
		return s
	}
	return Date{Start: move(d.Start), End: move(d.End)}
}

// Agrees reports whether a date a source states is compatible with d, the
// sheet's canonical date. Precision is respected: a coarse statement ("in
// July", "this week") agrees with any canonical date it contains or overlaps;
// a different day, month or year does not. When both are ranges each end must
// agree with the matching end. A year-less source date is compared on month
// and day only.
func (d Date) Agrees(src Date) bool {
	if src.NoYear {
		src = src.withYear(d.Start.First.Year())
	}
	if d.IsRange() && src.IsRange() {
		return d.Start.overlaps(src.Start) && d.End.overlaps(src.End)
	}
	whole := func(x Date) Span { return Span{First: x.Start.First, Last: x.End.Last} }
	return whole(d).overlaps(whole(src))
}

// Holds reports whether d, a range, holds all of src, a range that is not
// the same: a part of the span ("best before 20 March to 1 April" of a
// fact "20 March to 4 April"), or the span with a wrong end.
func (d Date) Holds(src Date) bool {
	if src.NoYear {
		src = src.withYear(d.Start.First.Year())
	}
	return d.IsRange() && src.IsRange() && !src.Start.First.Before(d.Start.First) && !src.End.Last.After(d.End.Last)
}

// ParseDate reads a canonical date as written in a fact sheet: "2022-09-07",
// "2022-09", "2013", or a range of two of those joined by "..", such as
// "2022-07-23..2022-07-24" or "1980..1988".
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if from, to, ok := strings.Cut(s, ".."); ok {
		start, err := parseSpan(from)
		if err != nil {
			return Date{}, err
		}
		end, err := parseSpan(to)
		if err != nil {
			return Date{}, err
		}
		if end.Last.Before(start.First) {
			return Date{}, fmt.Errorf("range %q ends before it starts: write the earlier date first", s)
		}
		return Date{Start: start, End: end}, nil
	}
	sp, err := parseSpan(s)
	if err != nil {
		return Date{}, err
	}
	return Single(sp), nil
}

func parseSpan(s string) (Span, error) {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	bad := fmt.Errorf("invalid date %q: write YYYY-MM-DD, YYYY-MM or YYYY, or a range such as 2022-07-23..2022-07-24", s)
	nums := make([]int, len(parts))
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		if len(p) != want {
			return Span{}, bad
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Span{}, bad
		}
		nums[i] = n
	}
	switch len(nums) {
	case 1:
		return YearSpan(nums[0]), nil
	case 2:
		if nums[1] < 1 || nums[1] > 12 {
			return Span{}, fmt.Errorf("invalid date %q: there is no month %d", s, nums[1])
		}
		return MonthSpan(nums[0], time.Month(nums[1])), nil
	case 3:
		if nums[1] < 1 || nums[1] > 12 {
			return Span{}, fmt.Errorf("invalid date %q: there is no month %d", s, nums[1])
		}
		sp := DaySpan(nums[0], time.Month(nums[1]), nums[2])
		if nums[2] < 1 || sp.First.Day() != nums[2] {
			return Span{}, fmt.Errorf("invalid date %q: %s %d has no day %d", s, time.Month(nums[1]), nums[0], nums[2])
		}
		return sp, nil
	}
	return Span{}, bad
}
