package checks

// Counts that are parts of a whole or of a set: "120 of its 9,000
// members", "nine of the injured", "12 of whom".

import "github.com/factcheck/factcheck/lexicon"

// partOfSet marks a count of part of a set that the sentence names
// without a number: "nine of the injured" (the set after it), "the
// passengers, 12 of whom" (the set before it). A fact whose terms name
// the set does not count it so: the nine are not all the injured.
func (sc scanner) partOfSet(m *numberMention) {
	if m.unit != nil || !sc.anyCountWord(m.end-1) || !partitiveOf[sc.tok(m.end)] || sc.gap(m.end) != " " || wholeWords[sc.tok(m.start-1)] {
		return // "all 40 of its buses": the whole set
	}
	j := m.end + 1
	switch {
	case partitivePronouns[sc.tok(j)] && m.start > 0 && isLetters(sc.tok(m.start-1)):
		m.partitive = span{m.start - 1, j + 1} // "passengers, 12 of whom"
	case determiners[sc.tok(j)] && j+1 < len(sc.toks) && isLetters(sc.tok(j+1)) && !sc.countWord(j+1):
		m.partitive = span{m.start, j + 2} // "nine of the injured"
	}
}

// pronounWhole joins the part at out[k], counted "of them" or "of whom",
// to the count before it in its sentence, the whole the pronoun stands
// for: the part takes its unit, and both span up to the pronoun, so that
// a fact whose term follows the pronoun right after counts the part, any
// other the whole (see countsThis).
func pronounWhole(out []numberMention, k int) {
	w := k - 1
	if out[w].partitive != (span{}) {
		return
	}
	part := &out[k]
	part.ofWhole, part.byPronoun = w+1, true
	out[w].whole, out[w].byPronoun, out[w].partitive = true, true, span{out[w].start, part.partitive.end}
}

// wholeWords before a count of a set make it the whole set: "all 40 of
// its buses".
var wholeWords = lexicon.Set("whole-words")

// partitivePronouns stand for a set named before them: "12 of whom".
var partitivePronouns = lexicon.Set("partitive-pronouns")

// partitiveOf join a part to its whole, and partitiveArticles may follow
// them, in several languages: "120 of its 9,000", "143 de los 300
// escaños", "143 van de 300 zetels".
var partitiveOf, partitiveArticles = lexicon.Set("partitive-of"), lexicon.Set("partitive-articles")

// anyCountWord reports whether token i writes a count (countWord) or is a
// number word that is another word too, read as one only where the words
// around make it a number ("tres de sus cuatro", "dos de los": see
// ambiguousNumberWord).
func (sc scanner) anyCountWord(i int) bool {
	t := sc.tok(i)
	if scales[t] != 0 && i > 0 && plainGap(sc.gap(i)) {
		return sc.anyCountWord(i - 1) // "eight thousand of its", "oito mil dos seus": a count ends in its scale
	}
	if sc.countWord(i) || beforeScales[t] != 0 || beforeOwnScales[t] != 0 {
		return true
	}
	_, glued := sc.gluedThousandsAt(i)
	return glued
}

// countWord reports whether token i writes a count: digits, or a number
// word ("two", "twenty").
func (sc scanner) countWord(i int) bool {
	t := sc.tok(i)
	_, unit := units[t]
	_, ten := tens[t]
	return t != "" && (isDigits(t) || unit || ten)
}

