package checks

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testSource is an in-memory source: its id, text and publication date.
type testSource struct{ id, text, pub string }

// run checks a sheet written as YAML against in-memory sources; each
// source's file is <id>.txt, or its id when that has an extension.
func run(t *testing.T, sheet string, sources ...testSource) *Result {
	t.Helper()
	return runWith(t, sheet, Options{}, sources...)
}

// runWith is run with options.
func runWith(t *testing.T, sheet string, opts Options, sources ...testSource) *Result {
	t.Helper()
	s, err := facts.Parse("facts.yaml", []byte(sheet))
	require.NoError(t, err)
	c := &document.Corpus{Dir: "src"}
	for _, ts := range sources {
		path := ts.id + ".txt"
		if filepath.Ext(ts.id) != "" {
			path = ts.id // "s.md": a source in another format
		}
		src, err := document.Parse(ts.id, path, []byte(ts.text), nil)
		require.NoError(t, err)
		if ts.pub != "" {
			src.Published = published(ts.pub)
		}
		c.Sources = append(c.Sources, src)
	}
	r, err := RunWith(s, c, opts)
	require.NoError(t, err)
	return r
}

// A verdictCase is a source's text, the verdict the sheet's first fact
// must get on it, and why.
type verdictCase struct{ text, want, why string }

// assertVerdicts checks the sheet's first fact against each case's text,
// as a source published on pub, in a subtest named for why.
func assertVerdicts(t *testing.T, sheet, pub string, cases []verdictCase) {
	t.Helper()
	assertVerdictsIn(t, "s", sheet, pub, cases)
}

// assertVerdictsIn is assertVerdicts for sources of the given id: "s.md"
// for Markdown.
func assertVerdictsIn(t *testing.T, id, sheet, pub string, cases []verdictCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{id, tt.text, pub})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}

// A twoVerdictCase is a source's text, the verdicts the sheet's first and
// second facts must get on it, and why.
type twoVerdictCase struct{ text, first, second, why string }

// assertTwoVerdicts checks the sheet's first two facts against each case's
// text, as a source published on pub, in a subtest named for why.
func assertTwoVerdicts(t *testing.T, sheet, pub string, cases []twoVerdictCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, pub})
			assert.Equal(t, tt.first, string(r.CellAt(0, 0).Verdict), "first fact: %q", tt.text)
			assert.Equal(t, tt.second, string(r.CellAt(1, 0).Verdict), "second fact: %q", tt.text)
		})
	}
}

// dateFact is a one-fact sheet; extra lines are added to the fact.
func dateFact(value, extra string) string {
	return "facts:\n  - id: cut\n    claim: Ties were cut.\n    date: " + value + "\n" + extra
}

