package checks

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A versionMention is a version, a range or a bound of versions found in a
// sentence: "4.1.0", "3.0-beta4 to 3.8.2", "<= 3.8.2", "3.8.2 and
// below".
type versionMention struct {
	span
	value facts.VersionRange
	// byName marks a number of two parts with no cue, right after a word
	// ("VeldraOS 3.2"): a version only of a fact whose term that word is;
	// for any other, as likely a decimal ("about 3.2").
	byName bool
}

// versionCues before a version of two parts make it one: "version 3.9",
// "v3.9"; alone, "3.9" is as likely a decimal number.
var versionCues = lexicon.Set("version-cues")

// The words around versions, from lexicon/versions.txt.
var (
	versionsAndBelow  = lexicon.Set("versions-and-below")
	versionsAndAbove  = lexicon.Set("versions-and-above")
	versionsOnward    = lexicon.Set("versions-onward")
	versionRangeJoins = lexicon.Set("version-range-joins")
	// versionRangeArticles may follow a join: "4.1.0 à la 4.2.0".
	versionRangeArticles = lexicon.Set("version-range-articles")
	upgradeVerbs         = lexicon.Set("upgrade-verbs")
	stepVerbs            = lexicon.Set("step-verbs")
	upgradeFromWords     = lexicon.Set("upgrade-from")
	upToIncludingWords   = phrases("up-to-including")
)

// preReleases are the words that may follow a version after a hyphen.
var preReleases = lexicon.Set("pre-releases")

// extractVersions finds the versions of a sentence, left to right.
// cased, when not nil, is the sentence whose case says whether a word is
// written with a capital first: a number of two parts after such a word
// may be a version by name ("VeldraOS 3.2"; see namedVersionAt).
func extractVersions(s string, toks []text.Token, cased *sentence) []versionMention {
	sc := scanner{s: s, toks: toks, cased: cased}
	var out []versionMention
	for i := 0; i < len(toks); {
		v, end, ok := sc.versionAt(i)
		byName := false
		if !ok {
			v, end, byName = sc.namedVersionAt(i)
		}
		if !ok && !byName {
			i++
			continue
		}
		m := versionMention{span: span{i, end}, value: facts.VersionRange{Lo: &v, Hi: &v}, byName: byName}
		sc.versionBounds(&m)
		if n := len(out); n > 0 && sc.joinsBounds(out[n-1], m) {
			out[n-1].value.Hi, out[n-1].value.HiOpen, out[n-1].end = m.value.Hi, m.value.HiOpen, m.end // ">= 4.0.0, <= 4.7.1"
		} else {
			out = append(out, m)
		}
		i = m.end
	}
	return out
}

// joinsBounds reports whether a lower bound, or a version after "from",
// and an upper bound right after it make one range: ">= 4.0.0, <= 4.7.1",
// ">= 4.0.0 and < 4.8.0", "from 4.0.0 up to 4.7.1". Only "up", "to" and
// "and" stand between.
func (sc scanner) joinsBounds(a, b versionMention) bool {
	lower := a.value.Lo != nil && a.value.Hi == nil || a.value.Single() && sc.tok(a.start-1) == "from" && !sc.upgradeFrom(a.start)
	if !lower || b.value.Lo != nil || b.value.Hi == nil || b.start-a.end > 3 || a.byName || b.byName {
		return false
	}
	for k := a.end; k < b.start; k++ {
		if w := sc.tok(k); w != "up" && w != "to" && w != "and" {
			return false
		}
	}
	return true
}

// versionAt reads a version at token i: "3.8.2", "v3.8", "3.0-beta4";
// one of two numbers only after a cue ("version 3.9") or with a "v".
func (sc scanner) versionAt(i int) (facts.Version, int, bool) {
	t := sc.tok(i)
	vprefix := strings.HasPrefix(t, "v") && isDigits(t[1:])
	if !isDigits(t) && !vprefix || sc.gap(i) == "." {
		return facts.Version{}, 0, false
	}
	var v facts.Version
	n, _ := strconv.Atoi(strings.TrimPrefix(t, "v"))
	v.Parts = append(v.Parts, n)
	j := i + 1
	for sc.gap(j) == "." && isDigits(sc.tok(j)) {
		n, _ := strconv.Atoi(sc.tok(j))
		v.Parts = append(v.Parts, n)
		j++
	}
	if sc.gap(j) == "-" && isPreRelease(sc.tok(j)) {
		v.Pre = sc.tok(j)
		j++
	}
	named := vprefix || v.Pre != "" || versionCues[sc.tok(i-1)]
	if len(v.Parts) < 2 || !named && !sc.looksVersion(i, j, v) || strings.HasPrefix(sc.gap(j), ".") && isDigits(sc.tok(j)) {
		return facts.Version{}, 0, false
	}
	return v, j, true
}

