package checks

import (
	"strings"
	"testing"
)

// A name fact with role: contradicts where a source sets another post's
// title beside the name, and only there.
func TestRoles(t *testing.T) {
	const sheet = "facts:\n  - id: ceo\n    claim: Ilona Varga is Corvane's chief executive.\n    name: Ilona Varga\n    role: chief executive | CEO\n    about: [Corvane]\n"
	assertVerdicts(t, sheet, "2026-05-04", []verdictCase{
		{"Corvane chief executive Ilona Varga opened the plant.", "agrees", "the role right before the name"},
		{"Company chairwoman Ilona Varga opened the plant.", "contradicts", "another post's title right before the name"},
		{"Ilona Varga, the firm's chief financial officer, opened the plant.", "contradicts", "another post between commas after the name"},
		{"Ilona Varga, president and chief executive of Corvane, opened it.", "agrees", "two posts, one of them the role"},
		{"Il presidente di Corvane, Ilona Varga, ha aperto l'impianto.", "contradicts", "a title between commas before the name, in Italian"},
		{"Corvane's chairwoman, Ilona Varga, opened the plant.", "contradicts", "a possessor may open the title before the name"},
		{"Corvane's chief executive, Ilona Varga, opened the plant.", "agrees", "and the role so placed agrees"},
		{"Ilona Varga, Corvanes' chief financial officer, opened the plant.", "contradicts", "a possessor in s with its apostrophe alone opens the title after the name"},
		{"Ilona Varga, Corvanes' chief executive, opened the plant.", "agrees", "and the role so written agrees"},
		{"The chairwoman's aide, Ilona Varga, opened the plant.", "agrees", "a title in the possessor is someone else's"},
		{"La directrice générale Ilona Varga a inauguré l'usine.", "agrees", "the role's post in French, though the sheet names it in English"},
		{"Deputy chief executive Ilona Varga opened the plant.", "contradicts", "a rank word before the role makes it another post"},
		{"Former chairwoman Ilona Varga opened the plant.", "agrees", "a post held at another time says nothing of the present one"},
		{"Ilona Varga, a director of a charity, opened the plant.", "unsure", "after a, one post among others she may hold"},
		{"Ilona Varga, the sheriff's wife, opened the plant.", "agrees", "a title in a possessive names someone else"},
		{"The president having left, Ilona Varga opened the plant.", "agrees", "a title before a comma that the name does not close is another person's"},
		{"Ilona Varga, who met the mayor, opened the plant.", "agrees", "a clause after the name is no title"},
		{"Ilona Varga, the daughter of a Corvane judge, opened the plant.", "agrees", "a title after of is someone else's"},
		{"Corvane thanked Ilona Varga, the mayor and the sheriff for their help.", "agrees", "a list of people after the name is no title"},
		{"Besides Ilona Varga, the Corvane president attended.", "agrees", "a phrase with its own verb after the name is a clause"},
		{"Jan Novak will chair Ilona Varga's panel at Corvane.", "agrees", "a title word after will is a verb"},
		{"Corvane secretary-general Ilona Varga opened the plant.", "contradicts", "a post of two words joined by a hyphen"},
		{"O selecionador Ilona Varga abriu a fábrica da Corvane.", "contradicts", "a coach's title in Portuguese"},
		{"La governatrice Ilona Varga ha aperto l'impianto Corvane.", "contradicts", "a feminine Italian title"},
		{"O xerife Ilona Varga abriu a fábrica da Corvane.", "contradicts", "a sheriff in Portuguese"},
		{"Ilona Varga, General Director of Corvane, opened the plant.", "contradicts", "a general director is a director-general, no chief executive"},
		{"Ilona Vargas, chairwoman, opened the plant.", "silent", "a name the sheet does not accept: no role is judged"},
		{"The chairwoman of the Corvane board Ilona Varga opened the plant.", "unsure", "a title and what it heads right before the name, no comma: hers, or another's (the name may start a clause on the board)"},
		{"A presidente do conselho Ilona Varga abriu a fábrica da Corvane.", "unsure", "so in Portuguese"},
		{"The president of the club Ilona Varga supports congratulated Corvane.", "unsure", "the other reading: the club's president, not Varga"},
		{"The chief executive of Corvane Ilona Varga opened the plant.", "agrees", "and the role so written agrees"},
		{"Vice-chairwoman Ilona Varga opened the plant.", "contradicts", "a rank word joined by a hyphen belongs to the title"},
		{"The daughter of the chairwoman of Corvane Ilona Varga opened the plant.", "agrees", "after of, the name may be the daughter's: no title read"},
		{"The chairwoman of the board, Ilona Varga's mother, opened the plant.", "agrees", "a comma before the name: no title of hers"},
		{"O governador Ilona Varga abriu a fábrica da Corvane.", "contradicts", "a governor in Portuguese"},
	})
	const ciso = "facts:\n  - id: ciso\n    claim: Ana Ruiz is the group's chief information security officer.\n    name: Ana Ruiz\n    role: chief information security officer\n    about: [attack]\n"
	assertVerdicts(t, ciso, "2026-05-04", []verdictCase{
		{"Ana Ruiz, the group's chief information officer, said the attack was over.", "contradicts", "an information officer is another chief"},
		{"CISO Ana Ruiz said the attack was over.", "agrees", "the role's post abbreviated"},
		{"Board member Ana Ruiz said the attack was over.", "contradicts", "a seat on the board is another post"},
	})
	const noRole = "facts:\n  - id: ceo\n    claim: Ilona Varga is Corvane's chief executive.\n    name: Ilona Varga\n    about: [Corvane]\n"
	assertVerdicts(t, noRole, "2026-05-04", []verdictCase{
		{"Company chairwoman Ilona Varga opened the plant.", "agrees", "without role:, titles are not read"},
	})
	const chief = "facts:\n  - id: chief\n    claim: Aldo Brennan is the fire chief.\n    name: Aldo Brennan\n    role: fire chief\n    about: [fire]\n"
	assertVerdicts(t, chief, "2026-08-10", []verdictCase{
		{"Fire Chief Aldo Brennan spoke about the fire.", "agrees", "a chief of a named service is a post"},
		{"Deputy Fire Chief Aldo Brennan spoke about the fire.", "contradicts", "and a rank word before it makes another"},
		{"Aldo Brennan, the team's fire chief, spoke.", "agrees", "between commas after the name"},
		{"Habló Aldo Brennan, jefe de bomberos de la ciudad, sobre el fuego.", "agrees", "the fire chief in Spanish, between commas after the name"},
		{"Habló Aldo Brennan, jefe de policía de la ciudad, sobre el fuego.", "contradicts", "the police chief in Spanish is another post"},
		{"Aldo Brennan, the incident commander, spoke about the fire.", "agrees", "a chief is often the incident commander: no post of its own"},
	})
	const unknown = "facts:\n  - id: spec\n    claim: Ramon Ledesma is a hurricane specialist.\n    name: Ramon Ledesma\n    role: hurricane specialist\n    about: [hurricane]\n"
	assertVerdicts(t, unknown, "2026-05-04", []verdictCase{
		{"Hurricane specialist Ramon Ledesma warned of rain.", "agrees", "a role the table does not know, in the words of the title"},
		{"Center director Ramon Ledesma warned of rain.", "unsure", "a title of [heading-posts] beside a role the table does not know: perhaps the same post, or a second one"},
		{"Mayor Ramon Ledesma warned of rain.", "contradicts", "a known post of no institution's head beside it: another post"},
		{"Ramon Ledesma, a deputy hurricane specialist, warned of rain.", "unsure", "a rank word before a role the table does not know makes another post (after a: unsure)"},
		{"Ramon Ledesma, the senior hurricane specialist, warned of rain.", "agrees", "a word that is no rank leaves it the role"},
	})
}

