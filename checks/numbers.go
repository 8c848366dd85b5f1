package checks

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A numberMention is a quantity found in a sentence.
type numberMention struct {
	span
	value facts.Interval
	unit  *unitDef // the unit of the table stated with it, or nil
	uend  int      // the end of the unit's tokens (end when glued or before)
	// alt is a second reading, when a dot may be a decimal point or a
	// thousands separator ("48.000": 48 or 48,000); nil otherwise.
	alt *facts.Interval
}

var units = lexicon.Numbers("number-units")

var tens = lexicon.Numbers("number-tens")

var scales = lexicon.Numbers("number-scales")

// vague quantities: "dozens of", "hundreds of", "thousands of".
var vague = func() map[string]facts.Interval {
	out := make(map[string]facts.Interval)
	for w, lohi := range lexicon.Pairs("vague-quantities") {
		lo, hi, _ := strings.Cut(lohi, "..")
		a, err1 := strconv.ParseFloat(lo, 64)
		b, err2 := strconv.ParseFloat(hi, 64)
		if err1 != nil || err2 != nil || b < a {
			panic("lexicon/numbers.txt: vague-quantities: " + w + "=" + lohi + " is no range lo..hi")
		}
		out[w] = facts.Interval{Lo: a, Hi: b}
	}
	return out
}()

// approximation is a phrase before a number and the interval it makes of
// the number.
type approximation struct {
	words []string
	of    func(x float64) facts.Interval
}

// approximations are the phrases of lexicon/numbers.txt that make an
// interval of the number after them ("more than", "about"), longest first
// so that "no fewer than" is read before "fewer than". Read once.
var approximations = func() []approximation {
	var out []approximation
	for list, of := range map[string]func(float64) facts.Interval{
		"approx-above": above, "approx-at-least": atLeast, "approx-below": below,
		"approx-up-to": upTo, "approx-nearly": nearly, "approx-about": about,
	} {
		for phrase := range lexicon.Set(list) {
			out = append(out, approximation{strings.Fields(phrase), of})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if len(out[a].words) != len(out[b].words) {
			return len(out[a].words) > len(out[b].words)
		}
		return strings.Join(out[a].words, " ") < strings.Join(out[b].words, " ")
	})
	return out
}()

func above(x float64) facts.Interval {
	return facts.Interval{Lo: x, Hi: math.Inf(1), LoOpen: true}
}
func atLeast(x float64) facts.Interval { return facts.Interval{Lo: x, Hi: math.Inf(1)} }
func below(x float64) facts.Interval   { return facts.Interval{Lo: 0, Hi: x, HiOpen: true} }
func upTo(x float64) facts.Interval    { return facts.Interval{Lo: 0, Hi: x} }

// about is ±10%; nearly is up to 10% below.
func about(x float64) facts.Interval  { return facts.Interval{Lo: x - x/10, Hi: x + x/10} }
func nearly(x float64) facts.Interval { return facts.Interval{Lo: x - x/10, Hi: x} }

