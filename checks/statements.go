package checks

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// denialVerbs ([denial-verbs]) are the negations that are verbs of
// someone's denying ("denied", "rejected", "bestritt"): a denial the
// source reports, not its own word.
var denialVerbs = lexicon.Set("denial-verbs")

// negations deny what follows them within a clause: "the firm rejected the
// accusation it was behind the leak" does not say it was.
var negations = lexicon.Set("negations")

// noNegatesWith and portugueseMarkers: see noNegates.
var noNegatesWith, portugueseMarkers = lexicon.Set("no-negates-with"), lexicon.Set("portuguese-markers")

// noNegates reports whether "no" in a sentence is a negation: not in a
// sentence that holds a word of [portuguese-markers] and none of
// [no-negates-with], where "no" is Portuguese for "in the" ("o corte, no
// segundo trimestre"); in English or Spanish ("the bank made no second
// cut", "el banco no hizo") it is.
func noNegates(sent *sentence) bool {
	portuguese := false
	for _, t := range sent.folded().tokens {
		if noNegatesWith[t.Text] {
			return true
		}
		portuguese = portuguese || portugueseMarkers[t.Text]
	}
	return !portuguese
}

// complementizers open a clause of what is said or thought: a negation
// before one denies the saying, not the phrase inside.
var complementizers = lexicon.Set("complementizers")

// demonstratives are complementizers that determine a noun right after
// them ("not that vote"): there they open no clause.
var demonstratives = lexicon.Set("demonstratives")

// negationParticles turn a verb ("did not deny that") rather than deny a
// claim themselves ("rejected the claim that").
var negationParticles = lexicon.Set("negation-particles")

// attributions report a claim as someone else's, and a contested one: it
// holds only if the sheet counts attributed claims. A neutral verb of
// saying is no attribution: a source that reports what officials said
// ("the ministry said the systems were shut down") reports it.
var attributions = lexicon.Set("attributions")

// reportedTo are the verbs that attribute a claim when "to" follows them:
// "the group was said to be behind it", "is reported to have".
var reportedTo = lexicon.Set("reported-to")

// hedges make a claim uncertain: it never counts. A condition ("if") or an
// open question ("whether") asserts nothing either, nor does a sentence
// that asks.
var hedges = joinSets(lexicon.Set("hedges"), otherDenyingPronouns)

// otherDenyingPronouns ([other-denying-pronouns]) hedge a phrase as the
// words of [hedges] do, but where otherDenial parses the clause: whether
// "nessuno" denies it is not parsed.
var otherDenyingPronouns = lexicon.Set("other-denying-pronouns")

// otherDenialVerbs, otherPronounPreps: see otherDenial.
var otherDenialVerbs, otherPronounPreps = lexicon.Set("other-denial-verbs"), lexicon.Set("other-pronoun-preps")

// otherDenial reports whether a pronoun of [other-denying-pronouns] at
// token i denies the phrase at sp in its clause: only a phrase saying whom
// (a word of [other-pronoun-preps] and a few words: "dei passeggeri", "de
// los cuatro"), then words of [other-denial-verbs] (auxiliaries, "became",
// "needed", reflexives) or adverbs in -mente stand between them: "Nessuno
// dei passeggeri è rimasto ferito", "Niemand wurde verletzt", "es sei
// niemand ums Leben gekommen". Any other word between ("Nadie sabe si",
// "Nessuno ha confermato che"), or a phrase inside the one saying whom
// ("Nessuno dei feriti è grave"), leaves the clause unparsed.
func otherDenial(sent *sentence, i int, sp span) bool {
	between := sent.folded().tokens[i+1 : sp.start]
	verb := func(w string) bool {
		return otherDenialVerbs[w] || auxiliaries[w] || len(w) > 7 && strings.HasSuffix(w, "mente")
	}
	k := 0
	if len(between) > 0 && otherPronounPreps[between[0].Text] {
		for k = 1; k < len(between) && !verb(between[k].Text); k++ {
		}
		if k == len(between) || k-1 > subjectPhraseNouns {
			return false // "Nessuno dei feriti": the phrase says whom
		}
	}
	for _, t := range between[k:] {
		if !verb(t.Text) {
			return false
		}
	}
	return true
}

