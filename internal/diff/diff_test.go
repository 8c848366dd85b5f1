package diff

import (
	"strings"
	"testing"
)

func TestStrings(t *testing.T) {
	var got []string
	for _, e := range Strings(strings.Fields("the designer of this scenario"), strings.Fields("the originator of this scenario")) {
		got = append(got, string(e.Op)+e.Text)
	}
	want := "' the', '-designer', '+originator', ' of', ' this', ' scenario'"
	if g := "'" + strings.Join(got, "', '") + "'"; g != want {
		t.Errorf("Strings = %s, want %s", g, want)
	}
}

func TestUnified(t *testing.T) {
	a := "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n"
	b := strings.Replace(a, "five\n", "five\nfive and a half\n", 1)
	want := `--- a
+++ b
@@ -3,6 +3,7 @@
 three
 four
 five
+five and a half
 six
 seven
 eight
`
	if got := Unified("a", "b", a, b); got != want {
		t.Errorf("Unified:\n%s\nwant:\n%s", got, want)
	}
	if got := Unified("a", "b", a, a); got != "" {
		t.Errorf("equal texts give %q, want nothing", got)
	}
	if got := Unified("a", "b", "x", "y"); !strings.Contains(got, "-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n") {
		t.Errorf("a missing final newline is marked:\n%s", got)
	}
}

func TestStringsTrimsBothEnds(t *testing.T) {
	x := strings.Fields("a b c d e f g")
	y := strings.Fields("a b X d e f g")
	var got []string
	for _, e := range Strings(x, y) {
		got = append(got, string(e.Op)+e.Text)
	}
	if g := strings.Join(got, " "); g != " a  b -c +X  d  e  f  g" {
		t.Errorf("Strings = %q", g)
	}
}

// BenchmarkUnifiedLargeSheet diffs a 15,000-line sheet with two lines
// changed, as accept --dry-run does: linear space, not a table of every
// pair of lines.
func BenchmarkUnifiedLargeSheet(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 15000; i++ {
		sb.WriteString("    note: line " + strings.Repeat("x", i%40) + "\n")
	}
	a := sb.String()
	c := strings.Replace(a, "line xxxxx\n", "line changed\n", 2)
	b.ReportAllocs()
	for b.Loop() {
		if Unified("a", "b", a, c) == "" {
			b.Fatal("no diff")
		}
	}
}
