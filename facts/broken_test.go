package facts

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBrokenSheets loads each sheet under testdata/broken and asserts its
// exact message, kept beside it in a .want file: every problem with its
// file:line:col and what to do, and never a panic.
func TestBrokenSheets(t *testing.T) {
	files, err := filepath.Glob("testdata/broken/*.yaml")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 30)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".yaml") + ".want")
			require.NoError(t, err, "every broken sheet has its expected message in a .want file")
			_, err = Load(filepath.ToSlash(f))
			require.Error(t, err)
			var es Errors
			require.ErrorAs(t, err, &es, "the error lists positioned problems")
			assert.Equal(t, strings.TrimSuffix(string(want), "\n"), err.Error())
		})
	}
}

// TestOversizedSheet is generated rather than kept under testdata.
func TestOversizedSheet(t *testing.T) {
	_, err := Parse("big.yaml", []byte("facts: []\n#"+strings.Repeat("x", MaxSize)))
	assert.EqualError(t, err, "big.yaml:1:1: the sheet is over the 4194304-byte limit: split it or shorten long notes")
}

// A sheet of many broken facts lists the first hundred problems and
// counts the rest: an error message a person can read. Past the problems
// a reader keeps (a thousand), the count says "at least": it is a floor.
func TestManyProblemsAreCapped(t *testing.T) {
	tests := []struct {
		facts    int
		fact     string // each fact, broken: %d is its number
		wantLast string
		reason   string
	}{
		{300, "  - id: a%d\n    claim: C.\n", "... and 500 more problems: fix these first", "300 facts with two problems each: 100 listed, 500 counted"},
		{500, "  - id: a%d\n    claim: C.\n", "... and 900 more problems: fix these first", "exactly as many as a reader keeps are counted exactly"},
		{5000, "  - id: a%d\n", "... and at least 901 more problems: fix these first", "past what a reader keeps (1,000 and one), the count is a floor"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("facts:\n")
			for i := 0; i < tt.facts; i++ {
				fmt.Fprintf(&b, tt.fact, i)
			}
			_, err := Parse("many.yaml", []byte(b.String()))
			require.Error(t, err)
			lines := strings.Split(err.Error(), "\n")
			assert.Len(t, lines, 101)
			assert.Equal(t, tt.wantLast, lines[100])
		})
	}
}

// A YAML list cuts "10,000-page" at its comma; two groups that merely
// hold figures are no such cut.
func TestCutAtComma(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
		why        string
	}{
		{"reference site | 10", "000-page | build", true, "three digits glued to a word after one to three digits"},
		{"2", "500 homes", true, "a group of one figure, then three digits"},
		{"Apollo 11", "100 days", false, "a name's number, then a group of its own"},
		{"in 2024", "100 days", false, "four digits: a year, no thousands"},
		{"10", "0000", false, "four digits after: no thousands group"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cutAtComma(tt.prev, tt.next), "%q, %q: %s", tt.prev, tt.next, tt.why)
	}
}