func TestLocateAndRead(t *testing.T) {
	const about = "    about: [ties | relations, cut* | sever*]\n"
	tests := []struct {
		name, sheet, text string
		want              string // verdict, then the words of each finding
		reason            string
	}{
		{"nearest value", dateFact("2022-09-07", about), "Ties were cut on Wednesday after the July 15 attack.",
			"agrees on Wednesday", "the date nearest the fact's terms is the one the sentence gives for it"},
		{"every group needed", dateFact("2022-09-07", about), "Ties improved on Friday.",
			"silent", "no term of the second group"},
		{"unless", dateFact("2022-09-07", about+"    unless: [trade]\n"), "Trade ties were cut on Friday.",
			"silent", "an unless term rules the sentence out"},
		{"prefix term", dateFact("2022-09-07", about), "Albania severed relations on Wednesday.",
			"agrees on Wednesday", "sever* matches severed"},
		{"compound term", dateFact("2022-09-09", "    about: [cyber attack]\n"), "A cyber-attack hit on Friday. A cyberattack hit again on Friday.",
			"agrees on Friday on Friday", "a term of two words matches the hyphenated and the closed form"},
		{"figures kept apart", dateFact("2022-09-09", "    about: [4-3]\n"), "The board voted 4-3 on Friday.",
			"agrees on Friday", "a term that parts two figures matches where the text parts them too"},
		{"figures kept apart, a closed form", dateFact("2022-09-09", "    about: [5-2]\n"), "The board voted to cut 52 jobs on Friday.",
			"silent", "52 is another number than 5-2"},
		{"a figure term inside a larger number", dateFact("2022-09-09", "    about: [100]\n"), "The fire had burned 4,100 hectares by Friday.",
			"silent", "100 is no term of 4,100"},
		{"a figure term on its own", dateFact("2022-09-09", "    about: [100]\n"), "It reached 100 per cent containment on Friday.",
			"agrees on Friday", "100 alone is the term"},
		{"outside the window", dateFact("2022-09-07", about+"    within: 5\n"), "Ties were cut after long talks that began back in 2019.",
			"silent", "the year is 7 words from the nearest term"},
		{"inside the default window", dateFact("2022-09-07", about), "Ties were cut during long and difficult talks in Geneva in 2021.",
			"contradicts in 2021", "within the default window of 10 words"},
		{"in a clause on another noun", dateFact("2022-09-07", about), "Ties were cut after long talks that began back in 2021.",
			"unsure in 2021", "the date of talks that began, not of the cutting"},
		{"a year years off", dateFact("2022-09-07", about), "Ties were cut after long talks that began back in 2019.",
			"unsure in 2019", "a year alone, years before the story's, may be another event's"},
		{"a full date years off", dateFact("2022-09-07", about), "Ties were cut on 5 November 2015, after a bomb.",
			"unsure on 5 November 2015", "a day of a year outside the sheet's, one either side, may be another event's"},
		{"a full date a year off", dateFact("2022-09-07", about), "Ties were cut on 7 September 2021, after a bomb.",
			"contradicts on 7 September 2021", "a year off: the fact's year mistaken, within the era"},
		{"said date ignored", dateFact("2022-09-07", about), "The ministry said on Saturday that ties were cut.",
			"silent", "a date tied to a verb of saying dates the report"},
		{"published date ignored", dateFact("2022-09-07", about), "By the timeline published by the ministry on Saturday, ties were cut.",
			"silent", "a date tied to publishing dates the publication"},
		{"published by a long name", dateFact("2022-09-07", about), "Ties were cut, by figures published by the Regional Electoral Commission early on Saturday.",
			"silent", "who published may take several words, and early may stand before the date"},
		{"possessive after after", "facts:\n  - id: d\n    claim: C.\n    date: 2022-09-07\n    about: [win]\n", "Fans celebrated after Wednesday's win.",
			"agrees Wednesday's", "a possessive date after after names the event that follows: no bound"},
		{"possessive of another noun", "facts:\n  - id: d\n    claim: C.\n    date: 2022-09-09\n    about: [parade]\n", "The parade came after Wednesday's win.",
			"silent", "the possessive date names the win, not the parade"},
		{"possessive before a figure", "facts:\n  - id: d\n    claim: C.\n    date: 2022-09-09\n    about: [evacuated]\n", "Residents were evacuated after Wednesday's 7.8 magnitude earthquake.",
			"silent", "no noun right after the possessive: the date stays a bound"},
		{"day counted from another event", dateFact("2022-09-07", about), "Ties were cut on the Saturday after the summit.",
			"silent", "a weekday named from another event is no day the publication date resolves"},
		{"the weekday of another day of the text", dateFact("2022-09-07", about), "Ties were cut at 10:00 on the Friday.",
			"unsure Friday", "the Friday may be of a week the text names elsewhere"},
		{"the weekday that agrees", dateFact("2022-09-07", about), "Ties were cut during the Wednesday evening rush hour.",
			"agrees Wednesday", "and agrees when the latest such day does"},
		{"the weekday and a part of the day", dateFact("2022-09-07", about), "Ties were cut on the Wednesday afternoon.",
			"agrees Wednesday", "a part of the day after the weekday is no noun it names"},
		{"the weekday, a part of the day and a noun", dateFact("2022-09-07", about), "Ties were cut before the Wednesday afternoon session.",
			"silent", "the date names the session, not the cutting"},
		{"the weekday and a part of the day after a bound", dateFact("2022-09-07", about), "Ties were cut before the Wednesday afternoon.",
			"silent", "only after on is the part of the day no noun"},
		{"the weekday, a part of the day and a hyphen", dateFact("2022-09-07", about), "Ties were cut on the Wednesday night-time curfew.",
			"silent", "a hyphen goes on to a noun"},
		{"a list of days", dateFact("2022-09-07", about), "Ties were cut over two days (Wednesday 7 and Thursday 8 September).",
			"agrees Wednesday 7 and Thursday 8 September", "a day, a weekday and another day before the month are one range"},
		{"a month and a comma", "facts:\n  - id: n\n    claim: C.\n    number: 26\n    unit: staff\n    about: [infected]\n", "In February, 26 staff were infected.",
			"agrees 26 staff", "a month, a comma and a number are no date"},
		{"by after another verb", dateFact("2022-09-07", about), "Ties were cut by the ministry on Wednesday.",
			"agrees on Wednesday", "after a verb that is no saying, the date is the event's"},
		{"said date counted", dateFact("2022-09-10", about+"    said_dates: true\n"), "The ministry said on Saturday that ties were cut.",
			"agrees on Saturday", "said_dates: true makes it count"},
		{"anaphora", dateFact("2022-09-07", about), "Ties were cut. This was announced on Wednesday.",
			"agrees on Wednesday", "a sentence opening with a pronoun continues the one before"},
		{"anaphora with comma", dateFact("2022-09-07", about), "Ties were cut. This, officials said, happened on Tuesday.",
			"contradicts on Tuesday", "the pronoun followed by a comma"},
		{"anaphora with a verb of concern", dateFact("2022-09-07", about), "Ties were cut. This affects flights from Wednesday.",
			"agrees Wednesday", "a pronoun before a verb of [anaphora-verbs] continues the one before"},
		{"anaphora contracted", dateFact("2022-09-07", about), "Ties were cut. That's on Wednesday, officials say.",
			"agrees on Wednesday", "That's continues the one before as That is does"},
		{"determiner is no anaphora", dateFact("2022-09-07", about), "Ties were cut. This summit was held on Friday.",
			"silent", "\"This summit\" starts a new topic"},
		{"anaphora stops at the paragraph", dateFact("2022-09-07", about), "Ties were cut.\n\nThis was announced on Friday.",
			"silent", "a new paragraph is a new topic"},
		{"both values", dateFact("2022-09-07", about), "Ties were cut on Wednesday. Ties were cut on Thursday, another report said.",
			"contradicts on Wednesday on Thursday", "a source that states the canonical and a conflicting value contradicts"},
		{"precision", dateFact("2022-09-07", about), "Ties were cut this week.",
			"agrees this week", "a coarser statement that contains the canonical date agrees"},
		{"number with unit", "facts:\n  - id: n\n    claim: C.\n    number: 24\n    unit: hours\n    about: [leave]\n",
			"Staff had 2 days and 48 hours to leave.", "contradicts 48 hours", "only numbers followed by the unit count"},
		{"number approximation", "facts:\n  - id: n\n    claim: C.\n    number: 3000\n    about: [members]\n",
			"Nearly 3,000 members live there.", "agrees Nearly 3,000", "an approximation is an interval"},
		{"name spelling", "facts:\n  - id: n\n    claim: C.\n    name: Nasser Kanaani\n    about: [spokesman]\n",
			"The spokesman, Nasser Kanani, spoke.", "contradicts Nasser Kanani", "a near miss the sheet does not accept is a spelling contradiction"},
		{"name mention locates", "facts:\n  - id: n\n    claim: C.\n    name: Nasser Kanaani\n    about: [spokesman]\n",
			"Nasser Kanaani spoke on Friday.", "agrees Nasser Kanaani", "the accepted name itself locates a sentence"},
		{"name mention far from the terms", "facts:\n  - id: n\n    claim: C.\n    name: Nasser Kanaani\n    about: [spokesman]\n",
			"The spokesman for the ministry, who spoke at length on Friday about the talks in the capital, was Nasser Kanaani.", "agrees Nasser Kanaani", "the accepted name counts however far the terms that located the sentence stand"},
		{"name near miss far from the terms", "facts:\n  - id: n\n    claim: C.\n    name: Nasser Kanaani\n    about: [spokesman]\n",
			"The spokesman for the ministry, who spoke at length on Friday about the talks in the capital, was Nasser Kanani.", "silent", "a near miss beyond the window is no contradiction"},
		{"name by a negated term", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [prime minister]\n",
			"President Rui Costa, not the prime minister, spoke.", "silent", "not the prime minister names no holder of the post"},
		{"name by a former holder's title", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [prime minister]\n",
			"Former prime minister Rui Costa spoke.", "silent", "a former holder is no contradiction"},
		{"name by the then holder's title", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chief engineer]\n",
			"The then chief engineer, Rui Costa, approved the plans.", "silent", "then before the title: the holder of another time"},
		{"name by a title held at another time", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chief engineer]\n",
			"Rui Costa, chief engineer at the time of the 2019 inspection, spoke.", "silent", "at the time after the title: the holder of another time"},
		{"name by a title held when something happened", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chief engineer]\n",
			"Rui Costa, who was chief engineer when the bridge was inspected, spoke.", "silent", "when after the title: the holder of another time"},
		{"name by a title with then elsewhere", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chief engineer]\n",
			"Rui Costa, chief engineer, said then that the cracks were new.", "contradicts Rui Costa", "then not beside the title qualifies nothing"},
		{"name by a former holder's title and an organisation", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chairman]\n",
			"His predecessor, former ISRO chairman Rui Costa, spoke.", "silent", "an organisation's name between former and the title"},
		{"the fact's own name by a former holder's title", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chairman]\n",
			"Former chairman Ana Lima apologised.", "agrees Ana Lima", "the sheet's own name after former held the post: it agrees"},
		{"another name by a former holder's title", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chairman]\n",
			"Former chairman Rui Costa apologised.", "silent", "any other name after former is a past holder: not read"},
		{"the fact's own name elsewhere in a sentence of a former holder", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chairman]\n",
			"Former chairman Rui Costa blamed Ana Lima.", "silent", "only the name the qualified title names is its holder"},
		{"the fact's own name before a negated title", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    about: [chairman]\n",
			"Ana Lima is not the chairman, a spokesman said.", "silent", "a negation is no former holding"},
		{"name by the title after an organisation", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [chairman]\n",
			"The ISRO chairman Rui Costa spoke.", "contradicts Rui Costa", "no former: the holder"},
		{"name by last year's holder", "facts:\n  - id: n\n    claim: C.\n    name: Dan Rutto\n    not: [Abel Alemu]\n    about: [winner]\n",
			"Last year's winner, Abel Alemu, was third.", "silent", "last year's winner names no winner of this year"},
		{"name by last year's holder and another term", "facts:\n  - id: n\n    claim: C.\n    name: Dan Rutto\n    not: [Abel Alemu]\n    about: [winner | won]\n",
			"Last year's winner, Abel Alemu, who won in 2:07:40 then, dropped out.", "silent", "a name nearer a qualified term than an unqualified one is the past holder"},
		{"name by the defending holder", "facts:\n  - id: n\n    claim: C.\n    name: Dan Rutto\n    not: [Abel Alemu]\n    about: [winner | champion]\n",
			"The defending champion, Abel Alemu, was third.", "silent", "a defending champion held the title before"},
		{"name by a title after a quotation that ends in a qualifier", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    about: [general secretary]\n",
			"\"We will not be ignored any longer,\" UPG general secretary Ana Lima said.", "agrees Ana Lima", "a quote mark and a comma part the quotation's words from the title"},
		{"name by this year's holder", "facts:\n  - id: n\n    claim: C.\n    name: Dan Rutto\n    not: [Abel Alemu]\n    about: [winner]\n",
			"This year's winner, Abel Alemu, ran fast.", "contradicts Abel Alemu", "this year's winner is the holder"},
		{"name by the title and a qualified one", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [prime minister]\n",
			"Prime minister Rui Costa, not the ex-prime minister Ana Lima, spoke.", "contradicts Rui Costa", "the unqualified term still names the holder"},
		{"name by the title", "facts:\n  - id: n\n    claim: C.\n    name: Ana Lima\n    not: [Rui Costa]\n    about: [prime minister]\n",
			"The prime minister, Rui Costa, spoke.", "contradicts Rui Costa", "a name the sheet says not to confuse with"},
		{"name beside the title through a possessive", "facts:\n  - id: n\n    claim: C.\n    name: Tomasz Wieczorek\n    not: [Paul Dressler]\n    about: [chief bridge engineer]\n",
			"Paul Dressler, the city's chief bridge engineer, spoke.", "contradicts Paul Dressler", "the city's is two words: the name stands beside the term"},
		{"name away from the title", "facts:\n  - id: n\n    claim: C.\n    name: Helena Marchetti\n    not: [Helen Marchant]\n    about: [won]\n",
			"Helen Marchant, a retired school principal, won 7.6 percent.", "unsure Helen Marchant", "a not: name three words or more from the term may be named for something else"},
		{"relative date unresolved", dateFact("2022-09-07", about), "Ties were cut yesterday.",
			"silent (unresolved yesterday)", "no publication date: reported, never guessed"},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			pub := "2022-09-10"
			if strings.Contains(tt.name, "unresolved") {
				pub = ""
			}
			r := run(t, tt.sheet, testSource{"s", tt.text, pub})
			c := r.CellAt(0, 0)
			got := string(c.Verdict)
			for _, fd := range c.Findings {
				got += " " + fd.Says
			}
			for _, fd := range c.Unresolved {
				got += " (unresolved " + fd.Says + ")"
			}
			assert.Equal(t, tt.want, got, "%s\nsentence: %q", tt.reason, tt.text)
		})
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		text, a, b string
		want       int
		reason     string
	}{
		{"Police were hit on Friday.", "hit", "hit", 0, "the same word"},
		{"Police were hit on Friday.", "hit", "on", 1, "neighbours"},
		{"Police were hit on Friday.", "on", "hit", 1, "either order"},
		{"Police were hit on Friday.", "police", "friday", 4, "three words between"},
		{"Police were hit on Friday, days after they cut ties.", "friday", "days", 1 + clausePenalty, "a lone comma is a clause boundary"},
		{"Police were hit on Friday, days after they cut ties.", "friday", "cut", 4 + clausePenalty, "across the boundary"},
		{"This, according to Reuters, was announced on Friday.", "this", "on", 6, "a pair of commas encloses a parenthetical"},
		{"They agreed - at the request of allies - to accept them.", "agreed", "accept", 7, "a pair of dashes too"},
		{"They agreed (at the request of allies) to accept them.", "agreed", "accept", 7, "and brackets"},
		{"They agreed; later they left.", "agreed", "later", 1 + clausePenalty, "a semicolon is a boundary"},
		{"Ties were cut - a feud of old.", "cut", "feud", 2 + clausePenalty, "a lone spaced dash is a boundary"},
		{"A well-known e-mail came.", "well", "came", 4, "hyphens inside words are no boundary"},
		{"It burned 27,000 acres on Friday.", "burned", "friday", 5, "the comma of a number is no boundary"},
		{"It burned 27, then 30 acres.", "burned", "acres", 4 + clausePenalty, "a comma between numbers with a space after it still is"},
		{"It opened at 14:15 today.", "opened", "today", 4, "the colon of a clock time is no boundary"},
		{"It went online in The Lancet as of 14:15 today.", "online", "today", 8, "the colon of a clock time is no boundary"},
		{"It opened at noon: 14 came.", "opened", "came", 4 + clausePenalty, "a colon between words still is"},
	}
	for _, tt := range tests {
		src := parseText(t, tt.text, published("2022-09-10"))
		sent := only(t, src)
		word := func(w string) span {
			for i, tok := range sent.folded().tokens {
				if tok.Text == w {
					return span{i, i + 1}
				}
			}
			t.Fatalf("no %q in %q", w, tt.text)
			return span{}
		}
		if got := sent.distance(word(tt.a), word(tt.b)); got != tt.want {
			t.Errorf("distance(%s, %s) in %q = %d, want %d (%s)", tt.a, tt.b, tt.text, got, tt.want, tt.reason)
		}
	}
}

