package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractClocks(t *testing.T) {
	tests := []struct {
		text, want string
		why        string
	}{
		{"It went out at 06:17 UTC.", "06:17 UTC=06:17 UTC", "hours, minutes and a zone"},
		{"It went out at 6.17 a.m. GMT on Friday.", "6.17 a.m. GMT=06:17 UTC", "a dot, a.m. and GMT"},
		{"It went out at 11:47 AM IST.", "11:47 AM IST=06:17 UTC or 09:47 UTC or 10:47 UTC", "IST reads three ways"},
		{"It went out at 12:17 a.m. EDT.", "12:17 a.m. EDT=04:17 UTC", "12 a.m. is midnight"},
		{"It went out at 6 pm ET.", "6 pm ET=22:00 UTC or 23:00 UTC", "an hour with pm; ET is EDT or EST"},
		{"It went out at 06:17 (UTC).", "06:17 (UTC=06:17 UTC", "a zone in brackets"},
		{"It went out at 06:17:50 UTC.", "06:17:50 UTC=06:17 UTC", "seconds"},
		{"It went out at 06:17.", "06:17=local 06:17", "a time without a zone is read in the fact's"},
		{"She won in 2:15:37 last year.", "", "in before hours and minutes with no zone: how long it took"},
		{"The crew got the warning at 08:21Z.", "08:21Z=08:21 UTC", "aviation's Zulu time glued to the minutes"},
		{"The crew got the warning at 0821Z.", "0821Z=08:21 UTC", "and glued to wire copy's four digits"},
		{"It was issued in 2024 Z series manuals.", "", "four digits and a Z apart: no Zulu time"},
		{"Ferrandi finished 14:20 down.", "", "down after M:SS: a gap in a race"},
		{"The ceremony began at 11 o'clock this morning.", "11 o'clock this morning=local 11:00", "an hour in digits, o'clock and the half of the day"},
		{"The ceremony began at 11 o'clock.", "", "o'clock with no half of the day: morning or evening"},
		{"The favourite came home 1:12 behind the winner.", "", "behind after M:SS: a gap in a race"},
		{"The train arrived at 14:20 behind schedule.", "14:20=local 14:20", "at before it: a time of day, whatever follows"},
		{"Power was restored around 14:20 back in the town centre.", "14:20=local 14:20", "around before it: a time of day"},
		{"Routes came back at 2 p.m. Pacific.", "2 p.m. Pacific=21:00 UTC or 22:00 UTC", "a zone's word alone, its clause ending after it"},
		{"Routes came back at 2 p.m. Pacific (22:00 GMT) on Monday.", "2 p.m. Pacific=21:00 UTC or 22:00 UTC; 22:00 GMT=22:00 UTC", "or before a bracket that restates it"},
		{"Routes came back at 2 p.m. Pacific on Tuesday.", "2 p.m. Pacific=21:00 UTC or 22:00 UTC", "a zone's word alone before \"on\" and a date"},
		{"The line is open from 8am to 8pm GMT.", "8am=08:00 UTC; 8pm GMT=20:00 UTC", "a range's start with am takes the zone of its end"},
		{"It peaked at 02:20 in New York.", "02:20 in New York=06:20 UTC or 07:20 UTC", "in and a place whose time is a zone"},
		{"It peaked at 02:20 in new york.", "02:20=local 02:20", "the place written with a capital only"},
		{"It peaked at 3.45pm in the UK.", "3.45pm in the UK=15:45 UTC or 14:45 UTC", "in the and a place"},
		{"Dalle 11 ora italiana, tutto funziona.", "11 ora italiana=10:00 UTC or 09:00 UTC", "dalle before an hour alone and its zone named after it, as alle"},
		{"It peaked at 02:20 in the morning.", "02:20 in the morning=local 02:20", "in and no place: a half of the day"},
		{"The line runs from 0800 to 2000 GMT.", "0800=08:00 UTC; 2000 GMT=20:00 UTC", "and wire copy's four digits do too"},
		{"The line is open from 08:00 to 20:00 (Dublin time).", "08:00=08:00 UTC or 07:00 UTC; 20:00 (Dublin time=20:00 UTC or 19:00 UTC", "a zone's name at the range's end gives the start its zone too"},
		{"The line is open from 08:00 to 20:00 Irish time.", "08:00=08:00 UTC or 07:00 UTC; 20:00 Irish time=20:00 UTC or 19:00 UTC", "Irish time is Dublin's"},
		{"Trades between 10:38 and 10:42 CEST were cancelled.", "10:38=08:38 UTC; 10:42 CEST=08:42 UTC", "between X and Y: the end's zone is the start's too"},
		{"Trades at 10:38 and 10:42 CEST were cancelled.", "10:38=local 10:38; 10:42 CEST=08:42 UTC", "and with no between before: two times, the zone the second's only"},
		{"The line takes 2000 to 3000 calls.", "", "four digits before \"to\" and no zone: numbers"},
		{"The quake struck at 2:10 p.m. Eastern.", "2:10 p.m. Eastern=18:10 UTC or 19:10 UTC or 04:10 UTC or 03:10 UTC", "Eastern is North America's or Australia's"},
		{"The quake struck at 2:10 p.m. Eastern and shook the coast.", "2:10 p.m. Eastern=18:10 UTC or 19:10 UTC or 04:10 UTC or 03:10 UTC", "and after it ends the zone's name"},
		{"The quake struck at 2:10 p.m. Eastern Europe felt.", "2:10 p.m=local 14:10", "a word after it that is no joint: Eastern names something else"},
		{"Das Beben begann gegen 9 Uhr MEZ.", "9 Uhr MEZ=08:00 UTC", "gegen before it: read, and approximate (see approxTime)"},
		{"Die Störung dauerte von 7 bis 9 Uhr MEZ.", "", "the end of a range of hours is no event's time"},
		{"De storing duurde 3 uur.", "", "uur with no preposition of time: hours"},
		{"It struck at 22:11 GMT+1 on Friday.", "22:11 GMT+1=21:11 UTC", "an offset glued after GMT"},
		{"It struck at 22:11 UTC+05:30.", "22:11 UTC+05:30=16:41 UTC", "hours and minutes after UTC"},
		{"Die Freigabe erfolgte um 21:30 Uhr MESZ.", "21:30 Uhr MESZ=19:30 UTC", "Uhr after hours and minutes with a colon, then the zone"},
		{"El sismo ocurrió a las 23.11 hora local.", "23.11=local 23:11", "a dot between hours and minutes before hora local"},
		{"El sismo golpeó a las 3.52 de la madrugada.", "3.52 de la madrugada=local 03:52", "de la madrugada after a dotted time: before noon"},
		{"El sismo golpeó a las 3.52 de la tarde.", "3.52 de la tarde=local 15:52", "de la tarde: after noon"},
		{"The boats left at 8pm Paris time.", "8pm Paris time=19:00 UTC or 18:00 UTC", "a city's time"},
		{"It went out at 3 a.m. eastern Turkey time.", "3 a.m=local 03:00", "a zone's word alone before more of its clause: a place"},
		{"It began at 4.40pm UK time.", "4.40pm UK time=16:40 UTC or 15:40 UTC", "UK time is GMT or BST"},
		{"Il contatto si è interrotto alle 14:45 ora italiana.", "14:45 ora italiana=13:45 UTC or 12:45 UTC", "a country's time in words, CET or CEST"},
		{"Het besluit kwam om 12.00 uur Britse tijd.", "12.00 uur Britse tijd=12:00 UTC or 11:00 UTC", "British time in Dutch, GMT or BST"},
		{"The pause began at 12:40 p.m. Singapore time.", "12:40 p.m. Singapore time=04:40 UTC", "a city's time with one offset"},
		{"El martillo cayó a las 21:52 horas, tiempo del centro de México.", "21:52 horas, tiempo del centro de México=03:52 UTC", "Mexico's central time, as Mexican papers write it"},
		{"El martillo cayó a las 21:52 horas, tiempo de espera aparte.", "21:52 horas=local 21:52", "tiempo alone names no zone"},
		{"Contact was lost at 11:15 a.m. Newfoundland time.", "11:15 a.m. Newfoundland time=13:45 UTC or 14:45 UTC", "Newfoundland's, daylight or standard"},
		{"Das Beben begann um 4.17 Uhr.", "4.17 Uhr=local 04:17", "Uhr after hours and minutes: a time of day"},
		{"Das Beben begann um 9 Uhr MEZ.", "9 Uhr MEZ=08:00 UTC", "Uhr after hours alone, then a German zone"},
		{"De aardbeving begon om 9.15 uur.", "9.15 uur=local 09:15", "uur in Dutch"},
		{"De start werd vervroegd naar 8.00 uur.", "8.00 uur=local 08:00", "after naar (to) in Dutch"},
		{"De race ging om 9.30 uur van start.", "9.30 uur=local 09:30", "uur van after minutes: no span of nine hours"},
		{"De race duurde na 9 uur van onderhandelen.", "", "a whole hour then uur van: a span of hours"},
		{"Le séisme a frappé à 4 h 17.", "4 h 17=local 04:17", "h between hours and minutes after à"},
		{"Il était 4 h 17 quand le séisme a frappé.", "4 h 17=local 04:17", "after il était, as after à"},
		{"Il est 14 h 25 quand le dernier randonneur sort.", "14 h 25=local 14:25", "after il est, the present of il était"},
		{"La réparation est de 4 h 17 au total.", "", "est de before hours: how long, no time of day"},
		{"Le trajet a duré 4 h 17 sous la pluie.", "", "after no preposition: how long, no time of day"},
		{"La panne a commencé à 11 h 12 et le service est revenu à 16 h 47.", "11 h 12=local 11:12; 16 h 47=local 16:47", "French et, written small, is no zone: both times are local"},
		{"The outage began at 11:12 a.m. ET and ended at 4:47 p.m.", "11:12 a.m. ET=15:12 UTC or 16:12 UTC; 4:47 p.m=20:47 UTC or 21:47 UTC", "ET in capitals is Eastern Time, carried to the end of its clause"},
		{"Es begann um 10.30 Uhr. Um 10.30 ist das Netz ausgefallen.", "10.30 Uhr=local 10:30", "German ist, written small, is no zone: a decimal with no Uhr after it is no time"},
		{"It began at 05:10 utc.", "05:10 utc=05:10 UTC", "an abbreviation that is no word reads in any case"},
		{"Le séisme a frappé vers 13 h.", "13 h=local 13:00", "h after hours, after vers"},
		{"Le service ferme de 19 h à 7 h.", "19 h=local 19:00; 7 h=local 07:00", "a range of hours each with its letter: its start is read too"},
		{"Il y avait plus de 19 h de retard.", "", "de before hours with no range after: how long, no time"},
		{"O tremor começou por volta das 12h40.", "12h40=local 12:40", "hours and minutes glued around h, after das"},
		{"O acordo chegou na quarta-feira, pelas 22h40, após a reunião.", "22h40=local 22:40", "after pelas, around a time"},
		{"A bateria dura 22h40 e carrega depressa.", "", "glued hours after no preposition: how long"},
		{"A festa começou às 8h em Brasília.", "8h=local 08:00", "hours glued to h alone, after às"},
		{"A barragem rompeu por volta de 0h35 no horário de Brasília.", "0h35 no horário de Brasília=03:35 UTC", "after a phrase of clock-preposition-phrases, its zone named after no"},
		{"A reunião durou cerca de 9 horas.", "", "cerca de before hours written out: how long, no time of day"},
		{"A reunião começou cerca de 4h35.", "4h35=local 04:35", "but before hours glued to their letter, a time"},
		{"A ordem foi emitida às 20h40 de Brasília.", "20h40 de Brasília=23:40 UTC", "de and the city, as Brazilian papers write the zone"},
		{"A barragem rompeu, dizem, 4h35 (hora de Lisboa).", "4h35 (hora de Lisboa=04:35 UTC or 03:35 UTC", "glued hours with a zone's name after them, no preposition"},
		{"A bateria dura 4h35 e carrega depressa.", "", "glued hours with neither: how long"},
		{"Il progetto ha rilasciato la versione alle 18 ora italiana.", "18 ora italiana=17:00 UTC or 16:00 UTC", "an hour alone after alle, with its zone named"},
		{"La decisione è stata pubblicata alle 14 di oggi.", "14=local 14:00", "a whole hour after alle, before di oggi"},
		{"La decisione è stata pubblicata alle ore 15.", "15=local 15:00", "after alle ore, before a stop"},
		{"La decisione riguarda alle 14 squadre.", "", "before a noun: a count, no time"},
		{"La partita è cominciata alle 15 e si è chiusa tardi.", "15=local 15:00", "a whole hour before e and a clause"},
		{"Il voto è arrivato poco dopo le 21.40.", "21.40=local 21:40", "hours and minutes with a dot after le"},
		{"Alle ore 16.40 circa un autobus è uscito di strada.", "16.40=local 16:40", "and after alle ore"},
		{"Il biglietto costa le 2.50 euro.", "", "and a unit after them: an amount"},
		{"La partita è cominciata alle 15 e 30 minuti dopo.", "", "before e and a number: the minutes, no whole hour"},
		{"Il premio va alle 14 e alle 15 squadre.", "", "before e and another alle, which may count: no time"},
		{"Il progetto costa alle 18 persone un mese.", "", "an hour alone after alle with no zone after it: no time"},
		{"La nouvelle est tombée à 14 heures, heure de Paris.", "14 heures, heure de Paris=13:00 UTC or 12:00 UTC", "heures after à: a time of day"},
		{"Le satellite a été lancé à 13 h TU.", "13 h TU=13:00 UTC", "French TU, temps universel, written with capitals"},
		{"Tu es parti à 13 h tu sais.", "13 h=local 13:00", "but tu in lower case is you: the time has no zone"},
		{"The moon rose at 3 a.m. Hawaii time.", "3 a.m. Hawaii time=13:00 UTC", "a zone named by its state"},
		{"Trading opened at 9:00 Swedish time.", "9:00 Swedish time=08:00 UTC or 07:00 UTC", "and by its country's adjective"},
		{"Le service a repris à 10 h 30, heure de l'Est.", "10 h 30, heure de l'Est=14:30 UTC or 15:30 UTC", "a zone named in French with an elided article"},
		{"Le service a repris à 10 h 30, heure de l’Est.", "10 h 30, heure de l’Est=14:30 UTC or 15:30 UTC", "with a curly apostrophe too"},
		{"The polls closed at 6pm Perth time.", "6pm Perth time=10:00 UTC", "an Australian city's time"},
		{"La réunion a duré 14 heures.", "", "heures with no preposition of time: how long"},
		{"Der Zug entgleiste um 8.41 Uhr britischer Sommerzeit.", "8.41 Uhr britischer Sommerzeit=07:41 UTC", "a German name of British summer time"},
		{"Die Auslieferung begann um 17 Uhr mitteleuropäischer Zeit.", "17 Uhr mitteleuropäischer Zeit=16:00 UTC or 15:00 UTC", "a German zone written out, declined"},
		{"Il était 17 h 14, heure locale, quand le volcan a explosé.", "17 h 14=local 17:14", "h with no preposition, before heure locale"},
		{"He scored 6:41 into overtime, at 21:04 local time.", "21:04=local 21:04", "minutes and seconds before into: how far into a game, no time of day"},
		{"Le train est parti à 14 h 20 heure de Paris, sans retard.", "14 h 20 heure de Paris=13:20 UTC or 12:20 UTC", "hours and minutes before a zone named with heure, no comma between"},
		{"Le train est parti à 14 h 20 heure locale.", "14 h 20=local 14:20", "and before heure locale"},
		{"Le train a roulé 4 h 20 heures durant.", "", "a unit of time after h and minutes with no zone: how long"},
		{"Erano le ore 21.42 quando la nave urtò gli scogli, alle 21.42 esatte.", "21.42=local 21:42; 21.42=local 21:42", "a dot after alle, or after ore: a time of day"},
		{"El servicio no volvió hasta las 19.47, según la empresa.", "19.47=local 19:47", "a dot after Spanish las: a time of day"},
		{"She swam the final in 1:52.31 at the meet.", "", "minutes, seconds and hundredths: a race time, no time of day"},
		{"A versão saiu às 17h00 de Lisboa.", "17h00 de Lisboa=17:00 UTC or 16:00 UTC", "de Lisboa after the time, as de Brasília"},
		{"El final llegó a las 14.47 de la Argentina.", "14.47 de la Argentina=17:47 UTC", "Argentina's time, UTC-3 all year"},
		{"The final came at 10:47 p.m. Almaty time.", "10:47 p.m. Almaty time=17:47 UTC", "Almaty's time, UTC+5"},
		{"El final llegó a las 18.47 en Lisboa.", "18.47 en Lisboa=18:47 UTC or 17:47 UTC", "en Lisboa as de Lisboa"},
		{"O colapso ocorreu às 11h52 em Lisboa.", "11h52 em Lisboa=11:52 UTC or 10:52 UTC", "and em Lisboa, in Portuguese"},
		{"Lumora publicó el aviso a las 16:00 hora de Madrid.", "16:00 hora de Madrid=15:00 UTC or 14:00 UTC", "hora de Madrid, Spain's time"},
		{"Lumora publicó el aviso a las 9.10, hora peninsular española.", "9.10, hora peninsular española=08:10 UTC or 07:10 UTC", "the mainland's time named with its adjective"},
		{"The judge spoke at 4:40 p.m. Milan time.", "4:40 p.m. Milan time=15:40 UTC or 14:40 UTC", "another European city's time"},
		{"Vanaf 14.30 uur krijgen de kastjes de oude versie.", "14.30 uur=local 14:30", "vanaf, the start of a span, before hours and uur"},
		{"Le marteau est tombé à 20 h 14, heure de New York.", "20 h 14, heure de New York=00:14 UTC or 01:14 UTC", "New York's time in French"},
		{"Vendieron las 3.000 entradas.", "", "three digits after the dot: a figure in thousands, no time"},
		{"It reached 47.9 degrees at 4:40 in the afternoon on Tuesday.", "4:40 in the afternoon=local 16:40", "in the afternoon: after noon"},
		{"It reached 47.9 degrees at 4 in the afternoon.", "4 in the afternoon=local 16:00", "a bare hour after at, with in the afternoon"},
		{"It reached 47.9 degrees at four in the afternoon.", "four in the afternoon=local 16:00", "an hour in words after at, with in the afternoon"},
		{"La salida se dio a las siete de la mañana.", "siete de la mañana=local 07:00", "a Spanish hour in words with its half of the day"},
		{"La partenza è stata data alle otto di sera.", "otto di sera=local 20:00", "and an Italian one after noon"},
		{"Hubo siete salidas esta mañana.", "", "an hour word with no half of the day right after it: a count"},
		{"It reached 47.9 degrees at four o'clock in the morning.", "four o'clock in the morning=local 04:00", "with o'clock"},
		{"It reached 47.9 degrees by eleven p.m.", "eleven p.m=local 23:00", "with pm"},
		{"It reached 47.9 degrees at four o'clock.", "", "no half of the day: morning or afternoon, no time"},
		{"It reached 47.9 degrees at noon GMT.", "noon GMT=12:00 UTC", "noon is twelve in the day, with its zone"},
		{"The alarm was raised at 0412 CEST.", "0412 CEST=02:12 UTC", "wire copy's four digits with a European zone"},
		{"Il a atteint 47,9 degrés à midi.", "midi=local 12:00", "and so midi"},
		{"Il a atteint 47,9 degrés en fin d'après-midi.", "", "après-midi is the afternoon, no twelve o'clock"},
		{"È arrivato alle 5.10 ora di Riga.", "5.10 ora di Riga=03:10 UTC or 02:10 UTC", "a place's time in Italian, from riga time"},
		{"It capsized at 7.05pm Azores time.", "7.05pm Azores time=20:05 UTC or 19:05 UTC", "Azores time"},
		{"It reached 47.9 degrees at 9 a.m. on the West Coast.", "9 a.m. on the West Coast=16:00 UTC or 17:00 UTC", "the West Coast names Pacific time"},
		{"It came back at ten to three in the afternoon.", "ten to three in the afternoon=local 14:50", "minutes to an hour, told in words"},
		{"It came back at a quarter past nine in the morning.", "a quarter past nine in the morning=local 09:15", "a quarter past"},
		{"It came back at twenty-five past six in the evening.", "twenty-five past six in the evening=local 18:25", "twenty-five joined by a hyphen"},
		{"It came back at ten to one in the afternoon.", "ten to one in the afternoon=local 12:50", "to one: the hour before is twelve"},
		{"It came back at half past two.", "", "no half of the day: morning or afternoon, no time"},
		{"The vote went ten to three hours later.", "", "no hour after to and no half of the day: a tally"},
		{"Four people arrived in the afternoon.", "", "a count before a half of the day, with no preposition before it"},
		{"Police arrested 3 in the afternoon raids.", "", "a bare hour with no preposition of time: a count"},
		{"Los bomberos llegaron a las 4 de la tarde.", "4 de la tarde=local 16:00", "de la tarde in Spanish"},
		{"La intrusión fue detectada a las 2.40 horas por una alerta.", "2.40 horas=local 02:40", "horas after a las: a time of day"},
		{"La reparación tardó 3 horas.", "", "horas with no preposition of time: how long"},
		{"Halvard a publié ce mardi à 10 h 30, heure de Paris, une mise à jour.", "10 h 30, heure de Paris=09:30 UTC or 08:30 UTC", "a zone's name set off by commas after the time is its zone"},
		{"The update shipped at 10:30, Paris time, to all users.", "10:30, Paris time=09:30 UTC or 08:30 UTC", "so in English"},
		{"The update shipped at 10:30, Paris time was later.", "10:30=local 10:30", "a zone's name that opens a clause of its own is none"},
		{"19.40 — Rescuers have reached the school.", "19.40=local 19:40", "a time with a dot opening the text before a dash: a live blog's stamp"},
		{"19.40 euros — that is the fare.", "", "not before a unit"},
		{"Fares rose 19.40 — a record.", "", "nor inside a sentence"},
		{"El sismo sacudió la ciudad a las 12:05 de la noche.", "12:05 de la noche=local 00:05", "de la noche at twelve is midnight"},
		{"El sismo sacudió la ciudad a las 10:42 de la noche.", "10:42 de la noche=local 22:42", "and from six to eleven after noon"},
		{"El sismo sacudió la ciudad a las 2:05 de la noche.", "2:05 de la noche=local 02:05", "and from one to five before it"},
		{"The quake struck at 10:42 at night.", "10:42 at night=local 22:42", "so at night in English"},
		{"The avalanche struck at 11:10 in the morning.", "11:10 in the morning=local 11:10", "in the morning keeps it before noon"},
		{"The siege ended at 4.20 on Friday morning.", "4.20 on Friday morning=local 04:20", "a weekday's morning after a time with a dot makes it one, as British papers write it"},
		{"The siege ended at 4.20 on Friday afternoon.", "4.20 on Friday afternoon=local 16:20", "and a weekday's afternoon puts it after noon"},
		{"The shares ended at 4.20 on Friday.", "", "a figure with a dot before a weekday alone is no time"},
		{"The siege ended at 04.47 on Monday.", "04.47=local 04:47", "a leading zero: a 24-hour time, as British press offices write it"},
		{"The siege ended at 15.40 on Friday 8 August.", "15.40=local 15:40", "an hour past noon before on and a weekday: a 24-hour time"},
		{"The shares ended at 15.40, up 3%.", "", "an hour past noon alone may be a price"},
		{"At 10.40 a keeper raised the alarm.", "10.40=local 10:40", "At opening the sentence, a word after it: a time, as British papers write it"},
		{"At 10.40 euros a share, the offer values the firm at 2 billion.", "", "a unit after it: a price"},
		{"At 10.40 a share, the offer values the firm at 2 billion.", "", "a rate after it: a price"},
		{"At 10.40, a keeper raised the alarm.", "10.40=local 10:40", "and with a comma after it"},
		{"At 2.30 each, the batteries sold out.", "", "each after it: a price"},
		{"Shares traded at 10.40 a keeper of the index said.", "", "at inside the sentence: a price as often"},
		{"The last caver surfaced at 6.40 on the morning of 17 September.", "6.40=local 06:40", "a part of the day of a date after it makes it a time"},
		{"The shares closed at 6.40 on the day of the deal.", "", "not the day itself: a price"},
		{"The shares opened at 6.40 on the morning of the announcement.", "", "nor a part of the day of no date: a price"},
		{"The crash came at 13:10 in the afternoon.", "13:10=local 13:10", "a time past twelve takes no day half"},
		{"L'allarme è scattato alle 2.47, hanno riferito i carabinieri.", "2.47=local 02:47", "a comma after it ends the time too"},
		{"L'allarme è scattato alle 2.47; poi niente.", "2.47=local 02:47", "so does a semicolon"},
		{"L'allarme è scattato alle 2.47.3 di notte.", "", "a dot glued to another figure goes on: no time"},
		{"Il prezzo sale alle 2.50 euro.", "", "a unit after it: no time"},
		{"The outage took 4 h 17 min.", "", "h with no preposition before it: how long"},
		{"It was a 4 h 17 min outage.", "", "a time unit after it: how long, though a stands before"},
		{"The runner finished in 2h40.", "", "glued h with no preposition of time: how long"},
		{"Es waren 4.17 Prozent.", "", "a decimal with no Uhr is no time"},
		{"The race was set for 08:30.", "08:30=local 08:30", "for is no span: a time of day"},
		{"She won in 2:15 p.m. heat.", "2:15 p.m=local 14:15", "with pm, a time of day whatever stands before"},
		{"It went out at 5:42 p.m. local time.", "5:42 p.m=local 17:42", "so is one with pm"},
		{"It went out at 6.17 on Friday.", "", "a dot without am or pm may be a decimal"},
		{"It ran from 8:15 AM - 9:05 AM IST.", "8:15 AM=02:45 UTC or 06:15 UTC or 07:15 UTC; 9:05 AM IST=03:35 UTC or 07:05 UTC or 08:05 UTC", "the start of a range takes its end's zone"},
		{"The score was 4.09 in total.", "", "a decimal is no time"},
		{"It failed at 5.42am BST.", "5.42am BST=04:42 UTC", "am glued to the minutes"},
		{"It failed at 6am GMT.", "6am GMT=06:00 UTC", "am glued to the hour"},
		{"It failed at 5:42pm.", "5:42pm=local 17:42", "pm glued, and no zone"},
		{"It sold 42am units.", "", "letters glued to no time"},
		{"Some 6 people saw it.", "", "a number is no time"},
		{"Thieves struck at 9:14 a.m. (0814 GMT).", "9:14 a.m=local 09:14; 0814 GMT=08:14 UTC", "wire copy's four digits and a zone; the local time has none"},
		{"About 2075 GMT subscribers left.", "", "minutes beyond 59 are no time"},
		{"It sold 1450 units.", "", "four digits with no zone are a number"},
		{"It ran aground at 0650 local time.", "0650=local 06:50", "four digits that local time follows are the place's time"},
		{"It sold 1450 locally made units.", "", "a word that only starts like local time does not make a number a time"},
		{"It erupted during the 2024 wet season.", "", "a word that is also a zone does not make a year a time"},
		{"Some 1200 PT students came.", "", "nor does one written in capitals, but for GMT and UTC"},
		{"It went out at 2460 UTC.", "", "no hour 24"},
		{"It landed at about 1012 mountain standard time.", "1012 mountain standard time=17:12 UTC", "four digits and a zone written out"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			src := parseText(t, tt.text, published("2024-07-20"))
			var got []string
			for i := range src.sents {
				sent := &src.sents[i]
				for _, c := range sent.clockMentions() {
					v := clockValue(c, facts.Clock{})
					if c.zoneless {
						v = "local " + facts.UTCString(c.local)[:5]
					}
					got = append(got, says(src, sent, c.span)+"="+v)
				}
			}
			assert.Equal(t, tt.want, strings.Join(got, "; "), "%q", tt.text)
		})
	}
}

