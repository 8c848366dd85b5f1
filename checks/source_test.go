package checks

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Durrës", "durres"},
		{"“Curly” ‘quotes’", `"curly" 'quotes'`},
		{"1980–88 — dash", "1980-88 - dash"},
		{"non\u00a0breaking  spaces\t", "non breaking spaces"},
		{"soft\u00adhyphen", "softhyphen"},
		{"Ærø Straße Łódź", "aero strasse lodz"},
		{"wait…", "wait..."},
		{"e\u0301", "e"}, // a combining accent, already decomposed
	}
	for _, tt := range tests {
		if got := text.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTokensMapToOriginal holds the offset map to its invariant: every
// token's original bytes fold back to the token.
func TestTokensMapToOriginal(t *testing.T) {
	raw := "\ufeffDurrës, “Mujahedeen-e-Khalq” {{^adFree}}—\r\nThe U.S. said… Kenani’s {{/adFree}} view.\rNext line: 3 000 people.\n"
	src := read(t, "t.txt", raw, facts.Span{})
	require.NotEmpty(t, src.sents)
	for i := range src.sents {
		sent := &src.sents[i]
		for _, tok := range sent.folded().tokens {
			start, end := src.SpanOf(sent.folded().norm, tok.Start, tok.End)
			orig := raw[start:end]
			assert.Equal(t, tok.Text, text.Fold(orig), "token %q maps to original %q at %s", tok.Text, orig, src.Pos(start))
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"The U.S. announced sanctions. Iran objected.", []string{"The U.S. announced sanctions.", "Iran objected."}},
		{"It was created Sept. 10, 2022. Then it ran.", []string{"It was created Sept. 10, 2022.", "Then it ran."}},
		{"Gen. Smith and J. Doe met. They spoke.", []string{"Gen. Smith and J. Doe met.", "They spoke."}},
		{`He said: "It failed." Then he left.`, []string{`He said: "It failed."`, "Then he left."}},
		{"“It failed,” he said. “All systems came back.”", []string{"“It failed,” he said.", "“All systems came back.”"}},
		{"Really? Yes! Fine.", []string{"Really?", "Yes!", "Fine."}},
		{"The government... shows that it works.", []string{"The government... shows that it works."}},
		{"It rose to 3.5 percent. It fell.", []string{"It rose to 3.5 percent.", "It fell."}},
		{"the country.said the minister.", []string{"the country.said the minister."}},
		{"The tower opened in 2012.[3] It closed in 2020.[14][15] Fine.", []string{"The tower opened in 2012.[3]", "It closed in 2020.[14][15]", "Fine."}},
		{"See note [3] for more. Then read on.", []string{"See note [3] for more.", "Then read on."}},
		{"Was it forced? No. This is voluntary.", []string{"Was it forced?", "No.", "This is voluntary."}},
		{"See No. 5 on the list. Fine.", []string{"See No. 5 on the list.", "Fine."}},
		{"Oggetto: procedimento n. 14522/2022 R.G. Fine.", []string{"Oggetto: procedimento n. 14522/2022 R.G.", "Fine."}},
		{"Es ist Vertrag Nr. 12. Gut.", []string{"Es ist Vertrag Nr. 12.", "Gut."}},
		{"Ab dem 15. Mai gibt es Akkus. Gut.", []string{"Ab dem 15. Mai gibt es Akkus.", "Gut."}},
		{"Es waren 15. Dann kam mehr.", []string{"Es waren 15.", "Dann kam mehr."}},
		{"Wybuch nastąpił o godz. 5.47 rano. Potem ogień.", []string{"Wybuch nastąpił o godz. 5.47 rano.", "Potem ogień."}},
		{"Es liefen ca. 1.800 Liter aus. Dann nichts.", []string{"Es liefen ca. 1.800 Liter aus.", "Dann nichts."}},
		{"Crews fought the fire near Redding, CA. On Wednesday it rained.", []string{"Crews fought the fire near Redding, CA.", "On Wednesday it rained."}},
		{"No final stop", []string{"No final stop"}},
		{"It was 24 °C. At the finish it was 31 °C. Runners fell.", []string{"It was 24 °C.", "At the finish it was 31 °C.", "Runners fell."}},
		{"In 2019 J. K. Rowling said so. Fine.", []string{"In 2019 J. K. Rowling said so.", "Fine."}},
		{"Plan B. Doe came.", []string{"Plan B. Doe came."}},
		{"It was announced at 3:40 p.m. EST. Results followed.", []string{"It was announced at 3:40 p.m. EST.", "Results followed."}},
		{"The helicopter was there by 8:20 a.m. Crews worked on.", []string{"The helicopter was there by 8:20 a.m.", "Crews worked on."}},
		{"It opens at 8 a.m. Monday and closes at 6 p.m. Eastern time.", []string{"It opens at 8 a.m. Monday and closes at 6 p.m. Eastern time."}},
		{"It opened at 8 a.m. EST on Monday.", []string{"It opened at 8 a.m. EST on Monday."}},
		{"It opened at 8 a.m. March 3.", []string{"It opened at 8 a.m. March 3."}},
		{"It opened at 10 a.m. Moscow time on 20 May.", []string{"It opened at 10 a.m. Moscow time on 20 May."}},
		{"It opened at 10 a.m. Sat., 18 May.", []string{"It opened at 10 a.m. Sat., 18 May."}},
		{"It was refloated at 6 a.m. Sun had been forecast.", []string{"It was refloated at 6 a.m.", "Sun had been forecast."}},
		{"It was refloated at 6 a.m. Crews timed it well.", []string{"It was refloated at 6 a.m.", "Crews timed it well."}},
		{"It was refloated at 6 a.m. New tugs had arrived.", []string{"It was refloated at 6 a.m.", "New tugs had arrived."}},
		{"Sat Oct 18, 4:52 a.m.   Cooper Street levee breaches.", []string{"Sat Oct 18, 4:52 a.m. Cooper Street levee breaches."}},
		{"It burned in Lyon on SEPT. 9 at noon. Fine.", []string{"It burned in Lyon on SEPT. 9 at noon.", "Fine."}},
		{"The est. cost rose. Fine.", []string{"The est. cost rose.", "Fine."}},
		{"Weight ........ 178 g", []string{"Weight ........ 178 g"}},
		{"Prize ........ EUR 45,000", []string{"Prize ........ EUR 45,000"}},
		{"The toll rose.... At 9 a.m. it fell.", []string{"The toll rose....", "At 9 a.m. it fell."}},
		{"He waited.... Then he left.", []string{"He waited....", "Then he left."}},
		{"It was done... 10 minutes later it failed.", []string{"It was done...", "10 minutes later it failed."}},
		// a German quotation closes with “ after its stop, and the next sentence opens after it
		{"„Wir bauen neu.“ Themes bleiben gleich.", []string{"„Wir bauen neu.“", "Themes bleiben gleich."}},
		// but an English opening “ after a stop still opens the next sentence
		{"He left. “We rebuild,” she said.", []string{"He left.", "“We rebuild,” she said."}},
		// a name in lower case with a capital or digit inside opens a sentence after a stop
		{"Will it stop? No. v2 keys keep working.", []string{"Will it stop?", "No.", "v2 keys keep working."}},
		{"It sold out. iPhone buyers queued.", []string{"It sold out.", "iPhone buyers queued."}},
		// but an abbreviation keeps it, and a plain lower-case word never opens one
		{"Phones, e.g. iPhone models, sold out.", []string{"Phones, e.g. iPhone models, sold out."}},
		{"It was approx. version two.", []string{"It was approx. version two."}},
	}
	for _, tt := range tests {
		src := parseText(t, tt.in, published("2022-09-10"))
		var got []string
		for i := range src.sents {
			s := &src.sents[i]
			got = append(got, s.Text())
		}
		assert.Equal(t, tt.want, got, "sentences of %q", tt.in)
	}
}

func TestNormaliseNotes(t *testing.T) {
	text := strings.Join([]string{
		"A first paragraph about the port.",
		"{{^adFree}}{{/adFree}}",
		"A first paragraph about the port.",
		"{{^adFree}}",
		"Second paragraph {{x}}here.",
		"",
		"A first paragraph  about the port.",
		"A hard-wrapped paragraph that goes",
		"on to the next line.",
		"Listen to this article",
	}, "\n")
	ig := []document.Ignore{{Pattern: regexp.MustCompile(`^Listen to this article$`), Why: "audio caption"}}
	src, err := document.Parse("t", "t.txt", []byte(text), ig)
	require.NoError(t, err)
	var got []string
	for _, s := range src.Sentences {
		got = append(got, s.Text())
	}
	assert.Equal(t, []string{
		"A first paragraph about the port.",
		"Second paragraph here.",
		"A hard-wrapped paragraph that goes on to the next line.",
	}, got)
	assert.Equal(t, []string{
		"2 duplicated paragraphs collapsed",
		"4 template tags ({{...}}) dropped",
		"1 ignored passage dropped (audio caption)",
		"1 wrapped line joined",
	}, src.Notes.Summary())
	assert.Equal(t, 10, src.Notes.Lines)
}

func TestPositionsAcrossLineEndings(t *testing.T) {
	for name, nl := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		t.Run(name, func(t *testing.T) {
			text := "Title line" + nl + nl + "Ties were cut on Wednesday." + nl + "Café staff left in July."
			src := parseText(t, text, published("2022-09-10"))
			require.Len(t, src.Sentences, 3)
			wed := src.sents[1]
			start, _ := src.SpanOf(wed.folded().norm, wed.folded().tokens[wed.dateMentions()[0].start].Start, 0)
			assert.Equal(t, "t.txt:3:15", src.Pos(start).String(), "column of \"on Wednesday\"")
			july := src.sents[2]
			start, _ = src.SpanOf(july.folded().norm, july.folded().tokens[july.dateMentions()[0].start].Start, 0)
			assert.Equal(t, "t.txt:4:18", src.Pos(start).String(), "byte column after a two-byte é")
		})
	}
}

