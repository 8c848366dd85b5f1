package checks

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// dateKind reads dates: absolute, relative to the publication date or to a
// date before them, ranges; a date next to a verb of saying dates the
// report, a date before another noun is that noun's.
type dateKind struct{}

func (dateKind) candidates(m *matcher, src *reading, sent *sentence, spans []span, anchors anchorSet) []candidate {
	var cands []candidate
	for i, d := range sent.dateMentions() {
		if d.expr.asOf && negatedState(sent, d.span, spans) {
			m.tracef("    %q stands with a negation: nothing had happened as of that day, so it dates no event: ignored", says(src, sent, d.span))
			continue
		}
		if cd, ok := dateCandidate(m, src, sent, spans, anchors, d, i); ok {
			cands = append(cands, cd)
		}
	}
	for j, d := range sent.boundMentions() {
		neg := negatedUntil(sent, d)
		if !inSpans(d.start, spans) && !m.bounds[sent.folded().tokens[d.start].Text] && !eventInWhen(sent, d, spans) && !possessedByTerm(sent, d, spans) && neg < 0 {
			m.tracef("    %q is a bound, not the date of an event: ignored (a fact whose term holds the word, \"supported until\", reads it)", says(src, sent, d.span))
			continue
		}
		if cd, ok := dateCandidate(m, src, sent, spans, anchors, d, len(sent.dateMentions())+j); ok {
			if neg >= 0 && !inSpans(d.start-1, spans) {
				cd.doubt = "\"until\" after a negated verb that is no term of the fact (\"will not end until\", \"not expected until\") may date something else than the fact's event"
			}
			cands = append(cands, cd)
		}
	}
	if attributiveOnly(sent, spans) {
		for k := range cands {
			cands[k].doubt = cmp.Or(cands[k].doubt, attributiveDoubt)
		}
	}
	return withoutVagueWeekends(m, src, sent, cands)
}

// attributiveDoubt says why a date or time in a sentence that attributiveOnly
// finds may be another event's.
const attributiveDoubt = "the fact's term stands only as an adjective before a noun (\"the stolen pieces\"): the sentence tells of the thing, and its date or time may be of something else done to it"

// attributiveOnly reports whether every term of the fact in a sentence
// (spans) is one word standing as an adjective between a determiner and a
// noun, a word in -ed or -en ("the stolen pieces", "the derailed
// equipment was moved on Sunday") or any before a noun of a place, a
// thing or a group ([attributive-heads]: "the landing site was imaged on
// Saturday", "the crash site"): the sentence tells of the thing, not when
// the event happened.
func attributiveOnly(sent *sentence, spans []span) bool {
	sc := sent.scanner()
	for _, sp := range spans {
		w, next := sc.tok(sp.start), sc.tok(sp.end)
		if sp.end != sp.start+1 || sp.start == 0 || !sent.determinerAt(sp.start-1) || !plainGap(sc.gap(sp.start)) || !plainGap(sc.gap(sp.end)) || unicode.IsUpper(sent.writtenAt(sp.start)) {
			return false
		}
		if attributiveHeads[next] {
			continue
		}
		if !participleWord(w) || !isLetters(next) || notNouns[next] || determiners[next] || auxiliaries[next] {
			return false
		}
	}
	return len(spans) > 0
}

// attributiveHeads: see attributiveOnly.
var attributiveHeads = lexicon.Set("attributive-heads")

// participleWord reports whether a folded word may be a participle: one
// of five letters or more in -ed ("derailed"; not "shed"), or one of
// [irregular-participles] ("stolen"; not "oxygen" nor "Dresden").
func participleWord(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !notParticiples[w] || irregularParticiples[w]
}

// irregularParticiples: see participleWord.
var irregularParticiples = lexicon.Set("irregular-participles")

// withoutVagueWeekends drops a weekend from the dates a sentence gives
// when it gives another: the other is the more precise, and the weekend
// often dates another clause ("fans who cheered at the weekend saw
// the team lose on Wednesday").
func withoutVagueWeekends(m *matcher, src *reading, sent *sentence, cands []candidate) []candidate {
	ds := sent.dateMentions()
	weekend := func(cd candidate) bool { return cd.i < len(ds) && ds[cd.i].expr.rel == relWeekend }
	if !slices.ContainsFunc(cands, func(cd candidate) bool { return !weekend(cd) }) {
		return cands
	}
	return slices.DeleteFunc(cands, func(cd candidate) bool {
		w := weekend(cd)
		if w {
			m.tracef("    %q is a weekend, and the sentence gives a more precise date: ignored", says(src, sent, cd.span))
		}
		return w
	})
}

// negatedState reports whether a negation stands before the date at d,
// with no stop between, or after it before the first term of the fact
// (spans) there: "Not yet, as of Monday morning", "no one had come
// forward as of Friday", "As of Tuesday afternoon no one had come
// forward". A state as of a day that holds nothing dates no event.
func negatedState(sent *sentence, d span, spans []span) bool {
	toks, sc := sent.folded().tokens, sent.scanner()
	negated := func(k int) bool { return negations[toks[k].Text] || contractedNot(sent, k) }
	for k := d.start - 1; k >= 0; k-- {
		if negated(k) {
			return true
		}
		if strings.ContainsAny(sc.gap(k+1), ".;:!?") {
			return false
		}
	}
	for k := d.end; k < len(toks) && !inSpans(k, spans) && !strings.ContainsAny(sc.gap(k), ".;:!?") && (k == d.end || !strings.Contains(sc.gap(k), ",")) && !coordinators[toks[k].Text]; k++ {
		if negated(k) && !negationCancellers[sc.tok(k+1)] {
			return negationReaches(sent, k, spans) // not "As of Monday, not only had the winner come forward", nor "no arrests had been made but the winner had come forward"
		}
	}
	return false
}

// negationReaches reports whether a term of the fact follows the
// negation at token k in its clause: no stop, nor a coordinator that
// opens another clause ("and", "but"; not "or" of a list, "no ticket
// holder or winner"), between; an aside between commas may stand there
// ("no one, not even the winner, had come forward").
func negationReaches(sent *sentence, k int, spans []span) bool {
	sc := sent.scanner()
	for j := k + 1; j < len(sc.toks); j++ {
		if strings.ContainsAny(sc.gap(j), ".;:!?") || coordinators[sc.tok(j)] && sc.tok(j) != "or" && sc.tok(j) != "nor" {
			return false
		}
		if inSpans(j, spans) {
			return true
		}
	}
	return false
}

// eventInWhen reports whether a bound after until or till is followed by
// a when-clause that holds a term of the fact, and none stands before the
// bound: "nobody had heard of it until 14 March, when version 2.7.5
// shipped" dates the shipping; "the bridge stayed closed until 14 March,
// when it reopened" dates no closing.
func eventInWhen(sent *sentence, d dateMention, spans []span) bool {
	if !d.whenAfter || !latestWords[sent.folded().tokens[d.start].Text] {
		return false
	}
	after := false
	for _, sp := range spans {
		if sp.start < d.start {
			return false
		}
		after = after || sp.start > d.end
	}
	return after
}

// possessedByTerm reports whether a bound's date is a possessive whose
// noun, a word or two after it, is a term of the fact: "was lifted after
// Tuesday night's derailment" dates the derailment, which the lifting
// only follows.
func possessedByTerm(sent *sentence, d dateMention, spans []span) bool {
	sc := sent.scanner()
	end := d.end
	if sc.tok(end-1) == "s" && apostrophe(sc.gap(end-1)) {
		end-- // the date's words hold its possessive: "since Saturday's"
	}
	if dateOfTimes[sc.tok(end)] && plainGap(sc.gap(end)) {
		end++ // "Tuesday night's"
	}
	if sc.tok(end) != "s" || !apostrophe(sc.gap(end)) {
		return false
	}
	return headTermAfter(sc, end, spans)
}

// determinedByTerm reports whether a determiner stands before the date
// and a term of the fact after it heads the noun it dates: "since the
// Oct. 13 collapse" dates the collapse, as "since Monday's collapse" does;
// not "since the Oct. 13 collapse report", nor a collapse a phrase after it
// or an apposition says which is ("of a nearby tunnel", ", the first of
// two").
func determinedByTerm(sent *sentence, d dateMention, spans []span) bool {
	sc := sent.scanner()
	if d.start == 0 || !sent.determinerAt(d.start-1) || !headTermAfter(sc, d.end-1, spans) {
		return false
	}
	for _, sp := range spans {
		if sp.start == d.end && ((ppPrepositions[sc.tok(sp.end)] || nounOfLinks[sc.tok(sp.end)]) && plainGap(sc.gap(sp.end)) || strings.TrimSpace(sc.gap(sp.end)) == "," && determiners[sc.tok(sp.end)]) {
			return false // "since the Oct. 3 collapse of a nearby tunnel", "the Oct. 3 collapse, the first of two": which collapse it was
		}
	}
	return true
}

// headTermAfter reports whether a term of spans starts within nounReach
// words after token end and heads its noun: what follows it is no noun
// ("Saturday's flash flood filled": a verb after the term ends the noun;
// not "Monday night's fire drill": the term names the drill).
func headTermAfter(sc scanner, end int, spans []span) bool {
	return slices.ContainsFunc(spans, func(sp span) bool {
		next := sc.tok(sp.end)
		head := sp.end >= len(sc.toks) || !plainGap(sc.gap(sp.end)) || !isLetters(next) || notNouns[next] || auxiliaries[next] || len(next) > 4 && strings.HasSuffix(next, "ed")
		return sp.start > end && sp.start <= end+1+nounReach && head
	})
}

// nameYear reports whether a date is a year alone right after a word
// written with a capital that names no time and is no preposition or
// determiner: "Lyon 2031", "Expo 2030" name an event or an organiser (not
// "In 2024", "March 2024", "Friday 2024").
func nameYear(sent *sentence, d dateMention) bool {
	e, sc := d.expr, sent.scanner()
	if e.rel != absolute || e.year == 0 || e.month != 0 || e.to != nil || d.end-d.start != 1 || d.start == 0 || sc.gap(d.start) != " " {
		return false
	}
	w := sc.tok(d.start - 1)
	_, month := months[w]
	if month || weekdayWord(w) || datePreps[w] || yearPreps[w] || determiners[w] || sincePreps[w] || boundPreps[w] || germanNounMarkers[w] {
		return false // "Das 2011 eröffnete Museum": an article, capitalised as the sentence's first word
	}
	return unicode.IsUpper(sent.writtenAt(d.start-1)) && !germanNoun(sent, d.start-1)
}

// germanNoun reports whether the capitalised word at token k is a German
// common noun: a word of [german-noun-markers] stands before it, with up to
// two lower-case words between ("bei der letzten Zählung 2015", "im Herbst
// 2024"), and it has more letters than the short names of events do ("bei
// der Expo 2030", "der Euro 2024").
func germanNoun(sent *sentence, k int) bool {
	sc := sent.scanner()
	if utf8.RuneCountInString(sc.tok(k)) <= maxEventName {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if germanNounMarkers[sc.tok(j)] {
			return true
		}
		if unicode.IsUpper(sent.writtenAt(j)) || !plainGap(sc.gap(j+1)) {
			return false
		}
	}
	return false
}

// maxEventName is the most letters of the short names of events a year
// follows: "Expo", "Euro", "COP".
const maxEventName = 4

// germanNounMarkers: see germanNoun.
var germanNounMarkers = lexicon.Set("german-noun-markers")

// negatedUntil returns the negation of a clause that a bound of
// [latest-words] ("until") ends, or -1: "Repairs won't begin until May 6",
// "will not reopen until Monday" say when it happens. The date is the
// fact's only when the verb right before "until" is a term of the fact
// (see dateKind.candidates): "will not end until June 1" may date the end
// of what the fact starts.
func negatedUntil(sent *sentence, d dateMention) int {
	if !latestWords[sent.folded().tokens[d.start].Text] {
		return -1
	}
	for k := d.start - 1; k >= 0 && k >= d.start-negatedUntilReach && !sent.leavesClause(span{k, k + 1}, d.span, false); k-- {
		if w := sent.folded().tokens[k].Text; negationParticles[w] || contractedNot(sent, k) {
			return k
		}
	}
	return -1
}

// termJustBefore reports whether a term of the fact stands right before
// token k, or within stateReach words before it with a word of statePreps
// right after it, nothing but spaces between: the state a "since" after it
// says the start of ("closed since Tuesday", "exposed to strangers since 3
// January").
func termJustBefore(sent *sentence, k int, spans []span) bool {
	sc := sent.scanner()
	for j := k - 1; j >= 0 && j >= k-stateReach; j-- {
		if inSpans(j, spans) {
			return j == k-1 || statePreps[sc.tok(j+1)] // "exposed to strangers since", not "the theft record stands since"
		}
		if !plainGap(sc.gap(j + 1)) {
			return false
		}
	}
	return false
}

