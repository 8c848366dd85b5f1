package checks

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// partitive is the span of "120 of its 9,000 members" for both counts
	// of it, and whole marks the count of the whole (9,000): a fact whose
	// terms are in the span ("members") counts the whole, another fact
	// ("were affected") the part.
	partitive span
	whole     bool
	ofWhole   int // for the part, 1 + the index of the whole's mention
	// byPronoun marks a part and its whole joined by a pronoun ("27 were
	// injured, five of them seriously"): a word right after the pronoun
	// speaks of the part alone.
	byPronoun bool
	// dozens marks a count in dozens ("four dozen"), rounded to the dozen.
	dozens bool
	// changeFrom is, for a figure of a change with no unit of its own, 1 +
	// the index of the other figure of the change, whose unit it takes:
	// the one it starts from ("from six lanes to 10"), or the one it came
	// to ("3,500 staff, up from 4,000").
	changeFrom int
	// changedFrom marks the figure a change started from, "from 20% to
	// 22%", "22%, up from 20%": what it was before, not what it is.
	changedFrom bool
	// gluedMillions marks a glued m read as millions before a word ("2.3m
	// records"): a count only in the fact's unit word ("100m heats" are
	// metres).
	gluedMillions bool
	// gluedMetre marks a decimal with a glued m, no currency before it and
	// no word after it ("cleared 6.30m."): metres for a fact in a unit of
	// length, and nothing any other fact reads.
	gluedMetre bool
	// minus marks a number after a minus sign ("−5 °C"): a temperature so
	// written is not read (a fall written "-60%" still is, as a figure).
	minus bool
	// joined marks an alt that is the span of time joined with the parts
	// after a comma ("2 hours, 15 minutes").
	joined bool
	// toInch marks a height in feet and inches ("6ft 3in"): its interval
	// is the inch it is rounded to, no approximation.
	toInch bool
	// passed marks an alt that is the bound a verb of passing makes ("had
	// passed $4 billion": more than it; see passedBounds).
	passed bool
	// ofOne marks the whole of "one of the N": only a term of the fact that
	// is no word of its unit makes it the fact's (see countsThis).
	ofOne bool
	// ranged marks a range the text writes ("7.2 to 7.3 billion",
	// "2,000-3,000"): against a fact that is a range, both its ends must
	// agree.
	ranged bool
	// gluedAge marks an age glued to a suffix that says so ("il 41enne").
	gluedAge bool
}

var units = lexicon.Numbers("number-units")

// gluedAge reads an age glued to a word of [glued-age-suffixes]: "41enne"
// is 41 years old; or a number word glued to one of [age-suffixes]:
// "negenjarige", "neunjährige" (see wordAge).
func gluedAge(tok string) (float64, bool) {
	if tok == "" {
		return 0, false
	}
	if tok[0] < '0' || tok[0] > '9' {
		return wordAge(tok)
	}
	digits := strings.TrimRight(tok, "abcdefghijklmnopqrstuvwxyz")
	if digits == "" || digits == tok || len(digits) > 3 || !isDigits(digits) || !gluedAgeSuffixes[tok[len(digits):]] {
		return 0, false
	}
	x, err := strconv.Atoi(digits)
	return float64(x), err == nil
}

// gluedAgeSuffixes: see gluedAge.
var gluedAgeSuffixes = lexicon.Set("glued-age-suffixes")

// wordAge reads a number word of [number-units] or
// [number-units-before-scales] glued to a word of [age-suffixes], as
// Dutch and German write an age: "een negenjarige leerling", "der
// neunjährige Schüler".
func wordAge(tok string) (float64, bool) {
	if len(tok) < minWordAge {
		return 0, false // most words
	}
	for _, suffix := range ageSuffixList {
		if w, ok := strings.CutSuffix(tok, suffix); ok {
			x := cmp.Or(units[w], beforeScales[w])
			return x, x != 0
		}
	}
	return 0, false
}

// ageSuffixList holds the words of [age-suffixes] in order, and
// minWordAge is the fewest letters a number word glued to one may have:
// "zesjarige".
var ageSuffixList = slices.Sorted(maps.Keys(ageSuffixes))

const minWordAge = len("zesjarige")

var tens = lexicon.Numbers("number-tens")

var scales = lexicon.Numbers("number-scales")

// vague quantities: "dozens of", "hundreds of", "thousands of".
var vague = func() map[string]facts.Interval {
	out := make(map[string]facts.Interval)
	for w, r := range lexiconRanges("vague-quantities") {
		out[w] = facts.Interval{Lo: r[0], Hi: r[1]}
	}
	return out
}()

// isVague reports whether w is a vague quantity of [vague-quantities].
func isVague(w string) bool {
	_, ok := vague[w]
	return ok
}

// lexiconRanges reads a lexicon list of words, each with a range lo..hi
// ("dozens=24..99", "the first half of=1..6"), and panics on a value that
// is none: the lexicon is part of the program.
func lexiconRanges(name string) map[string][2]float64 {
	out := make(map[string][2]float64)
	for w, lohi := range lexicon.Pairs(name) {
		lo, hi, _ := strings.Cut(lohi, "..")
		a, err1 := strconv.ParseFloat(lo, 64)
		b, err2 := strconv.ParseFloat(hi, 64)
		if err1 != nil || err2 != nil || b < a {
			panic("lexicon: " + name + ": " + w + "=" + lohi + " is no range lo..hi")
		}
		out[w] = [2]float64{a, b}
	}
	return out
}

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
		"approx-just-over": justOver,
	} {
		for _, words := range phrases(list) {
			out = append(out, approximation{words, of}) // folded: "über", "jusqu'à"
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

// justOver is a little above x: by a fifth, or by half the unit of its
// last significant digit where that is more ("just over two minutes" is
// 2 to 2.5 minutes, "just over 300" 300 to 360, "just over a quarter" 25
// to 30 percent): generous, so that a writer's rounding never contradicts.
func justOver(x float64) facts.Interval {
	return facts.Interval{Lo: x, Hi: x + max(x/5, roundedBy(x)), LoOpen: true}
}

// about is ±10%; nearly is up to 10% below.
// roundScales ([round-scales]) count by tens, dozens or hundreds in
// other languages: a count in them is round, as "about" makes it.
var roundScales = lexicon.Set("round-scales")

func about(x float64) facts.Interval  { return facts.Interval{Lo: x - x/10, Hi: x + x/10} }
func nearly(x float64) facts.Interval { return facts.Interval{Lo: x - x/10, Hi: x} }

// extractNumbers finds the quantities of a sentence, skipping the tokens
// of its dates; a bare four-digit number may be both ("2000 troops").
// cased, when not nil, is the sentence whose case says whether a word before
// a glued m is a code in capitals ("CZK 18m": millions).
func extractNumbers(s string, toks []text.Token, dates []dateMention, cased *sentence) []numberMention {
	sc := scanner{s: s, toks: toks, cased: cased}
	inDate := make([]bool, len(toks)) // made here, so that a short one stays on the stack
	markDated(inDate, s, toks, dates)
	var out []numberMention
	for i := 0; i < len(toks); {
		if m, ok := sc.pointFractionAt(i); ok {
			out, i = append(out, m), m.end // "a quarter of a percentage point": no share of a whole
			continue
		}
		if j, ok := sc.oneOfWhole(i); ok {
			n, start := len(out), i
			out, i = sc.quantityAt(out, j, inDate)
			if len(out) > n && sc.phraseBefore(start, allButPhrases) == nil { // "All but one of the 23 crew": 23 is all of them
				sc.wholeOfOne(&out[n], start)
			}
			continue
		}
		if v, start, end, ok := sc.fractionChange(i); ok && !inDate[i] {
			out = append(out, numberMention{span: span{start, end}, value: v, unit: unitLexicon.byName["percent"], uend: end}) // "cut by a quarter": a change, in percent
			i = end
			continue
		}
		if v, start, end, ok := sc.fractionShare(i); ok && !inDate[i] {
			out = append(out, numberMention{span: span{start, end}, value: v, unit: unitLexicon.byName["percent"], uend: end}) // "about a third of households": a share, in percent
			i = end
			continue
		}
		if v, end, y, ok := sc.ratio(i); ok && !inDate[i] {
			if y >= 2 && y <= maxRatioBase && v.Lo >= 0 && v.Hi <= 100 {
				out = append(out, numberMention{span: span{i, end}, value: v, unit: unitLexicon.byName["percent"], uend: end}) // "four in ten": a share, in percent
			}
			i = end // a ratio is no count
			continue
		}
		if end, ok := sc.noQuantity(i, inDate); ok && !sc.dottedDuration(i) { // "2.05.41" is marked as a version
			i = end
			continue
		}
		out, i = sc.quantityAt(out, i, inDate)
	}
	out = sc.restatedInBrackets(out)
	out = slices.DeleteFunc(out, sc.clockHour)
	for k := range out {
		out[k].uend = max(out[k].uend, out[k].end) // a vague quantity has no unit
	}
	sc.sharePartitiveUnits(out)
	sc.changeUnits(out)
	return out
}

// clockHour reports whether a count of hours is a time of day: written
// with a word of [clock-suffixes-after-prep] right after a word of
// [clock-hour-prepositions] ("om elf uur", "vers onze heures"), no "of" after it
// ("après 14 heures de négociations" is how long).
func (sc scanner) clockHour(m numberMention) bool {
	if m.unit == nil || m.unit.name != "hour" || m.start == 0 || m.uend != m.end+1 {
		return false
	}
	return clockHourPreps[sc.tok(m.start-1)] && clockSuffixesPrep[sc.tok(m.end)] && !partitiveOf[sc.tok(m.uend)]
}

// allButPhrases ([all-but]) before "one of the" make the figure after it
// the whole that the sentence counts: "All but one of the 23 crew".
var allButPhrases = phrases("all-but")

// restatedInBrackets joins a number to the same figure in digits in
// brackets right after it, as legal and official prose writes a count:
// "Fourteen (14) people" is one count of people, not a count and an age
// in brackets.
func (sc scanner) restatedInBrackets(out []numberMention) []numberMention {
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], out[k+1]
		if b.start != a.end || a.unit != nil || b.unit != nil || a.value != b.value || strings.TrimSpace(sc.gap(b.start)) != "(" || !strings.HasPrefix(strings.TrimSpace(sc.gap(b.end)), ")") {
			continue
		}
		a.end, a.uend = b.end, b.end
		sc.unitWordsAfter(a)
		out = append(out[:k+1], out[k+2:]...)
	}
	return out
}

