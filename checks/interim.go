package checks

import (
	"sort"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// interimMarkers make a figure the count at one moment of a story that
// goes on ("as of Friday", "so far"), or a first one ("initial reports").
var interimMarkers = phrases("interim-markers")

// phrases returns the phrases of a lexicon list as words, longest first
// and then in alphabetical order, so that the longest reading wins and
// every run tries them in the same order.
func phrases(list string) [][]string {
	var out [][]string
	for p := range lexicon.Set(list) {
		out = append(out, phraseWords(p))
	}
	longestFirst(out, func(p []string) []string { return p })
	return out
}

// longestFirst sorts phrases, whose words words returns, with the most
// words first and then by their words: the longest match wins, and the
// order is the same from run to run.
func longestFirst[T any](xs []T, words func(T) []string) {
	sort.Slice(xs, func(a, b int) bool {
		wa, wb := words(xs[a]), words(xs[b])
		if len(wa) != len(wb) {
			return len(wa) > len(wb)
		}
		return strings.Join(wa, " ") < strings.Join(wb, " ")
	})
}

// phraseWords splits a phrase of the lexicon into folded words as
// sentences split them: "run-up" is two words.
func phraseWords(p string) []string {
	var ws []string
	for _, t := range text.Tokenize(text.Fold(p)) {
		ws = append(ws, t.Text)
	}
	return ws
}

// A phraseIndex holds the phrases of a list by their first word, longest
// first, so that a scanner asks at each token only the phrases that may
// start there.
type phraseIndex map[string][][]string

// indexPhrases indexes phrases as phrases returns them.
func indexPhrases(list [][]string) phraseIndex {
	out := phraseIndex{}
	for _, p := range list {
		out[p[0]] = append(out[p[0]], p)
	}
	return out
}

// indexedPhraseAt returns the phrase of idx that starts at token i, or nil.
func (sc scanner) indexedPhraseAt(i int, idx phraseIndex) []string {
	return sc.phraseAt(i, idx[sc.tok(i)])
}

// phraseInts reads a lexicon list of phrases with whole numbers ("esta
// manana=0"), keyed by the phrase's words as phrases splits them.
func phraseInts(list string) map[string]int {
	out := map[string]int{}
	for p, n := range lexicon.Ints(list) {
		out[strings.Join(phraseWords(p), " ")] = n
	}
	return out
}

// phraseAt returns the phrase of list (as phrases gives it, longest
// first) that starts at token i, or nil.
func (sc scanner) phraseAt(i int, list [][]string) []string {
	for _, p := range list {
		if sc.wordsAt(i, p) {
			return p
		}
	}
	return nil
}

// phraseBefore returns the phrase of list that ends right before token i,
// or nil.
func (sc scanner) phraseBefore(i int, list [][]string) []string {
	for _, p := range list {
		if k := i - len(p); k >= 0 && sc.wordsAt(k, p) {
			return p
		}
	}
	return nil
}

// scanner returns a scanner over the sentence's folded words.
func (sent *sentence) scanner() scanner {
	f := sent.folded()
	return scanner{s: f.norm.S, toks: f.tokens}
}

// wholeCount reports whether all of a count stands before token i: "With
// 100 percent of precincts reporting", "with all polling stations
// counted" is a final count.
func (sc scanner) wholeCount(i int) bool {
	switch prev := sc.tok(i - 1); {
	case prev == "of" || prev == "the":
		return i > 1 && sc.wholeCount(i-1) // "100 percent of the precincts reporting"
	case prev == "all" || prev == "every":
		return !qualifiesWhole[sc.tok(i-2)] // not "nearly all precincts reporting"
	case prev == "percent" || prev == "pct":
		return sc.tok(i-2) == "100" && !qualifiesWhole[sc.tok(i-3)]
	case prev == "100":
		return strings.HasPrefix(sc.gap(i), "%") && !qualifiesWhole[sc.tok(i-2)]
	}
	return false
}

// qualifiesWhole, before "all" or "100 percent", make it less than all:
// "nearly all", "not all", "virtually 100 percent".
var qualifiesWhole = lexicon.Set("qualifies-whole")

// firstPeriodAt returns how many tokens the words at i take that count the
// first days, weeks or months of a span ("the first four weeks", "its
// first 10 days", "the first few months": [first-periods]), or 0.
func (sc scanner) firstPeriodAt(i int) int {
	if sc.tok(i) != "first" {
		return 0
	}
	j := i + 1
	if w := sc.tok(j); isDigits(w) || smallNumbers[w] != 0 || w == "few" {
		j++
	}
	if !firstPeriods[sc.tok(j)] {
		return 0
	}
	return j + 1 - i
}

// firstPeriods: see firstPeriodAt.
var firstPeriods = lexicon.Set("first-periods")

// interimAfterBy are the words after "by" that make such a moment: "by
// noon", "by Wednesday night" (weekdays and months count too).
var interimAfterBy = lexicon.Set("interim-after-by")

// interim returns the words that make the figure at sp a count at one
// moment ("as of", "so far", "by Wednesday") or a first one ("initial
// reports"), or "": words in the figure's clause, with no comma between, or
// in the phrase that opens the sentence ("So far, 12 people ...").
func (sent *sentence) interim(sp span) string {
	if w := sent.markerOf(sp, scanner.interimAt, false); w != "" {
		return w
	}
	sc := sent.scanner()
	end := sp.end
	if ns := sent.numberMentions(); end < len(sc.toks) {
		for _, n := range ns {
			if n.start <= sp.start && n.end >= sp.end {
				end = max(end, n.uend) // the unit's words: "4,700 megawatts and rising"
			}
		}
	}
	if p := sc.phraseAt(end, risingAfter); p != nil && plainGap(sc.gap(end)) {
		if k := end + len(p); k >= len(sc.toks) || !plainGap(sc.gap(k)) || notNouns[sc.tok(k)] {
			return strings.Join(p, " ") // "demand is at 4,700 megawatts and rising"; not "and rising winds"
		}
	}
	if w := sc.partialFraction(); w != "" && !partialCountNouns[sc.tok(sp.end)] && !partialCountNouns[sc.tok(sp.end-1)] {
		return w // "With 71 of 88 precincts in, No leads with 55.2%"; not the whole, "the county's 90 precincts"
	}
	for i := range sc.toks {
		if p := sc.phraseAt(i, risingMarkers); p != nil && countNounBefore(sc, i) {
			return strings.Join(p, " ") // "12 people were confirmed dead, but the number was expected to rise"
		}
	}
	return ""
}

// partialFraction returns the words of "with N of M" (or "of the M") and
// a noun of [partial-count-nouns] and a word of [partial-count-ends] that
// ends its phrase, N less than M, or "": "With 71 of 88 precincts in",
// "with 40 of the 52 wards declared" give a count part way.
func (sc scanner) partialFraction() string {
	for i := 0; i+5 < len(sc.toks); i++ {
		if sc.tok(i) != "with" || sc.tok(i+2) != "of" {
			continue
		}
		m := i + 3
		if sc.tok(m) == "the" {
			m++ // "with 40 of the 52 wards declared"
		}
		end := m + 2
		if end >= len(sc.toks) || !partialCountNouns[sc.tok(m+1)] || !partialCountEnds[sc.tok(end)] || end+1 < len(sc.toks) && plainGap(sc.gap(end+1)) {
			continue // not "with 12 of 20 members in favour": the word ends its phrase
		}
		n, errN := strconv.Atoi(sc.tok(i + 1))
		total, errM := strconv.Atoi(sc.tok(m))
		if errN == nil && errM == nil && n < total {
			return sc.s[sc.toks[i].Start:sc.toks[end].End]
		}
	}
	return ""
}

// partialCountEnds and partialCountNouns ([partial-count-ends],
// [partial-count-nouns]): see partialFraction.
var partialCountEnds, partialCountNouns = lexicon.Set("partial-count-ends"), lexicon.Set("partial-count-nouns")

// risingAfter ([rising-after]) right after a figure and its unit make it
// a figure at one moment that goes on changing: "4,700 megawatts and
// rising".
var risingAfter = phrases("rising-after")

// interimNext returns the words of the sentence right after sent, in its
// paragraph, that make the figures of sent counts at one moment, or "": a
// short sentence that opens with a determiner and a word of
// [rising-counts] and holds a phrase of [interim-next] or
// [rising-markers]: "... reached 41.7C at 14:10. The figure is
// provisional.", "That number is expected to rise."
func (src *reading) interimNext(sent *sentence) string {
	k := sent.index + 1
	if k >= len(src.sents) || src.sents[k].Para != sent.Para {
		return ""
	}
	sc := src.sents[k].scanner()
	if len(sc.toks) > interimNextWords || !determiners[sc.tok(0)] || !risingCounts[sc.tok(1)] {
		return ""
	}
	for i := 2; i < len(sc.toks); i++ {
		for _, list := range [][][]string{interimNextPhrases, risingMarkers} {
			if p := sc.phraseAt(i, list); p != nil {
				return strings.Join(p, " ")
			}
		}
	}
	return ""
}

// interimNextPhrases: see interimNext.
var interimNextPhrases = phrases("interim-next")

// interimNextWords is how many words the sentence interimNext reads may
// hold.
const interimNextWords = 12

// countNounBefore reports whether a word of [rising-counts] stands among
// the three words before token i: "the number was expected to rise", not
// "sales were expected to rise".
func countNounBefore(sc scanner, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if risingCounts[sc.tok(k)] {
			return true
		}
	}
	return false
}

