package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/facts"
)

// readDates lists the dates of a one-sentence text as "says=value", with
// "(said)" for dates tied to a verb of saying and "unresolved" for relative
// dates that cannot be placed.
func readDates(t *testing.T, text string, pub facts.Span) string {
	t.Helper()
	src := parseText(t, text, pub)
	var out []string
	for i := range src.sents {
		sent := &src.sents[i]
		for _, d := range sent.dateMentions() {
			v, _, ok := d.expr.resolve(pub)
			value := v.String()
			if !ok {
				value = "unresolved"
			}
			s := says(src, sent, d.span) + "=" + value
			if d.said {
				s += " (said)"
			}
			if d.since {
				s += " (since)"
			}
			if d.expr.eitherWay {
				s += " (or next)"
			}
			out = append(out, s)
		}
	}
	return strings.Join(out, "; ")
}

func TestExtractDates(t *testing.T) {
	sat := published("2022-09-10") // a Saturday
	tests := []struct {
		text string
		pub  facts.Span
		want string
	}{
		// Absolute days, with and without a year.
		{"The talks ended on September 7.", sat, "on September 7=2022-09-07"},
		{"The fair opened on Sunday 11 September 2022.", sat, "on Sunday 11 September 2022=2022-09-11"},
		{"Polls closed Friday, Sept. 9, at noon.", sat, "Friday, Sept. 9=2022-09-09"},
		{"The patch is dated 2022/09/07.", sat, "2022/09/07=2022-09-07"},
		{"It ended on 7th September in Rome.", sat, "on 7th September=2022-09-07"},
		{"It failed on the evening of 9 September.", sat, "9 September=2022-09-09"},
		{"It opened 7 September 2022 in Geneva.", sat, "7 September 2022=2022-09-07"},
		{"Sales began Sept. 7 across Europe.", sat, "Sept. 7=2022-09-07"},
		{"The law passed Sep 7, 2021, after a long debate.", sat, "Sep 7, 2021=2021-09-07"},
		{"Voting closed July 15th.", sat, "July 15th=2022-07-15"},
		{"Das Gerät kommt am Freitag, dem 23. September, in den Handel.", sat, "am Freitag, dem 23. September=2022-09-23"}, // an article between a weekday and its full date
		{"A rampa caiu no sábado, dia 3 de setembro.", sat, "sábado, dia 3 de setembro=2022-09-03"},                        // Portuguese dia between a weekday and its full date
		{"A rampa caiu no sábado, dia que ninguém esquece.", sat, "sábado=2022-09-10 (or next)"},                           // dia and no date: the weekday alone
		{"Halvard a annoncé en janvier 2 100 suppressions de postes.", sat, "en janvier=2022-01"},
		{"Le musée rouvrira en juin, selon la mairie.", sat, "en juin=2022-06"},        // a French month of four letters alone is a month
		{"Die Messe beginnt im März in Köln.", sat, "im März=2022-03"},                 // and so is German März
		{"Le maréchal Juin est mort en 1967.", sat, "en 1967=1967"},                    // but a capitalised name within a sentence is none
		{"Il procedimento n. 14522/2022 è chiuso.", sat, ""},                           // a case number and its year: no date                          // a French month: the day comes first, so the figure after it is none
		{"On January 2 100 people left.", sat, "On January 2=2022-01-02"},              // an English month takes the day after it
		{"The moon S/2025 S 3 was found.", sat, ""},                                    // an astronomical designation's year: no date
		{"Council passed Bylaw No. 2025-31 on a vote.", sat, ""},                       // a document's number after No.: no years
		{"There was no 2025 vote on the bylaw.", sat, "2025=2025"},                     // no without its stop is no number sign
		{"Asked if it was due, he said no. 2026 is when it is due.", sat, "2026=2026"}, // a stop after no and a year alone: no document's number
		{"The asteroid 2024 YR4 was found.", sat, ""},                                  // so is a minor planet's: a year, two letters and a number
		{"The asteroid was found in 2024 GP data.", sat, "in 2024=2024"},               // two letters alone after the year: a date
		{"In 2024 CO2 emissions fell.", sat, "In 2024=2024"},                           // a preposition of a date before the year: a date, then a formula
		{"Sales rose in Q1/2022 and fell after.", sat, "2022=2022"},                    // but after a code with a digit, the year is read
		{"The deadline is the 15th of July.", sat, "15th of July=2022-07-15"},
		{"The release is dated 2022-09-07.", sat, "2022-09-07=2022-09-07"},
		{"It happened on 9/9/2022 at night.", sat, "on 9/9/2022=2022-09-09"},
		{"The invoice of 25.12.2021 is late.", sat, "25.12.2021=2021-12-25"},
		{"The invoice of 12/25/2021 is late.", sat, "12/25/2021=2021-12-25"},
		{"The memo of 3/4/2022 is vague.", sat, ""},
		{"Het bericht van 19-02-2022 kwam laat.", sat, "19-02-2022=2022-02-19"}, // day, month and year with hyphens, as Dutch pages write them
		{"Het bericht van 03-04-2022 is vaag.", sat, ""},                        // both orders possible: neither the date nor its year alone
		{"A note from December 20 was found.", published("2023-01-05"), "December 20=2022-12-20"},
		// Months, parts of months, years, decades.
		{"Prices rose in July.", sat, "in July=2022-07"},
		{"The storm hit in mid-July.", sat, "in mid-July=2022-07-11..2022-07-20"},
		{"Work starts early July.", sat, "early July=2022-07-01..2022-07-10 (or next)"},
		{"Results are due late July.", sat, "late July=2022-07-21..2022-07-31 (or next)"},
		{"The firm was founded in 2013.", sat, "in 2013=2013"},
		{"They have lived there since 2014.", sat, "since 2014=2014 (since)"},
		{"The museum will reopen on Wednesday.", sat, "on Wednesday=2022-09-07 (or next)"},
		{"She said the board would meet on Wednesday.", sat, "on Wednesday=2022-09-07 (or next)"},
		{"He is due to hand his resignation to President Anna Berg at the Palace of the Republic on Wednesday.", sat, "on Wednesday=2022-09-07 (or next)"},
		{"He handed his resignation to President Anna Berg at the Palace of the Republic on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"Prosecutors will ask the judge to hold the crew members who appeared in court on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"The city will send letters to those who register on Wednesday.", sat, "on Wednesday=2022-09-07 (or next)"},
		{"The inquiry will hear from survivors of the ferry that sank on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"Farow told us on Wednesday that refunds would follow.", sat, "on Wednesday=2022-09-07 (said)"},
		{"Refunds would follow, Farow told the Courier on Wednesday.", sat, "on Wednesday=2022-09-07 (said)"},
		{"Refunds would follow, Farow told Reuters on Wednesday.", sat, "on Wednesday=2022-09-07 (said)"},
		{"Farow told of Harbour Lane on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"\"Refunds will follow,\" Farow told the Courier on Wednesday afternoon.", sat, "on Wednesday=2022-09-07 (said)"},
		{"Farow told the firm to close on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"It happened in the small hours of a Monday.", sat, ""},
		{"Ferries sail every Monday.", sat, ""},                                                      // a habit: any Monday
		{"Ferries sail every Monday and Thursday.", sat, ""},                                         // so the second day after and
		{"Ferries sailed on Monday and Thursday.", sat, "on Monday=2022-09-05; Thursday=2022-09-08"}, // no habit word: two days
		{"Les livraisons sont prévues en août.", sat, "en août=2022-08 (or next)"},
		{"Las entregas llegan en mayo.", sat, "en mayo=2022-05"},
		{"It happened one Sunday, years ago.", sat, ""},
		{"Farow confirmed again on Wednesday that refunds would follow.", sat, "on Wednesday=2022-09-07 (said)"},
		{"Farow confirmed on Wednesday that refunds would follow.", sat, "on Wednesday=2022-09-07 (said)"},
		{"Farow said again on Wednesday refunds would follow.", sat, "on Wednesday=2022-09-07 (said) (or next)"},
		{"Farow told shareholders in a letter dated 21 November that refunds would follow.", sat, "21 November=2022-11-21 (said)"},
		{"A comissão certificou os resultados a 19 de março de 2026.", sat, "19 de março de 2026=2026-03-19"},
		{"O treinador chegou a Maputo em março de 2023.", sat, "em março de 2023=2023-03"},
		{"O marco de 2023 foi batido.", sat, "2023=2023"},
		{"La comisión certificó los resultados el 19 de marzo de 2026.", sat, "el 19 de marzo de 2026=2026-03-19"},
		{"L'arresto avvenne nel novembre del 2021.", sat, "novembre del 2021=2021-11"},
		{"La comisión certificó los resultados el 3 de mayo del 2021.", sat, "el 3 de mayo del 2021=2021-05-03"},
		{"The bridge fell at 10:47 p.m. (2047 GMT) as crowds left.", sat, ""},
		{"The bridge, photographed on Wednesday, stood empty.", sat, "on Wednesday=2022-09-07 (said)"},
		{"The bridge fell in 2021 GMT records show.", sat, "in 2021=2021"},
		{"On Tuesday the 6th the main broke.", sat, "On Tuesday the 6th=2022-09-06"},
		{"On Tuesday the 30th the main broke.", sat, "On Tuesday the 30th=2022-08-30"},
		{"On Friday the 2nd the main broke.", sat, "On Friday the 2nd=2022-09-02"},
		{"On Tuesday the 12th the main broke.", sat, "On Tuesday the 12th=2022-08-12..2022-09-06"},
		{"The line reopened again on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"Expect screenings in November.", sat, "in November=2022-11 (or next)"},
		{"Support runs to the end of 2026.", sat, "2026=2026-10..2026-12"},
		{"It stays supported until the end of 2026.", sat, ""},
		{"Hanno tempo fino a venerdì.", sat, "venerdì=2022-09-09 (or next)"},                 // Italian a is to, no English article: the day is read
		{"It happened on a Friday in the storm.", sat, ""},                                   // English a before an English day: any Friday
		{"It will close by the end of the year.", sat, "the year=2022-10..2022-12"},          // a deadline at the end of the year of writing
		{"Sales rose at the end of the year.", sat, ""},                                      // past, nothing ahead: it may be last year's end
		{"The plant will reopen at the start of the year.", sat, ""},                         // an early part of the year ahead: perhaps next year's
		{"In 2019 the plant closed by the end of the year.", sat, "In 2019=2019"},            // another year named: the end may be that one's
		{"L'usine fermera d'ici la fin de l'année.", sat, "fin de l'année=2022-10..2022-12"}, // and in French, after d'ici
		{"L'usine fermera d'ici la fin de l'année prochaine.", sat, ""},                      // another year's end: not the year of writing
		{"Das Werk schließt bis Ende des Jahres.", sat, "Ende des Jahres=2022-10..2022-12"},  // German, after bis
		{"L'usine a fermé à la fin de l'année.", sat, ""},                                    // with no deadline nor future: which year's end is not said
		{"It closes by the end of March 2023.", sat, "March 2023=2023-03-21..2023-03-31"},
		{"18 Feb NICE final guidance due.", sat, "18 Feb=2022-02-18 (or next)"},
		{"It closed 18 Feb due to the storm.", sat, "18 Feb=2022-02-18"},
		{"Full data come at ACC.26, March 28, in New Orleans.", sat, "March 28=2022-03-28"},
		{"The flaw was exploited since at least 20 March.", sat, "20 March=2022-03-20 (since)"},
		{"Europe will launch its first crew on a rocket of its own on Wednesday.", sat, "on Wednesday=2022-09-07 (or next)"},
		{"The museum reopened on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"The museum, which will reopen, was robbed on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"The trial is scheduled for Monday.", sat, "Monday=2022-09-12"}, // scheduled right before its preposition: the next one only
		{"It is the largest theft since 2013.", sat, "since 2013=2013 (since)"},
		{"It is the largest theft since the 2013 raid.", sat, "2013=2013 (since)"},
		{"Ties have been tense since 2014, when the camp opened.", sat, "since 2014=2014"},
		{"The treaty of December 2018 still holds.", sat, "December 2018=2018-12"},
		{"Trends of the 1990s returned.", sat, "1990s=1990s"},
		{"In May the board met.", sat, "In May=2022-05"},
		// Ranges.
		{"They fought in the 1980-88 war.", sat, "1980-88=1980..1988"},
		{"He served from 1980 to 1988.", sat, "1980 to 1988=1980..1988"},
		{"He served from 1980 until 1988.", sat, "1980 until 1988=1980..1988"},
		{"It ran from July 23 to 24.", sat, "July 23 to 24=2022-07-23..2022-07-24"},
		// A date, then a count: no range across a comma, nor to a number with a unit.
		{"He was sentenced on Oct. 9, to 18 years in prison.", sat, "on Oct. 9=2022-10-09"},
		{"She was jailed on July 9 to 18 months.", sat, "on July 9=2022-07-09"},
		{"The fair runs on 23–24 July.", sat, "on 23–24 July=2022-07-23..2022-07-24"},
		{"Prices held between 2013 and 2014.", sat, "2013 and 2014=2013..2014"},
		{"Les bijoux ont été fabriqués entre 1851 et 1867.", sat, "1851 et 1867=1851..1867"},
		{"Las joyas fueron fabricadas entre 1851 y 1867.", sat, "1851 y 1867=1851..1867"},
		{"Les bijoux fabriqués entre 1851 et 300 artisans.", sat, ""},
		{"Entre 1500 et 2000 manifestants ont défilé.", sat, ""},
		{"Between 1700 and 1900 people marched.", sat, ""},
		{"Die Juwelen wurden zwischen 1851 und 1867 hergestellt.", sat, "1851 und 1867=1851..1867"},
		{"In 2019 people marched.", sat, "In 2019=2019"},
		{"The fair runs on July 23 and 24.", sat, "on July 23 and 24=2022-07-23..2022-07-24"},
		{"The fair runs 23-24 July.", sat, "23-24 July=2022-07-23..2022-07-24"},
		{"The trip lasts July 30 to August 2.", sat, "July 30 to August 2=2022-07-30..2022-08-02"},
		{"Bikes made between January 2023 and August 2024 are hit.", sat, "January 2023 and August 2024=2023-01..2024-08"},
		{"Les vélos fabriqués de mars 2022 à juin 2024 sont concernés.", sat, "mars 2022 à juin 2024=2022-03..2024-06"},
		{"Las bicis hechas de marzo de 2022 a junio de 2024 están afectadas.", sat, "marzo de 2022 a junio de 2024=2022-03..2024-06"},
		{"Die Räder von März 2022 bis Juni 2024 sind betroffen.", sat, "März 2022 bis Juni 2024=2022-03..2024-06"},
		{"I lavori sono durati da marzo 2022 a giugno 2024.", sat, "marzo 2022 a giugno 2024=2022-03..2024-06"}, // da opens the range: from, not of
		{"In marzo de 2022 a new model was sold.", sat, "In marzo de 2022=2022-03"},                             // "a" before no month: no range
		{"Packs dated between 20 March and 14 April 2022 are hit.", sat, "20 March and 14 April 2022=2022-03-20..2022-04-14"},
		{"Findings announced in April ............ 4", sat, "in April=2022-04"},
		{"Findings announced in 2021 .......... 4 April", sat, "in 2021=2021; 4 April=2022-04-04"},
		{"Packs dated 20 March 2022 to 4 April 2022 are hit.", sat, "20 March 2022 to 4 April 2022=2022-03-20..2022-04-04"},
		{"Talks ran between Friday 20 May and Tuesday 14 June 2022.", sat, "Friday 20 May and Tuesday 14 June 2022=2022-05-20..2022-06-14"},
		{"The shop opened Saturday 14 and Sunday 15 May 2022.", sat, "Saturday 14 and Sunday 15 May 2022=2022-05-14..2022-05-15"},
		{"Call 8 a.m. to 8 p.m., Monday through Friday.", sat, ""},
		{"It was built in 2020 and went on sale in February of that year.", sat, "in 2020=2020; in February of that year=2020-02"},
		{"It went on sale in February of that year.", sat, ""},
		{"In 2020 the library, with 1800 members, closed in February of that year.", sat, "In 2020=2020; in February of that year=2020-02"},
		{"Counting ran from polling day to the following Monday.", sat, ""},
		{"The line is open Monday to Friday and on Sunday.", sat, "on Sunday=2022-09-04"},
		{"It was refloated on Tuesday, and Wednesday's tide took it to port.", sat, "on Tuesday=2022-09-06; Wednesday's=2022-09-07"},
		{"Packs dated 20 December 2021 to 4 January 2022 are hit.", sat, "20 December 2021 to 4 January 2022=2021-12-20..2022-01-04"},
		{"The shop shut on 20 March and 14 April 2022.", sat, "on 20 March=2022-03-20; 14 April 2022=2022-04-14"},
		{"Bikes made from January 2023 to August 2024 are hit.", sat, "January 2023 to August 2024=2023-01..2024-08"},
		{"Bikes made from June to December 2023 are hit.", sat, "June to December 2023=2023-06..2023-12"},   // the first month takes the end's year
		{"Storm Alba (SWIO 09-2021/22) hit the coast.", sat, ""},                                            // a storm's number in its season: no date
		{"It was the wettest month of the 2021/22 season.", sat, "2021/22=2021..2022"},                      // a season of two years
		{"Bikes made from December to March 2023 are hit.", sat, "December to March 2023=2022-12..2023-03"}, // across a new year: the year before
		{"Bikes made in June and December 2023 are hit.", sat, "in June=2022-06; December 2023=2023-12"},    // and without between: two dates
		{"They met in January 2023 and August 2024.", sat, "in January 2023=2023-01; August 2024=2024-08"},
		// Weekdays, resolved against the publication date.
		{"The vote took place on Wednesday.", sat, "on Wednesday=2022-09-07"},
		{"Friday's outage lasted hours.", sat, "Friday's=2022-09-09"},
		{"The market closed on Saturday.", sat, "on Saturday=2022-09-10"},
		{"The market closed last Saturday.", sat, "last Saturday=2022-09-03"},
		{"The market closed late Friday.", sat, "Friday=2022-09-09"},
		{"The market closed this past Wednesday.", sat, "Wednesday=2022-09-07"},
		{"The market opens next Monday.", sat, "next Monday=2022-09-12"},
		// A weekday with the week it falls in: that week's day, one date.
		{"The market closed on Tuesday last week.", sat, "on Tuesday last week=2022-08-30"},
		{"The market closed on Friday of last week.", sat, "on Friday of last week=2022-09-02"},
		{"The market opens on Monday next week.", sat, "on Monday next week=2022-09-12"},
		{"The market closed on Tuesday this week.", sat, "on Tuesday this week=2022-09-06"},
		{"The market closed on Tuesday, last week it opened.", sat, "on Tuesday=2022-09-06; last week=week 2022-08-29..2022-09-04"},
		// Other relative expressions.
		{"The plant shut yesterday.", sat, "yesterday=2022-09-09"},
		{"Shots were heard last night.", sat, "last night=2022-09-09"},
		{"Police found the car the previous evening.", sat, "the previous evening=2022-09-09"},
		{"The office is closed today.", sat, "today=2022-09-10"},
		{"The firm cut jobs this week.", sat, "this week=week 2022-09-05..2022-09-11"},
		{"The firm cut jobs last week.", sat, "last week=week 2022-08-29..2022-09-04"},
		{"The blog noted it earlier this month.", sat, "earlier this month=2022-09-01..2022-09-10"},
		{"The deal closed three days ago.", sat, "three days ago=2022-09-07"},
		{"The deal closed 2 weeks ago.", sat, "2 weeks ago=week 2022-08-22..2022-08-28"},
		{"A week ago today, the staff voted.", sat, "A week ago today=2022-09-03"},
		{"A year ago today, the staff voted.", sat, "A year ago today=2021"},
		{"It ran aground a week ago; today it was refloated.", sat, "a week ago=week 2022-08-29..2022-09-04; today=2022-09-10"},
		{"Sales fell last year.", sat, "last year=2021"},
		{"Sales fell this month.", sat, "this month=2022-09"},
		// Dates of the report, not the event.
		{"The ministry said on Saturday that it was hit.", sat, "on Saturday=2022-09-10 (said)"},
		{"The ministry on Friday said it was hit.", sat, "on Friday=2022-09-09 (said)"},
		{"The firm, which posted it earlier this month, said it was sure.", sat, "earlier this month=2022-09-01..2022-09-10"},
		// Without a publication date: relative dates are never guessed.
		{"The vote took place on Wednesday.", facts.Span{}, "on Wednesday=unresolved"},
		{"The blog noted it earlier this month.", facts.Span{}, "earlier this month=unresolved"},
		{"The talks ended on September 7.", facts.Span{}, "on September 7=????-09-07"},
		{"The talks ended on 7 September 2022.", facts.Span{}, "on 7 September 2022=2022-09-07"},
		// Published known only to the month: relative dates become the
		// stretch of days they can mean; a year comes from the month.
		{"The plant shut yesterday.", published("2024-07"), "yesterday=2024-06-30..2024-07-30"},
		{"The vote took place on Wednesday.", published("2024-07"), "on Wednesday=2024-06-26..2024-07-31"},
		{"Sales fell last year.", published("2024-07"), "last year=2023"},
		{"The talks ended on September 7.", published("2024-07"), "on September 7=2024-09-07"},
		// Published known only to the year: a day or week cannot be placed,
		// a month or a year can.
		{"The plant shut yesterday.", published("2024"), "yesterday=unresolved"},
		{"Sales fell last year.", published("2024"), "last year=2023"},
		{"The talks ended on December 7.", published("2024"), "on December 7=2024-12-07"},
		// Dates of saying anywhere between the verb and its "that".
		{"The minister said on Twitter on March 12 that the fire had broken out the night before.", sat, "on March 12=2022-03-12 (said); the night before=2022-03-11"},
		{"After the mayor announced on May 3 that the park would shut, crowds came.", sat, "on May 3=2022-05-03 (said)"},
		{"Investigators concluded on August 26 that a power line started it.", sat, "on August 26=2022-08-26 (said)"},
		{"The fire was found on August 26 by hikers.", sat, "on August 26=2022-08-26"},
		{"Raids began within days, according to the agency (bulletin KX-41, March 3, 2022).", sat, "March 3, 2022=2022-03-03 (said)"},
		{"Shares fell sharply (Reuters, March 3) after the recall.", sat, "March 3=2022-03-03 (said)"},
		{"The plant closed (on March 3, 2022) after the leak.", sat, "on March 3, 2022=2022-03-03"},
		{"The plant closed (after a leak, on March 3) and stayed shut.", sat, "on March 3=2022-03-03"},
		{"The plan was announced on September 7 by the premier.", sat, "on September 7=2022-09-07"},
		{"Police reiterated on May 3 that the park would shut.", sat, "on May 3=2022-05-03 (said)"},
		{"The closure was reiterated as final on May 3.", sat, "on May 3=2022-05-03"},
		// Counted from a date the sentence gives, not from the publication.
		{"The strike began on May 3 and ended three days later.", sat, "on May 3=2022-05-03; three days later=2022-05-06"},
		{"It ended three days later.", sat, "three days later=unresolved"},
		{"The strike began on May 3; the day before, talks had failed.", sat, "on May 3=2022-05-03; the day before=2022-05-02"},
		{"It said that the previous evening was calm.", sat, "the previous evening=2022-09-09"},
		{"It was found more than three weeks ago.", sat, ""},
		{"It is held every year, except in 2020.", sat, ""},
		{"It is held every year except 2021.", sat, ""},
		{"It was found about two days ago.", sat, ""},
		{"It was found three weeks ago.", sat, "three weeks ago=week 2022-08-15..2022-08-21"},
		{"Services fell, reported Reuters last Friday, citing a statement.", sat, "last Friday=2022-09-09 (said)"},
		{"The outage, said the ministry on Monday, was over.", sat, "on Monday=2022-09-05 (said)"},
		{"Crews said repairs ended on Monday.", sat, "on Monday=2022-09-05"},
		{"Police said the blast on Friday killed four people.", sat, "on Friday=2022-09-09"},
		{"The following day, the services shut down.", sat, "The following day=unresolved"},
		{"They cut ties the day before the summit.", sat, ""},
		// A state on a day.
		{"The line is running again as of Monday.", sat, "as of Monday=up to 2022-09-05"},
		// Other languages: month names are data (lexicon/months.txt).
		{"Ab dem 15. Mai 2025 gibt es neue Akkus.", sat, "15. Mai 2025=2025-05-15"},
		{"Le salon ouvre le 3 mars 2024.", sat, "le 3 mars 2024=2024-03-03"},
		{"Il prodotto arriva il 23 ottobre 2023.", sat, "23 ottobre 2023=2023-10-23"},
		{"Marco met the team on Monday.", sat, "on Monday=2022-09-05"},
		// Identifiers and versions are no dates; a dotted date is.
		{"Ticket CVE-2019-12345 was opened in July.", sat, "in July=2022-07"},
		{"Release 2013.2.1 fixed it.", sat, ""},
		{"The memo of 25.12.2021 came with version 2.1.4.", sat, "25.12.2021=2021-12-25"},
		// Not dates.
		{"They may attack again, Jan said.", sat, ""},
		{"Troops must march home.", sat, ""},
		{"The rule applied before 2013.", sat, ""},
		{"The roads stayed shut through Friday.", sat, ""},
		{"They got through the storm on Friday.", sat, "on Friday=2022-09-09"},
		{"The post went up at 09:33 EDT.", sat, ""},
		{"About 3,000 members and a 2nd attack.", sat, ""},
		{"There is no Feb 30 in any year.", sat, ""},
		{"Room 1500 is on the left.", sat, ""},
		{"Some 2000 troops arrived.", sat, "2000=2000"},
		{"Its 2019 floods killed 300 people.", sat, "2019=2019"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := readDates(t, tt.text, tt.pub); got != tt.want {
				t.Errorf("dates in %q (published %s)\n got  %q\n want %q", tt.text, tt.pub, got, tt.want)
			}
		})
	}
}

func TestDateResolutionSaysHow(t *testing.T) {
	src := parseText(t, "The vote took place on Wednesday.", published("2022-09-10"))
	d := src.sents[0].dateMentions()[0]
	_, how, ok := d.expr.resolve(src.Published)
	if !ok || how != "resolved against the publication date Sat 2022-09-10" {
		t.Errorf("how = %q, %v; want the publication date named", how, ok)
	}
	_, how, ok = d.expr.resolve(facts.Span{})
	if ok || !strings.Contains(how, "no publication date") {
		t.Errorf("without a publication date: how = %q, ok = %v; want unresolved and said why", how, ok)
	}
}

// A date after "since" is where a span starts, not the date of the event,
// unless what follows says what happened then.
// A date in a phrase that "after" opens, of another event, with no term
// of the fact in it before the date, may be that event's: unsure when it
// disagrees, the fact's term before the phrase or after it when it opens
// the sentence.
func TestDatesInAfterPhrases(t *testing.T) {
	const back = "facts:\n  - id: back\n    claim: The cranes went back into service on 20 October 2025.\n    date: 2025-10-20\n    about: [back into service]\n"
	assertVerdicts(t, back, "2025-10-22", []verdictCase{
		{"The cranes went back into service after an engineering firm cleared them on Sunday evening.", "unsure", "the date in the after phrase may be the clearing's"},
		{"After an engineering firm cleared them on Sunday, the cranes went back into service.", "unsure", "so in one that opens the sentence, the term after it"},
		{"The cranes went back into service on Sunday after an engineering firm cleared them.", "contradicts", "a date before after is the term's own"},
		{"After a week of checks, the cranes went back into service on Sunday.", "contradicts", "a date after the term, past the after phrase"},
		{"The cranes went back into service after Sunday.", "silent", "a date right after after is a bound"},
		{"The cranes went back into service shortly after 6am on Sunday.", "contradicts", "after a time, no event: the date is the term's"},
		{"The cranes went back into service after three weeks of checks on Sunday.", "contradicts", "no verb in the phrase: no event of its own"},
		{"The cranes went back into service, after all, on Sunday.", "contradicts", "a date after a comma is the sentence's"},
	})
}

func TestSinceIsNoEventDate(t *testing.T) {
	const ban = "facts:\n  - id: ban\n    claim: The ban begins on 14 March 2025.\n    date: 2025-03-14\n    about: [ban]\n"
	assertVerdicts(t, ban, "2025-03-12", []verdictCase{
		{"The ban takes effect a week from Friday.", "silent", "a week from a day: another day, counted from it"},
		{"The ban applies for 30 days from March 17.", "contradicts", "for a span from a date: the date starts it"},
		{"The ban will apply for two weeks from Friday.", "agrees", "so with a weekday"},
	})
	const sheet = "facts:\n  - id: theft\n    claim: The vault was robbed on 9 March 2025.\n    date: 2025-03-09\n    about: [robbed | theft]\n"
	assertVerdicts(t, sheet, "2025-03-11", []verdictCase{
		{"It is the largest theft since 2013.", "silent", "a span's start is no date of this theft"},
		{"Police hold files on every theft dating back to 2013.", "silent", "dating back to starts a span as since does"},
		{"The theft trial was pushed back to March 2024.", "contradicts", "pushed back to is no span: the trial's date"},
		{"The theft happened back in 2024.", "contradicts", "back in is no span"},
		{"Guards have been on alert since 2024, when the vault was robbed.", "contradicts", "the when-clause dates the robbery to 2024"},
		{"The theft happened back in 2013.", "unsure", "a year alone, years before the story's, may be another event's"},
		{"The vault was robbed on 9 March 2025.", "agrees", "the date of the event itself"},
		{"The museum has been closed since the 2 March theft.", "contradicts", "since, an article and a date before the fact's own noun date it, as a possessive does"},
		{"The museum has been closed since the 2 March theft alarm.", "unsure", "not when the noun is part of another (theft alarm)"},
		{"It was the worst theft since the 2013 theft at the bank.", "unsure", "a superlative's since names another of its kind"},
		{"The museum has been closed since the 2 March theft of a painting.", "unsure", "a phrase after the noun may say which theft it was"},
		{"The museum has been closed since the 2 March theft, the first of two.", "unsure", "and so may an apposition"},
		{"The museum has been closed since the 9 March theft.", "agrees", "and agrees when it does"},
		{"Guards have been on duty since Saturday's theft shocked the town.", "contradicts", "a possessive day after since dates the fact's noun it names, a verb after it"},
		{"Guards have been on duty since Saturday's theft alarm.", "unsure", "not when the noun is part of another (theft alarm)"},
		{"The vault has been robbed since 9 March 2025, police say.", "agrees", "since right after the fact's term: the state began then, and agrees"},
		{"The vault has been robbed since 2 March 2025, police say.", "unsure", "disagreeing, it may be only where a span starts"},
		{"The vault had been left robbed of guards since 9 March 2025.", "agrees", "a term a few words before since: the state it names began then"},
		{"The vault was robbed, and guards have stood there since 2 March 2025.", "silent", "a comma between: since starts another span"},
		{"The theft ban, in force since 9 March 2025, was lifted.", "agrees", "in force since after the fact's term dates when it began to hold"},
		{"The theft ban, in force since 2 March 2025, was lifted.", "unsure", "disagreeing, as any state's start"},
		{"The vault was robbed; a curfew in force since 2 March 2025 stays.", "silent", "in force since after another noun starts its span"},
		{"Het record van de theft staat sinds 25 juli 2019 op 40,7 graden.", "silent", "Dutch sinds starts a span too"},
		{"Die theft-Serie läuft seit 3. März 2019.", "silent", "German seit"},
		{"La theft no se repetía desde el 25 de julio de 2019.", "silent", "Spanish desde"},
		{"Le record de theft tenait depuis le 25 juillet 2019.", "silent", "French depuis"},
		{"The vault was robbed after a quiet February.", "silent", "after, an article and a word describing the date: a bound still"},
		{"The vault was robbed on a quiet February night.", "contradicts", "on a February night dates the robbery"},
		{"The vault will be robbed a week from Friday, the gang boasted.", "silent", "a week from a day: the day it is counted from, not the event's"},
		{"The vault will be robbed ten days from today.", "silent", "so from today"},
		{"The vault will be robbed from Friday on.", "contradicts", "from alone dates the start"},
		{"De kluis was sinds 9 maart robbed.", "agrees", "the fact's term right after a since date, as Dutch and German order it: the state began then"},
		{"De kluis was sinds 2 maart robbed.", "unsure", "and disagreeing, it may be only where a span starts"},
		{"Sinds 2 maart, robbed or not, blijft de kluis dicht.", "silent", "a comma between: since starts another span"},
	})
	const previous = "facts:\n  - id: previous\n    claim: The previous strike at the port was in 2011.\n    date: 2011\n    about: [strike | huelga]\n"
	assertVerdicts(t, previous, "2026-03-11", []verdictCase{
		{"It is the first strike at the port since 2011.", "agrees", "the first since a year: the one before was then, the fact's value"},
		{"It is the first strike at the port since 2014.", "contradicts", "and a year the sheet's is not"},
		{"Es la primera huelga en el puerto desde 2014.", "contradicts", "so in Spanish"},
		{"Nurses walked out, the first strike since 2014, when pay was frozen.", "contradicts", "with a when-clause after it too"},
		{"It is the longest strike at the port since 2014.", "silent", "a superlative other than first: shorter strikes may have come between"},
		{"It broke a strike record that had stood since 2014.", "contradicts", "a record that had stood since a year: set then, the event before"},
		{"The strike has been discussed since 2014.", "silent", "no verb of holding before since: a span's start"},
		{"The port has seen no strike since 2014.", "unsure", "no first before since: only the state rule reads it, unsure when it disagrees"},
	})
	assertVerdicts(t, sheet, "2025-03-11", []verdictCase{
		{"It is the first theft since 2013.", "silent", "a claim of no earlier event: the span's start is no date of the theft"},
	})
}

// A possessive weekday is the last such day, or the next when that lies
// nearer the report and agrees: "Monday's rest day" in a report of a
// Saturday.
func TestPossessiveWeekdaysNearerAhead(t *testing.T) {
	const sheet = "facts:\n  - id: rest\n    claim: The riders rest on Monday 20 July 2026.\n    date: 2026-07-20\n    about: [rest day]\n"
	assertVerdicts(t, sheet, "2026-07-18", []verdictCase{
		{"Enjoy Monday's rest day.", "agrees", "a Saturday's report: the next Monday, two days on, is nearer than the last"},
		{"Enjoy Tuesday's rest day.", "contradicts", "neither Tuesday is the fact's day"},
		{"The riders rested on Monday, a rest day.", "contradicts", "no possessive: the last Monday"},
	})
	assertVerdicts(t, sheet, "2026-07-22", []verdictCase{
		{"The riders were glad of Monday's rest day.", "agrees", "a Wednesday's report: the last Monday"},
	})
	assertVerdicts(t, sheet, "2026-07-15", []verdictCase{
		{"Monday's rest day was welcome.", "contradicts", "a Wednesday's report before it: the last Monday is nearer, and not the fact's"},
	})
}

// A weekday after a word of the future reads two ways: the next such day,
// or the last, since the word may govern another verb.
func TestFutureWeekdaysReadBothWays(t *testing.T) {
	const sheet = "facts:\n  - id: arrest\n    claim: Two men were arrested on Monday 10 March 2025.\n    date: 2025-03-10\n    about: [arrested | arrest]\n"
	assertVerdicts(t, sheet, "2025-03-12", []verdictCase{
		{"Prosecutors will question the two men arrested on Monday.", "agrees", "the future word governs another verb: the last Monday"},
		{"The scheduled flight was cancelled after the arrest on Monday.", "agrees", "an adjective of the future does not move the day"},
		{"The men will be arrested on Tuesday.", "contradicts", "a weekday whose last and next are both not the sheet's day"},
	})
	const certify = "facts:\n  - id: certify\n    claim: The board certifies the result on Wednesday 19 March 2025.\n    date: 2025-03-19\n    about: [certify | certifies]\n"
	assertVerdicts(t, certify, "2025-03-14", []verdictCase{
		{"The board is due to certify the result on Wednesday.", "agrees", "is due to before a verb: the next Wednesday"},
		{"The board was slow to certify the result on Wednesday due to the storm.", "contradicts", "due to the storm says why, not when"},
		{"At Wednesday's certify session, the board should act fast.", "agrees", "a possessive weekday before its event: the next one or the last"},
		{"At Thursday's certify session, the board should act fast.", "contradicts", "neither Thursday is the fact's day"},
		{"Leaders can certify the result at Wednesday's session.", "agrees", "can too"},
		{"Wednesday's certify session drew more than anyone could have hoped.", "contradicts", "could have: the past, the last Wednesday"},
		{"Ministers must have the result ready for Wednesday's certify session.", "agrees", "must have and a noun: still ahead"},
		{"The board called a certify session for Wednesday.", "agrees", "a day set with for: the next one or the last"},
		{"The board called a certify session for Thursday.", "contradicts", "neither Thursday is the fact's day"},
		{"The board met to certify the result last Wednesday.", "contradicts", "no for: the last one"},
	})
	const first = "facts:\n  - id: first\n    claim: The first trains run on Monday 18 May 2026.\n    date: 2026-05-18\n    about: [first]\n"
	assertVerdicts(t, first, "2026-05-14", []verdictCase{
		{"The line will carry its first fare-paying passengers on Monday.", "agrees", "a hyphen inside a word does not end the future's clause"},
		{"The first trains run on Monday morning.", "agrees", "run: a verb of schedules in the present"},
		{"The first trains were delayed - on Monday the line shut.", "contradicts", "a dash set off by spaces ends the clause: no future"},
	})
}

// A date or time before "after the <term>" is the moment counted from the
// fact's event, not the event's own; after the term it may still date it.
func TestCountedFromTheFact(t *testing.T) {
	const dates = "facts:\n  - id: announced\n    claim: The deal was announced on Monday 9 March 2026.\n    date: 2026-03-09\n    about: [announc*]\n"
	assertVerdicts(t, dates, "2026-03-11", []verdictCase{
		{"The boards signed late on Sunday, the day before the announcement.", "silent", "Sunday is counted from the announcement: the signing's day"},
		{"Shares jumped on Tuesday, a day after the announcement.", "silent", "the day after is another day, named from the announcement"},
		{"After the announcement on Sunday, shares jumped.", "contradicts", "a date after the governed term dates it"},
		{"They met three weeks before the announcement, on a Sunday.", "silent", "but not across a comma"},
		{"They would not sell before the announcement, on Sunday, and kept quiet.", "contradicts", "no span counted: a date set off right after the term is the term's"},
		{"They would not sell before the announcement, on Monday, and kept quiet.", "agrees", "and agrees when it is the sheet's"},
		{"They met an hour before the announcement, which came on Sunday.", "contradicts", "a which-clause goes on about the term"},
		{"The deal was announced on Sunday, two days before the vote.", "contradicts", "the term is not governed: the vote is"},
		{"The deal was announced on Monday, after the boards met.", "agrees", "after governs another noun"},
		{"Traders waited on Sunday until the announcement came.", "contradicts", "until is left out: the wait may end on the day itself"},
		{"Traders waited from Sunday until the announcement came.", "silent", "from before the date and until before the term: the span's start, not the announcement's day"},
		{"From the first rumour on Sunday until the announcement, shares climbed.", "silent", "so with words between from and the date"},
		{"Shares climbed from the announcement on Sunday until the close.", "contradicts", "from before the term: the date after it is the term's"},
		{"Markets stayed calm on Sunday after the merger was finally announced.", "silent", "up to four words between after and the term: still counted from it"},
		{"Markets stayed calm on Sunday after the merger they had long planned was announced.", "silent", "the term the verb of the clause after opens, its subject long: still counted from it"},
		{"After the merger that the chief executives had planned was announced on Sunday, markets calmed.", "contradicts", "the date after the term in that clause dates it"},
		{"The regulator on Sunday fined the firm over the announcement.", "silent", "over the: what an act answers, the fine's day"},
		{"The announcement came on Sunday, over the objections of staff.", "contradicts", "over the after the date governs another noun"},
		{"The boards were due to meet on Sunday to consider announcing the deal.", "silent", "to consider before the term: the meeting's day, what it weighs no event"},
		{"The boards met on Sunday and announced the deal.", "contradicts", "the event itself, no weighing"},
		{"The boards met on Sunday to vote on announcing the deal, and did.", "contradicts", "to vote on is no weighing only: the vote is reported"},
	})
	const times = "facts:\n  - id: entry\n    claim: The thieves broke in at 09:41 CET.\n    time: 09:41 CET\n    about: [break-in | broke in]\n"
	assertVerdicts(t, times, "2026-03-11", []verdictCase{
		{"Police arrived at 9:52 a.m. CET, eleven minutes after the break-in.", "silent", "the police's time, counted from the break-in"},
		{"Police arrived eleven minutes after the break-in at 9:52 a.m. CET.", "contradicts", "a time after the governed term may be its own: read"},
		{"The gang broke in at 9:52 a.m. CET, two minutes before the alarm.", "contradicts", "the break-in itself, before another moment"},
		{"The gang broke in six minutes after the guard left at 9:35 a.m. CET.", "silent", "the break-in counted from another moment, whose time follows: not the fact's"},
		{"The guard left at 9:35 a.m. CET, and the gang broke in six minutes later.", "silent", "so a time in the clause before the term and a length of time and later after it"},
		{"The gang broke in at 9:35 a.m. CET, and police arrived six minutes later.", "contradicts", "later counts another moment from the fact's: its time is the fact's"},
		{"The gang broke in at 9:35 a.m. CET, six minutes after the guard left.", "contradicts", "a time between the term and the length of time is the term's own"},
		{"The gang broke in minutes later at 9:52 a.m. CET, after the guard had left.", "contradicts", "a time right after later is the term's own"},
	})
	const reopened = "facts:\n  - id: reopened\n    claim: The bridge reopened on 3 March 2026.\n    date: 2026-03-03\n    about: [reopened]\n"
	assertVerdicts(t, reopened, "2026-03-11", []verdictCase{
		{"Inspectors passed the bridge on Monday, and it reopened two days later.", "contradicts", "the date counted from is no date of the fact: two days later, counted from it, is read"},
		{"The bridge reopened on Monday, two days after inspectors passed it.", "contradicts", "the date next to the term is its own"},
	})
	const groups = "facts:\n  - id: signed\n    claim: The merger agreement was signed on 8 March 2026.\n    date: 2026-03-08\n    about: [merger | deal, signed | signing]\n"
	assertVerdicts(t, groups, "2026-03-11", []verdictCase{
		{"The deal was completed on Tuesday, a week after the signing.", "silent", "every term of the second group is counted from: none is left"},
		{"The deal was signed on Tuesday, a week after the signing of the letter.", "contradicts", "a term of each group is left"},
	})
}

// A future word after the weekday, or a verb of schedules in the present,
// reads a weekday both ways too: the next day named agrees.
func TestFutureAfterAndPresentSchedules(t *testing.T) {
	const sheet = "facts:\n  - id: reopening\n    claim: The museum reopened on Wednesday 12 March 2025.\n    date: 2025-03-12\n    about: [reopen* | launch]\n"
	assertVerdicts(t, sheet, "2025-03-11", []verdictCase{
		{"The museum reopens on Wednesday.", "agrees", "a verb of schedules in the present: the next Wednesday"},
		{"Wednesday's reopening will be its first since the theft.", "agrees", "a future word after the weekday"},
		{"The museum reopened on Wednesday, and tours will follow.", "contradicts", "the future word is in another clause: the last Wednesday alone"},
		{"The museum reopens on Thursday.", "contradicts", "neither Thursday is the sheet's day"},
		{"The new opening hours take effect on Wednesday with the reopening.", "agrees", "take effect in the present plural: a schedule, the next Wednesday"},
		{"The new opening hours took effect on Wednesday with the reopening.", "contradicts", "took, in the past: the last Wednesday"},
		{"Staff take part in the reopening on Tuesday.", "contradicts", "take alone, no schedule: the last Tuesday"},
		{"The museum is due to reopen at 09:30 local time on Wednesday.", "agrees", "a clock time between the word of the future and the weekday stays in its clause"},
		{"The reopening could come as early as Wednesday if the checks pass.", "agrees", "could: a possibility ahead, the next Wednesday too"},
		{"The gift shop opened on Monday; the reopening of the galleries follows on Wednesday.", "agrees", "follows: the next in a schedule"},
		{"The reopening of the galleries followed on Wednesday.", "contradicts", "followed, in the past: the last Wednesday alone"},
	})
	const deliveries = "facts:\n  - id: deliveries\n    claim: Deliveries start in March 2026.\n    date: 2026-03\n    about: [customers | deliveries]\n"
	assertVerdicts(t, deliveries, "2025-10-15", []verdictCase{
		{"The first cars reach customers in March.", "agrees", "a verb of schedules in the present: the next March"},
		{"The first cars reached customers in March.", "contradicts", "in the past: the publication year's March"},
		{"The first cars are delivered to customers in March.", "agrees", "a passive of the present is no past tense: the next March"},
		{"The first cars were delivered to customers in March.", "contradicts", "a passive of the past is"},
	})
	const games = "facts:\n  - id: opener\n    claim: The team's first match is on Wednesday 12 March 2025.\n    date: 2025-03-12\n    about: [Nigeria]\n"
	assertVerdicts(t, games, "2025-03-11", []verdictCase{
		{"The U.S. women play Nigeria on Wednesday.", "agrees", "a plural verb of schedules: the next Wednesday too"},
	})
}

// A date of saying is no value for a fact that does not read such dates:
// it cannot take it from a fact that does, charitably or as a rival.
func TestSaidDateGoesToSaidFacts(t *testing.T) {
	const sheet = "facts:\n  - id: published\n    claim: The ministry published the estimate on Saturday 10 September 2022.\n    date: 2022-09-10\n    said_dates: true\n    about: [ministry, estimate]\n  - id: outage\n    claim: The outage began on Friday 9 September 2022.\n    date: 2022-09-09\n    about: [outage]\n"
	assertVerdicts(t, sheet, "2022-09-12", []verdictCase{
		{"The outage hit millions, the ministry estimate showed, reported Reuters on Friday.", "contradicts", "Friday is the outage's date, but a date of saying: the estimate's fact reads it"},
		{"The outage hit millions, the ministry estimate showed, reported Reuters on Saturday.", "agrees", "and agrees on the day"},
	})
}

// A date beside a phrase of giving out word ("gave an update", "issued a
// statement") dates the report, not what it is about.
func TestReportActDatesTheReport(t *testing.T) {
	const fire = "facts:\n  - id: fire\n    claim: The fire broke out on Saturday 13 September 2025.\n    date: 2025-09-13\n    about: [fire]\n"
	assertVerdicts(t, fire, "2025-09-15", []verdictCase{
		{"Harbour Ferries today gave a further update on the fire.", "silent", "today, after a name, dates the update"},
		{"Harbour Ferries today released an update on the fire.", "silent", "so does releasing one"},
		{"The ferry that caught fire on Monday gave an update on the rescue.", "contradicts", "a date after a word of a clause of its own is that clause's"},
		{"The operator today issued the following statement on the fire.", "silent", "today after a noun and its determiner, the subject"},
		{"The operator's owner today issued the following statement on the fire.", "silent", "or after a noun and a possessive"},
		{"Harbour Ferries, which runs the route, today issued a statement on the fire.", "silent", "today after an aside that a comma closes"},
		{"Harbour Ferries gave an update on Monday's fire.", "contradicts", "a possessive date names the fire's day"},
		{"The ferry line issued a statement on Monday about the fire.", "silent", "on Monday dates the statement"},
		{"The fire broke out on Monday, the ferry line said.", "contradicts", "the date beside the fact's own verb"},
	})
}

// "who turned 23 in November" dates a birthday, no event of the fact.
func TestBirthdayIsNoEventDate(t *testing.T) {
	const jump = "facts:\n  - id: jump\n    claim: Solvang flew 146.5 metres on 17 January 2026.\n    date: 2026-01-17\n    about: [flew | flies]\n"
	assertVerdicts(t, jump, "2026-01-18", []verdictCase{
		{"Solvang, who turned 23 in November, flew 146 metres.", "silent", "the month of an age clause is the birthday's"},
		{"Solvang flew 146 metres in November.", "contradicts", "a month with no age before it dates the flight"},
	})
}

// "hit by Monday's hailstorm": "by" before a possessive day is an agent,
// no deadline; the possessive gives the storm's day.
func TestByBeforeAPossessiveDay(t *testing.T) {
	const storm = "facts:\n  - id: storm\n    claim: The hailstorm struck on Tuesday 9 September 2025.\n    date: 2025-09-09\n    about: [hailstorm]\n"
	assertVerdicts(t, storm, "2025-09-12", []verdictCase{
		{"Growers hit by Monday's hailstorm will get aid.", "contradicts", "the agent's day, another than the fact's"},
		{"Growers hit by Tuesday's hailstorm will get aid.", "agrees", "the agent's day, the fact's"},
		{"Repairs after the hailstorm must be done by Monday.", "unsure", "by before a plain day: a deadline"},
	})
}

// A date after "by" is a deadline: it agrees when it is the fact's, and is
// unsure when not, since the event may come before it.
func TestDeadlines(t *testing.T) {
	const sheet = "facts:\n  - id: closure\n    claim: The plant will close in December 2027.\n    date: 2027-12\n    about: [close | closure]\n"
	assertVerdicts(t, sheet, "2025-10-23", []verdictCase{
		{"The plant will close by December 2027.", "agrees", "the deadline is the fact's month"},
		{"The plant will close by 2028.", "unsure", "a later deadline: the closure may come before it"},
		{"The plant will close in 2028.", "contradicts", "a plain date that differs"},
		{"The plant will close by the end of 2028.", "unsure", "by the end of: a deadline too"},
		{"The plant will close by end-2028.", "unsure", "by end-: a deadline too"},
		{"The plant will close by the third quarter of 2028.", "unsure", "by the third quarter of: a deadline too"},
		{"The plant's closure is planned uiterlijk in december 2028.", "unsure", "uiterlijk, Dutch for at the latest: a deadline too"},
		{"The plant's closure is planned spätestens im Dezember 2028.", "unsure", "and German spätestens"},
		{"The plant's closure is planned au plus tard le 16 décembre 2028.", "unsure", "and French au plus tard"},
		{"Die closure soll bis zum 16. Dezember 2028 erfolgen.", "unsure", "German bis: until or by, a deadline"},
		{"Die closure soll bis Ende Dezember 2028 erfolgen.", "unsure", "bis Ende: by the end of"},
		{"La closure avverrà entro il 16 dicembre 2028.", "unsure", "Italian entro"},
		{"La closure se hará hasta el 16 de diciembre de 2028.", "unsure", "Spanish hasta"},
		{"La closure aura lieu jusqu'au 16 décembre 2028.", "unsure", "French jusqu'au"},
		{"A closure será feita até 16 de dezembro de 2028.", "unsure", "Portuguese até"},
		{"A closure durou de 3 até 9 de dezembro de 2027.", "agrees", "até between two days joins a range"},
		{"Die closure soll bis Dezember 2027 erfolgen.", "agrees", "a deadline that is the fact's month agrees"},
		{"Die closure dauerte vom 3. bis 9. Dezember 2027.", "agrees", "bis between two days joins a range: no deadline"},
		{"Die Zahl der closure soll von 40 auf 12 bis Dezember 2028 sinken.", "unsure", "bis after a figure that opens no range of dates: a deadline"},
		{"The plan foresees closures of 12 by December 2028.", "unsure", "by after a figure is a deadline still"},
	})
	const end = "facts:\n  - id: end\n    claim: The strike ends on Thursday 5 June 2025.\n    date: 2025-06-05\n    about: [end | ends]\n"
	assertVerdicts(t, end, "2025-06-03", []verdictCase{
		{"The stoppage is due to end on Thursday.", "agrees", "end as a verb before a date with its preposition is the fact's term, no part of the date"},
		{"The stoppage is due to end on Friday.", "contradicts", "and another day contradicts"},
	})
}

// A fact whose claim is itself a deadline or a bound ("due to decide by",
// "supported until") reads such a date as its value; any other fact
// leaves a bound ("until", "before") unread.
func TestFactsThatAreBounds(t *testing.T) {
	const decision = "facts:\n  - id: decision\n    claim: The regulator is due to decide by 22 October 2025.\n    date: 2025-10-22\n    about: [decide | decision]\n"
	assertVerdicts(t, decision, "2025-03-14", []verdictCase{
		{"The regulator is due to decide on approval by Oct. 22.", "agrees", "the deadline is the fact's, the next 22 October"},
		{"The regulator must decide by Oct. 29.", "contradicts", "another deadline contradicts a fact that is a deadline"},
		{"The regulator is due to decide by Oct. 22, 2024.", "contradicts", "a deadline of another year"},
		{"El regulador debe tomar su decision a más tardar el 29 de octubre.", "contradicts", "a deadline phrase of another language is the claim's by"},
		{"Der Regulator muss spätestens am 29. Oktober eine decision treffen.", "contradicts", "so is German spätestens"},
		{"El regulador debe tomar su decision a más tardar el 22 de octubre.", "agrees", "and on the sheet's day it agrees"},
		{"El regulador tomará una decision antes del 29 de octubre.", "silent", "before in another language is a bound, as before is: no value of a fact that is a deadline, and no noun the date names"},
	})
	const eol = "facts:\n  - id: eol\n    claim: Version 4 is supported until 30 September 2026.\n    date: 2026-09-30\n    about: [supported | support | fixes]\n"
	assertVerdicts(t, eol, "2025-03-14", []verdictCase{
		{"Version 4 receives fixes until 30 September 2026.", "agrees", "the bound is the fact's value"},
		{"Version 4 receives fixes until at least 30 September 2026.", "agrees", "at least between the bound and its date"},
		{"Version 4 is supported until 31 March 2026.", "contradicts", "another end of support"},
		{"Version 4 is supported before 2027.", "silent", "another bound word than the claim's is no value of the fact"},
	})
	const ends = "facts:\n  - id: eol\n    claim: Support for version 11 ends in November 2028.\n    date: 2028-11\n    about: [supported | support]\n"
	assertVerdicts(t, ends, "2026-04-16", []verdictCase{
		{"Version 11 stays supported until November 2028.", "agrees", "a claim of an end reads the date after until"},
		{"Version 11 stays supported until March 2028.", "contradicts", "and another end contradicts it"},
	})
	const release = "facts:\n  - id: release\n    claim: Version 4 was released on 12 March 2024.\n    date: 2024-03-12\n    about: [released | supported]\n"
	assertVerdicts(t, release, "2025-03-14", []verdictCase{
		{"Version 4 is supported until 31 March 2026.", "silent", "a fact that is no bound does not read a bound"},
		{"Version 4 is supported until at least 31 March 2026.", "silent", "nor a bound with at least after its preposition"},
		{"Version 4 is supported at least until 31 March 2026.", "silent", "nor one with at least before it"},
		{"Version 4 is supported until at the very least 31 March 2026.", "silent", "nor one with at the very least"},
		{"Version 4 was released before the end of March 2024.", "silent", "nor a bound before the end of a month"},
		{"Version 4 was released after the start of 2024.", "silent", "nor a bound after the start of a year"},
		{"Version 4 is supported until 31 March 2026, and was released on 12 March 2024.", "agrees", "nor does it take the bound for its date"},
	})
	const repairs = "facts:\n  - id: repairs\n    claim: Repairs begin on 4 May 2026.\n    date: 2026-05-04\n    about:\n      - repairs\n      - begin | start\n"
	assertVerdicts(t, repairs, "2026-03-10", []verdictCase{
		{"Repairs won't begin until May 6, the company said.", "contradicts", "not ... until a date: it happens then"},
		{"Repairs will not start until 4 May.", "agrees", "so with the sheet's day"},
		{"Repairs continue until May 20.", "silent", "until with no negation is a bound"},
		{"Repairs began; nothing will change until May 20.", "silent", "a negation in another clause does not reach the bound"},
	})
	const work = "facts:\n  - id: repairs\n    claim: Repairs begin on 4 May 2026.\n    date: 2026-05-04\n    about: [repairs]\n"
	assertVerdicts(t, work, "2026-03-10", []verdictCase{
		{"Repairs won't begin until 4 May, the company said.", "agrees", "not ... until the sheet's day agrees, whatever the verb"},
		{"Repairs came two days after, on 6 May, once the water fell.", "contradicts", "a comma after the bound's word closes a span counted: the date after it is the event's"},
		{"Las repairs llegaron dos días después, el 6 de mayo.", "contradicts", "so in Spanish"},
		{"Repairs came after 6 May.", "silent", "after right before the date is a bound"},
		{"Repairs will come after, at the earliest, 6 May.", "silent", "a comma after the bound's word with no span counted before it: still a bound"},
		{"The repairs will not end until June 1.", "unsure", "the negated verb is no term of the fact: it may date another event, the end"},
		{"No decision on repairs is expected until May 20.", "unsure", "what is not expected until then is a decision"},
		{"The road will not be open until May 20 while repairs go on.", "unsure", "the road's opening, not the repairs"},
	})
	const council = "facts:\n  - id: decision\n    claim: The council is due to decide by 22 October 2025.\n    date: 2025-10-22\n    about:\n      - council\n      - decide | decision\n"
	assertVerdicts(t, council, "2025-03-14", []verdictCase{
		{"The council, which must reach a decision on the plan, had been dissolved by 2010 and was recreated later.", "unsure", "a deadline far from the fact's terms may be another's"},
	})
	const approval = "facts:\n  - id: approval\n    claim: The regulator, which had promised a ruling by June 2024, approved the drug on 14 August 2024.\n    date: 2024-08-14\n    about: [approved | ruling]\n"
	assertVerdicts(t, approval, "2024-09-01", []verdictCase{
		{"The regulator had promised a ruling on the drug by June 2024.", "unsure", "a by-date of the claim that is not the fact's own makes no deadline fact"},
	})
	const returns = "facts:\n  - id: returns\n    claim: Owners can return packs until 30 September 2024.\n    date: 2024-09-30\n    about: [return*]\n"
	assertVerdicts(t, returns, "2024-03-14", []verdictCase{
		{"Owners have until September 30 to return the packs.", "agrees", "a bound with no year reads this year's or the next: the next September 30"},
		{"Returns must be made by 31 October 2024.", "contradicts", "a deadline after by, for a fact given with until: the same kind of date"},
		{"Returns must be made by September 30.", "agrees", "and by with no year"},
	})
	const shipped = "facts:\n  - id: fix\n    claim: Version 2.7.5 shipped on 14 March 2025.\n    date: 2025-03-14\n    about: [shipped | released]\n"
	assertVerdicts(t, shipped, "2025-04-01", []verdictCase{
		{"Almost nobody had heard of it until 14 March, when version 2.7.5 shipped.", "agrees", "a bound followed by when dates the event after it"},
		{"Almost nobody had heard of it until 15 March, when version 2.7.5 shipped.", "contradicts", "and disagrees when it differs"},
		{"The flaw went unpatched until 14 March and the version shipped later.", "silent", "a bound alone is no date of the event"},
		{"Nothing shipped until 20 March, when the audit ended.", "silent", "a when-clause that holds no term of the fact is another event's"},
	})
	const closure = "facts:\n  - id: closure\n    claim: The firm will close its Kestrel plant by December 2027.\n    date: 2027-12\n    about:\n      - Kestrel\n      - close* | end\n"
	assertVerdicts(t, closure, "2025-10-23", []verdictCase{
		{"The firm will close the Kestrel plant by the end of 2028.", "contradicts", "another deadline for the closure"},
		{"The job cuts, which the firm wants to complete by the end of 2028, include the workers at Kestrel.", "silent", "the fact's term end is a word of the date itself, which names nothing"},
		{"Kestrel will shut at the end of 2028.", "silent", "nor outside a deadline"},
	})
	const support = "facts:\n  - id: support\n    claim: Version 1 is supported until 30 June 2026.\n    date: 2026-06-30\n    about: [supported]\n"
	assertVerdicts(t, support, "2025-10-23", []verdictCase{
		{"Version 1 stays supported until the end of 2026.", "contradicts", "the end of a year is its December, not any day of it"},
		{"Version 1 stays supported until the end of June 2026.", "agrees", "the end of June holds its 30th"},
		{"Version 1 remains supported until the end of 2026.", "contradicts", "remains before a bound tells of no day of something going on"},
	})
	const closed = "facts:\n  - id: closed\n    claim: The plant closed in November 2024.\n    date: 2024-11\n    about: [closed]\n"
	assertVerdicts(t, closed, "2025-10-23", []verdictCase{
		{"The plant closed at the end of 2024.", "agrees", "the end of a year holds its last months"},
		{"Sales in the six months to 30 September fell after the plant closed.", "silent", "the end of a period figures cover is a bound, no date of the event"},
		{"In the year ended 31 March the plant closed.", "silent", "so after year ended"},
		{"The plant closed on 30 September.", "contradicts", "a plain date is read"},
		{"The closing was put back by two weeks to 30 September, and the plant closed.", "contradicts", "a date moved to by so many weeks is no period's end"},
	})
	const starts = "facts:\n  - id: starts\n    claim: The new fares start on 1 February 2026.\n    date: 2026-02-01\n    about: [start | starts]\n"
	assertVerdicts(t, starts, "2025-10-23", []verdictCase{
		{"New fares start: 1 February 2026.", "agrees", "a label's word before a colon is a term, not a word of the date"},
	})
	const launch = "facts:\n  - id: launch\n    claim: The launch is planned for 30 September 2026.\n    date: 2026-09-30\n    about: [launch | support until]\n"
	assertVerdicts(t, launch, "2025-03-14", []verdictCase{
		{"The launch has support until 31 March 2026.", "contradicts", "a bound word inside a term of the fact reads the date after it"},
	})
}

// A month with no year after a word of the future reads this year's or the
// next: the one that agrees.
func TestFutureMonths(t *testing.T) {
	const sheet = "facts:\n  - id: vote\n    claim: The council votes on the budget in January 2026.\n    date: 2026-01\n    about: [council, vote]\n"
	assertVerdicts(t, sheet, "2025-11-12", []verdictCase{
		{"The council is expected to vote on the budget in January.", "agrees", "the next January, after a word of the future"},
		{"The council will vote on the budget in March.", "contradicts", "neither March is the sheet's month"},
		{"The council voted on the budget in January.", "contradicts", "with no word of the future, January of the publication's year"},
	})
	const vote = "facts:\n  - id: vote\n    claim: The council votes on the budget in January 2026.\n    date: 2026-01\n    about: [consiglio | raad]\n"
	assertVerdicts(t, vote, "2025-11-12", []verdictCase{
		{"Il voto del consiglio è previsto per gennaio.", "agrees", "a word of the future in Italian"},
		{"De raad zal in januari over de begroting stemmen.", "agrees", "and in Dutch"},
		{"De raad zal in maart over de begroting stemmen.", "contradicts", "neither March is the sheet's month"},
	})
}

// "last August" is the latest August before the month of publication,
// and "last year", "this year" or "next year" after a date with no year
// places it.
func TestMonthsPlacedByTheReport(t *testing.T) {
	const sheet = "facts:\n  - id: peak\n    claim: The peak came on 12 August 2025.\n    date: 2025-08-12\n    about: [spike | peak]\n"
	assertVerdicts(t, sheet, "2026-03-18", []verdictCase{
		{"A spike last August drew complaints.", "agrees", "last August: the one before the report's month"},
		{"The peak came on Aug. 14 last year.", "contradicts", "last year places the day: another day of it"},
		{"The peak came on Aug. 12 last year.", "agrees", "the sheet's day of last year"},
		{"The peak came on Aug. 12 this year.", "contradicts", "this year is the report's"},
	})
}

// A year before the fact's own noun may label it rather than date it.
func TestYearLabels(t *testing.T) {
	const sheet = "facts:\n  - id: presented\n    claim: The budget was presented on 14 October 2025.\n    date: 2025-10-14\n    about: [budget]\n"
	assertVerdicts(t, sheet, "2025-10-14", []verdictCase{
		{"The minister unveiled a record 2026 budget.", "unsure", "a fiscal year labels the budget"},
		{"The minister presented the government's 2026 budget.", "unsure", "after a possessive too"},
		{"The minister presented the budget on 14 October.", "agrees", "a date of the event"},
		{"The minister presented the budget on 15 October.", "contradicts", "a day that differs"},
	})
	const opened = "facts:\n  - id: opened\n    claim: The bridge opened in 1968.\n    date: 1968\n    about: [opened | geopend]\n"
	assertVerdicts(t, opened, "2025-10-15", []verdictCase{
		{"De brug werd in 1986 geopend.", "contradicts", "Dutch order: a year after in dates the participle after it, no label"},
		{"The 1986 opened span was short.", "unsure", "a year before the term with no preposition may label it"},
	})
}

// A quarter after "for" or "of" and a noun is the period a figure covers,
// not the day the fact tells of.
func TestPeriodCovered(t *testing.T) {
	const sheet = "facts:\n  - id: announced\n    claim: The firm announced its results on 28 October 2025.\n    date: 2025-10-28\n    about: [results | conti | Zahlen]\n"
	assertVerdicts(t, sheet, "2025-10-29", []verdictCase{
		{"The firm released the results for the third quarter.", "unsure", "the quarter the results cover"},
		{"La società ha diffuso i conti del terzo trimestre.", "unsure", "del before the quarter, in Italian"},
		{"Die Firma legte die Zahlen für das dritte Quartal vor.", "unsure", "für das, in German"},
		{"The firm released the results for the third quarter of 2025.", "unsure", "a quarter of a year written out too"},
		{"The firm released its results on 27 October.", "contradicts", "a day is still the announcement's"},
	})
	const start = "facts:\n  - id: start\n    claim: The first patients are expected in the second quarter of 2027.\n    date: 2027-04..2027-06\n    about: [patients]\n"
	assertVerdicts(t, start, "2025-10-29", []verdictCase{
		{"The first patients are expected in the first quarter of 2027.", "contradicts", "in: when it happens, the quarter's own of not counted"},
	})
}

// A phrase of a lexicon list with a hyphen is matched as sentences split
// it: "in the run-up to".
func TestRunUpTo(t *testing.T) {
	const sheet = "facts:\n  - id: vote\n    claim: The referendum was held on 16 March 2025.\n    date: 2025-03-16\n    about: [referendum]\n"
	assertVerdicts(t, sheet, "2025-03-20", []verdictCase{
		{"Protests broke out on March 2 in the run-up to the referendum.", "silent", "a date counted from the referendum"},
		{"The referendum was held on March 2.", "contradicts", "the referendum's own date"},
		{"Protests broke out on March 2 following the referendum.", "silent", "following before the term: counted from it"},
		{"On March 2 voters answered the following referendum question.", "contradicts", "the following, an adjective after an article, counts from nothing"},
	})
}

// A date the report counts from its own ("last week") is no certain
// contradiction of a fact dated years before the report: it likely dates
// another event.
func TestRelativeDateOfALongPastFact(t *testing.T) {
	const opened = "facts:\n  - id: opened\n    claim: The bridge opened in 1962.\n    date: 1962\n    about: [opened]\n"
	assertVerdicts(t, opened, "2025-10-15", []verdictCase{
		{"The new conference centre opened last week.", "unsure", "a date counted from the report's, for an event of 1962"},
		{"The bridge opened in 1972.", "contradicts", "a date of its own contradicts"},
		{"The bridge opened 50 years ago.", "contradicts", "a date counted back to the fact's time is read"},
	})
	const recent = "facts:\n  - id: opened\n    claim: The bridge opened on 1 October 2025.\n    date: 2025-10-01\n    about: [opened]\n"
	assertVerdicts(t, recent, "2025-10-15", []verdictCase{
		{"The bridge opened last week.", "contradicts", "a recent fact's date, counted from the report's, still contradicts"},
	})
}

// "This week" may mean the seven days up to the report as well as the
// calendar week.
func TestThisWeekAsThePastSevenDays(t *testing.T) {
	const wedding = "facts:\n  - id: wedding\n    claim: The wedding was on Saturday 14 June 2025.\n    date: 2025-06-14\n    about: [wedding]\n"
	assertVerdicts(t, wedding, "2025-06-20", []verdictCase{
		{"This week's wedding left dozens ill.", "unsure", "a Friday's this week may be the past seven days, which hold last Saturday"},
		{"The wedding last week left dozens ill.", "agrees", "last week is the calendar week before"},
		{"The wedding planned for this week will not take place.", "unsure", "a plan for this week, the fact wholly before the week: another event, likely"},
	})
	const declared = "facts:\n  - id: declared\n    claim: The emergency was declared on 17 April 2025.\n    date: 2025-04-17\n    about: [declaration]\n"
	assertVerdicts(t, declared, "2025-04-22", []verdictCase{
		{"Leaders said they expect to ask for a federal declaration this week.", "unsure", "a plan this week for a fact wholly before the week: another event, likely"},
		{"Leaders made the declaration this week.", "unsure", "no plan: the past seven days may hold it"},
	})
	assertVerdicts(t, wedding, "2025-06-27", []verdictCase{
		{"This week's wedding left dozens ill.", "contradicts", "thirteen days back: in neither week"},
	})
}

// "Last week" in a report of a Saturday or a Sunday may mean the week now
// ending as well as the calendar week before.
func TestLastWeekAtTheWeekend(t *testing.T) {
	const breach = "facts:\n  - id: breach\n    claim: The breach was disclosed on 6 March 2025.\n    date: 2025-03-06\n    about: [breach]\n"
	assertVerdicts(t, breach, "2025-03-09", []verdictCase{
		{"Last week the airline admitted the breach.", "unsure", "a Sunday paper's last week may be the week now ending, which holds the fact's Thursday"},
		{"The airline admitted the breach on Thursday last week.", "unsure", "and its Thursday this week's"},
		{"The airline admitted the breach on Friday last week.", "contradicts", "a weekday that is not the fact's in either week disagrees"},
	})
	assertVerdicts(t, breach, "2025-03-12", []verdictCase{
		{"The airline admitted the breach last week.", "agrees", "on a weekday, the calendar week before"},
	})
	assertVerdicts(t, breach, "2025-03-19", []verdictCase{
		{"The airline admitted the breach last week.", "contradicts", "and another week disagrees"},
	})
	const older = "facts:\n  - id: breach\n    claim: The breach was disclosed on 20 February 2025.\n    date: 2025-02-20\n    about: [breach]\n"
	assertVerdicts(t, older, "2025-03-09", []verdictCase{
		{"Last week the airline admitted the breach.", "contradicts", "a fact in neither week still disagrees at the weekend"},
	})
}

// A date before a verb of saying, with the fact's terms only after it in
// what was said, may date the saying: a disagreement there is unsure.
func TestDateBeforeSaying(t *testing.T) {
	const restored = "facts:\n  - id: restored\n    claim: Power was restored on 17 July 2025.\n    date: 2025-07-17\n    about: [restored]\n"
	assertVerdicts(t, restored, "2025-07-16", []verdictCase{
		{"The utility's chief apologised last night and said engineers had restored supply to half the homes.", "unsure", "the date is the apology's and the saying's"},
		{"Engineers restored supply last night, the utility said.", "contradicts", "the term before the verb of saying: the date is the restoring's"},
		{"Last night, the utility said, engineers restored supply to half the homes.", "contradicts", "a verb of saying set off by commas is an insertion"},
	})
	const report = "facts:\n  - id: report\n    claim: The inquiry published its report on 5 March 2025.\n    date: 2025-03-05\n    about: [report]\n    said_dates: true\n"
	assertVerdicts(t, report, "2025-03-08", []verdictCase{
		{"On March 2 the inquiry published its final report.", "contradicts", "a fact about the saying reads the date of saying"},
	})
}

// "last Tuesday" in a report of Wednesday may mean yesterday or the
// Tuesday a week before: a fact of the week before is unsure, not a
// contradiction. A day further back is the latest one.
func TestLastWeekdayBothWays(t *testing.T) {
	for _, tt := range []struct{ date, pub, want, why string }{
		{"2025-11-11", "2025-11-12", "agrees", "the latest Tuesday before a Wednesday's report"},
		{"2025-11-04", "2025-11-12", "unsure", "or the one a week before it"},
		{"2025-11-06", "2025-11-12", "contradicts", "neither"},
		{"2025-11-04", "2025-11-16", "contradicts", "the latest Tuesday five days back is the one meant"},
	} {
		sheet := "facts:\n  - id: arrests\n    claim: Police made the arrests.\n    date: " + tt.date + "\n    about: [arrested]\n"
		assertVerdicts(t, sheet, tt.pub, []verdictCase{{"Police arrested four men last Tuesday.", tt.want, tt.why}})
	}
}

// A day with no year that lies after the report, with no word of the
// future, may be last year's: "alerted the firm on 10 March" in a
// report of January agrees with a fact of the March before.
func TestYearlessDayAfterTheReport(t *testing.T) {
	const alert = "facts:\n  - id: alert\n    claim: Researchers alerted the firm on 10 March 2025.\n    date: 2025-03-10\n    about: [alerted | festival]\n"
	assertVerdicts(t, alert, "2026-01-10", []verdictCase{
		{"Researchers alerted the firm on 10 March.", "agrees", "a day after the report may be last year's"},
		{"Researchers alerted the firm on 12 March.", "contradicts", "neither year agrees"},
		{"On 10 March, researchers alerted the firm.", "agrees", "the day before its verb"},
		{"Researchers went to the firm and alerted it on 10 March.", "agrees", "an irregular past tense too"},
		{"Researchers are still answering the alert they sent the firm on 10 March.", "agrees", "a verb in the present far before the day is not its own"},
		{"The harbour festival is on 10 March and tickets are on sale.", "unsure", "a day told in the present is likely this year's: last year's agreeing makes it unsure"},
	})
}

// A month with no year that the publication's year, or the year before,
// puts before the report may be the next one when the fact's date lies
// after the report: the deal still to close "in October".
func TestYearlessMonthOfAFactToCome(t *testing.T) {
	const closing = "facts:\n  - id: closing\n    claim: The deal is expected to close in October 2026.\n    date: 2026-10\n    about: [closing | close]\n"
	assertVerdicts(t, closing, "2026-03-10", []verdictCase{
		{"Frankly, a closing in October looks optimistic to me.", "agrees", "the next October, for a fact after the report"},
		{"Frankly, a closing in November looks optimistic to me.", "contradicts", "neither November is the sheet's month"},
		{"The previous deal had its closing last October.", "contradicts", "last October is the one before the report"},
	})
	const closed = "facts:\n  - id: closed\n    claim: The deal closed in October 2025.\n    date: 2025-10\n    about: [closing | closed]\n"
	assertVerdicts(t, closed, "2026-03-10", []verdictCase{
		{"The deal closed in October.", "agrees", "for a fact before the report, the October before it"},
	})
}

// A date near a word that tells of something going on ("continued",
// "again") may be a later day of it: unsure when it disagrees.
func TestDayOfSomethingGoingOn(t *testing.T) {
	const start = "facts:\n  - id: start\n    claim: The pilots' walkout began on 3 June 2025.\n    date: 2025-06-03\n    about: [walkout]\n"
	assertVerdicts(t, start, "2025-06-04", []verdictCase{
		{"Passengers were stranded again today as pilots continued their walkout.", "unsure", "a day of the walkout going on"},
		{"The pilots began their walkout today.", "contradicts", "the day it began"},
		{"The walkout began yesterday and continued through the night.", "agrees", "the start, agreeing, is read as ever"},
		{"The walkout began on Monday, and pilots are still on strike.", "contradicts", "a comma parts the ongoing word's clause from the date"},
		{"Flights have been cancelled again since the walkout began on Monday.", "contradicts", "the ongoing word is the main clause's; the date is in the fact's own clause after since"},
		{"Pilots stayed out again after their walkout began on Monday.", "contradicts", "so after after"},
		{"The walkout went on again after talks with the airline collapsed on Monday.", "unsure", "no term of the fact in the date's clause: the date may be another event's"},
		{"Pilots began their walkout again on Monday after a second breakdown.", "unsure", "again in the date's own clause: a later day"},
		{"Passengers were stranded again when the walkout resumed on Monday.", "unsure", "the term not right before the date: the clause's verb (a resumption) may be another event"},
	})
	const next = "facts:\n  - id: next\n    claim: The board next meets on 6 May 2025.\n    date: 2025-05-06\n    about: [board]\n"
	assertVerdicts(t, next, "2025-03-11", []verdictCase{
		{"The board will meet again on 13 May.", "contradicts", "again after will: the next meeting's date, not a later day of one going on"},
		{"The board will meet again on 6 May.", "agrees", "and agrees when it is the sheet's"},
		{"The board met again on 13 May as the strike went on.", "unsure", "again with no word of the future: a day of something going on"},
	})
	const first = "facts:\n  - id: first\n    claim: The pilots' strike begins on 6 May 2025.\n    date: 2025-05-06\n    about: [strike]\n"
	assertVerdicts(t, first, "2025-05-02", []verdictCase{
		{"Pilots will strike again on 13 May, a week after the first walkout.", "unsure", "for a fact of the first time, again after will is a later repeat: unsure still"},
	})
}

// A date a deadline's noun stands before is the deadline's: the event may
// come before it.
func TestDeadlineNounBeforeADate(t *testing.T) {
	const adopted = "facts:\n  - id: adopted\n    claim: The council adopted the budget on 17 June 2025.\n    date: 2025-06-17\n    about: [adopted | adoption]\n"
	assertVerdicts(t, adopted, "2025-06-18", []verdictCase{
		{"| Item | Date |\n|---|---|\n| State deadline for adoption | June 30, 2025 |\n", "unsure", "a deadline's date in a table row"},
		{"The council adopted the budget on June 20, 2025.", "contradicts", "the adoption's own date"},
		{"The council missed its deadline, then adopted the budget on June 20, 2025.", "contradicts", "a deadline of another clause says nothing of the date"},
		{"The council missed its deadline and adopted the budget on June 20, 2025.", "unsure", "without a comma it may be the deadline's date: unsure, never a false failure"},
		{"The deadline for the adoption is June 28, 2025.", "unsure", "five words from the date"},
		{"The deadline for the adoption of budgets by local councils is June 28, 2025.", "unsure", "further off, the subject of is before the date"},
		{"Councils that missed the state deadline now say that the adoption was June 28, 2025.", "contradicts", "a deadline noun that heads no subject of the copula"},
		{"The deadline passed, and the council's adoption was June 28, 2025.", "contradicts", "a deadline noun of another clause"},
		{"The new deadline for the adoption of budgets is June 28, 2025.", "unsure", "an adjective before the subject's head"},
		{"The state's final deadline for the adoption is June 28, 2025.", "unsure", "a possessive and an adjective before it"},
		{"Officials said the deadline for the adoption is June 28, 2025.", "unsure", "the subject after a verb of saying"},
		{"The revised deadline for the adoption of budgets was June 28, 2025.", "unsure", "a word in -ed before the head is an adjective"},
		{"The deadline for adoptions submitted by councils is June 28, 2025.", "unsure", "a word in -ed before by is a participle on the subject"},
		{"The deadline for the smallest local councils in the state to complete their adoption is June 28, 2025.", "unsure", "a subject of fourteen words"},
		{"The deadline passed and the adoption was June 28, 2025.", "contradicts", "a verb after the deadline noun: the copula has another subject"},
		{"The deadline was tight but the adoption was June 28, 2025.", "contradicts", "another copula and but before the subject of this one"},
		{"The deadline has passed and the adoption was June 28, 2025.", "contradicts", "an auxiliary after the deadline noun"},
		{"A deadline loomed when the adoption was June 28, 2025.", "contradicts", "when opens another clause"},
		{"The deadline for the delayed adoption of budgets is June 28, 2025.", "unsure", "a word in -ed with no new subject after it"},
		{"The deadline for the delayed adoption and the budget handover is June 28, 2025.", "unsure", "a word in -ed after a determiner is no verb, though and the follows"},
		{"The deadline agreed with the council and the state for the adoption is June 28, 2025.", "unsure", "a word in -ed before a preposition is a participle"},
		{"The deadline for adoption has been extended and is June 28, 2025.", "unsure", "an auxiliary and and, but no new subject"},
		{"The state council's final deadline for the adoption is June 28, 2025.", "unsure", "four words before the head"},
		{"| Deadline for adoption and bids | June 28, 2025 |", "unsure", "and between two nouns"},
		{"| Deadline for adoption and payment | June 28, 2025 |", "unsure", "and before a noun in the singular too"},
	})
	const deadline = "facts:\n  - id: deadline\n    claim: The state deadline for adoption is 30 June 2025.\n    date: 2025-06-30\n    about: [deadline]\n"
	assertVerdicts(t, deadline, "2025-06-18", []verdictCase{
		{"The state deadline for adoption is June 28, 2025.", "contradicts", "a fact about the deadline reads it"},
	})
}

// A date of an attempt at the event ("the first refloating attempt") may
// be the attempt's: disagreeing, it is unsure.
func TestAttemptAtTheEvent(t *testing.T) {
	const refloated = "facts:\n  - id: refloated\n    claim: The ship was refloated on 19 March 2026.\n    date: 2026-03-19\n    about: [refloat*]\n"
	assertVerdicts(t, refloated, "2026-03-20", []verdictCase{
		{"The first refloating attempt was made on 15 March 2026.", "unsure", "the term names an attempt"},
		{"Crews tried to refloat the ship on 15 March 2026.", "unsure", "tried to"},
		{"A failed bid to refloat the ship on 15 March 2026 left it stuck.", "unsure", "a bid to"},
		{"The ship was refloated on 15 March 2026.", "contradicts", "the event itself"},
		{"After a refloating attempt failed, the ship was refloated on 15 March 2026.", "contradicts", "the event named beside the attempt"},
		{"A third attempt to refloat her succeeded on 15 March 2026.", "contradicts", "an attempt that succeeded is the event"},
		{"The refloating attempt on 15 March 2026 was not successful.", "unsure", "a success denied"},
		{"Tugs tried to refloat her on 15 March 2026, once divers had completed their survey.", "unsure", "completed is another's"},
	})
}

// A range within a range fact may be a part of its span or give a wrong
// end: unsure. One that runs past the fact's is a contradiction.
func TestRangeWithinARangeFact(t *testing.T) {
	const bestBefore = "facts:\n  - id: best-before\n    claim: The packs carry best-before dates from 20 March to 4 April 2026.\n    date: 2026-03-20..2026-04-04\n    about: [best before | best-before]\n"
	assertVerdicts(t, bestBefore, "2026-03-14", []verdictCase{
		{"The small packs are best before 24 March 2026 to 30 March 2026.", "unsure", "a part of the span, or a wrong end"},
		{"The packs carry best-before dates between 20 March and 14 April.", "contradicts", "past the fact's end"},
		{"The packs carry best-before dates from 20 March to 4 April.", "agrees", "the same range"},
	})
}

// A date before "that" or "which", the fact's terms only after it, may
// date the verb of the clause before: unsure when it disagrees.
func TestDateBeforeARelativeClause(t *testing.T) {
	const first = "facts:\n  - id: first-strike\n    claim: Nurses first struck on 18 November 2025.\n    date: 2025-11-18\n    about:\n      - first\n      - strike*\n"
	assertVerdicts(t, first, "2026-04-20", []verdictCase{
		{"On 13 April 2026, nurses voted for a deal that ends the first strike in decades.", "unsure", "the terms in a that-clause after the date"},
		{"On 13 April 2026, nurses voted to end the first strike in decades.", "contradicts", "no clause between: the date may be the strike's"},
		{"The first strike, which ended the talks, began on 13 April 2026.", "contradicts", "the terms before the relative clause"},
		{"On 18 November 2025, nurses began the first strike that the union had called.", "agrees", "an agreeing date still agrees"},
		{"On 13 April 2026, nurses who had voted began the first strike.", "contradicts", "no verb of the date's clause before who: the terms are in the main clause"},
		{"On 13 April 2026 that first strike began.", "contradicts", "that as a determiner"},
		{"On 13 April 2026, the owners chose Smit, the firm that later ended the first strike.", "unsure", "an irregular verb before that: more words than a subject"},
		{"The first strike follows a ballot that closed on 13 April 2026.", "unsure", "the date in a clause on another noun"},
		{"The first strike began after a briefing that took place on 13 April 2026.", "unsure", "a noun in -ing before that is a noun"},
		{"The union said the first strike was called and added that it began on 13 April 2026.", "contradicts", "that after a verb of saying opens what was said, not a clause on a noun"},
		{"The first strike, which began on 13 April 2026, was short.", "contradicts", "a clause on the fact's own noun dates it"},
		{"I read the first strike notice that the union put out on 13 April 2026.", "contradicts", "a clause on a compound whose first word is the fact's"},
	})
}

// In another language a date before "que", "dass" or "che", the fact's
// terms only after it, may date a warning or a saying whose verb the
// checker cannot read: unsure when it disagrees.
func TestDateBeforeAnotherLanguagesSubordinator(t *testing.T) {
	const collapse = "facts:\n  - id: collapse\n    claim: The dam gave way on 14 May 2026.\n    date: 2026-05-14\n    about: [presa | barrage | Damm | diga]\n"
	assertVerdicts(t, collapse, "2026-05-18", []verdictCase{
		{"El 3 de mayo, los técnicos avisaron que la presa podía ceder.", "unsure", "Spanish: the date may be the warning's"},
		{"Le 3 mai, les ingénieurs ont prévenu qu'un barrage pouvait céder.", "unsure", "French qu' before the term"},
		{"Am 3. Mai warnten Ingenieure, dass der Damm brechen könnte.", "unsure", "German dass"},
		{"Il 3 maggio i tecnici scrissero che la diga era a rischio.", "unsure", "Italian che"},
		{"El 3 de mayo cedió la presa.", "contradicts", "no subordinator: the date is the event's"},
		{"El 3 de mayo, una parte de la presa que retenía el agua cedió.", "contradicts", "que on the subject, no verb of saying before it"},
		{"Il 3 maggio, dopo il comunicato che annunciava lavori, la diga ha ceduto.", "contradicts", "a word of saying after an article is a noun: che opens a clause on it"},
		{"La presa, que tenía cincuenta años, cedió el 3 de mayo.", "contradicts", "que after the term opens a clause on the fact's own noun"},
		{"El 14 de mayo, los técnicos confirmaron que la presa había cedido.", "agrees", "an agreeing date still agrees"},
	})
}

// A day one off the fact's beside a time in UTC may be the same moment's
// where the event was: unsure. A time in another zone may be the event's
// own, and one restated in local time gives the local day.
func TestDayOfATimeInUTC(t *testing.T) {
	const quake = "facts:\n  - id: quake\n    claim: The earthquake struck on 11 March 2026.\n    date: 2026-03-11\n    about: [earthquake]\n"
	assertVerdicts(t, quake, "2026-03-13", []verdictCase{
		{"The earthquake struck at 22:15 GMT on 10 March.", "unsure", "22:15 GMT is the 11th east of UTC+2"},
		{"The earthquake struck on 12 March at 01:30 UTC.", "unsure", "01:30 UTC is the 11th west of UTC-2"},
		{"The earthquake struck at 03:00 GMT on 10 March.", "contradicts", "03:00 GMT is the 10th in every zone but UTC+14's 17:00, still the 10th"},
		{"The earthquake struck at 22:15 CET on 10 March.", "contradicts", "a zone that may be the event's own"},
		{"The earthquake struck at 22:15 local time on 10 March.", "contradicts", "local time: the event's day"},
		{"The earthquake struck at 22:15 GMT on 10 March (00:15 local time on 10 March).", "contradicts", "restated in local time, on the 10th"},
		{"The earthquake struck at 22:15 GMT on 9 March.", "contradicts", "two days off"},
		{"The earthquake struck on 10 March, and a tsunami warning followed at 22:15 GMT.", "contradicts", "the time stands too far from the day"},
		{"The earthquake struck at 08:00 GMT on 10 March.", "contradicts", "08:00 GMT is the 10th even at UTC+14"},
		{"The earthquake struck at 23:30 GMT on Monday, 10 March.", "unsure", "a comma inside the date parts nothing"},
	})
}

// A quarter or a half of a year with no year after it ("in the third
// quarter") takes its year from the publication date, as "in July" does.
func TestQuartersWithoutAYear(t *testing.T) {
	const closing = "facts:\n  - id: closing\n    claim: The deal closes in the third quarter of 2026.\n    date: 2026-07..2026-09\n    about: [close | Vollzug]\n"
	assertVerdicts(t, closing, "2026-03-11", []verdictCase{
		{"The deal is expected to close in the third quarter.", "agrees", "July to September of the report's year"},
		{"The deal is expected to close in the second quarter.", "contradicts", "April to June"},
		{"Der Vollzug ist für das dritte Quartal geplant.", "agrees", "German, after für das"},
		{"Third quarter sales rose as the deal moved to close.", "silent", "no preposition before it: a period that names sales, no date"},
	})
	assertVerdicts(t, closing, "2027-02-10", []verdictCase{
		{"The deal closed in the fourth quarter.", "contradicts", "in February the fourth quarter is last year's: October to December 2026"},
	})
}

// A weekday after a time restated in another zone, in brackets ("8:14
// p.m. (0014 GMT Wednesday)"), is that zone's calendar day: unsure; and so
// is a date before a time in a named zone that brackets restate in
// another ("on 13 May at 00:14 GMT (8:14 p.m. EDT)").
func TestConversionDays(t *testing.T) {
	const sale = "facts:\n  - id: sale\n    claim: The sale was on Tuesday 12 May 2026.\n    date: 2026-05-12\n    about: [hammer]\n    within: 20\n"
	assertVerdicts(t, sale, "2026-05-16", []verdictCase{
		{"The hammer came down at 8:14 p.m. (0014 GMT Wednesday) in a packed room.", "unsure", "GMT's day of a New York evening"},
		{"The hammer came down at 8:14 p.m. (0014 GMT on Wednesday) in a packed room.", "unsure", "with on"},
		{"The hammer came down on Wednesday at 8:14 p.m. in a packed room.", "contradicts", "a weekday before the time is the event's"},
		{"The hammer came down at 0014 GMT Wednesday in a packed room.", "unsure", "a time in UTC alone, no restatement: west of it, the day before (see TestDayOfATimeInUTC)"},
		{"The hammer came down at 8:14 p.m. EDT (0014 GMT) on Wednesday in a packed room.", "contradicts", "a date after the bracket closes is both times' day"},
		{"The hammer came down on 13 May at 00:14 GMT (8:14 p.m. EDT on 12 May) in a packed room.", "agrees", "the day in the brackets agrees; the named zone's day before is unsure, no contradiction"},
		{"The hammer came down on 13 May at 00:14 GMT (8:14 p.m. local time) in a packed room.", "unsure", "the same with no date in the brackets"},
		{"The hammer came down on 13 May at 00:14 GMT in a packed room.", "unsure", "no restatement, but a time in UTC: west of it 00:14 GMT is the 12th (see TestDayOfATimeInUTC)"},
		{"The hammer came down on 13 May at 14:14 GMT (16:14 CEST) in a packed room.", "contradicts", "a restatement on the same day: the day is both zones'"},
		{"The hammer came down on 11 May at 9 p.m. ET (10 a.m. JST) in a packed room.", "unsure", "zones more than twelve hours apart: the day is another in the second"},
		{"The hammer came down on 13 May at 8:14 p.m. (the auction house's time) in a packed room.", "contradicts", "a time with no zone: nothing restated"},
	})
}

// A weekday with the day of its month ("Tuesday the 12th") is the day that
// is both, near the report; when none is, one of them is wrong, and the
// days between the two readings are read.
func TestWeekdayWithItsDay(t *testing.T) {
	const broke = "facts:\n  - id: broke\n    claim: The main broke on 12 August 2025.\n    date: 2025-08-12\n    about: [main]\n"
	assertVerdicts(t, broke, "2025-08-20", []verdictCase{
		{"On Tuesday the 12th the main broke.", "agrees", "Tuesday 12 August, not the last Tuesday before the report (the 19th)"},
		{"On Wednesday the 13th the main broke.", "contradicts", "another day that is both"},
		{"On Friday the 12th the main broke.", "agrees", "no Friday the 12th near the report: the days from Friday the 15th to the 12th, which holds the fact's"},
		{"On Friday the 20th the main broke.", "contradicts", "no Friday the 20th either: the days from the 15th to the 20th, which do not hold it"},
		{"On Tuesday the 5th the main broke.", "contradicts", "Tuesday 5 August is another day"},
		{"On Tuesday the 12th August the main broke.", "agrees", "a month after the day: a full date"},
		{"On Tuesday the 12th of August the main broke.", "agrees", "and with of"},
		{"On Tuesday the 12th July the main broke.", "contradicts", "a full date of another month"},
	})
}

// A weekend is the Saturday and Sunday last before the report, or the
// next: it agrees with a day in either, and disagreeing it is unsure, as
// it is loosely bounded.
func TestWeekends(t *testing.T) {
	const raid = "facts:\n  - id: raid\n    claim: The strongroom was raided on Saturday 7 March 2026.\n    date: 2026-03-07\n    about: [tunnel* | raid*]\n"
	assertVerdicts(t, raid, "2026-03-09", []verdictCase{
		{"Burglars tunnelled into the strongroom over the weekend.", "agrees", "the weekend before a Monday's report holds the Saturday"},
		{"Burglars tunnelled into the strongroom this past weekend.", "agrees", "this past weekend too"},
		{"Die Bande hat am Wochenende den Tunnel gegraben.", "agrees", "German am Wochenende"},
		{"La banda ha scavato il tunnel nel fine settimana.", "agrees", "Italian nel fine settimana"},
		{"The weekend edition covered the raid.", "silent", "the weekend with no preposition before it may name a noun's kind"},
		{"After the raid there was no weekend service.", "silent", "English no before weekend is no Portuguese no"},
		{"The raid took place the weekend before.", "silent", "a weekend before before is counted from another day"},
		{"The raid is to be re-enacted next weekend.", "unsure", "next weekend is the next only, and a weekend that disagrees is unsure"},
		{"Raiders who toured the town at the weekend tunnelled in on Wednesday.", "contradicts", "a more precise date in the sentence is taken, not the weekend"},
	})
	const wednesday = "facts:\n  - id: raid\n    claim: The strongroom was raided on Wednesday 4 March 2026.\n    date: 2026-03-04\n    about: [tunnel* | raid*]\n"
	assertVerdicts(t, wednesday, "2026-03-09", []verdictCase{
		{"Burglars tunnelled into the strongroom over the weekend.", "unsure", "a weekend that holds neither day: loosely bounded, so unsure, never a contradiction"},
	})
}

// A weekday in another language is the latest such day before the report
// or the first after it, whichever agrees: its tense is not read, nor a
// verb of saying before it, so a disagreeing one is unsure.
func TestWeekdaysBeforeARelativeClause(t *testing.T) {
	const out = "facts:\n  - id: out\n    claim: The fire was declared out on Wednesday 16 April 2025.\n    date: 2025-04-16\n    about: [extinguido]\n"
	assertVerdicts(t, out, "2025-04-16", []verdictCase{
		{"Los bomberos dieron por extinguido este martes el incendio que el lunes arrasó el techo.", "contradicts", "another weekday in a relative clause after the first is that clause's: the first stands alone in its own"},
		{"Los bomberos dieron por extinguido este martes el incendio del lunes.", "unsure", "in one clause the two dates are not judged alone"},
	})
}

func TestWeekdaysBeforeAVerbFinalTerm(t *testing.T) {
	const hall = "facts:\n  - id: hall\n    claim: The hall collapsed on Tuesday 14 October 2025.\n    date: 2025-10-14\n    within: 20\n    about: [eingestürzt | ingestort | collapsed]\n"
	assertVerdicts(t, hall, "2025-10-16", []verdictCase{
		{"Die Halle ist am Mittwoch unter der Last des Schnees eingestürzt.", "contradicts", "the participle ends the weekday's clause: the weekday dates it"},
		{"Die Halle war am Mittwoch gegen 4.40 Uhr unter der Last des Schnees eingestürzt.", "contradicts", "a number's own point is no mark between them"},
		{"De hal is woensdag onder het gewicht van de sneeuw ingestort.", "contradicts", "Dutch puts its participle last too"},
		{"Die Halle war am Dienstag unter der Last des Schnees eingestürzt.", "agrees", "the Tuesday before the report"},
		{"Die Halle ist am Mittwoch unter der Last des Schnees eingestürzt, sagte ein Sprecher.", "unsure", "a verb of saying may take the weekday"},
		{"Die Halle ist am Mittwoch unter der Last des Schnees eingestürzt und brannte aus.", "unsure", "the term does not end the clause: another verb follows"},
		{"Die am Mittwoch gezeigten Bilder belegen, dass die Halle eingestürzt ist.", "unsure", "a comma parts the weekday from the term"},
		{"Die Halle ist am Mittwoch unter der Last von Schnee und Eis auf dem Dach der alten Anlage am Rand der Stadt eingestürzt.", "unsure", "the term more than fourteen words after the weekday"},
		{"Die Halle war in der Nacht zu Mittwoch unter der Last des Schnees eingestürzt.", "unsure", "the night into Wednesday begins on Tuesday evening, the fact's day"},
		{"Die Halle war in der Nacht zu Donnerstag unter der Last des Schnees eingestürzt.", "contradicts", "the night into Thursday begins on Wednesday"},
		{"The hall collapsed overnight into Wednesday.", "unsure", "English names such a night too"},
		{"The hall collapsed on Wednesday night.", "contradicts", "Wednesday's own night runs into Thursday, not back into Tuesday"},
		{"De gemeente maakte woensdag bekend dat de hal onder de sneeuw is ingestort.", "unsure", "a clause of what was made known opens between them: the weekday is the saying's"},
		{"Die Halle war am Mittwoch beim Eintreffen der Prüfer längst eingestürzt.", "unsure", "längst: a state by Wednesday, not the day it fell"},
		{"Die Halle ist am Mittwoch nach lang anhaltendem Schneefall eingestürzt.", "contradicts", "lang inside an adjective is no längst"},
		{"De hal is woensdag om 4 uur of kort daarna ingestort.", "contradicts", "Dutch of, or, opens no question"},
		{"De hal is in de nacht op woensdag onder het gewicht van de sneeuw ingestort.", "unsure", "Dutch names the night into a day too"},
	})
}

func TestWeekdaysOfOtherLanguages(t *testing.T) {
	const quake = "facts:\n  - id: quake\n    claim: The quake struck on Monday 6 February 2023.\n    date: 2023-02-06\n    about: [Beben | séisme | terremoto | aardbeving | tremor]\n"
	assertVerdicts(t, quake, "2023-02-15", []verdictCase{
		{"De aardbeving trof de regio vorige week maandag.", "agrees", "last week before a Dutch weekday: the Monday of the week before the report's"},
		{"De aardbeving trof de regio maandag.", "contradicts", "the weekday alone: this week's Monday, the 13th"},
		{"Das Beben hatte die Region am Montag vergangener Woche erschüttert.", "agrees", "last week after a German weekday: the Monday of the week before"},
		{"Le séisme de lundi de la semaine dernière a fait des milliers de morts.", "agrees", "and after a French one"},
		{"Das Beben hatte die Region am Dienstag vergangener Woche erschüttert.", "unsure", "another day of last week: a weekday of another language that disagrees stays unsure"},
		{"Die Hilfe lief an, nachdem das Beben die Region am Montag der Vorwoche erschüttert hatte.", "unsure", "der Vorwoche: the week before the day told of, not the report's: a weekday of another language, unsure"},
	})
	assertVerdicts(t, quake, "2023-02-08", []verdictCase{
		{"Das Beben hatte die Region am Montag erschüttert.", "agrees", "German, the Monday before the report"},
		{"Das Beben hatte die Region am Montagabend erschüttert.", "agrees", "a German compound of the weekday and a part of the day"},
		{"De aardbeving van maandagavond eiste duizenden levens.", "agrees", "and a Dutch one"},
		{"Das Beben am Morgen erschütterte die Region.", "silent", "a part of the day alone is no weekday"},
		{"Le séisme de lundi a fait des milliers de morts.", "agrees", "French"},
		{"Il terremoto di lunedì ha fatto migliaia di morti.", "agrees", "Italian, its accent folded"},
		{"O terremoto de segunda-feira deixou milhares de mortos.", "agrees", "Portuguese, with -feira"},
		{"El terremoto del martes dejó miles de muertos.", "contradicts", "Spanish: neither the Tuesday before (7th) nor the one after (14th), next to the term, nothing else in the sentence"},
		{"De aardbeving van zondag eiste duizenden levens.", "contradicts", "Dutch: the 5th or the 12th"},
		{"El terremoto del martes pasado dejó miles de muertos.", "unsure", "a word that may move the weekday to another week"},
		{"El terremoto del martes de esa semana dejó miles de muertos.", "unsure", "a week named in the sentence"},
		{"Das Beben vom Dienstag der Vorwoche hat Tausende getötet.", "unsure", "a compound of a week"},
		{"Das Beben ereignete sich am Mittwoch.", "contradicts", "Mittwoch holds the stem of a week but is a weekday: the 1st or the 8th"},
		{"Das Beben vom Mittwoch der Vorwoche hat Tausende getötet.", "unsure", "and a compound of a week beside it still leaves it open"},
		{"Das Beben wurde am Mittwoch vom Institut bestätigt.", "unsure", "a German participle of saying (bestätigt): the weekday may date the confirming"},
		{"Am Dienstag, dem Tag der Wahl, erschütterte das Beben die Region.", "unsure", "commas part the weekday from the term"},
		{"Das Beben hatte die Region am Dienstag, dem Tag der Wahl, erschüttert.", "contradicts", "the term four words before it in its clause"},
		{"Das Beben am Dienstag traf die Region am 6. Februar.", "agrees", "another date in the sentence: the weekday is not judged alone"},
		{"Die Straße bleibt bis März gesperrt, nachdem das Beben am Dienstag die Region erschütterte.", "contradicts", "a span and its date in another clause leave the weekday's own clause alone"},
		{"De weg blijft tot maart dicht omdat de aardbeving van dinsdag de brug beschadigde.", "contradicts", "a word that opens a clause parts them as a comma does"},
		{"Das Beben vom Dienstag hielt die Region bis März in Atem.", "unsure", "a span in the weekday's clause still keeps it unsure"},
		{"Am 20. Februar begann der Wiederaufbau, nachdem das Beben am Dienstag die Region erschüttert hatte.", "unsure", "a day of the month in another clause may set the weekday's week"},
		{"Die Straße bleibt bis März gesperrt nach dem Beben am Dienstag.", "unsure", "a preposition opens no clause"},
		{"El portavoz dijo el martes que el terremoto dejó miles de muertos.", "unsure", "a Spanish verb of saying in the sentence"},
		{"Der Sprecher sagte am Dienstag, das Beben sei stark gewesen.", "unsure", "a verb of saying of another language is not read: unsure, never a contradiction"},
		{"O terremoto, o segunda em dez anos, deixou mortos.", "silent", "segunda without -feira is second, no day"},
		{"Plácido Domingo sang after the tremor.", "silent", "Domingo with a capital is a name"},
		{"Domingo habló del terremoto.", "silent", "even opening a sentence"},
		{"Domingo el terremoto dejó miles de muertos.", "contradicts", "opening a sentence before an article: the day"},
		{"Domenica, il terremoto ha fatto migliaia di morti.", "unsure", "opening a sentence before a comma: the day, read, though a comma parts it from the term"},
		{"Domingo por la tarde el terremoto dejó miles de muertos.", "unsure", "before a preposition of a part of the day: read, four words from the term"},
		{"Domingo de Soto habló del terremoto.", "silent", "de follows a name too"},
		{"Domingo 5 de febrero el terremoto dejó miles de muertos.", "contradicts", "a weekday with its day and month after it is a date, opening the sentence or not"},
		{"Domenica 6 febbraio il terremoto ha fatto migliaia di morti.", "agrees", "so in Italian, on the fact's day"},
		{"El terremoto del domingo dejó miles de muertos.", "contradicts", "in lower case a weekday: Sunday the 5th or the 12th, disagreeing"},
		{"Il terremoto di sabato ha fatto migliaia di morti.", "contradicts", "Italian sabato is read too"},
		{"Le terremoto a réveillé 275 lunes de sismographes.", "silent", "a word of a weekday after a count is a noun counted: French lunes, moons"},
		{"Le terremoto a frappé à 14 h 25 samedi.", "unsure", "but a weekday after a time of day is still read, not left out as counted"},
	})
	assertVerdicts(t, quake, "2023-02-13", []verdictCase{
		{"Il terremoto di lunedì scorso ha fatto migliaia di morti.", "agrees", "scorso: the last Monday before the report, the 6th, not the 13th"},
		{"El terremoto del pasado lunes dejó miles de muertos.", "agrees", "pasado before the weekday: the same"},
		{"Das Beben vom letzten Montag hat Tausende getötet.", "agrees", "German letzten"},
		{"Le séisme de lundi dernier a fait des milliers de morts.", "agrees", "French dernier"},
		{"Il terremoto di martedì scorso ha fatto migliaia di morti.", "unsure", "the 7th disagrees; a weekday of another language stays unsure, as its verb of saying is not read"},
	})
	assertVerdicts(t, quake, "2023-02-01", []verdictCase{
		{"Il terremoto di lunedì prossimo è una simulazione.", "agrees", "prossimo: the next Monday after the report, the 6th"},
	})
	assertVerdicts(t, quake, "2023-02-03", []verdictCase{
		{"Das Beben am Montag soll untersucht werden.", "agrees", "the first Monday after the report agrees too: the tense is not read"},
	})
	assertVerdicts(t, quake, "2023-02-09", []verdictCase{
		{"O terremoto atingiu toda a região norte na terça-feira (7).", "contradicts", "the day of the month in brackets after the weekday: Tuesday the 7th, whatever the week, five words from the term"},
		{"O terremoto atingiu toda a região norte na segunda-feira (6).", "agrees", "Monday the 6th"},
		{"O terremoto atingiu toda a região norte na terça-feira, dia 7, ao fim da tarde.", "contradicts", "the day of the month after a comma and dia: Tuesday the 7th"},
		{"O terremoto atingiu toda a região norte na terça-feira, dia em que chovia.", "unsure", "dia with no number after it: the weekday alone, unsure"},
		{"O terremoto atingiu a região na terça-feira, dia 7, dois dias depois do sismo do passado domingo.", "contradicts", "a word of another week for another weekday leaves the day of the month that pins this one"},
		{"El terremoto sacudió toda la región norte el martes 7, de madrugada.", "contradicts", "a day before a comma is the weekday's day too"},
		{"Las réplicas del terremoto, que sacudieron la región norte el martes 7 veces seguidas, asustaron.", "unsure", "a number before a word may count it: only the weekday is read"},
		{"O terremoto atingiu toda a região norte na terça-feira (9).", "unsure", "no Tuesday the 9th near the report: the number may be no day"},
		{"O porta-voz disse que o terremoto ocorreu na terça-feira (7).", "unsure", "a verb of saying in the sentence: the weekday may date the saying"},
		{"El terremoto sacudió toda la región norte el martes 7.30 de la mañana.", "unsure", "a figure after a stop goes on: no day of the month"},
		{"Nach dem Beben fiel die Aktie des größten Versicherers am Dienstag 7,8 Prozent.", "unsure", "a decimal comma goes on: no day of the month"},
	})
	const announced = "facts:\n  - id: announced\n    claim: The firm announced the buy-back on Monday 6 February 2023.\n    date: 2023-02-06\n    said_dates: true\n    about: [anunciou | recompra]\n"
	assertVerdicts(t, announced, "2023-02-09", []verdictCase{
		{"A empresa anunciou na terça-feira (7) a recompra de ações.", "contradicts", "for a fact of saying, its verb of saying is the event: Tuesday the 7th"},
		{"A empresa anunciou na segunda-feira (6) a recompra de ações.", "agrees", "Monday the 6th"},
		{"A empresa anunciou na terça-feira da semana passada a recompra.", "unsure", "a word of a week still leaves it unsure"},
	})
	assertVerdicts(t, quake, "2023-02-07", []verdictCase{
		{"Das Beben hatte die Region gestern erschüttert.", "agrees", "gestern: the day before the report"},
		{"Il terremoto di ieri ha fatto migliaia di morti.", "agrees", "Italian ieri"},
		{"Le séisme d'aujourd'hui a fait des milliers de morts.", "unsure", "aujourd'hui: the report's day, the 7th; disagreeing, unsure"},
		{"El terremoto de hoy dejó miles de muertos.", "unsure", "hoy: the same, in Spanish"},
		{"Der Sprecher sagte heute, das Beben sei stark gewesen.", "unsure", "a day of saying is not read there: unsure, never a contradiction"},
		{"De aardbeving van gisteren eiste duizenden levens.", "agrees", "Dutch gisteren"},
		{"De aardbeving van gistermiddag eiste duizenden levens.", "agrees", "Dutch gistermiddag, yesterday afternoon"},
		{"De aardbeving van vanmiddag eiste duizenden levens.", "unsure", "Dutch vanmiddag, this afternoon, the 7th: disagreeing, unsure"},
		{"O terremoto de ontem deixou milhares de mortos.", "agrees", "Portuguese ontem"},
		{"Il terremoto dell'altro ieri ha fatto migliaia di morti.", "unsure", "l'altro ieri is the day before yesterday, the 5th: disagreeing, unsure"},
		{"El terremoto de antes de ayer dejó miles de muertos.", "silent", "antes de ayer: a bound, as before is, never the event's day"},
	})
	assertVerdicts(t, quake, "2023-02-06", []verdictCase{
		{"El terremoto sacudió esta mañana la región norte.", "agrees", "esta mañana: the report's day, in two words"},
		{"Le séisme de ce matin a fait des milliers de morts.", "agrees", "French ce matin"},
		{"O terremoto desta manhã deixou milhares de mortos.", "agrees", "Portuguese desta manhã, of this morning"},
		{"Il terremoto di stanotte ha fatto migliaia di morti.", "agrees", "Italian stanotte, the night of the report's day"},
		{"De aardbeving van vannacht eiste duizenden levens.", "agrees", "Dutch vannacht"},
		{"Le séisme de cette nuit a fait des milliers de morts.", "agrees", "French cette nuit"},
	})
	assertVerdicts(t, quake, "2023-02-07", []verdictCase{
		{"Il terremoto di stanotte ha fatto migliaia di morti.", "unsure", "a report of the next day: the night began the evening before, the fact's day"},
	})
	assertVerdicts(t, quake, "2023-02-07", []verdictCase{
		{"Il terremoto di questa mattina ha fatto migliaia di morti.", "unsure", "questa mattina, the 7th: disagreeing, unsure, as oggi is"},
		{"El terremoto sacudió esta semana la región norte.", "silent", "esta with another word is no day"},
		{"Le séisme de ce matin-là a fait des milliers de morts.", "silent", "ce matin-là is that morning, no day counted from the report"},
	})
	assertVerdicts(t, quake, "2023-02-08", []verdictCase{
		{"Le séisme d'avant-hier a fait des milliers de morts.", "agrees", "avant-hier is the day before yesterday, the 6th"},
		{"Le séisme d'hier a fait des milliers de morts.", "unsure", "hier alone is the 7th: disagreeing, unsure"},
		{"O terremoto de anteontem deixou milhares de mortos.", "agrees", "Portuguese anteontem, two days back"},
	})
	assertVerdicts(t, quake, "2023-02-04", []verdictCase{
		{"Le séisme est annoncé pour après-demain par le devin.", "agrees", "après-demain is two days ahead, the 6th"},
		{"Le séisme est annoncé pour demain par le devin.", "unsure", "demain alone is the 5th: disagreeing, unsure"},
		{"Der Seismologe hält ein Beben übermorgen für möglich.", "agrees", "German übermorgen, two days ahead"},
		{"Un second séisme est attendu avant demain soir.", "silent", "avant before a day ahead is a bound, before tomorrow"},
	})
}

// A list item that links to another article, or stands under "Related" or
// "Most read", is that article's headline: its values are unsure.
func TestOtherArticlesHeadlines(t *testing.T) {
	const opened = "facts:\n  - id: opened\n    claim: The bridge opened in 1977.\n    date: 1977\n    about: [opened | open]\n"
	assertVerdictsIn(t, "a.html", opened, "2024-03-27", []verdictCase{
		{"<article><p>The bridge opened in 1977.</p></article>\n<aside><h2>Most read</h2>\n<ul><li><a href=\"/o\">Orioles open 2024 season Thursday</a></li></ul></aside>\n", "agrees", "a sidebar's linked headline under Most read: unsure, the article's own year agrees"},
		{"<article><p>The span was busy.</p></article>\n<aside><h2>Most read</h2>\n<ul><li><a href=\"/o\">Orioles open 2024 season Thursday</a></li></ul></aside>\n", "unsure", "the headline alone"},
		{"<p>Key dates:</p>\n<ul><li>The bridge opened in 1980.</li></ul>\n", "contradicts", "an item that is a sentence of the text, with no link, states it"},
	})
	assertVerdictsIn(t, "a.md", opened, "2024-03-27", []verdictCase{
		{"The span was busy.\n\nRelated:\n\n- Orioles open 2024 season at home\n", "unsure", "an item under Related, no link"},
		{"The span was busy.\n\nLeggi anche:\n\n- Orioles open 2024 season at home\n", "unsure", "so under Leggi anche, Italian read also"},
		{"The span was busy.\n\nKey dates:\n\n- Orioles open 2024 season at home\n", "contradicts", "a list under a heading that names no other articles states it"},
		{"The span was busy.\n\n- [Orioles open 2024 season](/o)\n", "unsure", "a linked item with no stop"},
	})
}

// A year alone right after a capitalised word that names no time is a
// part of a name ("Paris 2024"): no date.
func TestYearsInNames(t *testing.T) {
	const ceremony = "facts:\n  - id: ceremony\n    claim: The opening ceremony was held on 26 July 2024.\n    date: 2024-07-26\n    about: [ceremony]\n"
	assertVerdicts(t, ceremony, "2024-07-30", []verdictCase{
		{"The Paris 2024 spokeswoman apologised for the ceremony on Saturday.", "contradicts", "Paris 2024 names the organisers: the Saturday is read, and settled by no year"},
		{"Euro 2024 ended before the ceremony.", "silent", "a tournament's name"},
		{"In 2023 the ceremony was planned.", "contradicts", "a year after a preposition is a date"},
		{"The ceremony of July 2023 was planned.", "contradicts", "a month and its year is a date"},
	})
	const census = "facts:\n  - id: census\n    claim: The last census was in 2016.\n    date: 2016\n    about: [Zählung]\n"
	assertVerdicts(t, census, "2026-04-20", []verdictCase{
		{"Es waren 470.000 mehr als bei der letzten Zählung 2015.", "contradicts", "a German noun after an article and an adjective: a year after it is a date"},
		{"Die Zählung im Herbst 2016 ergab mehr Einwohner.", "agrees", "after im"},
		{"Die Zählung ist für das dritte Quartal 2015 geplant.", "contradicts", "after das and an adjective"},
		{"Die Zählung vor der Expo 2015 ergab mehr Einwohner.", "silent", "a name after an article names a year of its own: Expo 2015"},
		{"Das 2016 begonnene Zählung-Projekt ergab mehr Einwohner.", "agrees", "an article opening the sentence is no name: the year after it is a date"},
	})
}

// A year counted from the report ("last year", "a year ago") for a fact of
// one day is more often another edition of the event: unsure.
func TestRelativeYearsOfAnotherEdition(t *testing.T) {
	const race = "facts:\n  - id: race\n    claim: The marathon was run on 24 September 2023.\n    date: 2023-09-24\n    about: [won | marathon]\n"
	assertVerdicts(t, race, "2023-09-25", []verdictCase{
		{"Assefa, who won here last year, broke away early.", "unsure", "last year for a fact of one day: another edition"},
		{"Kipchoge set the record here a year ago.", "silent", "no term of the fact"},
		{"Kipchoge won the marathon a year ago.", "unsure", "a year ago, the same"},
		{"Assefa won the marathon on Sunday.", "agrees", "a weekday is read as ever"},
		{"Assefa won the marathon on 17 September.", "contradicts", "a day given in full is read as ever"},
		{"Last year, Assefa won the marathon in October.", "unsure", "a month of the year that opens the sentence: last year's edition"},
		{"Assefa won the marathon in October last year.", "unsure", "a month with last year after it: the same"},
		{"Last year, Assefa won, and the marathon was won by Kipchoge in August.", "contradicts", "a month in a later clause is not placed by the opening year"},
	})
}

// "As of" a day is a state then, which any event up to that day agrees
// with; after a negation ("Not yet, as of Monday") nothing had happened,
// and the day dates no event.
func TestStatesAsOfADay(t *testing.T) {
	const forward = "facts:\n  - id: forward\n    claim: The winner came forward on Tuesday 17 March 2026.\n    date: 2026-03-17\n    about: [come forward | came forward]\n"
	assertVerdicts(t, forward, "2026-03-18", []verdictCase{
		{"The winner had come forward as of Wednesday.", "agrees", "a state on Wednesday: the coming forward on Tuesday is before it"},
		{"Has the winner come forward? Not yet, as of Monday morning.", "silent", "a negation before as of: nothing had happened by Monday"},
		{"The winner came forward on Monday.", "contradicts", "a day of the event itself"},
		{"As of Monday afternoon no one had come forward.", "silent", "a negation after as of, before the term: nothing had happened by Monday"},
		{"As of Monday, the winner had come forward and no one else had.", "contradicts", "a negation after the term is another clause's"},
		{"As of Monday, no arrests had been made but the winner had come forward.", "contradicts", "a negation whose clause ends before the term is another clause's"},
		{"As of Monday afternoon, not only had the winner come forward, the ticket was paid.", "contradicts", "not only is no negation"},
		{"As of Monday, the winner, who did not wish to be named, had come forward.", "contradicts", "nor one in an aside between commas"},
		{"As of Monday, no one, not even the winner, had come forward.", "silent", "a negated subject with an aside still reaches the term"},
		{"As of Monday, no ticket holder or winner had come forward.", "silent", "and one with a list joined by or"},
		{"No one came forward on Monday.", "unsure", "a term right after a negating pronoun: the day it did not happen"},
		{"Nobody had come forward on Monday.", "unsure", "an auxiliary between"},
	})
}

// A bare weekday that is the report's own weekday may be that day or the
// same day a week before: a follow-up a week on names the event by it.
func TestTheReportsOwnWeekday(t *testing.T) {
	const outage = "facts:\n  - id: outage\n    claim: The outage began on Monday 4 October 2021.\n    date: 2021-10-04\n    about: [outage]\n"
	assertVerdicts(t, outage, "2021-10-11", []verdictCase{
		{"Monday's outage was the largest on record, the tracker said last week.", "unsure", "a report of a Monday: that day or a week before"},
		{"The outage began on Tuesday.", "contradicts", "another weekday resolves as ever (5 October)"},
		{"The outage began last Monday.", "agrees", "last before the report's own weekday is the week before"},
	})
	assertVerdicts(t, outage, "2021-10-04", []verdictCase{
		{"Monday's outage was the largest on record.", "agrees", "the report's own day, which is the sheet's"},
	})
	assertVerdicts(t, outage, "2021-10-18", []verdictCase{
		{"Monday's outage was the largest on record.", "contradicts", "neither the report's Monday nor one a week before or after is the sheet's: certain"},
		{"El outage comenzó el lunes.", "contradicts", "so in Spanish, the weekday beside the term"},
	})
	assertVerdicts(t, outage, "2021-09-27", []verdictCase{
		{"Monday's outage was the largest on record.", "unsure", "the sheet's day is a week after the report's Monday: a weekly writer's next Monday"},
	})
}

// A date after a condition, an open question or a past modal in its
// clause says when something might have happened: unsure, never a
// contradiction. After the date, or in another clause, they change nothing.
func TestHypotheticalDates(t *testing.T) {
	const release = "facts:\n  - id: release\n    claim: The operator released water on 14 March 2026.\n    date: 2026-03-14\n    about: [released | release]\n"
	assertVerdicts(t, release, "2026-03-20", []verdictCase{
		{"The inquiry will ask whether the operator could have released water earlier, on Thursday.", "unsure", "an open question, a comma right before the date"},
		{"If the operator had released water on Thursday, the town would have been spared.", "unsure", "a condition"},
		{"The operator should have released water on Thursday, critics said.", "unsure", "a past modal before have"},
		{"The operator released water on Thursday, even if critics disagree.", "contradicts", "a condition after the date"},
		{"If levels rise again, officials said, the operator will act; it released water on Thursday.", "contradicts", "a condition in another clause"},
		{"It was not clear whether anyone was hurt when the operator released water on Thursday.", "contradicts", "a clause of its own after the open question"},
		{"Residents asked whether the water that was released on Thursday had flooded homes.", "unsure", "a relative clause inside the question may be asked or told: unsure"},
		{"If the water that engineers held back is released on Thursday, homes will flood.", "unsure", "a relative clause that closes before the date, with no term of the fact in it"},
		{"It was unclear whether the water would be released when engineers met on Thursday.", "unsure", "the subordinate clause holds no term: the release is still open"},
		{"The operator could release water on Thursday.", "unsure", "could with no have is what may be, not what was: no statement of the release"},
		{"The operator released water on Thursday and could release more.", "contradicts", "could after the date governs nothing before it"},
	})
}

// A phrase of [year-parts] before a year narrows it to some of its
// months, generously for vague words: a clear miss of the sheet's month
// contradicts, a part that holds it agrees, and a year alone agrees as
// before.
func TestPartsOfAYear(t *testing.T) {
	const closes = "facts:\n  - id: closes\n    claim: The plant will close in December 2026.\n    date: 2026-12\n    about: [close | shut | schließt]\n"
	assertVerdicts(t, closes, "2025-10-14", []verdictCase{
		{"The plant will shut in the first half of 2026.", "contradicts", "January to June holds no December"},
		{"The plant will shut in mid-2026.", "contradicts", "April to September"},
		{"The plant will shut in early 2026.", "contradicts", "January to May"},
		{"The plant will shut in late 2026.", "agrees", "August to December holds December"},
		{"The plant will shut in the second half of 2026.", "agrees", "July to December"},
		{"Das Werk schließt Ende 2026.", "agrees", "German Ende: October to December"},
		{"The plant will shut in 2026.", "agrees", "a year alone holds the month"},
		{"The plant will shut by mid-2026.", "unsure", "a deadline: the event may come before it"},
		{"The plant will shut in the middle of next year.", "contradicts", "a part of a year counted from the report: April to September 2026"},
		{"The plant will shut at the end of next year.", "agrees", "October to December 2026"},
		{"The plant will shut next year.", "agrees", "next year alone: 2026"},
	})
	const quarter = "facts:\n  - id: close\n    claim: The deal is expected to close in the fourth quarter of 2026.\n    date: 2026-10-01..2026-12-31\n    about: [close | Abschluss | cerrará]\n"
	assertVerdicts(t, quarter, "2026-03-10", []verdictCase{
		{"The companies expected the deal to close late this year.", "unsure", "August to December overlaps the fourth quarter: a vague part, no clear miss"},
		{"The companies expected the deal to close early this year.", "contradicts", "January to May misses it"},
		{"The deal should close in Q4 2026.", "agrees", "Q4 before a year: October to December"},
		{"The deal should close in Q2 2026.", "contradicts", "Q2: April to June"},
		{"Der Abschluss soll im vierten Quartal 2026 erfolgen.", "agrees", "a German quarter: no name's year though capitalised"},
		{"La operación se cerrará en el cuarto trimestre de 2026.", "agrees", "a Spanish quarter: de before the year is the part's, no noun's date"},
		{"The deal should close in the third quarter of 2026.", "contradicts", "July to September: a vague part that misses the range"},
	})
}

// Two years in four digits joined by a word of [year-range-joins] make a
// range even with no "from" before them, as model years are written: a
// range with an end outside the sheet's contradicts, and no end agrees
// alone. Two years joined by "and" stay two years.
func TestBareYearRanges(t *testing.T) {
	const years = "facts:\n  - id: years\n    claim: Model years 2021 to 2024 are recalled.\n    date: 2021..2024\n    about: [model years | años]\n"
	assertVerdicts(t, years, "2025-10-14", []verdictCase{
		{"The recall covers model years 2020 to 2024.", "contradicts", "a range with no from, one end outside the sheet's"},
		{"The recall covers model years 2021 through 2024.", "agrees", "the sheet's range, through"},
		{"El retiro incluye vehículos de los años 2020 a 2024.", "contradicts", "Spanish a between the years"},
		{"The recall covers model years 2021 and 2024.", "agrees", "and names two years, each inside the range"},
		{"The recall covers model years 2021 to 24.", "agrees", "no range with a short end and no from: the first year alone"},
	})
	const march = "facts:\n  - id: p\n    claim: 4,000 people marched.\n    number: 4000\n    unit: people\n    about: [march]\n"
	assertVerdicts(t, march, "2025-10-14", []verdictCase{
		{"Police said 2000 to 2500 people joined the march.", "contradicts", "a word after the range that is no word of years: a count, read as such"},
	})
}

// A date in what a negation or a failure says was not proved is what the
// fact may not be: unsure. Proved, it is read.
func TestUnprovenDates(t *testing.T) {
	const years = "facts:\n  - id: y\n    claim: The abuse ran from 2014 to 2020.\n    date: 2014..2020\n    about: [abuse]\n"
	assertVerdicts(t, years, "2025-10-14", []verdictCase{
		{"The court said the Commission had failed to prove that the abuse began in 2011.", "unsure", "failed to prove: not proved"},
		{"The court could not confirm that the abuse began in 2011.", "unsure", "a negation before a verb of proof"},
		{"The court confirmed that the abuse began in 2011.", "contradicts", "proved: read"},
		{"The court found the abuse began in 2011.", "contradicts", "no verb of proof"},
		{"None of the files would show up until the abuse began in 2011.", "contradicts", "show up is no verb of proof"},
		{"It has not been shown up to now that the abuse began in 2011.", "unsure", "up to is no particle: shown is still a verb of proof"},
	})
}

// The first of a month as French and Portuguese write it ("1er mars",
// "1º de março") is day 1.
func TestFirstOfTheMonth(t *testing.T) {
	const change = "facts:\n  - id: d\n    claim: Prices change on 1 March 2026.\n    date: 2026-03-01\n    about: [valem | valent]\n"
	assertVerdicts(t, change, "2026-02-10", []verdictCase{
		{"Os novos preços valem a partir de 1º de março de 2026.", "agrees", "Portuguese 1º"},
		{"Os novos preços valem a partir de 1º de abril de 2026.", "contradicts", "and another month"},
		{"Les prix valent à partir du 1er mars 2026.", "agrees", "French 1er"},
	})
}

// A date that a figure is compared with ("than in", "compared with", "up
// 0.4% from August") is another time's, not the event's: unsure. A date
// after "from" with no figure and no word of change starts what the fact
// tells, and is read.
func TestComparedDates(t *testing.T) {
	const closed = "facts:\n  - id: closed\n    claim: The plant closed on 14 October 2025.\n    date: 2025-10-14\n    about: [closed | closure]\n"
	assertVerdicts(t, closed, "2025-10-20", []verdictCase{
		{"Output before the closure was 6.8% lower than in September 2024.", "unsure", "after \"than in\": the month compared with"},
		{"Output at the plant, which closed, fell 4% from August.", "unsure", "after a figure, a word of change and \"from\""},
		{"Compared with September 2024, output was low when the plant closed.", "unsure", "after \"compared with\""},
		{"The plant closed on 3 October.", "contradicts", "a date with no comparison is the event's"},
		{"The plant was closed from 3 October.", "contradicts", "\"from\" with no figure or change before it starts a span: read"},
		{"The plant, with 120 staff, closed from 3 October.", "contradicts", "a figure but no word of change before \"from\""},
		{"Output at the plant fell 4% from 3 October, when it closed.", "contradicts", "a day after from is when the change took effect, not a base"},
		{"The plant closed no earlier than 3 October.", "unsure", "no earlier than: a bound, which allows the sheet's day; never a contradiction"},
	})
}

// A day with no year that comes back every year, in a clause with a
// weekday in the plural or a word of every year, is no date of an event.
func TestRecurringDays(t *testing.T) {
	const closed = "facts:\n  - id: closed\n    claim: The museum closed on 28 March 2021 for works.\n    date: 2021-03-28\n    about: [closed]\n"
	assertVerdicts(t, closed, "2026-03-20", []verdictCase{
		{"Closed on Mondays, on 1 January, 1 May and 25 December.", "silent", "opening hours: days that come back every year"},
		{"The museum is closed every year on 1 May.", "silent", "every year"},
		{"The museum closed on 1 May.", "contradicts", "a day with no year in a clause of its own is an event's"},
		{"Open on Mondays. The museum closed on 28 March 2021.", "agrees", "a plural weekday in another sentence changes nothing"},
		{"It closed on Mondays until it closed for good on 1 May 2021.", "contradicts", "a day with its year is read"},
		{"The museum, which draws 10,000 people every year, closed on 1 May.", "contradicts", "every year far from the day, in another clause"},
		{"Curators, who meet on Mondays, closed the museum on 1 May.", "contradicts", "a plural weekday far from the day"},
		{"The museum closes on 1 May every year.", "silent", "every year right after the day"},
		{"The museum closed on 1 May and was shut on Mondays.", "contradicts", "a plural weekday in a verb phrase of its own"},
		{"Every year, the museum closes on 1 May for the holiday.", "unsure", "every year opening the sentence, further off"},
		{"The museum closes on Mondays and public holidays such as 1 May.", "unsure", "a plural weekday in the sentence"},
	})
}

// A date alone in brackets closing a list item dates the item, as a list
// of linked articles gives each one's date; in a sentence it dates the
// event.
func TestDatedListEntries(t *testing.T) {
	const reopened = "facts:\n  - id: reopened\n    claim: The museum reopened on 14 March 2026.\n    date: 2026-03-14\n    about: [reopening | reopened]\n"
	assertVerdicts(t, reopened, "2026-03-20", []verdictCase{
		{"Related:\n\n- [Museum sets a date for its reopening](/culture/museum-date) (November 4, 2025)\n- [Director named](/culture/director) (June 2, 2025)", "unsure", "a linked item's date in brackets is the linked article's"},
		{"Timeline:\n\n- Museum closes for works (June 2, 2023)\n- Museum reopened to the public (November 4, 2025)", "contradicts", "an item with no link: a timeline's date is its event's"},
		{"Related:\n\n- Museum sets a date for its reopening (November 4, 2025)\n- Director named (June 2, 2025)", "unsure", "an item under a related-articles heading, with no link"},
		{"MORE ON THIS STORY\n\n- Museum reopening delayed again (November 4, 2025)", "unsure", "so under a heading with no colon"},
		{"The museum reopened after six years (November 4, 2025).", "contradicts", "a sentence's date in brackets dates its event"},
		{"- The museum reopened on 4 November 2025 (a Tuesday)", "contradicts", "an item's date outside brackets dates its event"},
	})
}

// A date counted from the day of writing inside a quotation counts from
// the day it was said: in a source that dates the event rightly elsewhere,
// it yields to that date; alone, or in a transcript's line spoken on the
// transcript's day, it is read against the report's date.
func TestQuotedRelativeDates(t *testing.T) {
	const lost = "facts:\n  - id: lost\n    claim: The satellite was lost on 12 May 2026.\n    date: 2026-05-12\n    about: [lost]\n"
	assertVerdicts(t, lost, "2026-05-13", []verdictCase{
		{"The satellite was lost on Tuesday 12 May. \"Today we lost a satellite, not the mission,\" the director told reporters.", "agrees", "the quote's today was the day it was said"},
		{"\"Today we lost a satellite, not the mission,\" the director told reporters.", "contradicts", "alone, it is read against the report's date: most quotes are of the report's day (a source may date the saying elsewhere, \"said on Saturday\"), though a report of the next day would be right"},
		{"The satellite was lost on Tuesday 12 May. We lost a satellite today, the director told reporters.", "contradicts", "outside a quotation, today is the report's"},
		{"The satellite was lost on Tuesday 12 May.\n\nDIRECTOR: Today we lost a satellite, not the mission.", "contradicts", "a transcript's line is spoken on its day"},
	})
	const launch = "facts:\n  - id: launch\n    claim: Orion launched on 13 May 2026.\n    date: 2026-05-13\n    about: [launch*]\n"
	assertVerdicts(t, launch, "2026-05-13", []verdictCase{
		{"\"Today we launch Orion for every customer,\" said the chief executive. A pilot launched in March with ten banks.", "agrees", "an agreeing quoted today settles a coarser date of the source"},
	})
}

// A day ahead of the report after a word of the future is unsure for a
// fact that came before the report, or on its day: it may tell of something still to
// come. For a fact still to come it is read as ever.
func TestFutureDayForAPastFact(t *testing.T) {
	const vote = "facts:\n  - id: vote\n    claim: The board approved the cuts on 17 March 2026.\n    date: 2026-03-17\n    about: [approved | voted]\n"
	assertVerdicts(t, vote, "2026-03-20", []verdictCase{
		{"These excerpts are not the approved minutes, which will be considered on April 7.", "unsure", "a future day after the report, for a vote before it"},
		{"The board voted on March 10 to cut the jobs.", "contradicts", "a past day is read"},
		{"The board approved the cuts on 7 April 2026, the minutes will say.", "contradicts", "a day with its year is no word of the future's"},
		{"The board said more votes on approved cuts are planned for 2027.", "unsure", "a year after the report after a word of plans, for a vote before it"},
		{"The board will meet again in May 2026 to review the approved cuts.", "unsure", "a month with its year after a word of the future"},
		{"The board approved the cuts on 17 March 2027.", "contradicts", "a later year with no word of plans: a slip of the year"},
		{"The approved cuts go to the full council next Tuesday.", "unsure", "a day counted forward from the report, for a vote before it"},
		{"A second vote on approved cuts is expected on Thursday.", "unsure", "expected right before a weekday's preposition: the next one, ahead of the report"},
		{"Another vote on approved cuts is forecast for Thursday.", "unsure", "so forecast for"},
		{"A vote on approved cuts was expected on Thursday.", "contradicts", "was expected: the last Thursday as well, and neither agrees"},
		{"The board approved the cuts and raised its forecast on Thursday.", "contradicts", "forecast as a noun, after its: no plan, the last Thursday"},
	})
	assertVerdicts(t, vote, "2026-03-17", []verdictCase{
		{"The approved cuts will take effect on April 7.", "unsure", "a future day after a report of the fact's own day"},
	})
	const reopen = "facts:\n  - id: reopen\n    claim: The museum reopens on 14 April 2026.\n    date: 2026-04-14\n    about: [reopen*]\n"
	assertVerdicts(t, reopen, "2026-03-20", []verdictCase{
		{"The museum will reopen on April 7.", "contradicts", "for a fact still to come, a future day disagrees"},
	})
}

// A sentence about the text itself dates the text, not the event.
func TestSentenceAboutTheText(t *testing.T) {
	const release = "facts:\n  - id: release\n    claim: Version 8.0.0 was released on 1 April 2026.\n    date: 2026-04-01\n    about: [8.0.0]\n"
	assertVerdicts(t, release, "2026-05-02", []verdictCase{
		{"This article was updated on April 29 to add the date of the 8.0.0 release.", "unsure", "an update of the article"},
		{"This release, 8.0.0, came out on April 29.", "contradicts", "this before another noun speaks of the event"},
		{"The article says 8.0.0 came out on April 29.", "contradicts", "another article's claim is read"},
		{"This article was updated on April 30 to add that 8.0.0 was released on April 29.", "contradicts", "a date not of the update is read"},
		{"Correction: This article was amended on April 29 to fix the 8.0.0 release notes link.", "unsure", "a correction's label before the sentence about the text"},
		{"Correction: This release, 8.0.0, came out on April 29.", "contradicts", "a label before this and another noun: the event"},
		{"Correction: the 8.0.0 release notes say this article was amended on April 29.", "contradicts", "this after the label's first word is read"},
		{"A version of this article about 8.0.0 appears in print on April 29, Section B, Page 2.", "unsure", "a paper's footer dates its print edition"},
		{"A version of the notes says 8.0.0 came out on April 29.", "contradicts", "a version of anything else is no footer"},
	})
	const disclosed = "facts:\n  - id: disclosed\n    claim: The flaw was disclosed on 10 June 2025.\n    date: 2025-06-10\n    about: [published | disclosed]\n    said_dates: true\n"
	assertVerdicts(t, disclosed, "2025-06-13", []verdictCase{
		{"Published June 13, 2025.", "unsure", "a footer's label line dates the page"},
		{"Published June 10, 2025.", "agrees", "which may be the fact's own date"},
		{"The maintainers published the advisory on June 13, 2025, after a review.", "contradicts", "a sentence that tells of publishing is read"},
	})
}

// A date beside another version than the claim's may be that version's
// release.
func TestDateOfAnotherVersion(t *testing.T) {
	const release = "facts:\n  - id: release\n    claim: Quarrel 6.0.0 was released on Tuesday, 14 April 2026.\n    date: 2026-04-14\n    about: [released | shipped]\n"
	assertVerdicts(t, release, "2026-04-16", []verdictCase{
		{"Quarrel 5.8.3, released on February 10, is the last of the 5.x line.", "unsure", "another version's release date"},
		{"The team shipped version 5.9 on March 3 as a preview.", "unsure", "another version after a cue"},
		{"Quarrel 5.9 was shipped on March 3.", "unsure", "another version by the product's name"},
		{"Quarrel 6.0.0 was released on April 15.", "contradicts", "the claim's version"},
		{"Quarrel 6.0 was released on April 15.", "contradicts", "the claim's version without its last zero"},
		{"Quarrel 6.0.0 was released on April 15, two months after 5.8.3.", "contradicts", "the claim's version beside another"},
		{"The new major release was shipped on April 15.", "contradicts", "no version named: read as before"},
		{"About 2.5 million users were shipped the update on April 15.", "contradicts", "a decimal is no version"},
	})
	const plain = "facts:\n  - id: release\n    claim: The new engine was released on Tuesday, 14 April 2026.\n    date: 2026-04-14\n    about: [released | shipped]\n"
	assertVerdicts(t, plain, "2026-04-16", []verdictCase{
		{"Quarrel 5.8.3, released on February 10, is the last of the 5.x line.", "contradicts", "a claim that names no version doubts none"},
	})
}

// A date a semicolon parts from every term of the fact stands in a clause
// of its own.
func TestDateAcrossASemicolon(t *testing.T) {
	const release = "facts:\n  - id: release\n    claim: PetrelDB 7.5.0 was released on 21 April 2026.\n    date: 2026-04-21\n    about: [7.5.0]\n"
	assertVerdicts(t, release, "2026-03-05", []verdictCase{
		{"Nothing changes for you this week; when 7.5.0 is out, moving to PetrelDB is one command.", "unsure", "this week is another clause's"},
		{"The team shipped 7.5.0 on Tuesday; users moved at once.", "contradicts", "the date in the term's clause"},
		{"Users moved at once; 7.5.0 shipped on Tuesday.", "contradicts", "the term's clause after the semicolon holds the date"},
		{"7.5.0 was delayed twice; it finally shipped on Tuesday.", "unsure", "after a semicolon even a pronoun may start another subject's clause ('PetrelDB drops v1; it was deprecated on April 28')"},
	})
}

// A date after a noun and "of" (del, de, dos, du...) is that noun's date;
// after a stretch of time ("the night of") it is the sentence's.
func TestDateOfANounAfterVan(t *testing.T) {
	const turnout = "facts:\n  - id: turnout\n    claim: Turnout was 41.3 percent.\n    number: 41.3\n    unit: percent | procent\n    about: [opkomst | Wahlbeteiligung]\n  - id: vote\n    claim: The vote was on 4 November 2025.\n    date: 2025-11-04\n    about: [verkiezingen | Wahl]\n"
	assertVerdicts(t, turnout, "2025-11-20", []verdictCase{
		{"Bij de verkiezingen van 2022 lag de opkomst op ruim 52 procent.", "unsure", "Dutch van dates the elections: a clause of another year"},
		{"Bei der Wahl von 2022 lag die Wahlbeteiligung bei 52 Prozent.", "unsure", "so German von"},
		{"Bij de verkiezingen lag de opkomst op ruim 52 procent.", "contradicts", "no year: the story's"},
	})
}

func TestDatesMoved(t *testing.T) {
	const vote = "facts:\n  - id: vote\n    claim: The referendum was first set for June 2026.\n    date: 2026-06\n    about: [referendum]\n"
	assertVerdicts(t, vote, "2026-04-02", []verdictCase{
		{"Officials postponed the referendum from June to December 2027.", "agrees", "a moved date: June is the old one, in the report's year, no range"},
		{"The referendum has been postponed once already, from June to December 2027.", "agrees", "the moved word further back, over a comma"},
		{"The referendum campaign runs from June to December 2027.", "contradicts", "no word of moving: one range in 2027"},
		{"Het referendum werd van 2026 naar 2027 verschoven.", "agrees", "van and a year before naar: from, no noun's year"},
	})
}

func TestDateOfACoordinatedVerb(t *testing.T) {
	const opened = "facts:\n  - id: opened\n    claim: The bridge opened to traffic in 1971.\n    date: 1971\n    about: [opened]\n"
	assertVerdicts(t, opened, "2026-04-02", []verdictCase{
		{"The deck was assembled in 1970 and opened to traffic soon after.", "silent", "the date after assembled is its event's: and joins the fact's verb"},
		{"The deck was assembled in 1970 and then opened to traffic.", "silent", "so with then between"},
		{"The deck was assembled in 1969 and opened in 1970.", "contradicts", "the fact's verb has a date of its own"},
		{"The deck was assembled and opened in 1970.", "contradicts", "the date after the fact's verb is its"},
		{"The deck opened in 1970 and closed in 2020.", "contradicts", "and after the date with another verb: the date is the fact's"},
		{"The deck was opened in 1970 and opened to lorries later.", "contradicts", "a participle that is the fact's own term keeps its date"},
		{"The deck was assembled in 1970 and the city opened it to traffic.", "silent", "a subject of its own between and and the fact's verb"},
		{"The deck was assembled in 1970 and, the city said, opened it.", "contradicts", "a comma after and: no subject skipped"},
	})
	const out = "facts:\n  - id: out\n    claim: The miners walked out on 11 March 2025.\n    date: 2025-03-11\n    about: [walked out]\n"
	assertVerdicts(t, out, "2025-03-12", []verdictCase{
		{"Six miners walked in on Sunday and six miners walked out.", "silent", "walked in, with its particle, is another verb than the fact's walked out"},
		{"Six miners walked out on Sunday and six miners walked in.", "contradicts", "the fact's own verb before the date"},
	})
}

func TestDateOfANoun(t *testing.T) {
	const collapse = "facts:\n  - id: collapse\n    claim: The bridge collapsed on Saturday 15 August 2026.\n    date: 2026-08-15\n    about: [collapse]\n"
	assertVerdicts(t, collapse, "2026-08-18", []verdictCase{
		{"A fund was set up for the victims of Thursday night's collapse of the bridge.", "contradicts", "a possessive date before the fact's term after of dates the term, not the noun before of"},
		{"A fund was set up for the victims of Saturday night's collapse.", "agrees", "and agrees when it is the fact's day"},
	})
	const certified = "facts:\n  - id: certified\n    claim: The commission certified the results on 19 March 2026.\n    date: 2026-03-19\n    about: [certified | certificó | certificou | certificò]\n"
	assertVerdicts(t, certified, "2026-03-25", []verdictCase{
		{"La comisión certificó los resultados de las elecciones del 8 de marzo.", "silent", "the election's date is the election's: the sentence gives none of the certifying"},
		{"A comissão certificou os resultados das eleições de 8 de março.", "silent", "so in Portuguese"},
		{"The commission certified the results of the election of 8 March.", "silent", "so in English"},
		{"The commission certified the results on the night of 8 March.", "contradicts", "a stretch of time before of: the sentence's date"},
		{"The commission certified the results on the fourteenth of March.", "agrees", "a day spelled out before of is no noun: the month is read"},
		{"The commission certified the results on the twenty-first of March.", "agrees", "a compound ordinal is read from its last part"},
		{"The commission certified the results of the growth of 8 March.", "silent", "a noun ending like an ordinal is still a noun the date belongs to"},
		{"The commission certified the results in the early hours of 8 March.", "contradicts", "the early hours of a day are the sentence's"},
		{"La comisión certificó los resultados al amanecer del 8 de marzo.", "contradicts", "dawn of a day is the sentence's, in Spanish"},
		{"La commissione certificò i risultati all'alba dell'8 marzo.", "contradicts", "and in Italian"},
		{"La comisión certificó los resultados el 8 de marzo de 2026.", "contradicts", "a date with no noun before it"},
		{"La comisión certificó los resultados a partir del 8 de marzo de 2026.", "contradicts", "a partir del: a stretch of time, the sentence's date"},
		{"La comisión certificó los resultados la madrugada del 8 de marzo.", "contradicts", "la madrugada del: the early hours of a day, the sentence's date"},
		{"A comissão certificou os resultados na madrugada de 8 de março.", "contradicts", "so in Portuguese"},
		{"La comisión certificó los resultados poco antes de la medianoche del 8 de marzo.", "contradicts", "la medianoche del: a time of day, the sentence's date"},
		{"The commission certified the results just before midnight of 8 March.", "contradicts", "so in English"},
		{"The commission certified the results for the matinee of 8 March.", "silent", "a matinee is a show the date belongs to, no time of day"},
		{"La comisión certificó los resultados de las elecciones generales del 8 de marzo.", "silent", "a noun with an adjective before del: the election's date"},
	})
	const report = "facts:\n  - id: report\n    claim: The inquiry report was issued on 28 August 2024.\n    date: 2024-08-28\n    about: [Prüfbericht]\n"
	assertVerdicts(t, report, "2024-09-10", []verdictCase{
		{"Der Prüfbericht der Hochschule in Kassel vom 28. Juli nennt elf Fälle.", "contradicts", "vom after a genitive and a place dates the noun before them, the fact's"},
		{"Der Prüfbericht der Hochschule vom 28. Juli nennt elf Fälle.", "contradicts", "so after a genitive alone"},
		{"Der Prüfbericht nennt die Sitzung der Kommission vom 28. Juli.", "silent", "a noun not of the fact heads the genitive: its date"},
	})
}

// A date right after a figure that a noun holds through "of" is when that
// figure held ("a closing price of $66.29 on Friday"), not the date of the
// sentence's event.
func TestDateOfAFigure(t *testing.T) {
	const announced = "facts:\n  - id: announced\n    claim: The two firms announced the merger on Monday 9 March 2026.\n    date: 2026-03-09\n    said_dates: true\n    about: [announced | said]\n"
	assertVerdicts(t, announced, "2026-03-09", []verdictCase{
		{"The offer is 23% above the closing price of $66.29 on Friday, the firms said.", "silent", "Friday is the closing price's day"},
		{"The offer beats a high of 31 dollars on Thursday, the firms said.", "silent", "with a unit word after the figure"},
		{"The offer is 23% above the closing price of $66.29, the firms said on Friday.", "contradicts", "Friday next to the verb of saying dates the announcement"},
		{"The firms announced the offer of $66.29 on Friday.", "silent", "the verb's object holds the figure: Friday may be either's, so it is left out, never a contradiction"},
		{"The firms announced on Friday an offer of $66.29.", "contradicts", "a date before the figure is the verb's"},
		{"The offer is 23% above the price, the firms said on Friday, 6 March.", "contradicts", "the date after a comma is no figure's"},
	})
}

// A paragraph that is only a date heads a live blog's day: the relative
// dates below it, up to the next one, count from that day, not from the
// publication date. A heading whose weekday is not its date's, a date in
// a sentence, or a date line with other words is no heading.
func TestDateHeadingsDateTheEntriesBelow(t *testing.T) {
	const aground = "facts:\n  - id: aground\n    claim: The ferry ran aground on 7 April 2025.\n    date: 2025-04-07\n    about: [aground]\n"
	assertVerdictsIn(t, "a.md", aground, "2025-04-09", []verdictCase{
		{"# Live\n\n## Tuesday, April 8\n\nDivers inspected the ferry that ran aground yesterday.\n", "agrees", "yesterday counts from the heading's day, the 8th"},
		{"# Live\n\n## Monday, April 7\n\nThe ferry ran aground tonight.\n", "agrees", "tonight is the heading's day"},
		{"# Live\n\n## Wednesday, April 9\n\nA diver spoke.\n\n## Monday, April 7\n\nThe ferry ran aground tonight.\n", "agrees", "the latest heading above the sentence counts, not the first"},
		{"# Live\n\n## Monday 7 April 2025 21.05 CEST\n\nThe ferry ran aground tonight.\n", "agrees", "a stamp with a clock time and a zone is a heading too"},
		{"# Live\n\nThe ferry ran aground tonight.\n\n## Monday, April 7\n\nA diver spoke.\n", "contradicts", "a heading dates only what stands below it: tonight above it is the 9th"},
		{"# Live\n\n## Tuesday, April 8\n\nThe ferry ran aground on Sunday.\n", "contradicts", "a disagreeing weekday counts from the heading as well: the 6th"},
		{"# Live\n\n## Friday, April 8\n\nThe ferry ran aground tonight.\n", "contradicts", "a weekday that is not the date's makes no heading: tonight is the 9th"},
		{"# Live\n\n## Updated April 8\n\nThe ferry ran aground tonight.\n", "contradicts", "other words make it no heading"},
		{"# Live\n\nA diver spoke on April 8.\n\nThe ferry ran aground tonight.\n", "contradicts", "a date in a sentence heads nothing"},
		{"# Ferry\n\n### 2 June 2022\n\nThe ferry was launched.\n\nThe ferry ran aground yesterday.\n", "contradicts", "a heading years before the publication is a timeline's: yesterday counts from the publication, the 8th"},
		{"# Ferry\n\n### 2 June 2022\n\nThe ferry was launched.\n\nThe ferry ran aground two days ago.\n", "agrees", "a timeline's heading dates no writing: two days before publication"},
		{"# Live\n\n## Monday, April 7\n\nA diver spoke.\n\n## What happens next\n\nThe ferry that ran aground tonight will be towed.\n", "contradicts", "a heading of the same level ends the day's section: tonight is the day of publication, the 9th"},
		{"# Live\n\n## Monday, April 7\n\n### 21:05\n\nThe ferry ran aground tonight.\n", "agrees", "a lower heading, a post's time, stays in the day's section"},
		{"# Ferry aground\n\n5 April 2025\n\nThe ferry ran aground two days ago.\n", "unsure", "a date line that disagrees with published: from it the 3rd, from published the 7th; neither certain"},
		{"# Changelog\n\n## 2025-04-07 — Ferry service suspended\n\nThe ferry ran aground today.\n", "agrees", "a changelog's heading, a day and a title after a dash, dates its entry"},
		{"# Changelog\n\n## 2025-04-08 — Ferry service suspended\n\nThe ferry ran aground today.\n", "contradicts", "today is the heading's day, the 8th"},
		{"# Ferry\n\nOn 2025-04-07 — a Monday — the weather turned.\n\nThe ferry ran aground today.\n", "contradicts", "a date before a dash in a sentence of text heads nothing: today is the 9th"},
	})
	assertVerdictsIn(t, "a.txt", aground, "2025-04-09", []verdictCase{
		{"Ferry live\n\nDienstag, 8. April 2025\n\nThe ferry ran aground yesterday.\n", "agrees", "a plain-text heading, its weekday in another language"},
	})
}

// A located sentence with no date of its own, under a date heading of
// markup (or one of several), takes the heading's day: it agrees when that
// is the sheet's, and another day is unsure, never a contradiction. A
// sentence of the future, a sentence with a date of its own (not one after
// "since" or of another era), or one under a lone date line of plain text
// is not dated so, unless a time stamps its entry (a plain-text live blog).
func TestDateHeadingsDateUndatedEntries(t *testing.T) {
	const aground = "facts:\n  - id: aground\n    claim: The ferry ran aground on 7 April 2025.\n    date: 2025-04-07\n    about: [aground]\n"
	assertVerdictsIn(t, "a.md", aground, "2025-04-07", []verdictCase{
		{"# Live\n\n## Monday, April 7\n\n21:05 — The ferry has run aground off the point.\n", "agrees", "the entry's heading is the sheet's day"},
		{"# Live\n\n## Sunday, April 6\n\n21:05 — The ferry has run aground off the point.\n", "unsure", "another day's heading: an entry may tell of another day"},
		{"# Live\n\n## Monday, April 7\n\nThe ferry may run aground on the bar if the wind turns, the pilot will warn.\n", "silent", "a sentence of the future is not dated by its heading"},
		{"# Live\n\n## Sunday, April 6\n\nThe ferry ran aground on 7 April.\n", "agrees", "a date of its own is read, not the heading's"},
		{"# Changelog\n\n## 2025-04-07 — Service notes\n\nThe ferry ran aground off the point.\n", "agrees", "a changelog's titled heading dates its entry"},
		{"# Changelog\n\n## 2025-04-07\n\nThe ferry ran aground for the first time since its refit in May 2021.\n", "agrees", "a date outside the sheet's years is none of the entry's own: the heading dates it"},
		{"# Changelog\n\n## 2025-04-06\n\nThe ferry ran aground for the first time since its refit in May 2021.\n", "unsure", "and another day's heading is unsure"},
	})
	assertVerdictsIn(t, "a.txt", aground, "2025-04-07", []verdictCase{
		{"Ferry news\n\nSunday, 6 April 2025\n\nThe ferry ran aground off the point.\n", "silent", "a lone date line of plain text heads no entries"},
		{"Ferry news\n\nMonday, 7 April 2025\n\n21:05 - The ferry has run aground off the point.\n", "agrees", "unless a time stamps the entry: a plain-text live blog of one day"},
		{"Ferry news\n\nSunday, 6 April 2025\n\n21:05 - The ferry has run aground off the point.\n", "unsure", "and another day is unsure there too"},
	})
	assertVerdictsIn(t, "a.md", aground, "2025-06-20", []verdictCase{
		{"# Changelog\n\n## 2025-06-18\n\nNew timetable.\n\n## 2025-04-07\n\nThe ferry ran aground off the point.\n", "agrees", "a changelog's heading months before the publication still dates its entries"},
		{"# Changelog\n\n## 2025-06-18\n\nNew timetable.\n\n## 2025-04-09\n\nThe ferry ran aground off the point.\n", "unsure", "and another day is unsure"},
		{"# Changelog\n\n## 2025-04-09\n\nThe ferry ran aground yesterday.\n", "contradicts", "a relative date under a heading far from the publication counts from the publication: 19 June"},
	})
	assertVerdictsIn(t, "a.txt", aground, "2025-06-20", []verdictCase{
		{"Ferry news\n\n9 April 2025\n\nThe ferry ran aground off the point.\n", "silent", "a date alone in plain text far from the publication heads nothing"},
	})
}

// A time of day before "of" and a date says when the event happened: "a
// las 2.40 horas del 3 de marzo" dates the detection, not the hours.
func TestDateAfterAClock(t *testing.T) {
	const found = "facts:\n  - id: found\n    claim: The intrusion was detected on 3 March 2025.\n    date: 2025-03-03\n    about: [detectada]\n"
	assertVerdicts(t, found, "2025-10-16", []verdictCase{
		{"La intrusión fue detectada a las 2.40 horas del 3 de marzo.", "agrees", "horas del: the date of the detection"},
		{"La intrusión fue detectada a las 2.40 hora local del 4 de marzo.", "contradicts", "hora local del: the same, another day"},
	})
}

// A day counted from the report, written with a capital right after a
// capitalised word or a name's "'s", is a word of a name: no date.
func TestTodayInAName(t *testing.T) {
	const hike = "facts:\n  - id: hike\n    claim: The bank raised rates on 14 October 2025.\n    date: 2025-10-14\n    about: [raised]\n"
	assertVerdicts(t, hike, "2025-10-16", []verdictCase{
		{"The bank raised rates, Governor Lind told Alderia Today.", "silent", "an outlet's name"},
		{"The bank raised rates, Lind told the BBC's Today programme.", "silent", "a programme's name after a possessive"},
		{"Today the bank raised rates.", "contradicts", "a capital opening the sentence is no name"},
		{"The bank raised rates today, Lind said.", "contradicts", "in lower case it is the day of the report"},
		{"The bank raised rates on Tuesday, Lind told Alderia Today.", "agrees", "the weekday is read; the name is not"},
	})
}

// A month alone written with a capital before a capitalised word is a
// given name, unless a preposition or a word such as "last" stands before
// it, or the line is a headline in title case.
func TestMonthsThatAreNames(t *testing.T) {
	const collapse = "facts:\n  - id: collapse\n    claim: The mine collapsed on 14 October 2025.\n    date: 2025-10-14\n    about: [derrumbe | collapse]\n"
	assertVerdicts(t, collapse, "2025-10-16", []verdictCase{
		{"Uno de los mineros, Julio Ortega, murió en el derrumbe.", "silent", "a month written with a capital before a capitalised word is a given name"},
		{"The collapse killed June Almeida, a driller.", "silent", "so in English"},
		{"In June Smith warned of a collapse.", "contradicts", "after a preposition it stays a month"},
		{"El derrumbe ocurrió en julio.", "contradicts", "a month in lower case is read"},
		{"The mine reported a collapse last June Reuters said.", "contradicts", "after last it stays a month"},
		{"Mine Collapse Traps Miners In June After Heavy Rain", "contradicts", "a headline in title case: its capitals name nothing"},
	})
}

// "the first (worst, largest ...) since DATE, when ..." dates an earlier
// event of the kind, which the clause after "when" tells of: its date and
// its values are no contradiction of the event "since" counts from.
// Without a superlative, the clause dates the state's start as any date.
func TestSinceWhenIsAnEarlierEvent(t *testing.T) {
	const hikeFact = "  - id: hike\n    claim: The bank raised rates on 14 October 2025.\n    date: 2025-10-14\n    about: [increase | raised]\n"
	const sizeFact = "  - id: size\n    claim: The rise was 50 basis points.\n    number: 50\n    unit: basis points\n    about: [increase | raised]\n    within: 15\n"
	const hike, size = "facts:\n" + hikeFact + sizeFact, "facts:\n" + sizeFact + hikeFact
	assertVerdicts(t, hike, "2025-10-16", []verdictCase{
		{"It was the first increase since March 2024, when the bank raised rates by 25 basis points.", "unsure", "the date of the earlier rise"},
		{"It was the first increase since March 2024.", "silent", "since alone starts a span, as before"},
		{"The bank raised rates in March 2024, when inflation peaked.", "contradicts", "no since: the date is the raise's"},
		{"Rates have been high since March 2024, when the bank raised them.", "contradicts", "no superlative: since and when date the raise the state counts from"},
		{"Rates have been raised since March 2024, when inflation peaked.", "unsure", "the terms only before since: the date is of the clause after when, another event"},
	})
	assertVerdicts(t, size, "2025-10-16", []verdictCase{
		{"It was the first increase since March 2024, when the bank raised rates by 25 basis points.", "unsure", "the earlier rise's size"},
		{"The 50 basis point increase was the first since March 2024, when the bank added 25 basis points.", "agrees", "this rise's size before since agrees"},
		{"It was the biggest move since 2019, when the bank raised rates by 75 basis points.", "unsure", "the earlier rise's size, the terms in its clause too"},
	})
}

// A verb of denial that also says someone was sacked ("dismissed") does
// not make a firm date less than firm: a coarser date of another sacking
// in the source yields to it.
func TestDismissedStatesADate(t *testing.T) {
	const sacked = "facts:\n  - id: sacked\n    claim: The coach was dismissed on 9 November 2025.\n    date: 2025-11-09\n    about: [dismissed]\n"
	assertVerdicts(t, sacked, "2025-11-11", []verdictCase{
		{"Langeveld was dismissed on 9 November.\n\nBellandi had been without a club since Carrano dismissed him in March.", "agrees", "the firm day settles the other sacking's month"},
		{"Langeveld was dismissed on 8 November.", "contradicts", "another day is read as ever"},
	})
}

// "Not ... until" after the fact's term says when the thing happened: the
// negation before the term then casts no doubt on the date.
func TestNotUntil(t *testing.T) {
	const lifted = "facts:\n  - id: lifted\n    claim: The order was lifted on 16 April 2026.\n    date: 2026-04-16\n    about: [lifted | levantó]\n"
	assertVerdicts(t, lifted, "2026-04-18", []verdictCase{
		{"The evacuation order was not lifted until Friday evening.", "contradicts", "not lifted until Friday: lifted on Friday, the 17th"},
		{"The evacuation order was not lifted until late Thursday.", "agrees", "one word between the term and until"},
		{"The evacuation order wasn't lifted till Friday.", "contradicts", "a contracted not and till"},
		{"The evacuation order was not lifted on Friday.", "unsure", "no until: the negated term may say when it did not happen"},
	})
}

// A week, month or year counted from the report before "'s" and a noun
// dates that noun: "this week's podcast" is no date of the fact's event,
// where "last week's release" is; a weekday's possessive ("during
// Tuesday's keynote") dates the event the fact's happened in.
func TestPeriodOfANoun(t *testing.T) {
	const released = "facts:\n  - id: released\n    claim: Version 5.0 was released on 7 April 2026.\n    date: 2026-04-07\n    about: [release | released]\n"
	assertVerdicts(t, released, "2026-04-16", []verdictCase{
		{"On this week's podcast, the manager explains how the release went.", "unsure", "this week's podcast: the podcast's week"},
		{"This week's release went smoothly.", "contradicts", "this week's release: the release's own week"},
		{"Last week's release went smoothly.", "agrees", "and the right week agrees"},
		{"The release came this week.", "contradicts", "no possessive: the release's week"},
		{"Version 5.0 was released during Tuesday's keynote.", "contradicts", "a weekday's possessive dates the event the fact's happened in"},
		{"Tuesday's release went smoothly.", "contradicts", "the fact's own noun after the possessive: its day"},
		{"Tuesday's decision to ship the release surprised users.", "contradicts", "a possessive subject, no setting: read as before"},
	})
}

// French "hier" is yesterday in a sentence that reads French; Dutch and
// German write "hier" for here.
func TestFrenchHier(t *testing.T) {
	const sheet = "facts:\n  - id: switch\n    claim: The firm switched its service on 14 April 2026.\n    date: 2026-04-14\n    about: [basculé | switch]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"La société a basculé hier son service.", "agrees", "a French sentence: yesterday"},
		{"La société a basculé hier soir son service.", "agrees", "hier soir: yesterday evening"},
		{"De switch is hier gebeurd.", "silent", "Dutch: here"},
		{"Der switch war hier.", "silent", "German: here"},
	})
	assertVerdicts(t, sheet, "2026-04-17", []verdictCase{
		{"La société a basculé hier son service.", "unsure", "a day of another language that disagrees is unsure, as gestern is"},
	})
}

