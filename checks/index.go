package checks

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A termRole says what a term does for its fact.
type termRole uint8

const (
	roleAbout  termRole = iota // a term of an about group
	roleUnless                 // a term that rules a sentence out
	roleName                   // an accepted spelling of a name fact
	rolePhrase                 // a phrase of a statement fact without about terms
)

// A termRef names one term of one fact.
type termRef struct {
	fact  int
	role  termRole
	group int // for roleAbout
	// marked is set for a term that writes a mark between two digits
	// ("3.0", "1:28"): the text must write one too, "30" is another
	// number. Between letters ("U.S.", "St. Louis") the mark may go.
	marked bool
	// apart: see term.apart.
	apart string
	// capitals is set for a term written in capitals, an acronym ("US",
	// "U.S.", "WHO"): the text must write it so, "us" and "who" are words.
	capitals bool
}

// A trieNode is a node of the trie of the terms' joined letters.
type trieNode struct {
	// ascii holds the children after a lower-case letter or digit, which
	// nearly every step takes, in an array; other holds those after any
	// other byte of folded text. kids counts both.
	ascii  [36]*trieNode
	other  map[byte]*trieNode
	kids   int
	exact  []termRef // terms that end here, at the end of a word
	prefix []termRef // terms with a trailing * that end here, anywhere
	// gaps are the marks a term writes between two of its words at this
	// point ("3.8.2", "1:28"): the walk goes on across them too.
	gaps map[string]bool
}

// asciiSlot returns the slot of a lower-case letter or digit in
// trieNode.ascii, or -1.
func asciiSlot(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return int(c - 'a')
	case '0' <= c && c <= '9':
		return 26 + int(c-'0')
	}
	return -1
}

// child returns the node after byte c, or nil.
func (n *trieNode) child(c byte) *trieNode {
	if k := asciiSlot(c); k >= 0 {
		return n.ascii[k]
	}
	return n.other[c]
}

// grow returns the node after byte c, made if need be.
func (n *trieNode) grow(c byte) *trieNode {
	if next := n.child(c); next != nil {
		return next
	}
	next := &trieNode{}
	if k := asciiSlot(c); k >= 0 {
		n.ascii[k] = next
	} else {
		if n.other == nil {
			n.other = make(map[byte]*trieNode)
		}
		n.other[c] = next
	}
	n.kids++
	return next
}

// A termIndex finds the terms of every fact in a sentence in one pass over
// its words, however many facts the sheet has: a trie of the terms' joined
// letters is walked from each word.
type termIndex struct{ root trieNode }

func newTermIndex(ms []*matcher) *termIndex {
	ix := &termIndex{}
	for fi, m := range ms {
		for g, ts := range m.loc.groups {
			for _, t := range ts {
				ix.add(t, termRef{fact: fi, role: roleAbout, group: g})
			}
		}
		for _, t := range m.loc.unless {
			ix.add(t, termRef{fact: fi, role: roleUnless})
		}
		if k, ok := m.kind.(ownTermsKind); ok {
			ts, role := k.ownTerms(m)
			for _, t := range ts {
				ix.add(t, termRef{fact: fi, role: role})
			}
		}
	}
	return ix
}

func (ix *termIndex) add(t term, r termRef) {
	if t.joined == "" {
		return
	}
	n := &ix.root
	r.apart, r.capitals = t.apart, t.capitals
	for at := range t.seps {
		r.marked = r.marked || at > 0 && at < len(t.joined) && isDigit(t.joined[at-1]) && isDigit(t.joined[at])
	}
	for i := 0; i < len(t.joined); i++ {
		if sep, ok := t.seps[i]; ok {
			if n.gaps == nil {
				n.gaps = make(map[string]bool)
			}
			n.gaps[sep] = true
		}
		n = n.grow(t.joined[i])
	}
	if t.prefix {
		n.prefix = append(n.prefix, r)
	} else {
		n.exact = append(n.exact, r)
	}
}

// acronymTerm reports whether a term is written in capitals, two or three
// letters and no lower-case one, dots and ampersands allowed: "US",
// "U.S.", "WHO", "AT&T", whose lower-case forms are words ("us", "who").
// Longer acronyms are written "Nasa", "Nato" in British style, and their
// lower-case forms are no words.
func acronymTerm(raw string) bool {
	letters := 0
	for _, r := range strings.TrimSpace(raw) {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '.' && r != '&':
			return false
		}
	}
	return letters >= 2 && letters <= 3
}

