package checks

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A unitDef is one unit of measure of the unit table.
type unitDef struct {
	name   string  // "gigahertz"
	base   string  // the unit it converts into: "hertz" (itself for a base)
	factor float64 // how many of base one of it is
	offset float64 // added after the factor: 0 but for a scale like °F
	apart  bool    // a percentage or money: never a plain count
	// loose is the factor it is often written for, or 0: a mebibyte
	// (1,048,576 bytes) is written MB as often as MiB.
	loose float64
}

// money reports whether d is a currency: a unit apart from counts that is
// no share nor factor.
func money(d *unitDef) bool {
	return d != nil && d.apart && !shareBases[d.base] && d.base != "factor"
}

// A unitTable finds units by their folded spellings.
type unitTable struct {
	after  map[string]*unitDef // spellings after the number (or glued to it), folded and singular
	glued  map[string]*unitDef // spellings that count only glued to it: 5A, 3in
	before map[string]*unitDef // symbols before it: "$", "€"
	// notGlued are spellings that read two ways glued to a number (1.2m).
	notGlued []string
	byName   map[string]*unitDef
	// offsetBases are the bases of scales that do not start at zero
	// (celsius, which fahrenheit converts into with an offset): a minus
	// before a figure in one makes it another figure.
	offsetBases map[string]bool
}

// unitLexicon is the unit table of lexicon/units.txt, read once; it is
// never changed after.
var unitLexicon = mustUnits(lexicon.File("units.txt"))

func mustUnits(data string) *unitTable {
	t, err := parseUnits(data)
	if err != nil {
		panic("lexicon/units.txt: " + err.Error())
	}
	return t
}

// parseUnits reads the unit table: "name [= factor base]: spelling, ...",
// with "!" before a name that is never a plain count and "^" before a
// symbol that stands before the number.
func parseUnits(data string) (*unitTable, error) {
	t := &unitTable{after: map[string]*unitDef{}, glued: map[string]*unitDef{}, before: map[string]*unitDef{}, byName: map[string]*unitDef{}, offsetBases: map[string]bool{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, spellings, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: write name: spellings", n+1)
		}
		if head == "?glued" {
			for _, sp := range strings.Split(spellings, ",") {
				t.notGlued = append(t.notGlued, strings.TrimSpace(sp))
			}
			continue
		}
		d := &unitDef{factor: 1}
		head = strings.TrimSpace(head)
		if rest, ok := strings.CutPrefix(head, "!"); ok {
			head, d.apart = rest, true
		}
		name, conv, hasConv := strings.Cut(head, "=")
		d.name, d.base = strings.TrimSpace(name), strings.TrimSpace(name)
		if hasConv {
			if err := t.conversion(d, conv); err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			if d.offset != 0 {
				t.offsetBases[d.base] = true
			}
		}
		t.byName[d.name] = d
		for _, sp := range strings.Split(spellings, ",") {
			sp = strings.TrimSpace(sp)
			if sym, ok := strings.CutPrefix(sp, "^"); ok {
				t.before[text.Fold(sym)] = d
			} else if g, ok := strings.CutSuffix(sp, "~"); ok {
				t.glued[unitKey(g)] = d
			} else if sp != "" {
				t.after[unitKey(sp)] = d
			}
		}
		t.after[unitKey(d.name)] = d
	}
	return t, nil
}

// sameUnit reports whether two facts' units read their numbers alike: the
// same, or alternatives that share one: words ("jobs | positions" and
// "jobs | positions | roles") or a unit of the table ("grams | g" and
// "grams"; not "kg" and "grams", whose figures differ).
func sameUnit(a, b *matcher) bool {
	if a.fact.Unit == b.fact.Unit {
		return true
	}
	shared := false
	for _, x := range a.units {
		for _, y := range b.units {
			switch {
			case x.def != nil && y.def != nil:
				shared = shared || x.def.name == y.def.name // "grams | g" and "grams": one unit of the table
			case x.def == nil && y.def == nil:
				shared = shared || slices.Equal(x.words, y.words)
			}
		}
	}
	return shared
}

// sameBase reports whether two facts have units of the table that convert
// into one another (cm and metres): a figure one of them reads as its own
// value, in its own unit, is its.
func sameBase(a, b *matcher) bool {
	for _, x := range a.units {
		for _, y := range b.units {
			if x.def != nil && y.def != nil && x.def.base == y.def.base {
				return true
			}
		}
	}
	return false
}

