package checks

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// unitFollows reports whether the unit's words follow the number ending at
// token end, allowing up to two words between ("3,000 union members", "2,000
// heat-related admissions": a hyphenated word is one) but
// no function word or verb ("87,000 passengers had flights"), and returns
// the end of the unit. Without a unit any number will do.
func unitFollows(s string, toks []text.Token, end int, unit []string) (int, bool) {
	if len(unit) == 0 {
		return end, true
	}
	reach := 2
	if end < len(toks) && toks[end].Text == "of" {
		reach = ofReach // "421,000 of the online bank's customers"
	}
	for at, words := end, 0; words <= reach; at++ {
		if at > end && (at-1 == end || s[toks[at-2].End:toks[at-1].Start] != "-") {
			words++ // "2,000 heat-related admissions": a hyphenated word is one
		}
		skip := at - end
		if words > reach {
			return 0, false
		}
		if at >= len(toks) || skip > 0 && isDigits(toks[at-1].Text) {
			return 0, false // "120 of its 9,000 members" is a part and a whole
		}
		if skip > 0 && reach == 2 && (notNouns[toks[at-1].Text] || unitGapStops[toks[at-1].Text]) {
			return 0, false // "87,000 passengers had flights cancelled", "7.1 billion from VLT"
		}
		if skip > 0 && tableUnitBetween(toks[at-1].Text, unit[0]) {
			return 0, false // "200 g packages": a weight of the packages, not a count of them
		}
		if at > 0 && strings.Contains(s[toks[at-1].End:toks[at].Start], "|") {
			return 0, false // "| Units 19,500 | Fires 6": the next cell's words are not its unit
		}
		if end, ok := unitWordsAt(s, toks, at, unit); ok && !(skip > 0 && otherNounPrefixes[toks[at-1].Text] && s[toks[at-1].End:toks[at].Start] == "-") {
			return end, true // not "eight co-authors" for unit: authors
		}
		if strings.ContainsAny(s[toks[at-1].End:toks[at].Start], ",;:.()") {
			return 0, false
		}
	}
	return 0, false
}

// unitAfterLink reports whether a unit's words follow a number after one
// or two words of [unit-links] ("were", "had been", "fueron", "wurden"),
// with nothing but spaces between: "250 were injured", "40 had been
// evacuated" for unit: injured, evacuated. Not "250 were not injured",
// nor "250 were seriously injured", another count.
func unitAfterLink(s string, toks []text.Token, end int, unit []string) (int, bool) {
	at := end
	for at < len(toks) && at < end+2 && unitLinks[toks[at].Text] && strings.TrimSpace(s[toks[at-1].End:toks[at].Start]) == "" {
		at++
	}
	if at == end || at >= len(toks) || strings.TrimSpace(s[toks[at-1].End:toks[at].Start]) != "" {
		return 0, false
	}
	return unitWordsAt(s, toks, at, unit)
}

// listedAfter reports whether the number at token i closes a list of
// figures ("aged 19 and 22", "Flights 312 and 4"): the verb after it is
// the list's, not this figure's alone.
func listedAfter(sc scanner, i int) bool {
	w := sc.tok(i - 1)
	return (coordinators[w] || strings.TrimSpace(sc.gap(i)) == ",") && strings.ContainsAny(sc.tok(i-2), "0123456789")
}

// unitLinks: see [unit-links].
var unitLinks = lexicon.Set("unit-links")

// tableUnitBetween reports whether a word between a figure and the unit
// a fact asks for is a unit of the table of its own ("200 g packages").
func tableUnitBetween(word, unit string) bool {
	w := unitWord(word)
	return (unitLexicon.after[w] != nil || unitLexicon.glued[w] != nil) && !sameUnitWord(w, unit)
}

// unitWordsAt reports whether a unit's words stand at token at, and
// where they end: "requests per minute", also written "requests/min", a
// slash for per and a spelling of the table for a word of it.
func unitWordsAt(s string, toks []text.Token, at int, unit []string) (int, bool) {
	t := at
	for k, u := range unit {
		if u == "per" && k > 0 && t < len(toks) && strings.TrimSpace(s[toks[t-1].End:toks[t].Start]) == "/" {
			continue // "requests/min"
		}
		if t >= len(toks) || !sameUnitWord(unitWord(toks[t].Text), u) {
			return 0, false
		}
		t++
	}
	return t, true
}

