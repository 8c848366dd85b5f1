package checks

import (
	"testing"
	"unicode/utf8"
)

// FuzzParseSource holds source normalisation to its invariants on any
// input: no panic, and every token maps back to original bytes that fold to
// exactly that token, at a position inside the file.
func FuzzParseSource(f *testing.F) {
	for _, data := range seedBytes(f) {
		f.Add(data)
	}
	f.Add([]byte("\ufeffA\r\nB\rC {{x}} “q” Durrës… 3 000 on Wednesday, 1980-88."))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Parse("f", "f.txt", data, nil)
		if err != nil {
			if utf8.Valid(data) && !containsNUL(data) {
				t.Fatalf("valid text refused: %v", err)
			}
			return
		}
		src.Published = day("2022-09-10")
		for _, sent := range src.Sentences {
			for _, tok := range sent.tokens {
				start, end := src.spanOf(sent.norm, tok.start, tok.end)
				if start < 0 || end > len(data) || start > end {
					t.Fatalf("token %q maps outside the file: %d..%d of %d", tok.text, start, end, len(data))
				}
				if got := Fold(string(data[start:end])); got != tok.text {
					t.Fatalf("token %q maps to %q, which folds to %q", tok.text, data[start:end], got)
				}
			}
			for _, d := range sent.dates {
				d.expr.resolve(src.Published)
			}
		}
	})
}

func containsNUL(data []byte) bool {
	for _, b := range data {
		if b == 0 {
			return true
		}
	}
	return false
}
