package checks

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/spell"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// context fills in, once, what attribution looks at in the passage's own
// sentences.
func (p *passage) context(src *reading) {
	if p.contextDone {
		return
	}
	p.contextDone = true
	var own []string
	for k := p.First; k <= p.Last; k++ {
		own = append(own, src.outsideWords(&src.sents[k]).words...)
	}
	p.own = newWordList(own)
	p.pronoun, p.speech = text.AnyOf(own, pronouns), text.AnyOf(own, speechVerbs)
	if p.speech {
		for k := p.First; k <= p.Last; k++ {
			p.sayers = src.sayers(&src.sents[k], p.sayers)
		}
		// Verbs of saying that are none here ("has been repeated",
		// "Novak's repeated warnings"), and no noun of speech: no one is
		// said to speak.
		p.speech = len(p.sayers) > 0 || slices.ContainsFunc(own, func(w string) bool { return speechVerbs[w] && !sayingVerbs[w] })
	}
	for _, say := range []struct{ verbs, pronouns map[string]bool }{{otherSayingVerbs, otherPronouns}, {dashSayings, dashPronouns}} {
		if text.AnyOf(own, say.verbs) {
			p.speech = true                                                           // „...", sagte ein Zeuge; "– ..., sade oppositionsrådet Per Ek": someone speaks, the speaker only if named
			p.pronoun = p.pronoun || otherPronounSaying(own, say.verbs, say.pronouns) // „...", sagte er; « ... », a-t-il dit; "– ..., sade hon"
		}
	}
	if text.AnyOf(own, proDropSayings) {
		alone := false
		for k := p.First; k <= p.Last; k++ {
			alone = alone || proDropAlone(&src.sents[k])
		}
		p.pronoun, p.speech = p.pronoun || alone, true // "añadió:", "contó después": the verb holds its subject, as "he added" does; "dijo su entrenador Pérez" names another
	}
}

// sayingVerbs are the verbs whose subject is who speaks. "statement",
// "tweet" and the like among speechVerbs are nouns: "in a statement by".
var sayingVerbs = lexicon.Set("saying-verbs")

// maxSayer is how many words a sayer phrase holds at most, and
// maxSayerBefore how far back before the verb one is looked for, where a
// name with an apposition may stand ("Anna Novak, assistant commissioner
// of the Canadian Coast Guard's Atlantic region, told").
const (
	maxSayer       = 8
	maxSayerBefore = 24
)

// sayers appends to out, for each verb of saying outside the quotes of a
// sentence, the phrase that names who speaks: the words before the verb
// since the last quote ("Smith said", "Novak, the party leader, said";
// after commas only the last part, "Asked about Novak, Smith said", unless
// that part is an apposition or a relative clause), or when none stand
// there, the words after it up to a comma or stop ("said Smith, echoing
// Novak"). "According to X" gives X.
func (src *reading) sayers(sent *sentence, out []wordList) []wordList {
	ss := sayerScan{toks: sent.folded().tokens, s: sent.folded().norm.S, inside: src.quoted(sent)}
	toks := ss.toks
	for i, t := range toks {
		if ss.inside[i] {
			continue
		}
		if t.Text == "according" && i+2 < len(toks) && toks[i+1].Text == "to" && !ss.cut(i+1) && !ss.cut(i+2) {
			out = append(out, newWordList(ss.after(i+2)))
			continue
		}
		if !sayingVerbs[t.Text] || i == 1 && toks[0].Text == "that" {
			continue // "That said, she told reporters": no verb of saying
		}
		if ws := ss.sayerAt(i); ws != nil {
			out = append(out, newWordList(ws))
		}
	}
	return out
}

// sayerAt returns the phrase that names who speaks through the verb of
// saying at token i, or nil when it names no one: the agent after "by" of
// a passive ("Novak was told by the owners:", "told by Tom Berg, the
// chief executive:", "told by staff at the plant that"), unless a
// coordinator and a verb of saying follow ("warned by police but
// insisted:"); the verb alone,
// someone unnamed, for a passive of [hearer-verbs] with no agent ("She was
// told:"); nothing for another passive or a participle after a determiner
// ("His line has been repeated", "the posted notice") unless an owner
// stands before it ("Berg's repeated promise"); else the phrase before the
// verb, or after it.
func (ss sayerScan) sayerAt(i int) []string {
	prev, next := "", ""
	if i > 0 {
		prev = ss.toks[i-1].Text
	}
	if i+1 < len(ss.toks) {
		next = ss.toks[i+1].Text
	}
	switch {
	case passiveBe[prev] && next == "by" && i+2 < len(ss.toks) && !ss.cut(i+1) && !ss.cut(i+2):
		if ss.laterSaying(i + 2) {
			return nil // "was warned by police about the protest but insisted:", "told by them that the leak was small, and added:": the agent says nothing quoted
		}
		ws := ss.after(i + 2)
		if k := slices.IndexFunc(ws, func(w string) bool { return complementizers[w] }); k > 0 {
			ws = ws[:k] // "told by staff at the plant that": the staff
		}
		return ws // "told by Tom Berg, the operator's chief executive:"
	case passiveBe[prev] && hearerVerbs[ss.toks[i].Text]:
		return []string{ss.toks[i].Text}
	case determiners[prev] && !clauseRelatives[prev] && !ss.objectPronoun(i-1) || prev == "s" || passiveBe[prev]:
		if ws := ss.before(i); slices.Contains(ws, "s") {
			return ws
		}
		return nil
	}
	if ws := ss.before(i); ws != nil {
		return ws
	}
	if ws := ss.asideSubject(i); ws != nil {
		return ws
	}
	if ws := ss.after(i + 1); len(ws) > 0 && !ss.cut(i+1) && !(len(ws) > 1 && pronouns[ws[0]]) {
		return ws // "said Smith", not "said he expected": a pronoun with a verb after it opens what was said
	}
	return nil
}

