package checks

import (
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/spell"
	"github.com/factcheck/factcheck/text"
)

// expansionOf returns the phrase a source writes before the acronym at
// token i, "Traveller Information System (TIS)", its own statement of
// what the acronym stands for: when the acronym stands alone in brackets,
// is written in capitals, and the capitalised words right before the
// bracket spell it with their initials.
func expansionOf(src *reading, sent *sentence, i int) (span, bool) {
	f := sent.folded()
	toks, s := f.tokens, f.norm.S
	word := toks[i].Text
	n := len(word)
	if n < 2 || n > 6 || i < n || !isLetters(word) || !writtenInCapitals(src.Original(src.SpanOf(f.norm, toks[i].Start, toks[i].End))) {
		return span{}, false
	}
	if strings.TrimSpace(s[toks[i-1].End:toks[i].Start]) != "(" || i+1 < len(toks) && !strings.HasPrefix(strings.TrimSpace(s[toks[i].End:toks[i+1].Start]), ")") {
		return span{}, false
	}
	if i+1 == len(toks) && !strings.HasPrefix(strings.TrimSpace(s[toks[i].End:]), ")") {
		return span{}, false
	}
	phrase := span{i - n, i}
	for k := phrase.start; k < phrase.end; k++ {
		if toks[k].Text[0] != word[k-phrase.start] || !anyCapitalised(src, sent, span{k, k + 1}) {
			return span{}, false
		}
		if k > phrase.start && strings.TrimSpace(s[toks[k-1].End:toks[k].Start]) != "" {
			return span{}, false
		}
	}
	return phrase, true
}

// writtenInCapitals reports whether a word is written in capitals, as
// partOfName tells an acronym from a name: "TIS", not "Tis".
func writtenInCapitals(w string) bool { return strings.ToUpper(w) == w }

// expands reports whether the accepted name ws is what an acronym of
// len(ws) letters abbreviates: its words' initials spell the acronym.
func expands(ws []string, acronym string) bool {
	if len(ws) != len(acronym) {
		return false
	}
	for k, w := range ws {
		if w == "" || w[0] != acronym[k] {
			return false
		}
	}
	return true
}

// sameExpansion reports whether the words a source writes before an
// acronym are an accepted name's: the same words, their regular forms, or
// each at most one letter off (a slip of spelling, which the near-miss
// rules judge).
func sameExpansion(got, want []string) bool {
	for k := range want {
		g, w := got[k], want[k]
		if g == w || containsString(text.WordForms(w), g) {
			continue
		}
		if utf8.RuneCountInString(w) >= minFuzzy && spell.Distance(g, w) <= 1 {
			continue
		}
		return false
	}
	return true
}

// wrongExpansions turns each accepted acronym that a source writes after
// its own expansion into a mention of that expansion, when the expansion
// is none of the accepted names the acronym abbreviates: "Traveller
// Information System (TIS)" spells out another name than the sheet's
// Total Information System, or names another body with the same
// acronym; the cell is unsure, never a contradiction. When another
// mention already holds the expansion's words, the acronym is dropped.
func (m nameMatcher) wrongExpansions(src *reading, sent *sentence, found []nameMention) []nameMention {
	toks := sent.folded().tokens
	out := found[:0:0]
	for _, n := range found {
		phrase, ok := span{}, false
		if n.role == nameAccepted && n.end-n.start == 1 {
			phrase, ok = expansionOf(src, sent, n.start)
		}
		if !ok {
			out = append(out, n)
			continue
		}
		close, wrong := m.expandsOtherwise(toks, phrase, toks[n.start].Text)
		switch {
		case !wrong:
			out = append(out, n)
		case !overlaps(found, phrase):
			out = append(out, nameMention{span: phrase, role: nameWrongExpansion, close: close})
		}
	}
	return out
}

// expandsOtherwise reports whether the words of phrase spell out acronym
// as none of the accepted names that abbreviate to it, and names the
// first such name; false when no accepted name abbreviates to it.
func (m nameMatcher) expandsOtherwise(toks []text.Token, phrase span, acronym string) (string, bool) {
	got := make([]string, 0, phrase.end-phrase.start)
	for k := phrase.start; k < phrase.end; k++ {
		got = append(got, toks[k].Text)
	}
	close := ""
	for ai, ws := range m.accepted {
		if !expands(ws, acronym) {
			continue
		}
		if sameExpansion(got, ws) {
			return "", false
		}
		if close == "" {
			close = m.spelled[ai]
		}
	}
	return close, close != ""
}

// overlaps reports whether a mention holds a token of sp.
func overlaps(found []nameMention, sp span) bool {
	for _, n := range found {
		if n.start < sp.end && sp.start < n.end {
			return true
		}
	}
	return false
}