// joinSets returns a new set of the words of both.
func joinSets(a, b map[string]bool) map[string]bool {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

// cueWindow is how many words before a phrase a cue governs it, and
// embeddedReach how many more before a complementizer: "contradicting
// claims by rivals last year that the firm had paid".
const (
	cueWindow     = 8
	embeddedReach = 6
)

// saidBefore reports whether a verb of saying stands a few words before
// token i in its clause: the words at i are then part of what was said.
func saidBefore(sent *sentence, i int) bool {
	f := sent.folded()
	for k := i - 1; k >= 0 && k >= i-saidReach; k-- {
		if boundaries(f.marks[k], f.marks[i]) > 0 {
			return false
		}
		if saidVerbs[f.tokens[k].Text] {
			return true
		}
	}
	return false
}

// futureModals: see forecastSaid.
var futureModals = lexicon.Set("future-modals")

// forecastSaid returns the token of a word of futureModals between a verb
// of saying and a phrase in its clause ("Whitfield says the plan will
// force a tax increase"), or -1: what someone says will happen is a claim
// of theirs, not a report of what did.
func forecastSaid(sent *sentence, sp span) int {
	f := sent.folded()
	for k := sp.start - 1; k >= 0 && k >= sp.start-cueWindow; k-- {
		if w := f.tokens[k].Text; boundaries(f.marks[k], f.marks[sp.start]) > 0 || complementizers[w] || asideEnders[w] {
			return -1 // "says it will compensate customers because the systems were shut down"
		}
		if futureModals[f.tokens[k].Text] && saidBefore(sent, k) {
			return k
		}
	}
	return -1
}

// governsThat reports whether a complementizer follows the negation at
// token i within a few words ("denies that", "rejects claims that",
// "could not confirm that"): it then governs every clause joined to that
// one by "and that".
func governsThat(sent *sentence, i int) bool {
	f := sent.folded()
	next := func(k int) string {
		if k < len(f.tokens) {
			return f.tokens[k].Text
		}
		return ""
	}
	// "denies that", "rejects claims that", "could not confirm that"; not
	// "rejected the demand that the hackers sent", a relative clause.
	return next(i+1) == "that" || next(i+2) == "that" && thatHeads[next(i+1)]
}

// thatAfterNoun reports whether a "that" follows a negation after a
// determiner and a noun, or a word and a noun of [that-heads] ("denied the
// reports that", "denied any suggestion that", "denied media reports
// that"): it may open what was denied or a relative clause on the noun
// ("the reports that appeared online"), so the phrase after "and that"
// reads two ways.
func thatAfterNoun(sent *sentence, i int) bool {
	f := sent.folded()
	return i+3 < len(f.tokens) && f.tokens[i+3].Text == "that" &&
		(determiners[f.tokens[i+1].Text] || thatHeads[f.tokens[i+2].Text])
}

// thatHeads are the words between a negation and the "that" of what it
// governs: a noun of claim or a verb of saying or knowing ("rejects claims
// that", "did not confirm that").
var thatHeads = lexicon.Set("that-heads")

// saidReach is how far before a negation a verb of saying may stand to
// make the negation part of what was said: "said it did not pay".
const saidReach = 4

// nounNegations deny the noun after them ("no ransom"), not a verb that
// governs a clause after "and that".
var nounNegations = lexicon.Set("noun-negations")

// coordinators before a complementizer open a clause of its own: "said
// no ransom was paid and that passwords were exposed".
var coordinators = lexicon.Set("coordinators")

// stance is how a sentence stands to a statement.
type stance int

const (
	asserts  stance = iota // the source says it holds
	denies                 // the source says it does not hold
	reports                // the source reports someone else's claim
	hedged                 // the source says it may hold
	doubtful               // a refuting phrase under a negation or a hedge: too uncertain to count
	// deniesSoFar: the source says it does not hold yet ("have not been
	// found yet", "no injuries as of Friday"), a state that may change:
	// it bears out a statement held false, and says nothing against one
	// held true.
	deniesSoFar
	// reportsDenial: the source reports someone else's claim that it does
	// not hold ("the firm says the site will not be disturbed" of a
	// statement that it will be).
	reportsDenial
	// deniesReport: the source calls a report of the claim wrong ("Early
	// reports that a cable had broken are incorrect"): it bears out a
	// statement held false, and is unsure against one held true, as the
	// report may be wrong in a detail only ("reports that two people died
	// were wrong; the toll is five").
	deniesReport
)

var stanceNames = map[stance]string{asserts: "asserts", denies: "denies", reports: "attributes", hedged: "hedges", doubtful: "doubts", deniesSoFar: "denies so far", reportsDenial: "attributes a denial", deniesReport: "denies a report"}

// forecastStance is the stance of a phrase someone says will (not) come
// about: their claim of it, or of its denial.
func forecastStance(kind stance) stance {
	if kind == denies {
		return reportsDenial
	}
	return reports
}

// reported turns the stance of an attributed phrase ("reports" someone's
// claim of it, "reportsDenial" their claim against it) into the stance of
// the statement that the phrase refutes.
func reported(kind stance) stance {
	if kind == reports {
		return reportsDenial
	}
	return reports
}

// A statementMatcher finds support and refutation of one statement.
type statementMatcher struct {
	supports, refutes []term
}

func newStatementMatcher(st facts.Statement) statementMatcher {
	var m statementMatcher
	for _, p := range st.Supports {
		m.supports = append(m.supports, compileTerm(p))
	}
	for _, p := range st.Refutes {
		m.refutes = append(m.refutes, compileTerm(p))
	}
	return m
}

// A stanceMention is a phrase of a statement in a sentence and how the
// sentence stands to the statement there.
type stanceMention struct {
	span          // the phrase, from its cue if it has one
	stance stance //
	cue    string // the word that turned or qualified the phrase, if any
	words  int    // how many words the phrase itself has
}

// find returns the support and refutation phrases of a sentence with the
// sentence's stance at each; a sentence that is an item of a list (item)
// with a figure is no heading (see supportStance and refuteStance).
func (m statementMatcher) find(sent *sentence, item bool) []stanceMention {
	var out []stanceMention
	s := sent.folded().norm.S
	for _, t := range m.supports {
		for _, sp := range t.find(s, sent.folded().tokens) {
			out = append(out, supportStance(sent, sp, item))
		}
	}
	for _, t := range m.refutes {
		for _, sp := range t.find(s, sent.folded().tokens) {
			out = append(out, refuteStance(sent, sp, item))
		}
	}
	return firstOfOverlapping(out, len(sent.folded().tokens))
}

// supportStance returns a support phrase at sp with the sentence's stance
// at it. Under a negation it denies the statement; under an attribution
// it reports it; under a hedge, or as a heading or a question, it hedges.
func supportStance(sent *sentence, sp span, item bool) stanceMention {
	words := sp.end - sp.start
	at, kind := cueBefore(sent, sp)
	if (heading(sent, sp) || inRowLabelCell(sent, sp)) && !(item && statesFigure(sent)) {
		return stanceMention{span: sp, stance: hedged, cue: headingCue, words: words} // "Exploitation" as a heading names a subject, asserting nothing
	}
	question := kind == asserts && asks(sent, sp)
	if question {
		at, kind = sp.start, hedged
	}
	if sm, ok := askedAnswer(sent, sp); ok && kind == hedged {
		return sm
	}
	if w := narrowedAfter(sent, sp.end); kind == denies && w != "" {
		return stanceMention{span: span{at, sp.end}, stance: hedged, cue: w, words: words} // "No one was injured except the driver", "among the crew": someone else may have been
	}
	if w := notYet(sent, sp, true); kind == denies && w != "" {
		if !plainDenial(sent, at, sp, true) && sent.scanner().phraseAt(at, denialPhrases) == nil && !predicativeAs(sent, at, sp) && !anyNounOf(sent, at, sp) {
			return stanceMention{span: span{at, sp.end}, stance: hedged, cue: w, words: words} // "has not reopened yet after the runway was damaged": the negation may not reach it; not "no indication at this time of"
		}
		return stanceMention{span: span{at, sp.end}, stance: deniesSoFar, cue: w, words: words} // "Pell hasn't conceded yet", "not treating the blast as suspicious at this stage": a state that may change
	}
	if k := forecastSaid(sent, sp); k >= 0 && (kind == asserts || kind == denies) {
		at, kind = k, forecastStance(kind) // "Whitfield says the plan will (not) force a tax increase": his forecast
	}
	if k := unrealisedAt(sent, sp); k >= 0 && kind == asserts {
		at, kind = k, hedged // "a ransom to be paid", "the motion to postpone the vote", "must still be approved"
	}
	if k := passiveHedgeAfter(sent, sp); k >= 0 && kind == asserts {
		return stanceMention{span: span{sp.start, k + 1}, stance: hedged, cue: sent.folded().tokens[k].Text, words: words} // "a cyber intrusion was suspected"
	}
	if k := modalAfter(sent, sp); k >= 0 && kind == asserts {
		return stanceMention{span: span{sp.start, k + 1}, stance: hedged, cue: sent.folded().tokens[k].Text, words: words} // "Closing schools would do more harm", "A cyberattack may be behind the outage": a hypothesis
	}
	if sm, ok := turnedPhrase(sent, sp); ok && kind == asserts {
		return sm
	}
	if k := subjectNegated(sent, sp); k >= 0 && kind == asserts {
		return stanceMention{span: span{sp.start, k}, stance: hedged, cue: "not", words: words} // "Improper charging was not a factor"
	}
	if conditionOpens(sent, sp) && kind == asserts {
		return stanceMention{span: sp, stance: hedged, cue: sent.folded().tokens[0].Text, words: words} // "If the score is level, extra time is played"
	}
	at, kind = reportedOrStated(sent, sp, at, kind)
	if k := negationAfter(sent, sp); k >= 0 && kind == asserts {
		return afterNegation(sent, sp, k, words)
	}
	if k := pronounBeforeAside(sent, sp); k >= 0 && kind == asserts {
		return stanceMention{span: span{0, sp.end}, stance: hedged, cue: sent.folded().tokens[k].Text, words: words} // "Nobody, not even the driver, was hurt": not parsed, never asserted
	}
	if sm, ok := deniedAround(sent, sp, at, kind); ok {
		return sm
	}
	if kind != asserts {
		return stanceMention{span: span{at, sp.end}, stance: kind, cue: cueOf(sent, at, question), words: words}
	}
	return sourcedAfter(sent, sp, words)
}

// sourcedAfter returns the stance of an asserted phrase: hearsay where an
// unnamed outlet closes its clause ("One passenger has died, according to
// a local news site"; see accordingTo), else asserted.
func sourcedAfter(sent *sentence, sp span, words int) stanceMention {
	if k := accordingTo(sent, sp); k >= sp.end && !confirmedLater(sent, sp) {
		return stanceMention{span: span{sp.start, k + 1}, stance: reports, cue: sent.folded().tokens[k].Text, words: words}
	}
	return stanceMention{span: sp, stance: asserts, words: words}
}

// modalAfter returns the token of a modal after a phrase that makes it a
// hypothesis (see gerundModal and subjectModal), or -1.
func modalAfter(sent *sentence, sp span) int {
	if k := gerundModal(sent, sp); k >= 0 {
		return k
	}
	return subjectModal(sent, sp)
}

// reportedOrStated turns the stance of a phrase (kind, its cue at) into a
// report when a rumour before a colon or an opinion some hold carries it,
// and a report into a statement when the rumour's noun is confirmed.
func reportedOrStated(sent *sentence, sp span, at int, kind stance) (int, stance) {
	if k := attributedBeforeColon(sent, sp); k >= 0 && kind == asserts {
		at, kind = k, reports // "A rumour spread fast: the airport ran out of de-icing fluid"
	}
	if kind == reports && rumourNouns[sent.scanner().tok(at)] && confirmedBefore(sent, at) {
		at, kind = sp.start, asserts // "Investigators confirmed the theory of a cyberattack"
	}
	if k := opinionOfSome(sent, sp); k >= 0 && kind == asserts {
		at, kind = k, reports // "Some residents are convinced the fire was arson": an opinion some hold
	}
	if confirmedLater(sent, sp) {
		return at, kind // "Swiss media reported that a siren had sounded, and police later confirmed it"
	}
	if k := accordingTo(sent, sp); k >= 0 && k < sp.start && kind == asserts {
		at, kind = k, reports // "According to a local news site, one passenger has died"
	}
	if k := outletSays(sent, sp); k >= 0 && kind == asserts {
		at, kind = k, reports // "A local news site is reporting that one passenger has died"
	}
	return at, kind
}

// accordingTo returns the first token of a phrase of [source-markers] and
// an unnamed outlet (see unnamedOutlet), set off by a comma, that opens
// the sentence before the phrase's clause ("According to a local news
// site, one passenger has died") or closes that clause ("One passenger has
// died, according to a local news site"), or -1: what the clause says is
// an unconfirmed report, hearsay. A named or official source ("According
// to police, ...") reports as "police said" does. A coordinator after the
// comma opens another clause ("According to a blog the ferry left late,
// and ..."), and a source between commas after an earlier clause is that
// clause's ("The ferry sank, according to a local site, and ...").
func accordingTo(sent *sentence, sp span) int {
	sc, f := sent.scanner(), sent.folded()
	sc.cased = sent // an outlet's adjective is in lower case
	for k := range sc.toks {
		if k > 0 && k < sp.end {
			continue // only opening the sentence, or after the phrase
		}
		m := sc.phraseAt(k, sourceMarkers)
		if m == nil || k > 0 && boundaries(f.marks[k-1], f.marks[k]) == 0 {
			continue // it opens the sentence or a clause
		}
		end := k + len(m)
		for end < len(sc.toks) && end-k-len(m) < sourceMarkerWords && boundaries(f.marks[end-1], f.marks[end]) == 0 {
			end++
		}
		if !unnamedOutlet(sc, k+len(m), end) {
			continue
		}
		switch {
		case k == 0 && end <= sp.start && strings.TrimSpace(sc.gap(end)) == "," && !coordinators[sc.tok(end)] && boundaries(f.marks[end], f.marks[sp.start]) == 0 && !sayerCloses(sc, sp.end):
			return k // before the phrase's clause
		case k >= sp.end && strings.TrimSpace(sc.gap(k)) == "," && boundaries(f.marks[sp.end-1], f.marks[k-1]) == 0 && (end == len(sc.toks) || boundaries(f.marks[end-1], f.marks[end]) > 0):
			return k // after it, to the sentence's end or a comma
		}
	}
	return -1
}

// sayerCloses reports whether the sentence closes, after a comma past
// token from, with a clause of sayerClauseWords words at most that holds a
// verb of saying: "According to local media reports, the ferry sank, the
// coast guard said" is the coast guard's word, not hearsay.
func sayerCloses(sc scanner, from int) bool {
	for c := len(sc.toks) - 1; c >= from && c >= len(sc.toks)-sayerClauseWords; c-- {
		if strings.TrimSpace(sc.gap(c)) == "," {
			return sc.anyIn(c, len(sc.toks), sayingVerbs) && !sc.anyIn(c, len(sc.toks), unnamedSayers)
		}
	}
	return false
}

// unnamedSayers are the words of a closing clause of saying that name no
// one: an outlet or reports no one is named for, or a word of
// [unnamed-sayers] ("an unnamed official said").
var unnamedSayers = joinSets(joinSets(joinSets(unnamedReports, genericOutlets), joinSets(outletNouns, hearsayMarkers)), lexicon.Set("unnamed-sayers"))

// sayerClauseWords is how many words a closing clause of saying may hold.
const sayerClauseWords = 6

// confirmedLater reports whether a word of [rumour-confirmed] stands after
// the phrase in its sentence: what an outlet reported was confirmed ("...,
// which the army confirmed on Friday").
func confirmedLater(sent *sentence, sp span) bool {
	return sent.scanner().anyIn(sp.end, len(sent.folded().tokens), rumourConfirmed)
}

// unnamedOutlet reports whether the words from a to b-1 open with an
// indefinite article and hold a word of [outlet-nouns] ("a local news
// site", "un journal régional"), end with a word of [generic-outlets]
// after two words at most ("Swiss media"), or hold a word of
// [hearsay-markers] ("reports on social media"): a source no one is named
// for.
func unnamedOutlet(sc scanner, a, b int) bool {
	if sc.anyIn(a, b, hearsayMarkers) {
		return true
	}
	if last := b - 1; last > a && genericOutlets[sc.tok(last-1)] && adjectiveAfterOutlet(sc, last) {
		b-- // "medios locales", "a imprensa moçambicana": the adjective after the noun
	}
	if genericOutlets[sc.tok(b-1)] && b-a <= 3 && !sc.anyIn(a, b-1, ppPrepositions) && !sc.anyIn(a, b-1, titleOfWords) {
		return true // "Swiss media", "local media", "several news outlets"
	}
	if unnamedReport(sc, a, b) {
		return true
	}
	if !titleIndefinites[sc.tok(a)] {
		return false
	}
	for k := a + 1; k < b; k++ {
		switch w := sc.tok(k); {
		case outletNouns[w]:
			if tail := sc.phraseAt(k+1, outletTails); tail != nil {
				k += len(tail) // "un sitio de noticias local"
			}
			return k == b-1 || k == b-2 && outletAdjectives[sc.tok(b-1)] // the outlet ends the phrase ("un diario local"): not "a website run by the regulator", "a blog post"
		case determiners[w] || ppPrepositions[w] || titleOfWords[w]:
			return false // "a spokesman for the station": a person, perhaps named later
		}
	}
	return false
}

// adjectiveAfterOutlet reports whether token k, after a word of
// [generic-outlets], is an adjective of it: a word of [outlet-adjectives]
// ("medios locales"), or any word in lower case after a word of
// [adjective-after-outlets] right after a word of [outlet-articles], the outlets of
// languages that place their adjectives after the noun ("a imprensa
// moçambicana", "la stampa tedesca"; not "the press office", nor the
// press office of "l'ufficio stampa comunale").
func adjectiveAfterOutlet(sc scanner, k int) bool {
	if outletAdjectives[sc.tok(k)] {
		return true
	}
	w := sc.tok(k)
	return adjectiveAfterOutlets[sc.tok(k-1)] && outletArticles[sc.tok(k-2)] && !sc.capital(k) && !determiners[w] && !ppPrepositions[w] && strings.IndexFunc(w, unicode.IsDigit) < 0
}

// adjectiveAfterOutlets and outletArticles ([adjective-after-outlets],
// [outlet-articles]): see adjectiveAfterOutlet.
var adjectiveAfterOutlets, outletArticles = lexicon.Set("adjective-after-outlets"), lexicon.Set("outlet-articles")

// unnamedReport reports whether the words from a to b-1 are reports no
// one is named for: a word of [unnamed-reports] after three words at most
// of outletWords ("reports", "early media reports"), ending the phrase or
// followed by a word of [report-links] and an unnamed outlet ("reports in
// local media", "reportes de medios locales"), not "reports from police".
func unnamedReport(sc scanner, a, b int) bool {
	if a < b && reportArticles[sc.tok(a)] {
		a++ // "the reports of local media", "des informations de presse"
	}
	for r := a; r < b && r <= a+3; r++ {
		switch {
		case !unnamedReports[sc.tok(r)]:
			if !outletWords[sc.tok(r)] {
				return false
			}
		case r == b-1:
			return true
		default:
			return reportLinks[sc.tok(r+1)] && r+2 < b && unnamedOutlet(sc, r+2, b)
		}
	}
	return false
}

// outletSays returns the noun of an unnamed outlet that opens the sentence
// as the subject of a verb of [outlet-reports] before
// the phrase ("A local news site is reporting that one passenger has
// died", "Un journal local affirme qu'un passager est mort"), or -1:
// hearsay, as "some media reported" is.
func outletSays(sent *sentence, sp span) int {
	sc, f := sent.scanner(), sent.folded()
	sc.cased = sent
	a := 0
	for a < len(f.tokens) && a < 4 && firstWord(f.tokens, a+1) {
		a++ // "16:30 Swiss media reported": a live blog's stamp before it
	}
	for v := a + 2; v < sp.start && v <= a+sourceMarkerWords+2; v++ {
		if !outletReports[sc.tok(v)] || boundaries(f.marks[a], f.marks[v]) != 0 {
			continue
		}
		n := v - 1
		for n > a && (auxiliaries[sc.tok(n)] || reportAdverbs[sc.tok(n)]) {
			n--
		}
		if !unnamedOutlet(sc, a, n+1) {
			continue
		}
		if n > a && genericOutlets[sc.tok(n-1)] && adjectiveAfterOutlet(sc, n) {
			return n - 1 // "La prensa chilena informó que"
		}
		if outletNouns[sc.tok(n)] || genericOutlets[sc.tok(n)] {
			return n
		}
	}
	return -1
}

// sourceMarkers, outletNouns and outletReports ([source-markers],
// [outlet-nouns], [outlet-reports]): see accordingTo and outletSays.
var sourceMarkers, outletNouns, outletReports, outletAdjectives = phrases("source-markers"), lexicon.Set("outlet-nouns"), lexicon.Set("outlet-reports"), lexicon.Set("outlet-adjectives")

// genericOutlets ([generic-outlets]) name outlets in the plural, no one
// named, after two words at most and no article needed ("Swiss media",
// "several news outlets"); reportAdverbs ([report-adverbs]) may stand
// between such a subject and its verb ("media earlier reported").
var genericOutlets, reportAdverbs = lexicon.Set("generic-outlets"), lexicon.Set("report-adverbs")

// unnamedReports ([unnamed-reports]) are reports no one is named for when
// nothing stands before them but words of outletWords: outlets in the
// plural, their adjectives, [report-qualifiers] ("according to early media
// reports"); "according to police reports" names its source.
var unnamedReports, outletWords = lexicon.Set("unnamed-reports"), joinSets(joinSets(genericOutlets, outletAdjectives), lexicon.Set("report-qualifiers"))

// reportArticles ([report-articles]) may open reports no one is named for.
var reportArticles = lexicon.Set("report-articles")

// reportLinks ([report-links]) join reports to their outlets ("reports in
// local media"); outletTails ([outlet-tails]) end an outlet's noun as
// other languages name it ("un sitio de noticias").
var reportLinks, outletTails = lexicon.Set("report-links"), phrases("outlet-tails")

const sourceMarkerWords = 6

// pronounBeforeAside returns the token of a negating pronoun (or one of
// [other-denying-pronouns]) that opens the sentence and a comma follows,
// the phrase at sp standing after the aside that comma opens: within
// pronounAsideReach words (an English pronoun), or within twice that when
// the aside's last comma stands at most pronounPredicateWords words before
// the phrase; or -1: "Nobody, not even
// the driver, was hurt", "Nessuno, secondo quanto riferito dalla società
// che gestisce lo scalo, è in gravi condizioni" deny the phrase, which the
// checker does not parse, so it is not asserted.
func pronounBeforeAside(sent *sentence, sp span) int {
	sc := sent.scanner()
	for k := 0; k < 2 && k < sp.start; k++ {
		english := negatingPronounAt(sent, k) == k+1
		if (english || otherDenyingPronouns[sc.tok(k)]) && strings.HasPrefix(sc.gap(k+1), ",") && (english && sp.start-k <= pronounAsideReach || sp.start-k <= 2*pronounAsideReach && commaBefore(sc, sp.start, pronounPredicateWords)) {
			return k
		}
	}
	return -1
}

// commaBefore reports whether a comma stands before token i or one of
// the n-1 tokens before it.
func commaBefore(sc scanner, i, n int) bool {
	for j := i; j > i-n && j > 0; j-- {
		if strings.Contains(sc.gap(j), ",") {
			return true
		}
	}
	return false
}

// pronounAsideReach is how many words after a negating pronoun and its
// comma the phrase may stand (see pronounBeforeAside), and
// pronounPredicateWords how many after the aside's last comma when it is
// farther.
const pronounAsideReach, pronounPredicateWords = 12, 3

// afterNegation reads a phrase at sp with a negation of another language
// after it at token k: a topic's denial ("Verletzt wurde nach Angaben der
// Polizei niemand"), so far with a word of [still-states] ("Todesfälle gab
// es bislang keine"), or a negation the checker does not parse, a hedge.
func afterNegation(sent *sentence, sp span, k, words int) stanceMention {
	at := span{sp.start, k + 1}
	switch w := notYet(sent, sp, true); {
	case topicDenied(sent, sp, k) && w != "":
		return stanceMention{span: at, stance: deniesSoFar, cue: w, words: words}
	case topicDenied(sent, sp, k):
		return stanceMention{span: at, stance: denies, cue: sent.folded().tokens[k].Text, words: words}
	}
	return stanceMention{span: at, stance: hedged, cue: negationAfterCue + sent.folded().tokens[k].Text, words: words}
}

// deniedAround reads a phrase at sp, asserted or hedged so far (kind), that
// a denial around it turns (see denialAround): "no evidence that ... a
// cyberattack", "cyberattack ruled out" deny it; a denial itself negated
// out of cueBefore's reach leaves it open ("have not ruled out any
// cause, including arson"), and one within it was read already. A phrase
// reported by a rumour's noun (at) that the denial stands before is
// denied as well: "ruled out the theory of a cyberattack", "descartaram a
// hipótese de ataque".
func deniedAround(sent *sentence, sp span, at int, kind stance) (stanceMention, bool) {
	d, ok := denialAround(sent, sp)
	if ok && kind == reports && d.start < at && rumourNouns[sent.scanner().tok(at)] {
		kind = asserts
	}
	if !ok || kind != asserts && kind != hedged {
		return stanceMention{}, false
	}
	words := sp.end - sp.start
	switch {
	case !negatedBefore(sent, d.start):
		return stanceMention{span: d, stance: denialStance(sent, sp, d), cue: denialCue(sent, d, sp), words: words}, true
	case kind == asserts:
		return stanceMention{span: d, stance: hedged, cue: denialCue(sent, d, sp), words: words}, true
	}
	return stanceMention{}, false
}

// turnedPhrase reads a phrase that no negation before it denies, but the
// words around it turn: what was avoided ("avoiding a second round") or
// refused (see refusal), a label answered "none" ("Messages lost:
// none."), a French verb framed by "ne ... pas" ("Nous ne repousserons
// pas la date").
func turnedPhrase(sent *sentence, sp span) (stanceMention, bool) {
	words := sp.end - sp.start
	if k := avoidedBefore(sent, sp); k >= 0 {
		return stanceMention{span: span{k, sp.end}, stance: denies, cue: sent.folded().tokens[k].Text, words: words}, true
	}
	if sm, ok := refusal(sent, sp); ok {
		return sm, true
	}
	if sm, ok := noneAnswers(sent, sp); ok {
		return sm, true
	}
	if d, ok := framedNegation(sent, sp); ok {
		return stanceMention{span: d, stance: denies, cue: "ne ... " + sent.folded().tokens[d.end-1].Text, words: words}, true
	}
	return stanceMention{}, false
}

// refuteStance returns a refutation phrase at sp with the sentence's
// stance at it. The phrase carries its own negation; under a further
// negation or a hedge, or as a heading, a question or a state that may
// change, it is too uncertain to count: shown, not counted.
func refuteStance(sent *sentence, sp span, item bool) stanceMention {
	words := sp.end - sp.start
	at, kind := cueBefore(sent, sp)
	d, denied := denialAround(sent, sp)
	none, isNone := noneAnswers(sent, sp)
	moment := ""
	if kind == asserts && !denied {
		moment = notYet(sent, sp, false)
	}
	hedgeAfter, aside, after := passiveHedgeAfter(sent, sp), pronounBeforeAside(sent, sp), negationAfter(sent, sp)
	narrowed := ""
	if opensDenial(sent, sp) {
		narrowed = narrowedAfter(sent, sp.end)
	}
	switch {
	case kind == asserts && after >= 0 && topicDenied(sent, sp, after) && notYet(sent, sp, true) == "": // "Verletzt wurde niemand": the refuting phrase denied, the statement held
		return stanceMention{span: span{sp.start, after + 1}, stance: asserts, cue: sent.folded().tokens[after].Text, words: words}
	case kind == asserts && after >= 0: // "Todesfälle gab es bislang keine", or a negation not parsed: shown, not counted
		return stanceMention{span: span{sp.start, after + 1}, stance: doubtful, cue: negationAfterCue + sent.folded().tokens[after].Text, words: words}
	case (heading(sent, sp) || inRowLabelCell(sent, sp)) && !(item && statesFigure(sent)): // "## Not exploited in the wild" names a subject
		return stanceMention{span: sp, stance: doubtful, cue: headingCue, words: words}
	case kind == asserts && asks(sent, sp): // "Is TLS off by default?" says nothing either way
		return stanceMention{span: sp, stance: doubtful, cue: questionCue, words: words}
	case kind == asserts && isNone:
		return noneRefuted(none)
	case kind == asserts && narrowed != "": // "No one was hurt except the driver", "on the ground": shown, not counted
		return stanceMention{span: sp, stance: doubtful, cue: narrowed, words: words}
	case kind == asserts && denied: // "no evidence that ... a cyberattack": shown, not counted
		return stanceMention{span: d, stance: doubtful, cue: denialCue(sent, d, sp), words: words}
	case kind == asserts && conditionOpens(sent, sp): // "If it rains, the match is called off": shown, not counted
		return stanceMention{span: sp, stance: doubtful, cue: sent.folded().tokens[0].Text, words: words}
	case kind == asserts && hedgeAfter >= 0: // "An electrical fault was suspected", "... was the likely cause": shown, not counted
		return stanceMention{span: span{sp.start, hedgeAfter + 1}, stance: doubtful, cue: sent.folded().tokens[hedgeAfter].Text, words: words}
	case kind == asserts && aside >= 0: // "Nobody, not even the driver, was hurt": shown, not counted
		return stanceMention{span: span{0, sp.end}, stance: doubtful, cue: sent.folded().tokens[aside].Text, words: words}
	case kind == asserts && subjectNegated(sent, sp) >= 0: // "Improper charging was not a factor": shown, not counted
		return stanceMention{span: span{sp.start, subjectNegated(sent, sp)}, stance: doubtful, cue: "not", words: words}
	case kind == asserts && moment != "": // "no injuries as of Friday": a state that may change
		return stanceMention{span: sp, stance: deniesSoFar, cue: moment, words: words}
	case kind == asserts:
		return stanceMention{span: sp, stance: denies, words: words}
	case kind == reports || kind == reportsDenial:
		return stanceMention{span: span{at, sp.end}, stance: reported(kind), cue: sent.folded().tokens[at].Text, words: words} // "the group claims it was a cyberattack": their claim against the statement
	case kind == denies && concordNegation(sent, at, sp):
		return stanceMention{span: span{at, sp.end}, stance: denies, cue: sent.folded().tokens[at].Text, words: words} // "no se pagó ni un peso": one denial, said twice
	case kind == denies && negatesPlainly(sent, at, sp) && notYet(sent, sp, true) == "":
		return stanceMention{span: span{at, sp.end}, stance: asserts, cue: sent.folded().tokens[at].Text, words: words} // "The emergency room never closed": it stayed open
	}
	return stanceMention{span: span{at, sp.end}, stance: doubtful, cue: sent.folded().tokens[at].Text, words: words} // negated or hedged
}

// concordNegation reports whether the negation at token at is a plain "no",
// "non" or "não" that a refuting phrase opening with a word of negative
// concord repeats rather than cancels ("no se pagó ni un peso", "non è
// stato pagato nessun riscatto"): a few words of its own clause between,
// none a negation or a word opening another clause ("no dijo que nadie").
func concordNegation(sent *sentence, at int, sp span) bool {
	f := sent.folded()
	toks := f.tokens
	if !concordNegators[toks[at].Text] || !negativeConcord[toks[sp.start].Text] || sp.start-at-1 > maxConcordGap || boundaries(f.marks[at], f.marks[sp.start]) != 0 {
		return false
	}
	for _, t := range toks[at+1 : sp.start] {
		if negations[t.Text] || concordStops[t.Text] {
			return false
		}
	}
	return true
}

// maxConcordGap is how many words may stand between a negation and the
// word of negative concord that repeats it: "non è stato pagato nessun".
const maxConcordGap = 4

// negativeConcord, concordNegators and concordStops: see concordNegation.
var negativeConcord, concordNegators, concordStops = lexicon.Set("negative-concord"), lexicon.Set("concord-negators"), lexicon.Set("concord-stops")

// negatesPlainly reports whether the negation at token at is a particle
// ("not", "never", "n't", "cannot") with only auxiliaries and fillers
// between it and a phrase that holds no negation of its own: "never
// closed", "did not close". Such a negation of a refuting phrase asserts
// the claim; "denied it closed", "not the first" (a refuting phrase with
// its own negation) and "no school closed" stay too uncertain.
func negatesPlainly(sent *sentence, at int, sp span) bool {
	f := sent.folded()
	toks := f.tokens
	contracted := contractedNot(sent, at) || at+1 < len(toks) && contractedNot(sent, at+1) // "hasn't": the cue may be "hasn" or its "t"
	if !negationParticles[toks[at].Text] && !contracted || modalNegations[toks[at].Text] || !plainDenial(sent, at, sp, false) {
		return false // not "cannot be closed without approval": what may be, not what was
	}
	for _, t := range toks[sp.start:sp.end] {
		if negations[t.Text] {
			return false
		}
	}
	for k := sp.end; k < len(toks) && boundaries(f.marks[sp.end], f.marks[k]) == 0; k++ {
		if negationTurners[toks[k].Text] {
			return false // "not closed until Friday", "not closed by the hospital but by the fire brigade"
		}
	}
	return true
}

// modalNegations deny what may be, not what was ("cannot be closed");
// negationTurners, after a negated phrase in its clause, turn the denial
// into a time or an agent of it ("was not closed until Friday", "not by
// the hospital but by the fire brigade", "hasn't closed since 1998").
var modalNegations, negationTurners = lexicon.Set("modal-negations"), lexicon.Set("negation-turners")

// pendingBefore are the words that, right before a supporting phrase, make
// it what is to happen or must, not what did: "a ransom to be paid in
// bitcoin", "the record has to be ratified", "o recorde a ser ratificado".
var pendingBefore = phrases("pending-before")

// pendingDone are the words before "to be" that assert what follows: "was
// found to be infected", "the first to be arrested".
var pendingDone = lexicon.Set("pending-done")

// pendingAt returns the token where the words of pendingBefore start right
// before the phrase at sp, or -1; words of pendingDone before them leave
// the phrase asserted.
func pendingAt(sent *sentence, sp span) int {
	sc := sent.scanner()
	p := sc.phraseBefore(sp.start, pendingBefore)
	if p == nil {
		return -1
	}
	k := sp.start - len(p)
	for j := k - 1; j >= 0 && j >= k-pendingDoneReach; j-- {
		if pendingWishes[sc.tok(j)] {
			return k // "hopes to be the next to be elected"
		}
		if pendingDone[sc.tok(j)] && !wishBefore(sc, j) {
			return -1 // "the first woman to be elected", "the youngest person ever to be elected"
		}
	}
	return k
}

// attributedBeforeColon returns the token of a word of [rumour-nouns] in
// the clause that a colon closes before the phrase ("A rumour spread
// fast: the airport ran out of de-icing fluid", "Ein Gerücht hielt sich:
// ..."), or -1: what follows the colon is what was rumoured; not
// "confirm what engineers had suspected: ...", a verb, nor a rumour that
// a word of [rumour-confirmed] says was true.
func attributedBeforeColon(sent *sentence, sp span) int {
	sc := sent.scanner()
	colon := -1
	for k := sp.start; k > 0; k-- {
		g := sc.gap(k)
		if strings.ContainsAny(g, ".;!?") {
			return -1
		}
		if strings.Contains(g, ":") {
			colon = k
			break
		}
	}
	at, confirmed, doubted := -1, false, false
	for k := colon - 1; k >= 0 && colon > 0; k-- {
		w := sc.tok(k)
		confirmed = confirmed || rumourConfirmed[w]                                                 // "Officials confirmed the rumour: ..."
		doubted = doubted || negations[w] || hedges[w] || contractedNot(sent, k) || refusalWords[w] // "refused to confirm the rumour:", "whether the rumour is true:"
		if rumourNouns[w] {
			at = k
		}
		if strings.ContainsAny(sc.gap(k), ".;:!?") {
			break
		}
	}
	if confirmed && !doubted {
		return -1
	}
	return at
}

// unrealisedAt returns where the words start that make a phrase what is
// to happen or must (pendingAt: "a ransom to be paid in bitcoin"), what
// was proposed or tried ([proposal-before]: "the motion to postpone the
// vote was rejected"), what is said of any such thing (genericAt: "Any
// ransom paid funds the next attack") or what must still happen
// (stillPendingAt: "must still be approved"), or -1.
func unrealisedAt(sent *sentence, sp span) int {
	if k := pendingAt(sent, sp); k >= 0 {
		return k
	}
	if p := sent.scanner().phraseBefore(sp.start, proposalBefore); p != nil && !proposalCarried(sent, sp) {
		return sp.start - len(p) // not "The motion to postpone the vote passed", "A third attempt to refloat her succeeded"
	}
	if k := genericAt(sent, sp); k >= 0 {
		return k
	}
	return stillPendingAt(sent, sp)
}

// genericAt returns the token of a word of [generic-determiners] that
// stands before the phrase at sp with one noun between ("Any ransom paid
// by a hospital funds the next attack"), or of [generic-every] when a verb
// of [generic-present] follows the phrase in its clause ("Every dollar
// paid to these groups is a dollar for the next attack"), or -1: what is
// said of any such thing, no one thing that happened.
func genericAt(sent *sentence, sp span) int {
	sc := sent.scanner()
	k := sp.start - 2
	if k < 0 || !plainGap(sc.gap(k+1)) || !plainGap(sc.gap(sp.start)) || !isLetters(sc.tok(k+1)) {
		return -1
	}
	switch w := sc.tok(k); {
	case genericDeterminers[w]:
		return k
	case genericEvery[w]:
		for j := sp.end; j < len(sc.toks) && j <= sp.end+genericReach && plainGap(sc.gap(j)); j++ {
			if v := sc.tok(j); genericPresent[v] && (!genericCopulas[v] || genericPredicate(sc.tok(j+1))) {
				return k
			}
		}
	}
	return -1
}

// genericPredicate reports whether a word after a copula of
// [generic-copulas] may open what any such thing is ("venture capital", "a
// dollar"): no word of [generic-copula-stops], participle or gerund.
func genericPredicate(w string) bool {
	return w != "" && !genericCopulaStops[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// genericDeterminers, genericEvery, genericPresent, genericCopulas and
// genericCopulaStops: see genericAt.
var (
	genericDeterminers, genericEvery, genericPresent = lexicon.Set("generic-determiners"), lexicon.Set("generic-every"), lexicon.Set("generic-present")
	genericCopulas, genericCopulaStops               = lexicon.Set("generic-copulas"), lexicon.Set("generic-copula-stops")
)

// genericReach is how many words after a phrase a verb of
// [generic-present] may stand (see genericAt).
const genericReach = 6

// proposalCarried reports whether a word of [proposal-done] follows a
// proposed phrase in its clause with no negation between: "The motion to
// postpone the vote passed 80-64"; not "was not approved", nor "was
// rejected after the budget was approved".
func proposalCarried(sent *sentence, sp span) bool {
	sc := sent.scanner()
	for k := sp.end; k < len(sc.toks) && k <= sp.end+proposalDoneReach; k++ {
		w := sc.tok(k)
		if negations[w] || contractedNot(sent, k) || subordinateOpeners[w] || strings.ContainsAny(sc.gap(k), ".,;:!?") {
			return false
		}
		if proposalDone[w] {
			return true
		}
	}
	return false
}

// proposalDoneReach is how many words after a proposed phrase a word of
// [proposal-done] may stand.
const proposalDoneReach = 6

// rumourNouns and rumourConfirmed: see attributedBeforeColon.
var rumourNouns, rumourConfirmed = lexicon.Set("rumour-nouns"), lexicon.Set("rumour-confirmed")

// proposalBefore ([proposal-before]) right before a phrase make it what
// was proposed or tried: "the motion to postpone the vote"; unless a word
// of [proposal-done] in the sentence says it was carried.
var proposalBefore, proposalDone = phrases("proposal-before"), lexicon.Set("proposal-done")

// stillPending: see stillPendingAt.
var stillPending = phrases("still-pending")

// stillPendingAt returns where a phrase of [still-pending] starts with at
// most stillPendingGap words between it and the phrase at sp, in its
// clause, or -1.
func stillPendingAt(sent *sentence, sp span) int {
	f, sc := sent.folded(), sent.scanner()
	for k := sp.start - 1; k >= 0 && k >= sp.start-stillPendingGap-4; k-- {
		if boundaries(f.marks[k], f.marks[sp.start]) > 0 {
			return -1
		}
		if p := sc.phraseAt(k, stillPending); p != nil && k+len(p) <= sp.start && sp.start-k-len(p) <= stillPendingGap {
			return k
		}
	}
	return -1
}

// stillPendingGap is how many words may stand between a phrase of
// [still-pending] and the phrase it makes pending: "must still be
// approved".
const stillPendingGap = 2

// wishBefore reports whether a word of [pending-wishes] stands among the
// pendingDoneReach words before token j: "would be happy to be elected",
// "wants to be the youngest ever to be elected" wish it.
func wishBefore(sc scanner, j int) bool {
	for i := j - 1; i >= 0 && i >= j-pendingDoneReach; i-- {
		if pendingWishes[sc.tok(i)] {
			return true
		}
	}
	return false
}

// pendingWishes: see wishBefore.
var pendingWishes = lexicon.Set("pending-wishes")

// pendingDoneReach is how many words before "to be" a word of
// [pending-done] may stand.
const pendingDoneReach = 3

// gerundModals: see gerundModal.
var gerundModals = lexicon.Set("gerund-modals")

// gerundModal returns the token of a word of gerundModals one or two words
// after a phrase that opens with a word ending in "ing" (its object between,
// and no "have" after the modal), in its clause, or -1: "Closing schools would do more harm than good" weighs a closing, and
// asserts none.
func gerundModal(sent *sentence, sp span) int {
	f := sent.folded()
	if !strings.HasSuffix(f.tokens[sp.start].Text, "ing") || len(f.tokens[sp.start].Text) < 6 {
		return -1
	}
	for k := sp.end; k < len(f.tokens) && k <= sp.end+2; k++ {
		if boundaries(f.marks[sp.start], f.marks[k]) > 0 {
			return -1
		}
		if gerundModals[f.tokens[k].Text] {
			if k == sp.end || k+1 < len(f.tokens) && f.tokens[k+1].Text == "have" {
				return -1 // "Flooding could be seen", "Looting would continue": a noun, no gerund with an object; "might have been" the past
			}
			return k
		}
	}
	return -1
}

// indefiniteSubject reports whether a phrase at token i opens its clause
// (the sentence, or after a comma, a semicolon or a colon), or an
// indefinite article right before it does, or follows a word that is no
// preposition: "A cyberattack", "Hackers", "said a firmware update"; not
// "The cyberattack", "After a cyberattack".
func indefiniteSubject(sent *sentence, i int) bool {
	sc := sent.scanner()
	opens := func(k int) bool { return k == 0 || strings.ContainsAny(sc.gap(k), ",;:") }
	if opens(i) {
		return true
	}
	return instanceArticles[sc.tok(i-1)] && (opens(i-1) || !ppPrepositions[sc.tok(i-2)] && !modalSubjectPrepositions[sc.tok(i-2)])
}

// modalSubjectPrepositions: see indefiniteSubject.
var modalSubjectPrepositions = lexicon.Set("modal-subject-prepositions")

// confirmedBefore reports whether a word of [rumour-confirmed] stands up to
// three words before the rumour's noun at token at, in its clause, with no
// negation nor hedge before it there: "confirmed the theory of", "confirmó
// la hipótesis de"; not "refused to confirm the theory".
func confirmedBefore(sent *sentence, at int) bool {
	sc := sent.scanner()
	f := sent.folded()
	for k := at - 1; k >= 0 && k >= at-3 && boundaries(f.marks[k], f.marks[at]) == 0; k-- {
		if rumourConfirmed[sc.tok(k)] {
			return !sc.wordWithin(span{k, k + 1}, -1, cueWindow, ".;:", func(i int) bool {
				w := sc.tok(i)
				return negations[w] || hedges[w] || refusalWords[w] || contractedNot(sent, i)
			})
		}
	}
	return false
}

// opinionVerbs, opinionHolders and opinionStops: see opinionOfSome.
var (
	opinionVerbs, opinionHolders = lexicon.Set("opinion-verbs"), lexicon.Set("opinion-holders")
	opinionStops                 = lexicon.Set("opinion-stops")
)

// opinionOfSome returns the token of a verb of belief before a phrase in
// its clause whose subject a word of [opinion-holders] opens, up to
// maxHolderWords words before it, or -1: "Some residents are convinced
// the fire was arson", "Many in the town believe" tell what some hold,
// not what is so ("Police believe" reports their view, read as said).
func opinionOfSome(sent *sentence, sp span) int {
	f := sent.folded()
	sc := sent.scanner()
	for v := sp.start - 1; v >= 0 && v >= sp.start-cueWindow; v-- {
		if boundaries(f.marks[v], f.marks[sp.start]) > 0 {
			return -1
		}
		if !opinionVerbs[sc.tok(v)] {
			continue
		}
		if opinionStops[sc.tok(v+1)] || opinionStops[sc.tok(v+2)] {
			return -1 // "Many still think about the day the bridge collapsed"
		}
		for k := v - 1; k >= 0 && k >= v-maxHolderWords && boundaries(f.marks[k], f.marks[v]) == 0; k-- {
			if opinionHolders[sc.tok(k)] && (k == 0 || strings.ContainsAny(sc.gap(k), ",;:")) {
				return v
			}
		}
		return -1
	}
	return -1
}

// maxHolderWords is how many words before a verb of belief the word that
// opens its subject may stand: "Some of the residents are convinced".
const maxHolderWords = 5

// subjectModals, subjectConditionals, conditionalPerfects,
// modalPerceptions, modalStops: see subjectModal.
var (
	subjectModals       = lexicon.Set("subject-modals")
	subjectConditionals = lexicon.Set("subject-conditionals")
	conditionalPerfects = lexicon.Set("conditional-perfects")
	modalPerceptions    = lexicon.Set("modal-perceptions")
	modalStops          = lexicon.Set("modal-stops")
)

// subjectModal returns the token of a modal after a phrase in its clause,
// two words at most between and none that opens a clause of its own, or
// -1: "A cyberattack may be behind the outage", "Hackers could have taken
// the files" weigh what the phrase says, and assert it not. The phrase is
// the subject of no known thing: it opens its clause, or an indefinite
// article does right before it. "The cyberattack could have been
// prevented" takes the attack as given, and "After the cyberattack
// services could resume" has another subject. A conditional counts
// before a perfect ("A cyberattack would at least have been a better
// story") or after an indefinite article: "A strike would last three
// weeks". A modal of perception asserts: "Smoke could be seen".
func subjectModal(sent *sentence, sp span) int {
	f := sent.folded()
	sc := sent.scanner()
	if !indefiniteSubject(sent, sp.start) {
		return -1
	}
	for k := sp.end; k < len(f.tokens) && k <= sp.end+2; k++ {
		w := sc.tok(k)
		if modalStops[w] {
			return -1
		}
		if !subjectModals[w] && !subjectConditionals[w] {
			continue
		}
		if boundaries(f.marks[sp.start], f.marks[k]) > 0 {
			return -1 // "hackers; they may return": another clause
		}
		if modalPerceptions[sc.tok(k+1)] || modalPerceptions[sc.tok(k+2)] || negations[sc.tok(k+1)] {
			return -1 // "Smoke could be seen"; "would not" is read as a negated verb is
		}
		if subjectConditionals[w] && !sc.wordWithin(span{k, k + 1}, 1, 3, ".;:", func(i int) bool { return conditionalPerfects[sc.tok(i)] }) && !instanceArticles[sc.tok(sp.start-1)] {
			return -1
		}
		return k
	}
	return -1
}

// negationsAfter are the negations of other languages that deny a phrase
// before them in its clause: "Verletzt wurde nach Angaben niemand", "de
// kinderen raakten niet gewond", "herido no resultó nadie".
var negationsAfter = lexicon.Set("negations-after")

// clauseJoins join two clauses: a negation after one is the second
// clause's ("drei Menschen wurden verletzt und niemand getötet").
var clauseJoins = lexicon.Set("clause-joins")

// negationAfterReach is how many words after a phrase such a negation may
// stand in its clause, which it often ends: "Ersatzlehrer stellte der
// Bezirk nach eigenen Angaben während des ganzen Streiks nicht ein".
const negationAfterReach = 20

// negationAfter returns the token of a word of negationsAfter after the
// phrase at sp in its clause, or -1. The checker does not parse such a
// sentence, so the phrase is neither asserted nor denied. Right after a
// word of clauseJoins, the negation opens a clause of its own ("verletzt
// und niemand getötet"); further after one, it may still be the phrase's
// ("Verletzt oder getötet wurde niemand").
func negationAfter(sent *sentence, sp span) int {
	f := sent.folded()
	join := -1
	for k := sp.end; k < len(f.tokens) && k < sp.end+negationAfterReach; k++ {
		if boundaries(f.marks[sp.end-1], f.marks[k]) > 0 {
			return -1
		}
		if clauseJoins[f.tokens[k].Text] {
			join = k
			continue
		}
		if negationsAfter[f.tokens[k].Text] && !negationCancelled(sent, k) { // not "nicht nur", "niet alleen"
			if join >= 0 && k == join+1 {
				return -1 // "verletzt und niemand getötet": the negation opens the next clause
			}
			return k // "Verletzt oder getötet wurde niemand", "laut Polizei und Feuerwehr niemand"
		}
	}
	return -1
}

// topicDenials, topicDenialParticles, topicArticles, topicDenialFillers
// and topicDenialStops: see topicDenied.
var (
	topicDenials, topicDenialParticles = lexicon.Set("topic-denials"), lexicon.Set("topic-denial-particles")
	topicArticles, topicDenialFillers  = lexicon.Set("topic-articles"), lexicon.Set("topic-denial-fillers")
	topicDenialStops, topicRelatives   = lexicon.Set("topic-denial-stops"), lexicon.Set("topic-denial-relatives")
)

// topicExistenceVerbs ([topic-existence-verbs]) in a clause say whether
// the thing existed: see topicDenied.
var topicExistenceVerbs = lexicon.Set("topic-existence-verbs")

// openingPhrase reports whether a phrase opens its sentence, with a word
// of [topic-articles] before it at most: "Eine Warnung gab es nicht".
func openingPhrase(sent *sentence, sp span) bool {
	return sp.start == 0 || sp.start == 1 && topicArticles[sent.scanner().tok(0)]
}

// topicDenied reports whether the negation at token k, after the phrase at
// sp, denies it: the phrase opens its sentence, with an article before it
// at most (the topic German and Dutch put first), the negation is a
// pronoun of [topic-denials] that ends its clause or stands before a verb
// or a word of [topic-denial-fillers], or a particle of
// [topic-denial-particles] that ends its clause or stands before its last
// word ("nicht gegeben"), no word of [topic-denial-stops] follows it in
// the sentence ("sondern", "außer", "aber") and no relative clause of
// [topic-denial-relatives] narrows it.
func topicDenied(sent *sentence, sp span, k int) bool {
	sc, f := sent.scanner(), sent.folded()
	if !openingPhrase(sent, sp) || !topicDenials[sc.tok(k)] && !topicDenialParticles[sc.tok(k)] {
		return false
	}
	if sc.anyIn(k+1, len(f.tokens), topicDenialStops) {
		return false // "Verletzt wurde niemand außer dem Fahrer"
	}
	end := k + 1
	for end < len(f.tokens) && boundaries(f.marks[k], f.marks[end]) == 0 {
		end++
	}
	switch {
	case end < len(f.tokens) && topicRelatives[sc.tok(end)] && strings.TrimSpace(sc.gap(end)) == ",":
		return false // "niemand, der im Bus saß": a part denied
	case end == k+1:
		return true // "Todesfälle gab es keine."
	case topicDenialParticles[sc.tok(k)]:
		return end <= k+2 && sc.anyIn(sp.end, end, topicExistenceVerbs) // "habe es nicht gegeben,": only the verb that ends the clause, one of being there
	}
	return end == k+2 && topicDenialFillers[sc.tok(k+1)] || participleWord(sc.tok(k+1)) // "niemand schwer", "niemand verletzt"
}

// reportNouns ([report-nouns]) open a sentence with "that" as a report
// of a claim: "Reports that fares would rise are wrong".
var reportNouns = lexicon.Set("report-nouns")

// reportNounBefore, right before a word of [report-nouns], make it a noun
// ("asked about reports that", "amid rumours that"): see
// [report-noun-before].
var reportNounBefore = lexicon.Set("report-noun-before")

// firstWord reports whether token i is the first word of its
// sentence, or of a live blog's entry after its stamp ("17:20 — Reports
// that ...", "12:15 p.m. Reports that ...").
func firstWord(toks []text.Token, i int) bool {
	for k, t := range toks[:i] {
		if !isDigits(t.Text) && zoneOffsets[t.Text] == nil && !stampMeridiem(toks, k) {
			return false
		}
	}
	return true
}

// stampMeridiem reports whether token k is "am" or "pm", or a letter of
// "a.m." or "p.m.", after the digits of a stamp.
func stampMeridiem(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	switch prev := toks[k-1].Text; toks[k].Text {
	case "am", "pm", "a", "p":
		return isDigits(prev)
	case "m":
		return prev == "a" || prev == "p"
	}
	return false
}

// conditionOpeners and reflexiveSiMarkers ([reflexive-si-markers]): see
// conditionOpens.
var conditionOpeners, reflexiveSiMarkers = lexicon.Set("condition-openers"), lexicon.Set("reflexive-si-markers")

// conditionOpens reports whether the sentence opens with a condition
// ([condition-openers]: "If the score is level after 90 minutes, there
// will be extra time") whose clause a comma closes, and the phrase at sp
// stands in either clause: the condition asserts nothing ("Si el puente
// fue saboteado, ..."), nor does the main clause, which says what happens
// then. Not "Sí, el puente fue saboteado": Spanish "yes", its accent
// written.
func conditionOpens(sent *sentence, sp span) bool {
	f := sent.folded()
	if sp.start < 1 || !conditionOpeners[f.tokens[0].Text] || unicode.ToLower(sent.writtenLastAt(0)) == 'í' || conditionNotNext[f.tokens[1].Text] {
		return false // Spanish "Sí, el dique fue saboteado": yes; "Si bien": although
	}
	if sc := sent.scanner(); f.tokens[0].Text == "si" && sc.holdsAny(reflexiveSiMarkers) && sc.phraseAt(0, hedgePhrases) == nil {
		return false // Italian "Si è trasformato ...": the reflexive pronoun; not "Si sospetta, ..., che", a hedge
	}
	if strings.Contains(f.norm.S[f.tokens[0].End:f.tokens[sp.start].Start], ",") {
		return true // the main clause
	}
	if f.tokens[0].Text == "se" && !seConditionNext[f.tokens[1].Text] {
		return false // Spanish "Se confirmó que ...": the pronoun, whose clause asserts
	}
	return strings.Contains(f.norm.S[f.tokens[sp.end-1].End:], ",") // the condition, closed after the phrase
}

// conditionNotNext ([condition-not-next]): see conditionOpens.
var conditionNotNext = lexicon.Set("condition-not-next")

// seConditionNext ([se-condition-next]): see conditionOpens.
var seConditionNext = lexicon.Set("se-condition-next")

// subjectNegations: see subjectNegated.
var subjectNegations = phrases("subject-negations")

// subjectNegated returns the end of a phrase of [subject-negations] right
// after the phrase at sp ("Improper charging was not a factor"), or after
// a gerund's object when the phrase is a gerund that opens its clause
// ("cancelling the contract is not on the table"), or -1.
func subjectNegated(sent *sentence, sp span) int {
	sc := sent.scanner()
	reach := sp.end
	if strings.HasSuffix(sc.tok(sp.start), "ing") && (sp.start == 0 || !isLetters(sc.tok(sp.start-1)) || !plainGap(sc.gap(sp.start))) {
		reach = sp.end + gerundObjectWords // "Cancelling the contract is not on the table": a gerund opens its clause, its object after it
	}
	for k := sp.end; k <= reach && k < len(sc.toks) && plainGap(sc.gap(k)); k++ {
		if p := sc.phraseAt(k, subjectNegations); p != nil {
			return k + len(p)
		}
	}
	return -1
}

// gerundObjectWords is how many words of its object may stand between a
// gerund that opens a clause and a negated verb whose subject it is.
const gerundObjectWords = 3

// avoidWords: see avoidedBefore.
var avoidWords = lexicon.Set("avoid-words")

// avoidedBefore returns the token of a word of [avoid-words] right before
// a phrase, or before an article before it, not after "of" ("Hopes of
// avoiding a recession faded"), or -1.
func avoidedBefore(sent *sentence, sp span) int {
	sc := sent.scanner()
	k := sp.start - 1
	if k > 0 && determiners[sc.tok(k)] && plainGap(sc.gap(k+1)) {
		k--
	}
	if k < 0 || !avoidWords[sc.tok(k)] || !plainGap(sc.gap(k+1)) || sc.tok(k-1) == "of" {
		return -1
	}
	return k
}

// askedAnswer reads a phrase that ends the question a sentence opens with,
// "Asked whether" or "Asked if", answered after a comma by a speaker with
// a verb of saying and "no" or "yes" ending the sentence: "Asked whether
// the university had received a ransom demand, Okafor says no" denies the
// demand, "..., she said yes" asserts it.
func askedAnswer(sent *sentence, sp span) (stanceMention, bool) {
	sc := sent.scanner()
	q := 1 // "Asked whether": the question's word
	if !askedOpeners[sc.tok(0)] || !askedQuestions[sc.tok(q)] || sp.start <= q {
		return stanceMention{}, false
	}
	n := len(sc.toks)
	answer, ok := askedAnswers[sc.tok(n-1)]
	if !ok || strings.Trim(sc.gap(n), " .!") != "" {
		return stanceMention{}, false
	}
	comma := sp.end // the phrase ends the question: "Asked whether X had received a ransom demand,"
	if !strings.Contains(sc.gap(comma), ",") && isLetters(sc.tok(comma)) {
		comma++ // or its noun's last word does: "received a ransom demand," for the phrase "ransom"
	}
	if !strings.Contains(sc.gap(comma), ",") || slices.ContainsFunc(sc.toks[q+1:sp.start], func(t text.Token) bool { return askedBreaks[t.Text] }) {
		return stanceMention{}, false // "Asked whether the demand had been paid", "... would meet the demand", "... told about the demand"
	}
	if n-comma > maxAnswerWords || !slices.ContainsFunc(sc.toks[comma:n], func(t text.Token) bool { return sayingVerbs[t.Text] }) {
		return stanceMention{}, false
	}
	stance := denies
	if answer == "asserts" {
		stance = asserts
	}
	return stanceMention{span: span{0, n}, stance: stance, cue: "asked ..., " + sc.tok(n-2) + " " + sc.tok(n-1), words: sp.end - sp.start}, true
}

// askedOpeners, askedQuestions and askedAnswers ([asked-openers],
// [asked-questions], [asked-answers]): see askedAnswer.
var askedOpeners, askedQuestions, askedAnswers = lexicon.Set("asked-openers"), lexicon.Set("asked-questions"), lexicon.Pairs("asked-answers")

// askedBreaks ([asked-question-breaks]) between "Asked whether" and the
// phrase make the answer another question's: a modal ("would meet the
// demand") or a preposition ("told about the demand").
var askedBreaks = lexicon.Set("asked-question-breaks")

// maxAnswerWords is how many words the answer to "Asked whether" may take
// after its comma: "Okafor says no", "the university's spokeswoman said no".
const maxAnswerWords = 6

// refusal reads the phrase at sp after a refusal (see refusedBefore): a
// denial right after "to" ("refused to resign", "declined to rule out
// further rises"), a refusal not counted after a verb between ("declined
// to open a criminal investigation", "refused to drop the
// investigation": the verb may undo the phrase).
func refusal(sent *sentence, sp span) (stanceMention, bool) {
	k, verb := refusedBefore(sent, sp)
	if k < 0 {
		return stanceMention{}, false
	}
	stance := denies
	if verb {
		stance = hedged
	}
	return stanceMention{span: span{k, sp.end}, stance: stance, cue: sent.folded().tokens[k].Text + " to", words: sp.end - sp.start}, true
}

// refusalWords ([refusal-words]) before "to" make what follows a
// refusal: see refusedBefore.
var refusalWords = lexicon.Set("refusal-words")

// refusedBefore returns the word of [refusal-words] before "to" and the
// phrase at sp ("refused to resign", "declined to rule out further
// rises": the phrase, a verb's, is what was refused), or before "to", a
// verb and an article and the phrase (verb: "declined to open a criminal
// investigation", where the verb may undo the phrase, "refused to drop
// the investigation"); or -1. Not with more words between ("declined to
// comment on the investigation").
func refusedBefore(sent *sentence, sp span) (int, bool) {
	sc := sent.scanner()
	k := sp.start - 1
	article := k > 0 && determiners[sc.tok(k)] && plainGap(sc.gap(k+1))
	if article {
		k--
	}
	verb := false
	switch {
	case sc.tok(k) == "to" && article:
		return -1, false // "shares declined to a record low": no verb, a fall
	case sc.tok(k) != "to":
		if k < 1 || !isLetters(sc.tok(k)) || !plainGap(sc.gap(k+1)) {
			return -1, false
		}
		k, verb = k-1, true // the verb: "declined to open a"
	}
	if k < 1 || sc.tok(k) != "to" || !plainGap(sc.gap(k+1)) || !plainGap(sc.gap(k)) || !refusalWords[sc.tok(k-1)] {
		return -1, false
	}
	return k - 1, verb
}

// frameOpeners and frameClosers are the two halves of a negation that
// frames its verb, as French "ne ... pas" does.
var frameOpeners, frameClosers, frameCancellers = lexicon.Set("frame-openers"), lexicon.Set("frame-closers"), lexicon.Set("frame-cancellers")

// frameReach is how many words may stand between a phrase and either half
// of a framing negation: "ne la repousserons pas".
const frameReach = 2

// framedNegation returns the phrase at sp with the negation that frames
// it, a word of [frame-openers] before it and one of [frame-closers]
// after it in its clause ("Nous ne repousserons pas cette date"), and
// whether there is one.
func framedNegation(sent *sentence, sp span) (span, bool) {
	sc := sent.scanner()
	open, shut := -1, -1
	at := func(list map[string]bool, to *int) func(int) bool {
		return func(k int) bool { *to = k; return list[sc.tok(k)] }
	}
	if !sc.wordWithin(sp, -1, frameReach, ".,;:!?()–—\"", at(frameOpeners, &open)) || !sc.wordWithin(sp, 1, frameReach, ".,;:!?()–—\"", at(frameClosers, &shut)) || frameCancellers[sc.tok(shut+1)] {
		return span{}, false // not "n'exploitent pas seulement cette faille"
	}
	return span{open, shut + 1}, true
}

// headingCue is the cue of a phrase that is all but the whole of its
// sentence: a heading or a label.
const headingCue = "heading"

// negationAfterCue opens the cue of a supporting phrase that a negation
// follows ("Verletzt wurde niemand"), which the checker does not parse.
const negationAfterCue = "after: "

// heading reports whether a phrase is the whole of a sentence that ends
// with no stop ("Exploitation", "## Not exploited in the wild"), or all
// but a word or two of a label ("Known exploitation:"): a heading or a
// label, which names a subject and asserts nothing.
func heading(sent *sentence, sp span) bool {
	f := sent.folded()
	n, words := len(f.tokens), sp.end-sp.start
	t := strings.TrimSpace(f.norm.S)
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") {
		return false // "Signalling fault caused the crash." is a sentence
	}
	return n == words || n <= words+2 && strings.HasSuffix(t, ":")
}

// statesFigure reports whether a sentence holds a digit: an item of a list
// with a figure ("- 0 deaths") states it, where a bare phrase ("-
// Cyberattack") names a subject, an option or a link, as a heading does.
func statesFigure(sent *sentence) bool {
	return strings.ContainsAny(sent.folded().norm.S, "0123456789")
}

// inRowLabelCell reports whether a phrase stands in the first cell of a
// table row that has more: "| Known exploitation | None known |" labels
// the row, and its value is in the next cell.
func inRowLabelCell(sent *sentence, sp span) bool {
	f := sent.folded()
	before, after := f.norm.S[:f.tokens[sp.start].Start], f.norm.S[f.tokens[sp.end-1].End:]
	return !strings.Contains(strings.TrimLeft(before, "| \t"), "|") && strings.Contains(after, "|") && strings.Trim(after, "| \t") != ""
}

// questionCue is the cue of a phrase in a question.
const questionCue = "?"

// cueOf returns the cue word at token at, or questionCue for a phrase
// that a question leaves unasserted.
func cueOf(sent *sentence, at int, question bool) string {
	if question {
		return questionCue
	}
	return sent.folded().tokens[at].Text
}

// asks reports whether a phrase stands in a question, which asserts
// nothing: the sentence ends with a question mark ("Is TLS off by
// default?") and no colon or dash after the phrase opens the question on
// its own ("the deadliest in a century, and a question: why?"), or the
// first stop after the phrase is one (a thread titled "Is it a club
// record?" - 212 replies).
func asks(sent *sentence, sp span) bool {
	f := sent.folded()
	rest := f.norm.S[f.tokens[sp.end-1].End:]
	if strings.HasSuffix(strings.TrimRight(f.norm.S, " \"')"), "?") {
		if asksWhy(sent, sp) || quotedQuestion(rest, strings.LastIndex(rest, "?")) {
			return false // "Why was an overloaded ferry allowed to sail?" takes it for granted; "... and residents asked: "¿Y el museo?""
		}
		return !statedBeforeQuestion(sent, sp) // not "the deadliest in a century, and it raises a question: why?"
	}
	i := strings.IndexAny(rest, ".!?")
	return i >= 0 && rest[i] == '?' && !quotedQuestion(rest, i)
}

// quotedQuestion reports whether the question mark at byte i of the text
// after a phrase ends a quotation that opens after the phrase: "ran over
// budget, and a banner reading "¿Y el museo?" hung from a balcony" asks
// nothing of the overrun.
func quotedQuestion(rest string, i int) bool {
	if i < 0 || !strings.ContainsAny(rest[:i], "\"“«„") {
		return false
	}
	after := strings.TrimLeft(rest[i+1:], " ")
	return strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "»") // the mark closes the quotation: not "over budget because of the "Tides" exhibition?"
}

// statedBeforeQuestion reports whether a phrase stands in a statement
// that a colon or a dash after it parts from the question that ends the
// sentence: the statement holds questionLeadWords words or more and opens
// with no word of [question-openers] ("It was the deadliest fire in a
// century, and it raises a question: why?"; not "Cyberattack or human
// error: what brought the systems down?", nor "Did a cyberattack cause
// it: yes or no?").
func statedBeforeQuestion(sent *sentence, sp span) bool {
	f := sent.folded()
	for k := sp.end; k < len(f.tokens); k++ {
		if g := sent.scanner().gap(k); strings.Contains(g, ":") || strings.Contains(g, "—") || strings.Contains(g, "–") {
			return k >= questionLeadWords && !questionOpeners[f.tokens[0].Text]
		}
	}
	return false
}

// questionLeadWords is how many words a statement before a question's
// colon holds at least: a shorter one is a headline's topic.
const questionLeadWords = 6

// asksWhy reports whether the question a phrase stands in asks why: a
// word of whyOpeners opens the sentence, or the part after the last colon
// before the phrase ("a simple question: why was an overloaded ferry
// allowed to sail?"), and no word of whyModals follows it ("Why would
// anyone think ...?").
func asksWhy(sent *sentence, sp span) bool {
	sc := sent.scanner()
	k := 0
	for j := sp.start; j > 0; j-- {
		if strings.Contains(sc.gap(j), ":") {
			k = j
			break
		}
	}
	p := sc.phraseAt(k, whyOpeners)
	if p == nil || whyModals[sc.tok(k+len(p))] {
		return false
	}
	for j := k + len(p); j < sp.start; j++ {
		if whyStoppers[sc.tok(j)] {
			return false // "Why do some passengers believe the ferry was overloaded?"
		}
	}
	return true
}

// whyStoppers ([why-stoppers]) between a why-opener and the phrase make
// it what someone believes, says or must prove.
var whyStoppers = lexicon.Set("why-stoppers")

// whyOpeners ([why-openers]) open a question that asks why, which takes
// what it asks about for granted.
var whyOpeners = phrases("why-openers")

// whyModals ([why-modals]) right after a why-opener make the question
// ask what may be: "Why would anyone think the ferry was overloaded?".
var whyModals = lexicon.Set("why-modals")

// questionOpeners open a question: "Did", "Was", "Why".
var questionOpeners = lexicon.Set("question-openers")

// firstOfOverlapping keeps, of mentions that overlap ("a NATO member" and
// "NATO member"), the one whose phrase has the most words, then the one
// listed first: "ruled out a cyberattack", a refutation, outweighs the
// "cyberattack" it holds.
func firstOfOverlapping(ms []stanceMention, tokens int) []stanceMention {
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].words > ms[order[b]].words })
	taken := make([]bool, tokens)
	keep := make([]bool, len(ms))
	for _, k := range order {
		m := ms[k]
		free := true
		for i := m.start; i < m.end && free; i++ {
			free = !taken[i]
		}
		if !free {
			continue
		}
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
		keep[k] = true
	}
	var out []stanceMention
	for k, m := range ms {
		if keep[k] {
			out = append(out, m)
		}
	}
	return out
}

