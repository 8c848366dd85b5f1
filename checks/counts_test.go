package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Numbers that are not a count of the fact: ages, and parts of a set that
// the fact's terms name.
func TestNumbersThatCountSomethingElse(t *testing.T) {
	const sheet = `facts:
  - id: on-board
    claim: 214 passengers were on board.
    number: 214
    about: [passengers | on board]
  - id: injured
    claim: 37 people were injured.
    number: 37
    about: [injured]
  - id: serious
    claim: 9 of the injured are in a serious condition.
    number: 9
    about: [serious]
  - id: children
    claim: 12 of the passengers were children.
    number: 12
    about: [children]
  - id: injured-in-crash
    claim: 37 people were injured in the crash.
    number: 37
    about: [injured, crash]
`
	tests := []struct {
		text      string
		fact      int
		want, why string
	}{
		{"The driver, 52, and one of the passengers were hurt.", 0, "silent", "an age after a person between commas"},
		{"The driver, a 52-year-old, carried the passengers out.", 0, "silent", "an age written as one"},
		{"The driver, who is 52 years old, helped the passengers.", 0, "silent", "an age in years old"},
		{"The driver of the lorry, 58, was injured.", 1, "silent", "an age after a person's noun and a short of-phrase"},
		{"The drivers of the 58 lorries were injured.", 1, "contradicts", "no commas round it: a count"},
		{"A mother of two, 41, was among the injured.", 1, "silent", "a parent's children, then an age"},
		{"A father of three was among the injured.", 1, "silent", "a parent's children before a singular verb"},
		{"A father of three died among the injured.", 1, "silent", "and before died"},
		{"The blast killed two people, injuring 30 others.", 1, "contradicts", "others after a verb of the fact's own and another group's figure: the injured, whom the fact counts"},
		{"The blast killed two people and injured 37 others.", 1, "agrees", "and agrees when it is the fact's count"},
		{"Two guards and 30 others were injured.", 1, "unsure", "others after a figure joined by and, no verb between: a part of the injured"},
		{"At least 11 were injured. The blast killed two people and injured 30 others.", 1, "contradicts", "a floor far under the count (at least 11 of 37) agrees, but settles no other figure of the source"},
		{"At least 30 were injured. Later 12 injured were sent home.", 1, "agrees", "a floor near the count settles the others"},
		{"The mother of two injured boys spoke to reporters.", 1, "contradicts", "a noun after it: what the number counts"},
		{"Nine of the injured are in a serious condition.", 1, "silent", "a part of the injured is not how many were injured"},
		{"Nine of the injured in the crash were children.", 4, "silent", "nor with a second group of terms elsewhere in the sentence"},
		{"Nine of the injured are in a serious condition.", 2, "agrees", "it is how many are serious"},
		{"Staff cared for the passengers, 12 of whom were children.", 0, "silent", "a part of the passengers, named before, is not how many there were"},
		{"Staff cared for the passengers, 12 of whom were children.", 3, "agrees", "it is how many were children"},
		{"In all 37 were injured.", 1, "agrees", "a plain count still counts"},
		{"All 39 of the injured were treated in hospital.", 1, "contradicts", "all before a part of a set makes it the whole set: how many were injured"},
		{"At least 40 people were injured, five of them seriously.", 1, "contradicts", "the whole of \"of them\" is the count of a fact whose term stands in its words"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2026-03-11"})
			assert.Equal(t, tt.want, string(r.CellAt(tt.fact, 0).Verdict), "%q", tt.text)
		})
	}
}

// "N of them" after a count is a part of it, which a term right after
// the pronoun speaks of: the part takes the whole's unit.
func TestPartOfThem(t *testing.T) {
	for _, unit := range []string{"", "    unit: people\n"} {
		sheet := "facts:\n  - id: serious\n    claim: Nine people were seriously injured.\n    number: 9\n" + unit + "    about: [seriously]\n"
		assertVerdicts(t, sheet, "2026-03-11", []verdictCase{
			{"At least 40 people were injured, five of them seriously.", "contradicts", "a term right after \"of them\" speaks of the part alone: five, not the 40"},
			{"At least 40 people were injured, nine of them seriously.", "agrees", "and agrees when the part is the sheet's"},
			{"At least 40 people were injured seriously, and five more walked away.", "contradicts", "no part: the count the term follows"},
		})
	}
	const killed = "facts:\n  - id: killed\n    claim: The storm killed 40 people.\n    number: 40\n    unit: people\n    about: [killed]\n"
	assertVerdicts(t, killed, "2026-03-11", []verdictCase{
		{"The storm killed 40 people, five of them in Lisbon.", "agrees", "no term right after the pronoun: the whole is the fact's count"},
	})
	const hospital = "facts:\n  - id: hospital\n    claim: Nine people were taken to hospital.\n    number: 9\n    unit: people\n    about: [hospital]\n"
	assertVerdicts(t, hospital, "2026-03-11", []verdictCase{
		{"At least 30 people were treated, and six of them were taken to hospital.", "unsure", "the term later in the part's clause, none before the whole: six may be all who went to hospital or some, and 30 is none of them"},
		{"At least 30 people were treated, and nine of them were taken to hospital.", "agrees", "the part is read, and agrees when it is the sheet's"},
		{"At least 30 people were treated, and six of them, the chief said, went to hospital.", "silent", "the term beyond a mark: no count is read"},
		{"At least 30 people were treated, and six of them went home before the ambulances reached the hospital.", "silent", "the term further than five words on: no count is read"},
		{"Nine people were taken to hospital and six of them remain in hospital.", "agrees", "a term before: the whole is the fact's; six still there are a part"},
		{"Nine people, six of them teenagers, were taken to hospital.", "agrees", "the part an aside between commas, the verb after it the whole's"},
		{"Ten people, six of them teenagers, were taken to hospital.", "contradicts", "and the whole is read when it disagrees"},
		{"Nine young local people, six of them women, were taken to hospital.", "agrees", "two words between the whole and its noun"},
		{"Nine people, six of them women, needed hospital treatment.", "agrees", "a past verb after the aside"},
		{"Thirty people were treated, six of them teenagers, and most stayed in hospital.", "silent", "no verb right after the aside: the whole is not the term's"},
		{"Thirty people were hurt, nine of them children, hospital officials said.", "silent", "a whole with a verb of its own before the aside: the term after is no verb of the whole's"},
		{"Thirty people were hurt, nine of them seriously, and are still in hospital.", "silent", "nor when the term's verb follows a coordinator"},
	})
	const hurt = "facts:\n  - id: hurt\n    claim: 31 people were hurt.\n    number: 31\n    unit: people\n    about: [hurt | injured]\n"
	assertVerdicts(t, hurt, "2026-03-11", []verdictCase{
		{"Thirty-one people were hurt and six of them were seriously injured.", "agrees", "a term an adverb qualifies after the pronoun counts a part of them: the whole is the fact's"},
	})
}

// "All" before a count of a set makes it the whole set, no part of it,
// for a fact whose unit is the set's noun.
func TestAllOfASet(t *testing.T) {
	const withdrawn = "facts:\n  - id: withdrawn\n    claim: The operator withdrew all 39 of its buses.\n    number: 39\n    unit: buses\n    about: [withdrew | withdrawing]\n"
	assertVerdicts(t, withdrawn, "2026-03-17", []verdictCase{
		{"The fault left the operator withdrawing all 40 of its buses.", "contradicts", "all 40 of its buses: the whole fleet, another count"},
		{"The fault left the operator withdrawing nine of its buses.", "unsure", "with no all, a part of them"},
	})
}

// A count per period is a rate, not how many there are.
func TestRatesAreNoCounts(t *testing.T) {
	const sheet = `facts:
  - id: on-board
    claim: 214 passengers were on board.
    number: 214
    unit: passengers
    about: [train | on board]
`
	assertVerdicts(t, sheet, "2026-03-11", []verdictCase{
		{"The operator's trains carry about 40,000 passengers a day.", "silent", "a count a day is a rate"},
		{"The train carries 300 passengers daily.", "silent", "so is a count daily"},
		{"The train carried 214 passengers.", "agrees", "a plain count counts"},
		{"On the train 52% of passengers were late.", "silent", "a percentage of the unit is no count of it"},
		{"On the train $52 of passengers' fares were refunded.", "silent", "nor is an amount of money"},
		{"The train carried 250 passengers a day after the line reopened.", "contradicts", "a day after is a time, not a rate"},
		{"The train's driver earns $6,000 a month on board.", "silent", "an amount of money a month is a rate too, and no count of passengers"},
		{"Two trains carried 250 passengers each.", "unsure", "a count of each one, closing its clause, may be no total"},
		{"Two trains carried 214 passengers each.", "agrees", "a count of each one that agrees is read"},
		{"The 250 passengers each carried a ticket on the train.", "contradicts", "each before a verb tells how they acted: the count is a total"},
		{"The train carried 250 passengers, each with a ticket.", "contradicts", "each after a comma starts another clause"},
	})
	const credit = "facts:\n  - id: credit\n    claim: Each passenger gets a credit of 500 euros.\n    number: 500\n    unit: euros per passenger | euros\n    about: [credit]\n"
	assertVerdicts(t, credit, "2026-03-11", []verdictCase{
		{"Passengers get a credit of €450 each.", "contradicts", "an amount of each one, for a fact in an amount per item, is its rate"},
		{"Passengers get a credit of €500 apiece.", "agrees", "and agrees when it is the sheet's"},
		{"Passengers get a credit of €450 each time a sailing is cancelled.", "unsure", "each before a noun is each of something else"},
		{"The line offered passengers a credit of €450.", "contradicts", "an amount with no word of each one is read in the sheet's plain unit"},
	})
	const perDay = "facts:\n  - id: fee\n    claim: The fee is 40 euros a day.\n    number: 40\n    unit: euros per day | euros\n    about: [fee]\n"
	assertVerdicts(t, perDay, "2026-03-11", []verdictCase{
		{"Drivers paid a fee of €45 each.", "unsure", "each one is no span of time: for a rate per day, still unsure"},
	})
	const perNight = "facts:\n  - id: fee\n    claim: The levy is 30 euros a night.\n    number: 30\n    unit: euros per night | euros\n    about: [levy]\n"
	assertVerdicts(t, perNight, "2026-03-11", []verdictCase{
		{"Visitors pay a levy of €25 each.", "unsure", "a night is a span of time too, though the table lacks it"},
	})
	const abroad = "facts:\n  - id: on-board\n    claim: 214 passengers were on board.\n    number: 214\n    unit: passengers | passeggeri | pasajeros | Fahrgäste\n    about: [treno | tren | Zug]\n"
	assertVerdicts(t, abroad, "2026-03-11", []verdictCase{
		{"Il treno trasporta 300 passeggeri al giorno.", "silent", "an Italian count a day is a rate"},
		{"Il treno trasportava 300 passeggeri.", "contradicts", "and without the period a count"},
		{"El tren lleva 300 pasajeros por día.", "silent", "a Spanish count a day"},
		{"Der Zug fährt 300 Fahrgäste pro Tag.", "silent", "a German one"},
	})
	const rate = "facts:\n  - id: output\n    claim: The plant builds 142,000 vehicles a year.\n    number: 142000\n    unit: vehicles per year | vehículos por año\n    about: [plant | planta]\n"
	assertVerdicts(t, rate, "2026-03-11", []verdictCase{
		{"La planta produce 150.000 vehículos al año.", "contradicts", "a unit X por P reads the period written otherwise, as X per P does"},
		{"La planta produce 142.000 vehículos cada año.", "agrees", "and agrees with the sheet's figure"},
		{"La planta produce 150.000 vehículos al mes.", "silent", "another period is no rate of the fact's"},
		{"La planta produjo 150.000 vehículos al día siguiente.", "silent", "al día siguiente is the next day, no rate: a plain count, in no unit of the fact's"},
	})
}

