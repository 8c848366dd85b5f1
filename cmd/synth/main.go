// Command synth writes a deterministic synthetic corpus and fact sheet for
// the scale benchmark (make bench): sources that recombine the seeds'
// sentences with statements of facts of every kind, some perturbed.
//
//	synth -dir DIR [-sources 10000] [-facts 1000] [-seed 1] [-seeds seeds]
//	synth -dir DIR -dense BYTES [-facts N] [-seeds seeds]
//	synth -dir DIR -sparse BYTES [-share 0.02] [-prose GOROOT/src] [-facts N] [-seeds seeds]
//
// With -dense or -sparse it writes DIR/pages (the archives of make bench,
// checked against the seeds' sheet: -dense writes it without its labels
// as DIR/facts.yaml; with -facts N, DIR/facts-N.yaml adds N synthetic
// facts to it) and prints the bytes written.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/internal/synth"
)

func main() {
	dir := flag.String("dir", "", "the directory to write facts.yaml and pages/ into")
	sources := flag.Int("sources", 10000, "how many sources")
	nfacts := flag.Int("facts", 1000, "how many facts")
	seed := flag.Int64("seed", 1, "the generator's seed")
	seeds := flag.String("seeds", "seeds", "the sources whose sentences are recombined")
	dense := flag.Int64("dense", 0, "write this many bytes of perturbed copies of the seeds instead")
	sparse := flag.Int64("sparse", 0, "write this many bytes of an archive of prose with seed sentences instead")
	share := flag.Float64("share", 0.02, "for -sparse: the share of sentences taken from the seeds")
	prose := flag.String("prose", "", "for -sparse: the Go files whose comments are the prose (default: the Go distribution's, GOROOT/src)")
	flag.Parse()
	if *dir == "" {
		flag.Usage()
		os.Exit(2)
	}
	if *dense > 0 || *sparse > 0 {
		if *nfacts > 0 && flagSet("facts") {
			larger := filepath.Join(*dir, fmt.Sprintf("facts-%d.yaml", *nfacts))
			err := synth.WriteLargerSheet(filepath.Join(filepath.Dir(*seeds), "facts", "facts.yaml"), larger, *nfacts, *seed)
			if err == nil {
				err = synth.WriteTerms(larger, strings.TrimSuffix(larger, ".yaml")+".terms")
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "synth:", err)
				os.Exit(2)
			}
		}
		archive(*dir, *seeds, *prose, *dense, *sparse, *share, *seed)
		return
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

// archive writes a dense or a sparse archive and prints its size.
func archive(dir, seeds, prose string, dense, sparse int64, share float64, seed int64) {
	var n int64
	var err error
	if dense > 0 {
		n, err = synth.Dense(dir, seeds, filepath.Join(filepath.Dir(seeds), "facts", "facts.yaml"), dense, seed)
	} else {
		if prose == "" {
			prose, err = synth.GoSources()
		}
		if err == nil {
			n, err = synth.Sparse(dir, prose, seeds, sparse, share)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(2)
	}
	fmt.Println(n)
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
