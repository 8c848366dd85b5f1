package checks

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/lexicon"
)

// countedFrom are the phrases that make the term after them the moment
// another is counted from: "eleven minutes after the break-in".
var countedFrom = phrases("counted-from")

// countedGap is how many words may stand between such a phrase and the
// term it governs: "after its dramatic announcement", "after an undersea
// volcano erupted".
const countedGap = 4

// governor returns the token where a phrase of countedFrom starts that
// governs the term at sp, within its clause, or -1; not "following" after
// an article, an adjective: "issued the following statement".
func (sent *sentence) governor(sp span) int {
	i, sc := sent.phraseBeforeTerm(sp, countedFrom), sent.scanner()
	if i < 0 && sp.start > 0 && auxiliaries[sc.tok(sp.start-1)] {
		i = sent.clauseOpenerBefore(sp) // "after the man who ran its ticket office for a decade was arrested"
	}
	if i > 0 && determiners[sc.tok(i-1)] && sc.tok(i) == "following" {
		return -1
	}
	return i
}

// clauseOpenerBefore returns where a word of [counted-clause-openers]
// stands that opens the clause whose verb is the term at sp, up to
// countedClauseReach words before it in its clause, or -1: the term is
// the verb of a clause of its own that "after" opens, its subject as long
// as it may be.
func (sent *sentence) clauseOpenerBefore(sp span) int {
	f, sc := sent.folded(), sent.scanner()
	for i := sp.start - 1; i >= 0 && i >= sp.start-countedClauseReach; i-- {
		if boundaries(f.marks[i], f.marks[sp.start]) > 0 {
			return -1
		}
		if countedClauseOpeners[sc.tok(i)] {
			return i
		}
	}
	return -1
}

// countedClauseOpeners and countedClauseReach: see clauseOpenerBefore.
var countedClauseOpeners = lexicon.Set("counted-clause-openers")

const countedClauseReach = 16

// phraseBeforeTerm returns where a phrase of list starts that stands
// before the term at sp, up to countedGap words away in its clause, or -1.
func (sent *sentence) phraseBeforeTerm(sp span, list [][]string) int {
	f, sc := sent.folded(), sent.scanner()
	for i := sp.start - 1; i >= 0 && i >= sp.start-countedGap-len(list[0]); i-- {
		if boundaries(f.marks[i], f.marks[sp.start]) > 0 {
			return -1
		}
		if p := sc.phraseAt(i, list); p != nil && i+len(p) <= sp.start && sp.start-i-len(p) <= countedGap {
			return i
		}
	}
	return -1
}

// spanEnds ([span-end-words]), before a term (see phraseBeforeTerm), end
// a span that a word of spanStarts ([span-start-words]) opens: "from
// Sunday until the collapse".
var spanEnds, spanStarts = phrases("span-end-words"), lexicon.Set("span-start-words")

// spanStart reports whether a value at v opens a span that the phrase at
// u ends: a word of spanStarts up to countedGap words before it, in its
// clause ("from the first flake on Sunday until the collapse": Sunday is
// when the span began, not the collapse).
func (sent *sentence) spanStart(v span, u int) bool {
	f, sc := sent.folded(), sent.scanner()
	if v.end > u || boundaries(f.marks[v.end-1], f.marks[u]) > 0 {
		return false
	}
	for i := v.start - 1; i >= 0 && i >= v.start-countedGap-1; i-- {
		if boundaries(f.marks[i], f.marks[v.start]) > 0 {
			return false
		}
		if spanStarts[sc.tok(i)] {
			return true
		}
	}
	return false
}

// momentAnchors returns the fact's terms (spans) that a date or time at v
// may be read from. A term governed by a phrase of countedFrom names the
// moment another is counted from, so it is no anchor for a value before
// the phrase: in "Police arrived at 9:52, eleven minutes after the
// break-in", 9:52 is not when the break-in was, nor is a value after the
// term in another clause ("three weeks before the disclosure, on a
// Friday"); "After the collapse on Monday" still dates the collapse, and so
// does a clause on it ("before the collision, which happened on Tuesday"). When no term of one of the fact's about
// groups is left, the value is not the fact's: ok is false.
func (m *matcher) momentAnchors(sent *sentence, spans []span, v span) (kept []span, ok bool) {
	dropped, saying := false, m.sayingRightBefore(sent, spans, v)
	for _, sp := range spans {
		if g := sent.governor(sp); g >= 0 && (v.end <= g || v.start >= sp.end && sent.leavesClause(sp, v, true) && !sent.appositionOf(sp, v, g) && !saying) {
			dropped = true
			continue
		}
		if o := sent.offsetAfterTerm(sp); o >= 0 && (v.start > o && !countedLater[sent.scanner().tok(o)] && !sent.leavesClause(span{o, o + 1}, v, false) || v.end <= sp.start && sent.leavesClause(v, sp, false)) {
			dropped = true // "The roof came down six minutes after the last firefighter left at 4:36", "left at 4:36, and the roof came down six minutes later"
			continue
		}
		if u := sent.phraseBeforeTerm(sp, spanEnds); u >= 0 && sent.spanStart(v, u) {
			dropped = true // "from Sunday until the collapse"
			continue
		}
		kept = append(kept, sp)
	}
	if !dropped {
		return spans, true
	}
	for _, g := range m.loc.groups {
		if !anyTermAt(sent, g, kept) {
			return nil, false
		}
	}
	return kept, true
}

