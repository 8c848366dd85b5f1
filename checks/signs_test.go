package checks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A currency sign before a number stands for the unit an about term
// names: "$60" is about "dollars" as "60 dollars" is.
func TestCurrencySignsLocate(t *testing.T) {
	const sheet = `facts:
  - id: small-price
    claim: The small board costs 60 dollars.
    number: 60
    unit: dollars
    about: [small board, price* | cost* | dollars | USD]
`
	tests := []struct {
		text, want, reason string
	}{
		{"The small board is $60.", "agrees", "a dollar sign before the number stands for dollars"},
		{"The small board is US$ 60 at launch.", "agrees", "a space may stand between the sign and the number"},
		{"The small board is $75.", "contradicts", "and another amount in dollars contradicts"},
		{"The small board is €75.", "silent", "a euro sign does not stand for dollars"},
		{"The small board has 60 pins.", "silent", "no sign, no term: the sentence is not about the price"},
		{"The small board shows a $ sign on its box, 60 of them.", "silent", "a sign before no number is no term"},
		{"The $60 kit has no small board.", "agrees", "the sign counts wherever it stands in the sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2023-10-01"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}
