package checks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readNumbers lists the quantities of a text as "says=value".
func readNumbers(t *testing.T, text string) string {
	t.Helper()
	src := parseText(t, text, published("2022-09-10"))
	var out []string
	for i := range src.sents {
		sent := &src.sents[i]
		for _, n := range sent.numberMentions() {
			v := says(src, sent, span{n.start, n.uend}) + "=" + n.value.String()
			if n.unit != nil {
				v += " " + n.unit.name
			}
			out = append(out, v)
		}
	}
	return strings.Join(out, "; ")
}

func TestExtractNumbers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The camp holds 3,000 people.", "3,000=3,000"},
		{"It has between 2000 and 3000 members.", "between 2000 and 3000=2,000..3,000"},
		{"It has 3,000 or so members.", "3,000 or so=2,700..3,300"},
		{"Its 40,000-odd staff built it.", "40,000-odd=36,000..44,000"},
		{"Its three hundred-odd staff built it.", "three hundred-odd=270..330"},    // -odd after a number word's scale widens it, no noun it describes
		{"Its two hundred-plus staff built it.", "two hundred-plus=more than 200"}, // and -plus
		{"It has 3,000 or more members.", "3,000 or more=at least 3,000"},
		{"It is rated 9.0 or higher.", "9.0 or higher=at least 9"},
		{"Core inflation edged up to 2.8 percent.", "2.8 percent=2.8 percent"},
		{"Fees are up to 2.8 percent.", "up to 2.8 percent=up to 2.8 percent"},
		{"The bank will cut up to 3,000 jobs.", "up to 3,000=up to 3,000"},
		{"The span carries no more than 160 people.", "no more than 160=up to 160"},                    // no more than is at most, not more than
		{"El fuego destruyó al menos una veintena de viviendas.", "al menos una veintena=at least 20"}, // an article between the bound and a round count
		{"El fuego destruyó una veintena de viviendas.", "veintena=16..24"},                            // the round count alone: some twenty, wider than about
		{"The span carries more than 160 people.", "more than 160=more than 160"},                      // more than alone is a bound from below
		{"Der Index schloss bei 1.798,6 Punkten.", "1.798,6=1,798.6"},                                  // a thousands dot and a decimal comma
		{"Der Index schloss bei 12.345.678,5 Punkten.", "12.345.678,5=12,345,678.5"},                   // so with several groups
		{"Es gab 1.798, 2.000 und 3.100 Anmeldungen.", "1.798=1.798; 2.000=2; 3.100=3.1"},              // a comma and a space after a group: a list, no decimal comma (each dot keeps its two readings)
		{"The span carries just over 160 people.", "just over 160=160..192"},                           // just over is a little above: a fifth, or half the last digit's unit
		{"The launch failed just over two minutes in.", "just over two minutes=2..2.5 minute"},         // half a minute, more than 10% of two
		{"Ha ganado poco más de 300 votos.", "poco más de 300=300..360"},                               // in Spanish
		{"The span carries not less than 160 people.", "not less than 160=at least 160"},               // not less than is at least
		{"Temperatures climbed towards 30C.", "climbed towards 30C=27..30 celsius"},
		{"It put $2 million towards 30 new homes.", "2 million=2,000,000 dollar; 30=30"},
		{"It has 3,000-plus members.", "3,000-plus=more than 3,000"},
		{"Its 3,000+ members came.", "3,000=more than 3,000"},
		{"The 1,000th visitor came.", ""},
		{"Nearly three-quarters of staff left.", "Nearly three-quarters=67.5..75 percent"}, // a fraction of a whole is no count, but a share
		{"Two thirds of staff left.", "Two thirds=60..73.34 percent"},
		{"The camp holds 3 000 people.", "3 000=3,000"},
		{"Costará 154 millones de euros.", "154 millones de euros=154,000,000 euro"},
		{"Le projet coûte 2,5 millions d'euros.", "2,5 millions d'euros=2,500,000 euro"},
		{"Il violino vale quattro milioni e mezzo di euro.", "quattro milioni e mezzo di euro=4,500,000 euro"}, // and a half after the scale word, the unit after it
		{"Costará cuatro millones y medio de euros.", "cuatro millones y medio de euros=4,500,000 euro"},
		{"Il violino vale quattro milioni e mezzo.", "quattro milioni e mezzo=4,500,000"},
		{"El fondo dispone de dos millones y 800.000 euros.", "dos millones y 800.000 euros=2,800,000 euro"}, // digits after y: the rest of the figure, a dot of thousands
		{"Des dizaines de milliers de manifestants ont défilé.", ""},                                         // tens of thousands in French: not read, no 20 to 99
		{"Il violino vale quattro milioni e quattrocentomila euro.", ""},                                     // a figure that goes on past its scale word is not read, for the rest is not
		{"Il violino vale quattro milioni e il museo lo vende.", "quattro milioni=4,000,000"},                // and is, when what follows is no number
		{"Son cuatro millones y medio.", "cuatro millones y medio=4,500,000"},
		{"Hay cuatro y medio de ellos.", "cuatro=4"},                          // no scale word: half of nothing is added
		{"Costó 4,2 millones y medio año después.", "4,2 millones=4,200,000"}, // a decimal figure, and a noun after medio: no half
		{"Il costo è di 3 milioni di euro.", "3 milioni di euro=3,000,000 euro"},
		{"Die Kosten: 154 Millionen Euro.", "154 Millionen Euro=154,000,000 euro"},
		{"Le coût atteint 2 milliards.", "2 milliards=2,000,000,000"},
		{"The camp holds 1,234,567 people.", "1,234,567=1,234,567"},
		{"They had twenty-four hours to leave.", "twenty-four hours=24 hour"},
		{"They had twenty four hours to leave.", "twenty four hours=24 hour"},
		{"We have one seventy souls on board.", "one seventy=170"},
		{"It lived a hundred and seventeen million years ago.", "a hundred and seventeen million years=117,000,000 year"},
		{"It cost a million dollars.", "a million dollars=1,000,000 dollar"},
		{"It drew a thousand five hundred fans.", "a thousand five hundred=1,500"},
		{"The council will build a hundred two-bedroom homes.", "a hundred=100; two=2"},
		{"They had twenty-four hours to go.", "twenty-four hours=24 hour"},
		{"Fixed a crash on shutdown (#4290).", ""},
		{"Call one two three now.", "one=1; two=2; three=3"},
		{"It won two point four million pounds.", "two point four million pounds=2,400,000 pound"},
		{"The case lasted four and a half years.", "four and a half years=4.5 year"},
		{"Rates rose by one and a quarter points.", "one and a quarter=1.25"}, // and a quarter, not a quarter alone
		{"Rates rose by one and three quarters points.", "one and three quarters=1.75"},
		{"He won in 2 hours 5 minutes 47 seconds.", "2 hours 5 minutes 47 seconds=7,547 second"},
		{"The outage lasted 3 hours and 20 minutes.", "3 hours and 20 minutes=200 minute"},
		{"La caída duró 3 horas y 20 minutos.", "3 horas y 20 minutos=200 minute"}, // y, und, et join the parts as and does
		{"It took 20 minutes 3 hours later.", "20 minutes=20 minute; 3 hours=3 hour"},
		{"It was delayed 2 hours, 50 minutes of it on the tarmac.", "2 hours, 50 minutes=2 hour"},
		{"It was a four-and-a-half-year case.", "four-and-a-half-year=4.5 year"},
		{"It cost two and a half million euros.", "two and a half million euros=2,500,000 euro"},
		{"It grew by three point five percent.", "three point five percent=3.5 percent"},
		{"The point is that two points were lost.", "two=2"},
		{"The index dropped one point four analysts said.", "one point four=1.4"},
		{"A magnitude six point two quake struck.", "six point two=6.2"},
		{"A 24-hour deadline was set.", "24-hour=24 hour"},
		{"Some 3,000 members live there.", "Some 3,000=2,700..3,300"},
		{"About 3,000 members live there.", "About 3,000=2,700..3,300"},
		{"Flota liczy ok. 580 pojazdów.", "ok. 580=522..638"}, // Polish ok. (około) is about, and its stop ends no sentence
		{"Było ok. Potem 580 osób przyszło.", "580=580"},      // not before a word: a sentence's stop
		{"Around 500 people came.", "Around 500=450..550"},
		{"Nearly 3,000 people came.", "Nearly 3,000=2,700..3,000"},
		{"Barely 3,000 people came.", "Barely 3,000=2,700..3,000"},           // barely: up to the figure, as nearly
		{"They build it one turbine at a time.", ""},                         // one ... at a time: a way, no count
		{"They built one turbine at the harbour.", "one=1"},                  // one before a noun, no idiom: a count
		{"Just shy of 3,000 people came.", "Just shy of 3,000=2,700..3,000"}, // and just shy of
		{"More than 3,000 people came.", "More than 3,000=more than 3,000"},
		{"Mehr als 400 Häuser wurden geräumt.", "Mehr als 400=more than 400"},
		{"Mehr als 63.000 Anträge gingen ein.", "Mehr als 63.000=more than 63,000"},
		{"Más de 400 casas fueron evacuadas.", "Más de 400=more than 400"},
		{"Plus de 400 maisons ont été évacuées.", "Plus de 400=more than 400"},
		{"Rund 400 Häuser wurden geräumt.", "Rund 400=360..440"},
		{"Environ 400 maisons ont été évacuées.", "Environ 400=360..440"},
		{"Cerca de 400 casas fueron evacuadas.", "Cerca de 400=360..440"}, // "cerca de" is about, on either side
		{"Mindestens 400 Häuser wurden geräumt.", "Mindestens 400=at least 400"},
		{"Au moins 400 maisons ont été évacuées.", "Au moins 400=at least 400"},
		{"Über 400 Häuser wurden geräumt.", "Über 400=more than 400"},
		{"Il y aura jusqu'à 400 places.", "jusqu'à 400=up to 400"},
		{"Ungefähr 400 Häuser wurden geräumt.", "Ungefähr 400=360..440"},
		{"Oltre 400 case sono state evacuate.", "Oltre 400=more than 400"},
		{"Die Regierung verhängte für drei Monate den Ausnahmezustand.", "drei Monate=3 month"}, // number words of other languages, two to twelve
		{"Seis trabajadores murieron.", "Seis=6"},
		{"Il y a eu cinq morts.", "cinq=5"},
		{"Er vielen twaalf doden.", "twaalf=12"},
		{"Morreram oito pessoas.", "oito=8"},
		{"A empresa perdeu US$ 6 bilhões em valor.", "6 bilhões=6,000,000,000 dollar"},
		{"Cerca de 10 mil pessoas continuam desaparecidas.", "Cerca de 10 mil=9,000..11,000"}, // mil after a figure: thousands
		{"Os prejuízos somam 1,2 mil milhões de zlótis.", "1,2 mil milhões=1,200,000,000"},    // mil before a scale of millions: a thousand of them
		{"Los daños suman 3 mil millones de euros.", "3 mil millones de euros=3,000,000,000 euro"},
		{"The reservoir holds 18.4 mln m³ of water.", "18.4 mln m³=18,400,000 cubic meter"},        // mln after a figure; m³ folds to m3
		{"Il faut au moins 4 Go de mémoire.", "au moins 4 Go=at least 4 gigabyte"},                 // Go, French for GB
		{"La Banque a abaissé son taux de 25 points de base.", "25 points de base=25 basis point"}, // a unit of three words
		{"Il treno viaggiava a 87 chilometri orari.", "87 chilometri orari=87 kilometer per hour"}, // Italian for km/h
		{"Sont venus une cinquantaine de chefs d'État.", "cinquantaine=40..60"},                    // a round count of another language: some fifty, a fifth either side
		{"Una sessantina di detenuti si è rifiutata.", "sessantina=48..72"},                        // and the sixties of Italian
		{"Una quarantina di detenuti si è rifiutata.", "quarantina=32..48"},                        // about forty: quarantine is quarantena
		{"Ciento cuarenta explotaciones fueron afectadas.", "Ciento cuarenta=140"},                 // a hundred and a ten in Spanish
		{"Doscientas personas fueron evacuadas.", "Doscientas=200"},                                // the hundreds of Spanish
		{"Cent quarante exploitations sont concernées.", ""},                                       // French cent, a coin too, is not read, nor the ten after it
		{"Deux cent quarante exploitations sont concernées.", ""},                                  // nor the unit before it
		{"Hubo una veintena de heridos.", "veintena=16..24"},
		{"Sept skieurs ont été ensevelis.", "Sept=7"},                                                                              // sept before a plural noun: a count
		{"Nous étions sept ou huit.", "huit=8"},                                                                                    // sept alone is left out: September's abbreviation too
		{"Once officials confirm the figures, we will know.", ""},                                                                  // once before a plural noun is still the English word
		{"A coluna atingiu os 9 quilómetros de altitude.", "9 quilómetros=9 kilometer"},                                            // Portuguese kilometres
		{"La colonna ha raggiunto 9 chilometri.", "9 chilometri=9 kilometer"},                                                      // and Italian
		{"Er blieb auf einer Strecke von 41 Kilometern am Boden.", "41 Kilometern=41 kilometer"},                                   // German dative plural, after von, auf, über
		{"Böen von 300 Kilometern pro Stunde.", "300 Kilometern pro Stunde=300 kilometer per hour"},                                // and in a rate with pro
		{"It was 185 kilograms per square metre.", "185 kilograms per square metre=185 kilogram per square meter"},                 // a unit of two words after per
		{"It was 185 kilograms of snow per square metre.", "185 kilograms of snow per square metre=185 kilogram per square meter"}, // what is measured after of
		{"Es lagen 185 Kilogramm Schnee pro Quadratmeter.", "185 Kilogramm Schnee pro Quadratmeter=185 kilogram per square meter"}, // German: the noun measured, then pro
		{"Die Halle hat 2600 Quadratfuß.", "2600 Quadratfuß=2,600 square foot"},                                                    // German square feet
		{"Cada lata pesa 800 gramas.", "800 gramas=800 gram"},                                                                      // Portuguese grams
		{"Es fielen 40 Zentimeter Schnee.", "40 Zentimeter=40 centimeter"},                                                         // German centimetres
		{"Sie flog mit 11,9 Kilometern pro Sekunde.", "11,9 Kilometern pro Sekunde=11.9 kilometer per second"},                     // German seconds
		{"O parque tem 1180 quilómetros quadrados.", "1180 quilómetros quadrados=1,180 square kilometer"},                          // Portuguese square kilometres
		{"Le parc couvre 1 180 kilomètres carrés.", "1 180 kilomètres carrés=1,180 square kilometer"},                              // French
		{"Der Park umfasst 1180 Quadratkilometer.", "1180 Quadratkilometer=1,180 square kilometer"},                                // German
		{"The jackpot reached €187.4million.", "187.4million=187,400,000 euro"},                                                    // a scale word glued to the figure, as tabloids write it
		{"The firm raised $2billion.", "2billion=2,000,000,000 dollar"},
		{"La participación rondó el 67 %.", "rondó el 67=60.3..73.7 percent"},                       // rondar: about
		{"Ganó con más del 38 % de los votos.", "más del 38=more than 38 percent"},                  // más del: more than
		{"La ville est en quarantaine depuis lundi.", ""},                                           // quarantaine is left out: quarantine
		{"Il y a eu une demi-douzaine de blessés.", ""},                                             // half a dozen: no round count
		{"Nella comunità trentina i feriti sono otto.", ""},                                         // trentina is of Trento too
		{"Donations came from roughly a third of a million donors.", ""},                            // a part of a million: not read
		{"Donations came from half a million donors.", "half a million=500,000"},                    // half a million is read
		{"Voters wanted schools, not a billion-dollar rail line.", ""},                              // a scale joined to a unit before a noun describes it
		{"The city spent a billion dollars on the line.", "a billion dollars=1,000,000,000 dollar"}, // a billion dollars is an amount
		{"The release implements PEP 684: a per-interpreter lock.", "684=684"},                      // a colon and a space after a number: no time
		{"The doors opened at 09:33 sharp.", ""},                                                    // hours and minutes: a time, no number
		{"Sono morte cinque persone.", "cinque=5"},
		{"C'est très grave, selon le ministre.", ""},                                                                           // très folds to tres, which is left out
		{"Once the river rose, the town flooded.", ""},                                                                         // once is left out: an English word
		{"O número dos mortos subiu.", ""},                                                                                     // dos is "of the" in Portuguese
		{"He scored 6:41 into overtime.", "6:41=401 second"},                                                                   // M:SS before into: time elapsed in a game
		{"The bus left at 6:41 and the game began.", ""},                                                                       // M:SS before anything else: no span
		{"Se vendieron dos millones de entradas.", "dos millones=2,000,000"},                                                   // dos before a Spanish scale is two
		{"Se vendieron un millón de entradas.", "un millón=1,000,000"},                                                         // a or one before a scale
		{"Er werden zo'n 40.000 klanten getroffen.", "zo'n 40.000=36,000..44,000"},                                             // Dutch zo'n is about, and a dot after it parts thousands
		{"The champion won by 7½ points.", "7=7.5"},                                                                            // a fraction written as one character after a whole number
		{"The champion won by 7 points ½ of them on tiebreaks.", "7=7"},                                                        // not one after a space
		{"Es un honor para el club.", ""},                                                                                      // and nowhere else
		{"O valor dos milhões investidos caiu.", ""},                                                                           // but "of the millions" before a Portuguese one
		{"Los agentes abrieron dos contenedores en el puerto.", "dos=2"},                                                       // Spanish dos before a plural, in a Spanish sentence
		{"Os agentes abriram um dos contentores no porto.", ""},                                                                // Portuguese dos, of the, in a Portuguese one
		{"A advogada dos moradores resumiu a cada um que a sua luta valia a pena por ela.", ""},                                // a Spanish "por" beside Portuguese "ela": dos is of the
		{"Weltweit sind elf Millionen Fahrzeuge betroffen.", "elf Millionen=11,000,000"},                                       // a word left out, read before a scale
		{"Ils ont saisi plus d'un million de comprimés.", "plus d'un million=more than 1,000,000"},                             // French elides de before un: still a bound
		{"Le vol n'a pas rapporté plus d'un million.", "plus d'un million=up to 1,000,000"},                                    // a negation before the bound makes it an upper one
		{"El precio subió más de un 2.600% en seis años.", "más de un 2.600=more than 2.6 percent; seis años=6 year"},          // Spanish "un" before a percentage after más de: still a bound (the dot read both ways, as ever)
		{"El precio subió no más de un 3.000% en diez años.", "no más de un 3.000=less than 3,000 percent; diez años=10 year"}, // no más de: at most, a bound from above
		{"Hubo más de un herido.", ""},                                                                                         // más de un before no figure: nothing read
		{"Cinq mille personnes ont manifesté.", "Cinq mille=5,000"},                                                            // French mille is a thousand: not five
		{"Tres mil personas se manifestaron.", "Tres mil=3,000"},                                                               // a word left out, read before a thousand written apart
		{"Il corteo contava cinquemila persone.", "cinquemila=5,000"},                                                          // a number word glued to mila
		{"Es kamen dreitausend Menschen.", "dreitausend=3,000"},                                                                // and to tausend
		{"Er kwamen tienduizend mensen.", "tienduizend=10,000"},                                                                // and to duizend, a word left out
		{"Vingt-cinq mille personnes sont venues.", "Vingt-cinq mille=25,000"},                                                 // a French compound before mille: its thousands, not 25
		{"Treinta y dos mil personas vinieron.", "Treinta y dos mil=32,000"},                                                   // a ten joined to its unit before mil
		{"Vingt-cinq mille cinq cents personnes sont venues.", ""},                                                             // with its hundreds after: the figure goes on, not read
		{"Drieduizend vijfhonderd mensen kwamen.", ""},                                                                         // a thousand with hundreds after it goes on: not read as 3,000
		{"Tres mil quinientas personas vinieron.", ""},                                                                         // nor its hundreds alone as 500
		{"Tremila e cinquecento persone sono venute.", ""},                                                                     // nor after a join
		{"Heavy rain hit Tamil Nadu and the Famila stores.", ""},                                                               // a word ending as a thousand, with no number word before the end
		{"Rund eine halbe Million Websites war verwundbar.", "halbe Million=500,000"},                                          // half of a scale in another language
		{"Le bilan dépasse les 2 100 morts.", "dépasse les 2 100=more than 2,100"},                                             // a verb of exceeding: a bound
		{"The Rs 615 crore mission landed.", "Rs 615 crore=6,150,000,000 rupee"},                                               // Indian English scales
		{"El Gobierno confirmó tres muertos.", "tres=3"},                                                                       // a word left out, read before a count of people
		{"Es gab 30 Verletzte, acht Schwerverletzte.", "30=30; acht=8"},                                                        // so "acht" before a German noun of the injured
		{"Man darf das nicht außer Acht lassen, 30 Verletzte.", "30=30"},                                                       // and not "außer Acht"
		{"Der Zug fuhr mit 100 Stundenkilometern.", "100 Stundenkilometern=100 kilometer per hour"},                            // German km/h written out
		{"Choveram 361 milímetros em Lacombe.", "361 milímetros=361 millimeter"},                                               // Portuguese and Spanish millimetres
		{"Cayeron 14,2 pulgadas de lluvia.", "14,2 pulgadas=14.2 inch"},                                                        // Spanish inches
		{"Die Sanierung dauerte anderthalb Jahre.", "anderthalb Jahre=1.5 year"},                                               // one and a half in German
		{"Die Sanierung dauerte dreieinhalb Jahre.", "dreieinhalb Jahre=3.5 year"},                                             // three and a half, one German word
		{"De sanering duurde tweeënhalf jaar.", "tweeënhalf jaar=2.5 year"},                                                    // and in Dutch, its diaeresis folded
		{"Elf Seeleute wurden gerettet.", "Elf=11"},                                                                            // and before other words for people
		{"Sono morti due passeggeri.", "due=2"},                                                                                // Italian too
		{"Wij danken onze medewerkers.", ""},                                                                                   // Dutch onze is our: no Dutch word for people but -en plurals
		{"Il giudice lo ha condannato a sei anni di carcere.", "sei anni=6 year"},                                              // and before a unit of time
		{"Sei anche tu convinto?", ""},                                                                                         // sei is "you are" in Italian
		{"Il gruppo gestisce sei ospedali.", "sei=6"},                                                                          // before an Italian plural, in a sentence with an Italian word
		{"Tu sei forte e coraggioso.", ""},                                                                                     // and not as "you are" with no Italian plural after it
		{"«Sei grande», hanno gridato i tifosi allo stadio.", ""},                                                              // sei before an adjective of [italian-not-plurals]: you are
		{"Once firefighters reached the hills above Los Angeles, it was contained.", ""},                                       // English once, though a Spanish name holds markers
		{"Le groupe gère onze hôpitaux dans la région.", "onze=11"},                                                            // French onze before a plural, with a French word about it
		{"De groep noemt onze ziekenhuizen de beste.", ""},                                                                     // Dutch onze, our: no French word
		{"Onze medewerkers krijgen les in brandveiligheid.", ""},                                                               // a Dutch word, though "les" is French too
		{"La línea tiene quince estaciones y un túnel.", "quince=15"},                                                          // Spanish quince before a plural, with a Spanish word
		{"The quince orchards and the once grand estates were sold.", ""},                                                      // English quince and once: no Spanish word
		{"El yate de 41 pies de eslora fue incautado.", "41 pies=41 foot"},                                                     // feet in Spanish
		{"Das Schiff ist 50 Fuß lang.", "50 Fuß=50 foot"},                                                                      // and in German
		{"Oltre cento soccorritori sono intervenuti.", "Oltre cento=more than 100"},                                            // a hundred in Italian, alone
		{"Hanno lavorato al cento per cento.", "cento per cento=100 percent"},                                                  // and a hundred per cent, a share
		{"Elf stranden zijn gesloten.", "Elf=11"},                                                                              // Dutch elf before a plural in -en
		{"The village lies about a kilometre away.", ""},                                                                       // a kilometre is no count of the table, even after an approximation
		{"Die Haft dauert acht Jahre.", "acht Jahre=8 year"},                                                                   // acht before a unit of time
		{"Ils recevront seize semaines de salaire.", "seize semaines=16 week"},                                                 // seize, English too, before a unit of time
		{"Police seize weapons.", ""},                                                                                          // and not before anything else
		{"Die Aktie fiel um acht Prozent.", "acht Prozent=8 percent"},                                                          // and before a word for percent
		{"Das Schiff fuhr mit acht Knoten.", "acht Knoten=8 knot"},                                                             // and before a unit of the table written out
		{"Das ließ er außer Acht.", ""},                                                                                        // and not alone
		{"In de regio zijn twee scholen gesloten.", "twee=2"},                                                                  // Dutch twee before a plural in -en
		{"The twee cafés on the quay closed.", ""},                                                                             // English twee before an English plural: no number
		{"Bij het ongeluk zijn twee arbeiders gewond geraakt.", "twee=2"},                                                      // Dutch twee before a plural in -s, in a sentence with a Dutch word
		{"Elf bezoekers werden naar huis gestuurd.", "Elf=11"},                                                                 // and elf
		{"The twee postcards and elf ornaments sold out.", ""},                                                                 // English words before plurals in -s: no Dutch word
		{"Officers searched a van and seized elf costumes.", ""},                                                               // one word Dutch and English write, "van": no Dutch sentence
		{"Bij de explosie raakten elf medewerkers gewond.", "elf=11"},                                                          // one Dutch word English does not write is enough
		{"Das wollen wir außer Acht lassen.", ""},                                                                              // acht is not read before a word in -en
		{"Diecisiete mineros quedaron atrapados.", "Diecisiete=17"},                                                            // thirteen to twenty in other languages
		{"Banken keurden in september 18.450 hypotheken goed.", "18.450=18.45"},                                                // a month before a number with a thousands group: no day (the dot reads two ways, 18.45 first)
		{"Sono rimaste ferite cinquanta persone.", "cinquanta=50"},                                                             // and their tens
		{"Vinte e três pessoas adoeceram.", "Vinte e três=23"},                                                                 // a ten joined to its unit
		{"Hubo treinta y dos heridos.", "treinta y dos=32"},                                                                    // with a unit left out alone
		{"The quince jam sold out.", ""},                                                                                       // quince is English too: left out
		{"The bid is a 31pc premium to Friday's close.", "31pc=31 percent"},                                                    // pc glued: British per cent
		{"Some 500 PCs were hit by the update.", "Some 500=450..550"},                                                          // a word of its own: computers
		{"O valor dos milhões de reais sumiu.", ""},                                                                            // dos is no number, even before a scale
		{"Na de overname zijn onze medewerkers ontslagen.", ""},                                                                // onze is "our" in Dutch
		{"Sie haben die Warnungen außer Acht gelassen.", ""},                                                                   // Acht is a noun too
		{"El consejero Díez confirmó los muertos.", ""},                                                                        // Díez is a surname
		{"Sept. roles were filled in the autumn.", ""},                                                                         // sept is left out: September's abbreviation
		{"The effect was significant (p<0.001).", "0.001=less than 0.001"},
		{"Doses of ≥ 5 were given.", "5=at least 5"},
		{"The arrow -> 5 points on.", "5=5"},
		{"> 45 people died in the blast.", "45=45"}, // a quoted line's mark in plain text, no sign
		{"The dose was > 45 mg.", "45 mg=more than 45 milligram"},
		{"The p-value was 0.002.", "0.002=0.002"},
		{"Meer dan 400 huizen werden ontruimd.", "Meer dan 400=more than 400"},
		{"Zeker 31 mensen raakten gewond.", "Zeker 31=at least 31"},                      // Dutch zeker before a figure: at least
		{"Het is zeker: 28 mensen raakten gewond.", "28=28"},                             // zeker before a colon is certain: no bound across a mark
		{"Bij de brand zijn zeker 2.500 huizen ontruimd.", "zeker 2.500=at least 2,500"}, // and a dot of thousands after it
		{"Mais de 400 casas foram evacuadas.", "Mais de 400=more than 400"},
		{"Policja szacuje liczbę uczestników na 18 tys. osób.", "18 tys=18,000"},   // Polish thousands, short with a stop that ends no sentence
		{"Było ponad 60 tysięcy osób.", "ponad 60 tysięcy=more than 60,000"},       // and a case of the word, after Polish over
		{"Koszt to 1,3 miliarda złotych.", "1,3 miliarda=1,300,000,000"},           // Polish billions
		{"Besparingar på 212 miljoner kronor.", "212 miljoner=212,000,000"},        // Swedish millions
		{"Polisen räknade drygt 17 000 deltagare.", "drygt 17 000=17,000..20,400"}, // Swedish a little over
		{"Det var 18 tysk deltagare.", "18=18"},                                    // a word that only opens like a scale is none
		{"The phones were down for the better part of 48 hours.", "the better part of 48 hours=43.2..48 hour"},
		{"Die Umfrage unter 400 Befragten lief im Mai.", "400=400"},
		{"The plan runs 400 pages.", "400=400"},
		{"It has a mass of 3.7 ± 0.4 Earth masses.", "3.7 ± 0.4=3.3..4.1"},
		{"The radius is 1.60 +/- 0.05 km.", "1.60 +/- 0.05 km=1.55..1.65 kilometer"},
		{"At least 3,000 people came.", "At least 3,000=at least 3,000"},
		{"The toll climbed past 40 people.", "climbed past 40=more than 40"},
		{"The toll topped 40 people.", "topped 40=more than 40"},
		{"The toll will exceed 40 people.", "will exceed 40=more than 40"},                                           // the base form after a modal
		{"The toll is likely to top 40 people.", "likely to top 40=more than 40"},                                    // top after to
		{"The top 40 people were named.", "40=40"},                                                                   // the top 40: no bound
		{"The party failed to top 40 people.", "40=40"},                                                              // not after a verb of failing: no modal of what will be
		{"A fatura deverá ultrapassar os 40 mil euros.", "deverá ultrapassar os 40 mil euros=more than 40,000 euro"}, // Portuguese infinitive after a modal
		{"Gusts topping 60 km/h hit the ridge.", "topping 60 km/h=more than 60 kilometer per hour"},
		{"Pay rises 6% over three years.", "6=6 percent; over three years=at least 3 year"},
		{"Efficacy ranged from a low of 76.2%-91.0% in the trial.", "76.2%-91.0=76.2..91 percent"},      // a percent sign on each end of a range
		{"The share was 76.2% – 91.0% last year.", "76.2% – 91.0=76.2..91 percent"},                     // and with spaces about the dash
		{"Turnout rose 5%-12 districts reported late.", "5=5 percent; 12=12"},                           // a percent, then a count: no range
		{"Efficacy was 84.6% (95% CI, 76.2%-91.0%).", "84.6=84.6 percent; 76.2%-91.0=76.2..91 percent"}, // the level of a confidence interval is no quantity
		{"Support stood at 95% in cities.", "95=95 percent"},                                            // a percentage before anything else is one
		{"A 95 percent confidence interval of 76 to 91 was given.", "76 to 91=76..91"},                  // the level in words, and a link to the bounds
		{"After the fix, 95% CI builds passed.", "95=95 percent"},                                       // CI before a noun is something else: the figure counts
		{"The strike lasted over 3 weeks.", "over 3 weeks=at least 3 week"},
		{"Over 300 people were hurt.", "Over 300=more than 300"},
		{"Claims in excess of 40 people were made.", "in excess of 40=more than 40"},
		{"The repairs will cost north of $80 million.", "north of $80 million=more than 80,000,000 dollar"},
		{"A visibilidade era inferior a 50 metros.", "inferior a 50 metros=less than 50 meter"}, // Portuguese less than
		{"A receita foi superior a 50 milhões.", "superior a 50 milhões=more than 50,000,000"},  // and more than
		{"Revenue was €4.23bn a year ago, and rose.", "4.23bn=4,230,000,000 euro"},              // a year before ago: a time, no rate
		{"Revenue was €4.23bn a year, and rose.", "4.23bn a year=4,230,000,000 euro per year"},  // a year alone: a rate
		{"The repairs will cost south of $80 million.", "south of $80 million=less than 80,000,000 dollar"},
		{"The plant lies 80 km north of the city.", "80 km=80 kilometer"}, // north of after a figure is a place
		{"Donations have gone past 180,000 euros.", "gone past 180,000 euros=more than 180,000 euro"},
		{"Demand reached 14.9 GW.", "14.9 GW=14.9 gigawatt"},
		{"It was the worst in the past 40 years.", "40 years=40 year"},
		{"Up to 3,000 people came.", "Up to 3,000=up to 3,000"},
		{"Er haalden nog geen 82 procent de finish.", "nog geen 82 procent=less than 82 percent"},              // Dutch "not even": below it
		{"El embalse está por debajo del 17 por ciento.", "por debajo del 17 por ciento=less than 17 percent"}, // Spanish "below": a bound
		{"De rating lag boven de 2500.", "boven de 2500=more than 2,500"},                                      // Dutch "above": a bound
		{"Onder de 300 bewoners waren 12 kinderen.", "300=300; 12=12"},                                         // "onder de" is "among" as often: no bound
		{"Fewer than 10 people came.", "Fewer than 10=less than 10"},
		{"Her share fell below 39 percent.", "below 39 percent=less than 39 percent"},
		{"Turnout rose above 60 percent.", "above 60 percent=more than 60 percent"},
		{"The timeout can go as low as 5 seconds.", "as low as 5 seconds=at least 5 second"},
		{"It holds as many as 300 people.", "as many as 300=up to 300"},
		{"It costs as much as $45.", "as much as $45=up to 45 dollar"},
		{"Between 2,000 and 3,000 people came.", "Between 2,000 and 3,000=2,000..3,000"},
		{"From 2,000 to 3,000 people came.", "From 2,000 to 3,000=2,000..3,000"},
		{"Some 2,000-3,000 people came.", "2,000-3,000=2,000..3,000"},
		{"Het verlies bedroeg 3 tot 5 miljoen euro.", "3 tot 5 miljoen euro=3,000,000..5,000,000 euro"},       // Dutch "tot" between two figures: a range, not "up to" the second
		{"Der Schaden liegt bei 3 bis 5 Millionen Euro.", "3 bis 5 Millionen Euro=3,000,000..5,000,000 euro"}, // German "bis": the first figure takes the second's scale
		{"Le coût passe de 3 à 5 millions d'euros.", "de 3 à 5 millions d'euros=3,000,000..5,000,000 euro"},   // French "de ... à", folded as Spanish "de ... a"
		{"Hubo entre 40 y 60 heridos.", "entre 40 y 60=40..60"},                                               // a pair around the first figure: the range starts at it
		{"Er waren tussen 40 en 60 gewonden.", "tussen 40 en 60=40..60"},
		{"Hubo entre los 40 y los 60 heridos.", "entre los 40 y los 60=40..60"},         // an article after each word of the pair
		{"Vinieron los 40 y los 60 invitados.", "40=40; 60=60"},                         // no pair before the article: two figures
		{"Er kamen 40 en 60 mensen.", "40=40; 60=60"},                                   // "en" with no "tussen" before: two figures
		{"Il y avait de 60 à 40 blessés.", "60=60; 40=40"},                              // a falling pair is no range
		{"It sells at $2 a 10 pack.", "2=2 dollar; 10=10"},                              // English "a" between figures is a rate, no range
		{"Es gab 3 tot, 5 verletzt.", "3=3; 5=5"},                                       // no range, nor a bound, across a comma: German tot is dead
		{"Tot 5 miljoen euro werd geschat.", "Tot 5 miljoen euro=up to 5,000,000 euro"}, // "tot" before a single figure is still "up to"
		{"It ships with 4-8GB of memory.", "4-8GB=4..8 gigabyte"},
		{"It is worth about €60 million.", "about €60 million=54,000,000..66,000,000 euro"},
		{"It cost between $2 million and $9 million.", "between $2 million and $9 million=2,000,000..9,000,000 dollar"},
		{"It cost A$9 million.", "A$9 million=9,000,000 a$"},
		{"It will drop 15 or 16 routes.", "15 or 16=15..16"},
		{"It will drop 1 or 10 routes.", "1=1; 10=10"},
		{"It runs 2-3x faster.", "2-3x=2..3 factor"},
		{"Roughly one in four patients improved.", "one in four=22.22..28.58 percent"}, // a ratio is a share: one in 4.5 to one in 3.5
		{"About 1 in 100 patients improved.", "1 in 100=0.9..1.1 percent"},             // or 10% either way, where that is wider
		{"Four in ten patients improved.", "Four in ten=35..45 percent"},               // a first figure above one: half a unit of it
		{"Nearly four in every ten requests failed.", "four in every ten=35..45 percent"},
		{"Seven trains in ten were cancelled.", "Seven trains in ten=65..75 percent"},                                                  // a noun between the figure and in, ten ending the subject: a share
		{"Seven trains in ten days were cancelled.", "Seven=7; ten days=10 day"},                                                       // a noun after the second figure: a span, no ratio
		{"Seven trains in nine were cancelled.", "Seven=7; nine=9"},                                                                    // after a noun, only ten, a hundred or a thousand make a ratio
		{"It charges to 60% in 30 minutes.", "60=60 percent; 30 minutes=30 minute"},                                                    // a sign after the first figure: no ratio
		{"Der Nova 3 in 30 Minuten geladen.", "3=3; 30 Minuten=30 minute"},                                                             // a unit after the second: a time, no ratio
		{"Dos de cada tres fallecidos tenían más de 75 años.", "Dos de cada tres=50..83.34 percent; más de 75 años=more than 75 year"}, // a ratio in Spanish, its first figure a word that is another word too
		{"Deux sur trois ont été évacués.", "Deux sur trois=50..83.34 percent"},
		{"Two out of three voters backed it.", "Two out of three=50..83.34 percent"},
		{"About a third of households lost power.", "About a third=30..36.67 percent"},                                            // a fraction of a whole: a share
		{"Between a third and half of the crop was lost.", "a third and half=33.33..50 percent"},                                  // a range of fractions: from the first to the second
		{"More than two-thirds of the dead were over 75.", "More than two-thirds=66.66..100 percent; over 75=more than 75"},       // with an approximation before it
		{"Kestrel schätzt, dass mehr als zwei Drittel seiner Kunden betroffen sind.", "mehr als zwei Drittel=66.66..100 percent"}, // a German genitive after the fraction opens the whole
		{"The state pays four-fifths of the cost.", "four-fifths=72..88 percent"},                                                 // four as a numerator: a share
		{"Four fifths remained.", ""},                                                                                             // no whole after the fraction: no share
		{"Nearly half the harvest was lost.", "Nearly half=45..50 percent"},                                                       // half with a determiner and no of, as English writes it
		{"It took half the time.", ""},                                                                                            // half the time: no whole the fact counts
		{"It took half an hour.", "half an hour=0.5 hour"},                                                                        // half an hour: a span of time, no share
		{"The budget was cut by a quarter in 2024.", "a quarter=22.5..27.5 percent"},                                              // a fraction after by: a change in percent
		{"The budget was cut by half.", "half=45..55 percent"},
		{"Cards are handled by a third party.", ""},
		{"The risk fell by almost a quarter.", "almost a quarter=22.5..25 percent"}, // an approximation between by and the fraction
		{"Casi la mitad de los clientes se quedó sin luz.", "mitad=45..55 percent"}, // a word of a half after an article
		{"La moitié des votants est restée chez elle.", "moitié=45..55 percent"},
		{"A metade dos clientes ficou sem luz.", "A metade=45..55 percent"},
		{"Das casas, cerca de um terço delas ficou sem luz.", "cerca de um terço=30..36.67 percent"}, // "delas", of them, opens the whole
		{"Um terço ficou sem luz.", ""},                                                              // no whole after it: no share read
		{"Die Hälfte der Haushalte war ohne Strom.", "Hälfte=45..55 percent"},
		{"La meta de los clientes era ahorrar.", ""},                                                                                              // Spanish meta is a goal, no half
		{"Près de 1 900 emplois, soit environ un cinquième de ses effectifs.", "Près de 1 900=1,710..1,900; environ un cinquième=18..22 percent"}, // other languages' fifths
		{"Ein Drittel der Haushalte war ohne Strom.", "Ein Drittel=30..36.67 percent"},
		{"Een vijfde van de klanten zat zonder stroom.", "Een vijfde=18..22 percent"},
		{"De derde van de klanten belde.", ""}, // an ordinal after an article, no numerator: no share
		{"Roughly half of the homes lost power.", "Roughly half=45..55 percent"},
		{"Half of a million people left.", ""},                                        // "by half" too
		{"It took a quarter of an hour.", "a quarter of an hour=0.25 hour"},           // a fraction of a unit is no share, but a span of time
		{"They cancelled a third of the day's flights.", "a third=30..36.67 percent"}, // a unit word with 's describes the whole, which is shared
		{"The flights took a third of the day.", ""},                                  // the unit itself: a part of a day
		{"A third of a million people left.", ""},                                     // nor of a figure
		{"A quarter of a million people left.", "A quarter of a million=250,000"},     // but a fraction of a scale that makes a whole figure is a count
		{"Three quarters of a billion euros went.", "Three quarters of a billion euros=750,000,000 euro"},
		{"Há cerca de duas dezenas de contribuidores.", "cerca de duas dezenas=18..22"},        // tens of another language after a number word: 20, not 2
		{"Há dezenas de contribuidores.", "dezenas=20..99"},                                    // alone, vague, as "dozens of": tens, 20 to 99
		{"Los hospitales atendieron a decenas de personas.", "decenas=20..99"},                 // Spanish "a" before it is no one
		{"Chegaram duas dezenas de agentes.", "duas dezenas=18..22"},                           // after a number, a count of tens, no vague one: round, as "about 20"
		{"Saisirent plus d'une centaine de flacons.", "plus d'une centaine=more than 100"},     // a scale alone after une, a bound after plus d'
		{"Encontraron tres docenas de huevos.", "tres docenas=32.4..39.6"},                     // Spanish dozens, round
		{"Trois douzaines de personnes ont été blessées.", "Trois douzaines=32.4..39.6"},       // and French
		{"Chegaram três dezenas de agentes.", "três dezenas=27..33"},                           // after a number word that is another word too ("tres"), the tens still count: 30, not 3
		{"The flaw scores 9.8 out of 10.", "9.8=9.8; 10=10"},                                   // a score on a scale, no ratio
		{"It prevented four out of five cases of disease.", "four out of five=70..90 percent"}, // a plural noun after a scale's top: a ratio of what it counts
		{"Critics gave it 4 out of 5 stars.", "4=4; 5=5"},                                      // a noun of a score: still a score
		{"The app earned 4 out of 5 stars.", "4=4; 5=5"},                                       // so is a whole figure out of a scale's top
		{"They won 3 in 2024.", "3=3"},
		{"Il a chuté en 2025, lors de la quatrième étape.", ""},
		{"Er stürzte im Jahr 2025 auf der 4. Etappe.", "4=4"},
		{"It runs 8-3x faster.", "8=8; 3x=3 factor"},
		{"The fund holds 3.5 million euros.", "3.5 million euros=3,500,000 euro"},
		{"Il fondo paga 25mila euro.", "25mila euro=25,000 euro"}, // Italian mila glued to the digits, as 5bn is
		{"Three thousand people came.", "Three thousand=3,000"},
		{"A dozen people came.", "A dozen=10.8..13.2"},
		{"Two dozen fires were reported.", "Two dozen=21.6..26.4"},
		{"Exactly 24 fires were reported.", "24=24"},
		{"Hundreds of people came.", "Hundreds=200..999"},
		{"The rate is 2.5 percent.", "2.5 percent=2.5 percent"},
		{"One hundred and twenty people came.", "One hundred and twenty=120"},
		{"An estimated 40,000 fled.", "estimated 40,000=36,000..44,000"},
		{"Some 2000 troops arrived.", "Some 2000=1,800..2,200"},
		{"Half a million people came.", "Half a million=500,000"},
		{"A 3k run and a 5bn budget.", "3k=3,000; 5bn=5,000,000,000"},
		{"A 1.2bn budget.", "1.2bn=1,200,000,000"},
		{"Its debt is £205mn.", "205mn=205,000,000 pound"},
		{"Le trajet dure 12mn de plus.", ""},
		{"De brug kostte 487 miljoen dollar.", "487 miljoen dollar=487,000,000 dollar"},
		{"Tens of thousands came.", "Tens of thousands=20,000..99,999"},
		{"Hundreds of thousands came.", "Hundreds of thousands=200,000..999,999"},
		// Units glued on, symbols before, percentages, decimal commas.
		{"They had 24hrs to leave.", "24hrs=24 hour"},
		{"The board has 16GB of memory and a 3.2GHz chip.", "16GB=16 gigabyte; 3.2GHz=3.2 gigahertz"},
		{"It runs at 3,2 GHz.", "3,2 GHz=3.2 gigahertz"},
		{"The kit costs $45 million, or €70 a head.", "45 million=45,000,000 dollar; 70 a head=70 euro per head"}, // a word of [a-rate-nouns] after a: a rate
		{"Adjusted earnings were 47 cents a share.", "47 cents a share=47 cent per share"},
		{"Adjusted earnings were 53 cents per diluted share.", "53 cents per diluted share=53 cent per share"}, // a word of [per-modifiers] between
		{"Adjusted earnings were 53 cents a diluted share.", "53 cents a diluted share=53 cent per share"},
		{"The firm paid 53 cents a piece of paper.", "53 cents=53 cent"}, // no word of [a-rate-nouns]: no rate
		{"It paid $3 million, a record.", "3 million=3,000,000 dollar"},
		{"It paid $3 million a year ago.", "3 million=3,000,000 dollar"},
		{"Prices start at 60 dollars.", "60 dollars=60 dollar"},
		{"Der Tarif kostet 29 $ pro Monat, oder 27 €.", "29=29 dollar; 27=27 euro"},
		{"Sales rose 64% and then 12 per cent.", "64=64 percent; 12 per cent=12 percent"},
		{"The bank cut rates by 25bp, or 0.25 percentage points.", "25bp=25 basis point; 0.25 percentage points=0.25 percentage point"},
		{"The market grew 20% a year.", "20% a year=20 percent per year"},
		{"The median wait was 6h 42m last month.", "6h 42m=402 minute"},
		{"The race took 2h 5m 47s.", "2h 5m 47s=7,547 second"},
		{"In 24h 40m people watched it.", "24h 40m=24 hour"},
		{"In 3 weeks 400m of tunnel was dug.", "3 weeks=3 week; 400m=400,000,000"},
		{"The median wait was 6 hours 42m.", "6 hours 42m=402 minute"},
		{"The outage lasted 4 h 37 min.", "4 h 37 min=16,620 second"},
		{"Il compte 1 min 21 s d'avance.", "1 min 21 s=81 second"},            // a lone s after minutes is seconds
		{"Il compte 1'21'' d'avance.", "1'21=81 second"},                      // minutes and seconds with primes, as cycling writes a gap
		{"Il compte 1′21″ d'avance.", "1′21=81 second"},                       // and with the prime signs
		{"The desk is 6'2'' wide.", "6=6; 2=2"},                               // one digit after the prime: feet and inches, no span
		{"La sonde file à 12 secondes de la cible.", "12 secondes=12 second"}, // French seconds
		{"Rendez-vous à 10 h 30 pour le départ.", ""},                         // a time of day holds no quantity
		{"Il a abandonné peu après 14 heures.", ""},                           // nor hours after après: 2 p.m., not 14 hours
		{"Il a cédé après 14 heures de négociations.", "14 heures=14 hour"},   // but hours of something are a span
		{"Die Feuerwehr kam um 9 Uhr.", ""},                                   // nor a German hour with Uhr
		{"A 1,500-metre course.", "1,500-metre=1,500 meter"},
		{"It sold 3,000 units.", "3,000=3,000"},
		{"A 720Wh pack, or 0.72 kWh.", "720Wh=720 watt hour; 0.72 kWh=0.72 kilowatt hour"},
		{"The heater draws 3,000W.", "3,000W=3,000 watt"},
		{"Près de 500 000 mètres cubes ont glissé.", "Près de 500 000 mètres cubes=450,000..500,000 cubic meter"},
		{"The tank holds 2,000 litres.", "2,000 litres=2,000 liter"},
		{"The dam released 1,450 cubic metres of water per second.", "1,450 cubic metres of water per second=1,450 cubic meter per second"},
		{"It holds 2.5GB.", "2.5GB=2.5 gigabyte"},
		{"They eat 5 a day.", "5=5"},
		{"Between four and five times lighter.", "Between four and five=4..5"},
		{"The tower opened with 40 floors.[3]", "40=40"},
		{"Sie riefen 1.234.567 Räder zurück.", "1.234.567=1,234,567"},
		// Fractions without a zero, multiples, wholes, rates.
		{"Rates fell to .05% last year.", "05=0.05 percent"},
		{"Support rose to...45 percent.", "45 percent=45 percent"},
		{"Support rose to…45 percent.", "45 percent=45 percent"},
		{"There were 100's of calls.", "100's=200..999"},
		{"Vale, one of the 12 districts, voted.", "12=12"}, // read as the whole of "one of": a fact counts it only with a term there
		{"One of the injured passengers spoke.", ""},
		{"The train ran at 40 miles per hour.", "40 miles per hour=40 mile per hour"},
		{"Outages lasting four hours or more are rare.", "four hours=at least 4 hour"},
		{"It crawled at 5km/h.", "5km/h=5 kilometer per hour"},
		{"Seats cost $200 per node.", "200 per node=200 dollar per node"},
		{"Seats cost 200 dollars a day.", "200 dollars a day=200 dollar per day"},
		{"It rose 1.7 points.", "1.7=1.7"},
		// Identifiers and versions are no quantities; the numbers beside them are.
		{"Flaw CVE-2019-12345 was rated 9.8 by the vendor.", "9.8=9.8"},
		{"Upgrade from v3.2.1 to 3.2.2 or later.", ""},
		{"Versions 3.0 to 3.8.2 are affected, 12 in all.", "12=12"},
		{"It cut its margin goal to 3.5–4.5% from 6–7%.", "3.5–4.5=3.5..4.5 percent; from 6–7=6..7 percent"},
		{"The 1.0-rc2 build shipped with 4 fixes.", "4=4"},
		{"The Cortex-A53 chip has 4 cores.", "4=4"},
		{"Route B-52 closed for 3 days.", "3 days=3 day"},
		{"Der Deal ist 2,5 Mrd. € wert.", "2,5 Mrd=2,500,000,000 euro"}, // a sign after an abbreviated scale's stop is its unit
		{"The magnitude-7.1 quake hit at dawn.", "7.1=7.1"},             // a decimal after a long word and a hyphen is no identifier
		{"The ISO-8601-1 text has 3 parts.", "3=3"},                     // digits after a hyphen twice are one
		// Not quantities.
		{"A 1.2m wall stood there.", "1.2m=1,200,000"}, // read, but a fact takes it only before its unit word
		{"The 2nd attack came later.", ""},
		{"Posted at 09:33 EDT.", ""},
		{"The count ended at 2040 GMT.", ""},
		{"They arrived in 2013.", ""},
		{"They arrived since 2013.", ""},
		{"The 1990s were calm.", ""},
		{"The 1979 unrest ended.", ""},
		{"It happened on July 15.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := readNumbers(t, tt.text); got != tt.want {
				t.Errorf("numbers in %q\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// Among several numbers followed by the unit, the one nearest the about
// terms is the fact's.
func TestUnitNumberNearestTheTerms(t *testing.T) {
	sheet := `facts:
  - id: length
    claim: The hull is 400 metres long.
    number: 400
    unit: metres
    about: [long | length]
`
	for _, text := range []string{
		"The hull is 400 meters long and 59 metres wide.",
		"The hull, 59 metres wide, is 400 metres long.",
		"Its length: 400 metres; its beam, 59 metres.",
	} {
		r := run(t, sheet, testSource{"s", text, "2021-03-25"})
		c := r.CellAt(0, 0)
		assert.Equal(t, Agrees, c.Verdict, "%q: %v", text, c.Findings)
	}
}

func TestUnitFollows(t *testing.T) {
	tests := []struct {
		text, unit string
		want       string // the words from the number through the unit, or "" for no match
	}{
		{"They had 24 hours to leave.", "hours", "24 hours"},
		{"They had 24 hours to leave.", "hour", "24 hours"},
		{"A 24-hour deadline was set.", "hours", "24-hour"},
		{"Some 3,000 MEK members live there.", "members", "Some 3,000 MEK members"},
		{"Some 3,000 of its loyal members live there.", "members", "Some 3,000 of its loyal members"},
		{"Some 3,000 of the union's many loyal members live there.", "members", ""},
		{"Some 30 of its 3,000 members live there.", "members", "3,000 members"},
		{"It took 24 days, and hours of talks.", "hours", ""},
		{"Some 87,000 passengers had flights cancelled.", "flights", ""},
		{"Spending rises to 7.1 billion from VLT 6.6 billion.", "VLT", ""},
		{"Long queues formed at two border crossings.", "border crossings", "two border crossings"},
		{"Long queues formed at two crossings on the border.", "border crossings", ""},
		{"The hull is 400 meters long.", "metres", "400 meters"},
		{"The hull is 400 metres long.", "meter", "400 metres"},
		{"It holds 20 litres.", "liters", "20 litres"},
		{"The server returned \"429 Too Many Requests\".", "requests", ""},
		{"We made two too many requests.", "requests", ""},
		{"The server took 429 new requests.", "requests", "429 new requests"},
		{"Some 2,000 heat-related hospital admissions were logged.", "admissions", "Some 2,000 heat-related hospital admissions"}, // a hyphenated word is one
		{"Some 2,000 new heat-related hospital admissions were logged.", "admissions", ""},                                        // but three words are too many
		{"She thanked her eight co-authors.", "authors", ""},                                                                      // a prefix of [other-noun-prefixes] joined by a hyphen makes another noun
		{"She thanked her eight fellow authors.", "authors", "eight fellow authors"},                                              // a word before the unit is no such prefix
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+tt.unit, func(t *testing.T) {
			src := parseText(t, tt.text, published("2022-09-10"))
			sent := only(t, src)
			got := ""
			for _, n := range sent.numberMentions() {
				if end, ok := unitFollows(sent.folded().norm.S, sent.folded().tokens, n.end, unitWords(tt.unit)); ok {
					got = says(src, sent, span{n.start, end})
				}
			}
			if got != tt.want {
				t.Errorf("unit %q in %q: got %q, want %q", tt.unit, tt.text, got, tt.want)
			}
		})
	}
}

func TestUnitsOfTheTable(t *testing.T) {
	fact := func(value, unit string) string {
		s := "facts:\n  - id: f\n    claim: A figure.\n    number: " + value + "\n    about: [board | price | rate | length | staff]\n"
		if unit != "" {
			s += "    unit: " + unit + "\n"
		}
		return s
	}
	tests := []struct {
		value, unit, text string
		want              string // verdict and the value read
		why               string
	}{
		{"45", "dollars", "The board's price is $45.", "agrees 45", "a symbol before the number is the unit"},
		{"45", "dollars per node", "The price is 45 dollars per node.", "agrees 45", "a rate in the sheet reads the same rate"},
		{"140", "mph", "The rate of the winds was 225 kilómetros por hora.", "agrees 139.49..140.12", "Spanish por before a unit of the table makes a rate, as per does"},
		{"140", "mph", "The rate of the winds was 250 kilómetros por hora.", "contradicts 152.23..158.45", "and it converts"},
		{"45", "km", "The length was 45 km por la costa.", "agrees 45", "por before no unit is a preposition: the length stays"},
		{"4200000", "dollars", "The board's price is 4,2 Millionen US-Dollar.", "agrees 4,200,000", "US-Dollar is the dollar"},
		{"0.022", "dollars per GB", "The price is US$ 0,022 por GB.", "agrees 0.022", "a comma after a leading zero is a decimal comma, whatever the digits after it"},
		{"0.022", "dollars per GB", "The price is US$ 0,025 por GB.", "contradicts 0.025", "and a wrong price in it contradicts as a price, not as 25"},
		{"1022", "dollars", "The price is $1,022.", "agrees 1,022", "after another first group, three digits after a comma are thousands as ever"},
		{"938", "hPa", "The rate dropped to 938 millibars.", "agrees 938", "a millibar is a hectopascal"},
		{"1200", "packages", "The board's price list has 200 g packages.", "silent", "a unit of the table between the figure and the word: a weight of them, not a count"},
		{"1200", "packages", "The board's price list has 200 plastic packages.", "contradicts 200", "a plain word between: a count as ever"},
		{"45", "dollars per node", "The price is $50 per node.", "contradicts 50", "the same rate with the sign before the number"},
		{"45", "dollars per node", "The price is $50 per seat.", "silent", "a rate of another thing is another unit"},
		{"45", "dollars per node", "The price is $50.", "silent", "a plain amount is no rate"},
		{"45", "dollars", "The price is $50 per node.", "silent", "nor is a rate a plain amount"},
		{"45", "dollars per node", "The price is $45 per single node.", "agrees 45", "a modifier between per and the rate's noun"},
		{"45", "dollars per cycle", "The price is $50 per 21-day cycle.", "contradicts 50", "a count joined to a word between per and the noun"},
		{"45", "dollars", "The price is $9,000 a year before rebates.", "unsure 9,000", "a period before a bare noun after before is still a rate: read as the amount, unsure as it disagrees"},
		{"45", "dollars", "The price was $50 a year before the merger.", "contradicts 50", "a period before a determiner after before says when"},
		{"45", "dollars", "The price was $50 a year earlier.", "contradicts 50", "and so does one that ends the sentence"},
		{"178", "grams", "The board's weight shows at up to 1.3 g of braking.", "silent", "g alone is read only when the sheet spells it: it is g-force as often"},
		{"178", "grams | g", "The board's length and weight: 178 g.", "agrees 178", "as here"},
		{"58", "cm", "| Skull length | 68cm |", "contradicts 68", "a glued cm is centimetres, not millions"},
		{"1200", "requests per minute", "The rate is 1,200 requests/min.", "agrees 1,200", "a slash for per, and min for minute: a spelling of the table for a word"},
		{"1200", "requests per minute", "The rate is 1,500 requests/min.", "contradicts 1,500", "and so another figure in it contradicts"},
		{"1200", "requests per minute", "The rate is 1,500 requests/day.", "silent", "a rate of another period is another unit"},
		{"120", "euros per household", "The rate is €150 per affected household.", "contradicts 150", "a participle between per and the rate's noun"},
		{"300", "km/h", "The rate is 300 kilometres per hour.", "agrees 300", "km/h and kilometres per hour are one rate"},
		{"112", "km/h", "The rate is around 70 mph.", "agrees 101.38..123.92", "mph converts into km/h"},
		{"112", "km/h", "The rate is 50 miles per hour.", "contradicts 72.42..88.52", "and so do miles per hour"},
		{"112", "km/h", "The rate is 112 kph.", "agrees 112", "kph is km/h"},
		{"112", "km/h", "The rate is 112 km.", "silent", "a distance is no speed"},
		{"11.6", "km/s", "The rate is 41,760 km/h.", "agrees 11.59..11.61", "km/h converts into km/s: rates over time share a base per second"},
		{"11.6", "km/s", "The rate is about 12 kilometres per second.", "agrees 10.8..13.2", "km/s and kilometres per second are one rate"},
		{"11.6", "km/s", "The rate is 11.9 km/s.", "contradicts 11.9", "and another figure in it contradicts"},
		{"-31", "celsius", "The board read -31C at dawn.", "agrees -31", "a minus after a space before a temperature: below zero"},
		{"-31", "celsius", "The board read minus 33 degrees Celsius at dawn.", "contradicts -33", "minus in words"},
		{"-31", "celsius", "The board read 31 degrees Celsius below zero at dawn.", "agrees -31", "below zero after the unit"},
		{"-31", "celsius", "The board read 31 degrees Celsius at dawn.", "contradicts 31", "no minus: above zero"},
		{"-31", "degrees", "The board read 31 degrees below zero at dawn.", "agrees -31", "below zero after a word the sheet names as its unit"},
		{"-12", "celsius", "The board (Anzeige) zeigte minus zwölf Grad Celsius.", "agrees -12", "Grad Celsius is a spelling of celsius, and minus before a number word"},
		{"-12", "celsius", "The board (tablero) marcaba doce grados centígrados bajo cero.", "agrees -12", "grados centígrados is celsius too"},
		{"-12", "celsius", "The board (Anzeige) zeigte zwölf Grad.", "silent", "Grad alone names no scale"},
		{"-31", "degrees", "The board read 33 grados bajo cero at dawn.", "silent", "below zero after another word: not the sheet's unit, though negative"},
		{"-31", "degrees", "The board read 31 degrees at dawn.", "contradicts 31", "no below zero after the word: above zero"},
		{"45", "USD", "The price is 45 dollars.", "agrees 45", "another spelling of the same unit"},
		{"45", "dollars", "The price is €70.", "silent", "euros are no dollars: nothing to compare, not a contradiction"},
		{"45", "dollars", "The price is $70.", "contradicts 70", "the same unit, another value"},
		{"45", "dollars", "In Australia the price is A$90.", "silent", "Australian dollars are no dollars of the sheet"},
		{"45", "dollars", "The price is US$45.", "agrees 45", "US dollars are"},
		{"45", "dollars", "The price is USD 45.", "agrees 45", "a currency's code before the number"},
		{"45", "dollars", "The price is EUR 50.", "silent", "another currency's code"},
		{"1840000000", "euros", "The price is almost EUR 1.9 billion.", "agrees 1,710,000,000..1,900,000,000", "an approximation before a currency's code"},
		{"42000000", "dollars | C$", "The price is about C$40 million.", "agrees 36,000,000..44,000,000", "an approximation before a currency's letters and sign"},
		{"42000000", "dollars | C$", "The price is C$40 million.", "contradicts 40,000,000", "and with none, the figure as written"},
		{"65", "mph", "The length of the gusts was 100 km per hour.", "agrees 55.92..68.36", "a round figure converted: within a tenth of it"},
		{"90", "mph", "The length of the gusts was 100 km per hour.", "contradicts 55.92..68.36", "not within half of its hundred: 145 km/h is no rounding of 100"},
		{"70", "mph", "The length of the gusts was 100 km per hour.", "unsure 55.92..68.36", "within a quarter, its rounding may be the sheet's"},
		{"60", "km/h | mph", "The length of the gusts was 100 km per hour.", "contradicts 100", "a figure in the fact's first unit is not converted, and so not widened"},
		{"90", "mph", "The length of the gusts was 145 km per hour.", "agrees 89.78..90.41", "a figure whose rounding is a tenth or less, as before"},
		{"161000000", "euros", "The price is DKK 1.2bn (EUR 161m).", "agrees 161,000,000", "a glued m after a currency's code is millions"},
		{"2000000", "Swiss francs", "The price is CHF 2m (about €2.1m).", "agrees 2,000,000", "so after the code of a currency with no sign, before a bracket"},
		{"4800000000", "euros", "The price is EUR4.8bn.", "agrees 4,800,000,000", "a currency's code glued to the figure, as wires write it"},
		{"30", "nanograms", "The board (test) found 0.05 micrograms in a pill.", "contradicts 45..55", "micrograms convert to nanograms (0.05 written to its last digit)"},
		{"30", "nanograms", "The board (test) found 30 ng in a pill.", "agrees 30", "ng is a nanogram"},
		{"112", "nanograms per tablet | Nanogramm pro Tablette", "The board (Messung) zeigte 150 Nanogramm pro Tablette.", "contradicts 150", "German pro before any noun makes a rate, as per does, in the sheet's unit too"},
		{"4800000000", "euros", "The price is more than EUR5.2bn.", "contradicts more than 5,200,000,000", "and an approximation before the glued code"},
		{"4800000000", "euros", "The price is USD5.2bn.", "silent", "another currency's code glued: nothing to compare"},
		{"4800000000", "euros", "The price of the EUR4 model is 4.8 billion euros.", "agrees 4,800,000,000", "a code and a figure with no amount after it name a model, not money"},
		{"2.4", "mg per litre", "The board (sample) showed 2.4mg per litre of ammonia.", "agrees 2.4", "milligrams glued to the figure, a rate per litre"},
		{"2.4", "mg per litre", "The board (sample) showed 2.9mg per litre of ammonia.", "contradicts 2.9", "and another figure so written disagrees"},
		{"2.4", "mg per litre", "The board (sample) showed 2.4mg of ammonia.", "silent", "milligrams alone are no rate per litre"},
		{"2000000", "Swiss francs", "The price is 2.5 million Swiss francs.", "contradicts 2,500,000", "Swiss francs are a currency of the table"},
		{"2000000", "Swiss francs", "The price is €2m.", "silent", "and euros are none of them"},
		{"6500000", "euros", "Für 6,5 Mio. Euro kaufte die Firma den board.", "agrees 6,500,000", "an abbreviated scale's stop ends no sentence, and its unit follows it"},
		{"6500000", "euros", "Für 8 Mio. Euro kaufte die Firma den board.", "contradicts 8,000,000", "and another figure so written disagrees"},
		{"6500000", "euros", "Für 8 Mio. € kaufte die Firma den board.", "contradicts 8,000,000", "a sign after the abbreviated scale's stop is its unit"},
		{"38", "kilometres", "La length è una quarantina di chilometri.", "agrees 32..48", "a round count and di before the unit, as after a scale word"},
		{"38", "kilometres", "La length è una ventina di chilometri.", "contradicts 16..24", "and one that disagrees"},
		{"3000000", "euros", "The board put the price at zweieinhalb Millionen euros.", "contradicts 2,500,000", "a half written in one word is written to the half million: three million does not round to it"},
		{"3000000", "euros", "The board put the price at drei Millionen euros.", "agrees 3,000,000", "a whole number word before millions is written to the million"},
		{"25", "basis points", "The board cut the rate by a quarter of a percentage point.", "agrees 24.5..25.5", "a fraction of a percentage point, no share of a whole"},
		{"25", "basis points", "The board made a quarter-point cut.", "agrees 24.5..25.5", "a point after a fraction is a percentage point"},
		{"50", "basis points", "El board recortó la tasa en medio punto porcentual.", "agrees 45..55", "medio punto porcentual: half a percentage point in Spanish"},
		{"50", "basis points", "El board recortó la tasa en medio punto.", "agrees 45..55", "medio punto alone, as half a point"},
		{"25", "basis points", "The rate step was half a percentage point.", "contradicts 45..55", "half of one"},
		{"25", "basis points", "The rate step was three-quarters of a point.", "contradicts 74.5..75.5", "three quarters"},
		{"25", "basis points", "Le board a relevé le taux de trois quarts de point.", "contradicts 74.5..75.5", "three quarters of a point in French"},
		{"25", "basis points", "El board subió la tasa un cuarto de punto.", "agrees 24.5..25.5", "a quarter of a point in Spanish"},
		{"25", "basis points", "Le board a relevé le taux de trois quarts.", "silent", "no point after the fraction: a share of something else"},
		{"25", "basis points", "The board gave a quarter of the points to staff.", "silent", "a quarter of the points: a share, no percentage point"},
		{"7541", "seconds", "The board saw him finish in 2.05.41 on the quay.", "agrees 7,541", "a race time written with dots, H.MM.SS"},
		{"7541", "seconds", "The board saw him finish in 2.05.44 on the quay.", "contradicts 7,544", "and one that differs"},
		{"7541", "seconds", "The board met on 12.05.26 on the quay.", "silent", "two digits of hours: a date, no race time"},
		{"7541", "seconds", "El board lo vio acabar en 2h05:41 en el muelle.", "agrees 7,541", "a race time written with h, H h MM:SS, as Spanish and French papers do"},
		{"7541", "seconds", "El board lo vio acabar en 2h05:44 en el muelle.", "contradicts 7,544", "and one that differs"},
		{"7541", "seconds", "Le board a fini à 14h30 sur le quai.", "silent", "hours and minutes with h and no seconds: a time of day"},
		{"3602", "seconds", "The board clocked the halfway split at 60:02.", "agrees 3,602", "more minutes than a clock's hours: M:SS, a race time"},
		{"3602", "seconds", "The board left at 16:02.", "silent", "minutes a clock's hours may be: a time of day"},
		{"19.6", "percent", "El board aprobó casi el 20 % del presupuesto.", "agrees 18..20", "an article between the approximation and its number"},
		{"19.6", "percent", "Il price sale di quasi il 20% quest'anno.", "agrees 18..20", "so in Italian"},
		{"19.6", "percent", "Il price resta vicino al 20% quest'anno.", "agrees 18..20", "Italian close to: nearly"},
		{"19.6", "percent", "Le price reste proche de 20 % cette année.", "agrees 18..20", "French close to: nearly"},
		{"19.6", "percent", "Il price resta intorno al 20% quest'anno.", "agrees 18..22", "Italian around: about"},
		{"19.6", "percent", "Il price resta al 23% vicino al board.", "contradicts 23", "close to after the figure hedges nothing"},
		{"19.4", "percent", "El board aprobó el 20 % del presupuesto.", "contradicts 20", "an article alone makes no approximation (19.4 rounds to 19)"},
		{"9", "years", "The length of the failures was nearly a decade.", "agrees 9..10", "a decade is ten years"},
		{"8", "years", "The length of it was the longest in a decade.", "silent", "in a decade is a frame of time, no span"},
		{"8", "years", "The length of it was set a decade ago.", "silent", "nor a decade ago"},
		{"8", "years", "The length of it was the longest in nearly a decade.", "silent", "nor in nearly a decade"},
		{"8", "years", "The length of it ended a decade-long inquiry.", "silent", "nor a decade-long inquiry"},
		{"400", "metres", "The length is km 400.", "silent", "a unit with no symbol before numbers is no code before one"},
		{"3.2", "GHz", "The board runs at 3200 MHz.", "agrees 3.15..3.25", "megahertz convert into gigahertz"},
		{"3.2", "GHz", "The board runs at 3.2GHz.", "agrees 3.2", "a unit glued to the number"},
		{"3.2", "GHz", "The board runs at 3,2 GHz.", "agrees 3.2", "a decimal comma"},
		{"400", "metres", "The length is 1,312 ft.", "agrees 399.7452..400.05", "feet convert into metres, as rounded to the foot"},
		{"400", "metres", "The length is 1,280 ft.", "contradicts 388.62..391.668", "a converted value that is off still contradicts"},
		{"400", "metres", "The length is 1,300 ft.", "agrees 381..411.48", "a round figure is taken as rounded: 1,300 ft is 1,250 to 1,350 ft"},
		{"64", "percent", "The rate reached 64%.", "agrees 64", "a percent sign is the unit percent"},
		{"500", "milliseconds", "The staff login delay is 0.6 seconds.", "contradicts 600", "seconds convert to milliseconds"},
		{"500", "ms", "The staff login delay is 500 ms.", "agrees 500", "ms is milliseconds"},
		{"64", `"%"`, "The rate reached 64 per cent.", "agrees 64", "the sheet may write the sign"},
		{"120", "", "Of its staff, 45% left.", "silent", "a percentage is not a count of a fact with no unit"},
		{"120", "", "The staff cost $45 a day.", "silent", "money is not a count either"},
		{"120", "", "The staff grew to 130.", "contradicts 130", "a plain number is still read"},
		{"120", "", "The board's staff walk 130 km.", "silent", "a length is not a count either"},
		{"12", "workers | staff | people", "The board employs 12 people.", "agrees 12", "unit alternatives, any of which may follow"},
		{"48000", "", "The staff grew to 48.000.", "agrees 48,000", "a dot before three digits may separate thousands"},
		{"48", "", "The staff grew to 48.000.", "agrees 48", "or be a decimal point"},
		{"50000", "", "The staff grew to 48.000.", "contradicts 48", "when neither reading agrees, it contradicts"},
		{"9600000000", "dollars", "The staff's trade is worth 9.600 millones de dólares.", "agrees 9,600,000,000", "a dot before three digits and a scale of a million: thousands of millions"},
		{"9600000", "dollars", "The staff's trade is worth 9.600 millones de dólares.", "agrees 9,600,000", "or a decimal of millions"},
		{"1850", "dollars", "The price is 1.850 dollars.", "agrees 1,850", "with a unit too"},
		{"12", "workers | staff", "The board has 14 staff.", "contradicts 14", "the second alternative"},
		{"24", "goals", "He scored 1.6 goals per game for the board.", "silent", "a word unit before per is a rate, not a count"},
		{"1.6", "goals per game", "He scored 1.6 goals per game for the board.", "agrees 1.6", "which a unit with per reads"},
		{"12", "workers | staff", "The board lost 12 staff, per the union.", "agrees 12", "per after a comma is according to, no rate"},
		{"12", "workers | staff", "The board hires 14 workers, per shift.", "silent", "per after a comma before a noun is still a rate"},
		{"112", "light-years", "The length is 34.3 parsecs.", "agrees 111.7..112.04", "parsecs convert into light-years"},
		{"112", "light-years", "The length is 34.3 light-years.", "contradicts 34.3", "a unit of two words joined by a hyphen"},
		{"18640", "acres", "The length of the burn is 7,543 hectares.", "agrees 18,637.92..18,640.4", "hectares convert into acres"},
		{"18640", "acres", "The length of the burn is 29 square miles.", "agrees 18,240..18,880", "and square miles, to the precision written"},
		{"18640", "acres", "The length of the burn is 7,345 hectares.", "contradicts 18,148.65..18,151.13", "another area in hectares contradicts"},
		{"75", "square kilometres", "The length of the burn is 75 sq km.", "agrees 75", "sq km is square kilometres"},
		{"27", "days", "The board's length, 4.6 billion years old, is long.", "silent", "years old is an age, however many years"},
		{"16", "MB", "The length limit is 16 MiB.", "agrees 16", "MiB is written for MB as often as not"},
		{"38", "nautical miles | nm", "The length of the route was 38nm.", "agrees 38", "a spelling of the fact's unit glued to the figure, not the table's nanometres"},
		{"16", "MB", "The length limit is 16,384 KiB.", "agrees 15.99..16.01", "so is KiB, both read as binary multiples"},
		{"64", "terabytes", "The length limit is 32 TByte.", "contradicts 32", "TByte, as German IT pages write it, is a terabyte"},
		{"14200", "pounds", "The length of the deal: 15 mila sterline.", "contradicts 15,000", "sterline, pounds in Italian"},
		{"14200", "pounds", "The length of the deal: 15 mila euro.", "silent", "euros are no pounds"},
		{"6000", "kilograms", "The board weighed 13,228 pounds.", "agrees 5,999.89..6,000.35", "pounds written out are a weight for a fact in a unit of mass"},
		{"6000", "kilograms", "The board cost £13,228.", "silent", "but the sign is money"},
		{"64", "terabytes", "The length limit is 32 TBit.", "silent", "a terabit is no terabyte"},
		{"16", "MiB", "The length limit is 16 MB.", "agrees 16", "and MB for MiB"},
		{"16", "MB", "The length limit is 17 MiB.", "contradicts 17.3..18.36", "another figure in binary multiples still contradicts"},
		{"16", "MB", "The length limit is 16.5 MB.", "contradicts 16.5", "the same unit, another figure"},
		{"12", "minutes", "The length of the outage, explained · 9 min read", "silent", "minutes before read are a page's reading time"},
		{"12", "minutes", "The length of the outage explained, Lesezeit 4 Minuten", "silent", "and so after a word for reading time"},
		{"12", "minutes", "The length of the outage was 9 minutes, read from the logs.", "contradicts 9", "read after a comma is no reading time"},
		{"12", "minutes", "The length of the outage was 9 minutes reading the logs.", "contradicts 9", "nor is reading alone"},
		{"17", "hours", "El martes, a las 9.47 hora de Irlanda, el board se quedó sin luz.", "silent", "hours and minutes after a las and before a singular hora are a time of day"},
		{"17", "hours", "El board se quedó sin luz 9.47 horas.", "contradicts 9.47", "the plural after no clock preposition is how long"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, fact(tt.value, tt.unit), testSource{"s", tt.text, "2023-09-28"})
			c := r.CellAt(0, 0)
			got := string(c.Verdict)
			for _, fd := range c.Findings {
				got += " " + fd.Value
			}
			assert.Equal(t, tt.want, got, "%q with unit %q", tt.text, tt.unit)
		})
	}
}

