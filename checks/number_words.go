package checks

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
)

// A gluedScaleWord is a scale read when glued to a number's digits.
type gluedScaleWord struct {
	suffix string
	factor float64
}

// gluedScales are the scales read when glued to a number ([glued-scales]),
// in a slice sorted by suffix: a token is checked against each, and a
// slice is walked faster than a map.
var gluedScales = func() []gluedScaleWord {
	var out []gluedScaleWord
	for suffix, factor := range lexicon.Numbers("glued-scales") {
		out = append(out, gluedScaleWord{suffix, factor})
	}
	slices.SortFunc(out, func(a, b gluedScaleWord) int { return strings.Compare(a.suffix, b.suffix) })
	return out
}()

// gluedScale reads a number with a scale glued to it: 3k, 5bn, 1.2bn,
// 25mila. Other glued letters (2m: millions or metres? 24hrs) make no
// number here (see millionsGlued).
func gluedScale(t string) (float64, bool) {
	for _, g := range gluedScales {
		if num, ok := strings.CutSuffix(t, g.suffix); ok && num != "" && strings.Trim(num, "0123456789.") == "" {
			x, err := strconv.ParseFloat(num, 64)
			return x * g.factor, err == nil
		}
	}
	return 0, false
}

// wordNumberAt reads a number written in words: "a dozen", "half a
// million", "three hundred and twenty-four thousand". A number before a
// fraction ("three-quarters", "two thirds") is none, nor one after a
// fraction and "of" ("a third of a million").
func (sc scanner) wordNumberAt(i int) (float64, int, bool) {
	var n spelledNumber
	j := i
	if sc.tok(i-1) == "of" && fractions[sc.tok(i-2)] || sc.tenOfAUnit(i) || unreadHundreds[sc.tok(i-1)] && plainGap(sc.gap(i)) || sc.thousandBefore(i) {
		return 0, 0, false // "a third of a million": a part of it, which is not read; "per cento": a unit's word; "cent quarante": no 40; "tres mil quinientas": no 500
	}
	if x := roundCounts[sc.tok(i)]; x != 0 && roundCountArticles[sc.tok(i-1)] && !sc.ofThousands(i+1) { // not "una decina di migliaia"
		return x, i + 1, true // "une cinquantaine": about fifty (see extractNumbers)
	}
	if x, end, ok, done := sc.joinedNumberAt(i); done {
		return x, end, ok
	}
	if x, end, ok := sc.quartersOfAUnitAt(i); ok {
		return x, end, true // "a quarter of an hour", "three quarters of an hour"
	}
	if x, end, ok := sc.partOfScale(i); ok {
		return x, end, true
	}
	if x, end, ok := sc.scaledOneWord(i); ok {
		return x, end, true
	}
	switch sc.tok(i) {
	case "half", "a", "an":
		x, end, ok := sc.aScaleAt(i)
		if !ok {
			break
		}
		if sc.tok(i) == "half" || scales[sc.tok(end-1)] == 0 {
			return x, end, true // "half a million", "a dozen", "a decade"
		}
		n.read, j = true, end // "a hundred and seventeen million", "a thousand five hundred": read on
		if x > 100 {
			n.total = x
		} else {
			n.cur = x
		}
	}
	for ; j < len(sc.toks); j++ {
		if n.read && sc.gap(j) != " " && sc.gap(j) != "-" {
			break
		}
		if n.read && sc.gap(j) == " " && sc.describesNext(j) {
			break // "a hundred two-bedroom homes": "two" goes with "bedroom"
		}
		if !n.add(sc, j) {
			break
		}
	}
	if !n.read || fractions[sc.tok(j)] && (sc.gap(j) == "-" || sc.gap(j) == " ") || sc.pronounOne(i, j) || unreadHundreds[sc.tok(j)] && plainGap(sc.gap(j)) {
		return 0, 0, false // not "deux" of "deux cent quarante"
	}
	if f := sc.andFraction(j); f > 0 && n.total == 0 && n.place == 0 {
		n.cur, j = n.cur+f, j+3 // "four and a half years", "two and a half million", "one and a quarter points"
		if f := scales[sc.tok(j)]; f > 100 && joins(sc.gap(j)) {
			n.cur, j = n.cur*f, j+1
		}
	}
	return n.total + n.cur, j, true
}

// scaledOneWord reads a number of one word (see oneWordNumber) and a round
// scale below a thousand right after it: "três dezenas de pessoas" is 30
// (not "tres mil quinientas", which the words after go on with).
func (sc scanner) scaledOneWord(i int) (float64, int, bool) {
	x, ok := sc.oneWordNumber(i)
	if !ok {
		return 0, 0, false
	}
	if f := scales[sc.tok(i+1)]; f != 0 && f < 1e3 && plainGap(sc.gap(i+1)) {
		return x * f, i + 2, true
	}
	return x, i + 1, true
}

// oneWordNumber reads a number of one word that the words around make one
// (ambiguousNumberWord) or that glues its thousands to it
// (gluedThousandsAt).
func (sc scanner) oneWordNumber(i int) (float64, bool) {
	if x, ok := sc.ambiguousNumberWord(i); ok {
		return x, true
	}
	return sc.gluedThousandsAt(i)
}

// gluedThousandsAt reads a number word glued to a word of
// [thousands-suffixes], as Italian, German and Dutch write thousands:
// "cinquemila", "dreitausend", "tienduizend" (see gluedThousands). Not
// after a scale and a word of [scale-joins] ("due milioni e
// quattrocentomila" holds the rest of a figure, which is not read), nor
// before its hundreds ("drieduizend vijfhonderd", see hundredsAfter).
func (sc scanner) gluedThousandsAt(i int) (float64, bool) {
	x, ok := gluedThousands(sc.tok(i))
	return x, ok && !(scaleJoins[sc.tok(i-1)] && scales[sc.tok(i-2)] != 0) && !sc.hundredsAfter(i+1)
}

// gluedThousands reads a word that is a number word glued to a word of
// [thousands-suffixes]: one word of [number-units],
// [number-units-before-scales] or [number-tens] before it.
func gluedThousands(t string) (float64, bool) {
	if len(t) < len("tremila") {
		return 0, false // most words
	}
	for _, suffix := range thousandsSuffixList {
		if w, ok := strings.CutSuffix(t, suffix); ok {
			if x := cmp.Or(units[w], beforeScales[w], tens[w]); x != 0 {
				return x * 1e3, true
			}
		}
	}
	return 0, false
}

