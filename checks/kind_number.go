package checks

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// numberKind reads numbers in the fact's unit (converted from units of the
// same kind), leaving out ages, numbers in names, and numbers in another
// unit.
type numberKind struct{}

// candidates reads the numbers of a sentence that the fact may take: in
// its unit (converted from units of its kind), in the unit a table row's
// label names, an amount per a span of time as the amount, or the sheet's
// own figure without its unit, read only to agree; each with its distance
// to the fact's terms and what puts it in doubt.
func (numberKind) candidates(m *matcher, src *reading, sent *sentence, spans []span, anchors anchorSet) []candidate {
	var cands []candidate
	for i, n := range sent.numberMentions() {
		if m.ages {
			if cd, ok := m.ageCandidate(src, sent, n, i, spans, anchors); ok {
				cands = append(cands, cd)
			}
			continue // a fact of an age reads ages only
		}
		if m.notAQuantity(src, sent, n, spans) {
			continue
		}
		end, rs, rateDoubt, labelled, ok := m.allReadings(src, sent, n, spans)
		if ok && n.gluedMillions && end <= n.end && (m.lengthUnit() == nil || !metresBefore(sent, n)) && !m.codeOfFactBefore(sent, n) {
			m.tracef("    %q may be metres as well as millions: read only before the fact's unit word", says(src, sent, n.span))
			continue
		}
		switch {
		case !ok && len(m.units) == 0:
			m.tracef("    %q is stated in %s, and the fact has no unit: not a plain count, ignored", says(src, sent, n.span), n.unit.name)
			continue
		case !ok && (m.voteFigure(sent, n) || m.partOfOpenedWhole(sent, n)):
			cands = append(cands, m.inOthersUnit(src, sent, n, i, anchors))
			continue
		case !ok:
			if cd, ok := m.looseCandidate(src, sent, n, i, spans, anchors); ok {
				m.tracef("    %q is the sheet's figure, though not stated in the unit %q: read only to agree", says(src, sent, n.span), m.fact.Unit)
				cands = append(cands, cd)
				continue
			}
			m.tracef("    %q is not stated in the unit %q: ignored", says(src, sent, n.span), m.fact.Unit)
			continue
		}
		// The unit ties the number to the fact ("3,000 members"): it is
		// never beyond the window. Among several numbers with the unit,
		// the one nearest the about terms is the fact's: in "400 metres
		// long and 59 metres wide" the length is 400. The evidence quotes
		// the unit: "24 hours".
		full := span{n.start, end}
		dist, far := sent.nearest(full, anchors), 0
		if len(m.units) > 0 && (dist < 0 || dist > m.fact.Within) && !continuedOnly(sent, spans) {
			dist, far = m.fact.Within, dist
		}
		cd := candidate{span: full, at: n.span, dist: dist, i: i, readings: rs, far: far, labelled: labelled}
		if sum, nouns, ok := m.unitlessSum(sent, n); ok && !inSpans(nouns[0], spans) && !inSpans(nouns[1], spans) {
			cd.readings = append(cd.readings, sum) // "eight clients and a guide": nine in all
			cd.doubt = "a count joined by \"and\" to another (\"eight clients and a guide\"): the fact's may be the part or the sum"
		}
		part := pronounPartDoubt(sent, n, spans)
		cd.partOfThem = part != ""
		cd.doubt = cmp.Or(cd.doubt, m.amountOfOther(sent, n, end, spans), m.partOrWhole(sent, n, spans), part, continuedClauseDoubt(sent, n, spans), numberDoubt(src, sent, n, end, spans, m.own), rateDoubt, m.offsetDoubt(sent, n), m.wideRoundingDoubt(n))
		cands = append(cands, cd)
	}
	return revisedTo(sent, cands)
}

// revisionVerbs, within revisionReach words before "to" and a figure,
// make the figure a revision of one given before it: "initially put the
// number at 14,200, but revised that to 14,383".
var revisionVerbs = lexicon.Set("revision-verbs")

// revisionLinks stand between a verb of revisionVerbs and the new figure:
// "revised that to", "korrigierte die Zahl auf".
var revisionLinks = lexicon.Set("revision-links")

// revisionReach is how many words before "to" a verb of revisionVerbs may
// stand: "revised the figure two days later to 4.31 million".
const revisionReach = 6

// revisedFigure reports whether a figure is what a verb of revision
// before "to" made another one ("revised the figure to 312"): the figure
// before it is the one superseded, not a nearer rival.
func revisedFigure(sent *sentence, n numberMention) bool {
	return revisedAt(sent.scanner(), n.start)
}

// revisedAt reports whether the figure at token i follows a word of
// [revision-links] ("to") and a word of [revision-verbs] up to
// revisionReach words before it.
func revisedAt(sc scanner, i int) bool {
	return i > 0 && revisionLinks[sc.tok(i-1)] && sc.wordWithin(span{i - 1, i}, -1, revisionReach, ".;:!?()", func(j int) bool { return revisionVerbs[sc.tok(j)] })
}

// revisedTo gives a figure that revises another before it in its sentence
// (see revisionVerbs) the distance to the fact's terms of the nearest of
// those, and marks it (candidate.revises): the new figure is said of what
// the old one was, however far the clause of the revision goes on.
func revisedTo(sent *sentence, cands []candidate) []candidate {
	sc := sent.scanner()
	for k := 1; k < len(cands); k++ {
		if !revisedAt(sc, cands[k].at.start) {
			continue
		}
		for _, before := range cands[:k] {
			cands[k].dist = min(cands[k].dist, before.dist)
		}
		cands[k].revises = true
	}
	return cands
}

// offsetDoubt says why a change of temperature converted between scales
// with different zeros is no value of the fact, or "".
func (m *matcher) offsetDoubt(sent *sentence, n numberMention) string {
	if m.offsetConverted(n) && changeOf(sent, n) {
		return "converted between scales with different zeros (°F and °C), which a change of temperature (\"warmed by 2 °F\") is not"
	}
	return ""
}

// looseCandidate reads a number that is not stated in the fact's unit
// but is the sheet's figure itself, within the fact's window: "the final
// death toll was 62" for 62 people, "1,200 requests per minute per key"
// for 1,200 requests per minute. Its unit unstated, or a rate of the
// fact's unit, it may count another thing: it is read only to agree
// (candidate.loose), and only where the sentence gives the fact no value
// in its unit. Left out: a figure that another unit, a part, a name, a
// noun after it, a negation or a change before it tie to something else,
// or that another bare figure stands nearer the fact's terms than.
func (m *matcher) looseCandidate(src *reading, sent *sentence, n numberMention, i int, spans []span, anchors anchorSet) (candidate, bool) {
	v := n.value
	if n.alt != nil && !looseHolds(m.fact, v) {
		v = *n.alt // "25.000 euro per famiglia": the dot a thousands separator
	}
	switch {
	case n.unit != nil && !m.rateOfUnit(n.unit), !looseHolds(m.fact, v), n.gluedMillions, m.degreesOfOther(sent, n),
		n.ofWhole > 0 && !n.byPronoun, n.whole, gluedLetters(sent, n), partOfFigure(sent, n), unitBeforeIt(sent, n),
		describesOther(sent, n, spans), n.unit == nil && !m.unitWordsFollow(sent, n) && (pluralAfter(sent, n) || tiedBefore(src, sent, n)),
		numberDoubt(src, sent, n, n.end, spans, m.own) != "":
		return candidate{}, false
	}
	for _, o := range m.siblings {
		if looseHolds(o.fact, v) {
			return candidate{}, false // the figure of two facts: either's
		}
	}
	dist, revised := sent.nearest(n.span, anchors), revisedFigure(sent, n)
	if revised {
		for _, o := range sent.numberMentions()[:i] {
			if d := sent.nearest(o.span, anchors); d >= 0 && (dist < 0 || d < dist) {
				dist = d // "put the number at 309 ..., before revising the figure to 312": as near as the figure it revises
			}
		}
	}
	if dist < 0 || dist > m.fact.Within || nearerBareFigure(sent, i, dist, anchors) && !revised {
		return candidate{}, false
	}
	return candidate{span: span{n.start, n.uend}, at: n.span, dist: dist, i: i, readings: readings{v}, loose: true}, true
}

// allReadings reads a number in the fact's unit (numberReadings), else as
// the fact's in another way (otherReadings), else as a bare figure a term
// of the fact names (labelledFigure, then labelled is true).
func (m *matcher) allReadings(src *reading, sent *sentence, n numberMention, spans []span) (end int, rs readings, rateDoubt string, labelled, ok bool) {
	if end, rs, ok = m.numberReadings(sent, n); ok {
		return end, rs, "", false, true
	}
	if end, rs, rateDoubt, ok = m.otherReadings(src, sent, n); ok {
		return end, rs, rateDoubt, false, true
	}
	if !m.labelledFigure(src, sent, n, spans) {
		return 0, nil, "", false, false
	}
	m.tracef("    %q is what the fact's term right before it names (\"the death toll rose to 27\"): read in the fact's unit", says(src, sent, n.span))
	return n.uend, readings{n.value}, "", true, true
}

// labelledFigure reports whether a bare figure is what a term of the fact
// right before it names, through at most two words of [figure-links] and
// nothing but spaces: "the death toll rose to 27", "killed at least 27",
// "los heridos suman 260". The term ties it to the fact as its unit word
// would, for a fact with a unit, when a mark or a word of
// [figure-followers] ends the figure. Left out, as by looseCandidate: a
// noun or a hyphen after it, a part or a whole, a name or a word of
// [not-count-before] before it, a year, a doubt or a first figure
// ("initially put the toll at 62"), a column's header read before its
// cell, and a term an adverb qualifies ("seriously injured seven").
func (m *matcher) labelledFigure(src *reading, sent *sentence, n numberMention, spans []span) bool {
	sc := sent.scanner()
	if n.unit != nil || len(m.units) == 0 || n.gluedMillions || n.ofWhole > 0 || n.whole || n.end == n.start+1 && sc.modernYear(n.start) {
		return false
	}
	if gluedLetters(sent, n) || partOfFigure(sent, n) || unitBeforeIt(sent, n) || describesOther(sent, n, spans) || pluralAfter(sent, n) || tiedBefore(src, sent, n) || numberDoubt(src, sent, n, n.end, spans, m.own) != "" || sent.interim(n.span) != "" {
		return false
	}
	if n.end < len(sc.toks) && plainGap(sc.gap(n.end)) && !figureFollowers[sc.tok(n.end)] {
		return false // "a 64 bit core": a figure before a word measures that word
	}
	for _, sp := range spans {
		if sp.end <= n.start && n.start-sp.end <= figureLinkReach && linksOnly(sc, sp.end, n.start) && !qualifiedTerm(sc, sp) && !inserted(sent, sp.start) && !linkTerm(sc, sp) && !(sp.end == sp.start+1 && anaphora[sc.tok(sp.start)]) { // not "It has 48.": a pronoun that carries the sentence before names no count
			return true
		}
	}
	return false
}

// linkTerm reports whether a term is one word of [term-prepositions]: a
// sheet's term "from" or "to" names no figure ("went from about 144 to
// 154"), where a verb does ("hit 30").
func linkTerm(sc scanner, sp span) bool {
	return sp.end == sp.start+1 && termPrepositions[sc.tok(sp.start)]
}

// termPrepositions: see linkTerm.
var termPrepositions = lexicon.Set("term-prepositions")

// qualifiedTerm reports whether an adverb in -ly stands right before a
// term: "seriously injured seven" counts a part of the injured.
func qualifiedTerm(sc scanner, sp span) bool {
	w := sc.tok(sp.start - 1)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && plainGap(sc.gap(sp.start))
}

// figureLinkReach is how many words of [figure-links] may stand between
// a fact's term and the figure it names: "rose to", "stood at".
const figureLinkReach = 2

// figureLinks and figureFollowers: see labelledFigure.
var figureLinks, figureFollowers = lexicon.Set("figure-links"), lexicon.Set("figure-followers")

// linksOnly reports whether the tokens from a to b are words of
// [figure-links] with only spaces around them.
func linksOnly(sc scanner, a, b int) bool {
	for k := a; k <= b; k++ {
		if !plainGap(sc.gap(k)) || k < b && !figureLinks[sc.tok(k)] || k == a && k < b && figureLinksAfterVerb[sc.tok(k)] && strings.HasSuffix(sc.tok(a-1), "ed") {
			return false // not "died at 84", "killed at 2 in the morning": "at" right after a verb; "the toll at 58" is the toll
		}
	}
	return true
}

// figureLinksAfterVerb are words of [figure-links] that do not link a
// figure right after a term in -ed: "the toll stood at 27", "the toll at
// 58", not "died at 84".
var figureLinksAfterVerb = lexicon.Set("figure-links-after-verb")

// unitWordsFollow reports whether the words of a unit of the fact that is
// no unit of the table follow a number: "Westerholm 46 Container",
// "Renewal 143 seats" count, though a capitalised word stands before the
// figure; and "1,200 requests per minute per key", for unit: requests per
// minute, is a rate the fact is not, which looseCandidate leaves alone.
func (m *matcher) unitWordsFollow(sent *sentence, n numberMention) bool {
	f := sent.folded()
	for _, alt := range m.units {
		if _, ok := unitFollows(f.norm.S, f.tokens, n.end, alt.words); ok && alt.def == nil {
			return true
		}
	}
	return false
}

// pluralAfter reports whether a plural noun follows a number: "62
// survivors" counts survivors, which may not be what the fact counts.
func pluralAfter(sent *sentence, n numberMention) bool {
	f, sc := sent.folded(), sent.scanner()
	if n.end >= len(f.tokens) || !plainGap(sc.gap(n.end)) {
		return false
	}
	return pluralNoun(f.tokens[n.end].Text)
}

// degreesOfOther reports whether a word of [degree-words] follows a figure
// for a fact in no unit of temperature: "neun Grad" for a gradient in
// percent measures degrees.
func (m *matcher) degreesOfOther(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	if n.end >= len(sc.toks) || !plainGap(sc.gap(n.end)) || !degreeWords[sc.tok(n.end)] {
		return false
	}
	return !slices.ContainsFunc(m.units, func(alt unitAlt) bool { return alt.def != nil && unitLexicon.offsetBases[alt.def.base] })
}

// degreeWords: see degreesOfOther.
var degreeWords = lexicon.Set("degree-words")

// tiedBefore reports whether what stands right before a number ties it to
// something else: a capitalised word ("Carriage 62", at the sentence's
// start too), a negation ("not 62") or a word of [not-count-before]
// ("rose by 62", "aged 62", "page 62").
func tiedBefore(src *reading, sent *sentence, n numberMention) bool {
	if n.start == 0 {
		return false
	}
	f := sent.folded()
	prev := f.tokens[n.start-1]
	if inserted(sent, n.start-1) {
		return false // a column's header read before its cell ("Number 163"), which ties the figure to nothing
	}
	if w := prev.Text; notCountBefore[w] || labelBefore[w] || negations[w] || n.start >= 2 && negations[f.tokens[n.start-2].Text] {
		return true
	}
	if n.start == 1 && (datePreps[prev.Text] || determiners[prev.Text] || partitiveOf[prev.Text] || sentenceOpeners[prev.Text]) {
		return false // "In 163 sono stati tratti in salvo", "Only 12 had finished": capitalised only as the sentence's first word
	}
	word := rawToken(src, sent, n.start-1)
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && !(len(word) > 1 && writtenInCapitals(word)) && f.norm.S[prev.End:f.tokens[n.start].Start] == " " // not a table's label cell, "Deaths | 2"; not a headline in capitals, "TOLL RISES TO 61"
}

// notCountBefore are words after which a figure counts nothing: "by 62",
// "aged 62"; labelBefore those after which it is a label, for a fact with
// no unit too: "page 62", "the emergency number 112".
var notCountBefore, labelBefore = lexicon.Set("not-count-before"), lexicon.Set("label-before")

// verbBeforeNumber ([verb-before-number]) make "number" after them a verb
// that counts: "now numbers 154 staff".
var verbBeforeNumber = lexicon.Set("verb-before-number")

