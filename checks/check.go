// Package checks judges every (fact, source) pair of a fact sheet and a
// corpus of documents: each cell agrees, is silent or contradicts, with
// evidence that points into the original files, and labels documenting
// known contradictions. Package document reads the sources; package format
// writes what a run found.
package checks

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A matcher checks one fact against sources.
type matcher struct {
	fact   *facts.Fact
	loc    locator
	names  nameMatcher
	roles  *roleRule // a name fact's role:, or nil
	quote  quoteMatcher
	claims statementMatcher
	units  unitSpec
	// perItem is the amount's unit of a unit that is an amount per an
	// item ("euros per passenger": euro; see units.itemRate), or nil.
	perItem *unitDef
	kind    factKind  // how the fact's kind is read
	value   valueKind // for a fact of a value kind (date, time, number, version), or nil
	// rivalQuotes are the sheet's other quote facts, for a quote fact: a
	// passage closer to one of them is that one's, not a rewording of this.
	rivalQuotes []*matcher
	// era is the time of the story, from the sheet's date facts.
	era era
	// siblings are, for a number fact, the sheet's other number facts in
	// the same unit, and for a time fact its other time facts: a value one
	// of them holds is not a certain contradiction ("with kick-off at 18:00"
	// for the first kick-off, when the sheet holds the replay's at 18:00).
	// Dates are left out: two facts of one story often share a day, and a
	// sheet that got one of them wrong must still fail.
	siblings []*matcher
	// own are the folded words of the fact's claim and about terms; sheet
	// those of every fact of the sheet.
	own, sheet map[string]bool
	// changeBy is the word of the claim or terms, one of [change-words] or
	// [comparative-after], that makes the fact a change ("inflation rose
	// 0.8 percent", "shares closed up 8.4%"), or "": a figure after such a
	// word may be its value.
	changeBy string
	// bounds are the words that make a date a bound ("until", "by") which
	// the claim of a date fact sets before its own date: the fact is a
	// bound itself ("supported until 30 September 2026"), and a date after
	// such a word in a source may be its value.
	bounds map[string]bool
	// ages is set for a number fact of an age (unit: years old): it reads
	// ages, which any other number fact leaves out.
	ages bool
	// moving is set for a number fact of a toll that grows while a story
	// goes on (see movingTally).
	moving bool
	// planFact is set when the fact's claim or terms hold a word of
	// [plan-claim-words] ("is expected to reopen in March"): another plan
	// contradicts it. formerFact when they hold one of
	// [former-value-words] ("The previous budget was 1.13 billion euros"):
	// a figure after "up from" may be its value.
	planFact, formerFact bool
	// earlierFact is set when the fact's claim or terms hold a word of
	// [earlier-figure-words] ("The old limit was 600") and none of
	// [new-figure-words]: of a change "from 600 to 120" it reads the
	// figure before, not the one after.
	earlierFact bool
	// previousFact is set for a date fact whose claim holds a word of
	// [previous-event-claims] ("The previous eruption was in 1949"): the
	// date after "the first ... since" is its value.
	previousFact bool
	// versions are the versions the claim of a date fact names ("Tessel
	// 4.0 was released on 10 March"): a date beside another version alone
	// may be that version's (see otherRelease).
	versions []facts.Version
	// codes are the identifiers the claim names ("CVE-2026-31742"): a
	// sentence that names another of their kind and none of them may
	// tell of that one (see otherCode).
	codes []namedCode
	// moment is the one day a number fact's claim gives its figure
	// ("Containment reached 40% on Thursday, 27 August 2026"), zero for
	// none: a figure of an earlier day may differ (see claimMoment).
	moment facts.Span
	// trace, when set, is told every decision, for explain.
	trace func(format string, args ...any)
}

// tracef tells the trace, if there is one, about a decision.
func (m *matcher) tracef(format string, args ...any) {
	if m.trace != nil {
		m.trace(format, args...)
	}
}

// newMatchers makes the matchers of a sheet's facts, each quote fact
// knowing the others.
func newMatchers(fs []*facts.Fact) []*matcher {
	ms := make([]*matcher, len(fs))
	var quotes []*matcher
	e := sheetEra(fs)
	sheet := sheetWords(fs)
	for i, f := range fs {
		ms[i] = newMatcher(f)
		ms[i].era, ms[i].sheet = e, sheet
		if local := e.zoneless(f.Time); f.Kind == facts.KindTime && local != f.Time {
			ms[i].value = timeKind{local: &local} // a fact kept in UTC reads a time with no zone in the story's zone
		}
		if _, ok := ms[i].kind.(passageKind); ok {
			quotes = append(quotes, ms[i])
		}
	}
	for _, m := range ms {
		for _, o := range ms {
			if o != m && o.fact.Kind == m.fact.Kind && (m.fact.Kind == facts.KindNumber && sameUnit(o, m) || m.fact.Kind == facts.KindTime) {
				m.siblings = append(m.siblings, o)
			}
		}
	}
	for _, m := range quotes {
		for _, r := range quotes {
			if r != m {
				m.rivalQuotes = append(m.rivalQuotes, r)
			}
		}
	}
	return ms
}

