package checks

import (
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/lexicon"
)

// foreignSubject returns the name that opens a sentence as the subject of
// its verb when no fact of the sheet uses any of its words (sheet), or "":
// "Rival toolkit Quillon released its update on April 9", "The separate
// Harlow Fire has burned 12,500 acres", "Tessmark Power itself suffered
// an outage". Such a sentence tells what another actor did, and a value
// there that disagrees may be that actor's. The name may follow a
// determiner, the sentence's first word and up to three lower-case words
// that are no preposition or conjunction ([not-before-subject]);
// a verb must follow it, perhaps after "on" and a weekday: an auxiliary, a
// past form in -ed, or "itself". Not a speaker ("Mayor Ana Ruiz said"),
// whose words may be the story's, unless saying is the fact's event
// (saying, a fact with said_dates: "Rival Quillon said Monday ...");
// not a month, a weekday or a German common noun.
func (sent *sentence) foreignSubject(sheet map[string]bool, saying bool) string {
	toks, sc := sent.folded().tokens, sent.scanner()
	k := 0
	for k < len(toks) && isDigits(toks[k].Text) {
		k++ // a live blog's stamp: "12:10 — ..."
	}
	first := k
	if k >= len(toks) || notBeforeSubject[toks[k].Text] || openingPronouns[toks[k].Text] || anaphora[toks[k].Text] && !determiners[toks[k].Text] {
		return ""
	}
	if determiners[toks[k].Text] || germanNounMarkers[toks[k].Text] {
		k++
	} else if k+1 < len(toks) && !unicode.IsUpper(sent.writtenAt(k+1)) && plainGap(sc.gap(k+1)) && !notBeforeSubject[toks[k].Text] {
		k++ // the first word, capitalised as any is: "Rival toolkit Quillon"
	}
	for lower := 0; k < len(toks) && !unicode.IsUpper(sent.writtenAt(k)); lower++ {
		if lower == nameSubjectReach || !isLetters(toks[k].Text) || !plainGap(sc.gap(k+1)) || notBeforeSubject[toks[k].Text] {
			return ""
		}
		k++
	}
	if k >= len(toks) || !plainGap(sc.gap(k)) {
		return ""
	}
	e := sent.capitalRun(k)
	if k == first && e == k {
		return "" // the first word alone may be any word: "Most voted"
	}
	return sent.subjectName(k, e, sheet, saying)
}

// notBeforeSubject are words after which a name is no sentence's subject:
// "Most of Verlanders voted".
var notBeforeSubject = lexicon.Set("not-before-subject")

// nameSubjectReach is how many lower-case words may stand before the name
// that is a sentence's subject: "Rival toolkit Quillon", "Dutch lender
// Brenmark".
const nameSubjectReach = 3

// capitalRun returns the last token of the run of capitalised words that
// starts at token k, with nothing but spaces between them.
func (sent *sentence) capitalRun(k int) int {
	toks, sc := sent.folded().tokens, sent.scanner()
	e := k
	for e+1 < len(toks) && plainGap(sc.gap(e+1)) && unicode.IsUpper(sent.writtenAt(e+1)) {
		e++
	}
	return e
}

// subjectName returns the capitalised words k to e, folded, when the sheet
// uses none of them and a verb follows them (see foreignSubject), or "".
func (sent *sentence) subjectName(k, e int, sheet map[string]bool, saying bool) string {
	toks, sc := sent.folded().tokens, sent.scanner()
	v := e + 1
	if v+1 < len(toks) && datePreps[toks[v].Text] && isWeekday(toks[v+1].Text) && plainGap(sc.gap(v+1)) {
		v += 2 // "Quillon Systems on Monday reported"
	}
	if v >= len(toks) || !plainGap(sc.gap(v)) || !subjectVerb(toks[v].Text, saying) {
		return ""
	}
	var words []string
	for j := k; j <= e; j++ {
		w := toks[j].Text
		if sheet[w] || !isLetters(w) || isMonth(w) || isWeekday(w) || germanNoun(sent, j) {
			return ""
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// subjectVerb reports whether a word after a name is surely a verb it is
// the subject of: an auxiliary ("has burned"), a past form in -ed
// ("released"), or "itself"; a verb of saying only when saying is the
// fact's event (saying: a fact with said_dates).
func subjectVerb(w string, saying bool) bool {
	if sayingVerbs[w] {
		return saying
	}
	return auxiliaries[w] || subjectReflexives[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && isLetters(w)
}

// otherMatter returns a word that says a sentence tells of another matter
// than the story's, or "": one of [other-matter-openers] opening it
// ("Separately, ...", "Elsewhere in Europe: ...", after a live blog's
// stamp) or one of [other-matter-words] in it ("the separate Crane
// Fire"), when no fact of the sheet uses the word, or of
// [other-matter-phrases] before what may be the story ("the death was not
// linked to the fire", see storyNamed), when it stands in none of the
// fact's own spans (the refuting phrase "unrelated to the update").
func (sent *sentence) otherMatter(sheet map[string]bool, own []span) string {
	toks := sent.folded().tokens
	k := 0
	if cls := sent.clockMentions(); len(cls) > 0 && cls[0].start == 0 {
		k = cls[0].end // "13:15 EDT — Elsewhere, ...": a stamp with its zone
	}
	for k < len(toks) && isDigits(toks[k].Text) {
		k++
	}
	if k < len(toks) && otherMatterOpeners[toks[k].Text] && !sheet[toks[k].Text] {
		return sent.scanner().tok(k)
	}
	sc := sent.scanner()
	for i, tok := range toks {
		if otherMatterWords[tok.Text] && !sheet[tok.Text] && !inSpans(i, own) {
			return tok.Text
		}
		if p := sc.phraseAt(i, otherMatterPhrases); p != nil && !inSpans(i, own) && sent.storyNamed(i+len(p)) {
			return strings.Join(p, " ")
		}
	}
	return ""
}

// storyNamed reports whether what a phrase of [other-matter-phrases]
// says the sentence's thing has nothing to do with, the words from token j
// to the end of its clause, may be the story: no date, no word of
// [other-instance] or [former-value-words] there ("the death was not
// linked to the blaze"; not "the blaze is not linked to last week's
// fires", "it was not related to the power outage earlier that day",
// something else).
func (sent *sentence) storyNamed(j int) bool {
	f := sent.folded()
	for k := j; k < len(f.tokens) && boundaries(f.marks[j], f.marks[k]) == 0; k++ {
		if w := f.tokens[k].Text; otherInstance[w] || formerValueWords[w] {
			return false
		}
	}
	for _, d := range sent.dateMentions() {
		if d.start >= j && boundaries(f.marks[j], f.marks[d.start]) == 0 {
			return false
		}
	}
	return true
}

// subjectReflexives after a name make it the subject of what follows:
// "Tessmark Power itself suffered" ([subject-reflexives]).
var subjectReflexives = lexicon.Set("subject-reflexives")

// otherMatterOpeners and otherMatterWords: see otherMatter.
var (
	otherMatterOpeners = lexicon.Set("other-matter-openers")
	otherMatterWords   = lexicon.Set("other-matter-words")
	otherMatterPhrases = phrases("other-matter-phrases")
)
