package document

import (
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
