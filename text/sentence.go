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

// months are the names of months and their abbreviations, folded.
var months = lexicon.Ints("months")

// monthFollows reports whether a month name follows the full stop at
// s[dot], after spaces.
func monthFollows(s string, dot int) bool {
	rest := strings.TrimLeft(s[dot+1:], " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	_, ok := months[Fold(rest[:end])]
	return ok
}

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
func isOpener(r rune) bool { return strings.ContainsRune("\"'“‘«([", r) }

// SplitSentences splits a paragraph into sentences. A sentence ends at
// . ! ? or … (with any closing quotes and brackets) followed by white space
// and a capital letter, a digit or an opening quote, except after a known
// abbreviation ("U.S.", "Sept.", "Gen.") or an initial ("J. Smith").
func SplitSentences(p Mapped) []Mapped {
	s := p.S
	var out []Mapped
	emit := func(i, j int) {
		for i < j {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
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
	}
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if n := citationMark(s[j:]); n > 0 {
				j += n // "opened in 2012.[3] It": the citation closes the sentence
				continue
			}
			if !isTerminal(r2) && !isCloser(r2) {
				break
			}
			j += sz
		}
		k := j
		for k < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += sz
		}
		if k == j || k == len(s) {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[k:])
		startsNew := unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)
		if startsNew && !(r == '.' && j == i+1 && abbreviationBefore(s, i)) {
			emit(start, j)
			start = k
		}
		i = j
	}
	emit(start, len(s))
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
	if d < dot && (d == 0 || !unicode.IsDigit(rune(s[d-1]))) && monthFollows(s, dot) {
		return true // "15. Mai 2025": a day written as an ordinal
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
	if lw := strings.ToLower(word); abbreviations[lw] && (!numberAbbreviations[lw] || digitFollows(s, dot)) {
		return true
	}

	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r) // an initial
}
