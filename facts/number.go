package facts

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// An Interval is the set of numbers a statement allows: exactly 24 is
// [24, 24], "about 3,000" is [2700, 3300], "more than 3,000" is (3000, +Inf).
type Interval struct {
	Lo, Hi         float64
	LoOpen, HiOpen bool
}

// Exactly returns the interval holding only x.
func Exactly(x float64) Interval { return Interval{Lo: x, Hi: x} }

// Overlaps reports whether some number lies in both intervals. Two number
// statements agree when they overlap.
// Ends that differ by float noise alone are one: a figure built from its
// parts ("one point one five billion", 1.1500000000000001e9) is the
// figure written whole.
func (a Interval) Overlaps(b Interval) bool {
	if below(a.Hi, b.Lo) || below(b.Hi, a.Lo) {
		return false
	}
	if same(a.Hi, b.Lo) && (a.HiOpen || b.LoOpen) {
		return false
	}
	if same(b.Hi, a.Lo) && (b.HiOpen || a.LoOpen) {
		return false
	}
	return true
}

// below reports whether x lies below y by more than float noise.
func below(x, y float64) bool { return x < y && !same(x, y) }

// same reports whether x and y differ by float noise at most: a part in
// 10^12 of the larger. An infinity is only itself.
func same(x, y float64) bool {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return x == y // the bound of "more than 10,000" is no noise away from 10,000
	}
	return x == y || math.Abs(x-y) <= 1e-12*math.Max(math.Abs(x), math.Abs(y))
}

// FormatNumber writes x with thousands separators and no trailing zeros; a
// computed fraction (33.3333333333) is rounded to two decimals.
func FormatNumber(x float64) string { return formatNumber(x, math.Round) }

