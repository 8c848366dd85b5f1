package checks

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A figure given as at one moment of a story that goes on may have changed
// since: disagreeing, it is unsure.
func TestInterimFigures(t *testing.T) {
	const precincts = "facts:\n  - id: precincts\n    claim: The county has 88 precincts.\n    number: 88\n    unit: precincts\n    about: [county]\n"
	assertVerdicts(t, precincts, "2026-03-02", []verdictCase{
		{"The county has 90 precincts, and with 71 of the 90 precincts in, Smith leads.", "contradicts", "the whole the count comes in by is no count part way"},
		{"The county has 90 precincts, and with 71 of the 90 precincts in, Smith leads.", "contradicts", "nor its figure again in the fraction"},
	})
	const sheet = "facts:\n  - id: burned\n    claim: The fire burned 14,500 acres.\n    number: 14500\n    unit: acres\n    about: [burned | scorched]\n"
	assertVerdicts(t, sheet, "2025-08-30", []verdictCase{
		{"As of Friday night, the fire had burned 9,500 acres.", "unsure", "a count as of a moment"},
		{"The fire had burned about 9,500 acres by Wednesday night.", "unsure", "by a weekday is a moment too"},
		{"So far the fire has scorched 9,500 acres.", "unsure", "so far"},
		{"The fire had burned 9,500 acres by last night.", "unsure", "by last night"},
		{"Initial reports said the fire burned 9,500 acres.", "unsure", "a first figure may have been revised"},
		{"Some early reports on Tuesday said 9,500 acres burned; the final figure is lower.", "unsure", "early reports are first figures too"},
		{"The preliminary count: the fire burned 9,500 acres.", "unsure", "so may a preliminary one"},
		{"The initial blaze burned 9,500 acres.", "contradicts", "initial before another noun is no first figure"},
		{"The fire burned 9,500 acres, the worst blaze to date.", "contradicts", "a marker after a comma speaks of another clause"},
		{"So far, the fire has burned 9,500 acres.", "unsure", "a marker opening the sentence scopes it all"},
		{"The fire burned 9,500 acres.", "contradicts", "a plain count"},
		{"The fire burned 9,500 acres, but the figure was expected to rise.", "unsure", "a count expected to rise anywhere in the sentence: a count that goes on"},
		{"The fire burned 9,500 acres, and insurance claims were expected to rise.", "contradicts", "something else expected to rise: no marker of the count"},
		{"The fire has burned 9,500 acres and counting.", "unsure", "and counting right after the figure and its unit: a figure at one moment"},
		{"The fire burned 9,500 acres and rising winds spread it.", "contradicts", "and rising before a noun of its own is no marker of the figure"},
		{"The fire burned 9,500 acres as temperatures rose.", "contradicts", "rose is no marker of a count that goes on"},
		{"At the time, the fire had burned 9,500 acres.", "unsure", "at the time: the figure then"},
		{"The fire had burned 9,500 acres at the time of the evacuation.", "contradicts", "at the time of an event names that event's moment"},
		{"The fire burned 9,500 acres. The figure is provisional.", "unsure", "the next sentence says the figure is provisional"},
		{"The fire burned 9,500 acres. That number is expected to rise.", "unsure", "or that it is expected to rise"},
		{"The fire burned 9,500 acres.\n\nThe figure is provisional.", "contradicts", "a sentence of another paragraph says nothing of it"},
		{"The fire burned 9,500 acres. The evacuation order is provisional.", "contradicts", "a sentence about another thing is provisional"},
		{"The fire burned 9,500 acres. Officials said the final figure, now confirmed, is not provisional at all and will stand.", "contradicts", "only a short sentence that opens with the figure"},
		{"The fire burned 9,500 acres by design.", "contradicts", "by before another word is no moment"},
		{"Crews reached the ridge on Wednesday, when the fire had burned 9,500 acres.", "unsure", "a when clause after a day and a comma: the figure then"},
		{"In August, when the fire had burned 9,500 acres, crews arrived.", "unsure", "and after a month"},
		{"Crews reached the ridge, when the fire had burned 9,500 acres.", "contradicts", "when after no date gives no moment"},
		{"On Wednesday the fire burned 9,500 acres.", "contradicts", "a day alone, with no clause of when, dates the figure and no more"},
		{"As of Friday night, the fire had burned 14,500 acres.", "agrees", "an agreeing count at a moment still agrees"},
		{"In its first four days the fire burned 9,500 acres.", "unsure", "the first days of a longer span"},
		{"Counts for the first 10 days show the fire burned 9,500 acres.", "unsure", "the first days, in figures"},
		{"The first crews saw the fire had burned 9,500 acres.", "contradicts", "first before another noun is no part of a span"},
		{"Le premier bilan faisait état de 9 500 acres burned.", "unsure", "premier bilan, a first toll in French"},
		{"Le bilan faisait état de 9 500 acres burned.", "contradicts", "a toll that is no first one"},
		{"Dei 9.500 acres burned annunciati nelle prime ore, poi saliti a 14.500, molti erano boschi.", "unsure", "annunciati nelle prime ore: a figure announced in the first hours, in Italian"},
		{"In un primo momento the fire burned 9.500 acres.", "unsure", "at first, in Italian"},
		{"Nelle prime ore di martedì the fire burned 9.500 acres.", "contradicts", "the early hours of a day: when, no first figure"},
	})
	const share = "facts:\n  - id: share\n    claim: The party won 36.4 percent of the vote.\n    number: 36.4\n    unit: percent\n    about: [party]\n"
	assertVerdicts(t, share, "2026-03-02", []verdictCase{
		{"With about 90 percent of polling stations counted, the party is on 35.1 percent.", "unsure", "a partial count"},
		{"The party won 35.1 percent of the vote.", "contradicts", "a final figure"},
		{"With 100 percent of precincts reporting, the party is on 35.1 percent.", "contradicts", "all of the count is in"},
		{"With nearly all precincts reporting, the party is on 35.1 percent.", "unsure", "nearly all is not all"},
		{"With 71 of 88 precincts in, the party is on 35.1 percent.", "unsure", "a part of the precincts in: a count part way"},
		{"With 88 of 88 precincts in, the party is on 35.1 percent.", "contradicts", "all of them in"},
		{"With 71 of the 88 precincts in, the party is on 35.1 percent.", "unsure", "an article before the whole changes nothing"},
		{"The county has 90 precincts, and with 71 of the 90 precincts in, the party is on 35.1 percent.", "unsure", "the share is still part way, whatever the county's precincts"},
		{"The party is on 35.1 percent, ahead in the north and, so far, behind in the cities.", "contradicts", "a marker in a phrase and, after a comma, coordinates is that phrase's"},
		{"The party is on 35.1 percent, ahead in the north, so far.", "unsure", "a marker with commas but no coordinator between is still the figure's"},
		{"The party is on 35.1 percent, according to officials and observers, so far.", "unsure", "a marker closing the sentence is the figure's, whatever and stands before it"},
		{"With 88 of the 88 precincts in, the party is on 35.1 percent.", "contradicts", "all of them in, with the article"},
		{"With 9 of the 11 members in, the party is on 35.1 percent.", "contradicts", "members, with the article, are no count of votes coming in"},
		{"With 12 of 20 members in favour, the party is on 35.1 percent.", "contradicts", "in opens a phrase of its own: no count coming in"},
		{"With 9 of 11 members in, the party is on 35.1 percent.", "contradicts", "members are no count of votes coming in"},
		{"With all 88 wards declared, the party is on 35.1 percent.", "contradicts", "all the wards declared: the final count"},
		{"With half the votes counted, the party is on 35.1 percent.", "unsure", "votes counted after a part"},
		{"Forty precincts now reporting: the party is on 35.1 percent.", "unsure", "now between the precincts and reporting"},
		{"First returns put the party on 31.4 percent.", "unsure", "first returns are a partial count"},
	})
	const dead = "facts:\n  - id: dead\n    claim: Five people died.\n    number: 5\n    unit: people\n    about: [died | dead]\n"
	assertVerdicts(t, dead, "2025-10-20", []verdictCase{
		{"Four people died at the scene.", "unsure", "a part counted at one place: more may have died later"},
		{"Four people died in the collapse.", "contradicts", "a plain count"},
		{"An unofficial count said four people died.", "unsure", "an unofficial figure may be revised"},
		{"Dead, unofficial: 4 people.", "unsure", "a marker in a label before a colon"},
	})
	const muertos = "facts:\n  - id: dead\n    claim: 38 people died.\n    number: 38\n    unit: muertos | morti | Tote\n    about: [muertos | morti | Tote]\n"
	assertVerdicts(t, muertos, "2026-04-15", []verdictCase{
		{"El balance provisional es de 31 muertos.", "unsure", "a provisional count in Spanish"},
		{"Finora si contano 31 morti.", "unsure", "so far in Italian"},
		{"Bislang gibt es 31 Tote.", "unsure", "and in German"},
		{"El balance final es de 31 muertos.", "contradicts", "a final count"},
		{"| Muertos (balance provisional) | 31 |", "unsure", "a marker in a table row's label cell governs its figure"},
		{"| Muertos | 31 |", "contradicts", "a row with none"},
	})
}

