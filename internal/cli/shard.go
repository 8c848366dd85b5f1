package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/lexicon"
)

// A shard is the share of the corpus a run checks (--shard K/N): the
// sources whose ids hash to K of N (document.ShardOf).
type shard struct{ k, n int }

func (s shard) String() string { return fmt.Sprintf("%d/%d", s.k, s.n) }

// given reports whether the flag of that name was given.
func given(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}

// parseShard reads --shard K/N, with 1 ≤ K ≤ N.
func parseShard(v string) (shard, error) {
	how := "write --shard K/N, where N is the number of shards and K, from 1 to N, the one this run checks, as in --shard 1/3"
	ks, ns, ok := strings.Cut(strings.TrimSpace(v), "/")
	if !ok {
		return shard{}, fmt.Errorf("--shard %q has no slash: %s", v, how)
	}
	k, errK := strconv.Atoi(ks)
	n, errN := strconv.Atoi(ns)
	switch {
	case errK != nil || errN != nil:
		return shard{}, fmt.Errorf("--shard %q is not two whole numbers: %s", v, how)
	case n < 1:
		return shard{}, fmt.Errorf("--shard %q splits the corpus into %d shards: N must be 1 or more; %s", v, n, how)
	case k < 1 || k > n:
		return shard{}, fmt.Errorf("--shard %q names shard %d of %d: K must be from 1 to %d; %s", v, k, n, n, how)
	}
	return shard{k, n}, nil
}

// shardCorpus keeps the run's shard of the corpus and says on stderr what
// it checks. A shard is a share of a whole corpus: a corpus already
// partial (files chosen from a listed directory) is refused, since the
// shards merged would not make the run over it.
func (c *common) shardCorpus(corpus *document.Corpus, stderr io.Writer) error {
	if corpus.Partial() {
		return fmt.Errorf("--shard %s takes a share of a whole corpus, but the sources named are %d of the %d a sources.yaml lists: name the directory itself with --sources", c.shard, len(corpus.Sources), len(corpus.Sources)+corpus.LeftOut())
	}
	total := len(corpus.Sources)
	kept, err := corpus.Shard(c.shard.k, c.shard.n)
	if err != nil {
		return err
	}
	if !c.quiet {
		fmt.Fprintf(stderr, "factcheck: shard %s: checking %d of %s; merge the reports of all %d shards with factcheck merge\n",
			c.shard, kept, lexicon.Count(total, "source", "sources"), c.shard.n)
	}
	return nil
}

// loadSheet reads and validates the fact sheet, and returns the SHA-256 of
// its bytes too, which a shard's report records so that merge can tell
// every shard was checked against the same sheet.
func loadSheet(path string) (*facts.Sheet, string, error) {
	data, err := bounded.ReadFile(path, facts.MaxSize, false)
	if err != nil {
		return nil, "", fmt.Errorf("load fact sheet: %w", err)
	}
	sheet, err := facts.Parse(path, data)
	if err != nil {
		return nil, "", err
	}
	return sheet, sha256Hex(data), nil
}

// sha256Hex returns the SHA-256 of data in hex.
func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// checkShards checks that the reports given to merge are the shards of one
// split of one corpus, checked against one sheet by this build, each
// given once, each holding the sources of its shard.
func checkShards(paths []string, reports []*format.Report) error {
	for i, rep := range reports {
		if err := shardFits(paths[i], rep, paths[0], reports[0]); err != nil {
			return err
		}
	}
	n := reports[0].Shard.Of
	at := make([]string, n+1)
	held := 0
	for i, rep := range reports {
		k := rep.Shard.Index
		if at[k] != "" {
			return fmt.Errorf("shard %d/%d is given twice, as %s and as %s: give each shard's report once", k, n, at[k], paths[i])
		}
		at[k] = paths[i]
		for _, s := range rep.Corpus {
			if want := document.ShardOf(s.ID, n); want != k {
				return fmt.Errorf("%s (shard %d/%d) holds source %s, which belongs to shard %d/%d: give the reports check --shard K/N wrote, unchanged", paths[i], k, n, s.ID, want, n)
			}
		}
		held += len(rep.Corpus)
	}
	var missing []string
	for k := 1; k <= n; k++ {
		if at[k] == "" {
			missing = append(missing, fmt.Sprintf("%d/%d", k, n))
		}
	}
	if len(missing) > 0 {
		what := "shard " + missing[0] + " is"
		if len(missing) > 1 {
			what = "shards " + strings.Join(missing, ", ") + " are"
		}
		return fmt.Errorf("%s missing: give the report of every shard, 1/%d to %d/%d (%d given); run again a shard whose job failed", what, n, n, n, len(reports))
	}
	if want := reports[0].Shard.CorpusSources; held != want {
		return fmt.Errorf("the shards hold %d sources together, but the corpus had %d when they ran: run every shard on the same sources", held, want)
	}
	return nil
}

// shardFits checks one report given to merge against the first: a shard
// report of this build, of the same split, corpus, sheet and settings.
func shardFits(path string, rep *format.Report, firstPath string, first *format.Report) error {
	sh, fsh := rep.Shard, first.Shard
	switch {
	case rep.Version != format.ReportVersion:
		return fmt.Errorf("%s is a report of version %d, and this factcheck reads version %d: run the shards and merge with the same factcheck", path, rep.Version, format.ReportVersion)
	case sh == nil:
		return fmt.Errorf("%s is the report of a whole run, not of a shard (it has no \"shard\"): write the shards' reports with check --shard K/N --format json=FILE", path)
	case sh.Of < 1 || sh.Index < 1 || sh.Index > sh.Of:
		return fmt.Errorf("%s says it is shard %d/%d, which cannot be: give the reports check --shard K/N wrote, unchanged", path, sh.Index, sh.Of)
	case sh.Factcheck != checks.Version():
		return fmt.Errorf("%s was written by factcheck %s, and this is factcheck %s: merge with the build that ran the shards", path, sh.Factcheck, checks.Version())
	case fsh == nil || rep == first:
		return nil
	case sh.Of != fsh.Of:
		return fmt.Errorf("%s is shard %d/%d, but %s is shard %d/%d: give the reports of one split, every shard of N", path, sh.Index, sh.Of, firstPath, fsh.Index, fsh.Of)
	case rep.Sheet != first.Sheet || sh.SheetSHA256 != fsh.SheetSHA256:
		return fmt.Errorf("%s and %s were checked against different sheets (%s, SHA-256 %.12s; %s, SHA-256 %.12s): run every shard against the same sheet", firstPath, path, first.Sheet, fsh.SheetSHA256, rep.Sheet, sh.SheetSHA256)
	case rep.Sources != first.Sources || sh.CorpusSources != fsh.CorpusSources:
		return fmt.Errorf("%s and %s checked different corpora (%d sources in %q; %d in %q): run every shard on the same sources", firstPath, path, fsh.CorpusSources, first.Sources, sh.CorpusSources, rep.Sources)
	case !sameSettings(rep, first):
		return fmt.Errorf("%s and %s were checked with different settings (the severity of a fact or of a kind of problem): run every shard with the same configuration", firstPath, path)
	}
	return nil
}

// sameSettings reports whether two reports have the same facts, severity
// included, and the same kinds of problem as warnings: everything but how
// many of their sources corroborate each fact.
func sameSettings(a, b *format.Report) bool {
	if len(a.Facts) != len(b.Facts) || !slices.Equal(a.Shard.Warnings, b.Shard.Warnings) {
		return false
	}
	for i, f := range a.Facts {
		g := b.Facts[i]
		g.Corroboration = f.Corroboration
		if f != g {
			return false
		}
	}
	return true
}
