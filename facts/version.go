package facts

import (
	"fmt"
	"strconv"
	"strings"
)

// A Version is a software version: numbers joined by dots ("3.8.2") and
// an optional pre-release after a hyphen ("3.0-beta4", "3.1-rc2").
type Version struct {
	Parts []int
	Pre   string // "beta4", "rc2", or "" for a release
}

// ParseVersion reads "3.8.2", "v3.8", "3.0-beta4".
func ParseVersion(s string) (Version, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "v")
	num, pre, _ := strings.Cut(s, "-")
	var v Version
	for _, p := range strings.Split(num, ".") {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || p == "" {
			return Version{}, fmt.Errorf("invalid version %q: write numbers joined by dots, such as 3.8.2, with a pre-release after a hyphen if any (3.0-beta4)", s)
		}
		v.Parts = append(v.Parts, n)
	}
	v.Pre = strings.ToLower(pre)
	return v, nil
}

func (v Version) String() string {
	parts := make([]string, len(v.Parts))
	for i, p := range v.Parts {
		parts[i] = strconv.Itoa(p)
	}
	s := strings.Join(parts, ".")
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	return s
}

// Compare orders versions by their numbers, missing parts counting as 0
// (3.9 is 3.9.0); a pre-release comes before its release, and two
// pre-releases compare as text.
func (v Version) Compare(o Version) int {
	for i := 0; i < max(len(v.Parts), len(o.Parts)); i++ {
		a, b := part(v.Parts, i), part(o.Parts, i)
		if a != b {
			return sign(a - b)
		}
	}
	switch {
	case v.Pre == o.Pre:
		return 0
	case v.Pre == "":
		return 1
	case o.Pre == "":
		return -1
	}
	return strings.Compare(v.Pre, o.Pre)
}

// sameNumbers reports whether two versions have the same numbers, whatever
// their pre-releases: "2.0" for "3.0-beta4".
func (v Version) sameNumbers(o Version) bool {
	w := v
	w.Pre = o.Pre
	return w.Compare(o) == 0
}

// follows reports whether v is the first release after o that a version
// range ending before v would mean: "< 3.9.0" or "< 3.8.3" after 3.8.2.
func (v Version) follows(o Version) bool {
	if v.Pre != "" || v.Compare(o) <= 0 {
		return false
	}
	for i := 0; i < max(len(v.Parts), len(o.Parts)); i++ {
		if part(v.Parts, i) == part(o.Parts, i) {
			continue
		}
		if part(v.Parts, i) != part(o.Parts, i)+1 {
			return false
		}
		for j := i + 1; j < len(v.Parts); j++ {
			if v.Parts[j] != 0 {
				return false
			}
		}
		return true
	}
	return false
}

// SeriesOf reports whether v names the series of another version with
// more parts: "5.1" of 5.1.3 (two parts at least, no pre-release, the
// parts it has the other's first ones).
func (v Version) SeriesOf(o Version) bool {
	if len(v.Parts) < 2 || len(v.Parts) >= len(o.Parts) || v.Pre != "" || o.Pre != "" {
		return false
	}
	for i, p := range v.Parts {
		if o.Parts[i] != p {
			return false
		}
	}
	return true
}

func part(p []int, i int) int {
	if i < len(p) {
		return p[i]
	}
	return 0
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// A VersionRange is a version or a range of versions: Lo..Hi, either end
// missing for an open range ("3.8.2 and below" has no Lo), HiOpen when Hi
// itself is excluded ("< 3.9.0").
type VersionRange struct {
	Lo, Hi *Version
	HiOpen bool
}

// Single reports whether the range is one version.
func (r VersionRange) Single() bool {
	return r.Lo != nil && r.Hi != nil && !r.HiOpen && r.Lo.Compare(*r.Hi) == 0
}

// ParseVersionRange reads a canonical version as a sheet writes it: "4.1.0"
// or "3.0-beta4..3.8.2".
func ParseVersionRange(s string) (VersionRange, error) {
	lo, hi, isRange := strings.Cut(strings.TrimSpace(s), "..")
	switch {
	case isRange && strings.TrimSpace(lo) == "" && strings.TrimSpace(hi) == "":
		return VersionRange{}, fmt.Errorf("invalid version range %q: give at least one end, such as 2.3.. or ..3.8.2", s)
	case isRange && strings.TrimSpace(hi) == "": // 2.3..: 2.3 and later
		a, err := ParseVersion(lo)
		return VersionRange{Lo: &a}, err
	case isRange && strings.TrimSpace(lo) == "": // ..3.8.2: up to 3.8.2
		b, err := ParseVersion(hi)
		return VersionRange{Hi: &b}, err
	}
	a, err := ParseVersion(lo)
	if err != nil {
		return VersionRange{}, err
	}
	if !isRange {
		return VersionRange{Lo: &a, Hi: &a}, nil
	}
	b, err := ParseVersion(hi)
	if err != nil {
		return VersionRange{}, err
	}
	if b.Compare(a) < 0 {
		return VersionRange{}, fmt.Errorf("version range %q ends before it starts: write the lower version first", s)
	}
	return VersionRange{Lo: &a, Hi: &b}, nil
}

func (r VersionRange) String() string {
	switch {
	case r.Single():
		return r.Lo.String()
	case r.Lo == nil && r.HiOpen:
		return "below " + r.Hi.String()
	case r.Lo == nil:
		return "up to " + r.Hi.String()
	case r.Hi == nil:
		return r.Lo.String() + " and later"
	case r.HiOpen:
		return r.Lo.String() + " up to below " + r.Hi.String()
	}
	return r.Lo.String() + ".." + r.Hi.String()
}

// Comparable reports whether a source's version statement says something
// about the canonical one: a version about a version, a range or bound
// about a range. A single version in a sentence about a range (or a range
// in one about a version) is about something else: the fix, the versions
// hit. A lower bound ("2.7.0 and later") speaks of a range's first
// version.
func (r VersionRange) Comparable(src VersionRange) bool {
	switch {
	case r.Single():
		return src.Single()
	case r.Hi == nil: // "2.3 and later": a lower bound
		return !src.Single() && src.Lo != nil
	}
	return !src.Single() && (src.Hi != nil || src.Lo != nil && r.Lo != nil)
}

// Agrees reports whether a comparable statement of a source agrees with
// the canonical range: the same version; for a range, the same last
// version (or a bound just after it, "< 3.9.0" for up to 3.8.2), unless the
// source gives a lower bound only, and, when both give one, the same
// first version by its numbers ("3.0" for "3.0-beta4").
func (r VersionRange) Agrees(src VersionRange) bool {
	if r.Single() {
		return r.Lo.Compare(*src.Lo) == 0
	}
	if r.Hi != nil && (src.Hi != nil || src.HiOpen) { // a lower bound says nothing of the last
		switch {
		case src.HiOpen && !src.Hi.follows(*r.Hi):
			return false
		case !src.HiOpen && src.Hi.Compare(*r.Hi) != 0:
			return false
		}
	}
	if r.Lo != nil && src.Lo != nil && !src.Lo.sameNumbers(*r.Lo) {
		return false
	}
	return true
}
