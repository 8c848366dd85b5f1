package checks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An acronym in brackets after its expansion states the name: a wrong
// expansion contradicts the sheet, whatever the acronym agrees with.
func TestAcronymExpansions(t *testing.T) {
	const sheet = `facts:
  - id: system
    claim: The agency runs the Total Information System.
    name: Total Information System
    aliases: [TIS]
    about: [agency]
`
	tests := []struct {
		text, want, reason string
	}{
		{"The agency runs the Traveller Information System (TIS).", "unsure", "another expansion: another name, or another body with the same acronym"},
		{"The agency runs the Total Information System (TIS).", "agrees", "the sheet's own expansion"},
		{"The agency runs the Total Information Systems (TIS).", "agrees", "a regular form of a word of the name"},
		{"The agency runs TIS (a new system).", "agrees", "the acronym outside brackets expands nothing"},
		{"The agency runs the traffic information system (TIS).", "agrees", "words in lower case are no expansion"},
		{"The agency runs it and the new system (TIS).", "agrees", "initials that do not spell the acronym are no expansion"},
		{"The agency runs the Traveller Information System (tis).", "agrees", "an acronym not written in capitals expands nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2024-05-10"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
	// An alias that abbreviates to the acronym too is an accepted
	// expansion, and the expansion is reported once.
	const aliased = `facts:
  - id: system
    claim: The agency runs the Traffic Information Services.
    name: Traffic Information Services
    aliases: [Transport Information Service, TIS]
    about: [agency]
`
	r := run(t, aliased, testSource{"s", "The agency runs the Transport Information Service (TIS).", "2024-05-10"})
	assert.Equal(t, "agrees", string(r.CellAt(0, 0).Verdict), "an alias with the acronym's initials")
	r = run(t, aliased, testSource{"s", "The agency runs the Traveller Information Services (TIS).", "2024-05-10"})
	c := r.CellAt(0, 0)
	assert.Equal(t, "unsure", string(c.Verdict))
	assert.Len(t, c.Findings, 1, "one finding for one spelling-out: %v", c.Findings)
}