// asideSubject returns, for a verb of saying at token i right after a
// relative clause set off by commas that holds a quote ("Anna Novak,
// who had promised crews would \"not stop\", said"), the words before the
// clause, which name who speaks; nil when no such clause stands there.
func (ss sayerScan) asideSubject(i int) []string {
	if i < 2 || !ss.comma(i) || !ss.inside[i-1] {
		return nil
	}
	k := i - 1
	for k > 0 && (ss.inside[k] || !ss.cut(k)) && !(relativeSubjects[ss.toks[k].Text] && ss.comma(k)) {
		k--
	}
	if k == 0 || !relativeSubjects[ss.toks[k].Text] || !ss.comma(k) || ss.inside[k] || !ss.sayingAfterWho(k) {
		return nil
	}
	return ss.before(k)
}

// sayingAfterWho reports whether the verb of the relative clause that
// "who" at token k opens, past auxiliaries and adverbs, is one of
// [aside-saying-verbs]: "who had promised that crews would", not "who
// mocked the mayor's promise to", "who protesters accused of".
func (ss sayerScan) sayingAfterWho(k int) bool {
	for j := k + 1; j < len(ss.toks) && j <= k+4 && !ss.inside[j]; j++ {
		w := ss.toks[j].Text
		if asideSayingVerbs[w] {
			return true
		}
		if !auxiliaries[w] && !sayerAdverbs[w] {
			return false
		}
	}
	return false
}

// asideSayingVerbs: see sayingAfterWho.
var asideSayingVerbs = lexicon.Set("aside-saying-verbs")

// laterSaying reports whether, from token from on, a coordinator comes
// before a verb of saying outside the quotes ("... but insisted:", ", and
// added:"): that verb's subject, not the agent before it, says the quote.
func (ss sayerScan) laterSaying(from int) bool {
	for k := from; k+1 < len(ss.toks) && !ss.inside[k]; k++ {
		if !coordinators[ss.toks[k].Text] {
			continue
		}
		j := k + 1
		if sayerAdverbs[ss.toks[j].Text] && j+1 < len(ss.toks) {
			j++ // "but later said"
		}
		if sayingVerbs[ss.toks[j].Text] && !ss.inside[j] {
			return true // "but insisted", "and added"; not "and they wrote", whose subject is another's
		}
	}
	return false
}

// objectPronoun reports whether token k is a pronoun of [object-pronouns]
// after a word of [object-prepositions] ("Those close to her said", "An
// aide to her told"): no determiner of the verb after it.
func (ss sayerScan) objectPronoun(k int) bool {
	return k > 0 && objectPronouns[ss.toks[k].Text] && objectPrepositions[ss.toks[k-1].Text]
}

// hearerVerbs are verbs of saying whose passive subject hears: "She was
// told", "Residents were warned". objectPronouns and objectPrepositions:
// see objectPronoun.
var hearerVerbs, objectPronouns, objectPrepositions = lexicon.Set("hearer-verbs"), lexicon.Set("object-pronouns"), lexicon.Set("object-prepositions")

// A sayerScan reads the phrases around the verbs of saying of a sentence.
type sayerScan struct {
	toks   []text.Token // the sentence's folded words
	s      string       // the folded text they are in
	inside []bool       // the words inside a quote
}

// cut reports whether the text between tokens i-1 and i ends a phrase: a
// quote, a stop or a bracket, or the sentence's start or end.
// initialAt reports whether token k is a single letter after a word: an
// initial in a name ("Diane M. Halvorsen").
func initialAt(toks []text.Token, k int) bool {
	t := toks[k].Text
	return k > 0 && len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' && toks[k-1].End < toks[k].Start
}