// In a source dated to no day, a weekday's week is unknown, but its
// weekday is not: another weekday than the fact's day contradicts in
// every week, the same one agrees (without settling the source). A
// relative date of another kind stays unresolved, and a fact of a month
// or of a week or more has no weekday to compare.
func TestWeekdayOfAnUndatedSource(t *testing.T) {
	const vote = "facts:\n  - id: vote\n    claim: The council voted on Tuesday 14 October 2025.\n    date: 2025-10-14\n    about: [voted]\n"
	cases := []verdictCase{
		{"The council voted on Wednesday to approve the plan.\n", "contradicts", "a Wednesday is never 14 October 2025, a Tuesday"},
		{"The council voted on Tuesday to approve the plan.\n", "agrees", "the fact's weekday"},
		{"The council voted in the early hours of Wednesday.\n", "contradicts", "the early hours of a weekday are that weekday"},
		{"The council voted yesterday to approve the plan.\n", "silent", "a day counted from the report cannot be placed"},
		{"The council voted in the early hours of Monday.\n", "contradicts", "no day of the report, so no report's own weekday to doubt a Monday by"},
		{"The vote, originally planned for Monday, went ahead a day later.\n", "silent", "another date counts from the weekday: it is not the only date, and not compared alone"},
		{"The council voted on Tuesday, 14 October.\n", "agrees", "a weekday with its day is read as the day"},
		{"The council voted on Wednesday, 15 October.\n", "contradicts", "the day as ever"},
	}
	assertVerdictsIn(t, "a.md", vote, "", cases)
	assertVerdictsIn(t, "a.md", vote, "2025-10", []verdictCase{
		{"The council voted on Wednesday to approve the plan.\n", "contradicts", "a source dated to the month: its Wednesdays hold the 14th's days around it, but no Wednesday is a Tuesday"},
		{"The council voted on Tuesday to approve the plan.\n", "agrees", "the month's Tuesdays hold the fact's day"},
	})
	const week = "facts:\n  - id: vote\n    claim: The council met in the week of 13 October 2025.\n    date: 2025-10-13..2025-10-19\n    about: [met]\n"
	assertVerdictsIn(t, "a.md", week, "", []verdictCase{
		{"The council met on Wednesday.\n", "silent", "a week holds every weekday: nothing to compare"},
	})
	const days = "facts:\n  - id: vote\n    claim: The council met on 14 and 15 October 2025.\n    date: 2025-10-14..2025-10-15\n    about: [met]\n"
	assertVerdictsIn(t, "a.md", days, "", []verdictCase{
		{"The council met on Wednesday.\n", "agrees", "the 15th, a Wednesday, is one of the fact's days"},
		{"The council met on Friday.\n", "contradicts", "no day of the fact's is a Friday"},
	})
}