// extractNumbers finds the quantities of a sentence, skipping the tokens
// of its dates; a bare four-digit number may be both ("2000 troops").
func extractNumbers(s string, toks []text.Token, dates []dateMention) []numberMention {
	sc := scanner{s: s, toks: toks}
	inDate := make([]bool, len(toks)) // the tokens of dates and versions
	for _, d := range dates {
		if d.bare {
			continue
		}
		for i := d.start; i < d.end; i++ {
			inDate[i] = true
		}
	}
	for _, v := range extractVersions(s, toks) {
		for i := v.start; i < v.end; i++ {
			inDate[i] = true // "3.0 to 3.8.2" is no range of numbers
		}
	}
	var out []numberMention
	for i := 0; i < len(toks); {
		if inDate[i] {
			i++
			continue
		}
		if end, ok := sc.codeRun(i); ok {
			i = end // an identifier or a version: no quantity
			continue
		}
		if sc.citation(i) {
			i++ // [3]: a citation marker
			continue
		}
		if end, ok := sc.oneOf(i); ok {
			i = end // "one of the 12 districts": one of a whole, not a count
			continue
		}
		x, end, ok := sc.numberAt(i)
		var glued *unitDef
		if !ok {
			x, glued, end, ok = sc.gluedUnitAt(i)
		}
		if !ok {
			if (sc.tok(i) == "tens" || sc.tok(i) == "hundreds") && sc.tok(i+1) == "of" && sc.tok(i+2) == "thousands" {
				lo := map[string]float64{"tens": 2e4, "hundreds": 2e5}[sc.tok(i)]
				out = append(out, numberMention{span: span{i, i + 3}, value: facts.Interval{Lo: lo, Hi: lo*5 - 1}})
				i += 3
				continue
			}
			if v, ok := vague[sc.tok(i)]; ok && sc.tok(i+1) == "of" {
				out = append(out, numberMention{span: span{i, i + 1}, value: v})
			}
			i++
			continue
		}
		if end < len(toks) && inDate[end-1] {
			i = end
			continue
		}
		if half, _ := sc.meridiem(end); half != "" {
			i = end // "4.09 a.m.", "6 pm": a time of day
			continue
		}
		m := numberMention{span: span{i, end}, value: facts.Exactly(x), alt: sc.thousandsDot(i, end, x)}
		// A range: 2,000-3,000, 2,000 to 3,000, between 2,000 and 3,000.
		prev := sc.tok(i - 1)
		if k, ok := sc.rangeJoin(end); ok && (strings.TrimSpace(sc.gap(end)) == "-" || sc.tok(end) == "to" || prev == "between" || prev == "from") {
			if y, end2, ok := sc.numberAt(k); ok && y > x {
				m.value = facts.Interval{Lo: x, Hi: y}
				m.end = end2
				if prev == "between" || prev == "from" {
					m.start = i - 1
				}
			}
		}
		if m.value.Lo == m.value.Hi {
			for _, a := range approximations {
				n := len(a.words)
				if i-n < 0 {
					continue
				}
				match := true
				for k, w := range a.words {
					match = match && sc.tok(i-n+k) == w
				}
				if match {
					m.value = a.of(x)
					m.start = i - n
					break
				}
			}
		}
		if m.value.Lo == m.value.Hi {
			sc.approximateAfter(&m)
		}
		m.unit, m.uend = glued, m.end
		if glued != nil {
			m.unit = sc.rate(glued, m.end)
		} else {
			sc.readUnit(&m)
		}
		out = append(out, m)
		i = m.end
	}
	for k := range out {
		out[k].uend = max(out[k].uend, out[k].end) // a vague quantity has no unit
	}
	return out
}

// approximateAfter widens an exact number by what follows it: "3,000 or
// so", "3,000-plus", "3,000+", "3,000 or more", "3,000 or fewer", "100's"
// (hundreds).
func (sc scanner) approximateAfter(m *numberMention) {
	x, e := m.value.Lo, m.end
	switch {
	case sc.tok(e) == "s" && (sc.gap(e) == "'" || sc.gap(e) == "’") && isPowerOfTen(x):
		m.value, m.end = facts.Interval{Lo: 2 * x, Hi: 10*x - 1}, e+1
	case sc.tok(e) == "or" && sc.tok(e+1) == "so":
		m.value, m.end = about(x), e+2
	case sc.tok(e) == "or" && sc.tok(e+1) == "more":
		m.value, m.end = atLeast(x), e+2
	case sc.tok(e) == "or" && (sc.tok(e+1) == "fewer" || sc.tok(e+1) == "less"):
		m.value, m.end = upTo(x), e+2
	case sc.tok(e) == "plus" && sc.gap(e) == "-", strings.HasPrefix(sc.gap(e), "+"):
		m.value = above(x)
		if sc.tok(e) == "plus" {
			m.end = e + 1
		}
	}
}

