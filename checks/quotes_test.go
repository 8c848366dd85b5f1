package checks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/text"
	"github.com/stretchr/testify/assert"
)

// attributedPassages lists the quoted passages of a text attributed to the
// speakers, joined by " | ".
func attributedPassages(t *testing.T, text string, speakers ...string) string {
	t.Helper()
	src := parseText(t, text, published("2022-09-10"))
	who := newAttribution(speakers)
	var out []string
	for _, p := range src.quotes {
		if ok, _ := who.attributed(src, &p); ok {
			out = append(out, strings.Join(strings.Fields(src.Original(p.Start, p.End)), " "))
		}
	}
	return strings.Join(out, " | ")
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"said X after", `"We will win," said Novak.`, "We will win"},
		{"X said after", `"We will win," Novak said.`, "We will win"},
		{"X said before with colon", `Novak said: "We will win."`, "We will win."},
		{"X tweeted before", `Novak tweeted, “We will win.”`, "We will win."},
		{"according to X", `According to Novak, "we will win."`, "we will win."},
		{"in a statement by X", `In a statement by the minister, "we will win" was the line that stuck.`, "we will win"},
		{"guillemets", `«Nous gagnerons», Novak declared.`, "Nous gagnerons"},
		{"Dutch low commas and apostrophes", `,,Wij winnen'', zei Novak.`, "Wij winnen"},
		{"two commas inside a figure are no quotation", `Novak said the price rose from 3,,5 to 4.`, ""},
		{"mixed marks", `Novak said, “We will win."`, "We will win."},
		{"single quotes", `Novak said 'we will win' on Monday.`, "we will win"},
		{"spans sentences", `"We will win. We always do," said Novak.`, "We will win. We always do"},
		{"interrupted by he added", `"We will win," Novak added, "and soon."`, `We will win," Novak added, "and soon.`},
		{"two quotations joined by and", `Novak said it was "a failure of planning" and said she expected "full answers".`, "a failure of planning | full answers"},
		{"two quotations with and after the verb of saying", `"We will win," Novak said, and she promised to "fight for every seat".`, "We will win | fight for every seat"},
		{"and inside the attribution, before its comma", `"We will win," Novak and Berg said, "and soon."`, `We will win," Novak and Berg said, "and soon.`},
		{"interrupted across a stop", `"We will win," Novak said. "And soon."`, `We will win," Novak said. "And soon.`},
		{"a new quotation in the next sentence", `"We will win," Novak said. He added that "it is soon".`, "We will win | it is soon"},
		{"interrupted by said Dr. X", `"We will win," said Dr. Novak, "and soon."`, `We will win," said Dr. Novak, "and soon.`},
		{"pronoun for the speaker before", "Novak spoke for an hour. \"We will win,\" he added.", "We will win"},
		{"pronoun with no speaker before", "The crowd cheered. \"We will win,\" he added.", ""},
		{"pronoun after another person who speaks", "Novak spoke for an hour. Fan Tomas Reyes told reporters he was hopeful. \"We will win,\" he added.", ""},
		{"pronoun after a sentence that names no person", "Novak spoke for an hour. The Kremlin told reporters nothing. \"We will win,\" he added.", "We will win"},
		{"pronoun after a sentence opened by another person's name", "Novak spoke for an hour. Rosa Imbert, 78, has lived here since 1961. \"We will win,\" she said.", ""},
		{"not after a day of the week opening the sentence", "Novak spoke for an hour. Last Monday, talks had stalled. \"We will win,\" she said.", "We will win"},
		{"not after a place's name and an apposition", "Novak spoke for an hour. Hong Kong, a former colony, sent help. \"We will win,\" she said.", "We will win"},
		{"pronoun after the speaker's own sentence naming a station", "Novak spoke for an hour. She told Radio Nord that talks were hard. \"We will win,\" she added.", "We will win"},
		{"pronoun after a paper that speaks", "Novak spoke for an hour. The New York Times said talks had stalled. \"We will win,\" she added.", "We will win"},
		{"a pronoun that is no sayer", "Novak left early. Smith said it was \"too early to say\".", ""},
		{"a pronoun and an adverb", "Novak spoke for an hour. She also said: \"We will win.\"", "We will win."},
		{"a quote on a line of its own after a pronoun's verb of saying and a colon", "Novak spoke for an hour. She said:\n\n\"We will win.\"", "We will win."},
		{"not after another person who speaks before the colon", "Novak spoke for an hour. Fan Tomas Reyes told reporters he was hopeful. He said:\n\n\"We will win.\"", ""},
		{"not after a line with no colon", "Novak spoke for an hour. She said so.\n\n\"We will win.\"", ""},
		{"not when the sentence between names another person", "Novak lost the final to Holm. Holm's coach, Ida Berg, wept in the stands. She said:\n\n\"We will win.\"", ""},
		{"repeated is a verb of saying", `Novak spoke first. Smith repeated: "We will win."`, ""},
		{"a verb after and is the subject's before", `Novak, the chair, also came by on Tuesday and repeated what she said then: "We will win."`, "We will win."},
		{"another subject with an adverb", `After Novak left, Piet Berg also said: "We will win."`, ""},
		{"another subject with an adverb after the quote", `"We will win," Piet Berg later said, after Novak had left.`, ""},
		{"a possessive before repeated", `"We will win," Berg said after Novak's repeated warnings.`, ""},
		{"a note that said", `After Novak left, Berg put out a note that said: "We will win."`, ""},
		{"then said after another's comma", `After Novak left, Piet Berg paused, then said: "We will win."`, ""},
		{"a relative before the pronoun", "Novak spoke first. The engineer who inspected it said: \"We will win.\"", ""},
		{"told by someone", "Novak met the owners. Reporters were told by a spokesman: \"We will win.\"", ""},
		{"a pronoun after a preposition is no sayer", "Novak spoke at noon. Those close to her said: \"We will win.\"", ""},
		{"an aide to her told", "Novak spoke at noon. An aide to her told reporters: \"We will win.\"", ""},
		{"the engineer beside her said", "Novak spoke at noon. The engineer beside her said: \"We will win.\"", ""},
		{"her repeated warning is still hers", "Novak spoke first. Her repeated warning, \"We will win\", went unheeded.", "We will win"},
		{"an auxiliary and an adverb between the pronoun and its verb", "Novak spoke at noon. She has repeatedly said: \"We will win.\"", "We will win."},
		{"a subject of its own with an adverb is someone else", "Novak spoke at noon. The engineer beside her has repeatedly said: \"We will win.\"", ""},
		{"a participle of saying after a comma is the clause's subject's", "The club said little, but Novak was careful, telling reporters that \"We will win.\"", "We will win."},
		{"X was told by Y: the hearer does not speak", `Novak was told by the owners: "We will win."`, ""},
		{"she was told by Y", "Novak met the owners. She was told by a spokesman: \"We will win.\"", ""},
		{"it was said by Y", "Novak spoke at noon. It was said by Berg: \"We will win.\"", ""},
		{"quote, X was told by Y", `"We will win," Novak was told by Berg.`, ""},
		{"told by the speaker", `Reporters were told by Novak: "We will win."`, "We will win."},
		{"told by an agent with an apposition", `Novak was told by the company's chief executive, Tom Berg: "We will win."`, ""},
		{"told by an agent that", `Novak was told by staff at the plant that "we will win".`, ""},
		{"told by agents who then wrote", `Novak was told by inspectors, and they wrote: "We will win."`, ""},
		{"told by agents joined by and", `Novak was told by Berg and his deputy, Lena Vos: "We will win."`, ""},
		{"told by an agent, in a letter", `Novak was told by the operator, in a letter seen by this newspaper: "We will win."`, ""},
		{"warned by others, but the speaker insisted", `Novak was warned by police about the protest but insisted: "We will win."`, "We will win."},
		{"told by others, and the speaker added", "Novak met engineers on Monday. She was told by them that the leak was small, and added: \"We will win.\"", "We will win."},
		{"reporters were told, by no one named", "Novak met the owners on Monday. \"We will win,\" reporters were told afterwards.", ""},
		{"she was told, by no one named", "Novak met the owners. She was told: \"We will win.\"", ""},
		{"an owner's repeated promise", "Novak spoke first. Berg's repeated promise, \"We will win\", went unheeded.", ""},
		{"that afternoon she said", "Novak spoke at noon. That afternoon she said: \"We will win.\"", "We will win."},
		{"that said opens the sentence", "Novak spoke at noon. That said, she told reporters: \"We will win.\"", "We will win."},
		{"a passive verb of saying names no one", "Novak spoke first. His line, \"We will win\", has been repeated on every bulletin.", "We will win"},
		{"an organisation as it", "The minister's office issued a note. It said the talks were \"going nowhere\".", "going nowhere"},
		{"an organisation's statement as its", "Novak issued a note on Monday. Its statement says that \"we will win\".", "we will win"},
		{"another's statement", "Novak issued a note on Monday. Smith's statement says that \"we will win\".", ""},
		{"a possessive after a preposition", "Novak spoke at noon. A friend of his family said: \"We will win.\"", ""},
		{"someone else said it", `"We will win," said Smith.`, ""},
		{"the statement said it", `"We will win," the statement said.`, ""},
		{"speaker in the sentence before", "Novak took the stage.\n\n\"We will win.\"", "We will win."},
		{"speaker in the sentence after", "\"We will win.\"\n\nThat was how Novak closed.", "We will win."},
		{"unclosed quote runs to the end", `Novak said, "We will win and`, "We will win and"},
		{"apostrophes are no quotes", `Novak's party won the country's vote.`, ""},
		{"speaker named inside the quote only", `Smith said, "Novak will win."`, ""},
		{"X told reporters", `"We will win," Novak told reporters on Monday.`, "We will win"},
		{"an abbreviation's dots are no stop", `Novak, who left at 8 a.m., said it was "too early to say".`, "too early to say"},
		{"an abbreviation's dot before a capital may end a sentence", `Novak left at 8 a.m. The chief said it was "too early to say".`, ""},
		{"a name in a clause before the speaker's", `Asked about Novak, the harbour chief, who has led the port for twenty years, said it was "too early".`, ""},
		{"X with an apposition said", `"We will win," Novak, the party leader, said.`, "We will win"},
		{"X, an age and an apposition, told", `Anna Novak, 34, from Leeds, told the BBC: "We will win."`, "We will win."},
		{"Y, an age and an apposition, told", `Petra Smith, 34, from Leeds, told the BBC: "We will win."`, ""},
		{"X called it a quotation, said he expected another", `Novak, who called the vote "a good day", said he expected "a long night".`, "a good day | a long night"},
		{"X, who promised that a quotation, said a clause", `Anna Novak, who had promised that the party would "win every seat", said the days had been hard.`, "win every seat"},
		{"Y, who promised that a quotation, said a clause", `Petra Smith, who had promised that the party would "win every seat", said the days had been hard.`, ""},
		{"X, who mocked another's promise to a quotation, said a clause", `Anna Novak, who mocked the mayor's promise to "win every seat", said the days had been hard.`, ""},
		{"X, who defended what others called a quotation, said a clause", `Anna Novak, who spent the week defending a plan the opposition called "a gift to the rich", said the vote was over.`, ""},
		{"Y, who recalled X promising a quotation, said a clause", `Petra Smith, who recalled Novak promising to "win every seat", said the days had been hard.`, ""},
		{"Y called it a quotation, said he expected another", `Smith, who called the vote "a good day", said he expected "a long night".`, ""},
		{"X with a possessive apposition said", `"We will win," Novak, Ohio's party leader, told reporters.`, "We will win"},
		{"X with a long apposition told", `"We will win," Anna Novak, assistant commissioner of the Canadian Coast Guard's Atlantic region, told reporters in Halifax.`, "We will win"},
		{"X with an apposition ending in an acronym in brackets told", `"We will win," Anna Novak, leader of the Dock Workers' Union (DWU), told reporters.`, "We will win"},
		{"X with a party in brackets told", `"We will win," Novak (Greens) told reporters.`, "We will win"},
		{"words in brackets are no insertion of a sayer phrase", `"We will win," the union (led by Novak) told reporters.`, ""},
		{"X with an apposition of nineteen words said", `Anna Novak, Middle East and North Africa director of the International Federation of Red Cross and Red Crescent Societies, said: "We will win."`, "We will win."},
		{"a name before a long clause is no sayer", `Novak left, and the long and winding debate about the harbour, the ferries and the old shipyard at the edge of town went on until the chief said: "We will win."`, ""},
		{"said Dr. X", `"We will win," said Dr. Anna Novak, the party leader.`, "We will win"},
		{"said Dr. Y", `"We will win," said Dr. Petra Smith, the party leader.`, ""},
		{"said Eng. X, a title of another language", `"We will win," said Eng. Anna K. Novak, head of dam safety.`, "We will win"},
		{"said Dott. X", `"We will win," said Dott. Anna Novak.`, "We will win"},
		{"said Det. Lt. X, two police ranks abbreviated", `"We will win," said Det. Lt. Anna Novak, who leads the inquiry.`, "We will win"},
		{"said Det. Supt. Y", `"We will win," said Det. Supt. Petra Smith, who leads the inquiry.`, ""},
		{"said Eng. Y", `"We will win," said Eng. Petra Smith, head of dam safety.`, ""},
		{"said X with a middle initial", `"We will win," said Anna K. Novak, the party leader.`, "We will win"},
		{"said Y with a middle initial", `"We will win," said Petra K. Smith, the party leader.`, ""},
		{"said title X", `"We will win," said party leader Anna Novak.`, "We will win"},
		{"X wrote that", `Novak wrote on Facebook that "we will win".`, "we will win"},
		{"a participle clause before X said", `Speaking to reporters, Novak said: "We will win."`, "We will win."},
		{"X colon", `Novak: "We will win."`, "We will win."},
		{"title, X, has said colon", `The director, Anna Novak, has said: "We will win."`, "We will win."},
		{"X has said colon", `Anna Novak has said: "We will win."`, "We will win."},
		{"a relative clause in the insertion names no one", `The governor, who met Novak, has said: "We will win."`, ""},
		{"X, title, firm, who clause, said colon", `Anna Novak, Chairman, Hartwell Americas, who ran the sale, said: "We will win."`, "We will win."},
		{"X, a long title, who clause, said colon", `Anna Novak, Chief Executive Officer of Emskueste Bank, who will become deputy, said: "We will win."`, "We will win."},
		{"nor a phrase of time", `The governor, after meeting Novak, said: "We will win."`, ""},
		{"nor what follows of", `The mayor, a critic of Novak, said: "We will win."`, ""},
		{"X, who told Y: quote", `It followed remarks by Governor Anna Novak, who told a conference in Lisbon: "We will win."`, "We will win."},
		{"an aide to X, who told Y: quote", `The line came from an aide to Novak, who told a conference: "We will win."`, ""},
		{"remarks by X, who told Y: quote", `The bank pointed to remarks by Governor Anna Novak, who told a conference: "We will win."`, "We will win."},
		{"X handed over to Y, who told Z: quote", `Novak handed over to Tom Berg, who told a conference: "We will win."`, ""},
		{"X, the title of Y, who told Z quote, said", `Anna Novak, the party's head of strategy, who told members "we will win," said the vote was over.`, "we will win"},
		{"Novak thanked Y, the title, who told Z: quote", `Novak thanked Tom Berg, the party's head of strategy, who told members: "We will win."`, ""},
		{"an aide to X, the title, who told Z: quote", `The advice came from an aide to Anna Novak, the mayor, who told members: "We will win."`, ""},
		{"X thanked Y, who told Z: quote", `Novak thanked Tom Berg, who told the meeting: "We will win."`, ""},
		{"she in the same sentence as X", `Novak, who leads the inquiry, put it plainly when she said we were "going to win".`, "going to win"},
		{"when X told Z that quote, she was also telling", `When Novak told members that "we will win", she was also telling the rivals something.`, "we will win"},
		{"when X told Z that quote, Smith was also telling", `When Novak told members that "we will win", Smith was also telling the rivals.`, ""},
		{"curly single quotes", `‘We will win,’ said Novak.`, "We will win"},
		{"the speaker's spokesman said it", `"We will win," Novak's spokesman said.`, ""},
		{"said Smith, the speaker named after", `"We will win," said Smith, echoing Novak.`, ""},
		{"said X misspelt a letter off", `"We will win," said Nowak.`, "We will win"},
		{"said another name, two letters off", `"We will win," said Nolan.`, ""},
		{"a role a letter off is another role", `"We will win," said the ministers.`, ""},
		{"a capitalised role a letter off is another role too", `"We will win," said Finance Ministers from three countries.`, ""},
		{"a misspelt speaker's spokesman said it", `"We will win," Nowak's spokesman said.`, ""},
		{"the speaker named in a clause before Smith said", `Asked about Novak, Smith said "we will win".`, ""},
		{"a statement repeated X's position colon", `The statement repeated Novak's position: "We will win."`, "We will win."},
		{"the words of X comma", `The party closed, in the words of Novak, "we will win".`, "we will win"},
		{"Smith, echoing X's position, said colon", `Smith, echoing Novak's position, said: "We will win."`, ""},
		{"X's office wrote colon", `Novak's office wrote: "We will win."`, ""},
		{"Smith said, rejecting X's position, colon", `Smith said, rejecting Novak's position: "We will win."`, ""},
		{"X, whose words quote were printed, said that", `Novak, whose words that night – "We will win" – were printed everywhere, said on Friday that the vote was over.`, "We will win"},
		{"Y, whose words quote were printed, said that", `Smith, whose words that night – "We will win" – were printed everywhere, said on Friday that the vote was over.`, ""},
		{"X spoke, and quote is what Y said", `Novak spoke first, and "We will win" is what Smith said after her.`, ""},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			if got := attributedPassages(t, tt.text, "Novak", "the minister", "Finance Minister"); got != tt.want {
				t.Errorf("passages of Novak in %q\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// A relative "who" stands for the whole name before the comma, over the
// particles of a surname, and for no one before it.
func TestAttributionWhoParticles(t *testing.T) {
	tests := []struct {
		text, want, why string
	}{
		{`Berg thanked Maria de la Cruz, who told the meeting: "We will win."`, "We will win.", "a surname of three words"},
		{`Berg interviewed de la Cruz, who told the meeting: "We will win."`, "We will win.", "a surname alone"},
		{`De la Cruz thanked Tom Berg, who told the meeting: "We will win."`, "", "the name before the verb is not who"},
		{`Berg thanked Ana van der Berg, who told the meeting: "We will win."`, "", "particles of another name"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, attributedPassages(t, tt.text, "Maria de la Cruz", "de la Cruz"), tt.text)
		})
	}
}