// sameUnitWord reports whether two words of units are one: the same word,
// or two spellings of one unit of the table ("min" and "minute").
func sameUnitWord(w, u string) bool {
	if w == u {
		return true
	}
	d := unitLexicon.lookup(w)
	return d != nil && d == unitLexicon.lookup(u)
}

// unitGapStops are words that end the noun phrase after a number, so that
// no unit word after them is the number's: "87,000 passengers had flights
// cancelled" counts no flights.
var unitGapStops = lexicon.Set("unit-gap-stops")

// ofReach is how many words may stand between a number and its unit
// after "of": "421,000 of the online bank's customers".
const ofReach = 5

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

// gluedMetreAt reads, at token i, a decimal with a glued m and no
// currency before it, with no word after it ("6.30m.", "6.30m, set in
// Lausanne"): a length, as a sports or a depth figure is written, which a
// fact in a unit of length reads (see numberMention.gluedMetre). It
// returns its value and the token after it.
func (sc scanner) gluedMetreAt(i int) (float64, int, bool) {
	frac, ok := strings.CutSuffix(sc.tok(i+1), "m")
	if !ok || !isDigits(sc.tok(i)) || sc.gap(i+1) != "." || !isDigits(frac) || sc.gap(i) == "." || !sc.millionsBeforeWord(i, i+2) {
		return 0, 0, false
	}
	if plainGap(sc.gap(i+2)) && isLetters(sc.tok(i+2)) {
		return 0, 0, false // "6.3m viewers": read as millions before a word, or not at all
	}
	x, err := strconv.ParseFloat(sc.tok(i)+"."+frac, 64)
	return x, i + 2, err == nil
}

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
// first is the number's own first token: the symbol stands before it,
// after any "about" or "between" ("about €60 million").
func (sc scanner) readUnit(m *numberMention, first int) {
	if sc.unitBefore(m, first) || sc.codeBefore(m, first) || sc.signAfter(m) {
		return
	}
	sc.unitWordsAfter(m)
}

// currencyCode returns the unit whose letter code token k is ("USD",
// "EUR"), or nil.
func (sc scanner) currencyCode(k int) *unitDef {
	p := sc.tok(k)
	if k < 0 || len(p) < 2 || len(p) > 3 || !isLetters(p) {
		return nil
	}
	if d := unitLexicon.after[p]; money(d) {
		return d // "USD", and "CHF", a currency with no sign of the table
	}
	return nil
}

// shareBases are the bases of the units apart from counts that are no
// money: a letter code before a number names a currency only.
var shareBases = map[string]bool{"percent": true, "basis point": true}

// codeBefore reads the unit of a currency's letter code before the number,
// and reports whether there is one: "USD 3.2 million", "EUR 45". A code is
// a spelling of two or three letters of a unit that has a symbol before
// the number too ($, €): money, as currencies are written.
func (sc scanner) codeBefore(m *numberMention, first int) bool {
	if !sc.codeBeforeNumber(first) {
		return false
	}
	d := sc.currencyCode(first - 1)
	m.unit, m.uend = sc.rate(d, m.end)
	m.start = min(m.start, first-1)
	return true
}

// unitBefore reads the unit of a symbol before the number, and reports
// whether there is one: "$45", "US$ 60", "€45"; "A$90" is another currency.
func (sc scanner) unitBefore(m *numberMention, first int) bool {
	before := strings.TrimRight(sc.gap(first), " ")
	if first == 0 && len(sc.toks) > 0 {
		before = strings.TrimRight(sc.s[:sc.toks[0].Start], " ")
	}
	for sym, d := range unitLexicon.before {
		if !strings.HasSuffix(before, sym) {
			continue
		}
		if p := sc.tok(first - 1); sc.signedCodeBefore(first) && p != "us" {
			// A$90, HK$90, R$90: another currency written with a sign
			// before it, not the sign's own (never a plain count either).
			m.unit = &unitDef{name: p + sym, base: p + sym, factor: 1, apart: true}
			m.start = min(m.start, first-1)
			return true
		}
		m.unit, m.uend = sc.rate(d, m.end)
		return true
	}
	return false
}

