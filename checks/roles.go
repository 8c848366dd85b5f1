package checks

// The title a source sets beside a name ("chairwoman Helena Marsh",
// "Helena Marsh, the company's chief executive,"), read for a name fact
// with role: a title of another post than the sheet's says the person
// holds another post.

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A postTitle is a title of [post-titles] or [grade-titles], in words,
// and the post it names.
type postTitle struct {
	words []string
	post  string
	grade bool // a rank of [grade-titles]: compared only with a role that names one
}

var (
	postTitles       = readPostTitles()
	titleRankWords   = lexicon.Set("title-rank-words")
	titleTimeWords   = lexicon.Set("title-time-words")
	titleArticles    = lexicon.Set("title-articles")
	titleIndefinites = lexicon.Set("title-indefinites")
	headingPosts     = lexicon.Set("heading-posts")
)

const (
	maxTitleWords     = 8 // the words of a title's phrase between commas
	maxTitleLeadWords = 3 // the words before a title right before a name: "deputy chief"
)

// readPostTitles reads [post-titles] by their first word, the longest
// titles first.
func readPostTitles() map[string][]postTitle {
	out := make(map[string][]postTitle)
	for _, list := range []string{"post-titles", "grade-titles"} {
		for w, post := range lexicon.Pairs(list) {
			p := postTitle{phraseWords(w), post, list == "grade-titles"}
			out[p.words[0]] = append(out[p.words[0]], p)
		}
	}
	for _, ps := range out {
		longestFirst(ps, func(p postTitle) []string { return p.words })
	}
	return out
}

// postAt returns the longest title that starts at token k.
func postAt(sc scanner, k int) (postTitle, bool) {
	for _, p := range postTitles[sc.tok(k)] {
		if sc.wordsAt(k, p.words) {
			return p, true
		}
	}
	return postTitle{}, false
}

// A titleReading is what the title beside a name says of the post.
type titleReading struct {
	at      span // the words of the title's phrase
	other   string
	agrees  bool
	unsure  bool // an indefinite article: one post among others
	capital bool // another field written with a capital: perhaps a name
	headed  bool // a title with what it heads before the name (see ofTitle)
}

// titleOfWords join a title to what it heads ("chief executive of
// Corvane", "il presidente di Brightwater"): a title after one is
// another's ("the daughter of a judge").
var titleOfWords = lexicon.Set("title-of-words")

// roleRule holds a fact's roles as the posts they name and their words.
type roleRule struct {
	posts  map[string]bool
	words  [][]string
	grades bool            // a role names a rank of [grade-titles]
	fields map[string]bool // what the roles' titles are of (see roleFields)
	// onlyGrades marks roles that are all ranks: a post beside the name
	// ("porte-parole" for role: constable) may be held with the rank, or
	// be a rank too ("Inspector"): unsure.
	onlyGrades bool
	// manyPost marks roles with an alternative of [many-post-titles]
	// ("managing director"): the title in its own words agrees, though a
	// word of it is a post of the table.
	manyPost bool
	// unknown marks roles of no post the table knows ("warden"): a
	// title of [heading-posts] beside the name ("el director del penal")
	// may name the same post in other words, so it is unsure.
	unknown bool
}

// manyPostTitles ([many-post-titles]) are roles that many posts are
// called: one names no post of the table, though a word of it does.
var manyPostTitles = lexicon.Set("many-post-titles")

// newRoleRule reads a name fact's role: alternatives.
func newRoleRule(roles []string) *roleRule {
	if len(roles) == 0 {
		return nil
	}
	r := &roleRule{posts: make(map[string]bool), fields: make(map[string]bool), onlyGrades: true, unknown: true}
	anyField := false
	for _, alt := range roles {
		ws := phraseWords(text.Fold(alt))
		r.words = append(r.words, ws)
		fs, bare := roleFields(ws)
		for _, f := range fs {
			r.fields[f] = true
		}
		anyField = anyField || bare // "director | agency director": any director
		r.grades = r.grades || namesGrade(ws)
		r.onlyGrades = r.onlyGrades && namesGrade(ws)
		if slices.ContainsFunc(ws, func(w string) bool { return titleRankWords[w] }) {
			r.unknown = false
			continue // "vice president" is matched by its words, not as a president
		}
		if manyPostTitles[strings.Join(ws, " ")] {
			r.manyPost = true
			continue // "managing director", "executive director": many posts are called so, none the table's
		}
		for k, w := range ws {
			for _, p := range postTitles[w] {
				if k+len(p.words) <= len(ws) && slices.Equal(ws[k:k+len(p.words)], p.words) {
					r.posts[p.post] = true
				}
			}
		}
	}
	if anyField {
		r.fields = nil
	}
	r.unknown = r.unknown && len(r.posts) == 0 && !r.grades
	return r
}