// conversion reads "factor base" or "factor base + offset" (or "-"), with
// a base defined above: how many of base one of d is.
func (t *unitTable) conversion(d *unitDef, conv string) error {
	bad := fmt.Errorf("write = factor base [+ offset], with a base defined above")
	conv, loose, hasLoose := strings.Cut(conv, "(or ")
	if hasLoose {
		x, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(loose), ")")), 64)
		if err != nil {
			return fmt.Errorf("write = factor base (or factor)")
		}
		d.loose = x
	}
	f, base, _ := strings.Cut(strings.TrimSpace(conv), " ")
	for _, sign := range []string{" + ", " - "} {
		if i := strings.LastIndex(base, sign); i >= 0 {
			off, err := strconv.ParseFloat(strings.TrimSpace(base[i+3:]), 64)
			if err != nil {
				return bad
			}
			if sign == " - " {
				off = -off
			}
			d.offset, base = off, base[:i]
		}
	}
	x, err := strconv.ParseFloat(f, 64)
	base = strings.TrimSpace(base)
	if err != nil || t.byName[base] == nil {
		return bad
	}
	d.factor, d.base = x, base
	return nil
}

// unitKey is how a unit's spelling is looked up: folded, each word
// singular and American.
func unitKey(s string) string {
	f := text.Fold(s)
	if strings.Trim(f, "%") == "" {
		return f
	}
	return strings.Join(unitWords(s), " ")
}

// lookup finds the unit spelt s.
func (t *unitTable) lookup(s string) *unitDef { return t.after[unitKey(s)] }

// A unitSpec is a fact's unit: alternatives separated by "|", each a unit
// of the table (then its other spellings and convertible units count too)
// or words that must follow the number ("union members").
type unitSpec []unitAlt

type unitAlt struct {
	def   *unitDef // a unit of the table, or nil
	words []string // otherwise, the folded words
	text  string
	// spelling marks an alternative the table reads as a unit of the
	// first's kind but so far off it that the sheet must mean the first:
	// "nm" beside "nautical miles" is no nanometre. A source's figure
	// before these very words is in the first alternative's unit.
	spelling bool
}

func newUnitSpec(unit string, t *unitTable) unitSpec {
	var out unitSpec
	for _, alt := range strings.Split(unit, "|") {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			continue
		}
		def := t.rateOrUnit(alt)
		if def == nil {
			def = t.signedCurrency(alt)
		}
		if def == nil {
			def = t.before[text.Fold(alt)] // "$", "£": the currency its sign writes
		}
		out = append(out, unitAlt{def: def, words: unitWords(alt), text: alt})
	}
	for k := range out {
		if first := out[0].def; k > 0 && out[k].def != nil && first != nil && farApart(first, out[k].def) {
			out[k].def, out[k].spelling = first, true
		}
	}
	return out
}

// gluedSpelling reports whether a number's unit is the alternative
// alt written glued to its digits: "38nm" for unit: nautical miles | nm.
func gluedSpelling(sent *sentence, n numberMention, alt unitAlt) bool {
	if n.uend != n.end || len(alt.words) != 1 {
		return false
	}
	num, ok := strings.CutSuffix(sent.scanner().tok(n.end-1), alt.words[0])
	return ok && num != "" && strings.Trim(num, "0123456789.,") == ""
}

// farApart reports whether two units of one kind differ by more than
// spellingRatio: no sheet lists both for one figure.
func farApart(a, b *unitDef) bool {
	return a.base == b.base && a.offset == 0 && b.offset == 0 && max(a.factor/b.factor, b.factor/a.factor) > spellingRatio
}

// spellingRatio: see farApart. Feet and metres, kilobytes and gigabytes
// are nearer; a nautical mile is 1.85e12 nanometres.
const spellingRatio = 1e9

// signedCurrency returns the unit of a currency written with letters and a
// sign of the table, as sources write it before an amount ("C$", "A$",
// "HK$"): the unit numbers get when they stand after it (see unitBefore),
// or nil.
func (t *unitTable) signedCurrency(alt string) *unitDef {
	for sym := range t.before {
		if p, ok := strings.CutSuffix(text.Fold(alt), sym); ok && p != "" && isLetters(p) && len(p) <= 3 && p != "us" {
			return &unitDef{name: p + sym, base: p + sym, factor: 1, apart: true}
		}
	}
	return nil
}