// risingMarkers, anywhere in a sentence, make its figures counts at one
// moment of a story that goes on when a count is their subject (see
// countNounBefore): "the toll is expected to rise", "the number is still
// rising".
var risingMarkers, risingCounts = phrases("rising-markers"), lexicon.Set("rising-counts")

// expectationMarkers make a figure what was expected or would have been,
// not what was: "analysts had expected revenue of €39.1bn", "operating
// profit would have been €2.16bn".
var expectationMarkers = phrases("expectation-markers")

// expectation returns the words that make the figure at sp an expected or
// a counterfactual one, as interim finds its words but before the figure
// only ("revenue €36.4bn (consensus €39.1bn)" is no expected revenue), or
// "".
func (sent *sentence) expectation(sp span) string {
	return sent.markerOf(sp, func(sc scanner, i int) (string, int) {
		p := sc.phraseAt(i, expectationMarkers)
		return strings.Join(p, " "), len(p)
	}, true)
}

// possibility returns the words before the value at sp, in its clause,
// that make it what may be, is hoped, feared or denied ([possibility-
// markers]), or planned ([plan-markers]), and whether they are plan
// words; or "" (see doubt).
func (sent *sentence) possibility(sp span) (string, bool) {
	if w := sent.markerOf(sp, possibilityAt, true); w != "" {
		return w, false
	}
	if w := possibleAfter(sent.scanner(), sp); w != "" {
		return w, false // "up to 20 inches is possible"
	}
	w := sent.markerOf(sp, func(sc scanner, i int) (string, int) {
		p := sc.phraseAt(i, planMarkers)
		return strings.Join(p, " "), len(p)
	}, true)
	return w, w != ""
}