// namesGrade reports whether the words of a role are a rank of
// [grade-titles] as a whole, words of [title-rank-words] perhaps before
// it: "detective lieutenant", "deputy commander"; not "incident
// commander", a post whose holder may have any rank.
func namesGrade(ws []string) bool {
	k := 0
	for k < len(ws) && titleRankWords[ws[k]] {
		k++
	}
	if k == len(ws) {
		return false
	}
	for _, p := range postTitles[ws[k]] {
		if p.grade && slices.Equal(ws[k:], p.words) {
			return true
		}
	}
	return false
}

// titleOf reads the title set beside the name at n: right before it
// ("Sheriff Denise Arceneaux"), between commas after it ("Helena Marsh,
// the company's chair,"), or between commas before it ("il presidente di
// Brightwater, Helena Marsh,"). It reports false where no title of
// [post-titles] nor a role of the fact's stands there, or where a word of
// [title-time-words] puts the post at another time.
func (r *roleRule) titleOf(sc scanner, n span) (titleReading, bool) {
	for i, at := range []span{leftTitle(sc, n.start), rightTitle(sc, n.end), commaTitle(sc, n), ofTitle(sc, n.start)} {
		if at.end > at.start {
			if t, ok := r.judge(sc, at); ok {
				t.headed = i == 3
				return t, true
			}
		}
	}
	return titleReading{}, false
}

// leftTitle returns the words of a title that ends right before the
// name at token start, a title such as "Dr." between, with the rank and
// time words before it: "deputy chief inspector", "former director".
func leftTitle(sc scanner, start int) span {
	k := start - 1
	if _, post := postAt(sc, k); k > 0 && titles[sc.tok(k)] && strings.Trim(sc.gap(k+1), ". ") == "" && !post {
		k-- // "president Dr. Marguerite Aucoin"; not "Det. Lt. Rafael Ouimette", whose "Lt." is the title
	}
	if k < 0 || !titleGap(sc, k+1) {
		return span{}
	}
	end := k + 1
	if titleRankWords[sc.tok(k)] {
		k-- // "directeur adjoint Paul Roux"
	}
	for j := max(0, k-3); j <= k; j++ { // the longest title that ends there: "Lt. Cmdr.", not "Cmdr."
		if p, ok := postAt(sc, j); ok && j+len(p.words)-1 == k && titleGaps(sc, j, end) && !auxiliaries[sc.tok(j-1)] && sc.tok(j-1) != "to" { // not "will chair Ilona Varga's panel"
			return span{rankedFrom(sc, j), end}
		}
	}
	return span{}
}

// ofTitle returns the words of a title and what it heads that end right
// before the name at token start, with no comma: "la directora de
// política monetaria Ana Falcão", "o ministro da Economia Rui Lopes", "the
// director of operations Mark Lee" (a word of [title-of-words] and at
// most maxOfWords words after the title, no verb among them).
func ofTitle(sc scanner, start int) span {
	if start < 3 || !plainGap(sc.gap(start)) {
		return span{}
	}
	for c := start - 2; c >= 1 && c >= start-1-maxOfWords; c-- {
		if !titleOfWords[sc.tok(c)] {
			continue
		}
		for j := c - 1; j >= 0 && j >= c-3; j-- {
			if p, ok := postAt(sc, j); ok && j+len(p.words) == c && titleGaps(sc, j, start) && titlePhrase(sc, span{c, start}) && !afterOf(sc, rankedFrom(sc, j)) {
				return span{rankedFrom(sc, j), start}
			}
		}
		return span{}
	}
	return span{}
}