// rateOrUnit finds the unit of the table spelt s, or a rate of one:
// "dollars per node", "km/h".
func (t *unitTable) rateOrUnit(s string) *unitDef {
	if d := t.lookup(s); d != nil {
		return d
	}
	for _, deg := range []string{"°", "º"} {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(s), deg); ok {
			return t.glued[text.Fold(rest)] // "°C", "°F"
		}
	}
	for _, sep := range []string{" per ", "/", " pro "} { // "Nanogramm pro Tablette", as [per-any-noun] reads it
		if u, of, ok := strings.Cut(s, sep); ok && strings.TrimSpace(of) != "" {
			if d := t.lookup(strings.TrimSpace(u)); d != nil {
				return rateOf(d, strings.TrimSpace(of))
			}
		}
	}
	return nil
}

// scale converts an interval of a unit into another unit with the same
// base. An exact value is taken as rounded to its last digit (1,312 ft is
// 1,311.5 to 1,312.5 ft; 1,300 ft is 1,250 to 1,350 ft), since converted
// figures rarely come out round.
func scale(v facts.Interval, from, to *unitDef) facts.Interval {
	if from == to || from.factor == to.factor && from.offset == to.offset {
		return v
	}
	if k := from.factor / to.factor; v.Lo == v.Hi && !(from.base == "second" && k >= 1 && k == math.Trunc(k)) {
		// Not "one year" to months: a calendar unit into a smaller one is exact.
		v = facts.Interval{Lo: v.Lo - roundedBy(v.Lo), Hi: v.Lo + roundedBy(v.Lo)}
	} else if !(from.base == "second" && k >= 1 && k == math.Trunc(k)) {
		// A bound's round figure is rounded too: "topped 46,000 feet" is
		// above 45,500 feet, and "under 300 feet" below 350; "at least 1
		// GB" stays 1 GB.
		if !math.IsInf(v.Hi, 1) && v.Lo == 0 && roundBound(v.Hi) {
			v.Hi += roundedBy(v.Hi)
		} else if math.IsInf(v.Hi, 1) && v.Lo > 0 && roundBound(v.Lo) {
			v.Lo -= roundedBy(v.Lo)
		}
	}
	conv := func(x float64) float64 { return (x*from.factor + from.offset - to.offset) / to.factor }
	return facts.Interval{Lo: conv(v.Lo), Hi: conv(v.Hi), LoOpen: v.LoOpen, HiOpen: v.HiOpen}
}

// roundBound reports whether a bound's figure is rounded, as scale reads
// it: 46,000 or 1,300; not 100 or 50,000, whose rounding is half their
// figure.
func roundBound(x float64) bool {
	for x >= 100 && math.Mod(x, 10) == 0 {
		x /= 10
	}
	return x >= 10 && x < 100 && math.Mod(x, 10) != 0
}

// looseScales converts v from one unit to another of the same base as
// the two are often written, when either has a loose factor: both read as
// binary multiples (16,384 KiB as 16 MB, that is 16 MiB), and both as
// decimal ones (16 MiB as 16 MB).
func looseScales(v facts.Interval, from, to *unitDef) []facts.Interval {
	if from.loose == 0 && to.loose == 0 {
		return nil
	}
	as := func(pick func(a, b float64) float64) facts.Interval {
		lf, lt := *from, *to
		if lf.loose != 0 {
			lf.factor = pick(lf.factor, lf.loose)
		}
		if lt.loose != 0 {
			lt.factor = pick(lt.factor, lt.loose)
		}
		return scale(v, &lf, &lt)
	}
	return []facts.Interval{as(math.Max), as(math.Min)}
}

// looseReadings returns a number's values in the fact's unit as the two
// units are often written (see looseScales).
func (m *matcher) looseReadings(n numberMention) []facts.Interval {
	for _, alt := range m.units {
		if alt.def != nil && n.unit != nil && n.unit.base == alt.def.base {
			if writtenFor[alt.def.name] == n.unit.name {
				return []facts.Interval{n.value} // "eighteen miles off the cape" for 18 nautical miles
			}
			return looseScales(n.value, n.unit, alt.def)
		}
	}
	return nil
}

// writtenFor ([written-for]) maps a unit to another that sources write for
// it: "miles" at sea are often nautical miles.
var writtenFor = lexicon.Pairs("written-for")

// gluedUnit returns the unit spelt by letters glued to a number, or nil.
func (t *unitTable) gluedUnit(letters string) *unitDef {
	for _, ng := range t.notGlued {
		if letters == ng {
			return nil
		}
	}
	if d := t.after[letters]; d != nil {
		return d
	}
	return t.glued[letters]
}