// changeUnits gives the figure a change goes to the unit of the figure it
// starts from when it has none of its own: "from fifty gigabytes to
// twenty-five", "from six lanes to 10"; and the figure a change started
// from the unit of the one it came to: "3,500 staff, up from 4,000".
func (sc scanner) changeUnits(out []numberMention) {
	for k := 0; k+1 < len(out); k++ {
		from, to := &out[k], &out[k+1]
		if !from.changedFrom || to.unit != nil || to.start == 0 || sc.tok(to.start-1) != "to" || to.start-1 < from.uend || to.start-1-from.uend > unitReach {
			continue
		}
		if to.end < len(sc.toks) && plainGap(sc.gap(to.end)) && pluralNoun(sc.tok(to.end)) {
			continue // "from fifty gigabytes to twenty-five users"
		}
		to.unit, to.changeFrom = from.unit, k+1
	}
	for k := 0; k+1 < len(out); k++ {
		now, before := &out[k], &out[k+1]
		if before.unit != nil || before.start < 2 || sc.tok(before.start-1) != "from" || !upOrDown[sc.tok(before.start-2)] || before.start-2 < now.uend || before.start-2-now.uend > unitReach || !strings.Contains(sc.gap(before.start-2), ",") {
			continue
		}
		before.unit, before.changeFrom, before.changedFrom = now.unit, k+1, true // "600 requests a minute, down from 1,200": what it was before
	}
	sc.insteadUnits(out)
}

// insteadUnits gives a figure with no unit, right after a phrase of
// [instead-of-links] after a figure with one, the unit of the first, as
// what it was meant or planned to be: "738 millions d'euros au lieu des
// 421 millions prévus", "$738 million instead of $412 million".
func (sc scanner) insteadUnits(out []numberMention) {
	for k := 0; k+1 < len(out); k++ {
		now, before := &out[k], &out[k+1]
		if now.unit == nil || before.unit != nil || before.start <= now.uend || before.start-now.uend > unitReach+2 {
			continue
		}
		if p := sc.phraseBefore(before.start, insteadOfLinks); p != nil && before.start-len(p) >= now.uend {
			before.unit, before.changeFrom, before.changedFrom = now.unit, k+1, true
		}
	}
}

// insteadOfLinks: see insteadUnits.
var insteadOfLinks = phrases("instead-of-links")

// upOrDown ([change-from-before]), before "from", make the figure after
// it what the one before was: "600 requests a minute, down from 1,200".
var upOrDown = lexicon.Set("change-from-before")

// maxRatioBase is the largest second figure of a ratio read as a share:
// "1 in 1,000"; "3 in 2,500" is as likely a count of something.
const maxRatioBase = 1000

// markDated marks in inDate the tokens of a sentence's dates (but for bare
// years) and versions, which hold no quantity: "3.0 to 3.8.2" is no range
// of numbers.
func markDated(inDate []bool, s string, toks []text.Token, dates []dateMention) {
	for _, d := range dates {
		if d.bare {
			continue
		}
		for i := d.start; i < d.end; i++ {
			inDate[i] = true
		}
	}
	for _, v := range extractVersions(s, toks, nil) {
		for i := v.start; i < v.end; i++ {
			inDate[i] = true
		}
	}
}

// noQuantity reports whether the tokens at i hold no quantity however
// they read, and where they end: a date or version, an identifier, a
// citation marker, "one of", the level of a confidence interval.
func (sc scanner) noQuantity(i int, inDate []bool) (end int, ok bool) {
	if inDate[i] {
		return i + 1, true
	}
	if end, ok := sc.codeRun(i); ok {
		return end, true // an identifier or a version: no quantity
	}
	if sc.citation(i) {
		return i + 1, true // [3]: a citation marker
	}
	if sc.wireSlug(i) {
		return i + 1, true // "UPDATE 2-Six dead": the wire's count of updates
	}
	if strings.HasSuffix(sc.before(i), "#") && isDigits(sc.tok(i)) {
		return i + 1, true // "#4290": an issue or a ticket, no quantity
	}
	if end, ok := sc.oneOf(i); ok {
		return end, true // "one of the 12 districts": one of a whole, not a count
	}
	if sc.confidenceLevel(i) {
		return i + 1, true // "95% CI": the level of an interval, its bounds after it
	}
	if i >= 2 && isDigits(sc.tok(i)) && sc.tok(i-1) == "of" && isVague(sc.tok(i-2)) && plainGap(sc.gap(i)) {
		return i + 1, true // "hundreds of 112 calls": the figure names the calls, the vague word counts them
	}
	return i, false
}

// wireSlug reports whether token i is the count of a wire story's slug:
// digits after a word of [wire-slugs] that opens the sentence and before
// a hyphen, "UPDATE 2-Six dead after ...", "WRAPUP 1-".
func (sc scanner) wireSlug(i int) bool {
	return i == 1 && isDigits(sc.tok(i)) && wireSlugs[sc.tok(0)] && sc.gap(i) == " " && strings.HasPrefix(sc.textAfter(i+1), "-")
}

// confidenceIntervals ([confidence-intervals]) and intervalLinks
// ([confidence-interval-links]): see confidenceLevel.
var confidenceIntervals, intervalLinks = phrases("confidence-intervals"), lexicon.Set("confidence-interval-links")

// confidenceLevel reports whether the number at token i is the level of a
// confidence interval: a percent, glued or in words, then a phrase of
// [confidence-intervals] that a figure, a mark or a word of
// [confidence-interval-links] follows ("95% CI, 76.2%-91.0%", "a 95 percent
// confidence interval of 76 to 91"); not "95% CI builds", a count.
func (sc scanner) confidenceLevel(i int) bool {
	if !isDigits(sc.tok(i)) {
		return false
	}
	j := i + 1
	if !sc.percentAfter(i + 1) {
		n := percentWordsAt(sc, i+1)
		if n == 0 {
			return false
		}
		j += n
	}
	p := sc.phraseAt(j, confidenceIntervals)
	if p == nil {
		return false
	}
	k := j + len(p)
	_, _, figure := sc.numberAt(k)
	return k >= len(sc.toks) || !plainGap(sc.gap(k)) || figure || intervalLinks[sc.tok(k)]
}

// afterInterval reports whether a phrase of [confidence-intervals] ends
// right before token start, or a word of [confidence-interval-links]
// before it: the range there is the interval's ("95% CI, 76.2%-91.0%").
func (sc scanner) afterInterval(start int) bool {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if p := sc.phraseAt(k, confidenceIntervals); p != nil {
			end := k + len(p)
			return end == start || end+1 == start && intervalLinks[sc.tok(end)]
		}
	}
	return false
}

// percentWordsAt returns how many words from token i write "percent"
// ("percent", "per cent"), or 0.
func percentWordsAt(sc scanner, i int) int {
	if d := unitLexicon.lookup(sc.tok(i)); d != nil && d.name == "percent" {
		return 1
	}
	if d := unitLexicon.lookup(sc.tok(i) + " " + sc.tok(i+1)); d != nil && d.name == "percent" {
		return 2
	}
	return 0
}

// wireSlugs: see wireSlug.
var wireSlugs = lexicon.Set("wire-slugs")

// quantityAt appends to out the quantity at token i, if any: a number
// with what widens it to a range or an approximation and its unit, or a
// vague quantity. It returns the token to go on from, past a number that
// turns out to be part of a date or a time of day too.
func (sc scanner) quantityAt(out []numberMention, i int, inDate []bool) ([]numberMention, int) {
	if _, ok := sc.wireTime(i); ok {
		return out, i + 1 // "at 2040 GMT": a time of day, not 2,040
	}
	if _, end, ok := sc.suffixedClock(i); ok {
		return out, end // "à 14 heures", "um 9 Uhr": a time of day, not 14 hours
	}
	if m, ok := sc.spanOfTimeAt(i); ok {
		return append(out, m), m.end
	}
	x, end, ok := sc.numberAt(i)
	var glued *unitDef
	if !ok {
		x, glued, end, ok = sc.gluedUnitAt(i)
	}
	if !ok {
		if x, end, ok := sc.gluedMetreAt(i); ok {
			return append(out, numberMention{span: span{i, end}, uend: end, value: facts.Exactly(x), gluedMetre: true}), end
		}
		if age, ok := gluedAge(sc.tok(i)); ok {
			return append(out, numberMention{span: span{i, i + 1}, uend: i + 1, value: facts.Exactly(age), gluedAge: true}), i + 1
		}
		return sc.vagueAt(out, i)
	}
	if end < len(sc.toks) && inDate[end-1] {
		return out, end
	}
	if half, _ := sc.meridiem(end); half != "" {
		return out, end // "5.25 a.m.", "6 pm": a time of day
	}
	if f := vulgarFraction(sc.textAfter(end)); f > 0 && isDigits(sc.tok(end-1)) {
		x += f // "7½"
	}
	m := numberMention{span: span{i, end}, value: facts.Exactly(x), alt: sc.thousandsDot(i, end, x), gluedMillions: sc.millionsBeforeWord(i, end), minus: sc.minusBefore(i)}
	if sc.changedFrom(i, end) {
		m.changedFrom = true // a change, the value it changed to read on its own
	} else if g := sc.rangeAfter(&m, x); glued == nil {
		glued = g // "4-8GB", "2-3x": the unit glued to the range's end
	}
	sc.widen(&m, x)
	m.unit, m.uend = glued, m.end
	if glued != nil {
		m.unit, m.uend = sc.rate(glued, m.end)
	} else {
		sc.readUnit(&m, i)
	}
	if m.unit != nil && (m.uend > m.end || glued != nil) && m.value.Lo == m.value.Hi {
		sc.compoundDuration(&m, glued != nil)
		sc.feetAndInches(&m)
		sc.boundAfterUnit(&m, x) // "four hours or more"
	}
	sc.belowZero(&m)
	return append(out, m), m.end
}

