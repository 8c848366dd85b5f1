package checks

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A reading is one source as one run reads it: the document, which runs
// share and never change, and what this run works out of its sentences
// and quotes, each on first use.
type reading struct {
	*document.Source
	sents  []sentence
	quotes []passage
	// passages are the document's quoted passages as marked, for telling
	// which words of a sentence stand inside quotes.
	passages []document.Passage
	// tables holds, by the start of each line asked about, the table the
	// line is a row of (nil for none), and htmlTables each HTML table by
	// the offset of its start tag (see tableOf).
	tables, htmlTables map[int]*tableBlock
	// lower holds the folded words the source writes in lower case
	// somewhere (see writesInLower), built on first use.
	lower map[string]bool
	// timesIn holds the zone the text gives for all its times ("All times
	// Eastern."), nil for none, once worked out (see timesZone).
	timesIn *textZone
	// twelve says whether the source writes its times in hours of twelve
	// ("5:02 p.m."), once worked out (see writesTwelveHours).
	twelve *bool
	// headings holds the source's date headings, once worked out (see
	// dayOf).
	headings *[]dateHeading
	// places holds, by paragraph, the place of a round-up's item
	// ("SILVERTON — ..."), once worked out (see roundUpPlace).
	places *map[int]string
}

// writesInLower reports whether the source writes the folded word w in
// lower case somewhere: "según" in "según la policía" is a word, not a
// name, wherever it opens a sentence.
func (r *reading) writesInLower(w string) bool {
	if r.lower == nil {
		r.lower = map[string]bool{}
		for i := range r.sents {
			sent := &r.sents[i]
			for k, t := range sent.folded().tokens {
				if unicode.IsLower(sent.writtenAt(k)) {
					r.lower[t.Text] = true
				}
			}
		}
	}
	return r.lower[w]
}

// newReading starts a run's reading of a source whose text is at hand.
func newReading(src *document.Source) *reading {
	r := &reading{Source: src, sents: make([]sentence, len(src.Sentences)), passages: src.Passages()}
	for i, s := range src.Sentences {
		r.sents[i].Sentence, r.sents[i].index = s, i
	}
	qs := src.Quotes()
	r.quotes = make([]passage, len(qs))
	for i := range qs {
		r.quotes[i] = passage{Passage: qs[i]}
	}
	return r
}

// A sentence is a document's sentence with what a run reads in it: its
// folded form and punctuation, the values it states and its words, each
// worked out when first asked for. A sentence is read by one goroutine.
// All but its text hang from its folded form: most sentences of a large
// corpus are never folded, and cost a run three words and a string.
type sentence struct {
	*document.Sentence
	fold  *foldedSentence
	index int    // in the source's sentences
	text  string // the sentence as the source writes it, once asked for (see Text)
}

// writtenAt returns the first character of token i as the source writes
// it, before folding: "à" where the folded word is "a".
func (sent *sentence) writtenAt(i int) rune {
	return sent.writtenRune(sent.folded().tokens[i].Start)
}

// writtenLastAt returns the last character of token i as the source
// writes it: "í" of Spanish "Sí", "ó" of "atribuyó".
func (sent *sentence) writtenLastAt(i int) rune {
	return sent.writtenRune(sent.folded().tokens[i].End - 1)
}

// writtenRune returns the character of the source that the folded text's
// byte at offset comes from.
func (sent *sentence) writtenRune(offset int) rune {
	p := sent.Piece()
	k := sent.pieceIndex(sent.folded().norm.At(offset))
	if k >= len(p.S) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(p.S[k:])
	return r
}

// pieceIndex returns the index in the sentence's written text of the first
// byte at or after the source offset o.
func (sent *sentence) pieceIndex(o int) int {
	p := sent.Piece()
	return sort.Search(len(p.S), func(j int) bool { return p.At(j) >= o })
}

