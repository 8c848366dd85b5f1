package checks

import "strings"

// codeJoins are the marks that join the parts of an identifier or a
// version with no space: CVE-2020-31337, v3.8.2, 3.0-beta4, K9_x.
var codeJoins = map[string]bool{"-": true, ".": true, "_": true}

// codeRun reports whether token i is part of an identifier or a version
// rather than a quantity or a date, and returns the end of that run. A run
// is tokens joined by codeJoins with no space; it is a code when a token
// in it starts with a letter and holds a digit (v2, beta4, k9), when a
// word is joined by a hyphen to the digits after it and more digits follow
// (CVE-2020-31337, ISO-8601-1) or a word of one or two letters is (F-35,
// MH-17), or when three or more numbers are joined by
// dots (3.8.2, 10.0.0.1). "24-hour", "2.5", "2,000-3,000" and a decimal
// after a long word ("magnitude-7.1") are no codes.
func (sc scanner) codeRun(i int) (end int, ok bool) {
	start := i
	for start > 0 && codeJoins[sc.gap(start)] {
		start--
	}
	end = i + 1
	for end < len(sc.toks) && codeJoins[sc.gap(end)] {
		end++
	}
	if end-start < 2 && !letterDigit(sc.tok(i)) {
		return 0, false
	}
	if sc.dotGroups(start+1) == end && end-start >= 3 && len(sc.tok(start)) <= 3 && isDigits(sc.tok(start)) {
		return 0, false // 1.234.567: thousands, as many languages write them
	}
	if sc.looksCode(start, end) {
		return end, true
	}
	return 0, false
}

// looksCode reports whether the joined run of tokens from start to end is
// an identifier or a version, by the rules that codeRun gives.
func (sc scanner) looksCode(start, end int) bool {
	dotted, digitsAfterWord := 1, 0
	for k := start; k < end; k++ {
		t := sc.tok(k)
		if letterDigit(t) {
			return true
		}
		switch {
		case k > start && isDigits(t) && isDigits(sc.tok(k-1)) && sc.gap(k) == ".":
			dotted++
			if dotted >= 3 {
				return true
			}
		default:
			dotted = 1 // "3.5-4.5": two numbers, not one of three parts
		}
		if isDigits(t) && k > start && (digitsAfterWord > 0 && sc.gap(k) != "." || (isLetters(sc.tok(k-1)) && sc.gap(k) == "-")) { // not "magnitude-7.1", a decimal after a word
			digitsAfterWord++
			if digitsAfterWord >= 2 || len(sc.tok(k-1)) <= 2 {
				return true // CVE-2020-31337; F-35, MH-17
			}
		} else if !isDigits(t) {
			digitsAfterWord = 0
		}
	}
	return false
}

// letterDigit reports whether t starts with a letter and holds a digit.
func letterDigit(t string) bool {
	return t != "" && !startsWithDigit(t) && strings.ContainsAny(t, "0123456789")
}

// isLetters reports whether t is letters only.
func isLetters(t string) bool {
	return t != "" && !strings.ContainsAny(t, "0123456789")
}