// A sentence about the fact only as it continues the one before ("That
// is ...") reads a number near its opening pronoun, unit or not.
func TestNumbersInContinuedSentences(t *testing.T) {
	const sheet = "facts:\n  - id: price\n    claim: The list price is $410.\n    number: 410\n    unit: dollars\n    about: [list price]\n"
	assertVerdicts(t, sheet, "2025-03-14", []verdictCase{
		{"The list price was set on Monday. That is what a family would pay, after rebates and a long wait, for a treatment costing perhaps $15,000.", "silent", "a figure far from the pronoun is about something else"},
		{"The list price was set on Monday. That was $500, the company said.", "contradicts", "a figure near the pronoun is the fact's"},
		{"The list price was set on Monday, and for a treatment costing perhaps a great deal more it came to $500.", "contradicts", "in the sentence with the fact's term, the unit ties a figure however far"},
	})
}

func TestNumberInAName(t *testing.T) {
	sheet := "facts:\n  - id: staff\n    claim: The team has 12 people.\n    number: 12\n    about: [team]\n"
	tests := []struct {
		text, want string
		why        string
	}{
		{"The team behind the Apollo 11 grew.", "silent", "a number after a capitalised word is part of the name"},
		{"The team behind the Apollo 11 grew to 14.", "contradicts 14", "the name's number is skipped, the count is read"},
		{"The CVSS team rated it 9.", "contradicts 9", "a number after a verb is a quantity"},
		{"The team of ABC 9 grew.", "contradicts 9", "an acronym before a number does not make a name"},
		{"Team 9 met.", "contradicts 9", "at the start of a sentence a capital says nothing"},
		{"The Vela-1 team met.", "silent", "a number joined by a hyphen to a capitalised word is part of the name"},
		{"Vela-1 team members met.", "silent", "even at the start of a sentence"},
		{"The grade-9 team met.", "contradicts 9", "a word in lower case joined to digits is no name"},
		{"The team lead, Ruiz, 35, said it has 12.", "agrees 12", "a number between commas after a name is an age"},
		{"The team, 14, said no more.", "contradicts 14", "after a common noun it is not"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2023-09-28"})
			c := r.CellAt(0, 0)
			got := string(c.Verdict)
			for _, fd := range c.Findings {
				got += " " + fd.Value
			}
			assert.Equal(t, tt.want, got, "%q", tt.text)
		})
	}
}

