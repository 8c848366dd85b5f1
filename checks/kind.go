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
	// first are p's first-group terms in the sentence.
	canRead(p *matcher, sent *sentence, cd candidate, first []span) bool
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

// A factKind is how the facts of one kind are read in sources. Each kind
// is one file: the value kinds (kind_date.go, kind_time.go,
// kind_number.go, kind_version.go) through valueKind and valueReader,
// and kind_name.go, kind_statement.go, kind_quote.go. Adding a kind is a
// file and a line in factKinds; nothing else asks what kind a fact is.
type factKind interface {
	// judgeSentence records in c what a sentence located for m's fact
	// says of it; spans are the fact's terms there, first those of its
	// first about group, peers the other facts located in it.
	judgeSentence(m *matcher, c *Cell, src *reading, sent *sentence, spans, first []span, peers []peer)
}

// An ownTermsKind locates its facts by terms of their own as well as by
// their about: terms: a name by its spellings, a statement without
// about: by its phrases.
type ownTermsKind interface {
	ownTerms(m *matcher) ([]term, termRole)
}

// A passageKind judges quoted passages, not located sentences: a quote.
type passageKind interface {
	judgePassages(m *matcher, c *Cell, src *reading, passages []int32)
}

// factKinds compile a fact of each kind into what reads it, setting up m
// for it.
var factKinds = map[facts.Kind]func(m *matcher) factKind{
	facts.KindDate:      valueReaderOf(dateKind{}),
	facts.KindTime:      valueReaderOf(timeKind{}),
	facts.KindNumber:    valueReaderOf(numberKind{}),
	facts.KindVersion:   valueReaderOf(versionKind{}),
	facts.KindName:      newNameKind,
	facts.KindStatement: newStatementKind,
	facts.KindQuote:     newQuoteKind,
}

// A valueReader reads a value kind: the values of a located sentence
// that the fact may read, the rivalry of facts over them, and the
// closest one judged.
type valueReader struct{}

// valueReaderOf compiles a fact of a value kind.
func valueReaderOf(k valueKind) func(m *matcher) factKind {
	return func(m *matcher) factKind {
		m.value = k
		return valueReader{}
	}
}

func (valueReader) judgeSentence(m *matcher, c *Cell, src *reading, sent *sentence, spans, first []span, peers []peer) {
	m.values(c, src, sent, spans, first, peers)
}