// inCapitals reports whether the source writes the tokens [i, j) of a
// sentence in capitals, first and last letter of each.
func inCapitals(sent *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if !unicode.IsUpper(sent.writtenAt(k)) || !unicode.IsUpper(sent.writtenLastAt(k)) {
			return false
		}
	}
	return true
}

// A hit is a term found in a sentence.
type hit struct {
	ref termRef
	sp  span
}

// partOfLonger reports whether the tokens from start to end are part of a
// longer dotted number or version: digits joined by a dot or a colon to
// digits before or after them ("4.0" in "3.4.0" or "4.0.1"), or a
// pre-release after a hyphen ("4.0.0" in "4.0.0-rc.2"). A term is never
// found so: "3.8" is not version 3.8.2.
func partOfLonger(s string, toks []text.Token, start, end int) bool {
	if dottedOn(s, toks, start-1, start) || dottedOn(s, toks, end-1, end) {
		return true
	}
	if end >= len(toks) || !isDigits(toks[end-1].Text) || s[toks[end-1].End:toks[end].Start] != "-" {
		return false
	}
	return preReleases[strings.TrimRight(toks[end].Text, "0123456789")]
}

// inLargerNumber reports whether the tokens from start to end begin or end
// with digits that a thousands comma joins to three digits beside them: a
// term "100" is not in "4,100" nor in "100,000" ("USB 3" is still found
// in "USB 3.0").
func inLargerNumber(s string, toks []text.Token, start, end int) bool {
	group := func(a, b int) bool {
		return isDigits(toks[a].Text) && isDigits(toks[b].Text) && len(toks[b].Text) == 3 && s[toks[a].End:toks[b].Start] == ","
	}
	return start > 0 && group(start-1, start) || end < len(toks) && group(end-1, end)
}

// markedSpan reports whether a mark other than a space or a hyphen joins
// two of the tokens from start to end: "3.0", "1:28", not "30".
func markedSpan(s string, toks []text.Token, start, end int) bool {
	for k := start + 1; k < end; k++ {
		if g := strings.TrimSpace(s[toks[k-1].End:toks[k].Start]); g != "" && g != "-" {
			return true
		}
	}
	return false
}

// dotted reports whether a dot or a colon joins two of the tokens from
// start to end: a term that writes one ("4.0", "1:28") is a dotted number
// or a version, and is not found inside a longer one; "USB 3" is found in
// "USB 3.0".
func dotted(s string, toks []text.Token, start, end int) bool {
	for k := start + 1; k < end; k++ {
		if g := s[toks[k-1].End:toks[k].Start]; g == "." || g == ":" {
			return true
		}
	}
	return false
}

// compoundPrefixes are the words that, joined by a hyphen before a term,
// make it another thing: "pre-launch", "semi-final".
var compoundPrefixes = lexicon.Set("compound-prefixes")

// find appends to out the terms of every fact that a sentence holds: at
// each word, the words that follow joined (through spaces and hyphens)
// while they spell a path of the trie; not from a word after a compound
// prefix and a hyphen.
func (ix *termIndex) find(sent *sentence, out []hit) []hit {
	s, toks := sent.folded().norm.S, sent.folded().tokens
	for i := range toks {
		// "pre-launch", "post-election": another thing than the term, but an
		// unless term still rules it out ("pre-war" with unless: war).
		prefixed := i > 0 && s[toks[i-1].End:toks[i].Start] == "-" && compoundPrefixes[toks[i-1].Text]
		clitic := i > 0 && apostrophe(s[toks[i-1].End:toks[i].Start]) && clitics[toks[i].Text] // the "s" of "house's", the "ll" of "we'll"; not "dell'11 settembre"
		n := &ix.root
	walk:
		for j := i; j < len(toks) && j-i < maxTermTokens; j++ {
			if j > i && (clitic || !joinable(s, toks[j-1], toks[j]) && !n.gaps[strings.TrimSpace(s[toks[j-1].End:toks[j].Start])]) {
				break // "house's Old" holds no "sold"
			}
			w := toks[j].Text
			for c := 0; c < len(w); c++ {
				if n = n.child(w[c]); n == nil {
					break walk
				}
				for _, r := range n.prefix {
					if !prefixed || r.role == roleUnless {
						out = append(out, hit{r, span{i, j + 1}})
					}
				}
			}
			if len(n.exact) > 0 && (dotted(s, toks, i, j+1) && partOfLonger(s, toks, i, j+1) || inLargerNumber(s, toks, i, j+1)) {
				continue // "4.0" in "3.4.0", "4.0.0" in "4.0.0-rc.2", "100" in "4,100"
			}
			for _, r := range n.exact {
				if r.marked && !markedSpan(s, toks, i, j+1) || prefixed && r.role != roleUnless || !keepsApart(toks, i, j+1, r.apart) || r.capitals && !inCapitals(sent, i, j+1) {
					continue // "30" is no "3.0", "52" no "5-2", "us" no "US"
				}
				out = append(out, hit{r, span{i, j + 1}})
			}
		}
	}
	return out
}