// sharePartitiveUnits gives a count the unit of the count it is part of:
// "120 of its 9,000 members" counts 120 members (a unit of the fact's own,
// which follows the whole, is matched on the whole: see unitMatch). Money
// and percentages are left alone ("20 of the $100" is no sum of dollars).
func (sc scanner) sharePartitiveUnits(out []numberMention) {
	for k := range out {
		sc.partOfSet(&out[k])
		if k > 0 && out[k].partitive != (span{}) && partitivePronouns[sc.tok(out[k].partitive.end-1)] {
			pronounWhole(out, k) // "27 people were injured, five of them seriously"
		}
	}
	for k := 0; k+1 < len(out); k++ {
		part, whole := &out[k], out[k+1]
		if part.unit != nil || whole.unit != nil && whole.unit.apart || !partitiveOf[sc.tok(part.end)] || sc.gap(part.end) != " " {
			continue
		}
		if !sc.anyCountWord(part.end-1) || !sc.countWord(sc.figureFrom(whole)) {
			continue // "hundreds of millions" is a scale, not a part of a whole
		}
		j := part.end + 1
		if (determiners[sc.tok(j)] || partitiveArticles[sc.tok(j)]) && sc.gap(j) == " " {
			j++ // "of its 9,000", "de los 300"
		}
		for n := 1; n <= maxPossessorWords; n++ {
			if sc.possessorWords(j, n) {
				j += n + 1 // "of the line's 13 stations", "of the National Assembly's 150 seats"
				break
			}
		}
		if j == whole.start && sc.gap(j) == " " {
			part.unit, part.ofWhole = whole.unit, k+2
			part.partitive = span{part.start, whole.uend}
			if whole.uend < len(sc.toks) && isLetters(sc.tok(whole.uend)) && sc.gap(whole.uend) == " " {
				part.partitive.end++ // the noun counted: "9,000 members"
			}
			out[k+1].partitive, out[k+1].whole = part.partitive, true
		}
	}
}

// figureFrom returns the first token of a count's figure, past the words
// of an approximation before it: the 420 of "roughly 420 staff".
func (sc scanner) figureFrom(m numberMention) int {
	k := m.start
	for k+1 < m.end && !sc.anyCountWord(k) {
		k++
	}
	return k
}

// maxPossessorWords is how many words may name the whole's owner before
// "'s": "of the National Assembly's 150 seats".
const maxPossessorWords = 3

// possessorWords reports whether n words from token j, none a count, end
// with "'s": "line's", "National Assembly's".
func (sc scanner) possessorWords(j, n int) bool {
	for k := j; k < j+n; k++ {
		if !isLetters(sc.tok(k)) || sc.countWord(k) || k > j && sc.gap(k) != " " {
			return false
		}
	}
	g := sc.gap(j + n)
	return sc.tok(j+n) == "s" && (g == "'" || g == "’")
}

// oneMember reports whether a lone "one" before a singular noun whose
// plural the fact counts ("One rescuer hurt her wrist" for unit:
// rescuers), an adjective perhaps between, is read against a sheet's
// count of at least memberFloor: more often one member of the group than
// its total. A word of [one-count-before] before it makes it the count
// ("only one rescuer took part").
func (m *matcher) oneMember(sent *sentence, cd candidate) bool {
	sc := sent.scanner()
	n := sent.numberMentions()[cd.i]
	if n.value.Lo != 1 || n.value.Hi != 1 || n.end-n.start != 1 || n.unit != nil || sc.tok(n.start) != "one" || m.fact.Number.Lo < memberFloor {
		return false // "one year", "one dollar": a measure, no member
	}
	k := n.end
	if !m.memberNoun(sc.tok(k)) && isLetters(sc.tok(k)) && plainGap(sc.gap(k+1)) {
		k++ // "one tired rescuer"
	}
	return m.memberNoun(sc.tok(k)) && plainGap(sc.gap(n.end)) && !oneCountBefore[sc.tok(n.start-1)]
}

// memberNoun reports whether w is the singular of a noun the fact counts
// in its unit or its terms ("rescuer" for unit: rescuers): a member of
// the group. Not "dead" or "person" for unit: dead | people, whose "one
// dead" and "one person" count the group.
func (m *matcher) memberNoun(w string) bool {
	if !isLetters(w) || singular(w) != w {
		return false
	}
	for _, alt := range m.units {
		if len(alt.words) > 0 && (alt.words[len(alt.words)-1] == w+"s" || alt.words[len(alt.words)-1] == w+"es") {
			return true
		}
	}
	return m.own[w+"s"] || m.own[w+"es"]
}

// memberFloor is the smallest count of a sheet for which oneMember
// reads "one" before a singular noun as one of a group: "one person was
// injured" against a sheet's 3 stays a contradiction.
const memberFloor = 10

// oneCountBefore are the words before "one" that make it a group's whole
// count: see oneMember.
var oneCountBefore = lexicon.Set("one-count-before")