// laterVersion returns the words of [later-version-markers] before the
// version at sp in its clause ("will be upgraded to 3.4.0", "has since
// released 3.2.2"), or "".
func (sent *sentence) laterVersion(sp span) string {
	return sent.markerOf(sp, func(sc scanner, i int) (string, int) {
		p := sc.phraseAt(i, laterVersionMarkers)
		return strings.Join(p, " "), len(p)
	}, true)
}

// possibilityAfter ([possibility-after]) say after a value, in its
// clause, that it is what may be: "up to 20 inches is possible".
var possibilityAfter = phrases("possibility-after")

// possibleReach is how many words after a value a phrase of
// possibilityAfter may start: "up to 20 inches of rain is possible".
const possibleReach = 4

// possibleAfter returns the phrase of possibilityAfter that follows the
// value at sp with no mark between, or "": "up to 20 inches of rain is
// possible", not "12 inches fell, and more is expected".
func possibleAfter(sc scanner, sp span) string {
	for k := sp.end; k < len(sc.toks) && k <= sp.end+possibleReach; k++ {
		if k > sp.end && !plainGap(sc.gap(k)) || coordinators[sc.tok(k)] || clauseOpeners[sc.tok(k)] {
			return "" // "reached £15 million and further costs are expected"
		}
		if p := sc.phraseAt(k, possibilityAfter); p != nil {
			return strings.Join(p, " ")
		}
	}
	return ""
}