// A title's phrase after the name may end the sentence, open with a rank
// word, and hold an elided article ("de l'entreprise").
func TestTitleAtTheSentencesEnd(t *testing.T) {
	const ops = "facts:\n  - id: ops\n    claim: Denise Okafor is the utility's director of operations.\n    name: Denise Okafor\n    role: director of operations | director\n    about: [Okafor]\n"
	assertVerdicts(t, ops, "2026-02-10", []verdictCase{
		{"« Pas une goutte », a assuré Denise Okafor, directrice générale de l'entreprise.", "contradicts", "another post, its phrase holding an elided article, ends the sentence"},
		{"« Pas une goutte », a assuré Denise Okafor, directrice de l'entreprise.", "agrees", "the role so written agrees"},
		{"The intake was shut, said Denise Okafor, Associate Director of Operations.", "contradicts", "a rank word opens the phrase: another post"},
		{"The intake was shut, said Denise Okafor, Director of Operations.", "agrees", "the role itself"},
		{"The intake was shut, said Denise Okafor, associate of the mayor's office.", "agrees", "a rank word before no title opens no title"},
		{"The intake was shut, said Denise Okafor, l'amie du maire.", "agrees", "an elided article before a noun of no post"},
		{"Denise Okafor, de burgemeester van Dornau, zei het.", "contradicts", "Dutch de opens the phrase as an article, not as of"},
		{"Denise Okafor, de la mairie de Lyon, a parlé.", "agrees", "French de opening the phrase: no post after it"},
		{"Denise Okafor, fille de la maire, a parlé.", "agrees", "de inside the phrase still makes the title someone else's"},
		{"Denise Okafor, amministratrice delegata dell'azienda, ha parlato.", "contradicts", "the Italian feminine of chief executive: another post"},
		{"La directora general de la empresa, Denise Okafor, habló.", "contradicts", "directora general is the director general's post, not directora alone"},
		{"The utility's chief executive, Dr Denise Okafor, spoke.", "contradicts", "a title such as Dr between the comma and the name"},
		{"The panel included Denise Okafor, Deputy Mayor Tom Hale, and fire chief Ann Roe.", "agrees", "a rank word, a title and a name: the next person in a list"},
		{"The intake was shut, said Denise Okafor, Deputy Mayor of Dornau.", "contradicts", "a rank word, a title and its of-phrase: her title"},
	})
	const unknown = "facts:\n  - id: moh\n    claim: Priya Ramos is the medical officer of health.\n    name: Priya Ramos\n    role: medical officer of health\n    about: [Ramos]\n"
	assertVerdicts(t, unknown, "2026-02-10", []verdictCase{
		{"Do not swim, said Dr. Priya Ramos, Associate Medical Officer of Health.", "contradicts", "a rank word before a role the title table does not know"},
		{"Do not swim, said Dr. Priya Ramos, Medical Officer of Health.", "agrees", "the role itself"},
	})
}