func TestRivalFacts(t *testing.T) {
	sheet := `facts:
  - id: cut
    claim: Ties were cut.
    date: 2022-09-07
    about: [ties, cut]
  - id: attack
    claim: The police systems were hit.
    date: 2022-09-09
    about: [hit | cyberattack, police | second]
`
	text := "Officials said a second cyberattack hit police systems on Friday, days after they cut ties over an older attack in July."
	sheet += `  - id: older
    claim: The older attack.
    date: 2022-07-15
    about: [attack]
    unless: [second]
`
	r := run(t, sheet, testSource{"s", text, "2022-09-10"})
	cut, _ := r.Cell("cut", "s")
	attack, _ := r.Cell("attack", "s")
	assert.Equal(t, Silent, cut.Verdict, "Friday stands nearer the police attack's terms, July nearer the older attack's (ruled out of the sentence by unless, but its terms still claim the value): %v", cut.Findings)
	older, _ := r.Cell("older", "s")
	assert.Equal(t, Silent, older.Verdict, "unless keeps the older attack from being judged here")
	require.Len(t, attack.Findings, 1)
	assert.Equal(t, "on Friday", attack.Findings[0].Says)
	assert.True(t, attack.Findings[0].Agrees)

	// Without the rival fact, the date nearest the cut is taken for it.
	r = run(t, dateFact("2022-09-07", "    about: [ties, cut]\n"), testSource{"s", text, "2022-09-10"})
	assert.Equal(t, Contradicts, r.CellAt(0, 0).Verdict)
}

// A fact that an unless term rules out of a sentence claims no value
// there when that unless term is a word of the other fact's own and stands
// in the value's clause: the value is of what it names. Elsewhere it
// still claims the values nearest its terms (TestRivalFacts).
func TestUnlessRuledRivalYields(t *testing.T) {
	const sheet = "facts:\n  - id: draft\n    claim: The original design would have razed 440 homes.\n    number: 440\n    unit: homes\n    about: [original design]\n" +
		"  - id: final\n    claim: The final plan would have razed 312 homes.\n    number: 312\n    unit: homes\n    about: [razed | demolished]\n    unless: [original]\n"
	assertVerdicts(t, sheet, "2026-03-13", []verdictCase{
		{"The state's original design would have razed about 460 homes.", "contradicts", "the unless term that rules the final plan out is the draft's own word, in the value's clause"},
		{"The state's original design would have razed about 440 homes.", "agrees", "and so the draft's own figure agrees"},
		{"The original design was dropped, and the county then razed 460 homes.", "silent", "an unless term in another clause leaves the value to the nearer fact"},
	})
	const other = "facts:\n  - id: opened\n    claim: The bridge opened in 1974.\n    date: 1974\n    about: [bridge]\n" +
		"  - id: collapse\n    claim: The bridge collapsed on 9 March 2026.\n    date: 2026-03-09\n    about: [collapsed]\n    unless: [Morandi]\n"
	assertVerdicts(t, other, "2026-03-13", []verdictCase{
		{"It was the worst failure since the Morandi bridge collapsed in August 2018.", "silent", "an unless term that is no word of the other fact's leaves the ruled-out fact its value"},
	})
}

// A value that stands next to a term both facts share (the company) but
// nearer one fact's first-group terms (the recall) than the other's (the
// defect) is the first fact's: later groups only narrow a fact down.
func TestRivalFactsCompareFirstGroups(t *testing.T) {
	sheet := `facts:
  - id: recall
    claim: The company recalled the model on 6 March 2023.
    date: 2023-03-06
    about: [recall*, company | firm]
  - id: defect
    claim: The defect was found in February 2023.
    date: 2023-02
    about: [defect | fault, company | firm]
`
	tests := []struct {
		name, text             string
		recallSays, defectSays string
	}{
		{"value between the shared term and the recall", "The company on Monday recalled the model, blaming a supplier for a defect found in February.", "on Monday", "in February"},
		{"value after the recall, defect far", "The firm recalled the model on Monday after a long review of how the supplier missed a defect found in February.", "on Monday", "in February"},
		{"the defect's own date only", "The company said the defect was found in February.", "", "in February"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2023-03-08"})
			for _, c := range []struct{ fact, want string }{{"recall", tt.recallSays}, {"defect", tt.defectSays}} {
				cell, _ := r.Cell(c.fact, "s")
				var got []string
				for _, fd := range cell.Findings {
					assert.True(t, fd.Agrees, "%s: %q should agree, read as %s", c.fact, fd.Says, fd.Value)
					got = append(got, fd.Says)
				}
				assert.Equal(t, c.want, strings.Join(got, "; "), "what %s reads in %q", c.fact, tt.text)
			}
		})
	}
}

