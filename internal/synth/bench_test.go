package synth

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/cli"
)

// BenchmarkScale reads and checks a synthetic corpus of 200 sources of
// 5 kB against 10, 100 and 1,000 facts: the throughput of the whole check,
// sources read included, and how it falls as the sheet grows.
func BenchmarkScale(b *testing.B) {
	filler := Filler(b)
	for _, n := range []int{10, 100, 1000} {
		b.Run(fmt.Sprintf("facts=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			m, err := Write(dir, Options{Sources: 200, Facts: n, Seed: 1, Filler: filler})
			if err != nil {
				b.Fatal(err)
			}
			sheet, err := facts.Load(filepath.Join(dir, "facts.yaml"))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(m.Bytes)
			b.ReportAllocs()
			for b.Loop() {
				corpus, err := checks.ListSources([]string{filepath.Join(dir, "pages")})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := checks.Run(sheet, corpus); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCommand runs the factcheck command end to end, as make bench
// does but in process so that it can be profiled: sheet loaded, 1,000
// synthetic sources listed, read and judged against 1,000 facts, and the
// JSON report written.
func BenchmarkCommand(b *testing.B) {
	dir := b.TempDir()
	m, err := Write(dir, Options{Sources: 1000, Facts: 1000, Seed: 1, Filler: Filler(b)})
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "report.json")
	args := []string{"check", "--facts", filepath.Join(dir, "facts.yaml"), "--sources", filepath.Join(dir, "pages"), "--format", "json", "--out", out}
	b.SetBytes(m.Bytes)
	b.ReportAllocs()
	for b.Loop() {
		var stderr strings.Builder
		if code := cli.Run(args, io.Discard, &stderr); code != cli.OK && code != cli.Failed {
			b.Fatalf("exit %d: %s", code, stderr.String())
		}
	}
}
