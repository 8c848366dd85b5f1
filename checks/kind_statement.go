package checks

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// statementKind reads a statement fact: how each located sentence stands
// to it, by its supporting and refuting phrases.
type statementKind struct{}

func newStatementKind(m *matcher) factKind {
	m.claims = newStatementMatcher(m.fact.Statement)
	return statementKind{}
}

func (statementKind) judgeSentence(m *matcher, c *Cell, src *reading, sent *sentence, spans, _ []span, _ []peer) {
	m.stances(c, src, sent, spans)
}

// ownTerms locates a statement without about: terms by its phrases.
func (statementKind) ownTerms(m *matcher) ([]term, termRole) {
	if len(m.fact.About) > 0 {
		return nil, rolePhrase
	}
	return append(append([]term{}, m.claims.supports...), m.claims.refutes...), rolePhrase
}

// inLongerTerm reports whether a phrase lies inside a longer term match:
// "investigation" in the term "Marine Accident Investigation Branch" is a
// word of the body's name.
func inLongerTerm(sp span, spans []span) bool {
	return slices.ContainsFunc(spans, func(t span) bool {
		return t.start <= sp.start && sp.end <= t.end && t.end-t.start > sp.end-sp.start
	})
}

// stances records how a located sentence stands to the statement: a
// phrase that a colon parts from every term of the fact, in a clause of
// its own, is hedged (see ownClause).
func (m *matcher) stances(c *Cell, src *reading, sent *sentence, spans []span) {
	st := m.fact.Statement
	for _, sm := range m.claims.find(sent, listItem(src, sent)) {
		if inLongerTerm(sm.span, spans) {
			m.tracef("    %q stands inside a longer term of the fact (\"Investigation\" in \"Marine Accident Investigation Branch\"): a word of a name, not read", says(src, sent, sm.span))
			continue
		}
		if sm.stance == asserts && len(m.fact.About) > 0 && ownClause(sent, sm.span, spans) {
			sm.stance, sm.cue = hedged, "a clause of its own"
		}
		fd := m.stanceFinding(src, sent, &sm)
		switch sm.stance {
		case reports, reportsDenial:
			if !st.Attributed {
				fd.How = fmt.Sprintf("attributed to someone (%q); the sheet does not count attributed claims (attributed: ignored)", sm.cue)
				c.Unresolved = append(c.Unresolved, fd)
				continue
			}
			fd.How = fmt.Sprintf("attributed to someone (%q), which the sheet counts", sm.cue)
			fd.Agrees = st.Holds == (sm.stance == reports)
		case hedged, doubtful:
			fd.How = notCounted(sm)
			c.Unresolved = append(c.Unresolved, fd)
			continue
		case deniesReport:
			fd.Agrees, fd.Unsure, fd.How = deniedReportFinding(st.Holds, sm.cue)
		case deniesSoFar:
			if st.Holds {
				fd.How = fmt.Sprintf("denied as of the time of writing (%q), a state that may have changed since: not counted against the sheet", sm.cue)
				c.Unresolved = append(c.Unresolved, fd)
				continue
			}
			fd.How = fmt.Sprintf("denied as of the time of writing (%q), as the sheet holds", sm.cue)
			fd.Agrees = true
		case denies:
			if sm.cue != "" {
				fd.How = fmt.Sprintf("a supporting phrase under a negation (%q)", sm.cue)
			}
			fd.Agrees = !st.Holds
			if st.Holds && denialVerbs[sm.cue] && !st.Attributed {
				fd.How = fmt.Sprintf("a denial someone made (%q), which the source reports: not counted against the sheet, as the accused often deny what is so (a sheet with attributed: counts counts it)", sm.cue)
				c.Unresolved = append(c.Unresolved, fd)
				continue
			}
		default:
			fd.Agrees = st.Holds
		}
		if !fd.Agrees {
			if why := m.statementDoubt(src, sent, spans, sm.span); why != "" {
				fd.Unsure, fd.How = true, joinHow(fd.How, "unsure: "+why)
			}
		}
		fd.Kind = "contrary"
		c.Findings = append(c.Findings, fd)
	}
}

// stanceFinding is the finding of a phrase's stance in a sentence, or of
// the answer to the question that holds it ("Are request prices
// changing?" then "No."), which may turn its stance.
func (m *matcher) stanceFinding(src *reading, sent *sentence, sm *stanceMention) *Finding {
	fd := m.finding(src, sent, sm.span)
	if ans, ok := answered(src, sent, sm); ok {
		fd = m.finding(src, ans, span{0, 1})
		fd.How = "the answer (\"" + ans.Text() + "\") to the question that holds the phrase"
	}
	fd.Value = stanceNames[sm.stance]
	return fd
}