// An amount of money per period is a rate: no yearly sum, though the
// rate in the sheet reads it.
func TestMoneyRates(t *testing.T) {
	sheet := func(value, unit string) string {
		return "facts:\n  - id: pay\n    claim: She is paid.\n    number: " + value + "\n    unit: " + unit + "\n    about: [earn*]\n"
	}
	tests := []struct{ value, unit, text, want, why string }{
		{"72000", "dollars", "She earned $6,000 a month as director.", "unsure", "a monthly amount is no yearly sum: read, but unsure when it disagrees"},
		{"6000", "dollars", "She earned $6,000 a month as director.", "agrees", "an amount per period agrees with the amount, the sheet's unit naming no period"},
		{"6000", "dollars per month", "She earned $6,000 a month as director.", "agrees", "the rate in the sheet reads it"},
		{"6000", "dollars per month", "She earned $6,500 monthly as director.", "silent", "monthly is a rate of another spelling, left alone"},
		{"72000", "dollars", "She earned $72,000 a year after the move.", "agrees", "a year after is a time, not a rate"},
		{"72000", "dollars", "She earned $72,000 per annum (salary $60,000; bonus $12,000).", "agrees", "per annum is per year, and the parts in brackets stand further off"},
		{"72000", "dollars per year | dollars", "She will earn $144,000 over two years.", "agrees", "a sum spread over a span is a rate for a fact of one: $72,000 a year"},
		{"72000", "dollars per year | dollars", "She will earn $72,000 over two years.", "contradicts", "and $36,000 a year is another rate, though the sheet also reads plain dollars"},
		{"72000", "dollars per year | dollars", "She will earn $216,000 over the next three years.", "agrees", "the next between over and the span"},
		{"72000", "dollars per year | dollars", "She will earn $144,000 over 24 months.", "agrees", "a span in months"},
		{"72000", "dollars", "She will earn $144,000 over two years.", "contradicts", "a fact of no rate reads the sum as it is"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet(tt.value, tt.unit), testSource{"s", tt.text, "2026-03-11"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}

// A percentage before a greater comparative is a factor for a fact in
// "times"; nowhere else.
func TestPercentagesAsFactors(t *testing.T) {
	sheet := func(value, unit string) string {
		return "facts:\n  - id: speed\n    claim: The new kiln heats faster.\n    number: " + value + "\n    unit: " + unit + "\n    about: [faster | cheaper | kiln | speed]\n"
	}
	tests := []struct{ value, unit, text, want, why string }{
		{"2..3", "times", "The new kiln heats up to 60% faster than the old.", "contradicts", "at most 1.6 times is not two to three"},
		{"1.5", "times", "The new kiln heats 50% faster than the old.", "agrees", "50% faster is 1.5 times"},
		{"2..3", "times", "The new kiln heats 200% faster than the old.", "agrees", "200% faster reads as two and as three times"},
		{"4", "times", "The new kiln heats 200% faster than the old.", "contradicts", "neither reading of 200% faster is four times"},
		{"2", "times", "The new kiln is 50% cheaper to run.", "silent", "a smaller comparative is no factor of speed"},
		{"2", "times", "The new kiln uses 50% of the gas.", "silent", "a share is no factor"},
		{"50", "percent", "The new kiln heats 50% faster than the old.", "agrees", "a fact in percent reads the percentage as it stands"},
		{"3", "times", "The new kiln heats three vezes faster.", "agrees", "another language's word for times"},
		{"2", "times", "The new kiln heats 2-3x faster.", "agrees", "a range of factors glued to x reads whole, not as its end"},
		{"4", "times", "The new kiln heats 5x faster.", "contradicts", "a factor glued to x"},
		{"2", "", "The new kiln has 2x burners.", "silent", "a fact with no unit takes no factor"},
		{"3", "", "The new kiln heats 200% faster than the old.", "silent", "a fact with no unit reads no percentage"},
		{"3", "times", "The new kiln draws 50% more power.", "silent", "a comparative that is no term of the fact makes no factor"},
		{"2", "times", "The new kiln has 50% better heating speed.", "silent", "nor one before a word that is no term either"},
		{"2", "times", "The new kiln heats with 50% more speed.", "contradicts", "a comparative before a term of the fact is one"},
		{"3", "times", "The new kiln has a 2x zoom lens.", "silent", "nor does a glued x before a word that is no comparative"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			s := sheet(tt.value, tt.unit)
			if tt.unit == "" {
				s = strings.Replace(s, "\n    unit: \n", "\n", 1)
			}
			r := run(t, s, testSource{"s", tt.text, "2026-03-11"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}

// A duration is a measure, never a plain count: years, months and weeks
// are units of the table like days and hours.
func TestDurationsAreNoCounts(t *testing.T) {
	const sheet = "facts:\n  - id: dead\n    claim: Five people died.\n    number: 5\n    about: [dead | died | killed]\n"
	assertVerdicts(t, sheet, "2025-10-20", []verdictCase{
		{"A driver who had spent 22 years on the route is among the dead.", "silent", "22 years is how long, not how many"},
		{"The bridge had stood for 9 months when it killed them.", "silent", "months too"},
		{"Twenty-two people are among the dead.", "contradicts", "a plain count is read"},
	})
	const race = "facts:\n  - id: race\n    claim: He won in 2:05:47.\n    number: \"2:05:47\"\n    unit: seconds\n    about: [finish]\n"
	assertVerdicts(t, race, "2025-06-08", []verdictCase{
		{"Om elf uur kwam hij over de finish.", "silent", "om and uur: a time of day, no span of eleven hours"},
		{"Hij deed er elf uur over tot de finish.", "contradicts", "uur with no clock preposition before it is a span"},
	})
}

// French "à" folds to "a", which is no determiner: "à 312 400 fin
// février" gives the figure, not a measure of a "fin".
func TestFrenchAIsNoDeterminer(t *testing.T) {
	const sheet = "facts:\n  - id: js\n    claim: There were 312,400 jobseekers.\n    number: 312400\n    unit: jobseekers | demandeurs\n    about: [demandeurs]\n"
	assertVerdicts(t, sheet, "2026-03-26", []verdictCase{
		{"Le nombre de demandeurs d'emploi s'élevait à 312 400 fin février.", "agrees", "à is no determiner: the sheet's figure, read to agree"},
	})
}

// A year among years is no count, whatever the sheet's era, nor is an age
// in an aside.
func TestYearsAndAgesAreNoCounts(t *testing.T) {
	const wins = "facts:\n  - id: wins\n    claim: It was her fifth win in the city.\n    number: 5\n    about: [wins | victories]\n"
	assertVerdicts(t, wins, "2023-09-25", []verdictCase{
		{"She now has victories from 2015, 2017, 2018 and 2022.", "silent", "years in a list, joined by commas and and"},
		{"Her wins in 2017/2018 came in the rain.", "silent", "two years joined by a slash"},
		{"She counts 2018 wins in all.", "contradicts", "a year-like figure alone is read as a count"},
		{"She has 4 wins, from 2015 to 2022.", "contradicts", "a count beside years is read"},
		{"She took her wins in the city, at 38, in the same race.", "silent", "at and a number in an aside between commas: an age"},
		{"Her wins in the city now stand at 6.", "contradicts", "at and a number with no commas: read"},
	})
}

// A span of time before "before" or "after" says when, counted from another
// moment: a disagreeing one is unsure.
func TestTimeOffsetsAreUnsure(t *testing.T) {
	const sheet = "facts:\n  - id: term\n    claim: He was sentenced to 18 years in prison.\n    number: 18\n    unit: years\n    about: [sentenced]\n"
	assertVerdicts(t, sheet, "2025-10-20", []verdictCase{
		{"She was sentenced five weeks before him.", "unsure", "when she was sentenced, not for how long"},
		{"He was sentenced to 18 years after a five-week trial.", "agrees", "the term itself, before after"},
		{"He was sentenced to 12 years.", "contradicts", "a term alone is read"},
		{"He was sentenced to 12 years after the trial.", "unsure", "the same words may count from the trial"},
	})
	const restored = "facts:\n  - id: restored\n    claim: Power was back 30 hours after the blackout began.\n    number: 30\n    unit: hours\n    about: [reconnected]\n"
	assertVerdicts(t, restored, "2026-07-16", []verdictCase{
		{"The last homes were reconnected 32 hours after the blackout began.", "contradicts", "after is the claim's own word: the span after it is the fact's"},
		{"The last homes were reconnected 32 hours before the audit.", "unsure", "before is not: it may say when"},
	})
	const outage = "facts:\n  - id: outage\n    claim: The records system was down for 96 hours.\n    number: 96\n    unit: hours\n    about: [outage | down]\n"
	assertVerdicts(t, outage, "2025-10-20", []verdictCase{
		{"Staff worked through an outage of 72 hours before the system came back.", "contradicts", "of before the span: how long, whatever follows"},
		{"The system was down for 72 hours before it came back.", "contradicts", "so does for"},
		{"The outage began 72 hours before the audit.", "unsure", "a span with nothing before it may say when"},
		{"One week on: how a single command took the outage global.", "unsure", "a span, then on and a colon: a moment counted from the event"},
		{"Two days on, the outage is still felt.", "unsure", "on and a comma"},
		{"The outage kept trains down two days on the northern line.", "contradicts", "on and more of its clause: how long"},
	})
}

// "More than" the sheet's own figure agrees: sources round a figure down
// to say more than it. "Fewer than" it does not.
func TestMoreThanTheSheetsFigure(t *testing.T) {
	const sheet = "facts:\n  - id: investors\n    claim: About 41,700 investors lost money.\n    number: 41700\n    unit: investors\n    about: [lost]\n"
	assertVerdicts(t, sheet, "2025-10-20", []verdictCase{
		{"More than 41,700 investors lost money.", "agrees", "a floor at the sheet's figure"},
		{"More than 40,000 investors lost money.", "agrees", "a floor below it"},
		{"More than 45,000 investors lost money.", "contradicts", "a floor above it"},
		{"Fewer than 41,700 investors lost money.", "contradicts", "a ceiling at it excludes it"},
	})
}

// A unit word in the singular after a number above one, before another
// word, modifies that word: "112 victim letters" counts letters.
func TestUnitWordAsModifier(t *testing.T) {
	const sheet = "facts:\n  - id: victims\n    claim: The fraud had 41,700 victims.\n    number: 41700\n    unit: victims\n    about: [fraud | letters | judge]\n"
	assertVerdicts(t, sheet, "2025-10-20", []verdictCase{
		{"The judge has read 112 victim letters.", "silent", "victim modifies letters"},
		{"The judge heard from 112 victims.", "contradicts", "the plural counts victims"},
		{"The judge cited a 112-victim fraud.", "contradicts", "a hyphenated measure still counts: a fraud of 112 victims"},
		{"The judge heard from 112 victims' families.", "contradicts", "a possessive plural still counts them"},
	})
}

// A lone "one" used as a pronoun counts nothing.
func TestPronounOne(t *testing.T) {
	const sheet = "facts:\n  - id: crew\n    claim: The crew is three.\n    number: 3\n    about: [crew]\n"
	assertVerdicts(t, sheet, "2025-11-19", []verdictCase{
		{"It has flown many rockets, but never one with a crew.", "silent", "never one: a pronoun"},
		{"Of all the rockets, the one with a crew flew last.", "silent", "the one: a pronoun"},
		{"The rocket carried one crew member.", "contradicts", "one before a noun counts"},
		{"Of the crew, one was hurt.", "contradicts", "one before a verb counts"},
	})
}

// A lone "one" before a singular noun, against a count of ten or more, is
// more often one of the group than its total: unsure, not a contradiction.
func TestOneOfTheGroup(t *testing.T) {
	const sheet = "facts:\n  - id: volunteers\n    claim: 212 volunteers searched the woods.\n    number: 212\n    unit: volunteers\n    about: [volunteers]\n"
	assertVerdicts(t, sheet, "2025-11-19", []verdictCase{
		{"One volunteer twisted an ankle on the second night.", "unsure", "one of the 212, not their number"},
		{"One tired volunteer went home early.", "unsure", "an adjective between one and the noun"},
		{"Only one volunteer turned up to search the woods.", "contradicts", "only makes it the whole count"},
		{"Just one volunteer searched the woods.", "contradicts", "so does just"},
		{"Some 150 volunteers searched the woods.", "contradicts", "a figure other than one is read as before"},
		{"Only 1 volunteer searched the woods.", "contradicts", "a figure in digits is the count"},
	})
	const term = "facts:\n  - id: term\n    claim: He was jailed for 12 years.\n    number: 12\n    unit: years\n    about: [jailed]\n"
	assertVerdicts(t, term, "2025-11-19", []verdictCase{
		{"He was jailed for one year.", "contradicts", "one before a unit is a measure, no member"},
	})
	const small = "facts:\n  - id: injured\n    claim: Three volunteers were injured.\n    number: 3\n    unit: volunteers\n    about: [injured]\n"
	assertVerdicts(t, small, "2025-11-19", []verdictCase{
		{"One volunteer was injured.", "contradicts", "a count under ten: one may well be the total"},
	})
}

// An amount between a determiner and a noun that is no term of the fact
// measures that noun: disagreeing, it is unsure.
func TestAmountBeforeAnotherNoun(t *testing.T) {
	const sheet = "facts:\n  - id: price\n    claim: The deal is worth $4.2 billion.\n    number: 4200000000\n    unit: dollars\n    about: [deal | acquisition]\n"
	assertVerdicts(t, sheet, "2026-03-10", []verdictCase{
		{"It would pay a $252 million termination fee if the deal failed.", "unsure", "the amount measures the fee"},
		{"It agreed to the $5 billion deal on Monday.", "contradicts", "the amount measures the deal itself"},
		{"The deal is worth $5 billion in cash.", "contradicts", "no determiner: a plain amount"},
		{"The deal is worth $4.2 billion, a record fee.", "agrees", "an agreeing amount agrees"},
		{"Shares fell after the $5 billion cash deal was signed.", "contradicts", "a word may stand between the amount and the fact's noun"},
	})
	const distance = "facts:\n  - id: distance\n    claim: The rocket fell 60 km off the island.\n    number: 60\n    unit: km\n    about: [cayó | fell]\n"
	assertVerdicts(t, distance, "2026-03-10", []verdictCase{
		{"El cohete cayó al mar a unos 80 kilómetros al oeste del cabo.", "contradicts", "Spanish a is a preposition, and al no noun measured"},
		{"The rocket fell on a 80 km stretch of coast.", "unsure", "an English article and a noun it measures"},
	})
}

// An amount after another noun and "of" is that noun's ("charges of $380
// million"): disagreeing, it is unsure, unless the noun is a term of the
// fact or names the amount itself ([value-of-nouns]: "a total of").
func TestAmountOfAnotherNoun(t *testing.T) {
	const sheet = "facts:\n  - id: profit\n    claim: The firm made a net profit of $1.2 billion.\n    number: 1.2 billion\n    unit: dollars\n    about: [net profit | profit]\n"
	assertVerdicts(t, sheet, "2026-03-10", []verdictCase{
		{"Net profit was hit by restructuring charges of about $380 million.", "unsure", "the amount is the charges'"},
		{"Net profit slipped, and the firm booked savings of $90 million.", "unsure", "and another noun's, though the unit ties it to the fact"},
		{"The firm reported a net profit of $900 million.", "contradicts", "the noun before of is the fact's term"},
		{"Net profit came to a total of $900 million.", "contradicts", "a total of names the amount itself"},
		{"Net profit was hit by charges of $1.2 billion.", "agrees", "an agreeing amount still agrees"},
		{"Net profit was $900 million, after charges.", "contradicts", "no of before it: a plain amount"},
		{"Net profit came in the region of $900 million.", "contradicts", "in the region of names the amount itself"},
	})
	const toll = "facts:\n  - id: toll\n    claim: 27 people died.\n    number: 27\n    unit: people\n    about: [died | dead]\n"
	assertVerdicts(t, toll, "2026-03-10", []verdictCase{
		{"A crowd of 300 people mourned the dead.", "contradicts", "counts are not asked: only amounts of money are named so often"},
	})
}

// A glued m is millions after a currency sign or before a plural count,
// and a unit may stand further after "of" ("421,000 of the bank's
// customers"): such a count is a part, unsure when it disagrees.
func TestMillionsAndPartsOf(t *testing.T) {
	const money = "facts:\n  - id: ransom\n    claim: The gang demanded €4.5 million.\n    number: 4500000\n    unit: euros\n    about: [demand*]\n"
	assertVerdicts(t, money, "2025-04-16", []verdictCase{
		{"The gang demanded €4.5m in bitcoin.", "agrees", "a glued m after a currency sign is millions"},
		{"The gang demanded €6m in bitcoin.", "contradicts", "and disagrees when it differs (4.5 million rounds to 5m, not 6m)"},
		{"The gang demanded 4.5m euros in bitcoin.", "agrees", "a glued m before the currency's word is millions too"},
		{"The gang demanded 6m euros in bitcoin.", "contradicts", "and disagrees when it differs, before the word too"},
	})
	const records = "facts:\n  - id: records\n    claim: 2.3 million records were stolen.\n    number: 2300000\n    unit: records\n    about: [stolen]\n"
	assertVerdicts(t, records, "2025-04-16", []verdictCase{
		{"The gang stolen 2.3m records.", "agrees", "a glued m before a plural count is millions"},
		{"A 2.3m wall was stolen.", "silent", "before a singular noun it may be metres: not read"},
		{"The 2.3m heats were stolen.", "silent", "before a plural that is not the fact's unit: not read"},
	})
	const customers = "facts:\n  - id: customers\n    claim: 412,000 customers were hit.\n    number: 412000\n    unit: customers\n    about: [hit | stolen]\n"
	assertVerdicts(t, customers, "2025-04-16", []verdictCase{
		{"Data of 412,000 of the online bank's customers was stolen.", "agrees", "the unit after of and a few words"},
		{"Data of 421,000 of the online bank's customers was stolen.", "unsure", "a part of them: it may not be what the fact counts"},
	})
}

// "passed" before a figure reads it two ways, the figure or a bound it
// exceeded: a value the sheet holds either way agrees, one neither holds
// contradicts; a vote's tally after it stays a tally.
func TestPassedReadsTwoWays(t *testing.T) {
	const cost = "facts:\n  - id: cost\n    claim: The line cost $4.7 billion.\n    number: 4.7 billion\n    unit: dollars\n    about: [cost]\n"
	assertVerdicts(t, cost, "2026-03-12", []verdictCase{
		{"By 2023 the cost had passed $4 billion.", "agrees", "exceeded four billion: 4.7 billion is more"},
		{"By 2023 the council passed $4.7 billion for the cost.", "agrees", "and as the figure itself"},
		{"By 2023 the council passed $5.2 billion for the cost.", "contradicts", "a figure neither reading holds"},
		{"By 2023 the cost had reached $4 billion.", "contradicts", "no verb of passing: the figure as written"},
		{"By 2023 the council passed $3 billion for the cost.", "contradicts", "passed alone is no bound: approved, the figure as written"},
	})
}

// A length after "within" and before "of" is a distance from what follows
// ("within two miles of the wreck"), not a part of it ("300 metres of the
// tunnel"), which is unsure when it disagrees.
func TestDistanceFromAPlace(t *testing.T) {
	const radius = "facts:\n  - id: radius\n    claim: Residents within one mile were evacuated.\n    number: 1\n    unit: miles\n    about: [evacuated]\n"
	assertVerdicts(t, radius, "2026-03-12", []verdictCase{
		{"Those evacuated were living within two miles of the crash site.", "contradicts", "within: a distance from the crash site"},
		{"Those evacuated were living within one mile of the crash site.", "agrees", "and the sheet's"},
		{"Those evacuated were living along three miles of the old canal.", "unsure", "a part of the canal, as before"},
	})
}

// A height in feet and inches is one length, to the nearest inch ("6ft
// 3in", "six feet three inches", "6-foot-3"), and a decimal with a glued
// m before "tall" is metres.
func TestHeights(t *testing.T) {
	const height = "facts:\n  - id: height\n    claim: The striker is 1.86 m tall.\n    number: 1.86\n    unit: metres\n    about: [stands | standing]\n"
	assertVerdicts(t, height, "2025-08-14", []verdictCase{
		{"The striker, who stands 6ft 3in, signed.", "contradicts", "6 ft 3 in is 1.89 to 1.92 m"},
		{"The striker, who stands 6ft 1in, signed.", "agrees", "6 ft 1 in rounds 1.86 m to the inch"},
		{"The striker stands six feet three inches.", "contradicts", "in words"},
		{"The 6-foot-3 striker is standing by.", "contradicts", "joined by hyphens, the bare inches"},
		{"The striker stands 6 feet 3 times a week.", "agrees", "a bare figure and a word after it is no inches: 6 feet alone rounds 1.86"},
		{"Standing 1.86m tall, the striker signed.", "agrees", "a glued m before tall is metres"},
		{"Standing 1.92m tall, the striker signed.", "contradicts", "and another height disagrees"},
		{"Standing by, the striker drew 2.3m viewers.", "silent", "a glued m before a plural is millions"},
		{"Standing by, the striker drew 2.3m away fans.", "silent", "and before an adjective of [glued-metre-adjectives] that a noun follows"},
	})
	const rival = "facts:\n  - id: height\n    claim: Vautrin is 1.78 m tall.\n    number: 1.78\n    unit: metres\n    about: [Vautrin]\n"
	assertVerdicts(t, rival, "2025-08-14", []verdictCase{
		{"Holt is seven centimetres taller than Vautrin.", "unsure", "a measure before a comparative is a difference, not a height"},
		{"Vautrin is 1.85 m tall, taller than Holt.", "contradicts", "a height with no comparative right after it is read"},
		{"Holt stands seven centimetres above the national record of Vautrin.", "unsure", "a measure before above and what it is compared with: a difference"},
		{"In his boots Vautrin stands 1.85 m above the ground.", "contradicts", "above the ground: a height, a level"},
	})
}

// An age is no duration, though years are a unit of the table.
func TestAgeIsNoDuration(t *testing.T) {
	const sheet = "facts:\n  - id: term\n    claim: She served 12 years as mayor.\n    number: 12\n    unit: years\n    about: [mayor]\n"
	assertVerdicts(t, sheet, "2025-06-10", []verdictCase{
		{"The 27-year-old mayor resigned.", "silent", "an age written as one word"},
		{"The mayor, 27 years old, resigned.", "silent", "an age in years old"},
		{"The mayor resigned after 27 years.", "contradicts", "a span of years is read"},
	})
	const median = "facts:\n  - id: median\n    claim: The median age is 44.1 years.\n    number: 44.1\n    unit: years\n    about: [median age]\n"
	assertVerdicts(t, median, "2026-04-15", []verdictCase{
		{"The town's median age is two and a half years below the country's.", "unsure", "years before below: how far apart two ages are, not one"},
		{"Its median age is six years older than in 1990.", "unsure", "years before older: a difference too"},
		{"The median age rose to 46 years.", "contradicts", "years before no word of comparison: the age itself"},
	})
}

// "One of the 23 crew" picks one of a whole, which a fact of the crew
// does not read; "All but one of the 23 crew" counts all of them.
func TestAllButOneOfTheWhole(t *testing.T) {
	const sheet = "facts:\n  - id: crew\n    claim: The tanker had 23 crew.\n    number: 23\n    unit: crew\n    about: [crew]\n"
	assertVerdicts(t, sheet, "2026-04-16", []verdictCase{
		{"All but one of the 24 crew had been accounted for.", "contradicts", "all but one of: the figure is all the crew"},
		{"All but one of the 23 crew had been accounted for.", "agrees", "and agrees when it is the sheet's"},
		{"One of the 24 crew was missing.", "silent", "one of, with no all but: a whole one is picked from, which a term that is the unit's noun does not read"},
	})
}

// A count restated in digits in brackets, as official prose writes one,
// is one count: "Fourteen (14) people" is no count and an age.
func TestCountRestatedInBrackets(t *testing.T) {
	const sheet = "facts:\n  - id: inside\n    claim: Fourteen people were inside.\n    number: 14\n    unit: people\n    about: [inside]\n"
	assertVerdicts(t, sheet, "2026-02-10", []verdictCase{
		{"Fourteen (14) people were inside the hall.", "agrees", "the figure in brackets restates the word, and the unit follows both"},
		{"Fifteen (15) people were inside the hall.", "contradicts", "and another figure so written disagrees"},
		{"Ruiz (15) and two others were inside the hall.", "silent", "a bare number in brackets after a name is no restatement"},
	})
}

// A sheet's unit names one unit: an alternative the table reads as a unit
// of its kind a billion times off it is a spelling of the first ("nm"
// "Tons" are US short tons as often as tonnes, and a tonne in Dutch and
// Polish: either reading agrees; German, Italian, Spanish and Portuguese
// tonnes are tonnes.
func TestTonsReadTwoWays(t *testing.T) {
	const sheet = "facts:\n  - id: spill\n    claim: About 1.7 tonnes of acid leaked.\n    number: 1.7\n    unit: tonnes\n    about: [leaked | ausgelaufen]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"About 1.9 tons of acid leaked.", "agrees", "1.9 short tons are 1.72 tonnes"},
		{"Some 1.7 tons of acid leaked.", "agrees", "and 1.7 tons read as tonnes agree too"},
		{"Some 3.8 tons of acid leaked.", "contradicts", "3.45 or 3.8 tonnes: both readings disagree"},
		{"Rund 3,8 Tonnen Säure sind ausgelaufen.", "contradicts", "German tonnes are tonnes"},
		{"Knapp 1,7 Tonnen Säure sind ausgelaufen.", "agrees", "and agree as tonnes"},
		{"Some 1,700 kg of acid leaked.", "agrees", "kilograms convert as before"},
	})
}

// beside "nautical miles"), and at sea "miles" may be nautical miles.
func TestNauticalMiles(t *testing.T) {
	const sheet = "facts:\n  - id: offshore\n    claim: The ships collided 18 nautical miles off the cape.\n    number: 18\n    unit: nautical miles | nm\n    about: [off]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"The ships collided 18 nm off the cape.", "agrees", "nm is the sheet's own spelling of its unit, no nanometre"},
		{"The ships collided 19 nm off the cape.", "contradicts", "and another figure so written disagrees"},
		{"The ships collided 33 km off the cape.", "agrees", "kilometres convert: 33 km is 17.8 nautical miles"},
		{"The ships collided eighteen miles off the cape.", "agrees", "miles at sea may be nautical miles: either reading agrees"},
		{"The ships collided 20.7 miles off the cape.", "agrees", "and statute miles convert: 20.7 miles is 18 nautical miles"},
		{"The ships collided 25 miles off the cape.", "contradicts", "a figure that disagrees both ways contradicts"},
		{"Les navires (ships) sont entrés en collision (collided) à 18 milles marins au large (off).", "agrees", "nautical miles in French"},
	})
	const wreck = "facts:\n  - id: wreck\n    claim: The boat sank 43 km off the coast.\n    number: 43\n    unit: km\n    about: [sank | affondato]\n"
	assertVerdicts(t, wreck, "2026-04-15", []verdictCase{
		{"Il peschereccio è affondato a 23 miglia dalla costa.", "agrees", "at sea a mile may be nautical: 23 nautical miles are 42.6 km"},
		{"The boat sank 23 miles off the coast.", "agrees", "so in English"},
		{"The boat sank 35 miles off the coast.", "contradicts", "a figure that disagrees both ways contradicts"},
		{"The boat sank 23 miles from the town.", "contradicts", "no word of the sea: statute miles, 37 km"},
	})
	const road = "facts:\n  - id: road\n    claim: The road is 29 km long.\n    number: 29\n    unit: km\n    about: [road]\n"
	assertVerdicts(t, road, "2026-04-15", []verdictCase{
		{"The road is 18 miles long.", "agrees", "18 miles is 29 km: statute miles for a fact on land"},
		{"The road is 18 nautical miles long.", "contradicts", "nautical miles written out are no statute miles (33.3 km)"},
		{"La carretera (road) mide 18 millas.", "agrees", "Spanish millas are miles"},
		{"La carretera (road) mide 25 millas.", "contradicts", "and another figure in them converts and disagrees"},
		{"La strada (road) è lunga 18 miglia.", "agrees", "Italian miglia"},
		{"La route (road) coûte deux mille euros.", "silent", "French mille, a thousand, is no mile"},
	})
	const metres = "facts:\n  - id: span\n    claim: The span is 18 metres.\n    number: 18\n    unit: metres | ft\n    about: [span]\n"
	assertVerdicts(t, metres, "2026-04-15", []verdictCase{
		{"The span is 59 ft.", "agrees", "feet are near metres: an alternative of the table converts as ever"},
	})
}

// Temperatures convert between scales, °F to °C with an offset.
func TestTemperatures(t *testing.T) {
	for _, unit := range []string{"celsius", "°C"} {
		sheet := "facts:\n  - id: heat\n    claim: It was 31 °C at the finish.\n    number: 31\n    unit: " + unit + "\n    about: [finish]\n"
		assertVerdicts(t, sheet, "2025-06-10", []verdictCase{
			{"It was 31C at the finish.", "agrees", unit + ": glued"},
			{"It was 88 °F at the finish.", "agrees", unit + ": 88 °F is 31.1 °C"},
			{"It was 24 degrees Celsius at the finish.", "contradicts", unit + ": another temperature"},
			{"It was 75F at the finish.", "contradicts", unit + ": 75 °F is 23.9 °C"},
			{"It was 31 at the finish.", "agrees", unit + ": the sheet's figure, its unit unstated, agrees"},
			{"It was 24 at the finish.", "silent", unit + ": another figure with no unit is no temperature"},
		})
	}
}

// A race time, H:MM:SS, is a duration in seconds, in the sheet and in the
// sources.
func TestRaceTimes(t *testing.T) {
	const sheet = "facts:\n  - id: winning-time\n    claim: Rutto won in 2:05:47.\n    number: 2:05:47\n    unit: seconds\n    about: [won]\n"
	assertVerdicts(t, sheet, "2025-06-10", []verdictCase{
		{"Rutto won in 2:05:47 on Sunday.", "agrees", "the same time"},
		{"Rutto won in 2:05:41 on Sunday.", "contradicts", "six seconds off"},
		{"Rutto won at 06:17:50 UTC.", "silent", "a time of day with its zone is no duration"},
		{"Rutto won the 2019 race.", "silent", "a year is no duration"},
		{"Rutto won, 27 seconds inside the old mark.", "unsure", "a margin, not a time"},
		{"Rutto won in 2:05:41, 45 seconds off the record.", "contradicts", "the time itself, beside a margin"},
		{"Rutto won in 2:05:41 at Berlin.", "contradicts", "at after the time names the place: still a race time"},
		{"Rutto won in 2:05:41 from a field of 40,000.", "contradicts", "so does from after it"},
		{"Rutto won, crossing the line at 10:05:41 local time.", "silent", "local after it: a time of day"},
		{"Rutto won in 2:05:41 behind three pacemakers.", "contradicts", "a race time before behind: where he ran, not a margin"},
		{"Rutto won, 27 seconds behind nobody.", "unsure", "a span of seconds before behind: a margin"},
		{"Rutto won in 2:05.47 on Sunday.", "agrees", "H:MM.SS, as Dutch papers write a marathon's time: read so too"},
		{"Rutto won in 2:05.41 on Sunday.", "contradicts", "and six seconds off so written, as M:SS.hh too"},
	})
	const margin = "facts:\n  - id: margin\n    claim: Rutto won by 38 seconds.\n    number: 38\n    unit: seconds\n    about: [won by | behind]\n"
	assertVerdicts(t, margin, "2025-06-10", []verdictCase{
		{"Berg crossed the line 28 seconds behind Rutto, who won by a street.", "contradicts", "behind is the fact's own word: the margin is the fact's figure"},
		{"Rutto won by 28 seconds inside the old mark.", "unsure", "another margin word, not the fact's: a margin of something else"},
	})
	const swim = "facts:\n  - id: swim\n    claim: She won in 1:52.31.\n    number: 1:52.31\n    unit: seconds\n    about: [won | zwom]\n"
	assertVerdicts(t, swim, "2026-06-13", []verdictCase{
		{"She won the final in 1:52.31.", "agrees", "minutes, seconds and hundredths: 112.31 seconds"},
		{"She won the final in 1:52.58.", "contradicts", "27 hundredths off"},
		{"Hoogendijk zwom in de finale 1.52,85.", "contradicts", "as Dutch and German papers write it, a dot and a decimal comma"},
		{"Hoogendijk zwom in de finale 1.52,31.", "agrees", "and the sheet's time so written"},
		{"She won, and the bus left at 1:52 that night.", "silent", "minutes with no fraction are a time of day, none of the fact's unit"},
	})
}

// "rose from 20% to 22%" is a change: 22% now, 20% before; "from 2,000 to
// 3,000 people" is a range.
func TestChangeFromTo(t *testing.T) {
	const sheet = "facts:\n  - id: vat\n    claim: VAT is now 21%.\n    number: 21\n    unit: percent\n    about: [VAT]\n"
	assertVerdicts(t, sheet, "2025-10-15", []verdictCase{
		{"VAT rose from 20% to 22%.", "contradicts", "the change ends at 22%"},
		{"VAT rose from 20% to 21%.", "agrees", "the change ends at the sheet's rate"},
		{"An increase in the rate of VAT from 20% to 21% was voted.", "agrees", "a noun of change further back"},
		{"VAT was set anywhere from 20% to 22%.", "agrees", "no word of change: a range"},
		{"VAT was raised from 18 percent to 21 percent.", "agrees", "the unit after each figure of a change"},
		{"VAT went from about 19% to 21%.", "agrees", "an approximation at the start of a change"},
		{"VAT goes from 20% to 22% in May.", "contradicts", "goes before from and to: a change to 22%, no range holding 21%"},
		{"VAT moves between 20% and 22% by region.", "agrees", "between and and, no from: a range"},
		{"VAT was up 2% to 21%.", "agrees", "a percentage before a percentage may join a range, not 2% of a count"},
	})
	const lanes = "facts:\n  - id: lanes\n    claim: The road will have 10 lanes.\n    number: 10\n    unit: lanes\n    about: [road]\n"
	assertVerdicts(t, lanes, "2025-10-15", []verdictCase{
		{"The road will widen from six lanes to 12.", "contradicts", "the figure changed to takes the unit of the one changed from"},
		{"The road will widen from six lanes to 10.", "agrees", "and agrees in it"},
	})
	const planned = "facts:\n  - id: planned\n    claim: The original budget was 412 million euros.\n    number: 412 million\n    unit: euros\n    about: [prévus | original]\n  - id: final\n    claim: The final cost is 738 million euros.\n    number: 738 million\n    unit: euros\n    about: [coûtera | cost]\n"
	assertVerdicts(t, planned, "2025-10-15", []verdictCase{
		{"Le projet coûtera 738 millions d'euros au lieu des 421 millions prévus.", "contradicts", "a figure after au lieu des takes the currency of the one before it"},
		{"Le projet coûtera 738 millions d'euros au lieu des 412 millions prévus.", "agrees", "and agrees in it"},
	})
	const quota = "facts:\n  - id: quota\n    claim: The free tier holds 20 GB.\n    number: 20\n    unit: GB\n    about: [free tier]\n"
	assertVerdicts(t, quota, "2025-10-15", []verdictCase{
		{"The free tier will shrink from fifty gigabytes to twenty-five.", "contradicts", "a unit of the table carried to the figure changed to"},
		{"The free tier will shrink from fifty gigabytes to twenty-five users.", "silent", "not to a figure with a noun of its own"},
	})
	const old = "facts:\n  - id: old\n    claim: The old limit was 1,000 requests a minute.\n    number: 1000\n    unit: requests a minute\n    about: [limit]\n"
	assertVerdicts(t, old, "2025-10-15", []verdictCase{
		{"The limit is 600 requests a minute, down from 1,200.", "contradicts", "the figure after up or down from is what it was before, in the unit of the one before it"},
		{"The limit is 600 requests a minute, down from 1,000.", "agrees", "and agrees when it is the sheet's"},
		{"The limit is 600 requests a minute down from 1,000 users.", "unsure", "no comma: the unit is not carried to 1,000 users, and 600 beside the sheet's figure reads two ways"},
	})
	const staff = "facts:\n  - id: staff\n    claim: The firm now employs 4,000 staff.\n    number: 4000\n    unit: staff\n    about: [workforce]\n"
	assertVerdicts(t, staff, "2025-10-15", []verdictCase{
		{"The workforce is now 4,500 staff, up from 4,000.", "unsure", "the figure before is no agreement of a fact of what is now; the later one may be a later count"},
		{"The workforce is now 4,000 staff, up from 3,500.", "agrees", "what it is now agrees, what it was is not read"},
	})
}

// A range joins figures in one unit: "up 27% to 1.2 million" is a
// percentage, then a count.
func TestRangeOfOneUnit(t *testing.T) {
	const sheet = "facts:\n  - id: rise\n    claim: Throughput rose 22%.\n    number: 22\n    unit: percent\n    about: [throughput]\n"
	assertVerdicts(t, sheet, "2025-10-15", []verdictCase{
		{"Throughput is up 27% to 1.2 million messages per second.", "contradicts", "the percentage alone, not 27 to 1,200,000"},
		{"Throughput is up 22% to 1.2 million messages per second.", "agrees", "the percentage alone agrees"},
		{"Throughput is up 20% to 25% this year.", "agrees", "two percentages make a range"},
	})
}

// A unit the sheet writes as a code in capitals may stand before the
// number, as currencies write it.
func TestCodeBeforeTheNumber(t *testing.T) {
	const sheet = "facts:\n  - id: spending\n    claim: Spending is 184.6 billion talers.\n    number: 184600000000\n    unit: talers | VLT\n    about: [spending]\n"
	assertVerdicts(t, sheet, "2025-10-15", []verdictCase{
		{"Total spending of VLT 184.6bn was proposed.", "agrees", "the code before the number"},
		{"Total spending of VLT 186.4bn was proposed.", "contradicts", "and disagrees when it differs"},
		{"Total spending of 184.6 billion talers was proposed.", "agrees", "the word after the number"},
		{"Spending by talers 186 was proposed.", "silent", "a word in lower case before a number gives no unit"},
	})
	const ransom = "facts:\n  - id: ransom\n    claim: He demanded 2 million talers.\n    number: 2 million\n    unit: talers | VLT\n    about: [demanded]\n"
	assertVerdicts(t, ransom, "2025-10-15", []verdictCase{
		{"He demanded VLT 2m and a car.", "agrees", "a glued m after the fact's code is millions, no length"},
		{"He demanded VLT 3m and a car.", "contradicts", "and another figure so written disagrees"},
		{"He demanded a 3m ladder.", "silent", "with no code before it a glued m may be metres"},
		{"He demanded VLT 2m.", "agrees", "a glued m after the fact's code ends the sentence: millions"},
		{"He demanded VLT 3m.", "contradicts", "and disagrees so"},
		{"He demanded Vlt 3m.", "silent", "a word not in capitals is no code: the glued m may be metres"},
	})
}

// "one" at the end of a clause, or before "and" or "or", is a count: the
// number after it is not read in its stead.
func TestOneAtTheEndOfAClause(t *testing.T) {
	const sheet = "facts:\n  - id: dead\n    claim: One person was killed.\n    number: 1\n    about: [killed]\n"
	assertVerdicts(t, sheet, "2025-03-10", []verdictCase{
		{"The shooting killed one and wounded three.", "agrees", "one before and"},
		{"The blast killed one, and injured 14 others, police said.", "agrees", "one before a comma"},
		{"The blast killed one.", "agrees", "one at the end of the sentence"},
		{"The blast killed two, police said.", "contradicts", "another count"},
	})
}

// An H:MM:SS figure after "at" or with a leading zero is a time of day.
func TestRaceTimeOrTimeOfDay(t *testing.T) {
	const sheet = "facts:\n  - id: winning-time\n    claim: Rutto won in 2:05:47.\n    number: 2:05:47\n    unit: seconds\n    about: [won | winner]\n"
	assertVerdicts(t, sheet, "2025-06-10", []verdictCase{
		{"The winner crossed the line at 09:35:47 local time.", "silent", "a time of day"},
		{"The winner crossed the line at 9:35:47.", "silent", "after at"},
		{"The winner ran 2:05:41.", "contradicts", "a race time"},
		{"The winner stopped the clock at 2:05:41.", "contradicts", "after a race clock and at: what the clock reads, a race time"},
		{"The winner stopped the clock at 2:05:47.", "agrees", "and the sheet's so written agrees"},
	})
	const start = "facts:\n  - id: gun\n    claim: The race started at 08:30 CEST.\n    time: 08:30 CEST\n    about: [clock | started]\n"
	assertVerdicts(t, start, "2025-06-10", []verdictCase{
		{"The winner stopped the clock at 2:05:41 CEST.", "contradicts", "a zone after it: a time of day, whatever stands before"},
		{"The winner stopped the clock at 2:05:41.", "silent", "no zone: the race clock's reading, no time of day"},
		{"The race started at 8:31:05 on the start clock.", "unsure", "a clock word after the time: still a time of day, in no zone"},
	})
}

// A calendar unit converts into a smaller one exactly: one year is twelve
// months, not six to eighteen.
func TestCalendarUnitsConvertExactly(t *testing.T) {
	sheet := func(n string) string {
		return "facts:\n  - id: term\n    claim: He was sentenced.\n    number: " + n + "\n    unit: months\n    about: [sentenced]\n"
	}
	assertVerdicts(t, sheet("6"), "2025-06-10", []verdictCase{
		{"He was sentenced to one year in prison.", "contradicts", "a year is twelve months"},
	})
	assertVerdicts(t, sheet("12"), "2025-06-10", []verdictCase{
		{"He was sentenced to one year in prison.", "agrees", "exactly twelve"},
	})
}

// A glued m before a word is no count for a fact without that unit word:
// "100m heats" are metres.
func TestGluedMillionsNeedTheUnit(t *testing.T) {
	const sheet = "facts:\n  - id: viewers\n    claim: 30 million people watched.\n    number: 30000000\n    about: [viewers]\n"
	assertVerdicts(t, sheet, "2025-06-10", []verdictCase{
		{"Viewers flocked to the 100m heats on Sunday.", "silent", "a distance, perhaps"},
		{"Viewers numbered 25 million on Sunday.", "contradicts", "a count in words"},
	})
	const event = "facts:\n  - id: event\n    claim: She won the 200 metres freestyle.\n    number: 200\n    unit: metres\n    about: [freestyle | hurdles | won]\n"
	assertVerdicts(t, event, "2025-06-10", []verdictCase{
		{"She won the 200m freestyle.", "agrees", "for a fact in metres, a whole figure's glued m before a word is metres"},
		{"She won the 400m freestyle.", "contradicts", "another distance"},
		{"She won the 400m hurdles.", "contradicts", "a plural of [glued-metre-plurals] leaves it metres"},
		{"She won over 300m viewers.", "silent", "any other plural makes it millions: a count"},
		{"She won over 2.3m viewers.", "silent", "a figure with decimals too"},
		{"She won $400m in prizes.", "silent", "money before it: millions"},
	})
	const summit = "facts:\n  - id: summit\n    claim: The summit stands at 2,107 metres.\n    number: 2107\n    unit: metres\n    about: [summit]\n"
	assertVerdicts(t, summit, "2026-07-18", []verdictCase{
		{"The road climbs to the 2,107m summit.", "agrees", "groups of thousands before the glued m are one figure, not 107"},
		{"The road climbs to the 2,170m summit.", "contradicts", "and another figure so written contradicts"},
		{"The summit fund holds $2,107m.", "silent", "money: millions, no metres"},
	})
	const vault = "facts:\n  - id: vault\n    claim: He cleared 6.32 metres.\n    number: 6.32\n    unit: metres\n    about: [cleared | record]\n"
	assertVerdicts(t, vault, "2026-02-16", []verdictCase{
		{"He cleared 6.30m.", "contradicts", "a decimal's glued m before a stop: metres for a fact of a length"},
		{"Old record: 6.32m, set in Oslo.", "agrees", "before a comma too"},
		{"He set the record of 6.30m at an indoor meeting.", "contradicts", "before a word of not-nouns, metres"},
		{"He cleared a 6.30m wall of doubt.", "silent", "before a noun: millions or metres, unread"},
		{"The record bonus is £6.3m.", "silent", "money before it: millions"},
		{"The record drew 6.3m viewers.", "silent", "a plural after it: a count of millions"},
	})
	const crowd = "facts:\n  - id: crowd\n    claim: 6.3 people cleared.\n    number: 6.3\n    about: [cleared]\n"
	assertVerdicts(t, crowd, "2026-02-16", []verdictCase{
		{"He cleared 6.30m.", "silent", "a fact of no length does not read a glued m as anything"},
	})
	const revenue = "facts:\n  - id: revenue\n    claim: Revenue was $2.107 billion.\n    number: 2107000000\n    unit: dollars\n    about: [revenue]\n"
	assertVerdicts(t, revenue, "2026-07-18", []verdictCase{
		{"Revenue was $2,107m.", "agrees", "a glued m after groups of thousands is millions of the whole"},
	})
}

// A change of temperature converts without the offset of a reading, and a
// minus before a number is not read: both disagreeing values are unsure.
func TestSignsAndTemperatureChanges(t *testing.T) {
	const warming = "facts:\n  - id: warming\n    claim: The planet has warmed by 1.1 °C.\n    number: 1.1\n    unit: °C\n    about: [warmed]\n"
	assertVerdicts(t, warming, "2025-06-10", []verdictCase{
		{"The planet has warmed by about 2 °F since then.", "unsure", "a change in °F is no reading in °F"},
		{"The planet has warmed by 3 °C since then.", "contradicts", "in the fact's own scale"},
	})
	const low = "facts:\n  - id: low\n    claim: The low was 5 °C.\n    number: 5\n    unit: celsius\n    about: [low]\n"
	assertVerdicts(t, low, "2025-06-10", []verdictCase{
		{"The low fell to −5 °C overnight.", "contradicts", "a temperature after a minus is below zero: −5, not the sheet's 5"},
		{"Shares fell -5% overnight at the low.", "silent", "a minus before another figure is a sign that is not read"},
		{"The low fell to 5 °C overnight.", "agrees", "no minus"},
		{"The low of 3-4 °C held.", "contradicts", "a dash between numbers is no minus"},
	})
}

// A rate period a few words after a count makes it a rate too.
func TestRateLater(t *testing.T) {
	const sheet = "facts:\n  - id: dead\n    claim: Two people died.\n    number: 2\n    unit: deaths | people\n    about: [died | deaths]\n"
	assertVerdicts(t, sheet, "2025-06-27", []verdictCase{
		{"Salmonella causes 420 deaths in the United States every year.", "silent", "a rate, words between"},
		{"It caused 4 deaths in the city last week.", "contradicts", "no rate"},
		{"It caused 4 deaths, the most in a year.", "contradicts", "a year is no rate there"},
	})
}

// A currency's sign alone among a unit's alternatives ("pounds | £") is
// that currency: it does not let bare figures in as a unit of no words.
func TestCurrencySignAsUnit(t *testing.T) {
	for _, unit := range []string{"pounds | £", "£"} {
		sheet := "facts:\n  - id: price\n    claim: It costs £2,899.\n    number: 2899\n    unit: " + unit + "\n    about: [price | costs]\n"
		assertVerdicts(t, sheet, "2026-03-10", []verdictCase{
			{"The price is announced at 11 in London.", "silent", "a bare figure is no sum in pounds"},
			{"It costs £2,999 in the UK.", "contradicts", "the sign before the figure"},
			{"It costs 2,899 pounds in the UK.", "agrees", "the currency written out"},
			{"It costs €2,999 in Italy.", "silent", "another currency's sign"},
		})
	}
}

// A currency written with letters and a sign ("C$") may be a fact's unit.
func TestSignedCurrencies(t *testing.T) {
	const sheet = "facts:\n  - id: cost\n    claim: Cleanup will cost C$145 million.\n    number: 145000000\n    unit: C$\n    about: [cleanup]\n"
	assertVerdicts(t, sheet, "2025-03-20", []verdictCase{
		{"The cleanup will cost C$154 million.", "contradicts", "the fact's currency, another amount"},
		{"The cleanup will cost C$145 million.", "agrees", "the same"},
		{"The cleanup will cost A$154 million.", "silent", "another currency"},
		{"The cleanup will cost $154 million.", "silent", "US dollars are another currency"},
	})
}

// A figure for a part ("at one hospital alone") or the whole a part is
// taken from ("Of the 2,100 nurses, ...") may not be what the fact counts.
func TestPartsAndWholes(t *testing.T) {
	const sheet = "facts:\n  - id: ops\n    claim: 12,400 operations were postponed.\n    number: 12400\n    unit: operations\n    about: [postponed]\n"
	assertVerdicts(t, sheet, "2026-03-14", []verdictCase{
		{"At the university hospital alone, 1,100 operations were postponed.", "unsure", "alone makes it a part"},
		{"Across the country, 11,000 operations were postponed.", "contradicts", "a plain figure"},
		{"Of the 2,100 operations planned, 1,650 were postponed.", "unsure", "the whole a part is taken from, and the part"},
		{"1,100 operations were postponed at the university hospital alone.", "unsure", "alone after the figure, in its clause"},
		{"Surgeons were left alone; 11,000 operations were postponed.", "contradicts", "alone in another clause"},
		{"11,000 operations were postponed before leaving surgeons to work alone.", "contradicts", "alone after before and a verb in -ing: a clause of its own"},
		{"1,100 operations were postponed since March alone.", "unsure", "since before a noun is a preposition: alone still marks a part"},
		{"Of the 11,000 operations that were postponed nationwide, most were hip replacements.", "contradicts", "the whole is the fact's when its term stands in the phrase"},
		{"Of the 14,000 operations planned, 12,400 were postponed.", "agrees", "a bare count after the comma of an opening whole: counted in the whole's unit"},
		{"Of the 14,000 operations planned this week at the city's hospitals, 12,400 were postponed.", "agrees", "the comma after a longer phrase"},
		{"Of the 14,000 beds, 11,000 were postponed.", "silent", "a whole in another unit: the part is none of the fact's"},
		{"Of the 14,000 operations planned at 12,400 sites, most were postponed.", "unsure", "a count before the comma that closes the whole is no part of it"},
		{"Sur les 14 000 opérations prévues, 12 400 ont été postponed.", "agrees", "an opening whole in French"},
		{"De sus 14.000 operations, 12.400 fueron postponed.", "agrees", "an opening whole with a possessive, in Spanish"},
		{"De sus operations, 11.000 fueron postponed.", "silent", "a possessive with no count: no whole, and a bare count that is not the sheet's no unit"},
		{"A heart transplant and 40 other operations were postponed.", "unsure", "others than one named: a part"},
		{"Besides the transplant, 40 others operations were postponed.", "unsure", "others, as a slip writes it, too"},
		{"40 operations were postponed, and other clinics closed.", "contradicts", "other not right after the figure: no part"},
		{"Other hospitals said 11,000 operations were postponed.", "contradicts", "other before the figure's phrase: no part"},
	})
	const crew = "facts:\n  - id: crew\n    claim: The ship had a crew of 21.\n    number: 21\n    unit: crew | crew members | tripulantes\n    about: [crew | tripulantes]\n"
	assertVerdicts(t, crew, "2026-03-14", []verdictCase{
		{"Twelve crew members were lifted off by helicopter and the rest by tug.", "unsure", "the rest after a count of the fact's own noun: a part"},
		{"Doce tripulantes fueron evacuados en helicóptero y el resto en remolcador.", "unsure", "so in Spanish"},
		{"Twelve crew members were lifted off by helicopter.", "contradicts", "no word of the others: the count stands"},
		{"The 12 crew members survived; the remaining passengers drowned.", "contradicts", "the remaining with a noun after it counts another group"},
		{"All 12 crew members were rescued, and the others on the beach helped.", "contradicts", "all before the count: the whole"},
	})
	const dead = "facts:\n  - id: dead\n    claim: Fourteen people died.\n    number: 14\n    unit: people\n    about: [died]\n"
	assertVerdicts(t, dead, "2026-03-14", []verdictCase{
		{"Twelve people died and the others escaped.", "contradicts", "a term of what the part did: the count is that term's"},
	})
}

// A fact of the ages of a group is a range whose ends are the youngest
// and the oldest: a source's range of ages must hold both.
func TestAgeRanges(t *testing.T) {
	const group = "facts:\n  - id: ages\n    claim: The climbers were aged 19 to 54.\n    number: 19..54\n    unit: years old\n    about: [climbers | alpinisti | escaladores]\n"
	assertVerdicts(t, group, "2026-02-12", []verdictCase{
		{"The climbers, aged 19 to 54, were found.", "agrees", "the same ends"},
		{"The climbers, aged 21 to 54, were found.", "contradicts", "another youngest: a range inside the sheet's is no agreement"},
		{"The climbers were aged between 19 and 54.", "agrees", "between after aged"},
		{"Gli alpinisti avevano tra i 19 e i 54 anni.", "agrees", "Italian: a verb of having, a pair with articles, years"},
		{"Los escaladores tenían entre 21 y 54 años.", "contradicts", "Spanish, another youngest"},
		{"Between 19 and 54 climbers were found.", "silent", "a range of a count is no age"},
		{"Les escaladores, âgés de 21 à 54 ans, ont été retrouvés.", "contradicts", "French: âgés before a range of years"},
		{"Los escaladores, de entre 19 y 54 años de edad, fueron hallados.", "agrees", "Spanish: de edad after a range of years"},
	})
	const one = "facts:\n  - id: age\n    claim: The guide is 38.\n    number: 38\n    unit: years old\n    about: [climbers]\n"
	assertVerdicts(t, one, "2026-02-12", []verdictCase{
		{"The climbers, aged 19 to 54, were found.", "unsure", "a group's range holds one person's age, but says nothing of it"},
	})
}

// Ages after a noun of family or trade in other languages are no span of
// time for a fact of days.
func TestAgesAfterFamilyNouns(t *testing.T) {
	const sheet = "facts:\n  - id: held\n    claim: The reporter was held for 11 days.\n    number: 11\n    unit: days\n    about: [held | cautiverio | prigionia]\n"
	assertVerdicts(t, sheet, "2025-03-16", []verdictCase{
		{"Tras su cautiverio, abrazó a su hija de seis años.", "silent", "a daughter of six years: her age"},
		{"Tras su cautiverio, abrazó a su hija, de 6 años.", "silent", "so between a comma and the stop"},
		{"Dopo la prigionia ha riabbracciato il figlio di otto anni.", "silent", "so in Italian"},
		{"Su cautiverio duró seis años.", "unsure", "years after a verb of lasting: a span of the captivity, read"},
		{"La periodista, de 34 años, pasó 12 días en cautiverio.", "contradicts", "the age set apart, the days read"},
		{"Es una periodista de 25 años de trayectoria, retenida en cautiverio.", "unsure", "years of a career after a person noun are no age: read as a span, far off, never certain"},
	})
}

// A number fact of an age (unit: years old) reads ages, which any other
// number fact leaves out, and nothing else.
func TestAgeFacts(t *testing.T) {
	const sheet = "facts:\n  - id: age\n    claim: Rautenbach is 23.\n    number: 23\n    unit: years old\n    about: [Rautenbach | striker]\n"
	assertVerdicts(t, sheet, "2025-07-29", []verdictCase{
		{"The club signed the 24-year-old striker.", "contradicts", "an age written as one word"},
		{"Rautenbach, 23, signed on Tuesday.", "agrees", "an age between commas after a name"},
		{"The striker, aged 24, signed on Tuesday.", "contradicts", "after aged"},
		{"Rautenbach is 24 years old.", "contradicts", "years old after the number"},
		{"Rautenbach scored 24 goals.", "silent", "a count is no age"},
		{"Rautenbach signed a 24-month deal.", "silent", "nor is a span of time"},
		{"Coach Lopez, 45, praised the striker on Monday after the win.", "unsure", "another person's age, two words from the fact's term: perhaps someone else's"},
		{"Rautenbach is 24.", "unsure", "a bare number after is: an age, or a rank or a score, never certain"},
		{"Rautenbach joined the academy at age 14.", "silent", "an age at an earlier time"},
		{"Players aged 18 and over may sign, and Rautenbach did.", "silent", "an age limit"},
	})
	const languages = "facts:\n  - id: age\n    claim: Rautenbach is 23.\n    number: 23\n    unit: years old | años | anos | Jahre alt\n    about: [Rautenbach | striker | Stürmer | spits]\n"
	assertVerdicts(t, languages, "2025-07-29", []verdictCase{
		{"The striker, aged 24, signed on Tuesday.", "contradicts", "with alternatives in other languages, the fact is still an age"},
		{"Rautenbach signed in 1:58:40 on Tuesday.", "silent", "so a race time is no age in years"},
		{"El delantero Rautenbach, de 24 años, firmó el martes.", "contradicts", "de and years between commas after a name: an age"},
		{"O avançado Rautenbach, de 23 anos, assinou.", "agrees", "so in Portuguese"},
		{"Rautenbach ist 24 Jahre alt.", "contradicts", "alt after Jahre"},
		{"El contrato, de 3 años, lo firmó Rautenbach.", "silent", "after a word in lower case: a span of time"},
		{"Rautenbach firmó un contrato de 3 años.", "silent", "no commas: a span of time"},
		{"El delantero Rautenbach, un hombre de 24 años, firmó.", "unsure", "de and years after a noun of a person: an age, not right beside the fact's term"},
		{"El delantero Rautenbach, un hombre de 23 años, firmó.", "agrees", "and agrees when it is the sheet's"},
		{"Rautenbach, o extremo de 24 anos, assinou.", "unsure", "a position on the team is a noun of a person: de and years after it make an age, not right beside the fact's term"},
		{"Rautenbach firmó con un club de 24 años de historia.", "silent", "de and years after a noun of no person: a span of time"},
		{"Rautenbach, 24 ans, a signé mardi.", "contradicts", "years between commas after a name, no de"},
		{"Rautenbach, 24 ans et 1,85 m, a signé mardi.", "contradicts", "and before et and another measure, as French gives an athlete's age and height"},
		{"Rautenbach, 24 ans et 3 mois de contrat, a signé.", "silent", "a span of years and months is no age"},
		{"L'attaquant Rautenbach, âgé de 24 ans, a signé.", "contradicts", "âgé de before the years"},
		{"La gardienne Rautenbach, âgée de 24 ans, a signé.", "contradicts", "and its feminine, âgée de"},
		{"Der 24 Jahre alte Stürmer Rautenbach unterschrieb.", "contradicts", "Jahre alte"},
		{"Der Stürmer Rautenbach (24) unterschrieb.", "unsure", "a bare number in brackets after a name may be an age"},
		{"Der Stürmer Rautenbach (23) unterschrieb.", "agrees", "and agrees when it is the sheet's"},
		{"Goals: Rautenbach (24), Moyo (67).", "unsure", "or a minute of a match: never certain"},
		{"Der Stürmer Rautenbach (24 Jahre) unterschrieb.", "contradicts", "with its years in the brackets, certain"},
		{"De 24-jarige spits Rautenbach tekende.", "contradicts", "a number joined to -jarige"},
		{"De twaalfjarige spits Rautenbach tekende.", "contradicts", "a number word glued to -jarige, as Dutch writes an age"},
		{"Der zwölfjährige Stürmer Rautenbach unterschrieb.", "contradicts", "and to -jährige, as German does"},
		{"Der zwölfjährige Sohn von Rautenbach sah zu.", "unsure", "not right beside the fact's term: perhaps someone else's"},
		{"De vierentwintigjarige spits Rautenbach tekende.", "silent", "a compound number word glued to -jarige is not read"},
		{"Rautenbach tekende een tweejarig contract.", "silent", "-jarig with no ending is a span of time, no age"},
		{"Rautenbach, de 24 años de edad, firmó.", "contradicts", "de edad after the years"},
		{"Rautenbach, de 24 años de antigüedad, firmó.", "contradicts", "de antigüedad, a thing's age, too"},
		{"Rautenbach, con 24 años de antigüedad en el club, firmó.", "silent", "con before it: years in a post, no age"},
		{"Firmaron Moyo, 31 años, y Rautenbach, 24 años; y el club.", "contradicts", "a semicolon closes the aside as a comma does"},
		{"Goals this season: Rautenbach, 24; Moyo, 31.", "silent", "a bare number before a semicolon is a tally, not an age"},
		{"Rautenbach firmó con el club (24 partidos) el martes.", "silent", "a number in brackets after a word in lower case, with a noun: no age"},
		{"Rautenbach, il 24enne di Lugano, ha firmato.", "contradicts", "an age glued to enne, as Italian papers write it, with an article between"},
		{"Rautenbach, il 23enne di Lugano, ha firmato.", "agrees", "and agrees when it is the sheet's"},
		{"Rautenbach, the 24-year-old from Lugano, signed.", "contradicts", "the between a name and its age leaves the age certain"},
		{"Rautenbach ha 24 anni e gioca in attacco.", "contradicts", "a verb of having before years of its language: an age, as Italian gives one"},
		{"El delantero Rautenbach tiene 24 años.", "contradicts", "so in Spanish"},
		{"Rautenbach assinou com o clube há 24 anos.", "silent", "Portuguese há before anos: years ago, no age"},
		{"Rautenbach ha 3 anni di contratto.", "silent", "years of something: a span of time, no age"},
		{"The striker Rautenbach is 24 and plays up front.", "unsure", "a bare number after the term and is, ending its clause: an age, or a rank, unsure when it disagrees"},
		{"Rautenbach is 23.", "agrees", "and agrees when it is the sheet's"},
		{"Rautenbach said the squad count is 24 this year.", "silent", "after is but not the term, going on: no age"},
		{"Rautenbach, attaccante svizzero di 24 anni, ha firmato.", "unsure", "di and years after another noun: an age, but of that noun, not right beside the term"},
		{"Rautenbach, attaccante svizzero di 23 anni, ha firmato.", "agrees", "and agrees when it is the sheet's"},
		{"Rautenbach sconta una pena di 3 anni di carcere.", "silent", "di after the years: a span of something, no age"},
		{"L'attaccante svizzero, 24 anni, ha firmato con Rautenbach.", "unsure", "years between commas after a person's title in lower case: an age, another's perhaps"},
		{"Il contratto svizzero, 3 anni, lega Rautenbach al club.", "silent", "years between commas after no person: a span"},
		{"La madre del giocatore, 52 anni, ha accompagnato Rautenbach.", "silent", "a person after del owns the head noun: the age is no person's of the title"},
		{"Rautenbach, com 24 anos, assinou.", "contradicts", "with so many years right after the name: the holder's age"},
		{"Rautenbach assinou com 3 anos de contrato.", "silent", "years of something: a span of time"},
		{"Rautenbach, who turned 24 in March, signed.", "contradicts", "turned before a bare number ending its phrase: an age"},
		{"Rautenbach turned 24 shots into goals.", "silent", "turned before a number and a noun: a count, no age"},
		{"Rautenbach and the 24-year-old keeper signed.", "unsure", "and between: perhaps someone else's"},
	})
	const fossil = "facts:\n  - id: age\n    claim: The fossil is 127 million years old.\n    number: 127 million\n    unit: years old | years\n    about: [fossil | lived]\n"
	assertVerdicts(t, fossil, "2025-07-29", []verdictCase{
		{"The animal lived some 127 million years ago.", "agrees", "no person's age: with years among the units, years are read"},
	})
	const contract = "facts:\n  - id: contract\n    claim: The contract runs five years.\n    number: 5\n    unit: years\n    about: [contract | striker]\n"
	assertVerdicts(t, contract, "2025-07-29", []verdictCase{
		{"The 24-year-old striker signed a five-year contract.", "agrees", "a fact in years does not read the age"},
	})
}

// A sentence that continues the one before is about its facts, unless it
// holds one of their unless terms.
func TestContinuedSentenceAndUnless(t *testing.T) {
	const sheet = "facts:\n  - id: mass\n    claim: 41 tonnes were released.\n    number: 41\n    unit: tonnes\n    about: [released]\n    unless: [ammonia]\n"
	assertVerdicts(t, sheet, "2024-05-15", []verdictCase{
		{"Crews said the chlorine had been released. That was 9 tonnes, a record.", "contradicts", "the continued sentence gives the fact's figure"},
		{"Crews said the chlorine had been released. That is more than the 9 tonnes of ammonia in 2019.", "silent", "its own unless term rules the continued sentence out"},
		{"Crews said the chlorine had been released. That is a lot for a plant that stores 9 tonnes.", "unsure", "the figure stands in a clause on another noun of the continued sentence: it may be that noun's"},
		{"Crews said the chlorine had been released. That was 9 tonnes, which is a record.", "contradicts", "a clause on a noun after the figure changes nothing"},
	})
}

// "It", "he", "she" and "they" (and "hij", "elle", "ella" and the like)
// open a sentence that continues the one before whatever follows them. A person's pronoun may stand for another
// person named there, and "it" before a verb that is not one of being
// for another thing: what they say against the fact is unsure.
func TestContinuedThroughPronoun(t *testing.T) {
	const share = "facts:\n  - id: share\n    claim: Markovic won 47.3 percent.\n    number: 47.3\n    unit: percent\n    about: [Markovic]\n"
	assertVerdicts(t, share, "2026-03-20", []verdictCase{
		{"Elena Markovic was elected president. She won 47.3 percent of the vote.", "agrees", "she continues the sentence that names the fact's person"},
		{"Elena Markovic was elected president. She won 47.8 percent of the vote.", "unsure", "she may stand for another person: a disagreement is for review"},
		{"Elena Markovic was elected president.\n\nShe won 47.8 percent of the vote.", "silent", "not across a paragraph"},
		{"Elena Markovic was elected president. Turnout was 47.8 percent.", "silent", "a sentence with no pronoun is not continued"},
		{"Elena Markovic werd tot president gekozen. Zij kreeg 47,3 procent van de stemmen.", "agrees", "a Dutch pronoun continues it too"},
		{"Elena Markovic a été élue présidente. Elle a obtenu 47,8 % des voix.", "unsure", "a French one, a person's: a disagreement is for review"},
		{"Elena Markovic a été élue. Il a obtenu 47,8 % des voix, selon le parti.", "unsure", "French il before a verb continues it too"},
		{"Elena Markovic è stata eletta. Il partito ha ottenuto il 47,8 % dei voti.", "silent", "Italian il before a noun is an article: no continuation"},
	})
	const unvaccinated = "facts:\n  - id: unvaccinated\n    claim: Neither victim was vaccinated.\n    statement: true\n    supports: [unvaccinated]\n    about: [deaths]\n"
	assertVerdicts(t, unvaccinated, "2026-03-20", []verdictCase{
		{"The agency confirms two deaths. Both were unvaccinated.", "agrees", "both and a verb continue the sentence before"},
		{"The agency confirms two deaths. Both teams were unvaccinated.", "silent", "both as a determiner does not"},
	})
	const depth = "facts:\n  - id: depth\n    claim: The quake struck at a depth of 12 km.\n    number: 12\n    unit: km\n    about: [quake]\n"
	assertVerdicts(t, depth, "2025-10-15", []verdictCase{
		{"A strong quake hit the city on Tuesday. It measured 6.4 and struck at a depth of 12 km.", "agrees", "it continues the sentence before whatever verb follows"},
		{"A strong quake hit the city on Tuesday. It measured 6.4 and struck at a depth of 21 km.", "unsure", "after a verb that does not firmly continue it, it may stand for another thing the sentence names"},
		{"A strong quake hit the city on Tuesday. It was 21 km deep.", "contradicts", "it and a verb of being continue it firmly"},
		{"A strong quake hit the city on Tuesday. Its depth was 21 km.", "silent", "a possessive does not continue the sentence"},
	})
	const opened = "facts:\n  - id: opened\n    claim: The bridge opened in 1971.\n    date: 1971\n    about: [opened]\n"
	assertVerdicts(t, opened, "2025-10-15", []verdictCase{
		{"The bridge opened to traffic decades ago. It was last rehabilitated in 2012.", "unsure", "it, a verb of being and a participle of its own: another thing done to it"},
		{"The bridge opened to traffic decades ago. It was opened by the mayor in 1972.", "contradicts", "the participle is the fact's term: its own event"},
		{"The bridge opened to traffic decades ago. It was 1972, in fact.", "contradicts", "no participle: it goes on firmly"},
	})
}

// A sentence that reports a value since corrected or revised ("an earlier
// version of this article", "earlier estimates") says nothing sure against
// the sheet, whatever the fact's kind.
func TestSupersededValues(t *testing.T) {
	const depth = "facts:\n  - id: depth\n    claim: The quake struck at a depth of 12 km.\n    number: 12\n    unit: km\n    about: [depth]\n"
	assertVerdicts(t, depth, "2025-10-17", []verdictCase{
		{"An earlier version of this article gave the depth of the quake as 21 km.", "unsure", "a correction note reports the old figure"},
		{"The depth was 21 km.\n\nCorrection: the quake was 12 km down, not 21 as we wrote this morning.", "unsure", "a figure the source takes back elsewhere (not 21 as we wrote) is unsure where it stands"},
		{"The depth was 21 km.\n\nThe quake was 12 km down, not 21 as the agency said.", "contradicts", "another's figure denied is no figure the source takes back"},
		{"In een eerdere versie van dit artikel stond dat de depth 21 km was.", "unsure", "so in Dutch"},
		{"In einer früheren Version dieses Artikels hieß es, die depth betrage 21 km.", "unsure", "so in German"},
		{"La versión anterior de la app daba una depth de 21 km.", "contradicts", "a program's earlier version corrects nothing"},
		{"Earlier estimates put the depth at 21 km.", "unsure", "an earlier estimate"},
		{"Outlets initially reported that the depth was 21 km.", "unsure", "initially reported that: a claim since corrected"},
		{"CORRECTION: Last week's issue gave the depth as 21 km.", "unsure", "a newsletter's correction of its last issue"},
		{"After a correction to the data, the depth stands at 21 km.", "contradicts", "a correction made gives the current figure"},
		{"22:21 - Correction: an earlier post gave the depth as 21 km.", "unsure", "a live blog's earlier post, corrected"},
		{"15:05 - Correction: in our 14:04 entry we reported the depth as 21 km.", "unsure", "a live blog's own entry, named by its time, corrected"},
		{"In our 9:12 post we said the depth was 21 km.", "unsure", "so a post that we said"},
		{"Correction: in our 06:10 post we gave the depth as 21 km.", "unsure", "so a post that we gave"},
		{"At the briefing we said the depth was 21 km.", "contradicts", "what a speaker said at a briefing is no entry corrected"},
		{"The depth was revised to 21 km.", "contradicts", "revised to gives the new figure"},
		{"Seismologists first put the depth at 14 km on Monday, but revised that to 21 km on Tuesday after more readings came in.", "contradicts", "the figure a first one was revised to stands as near the terms as the first, and is no passing figure"},
		{"Seismologists first put the depth at 21 km on Monday, but revised that to 12 km on Tuesday after more readings came in.", "agrees", "the sheet's figure as the revision: the first one is the superseded one"},
		{"The depth was first put at 14 km, later revised to 21 km.", "contradicts", "later revised marks the first figure superseded, not the one it was revised to"},
		{"Seismologists revised the depth up to 21 km on Tuesday.", "contradicts", "up to after a verb of revision and its object is the figure moved to, no bound"},
		{"The depth may reach up to 21 km.", "agrees", "up to with no revision is a bound, which 12 km lies under"},
		{"The depth was 21 km.", "contradicts", "a plain statement"},
		{"Correction: A story in our Monday edition said the depth was 21 km.", "unsure", "a correction notice that repeats what an edition said"},
		{"Correction: The depth was 21 km, not 24 km.", "contradicts", "a correction notice that gives the new value: the page's own"},
		{"A report in the Monday edition said the depth was 21 km.", "unsure", "what an edition said: a value since corrected"},
		{"Correction: Our report of 14 May said that the depth was 21 km.", "unsure", "a paper's own report of a day, repeated in its correction"},
		{"Our report on the quake said the depth was 21 km; it was 12 km.", "agrees", "our report on: the old figure is unsure, the new one beside it agrees"},
		{"Our reporter in the town said the depth was 21 km.", "contradicts", "our reporter, not our report: the page's own news"},
		{"Our report on the quake shows the depth was 21 km.", "contradicts", "our report on, with no correction opening the sentence: news of now"},
		{"Our report of 14 May said the depth was 21 km.", "unsure", "our report of with a past verb of saying: what the paper said before"},
		{"Our report of the quake was accurate, the agency said; the depth was 21 km.", "contradicts", "a verb of saying after a comma is another's: no report of the paper's corrected"},
		{"Berichtigung: In unserem Bericht vom 14. Mai hieß es, die depth betrage 21 km.", "unsure", "a German correction notice of the paper's own report"},
		{"The agency previously said the depth was 21 km.", "unsure", "what was said before, which may have changed since"},
		{"The 2023 edition gave the depth as 21 km.", "contradicts", "an edition that gave, no correction: read"},
		{"19:50 Correction: we wrote at 18:05 that the depth was 21 km.", "unsure", "a live blog's own entry, named by its time after we wrote at"},
		{"22:05 - The depth was 21 km.\n\n22:21 - Correction: an earlier post gave the depth as 21 km.", "unsure", "the post the correction names: the same value elsewhere is the one corrected"},
		{"22:05 - The depth was 24 km.\n\n22:21 - Correction: an earlier post gave the depth as 21 km.", "contradicts", "another value is not the one corrected"},
		{"The depth was 24 km.\n\nCorrection: an earlier version gave the depth as 24 km; it was 21 km deep.", "contradicts", "a correction that names the new value after a semicolon marks neither as the one corrected: the value elsewhere is read as ever"},
	})
	const nominees = "facts:\n  - id: nominees\n    claim: There were 312 nominees.\n    number: 312\n    unit: nominees\n    about: [nominees]\n"
	assertVerdicts(t, nominees, "2025-10-17", []verdictCase{
		{"The jury initially put the number of nominees at 309 on Monday, before revising the figure to 312 in its statement.", "agrees", "the sheet's bare figure a first one was revised to is read, as near the terms as the first"},
		{"The jury initially put the number of nominees at 312 on Monday, before revising the figure to 315 in its statement.", "silent", "the sheet's bare figure as the first one is superseded"},
		{"The jury first said 309 nominees had entered, then revised that two days later to 312.", "agrees", "first said marks a first figure, and the revision may stand six words before to"},
		{"The jury first said 309 nominees had entered, then revised that two days later to 315.", "unsure", "first said: a first figure, which may have changed since"},
		{"Zunächst war von 309 nominees die Rede, später korrigierte die Jury die Zahl auf 312.", "agrees", "German korrigierte ... auf: a revision"},
	})
	const old = "facts:\n  - id: old\n    claim: The previous version of the map put the depth at 12 km.\n    number: 12\n    unit: km\n    about: [previous version]\n"
	assertVerdicts(t, old, "2025-10-17", []verdictCase{
		{"The previous version of the map had put the depth at 21 km.", "contradicts", "the marker's words are the fact's own: it is what the fact is of"},
		{"The depth was 21 km, the previous version of the map said.", "contradicts", "and so after the figure"},
		{"An earlier estimate in the previous version of the map put the depth at 21 km.", "unsure", "another marker, not the fact's, still marks it superseded"},
	})
	const fire = "facts:\n  - id: start\n    claim: The fire started on 11 August 2025.\n    date: 2025-08-11\n    about: [fire started | broke out]\n"
	assertVerdicts(t, fire, "2025-08-20", []verdictCase{
		{"This story incorrectly said the fire broke out on 12 August.", "unsure", "a date the source itself calls wrong"},
		{"The fire broke out on 12 August.", "contradicts", "without the marker"},
		{"Ieri abbiamo scritto per errore che il fire broke out il 12 agosto.", "unsure", "per errore: a correction in Italian"},
		{"Wir schrieben irrtümlich, das fire broke out am 12. August.", "unsure", "irrtümlich: a correction in German"},
		{"The fire broke out on 12 August, a date later revised.", "unsure", "later revised: a value since corrected"},
		{"The fire broke out on 12 August in an incorrectly wired shed.", "contradicts", "an adverb of error before no verb of saying tells of the story, corrects nothing"},
		{"The fire broke out, the paper wrongly reported, on 12 August.", "unsure", "before a verb of saying it corrects"},
	})
	const director = "facts:\n  - id: dir\n    claim: The flight director is Tomas Wierzbicki.\n    name: Tomas Wierzbicki\n    about: [flight director]\n"
	assertVerdicts(t, director, "2025-08-20", []verdictCase{
		{"Correction: in our 04:12 entry we misspelt the flight director's name as Tomas Wierzbicky.", "unsure", "a misspelling the source itself reports"},
		{"The flight director, Tomas Wierzbicky, spoke.", "contradicts", "a plain misspelling"},
	})

}

// The first sentence after a question that opens its paragraph answers
// it, in that paragraph or the next, as FAQs write them: it is about the
// question's facts. In the question's own paragraph, what it says against
// them is unsure: the question may be rhetorical.
func TestAnswerAfterQuestion(t *testing.T) {
	const sheet = "facts:\n  - id: close\n    claim: The deal closed on 1 July 2026.\n    date: 2026-07-01\n    about: [close | closing]\n"
	assertVerdicts(t, sheet, "2026-07-10", []verdictCase{
		{"When will the transaction close?\n\nCompletion is expected on 1 July 2026.", "agrees", "the answer in the next paragraph"},
		{"When will the transaction close? Completion is expected on 3 July 2026.", "unsure", "the answer in the same paragraph; another date is unsure, as the question may ask about something else"},
		{"Shareholders ask a lot. When will the transaction close? Completion is expected on 3 July 2026.", "silent", "a question inside a paragraph is no FAQ's: rhetorical, or a quote"},
		{"When will the transaction close? Rescuers said 40 people were missing on 3 July 2026.", "unsure", "in the question's paragraph, an answer reached only through the question may answer another: never certain"},
		{"### When will the transaction close?\n\nCompletion is expected on 3 July 2026.", "contradicts", "after a question set apart as an FAQ's heading, the answer is read as any sentence is"},
		{"**When will the transaction close?**\n\nCompletion is expected on 3 July 2026.", "contradicts", "so in bold"},
		{"#deals When will the transaction close?\n\nCompletion is expected on 3 July 2026.", "unsure", "a hashtag is no heading"},
		{"When will the transaction close?\n\nCompletion is expected on 3 July 2026.", "unsure", "a question alone in its paragraph may be a feature's rhetorical opening"},
		{"When will the transaction close?\n\nNobody knows yet. Staff met on 3 July 2026.", "silent", "only the first sentence after the question answers it"},
		{"The transaction will close soon.\n\nStaff met on 3 July 2026.", "silent", "no question, no answer"},
		{"### When will the transaction close?\n\n1 July 2026.", "agrees", "an answer that is only the date"},
		{"### When will the transaction close?\n\nWednesday, 3 July 2026.", "contradicts", "and one that disagrees"},
	})
}

// A sentence that opens with a person named by age ("The 47-year-old
// thanked her rival") goes on from the one before: it agrees there, and
// is unsure when it disagrees, as it may name another person.
func TestAgeSubjectGoesOn(t *testing.T) {
	const sheet = "facts:\n  - id: age\n    claim: Solberg is 47.\n    number: 47\n    unit: years old\n    about: [Solberg]\n"
	assertVerdicts(t, sheet, "2026-05-11", []verdictCase{
		{"Andrea Solberg won the election. The 47-year-old thanked her rival.", "agrees", "the age opening the next sentence is hers"},
		{"Andrea Solberg won the election. The 48-year-old thanked her rival.", "unsure", "another age there may be someone else's"},
		{"Andrea Solberg won the election. The rival, a 48-year-old, conceded.", "silent", "an age that opens no sentence carries nothing"},
	})
}

// A span of time before "behind", "off" and the like is a margin, unless
// an idiom of a place or a state follows ("behind bars", "off work"):
// then it is how long.
func TestMarginIdioms(t *testing.T) {
	const sought = "facts:\n  - id: sought\n    claim: Prosecutors sought 12 years in prison.\n    number: 12\n    unit: years\n    about: [prosecutors]\n"
	assertVerdicts(t, sought, "2026-03-11", []verdictCase{
		{"Prosecutors had demanded 15 years behind bars for the driver.", "contradicts", "behind bars is prison: the span is the sentence sought"},
		{"Prosecutors had demanded 12 years behind bars for the driver.", "agrees", "and the sheet's span agrees"},
		{"Prosecutors said he spent 15 years behind the times.", "unsure", "behind with no idiom after it: a margin, unsure"},
	})
	const leave = "facts:\n  - id: leave\n    claim: The driver was off work for six weeks.\n    number: 6\n    unit: weeks\n    about: [driver]\n"
	assertVerdicts(t, leave, "2026-03-11", []verdictCase{
		{"The driver spent eight weeks off work after the crash.", "contradicts", "off work is a state: how long it lasted"},
	})
}

// A count and its unit word may have a verb of being between them ("more
// than 250 were injured"), one or two words of [unit-links]; a negation
// or an adverb between them makes it another count.
func TestUnitAfterALink(t *testing.T) {
	const injured = "facts:\n  - id: injured\n    claim: 312 people were injured.\n    number: 312\n    unit: injured | people\n    about: [injured | hurt]\n"
	assertVerdicts(t, injured, "2026-04-16", []verdictCase{
		{"Officials said 280 were injured.", "contradicts", "were between the count and the unit word"},
		{"Officials said 280 had been injured.", "contradicts", "two link words, though had and been stop a unit's noun phrase"},
		{"Officials said 280 were not injured.", "silent", "a negation between: not the count of the injured"},
		{"Officials said 280 were seriously injured.", "silent", "an adverb between: the seriously injured, another count"},
		{"Officials said 280 were, as far as they knew, injured.", "silent", "a comma between: no unit"},
		{"Two men aged 19 and 22 were injured in the blast, police said.", "silent", "the last figure of a list: the verb is the list's, and 22 an age"},
	})
	const heridos = "facts:\n  - id: injured\n    claim: 312 people were injured.\n    number: 312\n    unit: injured | heridos\n    about: [injured | heridos]\n"
	assertVerdicts(t, heridos, "2026-04-16", []verdictCase{
		{"Según el parte, 280 resultaron heridos en el sismo.", "contradicts", "a link of another language, read as a word between"},
	})
}

// "a" counts one of a unit of time ("a year of free monitoring", "a full
// month", "a fortnight", and "about an hour" after an approximation), but
// not in a frame ("in a year", "after a year", "a year ago") nor in a rate
// ("£5 a month", "twice a year").
func TestAUnitOfTime(t *testing.T) {
	const monitoring = "facts:\n  - id: monitoring\n    claim: Customers get 12 months of free credit monitoring.\n    number: 12\n    unit: months\n    about: [credit monitoring]\n"
	assertVerdicts(t, monitoring, "2025-09-16", []verdictCase{
		{"Customers will be offered a year of free credit monitoring.", "agrees", "a year is twelve months"},
		{"Customers will be offered a free year of credit monitoring.", "agrees", "an adjective of a-counts-adjectives between"},
		{"Customers will be offered a month of free credit monitoring.", "contradicts", "a month is one"},
		{"The credit monitoring costs £5 a month.", "silent", "after a figure: a rate"},
		{"Credit monitoring reports arrive twice a year.", "silent", "after twice: a rate"},
		{"A year ago the firm offered no credit monitoring.", "silent", "before ago: when, not how long"},
		{"Customers lose credit monitoring after a year of inactivity.", "silent", "after after: a frame"},
	})
	const delay = "facts:\n  - id: delay\n    claim: The launch was delayed by 21 days.\n    number: 21\n    unit: days\n    about: [delayed]\n"
	assertVerdicts(t, delay, "2025-09-16", []verdictCase{
		{"The launch was delayed by a fortnight.", "contradicts", "a fortnight is fourteen days"},
		{"The launch was delayed by three weeks.", "agrees", "weeks convert as before"},
	})
	const outage = "facts:\n  - id: outage\n    claim: The outage lasted 55 minutes.\n    number: 55\n    unit: minutes\n    about: [outage]\n"
	assertVerdicts(t, outage, "2025-09-16", []verdictCase{
		{"The outage lasted about an hour.", "agrees", "an after an approximation counts one hour: 54 to 66 minutes"},
		{"The outage lasted more than an hour.", "contradicts", "more than sixty minutes; the approximation's than is no frame"},
		{"The outage lasted an hour.", "silent", "an hour alone may be loose: not read"},
		{"The outage ended about an hour later.", "silent", "later after it: when, not how long"},
		{"Workers fixing the outage earned about $40 an hour.", "silent", "after a figure: a rate"},
		{"The outage was the longest in more than a decade.", "silent", "a frame word before the approximation still frames it"},
		{"The outage hit a depot about an hour's drive away.", "silent", "an hour's drive is a distance, no span"},
	})
}

// A bare figure that a term of the fact right before it names, through a
// word or two of [figure-links], is read in the fact's unit: "the death
// toll rose to 24". Not with a word after it that it may measure, an
// adverb before the term, a mark between, a year, a first figure, a
// change, or a figure in the unit elsewhere in the sentence.
func TestFiguresATermNames(t *testing.T) {
	const dead = "facts:\n  - id: dead\n    claim: 27 people died.\n    number: 27\n    unit: dead | people\n    about: [killed | dead | death toll | toll | died]\n"
	assertVerdicts(t, dead, "2026-04-20", []verdictCase{
		{"The death toll rose to 24 on Wednesday.", "contradicts", "rose to: the toll is 24"},
		{"The death toll stands at 27.", "agrees", "stands at the sheet's figure"},
		{"The bomb killed at least 24, officials said.", "agrees", "killed at least 24: a floor the sheet's 27 meets"},
		{"La cifra de muertos asciende a 24.", "silent", "a term of another language the sheet does not give locates nothing"},
		{"The death toll of 2019 was lower.", "silent", "a year is no toll"},
		{"The death toll rose by 4 overnight.", "silent", "by: a change, not the toll"},
		{"The death toll rose to 24 people.", "contradicts", "the unit after it, as ever"},
		{"The death toll, officials said, was 24.", "silent", "commas between: the term does not name it"},
		{"The death toll at 24 hospitals was counted.", "silent", "a noun after it: what the figure counts"},
		{"Initial reports put the death toll at 24.", "silent", "a first figure"},
		{"The death toll rose to 24 and 27 people died in all.", "agrees", "a figure in the unit is the fact's: the named one yields"},
		{"Among the dead was a retired teacher who died at 84 in her home.", "silent", "at right after a verb in -ed: an age, no toll"},
		{"The victims were killed at 2 in the morning, police said.", "silent", "and an hour"},
		{"Officials put the death toll at 24 on Monday.", "contradicts", "at right after the noun: the toll"},
	})
	const injured = "facts:\n  - id: injured\n    claim: 31 people were injured.\n    number: 31\n    unit: injured | people\n    about: [injured | hurt]\n"
	assertVerdicts(t, injured, "2026-04-20", []verdictCase{
		{"The crash killed two and injured 40.", "contradicts", "injured 40: the verb names the figure"},
		{"The crash killed two and seriously injured seven.", "silent", "an adverb before the term: a part, the seriously injured"},
	})
}

// A French number of hyphenated words is read as a whole ("dix-neuf" 19,
// "soixante-dix" 70, "quatre-vingt-douze" 92), never by its last part
// alone: "neuf jours" of "dix-neuf jours" is no 9.
func TestFrenchCompoundNumbers(t *testing.T) {
	const closed = "facts:\n  - id: closed\n    claim: The line was closed for 19 days.\n    number: 19\n    unit: days | jours\n    about: [fermée]\n"
	assertVerdicts(t, closed, "2025-11-20", []verdictCase{
		{"La ligne a été fermée pendant dix-neuf jours.", "agrees", "dix-neuf is 19, not neuf"},
		{"La ligne a été fermée pendant dix-sept jours.", "contradicts", "dix-sept is 17"},
		{"La ligne a été fermée pendant soixante-dix jours.", "contradicts", "soixante-dix is 70, not 10"},
		{"La ligne a été fermée pendant quatre-vingt-dix-neuf jours.", "contradicts", "quatre before vingt multiplies: 99"},
		{"La ligne a été fermée pendant neuf jours.", "contradicts", "neuf alone before a unit is 9 as ever"},
		{"La ligne a été fermée pendant deux-trois jours.", "silent", "two units joined are no compound: not read"},
		{"La ligne de Trois-Rivières a été fermée pendant dix-neuf jours.", "agrees", "a place named with a number word is no number"},
	})
	const long = "facts:\n  - id: closed\n    claim: The line was closed for 230 days.\n    number: 230\n    unit: days | jours\n    about: [fermée]\n"
	assertVerdicts(t, long, "2025-11-20", []verdictCase{
		{"La ligne a été fermée pendant deux-cent-trente jours.", "agrees", "the reformed spelling of 230: a unit before cent multiplies, not trente alone"},
	})
}

// Mexican and Central American papers write thousands with "mil" and the
// rest in figures: "3 mil 100 pasajeros" is 3,100, not 100.
func TestThousandsWithMil(t *testing.T) {
	const capacity = "facts:\n  - id: capacity\n    claim: The ship carries 3,100 passengers.\n    number: 3100\n    unit: passengers | pasajeros\n    about: [capacidad]\n"
	assertVerdicts(t, capacity, "2025-03-20", []verdictCase{
		{"Con capacidad para 3 mil 100 pasajeros, zarpó.", "agrees", "3 mil 100 is 3,100"},
		{"Con capacidad para 2 mil 914 pasajeros, zarpó.", "contradicts", "2 mil 914 is 2,914, not 914"},
		{"Con capacidad para 3 mil pasajeros, zarpó.", "contradicts", "3 mil alone is 3,000, as ever"},
	})
	const cost = "facts:\n  - id: cost\n    claim: The works cost 2,500 million pesos.\n    number: 2500000000\n    unit: pesos\n    about: [costó]\n"
	assertVerdicts(t, cost, "2025-03-20", []verdictCase{
		{"La obra costó 2 mil 500 millones de pesos.", "agrees", "2 mil 500 millones: 2,500 millions"},
		{"La obra costó 2 mil 800 millones de pesos.", "contradicts", "and 2,800 millions contradicts"},
	})
}

// German "gut" before a figure is "a good", a little over it, as Dutch
// "ruim": not "about".
func TestGermanGutIsOver(t *testing.T) {
	const change = "facts:\n  - id: change\n    claim: Net profit rose 13.6 percent.\n    number: 13.6\n    unit: percent\n    about: [Nettogewinn]\n"
	assertVerdicts(t, change, "2025-10-23", []verdictCase{
		{"Der Nettogewinn stieg um gut 14 Prozent.", "contradicts", "a good 14 is over 14: 13.6 is not"},
		{"Der Nettogewinn stieg um gut 13 Prozent.", "agrees", "over 13 holds 13.6"},
		{"Der Nettogewinn stieg um rund 14 Prozent.", "agrees", "rund is about: 14 within a tenth"},
	})
}

// Italian "per" before an article is "for", no rate: "600 ricoveri per il
// caldo" counts admissions. Before a noun with no article it is a rate as
// ever.
func TestItalianPerIsFor(t *testing.T) {
	const adm = "facts:\n  - id: adm\n    claim: 1,140 people were admitted to hospital.\n    number: 1140\n    unit: ricoveri\n    about: [ospedali]\n"
	assertVerdicts(t, adm, "2025-07-17", []verdictCase{
		{"Negli ospedali si contano 1.140 ricoveri per il caldo.", "agrees", "per il: for the heat"},
		{"Negli ospedali si contano 600 ricoveri per il caldo.", "contradicts", "and another count contradicts"},
		{"Negli ospedali si contano 600 ricoveri per giorno.", "silent", "per before a bare noun: a rate, no count"},
	})
}

// A round count of another language ("une vingtaine", "una decina") is
// some twenty or some ten, a fifth either side: wider than "about".
func TestRoundCountsAreRough(t *testing.T) {
	const team = "facts:\n  - id: team\n    claim: 23 researchers worked on it.\n    number: 23\n    unit: chercheurs | researchers\n    about: [participé]\n"
	assertVerdicts(t, team, "2025-06-17", []verdictCase{
		{"Une vingtaine de chercheurs ont participé aux travaux.", "agrees", "some twenty holds 23"},
		{"Une trentaine de chercheurs ont participé aux travaux.", "contradicts", "some thirty, 24 to 36, does not hold 23"},
		{"Une dizaine de chercheurs ont participé aux travaux.", "contradicts", "some ten does not"},
	})
}

// For a fact whose claim gives the day of its figure, a figure in a
// sentence that an opening date before that day sets the scene of ("On
// Monday, officials counted seven dead") is that day's, unsure; the
// claim's own day, or a date in another clause, dates nothing earlier.
func TestOpeningDateDatesTheFigure(t *testing.T) {
	const dead = "facts:\n  - id: dead\n    claim: Nine people died, the final toll given on Tuesday 10 February 2026.\n    number: 9\n    unit: dead | muertos | people\n    about: [dead | muertos]\n"
	assertVerdicts(t, dead, "2026-02-11", []verdictCase{
		{"On Monday, authorities counted seven dead and twelve missing.", "unsure", "an opening weekday before the claim's day dates the count"},
		{"El lunes, las autoridades contabilizaban siete muertos.", "unsure", "so in Spanish"},
		{"On Tuesday, authorities counted seven dead.", "contradicts", "the claim's own day: a wrong figure"},
		{"Officials said seven were dead, and on Monday they counted more.", "contradicts", "a date in another clause, not opening the sentence: no date of the figure"},
	})
}

// A preposition of another language between a figure and a unit word
// parts them: "90 dans les hôpitaux" counts no hospitals, where "12
// grands hôpitaux" does.
func TestPrepositionsPartAUnit(t *testing.T) {
	const hosp = "facts:\n  - id: hosp\n    claim: Eleven hospitals were affected.\n    number: 11\n    unit: hôpitaux | hospitals\n    about: [touche]\n"
	assertVerdicts(t, hosp, "2026-03-12", []verdictCase{
		{"La grève touche environ 90 dans les hôpitaux du nord.", "silent", "dans between: 90 of something else in the hospitals"},
		{"La grève touche 12 grands hôpitaux.", "contradicts", "an adjective between: a count of hospitals"},
	})
}

// A part of an organisation ("its US arm") may be what a figure counts,
// so a disagreeing one is unsure; a limb ("cuts to her arm") is none.
func TestOrganisationParts(t *testing.T) {
	const staff = "facts:\n  - id: staff\n    claim: Corvane employs 5,000 people.\n    number: 5000\n    unit: people\n    about: [employs]\n"
	assertVerdicts(t, staff, "2025-08-20", []verdictCase{
		{"Corvane's US arm employs 4,000 people.", "unsure", "the arm's staff may be a part of the whole"},
		{"Corvane employs 4,000 people, one of whom broke her arm.", "contradicts", "her arm is a limb: no part of the firm"},
		{"Ines Lodd said her division employs 4,000 people.", "unsure", "her division is still a part of the firm"},
		{"Corvane, whose right arm in Asia employs 4,000 people, grew fast.", "unsure", "a right arm is a firm's too"},
	})
}

// A figure right after a vague quantity and "of" names what is counted
// ("hundreds of 112 calls": emergency calls); the vague word counts.
func TestFigureAfterAVagueQuantity(t *testing.T) {
	const calls = "facts:\n  - id: calls\n    claim: 1,200 emergency calls failed.\n    number: 1200\n    unit: calls\n    about: [failed]\n"
	assertVerdicts(t, calls, "2025-01-15", []verdictCase{
		{"Hundreds of 112 calls have failed since the outage began.", "silent", "112 names the calls: no count of them"},
		{"Some 112 calls have failed since the outage began.", "contradicts", "a figure with no vague quantity before it counts"},
	})
}

// A figure that an open-ended value allows but does not write ("at least
// 1,200 tonnes" leaked) is the neighbour's when the neighbour's terms are
// there and it holds that very figure: "carrying 84,000 tonnes" is the
// cargo, not a leak that agrees.
func TestOpenValueYieldsTheNeighboursFigure(t *testing.T) {
	const sheet = `facts:
  - id: leaked
    claim: At least 1,200 tonnes of oil leaked.
    number: at least 1200
    unit: tonnes
    about: [leaked | leaking]
  - id: cargo
    claim: The tanker carried 84,000 tonnes of crude.
    number: 84000
    unit: tonnes
    about: [carrying | cargo]
`
	assertTwoVerdicts(t, sheet, "2025-03-20", []twoVerdictCase{
		{"The tanker, carrying 84,000 tonnes of crude, began leaking oil.", "silent", "agrees", "the cargo's figure beside its term: the cargo's"},
		{"The tanker, carrying 84,000 tonnes of crude, had leaked 1,500 tonnes by Friday.", "agrees", "agrees", "each fact its own figure"},
		{"The tanker had leaked 84,000 tonnes by Friday.", "agrees", "silent", "no term of the cargo: the open value allows the figure"},
		{"The tanker leaked 84,000 tonnes, more than the cargo it was carrying.", "agrees", "agrees", "the leak's own term nearer the figure: the leak's"},
	})
}

// A figure in a relative clause on a noun that is no term of the fact may
// be that noun's: "the reserve fund, which held $2.3 million" is no cost
// of the recount.
func TestRelativeClauseOfAnotherNoun(t *testing.T) {
	const sheet = "facts:\n  - id: cost\n    claim: The recount cost $48,500.\n    number: 48500\n    unit: dollars\n    about: [recount]\n"
	assertVerdicts(t, sheet, "2025-11-20", []verdictCase{
		{"The recount will be paid from the reserve fund, which held $2.3 million in July.", "unsure", "the clause tells of the fund"},
		{"The recount, which cost $60,000, ended on Friday.", "contradicts", "the clause tells of the recount, a term of the fact"},
		{"The county paid the firm, which billed $60,000 for the recount.", "contradicts", "a term in the clause: the figure may be the fact's"},
		{"Officials finished the recount on Friday, which cost $60,000.", "contradicts", "a date before the comma: which is the whole clause, the recount's"},
	})
}