// inForceSince reports whether a phrase of [in-force] ends right before
// the "since" of a date at token start, after a term of the fact (or a
// noun after one), a comma perhaps between: "The order, in force since 8
// July", "the theft ban, in force since", "A ordem, em vigor
// desde 8 de julho" date when the thing began to hold.
func inForceSince(sent *sentence, start int, spans []span) bool {
	sc := sent.scanner()
	k := start - 1 // the "since"
	if !sincePreps[sc.tok(k)] {
		k = start // the mention may hold its preposition
	}
	p := sc.phraseBefore(k, inForcePhrases)
	if p == nil {
		return false
	}
	j := k - len(p) - 1
	if j < 0 || strings.ContainsAny(sc.gap(j+1), ".;:!?()") {
		return false
	}
	return inSpans(j, spans) || j > 0 && inSpans(j-1, spans) && plainGap(sc.gap(j)) // "the order", "the theft ban"
}

// inForcePhrases ([in-force]) say a rule or an order holds.
var inForcePhrases = phrases("in-force")

// termJustAfter reports whether a term of the fact stands right after a
// "since" date that ends at token end, as Dutch and German put the state
// after it: "sinds 10 februari gesloten", "seit Dienstag geschlossen".
func termJustAfter(sent *sentence, end int, spans []span) bool {
	return inSpans(end, spans) && plainGap(sent.scanner().gap(end))
}

// statePreps, right after a term, open the words a state may take before
// "since": "exposed to strangers since 3 January".
var statePreps = lexicon.Set("state-preps")

// stateReach is how many words before "since" a term of the fact may
// stand for the date to start the state it names.
const stateReach = 3

// negatedUntilReach is how many words before "until" the negation of its
// verb may stand: "will not be able to reopen until".
const negatedUntilReach = 6

// dateCandidate returns the candidate the date mention of index i makes
// for the fact, if any.
func dateCandidate(m *matcher, src *reading, sent *sentence, spans []span, anchors anchorSet, d dateMention, i int) (candidate, bool) {
	if d.said && !m.fact.SaidDates {
		m.tracef("    %q dates the report (next to a verb of saying): ignored", says(src, sent, d.span))
		return candidate{}, false
	}
	if d.birthday {
		m.tracef("    %q dates a birthday (\"who turned 23 in November\"), no event of the fact: ignored", says(src, sent, d.span))
		return candidate{}, false
	}
	if d.reaction >= 0 {
		if verb := sent.folded().tokens[d.reaction].Text; !m.own[verb] {
			m.tracef("    %q dates a reaction (%q) to what its object names, not that event: ignored", says(src, sent, d.span), verb)
			return candidate{}, false
		}
	}
	if nameYear(sent, d) {
		m.tracef("    %q is a year in a name (\"Lyon 2031\", \"Expo 2030\"): ignored", says(src, sent, span{d.start - 1, d.end}))
		return candidate{}, false
	}
	if verb := coordinatedVerbDate(sent, d, spans, m.own); verb != "" {
		m.tracef("    %q dates %q before it, and \"and\" joins the fact's term after it: the other verb's date, ignored", says(src, sent, d.span), verb)
		return candidate{}, false
	}
	own := d.noun >= 0 && nounInSpans(sent, d.noun, spans, m.own)
	state := d.since && (termJustBefore(sent, d.start, spans) || termJustAfter(sent, d.end, spans) || inForceSince(sent, d.start, spans)) && !superlativeBefore(sent, d.start) // "fermée depuis mardi", "closed since Tuesday", "exposed to strangers since 3 January", "sinds 10 februari gesloten": the state began then; not "the largest theft since 2013"
	earlier := m.previousSince(sent, d)                                                                                                                                        // "the first eruption since 1949" for "The previous eruption was in 1949"
	// not "since Saturday's flash flood": the possessive gives the flood's day
	if d.since && !own && !state && !earlier && !possessedByTerm(sent, d, spans) {
		m.tracef("    %q is where a span starts, not the date of the event: ignored", says(src, sent, d.span))
		return candidate{}, false
	}
	words := d.span // with "by the end of", "at the end of" before it
	toks := sent.folded().tokens
	for words.start > 0 && !latestWords[toks[d.start].Text] && !datePreps[toks[d.start].Text] && deadlineParts[toks[words.start-1].Text] && plainGap(sent.scanner().gap(words.start)) {
		words.start-- // "by the end of 2028", not the label of "New fares start: 1 February", nor the verb of "will not start until 4 May"
	}
	if k := deadlineAt(toks, d.start); d.deadline && k >= 0 {
		words.start = k
	}
	dist, ok := m.momentDistance(src, sent, spans, anchors, words)
	if !ok {
		return candidate{}, false
	}
	cd := candidate{span: d.span, at: d.span, dist: dist, i: i}
	if !earlier { // "the first eruption since 1949": the one before was in 1949, no doubt
		cd.doubt = dateDoubt(m, src, sent, spans, d, own, dist)
	}
	if d.noun >= 0 {
		noun := sent.folded().tokens[d.noun].Text
		if !nounInSpans(sent, d.noun, spans, m.own) && !termDuring(sent, d.start, spans) && !possessedByTerm(sent, d, spans) { // not "the victims of Friday night's collapse": the collapse's
			m.tracef("    %q names which %s it is, not a term of this fact: that %s's date, ignored", says(src, sent, d.span), noun, noun)
			return candidate{}, false
		}
		if otherInstanceNear(sent, d.start, d.noun) {
			cd.names = noun // "the second, March 9 fire": which fire, or when it was
		}
	}
	return cd, true
}

// coordinatedVerbDate returns the past participle right before a date
// ("fabricated in 1970", "built on 3 May") that "and" and a term of the
// fact follow ("and opened to traffic"), when the participle is none of
// the fact's words: the date is its event's, not the fact's. Or "".
func coordinatedVerbDate(sent *sentence, d dateMention, spans []span, own map[string]bool) string {
	sc := sent.scanner()
	k, e := d.start-1, d.end
	if k < 0 || e+1 >= len(sc.toks) || !plainGap(sc.gap(d.start)) || !plainGap(sc.gap(e)) || !clauseAnds[sc.tok(e)] {
		return ""
	}
	next := e + 1
	if sequenceAdverbs[sc.tok(next)] {
		next++ // "completed in 1970 and then opened"
	}
	for n := 0; n < coordinatedSubjectWords && next < len(sc.toks) && !inSpans(next, spans) && plainGap(sc.gap(next+1)) && !saidVerbs[sc.tok(next)] && !auxiliaries[sc.tok(next)]; n++ {
		next++ // "walked in on Sunday and five officers walked out": a subject of its own
	}
	particle := verbParticles[sc.tok(k)] && k > 0 && plainGap(sc.gap(k))
	if particle {
		k-- // "walked in on Sunday": another verb than the fact's "walked out", whatever its first word
	}
	if v := sc.tok(k); participleWord(v) && (particle || !own[v]) && !inSpans(k, spans) && inSpans(next, spans) {
		return v
	}
	return ""
}

// coordinatedSubjectWords is how many words of a subject of its own may
// stand between "and" and the fact's term: "and five officers walked out".
const coordinatedSubjectWords = 3

// sequenceAdverbs ([sequence-adverbs]) may stand between "and" and the
// fact's term: see coordinatedVerbDate.
var sequenceAdverbs = lexicon.Set("sequence-adverbs")

// previousSince reports whether a date after "since" with a word of
// [since-firsts] before it in its clause dates the event before this one
// ("the first eruption since 1949"), and the fact's claim is of that
// event (matcher.previousFact): the date is its value.
func (m *matcher) previousSince(sent *sentence, d dateMention) bool {
	return m.previousFact && (d.since || sinceWhen(sent, d)) && (wordBeforeInClause(sent, d.start, sinceFirsts) || heldSince(sent, d.start))
}

// heldSince reports whether a word of [since-held] stands right before
// "since" at or before token start: "a record that had stood since 1909",
// "lo tenía desde 2022" date when the record, the event before this one,
// was set.
func heldSince(sent *sentence, start int) bool {
	sc := sent.scanner()
	k := start
	if !sincePreps[sc.tok(k)] {
		k-- // the mention starts at its year
	}
	return sincePreps[sc.tok(k)] && sinceHeld[sc.tok(k-1)] && plainGap(sc.gap(k))
}

// sinceHeld: see heldSince.
var sinceHeld = lexicon.Set("since-held")

// termDuring reports whether a term of the fact stands right before a
// word of [during-preps] and perhaps an article before the date at token
// start that names another noun: the fact's event happened during that
// one, on its date ("set during the August 2003 heatwave", "destroyed in
// the March 9 fire"; not "set after the 2004 storms").
func termDuring(sent *sentence, start int, spans []span) bool {
	toks := sent.folded().tokens
	k := start - 1
	if k >= 0 && determiners[toks[k].Text] {
		k--
	}
	return k >= 1 && duringPreps[toks[k].Text] && inSpans(k-1, spans)
}

// duringPreps: see termDuring.
var duringPreps = lexicon.Set("during-preps")

// otherInstanceNear reports whether a word of [other-instance] stands in
// the phrase of a date that names a noun: up to otherInstanceReach words
// before the date, or between it and the noun ("the second, March 9
// fire", "the March 9 renewed strike"); not further off ("the 1 March
// vote, and the new assembly").
func otherInstanceNear(sent *sentence, start, noun int) bool {
	toks := sent.folded().tokens
	for k := max(0, start-otherInstanceReach); k < noun; k++ {
		if otherInstance[toks[k].Text] {
			return true
		}
	}
	return false
}

// otherInstanceReach is how many words before a date otherInstanceNear
// looks.
const otherInstanceReach = 3

// relativeOnly reports whether a word of [clause-relatives] stands after
// the date and before every one of the fact's terms, so that the terms are
// in a clause of their own and the date in the one before it: "A week
// ago, nurses voted for a deal that ends the first strike".
func relativeOnly(sent *sentence, d span, spans []span) bool {
	if len(spans) == 0 {
		return false
	}
	first := firstStart(spans)
	sc := sent.scanner()
	verb := false // the date's clause has a verb before the relative: "nurses voted for a deal that"
	for k := d.end; k < first; k++ {
		w := sc.tok(k)
		if clauseRelatives[w] && (verb || k-d.end > relativeSubjectWords) {
			return true // a verb of the date's clause, or more words than a subject holds: "the owners chose Smit, the firm that"
		}
		verb = verb || strings.HasSuffix(w, "ed") || copulas[w] || sayingVerbs[w] || subjectAuxiliaries[w]
	}
	return false
}

// otherSubordinateOnly reports whether a word of [other-subordinators]
// stands after the date and a verb of [other-saying-verbs], and before
// every one of the fact's terms: "El 3 de mayo, los técnicos avisaron que
// la presa podía ceder" may date the warning, where "No dia 3, uma
// unidade da fábrica que produz plásticos explodiu" has a clause on its
// subject. It says why, or "".
func otherSubordinateOnly(sent *sentence, d span, spans []span) string {
	if len(spans) == 0 {
		return ""
	}
	first := firstStart(spans)
	sc := sent.scanner()
	verb := false
	for k := d.end; k < first; k++ {
		w := sc.tok(k)
		if otherSubordinators[w] && verb {
			return "the fact's terms stand only after a verb of saying or warning and a word like \"que\" or \"dass\" that follow the date, which may date the saying"
		}
		verb = verb || otherSayingVerbs[w] && !sayingNounArticles[sc.tok(k-1)] && !determiners[sc.tok(k-1)] // not "il comunicato che", a noun
	}
	return ""
}

// afterClauseDate says why a date may be another event's when it stands
// in a phrase a word of [clause-afters] opens, no term of the fact in it
// before the date: after the fact's term ("went back into service after
// an engineering firm cleared them on Sunday", "The audit began after a
// stock count on 12 February came up short"), or opening the sentence
// before the term ("After a firm cleared them on Sunday, the cranes went
// back into service"). It is "" otherwise, and for a date right after the
// word ("after March 5"), a bound read elsewhere.
func afterClauseDate(sent *sentence, d span, spans []span) string {
	sc := sent.scanner()
	if len(spans) == 0 || strings.Contains(sc.gap(d.start), "(") {
		return "" // "reopened after six years (November 4, 2025)": the sentence's date
	}
	for k := d.start - 2; k >= 0; k-- {
		if termIn(spans, k, d.start) {
			return ""
		}
		if !clauseAfters[sc.tok(k)] || startsWithDigit(sc.tok(k+1)) {
			continue // not "stopped working shortly after 6am on Monday": a time, no event
		}
		if (termIn(spans, 0, k) || k == 0 && firstStart(spans) >= d.end) && !strings.Contains(sc.gap(d.start), ",") && clauseVerbIn(sent, k+1, d) {
			return "the date stands in a phrase that \"" + sc.tok(k) + "\" opens, of another event than the fact's term tells: it may be that event's"
		}
		return ""
	}
	return ""
}

// clauseVerbIn reports whether a verb stands from token from to the end
// of the date's clause, the date's words aside: a past form, a finite
// auxiliary or a participle before its object ("after a firm cleared them
// on Sunday"); not "after three years of repairs on Monday", "shortly
// after midnight", no event of its own.
func clauseVerbIn(sent *sentence, from int, d span) bool {
	sc, f := sent.scanner(), sent.folded()
	if boundaries(f.marks[from], f.marks[d.start]) > 0 {
		return false // a pair of commas sets an aside apart and is none: "a firm, Bureau Nordtest, cleared them"
	}
	for k := from; k < len(sc.toks); k++ {
		if k >= d.end && boundaries(f.marks[d.end-1], f.marks[k]) > 0 {
			return false
		}
		if k >= d.start && k < d.end {
			continue
		}
		if w := sc.tok(k); pastForm(w) || auxiliaries[w] || finiteVerbAt(sc, k) {
			return true
		}
	}
	return false
}

