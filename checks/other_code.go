package checks

import (
	"strings"

	"github.com/factcheck/factcheck/facts"
)

// A namedCode is an identifier that opens with a word joined by a hyphen
// to digits: CVE-2026-41170, MH-17. prefix is its first word, folded.
type namedCode struct {
	prefix, full string
}

// namedCodes returns the identifiers of a sentence that open with a word
// and a hyphen (see namedCode), left to right.
func (sent *sentence) namedCodes() []namedCode {
	sc := sent.scanner()
	var codes []namedCode
	for i := 0; i < len(sc.toks); i++ {
		if !isLetters(sc.tok(i)) || sc.gap(i+1) != "-" || !isDigits(sc.tok(i+1)) || i > 0 && codeJoins[sc.gap(i)] {
			continue
		}
		end, ok := sc.codeRun(i)
		if !ok {
			continue
		}
		var b strings.Builder
		b.WriteString(sc.tok(i))
		for k := i + 1; k < end; k++ {
			b.WriteString(sc.gap(k) + sc.tok(k))
		}
		codes = append(codes, namedCode{prefix: sc.tok(i), full: b.String()})
		i = end - 1
	}
	return codes
}

// claimCodes returns the identifiers the claim of a fact names
// ("CVE-2026-41170 was exploited before the fix"), nil for none.
func claimCodes(f *facts.Fact) []namedCode {
	if !strings.Contains(f.Claim, "-") {
		return nil
	}
	var codes []namedCode
	for _, sent := range claimSentences(f) {
		codes = append(codes, sent.namedCodes()...)
	}
	return codes
}

// otherCode returns an identifier of a sentence that has the prefix of
// one the claim names but is another, when the sentence names none of the
// claim's, or "": in "a flaw in a rival kit, CVE-2025-20931, was
// exploited", for a claim of CVE-2026-41170, the flaw is another.
func (m *matcher) otherCode(sent *sentence) string {
	if len(m.codes) == 0 {
		return ""
	}
	other := ""
	for _, c := range sent.namedCodes() {
		for _, own := range m.codes {
			switch {
			case c.full == own.full:
				return ""
			case c.prefix == own.prefix && other == "":
				other = strings.ToUpper(c.full)
			}
		}
	}
	return other
}

// otherCodeWhy says why a sentence that names another identifier than the
// claim's is doubted (see otherCode).
func otherCodeWhy(code string) string {
	return "the sentence names " + code + ", another identifier of the kind the claim names, and not the claim's: it may tell of that one"
}