// unitMatch reports whether a number is stated in the fact's unit, and
// returns where its unit ends and its value in the fact's unit. A fact with
// no unit takes plain numbers only: not "45%", "$45" or "16 nm". A unit
// of the table matches its spellings and converts from the units with its
// base (3200 MHz for 3.2 GHz); other units are words that must follow the
// number, with up to two words between ("3,000 union members").
func (m *matcher) unitMatch(sent *sentence, n numberMention) (end int, v facts.Interval, ok bool) {
	end, v, ok = m.unitMatchAt(sent, n)
	if ok && end > n.end && halfAfterUnitAt(sent.scanner(), end) {
		return 0, facts.Interval{}, false // "deux tonnes et demie", "two tonnes and a half": 2.5, which is not read
	}
	return end, v, ok
}

// halfAfterUnit ([half-after-unit]) after a number's unit add a part of
// the unit to it: "deux tonnes et demie", "two tonnes and a half". Such a
// number is left unread, never read short of its half.
var halfAfterUnit = phrases("half-after-unit")

// halfAfterUnitAt reports whether a phrase of halfAfterUnit stands at
// token k and is no half of what follows it: not before a hyphen ("and a
// half-built school", though a dash, "and a half--the longest", ends it),
// a word of [half-of-nouns] ("y media docena de heridos"), nor "of" after
// a quarter ("and a quarter of them went to away fans").
func halfAfterUnitAt(sc scanner, k int) bool {
	p := sc.phraseAt(k, halfAfterUnit)
	if p == nil {
		return false
	}
	j := k + len(p)
	return j >= len(sc.toks) || sc.gap(j) != "-" && !halfOfNouns[sc.tok(j)] && !(partitiveOf[sc.tok(j)] && quarterWords[p[len(p)-1]]) // not "and a quarter of them"
}

// halfOfNouns ([half-of-nouns]) after a half make it half of them: "media
// docena", "half a dozen".
var halfOfNouns = lexicon.Set("half-of-nouns")

// quarterWords ([quarter-words]) end a phrase of halfAfterUnit that
// "of" after it makes a share of what follows: "and a quarter of them".
var quarterWords = lexicon.Set("quarter-words")

// unitMatchAt is unitMatch before the words after the unit are looked at.
func (m *matcher) unitMatchAt(sent *sentence, n numberMention) (end int, v facts.Interval, ok bool) {
	if len(m.units) == 0 {
		return n.uend, n.value, n.unit == nil
	}
	if v, ok := m.gluedMetres(sent, n); ok {
		return n.end, v, true // "the 200m freestyle", "cleared 6.30m." for a fact in metres
	}
	if n.ofWhole > 0 && n.unit == nil {
		// "120 of its 9,000 members": the part is in the whole's unit.
		if _, _, ok := m.unitMatch(sent, sent.numberMentions()[n.ofWhole-1]); ok {
			return n.uend, n.value, true
		}
		return 0, facts.Interval{}, false
	}
	if n.changeFrom > 0 && n.unit == nil {
		// "from six lanes to 10": the figure changed to is in the unit of the one it changed from.
		if _, _, ok := m.unitMatch(sent, sent.numberMentions()[n.changeFrom-1]); ok {
			return n.uend, n.value, true
		}
	}
	if end, v, ok := m.readingOfForm(sent, n); ok {
		return end, v, true
	}
	for _, alt := range m.units {
		if alt.spelling && n.unit != nil && (n.uend-n.end == len(alt.words) && sent.scanner().wordsAt(n.end, alt.words) || gluedSpelling(sent, n, alt)) {
			return n.uend, n.value, true // "18 nm", "38nm" for unit: nautical miles | nm
		}
	}
	for _, alt := range m.units {
		switch {
		case alt.def != nil && n.unit != nil && n.unit.base == alt.def.base:
			return n.uend, scale(n.value, n.unit, alt.def), true
		case alt.def == nil && n.unit == nil && !spelledFraction(sent, n, alt):
			f := sent.folded()
			if end, ok := unitFollows(f.norm.S, f.tokens, n.end, alt.words); ok && ratePeriodLen(f.tokens, end) == 0 && !perAfter(f.norm.S, f.tokens, end) && !sent.rateLater(end) && !modifies(f, n, end, alt.text) {
				return end, n.value, true
			}
			if end, ok := unitAfterLink(f.norm.S, f.tokens, n.end, alt.words); ok && !listedAfter(sent.scanner(), n.start) {
				return end, n.value, true // "more than 250 were injured" for unit: injured
			}
			if end, ok := rateAsWritten(f, n.end, alt.words); ok {
				return end, n.value, true // "68,000 vehicles a day", "daily", for unit: vehicles per day
			}
			if n.end < len(f.tokens) && multiplierWords[f.tokens[n.end].Text] && m.countsFactors() {
				return n.end + 1, n.value, true // "3 fold", "3 vezes" for 3 times
			}
			if codeBefore(f, n, alt) {
				return n.uend, n.value, true // "VLT 184.6bn" for unit: talers | VLT
			}
		}
	}
	return 0, facts.Interval{}, false
}

