package checks

import (
	"testing"

	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
)

func TestTermsFindRegularForms(t *testing.T) {
	tests := []struct {
		term, text string
		found      bool
		reason     string
	}{
		{"impact", "Thousands of machines were impacted.", true, "a past participle"},
		{"impact", "The impacts were felt for days.", true, "a plural"},
		{"outage", "Outages hit airports.", true, "a plural of a word ending in e"},
		{"release", "The vendor is releasing a fix.", true, "e dropped before -ing"},
		{"released", "The vendor will release a fix.", true, "a past tense term finds the plain form"},
		{"rolled out", "The patch began rolling out at dawn.", true, "a word inside a phrase varies too"},
		{"apply", "The rule applies to all.", true, "y to ies"},
		{"stop", "Trains stopped at noon.", true, "a doubled consonant"},
		{"crash", "Laptops crashed overnight.", true, "a word ending in sh"},
		{"update", "An updater ran.", false, "only regular inflections, not any ending"},
		{"news", "A new law passed.", false, "a word is not cut to a shorter word of three letters"},
		{"found", "The firm, founded in 1999, grew.", false, "found (discovered) is listed as matched only as written"},
		{"founded", "Researchers found a flaw.", false, "nor does founded find found"},
		{"state", "The minister stated it.", false, "state is listed as matched only as written"},
		{"Heron", "Herons nest here.", false, "a capitalised word is a name, matched as written"},
		{"USB 3.0", "USB 3.0s are fast.", false, "words with digits are matched as written"},
		{"host*", "It hosted them.", true, "a term with * keeps its own endings"},
		{"rate", "The flaw was rated critical.", true, "a plain form finds its past"},
		{"opening", "Shops open at nine.", false, "a word in -ing is mostly a noun: the opening is no form of open"},
		{"meeting", "The meetings ran late.", true, "but its plural is"},
		{"states", "The minister stated it.", false, "a form of a word matched only as written is matched only as written too"},
		{"wedding", "They wed in May.", false, "no base of three letters"},
		{"movies", "The movie opened.", true, "-ies back to -ie"},
		{"parties", "Each party voted.", true, "-ies back to -y"},
		{"data breach notification", "The data breach notifications went out.", true, "a long term still varies its last word"},
		{"property tax", "Property taxes will rise.", true, "a short last word of a phrase takes its plural"},
		{"sales tax", "The tax boxes were sold.", false, "and only in the phrase"},
		{"tax", "Taxes will rise.", false, "a short word alone takes no forms"},
		{"ticket fee", "Ticket fees rose.", true, "-s after another letter"},
		{"ticket fee", "Ticket feed rose.", false, "no other ending"},
		{"canvas", "Two canvases were sold.", true, "a word in -as is a plain form too: its plural"},
		{"quotas", "The quota was met.", true, "and still may be a plural"},
		{"canvas", "The canvasser called.", false, "no other ending"},
		{"canvas", "Door-to-door canvasing reached 300 homes.", false, "nor a verb's: canvassing is another word"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			loc := newLocator([][]string{{tt.term}}, nil)
			s := only(t, parseText(t, tt.text, published("2024-01-02")))
			found := false
			for _, term := range loc.groups[0] {
				found = found || len(term.find(s.folded().norm.S, s.folded().tokens)) > 0
			}
			assert.Equal(t, tt.found, found, "%q in %q", tt.term, tt.text)
		})
	}
}

func TestInflectionIsNoNearMiss(t *testing.T) {
	gauge := facts.Name{Canonical: "Heron gauge", Aliases: []string{"Heron Gauge"}}
	tests := []struct {
		name   facts.Name
		text   string
		want   string
		reason string
	}{
		{gauge, "Gauges were read twice.", "", "a plural of a word the sheet also writes in lower case is the common word"},
		{gauge, "Both Pressure Gauges held.", "", "nor in a run of capitalised words"},
		{gauge, "The Heron Gaug failed.", "near-miss:Heron Gaug", "a letter dropped is still a misspelling"},
		{facts.Name{Canonical: "Julie Andrews"}, "Julie Andrew sang.", "near-miss:Julie Andrew", "a surname the sheet only capitalises: a letter short is a misspelling, not a singular"},
		{facts.Name{Canonical: "Mark Rutte"}, "Mark Ruttes spoke.", "near-miss:Mark Ruttes", "nor is a letter more a plural"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			assert.Equal(t, tt.want, readNames(t, tt.name, tt.text), "%q in %q", tt.name.Canonical, tt.text)
		})
	}
}