// termIn reports whether a span of spans lies within tokens from to to.
func termIn(spans []span, from, to int) bool {
	return slices.ContainsFunc(spans, func(sp span) bool { return sp.start >= from && sp.end <= to })
}

// clauseAfters ([clause-afters]): see afterClauseDate.
var clauseAfters = lexicon.Set("clause-afters")

// sayingNounArticles ([saying-noun-articles]) make a word of saying after
// them a noun.
var sayingNounArticles = lexicon.Set("saying-noun-articles")

// otherSubordinators open what was said or a clause of its own in another
// language.
var otherSubordinators = lexicon.Set("other-subordinators")

// firstStart returns where the first of spans starts; spans is not empty.
func firstStart(spans []span) int {
	first := spans[0].start
	for _, sp := range spans {
		first = min(first, sp.start)
	}
	return first
}

// otherNounsClause reports whether a word of [clause-relatives] stands after
// every one of the fact's terms and before the date, right after a word
// that is none of them: "The finding follows an investigation that began
// on 2 December" dates the investigation, where "the finding, which was
// announced on 14 April" dates the finding.
func otherNounsClause(sent *sentence, d span, spans []span) bool {
	if len(spans) == 0 {
		return false
	}
	last := 0
	for _, sp := range spans {
		last = max(last, sp.end)
	}
	sc := sent.scanner()
	for k := last; k < d.start; k++ {
		prev := sc.tok(k - 1)
		verbBefore := sayingVerbs[prev] || saidVerbs[prev] || prev == "saying"                                                             // "added that", "saying that": what was said; "a briefing that", "a ruling that" are nouns
		if clauseRelatives[sc.tok(k)] && k > 0 && !verbBefore && !inSpans(k-1, spans) && !(inSpans(k-2, spans) && plainGap(sc.gap(k-1))) { // not "the recall notice that"
			return true
		}
	}
	return false
}

// modifierOnly reports whether every one of the fact's terms stands in a
// participle's phrase that describes a noun before the date's verb
// ("Families displaced by the explosion moved into hotels on Friday",
// "Residents evacuated after the blast returned home yesterday"): a
// participle after a word that is no auxiliary, a preposition of
// [modifier-prepositions] right after it, and a verb of its own (a word of
// [finite-auxiliaries], a past form, or one of [past-verbs]) within two
// words after the term, with no comma. The date is that verb's. "Windows
// shattered by the blast on Tuesday" and "were displaced by the blast"
// (a passive, the sentence's own verb) keep it.
func modifierOnly(sent *sentence, d span, spans []span) bool {
	sc := sent.scanner()
	for _, sp := range spans {
		if sp.end >= d.start || !participleBefore(sc, sp.start) || !verbAfterTerm(sc, sp.end, d.start) {
			return false
		}
	}
	return len(spans) > 0
}

// modifierDoubt says why a date is unsure when the fact's terms stand only
// in a noun's participle phrase (see modifierOnly), or "".
func modifierDoubt(sent *sentence, d span, spans []span) string {
	if !modifierOnly(sent, d, spans) {
		return ""
	}
	return "the fact's terms stand in a participle's phrase that describes a noun (\"Families displaced by the explosion moved into hotels on Friday\"): the date is the verb's after it, that noun's"
}

// participleBefore reports whether, within modifierReach words before
// token k, a participle that follows a word that is no auxiliary has a
// preposition of [modifier-prepositions] after it, with no comma up to k.
func participleBefore(sc scanner, k int) bool {
	for p := k - 2; p >= 1 && p >= k-modifierReach; p-- {
		if !plainGap(sc.gap(p + 1)) {
			return false
		}
		prev := sc.tok(p - 1)
		if participleWord(sc.tok(p)) && modifierPrepositions[sc.tok(p+1)] && plainGap(sc.gap(p)) && isLetters(prev) && !auxiliaries[prev] && !finiteAuxiliaries[prev] && !determiners[prev] {
			return true
		}
	}
	return false
}

// verbAfterTerm reports whether a verb of its own stands among the two
// words from token k, before the date at token end, with no comma.
func verbAfterTerm(sc scanner, k, end int) bool {
	for j := k; j < min(k+2, end); j++ {
		if !plainGap(sc.gap(j)) {
			return false
		}
		if w := sc.tok(j); finiteAuxiliaries[w] || pastForm(w) || pastVerbs[w] {
			return true
		}
	}
	return false
}

// modifierReach is how many words a participle may stand before the term
// its preposition governs: "forced from their homes by the explosion".
const modifierReach = 7

// modifierPrepositions and pastVerbs: see modifierOnly.
var modifierPrepositions, pastVerbs = lexicon.Set("modifier-prepositions"), lexicon.Set("past-verbs")

// relativeSubjectWords is how many words a subject may hold between a date
// and its relative word ("On 21 May, the Dutch salvage firm that ...").
const relativeSubjectWords = 4

// clauseRelatives open a clause of its own after a noun or a verb: a date
// before one dates the clause before it.
var clauseRelatives = lexicon.Set("clause-relatives")

// attemptOnly reports whether every one of the fact's terms in the
// sentence names an attempt at its event rather than the event: before a
// word of [attempt-nouns] ("the first refloating attempt") or after one
// of [attempt-verbs] and "to" ("tried to refloat", "a bid to refloat").
func attemptOnly(sent *sentence, spans []span) bool {
	sc := sent.scanner()
	last := 0
	for _, sp := range spans {
		last = max(last, sp.end)
	}
	for k := last; k < len(sent.folded().tokens); k++ {
		if attemptSuccess[sc.tok(k)] && !negations[sc.tok(k-1)] && !negations[sc.tok(k-2)] {
			return false // "A third attempt to refloat her succeeded on 21 May", not "was not successful"
		}
	}
	for _, sp := range spans {
		after := attemptNouns[sc.tok(sp.end)] && plainGap(sc.gap(sp.end))
		before := sc.tok(sp.start-1) == "to" && attemptVerbs[sc.tok(sp.start-2)]
		if !after && !before {
			return false
		}
	}
	return len(spans) > 0
}

// partedBy reports whether a mark of marks stands between a span and each
// of the fact's terms in a sentence (and there is one): a date parted so
// by a semicolon stands in a clause of its own ("Nothing changes for you
// this week; when 7.5.0 is out, moving is one command").
func partedBy(sent *sentence, d span, spans []span, marks string) bool {
	if len(spans) == 0 {
		return false
	}
	sc := sent.scanner()
	for _, sp := range spans {
		a, b := first(d, sp), second(d, sp)
		if b.start < a.end || !strings.ContainsAny(sc.s[sc.toks[a.end-1].End:sc.toks[b.start].Start], marks) {
			return false
		}
	}
	return true
}

// aboutTheText reports whether a sentence opens with "this" and a word of
// [text-nouns], perhaps after a label and a colon ("Correction: This
// article ..."), and the date follows a word of [text-edits] within two
// words: "This article was updated on April 29 to add that 8.0.0 was
// released on April 28" dates the update with April 29, and the release
// with April 28. So does a short line that a word of [text-edits] opens,
// a page's footer or byline: "Published June 13, 2025.", and a paper's
// footer, "A version of this article appears in print on July 21".
func aboutTheText(sent *sentence, d span) bool {
	sc := sent.scanner()
	if textEdits[sc.tok(0)] && d.start <= 3 && len(sc.toks) <= d.end+3 {
		return true // a label line, "Published June 13, 2025.", "Updated: 14 March"
	}
	first := 0
	for k := 1; k < min(4, len(sc.toks)); k++ {
		if strings.Contains(sc.gap(k), ":") {
			first = k // "Correction: This article was amended on ...", "Editor's note: this story ..."
			break
		}
	}
	if sc.tok(first) == "a" && sc.tok(first+1) == "version" && sc.tok(first+2) == "of" && sc.tok(first+3) == "this" && textNouns[sc.tok(first+4)] {
		return true // "A version of this article appears in print on July 21, 2026": a paper's footer
	}
	if sc.tok(first) != "this" || !textNouns[sc.tok(first+1)] {
		return false
	}
	for k := d.start - 1; k >= 0 && k >= d.start-3; k-- {
		if textEdits[sc.tok(k)] {
			return true
		}
	}
	return false
}

// textNouns and textEdits: see aboutTheText.
var textNouns, textEdits = lexicon.Set("text-nouns"), lexicon.Set("text-edits")

// recurringInSentence reports whether a day with no year stands in a
// sentence with a phrase of [recurring-phrases] or a weekday in the plural
// further off than recurring reads ("Every year, the museum closes on 1
// May"), but not in a relative clause set off by commas that closes
// before the day ("The festival, which draws 10,000 people every year, was
// cancelled on 3 March").
func recurringInSentence(sent *sentence, d dateMention) bool {
	if e := d.expr; e.rel != absolute || e.year != 0 || e.day == 0 {
		return false
	}
	sc := sent.scanner()
	comma := func(j int) bool { // a comma between words, not in "10,000"
		return strings.Contains(sc.gap(j), ",") && !(sc.gap(j) == "," && isDigits(sc.tok(j-1)) && isDigits(sc.tok(j)))
	}
	for k := range sc.toks {
		if !sc.recurringAt(k) || pluralWeekday(sc.tok(k)) && auxiliaryBetween(sc, k, d.start) {
			continue // a plural weekday in a clause of its own: "reopened on 3 May and will be closed on Mondays"
		}
		open, end := k, k
		for open > 0 && !comma(open) {
			open--
		}
		for end+1 < len(sc.toks) && !comma(end+1) {
			end++
		}
		if !(clauseRelatives[sc.tok(open)] && end < d.start) {
			return true
		}
	}
	return false
}

// auxiliaryBetween reports whether an auxiliary of the past or the future
// ([shifted-auxiliaries]) stands between tokens a and b, either way round:
// a verb phrase of another time ("reopened on 3 May and will be closed on
// Mondays"); "is also closed on 1 May" goes on with the habit.
func auxiliaryBetween(sc scanner, a, b int) bool {
	for k := min(a, b) + 1; k < max(a, b); k++ {
		if shiftedAuxiliaries[sc.tok(k)] {
			return true
		}
	}
	return false
}

// shiftedAuxiliaries: see auxiliaryBetween.
var shiftedAuxiliaries = lexicon.Set("shifted-auxiliaries")

// datedEntry reports whether a date stands alone in brackets at the end of
// a list item with no stop that holds a link, or that stands under a
// heading of [related-headings]: "- [Museum sets a date for
// reopening](/culture/museum) (November 4, 2025)", "Related:" above "-
// Museum sets a date for reopening (November 4, 2025)".
func datedEntry(src *reading, sent *sentence, d span) bool {
	sc := sent.scanner()
	if d.start == 0 || !strings.HasSuffix(strings.TrimSpace(sc.gap(d.start)), "(") {
		return false
	}
	if strings.TrimSpace(sc.s[sc.toks[d.end-1].End:]) != ")" || !listItem(src, sent) {
		return false
	}
	return linkItem(src, sent) || relatedItem(src, sent) // not a timeline's "- Museum reopens (March 15, 2026)", which dates its event
}

// linkItem reports whether a list item holds a link: "- [Museum sets a
// date](/culture/museum)", "<li><a href=...>".
func linkItem(src *reading, sent *sentence) bool {
	if !listItem(src, sent) {
		return false
	}
	ls, le := src.LineOf(sent.Start)
	line := src.Raw()[ls:le]
	return strings.Contains(line, "](") || strings.Contains(line, "<a ") || strings.Contains(line, "<A ")
}

// relatedItem reports whether a sentence is an item of a list under a
// heading of [related-headings]: "Related:", "Read more", "Most read".
func relatedItem(src *reading, sent *sentence) bool {
	head := listHead(src, sent)
	return head != nil && len(head.folded().tokens) <= leadInWords && head.scanner().phraseAt(0, relatedHeadings) != nil
}

// otherArticle reports whether a sentence is another article's headline:
// an item with a link and no stop, any item under a heading of
// [related-headings] ("Orioles open 2024 season Thursday" under "Most
// read"), or a line that such a heading and a colon open. Its values are
// that article's news, not this text's.
func otherArticle(src *reading, sent *sentence) bool {
	t := strings.TrimSpace(sent.folded().norm.S)
	return relatedItem(src, sent) || linkItem(src, sent) && !strings.HasSuffix(t, ".") || relatedLine(sent)
}

// relatedLine reports whether a sentence opens with a phrase of
// [related-headings] and a colon, the headlines of other articles after
// it on the same line: "Related: Rival's deliveries slip to June (March
// 11) · Tax credit: what changed".
func relatedLine(sent *sentence) bool {
	sc := sent.scanner()
	p := sc.phraseAt(0, relatedHeadings)
	return p != nil && len(p) < len(sc.toks) && strings.HasPrefix(strings.TrimSpace(sc.gap(len(p))), ":")
}

