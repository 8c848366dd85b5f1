package checks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sentencesOf normalises a file named name and returns its sentences.
func sentencesOf(t *testing.T, name, text string) (*reading, []string) {
	t.Helper()
	src := read(t, name, text, facts.Span{})
	var out []string
	for i := range src.sents {
		s := &src.sents[i]
		out = append(out, s.Text())
	}
	return src, out
}

func TestMarkdownSources(t *testing.T) {
	text := strings.Join([]string{
		"---",
		"title: Release notes",
		"date: 2024-03-01",
		"---",
		"# Version 2.4 *released*",
		"",
		"The **limit** is now [500 requests](https://example.org/limits)",
		"per minute, up from 300.",
		"",
		"```go",
		"limit := 1000 // not prose",
		"```",
		"",
		"- Uploads take up to `50` MB.",
		"- ![logo](logo.png) Support ends in 2026.",
		"",
		"> Quoted: it works.",
		"",
		"| plan | seats |",
		"|------|-------|",
		"| Team | 25 |",
	}, "\n")
	src, got := sentencesOf(t, "notes.md", text)
	assert.Equal(t, []string{
		"Version 2.4 released",
		"The limit is now 500 requests per minute, up from 300.",
		"Uploads take up to 50 MB.", // inline code is text: the figure, flag or version it names
		"Support ends in 2026.",
		"Quoted: it works.",
		"plan | seats", "plan Team | seats 25", // a table row is one sentence, each cell after a bar and its column's header
	}, got)
	title, date := src.FrontMatter()
	assert.Equal(t, "Release notes", title)
	assert.Equal(t, "2024-03-01", date)
	// Evidence points into the Markdown file: "500" on line 7.
	sent := &src.sents[1]
	for _, n := range sent.numberMentions() {
		if n.value.Lo == 500 {
			start, _ := src.SpanOf(sent.folded().norm, sent.folded().tokens[n.start].Start, sent.folded().tokens[n.end-1].End)
			assert.Equal(t, "notes.md:7:23", src.Pos(start).String(), "the column of \"500\" in the Markdown line, link bracket included")
		}
	}
}

func TestHTMLSources(t *testing.T) {
	text := strings.Join([]string{
		`<!DOCTYPE html><html><head><title>Limits</title>`,
		`<style>p { color: red; }</style>`,
		`<script>var limit = 999;</script></head>`,
		`<body><p>The limit is <b>500</b> requests`,
		`per minute.</p><p>Caf&eacute; &amp; bar&#8217;s <a`,
		`  href="/x">plan</a> costs &pound;5.</p>`,
		`<!-- a comment`,
		`spanning lines --><ul><li>One</li><li>Two</li></ul>`,
	}, "\n")
	src, got := sentencesOf(t, "page.html", text)
	assert.Equal(t, []string{
		"Limits",
		"The limit is 500 requests per minute.",
		"Café & bar’s plan costs £5.", // every HTML5 entity is decoded
		"One", "Two",
	}, got)
	sent := &src.sents[1]
	start, _ := src.SpanOf(sent.folded().norm, sent.folded().tokens[3].Start, sent.folded().tokens[3].End)
	assert.Equal(t, "page.html:4:26", src.Pos(start).String(), "\"500\" inside <b> on line 4")
	assert.Equal(t, "500", src.Original(start, start+3))
	cafe := &src.sents[2]
	s, e := src.SpanOf(cafe.folded().norm, cafe.folded().tokens[0].Start, cafe.folded().tokens[0].End)
	assert.Equal(t, "Caf&eacute;", src.Original(s, e), "an entity maps back to its bytes")
}

func TestLoadSources(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	write("Release Notes.md", "---\ndate: 2024-03-01\ntitle: Notes\n---\nThe limit is 500.")
	write("faq.html", "<p>The limit is 500.</p>")
	write("plain.txt", "The limit is 500.")
	c, err := document.LoadSources([]string{dir})
	require.NoError(t, err)
	assert.Equal(t, []string{"faq", "plain", "release-notes"}, c.IDs())
	notes, _ := c.Source("release-notes")
	assert.Equal(t, "2024-03-01", notes.Published.String())
	assert.Equal(t, "Notes", notes.Title)
	assert.Equal(t, "the date in its front matter", notes.DatedBy)
	plain, _ := c.Source("plain")
	assert.False(t, plain.HasDate())

	c, err = document.LoadSources([]string{filepath.Join(dir, "*.html"), filepath.Join(dir, "plain.txt")})
	require.NoError(t, err)
	assert.Equal(t, []string{"faq", "plain"}, c.IDs())

	write("data.csv", "a,b")
	_, err = document.LoadSources([]string{dir})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "data.csv:1:1: not a source this tool reads (.txt, .md, .markdown, .html, .htm)")

	_, err = document.LoadSources([]string{filepath.Join(dir, "nothing-*.txt")})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no such file, directory or matching files")
}

