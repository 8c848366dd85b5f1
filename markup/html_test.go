package markup

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// applied returns line with a Line's edits done: cuts dropped, references
// replaced by their characters, "¶" written where a paragraph breaks.
func applied(line string, lm Line) string {
	cut := make([]bool, len(line))
	for _, c := range lm.Cuts {
		for i := c[0]; i < c[1]; i++ {
			cut[i] = true
		}
	}
	subAt := make(map[int]Sub)
	for _, sb := range lm.Subs {
		subAt[sb.From] = sb
	}
	breakAt := make(map[int]bool)
	for _, at := range lm.Breaks {
		breakAt[at] = true
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		if breakAt[i] {
			b.WriteString("¶")
		}
		if sb, ok := subAt[i]; ok {
			b.WriteString(sb.Text)
			i = sb.To
			continue
		}
		if !cut[i] {
			b.WriteByte(line[i])
		}
		i++
	}
	return b.String()
}

// Each reference read is beside the near miss it must leave alone.
func TestEntities(t *testing.T) {
	tests := []struct{ line, want, why string }{
		{"caf&eacute; &amp; bar", "café & bar", "named references closed by ;"},
		{"caf&eacute bar", "caf&eacute bar", "without its ; a name is left as written"},
		{"&frac12; cup, 10&sup2;", "½ cup, 10²", "names with digits in them"},
		{"&frac99; cup", "&frac99; cup", "letters and digits that name nothing"},
		{"&CounterClockwiseContourIntegral; here", "∳ here", "a name longer than eight letters"},
		{"&CounterClockwiseContourIntegra; here", "&CounterClockwiseContourIntegra; here", "one letter short of that name"},
		{"it&#8217;s, it&#x2019;s, it&#X2019;s", "it’s, it’s, it’s", "numeric references, decimal and hexadecimal"},
		{"&#0; &#xD800; &#x110000; &#12345678; &#x; &#65", "&#0; &#xD800; &#x110000; &#12345678; &#x; &#65", "numbers that name no character, or no ;"},
		{"AT&amp;T", "AT&T", "an escaped ampersand"},
		{"AT&T; R&D & co", "AT&T; R&D & co", "ampersands before words that are no names"},
		{"&notit; here", "¬it; here", "a legacy name followed by letters, as the HTML tokenizer reads it"},
		{"&amp;amp; here", "&amp; here", "a reference's character is not read again"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var lm Line
			entities(tt.line, 0, len(tt.line), &lm)
			assert.Equal(t, tt.want, applied(tt.line, lm))
			for _, sb := range lm.Subs {
				assert.Equal(t, byte('&'), tt.line[sb.From], "a substitution starts at its reference: %+v", sb)
			}
		})
	}
}

// entities reads only line[from:to]: a reference that runs past to is
// none.
func TestEntitiesWithinBounds(t *testing.T) {
	line := "&lt;&gt;&amp;"
	var lm Line
	entities(line, 4, 8, &lm)
	assert.Equal(t, []Sub{{From: 4, To: 8, Text: ">"}}, lm.Subs)
	lm = Line{}
	entities(line, 4, 12, &lm)
	assert.Equal(t, []Sub{{From: 4, To: 8, Text: ">"}}, lm.Subs, "&amp without the ; that lies past to")
}

