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

// TestLineStarts holds the search for line ends by IndexByte, taken when
// a file has no \r, to the byte-by-byte reading that every ending takes.
func TestLineStarts(t *testing.T) {
	tests := []struct {
		data   string
		want   []int
		reason string
	}{
		{"", []int{0}, "an empty file is one line"},
		{"one", []int{0}, "no ending"},
		{"one\ntwo\n", []int{0, 4, 8}, "a final \\n starts an empty last line"},
		{"\n\n", []int{0, 1, 2}, "blank lines"},
		{"one\r\ntwo\rthree\n", []int{0, 5, 9, 15}, "\\r\\n, \\r and \\n in one file"},
		{"one\r", []int{0, 4}, "a final \\r"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, lineStarts([]byte(tt.data)), tt.reason)
	}
}
