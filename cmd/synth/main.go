// Command synth writes a deterministic synthetic corpus and fact sheet for
// the scale benchmark (make bench): sources that recombine the seeds'
// sentences with statements of facts of every kind, some perturbed.
//
//	synth -dir DIR [-sources 10000] [-facts 1000] [-seed 1] [-seeds seeds]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/internal/synth"
)

func main() {
	dir := flag.String("dir", "", "the directory to write facts.yaml and pages/ into")
	sources := flag.Int("sources", 10000, "how many sources")
	nfacts := flag.Int("facts", 1000, "how many facts")
	seed := flag.Int64("seed", 1, "the generator's seed")
	seeds := flag.String("seeds", "seeds", "the sources whose sentences are recombined")
	flag.Parse()
	if *dir == "" {
		flag.Usage()
		os.Exit(2)
	}
	corpus, err := document.LoadCorpus(*seeds)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(2)
	}
	m, err := synth.Write(*dir, synth.Options{Sources: *sources, Facts: *nfacts, Seed: *seed, Filler: synth.Sentences(corpus)})
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(2)
	}
	planted := 0
	for _, s := range m.Perturbed {
		planted += len(s)
	}
	fmt.Printf("%d\t%d\n", m.Bytes, planted)
}