// splitLines splits a text into lines as the source parser does: at
// "\n", "\r\n" and "\r", each line without its ending, a byte order mark
// dropped from the first; it returns each line's offset in the text too.
func splitLines(src string) (lines []string, starts []int) {
	start := 0
	if strings.HasPrefix(src, bom) {
		start = len(bom)
	}
	for i := start; ; i++ {
		if i == len(src) || src[i] == '\n' || src[i] == '\r' {
			lines, starts = append(lines, src[start:i]), append(starts, start)
			if i == len(src) {
				return lines, starts
			}
			if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
}

// readHTML reads src line by line and returns each line as applied
// writes it, and the element left unclosed.
func readHTML(src string) (kept []string, unclosed string) {
	r := NewReader(FormatHTML, src)
	lines, _ := splitLines(src)
	for _, line := range lines {
		kept = append(kept, applied(line, r.Clean(line)))
	}
	return kept, r.Meta().Unclosed
}

// What the HTML reader keeps of each line ("¶" where a paragraph breaks)
// and the element it finds unclosed. Each case is beside the near miss it
// must not catch.
func TestHTMLReader(t *testing.T) {
	tests := []struct {
		src      string
		want     []string
		unclosed string
		why      string
	}{
		{`<p>The limit is <a title="x>60">50</a>.</p>`, []string{"¶The limit is 50.¶"}, "", "a > inside a quoted attribute value does not end the tag"},
		{`<p>The limit is <a title=x>60">50</a>.</p>`, []string{`¶The limit is 60">50.¶`}, "", "an unquoted value ends at the >, and what follows is text"},

		{"<p>The limit is <a\n  href=\"/x\">50</a> a day</p>", []string{"¶The limit is ", "50 a day¶"}, "", "a tag over two lines is cut on both"},
		{"The limit is 50 <\n 60 a day", []string{"The limit is 50 <", " 60 a day"}, "", "a < that starts no tag is text, and hides nothing of the next line"},

		{"<h2>Limits</h2><ul><li>Fifty</li></ul>", []string{"¶Limits¶¶¶Fifty¶¶"}, "", "block-level tags, opening and closing, break paragraphs"},
		{"<b>Fifty</b> <h1-x>requests</h1-x>", []string{"Fifty requests"}, "", "inline tags break nothing, and a tag's name is read whole: h1-x is no heading"},
		{"<tr><th>Port</th><td class=x>7402</td></tr>", []string{"¶ | Port | 7402¶"}, "", "the cells of a table row are one paragraph, each opened by a bar as in Markdown"},
		{"<table><tr><th>A</th><th colspan=2>Date</th></tr><tr><td>x</td><td>5</td><td>6</td></tr></table>", []string{"¶¶ | A | Date¶¶ | x | 5 | 6¶¶"}, "", "a cell that spans columns: the headers no longer tell them, and none is read"},
		{"<table><tr><th>A</th></tr><tr><td><table><tr><th>B</th></tr></table></td></tr><tr><td>5</td></tr></table>", []string{"¶¶ | A¶¶ | A ¶¶ | B¶¶¶¶ | 5¶¶"}, "", "a table in a cell: no header of either is read after it"},
		{"<table><tr><th>Port</th><th>2024</th></tr><tr><td>Client</td><td>7402</td></tr></table>", []string{"¶¶ | Port | 2024¶¶ | Port Client | 7402¶¶"}, "", "a data cell is read after its column's header, from a row of header cells only; a header with a digit is not"},
		{"<thead><tr><td>Port\n</td><td\n>7402</td></tr>", []string{"¶ | Port", "¶", "7402¶"}, "", "a cell's tag over two lines breaks the paragraph instead"},

		{`<script>if (a < b) { s = "<p>60</p>"; }</script><p>50</p>`, []string{"¶50¶"}, "", "a script's content, tags in its strings too, is no text"},
		{"<scripts>50</scripts>", []string{"50"}, "", "an element whose name only starts with script hides nothing"},

		{`<style>p::after { content: "60" }</style><noscript>Allow 60</noscript><iframe>60</iframe>50`, []string{"50"}, "", "style, noscript and iframe content is not shown"},
		{"<textarea>50 &amp; <b>more</b></textarea>", []string{"50 & <b>more</b>"}, "", "a textarea's content is shown as text, references decoded"},

		{"<title>Limits &amp; <b>caps</b></title>", []string{"¶Limits & <b>caps</b>¶"}, "", "a title holds text only: a tag in it is text, as a browser shows it"},
		{"<h1>Limits &amp; <b>caps</b></h1>", []string{"¶Limits & caps¶"}, "", "in a heading it is a tag"},

		{"<svg><svg></svg><text>60</text></svg><p>50</p>", []string{"¶50¶"}, "", "an svg's content, nested svgs too, is no text"},
		{"<svg/><p>50</p>", []string{"¶50¶"}, "", "an svg that closes itself hides nothing"},
		{"<template><p>60</p><template></template></template>50", []string{"50"}, "", "a template's content, nested templates too, is no text"},

		{"<p>50</p><script>var x = 60;\n<p>70</p>\n", []string{"¶50¶", "", ""}, "<script>", "a script never closed hides the rest of the file, and says so"},
		{"<p>50</p><script>var x = 60;\n</script\n>70\n", []string{"¶50¶", "", "70", ""}, "", "a script's end tag may go on to the next line"},

		{"<p>50</p><!-- note\n<p>70</p>\n", []string{"¶50¶", "", ""}, "<!-- comment", "a comment never closed hides the rest of the file, and says so"},
		{"a <!-- one\ntwo --> 50 --> b", []string{"a ", " 50 --> b"}, "", "a comment over two lines ends at its first -->"},
		{"a <!-- one --!> 50 <!-->70", []string{"a  50 70"}, "", "--!> closes a comment too, and <!--> is an empty one"},

		{"<title>Limits\n<p>50</p>", []string{"¶", ""}, "<title>", "a title never closed takes the rest of the file as its text, as in a browser: said, not read"},
		{"<plaintext>a <b> &amp;\n</plaintext>", []string{"a <b> &amp;", "</plaintext>"}, "", "plaintext runs to the end of the file as written, by design"},
		{"<xmp>a <b> &amp;</xmp>50", []string{"a <b> &amp;50"}, "", "xmp shows its content as written"},

		{`<p title="&eacute;">caf&eacute; &#8217;</p>`, []string{"¶café ’¶"}, "", "references are decoded in text; an attribute's are cut with it"},
		{"<p>AT&T; &#0;</p>", []string{"¶AT&T; &#0;¶"}, "", "an ampersand before no name, and a number that names no character, are text"},
		{"&copy 2024 &amp co, &eacutes", []string{"© 2024 & co, és"}, "", "a legacy name is read without its ;, as in a browser"},
		{"&hellip and &frac99", []string{"&hellip and &frac99"}, "", "other names need their ;"},

		{`<!DOCTYPE html><?xml version="1.0"?><p>50</p>`, []string{"¶50¶"}, "", "a doctype and a processing instruction are cut"},
		{"x </ y> 50 </> z", []string{"x  50  z"}, "", "</ before a space opens a bogus comment, and </> is nothing: both cut, as in a browser"},
		{"1 <2 and 3> 2", []string{"1 <2 and 3> 2"}, "", "a < before a digit is text"},

		{`50 a day <img src="a.png`, []string{"50 a day "}, "", "a tag the file ends inside is cut"},
		{"50 a day </", []string{"50 a day </"}, "", "a </ that the file ends on is text"},

		{"\ufeff<p>50</p>\r\n<p\r\nclass=x>60</p>", []string{"¶50¶", "¶", "60¶"}, "", "a byte order mark dropped from the first line, and \\r\\n endings, keep the offsets"},
		{"<p>50</p>\r<p>60</p>\n", []string{"¶50¶", "¶60¶", ""}, "", "a lone \\r ends a line too"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, unclosed := readHTML(tt.src)
			assert.Equal(t, tt.want, got, "%q", tt.src)
			assert.Equal(t, tt.unclosed, unclosed, "%q", tt.src)
		})
	}
}

// Clean's output for each line: offsets are bytes of the line, a tag over
// two lines is cut on both, and every line joins the paragraph before.
func TestHTMLCleanLines(t *testing.T) {
	r := NewReader(FormatHTML, "<p class=\"a\">Caf&eacute; <b\nid=\"x\">50</b></p>")
	assert.Equal(t, Line{
		Cuts:   [][2]int{{0, 13}, {25, 27}},
		Subs:   []Sub{{From: 16, To: 24, Text: "é"}},
		Breaks: []int{0},
		Join:   true,
	}, r.Clean(`<p class="a">Caf&eacute; <b`))
	assert.Equal(t, Line{
		Cuts:   [][2]int{{0, 7}, {9, 17}},
		Breaks: []int{13},
		Join:   true,
	}, r.Clean(`id="x">50</b></p>`))
	assert.Equal(t, Meta{}, r.Meta())
}

// A piece of the text kept: its text, where it starts in the file, and
// the file's bytes it stands for.
type keptPiece struct {
	text string
	at   int
	orig string
}

// keptPieces reads src line by line and returns the runs of text kept and
// the references decoded, each placed in src by its line's offset.
func keptPieces(src string) []keptPiece {
	var out []keptPiece
	r := NewReader(FormatHTML, src)
	lines, starts := splitLines(src)
	for k, line := range lines {
		lm := r.Clean(line)
		at := starts[k]
		for _, sb := range lm.Subs {
			out = append(out, keptPiece{sb.Text, at + sb.From, src[at+sb.From : at+sb.To]})
		}
		for _, run := range uncut(line, lm) {
			out = append(out, keptPiece{line[run[0]:run[1]], at + run[0], src[at+run[0] : at+run[1]]})
		}
	}
	return out
}

// uncut returns the runs of a line that are neither cut nor replaced.
func uncut(line string, lm Line) [][2]int {
	cut := make([]bool, len(line))
	for _, c := range lm.Cuts {
		for i := c[0]; i < c[1]; i++ {
			cut[i] = true
		}
	}
	for _, sb := range lm.Subs {
		for i := sb.From; i < sb.To; i++ {
			cut[i] = true
		}
	}
	var runs [][2]int
	for i := 0; i < len(line); {
		j := i
		for j < len(line) && !cut[j] {
			j++
		}
		if j > i {
			runs = append(runs, [2]int{i, j})
		}
		i = j + 1
	}
	return runs
}

// Kept text maps to the exact bytes of the file it came from, past a byte
// order mark, \r\n endings and a tag over two lines; a reference maps to
// the reference as written.
func TestHTMLKeptTextMapsToOriginalBytes(t *testing.T) {
	src := "\ufeff<p>Caf&eacute;</p>\r\n<b\r\nid=x>50</b> a day"
	assert.ElementsMatch(t, []keptPiece{
		{"Caf", 6, "Caf"},
		{"é", 9, "&eacute;"},
		{"50", 32, "50"},
		{" a day", 38, " a day"},
	}, keptPieces(src))
}

// A line that is not the next line of the text the reader was made with
// is read on its own, and so is every line after it.
func TestHTMLLinesReadAlone(t *testing.T) {
	r := NewReader(FormatHTML, "<p>50</p>\n<p>60</p>")
	assert.Equal(t, "¶50¶", applied("<p>50</p>", r.Clean("<p>50</p>")))
	assert.Equal(t, "other ", applied("<b>other</b> <!-- x", r.Clean("<b>other</b> <!-- x")))
	assert.Equal(t, "¶60¶", applied("<p>60</p>", r.Clean("<p>60</p>")))
	r = NewReader(FormatHTML, "")
	assert.Equal(t, Line{Join: true}, r.Clean(""))
}

// Whatever the text, each line's edits lie inside it in order, a
// reference is never cut, a paragraph breaks where a cut tag starts, and
// outside the elements whose text may hold tags no tag is kept.
func FuzzHTMLReader(f *testing.F) {
	for _, s := range []string{
		`<p>The limit is <a title="x>60">50</a>.</p>`,
		"<p>50</p><script>var x = 60;\n</script\n>70\n",
		"\ufeff<p>Caf&eacute;</p>\r\n<b\r\nid=x>50</b> a &copy day",
		"a <!-- one\ntwo --!> 50 <svg><text>60</svg> </ x> <",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		r := NewReader(FormatHTML, src)
		lower := strings.ToLower(src)
		literal := strings.Contains(lower, "title") || strings.Contains(lower, "textarea") ||
			strings.Contains(lower, "xmp") || strings.Contains(lower, "plaintext")
		lines, _ := splitLines(src)
		for _, line := range lines {
			lm := r.Clean(line)
			checkLine(t, line, lm)
			for _, run := range uncut(line, lm) {
				if !literal && tagStart(line[run[0]:run[1]]) {
					t.Fatalf("%q keeps a tag of line %q: %q", src, line, line[run[0]:run[1]])
				}
			}
		}
		r.Meta()
	})
}