func TestParseRefusesBadBytes(t *testing.T) {
	_, err := document.Parse("t", "seeds/bin.txt", []byte("line one\nab\x00cd"), nil)
	require.Error(t, err)
	assert.Equal(t, "seeds/bin.txt:2:3: the file holds binary data (a NUL byte): give a text file, or remove it from the sources", err.Error())

	_, err = document.Parse("t", "seeds/latin1.txt", []byte("ok\nDurr\xebs"), nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "seeds/latin1.txt:2:5: the file is not valid UTF-8: convert it to UTF-8")

	src, err := document.Parse("t", "seeds/empty.txt", nil, nil)
	require.NoError(t, err, "an empty file is a source that says nothing")
	assert.Empty(t, src.Sentences)
}

// writeCorpus lays out a sources directory for LoadCorpus.
func writeCorpus(t *testing.T, meta string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if meta != "" {
		require.NoError(t, os.WriteFile(filepath.Join(dir, document.MetaFile), []byte(meta), 0o644))
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	return dir
}

func TestLoadCorpus(t *testing.T) {
	dir := writeCorpus(t, `
ignore:
  - pattern: '^Advertisement$'
    why: ad slot
sources:
  - id: b
    file: b.txt
    dated_by: none in the text
  - id: a
    file: a.txt
    outlet: The Daily
    title: A title
    published: 2022-09-10
    dated_by: the dateline
  - id: c
    file: c.txt
    published: 2024-07
    dated_by: only the month is shown
`, map[string]string{"a.txt": "Advertisement\nIt rained on Friday.", "b.txt": "Nothing to see.", "c.txt": "A month."})
	c, err := document.LoadCorpus(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", "c"}, c.IDs(), "sorted by id")
	a, _ := c.Source("a")
	assert.Equal(t, "The Daily", a.Outlet)
	assert.Equal(t, "2022-09-10", a.Published.String())
	assert.Equal(t, []string{"1 ignored passage dropped (ad slot)"}, a.Notes.Summary())
	b, _ := c.Source("b")
	assert.False(t, b.HasDate())
	m, _ := c.Source("c")
	assert.Equal(t, "2024-07", m.Published.String(), "a month is kept as a month, not its first day")
}

func TestLoadCorpusErrors(t *testing.T) {
	meta := "sources:\n  - id: a\n    file: a.txt\n    dated_by: x\n"
	tests := []struct {
		name, meta string
		files      map[string]string
		want       []string // lines of the error, without the directory
	}{
		{"unlisted file", meta, map[string]string{"a.txt": "A.", "extra.txt": "B."},
			[]string{"extra.txt:1:1: this file is not listed in DIR/sources.yaml: add an entry with id, file and dated_by, or move the file out of DIR"}},
		{"missing file", meta, nil,
			[]string{"sources.yaml:3:11: source a: DIR/a.txt does not exist: fix the file name or add the file"}},
		{"binary file", meta, map[string]string{"a.txt": "\x00"},
			[]string{"a.txt:1:1: the file holds binary data (a NUL byte): give a text file, or remove it from the sources"}},
		{"unknown key", "sources:\n  - id: a\n    file: a.txt\n    dated_by: x\n    pubished: 2022-09-10\n", map[string]string{"a.txt": "A."},
			[]string{`sources.yaml:5:5: unknown key "pubished" in a source (did you mean "published"?); known keys: id, file, outlet, title, published, dated_by, zone`}},
		{"bad date", "sources:\n  - id: a\n    file: a.txt\n    dated_by: x\n    published: 2022-02-30\n", map[string]string{"a.txt": "A."},
			[]string{`sources.yaml:5:16: published of source a: invalid date "2022-02-30": February 2022 has no day 30`}},
		{"a range", "sources:\n  - id: a\n    file: a.txt\n    dated_by: x\n    published: 2022-02..2022-03\n", map[string]string{"a.txt": "A."},
			[]string{`sources.yaml:5:16: published of source a must be one day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), not a range; leave it out when not even the year is known`}},
		{"a zone of no offset", "sources:\n  - id: a\n    file: a.txt\n    dated_by: x\n    zone: Europe/Rome\n", map[string]string{"a.txt": "A."},
			[]string{`sources.yaml:5:11: zone of source a: unknown time zone "Europe/Rome"; write an abbreviation that means one offset (BST, CEST, EDT) or an offset (UTC+01:00); factcheck lexicon zones lists the abbreviations`}},
		{"duplicate id", meta + "  - id: a\n    file: b.txt\n    dated_by: x\n", map[string]string{"a.txt": "A.", "b.txt": "B."},
			[]string{`sources.yaml:5:9: duplicate source id "a" (first at line 2): give each source its own id`}},
		{"path outside", "sources:\n  - id: a\n    file: ../a.txt\n    dated_by: x\n", nil,
			[]string{`sources.yaml:3:11: file "../a.txt" must be the name of a file in the sources directory itself`}},
		{"bad pattern", "ignore:\n  - pattern: '('\n    why: x\n" + meta, map[string]string{"a.txt": "A."},
			[]string{"sources.yaml:2:14: pattern \"(\" is not a valid regular expression: error parsing regexp: missing closing ): `(`"}},
		{"no dated_by", "sources:\n  - id: a\n    file: a.txt\n", map[string]string{"a.txt": "A."},
			[]string{"sources.yaml:2:5: a source has no dated_by: (each source needs id, file and dated_by; dated_by says where its published: date comes from, or why there is none, as in dated_by: no date in the text)"}},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			dir := writeCorpus(t, tt.meta, tt.files)
			_, err := document.LoadCorpus(dir)
			require.Error(t, err)
			d := filepath.ToSlash(dir)
			var want []string
			for _, w := range tt.want {
				want = append(want, d+"/"+strings.ReplaceAll(w, "DIR", d))
			}
			assert.Equal(t, strings.Join(want, "\n"), err.Error())
		})
	}
}