// nearerBareFigure reports whether another figure with no unit stands
// nearer the fact's terms than the one of index i at dist: "62 were
// injured and the death toll stood at nine" gives the toll as nine.
func nearerBareFigure(sent *sentence, i, dist int, anchors anchorSet) bool {
	for j, o := range sent.numberMentions() {
		if j != i && o.unit == nil && !o.changedFrom && !countsOther(sent, o, anchors) {
			if d := sent.nearest(o.span, anchors); d >= 0 && d < dist {
				return true
			}
		}
	}
	return false
}

// countsOther reports whether a word right after a bare figure, no term of
// the fact, says what it counts: "Three of them were killed and four
// injured": four counts the injured, and leaves "Three" the killed.
func countsOther(sent *sentence, o numberMention, anchors anchorSet) bool {
	toks := sent.folded().tokens
	if o.end >= len(toks) || !plainGap(sent.scanner().gap(o.end)) {
		return false
	}
	w := toks[o.end].Text // a noun or a participle: not "two were killed", "nine of them"
	return isLetters(w) && !auxiliaries[w] && !determiners[w] && !datePreps[w] && !coordinators[w] && w != "of" && sent.nearest(span{o.end, o.end + 1}, anchors) != 0
}

// partOfFigure reports whether "of" and another figure follow a number:
// "120 of the $9,000" is a part of that sum.
func partOfFigure(sent *sentence, n numberMention) bool {
	f := sent.folded()
	if n.end >= len(f.tokens) || f.tokens[n.end].Text != "of" {
		return false
	}
	for k := n.end + 1; k < len(f.tokens) && k <= n.end+2; k++ {
		if isDigits(f.tokens[k].Text[:1]) {
			return true
		}
	}
	return false
}

// unitBeforeIt reports whether a unit of the table stands right before a
// number: "km 400" is stated in kilometres.
func unitBeforeIt(sent *sentence, n numberMention) bool {
	f := sent.folded()
	return n.start > 0 && unitLexicon.lookup(f.tokens[n.start-1].Text) != nil
}

// rateOfUnit reports whether a unit is a rate of one of the fact's units:
// "$38.50 per share" for unit: dollars.
func (m *matcher) rateOfUnit(d *unitDef) bool {
	amount, _, isRate := strings.Cut(d.name, " per ")
	if !isRate {
		return false
	}
	for _, alt := range m.units {
		if alt.def != nil && alt.def.name == amount {
			return true
		}
	}
	return false
}

// looseHolds reports whether a figure is a fact's own: a figure within
// one of the fact's values, or an approximate one ("about 4,100", read as
// a narrow range) around a figure the fact holds.
func looseHolds(f *facts.Fact, v facts.Interval) bool {
	if v.LoOpen || v.HiOpen || f.Kind != facts.KindNumber {
		return false
	}
	for _, x := range f.Numbers {
		switch {
		case v.Lo == v.Hi && (v.Lo == x.Lo || v.Lo == x.Hi || f.Tolerance != "" && x.Lo <= v.Lo && v.Lo <= x.Hi):
			return true // not any figure inside a range: "4..8 GB" is 4 GB or 8 GB more often than 5
		case x.Lo == x.Hi && v.Lo <= x.Lo && x.Hi <= v.Hi && v.Hi-v.Lo <= math.Abs(x.Lo)/4:
			return true
		}
	}
	return false
}

// gluedLetters reports whether letters are glued to a number's end, a unit
// the table does not know: "5Gbps".
func gluedLetters(sent *sentence, n numberMention) bool {
	f := sent.folded()
	if n.unit != nil || n.end >= len(f.tokens) {
		return false
	}
	next := f.tokens[n.end]
	return next.Start == f.tokens[n.end-1].End && next.Text != "" && !isDigits(next.Text[:1])
}

// otherReadings reads a number that is not stated in the fact's unit in
// the unit its table row's label names, or, when it is a rate per a span
// of time of the fact's unit ("£9,250 a year" for unit: pounds), as that
// amount: a fee, a salary, a bursary is given so as often as not. Such a
// rate that disagrees is unsure (rateDoubt): it may count another period.
func (m *matcher) otherReadings(src *reading, sent *sentence, n numberMention) (end int, rs readings, rateDoubt string, ok bool) {
	if v, labelled := m.rowLabelUnit(src, sent, n); labelled {
		m.tracef("    %q stands alone in a table row whose label names the unit: read in it", says(src, sent, n.span))
		return n.end, readings{v}, "", true
	}
	if n.unit == nil {
		return 0, nil, "", false
	}
	amount, per, isRate := strings.Cut(n.unit.name, " per ")
	if !isRate || unitLexicon.byName[per] == nil || unitLexicon.byName[per].base != "second" {
		return 0, nil, "", false
	}
	for _, alt := range m.units {
		if alt.def != nil && alt.def.name == amount {
			m.tracef("    %q is an amount per %s, which the fact's unit names no period of: read as the amount", says(src, sent, n.span), per)
			return n.uend, readings{n.value}, "it is an amount per " + per + ", and the fact's unit names no period: it may count another", true
		}
	}
	return 0, nil, "", false
}

// ageUnits are the units that make a number fact an age: it reads ages
// ("the 23-year-old", "Ruiz, 35,", "aged 23") and nothing else.
var ageUnits = lexicon.Set("age-units")

// ageFact reports whether a number fact is an age: its unit is one of
// ageUnits, or one of its alternatives is ("years old | años") and its
// figure a person's age: "years old | years" of a fossil 127 million
// years old reads years as well.
func ageFact(f *facts.Fact) bool {
	if f.Kind != facts.KindNumber {
		return false
	}
	if ageUnits[text.Fold(strings.TrimSpace(f.Unit))] {
		return true
	}
	for _, alt := range strings.Split(f.Unit, "|") {
		if ageUnits[text.Fold(strings.TrimSpace(alt))] {
			return f.Number.Hi <= maxPersonAge
		}
	}
	return false
}

// maxPersonAge is the highest figure of a person's age.
const maxPersonAge = 130

// ageCandidate returns the candidate an age makes for a fact of an age.
// An age right beside the fact's term ("Ruiz, 23,", "the 23-year-old
// Ruiz", "Ruiz is 23 years old") is the holder's; further off it may be another
// person's ("Coach Lopez, 45, praised Ruiz"), and disagreeing it is
// unsure. An age at an earlier time or a limit ("at age 14", "when he
// was 17", "aged 18 and over") is no age now: not read.
func (m *matcher) ageCandidate(src *reading, sent *sentence, n numberMention, i int, spans []span, anchors anchorSet) (candidate, bool) {
	end, ok := ageAt(src, sent, n)
	copula := !ok && copulaAge(sent, n, spans)
	if copula {
		end, ok = n.end, true // "Brennan is 61 and ..."
	}
	if !ok || pastAge(sent, n, end) {
		return candidate{}, false
	}
	sp := span{n.start, end}
	cd := candidate{span: sp, at: n.span, dist: sent.nearest(sp, anchors), i: i, readings: readings{n.value}}
	if d := sent.wordsToNearest(sp, spans); d != 0 && !linkedAge(sent, sp.start, d) {
		cd.doubt = "an age not right beside the fact's term may be someone else's"
	}
	if n.unit == nil && strings.TrimSpace(sent.scanner().gap(n.start)) == "(" {
		cd.doubt = "a bare number in brackets after a name (\"Ruiz (24)\") may be an age, or a minute, a rank or a count" // "Goals: Ruiz (24), Moyo (67)"
	}
	if copula {
		cd.doubt = "a bare number after \"is\" (\"Ruiz is 24\") may be an age, or a rank, a count or a score"
	}
	return cd, true
}

// copulaAge reports whether a bare whole number is an age given after a
// term of the fact and "is" or "was" ([age-copulas]), ending its clause:
// "The pilot, Tom Brennan, is 61 and still flies", "Brennan is
// 61."; not "the count is 58 this year".
func copulaAge(sent *sentence, n numberMention, spans []span) bool {
	sc := sent.scanner()
	if n.unit != nil || n.end-n.start != 1 || n.start < 2 || !isDigits(sc.tok(n.start)) || n.value.Lo > maxPersonAge {
		return false
	}
	if !ageCopulas[sc.tok(n.start-1)] || !inSpans(n.start-2, spans) {
		return false
	}
	return n.end == len(sc.toks) || !plainGap(sc.gap(n.end)) || clauseJoins[sc.tok(n.end)]
}

// ageCopulas: see copulaAge.
var ageCopulas = lexicon.Set("age-copulas")

// pastAge reports whether an age is one at an earlier time or a limit:
// "at age 14", "when he was 17", "aged 18 and over" ([age-past-before] and
// [age-limit-after] in lexicon/numbers.txt).
func pastAge(sent *sentence, n numberMention, end int) bool {
	sc := sent.scanner()
	return sc.phraseBefore(n.start, agePastBefore) != nil || sc.phraseAt(end, ageLimitAfter) != nil
}

// ageOf are the words that link an age's word to its figure or years:
// "âgé de 25 ans", "24 años de edad".
var ageOf = lexicon.Set("age-of")

// ageLinks are the words that may stand between a term and its age: "Ruiz
// is 23 years old", "the striker, aged 23".
var ageLinks = lexicon.Set("age-links")

// linkedAge reports whether the d words before an age at token start, up to
// the fact's term, are all words of ageLinks or ageUnits: "Ruiz, aged 23",
// "Ruiz, âgé de 25 ans".
func linkedAge(sent *sentence, start, d int) bool {
	toks := sent.folded().tokens
	switch {
	case d == 1 && start >= 1:
		return ageLink(toks[start-1].Text) || ageUnits[toks[start-1].Text] // "âgés de 21 à 54 ans": the range opens with "de"
	case d == 2 && start >= 2:
		return (ageLinks[toks[start-2].Text] || ageUnits[toks[start-2].Text]) && ageLink(toks[start-1].Text)
	}
	return false
}

// ageLink reports whether a word right before an age ties it to the
// person before: a word of [age-links], [age-have-verbs] or
// [age-turn-verbs] ("Ruiz is 23", "Rakhimov ha 22 anni", "who turned 22").
func ageLink(w string) bool {
	_, have := ageHaveVerbs[w]
	return ageLinks[w] || have || ageTurnVerbs[w]
}

// agePastBefore and ageLimitAfter are the phrases that make an age one at
// an earlier time, or a limit.
var (
	agePastBefore = phrases("age-past-before")
	ageLimitAfter = phrases("age-limit-after")
)

// ageAt reports whether a number is an age, and where its words end:
// "a 23-year-old", "23 years old", "Ruiz, 35,", "aged 23", "Age: 23".
func ageAt(src *reading, sent *sentence, n numberMention) (int, bool) {
	if isAge(src, sent, n) {
		if n.unit != nil && n.uend < len(sent.folded().tokens) && ageAfterYears[sent.folded().tokens[n.uend].Text] {
			return n.uend + 1, true // "23-year-old", "23 years old"
		}
		if n.unit != nil {
			return n.uend, true // "Lomuria, de 24 años,"
		}
		return n.end, true // "Ruiz, 35,"
	}
	toks := sent.folded().tokens
	if n.start > 0 && (n.value.Lo == n.value.Hi || n.ranged) && (ageUnits[toks[n.start-1].Text] || n.start > 1 && ageOf[toks[n.start-1].Text] && ageUnits[toks[n.start-2].Text]) && (n.unit == nil || n.unit.name == "year") {
		return max(n.end, n.uend), true // "aged 23", "Age: 23", "âgé de 25 ans"
	}
	if nounOfYears(sent, n) {
		return n.uend, true // for a fact of an age, "la giraffa di 9 anni", "un tigre de 7 años"
	}
	return 0, false
}

// nounOfYears reports whether a number of years follows a word and a word
// of [age-before-years] with nothing between ("la giraffa di 9 anni",
// "l'animale di nove anni"): for a fact of an age, the noun's age; not
// after a noun of [span-of-years-nouns] ("un contrato de 3 años"), nor a
// comma ("El contrato, de 3 años,"), nor before "di" ("una pena di 3 anni
// di carcere").
func nounOfYears(sent *sentence, n numberMention) bool {
	toks, sc := sent.folded().tokens, sent.scanner()
	if n.unit == nil || n.unit.name != "year" || n.start < 2 || n.value.Lo != n.value.Hi || n.uend <= n.end {
		return false
	}
	return ageBeforeYears[toks[n.start-1].Text] && sc.gap(n.start-1) == " " && isLetters(toks[n.start-2].Text) && !spanOfYearsNouns[toks[n.start-2].Text] && (n.uend == len(toks) || !ageBeforeYears[toks[n.uend].Text])
}

// spanOfYearsNouns are nouns whose years after "de" or "di" are a span, no
// age: "un contrato de 3 años", "una condanna di 4 anni".
var spanOfYearsNouns = lexicon.Set("span-of-years-nouns")

// continuedOnly reports whether a sentence is about the fact only as it
// continues the one before ("That is what we would pay, ..."): its one
// anchor is the pronoun that opens it. The pronoun stands for the sentence
// before, loosely; a number there must stand within the fact's window of
// it, unit or not.
func continuedOnly(sent *sentence, spans []span) bool {
	return len(spans) == 1 && spans[0] == span{0, 1} && isAnaphoric(sent)
}

// numberDoubt says why a number read for a fact, its unit ending at token
// end, may count something else, or "": a part or a whole with a term
// right after the noun, a narrowed table row, a part "of" the unit, an
// amount of another noun.
func numberDoubt(src *reading, sent *sentence, n numberMention, end int, spans []span, own map[string]bool) string {
	if n.partitive != (span{}) && !n.byPronoun && !n.ofOne && (termRightAfter(spans, n.partitive) || termAfterPhrase(sent, spans, n.partitive)) { // "one of 12 people swept away": the whole is swept away
		return "a term right after the counted noun (or a short phrase on it) may speak of the part or of the whole"
	}
	if why := qualifiedRow(src, sent, n); why != "" {
		return why
	}
	switch {
	case end > n.end+1 && sent.folded().tokens[n.end].Text == "of" && (n.start == 0 || !wholeWords[sent.folded().tokens[n.start-1].Text]): // not "all 40 of its buses"
		return "\"" + says(src, sent, span{n.start, end}) + "\" counts a part of them, which may not be what the fact counts"
	case partMeasured(sent, n, spans, own):
		return "\"" + says(src, sent, span{n.start, n.uend + 2}) + "\" measures a part of something (\"310 metres of the bore\"), which may not be what the fact measures"
	case end == n.uend && modifiesOther(sent, n.start, end, spans):
		return "it stands between a determiner and \"" + sent.folded().tokens[end].Text + "\", which it measures, and that is no term of the fact"
	case wholeOpened(sent, n.start, spans):
		return "\"Of the ...\" opening the sentence names a whole that a part is then taken from, which may not be what the fact counts"
	}
	if n.end < len(sent.folded().tokens) && countOthers[sent.folded().tokens[n.end].Text] && !othersOfVerb(sent, n, spans, own) {
		return "\"" + says(src, sent, span{n.start, n.end + 1}) + "\" counts others besides someone named, a part of the whole the fact may count"
	}
	if k := restAfter(sent, end); k >= 0 && !wholeWords[sent.scanner().tok(n.start-1)] && !slices.ContainsFunc(spans, func(sp span) bool { return sp.start >= end || sp.end <= n.start }) {
		return "\"" + strings.Join(sent.scanner().phraseAt(k, restPhrases), " ") + "\" after it in the sentence counts the others: it is the figure of a part (\"twelve crew members were flown off and the rest taken by tug\"), which may not be the fact's whole"
	}
	if w := partMarked(sent, n.start, end); w != "" {
		return "\"" + w + "\" makes it the figure of a part (\"at one hospital alone\"), which may not be the fact's whole"
	}
	if bracketedAfterFigure(sent, n) {
		return "in brackets right after another figure, it restates that one in another unit or currency (\"C$14 million ($10.2 million)\"), whose rounding or rate may differ"
	}
	if k := relativeOfOther(sent, n.start, spans); k > 0 {
		return "it stands in a relative clause on \"" + sent.scanner().tok(k-1) + "\" (\", " + sent.scanner().tok(k) + " ...\"), no term of the fact: the figure may be that thing's"
	}
	if capitalisedBefore(src, sent, n) && !inSpans(n.start-1, spans) && (n.unit == nil || !n.unit.apart) { // the fact's unit after it, or one of the table: "Aero 500 bikes"; not money, "verdiente Corvane 0,25 Dollar"
		return "a capitalised word before it may make it a model's number (\"the Aero 500 bikes\") or name what it counts (\"Pro 600 and Enterprise 3,000 requests\"), which is none of the fact's terms"
	}
	return ""
}