// A date fact's own date, as precise as the sheet gives it, stays its own
// though another fact's first terms stand nearer: the other fact says it
// is this one's, and neither may leave it unread.
func TestRivalFactsLeaveADateItsOwn(t *testing.T) {
	sheet := `facts:
  - id: race
    claim: She won the race on 18 October 2026.
    date: 2026-10-18
    about: [won | set]
  - id: record
    claim: The old record was set in 2019.
    date: 2019
    about: [Abebe | old record]
`
	tests := []struct{ text, record, why string }{
		{"She beat the time that Abebe set in 2019.", "agrees", "the record's own year, nearer the race's term set"},
		{"She beat the time that Abebe set in 2017.", "silent", "another year nearer the race's term is the race's, not a contradiction of the record"},
		{"She beat the time that Abebe set in October 2019.", "silent", "a month of the year is not the sheet's own value as written: the nearer fact takes it"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2026-10-19"})
			c, _ := r.Cell("record", "s")
			assert.Equal(t, tt.record, string(c.Verdict), "record: %q", tt.text)
		})
	}
}

const yearFact = `facts:
  - id: arrival
    claim: They arrived in 2013.
    date: 2013
    about: [arriv*]
`

func withLabel(says string) string {
	return yearFact + "    labels:\n      - source: s\n        says: " + says + "\n        label: different-year\n        note: Known.\n"
}

func TestLabels(t *testing.T) {
	quoteLabel := func(says string) string {
		return `facts:
  - id: q
    claim: She promised it.
    quote: We expect to finish within a week
    speaker: [Novak]
    labels:
      - source: s
        says: ` + says + `
        label: wording
        note: A later remark.
`
	}
	tests := []struct {
		name, sheet, text string
		labelled          bool
		problems          []ProblemKind
	}{
		{"no label", yearFact, "They arrived in 2014.", false, []ProblemKind{Unexpected}},
		{"label by words", withLabel("in 2014"), "They arrived in 2014.", true, nil},
		{"label by value", withLabel("2014"), "They have lived there since 2014, when they arrived.", true, nil},
		{"label, other case and spacing", withLabel("IN  2014"), "They arrived in 2014.", true, nil},
		{"label no longer matches", withLabel("2014"), "They arrived in 2015.", false, []ProblemKind{Mismatch}},
		{"stale: source agrees", withLabel("2014"), "They arrived in 2013.", false, []ProblemKind{StaleLabel}},
		{"stale: source silent", withLabel("2014"), "Nothing here.", false, []ProblemKind{StaleLabel}},
		{"quote label by its first words", quoteLabel("We expected to finish"), `Novak said: "We expected to finish within a week, and we did."`, true, nil},
		{"quote label up to punctuation in the source", quoteLabel("We expected to finish within a week"), `Novak said: "We expected to finish within a week, and we did."`, true, nil},
		{"quote label that is no run of the words", quoteLabel("We expected to finish soon"), `Novak said: "We expected to finish within a week, and we did."`, false, []ProblemKind{Mismatch}},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			r := run(t, tt.sheet, testSource{"s", tt.text, "2022-09-10"})
			c := r.CellAt(0, 0)
			assert.Equal(t, tt.labelled, c.Labelled(), "labelled")
			var kinds []ProblemKind
			for _, p := range c.Problems() {
				kinds = append(kinds, p.Kind)
			}
			assert.Equal(t, tt.problems, kinds, "problems: %v", c.Problems())
		})
	}
}

func TestCorroboration(t *testing.T) {
	r := run(t, yearFact, testSource{"s", "Nothing here.", "2022-09-10"})
	_, ok := r.Uncorroborated(r.Sheet.Facts[0])
	assert.True(t, ok, "no source agrees and no reference: uncorroborated")

	r = run(t, yearFact+"    reference: https://example.org/record\n", testSource{"s", "Nothing here.", "2022-09-10"})
	_, ok = r.Uncorroborated(r.Sheet.Facts[0])
	assert.False(t, ok, "a reference stands in for sources")

	r = run(t, yearFact, testSource{"s", "They arrived in 2013.", "2022-09-10"})
	assert.Empty(t, r.Problems())
	assert.Equal(t, map[string]int{"arrival": 1}, r.Corroboration())

	r = run(t, yearFact, testSource{"s", "They arrived in 2013.\n\nThey arrived in 2014.", "2022-09-10"})
	p, ok := r.Uncorroborated(r.Sheet.Facts[0])
	require.True(t, ok, "a contradicting source does not corroborate")
	assert.Contains(t, p.Summary, "(0 silent, 1 contradict, 1 of them stating it too)", "the message says the value was stated")
}

func TestRunRefusesUnknownSourceInLabel(t *testing.T) {
	s, err := facts.Parse("facts.yaml", []byte(withLabel("2014")))
	require.NoError(t, err)
	src, err := document.Parse("t", "t.txt", []byte("x"), nil)
	require.NoError(t, err)
	_, err = Run(s, &document.Corpus{Dir: "seeds", Listed: true, Sources: []*document.Source{src}})
	require.Error(t, err)
	assert.Equal(t, `facts.yaml:7:9: fact arrival: the label names source "s", which is not in seeds/sources.yaml: correct its source:, remove the label, or check that source too; known sources: t`, err.Error())
	_, err = Run(s, &document.Corpus{Dir: "pages", Sources: []*document.Source{src}})
	require.Error(t, err)
	assert.Equal(t, `facts.yaml:7:9: fact arrival: the label names source "s", which is not among the sources: correct its source:, remove the label, or check that source too; known sources: t`, err.Error(), "a directory without sources.yaml")
}

// TestUnknownLabelSourcesInALargeCorpus points a sheet with many labels at
// a corpus of many sources that has none of them: every label is reported,
// each message names ten known sources and how many more there are, and
// only the first few get a "did you mean", so that the answer comes at once.
func TestUnknownLabelSourcesInALargeCorpus(t *testing.T) {
	var sheet strings.Builder
	sheet.WriteString("facts:\n  - id: arrival\n    claim: C.\n    date: 2013\n    about: [arrived]\n    labels:\n")
	for i := range 30 {
		fmt.Fprintf(&sheet, "      - {source: page-%04d, says: \"2014\", label: wrong-date, note: n}\n", i)
	}
	s, err := facts.Parse("facts.yaml", []byte(sheet.String()))
	require.NoError(t, err)
	corpus := &document.Corpus{Dir: "pages"}
	for i := range 500 {
		src, err := document.Parse(fmt.Sprintf("page-%03d", i), "p.txt", []byte("x"), nil)
		require.NoError(t, err)
		corpus.Sources = append(corpus.Sources, src)
	}
	_, err = Run(s, corpus)
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	require.Len(t, lines, 30, "every unknown source is reported")
	assert.Equal(t, `facts.yaml:7:9: fact arrival: the label names source "page-0000", which is not among the sources (did you mean "page-000"?): correct its source:, remove the label, or check that source too; known sources: page-000, page-001, page-002, page-003, page-004, page-005, page-006, page-007, page-008, page-009 (and 490 more)`, lines[0])
	assert.Contains(t, lines[maxSuggestions-1], "did you mean")
	assert.NotContains(t, lines[maxSuggestions], "did you mean")
}

func TestCounts(t *testing.T) {
	sheet := withLabel("2014") + `  - id: other
    claim: Other.
    date: 2020
    about: [left]
`
	r := run(t, sheet,
		testSource{"s", "They arrived in 2014.", "2022-09-10"},
		testSource{"u", "They arrived in 2013. They left in 2021.", "2022-09-10"},
	)
	assert.Equal(t, Counts{Cells: 4, Agree: 1, Silent: 1, Contradict: 2, Labelled: 1, New: 1, Stale: 0}, r.Counts())
}

