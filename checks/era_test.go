package checks

import (
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/facts"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A value in a clause dated outside the years of the sheet's dates may be
// another event's: for review, not a failure.
func TestValuesOfAnotherEra(t *testing.T) {
	const dated = `facts:
  - id: theft
    claim: Four men robbed the museum on 9 March 2025.
    date: 2025-03-09
    about: [robbed | stole]
  - id: thieves
    claim: Four men robbed the museum.
    number: 4
    unit: men
    about: [robbed | stole]
`
	// A fact dated long before the story (the year the museum opened) adds
	// a stretch of its own, and the years between stay another era.
	opened := dated + "  - id: opened\n    claim: The museum opened in 1968.\n    date: 1968\n    about: [opened]\n"
	// A neighbour of warning severity, an earlier raid, does not widen it.
	earlier := dated + "  - id: airport\n    claim: A gang robbed the airport on 4 May 2013.\n    date: 2013-05-04\n    about: [airport]\n    severity: warning\n"
	undated := "facts:\n  - id: thieves\n    claim: Four men robbed the museum.\n    number: 4\n    unit: men\n    about: [robbed | stole]\n"
	tests := []struct{ sheet, text, want, why string }{
		{dated, "In 2013, eight men stole gems from the airport.", "unsure", "a year opening the sentence dates all of it"},
		{dated, "Police told reporters in 2013 that eight men stole gems from the airport.", "unsure", "a date of saying years before the story bounds what was said"},
		{dated, "Earlier raids:\n\n- **2013, Antwerp**: eight men stole gems from the airport.", "unsure", "a bare year labelling a list item dates it"},
		{dated, "2013 men stole gems, and eight men robbed the museum.", "contradicts", "a bare figure opening a sentence with no comma or colon after it is no label"},
		{earlier, "In 2013, eight men stole gems from the airport.", "unsure", "a neighbour of warning severity dated 2013 adds no years"},
		{strings.Replace(dated, "    about: [robbed | stole]\n  - id: thieves", "    about: [robbed | stole]\n    severity: warning\n  - id: thieves", 1), "In 2013, eight men stole gems from the airport.", "unsure", "with no date fact of error severity, those of warning give the years"},
		{dated, "Eight men stole gems from the airport in 2013.", "unsure", "a year in the same clause as the count"},
		{dated, "The museum, founded in 1880, was robbed by eight men.", "contradicts", "a year between commas dates only its own clause"},
		{dated, "Eight men robbed the museum in 2025.", "contradicts", "a year of the story is no other event"},
		{dated, "In 2013, eight men stole gems a mile from Sunday's crime scene.", "unsure", "a weekday's possessive naming a thing dates the thing, not the sentence"},
		{dated, "In 2013, eight men stole gems, and on Sunday eight men robbed the museum.", "contradicts", "a weekday of its own dates the story's clause"},
		{dated, "Sunday's raid, like one in 2013, left the museum robbed by eight men.", "contradicts", "a possessive opening the sentence is its subject, the story's event"},
		{dated, "Unlike in 2013, Sunday's raid left the museum robbed by eight men.", "contradicts", "a possessive naming the event itself, after an opening comparison, dates the story"},
		{dated, "In 2013, eight men stole gems a mile from Sunday's raid.", "contradicts", "so does one after a preposition: only a place or thing of the event (crime scene) is named apart"},
		{dated, "In April 2024, eight men robbed the museum.", "unsure", "a month of the year before the story's, over half a year from its day: another event, though the era's years hold it"},
		{dated, "In December 2024, eight men robbed the museum.", "contradicts", "a month within half a year of the story's day is the story's"},
		{strings.Replace(dated, "claim: Four men robbed the museum.\n", "claim: In April 2024 four men robbed the museum.\n", 1), "In April 2024, eight men robbed the museum.", "contradicts", "a year the fact's own claim names is no other time for it"},
		{dated, "It recalls the 2019 raid in Dresden, where eight men stole gems.", "unsure", "a where-clause goes on about the dated raid"},
		{dated, "It recalls a raid of 2019; eight men stole gems here.", "contradicts", "a semicolon ends the dated clause"},
		{dated, "It recalls the 2019 raid, which left a vault robbed by eight men.", "unsure", "a which-clause goes on about the dated raid"},
		{dated, "During the 2019 raid on the vault, eight men stole gems.", "unsure", "a dated phrase opening the sentence sets its scene"},
		{dated, "When thieves hit Dresden in 2019, eight men stole gems.", "unsure", "a dated clause of when opening the sentence sets its scene too"},
		{dated, "When the guards left, eight men stole gems.", "contradicts", "a when-clause with no date sets no other time"},
		{dated, "When the thieves reached the 2019 extension, eight men stole gems.", "contradicts", "a year that names a thing in the when-clause sets no other time"},
		{dated, "The vault, shut in 2019, was robbed by eight men.", "contradicts", "a dated participle between commas after the subject does not"},
		{dated, "The last raid in Dresden, in 2019, left a vault robbed by eight men.", "unsure", "a date alone between commas dates the clause it interrupts"},
		{dated, "The last raid in Dresden, in 2019, was brief; eight men robbed the vault.", "contradicts", "not past the end of that clause"},
		{dated, "The last raid, during the 2019 storm, left the vault robbed by eight men.", "unsure", "a dated phrase between commas opening with during sets the scene"},
		{dated, "It was the worst since the 2019 raid, which left a vault robbed by eight men.", "unsure", "a year before a noun dates it: the 2019 raid"},
		{dated, "It was the worst since the 2019 raid, which took 1,200 gems and left a vault robbed by eight men.", "unsure", "a thousands separator is no comma"},
		{dated, "Raids are worse now: the 2019 raid, at a bank in the north, saw a vault robbed by eight men.", "unsure", "an insertion between two commas after the dated noun leaves its clause open"},
		{dated, "The raid of 2019, which was brief, left a vault robbed by eight men.", "unsure", "so does a which-clause between two commas"},
		{dated, "Eight men, robbed in March 2013 of their savings, went to the police.", "unsure", "a dated participle clause of the fact's own verb right after the counted noun dates what it counts"},
		{dated, "Eight men, jailed in March 2013, had robbed a vault.", "contradicts", "a participle that is not the fact's dates something else done to them"},
		{dated, "Eight men robbed the vault, founded in 1880, at night.", "contradicts", "a participle clause on a later noun dates that noun"},
		{dated, "Dresden, 25 November 2019: eight men stole gems.", "unsure", "a date closing a label before a colon dates what follows"},
		{dated, "The gang's haul, valued at millions: eight men stole gems in the night.", "contradicts", "a label with no date dates nothing"},
		{dated, "Eight men will have robbed the vault by 2030.", "contradicts", "a year after by is a target, not another event"},
		{dated, "Four men stole gems from the airport in 2013.", "agrees", "only a disagreement is put in doubt"},
		{dated, "Eight men robbed the vault on Sunday, after a similar raid in 2013.", "contradicts", "a date of the story in the sentence makes its values the story's"},
		{dated, "Eight men robbed the vault, which opened in 1880.", "contradicts", "a which-clause after the value speaks of the noun before it"},
		{dated, "Eight men robbed the vault and stole a 1908 tiara.", "contradicts", "a year before a noun after the value names what was stolen"},
		{dated, "Eight men robbed the vault that a rival gang emptied in 2013.", "contradicts", "a year in a clause of its own after the value dates that clause"},
		{undated, "Eight men stole gems from the airport in 2013.", "contradicts", "a sheet with no date gives no time of the story"},
		{opened, "In 1995, eight men robbed the museum.", "unsure", "a year between a fact of long ago and the story is another era"},
		{opened, "In 1968, eight men robbed the museum.", "contradicts", "the year of a fact of the sheet is no other era"},
		{opened, "In 1967, eight men robbed the museum.", "unsure", "a fact of a whole year is not widened by one on each side"},
		{dated, "In 2013, a gang hit the airport. Eight men stole gems.", "unsure", "a sentence with no date goes on about the dated one before it"},
		{dated, "The worst raid? 2013, when eight men stole gems.", "unsure", "a bare year before when dates the when-clause"},
		{dated, "Eight men robbed the museum and had not struck since 2013, when a gang raided the airport.", "contradicts", "a year after since and before when dates the when-clause, not a value before it"},
		{dated, "The museum had not been hit since 2013, when eight men robbed it.", "unsure", "a value in the when-clause is of that year"},
		{dated, "In 2013, a gang hit the airport.\n\nEight men stole gems.", "contradicts", "not across a paragraph"},
		{dated, "In 2013, a gang hit the airport. On Sunday eight men stole gems.", "contradicts", "a sentence with a date of its own is its own"},
		{dated, "The gang hit on Sunday, as in 2013. Eight men stole gems.", "contradicts", "the sentence before is dated in the story too"},
		{dated, "It was worse than the 2013 airport raid. Eight men stole gems.", "contradicts", "a year that only names a noun before does not carry"},
		{dated, "The airport raid in 2013 left a vault empty. Eight men stole gems.", "unsure", "a year in the sentence before dates it"},
		{dated, "Twelve years ago, eight men stole gems from the airport.", "unsure", "years ago, counted from the publication date, outside the story's years"},
		{dated, "A year ago, eight men robbed the museum.", "unsure", "one year ago lies within a year of the story, but a year counted from the report makes the figure that year's (otherYearsFigure)"},
		{dated, "On Sunday, eight men robbed the museum, as a year ago.", "contradicts", "a year counted from the report in another clause dates nothing of the figure's"},
		{dated, "A gang robbed the airport in 2013, with eight men inside the vault.", "unsure", "a phrase of with after the comma goes on about the dated event"},
		{dated, "The gang's van, built in 2013, carried eight men who robbed the museum.", "contradicts", "a year after built dates the van, no other event"},
		{dated, "The van was built in Germany in 2013. Eight men robbed the museum in it.", "contradicts", "and it carries to no sentence after"},
		{dated, "A study made in 2013 found eight men robbed the museum.", "unsure", "made is no verb of origin: the study's year dates its finding"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, tt.sheet, testSource{"s", tt.text, "2025-03-11"})
			col := slices.IndexFunc(r.Sheet.Facts, func(f *facts.Fact) bool { return f.ID == "thieves" })
			assert.Equal(t, tt.want, string(r.CellAt(col, 0).Verdict), "%q", tt.text)
		})
	}
	r := run(t, dated, testSource{"s", "In 2013, eight men stole gems from the airport.", "2025-03-11"})
	c := r.CellAt(1, 0)
	require.NotEmpty(t, c.Findings)
	assert.Contains(t, c.Findings[0].How, "give the sheet a date fact of that year, not of severity: warning", "an unsure value of another year says what makes the year the story's")
}