// A minister of state is a junior post, not the minister's.
func TestMinisterOfState(t *testing.T) {
	const minister = "facts:\n  - id: minister\n    claim: Brid Walsh is the Minister for Health.\n    name: Brid Walsh\n    role: minister | health minister\n    about: [Walsh]\n"
	assertVerdicts(t, minister, "2026-09-07", []verdictCase{
		{"Minister of State Brid Walsh opened the health centre.", "contradicts", "a junior minister's title"},
		{"Health Minister Brid Walsh opened the centre.", "agrees", "the minister's own title"},
	})
}

// The head of a government's title in its feminine forms is that post's:
// a deputy's title written with them is the deputy's, not a minister's.
func TestFeminineTitlesOfTheHeadOfGovernment(t *testing.T) {
	const deputy = "facts:\n  - id: deputy\n    claim: Ilse Varnava is deputy prime minister.\n    name: Ilse Varnava\n    role: deputy prime minister | vice-première ministre\n    about: [Varnava]\n"
	assertVerdicts(t, deputy, "2026-09-07", []verdictCase{
		{"La vice-Première ministre Ilse Varnava a ouvert la séance.", "agrees", "the feminine French title, listed in the role, with its rank word"},
		{"La Première ministre Ilse Varnava a ouvert la séance.", "contradicts", "the head of government's own title, without the rank word"},
	})
	const premier = "facts:\n  - id: premier\n    claim: Ilse Varnava is prime minister.\n    name: Ilse Varnava\n    role: prime minister\n    about: [Varnava]\n"
	assertVerdicts(t, premier, "2026-09-07", []verdictCase{
		{"La Première ministre Ilse Varnava a ouvert la séance.", "agrees", "the feminine French title names the post"},
		{"A primeira-ministra Ilse Varnava abriu a sessão.", "agrees", "so the Portuguese"},
	})
	const defence = "facts:\n  - id: defence\n    claim: Ilse Varnava is the defence minister.\n    name: Ilse Varnava\n    role: minister | defence minister\n    about: [Varnava]\n"
	assertVerdicts(t, defence, "2026-09-07", []verdictCase{
		{"Ilse Varnava, prima ministra della Difesa, ha aperto la seduta.", "agrees", "Italian prima ministra is the first woman minister as often: a minister's title, no premier's"},
	})
}