// compareText compares a source's quotation with a canonical wording and
// says what the checker makes of it.
func compareText(canon, src string) string {
	m := newQuoteMatcher(quoteFact(canon))
	c, _, ok := m.judge(&passage{Passage: document.Passage{Text: text.Fold(src)}})
	switch {
	case !ok:
		return "unrelated"
	case c.verbatim():
		return "verbatim"
	}
	return "reworded: " + c.describe()
}

func TestCompareQuotes(t *testing.T) {
	tests := []struct {
		canon, src, want string
	}{
		// Near-verbatim pairs that must agree.
		{"We will not stop.", "we will NOT stop", "verbatim"},
		{"In order to neutralise the criminal act", "In order to neutralize the criminal act", "verbatim"},
		{"The attack paralysed public services", "The attack paralyzed public services", "verbatim"},
		{"We must organise our defence", "We must organize our defense", "verbatim"},
		{"an ill-considered and short-sighted action", "an ill-considered and shortsighted action", "verbatim"},
		{"another attack (committed by) the same aggressors", "another attack the same aggressors", "verbatim"},
		{"another attack the same aggressors", "another attack [by] the same aggressors", "verbatim"},
		{"we will fight and we will win in the end", "we will fight ... we will win in the end", "verbatim"},
		{"the cyber attack failed its purpose", "the cyberattack failed its purpose", "verbatim"},
		{"paralyse public services and hack data and electronic communications", "public services and hack data", "verbatim"},
		{"The attack failed its purpose", "The attack failed its purpose. All systems are back.", "verbatim"},
		{"Never again", "and they said never again, as always", "verbatim"},
		{"America's support for the accusation", "America’s support for the accusation", "verbatim"},
		// Speech contracts a verb after a pronoun, and "not" after a verb:
		// compared contracted, the two are word for word.
		{"We would rather move everyone twice", "We’d rather move everyone twice", "verbatim"},
		{"We had moved everyone twice", "We'd moved everyone twice", "verbatim"},
		{"that is all that matters tonight", "that's all that matters tonight", "verbatim"},
		{"we do not leave anyone behind here", "we don't leave anyone behind here", "verbatim"},
		{"we will not leave anyone behind here", "we won't leave anyone behind here", "verbatim"},
		{"the ferry cannot sail in this fog", "the ferry can not sail in this fog", "verbatim"},
		{"the ferry cannot sail in this fog", "the ferry can't sail in this fog", "verbatim"},
		{"we would rather move everyone twice", "we will rather move everyone twice", `reworded: "would" → "will"`},
		{"no phone is worth a burned hand and we will not sell another one until it is safe", "will not sell another one until it is safe", "verbatim"},
		{"no phone is worth a burned hand and we will not sell another one until it is safe", "we'll not sell another one until it's safe", "verbatim"},
		{"no phone is worth a burned hand and we will not sell another one until it is safe", "we'll not sell another one until it's sure", `reworded: "safe" → "sure"`},
		{"the mayor is all that matters tonight", "the mayor's all that matters tonight", `reworded: "is" → "'s"`},
		// A partial quotation whose first word stands earlier in the
		// sheet's wording too: aligned where it stands in a row.
		{"we do this for ourselves and we do it for every child who looks up", "for every child who looks up", "verbatim"},
		{"we do this for ourselves and we do it for every child who looks up", "for every adult who looks up", `reworded: "child" → "adult"`},
		// A partial quotation bends its edge words to the writer's sentence.
		{"This budget keeps our promises to neighborhoods.", "keep our promises to neighborhoods", "verbatim"},
		{"We opened the doors to everyone who called.", "open the doors to everyone who calls", "verbatim"},
		{"We will never raise the fare for anyone.", "raised the fare for anyone", `reworded: "we will never raise" → "raised"`},
		{"This budget keeps our promises to neighborhoods.", "keep our promises to investors", `reworded: "this budget keeps" → "keep"; "neighborhoods" → "investors"`},
		{"They spent years like that, for two years, and tonight the clock agreed.", "steep but visible for two years", "unrelated"},
		{"These pills were made in clandestine labs with no controls whatsoever, and they were heading for people's cabinets.", "cooked up in clandestine labs with no controls at all", `reworded: "were made" → "cooked up"; "whatsoever and" → "at all"`},
		{"For ninety-five years this city has crossed the river on borrowed time. From today, it crosses on a bridge.", "crossing the river on borrowed time for a century", `reworded: "crossed" → "crossing"; "from today it crosses on" → "for"; "bridge" → "century"`},
		// Paraphrases that must not agree, with what differs.
		{"the designer of this scenario is America", "the originator of this scenario is America", `reworded: "designer" → "originator"`},
		{"We will not stop fighting them", "We will stop fighting them", `reworded: "not" → (missing)`},
		{"the support shows that America is behind it", "the support show that America is behind it", `reworded: "shows" → "show"`},
		{"staff have 24 hours to leave the country", "staff have 48 hours to leave the country", `reworded: "24" → "48"`},
		// A reordering: the moved words show where they left; the source's
		// words after the end of the sheet's wording are not compared.
		{"condemned by its allies and friendly countries", "condemned by its friendly countries and allies", `reworded: "allies and" → (missing)`},
		{"we shall advise the government", "we shall advize the government", `reworded: "advise" → "advize"`},
		{"their expertise is unmatched today", "their expertize is unmatched today", `reworded: "expertise" → "expertize"`},
		{"our quick and firm response is ready", "our swift and firm response is ready", `reworded: "quick" → "swift"`},
		// A passage that goes on past the sheet's wording, its last word
		// changed: compared on the quote's length, not the whole passage.
		{"No ferry will be left without a crew", "No ferry will be left without a captain. The port will hire sailors from every island until the last ship sails again", `reworded: "crew" → "captain"`},
		{"No ferry will be left without a crew", "No ferry will be left without a crew. The port will hire sailors", "verbatim"},
		// About something else.
		{"We will win the vote", "The weather is fine today", "unrelated"},
		{"the attack failed its purpose", "the purpose of the visit", "unrelated"},
		{"We will win the vote in the end", "we will see about that", "unrelated"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			if got := compareText(tt.canon, tt.src); got != tt.want {
				t.Errorf("canonical %q\n source %q\n got  %s\n want %s", tt.canon, tt.src, got, tt.want)
			}
		})
	}
}

