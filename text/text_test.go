package text

import (
	"hash/fnv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFieldsAsStringsFields holds the field walk that duplicate paragraphs
// and evidence texts use to strings.Fields: the same fields, and texts
// that differ only in white space hash alike and compare equal.
func TestFieldsAsStringsFields(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\nb", "é ü",
		"a\u2003b", "\u0085a\r\n b\v", "héllo  wörld ", "a\u00adb", "x\u200by"}
	for _, s := range texts {
		var got []string
		for f := (fields{s: s}); f.next(); {
			got = append(got, f.field)
		}
		want := strings.Fields(s)
		if len(want) == 0 {
			want = nil
		}
		assert.Equal(t, want, got, "%q", s)
		assert.Equal(t, strings.Join(want, " "), CollapseSpace(s), "%q", s)
		for _, o := range texts {
			same := strings.Join(strings.Fields(s), " ") == strings.Join(strings.Fields(o), " ")
			assert.Equal(t, same, SameFields(s, o), "%q vs %q", s, o)
			if same {
				assert.Equal(t, FieldsHash(s), FieldsHash(o), "%q vs %q", s, o)
			}
		}
	}
	assert.NotEqual(t, FieldsHash("a b"), FieldsHash("ab"))
}

// FieldsHash is FNV-1a over each field of strings.Fields followed by a
// space, in one pass: the same as hashing the fields one by one.
func TestFieldsHashIsOverFields(t *testing.T) {
	ref := func(s string) uint64 {
		h := fnv.New64a()
		for _, f := range strings.Fields(s) {
			h.Write([]byte(f + " "))
		}
		return h.Sum64()
	}
	for _, s := range []string{"", " ", "a", "a b", "  a\tb\n", "é  ü", "a\u00a0b", "a\u2003b\u3000c ", "x\u200by", "ﬁ ﬂ"} {
		assert.Equal(t, ref(s), FieldsHash(s), "%q", s)
	}
}

// TestOriginalAsBuilt holds a run mapped without offsets (Original) to the
// same run built with a table of them: every offset, every slice, its
// folded form and a paragraph joined from it must be the same.
func TestOriginalAsBuilt(t *testing.T) {
	tests := []struct {
		s      string
		reason string
	}{
		{"", "an empty line still has its end"},
		{"Plain ASCII text.", "most lines"},
		{"  Spaces  at both ends  ", "folding drops a trailing space, whose offset ends the text"},
		{"Zürich, “quoted” — dashes…", "runes folded to other lengths"},
		{"Zu\u0308rich\u00ad", "a combining mark and an invisible rune"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			const at = 1000
			var b Builder
			b.AddOriginal(tt.s, at)
			built, run := b.Done(at+len(tt.s)), Original(tt.s, at)
			for i := 0; i <= len(tt.s); i++ {
				assert.Equal(t, built.At(i), run.At(i), "At(%d): %s", i, tt.reason)
				for j := i; j <= len(tt.s); j++ {
					bs, rs := built.Slice(i, j), run.Slice(i, j)
					assert.Equal(t, bs.At(0), rs.At(0), "Slice(%d, %d).At(0): %s", i, j, tt.reason)
					assert.Equal(t, bs.At(j-i), rs.At(j-i), "Slice(%d, %d) end: %s", i, j, tt.reason)
				}
			}
			assert.Equal(t, FoldMapped(built), FoldMapped(run), "folded: %s", tt.reason)
			var jb, jr Builder
			jb.AddMapped(built)
			jr.AddMapped(run)
			assert.Equal(t, jb.Done(at+len(tt.s)), jr.Done(at+len(tt.s)), "joined: %s", tt.reason)
		})
	}
}

// A currency code of [glued-currency-codes] glued to a figure is two
// tokens with nothing between; any other word with digits stays one.
func TestTokenizeGluedCurrencyCodes(t *testing.T) {
	tests := []struct {
		in     string
		want   []string
		reason string
	}{
		{"eur4.8bn", []string{"eur", "4", "8bn"}, "a code glued to a figure: the code, then the figure's tokens"},
		{"inr500 crore", []string{"inr", "500", "crore"}, "the rupee's code"},
		{"gbp200m", []string{"gbp", "200m"}, "the figure keeps its glued scale"},
		{"covid19 mp3 g7", []string{"covid19", "mp3", "g7"}, "letters and digits that are no code stay one word"},
		{"eurostar eur", []string{"eurostar", "eur"}, "a code without a figure, or inside a word, is no split"},
		{"usdc5", []string{"usdc5"}, "four letters before the figure: no code"},
		{"rs232 rs6", []string{"rs232", "rs6"}, "Rs is no code of the list: RS232, an Audi RS6"},
		{"08:21z", []string{"08", "21", "z"}, "a zone's letter glued to a time's minutes"},
		{"0821z", []string{"0821", "z"}, "glued to wire copy's four digits"},
		{"5z 123z 2024zs", []string{"5z", "123z", "2024zs"}, "one or three digits, or more letters: no time, no split"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Text)
			assert.Equal(t, tok.Text, tt.in[tok.Start:tok.End], "%s: offsets of %q", tt.reason, tok.Text)
		}
		assert.Equal(t, tt.want, got, tt.reason)
	}
}