// offsetAfterTerm returns the token of a word of [counted-from] or
// [counted-later] that a length of time ends right before ("six minutes
// after", "hours later") up to offsetGap words after the term at sp in its
// clause, or -1: the fact's moment is counted from another, which a value
// after a word of [counted-from] in its clause ("six minutes after the
// last firefighter left at 4:36"; not "two days after, on 6 May", nor
// after "later": "collapsed minutes later at 4:45" is the collapse's)
// or in a clause before the term ("left at 4:36, and the roof came down
// six minutes later") gives.
func (sent *sentence) offsetAfterTerm(sp span) int {
	f, sc := sent.folded(), sent.scanner()
	for o := sp.end + 1; o < len(f.tokens) && o <= sp.end+offsetGap; o++ {
		if boundaries(f.marks[sp.end-1], f.marks[o]) > 0 {
			return -1
		}
		if !countedLater[sc.tok(o)] && sc.phraseAt(o, countedFrom) == nil {
			continue // checked first: the unit's lookup below allocates
		}
		if u := unitLexicon.lookup(sc.tok(o - 1)); u != nil && u.base == "second" {
			return o
		}
	}
	return -1
}

// countedLater ([counted-later]) and offsetGap: see offsetAfterTerm.
var countedLater = lexicon.Set("counted-later")

const offsetGap = 4

// sayingRightBefore reports whether, for a fact of a saying
// (said_dates), a term of the fact that is a verb of saying stands right
// before a date at v, itself governed by no phrase of counting: "has
// apologised after hackers took the data, the firm confirmed on Tuesday"
// dates the confirming, whatever the clause before tells of (a verb of
// [saying-next-to-a-date] or [announcing-before-that]); or a participle of
// announcing that a comma opens right before the date, on the term before
// it: "following the resignation of its director, announced on Monday".
func (m *matcher) sayingRightBefore(sent *sentence, spans []span, v span) bool {
	if !m.fact.SaidDates {
		return false
	}
	sc := sent.scanner()
	if k := v.start - 1; k > 0 && announceVerbs[sc.tok(k)] && strings.TrimSpace(sc.gap(k)) == "," && plainGap(sc.gap(v.start)) && slices.ContainsFunc(spans, func(sp span) bool { return sp.end < k && headsUpTo(sc, sp.end, k) }) {
		return true
	}
	for _, sp := range spans {
		if w := sent.folded().tokens[sp.end-1].Text; sp.end == v.start && (saidVerbs[w] || announceVerbs[w]) && sent.governor(sp) < 0 {
			return true
		}
	}
	return false
}

// headsUpTo reports whether a term that ends at token end heads the words
// up to token k: nothing between, or an of-phrase with no other phrase in
// it ("the resignation of Music Director Anton Veldkamp, announced"), not
// "the resignation over the merger, announced", whose participle may be
// the merger's.
func headsUpTo(sc scanner, end, k int) bool {
	if end == k {
		return true
	}
	if !titleOfWords[sc.tok(end)] {
		return false
	}
	for j := end + 1; j < k; j++ {
		if participleBreaks[sc.tok(j)] || titleOfWords[sc.tok(j)] {
			return false
		}
	}
	return true
}

// participleBreaks open a phrase of their own inside an of-phrase (see
// headsUpTo): the participle after it may be that phrase's noun's.
var participleBreaks = lexicon.Set("participle-breaks")

