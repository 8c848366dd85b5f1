package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A Passage is a quoted passage of a paragraph: the words between quote
// marks, which may span sentences.
type Passage struct {
	Start, End  int    // original byte offsets of the quoted text, marks excluded
	Text        string // folded
	First, Last int    // the sentences it spans
	// Labelled marks a transcript's line after a speaker's label: the
	// label alone says who speaks it.
	Labelled bool
	// Seams are where each part after the first of a quote interrupted by
	// an attribution starts in Text: "Part one," he added, "part two."
	Seams []int
}

// speechVerbs mark attribution outside a quote: "said the minister", "he added".
var speechVerbs = lexicon.Set("speech-markers")

// findPassages returns the quoted passages of a folded paragraph of src. Double
// quotes of every kind fold to '"' and pair up in order; an opening mark
// left without its closing one runs to the end of the paragraph. Single
// quotes count only where they cannot be apostrophes.
func (src *Source) findPassages(p text.Mapped) []Passage {
	s := p.S
	var marks []int
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			marks = append(marks, i)
		}
	}
	var out []Passage
	add := func(a, b int) {
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && strings.ContainsRune(" ,;:", rune(s[b-1])) {
			b-- // a comma before the closing mark belongs to the sentence
		}
		if a < b && strings.IndexFunc(s[a:b], text.IsWordRune) >= 0 {
			start, end := src.SpanOf(p, a, b)
			out = append(out, Passage{Start: start, End: end, Text: s[a:b]})
		}
	}
	for k := 0; k < len(marks); k += 2 {
		if k+1 < len(marks) {
			add(marks[k]+1, marks[k+1])
		} else {
			add(marks[k]+1, len(s))
		}
	}
	if len(marks) == 0 {
		low := lowQuoted(s)
		for _, q := range low {
			add(q[0], q[1])
		}
		if len(low) == 0 {
			for _, q := range singleQuoted(s) {
				add(q[0], q[1])
			}
		}
	}
	return out
}

// lowQuoted finds the passages that Dutch papers quote between two commas
// and two apostrophes, ",,Wij betalen niet." closed by a pair of
// apostrophes (the low-9 marks „ fold to a double quote already).
func lowQuoted(s string) [][2]int {
	var out [][2]int
	for i := 0; i+2 < len(s); {
		open := strings.Index(s[i:], ",,")
		if open < 0 {
			break
		}
		a := i + open + 2
		if i+open > 0 && s[i+open-1] != ' ' || a >= len(s) || !text.IsWordRune(rune(s[a])) {
			i = a
			continue
		}
		b := strings.Index(s[a:], "''")
		if b < 0 {
			break
		}
		out = append(out, [2]int{a, a + b})
		i = a + b + 2
	}
	return out
}

// singleQuoted finds 'quoted' passages: an opening mark after a space or at
// the start and before a letter, a closing one after a letter or stop and
// before a space, a stop or the end. Apostrophes ("Anna's", "countries'")
// have letters on both sides or follow an s, and do not qualify.
func singleQuoted(s string) [][2]int {
	var out [][2]int
	open := -1
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		atStart := i == 0 || before == ' ' || before == '('
		atEnd := i+1 == len(s) || after == ' ' || strings.ContainsRune(".,;:!?)", after)
		switch {
		case open < 0 && atStart && unicode.IsLetter(after):
			open = i
		case open >= 0 && atEnd && before != 's' && (unicode.IsLetter(before) || strings.ContainsRune(".,!?", before)):
			out = append(out, [2]int{open + 1, i})
			open = -1
		}
	}
	return out
}

// maxInterruption is how many words may stand between two passages that
// are one quote interrupted: "Part one," he added, "part two."
const maxInterruption = 6