// relatedHeadings open the heading of a list of other articles.
var relatedHeadings = phrases("related-headings")

// hypothetical reports whether a word of [date-hypotheticals] ("if",
// "whether") or one of [past-modals] before "have" ("could have", "should
// have") stands before a date in its clause, hypotheticalReach words at
// most: "If the operator had released water on Thursday", "asked whether
// it could have released water earlier, on Thursday". A comma right
// before the date joins it to the words before it; any other ends the
// clause, and so does a word of [subordinate-openers] between that opens a
// clause holding a term of the fact and the date ("whether anyone was hurt
// when the bridge collapsed on Wednesday"; not "If the strike that unions
// called goes ahead on Monday").
func hypothetical(sent *sentence, d span, spans []span) bool {
	sc := sent.scanner()
	for k := d.start - 1; k >= 0 && k >= d.start-hypotheticalReach; k-- {
		g := sc.gap(k + 1)
		if strings.ContainsAny(g, ".;:!?()–—") || strings.Contains(g, ",") && k+1 != d.start {
			return false
		}
		if w := sc.tok(k); dateHypotheticals[w] || pastModals[w] && sc.tok(k+1) == "have" {
			return !termClauseBetween(sent, k+1, d.start, spans) // not "whether anyone was hurt when the bridge collapsed on Wednesday"
		}
	}
	return false
}

// unproven reports whether a verb of proof ([proof-verbs]) after a
// negation or a word of failing ([failure-words]) stands before a date in
// its clause: "the Commission had failed to prove that the abuse began in
// 2011", "could not show that the leak started in May".
func unproven(sent *sentence, d span) bool {
	sc := sent.scanner()
	return sc.wordWithin(d, -1, hypotheticalReach, ".;:!?()–—", func(k int) bool {
		if !proofVerbs[sc.tok(k)] || phrasalParticles[sc.tok(k+1)] && plainGap(sc.gap(k+1)) && sc.tok(k+2) != "to" {
			return false // not "none of it will show up in the census of 2031"
		}
		for j := k - 1; j >= 0 && j >= k-proofReach; j-- {
			if negations[sc.tok(j)] || failureWords[sc.tok(j)] || contractedNot(sent, j) {
				return true
			}
		}
		return false
	})
}

// proofVerbs and failureWords: see unproven; proofReach is how many words
// before the verb of proof the negation may stand ("failed to prove",
// "did not manage to show").
var proofVerbs, failureWords = lexicon.Set("proof-verbs"), lexicon.Set("failure-words")

// phrasalParticles ([phrasal-particles]) after a verb of proof make
// another verb of it: "show up", "show off".
var phrasalParticles = lexicon.Set("phrasal-particles")

const proofReach = 4

// comparedDate reports whether a date is what a figure is compared with:
// right after a phrase of [compared-dates] ("6.8% more than in September
// 2024", "compared with March"; "no earlier than 6 March", a bound, is
// unsure too),
// or a month or a year after "from" that follows a figure and a word of
// change in its clause ("up 0.4% from August", "rose 3% from May"; not
// "tickets cost 20 euros from Monday", which dates the price, nor "fares
// went up 4.6% from 2 March", the day the rise takes effect).
func comparedDate(sent *sentence, dm dateMention) bool {
	sc, d := sent.scanner(), dm.span
	if sc.phraseBefore(d.start, comparedDates) != nil || comparedPast(sc, d.start) {
		return true // "no earlier than 6 March" too: a bound, which the date alone does not say
	}
	if sc.tok(d.start) == "on" {
		d.start++ // "up 3.4 points on 2021": the date's words hold its "on"
	}
	if sc.tok(d.start-1) != "from" && sc.tok(d.start-1) != "on" || dm.expr.day != 0 || dm.expr.rel == relWeekday || dm.expr.rel == relDay {
		return false // "fares went up 4.6% from Sunday 2 March": the day it takes effect
	}
	figure, change := false, false
	for k := d.start - 2; k >= 0 && k >= d.start-1-comparedReach; k-- {
		if strings.ContainsAny(sc.gap(k+1), ",;:!?()–—") {
			break
		}
		figure = figure || isDigits(sc.tok(k))
		change = change || changeWords[sc.tok(k)] || changeBefore[sc.tok(k)]
	}
	return figure && change
}

// comparedPast reports whether a word of [than-words] after a
// comparative ("faster", "more", "sneller") stands a few words before the
// date at token start, in its clause, a name or a noun between: "44
// seconds faster than Okello in 2019", "sneller dan Bernard Okello in
// 2019" date what is compared with.
func comparedPast(sc scanner, start int) bool {
	for k := start - 1; k >= 1 && k >= start-comparedNameReach; k-- {
		if strings.ContainsAny(sc.gap(k+1), ",;:!?()–—") {
			return false
		}
		if thanWords[sc.tok(k)] {
			w := sc.tok(k - 1)
			if sc.anyCountWord(k+1) || thanNotCompared[sc.tok(k+1)] {
				return false // "more than 300 people died in 2019": a bound, no comparison; "higher than expected in 2019"
			}
			return comparativeWords[w] || len(w) >= 5 && strings.HasSuffix(w, "er")
		}
	}
	return false
}

// comparedNameReach is how many words before a date comparedPast looks
// for "than": "than Bernard Okello in 2019".
const comparedNameReach = 5

// thanWords, comparativeWords and thanNotCompared: see comparedPast.
var thanWords, comparativeWords, thanNotCompared = lexicon.Set("than-words"), lexicon.Set("comparative-words"), lexicon.Set("than-not-compared")

// comparedDates make a date after them what a figure is compared with.
var comparedDates = phrases("compared-dates")

// comparedReach is how many words before "from" comparedDate looks for a
// figure and a word of change.
const comparedReach = 6

// termClauseBetween reports whether a word of [subordinate-openers], but
// a relative one ([clause-relatives]), stands among the tokens from i to
// date with a term of the fact after it and before the date.
func termClauseBetween(sent *sentence, i, date int, spans []span) bool {
	toks := sent.folded().tokens
	for k := i; k < date; k++ {
		if w := toks[k].Text; !subordinateOpeners[w] || clauseRelatives[w] {
			continue // a relative clause closes on its noun: "the water that engineers held back is released"
		}
		for _, sp := range spans {
			if sp.start > k && sp.end <= date {
				return true
			}
		}
	}
	return false
}

// ongoingAt reports whether a word of [ongoing-words] stands within
// ongoingReach words of a date in its clause: "stranded again today as
// the pilots continued their walkout" dates a day of the strike, not its
// start.
func ongoingAt(sent *sentence, d span, spans []span, next bool) bool {
	sc := sent.scanner()
	ongoing := func(k int) bool { return ongoingWords[sc.tok(k)] && !(next && nextTime(sc, k)) }
	before := func(k int) bool {
		return (ongoing(k) || remainWords[sc.tok(k)]) && !clauseBetween(sc, k, d.start, spans)
	}
	// not across a comma: "The dam burst on Tuesday, and rescuers are still searching"
	return sc.wordWithin(d, -1, ongoingReach, ".,;:!?", before) || sc.wordWithin(d, 1, ongoingReach, ".,;:!?", ongoing)
}

// clauseBetween reports whether a word of [subordinate-openers] or
// [other-clause-openers] stands between token k and a date at token d,
// with at least two words after it before the date and a term of the
// fact right before the date (a preposition between at most): the date is
// in a clause of the fact's own ("running again since services resumed on
// Saturday" dates the resuming; not "stranded again when the strike
// resumed on Wednesday", a term not next to it), not after a
// preposition ("running again since Saturday") nor in a clause of
// another event ("The strike continued after talks collapsed on Tuesday").
func clauseBetween(sc scanner, k, d int, spans []span) bool {
	for j := k + 1; j < d-2; j++ {
		if asideEnders[sc.tok(j)] || otherClauseOpeners[sc.tok(j)] {
			return slices.ContainsFunc(spans, func(sp span) bool { return sp.start > j && termBeforeDate(sc, sp.end, d) })
		}
	}
	return false
}

// termBeforeDate reports whether a term ending before token end stands
// right before a date at token d: a preposition of [date-prepositions]
// and one word at most between, no word of [restart-words] ("the walkout
// began on Monday"; not "the walkout resumed on Monday", "the reopening
// was delayed on Sunday").
func termBeforeDate(sc scanner, end, d int) bool {
	if end < d && datePreps[sc.tok(d-1)] {
		d--
	}
	return end == d || end == d-1 && !restartWords[sc.tok(end)] && !ongoingWords[sc.tok(end)]
}

// restartWords ([restart-words]): see termBeforeDate.
var restartWords = lexicon.Set("restart-words")

// nextTime reports whether the word at k is a word of [repeat-words]
// ("again") after a word of the future a few words before it: for a fact
// of the next time (its claim or terms hold a word of [next-words]), "The
// committee will meet again on 13 May" dates the next meeting, no later
// day of one going on; for the first, "Pilots will strike again on 13
// May" is a later day, unsure still.
func nextTime(sc scanner, k int) bool {
	return repeatWords[sc.tok(k)] && sc.wordWithin(span{k, k + 1}, -1, nextTimeReach, cueStopMarks, func(j int) bool { return futureMarkers[sc.tok(j)] })
}

// cueStopMarks end the stretch of words a cue is looked for in.
const cueStopMarks = ".,;:!?()"

// repeatWords ([repeat-words]), nextWords ([next-words]) and
// nextTimeReach: see nextTime.
var repeatWords, nextWords = lexicon.Set("repeat-words"), lexicon.Set("next-words")

const nextTimeReach = 3

// remainWords ([remain-words]) tell of a state going on only before the
// date: "The bridge remained closed on Wednesday", not "The alert declared
// last Friday remains in place".
var remainWords = lexicon.Set("remain-words")

// ongoingReach is how many words around a date ongoingAt looks.
const ongoingReach = 8

// ongoingWords tell of something going on: see ongoingAt.
var ongoingWords = lexicon.Set("ongoing-words")

// plannedLater reports whether a date lies wholly after the day of the
// report while the fact's date ends by that day, and is marked as to come:
// counted forward from the report ("next Thursday", "tomorrow"), placed by
// a word of the future in its clause ("the minutes, which will be
// considered on April 7"), or given with its year after a word of
// futureMarkers ("the three launches planned for 2026"). The report speaks
// of something to come, and the fact of what has happened. A later date
// with no such mark ("was launched on 14 October 2026" for one of 2025) is
// read: a slip of the year contradicts. So is a span counted from the
// report that holds its day ("this week", "this month") after a word of
// the future, for a fact wholly before that span: "expect to ask for a
// federal declaration this week" tells of a plan, not of a proclamation
// issued the week before.
func plannedLater(sent *sentence, d dateMention, day facts.Span, fact facts.Date) bool {
	if day.Last.IsZero() || fact.End.Last.IsZero() || fact.End.Last.After(day.Last) {
		return false
	}
	at, _, ok := d.expr.resolve(day)
	sc := sent.scanner()
	if !ok {
		return false
	}
	if !at.Start.First.After(day.Last) { // "expect to ask for a federal declaration this week": a span holding the report's day, to come
		return d.expr.rel != absolute && d.expr.offset == 0 && !at.End.Last.Before(day.Last) && fact.End.Last.Before(at.Start.First) && sc.wordWithin(d.span, -1, hypotheticalReach, clausePunct, sc.futureAt)
	}
	switch {
	case d.expr.rel != absolute:
		return d.expr.offset > 0 // "Rival Corvane reports next Thursday", "tomorrow": counted forward from the report
	case d.expr.eitherWay:
		return true // "the minutes, which will be considered on April 7": placed by its word of the future
	case d.expr.year == 0:
		return false
	}
	return sc.wordWithin(d.span, -1, hypotheticalReach, clausePunct, sc.futureAt)
}

// hypotheticalReach is how many words before a date hypothetical looks.
const hypotheticalReach = 12

// dateHypotheticals and pastModals: see hypothetical.
var dateHypotheticals, pastModals = lexicon.Set("date-hypotheticals"), lexicon.Set("past-modals")

// attemptNouns after a term, and attemptVerbs before "to" and a term, make
// it an attempt at the event.
var attemptNouns, attemptVerbs = lexicon.Set("attempt-nouns"), lexicon.Set("attempt-verbs")

// attemptSuccess in the sentence make an attempt the event itself.
var attemptSuccess = lexicon.Set("attempt-success")

// todaysWeekday reports whether a date is a bare weekday ("Monday",
// "Monday's"; no "last", "next" or day of the month) that is the weekday
// of the report itself: a follow-up a week on calls the event by its
// weekday too, and a weekly one the next (see weekApartHeld).
func todaysWeekday(d dateMention, pub facts.Span) bool {
	e := d.expr
	return e.rel == relWeekday && e.offset == 0 && e.ordinal == 0 && !weekOpen(pub) && pub.First.Weekday() == e.weekday
}

