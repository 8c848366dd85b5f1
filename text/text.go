// Package text folds text for matching while keeping each byte's offset
// in the original file, and splits it into words and sentences: the
// layer every later stage reads text through.
package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/lexicon"
	"golang.org/x/text/unicode/norm"
)

// Mapped is text together with, for each of its bytes, the byte offset in
// the original file it came from. Off has one entry more than S: the offset
// just past the last byte. Offsets are 32 bits (sources are at most
// MaxSourceSize bytes), which halves the largest cost of normalising.
//
// Text copied whole from the original (see Original) has no Off: byte i
// came from base+i. Most lines of a large corpus are such a run, and need
// neither a copy nor four bytes of offset per byte.
type Mapped struct {
	S    string
	Off  []int32
	base int
}

// Original returns text that stands in the original whole at offset at,
// mapped without a table of offsets.
func Original(s string, at int) Mapped { return Mapped{S: s, base: at} }

// At returns the original offset of byte i.
func (m Mapped) At(i int) int {
	if m.Off == nil {
		return m.base + i
	}
	return int(m.Off[i])
}

// Slice returns the bytes [i, j) of m with their offsets.
func (m Mapped) Slice(i, j int) Mapped {
	if m.Off == nil {
		return Mapped{S: m.S[i:j], base: m.base + i}
	}
	return Mapped{S: m.S[i:j], Off: m.Off[i : j+1]}
}

// Span returns the byte range in the original text orig that m's bytes
// [i, j) came from: from the first byte's rune to the end of the last
// byte's rune, never reaching into text dropped after it. ends gives the
// end of original runs that were replaced as a whole (an HTML entity).
func (m Mapped) Span(orig string, ends map[int]int, i, j int) (start, end int) {
	if j <= i {
		return m.At(i), m.At(i)
	}
	last := m.At(j - 1)
	if e, ok := ends[last]; ok {
		return m.At(i), e
	}
	_, size := utf8.DecodeRuneInString(orig[last:])
	return m.At(i), last + size
}

// Builder assembles a mapped text piece by piece.
type Builder struct {
	b   strings.Builder
	off []int32
}

// AddOriginal appends text copied from the original at offset base.
func (mb *Builder) AddOriginal(text string, base int) {
	mb.b.WriteString(text)
	n := len(mb.off)
	mb.off = slices.Grow(mb.off, len(text))[:n+len(text)]
	for i := range len(text) {
		mb.off[n+i] = int32(base + i)
	}
}

// AddAt appends text that all stands for the original byte at offset at.
func (mb *Builder) AddAt(text string, at int) {
	mb.b.WriteString(text)
	for range len(text) {
		mb.off = append(mb.off, int32(at))
	}
}

// AddMapped appends a mapped text with its offsets.
func (mb *Builder) AddMapped(m Mapped) {
	if m.Off == nil {
		mb.AddOriginal(m.S, m.base)
		return
	}
	mb.b.WriteString(m.S)
	mb.off = append(mb.off, m.Off[:len(m.S)]...)
}

// String returns the text built so far.
func (mb *Builder) String() string { return mb.b.String() }

// Grow makes room for n more bytes.
func (mb *Builder) Grow(n int) {
	mb.b.Grow(n)
	if cap(mb.off)-len(mb.off) < n {
		off := make([]int32, len(mb.off), len(mb.off)+n+1)
		copy(off, mb.off)
		mb.off = off
	}
}

// Done returns the text built, ending at original offset end.
func (mb *Builder) Done(end int) Mapped {
	return Mapped{S: mb.b.String(), Off: append(mb.off, int32(end))}
}

// special folds for runes that Unicode decomposition leaves alone.
var special = map[rune]string{
	'ø': "o", 'Ø': "o", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ß': "ss",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
	'…': "...",
	// a unit's power: "m³" is "m3", "km²" is "km2"
	'²': "2", '³': "3",
}