func TestSimilarityThresholds(t *testing.T) {
	canon := quoteWords(text.Fold("one two three four five six seven eight nine ten"))
	tests := []struct {
		src     string
		shared  int
		similar float64
	}{
		{"one two three four five six seven eight nine ten", 10, 1},
		{"one two three four five six seven eight nine eleven", 9, 0.9},
		{"one two three x x x x x x x", 3, 0.3},
	}
	for _, tt := range tests {
		c := compareQuote(canon, quoteWords(tt.src))
		if c.shared != tt.shared || c.similarity != tt.similar {
			t.Errorf("%q: shared %d similarity %.2f, want %d %.2f", tt.src, c.shared, c.similarity, tt.shared, tt.similar)
		}
	}
	if tests[2].similar >= minSimilarity {
		t.Fatal("the third pair should fall below the threshold")
	}
}

// TestWordMaskNeverHidesASpeaker holds names with its mask to a plain
// search: the mask may only pass over lists that cannot name the speaker.
func TestWordMaskNeverHidesASpeaker(t *testing.T) {
	a := newAttribution([]string{"Jane Smith", "the minister", "Smyth", "O'Neill-Ross"})
	for _, s := range []string{
		"said Jane Smith on Monday", "the minister said", "Jane said; Smith did not",
		"according to Smyth", "o neill ross added", "minister the", "", "jane smith",
	} {
		phrase := s
		ws := text.Words(phrase)
		want := false
		for _, s := range a.speakers {
			want = want || containsWords(ws, s)
		}
		assert.Equal(t, want, a.names(newWordList(ws)), "%q", phrase)
	}
}