// Days written day first and joined by a word of another language ("al",
// "au", "bis", "tot", "a") are one range, as "14 to 16 April" is: the
// end alone is no date of the event. A join word before a number that is
// no day of a month stays out of the date.
func TestDayRangesOfOtherLanguages(t *testing.T) {
	const strike = "facts:\n  - id: strike\n    claim: The strike began on 14 April 2026.\n    date: 2026-04-14\n    about: [sciopero | huelga | grève | Streik | staking | greve]\n"
	assertVerdictsIn(t, "a.md", strike, "2026-04-20", []verdictCase{
		{"Lo sciopero dal 14 al 16 aprile ha fermato i voli.\n", "agrees", "Italian: the range holds the fact's day, no 16 April alone"},
		{"La huelga del 14 al 16 de abril paralizó el país.\n", "agrees", "Spanish, with de before the month"},
		{"La grève du 14 au 16 avril a paralysé le pays.\n", "agrees", "French au"},
		{"Der Streik vom 14. bis 16. April legte das Land lahm.\n", "agrees", "German, with ordinal dots"},
		{"Der Streik dauerte vom 14. bis 16. April.\n", "agrees", "vom after a verb opens the range: from, not the of of a noun's date"},
		{"De staking van 14 tot 16 april legde het land plat.\n", "agrees", "Dutch tot"},
		{"A greve de 14 a 16 de abril parou o país.\n", "agrees", "Portuguese a"},
		{"La grève du 20 mars au 4 avril a paralysé le pays.\n", "contradicts", "a range over two months that misses the fact's day"},
		{"Der Streik dauerte am 16. April bis 18 Uhr.\n", "contradicts", "bis before an hour: 16 April alone, no range"},
	})
}