// numberAt reads a number at token i: "3,000", "3 000", "2.5", "3.5
// million", "twenty-four", "a dozen", "three thousand". Ordinals, times and
// numbers glued to letters are not numbers.
func (sc scanner) numberAt(i int) (float64, int, bool) {
	t := sc.tok(i)
	if x, ok := gluedScale(t); ok {
		return x, i + 1, true // 3k, 5bn
	}
	if isDigits(t) {
		if strings.HasSuffix(sc.gap(i), ":") || strings.HasPrefix(sc.gap(i+1), ":") {
			return 0, 0, false // a time: 09:33
		}
		if g := sc.before(i); strings.TrimLeft(g, " (") == "." && (i == 0 || g != ".") {
			x, err := strconv.ParseFloat("0."+t, 64) // .05%: a fraction with no leading zero
			return x, i + 1, err == nil
		}
		digits, j := t, i+1
		// Thousands separators: a comma, or a single space between groups of three.
		for len(sc.tok(j)) == 3 && isDigits(sc.tok(j)) && (sc.gap(j) == "," || (sc.gap(j) == " " && len(t) <= 3)) {
			digits += sc.tok(j)
			j++
		}
		if sc.gap(j) == "," && isOrdinal(sc.tok(j)) {
			return 0, 0, false // 1,000th
		}
		if n := sc.tok(j); sc.gap(j) == "," && len(n) > 3 && isDigits(n[:3]) && !isDigits(n) {
			return 0, 0, false // 3,000W: a unit glued to the last group, read by gluedUnitAt
		}
		if k := sc.dotGroups(j); j == i+1 && len(t) <= 3 && k >= j+2 {
			for ; j < k; j++ {
				digits += sc.tok(j) // 1.234.567: dots between thousands
			}
		}
		if j == i+1 && len(t) <= 3 && sc.gap(j) == "," && len(sc.tok(j)) <= 2 && isDigits(sc.tok(j)) {
			digits += "." + sc.tok(j) // a decimal comma: 3,2 GHz
			j++
		}
		if sc.gap(j) == "." && isDigits(sc.tok(j)) {
			digits += "." + sc.tok(j)
			j++
		} else if sc.gap(j) == "." && len(sc.tok(j)) > 0 && sc.tok(j)[0] >= '0' && sc.tok(j)[0] <= '9' {
			// 1.2bn, or 1.2m, whose suffix may be millions or metres
			f, ok := gluedScale(digits + "." + sc.tok(j))
			if !ok {
				return 0, 0, false
			}
			return f, j + 1, true
		}
		x, err := strconv.ParseFloat(digits, 64)
		if err != nil {
			return 0, 0, false
		}
		if (sc.gap(i) == "." || sc.gap(i) == ",") && isDigits(sc.tok(i-1)) {
			return 0, 0, false // the rest of a number read already
		}
		if f, ok := scales[sc.tok(j)]; ok {
			x *= f
			j++
		}
		return x, j, true
	}
	return sc.wordNumberAt(i)
}

// gluedScales are the scales read when glued to a number.
var gluedScales = []struct {
	suffix string
	factor float64
}{{"k", 1e3}, {"bn", 1e9}}

// gluedScale reads a number with a scale glued to it: 3k, 5bn, 1.2bn.
// Other glued letters (2m: millions or metres? 24hrs) make no number.
func gluedScale(t string) (float64, bool) {
	for _, sc := range gluedScales {
		if num, ok := strings.CutSuffix(t, sc.suffix); ok && num != "" && strings.Trim(num, "0123456789.") == "" {
			x, err := strconv.ParseFloat(num, 64)
			return x * sc.factor, err == nil
		}
	}
	return 0, false
}

// wordNumberAt reads a number written in words.
func (sc scanner) wordNumberAt(i int) (float64, int, bool) {
	j := i
	if sc.tok(j) == "half" && sc.tok(j+1) == "a" && scales[sc.tok(j+2)] > 100 {
		return scales[sc.tok(j+2)] / 2, j + 3, true // half a million
	}
	if (sc.tok(j) == "a" || sc.tok(j) == "an") && (sc.tok(j+1) == "dozen" || scales[sc.tok(j+1)] != 0) {
		j++
		if sc.tok(j) == "dozen" {
			return 12, j + 1, true
		}
		return scales[sc.tok(j)], j + 1, true
	}
	total, cur, read := 0.0, 0.0, false
	for ; j < len(sc.toks); j++ {
		w := sc.tok(j)
		if read && sc.gap(j) != " " && sc.gap(j) != "-" {
			break
		}
		if u, ok := units[w]; ok {
			cur += u
		} else if t, ok := tens[w]; ok {
			cur += t
		} else if w == "dozen" && read {
			cur *= 12
		} else if f, ok := scales[w]; ok && read {
			if f == 100 {
				cur *= f
			} else {
				total += cur * f
				cur = 0
			}
		} else if w == "and" && read && scales[sc.tok(j-1)] != 0 && (units[sc.tok(j+1)] != 0 || tens[sc.tok(j+1)] != 0) {
			continue
		} else {
			break
		}
		read = true
	}
	if !read || fractions[sc.tok(j)] && (sc.gap(j) == "-" || sc.gap(j) == " ") {
		return 0, 0, false // nothing read, or a fraction: three-quarters, two thirds
	}
	return total + cur, j, true
}

// fractions are the words that make a number before them a fraction.
var fractions = lexicon.Set("fractions")

