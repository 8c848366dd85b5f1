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
