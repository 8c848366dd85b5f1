package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/facts"
)

// readNames lists the mentions of a name in a one-sentence text as
// "role:says".
func readNames(t *testing.T, name facts.Name, text string) string {
	t.Helper()
	src := parseText(t, text, published("2022-09-10"))
	m := newNameMatcher(name)
	var out []string
	for i := range src.sents {
		sent := &src.sents[i]
		for _, n := range m.find(src, sent) {
			role := map[nameRole]string{nameAccepted: "accepted", nameOther: "other", nameNearMiss: "near-miss", nameOtherBearer: "other-bearer", nameOtherSurname: "other-surname"}[n.role]
			out = append(out, role+":"+says(src, sent, n.span))
		}
	}
	return strings.Join(out, "; ")
}

func TestFindNames(t *testing.T) {
	spokesman := facts.Name{Canonical: "Nasser Kanaani", Aliases: []string{"Nasser Kanani"}, Not: []string{"Hossein Amir-Abdollahian"}}
	minister := facts.Name{Canonical: "Esmail Khatib"}
	city := facts.Name{Canonical: "Durrës", Aliases: []string{"Durres"}}
	country := facts.Name{Canonical: "Iran"}
	premier := facts.Name{Canonical: "Edi Rama", Aliases: []string{"Rama"}}
	surname := facts.Name{Canonical: "Marta Kowalska", Aliases: []string{"Kowalska"}}
	tower := facts.Name{Canonical: "John Adams Tower", Aliases: []string{"Adams Tower", "Grand Tower"}}
	tests := []struct {
		name   facts.Name
		text   string
		want   string
		reason string
	}{
		{spokesman, "Spokesman Nasser Kanaani said so.", "accepted:Nasser Kanaani", "the canonical spelling"},
		{surname, "Editor Maria Kowalska said so.", "near-miss:Maria Kowalska", "a surname alias does not hide a given name one letter off"},
		{surname, "Editor Kowalska said so.", "accepted:Kowalska", "the surname alone is the alias"},
		{surname, "President Kowalska said so.", "accepted:Kowalska", "a title before the surname is no given name"},
		{surname, "Editor Marta Kowlaska said so.", "near-miss:Marta Kowlaska", "two letters swapped are one edit"},
		{surname, "Editor Marta Kowolsky said so.", "near-miss:Marta Kowolsky", "two edits in a long surname with the same first letter, the given name exact"},
		{surname, "Editor Marta Nowak said so.", "", "another surname is another person, not a misspelling"},
		{surname, "Editor Marta Kowalczyk said so.", "other-surname:Marta Kowalczyk", "a surname that starts as the sheet's: read only as the holder of the fact's term (see TestGivenNameWithAnotherSurname)"},
		{facts.Name{Canonical: "Colin Fairbairn"}, "Director Colin Fairbanks spoke.", "near-miss:Colin Fairbanks", "a surname's ending rewritten, three edits, its first six letters the sheet's"},
		{facts.Name{Canonical: "Colin Fairbairn"}, "Director Colin Fairfax spoke.", "other-surname:Colin Fairfax", "three edits sharing five letters: no misspelling, another surname"},
		{facts.Name{Canonical: "Ilse Hoekstra"}, "Captain Ilse Hoekstraten spoke.", "near-miss:Ilse Hoekstraten", "three letters added to the surname"},
		{tower, "They built a grand tower in the city.", "", "the name's words in lower case are common words"},
		{tower, "They built the Grand Tower in the city.", "accepted:Grand Tower", "capitalised, it is the name"},
		{tower, "They built the Jhon Adams Tower in the city.", "near-miss:Jhon Adams Tower", "an alias inside a longer, misspelt name does not hide it"},
		{spokesman, "Spokesman Nasser Kanani said so.", "accepted:Nasser Kanani", "an accepted alias"},
		{spokesman, "SPOKESMAN NASSER KANAANI SAID SO.", "accepted:NASSER KANAANI", "case is folded"},
		{spokesman, "Spokesman Nasser Kenani said so.", "near-miss:Nasser Kenani", "one letter off an alias: a spelling variant"},
		{spokesman, "Spokesman Naser Kanaani said so.", "near-miss:Naser Kanaani", "the first name misspelt"},
		{spokesman, "Spokesman Nasser Kananni said so.", "near-miss:Nasser Kananni", "two letters swapped"},
		{spokesman, "Minister Hossein Amir-Abdollahian said so.", "other:Hossein Amir-Abdollahian", "a name not to confuse with"},
		{spokesman, "The kenani family said so.", "", "a lower-case word is not a name"},
		{spokesman, "Mayor Kanazawa said so.", "", "a different name of similar length"},
		{spokesman, "Kanaani said so.", "", "a surname alone counts only when the sheet lists it as an alias"},
		{minister, "Minister Esmail Khatibi spoke.", "near-miss:Esmail Khatibi", "an extra letter at the end"},
		{minister, "Minister Ismail Khatib spoke.", "near-miss:Ismail Khatib", "a transliteration of the first name"},
		{minister, "Minister Esmail Khatib spoke.", "accepted:Esmail Khatib", "exact"},
		{city, "The summit is in Durrës.", "accepted:Durrës", "diacritics kept in the evidence"},
		{city, "The summit is in Durres.", "accepted:Durres", "without diacritics"},
		{country, "Troops left Iraq for good.", "", "Iran and Iraq are different words: short words are never fuzzy-matched"},
		{premier, "Premier Eddie Rama spoke.", "other-bearer:Eddie Rama", "another given name before the surname alias, after a title: a misspelling or someone else"},
		{premier, "Die NSWA-Chefin Rama sprach.", "accepted:Rama", "a compound's tail after a head in capitals is a title, no given name before the surname alias"},
		{premier, "Die Vize-Chefin Rama sprach.", "accepted:Rama", "a hyphenated compound that names a role as a whole (Vizechefin) is no given name"},
		{premier, "Premier Anne-Marie Rama spoke.", "other-bearer:Marie Rama", "a double given name is a given name still"},
		{facts.Name{Canonical: "Henrietta Osei-Barnes", Aliases: []string{"Osei-Barnes"}}, "Chair Henriette Osei-Barnes spoke.", "near-miss:Henriette Osei-Barnes", "a given name a letter off before the surname alias: a misspelling"},
		{premier, "Premier Rama spoke.", "accepted:Rama", "the surname alias after a title"},
		{facts.Name{Canonical: "Owen Pritchard", Aliases: []string{"Pritchard"}}, "Mr Prichard spoke.", "near-miss:Prichard", "a surname alias a letter off after an abbreviated title"},
		{facts.Name{Canonical: "Owen Pritchard", Aliases: []string{"Pritchard"}}, "Mr Pritchard spoke.", "accepted:Pritchard", "and the alias itself after it"},
		{facts.Name{Canonical: "Raymond Pritchard", Aliases: []string{"Pritchard"}, Roles: []string{"sheriff"}}, "Sheriff Prichard spoke.", "near-miss:Prichard", "a surname alias a letter off after the title of the fact's own post"},
		{facts.Name{Canonical: "Raymond Pritchard", Aliases: []string{"Pritchard"}}, "Judge Prichard spoke.", "", "after a title of no post of the fact's: maybe another person, no near miss"},
		{facts.Name{Canonical: "Raymond Pritchard", Aliases: []string{"Pritchard"}}, "Nurse Raymonde Prichard spoke.", "near-miss:Raymonde Prichard", "a given name a letter off: the full name a letter off twice"},
		{facts.Name{Canonical: "Paul Pritchard", Aliases: []string{"Pritchard"}}, "Nurse Pauline Prichard spoke.", "", "a longer given name that starts as the sheet's is another one"},
		{facts.Name{Canonical: "Raymond Pritchard", Aliases: []string{"Pritchard"}}, "Sheriff Ray Prichard spoke.", "near-miss:Prichard", "after a short form of the given name, which the full name does not align with: the alias"},
		{facts.Name{Canonical: "Raymond Pritchard", Aliases: []string{"Pritchard"}}, "Nurse Delia Prichard spoke.", "", "another given name before it: maybe another person, no near miss"},
		{premier, "Edi Rama and Rama's party met.", "accepted:Edi Rama; accepted:Rama", "each mention once"},
		{facts.Name{Canonical: "Ana Lima", Aliases: []string{"Lima"}}, "Judge Ana Lyma spoke.", "near-miss:Ana Lyma", "a short surname a letter off, inside the full name whose first name is exact"},
		{facts.Name{Canonical: "Ana Lima"}, "Judge Ana Liima spoke.", "near-miss:Ana Liima", "a letter added"},
		{facts.Name{Canonical: "Ana Lima"}, "Judge Anna Lyma spoke.", "", "two words off: not known to be this name"},
		{facts.Name{Canonical: "Ana Lima", Aliases: []string{"Lima"}}, "Judge Lyma spoke.", "", "a short word alone is never fuzzy-matched"},
		{facts.Name{Canonical: "Kim Jong Un"}, "Leader Kim Jong Il spoke.", "", "two-letter words are never compared, even inside a name"},
		{facts.Name{Canonical: "Ana Lima"}, "Judge Ana Lima and Ana Limo met.", "accepted:Ana Lima; near-miss:Ana Limo", "the exact mention and the near miss each once"},
		{facts.Name{Canonical: "Brisk & Tal"}, "The firm Brisk & Tel built it.", "near-miss:Brisk & Tel", "an ampersand inside a name keeps its words one run"},
		{facts.Name{Canonical: "Brisk & Tal"}, "The firm Brisk and Tel built it.", "", "but a lower-case and parts two names"},
		{facts.Name{Canonical: "Apache License 2.0"}, "Licence: see below.", "", "a British spelling of a word of the name is that word, not a misspelling"},
		{facts.Name{Canonical: "Kenyan National Union of Nurses"}, "Kenya's government met the union.", "", "a word alone near a name's first word is another word"},
		{facts.Name{Canonical: "John Smith"}, "Smyth said no.", "near-miss:Smyth", "a word alone near a name's last word, a surname, is a near miss"},
		{facts.Name{Canonical: "Kestravan Nurses Federation"}, "Federations backed the strike.", "", "a plural of a word of the name is another word"},
		{facts.Name{Canonical: "Bolivia", Aliases: []string{"Bolivian"}}, "Bolivians swept the podium.", "", "the plural of an alias is no misspelling of the name either"},
		{facts.Name{Canonical: "Weiden"}, "Das Werk an der Weidener Straße schloss.", "", "the town's German adjective is no misspelling of it"},
		{facts.Name{Canonical: "Weiden"}, "Das Werk in Weidenn schloss.", "near-miss:Weidenn", "a letter more that makes no adjective is one"},
		{facts.Name{Canonical: "Bolivia", Aliases: []string{"Bolivian"}}, "Bolvia runners won.", "near-miss:Bolvia", "a letter off that makes no plural of an accepted word is a misspelling"},
		{facts.Name{Canonical: "Marlow Plastics"}, "Plastic plant fire forces thousands out.", "", "alone, the singular of a name's last word is another word"},
		{facts.Name{Canonical: "Marlow Plastics"}, "Officials at Marlow Plastic said so.", "near-miss:Marlow Plastic", "inside the name it is a misspelling still"},
		{facts.Name{Canonical: "Helen Voss", Aliases: []string{"Councillor Voss"}}, "Present: Councillors Voss (Chair) and Berg.", "", "a plural inside a name is another word too"},
		{facts.Name{Canonical: "Apache License 2.0"}, "Apache Licence 2.0 applies.", "", "inside the name too"},
		{facts.Name{Canonical: "Apache License 2.0"}, "Apache Lisense 2.0 applies.", "near-miss:Apache Lisense", "a misspelling is still one"},
		{facts.Name{Canonical: "14th", Aliases: []string{"Platz 14"}}, "Sieben Plätze nach oben ging es.", "", "a word near a name's first word, the rest of the name not after it, names nothing"},
		{facts.Name{Canonical: "Helena Marchetti"}, "Die Helene Marchetti sprach.", "near-miss:Helene Marchetti", "with the rest of the name after it, a near miss still"},
		{facts.Name{Canonical: "Stefan Kühlwein"}, "Chair Stefan Kuehlwein spoke.", "accepted:Stefan Kuehlwein", "ü written ue is the same name"},
		{facts.Name{Canonical: "Stefan Kühlwein"}, "Chair Stefan Kuhlwein spoke.", "accepted:Stefan Kuhlwein", "and written u, its diacritic folded away"},
		{facts.Name{Canonical: "Stefan Kühlwein"}, "Chair Stefan Kuehlwien spoke.", "near-miss:Stefan Kuehlwien", "a misspelling of the transliteration is one"},
		{facts.Name{Canonical: "Hans Strauß"}, "Chair Hans Strauss spoke.", "accepted:Hans Strauss", "ß written ss"},
		{facts.Name{Canonical: "Elena Markovic"}, "IT'S OFFICIAL: PRESIDENT-ELECT MARKOVIC", "", "the tail of a compound is no given name"},
		{facts.Name{Canonical: "Elena Markovic"}, "President-elect Elenna Markovic spoke.", "near-miss:Elenna Markovic", "the name after the compound still is one"},
		{facts.Name{Canonical: "Anna Smith-Jonas"}, "Judge Anna Smith-Jones spoke.", "near-miss:Anna Smith-Jones", "a hyphen joins the parts of a double-barrelled name: the whole is the near miss"},
		{facts.Name{Canonical: "Miriam Okafor-Hale"}, "The chief, Miriam Okafor-Hall, spoke.", "near-miss:Miriam Okafor-Hall", "a short last part a letter off, compared in the whole name"},
		{facts.Name{Canonical: "Miriam Okafor-Hale", Aliases: []string{"Okafor-Hale"}}, "The chief, Okafor-Hall, spoke.", "near-miss:Okafor-Hall", "and in the surname alone"},
		{facts.Name{Canonical: "Miriam Hale", Aliases: []string{"Hale"}}, "A Franco-German panel heard Hale.", "accepted:Hale", "a hyphenated pair of other capitalised words names no one"},
		{facts.Name{Canonical: "Cornelia Abercrombie-Visser"}, "The donor, Cornelia Abercromby-Visser, spoke.", "near-miss:Cornelia Abercromby-Visser", "two letters off in a part of a double-barrelled name"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := readNames(t, tt.name, tt.text); got != tt.want {
				t.Errorf("names of %q in %q\n got  %q\n want %q (%s)", tt.name.Canonical, tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

func TestTwoLettersOff(t *testing.T) {
	sheet := "facts:\n  - id: ceo\n    claim: The chief executive is Thomas Schmidt.\n    name: Thomas Schmidt\n    about: [chief executive]\n"
	assertVerdicts(t, sheet, "2024-01-02", []verdictCase{
		{"Thomas Schmitz, chief executive of a rival, declined.", "unsure", "two letters off may be another person: for review, not a failure"},
		{"The chief executive, Thomas Schmitt, declined.", "contradicts", "one letter off is a misspelling"},
		{"The chief executive, Thomas Schmitz, declined.", "contradicts", "two letters off, named as the chief executive beside the term: a misspelling"},
		{"Thomas Schmitz, the chief executive, declined.", "contradicts", "two letters off, the term in apposition after the name"},
		{"Thomas Schmitz, who met the chief executive on Monday, declined.", "unsure", "two letters off, the term too far to say it names him"},
		{"Thomas Schmitz, the Bavarian group's long-serving chief executive, declined.", "contradicts", "two letters off, the term ending a longer apposition: it names him"},
		{"Thomas Schmitz, a senior adviser to the chief executive, declined.", "unsure", "the term after a preposition in the apposition names someone else"},
		{"Thomas Schmitz, the Bavarian group's former chief executive, declined.", "silent", "former in the apposition: a past holder, not judged, as with the short form"},
		{"Thomas Schmitz, the Bavarian group's deputy chief executive, declined.", "unsure", "a rank word in it: another post"},
		{"The chief executive, Thomas Schmidt, declined.", "agrees", "the name as the sheet spells it"},
	})
	hyphenedGiven := "facts:\n  - id: judge\n    claim: The judge is Jean-Pierre Moreau.\n    name: Jean-Pierre Moreau\n    about: [judge]\n"
	assertVerdicts(t, hyphenedGiven, "2024-01-02", []verdictCase{
		{"The inquiry opened, and Jean-Pierre Morel, who met the judge, spoke first.", "unsure", "a hyphenated given name is no part of the surname: two letters off may be another person"},
	})
	barrelled := "facts:\n  - id: donor\n    claim: The donor is Cornelia Abercrombie-Visser.\n    name: Cornelia Abercrombie-Visser\n    about: [donor]\n"
	assertVerdicts(t, barrelled, "2024-01-02", []verdictCase{
		{"Cornelia Abercrombie-Visser, who met the donor, declined.", "agrees", "the name as the sheet spells it"},
		{"Cornelia Abercromby-Visser, who met the donor, declined.", "contradicts", "two letters off in a part of a double-barrelled surname whose other part is exact: no other person"},
	})
}

// A word near one of the name's is no misspelling when the other words of
// the name stand beside it, spelled as another name.
func TestNearWordBesideAnotherName(t *testing.T) {
	sheet := "facts:\n  - id: winner\n    claim: Helena Marchetti won.\n    name: Helena Marchetti\n    about: [won | candidate]\n"
	assertVerdicts(t, sheet, "2025-11-12", []verdictCase{
		{"The independent candidate Helen Marchant won 7.6 percent.", "silent", "another person: the surname is not the fact's"},
		{"The candidate Helen Marchetti won.", "contradicts", "a given name one letter off beside the surname"},
		{"The candidate Helena Marchetty won.", "contradicts", "a surname one letter off beside the given name"},
	})
}

// A word that is one of the fact's terms is no misspelling of its name:
// with about: [tribunale], "Tribunale amministrativo" names another body
// in the sheet's own word.
func TestTermIsNoNearMiss(t *testing.T) {
	sheet := "facts:\n  - id: court\n    claim: The Northfield Housing Tribunal ruled.\n    name: Northfield Housing Tribunal\n    about: [tribunal | tribunale]\n"
	assertVerdicts(t, sheet, "2026-03-12", []verdictCase{
		{"Il ricorso andrà al Tribunale amministrativo regionale.", "silent", "the fact's own term, capitalised: no misspelt name"},
		{"The Northfeld Housing Tribunal ruled on Monday.", "contradicts", "a name with one word a letter off is still a near miss"},
	})
}

// A name with an apostrophe or a full stop between its words locates
// sentences alone as any other name does, the mark written as the sheet
// writes it, straight or curly.
func TestNamesWithMarksLocate(t *testing.T) {
	const pub = "facts:\n  - id: pub\n    claim: The quiz was won by the Jolly O'Brien.\n    name: Jolly O'Brien\n    about: [quiz]\n"
	assertVerdicts(t, pub, "2026-08-16", []verdictCase{
		{"The trophy went to the Jolly O'Brien on Sunday.", "agrees", "the name alone locates the sentence, its apostrophe as written"},
		{"The trophy went to the Jolly O’Brien on Sunday.", "agrees", "a curly apostrophe is the same mark"},
		{"The trophy went to the Jolly Brien on Sunday.", "silent", "no mark where the sheet writes one: another name, and no term of the fact locates it"},
	})
	const resto = "facts:\n  - id: resto\n    claim: The restaurant is the Jardin d'Hiver.\n    name: Jardin d'Hiver\n    about: [restaurant]\n"
	assertVerdicts(t, resto, "2026-08-16", []verdictCase{
		{"A jardin d'hiver stands on the terrace of the restaurant.", "silent", "a name of two capitalised parts, one after an apostrophe, is not its words in lower case"},
		{"The restaurant Jardin d'Hiver opened in May.", "agrees", "as the sheet writes it"},
	})
	const germ = "facts:\n  - id: germ\n    claim: The bacterium was E. coli.\n    name: E. coli\n    about: [bacterium]\n"
	assertVerdicts(t, germ, "2026-08-16", []verdictCase{
		{"Samples from the reservoir held E. coli at three sites.", "agrees", "a full stop inside the name, as the sheet writes it"},
	})
}

// An alias that ends the fact's name names someone else after another
// capitalised word: "Anna Kowalska" is not Marta Kowalska, nor "Atletico
// Valdemar" Sporting Valdemar. A title before it names the fact's holder.
// A name written with an ampersand locates sentences as any name does,
// the ampersand between its words as a space would be.
func TestNamesWithAnAmpersand(t *testing.T) {
	const house = "facts:\n  - id: house\n    claim: The sale was run by Harcourt & Vane.\n    name: Harcourt & Vane\n    about: [auctioneers]\n"
	assertVerdicts(t, house, "2026-08-16", []verdictCase{
		{"Harcourt & Vane's estimate was published in May.", "agrees", "the name alone, an ampersand between its words, locates the sentence"},
		{"Harcourt Vane's estimate was published in May.", "agrees", "written without it, the same words"},
		{"Harcourt's estimate was published in May.", "silent", "one word of the name is no mention of it"},
	})
}

// An alias that ends another name ("Atletico Valdemar", "Walter Marsh"),
// or begins one and goes on with a word of its own ("Halvorsen Shipping"),
// names someone or something else: unsure, or a contradiction beside the
// fact's term as its holder.
func TestAliasEndingAnotherName(t *testing.T) {
	const director = "facts:\n  - id: dir\n    claim: The director is Marta Kowalska.\n    name: Marta Kowalska\n    aliases: [Kowalska]\n    about: [director]\n"
	assertVerdicts(t, director, "2025-07-29", []verdictCase{
		{"The director, Anna Kowalska, spoke.", "contradicts", "another given name before the alias, named beside the term as the director: another holder"},
		{"Her sister Anna Kowalska spoke.", "unsure", "not beside the fact's term: perhaps someone else"},
		{"The director spoke, and Anna Kowalska listened.", "unsure", "after and: another person beside the director"},
		{"The director, Marta Anna Kowalska, spoke.", "agrees", "a middle name after the fact's given name"},
		{"The director, Frau Kowalska, spoke.", "agrees", "an honorific before the alias"},
		{"The board met Director Kowalska on Monday.", "agrees", "a title before the alias"},
		{"Kowalska, the director, spoke.", "agrees", "the alias alone"},
		{"Yesterday Kowalska, the director, spoke.", "agrees", "a capital that opens the sentence may be no name"},
		{"Will Kowalska, the director, spoke.", "unsure", "a word that is also a given name opens the sentence: perhaps another given name"},
		{"Director Anna Kowalska spoke.", "contradicts", "another given name after a title that opens the sentence: the director named"},
		{"Anna Kowalska, the director, spoke.", "unsure", "a first word the source never writes in lower case, before the alias: perhaps another given name"},
		{"Economist Kowalska, the director, spoke.", "agrees", "a first word that names a role by its ending is no given name"},
		{"Recién Kowalska, the director, arrived; recién llegó la policía.", "agrees", "a first word the source writes in lower case elsewhere, accents and all"},
		{"Ministerpräsidentin Kowalska, the director, spoke.", "agrees", "a compound ending in a title"},
		{"Norman Kowalska, the director, spoke.", "unsure", "a given name with a role's ending but too short for one"},
		{"Superintendent Kowalska, the director, spoke.", "agrees", "a title of [name-titles] opening the sentence is no given name"},
		{"Outside Kowalska, the director, spoke; outside, the crowd cheered.", "agrees", "a first word the source writes in lower case too is a word, not a name"},
		{"On Wednesday Kowalska, the director, spoke.", "agrees", "a weekday before the alias is a day, no given name"},
		{"On Wednesday Anna Kowalska, the director, spoke.", "contradicts", "and a given name after the weekday is still one"},
		{"Die Infektiologin Kowalska hat als director gesprochen.", "agrees", "a German noun after its article, in a German sentence, is no given name"},
		{"Die Ärztin Anna Kowalska hat als director gesprochen.", "contradicts", "a given name after the noun still is one"},
	})
	const ceo = "facts:\n  - id: ceo\n    claim: The chief executive is Dr. Miriam Okafor.\n    name: Miriam Okafor\n    aliases: [Okafor, Dr. Miriam Okafor]\n    about: [chief executive | Klinikchefin | directeur]\n"
	assertVerdicts(t, ceo, "2025-10-14", []verdictCase{
		{"Die Abschaltung verteidigte Klinikchefin Miriam Okafor als alternativlos.", "agrees", "a German role capitalised before the full name is no given name"},
		{"Die Abschaltung verteidigte Polizeisprecher Miriam Okafor als alternativlos.", "agrees", "nor is any compound with a role's ending"},
		{"Die Abschaltung verteidigte Gesundheitsbeamtin Miriam Okafor als alternativlos.", "agrees", "an official (Beamtin) is a role's ending too"},
		{"Die Klinikchefin und Gesundheitsbeamtin Miriam Okafur verteidigte die Abschaltung.", "contradicts", "and the misspelt name after it still contradicts"},
		{"Die Abschaltung verteidigte Klinikchefin Anna Okafor als alternativlos.", "contradicts", "another given name after the role: another holder named"},
		{"Directeur Okafor is desondanks tevreden.", "agrees", "a Dutch title opening the sentence is no given name"},
		{"Klinikchefin Anna Okafor sprach am Montag.", "contradicts", "the fact's term opening the sentence, another given name after it: another holder"},
	})
	const officer = "facts:\n  - id: officer\n    claim: The health officer is Dr. Helen Marchetti.\n    name: Helen Marchetti\n    aliases: [Marchetti, Dr. Helen Marchetti]\n    about: [health officer | gezondheidsfunctionaris]\n"
	assertVerdicts(t, officer, "2026-02-11", []verdictCase{
		{"Gezondheidsfunctionaris Helen Marchetti sprak maandag met ouders.", "agrees", "the fact's own term opening the sentence is a title, not a given name"},
		{"Gezondheidsfunctionaris Anna Marchetti sprak maandag met ouders.", "contradicts", "another given name after it: another holder"},
		{"Helen Marchetti bezocht maandag de school.", "agrees", "the full name alone"},
		{"Gezondheidsfunctionarissen Helen Marchetti en anderen spraken.", "unsure", "a word that only starts like the term is no term: perhaps a given name"},
	})
	const runnerUp = "facts:\n  - id: ru\n    claim: The runner-up was Daniel Whitcombe.\n    name: Daniel Whitcombe\n    aliases: [Whitcombe]\n    not: [David Whitcombe]\n    about: [runner-up]\n"
	assertVerdicts(t, runnerUp, "2025-07-29", []verdictCase{
		{"The runner-up, David Whitcombe, conceded.", "contradicts", "a name the sheet lists under not: is not hidden by the alias it ends with"},
		{"The runner-up, Whitcombe, conceded.", "agrees", "the alias alone"},
	})
	const chair = "facts:\n  - id: chair\n    claim: The chair is William Marsh.\n    name: William Marsh\n    aliases: [Marsh]\n    about: [chair]\n"
	assertVerdicts(t, chair, "2025-07-29", []verdictCase{
		{"The chair, Walter Marsh, spoke.", "contradicts", "another given name beside the term: another holder"},
		{"The chair, Bill Marsh, spoke.", "unsure", "a short form of [given-name-short-forms] may be the holder's own name"},
		{"The chair, Will Marsh, spoke.", "unsure", "a given name that begins the sheet's may be its short form"},
		{"The chair, Dr. Walter Marsh, spoke.", "contradicts", "a title before the other given name"},
	})
	const club = "facts:\n  - id: club\n    claim: He came from Sporting Valdemar.\n    name: Sporting Valdemar\n    aliases: [Valdemar]\n    about: [departure]\n"
	assertVerdicts(t, club, "2025-07-29", []verdictCase{
		{"His departure from Atletico Valdemar was confirmed.", "unsure", "another club ending like the alias, or a place named for it"},
		{"His departure from Valdemar was confirmed.", "agrees", "the alias alone"},
		{"Valdemar fans wept. His departure from Atletico Valdemar was confirmed.", "agrees", "the alias elsewhere agrees; the other club is listed for review"},
		{"Sporting Valdemar fans wept. His departure from Atletico Valdemar was confirmed, a rival said.", "agrees", "the full name elsewhere does"},
	})
	const owner = "facts:\n  - id: owner\n    claim: The tanker is owned by Halvorsen Tankers AS.\n    name: Halvorsen Tankers AS\n    aliases: [Halvorsen Tankers, Halvorsen]\n    about: [owner]\n"
	assertVerdicts(t, owner, "2025-07-29", []verdictCase{
		{"The tanker's owner, Halvorsen Shipping, will pay.", "unsure", "an alias that begins the name, going on with a word of its own: another firm, or a wrong name"},
		{"The tanker's owner, Halvorsen, will pay.", "agrees", "the alias alone"},
		{"The owner said Halvorsen Monday would pay.", "agrees", "a weekday after it is no word of a name"},
		{"Der Eigentümer (owner) Halvorsen Reederei zahlt.", "agrees", "in German, which capitalises every noun, a noun after it is no name"},
	})
}

// Particles of a surname written in lower case ("van", "de la") stay in
// the run of capitalised words they stand in: a misspelt surname after
// one is a near miss, and another given name before one is someone else.
func TestSurnameParticles(t *testing.T) {
	const ceo = "facts:\n  - id: ceo\n    claim: The chief executive is Marieke van Doorn.\n    name: Marieke van Doorn\n    aliases: [Doorn]\n    about: [chief executive]\n"
	assertVerdicts(t, ceo, "2025-10-14", []verdictCase{
		{"The chief executive, Marieke van Doren, told staff.", "contradicts", "the surname one letter off after a lower-case particle"},
		{"The chief executive, Mariek van Doorn, told staff.", "contradicts", "the given name one letter off, before the particle"},
		{"The chief executive, Anna van Doorn, told staff.", "contradicts", "another given name before the particle and the alias, beside the term: another holder"},
		{"The chief executive, Marieke van Doorn, told staff.", "agrees", "the name as the sheet spells it"},
		{"The chief executive, van Doorn, told staff.", "agrees", "the particle and the alias alone"},
		{"The chief executive took the van to Doren.", "silent", "a particle between lower-case words is a word"},
		{"The chief executive, Doorn van", "agrees", "a particle last in the text ends the run: no word after it to look at"},
	})
}

// An identifier one character off the sheet's is a slip when two
// characters are swapped, and unsure when one is changed: the next
// identifier of a series differs so. A short part, a part with no digit,
// or a source that gives the sheet's identifier too, make no contradiction.
func TestIdentifierOff(t *testing.T) {
	const cve = "facts:\n  - id: cve\n    claim: The flaw is CVE-2025-31847.\n    name: CVE-2025-31847\n    about: [CVE | flaw | vulnerability]\n"
	assertVerdicts(t, cve, "2025-03-20", []verdictCase{
		{"The patch fixes the flaw tracked as CVE-2025-31874.", "unsure", "two digits swapped: a slip, or another identifier of the same batch"},
		{"The patch fixes the flaw tracked as CVE-2025-31848.", "unsure", "one digit changed: a slip, or the next identifier"},
		{"The patch fixes the flaw tracked as CVE-2025-31847.", "agrees", "the sheet's identifier"},
		{"The patch fixes the flaw tracked as CVE-2024-31847.", "unsure", "the year part one digit off"},
		{"The patch fixes CVE-2025-31847 and a second flaw, CVE-2025-31874.", "agrees", "the sheet's identifier in the same sentence: the other is another"},
		{"The patch fixes the flaw tracked as CVE-2025-31847. A related flaw, CVE-2025-31874, was fixed too.", "agrees", "the source gives the sheet's identifier: the other is another one"},
		{"The patch fixes the flaw tracked as CVE-2025-31847. A related flaw, CVE-2025-31848, was fixed too.", "agrees", "the next identifier beside the sheet's: another one"},
		{"The patch fixes the flaw tracked as CVE-2025-51234.", "silent", "another identifier altogether"},
		{"The patch fixes the flaw tracked as CVE 2025 31874.", "silent", "parts not joined as an identifier: three numbers"},
	})
	const lib = "facts:\n  - id: lib\n    claim: The flaw is in zip7q.\n    name: zip7q\n    about: [library]\n"
	assertVerdicts(t, lib, "2025-03-20", []verdictCase{
		{"The library zpi7q is affected.", "contradicts", "two letters swapped in a name with a digit"},
		{"The library zip9q is affected.", "unsure", "a digit changed"},
		{"The library zipq is affected.", "silent", "no digit in the text's word, which is also shorter: no identifier of the sheet's form"},
		{"The library zipp7q is affected.", "contradicts", "a letter added to a part of four or more: a slip"},
		{"The library zip7qs is affected.", "unsure", "a letter after the digits: a suffix names another product as often as not"},
	})
	const model = "facts:\n  - id: model\n    claim: The chatbot runs GPT-4.\n    name: GPT-4\n    about: [model]\n"
	assertVerdicts(t, model, "2025-03-20", []verdictCase{
		{"The model behind it is GPT-5.", "silent", "a part of one character: another product, not a slip"},
	})
	const chip = "facts:\n  - id: chip\n    claim: The controller is KT1.\n    name: KT1\n    about: [controller]\n"
	assertVerdicts(t, chip, "2025-03-20", []verdictCase{
		{"The controller is the BT1.", "unsure", "a letter off in a short part: a slip, or another chip"},
		{"The controller is the KT2.", "unsure", "a digit off: the next chip of a series, or a slip"},
	})
	const batches = "facts:\n  - id: batches\n    claim: The recalled kettles carry batch codes KB1405 to KB1418.\n    name: KB1405 to KB1418\n    aliases: [KB1405 through KB1418]\n    about: [batch | batches]\n"
	assertVerdicts(t, batches, "2025-03-20", []verdictCase{
		{"Kettles whose batch code is KB1419 or higher are safe.", "silent", "a code of a range's series alone, one digit off its end: another batch, no misspelling"},
		{"The recall covers batches KB1405 through KB1419.", "contradicts", "the range written whole with its end off"},
		{"The recall covers batches KB1405 through KB1418.", "agrees", "the sheet's range"},
	})
}

// The sheet's given name before another surname, named beside the fact's
// term as its holder, is a wrong name; elsewhere, in a sentence that also
// gives the sheet's name, or in a headline's title case it may be someone
// else, and is not read.
func TestGivenNameWithAnotherSurname(t *testing.T) {
	const director = "facts:\n  - id: director\n    claim: Carmen Olivares is the race director.\n    name: Carmen Olivares\n    aliases: [Olivares]\n    about: [race director | racedirecteur]\n"
	assertVerdictsIn(t, "a.md", director, "2025-05-20", []verdictCase{
		{"Race director Carmen Olivera defended the course.\n", "contradicts", "the title, the given name, another surname"},
		{"Op dinsdag verdedigde racedirecteur Carmen Olivera de organisatie.\n", "contradicts", "a title of another language, as the sheet's term"},
		{"Carmen Olivera, the race director, defended the course.\n", "contradicts", "the title after the name, first in the sentence"},
		{"Spanish race director Carmen Ruiz defended her course.\n", "silent", "a surname that does not start as the sheet's: another holder of such a post"},
		{"Carmen Olivera, a runner from Getafe, said the race director was calm.\n", "silent", "not beside the term: another Carmen"},
		{"Race director Carmen Olivares thanked her deputy, race director Carmen Ruiz.\n", "agrees", "the sentence gives the sheet's name: the other Carmen is someone else"},
		{"Race Director Carmen Speaks Out After Collapse\n", "silent", "a headline's title case: no surname"},
		{"RACE DIRECTOR CARMEN OLIVERA SPOKE.\n", "silent", "all in capitals: no word written as a surname"},
		{"The race director, Carmen, spoke.\n", "silent", "the given name alone"},
		{"Race director Carmen Ruiz Olivares spoke.\n", "agrees", "a longer name with the sheet's surname is read by the alias"},
	})
	const minister = "facts:\n  - id: minister\n    claim: Tobias Leclerc is the health minister.\n    name: Tobias Leclerc\n    about: [health minister]\n"
	assertVerdictsIn(t, "a.md", minister, "2025-05-20", []verdictCase{
		{"Health Minister Tobias LeClair spoke to reporters.\n", "contradicts", "an inner capital still makes a surname, and it starts as the sheet's"},
		{"Belgian Health Minister Tobias Vandenbroucke spoke to reporters.\n", "silent", "another country's minister of that given name"},
		{"Leclerc's predecessor as health minister, Tobias Martin, spoke.\n", "silent", "a predecessor of that given name"},
	})
}