func (ss sayerScan) cut(i int) bool {
	if i <= 0 || i >= len(ss.toks) || ss.inside[i] || ss.inside[i-1] {
		return true
	}
	gap := ss.s[ss.toks[i-1].End:ss.toks[i].Start]
	if (titles[ss.toks[i-1].Text] || initialAt(ss.toks, i-1)) && strings.HasPrefix(gap, ".") {
		gap = gap[1:] // "said Dr. Renata Okafor": the title's dot; "said Diane M. Halvorsen": an initial's, which the sentence went on after
	}
	if ss.abbreviated(i-1) && (gap == "." || strings.HasPrefix(gap, ".,")) {
		// "8 a.m., said": the dot is the abbreviation's. Before a space
		// it may end a sentence the splitter kept whole ("at 8 a.m. The
		// chief said"), and stays a stop.
		gap = gap[1:]
	}
	if ss.insertion(i) {
		gap = strings.NewReplacer("(", "", ")", "").Replace(gap) // "Rui Valadares, president of the union (SDU), told"
	}
	return strings.ContainsAny(gap, ".;:!?\"()[]")
}

// maxInsertion is how many words a bracketed insertion inside a sayer
// phrase holds at most: an acronym, "(SDU)", or a party, "(Greens)"; not
// "(led by Novak)", which may name another.
const maxInsertion = 1

// insertion reports whether the gap before token i opens or closes a short
// bracketed insertion of words alone, which goes on with the phrase
// around it rather than cutting it.
func (ss sayerScan) insertion(i int) bool {
	gap := func(k int) string { return ss.s[ss.toks[k-1].End:ss.toks[k].Start] }
	plain := func(g string) bool { return strings.TrimSpace(g) == "" }
	switch g := strings.TrimSpace(gap(i)); {
	case g == "(":
		for k := i + 1; k < len(ss.toks) && k <= i+maxInsertion; k++ {
			if g := strings.TrimSpace(gap(k)); g == ")" || g == ")," {
				return true
			} else if !plain(g) {
				return false
			}
		}
	case g == ")" || g == "),":
		for k := i - 1; k > 0 && k >= i-maxInsertion; k-- {
			if g := strings.TrimSpace(gap(k)); g == "(" {
				return true
			} else if !plain(g) {
				return false
			}
		}
	}
	return false
}

// abbreviated reports whether token i is a letter of an abbreviation
// written with dots ("a.m.", "U.S."): one letter, with a dot and another
// such letter on one side.
func (ss sayerScan) abbreviated(i int) bool {
	single := func(k int) bool { return k >= 0 && k < len(ss.toks) && len(ss.toks[k].Text) == 1 }
	if !single(i) {
		return false
	}
	dotAfter := i+1 < len(ss.toks) && ss.s[ss.toks[i].End:ss.toks[i+1].Start] == "." && single(i+1)
	dotBefore := i > 0 && ss.s[ss.toks[i-1].End:ss.toks[i].Start] == "." && single(i-1)
	return dotAfter || dotBefore
}

// comma reports whether a comma stands between tokens i-1 and i.
func (ss sayerScan) comma(i int) bool {
	return strings.Contains(ss.s[ss.toks[i-1].End:ss.toks[i].Start], ",")
}

// after returns the words from token from up to a comma or the end of the
// phrase, maxSayer at most.
func (ss sayerScan) after(from int) []string {
	var ws []string
	for j := from; j < len(ss.toks) && len(ws) < maxSayer && !ss.inside[j]; j++ {
		if j > from && (ss.cut(j) || ss.comma(j)) {
			break
		}
		ws = append(ws, ss.toks[j].Text)
	}
	return ws
}

// before returns the words before the verb at token i since the last
// quote or stop, maxSayerBefore at most, or nil when none stand there: of those
// the last part between commas, with the part before it when a comma
// closes the last part before the verb, as an apposition ("Novak, the
// party leader, said", "The director, Anna Novak, has said").
func (ss sayerScan) before(i int) []string {
	start := i
	for start > 0 && i-start < maxSayerBefore && !ss.cut(start) {
		start--
	}
	if start == i {
		return nil
	}
	v := i // the verb, with the auxiliaries before it: "Novak, the director, has said"
	for v-1 > start && auxiliaries[ss.toks[v-1].Text] {
		v--
	}
	from := v - 1
	for from > start && !ss.comma(from) {
		from--
	}
	if from > start && relativeSubjects[ss.toks[from].Text] && !ss.comma(v) {
		return ss.whoSubject(start, from, i)
	}
	if from <= start || !ss.comma(v) {
		return ss.words(from, i)
	}
	// "Novak, the party leader, said", "Okafor, Ohio's state
	// epidemiologist, said": the part before an apposition set off by
	// commas names who speaks ("Asked about Novak, Smith said" has none).
	// An insertion that opens with a relative or a preposition names no
	// one ("The governor, who met Reyes, said"), nor does what follows
	// "of" in one ("The mayor, a critic of Novak, said").
	app := from
	from = ss.partBefore(start, from)
	if app-from == 1 && isDigits(ss.toks[from].Text) {
		from = ss.partBefore(start, from) // "Lukas Brenner, 34, from Innsbruck, told": an age between the name and the apposition
	}
	if notAppositions[ss.toks[app].Text] {
		return ss.words(ss.titledName(start, from), app) // "The governor, who met Reyes, said"
	}
	end := app
	for end < v && ss.toks[end].Text != "of" {
		end++
	}
	return append(ss.words(from, end), ss.words(v, i)...)
}

