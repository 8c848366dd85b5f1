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
    role: spokesman | porte-parole
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
	assert.Equal(t, Name{Canonical: "Jan Novak", Aliases: []string{"Jan Nowak"}, Not: []string{"Petr Novak"}, Roles: []string{"spokesman", "porte-parole"}}, spokesman.Name)
	require.Len(t, spokesman.Labels, 1)
	assert.Equal(t, Label{Source: "004", Says: "Jan Novack", Label: "spelling", Note: "The outlet's own transliteration.", Pos: Pos{File: "facts.yaml", Line: 23, Col: 9}}, *spokesman.Labels[0])

	members := s.Facts[3]
	assert.Equal(t, "3,000 ±10% (2,700..3,300)", members.Canonical())
	assert.Equal(t, "https://example.org/census", members.Reference)
}

// A time of saying counts for a time fact with said_dates, as a date of
// saying does for a date fact.
func TestSaidDatesOnATime(t *testing.T) {
	s, err := Parse("facts.yaml", []byte("facts:\n  - id: briefing\n    claim: The briefing began at 14:00 CEST.\n    time: 14:00 CEST\n    said_dates: true\n    about: [briefing]\n"))
	require.NoError(t, err)
	assert.True(t, s.Facts[0].SaidDates)
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