// For a fact of a saying, a date right after one of its verbs of saying
// dates the saying, though a term of another group stands in a clause
// that "after" governs before it.
func TestSayingDateAfterACountedClause(t *testing.T) {
	const disclosed = "facts:\n  - id: disclosed\n    claim: The firm disclosed the breach on 9 September 2025.\n    date: 2025-09-09\n    said_dates: true\n    about:\n      - breach | hackers\n      - said | confirmed\n"
	assertVerdictsIn(t, "a.md", disclosed, "2025-09-10", []verdictCase{
		{"The firm has apologised after hackers took the data of its shoppers, the firm confirmed on Tuesday.\n", "agrees", "the date right after the verb of saying dates the saying: Tuesday the 9th"},
		{"The firm has apologised after hackers took the data of its shoppers, the firm confirmed on Monday.\n", "contradicts", "and another day contradicts"},
	})
	const breach = "facts:\n  - id: breach\n    claim: Hackers took the data on 1 September 2025.\n    date: 2025-09-01\n    about:\n      - breach | hackers\n      - said | confirmed | took\n"
	assertVerdictsIn(t, "a.md", breach, "2025-09-10", []verdictCase{
		{"The firm has apologised after hackers took the data of its shoppers, the firm confirmed on Tuesday.\n", "silent", "no fact of a saying: the date of the confirming is no date of the breach"},
	})
	const resignation = "facts:\n  - id: resignation\n    claim: The director's resignation was announced on 17 March 2025.\n    date: 2025-03-17\n    said_dates: true\n    about: [resignation | resigned]\n"
	assertVerdictsIn(t, "a.md", resignation, "2025-03-18", []verdictCase{
		{"Six concerts were cancelled, following the resignation of the director, announced on Monday 17 March.\n", "agrees", "a participle of announcing after a comma dates the saying of the term before it"},
		{"Six concerts were cancelled, following the resignation of the director, announced on Sunday 16 March.\n", "contradicts", "and another day contradicts"},
		{"Six concerts were cancelled following the resignation of the director, the orchestra announced on Sunday 16 March.\n", "silent", "a verb of announcing with a subject of its own: the cancelling's announcement"},
		{"Six concerts were cancelled following the director's resignation over the merger, announced on Sunday 16 March.\n", "silent", "a phrase of another noun between: the participle may be the merger's"},
	})
}