// statementDoubt says why a statement's phrase at sp that disagrees may
// tell of something else, or "": another thing of its kind (see
// otherInstance), several of them (see pluralOfOwn), or another time.
func (m *matcher) statementDoubt(src *reading, sent *sentence, spans []span, sp span) string {
	if why := m.otherInstance(sent, spans, wordingOf(sp)); why != "" {
		return why
	}
	if w := sent.pluralOfOwn(spans, m.own); w != "" {
		return "\"" + w + "\" tells of several things of the fact's kind, which may not hold the fact's"
	}
	if y := m.era.otherEvent(sent, sp, src.Published, m.own); y != "" {
		return "the sentence dates it to " + y + ", outside the years of the sheet's dates: it may tell of another time"
	}
	return ""
}

// wordingOf returns the span of a statement's phrase of two words or more,
// whose words are the fact's wording ("unrelated to the update"), or nil: a
// bare "unrelated" may be the other matter's adjective.
func wordingOf(sp span) []span {
	if sp.end-sp.start > 1 {
		return []span{sp}
	}
	return nil
}

// otherInstance says why a sentence may tell of another thing of the
// fact's kind, or "": a word makes the fact's thing another of its kind
// ("a second leak"), it names another identifier of the claim's kind ("a
// flaw in a rival kit, CVE-2025-20931, was exploited"), or a word of
// [other-matter-words] sets it apart ("a separate flaw"), outside the
// fact's own words at phrase (a statement's phrase: "unrelated to the
// update"). Statements ask it; values ask it first of their sentence doubts.
func (m *matcher) otherInstance(sent *sentence, spans, phrase []span) string {
	if w := sent.anotherOfItsKind(spans, m.own); w != "" {
		return "\"" + w + "\" makes the fact's thing another of its kind, or it at another stage"
	}
	if w := sent.anotherSubject(spans, m.own); w != "" {
		return "\"" + w + "\" tells of the fact's event done again, to another one"
	}
	if w := m.otherCode(sent); w != "" {
		return otherCodeWhy(w)
	}
	if w := sent.otherMatter(m.sheet, phrase); w != "" {
		return "\"" + w + "\" sets the sentence apart from the story: it may tell of another matter"
	}
	return ""
}

// notCounted says why a hedged or doubtful phrase is not counted.
func notCounted(sm stanceMention) string {
	switch {
	case sm.cue == headingCue:
		return "a heading or a label of its own, which names a subject and asserts nothing: not counted"
	case sm.cue == questionCue:
		return "in a question, which asserts nothing: not counted"
	case strings.HasPrefix(sm.cue, negationAfterCue):
		return fmt.Sprintf("a negation after the phrase (%q), which may deny it or something else: not read, not counted", strings.TrimPrefix(sm.cue, negationAfterCue))
	case otherDenyingPronouns[sm.cue]:
		return fmt.Sprintf("a pronoun of another language that denies a subject (%q): whether it denies the phrase is not parsed, not counted", sm.cue)
	case sm.stance == doubtful:
		return fmt.Sprintf("a refuting phrase under a negation, a hedge or a moment it may change after (%q): too uncertain, not counted", sm.cue)
	}
	return fmt.Sprintf("hedged (%q): not counted", sm.cue)
}

// ownClause reports whether a colon parts a phrase from every term of the
// fact in its sentence, and the phrase's part holds a verb of its own
// before it (an auxiliary), opening no quotation (a semicolon joins
// clauses of one thought too often to part them): "Asked whether passwords were
// leaked, she said no: only messages were exposed" tells of messages.
// "Cause of the outage: a cyberattack" states the cause, and "...: they
// were exposed" goes on through its pronoun.
func ownClause(sent *sentence, sp span, spans []span) bool {
	if !partedBy(sent, sp, spans, ":") {
		return false
	}
	sc := sent.scanner()
	aux := false
	for k := sp.start - 1; k >= 0; k-- {
		aux = aux || auxiliaries[sc.tok(k)]
		if g := sc.gap(k); strings.Contains(g, ":") {
			turned := colonTurns[sc.tok(k)] || k > 0 && colonAnswers[sc.tok(k-1)]                     // "said no: only messages were exposed"
			return turned && aux && !openingPronouns[sc.tok(k)] && !strings.ContainsAny(g, "\"“”«»„") // not "...: they were exposed", which goes on, nor a quotation it opens
		}
	}
	return false
}

// colonTurns, opening what follows a colon, restrict it to something else
// ("only", "just", "but"); colonAnswers, right before the colon, answer
// or deny ("said no:"). Either makes the part after it a clause of its
// own; "confirmed the worst about the passwords: all had been exposed"
// goes on.
var colonTurns, colonAnswers = lexicon.Set("colon-turns"), lexicon.Set("colon-answers")

