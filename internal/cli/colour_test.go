package cli

import (
	"bytes"
	"path/filepath"
	"strings"
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
	dir := removeKenaniLabel(t)
	facts, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	var out, errs bytes.Buffer
	assert.Equal(t, Failed, Run([]string{"check", "--facts", facts, "--sources", seeds, "--color", "always"}, &out, &errs))
	lines := strings.Split(out.String(), "\n")
	tests := []struct{ prefix, reason string }{
		{bold + filepath.ToSlash(seeds) + "/", "a problem's position in bold"},
		{dim + "  Why: factcheck explain ", "the explain command dim"},
		{red + "factcheck: 1 problem", "something fails: the summary red"},
	}
	for _, tt := range tests {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, tt.prefix)
		}
		assert.True(t, found, "%s: no line starts with %q in\n%s", tt.reason, tt.prefix, out.String())
	}
	assert.Contains(t, out.String(), reset+" iran-spokesman: "+red+"unexpected contradiction"+reset+": source ", "what is wrong in red")
	assert.NotContains(t, out.String(), "\x1b[31m"+"    sentence", "detail lines stay as they are")
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
	assert.Contains(t, out.String(), red+"unexpected contradiction"+reset)
}
