package facts

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2022-09-07", "2022-09-07"},
		{"2022-09", "2022-09"},
		{"2013", "2013"},
		{"2022-07-23..2022-07-24", "2022-07-23..2022-07-24"},
		{"1980..1988", "1980..1988"},
		{" 2024-02-29 ", "2024-02-29"},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2022-13-01", "no month 13"},
		{"2022-02-30", "has no day 30"},
		{"2023-02-29", "has no day 29"},
		{"2022-9-7", "write YYYY-MM-DD"},
		{"7 September 2022", "write YYYY-MM-DD"},
		{"2022-07-24..2022-07-23", "ends before it starts"},
		{"", "invalid date"},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseDate(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

func TestDateAgrees(t *testing.T) {
	tests := []struct {
		canon, src string
		want       bool
		reason     string
	}{
		{"2022-07-15", "2022-07-15", true, "same day"},
		{"2022-07-15", "2022-07", true, "a month contains the day"},
		{"2022-07-15", "2022", true, "a year contains the day"},
		{"2022-07-15", "2022-07-16", false, "a different day"},
		{"2022-07-15", "2022-08", false, "a different month"},
		{"2013", "2014", false, "a different year"},
		{"2013", "2013-05-01", true, "a day inside the canonical year"},
		{"2022-07-23..2022-07-24", "2022-07-23..2022-07-24", true, "same range"},
		{"2022-07-23..2022-07-24", "2022-07-23..2022-07-25", false, "range with a different end"},
		{"2022-07-23..2022-07-24", "2022-07", true, "the month of the range"},
		{"2022-07-23..2022-07-24", "2022-07-24", true, "a day within the range"},
		{"2022-07-23..2022-07-24", "2022-07-22", false, "a day outside the range"},
		{"1980..1988", "1980..1988", true, "year range"},
		{"1980..1988", "1980..1989", false, "year range with a different end"},
	}
	for _, tt := range tests {
		canon, err := ParseDate(tt.canon)
		if err != nil {
			t.Fatal(err)
		}
		src, err := ParseDate(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := canon.Agrees(src); got != tt.want {
			t.Errorf("%s.Agrees(%s) = %v, want %v (%s)", tt.canon, tt.src, got, tt.want, tt.reason)
		}
	}
}

func TestDateHolds(t *testing.T) {
	tests := []struct {
		canon, src string
		want       bool
		reason     string
	}{
		{"2026-03-20..2026-04-04", "2026-03-20..2026-04-01", true, "a range inside, one end shared"},
		{"2026-03-20..2026-04-04", "2026-03-24..2026-03-30", true, "a range strictly inside"},
		{"2026-03-20..2026-04-04", "2026-03-20..2026-04-14", false, "a range past the end"},
		{"2026-03-20..2026-04-04", "2026-03-18..2026-04-01", false, "a range before the start"},
		{"2026-03-20..2026-04-04", "2026-03-25", false, "a day is no range"},
		{"2026-03-20", "2026-03-20..2026-03-22", false, "a day fact holds no range"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			canon, err := ParseDate(tt.canon)
			if err != nil {
				t.Fatal(err)
			}
			src, err := ParseDate(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := canon.Holds(src); got != tt.want {
				t.Errorf("%s holds %s = %v, want %v", tt.canon, tt.src, got, tt.want)
			}
		})
	}
}

func TestDateAgreesNoYear(t *testing.T) {
	canon, _ := ParseDate("2022-09-07")
	sept7 := Single(DaySpan(2000, 9, 7))
	sept7.NoYear = true
	if !canon.Agrees(sept7) {
		t.Errorf("a year-less September 7 should agree with 2022-09-07 on month and day")
	}
	sept8 := Single(DaySpan(2000, 9, 8))
	sept8.NoYear = true
	if canon.Agrees(sept8) {
		t.Errorf("a year-less September 8 should not agree with 2022-09-07")
	}
	if got := sept7.String(); got != "????-09-07" {
		t.Errorf("year-less date prints as %q, want ????-09-07", got)
	}
}
