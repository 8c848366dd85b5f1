package checks

import (
	"slices"
	"strings"
)

// nameKind reads a name fact: the spellings of the name in located
// sentences, the one nearest the fact's terms judged.
type nameKind struct{}

func newNameKind(m *matcher) factKind {
	m.names, m.roles = newNameMatcher(m.fact.Name), newRoleRule(m.fact.Name.Roles)
	return nameKind{}
}

func (nameKind) judgeSentence(m *matcher, c *Cell, src *reading, sent *sentence, spans, _ []span, _ []peer) {
	m.nameValues(c, src, sent, spans)
}

// ownTerms locates a name fact by every spelling it accepts, compiled as
// an about term is: "O'Brien" and "Le Jardin d'hiver" match as written,
// their apostrophes and short words kept.
func (nameKind) ownTerms(m *matcher) ([]term, termRole) {
	ts := make([]term, 0, len(m.names.spelled))
	for _, sp := range m.names.spelled {
		ts = append(ts, compileTerm(strings.TrimSuffix(sp, "*")))
	}
	return ts, roleName
}

// nameValues records the names a located sentence gives for a name fact:
// the mention nearest the fact's terms, and any accepted spelling within
// the window.
func (m *matcher) nameValues(c *Cell, src *reading, sent *sentence, spans []span) {
	mentions := m.names.find(src, sent)
	// "Costa, not the prime minister", "former prime minister Lima": a
	// term so qualified names no holder of the post.
	held := unqualified(sent, spans)
	if len(held) == 0 {
		m.tracef("    every term is qualified by not, former or ex-: no other name here is the fact's, its own spelling still agrees")
		for i, n := range mentions {
			if n.role == nameAccepted && pastTitleHolder(sent, n.span, spans) { // "Former chief executive Anna Novak": she held it
				c.Findings = append(c.Findings, m.nameFinding(src, sent, candidate{span: n.span, at: n.span, i: i}, n, nil))
			}
		}
		return
	}
	holders := newAnchorSet(held)
	var past anchorSet
	if len(held) < len(spans) {
		past = newAnchorSet(qualifiedOnly(spans, held))
	}
	cands := m.nameCandidates(src, sent, mentions, holders, past, len(held) < len(spans))
	terms := m.names.notSpellings(sent, held) // the about terms: the name's own spelling names no post
	for _, cd := range m.closest(src, sent, cands, func(cd candidate) bool { return mentions[cd.i].role == nameAccepted }) {
		n := mentions[cd.i]
		if n.role == nameNearMiss && slices.ContainsFunc(spans, func(sp span) bool { return sp.start <= cd.span.start && cd.span.end <= sp.end }) {
			m.tracef("    %q is one of the fact's terms, no misspelt name: not read", says(src, sent, cd.span)) // about: [tribunale] and "Tribunale arbitrale dello sport"
			continue
		}
		if n.role == nameOtherBearer && inSpans(n.start, held) {
			m.tracef("    %q opens with one of the fact's terms, a title: the name after it is read", says(src, sent, cd.span)) // "Gezondheidsfunctionaris Helen Marchetti"
			n.role, n.start, cd.span.start = nameAccepted, n.start+1, cd.span.start+1
		}
		if n.role == nameOtherSurname && !m.otherSurnameHeld(sent, cd.span, terms, mentions) {
			m.tracef("    %q has the fact's given name and another surname, but is not named beside the fact's term as its holder: may be someone else, not read", says(src, sent, cd.span))
			continue
		}
		c.Findings = append(c.Findings, m.nameFinding(src, sent, cd, n, terms))
	}
}

// pastTitleHolder reports whether a name stands right after a term of the
// fact, a comma perhaps between, that "former" or "ex-" (not a negation)
// qualifies: "Former chief executive Anna Novak", "the former
// chairman, Ana Lima" name who held the post. Not "Anna Novak is not
// the chief executive", nor a name elsewhere in the sentence.
func pastTitleHolder(sent *sentence, n span, spans []span) bool {
	sc := sent.scanner()
	for _, sp := range spans {
		if sp.end != n.start || !plainGap(sc.gap(n.start)) && strings.TrimSpace(sc.gap(n.start)) != "," {
			continue
		}
		k := sp.start - 1
		if k >= 0 && (sc.tok(k) == "the" || sc.tok(k) == "a") {
			k--
		}
		if k >= 0 && notHolder[sc.tok(k)] && !negations[sc.tok(k)] {
			return true
		}
	}
	return false
}

