package checks

// Currency signs as terms: "$60" is about dollars.

import (
	"strings"

	"github.com/factcheck/factcheck/text"
)

// signTerms are the about terms a currency sign stands for.
type signTerms struct {
	sign string
	refs []termRef
}

// addSigns records the currency signs that stand for a unit that an about
// term of fact fi names.
func (ix *termIndex) addSigns(groups [][]term, fi int) {
	for g, ts := range groups {
		for _, t := range ts {
			d := unitLexicon.after[unitKey(t.joined)]
			if t.prefix || len(t.seps) > 0 || d == nil {
				continue
			}
			for _, sign := range unitLexicon.signs {
				if unitLexicon.before[sign] == d {
					ix.addSign(sign, termRef{fact: fi, role: roleAbout, group: g})
				}
			}
		}
	}
}

func (ix *termIndex) addSign(sign string, r termRef) {
	for i := range ix.signs {
		if ix.signs[i].sign == sign {
			ix.signs[i].refs = append(ix.signs[i].refs, r)
			return
		}
	}
	ix.signs = append(ix.signs, signTerms{sign, []termRef{r}})
}

// findSigns appends to out a hit on each number that a currency sign of
// the index stands before, for each term the sign stands for.
func (ix *termIndex) findSigns(s string, toks []text.Token, out []hit) []hit {
	for _, st := range ix.signs {
		from := 0
		for {
			at := strings.Index(s[from:], st.sign)
			if at < 0 {
				break
			}
			after := from + at + len(st.sign)
			from = after
			for j, t := range toks {
				if t.Start >= after {
					if gap := s[after:t.Start]; (gap == "" || gap == " ") && isDigits(t.Text[:1]) {
						for _, r := range st.refs {
							out = append(out, hit{r, span{j, j + 1}})
						}
					}
					break
				}
			}
		}
	}
	return out
}