// hundredsAfter reports whether token j, right after a thousand, goes on
// the figure with its hundreds or less, perhaps after a word of
// [scale-joins] ("tres mil quinientas", "drieduizend vijfhonderd",
// "dreitausend fünfhundert", "tremila e cinquecento"): a number word of
// [number-units], [number-units-before-scales] or [number-tens], or one
// ending in a word of [hundreds-suffixes]. The thousand alone is then not
// the figure.
func (sc scanner) hundredsAfter(j int) bool {
	if scaleJoins[sc.tok(j)] && plainGap(sc.gap(j)) {
		j++ // "tremila e cinquecento"
	}
	w := sc.tok(j)
	if w == "" || !plainGap(sc.gap(j)) {
		return false
	}
	if units[w] != 0 || beforeScales[w] != 0 || tens[w] != 0 {
		return true
	}
	for _, suffix := range hundredsSuffixList {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// thousandBefore reports whether a thousand ends right before token i,
// perhaps with a word of [scale-joins] between: the number word there is
// the rest of a figure ("tres mil quinientas", "tremila e cinquecento"),
// never a figure of its own.
func (sc scanner) thousandBefore(i int) bool {
	k := i - 1
	if scaleJoins[sc.tok(k)] && plainGap(sc.gap(k)) {
		k--
	}
	if !plainGap(sc.gap(i)) || k < 0 {
		return false
	}
	_, glued := gluedThousands(sc.tok(k))
	return thousandsSuffixes[sc.tok(k)] || glued
}

// hundredsSuffixList holds the words of [hundreds-suffixes] in order.
var hundredsSuffixList = slices.Sorted(maps.Keys(lexicon.Set("hundreds-suffixes")))

// thousandsSuffixList holds the words of [thousands-suffixes] in order:
// a slice is walked faster than a map, in the same order every run.
var thousandsSuffixList = slices.Sorted(maps.Keys(thousandsSuffixes))

// tenOfAUnit reports whether the word of the tens at token i ends a unit's
// spelling with the word before it: "cento" of "per cento". It is looked
// up for a ten only: most words are none, and the lookup joins two.
func (sc scanner) tenOfAUnit(i int) bool {
	_, ten := tens[sc.tok(i)]
	return ten && i > 0 && plainGap(sc.gap(i)) && unitLexicon.lookup(sc.tok(i-1)+" "+sc.tok(i)) != nil
}

// joinedTens reads a ten of another language joined by "e", "y" or "et"
// to a unit ("vinte e três", "treinta y dos", "vingt et un"), the unit
// perhaps a word left out of the number words alone (tres, dos, sei):
// joined, it is a number.
func (sc scanner) joinedTens(i int) (float64, int, bool) {
	t := cmp.Or(tens[sc.tok(i)], units[sc.tok(i)])
	if t < 20 || math.Mod(t, 10) != 0 || !tensJoins[sc.tok(i+1)] || sc.gap(i+1) != " " || sc.gap(i+2) != " " {
		return 0, 0, false
	}
	u := cmp.Or(units[sc.tok(i+2)], beforeScales[sc.tok(i+2)], joinedUnits[sc.tok(i+2)])
	if u < 1 || u > 9 {
		return 0, 0, false
	}
	return t + u, i + 3, true
}

// joinedNumberAt reads a number whose words are joined by hyphens or by
// "e", "y", "et" (see frenchCompound and joinedTens); done is true when
// token i is settled so, read or not: the tail of a French compound
// ("neuf" of "dix-neuf") is read as a whole or not at all.
func (sc scanner) joinedNumberAt(i int) (x float64, end int, ok, done bool) {
	if x, end, ok := sc.frenchCompound(i); ok {
		x, end, ok = sc.scaledAfter(x, end)
		return x, end, ok, true // "dix-neuf", "soixante-dix", "quatre-vingt-douze", "vingt-cinq mille"
	}
	if sc.gap(i) == "-" && frenchParts[sc.tok(i-1)] != 0 && frenchParts[sc.tok(i)] != 0 {
		return 0, 0, false, true
	}
	if x, end, ok := sc.joinedTens(i); ok {
		x, end, ok = sc.scaledAfter(x, end)
		return x, end, ok, true // "vinte e três", "treinta y dos", "vingt et un", "treinta y dos mil"
	}
	return 0, 0, false, false
}

// scaledAfter applies a scale of a thousand or more that follows a number
// in words ending at token end: "vingt-cinq mille" is 25,000, not 25. With
// its hundreds after the thousand the figure goes on, and is not read
// (see hundredsAfter).
func (sc scanner) scaledAfter(x float64, end int) (float64, int, bool) {
	f := scales[sc.tok(end)]
	if f < 1e3 || !plainGap(sc.gap(end)) && sc.gap(end) != "-" {
		return x, end, true
	}
	if sc.hundredsAfter(end + 1) {
		return 0, 0, false
	}
	return x * f, end + 1, true
}

// frenchCompound reads a French number below a thousand written as words
// joined by hyphens ([french-number-parts]), as the reformed spelling
// writes them all: "dix-neuf" is 19, "soixante-dix" 70,
// "quatre-vingt-douze" 92, "vingt-et-un" 21, "deux-cent-trente" 230; each
// part is added, but "quatre" before "vingt" and a unit before "cent"
// multiply. Its parts alone
// would be wrong: "neuf jours" of "dix-neuf jours" is no 9.
func (sc scanner) frenchCompound(i int) (float64, int, bool) {
	if sc.gap(i) == "-" && frenchParts[sc.tok(i-1)] != 0 || frenchParts[sc.tok(i)] == 0 || sc.gap(i+1) != "-" {
		return 0, 0, false
	}
	total, j := 0.0, i
	for ; j < len(sc.toks) && (j == i || sc.gap(j) == "-"); j++ {
		w := sc.tok(j)
		switch x := frenchParts[w]; {
		case w == "et" && j > i:
		case x == 0:
			return 0, 0, false
		case w == "quatre" && strings.HasPrefix(sc.tok(j+1), "vingt") && sc.gap(j+1) == "-":
			total, j = total+80, j+1
		case x == 100:
			total = max(total, 1) * 100 // "deux-cent-trente": the units before it are hundreds
		default:
			total += x
		}
	}
	if total < 11 || total > 999 || sc.tok(j-1) == "et" {
		return 0, 0, false
	}
	return total, j, true
}

// frenchParts: see frenchCompound.
var frenchParts = lexicon.Numbers("french-number-parts")

// tensJoins join a ten to its unit in other languages; joinedUnits are
// units read only so joined ("vinte e um", "treinta y dos").
var tensJoins, joinedUnits = lexicon.Set("tens-joins"), lexicon.Numbers("joined-units")

// describesNext reports whether the number word at token j is joined by a
// hyphen to a word that is no number word: "two-bedroom", "one-off"; not
// "-odd" or "-plus", which widen the number ("three hundred-odd").
func (sc scanner) describesNext(j int) bool {
	next := sc.tok(j + 1)
	_, unit := units[next]
	_, ten := tens[next]
	return sc.gap(j+1) == "-" && isLetters(next) && !unit && !ten && scales[next] == 0 && next != "odd" && next != "plus"
}

// andFraction returns the fraction below one that "and a half", "and a
// quarter" or "and three quarters" at token j adds to the number before
// it, joined by spaces or hyphens ("four-and-a-half-year"), or 0.
func (sc scanner) andFraction(j int) float64 {
	if sc.tok(j) != "and" || !joins(sc.gap(j)) || !joins(sc.gap(j+1)) || !joins(sc.gap(j+2)) {
		return 0
	}
	num, den := fractionNumerators[sc.tok(j+1)], fractionDenominators[sc.tok(j+2)]
	if num == 0 || num >= den {
		return 0
	}
	return num / den
}

// joins reports whether a gap between words is a space or a hyphen.
func joins(g string) bool { return g == " " || g == "-" }

// unreadHundreds ([unread-hundreds]) are words for a hundred that are not
// read, as they name other things too: a number word beside one is part
// of a number that is not read ("cent quarante", "deux cent").
var unreadHundreds = lexicon.Set("unread-hundreds")

// oneBefore and oneAfter are the words around "one" that make it a
// pronoun, not a count: "never one with a crew", "the one that failed".
var oneBefore, oneAfter = lexicon.Set("one-pronoun-before"), lexicon.Set("one-pronoun-after")

// pronounOne reports whether the number in words from token i to j is a
// lone "one" used as a pronoun: after a word of oneBefore, or before a
// word of oneAfter; or in an idiom of oneIdioms ("one at a time"). At the
// end of a clause it still counts: "the blast killed one, and injured 14".
func (sc scanner) pronounOne(i, j int) bool {
	if j != i+1 || sc.tok(i) != "one" {
		return false
	}
	if sc.phraseAt(j, oneIdioms) != nil || sc.phraseAt(j+1, oneIdioms) != nil && plainGap(sc.gap(j+1)) {
		return true // "one at a time", "one turbine at a time", "one by one": a way, no count
	}
	return oneBefore[sc.tok(i-1)] || j < len(sc.toks) && plainGap(sc.gap(j)) && oneAfter[sc.tok(j)]
}

// oneIdioms, right after "one" or one word after it, make an idiom of
// it: see pronounOne.
var oneIdioms = phrases("one-idioms")

// aCounts are the units that "a" before them counts as one: "nearly a
// decade" is about ten years, "a year of free monitoring" one year.
var aCounts = lexicon.Set("a-counts")

// aCountsFrame are the words before "a decade" that make it a frame of
// time, not a span: "the worst in a decade".
var aCountsFrame = lexicon.Set("a-counts-frames")

// framed reports whether a word of aCountsFrame stands up to three words
// before token i, or before the approximation that ends there: "in nearly
// a decade", "in more than a decade"; not "lasted more than an hour".
func (sc scanner) framed(i int) bool {
	from := i
	if a := sc.approximationAt(i); a != nil {
		from = i - len(a.words)
	}
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if aCountsFrame[sc.tok(k)] {
			return true
		}
	}
	return false
}

// rateOfA reports whether the "a" at token i makes a rate of what stands
// before it: a figure ("£5 a month", "$2 million a year") or a word of
// [a-counts-rates] ("twice a year", "three times a week").
func (sc scanner) rateOfA(i int) bool {
	w := sc.tok(i - 1)
	return aCountsRates[w] || scales[w] != 0 || strings.ContainsAny(w, "0123456789")
}

// aCountsHedged ([a-counts-hedged]) are the units of aCounts that "a" or
// "an" counts only after an approximation: "about an hour", not "an hour's
// drive".
var aCountsHedged = lexicon.Set("a-counts-hedged")

// aCountsRates: see rateOfA; aCountsAdjectives may stand between "a" and
// the unit it counts as one ("a full year").
var aCountsRates, aCountsAdjectives = lexicon.Set("a-counts-rates"), lexicon.Set("a-counts-adjectives")

// aScaleAt reads "a dozen", "a million", "half a million" at token i, and
// the "a" of "a decade" and the "an" of "about an hour".
func (sc scanner) aScaleAt(i int) (float64, int, bool) {
	if sc.tok(i) == "half" && sc.tok(i+1) == "a" && scales[sc.tok(i+2)] > 100 {
		return scales[sc.tok(i+2)] / 2, i + 3, true
	}
	if x, end, ok := sc.halfAUnitAt(i); ok {
		return x, end, true
	}
	if (sc.tok(i) == "a" || sc.tok(i) == "an") && !sc.framed(i) && !sc.rateOfA(i) {
		k := i + 1
		if aCountsAdjectives[sc.tok(k)] {
			k++ // "a full year", "a free year of monitoring"
		}
		if aCounts[sc.tok(k)] && !relativeAfter[sc.tok(k+1)] && sc.gap(k+1) != "-" && (!aCountsHedged[sc.tok(k)] || sc.approximationAt(i) != nil && !(sc.tok(k+1) == "s" && apostrophe(sc.gap(k+1)))) { // not "about an hour's drive"
			return 1, k, true // "nearly a decade", "a year of free monitoring": the unit is read after it; not "in a decade", "a decade ago", "decade-long"
		}
	}
	if (sc.tok(i) == "a" || sc.tok(i) == "an") && scales[sc.tok(i+1)] != 0 && sc.gap(i+2) == "-" {
		return 0, 0, false // "a billion-dollar rail line" describes it, and gives no amount
	}
	if (sc.tok(i) == "a" || sc.tok(i) == "an") && (sc.tok(i+1) == "dozen" || scales[sc.tok(i+1)] != 0) && !isVague(sc.tok(i+1)) {
		if sc.tok(i+1) == "dozen" {
			return 12, i + 2, true
		}
		return scales[sc.tok(i+1)], i + 2, true // not "a decenas de personas": Spanish "a", and a plural that is vague
	}
	return 0, 0, false
}

// halfAUnitAt reads "half a dozen" as six, and "half" before "a" or "an"
// and a unit as a half of it, the unit read after as ever: "half a
// percentage point", "half an hour"; not "half an hour later", which says
// when.
func (sc scanner) halfAUnitAt(i int) (float64, int, bool) {
	if sc.tok(i) != "half" || sc.tok(i+1) != "a" && sc.tok(i+1) != "an" || sc.gap(i+1) != " " || sc.gap(i+2) != " " {
		return 0, 0, false
	}
	if sc.tok(i+2) == "dozen" {
		return 6, i + 3, true
	}
	if !sc.spanUnitAfter(i, i+2) {
		return 0, 0, false
	}
	return 0.5, i + 2, true
}

// spanUnitAfter reports whether the words from token start to end, a part
// of a unit ("half an", "a quarter of an"), are followed by a unit that
// says how much, not when: "half an hour", not "half an hour later".
func (sc scanner) spanUnitAfter(start, end int) bool {
	m := numberMention{span: span{start, end}}
	sc.unitWordsAfter(&m)
	return m.unit != nil && !relativeAfter[sc.tok(m.uend)]
}

// quartersOfAUnitAt reads "a quarter of an hour" as a quarter of the unit
// and "three quarters of an hour" as three, the unit read after as ever;
// not "a quarter of an hour later", which says when.
func (sc scanner) quartersOfAUnitAt(i int) (float64, int, bool) {
	x := 0.25
	switch {
	case sc.tok(i) == "a" && sc.tok(i+1) == "quarter":
	case sc.tok(i) == "three" && sc.tok(i+1) == "quarters":
		x = 0.75
	default:
		return 0, 0, false
	}
	if sc.tok(i+2) != "of" || sc.tok(i+3) != "a" && sc.tok(i+3) != "an" {
		return 0, 0, false
	}
	if !sc.spanUnitAfter(i, i+4) {
		return 0, 0, false
	}
	return x, i + 4, true
}

// A spelledNumber adds up a number written in words, word by word.
type spelledNumber struct {
	total float64 // the thousands, millions... read so far
	cur   float64 // what the next scale word multiplies
	read  bool    // whether a word of the number was read
	// place is, after "point", the value of the next digit word (0.1,
	// then 0.01...): "two point four million"; 0 otherwise.
	place float64
}

// add reads token j as the next word of the number and reports whether it
// is one: a unit, a tens, "dozen" or a scale after one of those, or the
// "and" of "two hundred and five".
func (n *spelledNumber) add(sc scanner, j int) bool {
	w := sc.tok(j)
	if n.place > 0 || w == "point" {
		return n.addDecimal(sc, j)
	}
	if u, ok := units[w]; ok {
		if rest := math.Mod(n.cur, 100); u < 10 && math.Mod(rest, 10) != 0 || u >= 10 && rest != 0 {
			return false // "one two", "twenty ten": two numbers
		}
		n.cur += u
	} else if t, ok := tens[w]; ok {
		switch rest := math.Mod(n.cur, 100); {
		case rest == 0:
			n.cur += t
		case rest < 20 && n.cur < 100 && n.total == 0:
			n.cur = n.cur*100 + t // "one seventy" is 170, "nineteen ninety" 1990, as spoken
		default:
			return false
		}
	} else if w == "dozen" && n.read {
		n.cur *= 12
	} else if f, ok := scales[w]; ok && n.read {
		if f == 100 {
			n.cur *= f
		} else {
			n.total += n.cur * f
			n.cur = 0
		}
	} else if w == "and" && n.read && scales[sc.tok(j-1)] != 0 && (units[sc.tok(j+1)] != 0 || tens[sc.tok(j+1)] != 0) {
		return true
	} else {
		return false
	}
	n.read = true
	return true
}

// addDecimal reads token j after "point": "point" itself before a digit
// word, a digit word, or a scale that ends the number ("two point four
// million").
func (n *spelledNumber) addDecimal(sc scanner, j int) bool {
	w := sc.tok(j)
	u, digit := units[w]
	digit = digit && u < 10
	switch {
	case w == "point" && n.read && n.place == 0 && n.total == 0 && (units[sc.tok(j+1)] < 10 && (units[sc.tok(j+1)] > 0 || sc.tok(j+1) == "zero")):
		n.place = 0.1
	case digit && n.place > 0:
		n.cur += u * n.place
		n.place /= 10
	case scales[w] > 100 && n.place < 0.1:
		n.total, n.cur, n.place = n.cur*scales[w], 0, 0
	default:
		return false
	}
	return true
}

// fractions are the words that make a number before them a fraction.
var fractions = lexicon.Set("fractions")

// spanOfTime reports whether a word of three letters or more is a unit of
// time ("anni", "jours", "Jahre"): after a number word that is another
// word too ("sei anni", "acht Jahre"), it makes it a count of them.
func spanOfTime(w string) bool {
	d := unitLexicon.lookup(w)
	return len(w) >= 3 && d != nil && d.base == "second"
}

// writtenUnit reports whether a word is a unit of lexicon/units.txt written
// out, of four letters or more ("Knoten", "chilometri"), or a span of time
// ("anni"): not a sign nor a short code.
func writtenUnit(w string) bool {
	return spanOfTime(w) || len(w) >= 4 && unitLexicon.lookup(w) != nil
}

// beforePlurals ([number-units-before-plurals]): see wordNumberAt.
var beforePlurals = lexicon.Set("number-units-before-plurals")

// ambiguousNumberWord reads a number word of another language that is
// another word too where the word after it makes it a number: Spanish
// "dos" before a plural in a Spanish sentence ("en dos contenedores en el
// puerto", not Portuguese "dos contentores", of the); a word of
// [number-units-before-scales] before a count of people, a unit of the
// table, a percent or a plural ("tres muertos", "sei anni", "acht Knoten",
// "acht Prozent", "sept skieurs", "twee scholen").
func (sc scanner) ambiguousNumberWord(i int) (float64, bool) {
	next := sc.tok(i + 1)
	if sc.gap(i+1) != " " {
		return 0, false
	}
	if x := beforeOwnScales[sc.tok(i)]; x != 0 && (foreignPlural(next) || sc.partOfCount(i+1)) && sc.spanishOnly() {
		return x, true
	}
	x := beforeScales[sc.tok(i)]
	return x, x != 0 && (peopleNouns[next] || writtenUnit(next) || percentUnitAt(sc, i+1) || beforePlurals[sc.tok(i)] && foreignPlural(next) || beforeEnPlurals[sc.tok(i)] && enPlural(next) || sc.markedPlural(i) || sc.partOfCount(i+1))
}

// partOfCount reports whether a word of [partitive-of] at token j joins
// the number word before it to a whole: a count after it, or an article
// or a possessive and a count ("tres de sus cuatro hospitales", "otto dei
// dodici"), or a pronoun of [partitive-pronouns] ("tres de ellos").
func (sc scanner) partOfCount(j int) bool {
	if !partitiveOf[sc.tok(j)] || sc.gap(j) != " " || sc.gap(j+1) != " " {
		return false
	}
	k := j + 1
	if partitivePronouns[sc.tok(k)] {
		return true
	}
	if (determiners[sc.tok(k)] || partitiveArticles[sc.tok(k)]) && sc.gap(k+1) == " " {
		k++
	}
	return sc.anyCountWord(k)
}

// markedPlural reports whether a number word that is another word in a
// neighbouring language stands before a plural of its own language, in a
// sentence that holds a word only that language writes: French "onze
// hôpitaux" with "les" or "des" about it (not Dutch "onze medewerkers",
// our staff), Italian "sei ospedali" with "il" or "sono" (not "tu sei"),
// Spanish "quince estaciones" with "la" or "y" (not English "quince jam"),
// Dutch "twee arbeiders" with a Dutch word that English does not write,
// "bij" (not English "twee cafés", nor "a van ... elf costumes").
func (sc scanner) markedPlural(i int) bool {
	w, next := sc.tok(i), sc.tok(i+1)
	switch {
	case beforeFrenchPlurals[w]:
		return foreignPlural(next) && sc.holdsAny(frenchMarkers) && !sc.holdsAny(dutchMarkers) // not "Onze medewerkers krijgen les"
	case beforeItalianPlurals[w]:
		return italianPlural(next) && sc.holdsAny(italianMarkers)
	case beforeSpanishPlurals[w]:
		return foreignPlural(next) && sc.holdsAny(spanishMarkers)
	case beforeDutchPlurals[w]:
		return strings.HasSuffix(next, "s") && foreignPlural(next) && sc.countAny(dutchMarkers) > sc.countAny(dutchAlsoEnglish) // "raakten bij de explosie elf medewerkers gewond"; not English "a van ... elf costumes"
	}
	return false
}

// beforeFrenchPlurals and beforeItalianPlurals
// ([number-units-before-french-plurals], [...-italian-plurals]) and
// italianMarkers ([italian-markers]): see markedPlural.
var beforeFrenchPlurals, beforeItalianPlurals = lexicon.Set("number-units-before-french-plurals"), lexicon.Set("number-units-before-italian-plurals")

// beforeSpanishPlurals ([number-units-before-spanish-plurals]): see
// markedPlural.
var beforeSpanishPlurals = lexicon.Set("number-units-before-spanish-plurals")

// beforeDutchPlurals ([number-units-before-dutch-plurals]): see
// markedPlural.
var beforeDutchPlurals = lexicon.Set("number-units-before-dutch-plurals")
var italianMarkers = lexicon.Set("italian-markers")

// dutchMarkers ([dutch-markers]) make a sentence Dutch, where "onze" is
// "our".
var dutchMarkers = lexicon.Set("dutch-markers")

// dutchAlsoEnglish ([dutch-markers-also-english]) are words of
// dutch-markers that English writes too: alone, they make no sentence
// Dutch for markedPlural ("a van ... elf costumes").
var dutchAlsoEnglish = lexicon.Set("dutch-markers-also-english")

// countAny returns how many words of the sentence are words of set.
func (sc scanner) countAny(set map[string]bool) int {
	n := 0
	for _, t := range sc.toks {
		if set[t.Text] {
			n++
		}
	}
	return n
}

// holdsAny reports whether the sentence holds a word of set.
func (sc scanner) holdsAny(set map[string]bool) bool {
	return sc.anyIn(0, len(sc.toks), set)
}

// anyIn reports whether a word of set stands from token a to b-1.
func (sc scanner) anyIn(a, b int, set map[string]bool) bool {
	for k := max(a, 0); k < b && k < len(sc.toks); k++ {
		if set[sc.toks[k].Text] {
			return true
		}
	}
	return false
}

// italianPlural reports whether a word looks like an Italian plural noun:
// four letters or more, ending in -i or -e ("ospedali", "persone").
func italianPlural(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "i") || strings.HasSuffix(w, "e")) && !notNouns[w] && !italianMarkers[w] && !italianNotPlurals[w] && isLetters(w)
}