// bulletMarks are what opens an item of a list: "- ", "* ", "• ".
const bulletMarks = "-*•+"

// openTag reports whether a line opens with the HTML tag name, perhaps
// after the opening tag of a list: "<li>", "<ul><li class=x>".
func openTag(line, name string) bool {
	l := lowerASCII(line[:min(len(line), 16)])
	l = strings.TrimPrefix(strings.TrimPrefix(l, "<ul>"), "<ol>")
	return strings.HasPrefix(l, "<"+name+">") || strings.HasPrefix(l, "<"+name+" ")
}

// listItem reports whether a sentence opens an item of a list, whose line
// starts with a bullet or a number and a stop, and does not end with a
// colon: a list states its items ("- 0 deaths"), where a heading or a
// label names a subject.
func listItem(src *reading, sent *sentence) bool {
	ls, le := src.LineOf(sent.Start)
	line := strings.TrimSpace(src.Raw()[ls:le])
	if strings.HasSuffix(strings.TrimRight(line, " *_"), ":") {
		return false
	}
	if rest := strings.TrimLeft(line, bulletMarks); len(rest) < len(line) && strings.HasPrefix(rest, " ") || openTag(line, "li") {
		return true
	}
	digits := strings.TrimLeft(line, "0123456789")
	return len(digits) < len(line) && (strings.HasPrefix(digits, ". ") || strings.HasPrefix(digits, ") "))
}

// answerWords are the bare answers that settle a yes-or-no question:
// "no" denies what it asks, "yes" asserts it.
var answerWords = lexicon.Pairs("answer-words")

// answered reads a phrase in a question (questionCue) that the next
// sentence answers with a bare yes or no ("Are request prices changing?"
// then "No." or "No, they stay the same."): the phrase is asserted as
// asked, or denied, and the answer is returned for the evidence.
func answered(src *reading, sent *sentence, sm *stanceMention) (*sentence, bool) {
	if sm.cue != questionCue || sent.index+1 >= len(src.sents) {
		return nil, false
	}
	ans := &src.sents[sent.index+1]
	f := ans.folded()
	if len(f.tokens) == 0 || answerWords[f.tokens[0].Text] == "" {
		return nil, false
	}
	if len(f.tokens) > 1 && !strings.ContainsAny(ans.scanner().gap(1), ".,;:!—–") {
		return nil, false // "No one knows", "Yes men": no bare answer
	}
	refutes := sm.stance == doubtful // a refuting phrase in a question is doubtful, a supporting one hedged
	yes := answerWords[f.tokens[0].Text] == "yes"
	switch {
	case yes == refutes:
		sm.stance = denies
	default:
		sm.stance = asserts
	}
	sm.cue = ""
	return ans, true
}

// pluralOfOwn returns the term of a statement found in the sentence,
// when every one found is the plural of a singular word of the fact's own
// after a determiner ("their landers" for a fact about "the lander"), or
// "": the sentence tells of several things of the kind, which may not
// hold the fact's ("one of their landers tipped over"). Not a verb's
// ending ("the museum reopens"), nor a fact whose own words are plural.
func (sent *sentence) pluralOfOwn(spans []span, own map[string]bool) string {
	sc := sent.scanner()
	w := ""
	for _, sp := range spans {
		last := sc.tok(sp.end - 1)
		one := strings.TrimSuffix(last, "s")
		if own[last] || one == last || !own[one] && !own[strings.TrimSuffix(one, "e")] || !pluralDeterminers[sc.tok(sp.start-1)] {
			return ""
		}
		if pluralUniversals[sc.tok(sp.start-2)] || sc.tok(sp.start-2) == "of" && pluralUniversals[sc.tok(sp.start-3)] {
			return "" // "All the hostages were released", "all of the landers": the fact's own among them
		}
		w = last
	}
	return w
}

// pluralDeterminers and pluralUniversals: see pluralOfOwn.
var pluralDeterminers, pluralUniversals = lexicon.Set("plural-determiners"), lexicon.Set("plural-universals")

// deniedReportFinding is how a report the source calls wrong ("Early
// reports that a cable had broken are incorrect") bears on a statement:
// it agrees with one held false, and is unsure against one held true, as
// the report may be wrong in a detail only.
func deniedReportFinding(holds bool, cue string) (agrees, unsure bool, how string) {
	if holds {
		return false, true, fmt.Sprintf("a report the source calls wrong (%q); unsure: it may be wrong in a detail, not in the claim", cue)
	}
	return true, false, fmt.Sprintf("a report the source calls wrong (%q), as the sheet holds", cue)
}