// denialCue returns the first word of the denial d of the phrase at sp:
// before it ("no evidence that ..."), or right after it ("cyberattack
// ruled out").
func denialCue(sent *sentence, d, sp span) string {
	if d.start == sp.start {
		return sent.folded().tokens[sp.end].Text
	}
	return sent.folded().tokens[d.start].Text
}

// denialPhrases deny what follows them in their clause however far, or
// what stands right before them: "there is no evidence that this was the
// result of a cyberattack", "cyberattack ruled out".
var denialPhrases = phrases("denial-phrases")

// denialBefore deny what follows them in their clause, but not what
// stands before them: "a mistake rather than a cyberattack".
var denialBefore = phrases("denial-before")

// denialReachAfter is how many words after a phrase a denial may stand
// and still deny it: "a cyberattack was ruled out".
const denialReachAfter = 3

// denialAround returns the phrase at sp with a phrase of denialPhrases
// that denies it: before it in its clause, or right after it.
func denialAround(sent *sentence, sp span) (span, bool) {
	f, sc := sent.folded(), sent.scanner()
	clause := sp.start  // a token of the phrase's clause
	thatJoined := false // an "and that" between: a clause of what is said, coordinated
	verbJoined := false // an "and" and a verb between, no complementizer before them: a predicate of its own
	rs, re := relativeAside(sent, sp.start)
	for k := sp.start - 1; k >= 0; k-- {
		if k >= rs && k < re {
			continue // "no evidence that the dam, which was built in 1962, has failed"
		}
		if boundaries(f.marks[k], f.marks[clause]) > 0 {
			if clause == sp.start && (listComma(sent, k, sp) || inclusionComma(sent, k, sp)) {
				clause = k // "no evidence that its servers, laptops or keys were compromised", "ruled out every cause, including arson"
			} else if at, ok := denialBeforeThat(sent, k); ok && boundaries(f.marks[k+1], f.marks[sp.start]) == 0 {
				return span{at, sp.end}, true // "keine Hinweise darauf, dass die Lücke ausgenutzt wurde"
			} else {
				break
			}
		}
		if p := sc.phraseAt(k, cliticJoins); p != nil && k+len(p) < sp.start && preteriteAt(sent, k+len(p)) {
			break // "descartó que fuera provocado y lo atribuyó a una línea eléctrica": and, a pronoun, its own verb
		}
		if clauseJoins[sc.tok(k)] && complementizers[sc.tok(k+1)] && k+1 < sp.start {
			thatJoined = true
		}
		if w := sc.tok(k); complementizers[w] {
			verbJoined = false // "no evidence that the servers were breached and accessed data": the "and" is the said clause's
		} else if clauseJoins[w] && k+1 <= sp.start && finiteVerbAt(sc, k+1) {
			verbJoined = true
		}
		if p := sc.phraseAt(k, denialPhrases); p != nil && k+len(p) <= sp.start {
			if thatJoined && !complementizers[sc.tok(k+len(p)-1)] && !complementizers[sc.tok(k+len(p))] {
				break // "no sign of a cyberattack and that the incident was an internal failure": the second "that" is the saying's
			}
			if verbJoined && !complementizers[sc.tok(k+len(p)-1)] {
				break // "found no evidence of hacking and had ruled out a cyberattack": a verb of its own after "and"
			}
			return span{k, sp.end}, true // "no evidence that the servers were breached and that a cyberattack took place"
		}
		if p := sc.phraseAt(k, denialBefore); p != nil && k+len(p) <= sp.start {
			return span{k, sp.end}, true // "an internal mistake rather than a cyberattack"
		}
	}
	for k := sp.end; k < len(f.tokens) && k <= sp.end+denialReachAfter; k++ {
		if boundaries(f.marks[sp.end-1], f.marks[k]) > 0 || clauseJoins[f.tokens[k].Text] {
			break // not "blamed a defective update and ruled out a cyberattack": the denial is the next clause's
		}
		if p := sc.phraseAt(k, denialPhrases); p != nil {
			return span{sp.start, k + len(p)}, true
		}
	}
	if d, ok := verbFinalDenial(sent, sp); ok {
		return d, true
	}
	return separableDenial(sent, sp)
}