func newMatcher(f *facts.Fact) *matcher {
	m := &matcher{fact: f, loc: newLocator(f.About, f.Unless), units: newUnitSpec(f.Unit, unitLexicon)}
	m.kind = factKinds[f.Kind](m)
	m.perItem = m.units.itemRate()
	m.own = ownWords(f)
	m.changeBy = changeClaim(f)
	if f.Kind == facts.KindDate {
		m.bounds = claimBounds(f)
	}
	m.ages = ageFact(f)
	m.moving = movingTally(f, m.own)
	m.previousFact = f.Kind == facts.KindDate && claimHolds(f, previousEventClaims)
	m.moment = claimMoment(f)
	m.versions = claimVersions(f)
	m.codes = claimCodes(f)
	m.planFact, m.formerFact = ownsAny(m.own, planClaimWords), ownsAny(m.own, formerValueWords)
	m.earlierFact = ownsAny(m.own, earlierFigureWords) && !ownsAny(m.own, newFigureWords)
	return m
}

// previousEventClaims: see matcher.previousFact.
var previousEventClaims = lexicon.Set("previous-event-claims")

// claimHolds reports whether a fact's claim holds one of words.
func claimHolds(f *facts.Fact, words map[string]bool) bool { return holdsAny(f.Claim, words) }

// holdsAny reports whether s, folded, holds one of words.
func holdsAny(s string, words map[string]bool) bool {
	for _, t := range text.Tokenize(text.Fold(s)) {
		if words[t.Text] {
			return true
		}
	}
	return false
}

// ownsAny reports whether one of a fact's own words is in words.
func ownsAny(own, words map[string]bool) bool {
	for w := range own {
		if words[w] {
			return true
		}
	}
	return false
}

// formerValueWords: see matcher.formerFact.
var formerValueWords = lexicon.Set("former-value-words")

// earlierFigureWords and newFigureWords: see matcher.earlierFact.
var earlierFigureWords, newFigureWords = lexicon.Set("earlier-figure-words"), lexicon.Set("new-figure-words")

// claimMoment returns the one day, with its year, that a number fact's
// claim dates its figure to ("Containment reached 40% on Thursday, 27
// August 2026", "The toll stood at 11 on 16 October 2026"), or the zero
// span when the claim gives none or several: a count or a measure so dated
// may have been another the day before.
func claimMoment(f *facts.Fact) facts.Span {
	if f.Kind != facts.KindNumber || !strings.ContainsAny(f.Claim, "0123456789") {
		return facts.Span{}
	}
	var day facts.Span
	days := 0
	for _, sent := range claimSentences(f) {
		for _, d := range append(sent.dateMentions(), sent.boundMentions()...) { // "for the year ending 31 March 2026" too
			if e := d.expr; e.rel == absolute && e.year != 0 && e.month != 0 && e.day != 0 && e.to == nil {
				day, days = facts.DaySpan(e.year, time.Month(e.month), e.day), days+1
			}
		}
	}
	if days != 1 {
		return facts.Span{}
	}
	return day
}

// claimSentences returns the sentences of a fact's claim, read as a
// source's are, so that rules may ask what the claim states (its day, its
// versions, its identifiers); nil when it cannot be read.
func claimSentences(f *facts.Fact) []sentence {
	src, err := document.Parse("claim", "claim.txt", []byte(f.Claim), nil)
	if err != nil {
		return nil
	}
	return newReading(src).sents
}

// allOwn reports whether every word of a phrase is one of own (see
// ownWords); ownPhrase sets figures aside, this does not.
func allOwn(words []string, own map[string]bool) bool {
	for _, w := range words {
		if !own[w] {
			return false
		}
	}
	return true
}

// ownWords returns the folded words of a fact's claim and about terms: a
// word of these says which thing the fact is about ("the second attack"),
// never that a sentence speaks of another.
func ownWords(f *facts.Fact) map[string]bool {
	own := make(map[string]bool)
	add := func(s string) {
		for _, t := range text.Tokenize(text.Fold(s)) {
			own[t.Text] = true
		}
	}
	add(f.Claim)
	for _, g := range f.About {
		for _, t := range g {
			add(t)
		}
	}
	return own
}

// sheetWords returns the words the sheet uses: those of its facts' claims
// and terms (ownWords), and of its names, their aliases and its quotes'
// speakers.
func sheetWords(fs []*facts.Fact) map[string]bool {
	sheet := make(map[string]bool)
	for _, f := range fs {
		for w := range ownWords(f) {
			sheet[w] = true
		}
		names := append(append([]string{f.Name.Canonical}, f.Name.Aliases...), f.Quote.Speakers...)
		for _, s := range names {
			for _, t := range text.Tokenize(text.Fold(s)) {
				sheet[t.Text] = true
			}
		}
	}
	return sheet
}

// check judges the fact in one source, given its anchors, the matches of
// its first about group and those of its rivals, sentence by sentence, and
// for a quote the passages to judge.
func (m *matcher) check(src *reading, anchors, firsts [][]span, peers [][]peer, passages []int32) *Cell {
	c := &Cell{Fact: m.fact, Source: src.Source}
	if pk, ok := m.kind.(passageKind); ok {
		pk.judgePassages(m, c, src, passages)
	} else {
		m.sentences(c, src, anchors, firsts, peers)
		m.settleWithinSentences(c)
		m.settleWithinSource(c, src)
		if !slices.ContainsFunc(c.Findings, func(fd *Finding) bool { return !fd.Unsure }) && len(c.Unresolved) == 0 {
			switch m.fact.Kind {
			case facts.KindDate:
				m.headedEntries(c, src, anchors)
			case facts.KindTime:
				m.stampedEntries(c, src, anchors)
			}
		}
	}
	c.Verdict = verdictOf(c.Findings)
	m.applyLabels(c)
	return c
}