func TestValueHeldByAnotherFact(t *testing.T) {
	sheet := `facts:
  - id: hit
    claim: 120 members were affected.
    number: 120
    about: [affected]
  - id: members
    claim: The union has 9,000 members.
    number: 9000
    about: [members]
  - id: opened
    claim: The depot opened on 3 May 2021.
    date: 2021-05-03
    about: [depot, open*]
  - id: closed
    claim: The old depot closed on 28 April 2021.
    date: 2021-04-28
    about: [old depot | depot, clos*]
`
	tests := []struct {
		text string
		fact int
		want string // verdict and values read
		why  string
	}{
		{"Only 120 of its 9,000 members were affected.", 0, "agrees 120",
			"9,000 is the membership the sheet holds: the affected count is the other number"},
		{"Only 150 of its 9,000 members were affected.", 0, "contradicts 150",
			"a count that no fact holds still contradicts"},
		{"Only 120 of its 9,500 members were affected.", 0, "agrees 120",
			"a part of a whole: what was affected is the part, whatever the whole"},
		{"Only 120 of its 9,500 members were affected.", 1, "contradicts 9,500",
			"and the membership is the whole"},
		{"The depot, which closed on April 28, opened on May 3.", 2, "agrees 2021-05-03",
			"the closing date is the other fact's"},
		{"The depot closed on April 28 and opened on May 4.", 2, "contradicts 2021-05-04",
			"a date no fact holds still contradicts"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2021-06-01"})
			c := r.CellAt(tt.fact, 0)
			got := string(c.Verdict)
			for _, fd := range c.Findings {
				got += " " + fd.Value
			}
			assert.Equal(t, tt.want, got, "%q", tt.text)
		})
	}
}

func TestSheetValueSettlesItsSentence(t *testing.T) {
	score := "facts:\n  - id: score\n    claim: The flaw scores 9.0.\n    number: 9.0\n    about: [score* | rated | raised]\n"
	chip := "facts:\n  - id: gpu\n    claim: The board's GPU is the Vega 7.\n    name: Vega 7\n    not: [Vega 6]\n    about: [GPU]\n"
	mayor := "facts:\n  - id: mayor\n    claim: The mayor is Helena Marchetti.\n    name: Helena Marchetti\n    about: [mayor]\n"
	fire := "facts:\n  - id: fire\n    claim: The fire broke out on 3 May 2024.\n    date: 2024-05-03\n    about: [fire]\n"
	deal := "facts:\n  - id: deal\n    claim: The deal is expected to close in October 2024.\n    date: 2024-10\n    about: [close | closing]\n"
	tests := []struct {
		sheet, text string
		want        string // verdict, then values read and not judged
		why         string
	}{
		{score, "The flaw was first rated 3.7, then raised to 9.0.", "agrees 9 | not judged 3.7",
			"a former value beside the sheet's is not a contradiction"},
		{score, "The flaw was rated 3.7 in March. Its score was raised to 9.0 in May.", "agrees 9 | not judged 3.7",
			"in a sentence of its own, the former value is not judged either when the source states the sheet's value outright"},
		{score, "The flaw was rated 3.7 in March. Its score was raised to about 9 in May.", "agrees 8.1..9.9 | not judged 3.7",
			"an approximate statement of the sheet's value settles the source too when nothing firm does: it knows the figure"},
		{score, "The flaw was rated 3.7 in March. Its score was raised to more than 8 in May.", "contradicts 3.7 more than 8",
			"but a bound states no figure: the other value contradicts"},
		{score, "The flaw was rated 3.7 in March. If its score were raised to about 9, it would be critical.", "contradicts 3.7 8.1..9.9",
			"nor does an approximate value under a condition"},
		{score, "The flaw was rated 3.7 in March.", "contradicts 3.7",
			"the other value alone contradicts"},
		{score, "The flaw was rated 7.5, a score of more than 5.", "agrees more than 5 | not judged 7.5",
			"a bound in the same unit that allows the sheet's value settles another figure of its sentence, as a part beside a total"},
		{score, "The flaw was rated 9.0 by the vendor in May. The flaw was rated 7.0 by the vendor in May.", "contradicts 9 7",
			"a sentence that restates the firm one word for word but the figure contradicts: the source contradicts itself"},
		{score, "The vendor denied that the flaw scores 9.0. Its score was raised to 3.7 in May.", "contradicts 9 3.7",
			"a denied statement of the sheet's value settles nothing"},
		{score, "If the flaw scores 9.0, it is critical. Its score was raised to 3.7 in May.", "contradicts 9 3.7",
			"nor does a condition"},
		{score, "The flaw was rated 3.7 at first. Its score was raised to 9.0 in May.", "agrees 3.7 9",
			"unless it is given as the first figure: then it is unsure, and the sheet's value agrees"},
		{chip, "The new GPU, a Vega 7, replaces the Vega 6 GPU of the old board.", "agrees Vega 7 | not judged Vega 6",
			"a comparison with the old model in the same sentence"},
		{chip, "The board's GPU is a Vega 6.", "contradicts Vega 6",
			"the other name alone contradicts"},
		{chip, "The board's GPU is a Vega 7. The old GPU Vega 6 was slower.", "agrees Vega 7 | not judged Vega 6",
			"the other name in a sentence of its own is not judged when the source names the fact's"},
		{mayor, "Mayor Helena Marchetti spoke first. Mayor Helena Marchetit spoke last.", "contradicts Helena Marchetti Helena Marchetit",
			"a misspelling stays a contradiction when the source also spells the name right: it names no one else"},
		{fire, "The fire broke out on 3 May. Crews fought the fire that broke out on 4 May.", "contradicts 2024-05-03 2024-05-04",
			"a date stays a contradiction when the source also gives the sheet's: a source may date the event right once and wrong later"},
		{fire, "The fire broke out on 3 May. The fire brigade was last called out in March.", "agrees 2024-05-03 | not judged 2024-03",
			"a month alone, beside the sheet's day given outright, is taken as about something else"},
		{fire, "The fire brigade was last called out in March.", "contradicts 2024-03",
			"the month alone contradicts"},
		{deal, "The deal is expected to close in October. Shares jumped from the closing level on 29 April.", "agrees 2024-10 | not judged 2024-04-29",
			"a day before the report, beside the sheet's date after it given outright, tells of something that has happened"},
		{deal, "Shares jumped from the closing level on 29 April.", "contradicts 2024-04-29",
			"the day alone contradicts"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, tt.sheet, testSource{"s", tt.text, "2024-05-02"})
			c := r.CellAt(0, 0)
			got := string(c.Verdict)
			for _, fd := range c.Findings {
				got += " " + fd.Value
			}
			if len(c.Unresolved) > 0 {
				got += " | not judged"
				for _, fd := range c.Unresolved {
					got += " " + fd.Value
				}
			}
			assert.Equal(t, tt.want, got, "%q", tt.text)
		})
	}
}

func TestTermsWithMarks(t *testing.T) {
	tests := []struct {
		term, text string
		want       bool
		why        string
	}{
		{"3.8.2", "Upgrade from version 3.8.2 now.", true, "a version's dots are part of the term"},
		{"3.8.2", "Upgrade from version 3.8.20 now.", false, "another version does not match"},
		{"3.8", "Upgrade from version 3.8.2 now.", false, "nor a version that goes on after the term's"},
		{"8.2", "Upgrade from version 3.8.2 now.", false, "or starts before it"},
		{"4.0", "The current release is 3.4.0 now.", false, "nor its end"},
		{"4.0.0", "Version 4.0.0-rc.2 is out.", false, "a pre-release is another version"},
		{"4.0.0", "Version 4.0.0-compatible plugins work.", true, "a word after a hyphen that is no pre-release"},
		{"two USB 3", "It has two USB 3.0 ports.", true, "a term that writes no dot is found at the start of a dotted number"},
		{"3.0", "Copies are kept for 30 days.", false, "a term that writes a dot is not found in a number without one"},
		{"1:28", "It ran 128 laps.", false, "nor one that writes a colon"},
		{"U.S.", "The US market rose.", true, "a mark between letters may go: U.S. finds US"},
		{"3.8", "Upgrade from version 3.8, now.", true, "the version itself, before a comma"},
		{"1:28", "The race ended at 1:28 sharp.", true, "a colon written in the term"},
		{"haven't", "They haven’t paid.", true, "a curly apostrophe is a straight one"},
		{"USB 3.0", "Two USB 3.0 ports.", true, "a word and a dotted number"},
		{"cyber attack", "A cyber-attack hit.", true, "hyphens still join words"},
		{"cyberattack", "A cyber attack hit.", true, "a word written apart in words of three letters or more is the word"},
		{"décès", "Les rappels de ces dernières années.", false, "not written apart into a word of two letters: de ces is no décès"},
		{"state of emergency", "A state of emergency was declared.", true, "a term's own short words are as it writes them"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			// Through the whole check, so that the term index finds it too.
			sheet := "facts:\n  - id: s\n    claim: C.\n    statement: true\n    supports: [\"" + tt.term + "\"]\n"
			r := run(t, sheet, testSource{"s", tt.text, "2022-09-10"})
			assert.Equal(t, tt.want, r.CellAt(0, 0).Verdict == Agrees, "%q in %q", tt.term, tt.text)
		})
	}
}