// afterOf reports whether a word of [title-of-words] stands right before
// token k, or before an article there: "the daughter of the director of
// Corvane Ilona Varga" may name the daughter.
func afterOf(sc scanner, k int) bool {
	if titleArticles[sc.tok(k-1)] {
		k--
	}
	return titleOfWords[sc.tok(k-1)]
}

// rankedFrom returns where the rank and time words right before a title
// at token j start ("deputy", "vice-", "former"), or j.
func rankedFrom(sc scanner, j int) int {
	from := j
	for from > 0 && j-from < maxTitleLeadWords && (plainGap(sc.gap(from)) || sc.gap(from) == "-") && (titleRankWords[sc.tok(from-1)] || titleTimeWords[sc.tok(from-1)]) {
		from--
	}
	return from
}

// maxOfWords: see ofTitle.
const maxOfWords = 3

// rightTitle returns the phrase after a comma after the name that ends
// at token end, up to the next mark or a relative word: "the network's
// chief operating officer", "the labour minister who steered the bill".
// It must open with an article, a title, a rank word ("Associate Director
// of Operations") or a possessor.
func rightTitle(sc scanner, end int) span {
	if end >= len(sc.toks) || strings.TrimSpace(sc.gap(end)) != "," {
		return span{}
	}
	k := end + 1
	for k < len(sc.toks) && k-end < maxTitleWords && titleGaps(sc, k-1, k+1) && !titleClauseWords[sc.tok(k)] {
		k++
	}
	relative := k < len(sc.toks) && k > end+1 && titleClauseWords[sc.tok(k)] && sc.tok(k) != "that" && plainGap(sc.gap(k)) // "Karin Vermeulen, the labour minister who steered the bill,"; not "the transport minister that year"
	if k < len(sc.toks) && !relative && !strings.HasPrefix(strings.TrimSpace(sc.gap(k)), ",") {
		return span{} // no comma closes it: a clause, not an apposition
	}
	_, title := postAt(sc, end)
	if !titleArticles[sc.tok(end)] && !title && !titleRankWords[sc.tok(end)] && !possessorAt(sc, end) || !titlePhrase(sc, span{end, k}) {
		return span{}
	}
	if p, ok := postAt(sc, end+1); titleRankWords[sc.tok(end)] && ok && end+1+len(p.words) < k && !titleOfWords[sc.tok(end+1+len(p.words))] {
		return span{} // "Denise Okafor, Deputy Mayor Tom Hale, and ...": another person's title and name, in a list
	}
	return span{end, k}
}

// titlePhrase reports whether the words at sp may be a title's phrase
// and no clause or list: no verb (an auxiliary, a verb of saying, a word
// in -ed: "the president resigned"), no relative word ("who hired the
// director"), no "and" or "or" before an article ("the mayor and the
// sheriff": a list of people).
func titlePhrase(sc scanner, sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		w := sc.tok(k)
		_, post := postAt(sc, k)
		switch {
		case auxiliaries[w] || sayingVerbs[w] || titleClauseWords[w]:
			return false
		case len(w) > 4 && strings.HasSuffix(w, "ed") && !post:
			return false
		case coordinators[w] && titleArticles[sc.tok(k+1)]:
			return false
		}
	}
	return true
}

// titleClauseWords open a clause inside a phrase after a name, which is
// then no title: "who", "which", "that" and their like.
var titleClauseWords = lexicon.Set("title-clause-words")

// commaTitle returns the phrase that opens the sentence or its clause
// before a comma before the name at n, when a comma or the sentence's end
// closes the name: "El primer ministro provincial, Tobias Leclerc, dijo",
// "Cesa's operations director, Mariana Lobo, said" (a possessor opens it).
func commaTitle(sc scanner, n span) span {
	if n.start > 2 && titles[sc.tok(n.start-1)] && strings.Trim(sc.gap(n.start), ". ") == "" {
		n.start-- // "The centre's chief executive, Dr Lucía Ferrer, said"
	}
	if n.start < 2 || strings.TrimSpace(sc.gap(n.start)) != "," || n.end < len(sc.toks) && strings.TrimSpace(sc.gap(n.end)) != "," {
		return span{}
	}
	k := n.start - 1
	for k > 0 && n.start-k < maxTitleWords && titleGaps(sc, k-1, k+1) {
		k--
	}
	if k > 0 && titleGaps(sc, k-1, k+1) {
		return span{} // longer than a title's phrase
	}
	if _, title := postAt(sc, k); !titleArticles[sc.tok(k)] && !title && !possessorAt(sc, k) || !titlePhrase(sc, span{k, n.start}) {
		return span{}
	}
	return span{k, n.start}
}

