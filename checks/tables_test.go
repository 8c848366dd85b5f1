package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A number alone in a Markdown table row takes its unit from the row's
// label; nowhere else does a word before a number give its unit.
func TestRowLabelUnit(t *testing.T) {
	const sheet = "facts:\n  - id: homes\n    claim: 134 homes were destroyed.\n    number: 134\n    unit: homes | houses\n    about: [destroyed | burned]\n"
	assertVerdicts(t, sheet, "2025-08-30", []verdictCase{
		{"| Measure | Value |\n|---|---|\n| Homes destroyed | 143 |\n", "contradicts", "the row's label names the unit"},
		{"| Measure | Value |\n|---|---|\n| Houses destroyed | 134 |\n", "agrees", "another unit word of the fact"},
		{"| Measure | Value |\n|---|---|\n| Acres burned | 14,500 |\n", "silent", "a label naming another unit"},
		{"| Fire | 2018 | 2025 |\n|---|---|---|\n| Homes destroyed | 61 | 143 |\n", "silent", "two figures in the row: which column is the fact's is not known"},
		{"| Fire | 2018 | 2025 |\n|---|---|---|\n| Homes destroyed | 61 | 134 |\n", "silent", "nor when one is the sheet's own: the other stands nearer the label"},
		{"| Measure | Value |\n|---|---|\n| Homes destroyed | 143 in all |\n", "silent", "only a figure alone in its cell is read"},
		{"Homes destroyed: 143, officials said.\n", "silent", "prose with the unit before the number is not a table"},
		{"Key figures\n\n- Homes destroyed: 143\n- Acres burned: 14,500\n", "contradicts", "a list item of a label, a colon and the figure alone is a row"},
		{"- **Houses destroyed:** 134.\n", "agrees", "with emphasis and a full stop"},
		{"- Homes destroyed: more than 130\n", "agrees", "an approximate figure alone after its label"},
		{"KEY FIGURES\n\nHomes destroyed ........ 143\n", "contradicts", "a label and a dot leader, as plain-text tables write them"},
		{"- Homes destroyed (final count, 30 August): 143\n", "contradicts", "a bracket with a date after the label"},
		{"- Homes destroyed (final count, 30 August): 134\n", "agrees", "and the sheet's figure so"},
		{"| Measure | Value |\n|---|---|\n| Homes destroyed | about 170 |\n", "contradicts", "and in a table cell"},
		{"<ul>\n<li><b>Homes destroyed:</b> 143</li>\n</ul>\n", "contradicts", "an HTML list item"},
		{"The tally of houses destroyed by the fire stood, officials said on Sunday: 143\n", "silent", "a long sentence before a colon is no label"},
		{"<table>\n<tr><th>Measure</th><th>Value</th></tr>\n<tr><td>Homes destroyed</td><td>143</td></tr>\n</table>\n", "contradicts", "an HTML table row on one line is a row too"},
		{"<table>\n<tr><td>Houses destroyed</td><td class=\"n\">134</td></tr>\n</table>\n", "agrees", "its cells' attributes are markup"},
		{"<table>\n<tr><td>Acres burned</td><td>14,500</td></tr>\n</table>\n", "silent", "an HTML row whose label names another unit"},
		{"<table>\n<tr><td>Homes destroyed</td><td>61</td><td>143</td></tr>\n</table>\n", "silent", "two figures in an HTML row: the column is not known"},
	})
	const area = "facts:\n  - id: area\n    claim: The fire burned 18,400 acres.\n    number: 18400\n    unit: acres\n    about: [burned]\n"
	assertVerdicts(t, area, "2025-08-30", []verdictCase{
		{"| Measure | Value |\n|---|---|\n| Acres burned | 18,400 |\n", "agrees", "a unit of the table in the label"},
		{"| Measure | Value |\n|---|---|\n| Area burned (square miles) | 29 |\n", "agrees", "a unit of two words, converted"},
		{"| Measure | Value |\n|---|---|\n| Area burned (square miles) | 35 |\n", "contradicts", "another figure in it"},
		{"- Area burned (square miles): 35\n", "contradicts", "a unit in a list label's bracket stays the label's"},
		{"| Measure | Value |\n|---|---|\n| Homes burned | 35 |\n", "silent", "a label with no unit of the fact"},
		{"| Measure | Value |\n|---|---|\n| Trees burned per hectare | 300 |\n", "silent", "a unit after per is a rate's, never the figure's"},
		{"| Measure | Value |\n|---|---|\n| Area burned (acres/day) | 300 |\n", "silent", "nor a unit in a label with a slash"},
	})
}