// checkLine fails the test when a Line's edits do not lie inside line in
// order, a reference is cut, or a paragraph breaks outside a cut.
func checkLine(t *testing.T, line string, lm Line) {
	t.Helper()
	cut := make([]bool, len(line)+1)
	last := 0
	for _, c := range lm.Cuts {
		if c[0] < last || c[1] <= c[0] || c[1] > len(line) {
			t.Fatalf("line %q: cuts %v out of order or bounds", line, lm.Cuts)
		}
		for i := c[0]; i < c[1]; i++ {
			cut[i] = true
		}
		last = c[1]
	}
	last = 0
	for _, sb := range lm.Subs {
		if sb.From < last || sb.To <= sb.From || sb.To > len(line) || !replaceable(line[sb.From:sb.To], sb.Text) || cut[sb.From] || cut[sb.To-1] {
			t.Fatalf("line %q: substitution %+v out of place (%v)", line, sb, lm.Subs)
		}
		last = sb.To
	}
	for _, b := range lm.Breaks {
		if b < 0 || b >= len(line) || line[b] != '<' || !cut[b] {
			t.Fatalf("line %q: a break at %d, not at a cut tag (%v)", line, b, lm.Breaks)
		}
	}
}

// replaceable reports whether a substitution of text for written is one the
// reader makes: a reference's character, or cellMark for the whole start
// tag of a table cell.
func replaceable(written, text string) bool {
	if strings.HasPrefix(written, "&") {
		return true
	}
	name := strings.ToLower(strings.TrimLeft(written, "<"))
	cell := strings.HasPrefix(name, "td") || strings.HasPrefix(name, "th")
	return cell && written[0] == '<' && strings.HasSuffix(written, ">") && strings.HasPrefix(text, cellMark)
}

// tagStart reports whether text holds a "<" that starts a tag, a comment
// or a declaration.
func tagStart(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		c := text[i+1]
		letter := 'a' <= c|0x20 && c|0x20 <= 'z'
		if text[i] == '<' && (letter || c == '!' || c == '?') {
			return true
		}
	}
	return false
}