// upperAt reports whether token i is written in capitals only, letters
// and all ("CZK", not "The" nor "CZ2").
func (sent *sentence) upperAt(i int) bool {
	f, p := sent.folded(), sent.Piece()
	to := f.norm.At(f.tokens[i].End - 1)
	k := sent.pieceIndex(f.norm.At(f.tokens[i].Start))
	n := 0
	for j, r := range p.S[k:] {
		if p.At(k+j) > to {
			break
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0
}

// determinerAt reports whether token i is a determiner as written: the
// folded "a" of French "à" ("s'élevait à 312 400 fin février") is none.
func (sent *sentence) determinerAt(i int) bool {
	w := sent.folded().tokens[i].Text
	return determiners[w] && (w != "a" || unicode.ToLower(sent.writtenAt(i)) == 'a')
}

// Text returns the sentence as the source writes it, worked out once: the
// findings of every fact in the sentence share the one string.
func (sent *sentence) Text() string {
	if sent.text == "" {
		sent.text = sent.Sentence.Text()
	}
	return sent.text
}

// A foldedSentence is a sentence folded for matching, with the
// punctuation before each of its words.
type foldedSentence struct {
	norm   text.Mapped // folded text mapped to original offsets
	tokens []text.Token
	marks  []marks // punctuation before each token, counted from the start
	// dates and numbers are read on first use (see extract), so that
	// sentences no fact is about cost no extraction.
	dates     []dateMention
	bounds    []dateMention // dates after a bound word ("until 2026"), the event's only for a fact that says so
	numbers   []numberMention
	versions  []versionMention // read on first use, for version facts only
	versioned bool
	clocks    []clockMention // read on first use, for time facts only
	clocked   bool
	extracted bool
	outside   *wordList // folded words outside quoted passages (see outsideWords)
	all       *wordList // every folded word (see words)
}

// folded returns the sentence folded for matching.
func (sent *sentence) folded() *foldedSentence {
	if sent.fold == nil {
		f := sent.Folded()
		sent.fold = &foldedSentence{norm: f.Norm, tokens: f.Tokens, marks: clauseMarks(f.Norm.S, f.Tokens)}
	}
	return sent.fold
}

// extract reads the sentence's dates and numbers, once.
func (sent *sentence) extract() {
	if f := sent.folded(); !f.extracted {
		f.dates, f.bounds = extractDates(f.norm.S, f.tokens, sent)
		f.dates = sent.withoutNameParts(f.dates)
		f.numbers = extractNumbers(f.norm.S, f.tokens, f.dates, sent)
		f.extracted = true
	}
}

// withoutNameParts drops the days counted from the report that are a word
// of a name: "Today" written with a capital after a capitalised word or a
// name's "'s" ("told Alderia Today", "the BBC's Today programme"; "It
// reopens Today" of a headline in title case too, which loses no value a
// sentence of the text does not give).
func (sent *sentence) withoutNameParts(ds []dateMention) []dateMention {
	var out []dateMention
	for k, d := range ds {
		name := d.expr.rel == relDay && d.end-d.start == 1 && sent.afterName(d.start) || sent.namedWeekday(d) || sent.namedMonth(d)
		if name && out == nil {
			out = append(make([]dateMention, 0, len(ds)), ds[:k]...)
		}
		if out != nil && !name {
			out = append(out, d)
		}
	}
	if out == nil {
		return ds
	}
	return out
}

// namedWeekday reports whether a weekday of another language that is a
// given name too ("Domingo") is written with a capital: a name, no date;
// not opening the sentence before a comma or a word of
// [weekday-after-opening] ("Domenica il comune ha stanziato", "Domingo
// por la tarde"), as a day is written there, nor with its day and month
// after it ("Domenica 15 settembre").
func (sent *sentence) namedWeekday(d dateMention) bool {
	if d.expr.day != 0 && d.expr.month != 0 {
		return false // "Domenica 15 settembre la glaciologa ...": a weekday with its day and month is a date
	}
	sc := sent.scanner()
	for k := d.start; k < d.end; k++ {
		if !lowerOnlyWeekdays[sc.tok(k)] || !unicode.IsUpper(sent.writtenAt(k)) {
			continue
		}
		if k > 0 || !strings.HasPrefix(sc.gap(1), ",") && !weekdayAfterOpening[sc.tok(1)] {
			return true
		}
	}
	return false
}

// weekdayAfterOpening: see namedWeekday.
var weekdayAfterOpening = lexicon.Set("weekday-after-opening")

// namedMonth reports whether a month alone, with no day or year, is a
// given name: written with a capital, right before a capitalised word
// ("Julio Ortega, de 52 años", "June Almeida said"), with no preposition
// before it ("in June Smith resigned" stays a month).
func (sent *sentence) namedMonth(d dateMention) bool {
	toks := sent.folded().tokens
	if d.expr.rel != absolute || d.expr.day != 0 || d.expr.year != 0 || d.end-d.start != 1 || d.end >= len(toks) {
		return false
	}
	if d.start > 0 && (datePreps[toks[d.start-1].Text] || yearPreps[toks[d.start-1].Text] || monthKeepers[toks[d.start-1].Text]) {
		return false // "In June Smith", "last June Reuters reported"
	}
	if sent.titleCase() {
		return false // "Acme Launched Its Phone In Europe Last June After Delays"
	}
	sc := sent.scanner()
	next := toks[d.end].Text
	_, month := months[next]
	return sc.gap(d.end) == " " && isLetters(next) && !month && unicode.IsUpper(sent.writtenAt(d.start)) && unicode.IsUpper(sent.writtenAt(d.end))
}

// monthKeepers, right before a month, keep it a month before a capitalised
// word: "last June Reuters reported", "by June Acme had".
var monthKeepers = lexicon.Set("month-keepers")

// titleCase reports whether most words of a sentence of several are
// written with a capital, as a headline in title case is.
func (sent *sentence) titleCase() bool {
	toks := sent.folded().tokens
	caps := 0
	for i := range toks {
		if unicode.IsUpper(sent.writtenAt(i)) {
			caps++
		}
	}
	return len(toks) >= 4 && caps*3 >= len(toks)*2
}

// lowerOnlyWeekdays are weekdays of other languages that are given names
// too, read only in lower case ([weekdays-lower-only]).
var lowerOnlyWeekdays = lexicon.Set("weekdays-lower-only")

// afterName reports whether token i is written with a capital right after
// a capitalised word, or after one's "'s".
func (sent *sentence) afterName(i int) bool {
	if i == 0 || !unicode.IsUpper(sent.writtenAt(i)) {
		return false
	}
	f := sent.folded()
	if gap := f.norm.S[f.tokens[i-1].End:f.tokens[i].Start]; gap != " " {
		return false
	}
	if k := i - 1; f.tokens[k].Text == "s" && k > 0 && apostrophe(f.norm.S[f.tokens[k-1].End:f.tokens[k].Start]) {
		i = k // "the BBC's Today"
	}
	return unicode.IsUpper(sent.writtenAt(i - 1))
}

// dateAt returns the date mention of index i: of dateMentions, then of
// boundMentions after them.
func (sent *sentence) dateAt(i int) dateMention {
	if ds := sent.dateMentions(); i < len(ds) {
		return ds[i]
	}
	return sent.fold.bounds[i-len(sent.fold.dates)]
}

// boundMentions returns the dates the sentence gives after a bound word
// ("until 30 September 2026", "before 2013"): no date of an event, except
// of a fact whose term is that word (see dateKind.candidates).
func (sent *sentence) boundMentions() []dateMention {
	sent.extract()
	return sent.fold.bounds
}

// dateMentions returns the dates the sentence states.
func (sent *sentence) dateMentions() []dateMention {
	sent.extract()
	return sent.fold.dates
}

// versionMentions returns the versions the sentence states.
func (sent *sentence) versionMentions() []versionMention {
	if f := sent.folded(); !f.versioned {
		f.versions = extractVersions(f.norm.S, f.tokens, sent)
		f.versioned = true
	}
	return sent.fold.versions
}

// clockMentions returns the times of day with a zone the sentence states.
func (sent *sentence) clockMentions() []clockMention {
	if f := sent.folded(); !f.clocked {
		f.clocks = extractClocks(f.norm.S, f.tokens, sent)
		f.clocked = true
	}
	return sent.fold.clocks
}

// numberMentions returns the numbers the sentence states.
func (sent *sentence) numberMentions() []numberMention {
	sent.extract()
	return sent.fold.numbers
}

// words returns the folded words of the sentence.
func (sent *sentence) words() wordList {
	if f := sent.folded(); f.all == nil {
		ws := make([]string, len(f.tokens))
		for i, t := range f.tokens {
			ws[i] = t.Text
		}
		l := newWordList(ws)
		f.all = &l
	}
	return *sent.fold.all
}