// A number the sheet holds for another fact in the same unit is not a
// certain contradiction of this one, whether or not the sentence names
// that other fact.
func TestValueOfASiblingFact(t *testing.T) {
	const sheet = `facts:
  - id: price
    claim: The deal is worth $4.2 billion.
    number: 4200000000
    unit: dollars
    about: [deal]
  - id: fee
    claim: A break fee of $126 million is due if regulators block it.
    number: 126000000
    unit: dollars
    about: [break fee]
`
	assertVerdicts(t, sheet, "2026-03-16", []verdictCase{
		{"The deal carries $126 million payable on a block.", "unsure", "the fee's value, though the fee's terms are absent"},
		{"The deal carries $130 million payable on a block.", "contradicts", "a value no fact holds"},
		{"The deal is worth $4.2 billion.", "agrees", "the fact's own value"},
		{"The deal is worth $4.2 million.", "contradicts", "a thousand times off is a misstated scale, still certain"},
		{"Before the deal shares closed at $30.31.", "unsure", "over a thousand times off counts something else"},
	})
	const limits = "facts:\n  - id: scale\n    claim: The Scale plan allows 1,500 connections.\n    number: 1500\n    unit: connections\n    about: [Scale]\n  - id: starter\n    claim: The Starter plan allows 200 connections.\n    number: 200\n    unit: connections\n    about: [Starter]\n"
	assertVerdicts(t, limits, "2025-10-15", []verdictCase{
		{"The Scale plan allows up to 1,000 connections.", "contradicts", "an upper bound states its limit: the other fact's 200, far below it, does not make it unsure"},
		{"The Scale plan allows up to 210 connections.", "unsure", "a bound near the other fact's value may be about it"},
	})
	const ferry = "facts:\n  - id: fire\n    claim: The fire broke out on 14 October 2025.\n    date: 2025-10-14\n    about: [fire | brand]\n  - id: departed\n    claim: The ferry left port on 13 October 2025.\n    date: 2025-10-13\n    about: [departed | left port]\n"
	assertVerdicts(t, ferry, "2025-10-20", []verdictCase{
		{"The fire broke out on 13 October on the lower car deck, some hours after the ferry, with 312 passengers and 60 crew on board, had departed.", "contradicts", "the other fact's day right by this fact's term, its terms in another clause beyond its window: this fact's, wrong"},
		{"De brand brak 13 oktober uit op het onderste autodek, enkele uren nadat de veerboot, met 312 passagiers en 60 bemanningsleden aan boord, was departed.", "contradicts", "so with an article of another language before the term"},
		{"The ferry departed on 13 October and the fire broke out hours later.", "silent", "right by the other fact's term, in one clause: the other fact's"},
		{"Passengers said a fire drill on 13 October, hours before the ferry, carrying 312 passengers and 60 crew from the port, departed, had gone smoothly.", "silent", "the term does not open the value's clause: it may name another thing (a drill), the other fact's value stays its"},
		{"The fire broke out on 13 October, hours after the ferry departed.", "silent", "the other fact's term within its window: the value it holds is its (charitable)"},
	})
}