// restAfter returns where a phrase of [rest-phrases] stands alone after
// token end in the sentence ("and the rest by tug", "les autres"; a
// verb, a preposition or the clause's end after it), or -1. It
// makes a count a part only where the fact's terms are its counted noun
// alone ("Twelve crew members ... the rest" for a crew of 21): with a
// term of what the part did ("Twelve people died and the others
// escaped"), the count is that term's.
func restAfter(sent *sentence, end int) int {
	sc, f := sent.scanner(), sent.folded()
	for k := end; k < len(sc.toks); k++ {
		p := sc.phraseAt(k, restPhrases)
		if p == nil {
			continue
		}
		j := k + len(p)
		if j == len(sc.toks) || boundaries(f.marks[j-1], f.marks[j]) > 0 || auxiliaries[sc.tok(j)] || ppPrepositions[sc.tok(j)] || restFollowers[sc.tok(j)] || participleWord(sc.tok(j)) {
			return k // the others alone: "and the rest by tug", "the others stayed"; not "the remaining passengers", "the rest of the story"
		}
	}
	return -1
}

// restPhrases and restFollowers ([rest-phrases], [rest-followers]): see
// restAfter.
var restPhrases, restFollowers = phrases("rest-phrases"), lexicon.Set("rest-followers")

// relativeOfOther returns the token of the relative word (of
// [relative-words]) that opens, after a comma, the clause of token i, when
// the word before the comma is no term of the fact and no term stands in
// that clause, or -1: "will come out of the reserve fund, which held $2.3
// million" gives the fund's figure, not the recount's; "The recount, which
// cost $60,000," gives the recount's.
func relativeOfOther(sent *sentence, i int, spans []span) int {
	f, sc := sent.folded(), sent.scanner()
	k := i
	for k > 0 && boundaries(f.marks[k-1], f.marks[i]) == 0 {
		k--
	}
	if k == 0 || !relativeWords[sc.tok(k)] || !strings.HasPrefix(strings.TrimSpace(sc.gap(k)), ",") || inSpans(k-1, spans) {
		return -1
	}
	if slices.ContainsFunc(sent.dateMentions(), func(d dateMention) bool { return d.end == k }) {
		return -1 // "finished the recount on Friday, which cost $60,000": "which" is the whole clause's
	}
	for _, sp := range spans {
		if sp.start >= k && boundaries(f.marks[k], f.marks[sp.start]) == 0 {
			return -1 // "the fund, which paid for the recount, held $2.3 million": a term in the clause
		}
	}
	return k
}

// valueOfNouns ([value-of-nouns]) before "of" and a figure name the figure
// itself, not another thing it belongs to: "a total of 24", "a height of
// 300 metres", "at a cost of €5m".
var valueOfNouns = lexicon.Set("value-of-nouns")

// amountOfOther returns the doubt of an amount of money that another noun
// owns through "of" ("restructuring charges of about EUR 380m" in a
// sentence about a profit), or "": a report gives many amounts, each named
// so (charges, savings, a fine, a loss). A noun of the fact's claim or
// terms is its own ("sales of $7.2 billion" for a claim about sales).
func (m *matcher) amountOfOther(sent *sentence, n numberMention, end int, spans []span) string {
	if end != n.uend || !money(n.unit) {
		return ""
	}
	w := nounOfFigure(sent, n.start, spans)
	if w == "" || slices.ContainsFunc(text.WordForms(w), func(f string) bool { return m.own[f] }) {
		return ""
	}
	return "\"" + w + " of\" before it makes it the amount of that, which is no term of the fact"
}

// nounOfFigure returns the noun that a figure from token start belongs to
// through "of" right before it ("restructuring charges of about EUR
// 380m"), when that noun is no term of the fact (spans) nor a word of
// valueOfNouns; or "".
func nounOfFigure(sent *sentence, start int, spans []span) string {
	sc := sent.scanner()
	g := strings.TrimSpace(sc.gap(start))
	if start < 2 || sc.tok(start-1) != "of" || !plainGap(sc.gap(start-1)) || g != "" && unitLexicon.before[g] == nil { // "of $90 million"
		return ""
	}
	w := sc.tok(start - 2)
	if !isLetters(w) || len(w) <= 2 || determiners[w] || notNouns[w] || valueOfNouns[w] || isNumberWord(w) || inSpans(start-2, spans) {
		return ""
	}
	return w
}

// bracketedAfterFigure reports whether a number opens a bracket that
// follows another number in a unit: "C$14 million ($10.2 million)", "30
// km (19 miles)".
func bracketedAfterFigure(sent *sentence, n numberMention) bool {
	if n.start == 0 || strings.TrimSpace(sent.scanner().gap(n.start)) != "(" && !strings.HasSuffix(strings.TrimSpace(sent.scanner().gap(n.start)), "($") {
		return false
	}
	for _, o := range sent.numberMentions() {
		if o.uend == n.start && o.unit != nil && mayRestate(o.unit, n.unit) {
			return true
		}
	}
	return false
}

// mayRestate reports whether a figure in unit b may restate one in unit
// a ("30 km (19 miles)", "150 tonnes (159,000 litres)"): any but a
// span of time after a figure of no time, "Nach 30 Kilometern (1:26:36)",
// which is the time it took.
func mayRestate(a, b *unitDef) bool {
	return b == nil || b.base != "second" || a.base == "second"
}

// partMeasured reports whether a measure stands before "of" and a
// determiner and a noun that is none of the fact's terms: "310 metres of
// the northbound bore" measures a part of something; "60 km of the shore"
// for a fact whose term is "shore" is its own, and so is one after the
// fact's term and "of" ("a radius of 3 km of the plant"). Not a
// percentage: "35.1 percent of the vote".
func partMeasured(sent *sentence, n numberMention, spans []span, own map[string]bool) bool {
	toks := sent.folded().tokens
	k := n.uend
	if n.unit == nil || n.unit.name == "percent" || k+2 >= len(toks) || toks[k].Text != "of" || !determiners[toks[k+1].Text] {
		return false
	}
	if n.start >= 2 && toks[n.start-1].Text == "of" && inSpans(n.start-2, spans) {
		return false // "a radius of 3 kilometres of the plant": the fact's own measure, of what it centres on
	}
	if n.start >= 1 && distancePreps[toks[n.start-1].Text] && own[toks[n.start-1].Text] {
		return false // "within two miles of the wreck", for a fact of who lived within a radius: a distance from it, no part of it
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if inSpans(j, spans) {
			return false
		}
	}
	return true
}

// distancePreps ([distance-preps]) before a length and "of" make it a
// distance from what follows: "within two miles of the wreck".
var distancePreps = lexicon.Set("distance-preps")

// wholeOpened reports whether a figure stands in a phrase that opens its
// sentence to name a whole a part is taken from ("Of the 2,100 nurses
// employed, 1,650 are on strike"; [whole-openers]), with no term of the
// fact in that phrase: "Of the 11,000 operations postponed, most were
// hips" names the fact's whole.
func wholeOpened(sent *sentence, start int, spans []span) bool {
	sc := sent.scanner()
	p := sc.phraseAt(0, wholeOpeners)
	if p == nil || len(p) != start {
		return false
	}
	for k := start; k < len(sc.toks); k++ {
		if inSpans(k, spans) {
			return false
		}
		if g := sc.gap(k + 1); strings.Contains(g, ",") && !(g == "," && isDigits(sc.tok(k)) && isDigits(sc.tok(k+1))) {
			break // the comma that closes the phrase, not the one of "11,000"
		}
	}
	return true
}

// partOfOpenedWhole reports whether a bare count stands right after the
// comma that closes a phrase opening its sentence with a whole in the
// fact's unit: 19 in "Of the 47 passengers on board, 19 were hurt" counts
// passengers. The part may be of another whole than the fact's (the
// passengers of one coach), so one that disagrees is unsure.
func (m *matcher) partOfOpenedWhole(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	p := sc.phraseAt(0, wholeOpeners)
	if p == nil || len(m.units) == 0 || n.unit != nil || !sc.countWord(n.start) || n.value.Lo != n.value.Hi {
		return false
	}
	for _, w := range sent.numberMentions() {
		if w.start != len(p) {
			continue
		}
		k, _, ok := m.unitMatch(sent, w)
		if !ok || k <= w.end {
			return false // no unit of the fact's after the whole
		}
		for k < n.start && !strings.Contains(sc.gap(k), ",") {
			k++
		}
		return k == n.start && strings.Contains(sc.gap(k), ",") // not "in 3 coaches" before the comma
	}
	return false
}

// inOthersUnit reads a bare figure in the unit another figure of the
// sentence gives it: the fact's side of a vote's tally (see voteFigure),
// or the part taken from the whole that opens the sentence (see
// partOfOpenedWhole), which may be a part of another whole than the
// fact's, so one that disagrees is unsure.
func (m *matcher) inOthersUnit(src *reading, sent *sentence, n numberMention, i int, anchors anchorSet) candidate {
	cd := candidate{span: n.span, at: n.span, dist: max(0, sent.nearest(n.span, anchors)), i: i, readings: readings{n.value}}
	if n.alt != nil {
		cd.readings = append(cd.readings, *n.alt) // "12.400": 12,400 too, with the dot as a thousands separator
	}
	if m.voteFigure(sent, n) {
		m.tracef("    %q is the fact's side of a vote's tally (\"passed 112-61\", \"mit 98 zu 74 Stimmen\"): read in the fact's unit", says(src, sent, n.span))
		return cd
	}
	m.tracef("    %q is the part taken from the whole that opens the sentence (\"Of the 47 passengers, 19 ...\"): read in the whole's unit", says(src, sent, n.span))
	cd.doubt = "a part taken from the whole that opens the sentence (\"Of the 47 passengers, 19 ...\"), which may be a part of another whole than the fact's"
	return cd
}

// wholeOpeners open a sentence with the whole a part is taken from.
var wholeOpeners = phrases("whole-openers")

// partMarkers make a figure the count of a part: "At the hospital alone,
// 1,100 operations were postponed".
var partMarkers = lexicon.Set("part-markers")

// partReach is how many words before a figure a part marker governs it
// (twice as many after it: "1,100 were postponed at the hospital alone").
const partReach = 6

// partMarked returns the part marker among the words of the clause of a
// figure from token start to end, before it or after it ("1,100 at the
// hospital alone"), or "".
func partMarked(sent *sentence, start, end int) string {
	sc := sent.scanner()
	for k := start - 1; k >= 0 && k >= start-partReach && !clauseBreak(sc, k+1); k-- {
		if partMarkers[sc.tok(k)] {
			return sc.tok(k)
		}
	}
	for k := end; k < len(sc.toks) && k < end+2*partReach && !clauseBreak(sc, k) && !clauseOpens(sc, k); k++ { // not "before running the final stretch alone": a clause of its own
		if partMarkers[sc.tok(k)] {
			return sc.tok(k)
		}
	}
	return ""
}

// clauseOpens reports whether a word of [hedge-stops] at token k opens a
// clause: "when", "because" always; "before", "after", "since", "until"
// ([prepositional-stops]) only before a verb in -ing or a subject pronoun
// ("before running", "after they left"), as before a noun they are
// prepositions ("since March alone").
func clauseOpens(sc scanner, k int) bool {
	w := sc.tok(k)
	if !hedgeStops[w] {
		return false
	}
	next := sc.tok(k + 1)
	return !prepositionalStops[w] || strings.HasSuffix(next, "ing") || subjectPronouns[next]
}

// prepositionalStops and subjectPronouns: see clauseOpens.
var prepositionalStops, subjectPronouns = lexicon.Set("prepositional-stops"), lexicon.Set("subject-pronouns")

// othersOfVerb reports whether "N others" is the object of a verb of the
// fact's own words or terms right before it, after another figure of the sentence
// counted by another verb: "killing six people and injuring 48 others",
// "cancelled 842 flights and delayed 1,930 others" count the injured and
// the delayed, others than the first group (not "a guard and three others
// were hurt", a part of the hurt).
func othersOfVerb(sent *sentence, n numberMention, spans []span, own map[string]bool) bool {
	sc := sent.scanner()
	k := n.start - 1
	if a := sc.approximationAt(n.start); a != nil {
		k -= len(a.words) // "delayed about 1,930 others"
	}
	if k < 1 || !own[sc.tok(k)] && !inSpans(k, spans) || !plainGap(sc.gap(k+1)) {
		return false
	}
	for _, o := range sent.numberMentions() {
		if o.end <= k && o.start >= k-maxOthersGap {
			return true
		}
	}
	return false
}

// maxOthersGap: see othersOfVerb.
const maxOthersGap = 8

// countOthers, right after a figure, make it a count of others than some
// already named: "three other passengers", "two others were hurt".
var countOthers = lexicon.Set("count-others")

// clauseBreak reports whether a clause ends before token k: a stop or a
// semicolon, or a comma before "and" or "but".
func clauseBreak(sc scanner, k int) bool {
	g := sc.gap(k)
	return strings.ContainsAny(g, ";.") || strings.Contains(g, ",") && (sc.tok(k) == "and" || sc.tok(k) == "but")
}

// modifiesOther reports whether a value from token start to end stands
// between a determiner and a noun that is not one of the fact's terms
// (spans): "a $252 million termination fee" measures the fee, not the deal,
// as "the June leak" dates the leak. A unit word of the fact's own is the
// noun itself ("the 250 passengers"), so the caller asks only of a number
// alone or with a unit of the table.
func modifiesOther(sent *sentence, start, end int, spans []span) bool {
	f, sc := sent.folded(), sent.scanner()
	if start == 0 || !sent.determinerAt(start-1) || end >= len(f.tokens) || !plainGap(sc.gap(end)) {
		return false
	}
	if w := sc.tok(end); !isLetters(w) || notNouns[w] || partitiveOf[w] {
		return false // not "afectó a cinco de sus 19 regiones": a part, no noun it measures
	}
	// The noun may come a word or two later: "the 48-foot center span".
	for _, sp := range spans {
		if sp.start >= end && sp.start <= end+nounReach && !sent.leavesClause(span{end, end + 1}, sp, false) {
			return false
		}
	}
	return true
}

// nounReach is how many words may stand between a value and the noun it
// measures: "the 48-foot center span".
const nounReach = 2

// countsThis reports whether the fact, with its terms at spans, may read
// a count of a part and a whole ("120 of its 9,000 members"): a fact
// with a term within those words ("members") counts the whole, any other
// ("were affected") the part. Any other number it may read.
func (m *matcher) countsThis(sent *sentence, n numberMention, spans []span) bool {
	if n.partitive == (span{}) || m.borrowedAnchor(sent, spans) {
		return true
	}
	sp := n.partitive
	if n.whole || n.ofWhole > 0 {
		whole := n
		if !n.whole {
			whole = sent.numberMentions()[n.ofWhole-1]
		}
		if end, _, ok := m.unitMatch(sent, whole); ok {
			sp.end = max(sp.end, end) // the words of a unit of the fact's own
		}
	}
	if n.ofOne { // "One of the 17 trapped men", "one of the 17 men who died", not "one of the 13 stations on the line"
		return m.ownTermWithin(sent, spans, n) || termInWholeClause(sent, spans, sp)
	}
	if n.byPronoun {
		// "40 were injured, five of them seriously": a term right after the
		// pronoun makes the part the fact's; otherwise a term before it
		// makes the whole the fact's ("The storm killed 40 people, five of
		// them in Lisbon"), and with neither, a term later in the part's
		// clause reads the part, in doubt ("30 were treated, and six of
		// them were taken to hospital": six may be all who went, or some
		// of them; see pronounPartDoubt).
		if termRightAfter(spans, n.partitive) {
			return !n.whole
		}
		if slices.ContainsFunc(spans, func(s span) bool { return s.end <= n.partitive.end }) {
			return n.whole
		}
		if k := partAsideEnd(sent, n); k >= 0 && (auxiliaries[sent.scanner().tok(k)] || pastForm(sent.scanner().tok(k))) && termLaterInClause(sent, spans, k) {
			return n.whole // "Eleven people, nine of them teenagers, were taken to hospital": the part is an aside, the verb the whole's
		}
		return !n.whole && termLaterInClause(sent, spans, n.partitive.end) // "At least 30 were treated, and nine of them, the chief said, went to hospital": neither
	}
	if termInWholeClause(sent, spans, sp) {
		return n.whole // "61 of the 214 operations that had to be postponed"
	}
	return n.whole == anyTermWithin(spans, sp) || termRightAfter(spans, sp) || termAfterPhrase(sent, spans, sp)
}