// italianNotPlurals ([italian-not-plurals]) end as plurals and are none:
// "sei sempre", "sei come".
var italianNotPlurals = lexicon.Set("italian-not-plurals")

// spanishOnly reports whether the sentence holds a word of
// [spanish-markers] and none of [portuguese-markers] but "dos" itself: its
// "dos" is Spanish two, not Portuguese "of the".
func (sc scanner) spanishOnly() bool {
	spanish := false
	for k := range sc.toks {
		w := sc.tok(k)
		if portugueseMarkers[w] && w != "dos" {
			return false
		}
		spanish = spanish || spanishMarkers[w]
	}
	return spanish
}

// spanishMarkers: see spanishOnly.
var spanishMarkers = lexicon.Set("spanish-markers")

// beforeEnPlurals ([number-units-before-en-plurals]) are read before a
// Dutch or German plural in -en too: "twee scholen".
var beforeEnPlurals = lexicon.Set("number-units-before-en-plurals")

// enPlural reports whether a word looks like a Dutch or German plural
// noun: four letters or more, ending in -en ("scholen", "mensen").
func enPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "en") && !notNouns[w]
}

// foreignPlural reports whether a word looks like a plural noun of a
// Romance language: four letters or more, ending in -s or -x ("skieurs",
// "chevaux", "días").
func foreignPlural(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !notNouns[w]
}

