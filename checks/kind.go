package checks

import (
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
)

// A valueKind is a kind of value that a fact holds and sources state with
// words around it: a date, a time of day, a number, a version. Each is one
// file (kind_date.go, kind_time.go, kind_number.go, kind_version.go); the
// rest of the checker (locating sentences, the rivalry of facts over a
// value, the charitable reading, labels) is the same for all. Names,
// quotes and statements are read their own ways.
type valueKind interface {
	// candidates returns the values of the kind in a located sentence that
	// m's fact may read, each with its distance to the fact's terms (spans,
	// as anchors), tracing what it leaves out.
	candidates(m *matcher, src *reading, sent *sentence, spans []span, anchors anchorSet) []candidate
	// canRead reports whether the fact of matcher p can read the value of
	// a candidate that m's fact read: a rival claims only what it can read.
	canRead(p *matcher, sent *sentence, cd candidate) bool
	// holds reports whether a candidate (as m's fact read it) is fact f's
	// canonical value; f is m's fact or a fact of the same kind.
	holds(f *facts.Fact, src *reading, sent *sentence, cd candidate) bool
	// judge fills in a finding for a candidate: its value, whether it
	// agrees, how it was read, the kind of disagreement. ok is false when
	// the value cannot be placed (a relative date without a publication
	// date): the finding is then not judged.
	judge(f *facts.Fact, src *reading, sent *sentence, cd candidate, fd *Finding) (ok bool)
	// values returns how the words a label says read, as judge writes
	// values, for matching a label to a finding.
	values(says string, src *document.Source) []string
}

// valueKinds are the kinds that read values with words around them.
var valueKinds = map[facts.Kind]valueKind{
	facts.KindDate:    dateKind{},
	facts.KindTime:    timeKind{},
	facts.KindNumber:  numberKind{},
	facts.KindVersion: versionKind{},
}