// widen widens an exact figure x by what stands around it, the first that
// does: an uncertainty ("3.7 ± 0.2"), a sign, an approximation before or
// after it, or a round count ("two dozen fires", "une cinquantaine").
func (sc scanner) widen(m *numberMention, x float64) {
	if m.value.Lo == m.value.Hi {
		sc.plusMinus(m, x)
	}
	if m.value.Lo == m.value.Hi {
		sc.signBefore(m, x)
	}
	if m.value.Lo == m.value.Hi {
		sc.approximateBefore(m, x)
	}
	if m.value.Lo == m.value.Hi {
		sc.approximateAfter(m)
	}
	m.dozens = sc.hasTokenIn(m.start, m.end, "dozen")
	if m.value.Lo == m.value.Hi && (m.dozens || m.end-m.start > 1 && roundScales[sc.tok(m.end-1)]) { // not "plus d'une centaine": a bound on a hundred
		m.value = about(x) // "two dozen fires", "três dezenas de pessoas": a round count, as "about 24"
	}
	if m.value.Lo == m.value.Hi && roundCounts[sc.tok(m.start)] != 0 {
		m.value = facts.Interval{Lo: x * (1 - roundCountWidth), Hi: x * (1 + roundCountWidth)} // "une vingtaine": some twenty, 16 to 24
	}
}

// roundCountWidth is how far a round count of other languages ("une
// vingtaine", "una decina") reaches either side of its
// figure: writers use it for a rough number, wider than "about".
const roundCountWidth = 0.2

// compoundDuration joins to a span of time the smaller spans written after
// it (glued ones after a glued one: "6h 42m"), as one: "2 hours 5 minutes 47 seconds" is 7,547 seconds, "3 hours
// and 20 minutes" 200 minutes. After a comma the parts may be one span or
// two ("delayed 2 hours, 15 minutes" or "2 hours, 50 minutes of it on the
// tarmac"), and so may a glued part with a plural noun after it ("In 24h
// 40m people watched": 40 million people): the joined span is then a second reading (alt), the
// first part the first.
func (sc scanner) compoundDuration(m *numberMention, glued bool) {
	if m.unit.base != "second" {
		return
	}
	total, unit, end, comma := m.value.Lo*m.unit.factor, m.unit, m.uend, false
	for {
		j := end
		g := sc.gap(j)
		if !plainGap(g) && g != ", " {
			break
		}
		if sumJoins[sc.tok(j)] && plainGap(sc.gap(j+1)) {
			j++ // "and", "y", "und", "et": "2 horas, 4 minutos y 51 segundos"
		}
		x, d, k, ok := sc.gluedSpanPart(j) // "6h 42m", "6 hours 42m"; not "3 weeks 400m of tunnel"
		if ok && (!glued && !(x < 60 && d.factor*60 == unit.factor) || sc.tok(k) == "of" || unitLexicon.lookup(sc.tok(k)) != nil) {
			ok = false
		}
		if ok && sc.pluralAfter(k) {
			comma = true // "In 24h 40m people watched it": 40 million people, or 40 minutes
		}
		if !ok {
			x, k, ok = sc.numberAt(j)
			if ok && plainGap(sc.gap(k)) {
				d, k = sc.spanPartUnit(k, unit), k+1
			}
		}
		if !ok || d == nil || d.base != "second" || d.factor >= unit.factor || x*d.factor >= unit.factor {
			break // "2 days and 48 hours" is no one span
		}
		total, unit, end, comma = total+x*d.factor, d, k, comma || g == ", "
	}
	switch {
	case end == m.uend:
	case comma:
		joined := facts.Exactly(total / m.unit.factor)
		m.alt, m.joined, m.end, m.uend = &joined, true, end, end // the parts after the comma are read with it, never as a span of their own
	default:
		m.value, m.unit, m.end, m.uend = facts.Exactly(total/unit.factor), unit, end, end
	}
}

// feetAndInches joins to a length in feet the inches right after it, as
// heights are written: "6ft 3in", "6 ft 3 in", "six feet three inches",
// "6-foot-3" are 6.25 feet, to the nearest inch. A bare figure after the feet is inches only
// after a hyphen or before a mark: "stands 6 foot 3.", not "6 feet 3
// times".
func (sc scanner) feetAndInches(m *numberMention) {
	j := m.uend
	if m.unit == nil || m.unit.name != "foot" || m.value.Lo != m.value.Hi || (sc.gap(j) != " " && sc.gap(j) != "-") {
		return
	}
	x, k, ok := 0.0, j+1, false
	if in, glued := strings.CutSuffix(sc.tok(j), "in"); glued && isDigits(in) {
		x, _ = strconv.ParseFloat(in, 64) // "6ft 3in": digits only, so no error
		ok = true
	} else if x, k, ok = sc.numberAt(j); ok {
		switch d := unitLexicon.lookup(sc.tok(k)); {
		case plainGap(sc.gap(k)) && (d != nil && d.name == "inch" || sc.tok(k) == "in" && sc.inchWordEnds(k+1)):
			k++ // "6 ft 3 in", "six feet three inches"; not "6-foot-1 in his boots"
		case sc.gap(j) == "-" && !isLetters(sc.tok(k)) || sc.gap(j) == "-" && sc.gap(k) != "-", strings.ContainsAny(sc.gap(k), ".,;)") || k == len(sc.toks):
			// "6-foot-3", "6-foot-3 forward"; "stands 6 foot 3."
		default:
			ok = false
		}
	}
	if !ok || x >= 12 || x != math.Trunc(x) {
		return
	}
	m.value = facts.Interval{Lo: m.value.Lo + (x-0.5)/12, Hi: m.value.Lo + (x+0.5)/12} // to the nearest inch
	m.end, m.uend, m.toInch = k, k, true
}

// inchWordEnds reports whether "in" after the inches of a height ends its
// phrase at token k: a mark, the end, or "tall" ("6 ft 3 in tall").
func (sc scanner) inchWordEnds(k int) bool {
	return k >= len(sc.toks) || !plainGap(sc.gap(k)) || sc.tok(k) == "tall"
}

// pluralAfter reports whether a plural noun (see pluralNoun) follows
// token k-1 with only a space between: "40m people".
func (sc scanner) pluralAfter(k int) bool {
	return k < len(sc.toks) && plainGap(sc.gap(k)) && pluralNoun(sc.tok(k))
}