// A score or a tally ("3-1") and a number joined by a hyphen to a word it
// describes ("10-man") count nothing a fact with no unit counts; a range
// and a compound of the fact's own term still do.
func TestScoresAndCompounds(t *testing.T) {
	const goal = "facts:\n  - id: goal\n    claim: The first goal came in the 23rd minute.\n    number: 23\n    about: [goal | scored]\n"
	assertVerdicts(t, goal, "2026-05-17", []verdictCase{
		{"Ashford won 3-1 after Wierzbicki scored the first goal.", "silent", "both halves of a score"},
		{"Against 10-man Drummond, Wierzbicki scored the goal.", "silent", "a number describing another noun"},
		{"Wierzbicki scored 2 goals.", "contradicts", "a plain number is read"},
	})
	const board = "facts:\n  - id: seats\n    claim: The board has 12 seats.\n    number: 12\n    about: [seat | seats]\n"
	assertVerdicts(t, board, "2026-05-17", []verdictCase{
		{"It is a 10-seat board.", "contradicts", "a compound of the fact's own term counts it"},
		{"Some 11-13 seats are open.", "agrees", "a range is read as one number"},
	})
	const crew = "facts:\n  - id: crew\n    claim: The crew numbered 40.\n    number: 40\n    about: [crew]\n"
	assertVerdicts(t, crew, "2026-05-17", []verdictCase{
		{"The 45-strong crew sailed at dawn.", "contradicts", "strong after a hyphen leaves the number a count of the noun after"},
		{"The 45-tonne crew boat sailed at dawn.", "silent", "another word after the hyphen describes the noun"},
	})
	const dead = "facts:\n  - id: dead\n    claim: Four people died.\n    number: 4\n    unit: dead | people\n    about: [dead | died]\n"
	assertVerdicts(t, dead, "2026-05-17", []verdictCase{
		{"UPDATE 3-Six dead after ferry sinks off the cape", "contradicts", "a wire's slug counts its updates: six is the figure, no range from 3"},
		{"UPDATE 3-Four dead after ferry sinks off the cape", "agrees", "and four agrees, read alone"},
		{"Latest update 3-6 dead off the cape.", "agrees", "the word not opening the line, the figures are a range"},
	})
}