// traceRuledOut tells the trace of sentence k when it holds a term of
// every about group but is ruled out by an unless term, its own or that of
// the lead-in line of the list it stands in: explain shows what unless
// took away.
func (m *matcher) traceRuledOut(src *reading, k int) {
	sent := &src.sents[k]
	if len(m.loc.groups) == 0 || len(m.loc.unless) == 0 {
		return
	}
	for _, g := range m.loc.groups {
		found := false
		for _, t := range g {
			found = found || t.foundIn(sent)
		}
		if !found {
			return
		}
	}
	if t, ok := m.unlessIn(sent); ok {
		m.tracef("%s: ruled out by the unless term %q: %s", src.Pos(sent.Start), t, sent.Text())
		return
	}
	for j := k - 1; j >= 0 && j >= k-maxListItems && (listItem(src, sent) || !sent.First); j-- {
		if lead := &src.sents[j]; leadIn(lead) {
			if t, ok := m.unlessIn(lead); ok {
				m.tracef("%s: ruled out by the unless term %q of the list's lead-in line (%s): %s", src.Pos(sent.Start), t, src.Pos(lead.Start), sent.Text())
			}
			return
		}
	}
}

// maxListItems is how many sentences back explain looks for the lead-in
// line of the list a sentence stands in.
const maxListItems = 12

// unlessIn returns the first unless term a sentence holds, as written in
// the sheet.
func (m *matcher) unlessIn(sent *sentence) (string, bool) {
	for _, t := range m.loc.unless {
		if t.foundIn(sent) {
			return t.raw, true
		}
	}
	return "", false
}

// sentences records what each sentence located for the fact says of it.
func (m *matcher) sentences(c *Cell, src *reading, anchors, firsts [][]span, peers [][]peer) {
	for k := range src.sents {
		if len(anchors) == 0 || anchors[k] == nil {
			if m.trace != nil {
				m.traceRuledOut(src, k)
			}
			continue
		}
		sent := &src.sents[k]
		var first []span
		if firsts != nil {
			first = firsts[k]
		}
		if m.trace != nil {
			var terms []string
			for _, a := range anchors[k] {
				w := says(src, sent, a)
				if f := sent.folded(); headerOnly(sent, a) {
					w = f.norm.S[f.tokens[a.start].Start:f.tokens[a.end-1].End] + " (a column's header)"
				}
				if q := strconvQuote(w); !containsString(terms, q) {
					terms = append(terms, q)
				}
			}
			about := "(terms " + strings.Join(terms, ", ") + ")"
			if answerOnly(src, sent, anchors[k]) && !m.loc.termAt(sent, 0) {
				about = "as the answer to the question before it, which holds its terms"
			}
			m.tracef("%s: about the fact %s: %s", src.Pos(sent.Start), about, sent.Text())
		}
		var here []peer
		if peers != nil {
			here = peers[k]
		}
		before := len(c.Findings)
		m.kind.judgeSentence(m, c, src, sent, anchors[k], first, here)
		if len(c.Findings) > before {
			m.doubtSentence(c.Findings[before:], src, sent, anchors[k])
		}
	}
	m.correctedElsewhere(c.Findings, src)
}

// correctedElsewhere makes unsure a disagreeing value that the source says
// elsewhere it has corrected: a live blog's "an earlier post gave the
// guide's name as Mathieu Vernier" below the post that gave it, or "seven
// riders, not eight as we wrote at 08:15" (see retractedFigures).
func (m *matcher) correctedElsewhere(fds []*Finding, src *reading) {
	var corrected []string
	for _, fd := range fds {
		if fd.corrected {
			corrected = append(corrected, fd.Value)
		}
	}
	if slices.ContainsFunc(fds, func(fd *Finding) bool { return !fd.Agrees && !fd.Unsure }) {
		corrected = append(corrected, m.retractedFigures(src)...)
	}
	if len(corrected) == 0 {
		return
	}
	for _, fd := range fds {
		if !fd.Agrees && !fd.Unsure && slices.Contains(corrected, fd.Value) {
			fd.Unsure = true
			fd.How = joinHow(fd.How, "unsure: the source says elsewhere that it has corrected this value")
		}
	}
}

// answerOnly reports whether a sentence is about the fact only as the
// answer to the question before it: its one anchor stands in for the
// question's terms (see asksQuestion), and it opens with no pronoun that
// would continue a sentence anyway. An answer in the question's own
// paragraph ("How many died? Rescuers said 40 were missing.") is unsure,
// and so is one in the next unless the question is set apart as an FAQ's
// heading (see faqQuestion).
func answerOnly(src *reading, sent *sentence, anchors []span) bool {
	return len(anchors) == 1 && anchors[0] == span{0, 1} && !isAnaphoric(sent) && sent.index > 0 && asksQuestion(&src.sents[sent.index-1])
}

// faqMarks open the line of a question that an FAQ sets apart as a
// heading: "### When will the deal close?", "**When ...?**", "Q: When ...?".
var faqMarks = lexicon.Set("faq-question-marks")