// A sentence whose only terms of the fact are participles standing as
// adjectives before a noun ("the derailed cars", "the stolen pieces")
// tells of the thing: a date or time in it that disagrees is unsure.
func TestTermsAsAdjectives(t *testing.T) {
	const derailed = "facts:\n  - id: derailed\n    claim: The train derailed on 10 March 2026.\n    date: 2026-03-10\n    about: [derailed | derailment]\n"
	assertVerdicts(t, derailed, "2026-03-16", []verdictCase{
		{"The last of the derailed cars was moved on Sunday.", "unsure", "the term describes the cars: Sunday dates the moving"},
		{"The train derailed on Sunday.", "contradicts", "the term as the verb dates the event"},
		{"The derailed train was moved on Tuesday, March 10.", "agrees", "an agreeing date still agrees"},
		{"Crews cleared the derailed cars on Sunday after the derailment.", "contradicts", "another term that is no adjective locates the event as before"},
	})
	const landed = "facts:\n  - id: landed\n    claim: The probe landed on 2 April 2027.\n    date: 2027-04-02\n    about: [landed | landing]\n"
	assertVerdicts(t, landed, "2027-04-03", []verdictCase{
		{"Images of the landing site will be released on Saturday.", "unsure", "the term describes a place: Saturday dates the images"},
		{"The landing team gathered in Turin on Saturday.", "unsure", "or a group"},
		{"The landing took place on Saturday.", "contradicts", "the term as the subject names the event"},
		{"The landing date was Saturday.", "contradicts", "a noun of the event's own is no place nor thing"},
		{"The landing craft touched down on Saturday.", "contradicts", "nor its vehicle"},
	})
	const shed = "facts:\n  - id: shed\n    claim: The shed fire started on 10 March 2026.\n    date: 2026-03-10\n    about: [shed]\n"
	assertVerdicts(t, shed, "2026-03-16", []verdictCase{
		{"The shed blaze started on Sunday.", "contradicts", "a word of four letters in -ed is no participle: the shed is the fact's"},
	})
	const alarm = "facts:\n  - id: alarm\n    claim: The stolen pieces were taken at 03:48 CET.\n    time: 03:48 CET\n    about: [stolen]\n"
	assertVerdicts(t, alarm, "2025-03-10", []verdictCase{
		{"The insurer listed the stolen pieces at 11:00 CET.", "unsure", "a time of day too"},
		{"The pieces were stolen at 04:10 CET.", "contradicts", "the participle after a verb is the event"},
	})
}

