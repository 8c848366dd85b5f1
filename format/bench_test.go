package format

import (
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
)

// BenchmarkReport measures writing both reports.
func BenchmarkReport(b *testing.B) {
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	if err != nil {
		b.Fatal(err)
	}
	corpus, err := document.LoadCorpus("../testdata/project/seeds")
	if err != nil {
		b.Fatal(err)
	}
	r, err := checks.Run(sheet, corpus)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = Markdown(r)
		_ = JSON(r)
	}
}
