package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// readNumbers lists the quantities of a text as "says=value".
func readNumbers(t *testing.T, text string) string {
	t.Helper()
	src := parseText(t, text, published("2022-09-10"))
	var out []string
	for _, sent := range src.Sentences {
		for _, n := range sent.numberMentions() {
			out = append(out, says(src, sent, n.span)+"="+n.value.String())
		}
	}
	return strings.Join(out, "; ")
}

func TestExtractNumbers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The camp holds 3,000 people.", "3,000=3,000"},
		{"It has between 2000 and 3000 members.", "between 2000 and 3000=2,000..3,000"},
		{"It has 3,000 or so members.", "3,000 or so=2,700..3,300"},
		{"It has 3,000 or more members.", "3,000 or more=at least 3,000"},
		{"It has 3,000-plus members.", "3,000-plus=more than 3,000"},
		{"Its 3,000+ members came.", "3,000=more than 3,000"},
		{"The 1,000th visitor came.", ""},
		{"Nearly three-quarters of staff left.", ""},
		{"Two thirds of staff left.", ""},
		{"The camp holds 3 000 people.", "3 000=3,000"},
		{"The camp holds 1,234,567 people.", "1,234,567=1,234,567"},
		{"They had twenty-four hours to leave.", "twenty-four=24"},
		{"They had twenty four hours to leave.", "twenty four=24"},
		{"A 24-hour deadline was set.", "24=24"},
		{"Some 3,000 members live there.", "Some 3,000=2,700..3,300"},
		{"About 3,000 members live there.", "About 3,000=2,700..3,300"},
		{"Around 500 people came.", "Around 500=450..550"},
		{"Nearly 3,000 people came.", "Nearly 3,000=2,700..3,000"},
		{"More than 3,000 people came.", "More than 3,000=more than 3,000"},
		{"At least 3,000 people came.", "At least 3,000=at least 3,000"},
		{"Up to 3,000 people came.", "Up to 3,000=up to 3,000"},
		{"Fewer than 10 people came.", "Fewer than 10=less than 10"},
		{"Between 2,000 and 3,000 people came.", "Between 2,000 and 3,000=2,000..3,000"},
		{"From 2,000 to 3,000 people came.", "From 2,000 to 3,000=2,000..3,000"},
		{"Some 2,000-3,000 people came.", "2,000-3,000=2,000..3,000"},
		{"The fund holds 3.5 million euros.", "3.5 million=3,500,000"},
		{"Three thousand people came.", "Three thousand=3,000"},
		{"A dozen people came.", "A dozen=12"},
		{"Hundreds of people came.", "Hundreds=200..999"},
		{"The rate is 2.5 percent.", "2.5=2.5"},
		{"One hundred and twenty people came.", "One hundred and twenty=120"},
		{"An estimated 40,000 fled.", "estimated 40,000=36,000..44,000"},
		{"Some 2000 troops arrived.", "Some 2000=1,800..2,200"},
		{"Half a million people came.", "Half a million=500,000"},
		{"A 3k run and a 5bn budget.", "3k=3,000; 5bn=5,000,000,000"},
		{"A 1.2bn budget.", "1.2bn=1,200,000,000"},
		{"Tens of thousands came.", "Tens of thousands=20,000..99,999"},
		{"Hundreds of thousands came.", "Hundreds of thousands=200,000..999,999"},
		// Identifiers and versions are no quantities; the numbers beside them are.
		{"Flaw CVE-2019-12345 was rated 9.8 by the vendor.", "9.8=9.8"},
		{"Upgrade from v3.2.1 to 3.2.2 or later.", ""},
		{"The 1.0-rc2 build shipped with 4 fixes.", "4=4"},
		{"The Cortex-A53 chip has 4 cores.", "4=4"},
		{"Route B-52 closed for 3 days.", "3=3"},
		// Not quantities.
		{"A 1.2m wall stood there.", ""},
		{"They had 24hrs to leave.", ""},
		{"The 2nd attack came later.", ""},
		{"Posted at 09:33 EDT.", ""},
		{"They arrived in 2013.", ""},
		{"They arrived since 2013.", ""},
		{"The 1990s were calm.", ""},
		{"The 1979 unrest ended.", ""},
		{"It happened on July 15.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := readNumbers(t, tt.text); got != tt.want {
				t.Errorf("numbers in %q\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// Among several numbers followed by the unit, the one nearest the about
// terms is the fact's.
func TestUnitNumberNearestTheTerms(t *testing.T) {
	sheet := `facts:
  - id: length
    claim: The hull is 400 metres long.
    number: 400
    unit: metres
    about: [long | length]
`
	for _, text := range []string{
		"The hull is 400 meters long and 59 metres wide.",
		"The hull, 59 metres wide, is 400 metres long.",
		"Its length: 400 metres; its beam, 59 metres.",
	} {
		r := run(t, sheet, testSource{"s", text, "2021-03-25"})
		c := r.cellAt(0, 0)
		assert.Equal(t, Agrees, c.Verdict, "%q: %v", text, c.Findings)
	}
}

func TestUnitFollows(t *testing.T) {
	tests := []struct {
		text, unit string
		want       string // the words from the number through the unit, or "" for no match
	}{
		{"They had 24 hours to leave.", "hours", "24 hours"},
		{"They had 24 hours to leave.", "hour", "24 hours"},
		{"A 24-hour deadline was set.", "hours", "24-hour"},
		{"Some 3,000 MEK members live there.", "members", "Some 3,000 MEK members"},
		{"Some 3,000 of its loyal members live there.", "members", ""},
		{"It took 24 days, and hours of talks.", "hours", ""},
		{"Long queues formed at two border crossings.", "border crossings", "two border crossings"},
		{"Long queues formed at two crossings on the border.", "border crossings", ""},
		{"The hull is 400 meters long.", "metres", "400 meters"},
		{"The hull is 400 metres long.", "meter", "400 metres"},
		{"It holds 20 litres.", "liters", "20 litres"},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+tt.unit, func(t *testing.T) {
			src := parseText(t, tt.text, published("2022-09-10"))
			sent := only(t, src)
			got := ""
			for _, n := range sent.numberMentions() {
				if end, ok := unitFollows(sent.folded().norm.s, sent.folded().tokens, n.end, unitWords(tt.unit)); ok {
					got = says(src, sent, span{n.start, end})
				}
			}
			if got != tt.want {
				t.Errorf("unit %q in %q: got %q, want %q", tt.unit, tt.text, got, tt.want)
			}
		})
	}
}