// monthDayDoubt says why a day of the month given alone, or a day that a
// name gives, may be another's, or "": a day of the month alone may count
// the days of something else ("ao dia 15 da greve", "the 14th and 15th
// floors"), so only its agreement is read; a named day's night runs into
// the next day ("la notte di Capodanno", "shortly after midnight on New
// Year's Eve"), so one a day from the sheet's is unsure.
func monthDayDoubt(d dateMention, fact facts.Date, day facts.Span) string {
	switch {
	case d.expr.rel == relMonthDay:
		return "a day of the month given alone (\"no dia 14\", \"on the 14th\") may count the days of something else: only its agreement is read"
	case d.expr.named && dayApart(d.expr, fact, day):
		return "a day a name gives (\"New Year's Eve\") is a day from the sheet's, which its night may run into"
	}
	return ""
}

// dayApart reports whether the sheet's date lies within a day of the
// named day's reading.
func dayApart(e dateExpr, fact facts.Date, day facts.Span) bool {
	v, _, ok := e.resolve(day)
	return ok && !fact.End.Last.Before(v.Start.First.AddDate(0, 0, -1)) && !fact.Start.First.After(v.End.Last.AddDate(0, 0, 1))
}

// weekApartHeld reports whether the sheet's date holds the day a week
// before the report's or a week after: a bare weekday that is the
// report's own may be either, and disagrees for certain only when the
// sheet holds neither.
func weekApartHeld(fact facts.Date, day facts.Span) bool {
	for _, week := range []int{-7, 7} {
		at := day.First.AddDate(0, 0, week)
		if !at.Before(fact.Start.First) && !at.After(fact.End.Last) {
			return true
		}
	}
	return false
}

// dateDoubt says why a date a fact located may not be its event's, or "":
// a span's start, a label, a deadline, a weekday of another week, a date
// of saying, a clause of its own, an attempt, a timeline's stamp.
func dateDoubt(m *matcher, src *reading, sent *sentence, spans []span, d dateMention, own bool, dist int) string {
	deadline, day := deadlineBefore(sent, d.span, m.own), src.dayOfReport(sent)
	other := cmp.Or(periodCovered(sent, d), weekendDoubt(d), monthDayDoubt(d, m.fact.Date, day), otherLanguageDoubt(sent, d, spans, day, m.fact.SaidDates), conversionDay(sent, d), zonedDay(sent, d), otherRelease(m, sent), otherSubordinateOnly(sent, d.span, spans), afterClauseDate(sent, d.span, spans), modifierDoubt(sent, d.span, spans), othersDate(m, sent, d, spans))
	switch {
	case d.since && !possessedByTerm(sent, d, spans) && !(own && determinedByTerm(sent, d, spans)): // "since Sunday's flash flood filled", "since the Oct. 13 collapse" date the flood, the collapse
		return "after \"since\" the date may say only where a span starts, not when the fact's event or state began"
	case sinceWhen(sent, d) && !termAfter(spans, d.end):
		return "after \"since\" and before \", when\" the date is of the event the clause after it tells, which holds no term of the fact (\"closed since Monday, when inspectors found a crack\")"
	case earlierSince(sent, d):
		return "after \"since\" and before \", when\" the date is of an earlier event, which the clause after it tells of (\"the first rise since March 2024, when ...\")"
	case labelsYear(sent, d, spans, own):
		return "a year before the fact's noun may label it (a fiscal year, a season: \"the 2026 budget\") rather than date it"
	case d.deadline && !m.bounds[sent.deadlineWord(d)] && !inSpans(deadlineAt(sent.folded().tokens, d.start), spans):
		return "after \"" + cmp.Or(sent.deadlineWord(d), "by") + "\" the date is a deadline: the event may come before it"
	case periodOfNoun(sent, d, m.own):
		return "a week, month or year before \"'s\" and a noun that is none of the fact's words (\"this week's podcast\") dates that noun, not the fact's event"
	case theWeekday(sent, d):
		return "\"the\" before a weekday may name the day of a week the text gives elsewhere (\"gates open on the Friday\"), not the latest one before the report"
	case other != "":
		return other
	case todaysWeekday(d, day) && weekApartHeld(m.fact.Date, day): // neither the sheet's: certain
		return "a bare weekday that is the report's own (\"Monday's outage\" in a report of a Monday) may be that day or the same day a week before"
	case deadline != "":
		return "\"" + deadline + "\" before it makes it a deadline's date: the event may come before it"
	case !m.fact.SaidDates && sent.saidBetween(d.span, spans):
		return "the date stands before a verb of saying and the fact's terms only after it, in what was said: it may date the saying"
	case d.expr.rel != absolute && longBefore(m.fact.Date, day) && nearReport(d.expr, day):
		return "a date counted from the report's (\"last week\") for an event years before the report: likely another event"
	case relativeOnly(sent, d.span, spans):
		return "the fact's terms stand only in a clause after \"that\" or \"which\" that follows the date, which may date the verb before it (\"A week ago, nurses voted for a deal that ends the first strike\")"
	case otherNounsClause(sent, d.span, spans):
		return "the date stands in a clause after \"that\" or \"which\" on a noun that is none of the fact's terms (\"follows an investigation that began on 2 December\"): it may be that noun's"
	case partedBy(sent, d.span, spans, ";"):
		return "a semicolon parts the date from every term of the fact: it stands in a clause of its own, which may tell of something else"
	case aboutTheText(sent, d.span):
		return "the sentence speaks of the text itself (\"This article was updated on April 29\"): its date is the text's, not the event's"
	case recurringInSentence(sent, d):
		return "the sentence speaks of what comes back every year (\"Every year, the museum closes on 1 May\"): the day may be no event's"
	case datedEntry(src, sent, d.span):
		return "a date alone in brackets closing a list item dates the item, as a linked article's date does (\"Museum sets a date for reopening (November 4, 2025)\"), not the event"
	case unproven(sent, d.span):
		return "the date stands in what was not proved (\"failed to prove that the abuse began in 2011\"): it may be what the fact is not"
	case comparedDate(sent, d):
		return "the date is what a figure is compared with (\"6.8% more than in September 2024\", \"up 0.4% from August\"), not when the fact's event happened"
	case hypothetical(sent, d.span, spans):
		return "a condition, an open question or a past modal (\"if\", \"whether\", \"could have\") before the date in its clause: it says when something might have happened"
	case attemptOnly(sent, spans):
		return "the fact's terms name an attempt at the event (\"first refloating attempt\", \"tried to refloat\"): the date may be the attempt's"
	case plannedLater(sent, d, day, m.fact.Date):
		return "a plan or a forecast (\"planned for\", \"will\") dates something after the report, where the fact's event came before it: likely another event"
	case ongoingAt(sent, d.span, spans, ownsAny(m.own, nextWords)) && !boundPreps[sent.folded().tokens[d.start].Text]: // not "remains supported until 30 June"
		return "the sentence tells of something going on (\"continued\", \"again\"): the date may be a later day of it, not when it began or happened"
	case dateStamp(src, sent, d):
		return "a date and time opening its entry before a dash is when a live blog's post was written, or when a timeline's event happened"
	case (d.deadline || boundPreps[sent.folded().tokens[d.start].Text]) && dist > latestReach && !eventInWhen(sent, d, spans):
		return "a deadline or a bound far from the fact's terms may be another's" // "the council, which must decide, had been dissolved by 2010"
	}
	return ""
}

// othersDate says why a date may be that of other events of the fact's
// kind or of making the fact's event known, or "": see severalOfItsKind
// and reportedObject.
func othersDate(m *matcher, sent *sentence, d dateMention, spans []span) string {
	if otherYear(m.fact.Date, d) { // the cheap test first: most dates are of the fact's year
		if w := sent.severalOfItsKind(spans, m.own); w != "" {
			return "\"" + w + "\" counts several things the fact's terms name, and the date is of another year than the fact's: it may be theirs"
		}
	}
	if v := reportedObject(sent, d.span, spans, m.own); v != "" {
		return "the fact's terms are the object of \"" + v + "\" in the date's clause: the date may be when it was announced or confirmed, not when the fact's event happened"
	}
	return ""
}

// otherYear reports whether a date gives a year outside the fact's own
// ("In 2023, ..." beside 14 March 2024).
func otherYear(fact facts.Date, d dateMention) bool {
	y := d.expr.year
	return d.expr.rel == absolute && y != 0 && (y < fact.Start.First.Year() || y > fact.End.Last.Year())
}

// reportedObject returns the verb of [object-report-verbs] or
// [reaction-verbs], none of the fact's own words, whose object the term
// of the fact nearest the date is (a definite determiner between at most), when the
// date stands right after the term, right after the verb or before it, in that verb's clause, or "": "A spokeswoman confirmed the
// filing on Wednesday", "The firm announced the closure on Monday" date
// the confirming and the announcing as readily as the filing and the
// closure.
func reportedObject(sent *sentence, d span, spans []span, own map[string]bool) string {
	sc, marks := sent.scanner(), sent.folded().marks
	sp, ok := nearestSpan(d, spans)
	if !ok {
		return ""
	}
	k := sp.start - 1
	if k > 0 && determiners[sc.tok(k)] && !titleIndefinites[sc.tok(k)] {
		k-- // "the filing", "its appeal"; not "reported a collapse last June", news when it came
	}
	if k >= d.start && k < d.end {
		if sc.possessive(d.end) {
			return "" // "condemned Monday's attack": the date is the object's
		}
		k = d.start - 1 // "confirmed on Wednesday the filing"
	}
	w := sc.tok(k)
	if k < 0 || k == sp.start-1 && sp.start > 0 || !objectReportVerbs[w] && !reactionVerbs[w] || own[w] {
		return ""
	}
	if d.start > sp.end && (d.start-sp.end > objectReportReach || verbBetween(sc, sp.end, d.start)) && !clockBetween(sent, sp.end, d.start) {
		return "" // "confirmed the appeal was lodged on Wednesday", "the appeal it filed on Wednesday": the date is the term's own verb's
	}
	if lo, hi := min(k, d.start), max(sp.end, d.end); boundaries(marks[lo], marks[hi-1]) > 0 || sc.phraseAt(d.end, immediateEffect) != nil {
		return "" // not "announced the closure on Wednesday, effective immediately": the closure's day
	}
	return w
}