// A fact's term inside a participle's phrase that describes a noun
// ("Families displaced by the explosion") leaves a date after the
// sentence's own verb to that verb: the cell is unsure.
func TestTermsInANounsParticiplePhrase(t *testing.T) {
	const blast = "facts:\n  - id: blast\n    claim: The blast was on 4 November 2025.\n    date: 2025-11-04\n    about: [explosion]\n"
	assertVerdicts(t, blast, "2025-11-12", []verdictCase{
		{"Families displaced by the explosion moved into hotels on Friday.", "unsure", "the move's date: the term describes the families"},
		{"Tenants forced from their flats by the explosion began returning yesterday.", "unsure", "the returning's date, over a longer phrase before the term"},
		{"Two people hurt in the explosion died on Friday.", "unsure", "the deaths' date"},
		{"Residents panicked after the explosion happened on Friday.", "contradicts", "after may open a clause of the term's own: its verb dates the explosion"},
		{"Windows shattered by the explosion on Friday were replaced.", "contradicts", "the date right after the term, before any verb: it may be the explosion's"},
		{"Tenants were displaced by the explosion on Friday.", "contradicts", "a passive with an auxiliary is the sentence's own verb"},
		{"Families displaced by the explosion, which happened on Friday, moved into hotels.", "contradicts", "a comma after the term: the date is in a clause of the term's"},
	})
}