// verbFinalDenial returns the span from a phrase to the participle of
// denial that closes its clause, where German and Dutch put it ("Die
// Polizei hat Sabotage als Ursache ausgeschlossen", "heeft sabotage als
// oorzaak uitgesloten"; [verb-final-denials]): within verbFinalReach
// words, no negation ("nicht ausgeschlossen" leaves it open) or clause
// join between.
func verbFinalDenial(sent *sentence, sp span) (span, bool) {
	f := sent.folded()
	toks := f.tokens
	if sc := sent.scanner(); verbFinalPreps[sc.tok(sp.start-1)] || verbFinalPreps[sc.tok(sp.start-2)] {
		return span{}, false // "Nach der Sabotage haben die Ermittler einen Defekt ausgeschlossen", "wegen seiner Verletzung"
	}
	for k := sp.end; k < len(toks) && k <= sp.end+verbFinalReach; k++ {
		if boundaries(f.marks[sp.end-1], f.marks[k]) > 0 || clauseJoins[toks[k].Text] || negations[toks[k].Text] || verbFinalStops[toks[k].Text] {
			return span{}, false
		}
		if verbFinalDenials[toks[k].Text] && (k+1 == len(toks) || boundaries(f.marks[k], f.marks[k+1]) > 0) {
			return span{sp.start, k + 1}, true
		}
	}
	return span{}, false
}

// verbFinalReach is how many words after a phrase the participle that
// closes its clause may stand: "hat Sabotage als Ursache der Explosion
// ausgeschlossen".
const verbFinalReach = 8

// verbFinalDenials ([verb-final-denials]), verbFinalStops
// ([verb-final-stops]) and verbFinalPreps ([verb-final-prepositions]):
// see verbFinalDenial.
var verbFinalDenials, verbFinalStops, verbFinalPreps = lexicon.Set("verb-final-denials"), lexicon.Set("verb-final-stops"), lexicon.Set("verb-final-prepositions")

// preteriteAt reports whether token k is a Spanish verb in the preterite
// as written: "atribuyó", "culparon"; not a subjunctive, "causara", which
// a "que" before still governs ("descartó que ... y le causara daños").
func preteriteAt(sent *sentence, k int) bool {
	w := sent.folded().tokens[k].Text
	return sent.writtenLastAt(k) == 'ó' || strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron")
}

// cliticJoins ([clitic-joins]) open a clause of its own verb: see
// denialAround.
var cliticJoins = phrases("clitic-joins")

// separableDenial returns the phrase at sp with a German or Dutch verb of
// ruling out split around it ([separable-denials]): the verb before or
// after the phrase in its clause, and its particle the clause's last word
// ("Die Werft schließt Sabotage aus", "Sabotage schließt die
// Werft aus", "De werf sluit sabotage uit"); not with a
// negation between, "schließt Sabotage nicht aus", which leaves it
// open.
func separableDenial(sent *sentence, sp span) (span, bool) {
	f, sc := sent.folded(), sent.scanner()
	last := sp.end - 1
	for last+1 < len(f.tokens) && boundaries(f.marks[sp.start], f.marks[last+1]) == 0 {
		last++
	}
	particle := sc.tok(last)
	if last < sp.end || particle == "" {
		return span{}, false
	}
	verb := -1
	for k := sp.start - 1; k >= 0 && boundaries(f.marks[k], f.marks[sp.start]) == 0 && verb < 0; k-- {
		if separableDenials[sc.tok(k)] == particle {
			verb = k
		}
	}
	for k := sp.end; k < last && verb < 0; k++ {
		if separableDenials[sc.tok(k)] == particle {
			verb = k
		}
	}
	if verb < 0 {
		return span{}, false
	}
	for k := min(verb, sp.start) + 1; k < last; k++ {
		if negations[sc.tok(k)] {
			return span{}, false // "schließt Sabotage nicht mehr aus"
		}
	}
	return span{min(verb, sp.start), last + 1}, true
}

// reportedAfter reports whether the clause that token k opens holds a
// verb of reported speech ([reported-speech]: "Daten seien gestohlen
// worden"), what someone is said to have claimed.
func reportedAfter(sent *sentence, k int) bool {
	f := sent.folded()
	for j := k; j < len(f.tokens) && boundaries(f.marks[k], f.marks[j]) == 0; j++ {
		if reportedSpeech[f.tokens[j].Text] {
			return true
		}
	}
	return false
}

// separableParticleOf reports whether token i is the particle of a verb
// of [separable-denials] that stands before it in its clause ("schloss
// ... aus"), not another verb's ("fiel ... aus").
func separableParticleOf(sent *sentence, i int) bool {
	f, sc := sent.folded(), sent.scanner()
	for k := i - 1; k >= 0 && boundaries(f.marks[k], f.marks[i]) == 0; k-- {
		if p, ok := separableDenials[sc.tok(k)]; ok && p == sc.tok(i) {
			return true
		}
	}
	return false
}

// separableDenials are German and Dutch verbs of ruling out, each with
// the particle that ends its clause: see separableDenial.
var separableDenials = lexicon.Pairs("separable-denials")

// separableParticles are the particles of separableDenials: a word that
// is none governs no clause (see splitDenialAt).
var separableParticles = func() map[string]bool {
	out := make(map[string]bool)
	for _, p := range separableDenials {
		out[p] = true
	}
	return out
}()

// A splitClause is what the particle of a split verb of ruling out or
// rejecting governs after it (see splitDenialAt).
type splitClause int

const (
	splitNone     splitClause = iota
	splitThat                 // "schloss aus, dass": the clause it denies
	splitReported             // "wies den Vorwurf zurück, Daten seien gestohlen worden": the claim rejected, or the rejecter's own reason
)

// splitDenialAt reports what token i governs when it is the particle of a
// German or Dutch verb of ruling out or rejecting split from it
// ([separable-denials]), the verb before it in its clause: a said clause
// opening right after it ([that-after-comma]), which it denies as
// "bestritt, dass" does ("Die Polizei schloss aus, dass Daten gestohlen
// wurden", "Der Konzern wies zurück, dass", "De bank wees af dat"), or a
// clause of reported speech (see reportedAfter), which reads two ways:
// "wies den Vorwurf zurück, Daten seien gestohlen worden" rejects it,
// "wies die Schaulustigen zurück, das Gebäude sei einsturzgefährdet"
// gives the police's reason. Not "kehrte zurück, dass", no such verb; nor
// "schloss nicht aus, dass", which the negation before it leaves open.
func splitDenialAt(sent *sentence, i int) splitClause {
	f, sc := sent.folded(), sent.scanner()
	particle := sc.tok(i)
	if !separableParticles[particle] || strings.Trim(sc.gap(i+1), " ,") != "" {
		return splitNone // most words: asked of every word before a phrase
	}
	clause := splitThat
	if !thatAfterComma[sc.tok(i+1)] {
		if !reportedAfter(sent, i+1) {
			return splitNone
		}
		clause = splitReported
	}
	for k := i - 1; k >= 0 && boundaries(f.marks[k], f.marks[i]) == 0; k-- {
		if negations[sc.tok(k)] {
			return splitNone
		}
		if separableDenials[sc.tok(k)] == particle {
			return clause
		}
	}
	return splitNone
}

// denialStance returns how a denial d of a phrase at sp stands: a hedge
// after "to" ("working to rule out a cyberattack"), a denial as of writing
// with a word of a moment ("At this time, we have no evidence that data was
// stolen": it may come out), else a denial.
func denialStance(sent *sentence, sp, d span) stance {
	switch {
	case afterTo(sent, d.start):
		return hedged
	case notYet(sent, sp, false) != "":
		return deniesSoFar
	}
	return denies
}

// afterTo reports whether a phrase of [denials-after-to] starts at token k
// after "to": "working to rule out a cyberattack" is an attempt, "quick to
// rule out" a denial, and the checker does not tell them apart.
func afterTo(sent *sentence, k int) bool {
	sc := sent.scanner()
	return k > 0 && sc.tok(k-1) == "to" && sc.phraseAt(k, denialsAfterTo) != nil
}

// denialsAfterTo ([denials-after-to]) are the phrases of [denial-phrases]
// in the base form, which after "to" may be a purpose or an attempt.
var denialsAfterTo = phrases("denials-after-to")

// thatAfterComma are the words that open, after a comma, the clause a
// phrase of [denial-phrases] before the comma denies: German "dass",
// Dutch "dat", which a comma always parts from their clause.
var thatAfterComma = lexicon.Set("that-after-comma")

// denialBeforeThat returns where a phrase of [denial-phrases] starts that
// ends at token k, or a word before it ("keine Hinweise darauf"), when a
// word of [that-after-comma] opens the clause after token k, and whether
// there is one.
func denialBeforeThat(sent *sentence, k int) (int, bool) {
	sc := sent.scanner()
	if !thatAfterComma[sc.tok(k+1)] || strings.TrimSpace(sc.gap(k+1)) != "," {
		return 0, false
	}
	for j := k; j >= k-1 && j >= 0; j-- {
		if p := sc.phraseBefore(j+1, denialPhrases); p != nil {
			return j + 1 - len(p), true
		}
	}
	return 0, false
}

// stillStates are the words that, with a negation, make it a state at the
// time of writing that may change: "hasn't conceded yet", "still has not
// conceded".
var stillStates = lexicon.Set("still-states")

// stillConcessives: see linkingStill.
var stillConcessives = lexicon.Set("still-concessives")

// stillPhrases make a statement a state at a moment of a story that goes
// on, as stillStates do: "no injuries had been reported as of Friday".
var stillPhrases = phrases("still-phrases")

// notYet returns the phrase of stillPhrases, or with words a word of
// stillStates, that stands in the clause of the phrase at sp, before or
// after it, or opens the sentence ("So far, nobody ..."), or "".
func notYet(sent *sentence, sp span, words bool) string {
	f, sc := sent.folded(), sent.scanner()
	open := 0
	if len(f.tokens) > 0 && stillStates[f.tokens[0].Text] && linkingStill(sc, 0) {
		open = 1 // "Still, as of Friday, no one has been arrested"
	}
	for k := range f.tokens {
		w := span{k, k + 1}
		if p := sc.phraseAt(k, stillPhrases); p != nil && !sc.inCompound(k, len(p)) {
			w.end = k + len(p)
		} else if !words || !stillStates[f.tokens[k].Text] || linkingStill(sc, k) {
			continue
		}
		if w.start == open || !sent.leavesClause(first(w, sp), second(w, sp), false) && !thatBetween(f.tokens, sp.end, w.start) {
			return f.norm.S[f.tokens[w.start].Start:f.tokens[w.end-1].End] // "So far, nobody has been arrested"
		}
	}
	return ""
}

// inCompound reports whether the n words from token k stand in a word
// joined by hyphens: "up-to-date" holds no "to date".
func (sc scanner) inCompound(k, n int) bool {
	for j := k; j <= k+n; j++ {
		if j > 0 && j < len(sc.toks) && sc.gap(j) == "-" {
			return true
		}
	}
	return false
}

// thatBetween reports whether a complementizer stands from token from up to
// token to: the words after it are another clause, said or thought ("had
// reached no pharmacy, she said, adding that investigators were still
// checking").
func thatBetween(toks []text.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if complementizers[toks[k].Text] {
			return true
		}
	}
	return false
}

// plainDenial reports whether only auxiliaries, fillers and words of a
// moment stand between a negation at token at and the phrase at sp ("has
// not yet been met", "no one has been arrested"; with noun, after "no",
// up to negatedNounReach words of the noun it denies first: "no patients
// have been harmed so far"; a passive verb of reporting, "no one has been
// reported ill so far"), so that the phrase is
// what is denied, not a saying or a confirming of it ("aún no han
// confirmado si las sirenas sonaron").
func plainDenial(sent *sentence, at int, sp span, noun bool) bool {
	toks := sent.folded().tokens
	from := at + 1
	if noun && nounNegations[toks[at].Text] {
		from = min(at+1+negatedNounReach, sp.start) // "no patients have been harmed so far": the noun it denies
		for k := at + 1; k < from; k++ {
			if auxiliaries[toks[k].Text] {
				from = k
			}
		}
	}
	between := toks[from:sp.start]
	if k := subjectPhrase(between); k > 0 {
		between = between[k:] // "None of the medicines has reached pharmacies yet": the phrase saying whom
	}
	for k, t := range between {
		ofPronoun := k >= 1 && between[k-1].Text == "of" && pronounsAfterOf[t.Text] // "none of which has yet been found"
		if !auxiliaries[t.Text] && !pronounFillers[t.Text] && !stillStates[t.Text] && t.Text != "one" && t.Text != "t" && !ofPronoun && !passiveReport(between, k) {
			return false
		}
	}
	return true
}

// anyNounOf reports whether a verb, a word of [negative-polarity], a noun
// of [polarity-nouns] (reports, signs: not "details", "mention", which
// presuppose what they are of) and "of" are all that stand between a negation at token at and
// the phrase at sp (auxiliaries aside): "To date, the firm has not
// received any reports of adverse events" denies the events as "no
// reports of" does, a state as of writing.
func anyNounOf(sent *sentence, at int, sp span) bool {
	sc := sent.scanner()
	k := at + 1
	for k < sp.start && auxiliaries[sc.tok(k)] {
		k++
	}
	f := sent.folded()
	return k+4 == sp.start && negativePolarity[sc.tok(k+1)] && polarityNouns[sc.tok(k+2)] && sc.tok(k+3) == "of" && boundaries(f.marks[at], f.marks[sp.start]) == 0
}

// negativePolarity and polarityNouns ([negative-polarity],
// [polarity-nouns]): see anyNounOf.
var negativePolarity, polarityNouns = lexicon.Set("negative-polarity"), lexicon.Set("polarity-nouns")

// predicativeAs reports whether the words between a negation at token at
// and a phrase at sp are a verb in -ing, its object and "as" right before
// the phrase, with no comma: "are not treating the blast as suspicious",
// "is not regarding the fire as arson" deny what the thing is taken for.
func predicativeAs(sent *sentence, at int, sp span) bool {
	sc := sent.scanner()
	v := at + 1
	for v < sp.start && (stillStates[sc.tok(v)] || strings.HasSuffix(sc.tok(v), "ly") && !negationCancellers[sc.tok(v)]) {
		v++ // "not yet treating", "not currently treating"
	}
	if sp.start-v < 2 || sp.start-v > 6 || sc.tok(sp.start-1) != "as" || !strings.HasSuffix(sc.tok(v), "ing") {
		return false
	}
	for k := at + 1; k <= sp.start; k++ {
		if !plainGap(sc.gap(k)) {
			return false
		}
	}
	return true
}

// negatedNounReach is how many words a noun phrase after a negating
// determiner ("no patient harm") may take before the auxiliaries of a
// plain denial.
const negatedNounReach = 2

// linkingStill reports whether the word of stillStates at token k links
// its sentence to the one before rather than dating a state: "Yet" opening
// a sentence, "and yet", "Still," with a comma ("but still has not paid"
// dates one), or a word of [still-concessives] after it ("aun así", even
// so).
func linkingStill(sc scanner, k int) bool {
	switch {
	case stillConcessives[sc.tok(k+1)] && plainGap(sc.gap(k+1)):
		return true // "Aun así, la policía no descarta", "ainda que": even so, though
	case k > 0:
		return sc.tok(k) == "yet" && coordinators[sc.tok(k-1)] // "and yet"; "but still has not" is a state
	}
	return sc.tok(k) == "yet" || strings.HasPrefix(sc.gap(k+1), ",")
}

// compoundPrefix reports whether the negation at token i opens a chain of
// words joined by hyphens that ends before the phrase at sp: "the no-fly
// zone was imposed", "les sans-abri ont été relogés", "Nicht-EU-Bürger
// wurden abgeschoben" deny nothing of what follows. A phrase inside the
// chain is denied ("a not-guilty verdict", "the never-approved drug"), and
// "no-one" is the pronoun "no one".
func compoundPrefix(sent *sentence, i int, sp span) bool {
	sc := sent.scanner()
	j := i
	for j+1 < len(sc.toks) && sc.gap(j+1) == "-" {
		j++
	}
	if j == i || negatingPronounAt(sent, j) == j-i+1 {
		return false
	}
	return sp.start > j
}

