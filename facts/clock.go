package facts

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// A Clock is a time of day with its zone, as a sheet writes it ("06:17
// UTC"), read as minutes after midnight UTC.
type Clock struct {
	UTC     int    // minutes after midnight, in UTC
	Written string // as the sheet writes it
	// Offset is how many minutes the sheet's zone is ahead of UTC, and
	// Zone its name as the sheet writes it: a source's time with no zone is
	// read in it.
	Offset int
	Zone   string
}

// FromLocal returns, in minutes after midnight UTC, a time of day given in
// the sheet's zone.
func (c Clock) FromLocal(minutes int) int { return mod(minutes-c.Offset, 24*60) }

// zoneOffsets are the time zones of lexicon/zones.txt: each abbreviation's
// offsets from UTC in minutes. Read once.
var zoneOffsets = ZoneOffsets()

// ZoneOffsets returns the time zones of the lexicon, by folded
// abbreviation, each with every offset from UTC (in minutes) it may mean.
func ZoneOffsets() map[string][]int {
	out := make(map[string][]int)
	for zone, offs := range lexicon.Pairs("time-zones") {
		for _, o := range strings.Split(offs, "/") {
			n, err := strconv.Atoi(o)
			if err != nil {
				panic("lexicon/zones.txt: bad offset for " + zone)
			}
			out[zone] = append(out[zone], n)
		}
	}
	return out
}

// ParseClock reads "06:17 UTC", "6:17 GMT", "02:17 EDT": hours and minutes
// and a zone that means one offset.
func ParseClock(s string) (Clock, error) {
	bad := fmt.Errorf("invalid time %q: write HH:MM and a time zone, such as 06:17 UTC", s)
	hm, zone, ok := strings.Cut(strings.TrimSpace(s), " ")
	h, m, ok2 := strings.Cut(hm, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || !ok2 || err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return Clock{}, bad
	}
	off, err := ParseZone(zone)
	if err != nil {
		return Clock{}, fmt.Errorf("invalid time %q: %w", s, err)
	}
	return Clock{UTC: mod(hh*60+mm-off, 24*60), Written: strings.TrimSpace(s), Offset: off, Zone: strings.TrimSpace(zone)}, nil
}

// ParseZone reads a time zone that means one offset from UTC: "UTC",
// "EDT", "CEST", "UTC+05:30". It returns the offset in minutes.
func ParseZone(zone string) (int, error) {
	offs := zoneOffsets[strings.ToLower(strings.TrimSpace(zone))]
	if o, ok := numericZone(zone); ok {
		offs = []int{o}
	}
	switch {
	case len(offs) == 0:
		return 0, fmt.Errorf("unknown time zone %q; write an abbreviation that means one offset (BST, CEST, EDT) or an offset (UTC+01:00); factcheck lexicon zones lists the abbreviations", zone)
	case len(offs) > 1:
		return 0, fmt.Errorf("the zone %q means several offsets (%s); write the one meant as an offset (%s), an unambiguous zone (EDT, not ET) or UTC", zone, offsetList(offs), offsetString(offs[0]))
	}
	return offs[0], nil
}

// offsetList writes offsets as "UTC-06:00 or UTC+08:00".
func offsetList(offs []int) string {
	out := make([]string, len(offs))
	for k, o := range offs {
		out[k] = offsetString(o)
	}
	return strings.Join(out, " or ")
}

// offsetString writes an offset in minutes as "UTC+05:30".
func offsetString(o int) string {
	sign := "+"
	if o < 0 {
		sign, o = "-", -o
	}
	return fmt.Sprintf("UTC%s%02d:%02d", sign, o/60, o%60)
}

func mod(a, n int) int { return ((a % n) + n) % n }

// UTCString writes minutes after midnight UTC as "06:17 UTC".
func UTCString(minutes int) string {
	return fmt.Sprintf("%02d:%02d UTC", minutes/60, minutes%60)
}

func (c Clock) String() string {
	if u := UTCString(c.UTC); u != c.Written {
		return c.Written + " (" + u + ")"
	}
	return c.Written
}

// numericZone reads a zone written as an offset from UTC: "UTC-3",
// "GMT+5:30", "UTC+1".
func numericZone(zone string) (int, bool) {
	z := strings.ToUpper(strings.TrimSpace(zone))
	rest, ok := strings.CutPrefix(z, "UTC")
	if !ok {
		rest, ok = strings.CutPrefix(z, "GMT")
	}
	if !ok || len(rest) < 2 || rest[0] != '+' && rest[0] != '-' {
		return 0, false
	}
	h, m, _ := strings.Cut(rest[1:], ":")
	hh, err := strconv.Atoi(h)
	mm := 0
	if m != "" {
		mm, err = strconv.Atoi(m)
	}
	if err != nil || hh > 14 || mm > 59 {
		return 0, false
	}
	off := hh*60 + mm
	if rest[0] == '-' {
		off = -off
	}
	return off, true
}