// A figure after "by" and a word of comparison is a margin between two
// figures: a disagreeing one is unsure. A change ("rose by") may be the
// fact, and is read.
func TestMarginAfterBy(t *testing.T) {
	const crest = "facts:\n  - id: crest\n    claim: The river crested at 41.3 feet.\n    number: 41.3\n    unit: feet\n    about: [crest | crested]\n"
	assertVerdicts(t, crest, "2025-10-20", []verdictCase{
		{"Saturday's crest beat the old mark by two feet.", "unsure", "a margin over the old mark"},
		{"The crest was higher than in 1972 by two feet.", "unsure", "after a comparative too"},
		{"The river crested at 39.3 feet.", "contradicts", "the figure itself"},
		{"The river crested, and it was measured by two feet of gauges.", "contradicts", "by with no word of comparison before it"},
	})
	const rise = "facts:\n  - id: rise\n    claim: Prices rose by 5%.\n    number: 5\n    unit: percent\n    about: [prices | rose]\n"
	assertVerdicts(t, rise, "2025-10-20", []verdictCase{
		{"Prices rose by 6% last year.", "contradicts", "a change by a figure may be the fact"},
	})
	const votes = "facts:\n  - id: margin\n    claim: Ferrante finished ahead by 187 votes.\n    number: 187\n    unit: votes\n    about: [ahead | margin]\n  - id: total\n    claim: Wrenfield got 24,131 votes.\n    number: 24131\n    unit: votes\n    about: [Wrenfield]\n"
	assertVerdicts(t, votes, "2025-11-20", []verdictCase{
		{"After the recount Ferrante stayed ahead by 178 votes.", "contradicts", "ahead is the fact's own word: its margin"},
	})
	r := run(t, votes, testSource{"s", "The recount changed Wrenfield's figures by a total of 81 votes.", "2025-11-20"})
	assert.Equal(t, "unsure", string(r.CellAt(1, 0).Verdict), "a change of given figures is no total")
}

// A range the text writes agrees with a fact that is a range only when it
// lies within it; with a single figure, any overlap agrees. A scale after
// the range's end is its start's too.
func TestRangeAgainstRange(t *testing.T) {
	const guidance = "facts:\n  - id: guidance\n    claim: Sales of $7.3 billion to $7.4 billion are expected.\n    number: 7.3 billion..7.4 billion\n    unit: dollars\n    about: [expects | expected | guidance]\n"
	assertVerdicts(t, guidance, "2025-11-20", []verdictCase{
		{"It now expects sales of $7.3 billion to $7.4 billion.", "agrees", "the same range"},
		{"It now expects sales of $7.2 billion to $7.3 billion.", "contradicts", "a range with an end outside the sheet's"},
		{"It now expects sales of $7.3 to $7.4 billion.", "agrees", "the scale after the end is the start's too"},
		{"It now expects sales of $7.3-7.4bn.", "agrees", "a scale glued to the end too"},
		{"It now expects sales of $7.3 billion to $7.4 billion, up from its previous outlook of $7.15 billion to $7.3 billion.", "agrees", "the sheet's range beside a former one"},
		{"It now expects sales of about $7.35 billion.", "agrees", "a figure inside the range"},
	})
	const charge = "facts:\n  - id: charge\n    claim: The charge is $61 million.\n    number: 61 million\n    unit: dollars\n    about: [charge]\n"
	assertVerdicts(t, charge, "2025-11-20", []verdictCase{
		{"It expects a charge of $58-64m in the first half.", "agrees", "a glued m of millions after the end is the start's too"},
	})
	const smaller = "facts:\n  - id: charge\n    claim: The charge is $30 million.\n    number: 30 million\n    unit: dollars\n    about: [charge]\n"
	assertVerdicts(t, smaller, "2025-11-20", []verdictCase{
		{"It expects a charge of $58-64m in the first half.", "contradicts", "58 to 64 million, not 58 to 64,000,000, which holds 30 million"},
	})
	const interval = "facts:\n  - id: ci\n    claim: The interval ran from 76.2% to 90.1%.\n    number: 76.2..90.1\n    unit: percent\n    about: [CI | confidence interval]\n  - id: efficacy\n    claim: Efficacy was 84.6%.\n    number: 84.6\n    unit: percent\n    about: [efficacy]\n"
	assertVerdicts(t, interval, "2025-11-20", []verdictCase{
		{"Efficacy was 84.6% (95% CI, 76.2%-91.0%) in the trial.", "contradicts", "an interval beside the other fact's own figure is no hedge of it"},
		{"Efficacy was 84.6% (95% CI, 76.2%-90.1%) in the trial.", "agrees", "and the same interval agrees"},
		{"Efficacy was between 76.2% and 91.0% in the trial, a wide CI.", "unsure", "with no figure of the other fact apart, the range may hedge it"},
	})
	const point = "facts:\n  - id: efficacy\n    claim: Efficacy was 80%.\n    number: 80\n    unit: percent\n    about: [efficacy]\n"
	assertVerdicts(t, point, "2025-11-20", []verdictCase{
		{"Efficacy was 83.5% (95% CI 76.2%-91.0%) in the trial.", "contradicts", "an interval's range is no value of a fact of one figure"},
	})
	const crowd = "facts:\n  - id: crowd\n    claim: 2,500 people came.\n    number: 2500\n    unit: people\n    about: [came]\n"
	assertVerdicts(t, crowd, "2025-11-20", []verdictCase{
		{"Between 2,000 and 3,000 people came.", "agrees", "a range around a single figure agrees"},
	})
}

// A figure that meets an open-ended sheet value ("at least 14") states it
// whole, not a part of a range: it settles another figure of its sentence
// as a plain value does.
func TestOpenSheetValueSettlesItsSentence(t *testing.T) {
	const treated = "facts:\n  - id: treated\n    claim: At least 14 passengers were treated.\n    number: at least 14\n    unit: passengers\n    about: [treated]\n"
	assertVerdicts(t, treated, "2025-10-20", []verdictCase{
		{"Twelve passengers were treated at the gate: in all, 14 passengers were treated.", "agrees", "14 meets the sheet's bound: the 12 beside it is about something else"},
		{"Twelve passengers were treated at the gate.", "contradicts", "12 alone falls short of at least 14"},
		{"Twelve passengers were treated at the gate, and 40 passengers were evacuated.", "contradicts", "a figure the bound allows but that is not the bound settles nothing: the 12 stands"},
	})
}

// A bound that allows the sheet's value in another unit restates the
// figure beside it, and settles nothing: "187 millimetres of rain, more
// than seven inches" contradicts 178 mm. In the same unit it settles a
// part beside it, as a firm figure does.
func TestBoundRestatesInAnotherUnit(t *testing.T) {
	const rain = "facts:\n  - id: rain\n    claim: 178 mm of rain fell.\n    number: 178\n    unit: mm\n    about: [rain]\n"
	assertVerdicts(t, rain, "2025-10-20", []verdictCase{
		{"In all, 187 millimetres of rain fell, more than seven inches.", "contradicts", "the bound restates the figure in inches: it settles nothing"},
	})
	const ash = "facts:\n  - id: ash\n    claim: The ash column rose to 14 km.\n    number: 14\n    unit: km\n    about: [ash column]\n"
	assertVerdicts(t, ash, "2025-10-20", []verdictCase{
		{"The ash column topped 46,000 feet.", "agrees", "a bound's figure is rounded too: above 45,500 feet allows 14 km"},
		{"The ash column topped 52,000 feet.", "contradicts", "above 51,500 feet does not"},
		{"The ash column rose to 52,000 feet.", "contradicts", "a figure converted with its rounding still contradicts"},
		{"The ash column rose above 50,000 feet.", "contradicts", "a bound of one significant figure is not widened by half of it"},
	})
	const evac = "facts:\n  - id: evac\n    claim: 4,200 people were evacuated.\n    number: 4200\n    unit: people | residents\n    about: [evacuated]\n"
	assertVerdicts(t, evac, "2025-10-20", []verdictCase{
		{"Over 4,000 people were evacuated on Friday, and 350 people were evacuated by boat.", "agrees", "a bound in the unit settles a part beside it"},
	})
	const years = "facts:\n  - id: years\n    claim: Cars of model years 2009 to 2015 are affected.\n    number: 2009..2015\n    about: [model years]\n"
	assertVerdicts(t, years, "2025-10-20", []verdictCase{
		{"The notice covers cars of model years 2008 and 2015.", "contradicts", "a year inside the range states a part of it only, and settles no other figure"},
		{"The notice covers cars of model years 2009 and 2015.", "agrees", "both inside"},
	})
	const fine = "facts:\n  - id: fine\n    claim: The fine is $37,500 a car.\n    number: 37500\n    unit: dollars\n    about: [fine]\n"
	assertVerdicts(t, fine, "2025-10-20", []verdictCase{
		{"The fine is $37,000 a car, up to $18 billion in all.", "contradicts", "a bound a thousand times the sheet's value allows it but states nothing: it settles nothing"},
		{"The fine could reach up to $18 billion in all.", "unsure", "alone, such a bound is unsure, no agreement"},
		{"The fine is up to $40,000 a car.", "agrees", "a bound of the sheet's magnitude agrees"},
		{"The fine is more than $3,000 a car.", "unsure", "a floor under a tenth of the sheet's value allows it and says nothing of it"},
		{"The fine is more than $30,000 a car.", "agrees", "a floor of the sheet's magnitude agrees"},
	})
}

// A figure with a fraction counts no noun: "one point four analysts said"
// is no count of analysts, while a rate may have a fraction.
func TestFractionCountsNoNoun(t *testing.T) {
	const sheet = "facts:\n  - id: analysts\n    claim: Four analysts cut their targets.\n    number: 4\n    unit: analysts\n    about: [index | cut]\n"
	assertVerdicts(t, sheet, "2026-03-01", []verdictCase{
		{"The index dropped one point four analysts said.", "silent", "a fraction before a count noun counts nothing"},
		{"The index dropped as 5 analysts cut targets.", "contradicts", "a whole figure counts"},
	})
}

// The sheet's own figure, in a sentence about the fact, agrees though its
// unit is not stated ("the toll rose to 62" for 62 people), and settles
// nothing; another figure so written is no contradiction, nor is a figure
// inside a range fact, nor one the sentence gives beside a figure in the
// fact's unit, which it puts in doubt when it stands nearer the terms.
func TestSheetFigureWithoutItsUnit(t *testing.T) {
	const heat = "facts:\n  - id: heat\n    claim: The temperature peaked at 31 degrees Celsius.\n    number: 31\n    unit: celsius\n    about: [temperature | temperatuur]\n"
	assertVerdicts(t, heat, "2025-07-20", []verdictCase{
		{"De temperatuur was 31 graden.", "agrees", "degrees after the sheet's figure, for a fact of heat: its own"},
	})
	const toll = "facts:\n  - id: toll\n    claim: 62 people died.\n    number: 62\n    unit: people\n    about: [death toll | died]\n"
	assertVerdicts(t, toll, "2025-10-20", []verdictCase{
		{"Officials put the final death toll at 62.", "agrees", "the sheet's figure, its unit unstated"},
		{"Officials put the final death toll at about 62.", "agrees", "an approximate figure around the sheet's"},
		{"Officials put the final death toll at 58.", "contradicts", "the term right before it names the figure: the toll, in the fact's unit"},
		{"The death toll, officials said, was 58.", "silent", "another figure without the unit, away from the term, says nothing"},
		{"The death toll of 62 was revised: 58 people died.", "contradicts", "a figure in the unit is the fact's, and the loose one settles nothing"},
		{"Officials put the final death toll at 62, and 58 people died in the city.", "contradicts", "the sentence's figure in the unit is taken instead"},
		{"The death toll is not yet known; 62Gbps links were cut.", "silent", "letters glued to the figure are a unit of their own"},
		{"Officials put the final death toll at 62%.", "silent", "a figure in another unit"},
		{"The death toll was not 62, as first reported.", "silent", "a negation before it"},
		{"Initial reports put the death toll at 62; it was later revised.", "silent", "a first figure: whatever puts a value in doubt leaves it unread"},
		{"Zunächst war von einer death toll von 62 die Rede.", "silent", "zunächst: a first figure in German"},
		{"As of Wednesday night, the death toll stood at 62.", "agrees", "a count at one moment that is the sheet's final figure agrees"},
		{"The death toll is expected to reach 62.", "silent", "an expected figure"},
		{"The death toll rose by 62 overnight.", "silent", "a change by a figure"},
		{"The death toll report, page 62, lists them all.", "silent", "a page number"},
		{"The 62-page report on the death toll came out.", "silent", "a figure joined to the noun it describes"},
		{"Carriage 62 was where most of those who died sat.", "silent", "a capitalised word before it: a name"},
		{"In 62 died, officials said.", "agrees", "a preposition opening the sentence is capitalised only for that: no name"},
		{"DEATH TOLL RISES TO 62", "agrees", "a word in capitals before it, in a headline in capitals, names nothing"},
		{"DEATH TOLL RISES TO 64", "silent", "and another figure there is still not read"},
		{"Hospitals treated 62 survivors as the death toll rose.", "silent", "a plural noun after it counts that noun"},
		{"The death toll rose in the heat, which reached 62 Grad.", "silent", "a figure in degrees is no count of people"},
		{"Police said 62 were injured and the death toll stood at nine.", "contradicts", "the toll stood at nine: the term names it, whatever figure stands elsewhere"},
		{"Officials put the final death toll at 62. Initial reports said 58 people died.", "agrees", "the sheet's figure without its unit outweighs a figure of one moment"},
		{"The final death toll, officials said, was 62. Another 58 people died.", "unsure", "but no other doubt: another 58 may count more"},
	})
	const weekend = "facts:\n  - id: weekend\n    claim: 23,400 visitors came over the opening weekend.\n    number: 23400\n    unit: visitors | people\n    about: [weekend]\n"
	assertVerdicts(t, weekend, "2025-10-20", []verdictCase{
		{"The museum said 41,800 people had visited, including 23,400 who came over the opening weekend.", "unsure", "the sheet's own figure stands nearer the terms than the one in the unit"},
		{"The museum said 25,000 people came over the opening weekend, against 23,400 a year ago.", "contradicts", "the figure in the unit stands nearer"},
	})
	const casualties = "facts:\n  - id: dead\n    claim: 41 people died.\n    number: 41\n    unit: people | dead\n    about: [killed | dead | died]\n  - id: injured\n    claim: 312 people were injured.\n    number: 312\n    unit: people | injured\n    about: [injured]\n"
	for _, tt := range []struct{ text, dead, injured, why string }{
		{"The quake killed 41 people and injured 312 in the province.", "agrees", "agrees", "the figure in the unit is another fact's value: the sheet's bare figure stands for this one"},
		{"The quake killed 41 people and injured 320 in the province.", "agrees", "contradicts", "and a bare figure the fact's term right before it names is read against it"},
		{"The quake killed 45 people and injured 312 in the province.", "contradicts", "agrees", "a figure in the unit that no other fact holds is taken instead; nearer the other fact's terms it is that one's, and leaves it the sheet's bare figure"},
		{"Nearly 200 people were injured and 41 died.", "agrees", "contradicts", "a figure in the unit nearer another fact's first terms is that fact's: the sheet's bare figure stands for this one"},
		{"Nearly 200 people were injured and 45 died.", "silent", "contradicts", "but another bare figure is still not read against it"},
		{"Nearly 200 people died and 41 were injured.", "contradicts", "unsure", "the figure in the unit nearest this fact's own terms is taken instead; 41 were injured is in the unit too, but the value the sheet holds for the dead"},
	} {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, casualties, testSource{"s", tt.text, "2025-10-15"})
			assert.Equal(t, tt.dead, string(r.CellAt(0, 0).Verdict), "dead: %q", tt.text)
			assert.Equal(t, tt.injured, string(r.CellAt(1, 0).Verdict), "injured: %q", tt.text)
		})
	}
	const limit = "facts:\n  - id: limit\n    claim: The limit is 1,200 requests per minute.\n    number: 1200\n    unit: requests per minute\n    about: [rate limit]\n"
	assertVerdicts(t, limit, "2025-10-20", []verdictCase{
		{"The rate limit is 1,200 requests per minute per key.", "agrees", "a rate of the fact's unit per something more"},
		{"The rate limit is 1,500 requests per minute per key.", "silent", "another such rate is no certain contradiction"},
		{"The rate limit is 1,200 requests a minute.", "agrees", "a minute for per minute, as a day for per day"},
		{"The rate limit is 1,500 requests a minute.", "contradicts", "and another such rate contradicts"},
		{"The rate limit is 1,500 requests a minute per key.", "silent", "per something more after the period: another rate"},
	})
	const seats = "facts:\n  - id: seats\n    claim: The party will win 4 to 8 seats.\n    number: 4..8\n    unit: seats\n    about: [tally]\n"
	assertVerdicts(t, seats, "2025-10-20", []verdictCase{
		{"The party's tally reached 5.", "agrees", "the term names the figure: inside the range fact, it agrees"},
		{"The party's tally, a poll found, was 5.", "silent", "a figure away from the term inside a range fact is not its own"},
		{"The party's tally reached 8 of the 12 districts.", "silent", "a part of another figure"},
		{"The party's tally tops out at 8.", "agrees", "an end of the range is the sheet's figure"},
	})
	const road = "facts:\n  - id: road\n    claim: The road is 400 metres long.\n    number: 400\n    unit: metres\n    about: [length]\n"
	assertVerdicts(t, road, "2025-10-20", []verdictCase{
		{"The length is km 400.", "silent", "a unit before the figure states it"},
		{"The length of the road is 400.", "agrees", "a measure's figure with no unit at all"},
	})
	const price = "facts:\n  - id: price\n    claim: Holders get $38.50 a share.\n    number: 38.50\n    unit: dollars\n    about: [receive]\n"
	assertVerdicts(t, price, "2025-10-20", []verdictCase{
		{"Holders will receive $38.50 per share in cash.", "agrees", "an amount per item of the fact's unit"},
	})
	const eps = "facts:\n  - id: eps\n    claim: Adjusted profit was $0.47 a share.\n    number: 0.47\n    unit: dollars per share | dollars\n    about: [profit | earnings]\n"
	assertVerdicts(t, eps, "2025-10-20", []verdictCase{
		{"Adjusted earnings were 47 cents a share.", "agrees", "cents are hundredths of a dollar"},
		{"Adjusted profit came to 52 cents per share.", "contradicts", "another amount in cents"},
		{"Adjusted profit was $0.47 a share.", "agrees", "a dollar amount a share"},
	})
}

// A figure another fact holds in its own unit is that fact's, though this
// fact reads it converted: "58 cm" is the skull's, not a body length of
// 0.58 m.
func TestAnotherFactsFigureConverted(t *testing.T) {
	const sheet = "facts:\n  - id: length\n    claim: The animal was 4.2 metres long.\n    number: 4.2\n    unit: metres\n    about: [long | length]\n  - id: skull\n    claim: Its skull is 58 cm long.\n    number: 58\n    unit: cm\n    about: [skull]\n"
	assertVerdicts(t, sheet, "2025-10-20", []verdictCase{
		{"The skull alone is 58 centimetres long.", "silent", "the skull's figure, in its unit"},
		{"The skull alone is 85 centimetres long.", "unsure", "another figure beside the skull's terms may be either's"},
	})
}

// Spans of time after a comma may be one span or two: "delayed 2 hours, 15
// minutes" is 135 minutes, "2 hours, 50 minutes of it on the tarmac" two
// hours. The joined span agrees; the first part alone is unsure; a figure
// neither gives contradicts.
func TestSpansOfTimeAfterAComma(t *testing.T) {
	for _, tt := range []struct{ minutes, text, want, why string }{
		{"135", "The flight was delayed 2 hours, 15 minutes.", "agrees", "the parts joined"},
		{"120", "The flight was delayed 2 hours, 50 minutes of it on the tarmac.", "unsure", "the first part alone: it may be one span of 170 minutes"},
		{"150", "The flight was delayed 2 hours, 15 minutes.", "contradicts", "neither reading"},
	} {
		sheet := "facts:\n  - id: delay\n    claim: The delay.\n    number: " + tt.minutes + "\n    unit: minutes\n    about: [delayed]\n"
		assertVerdicts(t, sheet, "2025-10-20", []verdictCase{{tt.text, tt.want, tt.why}})
	}
}