// A word right before the fact's thing that makes it another of its kind
// or the thing at another stage puts a disagreeing value in doubt.
func TestAnotherOfItsKind(t *testing.T) {
	const km = "facts:\n  - id: km\n    claim: The crash happened at kilometre 142.\n    number: 142\n    unit: km\n    about: [crash]\n"
	assertVerdicts(t, km, "2026-05-20", []verdictCase{
		{"Earlier crashes on this road:\n\n- On stage 9, a crash at 98 km took down ten riders.\n- On stage 4, a crash at 40 km ended the race for two.", "unsure", "a lead-in of earlier crashes makes its items other crashes"},
		{"Crashes on this road:\n\n- On stage 11, a crash at 98 km took down ten riders.", "contradicts", "a lead-in with no such word"},
		{"Earlier crashes were milder.\n\n- On stage 11, a crash at 98 km took down ten riders.", "contradicts", "a sentence with a stop is no lead-in"},
		{"Changes since the previous race:\n\n- On stage 11, a crash at 98 km took down ten riders.", "contradicts", "after since the word names what the list is compared with"},
		{"This road's previous crashes:\n\n- On stage 9, a crash at 98 km took down ten riders.", "unsure", "the word later in the lead-in still makes its items other crashes"},
	})
	const secondCrash = "facts:\n  - id: km\n    claim: The second crash happened at kilometre 142.\n    number: 142\n    unit: km\n    about: [crash]\n"
	assertVerdicts(t, secondCrash, "2026-05-20", []verdictCase{
		{"The second crash, in brief:\n\n- A crash at 98 km took down ten riders.", "contradicts", "a word of the fact's own claim in the lead-in"},
	})

	const orbit = "facts:\n  - id: orbit\n    claim: The capsule's working orbit is 412 km.\n    number: 412\n    unit: km\n    about: [orbit, capsule | entered | reached]\n"
	assertVerdicts(t, orbit, "2025-11-19", []verdictCase{
		{"The capsule entered a preliminary orbit of about 200 km.", "unsure", "a preliminary orbit is the thing at another stage"},
		{"The capsule entered an orbit of about 200 km.", "contradicts", "a plain orbit is the fact's"},
		{"The capsule reached a working orbit of 412 km after a preliminary orbit.", "agrees", "an agreeing value still agrees"},
	})
	const final = "facts:\n  - id: final\n    claim: The men's singles final was played on 7 September 2025.\n    date: 2025-09-07\n    about: [final]\n"
	assertVerdicts(t, final, "2025-09-08", []verdictCase{
		{"The women's singles final was played on 6 September.", "unsure", "the other side of the pair the claim names: another final"},
		{"The singles final was played on 6 September.", "contradicts", "no side named: the fact's final"},
		{"The men's singles final was played on 6 September.", "contradicts", "the claim's own side"},
		{"Women's tennis aside, the final was played on 6 September.", "contradicts", "the other side in another clause, before a comma"},
		{"The men's and women's finals were both played on 6 September.", "contradicts", "both sides named: the fact's final among them"},
	})
	const record = "facts:\n  - id: record\n    claim: The record jump was 8.95 metres.\n    number: 8.95\n    unit: metres\n    about: [record]\n"
	assertVerdicts(t, record, "2025-09-08", []verdictCase{
		{"The junior record is 8.35 metres.", "contradicts", "a side the claim does not pair: read"},
	})
	const fire = "facts:\n  - id: reported\n    claim: The fire was reported at 14:47 PDT.\n    time: 14:47 PDT\n    about: [fire, reported]\n"
	assertVerdicts(t, fire, "2025-08-27", []verdictCase{
		{"A second fire was reported at 17:20 PDT.", "unsure", "a second fire is another of its kind"},
		{"A separate fire was reported at 17:20 PDT.", "unsure", "so is a separate fire"},
		{"The fire was reported at 17:20 PDT.", "contradicts", "the fire itself"},
	})
	const arrests = "facts:\n  - id: arrests\n    claim: Two women were arrested on 3 May 2026.\n    date: 2026-05-03\n    about: [arrested | detained | festgenommen]\n"
	assertVerdicts(t, arrests, "2026-05-09", []verdictCase{
		{"A third woman was arrested on Thursday.", "unsure", "a third one arrested: the arrest done again, to another"},
		{"A third woman, aged 41, was detained on Thursday.", "unsure", "an aside between the subject and its verb"},
		{"Another woman has been arrested on Thursday.", "unsure", "another one, auxiliaries before the term"},
		{"The second woman was arrested on Thursday.", "contradicts", "the second one may be one the sheet counts"},
		{"A third of the women were arrested on Thursday.", "contradicts", "a fraction of them is no other one"},
		{"Both women were arrested on Thursday.", "contradicts", "the sheet's own arrests"},
		{"A third woman, aged 41, who was detained on Thursday, has been freed.", "unsure", "the term in a relative clause on the other one"},
		{"Eine dritte Frau, die am Donnerstag festgenommen worden war, ist frei.", "unsure", "so in German, with its ordinal and article"},
		{"The two women, who were arrested on Thursday, appeared in court.", "contradicts", "a relative clause on the sheet's own ones"},
		{"A second officer, who had arrested the woman on Thursday, gave evidence.", "contradicts", "an active relative clause: the officer arrested, the arrest is the sheet's"},
	})
	const named = "facts:\n  - id: named\n    claim: Police arrested Ilse Varga on 3 May 2026.\n    date: 2026-05-03\n    about: [arrested]\n"
	assertVerdicts(t, named, "2026-05-09", []verdictCase{
		{"Another suspect, Ilse Varga, was arrested on Thursday.", "contradicts", "the other one the aside names is the sheet's own"},
	})
	const draw = "facts:\n  - id: draw\n    claim: The winning draw was held on 14 March 2026.\n    date: 2026-03-14\n    about: [draw]\n"
	assertVerdicts(t, draw, "2026-04-02", []verdictCase{
		{"The next Halvard Lotto draw is on Saturday.", "unsure", "the next draw, a name between: another of its kind"},
		{"The next draw is on Saturday.", "unsure", "the next draw is another of its kind"},
		{"The Halvard Lotto draw was on Saturday.", "contradicts", "a name before the term alone: the fact's draw"},
		{"Draws are held every Wednesday and Saturday.", "silent", "a habit's weekdays, the second after and: no day"},
		{"The draw was held on Wednesday and Saturday.", "contradicts", "weekdays with no habit word are days"},
	})
	const win = "facts:\n  - id: win\n    claim: It was Holm's first Grand Prix win.\n    statement: true\n    supports: [first Grand Prix win]\n    refutes: [second Grand Prix win]\n    about: [Grand Prix | win]\n"
	assertVerdicts(t, win, "2026-04-02", []verdictCase{
		{"It was Holm's second Grand Prix win.", "contradicts", "the name between is one of the fact's terms: not skipped, the refuting phrase read"},
	})
	const landed = "facts:\n  - id: landed\n    claim: The jet landed on 6 March 2026.\n    date: 2026-03-06\n    about: [landed]\n"
	assertVerdicts(t, landed, "2026-03-07", []verdictCase{
		{"In August 2019, a regional jet landed at Boise after a similar engine failure.", "unsure", "a similar failure: another event like the fact's"},
		{"In August 2025, a regional jet landed at Boise after an engine failure.", "contradicts", "with no such word, the date is the landing's"},
		{"In August 2025 the jet landed at Boise, in a pattern similar to other flights.", "contradicts", "similar to compares: no other event"},
		{"In August 2019, a regional jet landed at Boise after an engine failure.", "unsure", "a month alone, years before the story's, may be another event's"},
	})
	const households = "facts:\n  - id: households\n    claim: The advisory covered 4,300 households.\n    number: 4300\n    unit: households\n    about: [advisory | covered]\n  - id: issued\n    claim: The advisory was issued on 14 August 2025.\n    date: 2025-08-14\n    about: [issued]\n"
	assertVerdicts(t, households, "2025-08-20", []verdictCase{
		{"In June, a neighbouring town's advisory covered about 2,100 households after a similar main break.", "unsure", "a month of the story's year alone may be months before it: another event"},
		{"On Thursday the advisory covered 2,100 households after a similar main break.", "contradicts", "a day of the story dates the sentence as the story's"},
	})
	const second = "facts:\n  - id: second\n    claim: The second fire was reported at 14:47 PDT.\n    time: 14:47 PDT\n    about: [fire, reported]\n"
	assertVerdicts(t, second, "2025-08-27", []verdictCase{
		{"A second fire was reported at 17:20 PDT.", "contradicts", "the fact's claim is about the second one"},
	})
}

