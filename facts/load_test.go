package facts

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodSheet = `# a comment
facts:
  - id: ties-severed
    claim: The two countries cut diplomatic ties on 7 September 2022.
    date: 2022-09-07
    about: ["diplomatic ties | diplomatic relations"]
    note: Announced by the prime minister.
  - id: staff-deadline
    claim: Diplomats were given 24 hours to leave.
    number: 24
    unit: hours
    about: [diplomats | embassy, leave]
    unless: [flight]
    within: 6
  - id: spokesman
    claim: The spokesman is Jan Novak.
    name: Jan Novak
    aliases: [Jan Nowak]
    not: [Petr Novak]
    about: spokesman
    labels:
      - source: "004"
        says: Jan Novack
        label: spelling
        note: The outlet's own transliteration.
  - id: members
    claim: About 3,000 members live there.
    number: 3000
    tolerance: 10%
    about: [members]
    reference: https://example.org/census
`

func TestParseGoodSheet(t *testing.T) {
	s, err := Parse("facts.yaml", []byte(goodSheet))
	require.NoError(t, err)
	require.Len(t, s.Facts, 4)

	ties := s.Facts[0]
	assert.Equal(t, KindDate, ties.Kind)
	assert.Equal(t, "2022-09-07", ties.Date.String())
	assert.Equal(t, [][]string{{"diplomatic ties", "diplomatic relations"}}, ties.About)
	assert.Equal(t, DefaultWithin, ties.Within)
	assert.Equal(t, Pos{File: "facts.yaml", Line: 3, Col: 5}, ties.Pos)

	deadline := s.Facts[1]
	assert.Equal(t, "24 hours", deadline.Canonical())
	assert.Equal(t, [][]string{{"diplomats", "embassy"}, {"leave"}}, deadline.About)
	assert.Equal(t, []string{"flight"}, deadline.Unless)
	assert.Equal(t, 6, deadline.Within)

	spokesman := s.Facts[2]
	assert.Equal(t, Name{Canonical: "Jan Novak", Aliases: []string{"Jan Nowak"}, Not: []string{"Petr Novak"}}, spokesman.Name)
	require.Len(t, spokesman.Labels, 1)
	assert.Equal(t, Label{Source: "004", Says: "Jan Novack", Label: "spelling", Note: "The outlet's own transliteration.", Pos: Pos{File: "facts.yaml", Line: 22, Col: 9}}, *spokesman.Labels[0])

	members := s.Facts[3]
	assert.Equal(t, "2,700..3,300", members.Canonical())
	assert.Equal(t, "https://example.org/census", members.Reference)
}

func TestParseQuoteAndStatement(t *testing.T) {
	sheet := `facts:
  - id: q
    claim: The minister said it.
    quote: "We will not stop."
    speaker: [Jan Novak, Novak, the minister]
    accepted: ["We shall not stop."]
  - id: s
    claim: It was the first such case.
    statement: true
    supports: [first known case | first case]
    refutes: [not the first]
    attributed: counts
    about: [case]
`
	s, err := Parse("f.yaml", []byte(sheet))
	require.NoError(t, err)
	q, st := s.Facts[0], s.Facts[1]
	assert.Equal(t, KindQuote, q.Kind)
	assert.Equal(t, Quote{Text: "We will not stop.", Speakers: []string{"Jan Novak", "Novak", "the minister"}, Accepted: []string{"We shall not stop."}}, q.Quote)
	assert.Empty(t, q.About, "a quote fact needs no about terms")
	assert.Equal(t, "“We will not stop.” (Jan Novak)", q.Canonical())
	assert.Equal(t, KindStatement, st.Kind)
	assert.Equal(t, Statement{Holds: true, Supports: []string{"first known case", "first case"}, Refutes: []string{"not the first"}, Attributed: true}, st.Statement)
	assert.Equal(t, "true", st.Canonical())
}

func TestParseBOMAndCRLF(t *testing.T) {
	data := "\ufeff" + strings.ReplaceAll(goodSheet, "\n", "\r\n")
	s, err := Parse("facts.yaml", []byte(data))
	require.NoError(t, err)
	assert.Len(t, s.Facts, 4)
	assert.Equal(t, "The two countries cut diplomatic ties on 7 September 2022.", s.Facts[0].Claim)
}