// nameFinding judges one mention of a name (see nameRole): an accepted
// spelling agrees (see acceptedName); a name the sheet says not to confuse
// with it, another bearer of an alias, the given name with another
// surname or a near miss disagrees, unsure where it may name someone else.
func (m *matcher) nameFinding(src *reading, sent *sentence, cd candidate, n nameMention, terms []span) *Finding {
	fd := m.finding(src, sent, cd.span)
	fd.Value = fd.Says
	switch n.role {
	case nameAccepted:
		m.acceptedName(src, sent, fd, n)
	case nameOther, nameOtherBearer:
		fd.Kind, fd.How, fd.yields = "different-name", "the sheet says not to confuse "+m.fact.Name.Canonical+" with this name", true
		if n.role == nameOtherBearer {
			// "Anna Kowalska" for Marta Kowalska, "Atletico Valdemar" for
			// Sporting Valdemar: someone else, or a place named for the
			// holder ("Estadio Valdemar"). Never certain.
			fd.How = "another name than " + n.close + " that ends like one of its aliases"
			if n.tail {
				fd.How = "another name than " + n.close + " that begins like one of its aliases"
			}
			if !sent.otherHolder(cd.span, terms) || m.names.shortGiven(sent, n) {
				fd.Unsure = true
				fd.How += "; unsure: it may name someone or something else"
			} else {
				fd.How += ", named beside the fact's term as its holder"
			}
		} else if !sent.namedHolder(cd.span, terms) {
			fd.Unsure = true // "Helen Marchant, a retired principal, won 7.6 percent": named, but for what?
			fd.How += "; unsure: it does not stand beside the fact's term, so it may be named for something else"
		}
	case nameOtherSurname:
		fd.Kind, fd.yields = "different-name", true
		fd.How = "the given name of " + n.close + " with another surname, named beside the fact's term as its holder"
	case nameWrongExpansion:
		fd.Kind, fd.Unsure = "different-name", true
		fd.How = "unsure: the source spells out the acronym as another name than " + n.close + ", or names another body with the same acronym"
	case nameNearMiss:
		nearMissFinding(fd, n, sent.namedHolder(cd.span, terms))
	}
	return fd
}

// acceptedName makes the finding of an accepted spelling agree, unless a
// title beside it names another post than the fact's role. A lone surname
// or short alias is no firm agreement: "Valdemar" may be Atletico
// Valdemar's as well as Sporting Valdemar's.
func (m *matcher) acceptedName(src *reading, sent *sentence, fd *Finding, n nameMention) {
	fd.Agrees, fd.firm = true, n.end-n.start >= 2 || len(m.names.accepted[0]) == 1
	if m.roles != nil {
		m.judgeRole(src, sent, fd, n.span)
	}
}

// otherSurnameHeld reports whether the sheet's given name with another
// surname stands as the holder the fact's term names ("racedirecteur
// Carmen Olivera", "Tobias LeClair, the health minister"), in a sentence
// that does not also give the accepted name (then it is someone else:
// "Health Minister Tobias Leclerc and Finance Minister Tobias Brandt").
func (m *matcher) otherSurnameHeld(sent *sentence, sp span, terms []span, mentions []nameMention) bool {
	if slices.ContainsFunc(mentions, func(n nameMention) bool { return n.role == nameAccepted }) {
		return false
	}
	if sp.start > 0 && notHolderBefore[sent.folded().tokens[sp.start-1].Text] {
		return false
	}
	return sent.namedHolder(sp, terms)
}

// qualifiedOnly returns the spans that are not among held: the terms a
// word such as "former" or "last year's" qualifies.
func qualifiedOnly(spans, held []span) []span {
	var out []span
	for _, sp := range spans {
		if !slices.Contains(held, sp) {
			out = append(out, sp)
		}
	}
	return out
}

// notSpellings returns the spans that are no accepted spelling of the
// name: the fact's about terms, not the alias that located a sentence
// ("Harcourt" in "chair Anne Harcourt"). A term inside another name still
// counts ("Journal" in "New England Journal of Medicine").
func (m nameMatcher) notSpellings(sent *sentence, spans []span) []span {
	toks := sent.folded().tokens
	var out []span
	for _, sp := range spans {
		spelling := false
		for _, w := range m.accepted {
			spelling = spelling || len(w) == sp.end-sp.start && slices.Contains(matchWords(toks[sp.start:sp.end], w), span{0, len(w)})
		}
		if !spelling {
			out = append(out, sp)
		}
	}
	return out
}

// besideTerm is how many words may stand between a name the sheet says
// not to confuse with the fact's, or a near miss two letters off, and the
// fact's term for the name to be named as its holder for certain: "the
// prime minister, Rui Costa", "Prime Minister of Portugal, Rui Costa",
// "Rui Costa, the prime minister".
const besideTerm = 2

// namedHolder reports whether a name stands beside a term of the fact as
// the one it names: "the chief executive, Thomas Schmitt", "Thomas
// Schmitt, chief executive", "Thomas Schmitt, who discovered"; but not
// "Thomas Schmitz, chief executive of a rival", where "of" names another
// body the term may be about.
func (sent *sentence) namedHolder(sp span, held []span) bool {
	if d := sent.wordsToNearest(sp, held); d < 0 || d > besideTerm && !sent.termInApposition(sp, held) {
		return false // no term in the sentence, or none beside the name
	}
	toks := sent.folded().tokens
	for _, t := range held {
		if t.start >= sp.end && (sent.wordsToNearest(sp, []span{t}) <= besideTerm || sent.termInApposition(sp, []span{t})) && t.end < len(toks) && toks[t.end].Text == "of" {
			return false
		}
	}
	return true
}