// "Four more runners" is an increase on a figure, not the figure.
func TestIncrements(t *testing.T) {
	const sheet = "facts:\n  - id: hospital\n    claim: 37 runners were taken to hospital.\n    number: 37\n    unit: runners\n    about: [hospital]\n"
	assertVerdicts(t, sheet, "2025-06-10", []verdictCase{
		{"Four more runners went to hospital on Monday.", "unsure", "an increase"},
		{"Another 4 runners went to hospital.", "unsure", "another before the number"},
		{"The heat adds 4 runners to the hospital count.", "unsure", "adds before the number"},
		{"Four runners went to hospital.", "contradicts", "a plain count"},
		{"Four or fewer runners went to hospital.", "contradicts", "or fewer is a bound, not an increase"},
		{"Only four more runners went to hospital: 37 in all.", "agrees", "an increase in the unit does not push out the sheet's bare figure"},
		{"Four new runners went to hospital.", "unsure", "new after the number: an increase"},
	})
	const other = "facts:\n  - id: hospital\n    claim: 37 runners were taken to hospital.\n    number: 37\n    unit: runners | corridori | Läufer\n    about: [hospital | ospedale | Krankenhaus]\n"
	assertVerdicts(t, other, "2025-06-10", []verdictCase{
		{"Altri quattro corridori sono finiti in ospedale.", "unsure", "Italian altri before the number: an increase"},
		{"Quattro corridori sono finiti in ospedale.", "contradicts", "without it, a plain count"},
		{"Vier weitere Läufer kamen ins Krankenhaus.", "unsure", "German weitere after the number"},
	})
}

// A sentence that names a place beside the story's ("In neighbouring
// Santa Irene") may tell of what happened there; a line of related
// headlines tells of other articles; a figure before "larger than" is a
// difference.
func TestOtherPlacesAndArticles(t *testing.T) {
	const vote = "facts:\n  - id: vote\n    claim: The council voted on 17 March 2026.\n    date: 2026-03-17\n    about: [vote]\n"
	assertVerdicts(t, vote, "2026-03-18", []verdictCase{
		{"In neighbouring Santa Irene, councillors postponed their own vote to March 31.", "unsure", "another place's vote"},
		{"In the neighbouring towns, the vote came on March 31.", "contradicts", "neighbouring before no name: the story's own"},
		{"Related: Rival city's vote slips to March 31 · Tax: what changed", "unsure", "a line of related headlines"},
	})
	const staff = "facts:\n  - id: cuts\n    claim: The firm cut 100 staff.\n    number: 100\n    unit: staff\n    about: [cut]\n"
	assertVerdicts(t, staff, "2026-03-18", []verdictCase{
		{"The firm cut 120 staff on Monday.\n\nMehr zum Thema: Firm cut 100 staff · Tax: what changed", "contradicts", "another article's headline that agrees does not settle the text's own figure"},
		{"The firm cut 120 staff on Monday.\n\nThe firm said it cut 100 staff.", "agrees", "where the text itself states the sheet's figure, the other is taken as about something else"},
	})
	const budget = "facts:\n  - id: budget\n    claim: The budget is 1.42 billion euros.\n    number: 1.42 billion\n    unit: euros\n    about: [budget]\n"
	assertVerdicts(t, budget, "2026-03-18", []verdictCase{
		{"The budget is about 110 million euros larger than last year's.", "unsure", "a figure before larger than is a difference"},
		{"The budget is 1.5 billion euros.", "contradicts", "a level"},
		{"In Portugal, the budget is 1.5 billion euros.", "unsure", "a place the sheet names nowhere opens the sentence: the figure may be that place's part"},
		{"Em Portugal, o budget é de 1,5 mil milhões de euros.", "unsure", "and in Portuguese"},
		{"In March, the budget was 1.5 billion euros.", "contradicts", "a month opening the sentence is no place"},
	})
	const ohio = "facts:\n  - id: evacuated\n    claim: 4,200 people were evacuated in Ohio.\n    number: 4200\n    unit: people\n    about: [evacuated]\n"
	assertVerdicts(t, ohio, "2026-03-18", []verdictCase{
		{"In Ohio, 3,000 people were evacuated.", "contradicts", "the place the sheet names is the story's own"},
	})
}

