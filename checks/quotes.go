package checks

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/diff"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A passage is a quote of the document as a run reads it: its words as
// compared, and what attribution looks at around it.
type passage struct {
	document.Passage
	words []string // the words compared (see quoteWords)
	// own are the words outside quotes of the sentences it spans, and
	// pronoun and speech whether they hold a pronoun and a verb of saying:
	// what attribution looks at, the same for every quote fact.
	// They are worked out when a quote fact first asks (see context): most
	// passages of a large corpus are no rendering of any quote.
	own             wordList
	pronoun, speech bool
	// sayers are the phrases the verbs of saying of those sentences give
	// as who speaks: "Smith" in "said Smith, echoing Novak".
	sayers      []wordList
	contextDone bool
}

// britishToAmerican is a curated table of spellings that differ only by
// variety of English, by stem, so that inflections follow ("neutralised").
// It is deliberately not an -ise/-ize rule, which would wreck "advise",
// "expertise" or "surprise".
var britishToAmerican = lexicon.Pairs("british-to-american")

// americanEndings are the endings a British stem may carry.
var americanEndings = []string{"", "e", "ed", "es", "ing", "ation", "ations", "er", "ers", "s", "ment", "ments"}

// americanWords maps every British form of the table to its American form;
// it is built once and only read.
var americanWords = func() map[string]string {
	m := make(map[string]string)
	for brit, am := range britishToAmerican {
		for _, end := range americanEndings {
			m[brit+end] = am + end
		}
	}
	return m
}()

// american returns the American spelling of a folded word when the table
// knows its stem.
func american(w string) string {
	if am, ok := americanWords[w]; ok {
		return am
	}
	return w
}

