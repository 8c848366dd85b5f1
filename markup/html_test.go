package markup

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// applied returns line with a Line's edits done: cuts dropped, references
// replaced by their characters.
func applied(line string, lm Line) string {
	cut := make([]bool, len(line))
	for _, c := range lm.Cuts {
		for i := c[0]; i < c[1]; i++ {
			cut[i] = true
		}
	}
	subAt := make(map[int]Sub)
	for _, sb := range lm.Subs {
		subAt[sb.From] = sb
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		if sb, ok := subAt[i]; ok {
			b.WriteString(sb.Text)
			i = sb.To
			continue
		}
		if !cut[i] {
			b.WriteByte(line[i])
		}
		i++
	}
	return b.String()
}

// Each reference read is beside the near miss it must leave alone.
func TestEntities(t *testing.T) {
	tests := []struct{ line, want, why string }{
		{"caf&eacute; &amp; bar", "café & bar", "named references closed by ;"},
		{"caf&eacute bar", "caf&eacute bar", "without its ; a name is left as written"},
		{"&frac12; cup, 10&sup2;", "½ cup, 10²", "names with digits in them"},
		{"&frac99; cup", "&frac99; cup", "letters and digits that name nothing"},
		{"&CounterClockwiseContourIntegral; here", "∳ here", "a name longer than eight letters"},
		{"&CounterClockwiseContourIntegra; here", "&CounterClockwiseContourIntegra; here", "one letter short of that name"},
		{"it&#8217;s, it&#x2019;s, it&#X2019;s", "it’s, it’s, it’s", "numeric references, decimal and hexadecimal"},
		{"&#0; &#xD800; &#x110000; &#12345678; &#x; &#65", "&#0; &#xD800; &#x110000; &#12345678; &#x; &#65", "numbers that name no character, or no ;"},
		{"AT&amp;T", "AT&T", "an escaped ampersand"},
		{"AT&T; R&D & co", "AT&T; R&D & co", "ampersands before words that are no names"},
		{"&notit; here", "¬it; here", "a legacy name followed by letters, as the HTML tokenizer reads it"},
		{"&amp;amp; here", "&amp; here", "a reference's character is not read again"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var lm Line
			entities(tt.line, 0, len(tt.line), &lm)
			assert.Equal(t, tt.want, applied(tt.line, lm))
			for _, sb := range lm.Subs {
				assert.Equal(t, byte('&'), tt.line[sb.From], "a substitution starts at its reference: %+v", sb)
			}
		})
	}
}

// entities reads only line[from:to]: a reference that runs past to is
// none.
func TestEntitiesWithinBounds(t *testing.T) {
	line := "&lt;&gt;&amp;"
	var lm Line
	entities(line, 4, 8, &lm)
	assert.Equal(t, []Sub{{From: 4, To: 8, Text: ">"}}, lm.Subs)
	lm = Line{}
	entities(line, 4, 12, &lm)
	assert.Equal(t, []Sub{{From: 4, To: 8, Text: ">"}}, lm.Subs, "&amp without the ; that lies past to")
}
