package facts

import (
	"math"
	"strings"
	"testing"
)

func TestIntervalOverlaps(t *testing.T) {
	inf := math.Inf(1)
	one, frac := 1.0, 0.15 // variables, so that their sum is computed in floats
	tests := []struct {
		a, b   Interval
		want   bool
		reason string
	}{
		{Exactly(24), Exactly(24), true, "equal"},
		{Exactly(24), Exactly(48), false, "different"},
		{Interval{Lo: 2700, Hi: 3300}, Exactly(3000), true, "approximation contains the value"},
		{Interval{Lo: 3000, Hi: inf, LoOpen: true}, Exactly(3000), false, "more than excludes the bound"},
		{Interval{Lo: 3000, Hi: inf}, Exactly(3000), true, "at least includes the bound"},
		{Interval{Lo: 0, Hi: 3000, HiOpen: true}, Exactly(3000), false, "less than excludes the bound"},
		{Interval{Lo: 10, Hi: 20}, Interval{Lo: 20, Hi: 30}, true, "ranges touching at a closed end"},
		{Exactly(one + frac), Exactly(1.15), true, "float noise of a figure built from its parts is no difference"},
		{Exactly((one + frac) * 1e9), Exactly(1.15e9), true, "so at a billion"},
		{Exactly(1.15e9 + 1), Exactly(1.15e9), false, "a unit off at a billion is a difference"},
		{Interval{Lo: 1.15 + 1e-15, Hi: inf, LoOpen: true}, Exactly(1.15), false, "more than excludes a bound off by noise"},
		{Interval{Lo: 10000, Hi: inf, LoOpen: true}, Interval{Lo: 10000, Hi: inf, LoOpen: true}, true, "two bounds more than the same figure"},
		{Interval{Lo: 10000, Hi: inf, LoOpen: true}, Interval{Lo: 12000, Hi: inf}, true, "a bound and a higher one"},
		{Interval{Lo: 0, Hi: 3000, HiOpen: true}, Interval{Lo: 0, Hi: 2000}, true, "less than and up to a smaller figure"},
	}
	for _, tt := range tests {
		if got := tt.a.Overlaps(tt.b); got != tt.want {
			t.Errorf("%v overlaps %v = %v, want %v (%s)", tt.a, tt.b, got, tt.want, tt.reason)
		}
		if got := tt.b.Overlaps(tt.a); got != tt.want {
			t.Errorf("%v overlaps %v = %v, want %v (symmetry)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestParseNumberAndTolerance(t *testing.T) {
	tests := []struct {
		num, tol, want string
	}{
		{"3000", "", "3,000"},
		{"3,000", "", "3,000"},
		{"2.5", "", "2.5"},
		{"2000..3000", "", "2,000..3,000"},
		{"3000", "10%", "2,700..3,300"},
		{"24", "1", "23..25"},
		{"16", "0.003%", "15.99..16.01"}, // computed ends rounded outward, so that the range shown holds the one read
	}
	for _, tt := range tests {
		iv, err := ParseNumber(tt.num)
		if err != nil {
			t.Fatalf("ParseNumber(%q): %v", tt.num, err)
		}
		if tt.tol != "" {
			if iv, err = iv.WithTolerance(tt.tol); err != nil {
				t.Fatalf("WithTolerance(%q): %v", tt.tol, err)
			}
		}
		if got := iv.String(); got != tt.want {
			t.Errorf("%s with tolerance %q = %s, want %s", tt.num, tt.tol, got, tt.want)
		}
	}
	for _, bad := range []string{"three", "3000..2000", "", "NaN", "1e999"} {
		if _, err := ParseNumber(bad); err == nil {
			t.Errorf("ParseNumber(%q) accepted a bad number", bad)
		}
	}
	for _, bad := range []string{"ten", "-5", "150%", "%"} {
		if _, err := Exactly(1).WithTolerance(bad); err == nil {
			t.Errorf("WithTolerance(%q) accepted a bad tolerance", bad)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		x    float64
		want string
		why  string
	}{
		{3000, "3,000", "thousands separated"},
		{2.5, "2.5", "no trailing zeros"},
		{1.1 + 0.6, "1.7", "arithmetic noise (1.7000000000000002) is not shown"},
		{0.05, "0.05", "small fractions kept"},
		{-1234.5, "-1,234.5", "negative numbers"},
		{100.0 / 3, "33.33", "a computed fraction (a third in per cent) is shown to two decimals"},
		{110.0 / 3, "36.67", "rounded, not cut"},
		{0.123456, "0.123456", "six decimals below 1 are a written number, kept"},
		{2.5625, "2.5625", "four decimals after a whole part too"},
		{0.0001 / 3, "0.0000333", "a small computed value keeps three significant digits"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.x); got != tt.want {
			t.Errorf("FormatNumber(%v) = %q, want %q: %s", tt.x, got, tt.want, tt.why)
		}
	}
}

func TestParseNumber(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		in   string
		want Interval
		why  string
	}{
		{"3,000", Exactly(3000), "thousands separated"},
		{"2.5 million", Exactly(2.5e6), "a scale word"},
		{"2000..3000", Interval{Lo: 2000, Hi: 3000}, "a range"},
		{"more than 1 million", Interval{Lo: 1e6, Hi: inf, LoOpen: true}, "open above"},
		{"5,000+", Interval{Lo: 5000, Hi: inf}, "a plus: at least"},
		{"at least 5", Interval{Lo: 5, Hi: inf}, "at least"},
		{"less than 1", Interval{Lo: 0, Hi: 1, HiOpen: true}, "open below"},
		{"up to 170 million", Exactly(170e6), "up to: a maximum, X itself (the fact is marked Maximum)"},
		{"at most 5", Interval{Lo: 0, Hi: 5}, "at most: a bound"},
		{"<= 10", Interval{Lo: 0, Hi: 10}, "a sign"},
		{"2:05:47", Exactly(7547), "a race time: seconds"},
		{"58:12", Exactly(3492), "minutes and seconds"},
		{"2:05:47.5", Exactly(7547.5), "tenths of a second"},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v: %s", tt.in, got, err, tt.want, tt.why)
		}
	}
}

func TestNumberAlternatives(t *testing.T) {
	s, err := Parse("f.yaml", []byte("facts:\n  - id: w\n    claim: C.\n    number: 25 | 27\n    unit: W\n    about: [power]\n"))
	if err != nil {
		t.Fatal(err)
	}
	f := s.Facts[0]
	for _, tt := range []struct {
		v    float64
		want bool
	}{{25, true}, {27, true}, {26, false}} {
		if got := f.NumberAgrees(Exactly(tt.v)); got != tt.want {
			t.Errorf("%v agrees = %v, want %v (either accepted value agrees, nothing between)", tt.v, got, tt.want)
		}
	}
	if got := f.Canonical(); got != "25 or 27 W" {
		t.Errorf("Canonical = %q", got)
	}
}

// A bound worked out from a tolerance is the one the sheet means, not one
// a floating-point step off.
func TestToleranceEdges(t *testing.T) {
	iv, err := Exactly(46.1).WithTolerance("0.05")
	if err != nil || !iv.Overlaps(Exactly(46.05)) || !iv.Overlaps(Exactly(46.15)) {
		t.Errorf("46.1 ±0.05 = %v, %v; want both edges, 46.05 and 46.15, inside", iv, err)
	}
	iv, err = Exactly(200).WithTolerance("10%")
	if err != nil || !iv.Overlaps(Exactly(180)) || iv.Overlaps(Exactly(179.99)) {
		t.Errorf("200 ±10%% = %v, %v; want 180 inside and 179.99 outside", iv, err)
	}
}

func TestDurations(t *testing.T) {
	s, err := Parse("f.yaml", []byte("facts:\n  - id: w\n    claim: C.\n    number: 2:05:47\n    unit: seconds\n    about: [won]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Facts[0].Canonical(); got != "2:05:47 (7,547 seconds)" {
		t.Errorf("Canonical = %q, want the duration as written and in seconds", got)
	}
	for _, bad := range []string{"2:75:00", "2:5:47", "1:2:3:4"} {
		if _, ok := ParseDuration(bad); ok {
			t.Errorf("ParseDuration(%q) read a duration; want none (minutes and seconds are two digits under 60)", bad)
		}
	}
	_, err = Parse("f.yaml", []byte("facts:\n  - id: w\n    claim: C.\n    number: 2:05:47\n    unit: hours\n    about: [won]\n"))
	if err == nil || !strings.Contains(err.Error(), "f.yaml:4:13") || !strings.Contains(err.Error(), "unit: seconds") {
		t.Errorf("a duration in hours: err = %v; want the position of the number and what to write", err)
	}
}