// whoSubject returns the phrase a relative "who" before the verb at token
// i stands for, the "who" at token from: "remarks by Governor Novak, who
// told a conference" is the part before the comma.
func (ss sayerScan) whoSubject(start, from, i int) []string {
	prev := from - 1
	for prev > start && !ss.comma(prev) {
		prev--
	}
	if prev > start && determiners[ss.toks[prev].Text] && from-prev <= maxTitlePart {
		// "Dr. Ana Novak, the regional medical officer of health, who
		// told": who is whom the apposition describes, named before it;
		// no one after "an aide to Ana Novak, the mayor, who told".
		name := ss.nameStart(max(start, prev-whoReach))
		if name > start && notSpeakerAfter[ss.toks[name-1].Text] {
			return ss.words(from, i)
		}
		return append(ss.words(name, prev), ss.words(from, i)...)
	}
	for k := from - 1; k > prev; k-- {
		if w := ss.toks[k].Text; agentBefore[w] {
			return ss.words(k+1, i) // "remarks by Governor Solberg, who told": Solberg
		} else if notSpeakerAfter[w] {
			return ss.words(from, i) // "an aide to Lopez, who told", "handed over to Berg, who": either may be meant
		}
	}
	return ss.words(max(prev, ss.nameStart(from-whoReach)), i) // "Lopez thanked Tom Berg, who told": Berg
}

// partBefore returns where the part between commas before token from
// starts, start at most.
func (ss sayerScan) partBefore(start, from int) int {
	from--
	for from > start && !ss.comma(from) {
		from--
	}
	return from
}

// titledName returns where a name that a title and an affiliation follow,
// each set off by commas, starts before the part at token from: "Julian
// Ashcombe, Chairman, Hartwell Americas, who conducted the sale, said"
// gives the quote to Ashcombe, not to the firm. It walks back over short
// parts (maxTitlePart words) to the phrase's start, and keeps from when
// the first part opens with a preposition or a participle ("Asked about
// Novak, the harbour chief, who ..., said": the chief).
func (ss sayerScan) titledName(start, from int) int {
	first := from
	for k := from - 1; k >= start; k-- {
		if k == start || ss.comma(k) {
			if from-k > maxTitlePart || first-k > maxTitlePart {
				return from
			}
			first = k
		}
	}
	if first == from {
		return from
	}
	w := ss.toks[first].Text
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || notAppositions[w] || objectPrepositions[w] || agentBefore[w] {
		return from
	}
	return first
}

// maxTitlePart is how many words a part set off by commas between a name
// and a relative clause may hold: a title, "Chief Executive Officer of
// Emsküste Bank", or an affiliation.
const maxTitlePart = 6

// words returns the folded words of tokens from up to end.
func (ss sayerScan) words(from, end int) []string {
	ws := make([]string, 0, end-from)
	for j := from; j < end; j++ {
		ws = append(ws, ss.toks[j].Text)
	}
	return ws
}

// nameStart returns where the name holding token k starts: over the
// particles before it and the given name before them ("Maria de la Cruz"
// from "la"), or k.
func (ss sayerScan) nameStart(k int) int {
	if k <= 0 || !nameParticles[ss.toks[k].Text] {
		return k
	}
	for k > 0 && nameParticles[ss.toks[k].Text] {
		k--
	}
	return k
}

// nameParticles stand inside a surname: "de la Cruz", "van der Berg".
var nameParticles = lexicon.Set("name-particles")

// whoReach is how many words before the comma a "who" stands for: the
// name right before it ("Governor Anna Novak, who", "thanked Tom Berg,
// who").
const whoReach = 2

// notSpeakerAfter are the words after which a name in the phrase a
// relative "who" stands for is not who speaks: "an aide to Lopez", "a
// critic of Lopez".
var notSpeakerAfter = lexicon.Set("not-speaker-after")

// agentBefore, nearest the comma, make the name after them who a "who"
// stands for: "remarks by Governor Solberg, who told".
var agentBefore = lexicon.Set("agent-before")

// relativeSubjects, after a comma and before a verb of saying, stand for
// the words before the comma: "Governor Novak, who told a conference".
var relativeSubjects = lexicon.Set("relative-subjects")

// notAppositions open an insertion that names no one: a relative clause
// or a phrase of time ("who met Reyes", "after meeting Reyes").
var notAppositions = lexicon.Set("not-appositions")

// titles are the abbreviated titles whose dot ends no phrase: "said Dr.
// Renata Okafor".
var titles = lexicon.Set("titles")

// speechVerbs mark attribution outside a quote: "said the minister", "he added".
var speechVerbs = lexicon.Set("speech-markers")

var pronouns = lexicon.Set("pronouns")