// termInWholeClause reports whether a term of the fact is the verb of a
// relative clause on the counted noun of a part and a whole, only
// auxiliaries and words of [whole-clause-fillers] before it: "61 of the
// 214 operations that had to be postponed", "two of the three men who
// died". The clause says what the whole is, so the fact counts the whole
// and the part is a share of it; not "three of the 40 passengers who
// were on board died", whose term is the part's, nor when another term
// follows ("two of the 40 passengers who were injured died").
func termInWholeClause(sent *sentence, spans []span, sp span) bool {
	sc := sent.scanner()
	if !wholeClauseWords[sc.tok(sp.end)] || !plainGap(sc.gap(sp.end)) || wholeClauseSingulars[sc.tok(sp.end+1)] {
		return false // not "the only one of the 12 passengers who was injured": the one's clause
	}
	for k := sp.end + 1; k < len(sc.toks) && k <= sp.end+1+wholeClauseReach; k++ {
		if !plainGap(sc.gap(k)) {
			return false
		}
		if termRightAfter(spans, span{sp.start, k}) {
			return !slices.ContainsFunc(spans, func(s span) bool { return s.start > k }) // not "two of the 40 passengers who were injured died"
		}
		if w := sc.tok(k); !auxiliaries[w] && !nonfiniteAuxiliaries[w] && !wholeClauseFillers[w] {
			return false // "the 214 operations that surgeons postponed": another subject
		}
	}
	return false
}

// wholeClauseWords ([whole-clause-words]) open a relative clause on a
// counted noun; wholeClauseFillers ([whole-clause-fillers]) may stand
// between it and its verb besides auxiliaries: "that had to be postponed",
// "which were later cancelled".
var wholeClauseWords, wholeClauseFillers = lexicon.Set("whole-clause-words"), lexicon.Set("whole-clause-fillers")

// wholeClauseSingulars ([whole-clause-singulars]) right after the relative
// word make its clause the part's, a single one: "one of the 12 passengers
// who was injured".
var wholeClauseSingulars = lexicon.Set("whole-clause-singulars")

// wholeClauseReach is how many words may stand between the relative word
// and the fact's term.
const wholeClauseReach = 4

// termAfterPhrase reports whether a term of the fact begins after the
// counted noun of a part and a whole and a short phrase that a word of
// [noun-phrase-preps] opens, in its clause: "five of the seven paintings
// by Orazio Valdambrini stolen from the museum", "cinque delle sette tele
// di Valdambrini rubate". The term may tell of the whole or of the part,
// as right after the noun (see termRightAfter): both counts are read.
func termAfterPhrase(sent *sentence, spans []span, sp span) bool {
	sc := sent.scanner()
	if !nounPhrasePreps[sc.tok(sp.end)] || !plainGap(sc.gap(sp.end)) {
		return false
	}
	for k := sp.end + 1; k < len(sc.toks) && k <= sp.end+1+nounPhraseWords; k++ {
		if w := sc.tok(k); !plainGap(sc.gap(k)) || auxiliaries[w] || negations[w] || isDigits(w) {
			return false // "the seven paintings, which were stolen": a clause of its own
		}
		if termRightAfter(spans, span{sp.start, k}) {
			return true
		}
	}
	return false
}

// nounPhrasePreps open a short phrase after a counted noun that the words
// after it may go on describing: "paintings by Orazio Valdambrini stolen".
var nounPhrasePreps = lexicon.Set("noun-phrase-preps")

// nounPhraseWords is how many words that phrase may hold.
const nounPhraseWords = 3

// continuedClauseDoubt says why a figure of a sentence that is about the
// fact only as it goes on from the one before ("That is ambitious for a
// firm that sold 41,000 cars last year") may be another thing's, or "": it
// stands in a clause on a noun of its own (see otherNounsClause).
func continuedClauseDoubt(sent *sentence, n numberMention, spans []span) string {
	if !continuedOnly(sent, spans) || !otherNounsClause(sent, n.span, spans) {
		return ""
	}
	return "the sentence is about the fact only as it goes on from the one before, and the figure stands in a clause on another noun (\"a firm that sold ...\"), which may be that noun's"
}

// ownTermWithin reports whether a term of the fact that is no word of its
// unit stands within the part and whole of "one of the N" n: "trapped" in "one of the 17 trapped men" for a
// fact about the trapped, not "stations" for one about stations closed.
func (m *matcher) ownTermWithin(sent *sentence, spans []span, n numberMention) bool {
	unit := span{n.end, n.end}
	if end, _, ok := m.unitMatch(sent, n); ok && end > n.end {
		unit = span{end - 1, end} // the unit's noun, not a word between: "17 trapped men"
	}
	for _, s := range spans {
		if s.start >= n.partitive.start && s.end <= n.partitive.end && !(s.start >= unit.start && s.end <= unit.end) {
			return true
		}
	}
	sc := sent.scanner()
	complement := n.partitive.start > 0 && (oneOfLinks[sc.tok(n.partitive.start-1)] || strings.TrimSpace(sc.gap(n.partitive.start)) == ",")
	return complement && termRightAfter(spans, span{n.partitive.start, max(n.partitive.end, unit.end)}) // "was one of 11 people swept away": a participle on the whole; not "One of 40 passengers died"
}

// oneOfLinks ([one-of-links]) before "one of N" make it a complement of
// the subject, so that a participle after the whole describes the whole:
// "Imhof was one of 11 people swept away", "became one of three killed".
var oneOfLinks = lexicon.Set("one-of-links")

// borrowedAnchor reports whether a sentence holds no term of the fact of
// its own, and is about it only as it answers or continues the sentence
// before (its one anchor the stand-in at its first word): "Which stations
// are closed? Nine of the line's 13 stations."
func (m *matcher) borrowedAnchor(sent *sentence, spans []span) bool {
	return len(spans) == 1 && spans[0] == span{0, 1} && !m.loc.termAt(sent, 0)
}

// partOrWhole says why a count of a part and a whole, in a sentence with
// no term of the fact's own (see borrowedAnchor), may be either: nothing
// there tells which of the two the fact counts, so both are read, and one
// that disagrees is unsure.
func (m *matcher) partOrWhole(sent *sentence, n numberMention, spans []span) string {
	if n.partitive == (span{}) || !m.borrowedAnchor(sent, spans) {
		return ""
	}
	return "a part and a whole (\"nine of the 13 stations\") in a sentence that names no term of the fact: the fact's may be either"
}

// pronounPartDoubt says why the part of "N of them" is in doubt when the
// fact's term stands later in the part's clause and none before the whole
// ("30 were treated, and six of them were taken to hospital"), or "".
func pronounPartDoubt(sent *sentence, n numberMention, spans []span) string {
	if !n.byPronoun || n.whole || n.partitive == (span{}) || termRightAfter(spans, n.partitive) || !termLaterInClause(sent, spans, n.partitive.end) {
		return ""
	}
	return "a part of a count (\"six of them were taken to hospital\"), which may be all the fact counts or some of them"
}

// termLaterInClause reports whether a term of the fact begins within
// pronounPartReach words after token k, with no mark between: "six of
// them were taken to hospital", not "nine of them, the chief said, went".
func termLaterInClause(sent *sentence, spans []span, k int) bool {
	sc := sent.scanner()
	for j := k; j < len(sc.toks) && j <= k+pronounPartReach; j++ {
		if j > k && !plainGap(sc.gap(j)) {
			return false
		}
		if slices.ContainsFunc(spans, func(s span) bool { return s.start == j }) {
			return true
		}
	}
	return false
}

// partAsideEnd returns the token after the comma that closes a part
// counted by a pronoun and set off by commas right after its whole and
// its noun ("Eleven people, nine of them teenagers, were"), within
// partAsideWords words of the pronoun, or -1. n is the whole or the part;
// a whole with a verb of its own before the comma ("Thirty people were
// hurt, eleven of them children, ...") has none.
func partAsideEnd(sent *sentence, n numberMention) int {
	w, p := n, n.partitive
	if !n.whole {
		w = sent.numberMentions()[n.ofWhole-1]
	}
	sc := sent.scanner()
	c := w.end
	for c < p.end && !strings.Contains(sc.gap(c), ",") {
		if c-w.end >= 3 || auxiliaries[sc.tok(c)] || pastForm(sc.tok(c)) {
			return -1
		}
		c++
	}
	if c >= p.end {
		return -1
	}
	for k := p.end; k < len(sc.toks) && k <= p.end+partAsideWords; k++ {
		if g := sc.gap(k); strings.Contains(g, ",") {
			return k
		} else if !plainGap(g) {
			return -1
		}
	}
	return -1
}

// partAsideWords is how many words after "N of them" an aside of the part
// may hold: "nine of them teenagers", "two of them in a serious
// condition".
const partAsideWords = 5

// pronounPartReach is how many words after "N of them" the fact's term may
// stand to read the part.
const pronounPartReach = 5

// termRightAfter reports whether a term of the fact begins right after the
// counted noun of a part and a whole: "2,300 of the 6,200 residents ordered
// out" (the whole's), or "three of the 40 passengers died" (the part's).
// Both counts are read then, and one that disagrees is unsure.
func termRightAfter(spans []span, sp span) bool {
	for _, s := range spans {
		if s.start == sp.end {
			return true
		}
	}
	return false
}

// anyTermWithin reports whether a term of the fact stands within sp: a
// fact whose terms name the counted noun ("members" in "120 of its 9,000
// members") counts the whole, whatever its other groups' terms say
// elsewhere in the sentence ("the union said").
func anyTermWithin(spans []span, sp span) bool {
	for _, s := range spans {
		if s.start >= sp.start && s.end <= sp.end {
			return true
		}
	}
	return false
}

// numberReadings reads a number in the fact's unit: its value, and a
// second reading where a dot may separate thousands ("48.000").
func (m *matcher) numberReadings(sent *sentence, n numberMention) (end int, rs readings, ok bool) {
	end, v, ok := m.unitMatch(sent, n)
	if !ok {
		return 0, nil, false
	}
	if rv, spanEnd, ok := m.totalOverSpan(sent, n); ok {
		return max(end, spanEnd), readings{rv}, true // "$800 million over two years" for savings of $400 million a year
	}
	if to := m.wideConversion(n); to != nil && v != n.value {
		x := n.value.Lo
		v = scale(facts.Interval{Lo: x - x/10, Hi: x + x/10}, n.unit, to) // "100 km/h": within a tenth, not 50 to 150
	}
	rs = readings{v}
	for _, lv := range m.looseReadings(n) {
		if !slices.Contains(rs, lv) {
			rs = append(rs, lv) // "16 MiB" read as 16 MB too
		}
	}
	if v != n.value && n.unit != nil && n.unit.name == "percent" && n.value.Lo >= 100 {
		rs = append(rs, facts.Interval{Lo: n.value.Lo / 100, Hi: n.value.Hi / 100})
	}
	if nm := m.milesAtSea(sent, n); nm != nil {
		rs = append(rs, *nm) // "a 23 miglia dalla costa": statute or nautical miles
	}
	for _, d := range dimensionsBefore(sent, n) {
		alt := n
		alt.value = d.value
		if _, va, ok := m.unitMatch(sent, alt); ok && !slices.Contains(rs, va) {
			rs = append(rs, va) // "146 x 114 cm": either figure may be the fact's dimension
		}
	}
	if n.alt != nil {
		alt := n
		alt.value = *n.alt
		_, va, _ := m.unitMatch(sent, alt)
		rs = append(rs, va)
		for _, lv := range m.looseReadings(alt) {
			if !slices.Contains(rs, lv) {
				rs = append(rs, lv) // "2.300 ton": 2,300 tonnes too
			}
		}
	}
	return end, rs, true
}

// dimensionsBefore returns the figures with no unit that a number with a
// unit of length ends a product of dimensions with, joined by "x", "×" or "by":
// "146 x 114 cm", "146 by 114 inches", "2 x 3 x 4 m". They are in its
// unit, and a fact's measure may be any of them.
func dimensionsBefore(sent *sentence, n numberMention) []numberMention {
	if n.unit == nil || n.unit.base != "meter" {
		return nil // "500 x 330 ml bottles" counts bottles of a volume
	}
	sc, ms := sent.scanner(), sent.numberMentions()
	var out []numberMention
	at := n.start
	for k := len(ms) - 1; k >= 0; k-- {
		p := ms[k]
		if p.end > at {
			continue
		}
		if p.unit != nil || p.value.Lo != p.value.Hi || !dimensionJoin(sc, p.end, at) {
			break
		}
		out, at = append(out, p), p.start
	}
	return out
}

// dimensionJoin reports whether the tokens from end to at join two figures
// of a product of dimensions: a word of [dimension-joins] between ("x",
// "by", German "mal": "92 mal 73 Zentimeter"), or "×".
func dimensionJoin(sc scanner, end, at int) bool {
	switch at - end {
	case 0:
		return strings.TrimSpace(sc.gap(at)) == "×"
	case 1:
		return dimensionJoins[sc.tok(end)] && plainGap(sc.gap(end)) && plainGap(sc.gap(at))
	}
	return false
}

// dimensionJoins ([dimension-joins]): see dimensionJoin.
var dimensionJoins = lexicon.Set("dimension-joins")

// milesAtSea returns a figure in miles read as nautical miles in the
// fact's unit, for a fact in another unit of length, in a sentence with a
// word of [sea-words] ("23 miles off the coast", "a 23 millas de la
// costa"): at sea a mile is as often the nautical one. Nil otherwise.
func (m *matcher) milesAtSea(sent *sentence, n numberMention) *facts.Interval {
	if n.unit == nil || n.unit.name != "mile" || !sent.hasAny(seaWords) {
		return nil
	}
	nautical := unitLexicon.byName["nautical mile"]
	for _, alt := range m.units {
		if alt.def != nil && alt.def.base == n.unit.base && alt.def != nautical && alt.def != n.unit {
			v := scale(n.value, nautical, alt.def)
			return &v
		}
	}
	return nil
}

// seaWords: see milesAtSea.
var seaWords = lexicon.Set("sea-words")

func (numberKind) canRead(p *matcher, sent *sentence, cd candidate, first []span) bool {
	n := sent.numberMentions()[cd.i]
	_, _, ok := p.unitMatch(sent, n)
	return ok && p.countsThis(sent, n, first)
}

func (numberKind) holds(f *facts.Fact, src *reading, sent *sentence, cd candidate) bool {
	return cd.readings.overlap(f)
}

// markSettling marks how a number read as v settles the source's other
// figures (see settleWithinSource): firm, stated outright; near, stated
// approximately; open, a bound; partial, one year of a span; or yielding
// to a firm one, disagreeing.
func markSettling(f *facts.Fact, fd *Finding, v facts.Interval, n numberMention, rounded bool) {
	fd.partial = fd.Agrees && v.Lo == v.Hi && (rangeFact(f) || beyondOpen(f, v.Lo)) // "2015" for model years 2009 to 2015; "40" for at least 14
	fd.firm = fd.Agrees && v.Lo == v.Hi && !v.LoOpen && !v.HiOpen && !fd.partial && !rounded
	limit := v.Lo == 0 && f.Number.Lo == f.Number.Hi && v.Hi == f.Number.Hi // "up to 1,500 connections": the sheet's limit itself
	// "at least four" settles others for six, not "at least 11" for 53
	floor := math.IsInf(v.Hi, 1)
	fd.near = fd.Agrees && !fd.firm && !v.LoOpen && !v.HiOpen && !fd.partial && !n.ranged && (floor && 2*v.Lo >= f.Number.Lo || !floor && (v.Hi-v.Lo <= nearWidth*(v.Hi+v.Lo)/2 || limit))
	fd.yields, fd.open = !fd.Agrees, fd.Agrees && (v.LoOpen || v.HiOpen)
	if n.unit != nil {
		fd.unit = n.unit.name
	}
}