// joinInterrupted returns the passages with each quote that is interrupted
// by a short attribution joined into one. A passage need not start after
// the one before it ends: a column's header, read before each of its
// cells, maps to the cell's offset (see keptPieces).
func (s *Source) joinInterrupted() []Passage {
	var out []Passage
	for _, p := range s.passages {
		if n := len(out); n > 0 && p.Start >= out[n-1].End && p.Start-out[n-1].End <= 200 && s.interrupts(&out[n-1], p) {
			prev := &out[n-1]
			prev.Seams = append(prev.Seams, len(prev.Text)+1)
			prev.Text += " " + p.Text
			prev.End, prev.Last = p.End, p.Last
			continue
		}
		out = append(out, p)
	}
	return out
}

// interrupts reports whether what stands between two passages close
// together only interrupts one quotation: a few words on one line, with a
// verb of speech, in the same or the next sentence. The cheap tests come
// first: most passages close together are not one quotation.
func (s *Source) interrupts(prev *Passage, p Passage) bool {
	if p.First > prev.Last+1 || strings.ContainsAny(s.raw[prev.End:p.Start], "\n\r") {
		return false
	}
	if p.First > prev.Last && p.First < len(s.Sentences) {
		lead := s.raw[s.Sentences[p.First].Start:p.Start]
		if strings.IndexFunc(lead, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return false // `"...," he said. He repeated that "...": a quotation of its own
		}
	}
	gap := strings.TrimRight(s.raw[prev.End:p.Start], " \t\"“”«»„")
	if gap == "" || !strings.ContainsAny(gap[len(gap)-1:], ",:.;—–-") {
		return false // `"a good day", said he expected "well over 30,000"`: the words after the verb go on, no second part of the quote opens
	}
	folded := text.Fold(s.raw[prev.End:p.Start])
	between := text.Tokenize(folded)
	if len(between) > maxInterruption {
		return false
	}
	ws := make([]string, len(between))
	for i, t := range between {
		ws[i] = t.Text
	}
	for i, w := range ws {
		if quoteJoinStops[w] && (i == 0 || strings.Contains(folded[between[0].End:between[i].Start], ",")) {
			return false // `"a failure" and said she expected "answers"`, `"...," he said, and he promised to "..."`: two quotations; not "told staff and reporters"
		}
	}
	return text.AnyOf(ws, speechVerbs)
}

// quoteJoinStops, anywhere in what stands between two passages, make them
// two quotations: "and", "but" ("he said, and he promised to").
var quoteJoinStops = lexicon.Set("quote-join-stops")

// mayQuote reports whether a paragraph, unfolded, may hold a quoted
// passage (see findPassages): a mark that folds to a double quote, or one
// that folds to a single quote and does not follow a letter or digit as an
// apostrophe does. It errs only towards yes, and spares folding the
// paragraphs that quote nothing. ASCII bytes other than quote marks, most
// of any text, are passed over without decoding.
func mayQuote(p string) bool {
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"', c == ',' && i+1 < len(p) && p[i+1] == ',':
				return true // ",,": a Dutch quotation opens
			case (c == '\'' || c == '`') && !wordBefore(p, i):
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		f := text.FoldRune(r)
		if strings.Contains(f, `"`) || strings.Contains(f, "'") && !wordBefore(p, i) {
			return true
		}
		i += size
	}
	return false
}

// wordBefore reports whether a letter or digit stands just before p[i].
func wordBefore(p string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return i > 0 && text.IsWordRune(r)
}

// notSpeakerLabels are labels of prose, not of a transcript's speaker:
// "UPDATE:", "TODO(rsc):".
var notSpeakerLabels = lexicon.Set("not-speaker-labels")

// maxLabelWords is the most words a speaker's label may have: "HELLE
// BRANDSTROP (chair, Finanstilsynet):" has two and a bracket.
const maxSpeakerWords = 4

