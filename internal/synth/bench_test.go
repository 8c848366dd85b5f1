package synth

import (
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
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
				corpus, err := document.ListSources([]string{filepath.Join(dir, "pages")})
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

// BenchmarkCeiling measures what two cores can give on this machine, for
// comparing with what the check gets from them: run it with -cpu 1,2 and
// compare ns/op (make bench prints the ratios). "compute" does arithmetic
// only; "allocate" builds and hashes short strings, with the garbage
// collector set as the command sets it: short-lived small allocations, as
// in the check, so that the collector takes its share of the cores.
func BenchmarkCeiling(b *testing.B) {
	b.Run("compute", func(b *testing.B) {
		var sum atomic.Uint64
		b.RunParallel(func(pb *testing.PB) {
			h := uint64(1)
			for pb.Next() {
				for range 1000 {
					h = h*6364136223846793005 + 1442695040888963407
					h ^= h >> 17
				}
			}
			sum.Add(h)
		})
	})
	b.Run("allocate", func(b *testing.B) {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
		var sum atomic.Uint64
		b.RunParallel(func(pb *testing.PB) {
			var h uint64
			i := 0
			for pb.Next() {
				i++
				s := strings.Repeat("abcdefgh", 1+i%64)
				f := fnv.New64a()
				f.Write([]byte(s))
				h += f.Sum64()
			}
			sum.Add(h)
		})
	})
}