// mayHold reports whether a sentence, given unfolded, may hold a term. It
// walks the trie from each word as find does, folding the text rune by
// rune as it goes instead of folding the sentence first, and errs only
// towards yes (any run of spaces and hyphens joins two words, however
// long). Most sentences of a large corpus hold no term, and are spared
// folding and splitting into words. An ASCII byte, most of any text, is
// classed by a table, and a word whose first letter starts no term is
// passed over without a walk.
func (ix *termIndex) mayHold(s string) bool { return ix.scan(s, nil) }

// scan is mayHold. With ends not nil it does not stop at the first term:
// it appends to ends the terms of every node where a term may end, a
// superset of the terms find finds, and reports false.
func (ix *termIndex) scan(s string, ends *[][]termRef) bool {
	inWord := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			f := asciiFolds[c]
			if f.class == foldedWord && !inWord && ix.root.child(f.letter) != nil && ix.walkFrom(s[i:], ends) {
				return true
			}
			inWord = f.class == foldedWord
			i++
			continue
		}
		class, _, size := foldRune(s[i:])
		if class == foldedWord && !inWord && ix.walkFrom(s[i:], ends) {
			return true
		}
		if class != foldedNothing {
			inWord = class == foldedWord
		}
		i += size
	}
	return false
}

// ended is called where the terms refs may end: without ends it reports
// true, the walk's answer; with ends it keeps them and reports false, for
// the walk to go on.
func ended(ends *[][]termRef, refs []termRef) bool {
	if ends == nil {
		return true
	}
	*ends = append(*ends, refs)
	return false
}

// walkFrom reports whether a term of the trie starts at the start of s,
// or with ends not nil gathers the terms that may (see scan).
func (ix *termIndex) walkFrom(s string, ends *[][]termRef) bool {
	n, gap := &ix.root, false
	for i := 0; i < len(s); {
		var class int
		var piece string
		if c := s[i]; c < utf8.RuneSelf {
			f := asciiFolds[c]
			if i++; f.class == foldedWord {
				// The step of the word case below, for one ASCII letter.
				if gap = false; n.child(f.letter) == nil {
					return false
				}
				if n = n.child(f.letter); len(n.prefix) > 0 && ended(ends, n.prefix) {
					return true
				}
				continue
			}
			class = int(f.class)
		} else {
			var size int
			class, piece, size = foldRune(s[i:])
			i += size
		}
		switch class {
		case foldedWord:
			gap = false
			for k := 0; k < len(piece); k++ {
				if n = n.child(piece[k]); n == nil {
					return false
				}
				if len(n.prefix) > 0 && ended(ends, n.prefix) {
					return true
				}
			}
		case foldedJoin:
			if !gap {
				if len(n.exact) > 0 && ended(ends, n.exact) {
					return true
				}
				if n.kids == 0 {
					return false
				}
			}
			gap = true
		case foldedBreak:
			if !gap && len(n.exact) > 0 && ended(ends, n.exact) {
				return true // a term ends here, whatever the mark: "3." for the term 3
			}
			if len(n.gaps) > 0 {
				gap = true // a mark a term writes here: go on, erring towards yes
				continue
			}
			return false
		}
	}
	return !gap && len(n.exact) > 0 && ended(ends, n.exact)
}

