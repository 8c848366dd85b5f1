package checks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// mapped is text together with, for each of its bytes, the byte offset in
// the original file it came from. off has one entry more than s: the offset
// just past the last byte.
type mapped struct {
	s   string
	off []int
}

// slice returns the bytes [i, j) of m with their offsets.
func (m mapped) slice(i, j int) mapped { return mapped{s: m.s[i:j], off: m.off[i : j+1]} }

// span returns the byte range in the original text orig that m's bytes
// [i, j) came from: from the first byte's rune to the end of the last
// byte's rune, never reaching into text dropped after it. ends gives the
// end of original runs that were replaced as a whole (an HTML entity).
func (m mapped) span(orig string, ends map[int]int, i, j int) (start, end int) {
	if j <= i {
		return m.off[i], m.off[i]
	}
	last := m.off[j-1]
	if e, ok := ends[last]; ok {
		return m.off[i], e
	}
	_, size := utf8.DecodeRuneInString(orig[last:])
	return m.off[i], last + size
}

// mapBuilder assembles a mapped text piece by piece.
type mapBuilder struct {
	b   strings.Builder
	off []int
}

// addOriginal appends text copied from the original at offset base.
func (mb *mapBuilder) addOriginal(text string, base int) {
	mb.b.WriteString(text)
	for i := range len(text) {
		mb.off = append(mb.off, base+i)
	}
}

// addAt appends text that all stands for the original byte at offset at.
func (mb *mapBuilder) addAt(text string, at int) {
	mb.b.WriteString(text)
	for range len(text) {
		mb.off = append(mb.off, at)
	}
}

// addMapped appends a mapped text with its offsets.
func (mb *mapBuilder) addMapped(m mapped) {
	mb.b.WriteString(m.s)
	mb.off = append(mb.off, m.off[:len(m.s)]...)
}

// grow makes room for n more bytes.
func (mb *mapBuilder) grow(n int) {
	mb.b.Grow(n)
	if cap(mb.off)-len(mb.off) < n {
		off := make([]int, len(mb.off), len(mb.off)+n+1)
		copy(off, mb.off)
		mb.off = off
	}
}

func (mb *mapBuilder) len() int { return mb.b.Len() }

// done returns the text built, ending at original offset end.
func (mb *mapBuilder) done(end int) mapped {
	return mapped{s: mb.b.String(), off: append(mb.off, end)}
}

// special folds for runes that Unicode decomposition leaves alone.
var special = map[rune]string{
	'ø': "o", 'Ø': "o", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ß': "ss",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
	'…': "...",
}

// foldRune returns the folded form of one rune: lower case, no diacritics,
// one kind of quote, apostrophe, dash and space. Invisible runes fold to "".
func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return string(r + 'a' - 'A')
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			return " "
		case r == '`':
			return "'"
		}
		return string(r)
	}
	switch r {
	case '‘', '’', '‚', '‛', '′', '´', 'ʼ':
		return "'"
	case '“', '”', '„', '‟', '″', '«', '»', '〝', '〞':
		return "\""
	case '‐', '‑', '‒', '–', '—', '―', '−', '⸺', '⸻':
		return "-"
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return ""
	}
	if s, ok := special[r]; ok {
		return s
	}
	if unicode.IsSpace(r) {
		return " "
	}
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// foldEach folds s rune by rune and hands each non-empty piece, with the
// byte index of its rune, to emit: lower case, no diacritics, one kind of
// quote, dash and space, runs of spaces collapsed to one and no leading
// space. It reports whether the last piece emitted was a space, which the
// caller drops. Terms and texts are folded by this one rule, so that they
// match.
func foldEach(s string, emit func(i int, piece string), empty func() bool) (trailingSpace bool) {
	space := false
	for i, r := range s {
		f := foldRune(r)
		if f == " " {
			if space || empty() {
				continue
			}
			space = true
		} else if f != "" {
			space = false
		}
		emit(i, f)
	}
	return space
}

// fold maps a piece of original text to its folded form.
func fold(m mapped) mapped {
	var mb mapBuilder
	mb.grow(len(m.s))
	trailing := foldEach(m.s, func(i int, f string) { mb.addAt(f, m.off[i]) }, func() bool { return mb.len() == 0 })
	out := mb.done(m.off[len(m.s)])
	if trailing {
		out = out.slice(0, len(out.s)-1)
	}
	return out
}

// Fold returns the folded form of s that matching works on: lower case, no
// diacritics, curly quotes and dashes unified, spaces collapsed.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	trailing := foldEach(s, func(_ int, f string) { b.WriteString(f) }, func() bool { return b.Len() == 0 })
	out := b.String()
	if trailing {
		out = out[:len(out)-1]
	}
	return out
}

// A token is a word or number in folded text: a run of letters and digits.
type token struct {
	text       string
	start, end int // byte offsets in the folded text
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits folded text into words and numbers.
func tokenize(s string) []token {
	var toks []token
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, token{text: s[start:i], start: start, end: i})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, token{text: s[start:], start: start, end: len(s)})
	}
	return toks
}
