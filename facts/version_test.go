package facts

import "testing"

func TestVersionAgrees(t *testing.T) {
	v := func(s string) *Version {
		x, err := ParseVersion(s)
		if err != nil {
			t.Fatal(err)
		}
		return &x
	}
	affected, _ := ParseVersionRange("3.0-beta4..3.8.2")
	fix, _ := ParseVersionRange("4.1.0")
	later, _ := ParseVersionRange("2.3..")
	tests := []struct {
		sheet      VersionRange
		src        VersionRange
		comparable bool
		agrees     bool
		why        string
	}{
		{fix, VersionRange{Lo: v("4.1.0"), Hi: v("4.1.0")}, true, true, "the same version"},
		{fix, VersionRange{Lo: v("4.1"), Hi: v("4.1")}, true, true, "a missing last part is 0"},
		{fix, VersionRange{Lo: v("4.1.1"), Hi: v("4.1.1")}, true, false, "another version"},
		{fix, VersionRange{Hi: v("3.10.0")}, false, false, "a bound says nothing of one version"},
		{affected, VersionRange{Lo: v("3.0-beta4"), Hi: v("3.8.2")}, true, true, "the same range"},
		{affected, VersionRange{Hi: v("3.8.2")}, true, true, "up to the same last version"},
		{affected, VersionRange{Lo: v("3.0"), Hi: v("3.8.2")}, true, true, "a first version without its pre-release"},
		{affected, VersionRange{Hi: v("3.9.0"), HiOpen: true}, true, true, "below the next release"},
		{affected, VersionRange{Hi: v("3.8.0"), HiOpen: true}, true, false, "below a version the sheet includes"},
		{affected, VersionRange{Hi: v("3.10.0"), HiOpen: true}, true, false, "below a later release: it takes in 3.9"},
		{affected, VersionRange{Lo: v("3.5"), Hi: v("3.8.2")}, true, false, "another first version"},
		{affected, VersionRange{Lo: v("3.9.0"), Hi: v("3.9.0")}, false, false, "one version says nothing of the range"},
		{later, VersionRange{Lo: v("2.3")}, true, true, "the same lower bound"},
		{later, VersionRange{Lo: v("2.4")}, true, false, "another lower bound"},
		{later, VersionRange{Hi: v("2.9")}, false, false, "an upper bound says nothing of a lower one"},
	}
	for _, tt := range tests {
		if got := tt.sheet.Comparable(tt.src); got != tt.comparable {
			t.Errorf("%s vs %s: comparable %v, want %v: %s", tt.sheet, tt.src, got, tt.comparable, tt.why)
			continue
		}
		if tt.comparable {
			if got := tt.sheet.Agrees(tt.src); got != tt.agrees {
				t.Errorf("%s vs %s: agrees %v, want %v: %s", tt.sheet, tt.src, got, tt.agrees, tt.why)
			}
		}
	}
}

func TestParseVersionRange(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"4.1.0", "4.1.0", ""},
		{"v3.8", "3.8", ""},
		{"3.0-beta4..3.8.2", "3.0-beta4..3.8.2", ""},
		{"3.8.2..2.0", "", `version range "3.8.2..2.0" ends before it starts: write the lower version first`},
		{"2.3..", "2.3 and later", ""},
		{"..3.8.2", "up to 3.8.2", ""},
		{"..", "", `invalid version range "..": give at least one end, such as 2.3.. or ..3.8.2`},
		{"two", "", `invalid version "two": write numbers joined by dots, such as 3.8.2, with a pre-release after a hyphen if any (3.0-beta4)`},
	}
	for _, tt := range tests {
		r, err := ParseVersionRange(tt.in)
		switch {
		case tt.err != "" && (err == nil || err.Error() != tt.err):
			t.Errorf("%q: error %v, want %s", tt.in, err, tt.err)
		case tt.err == "" && (err != nil || r.String() != tt.want):
			t.Errorf("%q: %v, %v; want %s", tt.in, r, err, tt.want)
		}
	}
}