// mayLocate reports whether the terms a sentence, given unfolded, may hold
// could locate a fact or mark its first group, as locateAll does from the
// terms find finds: a term of each about group of one fact, or an accepted
// spelling of a name or a phrase of a statement (the unless terms of a
// sentence it spares are looked for when the next one needs them: see
// ruledBefore). It errs only towards yes,
// as mayHold does; a sentence with terms only of some groups of each fact
// ("the break", "the relations" for a fact about breaking off relations)
// is spared folding and find too.
func (ix *termIndex) mayLocate(s string, ms []*matcher, sc *scratch) bool {
	sc.ends = sc.ends[:0]
	ix.scan(s, &sc.ends)
	may := false
	for _, refs := range sc.ends {
		for _, r := range refs {
			switch {
			case r.role == roleName || r.role == rolePhrase:
				may = true
			case r.role == roleAbout && r.group < 64:
				if sc.groups[r.fact] == 0 {
					sc.grouped = append(sc.grouped, r.fact)
				}
				sc.groups[r.fact] |= 1 << r.group
				n := len(ms[r.fact].loc.groups)
				may = may || n < 64 && sc.groups[r.fact] == 1<<n-1
			case r.role == roleAbout:
				may = true // too many groups to count: as if all were there
			}
		}
	}
	for _, fi := range sc.grouped {
		sc.groups[fi] = 0
	}
	sc.grouped = sc.grouped[:0]
	return may
}

// What a rune of original text folds to, as mayHold sees it.
const (
	foldedNothing = iota // an invisible rune, dropped
	foldedWord           // letters or digits
	foldedJoin           // a space, a hyphen or an ampersand, which may join two words of a term
	foldedBreak          // anything else
)

// foldRune folds the first rune of s, one outside ASCII (see asciiFolds
// for the others), and returns what it folds to, the folded letters for a
// word rune, and the rune's size in s.
func foldRune(s string) (class int, piece string, size int) {
	r, size := utf8.DecodeRuneInString(s)
	f := text.FoldRune(r)
	switch {
	case f == "":
		return foldedNothing, "", size
	case f == " " || f == "-" || f == "&":
		return foldedJoin, "", size
	}
	for _, fr := range f {
		if !text.IsWordRune(fr) {
			return foldedBreak, "", size
		}
	}
	return foldedWord, f, size
}

// An asciiFold is what an ASCII byte folds to: its class, and for a
// letter or digit the folded letter.
type asciiFold struct{ class, letter uint8 }

// asciiFolds holds the fold of every ASCII byte. It is built once and
// only read.
var asciiFolds = func() (t [utf8.RuneSelf]asciiFold) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = asciiFold{foldedWord, c}
		case 'A' <= c && c <= 'Z':
			t[c] = asciiFold{foldedWord, c + 'a' - 'A'}
		case text.IsASCIISpace(c) || c == '-' || c == '&':
			t[c] = asciiFold{class: foldedJoin}
		default:
			t[c] = asciiFold{class: foldedBreak}
		}
	}
	return t
}()