// FoldRune returns the folded form of one rune: lower case, no diacritics,
// one kind of quote, apostrophe, dash and space. Invisible runes fold to "".
func FoldRune(r rune) string {
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

// FoldInto folds s and appends the result to dst: lower case, no
// diacritics, one kind of quote, dash and space, runs of spaces collapsed
// to one, no leading or trailing space. When off is not nil it holds the
// original offset of each byte of s (and one past the end), and the offset
// of each byte appended is appended to offs. Terms and texts are folded by
// this one rule, so that they match. ASCII, most of any text, takes a fast
// path that folds byte by byte.
//
// It also returns the index in s of the trailing space it dropped, or -1.
func FoldInto(dst []byte, offs []int32, s string, off []int32) ([]byte, []int32, int) {
	if off == nil {
		return foldInto(dst, nil, Mapped{S: s}, false)
	}
	return foldInto(dst, offs, Mapped{S: s, Off: off}, true)
}

// foldInto is FoldInto for a mapped text, whose offsets are appended to
// offs when mapped is true.
func foldInto(dst []byte, offs []int32, m Mapped, mapped bool) ([]byte, []int32, int) {
	s := m.S
	base := len(dst)
	space, spaceAt := false, -1
	put := func(piece string, i int) {
		for k := 0; k < len(piece); k++ {
			dst = append(dst, piece[k])
			if mapped {
				offs = append(offs, int32(m.At(i)))
			}
		}
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			c = foldByte(c)
			if c == ' ' {
				if space || len(dst) == base {
					i++
					continue
				}
				space, spaceAt = true, i
			} else {
				space = false
			}
			dst = append(dst, c)
			if mapped {
				offs = append(offs, int32(m.At(i)))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f := FoldRune(r)
		switch {
		case f == " ":
			if space || len(dst) == base {
				i += size
				continue
			}
			space, spaceAt = true, i
		case f != "":
			space = false
		}
		put(f, i)
		i += size
	}
	if !space {
		return dst, offs, -1
	}
	dst = dst[:len(dst)-1]
	if mapped {
		offs = offs[:len(offs)-1]
	}
	return dst, offs, spaceAt
}

// foldByte folds an ASCII byte as FoldRune does: lower case, one kind of
// space and of quote. Small enough to be inlined into FoldInto's loop.
func foldByte(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
		return ' '
	case c == '`':
		return '\''
	}
	return c
}

// FoldMapped maps a piece of original text to its folded form. It ends where
// the text ends, or where a trailing space it drops began.
func FoldMapped(m Mapped) Mapped {
	buf, offs, dropped := foldInto(make([]byte, 0, len(m.S)), make([]int32, 0, len(m.S)+1), m, true)
	end := m.At(len(m.S))
	if dropped >= 0 {
		end = m.At(dropped)
	}
	return Mapped{S: string(buf), Off: append(offs, int32(end))}
}

// Fold returns the folded form of s that matching works on: lower case, no
// diacritics, curly quotes and dashes unified, spaces collapsed.
func Fold(s string) string {
	buf, _, _ := FoldInto(make([]byte, 0, len(s)), nil, s, nil)
	return string(buf)
}

// CollapseSpace returns s with runs of white space made one space and none
// at either end, always as a new string: evidence kept after a source is
// let go must not hold on to the source's text through a substring.
func CollapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for f := (fields{s: s}); f.next(); {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f.field)
	}
	return b.String()
}

// fields walks the fields of a string as strings.Fields splits it, around
// runs of white space, without building a slice.
type fields struct {
	s     string
	i     int
	field string // the current field, after next reports true
}

// next moves to the next field, and reports whether there is one.
func (f *fields) next() bool {
	s, i := f.s, f.i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !IsASCIISpace(c) {
				break
			}
			i++
		} else if n := spaceAt(s, i); n > 0 {
			i += n
		} else {
			break
		}
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if IsASCIISpace(c) {
				break
			}
			j++
		} else if spaceAt(s, j) > 0 {
			break
		} else {
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
		}
	}
	f.i, f.field = j, s[i:j]
	return j > i
}

func IsASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// spaceAt returns the size of the white space rune at s[i], or 0.
func spaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if IsASCIISpace(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// FieldsHash hashes the fields of s (FNV-1a), so that texts that differ
// only in white space hash alike.
// It reads s once: each field's bytes, then a space after it.
func FieldsHash(s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	in := false // within a field
	for i := 0; i < len(s); {
		c, n := s[i], 1
		if c >= utf8.RuneSelf {
			if n = spaceAt(s, i); n == 0 {
				_, n = utf8.DecodeRuneInString(s[i:])
				for k := i; k < i+n; k++ {
					h = (h ^ uint64(s[k])) * prime
				}
				in, i = true, i+n
				continue
			}
		} else if !IsASCIISpace(c) {
			h = (h ^ uint64(c)) * prime
			in, i = true, i+1
			continue
		}
		if in {
			h = (h ^ ' ') * prime // the end of a field
		}
		in, i = false, i+n
	}
	if in {
		h = (h ^ ' ') * prime
	}
	return h
}

// SameFields reports whether a and b have the same fields: whether they
// differ only in white space.
func SameFields(a, b string) bool {
	fa, fb := fields{s: a}, fields{s: b}
	for {
		na, nb := fa.next(), fb.next()
		if na != nb || fa.field != fb.field {
			return false
		}
		if !na {
			return true
		}
	}
}

// A Token is a word or number in folded text: a run of letters and digits.
type Token struct {
	Text       string
	Start, End int // byte offsets in the folded text
}

func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Tokenize splits folded text into words and numbers.
func Tokenize(s string) []Token {
	// Runs of ASCII letters and digits and of other runes are counted
	// first, so that the words are allocated once: the count is exact for
	// folded text, whose other runes are nearly all letters.
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		w := isASCIIWordByte(s[i]) || s[i] >= utf8.RuneSelf
		if w && !in {
			n++
		}
		in = w
	}
	toks := make([]Token, 0, n)
	start := -1
	for i, r := range s {
		if IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = appendWord(toks, s, start, i)
			start = -1
		}
	}
	if start >= 0 {
		toks = appendWord(toks, s, start, len(s))
	}
	return toks
}

// gluedCurrencyCodes ([glued-currency-codes]) are the currency codes that
// sources glue to an amount: "EUR4.8bn", "GBP200m", "Rs500".
var gluedCurrencyCodes = lexicon.Set("glued-currency-codes")

// gluedZoneLetters ([glued-zone-letters]) are the zones of one letter that
// texts glue to a time: "08:21Z".
var gluedZoneLetters = lexicon.Set("glued-zone-letters")

// appendWord appends the word of s from start to end to toks: one token,
// or two with nothing between when it is a currency code glued to a
// figure ("eur4", "rs500"), so that the code is read as the figure's unit,
// or a zone's letter glued to two or four digits ("21z", "0821z").
func appendWord(toks []Token, s string, start, end int) []Token {
	w := s[start:end]
	if n := len(w) - 1; (n == 2 || n == 4) && gluedZoneLetters[w[n:]] && isDigitString(w[:n]) {
		return append(toks, Token{Text: w[:n], Start: start, End: start + n}, Token{Text: w[n:], Start: start + n, End: end})
	}
	for k := 2; k <= 3 && k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			continue
		}
		if gluedCurrencyCodes[w[:k]] {
			return append(toks, Token{Text: w[:k], Start: start, End: start + k}, Token{Text: w[k:], Start: start + k, End: end})
		}
		break
	}
	return append(toks, Token{Text: w, Start: start, End: end})
}

// isDigitString reports whether s is ASCII digits only.
func isDigitString(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Words returns the words and numbers of s, folded.
func Words(s string) []string {
	var out []string
	for _, t := range Tokenize(Fold(s)) {
		out = append(out, t.Text)
	}
	return out
}

// AnyOf reports whether any of words is in set.
func AnyOf(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