func TestLoadCorpusRefusesSymlinks(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(outside, []byte("Secret."), 0o644))
	dir := writeCorpus(t, "sources:\n  - id: a\n    file: a.txt\n    dated_by: x\n", nil)
	require.NoError(t, os.Symlink(outside, filepath.Join(dir, "a.txt")))
	_, err := document.LoadCorpus(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a.txt is a symbolic link: copy the text into the sources directory instead")
}

// TestJunkInsideAWordSeparatesIt checks that text dropped from inside a
// word leaves two words, each mapping back to exactly its original bytes,
// while an entity inside a word stays part of it.
func TestJunkInsideAWordSeparatesIt(t *testing.T) {
	for _, tt := range []struct {
		path, text string
		want       []string
	}{
		{"t.txt", "Some 3{{ad}}000 members.", []string{"some", "3", "000", "members"}},
		{"t.txt", "Some {{ad}}3000 members.", []string{"some", "3000", "members"}},
		{"t.html", "<p>The caf&eacute;s of Lyon.</p>", []string{"the", "cafes", "of", "lyon"}},
	} {
		sent := only(t, read(t, tt.path, tt.text, facts.Span{}))
		var got []string
		for _, tok := range sent.folded().tokens {
			got = append(got, tok.Text)
		}
		assert.Equal(t, tt.want, got, "%q", tt.text)
	}
}