// A count of a toll that grows while a story goes on (the injured, the
// dead, flights cancelled) in a live blog's entry that a time stamps is
// the count at that moment: disagreeing, it is unsure. A count of
// anything else there, a measure in a unit of the table, and a count with
// no stamp are read as ever.
func TestCountsInStampedEntries(t *testing.T) {
	const injured = "facts:\n  - id: injured\n    claim: Four firefighters were injured.\n    number: 4\n    unit: firefighters\n    about: [injur* | treated]\n"
	assertVerdictsIn(t, "a.md", injured, "2026-08-25", []verdictCase{
		{"# Live\n\n1:20 p.m. — Two firefighters have been treated for minor injuries.\n", "unsure", "a stamp opens the entry"},
		{"# Live\n\n1:20 p.m. — A crew was stood down. Two firefighters have been treated for injuries.\n", "unsure", "a later sentence of the stamped entry"},
		{"# Live\n\n13:05\n\nTwo firefighters have been treated for minor injuries.\n", "unsure", "a stamp alone in the paragraph before"},
		{"# Live\n\n00.35 BST (Sunday)\n\nTwo firefighters have been treated for minor injuries.\n", "unsure", "a stamp with its zone and its day in the paragraph before"},
		{"# Live\n\n00.35 BST (Sun)\n\nTwo firefighters have been treated for minor injuries.\n", "unsure", "and with its day abbreviated"},
		{"# Live\n\n00.35 BST (Sunday) crews pulled back\n\nTwo firefighters have been treated for minor injuries.\n", "contradicts", "a time with words after its day is a line of text, no stamp"},
		{"# Fire\n\nTwo firefighters have been treated for minor injuries.\n", "contradicts", "no stamp: a count as ever"},
		{"# Live\n\n4:05 p.m. — The final tally: two firefighters were treated for injuries.\n", "contradicts", "an entry that calls its count final gives the last word on it"},
		{"# Live\n\n4:05 p.m. — Final figures from the brigade tonight. Two firefighters were treated for injuries.\n", "contradicts", "so does an entry whose earlier sentence calls its figures final"},
		{"# Live\n\n4:05 p.m. — Some context: two firefighters were injured in 2025, the brigade says.\n", "contradicts", "a year before the report's in the figure's clause: a count that is over"},
		{"# Live\n\n4:05 p.m. — Some context: two firefighters were injured, the brigade says.\n", "unsure", "no year: a moment's count"},
		{"# Live\n\n4:05 p.m. — Two firefighters have been injured since the fires began in 2025.\n", "unsure", "a year the count started from is no year that closes it"},
		{"# Live\n\n4:05 p.m. — Two firefighters have been injured in the worst fires since 2025.\n", "unsure", "nor a year after since"},
	})
	const final = "facts:\n  - id: injured\n    claim: The final count was four firefighters injured.\n    number: 4\n    unit: firefighters\n    about: [injur* | treated]\n"
	assertVerdictsIn(t, "a.md", final, "2026-08-25", []verdictCase{
		{"# Live\n\n1:20 p.m. — Two firefighters have been treated for minor injuries.\n", "unsure", "a claim that calls its figure final leaves a stamped entry's count the toll as it stood then"},
	})
	t.Run("the reason quotes the entry's own stamp", func(t *testing.T) {
		r := run(t, injured, testSource{"a.md", "# Live\n\n13:05\n\nTwo firefighters have been treated for minor injuries.\n", "2026-08-25"})
		c := r.CellAt(0, 0)
		require.NotEmpty(t, c.Findings)
		assert.Contains(t, c.Findings[0].How, `time stamps ("13:05")`)
	})
	const crews = "facts:\n  - id: crews\n    claim: About 140 rescuers were deployed.\n    number: 140\n    unit: rescuers\n    about: [deployed | site]\n"
	assertVerdictsIn(t, "a.md", crews, "2026-08-25", []verdictCase{
		{"# Live\n\n10:40 — About 80 rescuers are now on site.\n", "unsure", "the crews sent grow while a disaster lasts: a moment's count"},
		{"# Rescue\n\nAbout 80 rescuers are on site.\n", "contradicts", "no stamp: a count as ever"},
	})
	const against = "facts:\n  - id: against\n    claim: Eighteen councillors voted against.\n    number: 18\n    about: [approves | voted]\n"
	assertVerdictsIn(t, "a.md", against, "2026-03-18", []verdictCase{
		{"# Live\n\n21:40 — It's passed. The council approves the budget 31 to 19.\n", "contradicts", "a vote's tally in a stamped entry is its final result, no count that moves"},
	})
	const driverAge = "facts:\n  - id: age\n    claim: The lorry driver is 58.\n    number: 58\n    unit: years old\n    about: [driver]\n"
	assertVerdictsIn(t, "a.md", driverAge, "2026-03-18", []verdictCase{
		{"# Live\n\n13:30 — Police have arrested the driver, aged 48.\n", "contradicts", "an age in a stamped entry does not move"},
	})
	const size = "facts:\n  - id: size\n    claim: The download is 118 MB.\n    number: 118\n    unit: MB\n    about: [download]\n"
	assertVerdictsIn(t, "a.md", size, "2026-08-25", []verdictCase{
		{"# Live\n\n1:20 p.m. — The download is 142 MB.\n", "contradicts", "a measure in a unit of the table does not move"},
	})
	const fleet = "facts:\n  - id: fleet\n    claim: The merged airline has 190 aircraft.\n    number: 190\n    unit: aircraft | planes\n    about: [fleet]\n"
	assertVerdictsIn(t, "a.md", fleet, "2026-08-25", []verdictCase{
		{"# Live\n\n1:20 p.m. — The combined fleet of 205 aircraft would be the region's largest.\n", "contradicts", "a fleet is no toll that grows: the stamp makes it no moment's"},
		{"# Live\n\n1:20 p.m. — Two of the fleet's 205 aircraft were damaged and three crew injured.\n", "unsure", "a toll word in the sentence: its figures may be a moment's"},
		{"# Live\n\n1:20 p.m. — Elsewhere, a rival's fleet of 205 aircraft was grounded.\n", "unsure", "elsewhere after a stamp with a.m. or p.m.: another matter"},
		{"# Live\n\n13:20 CET — Elsewhere, a rival's fleet of 205 aircraft was grounded.\n", "unsure", "so after a stamp with its zone"},
		{"# Fleet\n\nIts Irish arm has a fleet of 60 aircraft.\n", "unsure", "a part of the organisation the sheet names nowhere: the part's figure"},
		{"# Fleet\n\nIts fleet of 60 aircraft is small.\n", "contradicts", "no part named: the whole's"},
	})
	const age = "facts:\n  - id: age\n    claim: Ferri is 29 years old.\n    number: 29\n    unit: years old\n    about: [Ferri]\n"
	assertVerdictsIn(t, "a.md", age, "2026-08-25", []verdictCase{
		{"# Live\n\n1:20 p.m. — Ferri, 30, asked for a second test.\n", "contradicts", "an age does not move between a live blog's entries"},
	})
}

// A number fact whose claim dates its figure to one day ("on Thursday, 27
// August 2026") holds that day's figure: one in a source published before
// it, or in a clause dated before or after it, is of another moment and
// unsure.
func TestFiguresBeforeTheClaimsDay(t *testing.T) {
	const containment = "facts:\n  - id: containment\n    claim: Containment reached 40% on Thursday, 27 August 2026.\n    number: 40\n    unit: percent\n    about: [contained | containment]\n"
	assertVerdicts(t, containment, "2026-08-25", []verdictCase{
		{"The fire is 5 percent contained.", "unsure", "published two days before the claim's day"},
	})
	assertVerdicts(t, containment, "2026-08-28", []verdictCase{
		{"The fire was 20 percent contained on Monday.", "unsure", "a clause dated before the claim's day"},
		{"The fire was 35 percent contained on Thursday.", "contradicts", "the claim's own day"},
		{"The fire is 5 percent contained.", "contradicts", "published after it, with no date: read as ever"},
		{"The fire is 5 percent contained, the least since 2019.", "contradicts", "a date after since is no date of the figure"},
		{"The fire was 35 percent contained on Thursday as crews fought Tuesday's flare-up.", "contradicts", "the claim's own day in the figure's clause outweighs an earlier day there"},
		{"The fire was 35 percent contained on Tuesday as crews fought Thursday's winds.", "unsure", "not when the figure's day is the earlier"},
		{"Crews held the line on Thursday, when the fire was 35 percent contained.", "contradicts", "a when clause after the claim's own day: that day's figure"},
		{"Crews held the line on Monday, when the fire was 20 percent contained.", "unsure", "a when clause after another day: that moment's figure"},
	})
	assertVerdicts(t, containment, "2026-09-02", []verdictCase{
		{"On Monday, 31 August, the fire was 80 percent contained.", "unsure", "a clause dated after the claim's day: a later moment's figure"},
		{"The fire was 35 percent contained on Thursday, 27 August.", "contradicts", "the claim's own day, in a later source"},
		{"On Monday, 31 August, the fire was 40 percent contained.", "agrees", "a later day's figure that agrees still agrees"},
	})
	const shocks = "facts:\n  - id: shocks\n    claim: By Thursday 12 March 2026, 23 aftershocks had been recorded.\n    number: 23\n    unit: aftershocks\n    about: [recorded]\n"
	assertVerdicts(t, shocks, "2026-03-13", []verdictCase{
		{"In all, 22 aftershocks were recorded between Monday and Thursday.", "contradicts", "a span that ends on the claim's day: that day's count"},
		{"In all, 22 aftershocks were recorded between Monday and Tuesday.", "unsure", "a span that ends before it: an earlier moment's"},
	})
	assertVerdicts(t, shocks, "2026-03-16", []verdictCase{
		{"22 aftershocks had been recorded by Thursday.", "contradicts", "by the claim's own day: that day's count, no earlier moment's"},
		{"22 aftershocks had been recorded by Wednesday.", "unsure", "by a day before it: an earlier moment's"},
		{"Initially 22 aftershocks were recorded; on Thursday the count was revised.", "unsure", "the claim's day in another clause dates the revision, not the first figure"},
		{"As of Thursday, 22 aftershocks had been recorded.", "contradicts", "as of the claim's own day, opening the sentence: that day's count"},
		{"As of Wednesday, 22 aftershocks had been recorded.", "unsure", "as of a day before it: an earlier moment's"},
	})
	const toll = "facts:\n  - id: toll\n    claim: Nine people died.\n    number: 9\n    about: [died]\n"
	assertVerdicts(t, toll, "2026-08-25", []verdictCase{
		{"Seven people died on Monday.", "contradicts", "a claim with no day: every figure is read as ever"},
	})
}

