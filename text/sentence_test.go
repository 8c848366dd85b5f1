package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOrdinalDayEndsNoSentence holds the full stop of a day written as
// an ordinal ("15. Mai") to the sentence it stands in, where a number at a
// sentence's end still ends it.
func TestOrdinalDayEndsNoSentence(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		why  string
	}{
		{"Ab dem 15. Mai gibt es Akkus. Gut.", []string{"Ab dem 15. Mai gibt es Akkus.", "Gut."}, "a day and its month"},
		{"Ab dem 15.\nMai gibt es Akkus. Gut.", []string{"Ab dem 15.\nMai gibt es Akkus.", "Gut."}, "a hard-wrapped line between the day and its month"},
		{"Es waren 15. Dann kam mehr.", []string{"Es waren 15.", "Dann kam mehr."}, "a number that ends a sentence, no month after it"},
		{"Es waren 15.\nDann kam mehr.", []string{"Es waren 15.", "Dann kam mehr."}, "a number that ends a line and a sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(Original(tt.in, 0)) {
				got = append(got, s.S)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