// appositionOf reports whether a date or time at v stands right after the
// term at sp, a comma between, where the phrase at g that governs the term
// counts no span of time from it: "would not act before its next
// meeting, on April 30" dates the meeting, and so does a clause of its
// happening between ("after take-off, which happened at 10:42"). After a span ("three weeks
// before the disclosure, on a Friday") it may date what was counted.
func (sent *sentence) appositionOf(sp, v span, g int) bool {
	sc := sent.scanner()
	w := sc.tok(g - 1)
	_, small := smallNumbers[w]
	if strings.TrimSpace(sc.gap(sp.end)) != "," || v.start-sp.end > appositionWords {
		return false
	}
	happened, other := false, 0
	for k := sp.end; k < v.start; k++ {
		if k > sp.end && !plainGap(sc.gap(k)) {
			return false
		}
		if !appositionDating[sc.tok(k)] {
			other++ // "avvenuto regolarmente alle 10.42": one adverb
		}
		happened = happened || appositionEvents[sc.tok(k)]
	}
	for k := v.end; k < v.end+2 && k < len(sc.toks) && plainGap(sc.gap(k)); k++ {
		happened = happened || appositionEvents[sc.tok(k)] // "nach dem Start, der um 10.42 Uhr erfolgte": German puts the verb last
	}
	return happened && other <= 1 || v.start == sp.end && !spanOfTime(w) && !isDigits(w) && !small
}

// appositionDating ([apposition-dating]) may stand between a term's comma
// and the date or time of an apposition on it: "after take-off, which
// happened at 10:42", "dopo il decollo, avvenuto alle 10.42"; at most
// appositionWords of them. One of [apposition-events] among them dates the
// term even after a span ("minutes after take-off, which happened at").
var appositionDating, appositionEvents = lexicon.Set("apposition-dating"), lexicon.Set("apposition-events")

const appositionWords = 4

// termsOutside returns the fact's terms (spans) that stand outside the
// words of a date or time at v: a word of the date itself ("end" in "by
// the end of 2028") does not name what it dates. When no term of one of
// the fact's about groups is left, ok is false.
func (m *matcher) termsOutside(sent *sentence, spans []span, v span) (kept []span, ok bool) {
	if w := sent.folded().tokens[v.start].Text; datePreps[w] || boundPreps[w] || deadlinePreps[w] {
		v.start++ // "until" in "until 23 December" may be the fact's term
	}
	for i, sp := range spans {
		if sp.start >= v.start && sp.end <= v.end {
			kept = append(kept[:0:0], spans[:i]...)
			for _, o := range spans[i+1:] {
				if o.start < v.start || o.end > v.end {
					kept = append(kept, o)
				}
			}
			for _, g := range m.loc.groups {
				if !anyTermAt(sent, g, kept) {
					return nil, false
				}
			}
			return kept, true
		}
	}
	return spans, true
}

// momentDistance returns how far a date or time at v stands from the
// fact's terms that it may be read from (see momentAnchors), tracing why
// when there is none.
func (m *matcher) momentDistance(src *reading, sent *sentence, spans []span, anchors anchorSet, v span) (int, bool) {
	if answerOnly(src, sent, spans) && !m.loc.termAt(sent, 0) {
		return 0, true // "When was the race? / Sunday, 13 April.": the answer's date is what was asked
	}
	if outside, ok := m.termsOutside(sent, spans, v); !ok {
		m.tracef("    %q holds, as a word of the date or time itself, the only term of one of the fact's groups (as \"end\" in \"by the end of 2028\" would): no term outside it names what it dates, ignored", says(src, sent, v))
		return 0, false
	} else if len(outside) < len(spans) {
		spans, anchors = outside, newAnchorSet(outside)
	}
	own, ok := m.momentAnchors(sent, spans, v)
	if !ok {
		m.tracef("    %q comes before \"after\", \"before\" or the like and the fact's terms, or after them in another clause: it is the moment counted from them, not theirs: ignored", says(src, sent, v))
		return 0, false
	}
	if len(own) < len(spans) {
		anchors = newAnchorSet(own)
	}
	d := sent.nearest(v, anchors)
	if d > m.fact.Within && (setsScene(sent, v) || secondPlaceScene(sent, v, sent.termAfter(v, anchors))) && sent.plainUpTo(v, anchors, m.fact.SaidDates) {
		m.tracef("    %q opens the sentence, setting the scene of all of it: within reach of its terms", says(src, sent, v))
		d = m.fact.Within
	}
	return d, true
}

// termAfter returns the token of the first term after a value at v, or
// the value's own start when none follows.
func (sent *sentence) termAfter(v span, anchors anchorSet) int {
	if next := sort.SearchInts(anchors.starts, v.end); next < len(anchors.starts) {
		return anchors.starts[next]
	}
	return v.start
}