// A figure after a word of change, or before a comparative, is by how
// much something changed: unsure for a fact of a level, read for a fact
// that is a change.
func TestChangeAmounts(t *testing.T) {
	const price = "facts:\n  - id: price\n    claim: A litre of petrol costs $1.85.\n    number: 1.85\n    unit: dollars per litre | dollars\n    about: [petrol]\n"
	assertVerdicts(t, price, "2025-10-20", []verdictCase{
		{"Petrol prices rose 12 cents a litre this month.", "unsure", "a rise by an amount"},
		{"Petrol prices have climbed by $0.12 a litre since January.", "unsure", "a rise by an amount after by"},
		{"A litre of petrol is 12 cents dearer than a month ago.", "unsure", "an amount before a comparative"},
		{"A litre of petrol costs $1.97.", "contradicts", "the level itself"},
		{"Petrol rose to $1.97 a litre.", "contradicts", "a change to a level gives the level"},
		{"Petrol prices were cut by 5 cents a litre.", "unsure", "cut by an amount: a change"},
		{"The company hiked petrol prices by 12 cents a litre.", "unsure", "words between the verb and by"},
		{"Petrol shares gained $1.20 a litre.", "unsure", "gained: a change"},
	})
	const time = "facts:\n  - id: time\n    claim: She won in 2:07:41.\n    number: 7661\n    unit: seconds\n    about: [won | vinto]\n"
	assertVerdicts(t, time, "2025-03-17", []verdictCase{
		{"She won in record time, improving the course record by 38 seconds.", "unsure", "bettering a mark by an amount: a margin"},
		{"Ha vinto migliorando di 38 secondi il record del percorso.", "unsure", "so in Italian, di for by"},
		{"She won in 2:08:19 to improve on her best.", "contradicts", "a time that is no margin disagrees"},
	})
	const older = "facts:\n  - id: older\n    claim: The Vela 2 cost 799 euros.\n    number: 799\n    unit: euros\n    about: [Vela 2]\n"
	assertVerdicts(t, older, "2025-09-09", []verdictCase{
		{"The Vela 3 is 100 euros, or 12.5%, dearer than the Vela 2.", "unsure", "an aside that restates the amount stands between it and the comparative"},
		{"The Vela 2 cost 700 euros, or 12%, of the budget.", "contradicts", "an aside with no comparative after it: the amount itself"},
		{"Das Vela 3 kostet 100 Euro mehr als das Vela 2.", "unsure", "a German comparative"},
		{"Le Vela 3 coûte 100 euros de plus que le Vela 2.", "unsure", "a French one after its particle"},
		{"El Vela 3 cuesta 100 euros más que el Vela 2.", "unsure", "a Spanish one"},
		{"The Vela 2 cost 100 euros plus tax.", "contradicts", "plus alone is no comparative"},
		{"Das Vela 3 ist 100 Euro teurer als das Vela 2.", "unsure", "a German comparative in -er before als"},
		{"Das Vela 2 ist ein 700 Euro teurer Kauf.", "contradicts", "the same word with no als after it is an adjective"},
		{"O Vela 2 custa 700 euros mas há descontos.", "contradicts", "Portuguese mas, but, is no comparative"},
		{"The Vela 2 cost 700 euros, or about 600 pounds, more than most buyers pay.", "contradicts", "an aside in another currency restates the price: what follows comments on it"},
	})
	const rise = "facts:\n  - id: rise\n    claim: Petrol prices rose 12 cents a litre.\n    number: 0.12\n    unit: dollars per litre | dollars\n    about: [petrol]\n"
	assertVerdicts(t, rise, "2025-10-20", []verdictCase{
		{"Petrol prices rose 15 cents a litre this month.", "contradicts", "a fact of a change reads the change"},
	})
	const level = "facts:\n  - id: level\n    claim: Petrol prices rose to $1.85 a litre.\n    number: 1.85\n    unit: dollars per litre | dollars\n    about: [petrol]\n"
	assertVerdicts(t, level, "2025-10-20", []verdictCase{
		{"Petrol prices rose 12 cents a litre this month.", "unsure", "a claim of a change to a level is a level"},
	})
	const heat = "facts:\n  - id: heat\n    claim: Seville reached 31 °C as temperatures soared.\n    number: 31\n    unit: celsius\n    about: [Seville]\n"
	assertVerdicts(t, heat, "2025-10-20", []verdictCase{
		{"Temperatures in Seville rose 4 °C overnight.", "unsure", "a claim whose change word governs no figure is a level: the rise is unsure"},
	})
	const close = "facts:\n  - id: close\n    claim: Acme shares fell 6.6% to $45.10.\n    number: 45.10\n    unit: dollars\n    about: [shares]\n"
	assertVerdicts(t, close, "2025-10-20", []verdictCase{
		{"Acme shares fell $3.20 on Friday.", "unsure", "a claim that gives a level after 'to' is no change: the fall is unsure"},
	})
	const march = "facts:\n  - id: march\n    claim: Petrol rose 12 cents in March to the highest level since 2022.\n    number: 0.12\n    unit: dollars\n    about: [petrol]\n"
	assertVerdicts(t, march, "2025-10-20", []verdictCase{
		{"Petrol rose 15 cents in March.", "contradicts", "to before no figure leaves the claim a change"},
	})
	const soared = "facts:\n  - id: soared\n    claim: Seville's temperature soared by 3 pm to 31 °C.\n    number: 31\n    unit: celsius\n    about: [Seville]\n"
	assertVerdicts(t, soared, "2025-10-20", []verdictCase{
		{"In Seville temperatures rose 4 °C by the afternoon.", "unsure", "by and a clock time is no amount: the claim is a level, the rise unsure"},
	})
	changes := []struct{ claim, number, unit, text, why string }{
		{"Petrol prices rose by almost 5% in March.", "5", "percent", "Petrol prices rose 8% in March.", "by and a word before the figure: still a change"},
		{"Rates were cut by the ECB by 0.25 percentage points.", "0.25", "percentage points", "The ECB cut rates by 0.5 percentage points.", "by and a noun, then by and the figure"},
		{"Emissions will be cut by 2030 by 55%.", "55", "percent", "Emissions will be cut by 40% by 2030.", "by and a year, then by and the figure"},
		{"UK house prices rose 5.2% in the year to March 2026.", "5.2", "percent", "UK house prices rose 4.1% in the year to March.", "to and a date after the figure: the figure is still the change"},
		{"Acme shares fell 8% to close at $45.10.", "8", "percent", "Acme shares fell 11% on Friday.", "the claim's own figure before to is what changed"},
		{"Prices are up by 6% this year.", "6", "percent", "Prices rose 9% this year.", "up, then by and the figure"},
		{"Acme shares closed down nearly 8%.", "8", "percent", "Acme shares fell 11% on Friday.", "down, then nearly and the figure"},
	}
	for _, tt := range changes {
		sheet := "facts:\n  - id: chg\n    claim: " + tt.claim + "\n    number: " + tt.number + "\n    unit: " + tt.unit + "\n    about: [prices | ECB | emissions | shares]\n"
		assertVerdicts(t, sheet, "2026-04-20", []verdictCase{{tt.text, "contradicts", tt.why}})
	}
	const hitting = "facts:\n  - id: petrol\n    claim: Petrol prices rose again in March, hitting a record $1.85.\n    number: 1.85\n    unit: dollars\n    about: [petrol]\n"
	assertVerdicts(t, hitting, "2026-04-20", []verdictCase{
		{"Petrol prices rose 12 cents in March.", "unsure", "a comma and hitting between the change word and the figure: the claim is a level"},
	})
	const setUp = "facts:\n  - id: fund\n    claim: The government set up a US$450 million fund.\n    number: 450 million\n    unit: dollars\n    about: [fund]\n"
	assertVerdicts(t, setUp, "2026-04-20", []verdictCase{
		{"The fund was raised by $50 million in May.", "unsure", "up as a particle ('set up') makes no change: the claim is a level"},
	})
	const jobs = "facts:\n  - id: jobs\n    claim: Acme employs 1,200 people.\n    number: 1200\n    unit: jobs | people\n    about: [Acme]\n"
	assertVerdicts(t, jobs, "2025-10-20", []verdictCase{
		{"Acme cut 250 jobs last year.", "contradicts", "a count after a change word is read as ever"},
	})
}

// A length after a verb of moving ("moving it about 20 metres") is how far
// something went, not a measure of it: unsure for a fact that is no move.
func TestDistancesMoved(t *testing.T) {
	const ship = "facts:\n  - id: ship\n    claim: The ship is 366 metres long.\n    number: 366\n    unit: m\n    about: [ship | vessel]\n"
	assertVerdicts(t, ship, "2025-03-12", []verdictCase{
		{"Tugs pulled the vessel, moving it about 20 metres.", "unsure", "a pronoun and about between the verb of moving and the length"},
		{"The ship drifted 300 metres before it grounded.", "unsure", "the verb of moving right before the length"},
		{"The ship, 400 metres long, was stuck.", "contradicts", "a measure of the ship"},
		{"Crews pulled 300 people off the ship, which is 400 metres long.", "contradicts", "a verb of moving before a count, not the length"},
		{"Tugs towed the 400-metre vessel into the port.", "contradicts", "a measure before a noun after a verb of moving: the ship's length"},
		{"The tide pushed the ship back 20 metres.", "unsure", "back between the verb and the length: how far it went"},
	})
	const drift = "facts:\n  - id: drift\n    claim: The ship drifted 300 metres.\n    number: 300\n    unit: m\n    about: [ship | vessel]\n"
	assertVerdicts(t, drift, "2025-03-12", []verdictCase{
		{"The ship drifted 500 metres before it grounded.", "contradicts", "a fact that is a move: the distance is its own"},
	})
}

// A measure of a part of something ("310 metres of the bore") may not be
// what the fact measures: unsure when it disagrees.
func TestMeasureOfAPart(t *testing.T) {
	const length = "facts:\n  - id: length\n    claim: The tunnel is 4.6 km long.\n    number: 4.6\n    unit: km\n    about: [tunnel | length]\n"
	assertVerdicts(t, length, "2025-11-20", []verdictCase{
		{"About 310 metres of the northbound bore, a fifteenth of its length, were damaged.", "unsure", "a part of the bore, which is no term of the fact"},
		{"Fire damaged 5.2 km of the tunnel.", "contradicts", "a term of the fact after of the: its own measure"},
		{"The tunnel is 5.2 km long.", "contradicts", "the tunnel's own length"},
		{"The tunnel, 5.2 km of granite, opened in 1998.", "contradicts", "of before no determiner: what it is made of"},
		{"They widened the length of 5.2 km of the old bore.", "contradicts", "after the fact's term and of, the measure is the fact's: of the names what it is taken along"},
		{"The tunnel crew relined 5.2 km of the old bore.", "unsure", "after a word that is no term of the fact, still a part"},
	})
}

// A span of time written with spaced letters, "4 h 37 min", is one span.
func TestSpacedSpanOfTime(t *testing.T) {
	const outage = "facts:\n  - id: outage\n    claim: The outage lasted 4 hours 37 minutes.\n    number: 277\n    unit: minutes\n    about: [outage]\n"
	assertVerdicts(t, outage, "2025-11-20", []verdictCase{
		{"| Outage | 4 h 37 min |", "agrees", "a table cell's spaced span"},
		{"The outage lasted 4 h 57 min.", "contradicts", "another span"},
		{"L'outage (panne) a pris fin en 4 h 57.", "contradicts", "after a preposition of [span-h-preps], no word for the minutes"},
		{"L'outage (panne) a pris fin en 4 h 37.", "agrees", "and the sheet's span"},
		{"L'outage (panne) a pris fin à 4 h 57.", "silent", "after à, a time of day"},
	})
}

// Basis points and percentage points convert into one another: 25 basis
// points are 0.25 percentage points.
func TestBasisPoints(t *testing.T) {
	const cut = "facts:\n  - id: cut\n    claim: The bank cut its rate by 25 basis points.\n    number: 25\n    unit: basis points\n    about: [cut | senkte]\n"
	assertVerdicts(t, cut, "2026-03-20", []verdictCase{
		{"The bank cut rates by 25bp.", "agrees", "glued bp"},
		{"The bank cut rates by a quarter of a point, 0.25 percentage points.", "agrees", "percentage points converted"},
		{"The bank cut rates by 50 basis points.", "contradicts", "another cut"},
		{"The bank cut rates by 0.5 percentage points.", "contradicts", "another cut, converted"},
		{"The bank cut rates by half a percentage point.", "contradicts", "half a unit is 0.5 of it: 50 basis points"},
		{"Die Bank senkte den Zins um 0,25 Prozentpunkte.", "agrees", "a German plural of the unit"},
		{"Die Bank senkte den Zins um 50 Basispunkte.", "contradicts", "so of basis points"},
	})
	const delay = "facts:\n  - id: delay\n    claim: The train was delayed by 30 minutes.\n    number: 30\n    unit: minutes\n    about: [delayed]\n"
	assertVerdicts(t, delay, "2026-03-20", []verdictCase{
		{"The train was delayed by half an hour.", "agrees", "half an hour is 30 minutes"},
		{"The train was delayed; half an hour later it left.", "silent", "half an hour later says when, not how long"},
		{"The train was delayed by half a dozen minutes.", "contradicts", "half a dozen is six"},
	})
}

// "per" before a pronoun or an article is a preposition, "for", not a
// rate: "100.000 euro per chi" is a sum of euros.
func TestPerIsNoRateBeforeAPronoun(t *testing.T) {
	const reward = "facts:\n  - id: reward\n    claim: The museum offers a reward of 100,000 euros.\n    number: 100000\n    unit: euros\n    about: [ricompensa | reward]\n"
	assertVerdicts(t, reward, "2026-03-20", []verdictCase{
		{"Il museo offre una ricompensa di 100.000 euro per chi fornirà informazioni.", "agrees", "per chi: for whoever"},
		{"Il museo offre una ricompensa di 50.000 euro per chi fornirà informazioni.", "contradicts", "another sum"},
		{"The museum offers a reward of 100,000 euros per the insurer's terms.", "agrees", "per the: according to"},
		{"Il museo offre una ricompensa di 5.000 euro per quadro.", "silent", "per and a noun: a rate, another unit"},
	})
}

// A figure spoken in parts is the figure written whole, float noise aside.
func TestSpokenDecimalAgrees(t *testing.T) {
	const price = "facts:\n  - id: price\n    claim: The club was sold for £1.15 billion.\n    number: 1.15 billion\n    unit: pounds\n    about: [sold | price]\n"
	assertVerdicts(t, price, "2026-04-10", []verdictCase{
		{"HOST: It was sold for one point one five billion pounds.", "agrees", "one point one five billion is 1.15 billion"},
		{"HOST: It was sold for one point two five billion pounds.", "contradicts", "another figure"},
		{"Der Club wurde für 1,15 Milliarden Pfund sold.", "agrees", "German Pfund alone is pounds, as English pounds alone is"},
		{"Der Club wurde für 1,25 Milliarden Pfund sold.", "contradicts", "and another sum in them contradicts"},
	})
}

// A sentence that gives the sheet's figure as what it was before ("up
// from 38") tells of a later count: another figure in it is unsure.
func TestFormerValue(t *testing.T) {
	const cases = "facts:\n  - id: cases\n    claim: The outbreak reached 38 confirmed cases.\n    number: 38\n    unit: cases\n    about: [outbreak]\n"
	assertVerdicts(t, cases, "2026-02-20", []verdictCase{
		{"The outbreak has grown to 44 confirmed cases, up from 38 a week earlier.", "unsure", "the sheet's figure is the one before"},
		{"The outbreak has grown to 44 confirmed cases, up from 31 a week earlier.", "contradicts", "another figure before: no sign of the sheet's"},
	})
}

// A fact whose claim is the figure before a change ("The old limit was
// 600") reads the first figure of "from ... to ...", and leaves the second,
// what the figure became; any other fact reads the second.
func TestFigureBeforeAChange(t *testing.T) {
	const old = "facts:\n  - id: old\n    claim: The old limit was 600 requests a minute.\n    number: 600\n    unit: requests a minute\n    about: [limit]\n"
	assertVerdicts(t, old, "2026-05-12", []verdictCase{
		{"The limit drops from 600 requests a minute to 120.", "agrees", "the first figure is the fact's"},
		{"The limit drops from 500 requests a minute to 120.", "contradicts", "another first figure"},
		{"The limit drops from about 600 requests a minute to 120.", "agrees", "after a word of approximation too"},
	})
	const changed = "facts:\n  - id: changed\n    claim: The limit falls from 600 to 120 requests a minute.\n    number: 120\n    unit: requests a minute\n    about: [limit]\n"
	assertVerdicts(t, changed, "2026-05-12", []verdictCase{
		{"The limit drops from 600 requests a minute to 120 requests a minute.", "agrees", "no word of before in the claim: the second figure is read"},
		{"The limit drops from 600 requests a minute to 150 requests a minute.", "contradicts", "and contradicts"},
	})
	const renewed = "facts:\n  - id: renewed\n    claim: The new limit, down from the old 600, is 120 requests a minute.\n    number: 120\n    unit: requests a minute\n    about: [limit]\n"
	assertVerdicts(t, renewed, "2026-05-12", []verdictCase{
		{"The limit drops from 600 requests a minute to 120 requests a minute.", "agrees", "new in the claim: the figure after, though old is there too"},
	})
}

// The sheet's figure read without its unit agrees unless a word puts it
// in doubt ("first estimate" makes it a figure of one moment), and that
// word is no doubt when it is the fact's own.
func TestLooseFigureOfTheFactsOwnMoment(t *testing.T) {
	const first = "facts:\n  - id: first\n    claim: The first estimate put the slide at 80,000 cubic metres.\n    number: 80000\n    unit: cubic metres\n    about: [estimate]\n"
	assertVerdicts(t, first, "2026-03-12", []verdictCase{
		{"The slide was far bigger than the first estimate of 80,000 given on the day.", "agrees", "first estimate is the fact's own: the bare sheet's figure agrees"},
	})
	const final = "facts:\n  - id: final\n    claim: The slide was 80,000 cubic metres.\n    number: 80000\n    unit: cubic metres\n    about: [estimate]\n"
	assertVerdicts(t, final, "2026-03-12", []verdictCase{
		{"The slide was far bigger than the first estimate of 80,000 given on the day.", "silent", "for a fact of no first estimate, the bare figure is one moment's"},
	})
}

// A figure with its unit glued to it is a measure of the noun after it,
// no count of that noun: "an 800g can" is one can.
func TestGluedUnitBeforeACountNoun(t *testing.T) {
	const cans = "facts:\n  - id: cans\n    claim: 48,200 cans were recalled.\n    number: 48200\n    unit: cans\n    about: [recalled]\n"
	assertVerdicts(t, cans, "2026-03-11", []verdictCase{
		{"The firm recalled stock after bacteria turned up in an unopened 800g can.", "silent", "800g is the can's weight"},
		{"The firm recalled 800 cans.", "contradicts", "a bare figure before the noun counts it"},
	})
}

// A number inside one of the fact's terms ("3.x") is no value of it, nor
// is a day after a month's abbreviation ("Sept. 30").
func TestNumbersInTermsAndAbbreviatedMonths(t *testing.T) {
	const port = "facts:\n  - id: port\n    claim: The old default port was 5690.\n    number: 5690\n    about: [3.x | old port]\n"
	assertVerdicts(t, port, "2026-03-10", []verdictCase{
		{"Security fixes for 3.x end in six months.", "silent", "the 3 of the term 3.x is no value"},
		{"Fixes for 3.x end on Sept. 30.", "silent", "a day after an abbreviated month is no quantity"},
		{"The old port, 5691, is gone.", "contradicts", "a plain figure near the term is read"},
	})
	const bare = "facts:\n  - id: port\n    claim: The old default port was 5690.\n    number: 5690\n    about: [5690 | old port]\n"
	assertVerdicts(t, bare, "2026-03-10", []verdictCase{
		{"It listened on 5690 before.", "agrees", "a term that is the number itself leaves it a value"},
	})
}

// "15 or 16" is two close guesses: either agrees, and both must disagree
// to contradict.
func TestEitherOfTwoFigures(t *testing.T) {
	const routes = "facts:\n  - id: routes\n    claim: The airline will drop 16 routes.\n    number: 16\n    unit: routes\n    about: [drop]\n"
	assertVerdicts(t, routes, "2026-03-05", []verdictCase{
		{"The airline will drop 15 or 16 routes.", "agrees", "one of the two is the sheet's"},
		{"The airline will drop 12 or 13 routes.", "contradicts", "neither is"},
	})
}

// A volume converts between its units and its languages.
func TestVolumes(t *testing.T) {
	const slide = "facts:\n  - id: slide\n    claim: About 450,000 cubic metres of rock slid.\n    number: 450000\n    unit: cubic metres\n    about: [slid | glissé | franati]\n"
	assertVerdicts(t, slide, "2025-10-20", []verdictCase{
		{"Circa 450.000 metri cubi di roccia sono franati.", "agrees", "metri cubi are cubic metres, not metres"},
		{"Près de 800 000 mètres cubes ont glissé.", "contradicts", "another volume, in French"},
		{"About 450 million litres of rock slid.", "agrees", "litres convert: 450,000 cubic metres"},
		{"About 45 million litres of rock slid.", "contradicts", "and a tenth of it is another volume"},
	})
	const spill = "facts:\n  - id: spill\n    claim: About 9,000 gallons of fuel spilled.\n    number: 9000\n    unit: gallons\n    about: [spilled]\n"
	assertVerdicts(t, spill, "2025-10-20", []verdictCase{
		{"Some 34,000 litres of fuel spilled.", "agrees", "34,000 litres are 8,982 US gallons"},
		{"Some 14,000 litres of fuel spilled.", "contradicts", "3,700 US gallons, or 3,080 imperial ones"},
		{"About 41,000 litres of fuel spilled.", "agrees", "9,020 imperial gallons: a gallon is read as either"},
	})
	const price = "facts:\n  - id: price\n    claim: Diesel spilled from a tank of fuel bought at 1.80 euros a litre.\n    number: 1.80\n    unit: euros per litre\n    about: [diesel]\n"
	assertVerdicts(t, price, "2025-10-20", []verdictCase{
		{"The diesel cost €1.95 a litre.", "contradicts", "a litre after an amount makes a rate, as per litre does"},
		{"The diesel cost €1.80 per litre.", "agrees", "and so does per litre"},
	})
}

// The past of a verb of exceeding makes a bound in other languages too:
// "ha superato i 41 gradi" is above 41, and holds 41.3.
func TestExceededInOtherLanguages(t *testing.T) {
	const heat = "facts:\n  - id: heat\n    claim: The temperature reached 41.3 degrees.\n    number: 41.3\n    unit: degrees | gradi | grados\n    about: [temperatura | mercurio]\n"
	assertVerdicts(t, heat, "2025-07-14", []verdictCase{
		{"La colonnina di mercurio ha superato i 41 gradi.", "agrees", "Italian past of exceed: above 41"},
		{"La colonnina di mercurio ha superato i 42 gradi.", "contradicts", "above 42 does not hold 41.3"},
		{"La temperatura superó los 41 grados.", "agrees", "Spanish past"},
		{"La colonnina di mercurio ha toccato i 40 gradi.", "contradicts", "touched is no bound: 40, not 41.3"},
	})
}