func TestJoinWordsPutsApostrophesBack(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  string
	}{
		{[]string{"america", "s", "immediate"}, "america's immediate"},
		{[]string{"we", "don", "t", "know"}, "we don't know"},
		{[]string{"they", "re", "here"}, "they're here"},
		{[]string{"s"}, "'s"},
		{[]string{"d", "rather"}, "'d rather"},
		{[]string{"plan", "b"}, "plan b"},
	} {
		assert.Equal(t, tt.want, joinWords(tt.words))
	}
}

// A passage of three words shares too little with a long quote to be a
// rewording of it: only verbatim is it the quote.
func TestShortPassagesOnlyVerbatim(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The mayor refused to pay.\n    quote: We will not pay a single penny to criminals, and we will not be held to ransom.\n    speaker: [Mayor Lund, Lund]\n"
	assertVerdicts(t, sheet, "2026-03-10", []verdictCase{
		{`"Not a penny," Mayor Lund said on Sunday.`, "silent", "three words, not verbatim: another remark, no misquote"},
		{`"Not a single penny," Mayor Lund said on Sunday.`, "contradicts", "four words, three of them the quote's: compared as ever"},
		{`"A single penny," Mayor Lund said on Sunday.`, "agrees", "three words verbatim: a fragment of the quote"},
	})
}