// contractedNot reports whether token i is the "t" of "n't": "didn't".
func contractedNot(sent *sentence, i int) bool {
	f := sent.folded()
	return f.tokens[i].Text == "t" && i > 0 && strings.HasSuffix(f.tokens[i-1].Text, "n") && f.norm.S[f.tokens[i-1].End:f.tokens[i].Start] == "'"
}

// negationHedged reports whether the negation at token i reads two ways: a
// word of [negation-hedgers] right after it ("not just", "didn't just"),
// or a phrase of [negation-hedge-phrases] that opens with it ("sans
// doute", probably) or with the word before it ("would never have").
func negationHedged(sent *sentence, i int) bool {
	sc := sent.scanner()
	return negationHedgers[sc.tok(i+1)] || sc.phraseAt(i, negationHedgePhrases) != nil || i > 0 && sc.phraseAt(i-1, negationHedgePhrases) != nil
}

// negationCancelled reports whether a word of [negation-cancellers]
// stands right after the negation at token i, or after one word of
// [canceller-gaps], with no mark between: "not only", "ohne Zweifel", "pas
// de doute", "no hay duda", "sans aucun doute"; not "keine, nur der
// Fahrer", whose comma ends the negation's clause.
func negationCancelled(sent *sentence, i int) bool {
	sc := sent.scanner()
	if sc.phraseAt(i, cancelledNegations) != nil {
		return true // "Non a caso il governo ha vietato": not by chance
	}
	k := i + 1
	for k <= i+maxCancellerGaps && !negationCancellers[sc.tok(k)] && cancellerGaps[sc.tok(k)] && plainGap(sc.gap(k)) {
		k++ // "pas de doute", "non c'è dubbio"
	}
	if !plainGap(sc.gap(k)) {
		return false // "Verletzte gab es keine, nur der Fahrer erlitt einen Schock": the comma ends the negation's clause
	}
	if presenceWords[sc.tok(k)] {
		return presenceAfter[sc.tok(k+1)] && sc.tok(k+3) != "to" && sc.tok(k+4) != "to" && sc.tok(k+2) != "that" // "not there for the course record", not "not there to reopen the plant"
	}
	return negationCancellers[sc.tok(k)]
}

// presenceWords, right after a negation, say where someone was, which the
// negation is about, when a word of presenceAfter follows: "were not there
// for the course record" (the record happened); presenceAfter: see
// negationCancelled.
var presenceWords, presenceAfter = lexicon.Set("presence-words"), lexicon.Set("presence-after")

// maxCancellerGaps is how many words of cancellerGaps may stand between a
// negation and its canceller.
const maxCancellerGaps = 2

// negationHedgePhrases and cancellerGaps: see negationHedged and
// negationCancelled.
var negationHedgePhrases, cancellerGaps = phrases("negation-hedge-phrases"), lexicon.Set("canceller-gaps")

// cancelledNegations ([cancelled-negations]) are a negation and the words
// after it that negate nothing: "non a caso".
var cancelledNegations = phrases("cancelled-negations")

// negatingPronouns deny only their predicate: "Nobody was arrested".
var negatingPronouns = lexicon.Set("negating-pronouns")

// negationCancellers right after a negation make it none: "not only";
// negationHedgers make it read two ways: "not just", "sans doute".
var negationCancellers, negationHedgers = lexicon.Set("negation-cancellers"), lexicon.Set("negation-hedgers")

// negatingPronounAt returns how many words the negating pronoun that ends
// at token i holds: 1 for a word of [negating-pronouns] ("nobody"), the
// length of a phrase of [negating-pronoun-phrases] ("no one"), or 0.
func negatingPronounAt(sent *sentence, i int) int {
	if negatingPronouns[sent.folded().tokens[i].Text] {
		return 1
	}
	return len(sent.scanner().phraseBefore(i+1, negatingPronounPhrases))
}

// negatingPronounPhrases are negating pronouns of more than one word.
var negatingPronounPhrases = phrases("negating-pronoun-phrases")

// believedBetween reports whether the words between a negating pronoun and
// a phrase hold a verb of [belief-verbs] ("Nobody can confirm", "Nothing
// suggests"), not as an adjective after a determiner ("None of the
// confirmed victims").
func believedBetween(between []text.Token) bool {
	for k, t := range between {
		if beliefVerbs[t.Text] && (k == 0 || !determiners[between[k-1].Text]) && !passiveReport(between, k) {
			return true
		}
	}
	return false
}

// deniedSaying reports whether the words between a negating pronoun and a
// phrase hold a "that" with no verb of knowing or seeing before it ("No
// one should pretend that"): the pronoun denies the saying, and what is
// said is uncertain. "Nobody saw that" asserts it.
func deniedSaying(between []text.Token) bool {
	for _, t := range between {
		switch {
		case t.Text == "that":
			return true
		case perceptionVerbs[t.Text] && !beliefVerbs[t.Text]:
			return false
		}
	}
	return false
}

// pronounFillers may stand between a negating pronoun and the phrase it
// denies: auxiliaries and adverbs ("Nobody has so far been arrested"),
// and "of the", "in the" before the noun that says whom ("None of the
// systems were shut down").
var pronounFillers = lexicon.Set("pronoun-fillers")

// pronounsAfterOf ([pronouns-after-of]) after "none of" stand for the
// noun it counts: "none of which has been found".
var pronounsAfterOf = lexicon.Set("pronouns-after-of")

// passiveReport reports whether the word at k of those between a negating
// pronoun and a phrase is a verb of [passive-reports] in the passive
// ([passive-auxiliaries] before it): "No one has been reported ill"
// denies the illness, as "No one has been ill" does.
func passiveReport(between []text.Token, k int) bool {
	return k > 0 && passiveReports[between[k].Text] && passiveAuxiliaries[between[k-1].Text]
}

// passiveReports, passiveAuxiliaries: see passiveReport.
var passiveReports, passiveAuxiliaries = lexicon.Set("passive-reports"), lexicon.Set("passive-auxiliaries")

// predicateOf reports whether the words between a negating pronoun and a
// phrase leave the phrase its predicate: only fillers, and one noun after
// "of" or "in" and a determiner with an auxiliary after it ("None of the
// systems were shut down"). "Nobody else", "Nothing but", "Nobody doubts
// the cyberattack", "None of the people arrested" (the phrase describes
// the noun) and "Nobody had a cyberattack plan" (a determiner before the
// phrase: an object) leave it none.
func predicateOf(between []text.Token) bool {
	noun, aux := false, false
	if k := subjectPhrase(between); k > 0 {
		between, noun = between[k:], true // "Nobody on board was injured"
	}
	for k, t := range between {
		switch {
		case auxiliaries[t.Text]:
			aux = true
		case pronounFillers[t.Text] || len(t.Text) > 4 && strings.HasSuffix(t.Text, "ly"):
			// "Nobody has so far been arrested", "No one was seriously injured"
		case passiveReport(between, k):
			// "No one has been reported ill", "no one is known to be sick"
		case k >= 2 && (between[k-2].Text == "of" || between[k-2].Text == "in") && determiners[between[k-1].Text]:
			noun, aux = true, false // the noun of "none of the systems"
		case k >= 1 && between[k-1].Text == "of" && pronounsAfterOf[t.Text]:
			noun, aux = true, false // "none of which has been found", "none of them were hurt"
		case !aux && pastForm(t.Text) && k+1 < len(between) && auxiliaries[between[k+1].Text]:
			noun = true // "Nothing already stored will be deleted": a participle of the subject, an auxiliary after it
		case aux && (t.Text == "or" || t.Text == "nor" || k+1 < len(between) && (between[k+1].Text == "or" || between[k+1].Text == "nor")):
			// "No one was killed or hurt": the negated subject's predicate goes on past "or"
		case (k >= len(between)-2 || between[k+1].Text == "to") && predicateVerb(between[k:]):
			return true // "No one suffered serious injuries", "suffered an injury"
		case aux && predicateParticiples[t.Text] && predicateTail(between[k+1:]):
			return true // "Nobody was taken to hospital": the phrase the participle's object
		default:
			return false
		}
	}
	switch state := stateIn(between); {
	case state == "aux":
		return !noun || aux // "No one was in a serious condition": a state, the predicate
	case state == "pronoun":
		return true // "seven were taken to hospital, none of them in a serious condition"
	}
	if n := len(between); n > 0 && (determiners[between[n-1].Text] || between[n-1].Text == "of" || between[n-1].Text == "in") {
		return false
	}
	return !noun || aux
}

// narrowedAfter returns the word that makes a denial ending before token
// k hold for some only, or "": a word of [exception-words] after it in the
// sentence ("No one was injured except the driver", "Niemand verkeerde in
// levensgevaar, behalve de bestuurder" deny nothing of the one excepted),
// or a phrase of [denial-restrictors] right after it ("No one was injured
// among the passengers", "Nobody died at the scene": someone else, or
// later, may have been).
func narrowedAfter(sent *sentence, k int) string {
	sc := sent.scanner()
	if r := sc.phraseAt(k, denialRestrictors); r != nil && plainGap(sc.gap(k)) && !sc.anyIn(k+len(r), min(len(sc.toks), k+len(r)+widenReach), widenings) {
		return sc.tok(k) // not "at the scene or afterwards", "en el lugar ni después"
	}
	for j := k; j < len(sc.toks); j++ {
		if coordinators[sc.tok(j)] && !widenings[sc.tok(j)] {
			return "" // "Nobody was hurt, and all services except the night bus resumed": another clause's exception
		}
		if exceptionWords[sc.tok(j)] || sc.phraseAt(j, exceptionPhrases) != nil {
			return sc.tok(j)
		}
	}
	return ""
}

// widenings ([denial-widenings]) after a restrictor widen the denial
// again ("at the scene or afterwards"); widenReach is how many words after
// the restrictor they are looked for.
var widenings = lexicon.Set("denial-widenings")

const widenReach = 6

// opensDenial reports whether a refuting phrase opens with a word that
// denies that any such thing was ("no injuries", "Nobody was hurt",
// "Nadie resultó herido"): a negating pronoun or a word of
// [existence-denials].
func opensDenial(sent *sentence, sp span) bool {
	return existenceDenials[sent.folded().tokens[sp.start].Text] || negatingPronounAt(sent, sp.start) > 0
}

// exceptionWords, exceptionPhrases, denialRestrictors and
// existenceDenials: see narrowedAfter and opensDenial.
var (
	exceptionWords, exceptionPhrases    = lexicon.Set("exception-words"), phrases("exception-phrases")
	denialRestrictors, existenceDenials = phrases("denial-restrictors"), lexicon.Set("existence-denials")
)

// stateIn reports whether the words between a negating pronoun and a
// phrase end with "in" and perhaps an article, the phrase a state: after
// an auxiliary ("aux": "No one was in a serious condition") or right after
// the pronoun of "none of them" with no verb ("pronoun": "none of them in
// a life-threatening condition"); or "". "Nobody had a plan" ends with an
// article after no "in": an object.
func stateIn(between []text.Token) string {
	j := len(between) - 1
	if j >= 0 && determiners[between[j].Text] {
		j--
	}
	if slices.ContainsFunc(between, func(t text.Token) bool { return relativeWords[t.Text] }) {
		return "" // "None of those who were in a serious condition has died": a clause on the subject
	}
	switch {
	case j < 1 || between[j].Text != "in":
		return ""
	case auxiliaries[between[j-1].Text]:
		return "aux"
	case j == 2 && between[0].Text == "of" && pronounsAfterOf[between[1].Text]:
		return "pronoun"
	}
	return ""
}

// verbAfterNoun reports whether the words between a negating pronoun and a
// phrase are a preposition of [pronoun-preps] and a noun phrase of a few
// words, so that the phrase stands where the verb of "none of the fires"
// would: "None of the fires injured anyone".
func verbAfterNoun(between []text.Token) bool {
	if len(between) < 2 || !pronounPreps[between[0].Text] || len(between) > subjectPhraseReach {
		return false
	}
	for _, t := range between[1:] {
		if w := t.Text; auxiliaries[w] || negations[w] || complementizers[w] || perceptionVerbs[w] || pronounPreps[w] || !isLetters(w) && !isDigits(w) {
			return false
		}
	}
	last := between[len(between)-1].Text
	return !determiners[last] && !isDigits(last)
}

// objectDenied reports whether a phrase that ends its clause is the object
// of a verb after the noun of "none of the" at token i: "None of the lost
// containers held hazardous goods", "none of the manifests listed
// dangerous goods" deny that any held them. "None of the fires injured"
// (the noun alone before the phrase) is left to the rules after.
func objectDenied(sent *sentence, i int, sp span) bool {
	f := sent.folded()
	between := f.tokens[i+1 : sp.start]
	ends := sp.end == len(f.tokens) || boundaries(f.marks[sp.end-1], f.marks[sp.end]) > 0
	return ends && len(between) >= 4 && determiners[between[1].Text] && verbAfterNoun(between)
}

// participleNext reports whether what follows a phrase at token end makes
// it a participle that describes the noun before it, not the verb of the
// sentence: an auxiliary a few words on ("None of the people injured were
// children", "arrested a week ago has been"), a preposition ("injured in
// the crash"), or the end of the clause.
func participleNext(sent *sentence, end int) bool {
	f := sent.folded()
	w := f.tokens[end].Text
	if objectPrepositions[w] || pronounPreps[w] || boundaries(f.marks[end-1], f.marks[end]) > 0 {
		return true
	}
	for k := end; k < len(f.tokens) && k <= end+clauseVerbReach; k++ {
		if auxiliaries[f.tokens[k].Text] {
			return true // "None of the protesters arrested a week ago has been charged"
		}
	}
	return false
}

// auxiliaryAfter reports whether an auxiliary stands in the clause of a
// phrase that ends at token end, up to clauseVerbReach words on: the
// phrase is then a participle describing the noun before it ("None of
// the people arrested on Friday was charged").
func auxiliaryAfter(sent *sentence, end int) bool {
	f := sent.folded()
	for k := end; k < len(f.tokens) && k <= end+clauseVerbReach; k++ {
		if boundaries(f.marks[end-1], f.marks[k]) > 0 {
			return false
		}
		if auxiliaries[f.tokens[k].Text] {
			return true
		}
	}
	return false
}

// clauseVerbReach is how many words after a participle on a noun the
// clause's own verb may stand: "arrested a week ago has".
const clauseVerbReach = 4

// pronounObjects, right after the verb of "none of the fires", make it the
// verb that the pronoun denies: "None of the fires injured anyone".
// predicateArticles after a verb of [predicate-verbs] leave the phrase its
// predicate: "No one suffered an injury".
var pronounObjects, predicateArticles = lexicon.Set("pronoun-objects"), lexicon.Set("predicate-articles")

// predicateVerb reports whether the last one or two words before a phrase
// are a verb of [predicate-verbs] and perhaps a word that describes the
// phrase ("suffered serious" injuries): then the phrase is what the
// pronoun denies. Any other verb leaves it alone: "No one regrets
// evacuating", "No one escaped injury" deny nothing of the evacuation or
// the injury.
func predicateVerb(ws []text.Token) bool {
	if !predicateVerbs[ws[0].Text] {
		return false
	}
	for k, t := range ws[1:] {
		if predicateTail(ws[k+1:]) {
			return true // "needed to go to the hospital": the phrase the object of its preposition
		}
		if t.Text == "to" && k+2 < len(ws) {
			continue // "No one needed to go to hospital": an infinitive after the verb
		}
		if w := t.Text; determiners[w] && !predicateArticles[w] || objectPrepositions[w] || pronounPreps[w] || complementizers[w] || negations[w] {
			return false
		}
	}
	return true
}

// predicateTail reports whether the words between a negating pronoun's
// verb and the phrase are a preposition of [predicate-tail-prepositions]
// and articles at most: the phrase is the verb's object ("to", "to the",
// "in"). None at all is none.
func predicateTail(ws []text.Token) bool {
	if len(ws) == 0 || !predicateTailPrepositions[ws[0].Text] {
		return false
	}
	for _, t := range ws[1:] {
		if !determiners[t.Text] {
			return false
		}
	}
	return true
}

// predicateTailPrepositions and predicateParticiples: see predicateTail
// and predicateOf.
var predicateTailPrepositions, predicateParticiples = lexicon.Set("predicate-tail-prepositions"), lexicon.Set("predicate-participles")

// predicateVerbs: see predicateVerb.
var predicateVerbs = lexicon.Set("predicate-verbs")

// subjectPhrase returns the length of a phrase after a negating pronoun
// that says whom it means, up to the auxiliary after it: a preposition of
// [pronoun-preps] and a few words ("on board", "among the 24 crew", "of
// the 24 crew members"), or 0.
func subjectPhrase(between []text.Token) int {
	if len(between) < 2 || !pronounPreps[between[0].Text] {
		return 0
	}
	content, noun := 0, false // noun: the word before was a noun of the phrase
	start := 1
	if len(between) > 2 && pronounPrepNouns[between[1].Text] {
		start = 2 // "nobody on board the ship": "board" is the preposition's
	}
	extra := 0 // a second preposition's words: "of the technicians aboard the trains"
	joined, nouns := 0, subjectPhraseNouns
	for k := start; k < len(between) && k <= subjectPhraseReach+start-1+extra+joined; k++ {
		w := between[k].Text
		switch {
		case auxiliaries[w] || predicateVerbs[w]:
			return k // "was", "suffered": the predicate
		case negations[w] || complementizers[w] || noun && strings.HasSuffix(w, "ed") || perceptionVerbs[w]:
			return 0 // "Nobody on the bridge noticed ...", "None of the officers knew ...": a verb of its own
		case w == "but" || joined > 0 && (isDigits(w) || smallNumbers[w] != 0) && k+1 < len(between) && between[k+1].Text == "of":
			return 0 // "None of the staff but two customers", "none of the guards and two of the customers": a count of its own
		case determiners[w] || isDigits(w) || smallNumbers[w] != 0:
			if noun {
				return 0 // "None of the officers saw two crew were": a second noun phrase, a verb between
			}
		case pronounPreps[w] && k > start && noun && extra == 0:
			noun, extra = false, secondPrepWords // "of the technicians aboard the empty trains"
		case coordinators[w] || pronounFillers[w]:
			if coordinators[w] && noun && joined == 0 {
				joined, nouns = secondPrepWords, nouns+joinedNouns // "of the three staff members and two customers in the shop"
			}
			noun = false // "the crew or the pilots", "of the"
		default:
			if content++; content > nouns {
				return 0
			}
			noun = true
		}
	}
	if len(between) <= subjectPhraseReach && noun {
		return len(between) // "None of these pills" right before the phrase: "reached a pharmacy" is the predicate
	}
	return 0
}

// beliefVerbs after a negating pronoun leave what follows neither
// asserted nor denied: "Nobody believes crew were hurt". Knowing and seeing
// ("Nobody knew crew were hurt") still assert it.
var beliefVerbs = lexicon.Set("belief-verbs")

// perceptionVerbs end the phrase after "none of": "None of the officers
// knew crew were injured" denies the knowing.
var perceptionVerbs = lexicon.Set("perception-verbs")

// subjectPhraseNouns is how many words but determiners and figures the
// phrase after "nobody on" may hold: "on board", "of the Filipino crew
// members".
const subjectPhraseNouns = 4

// subjectPhraseReach is how many words the phrase after "none of" or
// "nobody on" may hold.
const subjectPhraseReach = 6

// joinedNouns is how many more nouns a second noun phrase joined by a
// coordinator adds to subjectPhraseNouns (and secondPrepWords more words
// to subjectPhraseReach): "None of the staff and two customers in the
// shop was hurt".
const joinedNouns = 2

// secondPrepWords is how many more words a second preposition's phrase
// adds to subjectPhraseReach: "None of the technicians aboard the empty
// trains was hurt".
const secondPrepWords = 3

// pronounPreps open the phrase after a negating pronoun that says whom it
// means: "nobody on board", "none among the crew"; pronounPrepNouns right
// after one belong to it ([pronoun-prep-nouns]: "on board the ship").
var pronounPreps, pronounPrepNouns = lexicon.Set("pronoun-preps"), lexicon.Set("pronoun-prep-nouns")

// auxiliaries are the verbs that may stand between a negating pronoun and
// its predicate: "None of the systems were shut down".
var auxiliaries = lexicon.Set("auxiliaries")

// demandedAt reports whether a phrase of [demand-phrases] at token i asks
// for the phrase at sp, its object within demandReach words after it:
// "pushed for a discount for residents", "lobbied for a ban".
func demandedAt(sc scanner, i int, sp span) bool {
	p := sc.phraseAt(i, demandPhrases)
	return p != nil && sp.start >= i+len(p) && sp.start <= i+len(p)+demandReach && sc.plainRun(i, sp.start+1)
}

// demandPhrases ([demand-phrases]) and demandReach: see demandedAt.
var demandPhrases = phrases("demand-phrases")

const demandReach = 2

// hedgeAdjectives ([hedge-adjectives]) right before a phrase, or
// hedgeAdjectiveReach words before it, make it what may be: "a possible
// walkout", "a possible Russian cyberattack".
var hedgeAdjectives = lexicon.Set("hedge-adjectives")

const hedgeAdjectiveReach = 2

// cueBefore finds the cue governing a phrase, and its token: the nearest
// negation, attribution or hedge among the cueWindow words before it,
// within its clause. A negation outweighs the others; one before a
// complementizer ("pretend that", "explain how") hedges the phrase instead
// of denying it.
func cueBefore(sent *sentence, sp span) (int, stance) {
	at, kind := sp.start, asserts
	reach, embedded, coordinated, governed := cueWindow, false, false, false // embedded: a complementizer stands between, "no one ... pretend that"
	rs, re := relativeAside(sent, sp.start)                                  // "its wallets, which are kept offline, had been": it counts no words
	clause := sp.start                                                       // a token of the phrase's clause, or of a list that is its subject (see listComma)
	for i := outsideAside(sp.start-1, rs, re); i >= 0 && i >= sp.start-reach-(re-rs); i = outsideAside(i-1, rs, re) {
		split := splitDenialAt(sent, i)
		if boundaries(sent.folded().marks[i], sent.folded().marks[clause]) > 0 && !inAside(sent, i, sp) && split == splitNone && !intoListSubject(sent, i, sp, &clause, &reach) || sayingCoordinated(sent, i, sp) {
			return cueAtBoundary(sent, sp, i, at, kind, reach)
		}
		governed = governed || governingVerbs[sent.folded().tokens[i].Text] // a verb of belief or a modal between a negation and the phrase
		w, n := sent.folded().tokens[i].Text, negatingPronounAt(sent, i)
		neg := negations[w] && !nameNegation(sent, i) || split == splitThat || neNegation(sent.scanner(), i) || neitherNor(sent, i, sp) // "schloss aus, dass": the particle denies as "bestritt, dass" does; "n'est plus"
		if n > 0 && !coordinated {
			if k, st, done := pronounCue(sent, i, n, sp); done {
				return k, st
			} else if k < i {
				i = k + 1 // the pronoun denies no such phrase: go on before it
				continue
			}
		}
		switch {
		case adverbialOpeners[w] && kind == asserts && !sent.commaBetween(i, sp.start) && negationBefore(sent, i):
			return i, hedged // "had no warning before the dam had failed", "will not reopen until inspectors have approved": a clause of its own, which the cue before may or may not reach
		case split == splitReported:
			return i, hedged // "wies ... zurück, das Gebäude sei einsturzgefährdet": a claim rejected, or a reason given
		case w == "no" && !noNegates(sent): // Portuguese "no segundo corte": "in the"
		case complementizers[w] && i > 0 && coordinators[sent.folded().tokens[i-1].Text]:
			coordinated, embedded, reach = true, true, cueWindow+embeddedReach // "no ransom was paid and that passwords were exposed": no negation before reaches it
		case coordinated && neg && saidBefore(sent, i) && thatAfterNoun(sent, i):
			return i, hedged // "said it denied the reports that appeared online and that ...": which "that" is it?
		case coordinated && (nounNegations[w] || n > 0 || saidBefore(sent, i) && !governsThat(sent, i)):
			// "says no ransom was paid and that ...", "said it rejected the
			// demand and that ...": a negation inside the first clause said
			// ("denied it was hacked and that it paid" still denies both)
		case complementizers[w] && (i < sp.start-1 || !demonstratives[w]) && !modalQue[sent.scanner().tok(i-1)]: // not "No hay que lamentar"
			embedded, reach = true, cueWindow+embeddedReach // "claims by a group last year that ..."
			governed = false                                // a modal after "that" is the said clause's: "denied that the merger would lead to"
			if hedges[w] && kind == asserts {
				at, kind = i, hedged // "whether": a question, and "has not said whether" turns the saying
			}
		case neg && (compoundPrefix(sent, i, sp) || prepositionNegations[w] && withoutEnded(sent, i, sp)):
			// "The no-fly zone was imposed": the negation is the compound's; "customers without backups have lost their data": the noun's
		case (neg || contractedNot(sent, i)) && joinedAway(sent, i, sp):
			return sp.start, asserts // "told patients not to panic and to keep taking their pills": the negation is the first clause's
		case (neg || contractedNot(sent, i)) && (negationHedged(sent, i) || governed || kind == hedged):
			return i, hedged // "not just banned but taxed", "sans doute"; "cannot confirm the flaw was exploited", "is not expected to approve"
		case (neg || contractedNot(sent, i)) && negationCancelled(sent, i):
			// "not only", "nicht nur", "without doubt", "il ne fait pas de doute", "no hay duda": no negation
		case (neg || contractedNot(sent, i)) && denialBetween(sent, i, sp):
			return i, hedged // "have not ruled out a cyberattack": a denial denied leaves it open
		case neg || contractedNot(sent, i) || otherDenyingPronouns[w] && otherDenial(sent, i, sp): // "Nessuno è rimasto ferito"
			return negatedAt(sent, i, sp, embedded)
		default:
			at, kind = mildCueOr(sent, i, sp, at, kind)
		}
	}
	return finalCue(sent, sp, at, kind, reach)
}