// proDropAlone reports whether a verb of [pro-drop-sayings] in a sentence
// stands with no name for its subject: no word with a capital right before
// it, nor among the few words after it in its clause ("dijo su entrenador
// Pérez"); an Italian participle only after "ha" or "aveva"
// ([pro-drop-participles]: not "hanno detto", "è stato detto").
func proDropAlone(sent *sentence) bool {
	f := sent.folded()
	for k, t := range f.tokens {
		if !proDropSayings[t.Text] || k > 0 && unicode.IsUpper(sent.writtenAt(k-1)) && plainGap(sent.scanner().gap(k)) && !notSayerSubjects[f.tokens[k-1].Text] {
			continue
		}
		if proDropParticiples[t.Text] && (k == 0 || f.tokens[k-1].Text != "ha" && f.tokens[k-1].Text != "aveva") {
			continue // "hanno detto", "è stato detto", "avrebbe detto": no "he said"
		}
		named := false
		for j := k + 1; j < len(f.tokens) && j <= k+4 && plainGap(sent.scanner().gap(j)); j++ {
			named = named || unicode.IsUpper(sent.writtenAt(j))
		}
		if !named {
			return true
		}
	}
	return false
}

// proDropParticiples: see proDropAlone.
var proDropParticiples = lexicon.Set("pro-drop-participles")

// otherPronounSaying reports whether the words hold a verb of saying of
// another language with a subject pronoun of [other-pronouns] right before
// or after it: "sagte er", "il a dit" (a t il dit), "dit-elle", "zei hij".
func otherPronounSaying(words []string, verbs, pronouns map[string]bool) bool {
	for i, w := range words {
		if verbs[w] && (i > 0 && pronouns[words[i-1]] || i+1 < len(words) && pronouns[words[i+1]]) {
			return true
		}
		if w == "a" && i+3 < len(words) && words[i+1] == "t" && pronouns[words[i+2]] && verbs[words[i+3]] {
			return true // "a-t-il déclaré"
		}
	}
	return false
}

// otherPronouns ([other-pronouns]): see otherPronounSaying.
var otherPronouns = lexicon.Set("other-pronouns")

// dashSayings ([dash-speech-verbs]) are the verbs of saying of the
// languages that set speech off with a dash ("– ..., sade hon"): as
// [other-saying-verbs], someone speaks, the speaker only if named, or a
// pronoun of [dash-pronouns] beside the verb stands for the speaker before
// (not with other-saying-verbs: Spanish "han escrito" is "have written").
var dashSayings, dashPronouns = lexicon.Set("dash-speech-verbs"), lexicon.Set("dash-pronouns")

// proDropSayings ([pro-drop-sayings]) are verbs of saying of languages
// that leave out the subject pronoun: alone, each is "he said".
var proDropSayings = lexicon.Set("pro-drop-sayings")

// outsideWords returns the folded words of a sentence that stand outside
// every passage, worked out on first use: only sentences next to a quote
// are ever asked.
func (src *reading) outsideWords(sent *sentence) wordList {
	f := sent.folded()
	if f.outside != nil {
		return *f.outside
	}
	var outside []string
	for i, in := range src.quoted(sent) {
		if !in {
			outside = append(outside, f.tokens[i].Text)
		}
	}
	l := newWordList(outside)
	f.outside = &l
	return l
}

// quoted reports, token by token, whether a sentence's words stand inside
// a quoted passage.
func (src *reading) quoted(sent *sentence) []bool {
	toks := sent.folded().tokens
	inside := make([]bool, len(toks))
	k := sort.Search(len(src.passages), func(i int) bool { return src.passages[i].End > sent.Start })
	for i, t := range toks {
		at := sent.folded().norm.At(t.Start)
		for k < len(src.passages) && src.passages[k].End <= at {
			k++
		}
		inside[i] = k < len(src.passages) && at >= src.passages[k].Start
	}
	return inside
}

// attribution says who a passage is attributed to, as far as a quote fact
// is concerned: one of its speakers, or not.
type attribution struct {
	speakers [][]string
	masks    []wordMask // the words of each speaker
	// proper are the speakers the sheet writes as proper names, every
	// word capitalised ("Annika Lindqvist", not "the minister"): only they
	// are found a letter off.
	proper [][]string
}

func newAttribution(speakers []string) attribution {
	var a attribution
	for _, s := range speakers {
		ws := text.Words(s)
		a.speakers = append(a.speakers, ws)
		a.masks = append(a.masks, maskOf(ws))
		if capitalisedWords(s) == len(strings.Fields(s)) && !slices.ContainsFunc(ws, func(w string) bool { return nameTitles[w] || titles[w] }) {
			a.proper = append(a.proper, ws) // not "The Minister", a role
		}
	}
	return a
}