// locateAll returns, fact by fact and sentence by sentence, the anchors of
// each fact in the sentences about it (nil elsewhere), and the matches of
// its first about group that claim the values near them as its own, even
// in sentences its unless terms rule out. A sentence is about a fact when it
// holds a term of every about group and no unless term; a sentence that
// opens with an anaphoric pronoun continues a sentence before it that was;
// for a name fact a mention of an accepted spelling locates a sentence,
// and for a statement fact without about terms one of its phrases does.
func locateAll(ms []*matcher, ix *termIndex, src *reading, sc *scratch) (located, marks [][][]span) {
	n := len(src.Sentences)
	var hits []hit
	// The facts with a term in the sentence, and the facts that the about
	// terms of the sentence and of the one before locate. Appended to here,
	// so that short ones stay on the stack.
	var touched, own, ownPrev, ruled, ruledPrev, lead []int
	prevSearched := false
	for k := range src.sents {
		sent := &src.sents[k]
		hits = hits[:0]
		searched := ix.mayLocate(sent.Piece().S, ms, sc)
		if searched {
			hits = dropInLinks(sent, dropHeaderUnless(sent, ix.find(sent, hits)))
		}
		touched = touched[:0]
		for _, h := range hits {
			if len(sc.byFact[h.ref.fact]) == 0 {
				touched = append(touched, h.ref.fact)
			}
			sc.byFact[h.ref.fact] = append(sc.byFact[h.ref.fact], h)
		}
		own = own[:0]
		for _, fi := range touched {
			if sc.locateByAbout(fi, ms[fi].loc, k, n) {
				own = append(own, fi)
			}
		}
		// A sentence that continues the one before is about its facts,
		// unless it holds one of their unless terms.
		locatedHere := len(own) > 0
		if len(ownPrev) > 0 && (!sent.First && isAnaphoric(sent) || k > 0 && src.sents[k-1].First && asksQuestion(&src.sents[k-1])) {
			sc.continueFacts(ix, sent, k, n, ownPrev, searched)
			locatedHere = true
		}
		ruled = ruled[:0]
		for _, fi := range touched {
			if !sc.isLocated(fi, k) {
				sc.locateByName(fi, k, n)
			}
			locatedHere = locatedHere || sc.isLocated(fi, k)
			if sc.hasUnless(fi) {
				ruled = append(ruled, fi)
			}
			sc.byFact[fi] = sc.byFact[fi][:0]
		}
		// A sentence that points back at the one before is ruled out where
		// that one is: "Her deputy pleaded guilty. She was sentenced to ...".
		if !sent.First && locatedHere && pointsBack(sent) {
			ruled = sc.ruleOutAfter(ix, src, k, ruled, ruledPrev, prevSearched)
		}
		lead = sc.underLeadIn(ix, src, k, lead, ruled, searched)
		ownPrev = append(ownPrev[:0], own...)
		ruledPrev, prevSearched = append(ruledPrev[:0], ruled...), searched
	}
	return sc.located, sc.marks
}

// dropInLinks drops the hits that stand inside a web or mail address:
// "recall" in "brisamotion.com/recall" names a page, and says nothing of a
// recall; "Pittsburgh" in "letters@abj-pittsburgh.com" names a mailbox.
func dropInLinks(sent *sentence, hits []hit) []hit {
	f := sent.folded()
	if !strings.Contains(f.norm.S, "/") && !strings.Contains(f.norm.S, "www.") && !strings.Contains(f.norm.S, "@") && !strings.Contains(f.norm.S, ".") {
		return hits
	}
	kept := hits[:0]
	for _, h := range hits {
		from := strings.LastIndexAny(f.norm.S[:f.tokens[h.sp.start].Start], " \t\n(<\"") + 1
		to := f.tokens[h.sp.end-1].End
		if k := strings.IndexAny(f.norm.S[to:], " \t\n)>\""); k >= 0 {
			to += k
		} else {
			to = len(f.norm.S)
		}
		if run := f.norm.S[from:to]; !mayBeAddress(run) || !webAddress.MatchString(run) {
			kept = append(kept, h)
		}
	}
	return kept
}

// mayBeAddress reports, before the regular expression is run, whether a
// word run may be a web or mail address: it holds a slash, an at sign,
// or a dot before its last byte.
func mayBeAddress(run string) bool {
	dot := strings.IndexByte(run, '.')
	return strings.ContainsAny(run, "/@") || dot >= 0 && dot < len(run)-1
}

// webAddress matches a word run that is a web or mail address: a scheme,
// "www.", a domain before a path, a mail address, or a domain alone under
// a common top-level domain ("abj-pittsburgh.com").
var webAddress = regexp.MustCompile(`^(https?://|www\.)|^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/|^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}|^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|gov|edu|io|info|co|uk|de|fr|es|it|nl|eu)[.,;:]?$`)