// peopleNouns: see wordNumberAt.
var peopleNouns = lexicon.Set("people-nouns")

// halfWords, before a scale, make half of it: "eine halbe Million".
var halfWords = lexicon.Set("half-words")

// beforeScales are number words of other languages that are other words
// too, read only right before a scale of a million or more: "elf
// Millionen", "once millones", "onze milhões".
var beforeScales = lexicon.Numbers("number-units-before-scales")

// beforeOwnScales are number words of one language that are other words
// in another, read only before a scale of ownScales, their own language's:
// Spanish "dos millones".
var beforeOwnScales, ownScales = lexicon.Numbers("number-units-before-own-scales"), lexicon.Set("own-scales")

// oneBeforeScales are the words for "a" or "one" of other languages, read
// only right before a scale of a million or more: "un millón".
var oneBeforeScales = lexicon.Numbers("one-before-scales")

// roundCounts are the words of other languages for a round count, read as
// about it after an article of roundCountArticles: "une cinquantaine",
// "una veintena", "un centenar" (not "une demi-douzaine").
var roundCounts, roundCountArticles = lexicon.Numbers("round-counts"), lexicon.Set("round-count-articles")

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

// before returns the text before token i: from the token before it, or
// from the start of the text for the first token.
func (sc scanner) before(i int) string {
	if i == 0 && len(sc.toks) > 0 {
		return sc.s[:sc.toks[0].Start]
	}
	return sc.gap(i)
}