// someoneElse reports whether the verbs of saying of a passage's sentences
// give it to someone other than the speaker: some sayer phrase, and none
// that names the speaker (a pronoun says nothing either way). A speaker
// named as the owner of the one who speaks ("Novak's spokesman said") is
// not the one who speaks.
func (a attribution) someoneElse(p *passage) bool {
	other := false
	for _, s := range p.sayers {
		if subject := trimmedSubject(s.words); len(subject) > 0 && pronouns[subject[len(subject)-1]] {
			continue // "he said", "put it plainly when she said", "she was also telling": a pronoun says nothing either way
		}
		if len(s.words) > 0 && (notSayerSubjects[s.words[0]] && !sayerAdverbs[s.words[0]] || coordinators[s.words[len(s.words)-1]]) {
			continue // "and said", "in a video posted", "also dropped by on Tuesday and repeated": the verb of a subject before
		}
		if len(s.words) > 0 && auxiliaries[s.words[0]] && !slices.ContainsFunc(s.words, func(w string) bool { return agentBefore[w] || clauseNamers[w] }) {
			continue // "Novak, whose words \"...\" were printed everywhere, said that": the rest of a clause the quote stands in, its subject before it; not "is what Berg said", "was shouted by Berg"
		}
		if a.namesAsSpeaker(s.words) {
			return false
		}
		other = true
	}
	return other
}

// otherSubject reports whether a verb of saying of the passage has a
// subject of its own that is not the speaker: a phrase before the verb
// that is neither a pronoun nor opened by a word of [not-sayer-subjects]
// ("Smith said it was", not "and said she expected", "he said in a video
// posted").
func (a attribution) otherSubject(p *passage) bool {
	for _, s := range p.sayers {
		if len(s.words) == 0 || notSayerSubjects[s.words[0]] && !sayerAdverbs[s.words[0]] || coordinators[s.words[len(s.words)-1]] {
			continue
		}
		subject := trimmedSubject(s.words)
		short := len(subject) <= sayerPronounWords && !slices.ContainsFunc(subject, func(w string) bool { return relativeWords[w] })
		if len(subject) <= 2 && slices.ContainsFunc(subject, func(w string) bool { return pronouns[w] }) || short && pronouns[subject[len(subject)-1]] || a.namesAsSpeaker(s.words) {
			return false // "she said", "she also said", "later that evening at the quay she said"
		}
		if !slices.ContainsFunc(s.words, func(w string) bool { return !sayerAdverbs[w] }) {
			continue // "Solberg nodded, then said": no subject of its own
		}
		return true
	}
	return false
}

// trimmedSubject returns the words before a verb of saying without the
// auxiliaries and adverbs that end them: "he has repeatedly" said, "she
// was also" telling.
func trimmedSubject(words []string) []string {
	for len(words) > 1 && (auxiliaries[words[len(words)-1]] || sayerAdverbs[words[len(words)-1]]) {
		words = words[:len(words)-1]
	}
	return words
}

// clauseNamers ([clause-namers]) in words after a quote that open with an
// auxiliary name who speaks there: "\"...\" is what Berg said".
var clauseNamers = lexicon.Set("clause-namers")

// relativeWords open a relative clause in a sayer phrase ("the engineer
// who inspected it said"); "that" is left out: "That afternoon she said".
var relativeWords = lexicon.Set("relative-words")

// sayerPronounWords is how many words a phrase ending in a pronoun may
// hold to be that pronoun's: "later that evening she said", not "the
// engineer who inspected it said".
const sayerPronounWords = 5

// passiveBe before a verb of saying makes it passive: "His line has been
// repeated", "she was told": its subject is not who speaks.
var passiveBe = lexicon.Set("passive-be")

// notSayerSubjects open a phrase before a verb of saying that is not its
// subject: "and said", "in a video posted"; sayerAdverbs among them may
// stand in a subject's phrase too ("Piet Berg also said").
var notSayerSubjects, sayerAdverbs = lexicon.Set("not-sayer-subjects"), lexicon.Set("sayer-adverbs")

// wordsOfSpeaker reports whether the words right before the passage, a
// colon or a comma aside, name what it says as the speaker's own by a
// noun of [speaker-word-nouns] after a verb of [repeating-verbs]: "the
// statement repeated Okafor's position: ...", or "in the words of Okafor,
// ...": whoever repeats them, the quote is the speaker's (not "Smith,
// echoing Okafor's position, said:", nor "rejecting Okafor's position:").
func (a attribution) wordsOfSpeaker(src *reading, p *passage) bool {
	f := src.sents[p.First].folded()
	k := len(f.tokens) - 1
	for k >= 0 && f.norm.At(f.tokens[k].Start) >= p.Start {
		k--
	}
	if k < 0 {
		return false
	}
	j := f.tokens[k].End
	for j < len(f.norm.S) && f.norm.At(j) < p.Start {
		j++
	}
	if strings.Trim(f.norm.S[f.tokens[k].End:j], " :,\"“”'‘’«»„") != "" {
		return false // "Okafor's position, Smith said:": words between
	}
	words := make([]string, 0, k+1)
	for _, t := range f.tokens[:k+1] {
		words = append(words, t.Text)
	}
	for _, sp := range a.speakers {
		n := len(sp)
		at := len(words) - 2 - n // "repeated Okafor's position:"
		if at >= 1 && speakerWordNouns[words[len(words)-1]] && words[len(words)-2] == "s" && wordsAt(words, sp, at) && repeatingVerbs[words[at-1]] {
			return true
		}
		at = len(words) - n - 2 // "in the words of Okafor:"
		if at >= 2 && words[at+1] == "of" && speakerWordNouns[words[at]] && wordsAt(words, sp, len(words)-n) && words[at-1] == "the" && words[at-2] == "in" {
			return true
		}
	}
	return false
}

