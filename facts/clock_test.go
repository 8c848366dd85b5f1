package facts

import (
	"strings"
	"testing"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in  string
		utc int // minutes after midnight UTC, or -1 for an error
		why string
	}{
		{"06:17 UTC", 6*60 + 17, "UTC"},
		{"02:17 EDT", 6*60 + 17, "a zone of one offset"},
		{"04:17 ADT", 7*60 + 17, "Atlantic daylight time"},
		{"04:17 UTC-3", 7*60 + 17, "an offset written after UTC"},
		{"11:47 GMT+5:30", 6*60 + 17, "an offset with minutes"},
		{"11:00 WEST", 10 * 60, "western European summer time: Lisbon in summer"},
		{"06:17 IST", -1, "a zone of several offsets is refused"},
		{"06:17 UTC+15", -1, "no such offset"},
	}
	for _, tt := range tests {
		c, err := ParseClock(tt.in)
		switch {
		case tt.utc < 0 && err == nil:
			t.Errorf("ParseClock(%q) = %v; want an error: %s", tt.in, c, tt.why)
		case tt.utc >= 0 && (err != nil || c.UTC != tt.utc):
			t.Errorf("ParseClock(%q) = %v, %v; want %d minutes UTC: %s", tt.in, c.UTC, err, tt.utc, tt.why)
		}
	}
}

// A zone the lexicon does not know, such as a region's name, is refused
// with what to write instead and where the known ones are listed.
func TestParseClockUnknownZoneSaysWhatToWrite(t *testing.T) {
	_, err := ParseClock("11:45 Europe/London")
	if err == nil || !strings.Contains(err.Error(), "UTC+01:00") || !strings.Contains(err.Error(), "factcheck lexicon zones") {
		t.Errorf("ParseClock(11:45 Europe/London) = %v; want an error naming an offset and factcheck lexicon zones", err)
	}
}

// A zone of several offsets is refused with the offsets it may mean, so
// that the user writes the one meant: CST is Central Standard Time or
// China's.
func TestParseZoneOfSeveralOffsetsListsThem(t *testing.T) {
	tests := []struct {
		zone, want, why string
	}{
		{"CST", "UTC-06:00 or UTC+08:00", "North America's Central Standard Time or China's"},
		{"IST", "UTC+05:30 or UTC+02:00 or UTC+01:00", "India's, Israel's or Ireland's"},
	}
	for _, tt := range tests {
		_, err := ParseZone(tt.zone)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseZone(%q) = %v; want an error naming %s: %s", tt.zone, err, tt.want, tt.why)
		}
	}
}
