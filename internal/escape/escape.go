// Package escape makes text from sources safe where it is shown: a
// terminal, Markdown, HTML, a file URI.
package escape

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ForReaders makes text from sources safe to show people: control
// characters (terminal escape sequences among them: ESC [ ... m, OSC) are
// shown as \x1b and the like, never sent to a terminal; newlines and tabs
// stay.
func ForReaders(b []byte) []byte {
	if !hasControl(b) {
		return b
	}
	var out strings.Builder
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == '\n' || r == '\t':
			out.WriteRune(r)
		case r == utf8.RuneError && size == 1, unicode.IsControl(r):
			out.WriteString(quoteRune(r, b[i]))
		default:
			out.Write(b[i : i+size])
		}
		i += size
	}
	return []byte(out.String())
}

// quoteRune writes a control character as its escape: \x1b, \x9b.
func quoteRune(r rune, first byte) string {
	if r == utf8.RuneError {
		return `\x` + hex2(first)
	}
	if r < 0x100 {
		return `\x` + hex2(byte(r))
	}
	return `\u` + hex2(byte(r>>8)) + hex2(byte(r))
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

func hasControl(b []byte) bool {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != '\n' && r != '\t' && (unicode.IsControl(r) || r == utf8.RuneError && size == 1) {
			return true
		}
		i += size
	}
	return false
}

// NoHTML escapes what a Markdown renderer would take for HTML in text
// from sources: "<script>" shows as text.
func NoHTML(b []byte) []byte {
	if !strings.ContainsAny(string(b), "<>") {
		return b
	}
	return []byte(strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(string(b)))
}

// FileURI writes a slash-separated path as a SARIF URI: each segment
// percent-encoded ("a b.txt" is "a%20b.txt").
func FileURI(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

// Code writes text as a Markdown code span that any file name survives: a
// fence longer than the backticks inside it, pipes escaped so that a table
// cell holds, and line breaks shown as \n.
func Code(s string) string {
	s = strings.NewReplacer("\r", `\r`, "\n", `\n`, "|", `\|`).Replace(s)
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	if longest == 0 {
		return "`" + s + "`"
	}
	fence := strings.Repeat("`", longest+1)
	return fence + " " + s + " " + fence
}