// oneOf reads "one of the ...", "one of its ...": one is no count the
// fact can be about, as the whole is named and one of it taken. It
// returns the end of what it skips. With a number after it, see
// oneOfWhole.
func (sc scanner) oneOf(i int) (int, bool) {
	if sc.tok(i) != "one" || sc.tok(i+1) != "of" {
		return 0, false
	}
	j := i + 2
	if determiners[sc.tok(j)] {
		j++ // one of the, one of its
	}
	return j, true
}

// oneOfWhole reports whether "one of the N" starts at token i, and where
// N starts: one is no count, and N counts the whole ("One of the 17
// trapped men was killed"; see wholeOfOne).
func (sc scanner) oneOfWhole(i int) (int, bool) {
	j, ok := sc.oneOf(i)
	if !ok {
		return 0, false
	}
	_, _, num := sc.numberAt(j)
	return j, num
}

// wholeOfOne marks the number after "one of the" as the whole of a part
// and a whole, from "one" to the noun it counts: a fact whose terms stand
// there reads it ("One of the 17 trapped men" for the trapped), any other
// does not ("one of the 12 districts" for the districts flooded).
func (sc scanner) wholeOfOne(m *numberMention, start int) {
	end := max(m.uend, m.end)
	if end < len(sc.toks) && isLetters(sc.tok(end)) && sc.gap(end) == " " {
		end++
	}
	m.whole, m.partitive, m.ofOne = true, span{start, end}, true
}