func TestQuoteCloserToAnotherFact(t *testing.T) {
	sheet := `facts:
  - id: bridge
    claim: The mayor promised the bridge.
    quote: We will rebuild the bridge before the winter comes, whatever it costs.
    speaker: [Mayor Lund, Lund]
  - id: school
    claim: The mayor promised the school.
    quote: We will rebuild the school before the summer, whatever it takes.
    speaker: [Mayor Lund, Lund]
`
	tests := []struct {
		text           string
		bridge, school Verdict
		why            string
	}{
		{`Mayor Lund said: "We will rebuild the school before the summer, whatever it takes."`, Silent, Agrees,
			"verbatim for the school: not a rewording of the bridge"},
		{`Mayor Lund said: "We will rebuild the bridge before the autumn comes, whatever it costs."`, Contradicts, Silent,
			"closer to the bridge than to the school: a rewording of the bridge"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2024-05-02"})
			assert.Equal(t, tt.bridge, r.CellAt(0, 0).Verdict, "bridge")
			assert.Equal(t, tt.school, r.CellAt(1, 0).Verdict, "school")
		})
	}
}

// A quote whose speaker is named a letter off is hers when it is word for
// word; reworded, it is unsure, as the name may be another person's.
func TestSpeakerALetterOff(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: Novak said the team would win the league.\n    quote: We will win the league this year\n    speaker: [Anna Novak, Novak]\n"
	assertVerdicts(t, sheet, "2025-05-01", []verdictCase{
		{`"We will win the league this year," said Nowak.`, "agrees", "verbatim, the speaker misspelt a letter off"},
		{`"We will lose the league this year," said Nowak, the rival coach.`, "unsure", "reworded: the name may be another person's"},
		{`"We will lose the league this year," said Novak.`, "contradicts", "reworded by the speaker named right"},
		{"The club's manager, Anna Nowak, spoke after the match. \"We will lose the league this year,\" said Nowak.", "contradicts", "the sentence before names her in full, her given name right: the same misspelling is hers"},
		{"Anna Novak faced her old rival Ewa Nowak in the final. \"We will lose the league this year,\" said Nowak.", "unsure", "the sentence before names another Nowak: the name may be hers"},
		{"The rival coach, Ewa Nowak, was asked about the title. \"We will lose the league this year,\" said Nowak.", "unsure", "a role of the sheet's and another given name: someone else, perhaps"},
		{`Anna Nowak, the club's head coach, said "we will win the league this year".`, "agrees", "a possessive in the apposition after the name is no owner of the speaker"},
		{`Nowak's assistant said "we will win the league this year".`, "silent", "the speaker misspelt as the owner of who speaks: someone else's words"},
	})
}

// A transcript's line after a speaker's label is that speaker's quote:
// the label alone says who speaks it, and a paragraph with quote marks, or
// a label that is no capitalised name, is read as before.
func TestSpeakerLabelledLines(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The officer said the outbreak was preventable.\n    quote: This outbreak was preventable, and we knew the rates were too low.\n    speaker: [Achterberg]\n"
	assertVerdicts(t, sheet, "2026-04-20", []verdictCase{
		{"ACHTERBERG: This outbreak was preventable, and we knew the rates were too low.", "agrees", "the labelled line is the speaker's quote"},
		{"Dr Achterberg (health officer): This outbreak was avoidable, and we knew the rates were too low.", "unsure", "a label of capitalised words and a bracket; one word changed: unsure, as a labelled line may render the words"},
		{"REPORTER: Was this outbreak preventable, and did you know the rates were too low?\n\nACHTERBERG: Yes.", "silent", "another speaker's line is not attributed by the next label"},
		{"note: this outbreak was preventable, and we knew the rates were too low.", "silent", "a label in lower case is no speaker's"},
		{"Achterberg: this outbreak was preventable, and we knew the rates were too low.", "silent", "a label of one word not in capitals labels prose (\"Note:\", \"Deprecated:\")"},
		{"Dr Achterberg: Outbreak preventable, rates too low", "silent", "a headline, with no stop, is no transcript's line"},
		{"ACHTERBERG: This outbreak was avoidable, we knew the rates were too low.", "unsure", "a line after a label that differs may render the words: unsure"},
	})
}