// signAfter reads the unit of a sign after the number, and reports
// whether there is one: "45%", and "29 $", "45 €", "240 Mio. €" as many
// languages write them.
func (sc scanner) signAfter(m *numberMention) bool {
	after := sc.textAfter(m.end)
	if m.end > m.start && scaleAbbreviations[sc.tok(m.end-1)] {
		after = strings.TrimPrefix(after, ".") // "2,5 Mrd. €", "240 Mio. €"
	}
	if strings.HasPrefix(strings.TrimLeft(after, " "), "%") {
		m.unit, m.uend = sc.rate(unitLexicon.after["%"], m.end) // "20% a year": a rate
		if m.uend == m.end {
			m.unit = unitLexicon.after["%"]
		}
		return true
	}
	for sym, d := range unitLexicon.before {
		if strings.HasPrefix(strings.TrimLeft(after, " "), sym) {
			m.unit = d
			return true
		}
	}
	return false
}

// unitWordsAfter reads the unit spelled in one to three words right after
// the number, the longest first: "45 dollars", "3.2 GHz", "64 per cent",
// "25 points de base".
func (sc scanner) unitWordsAfter(m *numberMention) {
	if g := strings.TrimSpace(sc.gap(m.end)); (g == "°" || g == "º") && m.end < len(sc.toks) {
		if d := unitLexicon.glued[sc.tok(m.end)]; d != nil {
			m.unit, m.uend = d, m.end+1 // "31 °C", "88°F"
		}
		return
	}
	if g := sc.gap(m.end); g != " " && g != "-" && !(g == ". " && scaleAbbreviations[sc.tok(m.end-1)]) {
		return // not past a stop, but after "Mio.": "6,5 Mio. Euro"
	}
	at := m.end
	if scaleLinks[sc.tok(at)] && m.end > m.start && (scales[sc.tok(m.end-1)] > 0 || roundCounts[sc.tok(m.end-1)] != 0 || sc.phraseBefore(m.end, halfAfterScale) != nil) && (sc.gap(at+1) == " " || sc.gap(at+1) == "'" || sc.gap(at+1) == "’") {
		at++ // "154 millones de euros", "2,5 millions d'euros", "quattro milioni e mezzo di euro", "una quarantina di chilometri"
	}
	for n := maxUnitWords; n >= 1; n-- {
		if at+n > len(sc.toks) || !unitGapsPlain(sc, at, n) {
			continue
		}
		words := make([]string, n)
		for k := range words {
			words[k] = unitWord(sc.tok(at + k))
		}
		if d := unitLexicon.after[strings.Join(words, " ")]; d != nil {
			m.unit, m.uend = sc.rate(d, at+n)
			return
		}
	}
}

// scaleAbbreviations ([scale-abbreviations]) end with a stop that a unit
// may follow: "6,5 Mio. Euro".
var scaleAbbreviations = lexicon.Set("scale-abbreviations")

// maxUnitWords is the most words a unit's spelling in the table has:
// "litres per square metre".
const maxUnitWords = 4

// unitGapsPlain reports whether the n words from token at are parted by
// single spaces, hyphens or an elided article's apostrophe ("km all'ora").
func unitGapsPlain(sc scanner, at, n int) bool {
	for k := at + 1; k < at+n; k++ {
		if g := sc.gap(k); g != " " && g != "-" && g != "'" {
			return false
		}
	}
	return true
}

// scaleLinks join a scale word to its unit in other languages: "154
// millones de euros", "2,5 millions d'euros", "3 milioni di euro".
var scaleLinks = lexicon.Set("scale-links")

// isPowerOfTen reports whether x is 10, 100, 1,000 and so on.
func isPowerOfTen(x float64) bool {
	for p := 10.0; p <= 1e12; p *= 10 {
		if x == p {
			return true
		}
	}
	return false
}