// speakerWordNouns and repeatingVerbs ([repeating-verbs]): see
// wordsOfSpeaker. Only a verb that repeats the words gives them to their
// speaker: not "Smith said, rejecting Okafor's position:".
var speakerWordNouns, repeatingVerbs = lexicon.Set("speaker-word-nouns"), lexicon.Set("repeating-verbs")

// namesAsSpeaker reports whether the words name the speaker other than as
// the owner of what follows ("Novak's spokesman").
func (a attribution) namesAsSpeaker(words []string) bool {
	for _, sp := range a.speakers {
		for i := 0; i+len(sp) <= len(words); i++ {
			end := i + len(sp)
			if wordsAt(words, sp, i) && !(end < len(words) && words[end] == "s") {
				return true
			}
		}
	}
	for _, sp := range a.proper {
		if end := nearWordsEnd(words, sp); end >= 0 && !(end < len(words) && words[end] == "s") {
			return true // "said Nowak" for Novak, a letter off; not "Nowak's spokesman"
		}
	}
	return false
}

// names reports whether the words name the speaker.
func (a attribution) names(l wordList) bool {
	for i, s := range a.speakers {
		if l.mask&a.masks[i] == a.masks[i] && containsWords(l.words, s) {
			return true
		}
	}
	return false
}

// namesNear reports whether the words name a speaker the sheet writes as a
// proper name, misspelt a letter off: "Dr. Lindquist said" for Lindqvist.
func (a attribution) namesNear(l wordList) bool {
	for _, s := range a.proper {
		if containsNearWords(l.words, s) {
			return true
		}
	}
	return false
}

// namesInFullNear reports whether the words name the speaker by a full
// name of several words, with the given name as the sheet writes it and
// the rest a letter off: "Anna Nowak" for Anna Novak is the speaker
// misspelt, where "Ewa Nowak" is someone else.
func (a attribution) namesInFullNear(l wordList) bool {
	for _, s := range a.proper {
		if len(s) >= 2 && containsNearWords(l.words, s) && slices.Contains(l.words, s[0]) {
			return true
		}
	}
	return false
}

// nearSpeaker is how a passage attributed to a speaker named a letter off
// is said to be: a rewording of it is unsure, as the name may be another
// person's.
const nearSpeaker = "speaker named a letter off in the same sentence"

// containsNearWords reports whether the word sequence w stands in words
// with one of its words, of minFuzzy letters or more, a letter off.
func containsNearWords(words, w []string) bool { return nearWordsEnd(words, w) >= 0 }

// nearWordsEnd returns the index after the first place where the word
// sequence w stands in words with one of its words, of minFuzzy letters or
// more, a letter off, or -1.
func nearWordsEnd(words, w []string) int {
	for i := 0; i+len(w) <= len(words); i++ {
		off := 0
		for k := 0; k < len(w) && off <= 1; k++ {
			a, b := words[i+k], w[k]
			if a == b {
				continue
			}
			off++
			if d := len(a) - len(b); d > 2 || d < -2 || len(b) < minFuzzy || utf8.RuneCountInString(b) < minFuzzy || spell.Distance(a, b) != 1 {
				off = 2 // lengths apart by more than an edit can make (a letter of up to two bytes), or a short word
			}
		}
		if off == 1 {
			return i + len(w)
		}
	}
	return -1
}

// otherNamedSayer reports whether a sentence names a person before its
// verb of saying, two words with capitals after its first word and after
// no article or preposition: a pronoun after it stands for that person,
// not for a speaker named further back ("Broker Janis Krumins told BTV
// that ..."; not "She told Radio Nord", "The New York Times said").
func otherNamedSayer(sent *sentence) bool {
	if !slices.ContainsFunc(sent.folded().tokens, func(t text.Token) bool { return sayingVerbs[t.Text] }) {
		return false
	}
	rest, before, run, ok := sent.Text(), "", 0, false
	for k := 0; ; k++ {
		rest = strings.TrimLeft(rest, " \t\n")
		if rest == "" {
			return false
		}
		i := strings.IndexAny(rest, " \t\n")
		if i < 0 {
			i = len(rest)
		}
		w, trimmed := rest[:i], strings.TrimRight(rest[:i], ",;:.")
		rest = rest[i:]
		folded := text.Fold(trimmed)
		if sayingVerbs[folded] {
			return false // the name must be the verb's subject: not "She told Radio Nord"
		}
		switch {
		case k == 0 || !capitalisedWord(trimmed):
			run = 0
		case run == 0:
			run, ok = 1, !determiners[before] && !objectPrepositions[before] && !placePreps[before] // not "The New York Times", "outside Parliament House"
		default:
			run++
		}
		if run >= 2 && ok {
			return true // "Broker Janis Krumins told": a person's name before the verb
		}
		if w != trimmed {
			run = 0 // a comma or a stop ends the name
		}
		before = folded
	}
}