// pluralNoun reports whether a folded word looks like a plural noun: one
// of [irregular-plurals], or a word of four letters or more in -s, not -ss,
// that is none of [not-nouns].
func pluralNoun(w string) bool {
	return irregularPlurals[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !notNouns[w]
}

// irregularPlurals are plural nouns with no -s: "40m people".
var irregularPlurals = lexicon.Set("irregular-plurals")

// gluedSpanPart reads a part of a span of time written glued at token j,
// after a larger part: "42m" (minutes, not metres) or "17s" in "6h 42m
// 17s".
func (sc scanner) gluedSpanPart(j int) (float64, *unitDef, int, bool) {
	t := sc.tok(j)
	k := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	if k <= 0 {
		return 0, nil, 0, false
	}
	x, err := strconv.ParseFloat(t[:k], 64)
	name := spanSuffixes[t[k:]]
	if err != nil || name == "" {
		return 0, nil, 0, false
	}
	return x, unitLexicon.lookup(name), j + 1, true
}

// spanSuffixes name the part of a span of time a glued letter gives after
// a larger part: "6h 42m 17s".
var spanSuffixes = lexicon.Pairs("span-suffixes")

// spacedSpanAt reads a span of time written "4 h 37 min" at token i, in
// seconds, and returns the token after it. "h" alone is read only so: "à
// 10 h" is a time of day.
func (sc scanner) spacedSpanAt(i int) (float64, int, bool) {
	if sc.tok(i+1) != "h" || !isDigits(sc.tok(i)) || !isDigits(sc.tok(i+2)) || !plainGap(sc.gap(i+1)) || !plainGap(sc.gap(i+2)) {
		return 0, 0, false
	}
	end := i + 4
	if d := unitLexicon.lookup(sc.tok(i + 3)); d == nil || d.name != "minute" || !plainGap(sc.gap(i+3)) {
		if !spanPreps[sc.tok(i-1)] || len(sc.tok(i+2)) != 2 {
			return 0, 0, false // "à 21 h 38": a time of day
		}
		end = i + 3 // "en 2 h 38 de jeu": a span after a preposition of one
	}
	h, _ := strconv.Atoi(sc.tok(i))
	m, _ := strconv.Atoi(sc.tok(i + 2))
	return float64(h*3600 + m*60), end, m < 60
}

// spanPreps ([span-h-preps]) before "2 h 38" make it a span of time with
// no word for the minutes: "en 2 h 38 de jeu", "pendant 1 h 10".
var spanPreps = lexicon.Set("span-h-preps")

// spanOfTimeAt reads a span of time written in a form of its own at token
// i: spaced ("2 h 15 min"), as a race time ("2:05:47") or opening with an
// article ("an hour and 32 minutes").
func (sc scanner) spanOfTimeAt(i int) (numberMention, bool) {
	secs, end, ok := sc.spacedSpanAt(i)
	if !ok {
		secs, end, ok = sc.durationAt(i)
	}
	if !ok {
		secs, end, ok = sc.primedDuration(i)
	}
	if ok {
		m := numberMention{span: span{i, end}, value: facts.Exactly(secs), unit: unitLexicon.byName["second"], uend: end}
		if alt, ok := sc.hoursDotSeconds(i, end); ok {
			m.alt = &alt // "2:06.41": a swimmer's minutes, or a marathon's hours as Dutch papers write them
		}
		return m, true
	}
	return sc.articleSpanAt(i)
}

// hoursDotSeconds reads the race time of tokens i to end written
// H:MM.SS, as Dutch papers write a marathon's ("2:06.41"), where the same
// marks read M:SS.hh, a swimmer's minutes ("1:52.31"): one digit of
// hours, two of minutes and two of seconds under 60. It returns the
// seconds of the H:MM.SS reading.
func (sc scanner) hoursDotSeconds(i, end int) (facts.Interval, bool) {
	h, mm, ss := sc.tok(i), sc.tok(i+1), sc.tok(i+2)
	if end != i+3 || sc.gap(i+1) != ":" || sc.gap(i+2) != "." || len(h) != 1 || len(mm) != 2 || len(ss) != 2 || !isDigits(h+mm+ss) || mm >= "60" || ss >= "60" {
		return facts.Interval{}, false
	}
	hours, _ := strconv.Atoi(h)
	mins, _ := strconv.Atoi(mm)
	secs, _ := strconv.Atoi(ss)
	return facts.Exactly(float64(hours*3600 + mins*60 + secs)), true
}

// articleSpanAt reads a span of time that opens with "a" or "an" and goes
// on with "and": "an hour and 32 minutes" (92 minutes), "an hour and a
// half" (about 1.5 hours: a round span), "a day and six hours". "An hour"
// alone is not read: it is as often no count ("an hour's drive").
func (sc scanner) articleSpanAt(i int) (numberMention, bool) {
	if !spanArticles[sc.tok(i)] || !sumJoins[sc.tok(i+2)] || !plainGap(sc.gap(i+1)) && sc.gap(i+1) != "'" && sc.gap(i+1) != "’" {
		return numberMention{}, false // most tokens: no lookup; "un'ora e dieci minuti" elides its article
	}
	d := unitLexicon.lookup(sc.tok(i + 1))
	if d == nil && hourAfterArticle[sc.tok(i+1)] {
		d = unitLexicon.byName["hour"] // "un'ora": Italian "ora" is "now" too, an hour only after its article
	}
	if d == nil || d.base != "second" {
		return numberMention{}, false
	}
	if (sc.tok(i+3) == "a" || sc.tok(i+3) == "one") && sc.tok(i+4) == "half" {
		return numberMention{span: span{i, i + 5}, value: about(1.5), unit: d, uend: i + 5}, true // a round span, as "about 90 minutes"
	}
	if andAHalfWords[sc.tok(i+3)] && plainGap(sc.gap(i+3)) && (i+4 >= len(sc.toks) || !plainGap(sc.gap(i+4)) || halfFollowers[sc.tok(i+4)]) { // not "an hour and media were kept out", "un día y medio centenar"
		return numberMention{span: span{i, i + 4}, value: about(1.5), unit: d, uend: i + 4}, true // "un giorno e mezzo", "un jour et demi"
	}
	m := numberMention{span: span{i, i + 2}, value: facts.Exactly(1), unit: d, uend: i + 2}
	sc.compoundDuration(&m, false)
	return m, m.uend > i+2
}

// andAHalfWords ([and-a-half-words]) after a span's article, unit and "and"
// make it one and a half: "un giorno e mezzo", "un día y medio", before a
// mark, the end, or a word of [and-a-half-followers] ("e mezzo di attesa").
var andAHalfWords, halfFollowers = lexicon.Set("and-a-half-words"), lexicon.Set("and-a-half-followers")

// spanArticles ([span-articles]) open a span of one unit and more: "an
// hour and 32 minutes", "un'ora e dieci minuti", "une heure et quart";
// after one, a word of [hour-after-article] is an hour.
var spanArticles, hourAfterArticle = lexicon.Set("span-articles"), lexicon.Set("hour-after-article")

// spanPartUnit returns the unit of a part of a span of time at token k:
// its spelling, or a lone "s" after minutes ("1 min 21 s"), which names no
// unit elsewhere.
func (sc scanner) spanPartUnit(k int, before *unitDef) *unitDef {
	if sc.tok(k) == "s" && before.name == "minute" {
		return unitLexicon.byName["second"]
	}
	return unitLexicon.lookup(sc.tok(k))
}

// primedDuration reads minutes and seconds written with primes at token i,
// "1′12″" (or with an apostrophe and two, as cycling reports a gap), in
// seconds, and returns the token after it.
func (sc scanner) primedDuration(i int) (float64, int, bool) {
	if !isDigits(sc.tok(i)) || !isDigits(sc.tok(i+1)) || len(sc.tok(i+1)) != 2 || !primes[sc.gap(i+1)] {
		return 0, 0, false
	}
	after := sc.textAfter(i + 2)
	if !strings.HasPrefix(after, "''") && !strings.HasPrefix(after, "″") && !strings.HasPrefix(after, "\"") {
		return 0, 0, false
	}
	m, _ := strconv.Atoi(sc.tok(i))
	x, _ := strconv.Atoi(sc.tok(i + 1))
	return float64(m*60 + x), i + 2, x < 60
}

// primes mark minutes in "1'12”".
var primes = map[string]bool{"'": true, "′": true, "’": true}

// durationAt reads a race time at token i, H:MM:SS ("2:05:47", with
// tenths perhaps), in seconds, and returns the token after it. A time of
// day with a zone or am or pm after it is none ("06:17:50 UTC").
func (sc scanner) durationAt(i int) (float64, int, bool) {
	if sc.dottedDuration(i) {
		secs, ok := facts.ParseDuration(sc.tok(i) + ":" + sc.tok(i+1) + ":" + sc.tok(i+2))
		return secs, i + 3, ok // "in 2.05.41": a race time as Dutch and German papers write it
	}
	if written, ok := sc.hundredthsAt(i); ok {
		secs, ok := facts.ParseDuration(written)
		return secs, i + 3, ok // "1:52.31", "1.52,31": minutes, seconds and their hundredths
	}
	if sc.elapsedAt(i) || sc.longMinutesAt(i) {
		secs, ok := facts.ParseDuration(sc.tok(i) + ":" + sc.tok(i+1))
		return secs, i + 2, ok // "6:41 into overtime", "halfway in 60:02"
	}
	if written, ok := sc.hourLetterDuration(i); ok {
		secs, ok := facts.ParseDuration(written)
		return secs, i + 2, ok // "2h00:08", as Spanish and French papers write a race time
	}
	if sc.gap(i) == ":" || sc.gap(i+1) != ":" || sc.gap(i+2) != ":" || !isDigits(sc.tok(i)) || !isDigits(sc.tok(i+1)) || !isDigits(sc.tok(i+2)) {
		return 0, 0, false
	}
	end, written := i+3, sc.tok(i)+":"+sc.tok(i+1)+":"+sc.tok(i+2)
	if sc.gap(end) == "." && isDigits(sc.tok(end)) {
		written += "." + sc.tok(end)
		end++
	}
	if _, zone := zoneOffsets[sc.tok(end)]; zone || sc.gap(end) == ":" || clockWordsAfter[sc.tok(end)] || clockWords[sc.tok(i-1)] && !sc.raceClockBefore(i-1) || len(sc.tok(i)) == 2 && sc.tok(i)[0] == '0' {
		return 0, 0, false // "at 09:35:47 local time" is a time of day
	}
	if half, _ := sc.meridiem(end); half != "" {
		return 0, 0, false
	}
	secs, ok := facts.ParseDuration(written)
	return secs, end, ok
}

// longMinutesAt reports whether minutes and seconds written M:SS at token
// i hold more minutes than a clock's hours, 24 to 99: "halfway in 60:02",
// "ran the 10,000 m in 27:43".
func (sc scanner) longMinutesAt(i int) bool {
	t := sc.tok(i)
	if len(t) != 2 || !isDigits(t) || t < "24" || sc.gap(i+1) != ":" || sc.gap(i) == ":" {
		return false // most tokens
	}
	return len(sc.tok(i+1)) == 2 && isDigits(sc.tok(i+1)) && sc.tok(i+1) < "60" && (i+2 >= len(sc.toks) || sc.gap(i+2) != ":")
}

// hourLetterDuration returns a race time written "2h00:08" at token i
// (its seconds the token after) as "2:00:08": a time of day written with
// "h" has no seconds.
func (sc scanner) hourLetterDuration(i int) (string, bool) {
	hs, ms, found := strings.Cut(sc.tok(i), "h")
	if !found || len(hs) == 0 || len(hs) > 2 || len(ms) != 2 || !isDigits(hs) || !isDigits(ms) || sc.gap(i+1) != ":" ||
		len(sc.tok(i+1)) != 2 || !isDigits(sc.tok(i+1)) || i+2 < len(sc.toks) && sc.gap(i+2) == ":" {
		return "", false
	}
	return hs + ":" + ms + ":" + sc.tok(i+1), true
}

// vulgarFractions are the fractions written as one character after a
// whole number: "7½", "2¾".
var vulgarFractions = map[rune]float64{'½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '⅕': 0.2, '⅛': 0.125}

// vulgarFraction returns the fraction a gap opens with, or 0.
func vulgarFraction(gap string) float64 {
	r, _ := utf8.DecodeRuneInString(gap)
	return vulgarFractions[r]
}

// elapsedAfter: see elapsedAt.
var elapsedAfter = phrases("elapsed-after")

// elapsedAt reports whether minutes and seconds written M:SS at token i
// are the time elapsed in a game or a race, a phrase of [elapsed-after]
// right after them: "6:41 into overtime", "with 2:13 left"; or a gap in
// a race, a word of [race-gap-after] after them and no "at" before:
// "finished 14:20 down".
func (sc scanner) elapsedAt(i int) bool {
	if sc.gap(i) == ":" || sc.gap(i+1) != ":" || !isDigits(sc.tok(i)) || len(sc.tok(i+1)) != 2 || !isDigits(sc.tok(i+1)) || !plainGap(sc.gap(i+2)) {
		return false
	}
	prev := sc.tok(i - 1)
	return sc.phraseAt(i+2, elapsedAfter) != nil || raceGapAfter[sc.tok(i+2)] && !clockBeforeGap[prev] && !clockPreps[prev] // "finished 14:20 down"
}

// raceGapAfter ([race-gap-after]) after M:SS make it a gap in a race;
// clockBeforeGap ([clock-before-gap-words]) before it keep it a time of day.
var raceGapAfter, clockBeforeGap = lexicon.Set("race-gap-after"), lexicon.Set("clock-before-gap-words")

// pointWords ([point-words]) are the words for a point after a fraction
// of one: "a quarter point", "medio punto".
var pointWords = lexicon.Set("point-words")

// pointFractions are the fractions of a percentage point that a rate's
// move is given in ("a quarter point", "half a percentage point").
var pointFractions = lexicon.Numbers("point-fractions")

// pointArticles, pointFractionLinks ([point-articles],
// [point-fraction-links]) and threeQuarters ([point-three-quarters]) are
// the other words of a fraction of a point: "a quarter of a point", "trois
// quarts de point", "un cuarto de punto".
// threeQuarters is indexed by first word, as the scan asks at every token.
var pointArticles, pointFractionLinks, threeQuarters = lexicon.Set("point-articles"), lexicon.Set("point-fraction-links"), indexPhrases(phrases("point-three-quarters"))

// pointFractionAt reads a fraction of a percentage point at token i:
// "a quarter of a percentage point", "half a percentage point", "a
// quarter-point cut", "a half point", "three-quarters of a point", "trois
// quarts de point", "un cuarto de punto". A point alone is a percentage
// point only after such a fraction.
func (sc scanner) pointFractionAt(i int) (numberMention, bool) {
	j := i
	if pointArticles[sc.tok(j)] && plainGap(sc.gap(j+1)) {
		j++
	}
	x := pointFractions[sc.tok(j)]
	if p := sc.indexedPhraseAt(j, threeQuarters); p != nil {
		x, j = 0.75, j+len(p)-1 // "three quarters", "trois quarts", "tres cuartos"
	}
	if x == 0 {
		return numberMention{}, false
	}
	j++
	if pointFractionLinks[sc.tok(j)] {
		j++ // "of", "de"
	}
	if pointArticles[sc.tok(j)] {
		j++
	}
	pp := unitLexicon.byName["percentage point"]
	switch {
	case unitLexicon.lookup(sc.tok(j)+" "+sc.tok(j+1)) == pp:
		return numberMention{span: span{i, j + 2}, value: facts.Exactly(x), unit: pp, uend: j + 2}, true // "medio punto porcentual"
	case pointWords[sc.tok(j)]:
		return numberMention{span: span{i, j + 1}, value: facts.Exactly(x), unit: pp, uend: j + 1}, true // "a quarter point", "medio punto"
	}
	return numberMention{}, false
}

// hundredthsAt reads a race time of minutes, seconds and a fraction of a
// second at token i, as a swimmer's or a sprinter's is written: "1:52.31",
// "1.52,31", "1:52,31"; and returns it as "1:52.31". A time of day has no
// fraction after its minutes.
func (sc scanner) hundredthsAt(i int) (string, bool) {
	mins, secs, frac := sc.tok(i), sc.tok(i+1), sc.tok(i+2)
	if len(mins) > 2 || len(secs) != 2 || len(frac) == 0 || len(frac) > 3 || !isDigits(mins+secs+frac) || secs >= "60" {
		return "", false
	}
	colon := sc.gap(i+1) == ":" && (sc.gap(i+2) == "." || sc.gap(i+2) == ",")
	dotted := sc.gap(i+1) == "." && sc.gap(i+2) == ","
	if !colon && !dotted || strings.HasSuffix(sc.gap(i), ":") || strings.HasSuffix(sc.gap(i), ".") || strings.HasPrefix(sc.textAfter(i+3), ":") {
		return "", false
	}
	if next := sc.textAfter(i + 3); (strings.HasPrefix(next, ".") || strings.HasPrefix(next, ",")) && isDigits(sc.tok(i+3)) {
		return "", false // "1.52,31.4" or a list of figures: no time
	}
	return mins + ":" + secs + "." + frac, true
}

// dottedDuration reports whether a race time written with dots stands at
// token i, H.MM.SS ("2.05.41"): one digit of hours, then two of minutes and
// two of seconds under 60, no digit glued on either side. No number is
// so written, and a date so written has two digits of day and month
// ("12.05.26").
func (sc scanner) dottedDuration(i int) bool {
	h, mm, ss := sc.tok(i), sc.tok(i+1), sc.tok(i+2)
	if len(h) != 1 || len(mm) != 2 || len(ss) != 2 || !isDigits(h+mm+ss) || sc.gap(i+1) != "." || sc.gap(i+2) != "." {
		return false
	}
	if g := sc.gap(i); strings.HasSuffix(g, ".") || strings.HasSuffix(g, ":") || strings.HasPrefix(sc.textAfter(i+3), ".") && isDigits(sc.tok(i+3)) {
		return false
	}
	return mm < "60" && ss < "60"
}

// boundAfterUnit widens an exact number by "or more", "or so", "or fewer"
// after its unit: "four hours or more".
func (sc scanner) boundAfterUnit(m *numberMention, x float64) {
	e := m.uend
	if sc.tok(e) != "or" {
		return
	}
	switch sc.tok(e + 1) {
	case "more":
		m.value = atLeast(x)
	case "so":
		m.value = about(x)
	case "fewer", "less":
		m.value = upTo(x)
	}
}

// approxWords are the single words of approximations ("about", "some").
var approxWords = func() map[string]bool {
	out := map[string]bool{}
	for _, a := range approximations {
		if len(a.words) == 1 {
			out[a.words[0]] = true
		}
	}
	return out
}()

// minusBefore reports whether a minus sign stands right before token i,
// not between two numbers or words ("3-5", "F-35"): "−5 °C", "-5C".
func (sc scanner) minusBefore(i int) bool {
	b := sc.before(i)
	if !strings.HasSuffix(b, "-") && !strings.HasSuffix(b, "−") {
		return false
	}
	rest := strings.TrimSuffix(strings.TrimSuffix(b, "-"), "−")
	return i == 0 || rest != "" && strings.ContainsAny(rest[len(rest)-1:], " ([")
}

// belowZeroWords before a temperature ("minus 31 degrees") and
// belowZeroAfter after its unit ("31 degrees below zero") make it below
// zero, as a minus sign does.
var belowZeroWords, belowZeroAfter = lexicon.Set("below-zero-words"), phrases("below-zero-after")

// belowZero reads a temperature below zero: written with a minus sign
// after a space ("-31 °C", "−31C"), after a word of [below-zero-words], or
// with a phrase of [below-zero-after] after its unit, or after a word
// that is no unit of the lexicon ("31 degrees below zero", where the
// sheet may name "degrees" as its unit). Its value is made
// negative and it is read; a minus before another figure stays a sign
// that is not read ("-60%").
func (sc scanner) belowZero(m *numberMention) {
	if m.unit == nil && m.value.Lo >= 0 && isLetters(sc.tok(m.end)) && sc.phraseAt(m.end+1, belowZeroAfter) != nil {
		m.value = negated(m.value)
		return // "31 degrees below zero": a word the sheet may name as its unit
	}
	if m.unit == nil || !unitLexicon.offsetBases[m.unit.base] || m.value.Lo < 0 {
		return
	}
	if !m.minus && !belowZeroWords[sc.tok(m.start-1)] && sc.phraseAt(m.uend, belowZeroAfter) == nil {
		return
	}
	m.value = negated(m.value)
	m.minus = false
	if p := sc.phraseAt(m.uend, belowZeroAfter); p != nil {
		m.uend += len(p)
	}
}

// negated is an interval below zero, the mirror of v: "31 degrees below
// zero" is -31.
func negated(v facts.Interval) facts.Interval {
	return facts.Interval{Lo: -v.Hi, Hi: -v.Lo, LoOpen: v.HiOpen, HiOpen: v.LoOpen}
}

// clockWords before an H:MM:SS figure and clockWordsAfter after it make
// it a time of day, not a race time: "at 09:35:47", "09:35:47 local
// time"; not "ran 2:05:47 at Berlin", "2:00:45 from Berlin".
var clockWords, clockWordsAfter = lexicon.Set("clock-words"), lexicon.Set("clock-words-after")

// raceClockBefore reports whether a word of [race-clock-words] stands up
// to raceClockReach words before token k: "stops the clock at 2:00:22",
// "the timer stopped at 2:00:22" read a race clock, no time of day.
func (sc scanner) raceClockBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-raceClockReach && plainGap(sc.gap(j+1)); j-- {
		if raceClockWords[sc.tok(j)] {
			return true
		}
	}
	return false
}

// raceClockWords: see raceClockBefore. raceClockReach is how far before
// the word before the figure one may stand.
var raceClockWords = lexicon.Set("race-clock-words")

const raceClockReach = 2

// vagueAt appends to out the quantity given in words without a number at
// token i, if any: "tens of thousands", "hundreds of thousands", "dozens
// of". It returns the token after it, or after token i when there is none.
func (sc scanner) vagueAt(out []numberMention, i int) ([]numberMention, int) {
	t := sc.tok(i)
	if sc.tok(i+1) != "of" && !scaleLinks[sc.tok(i+1)] && sc.tok(i+1) != "van" || isDigits(sc.tok(i-1)) || isNumberWord(sc.tok(i-1)) {
		return out, i + 1 // "dozens of", "decenas de", "des dizaines de", "tientallen van"; not "dos decenas de", twenty
	}
	if t != "tens" && t != "hundreds" && sc.ofThousands(i+1) {
		return out, i + 3 // "des dizaines de milliers": tens of thousands, not read
	}
	if (t == "tens" || t == "hundreds") && sc.tok(i+2) == "thousands" {
		lo := map[string]float64{"tens": 2e4, "hundreds": 2e5}[t]
		return append(out, numberMention{span: span{i, i + 3}, value: facts.Interval{Lo: lo, Hi: lo*5 - 1}}), i + 3
	}
	if v, ok := vague[t]; ok {
		out = append(out, numberMention{span: span{i, i + 1}, value: v})
	}
	return out, i + 1
}

// thousandsWords: see ofThousands.
var thousandsWords = lexicon.Set("thousands-words")

// ofThousands reports whether token k is a link ("of", "de", "di") and a
// word of [thousands-words] follows it: "dizaines de milliers".
func (sc scanner) ofThousands(k int) bool {
	return (sc.tok(k) == "of" || scaleLinks[sc.tok(k)]) && thousandsWords[sc.tok(k+1)]
}

// rangeAfter widens the number x that m reads to a range when a larger
// number follows it: "2,000-3,000", "2,000 to 3,000", "between 2,000 and
// 3,000". It returns the unit glued to the larger number, if any: "4-8GB".
func (sc scanner) rangeAfter(m *numberMention, x float64) *unitDef {
	i, end := m.start, m.end
	k, from, ok := sc.numberRangeJoin(i, end)
	either := sc.tok(end) == "or" && plainGap(sc.gap(end)) && plainGap(sc.gap(end+1)) // "15 or 16 routes": either, so both
	if either {
		k, ok = end+1, true
	}
	if !ok {
		return nil
	}
	y, end2, ok := sc.numberAt(k)
	var glued *unitDef
	if !ok {
		y, glued, end2, ok = sc.gluedUnitAt(k)
	}
	if !ok || sc.percentAfter(end) && !sc.percentAfter(end2) {
		return nil // "up 27% to 1.2 million": a percentage, then a count
	}
	f := sc.scaleOf(end2 - 1)
	if num, ok := strings.CutSuffix(sc.tok(end2-1), "m"); ok && f == 0 && num != "" && y >= 1e6 && strings.Trim(num, "0123456789.") == "" {
		f = 1e6 // "$58-64m": the end's m was read as millions
	}
	if f > 100 && sc.scaleOf(end-1) == 0 && x*f < y && x*f*10 > y {
		x *= f // "$7.3 to $7.4 billion", "$7.3-7.4bn": the scale of the end is the start's too
	}
	if y <= x || either && y > 2*x {
		return nil // "1 or 10 million" is no pair of close guesses
	}
	m.value, m.ranged = facts.Interval{Lo: x, Hi: y}, true
	m.end = end2
	if from >= 0 {
		m.start = from
	}
	return glued
}

// numberRangeJoin reports whether the number that ends before token end,
// and starts at token i, opens a range: a dash or a word of range-joins
// after it ("2,000 to 3,000", "3 bis 5"), or a pair of range-pairs around
// it ("between 2 and 3", "tussen 3 en 5", "from 2-3"), with an article
// after each word of the pair ("tra i 19 e i 54", "entre los 19 y los
// 54"). It returns the token where the range's end starts, and where the
// pair starts, or -1.
func (sc scanner) numberRangeJoin(i, end int) (next, from int, ok bool) {
	open := i - 1
	if rangeArticles[sc.tok(open)] && plainGap(sc.gap(i)) {
		open-- // "tra i 19"
	}
	pair := func(w string) int {
		if rangePairs[[2]string{sc.tok(open), w}] {
			return open
		}
		if rangePairs[[2]string{sc.tok(i - 1), w}] {
			return i - 1
		}
		return -1
	}
	if g := strings.TrimSpace(sc.gap(end)); g == "-" || strings.TrimSpace(strings.TrimPrefix(g, "%")) == "-" {
		return end, pair("-"), true // "76.2%-91.0%": a percent sign on each end (rangeAfter wants the second)
	}
	w := sc.tok(end)
	if strings.ContainsAny(sc.gap(end), ",;:.") || strings.ContainsAny(sc.gap(end+1), ",;:.") {
		return 0, -1, false // "3 tot, 5": no range across a mark
	}
	if from = pair(w); from >= 0 {
		next = end + 1
		if from < i-1 && rangeArticles[sc.tok(next)] {
			next++ // "e i 54"
		}
		return next, from, true
	}
	return end + 1, -1, rangeJoins[w]
}

// rangeJoins join two numbers into a range whatever stands before them;
// rangePairs stand before the first number and between the two.
var (
	rangeJoins    = lexicon.Set("range-joins")
	rangePairs    = wordPairs("range-pairs")
	rangeArticles = lexicon.Set("range-articles")
)

// wordPairs reads a list of two-word phrases as pairs of words.
func wordPairs(name string) map[[2]string]bool {
	out := make(map[[2]string]bool)
	for phrase := range lexicon.Set(name) {
		if a, b, ok := strings.Cut(phrase, " "); ok {
			out[[2]string{a, b}] = true
		}
	}
	return out
}

// plusMinus widens a figure by the uncertainty written after it, "3.7 ±
// 0.4" or "3.7 +/- 0.4" (3.3 to 4.1): the second figure is no value of
// its own.
func (sc scanner) plusMinus(m *numberMention, x float64) {
	switch strings.TrimSpace(sc.gap(m.end)) {
	case "±", "+/-", "+-":
	default:
		return
	}
	if d, end, ok := sc.numberAt(m.end); ok && d >= 0 {
		m.value, m.end = facts.Interval{Lo: x - d, Hi: x + d}, end
	}
}

// scaleOf returns the scale token k writes, as a word ("billion") or
// glued to its digits ("4bn"), or 0.
func (sc scanner) scaleOf(k int) float64 {
	if f := scales[sc.tok(k)]; f > 0 {
		return f
	}
	for _, g := range gluedScales {
		if num, ok := strings.CutSuffix(sc.tok(k), g.suffix); ok && num != "" && isDigits(num) {
			return g.factor
		}
	}
	return 0
}

// percentAfter reports whether a percent sign follows the number that
// ends before token end: "27% to".
func (sc scanner) percentAfter(end int) bool {
	return strings.HasPrefix(strings.TrimLeft(sc.textAfter(end), " "), "%")
}

// changedFrom reports whether the number at token i is where a change
// starts: "rose from 20% to 22%", "was raised from 4 MB to 8 MB", "went
// from about 700k to 880k". The value it changed to is read on its own;
// this one is what it was.
func (sc scanner) changedFrom(i, end int) bool {
	from := i - 1
	if approxWords[sc.tok(from)] {
		from-- // "from about 700k"
	}
	if sc.tok(from) != "from" || !sc.changeBefore(from) {
		return false
	}
	for k := end; k <= end+unitReach && k < len(sc.toks); k++ {
		if sc.tok(k) == "to" {
			return true
		}
		if !plainGap(sc.gap(k)) {
			return false
		}
	}
	return false
}

// unitReach is how many words a unit may take between a number that a
// change starts from and the "to" after it: "from 4 MB to", "from 1.5
// million tonnes to".
const unitReach = 3

// changeWords make "from X to Y" after them a change, not a range: "VAT
// rose from 20% to 22%", "an increase in the rate from 20% to 22%".
var changeWords = lexicon.Set("change-words")

// changeReach is how many words before "from" a word of change may stand.
const changeReach = 8

// fromToVerbs make "from X to Y" after them a change as changeWords do,
// though they are no change before a plain figure: "the limit goes from
// 100 to 200", not "a car going 40 mph".
var fromToVerbs = lexicon.Set("from-to-verbs")

// changeBefore reports whether a word of changeWords or fromToVerbs stands
// among the changeReach words before token from, in its clause.
func (sc scanner) changeBefore(from int) bool {
	for k := from - 1; k >= 0 && k >= from-changeReach; k-- {
		if changeWords[sc.tok(k)] || fromToVerbs[sc.tok(k)] {
			return true
		}
		if !plainGap(sc.gap(k + 1)) {
			return false
		}
	}
	return false
}

// approximateBefore widens the exact number x that m reads by the phrase
// before it, the longest that stands there: "more than 3,000", "about
// 3,000", "almost EUR 1.9 billion".
func (sc scanner) approximateBefore(m *numberMention, x float64) {
	i := m.start
	if sc.codeBeforeNumber(i) || sc.signedCodeBefore(i) {
		i-- // "almost EUR 1.9 billion", "about C$40 million"
	}
	if approxArticles[sc.tok(i-1)] && sc.gap(i) == " " && sc.approximationAt(i-1) != nil {
		i-- // "casi el 20 %", "quasi il 20%"
	}
	a := sc.approximationAt(i)
	tally := sc.gap(m.end) == "-" && isDigits(sc.tok(m.end)) || sc.tok(m.end) == "to" && isDigits(sc.tok(m.end+1)) // "passed 30-18", "passed 52 to 48": a vote
	if p := sc.phraseBefore(i, passedBounds); a == nil && p != nil && m.alt == nil && !tally && sc.amountOrMeasure(m, i) {
		alt := above(x) // "the cost had passed $4 billion": exceeded it, or a bill of it passed
		m.alt, m.passed, m.start = &alt, true, i-len(p)
		return
	}
	if a == nil {
		return
	}
	n := len(a.words)
	switch {
	case m.alt != nil && sc.thousandsAfterBound(m, i, a.words):
		x, m.alt = m.alt.Lo, nil // "mehr als 63.000", "über 62.400 Anträge", "rund 2.950 Euro": only 63,000, 62,400 and 2,950
	case m.alt != nil:
		alt := a.of(m.alt.Lo) // "above 4.125%", "above $1.085", "about 4.125 km": both readings, each bounded
		m.alt = &alt
	}
	m.value = a.of(x)
	if n == 1 && a.words[0] == "over" && sc.periodAt(m.end) {
		m.value = atLeast(x) // "a rise of 6% over three years": a span, or more than three
	}
	if n == 1 && a.words[0] == "over" && overSpreadVerbs[sc.tok(i-2)] && plainGap(sc.gap(i-1)) {
		m.value = facts.Exactly(x) // "600 bikes spread over 48 stations": where they are, not more than 48
	}
	if math.IsInf(m.value.Hi, 1) && sc.negatedBound(i-n) {
		m.value = facts.Interval{Lo: 0, Hi: x} // "did not bring in more than a million", "n'a pas rapporté plus d'un million": at most
	}
	m.start = i - n
}

// overSpreadVerbs ([over-spread-verbs]) take "over" as a preposition of
// place: "spread over 48 stations" is 48 of them.
var overSpreadVerbs = lexicon.Set("over-spread-verbs")

// negatedBound reports whether a negation stands right before a bound
// from below that opens at token k, or one word before it, with nothing
// but spaces between: "not more than", "no more than", "pas rapporté plus
// de", "nicht mehr als".
func (sc scanner) negatedBound(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if !plainGap(sc.gap(j + 1)) {
			return false
		}
		if negations[sc.tok(j)] {
			return true
		}
	}
	return false
}