// A number in the label of a table row whose figure stands in another cell
// is part of the label.
func TestNumberInRowLabel(t *testing.T) {
	const sheet = "facts:\n  - id: mag\n    claim: The quake was of magnitude 7.1.\n    number: 7.1\n    about: [magnitude]\n"
	assertVerdicts(t, sheet, "2025-08-30", []verdictCase{
		{"| Measure | Value |\n|---|---|\n| Aftershocks above magnitude 4 | 146 |\n", "unsure", "a threshold in the label is not read, and the row's figure may count something narrower"},
		{"| Measure | Value |\n|---|---|\n| Aftershocks above magnitude four | 146 |\n", "unsure", "a label's number in words narrows the row too"},
		{"| Measure | Value |\n|---|---|\n| Magnitude | 6.8 |\n", "contradicts", "the figure in its own cell is read"},
		{"| Measure | Value |\n|---|---|\n| Magnitude in Kostenik | 6.8 |\n", "unsure", "a label that names a place may give a part, or a local reading"},
		{"| Measure | Value |\n|---|---|\n| Magnitude in total | 6.8 |\n", "contradicts", "in before a lower-case word names no place"},
		{"| Magnitude 6.8 | (estimate) |\n", "contradicts", "with no figure in another cell the label's number is read"},
	})
}