// rate returns the unit of a number whose unit ends at token end, and where
// it ends: d, or a
// rate of it when "per", "an" or "a" and a unit, or "/", follow ("40 miles
// per hour", "5 km/h", "$200 per node"). A rate is never the unit it is a
// rate of, and rates compare only over the same thing ("per node").
func (sc scanner) rate(d *unitDef, end int) (*unitDef, int) {
	next, gap := sc.tok(end), strings.TrimPrefix(sc.gap(end), "%") // "20% a year": the sign stands in the gap
	switch {
	case gap == "/":
		return rateOf(d, next), end + 1
	case gap != " ":
		return d, end
	case next == "per" && perNotRates[sc.tok(end+1)]:
		return d, end // "100.000 euro per chi ...": for, not per
	case next == "per" && perModifiers[sc.tok(end+1)] && isLetters(sc.tok(end+2)):
		return rateOf(d, sc.tok(end+2)), end + 3 // "$410 per weekly dose"
	case next == "per" && isDigits(sc.tok(end+1)) && sc.gap(end+2) == "-" && isLetters(sc.tok(end+2)) && isLetters(sc.tok(end+3)) && plainGap(sc.gap(end+3)):
		return rateOf(d, sc.tok(end+3)), end + 4 // "£6,480 per 21-day cycle"
	case next == "per":
		u, n := sc.perUnit(end + 1)
		return rateOf(d, u), end + 1 + n // "185 kilograms per square metre"
	case otherPers[next] && (unitLexicon.after[unitWord(sc.tok(end+1))] != nil || perAnyNoun[next] && sc.perAnyNounAt(end)):
		return rateOf(d, sc.tok(end+1)), end + 2 // "250 kilómetros por hora", "40 km pro Stunde", "20 euros par heure", "112 Nanogramm pro Tablette"
	case next == "of" && sc.tok(end+2) == "per" && isLetters(sc.tok(end+1)) && plainGap(sc.gap(end+1)) && plainGap(sc.gap(end+2)):
		u, n := sc.perUnit(end + 3)
		return rateOf(d, u), end + 3 + n // "1,450 cubic metres of water per second", "185 kilograms of snow per square metre"
	case isLetters(next) && otherPers[sc.tok(end+1)] && unitLexicon.after[unitWord(sc.tok(end+2))] != nil && plainGap(sc.gap(end+1)) && plainGap(sc.gap(end+2)):
		return rateOf(d, sc.tok(end+2)), end + 3 // "185 Kilogramm Schnee pro Quadratmeter": what is measured between
	case (next == "an" || next == "a") && sc.aRateNoun(end+1) && !periodSaysWhen(sc.toks, end+2):
		return rateOf(d, sc.tok(end+1)), end + 2 // "47 cents a share"; not "a year after the move"
	case (next == "an" || next == "a") && perModifiers[sc.tok(end+1)] && sc.aRateNoun(end+2) && plainGap(sc.gap(end+2)):
		return rateOf(d, sc.tok(end+2)), end + 3 // "53 cents a diluted share"
	}
	if n := ratePeriodLen(sc.toks, end); n > 0 {
		return rateOf(d, sc.tok(end+n-1)), end + n // "$6,000 a month"
	}
	return d, end
}

// perUnit returns the unit after "per" at token k, and how many words it
// takes: two when they are a unit of the table together ("per square
// metre"), else one.
func (sc scanner) perUnit(k int) (string, int) {
	if two := sc.tok(k) + " " + sc.tok(k+1); k+1 < len(sc.toks) && plainGap(sc.gap(k+1)) && unitLexicon.lookup(two) != nil {
		return two, 2
	}
	return sc.tok(k), 1
}

// aRateNoun reports whether the word at token k makes a rate after "a" or
// "an": a unit of the table ("40 miles an hour") or a word of
// [a-rate-nouns] ("47 cents a share", "$12 a head").
func (sc scanner) aRateNoun(k int) bool {
	return unitLexicon.after[unitWord(sc.tok(k))] != nil || aRateNouns[sc.tok(k)]
}

// aRateNouns: see aRateNoun.
var aRateNouns = lexicon.Set("a-rate-nouns")

// otherPers are the words of other languages for "per": before a unit of
// the table they make a rate ("250 kilómetros por hora"); before anything
// else they are prepositions ("por la autopista").
var otherPers = lexicon.Set("other-pers")