// Several directories with a sources.yaml each, and loose files, make one
// corpus: each source keeps its own metadata and its own directory's
// ignore patterns, and ids must not clash.
func TestLoadSourcesFromSeveralListedDirectories(t *testing.T) {
	base := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(base, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	write("desk/sources.yaml", "ignore:\n  - pattern: '^AD .*$'\n    why: an advert\nsources:\n  - id: d1\n    file: d1.txt\n    published: 2023-03-08\n    dated_by: the dateline\n")
	write("desk/d1.txt", "AD buy now\nThe recall was announced on Monday.\n")
	write("wire/sources.yaml", "sources:\n  - id: w1\n    file: w1.txt\n    dated_by: none given\n")
	write("wire/w1.txt", "AD buy now\nThe recall was announced on Monday.\n")
	write("loose/l1.txt", "The recall was announced on Monday.\n")

	c, err := document.LoadSources([]string{filepath.Join(base, "desk"), filepath.Join(base, "wire"), filepath.Join(base, "loose")})
	require.NoError(t, err)
	assert.Equal(t, []string{"d1", "l1", "w1"}, c.IDs())
	d1, _ := c.Source("d1")
	assert.Equal(t, "2023-03-08", d1.Published.String(), "metadata from its own sources.yaml")
	assert.Equal(t, []document.IgnoredCount{{Why: "an advert", Count: 1}}, d1.Notes.Ignored)
	w1, _ := c.Source("w1")
	assert.False(t, w1.HasDate())
	assert.Empty(t, w1.Notes.Ignored, "the other directory's ignore patterns do not apply")
	assert.Len(t, d1.Sentences, 1, "the advert dropped")
	assert.Len(t, w1.Sentences, 2, "the advert kept as text")

	write("wire/sources.yaml", "sources:\n  - id: d1\n    file: w1.txt\n    dated_by: none given\n")
	_, err = document.LoadSources([]string{filepath.Join(base, "desk"), filepath.Join(base, "wire")})
	require.Error(t, err)
	assert.Equal(t, filepath.ToSlash(filepath.Join(base, "wire/sources.yaml"))+`:3:11: source d1: the id "d1" is taken by `+filepath.ToSlash(filepath.Join(base, "desk/d1.txt"))+` too: give each source its own id`, err.Error())

	write("wire/sources.yaml", "sources:\n  - id: w1\n    file: gone.txt\n    dated_by: none given\n")
	_, err = document.LoadSources([]string{filepath.Join(base, "desk"), filepath.Join(base, "wire")})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "wire/sources.yaml:3:11: source w1: ", "an error in one listing is placed in that listing")
}

// A file chosen from a directory with a sources.yaml is the source listed
// there: its id, its metadata, its directory's ignore patterns. The
// listing's other sources stay known, so labels may name them, and the run
// is partial: it judges no corroboration.
func TestLoadSourcesChosenFromAListedDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write(document.MetaFile, "ignore:\n  - pattern: '^AD .*$'\n    why: an advert\nsources:\n  - id: one\n    file: a.txt\n    published: 2023-03-08\n    dated_by: the dateline\n  - id: two\n    file: b.txt\n    dated_by: none\n")
	write("a.txt", "AD buy now\nThe recall was announced on Monday.\n")
	write("b.txt", "The recall was announced in 2021.\n")
	write("c.txt", "Not listed.\n")

	_, err := document.LoadSources([]string{filepath.Join(dir, "c.txt")})
	require.Error(t, err)
	assert.Equal(t, filepath.ToSlash(filepath.Join(dir, "c.txt"))+":1:1: this file is not listed in "+filepath.ToSlash(filepath.Join(dir, document.MetaFile))+": add an entry with id, file and dated_by, or move the file out of "+filepath.ToSlash(dir), err.Error())

	require.NoError(t, os.Remove(filepath.Join(dir, "c.txt")))
	c, err := document.LoadSources([]string{filepath.Join(dir, "a.txt")})
	require.NoError(t, err)
	assert.Equal(t, []string{"one"}, c.IDs(), "the id sources.yaml gives, not the file name's")
	assert.True(t, c.Partial())
	one, _ := c.Source("one")
	assert.Equal(t, "2023-03-08", one.Published.String())
	assert.Equal(t, []document.IgnoredCount{{Why: "an advert", Count: 1}}, one.Notes.Ignored)

	sheet, err := facts.Parse("facts.yaml", []byte(`facts:
  - id: recall
    claim: The recall was announced on 6 March 2023.
    date: 2023-03-06
    about: [recall]
    labels:
      - source: two
        says: in 2021
        label: different-year
        note: The other page dates it wrongly.
  - id: price
    claim: The price is 20.
    number: 20
    about: [price]
`))
	require.NoError(t, err)
	res, err := Run(sheet, c)
	require.NoError(t, err, "a label may name a listed source left out of the run")
	assert.Equal(t, Agrees, res.CellAt(0, 0).Verdict)
	_, ok := res.Uncorroborated(sheet.Facts[1])
	assert.False(t, ok, "a partial run judges no corroboration")
	assert.Positive(t, c.LeftOut(), "the listed sources left out are counted")

	c, err = document.LoadSources([]string{dir})
	require.NoError(t, err)
	assert.False(t, c.Partial(), "the whole directory")
}