// speakerLine returns, for a paragraph with no quote marks that opens with
// a speaker's label, as transcripts write them ("WHITCOMBE: This outbreak
// was preventable.", "Dr Ana Lima (health officer): We knew."), what
// follows the label as a quoted passage: the label, outside it, names who
// says it. Each word of the label is capitalised, a label of one word in
// capitals ("Note:" labels prose); a bracket may follow. The words start
// with a capital and end with a stop, as spoken sentences are transcribed:
// a headline ("Whitcombe: outbreak preventable") or a line of minutes
// ("Whitcombe: noted that ...") is none.
func (src *Source) speakerLine(p text.Mapped) (Passage, bool) {
	s := p.S
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon+1 >= len(s) || s[colon+1] != ' ' {
		return Passage{}, false
	}
	label := strings.TrimSpace(s[:colon])
	if open := strings.IndexByte(label, '('); open > 0 && strings.HasSuffix(label, ")") {
		label = strings.TrimSpace(label[:open])
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > maxSpeakerWords || len(words) == 1 && (strings.ToUpper(label) != label || notSpeakerLabels[text.Fold(label)]) {
		return Passage{}, false // "Note:", "UPDATE:": one capitalised word is a label of prose
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return Passage{}, false
		}
	}
	a, b := colon+1, len(s)
	for a < b && s[a] == ' ' {
		a++
	}
	if r, _ := utf8.DecodeRuneInString(s[a:]); !unicode.IsUpper(r) {
		return Passage{}, false // "Name: noted that ...", a headline "Name: outbreak preventable"
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \t”\"'’)")); !strings.ContainsRune(".!?…", last) {
		return Passage{}, false
	}
	start, end := src.SpanOf(p, a, b)
	return Passage{Start: start, End: end, Text: text.Fold(s[a:b]), Labelled: true}, true
}

// dashLines returns, for a paragraph, the speech that a dash opens at its
// start or right after a sentence's stop, as Polish, Nordic and Spanish
// papers set it off ("– Nie pozwolimy na to – mówiła.", "Wniosek złożyła
// radna. – Nasze chodniki ... – mówiła.", "– Vi stänger ingen skola, sade
// hon.", "—Nos vamos —dijo el alcalde—."): the words from
// the dash to the next dash after a space, or to the comma before a clause
// of saying, as quoted passages, when a verb of saying stands in the few
// words after them. A list's dash with no verb of saying after its words
// is none.
func (src *Source) dashLines(p text.Mapped) []Passage {
	s := p.S
	var out []Passage
	for a := 0; a < len(s); {
		at, open := nextSpeechDash(s, a)
		if at < 0 {
			break
		}
		a = at + len(open)
		b, tail := dashSpeechEnd(s, a)
		if b < 0 || !saidIn(tail) {
			continue
		}
		from, to := a, b
		for from < to && s[from] == ' ' {
			from++
		}
		for to > from && strings.ContainsRune(" ,", rune(s[to-1])) {
			to--
		}
		if from < to {
			start, end := src.SpanOf(p, from, to)
			out = append(out, Passage{Start: start, End: end, Text: text.Fold(s[from:to])})
		}
		a = b
	}
	return out
}

// nextSpeechDash returns where, from byte a of s, the next en or em dash
// stands that opens the paragraph or follows a sentence's stop and a
// space, and the dash; -1 when none does.
func nextSpeechDash(s string, a int) (int, string) {
	for a < len(s) {
		k := strings.IndexAny(s[a:], "–—")
		if k < 0 {
			return -1, ""
		}
		k += a
		d := "–"
		if strings.HasPrefix(s[k:], "—") {
			d = "—"
		}
		before := strings.TrimRight(s[:k], " \t")
		if before == "" || strings.ContainsRune(".!?", rune(before[len(before)-1])) && len(before) < k {
			return k, d
		}
		a = k + len(d)
	}
	return -1, ""
}

