package synth

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Filler reads the sentences of the seed sources, to recombine.
func Filler(tb testing.TB) []string {
	tb.Helper()
	corpus, err := document.LoadCorpus("../../seeds")
	require.NoError(tb, err)
	return Sentences(corpus)
}

// checkSynthetic writes a synthetic corpus and checks it.
func checkSynthetic(t *testing.T, o Options) (*checks.Result, Manifest) {
	t.Helper()
	dir := t.TempDir()
	o.Filler = Filler(t)
	m, err := Write(dir, o)
	require.NoError(t, err)
	sheet, err := facts.Load(filepath.Join(dir, "facts.yaml"))
	require.NoError(t, err)
	corpus, err := document.LoadSources([]string{filepath.Join(dir, "pages")})
	require.NoError(t, err)
	res, err := checks.Run(sheet, corpus)
	require.NoError(t, err)
	return res, m
}

// TestParallelMatchesSerial checks a synthetic corpus, streamed, with one
// worker and with several: every output format is byte for byte the same.
func TestParallelMatchesSerial(t *testing.T) {
	dir := t.TempDir()
	_, err := Write(dir, Options{Sources: 300, Facts: 100, PerSource: 15, SourceBytes: 3000, Perturb: 0.1, Seed: 11, Filler: Filler(t)})
	require.NoError(t, err)
	sheet, err := facts.Load(filepath.Join(dir, "facts.yaml"))
	require.NoError(t, err)
	outputs := func(workers int) map[string]string {
		corpus, err := document.ListSources([]string{filepath.Join(dir, "pages")})
		require.NoError(t, err)
		res, err := checks.RunWith(sheet, corpus, checks.Options{Workers: workers})
		require.NoError(t, err)
		out := make(map[string]string)
		for name, write := range format.Formats() {
			out[name] = string(write(res))
		}
		return out
	}
	serial := outputs(1)
	require.Contains(t, serial["json"], `"verdict": "contradicts"`, "the corpus has contradictions to order")
	for _, workers := range []int{2, 3, 8} {
		parallel := outputs(workers)
		for name := range format.Formats() {
			assert.Equal(t, serial[name], parallel[name], "%s output with %d workers", name, workers)
		}
	}
}

// TestPlantedPerturbationsFound writes a synthetic corpus and checks that
// the cells that contradict are exactly the perturbed ones, and the
// labelled ones exactly those the sheet labels.
func TestPlantedPerturbationsFound(t *testing.T) {
	res, m := checkSynthetic(t, Options{Sources: 120, Facts: 60, PerSource: 15, SourceBytes: 3000, Perturb: 0.1, Seed: 7})
	sheet := res.Sheet
	found, labelled := map[string][]string{}, map[string][]string{}
	planted := 0
	for _, srcs := range m.Perturbed {
		planted += len(srcs)
	}
	for _, c := range res.Cells {
		if c.Verdict == checks.Contradicts {
			found[c.Fact.ID] = append(found[c.Fact.ID], c.Source.ID)
			if c.Labelled() {
				labelled[c.Fact.ID] = append(labelled[c.Fact.ID], c.Source.ID)
			}
		}
	}
	for _, v := range []map[string][]string{found, labelled, m.Perturbed, m.Labelled} {
		for _, s := range v {
			sort.Strings(s)
		}
	}
	require.Greater(t, planted, 50, "enough perturbations planted to mean something")
	assert.Equal(t, m.Perturbed, found, "every planted perturbation found, and nothing else")
	assert.Equal(t, m.Labelled, labelled, "exactly the labelled ones labelled")
	kinds := map[string]int{}
	for id := range found {
		f, _ := sheet.Fact(id)
		kinds[string(f.Kind)]++
	}
	assert.Len(t, kinds, 5, "perturbations of every kind found: %v", kinds)
}

// TestDeterministic writes the same options twice: the same bytes.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	o := Options{Sources: 5, Facts: 10, Seed: 3, Filler: Filler(t)}
	_, err := Write(a, o)
	require.NoError(t, err)
	_, err = Write(b, o)
	require.NoError(t, err)
	for _, name := range []string{"facts.yaml", "pages/s00000.md", "pages/s00004.md"} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		assert.Equal(t, string(x), string(y), name)
	}
}

// TestLargeReports checks that the reports of a corpus of more than
// format.LargeCorpus sources lead with what needs attention and summarise
// each fact, with no matrix, while the JSON stays complete.
func TestLargeReports(t *testing.T) {
	res, m := checkSynthetic(t, Options{Sources: format.LargeCorpus + 10, Facts: 20, PerSource: 10, SourceBytes: 1500, Perturb: 0.2, Seed: 11})
	sheet, corpus := res.Sheet, res.Corpus

	md := string(format.Markdown(res))
	assert.Contains(t, md, "## Needs attention")
	assert.Contains(t, md, "| fact | sheet says | agree | contradict: labelled | contradict: new | silent | conflicting values |")
	assert.NotContains(t, md, "## Matrix")
	assert.NotContains(t, md, "| s00000 |", "no column per source")
	assert.Less(t, strings.Index(md, "## Needs attention"), strings.Index(md, "## Facts"), "attention first")
	unlabelled := 0
	for id, srcs := range m.Perturbed {
		unlabelled += len(srcs) - len(m.Labelled[id])
	}
	assert.Equal(t, unlabelled, listedContradictions(md), "every new contradiction listed, those that say the same once with their sources")
	assert.Less(t, strings.Count(md, "unexpected contradiction"), unlabelled, "the same words in many sources make one line")

	page := string(format.HTML(res))
	assert.Contains(t, page, "<h2>Needs attention</h2>")
	assert.NotContains(t, page, `<th title="`+corpus.Sources[0].Path+`">`, "no column per source")
	assert.Contains(t, page, `<td class="new">`)
	assert.Equal(t, unlabelled, listedContradictions(page), "every new contradiction listed, with what the source says")

	var full struct {
		Summary checks.Counts
		Cells   []struct {
			Verdict    checks.Verdict
			Unresolved []json.RawMessage
			Stale      []json.RawMessage `json:"stale_labels"`
		}
	}
	require.NoError(t, json.Unmarshal(format.JSON(res), &full))
	assert.Equal(t, len(sheet.Facts)*len(corpus.Sources), full.Summary.Cells, "the summary counts every cell")
	said := 0
	for _, c := range full.Cells {
		if c.Verdict != checks.Silent {
			said++
		} else {
			assert.True(t, len(c.Unresolved)+len(c.Stale) > 0, "a plainly silent cell is not listed")
		}
	}
	assert.Equal(t, full.Summary.Agree+full.Summary.Contradict, said, "the JSON lists every cell that agrees or contradicts")
}

// listedContradictions counts the new contradictions a report lists: one
// for a line of its own, N for a line "(the same in N sources: ...)".
func listedContradictions(report string) int {
	n := 0
	same := regexp.MustCompile(`\(the same in (\d+) sources`)
	for _, line := range strings.Split(report, "\n") {
		if !strings.Contains(line, "unexpected contradiction: source") {
			continue
		}
		if m := same.FindStringSubmatch(line); m != nil {
			k, _ := strconv.Atoi(m[1])
			n += k
		} else {
			n++
		}
	}
	return n
}