// plainUpTo reports whether the words between an opening date or time at
// v and the first term after it hold no verb of saying and no word that
// bounds or counts from another moment: "On Tuesday, investigators said
// they traced the explosion" dates the saying, "In 2019, the company
// bought the site, five years before the plant exploded" the purchase.
// For a fact of saying (said), a verb of saying with a comma after it
// before the term, as in an aside, tells of something else: "On Tuesday,
// the foundation, where the package is published, disclosed the attack".
func (sent *sentence) plainUpTo(v span, anchors anchorSet, said bool) bool {
	sc := sent.scanner()
	next := sort.SearchInts(anchors.starts, v.end)
	if next == len(anchors.starts) {
		return false
	}
	term := anchors.starts[next]
	if inPhraseOf(sc, term) {
		return false // "On 15 May, hundreds gathered for the victims of the explosion": the date is the gathering's
	}
	for k := v.end; k < term; k++ {
		w := sc.tok(k)
		if saidVerbs[w] && !(said && sent.commaBetween(k, term)) || boundPreps[w] && !sc.clockWordAt(k+1) {
			return false
		}
	}
	return true
}

// inPhraseOf reports whether the term at token k is the noun of a
// prepositional phrase ([scene-term-prepositions], perhaps an article of
// [scene-term-articles] between): "the victims of the explosion", "hurt in
// the explosion". A date opening the sentence dates its main verb, not such a
// noun; German "zu" ("kam es zu einer Explosion": it happened) is none.
func inPhraseOf(sc scanner, k int) bool {
	if k < 1 || !plainGap(sc.gap(k)) {
		return false
	}
	if sceneTermPrepositions[sc.tok(k-1)] {
		return true
	}
	return k >= 2 && sceneTermArticles[sc.tok(k-1)] && plainGap(sc.gap(k-1)) && sceneTermPrepositions[sc.tok(k-2)]
}

// sceneTermPrepositions and sceneTermArticles: see inPhraseOf.
var sceneTermPrepositions, sceneTermArticles = lexicon.Set("scene-term-prepositions"), lexicon.Set("scene-term-articles")

// commaBetween reports whether a comma stands between tokens a and b
// (see clauseMarks).
func (sent *sentence) commaBetween(a, b int) bool {
	m := sent.folded().marks
	return m[b].comma > m[a].comma
}

// clockPart reports whether a word may be part of a time of day in an
// opening phrase before its date: "At 02:40 CET on 14 January, ...".
func clockPart(w string) bool {
	return isDigits(w) || headingWords[w] || zoneOffsets[w] != nil
}

// clockWordAt reports whether token k begins a time of day rather than
// names an event: "a little after eleven", "after 3 a.m.", "before dawn",
// "before a quarter to six", "a little after twenty to six".
func (sc scanner) clockWordAt(k int) bool {
	if k >= len(sc.toks) {
		return false
	}
	w := sc.tok(k)
	_, small := smallNumbers[w]
	if _, _, _, ok := sc.wordClock(k); ok {
		return true
	}
	return isDigits(w) || small && w != "a" && w != "an" || dayTimes[w]
}

// sceneFillers may stand in a phrase that opens a sentence before its
// date ("In the early hours of Tuesday"); dayTimes name a time of day
// after "after" or "before" ("a little after midnight").
var sceneFillers, dayTimes = lexicon.Set("scene-fillers"), lexicon.Set("day-times")

// sceneReach is how many words may follow a date or time that opens a
// sentence before the comma that closes its phrase: "On Tuesday, May 14,
// at 3:42 a.m., a unit exploded".
const sceneReach = 8

// setsScene reports whether a date or time at v opens the sentence in a
// phrase of its own, closed by a comma: "At 3:42 a.m., a unit at the plant
// exploded", "Early on Tuesday, the span fell". Such a phrase dates all
// the sentence, however far the verb it dates stands.
func setsScene(sent *sentence, v span) bool {
	if !sceneOpening(sent, v) {
		return false
	}
	f := sent.folded()
	for k := v.end; k < len(f.tokens) && k <= v.end+sceneReach; k++ {
		if g := f.norm.S[f.tokens[k-1].End:f.tokens[k].Start]; strings.Contains(g, ",") || k == v.end && (spacedDash(g) || strings.TrimSpace(g) == ":") {
			return true
		}
	}
	return false
}