// A bound before a figure with a dot before "000" is a bound of thousands:
// no one writes "more than 63" as "more than 63.000".
func TestBoundOfDottedThousands(t *testing.T) {
	const apps = "facts:\n  - id: apps\n    claim: 61,300 applications came in.\n    number: 61300\n    unit: applications | Anträge\n    about: [gestellt | came in]\n"
	assertVerdicts(t, apps, "2026-03-05", []verdictCase{
		{"Seither wurden mehr als 63.000 Anträge gestellt.", "contradicts", "more than 63,000, not more than 63"},
		{"Seither wurden mehr als 60.000 Anträge gestellt.", "agrees", "more than 60,000 holds 61,300"},
		{"Seither wurden über 62.400 Anträge gestellt.", "contradicts", "above 62,400, not above 62.4"},
	})
	const yield_ = "facts:\n  - id: yield\n    claim: The yield was 4.13%.\n    number: 4.13\n    unit: percent\n    about: [yield]\n"
	assertVerdicts(t, yield_, "2026-03-05", []verdictCase{
		{"The yield rose above 4.125% on Friday.", "agrees", "a percentage keeps its decimal reading: above 4.125% holds 4.13"},
		{"The yield rose above 4.125 per cent on Friday.", "agrees", "so does one in two words"},
		{"The yield rose above 4.225 per cent on Friday.", "contradicts", "and the decimal reading still disagrees when it should"},
	})
	const fx = "facts:\n  - id: fx\n    claim: The euro rose to $1.09.\n    number: 1.09\n    unit: dollars\n    about: [euro]\n"
	assertVerdicts(t, fx, "2026-03-05", []verdictCase{
		{"The euro rose above USD 1.085 on Friday.", "agrees", "a currency code before the figure keeps its decimal reading"},
	})
	const grant = "facts:\n  - id: grant\n    claim: The grant is 2,960 euros.\n    number: 2960\n    unit: euros\n    about: [grant | Prämie | subvención | subsídio]\n"
	assertVerdicts(t, grant, "2026-03-05", []verdictCase{
		{"Die Prämie beträgt rund 2.950 Euro.", "agrees", "a German bound: the dot is a thousands separator, and the bound holds"},
		{"Die Prämie beträgt mehr als 4.500 Euro.", "contradicts", "more than 4,500, not more than 4.5 (which would hold anything)"},
		{"La subvención será de unos 2.950 euros.", "agrees", "so in Spanish"},
		{"O subsídio será de cerca de 2.950 euros.", "agrees", "cerca de is about"},
		{"The grant will be about 2.950 euros.", "agrees", "an English bound keeps both readings, each bounded: about 2,950 holds 2,960"},
	})
	const rate = "facts:\n  - id: rate\n    claim: The rate is 4.13%.\n    number: 4.13\n    unit: percent\n    about: [Rendite | rendimiento]\n"
	assertVerdicts(t, rate, "2026-03-05", []verdictCase{
		{"Die Rendite liegt bei rund 4.125 Prozent.", "agrees", "a percentage after a German bound keeps its decimal reading"},
		{"El rendimiento ronda alrededor de 4.125%.", "agrees", "so does one with a sign"},
	})
}

// A percentage of a whole ("12% of spending") is a share: for a fact that
// is a change it is unsure when it disagrees, unless a word of change
// governs it.
func TestShareOfAWholeBesideAChange(t *testing.T) {
	const rise = "facts:\n  - id: rise\n    claim: Bus fares rise by 5% in January.\n    number: 5\n    unit: percent\n    about: [fares]\n"
	assertVerdicts(t, rise, "2026-04-20", []verdictCase{
		{"Fares make up 12% of household transport spending.", "unsure", "make up and of: a share ('up' after 'make' is no change)"},
		{"Fares are 12 % of what commuters spend.", "unsure", "a spaced sign, then of: a share"},
		{"Les tarifs représentent 12 % des dépenses des ménages.", "silent", "French 'des' after the figure: no English term, so no sentence about the fact"},
		{"Fares rose 12% in January.", "contradicts", "a change with no whole after it"},
		{"Fares are up 12% this year.", "contradicts", "'up' after a form of be is a change"},
		{"Fares lost 12% of their value against wages.", "contradicts", "a word of change before the figure: the change, though of follows"},
		{"Fares rose by 12% of the old price.", "contradicts", "by before the figure: the amount of the change"},
		{"Fares rose 5% for 12 % of riders.", "agrees", "the change agrees; the share is another figure"},
		{"Les fares connaissent une hausse de 12 % du prix.", "contradicts", "a noun of change and de before the figure: a change, though du follows"},
		{"La hausse des fares représente 12 % des dépenses.", "unsure", "the noun of change is the subject, not the figure's: a share"},
	})
	r := run(t, rise, testSource{"s", "Fares make up 12% of household transport spending.", "2026-04-20"})
	require.NotEmpty(t, r.CellAt(0, 0).Findings)
	assert.Contains(t, r.CellAt(0, 0).Findings[0].How, `its claim or terms say "rise"`, "the reason names the word that makes the fact a change")
	const share = "facts:\n  - id: share\n    claim: Fares make up 12% of household transport spending.\n    number: 12\n    unit: percent\n    about: [fares]\n"
	assertVerdicts(t, share, "2026-04-20", []verdictCase{
		{"Fares make up 15% of household transport spending.", "contradicts", "a fact that is a share reads shares as ever"},
	})
}

// A figure after a word that makes it a label ("page 62", "the emergency
// number 112") or the year of a month is no quantity, for a fact with no
// unit too.
func TestLabelsAreNoQuantities(t *testing.T) {
	const group = "facts:\n  - id: group\n    claim: The group was nine people.\n    number: 9\n    about: [group]\n"
	assertVerdicts(t, group, "2025-10-16", []verdictCase{
		{"A member of the group called the emergency number 112.", "silent", "a number one dials"},
		{"The group report runs to page 62.", "silent", "a page"},
		{"According to the group's hot line, 12 people were in the group.", "contradicts", "a comma parts a label's word from the figure after it"},
		{"The group has had a permit until January 2026.", "silent", "the year of a month"},
		{"The group on 15 March 1,200 strong set off.", "contradicts", "a figure in thousands groups after a month is no day or year"},
		{"The group counted at the end of March 4850 members.", "contradicts", "a figure after a month that no day or year can be is a count"},
		{"The group counted at the end of March 31 members.", "silent", "one that may be the month's day is not read"},
		{"A member of the group said 12 had set off.", "contradicts", "a bare figure near the term is read as ever"},
		{"The group in numbers: 12 set off at dawn.", "contradicts", "a colon after the word: a heading's word, no label of the figure"},
		{"The group now numbers 12.", "contradicts", "numbers after now is the verb that counts, no label"},
		{"The group dialled the number 12.", "silent", "number as a noun after an article: a label"},
	})
}

// A count with "to" and a smaller figure after it is one side of a score
// in words: no count of what the fact counts.
func TestTalliesInWords(t *testing.T) {
	const sets = "facts:\n  - id: sets\n    claim: Varga won in four sets.\n    number: 4\n    unit: sets\n    about: [Varga]\n"
	assertVerdicts(t, sets, "2025-09-08", []verdictCase{
		{"Varga takes the tiebreak and leads two sets to one.", "silent", "a running score in words"},
		{"Varga won in three sets to reach the final.", "contradicts", "to and a verb after it: no score"},
		{"Varga had lost 6 sets to 2 players in the spring.", "contradicts", "to and a figure of its own noun: no score"},
		{"Varga won in four sets.", "agrees", "the count of sets"},
		{"Varga cut his 6 sets to 2 by resting.", "contradicts", "a noun of no score before to: a change, read"},
	})
}

// A count that "and" joins to a count of other things may be a part of
// the fact's number, or their sum: it agrees when either does, and is
// unsure when neither does.
func TestCoordinatedCounts(t *testing.T) {
	const group = "facts:\n  - id: group\n    claim: The group was nine people.\n    number: 9\n    about: [group]\n"
	assertVerdicts(t, group, "2025-10-16", []verdictCase{
		{"The group, eight clients and a guide, set off at dawn.", "agrees", "eight and one are nine"},
		{"The group, five adults and four children, set off at dawn.", "agrees", "five and four"},
		{"The group, six clients and a guide, set off at dawn.", "unsure", "neither six nor seven: a part, or a wrong sum"},
		{"Die group, sieben Kunden und zwei Bergführer, brach auf.", "agrees", "so in German"},
		{"The group of seven set off at dawn.", "contradicts", "a count alone is read as ever"},
	})
	const clients = "facts:\n  - id: clients\n    claim: Eight clients set off.\n    number: 8\n    about: [clients]\n"
	assertVerdicts(t, clients, "2025-10-16", []verdictCase{
		{"The tour, seven clients and a guide, set off at dawn.", "contradicts", "the fact's own noun is counted: no sum"},
		{"The tour, eight clients and a guide, set off at dawn.", "agrees", "the part that is the fact's"},
	})
}

// A figure after a capitalised word is part of a name ("Windows 11"),
// unless the words of the fact's unit follow it.
func TestNamedFigureWithItsUnit(t *testing.T) {
	const seats = "facts:\n  - id: seats\n    claim: Civic Renewal won 143 seats.\n    number: 143\n    unit: seats | Container\n    about: [won | verloren]\n"
	assertVerdicts(t, seats, "2025-10-16", []verdictCase{
		{"The results: Civic Renewal 143 seats, National Alliance 97 seats, as the party won big.", "agrees", "the unit after the figure: a count, not a name's number"},
		{"The ship hat vor der Insel Westerholm 143 Container verloren.", "agrees", "so in German, where a place stands before the figure"},
		{"The party won the vote on Windows 11 machines.", "silent", "no unit of the fact after it: a name's number"},
		{"Many Line 143 seats were empty, as the party won.", "silent", "a word that numbers things before the figure: a label, unit or not"},
		{"The results: Civic Renewal 140 seats, as the party won big.", "unsure", "disagreeing after a capitalised word that is no term of the fact, it may be a model's number"},
	})
	const finished = "facts:\n  - id: finished\n    claim: 12 crews finished.\n    number: 12\n    unit: crews\n    about: [finished]\n"
	assertVerdicts(t, finished, "2025-10-16", []verdictCase{
		{"Only 12 had finished by nightfall.", "agrees", "a word that opens sentences ties the sheet's bare figure to no name"},
		{"Vela 12 had finished by nightfall.", "silent", "another capitalised first word may name what the figure numbers"},
	})
	const party = "facts:\n  - id: seats\n    claim: Civic Renewal won 143 seats.\n    number: 143\n    unit: seats\n    about: [Civic Renewal]\n"
	assertVerdicts(t, party, "2025-10-16", []verdictCase{
		{"The results: Civic Renewal 140 seats, Labour 20 seats.", "contradicts", "the capitalised word is the fact's own term: it names the holder of the count"},
	})
	const free = "facts:\n  - id: free\n    claim: The Free plan allows 60 requests per minute.\n    number: 60\n    unit: requests per minute\n    about: [Free]\n"
	assertVerdicts(t, free, "2026-03-17", []verdictCase{
		{"Limits: Free 60, Pro 600 and Enterprise 3,000 requests per minute.", "unsure", "a list that names each figure: the one after another capitalised word is that one's"},
		{"The Free plan allows 3,000 requests per minute.", "contradicts", "a figure after no capitalised word"},
		{"On Sunday 3,000 requests per minute hit the Free plan.", "contradicts", "a weekday before it names nothing it counts"},
		{"Am Sonntag 3.000 requests per minute hit the Free plan.", "contradicts", "nor does one of another language, which German writes with a capital as every noun"},
	})
	const recalled = "facts:\n  - id: recalled\n    claim: 48,000 bikes are recalled.\n    number: 48000\n    unit: bikes | e-bikes\n    about: [recall*]\n"
	assertVerdicts(t, recalled, "2025-10-16", []verdictCase{
		{"The recall affects Strada 500 and Strada 700 bikes.", "unsure", "a capitalised word before a figure in the unit may make it a model's number"},
		{"The recall covers 60 percent of all Strada 500 bikes sold since 2022.", "unsure", "so in a share of them"},
		{"The recall affects 40,000 Strada bikes.", "contradicts", "a capitalised word after the figure names the model it counts"},
		{"The recall affects 40,000 bikes.", "contradicts", "no capitalised word before it"},
		{"According to Strada 40,000 bikes face the recall.", "unsure", "after according to, a capitalised word before a figure may still be a model (\"Model 3 owners\")"},
		{"De recall omvat volgens Strada ruim 60.000 bikes.", "contradicts", "an approximation between the capitalised word and the figure: no model's number"},
		{"Strada 48,000 bikes are recalled.", "agrees", "the sheet's figure agrees whatever stands before it"},
		{"Bei der letzten Rückrufaktion 40.000 bikes are recalled.", "contradicts", "a German common noun after an article names no model"},
	})
	const advance = "facts:\n  - id: advance\n    claim: Each family gets 25,000 euros.\n    number: 25000\n    unit: euros\n    about: [anticipo]\n"
	assertVerdicts(t, advance, "2026-04-15", []verdictCase{
		{"Annunciato un anticipo di 25.000 euro per famiglia.", "agrees", "the sheet's figure per family, the dot a thousands separator: read to agree as 25,000 per family is in English"},
		{"Annunciato un anticipo di 20.000 euro per famiglia.", "silent", "another figure in a rate the fact is not: not read"},
	})
	const eps = "facts:\n  - id: eps\n    claim: Corvane earned $0.30 a share.\n    number: 0.30\n    unit: Dollar je Aktie | Dollar\n    about: [Aktie | verdiente]\n"
	assertVerdicts(t, eps, "2026-05-06", []verdictCase{
		{"Je Aktie verdiente Corvane 0,25 Dollar.", "contradicts", "money after the figure: the capitalised subject before it, in German word order, names no model"},
		{"Je Aktie verdiente Corvane 0,30 Dollar.", "agrees", "the sheet's amount"},
	})
}

// An approximate figure converted from another unit that misses the
// sheet's by a little may be its rounding: unsure, not a contradiction.
func TestConvertedRounding(t *testing.T) {
	const burned = "facts:\n  - id: burned\n    claim: 3,200 hectares burned.\n    number: 3200\n    unit: hectares\n    about: [burned]\n"
	assertVerdicts(t, burned, "2025-08-07", []verdictCase{
		{"Roughly eleven square miles burned.", "unsure", "about 11 square miles is 2,560 to 3,130 hectares: the rounding of 3,200"},
		{"Roughly eight square miles burned.", "contradicts", "far off, converted or not"},
		{"Exactly 11 square miles burned.", "contradicts", "an exact figure converted is read as ever"},
		{"About 3,000 hectares burned.", "agrees", "about in the sheet's unit"},
	})
}

// A figure in brackets right after another figure in a unit restates it
// in another unit or currency: disagreeing, it is unsure.
func TestBracketedConversion(t *testing.T) {
	const cost = "facts:\n  - id: cost\n    claim: Repairs cost 14 million euros.\n    number: 14 million\n    unit: euros\n    about: [repairs]\n"
	assertVerdicts(t, cost, "2025-10-16", []verdictCase{
		{"The commission estimated repairs at 14 million pounds (16.1 million euros).", "unsure", "a conversion in brackets: its rate may differ"},
		{"The commission estimated repairs at 12 million dollars (16.1 million euros).", "unsure", "from any currency"},
		{"The commission estimated repairs at 16.1 million euros.", "contradicts", "the figure alone is read as ever"},
		{"The commission estimated repairs (16.1 million euros) at noon.", "contradicts", "a bracket after no figure"},
	})
	const split = "facts:\n  - id: split\n    claim: Rotich passed 30 km in 1:25:50.\n    number: \"1:25:50\"\n    unit: seconds\n    about: [Kilometern]\n"
	assertVerdicts(t, split, "2025-10-16", []verdictCase{
		{"Nach 30 Kilometern (1:26:36) ging der letzte Tempomacher.", "contradicts", "a race time in brackets after a distance is the time it took, no restatement of the distance"},
		{"Nach 30 Kilometern (1:25:50) ging der letzte Tempomacher.", "agrees", "and the sheet's time agrees"},
	})
}

// A nearer bare figure with a word of its own after it counts that word,
// and leaves the sheet's figure to the fact: "Three of them were killed
// and four injured".
func TestNearerFigureOfAnotherNoun(t *testing.T) {
	const dead = "facts:\n  - id: dead\n    claim: Three skiers were killed.\n    number: 3\n    unit: dead | people\n    about: [killed]\n"
	assertVerdicts(t, dead, "2025-02-12", []verdictCase{
		{"A group of nine was caught. Three of them were killed and four injured.", "agrees", "four counts the injured"},
		{"A group of nine was caught. Three of them said two were killed.", "silent", "a bare figure nearer the term, with no noun of its own, is read first"},
	})
}

// A ratio ("four in ten") is a share: a fact in percent reads it, widened
// by half a unit of its first figure, or for "one in five" of its second;
// a count reads none of it.
func TestRatiosAreShares(t *testing.T) {
	const failed = "facts:\n  - id: failed\n    claim: 38% of requests failed.\n    number: 38\n    unit: percent\n    about: [failed | failing]\n"
	assertVerdicts(t, failed, "2025-10-15", []verdictCase{
		{"Roughly four in ten requests failed at the peak.", "agrees", "35% to 45%"},
		{"About one in ten requests failed at the peak.", "contradicts", "9.1% to 11.1%"},
		{"Quatre requêtes sur dix ont failed au pic.", "agrees", "a noun between the figure and sur: a share, no score"},
		{"Deux requêtes sur dix ont failed au pic.", "contradicts", "and another share so written: 15% to 25%"},
		{"Cuatro peticiones de cada diez han failed.", "agrees", "Spanish de cada with a noun between, the second figure read though it is another word too"},
		{"Eine Fläche von 23 Quadratkilometern was failed.", "silent", "von after a noun joins a measure, no ratio"},
		{"The failed requests scored 4 sur 5 with users.", "silent", "with no noun between, sur before a scale's top is a score"},
		{"Four requests in ten hours failed.", "silent", "a noun before plain in makes no ratio: four counted in ten hours"},
		{"Seven requests out of nine failed.", "silent", "nor before out of: a part of a whole"},
	})
	const sampled = "facts:\n  - id: sampled\n    claim: The agent kept 25% of traces.\n    number: 25\n    unit: percent\n    about: [kept]\n"
	assertVerdicts(t, sampled, "2026-04-15", []verdictCase{
		{"The agent kept one in five traces.", "contradicts", "one in five is one in 4.5 to 5.5, 18% to 22%: no rounding of 25%"},
		{"The agent kept one in four traces.", "agrees", "one in four is 22% to 29%"},
	})
	const count = "facts:\n  - id: count\n    claim: Four servers failed.\n    number: 4\n    about: [failed]\n"
	assertVerdicts(t, count, "2025-10-15", []verdictCase{
		{"One in ten servers failed.", "silent", "a share is no count"},
	})
}

// An approximate figure of one significant digit, from 10,000 up, that the
// sheet's value rounds to is as often a rounding as a wrong figure: unsure.
func TestOneDigitRoundings(t *testing.T) {
	const fed = "facts:\n  - id: runners\n    claim: 113,600 runners took part.\n    number: 113600\n    unit: runners\n    about: [took part]\n"
	assertVerdicts(t, fed, "2026-03-10", []verdictCase{
		{"Some 100,000 runners took part.", "unsure", "113,600 rounds to 100,000 at its one digit"},
		{"Some 200,000 runners took part.", "contradicts", "113,600 does not round to 200,000"},
		{"About 120,000 runners took part.", "contradicts", "two significant digits: the rule of its own precision"},
		{"Between 90,000 and 110,000 runners took part.", "contradicts", "a range is no approximation of one figure"},
	})
	const dead = "facts:\n  - id: dead\n    claim: 24 people died.\n    number: 24\n    unit: people\n    about: [died]\n"
	assertVerdicts(t, dead, "2026-03-10", []verdictCase{
		{"About 20 people died.", "contradicts", "a small figure is held to its ten per cent"},
	})
}

// A figure with a scale word is rounded to its last written digit: the
// sheet's value that rounds to it agrees, one that does not contradicts.
func TestRoundedScaledFigures(t *testing.T) {
	const revenue = "facts:\n  - id: revenue\n    claim: Revenue was $4.82 billion.\n    number: 4820000000\n    unit: dollars\n    about: [revenue]\n"
	assertVerdicts(t, revenue, "2025-10-22", []verdictCase{
		{"Revenue was $4.8 billion.", "agrees", "4.82 rounds to 4.8"},
		{"Revenue was $4.9 billion.", "contradicts", "4.82 does not round to 4.9"},
		{"Revenue was $5 billion.", "agrees", "to the billion, 4.82 rounds to 5"},
		{"Revenue was $4.80 billion.", "contradicts", "two decimals written: 4.82 is not 4.80"},
		{"Revenue was $4,800,000,000.", "contradicts", "no scale word: every digit is written"},
		{"Revenue (omzet) was 4,5 miljard dollar.", "contradicts", "a decimal comma: 4.82 does not round to 4.5"},
		{"Revenue was $4,820 million.", "agrees", "a thousands group before million: to the million, the sheet's value exactly"},
		{"Revenue was $4.8bn.", "agrees", "a scale glued to the digits rounds as the word does"},
		{"Revenue was $4.9bn.", "contradicts", "and 4.82 does not round to 4.9"},
		{"Revenue was $5bn.", "agrees", "a glued scale with no decimals: to the billion"},
		{"Revenue (ricavi) was cinque miliardi di dollars.", "agrees", "a number word before the scale: to the billion, 4.82 rounds to 5"},
		{"Revenue (ricavi) was quattro miliardi e mezzo di dollars.", "contradicts", "and a half after the scale: written to the half billion, 4.82 does not round to 4.5"},
		{"Revenue was five billion dollars.", "agrees", "a number word before a scale rounds as a whole figure does"},
		{"Revenue was four billion dollars.", "contradicts", "4.82 does not round to four"},
		{"Revenue was four point nine billion dollars.", "contradicts", "a decimal spoken in words is no whole figure"},
	})
	const exact = "facts:\n  - id: revenue\n    claim: Revenue was $4.82 billion.\n    number: 4820000000\n    unit: dollars\n    tolerance: 0\n    about: [revenue]\n"
	assertVerdicts(t, exact, "2025-10-22", []verdictCase{
		{"Revenue was $5 billion.", "contradicts", "tolerance: 0 holds a figure with a scale word to the sheet's own"},
		{"Revenue was $4.82 billion.", "agrees", "and the sheet's own agrees"},
		{"Revenue was about $5 billion.", "agrees", "an approximation whose last digit the sheet's value rounds to"},
		{"Revenue was about $4.8 billion.", "agrees", "4.82 rounds to 4.8"},
	})
	const haul = "facts:\n  - id: haul\n    claim: The haul was worth $14.2 million.\n    number: 14.2 million\n    unit: dollars\n    about: [worth]\n"
	assertVerdicts(t, haul, "2025-10-22", []verdictCase{
		{"The haul was worth about $15 million.", "agrees", "with no tolerance, a figure ending in 5 rounds to the five"},
		{"The haul was worth around $10 million.", "unsure", "one significant digit may be the sheet's value rounded"},
	})
	assertVerdicts(t, strings.Replace(haul, "    about:", "    tolerance: 0\n    about:", 1), "2025-10-22", []verdictCase{
		{"The haul was worth about $15 million.", "contradicts", "tolerance: 0: 14.2 is no rounding of 15 at its last digit"},
		{"The haul was worth around $10 million.", "contradicts", "nor of 10, and no doubt of one digit is left"},
		{"The haul was worth about $14 million.", "agrees", "14.2 rounds to 14"},
	})
	const capacity = "facts:\n  - id: capacity\n    claim: The stadium holds 64,500.\n    number: 64500\n    about: [stadium]\n"
	assertVerdicts(t, capacity, "2025-10-22", []verdictCase{
		{"The stadium holds 65,000.", "agrees", "to the thousand, half up: 64,500 rounds to 65,000"},
		{"The stadium holds 64,000.", "contradicts", "64,500 rounds up, not down"},
		{"The stadium holds 64,600.", "contradicts", "to the hundred, 64,500 is itself: 64,600 is another figure"},
		{"The stadium holds 66,000.", "contradicts", "no rounding of 64,500"},
	})
	const round = "facts:\n  - id: round\n    claim: The stadium holds 65,000.\n    number: 65000\n    about: [stadium]\n"
	assertVerdicts(t, round, "2025-10-22", []verdictCase{
		{"The stadium holds 64,812.", "agrees", "the source's figure to more digits rounds to the sheet's round thousands, within 1%"},
		{"The stadium holds 64,300.", "contradicts", "more than 1% off: no rounding of it"},
		{"The stadium holds 64,000.", "contradicts", "as many zeros: another figure"},
	})
	const small = "facts:\n  - id: small\n    claim: The hall holds 200.\n    number: 200\n    about: [hall]\n"
	assertVerdicts(t, small, "2025-10-22", []verdictCase{
		{"The hall holds 201.", "contradicts", "a small round tally is held exact: no rounding of the source's"},
	})
}

// A tallyCase is a sentence, the fact whose cell it is checked in (0 the
// votes for, 1 those against), the verdict wanted and why.
type tallyCase struct {
	text string
	fact int
	want string
	why  string
}

// assertTallies checks each case's cell, the source published on 9
// September 2025.
func assertTallies(t *testing.T, sheet string, cases []tallyCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2025-09-09"})
			assert.Equal(t, tt.want, string(r.CellAt(tt.fact, 0).Verdict), "%q", tt.text)
		})
	}
}