// A Markdown table's body row reads each cell after its column's header,
// so a row says what its figures are; a header with a digit is left out.
// An unless term in a header labels its column, not the row.
func TestColumnHeaders(t *testing.T) {
	const deaths = "facts:\n  - id: deaths\n    claim: Four workers died.\n    number: 4\n    about: [deaths | died]\n"
	const table = "| Incident | Date | Deaths | Injured |\n|---|---|---|---|\n| Carrow Falls | May 14, 2024 | **%s** | **17** |\n"
	assertVerdictsIn(t, "s.md", deaths, "2024-05-20", []verdictCase{
		{strings.Replace(table, "%s", "4", 1), "agrees", "the row's figure under the fact's column header"},
		{strings.Replace(table, "%s", "5", 1), "contradicts", "a wrong figure there"},
		{"| Incident | 2023 | 2024 |\n|---|---|---|\n| Deaths | 3 | 5 |\n", "contradicts", "a row whose own label names the fact, years as headers left out"},
	})
	const fires = "facts:\n  - id: fires\n    claim: 23 fires were reported.\n    number: 23\n    unit: fires\n    about: [fires | reported]\n"
	assertVerdictsIn(t, "s.md", fires, "2024-03-14", []verdictCase{
		{"| Country | Units | Fires |\n|---|---|---|\n| Germany | 19,500 | 6 |\n", "silent", "the next column's header is no unit of a cell's figure"},
	})
	assertVerdictsIn(t, "s.html", fires, "2024-03-14", []verdictCase{
		{"<table>\n<tr><th>Country</th><th>Units</th><th>Fires</th></tr>\n<tr><td>Germany</td><td>19,500</td><td>6</td></tr>\n</table>\n", "silent", "nor in HTML"},
	})
	const aboard = "facts:\n  - id: aboard\n    claim: 163 passengers were aboard.\n    number: 163\n    unit: passengers\n    about: [on board]\n"
	assertVerdictsIn(t, "s.md", aboard, "2025-10-14", []verdictCase{
		{"| Category | Number |\n|---|---|\n| Passengers on board | 163 |\n", "agrees", "a column's header \"Number\" read before its cell makes the figure no label"},
		{"| Category | Number |\n|---|---|\n| Passengers on board | 158 |\n", "contradicts", "and a wrong figure there contradicts"},
	})
	const zurich = "facts:\n  - id: opened\n    claim: The bridge opened in 1966.\n    date: 1966\n    about: [opened]\n    unless: [Zürich]\n"
	assertVerdictsIn(t, "s.html", zurich, "2025-10-17", []verdictCase{
		{"<p>The Z&uuml;rich bridge opened in 1959.</p>\n", "silent", "a word written with an entity is no column header: its unless term rules the sentence out"},
	})
	const opened = "facts:\n  - id: opened\n    claim: The Corliss bridge opened in 1968.\n    date: 1968\n    about: [opened]\n    unless: [Wexler]\n"
	const bridges = "| | Corliss Bridge | Wexler Bridge |\n|---|---|---|\n| Opened | %s | 1959 |\n"
	assertVerdictsIn(t, "s.md", opened, "2025-10-17", []verdictCase{
		{strings.Replace(bridges, "%s", "1968", 1), "agrees", "an unless term in a header rules out its column, not the row"},
		{strings.Replace(bridges, "%s", "1966", 1), "contradicts", "and the fact's column is read"},
	})
	const length = "facts:\n  - id: length\n    claim: The line is 12.4 km long.\n    number: 12.4\n    unit: km\n    about: [length | long]\n"
	const lines = "| Line | Length | Opened |\n|---|---|---|\n| Eastway | 12.4 km | 2026 |\n| Harbour link | 9 km | 2024 |\n"
	assertVerdictsIn(t, "s.md", length, "2026-03-20", []verdictCase{
		{lines, "agrees", "the right row agrees"},
		{strings.Replace(lines, "12.4", "14.1", 1), "unsure", "a header names the fact in a table of several rows: which row is its is not known"},
		{"| Line | Length |\n|---|---|\n| Eastway | 14.1 km |\n", "contradicts", "a table of one row is the story's"},
		{"<table>\n<tr><th>Line</th><th>Length</th></tr>\n<tr><td>Eastway</td><td>14.1 km</td></tr>\n<tr><td>Harbour link</td><td>9 km</td></tr>\n</table>\n", "unsure", "in HTML too"},
	})
}

// A table whose heading or caption dates its figures at one moment ("as
// of Wednesday") gives counts that may have grown since: a disagreeing
// one is unsure. A line further off, or one with no such words, dates
// nothing.
func TestTableAtOneMoment(t *testing.T) {
	const sheet = "facts:\n  - id: dead\n    claim: 78 people died.\n    number: 78\n    unit: dead | deaths\n    about: [dead | deaths]\n"
	assertVerdicts(t, sheet, "2025-10-20", []verdictCase{
		{"Situation as of 16:00, 16 October\n\n| Measure | Value |\n|---|---|\n| Dead | 74 |\n", "unsure", "a heading dates the table"},
		{"| Measure | Value |\n|---|---|\n| Dead | 51 |\n\nFigures as of Wednesday 18:00.\n", "unsure", "a caption below dates it"},
		{"<table>\n<caption>Toll so far</caption>\n<tr><td>Dead</td><td>51</td></tr>\n</table>\n", "unsure", "an HTML caption"},
		{"<p>Figures as of Wednesday.</p>\n<table>\n<tr><td>Dead</td><td>51</td></tr>\n</table>\n", "unsure", "a line before an HTML table"},
		{"<p>Figures as of Wednesday.</p>\n\n<table>\n<tr><td>Dead</td><td>51</td></tr>\n</table>\n", "unsure", "a blank line between"},
		{"<p>Our team compares the tolls of the three regions that have been published so far this week, and in the rest of this article we explain what the differences between them mean for the budget.</p>\n<table>\n<tr><td>Dead</td><td>51</td></tr>\n</table>\n", "contradicts", "a paragraph of prose before a table is no heading"},
		{"Provisional figures from the interior ministry, as of Monday evening, are shown in the table below.\n\n| Measure | Value |\n|---|---|\n| Dead | 61 |\n", "unsure", "a caption of one long sentence dates it"},
		{"<table>\n<tr><td>Dead</td><td>51</td></tr>\n</table>\n<p>More.</p>\n<table>\n<caption>Toll so far</caption>\n<tr><td>Injured</td><td>9</td></tr>\n</table>\n", "contradicts", "a later table's caption dates nothing of this one"},
		{"<table>\n<tr><td>Dead</td><td>51</td></tr>\n<tr><td>ȺȺȺȺȺȺȺȺȺȺ</td></tr>\n</table>", "contradicts", "letters that grow when lower-cased, near the end of the file: no crash"},
		{"Final figures\n\n| Measure | Value |\n|---|---|\n| Dead | 74 |\n", "contradicts", "a heading with no such words"},
		{"As of Monday the rescue ended.\n\nThe toll is final.\n\n| Measure | Value |\n|---|---|\n| Dead | 74 |\n", "contradicts", "words further above date nothing"},
	})
}