// passedBounds ([passed-bounds]) before a figure read two ways: the figure
// itself ("the Senate has passed $4 billion in aid") or a bound it
// exceeded ("the cost had passed $4 billion").
var passedBounds = phrases("passed-bounds")

// amountOrMeasure reports whether the figure from token first is money, a
// percentage or a measure of the unit table: a currency sign or code
// before it, or a unit of the table after it.
func (sc scanner) amountOrMeasure(m *numberMention, first int) bool {
	if currencySign(strings.TrimSpace(sc.gap(first))) || sc.codeBeforeNumber(first) {
		return true
	}
	return m.end < len(sc.toks) && plainGap(sc.gap(m.end)) && unitLexicon.lookup(sc.tok(m.end)) != nil || strings.HasPrefix(strings.TrimSpace(sc.textAfter(m.end)), "%")
}

// signedCodeBefore reports whether a currency's letters and a sign of
// the table stand right before token i: "C$40", "US$ 60", "HK$90".
func (sc scanner) signedCodeBefore(i int) bool {
	if p := sc.tok(i - 1); i == 0 || len(p) > 3 || !isLetters(p) {
		return false
	}
	g := sc.gap(i)
	sign := strings.TrimSuffix(g, " ")
	return sign != "" && !strings.HasPrefix(sign, " ") && unitLexicon.before[sign] != nil
}