// namedVersionAt reads, at token i, a number of two parts right after a
// word written with a capital and a space, with nothing glued after it:
// "VeldraOS 3.2", which is a version when that word is a term of the fact
// (see versionMention); not "and 3.0 to 3.8.2", "rated 3.7".
func (sc scanner) namedVersionAt(i int) (facts.Version, int, bool) {
	if i == 0 || sc.cased == nil || sc.gap(i) != " " || !isLetters(sc.tok(i-1)) || !sc.capital(i-1) || !isDigits(sc.tok(i)) || sc.gap(i+1) != "." || !isDigits(sc.tok(i+1)) {
		return facts.Version{}, 0, false
	}
	if g := sc.gap(i + 2); i+2 < len(sc.toks) && (g == "" || g == "-" || g == "." && isDigits(sc.tok(i+2))) {
		return facts.Version{}, 0, false // "3.2x", "3.2.1" (read as a version already, or not), "3.5-tonne"
	}
	if next := sc.tok(i + 2); scales[next] != 0 || next == "out" || unitLexicon.lookup(next) != nil {
		return facts.Version{}, 0, false // "Veldra 1.5 million cars", "4.1 out of 5", "2.0 litre"
	}
	a, _ := strconv.Atoi(sc.tok(i))
	b, _ := strconv.Atoi(sc.tok(i + 1))
	return facts.Version{Parts: []int{a, b}}, i + 2, true
}

// looksVersion reports whether dotted numbers with no cue (tokens i..j)
// read as a version: three parts, none with a leading zero (09.30.15 is a
// time), not groups of three digits (1.234.567 is a number), not a date.
// Four parts or more need a cue: 10.0.2.15 is an address.
func (sc scanner) looksVersion(i, j int, v facts.Version) bool {
	if len(v.Parts) != 3 {
		return false
	}
	thousands := true
	for k := i; k < j; k++ {
		t := strings.TrimPrefix(sc.tok(k), "v")
		if len(t) > 1 && t[0] == '0' {
			return false
		}
		thousands = thousands && (k == i && len(t) <= 3 || len(t) == 3)
	}
	if thousands {
		return false
	}
	_, _, isDate := sc.dateAt(i)
	return !isDate
}

func isPreRelease(t string) bool {
	for p := range preReleases {
		if rest, ok := strings.CutPrefix(t, p); ok && (rest == "" || isDigits(rest)) {
			return true
		}
	}
	return false
}

// versionBounds widens a version into the range or bound the words around
// it make: "3.0 to 3.8.2", "between 2.0 and 3.8.2", "up to 3.8.2",
// "<= 3.8.2", "< 3.9.0", "before 3.9.0", "3.8.2 and below", "3.5 and
// later".
func (sc scanner) versionBounds(m *versionMention) {
	v := m.value.Lo
	if lo, start, ok := sc.rangeStartBefore(m.start); ok && lo.Compare(*v) < 0 {
		m.value, m.start = facts.VersionRange{Lo: &lo, Hi: v}, start // "3.0 to 3.8.2"
		return
	}
	sc.boundBefore(m, v)
	if w, end, ok := sc.rangeEndAfter(m); ok && w.Compare(*v) > 0 {
		m.value, m.end = facts.VersionRange{Lo: v, Hi: &w}, end // "3.0 to 3.8.2"
		return
	}
	sc.boundAfter(m, v)
}

// versionsBefore ([versions-before]), right before a version, make it the
// first version not in a range: "before 3.9.0", "vor 7.4.3".
var versionsBefore = lexicon.Set("versions-before")

// boundBefore makes the version v of m a bound by what stands before it:
// "up to", "through", "<=", "<", "before", "below", ">="; not "go
// through 4.7.4", a step of an upgrade.
func (sc scanner) boundBefore(m *versionMention, v *facts.Version) {
	before := strings.TrimSpace(sc.before(m.start))
	prev, prev2 := sc.tok(m.start-1), sc.tok(m.start-2)
	switch {
	case strings.HasSuffix(before, "<=") || strings.HasSuffix(before, "≤") || prev == "to" && prev2 == "up" && before == "" || prev == "through" && prev2 != "from" && !stepVerbs[prev2] || sc.upToIncluding(m.start):
		m.value = facts.VersionRange{Hi: v}
	case strings.HasSuffix(before, "<") || versionsBefore[prev] || prev == "below" && before == "":
		m.value = facts.VersionRange{Hi: v, HiOpen: true}
	case strings.HasSuffix(before, ">=") || strings.HasSuffix(before, "≥"):
		m.value = facts.VersionRange{Lo: v}
	}
}

// rangeEndAfter reads the end of a range that starts with the version of
// m: a join and a version, or a dotted number, after it. "Upgrade from
// 3.8.2 to 3.9.0" has none.
func (sc scanner) rangeEndAfter(m *versionMention) (facts.Version, int, bool) {
	k, ok := sc.versionJoin(m.end)
	if !ok || sc.upgradeFrom(m.start) {
		return facts.Version{}, 0, false
	}
	if w, end, ok := sc.versionAt(k); ok {
		return w, end, true
	}
	if sc.isPartial(k) {
		w, end := sc.partialVersion(k)
		return w, end, true
	}
	return facts.Version{}, 0, false
}

