package checks

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/spell"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// nameRole says how a name found in a sentence relates to the fact.
type nameRole int

const (
	nameAccepted nameRole = iota // the canonical name or an accepted alias
	nameOther                    // a name the sheet says must not be confused with it
	nameNearMiss                 // a spelling close to an accepted one but not accepted
	// nameWrongExpansion is an accepted acronym written after an
	// expansion that is not the name it abbreviates.
	nameWrongExpansion
	// nameOtherBearer is an accepted alias that ends another name: "Anna
	// Kowalska" for Marta Kowalska, alias Kowalska.
	nameOtherBearer
	// nameOtherSurname is the sheet's given name before another surname:
	// "Carmen Olivera" for Carmen Olivares.
	nameOtherSurname
)

// A nameMention is a name found in a sentence.
type nameMention struct {
	span
	role  nameRole
	close string // for a near miss: the accepted spelling it is close to
	// twoOff marks a near miss two letters off: a misspelling, or another
	// person of the same given name ("Thomas Schmitz" for Thomas Schmidt);
	// not in a part of a double-barrelled surname (see barrelledPart).
	twoOff bool
	// code marks a near miss of an identifier: one character off in a
	// part that holds a digit.
	code codeOff
	// tail marks another bearer that begins like an alias and goes on
	// with a word of its own ("Halvorsen Shipping"; see otherTails).
	tail bool
}

// minFuzzy is the shortest word, in letters, compared for near misses:
// shorter words differ by one letter too easily ("Mali", "Bali").
const minFuzzy = 5

// A nameMatcher finds mentions of one name fact.
type nameMatcher struct {
	accepted [][]string // folded words of the canonical name and aliases
	others   [][]string // folded words of names not to confuse it with
	spelled  []string   // the accepted names as the sheet writes them
	// proper marks the accepted names whose words the sheet capitalises,
	// two or more of them ("Grand Tower"): written all in lower case, the
	// words are common words, not the name ("a grand tower").
	proper []bool
	// common holds the folded words that the sheet writes only in lower
	// case in the names ("gauge" in "Heron gauge"): a word close to one
	// is another common word ("gauges"), never a misspelt name.
	common map[string]bool
	// forms holds, for each folded word the sheet writes in lower case in
	// any name, its regular forms: one of them ("Gauges" beside "Heron
	// Gauge" and "Heron gauge") is the common word, while "Andrew" for a
	// surname Andrews stays a near miss. Worked out once, here.
	forms map[string]map[string]bool
	// known holds the folded words of the accepted names and of the names
	// not to confuse it with: no near miss of anything.
	known   map[string]bool
	longest int // the most words an accepted name has
	// codes holds the indices of the accepted spellings that are
	// identifiers (see isCode).
	codes []int
	// roleWords holds the folded words of the fact's role: a title of
	// the holder's own post before a near miss of a surname alias
	// ("Sheriff Toliver" for role sheriff; see nearMissFits).
	roleWords map[string]bool
}

// transliterations are the letters a name may also be written with in
// plain Latin letters: "ü" as "ue".
var transliterations = lexicon.Pairs("transliterations")

// transliterated returns a name written with the plain letters of
// transliterations ("Kuehlwein" for Kühlwein), or "" when it has none.
func transliterated(name string) string {
	var b strings.Builder
	changed := false
	for _, r := range name {
		lower := unicode.ToLower(r)
		t, ok := transliterations[string(lower)]
		switch {
		case !ok:
			b.WriteRune(r)
			continue
		case lower != r:
			t = strings.ToUpper(t[:1]) + t[1:]
		}
		b.WriteString(t)
		changed = true
	}
	if !changed {
		return ""
	}
	return b.String()
}