// An about term is not found across the "s" of a possessive and the word
// after it: "house's Old" holds no "sold".
func TestTermsAcrossAPossessive(t *testing.T) {
	const sale = "facts:\n  - id: sale\n    claim: The painting was sold for 31.5 million euros.\n    number: 31500000\n    unit: euros\n    about: [sold]\n"
	assertVerdicts(t, sale, "2024-11-15", []verdictCase{
		{"The auction house's Old Master sale raised 40 million euros.", "silent", "the s of house's and Old spell no sold"},
		{"The auction house’s Old Master sale raised 40 million euros.", "silent", "nor with a curly apostrophe"},
		{"The painting sold for 40 million euros.", "contradicts", "the term itself"},
	})
	const attacks = "facts:\n  - id: toll\n    claim: 2,977 people died in the attacks of 11 September.\n    number: 2977\n    unit: persone | people\n    about: [11 settembre]\n"
	assertVerdicts(t, attacks, "2024-09-12", []verdictCase{
		{"Negli attentati dell'11 settembre morirono 2.996 persone.", "contradicts", "an Italian elision before the term is no clitic: the term is found"},
	})
}

func TestRespectively(t *testing.T) {
	sheet := `facts:
  - id: small
    claim: The small box costs 45 dollars.
    number: 45
    unit: dollars
    about: [small box | small]
  - id: large
    claim: The large box costs 65 dollars.
    number: 65
    unit: dollars
    about: [large box | large]
`
	tests := []struct {
		text         string
		small, large string
		why          string
	}{
		{"The small and large boxes cost $45 and $90, respectively.", "agrees 45", "contradicts 90",
			"the values go to the facts in the order of their terms"},
		{"The large and small boxes cost $65 and $45, respectively.", "agrees 45", "agrees 65",
			"the order is the text's, not the sheet's"},
		{"The small and large boxes cost $45, $70 and $90, respectively.", "silent", "silent",
			"three values for two facts: the pairing is unclear, nothing is read"},
	}
	verdict := func(c *Cell) string {
		got := string(c.Verdict)
		for _, fd := range c.Findings {
			got += " " + fd.Value
		}
		return got
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2023-09-28"})
			assert.Equal(t, tt.small, verdict(r.CellAt(0, 0)), "small: %q", tt.text)
			assert.Equal(t, tt.large, verdict(r.CellAt(1, 0)), "large: %q", tt.text)
		})
	}
}

func TestTwoReadingsAreUnsure(t *testing.T) {
	sheet := `facts:
  - id: council
    claim: The council voted on 3 May 2021.
    date: 2021-05-03
    about: [vote, council]
  - id: budget
    claim: The budget vote was on 10 May 2021.
    date: 2021-05-10
    about: [vote, budget]
`
	tests := []struct {
		text            string
		council, budget Verdict
		why             string
	}{
		{"The council's budget vote took place on May 9.", Unsure, Unsure,
			"both facts locate the sentence and their terms stand as near: the date may be either's"},
		{"The council vote took place on May 9.", Contradicts, Silent,
			"only one fact locates the sentence: its reading is certain"},
		{"The council's budget vote took place on May 10.", Silent, Agrees,
			"a value one fact holds is that fact's"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2021-06-01"})
			assert.Equal(t, tt.council, r.CellAt(0, 0).Verdict, "council: %q", tt.text)
			assert.Equal(t, tt.budget, r.CellAt(1, 0).Verdict, "budget: %q", tt.text)
			for _, p := range r.Problems() {
				c, ok := r.Cell(p.Fact, p.Source)
				if !ok {
					continue // a fact no source corroborates
				}
				assert.NotEqual(t, Unsure, c.Verdict, "an unsure cell never fails the run: %s", p)
			}
		})
	}
}

func TestDateNamesItsNoun(t *testing.T) {
	sheet := `facts:
  - id: fine
    claim: The regulator fined the firm on 2 August 2023.
    date: 2023-08-02
    about: [fine*]
  - id: fire
    claim: The depot fire broke out on 15 January 2023.
    date: 2023-01-15
    about: [fire | incêndio]
`
	tests := []struct {
		text, fact, want string
		why              string
	}{
		{"The regulator fined the firm for the June leak.", "fine", "silent",
			"the date names which leak, and the leak is not the fine"},
		{"The regulator fined the firm on August 9 over the leak.", "fine", "contradicts",
			"a date of the fine itself still contradicts"},
		{"A second fire, the March 9 fire, hit the depot.", "fire", "unsure",
			"beside 'second', the date may say which fire is meant"},
		{"The March 9 fire gutted the depot.", "fire", "contradicts",
			"alone, the date before the fact's own noun is its date"},
		{"Two weeks on from the March 9 fire, the depot's new owners are rebuilding.", "fire", "contradicts",
			"a word of another instance far from the date says nothing of which fire"},
		{"The March 9 depot fire gutted the yard.", "fire", "contradicts",
			"before a compound of the fact's own words (depot, fire), too"},
		{"Investigators also examined the March 9 Harrow fire.", "fire", "silent",
			"a first word that is not the fact's says which fire is meant"},
		{"The regulator fined the firm for the June storage leak.", "fine", "silent",
			"a compound of other nouns is not the fine"},
		{"O incêndio do depósito começou a 9 de março do ano passado.", "fire", "contradicts",
			"Portuguese do after a date is of the, no noun the date names"},
		{"The depot fire broke out during the March 9 night shift.", "fire", "contradicts",
			"after during, the noun is a stretch of time the fire broke out in"},
		{"During the March 11 hearing, the fire's cause was read out.", "fire", "silent",
			"after during, another event's noun still names that event"},
		{"During the March 11 evening hearing, the fire's cause was read out.", "fire", "silent",
			"a stretch of time that modifies an event's noun is that event's"},
		{"The firm was fined during the June 2023 audit.", "fine", "contradicts",
			"the fact's term right before during: the fine came in that audit, on its date"},
		{"The firm was fined after the June 2023 audit.", "fine", "silent",
			"after: the audit is another moment"},
		{"La ditta fu fined a giugno e il ricorso fu respinto.", "fine", "contradicts",
			"Italian e (and) after a month is no noun the month names"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2023-09-01"})
			c, _ := r.Cell(tt.fact, "s")
			assert.Equal(t, tt.want, string(c.Verdict), "%q", tt.text)
		})
	}
}

// A judged source of a listed corpus is let go, its line starts too, but
// its findings keep the positions worked out while it was judged; and runs
// sharing a corpus, read or streamed, race on nothing (make test runs this
// with -race) and give the same result.
func TestRunsShareACorpus(t *testing.T) {
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	for _, load := range []func(string) (*document.Corpus, error){document.LoadCorpus, document.ListCorpus} {
		corpus, err := load("../testdata/project/seeds")
		require.NoError(t, err)
		results := make([]*Result, 3)
		var wg sync.WaitGroup
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := Run(sheet, corpus)
				assert.NoError(t, err)
				results[i] = r
			}()
		}
		wg.Wait()
		for _, r := range results[1:] {
			assert.Equal(t, dump(results[0]), dump(r), "runs over one corpus agree")
		}
		fd := firstFinding(results[0])
		require.NotNil(t, fd)
		data, err := os.ReadFile(fd.Pos.File)
		require.NoError(t, err)
		lines := bytes.Split(data, []byte("\n"))
		require.GreaterOrEqual(t, len(lines), fd.Pos.Line)
		assert.Contains(t, string(lines[fd.Pos.Line-1][fd.Pos.Col-1:]), fd.Says[:min(len(fd.Says), 8)], "a finding's position holds what it says after the run")
	}
}