// nearWidth is how wide, as a share of its middle, a figure may be to
// settle a source's others as an approximate statement of the sheet's
// (see settling): "about 85,000" (a fifth), not "dozens" (24 to 99); "up
// to 1,500" for a limit of 1,500 settles them too.
const nearWidth = 0.25

// roundedTo reports whether a single figure written with a scale word of
// a million or more ("$4.8 billion", "2 million") is the sheet's single
// value rounded to its last written digit: news rounds such figures, and
// "$4.8 billion" for $4.82 billion is no contradiction ("$4.9 billion" is).
func roundedTo(sent *sentence, n numberMention, v, sheet facts.Interval) bool {
	if v.Lo != v.Hi || sheet.Lo != sheet.Hi || n.value != v || n.gluedMetre {
		return false // "6.30m" is metres, no millions rounded
	}
	sc := sent.scanner()
	for k := n.start; k < n.end; k++ {
		at, d, scale := k-1, sc.tok(k-1), scales[sc.tok(k)] // "4.8 billion": the last digits before the word
		if digits, glued := gluedScaleSuffix(sc.tok(k)); glued > 0 {
			at, d, scale = k, digits, glued // "£44.6m", "$2.1bn": the scale glued to them
		}
		half := sc.phraseAt(k+1, halfAfterScale) != nil // "quattro milioni e mezzo": written to the half million
		if scale >= 1e6 && at == n.start && isNumberWord(d) && !digitsIn(sc, k+1, n.end) {
			if half || units[d] != math.Trunc(units[d]) {
				scale /= 2 // "quattro milioni e mezzo", "zweieinhalb Millionen": written to the half million
			}
			return math.Abs(sheet.Lo-v.Lo) <= scale/2*(1+1e-9) // "two million" for 2.1 million
		}
		if scale < 1e6 || at < n.start || !isDigits(d) {
			continue
		}
		unit := scale
		if g := sc.gap(at); at >= 1 && (g == "." || g == "," && len(d) < 3) && isDigits(sc.tok(at-1)) {
			unit = scale / math.Pow(10, float64(len(d))) // "4.8 billion", "4,5 miljard", "44.6m"; not "4,500 million"
		} else if half {
			unit = scale / 2 // "4 milioni e mezzo"
		}
		return math.Abs(sheet.Lo-v.Lo) <= unit/2*(1+1e-9)
	}
	return false
}

// digitsIn reports whether a token of digits stands from a to b-1: "dos
// millones y 800.000" is written to its last digit, not to the million.
func digitsIn(sc scanner, a, b int) bool {
	for k := a; k < b; k++ {
		if isDigits(sc.tok(k)) {
			return true
		}
	}
	return false
}

// isNumberWord reports whether a word is a number word that a scale may
// follow: "two", "dos", "elf".
func isNumberWord(w string) bool {
	return units[w] != 0 || beforeScales[w] != 0 || beforeOwnScales[w] != 0 || oneBeforeScales[w] != 0
}

// fewerDecimals reports whether a single figure with no scale word is
// written to fewer decimals than the sheet's single value, the sheet's
// value rounds to it, and it stands within roundedShare of it, or is a
// whole percentage: "58 per cent" for 58.4, "18%" for 18.4%, not "59 per
// cent", nor "2 GHz" for 2.4 GHz.
func fewerDecimals(sent *sentence, n numberMention, v, sheet facts.Interval) bool {
	written, ok := roundsToFewer(sent, n, v, sheet)
	return ok && (math.Abs(sheet.Lo-v.Lo) <= roundedShare*math.Abs(sheet.Lo) || wholePercent(n, written, sheet.Lo))
}

// roundsToFewer returns how many decimals a single figure with no scale
// word is written with, and whether that is fewer than the sheet's single
// value has and the sheet's value rounds to it, however far: "11 miles"
// and "2 GHz" for 11.2 and 2.4.
func roundsToFewer(sent *sentence, n numberMention, v, sheet facts.Interval) (int, bool) {
	if v.Lo != v.Hi || sheet.Lo != sheet.Hi || n.value != v {
		return 0, false
	}
	_, frac, _ := strings.Cut(strconv.FormatFloat(sheet.Lo, 'f', -1, 64), ".")
	written := writtenDecimals(sent, n)
	half := 0.5 * math.Pow(10, -float64(written))
	return written, written < len(frac) && math.Abs(sheet.Lo-v.Lo) < half*(1-1e-9) // not at a half: "99.9%" for 99.95% is no rounding
}

// coarseDecimals reports whether a whole figure, a measure of
// [rounded-measures], that the sheet's value with decimals
// rounds to, stands beyond roundedShare of it but within
// decimalsDoubtShare: "an 11-mile path" for 11.2 miles, which a writer
// rounds so; not "4 GHz" for 4.1 GHz, "10 seconds" for 9.87 or "£10" for
// £10.40, which a specification, a timing or a price would not round.
func coarseDecimals(sent *sentence, n numberMention, v, sheet facts.Interval) bool {
	written, ok := roundsToFewer(sent, n, v, sheet)
	return ok && written == 0 && n.unit != nil && roundedMeasures[n.unit.base] && math.Abs(sheet.Lo-v.Lo) <= decimalsDoubtShare*math.Abs(sheet.Lo)
}

// roundedMeasures ([rounded-measures]) are the bases of the measures
// writers round to a whole figure (lengths, areas, weights): not prices,
// timings or a specification's figures.
var roundedMeasures = lexicon.Set("rounded-measures")

// decimalsDoubtShare is how far, as a share of the sheet's value, a
// figure written to fewer decimals may stand and be unsure.
const decimalsDoubtShare = 0.05

// wholePercent reports whether a percentage is written as a whole one, as
// writers round a percentage of one or more: "18%" for 18.4%, however far
// that is as a share of it.
func wholePercent(n numberMention, written int, sheet float64) bool {
	return written == 0 && math.Abs(sheet) >= 1 && n.unit != nil && (n.unit.name == "percent" || n.unit.name == "percentage point")
}

// narrowAgreement takes back the agreement of a figure whose reading
// allows the sheet's value but whose words do not: "up to 95 km/h" for a
// maximum of 85 (the maximum itself is compared), and "about 2,200" for
// 2,100, which rounds to 2,100, not to 2,200 (see offRounding).
func narrowAgreement(f *facts.Fact, n numberMention, v facts.Interval, fd *Finding) {
	switch {
	case !fd.Agrees:
	case n.value != v && upperBound(v) && maximumFact(f) && n.unit != nil && n.unit.offset == 0 && !convertedMaxHolds(f.Number, n.value.Hi, v.Hi):
		fd.Agrees = false // "up to 120 miles" for a range of up to 120 km: the maximum, converted
		fd.How = "a bound from above (\"up to\") gives a maximum, and the fact is one: the maximum, " + facts.Exactly(n.value.Hi).String() + " in the source's unit (" + facts.Exactly(v.Hi).String() + " in the sheet's, with its rounding), is compared"
	case n.value != v:
		if sheet, ok := convertedBack(f.Number.Lo, n.value, v); ok && f.Number.Lo == f.Number.Hi && roundsOff(f, n.value, sheet, n.dozens) {
			fd.Agrees = false // "about 1,300 feet" for 366 m, which is 1,201 feet: no rounding of 1,300
			fd.How = "an approximate figure (" + n.value.String() + " in the source's unit) whose round number the sheet's value in that unit does not round to: " + facts.Exactly(sheet).String() + " is no rounding of " + facts.Exactly((n.value.Lo+n.value.Hi)/2).String()
		}
	case upperBound(v) && maximumFact(f) && !f.NumberAgrees(facts.Exactly(v.Hi)):
		fd.Agrees = false // "gusts of up to 95 km/h" for gusts of up to 85: the maximum itself
		fd.How = "a bound from above (\"up to\", \"under\") gives a maximum, and the fact is one (a word of [maximum-words] in its claim or terms): the maximum, " + facts.Exactly(v.Hi).String() + ", is compared"
	case lowerBound(v) && minimumFact(f) && !f.NumberAgrees(facts.Exactly(v.Lo)) && !(roundedDown(v.Lo, f.Number.Lo) && !strings.ContainsAny(fd.Says, "0123456789")): // not "more than a hundred vials" for at least 120, a round figure in words: writers round down; "at least 10 GB" for 16 is another minimum
		fd.Agrees = false // "at least 4 GB" for a minimum of 6 GB: the minimum itself
		fd.How = "\"at least\" gives a minimum, and the fact is one (a word of [minimum-words] in its claim or terms): the minimum, " + facts.Exactly(v.Lo).String() + ", is compared"
	case offRounding(f, v, n.dozens):
		fd.Agrees = false
		fd.How = "an approximate figure (" + v.String() + ") whose round number the sheet's value does not round to: " + f.Number.String() + " is no rounding of " + facts.Exactly((v.Lo+v.Hi)/2).String()
	}
}

// roundedDown reports whether a round figure of ten or more (100, 1,000,
// 2,500 at its last significant digit) is the sheet's value rounded down
// to that figure's precision: 100 of 120, 1,000 of 1,200; not 35 of 40.
func roundedDown(round, sheet float64) bool {
	if round < 10 || round != math.Trunc(round) || sheet <= round {
		return false
	}
	unit := 1.0
	for math.Mod(round, unit*10) == 0 {
		unit *= 10
	}
	return unit >= 10 && math.Floor(sheet/unit)*unit == round
}

// offRounding reports whether v is an approximation around a whole round
// number ("about 2,200", "some 1.3 million": ±10%) that the sheet's single
// value, with no tolerance, does not round to at the number's own
// precision: 2,100 rounds to 2,100, not to 2,200 (a hundred apart, more
// than half of the hundreds 2,200 is given in), and 1.2 million is no
// rounding of 1.3 million; 3,200 is of 3,000, 27 of 30 and 24 of 25. A
// count in dozens (dozens) is given to the dozen: 47 is of "four dozen".
func offRounding(f *facts.Fact, v facts.Interval, dozens bool) bool {
	return roundsOff(f, v, f.Number.Lo, dozens)
}

// roundsOff is offRounding with the sheet's value given in v's unit.
func roundsOff(f *facts.Fact, v facts.Interval, sheet float64, dozens bool) bool {
	c := (v.Lo + v.Hi) / 2
	if f.Tolerance != "" && !noTolerance(f) || f.Number.Lo != f.Number.Hi || c < 10 || c != math.Trunc(c) || math.Abs(v.Hi-v.Lo-0.2*c) > 1e-9*c {
		return false
	}
	if dozens {
		return math.Abs(sheet-c) > 6+1e-9*c // "four dozen" rounds to the dozen: 47 is a rounding of it
	}
	unit := 1.0
	for math.Mod(c, unit*10) == 0 {
		unit *= 10
	}
	if math.Mod(c/unit, 10) == 5 && !noTolerance(f) {
		unit *= 5 // "about 15,000" for 14,000, unless the sheet holds its figure to itself
	}
	return math.Abs(sheet-c) > unit/2+1e-9*c
}

// noTolerance reports whether the sheet gives a fact tolerance: 0 (or
// 0%): it holds a source's figure to its own, so an approximation agrees
// only when the sheet's value rounds to it at its own last digit ("about
// 15,000" is no rounding of 14,000, nor "around $10 million" of $14.2
// million).
func noTolerance(f *facts.Fact) bool {
	t := strings.TrimSuffix(f.Tolerance, "%")
	x, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
	return err == nil && x == 0
}

// wideConversion returns the fact's unit a figure is converted into from
// its own, when the figure is a single whole one whose trailing
// zeros would round it by more than a tenth ("100 km/h" rounded to the
// hundred is 50 to 150): it is read within a tenth of it, and up to a
// quarter only as unsure (see wideRoundingDoubt). Nil otherwise.
func (m *matcher) wideConversion(n numberMention) *unitDef {
	x := n.value.Lo
	if n.unit == nil || n.value.Hi != x || x < 10 || n.unit.offset != 0 {
		return nil
	}
	for _, alt := range m.units {
		if alt.def == nil || alt.def.base != n.unit.base {
			continue
		}
		if alt.def.factor == n.unit.factor || roundedBy(x) <= x/10 {
			return nil // the first unit of its kind is the figure's own, as unitMatch takes it
		}
		return alt.def
	}
	return nil
}

// wideRoundingDoubt says why a figure converted from a round one (see
// wideConversion) that disagrees within a tenth of it may still be a
// rounding of the sheet's: it agrees within a quarter, or its rounding.
func (m *matcher) wideRoundingDoubt(n numberMention) string {
	x := n.value.Lo
	to := m.wideConversion(n)
	if to == nil {
		return ""
	}
	d := min(roundedBy(x), x/4)
	if wide := (readings{scale(facts.Interval{Lo: x - d, Hi: x + d}, n.unit, to)}); !wide.overlap(m.fact) {
		return ""
	}
	return "converted from " + facts.Exactly(x).String() + " " + n.unit.name + ", a round figure that may be rounded by more than a tenth: within a quarter of it, the sheet's value may be its rounding"
}

// ageRange judges a range of ages ("aged 21 to 54"): for a fact of the
// ages of a group, its ends are the youngest and the oldest, so both must
// be the sheet's; for a fact of one age it may be a group's that holds
// the person: unsure.
func ageRange(f *facts.Fact, n numberMention, v facts.Interval, fd *Finding) {
	switch {
	case !n.ranged || !ageFact(f):
	case f.Number.Lo != f.Number.Hi && (v.Lo != f.Number.Lo || v.Hi != f.Number.Hi):
		fd.Agrees, fd.How = false, "a range of ages whose youngest or oldest is not the sheet's"
	case f.Number.Lo == f.Number.Hi && fd.Agrees:
		fd.Agrees, fd.Unsure, fd.How = false, true, "unsure: a range of ages holds the sheet's one age, and may be a group's"
	}
}

// convertedMaxHolds reports whether the sheet's maximum lies within the
// rounding of a source's maximum x written in another unit and converted
// to hi, which scale widened by that rounding where roundBound holds ("up
// to 75 miles" is 75.5 miles at most): 120 km is within "up to 75 miles",
// not within "up to 120 miles".
func convertedMaxHolds(sheet facts.Interval, x, hi float64) bool {
	r, k := roundedBy(x), hi/x
	if roundBound(x) {
		k = hi / (x + r)
	}
	return sheet.Hi >= k*(x-r) && sheet.Lo <= k*(x+r)
}

// convertedBack returns the sheet's value x in the unit of a source's
// figure written as written and converted to converted, a map of the form
// a*x+b (a temperature's too); false when the figure is no interval to
// tell the map from.
func convertedBack(x float64, written, converted facts.Interval) (float64, bool) {
	if written.Hi == written.Lo || math.IsInf(written.Hi, 0) || math.IsInf(converted.Hi, 0) {
		return 0, false
	}
	a := (converted.Hi - converted.Lo) / (written.Hi - written.Lo)
	if a == 0 {
		return 0, false
	}
	b := converted.Lo - a*written.Lo
	return (x - b) / a, true
}

// readFrom says how a number's value v was read when it is not the figure
// as written: another unit's converted, or the dot a thousands separator.
func readFrom(n numberMention, v facts.Interval) string {
	switch {
	case n.value == v:
		return ""
	case n.alt != nil && *n.alt == v:
		return "the dot read as a thousands separator"
	case n.gluedMillions && n.unit == nil:
		return "the m glued to the figure read as metres"
	case n.unit == nil:
		return "converted from " + n.value.String() + " in the unit its table row's label names"
	}
	return "converted from " + n.value.String() + " " + n.unit.name
}

