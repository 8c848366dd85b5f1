package checks

import (
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// interimMarkers make a figure the count at one moment of a story that
// goes on: "as of Friday", "so far". Longest first does not matter: any
// one will do.
var interimMarkers = func() [][]string {
	var out [][]string
	for p := range lexicon.Set("interim-markers") {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// interimAfterBy are the words after "by" that make such a moment: "by
// noon", "by Wednesday night" (weekdays and months count too).
var interimAfterBy = lexicon.Set("interim-after-by")

// interim returns the words that make the sentence's figures counts at
// one moment ("as of", "so far", "by Wednesday"), or "".
func (sent *sentence) interim() string {
	sc := scanner{s: sent.folded().norm.S, toks: sent.folded().tokens}
	for i := range sc.toks {
		for _, p := range interimMarkers {
			if sc.wordsAt(i, p) {
				return strings.Join(p, " ")
			}
		}
		if sc.tok(i) == "by" {
			next := sc.tok(i + 1)
			if _, day := weekdays[next]; day || interimAfterBy[next] {
				return "by " + next
			}
			if _, month := months[next]; month && !ambiguousMonths[next] {
				return "by " + next
			}
		}
	}
	return ""
}