// verbBetween reports whether a verb stands from token a to b-1: an
// auxiliary, a relative or a complementizer, a pronoun that opens a
// clause, or a word in -ed ("the appeal lodged on Wednesday").
func verbBetween(sc scanner, a, b int) bool {
	for k := a; k < b; k++ {
		w := sc.tok(k)
		if auxiliaries[w] || clauseRelatives[w] || complementizers[w] || clausePronouns[w] || len(w) > 3 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// objectReportReach is how many words may stand between the object of a
// verb of making known and its date: "announced the closure of the bridge
// to residents at a news conference on Wednesday".
const objectReportReach = 8

// clausePronouns ([clause-pronouns]) open a clause of their own after a
// noun: "the appeal it filed on Wednesday".
var clausePronouns = lexicon.Set("clause-pronouns")

// clockBetween reports whether a time of day, "at" before it at most,
// fills the words from a to b-1: "announced the closure at 4:30 p.m.
// Sunday".
func clockBetween(sent *sentence, a, b int) bool {
	if sent.scanner().tok(a) == "at" {
		a++
	}
	return slices.ContainsFunc(sent.clockMentions(), func(c clockMention) bool { return c.start == a && c.end == b })
}

// immediateEffect ([immediate-effect]) after a date make it the day its
// object took effect: "announced the closure on Wednesday, effective
// immediately".
var immediateEffect = phrases("immediate-effect")

// nearestSpan returns the span of spans nearest the date at d.
func nearestSpan(d span, spans []span) (span, bool) {
	best, dist := span{}, -1
	for _, sp := range spans {
		n := max(sp.start-d.end, d.start-sp.end, 0)
		if dist < 0 || n < dist {
			best, dist = sp, n
		}
	}
	return best, dist >= 0
}

// objectReportVerbs ([object-report-verbs]) make known what their object
// names: see reportedObject.
var objectReportVerbs = lexicon.Set("object-report-verbs")

// nounInSpans reports whether the noun a date modifies, token k, is one of
// the fact's terms, or the first word of a compound whose second is and
// whose first is one of the fact's own words ("the March 6 engine failure"
// for a fact about an engine's failure). Any other first word says which
// one is meant: "the Feb. 12 Harrow crash", "the March 1 freight
// derailment", "the Jan. 30 brake failure" for a pump's.
func nounInSpans(sent *sentence, k int, spans []span, own map[string]bool) bool {
	if inSpans(k, spans) {
		return true
	}
	sc := sent.scanner()
	return k+1 < len(sent.folded().tokens) && own[sc.tok(k)] && plainGap(sc.gap(k+1)) && !notNouns[sc.tok(k+1)] && inSpans(k+1, spans)
}

// saidBetween reports whether a verb of saying stands after a date and
// before every one of the fact's terms: "apologised last night and said
// engineers had restored supply" dates the apology and the saying, not
// the restoring.
func (sent *sentence) saidBetween(d span, spans []span) bool {
	first := -1
	for _, sp := range spans {
		if sp.start < d.end {
			return false
		}
		if first < 0 || sp.start < first {
			first = sp.start
		}
	}
	f := sent.folded()
	for k := d.end; k < first; k++ {
		if saidVerbs[f.tokens[k].Text] && !strings.Contains(f.norm.S[f.tokens[k].End:f.tokens[k+1].Start], ",") {
			return true // not "On Friday, the company said, the plant reopened": an insertion
		}
	}
	return false
}

// longBefore reports whether a fact's date ends more than staleYears
// before a source's publication date: "the bridge opened in 1962" is no
// event a report of 2025 dates "last week".
func longBefore(fact facts.Date, pub facts.Span) bool {
	return !pub.First.IsZero() && !fact.End.Last.IsZero() && fact.End.Last.AddDate(staleYears, 0, 0).Before(pub.First)
}

// nearReport reports whether a relative date lands within staleYears of
// the report: "last week" does, "50 years ago" does not, and is read.
func nearReport(e dateExpr, pub facts.Span) bool {
	d, _, ok := e.resolve(pub)
	return ok && !d.Start.First.AddDate(staleYears, 0, 0).Before(pub.First)
}

// staleYears is how long before a report a fact's date must end for a
// date the report counts from its own to be likely another event's.
const staleYears = 2

// latestReach is how far from the fact's terms a deadline or a bound may
// stand to be a fact's that is one itself, for certain: "due to decide
// on approval by Oct. 22".
const latestReach = 4

// deadlineAt returns the token of the word that makes a date starting at
// token start a deadline ("by the end of 2028"), or -1.
func deadlineAt(toks []text.Token, start int) int {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if deadlinePreps[toks[k].Text] {
			return k
		}
	}
	return -1
}

// deadlineWord returns the word that makes a date a deadline: a word of
// [deadline-prepositions], or "by" for a phrase of [deadline-phrases] ("a
// más tardar", "no later than"); "" for none.
func (sent *sentence) deadlineWord(d dateMention) string {
	if k := deadlineAt(sent.folded().tokens, d.start); k >= 0 {
		return sent.folded().tokens[k].Text
	}
	if d.deadline && sent.scanner().phraseBefore(d.start, deadlinePhrases) != nil {
		return "by"
	}
	return ""
}

// claimBounds returns the words that make a date a bound or a deadline
// ("until", "by") that a fact's claim sets before its own date: "supported
// until 30 September 2026", "is due to decide by 22 October".
func claimBounds(f *facts.Fact) map[string]bool {
	norm := text.Fold(f.Claim)
	toks := text.Tokenize(norm)
	dates, bounds := extractDates(norm, toks, nil)
	own := func(d dateMention) bool { // the fact's own date, not another the claim names
		r, _, ok := d.expr.resolve(facts.Span{})
		return ok && f.Date.Agrees(r)
	}
	out := make(map[string]bool)
	for _, b := range bounds {
		if own(b) {
			out[toks[b.start].Text] = true
		}
	}
	for _, d := range dates {
		if k := deadlineAt(toks, d.start); d.deadline && k >= 0 && own(d) {
			out[toks[k].Text] = true
		}
	}
	if len(out) == 0 && slices.ContainsFunc(toks, func(t text.Token) bool { return endClaims[t.Text] }) && len(dates) > 0 {
		out["until"] = true // "Support for 11.x ends in November 2028": an end, which "supported until November 2028" states
	}
	for w := range out {
		if latestWords[w] { // "until 30 September" is "by 30 September": either word reads
			for l := range latestWords {
				out[l] = true
			}
		}
	}
	return out
}

// endClaims ([end-claims]) in a date fact's claim make its date an end,
// which a date after "until" states.
var endClaims = lexicon.Set("end-claims")

// latestWords all put a date as the latest one: a deadline given with one
// of them is given with any other.
var latestWords = lexicon.Set("latest-words")

// canRead leaves a date of saying ("reported on Friday") to the facts
// that read such dates (said_dates): to any other it is no value.
func (dateKind) canRead(p *matcher, sent *sentence, cd candidate, _ []span) bool {
	return !sent.dateAt(cd.i).said || p.fact.SaidDates
}

func (dateKind) holds(f *facts.Fact, src *reading, sent *sentence, cd candidate) bool {
	d, _, ok := src.resolveIn(f, sent, sent.dateAt(cd.i).expr)
	return ok && f.Date.Agrees(d)
}

// datesOverlap reports whether two dates share a day.
func datesOverlap(a, b facts.Date) bool {
	return !a.End.Last.Before(b.Start.First) && !b.End.Last.Before(a.Start.First)
}

// ownDate reports whether a date candidate gives the fact's date as the
// sheet writes it: the same day, month or year, or the same range.
func ownDate(f *facts.Fact, src *reading, sent *sentence, cd candidate) bool {
	d, _, ok := src.resolveIn(f, sent, sent.dateAt(cd.i).expr)
	return ok && !d.NoYear && d.Start == f.Date.Start && d.End == f.Date.End
}

func (dateKind) judge(f *facts.Fact, src *reading, sent *sentence, cd candidate, fd *Finding) bool {
	d, how, ok := src.resolveIn(f, sent, sent.dateAt(cd.i).expr)
	fd.How = how
	if !ok {
		return false
	}
	pub := src.dayOfReport(sent)
	fd.Value, fd.Agrees, fd.Kind = d.String(), f.Date.Agrees(d), "different-date"
	e := sent.dateAt(cd.i).expr
	if weekOpen(pub) && weekdayExpr(e) && d.Start.Precision == facts.Days && d.Start.First.Equal(d.End.Last) {
		fd.Value = "a " + e.weekday.String() // placed by weekdayOnly
	}
	if !fd.Agrees && lastWeekAgrees(f, e, d, pub) {
		fd.Unsure = true
		fd.How = joinHow(how, "unsure: \"last\" with a weekday a day or two back may mean the one a week before, which agrees")
	} else if !fd.Agrees && weekEndingAgrees(f, e, pub) {
		fd.Unsure = true
		fd.How = joinHow(how, "unsure: at the weekend \"last week\" may mean the week now ending, which agrees")
	} else if !fd.Agrees && pastSevenDaysAgree(f, e, pub) && !sent.hasAny(forecastWords) {
		fd.Unsure = true
		fd.How = joinHow(how, "unsure: \"this week\" may mean the past seven days, which agree")
	} else if !fd.Agrees && src.headingOnly(f, sent, e) {
		fd.Unsure = true // a live blog's heading of another day than the publication date
		fd.How = joinHow(how, "unsure: counted from the publication date instead, it agrees")
	} else if !fd.Agrees && lastYearAgrees(f, e, d, pub) {
		fd.Unsure = true // "The letter is dated 14 March" in a report of January
		fd.How = joinHow(how, "unsure: a day after the report may be last year's, which agrees")
	} else if !fd.Agrees && e.vaguePart && datesOverlap(f.Date, d) {
		fd.Unsure = true // "expected to close late this year" for a fact of the fourth quarter
		fd.How = joinHow(how, "unsure: a part of a year in words is wide on purpose, and it overlaps the fact's dates")
	} else if !fd.Agrees && f.Date.Holds(d) {
		fd.Unsure = true // "best before 20 March to 1 April" of one product, for all of them
		fd.How = joinHow(how, "unsure: a range within the fact's may be a part of its span, or give a wrong end")
	} else if !fd.Agrees && nightOf(sent, sent.dateAt(cd.i)) && dayAfter(f.Date, d) && !beforeMidnight(sent) {
		fd.Unsure = true // "broke out on Wednesday night" of a fire at 3 a.m. on Thursday
		fd.How = joinHow(how, "unsure: a night runs past midnight, and the fact's day is the morning after it")
	} else if !fd.Agrees && nightInto(sent, sent.dateAt(cd.i)) && dayAfter(d, f.Date) {
		fd.Unsure = true // "in der Nacht zu Mittwoch" of a fire late on Tuesday
		fd.How = joinHow(how, "unsure: a night into a day begins the evening before it, the fact's day")
	} else if !fd.Agrees && zoneShiftAgrees(f.Date, sent, sent.dateAt(cd.i), d) {
		fd.Unsure = true // "at 23:10 GMT on 3 May" for an event of 4 May in Asia
		fd.How = joinHow(how, "unsure: the day is that of a time in UTC beside it, and where the event was the same moment may fall on the fact's day")
	}
	// A date as precise as the sheet's, agreeing, settles the source; a
	// coarser one than the sheet's, disagreeing, yields to it (see
	// settleWithinSource): "in 2023" beside the launch's day. So does a
	// date counted from the day of writing inside a quotation, which
	// counts from the day it was said: "Today we lost a satellite," in a
	// report of the next day that dates the launch. Agreeing, it settles
	// as any other does: "Today we launch Orion," in a press release of
	// the day.
	fd.firm = fd.Agrees && !d.IsRange() && d.Start.Precision <= f.Date.Start.Precision
	fd.yields = !fd.Agrees && (d.IsRange() || d.Start.Precision > f.Date.Start.Precision || quotedRelative(src, sent, sent.dateAt(cd.i)) || pastForFuture(f, d, pub))
	return true
}

// nightWords ([night-words]) right after a date ("Wednesday night",
// "last night"), or "overnight" or "the night of" right before it, make
// it a night's, which runs into the next day.
var nightWords, nightBefore = lexicon.Set("night-words"), phrases("night-before")

// nightOf reports whether a date mention names a night: a word of
// [night-words] ends it or follows it, or a phrase of [night-before]
// ends right before it ("overnight on Wednesday", "the night of 13
// March").
func nightOf(sent *sentence, dm dateMention) bool {
	sc := sent.scanner()
	if nightWords[sc.tok(dm.end-1)] || nightWords[sc.tok(dm.end)] && plainGap(sc.gap(dm.end)) {
		return true
	}
	k := dm.start
	if sc.tok(k) == "on" || sc.tok(k) == "of" {
		k++ // the mention may hold its preposition: "the night of" + "13 March"
	}
	return sc.phraseBefore(k, nightBefore) != nil
}

// nightInto reports whether a phrase of [night-into] ends right before a
// date mention, or one of [tonight-words] is the mention: "in der Nacht zu
// Mittwoch", "overnight into Wednesday", "stanotte" name a night that
// begins the day before.
func nightInto(sent *sentence, dm dateMention) bool {
	sc := sent.scanner()
	if sc.phraseAt(dm.start, tonightWords) != nil {
		return true // "La frattura si è aperta stanotte": the night of the report's day began the evening before
	}
	return sc.phraseBefore(dm.start, nightIntoPhrases) != nil || dm.end-dm.start > 1 && sc.phraseBefore(dm.start+1, nightIntoPhrases) != nil // the mention may hold its preposition: "nacht op" + "woensdag"
}

// nightIntoPhrases ([night-into]) name the night before the date after
// them; tonightWords ([tonight-words]) the night of the report's day.
var nightIntoPhrases, tonightWords = phrases("night-into"), phrases("tonight-words")

// beforeMidnight reports whether a sentence pins its night before
// midnight: a time of day after noon ("at 11:40 p.m. last night"), or
// "before midnight".
func beforeMidnight(sent *sentence) bool {
	for _, c := range sent.clockMentions() {
		if c.local >= 12*60 {
			return true
		}
	}
	sc := sent.scanner()
	for k := range sc.toks {
		if sc.tok(k) == "before" && sc.tok(k+1) == "midnight" {
			return true
		}
	}
	return false
}

// dayAfter reports whether the fact's date is the single day after the
// single day d.
func dayAfter(fact facts.Date, d facts.Date) bool {
	return !d.IsRange() && !fact.IsRange() && d.Start.Precision == facts.Day && fact.Start.Precision == facts.Day && fact.Start.First.Equal(d.Start.First.AddDate(0, 0, 1))
}

// zoneShiftAgrees reports whether a day one day off the fact's is given
// beside a time in UTC ("on 3 May at 23:10 GMT", "at 01:30 UTC on 4
// May") that no other time restates, whose moment falls on the fact's day
// in some zone, from UTC-12 to UTC+14: a sheet keeps the day where the
// event happened, which UTC's need not be. A time in another named zone
// may be the event's own ("at 6.40 Dutch time"), and one restated in
// local time gives the local day.
func zoneShiftAgrees(fact facts.Date, sent *sentence, dm dateMention, d facts.Date) bool {
	if d.IsRange() || fact.IsRange() || d.Start.Precision != facts.Day || fact.Start.Precision != facts.Day {
		return false
	}
	shift := int(fact.Start.First.Sub(d.Start.First).Hours() / 24)
	cls := sent.clockMentions()
	if shift != 1 && shift != -1 || len(cls) != 1 {
		return false
	}
	c := cls[0]
	if c.zoneless || len(c.offs) != 1 || c.offs[0] != 0 || c.end <= dm.start && dm.start-c.end > zoneDayReach || c.start >= dm.end && c.start-dm.end > zoneDayReach {
		return false
	}
	return shift == 1 && c.local+easternmostZone >= 24*60 || shift == -1 && c.local-westernmostZone < 0
}

// zoneDayReach is how many words a day and the time in UTC it is the day
// of may stand apart: "at 23:10 GMT time on Monday".
const zoneDayReach = 3

// easternmostZone and westernmostZone are the farthest offsets from UTC a
// zone has, in minutes (UTC+14, UTC-12): New Zealand's summer is UTC+13,
// Hawaii UTC-10, so a UTC time near noon may be either neighbouring day
// somewhere news happens.
const easternmostZone, westernmostZone = 14 * 60, 12 * 60

// pastForFuture reports whether a date lies wholly before the report while
// the fact's lies after it: in a source that also gives the fact's date,
// it tells of something that has happened ("the closing price on Friday 6
// March" beside the deal "expected to close in October"), and yields.
func pastForFuture(f *facts.Fact, d facts.Date, pub facts.Span) bool {
	return !pub.First.IsZero() && f.Date.Start.First.After(pub.Last) && !d.NoYear && d.End.Last.Before(pub.First)
}

// quotedRelative reports whether a date counted from the day of writing
// ("today", "on Monday", "last night") stands inside a quotation; not in a
// transcript's line after a speaker's label, spoken on the transcript's
// day.
func quotedRelative(src *reading, sent *sentence, d dateMention) bool {
	if rel := d.expr.rel; rel == absolute || rel == relAnaphoric && (!d.expr.fromPublication || d.expr.anchor != nil) {
		return false
	}
	f := sent.folded()
	at := f.norm.At(f.tokens[d.end-1].Start)
	k := sort.Search(len(src.passages), func(i int) bool { return src.passages[i].End > at })
	return k < len(src.passages) && at >= src.passages[k].Start && !src.passages[k].Labelled
}

// resolveAgreeing places a date expression; one that reads two ways (a
// weekday after "will") takes the reading that agrees with the fact, if
// either does: it contradicts only when both disagree.
func resolveAgreeing(f *facts.Fact, e dateExpr, pub facts.Span) (facts.Date, string, bool) {
	d, how, ok := e.resolve(pub)
	if ok && !e.eitherWay && e.rel == absolute && e.year == 0 && !e.shifted && !d.NoYear && d.Start.First.After(pub.Last) && !f.Date.Agrees(d) && e.told {
		// "alerted the firm on 10 March" in a report of 10 January: a day
		// after the report, told in the past tense, may be last year's.
		if before := shiftDate(d, -1); f.Date.Agrees(before) {
			return before, joinHow(how, "the year before, as a day after the report with no word of the future may be"), true
		}
	}
	if ok && !e.eitherWay && !e.pastTold && e.rel == absolute && e.year == 0 && !e.shifted && !e.past && !d.NoYear && f.Date.Start.First.After(pub.Last) && !d.Start.First.After(pub.Last) && !f.Date.Agrees(d) {
		// "a closing in October looks optimistic" in a report of March,
		// for a deal still to close: the next October may be meant.
		if after := shiftDate(d, 1); f.Date.Agrees(after) {
			return after, joinHow(how, "the next year's, as the fact's date lies after the report"), true
		}
	}
	if ok && e.possessiveDay && !e.eitherWay && !f.Date.Agrees(d) {
		if dn, hown, ok := nearerNextDay(e, d, pub); ok && f.Date.Agrees(dn) {
			return dn, joinHow(hown, "the next such day, which lies nearer the report than the last (\"Monday's\" in a report of a Saturday may be either)"), true
		}
	}
	if !ok || !e.eitherWay {
		return d, how, ok
	}
	next := e
	if e.rel == relWeekday || e.rel == relWeekend {
		next.offset = 1
	} else {
		next.year = d.Start.First.Year() + 1 // "in January": the next one
	}
	dn, hown, okn := next.resolve(pub)
	if exact := d.Start.Precision == facts.Day; okn && e.ordinal != 0 && exact != (dn.Start.Precision == facts.Day) {
		if exact {
			return d, how, ok // "terça-feira (17)": the Tuesday the 17th before the report, none after it near
		}
		return dn, hown, true
	}
	if okn && (f.Date.Agrees(dn) || !f.Date.Agrees(d)) {
		if f.Date.Agrees(dn) {
			return dn, joinHow(hown, "the next such date, after a word of the future or of a deadline"), true
		}
		return d, how + "; or " + dn.String() + " if it is the next one: neither agrees", true
	}
	return d, how, ok
}

// nearerNextDay places a weekday on the next such day after the report,
// when that lies nearer the report than the last one (d): "Monday's" in a
// report of Saturday may be either.
func nearerNextDay(e dateExpr, d facts.Date, pub facts.Span) (facts.Date, string, bool) {
	next := e
	next.offset = 1
	dn, how, ok := next.resolve(pub)
	if !ok || pub.First.IsZero() {
		return facts.Date{}, "", false
	}
	back, ahead := pub.First.Sub(d.Start.First), dn.Start.First.Sub(pub.Last)
	return dn, how, ahead < back
}

// deadlineBefore returns a word of [deadline-nouns] that stands a few
// words before a date (or heads the subject of a copula right before the
// date), with no clause boundary but a table's bar between ("| State
// deadline for adoption | June 30, 2025 |"), and is not one of the fact's
// own words; or "".
func deadlineBefore(sent *sentence, d span, own map[string]bool) string {
	f := sent.folded()
	if d.start > 0 && copulas[f.tokens[d.start-1].Text] {
		if w := deadlineSubject(sent, d.start-1, own); w != "" {
			return w // "The deadline for bids from local firms is March 20": the subject's date
		}
	}
	for k := d.start - 1; k >= 0 && k >= d.start-deadlineReach; k-- {
		if g := f.norm.S[f.tokens[k].End:f.tokens[k+1].Start]; strings.ContainsAny(g, ",;.") {
			return ""
		}
		if w := f.tokens[k].Text; deadlineNouns[w] && !own[w] {
			return w
		}
	}
	return ""
}

// deadlineReach is how many words before a date a deadline's noun may
// stand.
const deadlineReach = 5

// deadlineSubject returns the deadline noun that heads the subject of the
// copula at token cop ("The new deadline for bids from local firms is",
// "Officials said the deadline for bids is"), or "": not "Firms that
// missed the deadline say the opening was", nor "The deadline passed and
// the opening was", where a verb after the noun opens another clause.
func deadlineSubject(sent *sentence, cop int, own map[string]bool) string {
	f := sent.folded()
	start := cop
	for start > 0 && cop-start < subjectReach && boundaries(f.marks[start-1], f.marks[cop]) == 0 {
		start--
	}
	head, verb := -1, false
	for k := start; k < cop; k++ {
		w := f.tokens[k].Text
		switch {
		case sayingVerbs[w] || subjectStops[w] || copulas[w] || verb && newSubject(f, k):
			head, verb, start = -1, false, k+1 // a subject opens after it
		case head < 0 && k-start <= headReach && deadlineNouns[w] && !own[w]:
			head = k // "The council's final deadline"
		case head >= 0 && verbAfterHead(f, k):
			verb = true // "The deadline passed", or "the deadline for the delayed opening"
		}
	}
	if head < 0 {
		return ""
	}
	return f.tokens[head].Text
}

// newSubject reports whether token k, "and", "or" or "then", opens a
// clause with a subject of its own: a determiner or a pronoun after it
// ("The deadline passed and the opening was").
func newSubject(f *foldedSentence, k int) bool {
	if w := f.tokens[k].Text; w != "and" && w != "or" && w != "then" || k+1 >= len(f.tokens) {
		return false
	}
	next := f.tokens[k+1].Text
	return determiners[next] || pronouns[next]
}

// verbAfterHead reports whether token k, after a subject's head noun, may
// be a verb: an auxiliary, or a word in -ed not before "by" ("The
// deadline passed", not "the deadline for bids submitted by firms"). Only
// a new subject after it ends the noun's clause (see newSubject).
func verbAfterHead(f *foldedSentence, k int) bool {
	w := f.tokens[k].Text
	if subjectAuxiliaries[w] {
		return true
	}
	prev, next := "", ""
	if k > 0 {
		prev = f.tokens[k-1].Text
	}
	if k+1 < len(f.tokens) {
		next = f.tokens[k+1].Text
	}
	// "the delayed opening", "the deadline agreed with the council": an
	// adjective or a participle, no verb.
	participle := determiners[prev] || participlePreps[prev] || participlePreps[next] || determiners[next]
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !notParticiples[w] && !participle
}

// participlePreps before or after a word in -ed make it an adjective or a
// participle: "for the delayed opening", "agreed with the council".
var participlePreps = lexicon.Set("participle-prepositions")

const (
	// subjectReach is how many words a clause's subject may hold
	// before its copula.
	subjectReach = 16
	// headReach is how many words (a determiner, adjectives, a
	// possessive) may stand before a subject's head.
	headReach = 4
)

// subjectStops end the clause of a deadline noun before a copula;
// subjectAuxiliaries after the noun make it another verb's subject.
var subjectStops, subjectAuxiliaries = lexicon.Set("subject-stops"), lexicon.Set("subject-auxiliaries")

// copulas right before a date make it the value of the clause's subject:
// "The deadline for bids from local firms is March 20".
var copulas = lexicon.Set("copulas")

// deadlineNouns name a date by which something is to happen.
var deadlineNouns = lexicon.Set("deadline-nouns")

// theWeekday reports whether a date is a weekday after "the" ("on the
// Friday"), which may be the day of a week the text gives elsewhere.
func theWeekday(sent *sentence, d dateMention) bool {
	sc := sent.scanner()
	return d.expr.rel == relWeekday && d.expr.offset == 0 && (sc.tok(d.start) == "the" || sc.tok(d.start-1) == "the")
}

// shiftDate moves a date by years.
func shiftDate(d facts.Date, years int) facts.Date {
	return facts.Date{Start: shiftYears(d.Start, years), End: shiftYears(d.End, years), NoYear: d.NoYear}
}

// lastYearAgrees reports whether a day with no year that lies after the
// report, and that resolveAgreeing did not move to last year (a verb in
// the present tells it), agrees as last year's: the present may be of the
// text, not the event ("The letter is dated 14 March").
func lastYearAgrees(f *facts.Fact, e dateExpr, d facts.Date, pub facts.Span) bool {
	return e.rel == absolute && e.year == 0 && !e.shifted && !e.eitherWay && !d.NoYear && d.Start.First.After(pub.Last) && f.Date.Agrees(shiftDate(d, -1))
}

// lastWeekAgrees reports whether "last Tuesday", whose latest Tuesday
// before the report is a day or two back, agrees with the fact as the
// Tuesday a week before: writers mean either.
func lastWeekAgrees(f *facts.Fact, e dateExpr, d facts.Date, pub facts.Span) bool {
	if e.rel != relWeekday || e.offset >= 0 || d.IsRange() || pub.First.Sub(d.Start.First) > lastWeekdayReach {
		return false
	}
	t := d.Start.First.AddDate(0, 0, -7)
	return f.Date.Agrees(facts.Single(facts.Span{First: t, Last: t, Precision: facts.Day}))
}

// weekEndingAgrees reports whether "last week" in a report of a Saturday
// or a Sunday agrees with the fact as the week now ending, Monday to the
// day before the report, or "on Wednesday last week" as this week's
// Wednesday: a Sunday paper's "last week" is the past seven days as often
// as the calendar week before.
func weekEndingAgrees(f *facts.Fact, e dateExpr, pub facts.Span) bool {
	wd := pub.First.Weekday()
	if e.rel != relWeek && e.rel != relWeekdayOfWeek || e.offset != -1 || wd != time.Saturday && wd != time.Sunday || pub.First != pub.Last {
		return false
	}
	monday := pub.First.AddDate(0, 0, -((int(wd) + 6) % 7))
	if e.rel == relWeekdayOfWeek { // "on Wednesday last week": this week's Wednesday
		day := monday.AddDate(0, 0, (int(e.weekday)+6)%7)
		return day.Before(pub.First) && f.Date.Agrees(facts.Single(facts.Span{First: day, Last: day, Precision: facts.Day}))
	}
	return f.Date.Agrees(facts.Single(facts.Span{First: monday, Last: pub.First.AddDate(0, 0, -1), Precision: facts.Days}))
}

// pastSevenDaysAgree reports whether "this week" agrees with the fact as
// the seven days up to the report's: "this week's wedding" in a Friday's
// paper may be last Saturday's (the caller leaves out a sentence of the
// future, "will vote this week").
func pastSevenDaysAgree(f *facts.Fact, e dateExpr, pub facts.Span) bool {
	if e.rel != relWeek || e.offset != 0 || pub.First != pub.Last || pub.First.IsZero() {
		return false
	}
	return f.Date.Agrees(facts.Single(facts.Span{First: pub.First.AddDate(0, 0, -6), Last: pub.First, Precision: facts.Days}))
}

// lastWeekdayReach is how far back the latest such weekday may be for
// "last" to mean the week before as well: yesterday or the day before.
const lastWeekdayReach = 2 * 24 * time.Hour

func (dateKind) values(says string, src *document.Source) []string {
	var out []string
	dates, bounds := extractDates(says, text.Tokenize(says), nil)
	for _, d := range append(dates, bounds...) {
		if v, _, ok := d.expr.resolve(src.Published); ok {
			out = append(out, v.String())
		}
	}
	return out
}

// labelsYear reports whether a date is a year alone right before a term of
// the fact, or before its noun as a modifier (own): "a record 2026
// budget", "the government's 2026 budget".
func labelsYear(sent *sentence, d dateMention, spans []span, own bool) bool {
	f := sent.folded()
	if d.expr.rel != absolute || d.expr.month != 0 || datePreps[f.tokens[d.start].Text] {
		return false // "werd in 1986 geopend": a year after "in" dates the verb after it, as Dutch and German order it
	}
	return own || d.end < len(f.tokens) && inSpans(d.end, spans) && plainGap(f.norm.S[f.tokens[d.end-1].End:f.tokens[d.end].Start])
}

// otherWeekdayDoubts are the words that leave a disagreeing weekday of
// another language unsure wherever they stand in its sentence: verbs of
// saying, weeks, a weekday's modifiers, words of a span.
// weekStems are the same for any word that holds one ("Vorwoche").
var otherWeekdayDoubts, weekStems = lexicon.Set("other-weekday-doubts"), lexicon.Set("week-stems")

// weekStemWeekdays ([week-stem-weekdays]) are weekdays that hold a stem of
// [week-stems]: no compound of a week.
var weekStemWeekdays = lexicon.Set("week-stem-weekdays")

// otherSayingVerbs leave a disagreeing weekday of another language unsure
// but for a fact of saying, as an English verb of saying does.
var otherSayingVerbs = lexicon.Set("other-saying-verbs")

// holdsStem reports whether a word holds one of stems.
func holdsStem(w string, stems map[string]bool) bool {
	for stem := range stems {
		if strings.Contains(w, stem) {
			return true
		}
	}
	return false
}

// weekendDoubt says why a weekend may not be the fact's day though it
// disagrees, or "": see relWeekend.
func weekendDoubt(d dateMention) string {
	if d.expr.rel != relWeekend {
		return ""
	}
	return "a weekend is loosely bounded (from Friday night, to Monday morning) and may be the last or the next"
}

// otherLanguageDoubt says why a date of another language counted from the
// report may not be the fact's event, or "": a day or weekday may date
// the saying, which is not read there, and a weekday another week. For a
// fact of saying (saidDates) the saying is the fact's own event.
func otherLanguageDoubt(sent *sentence, d dateMention, spans []span, day facts.Span, saidDates bool) string {
	switch {
	case !d.expr.otherLanguage:
		return ""
	case d.expr.rel == relDay:
		return "a day counted from the report in another language may date the saying (\"sagte gestern\"), which the checker does not read there"
	case d.expr.ordinal != 0 && !exactOrdinal(d.expr, day):
		return "no such weekday near the report has that day of its month, so the number after the weekday may be no day"
	case plainOtherWeekday(sent, d, spans, saidDates):
		return ""
	case saidDates:
		return "a weekday in another language away from the fact's term, or beside a word of a week, may be another week's, which the checker does not read there"
	default:
		return "a weekday in another language may date the saying (\"sagte am Freitag\"), or another week, which the checker does not read there"
	}
}

// conversionDay says why a date is the day of a time restated in another
// zone, in brackets after the first ("at 8:14 p.m. (0014 GMT Wednesday)",
// "9.50pm (0050 GMT on Saturday)"): that zone's calendar day, not the
// event's; or "".
func conversionDay(sent *sentence, d dateMention) string {
	sc := sent.scanner()
	cls := sent.clockMentions()
	for i, c := range cls {
		if i == 0 || c.zoneless || c.end > d.start || d.start-c.end > 1 || !strings.Contains(sc.gap(c.start), "(") || strings.Contains(sc.gap(c.end), ")") {
			continue // not "6.15 a.m. UTC (11.45 a.m. IST) on May 3": the date after the bracket is both times'
		}
		if d.start-c.end == 1 && sc.tok(c.end) != "on" {
			continue
		}
		return "the date follows a time restated in another zone in brackets (\"8:14 p.m. (0014 GMT Wednesday)\"): it is that zone's day, which may not be the event's"
	}
	return ""
}

// zonedDay says why a date is the day of the time after it in a named
// zone, which brackets then restate in another ("on 13 October at 19:42
// UTC (03:42 on 14 October local time)"): in the other zone the day may
// be another, and the event's may be either; or "".
func zonedDay(sent *sentence, d dateMention) string {
	sc := sent.scanner()
	cls := sent.clockMentions()
	for i, c := range cls[:max(len(cls)-1, 0)] {
		gap := c.start - d.end
		if gap < 0 || gap > 1 || gap == 1 && sc.tok(d.end) != "at" && !clockPreps[sc.tok(d.end)] || c.zoneless || c.carried {
			continue
		}
		if next := cls[i+1]; strings.Contains(sc.gap(next.start), "(") && next.start-c.end <= 1 && acrossMidnight(c, next) {
			return "the date is that of a time in a named zone that brackets restate in another (\"on 13 October at 19:42 UTC (03:42 on 14 October local time)\"): in the other zone the day may be another"
		}
	}
	return ""
}

// acrossMidnight reports whether a time and its restatement in another
// zone stand on two days: the first time's moment falls on another day on
// the second zone's clock ("9 p.m. ET (10 a.m. JST)"), or, the second
// zone unknown ("local time"), the two stand more than ten hours apart on
// the clock face ("19:42 UTC (03:42 local time)"); "10:00 UTC (12:00
// CEST)" shares the day.
func acrossMidnight(a, b clockMention) bool {
	if !a.zoneless && !b.zoneless && len(a.offs) > 0 && len(b.offs) > 0 {
		at := a.local - a.offs[0] + b.offs[0] // the first time's moment on the second zone's clock
		return at < 0 || at >= 24*60
	}
	d := a.local - b.local         // as written on each clock face
	return d > 10*60 || d < -10*60 // a zone of unknown offset: ten hours apart on the clock face may be a day apart
}

// otherWeekdayReach is how many words from a term of the fact a weekday of
// another language may stand and still be the fact's for certain.
const otherWeekdayReach = 4

// plainOtherWeekday reports whether a weekday of another language stands
// in its clause within otherWeekdayReach words of a term of the fact, in
// a sentence with no other date, no verb of saying or word of
// attributions (but for a fact of saying, whose event they are), and no
// word of [other-weekday-doubts] nor any holding a stem of [week-stems]:
// "Das Werk wurde am Mittwoch geschlossen", "anunciou nesta terça-feira
// (17)" for the day of an announcement. Its readings, the latest such day
// before the report and the first after it, are then the only ones, and a
// weekday that agrees with neither contradicts.
func plainOtherWeekday(sent *sentence, d dateMention, spans []span, saidDates bool) bool {
	sc := sent.scanner()
	for k := range sc.toks {
		w := sc.tok(k)
		if otherSpanWords[w] && !sameOtherClause(sc, k, d.span) {
			continue // "blijft tot half maart gesloten nadat een vrachtwagen maandagochtend ... reed": the span is the main clause's
		}
		if otherWeekdayDoubts[w] && (d.expr.ordinal == 0 || otherSpanWords[w]) || !saidDates && (sayingVerbs[w] || attributions[w] || otherSayingVerbs[w]) {
			return false // a weekday with the day of its month is that day, whatever words of a week stand by ("no passado domingo")
		}
		if d.expr.ordinal == 0 && holdsStem(w, weekStems) && !holdsStem(w, weekStemWeekdays) {
			return false // "Vorwoche", not "Mittwoch", a weekday that holds "woch"
		}
	}
	if d.expr.ordinal != 0 {
		return true // "na terça-feira (17)": that day, whatever the week and wherever the term
	}
	for _, o := range sent.dateMentions() {
		if o.span != d.span && (sameOtherClause(sc, o.start, d.span) || o.expr.day != 0) {
			return false // "Das Beben am Dienstag traf die Region am 6. Februar": not judged alone; a day in another clause may set its week ("Am 2. März ..., nachdem er am Dienstag")
		}
	}
	term := func(k int) bool { return inSpans(k, spans) }
	return sc.wordWithin(d.span, -1, otherWeekdayReach, clausePunct, term) || sc.wordWithin(d.span, 1, otherWeekdayReach, clausePunct, term) || verbFinalTerm(sc, d.span, spans)
}

// clausePunct ends a clause: a weekday, a future word or a term beyond it
// is of another clause.
const clausePunct = ".,;:!?()–—"

// verbFinalAuxiliaries ([verb-final-auxiliaries]) may follow the
// participle that ends a German or Dutch clause.
var verbFinalAuxiliaries = lexicon.Set("verb-final-auxiliaries")

// weekdayVerbStops ([weekday-verb-stops]) between a weekday and a verb-final
// term leave the weekday another verb's or the term in doubt.
var weekdayVerbStops = lexicon.Set("weekday-verb-stops")

// otherVerbFinalReach is how many words after a weekday of another
// language a term of the fact that ends its clause may stand.
const otherVerbFinalReach = 14

// verbFinalTerm reports whether a term of the fact ends the clause of a
// weekday of another language, after it within otherVerbFinalReach words
// and up to two auxiliaries perhaps after the term, nothing but a number's own point
// between: the verb at the end of a German or Dutch clause ("war am
// Mittwoch gegen 4.40 Uhr vor der Küste eingeknickt.", "is woensdag voor
// de kust ingestort."). A clause of its own has commas around it there.
func verbFinalTerm(sc scanner, sp span, spans []span) bool {
	for k := sp.end; k < len(sc.toks) && k < sp.end+otherVerbFinalReach; k++ {
		g := sc.gap(k)
		if strings.ContainsAny(g, clausePunct) && !(isNumberGap(g) && isDigits(sc.tok(k-1)) && isDigits(sc.tok(k))) || weekdayVerbStops[sc.tok(k)] {
			return false // "maakte woensdag bekend dat de hal is ingestort", "war am Mittwoch längst eingestürzt"
		}
		if !inSpans(k, spans) {
			continue
		}
		end := k + 1
		for end < len(sc.toks) && inSpans(end, spans) && !strings.ContainsAny(sc.gap(end), clausePunct) {
			end++
		}
		for n := 0; n < 2 && end < len(sc.toks) && verbFinalAuxiliaries[sc.tok(end)] && !strings.ContainsAny(sc.gap(end), clausePunct); n++ {
			end++ // "eingestürzt ist", "geschlossen worden war"
		}
		return end == len(sc.toks) || strings.ContainsAny(sc.gap(end), clausePunct)
	}
	return false
}

// sameOtherClause reports whether token k stands in the clause of a
// weekday of another language at sp: no mark of clausePunct nor word of
// [other-clause-openers] ("nadat", "nachdem", "lorsque") between them.
func sameOtherClause(sc scanner, k int, sp span) bool {
	from, to := k, sp.start
	if k >= sp.end {
		from, to = sp.end-1, k
	}
	for j := from + 1; j <= to; j++ {
		if strings.ContainsAny(sc.gap(j), clausePunct) || otherClauseOpeners[sc.tok(j)] {
			return false
		}
	}
	return true
}

// otherClauseOpeners ([other-clause-openers]) open a clause of its own in
// other languages.
var otherClauseOpeners = lexicon.Set("other-clause-openers")

// otherSpanWords ([other-span-words]) open a span: a weekday after one is
// a bound, with the day of its month too ("desde el martes 15").
var otherSpanWords = lexicon.Set("other-span-words")

// exactOrdinal reports whether a weekday given with the day of its month
// ("terça-feira (17)") is a day near the report, before or after it, that
// is both.
func exactOrdinal(e dateExpr, day facts.Span) bool {
	if day.First.IsZero() {
		return false
	}
	back, ahead := weekdayOfOrdinal(day.First, e.weekday, e.ordinal, -1), weekdayOfOrdinal(day.First, e.weekday, e.ordinal, 1)
	return back.Precision == facts.Day || ahead.Precision == facts.Day
}

// periodCovered says why a part of a year in words (a quarter, a half:
// dateExpr.vaguePart) may not date the fact's event, or "": it stands
// after a word of [period-of-words], an article perhaps between, that
// follows a noun: "the results for the third quarter", "i conti del terzo
// trimestre", "die Zahlen für das dritte Quartal" give the period the
// results cover.
func periodCovered(sent *sentence, d dateMention) string {
	if !d.expr.vaguePart {
		return ""
	}
	sc := sent.scanner()
	k := d.start - 1
	if p := sc.phraseBefore(d.start, yearPartPhrases); p != nil {
		k -= len(p) // "for the first quarter of 2027": the words before the part
	}
	if periodArticles[sc.tok(k)] {
		k--
	}
	if k > 0 && periodOfWords[sc.tok(k)] && isLetters(sc.tok(k-1)) && !datePreps[sc.tok(k-1)] && !auxiliaries[sc.tok(k-1)] {
		return "a part of a year after \"for\" or \"of\" (\"the results for the third quarter\", \"i conti del terzo trimestre\") is the period a figure covers, not when the fact's event happened"
	}
	return ""
}

// periodOfWords and periodArticles: see periodCovered.
var periodOfWords, periodArticles = lexicon.Set("period-of-words"), lexicon.Set("period-articles")

// periodOfNoun reports whether a week, month or year counted from the
// report stands before "'s" and a noun that is none of the fact's own
// words: "On this week's podcast, the manager explains the release" dates
// the podcast; "last week's release" the release. Not a day or a weekday:
// "killed in Sunday's attack" dates the killing.
func periodOfNoun(sent *sentence, d dateMention, own map[string]bool) bool {
	switch d.expr.rel {
	case relWeek, relMonth, relYear:
	default:
		return false
	}
	sc := sent.scanner()
	k := sc.nounAfter(d.end)
	return sc.possessive(d.end) && k >= 0 && !own[sc.tok(k)]
}