// upToIncluding reports whether a phrase of [up-to-including] ("up to and
// including") stands right before token i.
func (sc scanner) upToIncluding(i int) bool {
	return sc.phraseBefore(i, upToIncludingWords) != nil
}

// boundAfter makes the version v of m a bound by what follows it: "and
// below", "or later".
func (sc scanner) boundAfter(m *versionMention, v *facts.Version) {
	e := m.end
	if versionsOnward[sc.tok(e)] {
		m.value, m.end = facts.VersionRange{Lo: v}, e+1 // "3.0 onward"
		return
	}
	if next := sc.tok(e); next != "and" && next != "or" {
		return
	}
	switch next2 := sc.tok(e + 1); {
	case versionsAndBelow[next2]:
		m.value, m.end = facts.VersionRange{Hi: v}, e+2
	case versionsAndAbove[next2]:
		m.value, m.end = facts.VersionRange{Lo: v}, e+2
	}
}

// upgradeFrom reports whether the version at token i follows "from" after
// a verb of change: "upgrade from 3.8.2 to 3.9.0" names two versions, no
// range.
func (sc scanner) upgradeFrom(i int) bool {
	if versionRangeArticles[sc.tok(i-1)] && upgradeFromWords[sc.tok(i-2)] || versionCues[sc.tok(i-1)] {
		i-- // "passer de la 4.1.0 à la 4.2.0", "updated from version 4.0.9 to 4.1.2"
	}
	if !upgradeFromWords[sc.tok(i-1)] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if upgradeVerbs[sc.tok(k)] {
			return true
		}
	}
	return false
}

// versionJoin reads what joins the two ends of a range of versions: "to",
// "through", a dash, or "and" after "between".
func (sc scanner) versionJoin(e int) (int, bool) {
	switch g := strings.TrimSpace(sc.gap(e)); {
	case g == "-" && (sc.gap(e) != "-" || startsVersion(sc.tok(e))), g == "–", g == "—":
		return e, true
	}
	if !plainGap(sc.gap(e)) {
		return 0, false // "is 5.2.0; a 5.2.1 patch follows": a semicolon parts two versions
	}
	if versionRangeJoins[sc.tok(e)] && versionRangeArticles[sc.tok(e+1)] && plainGap(sc.gap(e+1)) {
		return e + 2, true // "de la 4.1.0 à la 4.2.0"
	}
	if versionRangeJoins[sc.tok(e)] {
		return e + 1, true
	}
	return 0, false
}

// isPartial reports whether a number of two or more dotted parts starts at
// k, a version only as the end of a range: "3.0 to 3.8.2".
func (sc scanner) isPartial(k int) bool {
	return isDigits(sc.tok(k)) && sc.gap(k+1) == "." && isDigits(sc.tok(k+1))
}

// partialVersion reads a dotted number at k as a version.
func (sc scanner) partialVersion(k int) (facts.Version, int) {
	var v facts.Version
	j := k
	for j == k || sc.gap(j) == "." && isDigits(sc.tok(j)) {
		n, _ := strconv.Atoi(strings.TrimPrefix(sc.tok(j), "v"))
		v.Parts = append(v.Parts, n)
		j++
	}
	return v, j
}

// rangeStartBefore reads the start of a range that ends with the version
// at token i: a dotted number and a join before it ("3.0 to", "3.0 -",
// "from 2.0 through"). It returns the version and its first token.
func (sc scanner) rangeStartBefore(i int) (facts.Version, int, bool) {
	j := i - 1 // the last token of the start, before the join
	switch {
	case versionRangeArticles[sc.tok(i-1)] && versionRangeJoins[sc.tok(i-2)]:
		j = i - 3 // "4.1.0 à la 4.2.0"
	case versionRangeJoins[sc.tok(i-1)]:
		j = i - 2
	case strings.TrimSpace(sc.gap(i)) != "-" && strings.TrimSpace(sc.gap(i)) != "–":
		return facts.Version{}, 0, false
	}
	if j < 0 || !isDigits(sc.tok(j)) || j < i-1 && !plainGap(sc.gap(j+1)) {
		return facts.Version{}, 0, false // not "5.2.0; a 5.2.1"
	}
	k := j
	for k > 0 && sc.gap(k) == "." && startsVersion(sc.tok(k-1)) {
		k--
		if !isDigits(sc.tok(k)) {
			break // v2: the first part
		}
	}
	if k == j || sc.upgradeFrom(k) {
		return facts.Version{}, 0, false // a lone number, or "upgrade from 3.8 to 3.9.0"
	}
	v, end := sc.partialVersion(k)
	if end != j+1 {
		return facts.Version{}, 0, false
	}
	return v, k, true
}

// startsVersion reports whether a token may start a version: digits, or v
// and digits.
func startsVersion(t string) bool {
	return isDigits(t) || strings.HasPrefix(t, "v") && isDigits(t[1:])
}