// A bound's date that is a possessive of the fact's term dates the term's
// event: "lifted after Tuesday night's derailment" dates the derailment.
func TestBoundOfAPossessedEvent(t *testing.T) {
	const derailed = "facts:\n  - id: derailed\n    claim: The train derailed on 10 March 2026.\n    date: 2026-03-10\n    about: [derailed | derailment]\n"
	assertVerdicts(t, derailed, "2026-03-14", []verdictCase{
		{"The order issued after Tuesday night's train derailment was lifted.", "agrees", "the possessive's noun is the term: Tuesday is the derailment's"},
		{"The order issued after Sunday night's train derailment was lifted.", "contradicts", "and another day disagrees (two days off: a night's next day would be unsure)"},
		{"The order was lifted after Monday's meeting on the derailment.", "silent", "a possessive of another noun: a bound, as before"},
		{"The order was lifted after Monday night's derailment drill.", "silent", "the term describes another noun, the drill"},
	})
}

// A date right next to a verb of reacting dates the reaction, not the event
// its object names, unless the verb is the fact's own word.
func TestReactionDatesTheReaction(t *testing.T) {
	const deal = "facts:\n  - id: deal\n    claim: The union and the port company reached an agreement on Thursday 13 March 2025.\n    date: 2025-03-13\n    about: [agreement | deal]\n"
	assertVerdicts(t, deal, "2025-03-14", []verdictCase{
		{"The port company today welcomed the agreement reached with the union.", "silent", "today is the welcome's day"},
		{"The mayor on Wednesday hailed the deal with the union.", "silent", "a reaction verb right after the date"},
		{"The union praised yesterday the agreement with the port.", "silent", "a reaction verb right before the date"},
		{"The port company reached the agreement with the union on Wednesday.", "contradicts", "no reaction: the event's own date"},
		{"The agreement with the union was reached yesterday and praised by the port company.", "agrees", "the reaction verb stands apart from the date"},
	})
	const attack = "facts:\n  - id: attack\n    claim: The attack happened on Tuesday 11 March 2025.\n    date: 2025-03-11\n    about: [attack]\n"
	assertVerdicts(t, attack, "2025-03-14", []verdictCase{
		{"The mayor condemned Tuesday's attack on the mosque.", "agrees", "a possessive weekday after the verb is its object's date"},
		{"The mayor condemned Monday's attack on the mosque.", "contradicts", "and another day there contradicts"},
	})
	const condemned = "facts:\n  - id: condemned\n    claim: The council condemned the attack on 13 March 2025.\n    date: 2025-03-13\n    about: [condemned | condemnation]\n"
	assertVerdicts(t, condemned, "2025-03-14", []verdictCase{
		{"The council on Wednesday condemned the attack.", "contradicts", "the reaction is the fact's own event"},
		{"The council yesterday condemned the attack.", "agrees", "the reaction is the fact's own event"},
	})
}

