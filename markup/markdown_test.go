package markup

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// render reads md line by line as the reader of sources does and shows
// what Clean said of each line: "B|" when the line starts a paragraph,
// "J|" when it goes on with the one before, "-|" otherwise; then the line
// with each byte cut shown as '~', each substitution as {its text} and
// each paragraph break as ¶. Every byte kept stands at its column in the
// source, so a kept word maps to the very bytes it was read from.
func render(md string) []string {
	r := NewReader(FormatMarkdown, md)
	var out []string
	lines, _ := splitLines(md)
	for _, line := range lines {
		out = append(out, renderLine(line, r.Clean(line)))
	}
	return out
}

// renderLine shows one line as render does.
func renderLine(line string, l Line) string {
	cut := make([]bool, len(line))
	for _, c := range l.Cuts {
		for i := c[0]; i < c[1]; i++ {
			cut[i] = true
		}
	}
	subs := map[int]Sub{}
	for _, s := range l.Subs {
		subs[s.From] = s
	}
	var b strings.Builder
	switch {
	case l.Block:
		b.WriteString("B|")
	case l.Join:
		b.WriteString("J|")
	default:
		b.WriteString("-|")
	}
	for i := 0; i < len(line); i++ {
		for _, at := range l.Breaks {
			if at == i {
				b.WriteString("¶")
			}
		}
		if s, ok := subs[i]; ok && !cut[i] {
			b.WriteString("{" + s.Text + "}")
			if s.To > s.From {
				i = s.To - 1
				continue
			}
		}
		if cut[i] {
			b.WriteByte('~')
			continue
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

type markdownCase struct {
	md   string
	want []string
	why  string
}

// runCases checks each case's rendering.
func runCases(t *testing.T, tests []markdownCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, render(tt.md), "%q", tt.md)
		})
	}
}

// Inline markup: what marks text up is cut, the text it marks kept where
// it stands; each case stands beside the look-alike it must not catch.
func TestMarkdownInline(t *testing.T) {
	runCases(t, []markdownCase{
		{"The **cap** is _nine_.", []string{"B|The ~~cap~~ is ~nine~."}, "emphasis markers are cut"},
		{"Seats: 3 * 4 = 12, snake_case_name.", []string{"B|Seats: 3 * 4 = 12, snake_case_name."}, "a star between spaces and underscores inside a word mark nothing"},
		{"Paid `fee 90` in full.", []string{"B|Paid ~fee 90~ in full."}, "inline code is text, its backticks dropped: the flag or version a sentence names"},
		{"Use `--on-conflict=replace` or `a\\b`.", []string{"B|Use ~--on-conflict=replace~ or ~a\\b~."}, "inline code as written, a backslash too"},
		{"A lone ` tick stays.", []string{"B|A lone ` tick stays."}, "a backtick with no partner is text"},
		{"Run `make\nall` first.", []string{"B|Run ~make", "J|all~ first."}, "inline code over two lines goes on"},
		{"Call [the desk](https://example.net/d \"Desk\") now.", []string{"B|Call ~the desk" + strings.Repeat("~", 31) + " now."}, "a link keeps its text, its target and title are cut"},
		{"Pick [one] (or two).", []string{"B|Pick [one] (or two)."}, "brackets and parentheses apart are no link"},
		{"See [the guide][g].\n\n[g]: https://example.net/g", []string{"B|See ~the guide~~~~.", "B|", "B|" + strings.Repeat("~", 26)}, "a reference link keeps its text; its definition is cut"},
		{"See [the guide][nowhere].", []string{"B|See [the guide][nowhere]."}, "a reference to no definition is text, brackets and all"},
		{"Logo ![a crest](crest.png) above.", []string{"B|Logo ~~~~~~~~~~~~~~~~~~~~~ above."}, "an image is cut, its description too"},
		{"Mail <https://example.net/x> or <b>call</b>.", []string{"B|Mail ~~~~~~~~~~~~~~~~~~~~~~~ or ~~~call~~~~."}, "an autolink and inline tags are cut, text between tags kept"},
		{"Then 3 < 4 and 5 > 2.", []string{"B|Then 3 < 4 and 5 > 2."}, "a less-than sign in prose is no tag"},
		{"Price \\*not bold\\* and a\\b.", []string{"B|Price ~*not bold~* and a\\b."}, "a backslash escaping a mark is cut, the mark kept"},
		{"Path C:\\temp\\new stays.", []string{"B|Path C:\\temp\\new stays."}, "a backslash before a letter is text"},
	})
}