// isOrdinal reports whether a token is digits with an ordinal ending:
// 000th, 21st.
func isOrdinal(t string) bool {
	for _, suffix := range []string{"th", "st", "nd", "rd"} {
		if num, ok := strings.CutSuffix(t, suffix); ok && num != "" && isDigits(num) {
			return true
		}
	}
	return false
}

// unitFollows reports whether the unit's words follow the number ending at
// token end, allowing up to two words between ("3,000 union members"), and
// returns the end of the unit. Without a unit any number will do.
func unitFollows(s string, toks []text.Token, end int, unit []string) (int, bool) {
	if len(unit) == 0 {
		return end, true
	}
	for skip := 0; skip <= 2; skip++ {
		at := end + skip
		if at+len(unit) > len(toks) {
			return 0, false
		}
		match := true
		for k, u := range unit {
			match = match && unitWord(toks[at+k].Text) == u
		}
		if match {
			return at + len(unit), true
		}
		if strings.ContainsAny(s[toks[at-1].End:toks[at].Start], ",;:.()") {
			return 0, false
		}
	}
	return 0, false
}

// singular strips a plural s: "hours" and "hour" compare equal.
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// unitWords folds a unit into the words unitFollows compares.
func unitWords(unit string) []string {
	var out []string
	for _, t := range text.Tokenize(text.Fold(unit)) {
		out = append(out, unitWord(t.Text))
	}
	return out
}

// unitWord is the form of a folded word that units compare: singular and
// American, so that "metres", "meters" and "metre" are one unit.
func unitWord(w string) string { return american(singular(w)) }

// gluedUnitAt reads a number with a unit of the table glued to it: 4GB,
// 25W, 3.2GHz, 3,2GHz.
func (sc scanner) gluedUnitAt(i int) (float64, *unitDef, int, bool) {
	num, last := sc.tok(i), i
	if g := sc.gap(i); (g == "," || g == ".") && isDigits(sc.tok(i-1)) {
		return 0, nil, 0, false // the rest of a number begun before: "3,000W"'s "000W"
	}
	next := sc.tok(i + 1)
	switch {
	case isDigits(num) && sc.gap(i+1) == "," && len(next) > 3 && isDigits(next[:3]) && !isDigits(next[3:4]):
		num, last = num+next, i+1 // 3,000W: a thousands comma
	case isDigits(num) && (sc.gap(i+1) == "." || sc.gap(i+1) == ","):
		num, last = num+"."+next, i+1
	}
	k := strings.IndexFunc(num, func(r rune) bool { return r != '.' && (r < '0' || r > '9') })
	if k <= 0 {
		return 0, nil, 0, false
	}
	d := unitLexicon.gluedUnit(num[k:])
	x, err := strconv.ParseFloat(num[:k], 64)
	if d == nil || err != nil || strings.HasPrefix(sc.gap(i), ".") {
		return 0, nil, 0, false
	}
	return x, d, last + 1, true
}

// readUnit reads the unit of the table stated with a number: a symbol
// before it ($45, US$ 60, €45), a percent sign after it, or a spelling of
// one or two words right after it (45 dollars, 3.2 GHz, 64 per cent).
func (sc scanner) readUnit(m *numberMention) {
	before := strings.TrimRight(sc.gap(m.start), " ")
	if m.start == 0 && len(sc.toks) > 0 {
		before = strings.TrimRight(sc.s[:sc.toks[0].Start], " ")
	}
	for sym, d := range unitLexicon.before {
		if !strings.HasSuffix(before, sym) {
			continue
		}
		if p := sc.tok(m.start - 1); m.start > 0 && strings.TrimSpace(sc.gap(m.start)) == sym && strings.HasPrefix(sc.gap(m.start), sym) && isLetters(p) && p != "us" && len(p) <= 3 {
			// A$90, HK$90, R$90: another currency written with a sign
			// before it, not the sign's own (never a plain count either).
			m.unit = &unitDef{name: p + sym, base: p + sym, factor: 1, apart: true}
			m.start--
			return
		}
		m.unit = sc.rate(d, m.end)
		return
	}
	after := sc.gap(m.end)
	if m.end >= len(sc.toks) && len(sc.toks) > 0 {
		after = sc.s[sc.toks[len(sc.toks)-1].End:]
	}
	if strings.HasPrefix(strings.TrimLeft(after, " "), "%") {
		m.unit = unitLexicon.after["%"]
		return
	}
	for sym, d := range unitLexicon.before {
		if strings.HasPrefix(strings.TrimLeft(after, " "), sym) {
			m.unit = d // "29 $", "45 €": the sign after the number, as many languages write it
			return
		}
	}
	if g := sc.gap(m.end); g != " " && g != "-" {
		return
	}
	for n := 2; n >= 1; n-- {
		if m.end+n > len(sc.toks) || (n == 2 && sc.gap(m.end+1) != " ") {
			continue
		}
		words := make([]string, n)
		for k := range words {
			words[k] = unitWord(sc.tok(m.end + k))
		}
		if d := unitLexicon.after[strings.Join(words, " ")]; d != nil {
			m.unit, m.uend = sc.rate(d, m.end+n), m.end+n
			return
		}
	}
}

