package checks

import "testing"

// A sentence whose subject is a name the sheet uses nowhere tells what
// another actor did, and one set apart by "Separately" or "separate" tells
// of another matter: a disagreeing value there is unsure. The story's own
// actors, speakers, subjects of an opening clause and the sentence's first
// word alone are left alone.
func TestOtherActorsAndMatters(t *testing.T) {
	const release = "facts:\n  - id: release\n    claim: Larkspur 4.0 was released on 14 April 2026.\n    date: 2026-04-14\n    about: [released]\n"
	assertVerdicts(t, release, "2026-04-20", []verdictCase{
		{"Competing toolkit Quillon released its new version on April 9.", "unsure", "a name the sheet never uses, before the verb"},
		{"Larkspur released its new version on April 9.", "contradicts", "the story's own name, from the claim"},
		{"The maintainers released the new version on April 9.", "contradicts", "no name: the story's own actors"},
		{"Quillon's team said the new version was released on April 9.", "contradicts", "a name before a verb of saying is a speaker"},
		{"When Quillon arrived, the new version was released on April 9.", "contradicts", "the name of an opening clause is no subject of the sentence"},
		{"Eventually the new version was released on April 9.", "contradicts", "the sentence's first word alone is no name"},
		{"Separately, a patch was released on April 9.", "unsure", "Separately opens another matter"},
		{"10:40 — Elsewhere: a patch was released on April 9.", "unsure", "Elsewhere after a live blog's stamp"},
		{"A separate patch was released on April 9.", "unsure", "separate sets the thing apart"},
		{"Harlow Works itself released the tool on April 9.", "unsure", "itself after a name"},
		{"The Harlow Works team released the tool on April 9.", "contradicts", "a name before a noun modifies it: which team is not known"},
	})
	const announced = "facts:\n  - id: announced\n    claim: Larkspur announced its results on 14 April 2026.\n    date: 2026-04-14\n    said_dates: true\n    about: [reported | said]\n"
	assertVerdicts(t, announced, "2026-04-17", []verdictCase{
		{"Rival chipmaker Quorra Semiconductor on Monday reported higher sales.", "unsure", "a weekday between the name and its verb"},
		{"Quorra Semiconductor said Monday that sales rose.", "unsure", "for a fact of saying, another actor's saying is another's"},
		{"Larkspur said Monday that sales rose.", "contradicts", "the story's own actor"},
	})
	assertVerdicts(t, release, "2026-04-20", []verdictCase{
		{"Quorra Semiconductor said the update was released on April 9.", "contradicts", "for a fact of no saying, a speaker's words may be the story's"},
	})
	const fire = "facts:\n  - id: acres\n    claim: The Dunmore Fire burned 8,400 acres.\n    number: 8400\n    unit: acres\n    about: [burned]\n"
	assertVerdicts(t, fire, "2026-08-20", []verdictCase{
		{"The separate Harlow Fire has burned 12,500 acres.", "unsure", "another fire, set apart"},
		{"The Dunmore Fire has burned 12,500 acres.", "contradicts", "the sheet's own fire"},
		{"Most of Keller County has burned, some 12,500 acres.", "contradicts", "a name after of is no subject"},
	})
	const deaths = "facts:\n  - id: deaths\n    claim: Nobody died in the fire.\n    statement: false\n    supports: [died | starb]\n"
	assertVerdicts(t, deaths, "2026-08-20", []verdictCase{
		{"A resident who died in hospital on Friday had long been ill, and doctors said the death was not linked to the fire.", "unsure", "the death said to be no part of the story"},
		{"A resident died in hospital on Friday of burns from the fire.", "contradicts", "no such phrase"},
		{"A firefighter died in the fire, which officials said was not linked to the arson attacks last month.", "contradicts", "what it has nothing to do with is another matter, of another time: the sentence is the story's"},
		{"Ein Anwohner starb am Freitag im Krankenhaus, der Tod steht laut Ärzten in keinem Zusammenhang mit dem Brand.", "unsure", "and so in German"},
	})
	const cause = "facts:\n  - id: cause\n    claim: The update caused the outage.\n    statement: true\n    supports: [caused by the update]\n    refutes: [not linked to the update]\n    about: [outage]\n"
	assertVerdicts(t, cause, "2026-03-05", []verdictCase{
		{"The operator said the outage was not linked to the update.", "contradicts", "the phrase is the fact's own refuting phrase"},
	})
}

// A word of [other-matter-words] that the fact's own phrases hold is the
// fact's wording, not another matter: "unrelated to the update" refutes.
func TestOtherMatterWordInTheFactsPhrase(t *testing.T) {
	const cause = "facts:\n  - id: cause\n    claim: The update caused the outage.\n    statement: true\n    supports: [caused by the update]\n    refutes: [unrelated to the update]\n    about: [outage]\n"
	assertVerdicts(t, cause, "2026-03-05", []verdictCase{
		{"The operator said the outage was unrelated to the update.", "contradicts", "the refuting phrase holds the word"},
		{"An unrelated outage was not caused by the update.", "unsure", "the word outside the fact's phrase: another matter"},
		{"The outage was caused by the update.", "agrees", "no such word"},
	})
	const bare = "facts:\n  - id: cause\n    claim: The update caused the outage.\n    statement: true\n    supports: [caused by the update]\n    refutes: [unrelated]\n    about: [outage]\n"
	assertVerdicts(t, bare, "2026-03-05", []verdictCase{
		{"An unrelated outage hit the airport's baggage system on Friday.", "unsure", "a phrase of the one word: it may be the other matter's adjective"},
	})
}