// A figure after a word of change and "by" is the change, not the level,
// unless the fact is a change itself; one after a word of change and
// "from" is what it was before.
func TestChangesAreNoLevels(t *testing.T) {
	const traffic = "facts:\n  - id: traffic\n    claim: The bridge carries 38,000 vehicles a day.\n    number: 38000\n    unit: vehicles a day | vehicles\n    about: [traffic | carries]\n"
	assertVerdicts(t, traffic, "2025-10-16", []verdictCase{
		{"Traffic on the bridge has grown by 4,000 vehicles a day since 2020.", "unsure", "grown by: the change"},
		{"Traffic is down from 41,000 vehicles a day before the works.", "unsure", "down from: what it was before"},
		{"Traffic rose from 30,000 to 40,000 vehicles a day.", "contradicts", "from ... to: the level after to is read"},
		{"Traffic in a follow-up count from 40,000 vehicles a day was steady.", "contradicts", "the up of a word joined by a hyphen is no word of change"},
		{"Traffic eased, a slow-down from 41,000 vehicles a day before the works.", "unsure", "a compound that is itself a change: what it was before"},
		{"The bridge carries 40,000 vehicles a day.", "contradicts", "a level"},
		{"The bridge carries by far 40,000 vehicles a day, more than any other.", "contradicts", "by with no word of change before it"},
	})
	const growth = "facts:\n  - id: growth\n    claim: Revenue grew 6.2 percent.\n    number: 6.2\n    unit: percent\n    about: [revenue]\n"
	assertVerdicts(t, growth, "2025-10-16", []verdictCase{
		{"Revenue rose by 8.1 percent.", "contradicts", "the fact is a change itself (grew): the change by a figure is read"},
		{"Revenue growth slowed from 8.1 percent in the second quarter.", "unsure", "slowed from: what it was before, even for a change"},
	})
	const before = "facts:\n  - id: before\n    claim: The previous budget was 1.13 billion euros.\n    number: 1.13 billion\n    unit: euros\n    about: [up from | last year]\n"
	assertVerdicts(t, before, "2025-10-16", []verdictCase{
		{"The plan is 1.42 billion euros, up from 1.31 billion euros last year.", "contradicts", "the fact is a figure of before: the figure after up from is its"},
	})
	const closed = "facts:\n  - id: closed\n    claim: Harwick Bridge closed on 14 October 2025.\n    date: 2025-10-14\n    about: [closed | shut, bridge]\n"
	assertVerdicts(t, closed, "2025-10-16", []verdictCase{
		{"A second bridge, Elm Road Bridge, was closed on Monday as a precaution.", "unsure", "second before a later group's term: another bridge"},
		{"The bridge was closed on Monday.", "contradicts", "the fact's own bridge"},
	})
}

// Facts whose word units share an alternative are siblings though the
// sheet writes their units differently.
func TestSiblingsShareAWordUnit(t *testing.T) {
	const sheet = `facts:
  - id: cuts
    claim: 7,500 jobs will go.
    number: 7500
    unit: jobs | positions | roles
    about: [cut* | go]
  - id: admin
    claim: 4,400 of them are in administration.
    number: 4400
    unit: jobs | positions
    about: [administration]
`
	assertVerdicts(t, sheet, "2025-10-24", []verdictCase{
		{"Around 4,400 positions will be cut.", "unsure", "the other fact's value in a shared unit word"},
		{"Around 5,000 positions will be cut.", "contradicts", "a value no fact holds"},
	})
	const weights = "facts:\n  - id: weight\n    claim: It weighs 178 grams.\n    number: 178\n    unit: grams | g\n    about: [weighs]\n  - id: pro\n    claim: The Pro weighs 214 grams.\n    number: 214\n    unit: grams\n    about: [Pro]\n  - id: box\n    claim: The box weighs 0.5 kg.\n    number: 0.5\n    unit: kg\n    about: [box]\n"
	assertVerdicts(t, weights, "2026-03-01", []verdictCase{
		{"The phone weighs 214 g, they say.", "unsure", "a unit of the table that both facts write, however else one writes it"},
		{"The phone weighs 500 g, they say.", "contradicts", "a fact in another unit of the table is no sibling: its figure differs"},
	})
}

