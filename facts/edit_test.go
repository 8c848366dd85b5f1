package facts

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const editSheet = `# The sheet.
facts:
  # --- First section ---
  - id: a
    claim: A.   # a trailing comment
    date: 2013
    about: [x]

  # --- Second section ---
  - id: b
    claim: 'B, quoted'
    date: 2014
    about: [y]
    labels:
      - source: "001"
        says: in 2015
        label: different-year
        note: Known.
    note: after the labels

  - id: c
    claim: C.
    date: 2015
    about: [z]
# trailing comment
`

func TestAddLabels(t *testing.T) {
	out, err := AddLabels("f.yaml", []byte(editSheet), []NewLabel{
		{Fact: "c", Label: Label{Source: "002", Says: "in 2016", Label: "different-year", Note: "the source says 2016"}},
		{Fact: "a", Label: Label{Source: "003", Says: `"quoted" words`, Label: "different-year", Note: "n"}},
		{Fact: "b", Label: Label{Source: "004", Says: "in 2012", Label: "different-year", Note: "n2"}},
	})
	require.NoError(t, err)
	assert.Equal(t, `# The sheet.
facts:
  # --- First section ---
  - id: a
    claim: A.   # a trailing comment
    date: 2013
    about: [x]
    labels:
      - source: "003"
        says: "\"quoted\" words"
        label: "different-year"
        note: "n"

  # --- Second section ---
  - id: b
    claim: 'B, quoted'
    date: 2014
    about: [y]
    labels:
      - source: "001"
        says: in 2015
        label: different-year
        note: Known.
      - source: "004"
        says: "in 2012"
        label: "different-year"
        note: "n2"
    note: after the labels

  - id: c
    claim: C.
    date: 2015
    about: [z]
    labels:
      - source: "002"
        says: "in 2016"
        label: "different-year"
        note: "the source says 2016"
# trailing comment
`, string(out))
	s, err := Parse("f.yaml", out)
	require.NoError(t, err)
	assert.Len(t, s.Facts[1].Labels, 2)
}

func TestAddLabelsKeepsCRLFAndBOM(t *testing.T) {
	in := "\ufeff" + strings.ReplaceAll(editSheet, "\n", "\r\n")
	out, err := AddLabels("f.yaml", []byte(in), []NewLabel{{Fact: "c", Label: Label{Source: "002", Says: "x", Label: "l", Note: "n"}}})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(out), "\ufeff# The sheet.\r\n"))
	assert.NotContains(t, strings.ReplaceAll(string(out), "\r\n", ""), "\n", "every line break stays CRLF")
	assert.Contains(t, string(out), "    labels:\r\n      - source: \"002\"\r\n")
}

func TestAddLabelsRefusals(t *testing.T) {
	_, err := AddLabels("f.yaml", []byte(editSheet), []NewLabel{{Fact: "zz", Label: Label{Source: "1", Says: "x", Label: "l", Note: "n"}}})
	assert.EqualError(t, err, `add labels to f.yaml: no fact "zz"`)

	flow := strings.Replace(minimal, "about: [word]", "about: [word]\n    labels: []", 1)
	_, err = AddLabels("f.yaml", []byte(flow), []NewLabel{{Fact: "a", Label: Label{Source: "1", Says: "x", Label: "l", Note: "n"}}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "f.yaml:6:13: the labels of fact a are not a block list")

	_, err = AddLabels("f.yaml", []byte("facts: [\n"), []NewLabel{{Fact: "a"}})
	require.Error(t, err, "a sheet that does not load is not edited")
}
