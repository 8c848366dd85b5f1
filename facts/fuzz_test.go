package facts

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the sheet loader: it must never panic,
// and every sheet it accepts must be usable.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("facts.yaml"); err == nil {
		f.Add(data)
	}
	broken, _ := filepath.Glob("testdata/broken/*.yaml")
	for _, b := range broken {
		if data, err := os.ReadFile(b); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(goodSheet))
	f.Add([]byte(minimal))
	f.Add([]byte("facts:\n\t- id: a\n"))
	f.Add([]byte("a: &a [x]\nfacts: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("f.yaml", data)
		if err != nil {
			if _, ok := err.(Errors); !ok {
				t.Fatalf("error is not positioned: %v", err)
			}
			return
		}
		for _, fact := range s.Facts {
			complete := fact.ID != "" && fact.Claim != "" && fact.Kind != ""
			switch fact.Kind {
			case KindQuote:
				complete = complete && fact.Quote.Text != "" && len(fact.Quote.Speakers) > 0
			case KindStatement:
				complete = complete && len(fact.Statement.Supports)+len(fact.Statement.Refutes) > 0
			default:
				complete = complete && len(fact.About) > 0
			}
			if !complete {
				t.Fatalf("accepted an incomplete fact: %+v", fact)
			}
		}
	})
}