func TestDateLinesAreMetadata(t *testing.T) {
	tests := []struct {
		text      string
		published string // from sources.yaml, or ""
		wantPub   string // the publication date the source ends with
		wantDates string // the dates read from its text
		why       string
	}{
		{" date 2023-03-14 The bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a scraper's date line is the publication date, not an event's, and anchors Monday"},
		{"date 2023-03-14 The bakery reopened on Monday.\n", "2023-03-15", "2023-03-15", "on Monday=2023-03-13",
			"a listed publication date wins, but the date line is still no event date"},
		{"Published: 2023-03 The bakery reopened in March.\n", "", "2023-03", "in March=2023-03",
			"a date line may give only the month"},
		{"Veröffentlicht: 2023-03-14\nDie Bäckerei öffnete am 13. März.\n", "", "2023-03-14", "am 13. März=2023-03-13",
			"a date line labelled in another language"},
		{"Version 2023-03-14 of the bakery's menu is out.\n", "2023-03-20", "2023-03-20", "2023-03-14=2023-03-14",
			"a word that is no date line's label before a date: a sentence"},
		{"LYON, Mar. 14, 2023 – The renewed strike began on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a dateline with a year dates the text"},
		{"KOUROU, French Guiana, Mar. 14, 2023 (Wire) — The launch slipped to Monday.\n", "", "2023-03-14", "Monday=2023-03-13",
			"a dateline may name the region after the place"},
		{"PORT-VERNET, Sainte-Isaure, Mar. 14, 2023 (Wire) - The launch slipped to Monday.\n", "", "2023-03-14", "Monday=2023-03-13",
			"a region of hyphened words, as the place may be"},
		{"Intro.\nPARIS, March 12 (Wire) – A second fire broke out in the port.\n", "2023-03-13", "2023-03-13", "",
			"a dateline without a year is dropped and dates nothing"},
		{"BRUSSELS, 14 March 2023 (Wire) – The renewed strike began on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a dateline may give the day first"},
		{"<html><body>\n<p>BRUSSELS, 14 March 2023 &ndash; The renewed strike began on Monday.</p>\n", "", "2023-03-14", "on Monday=2023-03-13",
			"in HTML the dash may be an entity"},
		{"LYON, SEPT. 14, 2023 (Wire) - The renewed strike began on Monday.\n", "", "2023-09-14", "on Monday=2023-09-11",
			"a month abbreviated in capitals"},
		{"OTTAWA, ON, Oct. 21, 2025 /CNW/ - The board accepted the resignation on Monday.\n", "", "2025-10-21", "on Monday=2025-10-20",
			"a press release's dateline, its wire between slashes"},
		{"SAN FRANCISCO, Calif., Oct. 21, 2025 /PRNewswire/ -- Acme accepted the resignation on Monday.\n", "", "2025-10-21", "on Monday=2025-10-20",
			"and two hyphens after it"},
		{"BRUXELLES, 14 mars 2023 (APE) – La grève a repris lundi.\n", "", "2023-03-14", "lundi=2023-03-13",
			"in the month's word of another language"},
		{"BERLIN, 14. März 2023 – Der Streik ging weiter.\n", "", "2023-03-14", "",
			"with a dot after the day"},
		{"Intro.\nMADRID, 12 de marzo (EFE) – Un segundo incendio.\n", "2023-03-13", "2023-03-13", "12 de marzo=2023-03-12",
			"a day, 'de' and the month is no dateline the pattern knows: the date is the text's"},
		{"Intro.\nPARIS, 12 March – A second fire broke out in the port.\n", "2023-03-13", "2023-03-13", "",
			"day first without a year: dropped, dates nothing"},
		{"Intro.\nPARIS, Day 12 – A second fire broke out in the port.\n", "2023-03-13", "2023-03-13", "",
			"no month in the month's place: no dateline, and no date either"},
		{"Strike timeline\n\nMONDAY, 13 March – the strike began.\n", "2023-03-20", "2023-03-20", "MONDAY, 13 March=2023-03-13",
			"a weekday in capitals opens a timeline's entry, no dateline"},
		{"Streik-Chronik\n\nMONTAG, 13. März – Streik begann.\n", "2023-03-20", "2023-03-20", "MONTAG, 13. März=2023-03-13",
			"so in German"},
		{"Live\n\nUPDATE, 13 March 2023 – the strike began.\n", "2023-03-20", "2023-03-20", "13 March 2023=2023-03-13",
			"an update's label is no place"},
		{"Intro.\ndate 2023-03-14 was set for the vote.\n", "", "", "2023-03-14=2023-03-14",
			"a date line only at the top of the file: lower down it is text"},
		{"Paris, March 12 was the day the fire broke out.\n", "", "", "March 12=????-03-12",
			"a city in lower case is no dateline: the date is the text's"},
		{"Bakery reopens\n\nPublished: 2023-03-14\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a headline may stand above the date line"},
		{"Boulangerie rouverte\n\nPublié le mardi 14 mars 2023 par Camille R.\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a label and a date written out, with a weekday and a byline after it"},
		{"Boulangerie rouverte\nPublié le mardi 14 mars 2023 par Camille R. 12 mars 2023\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"the byline after the date goes with the line: nothing of it is read"},
		{"Bakery reopens\n\nPublished on March 14, 2023\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"so in English"},
		{"Bakery news\n\nDate the bakery reopened: 14 March 2023.\n", "", "", "14 March 2023=2023-03-14",
			"a sentence after the label is no date line"},
		{"<html><head><title>Bakery reopens</title></head><body>\n<p>Published: 2023-03-14</p>\n<p>The bakery reopened on Monday.</p>\n", "", "2023-03-14", "on Monday=2023-03-13",
			"in HTML the date line is the text inside the markup"},
		{"The bakery reopened.\nPublished: 2023-03-14\n", "", "", "2023-03-14=2023-03-14",
			"after a sentence the body has begun: the line is text"},
		{"Bakery reopens\n\nPosted by Anna Novak, 14 March 2023 · Local news\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a byline with the day it was posted is a date line"},
		{"By Anna Novak | March 14, 2023\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"By and a name, then the date"},
		{"By 14 March 2023 the bakery had reopened.\n", "", "", "14 March 2023=2023-03-14",
			"By before a date with no name is the text's deadline"},
		{"By Monday 13 March 2023 the bakery had reopened.\n", "", "", "Monday 13 March 2023=2023-03-13",
			"nor is a weekday a name"},
		{"By May Chen, March 14, 2023 at 10:15 a.m.\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a month may be a name, and a time may follow the date"},
		{"Bakery reopens\n\nLast reviewed: 20 March 2023 · Applies to: the bakery\nThe bakery reopened on Monday.\n", "2023-03-14", "2023-03-14", "on Monday=2023-03-13",
			"a line saying when the page was reviewed dates no event, nor the text"},
		{"THE LEDGER   News  World  Sport\nMenu   Search\n\nBakery reopens\n\nLast updated: Tuesday 14 March 2023 09:12 GMT\nThe bakery reopened on Monday.\n", "2023-03-14", "2023-03-14", "on Monday=2023-03-13",
			"an update line with its weekday and time below a menu's lines is dropped too: its time is no event's"},
		{"By Anna Novak, 14 March 2023, the bakery had reopened.\n", "", "", "14 March 2023=2023-03-14",
			"a byline ends with its date or goes on after a separator, not with the rest of a sentence"},
		{"BAKERY LEDGER - weekly briefing on bread and reopenings\nIssue 212, Tuesday 14 March 2023\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a newsletter's issue line under its title dates the text"},
		{"Vol. 3, No. 12 - March 14, 2023\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"so does a journal's volume and number"},
		{"Issue 112 -- Tuesday 14 March 2023\nA weekly digest of reopenings\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a masthead's issue line with a double dash"},
		{"Bakery fire Thursday - anyone caught up in it?\n\n**BigDave** · posted 14 Mar 2023, 09:12\n\nThe bakery reopened on Monday.\n", "2023-03-14", "2023-03-14", "Thursday=2023-03-09; on Monday=2023-03-13",
			"a forum post's byline dates the post, not an event, anywhere in the file"},
		{"# Bakery fire\n\nThe bakery reopened on Monday.\n\n**R. Mulder** · posted 14 Mar 2023, 09:12\nWhat a relief.\n", "2023-03-14", "2023-03-14", "on Monday=2023-03-13",
			"in Markdown, a bold name's byline with the post's text on the next line is dropped too"},
		{"Anna · posted the bakery's new hours on 14 March 2023 at the door.\n", "", "", "on 14 March 2023=2023-03-14",
			"a sentence after posted is text"},
		{"Issue 212 was closed on 14 March 2023 by the bakery.\n", "", "", "on 14 March 2023=2023-03-14",
			"an issue in a sentence is text"},
		{"# Why did the bakery close?\n\n*Harbour Today | 14 March 2023*\n\nThe bakery reopened on Monday.\n", "2023-03-20", "2023-03-20", "on Monday=2023-03-20",
			"an outlet's name and the date under the headline, with no By, is dropped with the metadata"},
		{"Bakery reopens\n\nThe Harbour Post · Tuesday, March 14, 2023\n\nThe bakery reopened on Monday.\n", "", "", "on Monday=unresolved",
			"but gives no publication date: it may be a subtitle's event date"},
		{"Why did the bakery close?\nPublished: 2023-03-14\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a headline may ask: the first line is no sentence of the body"},
		{"Bakery news\nWhy did the bakery close?\nPublished: 2023-03-14\n", "", "", "2023-03-14=2023-03-14",
			"a question after the first line begins the body"},
		{"Bakery reopens\n\nMonday | 13 March 2023\n\nThe bakery reopened.\n", "", "", "Monday=unresolved; 13 March 2023=2023-03-13",
			"a weekday before the separator is no outlet: a timeline's day"},
		{"Harbour Bakery | 14 March 2023, when the ovens came back on.\n", "", "", "14 March 2023=2023-03-14",
			"a line that goes on after the date is text"},
		{"# Bakery reopens\n\n*Owners told to queue early*\n\nBy Dana Whitcomb | The Ledger\nPublished March 14, 2023 at 6:15 p.m. PDT\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a signature with a time after the date, below a title, a standfirst and a byline"},
		{"# Bakery reopens\n\nThe ovens are back. Queues formed at dawn.\n\nPar Claire A. (Lyon) · Publié le 14 mars 2023 à 06h30\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a signature after a standfirst that ends with a stop"},
		{"<html><body>\n<h1>Bakery reopens</h1>\n<p class=\"standfirst\">The ovens are back.</p>\n<p class=\"signature\">Par Claire A. &middot; Publié le 14 mars 2023 à 06h30</p>\n<p>The bakery reopened on Monday.</p>\n</body></html>\n", "", "2023-03-14", "on Monday=2023-03-13",
			"so in HTML, its separator an entity and its tag closing the line"},
		{"# Bakery reopens\n\nLes fours sont de retour. La file dès l'aube.\n\nPublié le mardi 14 mars 2023 par Julien Marchetti\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a signature with a byline after its date"},
		{"# Bakery reopens\n\nLes fours sont de retour.\n\nPublié le mardi 14 mars 2023 à 07 h 12\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a signature with a French time spaced about its h"},
		{"Boulangerie rouverte\n\nLes fours sont de retour.\n\nPar Claire Aubert – Publié le mardi 14 mars 2023 à 11h52\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a byline before a date line and a dash, below a title and a standfirst, its time after à"},
		{"Boulangerie rouverte\n\nLes fours sont de retour.\n\nPar Claire Aubert – Publié le mardi 14 mars 2023 à 11h52 les fours ont repris.\n", "", "", "le mardi 14 mars 2023=2023-03-14",
			"but not when the line goes on after the time"},
		{"# Wolf Hall, revisited\n\nA reread of the trilogy.\n\nBy Hilary Mantel – Published 5 March 2020 by Fourth Estate\n\nThe longlist came out on Monday.\n", "", "", "5 March 2020=2020-03-05; on Monday=unresolved",
			"a book's credits below a standfirst, its publisher after the date: no date line of the page"},
		{"# Bakery reopens\n\nLes fours sont de retour.\n\nPublié le mardi 14 mars 2023 à 07 h 12 les fours ont repris.\n", "", "", "le mardi 14 mars 2023=2023-03-14",
			"but not when the line goes on after the time"},
		{"Home | Cloud | Data\n\nDatabases\n\n# Bakery reopens\n\nLes fours sont de retour. La file dès l'aube.\n\nPublié le mardi 14 mars 2023 par Julien Marchetti\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a standfirst below a menu, a section's name and a title: the signature below it still heads the text"},
		{"Home | Cloud | Data\n\nDatabases\n\n# Bakery reopens\n\nThe ovens are back.\n\nThe bakery reopened on Monday.\n\nPublié le mardi 14 mars 2023 par Julien Marchetti\n", "", "", "on Monday=unresolved; le mardi 14 mars 2023=2023-03-14",
			"but only one line of text ending a sentence may stand before it"},
		{"Home | Food | Local\n\nOpinion\n\n# Why did the bakery close?\n\nBy Dana Whitcomb, food columnist · 14 March 2023\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a byline with a role and a separator before its date, below a menu and a question: dropped, and dates the text"},
		{"Home | Food | Local\n\n# Why did the bakery close?\n\nBy Dana W., food editor, and Sam O. · Tuesday 14 March 2023 17.31 GMT\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"two writers, a weekday and a time after the date"},
		{"<html><body>\n<h1>Why did the bakery close?</h1>\n<p class=\"byline\">Ada Quist · Metro News · Posted: Mar 14, 2023 8:05 PM ET</p>\n<p>The bakery reopened on Monday.</p>\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a writer and an outlet before a labelled date and its time: dropped, and dates the text"},
		{"<html><body>\n<h1>Why did the bakery close?</h1>\n<p class=\"byline\">Ada Quist · Metro News · Bakeries · Posted: Mar 14, 2023 8:05 PM ET</p>\n<p>The bakery reopened on Monday.</p>\n", "", "", "Mar 14, 2023=2023-03-14; on Monday=unresolved",
			"three fields before it: not read as a byline (as before)"},
		{"Home | Food | Local\n\n# Why did the bakery close?\n\n14 March 2023 | by Dr. Ada Quist, Contributing Editor | Filed under: Bakeries, Closures\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a byline that opens with its date, with tags after another separator: dropped, and dates the text"},
		{"Home | Food | Local\n\n# Why did the bakery close?\n\n14 March 2023 | the bakery reopened on Monday.\n", "", "", "14 March 2023=2023-03-14; on Monday=unresolved",
			"a date before a separator and no By: text"},
		{"Home | Food | Local\n\n# Bakery vote\n\n14 March 2023 | Da Costa won the bakery vote on Monday\n", "", "", "14 March 2023=2023-03-14; on Monday=unresolved",
			"a surname's particle with a capital is no By"},
		{"Home | Food | Local\n\n# Bakery reopens\n\nNewsroom staff · Last updated Tuesday, March 14, 2023 at 1:05 p.m. CT\n\nThe bakery reopened on Monday.\n", "", "", "on Monday=unresolved",
			"an outlet's line with an update's label: dropped, and dates nothing"},
		{"Home\nWorld\nBusiness\nSport\nWeather\nPodcasts\nNewsletters\n\n# Bakery reopens\n\nNewsroom staff · Last updated Tuesday, March 14, 2023 at 1:05 p.m. CT\n\nThe bakery reopened on Monday.\n", "", "", "on Monday=unresolved",
			"below a menu of many lines too: an update's label and a separator make the line metadata wherever it stands"},
		{"Home\nWorld\nBusiness\nSport\nWeather\nPodcasts\nNewsletters\n\n# Bakery reopens\n\nBy Dana Whitcomb · 14 March 2023\n\nThe bakery reopened on Monday.\n", "", "", "14 March 2023=2023-03-14; on Monday=unresolved",
			"but a byline that would give the publication date is read only near the top: far down, it may head another text"},
		{"Home | Food | Local\n\n# Bakery reopens\n\nMonday · 13 March 2023\n\nThe bakery reopened on Monday.\n", "", "", "Monday=unresolved; 13 March 2023=2023-03-13; on Monday=unresolved",
			"with neither By nor a label, a timeline's day stays text"},
		{"# Bakery reopens\n\nLes fours sont de retour. La file dès l'aube.\n\n**Par Julien Marchetti** | Publié le mardi 14 mars 2023\n\nThe bakery reopened on Monday.\n", "", "2023-03-14", "on Monday=2023-03-13",
			"a signature whose byline is in bold: the markup ends no signature"},
		{"# Bakery reopens\n\nBy Sam Okafor, Senior Editor · Updated Tuesday, March 14, 2023\n\nThe bakery reopened on Monday.\n", "", "", "on Monday=unresolved",
			"an update's signature is dropped and dates nothing"},
		{"# Bakery reopens\n\nThe ovens are back.\n\nThe bakery reopened on Monday.\n\nUpdated March 14, 2023\n", "", "", "on Monday=unresolved; March 14, 2023=2023-03-14",
			"after the body has begun, such a line is text"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			meta := "sources:\n  - id: a\n    file: a.txt\n    dated_by: test\n"
			if tt.published != "" {
				meta += "    published: " + tt.published + "\n"
			}
			file := "a.txt"
			switch {
			case strings.HasPrefix(tt.text, "<html>"):
				file = "a.html"
			case strings.HasPrefix(tt.text, "# "):
				file = "a.md"
			}
			meta = strings.Replace(meta, "a.txt", file, 1)
			c, err := document.LoadCorpus(writeCorpus(t, meta, map[string]string{file: tt.text}))
			require.NoError(t, err)
			doc, _ := c.Source("a")
			src := newReading(doc)
			if tt.wantPub == "" {
				assert.False(t, src.HasDate(), "no publication date")
			} else {
				assert.Equal(t, tt.wantPub, src.Published.String(), "publication date")
			}
			var got []string
			for i := range src.sents {
				sent := &src.sents[i]
				for _, d := range sent.dateMentions() {
					v, _, ok := d.expr.resolve(src.Published)
					value := v.String()
					if !ok {
						value = "unresolved"
					}
					got = append(got, says(src, sent, d.span)+"="+value)
				}
			}
			assert.Equal(t, tt.wantDates, strings.Join(got, "; "), "dates read from the text")
		})
	}
}

// TestYearlessDatelineTakesItsYear holds a wire dateline without a year
// ("WROCLAW, March 10 (Wire) –") to what a desk expects of it: the year
// that puts it nearest the days sources.yaml gives the other sources, said
// in how the source is dated; none when no listed day lies near, said in
// the source's notes.
func TestYearlessDatelineTakesItsYear(t *testing.T) {
	tests := []struct {
		dateline, other string // the dateline's date; the other source's published:
		want            string // the publication date, or "" for none
		why             string
	}{
		{"March 10", "2026-03-11", "2026-03-10", "the other source was published the next day: the same year"},
		{"Dec. 30", "2026-01-03", "2025-12-30", "across the new year: the year before the other source's"},
		{"10 March", "2026-02-20", "2026-03-10", "day first, as European wires write it"},
		{"March 10", "2026-07-01", "", "nearly four months off: the year is not taken"},
		{"March 10", "2026-03", "", "a month gives no day to be near"},
		{"Feb. 29", "2025-03-02", "", "29 February in a year with none: no year taken, no invalid date"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			meta := "sources:\n  - id: a\n    file: a.txt\n    dated_by: its dateline\n  - id: b\n    file: b.txt\n    dated_by: test\n    published: " + tt.other + "\n"
			files := map[string]string{"a.txt": "WROCLAW, " + tt.dateline + " (Wire) - The dam failed on Tuesday.\n", "b.txt": "Another page.\n"}
			c, err := document.LoadCorpus(writeCorpus(t, meta, files))
			require.NoError(t, err)
			doc, _ := c.Source("a")
			src := newReading(doc)
			if tt.want == "" {
				assert.False(t, src.HasDate(), "no publication date")
				assert.Contains(t, strings.Join(doc.Notes.Summary(), "; "), "gives no year", "the notes say why the dateline dated nothing")
				return
			}
			assert.Equal(t, tt.want, src.Published.String(), "publication date")
			assert.Contains(t, src.DatedBy, "gives no year", "how it was dated says the year was taken from the other sources")
		})
	}
}