// neitherNor reports whether token i is the second word of a pair of
// [neither-nor] in the phrase's clause ("Ni los pasajeros ni el conductor
// resultaron heridos"), or follows a word of [negative-concord] there
// ("Ninguno de los tripulantes ni los prácticos resultaron heridos"), not before a word of [neither-nor-stops] ("ni más
// ni menos"), and with no word of [concord-stops] between it and the
// phrase ("Ni el gobierno ni el regulador explicaron por qué quebró").
func neitherNor(sent *sentence, i int, sp span) bool {
	sc, marks := sent.scanner(), sent.folded().marks
	if !neitherNorWords[sc.tok(i)] || neitherNorStops[sc.tok(i+1)] {
		return false
	}
	if neitherNorSingles[sc.tok(i+1)] || evenWords[sc.tok(i+1)] && neitherNorSingles[sc.tok(i+2)] {
		return true // "Ni un solo pasajero", "nem um único", "ni siquiera un pasajero": not a single one
	}
	stop, governing := false, false
	for k := i + 1; k < sp.start; k++ {
		stop, governing = stop || concordStops[sc.tok(k)], governing || governingVerbs[sc.tok(k)]
	}
	if stop && !governing {
		return false // "Ni el alcalde ni el concejal sabían que la presa había fallado": what they did not know was so
	}
	for j := i - 1; j >= 0 && boundaries(marks[j], marks[i]) == 0; j-- {
		if neitherNorWords[sc.tok(j)] || negativeConcord[sc.tok(j)] {
			return true // "Ni los pasajeros ni ...", "Ninguno de los tripulantes ni los prácticos"
		}
	}
	return false
}

// neitherNorWords, neitherNorStops, neitherNorSingles and evenWords: see
// neitherNor.
var neitherNorWords, neitherNorStops, neitherNorSingles, evenWords = lexicon.Set("neither-nor"), lexicon.Set("neither-nor-stops"), lexicon.Set("neither-nor-singles"), lexicon.Set("neither-nor-even")

// umlautHedge reports whether token i is a German modal of the
// subjunctive, "könnte", "dürfte", "würde", "müsste": a word of
// [umlaut-hedges] written with its umlaut, which folding drops ("konnte",
// "wurde" are past tenses that assert).
func umlautHedge(sent *sentence, i int) bool {
	if !umlautHedges[sent.scanner().tok(i)] {
		return false
	}
	r := sent.writtenRune(sent.folded().tokens[i].Start + 1)
	return r == 'ö' || r == 'ü' || r == 'Ö' || r == 'Ü'
}

// umlautHedges: see umlautHedge.
var umlautHedges = lexicon.Set("umlaut-hedges")

// neNegation reports whether token i is a word of [ne-negations] one or
// two words after French "ne" or "n'": "n'est plus pris en charge", "ne
// le prend plus" deny as "pas" does; "plus" alone is more, and "ne ...
// plus que" is "only" ([ne-exceptions]: "il ne reste plus que trois
// survivants").
func neNegation(sc scanner, i int) bool {
	return neNegations[sc.tok(i)] && (neParticles[sc.tok(i-1)] || neParticles[sc.tok(i-2)]) && !neExceptions[sc.tok(i+1)]
}

// neNegations, neParticles and neExceptions: see neNegation.
var (
	neNegations, neParticles = lexicon.Set("ne-negations"), lexicon.Set("ne-particles")
	neExceptions             = lexicon.Set("ne-exceptions")
)

// outsideAside returns token i, or the token before the aside [rs, re)
// when i stands in it: the words of an aside count for no cue.
func outsideAside(i, rs, re int) int {
	if i >= rs && i < re {
		return rs - 1
	}
	return i
}

// negationBefore reports whether a word of [negations] stands in the
// clause of token i, up to cueWindow words before it.
func negationBefore(sent *sentence, i int) bool {
	f := sent.folded()
	sc := sent.scanner()
	for k := i - 1; k >= 0 && k >= i-cueWindow && boundaries(f.marks[k], f.marks[i]) == 0; k-- {
		if negations[f.tokens[k].Text] && !strings.HasPrefix(sc.gap(k+1), "-") {
			return true // not a compound's, "the no-fly zone was imposed before"
		}
	}
	return false
}

// adverbialOpeners ([adverbial-openers]) open a clause of time, cause or
// concession: whether a negation before one reaches the phrase after it is
// not parsed, and the phrase is a hedge (see cueBefore).
var adverbialOpeners = lexicon.Set("adverbial-openers")

// mildCueOr returns the mild cue at token i (see mildCue) when no cue but
// the phrase's own assertion was found so far, else the cue found.
func mildCueOr(sent *sentence, i int, sp span, at int, kind stance) (int, stance) {
	if k, cue, ok := mildCue(sent, i, sp); ok && kind == asserts {
		return k, cue
	}
	return at, kind
}

// withoutEnded reports whether a finite verb (a word of
// [finite-auxiliaries], or a past form not after a word of
// [nonfinite-auxiliaries]) stands
// after a word of [preposition-negations] at token i and the word after
// it, before the phrase at sp or as its first word, with no relative
// pronoun between: "Customers without backups lost their data", "clients
// without a plan have lost their data" deny nothing; "without losing
// their data", "without anyone having lost data" still do.
func withoutEnded(sent *sentence, i int, sp span) bool {
	sc := sent.scanner()
	for k := i + 2; k <= sp.start; k++ {
		w := sc.tok(k)
		switch {
		case clauseRelatives[w]:
			return false // "without a single customer who lost their data": the relative's verb
		case nonfiniteAuxiliaries[sc.tok(k-1)]:
			// "without anyone having lost their data": no finite verb
		case finiteAuxiliaries[w] || finiteVerbAt(sc, k) && objectAfter(sc, k+1):
			return true
		}
	}
	return false
}

// finiteVerbAt reports whether token k is a verb of its own: a word of
// [finite-auxiliaries] ("had"), or a past form that a determiner, a
// pronoun or a word of [verb-particles] follows ("ruled out", "lost
// their data", "blamed the"); not one before a bare noun or ending its
// clause, which describes a noun ("forced entry", "without any data
// lost").
func finiteVerbAt(sc scanner, k int) bool {
	w := sc.tok(k)
	if finiteAuxiliaries[w] {
		return true
	}
	if !participleWord(w) || k+1 >= len(sc.toks) || !plainGap(sc.gap(k+1)) {
		return false
	}
	next := sc.tok(k + 1)
	return determiners[next] || pronouns[next] || verbParticles[next]
}

// verbParticles ([verb-particles]) after a past form make it a verb: see
// finiteVerbAt.
var verbParticles = lexicon.Set("verb-particles")

// objectAfter reports whether an object starts at token k after a past
// form: a determiner or a pronoun, not one before a unit of time ("lost
// their data"; not "lost in the process", "lost this time").
func objectAfter(sc scanner, k int) bool {
	if !determiners[sc.tok(k)] && !pronouns[sc.tok(k)] {
		return false
	}
	u := unitLexicon.lookup(sc.tok(k + 1))
	return u == nil || u.base != "second"
}

// prepositionNegations ([preposition-negations]) and finiteAuxiliaries
// ([finite-auxiliaries]): see withoutEnded.
var prepositionNegations, finiteAuxiliaries = lexicon.Set("preposition-negations"), lexicon.Set("finite-auxiliaries")

// nonfiniteAuxiliaries ([nonfinite-auxiliaries]) before a past form make
// it no finite verb: see withoutEnded.
var nonfiniteAuxiliaries = lexicon.Set("nonfinite-auxiliaries")

// pronounCue settles the cue of a negating pronoun of n words that ends
// at token i before a phrase at sp, when it is done: what no one believes
// or says is hedged, "None of the lost containers held hazardous goods"
// denies. Otherwise it returns the token before the pronoun when the
// pronoun denies no such phrase ("Nobody has claimed responsibility for
// the cyberattack"), or i, the pronoun, whose negation cueBefore reads.
func pronounCue(sent *sentence, i, n int, sp span) (int, stance, bool) {
	toks := sent.folded().tokens
	switch {
	case believedBetween(toks[i+1 : sp.start]):
		return i - n + 1, hedged, true // "None of the doctors think crew were hurt": what no one believes or says, neither asserted nor denied
	case objectDenied(sent, i, sp):
		return i - n + 1, denies, true // "None of the lost containers held hazardous goods"
	case verbAfterNoun(toks[i+1:sp.start]) && sp.end < len(toks) && !participleNext(sent, sp.end):
		if pronounObjects[toks[sp.end].Text] {
			return i - n + 1, denies, true // "None of the fires injured anyone"
		}
		return i - n + 1, hedged, true // "None of the fires injured firefighters", or the firefighters the fires injured?
	case subjectPhrase(toks[i+1:sp.start]) == sp.start-i-1 && !auxiliaryAfter(sent, sp.end):
		return i - n + 1, denies, true // "Nothing from this shipment reached a pharmacy"; not "None of the people arrested on Friday was charged"
	case !predicateOf(toks[i+1 : sp.start]):
		if deniedSaying(toks[i+1:sp.start]) || n > 1 && !negations[toks[i-n+1].Text] {
			return i - n + 1, hedged, true // "No one should pretend that": the saying is denied, the phrase uncertain; "personne n'a vu": what it denies is not parsed
		}
		return i - n, asserts, false // the subject is denied, not the phrase; and "no" of "no one" with it
	case n > 1 && !negations[toks[i-n+1].Text]:
		return i - n + 1, denies, true // "Personne n'a été blessé": no word of it a negation the loop would find
	}
	return i, asserts, false
}

// cueAtBoundary is the cue of a phrase whose clause token i ends, the
// last word before a clause boundary: a German clause of reported speech
// after a verb of denial or a negated verb of confirming or saying before
// its comma ("bestritt, es habe Verletzte gegeben", "hat nicht bestätigt,
// es gebe Verletzte") is a claim denied or doubted, or the denier's own
// reason, so the phrase hedges; else the cue found so far (see finalCue).
func cueAtBoundary(sent *sentence, sp span, i, at int, kind stance, reach int) (int, stance) {
	sc := sent.scanner()
	if strings.TrimSpace(sc.gap(i+1)) == "," && reportedAfter(sent, i+1) {
		neg, governed := -1, false
		for j := i; j >= max(0, i-2); j-- {
			if denialVerbs[sc.tok(j)] {
				return j, hedged // "bestritt, es habe"
			}
			if attributions[sc.tok(j)] || reportedHearsay[sc.tok(j)] {
				return j, reports // "war behauptet worden, die Gruppe sei ohne Führer unterwegs gewesen", "hieß es, ein Schüler sei gestorben"
			}
			if negations[sc.tok(j)] && neg < 0 {
				neg = j
			}
			governed = governed || governingVerbs[sc.tok(j)] || j == i && separableParticleOf(sent, i) // "schloss nicht aus, es seien"; not "fiel nicht aus"
		}
		if neg >= 0 && governed {
			return neg, hedged // "hat nicht bestätigt, es habe"; not "wurde nicht beschädigt, es habe lediglich einen Fehlalarm gegeben"
		}
	}
	return finalCue(sent, sp, at, kind, reach)
}

// reportedHearsay ([reported-hearsay]) before a comma and German reported
// speech make what it says hearsay, as an attribution there does.
var reportedHearsay = lexicon.Set("reported-hearsay")

// finalCue settles the cue cueBefore found at token at: a negated
// attribution hedges ("Nobody is claiming this was a cyberattack": no
// one's claim, no denial either); with none found, a cue further back
// may govern the phrase (see cueFarBefore).
func finalCue(sent *sentence, sp span, at int, kind stance, reach int) (int, stance) {
	if kind == reports && reportDenied(sent, at, sp) {
		return at, deniedReport(sent, at, sp) // "Early reports that a cable had broken are incorrect": the source denies the report
	}
	if kind == reports && (negatedBefore(sent, at) && !claimedCredit[sent.scanner().tok(at+1)] || deniedRelativeReport(sent, at)) {
		return at, hedged
	}
	if kind == reports && reportPredicate(sent, at, sp) {
		kind = asserts // "said reports that the firm will take over are incorrect": the source's word on the report
	}
	if kind != asserts {
		return at, kind
	}
	if k, cue := cueFarBefore(sent, sp, reach); cue == reports && reportDenied(sent, k, sp) {
		return k, deniedReport(sent, k, sp)
	} else if cue != reports || !reportPredicate(sent, k, sp) {
		return k, cue
	}
	return sp.start, asserts
}

// reportDenied reports whether the report noun at token k, whose claim
// holds the phrase, is said after the phrase to be wrong: a verb of being
// of [report-copulas], up to two words of [report-denial-fillers], and a
// word of [report-denials] ("Early reports that a cable had broken are
// incorrect", "Reports of arrests were completely false"), or denied in
// the passive, a word of [denied-participles] after the verb of being,
// "by" and who denied it after at most ("Rumours that divers found bones
// were quickly denied by the institute").
func reportDenied(sent *sentence, k int, sp span) bool {
	sc := sent.scanner()
	if !reportNouns[sc.tok(k)] {
		return false
	}
	for j := sp.end; j < len(sc.toks); j++ {
		if strings.ContainsAny(sc.gap(j), ",;:") {
			return false // "Reports that the dam had failed were confirmed, and fears that ... proved unfounded": another clause's
		}
		if !reportCopulas[sc.tok(j)] && !reportDenialVerbs[sc.tok(j)] {
			continue
		}
		for d := j + 1; d <= j+3 && d < len(sc.toks); d++ {
			if reportDenials[sc.tok(d)] || deniedParticiples[sc.tok(d)] && reportCopulas[sc.tok(j)] {
				return d+1 == len(sc.toks) || strings.ContainsAny(sc.gap(d+1), ".,;:!?") || deniedParticiples[sc.tok(d)] && sc.tok(d+1) == "by" && !sc.anyIn(d+2, clauseEnd(sc, d+2), rumourConfirmed) // "were wrong", "were denied by the institute", not "were wrong have been confirmed", "denied by the firm and confirmed by police"
			}
			if !reportDenialFillers[sc.tok(d)] {
				break
			}
		}
	}
	return false
}

// reportDenials, reportDenialVerbs and reportDenialFillers: see
// reportDenied.
var reportDenials, reportDenialVerbs, reportDenialFillers = lexicon.Set("report-denials"), lexicon.Set("report-denial-verbs"), lexicon.Set("report-denial-fillers")

// deniedReport is the stance of a phrase in a report the sentence denies
// (see reportDenied): the source's own denial, or one it reports when a
// verb of saying or "according to" stands outside the report's claim
// ("Officials say reports that the firm was hacked are wrong": the
// accused often deny what is so).
func deniedReport(sent *sentence, k int, sp span) stance {
	sc := sent.scanner()
	for j := range sc.toks {
		if (j < k || j >= sp.end) && (sayingVerbs[sc.tok(j)] || sc.tok(j) == "according") {
			return reportsDenial
		}
	}
	return deniesReport
}

// clauseEnd returns the token after the last of the clause that token i
// stands in: the next that punctuation opens, or the sentence's end.
func clauseEnd(sc scanner, i int) int {
	for j := i + 1; j < len(sc.toks); j++ {
		if strings.ContainsAny(sc.gap(j), ".,;:!?") {
			return j
		}
	}
	return len(sc.toks)
}

// deniedParticiples ([denied-participles]): see reportDenied.
var deniedParticiples = lexicon.Set("denied-participles")

// reportPredicate reports whether a phrase is what a sentence says of a
// report noun at token k, not part of the report: a verb of being that
// opens it after the report's clause has a verb of its own ("Reports that
// the firm will take over are incorrect" for the phrase "are incorrect",
// not "Claims that the cub is female" for "is female").
func reportPredicate(sent *sentence, k int, sp span) bool {
	sc := sent.scanner()
	if !reportNouns[sc.tok(k)] || !reportCopulas[sc.tok(sp.start)] {
		return false
	}
	for j := k + 1; j < sp.start; j++ {
		if w := sc.tok(j); auxiliaries[w] || reportCopulas[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true // the report's clause has its verb: "that the firm will take over | are incorrect"
		}
	}
	return false // "Claims that the cub is female": the verb of being is the claim's own
}

// reportCopulas ([report-copulas]) are the verbs of being that open what
// a sentence says of its subject.
var reportCopulas = lexicon.Set("report-copulas")

// claimedCredit, right after a verb of claiming, make it a claim of a
// deed, which presupposes the deed: "Nobody has claimed responsibility
// for the cyberattack" (there was one).
var claimedCredit = lexicon.Set("claimed-credit")

// negatedBefore reports whether a negation stands up to three words before
// token at, in its clause: "Nobody is claiming", "did not allege".
func negatedBefore(sent *sentence, at int) bool {
	f := sent.folded()
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		if boundaries(f.marks[k], f.marks[at]) > 0 {
			return false
		}
		if negations[f.tokens[k].Text] || contractedNot(sent, k) {
			return true
		}
	}
	return false
}

// relativeAttributions ([relative-attributions]) open, after a noun of a
// report, what the report says: "las informaciones según las cuales",
// "reports according to which", "les rumeurs selon lesquelles".
var relativeAttributions = phrases("relative-attributions")