// Entities are decoded in text, as the HTML reader decodes them; code and
// escaped ampersands keep them as written.
func TestMarkdownEntities(t *testing.T) {
	runCases(t, []markdownCase{
		{"Cost 9&euro; &copy; Firm &frac12; &#8364;", []string{"B|Cost 9{€} {©} Firm {½} {€}"}, "named and numeric entities are decoded"},
		{"A &CounterClockwiseContourIntegral; sign", []string{"B|A {∳} sign"}, "a name beyond eight letters is an entity too"},
		{"Cost 9&bogus; &frac12 and AT&T.", []string{"B|Cost 9&bogus; &frac12 and AT&T."}, "what is no entity stays as written, and a name needs its ;"},
		{"Code `9&euro;` here.", []string{"B|Code ~9&euro;~ here."}, "an entity in inline code is not decoded: CommonMark shows it as written"},
		{"Literal \\&euro; sign.", []string{"B|Literal ~&euro; sign."}, "an escaped ampersand starts no entity"},
	})
}

// Blocks: their markers are cut; a heading, a paragraph, a list item and
// a table row each start a paragraph of text, and the lines of one
// paragraph join.
func TestMarkdownBlocks(t *testing.T) {
	runCases(t, []markdownCase{
		{"## Harbour fees ##\nThey rose.", []string{"B|~~~Harbour fees~~~", "B|They rose."}, "a heading's markers are cut, and the line after it is a paragraph of its own"},
		{"Ticket #42 is open\nand assigned.", []string{"B|Ticket #42 is open", "J|and assigned."}, "a # inside a line is text, and a paragraph's lines join"},
		{"Harbour fees\n============\nThey rose.", []string{"B|Harbour fees", "B|~~~~~~~~~~~~", "B|They rose."}, "a setext underline is cut"},
		{"Fees rose\n---", []string{"B|Fees rose", "B|~~~"}, "a --- under a line makes it a heading"},
		{"Fees rose.\n\n---\n\nThen fell.", []string{"B|Fees rose.", "B|", "B|~~~", "B|", "B|Then fell."}, "a --- alone is a rule"},
		{"- First item\n  goes on\n- Second", []string{"B|~~First item", "J|~~goes on", "B|~~Second"}, "list markers are cut; an item's lines join"},
		{"3. Third\n10) Tenth", []string{"B|~~~Third", "B|~~~~Tenth"}, "ordered list markers are cut"},
		{"Room 3. Then\n10 more.", []string{"B|Room 3. Then", "J|10 more."}, "a number without its marker's place starts no list"},
		{"> Quoted line\ngoes on lazily", []string{"B|~~Quoted line", "J|goes on lazily"}, "quote markers are cut; a lazy line goes on"},
		{"Sum: 5 > 3.", []string{"B|Sum: 5 > 3."}, "a > inside a line is text"},
	})
}

// Code is no prose: fenced and indented blocks are cut whole, but an
// indented line that goes on with a paragraph or a list item is text.
func TestMarkdownCode(t *testing.T) {
	runCases(t, []markdownCase{
		{"```sh\nrun --cap 90\n```\nAfter.", []string{"B|~~~~~", "B|~~~~~~~~~~~~", "B|~~~", "B|After."}, "a fenced block is cut"},
		{"~~~\ncap 90\n~~~", []string{"B|~~~", "B|~~~~~~", "B|~~~"}, "a tilde fence is a fence too"},
		{"Cost ~~90~~ now.", []string{"B|Cost ~~90~~ now."}, "tildes inside a line fence nothing"},
		{"````\n```\ncap 90\n```\n````\nAfter.", []string{"B|~~~~", "B|~~~", "B|~~~~~~", "B|~~~", "B|~~~~", "B|After."}, "a fence of four backticks holds lines of three"},
		{"Intro.\n\n    cap = 90\n", []string{"B|Intro.", "B|", "B|~~~~~~~~~~~~", "B|"}, "an indented block after a blank line is code"},
		{"Intro goes\n    on here.", []string{"B|Intro goes", "J|~~~~on here."}, "an indented line inside a paragraph goes on with it"},
		{"- An item\n\n    goes on.", []string{"B|~~An item", "B|", "B|~~~~goes on."}, "an indented paragraph inside a list item is text"},
	})
}