// personOpens reports whether a sentence opens with a person's name: two
// words with capitals, the first no article, preposition or word of a
// day, then a comma and an age ("Maria Grasso, 78, has lived in the
// village since 1961."): a pronoun after it stands for that person.
func personOpens(sent *sentence) bool {
	ws := strings.Fields(sent.Text())
	if len(ws) < 3 || !capitalisedWord(ws[0]) || !strings.HasSuffix(ws[1], ",") || !isDigits(strings.TrimSuffix(ws[2], ",")) {
		return false // "Hong Kong, a former colony,": no age after the comma
	}
	first, second := text.Fold(ws[0]), strings.TrimSuffix(ws[1], ",")
	_, month := months[text.Fold(second)]
	return capitalisedWord(second) && !determiners[first] && !placePreps[first] && !objectPrepositions[first] && !isWeekday(first) && !isWeekday(text.Fold(second)) && !month
}

// capitalisedWord reports whether w is a word of letters that opens with
// a capital: "Krumins", not "Krumins," (the caller trims) nor "2024".
func capitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// attributed reports whether a passage is attributed to the speaker, and
// how: the speaker named outside the quote in the same sentences ("said
// Jones", "according to Jones"); a pronoun with a verb of saying there ("he
// added") and the speaker named in one of the three sentences before; or,
// when the same sentences attribute it to no one, the speaker named in the
// sentence before or after. A passage in a heading is nobody's: a headline
// quotes in short.
func (a attribution) attributed(src *reading, p *passage) (bool, string) {
	p.context(src)
	if headingLine(src, &src.sents[p.First]) || boldLine(src, p.Start) {
		return false, "" // "## 'Not a single trap'", a live blog's "**'They did everything right' - coastguard**": a headline quotes in short, and says nothing; not a line after a bold stamp ("**10:42**" and "Name: '...'" below, one paragraph)
	}
	if a.names(p.own) {
		if a.someoneElse(p) && !a.wordsOfSpeaker(src, p) {
			return false, "" // "said Smith, echoing Novak"
		}
		return true, "speaker named in the same sentence"
	}
	if a.namesNear(p.own) && !a.someoneElse(p) {
		if p.First > 0 && a.namesInFullNear(src.outsideWords(&src.sents[p.First-1])) {
			return true, "speaker named in full in the sentence before, a letter off, as in this one" // "the chief executive, Anneke Verbrugee, ..." then "..., Verbrugee said"
		}
		return true, nearSpeaker
	}
	if p.Labelled {
		return false, "" // "AUDIENCE MEMBER: When can we go back?": the label says who
	}
	if p.pronoun && p.speech && !a.otherSubject(p) { // not "Smith said it was ...": "it" is no sayer there
		for k := p.First - 1; k >= 0 && k >= p.First-3; k-- {
			if a.names(src.sents[k].words()) {
				return true, "pronoun for the speaker named just before"
			}
			if otherNamedSayer(&src.sents[k]) || personOpens(&src.sents[k]) {
				return false, "" // "Broker Janis Krumins told BTV that ... \"...\", he said", "Maria Grasso, 78, has lived here since 1961. \"...,\" she said": the nearer person's
			}
		}
		return false, ""
	}
	if p.speech {
		return false, "" // someone else said it
	}
	if p.First > 0 && a.names(src.outsideWords(&src.sents[p.First-1])) {
		return true, "speaker named in the sentence before"
	}
	if p.Last+1 < len(src.Sentences) && a.names(src.outsideWords(&src.sents[p.Last+1])) {
		return true, "speaker named in the sentence after"
	}
	if a.introducedByPronoun(src, p) {
		return true, "a pronoun and a verb of saying before a colon introduce it, the speaker named just before"
	}
	return false, ""
}

// introducedByPronoun reports whether the sentence before a passage ends
// with a colon after a pronoun and a verb of saying ("He said:"), and the
// speaker is named in the sentence right before it, which names no other
// person as speaking: "The captain, Henrik Dahlgren, spoke to reporters.
// He said:" then the quote on a line of its own (not "Novak lost to Holm.
// Holm's coach, Ida Berg, wept. She said:", whose "she" is Berg's).
func (a attribution) introducedByPronoun(src *reading, p *passage) bool {
	if p.First == 0 {
		return false
	}
	intro := &src.sents[p.First-1]
	words := src.outsideWords(intro).words
	if !strings.HasSuffix(strings.TrimSpace(intro.Text()), ":") || !text.AnyOf(words, pronouns) || !text.AnyOf(words, speechVerbs) || otherNamedSayer(intro) {
		return false
	}
	k := p.First - 2
	return k >= 0 && a.names(src.sents[k].words()) && !otherNamedSayer(&src.sents[k])
}