// ratio reads a ratio at token i, "one in four", "1 in 100", "four in
// every ten", "dos de cada tres": no count, but a share. It returns the
// share in percent (see ratioShare), where the ratio ends, and its second
// figure. A
// year after "in" ("won 3 in 2024"), a sign after the first figure ("60%
// in 30 minutes") or a unit after the second ("3 in 30 minutes") makes
// none.
func (sc scanner) ratio(i int) (facts.Interval, int, float64, bool) {
	x, end, ok := sc.numberAt(i)
	if w := sc.tok(i); !ok && (beforeScales[w] != 0 || ratioFirst[w] != 0) {
		x, end, ok = max(beforeScales[w], ratioFirst[w]), i+1, true // "dos de cada tres", "un sur trois": a number word that is another word too, before a ratio's link
	}
	if !ok {
		return facts.Interval{}, 0, 0, false
	}
	link, scored := sc.phraseAt(end, ratioLinks), false
	if link == nil {
		link, scored = sc.phraseAt(end, scoreLinks), true
	}
	inNoun := false // "seven trains in ten were cancelled"
	if k := end + 1; link == nil {
		if p := sc.phraseAt(k, nounRatioLinks); p != nil && sc.countedNoun(end) {
			link, end, scored = p, k, false // "trois clients sur dix", "tres personas de cada diez": a noun between, a share, no score
		} else if sc.tok(k) == "in" && sc.countedNoun(end) {
			link, end, scored, inNoun = []string{"in"}, k, false, true
		}
	}
	if link == nil || !plainGap(sc.gap(end)) {
		return facts.Interval{}, 0, 0, false // not "60% in 30 minutes"
	}
	j := end + len(link)
	if _, ok := sc.year4(j); ok {
		return facts.Interval{}, 0, 0, false
	}
	y, end2, ok := sc.numberAt(j)
	if w := sc.tok(j); !ok && beforeScales[w] != 0 {
		y, end2, ok = beforeScales[w], j+1, true // "trois sur dix": a number word that is another word too, after a ratio's link
	}
	if !ok || scored && (x != math.Trunc(x) || scaleTops[y] && !sc.ratioNounAt(end2)) {
		return facts.Interval{}, 0, 0, false // "9.8 out of 10", "4 sur 5": a score on a scale
	}
	if inNoun && !roundBaseEnd(sc, y, end2) {
		return facts.Interval{}, 0, 0, false // "four requests in ten hours", "three wins in ten games": a span or a part of a whole
	}
	if plainGap(sc.gap(end2)) && unitLexicon.lookup(sc.tok(end2)) != nil {
		return facts.Interval{}, 0, 0, false // "Nova 3 in 30 Minuten": a time, no share
	}
	return ratioShare(x, y), end2, y, true
}

// roundBaseEnd reports whether the second figure of an English ratio
// with a noun between ("seven trains in ten") is ten, a hundred or a
// thousand, and ends its clause or comes before an auxiliary ("in ten
// were cancelled"): no noun of its own, as "in ten days" has.
func roundBaseEnd(sc scanner, y float64, end int) bool {
	if y != 10 && y != 100 && y != 1000 {
		return false
	}
	return end >= len(sc.toks) || !plainGap(sc.gap(end)) || auxiliaries[sc.tok(end)]
}

// ratioNounAt reports whether token k, after the second figure of "four
// out of five", is a plural noun that makes it a ratio ("four out of five
// cases"), no noun of a score ([score-nouns]: "4 out of 5 stars").
func (sc scanner) ratioNounAt(k int) bool {
	w := sc.tok(k)
	return plainGap(sc.gap(k)) && !scoreNouns[w] && (peopleNouns[w] || pluralNoun(w) && unitLexicon.lookup(w) == nil)
}

// scoreNouns: see ratioNounAt.
var scoreNouns = lexicon.Set("score-nouns")

// nounRatioLinks join a ratio whose first figure a noun follows
// ([noun-ratio-links]): not "out of", "von" or "in", which join a part of a
// whole ("seven counts out of nine"), a measure ("eine Fläche von 23") or
// a span ("four requests in ten hours").
var nounRatioLinks = phrases("noun-ratio-links")

// countedNoun reports whether token k is a noun counted by the figure
// before it, as a ratio may put between its figure and its link ("trois
// clients sur dix"): a word of letters, no unit of the table.
func (sc scanner) countedNoun(k int) bool {
	return isLetters(sc.tok(k)) && plainGap(sc.gap(k)) && plainGap(sc.gap(k+1)) && unitLexicon.lookup(sc.tok(k)) == nil
}

// ratioShare is the share in percent that a ratio of x in y stands for:
// widened by half a unit of x ("four in ten" may round 38% or 44%), but
// "one in five", whose writer rounds the second figure, only to the
// shares of one in 4.5 and one in 5.5, or 10% either way if that is wider
// ("1 in 100" is 0.9% to 1.1%).
func ratioShare(x, y float64) facts.Interval {
	if x != 1 {
		return facts.Interval{Lo: (x - 0.5) / y * 100, Hi: (x + 0.5) / y * 100}
	}
	return facts.Interval{Lo: min(100/(y+0.5), 90/y), Hi: max(100/(y-0.5), 110/y)}
}

