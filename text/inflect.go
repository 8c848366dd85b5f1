package text

import (
	"strings"

	"github.com/factcheck/factcheck/lexicon"
)

// uninflected are words matched only as written: a regular ending makes
// another word of them ("found", "founded").
var uninflected = lexicon.Set("uninflected-terms")

// Inflected returns the term and the forms of its words that a reader
// takes for the same word: "impact" also finds "impacts", "impacted",
// "impacting"; "rolled out" also finds "rolling out". Only words written
// in lower case with four letters or more vary: a capitalised word is a
// name, and a term with a * already says which endings it takes.
func Inflected(raw string) []string {
	if strings.Contains(raw, "*") {
		return []string{raw}
	}
	words := strings.Fields(raw)
	if len(words) == 0 {
		return []string{raw}
	}
	forms := make([][]string, len(words))
	n := 1
	for i, w := range words {
		forms[i] = WordForms(w)
		if i > 0 && i == len(words)-1 && len(forms[i]) == 1 {
			forms[i] = shortPlural(w) // "property tax" finds "property taxes"
		}
		n *= len(forms[i])
	}
	if n > maxInflections {
		// Too many combinations: only the last word varies ("data
		// breach notifications").
		for i := range forms[:len(forms)-1] {
			forms[i] = []string{words[i]}
		}
	}
	out := []string{""}
	for i, fs := range forms {
		var next []string
		for _, o := range out {
			for _, f := range fs {
				if i > 0 {
					f = o + " " + f
				}
				next = append(next, f)
			}
		}
		out = next
	}
	return out
}

// shortPlural returns a word of three lower-case letters, which takes no
// inflections alone ("new" would find "news"), and its plural, for the last
// word of a term of several: "property tax" and "property taxes", "ticket
// fee" and "ticket fees".
func shortPlural(w string) []string {
	if len(w) != 3 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || uninflected[w] {
		return []string{w}
	}
	if strings.ContainsRune("sxz", rune(w[2])) {
		return []string{w, w + "es"}
	}
	return []string{w, w + "s"}
}

// maxInflections bounds the forms of one term; past it, only its last
// word varies.
const maxInflections = 32

// WordForms returns a word and its regular inflections, for a lower-case
// word of letters only.
func WordForms(w string) []string {
	if len(w) < 4 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || uninflected[w] {
		return []string{w}
	}
	if strings.HasSuffix(w, "ing") {
		// Mostly a noun ("opening", "meeting", "building"), not a form of
		// "open" or "meet": only its plural.
		return []string{w, w + "s"}
	}
	bs := bases(w)
	for _, b := range bs {
		if uninflected[b] {
			return []string{w} // "founded" does not find "found", nor "states" "stated"
		}
	}
	seen := map[string]bool{w: true}
	out := []string{w}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, b := range bs {
		if b == w && len(bs) > 1 {
			if maySingular(w) {
				add(w + "es") // "canvases", not "canvasing"
			}
			continue // an inflected form: its forms come from its plain form
		}
		add(b)
		for _, f := range formsOf(b) {
			add(f)
		}
	}
	return out
}

// maySingular reports whether a word in -as or -os may be a plain form
// as well as a plural ("canvas" and "canvases", as "quotas" and "quota";
// "chaos", "photos"): it keeps a plural of its own.
func maySingular(w string) bool {
	return strings.HasSuffix(w, "as") || strings.HasSuffix(w, "os")
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
			if n := len(stem); n-1 >= 4 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouls", rune(stem[n-1])) {
				out = append(out, stem[:n-1]) // "dropped": drop
			}
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		cut("ies", "y", "ie") // "parties": party; "movies": movie
	case strings.HasSuffix(w, "ied"):
		cut("ied", "y")
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