// approxArticles are the articles that may stand between a phrase of
// approximations and its number in other languages: "casi el 20 %",
// "quasi il 20%".
var approxArticles = lexicon.Set("approx-articles")

// approximationAt returns the longest phrase of approximations that ends
// right before token i, or nil: "about" before "3,000"; not "up" of "set
// up" (see particleOfChange).
func (sc scanner) approximationAt(i int) *approximation {
	for k, a := range approximations {
		n := len(a.words)
		if i-n >= 0 && sc.wordsAt(i-n, a.words) && !sc.particleOfChange(i-n, a.words) && !strings.ContainsAny(sc.gap(i), ",;:–—") {
			return &approximations[k] // not "Het is zeker: 28 mensen", certain, then a figure
		}
	}
	return nil
}

// thousandsAfterBound reports whether the dot of a figure with two
// readings after the bound words at token i is a thousands separator:
// before "000", or after a bound of a language that writes thousands with
// a dot ([dot-thousands-bounds]: "mehr als 4.500 Euro"), or with no
// leading 0, percent, unit or currency sign about it ("über 62.400
// Anträge"; not "above 4.125%", "above $1.085", "about 4.125 km").
func (sc scanner) thousandsAfterBound(m *numberMention, i int, words []string) bool {
	sign := currencySign(strings.TrimRight(sc.before(i), " ")) || sc.currencyCode(i) != nil // "$1.085", "USD 1.085"
	switch {
	case sc.tok(m.end-1) == "000":
		return true
	case dotThousandsBounds[strings.Join(words, " ")] && !sign && !sc.percentAfter(m.end) && !percentUnitAt(sc, m.end):
		return true // not "rund 4.125 Prozent": no share is thousands of percent
	}
	unit := unitLexicon.lookup(sc.tok(m.end)) != nil || unitLexicon.lookup(sc.tok(m.end)+" "+sc.tok(m.end+1)) != nil // "km", "per cent"
	return sc.tok(i) != "0" && !sc.percentAfter(m.end) && !unit && !sign
}

