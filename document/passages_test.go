package document

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/text"
	"github.com/stretchr/testify/assert"
)

// assertQuotePrefilterSound checks, paragraph by paragraph, that mayQuote
// says yes wherever there is a quoted passage: the prefilter may only err
// towards yes.
func assertQuotePrefilterSound(t *testing.T, raw string) {
	t.Helper()
	src := &Source{Path: "t.txt", raw: raw}
	for _, p := range strings.Split(raw, "\n") {
		if p == "" {
			continue
		}
		off := make([]int32, len(p)+1)
		if ps := src.findPassages(text.FoldMapped(text.Mapped{S: p, Off: off})); len(ps) > 0 {
			assert.True(t, mayQuote(p), "mayQuote says no, but %q quotes %q", p, ps[0].Text)
		}
		assert.Equal(t, mayQuoteByRunes(p), mayQuote(p), "%q: mayQuote and the rune by rune reading disagree", p)
	}
}

// mayQuoteByRunes is mayQuote as it was first written, rune by rune: the
// faster one must give the same answer on every text, and so let through
// the same paragraphs.
func mayQuoteByRunes(p string) bool {
	prev := ' '
	for _, r := range p {
		double, single := r == '"', r == '\'' || r == '`'
		if r >= utf8.RuneSelf {
			f := text.FoldRune(r)
			double, single = strings.Contains(f, `"`), strings.Contains(f, "'")
		}
		if double || single && !text.IsWordRune(prev) || r == ',' && prev == ',' {
			return true
		}
		prev = r
	}
	return false
}

func TestMayQuote(t *testing.T) {
	for _, tt := range []struct {
		text  string
		quote bool
	}{
		{`He said "yes".`, true},
		{"He said “yes”.", true},
		{"He said «oui».", true},
		{"He said ‘yes’ twice.", true},
		{"He said 'yes' twice.", true},
		{"He said `yes' twice.", true},
		{"The firm's office and the partners' desks.", false},
		{"The firm’s office and the partners’ desks.", false},
		{"No marks at all.", false},
		{"'Opening mark first.", true},
		{"A word,'after a comma.", true},
		{"Zürich's mark after a letter outside ASCII.", false},
		{"Zürich’s mark after a letter outside ASCII.", false},
		{"Invalid \xff'byte before a mark.", true},
		{"Digits 1990's.", false},
		{",,Wij betalen niet.'', zei ze.", true},
		{"Een lijst: a,,b.", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.quote, mayQuote(tt.text))
			assertQuotePrefilterSound(t, tt.text)
		})
	}
}

// FuzzQuotePrefilter holds mayQuote to findPassages on any text.
func FuzzQuotePrefilter(f *testing.F) {
	f.Add("He said “yes” and 'no', the partners’ desks.")
	f.Fuzz(func(t *testing.T, raw string) { assertQuotePrefilterSound(t, raw) })
}