// A role with its field ("health minister", "Minister of Housing",
// "mission director") names that post only: a title of another field
// beside the name names another post, unsure when its word has a capital
// (it may name an organisation: "NASA director"). A role listed bare too
// ("minister | health minister") takes any field.
func TestFieldsOfPosts(t *testing.T) {
	const housing = "facts:\n  - id: minister\n    claim: Anton Mereks was the housing minister.\n    name: Anton Mereks\n    role: Minister of Housing | housing minister\n    about: [Mereks]\n"
	assertVerdicts(t, housing, "2026-09-07", []verdictCase{
		{"Anton Mereks, the transport minister, has resigned.", "contradicts", "another field before the title"},
		{"Anton Mereks, the country's minister for transport, has resigned.", "contradicts", "another field after for"},
		{"Anton Mereks, the housing minister, has resigned.", "agrees", "the role's field"},
		{"Anton Mereks, Minister of Housing and Planning, has resigned.", "agrees", "the role's field after of, with more"},
		{"The minister, Anton Mereks, has resigned.", "agrees", "a title with no field says nothing of it"},
		{"On Friday Transport Minister Anton Mereks resigned.", "unsure", "a field with a capital may be a name"},
		{"Transport Minister Anton Mereks has resigned.", "contradicts", "a capital that opens the sentence says nothing: another field"},
		{"Housing Minister Anton Mereks has resigned.", "agrees", "and the role's field so written agrees"},
		{"Anton Mereks, the new minister, was sworn in.", "agrees", "a word of [title-field-neutral] is no field"},
		{"The populist minister, Anton Mereks, has resigned.", "agrees", "an adjective of no field list names no field"},
		{"The 54-year-old minister, Anton Mereks, has resigned.", "agrees", "nor a word joined by a hyphen"},
		{"The decree appointed minister Anton Mereks to the post.", "agrees", "nor a verb's participle"},
	})
	const director = "facts:\n  - id: director\n    claim: Hanne Vestergaard is the mission director.\n    name: Hanne Vestergaard\n    role: mission director\n    about: [Vestergaard]\n"
	assertVerdicts(t, director, "2026-09-07", []verdictCase{
		{"Hanne Vestergaard, the agency's flight director, said it was safe.", "contradicts", "flight director for a mission director"},
		{"Hanne Vestergaard, director of the lunar mission, said it was safe.", "agrees", "the role's field a few words after the link"},
		{"As ever, Flight director Hanne Vestergaard said it was safe.", "unsure", "a field with a capital may be a name's word"},
		{"Flight director Hanne Vestergaard said it was safe.", "contradicts", "opening the sentence, the capital is the sentence's"},
		{"NASA director Hanne Vestergaard said it was safe.", "agrees", "a word of no field list names no field: the agency"},
	})
	const bare = "facts:\n  - id: minister\n    claim: Anton Mereks was the housing minister.\n    name: Anton Mereks\n    role: minister | housing minister\n    about: [Mereks]\n"
	assertVerdicts(t, bare, "2026-09-07", []verdictCase{
		{"Anton Mereks, the transport minister, has resigned.", "agrees", "a role listed bare takes any field"},
	})
	const foreign = "facts:\n  - id: minister\n    claim: Lise Wouters is the pensions minister.\n    name: Lise Wouters\n    role: pensions minister | ministre des pensions\n    about: [Wouters]\n"
	assertVerdicts(t, foreign, "2026-09-07", []verdictCase{
		{"Lise Wouters, the transport minister, has resigned.", "contradicts", "words after a title that no English link joins make no bare post: the English field holds"},
		{"Lise Wouters, the transport minister who drafted the bill, has resigned.", "contradicts", "a title's phrase ends at a relative word"},
		{"Lise Wouters, the minister who drafted the bill, has resigned.", "agrees", "a title with no field before who"},
		{"Lise Wouters, the transport minister that year, later took pensions.", "agrees", "that before a noun of time is no relative word: the phrase goes on to the comma, a clause"},
		{"Lise Wouters, who drafted the bill as transport minister, has resigned.", "agrees", "a clause opens the phrase: no title beside the name"},
	})
	const superintendent = "facts:\n  - id: sup\n    claim: Paul Kerr is the district superintendent.\n    name: Paul Kerr\n    role: superintendent\n    about: [district]\n"
	assertVerdicts(t, superintendent, "2026-09-07", []verdictCase{
		{"Principal Paul Kerr said the district had acted.", "contradicts", "a school's principal is a post of [post-titles]: another than the role's"},
		{"Superintendent Paul Kerr said the district had acted.", "agrees", "the role's post"},
	})
	const warden = "facts:\n  - id: warden\n    claim: Paul Kerr is the prison's warden.\n    name: Paul Kerr\n    role: warden\n    about: [prison]\n"
	assertVerdicts(t, warden, "2026-09-07", []verdictCase{
		{"The prison's director, Paul Kerr, said the search went on.", "unsure", "a role of no post the table knows: a head's title may name the same post in other words"},
		{"Judge Paul Kerr said the prison search went on.", "contradicts", "a title of no head: another post"},
		{"El director de la prisión, Paul Kerr, dijo que la búsqueda sigue.", "unsure", "so in another language"},
		{"Warden Paul Kerr said the prison search went on.", "agrees", "the role's own words agree"},
	})
	const managing = "facts:\n  - id: md\n    claim: Paul Kerr is the managing director.\n    name: Paul Kerr\n    role: managing director\n    about: [Kerr]\n"
	assertVerdicts(t, managing, "2026-09-07", []verdictCase{
		{"L'amministratore delegato Paul Kerr ha parlato.", "unsure", "a role many posts are called names none of the table's: a head's title may be the same post"},
		{"Managing director Paul Kerr spoke.", "agrees", "the role's own words agree, though its last word is a post of the table"},
		{"Mayor Paul Kerr spoke.", "contradicts", "a title of no head: another post"},
	})
	const mdOrCEO = "facts:\n  - id: md\n    claim: Paul Kerr is the managing director.\n    name: Paul Kerr\n    role: managing director | amministratore delegato\n    about: [Kerr]\n"
	assertVerdicts(t, mdOrCEO, "2026-09-07", []verdictCase{
		{"The company's managing director, Paul Kerr, spoke.", "agrees", "the role's own words agree beside another alternative the table knows"},
	})
	const vice = "facts:\n  - id: vice\n    claim: Paul Kerr is the vice president.\n    name: Paul Kerr\n    role: vice president\n    about: [Kerr]\n"
	assertVerdicts(t, vice, "2026-09-07", []verdictCase{
		{"President Paul Kerr said the board had acted.", "contradicts", "a ranked role of a known post is known: the post itself is another"},
	})
}

