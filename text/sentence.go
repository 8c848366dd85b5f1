package text

import (
	"github.com/factcheck/factcheck/lexicon"

	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence. They are
// written lower case without their final stop.
var abbreviations = lexicon.Set("abbreviations")

// numberAbbreviations stand before a number only ("No. 5"): before
// anything else their stop ends a sentence ("No. This is ...").
var numberAbbreviations = lexicon.Set("number-abbreviations")

// capitalAbbreviations are abbreviations that are words of their own in
// another language or in English too: they end no sentence only written
// with a capital ("Det. Lt. Ruiz"; Danish "om det.", Swedish "i maj.", "in
// the brig." end one).
var capitalAbbreviations = lexicon.Set("capital-abbreviations")

// months are the names of months and their abbreviations, folded.
var months = lexicon.Ints("months")

// monthFollows reports whether a month name follows the full stop at
// s[dot], after white space (a line break too).
func monthFollows(s string, dot int) bool {
	rest := strings.TrimLeft(s[dot+1:], " \t\r\n") // "am 18.\nNovember": a hard-wrapped line
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	_, ok := months[Fold(rest[:end])]
	return ok
}

// ordinalArticleBefore reports whether the word before the digits at
// s[d:] is one of [ordinal-articles], German articles and prepositions
// joined to one, after which a number with a stop is an ordinal: "im 99.
// Perzentil", "am 3. Spieltag", "der 2. Platz"; not English "rose to 99.
// The next day".
func ordinalArticleBefore(s string, d int) bool {
	before := strings.TrimRight(s[:d], " ")
	if len(before) == len(s[:d]) {
		return false // glued: "v99."
	}
	a := len(before)
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:a])
		if !unicode.IsLetter(r) {
			break
		}
		a -= size
	}
	return ordinalArticles[strings.ToLower(before[a:])]
}

// ordinalArticles: see ordinalArticleBefore.
var ordinalArticles = lexicon.Set("ordinal-articles")

// digitFollows reports whether a digit follows the full stop at s[dot],
// after spaces.
func digitFollows(s string, dot int) bool {
	rest := strings.TrimLeft(s[dot+1:], " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// isCloser reports whether r may follow the end of a sentence and still
// belong to it: a closing quote or bracket.
func isCloser(r rune) bool { return strings.ContainsRune("\"'”’»)]", r) }

// isOpener reports whether r may start a sentence before its first word.
func isOpener(r rune) bool { return strings.ContainsRune("\"'“‘«„‚»¿¡([", r) }

// SplitSentences splits a paragraph into sentences. A sentence ends at
// . ! ? or … (with any closing quotes and brackets) followed by white space
// and a capital letter, a digit or an opening quote, except after a known
// abbreviation ("U.S.", "Sept.", "Gen.") or an initial ("J. Smith").
func SplitSentences(p Mapped) []Mapped { return AppendSentences(nil, p) }

// AppendSentences appends the sentences of a paragraph to out, as
// SplitSentences splits them, so that a caller may reuse one array.
func AppendSentences(out []Mapped, p Mapped) []Mapped {
	s := p.S
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // most of any text: no end mark
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		j := closeSentence(s, i+size)
		if k := skipSpace(s, j); k > j && k < len(s) && opensSentence(s, k) && !(r == '.' && j == i+1 && abbreviationBefore(s, i)) && !dotLeader(s, i, j, k) {
			out = appendTrimmed(out, p, start, j)
			start = k
		}
		i = j
	}
	return appendTrimmed(out, p, start, len(s))
}

// LeaderDots is the fewest dots a dot leader has ("Weight ........ 178
// g"): "..." is an ellipsis.
const LeaderDots = 4

// dotLeader reports whether the end marks s[i:j] are a run of dots that
// leads a label to its figure, as plain-text tables write them: "Weight
// ........ 178 g", "Prize ........ EUR 45,000": a digit at s[k], after a
// currency's sign or code; "death toll.... At 9 a.m." is an ellipsis.
func dotLeader(s string, i, j, k int) bool {
	if j-i < LeaderDots || strings.Trim(s[i:j], ".") != "" {
		return false
	}
	rest := s[k:]
	if code := strings.TrimLeft(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"); len(rest)-len(code) == 3 {
		rest = strings.TrimLeft(code, " ") // "EUR 45,000": a currency's code
	} else if r, size := utf8.DecodeRuneInString(rest); strings.ContainsRune("$€£¥", r) {
		rest = rest[size:]
	}
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// closeSentence returns where a sentence whose end mark stops at s[j]
// ends: after any further end marks, closing quotes and brackets, and
// citation markers ("opened in 2012.[3] It").
func closeSentence(s string, j int) int {
	for j < len(s) {
		if n := citationMark(s[j:]); n > 0 {
			j += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isTerminal(r) && !isCloser(r) && !lowClosing(s, j, r, size) {
			break
		}
		j += size
	}
	return j
}

// lowClosing reports whether the quote mark r at s[j] closes a quotation
// that a low mark opened, as German writes it („Wir bauen neu.“): before
// white space or the end, a “ closes.
func lowClosing(s string, j int, r rune, size int) bool {
	if r != '“' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[j+size:])
	return j+size == len(s) || unicode.IsSpace(next)
}

// skipSpace returns where the white space at s[k] ends.
func skipSpace(s string, k int) int {
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsSpace(r) {
			break
		}
		k += size
	}
	return k
}

// opensSentence reports whether what stands at s[k] may open a sentence:
// a capital letter, a digit, an opening quote or bracket, or a name
// written in lower case with a capital or a digit inside it ("iPhone",
// "v2 keys keep working"), which no writer lowers after a stop.
func opensSentence(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r) || lowerName(s[k:])
}