// moreDecimals reports whether a single figure with no scale word is
// written to more decimals than the sheet's single value, itself written
// with decimals, and rounds to it, half up: "67.42%" for a sheet's 67.4,
// which an editor rounded from the official figure; not "67.46%", nor
// "0.25" for a sheet's "0.30", written to two decimals.
func moreDecimals(sent *sentence, n numberMention, v, sheet facts.Interval, written string) bool {
	if v.Lo != v.Hi || sheet.Lo != sheet.Hi || n.value != v {
		return false
	}
	_, frac, _ := strings.Cut(strconv.FormatFloat(sheet.Lo, 'f', -1, 64), ".")
	if _, w, ok := strings.Cut(strings.TrimSpace(written), "."); ok && isDigits(w) && len(w) > len(frac) {
		frac = w // "number: 0.30" is written to two decimals, though it is 0.3
	}
	if len(frac) == 0 || writtenDecimals(sent, n) <= len(frac) {
		return false
	}
	scale := math.Pow(10, float64(len(frac)))
	return math.Abs(math.Floor(v.Lo*scale+0.5+1e-9)-sheet.Lo*scale) < 1e-6
}

// sheetScaleRounds reports whether the sheet writes its single value with
// decimals and a scale word ("number: 5.2 million") and the source's single figure,
// written to more digits, rounds to it at the sheet's last digit, half up:
// "5,203,118" for 5.2 million; not "5,260,000".
func sheetScaleRounds(v, sheet facts.Interval, written string) bool {
	num, word, ok := strings.Cut(strings.TrimSpace(written), " ")
	scale := facts.NumberScale(word)
	if !ok || scale == 0 || v.Lo != v.Hi || sheet.Lo != sheet.Hi {
		return false
	}
	_, frac, _ := strings.Cut(num, ".")
	if frac == "" {
		return false // "3 million" may be the figure itself, not a rounding
	}
	unit := scale / math.Pow(10, float64(len(frac)))
	if math.Mod(v.Lo, unit) == 0 {
		return false // as many digits as the sheet's, or fewer: read as ever
	}
	return math.Abs(math.Floor(v.Lo/unit+0.5+1e-9)*unit-sheet.Lo) < 1e-6*unit
}

// roundedZeros reports whether a whole figure ending in two or three zeros
// ("65,000") is the sheet's single whole value rounded to its hundreds or
// thousands, half up, within roundedShare of it: "65,000" for 64,800 or
// 64,500; not "64,000" for 64,500, nor "300" for 320.
func roundedZeros(v, sheet facts.Interval) bool {
	x, y := v.Lo, sheet.Lo
	if v.Lo != v.Hi || sheet.Lo != sheet.Hi || x != math.Trunc(x) || y != math.Trunc(y) || x == 0 {
		return false
	}
	unit := 1.0
	for math.Mod(x, unit*10) == 0 {
		unit *= 10
	}
	d, half := math.Abs(x-y), unit/2
	if unit < 100 || unit > 1000 || math.Mod(y, unit) == 0 || d > roundedShare*math.Abs(y) {
		return false // not "$4,800,000,000" for $4.82 billion: every digit written
	}
	return d < half || d == half && x > y // half up, as writers round: "65,000" for 64,500; "64,000" is no rounding of it
}

// roughDoubt says why a figure v read from n that disagrees may be the
// sheet's roughly given, or "": one written to fewer decimals ("11
// miles" for 11.2: see coarseDecimals), an approximate figure converted from
// another unit ("about 3,000 hectares. That is roughly eleven square
// miles." for 3,200 ha), one of one significant digit ("some 100,000" for
// 113,600), a whole count of a longer unit of time ("a three-week
// expedition" for 23 days).
func roughDoubt(f *facts.Fact, sent *sentence, n numberMention, v facts.Interval) string {
	switch {
	case !noTolerance(f) && f.Tolerance == "" && coarseDecimals(sent, n, v, f.Number):
		return "written to fewer decimals than the sheet's value, which rounds to it: a writer's rounding, or a wrong figure"
	case n.unit != nil && n.value != v && approximate(n.value) && !n.toInch && withinSlack(v, f.Number, convertedSlack):
		return "an approximate figure converted from another unit, whose rounding may make the difference"
	case n.value == v && !n.ranged && !noTolerance(f) && oneDigitRounding(v, f.Number):
		return "an approximate figure of one significant digit, which the sheet's value rounds to"
	case coarseSpan(n, v, f.Number):
		return "a whole count of a longer unit of time, which a writer may round the fact's to"
	}
	return ""
}

// oneDigitRounding reports whether v is an approximation ("some 100,000",
// "about 2 million": ±10%) around a figure of one significant digit, at
// least oneDigitFloor, that the sheet's single value rounds to at that
// digit: 113,600 for "some 100,000". Such a figure is as often a rounding
// as a wrong figure.
func oneDigitRounding(v, sheet facts.Interval) bool {
	x := (v.Lo + v.Hi) / 2
	if v.Lo == v.Hi || v.LoOpen || v.HiOpen || sheet.Lo != sheet.Hi || x < oneDigitFloor {
		return false
	}
	unit := math.Pow(10, math.Floor(math.Log10(x)+1e-9))
	if d := x / unit; math.Abs(d-math.Round(d)) > 1e-9 {
		return false // "about 120,000": two digits
	}
	return math.Abs(sheet.Lo-x) < unit/2
}

// oneDigitFloor is the smallest round figure oneDigitRounding reads so:
// "about 20 dead" for 24 stays a contradiction.
const oneDigitFloor = 10000

// roundedShare is how far, as a share of the sheet's value, a figure
// written to fewer decimals may stand from it: "58 per cent" for 58.4, but
// not "2 GHz" for 2.4 GHz, which a specification does not round so.
const roundedShare = 0.01

// writtenDecimals returns how many decimals a figure is written with: the
// digits after a decimal point or a decimal comma ("58,4"; not the
// thousands of "1,850").
func writtenDecimals(sent *sentence, n numberMention) int {
	sc := sent.scanner()
	for k := n.end - 1; k > n.start; k-- {
		d := sc.tok(k)
		if k == n.end-1 {
			d = strings.TrimRightFunc(d, unicode.IsLetter) // "42.6C", "4.2m": a unit or scale glued to the decimals
		}
		if isDigits(d) && isDigits(sc.tok(k-1)) {
			if g := sc.gap(k); g == "." || g == "," && len(d) != 3 {
				return len(d)
			}
			return 0
		}
	}
	return 0
}

// gluedScaleSuffix splits a token of digits with a scale of a million or
// more glued to them ("6m", "1bn", "205mn") into its digits and the
// scale, or returns 0.
func gluedScaleSuffix(t string) (string, float64) {
	for _, g := range [...]struct {
		suffix string
		scale  float64
	}{{"mn", 1e6}, {"m", 1e6}, {"bn", 1e9}} {
		if d, ok := strings.CutSuffix(t, g.suffix); ok && d != "" && isDigits(d) {
			return d, g.scale
		}
	}
	return "", 0
}

// beyondOpen reports whether every value a number fact accepts is
// open-ended and x is none of their bounds: "40 passengers" is allowed by
// "at least 14" but does not state it, and settles no other figure (see
// settleWithinSentences), where "14 passengers" does.
func beyondOpen(f *facts.Fact, x float64) bool {
	return len(f.Numbers) > 0 && !slices.ContainsFunc(f.Numbers, func(n facts.Interval) bool { return !openEnded(n) || n.Lo == x || n.Hi == x })
}

// rangeFact reports whether every value a number fact accepts is a range:
// a single figure inside one agrees, but states only a part of it. An
// open-ended value is none: "14 passengers" states all of "at least 14".
func rangeFact(f *facts.Fact) bool {
	for _, n := range f.Numbers {
		if n.Lo == n.Hi || math.IsInf(n.Hi, 1) {
			return false
		}
	}
	return len(f.Numbers) > 0
}

// upperBound reports whether a value reads as a bound from zero, "up to
// X": 0 to a finite X.
func upperBound(v facts.Interval) bool {
	return v.Lo == 0 && v.Hi > 0 && !math.IsInf(v.Hi, 1)
}

// lowerBound reports whether an interval only bounds a value from below:
// "at least 4", "more than 4".
func lowerBound(v facts.Interval) bool {
	return math.IsInf(v.Hi, 1) && v.Lo > 0
}

// minimumWords ([minimum-words]) in a number fact's claim or terms make it
// a minimum ("needs at least 6 GB", "a minimum of 6 GB"), whose single
// value a source's "at least X" states.
var minimumWords = lexicon.Set("minimum-words")

// minimumFact reports whether a number fact with a single value is a
// minimum: its claim says "at least", or one of its own words is of
// [minimum-words].
func minimumFact(f *facts.Fact) bool {
	return f.Number.Lo == f.Number.Hi && (strings.Contains(text.Fold(f.Claim), "at least ") || ownsAny(ownWords(f), minimumWords))
}

// maximumWords in a number fact's claim or terms make it a maximum
// ("gusts of up to 85 km/h", "peak gusts", "add-ons worth up to €6
// million"): a source's "up to X" then states its maximum X, which must be
// the sheet's, where for another fact it only bounds the value.
var maximumWords = lexicon.Set("maximum-words")

// maximumFact reports whether a number fact is a maximum: its value or
// its claim says "up to", or one of its own words (ownWords) is of
// [maximum-words]. It is asked only of an agreeing "up to" figure.
func maximumFact(f *facts.Fact) bool {
	return f.Maximum || strings.Contains(text.Fold(f.Claim), "up to ") || ownsAny(ownWords(f), maximumWords)
}

// vacuousBound makes an agreeing bound that says nothing of the sheet's
// value unsure: a ceiling over a thousand times it ("up to $18 billion"
// for a fine of $37,500 a car), or a floor under a tenth of it ("more than
// two minutes ahead" for a winning time of 3:11:47).
func vacuousBound(fd *Finding, v facts.Interval, f *facts.Fact) {
	switch {
	case fd.Agrees && farBound(v, f.Number):
		fd.Agrees, fd.Unsure = false, true
		fd.How = joinHow(fd.How, "unsure: a bound over a thousand times off the sheet's value allows it, but is about something else")
	case fd.Agrees && floorFarBelow(v, f.Number):
		fd.Agrees, fd.Unsure = false, true
		fd.How = joinHow(fd.How, "unsure: a floor under a tenth of the sheet's value allows it, and says nothing of it: likely about something else")
	}
}

// floorFarBelow reports whether a reading is a floor with no ceiling
// ("more than two minutes") that lies under a tenth of the sheet's single
// value: it allows the value, and states nothing of it.
func floorFarBelow(v, sheet facts.Interval) bool {
	return math.IsInf(v.Hi, 1) && v.Lo > 0 && sheet.Lo == sheet.Hi && sheet.Lo > 10*v.Lo
}

// farBound reports whether a reading is a bound ("up to", "at least")
// whose finite end is over a thousand times off the sheet's value: it
// allows the value, but is about something larger or smaller.
func farBound(v, sheet facts.Interval) bool {
	switch {
	case v.Lo <= 0 && v.Hi > 0 && !math.IsInf(v.Hi, 1):
		return otherMagnitude(readings{{Lo: v.Hi, Hi: v.Hi}}, sheet)
	case math.IsInf(v.Hi, 1) && v.Lo > 0:
		return otherMagnitude(readings{{Lo: v.Lo, Hi: v.Lo}}, sheet)
	}
	return false
}

// rangeWithin reports whether a range the text writes lies within one of
// a fact's values that is itself a range: both its ends must agree, as a
// range of dates' do. Against a single figure any overlap agrees:
// "2,000-3,000 people" allows 2,500 (the caller leaves out a figure that
// a tolerance widens).
func rangeWithin(v facts.Interval, accepted []facts.Interval) bool {
	for _, n := range accepted {
		if n.Lo == n.Hi || v.Lo >= n.Lo && v.Hi <= n.Hi {
			return true
		}
	}
	return false
}

// secondReading words how a number's other readings were read: the dot
// as a thousands separator, a sum after "and", a race time's hours...
func secondReading(f *facts.Fact, sent *sentence, cd candidate) string {
	n := sent.numberMentions()[cd.i]
	sum, _, summed := coordinatedSum(sent, n)
	switch {
	case n.joined:
		return ", the spans of time after the comma joined to it"
	case summed && cd.readings[len(cd.readings)-1] == sum:
		return ", with the count after \"and\" added to it"
	case n.unit != nil && n.unit.name == "second" && n.alt != nil:
		return ", the race time read as hours, minutes and seconds (H:MM.SS)" // "2:06.41"
	case n.passed:
		return ", \"passed\" read as exceeded"
	case n.unit != nil && n.unit.name == "percent":
		return ", the percentage read as the factor itself" // "200% faster"
	case n.unit != nil && n.unit.loose != 0 || n.unit != nil && looseUnit(f):
		return ", the units read as they are often written too (MiB as MB, a gallon as an imperial one, a ton as a tonne)"
	case n.unit != nil && writtenForUnit(f, n.unit):
		return ", " + n.unit.name + "s read as the fact's unit, as sources often write it (miles at sea for nautical miles)"
	case n.unit != nil && n.unit.name == "mile" && sent.hasAny(seaWords):
		return ", as nautical miles, which a mile at sea often is"
	case len(dimensionsBefore(sent, n)) > 0:
		return ", the figure before \"x\" or \"by\", another of the dimensions it gives"
	}
	return ", with the dot as a thousands separator"
}

// companionCount reports whether a count stands after "and" (a
// possessive between allowed) and before a word of [companion-nouns],
// with a name or an article and a noun before "and": "Okafor and 14
// colleagues", "the pilot and his 14 crewmates" count a group with or
// without the one named before "and".
func companionCount(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	j := n.start - 1
	if companionPossessives[sc.tok(j)] {
		j--
	}
	if j < 1 || !companionJoins[sc.tok(j)] || !plainGap(sc.gap(j+1)) || !plainGap(sc.gap(j)) {
		return false // not "842 vols ont été annulés — et 1 390 autres": a clause of its own
	}
	if !unicode.IsUpper(sent.writtenAt(j-1)) && (j < 2 || !determiners[sc.tok(j-2)]) || j >= 2 && placePreps[sc.tok(j-2)] || j >= 3 && determiners[sc.tok(j-2)] && placePreps[sc.tok(j-3)] {
		return false // a name or "the pilot" before "and"; not "Three were killed and 14 colleagues", nor "died in Lyon and 14 colleagues", "at the plant and 14 colleagues"
	}
	after := n.end
	if n.uend > after {
		after = n.uend - 1 // "14 colleagues" read with colleagues as its unit
	}
	return companionNouns[sc.tok(after)] && plainGap(sc.gap(after))
}

// companionJoins, companionPossessives and companionNouns
// ([companion-joins], [companion-possessives], [companion-nouns]): see
// companionCount.
var companionJoins, companionPossessives, companionNouns = lexicon.Set("companion-joins"), lexicon.Set("companion-possessives"), lexicon.Set("companion-nouns")

func (numberKind) judge(f *facts.Fact, src *reading, sent *sentence, cd candidate, fd *Finding) bool {
	v := cd.readings[0]
	fd.Value, fd.Agrees, fd.Kind = v.String(), f.NumberAgrees(v), "different-number"
	rounded := false
	if why := roundingOf(f, sent, cd, v); !fd.Agrees && why != "" {
		rounded, fd.Agrees, fd.How = true, true, why
	}
	if n := sent.numberMentions()[cd.i]; n.ranged && fd.Agrees && f.Tolerance == "" && !rangeWithin(v, f.Numbers) {
		fd.Agrees = false // "$7.2 billion to $7.3 billion" against guidance of $7.3-7.4 billion
		fd.How = "a range with an end outside the sheet's range"
		if n.value != v {
			fd.Unsure = true // "118 to 124 miles" for 190-200 km: the conversion's rounding
			fd.How += "; unsure: converted from another unit, whose rounding moves the ends"
		}
	}
	ageRange(f, sent.numberMentions()[cd.i], v, fd)
	narrowAgreement(f, sent.numberMentions()[cd.i], v, fd)
	vacuousBound(fd, v, f)
	markSettling(f, fd, v, sent.numberMentions()[cd.i], rounded)
	if how := readFrom(sent.numberMentions()[cd.i], v); how != "" {
		fd.How = how
	}
	if why := roughDoubt(f, sent, sent.numberMentions()[cd.i], v); !fd.Agrees && !fd.Unsure && why != "" {
		fd.Unsure, fd.How = true, joinHow(fd.How, "unsure: "+why)
	}
	if companionCount(sent, sent.numberMentions()[cd.i]) && v.Lo == v.Hi && f.NumberAgrees(v) != f.NumberAgrees(facts.Exactly(v.Lo+1)) {
		fd.Agrees, fd.Unsure, fd.firm = false, true, false
		fd.How = joinHow(fd.How, "unsure: with the one named before \"and\" the group is one more (\"Okafor and 14 colleagues\" are 15), and one reading agrees")
	}
	if len(cd.readings) > 1 {
		second := secondReading(f, sent, cd)
		for _, r := range cd.readings[1:] {
			switch {
			case r == v:
			case !fd.Agrees && f.NumberAgrees(r):
				fd.Value, fd.Agrees = r.String(), true
				fd.How = joinHow(fd.How, "read as "+r.String()+second+", which agrees; as "+v.String()+" it would not")
			default:
				fd.How = joinHow(fd.How, "or "+r.String()+second)
			}
		}
		if n := sent.numberMentions()[cd.i]; n.joined && fd.Agrees && !f.NumberAgrees(cd.readings[len(cd.readings)-1]) {
			fd.Agrees, fd.Unsure, fd.firm = false, true, false // "delayed 2 hours, 15 minutes" for a delay of two hours
			fd.How = joinHow(fd.How, "unsure: the span with the parts after the comma does not agree")
		}
	}
	return true
}