// deniedRelativeReport reports whether the attribution at token at opens a
// phrase of [relative-attributions] whose report a verb of denial earlier
// in the clause denies, up to farNegationReach words before and no
// coordinator between (a particle, "no tardó en confirmar", is none): "La policía negó las
// informaciones difundidas en redes sociales según las cuales el fuego
// habría sido provocado" neither asserts nor attributes the arson.
func deniedRelativeReport(sent *sentence, at int) bool {
	f := sent.folded()
	if sent.scanner().phraseAt(at, relativeAttributions) == nil {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-farNegationReach; k-- {
		w := f.tokens[k].Text
		if boundaries(f.marks[k], f.marks[at]) > 0 || coordinators[w] {
			return false // "desmintió que hubiera heridos y confirmó las informaciones según las cuales"
		}
		if negations[w] && !negationParticles[w] && !nounNegations[w] {
			return true // a verb of denial, not "no es la primera vez que circulan"
		}
	}
	return false
}

// denialBetween reports whether a phrase of denialPhrases ("ruled out")
// stands between a negation at token i and the phrase at sp: "have not
// ruled out a cyberattack" denies the denial, and asserts nothing.
func denialBetween(sent *sentence, i int, sp span) bool {
	sc := sent.scanner()
	for k := i + 1; k < sp.start; k++ {
		if p := sc.phraseAt(k, denialPhrases); p != nil && k+len(p) <= sp.start {
			return true
		}
	}
	return false
}

// reportThat reports whether "that" follows the report noun at token i,
// right after it or after a few words of [report-fillers] that say where
// the report stands: "reports on social media that", "rumours in the
// local press that"; after a word of hearsayMarkers before the noun or
// of reportSpreads after it, up to maxReportPlaceWords words of where it
// stands ("reports circulating on social media that").
func reportThat(toks []text.Token, i int) bool {
	unconfirmed := i > 0 && hearsayMarkers[toks[i-1].Text] // "unconfirmed reports on a maritime radio channel that"
	place := false                                         // a preposition of [report-places] opened where the report stands: any words of a name or a noun go on
	if i+1 < len(toks) && reportSpreads[toks[i+1].Text] {
		unconfirmed, i = true, i+1 // "reports circulating on social media that"
	}
	for j := i + 1; j < len(toks) && j <= i+1+maxReportFillers || place && j <= i+1+maxReportPlaceWords; j++ {
		w := toks[j].Text
		if reportThatWords[w] {
			return true
		}
		place = place || unconfirmed && reportPlaces[w]
		if !reportFillers[w] && !(place && isLetters(w) && !auxiliaries[w] && !sayingVerbs[w] && !negations[w]) {
			return false
		}
	}
	return false
}

// reportedSpeech ([reported-speech]) in a sentence that a report noun
// opens make what follows them the report's claim: "Gerüchte, ein Gast
// sei gestorben, wies die Polizei zurück".
var reportedSpeech = lexicon.Set("reported-speech")

// reportPlaces ([report-places]) open where a report stands, after which
// any words of a noun may come before "that", when a word of
// [hearsay-markers] stands before the report: "unconfirmed reports on a
// maritime radio channel that"; not "Reports from the agency that
// monitors the river show", whose "that" opens a relative clause.
var reportPlaces = lexicon.Set("report-places")

// maxReportPlaceWords is how many words may stand between a report noun
// and "that" when a word of reportPlaces opens them.
const maxReportPlaceWords = 6

// reportFillers, reportThatWords and maxReportFillers: see reportThat.
var reportFillers, reportThatWords = lexicon.Set("report-fillers"), lexicon.Set("report-that")

const maxReportFillers = 4

// mildCue returns the cue that a word other than a negation, at token i,
// gives the phrase at sp after it, and its token: a word of
// hedgeAdjectives right before it, an attribution (but a verb of
// its own, "called for a medical timeout", "passengers can claim a full
// refund"), hearsay ("Everyone said the dam broke", "people are saying"),
// or a hedge (not "who needed treatment during a medical timeout").
func mildCue(sent *sentence, i int, sp span) (int, stance, bool) {
	toks := sent.folded().tokens
	w := toks[i].Text
	switch {
	case hedgeAdjectives[w] && i >= sp.start-1-hedgeAdjectiveReach && sent.scanner().plainRun(i, sp.start+1):
		return i, hedged, true // "a possible walkout", "a possible Russian cyberattack", "una possibile adesione"
	case demandedAt(sent.scanner(), i, sp):
		return i, hedged, true // "Opponents had pushed for a discount for residents": wanted, not had
	case umlautHedge(sent, i):
		return i, hedged, true // "Die Säure könnte in den Fluss gelangen": what might happen
	case attributions[w] && (sent.scanner().phraseAt(i, phrasalAttributions) != nil || claimRequest(sent, i)):
		return 0, asserts, false
	case attributions[w] || reportedTo[w] && i+1 < len(toks) && toks[i+1].Text == "to":
		return i, reports, true
	case reportNounAt(toks, i):
		return i, reports, true // "Reports that bus fares would rise are wrong", "asked about reports that": a report's claim, not the source's
	case reportedSpeech[w] && reportNouns[toks[0].Text]:
		return i, reports, true // "Gerüchte, ein Gast sei gestorben": the comma German sets, no "dass"
	case saidVerbs[w] || w == "saying" || otherSayingVerbs[w] || hearsayVerbs[w]:
		if k := hearsayBefore(sent, i); k >= 0 {
			return k, reports, true
		}
	case backshiftedBelief(sent, i):
		return 0, asserts, false // "Police said they believed he had acted alone": their view now
	case hedges[w] && (!hedgesAfterBe[w] || i > 0 && auxiliaries[toks[i-1].Text] && !perfectAuxiliaries[toks[i-1].Text]): // not "he had needed all three attempts"
		return i, hedged, true
	case seemHedges[w] && !negatedBefore(sent, i):
		return i, hedged, true // "messages appear to have been lost"; not "No one appears to have been hurt"
	}
	return 0, asserts, false
}

// backshiftedBeliefs ([backshifted-beliefs]) after a pronoun that a past
// verb of saying ([backshift-sayings]) governs, with or without "that" and
// a few words between, are a view held now, told in the past; not in a
// sentence with a word of [backshift-stops] ("at first", "until").
var backshiftedBeliefs, backshiftSayings, backshiftStops = lexicon.Set("backshifted-beliefs"), lexicon.Set("backshift-sayings"), lexicon.Set("backshift-stops")

// backshiftedBelief reports whether token i is a belief told in the past
// tense of a saying: "said they believed", "told reporters that he
// thought" (the words between hold no comma: they are one clause).
func backshiftedBelief(sent *sentence, i int) bool {
	sc := sent.scanner()
	if !backshiftedBeliefs[sc.tok(i)] || i < 2 || !subjectPronouns[sc.tok(i-1)] {
		return false
	}
	if sc.holdsAny(backshiftStops) {
		return false // "said they believed at first", "a view they have since abandoned"
	}
	for k := i - 2; k >= 0 && k >= i-3-sayingReach; k-- {
		if backshiftSayings[sc.tok(k)] && sc.plainRun(k, i+1) {
			return true // "said on Tuesday night that they believed", "told reporters that he thought"
		}
	}
	return false
}

// sayingReach is how many words may stand between a verb of saying and
// the "that" or the pronoun of what it says: "told reporters on Tuesday
// that".
const sayingReach = 4

// noneAnswers reports whether a label that ends with the phrase is
// answered after its colon by a word of [none-answers] that ends the
// sentence or its clause (a comma or a semicolon after it), and returns the phrase with the stance that answer gives it:
// "Messages lost: none." denies it, "Deaths: none reported" denies it as
// of writing.
func noneAnswers(sent *sentence, sp span) (stanceMention, bool) {
	sc := sent.scanner()
	k := sp.end
	if k >= len(sc.toks) || strings.TrimSpace(sc.gap(k)) != ":" || !noneWords[sc.tok(k)] {
		return stanceMention{}, false
	}
	stance := denies
	if k+1 < len(sc.toks) && !strings.ContainsAny(sc.gap(k+1), ",;.:()–—") { // "Punitive damages: none; the court found ..." ends the answer
		if !noneAfter[sc.tok(k+1)] {
			return stanceMention{}, false // "Lost: none of the customer data, but logs" goes on
		}
		stance = deniesSoFar
	}
	return stanceMention{span: span{sp.start, k + 1}, stance: stance, cue: sc.tok(k), words: sp.end - sp.start}, true
}

// noneRefuted returns a refuting phrase that a label answered by none
// (sm, see noneAnswers):
// "Flights cancelled: 0" asserts the claim that none were; "Deaths: none
// reported", a state as of writing, is too uncertain to count.
func noneRefuted(sm stanceMention) stanceMention {
	if sm.stance == denies {
		sm.stance = asserts
	} else {
		sm.stance = doubtful
	}
	return sm
}

// noneWords ([none-answers]) answer a label with none; noneAfter
// ([none-answers-after]) may follow them: "none reported".
var noneWords, noneAfter = lexicon.Set("none-answers"), lexicon.Set("none-answers-after")

// seemHedges ([seem-hedges]) hedge what appears or seems so, unless a
// negation stands right before them.
var seemHedges = lexicon.Set("seem-hedges")

// claimRequest reports whether the attribution at token i is a verb of
// asking for something: after a modal or "to" ([request-before]), with a
// thing one asks for within three words after it ([request-objects]):
// "you can claim a full refund", not "went on to claim the vote was
// rigged".
func claimRequest(sent *sentence, i int) bool {
	sc := sent.scanner()
	if i == 0 || !requestVerbs[sc.tok(i)] || !requestBefore[sc.tok(i-1)] {
		return false
	}
	for k := i + 1; k <= i+3; k++ {
		if requestObjects[sc.tok(k)] {
			return true
		}
	}
	return false
}

// requestVerbs and requestBefore: see claimRequest.
var requestVerbs, requestBefore, requestObjects = lexicon.Set("request-verbs"), lexicon.Set("request-before"), lexicon.Set("request-objects")

// phrasalAttributions are the words of attributions that, with the word
// after them, make a verb of their own: "called for a timeout".
var phrasalAttributions = phrases("phrasal-attributions")

// hedgesAfterBe are hedges only after a form of "be" or another
// auxiliary: "151 seats are needed for a majority", not "who needed
// treatment during a medical timeout".
var hedgesAfterBe = lexicon.Set("hedges-after-be")

// hearsaySubjects, right before a verb of saying, make what is said
// hearsay: "Everyone said the dam broke", "some say", "people are saying".
var hearsaySubjects = lexicon.Set("hearsay-subjects")

// hearsayMarkers, in the words right before a verb of saying, make its
// subject hearsay however long it is: "unconfirmed reports on social media
// say" ([hearsay-markers]).
var hearsayMarkers = lexicon.Set("hearsay-markers")

// reportSpreads ([report-spreads]) after a report noun say it goes round,
// as hearsayMarkers before it do: see reportThat.
var reportSpreads = lexicon.Set("report-spreads")

// hearsayMarkerReach is how many words before a verb of saying
// hearsayBefore looks for a word of hearsayMarkers.
const hearsayMarkerReach = 6

// rumourClauseStops ([rumour-clause-stops]) between a rumour and a verb of
// saying open a clause of its own, whose subject is the sayer: "Rumours
// swirled for hours before the head teacher said", "Accusations flew as
// the mayor said".
var rumourClauseStops = lexicon.Set("rumour-clause-stops")

// rumourSubjectReach is how many words before a verb of saying a noun of
// [rumour-nouns] that opens its clause may stand and make the verb's
// words hearsay.
const rumourSubjectReach = 10

// opensClause reports whether only determiners, articles and words of
// [hearsay-markers] or [hearsay-places] stand before token k in its clause,
// from the sentence's start or a comma: "Rumours", "Des rumeurs",
// "Unconfirmed online rumours" are a subject; "Amid rumours the head
// said" names no sayer.
func opensClause(sent *sentence, k int) bool {
	sc := sent.scanner()
	for j := k; j > 0; j-- {
		if !plainGap(sc.gap(j)) {
			return strings.Contains(sc.gap(j), ",")
		}
		if w := sc.tok(j - 1); !determiners[w] && !sceneTermArticles[w] && !hearsayMarkers[w] && !hearsayPlaces[w] {
			return false
		}
	}
	return true
}

// hearsayBefore returns the token of a word of hearsaySubjects right
// before the verb of saying at token i, or before an auxiliary there
// ("people are saying"), or of [hearsay-markers] or a noun of rumour
// opening its clause in its subject (see rumourSubjectReach), or -1.
func hearsayBefore(sent *sentence, i int) int {
	toks := sent.folded().tokens
	sc := sent.scanner()
	ownClause := true // no word between that opens another clause, whose subject says
	for k := i - 1; k >= 0 && k >= i-rumourSubjectReach && plainGap(sc.gap(k+1)); k-- {
		if hearsayMarkers[toks[k].Text] && k >= i-hearsayMarkerReach {
			return k // "Unconfirmed reports on social media say one of the crew was hurt"
		}
		if rumourNouns[toks[k].Text] && ownClause && opensClause(sent, k) {
			return k // "Rumours circulating on social media said a pupil had died"
		}
		w := toks[k].Text
		ownClause = ownClause && !subordinateOpeners[w] && !otherClauseOpeners[w] && !coordinators[w] && !rumourClauseStops[w]
	}
	reach, aside, nouns := hearsayReach, false, 0
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		if m := commaAsideStart(sc, k); !plainGap(sc.gap(k+1)) && !aside && m > 0 {
			reach, aside, k = reach+k-m+1, true, m-1 // "Qualcuno, nei primi giorni, ha parlato di": a short aside between commas
		} else if g := sc.gap(k + 1); !plainGap(g) && g != "' " && g != "’ " {
			return -1 // "Acme, which employs 3,000 people, said": the aside ends there; not "Some passengers' relatives have said"
		}
		w := toks[k].Text
		opens := firstWord(toks, k) // "23:20 Some relatives have said": a live blog's stamp before it
		if (hearsaySubjects[w] && nouns == 0 || hearsayQuantifiers[w] && (nouns == 0 || opens || !plainGap(sc.gap(k)))) && (opens || !isDigits(toks[k-1].Text) && units[toks[k-1].Text] == 0) {
			return k // a quantifier and its noun open their clause: "Some residents said"; not "Within a few hours engineers said"
		}
		if auxiliaries[w] || otherAuxiliaries[w] || hearsayPlaces[w] {
			continue
		}
		if u := unitLexicon.lookup(w); u != nil && u.base == "second" {
			break // "Enkele uren later sprak de politie": a phrase of time, the sayer after the verb
		}
		if nouns++; nouns > hearsayNouns || unicode.IsUpper(sent.writtenAt(k)) || !isLetters(w) {
			break // "the ministry said", "Acme said": a sayer named or official
		}
	}
	return -1
}

// hearsayQuantifiers ([hearsay-quantifiers]) are hearsay subjects, alone
// or with a noun after them: "some residents said", "algunos vecinos
// dijeron".
var hearsayQuantifiers = lexicon.Set("hearsay-quantifiers")

// hearsayNouns is how many words may stand between a word of
// hearsayQuantifiers and its verb of saying.
const hearsayNouns = 2

// commaAsideStart returns the first token of a short aside that a comma
// closes after token end, opened by a comma at most hearsayAsideWords
// words before ("Someone, in the first hours, said"), or -1.
func commaAsideStart(sc scanner, end int) int {
	if sc.gap(end+1) != ", " {
		return -1
	}
	for m := end; m > 0 && m > end-hearsayAsideWords; m-- {
		if g := sc.gap(m); g == ", " {
			return m
		} else if !plainGap(g) {
			return -1
		}
	}
	return -1
}

// hearsayAsideWords is how many words an aside between a hearsay subject
// and its verb may hold: see commaAsideStart.
const hearsayAsideWords = 4

// otherAuxiliaries ([other-auxiliaries]) may stand between a hearsay
// subject and its verb in other languages: "qualcuno ha detto".
var otherAuxiliaries = lexicon.Set("other-auxiliaries")

// hearsayVerbs ([hearsay-verbs]) are verbs of talk that make what follows
// hearsay after a hearsay subject only: "someone spoke of an earthquake".
var hearsayVerbs = lexicon.Set("hearsay-verbs")

// hearsayPlaces ([hearsay-places]) may stand between a hearsay subject and
// its verb: "people in the chat are saying", "some on social media said".
var hearsayPlaces = lexicon.Set("hearsay-places")

// hearsayReach is how many words an auxiliary and a place may take between
// a hearsay subject and its verb.
const hearsayReach = 5

// joinedAway reports whether a coordinator that opens a clause of its own
// stands between a negation at token i and a phrase: before "to" or a verb
// of saying ("not to panic and to keep taking", "no illness had been
// linked and told patients to keep taking"), or a subject of its own ("no
// objects will be lifted and the site will stay closed").
func joinedAway(sent *sentence, i int, sp span) bool {
	toks := sent.folded().tokens
	doSupport := i > 0 && doForms[toks[i-1].Text]
	sc := sent.scanner()
	object := nounNegations[toks[i].Text] && i > 0 && (finiteAuxiliaries[toks[i-1].Text] || participleWord(toks[i-1].Text)) // "found no evidence", "had no sign"
	for k := i + 1; k < sp.start; k++ {
		if !clauseAnds[toks[k].Text] {
			continue
		}
		if object && finiteVerbAt(sc, k+1) {
			return true // "had found no evidence of hacking and had ruled out a cyberattack": the negation is the object's
		}
		if next := toks[k+1].Text; next == "to" || saidVerbs[next] || doSupport && pastForm(next) && !pastForm(toks[k-1].Text) {
			return true // "did not take it lightly and pointed to the extra aid", "did not uphold the charge and acquitted him": under "did not" a verb would be bare; not "did not get arrested and charged", participles joined
		}
		if k+3 < sp.start && determiners[toks[k+1].Text] && isLetters(toks[k+2].Text) && auxiliaries[toks[k+3].Text] {
			return true // "No objects will be lifted and the site will ...": a clause with a subject of its own
		}
		if v := namedSubjectEnd(sent, k+1); v > k+1 && v < sp.start && (pastForm(toks[v].Text) || auxiliaries[toks[v].Text]) && shortNegatedClause(sent, i, k) {
			return true // "Croatia weren't finished and Babic prodded home an equaliser": a subject named, and its verb
		}
	}
	return false
}

// shortNegatedClause reports whether the negation at token i is a verb's
// ("not", "never", "n't") and the coordinator at token k ends its clause
// within shortClauseWords words, none of them a complementizer, a verb of
// saying or an auxiliary: "weren't finished and", "did not give up and";
// not "never suggested that Acme and", "does not claim the pilot was tired
// and", where the negation reaches into what is said.
func shortNegatedClause(sent *sentence, i, k int) bool {
	toks := sent.folded().tokens
	if w := toks[i].Text; w != "not" && w != "never" && !contractedNot(sent, i) || k-i > shortClauseWords {
		return false
	}
	for j := i + 1; j < k; j++ {
		if w := toks[j].Text; complementizers[w] || sayingVerbs[w] || auxiliaries[w] {
			return false
		}
	}
	return true
}

// shortClauseWords is how many words a negated clause may hold after its
// negation before "and" opens one of its own: "did not give up and".
const shortClauseWords = 4

// namedSubjectEnd returns the token after a subject that starts at token
// k: a pronoun of [pronouns] that is no possessive, or up to
// namedSubjectWords words written with a capital ("Tomislav Babic"); k
// when there is none.
func namedSubjectEnd(sent *sentence, k int) int {
	toks := sent.folded().tokens
	if k < len(toks) && pronouns[toks[k].Text] && toks[k].Text != "its" && toks[k].Text != "his" && toks[k].Text != "their" {
		return k + 1
	}
	end := k
	for end < len(toks) && end-k < namedSubjectWords && isLetters(toks[end].Text) && unicode.IsUpper(sent.writtenAt(end)) && plainGap(sent.scanner().gap(end)) {
		end++
	}
	return end
}

// namedSubjectWords is how many capitalised words a subject named in a
// clause of its own may hold.
const namedSubjectWords = 3

// doForms ([do-forms]) carry a negation before a bare verb: "did not
// take".
var doForms = lexicon.Set("do-forms")

