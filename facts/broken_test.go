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

// A sheet of hundreds of broken facts lists the first hundred problems
// and counts the rest: an error message a person can read.
func TestManyProblemsAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("facts:\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "  - id: a%d\n    claim: C.\n", i)
	}
	_, err := Parse("many.yaml", []byte(b.String()))
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Len(t, lines, 101)
	assert.Equal(t, "... and 500 more problems: fix these first", lines[100], "300 facts, two problems each")
}

// Exactly as many problems as a reader keeps are counted exactly.
func TestThousandProblemsAreCountedExactly(t *testing.T) {
	var b strings.Builder
	b.WriteString("facts:\n")
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, "  - id: a%d\n    claim: C.\n", i)
	}
	_, err := Parse("many.yaml", []byte(b.String()))
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Equal(t, "... and 900 more problems: fix these first", lines[len(lines)-1], "500 facts, two problems each")
}

// Past the problems a reader keeps, the count says "at least": it is a
// floor, not the total.
func TestVeryManyProblemsSayAtLeast(t *testing.T) {
	var b strings.Builder
	b.WriteString("facts:\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "  - id: a%d\n", i)
	}
	_, err := Parse("many.yaml", []byte(b.String()))
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Len(t, lines, 101)
	assert.Regexp(t, `^\.\.\. and at least \d+ more problems: fix these first$`, lines[100])
}