// minimal is one valid fact; broken sheets below vary it.
const minimal = `facts:
  - id: a
    claim: A claim.
    date: 2022-09-07
    about: [word]
`

func TestParseBrokenSheets(t *testing.T) {
	tests := []struct {
		name, sheet string
		want        string // the whole first line of the error
	}{
		{"empty", "", "f.yaml:1:1: the sheet is empty: start it with \"facts:\" and a list of facts (see README.md)"},
		{"syntax", "facts:\n  - id: a\n   claim: x\n", "f.yaml:1:1: invalid YAML: did not find expected '-' indicator: fix the YAML syntax"},
		{"tab", "facts:\n\t- id: a\n", "f.yaml:2:1: invalid YAML: found character that cannot start any token: indent with spaces, not tabs"},
		{"no facts key", "fact: []\n", "f.yaml:1:1: unknown key \"fact\" in the sheet (did you mean \"facts\"?); known keys: facts"},
		{"facts not a list", "facts: {a: 1}\n", "f.yaml:1:8: facts must be a list of facts"},
		{"unknown key", strings.Replace(minimal, "claim:", "cliam:", 1), "f.yaml:3:5: unknown key \"cliam\" in fact a (did you mean \"claim\"?)"},
		{"missing claim", strings.Replace(minimal, "    claim: A claim.\n", "", 1), "f.yaml:2:5: fact a has no claim"},
		{"missing id", strings.Replace(minimal, "id: a", "note: x", 1), "f.yaml:2:5: a fact has no id"},
		{"missing value", strings.Replace(minimal, "    date: 2022-09-07\n", "", 1), "f.yaml:2:5: fact a has no value: give exactly one of date:, number:, name:, quote: or statement:"},
		{"two values", strings.Replace(minimal, "date: 2022-09-07", "date: 2022-09-07\n    number: 3", 1), "f.yaml:5:13: fact a has both date: and number:: keep exactly one value"},
		{"missing about", strings.Replace(minimal, "    about: [word]\n", "", 1), "f.yaml:2:5: fact a has no about terms"},
		{"empty term", strings.Replace(minimal, "[word]", "[\"word | \"]", 1), "f.yaml:5:13: about of fact a has an empty term"},
		{"impossible month", strings.Replace(minimal, "2022-09-07", "2022-13-01", 1), "f.yaml:4:11: fact a: invalid date \"2022-13-01\": there is no month 13"},
		{"impossible day", strings.Replace(minimal, "2022-09-07", "2022-02-30", 1), "f.yaml:4:11: fact a: invalid date \"2022-02-30\": February 2022 has no day 30"},
		{"inverted range", strings.Replace(minimal, "2022-09-07", "2022-09-07..2022-09-01", 1), "f.yaml:4:11: fact a: range \"2022-09-07..2022-09-01\" ends before it starts: write the earlier date first"},
		{"bad id", strings.Replace(minimal, "id: a", "id: Mek Arrival", 1), "f.yaml:2:9: id \"Mek Arrival\" may hold only lowercase letters, digits and hyphens (it names a subtest): try \"mek-arrival\""},
		{"duplicate id", minimal + "  - id: a\n    claim: B.\n    date: 2022\n    about: [x]\n", "f.yaml:6:5: duplicate fact id \"a\" (first at line 2)"},
		{"duplicate key", strings.Replace(minimal, "claim: A claim.", "claim: A claim.\n    claim: Again.", 1), "f.yaml:4:5: duplicate key \"claim\" in fact a (first at line 3)"},
		{"claim is a list", strings.Replace(minimal, "A claim.", "[a, b]", 1), "f.yaml:3:12: claim of fact a must be text, found a list"},
		{"bad number", strings.Replace(minimal, "date: 2022-09-07", "number: lots", 1), "f.yaml:4:13: fact a: invalid number \"lots\""},
		{"bad tolerance", strings.Replace(minimal, "date: 2022-09-07", "number: 3\n    tolerance: much", 1), "f.yaml:5:16: fact a: invalid tolerance \"much\""},
		{"tolerance on date", strings.Replace(minimal, "date: 2022-09-07", "date: 2022-09-07\n    tolerance: 1", 1), "f.yaml:5:16: tolerance: goes with number facts, and fact a is a date fact: remove it"},
		{"bad within", minimal + "    within: lots\n", "f.yaml:6:13: within of fact a must be a whole number of words from 1 to 100"},
		{"bad said_dates", minimal + "    said_dates: sometimes\n", "f.yaml:6:17: said_dates of fact a must be true or false"},
		{"anchor", strings.Replace(minimal, "[word]", "&w [word]", 1), "f.yaml:5:12: anchors (&w) are not supported: write the value out in full"},
		{"alias", strings.Replace(minimal, "[word]", "&w [word]", 1) + "  - id: b\n    claim: B.\n    date: 2022\n    about: *w\n", "f.yaml:9:12: aliases (*w) are not supported: write the value out in full"},
		{"alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nfacts: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n", "f.yaml:1:4: anchors (&a) are not supported"},
		{"label without says", minimal + "    labels:\n      - source: \"003\"\n        label: x\n        note: y\n", "f.yaml:7:9: a label of fact a has no says:"},
		{"labels not a list", minimal + "    labels: {source: x}\n", "f.yaml:6:13: labels of fact a must be a list of labels"},
		{"duplicate label", minimal + "    labels:\n      - {source: s, says: X, label: l, note: n}\n      - {source: s, says: x, label: l, note: n}\n", "f.yaml:8:9: duplicate label for source s saying \"x\" in fact a (first at line 7)"},
		{"fact is a list", "facts:\n  - [a, b]\n", "f.yaml:2:5: a fact must be a mapping of key: value lines, found a list"},
		{"invalid utf8", "facts:\n  - id: \xff\n", "f.yaml:2:9: the sheet is not valid UTF-8: save it as UTF-8"},
		{"oversized", "facts: []\n#" + strings.Repeat("x", MaxSize), "f.yaml:1:1: the sheet is 4194315 bytes, over the 4194304-byte limit"},
		{"quote without speaker", "facts:\n  - id: q\n    claim: C.\n    quote: Words here.\n", "f.yaml:2:5: fact q has no speaker: add speaker:"},
		{"statement not a bool", "facts:\n  - id: s\n    claim: C.\n    statement: yes\n    supports: [x]\n", "f.yaml:4:16: statement of fact s must be true or false, found \"yes\""},
		{"statement without phrases", "facts:\n  - id: s\n    claim: C.\n    statement: true\n", "f.yaml:2:5: fact s has no phrases: add supports:"},
		{"bad attributed", "facts:\n  - id: s\n    claim: C.\n    statement: true\n    supports: [x]\n    attributed: maybe\n", "f.yaml:6:17: attributed of fact s must be counts or ignored, found \"maybe\""},
		{"speaker on a date", strings.Replace(minimal, "date: 2022-09-07", "date: 2022-09-07\n    speaker: [X]", 1), "f.yaml:5:14: speaker: goes with quote facts, and fact a is a date fact: remove it"},
		{"null claim", strings.Replace(minimal, "A claim.", "", 1), "f.yaml:3:11: claim of fact a must be text, found nothing"},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			_, err := Parse("f.yaml", []byte(tt.sheet))
			require.Error(t, err, "sheet:\n%s", tt.sheet)
			var es Errors
			require.ErrorAs(t, err, &es)
			for _, line := range strings.Split(err.Error(), "\n") {
				if strings.HasPrefix(line, tt.want) {
					return
				}
			}
			t.Errorf("got  %s\nwant a line starting %s", err, tt.want)
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	sheet := "facts:\n  - id: a\n    cliam: x\n    date: 2022-02-30\n    about: [w]\n  - id: b\n    claim: y\n    name: Z\n    about: [w]\n    unit: hours\n"
	_, err := Parse("f.yaml", []byte(sheet))
	var es Errors
	require.ErrorAs(t, err, &es)
	var got []string
	for _, e := range es {
		got = append(got, e.Pos.String())
	}
	assert.Equal(t, []string{"f.yaml:3:5", "f.yaml:4:11", "f.yaml:10:11"}, got, "every problem once, sorted by position (the misspelt claim is not also reported missing):\n%v", err)
}