// roundingOf says how a figure that differs from a fact with no
// tolerance is the sheet's value rounded, or "": to the last digit before
// a scale word ("$4.8 billion" for $4.82 billion), to fewer decimals ("58
// per cent" for 58.4), to round hundreds or thousands ("65,000" for
// 64,800); or the sheet's value a rounding of the source's ("67.42%" for
// 67.4, "37,912" for 38,000).
func roundingOf(f *facts.Fact, sent *sentence, cd candidate, v facts.Interval) string {
	n := sent.numberMentions()[cd.i]
	switch {
	case f.Tolerance != "":
		return ""
	case roundedTo(sent, n, v, f.Number):
		return "a figure with a scale word, written to its last digit: the sheet's value rounds to it"
	case fewerDecimals(sent, n, v, f.Number):
		return "written to fewer decimals than the sheet's value, which rounds to it"
	case moreDecimals(sent, n, v, f.Number, f.Value):
		return "written to more decimals than the sheet's value, a rounding of it"
	case sheetScaleRounds(v, f.Number, f.Value):
		return "written to more digits than the sheet's value with a scale word, a rounding of it"
	case roundedZeros(v, f.Number):
		return "written with fewer significant digits than the sheet's value, which rounds to it"
	case f.Number.Lo >= minRoundSheet && roundedZeros(f.Number, v):
		return "written to more digits than the sheet's round value, a rounding of it within 1%" // "37,912 customers" for 38,000
	}
	return ""
}

// minRoundSheet is the smallest sheet value of round hundreds or thousands
// that a figure to more digits may be the source of: "37,912" for 38,000;
// not "199" for 200 or "995" for 1,000, small tallies a sheet holds exact.
const minRoundSheet = 10000

// convertedSlack is how far, as a share of the sheet's value, an
// approximate figure converted from another unit may miss it and still be
// its rounding: "roughly eleven square miles" for 3,200 hectares.
const convertedSlack = 0.15

// approximate reports whether a figure is written as an approximation around a
// value ("roughly eleven"): an interval closed at both ends above zero,
// not a bound ("up to", "topped").
func approximate(v facts.Interval) bool {
	return v.Lo > 0 && v.Lo < v.Hi && !v.LoOpen && !v.HiOpen && !math.IsInf(v.Hi, 1)
}

// withinSlack reports whether an interval misses the sheet's by at most
// slack times the sheet's value.
func withinSlack(v, sheet facts.Interval, slack float64) bool {
	d := math.Max(sheet.Lo-v.Hi, v.Lo-sheet.Hi)
	return d <= slack*math.Max(math.Abs(sheet.Lo), math.Abs(sheet.Hi))
}

// coarseSpan reports whether a whole count of a unit of time was
// converted into a unit at least seven times shorter (weeks into days,
// hours into minutes) and the sheet's value lies within half the longer
// unit of it and within coarseShare: "a three-week expedition" may be a
// rounding of 23 days.
func coarseSpan(n numberMention, v, sheet facts.Interval) bool {
	if n.unit == nil || n.unit.base != "second" || n.value.Lo != n.value.Hi || v.Lo != v.Hi || v.Lo <= 0 || n.value.Lo != math.Trunc(n.value.Lo) {
		return false
	}
	k := v.Lo / n.value.Lo // how many of the fact's units one of the source's makes
	return k >= 7 && math.Max(sheet.Lo-v.Hi, v.Lo-sheet.Hi) <= k/2 && withinSlack(v, sheet, coarseShare)
}

// coarseShare is how far, as a share of the sheet's value, a coarse span
// may stand from it and still be a rounding: "one year" is no rounding of
// six months.
const coarseShare = 0.15

// writtenForUnit reports whether a unit of the fact is one that sources
// write as u (see writtenFor).
func writtenForUnit(f *facts.Fact, u *unitDef) bool {
	for _, alt := range strings.Split(f.Unit, "|") {
		if d := unitLexicon.lookup(strings.TrimSpace(alt)); d != nil && writtenFor[d.name] == u.name {
			return true
		}
	}
	return false
}

// looseUnit reports whether a unit of the fact is written for another
// often: MB for MiB.
func looseUnit(f *facts.Fact) bool {
	for _, alt := range strings.Split(f.Unit, "|") {
		if d := unitLexicon.lookup(strings.TrimSpace(alt)); d != nil && d.loose != 0 {
			return true
		}
	}
	return false
}

func (numberKind) values(says string, src *document.Source) []string {
	var out []string
	for _, n := range extractNumbers(says, text.Tokenize(says), nil, nil) {
		out = append(out, n.value.String())
	}
	return out
}

// readings are the values a number may be read as, in a fact's unit:
// one, or two where a dot may be a decimal point or a thousands separator
// ("48.000").
type readings []facts.Interval

// overlap reports whether a reading agrees with the number fact.
func (rs readings) overlap(f *facts.Fact) bool {
	for _, v := range rs {
		if f.NumberAgrees(v) {
			return true
		}
	}
	return false
}

// statesEnd reports whether a reading may state an end of a range the
// sheet holds: a range or an interval itself, or a single figure at one of
// the ends.
func (rs readings) statesEnd(ends []facts.Interval) bool {
	for _, v := range rs {
		if v.Lo != v.Hi || slices.ContainsFunc(ends, func(e facts.Interval) bool { return e.Overlaps(v) }) {
			return true
		}
	}
	return false
}

// offsetConverted reports whether a number is read in the fact's unit
// through a conversion between scales whose zeros differ (°F into °C).
func (m *matcher) offsetConverted(n numberMention) bool {
	if n.unit == nil {
		return false
	}
	for _, alt := range m.units {
		if alt.def != nil && alt.def != n.unit && alt.def.base == n.unit.base && (alt.def.offset != 0 || n.unit.offset != 0) {
			return true
		}
	}
	return false
}

// changeOf reports whether a number says by how much something changed:
// after "by" (an approximation may stand between) or a word of change
// before it in its clause ("warmed by about 2 °F", "rose 3 degrees").
func changeOf(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	k := n.start - 1
	for k >= 0 && approxWords[sc.tok(k)] {
		k--
	}
	return sc.tok(k) == "by" || sc.changeBefore(n.start)
}

// scorePart reports whether a number is joined by a hyphen to another
// that is no end of a range with it: a score or a tally, "3-1", "7-2",
// "0-0" (a range, "9-11", is read as one number); not after a wire's
// slug, "UPDATE 2-Six dead".
func scorePart(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	if n.value.Lo != n.value.Hi || n.end-n.start != 1 {
		return false
	}
	return n.start > 0 && sc.gap(n.start) == "-" && tallyFigure(sc.tok(n.start-1)) && !sc.wireSlug(n.start-1) || n.end < len(sc.toks) && sc.gap(n.end) == "-" && tallyFigure(sc.tok(n.end))
}

// tallyFigure reports whether a word is a figure of a tally: digits, or a
// number word of [small-numbers] but "a" and "an" ("voted five-two").
func tallyFigure(w string) bool {
	_, small := smallNumbers[w]
	return isDigits(w) || small && w != "a" && w != "an"
}

// voteSide reports whether a figure is the side of a vote's tally that
// the fact counts: after a word of [vote-words] ("The measure passed
// 31-17", "approved by 31 votes to 17") or right before one ("in a 5-2
// vote"), the first figure for a fact whose
// own words are of [vote-for-words] ("for", "in favour") and none of
// [vote-against-words], the second for one of "against".
func (m *matcher) voteSide(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	second := n.start > 0 && sc.gap(n.start) == "-" && tallyFigure(sc.tok(n.start-1)) // "voted 9-2 to commission": "to" after the second figure is no link of a tally
	first := !second && (sc.gap(n.end) == "-" || sc.tok(n.end) == "votes" || tallyLinks[sc.tok(max(n.end, n.uend))])
	start := n.start
	if !first {
		start = n.start - 1 // "31-17": the tally starts at the first figure
	}
	end := n.end // "a 5-2 vote": the word after the tally
	if sc.gap(n.end) == "-" {
		end++
	}
	if o, ok := secondFigure(sent, n); ok && tallyLinks[sc.tok(n.end)] {
		end = o.end // "mit 98 zu 74 Stimmen": the word after the second figure
	}
	after := voteWords[sc.tok(end)] && sc.gap(end) == " "
	reach := voteReach
	if sc.tok(start-1) == "by" {
		reach = voteByReach // "approved the bill on 12 March by 79-63": "by" gives the margin of the verb before
	}
	if !after && !sc.wordWithin(span{start, start + 1}, -1, reach, ".;:!?()", func(k int) bool { return voteWords[sc.tok(k)] }) {
		return false
	}
	forSide, againstSide := m.voteSides()
	return first && forSide && !againstSide || !first && againstSide && !forSide
}

// otherVoteSide reports whether a count is labelled, by the words right
// after it or its unit, as the side of a vote that the fact does not
// count: "16 votos a favor" for a fact of the votes against, "9 against"
// for one of the votes for.
func (m *matcher) otherVoteSide(sent *sentence, n numberMention) bool {
	forSide, againstSide := m.voteSides()
	if forSide == againstSide {
		return false // most facts: no side of a vote
	}
	labelFor, labelAgainst := m.voteLabel(sent, n)
	return forSide && labelAgainst || againstSide && labelFor
}

// ownVoteSide reports whether a count is labelled as the side of a vote
// that the fact counts ("16 votes against" for a fact of the votes
// against): the label, not nearness, gives it to the fact.
func (m *matcher) ownVoteSide(sent *sentence, n numberMention) bool {
	forSide, againstSide := m.voteSides()
	if forSide == againstSide {
		return false
	}
	labelFor, labelAgainst := m.voteLabel(sent, n)
	return forSide && labelFor || againstSide && labelAgainst
}

// voteLabel reports whether the words right after a count or its unit
// name the side of a vote it counts: "16 votos a favor", "9 against".
func (m *matcher) voteLabel(sent *sentence, n numberMention) (labelFor, labelAgainst bool) {
	sc := sent.scanner()
	if scorePart(sent, n) || m.tallyTo(sent, n) || m.tallyFrom(sent, n) || n.start > 1 && tallyLinks[sc.tok(n.start-1)] && figureAt(sent, n.start-2) {
		return false, false // "voted five to two for the cut": the word names the motion, not a side
	}
	k := max(n.end, n.uend)
	if end, _, ok := m.unitMatch(sent, n); ok {
		k = max(k, end)
	}
	if tallyNouns[sc.tok(k)] && plainGap(sc.gap(k)) {
		k++ // "16 votos a favor", for a fact with no unit
	}
	if !plainGap(sc.gap(k)) {
		return false, false
	}
	w := sc.tok(k)
	if tallyLinks[w] && figureAt(sent, k+1) {
		return false, false // "sept voix contre deux": a tally's link, no side's word
	}
	if votePreps[w] {
		w = sc.tok(k + 1) // "in favour", "a favor", "en contra"
	}
	return voteForWords[w], voteAgainstWords[w]
}

// figureAt reports whether a number of the sentence starts at token k,
// or a number word that is another word too stands there ("contra tres").
func figureAt(sent *sentence, k int) bool {
	w := sent.scanner().tok(k)
	return units[w] != 0 || beforeScales[w] != 0 || slices.ContainsFunc(sent.numberMentions(), func(o numberMention) bool { return o.start == k })
}

// votePreps stand between a count and the word of its side: "in favour",
// "a favor", "en contra".
var votePreps = lexicon.Set("vote-side-preps")

// ownAny reports whether a word of a list is one of the fact's own.
func (m *matcher) ownAny(list map[string]bool) bool {
	for w := range list {
		if m.own[w] {
			return true
		}
	}
	return false
}

// voteSides reports which side of a vote the fact counts, by its own
// words: one of [vote-for-words] ("in favour", "ayes") or of
// [vote-against-words]. A word of [vote-side-weak] ("for", which most
// claims hold: "insured for C$48.6 million") counts only beside a word of
// [vote-words] ("voted for").
func (m *matcher) voteSides() (forSide, againstSide bool) {
	voted := m.ownAny(voteWords)
	for w := range m.own {
		if voteForWords[w] && (voted || !voteSideWeak[w]) {
			forSide = true
		}
		if voteAgainstWords[w] && (voted || !voteSideWeak[w]) {
			againstSide = true
		}
	}
	return forSide, againstSide
}

// voteSideWeak: see voteSides.
var voteSideWeak = lexicon.Set("vote-side-weak")

// voteWords, voteForWords and voteAgainstWords: see voteSide. voteReach is
// how many words before the tally a word of a vote may stand.
var voteWords, voteForWords, voteAgainstWords = lexicon.Set("vote-words"), lexicon.Set("vote-for-words"), lexicon.Set("vote-against-words")

const voteReach = 4

// voteByReach is how many words before a tally after "by" a word of a vote
// may stand: "approved the pension bill on 12 March by 79-63".
const voteByReach = 12

// tallyTo reports whether a count is one side of a score or a tally in
// words: "to" and a smaller figure with no unit follow it or its unit
// ("leads two sets to one", "won by five votes to two"); not a change
// ("from 300 to 200") nor a range, whose second figure is the larger.
func (m *matcher) tallyTo(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	if o, ok := secondFigure(sent, n); ok && n.uend == n.end {
		// "mit 98 zu 74 Stimmen"; "The vote, 21 to 9, was": a bare tally right after the vote
		ends := o.end == len(sc.toks) || !plainGap(sc.gap(o.end))
		return o.unit == nil && (tallyNouns[sc.tok(o.end)] || ends && voteJustBefore(sc, n.start)) && o.value.Hi < n.value.Lo && !n.changedFrom
	}
	k := max(n.end, n.uend)
	if end, _, ok := m.unitMatch(sent, n); ok {
		k = max(k, end)
	}
	if !tallyLinks[sc.tok(k)] || n.value.Lo != n.value.Hi || n.changedFrom || sc.tok(n.start-1) == "from" || !tallyNouns[sc.tok(k-1)] {
		return false // "shrink its 140 stores to 90": a change, no score
	}
	for _, o := range sent.numberMentions() {
		if o.start == k+1 {
			return o.unit == nil && o.value.Hi < n.value.Lo && (o.end == len(sc.toks) || !isLetters(sc.tok(o.end)) || !plainGap(sc.gap(o.end)) || tallyEnds[sc.tok(o.end)] && voteWords[sc.tok(k-1)])
		}
	}
	return false
}

// voteJustBefore reports whether a word of [vote-words] stands up to two
// words before a bare tally's first figure at token i, with nothing but a
// comma between: "The vote, 21 to 9, was", "voted 21 to 9".
func voteJustBefore(sc scanner, i int) bool {
	return sc.wordWithin(span{i, i + 1}, -1, 2, ".;:!?()", func(k int) bool { return voteWords[sc.tok(k)] })
}

