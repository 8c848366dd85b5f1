package checks

import (
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// uninflected are words matched only as written: a regular ending makes
// another word of them ("found", "founded").
var uninflected = lexicon.Set("uninflected-terms")

// inflected returns the term and the forms of its words that a reader
// takes for the same word: "impact" also finds "impacts", "impacted",
// "impacting"; "rolled out" also finds "rolling out". Only words written
// in lower case with four letters or more vary: a capitalised word is a
// name, and a term with a * already says which endings it takes.
func inflected(raw string) []string {
	if strings.Contains(raw, "*") {
		return []string{raw}
	}
	out := []string{""}
	for i, w := range strings.Fields(raw) {
		forms := wordForms(w)
		var next []string
		for _, o := range out {
			for _, f := range forms {
				if i > 0 {
					f = o + " " + f
				}
				next = append(next, f)
			}
		}
		out = next
		if len(out) > maxInflections {
			return []string{raw}
		}
	}
	if len(out) == 0 {
		return []string{raw}
	}
	return out
}

// maxInflections bounds the forms of one term.
const maxInflections = 32

// wordForms returns a word and its regular inflections, for a lower-case
// word of letters only.
func wordForms(w string) []string {
	if len(w) < 4 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || uninflected[w] {
		return []string{w}
	}
	seen := map[string]bool{w: true}
	out := []string{w}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, b := range bases(w) {
		if b != w && uninflected[b] {
			continue // "founded" does not find "found"
		}
		add(b)
		for _, f := range formsOf(b) {
			add(f)
		}
	}
	return out
}

// bases returns the plain forms a word may be an inflection of.
func bases(w string) []string {
	out := []string{w}
	cut := func(suffix string, then ...string) {
		if stem, ok := strings.CutSuffix(w, suffix); ok && len(stem) >= 3 {
			for _, t := range then {
				if b := stem + t; len(b) >= 4 {
					out = append(out, b)
				}
			}
			if n := len(stem); n >= 4 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouls", rune(stem[n-1])) {
				out = append(out, stem[:n-1]) // "stopped": stop
			}
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"), strings.HasSuffix(w, "ied"):
		cut(w[len(w)-3:], "y")
	case strings.HasSuffix(w, "ing"):
		cut("ing", "", "e")
	case strings.HasSuffix(w, "ed"):
		cut("ed", "", "e")
	case strings.HasSuffix(w, "es"):
		cut("es", "", "e")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		cut("s", "")
	}
	return out
}

// formsOf returns the regular inflections of a plain form.
func formsOf(b string) []string {
	switch {
	case strings.HasSuffix(b, "e"):
		stem := b[:len(b)-1]
		return []string{b + "s", b + "d", stem + "ing"}
	case strings.HasSuffix(b, "y") && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		stem := b[:len(b)-1]
		return []string{stem + "ies", stem + "ied", b + "ing"}
	case strings.HasSuffix(b, "s"), strings.HasSuffix(b, "x"), strings.HasSuffix(b, "sh"), strings.HasSuffix(b, "ch"):
		return []string{b + "es", b + "ed", b + "ing"}
	}
	out := []string{b + "s", b + "ed", b + "ing"}
	if n := len(b); n <= 5 && isCVC(b[n-3:]) {
		last := b[n-1:]
		out = append(out, b+last+"ed", b+last+"ing") // "stop": stopped, stopping
	}
	return out
}

// isCVC reports whether three letters are consonant, vowel, consonant
// (other than w, x, y), the ending whose consonant doubles before -ed.
func isCVC(s string) bool {
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	return !vowel(s[0]) && vowel(s[1]) && !vowel(s[2]) && strings.IndexByte("wxy", s[2]) < 0
}

// isInflection reports whether w is a regular inflection of a ("sensors"
// of "sensor"): another use of the word, not a misspelling of it.
func isInflection(w, a string) bool {
	for _, f := range wordForms(a) {
		if f == w && f != a {
			return true
		}
	}
	return false
}
