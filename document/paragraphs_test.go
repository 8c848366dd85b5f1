package document

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/text"
	"github.com/stretchr/testify/assert"
)

// TestDuplicateParagraphsThroughACollision holds the chains of paragraphs
// by hash to what a list per hash did: a paragraph whose hash an earlier,
// different one has is kept, and a later copy of either is dropped.
func TestDuplicateParagraphsThroughACollision(t *testing.T) {
	ps := paragraphs{seen: make(map[uint64]int)}
	add := func(s string) {
		ps.add(text.Original(s, 0))
		ps.flush()
	}
	add("first paragraph")
	// A collision, made by hand: "second one" is taken to hash as the
	// first paragraph does.
	ps.seen[text.FieldsHash("second one")] = 0
	add("second one")
	add("first  paragraph")
	add("second\tone")
	add("third")
	var kept []string
	for _, p := range ps.out {
		kept = append(kept, p.S)
	}
	assert.Equal(t, []string{"first paragraph", "second one", "third"}, kept, "a different paragraph with the same hash is kept")
	assert.Equal(t, 2, ps.dups, "a copy of each, in white space only, is dropped")
	assert.Equal(t, []int{-1, 0, -1}, ps.prev, "the second paragraph chains to the first, whose hash it was given")
}

// A plain text hard-wrapped at a width joins its lines into paragraphs,
// whatever the next line starts with; one written a paragraph a line does
// not.
func TestHardWrappedText(t *testing.T) {
	wrapped := "Quillstream 4.1 limited messages to 8 MB per message, and the\n" +
		"4.0 series to 4 MB, which is why the team raised the limit for\n" +
		"Kafka users who had larger payloads to move between brokers in\n" +
		"2024. Ops teams asked for it at every meetup we held in the past\n" +
		"year, and we listened to them, as we always try to do with users.\n" +
		"Short last line.\n" +
		"- a list item stays apart from the line before it, as in mail\n\n" +
		"Next paragraph.\n"
	changelog := ""
	for _, v := range []string{"4.0", "4.1", "4.2", "4.3", "4.4", "4.5"} {
		changelog += "Version " + v + " was released on 12 March 2024 with the new broker.\n"
	}
	flat := "The first paragraph is one line.\nThe second paragraph is one line too, and runs on far past any width a mail client would wrap at, as scraped pages do.\nThird.\nFourth line here.\nFifth line here.\nSixth.\n"
	long := strings.Repeat("Quillstream 4.1 limited messages to 8 MB per message, and the\n", 12) + "Short last line.\n"
	overlong := strings.Replace(long, "to 8 MB per message, and the\n", "to 8 MB per message (see https://example.org/a-very-long-link-that-runs-on-and-on), and\n", 1)
	timeline := "Timeline of the outage as the hospital group reported it to the council\n"
	for _, d := range []string{"Sat., March 7", "Sun., March 8", "Mon., March 9", "Tue., March 10", "Wed., March 11", "Thu., March 12"} {
		timeline += d + " - staff detect the intrusion and shut down the network at two sites\n"
	}
	prose := strings.Repeat("The operator said again on Monday that the fire at the site was small and that its\n", 5) +
		"2 reactors were damaged - as campaigners had claimed - and the operator said nothing more\n" +
		"4 reactors were checked - all of them old ones - and the operator said nothing more at all\n" +
		"about it to the reporters who had gathered outside the gate on the first day of the week.\n\nNext.\n"
	told := strings.Repeat("Whitlock's barrister said his client had lost his job and his home last year. He\n", 4) +
		"said his client had lost everything, then spoke for him at length. He told the court:\n" +
		"\"My client has lost his career, his reputation and his marriage,\" the lawyer said to them.\n" +
		"Whitlock's barrister said his client had lost his job and his home last year. The list:\n" +
		"Career, reputation and marriage were all the things that the lawyer named for the court.\n\nNext.\n"
	german := strings.Repeat("Die Behörde hat gegen das Unternehmen ein Bußgeld verhängt, nachdem sie am\n", 5) +
		"19. November 2026 die Prüfung abgeschlossen hatte und mehrere Zeugen befragt worden waren\n" +
		"2. Punkt einer Liste, der für sich steht und eine eigene Zeile der Aufzählung ist, wie immer\n\nNext.\n"
	märz := "1. März Warnstreik der Beschäftigten in allen Depots der Stadt, angekündigt von der Gewerkschaft\n" +
		"5. März Beginn des unbefristeten Streiks in allen Depots, Busse und Bahnen bleiben in der Halle\n" +
		"9. März Erste Verhandlungsrunde ohne Ergebnis, beide Seiten werfen einander Blockade vor\n" +
		"12. März Schlichtung durch einen früheren Richter, der Streik wird für drei Tage ausgesetzt\n" +
		"19. März Einigung auf neue Tarife für alle Beschäftigten der Verkehrsbetriebe der Stadt\n" +
		"23. März Die Mitglieder der Gewerkschaft stimmen der Einigung mit großer Mehrheit zu\n\nNext.\n"
	ragged := "In case you missed it, the team said last Tuesday that the old API is deprecated. The sunset is\n" +
		"September 30, and the team confirmed that there will be no extension.\n" +
		"Title of a box\n" +
		"September 30 is the day the old API stops.\n" +
		"Polls closed: Sunday 4 May\n" +
		"Results will be announced once counting ends.\n\nNext.\n"
	hanging := "Live: the outage as it happened\n\n" +
		"15:52  Correction: earlier we said the broken builds had been fetched\n" +
		"       2.1 million times. The true count is lower.\n" +
		"16:10  Servers are back.\n\n" +
		"- Nine hikers have been stranded since Monday at about in the snow\n" +
		"  2,000m on the north face of the peak.\n" +
		"- 2,000m is the height of the hut.\n" +
		"   4 climbers reached it.\n" +
		"- Warehouse fire in the old docks of the town leaves fourteen dead\n" +
		"  Inquest opened on 3 May at the county court\n" +
		"- Bridge reopens after repairs\n" +
		"  work finished two weeks early\n" +
		"- Damaged when a lorry struck it on 3 May, the old bridge at the ford reopened on\n" +
		"  Tuesday after a fortnight of repairs.\n\nNext.\n"
	tests := []struct {
		raw  string
		want []string // the first words of each paragraph
		why  string
	}{
		{hanging, []string{"Live:", "15:52", "16:10", "-", "-", "4", "-", "Inquest", "-", "-", "Next."}, "a line indented to where the text of a long stamped entry or list item starts goes on with it, a digit first too, a capital after a line ending with a preposition; not after a line that ends a sentence, nor at another indent, nor with a capital after a headline (its standfirst); a line in lower case goes on as any does"},
		{overlong, []string{"Quillstream"}, "one line in ten over the width, a link, does not undo the wrap: thirteen lines, one paragraph"},
		{timeline, []string{"Timeline", "Sun.,", "Mon.,", "Tue.,", "Wed.,", "Thu.,"}, "each entry of a timeline after another, a stamp and a dash, opens a paragraph of its own"},
		{prose, []string{"The", "Next."}, "in wrapped prose, a line that looks like an entry goes on with the sentence"},
		{wrapped, []string{"Quillstream", "Short", "-", "Next"}, "wrapped lines join, a digit or a capital after them too; a line that ends a sentence, or opens a list item, starts anew"},
		{told, []string{"Whitlock's", "Whitlock's", "Career,", "Next."}, "a wrapped line ending in a colon goes on with a quotation on the next line, and with nothing else"},
		{changelog, []string{"Version", "Version", "Version", "Version", "Version", "Version"}, "entries a line each, of one length, ending sentences: no wrap"},
		{flat, []string{"The", "The", "Third.", "Fourth", "Fifth", "Sixth."}, "a paragraph a line: no width, each line its own paragraph"},
		{märz, []string{"1.", "5.", "9.", "12.", "19.", "23.", "Next."}, "a day and a month's name after a line that ends with no word before a date opens a timeline's entry"},
		{german, []string{"Die", "2.", "Next."}, "a day and a month's name at a line's start is a wrapped German date, where a number and another word opens a list item"},
		{ragged, []string{"In", "Title", "September", "Polls", "Results", "Next."}, "with no one width, a line that ends with a word that ends no sentence goes on, a capital after it too; after a line ending with another word, or with one written with a capital (May, AM), a capital opens a paragraph"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			src, err := Parse("a", "a.txt", []byte(tt.raw), nil)
			assert.NoError(t, err)
			var firsts []string
			for _, s := range src.Sentences {
				if s.First {
					firsts = append(firsts, strings.Fields(s.Text())[0])
				}
			}
			assert.Equal(t, tt.want, firsts)
		})
	}
}

// TestIsStamp shows which words before a dash stamp a timeline's entry.
func TestIsStamp(t *testing.T) {
	tests := []struct {
		stamp string
		want  bool
		why   string
	}{
		{"Sat., March 7", true, "a weekday and a month"},
		{"06:42", true, "a clock time"},
		{"6.40 p.m. UTC", true, "a clock time with its zone"},
		{"2025-03-07", true, "a date in figures"},
		{"2019", true, "a year"},
		{"Day 3", true, "a day of a count"},
		{"Sunday morning", true, "a weekday and a part of the day"},
		{"Sunday", true, "a weekday alone"},
		{"2 reactors were damaged", false, "prose with a figure"},
		{"paid a ransom on Sunday", false, "prose with a weekday"},
		{"rose 4.25 per cent", false, "a decimal in prose is no clock"},
		{"3", false, "a lone figure is no date"},
		{"the council", false, "no figure, month or weekday"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, isStamp(tt.stamp), tt.stamp)
		})
	}
}
