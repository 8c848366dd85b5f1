package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A story's sheet takes the wording of its quote facts from the story's
// FACTS.md when the evaluation runs, so that no words of the labelled
// corpus are copied into this repository. A quote is written
//
//	quote: "{{FACTS C13}}"
//
// for the first quotation in row C13's canonical column, or
//
//   - "{{FACTS C15: just automatically won't => won't automatically}}"
//
// for that quotation with a few words changed, as FACTS.md's ACCEPT
// column allows. Each change must apply exactly once.
var factsQuote = regexp.MustCompile(`"\{\{FACTS ([A-Z]+[0-9]+)(?::([^}"]*))?\}\}"`)

// withQuotes returns the sheet with every quote placeholder replaced by
// the wording FACTS.md gives, as a YAML double-quoted string.
func withQuotes(sheet, factsMD []byte) ([]byte, error) {
	var err error
	out := factsQuote.ReplaceAllFunc(sheet, func(m []byte) []byte {
		sub := factsQuote.FindSubmatch(m)
		q, e := rowQuote(string(factsMD), string(sub[1]))
		if e == nil {
			q, e = applyEdits(q, string(sub[2]))
		}
		if e != nil {
			if err == nil {
				err = fmt.Errorf("%s: %w", m, e)
			}
			return m
		}
		return []byte(strconv.Quote(q))
	})
	return out, err
}

// rowQuote returns the first quotation in the canonical column (the third)
// of the FACTS.md table row with the given id.
func rowQuote(factsMD, id string) (string, error) {
	for _, line := range strings.Split(factsMD, "\n") {
		cols := strings.Split(line, "|")
		if len(cols) < 4 || strings.TrimSpace(cols[1]) != id {
			continue
		}
		if q, ok := firstQuotation(cols[3]); ok {
			return q, nil
		}
		return "", fmt.Errorf("row %s of FACTS.md has no quotation in its third column", id)
	}
	return "", fmt.Errorf("FACTS.md has no row %s", id)
}

// firstQuotation returns the text inside the first pair of quotation
// marks: “…”, ‘…’ or '…', where an apostrophe between letters (won't)
// closes nothing.
func firstQuotation(s string) (string, bool) {
	pairs := map[rune]rune{'“': '”', '‘': '’', '\'': '\'', '"': '"'}
	for i, r := range s {
		closer, ok := pairs[r]
		if !ok || (i > 0 && isLetter(lastRune(s[:i]))) {
			continue
		}
		start := i + utf8.RuneLen(r)
		for j, c := range s[start:] {
			k := start + j
			if c != closer {
				continue
			}
			after, _ := utf8.DecodeRuneInString(s[k+utf8.RuneLen(c):])
			if closer == '\'' && isLetter(after) {
				continue // an apostrophe
			}
			return s[start:k], true
		}
	}
	return "", false
}

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// applyEdits applies "old => new" changes separated by ";", each of which
// must match exactly once.
func applyEdits(q, edits string) (string, error) {
	for _, e := range strings.Split(edits, ";") {
		if strings.TrimSpace(e) == "" {
			continue
		}
		old, new, ok := strings.Cut(e, "=>")
		old, new = strings.TrimSpace(old), strings.TrimSpace(new)
		if !ok || old == "" {
			return "", fmt.Errorf("the change %q is not old => new", e)
		}
		if n := strings.Count(q, old); n != 1 {
			return "", fmt.Errorf("%q stands %d times in the quotation, not once", old, n)
		}
		q = strings.Replace(q, old, new, 1)
	}
	return q, nil
}