// Markup that gave wrong verdicts, each with a fact "the limit is 50":
// what markup hides must not be read, what it shows must be.
func TestMarkupCases(t *testing.T) {
	sheet := "facts:\n  - id: limit\n    claim: The limit is 50.\n    number: 50\n    about: [limit]\n"
	tests := []struct {
		file, text, want string
		why              string
	}{
		{"a.md", "The limit is 50.\n\n    limit = 60\n", "agrees 50", "an indented code block is code"},
		{"a.md", "- The limit is 50 per item\n\n    and the limit, 50, holds.\n", "agrees 50 50", "an indented line in a list item is its text"},
		{"a.md", "See [the limit is 50](http://example.com/limit-\n60) for more.\n", "agrees 50", "a link target split over two lines is dropped"},
		{"a.html", `<p>The limit is <a title="x>60">50</a>.</p>`, "agrees 50", "a > inside a quoted attribute does not end the tag"},
		{"a.md", "The limit &ndash; it is 50 &copy; Acme.\n", "agrees 50", "entities are decoded in Markdown"},
		{"a.md", "The limit is 50 &euro; here.\n", "silent", "a decoded euro sign makes 50 an amount of money, no plain count"},
		{"a.md", "The limit\n=========\n\nIt is 50.\n", "silent", "a setext underline is no text, and the heading is its own sentence"},
		{"a.md", "---\n\nThe limit is 50.\n", "agrees 50", "a first --- with no front matter after it is a rule"},
		{"a.md", "---\ntitle: Limits\nThe limit is 50.\n", "agrees 50", "front matter never closed is no front matter"},
		{"a.md", "---\ntitle: Limits\ndate: 2024-01-02\n---\nThe limit is 50.\n", "agrees 50", "front matter closed is dropped"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			s, err := facts.Parse("facts.yaml", []byte(sheet))
			require.NoError(t, err)
			src, err := document.Parse("s", tt.file, []byte(tt.text), nil)
			require.NoError(t, err)
			r, err := Run(s, &document.Corpus{Sources: []*document.Source{src}})
			require.NoError(t, err)
			c := r.CellAt(0, 0)
			got := string(c.Verdict)
			for _, fd := range c.Findings {
				got += " " + fd.Value
			}
			assert.Equal(t, tt.want, got, "%q", tt.text)
		})
	}
}

// What markup hides without closing, and a front matter date that is no
// date, are said in the source's notes, never dropped silently.
func TestMarkupNotes(t *testing.T) {
	tests := []struct{ file, text, want, why string }{
		{"a.html", "<p>The limit is 50.</p><script>var x = 60;\n<p>More text.</p>\n", "an unclosed <script> hid the rest of the file: close it", "an unclosed script"},
		{"a.html", "<p>The limit is 50.</p><!-- note\n<p>More text.</p>\n", "an unclosed <!-- comment hid the rest of the file: close it", "an unclosed comment"},
		{"a.md", "---\ndate: last week\n---\nThe limit is 50.\n", `the front matter date "last week" is no date (write YYYY-MM-DD): it dated nothing`, "a front matter date that is no date"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, tt.file), []byte(tt.text), 0o644))
			c, err := document.ListSources([]string{filepath.Join(dir, tt.file)})
			require.NoError(t, err)
			require.NoError(t, c.ReadAll())
			assert.Contains(t, c.Sources[0].Notes.Summary(), tt.want)
		})
	}
}