// A date fact of warning severity adds no years to the era, but its own
// years, one either side, are no other event for itself: a source a year
// off its day contradicts it.
func TestWarningDateOwnYears(t *testing.T) {
	const sheet = `facts:
  - id: last-stoppage
    claim: The last stoppage at the port began on 6 November 2023.
    date: 2023-11-06
    about: [stoppage]
    severity: warning
  - id: strike
    claim: The dockers struck on 9 March 2026.
    date: 2026-03-09
    about: [struck | strike]
`
	assertVerdicts(t, sheet, "2026-03-10", []verdictCase{
		{"The last major stoppage at the port, in November 2022, lasted eleven days.", "contradicts", "a year before the fact's own: its own slip, not another event"},
		{"The last major stoppage at the port, in November 2023, lasted eleven days.", "agrees", "its own month"},
		{"A stoppage at the port in November 2019 lasted eleven days.", "unsure", "years off the fact's own and the era's: perhaps another stoppage"},
	})
	const strike = "facts:\n  - id: strike\n    claim: The dockers struck on 9 March 2026.\n    date: 2026-03-09\n    about: [struck | strike]\n"
	assertVerdicts(t, strike, "2026-03-10", []verdictCase{
		{"The dockers' last long strike, in 2014-15, shut the port.", "unsure", "a range of years off the era: perhaps another strike"},
		{"The dockers' last long strike, in 2014, shut the port.", "unsure", "as a year alone is"},
		{"The dockers struck on and off from 2025 to 2027.", "agrees", "a range that holds the fact's own"},
	})
}