// ratioLinks are the words between the two figures of a ratio
// ([ratio-links]): "one in four", "four in every ten", "dos de cada tres",
// "deux sur trois".
var ratioLinks = phrases("ratio-links")

// scoreLinks ([ratio-or-score-links]) join a ratio or a score, and
// scaleTops are the tops of the scales a score is given on.
var (
	scoreLinks = phrases("ratio-or-score-links")
	scaleTops  = map[float64]bool{5: true, 10: true, 20: true, 100: true}
)

// ratioFirst ([ratio-first-words]) are number words read only as the
// first figure of a ratio: "dos de cada tres", "un sur trois".
var ratioFirst = lexicon.Numbers("ratio-first-words")

// fractionShare reads a fraction of a whole at token i as a share in
// percent: "a third of households", "two-thirds of the dead", "un tercio
// de los hogares" (a word of [fraction-numerators], one of
// [fraction-denominators], then "of", "de" or the like and no number: not
// "a third of a million"). It is round by nature: ±10%, or what an
// approximation before it makes ("more than two-thirds"). It returns the
// share, where its words start (with the approximation) and end.
func (sc scanner) fractionShare(i int) (facts.Interval, int, int, bool) {
	num, den, of := fractionNumerators[sc.tok(i)], fractionDenominators[sc.tok(i+1)], i+2
	if fractionDenominators[sc.tok(i)] == 2 && fractionNumerators[sc.tok(i-1)] == 0 {
		num, den, of = 1, 2, i+1 // "roughly half of the building", "la mitad de los clientes"; "a half of" is read as "a" and "half"
	}
	halfThe := num == 1 && den == 2 && of == i+1 && halfDeterminers[sc.tok(of)] && sc.gap(of) == " " // "nearly half the harvest"
	if num == 0 || den == 0 || num >= den || !fractionOf[sc.tok(of)] && !halfThe || of == i+2 && sc.gap(i+1) != " " && sc.gap(i+1) != "-" {
		return facts.Interval{}, 0, 0, false
	}
	k := of + 1
	if halfThe {
		k = of // "half the" has no "of": its determiner is the word after "half"
	}
	if determiners[sc.tok(k)] {
		k++
	}
	if _, _, ok := sc.numberAt(of + 1); ok || scales[sc.tok(k)] > 0 || (unitLexicon.lookup(sc.tok(k)) != nil || halfNotShares[sc.tok(k)]) && !sc.possessive(k+1) {
		return facts.Interval{}, 0, 0, false // "a third of a million", "a quarter of an hour": a part of a figure or a unit; "half the time", "half the way": no share of the fact's whole; but "a third of the day's flights"
	}
	v, start := num/den*100, i
	share := about(v)
	if a, n := sc.approximationBefore(i); n > 0 {
		share, start = a.of(v), i-n
	}
	if lo, at, ok := sc.fractionBefore(i); ok && lo < v {
		share, start = facts.Interval{Lo: lo, Hi: v}, at // "between a third and half of the crop": 33.3 to 50
	}
	share.Hi = min(share.Hi, 100)
	return share, start, of, true
}

// fractionBefore reads a fraction that ends a word of
// [fraction-range-joins] before token i, the first end of a range of
// fractions ("a third and half", "un tiers à la moitié"), in percent, with
// the token it starts at.
func (sc scanner) fractionBefore(i int) (float64, int, bool) {
	j := i - 1
	if !fractionRangeJoins[sc.tok(j)] || !plainGap(sc.gap(i)) {
		return 0, 0, false
	}
	num, den := fractionNumerators[sc.tok(j-2)], fractionDenominators[sc.tok(j-1)]
	if num == 0 || den == 0 || num >= den || !plainGap(sc.gap(j)) {
		return 0, 0, false
	}
	return num / den * 100, j - 2, true
}

// fractionRangeJoins: see fractionBefore.
var fractionRangeJoins = lexicon.Set("fraction-range-joins")

// halfDeterminers ([half-determiners]) after "half" make a share of a
// whole with no "of": "half the harvest", "half its staff".
var halfDeterminers = lexicon.Set("half-determiners")

// halfNotShares ([fraction-not-wholes]) after a fraction and its
// determiner name no whole the fact may count: "half the time".
var halfNotShares = lexicon.Set("fraction-not-wholes")

// partOfScale reads a word before a scale of a million or more that
// makes a part of it or a multiple: "eine halbe Million", "un
// demi-million", "elf Millionen" (a word that is another word too, read
// before a scale, and before a thousand of other languages: "tres mil"),
// "a quarter of a million".
func (sc scanner) partOfScale(i int) (float64, int, bool) {
	if s := scales[sc.tok(i+1)]; halfWords[sc.tok(i)] && s >= 1e6 && (sc.gap(i+1) == " " || sc.gap(i+1) == "-") {
		return s / 2, i + 2, true
	}
	if x, s := beforeScales[sc.tok(i)], scales[sc.tok(i+1)]; x != 0 && (s >= 1e6 || thousandsSuffixes[sc.tok(i+1)] && !sc.hundredsAfter(i+2)) && sc.gap(i+1) == " " {
		return x * s, i + 2, true // "elf Millionen", "tres mil"
	}
	if x, s := oneBeforeScales[sc.tok(i)], scales[sc.tok(i+1)]; x != 0 && s >= 1e6 && sc.gap(i+1) == " " {
		return x * s, i + 2, true // "un millón", "eine Million"
	}
	if x, s := beforeOwnScales[sc.tok(i)], scales[sc.tok(i+1)]; x != 0 && ownScales[sc.tok(i+1)] && sc.gap(i+1) == " " {
		return x * s, i + 2, true // "dos millones", not Portuguese "dos milhões"
	}
	return sc.fractionOfScale(i)
}

// fractionOfScale reads a fraction of a scale of a million or more as the
// count it makes: "a quarter of a million" is 250,000, "three quarters of
// a billion" 750,000,000; a round figure, as "half a million" is. It
// returns the count and the token after the scale.
func (sc scanner) fractionOfScale(i int) (float64, int, bool) {
	num, den := fractionNumerators[sc.tok(i)], fractionDenominators[sc.tok(i+1)]
	if num == 0 || den == 0 || num >= den || sc.tok(i+2) != "of" || sc.tok(i+3) != "a" && sc.tok(i+3) != "one" {
		return 0, 0, false
	}
	s := scales[sc.tok(i+4)]
	if x := num / den * s; s >= 1e6 && (plainGap(sc.gap(i+1)) || sc.gap(i+1) == "-") && x == math.Trunc(x) {
		return x, i + 5, true
	}
	return 0, 0, false // not "a third of a million", which is no whole figure
}