// underLeadIn rules sentence k out for the facts of lead, the unless terms
// of a list's lead-in line ("Compare the 2021 grounding:"), when it stands
// in an item of that list: a line that opens with a list marker after it,
// and the sentences that go on in its paragraph. It returns the facts the
// next sentence is ruled out for: those of this sentence when it is a
// lead-in (a short line that closes its paragraph with a colon), lead
// while the list goes on, none after it.
func (sc *scratch) underLeadIn(ix *termIndex, src *reading, k int, lead, ruled []int, searched bool) []int {
	sent := &src.sents[k]
	if len(lead) > 0 && (!sent.First || listItem(src, sent)) {
		for _, fi := range lead {
			if sc.isLocated(fi, k) {
				sc.located[fi][k] = nil // "- 369 ships held up at the peak"
			}
		}
		return lead
	}
	last := k+1 == len(src.sents) || src.sents[k+1].First
	if !last || !leadIn(sent) || len(sent.folded().tokens) > leadInWords || sent.hasAny(leadInContrasts) {
		return lead[:0]
	}
	if !searched {
		return ruledBefore(ix, sent, lead[:0])
	}
	return append(lead[:0], ruled...)
}

// leadIn reports whether a sentence ends with a colon, as a list's lead-in
// line does.
func leadIn(sent *sentence) bool {
	return strings.HasSuffix(strings.TrimRight(sent.Piece().S, " \t\r\n*_"), ":")
}

// leadInWords is how many words a list's lead-in may hold: "For
// comparison, when the Ever Given blocked the canal in 2021:".
const leadInWords = 16

// leadInContrasts in a lead-in set the story against another thing, so its
// items are the story's: "Unlike the Ever Given, the Marisol Dawn caused
// little disruption:".
var leadInContrasts = lexicon.Set("lead-in-contrasts")

// asksQuestion reports whether a sentence is a question: the first
// sentence after one that opens its paragraph, or is a heading, answers it
// ("When will the deal close? Completion is expected on 1 July."), in its
// paragraph or the next, as FAQs write them.
func asksQuestion(sent *sentence) bool {
	return strings.HasSuffix(strings.TrimRight(sent.Piece().S, " \t\r\n\"'*_)”’"), "?")
}

// continueFacts locates in sentence k, which continues the one before,
// that one's facts (ownPrev), but for those whose unless terms it holds;
// searched tells whether the prefilter let the sentence's terms be found.
func (sc *scratch) continueFacts(ix *termIndex, sent *sentence, k, n int, ownPrev []int, searched bool) {
	if len(sent.folded().tokens) == 0 {
		return // "—" alone after a question: no words to answer it
	}
	var spared []int // the facts the sentence rules out, when the prefilter spared it
	if !searched {
		spared = ruledBefore(ix, sent, nil)
	}
	for _, fi := range ownPrev {
		if !sc.isLocated(fi, k) && !sc.hasUnless(fi) && !slices.Contains(spared, fi) {
			sc.set(sc.located, fi, k, n, []span{{0, 1}})
		}
	}
}

// ruleOutAfter rules sentence k out for the facts the sentence before is
// ruled out for (ruledPrev, looked for now if the prefilter spared that
// sentence), and adds them to ruled, which it returns.
func (sc *scratch) ruleOutAfter(ix *termIndex, src *reading, k int, ruled, ruledPrev []int, prevSearched bool) []int {
	if !prevSearched {
		ruledPrev = ruledBefore(ix, &src.sents[k-1], ruledPrev)
	}
	for _, fi := range ruledPrev {
		if sc.isLocated(fi, k) {
			sc.located[fi][k] = nil
		}
		ruled = append(ruled, fi)
	}
	return ruled
}

// ruledBefore adds to ruled the facts whose unless terms a sentence holds,
// for a sentence the prefilter spared: searched only when the sentence
// after it points back at it.
func ruledBefore(ix *termIndex, sent *sentence, ruled []int) []int {
	for _, h := range ix.find(sent, nil) {
		if h.ref.role == roleUnless && !slices.Contains(ruled, h.ref.fact) {
			ruled = append(ruled, h.ref.fact)
		}
	}
	return ruled
}

// hasUnless reports whether the sentence's hits (in byFact) hold an unless
// term of fact fi.
func (sc *scratch) hasUnless(fi int) bool {
	for _, h := range sc.byFact[fi] {
		if h.ref.role == roleUnless {
			return true
		}
	}
	return false
}