// A year that a change is measured against ("up 3.4 points on 2021",
// "down from 2019") is no date of the figure: it is read as the story's.
func TestComparedYearIsNoOtherEra(t *testing.T) {
	const turnout = "facts:\n  - id: t\n    claim: Turnout rose 2.9 points.\n    number: 2.9\n    unit: points\n    about: [turnout]\n  - id: d\n    claim: The vote was on 14 September 2025.\n    date: 2025-09-14\n    about: [vote]\n"
	assertVerdicts(t, turnout, "2025-09-16", []verdictCase{
		{"Turnout was 71.2%, up 3.4 points on 2021.", "contradicts", "on a year after a change and a figure: the base of the change"},
		{"Turnout was 71.2%, up 2.9 points on 2021.", "agrees", "and the sheet's change agrees"},
		{"In 2021 turnout rose 3.4 points.", "unsure", "a year that dates the clause is another era's"},
	})
	const time = "facts:\n  - id: t\n    claim: She won in 2:25:47.\n    number: \"2:25:47\"\n    unit: seconds\n    about: [finished | finishte]\n  - id: d\n    claim: The race was on 8 June 2025.\n    date: 2025-06-08\n    about: [race]\n"
	assertVerdicts(t, time, "2025-06-09", []verdictCase{
		{"She finished in 2:25:57 and was far faster than Ana Ruiz in 2019.", "contradicts", "than after a comparative, a name between, no comma: the year is of what is compared with"},
		{"Ze finishte in 2.25.57 en was veel sneller dan Ana Ruiz in 2019.", "contradicts", "so after Dutch dan"},
		{"She finished in 2:25:57 in 2019.", "unsure", "a year of the figure's own clause"},
	})
}

// A year in a clause on a person that "who" opens and a comma closes
// before the figure dates what the person did then, not the figure.
func TestYearInAPersonsClause(t *testing.T) {
	const margin = "facts:\n  - id: m\n    claim: She beat the course record by 46 seconds.\n    number: 46\n    unit: seconds\n    about: [course record]\n  - id: d\n    claim: The race was on 8 June 2025.\n    date: 2025-06-08\n    about: [race]\n"
	assertVerdicts(t, margin, "2025-06-09", []verdictCase{
		{"Ana Ruiz, the Spaniard who finished fourth here in 2019, ran 2:25:47, beating the course record by 45 seconds.", "contradicts", "the year is of her earlier race, in the who clause"},
		{"Ana Ruiz, the Spaniard who finished fourth here two years ago, ran 2:25:47, beating the course record by 45 seconds.", "contradicts", "so is a year counted from the report"},
		{"In 2019 Ana Ruiz beat the course record by 45 seconds.", "unsure", "a year that dates the figure's clause is another era's"},
		{"The runner who beat the course record by 45 seconds in 2019 was back.", "unsure", "the year in the figure's own clause"},
	})
}