// possibilityAt reads a phrase of [possibility-markers] at token i: not
// "may" as the month ("in May", "May 3", "early May", or opening the
// sentence).
func possibilityAt(sc scanner, i int) (string, int) {
	if sc.tok(i) == "may" && (i == 0 || datePreps[sc.tok(i-1)] || monthKeepers[sc.tok(i-1)] || isDigits(sc.tok(i+1))) {
		return "", 0
	}
	p := sc.phraseAt(i, possibilityMarkers)
	return strings.Join(p, " "), len(p)
}

// asksWhether reports whether the sentence is a question that asks
// whether ([whether-openers]: "Will the bridge reopen in May?"), which
// states none of its values.
func (sent *sentence) asksWhether() bool {
	f := sent.folded()
	return len(f.tokens) > 0 && whetherOpeners[f.tokens[0].Text] && strings.HasSuffix(strings.TrimRight(sent.Piece().S, " \t\r\n\"'”’*_)"), "?")
}

// possibilityMarkers, planMarkers, planClaimWords, whetherOpeners,
// laterVersionMarkers: see possibility, asksWhether and laterVersion.
var (
	possibilityMarkers, planMarkers = phrases("possibility-markers"), phrases("plan-markers")
	planClaimWords, whetherOpeners  = lexicon.Set("plan-claim-words"), lexicon.Set("whether-openers")
	laterVersionMarkers             = phrases("later-version-markers")
)

// markerOf returns the words that at reads at some token and that govern
// the figure at sp: in its clause (no comma between), in the phrase that
// opens the sentence, in a short label before a colon, or in the label
// cell of a table row; before it only, if before is set; or "".
func (sent *sentence) markerOf(sp span, at func(scanner, int) (string, int), before bool) string {
	sc := sent.scanner()
	for i := range sc.toks {
		w, n := at(sc, i)
		if n == 0 || before && i+n > sp.start || i >= sp.end && asideAfter(sc, i, n) && coordinatedAway(sc, sp.end, i) {
			continue
		}
		if m := (span{i, i + n}); sent.sameClause(m, sp) || opening(sc, m, sp) || labels(sc, m, sp) || m.end <= sp.start && inRowLabelCell(sent, m) {
			return w // a table row's label cell governs its figures: "| Dead (provisional) | 31 |"
		}
	}
	return ""
}

// asideAfter reports whether the n words at token i are set off by commas
// on both sides with words after them: ", por ahora, bajo techo" is an
// aside in a phrase; not ", so far." closing the sentence.
func asideAfter(sc scanner, i, n int) bool {
	return i+n < len(sc.toks) && strings.Contains(sc.gap(i), ",") && strings.Contains(sc.gap(i+n), ",")
}

// coordinatedAway reports whether a word of [phrase-coordinators] stands
// after a comma between tokens from and to: what follows it is a phrase of
// its own, and a marker there is its, not a figure's before it ("Las 32
// escuelas reabrieron el lunes, con purificadores y con el recreo, por
// ahora, bajo techo").
func coordinatedAway(sc scanner, from, to int) bool {
	comma := false
	for k := from; k < to; k++ {
		comma = comma || strings.Contains(sc.gap(k), ",")
		if comma && phraseCoordinators[sc.tok(k)] {
			return true
		}
	}
	return false
}

// phraseCoordinators ([phrase-coordinators]): see coordinatedAway.
var phraseCoordinators = lexicon.Set("phrase-coordinators")

// sameClause reports whether two spans stand in one clause: no comma,
// dash or stop between, nor "but" ("was expected to cost $40 million but
// cost $62 million"), nor "and" or "or" before an auxiliary ("could
// receive €6 million and will keep a 10% clause").
func (sent *sentence) sameClause(a, b span) bool {
	a, b = first(a, b), second(a, b)
	if sent.leavesClause(a, b, false) {
		return false
	}
	sc := sent.scanner()
	for k := a.end; k < b.start; k++ {
		if clauseOpeners[sc.tok(k)] || coordinators[sc.tok(k)] && auxiliaries[sc.tok(k+1)] {
			return false // "could receive up to €6 million and will keep 10%": "and" and an auxiliary open a predicate of its own
		}
	}
	return true
}

// clauseOpeners open a clause of their own without a comma: "but".
var clauseOpeners = lexicon.Set("clause-openers")