// firstFinding returns the first finding of a result's cells, or nil.
func firstFinding(r *Result) *Finding {
	for _, c := range r.Cells {
		if len(c.Findings) > 0 {
			return c.Findings[0]
		}
	}
	return nil
}

// explain says why a cell is silent.
func TestExplainSaysWhySilent(t *testing.T) {
	sheet := "facts:\n  - id: opening\n    claim: It opened on 3 May 2024.\n    date: 2024-05-03\n    about: [bridge, opened]\n    reference: r\n"
	tests := []struct{ text, want, why string }{
		{"The weather was fine.", "no sentence is about the fact", "no term at all"},
		{"The bridge opened to traffic.", "1 sentence is about the fact, but none states a date the checker reads", "terms but no date"},
		{"The bridge opened to traffic, the mayor said on 9 May.", "1 sentence is about the fact, but none gives a value for it (each value found is listed above", "terms and dates, each left out for a reason"},
	}
	for _, tt := range tests {
		r := run(t, sheet, testSource{"s", tt.text, "2024-06-01"})
		out, err := Explain(r.Sheet, r.Corpus, "opening", "s")
		require.NoError(t, err)
		assert.Contains(t, out, "verdict: silent: "+tt.want, tt.why)
	}
	ruled := sheet + "    unless: [ferry]\n"
	r := run(t, ruled, testSource{"s", "The bridge opened on 3 May, a week after the ferry.\n\nThe bridge stayed shut.", "2024-06-01"})
	out, err := Explain(r.Sheet, r.Corpus, "opening", "s")
	require.NoError(t, err)
	assert.Contains(t, out, `s.txt:1:1: ruled out by the unless term "ferry": The bridge opened on 3 May`, "explain shows what unless took away")
	assert.NotContains(t, out, "stayed shut", "a sentence without every group's term is not listed")
}

// explain gives a figure its unit ties to the fact beyond the window its
// real distance, not the window it is counted as.
func TestExplainSaysHowFarAUnitTies(t *testing.T) {
	sheet := "facts:\n  - id: length\n    claim: The tunnel is 4.6 km long.\n    number: 4.6\n    unit: km\n    about: [long]\n"
	r := run(t, sheet, testSource{"s", "He declined to say how long the closure would last, but said damage to the roof and lights over a stretch of roughly 5 km was significant.", "2025-11-20"})
	out, err := Explain(r.Sheet, r.Corpus, "length", "s")
	require.NoError(t, err)
	assert.Contains(t, out, `"roughly 5 km", 20 words from the nearest term: tied to the fact by its unit, counted as 10 words: taken`)
}

// A brief run keeps of an agreeing cell only its verdict and how many
// values agree; every value that disagrees or is unsure, and the values of
// a cell with a stale label or a contradiction, stay.
func TestBriefRun(t *testing.T) {
	src := testSource{"s", "They arrived in 2013.\n\nThey arrived in 2013, the first of them.", "2022-09-10"}
	full := run(t, yearFact, src)
	brief := runWith(t, yearFact, Options{Brief: true}, src)
	require.Len(t, full.CellAt(0, 0).Findings, 2)
	assert.Equal(t, Agrees, brief.CellAt(0, 0).Verdict, "the verdict stays")
	assert.Empty(t, brief.CellAt(0, 0).Findings, "agreeing values are counted, not kept")
	assert.Equal(t, 2, brief.CellAt(0, 0).Agreeing)

	mixed := testSource{"s", "They arrived in 2013.\n\nThey arrived in 2014.", "2022-09-10"}
	c := runWith(t, yearFact, Options{Brief: true}, mixed).CellAt(0, 0)
	assert.Equal(t, Contradicts, c.Verdict)
	assert.Len(t, c.Findings, 2, "a contradicting cell keeps the value that agrees beside the one that does not")
	assert.Zero(t, c.Agreeing)
}

// A term written in capitals is an acronym: it finds only text in
// capitals, "us" and "who" being words.
func TestAcronymTerms(t *testing.T) {
	const ships = "facts:\n  - id: ships\n    claim: The phone ships on 26 September 2025.\n    date: 2025-09-26\n    about: [ships]\n    unless: [US | U.S.]\n"
	assertVerdicts(t, ships, "2025-09-09", []verdictCase{
		{"It ships on 19 September, which will tell us whether it sells.", "contradicts", "the pronoun us is no US: the sentence stays the fact's"},
		{"It ships in the US on 19 September.", "silent", "the acronym rules the sentence out"},
		{"It ships in the U.S. on 19 September.", "silent", "so with dots"},
	})
	const who = "facts:\n  - id: who\n    claim: The WHO declared the emergency on 5 May 2026.\n    date: 2026-05-05\n    about: [WHO]\n"
	assertVerdicts(t, who, "2026-05-09", []verdictCase{
		{"Doctors who treated patients met on 7 May.", "silent", "the relative who is no WHO"},
		{"The WHO declared the emergency on 7 May.", "contradicts", "the acronym locates as ever"},
	})
	const nasa = "facts:\n  - id: nasa\n    claim: NASA launched the probe on 5 May 2026.\n    date: 2026-05-05\n    about: [NASA]\n"
	assertVerdicts(t, nasa, "2026-05-09", []verdictCase{
		{"Nasa launched the probe on 7 May.", "contradicts", "an acronym of four letters is written with one capital in British style, and is no word"},
	})
}

// A word that two different terms of two groups both find fills only one
// of them; one term the sheet writes in both groups may fill both.
func TestOneWordForTwoGroups(t *testing.T) {
	const twoTerms = "facts:\n  - id: d\n    claim: The vote was on 4 November 2025.\n    date: 2025-11-04\n    about: [vote, voted | held]\n"
	assertVerdicts(t, twoTerms, "2025-11-12", []verdictCase{
		{"Marchetti won more votes on Tuesday.", "silent", "votes is found by vote and by voted: one word for two groups"},
		{"The city voted on Tuesday, and the vote was close.", "contradicts", "a word for each group"},
	})
	const oneTerm = "facts:\n  - id: d\n    claim: The vote was on 4 November 2025.\n    date: 2025-11-04\n    about: [vote, vote | held]\n"
	assertVerdicts(t, oneTerm, "2025-11-12", []verdictCase{
		{"Marchetti won more votes on Tuesday.", "contradicts", "the sheet writes the term in both groups: one word fills both"},
	})
}

// A labelled contradiction stays one in a source that also states the
// sheet's value: a source that settles its other figures does not settle
// one the sheet documents, and the label is not stale.
func TestLabelledValueIsNeverSettled(t *testing.T) {
	sheet := "facts:\n  - id: upload\n    claim: Uploads are limited to 50 MB.\n    number: 50\n    unit: MB\n    about: [upload*]\n    labels:\n      - source: s\n        says: \"25 MB\"\n        label: different-number\n        note: The FAQ is out of date.\n"
	r := run(t, sheet, testSource{"s", "Uploads can be 50 MB. The upload limit is 25 MB.", "2024-05-02"})
	c := r.CellAt(0, 0)
	assert.Equal(t, Contradicts, c.Verdict, "the labelled figure is still read")
	assert.True(t, c.Labelled(), "and its label documents it")
	assert.Empty(t, c.Stale, "the label is not stale")
}

// A term's word after a compound prefix and a hyphen names another thing:
// the pre-launch test is no launch. The compound written as the term
// still finds it, and a hyphen after another word still joins.
func TestTermAfterCompoundPrefix(t *testing.T) {
	const launch = "facts:\n  - id: launch\n    claim: The rocket launched on 12 March 2025.\n    date: 2025-03-12\n    about: [launch | launched]\n"
	assertVerdicts(t, launch, "2025-06-01", []verdictCase{
		{"Pre-launch tests ended on 3 March.", "silent", "a pre-launch test is no launch"},
		{"Post-launch checks began on 14 March.", "silent", "nor a post-launch check"},
		{"The launch on 3 March went well.", "contradicts", "the launch itself"},
		{"The night-launch on 3 March went well.", "contradicts", "a hyphen after another word still finds the term"},
	})
	const final = "facts:\n  - id: final\n    claim: The final was on 9 July.\n    date: 2025-07-09\n    about: [final]\n"
	assertVerdicts(t, final, "2025-08-01", []verdictCase{
		{"The semi-final was played on 5 July.", "silent", "a semi-final is no final"},
		{"The final was played on 5 July.", "contradicts", "the final"},
	})
	const population = "facts:\n  - id: pop\n    claim: The city has 120,000 residents.\n    number: 120000\n    unit: residents\n    about: [population]\n    unless: [war]\n"
	assertVerdicts(t, population, "2025-06-01", []verdictCase{
		{"The city's pre-war population was 400,000 residents.", "silent", "an unless term still rules out its compound: a pre-war figure is about the war's time"},
	})
	const prelaunch = "facts:\n  - id: tests\n    claim: Pre-launch tests ended on 3 March 2025.\n    date: 2025-03-03\n    about: [pre-launch]\n"
	assertVerdicts(t, prelaunch, "2025-06-01", []verdictCase{
		{"Pre-launch tests ended on 4 March.", "contradicts", "the compound written as the term"},
	})
}