// Tables (GitHub's): pipes and the delimiter row are cut, each row is a
// paragraph, and its cells are apart by a space.
func TestMarkdownTables(t *testing.T) {
	runCases(t, []markdownCase{
		{"| plan | seats |\n|------|:-----:|\n| Team | 25 |", []string{"B|~~plan ~~{| }seats~~", "B|~~~~~~~~~~~~~~~~", "B|~~{plan }Team ~~{| seats }25~~"}, "a table's rows are paragraphs, pipes and delimiters cut, each cell after a bar and its column's header"},
		{"plan | seats\n--- | ---\nTeam | 25", []string{"B|plan ~~{| }seats", "B|~~~~~~~~~", "B|{plan }Team ~~{| seats }25"}, "a table without outer pipes"},
		{"| Site | Injured |\n|---|---|\n| Carrow | |\n\nNine went.", []string{"B|~~Site ~~{| }Injured~~", "B|~~~~~~~~~", "B|~~{Site }Carrow~~~~", "B|", "B|Nine went."}, "an empty cell's header opens no text after it"},
		{"| a | the share of the seats that each party won |\n|---|---|\n| x | 25 |", []string{"B|~~a ~~{| }the share of the seats that each party won~~", "B|~~~~~~~~~", "B|~~{a }x ~~{| }25~~"}, "a header of more than five words is not read before its cells"},
		{"| | 2024 |\n|---|---|\n| Seats | 25 |", []string{"B|~~~~{| }2024~~", "B|~~~~~~~~~", "B|~~Seats ~~{| }25~~"}, "an empty header or one with a digit is not read before its cells"},
		{"| \"Big\" | yes |\n|---|---|", []string{"B|~~\"Big\" ~~{| }yes~~", "B|~~~~~~~~~"}, "cells stay apart when a cell ends in a mark"},
		{"Odds | ends\nare | fine", []string{"B|Odds | ends", "J|are | fine"}, "pipes without a delimiter row are text"},
		{"| a \\| b | c |\n|---|---|", []string{"B|~~a ~| b ~~{| }c~~", "B|~~~~~~~~~"}, "an escaped pipe is text inside its cell"},
	})
}

// Front matter is cut and read for its title and date; what only looks
// like front matter is Markdown.
func TestMarkdownFrontMatter(t *testing.T) {
	runCases(t, []markdownCase{
		{"---\ntitle: Fees\n---\nFees rose.", []string{"B|~~~", "B|~~~~~~~~~~~", "B|~~~", "B|Fees rose."}, "front matter is cut"},
		{"---\n\nFees rose.", []string{"B|~~~", "B|", "B|Fees rose."}, "a first --- with no closing line is a rule"},
		{"---\ntitle: Fees\nFees rose.", []string{"B|~~~", "B|title: Fees", "J|Fees rose."}, "front matter never closed is text"},
		{"---\ntitle: Fees\n---\n    code\n", []string{"B|~~~", "B|~~~~~~~~~~~", "B|~~~", "B|~~~~~~~~", "B|"}, "what follows front matter is read as at the top of a file"},
	})
	r := NewReader(FormatMarkdown, "---\ntitle: \"Harbour fees\"\npublished: 2024-02-03\n---\nText.\n")
	assert.Equal(t, Meta{Title: "Harbour fees", Date: "2024-02-03"}, r.Meta(), "read before any line, quotes dropped")
	r = NewReader(FormatMarkdown, "title: Not front matter\n")
	assert.Equal(t, Meta{}, r.Meta())
}

// A link whose target a hard wrap broke: CommonMark reads it as text, but
// the target is an address, cut as a link's target is.
func TestMarkdownBrokenTarget(t *testing.T) {
	runCases(t, []markdownCase{
		{"See [the fee list](https://example.net/fees-\n2024) today.", []string{"B|See ~the fee list" + strings.Repeat("~", 27), "J|~~~~~ today."}, "a target broken over two lines is cut"},
		{"See [the fee list](https://example.net/\nlong/path/\nend) today.", []string{"B|See ~the fee list~~~~~~~~~~~~~~~~~~~~~~", "J|~~~~~~~~~~", "J|~~~~ today."}, "over three lines"},
		{"See [the fee list](soon\nand more (later) text.", []string{"B|See ~the fee list~~~~~~", "J|and more (later) text."}, "a line that goes on with words before a ) is no target"},
		{"Rates [low](high\n\nNext (para).", []string{"B|Rates ~low~~~~~~", "B|", "B|Next (para)."}, "a target never goes on into another paragraph"},
		{"Odd `[a](b` code.", []string{"B|Odd ~[a](b~ code."}, "brackets in code are code, no link"},
	})
}

