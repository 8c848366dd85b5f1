package checks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A count that is part of a count in a unit ("120 of its 9,000
// members") is in that unit too.
func TestPartitiveCountsShareTheUnit(t *testing.T) {
	sheet := func(n string) string {
		return `facts:
  - id: affected
    claim: Some members were affected.
    number: ` + n + `
    unit: members
    about: [affected]
  - id: staff
    claim: The union has 8,000 members.
    number: 8000
    unit: members
    about: [members, union | members]
`
	}
	tests := []struct {
		value, text, want, staff, reason string
	}{
		{"120", "Some 120 of its 9,000 members were affected.", "agrees", "contradicts", "the part counts members affected, the whole the members"},
		{"150", "Some 120 of its 9,000 members were affected.", "contradicts", "contradicts", "another part of the members"},
		{"120", "Some 120 of 9,000 members were affected.", "agrees", "contradicts", "without a determiner"},
		{"120", "Some 120 of its 8,000 members were affected.", "agrees", "agrees", "the whole agrees with the fact about it"},
		{"120", "Unos 120 de los 9.000 members fueron affected.", "agrees", "contradicts", "de los: a part in Spanish"},
		{"120", "Some 120 of the union's 9,000 members were affected.", "agrees", "contradicts", "a possessive between: the union's 9,000"},
		{"120", "Some 120 of the Harbour Workers Union's 9,000 members were affected.", "agrees", "contradicts", "a possessor of three words"},
		{"150", "Some 120 of the Harbour Workers Union's 9,000 members were affected.", "contradicts", "contradicts", "and another part contradicts"},
		{"120", "Zo'n 120 van de 9.000 members waren affected.", "agrees", "contradicts", "van de: in Dutch"},
		{"120", "Rund 120 der 9.000 members waren affected.", "agrees", "contradicts", "der: the German genitive"},
		{"120", "Unos 120 de sus 9.000 members fueron affected.", "agrees", "contradicts", "de sus: a possessive after de"},
		{"120", "Quelque 120 de ses 9 000 members ont été affected.", "agrees", "contradicts", "de ses: in French"},
		{"5", "La falla affected a cinco de sus 9.000 members.", "agrees", "contradicts", "a Spanish preposition a before the part is no determiner of a noun it measures"},
		{"150", "La falla affected a 120 de sus 9.000 members.", "contradicts", "contradicts", "and another part contradicts"},
		{"4", "Some 4 of its 9 offices were affected.", "silent", "", "a part of offices counts offices, not members"},
		{"120", "Only 120 of its 8,000 members voted, the union said.", "silent", "agrees", "a fact with a term in the whole counts the whole, whatever its other groups say"},
		{"120", "Some 120 of the $9,000 were affected.", "silent", "", "a part of a sum of money is no sum"},
		{"9000", "Some 120 of the 9,000 members were affected.", "contradicts", "", "a term after a verb speaks of the part"},
		{"3000", "Some three thousand of its 9,000 members were affected.", "agrees", "contradicts", "a part in words that ends in its scale"},
		{"3000", "Uns três mil dos seus 9 000 members foram affected.", "agrees", "contradicts", "and in Portuguese, dos seus"},
		{"3000", "Circa tremila dei 9.000 members sono stati affected.", "agrees", "contradicts", "a number word glued to its thousand"},
		{"3000", "Some three thousand members were affected.", "agrees", "", "a count in words that is no part of a whole"},
		{"500000000", "They say hundreds of millions of members were affected.", "silent", "", "hundreds of millions is a scale, not a part of a whole: no part of it is read (the staff fact, nearer, takes the number)"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			r := run(t, sheet(tt.value), testSource{"s", tt.text, "2024-05-10"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
			if tt.staff != "" {
				assert.Equal(t, tt.staff, string(r.CellAt(1, 0).Verdict), "the whole: %q", tt.text)
			}
		})
	}
}

// A term right after the counted noun describes the whole: "the 6,200
// residents ordered out" counts those ordered out.
func TestTermAfterTheWhole(t *testing.T) {
	const sheet = "facts:\n  - id: evac\n    claim: 6,200 residents were ordered out.\n    number: 6200\n    unit: residents\n    about: [evacuat* | ordered out]\n"
	assertVerdicts(t, sheet, "2025-08-30", []verdictCase{
		{"The evacuation order for the east covers 2,300 of the 6,200 residents ordered out.", "agrees", "the term right after the noun is the whole's"},
		{"The evacuation order for the east covers 2,300 of the 7,000 residents ordered out.", "unsure", "a term right after the noun may be the whole's or the part's: neither differing count is certain"},
		{"Some 2,300 of the 6,200 residents were ordered out.", "contradicts", "a term after a verb speaks of the part"},
		{"Crews reached 2,300 of the 6,200 residents by the river ordered out.", "agrees", "a short phrase on the noun, then the term: the whole's too"},
		{"Crews reached 2,300 of the 7,000 residents by the river ordered out.", "unsure", "and a differing whole there is no certain count either"},
		{"Crews reached 2,300 of the 6,200 residents by the river, who were ordered out.", "contradicts", "a comma and a clause of its own: the term is no word of the whole's phrase"},
	})
}

// A term right after the counted noun may be the main verb: the part then.
func TestTermAfterTheWholeMayBeTheVerb(t *testing.T) {
	const sheet = "facts:\n  - id: dead\n    claim: Three passengers died.\n    number: 3\n    unit: passengers\n    about: [died | killed]\n"
	assertVerdicts(t, sheet, "2025-08-30", []verdictCase{
		{"Three of the 40 passengers died in the crash.", "agrees", "the part agrees; the whole is unsure"},
		{"Five of the 40 passengers died in the crash.", "unsure", "neither count is certainly the fact's"},
		{"Five of the 40 passengers were killed in the crash.", "contradicts", "a term after a verb speaks of the part"},
	})
}

// An answer with no term of its own ("Which stations are closed? Nine of
// the line's 13 stations.") does not say which of a part and a whole the
// fact counts: both are read, and one that disagrees is unsure.
func TestPartOrWholeInAnAnswer(t *testing.T) {
	const closed = "facts:\n  - id: closed\n    claim: Nine stations were closed.\n    number: 9\n    unit: stations\n    about: [closed]\n"
	assertVerdicts(t, closed, "2025-10-16", []verdictCase{
		{"## Which stations are closed?\n\nNine of the line's 13 stations.", "agrees", "the part answers the question: the whole is not read against it"},
		{"## Which stations are closed?\n\nEight of the line's 13 stations.", "unsure", "another part: the fact may count the whole, so nothing is certain"},
		{"## Which stations are closed?\n\nNine stations, from the river to the airport.", "agrees", "no part and whole: the answer is read as before"},
		{"## Which stations are closed?\n\nEight stations, from the river to the airport.", "contradicts", "no part and whole: the answer's figure contradicts as before"},
		{"Nine of the line's 13 stations are closed.", "agrees", "the sentence's own term speaks of the part, as before"},
	})
}

// "One of the N" counts no one, and N the whole: a fact whose terms stand
// in those words, or right after them ("one of 18 men trapped"), reads N,
// any other nothing.
func TestOneOfTheWhole(t *testing.T) {
	const trapped = "facts:\n  - id: trapped\n    claim: 17 miners were trapped.\n    number: 17\n    unit: miners | men\n    about: [trapped]\n"
	assertVerdicts(t, trapped, "2025-10-16", []verdictCase{
		{"One of the 17 trapped men was killed in the collapse.", "agrees", "the whole, with the fact's term in it"},
		{"One of the 18 trapped men was killed in the collapse.", "contradicts", "another whole, with the fact's term in it"},
		{"Julio Ortega, one of the 33 miners at the site, was trapped for six hours.", "silent", "the whole counts the miners at the site: only the unit's word stands in it"},
		{"Julio Ortega was one of 18 men trapped by the collapse.", "contradicts", "a term right after the whole's noun describes the whole"},
		{"Julio Ortega was one of 17 men trapped by the collapse.", "agrees", "and the sheet's whole agrees"},
		{"One of 18 men trapped a rescuer in the collapse.", "silent", "a verb of one, opening the sentence, is no participle on the whole"},
	})
	const closed = "facts:\n  - id: closed\n    claim: Nine stations were closed.\n    number: 9\n    unit: stations\n    about: [closed | stations]\n"
	assertVerdicts(t, closed, "2025-10-16", []verdictCase{
		{"Central, one of the 13 stations on the line, is closed.", "silent", "a term that is the unit's word makes no whole the fact's"},
	})
	const flooded = "facts:\n  - id: flooded\n    claim: Five districts were flooded.\n    number: 5\n    unit: districts\n    about: [flooded]\n"
	assertVerdicts(t, flooded, "2025-10-16", []verdictCase{
		{"Vale, one of the 12 districts, was flooded.", "silent", "the whole of all districts is no count of the flooded ones, nor is one"},
	})
}

// A possessive after "de" ("cinco de sus 19 regiones", "six de ses 14
// bureaux") joins a part to its whole as an article does.
func TestPartitivePossessives(t *testing.T) {
	const sheet = "facts:\n  - id: hit\n    claim: Seven of the 19 regions were hit.\n    number: 7\n    unit: regions | regiones | bureaux\n    about: [afectó | fermera]\n  - id: total\n    claim: The firm has 19 regions.\n    number: 19\n    unit: regions | regiones\n    about: [total]\n    severity: warning\n"
	assertVerdicts(t, sheet, "2026-03-12", []verdictCase{
		{"El fallo afectó a cinco de sus 19 regiones.", "contradicts", "de sus: the part is five, the whole the neighbour's 19"},
		{"El fallo afectó a siete de sus 19 regiones.", "agrees", "the sheet's part"},
		{"L'entreprise fermera six de ses 14 bureaux.", "contradicts", "de ses: in French"},
	})
}

// A number word that is another word too ("tres", French "très"; "dos",
// Portuguese "of the") is a count before "de" and a whole ("tres de sus
// cuatro") or a pronoun ("tres de ellos"); an approximation before the
// whole ("of its roughly 420 staff") keeps the part and the whole apart.
func TestPartsInOtherWords(t *testing.T) {
	const sheet = "facts:\n  - id: diverted\n    claim: Three hospitals diverted ambulances.\n    number: 3\n    unit: hospitals | hospitales | hospitais\n    about: [desviaron | diverted | desviaram]\n"
	assertVerdicts(t, sheet, "2026-03-12", []verdictCase{
		{"Tres de sus cuatro hospitales desviaron las ambulancias.", "agrees", "tres before de and a count is a count: the part"},
		{"Dos de sus cuatro hospitales desviaron las ambulancias.", "unsure", "dos so placed in a Spanish sentence: a part, and the whole no longer contradicts"},
		{"La red gestiona cuatro hospitales, y tres de ellos desviaron las ambulancias.", "agrees", "tres de ellos: a part of the whole before"},
		{"A rede gere quatro hospitais, três dos quais desviaram as ambulâncias.", "agrees", "três dos quais: a part of the whole before, in Portuguese"},
		{"Cuatro hospitales desviaron las ambulancias.", "contradicts", "a count alone is still read"},
		{"Es muy tres de moda y desviaron las ambulancias.", "silent", "tres before de and no count is no number"},
	})
	const jobs = "facts:\n  - id: cut\n    claim: 180 jobs go in Turin.\n    number: 180\n    unit: staff | jobs\n    about: [Turin]\n"
	assertVerdicts(t, jobs, "2026-03-12", []verdictCase{
		{"In Turin it will cut 180 of its roughly 420 staff.", "agrees", "an approximation before the whole: the part is the fact's"},
		{"In Turin it will cut 150 of its roughly 420 staff.", "contradicts", "and another part contradicts"},
	})
	const hospital = "facts:\n  - id: admitted\n    claim: 19 people went to hospital.\n    number: 19\n    unit: people\n    about: [hospital]\n"
	assertVerdicts(t, hospital, "2026-03-12", []verdictCase{
		{"In all 214 residents fell ill, nineteen of them ended up in hospital.", "agrees", "a part joined by a pronoun to a whole of another noun: the sheet's figure agrees, settling nothing"},
		{"In all 214 residents fell ill, twenty of them ended up in hospital.", "silent", "and another figure so tied is not read"},
	})
}

// A relative clause on the whole's noun whose verb is the fact's term
// ("the 52 flights that were cancelled") says what the whole is: the fact
// counts the whole, and the part is a share of it.
func TestTermInTheWholesClause(t *testing.T) {
	const sheet = "facts:\n  - id: cancelled\n    claim: 52 flights were cancelled.\n    number: 52\n    unit: flights\n    about: [cancelled | scrapped]\n"
	assertVerdicts(t, sheet, "2025-08-30", []verdictCase{
		{"The airline has rebooked 18 of the 52 flights that were cancelled.", "agrees", "the clause's verb is the term: the whole is the fact's, the part is not read"},
		{"The airline has rebooked 18 of the 60 flights that were cancelled.", "contradicts", "and a differing whole contradicts"},
		{"Crews rebooked 18 of the 52 flights which had to be scrapped.", "agrees", "auxiliaries and to before the verb"},
		{"Crews rebooked one of the 60 flights that were later cancelled.", "contradicts", "one of the whole, an adverb before the verb"},
		{"Eighteen of the 52 flights that left on time were cancelled.", "contradicts", "the clause's verb is no term: the term after it speaks of the part"},
		{"Crews rebooked 18 of the 60 flights that pilots cancelled.", "contradicts", "another subject in the clause: read as before, the part"},
		{"Crews rebooked 18 of the 60 flights that were delayed and later cancelled.", "contradicts", "another verb first: the clause is no whole's, read as before"},
		{"Crews rebooked 18 of the 60 flights that were cancelled but scrapped none.", "contradicts", "another term after the clause's: read as before"},
		{"It was the only one of the 60 flights that was cancelled.", "silent", "a singular auxiliary: the clause is the one's, not the whole's"},
		{"Diciotto dei 52 flights che sono stati cancelled sono ripartiti.", "agrees", "Italian che and sono stati before the term"},
	})
}