// A paragraph with no quote marks after one that ends by introducing
// speech ("She said:") is what was said: a blockquote's marks are markup,
// and scraped pages lose them. A lead-in that is no saying, or a paragraph
// that is no spoken sentence, is read as before.
func TestIntroducedParagraphs(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The director said the fees would be refunded.\n    quote: Every family will get its fees back before the winter term.\n    speaker: [Ilse Vandermeer, Vandermeer, the director]\n"
	assertVerdictsIn(t, "a.md", sheet, "2026-04-20", []verdictCase{
		{"Director Ilse Vandermeer said:\n\n> Every family will get its fees back before the winter term.\n", "agrees", "a blockquote after \"said:\" quotes the speaker named there"},
		{"Director Ilse Vandermeer said:\n\n> Every family will get its fees back before the spring term.\n", "contradicts", "and a word changed in it is a misquote"},
		{"The school's director is Ilse Vandermeer. She wrote to parents:\n\nEvery family will get its fees back before the spring term.\n", "contradicts", "a pronoun's lead-in, the speaker named just before; marks lost as on a scraped page"},
		{"Director Ilse Vandermeer has a plan:\n\n> Every family will get its fees back before the spring term.\n", "silent", "a lead-in with no verb of saying introduces no speech"},
		{"Parents' spokesman Tomas Brandt said:\n\n> Every family will get its fees back before the spring term.\n", "silent", "another person introduced: not the speaker's"},
		{"Director Ilse Vandermeer said:\n\n> every family gets fees back before spring term\n", "silent", "no capital and no stop: a line of notes, not spoken sentences"},
		{"Director Ilse Vandermeer said. The letter follows.\n\nEvery family will get its fees back before the spring term.\n", "silent", "a paragraph that does not end with a colon introduces nothing"},
		{"Director Ilse Vandermeer said the plan was simple:\n\n> Every family will get its fees back before the spring term.\n", "silent", "more than three words between the verb of saying and the colon: what follows is no quote of hers"},
		{"Contrary to posts online, Director Ilse Vandermeer never said:\n\n> Every family will get its fees back before the spring term.\n", "silent", "a negation in the lead-in: no quote"},
	})
}

// A paragraph with no quote marks that opens with a dash is speech, as
// Polish, Nordic and Spanish papers set it off, when a verb of saying of
// those languages stands in the few words after it: to the next dash after
// a space, or to a comma before a short closing clause. A list's dash, or
// an English one, quotes nothing.
func TestDashedSpeech(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The chair said no school would close.\n    quote: We will not close a single school.\n    speaker: [Karin Berg, Berg]\n    accepted: [\"Vi kommer inte att stänga en enda skola.\", \"Nie zamkniemy ani jednej szkoły.\", \"No cerraremos ni una sola escuela.\"]\n"
	assertVerdicts(t, sheet, "2026-04-20", []verdictCase{
		{"– Vi kommer inte att stänga en enda skola, sade Karin Berg.", "agrees", "Swedish: the dash to the comma before a short clause of saying"},
		{"Karin Berg talade länge.\n\n– Vi kommer inte att stänga en enda skola, sade hon.", "agrees", "the speaker named in the paragraph before, a pronoun after the verb"},
		{"– Nie zamkniemy ani jednej szkoły – mówiła Karin Berg podczas sesji.", "agrees", "Polish: the dash to the next dash after a space"},
		{"—No cerraremos ni una sola escuela —dijo Karin Berg—.", "agrees", "Spanish: the em dash, closed the same way"},
		{"Wniosek złożyła Karin Berg. – Nie zamkniemy ani jednej szkoły – mówiła. Sala odpowiedziała „Brawo!”.", "agrees", "a dash after a sentence's stop opens speech too, beside a passage in quote marks"},
		{"Szkoły – jak mówiła Karin Berg – nie zamkniemy ani jednej szkoły.", "silent", "a dash inside a sentence is an aside, no speech"},
		{"– Vi kommer inte att stänga en enda skola.", "silent", "no verb of saying after it: a list's item"},
		{"Karin Berg talade länge.\n\n– Vi kommer att stänga två skolor, sade oppositionsrådet Per Ek.", "silent", "another speaker named after the verb: not hers, though she was named before"},
		{"Karin Berg habló en el pleno.\n\n«No cerraremos ni una sola escuela», han escrito los padres en una carta.", "silent", "Spanish han before a participle is have, no Nordic pronoun: the parents wrote it"},
		{"– We will not close a single school, Karin Berg said.", "silent", "an English verb: English sets no speech off with a dash"},
	})
}

// A passage closest to an accepted rendering that shares little wording
// with the quote's own, a translation, is unsure when it differs from it:
// another translator words the same quote otherwise. An accepted variant
// in the quote's own words still makes a rewording a contradiction.
func TestTranslatedRenderings(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The warden said no trap had been found.\n    quote: We have not found a single trap in this forest for two years.\n    speaker: [Marit Olsen, Olsen]\n    accepted: [\"Non abbiamo trovato una sola trappola in questo bosco da due anni.\", \"We have not found one trap in this forest for two years.\"]\n"
	assertVerdicts(t, sheet, "2026-04-20", []verdictCase{
		{"\"Non abbiamo trovato una sola trappola in questo bosco da due anni\", ha detto Marit Olsen.", "agrees", "the accepted translation itself"},
		{"\"In questo bosco non troviamo una trappola da due anni\", ha detto Marit Olsen.", "unsure", "another translation of the same words: no misquote for certain"},
		{"\"Non abbiamo trovato una sola trappola in questo bosco da tre anni\", ha detto Marit Olsen.", "unsure", "a word changed in a translation: another translator's, or a misquote, read for review"},
		{"\"We have not found one trap in this forest for three years,\" said Marit Olsen.", "contradicts", "closest to an accepted variant in the quote's own words: a rewording"},
	})
}

// A quotation in a heading is a headline's pull-quote: it names no
// speaker, and the sentences around it give it none.
func TestQuotesInHeadings(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The warden said no trap had been found.\n    quote: We have not found a single trap in this forest for two years.\n    speaker: [Marit Olsen, Olsen]\n"
	assertVerdictsIn(t, "a.md", sheet, "2026-04-20", []verdictCase{
		{"## 'Not a single trap'\n\nWarden Marit Olsen has patrolled for 19 years.\n", "silent", "a heading's quotation is nobody's, though the name stands in the sentence after"},
		{"'Not a single trap,' said Marit Olsen.\n\nShe has patrolled for 19 years.\n", "contradicts", "the same words in prose, attributed: a quotation cut short differs"},
		{"## The warden speaks\n\n\"We have not found a single trap in this forest for two years,\" said Marit Olsen.\n", "agrees", "a quotation under a heading is read as ever"},
		{"**09:14 - 'Not a single trap' - warden Marit Olsen**\n\nShe has patrolled for 19 years.\n", "silent", "a live blog entry's title, bold from end to end: a pull-quote, nobody's"},
		{"**Update:** 'Not a single trap,' said Marit Olsen.\n", "contradicts", "a bold lead-in only: the quotation after it is prose"},
		{"**14:05**\nWarden Marit Olsen: \"We have not found a single trap in this forest for a year.\"\n", "contradicts", "a bold stamp on the line before, in the same paragraph: the quotation's own line is prose"},
		{"Read more:\n\n- Warden Marit Olsen: \"not found one trap in this forest\"\n", "unsure", "a related link's label and quote: a headline's, which quotes in short"},
		{"\"Not found one trap in this forest\" – warden Marit Olsen\n", "unsure", "a quote and its speaker after a dash, alone on a line: a headline's"},
		{"Warden Marit Olsen said: \"We have not found a single trap in this forest for a year.\"\n", "contradicts", "a colon after a verb of saying, and a stop: prose"},
		{"Marit Olsen: \"Not Found One Trap In This Forest\" - Warden Ends Two-Year Patrol\n", "unsure", "a label and quote with a subtitle after a dash, no stop: a headline's"},
		{"Marit Olsen: \"not found one trap in this forest\" - and she was sure of it.\n", "contradicts", "a tail that ends with a stop is prose"},
		{"Marit Olsen told reporters: \"not found one trap in this forest\" - then she left the hall\n", "contradicts", "a label ending with a verb of saying, a tail in lower case: prose with no stop"},
	})
}

// A number a quotation spells and one it writes in digits are one word:
// "thirty-eight" matches "38", and a different figure still differs.
func TestQuotedNumbers(t *testing.T) {
	tests := []struct {
		canon, src, want, why string
	}{
		{"it came down to thirty-eight minutes", "it came down to 38 minutes", "verbatim", "a ten and a unit spelled, the source in digits"},
		{"six years of waiting", "6 years of waiting", "verbatim", "a unit spelled"},
		{"it came down to thirty-eight minutes", "it came down to 48 minutes", `reworded: "38" → "48"`, "another figure differs as ever"},
		{"a plan and a half", "a plan and a half", "verbatim", "\"a\" stays a word"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, compareText(tt.canon, tt.src))
		})
	}
}

