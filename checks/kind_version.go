package checks

import (
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// versionKind reads versions, ranges and bounds of versions: a fact of one
// version reads single versions, a fact of a range reads ranges and
// bounds.
type versionKind struct{}

func (versionKind) candidates(m *matcher, src *reading, sent *sentence, spans []span, anchors anchorSet) []candidate {
	var cands []candidate
	vs := sent.versionMentions()
	for i := 0; i < len(vs); i++ {
		v := vs[i]
		if v.byName && !inSpans(v.start-1, spans) {
			continue // "about 3.2": a decimal, but for "VeldraOS 3.2" with VeldraOS a term of the fact
		}
		if end, ok := versionList(m.fact, sent, i); ok {
			sp := span{v.start, vs[end-1].end}
			doubt := "a list of versions names some of a range, not always all of it"
			if outside := versionOutside(m.fact, vs[i:end]); outside != "" {
				doubt = "" // "4.7.1 und 4.7.2" for 4.7.2 to 4.7.3: 4.7.1 is no version of the range
				m.tracef("    %q lists %s, outside the sheet's range: a list that names some of a range names none outside it", says(src, sent, sp), outside)
			}
			cands = append(cands, candidate{span: sp, at: sp, dist: sent.nearest(sp, anchors), i: i, doubt: doubt})
			i = end - 1
			continue
		}
		if val := factVersion(m.fact, sent, i); !m.fact.Version.Comparable(val) {
			m.tracef("    %q is %s, which says nothing of %s: ignored", says(src, sent, v.span), describeVersions(val), describeVersions(m.fact.Version))
			continue
		}
		doubt := versionOfNoun(sent, v, spans)
		if doubt == "" && datedRelease(sent, v) {
			doubt = "a possessive date before it (\"last November's 16.2.2 update\") names another release by when it came"
		}
		if w := otherProduct(src, sent, v, spans, m.own); doubt == "" && w != "" {
			doubt = "it follows \"" + w + "\", a name that is none of the fact's words: it may be that product's or standard's version (\"OpenSSL 3.1.4\", \"CVSS v3.1\")"
		}
		cands = append(cands, candidate{span: v.span, at: v.span, dist: sent.nearest(v.span, anchors), i: i, doubt: doubt})
	}
	return cands
}

// factVersion returns what the version mention i of a sentence says for a
// fact: its value; for a fact of a range, a single version after a word
// of [versions-since] ("every release since 2.7.0", "vanaf 2.7.0") is the
// first of a range with no end, which speaks of the range's first version.
func factVersion(f *facts.Fact, sent *sentence, i int) facts.VersionRange {
	vs := sent.versionMentions()
	if sinceBound(f, sent, i) {
		return facts.VersionRange{Lo: vs[i].value.Lo}
	}
	if end, ok := versionList(f, sent, i); ok {
		lo, hi := vs[i].value.Lo, vs[i].value.Hi
		for _, v := range vs[i+1 : end] {
			if v.value.Lo.Compare(*lo) < 0 {
				lo = v.value.Lo
			}
			if v.value.Hi.Compare(*hi) > 0 {
				hi = v.value.Hi
			}
		}
		return facts.VersionRange{Lo: lo, Hi: hi} // "2.4.1 and 2.4.2": from the first to the last
	}
	return vs[i].value
}

// versionList reports whether, for a fact of a range, the version mention
// i of a sentence opens a list of single versions ("2.4.1 and 2.4.2", "la
// 2.4.1 et la 2.4.2", "2.4.1, 2.4.2 or 2.4.3"), which speaks of the range
// from its lowest to its highest, and returns the mention after the list.
func versionList(f *facts.Fact, sent *sentence, i int) (int, bool) {
	vs, sc := sent.versionMentions(), sent.scanner()
	if f.Version.Single() || f.Version.Lo == nil || f.Version.Hi == nil || (i > 0 && listJoined(sc, vs[i-1], vs[i])) {
		return 0, false
	}
	j := i
	for j+1 < len(vs) && listJoined(sc, vs[j], vs[j+1]) {
		j++
	}
	return j + 1, j > i
}

// versionOutside returns the first version of a list that the fact's
// range does not hold, when another version of the list is in the range
// ("4.7.1 und 4.7.2" for 4.7.2 to 4.7.3), or "": a list wholly outside it
// names other versions, the fixed ones ("upgrade to 4.7.4 or 4.8.0",
// "Neither 4.7.1 nor 4.7.4 is affected").
func versionOutside(f *facts.Fact, list []versionMention) string {
	outside, inside := "", false
	for _, v := range list {
		if inVersionRange(f.Version, *v.value.Lo) {
			inside = true
		} else if outside == "" {
			outside = v.value.String()
		}
	}
	if !inside {
		return ""
	}
	return outside
}

// inVersionRange reports whether a range holds a version.
func inVersionRange(r facts.VersionRange, x facts.Version) bool {
	below := r.Lo != nil && x.Compare(*r.Lo) < 0
	above := r.Hi != nil && (x.Compare(*r.Hi) > 0 || r.HiOpen && x.Compare(*r.Hi) == 0)
	return !below && !above
}

// listJoined reports whether two single versions stand next to each other
// in a list: a comma, or a word of [list-coordinators], and perhaps an
// article of [version-range-articles] between.
func listJoined(sc scanner, a, b versionMention) bool {
	if !a.value.Single() || !b.value.Single() {
		return false
	}
	k := a.end
	coordinated := listCoordinators[sc.tok(k)] && k < b.start
	if coordinated {
		k++
	}
	if versionRangeArticles[sc.tok(k)] && k < b.start {
		k++
	}
	return k == b.start && (coordinated || strings.TrimSpace(sc.gap(b.start)) == "," || strings.TrimSpace(sc.gap(a.end)) == ",")
}

// sinceBound reports whether the version mention i of a sentence is, for
// a fact of a range, a single version right after a word of
// [versions-since] or such a word and a cue ("since version 2.7.0").
func sinceBound(f *facts.Fact, sent *sentence, i int) bool {
	v := sent.versionMentions()[i]
	if f.Version.Single() || !v.value.Single() {
		return false
	}
	sc, k := sent.scanner(), v.start
	if versionCues[sc.tok(k-1)] && plainGap(sc.gap(k-1)) {
		k--
	}
	return versionsSince[sc.tok(k-1)] && plainGap(sc.gap(k))
}

// versionsSince: see factVersion.
var versionsSince = lexicon.Set("versions-since")

// versionOfNoun says why a version after a determiner, a noun that is no
// term of the fact and "in" may be that noun's, or "": "Fix a regression
// in 4.7.0" names where the regression came, not the fix.
func versionOfNoun(sent *sentence, v versionMention, spans []span) string {
	sc := sent.scanner()
	k := v.start
	if sc.tok(k-1) != "in" || !determiners[sc.tok(k-3)] || !isLetters(sc.tok(k-2)) || inSpans(k-2, spans) {
		return ""
	}
	return "it follows \"" + sc.tok(k-3) + " " + sc.tok(k-2) + " in\", a noun that is no term of the fact: it may be where that came, as \"a regression in 4.7.0\""
}

// datedRelease reports whether a date with a possessive "'s" stands right
// before a version: "last November's 16.2.2 update", "2023's 4.1 release".
func datedRelease(sent *sentence, v versionMention) bool {
	sc := sent.scanner()
	if v.start < 2 || sc.tok(v.start-1) != "s" || !strings.ContainsAny(sc.gap(v.start-1), "'’") {
		return false
	}
	for _, d := range sent.dateMentions() {
		if d.end == v.start-1 {
			return true
		}
	}
	return false
}

// otherProduct returns the word right before a version when the text
// writes it with a capital and it is no term and none of the fact's own
// words, nor a word of [version-cues] ("OpenSSL 3.1.4", "CVSS v3.1" for a
// fact about PeltonDB's release), or "".
func otherProduct(src *reading, sent *sentence, v versionMention, spans []span, own map[string]bool) string {
	k := v.start - 1
	if k < 0 || inSpans(k, spans) || !plainGap(sent.scanner().gap(v.start)) {
		return ""
	}
	f := sent.folded()
	w := f.tokens[k].Text
	if own[w] || versionCues[w] || releaseNoun(w) || !isLetters(w) || !unicode.IsUpper(sent.writtenAt(k)) {
		return "" // not "Patch 16.3.2", "LTS 16.3.2", "Das Sicherheitsupdate 16.3.2"
	}
	start, end := src.SpanOf(f.norm, f.tokens[k].Start, f.tokens[k].End)
	return src.Raw()[start:end]
}

// releaseNouns name a release rather than a product: "Patch", "LTS",
// "Update"; a compound ending in one ("Sicherheitsupdate") does too.
var releaseNouns = lexicon.Set("release-nouns")

// releaseNoun reports whether a folded word is, or ends with, a word of
// [release-nouns] of four letters or more.
func releaseNoun(w string) bool {
	if releaseNouns[w] {
		return true
	}
	for n := range releaseNouns {
		if len(n) >= 4 && strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

func (versionKind) canRead(p *matcher, sent *sentence, cd candidate, _ []span) bool {
	return p.fact.Version.Comparable(factVersion(p.fact, sent, cd.i))
}

func (versionKind) holds(f *facts.Fact, src *reading, sent *sentence, cd candidate) bool {
	v := factVersion(f, sent, cd.i)
	return f.Version.Comparable(v) && f.Version.Agrees(v)
}

func (versionKind) judge(f *facts.Fact, src *reading, sent *sentence, cd candidate, fd *Finding) bool {
	v := factVersion(f, sent, cd.i)
	fd.Value, fd.Agrees, fd.Kind = v.String(), f.Version.Agrees(v), "different-version"
	// A source that states the fact's version outright speaks of another
	// when it names one more ("stay on 3.9.3", "wait for 4.0.1"): it
	// yields to the firm one (see settleWithinSource). So does one that
	// states the fact's range with its very ends ("2.4.0 through 2.9.3"),
	// beside another library's "0.15.0 to 0.18.1".
	fd.firm = fd.Agrees && (v.Single() || !f.Version.Single() && v.String() == f.Version.String())
	if !fd.Agrees && f.Version.Single() && v.Single() && v.Lo.SeriesOf(*f.Version.Lo) {
		// "version 5.1" for 5.1.3: the series, as a month is of a day
		fd.Agrees, fd.firm, fd.How = true, false, "a shorter version that names the series of the sheet's, "+f.Version.String()+": it agrees, and settles nothing"
	}
	fd.yields = !fd.Agrees
	return true
}

func (versionKind) values(says string, src *document.Source) []string {
	var out []string
	for _, v := range extractVersions(says, text.Tokenize(says), nil) {
		out = append(out, v.value.String())
	}
	return out
}

// describeVersions names a version statement for explain: "one version
// (3.9.0)" or "a range (up to 3.8.2)".
func describeVersions(v facts.VersionRange) string {
	if v.Single() {
		return "one version (" + v.String() + ")"
	}
	return "a range (" + v.String() + ")"
}