// A tally after a word of a vote gives its first figure to a fact of the
// votes for and its second to one of the votes against; a score, or a
// tally for a fact of neither side, is no count.
func TestVoteTallies(t *testing.T) {
	const votes = "facts:\n  - id: for\n    claim: 31 councillors voted for the ban.\n    number: 31\n    about: [passed | approved]\n  - id: against\n    claim: 17 voted against.\n    number: 17\n    about: [passed | approved]\n"
	assertTallies(t, votes, []tallyCase{
		{"The measure passed 31-17.", 0, "agrees", "the first figure of a vote's tally is the votes for"},
		{"The measure passed 31-17.", 1, "agrees", "the second the votes against"},
		{"The measure was approved by 31 votes to 17.", 0, "agrees", "a tally in words"},
		{"The council was approved, and the council split 31-17.", 0, "agrees", "split is a word of a vote"},
		{"The measure passed 30-18.", 0, "contradicts", "a wrong tally: its first figure is the votes for, though both facts' terms stand as near"},
		{"The measure passed 30-18.", 1, "contradicts", "and its second the votes against"},
		{"Approved on Monday by the city in a 31-17 vote, the ban starts in May.", 0, "agrees", "a word of a vote right after the tally"},
		{"Approved on Monday by the city in a 31-17 vote, the ban starts in May.", 1, "agrees", "and its second figure"},
		{"The board voted 31 to 17 for the ban, and it was approved.", 1, "agrees", "for after a tally's second figure names the motion, no side of the vote"},
	})
	const panel = "facts:\n  - id: for\n    claim: Five of the seven members voted for the rise.\n    number: 5\n    about: [voted]\n  - id: members\n    claim: The panel has seven members.\n    number: 7\n    about: [voted]\n"
	assertTallies(t, panel, []tallyCase{
		{"The panel voted five-two in favour of the rise.", 0, "agrees", "a tally in number words joined by a hyphen: its first figure is the votes for"},
		{"The panel voted four-three in favour of the rise.", 0, "contradicts", "and a wrong one contradicts, not through its second figure"},
		{"The panel voted five-two in favour of the rise.", 1, "silent", "no figure of a tally counts the members"},
		{"The five-man panel voted for the rise.", 0, "silent", "a number word joined to a noun describes it"},
	})
	const counted = "facts:\n  - id: for\n    claim: 31 councillors voted for the ban.\n    number: 31\n    unit: votes | councillors | Stimmen\n    about: [passed | approved | beschlossen]\n  - id: against\n    claim: 17 voted against.\n    number: 17\n    unit: votes | councillors | Stimmen\n    about: [passed | approved | beschlossen]\n"
	assertTallies(t, counted, []tallyCase{
		{"The measure passed 31-17.", 1, "agrees", "a fact with a unit reads its side of the tally, which no unit word follows"},
		{"The measure passed 31-16.", 1, "contradicts", "and a wrong side contradicts"},
		{"The council voted 30-17 to pass the ban.", 0, "contradicts", "to after a dashed tally's second figure is no tally link: the first is the votes for"},
		{"The council voted 31-17 to pass the ban.", 0, "agrees", "and the sheet's figure agrees"},
		{"The measure was approved by 31 votes to 16.", 1, "contradicts", "the second figure of a tally in words takes the unit of the first"},
		{"Der Rat hat das Verbot mit 31 zu 17 Stimmen beschlossen.", 0, "agrees", "zu joins a tally's figures, the first is the votes for"},
		{"Der Rat hat das Verbot mit 29 zu 17 Stimmen beschlossen.", 0, "contradicts", "and the votes for are 29, not the 17 that Stimmen follows"},
		{"Der Rat hat das Verbot mit 31 zu 17 Stimmen beschlossen.", 1, "agrees", "the second figure is the votes against"},
		{"The measure passed; 31 councillors met, up from 17.", 1, "silent", "no tally: 31 is the value the sheet holds for the votes for, and 17 a figure before a change"},
		{"The measure passed with 30 votes in favour and 17 votes against.", 1, "agrees", "a count labelled in favour is the other side's, no figure of the votes against"},
		{"The measure passed with 31 votes in favour and 16 votes against.", 0, "agrees", "and one labelled against no figure of the votes for"},
		{"The measure passed with 31 votes in favour and 16 votes against.", 1, "contradicts", "the votes against, so labelled, disagree"},
		{"Der Rat hat das Verbot mit 30 Stimmen dafür und 17 dagegen beschlossen.", 1, "agrees", "so in German: 30 dafür is the other side's"},
		{"It was approved; the vote, 29 to 17, was a clear majority.", 0, "contradicts", "a bare tally between commas right after the vote: its first figure is the votes for"},
		{"It was approved after the vote cut the list 29 to 17 names.", 0, "silent", "a noun after the second figure: a change, no tally"},
		{"The measure was approved by 31 votes to 16 shortly before midnight.", 1, "contradicts", "a word of [tally-ends] after the second figure leaves it bare: the tally's"},
		{"The measure was approved by 31 votes to 16 abstentions.", 1, "silent", "a noun after the second figure: no tally, the 16 is no vote against"},
		{"The council approved the new parking ban on Monday by 29-17.", 0, "contradicts", "after by a word of a vote may stand further back: the first figure is the votes for"},
		{"The council approved the new parking ban on Monday after a debate that ended 29-17.", 0, "silent", "no by: the vote word too far back, the tally is no vote's"},
	})
	const insured = "facts:\n  - id: cover\n    claim: The satellite was insured for 48.6 million dollars.\n    number: 48,600,000\n    unit: dollars\n    about: [insured]\n"
	assertVerdicts(t, insured, "2025-09-09", []verdictCase{
		{"The satellite was insured for $40 million against loss at launch.", "contradicts", "for in a claim names no side of a vote: against after the figure is no label of the other side"},
		{"The satellite was insured for $48.6 million against loss at launch.", "agrees", "and the sheet's figure so written agrees"},
	})
	const seats = "facts:\n  - id: seats\n    claim: The party won 41 seats.\n    number: 41\n    unit: seats\n    about: [won]\n"
	assertVerdicts(t, seats, "2025-09-09", []verdictCase{
		{"The party won 39 seats to 38 in the election.", "contradicts", "a word of [tally-ends] leaves a tally bare only after a vote noun: 39 seats is a count"},
	})
	const count = "facts:\n  - id: n\n    claim: Three goals were scored.\n    number: 3\n    about: [won]\n"
	assertVerdicts(t, count, "2025-09-09", []verdictCase{
		{"The team won 4-1.", "silent", "a score is no count, no vote before it"},
		{"The team won 4-1 in the vote for best club.", "silent", "a vote after the score, not right after it"},
	})
}

// A span of time that opens with "a" or "an" and goes on with "and" is
// read whole: "an hour and 32 minutes" is 92 minutes, "an hour and a half"
// about 90. "An hour" alone is no count.
func TestSpansWithAnArticle(t *testing.T) {
	const outage = "facts:\n  - id: d\n    claim: The outage lasted 92 minutes.\n    number: 92\n    unit: minutes\n    about: [lasted]\n"
	assertVerdicts(t, outage, "2025-09-09", []verdictCase{
		{"The outage lasted an hour and 32 minutes.", "agrees", "an hour and 32 minutes: 92, not 32"},
		{"The outage lasted an hour and 40 minutes.", "contradicts", "100 minutes"},
		{"The outage lasted an hour and a half.", "agrees", "a round span: about 90 minutes holds 92"},
		{"The outage lasted an hour.", "silent", "an hour alone is not read"},
		{"The outage lasted 90 minutes and a half.", "silent", "a half after the unit: 90.5, which is not read, never 90"},
		{"The outage (panne) lasted quatre-vingt-onze minutes et demie.", "silent", "so in French"},
		{"The outage lasted 90 minutes and a half-dozen flights were cancelled.", "contradicts", "a half of what follows, a hyphen after it: no half of the unit"},
		{"The outage lasted 90 minutes and a quarter.", "silent", "a quarter after the unit: not read, never 90"},
		{"The outage lasted 90 minutes and a half--the longest this year.", "silent", "a dash after the half ends it: still a half of the unit"},
		{"The outage lasted 95 minutes and a quarter of the flights were late.", "contradicts", "a quarter of what follows is no part of the unit"},
		{"The outage (panne) lasted quatre-vingt-onze minutes et demie de retard.", "silent", "a half before de is still the unit's"},
		{"The outage (guasto) lasted un'ora e 32 minuti.", "agrees", "the Italian article elided before ora: 92, not 32"},
		{"The outage (panne) lasted une heure et quarante minutes.", "contradicts", "French: 100 minutes"},
		{"The outage lasted, ora, 32 minuti.", "contradicts", "ora alone is now, and no hour: 32"},
	})
	const diverted = "facts:\n  - id: d\n    claim: Ambulances were diverted for 36 hours.\n    number: 36\n    unit: hours\n    about: [diverted | dirottate | desviadas]\n"
	assertVerdicts(t, diverted, "2025-09-09", []verdictCase{
		{"Le ambulanze sono state dirottate per un giorno e mezzo.", "agrees", "Italian: a day and a half, about 36 hours"},
		{"Las ambulancias fueron desviadas durante una semana y media.", "contradicts", "Spanish: a week and a half"},
		{"Ambulances were diverted, and un giorno, said a nurse, it ended.", "silent", "a day alone after its article is no span"},
	})
	const hail = "facts:\n  - id: d\n    claim: The hail lasted 15 minutes.\n    number: 15\n    unit: minutes\n    about: [lasted]\n"
	assertVerdicts(t, hail, "2025-09-09", []verdictCase{
		{"The hail lasted a quarter of an hour.", "agrees", "a quarter of an hour: 15 minutes"},
		{"The hail lasted three-quarters of an hour.", "contradicts", "three quarters of an hour: 45 minutes"},
		{"A quarter of an hour later the hail lasted on.", "silent", "later after it: when, not how long"},
	})
}

// "Down" or "up" after a length is a depth or a height, not a change: the
// figure is read. After money it is a change, as before.
func TestDepthsAndHeights(t *testing.T) {
	const depth = "facts:\n  - id: d\n    claim: The wreck lies 62 metres deep.\n    number: 62\n    unit: metres\n    about: [lies]\n"
	assertVerdicts(t, depth, "2026-02-10", []verdictCase{
		{"She lies 203 metres down, far below any diver.", "contradicts", "metres down: a depth"},
		{"She lies 62 metres down.", "agrees", "and the sheet's"},
	})
	const price = "facts:\n  - id: p\n    claim: A litre costs 1.80 euros.\n    number: 1.80\n    unit: euros\n    about: [litre]\n"
	assertVerdicts(t, price, "2026-02-10", []verdictCase{
		{"A litre is 0.12 euros down on last week.", "unsure", "money down: a change, as ever"},
	})
}

// A figure in a clause with a year counted from the report ("last year",
// "a year ago") is that year's, not the story's: unsure. In another clause,
// or for a fact whose own words name a year, it is read.
func TestFiguresOfAnotherYear(t *testing.T) {
	const us = "facts:\n  - id: us\n    claim: Halvorsen recalled 412,380 vehicles in the US.\n    number: 412380\n    unit: vehicles\n    about: [United States | recall*]\n  - id: filed\n    claim: The recall was filed on 14 October 2025.\n    date: 2025-10-14\n    about: [filed]\n"
	assertVerdicts(t, us, "2025-10-14", []verdictCase{
		{"Halvorsen sold about 1.1 million vehicles in the United States last year.", "unsure", "last year's sales in the figure's clause"},
		{"Last year, Halvorsen recalled 300,000 vehicles in the United States.", "unsure", "last year opening the sentence"},
		{"Halvorsen recalled 400,000 vehicles in the United States, more than last year.", "contradicts", "last year in another clause"},
		{"Halvorsen, which recalled 400,000 vehicles in the United States, was led by Ann Ryde, who retired last year.", "contradicts", "last year in a clause on a person, commas paired or not"},
		{"Halvorsen recalled 400,000 vehicles in the United States that it had sold last year.", "unsure", "a clause on a thing, not a person, stays the figure's"},
		{"Halvorsen recalled 400,000 vehicles in the United States from owners who bought them last year.", "unsure", "no comma before who: the clause may say what the figure counts"},
	})
	const revenue = "facts:\n  - id: r\n    claim: Revenue in 2024 was 4.8 billion dollars.\n    number: 4.8 billion\n    unit: dollars\n    about: [revenue]\n  - id: out\n    claim: The results came out on 14 February 2025.\n    date: 2025-02-14\n    about: [results]\n"
	assertVerdicts(t, revenue, "2025-02-14", []verdictCase{
		{"Revenue last year was $4.6 billion.", "contradicts", "an annual report whose claim names last year's number: its own year"},
	})
	const modelYears = us + "  - id: years\n    claim: Model years 2021 to 2024 are affected.\n    date: 2021..2024\n    about: [model years]\n"
	assertVerdicts(t, modelYears, "2025-10-14", []verdictCase{
		{"Halvorsen sold about 1.1 million vehicles in the United States last year.", "unsure", "a date fact of years says when something else was, not the story's year"},
	})
	assertVerdicts(t, us, "2025-10-14", []verdictCase{
		{"In all, Halvorsen recalled 300,000 vehicles in the United States.", "contradicts", "no year counted from the report"},
	})
}

// A figure after a noun of a margin and "of" is a difference between two
// figures: unsure for a fact about either. A fact about the margin reads
// it.
func TestMarginNouns(t *testing.T) {
	const against = "facts:\n  - id: no\n    claim: 5,391 voted against.\n    number: 5391\n    unit: votes\n    about: [against]\n"
	assertVerdicts(t, against, "2026-05-20", []verdictCase{
		{"That is a margin of 1,091 votes against the critics.", "unsure", "a margin of: a difference"},
		{"1,091 votes were cast against.", "contradicts", "a plain count"},
	})
	const margin = "facts:\n  - id: m\n    claim: The margin was 1,091 votes.\n    number: 1091\n    unit: votes\n    about: [margin]\n"
	assertVerdicts(t, margin, "2026-05-20", []verdictCase{
		{"That is a margin of 1,191 votes.", "contradicts", "the fact's own word: its margin"},
	})
}

// A figure with no scale word written to fewer decimals than the sheet's
// value is the sheet's value rounded when that rounds to it: "58 per
// cent" for 58.4 agrees, "59 per cent" does not, and a figure with as many
// decimals is compared exactly. A figure with more decimals than the
// sheet's agrees when the sheet's is its rounding ("58.42" for 58.4).
func TestFewerDecimals(t *testing.T) {
	const share = "facts:\n  - id: share\n    claim: She won 58.4 percent of the vote.\n    number: 58.4\n    unit: percent\n    about: [took | won]\n"
	assertVerdicts(t, share, "2025-07-14", []verdictCase{
		{"She took 58 per cent of the vote.", "agrees", "58.4 rounds to 58"},
		{"She took 59 per cent of the vote.", "contradicts", "58.4 does not round to 59"},
		{"She took 58.5 per cent of the vote.", "contradicts", "as many decimals: compared exactly"},
		{"She took 58,4 % of the vote.", "agrees", "a decimal comma, the sheet's value"},
		{"She took 58.45 per cent of the vote.", "contradicts", "more decimals than the sheet's that do not round to it: 58.45 rounds up to 58.5"},
		{"She took 58.42 per cent of the vote.", "agrees", "more decimals than the sheet's, which is their rounding"},
		{"She took 58.35 per cent of the vote.", "agrees", "half up: 58.35 rounds to 58.4"},
	})
	const heat = "facts:\n  - id: heat\n    claim: The station reached 42.3C.\n    number: 42.3\n    unit: celsius\n    about: [reached]\n"
	assertVerdicts(t, heat, "2026-08-13", []verdictCase{
		{"The station reached 42.6C.", "contradicts", "a unit glued to the decimals: as many decimals as the sheet's, compared exactly"},
		{"The station reached 42C.", "agrees", "a unit glued to a whole figure: fewer decimals, within 1%"},
	})
	const voters = "facts:\n  - id: voters\n    claim: 5.2 million people were registered.\n    number: 5.2 million\n    unit: voters\n    about: [registered]\n"
	assertVerdicts(t, voters, "2025-07-14", []verdictCase{
		{"Registered: 5,203,118 voters.", "agrees", "a sheet's value with a scale word is a rounding of the source's exact count"},
		{"Registered: 5,263,118 voters.", "contradicts", "which rounds to 5.3 million"},
		{"Registered: 5,300,000 voters.", "contradicts", "as few digits as the sheet's: compared as ever"},
	})
	const contract = "facts:\n  - id: contract\n    claim: The contract is worth 3 million euros.\n    number: 3 million\n    unit: euros\n    about: [contract]\n"
	assertVerdicts(t, contract, "2025-07-14", []verdictCase{
		{"The contract is worth 3.4 million euros.", "contradicts", "a whole figure with a scale word is the figure itself, no rounding"},
	})
	const eps = "facts:\n  - id: eps\n    claim: It earned $0.30 a share.\n    number: 0.30\n    unit: dollars per share\n    about: [earned]\n"
	assertVerdicts(t, eps, "2025-07-14", []verdictCase{
		{"It earned $0.25 a share.", "contradicts", "the sheet writes 0.30, two decimals: 0.25 has no more, and is compared exactly"},
		{"It earned $0.3 a share.", "agrees", "fewer decimals: 0.30 rounds to 0.3"},
	})
	const growth = "facts:\n  - id: growth\n    claim: Sales grew 7.2 percent.\n    number: 7.2\n    unit: percent\n    about: [grew]\n  - id: speed\n    claim: The chip runs at 2.4 GHz.\n    number: 2.4\n    unit: GHz\n    about: [runs]\n"
	r := run(t, growth, testSource{"s", "Sales grew 7%. The chip runs at 2 GHz.", "2025-07-14"})
	assert.Equal(t, "agrees", string(r.CellAt(0, 0).Verdict), "a whole percentage the sheet's rounds to agrees, though 7 is 3% off 7.2")
	assert.Equal(t, "contradicts", string(r.CellAt(1, 0).Verdict), "another unit so rounded is another figure: 2 GHz for 2.4")
	r = run(t, growth, testSource{"s", "Sales grew 8%.", "2025-07-14"})
	assert.Equal(t, "contradicts", string(r.CellAt(0, 0).Verdict), "7.2 does not round to 8")
	const sla = "facts:\n  - id: sla\n    claim: The plan promises 99.95% uptime.\n    number: 99.95\n    unit: percent\n    about: [uptime]\n"
	assertVerdicts(t, sla, "2025-07-14", []verdictCase{
		{"The plan promises 99.9% uptime.", "contradicts", "a value at a half rounds either way: no rounding, another promise"},
	})
	const clock = "facts:\n  - id: clock\n    claim: The CPU runs at 2.4 GHz.\n    number: 2.4\n    unit: GHz\n    about: [CPU]\n"
	assertVerdicts(t, clock, "2025-07-14", []verdictCase{
		{"The CPU runs at 2 GHz.", "contradicts", "2.4 rounds to 2, but a sixth off is no rounding a specification makes"},
	})
	const path = "facts:\n  - id: path\n    claim: The path was 11.2 miles long.\n    number: 11.2\n    unit: miles\n    about: [path]\n"
	assertVerdicts(t, path, "2025-07-14", []verdictCase{
		{"The storm cut an 11-mile path.", "unsure", "11.2 rounds to 11, 2% off: a writer's rounding, or a wrong figure"},
		{"The storm cut a path of 11 miles.", "unsure", "so with the unit after it"},
		{"The storm cut a path of 12 miles.", "contradicts", "11.2 does not round to 12"},
		{"The storm cut a path of 11.5 miles.", "contradicts", "as many decimals as the sheet's: compared exactly"},
	})
	const cpu = "facts:\n  - id: cpu\n    claim: The CPU runs at 4.1 GHz.\n    number: 4.1\n    unit: GHz\n    about: [CPU]\n"
	assertVerdicts(t, cpu, "2025-07-14", []verdictCase{
		{"The CPU runs at 4 GHz.", "contradicts", "a specification is not rounded so"},
	})
	const sprint = "facts:\n  - id: sprint\n    claim: She won in 10.4 seconds.\n    number: 10.4\n    unit: seconds\n    about: [won]\n"
	assertVerdicts(t, sprint, "2025-07-14", []verdictCase{
		{"She won the final in 10 seconds.", "contradicts", "nor is a timing: seconds are no measure writers round"},
	})
	const field = "facts:\n  - id: field\n    claim: The field is 10.4 hectares.\n    number: 10.4\n    unit: hectares\n    about: [field]\n"
	assertVerdicts(t, field, "2025-07-14", []verdictCase{
		{"The field covers 10 hectares.", "unsure", "an area is a measure writers round"},
	})
	const trail = "facts:\n  - id: trail\n    claim: The trail is 8.7 miles long.\n    number: 8.7\n    unit: miles\n    about: [trail]\n"
	assertVerdicts(t, trail, "2025-07-14", []verdictCase{
		{"The 9-mile trail opened on Saturday.", "unsure", "a whole length below ten rounds as well"},
	})
	const exact = "facts:\n  - id: path\n    claim: The path was 11.2 miles long.\n    number: 11.2\n    unit: miles\n    tolerance: 0\n    about: [path]\n"
	assertVerdicts(t, exact, "2025-07-14", []verdictCase{
		{"The storm cut an 11-mile path.", "contradicts", "tolerance: 0 says no rounding is the sheet's"},
	})
	const count = "facts:\n  - id: jobs\n    claim: 1,850 jobs go.\n    number: 1850\n    unit: jobs\n    about: [cut]\n"
	assertVerdicts(t, count, "2025-07-14", []verdictCase{
		{"The firm will cut 1,800 jobs.", "contradicts", "a whole number in the sheet has no decimals to round"},
	})
}

// An approximate statement of the sheet's figure settles the source's other
// figures in the unit; a vague count ("dozens") or a range the text writes
// does not. (A figure near it, "About 40 died ... the final toll was 37",
// is settled too: judging such figures was tried, and made false
// contradictions of capacities beside attendances and bounds beside
// counts.)
func TestApproximateAgreementSettles(t *testing.T) {
	const dead = "facts:\n  - id: dead\n    claim: 41 people died.\n    number: 41\n    unit: people | dead\n    about: [killed | died | toll]\n"
	assertVerdicts(t, dead, "2025-03-05", []verdictCase{
		{"About 40 people died in the quake. Rescuers said 400 people were killed in the region since 1990.", "agrees", "a figure far from the approximate one is about something else"},
		{"Dozens of people were killed in the quake. The ministry put the final toll at 37 dead.", "contradicts", "a vague count settles nothing"},
		{"Between 35 and 45 people died in the quake. The ministry put the final toll at 37 dead.", "contradicts", "nor does a range the text writes"},
	})
}

// A sheet's unit "X per P" reads the rate however the period is written
// after X: "a day", "each day", "daily".
func TestRatePeriodsAsWritten(t *testing.T) {
	const traffic = "facts:\n  - id: traffic\n    claim: 68,000 vehicles cross it a day.\n    number: 68000\n    unit: vehicles per day\n    about: [bridge]\n"
	assertVerdicts(t, traffic, "2025-10-16", []verdictCase{
		{"The bridge carries about 68,000 vehicles a day.", "agrees", "a day for per day"},
		{"The bridge carries some 86,000 vehicles daily.", "contradicts", "daily for per day"},
		{"The bridge carries 86,000 vehicles a week.", "silent", "another period: another rate"},
		{"The bridge carried 86,000 vehicles in its first year.", "silent", "no period: a count, no rate"},
	})
}

// A fact that is a maximum (its claim says "up to", or a word of
// [maximum-words] stands in it) reads a source's "up to X" as the maximum
// X; for another fact "up to X" only bounds the value.
func TestMaximumFacts(t *testing.T) {
	const gusts = "facts:\n  - id: gusts\n    claim: Gusts reached up to 85 km/h.\n    number: 85\n    unit: km/h\n    about: [gusts]\n"
	assertVerdicts(t, gusts, "2026-07-16", []verdictCase{
		{"Gusts of up to 95 km/h pushed the fire down the valley.", "contradicts", "the maximum the source gives is not the sheet's"},
		{"Gusts of up to 85 km/h pushed the fire down the valley.", "agrees", "the sheet's maximum"},
		{"Gusts of 85 km/h pushed the fire down the valley.", "agrees", "a plain figure, as ever"},
		{"Gusts of up to 85 mph pushed the fire down the valley.", "contradicts", "a maximum in another unit is converted, then compared"},
		{"Gusts of up to 53 mph pushed the fire down the valley.", "agrees", "the sheet's maximum in another unit, within its rounding"},
		{"Gusts of up to 60 mph pushed the fire down the valley.", "contradicts", "so is a maximum in another unit that the sheet's is no rounding of"},
	})
	const savingsKm = "facts:\n  - id: saved\n    claim: The detour is 85 km.\n    number: 85\n    unit: km\n    about: [detour]\n"
	assertVerdicts(t, savingsKm, "2026-07-16", []verdictCase{
		{"The detour is up to 85 miles.", "agrees", "no maximum in the claim: a converted bound still only bounds the value"},
	})
	const savings = "facts:\n  - id: savings\n    claim: The feature cuts energy use by 12 percent.\n    number: 12\n    unit: percent\n    about: [energy use]\n"
	assertVerdicts(t, savings, "2026-07-16", []verdictCase{
		{"The feature cuts energy use by up to 15 percent.", "agrees", "no maximum in the claim: up to 15 allows 12"},
	})
	const capacity = "facts:\n  - id: capacity\n    claim: The footbridge was rated to carry 150 people at a time.\n    number: 150\n    unit: people\n    about: [carry]\n"
	assertVerdicts(t, capacity, "2026-07-16", []verdictCase{
		{"It was designed to carry no more than 160 people at a time.", "contradicts", "a capacity is a maximum: no more than 160 states 160"},
		{"It was designed to carry no more than 150 people at a time.", "agrees", "the sheet's capacity"},
	})
	const crowd = "facts:\n  - id: crowd\n    claim: 150 people stood on the footbridge.\n    number: 150\n    unit: people\n    about: [stood]\n"
	assertVerdicts(t, crowd, "2026-07-16", []verdictCase{
		{"No more than 160 people stood on it.", "agrees", "no capacity: no more than 160 allows 150"},
	})
}