// locateByAbout locates fact fi, with the given number of about groups,
// in sentence k of n when the sentence's hits (in byFact) hold a term of
// every group and no unless term, and reports whether it did. It marks
// the matches of the first group even when an unless term rules the
// sentence out.
func (sc *scratch) locateByAbout(fi int, loc locator, k, n int) bool {
	groups := len(loc.groups)
	found := make([]bool, groups)
	var anchors, first []span
	unless := false
	for _, h := range sc.byFact[fi] {
		switch h.ref.role {
		case roleAbout:
			found[h.ref.group] = true
			anchors = append(anchors, h.sp)
			if h.ref.group == 0 {
				first = append(first, h.sp)
			}
		case roleUnless:
			unless = true
		}
	}
	all := len(found) > 0
	for _, f := range found {
		all = all && f
	}
	if !all || groups > 1 && !loc.shared && sc.oneWordForAll(fi) {
		return false
	}
	sc.set(sc.marks, fi, k, n, first)
	if unless {
		return false
	}
	sc.set(sc.located, fi, k, n, anchors)
	return true
}

// oneWordForAll reports whether every about hit of fact fi in the
// sentence is one and the same word: "votes" found by "vote" and by
// "voted" fills two groups with one word, and a term of each group must
// be a word of its own, unless the sheet writes one term in two groups
// (locator.shared).
func (sc *scratch) oneWordForAll(fi int) bool {
	var first span
	for k, h := range sc.byFact[fi] {
		if h.ref.role != roleAbout {
			continue
		}
		if k > 0 && first != (span{}) && h.sp != first {
			return false
		}
		first = h.sp
	}
	return true
}

// locateByName locates fact fi in sentence k of n by the sentence's hits
// (in byFact) of an accepted spelling of a name fact, or of a phrase of a
// statement fact without about terms, unless one of its unless terms
// rules the sentence out.
func (sc *scratch) locateByName(fi, k, n int) {
	var sp []span
	for _, h := range sc.byFact[fi] {
		switch h.ref.role {
		case roleName, rolePhrase:
			sp = append(sp, h.sp)
		case roleUnless:
			return
		}
	}
	if len(sp) > 0 {
		sc.set(sc.located, fi, k, n, sp)
	}
}

// isLocated reports whether fact fi is located in sentence k already.
func (sc *scratch) isLocated(fi, k int) bool {
	return sc.located[fi] != nil && sc.located[fi][k] != nil
}

// set records the spans of fact fi in sentence k of n in the table to
// (located or marks), giving the fact its row of sentences on first use.
func (sc *scratch) set(to [][][]span, fi, k, n int, sp []span) {
	if to[fi] == nil {
		to[fi] = sc.row(n)
	}
	to[fi][k] = sp
}

// A scratch holds the per-fact tables that judging one source needs, for
// the same worker to reuse on the next source: at a thousand facts they
// were most of what judging allocated. Nothing judging returns points into
// them.
type scratch struct {
	located, marks [][][]span
	rows           [][]span // what located and marks hold, sentence by sentence (see row)
	byFact         [][]hit  // emptied after each sentence, capacity kept
	shared         []int32  // zero between passages (see quoteIndex.candidates)
	passages       [][]int32
	quoted         []int       // the facts with passages
	ends           [][]termRef // the terms a sentence may hold (see mayLocate)
	groups         []uint64    // by fact, the about groups of ends; zero between sentences
	grouped        []int       // the facts with groups set
}

func newScratch(facts int) *scratch {
	return &scratch{
		located:  make([][][]span, facts),
		marks:    make([][][]span, facts),
		byFact:   make([][]hit, facts),
		shared:   make([]int32, facts),
		passages: make([][]int32, facts),
		groups:   make([]uint64, facts),
	}
}

// row returns a table of n sentences, all nil, taken from rows.
func (sc *scratch) row(n int) [][]span {
	if cap(sc.rows)-len(sc.rows) < n {
		// Rows already handed out keep the old array.
		sc.rows = make([][]span, 0, max(n, 2*cap(sc.rows), 256))
	}
	k := len(sc.rows)
	sc.rows = sc.rows[:k+n]
	r := sc.rows[k : k+n : k+n]
	clear(r)
	return r
}

// reset forgets what the last source left in the tables.
func (sc *scratch) reset() {
	clear(sc.located)
	clear(sc.marks)
	sc.rows = sc.rows[:0]
	for _, fi := range sc.quoted {
		sc.passages[fi] = sc.passages[fi][:0]
	}
	sc.quoted = sc.quoted[:0]
}

// isDigit reports whether a byte is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