// dashSpeechEnd returns where the speech that a dash opens at byte a of s
// ends, and the words after it to the end of their sentence: at the next
// dash after a space ("– ... – mówiła"), or at the first comma whose clause
// after it, to a stop, is short ("..., sade hon.") or opens with a verb of
// saying ("..., sade kommunstyrelsens ordförande Anna Berg i sitt tal.");
// -1 when neither.
func dashSpeechEnd(s string, a int) (int, string) {
	for _, d := range []string{" –", " —"} {
		if k := strings.Index(s[a:], d); k >= 0 {
			return a + k, clauseTail(s[a+k+len(d):])
		}
	}
	short := -1
	for k := a; k < len(s); k++ {
		if s[k] != ',' {
			continue
		}
		tail := clauseTail(s[k+1:])
		ws := text.Words(text.Fold(tail))
		if len(ws) > 0 && saidIn(ws[0]) {
			return k, tail // "..., sade hon": not an earlier comma of the speech
		}
		if short < 0 && len(ws) <= maxInterruption {
			short = k
		}
	}
	if short >= 0 {
		return short, clauseTail(s[short+1:])
	}
	return -1, ""
}

// clauseTail returns s up to its first stop, question or exclamation mark,
// or the whole of s.
func clauseTail(s string) string {
	if k := strings.IndexAny(s, ".!?"); k >= 0 {
		return s[:k]
	}
	return s
}

// saidIn reports whether a word of [other-saying-verbs] or
// [dash-speech-verbs] stands among the first maxInterruption words of s:
// the clause that says who spoke. English verbs are left out: English sets
// no speech off with a dash, and "– Police closed the road, officials
// said" is a list's item.
func saidIn(s string) bool {
	ws := text.Words(text.Fold(s))
	ws = ws[:min(len(ws), maxInterruption)]
	return text.AnyOf(ws, otherSayings) || text.AnyOf(ws, dashSayings)
}

// dashSayings ([dash-speech-verbs]) are the verbs of saying of the
// languages that set speech off with a dash: see dashLines.
var dashSayings = lexicon.Set("dash-speech-verbs")

// introducesSpeech reports whether a paragraph ends by introducing what
// someone says next: its last sentence ends with a colon up to
// maxIntroTail words after a verb of saying, and holds no negation ("She
// said:", "The ministry wrote in a statement:", "Er sagte:").
// A list's lead-in ("The plan has three parts:") introduces none.
func introducesSpeech(prev string) bool {
	prev = strings.TrimRight(prev, " *_")
	if !strings.HasSuffix(prev, ":") {
		return false
	}
	last := prev[strings.LastIndexAny(prev[:len(prev)-1], ".!?")+1:]
	words := text.Words(text.Fold(last))
	if text.AnyOf(words, introNegations) {
		return false // "never said:", "did not say:"
	}
	tail := words[max(0, len(words)-1-maxIntroTail):]
	return text.AnyOf(tail, speechVerbs) || text.AnyOf(tail, otherSayings)
}

// maxIntroTail is how many words may follow the verb of saying before the
// colon of an introduction: "said in a statement:", "told reporters on
// Monday:"; not "said the plan was simple:", "said of the director:".
const maxIntroTail = 3

// introNegations in the introducing sentence make it no introduction of
// what was said ("never said:").
var introNegations = lexicon.Set("intro-negations")

// otherSayings are verbs of saying in other languages ("sagte", "dijo").
var otherSayings = lexicon.Set("other-saying-verbs")

// introducedLine returns, for a paragraph with no quote marks, the whole of
// it as a passage, to be taken as quoted when the paragraph before
// introduces speech (see introducesSpeech): a Markdown or HTML blockquote
// whose marks are markup, or a scraped page that lost them. Its words start
// with a capital and end with a stop, as spoken sentences are transcribed.
func (src *Source) introducedLine(p text.Mapped) (Passage, bool) {
	s := p.S
	a, b := 0, len(s)
	for a < b && s[a] == ' ' {
		a++
	}
	if r, _ := utf8.DecodeRuneInString(s[a:]); !unicode.IsUpper(r) {
		return Passage{}, false
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " ")); !strings.ContainsRune(".!?…", last) {
		return Passage{}, false
	}
	start, end := src.SpanOf(p, a, b)
	return Passage{Start: start, End: end, Text: text.Fold(s[a:b])}, true
}