// percentUnitAt reports whether a word for percent stands at token i:
// "Prozent", "per cent", "por ciento".
func percentUnitAt(sc scanner, i int) bool {
	for _, w := range []string{sc.tok(i), sc.tok(i) + " " + sc.tok(i+1), sc.tok(i) + " " + sc.tok(i+1) + " " + sc.tok(i+2)} {
		if d := unitLexicon.lookup(w); d != nil && d.name == "percent" {
			return true
		}
	}
	return false
}

// dotThousandsBounds: see thousandsAfterBound.
var dotThousandsBounds = func() map[string]bool {
	out := map[string]bool{}
	for _, p := range phrases("dot-thousands-bounds") {
		out[strings.Join(p, " ")] = true
	}
	return out
}()

// signBefore bounds a number by a sign of comparison right before it:
// "p<0.001" is below 0.001, "≥ 5" at least 5; not an arrow ("->", "=>").
func (sc scanner) signBefore(m *numberMention, x float64) {
	b := strings.TrimRight(sc.s[:sc.toks[m.start].Start], " ")
	var of func(float64) facts.Interval
	switch {
	case strings.HasSuffix(b, "<=") || strings.HasSuffix(b, "≤"):
		of = upTo
	case strings.HasSuffix(b, ">=") || strings.HasSuffix(b, "≥"):
		of = atLeast
	case strings.HasSuffix(b, "<") && !strings.HasSuffix(b, "<<"):
		of = below
	case strings.HasSuffix(b, ">") && strings.TrimLeft(b, "> \t") != "" && !strings.HasSuffix(b, "->") && !strings.HasSuffix(b, "=>") && !strings.HasSuffix(b, ">>") && !endsTag(b): // not "> 45 people died", a quoted line
		of = above
	default:
		return
	}
	m.value = of(x)
	if m.alt != nil {
		alt := of(m.alt.Lo)
		m.alt = &alt
	}
}

// endsTag reports whether text ends with a markup tag left in plain text
// ("<td>"): its ">" is no sign of comparison.
func endsTag(b string) bool {
	k := strings.LastIndex(b, "<")
	if k < 0 || k == len(b)-1 {
		return false
	}
	for _, r := range b[k+1 : len(b)-1] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("/ =\"'-", r) {
			return false
		}
	}
	return true
}

// periodAt reports whether token i names a period of time: "years",
// "week", "hours".
func (sc scanner) periodAt(i int) bool {
	w := strings.TrimSuffix(sc.tok(i), "s")
	_, ok := periods[w]
	return ok || w == "day" || w == "hour" || w == "minute"
}

// hasTokenIn reports whether the word w stands among tokens i to end.
func (sc scanner) hasTokenIn(i, end int, w string) bool {
	for k := i; k < end; k++ {
		if sc.tok(k) == w {
			return true
		}
	}
	return false
}

// particleOfChange reports whether the words of an approximation at i are
// a verb's particle and the "to" of the figure it changed to: "edged up
// to 2.8 percent", "revised up to 3.1", not "up to 2.8 percent".
func (sc scanner) particleOfChange(i int, ws []string) bool {
	if len(ws) != 2 || ws[0] != "up" || ws[1] != "to" {
		return false
	}
	return upToMoves[sc.tok(i-1)] || sc.wordWithin(span{i, i + 1}, -1, revisionReach, ".,;:!?()", func(k int) bool { return revisionVerbs[sc.tok(k)] }) // "revised that figure up to 1,460,000"
}

// upToMoves are the verbs of a move already made after which "up to" is
// the figure moved to: "edged up to 2.8 percent", "revised up to 3.1" (not
// "will cut up to 3,000 jobs", a bound); so is a verb of revision a few
// words before it (revisionVerbs: "revised that figure up to 1,460,000").
var upToMoves = lexicon.Set("up-to-moves")