// A figure expected, forecast, needed or that would have been is not the
// figure.
func TestExpectedFigures(t *testing.T) {
	const sheet = "facts:\n  - id: ebit\n    claim: Operating profit was €1.26bn.\n    number: 1260000000\n    unit: euros\n    about: [operating profit | EBIT]\n"
	assertVerdicts(t, sheet, "2025-10-24", []verdictCase{
		{"Analysts had expected operating profit of about €1.9bn.", "unsure", "an expectation"},
		{"The consensus for EBIT was €1.9bn.", "unsure", "a consensus"},
		{"Without the charge, operating profit would have been €2.16bn.", "unsure", "a counterfactual"},
		{"Operating profit fell to €1.9bn, below what analysts had expected.", "contradicts", "the marker is in another clause"},
		{"Operating profit was €1.9bn.", "contradicts", "a plain figure"},
		{"Sales were expected to rise but operating profit came in at €1.9bn.", "contradicts", "but opens a clause the expectation does not govern"},
		{"Sales were forecast to rise; operating profit came in at €1.9bn.", "contradicts", "nor across a semicolon"},
		{"Operating profit is expected to reach €1.9bn.", "unsure", "expected to"},
		{"If operating profit reaches €1.9bn, bonuses follow.", "unsure", "a condition"},
		{"To keep its rating, operating profit needs €1.9bn this year.", "unsure", "a figure needed is a threshold, not the figure"},
		{"The plan needed a year; operating profit came in at €1.9bn.", "contradicts", "needed in another clause governs nothing"},
		{"Regulators said operating profit should reach €1.9bn.", "unsure", "what should be, not what is"},
		{"Operating profit will perhaps reach €1.9bn.", "unsure", "a hedge before the figure"},
		{"Operating profit was probably €1.9bn, one analyst guessed.", "unsure", "probably"},
		{"Perhaps surprisingly, after a long year of cuts and delays, operating profit came in at €1.9bn.", "contradicts", "a hedge far before the figure, in another clause"},
		{"Operating profit €1.9bn versus €3.15bn a year earlier (consensus €2.1bn).", "contradicts", "a marker after the figure governs another"},
	})
	const forecast = "facts:\n  - id: span\n    claim: The release is expected to take about 30 years.\n    number: 30\n    unit: years\n    about: [release | process]\n"
	assertVerdicts(t, forecast, "2025-10-24", []verdictCase{
		{"The whole process is expected to take 40 years.", "contradicts", "a fact that is itself a forecast reads the forecasts"},
		{"The whole process is expected to take 30 years.", "agrees", "and agrees with its own"},
	})
}

// An open-ended figure says nothing of which sibling it is: "more than 50"
// overlaps every figure above 50.
func TestOpenFigureIsNoSiblings(t *testing.T) {
	const sheet = `facts:
  - id: hospital
    claim: 37 runners went to hospital.
    number: 37
    unit: runners
    about: [hospital]
  - id: starters
    claim: 18,412 runners started.
    number: 18412
    unit: runners
    about: [started]
`
	assertVerdicts(t, sheet, "2025-06-10", []verdictCase{
		{"More than 50 runners ended up in hospital.", "contradicts", "a floor above the fact's figure: open-ended, so no sibling's"},
		{"Some 18,412 runners ended up in hospital.", "unsure", "a closed figure the sibling holds"},
	})
}

// A value that is this fact's own stays this fact's though another fact's
// first terms stand nearer it: "The High Court awarded €96 million" is the
// High Court's award, "awarded" a term of the damages fact too.
func TestOwnValueNearAnotherFactsTerms(t *testing.T) {
	const sheet = `facts:
  - id: damages
    claim: The Supreme Court ordered €212 million in damages.
    number: 212 million
    unit: euros
    about: [damages | awarded]
  - id: high-court
    claim: The High Court awarded €96 million.
    number: 96 million
    unit: euros
    about: [High Court]
`
	assertVerdictsIn(t, "s.md", sheet, "2026-03-12", []verdictCase{
		{"The High Court awarded €96 million in May 2023.", "silent", "for the damages fact: the other fact's value"},
	})
	r := run(t, sheet, testSource{"s", "The High Court awarded €96 million in May 2023.", "2026-03-12"})
	assert.Equal(t, Agrees, r.CellAt(1, 0).Verdict, "for the High Court fact: its own value, though awarded stands nearer")
	r = run(t, sheet, testSource{"s", "The High Court awarded €90 million in May 2023.", "2026-03-12"})
	assert.NotEqual(t, Agrees, r.CellAt(1, 0).Verdict, "another value near the other fact's term is not taken as this one's agreement")
}

// An approximation around this fact's very figure is its own value too:
// "roughly $12.6 billion" beside a rival's term is the equity value the
// sheet holds, and the other figure of the sentence is not taken instead.
func TestApproximateOwnValueNearAnotherFactsTerms(t *testing.T) {
	const sheet = `facts:
  - id: deal
    claim: The takeover is worth $14.2 billion including debt.
    number: 14.2 billion
    unit: dollars
    about: [takeover | value]
  - id: equity
    claim: The equity value is $12.6 billion.
    number: 12.6 billion
    unit: dollars
    about: [equity]
`
	for _, tt := range []struct {
		sentence, want, why string
	}{
		{"Leaving out Brandholt's debt of about $1.6 billion, the takeover has an equity value of roughly $12.6 billion.", "agrees", "an approximation around the sheet's own figure stays this fact's"},
		{"Leaving out Brandholt's debt of about $1.6 billion, the takeover has an equity value of roughly $12.9 billion.", "silent", "around another figure: not this fact's own value, so the rival's nearer term takes it"},
	} {
		r := run(t, sheet, testSource{"s", tt.sentence, "2026-03-12"})
		assert.Equal(t, tt.want, string(r.CellAt(1, 0).Verdict), tt.why)
	}
}

// A round-up of short items, each opening with a place in capitals and a
// dash, tells of several places: a value in an item whose place is none of
// the sheet's words, beside an item whose place is, is unsure. A lone
// dateline, or labels such as "UPDATE —", make no round-up.
func TestRoundUpItems(t *testing.T) {
	const share = "facts:\n  - id: share\n    claim: In Cedar Hollow, 54.6 percent of voters approved the bond.\n    number: 54.6\n    unit: percent\n    about: [bond | favor]\n"
	assertVerdicts(t, share, "2026-05-20", []verdictCase{
		{"CEDAR HOLLOW — Voters approved the bond.\n\nSILVERTON — A bond there was trailing, with 46 percent in favor.", "unsure", "another place's item in a round-up"},
		{"CEDAR HOLLOW — Voters approved the bond, with 46 percent in favor.\n\nSILVERTON — A bond there was trailing.", "contradicts", "the sheet's own place's item"},
		{"SILVERTON — A bond there was trailing, with 46 percent in favor.", "contradicts", "a lone dateline is no round-up"},
		{"CEDAR HOLLOW — Voters approved the bond.\n\nUPDATE — The bond passed with 46 percent in favor.", "contradicts", "a label in capitals is no place"},
		{"AUSTIN — Voters approved the bond.\n\nSILVERTON — A bond there was trailing, with 46 percent in favor.", "contradicts", "no item's place is the sheet's: which one is the story's is not known"},
	})
}