// A quote split around its attribution may leave out the "and" that joined
// its parts: that is how writers split a quote, no rewording. Any other
// word left out there, or an "and" left out elsewhere, still differs.
func TestQuotesSplitAtASeam(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The coach praised the winger.\n    quote: He is a rare talent, and we believe he can become one of the best in the world.\n    speaker: [Ines Varga, Varga]\n"
	assertVerdicts(t, sheet, "2026-07-15", []verdictCase{
		{`"He is a rare talent," Varga said. "We believe he can become one of the best in the world."`, "agrees", "the and at the seam left out"},
		{`"He is a rare talent," Varga said, "we believe he can become one of the best in the world."`, "agrees", "so with a comma after the attribution"},
		{`"He is a rare talent, we believe he can become one of the best in the world," Varga said.`, "unsure", "an and left out of a quote in one piece, nothing else changed: a cut with no ellipsis, unsure (see TestCutQuote)"},
		{`"He is a rare talent," Varga said. "And we believe he can become one of the best in the world."`, "agrees", "the and kept at the seam is verbatim as ever"},
		{`"He is a rare," Varga said. "We believe he can become one of the best in the world."`, "unsure", "a word left out before the seam, nothing added: a cut, unsure"},
		{`"He can become one of the best in the world," Varga told TV2. "That was clear from the start."`, "agrees", "a verbatim part, and a part that shares nothing with the quote: something else she said"},
		{`"He is a rare talent," Varga said. "We know he will become the best in the world."`, "contradicts", "a second part that shares the quote's words may misquote it: compared whole"},
	})
	const plea = "facts:\n  - id: q\n    claim: The mayor pleaded.\n    quote: Roofs can be mended. Lives cannot. Leave now.\n    speaker: [Ines Varga, Varga]\n"
	assertVerdicts(t, plea, "2026-07-15", []verdictCase{
		{`Her plea, "Roofs can be mended. People cannot.", went round the town, Varga said.`, "contradicts", "a quote in one piece, its second sentence changed: no attribution parts it, so it is compared whole"},
	})
	const not = "facts:\n  - id: q\n    claim: The coach ruled out a sale.\n    quote: He is not for sale, we believe he will stay for years.\n    speaker: [Ines Varga, Varga]\n"
	assertVerdicts(t, not, "2026-07-15", []verdictCase{
		{`"He is for sale," Varga said. "We believe he will stay for years."`, "contradicts", "only a conjunction may go at a seam, not a negation"},
	})
}

// A column's header is read before each of its cells, every word of it
// mapped to the cell: a quote interrupted in a header has both its parts
// at one offset, and must not be read as running backwards.
func TestQuoteInAColumnHeader(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The coach urged calm.\n    quote: Calm, always.\n    speaker: [Ines Varga, Varga]\n"
	const md, html = "| %s |\n|---|\n| 5 |\n", "<table><tr><th>%s</th></tr><tr><td>5</td></tr></table>\n"
	for _, f := range []struct{ path, table string }{{"s.md", md}, {"s.html", html}} {
		assertVerdictsIn(t, f.path, sheet, "2026-07-15", []verdictCase{
			{fmt.Sprintf(f.table, `"Calm," Varga said, "always."`), "agrees", "a header's interrupted quote, read before its cell, joined"},
			{fmt.Sprintf(f.table, `"Calm," Varga said, "never."`), "silent", "a short quote that differs is only another quote"},
		})
	}
}

// A quote written as two sentences may leave out the "and" that joined
// them, as one split around its attribution may; a word left out elsewhere
// is a cut, unsure.
func TestQuotesSplitIntoSentences(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The director admitted the release was rushed.\n    quote: We moved too fast with 5.3.0 and our customers paid the price for it\n    speaker: [Lena Brandt, Brandt]\n"
	assertVerdicts(t, sheet, "2026-03-14", []verdictCase{
		{`"We moved too fast with 5.3.0. Our customers paid the price for it," Brandt said.`, "agrees", "the and left out where the quote's first sentence ends"},
		{`"We moved too fast with 5.3.0, our customers paid the price for it," Brandt said.`, "unsure", "left out with no sentence ending there: a cut, unsure, not agreeing"},
		{`"We moved too fast. Our customers paid the price for it," Brandt said.`, "unsure", "words left out elsewhere: a cut, unsure"},
	})
}

