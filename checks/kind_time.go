package checks

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/text"
)

// timeKind reads times of day with a zone, compared in UTC.
type timeKind struct{}

func (timeKind) candidates(m *matcher, src *reading, sent *sentence, spans []span, anchors anchorSet) []candidate {
	var cands []candidate
	zoned := slices.ContainsFunc(sent.clockMentions(), func(cl clockMention) bool { return !cl.zoneless })
	for i, cl := range sent.clockMentions() {
		if cl.zoneless && zoned {
			continue // "11:42 a.m. local time, or 14:42 UTC": the zone decides
		}
		dist, ok := m.momentDistance(src, sent, spans, anchors, cl.span)
		if !ok {
			continue
		}
		cd := candidate{span: cl.span, at: cl.span, dist: dist, i: i}
		switch {
		case stamp(sent, cl.span):
			cd.doubt = "a time opening its entry before a dash is when a live blog's post was written, or when a timeline's event happened"
		case cl.zoneless:
			cd.doubt = "the source gives no zone: read in the sheet's (" + m.fact.Time.Zone + "), but it may mean another"
		}
		cands = append(cands, cd)
	}
	return cands
}

func (timeKind) canRead(*matcher, *sentence, candidate, []span) bool { return true }

func (timeKind) holds(f *facts.Fact, src *reading, sent *sentence, cd candidate) bool {
	return clockAgrees(sent.clockMentions()[cd.i], f.Time)
}

func (timeKind) judge(f *facts.Fact, src *reading, sent *sentence, cd candidate, fd *Finding) bool {
	cl := sent.clockMentions()[cd.i]
	fd.Value, fd.Agrees, fd.Kind = clockValue(cl, f.Time), clockAgrees(cl, f.Time), "different-time"
	if cl.zoneless {
		fd.How = "no zone given: read in the sheet's, " + f.Time.Zone
	}
	return true
}

func (timeKind) values(says string, src *document.Source) []string {
	var out []string
	for _, cl := range extractClocks(says, text.Tokenize(says)) {
		if !cl.zoneless {
			out = append(out, clockValue(cl, facts.Clock{}))
		}
	}
	return out
}

// stamp reports whether a time opens its sentence, followed by a dash or a
// colon: a live blog's stamp on a post ("09:58 CET — We are following
// reports"), which says when the post was written, or a timeline's entry
// ("04:09 UTC — the update goes out"), which says when the thing happened.
func stamp(sent *sentence, sp span) bool {
	f := sent.folded()
	if sp.start != 0 || strings.TrimSpace(f.norm.S[:f.tokens[0].Start]) != "" {
		return false
	}
	rest := strings.TrimLeft(f.norm.S[f.tokens[sp.end-1].End:], " )")
	for _, dash := range []string{"—", "–", "-", ":"} {
		if strings.HasPrefix(rest, dash) {
			return true
		}
	}
	return false
}