// opening reports whether the marker at m stands in the phrase that opens
// the sentence, closed by a comma before the figure at sp ("So far, 12
// ..."), with no semicolon or stop between, nor a comma and "and", "but"
// or "or", which open a clause of their own.
func opening(sc scanner, m, sp span) bool {
	if m.start > sp.start || strings.ContainsAny(sc.s[:sc.toks[m.start].Start], ",;") {
		return false
	}
	between := sc.s[sc.toks[m.end-1].End:sc.toks[sp.start].Start]
	if !strings.Contains(between, ",") || strings.ContainsAny(between, ";.") {
		return false
	}
	for k := m.end; k < sp.start; k++ {
		if strings.Contains(sc.gap(k), ",") && coordinators[sc.tok(k)] {
			return false // "spent a night in fear, and the shares fell 5%": a clause of its own, no opening phrase
		}
	}
	return true
}

// maxLabelTokens is the most words a label before a colon may have.
const maxLabelTokens = 6

// labels reports whether the words at m stand in a short label that a
// colon closes before the figure at sp: "Margin, unofficial: 241 votes".
func labels(sc scanner, m, sp span) bool {
	if m.end > sp.start || sp.start > len(sc.toks) {
		return false
	}
	for k := m.end; k <= sp.start && k <= maxLabelTokens; k++ {
		if strings.Contains(sc.gap(k), ":") {
			return true
		}
	}
	return false
}

// interimAt returns the interim words at token i and how many tokens they
// take, or "", 0: a phrase of [interim-markers], a first period, "by" and
// a moment, or a word of [when-after-date] after a date and a comma.
func (sc scanner) interimAt(i int) (string, int) {
	if p := sc.phraseAt(i, interimMarkers); p != nil && !sc.wholeCount(i) && !sc.momentOfEvent(i, p) {
		return strings.Join(p, " "), len(p)
	}
	if n := sc.firstPeriodAt(i); n > 0 {
		return sc.wordsBetween(i, i+n), n // "the first four weeks": a part of a longer span
	}
	if whenAfterDate[sc.tok(i)] && strings.Contains(sc.gap(i), ",") && sc.datedBefore(i) {
		return sc.tok(i-1) + ", " + sc.tok(i), 1 // "on Wednesday, when 96 passengers were ill"
	}
	if sc.tok(i) != "by" {
		return "", 0
	}
	next := sc.tok(i + 1)
	_, day := weekdays[next]
	_, month := months[next]
	if day || interimAfterBy[next] || month && !ambiguousMonths[next] {
		return "by " + next, 2
	}
	return "", 0
}

// whenAfterDate: see datedBefore.
var whenAfterDate = lexicon.Set("when-after-date")

// datedBefore reports whether the word before token i, a word of
// [when-after-date] after a comma, ends a day, a month or a year: a
// weekday, a month, a day after a month, a year of four digits ("on
// Wednesday, when", "on March 12, when", "in 2023, when").
func (sc scanner) datedBefore(i int) bool {
	w := sc.tok(i - 1)
	_, day := weekdays[w]
	_, other := otherWeekdays[w]
	_, month := months[w]
	_, monthBefore := months[sc.tok(i-2)]
	return i > 0 && (day || other || month || isDigits(w) && len(w) <= 2 && monthBefore || sc.modernYear(i-1))
}

// momentOfEvent reports whether the interim marker p at token i is one of
// [moment-of-event] before "of" or the like ([moment-of-event-links]): it
// names an event's moment, "at the time of the collapse"; not "the first
// estimate of 80,000", nor "at the scene of the crash".
func (sc scanner) momentOfEvent(i int, p []string) bool {
	return momentOfEventLinks[sc.tok(i+len(p))] && sc.phraseAt(i, momentOfEvent) != nil
}

// momentOfEvent and momentOfEventLinks: see scanner.momentOfEvent.
var momentOfEvent, momentOfEventLinks = phrases("moment-of-event"), lexicon.Set("moment-of-event-links")

// first and second return, of two spans, the one that starts first and
// the other.
func first(a, b span) span {
	if b.start < a.start {
		return b
	}
	return a
}

func second(a, b span) span {
	if b.start < a.start {
		return a
	}
	return b
}
