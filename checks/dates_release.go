package checks

import (
	"strings"

	"github.com/factcheck/factcheck/facts"
)

// claimVersions returns the versions the claim of a date fact names
// ("Tessel 4.0 was released on Tuesday, 10 March 2026"), nil for none or
// for a fact of another kind.
func claimVersions(f *facts.Fact) []facts.Version {
	if f.Kind != facts.KindDate || !strings.ContainsAny(f.Claim, "0123456789") {
		return nil
	}
	var vs []facts.Version
	for _, sent := range claimSentences(f) {
		for _, v := range sent.versionMentions() {
			if v.value.Single() {
				vs = append(vs, *v.value.Lo)
			}
		}
	}
	return vs
}

// otherRelease says why a date may be another release's when the claim
// of a date fact names versions and the sentence names another and none
// of them, or "":
// in "Tessel 4.9.3, released on February 10, is the last of the 4.x
// line", for a claim of Tessel 5.0.0, the date is 4.9.3's. A version by
// name alone ("Tessel 4.1") counts after a word of the fact; a range
// counts for nothing.
func otherRelease(m *matcher, sent *sentence) string {
	if len(m.versions) == 0 {
		return ""
	}
	other := ""
	for _, v := range sent.versionMentions() {
		if !v.value.Single() || v.byName && !m.own[sent.scanner().tok(v.start-1)] {
			continue
		}
		if claimsVersion(m.versions, *v.value.Lo) {
			return ""
		}
		if other == "" {
			other = v.value.Lo.String()
		}
	}
	if other == "" {
		return ""
	}
	return "the sentence names version " + other + " and none of the claim's versions: the date may be that version's release (\"4.9.3, released on February 10, is the last of the 4.x line\")"
}

// claimsVersion reports whether v is one of the claim's versions, or the
// series of one or a release of one's series: "5.0" for 5.0.0, "31.4" for
// 31.4.2, "31.4.2" for 31.4.
func claimsVersion(claim []facts.Version, v facts.Version) bool {
	for _, c := range claim {
		if c.Compare(v) == 0 || c.SeriesOf(v) || v.SeriesOf(c) {
			return true
		}
	}
	return false
}