// A unit of time in a row's label names a date's field as often as a
// span: the row's figure takes no unit from it.
func TestRowLabelTimeUnit(t *testing.T) {
	const sentence = "facts:\n  - id: sentence\n    claim: He was sentenced to 8 years.\n    number: 8\n    unit: years\n    about: [sentenced | sentence]\n"
	assertVerdicts(t, sentence, "2025-08-30", []verdictCase{
		{"| Case | Detail |\n|---|---|\n| Year sentenced | 2019 |\n", "silent", "a year is a date, no span of years"},
	})
}

// A word that starts with letters and holds a digit names a thing ("CO2",
// "PM2.5"), no figure: a row labelled with one is not narrowed.
func TestChemicalNamesInRowLabels(t *testing.T) {
	const sheet = "facts:\n  - id: limit\n    claim: The permit limit is 4.6 million tonnes.\n    number: 4.6 million\n    unit: tonnes\n    about: [permit limit | limit]\n"
	assertVerdicts(t, sheet, "2026-03-18", []verdictCase{
		{"| Measure | Value |\n|---|---|\n| Permit limit (CO2) | 4.5 million tonnes |\n", "contradicts", "CO2 names the gas, no figure of the label"},
		{"| Measure | Value |\n|---|---|\n| Permit limit above 2 sites | 4.5 million tonnes |\n", "unsure", "a figure of the label narrows the row"},
		{"| Measure | Value |\n|---|---|\n| Permit limit for Q3 | 4.5 million tonnes |\n", "unsure", "a quarter's name narrows it too"},
		{"Output reached 4.6 Mt under the permit limit.", "agrees", "Mt is megatonnes"},
	})
}

// A figure read with its column's header (a name "Node 18" from the header
// "Node" and the cell "18") is quoted and placed at the cell's own words,
// not at the markup before them.
func TestCellEvidenceLeavesOutItsHeader(t *testing.T) {
	const sheet = "facts:\n  - id: runtime\n    claim: The release needs Node 22.\n    name: Node 22\n    not: [Node 18]\n    about: [Node, minimum]\n"
	html := "<table>\n<tr><th>Release</th><th>Minimum Node</th></tr>\n<tr><td>5.x</td><td>22</td></tr>\n<tr><td>4.x</td><td>18</td></tr>\n</table>\n"
	r := run(t, sheet, testSource{"s.html", html, "2026-04-16"})
	c := r.CellAt(0, 0)
	var says []string
	for _, fd := range append(append([]*Finding{}, c.Findings...), c.Unresolved...) {
		says = append(says, fd.Says+"@"+fd.Pos.String())
		assert.NotContains(t, fd.Says, "<", "evidence quotes the cell's words, not its markup")
	}
	assert.Contains(t, says, "18@s.html:4:21", "the cell's own words and place: %v", says)
}
