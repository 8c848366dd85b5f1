package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/facts"
)

// quoteFact is a quote fact with one speaker.
func quoteFact(text string) facts.Quote {
	return facts.Quote{Text: text, Speakers: []string{"Novak"}}
}

// stancesIn lists how a one-sentence text stands to a statement:
// "stance:words" for each phrase found.
func stancesIn(t *testing.T, st facts.Statement, text string) string {
	t.Helper()
	src := parseText(t, text, published("2022-09-10"))
	m := newStatementMatcher(st)
	var out []string
	for i := range src.sents {
		sent := &src.sents[i]
		for _, sm := range m.find(sent, listItem(src, sent)) {
			out = append(out, stanceNames[sm.stance]+":"+says(src, sent, sm.span))
		}
	}
	return strings.Join(out, "; ")
}

func TestStatementStances(t *testing.T) {
	behind := facts.Statement{Holds: true, Supports: []string{"carried out the attack", "behind the attack"}}
	first := facts.Statement{Holds: true, Supports: []string{"first known case"}, Refutes: []string{"not the first"}}
	ransom := facts.Statement{Holds: false, Supports: []string{"ransom handed over"}, Refutes: []string{"ni un peso", "nessun riscatto", "not one cent"}}
	pier := facts.Statement{Holds: false, Supports: []string{"collapsed"}}
	paid := facts.Statement{Holds: false, Supports: []string{"se pagara un rescate", "lösegeld gezahlt"}}
	tests := []struct {
		st         facts.Statement
		text, want string
		reason     string
	}{
		{behind, "Iran carried out the attack.", "asserts:carried out the attack", "plain assertion"},
		{behind, "Iran rejected the accusation that it carried out the attack as baseless.", "denies:rejected the accusation that it carried out the attack", "denial"},
		{behind, "Iran denied it was behind the attack.", "denies:denied it was behind the attack", "denial verb"},
		{behind, "Iran never carried out the attack.", "denies:never carried out the attack", "negation"},
		{behind, "Iran wasn't behind the attack, it said.", "denies:wasn't behind the attack", "contracted negation"},
		{behind, "Iran was not behind the attack.", "denies:not behind the attack", "not"},
		{facts.Statement{Holds: false, Supports: []string{"triggered remotely"}}, "The flaw cannot be triggered remotely.", "denies:cannot be triggered remotely", "cannot is a negation, as can not is"},
		{facts.Statement{Holds: false, Supports: []string{"ferito"}}, "Nessuno è rimasto ferito gravemente.", "denies:Nessuno è rimasto ferito", "an Italian negating pronoun and a copula before the phrase: denied"},
		{facts.Statement{Holds: false, Supports: []string{"schadelijks"}}, "Buiten de zone is niets schadelijks gemeten.", "denies:niets schadelijks", "Dutch niets (nothing) before the phrase denies it"},
		{facts.Statement{Holds: false, Supports: []string{"schadelijks"}}, "Buiten de zone is iets schadelijks gemeten.", "asserts:schadelijks", "iets (something) does not"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Investigators have excluded sabotage.", "denies:have excluded sabotage", "English excluded with its auxiliary denies what follows"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Niemand wurde schwer verletzt.", "denies:Niemand wurde schwer verletzt", "so in German, an adverb between"},
		{facts.Statement{Holds: false, Supports: []string{"ferite"}}, "Nessuno dei due alpinisti ha riportato ferite.", "hedges:Nessuno dei due alpinisti ha riportato ferite", "a verb the list does not know between: not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"in ospedale"}}, "Nessuno degli ospiti del rifugio è finito in ospedale.", "denies:Nessuno degli ospiti del rifugio è finito in ospedale", "a phrase saying whom, then ended up"},
		{facts.Statement{Holds: false, Supports: []string{"feriti"}}, "Nessuno dei feriti è in pericolo di vita.", "hedges:Nessuno dei feriti", "the phrase inside the one saying whom: the injured exist, not denied"},
		{facts.Statement{Holds: false, Supports: []string{"atención médica"}}, "Según la guardia, ninguno de los tres escaladores necesitó atención médica.", "denies:ninguno de los tres escaladores necesitó atención médica", "Spanish, needed after the phrase saying whom"},
		{facts.Statement{Holds: false, Supports: []string{"heridos"}}, "Nadie sabe todavía si hay heridos.", "hedges:Nadie sabe todavía si hay heridos", "knowing and whether between: not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"ferido"}}, "Ninguém ficou ferido na queda do muro.", "denies:Ninguém ficou ferido", "Portuguese became"},
		{facts.Statement{Holds: false, Supports: []string{"gewond"}}, "Bij de brand raakte niemand gewond.", "denies:niemand gewond", "Dutch, the pronoun after the verb"},
		{ransom, "El fiscal dijo que no se pagó ni un peso por su liberación.", "denies:no se pagó ni un peso", "Spanish negative concord: no ... ni repeats one denial, the refuting phrase still refutes"},
		{ransom, "Non è stato versato nessun riscatto ai rapitori.", "denies:Non è stato versato nessun riscatto", "so in Italian, non ... nessun"},
		{ransom, "No dijo que ni un peso fuera suficiente.", "doubts:No dijo que ni un peso", "a clause of its own between: a denial of saying, not parsed"},
		{ransom, "The broker did not say they paid not one cent.", "doubts:not say they paid not one cent", "English does not repeat a negation: a refuting phrase under another stays uncertain"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Die Ermittler haben Sabotage als Ursache des Feuers ausgeschlossen.", "denies:Sabotage als Ursache des Feuers ausgeschlossen", "a German participle of ruling out closes the phrase's clause"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Sabotage hat die Feuerwehr inzwischen ausgeschlossen.", "denies:Sabotage hat die Feuerwehr inzwischen ausgeschlossen", "the phrase fronted, the participle last"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "De brandweer heeft sabotage als oorzaak uitgesloten.", "denies:sabotage als oorzaak uitgesloten", "in Dutch, the participle within three words after the phrase: denied by the older reach too"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Die Ermittler haben Sabotage als Ursache nicht ausgeschlossen.", "hedges:Sabotage als Ursache nicht", "a negation between leaves it open"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Die Ermittler fanden Sabotage und haben einen Unfall ausgeschlossen.", "asserts:Sabotage", "a clause joined by und rules out something else"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Sabotage legte das Werk lahm, ein Unfall wurde ausgeschlossen.", "asserts:Sabotage", "the participle of another clause"},
		{pier, "There is no evidence that the pier, a Victorian structure near the harbour, has collapsed.", "denies:no evidence that the pier, a Victorian structure near the harbour, has collapsed", "an appositive between commas, an auxiliary after it: the denial reaches over it"},
		{pier, "The council denied rumours that the pier, a Victorian structure near the harbour, had collapsed.", "denies:denied rumours that the pier, a Victorian structure near the harbour, had collapsed", "so does a verb of denial"},
		{pier, "The pier, a Victorian structure near the harbour, has collapsed.", "asserts:collapsed", "with no cue before, the aside asserts nothing of its own"},
		{pier, "There was no sign of damage at the pier, a Victorian structure near the harbour, before it collapsed.", "hedges:no sign of damage at the pier, a Victorian structure near the harbour, before it collapsed", "no auxiliary after the aside: not skipped, so the denial of damage does not reach a clause of its own (a hedge, as any negation further back)"},
		{ransom, "No está claro si ni un peso llegó a los secuestradores.", "doubts:No está claro si ni un peso", "a negation of knowing before whether: no concord, the refuting phrase not counted"},
		{facts.Statement{Holds: false, Supports: []string{"Explosion"}}, "Die Feuerwehr hat nach der Explosion eine Gefahr für die Anwohner ausgeschlossen.", "asserts:Explosion", "the phrase the noun of a phrase after nach, the participle's own object after it: not ruled out"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Die Polizei hat Sabotage bisher weder bestätigt noch ausgeschlossen.", "asserts:Sabotage", "weder ... noch: neither confirmed nor ruled out"},
		{pier, "Residents had no warning before the pier had collapsed.", "hedges:before the pier had collapsed", "a negation before the clause that before opens: whether it reaches it is not parsed, not counted"},
		{pier, "The pier had collapsed before the storm peaked.", "asserts:collapsed", "no negation before the opener: asserted as ever"},
		{pier, "No one was hurt when the pier collapsed.", "asserts:collapsed", "when opens what is asserted: the negation before it is its own clause's"},
		{pier, "The no-entry sign went up before the pier collapsed.", "asserts:collapsed", "a negation of a compound is none"},
		{facts.Statement{Holds: false, Supports: []string{"morto"}}, "Secondo alcune voci un minatore sarebbe morto durante la risalita.", "attributes:sarebbe morto", "the Italian conditional of hearsay reports a claim"},
		{facts.Statement{Holds: false, Supports: []string{"mort"}}, "Un mineur est mort pendant la remontée.", "asserts:mort", "the indicative asserts it"},
		{facts.Statement{Holds: true, Supports: []string{"recall was voluntary"}, Refutes: []string{"ordered the recall"}}, "The regulator would almost certainly have ordered the recall had the firm waited.", "doubts:would almost certainly have ordered the recall", "what would have come about did not: a hedge"},
		{paid, "El Gobierno ha negado que se pagara un rescate.", "denies:negado que se pagara un rescate", "a Spanish participle of denial after its auxiliary"},
		{paid, "Die Polizei hat bestritten, dass Lösegeld gezahlt wurde.", "denies:bestritten, dass Lösegeld gezahlt", "a German participle of denial"},
		{facts.Statement{Holds: false, Supports: []string{"levensgevaar"}}, "Niemand verkeerde in levensgevaar.", "denies:Niemand verkeerde in levensgevaar", "Dutch: a state after in"},
		{facts.Statement{Holds: false, Supports: []string{"peligro"}}, "Nadie estaba en peligro.", "denies:Nadie estaba en peligro", "Spanish: so after en"},
		{facts.Statement{Holds: false, Supports: []string{"levensgevaar"}}, "Niemand in het dorp wist van het levensgevaar.", "hedges:Niemand in het dorp wist van het levensgevaar", "another verb between: not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"gehackt"}}, "Hij ontkende dat de systemen van de gemeente zelf waren gehackt.", "denies:ontkende dat de systemen van de gemeente zelf waren gehackt", "Dutch dat is a complementizer: the denial reaches past it"},
		{facts.Statement{Holds: false, Supports: []string{"hackeados"}}, "La empresa negó rotundamente que los servidores del proyecto hubieran sido hackeados.", "denies:negó rotundamente que los servidores del proyecto hubieran sido hackeados", "so is Spanish que"},
		{facts.Statement{Holds: false, Supports: []string{"víctimas mortales"}}, "No hay que lamentar víctimas mortales en el incendio.", "denies:No hay que lamentar víctimas mortales", "but not que in hay que, one must"},
		{facts.Statement{Holds: false, Supports: []string{"heridos"}}, "No hubo que lamentar heridos.", "denies:No hubo que lamentar heridos", "nor in its past, hubo que"},
		{facts.Statement{Holds: false, Supports: []string{"compromised"}}, "We found no sign that its mail servers, laptops or backup keys were compromised.", "denies:no sign that its mail servers, laptops or backup keys were compromised", "a list's comma does not end the negation's reach"},
		{facts.Statement{Holds: false, Supports: []string{"compromised"}}, "Nobody noticed the attack at first, and the backup servers were compromised.", "asserts:compromised", "a comma and a coordinator open a clause of its own"},
		{facts.Statement{Holds: false, Supports: []string{"compromised"}}, "No alarm was raised, the mail servers and laptops were compromised.", "asserts:compromised", "a verb before the comma: two clauses, not a list"},
		{facts.Statement{Holds: true, Supports: []string{"la fonte"}}, "Dopo i test dei tecnici, il latte è la fonte.", "asserts:la fonte", "a folded Italian è is no coordinator of a list: the comma still parts the clauses"},
		{facts.Statement{Holds: false, Supports: []string{"reaching any homes"}}, "There are no reports so far of lava reaching any homes.", "denies so far:no reports so far of lava reaching any homes", "no reports and so far: a denial as of writing"},
		{facts.Statement{Holds: false, Supports: []string{"reaching any homes"}}, "Reports of lava reaching any homes were false.", "denies a report:Reports of lava reaching any homes", "reports of opening the sentence report a claim, which the source calls false: denied"},
		{facts.Statement{Holds: false, Supports: []string{"arrests"}}, "There are reports of arrests near the square.", "attributes:reports of arrests", "there are reports of: hearsay, a claim reported"},
		{facts.Statement{Holds: false, Supports: []string{"arrests"}}, "We are hearing reports on social media of arrests near the square.", "attributes:reports on social media of arrests", "hearing reports: hearsay, with where it goes before of"},
		{facts.Statement{Holds: false, Supports: []string{"arrests"}}, "Police are investigating reports of arrests near the square.", "asserts:arrests", "a report noun after another verb: not read as hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"broken"}}, "Early reports that a cable had broken are incorrect.", "denies a report:reports that a cable had broken", "early reports the source calls incorrect: denied"},
		{facts.Statement{Holds: false, Supports: []string{"broken"}}, "Rumours that a cable had broken were quickly denied by the operator.", "denies a report:Rumours that a cable had broken", "rumours denied in the passive, by who denied them"},
		{facts.Statement{Holds: false, Supports: []string{"broken"}}, "Rumours that a cable had broken were denied by the operator and confirmed by police.", "attributes:Rumours that a cable had broken", "a confirmation in the same clause leaves it a rumour"},
		{facts.Statement{Holds: false, Supports: []string{"broken"}}, "Rumours that a cable had broken were not denied.", "attributes:Rumours that a cable had broken", "a denial denied denies nothing"},
		{facts.Statement{Holds: false, Supports: []string{"broken"}}, "Early reports that a cable had broken are still being checked.", "attributes:reports that a cable had broken", "early reports being checked: a claim reported, not denied"},
		{facts.Statement{Holds: true, Supports: []string{"derailed"}}, "Reports that the train derailed after the signals were wrong have been confirmed.", "attributes:Reports that the train derailed", "wrong inside the report's claim, its clause going on: no denial of the report"},
		{facts.Statement{Holds: true, Supports: []string{"failed"}}, "Reports that the dam had failed were confirmed on Tuesday, and fears of sabotage proved unfounded.", "attributes:Reports that the dam had failed", "unfounded after a comma: another clause's, the fears'"},
		{facts.Statement{Holds: false, Supports: []string{"reaching any homes"}}, "The report said lava was reaching any homes nearby.", "asserts:reaching any homes", "a report that says: the source reports what it said"},
		{facts.Statement{Holds: false, Supports: []string{"causato dal guasto"}}, "Sarà l'inchiesta a stabilire se il blackout sia stato causato dal guasto.", "hedges:stabilire se il blackout sia stato causato dal guasto", "an Italian open question after a verb of finding out"},
		{facts.Statement{Holds: false, Supports: []string{"causato dal guasto"}}, "Il blackout si è esteso ed è stato causato dal guasto.", "asserts:causato dal guasto", "a reflexive si is no open question"},
		{facts.Statement{Holds: false, Supports: []string{"adesione"}}, "Circolano voci su una possibile adesione dei piloti.", "hedges:possibile adesione", "what is possible is not said to be so"},
		{facts.Statement{Holds: false, Supports: []string{"adesione"}}, "L'adesione dei piloti è arrivata lunedì.", "asserts:adesione", "and with no hedge it is asserted"},
		{facts.Statement{Holds: false, Supports: []string{"evacuated"}}, "As a precaution against possible aftershocks the village was evacuated.", "asserts:evacuated", "possible before another noun hedges that noun only"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Officials are looking into a possible Russian cyberattack.", "hedges:possible Russian cyberattack", "possible with an adjective between"},
		{facts.Statement{Holds: false, Supports: []string{"informiert"}}, "Das Ministerium war vermutlich vorab informiert.", "hedges:vermutlich vorab informiert", "presumably, in German"},
		{facts.Statement{Holds: false, Supports: []string{"informiert"}}, "Berichte, wonach das Ministerium vorab informiert war, wies ein Sprecher zurück.", "attributes:wonach das Ministerium vorab informiert", "reports according to which: someone's claim"},
		{facts.Statement{Holds: false, Supports: []string{"gestorben"}}, "Gerüchte, ein Gast sei gestorben, wies die Polizei zurück.", "attributes:Gerüchte, ein Gast sei gestorben", "a rumour opening the sentence, its claim in the subjunctive after the comma German sets: the rumour is the cue"},
		{facts.Statement{Holds: false, Supports: []string{"gestorben"}}, "Die Polizei sagte, ein Gast sei gestorben.", "asserts:gestorben", "the subjunctive after a plain verb of saying reports what happened"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "Why was an overloaded bus allowed to leave the depot?", "asserts:overloaded", "a question that asks why takes what it asks about for granted"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "Was the bus overloaded?", "hedges:overloaded", "a question that asks whether asserts nothing"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "Parents ask a simple question: why was an overloaded bus allowed to leave?", "asserts:overloaded", "why after a colon opens the question"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "Parents ask why: was the bus overloaded?", "hedges:overloaded", "a question after the colon that asks whether"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "09:12 Some drivers' relatives say the bus was overloaded.", "attributes:Some drivers' relatives say the bus was overloaded", "a live blog's stamp before the hearsay quantifier"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "Why would anyone think the bus was overloaded?", "hedges:overloaded", "why and a modal asks what may be"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "Why do some parents believe the bus was overloaded?", "hedges:overloaded", "what someone believes is not taken for granted"},
		{facts.Statement{Holds: false, Supports: []string{"overloaded"}}, "Some drivers' relatives have said online that the bus was overloaded.", "attributes:Some drivers' relatives have said online that the bus was overloaded", "a hearsay quantifier, a possessive noun and its noun"},
		{facts.Statement{Holds: false, Supports: []string{"sobrelotado"}}, "Multiplicaram-se as acusações de que o autocarro seguia sobrelotado.", "attributes:acusações de que o autocarro seguia sobrelotado", "accusations in Portuguese: someone's claim"},
		{facts.Statement{Holds: false, Supports: []string{"gestohlen"}}, "Die Bank bestritt, dass Daten gestohlen wurden.", "denies:bestritt, dass Daten gestohlen", "a German comma before dass parts no clause: the denial reaches the said clause"},
		{facts.Statement{Holds: false, Supports: []string{"gestohlen"}}, "Die Bank hat nicht bestätigt, dass Daten gestohlen wurden.", "hedges:nicht bestätigt, dass Daten gestohlen", "a confirming denied across the comma: the said clause uncertain"},
		{facts.Statement{Holds: false, Supports: []string{"gestohlen"}}, "Die Bank bestätigte, dass Daten gestohlen wurden.", "asserts:gestohlen", "no negation before the comma: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"gestohlen"}}, "Die Bank bestritt den Angriff, Daten wurden gestohlen.", "asserts:gestohlen", "a comma with no dass after it still parts the clauses"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Niemand sah verletzt aus.", "hedges:Niemand sah verletzt", "a verb of looking between: not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"blessé"}}, "Personne n'a été blessé.", "denies:Personne n'a été blessé", "French personne with ne, the phrase its predicate: denied"},
		{facts.Statement{Holds: false, Supports: []string{"blessé"}}, "Personne ne fut blessé.", "denies:Personne ne fut blessé", "and after the past of be"},
		{facts.Statement{Holds: false, Supports: []string{"criminelle"}}, "Rien n'exclut que l'incendie soit d'origine criminelle.", "hedges:Rien n'exclut que l'incendie soit d'origine criminelle", "rien n' is no pronoun of denial: nothing rules it out"},
		{facts.Statement{Holds: false, Supports: []string{"blessé"}}, "Personne n'a vu le gardien blessé.", "hedges:Personne n'a vu le gardien blessé", "a phrase that is no predicate of it: not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"perdu la vie"}}, "Personne n'a perdu la vie.", "denies:Personne n'a perdu la vie", "the perfect's auxiliary a, an English article too, is the pronoun's: the phrase its predicate"},
		{facts.Statement{Holds: false, Supports: []string{"mort"}}, "Personne n'est mort.", "denies:Personne n'est mort", "and est, the perfect of a verb of motion or dying"},
		{facts.Statement{Holds: false, Supports: []string{"mort"}}, "Personne n'est au courant d'un mort.", "hedges:Personne n'est au courant d'un mort", "a phrase further on is no predicate of it"},
		{facts.Statement{Holds: false, Supports: []string{"found"}}, "Police seek the pieces, none of which has been found.", "denies:none of which has been found", "none of which: the pronoun stands for the noun"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Four guards were there, none of them hurt.", "denies:none of them hurt", "none of them"},
		{facts.Statement{Holds: false, Supports: []string{"om het leven"}}, "Niemand kwam om het leven.", "denies:Niemand kwam om het leven", "Dutch kwam between niemand and the phrase: nobody died"},
		{facts.Statement{Holds: false, Supports: []string{"paid"}}, "Any bribe paid to an official ends up costing taxpayers.", "hedges:Any bribe paid", "any before a noun and the phrase: any such thing, none that happened"},
		{facts.Statement{Holds: false, Supports: []string{"paid"}}, "Every bribe paid to an official is money taken from taxpayers.", "hedges:Every bribe paid", "every with a present verb after: true of any such thing"},
		{facts.Statement{Holds: false, Supports: []string{"paid"}}, "Every bribe paid to the official was traced by auditors.", "asserts:paid", "every with a past verb after: the bribes that were paid"},
		{facts.Statement{Holds: false, Supports: []string{"paid"}}, "Every bribe paid to the official is now being traced by auditors.", "asserts:paid", "every with is and a state after it: the bribes that were paid"},
		{facts.Statement{Holds: false, Supports: []string{"VAT cut"}}, "The opposition is pressing for a VAT cut.", "hedges:pressing for a VAT cut", "a call for a thing asserts none"},
		{facts.Statement{Holds: true, Supports: []string{"switched on"}}, "Passengers must sit whenever the seatbelt sign is switched on.", "hedges:whenever the seatbelt sign is switched on", "a condition that recurs asserts nothing of this time"},
		{facts.Statement{Holds: false, Supports: []string{"going the other way"}}, "Fans keep asking about a player going the other way.", "hedges:asking about a player going the other way", "an indirect question with no question mark asserts nothing"},
		{facts.Statement{Holds: false, Supports: []string{"going the other way"}}, "Fans asked about it, and a player is going the other way.", "asserts:going the other way", "a question in another clause leaves the phrase asserted"},
		{facts.Statement{Holds: false, Supports: []string{"blessée"}}, "Une personne a été blessée.", "asserts:blessée", "personne without ne is a person"},
		{facts.Statement{Holds: false, Supports: []string{"ferito"}}, "Un turista è rimasto ferito.", "asserts:ferito", "without one, asserted"},
		{facts.Statement{Holds: false, Supports: []string{"tax increase"}}, "Whitfield, who leads the opposition, says the plan will force a tax increase.", "attributes:will force a tax increase", "what someone says will happen is their claim"},
		{facts.Statement{Holds: false, Supports: []string{"tax increase"}}, "The plan will force a tax increase.", "asserts:tax increase", "a forecast the text makes itself is asserted"},
		{facts.Statement{Holds: false, Supports: []string{"hazardous goods"}}, "The company said none of the lost containers held hazardous goods.", "denies:none of the lost containers held hazardous goods", "none of the X and a verb: the object is denied"},
		{facts.Statement{Holds: true, Supports: []string{"mayoría absoluta"}}, "El partido se queda sin mayoría absoluta.", "denies:sin mayoría absoluta", "Spanish sin (without) denies"},
		{facts.Statement{Holds: true, Supports: []string{"outright majority"}}, "151 seats are needed for an outright majority.", "hedges:needed for an outright majority", "what is needed for it says nothing of whether it came"},
		{facts.Statement{Holds: true, Supports: []string{"medical timeout"}}, "Brand, who needed treatment during a medical timeout, lost.", "asserts:medical timeout", "needed with no auxiliary before it is a verb in the past: asserted"},
		{facts.Statement{Holds: true, Supports: []string{"state-backed"}}, "The agency has not formally named a suspect but says the raid is state-backed.", "asserts:state-backed", "a coordinator and a verb of saying open what is said: the negation before does not reach it"},
		{facts.Statement{Holds: true, Supports: []string{"state-backed"}}, "The firm has not said the group is state-backed.", "hedges:not said the group is state-backed", "not said: the saying is negated"},
		{facts.Statement{Holds: true, Supports: []string{"all three attempts"}}, "He had needed all three attempts at the height.", "asserts:all three attempts", "a perfect tense of needed tells what happened: asserted"},
		{facts.Statement{Holds: true, Supports: []string{"all three attempts"}}, "He is needed all three attempts at the height.", "hedges:needed all three attempts", "after a form of be it is still a need"},
		{facts.Statement{Holds: true, Supports: []string{"medical timeout"}}, "Brand called for a medical timeout in the third set.", "asserts:medical timeout", "called for: a verb of its own, no attribution"},
		{facts.Statement{Holds: true, Supports: []string{"full refund"}}, "The airline says passengers can claim a full refund.", "asserts:full refund", "can claim: a request, no attribution"},
		{facts.Statement{Holds: false, Supports: []string{"burst"}}, "The blog went on to claim that the dam had burst.", "attributes:claim that the dam had burst", "to claim that: an attribution"},
		{facts.Statement{Holds: true, Supports: []string{"course record"}}, "Most of us were not there for the course record, though we cheered it.", "asserts:course record", "not there: the negation is about who was there"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Officials have not ruled out a cyberattack.", "hedges:not ruled out a cyberattack", "a denial denied leaves it open"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Officials rule out a cyberattack.", "denies:rule out a cyberattack", "the base form denies as the past does"},
		{facts.Statement{Holds: true, Supports: []string{"ruled out arson"}}, "Fire officers had found no evidence of a gas leak and had ruled out arson.", "asserts:ruled out arson", "an object's no does not reach a verb of its own after and"},
		{facts.Statement{Holds: true, Supports: []string{"ruled out arson"}}, "Fire officers found no trace of fuel and ruled out arson.", "asserts:ruled out arson", "so with the phrase's own verb after and"},
		{facts.Statement{Holds: true, Supports: []string{"arson"}}, "Fire officers found no evidence that the door was forced and pointed to arson.", "denies:no evidence that the door was forced and pointed to arson", "after that, and a verb is the said clause's: the denial reaches"},
		{facts.Statement{Holds: true, Supports: []string{"arson"}}, "Fire officers found no evidence of arson.", "denies:no evidence of arson", "no and the phrase in one predicate: denied"},
		{facts.Statement{Holds: false, Supports: []string{"forced entry"}}, "There were no signs of a struggle and forced entry.", "denies:no signs of a struggle and forced entry", "a past form before a bare noun describes it: no verb of its own"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "The servers were migrated without any data lost.", "denies:without any data lost", "a past form ending its clause describes the noun: still denied"},
		{facts.Statement{Holds: false, Supports: []string{"lost their files"}}, "Some clients without a backup plan have lost their files.", "asserts:lost their files", "without denies its noun; the finite verb after it is asserted"},
		{facts.Statement{Holds: false, Supports: []string{"lost their files"}}, "Clients without backups lost their files, the host said.", "asserts:lost their files", "so with a past form opening the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"lost their files"}}, "The host moved every server without anyone having lost their files.", "denies:without anyone having lost their files", "having makes no finite verb: denied"},
		{facts.Statement{Holds: false, Supports: []string{"lost their files"}}, "The host moved every server without a single client who lost their files.", "denies:without a single client who lost their files", "a relative's verb: the negation still reaches"},
		{facts.Statement{Holds: false, Supports: []string{"losing their files"}}, "The host moved every server without clients losing their files.", "denies:without clients losing their files", "a gerund is no finite verb: denied"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers have ruled out every cause of the blaze, including arson.", "denies:ruled out every cause of the blaze, including arson", "an example after including: the clause's denial reaches it"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers have not ruled out any cause of the blaze, including arson.", "hedges:ruled out any cause of the blaze, including arson", "the denial reaches the example, and a negation before it leaves it open"},
		{facts.Statement{Holds: true, Supports: []string{"arson"}}, "Police have made no arrests for the recent crimes, including arson.", "asserts:arson", "a plain negation of another noun does not reach the example: only a denial or a hedge does"},
		{facts.Statement{Holds: true, Supports: []string{"arson"}}, "There is no evidence linking the suspect to the recent fires, including arson.", "asserts:arson", "the denial's clause names no cause or the like the example is one of: not reached"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "The servers were migrated without any data lost in the process.", "denies:without any data lost", "a past form before a preposition describes the noun: still denied"},
		{facts.Statement{Holds: false, Supports: []string{"aardbeving"}}, "Enkele uren later sprak de politie van een aardbeving.", "asserts:aardbeving", "a quantifier of a phrase of time is no hearsay subject"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers have not ruled out any possible cause of the huge blaze at the depot, including arson.", "hedges:ruled out any possible cause of the huge blaze at the depot, including arson", "the negation beyond the cue window still denies the denial: open"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers said it was too early to rule out any cause of the blaze, such as arson.", "hedges:rule out any cause of the blaze, such as arson", "too early to rule out: the example is left open"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers ruled out faulty wiring, and found clear signs of arson.", "asserts:arson", "a clause of its own after the comma: the denial stays in the first"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "The warehouse suffered several blows that month, including arson.", "asserts:arson", "an example with no negation before: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers said it was \"too early to rule anything out\", including arson.", "hedges:too early to rule anything out\", including arson", "too early to, a quotation closing before the example's comma: open"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers said it was too early to call the blaze arson.", "hedges:too early to call the blaze arson", "too early to: what follows is left open"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Fire officers ruled out every cause, including an arson.", "denies:ruled out every cause, including an arson", "an article between the link and the example"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "The firm was quick to rule out a cyberattack.", "hedges:rule out a cyberattack", "after to: a denial, or a purpose, so not counted"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Tests were run to rule out a cyberattack.", "hedges:rule out a cyberattack", "a purpose: it asserts nothing"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Officials cannot rule out a cyberattack.", "hedges:cannot rule out a cyberattack", "a denial under a negation leaves it open"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Nobody is claiming this was a cyberattack.", "hedges:claiming this was a cyberattack", "a negated claim: no one's claim, and no denial"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "That no one was killed or hurt was luck.", "denies:no one was killed or hurt", "a negated subject's predicate goes on past or"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "No one was killed, but many were hurt.", "asserts:hurt", "another clause after a comma: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"recovered"}}, "Of the works stolen in thirty years, fewer than half have been recovered.", "hedges:fewer than half have been recovered", "a part bounded from above may be none"},
		{facts.Statement{Holds: false, Supports: []string{"recovered"}}, "Of the works stolen, more than half have been recovered.", "asserts:recovered", "a part bounded from below is some: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"burst"}}, "Fewer than half of the residents had left when the dam burst.", "asserts:burst", "a clause of its own after when: the bound is the residents'"},
		{facts.Statement{Holds: false, Supports: []string{"approved"}}, "Farmers still need to clear mud from fields approved for planting.", "asserts:approved", "still need to governs its own verb, not a phrase further off"},
		{facts.Statement{Holds: false, Supports: []string{"reopen"}}, "The money is not there to reopen the plant.", "denies:not there to reopen", "not there before to: no presence, a plain negation"},
		{facts.Statement{Holds: true, Supports: []string{"full refund"}}, "Losing candidates went on to claim a full refund was owed.", "asserts:full refund", "claim with a thing asked for after it: a request"},
		{facts.Statement{Holds: false, Supports: []string{"rigged"}}, "Losing candidates went on to claim the vote was rigged.", "attributes:claim the vote was rigged", "claim with a clause after it: an attribution"},
		{facts.Statement{Holds: false, Supports: []string{"closed"}}, "Acme, which employs 3,000 people, said the plant had closed.", "asserts:closed", "a named company's saying, past an aside that ends in people: no hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"flooding"}}, "Flooding could be seen across the town.", "asserts:Flooding", "a noun before a modal, no gerund with an object"},
		{facts.Statement{Holds: true, Supports: []string{"course record"}}, "The runners did not set a course record this year.", "denies:not set a course record", "a plain negation before the phrase denies as ever"},
		{facts.Statement{Holds: false, Supports: []string{"first woman"}}, "Headlines called her the first woman to win it.", "attributes:called her the first woman", "called and an object: what others called her"},
		{facts.Statement{Holds: true, Supports: []string{"mayoría absoluta"}}, "Le faltan ocho de los 151 necesarios para la mayoría absoluta.", "hedges:necesarios para la mayoría absoluta", "so in Spanish"},
		{facts.Statement{Holds: false, Supports: []string{"hazardous goods"}}, "None of the 46 containers carried hazardous goods, the line said.", "denies:None of the 46 containers carried hazardous goods", "so before a comma"},
		{facts.Statement{Holds: false, Supports: []string{"hazardous goods"}}, "None of the crews that handled hazardous goods were hurt.", "hedges:None of the crews that handled hazardous goods", "a that-clause between: not the predicate"},
		{facts.Statement{Holds: false, Supports: []string{"tax increase"}}, "Whitfield said the plan forced a tax increase.", "asserts:tax increase", "a neutral verb of saying reports what happened"},
		{facts.Statement{Holds: true, Supports: []string{"tax increase"}}, "The minister says the plan will not require a tax increase.", "attributes a denial:will not require a tax increase", "a negated forecast said is the speaker's too, and a denial"},
		{facts.Statement{Holds: true, Supports: []string{"shut down"}}, "The bank says it will compensate customers because the systems were shut down.", "asserts:shut down", "a clause of its own after because: what happened"},
		{facts.Statement{Holds: false, Supports: []string{"triggered remotely"}}, "The flaw can be triggered remotely.", "asserts:triggered remotely", "can alone asserts"},
		{facts.Statement{Holds: true, Supports: []string{"exploited"}}, "Customers who cannot patch should assume the flaw has been exploited.", "hedges:cannot patch should assume the flaw has been exploited", "a negation of another verb, a modal between: not the phrase's"},
		{facts.Statement{Holds: true, Supports: []string{"exploited"}}, "The vendor said it cannot confirm the flaw was exploited.", "hedges:cannot confirm the flaw was exploited", "a negated verb of confirming: neither asserted nor denied"},
		{facts.Statement{Holds: true, Supports: []string{"sonaron"}}, "Los bomberos no han confirmado si las alarmas sonaron.", "hedges:no han confirmado si las alarmas sonaron", "a negated verb of confirming in Spanish: whether they rang is open"},
		{facts.Statement{Holds: true, Supports: []string{"sonaron"}}, "Las alarmas no sonaron durante el incendio.", "denies:no sonaron", "the Spanish verb of confirming absent: a plain denial still"},
		{facts.Statement{Holds: true, Supports: []string{"Verletzte"}}, "Die Polizei hat nicht bestätigt, es habe Verletzte gegeben.", "hedges:nicht bestätigt, es habe Verletzte", "a negated German verb of confirming before a clause of reported speech: whether anyone was hurt is open"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Die Polizei bestritt, es habe Verletzte gegeben.", "hedges:bestritt, es habe Verletzte", "a German verb of denial before reported speech: the claim denied, or the police's own reason"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Im Netz war behauptet worden, es habe Verletzte gegeben.", "attributes:behauptet worden, es habe Verletzte", "an attribution before reported speech: someone's claim"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Zunächst hieß es, es habe Verletzte gegeben.", "attributes:hieß es, es habe Verletzte", "so is \"es hieß\", it was said"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Die Polizei sagte, es habe Verletzte gegeben.", "asserts:Verletzte", "a named sayer's reported speech is reported as said"},
		{facts.Statement{Holds: false, Supports: []string{"gestorben"}}, "Die Polizei hat die Nachricht verbreitet, ein Schüler sei gestorben.", "asserts:gestorben", "spreading news with a named sayer asserts it"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Ein Zeuge sagte, es habe Verletzte gegeben.", "asserts:Verletzte", "reported speech after a verb of saying that is not negated: the witness's claim, read as said"},
		{facts.Statement{Holds: false, Supports: []string{"heridos"}}, "Ni los pasajeros ni el conductor resultaron heridos.", "denies:ni el conductor resultaron heridos", "ni ... ni opens the sentence: neither was hurt"},
		{facts.Statement{Holds: false, Supports: []string{"blessés"}}, "Ni les élèves ni leur professeur n'ont été blessés.", "denies:ni leur professeur n'ont été blessés", "French ni ... ni: a denial"},
		{facts.Statement{Holds: false, Supports: []string{"feridos"}}, "Nem os alunos nem o professor ficaram feridos.", "denies:nem o professor ficaram feridos", "Portuguese nem ... nem: a denial"},
		{facts.Statement{Holds: false, Supports: []string{"heridos"}}, "Dos pasajeros resultaron heridos, ni más ni menos.", "asserts:heridos", "ni after the phrase: it denies what follows it, not the injuries"},
		{facts.Statement{Holds: true, Supports: []string{"dimitido"}}, "Ni más ni menos que tres ministros han dimitido.", "asserts:dimitido", "ni más ni menos: no less than, no denial"},
		{facts.Statement{Holds: true, Supports: []string{"over budget"}}, "The museum ran over budget, and a banner reading \"¿Y el museo?\" hung from a balcony.", "asserts:over budget", "a question mark that ends a quotation after the phrase is the quotation's"},
		{facts.Statement{Holds: true, Supports: []string{"over budget"}}, "Did the museum run over budget?", "hedges:over budget", "the sentence's own question asserts nothing"},
		{facts.Statement{Holds: false, Supports: []string{"herido"}}, "Ni un solo pasajero resultó herido.", "denies:Ni un solo pasajero resultó herido", "a lone ni before un: not a single one"},
		{facts.Statement{Holds: false, Supports: []string{"herido"}}, "Ni siquiera un pasajero resultó herido.", "denies:Ni siquiera un pasajero resultó herido", "ni siquiera un: not even one"},
		{facts.Statement{Holds: false, Supports: []string{"gestohlen"}}, "Die Firma schloss nicht aus, es seien Daten gestohlen worden.", "hedges:nicht aus, es seien Daten gestohlen", "a negated verb of ruling out before the comma: the theft left open"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Police are not yet treating the fire as arson.", "denies so far:not yet treating the fire as arson", "yet between the negation and the verb of taking as"},
		{facts.Statement{Holds: true, Supports: []string{"crollato"}}, "Sui social è circolata la voce di un soccorritore davanti al ponte crollato.", "asserts:crollato", "la voce di a person: a voice, no rumour"},
		{facts.Statement{Holds: true, Supports: []string{"había fallado"}}, "Ni el alcalde ni el concejal sabían que la presa había fallado.", "asserts:había fallado", "ni ... ni before a verb of knowing and que: what they did not know was so"},
		{facts.Statement{Holds: true, Supports: []string{"Störung"}}, "Der Strom fiel nicht aus, es habe lediglich eine kurze Störung gegeben, sagte ein Sprecher.", "asserts:Störung", "the particle of another verb (ausfallen) before the comma: no ruling out"},
		{facts.Statement{Holds: true, Supports: []string{"arson"}}, "Police are not simply treating the fire as arson, but as murder.", "asserts:arson", "not simply ... but: arson and more"},
		{facts.Statement{Holds: false, Supports: []string{"over budget"}}, "Did the museum run over budget because of the \"Tides\" exhibition?", "hedges:over budget", "a quoted title inside the sentence's own question: still a question"},
		{facts.Statement{Holds: true, Supports: []string{"había fallado"}}, "Ni siquiera el alcalde sabía que la presa había fallado.", "asserts:había fallado", "ni siquiera alone: not even, no pair"},
		{facts.Statement{Holds: true, Supports: []string{"ficaram feridos"}}, "Nem todos os passageiros ficaram feridos.", "asserts:ficaram feridos", "nem todos: not all, some were"},
		{facts.Statement{Holds: true, Supports: []string{"quebró"}}, "Ni el gobierno ni el regulador explicaron por qué quebró el banco.", "hedges:ni el regulador explicaron por qué quebró", "a verb of explaining between the pair and the phrase takes the negation: the failure neither asserted nor denied"},
		{facts.Statement{Holds: false, Supports: []string{"heridos"}}, "Ninguno de los tripulantes ni los prácticos resultaron heridos.", "hedges:Ninguno de los tripulantes ni los prácticos resultaron heridos", "a negative pronoun and ni: a denial of a subject of another language, not parsed, never asserted"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the technicians aboard the trains was hurt.", "denies:None of the technicians aboard the trains was hurt", "a second preposition's phrase saying whom, then the predicate: denied"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the officers at the scene knew crew were hurt.", "hedges:None of the officers at the scene knew crew were hurt", "a second preposition's phrase, then a verb of knowing: the knowing is denied"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the four drivers and two passengers on the bus was hurt.", "denies:None of the four drivers and two passengers on the bus was hurt", "a phrase saying whom, two nouns joined, beyond the cue window: still only the predicate after it"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the four drivers and two passengers on the bus said anyone was hurt.", "hedges:None of the four drivers and two passengers on the bus said anyone was hurt", "a verb of its own after the long phrase: the saying is denied, not the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Police denied reports on social media that shots were fired and that a guard had been hurt.", "denies:denied reports on social media that shots were fired and that a guard had been hurt", "a denied report's two clauses, however far from the verb"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "She rejected a claim, printed in a weekly paper on Monday, that a guard had been hurt.", "denies:rejected a claim, printed in a weekly paper on Monday, that a guard had been hurt", "an aside in commas between the denied claim and its that"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "She rejected the claims in the paper, saying that a guard had been hurt.", "asserts:hurt", "a that of her own saying, after a comma: not the claim's"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "The prison denied reports that inmates had escaped but it later emerged that a guard had been hurt.", "hedges:denied reports that inmates had escaped but it later emerged that a guard had been hurt", "a that after but is no denied claim's: a far negation, read two ways"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the guards and two of the customers in the shop were hurt.", "hedges:None of the guards and two of the customers in the shop were hurt", "a second noun with a count of its own: the negation may not reach it"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the staff but two customers in the shop were hurt.", "hedges:None of the staff but two customers in the shop were hurt", "but is except: someone was"},
		{facts.Statement{Holds: true, Supports: []string{"Fehlalarm"}}, "Die Anlage wurde nicht beschädigt, es habe lediglich einen Fehlalarm gegeben, teilte der Betreiber mit.", "asserts:Fehlalarm", "a negation of another verb before the comma: the reported clause is the operator's, said"},
		{facts.Statement{Holds: true, Supports: []string{"approve"}}, "The board is not expected to approve the merger.", "hedges:not expected to approve", "a negated forecast: the nearer hedge holds"},
		{facts.Statement{Holds: true, Supports: []string{"exploited"}}, "The flaw has not been exploited.", "denies:not been exploited", "a plain negation denies as ever"},
		{facts.Statement{Holds: false, Supports: []string{"stop taking"}}, "Doctors told patients not to panic or to stop taking their pills.", "denies:not to panic or to stop taking", "or carries the negation on"},
		{facts.Statement{Holds: false, Supports: []string{"keep taking"}}, "Doctors told patients not to panic and to keep taking their pills.", "asserts:keep taking", "and to opens a clause the negation does not reach"},
		{facts.Statement{Holds: true, Supports: []string{"extra aid"}}, "The board did not take the vote lightly and pointed to the extra aid for poorer students.", "asserts:extra aid", "after did not, a past form after and opens a clause of its own: a bare verb would be under the negation"},
		{facts.Statement{Holds: true, Supports: []string{"extra aid"}}, "The board did not take the vote lightly and add the extra aid.", "denies:not take the vote lightly and add the extra aid", "a bare verb after and stays under did not"},
		{facts.Statement{Holds: true, Supports: []string{"acquitted"}}, "The court did not uphold the fraud charge and acquitted the driver.", "asserts:acquitted", "the phrase itself a past form right after and: its own clause, out of did not's reach"},
		{facts.Statement{Holds: true, Supports: []string{"acquit"}}, "The court did not uphold the fraud charge and acquit the driver.", "denies:not uphold the fraud charge and acquit", "the phrase a bare verb right after and: under did not"},
		{facts.Statement{Holds: true, Supports: []string{"charged"}}, "The driver did not get arrested and charged.", "denies:not get arrested and charged", "participles joined by and stay under did not"},
		{facts.Statement{Holds: true, Supports: []string{"extra aid"}}, "The board has not tested and approved the extra aid.", "denies:not tested and approved the extra aid", "under has not, participles after and share the negation"},
		{facts.Statement{Holds: true, Supports: []string{"stay closed"}}, "No visitors will be let in and the cave will stay closed all winter.", "asserts:stay closed", "and before a subject and an auxiliary opens a clause the negation does not reach"},
		{facts.Statement{Holds: true, Supports: []string{"stay closed"}}, "No visitors will be let in and will stay closed all winter.", "denies:No visitors will be let in and will stay closed", "and before the auxiliary alone shares the subject and the negation"},
		{facts.Statement{Holds: true, Supports: []string{"late goal"}}, "The hosts weren't done and Maria Okafor headed a late goal.", "asserts:late goal", "and before a named subject and its past verb opens a clause of its own"},
		{facts.Statement{Holds: true, Supports: []string{"late goal"}}, "The hosts did not give up and she scored a late goal.", "asserts:late goal", "so before a pronoun and its verb"},
		{facts.Statement{Holds: true, Supports: []string{"late goal"}}, "The hosts weren't done and Okafor never scored a late goal.", "denies:never scored a late goal", "a negation of the second clause still denies"},
		{facts.Statement{Holds: true, Supports: []string{"late goal"}}, "Okafor did not run and head a late goal.", "denies:not run and head a late goal", "a bare verb after and, no subject: under did not"},
		{facts.Statement{Holds: false, Supports: []string{"price cartel"}}, "Regulators never suggested that Acme and Boeing ran a price cartel.", "hedges:never suggested that Acme and Boeing ran a price cartel", "that between the negation and and: the negation reaches into what is said"},
		{facts.Statement{Holds: false, Supports: []string{"fatal error"}}, "The report does not claim the pilot was tired and she made a fatal error.", "hedges:not claim the pilot was tired and she made a fatal error", "a verb of saying and an auxiliary between: what is claimed, not a clause of its own"},
		{facts.Statement{Holds: false, Supports: []string{"exploited"}}, "We cannot confirm that the flaw was exploited.", "hedges:cannot confirm that the flaw was exploited", "cannot before a that-clause turns the confirming, as not does"},
		{facts.Statement{Holds: true, Supports: []string{"dissent"}}, "Some had expected at least one dissent.", "hedges:expected at least one dissent", "what was expected was not said to happen"},
		{facts.Statement{Holds: true, Supports: []string{"approve"}}, "The board is expected to approve the deal.", "hedges:expected to approve", "a forecast"},
		{facts.Statement{Holds: true, Supports: []string{"approved"}}, "As expected, the board approved the deal.", "asserts:approved", "as expected in a clause of its own: asserted"},
		{behind, "One blog has claimed that Iran was not behind the attack.", "attributes a denial:claimed that Iran was not behind the attack", "a denial inside an attributed claim is an attributed denial"},
		{behind, "Officials said that Iran was not behind the attack.", "denies:not behind the attack", "a neutral verb of saying reports the denial"},
		{facts.Statement{Holds: false, Supports: []string{"Verbot"}}, "Es gibt kein Verbot von Gasheizungen.", "denies:kein Verbot", "a German negation before the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"interdit"}}, "Le gouvernement n'a pas interdit les chaudières.", "denies:pas interdit", "a French one"},
		{facts.Statement{Holds: false, Supports: []string{"repousserons"}}, "Nous ne repousserons pas cette date.", "denies:ne repousserons pas", "French ne ... pas framing a verb in a simple tense"},
		{facts.Statement{Holds: false, Supports: []string{"second round"}}, "She took 58.4 per cent, avoiding a second round.", "denies:avoiding a second round", "what was avoided did not happen"},
		{facts.Statement{Holds: false, Supports: []string{"exploradas"}}, "Segundo o projeto, não há indícios de que as falhas tenham sido exploradas.", "denies:não há indícios de que as falhas tenham sido exploradas", "Portuguese no sign that: a denial, not a hedge"},
		{facts.Statement{Holds: false, Supports: []string{"ausgenutzt"}}, "Es gibt keine Hinweise darauf, dass die Lücken ausgenutzt wurden.", "denies:keine Hinweise darauf, dass die Lücken ausgenutzt", "German: the denial reaches over the comma before dass"},
		{facts.Statement{Holds: false, Supports: []string{"ausgenutzt"}}, "Es gibt keine Hinweise auf Schäden, die Lücken wurden aber ausgenutzt.", "asserts:ausgenutzt", "no dass after the comma: another clause"},
		{facts.Statement{Holds: false, Supports: []string{"second round"}}, "The party failed to avoid a second round.", "asserts:second round", "the base form after failed to: the round took place"},
		{facts.Statement{Holds: false, Supports: []string{"ransom demand"}}, "Asked whether the firm had received a ransom demand, Okafor says no.", "denies:Asked whether the firm had received a ransom demand, Okafor says no", "a question answered no by its speaker: denied"},
		{facts.Statement{Holds: false, Supports: []string{"ransom demand"}}, "Asked if the firm had received a ransom demand, the spokeswoman said yes.", "asserts:Asked if the firm had received a ransom demand, the spokeswoman said yes", "answered yes: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"ransom demand"}}, "Asked whether the ransom demand had been paid, Okafor said no.", "hedges:whether the ransom demand", "the phrase does not end the question: the no answers the paying"},
		{facts.Statement{Holds: false, Supports: []string{"ransom demand"}}, "Asked whether the firm would meet the ransom demand, Okafor said no.", "hedges:whether the firm would meet the ransom demand", "a modal: another question"},
		{facts.Statement{Holds: true, Supports: []string{"injured"}}, "No one was injured except the driver.", "hedges:No one was injured", "an exception after the denial: the one excepted was"},
		{facts.Statement{Holds: true, Supports: []string{"injured"}}, "No one was injured among the passengers.", "hedges:No one was injured", "a denial narrowed to some right after it: the crew may have been"},
		{facts.Statement{Holds: true, Supports: []string{"injured"}}, "No one was injured in the crash.", "denies:No one was injured", "in the crash narrows nothing: denied"},
		{facts.Statement{Holds: true, Refutes: []string{"no one was injured"}}, "No one was injured except the driver.", "doubts:No one was injured", "a refuting denial with an exception: the driver was, not counted"},
		{facts.Statement{Holds: true, Refutes: []string{"nobody died"}}, "Nobody died at the scene, police said.", "doubts:Nobody died", "a refuting denial narrowed to the scene: someone may have died later"},
		{facts.Statement{Holds: true, Refutes: []string{"nadie resultó herido"}}, "Nadie resultó herido entre los pasajeros.", "doubts:Nadie resultó herido", "so in Spanish, among the passengers"},
		{facts.Statement{Holds: true, Refutes: []string{"nobody died"}}, "Nobody died, at the scene or later, police said.", "denies:Nobody died", "a comma between: an aside, the denial whole"},
		{facts.Statement{Holds: true, Refutes: []string{"no injuries"}}, "There were no injuries in the crash.", "denies:no injuries", "in the crash narrows nothing: refuted"},
		{facts.Statement{Holds: true, Refutes: []string{"cause was unknown"}}, "The cause was unknown except to the crew.", "denies:cause was unknown", "a refuting phrase that denies no existence takes no exception"},
		{facts.Statement{Holds: true, Refutes: []string{"nobody was hurt"}}, "Nobody was hurt, and all services except the night bus resumed on Monday.", "denies:Nobody was hurt", "an exception past and is another clause's"},
		{facts.Statement{Holds: true, Refutes: []string{"no one was hurt"}}, "No one was hurt at the scene or elsewhere, the fire service said.", "denies:No one was hurt", "a restrictor widened again by or"},
		{facts.Statement{Holds: true, Refutes: []string{"nadie resultó herido"}}, "Nadie resultó herido en el lugar ni después, según los bomberos.", "denies:Nadie resultó herido", "so by ni in Spanish"},
		{facts.Statement{Holds: false, Supports: []string{"serious condition"}}, "None of those who were in a serious condition has died.", "asserts:serious condition", "a relative clause on the subject: no state denied"},
		{facts.Statement{Holds: false, Supports: []string{"ransom demand"}}, "Asked whether the firm had received a ransom demand, Okafor declined to comment.", "hedges:whether the firm had received a ransom demand", "no answer: an open question"},
		{facts.Statement{Holds: false, Supports: []string{"ransom demand"}}, "It is unclear whether a ransom demand was made, Okafor says no.", "hedges:whether a ransom demand", "no question asked: the hedge stands"},
		{facts.Statement{Holds: false, Supports: []string{"serious condition"}}, "No one was in a serious condition.", "denies:No one was in a serious condition", "a state after an auxiliary and in: the pronoun's predicate"},
		{facts.Statement{Holds: false, Supports: []string{"serious condition"}}, "Seven were taken to hospital, none of them in a serious condition.", "denies:none of them in a serious condition", "none of them and in with no verb: the same state"},
		{facts.Statement{Holds: false, Supports: []string{"serious condition"}}, "Seven were taken to hospital, one in a serious condition.", "asserts:serious condition", "one, no negation: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"serious condition"}}, "Nobody had a serious condition plan.", "asserts:serious condition", "an article after no in: an object, not denied"},
		{facts.Statement{Holds: true, Supports: []string{"criminal investigation"}}, "Prosecutors have declined to open a criminal investigation.", "hedges:declined to open a criminal investigation", "a refusal: not counted, never asserted"},
		{facts.Statement{Holds: true, Supports: []string{"criminal investigation"}}, "Prosecutors refused to drop the criminal investigation.", "hedges:refused to drop the criminal investigation", "the verb may undo the phrase: not read as a denial"},
		{facts.Statement{Holds: true, Supports: []string{"resign"}}, "The minister refused to resign.", "denies:refused to resign", "the phrase right after to: what was refused"},
		{facts.Statement{Holds: false, Supports: []string{"rule out further"}}, "The governor declined to rule out further rises.", "denies:declined to rule out further", "so after declined"},
		{facts.Statement{Holds: true, Supports: []string{"criminal investigation"}}, "Prosecutors declined to comment on the criminal investigation.", "asserts:criminal investigation", "more words between: declining to comment says nothing of it"},
		{facts.Statement{Holds: true, Supports: []string{"record low"}}, "Shares declined to a record low.", "asserts:record low", "to and an article with no verb: declined is a fall"},
		{facts.Statement{Holds: true, Supports: []string{"recession"}}, "Hopes of avoiding a recession faded as figures showed contraction.", "asserts:recession", "after of, avoiding is a hope: no denial"},
		{facts.Statement{Holds: true, Supports: []string{"closed"}}, "A disaster was averted because the plant closed early.", "asserts:closed", "averted denies its own object, not a clause further off"},
		{facts.Statement{Holds: true, Supports: []string{"appeal"}}, "The athlete has the right to appeal this decision within 21 days.", "hedges:the right to appeal", "a right to do a thing says nothing of whether it is done"},
		{facts.Statement{Holds: true, Supports: []string{"actualización de software"}}, "Atribuyó la caída a una actualización de software y descartó un ciberataque.", "asserts:actualización de software", "a denial after a word that joins clauses is the next clause's"},
		{facts.Statement{Holds: false, Supports: []string{"repousserons"}}, "Nous ne la repousserons jamais.", "denies:ne la repousserons jamais", "ne ... jamais, a pronoun between"},
		{facts.Statement{Holds: true, Supports: []string{"exploitent"}}, "Les pirates n'exploitent pas seulement cette faille, mais aussi deux autres.", "asserts:exploitent", "ne ... pas seulement restricts: not only"},
		{facts.Statement{Holds: true, Supports: []string{"exploitée"}}, "Les experts craignent que la faille ne soit exploitée plus largement.", "asserts:exploitée", "plus is more as often: no frame"},
		{facts.Statement{Holds: false, Supports: []string{"repoussée"}}, "Elle n'a été repoussée qu'une fois.", "asserts:repoussée", "ne ... que restricts: no negation"},
		{facts.Statement{Holds: false, Supports: []string{"repousserons"}}, "Nous repousserons la date, pas la sortie.", "asserts:repousserons", "pas alone after a comma denies another thing"},
		{facts.Statement{Holds: true, Supports: []string{"closed"}}, "The non-profit group said the plant closed.", "asserts:closed", "non in an English compound is no negation"},
		{facts.Statement{Holds: true, Supports: []string{"elimina il GIL"}}, "Attenzione: Python 3.12 non elimina il GIL.", "denies:non elimina il GIL", "Italian non before the phrase"},
		{facts.Statement{Holds: true, Supports: []string{"elimina il GIL"}}, "Python 3.12 non solo elimina il GIL, ma accelera.", "asserts:elimina il GIL", "non solo is not only: no negation"},
		{facts.Statement{Holds: true, Supports: []string{"interdit"}}, "Le gouvernement a non seulement interdit les chaudières, mais aussi le fioul.", "asserts:interdit", "so non seulement in French"},
		{facts.Statement{Holds: true, Supports: []string{"Verbot"}}, "Im Mai wurde das Verbot beschlossen.", "asserts:Verbot", "Mai is a month, no negation"},
		{facts.Statement{Holds: true, Supports: []string{"closed"}}, "It was not only closed but sold.", "asserts:closed", "not only is no negation"},
		{facts.Statement{Holds: true, Supports: []string{"Verbot"}}, "Es gibt ohne Zweifel ein Verbot.", "asserts:Verbot", "ohne Zweifel is no negation"},
		{facts.Statement{Holds: true, Supports: []string{"banned"}}, "Gas boilers were not just banned but taxed.", "hedges:not just banned", "not just reads two ways"},
		{facts.Statement{Holds: true, Supports: []string{"ban"}}, "The government didn't just ban gas boilers; it taxed oil too.", "hedges:t just ban", "so does n't just"},
		{facts.Statement{Holds: true, Supports: []string{"interdit"}}, "Le gouvernement a sans doute interdit les chaudières.", "hedges:sans doute interdit", "sans doute is probably: two ways"},
		{facts.Statement{Holds: true, Supports: []string{"interdit"}}, "Le gouvernement a sans aucun doute interdit les chaudières.", "asserts:interdit", "sans aucun doute is certainly: no negation"},
		{facts.Statement{Holds: true, Supports: []string{"vietato"}}, "Non a caso il governo ha vietato le caldaie.", "asserts:vietato", "non a caso is not by chance: no negation"},
		{facts.Statement{Holds: true, Supports: []string{"vietato"}}, "Il governo non ha vietato le caldaie.", "denies:non ha vietato", "a plain non before the phrase denies"},
		{facts.Statement{Holds: true, Supports: []string{"contagio"}}, "Nessun caso di contagio è stato registrato.", "denies:Nessun caso di contagio", "caso alone cancels no negation: no case of infection"},
		{facts.Statement{Holds: true, Supports: []string{"reopened"}}, "Without the grant, the pool would never have reopened.", "hedges:never have reopened", "a negated past conditional: what did not come about, nothing certain of what did"},
		{facts.Statement{Holds: true, Supports: []string{"reopened"}}, "Without the grant, the pool wouldn't have reopened.", "hedges:t have reopened", "so with n't"},
		{facts.Statement{Holds: true, Supports: []string{"rouvert"}}, "Sans la subvention, la piscine n'aurait jamais rouvert.", "hedges:jamais rouvert", "so n'aurait jamais"},
		{facts.Statement{Holds: true, Supports: []string{"reopened"}}, "The pool has never reopened.", "denies:never reopened", "a negation with no conditional still denies"},
		{facts.Statement{Holds: true, Supports: []string{"explotado"}}, "La empresa no tiene pruebas de que alguien haya explotado la falla.", "denies:no tiene pruebas de que alguien haya explotado", "no tiene pruebas de que: no evidence that, in Spanish"},
		{facts.Statement{Holds: true, Supports: []string{"accounted for"}}, "All but one of the 23 crew had been accounted for.", "hedges:All but one of the 23 crew had been accounted for", "all but: one was not, so not all; the phrase is neither asserted nor denied"},
		{facts.Statement{Holds: true, Supports: []string{"accounted for"}}, "All 23 crew had been accounted for.", "asserts:accounted for", "all with no but asserts"},
		{facts.Statement{Holds: true, Supports: []string{"reopened"}}, "They never have reopened the pool.", "denies:never have reopened", "have after a negation with no would before it: still a denial"},
		{facts.Statement{Holds: true, Supports: []string{"interdit"}}, "Il ne fait pas de doute que le gouvernement a interdit les chaudières.", "asserts:interdit", "pas de doute: a word between the negation and its canceller"},
		{facts.Statement{Holds: true, Supports: []string{"prohibió"}}, "No hay duda de que el gobierno prohibió las calderas.", "asserts:prohibió", "so in Spanish"},
		{facts.Statement{Holds: true, Supports: []string{"verboden"}}, "Er is geen twijfel dat het kabinet cv-ketels heeft verboden.", "asserts:verboden", "and in Dutch"},
		{facts.Statement{Holds: true, Supports: []string{"banned"}}, "Without a doubt the government banned gas boilers.", "asserts:banned", "without a doubt: certainly"},
		{facts.Statement{Holds: true, Supports: []string{"verboten"}}, "Ohne jeden Zweifel hat die Regierung Gasheizungen verboten.", "asserts:verboten", "ohne jeden Zweifel"},
		{facts.Statement{Holds: true, Supports: []string{"banned"}}, "The government has not banned gas boilers, no doubt about it.", "denies:not banned", "a canceller after a comma is another clause's"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "No-one was injured.", "denies:No-one was injured", "no-one with a hyphen still denies"},
		{facts.Statement{Holds: true, Supports: []string{"imposed"}}, "The no-fly zone was imposed on Monday.", "asserts:imposed", "a negation that opens a hyphened compound before the phrase is the compound's"},
		{facts.Statement{Holds: true, Supports: []string{"relogés"}}, "Les sans-abri du campement ont été relogés.", "asserts:relogés", "so in French"},
		{facts.Statement{Holds: true, Supports: []string{"abgeschoben"}}, "Mehrere Nicht-EU-Bürger wurden abgeschoben.", "asserts:abgeschoben", "a chain of three"},
		{facts.Statement{Holds: true, Supports: []string{"guilty"}}, "The jury returned a not-guilty verdict.", "denies:not-guilty", "the phrase inside the chain is denied"},
		{facts.Statement{Holds: true, Supports: []string{"approved"}}, "The never-approved drug was sold online.", "denies:never-approved", "so at the chain's end"},
		{facts.Statement{Holds: true, Supports: []string{"banned"}}, "It has not so far banned gas boilers.", "denies so far:not so far banned", "so is no canceller: not so far is a denial of a state that may change, as before"},
		{behind, "Analysts had feared that Iran carried out the attack.", "hedges:feared that Iran carried out the attack", "what was feared is not asserted"},
		{behind, "Iran allegedly carried out the attack.", "attributes:allegedly carried out the attack", "allegedly is an attribution"},
		{behind, "For two days the ministry kept insisting that Iran carried out the attack.", "attributes:insisting that Iran carried out the attack", "insisting is one side's claim, an attribution"},
		{behind, "The ministry insisted on Tuesday that Iran carried out the attack.", "attributes:insisted on Tuesday that Iran carried out the attack", "insisted on a day: one side's claim, as ever"},
		{behind, "Officials say reports on social media that Iran carried out the attack are wrong.", "attributes a denial:reports on social media that Iran carried out the attack", "reports that officials say are wrong: their denial, reported"},
		{behind, "Officials say Iran carried out the attack.", "asserts:carried out the attack", "the verb of saying alone reports what happened"},
		{facts.Statement{Holds: false, Supports: []string{"pay the ransom"}}, "The firm chose to pay the ransom.", "asserts:pay the ransom", "what someone chose to do is done"},
		{facts.Statement{Holds: false, Supports: []string{"resident discount"}}, "Opponents had pushed for a resident discount.", "hedges:pushed for a resident discount", "what is pushed for is wanted, not had"},
		{facts.Statement{Holds: false, Supports: []string{"resident discount"}}, "Opponents who had pushed for it won a resident discount.", "asserts:resident discount", "the demand's object is another: the phrase after won is had"},
		{facts.Statement{Holds: true, Supports: []string{"asylum"}}, "The defector asked for asylum at the embassy.", "asserts:asylum", "asked for is left out: its object is often the fact itself"},
		{behind, "There has been talk in the city that Iran carried out the attack.", "attributes:talk in the city that Iran carried out the attack", "talk that: a rumour"},
		{behind, "Rivals alleged that the group of hackers from the north of the country had carried out the attack.", "attributes:alleged that the group of hackers from the north of the country had carried out the attack", "an attribution's that further back"},
		{behind, "Rivals said that the group of hackers from the north of the country had carried out the attack.", "asserts:carried out the attack", "a neutral verb of saying is no attribution"},
		{behind, "In a talk that the minister gave on Monday he confirmed the group carried out the attack.", "asserts:carried out the attack", "a verb of its own between the that and the phrase"},
		{behind, "Albania accused Iran of being behind the attack.", "attributes:accused Iran of being behind the attack", "accused of"},
		{behind, "Tirana blamed Iran, saying it was behind the attack.", "asserts:behind the attack", "the cue stops at the clause boundary, and saying is no attribution"},
		{behind, "Police blamed the group, and the group was behind the attack.", "asserts:behind the attack", "the cue stops at the clause boundary"},
		{behind, "Investigators said the group carried out the attack.", "asserts:carried out the attack", "a neutral verb of saying reports the claim"},
		{behind, "The group was said to be behind the attack.", "attributes:said to be behind the attack", "said to is hearsay"},
		{behind, "The group is thought to have carried out the attack.", "hedges:thought to have carried out the attack", "thought to"},
		{behind, "It is unclear whether the group carried out the attack.", "hedges:whether the group carried out the attack", "an open question"},
		{behind, "If the group carried out the attack, arrests will follow.", "hedges:If the group carried out the attack", "a condition"},
		{behind, "Who carried out the attack?", "hedges:carried out the attack", "a question asserts nothing"},
		{behind, "A thread, \"Who carried out the attack?\", ran to 212 replies.", "hedges:carried out the attack", "nor does a question quoted in a sentence"},
		{facts.Statement{Holds: true, Supports: []string{"exploitation"}}, "Exploitation", "hedges:Exploitation", "a heading of the phrase alone asserts nothing"},
		{facts.Statement{Holds: true, Supports: []string{"exploitation"}}, "Exploitation was seen in the wild.", "asserts:Exploitation", "a sentence that goes on asserts it"},
		{facts.Statement{Holds: true, Supports: []string{"fault caused the crash"}}, "Fault caused the crash.", "asserts:Fault caused the crash", "a whole sentence with its stop asserts it"},
		{facts.Statement{Holds: true, Refutes: []string{"not exploited"}}, "Not exploited", "doubts:Not exploited", "a heading of a refuting phrase asserts nothing either"},
		{facts.Statement{Holds: true, Supports: []string{"0 deaths"}}, "Key figures:\n\n- 0 deaths\n- 12 hospitalised\n", "asserts:0 deaths", "an item of a list states it"},
		{facts.Statement{Holds: false, Supports: []string{"exploitation"}}, "| Field | Value |\n|---|---|\n| Known exploitation | None known |\n", "hedges:exploitation", "a row's label names a subject; its value is in the next cell"},
		{facts.Statement{Holds: false, Supports: []string{"exploited"}}, "| Field | Value |\n|---|---|\n| Status | Actively exploited |\n", "asserts:exploited", "a phrase in a value cell states it"},
		{facts.Statement{Holds: true, Supports: []string{"0 deaths"}}, "Key figures:\n\n1. 0 deaths\n", "asserts:0 deaths", "a numbered item too"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Investigators weigh three explanations:\n\n- Cyberattack\n- Software fault\n", "hedges:Cyberattack", "a bare phrase as an item names an option, as a heading names a subject"},
		{facts.Statement{Holds: true, Supports: []string{"exploitation"}}, "- Known exploitation:\n", "hedges:exploitation", "an item that ends with a colon is a label"},
		{behind, "Was it from the U.S. that they carried out the attack?", "hedges:carried out the attack", "a question with an abbreviation in it"},
		{behind, "They carried out the attack. Why?", "asserts:carried out the attack", "a question after the phrase's sentence does not reach it"},
		{behind, "The group said it was not behind the attack.", "denies:not behind the attack", "a negation outweighs the attribution"},
		{behind, "There is no evidence the group carried out the attack.", "denies:no evidence the group carried out the attack", "no evidence"},
		{behind, "Officials suspected that Iran was behind the attack.", "attributes:suspected that Iran was behind the attack", "suspected"},
		{behind, "Iran reportedly carried out the attack.", "attributes:reportedly carried out the attack", "reportedly"},
		{behind, "Iran may have carried out the attack.", "hedges:may have carried out the attack", "hedge"},
		{behind, "Iran could have been behind the attack.", "hedges:could have been behind the attack", "hedge"},
		{behind, "No one should pretend that Iran carried out the attack.", "hedges:No one should pretend that Iran carried out the attack", "a negation before that denies the saying, not the phrase: uncertain"},
		{behind, "Iran did not deny that it carried out the attack.", "hedges:not deny that it carried out the attack", "nor does a negated verb of denial deny it"},
		{behind, "Iran has not explained how the group carried out the attack.", "hedges:not explained how the group carried out the attack", "a negated verb before how: the phrase is presupposed or asked, not denied"},
		{behind, "Iran has not said whether the group carried out the attack.", "hedges:not said whether the group carried out the attack", "a negated verb before whether: asked, not denied"},
		{behind, "Officials asked whether the group carried out the attack.", "hedges:whether the group carried out the attack", "whether alone asks"},
		{behind, "Iran says no ransom was paid and that the group carried out the attack.", "asserts:carried out the attack", "a negation before and that stays in its clause"},
		{behind, "Iran denied it was warned and that the group carried out the attack.", "denies:denied it was warned and that the group carried out the attack", "a verb of denial governs the clauses after and that"},
		{behind, "Iran said it rejected the demand and that the group carried out the attack.", "asserts:carried out the attack", "a negation inside the first clause said stays there"},
		{behind, "Iran said it did not pay and that the group carried out the attack.", "asserts:carried out the attack", "so does not inside it"},
		{behind, "A spokesman said Iran denies that it was warned and that the group carried out the attack.", "denies:denies that it was warned and that the group carried out the attack", "a denial before that governs both clauses, after a verb of saying too"},
		{behind, "A spokesman said Iran denied the reports that it was warned and that the group carried out the attack.", "hedges:denied the reports that it was warned and that the group carried out the attack", "the reports that: what was denied, or a relative clause on the reports, so not counted"},
		{behind, "A spokesman said Iran denied any suggestion that it was warned and that the group carried out the attack.", "hedges:denied any suggestion that it was warned and that the group carried out the attack", "any suggestion that reads two ways too"},
		{behind, "A spokesman said Iran denied media reports that it was warned and that the group carried out the attack.", "hedges:denied media reports that it was warned and that the group carried out the attack", "and media reports that"},
		{behind, "A spokesman said Iran found the flaw that week and that the group carried out the attack.", "asserts:carried out the attack", "no negation before the noun and its that: nothing to hedge"},
		{behind, "The audit found nothing, contradicting claims by rivals last year that the group carried out the attack.", "attributes:claims by rivals last year that the group carried out the attack", "an attribution further back before that"},
		{facts.Statement{Holds: true, Supports: []string{"arson"}}, "Police would not say why arson was suspected.", "hedges:not say why arson", "right before the phrase, why still opens a clause"},
		{behind, "Iran said it was not behind the attack, whatever the cause.", "denies:not behind the attack", "no wh-word between the negation and the phrase: it denies"},
		{facts.Statement{Holds: true, Supports: []string{"conceded"}}, "Pell hasn't conceded yet.", "denies so far:hasn't conceded", "not yet: a state that may change"},
		{facts.Statement{Holds: false, Supports: []string{"paid"}}, "The gang demanded a ransom, to be paid in bitcoin.", "hedges:to be paid", "to be: what is to happen, not what did"},
		{facts.Statement{Holds: false, Supports: []string{"ratified"}}, "The time still has to be ratified by the federation.", "hedges:to be ratified", "has to be: what must happen"},
		{facts.Statement{Holds: false, Supports: []string{"ratificado"}}, "O recorde ainda está a ser ratificado.", "hedges:está a ser ratificado", "so in Portuguese"},
		{facts.Statement{Holds: false, Supports: []string{"infected"}}, "The server was found to be infected.", "asserts:infected", "found to be asserts"},
		{facts.Statement{Holds: false, Supports: []string{"arrested"}}, "He was the first to be arrested.", "asserts:arrested", "the first to be asserts"},
		{facts.Statement{Holds: false, Supports: []string{"elected"}}, "She was the youngest person ever to be elected mayor.", "asserts:elected", "a superlative a few words before to be asserts"},
		{facts.Statement{Holds: false, Supports: []string{"elected"}}, "She continues to be elected by wide margins.", "asserts:elected", "continues to be asserts"},
		{facts.Statement{Holds: false, Supports: []string{"elected"}}, "Kowalska hopes to be the next person to be elected mayor.", "hedges:to be elected", "a wish before the superlative: still to happen"},
		{facts.Statement{Holds: false, Supports: []string{"elected"}}, "Kowalska would be happy to be elected mayor.", "hedges:to be elected", "a modal before happy: a wish"},
		{facts.Statement{Holds: false, Supports: []string{"elected"}}, "Kowalska wants to continue to be elected.", "hedges:to be elected", "to before continue: what she wants"},
		{facts.Statement{Holds: false, Supports: []string{"elected"}}, "Kowalska was proud to be elected mayor.", "asserts:elected", "proud with no wish before it asserts"},
		{facts.Statement{Holds: false, Supports: []string{"elected"}}, "She is expected to be elected on Sunday.", "hedges:expected to be elected", "expected to be: still to happen"},
		{facts.Statement{Holds: false, Supports: []string{"elegida"}}, "Volvió a ser elegida alcaldesa.", "asserts:elegida", "volvió a ser: elected again"},
		{facts.Statement{Holds: false, Supports: []string{"paid"}}, "The ransom was paid in bitcoin.", "asserts:paid", "no to be: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Verletzt wurde nach Angaben der Firma niemand.", "denies:Verletzt wurde nach Angaben der Firma niemand", "a German negation pronoun ending the clause denies the phrase the sentence opens with, the topic German puts first"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Die Firma sagt, verletzt wurde niemand.", "hedges:verletzt wurde niemand", "a phrase that does not open the sentence: not parsed, so neither asserted nor denied"},
		{facts.Statement{Holds: false, Supports: []string{"Sturmwarnung"}}, "Eine Sturmwarnung habe es für die Insel nicht gegeben, hieß es.", "denies:Sturmwarnung habe es für die Insel nicht", "nicht before the clause's last verb denies it too, an article before the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"Sturmwarnung"}}, "Eine Sturmwarnung wurde nicht rechtzeitig verschickt.", "hedges:Sturmwarnung wurde nicht", "nicht before another word than the last negates that word: the warning was sent, late"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Verletzt wurde niemand außer dem Fahrer.", "hedges:Verletzt wurde niemand", "an exception after it: someone was"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Verletzt wurde niemand, der im Zug saß.", "hedges:Verletzt wurde niemand", "a relative clause narrows whom it denies"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Verletzte gab es bislang keine.", "denies so far:Verletzte gab es bislang keine", "keine ending the sentence, with bislang: a denial so far"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Verletzte gab es keine.", "denies:Verletzte gab es keine", "keine ending the sentence denies"},
		{facts.Statement{Holds: false, Supports: []string{"Leiharbeiter"}}, "Leiharbeiter stellte die Firma nach eigenen Angaben während der ganzen Schließung nicht ein; die Hallen blieben leer.", "hedges:Leiharbeiter stellte die Firma nach eigenen Angaben während der ganzen Schließung nicht", "nicht before a verb's particle far on in its clause: the verb is negated, which may or may not be the phrase's event, so neither asserted nor denied"},
		{facts.Statement{Holds: false, Supports: []string{"hired"}}, "Temporary staff were hired, the firm said, though it did not say how many.", "asserts:hired", "an English not after the phrase is no topic's"},
		{facts.Statement{Holds: false, Supports: []string{"Leiharbeiter"}}, "Die Firma sagt, Leiharbeiter habe sie nach eigenen Angaben während der ganzen Schließung nicht eingestellt.", "hedges:Leiharbeiter habe sie nach eigenen Angaben während der ganzen Schließung nicht", "a negation far after a phrase that does not open the sentence: not parsed, never asserted"},
		{facts.Statement{Holds: false, Supports: []string{"gewond"}}, "De kinderen raakten gelukkig niet gewond.", "denies:niet gewond", "a negation before the phrase still denies"},
		{facts.Statement{Holds: false, Supports: []string{"stängs"}}, "Ingen skola stängs.", "denies:Ingen skola stängs", "a Swedish negation before the phrase denies it"},
		{facts.Statement{Holds: false, Supports: []string{"stängs"}}, "Skolan stängs inte.", "hedges:stängs inte", "one after the verb, as Swedish puts it: not parsed, never asserted"},
		{facts.Statement{Holds: false, Supports: []string{"stängs"}}, "Skolan stängs i juni.", "asserts:stängs", "no negation: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"stängs"}}, "Inga Lindström sade att skolan stängs i juni.", "asserts:stängs", "Inga before a capitalised word is a name, no negation"},
		{facts.Statement{Holds: false, Supports: []string{"stängs"}}, "Inga skolor stängs.", "denies:Inga skolor stängs", "Inga before a word in lower case is the negation"},
		{facts.Statement{Holds: false, Supports: []string{"stängs"}}, "Inte bara skolan stängs, utan också biblioteket.", "asserts:stängs", "inte bara is not only: no negation"},
		{facts.Statement{Holds: false, Supports: []string{"stängs"}}, "Det är inte klart om skolan stängs.", "hedges:inte klart om skolan stängs", "a negated word of knowing takes the negation: neither"},
		{facts.Statement{Holds: false, Supports: []string{"stängts"}}, "Aldrig tidigare har så många skolor stängts.", "hedges:Aldrig tidigare har så många skolor stängts", "never before: so many have now, read two ways"},
		{facts.Statement{Holds: false, Supports: []string{"verboten"}}, "Verboten hat die Regierung nicht nur Ölheizungen.", "asserts:Verboten", "nicht nur after the phrase cancels itself"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Drei Menschen wurden verletzt und niemand getötet.", "asserts:verletzt", "a negation right after und opens the next clause"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Verletzt oder getötet wurde niemand.", "denies:Verletzt oder getötet wurde niemand", "a negation further after oder is the phrase's when the phrase opens the sentence"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Verletzt wurde laut Polizei und Feuerwehr niemand.", "denies:Verletzt wurde laut Polizei und Feuerwehr niemand", "und joining two nouns: the negation is still the phrase's"},
		{facts.Statement{Holds: false, Supports: []string{"gewond"}}, "Gewond of gedood raakte niemand.", "denies:Gewond of gedood raakte niemand", "so in Dutch"},
		{facts.Statement{Holds: false, Supports: []string{"heridas"}}, "Hubo tres personas heridas y nadie murió.", "asserts:heridas", "so beyond y"},
		{facts.Statement{Holds: false, Supports: []string{"stolen"}}, "Data was stolen but not encrypted.", "asserts:stolen", "an English not after the phrase denies something else"},
		{facts.Statement{Holds: true, Supports: []string{"met"}}, "Yet the government's promise has not been met.", "denies:not been met", "Yet opening a sentence is a conjunction, not a state that may change"},
		{facts.Statement{Holds: true, Supports: []string{"met"}}, "The promise has not been met, and yet the minister smiled.", "denies:not been met", "and yet in another clause: a conjunction"},
		{facts.Statement{Holds: true, Supports: []string{"met"}}, "The promise has not yet been met.", "denies so far:not yet been met", "not yet: a state that may change"},
		{facts.Statement{Holds: true, Supports: []string{"déterminé"}}, "Le sexe n'a pas encore été déterminé.", "denies so far:pas encore été déterminé", "French été is an auxiliary, as been is"},
		{facts.Statement{Holds: true, Supports: []string{"déterminé"}}, "Le sexe n'a pas encore été officiellement déterminé.", "hedges:pas encore été officiellement déterminé", "a word no auxiliary between leaves it a hedge"},
		{facts.Statement{Holds: false, Supports: []string{"damaged"}}, "The airport has not reopened yet after the runway was damaged by the storm.", "hedges:not reopened yet after the runway was damaged", "a clause between: the negation may not reach the phrase, not denied so far"},
		{facts.Statement{Holds: false, Supports: []string{"adverse events"}}, "To date, the firm has not received any reports of adverse events.", "denies so far:not received any reports of adverse events", "a verb, any, a noun and of carry the denial as no reports of does: denied as of writing"},
		{facts.Statement{Holds: false, Supports: []string{"adverse events"}}, "To date, the firm has not received any reports from patients of adverse events.", "hedges:not received any reports from patients of adverse events", "more words between: the negation may not reach it"},
		{facts.Statement{Holds: false, Supports: []string{"ransom demands"}}, "So far, the company has not disclosed any details of ransom demands.", "hedges:not disclosed any details of ransom demands", "details presuppose what they are of: no denial"},
		{facts.Statement{Holds: false, Supports: []string{"suspicious"}}, "Police are not treating the blast as suspicious at this stage.", "denies so far:not treating the blast as suspicious", "a negated verb with the phrase as its complement, at a moment: denied as of writing"},
		{facts.Statement{Holds: false, Supports: []string{"suspicious"}}, "Police have not yet said whether the blast is suspicious.", "hedges:not yet said whether the blast is suspicious", "the negation turns the saying before whether: open"},
		{facts.Statement{Holds: false, Supports: []string{"harmed"}}, "No patients have been harmed so far.", "denies so far:No patients have been harmed", "no and the noun it denies, then auxiliaries: a plain denial as of writing"},
		{facts.Statement{Holds: false, Supports: []string{"harm"}}, "The firm said no patient harm had been reported so far.", "denies so far:no patient harm", "a noun of two words after no"},
		{facts.Statement{Holds: true, Supports: []string{"met"}}, "Still, the promise has not been met.", "denies:not been met", "Still with a comma opens the sentence as a conjunction"},
		{facts.Statement{Holds: true, Supports: []string{"met"}}, "The promise still has not been met.", "denies so far:not been met", "still inside the clause: a state that may change"},
		{facts.Statement{Holds: true, Supports: []string{"ratified"}}, "The time was set in April but still has not been ratified.", "denies so far:not been ratified", "but still before the verb dates a state, as still does"},
		{facts.Statement{Holds: true, Supports: []string{"arrested"}}, "Still, as of Friday, no one has been arrested.", "denies so far:no one has been arrested", "a still-phrase after an opening Still, governs the sentence"},
		{facts.Statement{Holds: true, Supports: []string{"injured"}}, "None of the fires injured anyone.", "denies:None of the fires injured", "none of the fires, then its verb and an object pronoun: denied"},
		{facts.Statement{Holds: true, Supports: []string{"injured"}}, "None of the fires injured firefighters.", "hedges:None of the fires injured", "a noun after: the verb, or firefighters the fires injured? Two readings"},
		{facts.Statement{Holds: true, Supports: []string{"injured"}}, "None of the people injured in the crash were children.", "asserts:injured", "a preposition after: a participle on the noun, asserted"},
		{facts.Statement{Holds: true, Supports: []string{"arrested"}}, "None of the protesters arrested a week ago has been charged.", "asserts:arrested", "an auxiliary a few words on: a participle on the noun, with a time phrase between"},
		{facts.Statement{Holds: true, Supports: []string{"evacuated"}}, "None of the residents evacuated a day earlier have been allowed home.", "asserts:evacuated", "so with an article after it"},
		{facts.Statement{Holds: true, Supports: []string{"injury"}}, "According to the company, none of the 11 fires caused an injury.", "denies:none of the 11 fires caused an injury", "caused is a verb of the predicate, with an article after it"},
		{facts.Statement{Holds: true, Supports: []string{"injuries"}}, "No one suffered any injuries.", "denies:No one suffered any injuries", "any after a verb of the predicate"},
		{facts.Statement{Holds: true, Supports: []string{"injury"}}, "No one escaped an injury.", "asserts:injury", "escaped is no verb of the predicate"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}, Refutes: []string{"ruled out a cyberattack"}}, "The company ruled out a cyberattack.", "denies:ruled out a cyberattack", "a refutation outweighs the support it holds"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "There is no evidence that this incident was the result of a cyberattack.", "denies:no evidence that this incident was the result of a cyberattack", "no evidence denies however far in its clause"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "There is no evidence that data was lost and that a cyberattack took place.", "denies:no evidence that data was lost and that a cyberattack", "no evidence that reaches a second that clause joined by and"},
		{facts.Statement{Holds: true, Refutes: []string{"technical failure"}}, "It said there was no sign of a breach and that the outage was a technical failure.", "denies:technical failure", "no sign of a noun does not reach a that clause joined to the saying"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "A cyberattack was ruled out.", "denies:cyberattack was ruled out", "ruled out right after the phrase denies it"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "A cyberattack was excluded as a cause.", "denies:cyberattack was excluded as", "excluded as right after the phrase denies it"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Staff were excluded from the cyberattack inquiry.", "asserts:cyberattack", "excluded with no as denies nothing"},
		{facts.Statement{Holds: true, Supports: []string{"stolen"}}, "At this time, we have no evidence that patient data was stolen.", "denies so far:no evidence that patient data was stolen", "no evidence at this time: a denial as of writing, a state that may change"},
		{facts.Statement{Holds: false, Supports: []string{"published"}}, "There are no indications that patient data has been published.", "denies:no indications that patient data has been published", "no indications, plural, denies as no indication does"},
		{facts.Statement{Holds: true, Supports: []string{"stolen"}}, "So far there is no evidence that patient data was stolen.", "denies so far:no evidence that patient data was stolen", "so far, the same"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Police ruled out arson; a cyberattack is suspected now.", "hedges:cyberattack is suspected", "not across a semicolon: what is suspected after it is a hedge"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Police ruled out arson; a cyberattack is now certain.", "asserts:cyberattack", "not across a semicolon"},
		{facts.Statement{Holds: true, Supports: []string{"intrusion"}}, "A cyber intrusion was suspected in the outage.", "hedges:intrusion was suspected", "a passive verb of suspecting after the phrase hedges it"},
		{facts.Statement{Holds: true, Supports: []string{"intrusion"}}, "An intrusion was detected before the outage.", "asserts:intrusion", "a passive verb of finding asserts it"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}, Refutes: []string{"worn cable"}}, "A worn cable was suspected from the start.", "doubts:worn cable was suspected", "a refuting phrase someone suspects does not deny the claim either"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}, Refutes: []string{"worn cable"}}, "A worn cable was the probable cause, the board said.", "doubts:worn cable was the probable", "nor one said to be the probable cause"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}}, "Sabotage is a possible explanation.", "hedges:Sabotage is a possible", "a supporting phrase said to be a possible explanation is a hedge"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}, Refutes: []string{"worn cable"}}, "A worn cable was the cause, the board said.", "denies:worn cable", "said to be the cause with no hedge, it denies the claim"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}, Refutes: []string{"worn cable"}}, "Fire crews blamed a probable worn cable.", "doubts:probable worn cable", "probable before the phrase hedges it as likely does"},
		{facts.Statement{Holds: true, Supports: []string{"sabotaggio"}, Refutes: []string{"guasto"}}, "Fonti locali parlano di un probabile guasto alla centralina.", "doubts:probabile guasto", "and its like in other languages"},
		{facts.Statement{Holds: true, Supports: []string{"conceded"}}, "Pell still has not conceded.", "denies so far:not conceded", "still not: the same"},
		{facts.Statement{Holds: true, Supports: []string{"confirmado"}}, "Aun así, el club no ha confirmado la venta.", "denies:no ha confirmado", "aun así is even so: no state so far, a plain denial"},
		{facts.Statement{Holds: true, Supports: []string{"confirmado"}}, "El club aún no ha confirmado la venta.", "denies so far:no ha confirmado", "aún before the negation is still: a state that may change"},
		{facts.Statement{Holds: true, Supports: []string{"confirmado"}}, "Ainda assim, o clube não tinha confirmado a venda.", "denies:não tinha confirmado", "Portuguese ainda assim, even so"},
		{facts.Statement{Holds: true, Supports: []string{"conceded"}}, "Pell has not conceded, and the count is over yet again.", "denies:not conceded", "a still-word in another clause does not count"},
		{facts.Statement{Holds: true, Supports: []string{"plan"}}, "They did not approve that plan.", "denies:not approve that plan", "that right before the phrase is a determiner, not a clause: the negation holds"},
		{behind, "Albania rejected talks; Iran carried out the attack.", "asserts:carried out the attack", "a semicolon ends the negation's reach"},
		{behind, "Iran's denial: it never carried out the attack.", "denies:never carried out the attack", "a negation after a colon"},
		{behind, "Rejected by many, unconvincing to most, and strongly contested by all parties involved, the view that Iran carried out the attack stands.", "asserts:carried out the attack", "a negation further than the window does not reach"},
		{first, "It was the first known case of its kind.", "asserts:first known case", "support"},
		{facts.Statement{Supports: []string{"a NATO member", "NATO member"}}, "Albania, a NATO member, cut ties.", "asserts:a NATO member", "overlapping phrases count once"},
		{first, "It is not the first time such ties were cut.", "denies:not the first", "a refuting phrase carries its own negation"},
		{first, "Is it not the first time such ties were cut?", "doubts:not the first", "a refuting phrase in a question asserts nothing either"},
		{first, "Critics alleged it was not the first.", "attributes a denial:alleged it was not the first", "an attributed refutation claims the statement does not hold"},
		{first, "Officials denied it was not the first.", "doubts:denied it was not the first", "a refutation under a negation is too uncertain to count: shown as not judged"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "The emergency room never closed.", "asserts:never closed", "a plain negation of a refuting phrase asserts the claim"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "The emergency room hasn't closed.", "asserts:hasn't closed", "so does n't"},
		{facts.Statement{Holds: true, Refutes: []string{"cambia"}}, "Il formato non cambia.", "asserts:non cambia", "and the Italian non"},
		{facts.Statement{Holds: true, Refutes: []string{"geändert"}}, "Das Format hat sich nicht geändert.", "asserts:nicht geändert", "the German nicht"},
		{facts.Statement{Holds: true, Refutes: []string{"cambia"}}, "Il formato non solo cambia, viene riscritto.", "denies:cambia", "not only: the phrase holds"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "The emergency room was not closed until Friday evening.", "doubts:not closed", "not ... until: it closed, later"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "The emergency room was not closed by the hospital but by the fire brigade.", "doubts:not closed", "not by X but by Y: it closed"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "The emergency room hasn't closed since 1998, except during the storm.", "doubts:hasn't closed", "since and except: a span, not the claim"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "By law the emergency room cannot be closed without approval.", "doubts:cannot be closed", "cannot: what may be, not what was"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "The emergency room has not closed yet.", "doubts:not closed", "not yet: a state that may change, not counted"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "Officials denied the ward closed.", "doubts:denied the ward closed", "a denial verb before it: too uncertain"},
		{facts.Statement{Holds: true, Supports: []string{"stayed open"}, Refutes: []string{"closed"}}, "No ward closed.", "doubts:No ward closed", "a negation of the subject: too uncertain"},
		{facts.Statement{Holds: true, Refutes: []string{"cyberattack"}}, "There is no evidence that this outage was the result of a cyberattack.", "doubts:no evidence that this outage was the result of a cyberattack", "a refutation under a denial phrase however far in its clause: not counted"},
		{facts.Statement{Holds: true, Refutes: []string{"cyberattack"}}, "A cyberattack was ruled out.", "doubts:cyberattack was ruled out", "a refutation with ruled out right after it: not counted"},
		{facts.Statement{Holds: true, Refutes: []string{"cyberattack"}}, "Police ruled out arson; a cyberattack is certain now.", "denies:cyberattack", "a denial across a semicolon does not reach the refutation"},
		{facts.Statement{Holds: true, Refutes: []string{"no injuries"}}, "No injuries had been reported as of Friday morning.", "denies so far:No injuries", "a refutation at a moment of a story that goes on: not counted"},
		{facts.Statement{Holds: true, Refutes: []string{"no injuries"}}, "There were no injuries, and crews left as of Friday.", "denies:no injuries", "as of in another clause does not reach it"},
		{facts.Statement{Holds: true, Refutes: []string{"verletzt"}}, "Verletzt wurde niemand.", "asserts:Verletzt wurde niemand", "a refuting phrase that a German topic's denial after it denies: the statement held"},
		{facts.Statement{Holds: true, Refutes: []string{"verletzt"}}, "Verletzt wurde ein Bergsteiger.", "denies:Verletzt", "with no negation after it the refuting phrase stands"},
		{facts.Statement{Holds: true, Refutes: []string{"left the dividend untouched"}}, "Yet the board left the dividend untouched.", "denies:left the dividend untouched", "yet alone is a conjunction here: a refutation stands"},
		{facts.Statement{Holds: false, Refutes: []string{"recount"}}, "She said at the time that the recount had changed little.", "denies:recount", "at the time dates a past state, not one that may change"},
		{facts.Statement{Holds: true, Supports: []string{"arrested"}}, "Nobody has been arrested so far.", "denies so far:Nobody has been arrested", "a denial so far is a state that may change"},
		{facts.Statement{Holds: true, Supports: []string{"arrested"}}, "Nobody was arrested.", "denies:Nobody was arrested", "nobody denies"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Nobody has claimed responsibility for the cyberattack.", "attributes:claimed responsibility for the cyberattack", "nobody as the subject denies its predicate, not a phrase further on (claimed makes the phrase attributed)"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Nothing was stolen in the cyberattack.", "asserts:cyberattack", "nor does nothing"},
		{facts.Statement{Holds: false, Supports: []string{"shut down"}}, "None of the systems were shut down, officials said.", "denies:None of the systems were shut down", "none of the systems: the phrase is its predicate"},
		{facts.Statement{Holds: false, Supports: []string{"deleted"}}, "Nothing already stored will be deleted, the firm said.", "denies:Nothing already stored will be deleted", "a participle of the negated subject before an auxiliary: the phrase is its predicate"},
		{facts.Statement{Holds: false, Supports: []string{"deleted"}}, "Nothing stored was lost, but old logs were deleted.", "asserts:deleted", "the negated subject's predicate ends at but"},
		{facts.Statement{Holds: true, Supports: []string{"arrested"}}, "Nobody else was arrested after the suspect was detained.", "asserts:arrested", "nobody else: someone was"},
		{facts.Statement{Holds: true, Supports: []string{"arrested"}}, "None of the people arrested on Friday have been charged.", "asserts:arrested", "the phrase describes the noun after none of the: no predicate"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Nobody in the utility had a cyberattack plan.", "asserts:cyberattack", "a determiner before the phrase makes it an object"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "The operator said nobody on board was injured.", "denies:nobody on board was injured", "a phrase saying whom, then the predicate"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "None of the 24 crew members had been injured.", "denies:None of the 24 crew members had been injured", "a figure and two nouns after none of"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nobody among the crew was hurt.", "denies:Nobody among the crew was hurt", "among"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "No one on board the ship was hurt.", "denies:No one on board the ship was hurt", "on board: board belongs to the preposition"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "Nobody on board knew how many were injured.", "asserts:injured", "a verb before the phrase: the pronoun denies the knowing"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "None of the crew who were injured had been warned.", "asserts:injured", "the phrase in a relative clause on the noun"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "Nobody on the bridge noticed two crew were injured.", "asserts:injured", "a verb in -ed: a clause of its own"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "None of the officers saw two crew were injured.", "asserts:injured", "a second noun phrase after a noun: a verb between"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "None of the Filipino crew members were injured.", "denies:None of the Filipino crew members were injured", "three nouns of one phrase"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the rescued sailors were hurt.", "denies:None of the rescued sailors were hurt", "a word in -ed after a determiner is an adjective"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the crew or the pilots were hurt.", "denies:None of the crew or the pilots were hurt", "two noun phrases joined by or"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "None of the officers knew crew were injured.", "asserts:injured", "a verb of knowing ends the phrase and asserts what is known"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "None of the doctors think crew were hurt.", "hedges:None of the doctors think crew were hurt", "nor after a verb of thinking"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nobody can confirm crew were hurt.", "hedges:Nobody can confirm crew were hurt", "what no one confirms is neither asserted nor denied"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}}, "Nothing points to sabotage.", "hedges:Nothing points to sabotage", "what nothing points to is neither asserted nor denied (\"nothing points to anything other than sabotage\")"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}}, "Nothing the divers have found points to sabotage.", "hedges:Nothing the divers have found points to sabotage", "with a relative clause between: what nothing points to, a hedge, never asserted"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nothing suggests crew were hurt.", "hedges:Nothing suggests crew were hurt", "nor what nothing suggests"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nothing so far indicates that crew were hurt.", "hedges:Nothing so far indicates that crew were hurt", "nor what nothing indicates"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "No one thinks crew were hurt.", "hedges:No one thinks crew were hurt", "no one is a negating pronoun too, before a verb of thinking"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "No one was hurt.", "denies:No one was hurt", "no one with its own predicate denies it"},
		{facts.Statement{Holds: true, Supports: []string{"derail"}}, "Early reports suggest the train did not derail.", "hedges:suggest the train did not derail", "what reports suggest is not denied, negated or not"},
		{facts.Statement{Holds: true, Supports: []string{"derailed"}}, "The train may not have derailed.", "hedges:may not have derailed", "a modal before the negation leaves it open"},
		{facts.Statement{Holds: true, Supports: []string{"derail"}}, "The train probably did not derail.", "hedges:probably did not derail", "nor does a hedging adverb"},
		{facts.Statement{Holds: true, Supports: []string{"reach"}}, "Rescuers could not reach the cave.", "denies:not reach", "could right before not: an inability, a denial"},
		{facts.Statement{Holds: true, Supports: []string{"derail"}}, "Reports suggest the driver braked; the train did not derail.", "denies:not derail", "a hedge in another clause does not reach the negation"},
		{facts.Statement{Holds: true, Supports: []string{"burst"}}, "In May the dam did not burst, engineers confirmed.", "denies:not burst", "May with a capital inside the sentence is a month"},
		{facts.Statement{Holds: true, Supports: []string{"burst"}}, "Engineers think the dam could well not have burst.", "hedges:could well not have burst", "could with a word between is a hedge of the negation"},
		{facts.Statement{Holds: true, Supports: []string{"burst"}}, "Dam May Not Have Burst, Engineers Say", "hedges:May Not Have Burst", "May in a headline in title case is the modal"},
		{facts.Statement{Holds: true, Supports: []string{"reach"}}, "The expected divers did not reach the wreck.", "denies:not reach", "a hedge word after a determiner is an adjective"},
		{facts.Statement{Holds: true, Supports: []string{"burst"}}, "Despite what many feared the dam did not burst.", "denies:not burst", "a hedge in a clause on what is that clause's"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "No one was seriously injured in the blast.", "denies:No one was seriously injured", "an adverb in -ly between"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "No one got hurt in the explosion.", "denies:No one got hurt", "got as an auxiliary"},
		{facts.Statement{Holds: true, Supports: []string{"acted alone"}}, "Police said late on Friday that they believed the gunman acted alone.", "asserts:acted alone", "a belief told in the past after a verb of saying is the speaker's view now"},
		{facts.Statement{Holds: true, Supports: []string{"acted alone"}}, "Detectives told us they thought the gunman acted alone.", "asserts:acted alone", "so without that"},
		{facts.Statement{Holds: true, Supports: []string{"acted alone"}}, "Detectives at first believed the gunman acted alone.", "hedges:believed the gunman acted alone", "a belief in the past alone may since have changed"},
		{facts.Statement{Holds: true, Supports: []string{"acted alone"}}, "Detectives said, at first, that they believed the gunman acted alone.", "hedges:believed the gunman acted alone", "a comma parts the saying from the belief"},
		{facts.Statement{Holds: true, Supports: []string{"Brentwick"}}, "The network has no second line around Brentwick.", "hedges:no second line around Brentwick", "a negation denies its noun, not a place after a preposition that follows it"},
		{facts.Statement{Holds: true, Supports: []string{"Brentwick"}}, "Homes were left without water by the burst at Brentwick.", "hedges:without water by the burst at Brentwick", "so without"},
		{facts.Statement{Holds: true, Supports: []string{"Brentwick"}}, "There was no sign of a burst at Brentwick.", "denies:no sign of a burst at Brentwick", "a denial of a noun that of joins still reaches it"},
		{facts.Statement{Holds: true, Supports: []string{"Brentwick"}}, "Brentwick had no burst.", "asserts:Brentwick", "a phrase before the negation is not its"},
		{facts.Statement{Holds: true, Supports: []string{"Brentwick depot"}}, "There are no plans to close the Brentwick depot.", "hedges:no plans to close the Brentwick depot", "a negation denies its noun, not the object of the verb after to"},
		{facts.Statement{Holds: true, Supports: []string{"Brentwick depot"}}, "The firm has no intention of selling the Brentwick depot.", "hedges:no intention of selling the Brentwick depot", "so after of and a verb in -ing"},
		{facts.Statement{Holds: true, Supports: []string{"close the depot"}}, "There are no plans to close the depot.", "hedges:no plans to close the depot", "a phrase that holds the verb after to: no plan is no certain denial of the closing (as before)"},
		{facts.Statement{Holds: true, Supports: []string{"Brentwick depot"}}, "There is no trace of the Brentwick depot.", "denies:no trace of the Brentwick depot", "of before an article, no verb: the noun after it is denied"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "The operator said there was no reason to suspect a cyberattack.", "denies:no reason to suspect a cyberattack", "a verb of suspecting carries the denial, and an indefinite object is not presupposed"},
		{facts.Statement{Holds: true, Supports: []string{"second runway"}}, "The airport has no plans to build a second runway.", "denies:no plans to build a second runway", "an object an indefinite article opens is not presupposed: denied as before"},
		{facts.Statement{Holds: true, Supports: []string{"injured"}}, "No workers at the depot were injured in the blast.", "denies:No workers at the depot were injured", "a phrase after the preposition's object, its verb, is still denied"},
		{facts.Statement{Holds: false, Supports: []string{"interpellé"}}, "Aucun d'entre eux n'a été interpellé.", "denies:Aucun d'entre eux n'a été interpellé", "a pronoun picking out of a group is no noun: still a denial"},
		{facts.Statement{Holds: true, Supports: []string{"acted alone"}}, "Police said they believed at first that the gunman acted alone.", "hedges:believed at first that the gunman acted alone", "a belief told in the past with at first: held then, perhaps no longer"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "After weeks of rumours, the council admitted on Friday, the depot ran out of salt.", "asserts:ran out", "a rumour noun after a preposition is no subject of what follows its aside"},
		{facts.Statement{Holds: true, Supports: []string{"sabotage"}, Refutes: []string{"worn cable"}}, "A worn cable was suspected at first and later confirmed.", "denies:worn cable", "a suspicion confirmed later in the sentence is stated"},
		{facts.Statement{Holds: false, Supports: []string{"Warnung"}}, "Die Warnung kam nicht rechtzeitig.", "hedges:Warnung kam nicht", "a definite article presupposes the warning: no topic denied"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Verletzte konnten die Retter bis zum Abend nicht bergen.", "hedges:Verletzte konnten die Retter bis zum Abend nicht", "nicht before the last verb of a clause that says no existence negates the verb"},
		{facts.Statement{Holds: false, Supports: []string{"verletzt"}}, "Verletzt wurde niemand, das teilte die Polizei mit.", "denies:Verletzt wurde niemand", "das after the comma opens a report, no relative clause"},
		{facts.Statement{Holds: false, Supports: []string{"opraakte"}}, "Het verhaal gaat over een depot waar het zout opraakte.", "asserts:opraakte", "a story that is about something is no story going round"},
		{facts.Statement{Holds: false, Supports: []string{"provocado"}}, "Los bomberos desmintieron los mensajes compartidos miles de veces en redes según los cuales el incendio fue provocado.", "hedges:según los cuales el incendio fue provocado", "what a denied report says, relative to it, is neither asserted nor attributed"},
		{facts.Statement{Holds: false, Supports: []string{"provocado"}}, "No es la primera vez que circulan mensajes según los cuales el incendio fue provocado.", "attributes:según los cuales el incendio fue provocado", "a negation particle of another clause denies no report"},
		{facts.Statement{Holds: false, Supports: []string{"provocado"}}, "Circularon mensajes según los cuales el incendio fue provocado.", "attributes:según los cuales el incendio fue provocado", "a report no one denies still attributes it"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nobody, not even the two drivers, was hurt.", "hedges:Nobody, not even the two drivers, was hurt", "a negating pronoun before a comma and an aside: not parsed, never asserted"},
		{facts.Statement{Holds: false, Supports: []string{"ferito"}}, "Nessuno, stando a quanto comunicato dalla società che gestisce il porto turistico, è rimasto ferito.", "hedges:Nessuno, stando a quanto comunicato dalla società che gestisce il porto turistico, è rimasto ferito", "a pronoun of another language, a long aside, the predicate right after its last comma: not parsed, never asserted"},
		{facts.Statement{Holds: false, Supports: []string{"ferito"}}, "Nessuno, stando a quanto comunicato dalla società che gestisce il porto, ha parlato, ma un marinaio è rimasto ferito.", "asserts:ferito", "a clause of its own after the aside's predicate: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nobody knows yet, the firm said, whether guards were hurt.", "hedges:whether guards were hurt", "a pronoun with its own verb before the comma: read as ever"},
		{facts.Statement{Holds: false, Supports: []string{"hospital"}}, "Nobody was taken to hospital.", "denies:Nobody was taken to hospital", "a participle after an auxiliary and a preposition: the phrase its object, denied with it"},
		{facts.Statement{Holds: false, Supports: []string{"hospital"}}, "No one needed to go to the hospital.", "denies:No one needed to go to the hospital", "a verb of predicate-verbs, an infinitive, a preposition and an article: denied"},
		{facts.Statement{Holds: false, Supports: []string{"hospital"}}, "Nobody knew the way to the hospital.", "asserts:hospital", "a noun of its own between: not the pronoun's predicate"},
		{facts.Statement{Holds: false, Supports: []string{"hospital"}}, "Nobody went to hospital.", "denies:Nobody went to hospital", "a verb of going and a preposition: the phrase its object, denied"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nobody was even slightly hurt.", "denies:Nobody was even slightly hurt", "even between: the pronoun still denies its predicate"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nobody even noticed two guards were hurt.", "asserts:hurt", "even before another verb: what no one noticed happened"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "No one appears to have been hurt.", "denies:No one appears to have been hurt", "appears to have been"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Two guards appear to have been hurt.", "hedges:appear to have been hurt", "what appears so is a hedge"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "- Messages lost: none.", "denies:lost: none", "a label's phrase answered by none after its colon"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "Messages lost: none reported.", "denies so far:lost: none", "none reported: a denial as of writing"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "Messages lost: none of them were recovered.", "asserts:lost", "none that goes on is no answer to the label"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "- Messages lost: none; the backup held.", "denies:lost: none", "none before a semicolon ends its answer"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "Messages lost: none, the firm said.", "denies:lost: none", "and before a comma"},
		{facts.Statement{Holds: false, Supports: []string{"cancelled"}}, "Long-haul flights cancelled: 0", "denies:cancelled: 0", "a nought answers a label as none does"},
		{facts.Statement{Holds: true, Refutes: []string{"cancelled"}}, "Long-haul flights cancelled: 0", "asserts:cancelled: 0", "a refuting label answered by none asserts the claim"},
		{facts.Statement{Holds: true, Refutes: []string{"cancelled"}}, "Long-haul flights cancelled: none so far", "doubts:cancelled: none", "answered by none as of writing: too uncertain to count"},
		{facts.Statement{Holds: true, Refutes: []string{"cancelled"}}, "Long-haul flights cancelled: 14", "denies:cancelled", "a figure after the colon: the refutation stands"},
		{facts.Statement{Holds: false, Supports: []string{"lost"}}, "Messages lost: 12.", "asserts:lost", "a figure after the colon answers it"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Two guards seemed hurt but walked away.", "hedges:seemed hurt", "and so is what seemed so"},
		{facts.Statement{Holds: false, Supports: []string{"injuries"}}, "No one suffered serious injuries in the blast.", "denies:No one suffered serious injuries", "a verb and an adjective before the phrase: its predicate"},
		{facts.Statement{Holds: false, Supports: []string{"ill"}}, "Nobody fell ill after the outbreak.", "denies:Nobody fell ill", "a verb of becoming carries the phrase as what the pronoun denies"},
		{facts.Statement{Holds: false, Supports: []string{"closure of the hub"}}, "The airline denied that the merger would lead to the closure of the hub.", "denies:denied that the merger would lead to the closure of the hub", "a modal after that is the denied clause's: the denial stands"},
		{facts.Statement{Holds: false, Supports: []string{"closure of the hub"}}, "The airline could not confirm that the merger would lead to the closure of the hub.", "hedges:not confirm that the merger would lead to the closure of the hub", "a verb of belief before that still hedges"},
		{facts.Statement{Holds: false, Supports: []string{"in hospital"}}, "Nobody ended up in hospital after the race.", "denies:Nobody ended up in hospital", "so does a verb of ending up"},
		{facts.Statement{Holds: false, Supports: []string{"to hospital"}}, "None of them needed to go to hospital.", "denies:None of them needed to go to hospital", "and one with an infinitive after it"},
		{facts.Statement{Holds: false, Supports: []string{"to hospital"}}, "Two runners ended up going to hospital.", "asserts:to hospital", "no pronoun: the phrase is asserted"},
		{facts.Statement{Holds: false, Supports: []string{"compromised"}}, "The bank denied that its vaults, which sit under the old town hall and hold most of the gold, were compromised.", "denies:denied that its vaults, which sit under the old town hall and hold most of the gold, were compromised", "a relative clause between commas counts no words of the negation's reach"},
		{facts.Statement{Holds: false, Supports: []string{"compromised"}}, "The bank denied the report, which named two thieves, and its vaults were compromised.", "asserts:compromised", "a clause joined after the relative one is a clause of its own"},
		{facts.Statement{Holds: false, Supports: []string{"reached a pharmacy"}}, "Nothing from this shipment reached a pharmacy, the agency said.", "denies:Nothing from this shipment reached a pharmacy", "a phrase right after the pronoun's phrase of whom is its predicate"},
		{facts.Statement{Holds: false, Supports: []string{"arrested"}}, "None of the people arrested on Friday was charged.", "asserts:arrested", "an auxiliary after the phrase makes it a participle of the noun"},
		{facts.Statement{Holds: false, Supports: []string{"reached a pharmacy"}}, "None of the pills has reached a pharmacy yet.", "denies so far:None of the pills has reached a pharmacy", "the pronoun's phrase of whom leaves the denial plain: a state at the time of writing"},
		{facts.Statement{Holds: false, Supports: []string{"reached a pharmacy"}}, "None of the pills reached a pharmacy, she said, adding that staff were still checking online sales.", "denies:None of the pills reached a pharmacy", "a still in a clause after that is another clause's"},
		{facts.Statement{Holds: false, Supports: []string{"ill"}}, "Nobody has been reported ill after the outbreak.", "denies:Nobody has been reported ill", "a passive verb of reporting leaves the phrase the pronoun's predicate"},
		{facts.Statement{Holds: false, Supports: []string{"ill"}}, "No one has been reported ill so far after the outbreak.", "denies so far:No one has been reported ill", "and with a moment after it, a denial at the time of writing"},
		{facts.Statement{Holds: false, Supports: []string{"ill"}}, "Nobody reported the outbreak made them ill.", "hedges:Nobody reported the outbreak made them ill", "in the active, what nobody reported is neither asserted nor denied"},
		{facts.Statement{Holds: false, Supports: []string{"ill"}}, "No one fell, but many fell ill after the outbreak.", "asserts:ill", "the pronoun's own verb ends at the comma: the phrase after but is asserted"},
		{facts.Statement{Holds: false, Supports: []string{"injuries"}}, "Nobody came to work with injuries.", "asserts:injuries", "a preposition before the phrase: no predicate of the pronoun"},
		{facts.Statement{Holds: true, Supports: []string{"evacuation"}}, "No one resisted evacuation when the flood came.", "asserts:evacuation", "a verb of attitude carries no denial of its object"},
		{facts.Statement{Holds: true, Supports: []string{"injury"}}, "No one escaped injury in the crash.", "asserts:injury", "escaping denies nothing of the injury"},
		{facts.Statement{Holds: false, Supports: []string{"injuries"}}, "No one at the plant suffered serious injuries.", "denies:No one at the plant suffered serious injuries", "a phrase saying whom, then a verb that carries the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"injuries"}}, "None of the 40 workers suffered injuries.", "denies:None of the 40 workers suffered injuries", "none of, then the verb"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "No one on board was hurt.", "denies:No one on board was hurt", "no one, a phrase saying whom, then the predicate"},
		{behind, "Nobody should pretend that Iran carried out the attack.", "hedges:Nobody should pretend that Iran carried out the attack", "nobody before that denies the saying: uncertain, as no one does"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "No one has claimed responsibility for the cyberattack.", "attributes:claimed responsibility for the cyberattack", "no one as the subject denies its predicate, not a phrase further on"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Nobody saw that crew were hurt.", "asserts:hurt", "a verb of seeing asserts what was seen"},
		{facts.Statement{Holds: true, Supports: []string{"defective cells"}}, "Defective cells did not cause the fires.", "hedges:Defective cells did not", "a negated verb right after the phrase denies something of it, which is not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"firmware update"}}, "She said a firmware update would not cure the overheating.", "hedges:firmware update would not", "so a negated modal: what the phrase would not do is not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"postpone the vote"}}, "The motion to postpone the vote was rejected 80-64.", "hedges:motion to postpone the vote", "a motion to do it: proposed, not done"},
		{facts.Statement{Holds: false, Supports: []string{"postpone the vote"}}, "The motion to postpone the vote passed 80-64.", "asserts:postpone the vote", "a word of [proposal-done]: the motion carried"},
		{facts.Statement{Holds: false, Supports: []string{"postpone the vote"}}, "The motion to postpone the vote was rejected after the budget was approved.", "hedges:motion to postpone the vote", "a word of [proposal-done] in another clause carries nothing"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "A rumour spread all morning: the depot ran out of salt.", "attributes:rumour spread all morning: the depot ran out", "a rumour before a colon: what follows is what was rumoured"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "Rumours, passed on thousands of times overnight, said the depot ran out of salt.", "attributes:Rumours, passed on thousands of times overnight, said the depot ran out", "an aside right after a rumour noun tells of it: the rumour's clause goes on"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "There were rumours, drivers said, and the depot ran out of salt.", "asserts:ran out", "a clause that and opens after the aside is no longer the rumour's"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "Amid the rumours, the depot ran out of salt.", "asserts:ran out", "a rumour noun before a comma with no aside is in a phrase of its own"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "Among drivers the story going round is that the depot ran out of salt.", "hedges:the story going round is that the depot ran out", "a story going round is hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"opraakte"}}, "Bij chauffeurs gaat het verhaal rond dat het zout in het depot opraakte.", "hedges:gaat het verhaal rond dat het zout in het depot opraakte", "and its Dutch twin"},
		{facts.Statement{Holds: false, Supports: []string{"raakte het zout"}}, "Naar verluidt raakte het zout in het depot op.", "attributes:verluidt raakte het zout", "naar verluidt, reportedly, reports a claim"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "The story goes that far: the depot ran out of salt.", "asserts:ran out", "not across a colon"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "Drivers confirmed what they had suspected: the depot ran out of salt.", "asserts:ran out", "a verb of suspecting is no rumour noun: confirmed, it is stated"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "Officials confirmed the rumour: the depot ran out of salt.", "asserts:ran out", "a rumour said to be true: stated"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "Officials refused to confirm the rumour: the depot ran out of salt.", "attributes:rumour: the depot ran out", "a confirming under a refusal confirms nothing: still the rumour's"},
		{facts.Statement{Holds: false, Supports: []string{"ran out"}}, "Insurance claims soared: the depot ran out of salt.", "asserts:ran out", "claims are no rumour noun"},
		{facts.Statement{Holds: false, Supports: []string{"postpone the vote"}}, "The speaker agreed to postpone the vote.", "asserts:postpone the vote", "a verb before to: what was agreed is done"},
		{facts.Statement{Holds: false, Supports: []string{"firmware update"}}, "She said a firmware update would cure the overheating.", "hedges:firmware update would", "a conditional after an indefinite subject weighs what it would do: no update is said to exist"},
		{facts.Statement{Holds: false, Supports: []string{"sabotaje"}}, "En las redes circuló la teoría de un sabotaje.", "attributes:teoría de un sabotaje", "a theory in Spanish is someone's, as one in English is"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "A man was arrested on suspicion of murder after the arson attack.", "asserts:arson", "a suspicion is no theory: it names its own object"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Investigators confirmed the hypothesis of sabotage.", "asserts:sabotage", "a theory confirmed is stated"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Investigators refused to confirm the hypothesis of sabotage.", "attributes:hypothesis of sabotage", "not under a refusal"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "Experts ruled out the theory of sabotage.", "denies:ruled out the theory of sabotage", "a denial before the theory's noun denies what it holds"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "After police ruled out an accident, bloggers spread the theory of sabotage.", "attributes:theory of sabotage", "not a denial in a clause before it"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Some residents are convinced the fire was arson.", "attributes:convinced the fire was arson", "an opinion some hold is theirs"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to a local news site, one passenger has died.", "attributes:According to a local news site, one passenger has died", "an outlet no one is named for, set off by a comma: hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "One passenger has died, according to a local news site.", "attributes:died, according", "so closing the clause"},
		{facts.Statement{Holds: false, Supports: []string{"murió"}}, "Según un diario local, un pasajero murió.", "attributes:Según un diario local, un pasajero murió", "so in Spanish"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "A local news site is reporting that one passenger has died.", "attributes:site is reporting that one passenger has died", "an unnamed outlet as the subject of reporting"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to police, one passenger has died.", "asserts:died", "a named source reports as police said does"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "A spokesman for the station said one passenger has died.", "asserts:died", "a person of an outlet, not the outlet: no hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"faulty update"}}, "According to a website run by the regulator, the outage came from a faulty update.", "asserts:faulty update", "the outlet does not end the phrase: a named body's site"},
		{facts.Statement{Holds: false, Supports: []string{"started in the kitchen"}}, "According to a fire station commander, the fire started in the kitchen.", "asserts:started in the kitchen", "a fire station is no outlet"},
		{facts.Statement{Holds: false, Supports: []string{"siren had sounded"}}, "Swiss media earlier reported that a warning siren had sounded.", "attributes:media earlier reported that a warning siren had sounded", "outlets in the plural, no one named, an adverb before the verb: hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to local media, one passenger has died.", "attributes:According to local media, one passenger has died", "so after according to"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "Police told the media one passenger has died.", "asserts:died", "media as the hearer: the police's word"},
		{facts.Statement{Holds: false, Supports: []string{"external intrusion"}}, "The halt was not the result of a cyberattack or any other external intrusion.", "denies:not the result of a cyberattack or any other external intrusion", "a negation denies both of what or joins, the first within its reach"},
		{facts.Statement{Holds: false, Supports: []string{"external intrusion"}}, "The halt was not the result of a long series of failed updates and an external intrusion.", "hedges:not the result of a long series of failed updates and an external intrusion", "and joins no alternative: a far negation may or may not reach it"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Some traders are speculating on social media that the halt was a cyberattack.", "attributes:speculating on social media that the halt was a cyberattack", "speculating that reports someone's guess, as speculated does"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to early media reports, one passenger has died.", "attributes:According to early media reports, one passenger has died", "reports no one is named for, after outlets and a qualifier"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "One passenger has died, according to reports.", "attributes:died, according", "so bare reports, closing the clause"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to police reports, one passenger has died.", "asserts:died", "reports of a named body report as police said does"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to reports from the coroner, one passenger has died.", "asserts:died", "nor when the source follows the reports"},
		{facts.Statement{Holds: false, Supports: []string{"murió"}}, "Según medios locales, un pasajero murió.", "attributes:Según medios locales, un pasajero murió", "outlets in the plural with the adjective after them, as Spanish places it"},
		{facts.Statement{Holds: false, Supports: []string{"murió"}}, "Según fuentes locales, un pasajero murió.", "asserts:murió", "sources are no outlets"},
		{facts.Statement{Holds: false, Supports: []string{"renunciou"}}, "De acordo com a imprensa moçambicana, o prefeito renunciou.", "attributes:De acordo com a imprensa moçambicana, o prefeito renunciou", "the press with any adjective after it, as Portuguese places it"},
		{facts.Statement{Holds: false, Supports: []string{"renunció"}}, "La prensa chilena informó que el alcalde renunció.", "attributes:prensa chilena informó que el alcalde renunció", "so as the subject of reporting"},
		{facts.Statement{Holds: false, Supports: []string{"renunció"}}, "La prensa Clarín informó que el alcalde renunció.", "asserts:renunció", "a capital after it names the outlet"},
		{facts.Statement{Holds: false, Supports: []string{"resigned"}}, "According to the press office, the mayor resigned.", "asserts:resigned", "English puts no adjective after the noun: an office"},
		{facts.Statement{Holds: false, Supports: []string{"si è dimesso"}}, "Secondo l'ufficio stampa comunale, il sindaco si è dimesso.", "asserts:si è dimesso", "a noun before the press, no article: a press office, named"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "One passenger has died, according to reports in local media.", "attributes:died, according", "reports joined to outlets no one is named for"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "One passenger has died, according to reports from police.", "asserts:died", "not to a named body"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to the reports of local media, one passenger has died.", "attributes:According to the reports of local media, one passenger has died", "an article before the reports"},
		{facts.Statement{Holds: false, Supports: []string{"a coulé"}}, "Selon des informations de presse, le ferry a coulé.", "attributes:Selon des informations de presse, le ferry a coulé", "so in French"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "One passenger has died, according to reports by local media.", "attributes:died, according", "reports by outlets"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to local media reports, one passenger has died, the coast guard said.", "asserts:died", "a sayer closing the sentence makes it the coast guard's word"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "According to local media reports, one passenger has died, an unnamed official said.", "attributes:According to local media reports, one passenger has died", "not a sayer no one names"},
		{facts.Statement{Holds: false, Supports: []string{"murió"}}, "Según un sitio de noticias local, un pasajero murió.", "attributes:Según un sitio de noticias local, un pasajero murió", "an outlet's noun with its Spanish tail"},
		{facts.Statement{Holds: false, Supports: []string{"murió"}}, "Según un sitio de la alcaldía, un pasajero murió.", "asserts:murió", "not a site of a named body"},
		{facts.Statement{Holds: false, Supports: []string{"siren had sounded"}}, "16:30 Swiss media reported that a siren had sounded.", "attributes:media reported that a siren had sounded", "after a live blog's stamp"},
		{facts.Statement{Holds: false, Supports: []string{"siren had sounded"}}, "Swiss media reported that a siren had sounded, which the army confirmed on Friday.", "asserts:siren had sounded", "a confirmation later in the sentence states it"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "The ferry sank, according to a local site, and one passenger has died.", "asserts:died", "the source between commas is the clause before's"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Muchos creen que el incendio fue arson.", "attributes:creen que el incendio fue arson", "so in Spanish"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "Police believe the fire was arson.", "asserts:arson", "a belief of a named body reports its view, as said does"},
		{facts.Statement{Holds: false, Supports: []string{"arson"}}, "In some districts police believe the fire was arson.", "asserts:arson", "a quantifier that opens no subject of the verb"},
		{facts.Statement{Holds: false, Supports: []string{"collapsed"}}, "Many still think about the day the bridge collapsed.", "asserts:collapsed", "thinking about a thing is no belief"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "The cyberattack could have been prevented with a patch.", "asserts:cyberattack", "a modal after a definite subject takes the thing as given"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "After a cyberattack services could resume within days.", "asserts:cyberattack", "a phrase after a preposition is no subject of the modal"},
		{facts.Statement{Holds: false, Supports: []string{"in den fluss"}}, "Die Säure könnte in den Fluss gelangen.", "hedges:könnte in den Fluss", "a German subjunctive modal, known by its umlaut: what might happen"},
		{facts.Statement{Holds: false, Supports: []string{"in den fluss"}}, "Die Säure konnte in den Fluss gelangen.", "asserts:in den Fluss", "the past tense without it asserts"},
		{facts.Statement{Holds: false, Supports: []string{"remain free"}}, "The defence had asked that he remain free on bail.", "hedges:asked that he remain free", "a request asserts nothing of what it asks"},
		{facts.Statement{Holds: false, Supports: []string{"stay free"}}, "His lawyer asked the judge to let him stay free on bail.", "hedges:asked the judge to let him stay free", "so a request to the judge"},
		{facts.Statement{Holds: false, Supports: []string{"remain free"}}, "The judge let him remain free on bail.", "asserts:remain free", "what the judge did is stated"},
		{facts.Statement{Holds: false, Supports: []string{"started the fire"}}, "Prosecutors said the accused started the fire.", "attributes:accused started the fire", "what the accused did is what the accusation says: attributed, though the defendant is meant too"},
		{facts.Statement{Holds: false, Supports: []string{"fermée"}}, "L'usine n'est plus fermée.", "denies:plus fermée", "plus after n' denies as pas does"},
		{facts.Statement{Holds: false, Supports: []string{"fermée"}}, "L'usine est plus fermée qu'avant.", "asserts:fermée", "plus alone is more"},
		{facts.Statement{Holds: false, Supports: []string{"survivants"}}, "Il ne reste plus que trois survivants.", "asserts:survivants", "ne ... plus que is only"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "A cyberattack may be behind the outage.", "hedges:cyberattack may", "a modal right after the subject: a possibility"},
		{facts.Statement{Holds: false, Supports: []string{"hackers"}}, "Hackers could have taken the files.", "hedges:Hackers could", "could have: what may have happened"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "A cyberattack, in theory, would have caused the outage.", "hedges:cyberattack, in theory, would", "a closed aside between the subject and its conditional perfect"},
		{facts.Statement{Holds: false, Supports: []string{"smoke"}}, "Smoke could be seen for miles.", "asserts:Smoke", "a modal of perceiving: the smoke was there to be seen"},
		{facts.Statement{Holds: false, Supports: []string{"hackers"}}, "Hackers who could read the files took them.", "asserts:Hackers", "the modal of a relative clause says nothing of its subject's being"},
		{facts.Statement{Holds: false, Supports: []string{"strike"}}, "The strike would last three weeks.", "asserts:strike", "a conditional after the definite article narrates"},
		{facts.Statement{Holds: false, Supports: []string{"ciberataque"}}, "Un ciberataque podría estar detrás del apagón.", "hedges:ciberataque podría", "a Spanish modal after its subject"},
		{facts.Statement{Holds: false, Supports: []string{"firmware update"}}, "She said the firmware update would cure the overheating in a week.", "asserts:firmware update", "after the definite article it may narrate: asserted as before"},
		{facts.Statement{Holds: false, Supports: []string{"closing"}}, "Closing the museum is not an option, the mayor said.", "hedges:Closing the museum is not", "a gerund that opens its clause, its object, then a negated verb: not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"closing"}}, "They are closing the museum, which is not popular.", "asserts:closing", "a gerund inside a clause, the negation in another: asserted"},
		{facts.Statement{Holds: true, Supports: []string{"defective cells"}, Refutes: []string{"improper charging"}}, "Improper charging was not a factor.", "doubts:Improper charging was not", "so for a refuting phrase: shown, not counted"},
		{facts.Statement{Holds: true, Supports: []string{"defective cells"}, Refutes: []string{"improper charging"}}, "Improper charging, not defective cells, caused the fires.", "denies:not defective cells; denies:Improper charging", "a comma before the negation: it is no verb of the phrase's"},
		{facts.Statement{Holds: true, Supports: []string{"defective cells"}}, "Defective cells caused the fires and were not replaced.", "asserts:Defective cells", "a negation after another verb"},
		{facts.Statement{Holds: true, Supports: []string{"from China"}}, "The firm has denied, firmly, that its cells come from China.", "denies:denied, firmly, that its cells come from China", "an aside between a verb of denial and its that-clause"},
		{facts.Statement{Holds: true, Supports: []string{"from China"}}, "There was no warning, residents said, that its cells come from China.", "hedges:no warning, residents said, that its cells come from China", "a that right after an aside goes on with the negation before it: not asserted"},
		{facts.Statement{Holds: false, Supports: []string{"touched"}}, "He said there was no sign, as far as he knew, that the code had been touched.", "hedges:no sign, as far as he knew, that the code had been touched", "a long aside between no sign and that: not asserted"},
		{facts.Statement{Holds: false, Supports: []string{"touched"}}, "It is not clear, officials said, that the code had been touched.", "hedges:not clear, officials said, that the code had been touched", "nor after not clear"},
		{facts.Statement{Holds: false, Supports: []string{"touched"}}, "He did not say much, but added that the code had been touched.", "asserts:touched", "no aside: a clause of its own after but"},
		{facts.Statement{Holds: false, Supports: []string{"touched"}}, "He said, as far as he knew, that the code had been touched.", "asserts:touched", "no negation before the aside"},
		{facts.Statement{Holds: false, Supports: []string{"touched"}}, "There is no doubt, the inspectors said, that the code had been touched.", "asserts:touched", "a cancelled negation before the aside asserts it"},
		{facts.Statement{Holds: true, Supports: []string{"extra time"}}, "If the score is level after 90 minutes, there will be extra time.", "hedges:extra time", "a condition opens the sentence: its main clause asserts nothing"},
		{facts.Statement{Holds: true, Supports: []string{"extra time"}}, "The score was level, so extra time was played.", "asserts:extra time", "no condition"},
		{facts.Statement{Holds: true, Supports: []string{"preso fuoco"}}, "Si è trasformato in un incubo, dopo che il motore aveva preso fuoco.", "asserts:preso fuoco", "Italian Si opens with the reflexive pronoun, no condition"},
		{facts.Statement{Holds: true, Supports: []string{"atterrir"}}, "Si le moteur prend feu, il doit atterrir.", "hedges:atterrir", "French Si opens a condition, though French writes il"},
		{facts.Statement{Holds: true, Supports: []string{"saboteado"}}, "Si el dique fue saboteado, lo dirá la fiscalía.", "hedges:saboteado", "a phrase inside the condition itself is asserted by no one either"},
		{facts.Statement{Holds: true, Supports: []string{"grieta"}}, "La fiscalía descartó que el dique fuera saboteado y lo atribuyó a una grieta.", "asserts:grieta", "and, a pronoun and its verb: a clause of its own, which the ruling out does not reach"},
		{facts.Statement{Holds: true, Supports: []string{"grieta"}}, "La fiscalía descartó que el dique tuviera una grieta.", "denies:descartó que el dique tuviera una grieta", "ruling out with no verb between denies"},
		{facts.Statement{Holds: true, Supports: []string{"causara daños"}}, "El museo descartó que el agua entrara en la sala y le causara daños al cuadro.", "denies:descartó que el agua entrara en la sala y le causara daños", "a subjunctive after the pronoun: still under descartó que"},
		{facts.Statement{Holds: true, Supports: []string{"saboteado"}}, "Sí, el dique fue saboteado, dijo la fiscalía.", "asserts:saboteado", "Spanish yes, its accent written: no condition"},
		{facts.Statement{Holds: true, Supports: []string{"saboteado"}}, "Si, como sospecha la fiscalía, el dique fue saboteado, habrá juicio.", "hedges:saboteado", "if, then an aside between commas: still a condition"},
		{facts.Statement{Holds: true, Supports: []string{"saboteado"}}, "Si bien el dique fue saboteado, nadie fue detenido.", "asserts:saboteado", "si bien is although: no condition"},
		{facts.Statement{Holds: true, Supports: []string{"sacrificada"}}, "La osa tampoco fue sacrificada.", "denies:tampoco fue sacrificada", "tampoco is not either: a negation"},
		{facts.Statement{Holds: true, Supports: []string{"naar het ziekenhuis"}}, "Niemand hoefde naar het ziekenhuis.", "denies:Niemand hoefde naar het ziekenhuis", "nobody had to: the denial parsed over a verb of having to"},
		{facts.Statement{Holds: true, Supports: []string{"naar het ziekenhuis"}}, "Niemand wist wie naar het ziekenhuis ging.", "hedges:Niemand wist wie naar het ziekenhuis", "nobody knew who: not parsed, not counted"},
		{facts.Statement{Holds: true, Supports: []string{"sacrificada"}}, "La osa también fue sacrificada.", "asserts:sacrificada", "también (also) is none"},
		{facts.Statement{Holds: true, Supports: []string{"sabotato"}}, "Se il deposito è stato sabotato, lo dirà la procura.", "hedges:sabotato", "Italian Se before an article opens a condition"},
		{facts.Statement{Holds: true, Supports: []string{"saboteado"}}, "Se confirmó que el dique fue saboteado, dijo la fiscalía.", "asserts:saboteado", "Spanish Se before a verb is the pronoun: asserted"},
		{facts.Statement{Holds: true, Supports: []string{"sabotiert"}}, "Wenn der Deich sabotiert wurde, wird die Polizei es sagen.", "hedges:sabotiert", "German wenn opening the sentence, the phrase in its clause"},
		{facts.Statement{Holds: true, Supports: []string{"sabotato"}}, "Si sospetta, secondo la procura, che il ponte sia stato sabotato.", "hedges:sabotato", "Italian impersonal Si before a verb of suspecting: a hedge, whatever stands between"},
		{facts.Statement{Holds: true, Supports: []string{"sabotato"}}, "Si teme che il ponte sia stato sabotato.", "hedges:Si teme che il ponte sia stato sabotato", "si teme: feared, not asserted"},
		{facts.Statement{Holds: false, Supports: []string{"entwendet"}}, "Die Museumsleitung schloss aus, dass Bilder entwendet wurden.", "denies:aus, dass Bilder entwendet", "a split verb of ruling out, its particle before a dass: denied"},
		{facts.Statement{Holds: false, Supports: []string{"entwendet"}}, "Die Museumsleitung schloss nicht aus, dass Bilder entwendet wurden.", "hedges:nicht aus, dass Bilder entwendet", "a negation before the particle leaves it open"},
		{facts.Statement{Holds: false, Supports: []string{"entwendet"}}, "Der Wärter kehrte zurück, dass Bilder entwendet wurden, merkte er sofort.", "asserts:entwendet", "a particle of no verb of denying: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"entwendet"}}, "Der Direktor wies zurück, dass Bilder entwendet wurden.", "denies:zurück, dass Bilder entwendet", "wies ... zurück before a dass: a rejection"},
		{facts.Statement{Holds: false, Supports: []string{"entwendet"}}, "Der Direktor wies die Behauptung zurück, Bilder seien entwendet worden.", "hedges:zurück, Bilder seien entwendet", "before a clause of reported speech, no dass: the claim rejected, or the rejecter's reason, not counted"},
		{facts.Statement{Holds: false, Supports: []string{"einsturzgefährdet"}}, "Die Polizei wies die Schaulustigen zurück, das Gebäude sei einsturzgefährdet.", "hedges:zurück, das Gebäude sei einsturzgefährdet", "the reason the police gave: no denial of it"},
		{facts.Statement{Holds: false, Supports: []string{"entwendet"}}, "Der Direktor wies die Behauptung zurück, Bilder wurden aber entwendet.", "asserts:entwendet", "a clause in the indicative after the comma is the writer's"},
		{facts.Statement{Holds: false, Supports: []string{"ontvreemd"}}, "De directie wees af dat er schilderijen ontvreemd zijn.", "denies:af dat er schilderijen ontvreemd", "Dutch wees ... af before dat"},
		{facts.Statement{Holds: false, Supports: []string{"Rücktritt"}}, "Spekulationen über einen Rücktritt des Trainers machen die Runde.", "hedges:Spekulationen über einen Rücktritt", "talk of a thing in German: not asserted"},
		{facts.Statement{Holds: false, Supports: []string{"Rücktritt"}}, "Spekulationen über einen Rücktritt des Trainers wies der Verein zurück.", "denies:Rücktritt des Trainers wies der Verein zurück", "and its split verb of rejecting after it denies it"},
		{facts.Statement{Holds: false, Supports: []string{"Rücktritt"}}, "Der Trainer erklärte seinen Rücktritt, Spekulationen gab es keine.", "asserts:Rücktritt", "the talk in another clause, after the phrase: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"crollo"}}, "Per ore sono circolate in rete voci di un crollo del ponte.", "hedges:voci di un crollo", "Italian rumours that a verb of spreading spreads (circolate ... voci): not asserted"},
		{facts.Statement{Holds: false, Supports: []string{"crollo"}}, "Le voci di un sopravvissuto raccontano il crollo del ponte.", "asserts:crollo", "voci of a person, voices, tell it: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"crollo"}}, "Le voci dei pendolari raccontano il crollo del ponte.", "asserts:crollo", "voci of people, their voices, tell it: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"crollato"}}, "In serata era circolata la voce che il ponte fosse crollato.", "hedges:voce che il ponte fosse crollato", "a rumour in the singular that a verb of spreading spreads: not asserted"},
		{facts.Statement{Holds: false, Supports: []string{"crollato"}}, "Il ponte è crollato, ha detto con voce rotta il sindaco.", "asserts:crollato", "voce of a person, a voice, spread by nothing: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"crollo"}}, "Il comune è tornato a smentire il crollo del ponte.", "denies:smentire il crollo", "an Italian infinitive of denial after \"a\""},
		{facts.Statement{Holds: false, Supports: []string{"dimissione"}}, "Crescono le speculazioni su una dimissione del sindaco.", "hedges:speculazioni su una dimissione", "speculazioni su: talk, not the thing"},
		{facts.Statement{Holds: false, Supports: []string{"dimisión"}}, "El alcalde presentó su dimisión entre rumores.", "asserts:dimisión", "rumores after the phrase, with no sobre: asserted"},
		{facts.Statement{Holds: true, Supports: []string{"extra time"}, Refutes: []string{"penalties"}}, "If extra time ends level, penalties follow.", "hedges:If extra time; doubts:penalties", "a refuting phrase in the main clause after a condition is shown, not counted"},
		{behind, "Rivals alleged that the group of hackers based in the north had carried out the attack.", "attributes:alleged that the group of hackers based in the north had carried out the attack", "a participle after a noun does not stop the far attribution"},
		{facts.Statement{Holds: true, Supports: []string{"cyberattack"}}, "Nobody doubts the cyberattack caused the outage.", "asserts:cyberattack", "a verb between: the pronoun denies the doubt, not the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"first woman"}}, "Several headlines called her the first woman to win.", "attributes:called her the first woman", "called reports what others said"},
		{first, "It may not be the first.", "", "a refutation under a hedge is too uncertain to count"},
		{facts.Statement{Holds: false, Supports: []string{"sounded"}}, "People are trained to climb in the event that the siren is sounded.", "hedges:in the event that the siren is sounded", "a condition in words: asserted by no one"},
		{facts.Statement{Holds: false, Supports: []string{"sonaron"}}, "Las autoridades aún no han confirmado si las sirenas sonaron.", "hedges:no han confirmado si las sirenas sonaron", "aún with a negation: a state that may change"},
		{facts.Statement{Holds: true, Supports: []string{"in more than a century"}}, "It was the deadliest fire in more than a century, and it raises a question: why did nobody warn us?", "asserts:in more than a century", "a question after a colon is its own: the clause before asserts"},
		{facts.Statement{Holds: true, Supports: []string{"in more than a century"}}, "Was it the deadliest fire in more than a century?", "hedges:in more than a century", "a question with no colon asks it all"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Cyberattack or human error: what brought down the systems?", "hedges:Cyberattack", "a headline's topic before the colon: asked"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Did a cyberattack cause the outage: yes or no?", "hedges:cyberattack", "a question before the colon too"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "No one at the plant was, fortunately, injured in the blast.", "denies:No one at the plant was, fortunately, injured", "an aside between a negated subject and its predicate"},
		{facts.Statement{Holds: false, Supports: []string{"stop running"}}, "Early reports that images would stop running proved unfounded.", "denies a report:reports that images would stop running", "early reports that proved unfounded: denied"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "The outage came from an internal mistake rather than a cyberattack.", "denies:rather than a cyberattack", "rather than denies what follows it"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "It was a cyberattack rather than an internal mistake.", "asserts:cyberattack", "but not what stands before it"},
		{facts.Statement{Holds: false, Supports: []string{"Cyberangriff"}}, "Die Ursache war ein Bedienfehler statt ein Cyberangriff.", "denies:statt ein Cyberangriff", "so does statt in German"},
		{facts.Statement{Holds: false, Supports: []string{"hacked"}}, "Conspiracy theories that the company had been hacked spread fast.", "attributes:theories that the company had been hacked", "theories report a claim as a rumour"},
		{facts.Statement{Holds: false, Supports: []string{"ataque hacker"}}, "Especialistas descartaram a hipótese de ataque hacker.", "denies:descartaram a hipótese de ataque hacker", "a Portuguese ruling out before the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"ataque hacker"}}, "Especialistas confirmaram um ataque hacker.", "asserts:ataque hacker", "no ruling out: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "We have seen nothing at all that points to a cyberattack.", "denies:nothing at all that points to a cyberattack", "nothing that points to, as no evidence"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattaque"}}, "Nous n'avons rien vu qui indique une cyberattaque.", "denies:rien vu qui indique une cyberattaque", "so in French, where ne ... rien frames another verb"},
		{facts.Statement{Holds: false, Supports: []string{"cyberattack"}}, "Everything points to a cyberattack.", "asserts:cyberattack", "points to with no nothing: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"malveillante"}}, "L'opérateur exclut toute piste malveillante.", "denies:exclut toute piste malveillante", "a French ruling out before the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"malveillante"}}, "L'opérateur confirme une piste malveillante.", "asserts:malveillante", "no ruling out in French: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"Sabotage"}}, "Die Werft schließt Sabotage aus.", "denies:schließt Sabotage aus", "a German verb of ruling out split around the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"Sabotage"}}, "Sabotage schließt die Werft nach ersten Prüfungen aus.", "denies:Sabotage schließt die Werft nach ersten Prüfungen aus", "the phrase before the verb, the particle last"},
		{facts.Statement{Holds: false, Supports: []string{"sabotage"}}, "De werf sluit sabotage uit.", "denies:sluit sabotage uit", "and a Dutch one"},
		{facts.Statement{Holds: false, Supports: []string{"Sabotage"}}, "Die Werft schließt Sabotage nicht aus.", "hedges:Sabotage nicht", "not ruled out: left open, never denied"},
		{facts.Statement{Holds: false, Supports: []string{"Sabotage"}}, "Die Werft schließt Sabotage nicht mehr aus.", "hedges:Sabotage nicht", "no longer ruled out, a word between the negation and the particle: never denied"},
		{facts.Statement{Holds: false, Supports: []string{"Sabotage"}}, "Die Werft schließt Sabotage, sagt der Sprecher, aus Sicht der Ermittler aus.", "asserts:Sabotage", "the particle in another clause than the phrase: no ruling out read"},
		{facts.Statement{Holds: false, Supports: []string{"rompimento da barragem"}}, "O prefeito desmentiu o rompimento da barragem.", "denies:desmentiu o rompimento da barragem", "a Portuguese verb of denial before the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"rompimento da barragem"}}, "O prefeito rejeitou o rompimento da barragem.", "denies:rejeitou o rompimento da barragem", "a Portuguese verb of rejection before the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"cierre del puerto"}}, "El alcalde rechazó el cierre del puerto.", "denies:rechazó el cierre del puerto", "and a Spanish one"},
		{facts.Statement{Holds: false, Supports: []string{"rompimento da barragem"}}, "Circularam boatos de rompimento da barragem.", "attributes:boatos de rompimento da barragem", "rumours in Portuguese report a claim"},
		{facts.Statement{Holds: false, Supports: []string{"rompimento da barragem"}}, "A defesa civil confirmou o rompimento da barragem.", "asserts:rompimento da barragem", "no denial nor rumour: asserted"},
		{facts.Statement{Holds: true, Supports: []string{"segundo corte consecutivo"}}, "O banco reduziu a taxa para 3,75% ao ano, no segundo corte consecutivo.", "asserts:segundo corte consecutivo", "Portuguese \"no\" is \"in the\", no negation"},
		{facts.Statement{Holds: true, Supports: []string{"second consecutive cut"}}, "The bank made no second consecutive cut.", "denies:no second consecutive cut", "English \"no\" negates"},
		{facts.Statement{Holds: true, Supports: []string{"segundo corte consecutivo"}}, "El banco no hizo un segundo corte consecutivo.", "denies:no hizo un segundo corte consecutivo", "Spanish \"no\" negates"},
		{facts.Statement{Holds: true, Supports: []string{"second consecutive cut"}}, "No second consecutive cut, analysts say.", "denies:No second consecutive cut", "a sentence with no word of Portuguese: \"no\" negates"},
		{facts.Statement{Holds: false, Supports: []string{"broke"}}, "\u201cEveryone said the dam broke,\u201d said a hairdresser.", "attributes:Everyone said the dam broke", "hearsay: everyone said"},
		{facts.Statement{Holds: false, Supports: []string{"dam broke"}}, "Some residents said the dam broke.", "attributes:Some residents said the dam broke", "a quantifier and a noun before the verb: hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"dam broke"}}, "Some Acme engineers said the dam broke.", "asserts:dam broke", "a capital between: a sayer named, no hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"dam broke"}}, "The ministry said the dam broke.", "asserts:dam broke", "an official sayer with its article: no hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"dam broke"}}, "Within a few hours engineers said the dam broke.", "asserts:dam broke", "a quantifier inside a phrase of time is not the sayer's"},
		{facts.Statement{Holds: false, Supports: []string{"frana"}}, "Qualcuno ha parlato di una frana.", "attributes:Qualcuno ha parlato di una frana", "someone, an auxiliary of another language and a verb of talk: hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"frana"}}, "Qualcuno, nelle prime ore, ha detto che era una frana.", "attributes:Qualcuno, nelle prime ore, ha detto che era una frana", "a short aside between the hearsay subject and its verb"},
		{facts.Statement{Holds: false, Supports: []string{"landslide"}}, "The mayor spoke of a landslide.", "asserts:landslide", "a verb of talk with a sayer named: no cue"},
		{facts.Statement{Holds: false, Supports: []string{"gebroken"}}, "Sommige media meldden dat de dam was gebroken.", "attributes:Sommige media meldden dat de dam was gebroken", "hearsay in Dutch: some media reported"},
		{facts.Statement{Holds: false, Supports: []string{"gebroken"}}, "Het waterschap meldde dat de dam was gebroken.", "asserts:gebroken", "a named sayer reports it"},
		{facts.Statement{Holds: false, Supports: []string{"sospeso"}}, "Alcuni siti hanno scritto che lo studio era stato sospeso.", "attributes:Alcuni siti hanno scritto che lo studio era stato sospeso", "hearsay in Italian, over the perfect's auxiliary"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Verletzte gab es zunächst keine, aber am Abend meldete das Krankenhaus Verletzte.", "hedges:Verletzte gab es zunächst keine; asserts:Verletzte", "aber after the negation, even after a comma: the clause it opens may tell of the phrase again"},
		{facts.Statement{Holds: false, Supports: []string{"Verletzte"}}, "Verletzte gab es keine, nur der Fahrer erlitt einen Schock.", "hedges:Verletzte gab es keine", "nur after a comma is no 'nicht nur': the negation stands, but what nur restricts is not parsed"},
		{facts.Statement{Holds: false, Supports: []string{"gas lacrimógeno"}}, "Varios vecinos afirmaban que los agentes lanzaron gas lacrimógeno.", "attributes:afirmaban que los agentes lanzaron gas lacrimógeno", "the imperfect of claiming: what was being claimed"},
		{facts.Statement{Holds: false, Supports: []string{"gas lacrimógeno"}}, "El comisario afirmó que los agentes lanzaron gas lacrimógeno.", "asserts:gas lacrimógeno", "the preterite states it, as said does"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "12:15 p.m. Reports that a guard was hurt are false.", "denies a report:Reports that a guard was hurt", "a report that opens a live blog's entry after a stamp with p.m., called false in its own words: denied"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "12:15 p.m. Police said reports that a guard was hurt are false.", "attributes a denial:reports that a guard was hurt", "and after a word of report-noun-before, called false by the police: their denial, reported"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "At 12:15 p.m. reports that a guard was hurt spread.", "asserts:hurt", "after a time that is no stamp, a report noun inside the sentence is no attribution"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Reports circulating on social media that a guard was hurt are false.", "denies a report:Reports circulating on social media that a guard was hurt", "a report going round, where it goes before that, called false: denied"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Reports circulating since Monday show that a guard was hurt.", "asserts:hurt", "a verb of showing between: the reports say it, as the source does"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Reports circulated on social media on Tuesday that a guard was hurt.", "attributes:Reports circulated on social media on Tuesday that a guard was hurt", "the past of going round, where and when before that: an attribution"},
		{facts.Statement{Holds: false, Supports: []string{"hurt"}}, "Reports emerged that a guard was hurt.", "attributes:Reports emerged that a guard was hurt", "reports that emerged: someone's claim"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "Unconfirmed reports on social media say one of the crew was injured.", "attributes:Unconfirmed reports on social media say one of the crew was injured", "hearsay: unconfirmed reports, however long the subject"},
		{facts.Statement{Holds: false, Supports: []string{"injured"}}, "Airport officials say one of the crew was injured.", "asserts:injured", "an official sayer reports it"},
		{facts.Statement{Holds: false, Supports: []string{"dead"}}, "Rumours going round on social media said a pupil was dead.", "attributes:Rumours going round on social media said a pupil was dead", "a rumour opening the clause is the sayer, however long its subject"},
		{facts.Statement{Holds: false, Supports: []string{"internada"}}, "Uma criança estaria internada no hospital distrital.", "attributes:estaria internada", "the conditional of estar reports hearsay, as serait does"},
		{facts.Statement{Holds: false, Supports: []string{"internada"}}, "Uma criança está internada no hospital distrital.", "asserts:internada", "the present states it"},
		{facts.Statement{Holds: false, Supports: []string{"morts"}}, "Le ministre a dit que l'explosion aurait fait trois morts.", "attributes:aurait fait trois morts", "after a verb of saying too: the future seen from the sayer's past or hearsay, never certain"},
		{facts.Statement{Holds: false, Supports: []string{"mort"}}, "Des rumeurs ayant circulé sur les réseaux sociaux faisaient état de la mort d'un élève.", "attributes:rumeurs ayant circulé sur les réseaux sociaux faisaient état de la mort", "and in French, with a verb of telling of a thing"},
		{facts.Statement{Holds: false, Supports: []string{"dead"}}, "Police dismissed rumours going round on social media and said a pupil was dead.", "asserts:dead", "a rumour that is the object of another verb says nothing"},
		{facts.Statement{Holds: false, Supports: []string{"mort"}}, "La police fait état de la mort d'un élève.", "asserts:mort", "a named sayer telling of it reports it"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "Rumours swirled for hours before the head teacher said a pupil had died.", "asserts:died", "a clause of its own between the rumour and the verb: the sayer is named"},
		{facts.Statement{Holds: false, Supports: []string{"died"}}, "Accusations flew as the mayor said a pupil had died.", "asserts:died", "as opens such a clause too"},
		{facts.Statement{Holds: false, Supports: []string{"broke"}}, "People are saying the dam broke.", "attributes:People are saying the dam broke", "hearsay with an auxiliary between"},
		{facts.Statement{Holds: false, Supports: []string{"broke"}}, "A few people in the chat are saying the dam broke.", "attributes:people in the chat are saying the dam broke", "hearsay with where the talk is between"},
		{facts.Statement{Holds: false, Supports: []string{"broke"}}, "People in the control room said the dam broke.", "asserts:broke", "but not with another place: witnesses there"},
		{facts.Statement{Holds: false, Supports: []string{"broke"}}, "The water agency said the dam broke.", "asserts:broke", "a named sayer reports it"},
		{facts.Statement{Holds: false, Supports: []string{"broke"}}, "I saw a tweet saying the dam broke.", "attributes:tweet saying the dam broke", "a post no one is named for is hearsay"},
		{facts.Statement{Holds: false, Supports: []string{"broke"}}, "A video posted by the agency says the dam broke.", "asserts:broke", "a post with its sayer named reports it"},
		{facts.Statement{Holds: false, Supports: []string{"closing"}}, "Closing schools would do more harm than good, the agency said.", "hedges:Closing schools would", "a gerund weighed by a modal after it: a hypothesis"},
		{facts.Statement{Holds: false, Supports: []string{"closing"}}, "Closing schools did more harm than good, the agency said.", "asserts:Closing", "a gerund with a verb of the past: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"approved"}}, "The deal must still be approved by regulators.", "hedges:must still be approved", "what must still happen has not"},
		{facts.Statement{Holds: false, Supports: []string{"goedgekeurd"}}, "De overname moet nog worden goedgekeurd.", "hedges:moet nog worden goedgekeurd", "so in Dutch"},
		{facts.Statement{Holds: true, Supports: []string{"keep taking"}}, "Patients should keep taking their tablets.", "asserts:keep taking", "advice with should is what the fact may say: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"approved"}}, "The deal was approved by regulators.", "asserts:approved", "no modal: asserted"},
		{facts.Statement{Holds: false, Supports: []string{"burst"}}, "Messages claimed that the dam, 40 km upstream, had burst.", "attributes:claimed that the dam, 40 km upstream, had burst", "an attribution reaches across a short aside"},
		{facts.Statement{Holds: false, Supports: []string{"burst"}}, "Posts shared online claimed that the Rio Claro reservoir dam, 35 km upstream, had burst.", "attributes:claimed that the Rio Claro reservoir dam, 35 km upstream, had burst", "across a longer subject and an aside"},
		{facts.Statement{Holds: false, Supports: []string{"get rid of the lock"}}, "It does not, however, get rid of the lock.", "denies:not, however, get rid of the lock", "a negation before a short aside set off by commas still reaches the phrase"},
		{facts.Statement{Holds: false, Supports: []string{"gets rid of the lock"}}, "The release, however, gets rid of the lock.", "asserts:gets rid of the lock", "an aside with no negation before it"},
		{facts.Statement{Holds: true, Supports: []string{"closed"}}, "There was no warning, residents said, before the plant closed.", "asserts:closed", "an aside after a negated noun: the negation does not reach past it"},
		{facts.Statement{Holds: false, Supports: []string{"gets rid of the lock"}}, "It keeps the old API, not the new one, and, in fact, gets rid of the lock.", "asserts:gets rid of the lock", "an aside after and: the negation is another clause's"},
		{facts.Statement{Holds: false, Supports: []string{"ties to terrorism"}}, "The office says there is no specific and credible information to indicate there are ties to terrorism.", "hedges:no specific and credible information to indicate there are ties to terrorism", "a negation beyond the cue's reach in the phrase's clause may govern it"},
		{facts.Statement{Holds: false, Supports: []string{"ataque deliberado"}}, "No hay indicios de que se trate de un ataque deliberado.", "denies:No hay indicios de que se trate de un ataque deliberado", "no sign that, in Spanish: a phrase of denial, as no indication that"},
		{facts.Statement{Holds: true, Supports: []string{"ties to terrorism"}}, "The office says it has not yet named the suspect, and that there are ties to terrorism.", "asserts:ties to terrorism", "a comma parts the negation's clause from the phrase's"},
		{facts.Statement{Holds: true, Supports: []string{"ties to terrorism"}}, "There is no doubt among the investigators on the case that there are ties to terrorism.", "asserts:ties to terrorism", "a far negation that its canceller undoes"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := stancesIn(t, tt.st, tt.text); got != tt.want {
				t.Errorf("stances in %q\n got  %q\n want %q (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

// A verb of being after a report's claim opens what the source says of
// the report: a refuting phrase there is its own word, not the report's.
func TestWhatIsSaidOfAReport(t *testing.T) {
	const sheet = "facts:\n  - id: takeover\n    claim: Halden is not taking over the project.\n    statement: false\n    supports: [will take over]\n    refutes: [are incorrect | is the new steward]\n    about: [Halden]\n"
	assertVerdicts(t, sheet, "2026-03-12", []verdictCase{
		{"Reports that Halden will take over the project are incorrect.", "agrees", "are incorrect is the source's word on the reports, not the reports' claim"},
		{"The board said reports that Halden will take over the project are incorrect.", "agrees", "so after said"},
		{"Reports that Halden will take over the project surfaced on Monday.", "silent", "the report's claim alone is attributed"},
		{"Claims on social media that Halden is the new steward are guesses, the board said.", "silent", "a verb of being with no verb of the claim's before it is the claim's own: attributed"},
		{"Halden will take over the project, the board said.", "contradicts", "said by the source itself"},
	})
}

func TestStatementVerdicts(t *testing.T) {
	const sheet = `facts:
  - id: s
    claim: Iran was behind the attack.
    statement: %s
    supports: [behind the attack]
    attributed: %s
`
	tests := []struct {
		holds, attributed, text string
		want                    string
	}{
		{"true", "ignored", "Iran was behind the attack.", "agrees"},
		{"false", "ignored", "Iran was behind the attack.", "contradicts"},
		{"true", "ignored", "Iran denied being behind the attack.", "silent (not judged: a denial someone made (\"denied\"), which the source reports: not counted against the sheet, as the accused often deny what is so (a sheet with attributed: counts counts it))"},
		{"true", "counts", "Iran denied being behind the attack.", "contradicts"},
		{"true", "ignored", "Iran was not behind the attack.", "contradicts"},
		{"false", "ignored", "Iran denied being behind the attack.", "agrees"},
		{"true", "ignored", "Albania accused Iran of being behind the attack.", "silent (not judged: attributed to someone (\"accused\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"true", "counts", "Albania accused Iran of being behind the attack.", "agrees"},
		{"true", "counts", "Iran may have been behind the attack.", "silent (not judged: hedged (\"may\"): not counted)"},
		{"true", "counts", "Was Iran behind the attack?", "silent (not judged: in a question, which asserts nothing: not counted)"},
		{"false", "ignored", "Some commentators have suggested that Iran was behind the attack.", "silent (not judged: hedged (\"suggested\"): not counted)"},
		{"false", "ignored", "The party is considering the idea that Iran was behind the attack.", "silent (not judged: hedged (\"considering\"): not counted)"},
		{"false", "ignored", "Investigators suggested on Monday that the flaw was old; Iran was behind the attack.", "contradicts"},
		{"false", "ignored", "Algunos vecinos aseguran que Iran was behind the attack.", "silent (not judged: attributed to someone (\"aseguran\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"false", "ignored", "Reports that Iran was behind the attack are wrong.", "agrees"},
		{"false", "ignored", "The agency reports that Iran was behind the attack.", "contradicts"},
		{"true", "ignored", "Reports that Iran was behind the attack are wrong.", "unsure"},
		{"true", "ignored", "Officials in Tehran said reports that Iran was behind the attack were baseless.", "silent (not judged: attributed to someone (\"reports\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"false", "ignored", "Asked about reports that Iran was behind the attack, the minister said nothing.", "silent (not judged: attributed to someone (\"reports\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"false", "ignored", "Amid rumours that Iran was behind the attack, markets fell.", "silent (not judged: attributed to someone (\"rumours\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"false", "ignored", "17:20 — Reports that Iran was behind the attack are wrong.", "agrees"},
		{"false", "ignored", "Reports on social media that Iran was behind the attack are wrong.", "agrees"},
		{"false", "ignored", "A spokesman said reports in the local press that on that day Iran was behind the attack were wrong.", "silent (not judged: attributed to someone (\"reports\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"false", "ignored", "Berichten op sociale media dat Iran was behind the attack, worden ontkend.", "silent (not judged: attributed to someone (\"berichten\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"false", "ignored", "Reports on Monday showed Iran was behind the attack.", "contradicts"},
		{"false", "ignored", "Unconfirmed reports on a regional radio channel that Iran was behind the attack spread fast.", "silent (not judged: attributed to someone (\"reports\"); the sheet does not count attributed claims (attributed: ignored))"},
		{"false", "ignored", "Reports in the capital were wrong, but everyone knows that Iran was behind the attack.", "contradicts"},
		{"false", "ignored", "Albania cut ties before anyone proved Iran was behind the attack.", "silent (not judged: hedged (\"before\"): not counted)"},
		{"false", "ignored", "Before the attack, Iran was behind the attack on the grid.", "contradicts"},
		{"false", "ignored", "A firm had said Iran was behind the attack, but later withdrew that statement.", "unsure"},
		{"false", "ignored", "A firm had said Iran was behind the attack, and later repeated that statement.", "contradicts"},
	}
	for _, tt := range tests {
		t.Run(tt.holds+"/"+tt.attributed+"/"+tt.text, func(t *testing.T) {
			r := run(t, strings.ReplaceAll(strings.Replace(strings.Replace(sheet, "%s", tt.holds, 1), "%s", tt.attributed, 1), "%%", "%"), testSource{"s", tt.text, "2022-09-10"})
			c := r.CellAt(0, 0)
			got := string(c.Verdict)
			for _, fd := range c.Unresolved {
				got += " (not judged: " + fd.How + ")"
			}
			if got != tt.want {
				t.Errorf("statement %s, attributed %s, in %q\n got  %s\n want %s", tt.holds, tt.attributed, tt.text, got, tt.want)
			}
		})
	}
}

// A denial as of the time of writing ("not yet", "so far") bears out a
// statement held false, and says nothing against one held true, which may
// have come to hold since; a denial of a confirming or saying is neither.
func TestDenialsSoFar(t *testing.T) {
	const recovered = "facts:\n  - id: found\n    claim: The paintings have been recovered.\n    statement: %s\n    supports: [recovered | ritrovati]\n    refutes: [still missing]\n"
	for holds, cases := range map[string][]verdictCase{
		"false": {
			{"The paintings have not yet been recovered.", "agrees", "not yet: denied as of writing, as the sheet holds"},
			{"So far nobody has recovered the paintings.", "agrees", "so far with a negating pronoun"},
			{"The paintings are still missing as of Friday.", "agrees", "a refuting phrase at a moment"},
			{"The paintings have been recovered.", "contradicts", "an assertion is read as ever"},
			{"Police have not yet confirmed whether the paintings were recovered.", "silent", "a confirming is denied so far, not the recovery"},
			{"I quadri non sono ancora stati ritrovati.", "silent", "ancora with a negation in Italian: what stands between is not read"},
			{"There is no sign so far that the paintings were recovered.", "agrees", "no sign so far: denied as of writing, as the sheet holds"},
			{"Investigators had \"no indication at this time\" of a recovered painting.", "agrees", "the moment inside the denial phrase's words: denied as of writing still"},
			{"Police have not confirmed at this time whether the paintings were recovered.", "silent", "a confirming denied at this time: not the recovery"},
		},
		"true": {
			{"The paintings have not yet been recovered.", "silent", "a state that may have changed since: not against the sheet"},
			{"The paintings have been recovered.", "agrees", "an assertion"},
			{"The paintings were not recovered.", "contradicts", "a plain denial"},
			{"There is no sign so far that the paintings were recovered.", "silent", "no sign so far: a state that may have changed since, not against the sheet"},
		},
	} {
		assertVerdicts(t, strings.Replace(recovered, "%s", holds, 1), "2025-10-10", cases)
	}
}

// A refuting phrase in a clause that a year outside the story's dates
// governs tells of another time (the painting's sale in 1974 as a
// follower's work): unsure, never a contradiction. A date of the story, or
// none, leaves it read.
func TestStatementsOfAnotherTime(t *testing.T) {
	const master = "facts:\n  - id: master\n    claim: The portrait is by the master himself.\n    statement: true\n    supports: [by the master himself]\n    refutes: [a follower]\n  - id: sold\n    claim: The portrait sold on 8 July 2025.\n    date: 2025-07-08\n    about: [sold]\n"
	assertVerdicts(t, master, "2025-07-09", []verdictCase{
		{"The portrait was sold in 1974 as the work of a follower.", "unsure", "a year long before the story's governs the phrase"},
		{"In 1974, the portrait was sold as the work of a follower.", "unsure", "so in the phrase opening the sentence"},
		{"The portrait was sold on Tuesday as the work of a follower.", "contradicts", "a day of the story"},
		{"The portrait is the work of a follower.", "contradicts", "no date: read as ever"},
		{"In March 2024, the portrait was sold as the work of a follower.", "unsure", "a month of the year before, over half a year from every date of the sheet: another time, though the years are neighbours"},
		{"In 2024, the portrait was sold as the work of a follower.", "unsure", "so a neighbour year that ends over half a year before the story"},
		{"In February 2025, the portrait was sold as the work of a follower.", "contradicts", "a month within half a year of the story's day: the story's"},
		{"It has a long history: in March 2024, the portrait was sold as the work of a follower.", "unsure", "the date opens the clause after a colon, as a sentence's opening phrase"},
		{"Tuesday's sale was the first since 1974, when the portrait went as the work of a follower.", "unsure", "a clause that a comma and when open after a year long before: that year's, though the sentence dates the story too"},
		{"The portrait sold on Tuesday at the house in Leiden, where a follower's work once hung.", "contradicts", "where after no date: the story's day governs"},
		{"Tuesday's sale, when the portrait went as the work of a follower, was the first since 1974.", "contradicts", "the when clause follows the story's day, not the old year"},
	})
}

// A sentence that tells of another thing of the fact's kind (another
// identifier, a separate one, a second one) does not contradict a
// statement.
func TestStatementOfAnotherInstance(t *testing.T) {
	const exploited = "facts:\n  - id: exploited\n    claim: CVE-2026-41170 was exploited before the fix.\n    statement: false\n    supports: [exploited]\n    about: [flaw]\n"
	assertVerdicts(t, exploited, "2026-05-02", []verdictCase{
		{"Last year a flaw in a rival parser, CVE-2025-20931, was exploited within days.", "unsure", "another identifier of the claim's kind"},
		{"A separate flaw in the parser was exploited last year.", "unsure", "a separate one"},
		{"A second flaw in the parser was exploited by the same group.", "unsure", "a second one"},
		{"The flaw, CVE-2026-41170, was exploited before the fix.", "contradicts", "the claim's identifier"},
		{"The flaw, CVE-2026-41170, was exploited, unlike CVE-2025-20931.", "contradicts", "the claim's identifier beside another"},
		{"The flaw was exploited before the fix, researchers found.", "contradicts", "no identifier named: read as before"},
		{"The flaw in the F-35 software was exploited.", "contradicts", "an identifier of another kind says nothing"},
		{"A separate flaw in the parser was not exploited.", "agrees", "what agrees stays agreeing"},
	})
}

// The plural of a statement's singular term, after a determiner, tells of
// several things of the kind, which may not hold the fact's.
func TestStatementOfSeveralOfItsKind(t *testing.T) {
	const upright = "facts:\n  - id: upright\n    claim: The lander came to rest upright.\n    statement: true\n    supports: [upright]\n    refutes: [tipped over]\n    about: [lander]\n"
	assertVerdicts(t, upright, "2027-04-05", []verdictCase{
		{"Two firms have landed before, and one of their landers tipped over.", "unsure", "one of several landers, maybe none the fact's"},
		{"Many landers tipped over on touchdown.", "unsure", "several of them"},
		{"Both landers tipped over on touchdown.", "contradicts", "both take in the fact's own"},
		{"The lander tipped over on touchdown.", "contradicts", "the fact's own, in the singular"},
		{"Their landers stood upright.", "agrees", "what agrees stays agreeing"},
	})
	const reopens = "facts:\n  - id: reopen\n    claim: The museum did not reopen.\n    statement: false\n    supports: [reopens on]\n    about: [reopen]\n"
	assertVerdicts(t, reopens, "2027-04-05", []verdictCase{
		{"The museum reopens on Monday.", "contradicts", "a verb's ending after a noun is no plural"},
	})
}

// A number in a sentence that names another identifier of the claim's
// kind, and not the claim's, may be that one's.
func TestNumberOfAnotherIdentifier(t *testing.T) {
	const score = "facts:\n  - id: score\n    claim: CVE-2026-41170 scores 9.8.\n    number: 9.8\n    about: [scores | rated]\n"
	assertVerdicts(t, score, "2026-05-02", []verdictCase{
		{"CVE-2025-20931 was rated 7.5 last year.", "unsure", "another identifier's score"},
		{"CVE-2026-41170 is rated 7.5.", "contradicts", "the claim's identifier"},
		{"The flaw is rated 7.5.", "contradicts", "no identifier named"},
	})
}

// An unless term rules a sentence out for a statement without about terms
// too, and for a name found by its spelling.
func TestUnlessWithoutAbout(t *testing.T) {
	const plea = "facts:\n  - id: plea\n    claim: Petrov pleaded not guilty.\n    statement: true\n    supports: [pleaded not guilty]\n    refutes: [pleaded guilty]\n    unless: [Natarova]\n"
	assertVerdicts(t, plea, "2025-10-10", []verdictCase{
		{"His deputy, Anna Natarova, pleaded guilty in May.", "silent", "the unless term says whose plea this is"},
		{"Petrov pleaded guilty in May.", "contradicts", "without the unless term the refuting phrase counts"},
	})
	const ceo = "facts:\n  - id: ceo\n    claim: The chief executive is Lena Okafor.\n    name: Lena Okafor\n    about: [chief executive]\n    unless: [rival]\n"
	assertVerdicts(t, ceo, "2025-10-10", []verdictCase{
		{"A rival praised Lena Okafor.", "silent", "the unless term rules out a sentence found by the name's spelling"},
		{"Investors praised Lena Okafor.", "agrees", "the spelling alone finds the sentence"},
	})
}

// A sentence that points back at the one before (a pronoun, a
// demonstrative) is ruled out where that one is.
func TestUnlessReachesTheNextSentence(t *testing.T) {
	const term = "facts:\n  - id: term\n    claim: Petrov was sentenced to 18 years.\n    number: 18\n    unit: years\n    about: [sentenced]\n    unless: [Natarova]\n"
	assertVerdicts(t, term, "2025-10-10", []verdictCase{
		{"His deputy, Anna Natarova, pleaded guilty. She was sentenced to three years.", "silent", "she is the deputy the unless term named"},
		{"His deputy, Anna Natarova, pleaded guilty. That deputy was sentenced to three years.", "silent", "a demonstrative points back too"},
		{"His deputy, Anna Natarova, pleaded guilty. Petrov was sentenced to three years.", "contradicts", "a sentence of its own is read"},
		{"Anna Natarova pleaded guilty. The judge spoke. She was sentenced to three years.", "contradicts", "only the sentence right before counts"},
	})
}

// A link alone in an item of a Markdown list, as tables of contents and
// tag lists write them, names a subject and asserts nothing.
func TestLinkItemAssertsNothing(t *testing.T) {
	const sheet = "facts:\n  - id: attack\n    claim: No cyberattack caused it.\n    statement: false\n    supports: [cyberattack]\n"
	assertVerdictsIn(t, "s.md", sheet, "2026-03-01", []verdictCase{
		{"## Contents\n\n- [Cyberattack](#cyberattack)\n- [Timeline](#timeline)\n", "silent", "a table of contents names sections"},
		{"## Findings\n\n- A cyberattack caused the outage.\n", "contradicts", "an item that is a sentence states it"},
	})
}

// A phrase that a colon parts from every term of the fact, with a verb of
// its own before it, tells of something else: it is hedged. A colon that
// only introduces the phrase, or a quotation, states it.
func TestPhraseInAClauseOfItsOwn(t *testing.T) {
	const sheet = "facts:\n  - id: passwords\n    claim: Passwords were exposed.\n    statement: false\n    supports: [exposed]\n    about: [passwords]\n"
	assertVerdicts(t, sheet, "2025-03-20", []verdictCase{
		{"Asked whether passwords were leaked, she said no: only messages were exposed.", "silent", "the phrase's clause after the colon has a subject and a verb of its own"},
		{"Passwords were exposed, she said.", "contradicts", "one clause: the phrase is the passwords'"},
		{"What leaked about passwords: they were exposed in plain text.", "contradicts", "a pronoun opening the clause after the colon goes on with the terms before it"},
		{"Passwords: exposed.", "contradicts", "a colon that introduces the phrase, no verb of its own"},
		{"About the passwords, she told reporters: \"They were exposed, all of them.\"", "contradicts", "a colon that opens a quotation: what was said"},
	})
}

// A phrase inside a longer term of the fact is a word of a name: the
// "Investigation" of the term "Harbour Accident Investigation Board"
// states no investigation.
func TestPhraseInsideALongerTerm(t *testing.T) {
	const sheet = "facts:\n  - id: inquiry\n    claim: The board opened no investigation.\n    statement: false\n    supports: [investigation]\n    about: [Harbour Accident Investigation Board | board]\n"
	assertVerdicts(t, sheet, "2026-03-12", []verdictCase{
		{"The Harbour Accident Investigation Board said it had made no decision.", "silent", "the phrase is a word of the term, a body's name"},
		{"The Harbour Accident Investigation Board has opened an investigation.", "contradicts", "the phrase outside the term is read as ever"},
		{"The board has opened an investigation.", "contradicts", "and with a shorter term"},
	})
}

// A bare yes or no right after a question that holds a phrase of the fact
// answers it: "No." denies what the question asks, "Yes," asserts it. An
// answer that is no bare yes or no ("No one knows") leaves the question
// asserting nothing.
func TestAnswersToQuestions(t *testing.T) {
	const changing = "facts:\n  - id: p\n    claim: Request prices are changing.\n    statement: false\n    supports: [changing]\n    about: [request prices]\n"
	assertVerdictsIn(t, "a.md", changing, "2025-10-14", []verdictCase{
		{"### Are request prices changing?\n\nNo. They stay the same.\n", "agrees", "no denies what the question asks, as the sheet holds"},
		{"### Are request prices changing?\n\nYes, from March.\n", "contradicts", "yes asserts it"},
		{"### Are request prices changing?\n\nNo one knows yet.\n", "silent", "no bare answer: the question asserts nothing"},
		{"### Are request prices changing?\n\nWe asked the firm.\n", "silent", "no answer at all"},
	})
	const steady = "facts:\n  - id: p\n    claim: Request prices stay the same.\n    statement: true\n    refutes: [changing]\n    about: [request prices]\n"
	assertVerdictsIn(t, "a.md", steady, "2025-10-14", []verdictCase{
		{"### Are request prices changing?\n\nNo.\n", "agrees", "no to a refuting phrase's question asserts the claim"},
		{"### Are request prices changing?\n\nYes.\n", "contradicts", "yes to it denies the claim"},
	})
}

// A negation after a supporting phrase that does not open the sentence,
// which the checker does not parse ("Die Polizei sagt, verletzt wurde
// niemand"), is shown as such, not as a hedge: the phrase
// is not counted, and the finding says why.
func TestNegationAfterIsShownAsSuch(t *testing.T) {
	const sheet = "facts:\n  - id: hurt\n    claim: People were hurt.\n    statement: false\n    supports: [verletzt]\n"
	r := run(t, sheet, testSource{"s", "Die Polizei sagt, verletzt wurde niemand.", "2026-03-12"})
	c := r.CellAt(0, 0)
	assert.Equal(t, Silent, c.Verdict)
	require.Len(t, c.Unresolved, 1)
	assert.Contains(t, c.Unresolved[0].How, `a negation after the phrase ("niemand")`)
	r = run(t, sheet, testSource{"s", "Niemand sah verletzt aus.", "2026-03-12"})
	c = r.CellAt(0, 0)
	assert.Equal(t, Silent, c.Verdict, "a pronoun of another language before the phrase, a verb it does not know between: not parsed")
	require.Len(t, c.Unresolved, 1)
	assert.Contains(t, c.Unresolved[0].How, `a pronoun of another language that denies a subject ("niemand")`)
}

// A denial someone made, which the source reports ("The water board
// denied that its main had caused the collapse"), agrees with a statement
// the sheet holds false and is not counted against one it holds true,
// unless the sheet counts attributed claims: the accused deny what is so
// as often as not.
func TestReportedDenials(t *testing.T) {
	const caused = "facts:\n  - id: caused\n    claim: A burst main caused the collapse.\n    statement: true\n    supports: [burst main]\n    about: [collapse]\n"
	assertVerdicts(t, caused, "2026-03-13", []verdictCase{
		{"The water board denied that a burst main had caused the collapse.", "silent", "someone's denial of a statement held true: not counted"},
		{"The collapse was not caused by a burst main.", "contradicts", "the source's own negation is"},
		{"A burst main caused the collapse.", "agrees", "and its own assertion agrees"},
	})
	const counted = caused + "    attributed: counts\n"
	assertVerdicts(t, counted, "2026-03-13", []verdictCase{
		{"The water board denied that a burst main had caused the collapse.", "contradicts", "with attributed: counts, someone's denial counts"},
	})
	const none = "facts:\n  - id: none\n    claim: A burst main caused the collapse.\n    statement: false\n    supports: [burst main]\n    about: [collapse]\n"
	assertVerdicts(t, none, "2026-03-13", []verdictCase{
		{"The water board denied that a burst main had caused the collapse.", "agrees", "someone's denial of a statement held false agrees"},
	})
}

// With attributed: counts, a claim a source gives as someone's counts
// for or against the statement as the claim says: a refuting phrase or a
// negated supporting one claims it does not hold.
func TestAttributedClaimsCount(t *testing.T) {
	const cause = "facts:\n  - id: cause\n    claim: The outage was caused by a power fault.\n    statement: true\n    supports: [power fault]\n    refutes: [cyberattack]\n    about: [outage]\n    attributed: counts\n"
	assertVerdicts(t, cause, "2026-03-13", []verdictCase{
		{"The firm claims the outage was caused by a power fault.", "agrees", "an attributed supporting phrase"},
		{"The group claims the outage was a cyberattack.", "contradicts", "an attributed refuting phrase claims the statement does not hold"},
		{"The group insisted the outage was a cyberattack.", "contradicts", "insisting is one side's claim: attributed, it counts here"},
		{"The group claimed that the outage was not caused by a power fault.", "contradicts", "an attributed denial of the supporting phrase"},
		{"The firm claimed that the outage was not a cyberattack.", "agrees", "an attributed denial of the refuting phrase"},
	})
	const kept = "facts:\n  - id: kept\n    claim: The site will be left undisturbed.\n    statement: false\n    supports: [disturbed]\n    about: [site]\n    attributed: counts\n"
	assertVerdicts(t, kept, "2026-03-13", []verdictCase{
		{"The government says the site will not be disturbed further.", "agrees", "a negated forecast said is a denial of the phrase the sheet holds false"},
		{"The government says the site will be disturbed again.", "contradicts", "a forecast said of the phrase the sheet holds false"},
	})
}

// A phrase of a moment ("to date", "so far") inside a hyphenated word is
// no such phrase: "an up-to-date inspection" leaves a refuting phrase
// counted, where "to date" in its clause makes it a state of the moment.
func TestMomentPhrasesInCompounds(t *testing.T) {
	const passed = "facts:\n  - id: passed\n    claim: The dam passed its last inspection.\n    statement: true\n    supports: [passed its last inspection]\n    refutes: [failed its]\n    about: [inspection]\n"
	assertVerdicts(t, passed, "2025-03-20", []verdictCase{
		{"The dam had failed its most up-to-date inspection last August.", "contradicts", "up-to-date is one word: no moment"},
		{"The dam has failed its inspections to date.", "silent", "to date in the clause: a state at the moment, not counted"},
	})
}