// A value that a word before it in its clause makes a possibility, a hope,
// a fear, a denial or a plan, or that a question asks about, states
// nothing: disagreeing, it is unsure. Beside each, the case that states.
func TestWhatMayBe(t *testing.T) {
	const bill = "facts:\n  - id: bill\n    claim: The repair bill is 12.4 million pounds.\n    number: 12.4 million\n    unit: pounds\n    about: [repair bill | repairs | cost]\n"
	assertVerdicts(t, bill, "2025-10-16", []verdictCase{
		{"The repair bill could reach £15 million, officials warned.", "unsure", "could: what may be"},
		{"The council could seek grants and has put the repair bill at £15 million.", "contradicts", "and an auxiliary open a predicate of its own, which could does not govern"},
		{"The council could seek grants and put the repair bill at £15 million.", "unsure", "and a verb with no auxiliary go on under could"},
		{"The repair bill may rise to £15 million.", "unsure", "may: what may be"},
		{"Officials fear the repair bill will hit £15 million.", "unsure", "fear: what is feared"},
		{"Residents spent a week in fear of the storm, and the repair bill reached £15 million.", "contradicts", "a comma and and open a clause of their own: no opening phrase that the fear governs"},
		{"The council denied reports that repairs would cost £20 million.", "unsure", "denied: what is denied"},
		{"Could the repair bill reach £20 million?", "unsure", "a question that asks whether"},
		{"Why did the repair bill reach £20 million?", "contradicts", "a question that asks why takes its figure for granted"},
		{"The repair bill reached £15 million, and it could rise further.", "contradicts", "could after the figure, in another clause, governs nothing"},
		{"A repair bill of £15 million is possible, officials said.", "unsure", "is possible after the figure, in its clause: what may be"},
		{"A repair bill of £15 million was paid, and more is expected.", "contradicts", "is expected after a comma governs nothing before it"},
		{"Repairs cost £15 million, the council said.", "contradicts", "a plain statement"},
		{"Critics claimed that the repairs cost £15 million.", "unsure", "claimed that: someone's contested claim"},
		{"Some posts claimed it was £15 million for the repairs.", "unsure", "claimed and a pronoun: someone's claim"},
		{"The contractor who allegedly billed the council was paid £15 million for the repairs.", "contradicts", "allegedly in a relative clause governs nothing after it"},
		{"The storm claimed two lives, and repairs cost £15 million.", "contradicts", "claimed the lives of, of another clause: what happened"},
	})
	const jobs = "facts:\n  - id: jobs\n    claim: The firm cuts 1,200 jobs.\n    number: 1200\n    unit: jobs\n    about: [cut | cuts]\n"
	assertVerdicts(t, jobs, "2025-10-16", []verdictCase{
		{"The firm had planned to cut 2,000 jobs but scaled the plan back.", "unsure", "planned to: a plan, and the fact's claim is none"},
		{"The firm aims to cut 2,000 jobs by 2027.", "unsure", "aims to: a target"},
		{"The firm cut 2,000 jobs.", "contradicts", "what was done"},
	})
	const planned = "facts:\n  - id: reopen\n    claim: The bridge is expected to reopen in March 2026.\n    date: 2026-03\n    about: [reopen*]\n"
	assertVerdicts(t, planned, "2025-10-16", []verdictCase{
		{"Officials hope to reopen the bridge in February.", "unsure", "hope to: what is hoped"},
		{"The bridge might reopen in February if repairs go well.", "unsure", "might: what may be"},
		{"Will the bridge reopen in May?", "unsure", "a question that asks whether"},
		{"The council plans to reopen the bridge in May.", "contradicts", "the claim is a plan itself (expected): another plan contradicts it"},
		{"The bridge is expected to reopen in May.", "contradicts", "so does another forecast"},
	})
	const closed = "facts:\n  - id: closed\n    claim: The bridge closed on 14 October 2025.\n    date: 2025-10-14\n    about: [closed]\n"
	assertVerdicts(t, closed, "2025-10-16", []verdictCase{
		{"The bridge closed in May after cracks were found.", "contradicts", "May after a preposition is the month, no modal"},
		{"The bridge remained closed on Wednesday.", "unsure", "remained: a later day of something going on"},
		{"The bridge closed on Wednesday remains off limits.", "contradicts", "remains after the date is the predicate of what the date dates"},
		{"The bridge closed on Wednesday.", "contradicts", "closed on a day: when it happened"},
	})
	const firmware = "facts:\n  - id: firmware\n    claim: The monitors run firmware 3.2.1.\n    version: 3.2.1\n    about: [firmware]\n"
	assertVerdicts(t, firmware, "2025-10-16", []verdictCase{
		{"The monitors will be upgraded to firmware 3.4.0 next month.", "unsure", "will: a release to come"},
		{"The vendor has since released firmware 3.2.2.", "unsure", "since: a release that came after"},
		{"The monitors were updated to firmware 3.2.0 on Monday.", "contradicts", "the version they were given"},
	})
}

// A figure the sentence marks as a first one ("initially") does not
// outweigh the sheet's figure given as its revision with no unit word:
// the revision is read, and agrees.
func TestRevisionWithoutUnitOutweighsTheFirstFigure(t *testing.T) {
	const sheet = "facts:\n  - id: phones\n    claim: About 14 million phones lose support.\n    number: 14 million\n    unit: phones\n    about: [cut list]\n"
	assertVerdicts(t, sheet, "2026-03-10", []verdictCase{
		{"The firm initially put about 12 million phones on the cut list; it has now revised that to around 14 million.", "agrees", "the first figure yields to its revision, the sheet's"},
		{"The firm initially put about 12 million phones on the cut list; it has now revised that to 17 million.", "unsure", "a revision that is not the sheet's figure is not read without its unit: the first figure is, and is unsure"},
		{"The firm had earlier put 12 million phones on the cut list before it revised the figure.", "unsure", "earlier put and before it revised mark a first figure too"},
		{"The firm put 12 million phones on the cut list and revised its website.", "contradicts", "a figure with no such marks is read"},
	})
}

// A figure the fact's own term names ("the limit of 20") that lies inside
// a range another fact holds, and is none of its ends, is this fact's:
// the range fact does not state it.
func TestFigureInsideAnotherFactsRange(t *testing.T) {
	const sheet = "facts:\n  - id: limit\n    claim: The provincial limit is 20 micrograms per litre.\n    number: 20\n    unit: micrograms per litre\n    about: [limit]\n" +
		"  - id: readings\n    claim: Readings ranged from 11.2 to 26.4 micrograms per litre.\n    number: 11.2..26.4\n    unit: micrograms per litre\n    about: [readings | ranged]\n"
	assertVerdicts(t, sheet, "2025-08-10", []verdictCase{
		{"Tests found the toxin well above the provincial limit of 21.", "contradicts", "a figure inside the other fact's range, named by this fact's term"},
		{"Tests found the toxin well above the provincial limit of 26.4.", "unsure", "an end of the other fact's range: it may be that fact's"},
		{"One beach tested at 21 micrograms per litre, above the limit.", "unsure", "a figure in the unit that no term of this fact names: the range's reading"},
		{"Readings ranged widely against the provincial limit of 21.", "unsure", "a term of the range fact in the sentence: the figure may be its"},
	})
}
