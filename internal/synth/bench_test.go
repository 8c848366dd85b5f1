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

// BenchmarkArchives runs the command on the two archives of make bench,
// small enough to profile: dense, 5 MB of perturbed copies of the seeds
// against their sheet, where every sentence is about a fact; and sparse,
// 20 MB of prose with one seed sentence in fifty.
func BenchmarkArchives(b *testing.B) {
	root := filepath.Join("..", "..")
	b.Run("dense", func(b *testing.B) {
		dir := b.TempDir()
		n, err := Dense(dir, filepath.Join(root, "seeds"), filepath.Join(root, "facts", "facts.yaml"), 5e6, 1)
		if err != nil {
			b.Fatal(err)
		}
		runArchive(b, filepath.Join(dir, "facts.yaml"), filepath.Join(dir, "pages"), n)
	})
	b.Run("sparse", func(b *testing.B) {
		dir := b.TempDir()
		prose, err := GoSources()
		if err != nil {
			b.Fatal(err)
		}
		n, err := Sparse(dir, prose, filepath.Join(root, "seeds"), 20e6, 0.02)
		if err != nil {
			b.Fatal(err)
		}
		if err := writeUnlabelled(filepath.Join(root, "facts", "facts.yaml"), filepath.Join(dir, "facts.yaml")); err != nil {
			b.Fatal(err)
		}
		runArchive(b, filepath.Join(dir, "facts.yaml"), filepath.Join(dir, "pages"), n)
	})
}

// runArchive runs factcheck check on an archive, writing the JSON report.
func runArchive(b *testing.B, sheet, pages string, size int64) {
	out := filepath.Join(b.TempDir(), "report.json")
	args := []string{"check", "--facts", sheet, "--sources", pages, "--format", "json", "--out", out}
	b.SetBytes(size)
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