func TestTimeFacts(t *testing.T) {
	sheet := "facts:\n  - id: release\n    claim: The update went out at 06:17 UTC.\n    time: 06:17 UTC\n    about: [update | released]\n"
	tests := []struct {
		text, want string
		why        string
	}{
		{"The update was released at 11:47 a.m. IST.", "agrees", "the same moment in another zone"},
		{"The update was released at 02:17 EDT.", "agrees", "and in New York"},
		{"The update was released at 2:17 a.m. Eastern Daylight Time.", "agrees", "a zone written out in words"},
		{"The update was released at 2:17 a.m. Central Daylight Time.", "contradicts", "another zone written out: an hour off"},
		{"The update was released at 10:17 India Standard Time.", "contradicts", "a zone written out names one zone, not every zone of its abbreviation (IST)"},
		{"The update was released at 11:47 India Standard Time.", "agrees", "and agrees in it"},
		{"The update was released at 02:17 local (EDT).", "agrees", "a zone in brackets after local"},
		{"The update was released at 02:17 local (CDT).", "contradicts", "which is no zoneless time read in the sheet's zone"},
		{"The update was released at 11:40 AM IST.", "contradicts", "seven minutes off"},
		{"The update was released at 19:00 UTC.", "contradicts", "another time"},
		{"The update was released at 06:17.", "agrees", "no zone: read in the sheet's"},
		{"The update was released at 06:30.", "unsure", "no zone: it may mean another"},
		{"07:02 UTC — We hear the update was released.", "unsure", "a stamp opening a post: when it was written, or when it happened"},
		{"06:17 UTC — The update is released.", "agrees", "a timeline's entry that agrees"},
		{"• 07:02 UTC — We hear the update was released.", "unsure", "a stamp after a bullet opens its entry too"},
		{"07:02 UTC (09:02 CEST) — We hear the update was released.", "unsure", "a stamp restated in another zone in brackets: both times are the stamp"},
		{"The update was released at 07:02 UTC (09:02 CEST), we hear.", "contradicts", "a time restated in brackets inside a sentence is read"},
		{"All times UTC.\n\n7:02 a.m. — We hear the update was released.", "unsure", "a stamp with am in the text's zone: the stop of a.m. before the dash"},
		{"All times UTC.\n\n**7:02 a.m.** — We hear the update was released.", "unsure", "so in bold"},
		{"All times UTC.\n\nAt 7:02 a.m. the update was released.", "contradicts", "the text's zone, no stamp"},
		{"At 07:02 UTC — we hear — the update was released.", "contradicts", "a time not opening the entry"},
		{"All times UTC.\n\nEngineers describe how the update was released (1:36)", "unsure", "a bare time alone in brackets may be a video's length"},
		{"All times UTC.\n\nWatch: engineers describe how the update was released (1:36)", "silent", "a caption opened by Watch and a colon ends with its length: no time of day"},
		{"All times UTC.\n\n[Video: engineers explain how the update was released - 1:36]", "silent", "so a scraped video caption, the length after a dash"},
		{"All times UTC.\n\nVideo: the update was released at 1:36", "contradicts", "a caption's time set off by nothing, after at, is a time of day"},
		{"All times UTC.\n\n[VIDEO 1:36] Engineers describe how the update was released", "silent", "a length right after the media label that opens the line"},
		{"All times UTC.\n\nVideo 1:36: the update was released", "contradicts", "a time and a colon after the label is a stamp, a time of day"},
		{"All times UTC.\n\nVidéo : les ingénieurs expliquent comment the update was released (1:36)", "silent", "a French colon after a space"},
		{"All times UTC.\n\nVideo: the update was released, 1:36 p.m.", "contradicts", "a caption's time with pm is a time of day"},
		{"All times UTC.\n\nThe update was released · Last updated 17:05", "silent", "a time after updated is when the page changed"},
		{"All times UTC.\n\nThe update was released at 17:05 and updated later.", "contradicts", "updated after the time dates nothing"},
		{"All times UTC.\n\nThe update was released (at 1:36) without a test.", "contradicts", "a time with more in its brackets is a time of day"},
		{"The update was released (07:02 UTC) without a test.", "contradicts", "a time with its zone in brackets is a time of day"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2024-07-20"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}

// A sheet's time in a zone of daylight-saving time (CDT) or of standard
// time (EST) puts the story in that season: a source's zone that may name
// a North American region's standard or daylight time is read in that
// season only, and a European one (CEST, CET) narrows a European
// country's time the same way. A sheet in UTC says nothing of the season:
// every reading counts, as before.
func TestZonesInTheSheetsSeason(t *testing.T) {
	tests := []struct {
		zone, text, want string
		why              string
	}{
		{"03:40 CDT", "The storm made landfall at 3:40 a.m. Eastern time.", "contradicts", "summer: Eastern is EDT, an hour off"},
		{"03:40 CDT", "The storm made landfall at 4:40 a.m. Eastern time.", "agrees", "summer: EDT, the same moment"},
		{"03:40 CDT", "The storm made landfall at 3:40 a.m. Central.", "agrees", "the sheet's own region"},
		{"08:40 UTC", "The storm made landfall at 3:40 a.m. Eastern time.", "contradicts", "UTC gives no season, the report's day does: on 10 September Eastern is EDT, 07:40 UTC"},
		{"07:40 UTC", "The storm made landfall at 3:40 a.m. Eastern time.", "agrees", "EDT on the report's day"},
		{"03:40 EST", "The storm made landfall at 2:40 a.m. Central time.", "agrees", "winter: Central is CST, the same moment"},
		{"03:40 EST", "The storm made landfall at 3:40 a.m. Central time.", "contradicts", "winter: not CDT"},
		{"03:40 MDT", "The storm made landfall at 3:40 a.m. Mountain time.", "agrees", "summer leaves Mountain both ways: Arizona keeps MST"},
		{"03:40 EST", "The storm made landfall at 2:40 a.m. Mountain time.", "contradicts", "winter: all of Mountain keeps MST, an hour off"},
		{"03:40 EST", "The storm made landfall at 1:40 a.m. MT.", "agrees", "winter: MST, the same moment"},
		{"03:40 CDT", "The storm made landfall at 08:40 IST.", "contradicts", "India, Israel or Ireland: no reading is 08:40 UTC; the season drops none of theirs"},
		{"03:40 CDT", "Landfall: a las 2:40 hora del centro.", "agrees", "hora del centro is Mexico's too, which keeps UTC-6 all year: both readings stay, and 2:40 at UTC-6 is the sheet's moment"},
		{"03:40 CDT", "Landfall: a las 3:40 de la madrugada, hora del este.", "contradicts", "hora del este is the United States' Eastern: its season's EDT only"},
		{"14:00 CEST", "The storm made landfall at 13:00 UK time.", "agrees", "Europe's summer: UK time is BST, the same moment"},
		{"14:00 CEST", "The storm made landfall at 12:00 UK time.", "contradicts", "Europe's summer: not GMT"},
		{"14:00 CEST", "Landfall: alle 13 ora italiana.", "contradicts", "Europe's summer: ora italiana is CEST only, an hour off"},
		{"14:00 CET", "Landfall: alle 15 ora italiana.", "contradicts", "Europe's winter: ora italiana is CET only"},
		{"14:00 CET", "Landfall: alle 14 ora italiana.", "agrees", "Europe's winter: the sheet's own zone"},
		{"12:00 UTC", "Landfall: alle 13 ora italiana.", "contradicts", "UTC gives no season, the report's day does: on 10 September ora italiana is CEST, 11:00 UTC"},
		{"12:00 UTC", "Landfall: alle 14 ora italiana.", "agrees", "CEST on the report's day"},
		{"03:40 CDT", "The storm made landfall at 09:40 Paris time.", "contradicts", "a North American season says nothing of Europe's, the report's day does: Paris is CEST, 07:40 UTC"},
		{"03:40 CDT", "The storm made landfall at 10:40 Paris time.", "agrees", "08:40 UTC in CEST"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			sheet := "facts:\n  - id: landfall\n    claim: The storm made landfall.\n    time: " + tt.zone + "\n    about: [landfall]\n"
			r := run(t, sheet, testSource{"s", tt.text, "2025-09-10"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}

// With a sheet's zone that gives no North American season (UTC, CET),
// the report's day gives it when the sheet's date facts lie on the same
// side of daylight saving time: "11 a.m. ET" on 11 March 2026 is EDT.
// Europe's season likewise, for a sheet whose zone gives none (GMT, UTC):
// "heure de Paris" in February is CET.
func TestZonesInTheReportsSeason(t *testing.T) {
	const gmt = "facts:\n  - id: left\n    claim: The ferry left at 14:30 GMT.\n    time: 14:30 GMT\n    about: [quitté]\n  - id: day\n    claim: It left on 17 February 2026.\n    date: 2026-02-17\n    about: [storm]\n"
	assertVerdicts(t, gmt, "2026-02-18", []verdictCase{
		{"Le ferry a quitté le port à 15 h 30, heure de Paris.", "agrees", "February: Paris is CET, 14:30 UTC"},
		{"Le ferry a quitté le port à 16 h 30, heure de Paris.", "contradicts", "not CEST in February: 15:30 UTC"},
	})
	const across = "facts:\n  - id: left\n    claim: The ferry left at 14:30 GMT.\n    time: 14:30 GMT\n    about: [quitté]\n  - id: day\n    claim: It left on 17 February 2026.\n    date: 2026-02-17\n    about: [storm]\n  - id: back\n    claim: Service resumed on 2 April 2026.\n    date: 2026-04-02\n    about: [resumed]\n"
	assertVerdicts(t, across, "2026-03-20", []verdictCase{
		{"Le ferry a quitté le port à 16 h 30, heure de Paris.", "agrees", "the sheet's days within a month of the report lie on both sides of the switch: both readings stand, and CEST agrees"},
	})
	assertVerdicts(t, across, "2026-02-18", []verdictCase{
		{"Le ferry a quitté le port à 16 h 30, heure de Paris.", "contradicts", "a day of the sheet over a month from the report says nothing of its season: CET"},
	})
	const sheet = "facts:\n  - id: online\n    claim: The paper went online at 17:00 CET.\n    time: 17:00 CET\n    about: [embargo]\n  - id: day\n    claim: It appeared on 11 March 2026.\n    date: 2026-03-11\n    about: [appeared]\n"
	assertVerdicts(t, sheet, "2026-03-11", []verdictCase{
		{"In the US, the embargo lifts at 11 a.m. ET.", "contradicts", "three days after the switch: EDT, 15:00 UTC, an hour before the sheet's 16:00"},
		{"In the US, the embargo lifts at 12 p.m. ET.", "agrees", "noon EDT is 16:00 UTC"},
		{"The embargo lifts at 17:00 (11 a.m. in New York).", "contradicts", "a city's time of two seasons takes the report's too: EDT"},
	})
	assertVerdicts(t, sheet, "2026-03-06", []verdictCase{
		{"In the US, the embargo lifts at 11 a.m. ET.", "agrees", "a report before the switch of a story after it: both readings stand, and EST agrees"},
	})
	// A sheet whose time facts include one in a zone of a season gives the
	// season itself: the report's day narrows nothing, for any fact, so
	// the facts read a sentence alike whatever their order.
	both := "facts:\n  - id: online\n    claim: The paper went online at 17:00 CET.\n    time: 17:00 CET\n    about: [embargo]\n  - id: landfall\n    claim: Landfall came at 03:40 EST.\n    time: 03:40 EST\n    about: [landfall]\n"
	r := run(t, both, testSource{"s", "The embargo held, and landfall came at 2:40 a.m. Central time.", "2026-07-10"})
	assert.Equal(t, "agrees", string(r.CellAt(1, 0).Verdict), "EST's season, not the report's July: 2:40 CST is 08:40 UTC")
	undated := "facts:\n  - id: online\n    claim: The paper went online at 17:00 CET.\n    time: 17:00 CET\n    about: [embargo]\n"
	assertVerdicts(t, undated, "2026-01-15", []verdictCase{
		{"In the US, the embargo lifts at 12 p.m. ET.", "contradicts", "a sheet with no date: the report's January day makes ET EST, 17:00 UTC"},
		{"In the US, the embargo lifts at 11 a.m. ET.", "agrees", "11 a.m. EST is 16:00 UTC"},
	})
}

// A time after a word of a forecast or a plan in its clause is when
// something was expected: unsure, never a contradiction. In another
// clause, or for a fact whose own words are the forecast's, it is read.
// A time between an article and a noun that is none of the fact's terms
// ("after the 9 a.m. ceremony") is that noun's event's: unsure.
func TestTimesOfAnotherNoun(t *testing.T) {
	const doors = "facts:\n  - id: doors\n    claim: The doors opened at 10:00 EDT.\n    time: 10:00 EDT\n    about: [opened | doors]\n"
	assertVerdicts(t, doors, "2026-06-14", []verdictCase{
		{"The museum opened its doors after the 9 a.m. EDT ceremony.", "unsure", "the ceremony's time, between an article and its noun"},
		{"The galleries stayed open past the scheduled 6 p.m. EDT closing.", "unsure", "an article, a participle, the time and another noun: the closing's"},
		{"The museum opened its doors at 9 a.m. EDT.", "contradicts", "no noun after the time: the opening's"},
		{"The museum opened its doors at the 9 a.m. EDT opening.", "contradicts", "the noun after the time is the fact's term"},
		{"The doors opened, but the 9 a.m. EDT one was delayed.", "contradicts", "one after the time stands for the fact's own event"},
	})
}

func TestForecastTimes(t *testing.T) {
	const landfall = "facts:\n  - id: landfall\n    claim: The storm made landfall at 03:40 CDT.\n    time: 03:40 CDT\n    about: [landfall]\n"
	assertVerdicts(t, landfall, "2025-09-09", []verdictCase{
		{"The advisory expects landfall around 1 a.m. CDT.", "unsure", "a forecast's time"},
		{"Landfall will come at 1 a.m. CDT, forecasters say.", "unsure", "a time after will"},
		{"Landfall came at 1 a.m. CDT.", "contradicts", "no forecast: the event's time"},
		{"As expected, landfall came at 1 a.m. CDT.", "contradicts", "the forecast word in a clause of its own, before a comma"},
		{"The expected landfall came at 1 a.m. CDT.", "contradicts", "a forecast word after an article is an adjective: the event came"},
	})
	const grounding = "facts:\n  - id: grounding\n    claim: The ferry ran aground at 21:40 CEST.\n    time: 21:40 CEST\n    about: [incagliato | deragliato | échoué]\n"
	assertVerdicts(t, grounding, "2026-04-18", []verdictCase{
		{"Il treno è deragliato ieri sera alle 21.45 ora italiana.", "contradicts", "Italian ieri sera, the evening: no French future"},
		{"Le ferry sera échoué à 21 h 45, heure de Paris.", "unsure", "French sera, will be, still a forecast"},
	})
	const scheduled = "facts:\n  - id: launch\n    claim: The launch is scheduled for 14:30 UTC.\n    time: 14:30 UTC\n    about: [launch]\n"
	assertVerdicts(t, scheduled, "2025-09-09", []verdictCase{
		{"The launch is scheduled for 15:30 UTC.", "contradicts", "the fact's own word: a fact about the plan reads it"},
	})
}

// A time right after a bound or a deadline ("by 19:30", "before
// midnight") tells of something done by then, not of when: unsure. The
// fact's own "by" reads it.
func TestBoundTimes(t *testing.T) {
	const restored = "facts:\n  - id: restored\n    claim: Power was fully restored at 23:40 CEST.\n    time: 23:40 CEST\n    about: [restored | reconnected]\n"
	assertVerdicts(t, restored, "2025-07-15", []verdictCase{
		{"About 80% of customers were reconnected by 19:30 CEST.", "unsure", "by a time: a share done by then"},
		{"Power was restored at 19:30 CEST.", "contradicts", "at a time: when it happened"},
		{"It was not until 19:30 CEST that power was restored.", "contradicts", "not until a time that: when it happened"},
	})
	const by = "facts:\n  - id: by\n    claim: Power was back by 23:40 CEST.\n    time: 23:40 CEST\n    about: [restored]\n"
	assertVerdicts(t, by, "2025-07-15", []verdictCase{
		{"Power was restored by 19:30 CEST.", "contradicts", "by is the fact's own word"},
	})
}

// Two times joined as bounds ("between 2am and 3am") hold the sheet's time
// or not; two joined as a span ("from 9am to 7pm") tell how long something
// lasted or was open, and an end that is not the sheet's is no contradiction.
func TestTimeRanges(t *testing.T) {
	const opened = "facts:\n  - id: opened\n    claim: The fissure opened at 02:40 CET.\n    time: 02:40 CET\n    about: [opened | open]\n"
	assertVerdicts(t, opened, "2025-11-03", []verdictCase{
		{"The fissure opened between 2am and 3am CET.", "agrees", "bounds that hold the sheet's time"},
		{"The fissure opened between 11pm and 3am CET.", "agrees", "bounds across midnight that hold it"},
		{"The fissure opened between 3am and 4am CET.", "contradicts", "bounds that do not hold it: another moment"},
		{"The shelter in the school, open from 9am to 7pm CET, took in families.", "unsure", "a span of opening hours is no moment of the fact"},
		{"The shelter, open 9am-7pm CET, took in families.", "unsure", "so hours written with a dash"},
		{"The shelter opens from 9am to 7pm CET.", "contradicts", "hours with no comma before them: when it opened, the fact's term"},
		{"The fissure opened in the night (3:00 - 4:10 CET).", "contradicts", "the start of a span of no opening hours is when it began"},
		{"The fissure opened from 2:40 to 3:15 CET.", "agrees", "a span whose start is the sheet's time: its end is no other moment of the fact"},
		{"From 3:00 to 3:20 CET the fissure opened wider.", "contradicts", "the start stands for the span though its end is nearer the term"},
		{"The fissure opened at 9am CET and lava flowed until 7pm CET.", "contradicts", "two times that no range joins: the first is the fact's"},
	})
	const reopened = "facts:\n  - id: reopened\n    claim: The road reopened at 19:00 CET.\n    time: 19:00 CET\n    about: [reopened | closed]\n"
	assertVerdicts(t, reopened, "2025-11-03", []verdictCase{
		{"The road was closed from 9am until 7pm CET.", "agrees", "only the span's end is the sheet's time: the end stands for it"},
		{"The road was closed from 9am until 8pm CET.", "contradicts", "neither end is: the start stands for it, another moment"},
	})
}

// A time after a verb of being called or alerted, the fact's terms after
// "to", is when someone was called to the event.
func TestTimesOfACall(t *testing.T) {
	const derailed = "facts:\n  - id: derailed\n    claim: The tram derailed at 08:14 GMT.\n    time: 08:14 GMT\n    about: [derailed | derailment]\n"
	assertVerdicts(t, derailed, "2025-03-04", []verdictCase{
		{"Police were called at 8.16am GMT to reports that a tram had derailed.", "unsure", "the time of the call, minutes after the event"},
		{"Paramedics were dispatched at 8:20 a.m. GMT to the derailment.", "unsure", "so after dispatched, a meridiem's stop before to"},
		{"The tram derailed at 8:16am GMT and police were called to the scene.", "contradicts", "the time follows the fact's own verb"},
		{"Police were called at 8:16am GMT, and the tram had derailed.", "contradicts", "no to after the time: not a call to the event"},
	})
	const alerted = "facts:\n  - id: alerted\n    claim: Firefighters were alerted at 03:12 GMT.\n    time: 03:12 GMT\n    about: [alerted]\n"
	assertVerdicts(t, alerted, "2025-03-04", []verdictCase{
		{"Firefighters were alerted at 3.40am GMT to the blaze at the warehouse.", "contradicts", "the verb of alerting is the fact's own term: the time is the fact's"},
	})
}

// A date with a clock time opening its entry is a timestamp: the date a
// live blog's post was written, or a timeline's event happened.
func TestDateStamps(t *testing.T) {
	sheet := "facts:\n  - id: found\n    claim: The flaw was reported on 24 November 2021.\n    date: 2021-11-24\n    about: [reported | report]\n"
	assertVerdicts(t, sheet, "2021-12-10", []verdictCase{
		{"• 2021-12-09 16:57 UTC - A report was received from a researcher.", "unsure", "a date and time before a dash: a stamp, two readings"},
		{"2021-11-24 16:57 UTC - A report was received from a researcher.", "agrees", "a stamp that agrees"},
		{"2021-12-09 - A report was received from a researcher.", "contradicts", "a date alone before a dash heads a timeline's entry: the event's date"},
		{"On 2021-12-09 16:57 UTC a report was received.", "contradicts", "a date and time that do not open the entry"},
	})
}

// A time with no zone is read in the zone of the sheet's time: it agrees
// when it matches there, and is unsure when not.
func TestZonelessTimes(t *testing.T) {
	const sheet = "facts:\n  - id: collapse\n    claim: The span fell at 5:42 p.m. EDT.\n    time: 17:42 EDT\n    about: [fell | collapsed]\n    within: 20\n"
	assertVerdicts(t, sheet, "2025-10-16", []verdictCase{
		{"The span fell at 5:42 p.m. local time.", "agrees", "the sheet's zone is the local one"},
		{"The span fell at 17:42.", "agrees", "a 24-hour time with no zone"},
		{"Police say the span fell at 5:24 p.m.", "unsure", "another time, in a zone the source does not name"},
		{"The span fell at 5:24 p.m. EDT.", "contradicts", "with its zone, another time is certain"},
		{"The span fell at 1:42 p.m. (21:52 UTC).", "contradicts", "a time with a zone in the sentence outweighs one without"},
		{"The span fell at 5:24 p.m. local time.", "contradicts", "a local time is the story's, the zone the sheet writes: certain"},
		{"The span fell at 5:24 p.m., local residents said.", "unsure", "local after a comma is no zone of the time"},
		{"The span fell at 5:24 p.m. local media said.", "unsure", "local alone, without time, names no zone"},
	})
	const languages = "facts:\n  - id: collapse\n    claim: The span fell at 5:42 p.m. EDT.\n    time: 17:42 EDT\n    about: [cayó | stürzte]\n"
	assertVerdicts(t, languages, "2025-10-16", []verdictCase{
		{"El puente cayó a las 17:24 hora local.", "contradicts", "so in Spanish"},
		{"Die Brücke stürzte um 17:24 Uhr Ortszeit ein.", "contradicts", "and in German, after Uhr"},
		{"Die Brücke stürzte um 23.42 Uhr deutscher Zeit (17.42 Uhr Ortszeit) ein.", "agrees", "a local time in brackets keeps its own zone, not the one before it"},
		{"Die Brücke stürzte um 0.42 Uhr deutscher Zeit (17.42 Uhr Ortszeit) ein.", "contradicts", "and when the two name other moments, the source's own conversion is wrong: the outer time contradicts"},
		{"Die Brücke stürzte um 0.24 Uhr deutscher Zeit (17.24 Uhr Ortszeit) ein.", "contradicts", "and so both a wrong conversion and a wrong local time contradict"},
	})
	const utc = "facts:\n  - id: collapse\n    claim: The span fell at 21:42 UTC.\n    time: 21:42 UTC\n    about: [fell | collapsed]\n"
	assertVerdicts(t, utc, "2025-10-16", []verdictCase{
		{"The span fell at 5:24 p.m. local time.", "unsure", "a sheet in UTC does not know the place's local time"},
	})
}

// A time after "around" or "shortly before" is approximate: disagreeing,
// it is unsure.
func TestApproximateTimes(t *testing.T) {
	const sheet = "facts:\n  - id: cut\n    claim: The attackers were cut off at 03:40 CET.\n    time: 03:40 CET\n    about: [cut off]\n"
	assertVerdicts(t, sheet, "2025-04-16", []verdictCase{
		{"The bank cut off the attackers shortly before 4 a.m. CET.", "agrees", "shortly before: 03:40 is up to half an hour before"},
		{"The bank cut off the attackers shortly before 3:30 a.m. CET.", "unsure", "shortly before a time the sheet's comes after: near, on the wrong side"},
		{"The bank cut off the attackers shortly after 3:30 a.m. CET.", "agrees", "shortly after: up to half an hour after"},
		{"The bank cut off the attackers just after 3:50 a.m. CET.", "unsure", "just after a time the sheet's comes before"},
		{"The bank cut off the attackers shortly before 3 a.m. CET.", "contradicts", "shortly before a time the sheet's comes 40 minutes after: the wrong side, beyond a source's rounding"},
		{"The bank cut off the attackers just after 4:30 a.m. CET.", "unsure", "just after a time the sheet's comes 50 minutes before: its sentence may tell of a later moment"},
		{"The bank kept the attackers cut off until shortly before 3 a.m. CET.", "unsure", "until before the phrase: the bound's moment, no approximation of the event"},
		{"The bank cut off the attackers just before 3:30 a.m. CET.", "unsure", "ten minutes on the wrong side: a source's rounding, near"},
		{"The bank cut off the attackers at around 03:40 CET.", "agrees", "an agreeing approximate time agrees"},
		{"At twenty to four in the morning CET, the bank cut off the attackers.", "agrees", "a time in words, the sheet's exactly"},
		{"At a quarter to four in the morning CET, the bank cut off the attackers.", "agrees", "a quarter hour in words is rounded: 03:40 rounds to it"},
		{"At half past three in the morning CET, the bank cut off the attackers.", "contradicts", "ten minutes off a time in words: beyond its rounding"},
		{"The bank cut off the attackers at 3:45 a.m. CET.", "contradicts", "the same time in digits is exact"},
		{"At precisely a quarter to four in the morning CET, the bank cut off the attackers.", "contradicts", "precisely: no rounding"},
		{"At a quarter to four in the morning CET the bank cut off the attackers, the log shows 03:45.", "contradicts", "another time in the sentence gives the minute"},
		{"The bank cut off the attackers at around 3:45 a.m. CET.", "agrees", "a quarter hour rounds 03:40 to it"},
		{"The bank cut off the attackers at around 3:50 a.m. CET.", "unsure", "ten minutes round 03:40 to itself, not to 3:50: near"},
		{"The bank cut off the attackers at 4 a.m. CET.", "contradicts", "an exact time that differs"},
		{"The bank cut off the attackers around 19:00 CET.", "contradicts", "an approximate time hours off is no approximation of it"},
		{"Die Bank hat die Angreifer gegen 4 Uhr MEZ cut off.", "agrees", "gegen: about, in German; 03:40 rounds to the hour given"},
		{"La banque a cut off les pirates vers 4 h 10 CET.", "unsure", "vers: about, in French; half an hour off is near, not it"},
		{"La banque a cut off les pirates vers 4 h 40 CET.", "contradicts", "but a time given to the ten minutes an hour off is not near"},
		{"The bank cut off the attackers at around 4:30 a.m. CET.", "unsure", "a time given to the half hour may stand up to an hour off"},
		{"El banco cut off a los piratas pasadas las 3.30 horas CET.", "agrees", "pasadas las: shortly after, in Spanish"},
		{"El banco cut off a los piratas a las 3.30 horas CET.", "contradicts", "a las alone: an exact time"},
		{"El banco cut off a los piratas alrededor de las 3.45 horas CET.", "agrees", "alrededor de las: about, with the article Spanish puts before the hour"},
		{"El banco cut off a los piratas hacia las 4.10 horas CET.", "unsure", "hacia las: about, half an hour off is near"},
		{"El banco cut off a los piratas alrededor de las 5.40 horas CET.", "contradicts", "but an hour off the ten minutes is no approximation of it"},
		{"El banco cut off a los piratas en torno a las 3.45 horas CET.", "agrees", "en torno a las: about"},
		{"La banca ha cut off gli hacker attorno alle 3.45 CET.", "agrees", "attorno alle: about, in Italian"},
		{"La banca ha cut off gli hacker poco dopo le 3.30 CET.", "agrees", "poco dopo le: shortly after, in Italian"},
		{"The bank cut off the attackers a little after 3:30 a.m. CET.", "agrees", "a little after: shortly after"},
		{"The bank cut off the attackers a little before half past three in the morning CET.", "unsure", "a little before a time the sheet's comes after: near, on the wrong side"},
		{"The bank cut off the attackers a little after twenty to four in the morning CET.", "agrees", "a time told in words, a little after"},
		{"The bank cut off the attackers after 1 a.m. CET.", "unsure", "after alone is a bound: the event may have come much later"},
		{"The bank cut off the attackers shortly after 1 a.m. CET.", "unsure", "an approximate time far off after a bound's word stays a bound"},
	})
	const noon = "facts:\n  - id: raid\n    claim: The raid began at 11:52 CET.\n    time: 11:52 CET\n    about: [rapina | robo]\n"
	assertVerdicts(t, noon, "2025-04-16", []verdictCase{
		{"La rapina è avvenuta poco prima di mezzogiorno CET.", "agrees", "poco prima di before a word for noon: shortly before, in Italian"},
		{"La rapina è avvenuta poco dopo il mezzogiorno CET.", "unsure", "poco dopo il: shortly after, on the wrong side"},
		{"El robo ocurrió poco antes del mediodía CET.", "agrees", "poco antes del: shortly before noon, in Spanish"},
		{"La rapina è avvenuta a mezzogiorno CET.", "contradicts", "noon alone is exact"},
		{"La rapina è avvenuta poco prima di mezzogiorno e mezzo CET.", "unsure", "noon and a half is half past twelve: 38 minutes off, near"},
		{"La rapina è avvenuta a mezzogiorno e mezzo CET.", "contradicts", "half past twelve, exact: not noon"},
	})
}

// A time with a zone that restates one without it stands as near the
// fact's terms as the first.
func TestRestatedTimes(t *testing.T) {
	const sheet = "facts:\n  - id: start\n    claim: The race started at 05:30 UTC.\n    time: 05:30 UTC\n    about: [started | set off]\n"
	assertVerdicts(t, sheet, "2025-06-08", []verdictCase{
		{"The elite men set off at 7:30 a.m. local time (0530 GMT), in the cool of the morning.", "agrees", "the restated time is as near as the local one"},
		{"The elite men set off at 7:30 a.m. local time (0540 GMT), in the cool of the morning.", "contradicts", "and disagrees when it differs"},
		{"The elite men set off at about 7:40 a.m. (0540 GMT), in the cool of the morning.", "unsure", "an approximation before the first time makes the restated one near too"},
		{"The elite men set off at about 9:40 a.m. (0740 GMT), in the cool of the morning.", "contradicts", "hours off, no approximation of it"},
	})
}

// A time restated in another zone right after it ("08:30 CEST (07:30
// GMT)") as another moment is the source's own wrong conversion: when one
// of the two is the sheet's time, the other contradicts it.
func TestClashingRestatements(t *testing.T) {
	const sheet = "facts:\n  - id: start\n    claim: The race started at 05:30 UTC.\n    time: 05:30 UTC\n    about: [started | set off]\n"
	assertVerdicts(t, sheet, "2025-06-08", []verdictCase{
		{"The elite men set off at 07:30 CEST (06:30 GMT), in the cool of the morning.", "contradicts", "the first is the sheet's time, the bracket another moment"},
		{"The elite men set off at 08:30 CEST (05:30 GMT), in the cool of the morning.", "contradicts", "the bracket is the sheet's time, the first another moment"},
		{"The elite men set off at 07:30 CEST, or 06:30 GMT, in the cool of the morning.", "contradicts", "\"or\" restates a moment as brackets do"},
		{"The elite men set off at 07:30 CEST (05:30 GMT), in the cool of the morning.", "agrees", "a conversion that matches"},
		{"The elite men set off at 07:30 CEST and 06:30 GMT, in the cool of the morning.", "agrees", "\"and\" joins two moments: the nearer one is the fact's"},
		{"The elite men set off at 7:30 a.m. (06:30 GMT), in the cool of the morning.", "contradicts", "the first time has no zone: the restated one decides, as before"},
		{"The elite men set off at 1:30 a.m. ET (05:30 GMT), in the cool of the morning.", "agrees", "a zone of two offsets matches with one of them"},
	})
	assertVerdictsIn(t, "a.md", sheet, "2025-06-08", []verdictCase{
		{"All times CEST.\n\nThe elite men set off at 07:30 (06:30 GMT), in the cool of the morning.\n", "contradicts", "a time read in the zone the text gives for all its times is as certain as one written with its zone"},
		{"All times CEST.\n\nThe elite men set off at 7:30 a.m. (06:30 GMT), in the cool of the morning.\n", "contradicts", "the dot of a.m. before the bracket is no word between"},
	})
	const local = "facts:\n  - id: alarm\n    claim: The alarm sounded at 3:40 a.m. in Chicago.\n    time: 03:40 UTC-06:00\n    about: [alarm]\n"
	assertVerdicts(t, local, "2026-02-10", []verdictCase{
		{"The alarm sounded at 3:40 a.m. local time on Monday (0840 GMT).", "contradicts", "local time and its day between: the bracket restates the moment, wrongly"},
		{"The alarm sounded at 3:40 a.m. local time on Monday (0940 GMT).", "agrees", "and a conversion that matches"},
		{"The alarm sounded at 3:40 a.m. local time on Monday and at 0840 GMT.", "agrees", "and joins two moments: the nearer one is the fact's"},
		{"The alarm sounded at 10:40 a.m. GMT (3:40 a.m. local time).", "contradicts", "the bracket is said to be local and agrees: the outer time, in a named zone, is a wrong conversion"},
		{"The alarm sounded at 9:40 a.m. GMT (3:40 a.m. local time).", "agrees", "a conversion that matches"},
		{"The alarm sounded at 9:40 a.m. GMT (4:40 a.m. local time in New York).", "agrees", "local time of a place named after it may be another zone's: no clash"},
	})
	assertVerdicts(t, strings.Replace(local, "[alarm]", "[alarme]", 1), "2026-02-10", []verdictCase{
		{"O alarme soou às 10h40 GMT (3h40 no horário local).", "contradicts", "local time said with an article before it, in Portuguese"},
		{"O alarme soou às 9h40 GMT (3h40 no horário local).", "agrees", "and a conversion that matches"},
	})
}

// A date or time that opens its sentence in a phrase of its own dates all
// of it, however far the verb stands.
func TestScenesThatOpenSentences(t *testing.T) {
	const sheet = "facts:\n  - id: blast\n    claim: The unit exploded at 03:42 EDT.\n    time: 03:42 EDT\n    about: [exploded | explosion]\n"
	assertVerdicts(t, sheet, "2024-05-14", []verdictCase{
		{"At 3:42 a.m. EDT, a unit at the plant, which makes plastics for most of the region, exploded.", "agrees", "an opening phrase reaches the verb at the end"},
		{"At 4:42 a.m. EDT, a unit at the plant, which makes plastics for most of the region, exploded.", "contradicts", "and disagrees when it differs"},
		{"On May 14, at approximately 3:40 a.m. EDT, a unit at the plant, which makes plastics for most of the region, exploded.", "agrees", "an approximate time opens the sentence too"},
		{"On May 14, at approximately 4:10 a.m. EDT, a unit at the plant, which makes plastics for most of the region, exploded.", "unsure", "an approximate time near is unsure, as anywhere"},
		{"On May 14, at approximately 4:40 a.m. EDT, a unit at the plant, which makes plastics for most of the region, exploded.", "contradicts", "one given to the ten minutes and an hour off is no approximation of it"},
		{"A unit shut at 4:42 a.m. EDT for checks by the crew on duty that night and the next day exploded.", "silent", "a time inside the sentence keeps the window"},
		{"At 4:42 a.m. EDT, investigators said that a unit at the plant, which makes plastics for most of the region, exploded.", "silent", "a verb of saying between: the time of the saying"},
		{"At 4:42 a.m. EDT, the crew of the night shift left the plant, two hours before a unit there exploded.", "silent", "before between: another moment"},
		{"- 3:42 a.m. EDT - A unit at the plant, which makes plastics for most of the region, exploded.", "agrees", "a timeline's entry: a dash closes the opening phrase"},
		{"May 14, 3:42 a.m. EDT - A unit at the plant, which makes plastics for most of the region, exploded.", "agrees", "a day before the time opens the entry with it"},
		{"Tue 14 May - 3:42 a.m. EDT: a unit at the chemical plant that makes plastics for most of the region exploded.", "agrees", "a weekday before the day, and the time after the dash"},
		{"- 3:42 a.m. EDT a unit at the chemical plant that makes plastics for most of the region and more exploded.", "silent", "no comma or dash: the window holds"},
		{"At 4:42 a.m. EDT the crew - two men from the night shift who had worked there for years - watched as a unit exploded.", "silent", "a dash further on opens an insertion, not the end of the opening phrase"},
	})
	const date = "facts:\n  - id: blast\n    claim: The unit exploded on 14 May 2024.\n    date: 2024-05-14\n    about: [exploded | explosion]\n"
	assertVerdicts(t, date, "2024-05-20", []verdictCase{
		{"In the early hours of Tuesday, May 14, part of a unit at the plant that makes plastics for the region exploded.", "agrees", "in the early hours of: an opening phrase"},
		{"On the morning of May 15, part of a unit at the chemical plant on the edge of the old city exploded.", "contradicts", "on the morning of, and a day that differs"},
		{"Last Tuesday, a little after midnight, part of a unit at the plant that makes plastics for the region exploded.", "agrees", "after before a time of day bounds no event"},
		{"Last Tuesday, a little after eleven, part of a unit at the plant that makes plastics for the region exploded.", "agrees", "nor after before an hour in words"},
		{"Last Tuesday, a little before a quarter to six, part of a unit at the plant that makes plastics for the region exploded.", "agrees", "nor before before a quarter to an hour"},
		{"Last Tuesday, a little after twenty to six, part of a unit at the plant that makes plastics for the region exploded.", "agrees", "nor after before minutes to an hour in words"},
		{"Last Tuesday, shortly after half past four, part of a unit at the plant that makes plastics for the region exploded.", "agrees", "nor after before half past an hour"},
		{"Last Monday, a little after twenty inspectors left, part of a unit at the plant that makes plastics for the region exploded.", "silent", "twenty with no past or to is no time: after bounds another moment"},
		{"Last Monday, a day after the inspection, part of a unit at the plant that makes plastics for the region exploded.", "silent", "after before an event: another moment, the window holds"},
		{"On May 15, hundreds of people gathered at the town's church for a service for the victims of the explosion.", "silent", "the term the noun of a phrase of its own (of the explosion): the date is the gathering's"},
		{"On May 15, the last of the workers who were badly hurt in the explosion left the hospital.", "silent", "so after in and an article"},
		{"At 02:40 CET on 14 May 2024, during a storm that had raged across the whole coast, a unit exploded.", "agrees", "a time before the date in the opening phrase"},
		{"At 03:40 local time (01:40 GMT) on Tuesday 14 May, a unit of the plant that makes plastics for the whole region exploded.", "agrees", "a time with its zone and a conversion before the date"},
		{"During its test on 15 May 2024, a unit of the plant making plastics for the whole region and beyond exploded.", "contradicts", "during, then two words naming the event, then the date: an opening phrase"},
		{"After the inspection on 15 May 2024, a unit of the plant that makes plastics for the whole region exploded.", "silent", "after, then an event: another moment, the window holds"},
		{"From 14 May 2024, all units of the plant that makes plastics for the whole region and beyond exploded in turn.", "agrees", "from opens a phrase setting the scene too"},
		{"Na terça-feira, 15 de maio, uma unidade da fábrica que produz plásticos para toda a região (exploded) explodiu.", "contradicts", "Portuguese na opens a phrase setting the scene"},
		{"Op dinsdag 14 mei, tijdens de nachtploeg, ontplofte een eenheid van de fabriek in het oude centrum (exploded).", "agrees", "so does Dutch op"},
		{"From 15 May 2024, all units of the plant that makes plastics for the whole region and beyond exploded in turn.", "unsure", "and disagreeing, from may give only where a span starts"},
		{"From the inspection on 15 May 2024 onwards, the units of the plant that makes plastics for the whole region exploded.", "silent", "from, then an event: another moment, the window holds"},
		{"At the big annual meeting of owners on 15 May 2024, a unit of the plant that makes plastics for the region exploded.", "silent", "more than two words of no list: no short opening phrase"},
		{"La madrugada del miércoles 15 de mayo, una unidad de la planta que fabrica plásticos para toda la región exploded.", "contradicts", "a Spanish opening phrase: the night of Wednesday the 15th"},
		{"La empresa del miércoles 15 de mayo, una unidad de la planta que fabrica plásticos para toda la región exploded.", "silent", "a word of no list after the article: no opening phrase"},
		{"No dia 15 de maio, uma unidade da fábrica que produz plásticos para toda a região (exploded) explodiu.", "contradicts", "the day before its number in an opening phrase: no dia"},
		{"El día 15 de mayo, tras meses de avisos de los vecinos del barrio, una unidad de la planta (exploded) explotó.", "contradicts", "and the Spanish article before it: el día"},
	})
	const german = "facts:\n  - id: blast\n    claim: The unit exploded on 14 May 2024.\n    date: 2024-05-14\n    about: [Explosion]\n"
	assertVerdicts(t, german, "2024-05-20", []verdictCase{
		{"Am 15. Mai war es im Werk am Rand der Altstadt gegen Mitternacht in einer Anlage für Kunststoffe zu einer Explosion gekommen.", "contradicts", "German puts the verb right after the opening phrase, no comma: the date dates the whole sentence"},
		{"Am 14. Mai war es im Werk am Rand der Altstadt gegen Mitternacht in einer Anlage für Kunststoffe zu einer Explosion gekommen.", "agrees", "and agrees when it is the sheet's"},
		{"Am 15. Mai lag das Werk am Rand der Altstadt still und erst viel später in der Nacht darauf kam es in einer Anlage zur Explosion.", "silent", "a verb that is no word of [second-place-verbs]: the window holds"},
		{"Am 15. Mai wurde das Werk nach einer Explosion geräumt.", "silent", "nach and an article before the term: another moment, as after"},
		{"Am 15. Mai kamen in der Kirche Hunderte zu einer Andacht für die Opfer der Explosion zusammen.", "silent", "a noun of another phrase (die Opfer der Explosion) is no event the sentence tells of"},
		{"Op 15 mei, na weken van onrust, volgde een zware ontploffing in de fabriek aan de rand van de stad (Explosion).", "contradicts", "Dutch opens with a comma as English does"},
	})
	const takeoff = "facts:\n  - id: takeoff\n    claim: The jet took off at 10:42 CEST.\n    time: 10:42 CEST\n    about: [take-off | decollo | Start]\n"
	assertVerdicts(t, takeoff, "2024-05-20", []verdictCase{
		{"Pochi minuti dopo il decollo, avvenuto alle 10.42, il motore si è fermato.", "agrees", "a participle of happening after the term's comma dates the term, though a span governs it"},
		{"A few minutes after the take-off, which happened at 10:42, the engine stopped.", "agrees", "so does a relative clause of happening"},
		{"A few minutes after the take-off, at 10:50, the engine stopped.", "silent", "a bare time after a span and the term: the moment counted, not the term's"},
		{"Wenige Minuten nach dem Start, der um 10.42 Uhr erfolgte, fiel das Triebwerk aus.", "agrees", "a German relative clause of happening, its verb after the time"},
		{"Pochi minuti dopo il decollo, avvenuto regolarmente alle 10.42, il motore si è fermato.", "agrees", "one adverb in the clause of happening"},
		{"Pochi minuti dopo il decollo il motore si è fermato alle 10.50.", "unsure", "after the term in its clause the time is read, and counted from it, never certain"},
	})
	const disclosed = "facts:\n  - id: disclosed\n    claim: The foundation disclosed the breach on Tuesday 14 May 2024.\n    date: 2024-05-14\n    said_dates: true\n    about: [disclosed]\n"
	assertVerdicts(t, disclosed, "2024-05-16", []verdictCase{
		{"On Monday, the Quillan Trust, the Leiden charity where the package is published, disclosed the breach.", "contradicts", "for a fact of saying, a verb of saying in an aside before its term tells of something else: the date reaches the term"},
		{"On Monday, the foundation told staff and lawyers that it had disclosed the breach.", "silent", "a verb of saying with no comma after it before the term is the main one: the date is its"},
	})
	const breach = "facts:\n  - id: breach\n    claim: The registry was breached on Tuesday 14 May 2024.\n    date: 2024-05-14\n    about: [breached | breach]\n"
	assertVerdicts(t, breach, "2024-05-16", []verdictCase{
		{"On Monday, the Quillan Trust, the Leiden charity where the package is published, disclosed the breach.", "silent", "for any other fact the verb of saying after the opening date makes it the saying's"},
	})
}

// A text that gives the zone of all its times in a short sentence of its
// own ("All times Eastern.") has its times with no zone read in it, for
// certain.
func TestTimesInTheTextsZone(t *testing.T) {
	const sheet = "facts:\n  - id: strike\n    claim: The ship struck the pier at 01:28 EDT.\n    time: 01:28 EDT\n    about: [strikes | struck]\n"
	assertVerdictsIn(t, "a.md", sheet, "2024-03-26", []verdictCase{
		{"*Live coverage. All times Eastern.*\n\nThe ship struck the pier at 1:29 a.m.\n", "contradicts", "a zone's word alone for all times: read in it"},
		{"All times are UTC.\n\nThe ship struck the pier at 05:28.\n", "agrees", "05:28 UTC is 01:28 EDT"},
		{"All times Eastern.\n\nThe ship struck the pier at 12:28 a.m.\n", "contradicts", "the text's region takes the sheet's season, as a zone written with the time does: EDT, not the EST that would make it 05:28 UTC"},
		{"All times Eastern.\n\nThe ship struck the pier at 1:28 a.m.\n", "agrees", "the sheet's time in EDT"},
		{"(All times UTC)\n\nThe ship struck the pier at 05:31.\n", "contradicts", "in brackets"},
		{"All times are local (GMT-4).\n\nThe ship struck the pier at 01:28.\n", "agrees", "an offset after GMT in the text's zone: 01:28 at GMT-4 is 05:28 UTC"},
		{"All times ET.\n\nThe ship struck the pier at 2:28 a.m. in Dundalk.\n", "unsure", "a place after the time: its own zone, not the text's"},
		{"All times ET.\n\nThe ship struck the pier at 2:28 a.m. in London.\n", "contradicts", "a place whose time the checker knows: read in it, 02:28 or 01:28 UTC"},
		{"All times ET.\n\nThe ship struck the pier at 2:28 a.m. local.\n", "unsure", "local after the time: the place's"},
		{"All times ET.\n\nThe ship struck the pier at 2:28 a.m. Dundalk time.\n", "unsure", "a place's time the checker does not know: not the text's zone"},
		{"All times ET.\n\nThe ship struck the pier at 2:28 a.m. Time stood still.\n", "contradicts", "time in another sentence names no place's time"},
		{"Times in Eastern, Central and Mountain were hard.\n\nThe ship struck the pier at 2:28 a.m.\n", "unsure", "a sentence that goes on after the zone gives no text's zone"},
		{"Timeline (all times UTC)\n\nThe ship struck the pier at 1:29 a.m.\n", "contradicts", "the phrase in brackets after a title gives the text's zone too"},
		{"Timeline (all times UTC)\n\n| Time | Event |\n|---|---|\n| 05:10 | The ship struck the pier |\n| 05:28 | Crews reach the pier |\n", "unsure", "a time in a row's first cell stamps the row, as a timeline's entry"},
		{"Timeline (all times UTC)\n\n| Time | Event |\n|---|---|\n| 05:28 | The ship struck the pier |\n", "agrees", "and agrees when it is the sheet's"},
		{"All times are UTC.\n\n## 05:47 BREAKING: the ship struck the pier\n\nMore soon.\n", "unsure", "a time opening a heading is the post's stamp"},
		{"All times are UTC.\n\n## 05:47 The ship struck the pier.\n\nMore soon.\n", "unsure", "a heading line that ends with a stop is a stamp too"},
		{"All times are UTC.\n\n05:47 The ship struck the pier.\n\nMore soon.\n", "unsure", "a time opening its line before a capital is a plain-text live blog's stamp, as on a heading line"},
		{"All times are UTC.\n\nCrews waited. 05:47 The ship struck the pier.\n\nMore soon.\n", "contradicts", "a sentence inside a line that opens with a time states it"},
		{"All times are UTC.\n\n**05:47** *(corrected)*\nThe ship struck the pier.\n\nMore soon.\n", "unsure", "a stamp with a note in brackets on a line of its own, the post below it"},
		{"All times are UTC.\n\n**05:47** *(official)*\nwas when the ship struck the pier.\n\nMore soon.\n", "contradicts", "not before words in lower case: the time is the sentence's subject"},
		{"All times are UTC.\n\nCrews waited. 05:47\nthe ship struck the pier.\n\nMore soon.\n", "contradicts", "a time ending its line that does not open it is no stamp"},
		{"Live coverage.\n\nThe ship struck the pier at 1:29 a.m.\n", "unsure", "no zone given anywhere: read in the sheet's, unsure"},
		{"All times were hard for the crew, the mayor said.\n\nThe ship struck the pier at 1:29 a.m.\n", "unsure", "all times and no zone: no zone of the text's"},
	})
}

// A source whose entry in sources.yaml gives a zone has its times with no
// zone read in it, for certain, unless the text gives its own zone for its
// times or the time is a place's.
func TestTimesInTheListedZone(t *testing.T) {
	const sheet = "facts:\n  - id: verdict\n    claim: The verdict was read at 15:40 CET.\n    time: 15:40 CET\n    about: [verdict]\n"
	tests := []struct{ zone, text, want, why string }{
		{"CET", "The verdict was read at 16:40.", "contradicts", "read in the listed zone: an hour off for certain"},
		{"CET", "The verdict was read at 15:40.", "agrees", "the sheet's time in the listed zone"},
		{"UTC+01:00", "The verdict was read at 15:40.", "agrees", "an offset as the listed zone"},
		{"", "The verdict was read at 16:40.", "unsure", "no zone listed: read in the sheet's, unsure"},
		{"CET", "All times UTC.\n\nThe verdict was read at 14:40.", "agrees", "the text's own zone for its times outweighs the listed one"},
		{"CET", "The verdict was read at 16:40 in Dundalk.", "unsure", "a place after the time: its own zone, not the listed one"},
		{"EDT", "Le verdict a été lu à 15 h 40, heure locale.", "agrees", "heure locale after a comma: the story's zone, the sheet's, not the listed one"},
		{"EDT", "Le verdict a été lu à 15 h 40, heure de pointe.", "contradicts", "heure de pointe, rush hour, names no local time: the listed zone"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, listedVerdict(t, sheet, tt.zone, "2026-03-17", tt.text, 0), "%q", tt.text)
		})
	}
}

// listedVerdict runs a sheet against one source whose sources.yaml entry
// lists zone (none when empty) and returns the verdict of fact fi.
func listedVerdict(t *testing.T, sheet, zone, published, text string, fi int) string {
	t.Helper()
	s, err := facts.Parse("facts.yaml", []byte(sheet))
	require.NoError(t, err)
	meta := "sources:\n  - id: a\n    file: a.txt\n    published: " + published + "\n    dated_by: test\n"
	if zone != "" {
		meta += "    zone: " + zone + "\n"
	}
	c, err := document.LoadCorpus(writeCorpus(t, meta, map[string]string{"a.txt": text}))
	require.NoError(t, err)
	r, err := Run(s, c)
	require.NoError(t, err)
	return string(r.CellAt(fi, 0).Verdict)
}

// A source listed in the zone of its report's season, an hour off the
// sheet's, reports an event of the other season: a bare time that agrees
// on the sheet's clock is unsure, as the writer may have kept the
// event's.
func TestListedZoneOfAnotherSeason(t *testing.T) {
	const sheet = "facts:\n  - id: day\n    claim: The verdict was read on 20 March 2026.\n    date: 2026-03-20\n    about: [verdict]\n  - id: verdict\n    claim: The verdict was read at 15:40 (UTC+01:00).\n    time: 15:40 UTC+01:00\n    about: [verdict]\n"
	tests := []struct{ zone, published, text, want, why string }{
		{"CEST", "2026-04-02", "The verdict was read at 15:40.", "unsure", "the clocks changed on 29 March, between the event and the report: the sheet's clock face agrees"},
		{"CEST", "2026-04-02", "The verdict was read at 16:40.", "agrees", "16:40 CEST is the sheet's moment"},
		{"CEST", "2026-04-02", "The verdict was read at 17:40.", "contradicts", "neither reading agrees"},
		{"CEST", "2026-03-21", "The verdict was read at 15:40.", "contradicts", "a report of the event's season: the listed zone is the writer's for certain"},
		{"UTC+02:00", "2026-04-02", "The verdict was read at 15:40.", "contradicts", "an offset names no region, so no season"},
		{"UTC-05:00", "2026-04-02", "The verdict was read at 15:40.", "contradicts", "a listed zone more than an hour off: no season explains it"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, listedVerdict(t, sheet, tt.zone, tt.published, tt.text, 1), "%q", tt.text)
		})
	}
}

// A sheet's zone that names a season gives the event's: a listed zone of
// the same season an hour off is another place's clock for certain, one of
// the other season may be the writer's.
func TestListedZoneOfTheSheetsSeason(t *testing.T) {
	tests := []struct{ zone, text, want, why string }{
		{"BST", "The verdict was read at 14:40.", "contradicts", "14:40 BST read in a listed CEST: two zones of one season, an hour apart"},
		{"CET", "The verdict was read at 14:40.", "unsure", "14:40 CET read in a listed CEST: the sheet's zone names the other season"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			sheet := "facts:\n  - id: day\n    claim: The verdict was read on 20 March 2026.\n    date: 2026-03-20\n    about: [verdict]\n  - id: verdict\n    claim: C.\n    time: 14:40 " + tt.zone + "\n    about: [verdict]\n"
			assert.Equal(t, tt.want, listedVerdict(t, sheet, "CEST", "2026-04-14", tt.text, 1))
		})
	}
}

// A time with no "a.m." nor "p.m." in a text that writes its other times
// with them may be of either half of the day: "around 4:50" under an entry
// stamped "5:02 p.m." agrees with 16:52.
func TestTimesInHoursOfTwelve(t *testing.T) {
	const sheet = "facts:\n  - id: touchdown\n    claim: The funnel touched down at 16:52 CDT.\n    time: 16:52 CDT\n    about: [touched down]\n"
	assertVerdictsIn(t, "a.md", sheet, "2026-04-15", []verdictCase{
		{"All times Central.\n\n**5:02 p.m.** — Spotters say it touched down around 4:50.\n", "agrees", "the afternoon's reading agrees, within around's leeway"},
		{"All times Central.\n\n**5:02 p.m.** — Spotters say it touched down at 4:52.\n", "agrees", "the afternoon's reading is the sheet's"},
		{"All times Central.\n\n**5:02 p.m.** — Spotters say it touched down at 3:52.\n", "contradicts", "neither half of the day is the sheet's"},
		{"All times Central.\n\nSpotters say it touched down at 4:52.\n", "contradicts", "no time with a.m. or p.m. in the text: read as written, in hours of 24"},
		{"All times Central.\n\n**5:02 p.m.** — Spotters say it touched down at 04:52.\n", "contradicts", "a leading zero writes hours of 24"},
	})
}

// A time with no zone after one with a zone in its sentence is read in
// that zone: it agrees there, and is unsure when it does not, as it may be
// another place's.
func TestZoneCarriedInSentence(t *testing.T) {
	const sheet = "facts:\n  - id: end\n    claim: Service was restored at 11:19 UTC.\n    time: 11:19 UTC\n    about: [restored]\n    within: 20\n"
	assertVerdicts(t, sheet, "2026-03-13", []verdictCase{
		{"The outage began at 08:42 CET and service was restored at 12:19 p.m.", "agrees", "12:19 in the CET of the time before it is 11:19 UTC"},
		{"The outage began at 08:42 CET and service was restored at 12:49 p.m.", "unsure", "another time in the carried zone is unsure: it may be another place's"},
		{"Tokyo closed at 15:00 JST and service was restored at 9:30 a.m. Ulaanbaatar time.", "unsure", "a zone the lexicon does not read: unsure, never certain"},
		{"Tokyo closed at 15:00 JST and service was restored at 9:30 a.m. Eastern.", "contradicts", "Eastern alone ending the clause is ET: certain"},
		{"Service was restored at 13:19 Riga time.", "agrees", "a city's time the zone table holds: 11:19 UTC in summer"},
		{"Service was restored at 14:19 Riga time.", "contradicts", "and another time there contradicts"},
		{"Service was restored at 12:19 p.m.", "unsure", "alone, a time with no zone is read in the sheet's and may mean another"},
		{"Trading in Frankfurt resumed at 09:00 CET, while service was restored at 12:49 p.m. in Boston.", "unsure", "a comma ends the zone's reach"},
		{"The outage began at 08:42 CET and service was restored at 12:49 p.m. local time.", "unsure", "a time said to be local keeps no other zone"},
		{"The outage began at 9:42 a.m. (0742 GMT) and service was restored at 1:19 p.m.", "agrees", "a time restated in GMT carries the zone it shows, UTC+2: 13:19 is 11:19 UTC"},
		{"The outage began at 9:42 a.m. (0742 GMT) and service was restored at 12:19 p.m.", "unsure", "so 12:19 there is 10:19 UTC, another time in a carried zone"},
	})
}

// A time of saying, as a date of saying, may be when it was said: next to
// a verb of saying, or between one and the "that" of what was said.
func TestTimesOfSaying(t *testing.T) {
	const sheet = "facts:\n  - id: restored\n    claim: Service was restored at 12:55 UTC.\n    time: 12:55 UTC\n    about: [restore*]\n"
	assertVerdicts(t, sheet, "2025-11-18", []verdictCase{
		{"The company said in a statement posted at 08:40 UTC that teams were working to restore service.", "unsure", "a time between a verb of announcing and that"},
		{"Service was restored at 08:40 UTC, the company said.", "contradicts", "the time of the event, the verb of saying after a comma"},
		{"The company confirmed to Radio Nord at 08:40 UTC that service was restored.", "unsure", "a hearer named between the verb and the time: still a time of saying"},
		{"The company told Radio Nord at 08:40 UTC that service was restored.", "unsure", "so after told"},
		{"The company restored Radio Nord at 08:40 UTC that morning.", "contradicts", "no verb of saying before the name: the event's time"},
	})
	const briefing = "facts:\n  - id: briefing\n    claim: The agency's news conference began at 14:00 CEST.\n    time: 14:00 CEST\n    about: [news conference]\n"
	assertVerdicts(t, briefing, "2026-06-19", []verdictCase{
		{"The agency told a news conference at 1200 GMT that tests had found the source.", "agrees", "the occasion of saying is the fact's own: its time is the fact's"},
		{"The agency told a news conference at 1300 GMT that tests had found the source.", "contradicts", "and another time contradicts"},
		{"The agency said at 1300 GMT that the news conference had found the source.", "unsure", "a time next to the verb, the occasion after it: when it was said"},
	})
}

// A source with no day of its own takes North America's season from the
// sheet's date facts, when they all lie on one side of the switch: "3:47
// a.m. ET" in an undated page of a story of April is EDT. Days on both
// sides leave both readings.
func TestZonesInTheSheetsDaysSeason(t *testing.T) {
	const april = "facts:\n  - id: quake\n    claim: The quake struck at 03:47 PET.\n    time: 03:47 PET\n    about: [struck]\n  - id: day\n    claim: It struck on 14 April 2026.\n    date: 2026-04-14\n    about: [quake]\n"
	assertVerdicts(t, april, "", []verdictCase{
		{"The quake struck at 3:47 a.m. ET.", "contradicts", "April: ET is EDT, 07:47 UTC, not the sheet's 08:47"},
		{"The quake struck at 4:47 a.m. ET.", "agrees", "4:47 EDT is 08:47 UTC"},
	})
	const across = april + "  - id: relief\n    claim: Relief ended on 20 January 2026.\n    date: 2026-01-20\n    about: [relief]\n"
	assertVerdicts(t, across, "", []verdictCase{
		{"The quake struck at 3:47 a.m. ET.", "agrees", "the sheet's days lie on both sides of the switch: EST stands too, and agrees"},
	})
}

// Two time facts of one moment, in the story's zone and in UTC, are no
// rivals: a time either reads is judged by both. Two of different
// moments still are: a time as near both is unsure.
func TestTimesOfOneMoment(t *testing.T) {
	const twins = "facts:\n  - id: local\n    claim: The quake struck at 03:47 PET.\n    time: 03:47 PET\n    about: [struck]\n  - id: utc\n    claim: The quake struck at 08:47 UTC.\n    time: 08:47 UTC\n    about: [struck]\n"
	assertTwoVerdicts(t, twins, "2026-04-15", []twoVerdictCase{
		{"The quake struck at 09:47 UTC.", "contradicts", "contradicts", "one moment: the time is both facts'"},
		{"The quake struck at 08:47 UTC.", "agrees", "agrees", "and agrees with both"},
	})
	const rivals = "facts:\n  - id: main\n    claim: The quake struck at 03:47 PET.\n    time: 03:47 PET\n    about: [struck]\n  - id: after\n    claim: The aftershock struck at 05:10 PET.\n    time: 05:10 PET\n    about: [struck]\n"
	assertTwoVerdicts(t, rivals, "2026-04-15", []twoVerdictCase{
		{"It struck at 04:30 PET.", "unsure", "unsure", "two moments: the time may be either fact's"},
	})
}

// A located sentence with no time of its own, in a live blog's entry that
// a stamp opens (on its own line or before a dash), takes the stamp's time
// when the fact's cell has nothing sure: it agrees when it is the sheet's,
// and is unsure when not, a post being written after what it tells.
func TestStampedEntriesTimeTheirSentences(t *testing.T) {
	const verdict = "facts:\n  - id: verdict\n    claim: The judge began reading the verdict at 14:20 CET.\n    time: 14:20 CET\n    about: [verdict]\n"
	assertVerdictsIn(t, "a.md", verdict, "2026-03-10", []verdictCase{
		{"# Live\n\n14:20\n\nThe judge has begun reading the verdict.\n", "agrees", "a stamp alone on the line before the entry"},
		{"# Live\n\n14:20 — The court is seated. The judge has begun reading the verdict.\n", "agrees", "a later sentence of an entry a stamp opens"},
		{"# Live\n\n14:35\n\nThe judge has begun reading the verdict.\n", "unsure", "another stamp: the post may follow what it tells"},
		{"# Live\n\n14:35\n\nThe judge will read the verdict soon.\n", "silent", "a plan is not timed by its stamp"},
		{"# Court\n\nThe judge has begun reading the verdict.\n", "silent", "no stamp: no time"},
		{"# Live\n\nAll times GMT.\n\n13:20\n\nThe judge has begun reading the verdict.\n", "agrees", "a stamp is read in the zone the text gives its times: 13:20 GMT is 14:20 CET"},
		{"# Live\n\nAll times GMT.\n\n14:20\n\nThe judge has begun reading the verdict.\n", "unsure", "so the sheet's figure in another zone is another moment"},
	})
	assertVerdictsIn(t, "a.txt", verdict, "2026-03-10", []verdictCase{
		{"Live\n\nAll times CET.\n\n14:35  The judge has begun reading the verdict.\n", "unsure", "a plain-text stamp opening its line before a capital, no dash"},
		{"Live\n\nAll times CET.\n\nKey events\n\n- 14:35 Judge begins reading the verdict\n", "unsure", "a key event's stamp in a list item"},
		{"Live\n\n14:20  JUDGE BEGINS READING THE VERDICT\n", "agrees", "and the stamp of the fact's time agrees"},
		{"Live\n\nAll times CET. The court sat late. 14:35 Judges began reading the verdict.\n", "contradicts", "a time opening a sentence inside a line is no stamp"},
	})
	const lot = "facts:\n  - id: lot\n    claim: The lot opened at 7:42 p.m. EDT.\n    time: 19:42 EDT\n    about: [Lot 18]\n"
	assertVerdictsIn(t, "a.txt", lot, "2026-05-13", []verdictCase{
		{"Live\n\nAll times EDT.\n\n7:42 p.m. Here we go. Lot 18 is on the easel.\n", "agrees", "a stamp in a.m. or p.m. before a capital: its stop is the abbreviation's"},
		{"Live\n\nAll times EDT.\n\n7:38 p.m. Here we go. Lot 18 is on the easel.\n", "unsure", "and another stamp is unsure"},
	})
}

// A fact kept in UTC reads a source's time with no zone in the story's
// local zone, which the sheet's other time facts give when they share
// one: "10:42 local time" is 09:42 UTC in a story in BST. With no such
// zone, or two, it is read in UTC as before.
func TestLocalTimesOfAFactInUTC(t *testing.T) {
	const utc = "facts:\n  - id: utc\n    claim: The rocket lifted off at 09:42 UTC.\n    time: 09:42 UTC\n    about: [lifted off]\n"
	const local = "  - id: local\n    claim: It lifted off at 10:42 BST.\n    time: 10:42 BST\n    about: [local time]\n"
	assertVerdictsIn(t, "a.md", utc+local, "2026-07-15", []verdictCase{
		{"The rocket lifted off at 10:42 local time.", "agrees", "local time in the story's zone, BST: 09:42 UTC"},
		{"The rocket lifted off at 11:42 local time.", "contradicts", "an hour off in the story's zone"},
	})
	assertVerdictsIn(t, "a.md", utc, "2026-07-15", []verdictCase{
		{"The rocket lifted off at 10:42 local time.", "unsure", "no other time fact: no story zone, and local is no zone of a fact in UTC"},
	})
	const other = "  - id: other\n    claim: Tracking began at 06:00 EDT.\n    time: 06:00 EDT\n    about: [tracking]\n"
	assertVerdictsIn(t, "a.md", utc+local+other, "2026-07-15", []verdictCase{
		{"The rocket lifted off at 12:42 local time.", "unsure", "two local zones in the sheet: none is the story's, so unsure as with none"},
	})
}

// A time another time fact of the sheet holds is not a certain
// contradiction: "kick-off at 18:00" may be the replay's.
func TestTimeAnotherTimeFactHolds(t *testing.T) {
	const first = "facts:\n  - id: kickoff\n    claim: The match was due to kick off at 15:00 CET.\n    time: 15:00 CET\n    about: [kick-off | kick off]\n"
	const replay = "  - id: replay\n    claim: The replay kicks off at 18:00 CET.\n    time: 18:00 CET\n    severity: warning\n    about: [replay]\n"
	assertVerdicts(t, first+replay, "2026-02-09", []verdictCase{
		{"The match will be played in Horni Brod, with kick-off at 18:00 CET.", "unsure", "the other time fact's value: it may be the replay's"},
		{"The match will be played in Horni Brod, with kick-off at 17:00 CET.", "contradicts", "no fact's value"},
		{"The match was due to kick off at 15:00 CET.", "agrees", "the fact's own"},
	})
	assertVerdicts(t, first, "2026-02-09", []verdictCase{
		{"The match will be played in Horni Brod, with kick-off at 18:00 CET.", "contradicts", "with no other time fact, a wrong time contradicts"},
	})
}

// A time after the date of a byline left in the text ("Publié le 23
// septembre 2025 à 06h40", below a cookie line) is when the page was
// published, no event's.
func TestBylineTimeIsThePages(t *testing.T) {
	const notice = "facts:\n  - id: notice\n    claim: The notice was published at 18:30 BST.\n    time: 18:30 BST\n    about: [notice | published | publié]\n"
	assertVerdicts(t, notice, "2025-09-23", []verdictCase{
		{"Ce site utilise des cookies. Vous acceptez leur utilisation.\n\nPublié le 23 septembre 2025 à 06h40\n", "silent", "the byline's time, after its date, below a cookie line: the page's"},
		{"This site uses cookies. You accept them.\n\nPublished on 23 September 2025 at 06:40 BST\n", "silent", "so in English"},
		{"The notice was published at 06:40 BST on 23 September.", "contradicts", "a sentence that tells of the publishing, opening with another word"},
		{"This site uses cookies.\n\nPosted on 23 September 2025 at 06:40 BST, the notice named no cause.\n", "contradicts", "a sentence that goes on after the time tells of the posting"},
	})
}

// A time that disagrees in the paragraph where the source gives the
// sheet's time outright is another moment's, not judged; in another
// paragraph it contradicts, as a source may get the time right once and
// wrong later.
func TestTimeBesideTheSheetsTime(t *testing.T) {
	const sheet = "facts:\n  - id: liftoff\n    claim: The rocket lifted off at 10:42 UTC.\n    time: 10:42 UTC\n    about: [lifted off | launch]\n"
	assertVerdictsIn(t, "a.txt", sheet, "2025-09-09", []verdictCase{
		{"The rocket lifted off at 10:42 UTC. Fog had pushed the launch back from the window's opening at 10:04 UTC.\n", "agrees", "another time in the paragraph that states the sheet's: another moment"},
		{"The rocket lifted off at 10:42 UTC.\n\nThe launch came at 11:42 UTC, officials said.\n", "contradicts", "in another paragraph a disagreeing time still contradicts"},
		{"Fog had pushed the launch back from the window's opening at 10:04 UTC.\n", "contradicts", "alone, with no sheet's time in the source, it is read as ever"},
		{"The rocket was scheduled to lift off at 10:42 UTC. A valve fault delayed the launch, which came at 11:15 UTC.\n", "contradicts", "a time planned states nothing outright: another time beside it is read as ever"},
	})
}

// "local time" is read in the story's zone, but in a sentence that names
// a place whose clock is another zone's it may be that place's: unsure.
func TestLocalTimeOfAnotherPlace(t *testing.T) {
	const outage = "facts:\n  - id: outage\n    claim: The outage began at 04:12 EDT.\n    time: 04:12 EDT\n    about: [outage]\n"
	assertVerdicts(t, outage, "2025-06-18", []verdictCase{
		{"In Vancouver, where the outage struck at 1:12 a.m. local time, crews waited.", "unsure", "local time in a sentence naming a place of another zone: that place's, perhaps"},
		{"In Toronto the outage struck at 5:12 a.m. local time.", "contradicts", "a place in the sheet's own zone: the story's local time"},
		{"In the Las Vancouver district the outage struck at 5:12 a.m. local time.", "contradicts", "a capitalised article before the city opens a longer name: no Vancouver"},
		{"Far from Vancouver, the outage struck at 5:12 a.m. local time.", "unsure", "the city alone is still that place"},
		{"The outage struck at 5:12 a.m. local time.", "contradicts", "no place named: the story's local time"},
	})
}

// A range after a word of being able is a window when something may be
// done, no moment of the fact's event.
func TestAbilityWindows(t *testing.T) {
	const sheet = "facts:\n  - id: call\n    claim: The first call came at 03:47 EST.\n    time: 03:47 EST\n    about: [call | calls]\n"
	assertVerdicts(t, sheet, "2025-01-15", []verdictCase{
		{"Residents can call the hotline between 9 a.m. and 6 p.m. EST.", "unsure", "can before bounds: a window to call in"},
		{"Residents can call the hotline from 9 a.m. to 6 p.m. EST.", "unsure", "so before a span"},
		{"The first calls came between 1 a.m. and 2 a.m. EST.", "contradicts", "bounds of the event that exclude its time"},
		{"The first call came at 9 a.m. EST, officials can confirm.", "contradicts", "a single time, no range: can after it changes nothing"},
		{"The calls came on May 3 from 9 a.m. to 6 p.m. EST.", "contradicts", "May the month is no word of being able"},
	})
}