// gluedMetres reads a glued m as metres for a fact in a unit of length,
// and returns its value in the fact's unit: one before a word and no
// currency ("the 200m freestyle", "a 50m pool"), which millionsGlued reads
// as millions, where metresBefore allows it; and a decimal's with no word
// after it ("cleared 6.30m."; see numberMention.gluedMetre).
func (m *matcher) gluedMetres(sent *sentence, n numberMention) (facts.Interval, bool) {
	length := m.lengthUnit()
	v := n.value
	switch {
	case length == nil:
		return facts.Interval{}, false
	case n.gluedMillions && metresBefore(sent, n):
		v = facts.Interval{Lo: v.Lo / 1e6, Hi: v.Hi / 1e6}
	case !n.gluedMetre:
		return facts.Interval{}, false
	}
	return scale(v, unitLexicon.byName["meter"], length), true
}

// metresBefore reports whether a glued m may be metres: a whole figure
// before a word that is no plural ("the 200m freestyle", "a 50m pool"), or
// one of [glued-metre-plurals] ("the 400m hurdles"); a decimal before a
// word of [not-nouns] ("6.30m at a meeting in Rouen") or of
// [glued-metre-adjectives] ("1.86m tall"); not "2.3m viewers".
func metresBefore(sent *sentence, n numberMention) bool {
	toks := sent.folded().tokens
	if n.end >= len(toks) {
		return false
	}
	w := toks[n.end].Text
	if n.value.Lo != math.Trunc(n.value.Lo/1e6)*1e6 {
		sc := sent.scanner()
		return notNouns[w] || gluedMetreAdjectives[w] && (n.end+1 >= len(toks) || !plainGap(sc.gap(n.end+1)) || notNouns[sc.tok(n.end+1)]) // "the record of 6.30m at a meeting", "1.86m tall,"; not "a 2.3m wall", "2.3m high earners", "1.2m away fans"
	}
	return !strings.HasSuffix(w, "s") || gluedMetrePlurals[w]
}

// gluedMetrePlurals and gluedMetreAdjectives: see metresBefore.
var gluedMetrePlurals, gluedMetreAdjectives = lexicon.Set("glued-metre-plurals"), lexicon.Set("glued-metre-adjectives")

// lengthUnit returns the fact's unit of length, or nil.
func (m *matcher) lengthUnit() *unitDef {
	return m.unitOfBase("meter")
}

// unitOfBase returns the fact's unit that shares its base with the unit
// of the table named name ("meter": a length), or nil.
func (m *matcher) unitOfBase(name string) *unitDef {
	of := unitLexicon.byName[name]
	for _, alt := range m.units {
		if of != nil && alt.def != nil && alt.def.base == of.base {
			return alt.def
		}
	}
	return nil
}

// poundsOfWeight reads "pounds" written out after a number as a weight
// for a fact in a unit of mass ("a 900-pound bell", "12,000 pounds of
// flour" for a fact in kilograms), and returns its value in the fact's
// unit: for any other fact the word is money.
func (m *matcher) poundsOfWeight(sent *sentence, n numberMention) (facts.Interval, bool) {
	if n.unit == nil || n.unit.name != "pound" || n.uend <= n.end || !strings.HasPrefix(sent.scanner().tok(n.end), "pound") {
		return facts.Interval{}, false
	}
	mass := m.unitOfBase("kilogram")
	if mass == nil {
		return facts.Interval{}, false
	}
	return scale(n.value, unitLexicon.byName["pound weight"], mass), true
}