// formatNumber is FormatNumber, with computed fractions rounded by round
// (math.Round, math.Floor or math.Ceil applied to the shown digits), or
// shown whole when round is nil.
func formatNumber(x float64, round func(float64) float64) string {
	if math.IsInf(x, 0) {
		return "∞"
	}
	// Twelve significant digits: arithmetic noise (1.7000000000000002)
	// is not shown.
	r, _ := strconv.ParseFloat(strconv.FormatFloat(math.Abs(x), 'g', 12, 64), 64)
	s := strconv.FormatFloat(r, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	if round != nil && computed(whole, frac) {
		// No one writes 33.3333333333: it is "a third" or a conversion,
		// shown to two decimals (three significant digits below 1).
		d := shownDecimals(whole, frac)
		p := math.Pow(10, float64(d))
		if x < 0 {
			s = strconv.FormatFloat(-round(-r*p)/p, 'f', d, 64) // a bound rounded outward stays outward below zero
		} else {
			s = strconv.FormatFloat(round(r*p)/p, 'f', d, 64)
		}
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		whole, frac, _ = strings.Cut(s, ".")
	}
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// computed reports whether a number's fraction is longer than a written
// one: four decimals after a whole part (a third is 33.3333333333 per cent),
// six below 1.
func computed(whole, frac string) bool {
	if whole == "0" {
		return len(frac) > 6
	}
	return len(frac) > 4
}

// shownDecimals is how many decimals a computed fraction is shown with: two,
// or enough for three significant digits when the whole part is 0
// (0.000123).
func shownDecimals(whole, frac string) int {
	if whole != "0" {
		return 2
	}
	return len(frac) - len(strings.TrimLeft(frac, "0")) + 3
}

func (a Interval) String() string {
	switch {
	case a.Lo == a.Hi && !a.LoOpen && !a.HiOpen:
		return FormatNumber(a.Lo)
	case math.IsInf(a.Hi, 1):
		if a.LoOpen {
			return "more than " + FormatNumber(a.Lo)
		}
		return "at least " + FormatNumber(a.Lo)
	case a.Lo == 0 && !a.LoOpen:
		if a.HiOpen {
			return "less than " + FormatNumber(a.Hi)
		}
		return "up to " + FormatNumber(a.Hi)
	}
	lo, hi := formatNumber(a.Lo, math.Floor), formatNumber(a.Hi, math.Ceil) // rounded outward: the range shown holds the one read
	if lo == hi {                                                           // a narrow range (16,384 KiB in MB) shows its digits
		lo, hi = formatNumber(a.Lo, nil), formatNumber(a.Hi, nil)
	}
	return lo + ".." + hi
}

// ParseNumber reads a canonical number as written in a fact sheet: "3000",
// "3,000", "2.5", or a range "2000..3000".
func ParseNumber(s string) (Interval, error) {
	s = strings.TrimSpace(s)
	if lo, hi, ok := strings.Cut(s, ".."); ok {
		a, err := parseFloat(lo)
		if err != nil {
			return Interval{}, err
		}
		b, err := parseFloat(hi)
		if err != nil {
			return Interval{}, err
		}
		if b < a {
			return Interval{}, fmt.Errorf("range %q ends below where it starts: write the smaller number first", s)
		}
		return Interval{Lo: a, Hi: b}, nil
	}
	if rest, ok := strings.CutSuffix(s, "+"); ok {
		s = "at least " + rest // 5,000+
	}
	for _, b := range openBounds {
		if rest, ok := strings.CutPrefix(strings.ToLower(s), b.prefix); ok {
			x, err := parseFloat(rest)
			if err != nil {
				return Interval{}, err
			}
			return b.of(x), nil
		}
	}
	x, err := parseFloat(s)
	if err != nil {
		return Interval{}, err
	}
	return Exactly(x), nil
}

// openBounds are the prefixes of an open-ended canonical number, longest
// first: "more than 1 million", "at least 5", "< 1".
var openBounds = []struct {
	prefix string
	of     func(x float64) Interval
}{
	{"more than ", func(x float64) Interval { return Interval{Lo: x, Hi: math.Inf(1), LoOpen: true} }},
	{"at least ", func(x float64) Interval { return Interval{Lo: x, Hi: math.Inf(1)} }},
	{"less than ", func(x float64) Interval { return Interval{Lo: 0, Hi: x, HiOpen: true} }},
	{"fewer than ", func(x float64) Interval { return Interval{Lo: 0, Hi: x, HiOpen: true} }},
	{"up to ", func(x float64) Interval { return Interval{Lo: x, Hi: x} }}, // a maximum: X itself (see Fact.Maximum)
	{"at most ", func(x float64) Interval { return Interval{Lo: 0, Hi: x} }},
	{">=", func(x float64) Interval { return Interval{Lo: x, Hi: math.Inf(1)} }},
	{"<=", func(x float64) Interval { return Interval{Lo: 0, Hi: x} }},
	{">", func(x float64) Interval { return Interval{Lo: x, Hi: math.Inf(1), LoOpen: true} }},
	{"<", func(x float64) Interval { return Interval{Lo: 0, Hi: x, HiOpen: true} }},
}

// numberScales are the words a canonical number may end with: "8.5
// million".
var numberScales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// NumberScale returns what a scale word a sheet's number may end with
// multiplies by ("million": 1e6), or 0 for another word.
func NumberScale(word string) float64 {
	return numberScales[strings.ToLower(strings.TrimSpace(word))]
}

func parseFloat(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if secs, ok := ParseDuration(s); ok {
		return secs, nil
	}
	scale := 1.0
	if num, word, ok := strings.Cut(s, " "); ok && numberScales[strings.ToLower(strings.TrimSpace(word))] != 0 {
		s, scale = num, numberScales[strings.ToLower(strings.TrimSpace(word))]
	}
	x, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	underflow := x == 0 && strings.ContainsAny(strings.Split(strings.ToLower(s), "e")[0], "123456789")
	if sign, ok := unitSign(s); ok && err != nil {
		return 0, fmt.Errorf("invalid number %q: write the figure alone and the unit apart: number: %s with unit: %s", s, strings.TrimSpace(strings.Trim(s, "%$€£¥₹")), sign)
	}
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) || underflow {
		return 0, fmt.Errorf("invalid number %q: write digits such as 3000, 3,000, 2.5 or 4.2 million, a range such as 2000..3000, or a bound such as more than 1 million or 5,000+", s)
	}
	return x * scale, nil
}

// unitSign returns the unit a sign glued to a figure names: "22%" is a
// percent, "$45" dollars.
func unitSign(s string) (string, bool) {
	for sign, unit := range map[string]string{"%": "percent", "$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees"} {
		if strings.HasPrefix(s, sign) || strings.HasSuffix(s, sign) {
			return unit, true
		}
	}
	return "", false
}

// WithTolerance widens a canonical interval by a tolerance written as a
// percentage ("10%") or an absolute amount ("50").
func (a Interval) WithTolerance(tol string) (Interval, error) {
	tol = strings.TrimSpace(tol)
	bad := fmt.Errorf("invalid tolerance %q: write a percentage from 0 up to, not including, 100%% (such as 10%%), or an amount such as 50", tol)
	if pct, ok := strings.CutSuffix(tol, "%"); ok {
		p, err := strconv.ParseFloat(strings.TrimSpace(pct), 64)
		if err != nil || math.IsNaN(p) || p < 0 || p >= 100 {
			return Interval{}, bad
		}
		return Interval{Lo: tidy(a.Lo - a.Lo*p/100), Hi: tidy(a.Hi + a.Hi*p/100)}, nil
	}
	d, err := parseFloat(tol)
	if err != nil || d < 0 || math.IsNaN(d) {
		return Interval{}, bad
	}
	return Interval{Lo: tidy(a.Lo - d), Hi: tidy(a.Hi + d)}, nil
}

// ParseDuration reads a duration written as a race time, H:MM:SS or M:SS
// ("2:05:47", "58:12", "2:05:47.3"), in seconds.
func ParseDuration(s string) (float64, bool) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	total := 0.0
	for i, p := range parts {
		if p == "" || len(p) > 2 && i < len(parts)-1 || strings.Trim(p, "0123456789.") != "" || strings.Contains(p, ".") && i < len(parts)-1 {
			return 0, false
		}
		x, err := strconv.ParseFloat(p, 64)
		if err != nil || i > 0 && (len(p) < 2 || x >= 60) {
			return 0, false
		}
		total = total*60 + x
	}
	return total, true
}

// tidy rounds x to twelve significant digits, so that a bound worked out
// in floating point is the one the sheet means: 46.1 - 0.05 is 46.05, not
// 46.050000000000004, which would leave a source's 46.05 outside.
func tidy(x float64) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	return v
}