// titleGaps reports whether the words from token i to end-1 stand with
// nothing but spaces, hyphens, a possessive's apostrophe (also alone after
// an s: "Borealis' chief") or an elided article's ("directrice générale de l'entreprise") between them.
func titleGaps(sc scanner, i, end int) bool {
	for k := i + 1; k < end; k++ {
		if g := sc.gap(k); !titleGap(sc, k) && g != "-" && !possessiveAfter(sc, k) && !bareApostrophe(sc, k-1) && !elidedBefore(sc, k) {
			return false
		}
	}
	return true
}

// titleGap reports whether the gap before token k joins the words of a
// title: a space, or the stop and space after an abbreviated title of
// [titles] ("Det. Lt.").
func titleGap(sc scanner, k int) bool {
	g := sc.gap(k)
	return plainGap(g) || titles[sc.tok(k-1)] && strings.HasPrefix(g, ".") && strings.Trim(g, ". ") == "" && strings.Contains(g, " ")
}

// elidedBefore reports whether token k follows an elided article or
// preposition and its apostrophe: the "entreprise" of "l'entreprise".
func elidedBefore(sc scanner, k int) bool {
	g := sc.gap(k)
	return (g == "'" || g == "’") && elidedWords[sc.tok(k-1)]
}

// elidedWords ([elided-words]) drop their vowel before the next word.
var elidedWords = lexicon.Set("elided-words")

// possessiveAfter reports whether token k is the "s" of a possessive:
// "the sheriff's".
func possessiveAfter(sc scanner, k int) bool {
	g := sc.gap(k)
	return sc.tok(k) == "s" && (g == "'" || g == "’")
}

// bareApostrophe reports whether token k is a possessor that ends in s
// and takes an apostrophe alone: "Borealis' chief operating officer".
func bareApostrophe(sc scanner, k int) bool {
	g := sc.gap(k + 1)
	return strings.HasSuffix(sc.tok(k), "s") && (g == "' " || g == "’ ")
}

// possessorAt reports whether a possessor opens a title's phrase at token
// k: "the sheriff's", "Borealis'".
func possessorAt(sc scanner, k int) bool {
	return possessiveAfter(sc, k+1) || bareApostrophe(sc, k)
}

// judge reads the posts the titles in the words at name.
func (r *roleRule) judge(sc scanner, at span) (titleReading, bool) {
	t := titleReading{at: at, unsure: titleIndefinites[sc.tok(at.start)]}
	for k := at.start; k < at.end; k++ {
		if titleTimeWords[sc.tok(k)] {
			return titleReading{}, false
		}
	}
	if r.unknown || r.manyPost {
		wide := span{max(0, at.start-maxRoleWords(r.words)+1), at.end} // "Managing director": the title read may be its last word
		if own, ok := r.ownWords(sc, wide, t); ok && own.agrees && own.other == "" {
			return own, true // "Managing director Marco Zanetti" for role: managing director, whose word "director" is a post too
		}
	}
	found := false
	for k := at.start; k < at.end && (!titleOfWords[sc.tok(k)] || k == at.start && titleArticles[sc.tok(k)]); k++ { // not "the daughter of a judge"; Dutch "de burgemeester" opens with an article
		p, ok := postAt(sc, k)
		end := k + len(p.words)
		if !ok || end > at.end || possessiveAfter(sc, end) {
			continue
		}
		if p.grade && !r.grades {
			k = end - 1 // "Colonel Ana Ruiz" for the head of the civil defence: a rank, no post
			continue
		}
		if !p.grade && (r.onlyGrades || r.unknown && headingPosts[p.post]) {
			t.unsure = true // "porte-parole" for a constable: she may hold both; "Inspector" may be a rank as well; "director" may be a warden's title
		}
		found = true
		holds, field, capital := r.holds(sc, at, k, p), "", false
		if holds {
			field, capital = r.otherField(sc, k, p)
		}
		switch {
		case holds && field == "":
			t.agrees = true
		case t.other == "" && field != "":
			t.other, t.capital = field+" "+p.post, capital // "flight director" for a mission director
		case t.other == "":
			t.other = p.post
		}
		k = end - 1
	}
	if found {
		return t, true
	}
	return r.ownWords(sc, at, t)
}