// spellings returns the names a name fact accepts: the canonical one, the
// aliases, and the transliteration of each that has one.
func spellings(n facts.Name) []string {
	out := append([]string{n.Canonical}, n.Aliases...)
	for _, a := range out {
		if t := transliterated(a); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func newNameMatcher(n facts.Name) nameMatcher {
	var m nameMatcher
	m.common, m.roleWords = make(map[string]bool), make(map[string]bool)
	for _, r := range n.Roles {
		for _, w := range text.Words(r) {
			m.roleWords[w] = true
		}
	}
	capital := make(map[string]bool)
	for _, a := range spellings(n) {
		m.accepted = append(m.accepted, text.Words(a))
		m.spelled = append(m.spelled, a)
		m.proper = append(m.proper, capitalisedParts(a) >= 2)
		for _, w := range strings.FieldsFunc(a, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			r, _ := utf8.DecodeRuneInString(w)
			for _, f := range text.Words(w) {
				if unicode.IsLower(r) {
					m.common[f] = true
				} else {
					capital[f] = true
				}
			}
		}
	}
	m.forms = make(map[string]map[string]bool, len(m.common))
	for w := range m.common {
		m.forms[w] = make(map[string]bool)
		for _, f := range text.WordForms(w) {
			if f != w {
				m.forms[w][f] = true
			}
		}
	}
	for w := range capital {
		delete(m.common, w)
	}
	for _, o := range n.Not {
		m.others = append(m.others, text.Words(o))
	}
	m.known = make(map[string]bool)
	for _, ws := range append(append([][]string{}, m.accepted...), m.others...) {
		for _, w := range ws {
			m.known[w] = true
		}
	}
	for i, w := range m.accepted {
		m.longest = max(m.longest, len(w))
		if isCode(m.spelled[i], w) {
			m.codes = append(m.codes, i)
		}
	}
	return m
}

// matchWords returns the spans where the word sequence w occurs.
func matchWords(toks []text.Token, w []string) []span {
	var out []span
	for i := 0; i+len(w) <= len(toks); i++ {
		ok := len(w) > 0
		for k := range w {
			ok = ok && toks[i+k].Text == w[k]
		}
		if ok {
			out = append(out, span{i, i + len(w)})
		}
	}
	return out
}

// find returns the mentions of the name in a sentence of src: accepted
// spellings, names not to be confused with it, and near misses among the
// capitalised words that are neither.
//
// The longest accepted names come first, then the names the sheet says
// not to confuse with it, then a near miss of a full name, then shorter
// aliases: in "Maria Kowalska" for Marta Kowalska, the alias
// Kowalska must not hide the wrong given name, nor the alias Adams Tower
// the misspelt "Jhon Adams Tower".
func (m nameMatcher) find(src *reading, sent *sentence) []nameMention {
	toks := sent.folded().tokens
	f := nameMentions{taken: make([]bool, len(toks))}
	shorter := m.longest
	if m.longest > 1 {
		m.acceptWords(&f, src, sent, m.longest)
		shorter = m.longest - 1
	}
	for _, w := range m.others {
		for _, sp := range matchWords(toks, w) {
			f.add(sp, nameOther, "") // before the aliases: "not: [David Whitcombe]" is not hidden by the alias Whitcombe
		}
	}
	runs := capitalisedRuns(src, sent)
	tails := m.compoundTails(sent)
	for _, run := range runs {
		run = afterHonorific(toks, run) // "Mr Prichard" is a near miss of Pritchard
		if sp, ai, d, ok := m.nearMissInName(toks, run, f.taken, tails); ok && f.add(sp, nameNearMiss, m.spelled[ai]) {
			f.out[len(f.out)-1].twoOff = d == 2 && !m.barrelledPart(sent, toks, sp, ai) // "Cornelia Abercromby-Visser": no other person
		}
	}
	for n := shorter; n >= 1; n-- {
		m.acceptWords(&f, src, sent, n)
	}
	m.otherBearers(src, sent, f.out, runs)
	m.otherTails(src, sent, f.out, runs)
	m.nearMissCodes(&f, sent)
	for _, run := range runs {
		m.nearMissWord(&f, toks, afterHonorific(toks, run), tails)
	}
	m.otherSurnames(&f, src, sent, runs)
	return m.wrongExpansions(src, sent, f.out)
}

// afterHonorific returns a run of capitalised words without an
// abbreviated title that opens it ([titles]: "Mr", "Dr", "Mme"), when a
// word follows the title.
func afterHonorific(toks []text.Token, run span) span {
	if run.end-run.start > 1 && titles[toks[run.start].Text] {
		run.start++
	}
	return run
}

// otherSurnames adds the runs of capitalised words that end in the
// sheet's given name and another surname that starts as the sheet's does:
// "Minister Tobias LeClair" for Tobias Leclerc. The surname is no word of
// a name the sheet gives, no title or particle, and never written in
// lower case in the source; a
// sentence in title case (a headline's "Minister Tobias Responds") gives
// none. Whether it names the fact's holder is for nameValues to judge.
func (m nameMatcher) otherSurnames(f *nameMentions, src *reading, sent *sentence, runs []span) {
	given, surname, ok := m.givenName()
	if !ok || titleCased(sent) {
		return
	}
	toks := sent.folded().tokens
	for _, run := range runs {
		i := run.end - 2
		if i < run.start || toks[i].Text != given || f.taken[i] || f.taken[i+1] {
			continue
		}
		w := toks[i+1].Text
		if m.known[w] || titles[w] || nameTitles[w] || roleWord(w) || nameParticles[w] || utf8.RuneCountInString(w) < minFuzzyInName || !surnameCase(src, sent, i+1) || src.writesInLower(w) || commonPrefix(w, surname) < minSurnamePrefix {
			continue // "Dutch Prime Minister Mark Rutte" for Mark Carney: another holder of such a post
		}
		f.add(span{i, i + 2}, nameOtherSurname, m.spelled[0])
	}
}

// minSurnamePrefix is how many first letters another surname after the
// sheet's given name must share with the sheet's surname to be read as a
// misspelling of it ("Olivera" for Olivares, "LeClair" for Leclerc), not
// another person of that given name holding such a post.
const minSurnamePrefix = 3

// givenName returns the given name and the surname of a sheet's name of
// two words after any titles ("Dr. Carmen Olivares": carmen, olivares),
// written with capitals.
func (m nameMatcher) givenName() (given, surname string, ok bool) {
	ws := m.accepted[0]
	for len(ws) > 0 && (titles[ws[0]] || nameTitles[ws[0]]) {
		ws = ws[1:]
	}
	if len(ws) != 2 || !m.proper[0] {
		return "", "", false
	}
	return ws[0], ws[1], true
}

// titleCased reports whether a sentence writes no word of four letters
// or more in lower case: a headline's title case ("Race Director Carmen
// Speaks Out", "Minister Tobias Responds to Critics").
func titleCased(sent *sentence) bool {
	for k, t := range sent.folded().tokens {
		if utf8.RuneCountInString(t.Text) >= 4 && unicode.IsLower(sent.writtenAt(k)) {
			return false
		}
	}
	return true
}

// surnameCase reports whether the source writes token i as a surname may
// be written: a capital first, and lower-case letters after it, with an
// inner capital allowed ("Olivera", "LeClair", "McKenna"; not "CEO").
func surnameCase(src *reading, sent *sentence, i int) bool {
	f := sent.folded()
	t := f.tokens[i]
	start, end := src.SpanOf(f.norm, t.Start, t.End)
	lower := 0
	for k, r := range src.Raw()[start:end] {
		if k == 0 && !unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2
}

// nameMentions collects the mentions of a name in a sentence, no token in
// two of them.
type nameMentions struct {
	out   []nameMention
	taken []bool // the tokens of the mentions in out
}

// add adds a mention unless a mention added before holds one of its
// tokens, and reports whether it did.
func (f *nameMentions) add(sp span, role nameRole, close string) bool {
	for i := sp.start; i < sp.end; i++ {
		if f.taken[i] {
			return false
		}
	}
	for i := sp.start; i < sp.end; i++ {
		f.taken[i] = true
	}
	f.out = append(f.out, nameMention{span: sp, role: role, close: close})
	return true
}

// acceptWords adds the mentions of the accepted names of n words. A proper
// name the text writes all in lower case is common words: "a grand tower"
// is not the Grand Tower.
func (m nameMatcher) acceptWords(f *nameMentions, src *reading, sent *sentence, n int) {
	for ai, w := range m.accepted {
		if len(w) != n {
			continue
		}
		for _, sp := range matchWords(sent.folded().tokens, w) {
			if m.proper[ai] && !anyCapitalised(src, sent, sp) {
				continue
			}
			f.add(sp, nameAccepted, "")
		}
	}
}

// nameTitles are titles written with a capital before a name ("Coach
// Kowalska"): no given name of another person.
var nameTitles = lexicon.Set("name-titles")

// otherBearers marks the accepted mentions that are a shorter alias ending
// a longer accepted name, with another capitalised word before them in
// their run, which is no word of the name, no title and not the first word
// of the sentence (which may be capitalised only for that): "Anna
// Kowalska" for Marta Kowalska, "Atletico Valdemar" for Sporting
// Valdemar. They name someone else; the mention widens to the whole name.
func (m nameMatcher) otherBearers(src *reading, sent *sentence, out []nameMention, runs []span) {
	toks := sent.folded().tokens
	for i := range out {
		mn := &out[i]
		if mn.role != nameAccepted || mn.start < 1 || mn.start == 1 && !givenFirst(src, toks[0].Text) {
			continue
		}
		k := mn.start - 1
		for k > 0 && nameParticles[toks[k].Text] && inRun(runs, k-1, k) {
			k-- // "Anna van Doorn" for the alias Doorn: the given name stands before the particles
		}
		prev := toks[k].Text
		if m.known[prev] || titles[prev] || nameTitles[prev] || roleWord(prev) || compoundTitle(src, sent, k) || !inRun(runs, k, mn.start) || !titleCase(src, sent, k) || !m.endsLonger(toks[mn.start:mn.end]) || m.knownEarlierInRun(toks, runs, mn.start) {
			continue
		}
		if germanNoun(sent, k) || k > 0 && germanFeminine[toks[k-1].Text] && sent.scanner().holdsAny(germanMarkers) && utf8.RuneCountInString(prev) > maxEventName {
			continue // "Die Infektiologin Brandt hat ...": a German noun after its article, no given name
		}
		mn.role, mn.close, mn.start = nameOtherBearer, m.spelled[0], k
		if m.givenNearMiss(prev, toks[mn.start+1:mn.end]) {
			mn.role = nameNearMiss // "Henriette Osei-Barnes" for Henrietta Osei-Barnes: a misspelling, not someone else
		}
	}
}

// germanFeminine ([german-feminine-articles]) and germanMarkers
// ([german-markers]): see otherBearers.
var germanFeminine, germanMarkers = lexicon.Set("german-feminine-articles"), lexicon.Set("german-markers")

// otherTails marks the accepted mentions that are a shorter alias opening
// a longer accepted name, with another capitalised word after them in
// their run that is no word of the name and no title: "Halvorsen
// Shipping" for Halvorsen Tankers AS (alias Halvorsen) names another firm,
// or the sheet's misnamed. The mention widens to the word after it.
func (m nameMatcher) otherTails(src *reading, sent *sentence, out []nameMention, runs []span) {
	toks := sent.folded().tokens
	for i := range out {
		mn := &out[i]
		k := mn.end
		if mn.role != nameAccepted || k >= len(toks) || !inRun(runs, mn.end-1, k) || !m.beginsLonger(toks[mn.start:mn.end]) || !isLetters(toks[k-1].Text) || sent.scanner().holdsAny(germanNounMarkers) {
			continue // not "LPDDR4X Arbeitsspeicher": a code before the noun it names, in German, which capitalises every noun
		}
		next := toks[k].Text
		if _, month := months[next]; m.known[next] || titles[next] || nameTitles[next] || roleWord(next) || weekdayWord(next) || month || notNouns[next] || sayingVerbs[next] || !titleCase(src, sent, k) || titleCased(sent) {
			continue // not a headline's "Halvorsen Says Crew Is Safe", nor "Halvorsen Since 2019"
		}
		mn.role, mn.close, mn.end, mn.tail = nameOtherBearer, m.spelled[0], k+1, true
	}
}

// beginsLonger reports whether words are the first words of a longer
// accepted name: "Halvorsen" of "Halvorsen Tankers AS".
func (m nameMatcher) beginsLonger(words []text.Token) bool {
	return m.inLonger(words, false)
}

// inLonger reports whether words are the first words (or, atEnd, the
// last) of a longer accepted name.
func (m nameMatcher) inLonger(words []text.Token, atEnd bool) bool {
	for _, ws := range m.accepted {
		if len(ws) <= len(words) {
			continue
		}
		part := ws[:len(words)]
		if atEnd {
			part = ws[len(ws)-len(words):]
		}
		if slices.EqualFunc(words, part, func(t text.Token, w string) bool { return t.Text == w }) {
			return true
		}
	}
	return false
}

// compoundTitle reports whether token k is the tail of a hyphenated
// compound that is no given name: its head is not written as a name is
// ("NWSA-Chefin"), or the whole names a role ("Vize-Präsidentin"). A
// double given name stays one: "Anne-Marie".
func compoundTitle(src *reading, sent *sentence, k int) bool {
	sc := sent.scanner()
	if k == 0 || strings.TrimSpace(sc.gap(k)) != "-" {
		return false
	}
	return !titleCase(src, sent, k-1) || roleWord(sc.tok(k-1)+sc.tok(k))
}

// shortGiven reports whether the given name of an other bearer's mention
// may be the sheet's given name or a short form of it: one begins the
// other ("Dev" and "Devan") or [given-name-short-forms] pairs them ("Bill"
// and "William"), so the name may be the holder's as friends call them.
func (m nameMatcher) shortGiven(sent *sentence, n nameMention) bool {
	words := m.accepted[0]
	if len(words) < 2 {
		return false
	}
	a, b := sent.folded().tokens[n.start].Text, words[0]
	for _, w := range words {
		if !titles[w] && !nameTitles[w] {
			b = w // "Dr. Miriam Okafor": Miriam
			break
		}
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) || givenShortForms[a] == b || givenShortForms[b] == a
}

// givenShortForms pair a short form of a given name with the name.
var givenShortForms = lexicon.Pairs("given-name-short-forms")

// notHolderBefore: see otherHolder.
var notHolderBefore = lexicon.Set("not-holder-before")

// givenFirst reports whether the first word of a sentence, capitalised
// only perhaps for that, is a given name before the alias after it
// ("Caroline Vandermeulen, the minister, said"): no word of
// [sentence-openers] ("Yesterday Kowalska said", "Then Kowalska left"),
// and the source never writes it in lower case.
func givenFirst(src *reading, w string) bool {
	if sentenceOpeners[w] || nameTitles[w] || personNouns[w] || len(w) < 3 || roleWord(w) {
		return false
	}
	return !src.writesInLower(w) // "caroline" in lower case: a word, not a name
}

// sentenceOpeners: see givenFirst.
var sentenceOpeners = lexicon.Set("sentence-openers")

// roleWord reports whether a word names a role by its ending
// ([role-suffixes]: "Economist", "Spokeswoman", "Chairperson"; or a title
// of [name-titles] it ends with: "Ministerpräsidentin"), no given name.
func roleWord(w string) bool {
	for suf := range roleSuffixes {
		if strings.HasSuffix(w, suf) && len(w) >= minRoleWord {
			return true
		}
	}
	for t := range nameTitles {
		if len(t) >= minRoleWord-2 && len(w) > len(t) && strings.HasSuffix(w, t) {
			return true // a compound title: "Ministerpräsidentin", "Vizepräsident"
		}
	}
	return false
}

// minRoleWord is how long a word with a role's ending must be to name a
// role: "Economist", "Chairman"; not the given names "Herman", "Norman".
const minRoleWord = 8

// roleSuffixes: see roleWord.
var roleSuffixes = lexicon.Set("role-suffixes")

// givenNearMiss reports whether w is a letter off the word that stands
// before the alias words in a longer accepted name, its given name:
// "Henriette" before "Osei-Barnes" for Henrietta Osei-Barnes.
func (m nameMatcher) givenNearMiss(w string, alias []text.Token) bool {
	for _, ws := range m.accepted {
		k := len(ws) - len(alias) - 1
		if k < 0 || !m.endsAt(ws, alias) {
			continue
		}
		if g := ws[k]; utf8.RuneCountInString(g) >= minFuzzy && spell.Distance(w, g) == 1 {
			return true
		}
	}
	return false
}

// endsAt reports whether the accepted name's words ws end with words.
func (m nameMatcher) endsAt(ws []string, words []text.Token) bool {
	if len(ws) < len(words) {
		return false
	}
	tail := ws[len(ws)-len(words):]
	for k, w := range words {
		if w.Text != tail[k] {
			return false
		}
	}
	return true
}

// titleCase reports whether the source writes token i as a given name
// is written: a capital, then lower-case letters ("Anna", not "GPU",
// "CFO" or "GHz").
func titleCase(src *reading, sent *sentence, i int) bool {
	f := sent.folded()
	t := f.tokens[i]
	start, end := src.SpanOf(f.norm, t.Start, t.End)
	w := src.Raw()[start:end]
	for k, r := range w {
		if k == 0 && !unicode.IsUpper(r) || k > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return utf8.RuneCountInString(w) >= 2
}

// knownEarlierInRun reports whether a word of an accepted name stands
// earlier in the run before token at: "Marta Anna Kowalska" is Marta
// Kowalska with a middle name.
func (m nameMatcher) knownEarlierInRun(toks []text.Token, runs []span, at int) bool {
	for _, r := range runs {
		if at <= r.start || at >= r.end {
			continue
		}
		for k := r.start; k < at; k++ {
			if m.known[toks[k].Text] && !nameParticles[toks[k].Text] { // not "van" in "Anna van Doorn"
				return true
			}
		}
	}
	return false
}

// inRun reports whether tokens a and b stand in one run of capitalised
// words. The caller decides about the sentence's first word, which may be
// capitalised only for that (see givenFirst).
func inRun(runs []span, a, b int) bool {
	for _, r := range runs {
		if a >= r.start && b < r.end {
			return true
		}
	}
	return false
}

// endsLonger reports whether words are the last words of a longer accepted
// name: "Kowalska" of "Marta Kowalska".
func (m nameMatcher) endsLonger(words []text.Token) bool {
	return m.inLonger(words, true)
}

// compoundTails marks the words joined by a hyphen to a word before them
// that is no word of the names: the tail of a compound ("elect" in
// "President-elect"), never a name's first word nor a misspelt name.
func (m nameMatcher) compoundTails(sent *sentence) []bool {
	f := sent.folded()
	out := make([]bool, len(f.tokens))
	for i := 1; i < len(f.tokens); i++ {
		out[i] = f.norm.S[f.tokens[i-1].End:f.tokens[i].Start] == "-" && !m.known[f.tokens[i-1].Text]
	}
	return out
}

// nearMissWord adds the first word of a run of capitalised words that is
// a near miss of a word of an accepted name and no word of a name the
// sheet gives, widened to the whole name it stands in: "Jon Smyth" for
// "John Smith". A word alone is a near miss only of a name's last word (a
// surname, "Smyth"): alone, the first word of "Kenyan National Union of
// Nurses" is another word ("Kenya's government").
func (m nameMatcher) nearMissWord(f *nameMentions, toks []text.Token, run span, tails []bool) {
	for i := run.start; i < run.end; i++ {
		w := toks[i].Text
		if f.taken[i] || tails[i] || m.known[w] || utf8.RuneCountInString(w) < minFuzzy {
			continue
		}
		fits := func(ai, k int) bool { return m.nearMissFits(toks, run, ai, i-k) } // "Sheriff Toliver": not the full name's surname after "Sheriff", the alias Tolliver
		if ai, k, ok := m.nearMiss(w, run.end-run.start == 1, fits); ok {
			n := len(m.accepted[ai])
			if k < n-1 && !m.restFollows(toks, ai, k, i) {
				continue // "Sieben Plätze nach oben" for the alias Platz 14: a name's first word, the rest of the name not after it
			}
			if holdsDigit(m.accepted[ai][k]) && !m.inWholeName(toks, i) {
				continue // "TM2412 or later" beside "TM2403 through TM2411": an identifier alone one off is another of its series; "TM2403 through TM2412" gives the name a wrong end
			}
			f.add(span{max(run.start, i-k), min(run.end, i-k+n)}, nameNearMiss, m.spelled[ai])
			return
		}
	}
}

// nearMissFits reports whether a near miss of accepted name ai that would
// start at token at of a run aligns with the name (see othersAlign) and,
// for an alias shorter than the sheet's name with a word of the run
// before it, whether that word may stand before the holder's name: an
// abbreviated title, a word of the fact's role ("Sheriff Toliver" for the
// alias Tolliver of a sheriff; not "Judge Olson" for Mark Olsen, who may
// be another person), or the sheet's given name or a shorter form of it
// ("Ray Toliver" for Raymond Tolliver; not "Pauline" for Paul). Another
// given name may be another person's: "Anna Toliver" is no near miss.
func (m nameMatcher) nearMissFits(toks []text.Token, run span, ai, at int) bool {
	if !m.othersAlign(toks, run, ai, at) {
		return false
	}
	if at <= run.start || len(m.accepted[ai]) >= len(m.accepted[0]) {
		return true
	}
	w := toks[at-1].Text
	given, _, ok := m.givenName()
	return titles[w] || m.roleWords[w] || ok && (w == given || strings.HasPrefix(given, w) || givenShortForms[w] == given)
}

// inWholeName reports whether token i stands in the words of an accepted
// name of several, each spelled as the name's or near it (see
// othersAlign), whether written with a capital or not: "TM2403 through
// TM2412" for the alias TM2403 through TM2411.
func (m nameMatcher) inWholeName(toks []text.Token, i int) bool {
	for ai, ws := range m.accepted {
		for k := range ws {
			at, end := i-k, i-k+len(ws)
			if len(ws) > 1 && at >= 0 && end <= len(toks) && m.othersAlign(toks, span{at, end}, ai, at) {
				return true
			}
		}
	}
	return false
}

// restFollows reports whether the words of accepted name ai after its
// word k follow token i, each spelled as the name's or near it (see
// othersAlign): "Apache Lisense 2.0" for Apache License 2.0, not "Plätze
// nach" for Platz 14.
func (m nameMatcher) restFollows(toks []text.Token, ai, k, i int) bool {
	end := i - k + len(m.accepted[ai])
	return end <= len(toks) && m.othersAlign(toks, span{i + 1, end}, ai, i-k)
}

// othersAlign reports whether the words of a run that stand where the
// other words of accepted name ai would, from token at, are those words or
// near them: "Helen Marchant" is no misspelling of Helena Marchetti, as
// its surname is another.
func (m nameMatcher) othersAlign(toks []text.Token, run span, ai, at int) bool {
	for j, a := range m.accepted[ai] {
		p := at + j
		if p < run.start || p >= run.end {
			continue
		}
		if w := toks[p].Text; w != a && spell.Distance(w, a) > 2 {
			return false
		}
	}
	return true
}

// minFuzzyInName is the shortest word compared for near misses inside a
// name of several words whose other words are spelled exactly: "Ana Limo"
// for "Ana Lima". The exact words say which name it is, so a shorter word
// may be compared than alone, though never one of two letters ("Kim Jong
// Il" and "Kim Jong Un" are two people).
const minFuzzyInName = 3

// minTwoEditsInName is the shortest word that may be two edits off inside
// a name whose other words are exact, when it starts with the same letter:
// "Petra Wegnar" for Petra Wagner.
const minTwoEditsInName = 5

// minPrefixThreeEdits is how many first letters a surname three edits off
// must share with the sheet's, inside a name whose other words are exact,
// to be a near miss: "Colin Fairbanks" for Colin Fairbairn.
const minPrefixThreeEdits = 6

// commonPrefix returns how many runes two words share at their start.
func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// sameStart reports whether two words start with the same rune.
func sameStart(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb
}

// barrelledPart reports whether the word of a near miss at sp that is off
// the accepted name ai is joined by a hyphen to a word of the name spelled
// exactly: a part of a double-barrelled surname ("Abercromby-Visser" for
// Abercrombie-Visser), a misspelling rather than another person, as
// "Jean-Pierre Morel" for Jean-Pierre Moreau may be.
func (m nameMatcher) barrelledPart(sent *sentence, toks []text.Token, sp span, ai int) bool {
	sc := sent.scanner()
	for k := sp.start; k < sp.end; k++ {
		if toks[k].Text == m.accepted[ai][k-sp.start] {
			continue
		}
		return k > sp.start && sc.gap(k) == "-" || k+1 < sp.end && sc.gap(k+1) == "-"
	}
	return false
}

// nearMissInName finds, in a run of capitalised words, an accepted name of
// several words written with all its words but one exactly as the sheet
// does and that one a letter off (two for a longer word with the same
// first letter; three for a last word whose first six letters are the
// sheet's).
func (m nameMatcher) nearMissInName(toks []text.Token, run span, taken, tails []bool) (span, int, int, bool) {
	best, bestAt, bestD := span{}, -1, 3
	for ai, ws := range m.accepted {
		if len(ws) < 2 {
			continue
		}
	window:
		for i := run.start; i+len(ws) <= run.end; i++ {
			if tails[i] {
				continue // "PRESIDENT-ELECT MARKOVIC": no "Elena Markovic"
			}
			off := -1
			for k, a := range ws {
				switch w := toks[i+k].Text; {
				case taken[i+k]:
					continue window
				case w == a:
				case off >= 0 || m.known[w]:
					continue window
				default:
					off = k
				}
			}
			if off < 0 {
				continue
			}
			a, w := ws[off], toks[i+off].Text
			if m.common[a] || m.forms[a][w] || american(w) == american(a) || utf8.RuneCountInString(a) < minFuzzyInName || utf8.RuneCountInString(w) < minFuzzyInName || off < len(ws)-1 && (w == a+"s" || w == a+"es") {
				continue // a plural before the last word ("Councillors Voss (Chair)") is another word; "Mark Ruttes" is a misspelling
			}
			d := spell.Distance(w, a)
			if d == 3 && off == len(ws)-1 && commonPrefix(w, a) >= minPrefixThreeEdits {
				d = 2 // "Ilse Hoekstraten" for Ilse Hoekstra: the surname's ending rewritten
			}
			if (d == 1 || d == 2 && sameStart(w, a) && utf8.RuneCountInString(a) >= minTwoEditsInName) && d < bestD {
				best, bestAt, bestD = span{i, i + len(ws)}, ai, d
			}
		}
	}
	return best, bestAt, bestD, bestAt >= 0
}

// nearMiss reports whether a word is a near miss of a word of an accepted
// name (of its last word only, when lastOnly) for which fits holds, and
// which name and word.
func (m nameMatcher) nearMiss(w string, lastOnly bool, fits func(name, word int) bool) (name, word int, ok bool) {
	if m.numberOf(w, lastOnly) {
		return 0, 0, false
	}
	for ai, ws := range m.accepted {
		for k, a := range ws {
			if lastOnly && k < len(ws)-1 {
				continue
			}
			n := max(utf8.RuneCountInString(a), utf8.RuneCountInString(w))
			if utf8.RuneCountInString(a) < minFuzzy || m.common[a] || m.forms[a][w] || american(w) == american(a) {
				continue
			}
			limit := 1
			if n >= 7 {
				limit = 2
			}
			if d := spell.Distance(w, a); d >= 1 && d <= limit && fits(ai, k) {
				return ai, k, true
			}
		}
	}
	return 0, 0, false
}

// holdsDigit reports whether a word holds a digit.
func holdsDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// numberOf reports whether a word is the plural of a word of an accepted
// name, or, alone (lastOnly), its singular, or its adjective: another
// word, no misspelling of any ("Federations", "the Smiths"; "Bolivians"
// where the sheet accepts Bolivia and Bolivian; "Plastic plant fire" for
// Marlow Plastics; "Weidener" for Weiden).
func (m nameMatcher) numberOf(w string, lastOnly bool) bool {
	for _, ws := range m.accepted {
		for _, a := range ws {
			if w == a+"s" || w == a+"es" || lastOnly && (a == w+"s" || a == w+"es") {
				return true
			}
			if suffix, ok := strings.CutPrefix(w, a); ok && nameAdjectiveSuffixes[suffix] {
				return true // "die Weidener Straße", "Parisian": the place's adjective, no misspelling
			}
		}
	}
	return false
}

// nameAdjectiveSuffixes ([name-adjective-suffixes]) after a name make its
// adjective or its people: "Weidener", "Berliner", "Parisian".
var nameAdjectiveSuffixes = lexicon.Set("name-adjective-suffixes")

// capitalisedRuns returns the runs of neighbouring tokens that the original
// text writes with a capital letter, separated by spaces only, or by a
// hyphen inside a double-barrelled name ("Okafor-Hale"). Particles
// of a surname in lower case between two such words stay in the run:
// "Marieke van Doren", "Ana de la Cruz". A weekday ends a run: "On
// Wednesday Dijkhuis said" names Dijkhuis.
func capitalisedRuns(src *reading, sent *sentence) []span {
	f := sent.folded()
	capital := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(src.Raw()[f.norm.At(f.tokens[i].Start):])
		return unicode.IsUpper(r)
	}
	joined := func(i int) bool { // by spaces, an ampersand ("Brisk & Tel"), or a hyphen before a capital ("Okafor-Hale")
		if i == 0 {
			return false
		}
		g := f.norm.S[f.tokens[i-1].End:f.tokens[i].Start]
		return strings.Trim(g, " &") == "" || g == "-" && capital(i)
	}
	inside := func(i int) bool { // a particle that a capitalised word follows, over other particles
		j := i
		for j+1 < len(f.tokens) && nameParticles[f.tokens[j].Text] && joined(j+1) {
			j++
		}
		return j > i && j < len(f.tokens) && capital(j)
	}
	var out []span
	start := -1
	for i := range f.tokens {
		c := capital(i) || start >= 0 && inside(i)
		if start >= 0 && (!c || !joined(i) || weekdayWord(f.tokens[i-1].Text)) { // "On Wednesday Dijkhuis said": a day, then a name
			out = append(out, span{start, i})
			start = -1
		}
		if capital(i) && start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(f.tokens)})
	}
	return out
}

// partOfName reports whether a plain whole number is part of a name: right
// after a word the text capitalises but does not write in capitals, with a
// single space between, and not at the start of the sentence ("Galaxy
// Tab 7", "Windows 11", "Apollo 11"). An acronym before a number ("CVSS
// 10", "USB 3") does not make a name: it often labels a quantity.
func partOfName(src *reading, sent *sentence, n numberMention) bool {
	toks := sent.folded().tokens
	return n.unit == nil && n.value.Lo == n.value.Hi && n.end-n.start == 1 && isDigits(toks[n.start].Text) && capitalisedBefore(src, sent, n)
}

// capitalisedBefore reports whether a number stands right after a word
// the text capitalises but does not write in capitals, with a single space
// between and not at the start of the sentence, or joined by a hyphen: as
// a name's number does ("Windows 11"), or a figure of a list that names
// what each figure is ("Free 60, Pro 600 and Enterprise 3,000 requests").
func capitalisedBefore(src *reading, sent *sentence, n numberMention) bool {
	toks := sent.folded().tokens
	if n.start < 1 {
		return false
	}
	prev := toks[n.start-1]
	gap := sent.folded().norm.S[prev.End:toks[n.start].Start]
	// "Windows 11" (not as the sentence's first word, which is capitalised
	// anyway), or "Vela-1" joined by a hyphen anywhere.
	_, weekday := otherWeekdays[weekdayOfCompound(prev.Text)]
	if !(gap == " " && n.start >= 2 || gap == "-") || isDigits(prev.Text) || isMonth(prev.Text) || isWeekday(prev.Text) || weekday {
		return false // not "On Sunday eight men", "on 15 March 1,200 people", "schloss am Dienstag 4,8 Prozent tiefer"
	}
	if t := toks[n.start].Text; !isNumberWord(t) && !holdsDigit(t) {
		return false // "volgens Velora ruim 72.000 ritten": an approximation between, no model's number
	}
	word := rawToken(src, sent, n.start-1)
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && !writtenInCapitals(word) && !germanNoun(sent, n.start-1) // not "bei der Zählung 4.850 Menschen"
}

// rawToken returns token k of a sentence as the file writes it, case and
// all (as many bytes as its folded form has).
func rawToken(src *reading, sent *sentence, k int) string {
	t := sent.folded().tokens[k]
	orig := src.Raw()[sent.folded().norm.At(t.Start):]
	return orig[:min(len(orig), len(t.Text))]
}

// ageHave reports whether a number of years is an age as Romance
// languages give one, a verb of having right before it and the years in
// its language ([age-have-verbs]): "Rakhimov ha 22 anni" (not Portuguese
// "há 22 anos", 22 years ago), "tiene 22 años"; not with a word of
// [age-before-years] after it, "ha 3 anni di contratto".
func ageHave(toks []text.Token, n numberMention) bool {
	if n.unit == nil || n.unit.name != "year" || n.start < 1 || n.uend <= n.end {
		return false
	}
	years, ok := ageHaveVerbs[toks[n.start-1].Text]
	return ok && toks[n.uend-1].Text == years && (n.uend >= len(toks) || !ageBeforeYears[toks[n.uend].Text])
}

// ageHaveVerbs: see ageHave. ageTurnVerbs, right before a bare number
// that ends its clause or that a word of ageTurnAfter follows, make it an
// age ("turned 22 in March").
var (
	ageHaveVerbs               = lexicon.Pairs("age-have-verbs")
	ageTurnVerbs, ageTurnAfter = lexicon.Set("age-turn-verbs"), lexicon.Set("age-turn-after")
)

// personBefore reports whether a person noun of [person-nouns] or a post's
// title of [post-titles] heads the three words that end at token k: "Il
// direttore olandese, 58 anni," tells the director's age; not one after a
// word of [title-of-words], which names the head's owner ("il figlio del
// direttore, 12 anni", "il mandato del sindaco, 5 anni").
func personBefore(sent *sentence, k int) bool {
	sc := sent.scanner()
	for j := k; j >= 0 && j > k-3; j-- {
		if titleOfWords[sc.tok(j)] {
			return false
		}
		if _, post := postAt(sc, j); (post || personNouns[sc.tok(j)]) && !titleOfWords[sc.tok(j-1)] {
			return true
		}
	}
	return false
}

// personNouns name a person, whose age may follow between commas: "the
// driver, 52, and" (not "the team, 14, said").
var personNouns = lexicon.Set("person-nouns")

// isAge reports whether a number is a person's age, not a quantity:
// between commas after a name or a person ("Ruiz, 35, said", "the driver,
// 52, and"), or written as one ("a 52-year-old", "52 years old").
func isAge(src *reading, sent *sentence, n numberMention) bool {
	f := sent.folded()
	toks := f.tokens
	if n.gluedAge {
		return true // "il 41enne"
	}
	if n.unit != nil && n.unit.name == "year" && n.uend < len(toks) && ageAfterYears[toks[n.uend].Text] {
		return true // "a 52-year-old", "The 27-year-old", "52 years old", "4.6 billion years old", "52 Jahre alt"
	}
	if n.unit != nil && n.unit.name == "year" && n.uend+1 < len(toks) && ageOf[toks[n.uend].Text] && ageAfterYears[toks[n.uend+1].Text] && !seniority(toks, n) {
		return true // "de entre 24 y 41 años de edad"
	}
	if (n.unit == nil || n.unit.name == "year") && apposedAge(src, sent, n) {
		return true // "Lomuria, de 24 años, ganó", "Ruiz (25)"
	}
	if ageHave(toks, n) {
		return true // "Rakhimov ha 22 anni", "tiene 22 años", "tem 22 anos"
	}
	if n.unit == nil && n.end-n.start == 1 && n.start >= 1 && ageTurnVerbs[toks[n.start-1].Text] && n.value.Lo == n.value.Hi && n.value.Lo <= 120 && (n.end == len(toks) || !plainGap(f.norm.S[toks[n.end-1].End:toks[n.end].Start]) || ageTurnAfter[toks[n.end].Text]) {
		return true // "who turned 22 in March", "turns 30 on Friday"; not "turned 23 shots into goals"
	}
	if n.unit != nil && n.unit.name == "year" && n.start >= 2 && ageBeforeYears[toks[n.start-1].Text] && personNouns[toks[n.start-2].Text] && !yearsOfSomething(toks, n) {
		return true // "un homme de 34 ans", "un hombre de 34 años": a person of so many years; not "una periodista de 25 años de trayectoria"
	}
	if n.unit == nil && n.end < len(toks) && ageSuffixes[toks[n.end].Text] && f.norm.S[toks[n.end-1].End:toks[n.end].Start] == "-" {
		return true // "de 25-jarige spits", "der 25-jährige Stürmer"
	}
	if n.value.Lo != n.value.Hi || n.value.Lo > 120 {
		return false
	}
	if n.unit != nil || n.end-n.start != 1 {
		return false
	}
	if asideAge(f, n) {
		return true // "won for a fifth time, at 38, in the same race"
	}
	if n.start < 1 || n.end >= len(toks) {
		return false
	}
	if strings.TrimSpace(f.norm.S[toks[n.start-1].End:toks[n.start].Start]) != "," || strings.TrimSpace(f.norm.S[toks[n.end-1].End:toks[n.end].Start]) != "," {
		return false
	}
	if n.start >= 2 && determiners[toks[n.start-2].Text] && personNouns[toks[n.start-1].Text] || personOfPhrase(sent.scanner(), n.start-1) {
		return true // "the driver, 52,", "the driver of the lorry, 58,"
	}
	r, _ := utf8.DecodeRuneInString(src.Raw()[f.norm.At(toks[n.start-1].Start):])
	return unicode.IsUpper(r)
}

// personOfPhrase reports whether token k ends a person's noun phrase with
// an of-phrase of at most three words, all in plain gaps: "the driver of
// the lorry", "a mother of two" (a determiner, a word of [person-nouns],
// "of"). A number between commas after it is the person's age.
func personOfPhrase(sc scanner, k int) bool {
	for j := k - 1; j >= 2 && j >= k-3; j-- {
		if sc.tok(j) == "of" && personNouns[sc.tok(j-1)] && determiners[sc.tok(j-2)] {
			for g := j - 1; g <= k; g++ {
				if !plainGap(sc.gap(g)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// asideAge reports whether a bare number stands after a word of [age-at]
// in an aside between commas: "Ruiz won, at 38, in the same race".
func asideAge(f *foldedSentence, n numberMention) bool {
	toks := f.tokens
	if n.start < 2 || !ageAtWords[toks[n.start-1].Text] || strings.TrimSpace(f.norm.S[toks[n.start-2].End:toks[n.start-1].Start]) != "," {
		return false
	}
	return n.end >= len(toks) || strings.HasPrefix(strings.TrimSpace(f.norm.S[toks[n.end-1].End:toks[n.end].Start]), ",")
}

// ageAtWords: see asideAge.
var ageAtWords = lexicon.Set("age-at")

// ageAfterYears, after a number of years, make it an age: "52 years old",
// "52 Jahre alt"; ageBeforeYears, before one between commas after a name,
// do too: "Lomuria, de 24 años, ganó".
var ageAfterYears, ageBeforeYears = lexicon.Set("age-after-years"), lexicon.Set("age-before-years")

// ageSuffixes, joined to a number by a hyphen, make it an age: "25-jarige",
// "25-jährige".
var ageSuffixes = lexicon.Set("age-suffixes")

// apposedAge reports whether a number of years (or, in brackets, a bare
// number) stands as an aside right after a capitalised word: between
// commas ("Ruiz, 25 ans,", "Ruiz, de 35 años, dijo", "Ruiz, de 25 años de
// edad,") or in brackets ("Ruiz (25)", "Ruiz (25 jaar)").
// heightAfter reports whether a length or a weight starts at token k:
// the height or weight given after a person's age ("29 ans et 1,85 m").
func heightAfter(sent *sentence, k int) bool {
	for _, o := range sent.numberMentions() {
		if o.start == k && o.unit != nil && (o.unit.base == "meter" || o.unit.base == "kilogram") {
			return true
		}
	}
	return false
}

func apposedAge(src *reading, sent *sentence, n numberMention) bool {
	// (a person noun or a post's title among the words before the comma
	// stands for the name: "Il direttore olandese, 58 anni,")
	f := sent.folded()
	toks := f.tokens
	start, end := n.start, n.end
	if n.unit != nil {
		end = n.uend
	}
	if start > 0 && ageBeforeYears[toks[start-1].Text] && n.unit != nil {
		start-- // "de 35 años"
	}
	if end+1 < len(toks) && n.unit != nil && ageOf[toks[end].Text] && ageAfterYears[toks[end+1].Text] {
		end += 2 // "de edad"
	}
	if start < 1 || end >= len(toks) && n.unit != nil {
		return false
	}
	open, rest := strings.TrimSpace(f.norm.S[toks[start-1].End:toks[start].Start]), f.norm.S[toks[end-1].End:]
	if end < len(toks) {
		rest = f.norm.S[toks[end-1].End:toks[end].Start]
	}
	close := strings.TrimSpace(rest)
	switch {
	case open == "(" && strings.HasPrefix(close, ")"):
	case open == "," && (close == "," || close == ";") && n.unit != nil: // "Suleman, 19 anni;"
	case open == "," && close == "" && n.unit != nil && end+1 < len(toks) && sumJoins[toks[end].Text] && heightAfter(sent, end+1):
		// "Maren Holt, 29 ans et 1,85 m,": her age, then her height; not "Dupont, 3 ans et 5 000 euros d'amende"
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(src.Raw()[f.norm.At(toks[start-1].Start):])
	return unicode.IsUpper(r) || n.unit != nil && personBefore(sent, start-1) // "Il direttore olandese, 58 anni,"
}

// yearsOfSomething reports whether "de" or "di" and a word of a career
// follow the years of a figure: "una periodista de 25 años de trayectoria"
// counts a career, no age ("un hombre de 45 años de Valencia" is one).
func yearsOfSomething(toks []text.Token, n numberMention) bool {
	return n.uend+1 < len(toks) && ageOf[toks[n.uend].Text] && serviceNouns[toks[n.uend+1].Text]
}

// serviceNouns ([service-nouns]) after "de" or "di" make years a career's:
// see yearsOfSomething.
var serviceNouns = lexicon.Set("service-nouns")

// seniority reports whether "N años de antigüedad" counts years in a post
// ("con 30 años de antigüedad en la planta"), not a thing's age ("un
// puente de 64 años de antigüedad"): only "de" before the figure makes it
// an age.
func seniority(toks []text.Token, n numberMention) bool {
	return toks[n.uend+1].Text == "antiguedad" && (n.start == 0 || toks[n.start-1].Text != "de")
}

// capitalisedWords counts the words of s that start with a capital.
func capitalisedWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// capitalisedParts counts the parts of s, between any marks, that start
// with a capital: "Jardin d'Hiver" has two, as "Winter Garden" has.
func capitalisedParts(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// anyCapitalised reports whether the original text writes a word of the
// span with a capital.
func anyCapitalised(src *reading, sent *sentence, sp span) bool {
	f := sent.folded()
	for i := sp.start; i < sp.end; i++ {
		if r, _ := utf8.DecodeRuneInString(src.Raw()[f.norm.At(f.tokens[i].Start):]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
