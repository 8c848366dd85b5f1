package cli

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUseColour(t *testing.T) {
	tests := []struct {
		mode, noColour, term string
		terminal, want       bool
		reason               string
	}{
		{"auto", "", "xterm", true, true, "a terminal gets colour"},
		{"auto", "", "xterm", false, false, "a pipe or a file gets none"},
		{"auto", "1", "xterm", true, false, "NO_COLOR turns it off"},
		{"auto", "", "dumb", true, false, "a dumb terminal gets none"},
		{"always", "1", "dumb", false, true, "always means always"},
		{"never", "", "xterm", true, false, "never means never"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			t.Setenv("NO_COLOR", tt.noColour)
			t.Setenv("TERM", tt.term)
			got, err := useColour(tt.mode, tt.terminal)
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := useColour("sometimes", true)
	assert.EqualError(t, err, `--color "sometimes": use auto, always or never`)
}

func TestColour(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"s.txt:1:4: left: unexpected contradiction: source s says \"1\"\n", bold + "s.txt:1:4:" + reset + " left:" + red + " unexpected contradiction" + reset + ": source s says \"1\"\n", "position bold, what is wrong red"},
		{"f.yaml:3:9: left: stale label: source s no longer says it\n", bold + "f.yaml:3:9:" + reset + " left:" + red + " stale label" + reset + ": source s no longer says it\n", "a stale label"},
		{"s.txt:2:1: left: the label at f.yaml:9:9 expects source s to say \"1\"\n", bold + "s.txt:2:1:" + reset + " left:" + red + " the label at f.yaml:9:9 expects" + reset + " source s to say \"1\"\n", "a label that no longer matches"},
		{"    sentence:    \"a: 1:2:3\"\n", "    sentence:    \"a: 1:2:3\"\n", "detail lines stay as they are"},
		{"  Why: factcheck explain left s\n", dim + "  Why: factcheck explain left s" + reset + "\n", "the explain command dim"},
		{"factcheck: 0 problems; 4 cells\n", green + "factcheck: 0 problems; 4 cells" + reset + "\n", "nothing fails: green"},
		{"factcheck: 2 problems; 4 cells\n", red + "factcheck: 2 problems; 4 cells" + reset + "\n", "something fails: red"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			assert.Equal(t, tt.want, string(colour([]byte(tt.in))))
		})
	}
}

// Output that is not a terminal has no escape sequences unless asked.
func TestNoColourWhenPiped(t *testing.T) {
	dir := removeKenaniLabel(t)
	facts, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	var out, errs bytes.Buffer
	assert.Equal(t, Failed, Run([]string{"check", "--facts", facts, "--sources", seeds}, &out, &errs))
	assert.NotContains(t, out.String(), "\x1b[", "a buffer is no terminal")
	out.Reset()
	assert.Equal(t, Failed, Run([]string{"check", "--facts", facts, "--sources", seeds, "--color", "always"}, &out, &errs))
	assert.Contains(t, out.String(), red+" unexpected contradiction"+reset)
}