// rateAsWritten reads a unit "X per P" of the sheet ("vehicles per day",
// "vehículos por día": [unit-pers])
// written with another word for the period after X: "vehicles a day",
// "vehicles each day", "vehicles daily" ([period-adverbs]). It returns
// where the period ends.
func rateAsWritten(f *foldedSentence, start int, words []string) (int, bool) {
	n := len(words)
	if n < 3 || !unitPers[words[n-2]] {
		return 0, false
	}
	end, ok := unitFollows(f.norm.S, f.tokens, start, words[:n-2])
	if !ok {
		return 0, false
	}
	l := ratePeriodLen(f.tokens, end)
	if l == 0 {
		return perItemAt(f, end, words[n-1])
	}
	if perAfter(f.norm.S, f.tokens, end+l) {
		return 0, false // "requests per minute per key": a rate of something more
	}
	for _, t := range f.tokens[end : end+l] {
		if t.Text == words[n-1] || periodAdverbs[t.Text] == words[n-1] {
			return end + l, true
		}
	}
	return 0, false
}

// perItemAt reads "a" or "an" and the item of a rate at token end, in
// plain gaps, for a unit of words whose item is no period ("7.30 crowns a
// litre" for unit: crowns per litre), and returns where it ends: not "a
// litre bottle" (a noun after it), "a week ago" (a time), nor across a
// comma.
func perItemAt(f *foldedSentence, end int, item string) (int, bool) {
	toks := f.tokens
	if end+1 >= len(toks) || toks[end].Text != "a" && toks[end].Text != "an" || !sameUnitWord(unitWord(toks[end+1].Text), item) {
		return 0, false
	}
	if strings.TrimSpace(f.norm.S[toks[end-1].End:toks[end].Start]) != "" || strings.TrimSpace(f.norm.S[toks[end].End:toks[end+1].Start]) != "" || periodSaysWhen(toks, end+2) {
		return 0, false
	}
	if k := end + 2; k < len(toks) && strings.TrimSpace(f.norm.S[toks[k-1].End:toks[k].Start]) == "" && !notNouns[toks[k].Text] {
		return 0, false // "9 crowns a litre bottle"
	}
	return end + 2, true
}

// unitPers ([unit-pers]) join a sheet's unit of a rate to its period:
// "vehicles per day", "vehículos por día", "Fahrzeuge pro Tag".
var unitPers = lexicon.Set("unit-pers")

// periodAdverbs name the period of a rate in one word: daily is a day.
var periodAdverbs = lexicon.Pairs("period-adverbs")

// spelledFraction reports whether a figure with a fraction spelled in
// words would count a noun of a word unit: in unpunctuated speech "one
// point four analysts said" is two figures, and a count has no fraction
// (a rate may, "1.6 goals per game", and so may a measure in digits,
// "3.8 Earth masses").
func spelledFraction(sent *sentence, n numberMention, alt unitAlt) bool {
	first := sent.folded().tokens[n.start].Text
	return n.value.Lo == n.value.Hi && n.value.Lo != math.Trunc(n.value.Lo) && !slices.Contains(alt.words, "per") && first != "" && !isDigits(first[:1])
}

// perAfter reports whether "per" follows the unit's words: "1.6 goals per
// game" is a rate, no count of goals (a sheet's unit: goals per game
// reads it).
func perAfter(s string, toks []text.Token, end int) bool {
	if end >= len(toks) || toks[end].Text != "per" {
		return false
	}
	// "17 injured, per the county": according to, no rate ("14 workers, per shift" is one);
	// "600 ricoveri per il caldo": Italian "for", an article after it.
	if end+1 < len(toks) && italianArticles[toks[end+1].Text] {
		return false
	}
	return plainGap(s[toks[end-1].End:toks[end].Start]) || end+1 >= len(toks) || !determiners[toks[end+1].Text]
}

// italianArticles after "per" make it Italian "for", no rate: see
// [italian-articles-after-per].
var italianArticles = lexicon.Set("italian-articles-after-per")

// modifies reports whether the unit word before token end, which the sheet
// writes in the plural, stands in the singular after a number above one
// and before another word: then it modifies that word ("112 victim
// letters", "41,700 investor accounts") and counts no victims.
func modifies(f *foldedSentence, n numberMention, end int, unit string) bool {
	w := f.tokens[end-1].Text
	if n.value.Lo <= 1 || singular(w) != w || !strings.HasSuffix(text.Fold(strings.TrimSpace(unit)), "s") || end >= len(f.tokens) {
		return false
	}
	if f.norm.S[f.tokens[n.end-1].End:f.tokens[n.end].Start] == "-" {
		return false // "a 188-vote margin" is a margin of 188 votes
	}
	next := f.tokens[end].Text
	return plainGap(f.norm.S[f.tokens[end-1].End:f.tokens[end].Start]) && isLetters(next)
}