// faqQuestion reports whether a question's line is set apart as an FAQ's
// heading (see faqMarks): its answer in the next paragraph is read as any
// sentence is; a question alone in its paragraph otherwise may be a
// feature's rhetorical opening.
func faqQuestion(src *reading, q *sentence) bool {
	ls, le := src.LineOf(q.Start)
	line := lowerASCII(strings.TrimSpace(src.Raw()[ls:min(le, ls+16)]))
	if strings.HasPrefix(strings.TrimLeft(line, "#"), " ") && strings.HasPrefix(line, "#") {
		return true // "### When ...?", not "#hashtag"
	}
	for m := range faqMarks {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	return false
}

// supersededMarkers make a sentence report a value since corrected or
// revised: "An earlier version of this article gave the depth as 21 km".
var supersededMarkers = phrases("superseded-markers")

// saidLater reports whether a past verb of saying of [superseded-sayings]
// follows token k in its clause, a few words on: "Our report of 18 June
// said", not "Our report of the audit shows".
func saidLater(sc scanner, k int) bool {
	// not over a comma: "Our report of the vote was accurate, the mayor said" is another's saying
	return sc.wordWithin(span{k, k + 1}, 1, saidLaterReach, ",;:", func(j int) bool { return supersededSayings[sc.tok(j)] })
}

// saidLaterReach is how many words after the start of a phrase of
// [correction-notice-markers] its verb of saying may stand: "Our report of
// 18 June said".
const saidLaterReach = 8

var supersededSayings = lexicon.Set("superseded-sayings")

// correctionNoticeMarkers ([correction-notice-markers]) report a value
// since corrected only in a sentence a word of [correction-openers] opens,
// or with a past verb of saying after them (see saidLater).
var correctionNoticeMarkers, correctionOpeners = phrases("correction-notice-markers"), lexicon.Set("correction-openers")

// doubtSentence makes unsure the disagreeing findings of a sentence that
// reports a value since corrected ("an earlier version of this article
// said"), or that is about the fact only as it continues the one before
// through a pronoun for a person ("She won 47.8 percent"), which may stand
// for another person named there, or through "it" and a verb that does not
// firmly continue it ("It gave 3,400 doses before it closed on 10 April").
func (m *matcher) doubtSentence(fds []*Finding, src *reading, sent *sentence, anchors []span) {
	if !slices.ContainsFunc(fds, func(fd *Finding) bool { return !fd.Agrees && !fd.Unsure }) {
		return // nothing to doubt: most sentences agree
	}
	why := ""
	switch {
	case answerOnly(src, sent, anchors) && !m.loc.termAt(sent, 0) && (!sent.First || !faqQuestion(src, &src.sents[sent.index-1])):
		why = "unsure: the sentence is about the fact only as it answers the question before it, which may be rhetorical or ask about something else"
	case !continuedOnly(sent, anchors):
	case personPronouns[sent.folded().tokens[0].Text]:
		why = "unsure: the sentence goes on from the one before through \"" + says(src, sent, anchors[0]) + "\", which may stand for another person"
	case !pointsBackFirmly(sent):
		why = "unsure: the sentence goes on from the one before through \"" + says(src, sent, anchors[0]) + "\", which may stand for another thing it names"
	case m.newEventAfterIt(sent):
		why = "unsure: the sentence goes on from the one before through \"" + says(src, sent, anchors[0]) + "\", but tells of another thing done to it (\"It was last rehabilitated in 2012\")"
	}
	sc := sent.scanner()
	corrected, superseded := false, false
	for k := 0; k < len(sent.folded().tokens) && why == ""; k++ {
		p := sc.phraseAt(k, supersededMarkers)
		if p == nil && (correctionOpeners[sc.tok(0)] || saidLater(sc, k)) {
			p = sc.phraseAt(k, correctionNoticeMarkers) // "Correction: Our report of 18 June said", "Our report of 18 June said the unit ran at 98%"
		}
		if p != nil && !allOwn(p, m.own) { // not "previous version" for a fact of the previous version
			rest := sent.folded().norm.S[sent.folded().tokens[k+len(p)-1].End:]
			why, corrected = "unsure: the sentence reports a value since corrected or revised (\""+says(src, sent, span{k, k + len(p)})+"\")", !strings.Contains(rest, ";") && !strings.Contains(rest, " but ")
			superseded = true // the figure it was revised to is not the one superseded
		}
	}
	if why == "" {
		return
	}
	// Only a lone value, with no new one after a semicolon or "but", is the
	// one corrected: "gave the depth as 21 km; it was 24 km deep" names the
	// old value and the new.
	corrected = corrected && countFunc(fds, func(fd *Finding) bool { return !fd.Agrees && !fd.Unsure }) == 1
	for _, fd := range fds {
		if !fd.Agrees && !fd.Unsure && !(fd.revision && superseded) {
			fd.Unsure, fd.corrected = true, corrected
			fd.How = joinHow(fd.How, why)
		}
	}
}

// retractedWritings ([retracted-writings]) follow a figure the source
// takes back: "not eight as we wrote at 08:15".
var retractedWritings = phrases("retracted-writings")

// retractedFigures returns the figures, as a Finding's Value writes them,
// that a source takes back in a sentence about the fact (its terms, or a
// figure in its unit): a single figure after a negation and before a
// phrase of [retracted-writings] ("the team has seven riders, not eight as
// we wrote at 08:15").
func (m *matcher) retractedFigures(src *reading) []string {
	var out []string
	for i := range src.sents {
		sent := &src.sents[i]
		if !mayRetract(sent.Piece().S) {
			continue // most sentences: not folded or parsed for this
		}
		sc := sent.scanner()
		for _, n := range sent.numberMentions() {
			if n.value.Lo == n.value.Hi && negations[sc.tok(n.start-1)] && sc.phraseAt(n.uend, retractedWritings) != nil && m.aboutFact(sent) {
				out = append(out, facts.FormatNumber(n.value.Lo))
			}
		}
	}
	return out
}

// retractionStarts are the first two words of the phrases of
// [retracted-writings] ("as we" of "as we wrote"): a sentence whose text
// holds none of them takes no figure back (see mayRetract).
var retractionStarts = func() []string {
	var out []string
	for _, p := range retractedWritings {
		if w := strings.Join(p[:min(2, len(p))], " "); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}()

// mayRetract reports whether a sentence's text holds the start of a phrase
// of [retracted-writings]: the only sentences worth folding and parsing
// for a figure taken back.
func mayRetract(s string) bool {
	for _, w := range retractionStarts {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// aboutFact reports whether a sentence holds a term of the fact, or a
// figure in its unit.
func (m *matcher) aboutFact(sent *sentence) bool {
	if m.loc.anyTermIn(sent) {
		return true
	}
	for _, n := range sent.numberMentions() {
		if _, _, ok := m.numberReadings(sent, n); ok && len(m.units) > 0 {
			return true
		}
	}
	return false
}

// newEventAfterIt reports whether a sentence that goes on through "it" and
// a verb of being tells, with a participle of its own that is no term of
// the fact, of another thing done to it: "The bridge opened in 1971. It
// was last rehabilitated in 2012." ("It was opened in 1971" names the
// fact's own event.)
func (m *matcher) newEventAfterIt(sent *sentence) bool {
	toks := sent.folded().tokens
	if len(toks) < 3 || toks[0].Text != "it" || !anaphoraVerbs[toks[1].Text] {
		return false
	}
	for k := 2; k < len(toks) && k <= 4; k++ {
		if w := toks[k].Text; len(w) > 4 && strings.HasSuffix(w, "ed") {
			return !m.loc.termAt(sent, k)
		}
	}
	return false
}

// countFunc counts the findings for which f holds.
func countFunc(fds []*Finding, f func(*Finding) bool) int {
	n := 0
	for _, fd := range fds {
		if f(fd) {
			n++
		}
	}
	return n
}

// verdictOf judges a cell by its findings: a sure disagreement
// contradicts; otherwise an agreement agrees; otherwise a disagreement
// that may be another fact's is unsure; otherwise the sheet's figure read
// without its unit agrees, even beside a figure of one moment or one since
// corrected.
func verdictOf(fds []*Finding) Verdict {
	agrees, loose, unsure, passing := false, false, false, false
	for _, f := range fds {
		switch {
		case !f.Agrees && !f.Unsure:
			return Contradicts
		case f.Agrees && f.loose:
			loose = true
		case f.Agrees:
			agrees = true
		case f.passing || f.corrected:
			passing = true
		default:
			unsure = true
		}
	}
	switch {
	case agrees:
		return Agrees
	case unsure:
		return Unsure // the sheet's figure without its unit outweighs no doubt
	case loose:
		return Agrees // but a figure of one moment, or since corrected ("1,200 so far", then "the total ... at 1,450")
	case passing:
		return Unsure
	}
	return Silent
}

// settleWithinSentences moves to Unresolved every disagreeing value of a
// sentence that also states a value the sheet allows: "first rated 3.7,
// then 9.0", "the new model's two displays, against the old one's single
// display". A bound that allows the sheet's value in another unit than the
// disagreeing one restates it and settles nothing: "187 mm, more than
// seven inches". The sentence gives the sheet's value; the other is taken as
// about something else (a former value, a comparison), not as a
// contradiction, and is shown for review.
func (m *matcher) settleWithinSentences(c *Cell) {
	agreeing := make(map[int]*Finding)
	for _, fd := range c.Findings {
		if a, ok := agreeing[sentenceKey(fd)]; fd.Agrees && !fd.partial && (!ok || a.open) {
			agreeing[sentenceKey(fd)] = fd
		}
	}
	if len(agreeing) == 0 || len(agreeing) == len(c.Findings) {
		return
	}
	kept := c.Findings[:0]
	for _, fd := range c.Findings {
		if a := agreeing[sentenceKey(fd)]; !fd.Agrees && a != nil && !(a.open && a.unit != fd.unit) {
			m.tracef("    %q disagrees, but its sentence also states the sheet's value: taken as about something else, not judged", fd.Says)
			fd.How = joinHow(fd.How, "read as "+fd.Value+", but the same sentence states the sheet's value: taken as about something else, not judged")
			c.Unresolved = append(c.Unresolved, fd)
			continue
		}
		kept = append(kept, fd)
	}
	c.Findings = kept
}

// settleWithinSource moves to Unresolved every sure disagreeing value
// that yields (a number, a name the sheet says not to confuse with the
// fact's, a date coarser than a day) of a source that states the sheet's
// value outright elsewhere. A source that knows the figure is taken to
// speak of something else when it gives another in the same unit: "14
// restaurants were closed" in the lede, "a closure order for three
// locations" in the next state further down; the group's chief executive
// beside the airline's; "the test flight in 2023" beside the launch's
// day. They are shown for review. A misspelling stays a contradiction: it
// names no one else. So does another day: a source may well date the
// event right once and wrong later.
func (m *matcher) settleWithinSource(c *Cell, src *reading) {
	firm := settling(c.Findings)
	if firm == nil {
		return
	}
	kept := c.Findings[:0]
	var secs []int // sections(src), made when a restatement needs them
	for _, fd := range c.Findings {
		if !fd.Agrees && !fd.Unsure && fd.yields && (!fd.yieldsInParagraph || sameParagraph(src, fd, firm)) && aboutOther(src, &secs, fd, firm) && m.labelFor(c, fd) == nil { // a labelled value stays one
			at := strconv.Itoa(firm.Pos.Line) + ":" + strconv.Itoa(firm.Column())
			m.tracef("    %q disagrees, but the source states the sheet's value at %s: taken as about something else, not judged", fd.Says, at)
			fd.How = joinHow(fd.How, "read as "+fd.Value+", but the source states the sheet's value at "+at+": taken as about something else, not judged")
			c.Unresolved = append(c.Unresolved, fd)
			continue
		}
		kept = append(kept, fd)
	}
	c.Findings = kept
}

// sameParagraph reports whether two findings' sentences stand in one
// paragraph.
func sameParagraph(src *reading, a, b *Finding) bool {
	para := func(start int) int {
		k := sort.Search(len(src.sents), func(i int) bool { return src.sents[i].Start >= start })
		if k < len(src.sents) {
			return src.sents[k].Para
		}
		return -1
	}
	return para(a.sentStart) == para(b.sentStart)
}

// settling returns the agreeing finding that settles a source's other
// values (see settleWithinSource): the first firm one, stated outright
// with no negation or condition before it; failing that, the first
// approximate figure so stated ("about 85,000 daily riders"), which also
// shows that the source knows the sheet's figure. An agreement read
// without the unit, or a bound ("more than 6"), settles nothing.
func settling(fds []*Finding) *Finding {
	var near *Finding
	for _, fd := range fds {
		switch {
		case !fd.firm && (!fd.near || fd.loose || near != nil):
		case qualified(fd.Sentence, fd.Says):
		case fd.firm:
			return fd
		default:
			near = fd
		}
	}
	return near
}

// aboutOther reports whether a disagreeing finding speaks of something
// other than the firm one: its sentence does not restate the firm one's,
// or restates it under another version's heading. secs holds
// sections(src) once a restatement has needed them.
func aboutOther(src *reading, secs *[]int, fd, firm *Finding) bool {
	if !restatement(fd.Sentence, firm.Sentence) {
		return true
	}
	if *secs == nil {
		*secs = sections(src)
	}
	return otherSection(src, *secs, fd, firm)
}

// otherSection reports whether two findings stand under different
// headings of versions or dates (see sections), as a changelog's do ("##
// [13.0.0] - 2025-04-08" and "## [14.2.0]"): a restatement there speaks of
// another version, not against the firm one. secs is sections(src).
func otherSection(src *reading, secs []int, a, b *Finding) bool {
	at := func(start int) int {
		k := sort.Search(len(src.sents), func(i int) bool { return src.sents[i].Start >= start })
		if k < len(secs) {
			return secs[k]
		}
		return -1
	}
	ha, hb := at(a.sentStart), at(b.sentStart)
	return ha >= 0 && hb >= 0 && ha != hb
}

// sections returns, for each sentence of a source, the index of the
// version heading over it (see versionHeading), or -1.
func sections(src *reading) []int {
	out := make([]int, len(src.sents))
	cur := -1
	for k := range src.sents {
		out[k] = cur
		if versionHeading(src, k) {
			cur = k
		}
	}
	return out
}

// versionHeading reports whether sentence k heads a version's or a date's
// section: it stands alone in its paragraph, ends with no stop, holds few
// words, is no list item or table row, and holds a version ("14.2.0",
// "v2.3") or, on a heading line of its markup ("## March 2025"), a year. A
// live blog's "## 09:14" or a photo's caption dated 2026 heads none.
func versionHeading(src *reading, k int) bool {
	sent := &src.sents[k]
	alone := sent.First && (k+1 == len(src.sents) || src.sents[k+1].First)
	t := strings.TrimSpace(sent.Piece().S)
	if !alone || t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:") || strings.Contains(t, "|") || len(sent.folded().tokens) > sectionHeadingWords || listItem(src, sent) {
		return false
	}
	if clockInHeading.MatchString(t) {
		return false // "**15 May 2024, 09:14 BST**": a live blog's stamp
	}
	if versionLike.MatchString(t) && !dottedDate.MatchString(t) {
		return true
	}
	ls, le := src.LineOf(sent.Start)
	marked := headingLine(src, sent) || strings.HasPrefix(strings.TrimSpace(src.Raw()[ls:le]), "**")
	return marked && yearLike.MatchString(t)
}

// headingLine reports whether a sentence opens a line that its markup makes
// a heading: "## ..." in Markdown, "<h2>..." in HTML.
func headingLine(src *reading, sent *sentence) bool {
	ls, le := src.LineOf(sent.Start)
	line := strings.TrimSpace(src.Raw()[ls:le]) // no copy: this is asked of every quoted passage
	return strings.HasPrefix(line, "#") || len(line) > 3 && line[0] == '<' && (line[1] == 'h' || line[1] == 'H') && line[2] >= '1' && line[2] <= '6'
}

// boldLine reports whether the line at a byte offset is bold from end to
// end in Markdown, as a live blog writes an entry's title: "**12:15 -
// 'They did everything right' - coastguard**"; not a line that opens
// with a bold lead-in only ("**Update:** the coastguard said ...").
func boldLine(src *reading, at int) bool {
	ls, le := src.LineOf(at)
	line := strings.TrimSpace(src.Raw()[ls:le])
	return len(line) > 4 && strings.HasPrefix(line, "**") && strings.HasSuffix(line, "**")
}

// versionLike matches a version in a heading ("14.2.0", "[4.1]",
// "Version 14", "Release 3", "v2.1"), not a dotted clock ("09.14");
// yearLike a year.
var versionLike, yearLike = regexp.MustCompile(`\d+\.\d+\.\d{1,3}\b|\b[vV]\d+\.\d+|\bv\d+\b|\b(?i:version|release)\s+\d+|\[\d+\.\d+`), regexp.MustCompile(`\b(19|20)\d\d\b`)

// dottedDate matches a date written with dots, "14.05.24": no version.
var dottedDate = regexp.MustCompile(`\b\d{1,2}\.0\d\.\d{2,4}\b|\b\d{1,2}\.1[0-2]\.\d{2,4}\b`)

// clockInHeading matches a clock time ("09:14", "09.14 BST"), which makes
// a line a live blog's stamp, not a version's heading ("## Version 2.10").
var clockInHeading = regexp.MustCompile(`\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*(a\.?m\b|p\.?m\b|(UTC|GMT|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT)\b)`)

// sectionHeadingWords is how many words a section's heading may hold.
const sectionHeadingWords = 12

// qualified reports whether a sentence may deny or doubt the value it
// states (says): a negation or a word of condition stands a few words
// before it ("denied that four workers died", "if four had died").
// Such a statement of the sheet's value settles nothing.
func qualified(sentence, says string) bool {
	at := strings.Index(sentence, says)
	if at < 0 {
		return false
	}
	before := text.Tokenize(text.Fold(sentence[:at]))
	for _, t := range before[max(0, len(before)-qualifierReach):] {
		if negations[t.Text] && !firingVerbs[t.Text] || qualifiers[t.Text] {
			return true // not "was dismissed on Sunday", a coach's sacking
		}
	}
	return false
}

// qualifierReach is how many words before a value a negation or a word of
// condition governs it.
const qualifierReach = 6

// qualifiers are the words that make a statement of a value less than
// firm besides negations: a condition, a correction; firingVerbs are
// negations that also say someone was sacked ("was dismissed on Sunday"),
// which qualify no value.
var qualifiers, firingVerbs = lexicon.Set("qualifiers"), lexicon.Set("firing-verbs")

// restatesShare is the share of words two sentences must have in common
// for one to restate the other.
const restatesShare = 0.8

// restatement reports whether a sentence says what another says, its figures
// aside: most of their words are the same ("asked the staff to leave
// within 25 hours" twice, once with 24). A source that states the fact
// twice and gives another figure the second time contradicts itself; a
// figure in a sentence about something else is settled by the firm one.
func restatement(a, b string) bool {
	wa, wb := wordSet(a), wordSet(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	shared := 0
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	return float64(shared) >= restatesShare*float64(max(len(wa), len(wb)))
}

// wordSet returns the folded words of a sentence, numbers left out.
func wordSet(s string) map[string]bool {
	out := make(map[string]bool)
	for _, t := range text.Tokenize(text.Fold(s)) {
		if !isDigits(t.Text) {
			out[t.Text] = true
		}
	}
	return out
}

// levelAfter reports whether "to" or "from" and a figure stand within six
// words after the change word at token k of a claim: the claim gives a
// level ("fell 6.6% to $45.10", "down from 2.5 percent"; not "rose 12
// cents in March to the highest level since 2022").
func levelAfter(toks []text.Token, k int) bool {
	for j := k + 1; j+1 < len(toks) && j <= k+6; j++ {
		if w := toks[j].Text; w != "to" && w != "from" {
			continue
		}
		for f := j + 1; f < len(toks) && f <= j+3; f++ {
			if isDigits(toks[f].Text) {
				return true // "to $45.10", "to a record $1.85"
			}
		}
	}
	return false
}

// clockAfter, after a figure, make it a time of day: "by 3 pm".
var clockAfter = lexicon.Set("clock-after")

// amountAfterBy reports whether token j is "by" before an amount: a
// figure that is no year ("by 2024") and no clock time ("by 3 pm", "by
// 15:00").
func amountAfterBy(s string, toks []text.Token, j int) bool {
	if toks[j].Text != "by" || j+1 >= len(toks) || !isDigits(toks[j+1].Text) {
		return false
	}
	w := toks[j+1].Text
	if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1900 && y <= 2100 {
		return false
	}
	if j+2 < len(toks) && (s[toks[j+1].End:toks[j+2].Start] == ":" || clockAfter[toks[j+2].Text]) {
		return false
	}
	return true
}

// changeClaim returns the word that makes a fact a change, or "": its claim's own figure
// follows a word of change with no "to" or "from" between (see
// changedBy). With no figure of its own in the claim, a fact is a change
// when its claim holds a word
// of [change-words], [change-before] or [comparative-after] with a figure
// or "by" a few words after it and no "to" before them ("rose 0.8
// percent", "cut its rate by 25 basis points", "closed up 8.4%"; not "rose
// to $1.85", a level, nor "31 °C as temperatures soared"), or one of its
// about terms is such a word.
func changeClaim(f *facts.Fact) string {
	folded := text.Fold(f.Claim)
	toks := text.Tokenize(folded)
	fig := claimFigure(f, folded, toks)
	named := namedWords(f.Claim)
	for k, t := range toks {
		if !changeWord(t.Text) && !comparativeAfter[t.Text] && !movementVerbs[t.Text] || k > 0 && shareVerbs[toks[k-1].Text] || named[t.Text] {
			continue // "make up 12% of": a particle; "the Kessel Narrows Bridge": a name
		}
		if fig >= 0 {
			if changedBy(folded, toks, k, fig) {
				return t.Text
			}
			continue
		}
		if levelAfter(toks, k) {
			continue // "rose to $1.85", "fell 6.6% to $45.10", "down from 2.5 percent": a level
		}
		if amountAfter(folded, toks, k) {
			return t.Text
		}
	}
	for _, g := range f.About {
		for _, term := range g {
			if w := text.Fold(strings.TrimSuffix(term, "*")); changeWord(w) || comparativeAfter[w] {
				return w
			}
		}
	}
	return ""
}

// namedWords returns the words, folded, that a claim writes with a
// capital after its first word: parts of names ("the Kessel Narrows
// Bridge"), no words of change.
func namedWords(claim string) map[string]bool {
	out := map[string]bool{}
	for i, w := range strings.Fields(claim) {
		w = strings.Trim(w, ".,;:!?\"'()“”‘’")
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
			out[text.Fold(w)] = true
		}
	}
	return out
}

// amountAfter reports whether a figure, or "by" and one, stands a few
// words after the change word at token k: "rose 0.8 percent", "cut its
// rate by 25 basis points", "closed up 8.4%"; not "soared by 3 pm".
func amountAfter(folded string, toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].Text == "by" && amountAfterBy(folded, toks, j) || isDigits(toks[j].Text) && !(j > 0 && toks[j-1].Text == "by") {
			return true
		}
	}
	return comparativeAfter[toks[k].Text] && k > 0 && isDigits(toks[k-1].Text) // "8.4% up"
}

// changedBy reports whether the change word at token k of a claim changes
// by the fact's own figure at token fig: the figure follows it closely in
// its clause with no "to", "from" or word of [level-before] between ("rose
// 5.2% in the year to March 2026", "were cut by the ECB by 0.25 percentage
// points"; not "rose 12 cents to a record $1.85" for 1.85, nor "rose again
// in March, hitting a record $1.85"), after "up" or "down" only over words
// of [change-fillers], or stands right before a word of
// [comparative-after] ("8.4% up").
func changedBy(folded string, toks []text.Token, k, fig int) bool {
	if fig < k {
		return comparativeAfter[toks[k].Text] && fig == k-1
	}
	if fig-k > claimChangeReach {
		return false
	}
	for j := k + 1; j < fig; j++ {
		w := toks[j].Text
		if w == "to" || w == "from" || levelBefore[w] || strings.ContainsAny(folded[toks[j-1].End:toks[j].Start], ",;:") {
			return false // "rose to $1.85", "rose again in March, hitting a record $1.85"
		}
		if comparativeAfter[toks[k].Text] && !changeFillers[w] {
			return false // "set up a US$450 million fund": a particle ("up by 6%", "closed down nearly 8%" are changes)
		}
	}
	return !strings.ContainsAny(folded[toks[fig-1].End:toks[fig].Start], ",;:")
}

// levelBefore, between a change word and a claim's figure, make the figure
// the level reached: "rose in March, hitting a record $1.85".
// changeFillers are the words that may stand between "up" or "down" and
// the figure it changed by: "up by 6%", "down nearly 8%", "up an
// estimated 7%".
var levelBefore, changeFillers = lexicon.Set("level-before"), lexicon.Set("change-fillers")

// claimChangeReach is how many words after a change word a claim's
// figure may stand and be what changed: "were cut by the ECB by 0.25".
const claimChangeReach = 8

// claimFigure returns the token where a number fact's own figure starts in
// its claim, or -1: the first figure of the claim whose value the sheet
// accepts.
func claimFigure(f *facts.Fact, folded string, toks []text.Token) int {
	if f.Kind != facts.KindNumber {
		return -1
	}
	for _, loc := range claimFigures.FindAllStringIndex(folded, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(folded[loc[0]:loc[1]], ",", ""), 64)
		if err != nil || !acceptsFigure(f, v) {
			continue
		}
		for k, t := range toks {
			if t.Start >= loc[0] {
				return k
			}
		}
	}
	return -1
}

// claimFigures finds the figures of a claim: "5.2", "1,250", "45.10".
var claimFigures = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// acceptsFigure reports whether one of a number fact's values, before any
// scale word ("1.2" of "1.2 million"), is v.
func acceptsFigure(f *facts.Fact, v float64) bool {
	for _, iv := range f.Numbers {
		for _, scale := range []float64{1, 1e3, 1e6, 1e9} {
			if x := v * scale; x >= iv.Lo && x <= iv.Hi {
				return true
			}
		}
	}
	return false
}

// sentenceKey identifies a finding's sentence: where it starts in the file.
func sentenceKey(fd *Finding) int { return fd.sentStart }

func joinHow(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "; " + b
}
