package checks

import (
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/spell"
	"github.com/factcheck/factcheck/text"
)

// codeOff says how an identifier in a text is off the sheet's.
type codeOff int

const (
	codeNotOff codeOff = iota
	// codeChanged is a digit changed, added, dropped or swapped in a part
	// of the identifier, a letter after its digits, or a letter in a short
	// part: "CVE-2025-31848" or "CVE-2025-31874" for CVE-2025-31847,
	// "zip7qs" for zip7q, "BT1" for KT1. A slip of the keyboard, or another
	// identifier of a series.
	codeChanged
	// codeSlip is a letter changed, added, dropped or swapped in the
	// letters that open a part of four or more, before its digits: "zpi7q"
	// for zip7q, "VRAMQ6X" for VRAM6X. Another identifier is rarely so;
	// a digit off ("CVE-2025-31874", two swapped) or a suffix after the
	// digits ("zip7qs") often is, and is codeChanged.
	codeSlip
)

// minCodePart is the fewest characters the part of an identifier that is
// off may have: "GPT-5" beside GPT-4, "M3" beside M2 are other products.
const minCodePart = 3

// minSlipPart is the fewest characters a part must have for a swap or a
// letter off to be a slip for certain: "A71" and "A17" are two models.
const minSlipPart = 4

// isCode reports whether a spelling of a name is an identifier: a word in
// it starts with a letter and holds a digit ("zip7q", "KT1"), or it is
// words and digits joined with no space ("CVE-2025-31847", "F-00004417").
func isCode(spelling string, words []string) bool {
	digits := false
	for _, w := range words {
		if letterDigit(w) {
			return true
		}
		digits = digits || strings.ContainsAny(w, "0123456789")
	}
	return digits && len(words) >= 2 && !strings.ContainsAny(spelling, " \t")
}

// nearMissCodes adds the identifiers of a sentence that are one character
// off an accepted spelling that is an identifier, in one part holding a
// digit: "CVE-2025-31874" or "zip9q" for CVE-2025-31847 and zip7q. The
// other parts must be the sheet's, joined as the sheet joins them.
func (m nameMatcher) nearMissCodes(f *nameMentions, sent *sentence) {
	fs := sent.folded()
	for _, ai := range m.codes {
		ws := m.accepted[ai]
		for i := 0; i+len(ws) <= len(fs.tokens); i++ {
			k, off := partOff(fs.tokens[i:i+len(ws)], ws)
			if off == codeNotOff || m.known[fs.tokens[i+k].Text] || !joinedCode(fs, i, i+len(ws)) {
				continue
			}
			if f.add(span{i, i + len(ws)}, nameNearMiss, m.spelled[ai]) {
				f.out[len(f.out)-1].code = off
			}
		}
	}
}

// partOff compares the words of a text with those of an identifier: all
// the same but one, which holds a digit in both, has at least minCodePart
// characters and is one edit off. It returns that word and how it is off.
func partOff(toks []text.Token, ws []string) (int, codeOff) {
	at := -1
	for k, w := range ws {
		if toks[k].Text == w {
			continue
		}
		if at >= 0 {
			return 0, codeNotOff
		}
		at = k
	}
	if at < 0 {
		return 0, codeNotOff
	}
	got, want := toks[at].Text, ws[at]
	if !strings.ContainsAny(got, "0123456789") || !strings.ContainsAny(want, "0123456789") || utf8.RuneCountInString(want) < minCodePart || spell.Distance(got, want) != 1 {
		return 0, codeNotOff
	}
	if len(want) >= minSlipPart && !editsDigit(got, want) && inStem(got, want) {
		return at, codeSlip
	}
	return at, codeChanged
}

// inStem reports whether what differs between two words, their common
// start and end set aside, ends before the first digit of want: in the
// letters an identifier opens with ("zpi7q", "VRAMQ6X"), not in a suffix
// after its digits ("zip7qs", "X100F"), which names another product as
// often as not.
func inStem(got, want string) bool {
	p := 0
	for p < len(got) && p < len(want) && got[p] == want[p] {
		p++
	}
	d := strings.IndexAny(want, "0123456789")
	return d >= 0 && p <= d
}

// editsDigit reports whether what differs between two words, their
// common start and end set aside, holds a digit.
func editsDigit(a, b string) bool {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	e := 0
	for e < len(a)-p && e < len(b)-p && a[len(a)-1-e] == b[len(b)-1-e] {
		e++
	}
	return strings.ContainsAny(a[p:len(a)-e]+b[p:len(b)-e], "0123456789")
}

// joinedCode reports whether tokens from start to end are written as one
// identifier: joined by a mark of codeJoins (or a slash, a colon, a
// backslash), no space.
func joinedCode(fs *foldedSentence, start, end int) bool {
	for k := start + 1; k < end; k++ {
		gap := fs.norm.S[fs.tokens[k-1].End:fs.tokens[k].Start]
		if gap == "" || strings.Trim(gap, "-._/\\:") != "" {
			return false
		}
	}
	return true
}