// codeOfFactBefore reports whether a code in capitals that the fact's
// unit lists stands right before a number: "CHF 2m" is two million
// francs, no length.
func (m *matcher) codeOfFactBefore(sent *sentence, n numberMention) bool {
	return slices.ContainsFunc(m.units, func(alt unitAlt) bool { return codeBefore(sent.folded(), n, alt) })
}

// codeBefore reports whether a unit the sheet writes as a code in capitals
// ("VLT", "CHF", as currencies write them) stands right before the number:
// "VLT 184.6bn". Only such a code may; a word before a number never gives
// its unit.
func codeBefore(f *foldedSentence, n numberMention, alt unitAlt) bool {
	code := strings.TrimSpace(alt.text)
	if len(alt.words) != 1 || len(code) < 2 || len(code) > 4 || code != strings.ToUpper(code) || !isLetters(code) || n.start == 0 {
		return false
	}
	return f.tokens[n.start-1].Text == alt.words[0] && plainGap(f.norm.S[f.tokens[n.start-1].End:f.tokens[n.start].Start])
}

// greaterComparatives make a percentage before them a factor: "50%
// faster" is 1.5 times as fast.
var greaterComparatives = lexicon.Set("greater-comparatives")

// multiplierWords are the units of a factor: "times", "fold".
var multiplierWords = lexicon.Set("multiplier-words")

// percentAsFactor reads a percentage before a greater comparative that is
// one of the fact's terms as a factor, for a fact whose unit is "times": "up to 50% faster" is at most
// 1.5 times. From 100% up the phrase reads two ways ("200% faster" is
// said for two and for three times), so a second reading, the
// percentage alone, is added by numberReadings.
func (m *matcher) percentAsFactor(sent *sentence, n numberMention) (facts.Interval, bool) {
	if n.unit == nil || n.unit.name != "percent" || !m.countsFactors() {
		return facts.Interval{}, false
	}
	f := sent.folded()
	if !m.comparativeAt(f.tokens, n.uend) {
		return facts.Interval{}, false
	}
	v := n.value
	v.Lo, v.Hi = 1+v.Lo/100, 1+v.Hi/100
	return v, true
}

// comparativeAt reports whether a greater comparative stands at token i
// and it, or the word after it, is one of the fact's terms: "50% faster"
// and "50% better performance" are factors for a fact about speed and
// performance, "50% more power" is not.
func (m *matcher) comparativeAt(toks []text.Token, i int) bool {
	if i >= len(toks) || !greaterComparatives[toks[i].Text] {
		return false
	}
	return m.isTerm(toks[i].Text) || i+1 < len(toks) && m.isTerm(toks[i+1].Text)
}

// isTerm reports whether the word w is, or is a form of, one of the
// fact's one-word about terms.
func (m *matcher) isTerm(w string) bool {
	for _, g := range m.loc.groups {
		for _, t := range g {
			if t.joined == w || t.prefix && strings.HasPrefix(w, t.joined) || containsString(text.WordForms(t.joined), w) {
				return true
			}
		}
	}
	return false
}

// countsFactors reports whether the fact's unit is a word for "times".
func (m *matcher) countsFactors() bool {
	for _, alt := range m.units {
		if alt.def == nil && len(alt.words) == 1 {
			for w := range multiplierWords {
				if unitWord(w) == alt.words[0] {
					return true
				}
			}
		}
	}
	return false
}

// notRateAfterOther ([not-rate-after-other]): see ratePeriodLen.
var notRateAfterOther = lexicon.Set("not-rate-after-other")

// ratePeriods make a count a rate: "40,000 passengers a day".
var ratePeriods = phrases("rate-periods")

// ratePeriodLen returns how many tokens the period that makes a count a
// rate at token i takes ("a day", "per year", "daily"), or 0 when none
// stands there.
func ratePeriodLen(toks []text.Token, i int) int {
	for _, p := range ratePeriods {
		if i+len(p) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p {
			ok = ok && toks[i+k].Text == w
		}
		if ok && !periodSaysWhen(toks, i+len(p)) && (i+len(p) >= len(toks) || !notRateAfterOther[toks[i+len(p)].Text]) {
			return len(p) // not "a day after the crash", "al día siguiente"
		}
	}
	return 0
}

// periodSaysWhen reports whether the words from token i make the period
// before them a time, not a rate: "a day after the crash", "a day before
// Friday". A word of relativeAfter before a bare noun leaves it a rate:
// "$21,300 a year before rebates", "a month after tax".
func periodSaysWhen(toks []text.Token, i int) bool {
	if i >= len(toks) || !relativeAfter[toks[i].Text] {
		return false
	}
	if i+1 == len(toks) || periodWhenAfter[toks[i].Text] {
		return true // "a year later", "a day before"
	}
	next := toks[i+1].Text
	_, weekday := weekdays[next]
	_, month := months[next]
	return determiners[next] || isDigits(next) || weekday || month || !isLetters(next)
}