// The lines Clean is given are those of the reader of sources: a BOM
// dropped from the first, and \r\n, \r and \n all end a line. Offsets
// stay those of each line.
func TestMarkdownLineEndings(t *testing.T) {
	runCases(t, []markdownCase{
		{"\ufeff# Fees\r\nThey *rose*.\rBy 5.\n", []string{"B|~~Fees", "B|They ~rose~.", "J|By 5.", "B|"}, "a BOM, \\r\\n and a lone \\r"},
		{"\ufeff---\r\ntitle: Fees\r\n---\r\nText.", []string{"B|~~~", "B|~~~~~~~~~~~", "B|~~~", "B|Text."}, "front matter after a BOM, with \\r\\n"},
	})
	r := NewReader(FormatMarkdown, "One.\n\n*Two*")
	assert.Equal(t, "B|~~Other ~text~", renderLine("# Other *text*", r.Clean("# Other *text*")), "a line that is not the source's is read on its own")
	assert.Equal(t, "B|", renderLine("", r.Clean("")))
	assert.Equal(t, "B|~Two~", renderLine("*Two*", r.Clean("*Two*")), "and so is every line after it")
	assert.Equal(t, "B|~~Past", renderLine("> Past", r.Clean("> Past")), "and a line past the end")
}

// An HTML block is HTML, as a browser shows it: the HTML reader says what
// of it is text; inline tags are cut, the text between them kept.
func TestMarkdownHTMLBlocks(t *testing.T) {
	runCases(t, []markdownCase{
		{"<div>\nFees rose by <b>5</b>.\n</div>", []string{"B|¶~~~~~", "J|Fees rose by ~~~5~~~~.", "J|¶~~~~~~"}, "the text of an HTML block is read as HTML"},
		{"Fees rose by <b>5</b>.", []string{"B|Fees rose by ~~~5~~~~."}, "a tag inside a paragraph is inline, its text Markdown's"},
		{"<!-- draft:\nfees fell -->\nFees rose.", []string{"B|~~~~~~~~~~~", "J|~~~~~~~~~~~~~", "B|Fees rose."}, "a comment is cut, and the paragraph after it is one of its own"},
		{"<script>\nvar fee = 9;\n</script>", []string{"B|~~~~~~~~", "J|~~~~~~~~~~~~", "J|~~~~~~~~~"}, "a script is no text"},
		{"> <p>Quoted &amp; kept</p>", []string{"B|~~¶~~~Quoted {&} kept¶~~~~"}, "an HTML block in a quote: its marker cut, the rest read as HTML"},
		{"<p>One</p><p>Two</p>", []string{"B|¶~~~One¶~~~~¶~~~Two¶~~~~"}, "block tags break paragraphs inside a line"},
		{"<p>Fees *rose*</p>", []string{"B|¶~~~Fees *rose*¶~~~~"}, "Markdown inside an HTML block is not Markdown"},
	})
}

// An element left open in an HTML block at the end of the file hid the
// rest of it; one closed, or followed by more Markdown, hid nothing.
func TestMarkdownUnclosed(t *testing.T) {
	tests := []struct{ md, want, why string }{
		{"Fees rose.\n\n<script>\nvar x;\n", "<script>", "a script never closed"},
		{"Fees rose.\n\n<script>\nvar x;\n</script>\n", "", "a script closed"},
		{"<div><!-- note\n\nFees rose.\n", "", "Markdown goes on after the block's blank line"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := NewReader(FormatMarkdown, tt.md)
			lines, _ := splitLines(tt.md)
			for _, line := range lines {
				r.Clean(line)
			}
			assert.Equal(t, tt.want, r.Meta().Unclosed)
		})
	}
}

// Whatever the Markdown, Clean's offsets stay inside the line, and each
// substitution starts at an entity's "&" (in an HTML block, the HTML
// reader's, which may lack its ";"), or reads a column's header before a
// byte of the line.
func FuzzMarkdownReader(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: x\n---\n# H *e* [l](u)\n\n| a | b |\n|---|---|\n| &copy; | `c` |\n",
		"<div>\n&amp; <b>x</b>\n</div>\n> - [a](b\nc) \\* d\r\ne\rf",
		"\ufeff    code\n\n1. x\n   ~~~\n   y\n",
		"<b>\n&amp0 &copy\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, md string) {
		r := NewReader(FormatMarkdown, md)
		lines, _ := splitLines(md)
		for _, line := range lines {
			l := r.Clean(line)
			for _, c := range l.Cuts {
				if c[0] < 0 || c[0] > c[1] || c[1] > len(line) {
					t.Fatalf("cut %v outside %q", c, line)
				}
			}
			for _, s := range l.Subs {
				header := s.From == s.To && s.From >= 0 && s.From < len(line) && s.Text != ""
				if !header && (s.From < 0 || s.From >= s.To || s.To > len(line) || line[s.From] != '&') {
					t.Fatalf("substitution %+v is no entity of %q, nor a header before a byte", s, line)
				}
			}
			for _, b := range l.Breaks {
				if b < 0 || b > len(line) {
					t.Fatalf("break %d outside %q", b, line)
				}
			}
		}
		r.Meta()
	})
}