// A year counted from the report in a possessive before a noun names that
// noun's year ("next year's budget"), no date of the fact's event; a
// noun that is the fact's term is dated by it.
func TestYearPossessiveNamesItsNoun(t *testing.T) {
	const vote = "facts:\n  - id: vote\n    claim: The council passed the budget on 10 December 2025.\n    date: 2025-12-10\n    about: [passed]\n"
	assertVerdicts(t, vote, "2025-12-11", []verdictCase{
		{"The council passed next year's budget on Tuesday.", "contradicts", "next year's names the budget: Tuesday, the 9th, dates the passing"},
		{"The council passed next year's budget on Wednesday.", "agrees", "and Wednesday agrees"},
	})
	const flood = "facts:\n  - id: flood\n    claim: The flood came in 2024.\n    date: 2024\n    about: [flood]\n"
	assertVerdicts(t, flood, "2025-12-11", []verdictCase{
		{"Last year's flood was the worst in decades.", "agrees", "a possessive before the fact's own term dates it"},
	})
}

// A part of the day after "yesterday", "today" or "tomorrow" and before a
// possessive belongs to the date, and the possessive names what it dates:
// "after yesterday morning's collision" dates the collision, as "after
// Tuesday morning's collision" does.
func TestRelativeDayPartPossessive(t *testing.T) {
	const crash = "facts:\n  - id: crash\n    claim: The train hit a lorry on 14 May 2024.\n    date: 2024-05-14\n    about: [collision]\n"
	assertVerdicts(t, crash, "2024-05-15", []verdictCase{
		{"A second person has died after yesterday morning's collision between a train and a lorry.", "agrees", "yesterday morning's collision: the collision's day, no bound"},
		{"A second person died after this morning's collision.", "contradicts", "this morning's is the 15th"},
		{"Yesterday morning's traffic was light, two days after the collision.", "silent", "the possessive names the traffic, no term of the fact"},
	})
}

// "The day before yesterday" is two days before the day of writing, and
// "the day after tomorrow" two days after: neither is read as its last
// word alone.
func TestDayBeforeYesterday(t *testing.T) {
	const crash = "facts:\n  - id: crash\n    claim: The train hit a lorry on 14 May 2024.\n    date: 2024-05-14\n    about: [collision]\n"
	assertVerdicts(t, crash, "2024-05-16", []verdictCase{
		{"A second person has died after the day before yesterday's collision.", "agrees", "two days back, not yesterday"},
		{"Police said the collision happened the day before yesterday morning.", "agrees", "a part of the day after it is the date's"},
		{"Police said the collision happened the day-before-yesterday.", "agrees", "hyphens between its words too"},
		{"A second person has died after yesterday's collision.", "contradicts", "yesterday alone is the 15th"},
		{"The collision will be reviewed the day after tomorrow.", "unsure", "two days ahead of a past event: another moment, never a contradiction"},
	})
	assertVerdicts(t, crash, "2024-05-15", []verdictCase{
		{"Inspectors had checked the crossing the day before, yesterday's collision inquiry heard.", "agrees", "a comma parts the day before from yesterday: yesterday's collision is the 14th"},
	})
	assertVerdicts(t, crash, "2024-05-12", []verdictCase{
		{"The collision drill is planned for the day after tomorrow.", "agrees", "two days ahead of the 12th"},
		{"The collision drill is planned for tomorrow.", "contradicts", "tomorrow alone is the 13th"},
	})
}

// A range of months opened by "from" in another language ("da marzo 2022
// a giugno 2024", "van maart 2022 tot juni 2024") after a participle is
// the range of the sentence's event, not the date of a noun before it.
func TestMonthRangesAfterFrom(t *testing.T) {
	const works = "facts:\n  - id: works\n    claim: The works ran from March 2022 to June 2024.\n    date: 2022-03..2024-06\n    about: [lavori | werken]\n"
	assertVerdicts(t, works, "2025-03-15", []verdictCase{
		{"I lavori sono durati da marzo 2022 a giugno 2025.", "contradicts", "da opens the range: its wrong end contradicts"},
		{"I lavori sono durati da marzo 2022 a giugno 2024.", "agrees", "and the right range agrees"},
		{"De werken liepen van maart 2022 tot juni 2025.", "contradicts", "Dutch van opens it too"},
	})
}

// A day of the month given alone ("no dia 14", "el día 14", "on the
// 14th") is that day of the month last before the report, or the next
// one after it; as it may count the days of something else ("day 15 of
// the strike", "the 14th and 15th floors"), only its agreement is read,
// and a noun after the ordinal makes it no date.
func TestDayOfTheMonthAlone(t *testing.T) {
	const collapse = "facts:\n  - id: collapse\n    claim: The roof collapsed on 14 March 2023.\n    date: 2023-03-14\n    about: [collapsed | desabou | colapsó]\n"
	assertVerdicts(t, collapse, "2023-03-20", []verdictCase{
		{"O telhado desabou no dia 14, segundo os bombeiros.", "agrees", "no dia 14: this month's, before the report"},
		{"O telhado desabou no último dia 14.", "agrees", "a word between the article and dia"},
		{"O telhado desabou no dia 15.", "unsure", "another day of the month: it may count the days of something else, only agreement is read"},
		{"El techo colapsó el día 15.", "unsure", "so in Spanish"},
		{"The roof collapsed on the 14th.", "agrees", "on the 14th with no noun after it"},
		{"The roof collapsed on the 15th, firefighters said.", "unsure", "and in English"},
		{"The roof collapsed on the 15th floor.", "silent", "a noun after the ordinal: a floor, no date"},
		{"O telhado desabou no dia 15 de março.", "contradicts", "a month after it: the day and month, read as before"},
		{"A greve chegou ao dia 15 sem acordo, e o telhado desabou.", "unsure", "a count of days of something else disagrees no more than unsure"},
	})
	assertVerdicts(t, collapse, "2023-04-02", []verdictCase{
		{"O telhado desabou no dia 14.", "agrees", "the 14th before the report is last month's"},
	})
	assertVerdicts(t, collapse, "2023-06-20", []verdictCase{
		{"O telhado desabou no dia 15.", "unsure", "the sheet's date lies months from the report: another event's, perhaps"},
	})
}

// A day that a name gives, the same every year ("Christmas Day",
// "Valentine's Day", "Nochevieja"), is read as its day and month, the
// year from the report as for "March 3"; "Christmas" alone, a season as
// often, is not.
func TestNamedDays(t *testing.T) {
	const entered = "facts:\n  - id: entered\n    claim: The intruders entered the network on 14 February 2025.\n    date: 2025-02-14\n    about: [entered]\n"
	assertVerdicts(t, entered, "2025-03-06", []verdictCase{
		{"The intruders entered the network on Valentine's Day.", "agrees", "14 February"},
		{"The intruders entered the network on Christmas Eve.", "contradicts", "24 December of the year before: a day after the report moves back a year"},
		{"Los intrusos entered la red en Nochevieja.", "contradicts", "31 December, in Spanish"},
		{"The intruders entered the network around Christmas.", "silent", "Christmas alone is a season as often"},
		{"The intruders entered the network on Valentine's Day 2024.", "contradicts", "a year after the name"},
		{"The intruders entered the network on Lunar New Year's Day.", "silent", "another calendar's day, which moves: not read"},
	})
	const party = "facts:\n  - id: party\n    claim: The fire broke out on 1 January 2026.\n    date: 2026-01-01\n    about: [broke out]\n"
	assertVerdicts(t, party, "2026-01-03", []verdictCase{
		{"The fire broke out shortly after midnight on New Year's Eve.", "unsure", "a named day a day from the sheet's: its night runs into the next"},
		{"The fire broke out on Christmas Eve.", "contradicts", "a week off: certain"},
	})
}

// A night runs past midnight: a date given for a night ("on Wednesday
// night", "overnight on Wednesday", "the night of 13 March") may be an
// event's in the next day's early hours. A fact of that next day is
// unsure there, never contradicted; any other day still is.
func TestNightRunsPastMidnight(t *testing.T) {
	const blaze = "facts:\n  - id: blaze\n    claim: The warehouse blaze started on 14 March 2024.\n    date: 2024-03-14\n    about: [blaze]\n"
	assertVerdicts(t, blaze, "2024-03-16", []verdictCase{
		{"The blaze started on Wednesday night.", "unsure", "Wednesday night may run into Thursday's early hours"},
		{"The blaze started overnight on Wednesday.", "unsure", "so overnight before the day"},
		{"The blaze started on the night of 13 March.", "unsure", "and the night of a date"},
		{"The blaze started on Wednesday.", "contradicts", "a plain day before the fact's is read as ever"},
		{"The blaze started on Tuesday night.", "contradicts", "a night two days before is still another day"},
		{"The blaze started on Friday night.", "contradicts", "and a night after the fact's day"},
		{"The blaze started on Thursday night.", "agrees", "the fact's own day's night agrees"},
		{"The blaze started at 10.40 p.m. on Wednesday night.", "contradicts", "a time after noon pins the night before midnight: Wednesday"},
		{"The blaze started shortly before midnight on Wednesday night.", "contradicts", "and so does before midnight"},
	})
}

// A count of several things the fact's term names, in a sentence of
// another year than the fact's, tells of those events: its date is theirs.
func TestCountedEventsOfAnotherYear(t *testing.T) {
	const sheet = "facts:\n  - id: seized\n    claim: Customs seized the shipment on 12 March 2024.\n    date: 2024-03-12\n    about: [seizure | seized]\n"
	assertVerdicts(t, sheet, "2024-03-15", []verdictCase{
		{"In 2023, the unit took part in 14 seizures across the region.", "unsure", "fourteen seizures of another year are other events"},
		{"In 2023, the unit took part in several seizures across the region.", "unsure", "so counted by a quantifier"},
		{"In 2023, the unit made a seizure at the port.", "contradicts", "one seizure, uncounted: the fact's own, in the wrong year"},
		{"The unit made 14 seizures on 11 March.", "contradicts", "a count in the fact's own year is the fact's event counted"},
		{"The unit made 14 seizures on Tuesday.", "agrees", "and agrees on its day"},
		{"The unit made 14 seizures on 11 March, the most since 2023.", "contradicts", "a year after since is a bound: the date judged is the fact's year's"},
		{"The unit made three seizures on 11 March, a year after the 2023 riots.", "contradicts", "another year elsewhere in the sentence leaves the judged date the fact's year's"},
		{"In 2023, the unit made a dozen seizures.", "unsure", "a dozen counts several"},
		{"In 2023, the unit made dozens of seizures.", "unsure", "so does dozens of"},
		{"In 2023, the unit made 14 port seizures.", "unsure", "a word may stand between the count and the term"},
	})
}

// A date in the clause of a verb that makes known what its object names,
// the fact's term, may date the making known: unsure when it disagrees.
func TestReportedObjectDates(t *testing.T) {
	const sheet = "facts:\n  - id: filed\n    claim: The firm filed its appeal on Tuesday 21 October 2025.\n    date: 2025-10-21\n    about: [appeal | filing]\n"
	assertVerdicts(t, sheet, "2025-10-23", []verdictCase{
		{"A spokeswoman confirmed the filing on Wednesday morning.", "unsure", "the confirming's day or the filing's"},
		{"A spokeswoman on Wednesday confirmed the filing.", "unsure", "so with the date before the verb"},
		{"The firm announced its appeal on Wednesday.", "unsure", "an announcing, a possessive before the term"},
		{"A spokeswoman confirmed the filing on Wednesday and said the appeal was long.", "unsure", "the term nearest the date decides, not one further on"},
		{"A spokeswoman confirmed on Wednesday the filing.", "unsure", "a date right after the verb is as much the confirming's"},
		{"The firm announced the filing at 4:30 p.m. Wednesday.", "unsure", "a time of day between the term and the date parts them no more"},
		{"The firm announced the filing in a statement on Wednesday.", "unsure", "nor do phrases with no verb"},
		{"The court confirmed the filing was made on Wednesday.", "contradicts", "a verb of the term's own clause between: the date is the filing's"},
		{"The court confirmed the appeal was lodged on Wednesday.", "contradicts", "a verb of the term's own clause stands before the date: the lodging's"},
		{"The firm confirmed the appeal it filed on Wednesday.", "contradicts", "so does a relative clause's verb"},
		{"The firm announced the appeal on Wednesday, effective immediately.", "contradicts", "effective immediately makes the day the object's"},
		{"A spokeswoman confirmed the filing on Tuesday.", "agrees", "an agreeing date still agrees"},
		{"The firm made the filing on Wednesday.", "contradicts", "a verb of doing dates the deed"},
		{"The firm confirmed the filing. The appeal was lodged on Wednesday.", "contradicts", "not a date of another sentence"},
		{"The court reported a filing on Wednesday.", "contradicts", "an indefinite object is news when it comes: the date is its"},
	})
	const announced = "facts:\n  - id: filed\n    claim: The firm announced its appeal on Tuesday 21 October 2025.\n    date: 2025-10-21\n    about: [appeal | announced]\n"
	assertVerdicts(t, announced, "2025-10-23", []verdictCase{
		{"The firm announced the appeal on Wednesday.", "contradicts", "the verb is the fact's own word: the date is the announcing's, which the fact is"},
	})
}