// periodWhenAfter ([period-when-after]) after a period make it a time
// whatever follows: "€4.23bn a year ago, and ..." is no amount a year.
var periodWhenAfter = lexicon.Set("period-when-after")

// laterRates are the rate periods that make a count a rate though words
// stand between ("420 deaths in the United States every year"); "a year"
// is left out, as "the most in a year" is no rate.
var laterRates = phrases("later-rates")

// rateLaterReach is how many words may stand between a count and such a
// period.
const rateLaterReach = 6

// rateLater reports whether a phrase of laterRates follows token end in
// its clause, within rateLaterReach words.
func (sent *sentence) rateLater(end int) bool {
	sc := sent.scanner()
	for k := end; k < len(sc.toks) && k <= end+rateLaterReach; k++ {
		if k > end && !plainGap(sc.gap(k)) {
			return false
		}
		if sc.phraseAt(k, laterRates) != nil {
			return true
		}
	}
	return false
}

// relativeAfter are the words after a period that make it a time, not a
// rate: "a day after", "a year ago".
var relativeAfter = lexicon.Set("not-rate-after")

// roundedBy is half the unit of the last significant digit of x: 0.5 for
// 1,312, 50 for 1,300, 0.05 for 2.4.
func roundedBy(x float64) float64 {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if _, frac, ok := strings.Cut(s, "."); ok {
		return 0.5 / math.Pow(10, float64(len(frac)))
	}
	zeros := len(s) - len(strings.TrimRight(s, "0"))
	if zeros == len(s) {
		zeros = 0
	}
	return 0.5 * math.Pow(10, float64(zeros))
}

// itemRate returns the amount's unit of the first alternative that is a
// rate per item, not per a span of time ("euros per passenger": euro), or
// nil.
func (us unitSpec) itemRate() *unitDef {
	for _, alt := range us {
		if alt.def == nil {
			continue
		}
		if amount, per, ok := strings.Cut(alt.def.base, " per "); ok && per != "second" && !spanItems[per] {
			name, _, _ := strings.Cut(alt.def.name, " per ")
			if d := unitLexicon.byName[name]; d != nil && d.base == amount {
				return d
			}
		}
	}
	return nil
}

// eachOfRate reads an amount followed by a word of [per-item] ("a credit
// of €450 each", "€450 apiece") in the fact's unit when that unit is the
// amount per an item: the amount of each one is the rate. Not before a
// noun ("€450 each time").
func (m *matcher) eachOfRate(sent *sentence, n numberMention) (facts.Interval, int, bool) {
	sc := sent.scanner()
	d := m.perItem
	if d == nil || n.unit == nil || n.unit.base != d.base || !perItem[sc.tok(n.uend)] || !plainGap(sc.gap(n.uend)) {
		return facts.Interval{}, 0, false
	}
	if k := n.uend + 1; k < len(sc.toks) && plainGap(sc.gap(k)) && !notNouns[sc.tok(k)] {
		return facts.Interval{}, 0, false // "€450 each time", "each way": each of something else
	}
	return scale(n.value, n.unit, d), n.uend + 1, true
}

// spanItems ([rate-span-items]) are items of a rate that are spans of
// time the unit table does not hold: "euros per night", "per shift".
var spanItems = lexicon.Set("rate-span-items")

// readingOfForm reads a number in the fact's unit by the form it takes: a
// percentage of a factor, pounds of weight, a factor before a comparative
// ("3x faster", not "2x zoom"), an amount of each one for a rate per item.
func (m *matcher) readingOfForm(sent *sentence, n numberMention) (int, facts.Interval, bool) {
	if v, ok := m.percentAsFactor(sent, n); ok {
		return n.uend + 1, v, true
	}
	if v, ok := m.poundsOfWeight(sent, n); ok {
		return n.uend, v, true
	}
	if f := sent.folded(); n.unit != nil && n.unit.name == "factor" && m.countsFactors() && m.comparativeAt(f.tokens, n.uend) {
		return n.uend, n.value, true
	}
	if v, end, ok := m.eachOfRate(sent, n); ok {
		return end, v, true // "a credit of €450 each" for unit: euros per passenger
	}
	return 0, facts.Interval{}, false
}