// sceneOpening reports whether a date or time at v stands in a short
// phrase that opens the sentence (see setsScene).
func sceneOpening(sent *sentence, v span) bool {
	f := sent.folded()
	words, free := 0, 0 // the opening phrase's words besides dates and times; those that are none of the lists
	for k := 0; k < v.start; k++ {
		if end := valueStarting(sent, k); end > k && end <= v.start {
			k = end - 1 // "Aug. 14, 3:40 p.m. - the order went out", "At 07:42 local time (05:42 GMT) on Tuesday 13 October,": the moment before it
			continue
		}
		words++
		w := f.tokens[k].Text
		if sceneOpeners[w] || sceneFillers[w] || deadlineParts[w] || isWeekday(w) || clockPart(w) {
			continue // "early on", "at", "in the", a weekday before the day ("Fri 13 Mar - ...")
		}
		if free++; free > sceneFreeWords || !sceneEventOpeners[f.tokens[0].Text] {
			return false // "At its meeting on 11 March,", not "After the vote on Tuesday,"
		}
	}
	return words <= sceneReach // an opening phrase is short
}

// secondPlaceScene reports whether a date or time at v opens a German
// sentence right before its finite verb, no comma, and the term at
// k names the event the sentence tells of: a verb, written in lower case
// as German writes no noun, or a noun after "zu" ("Am Dienstagnachmittag
// war es ... zu einer Explosion gekommen"; [occurrence-prepositions]). A
// noun of another phrase ("die Opfer der Explosion") may be what the
// sentence's verb acts on, on another day.
func secondPlaceScene(sent *sentence, v span, k int) bool {
	f, sc := sent.folded(), sent.scanner()
	if !sceneOpening(sent, v) || v.end >= len(f.tokens) || !secondPlaceVerbs[f.tokens[v.end].Text] || !plainGap(sc.gap(v.end)) {
		return false
	}
	if !unicode.IsUpper(sent.writtenAt(k)) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if occurrencePrepositions[sc.tok(j)] {
			return true
		}
		if unicode.IsUpper(sent.writtenAt(j)) || !plainGap(sc.gap(j+1)) {
			return false
		}
	}
	return false
}

// occurrencePrepositions: see secondPlaceScene.
var occurrencePrepositions = lexicon.Set("occurrence-prepositions")

// secondPlaceVerbs ([second-place-verbs]) are German finite verbs, which
// follow a sentence's opening phrase: see secondPlaceScene.
var secondPlaceVerbs = lexicon.Set("second-place-verbs")

// sceneFreeWords is how many words of no list an opening phrase after a
// word of [scene-event-openers] may hold: "At its meeting on 11 March".
const sceneFreeWords = 2

// sceneEventOpeners: see setsScene.
var sceneEventOpeners = lexicon.Set("scene-event-openers")

// valueStarting returns the end of the date or the time of day that
// starts at token k, or k when none does.
func valueStarting(sent *sentence, k int) int {
	if d, ok := dateStarting(sent, k); ok {
		return d.end
	}
	for _, c := range sent.clockMentions() {
		if c.start == k {
			return c.end
		}
	}
	return k
}

// isWeekday reports whether a word names a day of the week, in full or
// as timelines abbreviate it ("Fri 13 Mar").
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok || weekdayAbbreviations[w]
}

// weekdayAbbreviations are the short names of the days of the week; alone
// they are read as no date ("sun", "sat" and "wed" are words too).
var weekdayAbbreviations = lexicon.Set("weekday-abbreviations")

// dateStarting returns the date of the sentence that starts at token k.
func dateStarting(sent *sentence, k int) (dateMention, bool) {
	for _, d := range sent.dateMentions() {
		if d.start == k {
			return d, true
		}
	}
	return dateMention{}, false
}

// spacedDash reports whether a gap between words is a dash set off by a
// space, as a timeline's entry puts one right after its date ("Thu., Oct.
// 16 - Museum announces a reward"), not the hyphen of a range ("16-18").
// Further on a dash opens an insertion ("On Monday the two men - cousins
// from the village - were charged"), which closes no opening phrase.
func spacedDash(g string) bool {
	return strings.ContainsAny(g, "-–—") && strings.Contains(g, " ")
}

// anyTermAt reports whether a term of a group matches at one of the spans.
func anyTermAt(sent *sentence, g []term, spans []span) bool {
	f := sent.folded()
	for _, sp := range spans {
		for _, t := range g {
			if end, ok := t.matchAt(f.norm.S, f.tokens, sp.start); ok && end == sp.end {
				return true
			}
		}
	}
	return false
}