// wordsAt reports whether the tokens from i are the words ws.
func (sc scanner) wordsAt(i int, ws []string) bool {
	for k, w := range ws {
		if sc.tok(i+k) != w {
			return false
		}
	}
	return true
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
	case sc.tok(e) == "odd" && sc.gap(e) == "-":
		m.value, m.end = about(x), e+1 // "40,000-odd staff"
	case sc.tok(e) == "or" && orMore[sc.tok(e+1)]:
		m.value, m.end = atLeast(x), e+2 // "9.0 or more", "or higher"
	case sc.tok(e) == "or" && orLess[sc.tok(e+1)]:
		m.value, m.end = upTo(x), e+2
	case sc.tok(e) == "plus" && sc.gap(e) == "-", strings.HasPrefix(sc.gap(e), "+"):
		m.value = above(x)
		if sc.tok(e) == "plus" {
			m.end = e + 1
		}
	}
}

// orMore and orLess, after "or", make a figure a bound: "9.0 or higher",
// "30 or fewer".
var orMore, orLess = lexicon.Set("or-more"), lexicon.Set("or-less")

// numberAt reads a number at token i: "3,000", "3 000", "2.5", "3.5
// million", "twenty-four", "a dozen", "three thousand". Ordinals, times and
// numbers glued to letters are not numbers.
func (sc scanner) numberAt(i int) (float64, int, bool) {
	t := sc.tok(i)
	if sc.gap(i) == "," && isDigits(sc.tok(i-1)) && len(t) > 3 && isDigits(t[:3]) && !isDigits(t) {
		return 0, 0, false // "2,107m"'s "107m": the rest of a number read already
	}
	if x, ok := gluedScale(t); ok {
		return x, i + 1, true // 3k, 5bn
	}
	if x, ok := sc.millionsGlued(i, i, t); ok {
		return x, i + 1, true // $5m, 3m people
	}
	var x float64
	var end int
	var ok bool
	if isDigits(t) {
		x, end, ok = sc.digitsAt(i)
	} else {
		x, end, ok = sc.wordNumberAt(i)
	}
	if f := scales[sc.tok(end-1)]; ok && f > 100 && x == math.Trunc(x/f)*f && plainGap(sc.gap(end)) {
		if p := sc.phraseAt(end, halfAfterScale); p != nil && sc.halfEnds(end+len(p)) {
			return x + f/2, end + len(p), true // "quattro milioni e mezzo", "cuatro millones y medio": and a half
		}
		if y, end2, ok := sc.restAfterScale(end); ok && y < f {
			if alt := sc.thousandsDot(end+1, end2, y); alt != nil && alt.Lo < f {
				y = alt.Lo // "y 800.000": the dot separates thousands after millions
			}
			return x + y, end2, true // "tre milioni e 500 mila", "dos millones y 800.000": the rest of the figure
		}
		if sc.scaleGoesOn(end) {
			return 0, 0, false // "due milioni e quattrocentomila": the rest is not read, so neither is the figure
		}
	}
	return x, end, ok
}

// restAfterScale reads the digits that go on a figure after its scale
// word and a word of [scale-joins] at token k: "y 800.000".
func (sc scanner) restAfterScale(k int) (float64, int, bool) {
	if !scaleJoins[sc.tok(k)] || !isDigits(sc.tok(k+1)) {
		return 0, 0, false
	}
	return sc.numberAt(k + 1)
}

// scaleJoins and thousandsSuffixes: see scaleGoesOn.
var scaleJoins, thousandsSuffixes = lexicon.Set("scale-joins"), lexicon.Set("thousands-suffixes")

// scaleGoesOn reports whether the figure that ends with a scale word before
// token k goes on after a word of [scale-joins] with a word that ends in one
// of [thousands-suffixes]: "due milioni e quattrocentomila". (Digits there
// are read with it: "dos millones y 400.000".)
func (sc scanner) scaleGoesOn(k int) bool {
	if !scaleJoins[sc.tok(k)] || !plainGap(sc.gap(k+1)) {
		return false
	}
	w := sc.tok(k + 1)
	for suffix := range thousandsSuffixes {
		if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// halfEnds reports whether the words of a half after a scale end at token
// k: nothing after them but a mark, a link to a unit ("di euro") or a unit;
// not "4 millones y medio año después", "e mezzo secolo fa".
func (sc scanner) halfEnds(k int) bool {
	w := sc.tok(k)
	return k >= len(sc.toks) || !plainGap(sc.gap(k)) || !isLetters(w) || scaleLinks[w] || unitLexicon.lookup(w) != nil
}

// halfAfterScale ([half-after-scale]) after a scale word add half of it:
// "quattro milioni e mezzo" is 4.5 million.
var halfAfterScale = phrases("half-after-scale")

// gluedGroups reads the digits of a number in groups of thousands whose
// last group is glued to a scale, ending before token j: "2,107m" (millions,
// or metres before a word), "1,250bn". Another suffix ("2,107km") is left to
// the glued units.
func (sc scanner) gluedGroups(i, j int, digits string) (float64, int, bool) {
	if x, ok := gluedScale(digits); ok {
		return x, j, true
	}
	if x, ok := sc.millionsGlued(i, j-1, digits); ok {
		return x, j, true
	}
	return 0, 0, false
}

// digitsAt reads a number written in digits at token i, with its decimals
// and a scale word after it ("3.5 million").
func (sc scanner) digitsAt(i int) (float64, int, bool) {
	t := sc.tok(i)
	if strings.HasSuffix(sc.gap(i), ":") || sc.gap(i+1) == ":" && i+1 < len(sc.toks) {
		return 0, 0, false // a time: 09:33 (not "RFC 9110: the semantics")
	}
	if g := sc.before(i); strings.TrimLeft(g, " (") == "." && (i == 0 || g != ".") {
		x, err := strconv.ParseFloat("0."+t, 64) // .05%: a fraction with no leading zero
		return x, i + 1, err == nil
	}
	digits, j, ok := sc.digitGroups(i)
	if !ok {
		return 0, 0, false
	}
	if strings.Trim(digits, "0123456789.") != "" {
		return sc.gluedGroups(i, j, digits) // "2,107m"
	}
	if sc.gap(j) == "." && isDigits(sc.tok(j)) {
		digits += "." + sc.tok(j)
		j++
	} else if sc.gap(j) == "." && startsWithDigit(sc.tok(j)) {
		// 1.2bn, or 1.2m, whose suffix may be millions or metres
		f, ok := gluedScale(digits + "." + sc.tok(j))
		if !ok {
			f, ok = sc.millionsGlued(i, j, digits+"."+sc.tok(j))
		}
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
		if g := scales[sc.tok(j)]; f == 1e3 && g >= 1e6 && sc.gap(j) == " " {
			x *= g // "1,2 mil milhões", "3 mil millones": a thousand millions
			j++
		} else if r := sc.tok(j); f == 1e3 && sc.tok(j-1) == "mil" && sc.gap(j) == " " && isDigits(r) && len(r) <= 3 && !isNumberGap(sc.gap(j+1)) {
			y, _ := strconv.ParseFloat(r, 64)
			x, j = x+y, j+1 // "3 mil 100 pasajeros", as Mexican papers write 3,100
			if g := scales[sc.tok(j)]; g >= 1e6 && sc.gap(j) == " " {
				x, j = x*g, j+1 // "2 mil 500 millones": 2,500 millions
			}
		}
	}
	return x, j, true
}

// digitGroups reads the digits of a number from token i up to its
// decimal point: groups of three after commas ("3,000") or single spaces
// ("3 000"), or what may follow a short first group (afterShortGroup). It
// returns them without separators, and reports false for an
// ordinal ("1,000th") and for a unit glued to the last group ("3,000W",
// read by gluedUnitAt).
func (sc scanner) digitGroups(i int) (string, int, bool) {
	t := sc.tok(i)
	digits, j := t, i+1
	for t != "0" && len(sc.tok(j)) == 3 && isDigits(sc.tok(j)) && (sc.gap(j) == "," || (sc.gap(j) == " " && len(t) <= 3)) { // "0,022" is a decimal comma: no one writes 22 so
		digits += sc.tok(j)
		j++
	}
	if sc.gap(j) == "," && isOrdinal(sc.tok(j)) {
		return "", 0, false
	}
	if n := sc.tok(j); sc.gap(j) == "," && len(n) > 3 && isDigits(n[:3]) && !isDigits(n) {
		return digits + n, j + 1, true // "2,107m": the last group glued to a scale, read by the caller
	}
	if j == i+1 && len(t) <= 3 {
		digits, j = sc.afterShortGroup(digits, j)
	}
	return digits, j, true
}

// afterShortGroup reads on after a number's first group, of three digits
// at most, before token j: dots between groups of thousands ("1.234.567",
// "1.798,6" with its decimal comma) or a decimal comma ("3,2 GHz"; of any length after a leading zero:
// "0,022"). It returns the digits so far with those read.
func (sc scanner) afterShortGroup(digits string, j int) (string, int) {
	k := sc.dotGroups(j)
	decimal := k > j && sc.gap(k) == "," && isDigits(sc.tok(k)) && len(sc.tok(k)) != 3 // "1.798,6": a thousands dot and a decimal comma
	if k >= j+2 || decimal {
		for ; j < k; j++ {
			digits += sc.tok(j)
		}
		if decimal {
			return digits + "." + sc.tok(k), k + 1
		}
		return digits, j
	}
	if sc.gap(j) == "," && (len(sc.tok(j)) <= 2 || digits == "0") && isDigits(sc.tok(j)) {
		return digits + "." + sc.tok(j), j + 1 // "3,2 GHz", "US$ 0,022"
	}
	return digits, j
}
