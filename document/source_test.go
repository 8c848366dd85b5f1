package document

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// LineOf gives the line that holds an offset, without its ending, for any
// ending and at either end of the file.
func TestLineOf(t *testing.T) {
	s, err := Parse("a", "a.txt", []byte("first line\r\nsecond\n\nlast"), nil)
	require.NoError(t, err)
	tests := []struct {
		offset int
		want   string
		why    string
	}{
		{0, "first line", "the first line, before its CRLF"},
		{9, "first line", "the last byte of a line"},
		{12, "second", "after a CRLF"},
		{19, "", "an empty line"},
		{20, "last", "a last line with no ending"},
		{23, "last", "the last byte of the file"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			start, end := s.LineOf(tt.offset)
			assert.Equal(t, tt.want, s.Original(start, end))
		})
	}
}