// fractionChange reads a fraction after "by" that ends its phrase (before
// a mark, the sentence's end or a word of [change-fraction-enders]): "cut
// its budget by a quarter", "trimmed it by a fifth in 2024", "by half", as
// a change in percent (25, 20, 50), about as fractionShare reads a share,
// an approximation after "by" too ("by almost a quarter");
// not "by a third party", "by half an hour". It returns the change, and
// the tokens it stands at.
func (sc scanner) fractionChange(i int) (facts.Interval, int, int, bool) {
	if fractionNumerators[sc.tok(i)] == 0 && sc.tok(i) != "half" {
		return facts.Interval{}, 0, 0, false // most words: no fraction, and no phrase to look for before it
	}
	start, of := i, about
	if sc.tok(i-1) != "by" {
		a, n := sc.approximationBefore(i)
		if n == 0 || sc.tok(i-n-1) != "by" {
			return facts.Interval{}, 0, 0, false
		}
		start, of = i-n, a.of // "by almost a quarter"
	}
	num, den, end := fractionNumerators[sc.tok(i)], fractionDenominators[sc.tok(i+1)], i+2
	if sc.tok(i) == "half" {
		num, den, end = 1, 2, i+1 // "by half"
	}
	next := sc.tok(end)
	if num == 0 || den == 0 || num >= den || fractionOf[next] || end > i+1 && sc.gap(i+1) != " " && sc.gap(i+1) != "-" {
		return facts.Interval{}, 0, 0, false // "by a third of its staff" is a part, read as a share if at all
	}
	if end < len(sc.toks) && plainGap(sc.gap(end)) && !changeFractionEnders[next] {
		return facts.Interval{}, 0, 0, false // "by half an hour", "by a third party": a noun's, no change
	}
	return of(num / den * 100), start, end, true
}

// approximationBefore returns the approximation whose words end right
// before token i ("almost", "more than"), with how many words it has, or
// 0.
func (sc scanner) approximationBefore(i int) (approximation, int) {
	for _, a := range approximations {
		if p := sc.phraseBefore(i, [][]string{a.words}); p != nil {
			return a, len(p)
		}
	}
	return approximation{}, 0
}

// changeFractionEnders may follow a fraction that is a change: "cut by a
// quarter in 2024", "by half since March" (see fractionChange).
var changeFractionEnders = lexicon.Set("change-fraction-enders")

// fractionNumerators, fractionDenominators and fractionOf: see
// fractionShare.
var (
	fractionNumerators   = lexicon.Numbers("fraction-numerators")
	fractionDenominators = lexicon.Numbers("fraction-denominators")
	fractionOf           = lexicon.Set("fraction-of")
)

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
// before three digits, "48.000" or "1.850", perhaps before a scale of a
// million or more, "9.600 millones": many languages write thousands so. It
// is nil for any other number.
func (sc scanner) thousandsDot(i, end int, x float64) *facts.Interval {
	scale := 1.0
	if end == i+3 && scales[sc.tok(i+2)] >= 1e6 {
		scale, end = scales[sc.tok(i+2)], i+2 // "9.600 millones": 9,600 millions, or 9.6
	}
	if end != i+2 || sc.gap(i+1) != "." || len(sc.tok(i+1)) != 3 || len(sc.tok(i)) > 3 || !isDigits(sc.tok(i)) || !isDigits(sc.tok(i+1)) || sc.tok(i)[0] == '0' {
		return nil // not "0.001": no one writes thousands with a leading zero
	}
	v, err := strconv.ParseFloat(sc.tok(i)+sc.tok(i+1), 64)
	if err != nil || v*scale == x {
		return nil
	}
	alt := facts.Exactly(v * scale)
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

// currencySign reports whether text ends with the sign of a currency of
// the unit table, which makes a glued m after it millions: "€4.5m".
func currencySign(text string) bool {
	for sym := range unitLexicon.before {
		if strings.HasSuffix(text, sym) {
			return true
		}
	}
	return false
}

// millionsGlued reads a number with m glued to it from token i to the token
// j that holds the m ("2.3m", "5m"), as millions when the m need not be
// metres: after a currency sign ("€4.5m"), or before a word ("2.3m
// records"), which must then be the fact's unit (see gluedMillions). A
// length alone stays unread: "it was 2.3m".
func (sc scanner) millionsGlued(i, j int, digits string) (float64, bool) {
	num, mn := strings.CutSuffix(digits, "mn") // "£205mn", the financial press's: money only ("12mn" is minutes in French)
	if !mn {
		num, _ = strings.CutSuffix(digits, "m")
	}
	if num == digits || num == "" || strings.Trim(num, "0123456789.") != "" {
		return 0, false
	}
	before := strings.TrimRight(sc.before(i), " ")
	next := sc.tok(j + 1)
	money := currencySign(before) || sc.codeBeforeNumber(i) // "$161m", "EUR 161m"
	count := !mn && (plainGap(sc.gap(j+1)) && isLetters(next) || sc.capitalsCodeBefore(i))
	if !money && !count {
		return 0, false
	}
	x, err := strconv.ParseFloat(num, 64)
	return x * 1e6, err == nil
}

// capitalsCodeBefore reports whether a word of two to four capitals stands
// right before the number at token i ("CZK 18m"): a currency's code that
// the table may not know, which makes a glued m millions, read only by a
// fact whose unit lists the code (see gluedMillions).
func (sc scanner) capitalsCodeBefore(i int) bool {
	w := sc.tok(i - 1)
	return sc.cased != nil && len(w) >= 2 && len(w) <= 4 && isLetters(w) && sc.gap(i) == " " && sc.cased.upperAt(i-1)
}

// millionsBeforeWord reports whether a number is a glued m read as
// millions only because a word follows it ("2.3m records", but also "100m
// heats"): it counts only when that word is the fact's unit.
func (sc scanner) millionsBeforeWord(i, end int) bool {
	t := sc.tok(end - 1)
	before := strings.TrimRight(sc.before(i), " ")
	letters := strings.TrimLeft(t, "0123456789.,")
	return letters == "m" && !currencySign(before) && !sc.codeBeforeNumber(i) // "2.3m", not "68cm", "5am"
}

// codeBeforeNumber reports whether a currency's letter code stands right
// before the number at token i, apart or glued: "EUR 161m", "EUR161m".
func (sc scanner) codeBeforeNumber(i int) bool {
	g := sc.gap(i)
	return sc.currencyCode(i-1) != nil && (g == " " || g == "")
}