// perAnyNoun ([per-any-noun]) of otherPers make a rate before any noun, as
// "per" does: "112 Nanogramm pro Tablette".
var perAnyNoun = lexicon.Set("per-any-noun")

// perAnyNounAt reports whether the word of perAnyNoun at token k stands
// before a noun as "per": joined by a space, in a sentence that holds no
// Italian word ("60.000 euro pro terremotati" is "for"), and not "pro
// bono".
func (sc scanner) perAnyNounAt(k int) bool {
	next := sc.tok(k + 1)
	return sc.gap(k+1) == " " && isLetters(next) && next != "bono" && !sc.holdsAny(italianMarkers)
}

// perNotRates, after "per", make it a preposition: "100.000 euro per chi
// fornirà informazioni" is a sum, not a rate.
var perNotRates = lexicon.Set("per-not-rates")

// perModifiers may stand between "per" and the noun of a rate: "$410 per
// weekly dose" is a price per dose.
var perModifiers = lexicon.Set("per-modifiers")

// rateOf is the unit d per one of: "dollar per node". Spellings of one
// unit of the table make one rate ("km/h", "km per hour"); rates over
// time share a base per second, so that they convert ("km/h", "km/s",
// "mph").
func rateOf(d *unitDef, of string) *unitDef {
	key := unitKey(strings.TrimSpace(of)) // each word singular and American: "square metres" is "square meter"
	p := unitLexicon.after[key]
	if p == nil {
		p = unitLexicon.glued[key] // "h" in "km/h"
	}
	if p == nil && key == "s" {
		p = unitLexicon.byName["second"] // "s" in "km/s", which glued to a figure is a plural ("1990s")
	}
	switch {
	case p != nil && p.base == "second":
		// a rate over time: per hour and per second convert ("41,760 km/h" is 11.6 km/s)
		return &unitDef{name: d.name + " per " + p.name, base: d.base + " per second", factor: d.factor / p.factor, apart: true}
	case p != nil:
		key = p.name
	}
	return &unitDef{name: d.name + " per " + key, base: d.base + " per " + key, factor: d.factor, apart: true}
}

// totalOverSpan reads a figure in a unit of the table followed by a span
// of time it is spread over ("savings of $800 million over two years",
// "over the next three years": [span-over-words], [span-over-fillers])
// as a rate, for a fact whose unit is that unit per a span of time
// ("dollars per year"): $400 million a year. It returns the rate in the
// fact's unit and where the span ends.
func (m *matcher) totalOverSpan(sent *sentence, n numberMention) (facts.Interval, int, bool) {
	if n.unit == nil || n.ranged {
		return facts.Interval{}, 0, false
	}
	var rate *unitDef
	for _, alt := range m.units {
		if alt.def != nil && alt.def.base == n.unit.base+" per second" {
			rate = alt.def
		}
	}
	sc := sent.scanner()
	k := n.uend
	if rate == nil || !spanOverWords[sc.tok(k)] || !plainGap(sc.gap(k+1)) {
		return facts.Interval{}, 0, false
	}
	k++
	for spanOverFillers[sc.tok(k)] {
		k++
	}
	count, end, ok := sc.numberAt(k)
	period := unitLexicon.lookup(sc.tok(end))
	if !ok || count <= 0 || period == nil || period.base != "second" || !plainGap(sc.gap(end)) {
		return facts.Interval{}, 0, false
	}
	spread := &unitDef{name: n.unit.name + " per span", base: rate.base, factor: n.unit.factor / (count * period.factor), apart: true}
	return scale(n.value, spread, rate), end + 1, true
}

// spanOverWords, after a figure, spread it over the span of time after
// them, and spanOverFillers may stand between: see totalOverSpan.
var spanOverWords, spanOverFillers = lexicon.Set("span-over-words"), lexicon.Set("span-over-fillers")

// otherNounPrefixes ([other-noun-prefixes]), joined by a hyphen to a unit's
// word, make another noun: "co-authors" are no authors of a count of
// authors, "ex-employees" no employees.
var otherNounPrefixes = lexicon.Set("other-noun-prefixes")