// termInApposition reports whether a term ends the title's phrase set
// between commas beside the name at sp, however long the phrase, with no
// preposition before it there: "Jocelyn Barclay, the province's emergency
// management minister, said" names her the minister as "Jocelyn Barclay,
// the minister," does; "an aide to the minister" names someone else.
func (sent *sentence) termInApposition(sp span, held []span) bool {
	sc := sent.scanner()
	for _, ap := range []span{rightTitle(sc, sp.end), commaTitle(sc, sp)} {
		for _, t := range held {
			if ap != (span{}) && t.start >= ap.start && t.end == ap.end && !prepositionIn(sc, span{ap.start, t.start}) && !otherPostIn(sc, ap) {
				return true
			}
		}
	}
	return false
}

// otherPostIn reports whether a word of [title-time-words] or
// [title-rank-words] stands in the words at sp: "the province's former
// emergency management minister", "deputy ... minister" name another
// holder than the post's.
func otherPostIn(sc scanner, sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		if titleTimeWords[sc.tok(k)] || titleRankWords[sc.tok(k)] {
			return true
		}
	}
	return false
}

// prepositionIn reports whether a word of [object-prepositions],
// [place-prepositions] or [title-of-words] stands in the words at sp.
func prepositionIn(sc scanner, sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		if objectPrepositions[sc.tok(k)] || placePreps[sc.tok(k)] || titleOfWords[sc.tok(k)] {
			return true
		}
	}
	return false
}

// otherHolder reports whether another name that ends like an alias of the
// fact's stands as the holder the fact's term names ("the director, Anna
// Kowalska", "coached by Anna Kowalska"): beside the term, not first in
// the sentence (its capital may be the sentence's), and not after a word
// of [not-holder-before] ("his departure from Atletico Valdemar": a club
// or a place named for the holder).
func (sent *sentence) otherHolder(sp span, terms []span) bool {
	if sp.start == 0 || notHolderBefore[sent.folded().tokens[sp.start-1].Text] {
		return false
	}
	return sent.namedHolder(sp, terms)
}

// wordsToNearest returns how many words stand between sp and the nearest
// of the spans, punctuation aside and a hyphenated word or a possessive
// one word ("quad-core", "the city's").
func (sent *sentence) wordsToNearest(sp span, spans []span) int {
	f := sent.folded()
	best := -1
	for _, t := range spans {
		from, to := t.end, sp.start
		if sp.end <= t.start {
			from, to = sp.end, t.start
		}
		n := 0
		for k := from; k < to; k++ {
			if g := f.norm.S[f.tokens[k-1].End:f.tokens[k].Start]; k == from || g != "-" && g != "'" && g != "’" {
				n++
			}
		}
		if best < 0 || n < best {
			best = n
		}
	}
	return best
}

// nearMissFinding words the finding of a near miss of the name: a
// misspelling, unsure when two letters off and not named as the fact's
// holder (held), as it may name another person; or an identifier off.
func nearMissFinding(fd *Finding, n nameMention, held bool) {
	fd.Kind, fd.How = "spelling", "a spelling close to "+n.close+" that the sheet does not accept"
	switch {
	case n.code != codeNotOff:
		codeNearMiss(fd, n)
	case n.twoOff && !held:
		fd.Unsure = true // two letters off: a misspelling, or another person
		fd.How += "; unsure: two letters off and not beside the fact's term, it may name another person"
	}
}

// codeNearMiss words the finding of an identifier one character off the
// sheet's. A slip (see codeSlip) is certain; a digit or a suffix off may
// be another identifier of a series ("CVE-2025-31848" beside
// CVE-2025-31847, "zip7qs" beside zip7q), so it is unsure. Either is another identifier in a source that also gives the
// sheet's: it yields to it (see settleWithinSource).
func codeNearMiss(fd *Finding, n nameMention) {
	fd.yields = true
	if n.code == codeSlip {
		fd.How = "an identifier one letter off " + n.close + " in the letters it opens with: a slip, as identifiers of a series differ in their digits or suffixes"
		return
	}
	fd.Unsure = true
	fd.How = "an identifier one character off " + n.close + "; unsure: a slip, or another identifier of the same series"
}

// nameCandidates gives each name mentioned its distance to the terms that
// name a holder of the post (holders), leaving out, when some term is
// qualified (qualified), a mention nearer a term of a past or no holder.
// An accepted spelling names the fact by itself, however far the terms
// that located the sentence: it stands at most the window away.
func (m *matcher) nameCandidates(src *reading, sent *sentence, mentions []nameMention, holders, past anchorSet, qualified bool) []candidate {
	var cands []candidate
	for i, n := range mentions {
		d, p := sent.nearest(n.span, holders), sent.nearest(n.span, past)
		if qualified && p >= 0 && p < d && n.role != nameAccepted {
			m.tracef("    %q stands nearer a term that names a past or no holder (\"last year's winner\", \"former minister\"): not read", says(src, sent, n.span))
			continue
		}
		if n.role == nameAccepted && (d < 0 || d > m.fact.Within) && (p < 0 || !qualified) {
			d = m.fact.Within
		}
		cands = append(cands, candidate{span: n.span, at: n.span, dist: d, i: i})
	}
	return cands
}