// lowerName reports whether s opens with a word of lower-case letters
// followed, before its end, by a capital or a digit: "iPhone", "v2",
// "eBay"; not "version" nor "x".
func lowerName(s string) bool {
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsLower(r):
			return false
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return i > 0
		case !unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// appendTrimmed appends to out the piece of p from i to j without the
// white space at either end, unless nothing else is left of it.
func appendTrimmed(out []Mapped, p Mapped, i, j int) []Mapped {
	s := p.S
	i = skipSpace(s[:j], i)
	for j > i {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= size
	}
	if j > i {
		out = append(out, p.Slice(i, j))
	}
	return out
}

// citationMark returns the length of a citation marker at the start of s,
// "[3]" or "[12]", or 0.
func citationMark(s string) int {
	if len(s) < 3 || s[0] != '[' {
		return 0
	}
	k := 1
	for k < len(s) && k <= 4 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 1 || k >= len(s) || s[k] != ']' {
		return 0
	}
	return k + 1
}

// abbreviationBefore reports whether the full stop at s[dot] ends an
// abbreviation or an initial.
func abbreviationBefore(s string, dot int) bool {
	d := dot
	for d > 0 && dot-d < 3 && s[d-1] >= '0' && s[d-1] <= '9' {
		d--
	}
	if d < dot && (d == 0 || !unicode.IsDigit(rune(s[d-1]))) && (monthFollows(s, dot) || ordinalArticleBefore(s, d)) {
		return true // "15. Mai 2025": a day written as an ordinal; "im 99. Perzentil"
	}
	a := dot
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		a -= size
	}
	word := s[a:dot]
	if word == "" {
		return false
	}
	shouted := len(word) >= 3 && word == strings.ToUpper(word) && !strings.Contains(word, ".")
	if lw := strings.ToLower(word); clockAbbreviations[lw] {
		return !sentenceAfterClock(s, dot) // "by 8:20 a.m. Crews worked" ends; "8 a.m. Monday" does not
	} else if abbreviations[lw] && (!numberAbbreviations[lw] || digitFollows(s, dot)) && (!shouted || digitFollows(s, dot)) && (!capitalAbbreviations[lw] || unicode.IsUpper([]rune(word)[0])) {
		return true // but "3:40 p.m. EST. Results ..." ends: in capitals, a zone or an acronym
	}

	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r) && !afterMeasure(s, a) // an initial
}

// sentenceAfterClock reports whether the word after "a.m." or "p.m." at
// s[dot] opens a sentence: a capitalised word in lower case after its
// first letter ("Crews"), not a zone ("EST"), a day, a month or a word of
// [after-clock-words] ("Eastern", "Monday").
func sentenceAfterClock(s string, dot int) bool {
	rest := strings.TrimLeft(s[dot+1:], " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	r, size := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) || size == len(w) || strings.ToUpper(w) == w || stampBefore(s, dot) {
		return false
	}
	_, month := months[Fold(w)]
	after := strings.TrimLeft(rest[end:], " ")
	next := strings.ToLower(after[:strings.IndexFunc(after+" ", func(r rune) bool { return !unicode.IsLetter(r) })])
	zone := next == "time"                                                                                        // "10 a.m. Moscow time", not "Crews timed it"
	short := shortWeekdays[Fold(w)] && (strings.HasPrefix(rest[end:], ".") || strings.HasPrefix(rest[end:], ",")) // "Sat., 18 May", not "Sun had been forecast"
	return !month && !zone && !short && !afterClockWords[Fold(w)]
}

// shortWeekdays are the days' abbreviations: after a.m. they continue the
// sentence only with their stop or comma ("10 a.m. Sat., 18 May").
var shortWeekdays = lexicon.Set("short-weekdays")

// stampBefore reports whether the text before the clock's stop at s[dot],
// back to the sentence's start, is only a stamp: no word of three lower
// case letters or more ("Sat Oct 18, 4:52 a.m.   Cooper Street levee
// breaches" is one timeline entry).
func stampBefore(s string, dot int) bool {
	from := strings.LastIndexAny(s[:max(0, dot-4)], ".!?") + 1
	for _, w := range strings.FieldsFunc(s[from:dot], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 3 && strings.ToLower(w) == w {
			return false
		}
	}
	return true
}

// clockAbbreviations are "a.m" and "p.m": their stop ends a sentence only
// before a word that opens one (see sentenceAfterClock).
var clockAbbreviations, afterClockWords = lexicon.Set("clock-abbreviations"), lexicon.Set("after-clock-words")

// afterMeasure reports whether the letter at s[a] is a unit after a degree
// sign, not an initial: "24 °C." ("In 2019 J. K. Rowling" keeps its
// initial after a number).
func afterMeasure(s string, a int) bool {
	before := strings.TrimRight(s[:a], " ")
	return strings.HasSuffix(before, "°") || strings.HasSuffix(before, "º")
}