// The items of a list are ruled out by the unless terms of its lead-in
// line: "Compare the 2021 grounding:" then "- 369 ships held up".
func TestListLeadInRulesOutItsItems(t *testing.T) {
	const sheet = "facts:\n  - id: queue\n    claim: 318 ships were held up.\n    number: 318\n    unit: ships\n    about: [held up | waiting]\n    unless: [Ever Given]\n"
	assertVerdictsIn(t, "s.md", sheet, "2026-03-20", []verdictCase{
		{"Compare the Ever Given:\n\n- 400 metres long\n- 369 ships held up at the peak\n", "silent", "an item under the lead-in"},
		{"Compare the Ever Given:\n\n- 400 metres long\n\nThis time 369 ships were held up at the peak, the authority said, and more were waiting at both ends.\n", "contradicts", "a paragraph of prose after the list is no item"},
		{"The queue grew fast.\n\n- 369 ships held up at the peak\n", "contradicts", "no lead-in with the unless term"},
		{"Compare the Ever Given: 369 ships held up at the peak.\n", "silent", "the unless term in the sentence itself"},
		{"Compare the Ever Given:\n\n- It was longer. 369 ships were held up at the peak.\n", "silent", "an item of two sentences"},
		{"Unlike the Ever Given, the Marisol Dawn caused little disruption in the canal:\n\n- 369 ships were held up at the peak\n", "contradicts", "a lead-in of contrast sets the story against the other: its items are the story's"},
		{"For comparison, when the Ever Given blocked the Suez Canal in 2021:\n\n- 369 ships were held up at the peak\n", "silent", "a longer lead-in of comparison"},
	})
	s, err := facts.Parse("facts.yaml", []byte(sheet))
	require.NoError(t, err)
	src, err := document.Parse("s", "s.md", []byte("Compare the Ever Given:\n\n- 400 metres long\n- 369 ships held up at the peak\n"), nil)
	require.NoError(t, err)
	out, err := Explain(s, &document.Corpus{Sources: []*document.Source{src}}, "queue", "s")
	require.NoError(t, err)
	assert.Contains(t, out, `s.md:4:3: ruled out by the unless term "Ever Given" of the list's lead-in line (s.md:1:1): 369 ships held up at the peak`, "explain shows what the lead-in's unless took away")
}

// A changelog restates a figure under each version's heading: under
// another heading with a figure than the sheet's value's, it speaks of
// another version.
func TestRestatementUnderAnotherHeading(t *testing.T) {
	const sheet = "facts:\n  - id: size\n    claim: The Android download is 142 MB.\n    number: 142\n    unit: MB\n    about: [Android]\n"
	assertVerdictsIn(t, "s.md", sheet, "2026-03-10", []verdictCase{
		{"## [14.2.0] - 2026-03-10\n\n- Android download size: 142 MB\n\n## [13.0.0] - 2025-04-08\n\n- Android download size: 118 MB\n", "agrees", "the same line under another version's heading"},
		{"## [14.2.0] - 2026-03-10\n\n- Android download size: 142 MB\n- Android download size: 118 MB\n", "contradicts", "under the same heading the source contradicts itself"},
		{"## Release notes\n\nThe Android download size is 142 MB.\n\n## Build\n\nThe Android download size is 118 MB.\n", "contradicts", "headings without a figure name no version"},
		{"## 09:14\n\nThe Android download size is 142 MB.\n\n## 10:02\n\nThe Android download size is 118 MB.\n", "contradicts", "a live blog's times head no versions"},
		{"## March 2026\n\nThe Android download size is 142 MB.\n\n## April 2025\n\nThe Android download size is 118 MB.\n", "agrees", "headings of dates with a year do"},
		{"## Version 14\n\nThe Android download size is 142 MB.\n\n## Version 13\n\nThe Android download size is 118 MB.\n", "agrees", "a version with no dot after Version"},
		{"09.14 BST\n\nThe Android download size is 142 MB.\n\n10.02 BST\n\nThe Android download size is 118 MB.\n", "contradicts", "a dotted clock heads no version"},
		{"**15 May 2024, 09:14 BST**\n\nThe Android download size is 142 MB.\n\n**15 May 2024, 10:02 BST**\n\nThe Android download size is 118 MB.\n", "contradicts", "a live blog's bold stamps head no versions"},
		{"## Version 2.10\n\nThe Android download size is 142 MB.\n\n## Version 2.9\n\nThe Android download size is 118 MB.\n", "agrees", "a version of two parts is no clock"},
		{"## 2025.05.14\n\nThe Android download size is 142 MB.\n\n## V4.2\n\nThe Android download size is 118 MB.\n", "agrees", "date-style and capital-V versions"},
		{"## Version 2.10 LTS\n\nThe Android download size is 142 MB.\n\n## Version 2.9\n\nThe Android download size is 118 MB.\n", "agrees", "LTS is no zone"},
		{"## 14.05.24\n\nThe Android download size is 142 MB.\n\n## 12.04.24\n\nThe Android download size is 118 MB.\n", "contradicts", "a dotted date heads no version"},
	})
}

// A term inside a web address names a page, not the thing.
func TestTermsInsideLinks(t *testing.T) {
	const sheet = "facts:\n  - id: recalled\n    claim: The scooters were recalled on 12 March 2026.\n    date: 2026-03-12\n    about: [recall*]\n"
	assertVerdicts(t, sheet, "2026-03-14", []verdictCase{
		{"Call on Friday or go to brisamotion.com/recall for a refund.", "silent", "a domain and a path"},
		{"Call on Friday or see https://example.org/scooter-recall today.", "silent", "a scheme"},
		{"The scooters were recalled on Friday, the firm said at brisamotion.com/news.", "contradicts", "a term outside the address still counts"},
		{"Write to us at recall@brisamotion.com on Friday.", "silent", "a mail address"},
		{"The offer is on brisa-recall.com from Friday.", "silent", "a domain alone"},
		{"The scooters were recalled on Friday, said Brisa Inc.", "contradicts", "a stop after an abbreviation is no domain"},
	})
}

// A paragraph of punctuation alone after a question answers nothing, and
// reading it must not fail.
func TestPunctuationAfterAQuestion(t *testing.T) {
	const sheet = "facts:\n  - id: wait\n    claim: The wait was 402 minutes.\n    number: 402\n    about: [wait]\n"
	assertVerdicts(t, sheet, "2026-03-10", []verdictCase{
		{"How long was the wait?\n\n—\n", "silent", "a dash alone"},
		{"How long was the wait?\n\n…\n", "silent", "an ellipsis alone"},
		{"How long was the wait?\n\n::\n", "silent", "colons alone"},
	})
}

// explain prints each name of a list on its own, quoted: a name that a
// YAML list split at its comma shows as two.
func TestExplainQuotesEachListedName(t *testing.T) {
	const sheet = "facts:\n  - id: club\n    claim: The player joined Harbour United.\n    name: Harbour United\n    aliases: [Harbour, Harbour United – Football, SAD]\n    about: [joined]\n"
	r := run(t, sheet, testSource{"s", "The player joined Harbour United.", "2026-07-15"})
	out, err := Explain(r.Sheet, r.Corpus, "club", "s")
	require.NoError(t, err)
	assert.Contains(t, out, "aliases: \"Harbour\", \"Harbour United – Football\", \"SAD\"\n", "the split shows")
}