// secondFigure returns the figure that stands right after a word of
// [tally-links] after a number with no unit: the 74 of "98 zu 74".
func secondFigure(sent *sentence, n numberMention) (numberMention, bool) {
	if !tallyLinks[sent.scanner().tok(n.end)] {
		return numberMention{}, false
	}
	for _, o := range sent.numberMentions() {
		if o.start == n.end+1 {
			return o, true
		}
	}
	return numberMention{}, false
}

// tallyFrom reports whether a number is the second side of a score or a
// tally in words, after the link of one that tallyTo reads: the 17 of
// "31 votes to 17", the 74 of "98 zu 74 Stimmen".
func (m *matcher) tallyFrom(sent *sentence, n numberMention) bool {
	if n.start < 2 || !tallyLinks[sent.scanner().tok(n.start-1)] {
		return false
	}
	for _, o := range sent.numberMentions() {
		if o.end <= n.start-1 && o.end >= n.start-2 && m.tallyTo(sent, o) {
			return true
		}
	}
	return false
}

// tallyNouns count the sides of a score: "two sets to one", "five votes
// to two"; tallyLinks join its figures.
var tallyNouns, tallyLinks = lexicon.Set("tally-nouns"), lexicon.Set("tally-links")

// tallyEnds, right after the second figure of a vote's tally in words,
// leave it bare: "by 79 votes to 63 just before 11 p.m.", "to 63 on
// Thursday"; not "won 39 seats to 38 in the election", a count.
var tallyEnds = lexicon.Set("tally-ends")

// describesOther reports whether a number is joined by a hyphen to a word
// after it that is no term of the fact: "10-man Drummond", "a five-star
// hotel" describe a noun, and count nothing a fact with no unit counts.
func describesOther(sent *sentence, n numberMention, spans []span) bool {
	sc := sent.scanner()
	return n.end < len(sc.toks) && sc.gap(n.end) == "-" && isLetters(sc.tok(n.end)) && !inSpans(n.end, spans) && !strengthWords[sc.tok(n.end)] && !tallyFigure(sc.tok(n.end)) // not "voted five-two"
}

// strengthWords, joined to a number by a hyphen, leave it a count of the
// noun after them: "the 1,200-strong fleet" has 1,200 bikes.
var strengthWords = lexicon.Set("strength-words")

// yearInList reports whether a bare number written as a year (see
// modernYear) stands in a list or a span with another such one:
// "wins in 2015, 2017, 2018 and 2022", "2017/2018".
func yearInList(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	if n.end != n.start+1 || !sc.modernYear(n.start) {
		return false
	}
	near := func(k, step int) bool {
		if g := strings.TrimSpace(sc.gap(max(k, k-step))); g != "" && strings.Trim(g, ",/-–&") == "" {
			return sc.modernYear(k) // "2017, 2018", "2017/2018"
		}
		return listWords[sc.tok(k)] && sc.modernYear(k+step) // "2018 and 2022"
	}
	return near(n.start-1, -1) || near(n.end, 1)
}

// yearValued reports whether a number fact's value is a year or a span
// of years ("model years 2009 to 2015"): then years are what it reads.
func yearValued(f *facts.Fact) bool {
	return f.Number.Lo >= firstModernYear && f.Number.Hi <= lastModernYear && f.Number.Lo == math.Trunc(f.Number.Lo)
}

// modernYear reports whether token i is a year of four digits from
// firstModernYear to lastModernYear (see year4).
func (sc scanner) modernYear(i int) bool {
	y, ok := sc.year4(i)
	return ok && y >= firstModernYear && y <= lastModernYear
}

// The years a bare figure of four digits may be one of, in a list.
const (
	firstModernYear = 1800
	lastModernYear  = 2100
)

// insideTerm reports whether a number stands inside a term's match that
// holds more than it: the 3 of "3.x", the 4 of "4 GB". A term that is the
// number itself ("5690") leaves it a value.
func insideTerm(spans []span, n span) bool {
	for _, sp := range spans {
		if sp.start <= n.start && n.end <= sp.end && sp.end-sp.start > n.end-n.start {
			return true
		}
	}
	return false
}

// changedTo reports whether a number is where a change "from ... to ..."
// ends: "to" right before it (or before a word of approximation), after a
// number that starts the change (numberMention.changedFrom).
func changedTo(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	for _, o := range sent.numberMentions() {
		if o.changedFrom && o.start >= n.uend+2 && upOrDown[sc.tok(o.start-2)] && o.start-2-n.uend <= unitReach {
			return true // "600 requests a minute, down from 1,200": 600 is what it became
		}
	}
	to := n.start - 1
	if approxWords[sc.tok(to)] {
		to--
	}
	if sc.tok(to) != "to" {
		return false
	}
	for _, o := range sent.numberMentions() {
		if o.changedFrom && o.end <= to && to-o.end <= unitReach {
			return true
		}
	}
	return false
}

// dayOrYear reports whether a number may be a day of a month or a year:
// "Ende März 4850 Beschäftigte" counts, whatever stands before it.
func dayOrYear(n numberMention) bool {
	v := n.value.Lo
	return v == n.value.Hi && v == float64(int(v)) && (v >= 1 && v <= 31 || v >= 1000 && v <= 2999)
}

// listWords join the items of a list: see yearInList.
var listWords = lexicon.Set("list-words")

// readingTimeAfter and readingTimeBefore make a number of minutes a
// page's reading time: "9 min read", "Reading time: 6 min".
var readingTimeAfter, readingTimeBefore = phrases("reading-time-after"), phrases("reading-time-before")

// readingTime reports whether a number of minutes is a page's reading
// time, which no fact measures.
func readingTime(sent *sentence, n numberMention) bool {
	if n.unit == nil || n.unit.name != "minute" {
		return false
	}
	sc := sent.scanner()
	after := n.uend < len(sc.toks) && !strings.ContainsAny(sc.gap(n.uend), ",;:()") && sc.phraseAt(n.uend, readingTimeAfter) != nil
	return after || sc.phraseBefore(n.start, readingTimeBefore) != nil
}

// parentNouns and parentOfAfter: see childrenCount.
var parentNouns, parentOfAfter = lexicon.Set("parent-nouns"), lexicon.Set("parent-of-after")

// childrenCount reports whether a bare number after a word of
// [parent-nouns] and "of" counts that parent's children, no word after it
// in its clause but one of [parent-of-after]: "a mother of two, 41,", "a
// father of three was"; not "the mother of two pupils".
func childrenCount(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	if n.unit != nil || n.start < 2 || sc.tok(n.start-1) != "of" || !parentNouns[sc.tok(n.start-2)] {
		return false
	}
	return n.end == len(sc.toks) || !plainGap(sc.gap(n.end)) || parentOfAfter[sc.tok(n.end)]
}

// levelReached reports whether "to" and another figure follow a figure of
// change within levelReach words, in its sentence: "rose by one vote, to
// 9,412", "fell by 3 percent to 1,200".
func levelReached(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	for _, o := range sent.numberMentions() {
		if o.start > n.end && o.start-max(n.end, n.uend) <= levelReach && sc.tok(o.start-1) == "to" {
			return true
		}
	}
	return false
}

// levelReach is how many words after a figure of change the "to" of the
// level it reached may stand, its own figure counted: see levelReached.
const levelReach = 3

// rangeEndUnread reports whether a figure stands after a word of
// [range-or-bound] ("tot", "bis", "hasta": up to, or the "to" of a range)
// right after a word of [unread-range-starts], or a unit of time with no
// figure before it: "een kwartier tot twintig minuten", "eine
// Viertelstunde bis zwanzig Minuten" end a range whose start is not read,
// where "tot twintig minuten" alone is up to twenty and "10 minuten tot
// 20 minuten" a range read.
func rangeEndUnread(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	j := n.start
	if !rangeOrBound[sc.tok(j)] {
		j-- // "bis zwanzig": the word before the figure; "tot" opens the mention as its approximation
	}
	if j < 1 || !rangeOrBound[sc.tok(j)] || !plainGap(sc.gap(j)) {
		return false
	}
	w := sc.tok(j - 1)
	if unreadRangeStarts[w] {
		return true
	}
	u := unitLexicon.lookup(w)
	before := sc.tok(j - 2)
	return u != nil && u.base == "second" && scales[before] == 0 && !sc.anyCountWord(j-2) // not "10 minuten tot 20 minuten", "tien minuten tot twintig": a range of two figures read
}

// rangeOrBound ([range-or-bound]) and unreadRangeStarts
// ([unread-range-starts]): see rangeEndUnread.
var rangeOrBound, unreadRangeStarts = lexicon.Set("range-or-bound"), lexicon.Set("unread-range-starts")

// clockBeforeHourWord reports whether a number is hours and minutes
// after a preposition of [clock-prepositions] and before a word of
// [zone-hour-words], the singular "hora" or "ora" that a zone follows: "a
// las 9.47 hora de Irlanda" is a time of day, and "9.47 hours" would be
// plural.
func clockBeforeHourWord(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	if n.end != n.start+2 || sc.gap(n.start+1) != "." || len(sc.tok(n.start+1)) != 2 || !clockPreps[sc.tok(n.start-1)] {
		return false
	}
	return zoneHourWords[sc.tok(n.end)] && plainGap(sc.gap(n.end))
}

// zoneHourWords: see clockBeforeHourWord.
var zoneHourWords = lexicon.Set("zone-hour-words")

// notAQuantity reports, tracing why, whether a number of the sentence is
// no quantity the fact may read: after a minus, where a change starts, an
// age, in a row's label, part of a name, or the count of a part and a
// whole that the fact's terms give to the other.
func (m *matcher) notAQuantity(src *reading, sent *sentence, n numberMention, spans []span) bool {
	why := ""
	switch {
	case n.gluedMetre && m.lengthUnit() == nil:
		why = "is a length with a glued m (\"cleared 6.30m.\"), which only a fact in a unit of length reads: ignored"
	case n.minus && n.unit != nil && unitLexicon.offsetBases[n.unit.base]:
		why = "follows a minus, which is not read: a temperature below zero, ignored"
	case insideTerm(spans, n.span):
		why = "is part of one of the fact's terms (\"3.x\", \"4 GB\"), no value of it: ignored"
	case n.changedFrom && !m.earlierFact:
		why = "is what the figure was before a change (\"from ... to ...\", \"..., up from ...\"): the figure it became is read"
	case m.earlierFact && changedTo(sent, n):
		why = "is what the figure became in a change (\"from ... to ...\", \"..., up from ...\"): the fact's claim is of the figure before (\"old\", \"previous\"), which is read"
	case isAge(src, sent, n):
		why = "is an age (\"Ruiz, 35, said\", \"a 52-year-old\"): ignored"
	case readingTime(sent, n):
		why = "is a page's reading time (\"9 min read\"): ignored"
	case clockBeforeHourWord(sent, n):
		why = "is a time of day, hours and minutes before a singular hour word that names its zone (\"a las 9.47 hora de Irlanda\"): ignored"
	case n.ranged && len(m.fact.Ends) == 0 && sent.scanner().afterInterval(n.start):
		why = "is a confidence interval's range (\"95% CI, 76.2%-91.0%\"), which only a fact whose value is a range reads: ignored"
	case childrenCount(sent, n):
		why = "counts a parent's children (\"a mother of two\"): ignored"
	case m.changeBy == "" && mentionChangeThrough(sent, n, "by") && levelReached(sent, n):
		why = "is by how much a figure changed, and the level it reached follows (\"rose by one vote, to 9,412\"): the level is read"
	case rangeEndUnread(sent, n):
		why = "ends a range whose start is a quantity the checker does not read (\"een kwartier tot twintig minuten\"): ignored"
	case inRowLabel(src, sent, n):
		why = "stands in the label of a table row whose figure is in another cell: ignored"
	case n.unit == nil && !yearValued(m.fact) && yearInList(sent, n):
		why = "is a year among years (\"in 2015, 2017, 2018 and 2022\"), no count: ignored"
	case n.unit == nil && n.start > 0 && labelBefore[sent.folded().tokens[n.start-1].Text] && !strings.ContainsAny(sent.scanner().gap(n.start), ":,;") && !inserted(sent, n.start-1) && !verbBeforeNumber[sent.scanner().tok(n.start-2)]: // not a column's header "Number", nor "now numbers 154"
		why = "follows a word that makes it a label (\"page 62\", \"the emergency number 112\"), no quantity: ignored"
	case n.unit == nil && n.start > 0 && isMonth(sent.folded().tokens[n.start-1].Text) && (sent.scanner().gap(n.start) == " " || sent.scanner().gap(n.start) == ". ") && n.end-n.start == 1 && dayOrYear(n): // "May 30", "Sept. 30"
		why = "follows a month, whose day or year it is (\"May 30\", \"January 2026\"), no quantity: ignored"
	case n.unit == nil && scorePart(sent, n) && !m.voteSide(sent, n):
		why = "is half of a score or a tally (\"won 3-1\", \"voted 7-2\"): ignored"
	case (m.tallyTo(sent, n) || m.tallyFrom(sent, n)) && !m.voteSide(sent, n):
		why = "is half of a score or a tally in words (\"leads two sets to one\"): ignored"
	case m.otherVoteSide(sent, n):
		why = "is the count of the vote's other side, which the word after it names (\"16 in favour, 9 against\"): ignored"
	case len(m.units) == 0 && n.unit == nil && describesOther(sent, n, spans):
		why = "is joined by a hyphen to the word after it (\"10-man\", \"five-star\"), which it describes and which is no term of the fact: ignored"
	case partOfName(src, sent, n) && !m.unitWordsFollow(sent, n) && !inSpans(n.start-1, spans): // not "Free 60" for the Free plan's fact
		m.tracef("    %q is part of a name (a capitalised word before it, as in \"Windows 11\"): ignored", says(src, sent, span{n.start - 1, n.end}))
		return true
	case !m.countsThis(sent, n, spans):
		which := "part"
		if n.whole {
			which = "whole"
		}
		why = "is the " + which + " of a part and a whole (\"120 of its 9,000 members\"): the fact's terms count the other"
	default:
		return false
	}
	m.tracef("    %q "+strings.ReplaceAll(why, "%", "%%"), says(src, sent, n.span))
	return true
}

// isMonth reports whether a folded word names a month.
func isMonth(w string) bool {
	_, ok := months[w]
	return ok
}

// coordinatedSum reads a count with no unit that "and" joins to another of
// other things, and returns their sum and the tokens of the two nouns
// counted: "eight clients and a guide" is nine, "five adults and two
// children" seven. A fact whose term is one of the nouns counts that one
// alone ("3 dead and 2 injured" for the dead).
func coordinatedSum(sent *sentence, n numberMention) (facts.Interval, [2]int, bool) {
	sc := sent.scanner()
	k := n.end // the noun counted, then "and"
	if n.unit != nil || n.value.Lo != n.value.Hi || !isLetters(sc.tok(k)) || !sumJoins[sc.tok(k+1)] || !plainGap(sc.gap(k+1)) || !plainGap(sc.gap(k+2)) {
		return facts.Interval{}, [2]int{}, false
	}
	add, next := 0.0, k+3
	for _, o := range sent.numberMentions() {
		if o.start == k+2 && o.unit == nil && o.value.Lo == o.value.Hi {
			add, next = o.value.Lo, o.end // "and two children", "and a dozen others"
		}
	}
	if add == 0 && sumOne[sc.tok(k+2)] {
		add = 1 // "and a guide", "und ein Bergführer"
	}
	if add == 0 || !isLetters(sc.tok(next)) {
		return facts.Interval{}, [2]int{}, false
	}
	return facts.Interval{Lo: n.value.Lo + add, Hi: n.value.Hi + add}, [2]int{k, next}, true
}

// unitlessSum is coordinatedSum for a fact with no unit, which alone reads
// such sums; other facts skip the work.
func (m *matcher) unitlessSum(sent *sentence, n numberMention) (facts.Interval, [2]int, bool) {
	if len(m.units) > 0 {
		return facts.Interval{}, [2]int{}, false
	}
	return coordinatedSum(sent, n)
}

// sumJoins join two counts of a coordinated sum ("eight clients and a
// guide", "acht Kunden und ein Bergführer"); sumOne count one after them.
var sumJoins, sumOne = lexicon.Set("sum-joins"), lexicon.Set("sum-one")