// pastForm reports whether a word is a past form in -ed: "pointed".
func pastForm(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") && isLetters(w) }

// clauseAnds open a clause of its own before "to", a verb of saying, or a
// subject of its own (a determiner, a noun and an auxiliary);
// not "or", which carries a negation on: "not to panic or to stop taking".
var clauseAnds = lexicon.Set("clause-ands")

// governingVerbs, between a negation and a phrase, take the negation for
// themselves: "who cannot patch should assume the flaw was exploited",
// "cannot confirm the flaw was exploited" neither deny nor assert it.
var governingVerbs = lexicon.Set("governing-verbs")

// cueFarBefore returns the cue of a phrase that no word within reach
// before it turns: an attribution right before a "that" further back, a
// condition in words, or a negation further back in its clause; else it
// asserts.
func cueFarBefore(sent *sentence, sp span, reach int) (int, stance) {
	if k := deniedClaimThat(sent, sp); k >= 0 {
		return negatedAt(sent, k, sp, true) // "denied a claim, made in a column this week, that staff had been let go"
	}
	if k := attributedFar(sent, sp); k >= 0 {
		return k, reports // "His campaign alleged that about 400 postal ballots from the ward had been excluded"
	}
	if k := hedgePhraseBefore(sent, sp, reach); k >= 0 {
		return k, hedged // "in the event that the siren is sounded"
	}
	if k := farNegation(sent, sp, sp.start-reach); k >= 0 {
		if j, ok := farPronounDenial(sent, k, sp); ok {
			return j, denies // "None of the three staff members in the shop was injured"
		}
		if disjoinedUnder(sent, k, sp) {
			return negatedAt(sent, k, sp, false) // "was not the result of a cyberattack or any other external intrusion": neither
		}
		return k, hedged // "no specific and credible information to suggest there are ties to terrorism": the negation may govern it
	}
	if k := negationBeforeAsideThat(sent, sp); k >= 0 {
		return k, hedged // "no sign, as far as he knew, that the code had been touched"
	}
	return sp.start, asserts
}

// deniedClaimThat returns a verb of [denial-verbs] whose object, a noun
// of [report-nouns] or [rumour-nouns] after a determiner at most, opens
// with "that" the clause of the phrase at sp, or -1: the claim is denied
// however long the words between, a place after the noun ("denied reports
// on social media that a shot was fired and that a guard was wounded") or
// an aside in commas ("rejected claims, repeated in a trade paper this
// week, that a guard was hurt"). No verb of saying stands in the clause
// before the phrase ("that the minister said a guard was hurt").
func deniedClaimThat(sent *sentence, sp span) int {
	sc, f := sent.scanner(), sent.folded()
	for c := sp.start - 1; c > 0 && c >= sp.start-farNegationReach; c-- {
		if boundaries(f.marks[c], f.marks[sp.start]) > 0 || sayingVerbs[sc.tok(c)] || clauseOpeners[sc.tok(c)] || coordinators[sc.tok(c)] && !complementizers[sc.tok(c+1)] {
			return -1 // "denied reports that shots were fired but a guard was hurt": the source's own clause
		}
		if !complementizers[sc.tok(c)] || c > 1 && coordinators[sc.tok(c-1)] {
			continue // "and that": the second clause of the same claim
		}
		for n := c - 1; n > 0 && n >= c-claimNounReach; n-- {
			if !reportNouns[sc.tok(n)] && !rumourNouns[sc.tok(n)] {
				continue
			}
			v := n - 1
			if determiners[sc.tok(v)] {
				v--
			}
			if v >= 0 && denialVerbs[sc.tok(v)] && boundaries(f.marks[v], f.marks[n]) == 0 && claimTail(sc, f, n, c) {
				return v
			}
		}
		return -1
	}
	return -1
}

// claimTail reports whether the words between a claim's noun at n and its
// "that" at c are a plain phrase ("on social media") or one aside set off
// by commas on both sides ("claims, repeated in a trade paper this week,
// that"), with no verb of saying but the participle opening the aside.
func claimTail(sc scanner, f *foldedSentence, n, c int) bool {
	if sc.anyIn(n+1, c, complementizers) || sc.anyIn(n+1, c, clauseOpeners) {
		return false // "denied reports that inmates escaped but it emerged that": the second that is another verb's
	}
	if boundaries(f.marks[n], f.marks[c-1]) == 0 {
		return boundaries(f.marks[c-1], f.marks[c]) == 0 && !sc.anyIn(n+1, c, sayingVerbs)
	}
	return strings.TrimSpace(sc.gap(n+1)) == "," && strings.TrimSpace(sc.gap(c)) == "," && boundaries(f.marks[n+1], f.marks[c-1]) == 0 && !sc.anyIn(n+2, c, sayingVerbs)
}

// claimNounReach is how many words may stand between a denied claim's
// noun and its "that": "reports on social media that".
const claimNounReach = 9

// farPronounDenial returns where a negating pronoun at or right after
// token k starts, when the words between it and the phrase at sp are only
// a phrase saying whom it means and auxiliaries (see subjectPhrase), so
// that it denies the phrase however long that phrase: "None of the three
// staff members and two customers in the shop was injured".
func farPronounDenial(sent *sentence, k int, sp span) (int, bool) {
	toks := sent.folded().tokens
	for i := k; i <= k+1 && i < sp.start; i++ {
		n := negatingPronounAt(sent, i)
		if n == 0 {
			continue
		}
		between := toks[i+1 : sp.start]
		m := subjectPhrase(between)
		if m == 0 || m == len(between) {
			return 0, false
		}
		for _, t := range between[m:] {
			if !auxiliaries[t.Text] {
				return 0, false // "None of the staff in the shop said a guard was injured"
			}
		}
		return i - n + 1, true
	}
	return 0, false
}

// passiveHedgeAfter returns the token of a word of [passive-hedges] right
// after the phrase at sp, past an auxiliary or two ("was suspected", "is
// believed to", "had been feared"), or of [hedged-predicates] after an
// auxiliary and an article ("was the likely cause"), or -1: the phrase is
// what someone suspects, not what happened; unless a word of
// [rumour-confirmed] follows in the sentence ("later confirmed").
func passiveHedgeAfter(sent *sentence, sp span) int {
	sc := sent.scanner()
	k := sp.end
	for n := 0; n < 2 && auxiliaries[sc.tok(k)] && plainGap(sc.gap(k)); n++ {
		k++
	}
	if k == sp.end || !plainGap(sc.gap(k)) {
		return -1
	}
	hedge := -1
	if passiveHedges[sc.tok(k)] {
		hedge = k
	} else if determiners[sc.tok(k)] && hedgedPredicates[sc.tok(k+1)] && plainGap(sc.gap(k+1)) {
		hedge = k + 1 // "An electrical fault was the likely cause"
	}
	if hedge >= 0 && sc.anyIn(hedge+1, len(sc.toks), rumourConfirmed) {
		return -1 // "was suspected at first and later confirmed"
	}
	return hedge
}

// passiveHedges and hedgedPredicates: see passiveHedgeAfter.
var passiveHedges, hedgedPredicates = lexicon.Set("passive-hedges"), lexicon.Set("hedged-predicates")

// negationBeforeAsideThat returns a negation that stands up to
// asideNegationReach words before an aside of at most
// relativeAsideWords words set off by commas, when the phrase's clause
// opens with a complementizer right after that aside, or -1: the clause
// is what the negation governs ("no sign, as far as he knew, that",
// "It is not clear, officials said, that"), so the phrase is not
// asserted; whether it is denied is not parsed.
func negationBeforeAsideThat(sent *sentence, sp span) int {
	f := sent.folded()
	c := sp.start
	for c > 0 && boundaries(f.marks[c-1], f.marks[sp.start]) == 0 {
		c--
	}
	if c == 0 || !complementizers[f.tokens[c].Text] || !strings.HasPrefix(strings.TrimSpace(sent.scanner().gap(c)), ",") {
		return -1
	}
	a := c - 1
	for a > 0 && c-a <= relativeAsideWords && boundaries(f.marks[a-1], f.marks[c-1]) == 0 {
		a--
	}
	if a == 0 || c-a > relativeAsideWords {
		return -1
	}
	for k := a - 1; k >= 0 && k >= a-asideNegationReach; k-- {
		if (negations[f.tokens[k].Text] || contractedNot(sent, k)) && !negationCancelled(sent, k) { // not "There is no doubt, the inspectors said, that"
			return k
		}
		if boundaries(f.marks[k], f.marks[a-1]) > 0 {
			return -1
		}
	}
	return -1
}

// asideNegationReach: see negationBeforeAsideThat.
const asideNegationReach = 4

// hedgePhrases make what follows them in their clause a condition: "in
// the event that", "in case", "au cas où".
var hedgePhrases = phrases("hedge-phrases")

// hedgeStops open a clause of its own that a hedge phrase before them does
// not reach: "when", "after", "because".
var hedgeStops = lexicon.Set("hedge-stops")

// hedgePhraseBefore returns where a phrase of hedgePhrases starts that
// ends among the reach words before the phrase at sp, in its clause (or
// the clause an example after a comma gives one of, see inclusionComma),
// or -1.
func hedgePhraseBefore(sent *sentence, sp span, reach int) int {
	f, sc := sent.folded(), sent.scanner()
	clause := sp.start // a token of the phrase's clause: before an example's comma, the clause it gives an example of
	for k := sp.start - 1; k >= 0 && k >= sp.start-reach-1; k-- {
		if boundaries(f.marks[k], f.marks[clause]) > 0 {
			if clause != sp.start || !inclusionComma(sent, k, sp) {
				return -1
			}
			clause, reach = k, reach+sp.start-k-1 // "too early to rule anything out, including a cyberattack"
		}
		if p := sc.phraseAt(k, hedgePhrases); p != nil && k+len(p) <= sp.start && k+len(p) > sp.start-reach {
			return k
		}
		if spreadRumourAt(sc, k) {
			return k // "si sono rincorse per tutta la sera voci di un sabotaggio"
		}
		if hedgeStops[sc.tok(k)] {
			return -1 // "Fewer than half had left when the dam burst": the phrase's clause is another
		}
	}
	return -1
}

// spreadRumourAt reports whether token k is a noun of
// [spread-rumour-nouns] ("voci") with a verb of spreading
// ([rumour-spread-words]) up to spreadReach words before it, nothing but
// words between: "si sono rincorse per tutta la sera voci di un
// sabotaggio" tells of rumours, where "le voci di un sopravvissuto" are
// voices.
func spreadRumourAt(sc scanner, k int) bool {
	w := sc.tok(k)
	if thatRumourNouns[w] && !reportThatWords[sc.tok(k+1)] {
		return false // "la voce che si fosse spezzata", not "la voce del sindaco"
	}
	return (spreadRumourNouns[w] || thatRumourNouns[w]) && sc.wordWithin(span{k, k + 1}, -1, spreadReach, cueStopMarks, func(j int) bool { return rumourSpreadWords[sc.tok(j)] })
}

// spreadRumourNouns, thatRumourNouns, rumourSpreadWords and spreadReach:
// see spreadRumourAt.
var spreadRumourNouns, thatRumourNouns, rumourSpreadWords = lexicon.Set("spread-rumour-nouns"), lexicon.Set("that-rumour-nouns"), lexicon.Set("rumour-spread-words")

const spreadReach = 6

// farNegation returns a negation that stands in the clause of the phrase
// at sp before token from, further back than cueBefore reads a cue, up to
// farNegationReach words before the phrase, or -1: it may govern the phrase
// ("there is no specific and credible information to suggest there are
// ties to terrorism", "no hay indicios de que se trate de un ataque"), so
// the phrase is uncertain, neither asserted nor denied.
func farNegation(sent *sentence, sp span, from int) int {
	f := sent.folded()
	for i := sp.start - 1; i >= 0 && i >= sp.start-farNegationReach; i-- {
		if sayingCoordinated(sent, i, sp) {
			return -1 // "has not named any country but says the group is state-backed"
		}
		if i >= from {
			continue // the words cueBefore read
		}
		if boundaries(f.marks[i], f.marks[sp.start]) > 0 {
			return -1
		}
		if (negations[f.tokens[i].Text] && !nameNegation(sent, i) || contractedNot(sent, i)) && !compoundPrefix(sent, i, sp) && !negationCancelled(sent, i) {
			if joinedAway(sent, i, sp) {
				return -1 // "did not take it lightly and pointed to the extra aid"
			}
			return i
		}
	}
	return -1
}

// disjoinedUnder reports whether the phrase at sp is the second of two
// joined by a word of [disjunctions], with nothing but words of
// [disjunct-fillers] between ("or any other"), and the negation at token
// k stands within cueWindow words before that word: a negation denies
// both of what "or" joins, "not the result of a cyberattack or any other
// external intrusion".
func disjoinedUnder(sent *sentence, k int, sp span) bool {
	sc := sent.scanner()
	o := sp.start - 1
	for o > k && disjunctFillers[sc.tok(o)] && plainGap(sc.gap(o+1)) {
		o--
	}
	return o > k && o-k <= cueWindow && disjunctions[sc.tok(o)] && plainGap(sc.gap(o)) && plainGap(sc.gap(o+1))
}

// disjunctions and disjunctFillers ([disjunctions], [disjunct-fillers]):
// see disjoinedUnder.
var disjunctions, disjunctFillers = lexicon.Set("disjunctions"), lexicon.Set("disjunct-fillers")

// nameNegation reports whether token i is a word of [name-negations]
// written with a capital inside its sentence, or before another
// capitalised word: a name ("sade Inga Lindström", "Inga Lindström sade
// att"), not the negation ("Inga skolor stängs").
func nameNegation(sent *sentence, i int) bool {
	if !nameNegations[sent.folded().tokens[i].Text] || !unicode.IsUpper(sent.writtenAt(i)) {
		return false
	}
	return i > 0 || i+1 < len(sent.folded().tokens) && unicode.IsUpper(sent.writtenAt(i+1))
}

// nameNegations ([name-negations]): see nameNegation.
var nameNegations = lexicon.Set("name-negations")

// farNegationReach is how many words before a phrase farNegation looks.
const farNegationReach = 20

// inAside reports whether token i stands in a short aside set off by
// commas or dashes before the phrase at sp in its clause: "It does not,
// however, get rid of the lock", "No one in the building, officials said,
// was hurt" (not "Nobody was hurt, officials said, and the blast caused
// injuries", nor "There was no warning, residents said, before the plant
// closed": a clause opens after the aside).
func inAside(sent *sentence, i int, sp span) bool {
	f := sent.folded()
	k := i + 1
	for k < sp.start && boundaries(f.marks[k], f.marks[sp.start]) > 0 {
		k++
	}
	if w := f.tokens[k].Text; complementizers[w] && deniedBeforeAside(f, i) {
		return true // "has denied, firmly, that its cells come from China": the verb's clause goes on
	} else if commaComplementizers[w] {
		return true // "hat nicht bestätigt, dass": German parts a said clause by a comma, no clause of its own
	} else if coordinators[w] || complementizers[w] || asideEnders[w] {
		return false // "no warning, residents said, before the plant closed": a clause of its own
	}
	for j := i - 1; j >= 0 && j >= i-asideWords; j-- {
		if boundaries(f.marks[j], f.marks[sp.start]) == 0 {
			return true
		}
	}
	return false
}

// listComma reports whether the one comma after token i, before the
// phrase at sp, parts the items of a list that is the phrase's subject:
// "no evidence that its infrastructure, build servers or signing keys
// were compromised". The words after the comma, not a coordinator first
// (", and the keys were": a clause of its own), hold a word of
// [list-coordinators] and no verb but auxiliaries right before the
// phrase; the item before the comma, back to a complementizer, a negation
// or the sentence's start, is of listItemWords words at most, with no verb.
func listComma(sent *sentence, i int, sp span) bool {
	f := sent.folded()
	if sent.scanner().gap(i+1) != ", " || boundaries(f.marks[i+1], f.marks[sp.start]) != 0 || coordinators[f.tokens[i+1].Text] {
		return false
	}
	end, listed := sp.start, false
	for end > i+1 && auxiliaries[f.tokens[end-1].Text] {
		end--
	}
	for k := i + 1; k < end; k++ {
		w := f.tokens[k].Text
		listed = listed || listCoordinators[w]
		if auxiliaries[w] || negations[w] || complementizers[w] || pastForm(w) {
			return false
		}
	}
	n := 0
	for k := i; listed && k >= 0 && boundaries(f.marks[k], f.marks[i]) == 0; k-- {
		w := f.tokens[k].Text
		if complementizers[w] || negations[w] {
			break
		}
		if auxiliaries[w] || pastForm(w) || n == listItemWords {
			return false
		}
		n++
	}
	return listed && n > 0
}

// perfectAuxiliaries ([perfect-auxiliaries]) before a word of
// [hedges-after-be] make a perfect tense, which tells what happened: "he
// had needed all three attempts".
var perfectAuxiliaries = lexicon.Set("perfect-auxiliaries")

// modalQue ([modal-que]) before "que" make it part of a modal ("hay que",
// "tiene que": one must), no complementizer.
var modalQue = lexicon.Set("modal-que")

// sayingCoordinated reports whether token i is a coordinator that a verb
// of saying follows before the phrase at sp: "has not named any country
// but says the group is state-backed" opens a clause of its own, which
// the negation before it does not reach.
func sayingCoordinated(sent *sentence, i int, sp span) bool {
	sc := sent.scanner()
	return coordinators[sc.tok(i)] && i+1 < sp.start && sayingVerbs[sc.tok(i+1)]
}

// intoListSubject reports whether cueBefore, at token i past a clause
// boundary from the phrase at sp, goes on into a list that is the
// phrase's subject (see listComma), the first it meets: then clause
// becomes i, and reach grows by the list's later items, which count no
// words.
func intoListSubject(sent *sentence, i int, sp span, clause, reach *int) bool {
	if *clause != sp.start || !listComma(sent, i, sp) {
		return false
	}
	*clause, *reach = i, *reach+sp.start-i-1
	return true
}

// inclusionComma reports whether the comma after token i opens an
// example of what the clause before it names, and the phrase at sp is
// that example: "ruled out every cause, including arson"; "too early to
// rule out any cause, such as sabotage". The words between the comma and
// the phrase are one link of [inclusion-links], perhaps an article after
// it, nothing else, and the clause before names what the example is one
// of (see inclusionHeadBefore); then the
// clause's negation or hedge reaches the phrase, as it reaches the noun it
// gives an example of.
func inclusionComma(sent *sentence, i int, sp span) bool {
	f, sc := sent.folded(), sent.scanner()
	if strings.TrimLeft(sc.gap(i+1), "\"'”’»") != ", " || boundaries(f.marks[i+1], f.marks[sp.start]) != 0 { // a quotation may close before the comma
		return false
	}
	p := sc.phraseAt(i+1, inclusionLinks)
	if p == nil || !inclusionHeadBefore(sent, i) {
		return false
	}
	k := i + 1 + len(p)
	if k < sp.start && determiners[sc.tok(k)] {
		k++ // "including a cyberattack"
	}
	return k == sp.start
}

// inclusionLinks ([inclusion-links]) open an example after a comma: see
// inclusionComma.
var inclusionLinks = phrases("inclusion-links")

// inclusionHeadBefore reports whether a word of [inclusion-heads] stands
// among the inclusionHeadReach words up to token i in its clause: the
// example after the comma is one of what the clause rules out or leaves
// open ("every cause of the blaze", "anything"), not of another noun of
// it ("no evidence linking the suspect to the recent fires").
func inclusionHeadBefore(sent *sentence, i int) bool {
	f, sc := sent.folded(), sent.scanner()
	for k := i; k >= 0 && k > i-inclusionHeadReach && boundaries(f.marks[k], f.marks[i]) == 0; k-- {
		if inclusionHeads[sc.tok(k)] {
			return true
		}
	}
	return false
}

// inclusionHeads ([inclusion-heads]) and inclusionHeadReach: see
// inclusionHeadBefore.
var inclusionHeads = lexicon.Set("inclusion-heads")

const inclusionHeadReach = 8

// listCoordinators join the last item of a list: "A, B or C".
var listCoordinators = lexicon.Set("list-coordinators")

// listItemWords is how many words the item before a list's comma may hold
// (see listComma).
const listItemWords = 4

// relativeAside returns the tokens [rs, re) of a relative clause between
// commas ("which are kept offline and hold most assets"), or of a short
// aside after a noun of rumour (see rumourAsideWords), that ends right
// before the clause of token start, of relativeAsideWords words at most;
// or an empty range. The clause before it goes on after it, unless a
// coordinator opens another ("..., which spread online, and").
func relativeAside(sent *sentence, start int) (rs, re int) {
	f := sent.folded()
	re = start
	for re > 0 && boundaries(f.marks[re-1], f.marks[start]) == 0 {
		re--
	}
	rs = re
	for rs > 0 && boundaries(f.marks[rs-1], f.marks[re-1]) == 0 && re-rs <= relativeAsideWords {
		rs--
	}
	if re == 0 || rs == 0 || re-rs > relativeAsideWords || coordinators[f.tokens[re].Text] || boundaries(f.marks[rs-1], f.marks[re]) != 0 || sent.scanner().gap(rs) != ", " || !strings.HasPrefix(sent.scanner().gap(re), ",") {
		return 0, 0
	}
	appositive := appositiveArticles[f.tokens[rs].Text] && re-rs <= appositiveWords && auxiliaries[f.tokens[re].Text]
	if !relativeWords[f.tokens[rs].Text] && !appositive && (!rumourNouns[f.tokens[rs-1].Text] || re-rs > rumourAsideWords || rumourGoverned(sent.scanner(), rs-1)) {
		return 0, 0
	}
	return rs, re
}

// appositiveArticles open a noun phrase in apposition between commas,
// which relativeAside skips as it does a relative clause when an
// auxiliary goes on after it: "the Ronchia dam, a 1960s barrier about 9
// km upstream, had failed"; appositiveWords is how many words it may hold.
var appositiveArticles = lexicon.Set("appositive-articles")

const appositiveWords = 12

// rumourAsideStops: see rumourGoverned.
var rumourAsideStops = lexicon.Set("rumour-aside-stops")

// rumourGoverned reports whether a word of [rumour-aside-stops] stands
// right before the noun of rumour at token k, or before its article: "After
// weeks of rumours," names when, not who says what follows.
func rumourGoverned(sc scanner, k int) bool {
	return rumourAsideStops[sc.tok(k-1)] || determiners[sc.tok(k-1)] && rumourAsideStops[sc.tok(k-2)]
}

// relativeAsideWords is how many words a relative clause that
// relativeAside skips may hold.
const relativeAsideWords = 16

// rumourAsideWords is how many words an aside right after a noun of
// rumour ([rumour-nouns]) may hold for relativeAside to skip it as it does
// a relative clause: "Rumours, widely shared on social media for hours,
// said", "les rumeurs, largement relayées sur les réseaux sociaux,
// voulant qu'un complice".
const rumourAsideWords = 8

// deniedBeforeAside reports whether a word of [negations] stands right
// before the aside that token i ends, of asideWords words at most: "has
// denied, firmly, that".
func deniedBeforeAside(f *foldedSentence, i int) bool {
	j := i
	for j > 0 && boundaries(f.marks[j-1], f.marks[i]) == 0 {
		j--
	}
	return j > 0 && i-j < asideWords && negations[f.tokens[j-1].Text]
}

// commaComplementizers open a said clause after a comma that parts it
// from its verb by rule, not as a clause of its own: German "dass".
var commaComplementizers = lexicon.Set("comma-complementizers")

// asideEnders, right after an aside, open a clause of their own (see
// inAside).
var asideEnders = lexicon.Set("subordinate-openers")

// asideWords is how many words an aside that inAside skips may hold.
const asideWords = 3

// determinerNegations ([determiner-negations]) deny the noun after them,
// and ppPrepositions ([pp-prepositions]) after that noun open a phrase of
// its own: see objectOfNegatedNoun.
var determinerNegations, ppPrepositions = lexicon.Set("determiner-negations"), lexicon.Set("pp-prepositions")

// objectOfNegatedNoun reports whether the phrase at sp is the object of a
// preposition of [pp-prepositions] (an article between at most) that
// follows the noun a negation at
// token i denies: "The grid has no second line around Cadenazzo", "left
// without power by the fire at the substation" deny the line and the
// power, not Cadenazzo or the substation. So is the object of a verb
// after that noun and "to", or "of" and a verb in -ing ([noun-verb-links]:
// "no plans to close the plant", "no intention of selling the plant"
// deny the plans, not the plant; not a verb of [governing-verbs], "no
// reason to suspect the plant", nor an object an indefinite article
// opens, "no plans to build a second runway", which is not presupposed).
// Not "of" before a noun ("no sign of a
// breach" denies the breach), nor a phrase that holds the preposition or
// the verb itself ("no fire at the plant" for the phrase "fire at the
// plant", "no plans to close the plant" for "close the plant").
func objectOfNegatedNoun(sent *sentence, i int, sp span) bool {
	sc := sent.scanner()
	if negatingPronounAt(sent, i+1) > 0 {
		return false // "No one at the plant was injured": a pronoun, no noun
	}
	for j := i + 2; j < sp.start; j++ {
		if ppPrepositions[sc.tok(j)] && articlesOnly(sc, j+1, sp.start) {
			return true // the phrase is the preposition's object; not "No workers at the plant were injured"
		}
		if link, ok := nounVerbLinks[sc.tok(j)]; ok && j+2 < sp.start && strings.HasSuffix(sc.tok(j+1), link) && !governingVerbs[sc.tok(j+1)] && articlesOnly(sc, j+2, sp.start) && determiners[sc.tok(sp.start-1)] && !titleIndefinites[sc.tok(sp.start-1)] {
			return true // "no plans to close the plant": the plant is the closing's object
		}
	}
	return false
}

// nounVerbLinks ([noun-verb-links]) join a noun to a verb whose object
// follows, with the ending that verb must have: see objectOfNegatedNoun.
var nounVerbLinks = lexicon.Pairs("noun-verb-links")

// articlesOnly reports whether the tokens from a to b-1 are all
// determiners or words of [pp-articles] (none at all too).
func articlesOnly(sc scanner, a, b int) bool {
	for k := a; k < b; k++ {
		if !determiners[sc.tok(k)] && !ppArticles[sc.tok(k)] {
			return false
		}
	}
	return true
}

// ppArticles ([pp-articles]) are the articles of other languages that may
// stand between a preposition and its object.
var ppArticles = lexicon.Set("pp-articles")

// negatedAt returns where the negation at token i puts the phrase at sp
// after it, and how: it denies the phrase, or, embedded under a
// complementizer, hedges it ("no one should pretend that", "did not deny
// that"), as it does a phrase that is a preposition's object after the
// noun it denies (see objectOfNegatedNoun), or reports a denial that an
// attribution before it makes someone's.
func negatedAt(sent *sentence, i int, sp span, embedded bool) (int, stance) {
	w := sent.folded().tokens[i].Text
	if w == "t" {
		i-- // quote the whole "didn't"
	}
	switch {
	case determinerNegations[w] && objectOfNegatedNoun(sent, i, sp):
		return i, hedged // "no second line around Cadenazzo": the line is denied, not Cadenazzo
	case embedded && (negationParticles[w] || w == "t"):
		return i, hedged // "no one should pretend that": not the phrase's
	case embedded && i > 0 && negationParticles[sent.folded().tokens[i-1].Text]:
		return i - 1, hedged // "did not deny that": a denial turned
	}
	if k := attributedFar(sent, span{i, i + 1}); k >= 0 {
		return k, reportsDenial // "One fan blog has claimed that the park is not part of the deal": an attributed denial
	}
	if k := hedgeBeforeNegation(sent, i); k >= 0 {
		return k, hedged // "The train may not have derailed", "Early reports suggest the train did not derail"
	}
	return i, denies
}

// hedgeBeforeNegation returns the token of a word of [hedges] at most
// hedgeReach words before a negation at token i, in its clause, or -1: a
// denial that may hold ("may not have", "probably not", "reports suggest
// the train did not") is no denial (see hedgeWord).
func hedgeBeforeNegation(sent *sentence, i int) int {
	f := sent.folded()
	for k := i - 1; k >= 0 && k >= i-hedgeReach; k-- {
		if boundaries(f.marks[k], f.marks[i]) > 0 {
			return -1
		}
		if hedgeWord(sent, k, i) {
			return k
		}
	}
	return -1
}

// hedgeWord reports whether token k is a word of [hedges] that hedges a
// negation at token i after it: not "could" right before it ("could not
// reach them" says they did not), a capitalised word inside the sentence
// ("In May", "Theresa May"; but in a headline in title case, or after a
// colon or a quotation mark, it is one), one after a determiner ("The
// expected divers"), nor one in a clause on "what" ("Despite what many
// feared").
func hedgeWord(sent *sentence, k, i int) bool {
	sc := sent.scanner()
	w := sc.tok(k)
	switch {
	case !hedges[w] || hedgesAfterBe[w] || w == "could" && k == i-1:
		return false
	case k > 0 && unicode.IsUpper(sent.writtenAt(k)) && !strings.ContainsAny(sc.gap(k), ":\"“'‘«") && !titleCased(sent):
		return false
	case k > 0 && determiners[sc.tok(k-1)]:
		return false
	}
	return sc.tok(k-1) != "what" && sc.tok(k-2) != "what"
}

// hedgeReach: see hedgeBeforeNegation.
const hedgeReach = 5

// attributedFar returns the token of an attribution right before a "that"
// further back than cueBefore looks, in the phrase's clause ("alleged that
// about 400 postal ballots from the Eastgate ward had been excluded"), or
// -1.
func attributedFar(sent *sentence, sp span) int {
	f := sent.folded()
	for k := sp.start - 1; k > 0 && k >= sp.start-attributionReach; k-- {
		if boundaries(f.marks[k], f.marks[sp.start]) > 0 && !inAside(sent, k, sp) {
			return -1 // but for a short aside set off by commas: "the dam, 40 km upstream, had burst"
		}
		if w := f.tokens[k].Text; sayingVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && k > 0 && pronouns[f.tokens[k-1].Text] {
			return -1 // "a talk that the captain gave on Monday he confirmed two crew were injured": a verb with a subject of its own
		}
		if f.tokens[k].Text == "that" && attributions[f.tokens[k-1].Text] {
			return k - 1
		}
		if j := reportNounBack(f.tokens, k); j >= 0 {
			return j // "Berichten op sociale media dat het vuur in de machinekamer ontstond"
		}
	}
	return -1
}

// reportNounBack returns the token of a report noun that the word of
// [report-that] at token k follows, over the words reportThat allows
// (up to maxReportFillers of [report-fillers], or maxReportPlaceWords
// after a word of [report-places]), when it opens the sentence or follows
// a word of [report-noun-before], or -1.
func reportNounBack(toks []text.Token, k int) int {
	if !reportThatWords[toks[k].Text] {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-1-maxReportPlaceWords; j-- {
		if reportNounAt(toks, j) {
			return j // reportThat has read the words between
		}
	}
	return -1
}

// reportNounAt reports whether token i is a report noun that reports a
// claim: it opens the sentence or follows a word of [report-noun-before],
// and "that" follows it (see reportThat).
func reportNounAt(toks []text.Token, i int) bool {
	return reportNouns[toks[i].Text] && (firstWord(toks, i) || i > 0 && reportNounBefore[toks[i-1].Text]) && reportThat(toks, i)
}

// attributionReach is how many words before a phrase an attribution's
// "that" may stand.
const attributionReach = 16
