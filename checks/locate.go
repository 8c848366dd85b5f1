package checks

import (
	"slices"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A term is a locator term compiled for matching folded tokens. Its words
// are joined, so "cyber attack" also matches "cyber-attack" and
// "cyberattack". A trailing * matches any ending: "host*" matches "hosted".
type term struct {
	raw    string
	joined string
	prefix bool
	// seps are the marks the term writes between its words, by where they
	// stand in joined: "3.8.2" and "1:28" match only as written, since
	// their marks are not spaces or hyphens.
	seps map[int]string
	// apart holds, a byte each, the places in joined where a space or a
	// hyphen parts two figures ("5-2", "4 3"): the text must part them too,
	// since "52" is another number.
	apart string
	// capitals is set for an acronym (see acronymTerm): the text must
	// write it in capitals.
	capitals bool
	// bounds holds the places in joined where the term parts two words:
	// elsewhere a source that writes the term apart must part it into
	// words of minSplitPart letters at least ("cyber attack" for
	// "cyberattack", not "de ces" for "décès").
	bounds []int
}

// minSplitPart is the fewest letters each side of a word a source writes
// apart, where the term writes it as one, may hold.
const minSplitPart = 3

func compileTerm(raw string) term {
	t := term{raw: raw, capitals: acronymTerm(raw)}
	s := strings.TrimSpace(raw)
	if strings.HasSuffix(s, "*") {
		t.prefix = true
		s = strings.TrimSuffix(s, "*")
	}
	folded := text.Fold(s)
	toks := text.Tokenize(folded)
	for k, tok := range toks {
		if k > 0 {
			t.bounds = append(t.bounds, len(t.joined))
			if sep := strings.TrimSpace(folded[toks[k-1].End:tok.Start]); strings.Trim(sep, "-") != "" {
				if t.seps == nil {
					t.seps = make(map[int]string)
				}
				t.seps[len(t.joined)] = sep
			} else if isDigits(toks[k-1].Text) && isDigits(tok.Text) {
				t.apart += string([]byte{byte(min(len(t.joined), 255))}) // "5-2"
			}
		}
		t.joined += tok.Text
	}
	return t
}

// keepsApart reports whether the tokens from i to end part their letters
// at every place of apart, a byte each, counted in their joined letters:
// "5-2" does not match "52".
func keepsApart(toks []text.Token, i, end int, apart string) bool {
	n, at := 0, 0
	for k := 0; k < len(apart); k++ {
		a := int(apart[k])
		for at < a && i+n < end {
			at += len(toks[i+n].Text)
			n++
		}
		if at != a {
			return false
		}
	}
	return true
}

// maxTermTokens bounds how many tokens one term may span.
const maxTermTokens = 8

// joinable reports whether two neighbouring tokens may be read as one word:
// only spaces, hyphens and an ampersand stand between them ("Harcourt &
// Vane", "AT&T").
func joinable(s string, a, b text.Token) bool {
	return strings.Trim(s[a.End:b.Start], " -&") == "" && b.Start-a.End <= 3
}

// matchAt returns the end of the match of t starting at token i, if any.
func (t term) matchAt(s string, toks []text.Token, i int) (int, bool) {
	if t.joined == "" {
		return 0, false
	}
	// Most tokens fail at once: the term must start with the token, or, for
	// a prefix term, the token with the term.
	if first := toks[i].Text; !strings.HasPrefix(t.joined, first) && !(t.prefix && strings.HasPrefix(first, t.joined)) {
		return 0, false
	}
	acc := ""
	for j := i; j < len(toks) && j-i < maxTermTokens; j++ {
		if j > i && !joinable(s, toks[j-1], toks[j]) && !t.writtenSep(s, toks[j-1], toks[j], len(acc)) {
			return 0, false
		}
		if j > i && !slices.Contains(t.bounds, len(acc)) && s[toks[j-1].End:toks[j].Start] == " " && min(len(toks[j-1].Text), len(toks[j].Text)) < minSplitPart {
			return 0, false // "de ces" is no "décès"
		}
		acc += toks[j].Text
		if t.prefix && strings.HasPrefix(acc, t.joined) {
			return j + 1, true
		}
		if acc == t.joined {
			if len(t.seps) > 0 && partOfLonger(s, toks, i, j+1) || !keepsApart(toks, i, j+1, t.apart) {
				return 0, false // "4.2" is not in "4.2.1" or "1.4.2", "5-2" not "52"
			}
			return j + 1, true
		}
		if !strings.HasPrefix(t.joined, acc) {
			return 0, false
		}
	}
	return 0, false
}

// dottedOn reports whether tokens a and b are digits joined by a dot or a
// colon alone: the parts of one dotted number, "4.2.1".
func dottedOn(s string, toks []text.Token, a, b int) bool {
	if a < 0 || b >= len(toks) {
		return false
	}
	g := s[toks[a].End:toks[b].Start]
	return (g == "." || g == ":") && isDigits(toks[a].Text) && isDigits(toks[b].Text)
}

// writtenSep reports whether the mark between two tokens is the one the
// term writes at that point of its joined words.
func (t term) writtenSep(s string, a, b text.Token, at int) bool {
	sep, ok := t.seps[at]
	return ok && strings.TrimSpace(s[a.End:b.Start]) == sep
}

// A span is a run of tokens [start, end) in a sentence.
type span struct{ start, end int }

// find returns every match of t in a sentence.
func (t term) find(s string, toks []text.Token) []span {
	var out []span
	for i := range toks {
		if j, ok := t.matchAt(s, toks, i); ok {
			out = append(out, span{i, j})
		}
	}
	return out
}

// foundIn reports whether a term stands in a sentence, as the term index
// finds it: an acronym only where the text writes it in capitals.
func (t term) foundIn(sent *sentence) bool {
	f := sent.folded()
	for _, sp := range t.find(f.norm.S, f.tokens) {
		if !t.capitals || inCapitals(sent, sp.start, sp.end) {
			return true
		}
	}
	return false
}

// anyTermIn reports whether one of the locator's about terms stands in a
// sentence: the sentence's own term, not a stand-in for the terms of the
// sentence it continues.
func (l locator) anyTermIn(sent *sentence) bool {
	for i := range sent.folded().tokens {
		if l.termAt(sent, i) {
			return true
		}
	}
	return false
}

// termAt reports whether one of the locator's about terms starts at token
// i of a sentence (see anyTermIn).
func (l locator) termAt(sent *sentence, i int) bool {
	f := sent.folded()
	for _, g := range l.groups {
		for _, t := range g {
			if _, ok := t.matchAt(f.norm.S, f.tokens, i); ok {
				return true
			}
		}
	}
	return false
}

// A locator decides which sentences are about a fact: those holding a term
// of every group and no unless term. The matches are the anchors that
// values are measured from.
type locator struct {
	groups [][]term
	unless []term
	// shared is set when the sheet writes one term in two groups ("members,
	// union | members"): then one word may fill both.
	shared bool
}

func newLocator(about [][]string, unless []string) locator {
	var l locator
	seen := map[string]int{}
	for gi, g := range about {
		for _, raw := range g {
			if at, ok := seen[raw]; ok && at != gi {
				l.shared = true
			}
			seen[raw] = gi
		}
	}
	for _, g := range about {
		var ts []term
		for _, raw := range g {
			for _, f := range text.Inflected(raw) {
				t := compileTerm(f)
				t.raw = raw
				ts = append(ts, t)
			}
		}
		l.groups = append(l.groups, ts)
	}
	for _, raw := range unless {
		for _, f := range text.Inflected(raw) {
			t := compileTerm(f)
			t.raw = raw
			l.unless = append(l.unless, t)
		}
	}
	return l
}

// clausePenalty is how many words one clause boundary between a value and
// a term counts for: "hit on Friday, days after it cut ties" puts Friday
// nearer "hit" than "cut".
const clausePenalty = 3

// marks counts punctuation from the start of a sentence up to a token.
type marks struct{ comma, dash, stop, open, close int32 }

// clauseMarks returns, for each token, the punctuation before it, so that
// the punctuation between tokens i and j is the difference of entries j
// and i.
func clauseMarks(s string, toks []text.Token) []marks {
	out := make([]marks, len(toks)+1)
	for i := 1; i < len(toks); i++ {
		gap := s[toks[i-1].End:toks[i].Start]
		m := out[i-1]
		digits := isDigits(toks[i-1].Text) && isDigits(toks[i].Text)
		if gap != "," || !digits {
			m.comma += int32(strings.Count(gap, ",")) // not the separator in "27,000"
		}
		m.stop += int32(strings.Count(gap, ";"))
		if gap != ":" || !digits {
			m.stop += int32(strings.Count(gap, ":")) // not the one in "14:15"
		}
		m.open += int32(strings.Count(gap, "(") + strings.Count(gap, "["))
		m.close += int32(strings.Count(gap, ")") + strings.Count(gap, "]"))
		if strings.Contains(gap, " -") || strings.Contains(gap, "- ") {
			m.dash++
		}
		out[i] = m
	}
	if len(toks) > 0 {
		out[len(toks)] = out[len(toks)-1]
	}
	return out
}

// boundaries counts the clause boundaries between two token positions. A
// parenthetical insertion between them (a pair of commas or dashes, a
// bracket opened and closed) is no boundary: "This, according to Reuters,
// was announced on September 7".
func boundaries(from, to marks) int {
	n := (to.comma-from.comma)%2 + (to.dash-from.dash)%2 + (to.stop - from.stop)
	if o, c := to.open-from.open, to.close-from.close; o != c {
		n += max(o-c, c-o)
	}
	return int(n)
}

// distance is how far apart two spans of the sentence are: 0 when they
// overlap, 1 when they are neighbours, one more for each word between, and
// clausePenalty more for each clause boundary between.
func (sent *sentence) distance(a, b span) int {
	if b.end <= a.start {
		a, b = b, a
	}
	if a.end <= b.start {
		return b.start - a.end + 1 + clausePenalty*boundaries(sent.folded().marks[a.end-1], sent.folded().marks[b.start])
	}
	return 0
}

// An anchorSet holds the anchors of a sentence for nearest-anchor queries
// in logarithmic time: a long sentence has many anchors and many values.
type anchorSet struct {
	starts, ends []int // sorted
}

func newAnchorSet(spans []span) anchorSet {
	as := anchorSet{starts: make([]int, len(spans)), ends: make([]int, len(spans))}
	for i, a := range spans {
		as.starts[i], as.ends[i] = a.start, a.end
	}
	sort.Ints(as.starts)
	sort.Ints(as.ends)
	return as
}

// nearest returns the distance from v to the closest anchor, or -1 when
// there is none. The closest anchor on each side is the one whose edge is
// nearest v: distance grows with the words and the boundaries between.
func (sent *sentence) nearest(v span, as anchorSet) int {
	if len(as.starts) == 0 {
		return -1
	}
	startBefore := sort.SearchInts(as.starts, v.end) // anchors starting before v ends
	endBefore := sort.SearchInts(as.ends, v.start+1) // anchors ending before v starts
	if startBefore > endBefore {
		return 0 // an anchor overlaps v
	}
	best := -1
	if endBefore > 0 {
		e := as.ends[endBefore-1]
		best = sent.distance(span{e - 1, e}, v)
	}
	if startBefore < len(as.starts) {
		s := as.starts[startBefore]
		if d := sent.distance(v, span{s, s + 1}); best < 0 || d < best {
			best = d
		}
	}
	return best
}

// anaphora start a sentence that continues the one before it: "This was
// announced on September 7". They count only as pronouns, that is when a
// comma or a verb follows them, not as determiners ("This summit").
var anaphora = lexicon.Set("anaphora")

var anaphoraVerbs = lexicon.Set("anaphora-verbs")

var pointingBack = lexicon.Set("pointing-back")

// openingPronouns open a sentence that continues the one before whatever follows
// them: "It measured 6.4", "She won 47.8 percent".
var openingPronouns = lexicon.Set("opening-pronouns")

// personPronouns may stand for another person than the fact's: a
// continued sentence that disagrees through one of them is unsure.
var personPronouns = lexicon.Set("person-pronouns")

// pointsBack reports whether a sentence opens with a word that points at
// something the sentence before named: a pronoun ("She was sentenced ...")
// or a demonstrative ("That bridge, built in 1959, ...").
func pointsBack(sent *sentence) bool {
	toks := sent.folded().tokens
	return len(toks) > 0 && (anaphora[toks[0].Text] || pointingBack[toks[0].Text])
}

// isAnaphoric reports whether a sentence opens with a pronoun that points
// back at the sentence before it.
func isAnaphoric(sent *sentence) bool {
	toks := sent.folded().tokens
	if len(toks) < 2 {
		return false
	}
	if articleToo[toks[0].Text] && !pronounVerbs[toks[1].Text] {
		return false // Italian "Il servizio medico ha assistito": an article, where French "Il a dit" is a pronoun
	}
	return openingPronouns[toks[0].Text] || pointsBackFirmly(sent) || ageSubject(sent)
}

// articleToo ([pronouns-also-articles]) open a sentence as a pronoun only
// before a word of [pronoun-verbs]: Italian writes "il" as an article.
var articleToo, pronounVerbs = lexicon.Set("pronouns-also-articles"), lexicon.Set("pronoun-verbs")

// ageSubject reports whether a sentence opens with a person named by age,
// who stands for someone the sentence before named: "The 47-year-old
// thanked her rival".
func ageSubject(sent *sentence) bool {
	toks, s := sent.folded().tokens, sent.folded().norm.S
	return len(toks) >= 5 && toks[0].Text == "the" && isDigits(toks[1].Text) && toks[2].Text == "year" && toks[3].Text == "old" &&
		s[toks[1].End:toks[2].Start] == "-" && s[toks[2].End:toks[3].Start] == "-"
}

// pointsBackFirmly reports whether a sentence opens with a pronoun
// followed by a comma or a verb of being or happening that continues the
// one before ("This was announced on Monday", "It happened at dawn"): what
// it says is said of the sentence before. Any other continuation ("It gave
// 3,400 doses before it closed on 10 April") may say it of something else
// the sentence before named.
func pointsBackFirmly(sent *sentence) bool {
	toks := sent.folded().tokens
	if len(toks) < 2 || !anaphora[toks[0].Text] {
		return false
	}
	gap := sent.folded().norm.S[toks[0].End:toks[1].Start]
	return strings.Contains(gap, ",") || anaphoraVerbs[toks[1].Text]
}