// maxRoleWords returns how many words the longest role holds.
func maxRoleWords(words [][]string) int {
	n := 1
	for _, ws := range words {
		n = max(n, len(ws))
	}
	return n
}

// ownWords reads a title the table does not know in the role's own words
// within at: it agrees, unless a rank word stands before it that the role
// lacks ("Deputy Fire Chief" for a fire chief).
func (r *roleRule) ownWords(sc scanner, at span, t titleReading) (titleReading, bool) {
	for _, ws := range r.words {
		k := wordsFirstAt(sc, at, ws)
		if k < 0 {
			continue
		}
		if k > at.start && titleRankWords[sc.tok(k-1)] && !slices.Contains(ws, sc.tok(k-1)) {
			t.other = sc.tok(k-1) + " " + strings.Join(ws, " ")
			return t, true
		}
		t.agrees = true
	}
	return t, t.agrees
}

// holds reports whether the title p at token k within at names a post of
// the roles: its post is one of theirs, and a rank word beside it
// ("deputy", "adjoint") is in a role too.
func (r *roleRule) holds(sc scanner, at span, k int, p postTitle) bool {
	end := k + len(p.words)
	rank := ""
	switch {
	case k > at.start && titleRankWords[sc.tok(k-1)]:
		rank = sc.tok(k - 1)
	case end < at.end && titleRankWords[sc.tok(end)]:
		rank = sc.tok(end)
	}
	if rank == "" {
		return r.posts[p.post]
	}
	for _, ws := range r.words {
		if slices.Contains(ws, rank) && wordsFirstAt(sc, at, ws) >= 0 {
			return true
		}
	}
	return false
}

// wordsFirstAt returns where the words ws first stand in a row within at, or -1.
func wordsFirstAt(sc scanner, at span, ws []string) int {
	for k := at.start; k+len(ws) <= at.end; k++ {
		if len(ws) > 0 && sc.wordsAt(k, ws) {
			return k
		}
	}
	return -1
}

// judgeRole makes the finding of a name the sheet accepts a contradiction
// when the title beside it names another post than the fact's role.
func (m *matcher) judgeRole(src *reading, sent *sentence, fd *Finding, n span) {
	sc := sent.scanner()
	sc.cased = sent // the case of a field before a title: "NASA director"
	t, ok := m.roles.titleOf(sc, n)
	switch {
	case !ok:
		return
	case t.agrees:
		m.tracef("    the title beside it, %q, names the sheet's role", says(src, sent, t.at))
		return
	}
	fd.Agrees, fd.firm, fd.Kind = false, false, "role"
	fd.Value = says(src, sent, span{min(t.at.start, n.start), max(t.at.end, n.end)})
	fd.How = "the title beside the name, \"" + says(src, sent, t.at) + "\", names another post (" + t.other + ") than the sheet's role: " + strings.Join(m.fact.Name.Roles, " | ")
	switch {
	case t.unsure:
		fd.Unsure = true
		fd.How += "; unsure: after \"a\", it may be one post among others the person holds"
	case t.capital:
		fd.Unsure = true
		fd.How += "; unsure: the word before the title is written with a capital, and may name an organisation or a place (\"NASA director\") rather than what the post is of"
	case t.headed:
		fd.Unsure = true
		fd.How += "; unsure: a title and what it heads before a name may be another's (\"the president of the club Rui Lopes supports\")"
	case n.end-n.start < 2:
		fd.Unsure = true
		fd.How += "; unsure: a surname alone may name another person of that name"
	}
}
