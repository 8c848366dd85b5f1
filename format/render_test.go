package format

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testSource is an in-memory source: its id, text and publication date.
type testSource struct{ id, text, pub string }

// run checks a sheet written as YAML against in-memory sources (see
// corpusOf).
func run(t *testing.T, sheet string, sources ...testSource) *checks.Result {
	t.Helper()
	s, err := facts.Parse("facts.yaml", []byte(sheet))
	require.NoError(t, err)
	r, err := checks.Run(s, corpusOf(t, sources))
	require.NoError(t, err)
	return r
}

const yearFact = `facts:
  - id: arrival
    claim: They arrived in 2013.
    date: 2013
    about: [arriv*]
`

func withLabel(says string) string {
	return yearFact + "    labels:\n      - source: s\n        says: " + says + "\n        label: different-year\n        note: Known.\n"
}

// TestUnexpectedMessage pins the failure output: it starts with the data's
// position and holds everything needed to act, including the YAML to paste.
func TestUnexpectedMessage(t *testing.T) {
	r := run(t, yearFact, testSource{"s", "A headline\n\nThey have lived there since 2014, when they arrived.", "2022-09-10"})
	ps := r.Problems()
	require.Len(t, ps, 2)
	assert.Equal(t, `s.txt:3:23: arrival: unexpected contradiction: source s says "since 2014", the sheet says 2013
    sentence:    "They have lived there since 2014, when they arrived."
    read as:     2014
    sheet says:  2013 (facts.yaml:2:5: They arrived in 2013.)
  If the sheet is right and this disagreement is known, label it: add to fact arrival in facts.yaml
    labels:
      - source: "s"
        says: "since 2014"
        label: different-date
        note: "why the sheet keeps 2013"
  If the source is right, correct the sheet's value instead.`, Message(ps[0]))
	assert.Equal(t, checks.Uncorroborated, ps[1].Kind)
	assert.Equal(t, "facts.yaml:2:5: arrival: uncorroborated: no source agrees with the sheet's 2013 (0 silent, 1 contradict). Check the value and the about: terms, or cite the outside source that supports it with reference:.", Message(ps[1]))
}

func TestStaleAndMismatchMessages(t *testing.T) {
	r := run(t, withLabel("since 2014"), testSource{"s", "They arrived in 2013.", "2022-09-10"})
	require.Len(t, r.Problems(), 1)
	assert.Equal(t, `facts.yaml:7:9: arrival: stale label: source s no longer says "since 2014"; it now agrees (s.txt:1:14 says "in 2013"). Remove the label.`, Message(r.Problems()[0]))

	r = run(t, withLabel("since 2014"), testSource{"s", "They arrived in 2015.", "2022-09-10"})
	ps := r.CellAt(0, 0).Problems()
	require.Len(t, ps, 1)
	msg := Message(ps[0])
	assert.True(t, strings.HasPrefix(msg, `s.txt:1:14: arrival: the label at facts.yaml:7:9 expects source s to say "since 2014", but it now says "in 2015" (read as 2015)`), msg)
	assert.Contains(t, msg, `Update says: in that label to "in 2015"`)
}

// TestTextStyled marks each part of the text format and keeps what a
// source says from reaching a terminal as escapes: only the style's own
// marks stand unescaped.
func TestTextStyled(t *testing.T) {
	r := run(t, yearFact, testSource{"s", "They arrived in \x1b[31m 2014, it says.", "2022-09-10"})
	mark := func(name string) func(string) string {
		return func(s string) string { return "<" + name + ">" + s + "</" + name + ">" }
	}
	got := string(TextStyled(r, Style{Pos: mark("pos"), Trouble: mark("trouble"), Hint: mark("hint"), Good: mark("good"), Bad: mark("bad")}))
	assert.Contains(t, got, "<pos>s.txt:1:", "the position marked")
	assert.Contains(t, got, "arrival: <trouble>unexpected contradiction</trouble>: source s", "what is wrong marked, the fact not")
	assert.Contains(t, got, "<hint>  Why: factcheck explain arrival s</hint>\n")
	assert.Contains(t, got, "<bad>factcheck: 2 problems (one per failing value or label);", "something fails")
	assert.NotContains(t, got, "\x1b", "a source's escape sequence is shown, not sent")
	assert.Contains(t, got, `\x1b[31m`)
	plain := strings.NewReplacer("<pos>", "", "</pos>", "", "<trouble>", "", "</trouble>", "", "<hint>", "", "</hint>", "", "<bad>", "", "</bad>", "").Replace(got)
	assert.Equal(t, string(Text(r)), plain, "without marks, the plain text format")
}