// isPowerOfTen reports whether x is 10, 100, 1,000 and so on.
func isPowerOfTen(x float64) bool {
	for p := 10.0; p <= 1e12; p *= 10 {
		if x == p {
			return true
		}
	}
	return false
}

// before returns the text before token i: from the token before it, or
// from the start of the text for the first token.
func (sc scanner) before(i int) string {
	if i == 0 && len(sc.toks) > 0 {
		return sc.s[:sc.toks[0].Start]
	}
	return sc.gap(i)
}

// oneOf reads "one of the N ...", "one of its N ...", "one of the ...":
// neither one nor N counts anything the fact can be about, as the whole is
// named and one of it taken. It returns the end of what it skips.
func (sc scanner) oneOf(i int) (int, bool) {
	if sc.tok(i) != "one" || sc.tok(i+1) != "of" {
		return 0, false
	}
	j := i + 2
	if determiners[sc.tok(j)] {
		j++ // one of the, one of its
	}
	if _, end, ok := sc.numberAt(j); ok {
		return end, true
	}
	return j, true
}

// rate returns the unit of a number whose unit ends at token end: d, or a
// rate of it when "per", "an" or "a" and a unit, or "/", follow ("40 miles
// per hour", "5 km/h", "$200 per node"). A rate is never the unit it is a
// rate of, and rates compare only over the same thing ("per node").
func (sc scanner) rate(d *unitDef, end int) *unitDef {
	next := sc.tok(end)
	var of string
	switch {
	case sc.gap(end) == "/":
		of = next
	case sc.gap(end) != " ":
		return d
	case next == "per":
		of = sc.tok(end + 1)
	case (next == "an" || next == "a") && unitLexicon.after[unitWord(sc.tok(end+1))] != nil:
		of = sc.tok(end + 1)
	default:
		return d
	}
	return rateOf(d, of)
}

// rateOf is the unit d per one of: "dollar per node". Spellings of one
// unit of the table make one rate ("km/h", "km per hour").
func rateOf(d *unitDef, of string) *unitDef {
	key := unitWord(text.Fold(strings.TrimSpace(of)))
	if u := unitLexicon.after[key]; u != nil {
		key = u.name
	} else if u := unitLexicon.glued[key]; u != nil {
		key = u.name // "h" in "km/h"
	}
	return &unitDef{name: d.name + " per " + key, base: d.base + " per " + key, factor: d.factor, apart: true}
}

// citation reports whether token i is the number of a citation marker:
// digits right between "[" and "]".
func (sc scanner) citation(i int) bool {
	after := ""
	if i+1 < len(sc.toks) {
		after = sc.gap(i + 1)
	} else if i < len(sc.toks) {
		after = sc.s[sc.toks[i].End:]
	}
	return isDigits(sc.tok(i)) && strings.HasSuffix(sc.before(i), "[") && strings.HasPrefix(after, "]")
}

// thousandsDot returns the second reading of a number written with one dot
// before three digits, "48.000" or "1.850": many languages write thousands
// so. It is nil for any other number.
func (sc scanner) thousandsDot(i, end int, x float64) *facts.Interval {
	if end != i+2 || sc.gap(i+1) != "." || len(sc.tok(i+1)) != 3 || len(sc.tok(i)) > 3 || !isDigits(sc.tok(i)) || !isDigits(sc.tok(i+1)) {
		return nil
	}
	v, err := strconv.ParseFloat(sc.tok(i)+sc.tok(i+1), 64)
	if err != nil || v == x {
		return nil
	}
	alt := facts.Exactly(v)
	return &alt
}

// dotGroups returns the end of a run of dot-separated groups of three
// digits starting at token j ("1.234.567" from its ".234"), or j.
func (sc scanner) dotGroups(j int) int {
	k := j
	for len(sc.tok(k)) == 3 && isDigits(sc.tok(k)) && sc.gap(k) == "." {
		k++
	}
	return k
}
