package checks

// The field of a post, the word that says what a title is of: "finance"
// in "finance minister" and "minister of finance", "mission" in "mission
// director". A role with a field and a title beside a name with another
// field name two posts ("transport minister" for a finance minister,
// "flight director" for a mission director).

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

var (
	// fieldLinks join a title to its field after it, in English: "minister
	// of finance", "secretary for health".
	fieldLinks = lexicon.Set("title-field-links")
	// fieldNeutral stand before a title and say nothing of its field: "the
	// new director", "its longtime minister".
	fieldNeutral = lexicon.Set("title-field-neutral")
	// postFields are the words a source's title names another field by:
	// "the transport minister", "the flight director"; any other word
	// there ("the populist minister", "a cabinet minister") names none.
	postFields = lexicon.Set("post-fields")
)

// fieldReach is how many words before a title, or after its link, may
// hold the role's field: "the lunar mission director", "director of the
// lunar mission".
const fieldReach = 3

// roleFields returns the fields of a role's words: the word right before
// a title of [post-titles] in it, and the word after a link and an article
// after the title; and whether it names a post with no field ("director"),
// which accepts a title of any field: not when words the checker cannot
// join to it follow the title ("ministre des pensions").
func roleFields(ws []string) (out []string, bare bool) {
	for k, w := range ws {
		for _, p := range postTitles[w] {
			end := k + len(p.words)
			if end > len(ws) || !slices.Equal(ws[k:end], p.words) {
				continue
			}
			if k > 0 && fieldWord(ws[k-1]) {
				out = append(out, ws[k-1])
			}
			if end+1 < len(ws) && fieldLinks[ws[end]] {
				j := end + 1
				if titleArticles[ws[j]] && j+1 < len(ws) {
					j++
				}
				out = append(out, ws[j])
			}
			return out, len(out) == 0 && end == len(ws) // the first title of the role is its post; words after it that no link joins ("ministre des pensions") may be a field read in no language here, no bare post
		}
	}
	return nil, false
}

// fieldWord reports whether a folded word may be a title's field: a word
// of letters, no rank, time, article, determiner nor neutral word.
func fieldWord(w string) bool {
	switch {
	case len(w) <= 2 || !isLetters(w) || strings.HasSuffix(w, "ed"): // not "appointed director"
		return false
	case titleRankWords[w] || titleTimeWords[w] || titleArticles[w] || determiners[w] || fieldNeutral[w] || titles[w]:
		return false
	case notNouns[w] || titleOfWords[w] || sayingVerbs[w] || auxiliaries[w]: // not "von Ministerpräsident", "said director"
		return false
	}
	return true
}

// otherField returns the field of the title p at token k, a word of
// [post-fields] right before it or after its link, when it is none of the
// role's and none of the role's fields stands near the title, and
// whether its word is written with a capital (a name of an organisation
// or a place may stand there: "NASA director"); "" when the title has no
// field or the role none.
func (r *roleRule) otherField(sc scanner, k int, p postTitle) (string, bool) {
	if len(r.fields) == 0 {
		return "", false
	}
	end := k + len(p.words)
	for j := max(0, k-fieldReach); j < end+1+fieldReach && j < len(sc.toks); j++ {
		if r.fields[sc.tok(j)] {
			return "", false
		}
	}
	if j := k - 1; j >= 0 && plainGap(sc.gap(k)) && postFields[sc.tok(j)] && sc.gap(j) != "-" && !possessiveAfter(sc, j+1) {
		return sc.tok(j), j > 0 && sc.capital(j) // not "the 54-year-old minister"; a capital that opens the sentence says nothing
	}
	if end < len(sc.toks) && fieldLinks[sc.tok(end)] && plainGap(sc.gap(end)) {
		j := end + 1
		if titleArticles[sc.tok(j)] {
			j++
		}
		if j < len(sc.toks) && plainGap(sc.gap(j)) && postFields[sc.tok(j)] {
			return sc.tok(j), sc.capital(j)
		}
	}
	return "", false
}
