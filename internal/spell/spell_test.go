package spell

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b   string
		want   int
		reason string
	}{
		{"", "", 0, "empty strings are equal"},
		{"kanani", "kanani", 0, "identical"},
		{"kenani", "kanani", 1, "one substitution"},
		{"kenani", "kanaani", 2, "substitution and insertion"},
		{"iran", "iraq", 1, "one substitution: short words are close, callers must guard"},
		{"claim", "cliam", 1, "a swap of neighbours costs one"},
		{"durrës", "durres", 1, "counted in runes, not bytes"},
		{strings.Repeat("ab", 20), strings.Repeat("ab", 20) + "c", 1, "words longer than the stack's rows: one insertion"},
		{strings.Repeat("x", 40), strings.Repeat("y", 40), 40, "and forty substitutions"},
		{strings.Repeat("x", 32), strings.Repeat("x", 31) + "y", 1, "a word as long as the stack's rows"},
		{"", "abc", 3, "insertions only"},
		{"vlaue", "value", 1, "typo of a key"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"_"+tt.b, func(t *testing.T) {
			if got := Distance(tt.a, tt.b); got != tt.want {
				t.Errorf("Distance(%q, %q) = %d, want %d (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
			if got := Distance(tt.b, tt.a); got != tt.want {
				t.Errorf("Distance(%q, %q) = %d, want %d (symmetry)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"id", "claim", "date", "number", "name", "about"}
	tests := []struct{ word, want string }{
		{"cliam", "claim"},
		{"abuot", "about"},
		{"numbr", "number"},
		{"zzzzzz", ""},
		{"ix", ""}, // too short for a two-letter key to be a likely typo
	}
	for _, tt := range tests {
		if got := Suggest(tt.word, keys); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