// Posts of clubs, towns and orchestras are titles too: beside the name,
// one that is not the role's contradicts. Words that are metaphors or
// given names as often (architect, dean) or that one person often holds
// beside a post (lawyer, rector, incident commander) name none.
func TestMorePostTitles(t *testing.T) {
	const chair = "facts:\n  - id: chair\n    claim: Helena Marsh chairs the rowing club.\n    name: Helena Marsh\n    aliases: [Marsh]\n    role: chair | chairwoman\n    about: [club]\n"
	assertVerdicts(t, chair, "2026-03-02", []verdictCase{
		{"Club treasurer Helena Marsh said the boathouse was insured.", "contradicts", "a treasurer is another post"},
		{"Helena Marsh, the town clerk, said the boathouse was insured.", "contradicts", "so is a town clerk"},
		{"Helena Marsh, the architect of the club's recovery, said it was insured.", "agrees", "architect is no post the table holds: a metaphor as often"},
		{"City architect Helena Marsh said the boathouse was insured.", "contradicts", "a city architect is a post"},
		{"La tesorera del club, Helena Marsh, dijo que estaba asegurado.", "contradicts", "the treasurer in Spanish"},
		{"The treasurer's daughter, Helena Marsh, said the club was insured.", "agrees", "a title in a possessive is someone else's"},
		{"Club chairwoman Helena Marsh thanked Dean Ruiz and the coaches.", "agrees", "Dean opening another person's name is no title of hers"},
		{"Helena Marsh, a treasurer, said the club was insured.", "unsure", "after a, one post among others she may hold"},
		{"Three members, Helena Marsh, Dean Walsh and Tom Reed, founded the club.", "agrees", "Dean is a given name as often: no post"},
	})
	const conductor = "facts:\n  - id: maestro\n    claim: Jan Vos is the orchestra's chief conductor.\n    name: Jan Vos\n    role: chief conductor\n    about: [orchestra]\n"
	assertVerdicts(t, conductor, "2026-03-02", []verdictCase{
		{"The orchestra's music director, Jan Vos, resigned.", "agrees", "a music director is the orchestra's conductor: one post"},
		{"Chefdirigent Jan Vos verließ das Orchester.", "agrees", "the post in German"},
		{"Orchestra manager Jan Vos resigned.", "agrees", "manager names many posts: not read"},
		{"The orchestra's treasurer, Jan Vos, resigned.", "contradicts", "a treasurer is another post"},
	})
}