// A verb of saying of a language that leaves out the subject pronoun
// ("añadió", "contó") stands for "he said": the speaker named in the
// sentences before is the one who speaks.
func TestProDropSaying(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The runner dedicated the record to his mother.\n    quote: Este récord es para mi madre\n    speaker: [Daniel Kiptoo, Kiptoo]\n"
	assertVerdicts(t, sheet, "2026-04-13", []verdictCase{
		{"Kiptoo ganó en Róterdam. La carrera fue rápida. Y añadió, emocionado: \"Este récord es para mi madre\".", "agrees", "añadió alone: he added, the speaker named two sentences before"},
		{"Kiptoo ganó en Róterdam. La carrera fue rápida. \"Este récord es para mi padre\", contó después.", "contradicts", "contó alone: he told, and the quote differs"},
		{"Kiptoo ganó en Róterdam. \"Este récord es para mi madre\", dijo su entrenador Pérez.", "silent", "a verb with a subject of its own: another sayer"},
		{"Kiptoo ha vinto a Rotterdam. «Este récord es para mi padre», ha detto ai giornalisti.", "contradicts", "Italian ha detto alone: he said"},
		{"Kiptoo ha vinto a Rotterdam. «Este récord es para mi padre», ha detto lui.", "contradicts", "and with lui after it"},
		{"Kiptoo ha vinto a Rotterdam. «Este récord es para mi padre», ha detto Giulio Neri.", "silent", "ha detto with a name after it: another sayer"},
		{"Kiptoo ha vinto a Rotterdam. «Este récord es para mi padre», hanno detto i tifosi.", "silent", "hanno detto: they said, not he"},
		{"Kiptoo ha vinto a Rotterdam. «Este récord es para mi padre», avrebbe detto ai giornalisti.", "silent", "avrebbe detto: hearsay, no he said"},
	})
}

// A verb of saying of German, French or Dutch with a subject pronoun
// beside it ("sagte er", "a-t-il déclaré", "zei hij") is "he said": the
// speaker named in the sentences before speaks.
func TestOtherLanguagePronounSaying(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The runner dedicated the record to his mother.\n    quote: Este récord es para mi madre\n    speaker: [Daniel Kiptoo, Kiptoo]\n"
	assertVerdicts(t, sheet, "2026-04-13", []verdictCase{
		{"Kiptoo gewann in Rotterdam. Das Rennen war schnell. \"Este récord es para mi padre\", sagte er.", "contradicts", "sagte er: he said, the speaker named two sentences before"},
		{"Kiptoo a gagné à Rotterdam. La course était rapide. « Este récord es para mi padre », a-t-il déclaré.", "contradicts", "a-t-il déclaré: he declared"},
		{"Kiptoo won in Rotterdam. De race was snel. \"Este récord es para mi padre\", zei hij.", "contradicts", "zei hij: he said"},
		{"Kiptoo gewann in Rotterdam. \"Este récord es para mi padre\", sagte ein Zuschauer.", "silent", "sagte with a subject of its own: another sayer"},
		{"Kiptoo gewann in Rotterdam. « Este récord es para mi padre », a déclaré son entraîneur.", "silent", "a French verb of saying with its own subject: another sayer"},
		{"Kiptoo gewann in Rotterdam. \"Este récord es para mi padre\", sagte Kiptoo.", "contradicts", "the speaker named as the subject"},
	})
}

// A speaker telling what they said before ("I said on the day that ...")
// reports the earlier words in the words of now: a rewording there is
// unsure, no misquote.
func TestSelfReportedQuote(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The director praised the run.\n    quote: This course has never seen a run like that.\n    speaker: [Ada Whitcomb, Whitcomb]\n"
	assertVerdicts(t, sheet, "2026-04-13", []verdictCase{
		{"\"I said on the day that this course had never seen a run like that,\" Whitcomb said.", "unsure", "I said ... that: her earlier words reported, not repeated"},
		{"\"This course has never seen a race like that,\" Whitcomb said.", "contradicts", "no such report: a misquote"},
	})
}

// A passage that only leaves words of the quote out, with no ellipsis, is
// a cut that may keep the meaning: unsure; a negation left out turns it.
func TestCutQuote(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The champion said she ignored the ratings.\n    quote: I stopped looking at the ratings and just played the position in front of me.\n    speaker: [Ada Whitcomb, Whitcomb]\n"
	assertVerdicts(t, sheet, "2026-04-13", []verdictCase{
		{"\"I just played the position in front of me,\" Whitcomb said.", "unsure", "words left out, none added: a cut with no ellipsis"},
		{"\"I just played the board in front of me,\" Whitcomb said.", "contradicts", "a word changed too: a misquote"},
		{"\"I stopped looking at the ratings and played the position in front of me,\" Whitcomb said.", "unsure", "one word left out"},
	})
	const never = "facts:\n  - id: q\n    claim: The firm denied the leak.\n    quote: We have never shared a single customer record with anyone.\n    speaker: [Ada Whitcomb, Whitcomb]\n"
	assertVerdicts(t, never, "2026-04-13", []verdictCase{
		{"\"We have shared a single customer record with anyone,\" Whitcomb said.", "contradicts", "the negation left out turns the meaning: a misquote"},
	})
	const might = "facts:\n  - id: q\n    claim: The firm weighed a closure.\n    quote: We might have to close the plant in Leeds next year.\n    speaker: [Ada Whitcomb, Whitcomb]\n"
	assertVerdicts(t, might, "2026-04-13", []verdictCase{
		{"\"We have to close the plant in Leeds next year,\" Whitcomb said.", "contradicts", "a modal left out turns a possibility into a plan: a misquote"},
	})
}

// A passage that holds a whole sentence of the speaker's the quote does
// not, beside a rewording of the quote's words, may be another remark made
// on another occasion: unsure, no misquote.
func TestAnotherRemarkInThePassage(t *testing.T) {
	const sheet = "facts:\n  - id: q\n    claim: The coach owned the defeat.\n    quote: We did not see the second goal coming so late, and that is on me.\n    speaker: [Ilse Marten, Marten]\n"
	assertVerdicts(t, sheet, "2026-04-13", []verdictCase{
		{"\"We always knew the league would be hard this season. We did not see it coming so late,\" Marten said.", "unsure", "a sentence of its own beside the rewording: perhaps said in another interview"},
		{"\"We did not see it coming so late,\" Marten said.", "contradicts", "the rewording alone: a misquote"},
		{"\"We knew it. We did not see the second goal coming so early, and that is on me,\" Marten said.", "contradicts", "a sentence of three words is no remark of its own: the misquote stands"},
		{"\"We did not see the second goal coming so early. That is on me,\" Marten said.", "contradicts", "the quote split into two sentences, both its own: a misquote"},
		{"\"We saw the second goal coming so late. Nobody likes to hear this from a coach. And that is on me,\" Marten said.", "contradicts", "another sentence between the quote's halves: still one quote, reworded"},
	})
}
