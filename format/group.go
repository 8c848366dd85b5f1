package format

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/checks"
)

// A problemGroup is the problems of one fact and kind whose sources say
// the same words: one line in a report, however many sources.
type problemGroup struct {
	First   checks.Problem // the first, in order, whose message stands for all
	Sources []string       // the sources of the group, in order
}

// groupProblems groups problems of one fact, kind and severity whose
// sources say the same words, keeping the order of each group's first.
// Problems of a fact (uncorroborated) stay one to a group.
func groupProblems(ps []checks.Problem) []problemGroup {
	type key struct {
		fact, says string
		kind       checks.ProblemKind
		warning    bool
	}
	var out []problemGroup
	at := make(map[key]int)
	for _, p := range ps {
		k := key{p.Fact, p.Says, p.Kind, p.Warning}
		// A label that no longer matches is its own line: its message
		// names the label's words, which differ from label to label.
		alone := p.Source == "" || p.Kind == checks.Mismatch
		if i, ok := at[k]; ok && !alone {
			if g := &out[i]; g.Sources[len(g.Sources)-1] != p.Source {
				g.Sources = append(g.Sources, p.Source) // a source once, however often it says it
			}
			continue
		}
		if !alone {
			at[k] = len(out)
		}
		out = append(out, problemGroup{First: p, Sources: []string{p.Source}})
	}
	return out
}

// maxSourcesNamed is how many sources a group's line names.
const maxSourcesNamed = 10

// line is the group's line in a report, after its position: the first
// problem's headline, and for a group of several sources, which and how
// many.
func (g problemGroup) line() string {
	text := unplaced(g.First)
	if n := len(g.Sources); n > 1 {
		shown := g.Sources
		if n > maxSourcesNamed {
			shown = shown[:maxSourcesNamed]
		}
		more := ""
		if n > maxSourcesNamed {
			more = fmt.Sprintf(" and %d more", n-maxSourcesNamed)
		}
		text += fmt.Sprintf(" (the same in %d sources: %s%s)", n, strings.Join(shown, ", "), more)
	}
	return text
}