// Every title of [post-titles] and [grade-titles] names a post: a line
// of one phrase without a comma would be split at its spaces into words
// that name none.
func TestTitlesNamePosts(t *testing.T) {
	for w, ps := range postTitles {
		for _, p := range ps {
			if p.post == "" {
				t.Errorf("title %q (first word %q) names no post: end a line of one phrase with a comma", strings.Join(p.words, " "), w)
			}
		}
	}
}

// A rank beside a name is compared only with a role that names a rank:
// "Detective Sergeant" for a lieutenant contradicts, "Colonel" for the
// head of a civil defence says nothing of the post.
func TestRanks(t *testing.T) {
	const lead = "facts:\n  - id: lead\n    claim: Detective Lieutenant Rosa Imbert leads the inquiry.\n    name: Rosa Imbert\n    role: [detective lieutenant, lieutenant]\n    about: [inquiry]\n"
	assertVerdicts(t, lead, "2026-05-04", []verdictCase{
		{"Detective Sergeant Rosa Imbert leads the inquiry.", "contradicts", "another rank than the role's"},
		{"Det. Sgt. Rosa Imbert leads the inquiry.", "contradicts", "so abbreviated, stops and all"},
		{"Det. Lt. Rosa Imbert leads the inquiry.", "agrees", "the role's rank abbreviated"},
		{"Lieutenant Rosa Imbert leads the inquiry.", "agrees", "the rank without detective"},
		{"Lieutenant Colonel Rosa Imbert leads the inquiry.", "contradicts", "the longest title wins: another rank"},
	})
	const head = "facts:\n  - id: head\n    claim: Rosa Imbert coordinates the civil defence.\n    name: Rosa Imbert\n    role: [civil defence coordinator]\n    about: [civil defence]\n"
	assertVerdicts(t, head, "2026-05-04", []verdictCase{
		{"Colonel Rosa Imbert of the civil defence spoke.", "agrees", "a rank says nothing of a post"},
		{"Detective Inspector Rosa Imbert of the civil defence spoke.", "agrees", "nor does a police inspector's"},
		{"Inspector Rosa Imbert of the civil defence spoke.", "contradicts", "an inspector alone is a post too (a building inspector): another post"},
		{"Mayor Rosa Imbert of the civil defence spoke.", "contradicts", "a post's title still does"},
		{"Professor Rosa Imbert of the civil defence spoke.", "agrees", "an academic rank says nothing of a post either"},
		{"Prof. Rosa Imbert of the civil defence spoke.", "agrees", "nor abbreviated"},
	})
	const professor = "facts:\n  - id: professor\n    claim: Rosa Imbert is a professor of geology.\n    name: Rosa Imbert\n    role: [professor]\n    about: [geology]\n"
	assertVerdicts(t, professor, "2026-05-04", []verdictCase{
		{"Professor Rosa Imbert teaches geology.", "agrees", "the role's rank"},
		{"Mayor Rosa Imbert teaches geology.", "unsure", "a post beside a role of ranks only: its holder may have both"},
		{"Dr Rosa Imbert teaches geology.", "agrees", "a title that is neither"},
	})
	const constable = "facts:\n  - id: constable\n    claim: Constable Rosa Imbert spoke for the police.\n    name: Rosa Imbert\n    role: [constable]\n    about: [police]\n"
	assertVerdicts(t, constable, "2026-05-04", []verdictCase{
		{"Police spokesperson Rosa Imbert said the road was closed.", "unsure", "a constable may be the spokesperson"},
		{"Inspector Rosa Imbert of the police said the road was closed.", "unsure", "a post that may be a rank too: never certain either way"},
		{"Sergeant Rosa Imbert of the police said the road was closed.", "contradicts", "another rank still does"},
	})
	const incident = "facts:\n  - id: incident\n    claim: Rosa Imbert is the incident commander.\n    name: Rosa Imbert\n    role: [incident commander]\n    about: [fire]\n"
	assertVerdicts(t, incident, "2026-05-04", []verdictCase{
		{"Fire Lieutenant Rosa Imbert said the fire was contained.", "agrees", "a role that holds a rank's word but is a post: any rank may hold it"},
		{"Col. Rosa Imbert said the fire was contained.", "agrees", "so does a colonel"},
	})
	const spokesman = "facts:\n  - id: spokesman\n    claim: Commander Rosa Imbert speaks for the coast guard.\n    name: Rosa Imbert\n    role: [spokesperson, commander]\n    about: [coast guard]\n"
	assertVerdicts(t, spokesman, "2026-05-04", []verdictCase{
		{"The coast guard's Lt. Cmdr. Rosa Imbert spoke.", "contradicts", "a lieutenant commander is no commander"},
		{"The coast guard's Cmdr. Rosa Imbert spoke.", "agrees", "the role's rank abbreviated"},
	})
}