var (
	bracketed  = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]`)
	wordHyphen = regexp.MustCompile(`(\pL)-(\pL)`)
)

// ellipsis stands in word lists where a quotation marks an omission.
const ellipsis = "…"

// quoteWords reduces folded quoted text to the words compared: no case,
// punctuation or quote marks; bracketed editorial insertions dropped;
// hyphenated words joined ("short-sighted" is "shortsighted"); British
// spellings made American; ellipses kept as markers of omission.
func quoteWords(folded string) []string {
	s := folded
	if strings.ContainsAny(s, "([") {
		s = bracketed.ReplaceAllString(s, " ")
	}
	for strings.Contains(s, "-") && wordHyphen.MatchString(s) {
		s = wordHyphen.ReplaceAllString(s, "$1$2")
	}
	var out []string
	for i, part := range strings.Split(s, "...") {
		if i > 0 {
			out = append(out, ellipsis)
		}
		toks := text.Tokenize(part)
		for k, t := range toks {
			if k > 0 && t.Text == "t" && apostrophe(part[toks[k-1].End:t.Start]) && strings.HasSuffix(out[len(out)-1], "n") {
				out[len(out)-1] = notBase(out[len(out)-1]) // "didn't" is "did not"
				out = append(out, "not")
				continue
			}
			if x, ok := quoteExpansions[t.Text]; ok {
				out = append(out, strings.Fields(x)...) // "cannot" is "can not"
				continue
			}
			out = append(out, spelledDigits(american(t.Text)))
		}
	}
	return out
}

// spelledDigits returns a number word as its digits, so that a quotation
// that writes "38" matches one that spells "thirty-eight" (joined above
// to "thirtyeight"): the units and the tens of [number-units] and
// [number-tens], and a ten joined to a unit. Any other word is returned as
// it is.
func spelledDigits(w string) string {
	if x, ok := units[w]; ok {
		return strconv.Itoa(int(x))
	}
	if x, ok := tens[w]; ok {
		return strconv.Itoa(int(x))
	}
	if x, ok := joinedTens[w]; ok {
		return strconv.Itoa(x) // "thirtyeight"
	}
	return w
}

// joinedTens are the tens joined to a unit, as a quotation's hyphenated
// number reads once its hyphen is gone: "thirtyeight" is 38. Built once.
var joinedTens = func() map[string]int {
	out := make(map[string]int)
	for t, x := range tens {
		for u, y := range units {
			if y > 0 && y < 10 {
				out[t+u] = int(x + y)
			}
		}
	}
	return out
}()

// quoteExpansions are words a quotation may write as two: "cannot" is
// "can not".
var quoteExpansions = lexicon.Pairs("quote-expansions")

// apostrophe reports whether the text between two words is one apostrophe.
func apostrophe(gap string) bool { return gap == "'" || gap == "’" }

// notContractions are the words before "n't" that are not their verb with
// an "n" added: "won't" is "will not".
var notContractions = lexicon.Pairs("not-contractions")

// notBase returns the verb of a word that "n't" followed: "did" of
// "didn", "will" of "won".
func notBase(w string) string {
	if v, ok := notContractions[w]; ok {
		return v
	}
	return strings.TrimSuffix(w, "n")
}

// contractedAuxiliaries and contractingSubjects: a verb of the first after
// a word of the second is compared contracted ("we would" as "we d", as
// "we'd" is), so that a quotation that contracts it is word for word.
var contractedAuxiliaries, contractingSubjects = lexicon.Pairs("contracted-auxiliaries"), lexicon.Set("contracting-subjects")

// contracted returns the words with the verbs that speech may contract
// contracted: "we would rather" as "we d rather"; the words themselves when
// none is.
func contracted(ws []string) []string {
	var out []string
	for k := 1; k < len(ws); k++ {
		if c, ok := contractedAuxiliaries[ws[k]]; ok && contractingSubjects[ws[k-1]] {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[k] = c
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// contracts reports whether the words hold a verb contracted after a word
// of contractingSubjects: "we d", "that s".
func contracts(ws []string) bool {
	for k := 1; k < len(ws); k++ {
		if clitics[ws[k]] && ws[k] != "t" && contractingSubjects[ws[k-1]] {
			return true
		}
	}
	return false
}

// An edit is one step of a word diff: a word both share ('='), one the
// sheet has and the source lacks ('-'), or one the source adds ('+').
type edit struct {
	op   byte
	word string
}

// diffWords returns a shortest edit script from a to b, worked out in the
// scratch's memory.
func diffWords(sc *diff.Scratch, a, b []string) []edit {
	es := sc.Strings(a, b)
	out := make([]edit, len(es))
	for k, e := range es {
		op := e.Op
		if op == ' ' {
			op = '='
		}
		out[k] = edit{op, e.Text}
	}
	return out
}

// diffScratches hold the memory of the word diffs of quote comparisons,
// which are many and short: one scratch per comparison at a time.
var diffScratches = sync.Pool{New: func() any { return new(diff.Scratch) }}

// A comparison is how a quoted passage compares with a rendering of the
// canonical wording.
type comparison struct {
	similarity float64 // 2 x shared words / (words of both aligned parts)
	shared     int
	edits      []edit // over the aligned parts, ellipses and compounds settled
	from       int    // the passage's word the aligned part starts at
}

// verbatim reports whether nothing differs.
func (c comparison) verbatim() bool {
	for _, e := range c.edits {
		if e.op != '=' {
			return false
		}
	}
	return c.shared > 0
}

// cutOnly reports whether the passage renders the quote with words of it
// left out and nothing else changed, at least minCutShared words kept and
// none left out a negation or a word of [cut-turners] (whose loss turns
// the meaning): a cut made with no ellipsis.
func (c comparison) cutOnly() bool {
	cut := false
	for _, e := range c.edits {
		switch {
		case e.op != '=' && e.op != '-' || e.op == '-' && (negations[e.word] || cutTurners[e.word]):
			return false
		case e.op == '-':
			cut = true
		}
	}
	return cut && c.shared >= minCutShared
}

// cutTurners ([cut-turners]), left out of a quote, turn what it says, as
// a negation does: "We have to close the plant" for "We might have to
// close the plant".
var cutTurners = lexicon.Set("cut-turners")

// minCutShared is how many words a cut quote keeps at least.
const minCutShared = 5

// compareQuote aligns a passage with a rendering: the stretch of each from
// the first to the last word they share, so that a partial quotation (or a
// source quoting more than the sheet) is compared on what overlaps. Words
// left out at an ellipsis of the source, and compounds written apart ("cyber
// attack", "cyberattack"), are no difference.
func compareQuote(canon, src []string) comparison {
	if contracts(canon) || contracts(src) {
		canon, src = contracted(canon), contracted(src) // "we'd" for "we would": only where one side contracts, so that the other's words show as written
	}
	pc := withoutEllipses(canon)
	if inner, outer := src, pc; len(inner) > 0 {
		if len(inner) > len(outer) {
			inner, outer = outer, inner
		}
		if containsWords(outer, inner) {
			return verbatimRun(inner) // a partial quotation, or a source quoting more, word for word
		}
	}
	sc := diffScratches.Get().(*diff.Scratch)
	defer diffScratches.Put(sc)
	first, last := tightStretch(sc, pc, src)
	if first < 0 {
		return comparison{}
	}
	// The aligned stretch of the source, keeping its ellipses, and how many
	// words it shares.
	es := sc.Strings(pc[first:last+1], src)
	sfirst, slast := stretch(es, true)
	narrow := equalWords(es) >= minFragmentStretch
	// A partial quotation may bend its first or last word to the writer's
	// sentence, the rest word for word: 'would "keep our promises"' for
	// "This budget keeps our promises". Words beyond the stretch on one
	// side only are the other side quoting less; on both sides at the same
	// end they differ.
	if bs := bentEdges(pc, src, first, sfirst, last, slast); containsWords(pc, bs) {
		return verbatimRun(bs) // 'would "keep our promises"' for "This budget keeps our promises"
	}
	nfirst, nlast := first, last
	if first > 0 && sfirst > 0 {
		// As many of the quote's words as the source's before the stretch,
		// and as many of the source's as the quote's: a passage that goes
		// on beyond the quote is compared on the quote's length.
		first, nfirst, sfirst = 0, max(0, first-sfirst), max(0, sfirst-first)
	}
	if last < len(pc)-1 && slast < len(src)-1 {
		last, nlast, slast = len(pc)-1, min(len(pc)-1, last+len(src)-1-slast), min(len(src)-1, slast+len(pc)-1-last) // and after it
	}
	if narrow {
		first, last = nfirst, nlast
	}
	return windowComparison(sc, pc[first:last+1], src[sfirst:slast+1], sfirst)
}

// equalWords counts the words a diff's edits keep.
func equalWords(es []diff.Edit) int {
	n := 0
	for _, e := range es {
		if e.Op == ' ' {
			n++
		}
	}
	return n
}

// minFragmentStretch is how many words a source's fragment must share with
// the quote's aligned stretch for the quote's words around it, as many as
// the fragment has there, to be compared with it, not the whole quote:
// "cooked up in clandestine labs with no controls at all"; three shared
// words ("for two years") leave the whole quote, so that a passage about
// something else stays so.
const minFragmentStretch = 5

// windowComparison compares the quote's words c with the source's s, which
// start at the source's word from.
func windowComparison(sc *diff.Scratch, c, s []string, from int) comparison {
	edits := settle(diffWords(sc, c, s))
	cmp := comparison{edits: edits, from: from}
	nc, ns := 0, 0
	for _, e := range edits {
		switch e.op {
		case '=':
			cmp.shared++
			nc++
			ns++
		case '-':
			nc++
		case '+':
			ns++
		}
	}
	if nc+ns > 0 {
		cmp.similarity = 2 * float64(cmp.shared) / float64(nc+ns)
	}
	return cmp
}

// withoutEllipses returns the words but the ellipses.
func withoutEllipses(ws []string) []string {
	var out []string
	for _, w := range ws {
		if w != ellipsis {
			out = append(out, w)
		}
	}
	return out
}

// bentEdges returns the source with its lone word before or after the
// aligned stretch read as the sheet's word there when it is another form
// of it ("keep" for "keeps"), but not after a negation the sheet has
// there ("raised the fare" is not "never raise the fare").
func bentEdges(pc, src []string, first, sfirst, last, slast int) []string {
	bent := func(i, j int) bool {
		return slices.Contains(text.WordForms(pc[i]), src[j]) || slices.Contains(text.WordForms(src[j]), pc[i])
	}
	out := src
	if first > 0 && sfirst == 1 && bent(first-1, 0) && (first < 2 || !negations[pc[first-2]]) {
		out = append([]string{pc[first-1]}, src[1:]...)
	}
	if last < len(pc)-1 && slast == len(src)-2 && bent(last+1, len(src)-1) {
		out = append(slices.Clone(out[:len(out)-1]), pc[last+1])
	}
	return out
}

// tightStretch returns the first and last index in pc of the words pc
// shares with src: of the two alignments a diff finds reading forwards and
// backwards, the narrower. A word that stands twice in pc ("for ourselves
// ... for every child") is then matched where the rest of the quotation
// follows it, not at its first appearance.
func tightStretch(sc *diff.Scratch, pc, src []string) (first, last int) {
	first, last = stretch(sc.Strings(pc, src), false)
	if first < 0 {
		return first, last
	}
	rf, rl := stretch(sc.Strings(reversed(pc), reversed(src)), false)
	if rf >= 0 && rl-rf < last-first {
		return len(pc) - 1 - rl, len(pc) - 1 - rf
	}
	return first, last
}

// reversed returns the words in the opposite order, in a new slice.
func reversed(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[len(words)-1-i] = w
	}
	return out
}

// verbatimRun is the comparison of a run of words with itself: every word
// shared.
func verbatimRun(words []string) comparison {
	edits := make([]edit, len(words))
	for i, w := range words {
		edits[i] = edit{'=', w}
	}
	return comparison{edits: edits, shared: len(words), similarity: 1}
}

// stretch returns the first and last index, on one side of an edit
// script (the second sequence's when second is set), of the words both
// sides share, or -1, -1.
func stretch(es []diff.Edit, second bool) (first, last int) {
	first, last = -1, -1
	for _, e := range es {
		if e.Op != ' ' {
			continue
		}
		at := e.A
		if second {
			at = e.B
		}
		if first < 0 {
			first = at
		}
		last = at
	}
	return first, last
}

// settle turns into equalities the runs of edits that are no difference:
// compounds written apart or together, and words left out where the source
// marks an omission with an ellipsis (the ellipsis itself is dropped).
func settle(edits []edit) []edit {
	out := make([]edit, 0, len(edits))
	for i := 0; i < len(edits); {
		if edits[i].op == '=' {
			out = append(out, edits[i])
			i++
			continue
		}
		j, dels, ins, omission := i, 0, 0, false
		for ; j < len(edits) && edits[j].op != '='; j++ {
			switch {
			case edits[j].op == '+' && edits[j].word == ellipsis:
				omission = true
			case edits[j].op == '-':
				dels++
			default:
				ins++
			}
		}
		run := edits[i:j]
		switch {
		case dels+ins > 0 && sameLetters(run):
			out = appendRun(out, run, '+', '=')
		case omission && ins == 0:
			// Words the source leaves out at its ellipsis.
		default:
			out = appendRun(out, run, '-', '-')
			out = appendRun(out, run, '+', '+')
		}
		i = j
	}
	return out
}

// appendRun appends to out the words of a run of edits whose op is op
// (the ellipsis aside), as edits of op as.
func appendRun(out, run []edit, op, as byte) []edit {
	for _, e := range run {
		if e.op == op && !(op == '+' && e.word == ellipsis) {
			out = append(out, edit{as, e.word})
		}
	}
	return out
}

// sameLetters reports whether the words a run of edits deletes, written
// together, are the words it inserts, written together ("cyber attack",
// "cyberattack"), the ellipsis aside.
func sameLetters(run []edit) bool {
	var del, ins strings.Builder
	for _, e := range run {
		switch {
		case e.op == '-':
			del.WriteString(e.word)
		case e.word != ellipsis:
			ins.WriteString(e.word)
		}
	}
	return del.String() == ins.String()
}

// describe writes the differences of a comparison for people:
// "designer" → "originator"; "exposed" → (missing); (added) → "really".
func (c comparison) describe() string {
	var parts []string
	for i := 0; i < len(c.edits); {
		if c.edits[i].op == '=' {
			i++
			continue
		}
		var del, ins []string
		for ; i < len(c.edits) && c.edits[i].op != '='; i++ {
			if c.edits[i].op == '-' {
				del = append(del, c.edits[i].word)
			} else {
				ins = append(ins, c.edits[i].word)
			}
		}
		from, to := "(missing)", "(missing)"
		if len(del) > 0 {
			from = fmt.Sprintf("%q", joinWords(del))
		} else {
			from = "(added)"
		}
		if len(ins) > 0 {
			to = fmt.Sprintf("%q", joinWords(ins))
		}
		parts = append(parts, from+" → "+to)
	}
	return strings.Join(parts, "; ")
}

// clitics are the word endings that an apostrophe splits off a word, so
// that they stand alone among compared words: "america's" is "america",
// "s".
var clitics = lexicon.Set("clitics")

// joinWords writes compared words for people, with the apostrophes that
// comparison drops put back: "america's immediate", not "america s
// immediate".
func joinWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		switch {
		case clitics[w]:
			b.WriteByte('\'') // "'d" alone, as a contraction compared contracted
		case i > 0:
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// Thresholds of quote comparison; see README.md, "Quotes".
const (
	// minShared is how many words a passage must share with a rendering
	// to be compared with it at all.
	minShared = 3
	// minSimilarity is the similarity below which a passage is taken to
	// be about something else rather than a rewording.
	minSimilarity = 0.5
)

// A quoteMatcher checks passages against one quote fact.
type quoteMatcher struct {
	who        attribution
	renderings [][]string // canonical first, then accepted
	// translated marks the accepted renderings that share little wording
	// with the canonical one: a translation, which another translator
	// words otherwise (see translationSimilarity).
	translated []bool
	vocabulary map[string]bool
	shortest   int // words of the shortest rendering
}

// translationSimilarity is the similarity to the canonical wording below
// which an accepted rendering is taken for a translation.
const translationSimilarity = 0.5

func newQuoteMatcher(q facts.Quote) quoteMatcher {
	m := quoteMatcher{who: newAttribution(q.Speakers), vocabulary: make(map[string]bool)}
	for _, r := range append([]string{q.Text}, q.Accepted...) {
		words := quoteWords(text.Fold(r))
		m.renderings = append(m.renderings, words)
		if m.shortest == 0 || len(words) < m.shortest {
			m.shortest = len(words)
		}
		for _, w := range words {
			m.vocabulary[w] = true
		}
		m.translated = append(m.translated, len(m.renderings) > 1 && compareQuote(m.renderings[0], words).similarity < translationSimilarity)
	}
	return m
}

// maxQuoteWords is the longest passage compared with a quote: a longer one
// (a quotation mark left open in a long text) is no rendering of a quote.
const maxQuoteWords = 1000

// judge compares a passage with every rendering: verbatim to one of them,
// or the closest rewording, or nothing (about something else).
func (m quoteMatcher) judge(p *passage) (comparison, int, bool) {
	words := p.words
	if words == nil {
		words = quoteWords(p.Text)
	}
	if len(words) > maxQuoteWords {
		return comparison{}, -1, false
	}
	shared := 0
	for _, w := range words {
		if m.vocabulary[w] {
			shared++
		}
	}
	if shared < min(minShared, m.shortest) {
		return comparison{}, -1, false // too few words in common to be this quote
	}
	best, bestAt := comparison{}, -1
	for i, r := range m.renderings {
		c := compareQuote(r, words)
		if !c.verbatim() {
			c = c.acrossSeams(p)
		}
		if c.verbatim() && (c.shared >= minShared || c.shared == len(r)) {
			return c, i, true
		}
		if c.shared >= minShared && len(words) > minShared && c.similarity >= minSimilarity && c.similarity > best.similarity {
			best, bestAt = c, i // not a passage of three words ("Not a penny," she said): only verbatim may it be the quote
		}
	}
	if c, i, ok := m.verbatimPart(p, words); ok {
		return c, i, true // '"Every vote was counted again," she said. "That is what people wanted."'
	}
	return best, bestAt, bestAt >= 0
}

// verbatimPart returns, for a passage in parts that its attribution
// splits ('"...," she said. "..."'), the comparison of a part that is a
// rendering verbatim, when every other part shares under a quarter of its
// words with the quote: the rest is something else the speaker said. A
// part that shares more may misquote the rest, and is compared as ever,
// and so is a quote in one piece ("Houses can be rebuilt. Lives cannot.").
func (m quoteMatcher) verbatimPart(p *passage, words []string) (comparison, int, bool) {
	if len(p.Seams) == 0 {
		return comparison{}, -1, false // a quote in one piece
	}
	cuts := append([]int{0}, p.attributionStarts()...)
	slices.Sort(cuts)
	cuts = append(slices.Compact(cuts), len(words))
	found, at, rendering := comparison{}, -1, -1
	for k := 0; k+1 < len(cuts); k++ {
		lo, hi := min(cuts[k], len(words)), min(cuts[k+1], len(words))
		part, shared := words[lo:hi], 0
		for _, w := range part {
			if m.vocabulary[w] {
				shared++
			}
		}
		if 4*shared < len(part) {
			continue // something else said
		}
		if at >= 0 {
			return comparison{}, -1, false // two parts of the quote: compared whole
		}
		at = lo
		for i, r := range m.renderings {
			if c := compareQuote(r, part); c.verbatim() && c.shared >= minShared {
				found, rendering = c, i
				break
			}
		}
	}
	if rendering < 0 || len(cuts) < 3 {
		return comparison{}, -1, false
	}
	found.from += at
	return found, rendering, true
}

// acrossSeams returns the comparison as verbatim when its only differences
// are words of [seam-conjunctions] the passage leaves out where an
// attribution interrupts it, or where one of its sentences ends: '"He is a rare
// talent," she said. "We believe he can ..."' or "We moved too fast. Our
// customers paid" for "We moved too fast and our customers paid", as
// writers split a quote.
func (c comparison) acrossSeams(p *passage) comparison {
	for i, e := range c.edits {
		if e.op != '=' && (e.op != '-' || !seamConjunctions[e.word] || i == 0 || i+1 == len(c.edits) || c.edits[i-1].op != '=' || c.edits[i+1].op != '=') {
			return c // another difference (most rewordings): reworded whatever the seams
		}
	}
	starts := p.seamStarts()
	k := c.from // the passage's word at the edit
	for _, e := range c.edits {
		if e.op == '-' && !slices.Contains(starts, k) {
			return c // a conjunction left out where no part of the quote starts
		}
		if e.op != '-' {
			k++
		}
	}
	out := comparison{similarity: c.similarity, shared: c.shared, from: c.from}
	for _, e := range c.edits {
		if e.op == '=' {
			out.edits = append(out.edits, e)
		}
	}
	return out
}

// seamStarts returns the words where a part of the passage starts: after
// an attribution that interrupts it, or after one of its sentences ends.
func (p *passage) seamStarts() []int {
	return append(p.attributionStarts(), p.sentenceStarts()...)
}

// sentenceStarts returns the words where a sentence of the passage starts
// after one of its sentences ends.
func (p *passage) sentenceStarts() []int {
	var out []int
	for i := 0; i+1 < len(p.Text); i++ {
		if strings.IndexByte(".?!", p.Text[i]) >= 0 && p.Text[i+1] == ' ' {
			out = append(out, len(quoteWords(p.Text[:i+1])))
		}
	}
	return out
}

// anotherRemark reports whether a reworded comparison takes in the whole
// first or last sentence of the passage, of minRemarkWords words or more,
// of which it keeps at most one word: the speaker says something the quote does not
// hold beside its words ("We knew a correction would come at some point.
// We did not see it coming at this speed"), perhaps on another occasion,
// in other words, so what differs need not misquote.
func (c comparison) anotherRemark(p *passage) bool {
	starts := p.sentenceStarts()
	if len(starts) == 0 {
		return false
	}
	n := len(p.words)
	if p.words == nil {
		n = len(quoteWords(p.Text))
	}
	bounds := append(append([]int{0}, starts...), n)
	seen, kept := make([]int, len(bounds)), make([]int, len(bounds))
	k := c.from // the passage's word at the edit
	for _, e := range c.edits {
		if e.op == '-' {
			continue
		}
		s := sort.SearchInts(bounds, k+1) - 1 // the sentence of word k
		seen[s]++
		if e.op == '=' {
			kept[s]++
		}
		k++
	}
	for _, s := range []int{0, len(bounds) - 2} { // the first sentence or the last: one between the quote's halves leaves them one quote
		if size := bounds[s+1] - bounds[s]; size >= minRemarkWords && seen[s] == size && kept[s] <= 1 {
			return true
		}
	}
	return false
}

// minRemarkWords is how many words a sentence of a passage holds at least
// to be a remark of its own (see anotherRemark).
const minRemarkWords = 5

// attributionStarts returns the words where a part of the passage starts
// after an attribution that interrupts it.
func (p *passage) attributionStarts() []int {
	var out []int
	for _, at := range p.Seams {
		out = append(out, len(quoteWords(p.Text[:at])))
	}
	return out
}

// seamConjunctions ([seam-conjunctions]) may be left out where a quote is
// split around its attribution.
var seamConjunctions = lexicon.Set("seam-conjunctions")

// A quoteIndex maps each word of the sheet's quotes to the quote facts
// whose renderings use it, so that each passage of a source is compared
// only with the quotes it shares enough words with, whatever the size of
// the sheet.
type quoteIndex struct {
	facts map[string][]int // word -> indexes of quote facts, ascending
	need  []int            // per fact index, the shared words a passage needs
}

func newQuoteIndex(ms []*matcher) *quoteIndex {
	qi := &quoteIndex{facts: make(map[string][]int), need: make([]int, len(ms))}
	for fi, m := range ms {
		if _, ok := m.kind.(passageKind); !ok {
			continue
		}
		qi.need[fi] = min(minShared, m.quote.shortest)
		for w := range m.quote.vocabulary {
			qi.facts[w] = append(qi.facts[w], fi)
		}
	}
	return qi
}

// candidates returns, by fact index, the passages of the source (indexes
// into its quotes) that share enough words with the fact's quote to be
// judged against it: the same test as quoteMatcher.judge's first, made for
// every quote at once. The table is the scratch's, empty for a fact
// without passages.
func (qi *quoteIndex) candidates(src *reading, sc *scratch) [][]int32 {
	out, shared := sc.passages, sc.shared
	if len(src.quotes) == 0 || len(qi.facts) == 0 {
		return out
	}
	var touched []int
	for pi := range src.quotes {
		p := &src.quotes[pi]
		if p.words == nil {
			p.words = quoteWords(p.Text) // worked out once, and only for a sheet with quotes
		}
		if len(p.words) > maxQuoteWords {
			continue
		}
		for _, w := range p.words {
			for _, fi := range qi.facts[w] {
				if shared[fi] == 0 {
					touched = append(touched, fi)
				}
				shared[fi]++
			}
		}
		for _, fi := range touched {
			if int(shared[fi]) >= qi.need[fi] {
				if len(out[fi]) == 0 {
					sc.quoted = append(sc.quoted, fi)
				}
				out[fi] = append(out[fi], int32(pi))
			}
			shared[fi] = 0
		}
		touched = touched[:0]
	}
	return out
}