// An approximation around a whole round number ("about 2,200") agrees
// with the sheet's value only when that rounds to it at the number's own
// precision: 2,100 is no rounding of 2,200, though it lies within 10%.
func TestApproximationsRound(t *testing.T) {
	const pilots = "facts:\n  - id: pilots\n    claim: The union represents 2,100 pilots.\n    number: 2100\n    unit: pilots\n    about: [represents]\n"
	assertVerdicts(t, pilots, "2026-04-14", []verdictCase{
		{"The union, which represents some 2,200 pilots, walked out.", "contradicts", "2,100 rounds to 2,100 in hundreds, not to 2,200"},
		{"The union, which represents some 2,100 pilots, walked out.", "agrees", "the sheet's figure, approximate"},
		{"The union, which represents some 2,000 pilots, walked out.", "agrees", "2,100 rounds to 2,000 in thousands"},
		{"The union, which represents nearly 2,200 pilots, walked out.", "agrees", "nearly is a bound below, not a rounding: as before"},
		{"The union, which represents some 2,150 pilots, walked out.", "contradicts", "2,150 is given in fifties: 2,100 rounds to 2,100 there, a step off"},
	})
	const homes = "facts:\n  - id: homes\n    claim: 1.2 million homes lost power.\n    number: 1200000\n    unit: homes\n    about: [power]\n    tolerance: 10%\n"
	assertVerdicts(t, homes, "2026-04-14", []verdictCase{
		{"About 1.3 million homes lost power.", "agrees", "a tolerance the sheet gives is the editors' own: within it, agreed"},
	})
	const methods = "facts:\n  - id: methods\n    claim: 47 methods were removed.\n    number: 47\n    about: [methods]\n"
	assertVerdicts(t, methods, "2026-04-14", []verdictCase{
		{"Roughly four dozen methods are gone.", "agrees", "a count in dozens is given to the dozen: 47 rounds to four dozen"},
		{"Roughly 48 methods are gone.", "contradicts", "48 in digits is given to the unit: 47 is no rounding of it"},
		{"Roughly five dozen methods are gone.", "contradicts", "five dozen, 60, lies beyond"},
	})
}

// A whole count of a longer unit of time converted into the fact's
// shorter one may be the writer's rounding: unsure within half the longer
// unit, a contradiction beyond.
func TestCoarseSpansOfTime(t *testing.T) {
	const trip = "facts:\n  - id: trip\n    claim: The survey trip lasted 23 days.\n    number: 23\n    unit: days\n    about: [survey trip]\n"
	assertVerdicts(t, trip, "2026-03-13", []verdictCase{
		{"The finds came from a three-week survey trip.", "unsure", "three weeks, 21 days, within half a week of 23"},
		{"The finds came from a four-week survey trip.", "contradicts", "four weeks, 28 days, beyond half a week of 23"},
		{"The finds came from a 22-day survey trip.", "contradicts", "a count of the fact's own unit is exact"},
		{"The survey trip took three weeks and two days.", "agrees", "weeks and days added up"},
	})
	const talk = "facts:\n  - id: talk\n    claim: The talk lasted 190 minutes.\n    number: 190\n    unit: minutes\n    about: [talk]\n"
	assertVerdicts(t, talk, "2026-03-13", []verdictCase{
		{"The talk ran for three hours.", "unsure", "three hours, 180 minutes, within half an hour of 190"},
		{"The talk ran for about 140 minutes.", "contradicts", "minutes are the fact's own unit"},
		{"The talk ran for four hours.", "contradicts", "four hours, 240 minutes, beyond half an hour of 190"},
	})
}

// A sheet's "up to X" holds a maximum, X itself: a source's lower figure
// contradicts it, where "at most X" is a bound that a lower one agrees with.
func TestSheetsMaximum(t *testing.T) {
	const sheet = "facts:\n  - id: fee\n    claim: The deal is worth up to 170 million euros.\n    number: up to 170 million\n    unit: euros\n    about: [deal]\n"
	assertVerdicts(t, sheet, "2026-07-15", []verdictCase{
		{"The deal is worth 170 million euros.", "agrees", "the maximum itself"},
		{"The deal is worth up to 170 million euros.", "agrees", "the maximum as the sheet writes it"},
		{"The deal is worth 165 million euros.", "contradicts", "a lower figure is another maximum, not one within it"},
		{"The deal is worth up to 175 million euros.", "contradicts", "another maximum"},
	})
	const bound = "facts:\n  - id: hurt\n    claim: At most five people were hurt.\n    number: at most 5\n    unit: people\n    about: [hurt]\n"
	assertVerdicts(t, bound, "2026-07-15", []verdictCase{
		{"Three people were hurt.", "agrees", "at most is a bound: a figure within it agrees"},
	})
}

// A word of change that the claim writes with a capital is part of a name
// ("the Kessel Narrows Bridge"), and makes the fact no change: a share the
// sources give plainly contradicts it.
func TestChangeWordInAName(t *testing.T) {
	const named = "facts:\n  - id: share\n    claim: The channel under the Kessel Narrows Bridge handles 31 percent of the port's containers.\n    number: 31\n    unit: percent\n    about: [containers]\n"
	const changed = "facts:\n  - id: share\n    claim: The channel's share of containers narrows 31 percent.\n    number: 31\n    unit: percent\n    about: [containers]\n"
	tests := []struct{ sheet, want, why string }{
		{named, "contradicts", "Narrows with a capital names the bridge: the fact is no change, and another share contradicts"},
		{changed, "unsure", "narrows in lower case is a change: a share may be another thing than the change"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, tt.sheet, testSource{"s", "The channel handles more than 40 percent of the port's containers.", "2026-04-15"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict))
		})
	}
}

// An approximate figure in another unit agrees only when the sheet's
// value, in that unit, rounds to it; when not, a writer's conversion may
// still have rounded twice: unsure.
func TestConvertedRoundNumbers(t *testing.T) {
	const sheet = "facts:\n  - id: span\n    claim: The main span is 366 metres long.\n    number: 366\n    unit: metres\n    about: [span]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"Its main span, about 1,200 feet, was long.", "agrees", "366 m is 1,201 feet, a rounding of 1,200"},
		{"Its main span, about 1,300 feet, was long.", "unsure", "1,201 feet is no rounding of 1,300, though within its ten percent"},
		{"Its main span, about 1,600 feet, was long.", "contradicts", "far off in any rounding"},
	})
}

// A figure converted from another unit and over a hundred times off the
// sheet's measures something else: unsure. Nearer, it contradicts.
func TestConvertedFarOff(t *testing.T) {
	const sheet = "facts:\n  - id: diversion\n    claim: Emergency care was diverted for six days.\n    number: 6\n    unit: days\n    about: [diverted]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"It diverted ambulances and sent nurses back to charts they had not used in fifteen years.", "unsure", "years for a count of days, nine hundred times off: another duration"},
		{"Ambulances were diverted for two weeks.", "contradicts", "weeks for days, twice the sheet's: a plain error"},
	})
}

// A value so far off the sheet's that it likely counts something else
// outweighs no agreement: the sheet's figure elsewhere in the source, even
// without its unit, settles the cell.
func TestFarOffOutweighsNoAgreement(t *testing.T) {
	const sheet = "facts:\n  - id: merchants\n    claim: 41,000 merchants migrated.\n    number: 41000\n    unit: merchants\n    about: [migrated]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"The firm said the number that migrated later rose to 41,000. In the first hour, 12 merchants migrated.", "agrees", "the sheet's figure without its unit outweighs a count three thousand times off"},
		{"In the first hour, 12 merchants migrated.", "unsure", "alone, the far-off count is for review"},
	})
	const gusts = "facts:\n  - id: gusts\n    claim: Gusts reached 78 km/h.\n    number: 78\n    unit: km/h\n    about: [gusts]\n"
	assertVerdicts(t, gusts, "2026-04-15", []verdictCase{
		{"Bei gusts und Schneefallraten von bis zu fünf Zentimetern pro Stunde blieb alles zu.", "unsure", "a bound from zero whose top lies a million times below: something else"},
		{"Gusts of up to 60 km/h were recorded.", "contradicts", "a bound below the sheet's value, near it: a contradiction"},
	})
}

// A word that is "up to" and the "to" of a range ("tot", "bis") after a
// quantity of time the checker does not read ends that range: the figure
// after it is not read, neither as up to it nor as itself.
func TestRangeEndWithAnUnreadStart(t *testing.T) {
	const sheet = "facts:\n  - id: delay\n    claim: The detour adds ten minutes.\n    number: 10\n    unit: minutes\n    about: [omweg | Umweg]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"De omweg kost een kwartier tot twintig minuten extra.", "silent", "a range from a quarter of an hour, unread: the end is not up to twenty"},
		{"Der Umweg kostet eine Viertelstunde bis zwanzig Minuten.", "silent", "so in German, where bis alone was read as twenty"},
		{"De omweg kost tot twintig minuten extra.", "agrees", "tot alone is up to twenty"},
		{"Der Umweg kostet bis zu zwanzig Minuten.", "agrees", "bis zu is up to twenty"},
		{"De omweg kost 5 minuten tot 20 minuten extra.", "agrees", "a figure before the unit: a range read, 5 to 20"},
		{"De omweg kost vijf minuten tot twintig minuten extra.", "agrees", "a number word before the unit: a range read too"},
	})
}

// A figure of change after "by" with the level it reached after "to"
// ("rose by one vote, to 9,412") gives way to the level, for a fact that
// is no change; alone it stays a change, unsure.
func TestChangeByBeforeTheLevel(t *testing.T) {
	const sheet = "facts:\n  - id: total\n    claim: Ruiz ended with 9,412 votes.\n    number: 9412\n    about: [Ruiz]\n"
	assertVerdicts(t, sheet, "2026-04-15", []verdictCase{
		{"In the recount Ruiz rose by one, to 9,412.", "agrees", "the level after to is read, not the change before it"},
		{"In the recount Ruiz rose by one, to 9,420.", "contradicts", "so a wrong level contradicts"},
		{"In the recount Ruiz rose by one.", "unsure", "a change alone is no level: unsure"},
	})
}

// A count after "and" of the others of a group whose first member is
// named before "and" reads two ways: the group with that member or
// without; when one way agrees and the other does not, the cell is unsure.
func TestCompanionCount(t *testing.T) {
	for _, tt := range []struct {
		sheet            float64
		unit, text, want string
		reason           string
	}{
		{12, "members | colleagues", "Marsh and 12 colleagues from the lab shared the prize.", "unsure", "twelve without Marsh, thirteen with her: one way agrees"},
		{13, "members | colleagues", "Marsh and 12 colleagues from the lab shared the prize.", "unsure", "thirteen with Marsh agrees, twelve does not"},
		{13, "members | colleagues", "Marsh and her 12 colleagues shared the prize.", "unsure", "a possessive between"},
		{13, "members | colleagues", "The director and 12 colleagues shared the prize.", "unsure", "an article and a noun before and name one too"},
		{20, "members | colleagues", "Marsh and 12 colleagues from the lab shared the prize.", "contradicts", "neither way agrees"},
		{12, "members | colleagues", "Twelve colleagues from the lab shared the prize.", "agrees", "no one named before and: the count itself"},
		{13, "members | colleagues", "Twelve colleagues from the lab shared the prize.", "contradicts", "so it contradicts another"},
		{12, "members | colleagues", "Two were hurt and 12 colleagues shared the prize.", "agrees", "a verb before and: a clause of its own, no one named"},
		{12, "members | colleagues", "A fire broke out at the lab and 12 colleagues shared the prize.", "agrees", "an article and a noun after a place's preposition: a place, no one named"},
	} {
		t.Run(tt.reason, func(t *testing.T) {
			sheet := fmt.Sprintf("facts:\n  - id: team\n    claim: The team shared the prize.\n    number: %v\n    unit: %s\n    about: [prize]\n", tt.sheet, tt.unit)
			r := run(t, sheet, testSource{"s", tt.text, "2026-04-15"})
			assert.Equal(t, tt.want, string(r.CellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}

// A fact that is a minimum ("needs at least 6 GB") reads a source's "at
// least X" as the minimum X; for any other fact "at least X" only bounds
// the value.
func TestMinimumFacts(t *testing.T) {
	const sheet = "facts:\n  - id: ram\n    claim: The update needs at least 6 GB of RAM.\n    number: 6\n    unit: GB\n    about: [RAM]\n  - id: dead\n    claim: Five people died.\n    number: 5\n    unit: people\n    about: [died]\n"
	assertTwoVerdicts(t, sheet, "2026-03-10", []twoVerdictCase{
		{"It needs at least 4 GB of RAM.", "contradicts", "silent", "another minimum"},
		{"It needs at least 6 GB of RAM.", "agrees", "silent", "the minimum itself"},
		{"At least 3 people died.", "silent", "agrees", "a count's bound allows the sheet's figure"},
	})
}

// A round figure under a minimum that rounds the minimum down ("more than
// 100" for at least 120) agrees, as its bound holds the sheet's value:
// writers round down; one that does not round it ("more than 110" for
// 120) is another minimum, and contradicts.
func TestRoundedMinimum(t *testing.T) {
	const vials = "facts:\n  - id: vials\n    claim: At least 120 vials were found.\n    number: 120\n    unit: vials\n    about: [found]\n"
	assertVerdicts(t, vials, "2026-03-10", []verdictCase{
		{"Police found more than a hundred vials.", "agrees", "a round hundred is 120 rounded down"},
		{"Police found more than 110 vials.", "contradicts", "110 is no rounding of 120 at its own precision"},
		{"Police found more than 100 vials.", "contradicts", "a round figure in digits may be a threshold of its own (\"at least 10 GB\" for 16): only one in words is a writer's rounding"},
		{"Police found at least 120 vials.", "agrees", "the minimum itself"},
	})
}

// "Just over" is a little above its figure, not any figure above it: a
// value well beyond contradicts, one a little above agrees.
func TestJustOver(t *testing.T) {
	const sheet = "facts:\n  - id: fail\n    claim: The rocket failed 194 seconds after lift-off.\n    number: 194\n    unit: seconds\n    about: [failed]\n"
	assertVerdicts(t, sheet, "2026-03-17", []verdictCase{
		{"The rocket failed just over two minutes after lift-off.", "contradicts", "two to two and a half minutes holds no 194 seconds"},
		{"The rocket failed just over three minutes after lift-off.", "agrees", "three to three and a half minutes holds it"},
		{"The rocket failed over two minutes after lift-off.", "agrees", "over alone is any figure above"},
	})
	const homes = "facts:\n  - id: homes\n    claim: 28 percent of homes lost power.\n    number: 28\n    unit: percent\n    about: [homes]\n"
	assertVerdicts(t, homes, "2026-03-17", []verdictCase{
		{"Just over a quarter of homes lost power.", "agrees", "a fraction a little above: up to a fifth more"},
		{"Just over a fifth of homes lost power.", "contradicts", "20 to 24 percent holds no 28"},
	})
}

// A product of dimensions ("146 x 114 cm", "146 by 114 inches") gives
// every figure the unit after the last, and a fact's measure may be any of
// them: it agrees when one does, and contradicts when none does.
func TestDimensions(t *testing.T) {
	const size = "facts:\n  - id: size\n    claim: The canvas is 146 cm high.\n    number: 146\n    unit: centimetres | cm\n    about: [canvas]\n"
	assertVerdicts(t, size, "2025-05-14", []verdictCase{
		{"The canvas measures 146 x 114 cm.", "agrees", "the first figure takes the unit after the second"},
		{"The 146 × 114 cm canvas sold.", "agrees", "a multiplication sign joins them too"},
		{"The canvas measures 114 by 146 cm.", "agrees", "either figure may be the fact's dimension"},
		{"The canvas measures 164 x 114 cm.", "contradicts", "neither figure is the fact's"},
		{"The canvas measures 146 by 114 inches.", "contradicts", "both in inches: 371 and 290 cm, neither the fact's"},
		{"The canvas is 114 cm high, and 146 others hang by it.", "contradicts", "no product of dimensions: a figure apart is no measure of it"},
		{"Das 146 mal 114 Zentimeter große canvas wurde verkauft.", "agrees", "German mal joins dimensions as x does"},
		{"El canvas de 114 por 146 cm se vendió.", "agrees", "and Spanish por"},
		{"Das canvas, drei mal 114 Zentimeter, wurde verkauft.", "contradicts", "a number word before mal is no dimension the checker reads"},
	})
	const bottle = "facts:\n  - id: vol\n    claim: Each bottle holds 500 ml.\n    number: 500\n    unit: ml\n    about: [bottles]\n"
	assertVerdicts(t, bottle, "2025-05-14", []verdictCase{
		{"The recall covers 500 x 330 ml bottles.", "contradicts", "a count times a volume: only lengths make dimensions"},
	})
}

// A unit of words with "per" reads the rate written with "a" too ("7.30
// crowns a litre"), and rain in litres per square metre is millimetres of
// it: a four-word unit of the table.
func TestRateWordsAndRainDepth(t *testing.T) {
	const petrol = "facts:\n  - id: petrol\n    claim: Petrol costs 7.30 crowns per litre.\n    number: 7.30\n    unit: crowns per litre\n    about: [petrol]\n"
	assertVerdicts(t, petrol, "2025-05-14", []verdictCase{
		{"Petrol now costs 7.30 crowns a litre.", "agrees", "a for per"},
		{"Petrol now costs 7.90 crowns a litre.", "contradicts", "and a wrong price so written"},
		{"Petrol now costs 7.90 crowns.", "silent", "no litre: another price"},
		{"Petrol costs 24 crowns, a litre of it less.", "silent", "not across a comma"},
		{"Petrol cost 9 crowns a litre bottle in 1990.", "silent", "a noun after the item: the bottle's price"},
	})
	const clinic = "facts:\n  - id: p\n    claim: The clinic sees 250 patients per week.\n    number: 250\n    unit: patients per week\n    about: [clinic]\n"
	assertVerdicts(t, clinic, "2025-03-05", []verdictCase{
		{"The clinic sees 300 patients a week.", "contradicts", "a period after a"},
		{"The clinic had 300 patients a week ago.", "silent", "a week ago says when, no rate"},
		{"The clinic discharged 30 patients a week after the fire.", "silent", "nor a week after"},
	})
	const rain = "facts:\n  - id: rain\n    claim: 118 mm of rain fell.\n    number: 118\n    unit: mm\n    about: [fell]\n"
	assertVerdicts(t, rain, "2025-05-14", []verdictCase{
		{"Then 118 litres per square metre fell in six hours.", "agrees", "a litre on a square metre is a millimetre deep"},
		{"Then 128 litros por metro cuadrado fell.", "contradicts", "in Spanish too"},
		{"Then 118 litres of water fell.", "silent", "a volume alone is no depth"},
	})
}

// Concentrations convert: "470 ppb" is 0.47 ppm, and "0.47 ppb" is a
// figure a thousand times off, no agreement with 0.47 ppm.
func TestConcentrations(t *testing.T) {
	const level = "facts:\n  - id: lvl\n    claim: The impurity was found at 0.47 ppm.\n    number: 0.47\n    unit: ppm\n    about: [impurity]\n"
	assertVerdicts(t, level, "2025-10-14", []verdictCase{
		{"The impurity was found at 470 parts per billion.", "agrees", "ppb converts to ppm"},
		{"The impurity was found at 0.47 ppb.", "contradicts", "the sheet's own figure in another unit a thousand times off: a wrong unit"},
		{"The impurity was found at 0.62 ppb.", "unsure", "another figure a thousand times off may count something else"},
		{"The impurity was found at about 0.47 ppb.", "contradicts", "an approximation about the sheet's own figure, in a wrong unit"},
		{"The impurity was found at 0.52 ppm.", "contradicts", "another figure in the unit"},
	})
}

// The sheet's own figure in another unit a thousand times off is that
// figure with a wrong unit, unless the words after it make it another
// thing's measure: a compound noun, a distance, a span of another thing.
func TestSameFigureWrongUnit(t *testing.T) {
	const leak = "facts:\n  - id: size\n    claim: 5 TB of data leaked.\n    number: 5\n    unit: TB\n    about: [stolen | leaked | data]\n"
	assertVerdicts(t, leak, "2026-03-20", []verdictCase{
		{"The leaked material amounted to 5 gigabytes of data.", "contradicts", "the sheet's figure with a wrong unit"},
		{"Customers on a 5 GB data plan were among those whose data was stolen.", "unsure", "a compound noun it measures: another thing"},
	})
	const tunnel = "facts:\n  - id: len\n    claim: The tunnel is 12 km long.\n    number: 12\n    unit: km\n    about: [tunnel]\n"
	assertVerdicts(t, tunnel, "2026-03-20", []verdictCase{
		{"The tunnel was bored 12 metres below the river.", "unsure", "a distance from something"},
		{"The tunnel is 12 metres wide, the brochure says.", "unsure", "wide after it: another dimension"},
		{"The tunnel is 12 metres long, the brochure says.", "contradicts", "long: the fact's own dimension, a wrong unit"},
	})
	const closure = "facts:\n  - id: c\n    claim: The bridge closed for 6 days.\n    number: 6\n    unit: days\n    about: [closed]\n"
	assertVerdicts(t, closure, "2026-03-20", []verdictCase{
		{"The bridge closed for the first time in 6 years.", "unsure", "a span after in: another thing's"},
	})
}

// An open-ended value ("at least 90,000") holds every figure beyond its
// end, but is written near what it counts: a figure over ten times beyond
// it is no value that fact holds, and a rival fact reads it as ever.
func TestOpenBoundHoldsOnlyNearFigures(t *testing.T) {
	const sheet = "facts:\n" +
		"  - id: kickbacks\n    claim: The mayor took at least $90,000 in kickbacks.\n    number: at least 90,000\n    unit: dollars\n    about: [kickbacks]\n" +
		"  - id: contract\n    claim: The paving contract is worth $30 million.\n    number: 30 million\n    unit: dollars\n    about: [contract]\n"
	assertTwoVerdicts(t, sheet, "2025-05-01", []twoVerdictCase{
		{"He took at least $90,000 in kickbacks for backing a $12 million contract.", "agrees", "contradicts", "130 times the bound's end: the contract's figure, not one the kickbacks hold"},
		{"He took $300,000 in kickbacks for backing the contract.", "agrees", "silent", "three times the bound's end, with the kickbacks' terms: that fact's figure"},
	})
}

// A sheet's term that is a preposition ("from") names no bare figure
// after it: "went from 144 to 154" is no figure of the fact.
func TestPrepositionTermNamesNoFigure(t *testing.T) {
	const from = "facts:\n  - id: rate\n    claim: The old rate was 8.5 dollars.\n    number: 8.5\n    unit: dollars\n    about: [from]\n"
	const toll = "facts:\n  - id: toll\n    claim: The toll stood at 58.\n    number: 58\n    unit: dead\n    about: [toll]\n"
	assertVerdicts(t, from, "2025-05-01", []verdictCase{
		{"The index went from about 144 in January to 154.", "silent", "a preposition term names no figure"},
	})
	assertVerdicts(t, toll, "2025-05-01", []verdictCase{
		{"The toll stood at 61 on Friday.", "contradicts", "a noun term still names the figure after its link"},
	})
}

// "over" is "more than" but after a verb of spreading, where it places;
// "upward of" is "upwards of".
func TestOverAndUpward(t *testing.T) {
	const stations = "facts:\n  - id: stations\n    claim: The scheme has 48 stations.\n    number: 48\n    unit: stations\n    about: [scheme]\n"
	assertVerdicts(t, stations, "2025-03-05", []verdictCase{
		{"The scheme has 600 bikes spread over 40 stations.", "contradicts", "spread over places the bikes: 40 stations, not more than 40"},
		{"The scheme has 600 bikes spread over 48 stations.", "agrees", "and agrees when it is the sheet's"},
		{"The scheme has 600 bikes at over 40 stations.", "agrees", "over alone is more than: 48 is"},
		{"The scheme's stations stretched over 40 stations.", "agrees", "stretched over is an extent, more than as likely: no verb of spreading"},
	})
	const output = "facts:\n  - id: output\n    claim: The plant builds 1,150 vehicles a day.\n    number: 1150\n    unit: vehicles per day\n    about: [plant]\n"
	assertVerdicts(t, output, "2025-03-05", []verdictCase{
		{"The plant builds upward of a thousand vehicles a day.", "agrees", "upward of, as upwards of, is more than"},
		{"The plant builds upward of 2,000 vehicles a day.", "contradicts", "more than 2,000 excludes 1,150"},
	})
}

// A pronoun that carries the sentence before is no term that names the
// bare figure after it: with a unit, "It has 48." is read only to agree.
func TestPronounNamesNoFigure(t *testing.T) {
	const sheet = "facts:\n  - id: bikes\n    claim: The scheme has 600 bikes.\n    number: 600\n    unit: bikes\n    about: [scheme]\n"
	assertVerdicts(t, sheet, "2025-09-15", []verdictCase{
		{"An earlier version of this article said the scheme had 58 stations. It has 48.", "silent", "It carries the scheme, but 48 may count anything: the stations here"},
		{"The scheme opened on Tuesday. It has 600.", "agrees", "the sheet's own figure is still read to agree"},
		{"The scheme has 480.", "contradicts", "the fact's own term names the bare figure"},
	})
}
