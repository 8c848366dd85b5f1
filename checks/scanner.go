package checks

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/text"
)

// scanner reads a sentence's tokens with the text between them.
type scanner struct {
	s    string
	toks []text.Token
	// cased is the sentence the tokens are of, whose case before folding
	// capital reads; nil where the case is not known.
	cased *sentence
}

// capital reports whether token i is written with a capital letter first,
// before folding; true where the case is not known (cased is nil), false
// past the sentence's tokens.
func (sc scanner) capital(i int) bool {
	if i < 0 || i >= len(sc.toks) {
		return false
	}
	return sc.cased == nil || unicode.IsUpper(sc.cased.writtenAt(i))
}

func (sc scanner) tok(i int) string {
	if i < 0 || i >= len(sc.toks) {
		return ""
	}
	return sc.toks[i].Text
}

// gap returns the text between token i-1 and token i.
func (sc scanner) gap(i int) string {
	if i <= 0 || i >= len(sc.toks) {
		return ""
	}
	return sc.s[sc.toks[i-1].End:sc.toks[i].Start]
}

// textAfter returns the text between token end-1 and token end, or after
// the last token when end is past it: what follows a number ending before
// token end ("%" in "45%.").
func (sc scanner) textAfter(end int) string {
	switch {
	case end <= 0 || end > len(sc.toks):
		return ""
	case end == len(sc.toks):
		return sc.s[sc.toks[end-1].End:]
	}
	return sc.gap(end)
}

// startsWithDigit reports whether a word opens with a digit: "6am", "14".
func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// isDigits reports whether s is digits only, and not empty.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dayNum reads a day of the month: "7", "07", "7th", and the first of a
// month as French and Portuguese write it: "1er", "1º".
func (sc scanner) dayNum(i int) (int, bool) {
	t := sc.tok(i)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		t = strings.TrimSuffix(t, suf)
	}
	if t == "1er" || t == "1º" || t == "1°" || t == "1o" {
		t = "1"
	}
	if !isDigits(t) || len(t) > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(t)
	return n, n >= 1 && n <= 31
}

func (sc scanner) year4(i int) (int, bool) {
	t := sc.tok(i)
	if len(t) != 4 || !isDigits(t) {
		return 0, false
	}
	n, _ := strconv.Atoi(t)
	return n, n >= 1000 && n <= 2999
}

func (sc scanner) month(i int) (int, bool) {
	m, ok := months[sc.tok(i)]
	return m, ok
}

// plainGap reports whether only spaces stand between two tokens: a date
// ties to a verb of saying only when nothing else separates them.
func plainGap(g string) bool { return strings.TrimSpace(g) == "" }

// isNumberGap reports whether the text between two digit runs makes them
// one number: a decimal point or thousands separator.
func isNumberGap(g string) bool { return g == "." || g == "," }

// wordWithin reports whether a token for which match holds stands within
// reach words before a span (dir -1) or after it (dir 1), with no mark of
// marks between them: a word of the span's clause.
func (sc scanner) wordWithin(sp span, dir, reach int, marks string, match func(k int) bool) bool {
	if dir < 0 {
		for k := sp.start - 1; k >= 0 && k >= sp.start-reach; k-- {
			if strings.ContainsAny(sc.gap(k+1), marks) {
				return false
			}
			if match(k) {
				return true
			}
		}
		return false
	}
	for k := sp.end; k < len(sc.toks) && k < sp.end+reach; k++ {
		if strings.ContainsAny(sc.gap(k), marks) {
			return false
		}
		if match(k) {
			return true
		}
	}
	return false
}
