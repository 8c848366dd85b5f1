package format

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusOf parses in-memory sources as a run lists them, in id order,
// each file <id>.txt.
func corpusOf(t *testing.T, sources []testSource) *document.Corpus {
	t.Helper()
	c := &document.Corpus{Dir: "src"}
	for _, ts := range sources {
		src, err := document.Parse(ts.id, ts.id+".txt", []byte(ts.text), nil)
		require.NoError(t, err)
		d, err := facts.ParseDate(ts.pub)
		require.NoError(t, err)
		src.Published = d.Start
		c.Sources = append(c.Sources, src)
	}
	slices.SortFunc(c.Sources, func(a, b *document.Source) int { return strings.Compare(a.ID, b.ID) }) // as a run lists them
	return c
}

// shardReports checks the sheet against each of n shards of the sources,
// writes each shard's report and reads it back, as check --shard and
// merge do.
func shardReports(t *testing.T, sheet string, sources []testSource, n int, warn []checks.ProblemKind) []*Report {
	t.Helper()
	var out []*Report
	for k := 1; k <= n; k++ {
		s, err := facts.Parse("facts.yaml", []byte(sheet))
		require.NoError(t, err)
		c := corpusOf(t, sources)
		_, err = c.Shard(k, n)
		require.NoError(t, err)
		r, err := checks.RunWith(s, c, checks.Options{Warnings: warn})
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, WriteShardJSON(&b, r, ReportShard{Index: k, Of: n, SheetSHA256: "x"}))
		rep, err := ReadReport(&b)
		require.NoError(t, err)
		require.Equal(t, &ReportShard{Index: k, Of: n, CorpusSources: len(sources), SheetSHA256: "x", Factcheck: checks.Version(), Warnings: warn}, rep.Shard)
		out = append(out, rep)
	}
	slices.Reverse(out) // merge takes them in any order
	return out
}

// TestMergeIsOneRun holds merge to its promise: the shards' reports merged
// write, in every format, what one run over every source writes.
func TestMergeIsOneRun(t *testing.T) {
	labelled := yearFact + "    labels:\n      - {source: s, says: in 2014, label: different-year, note: Known.}\n      - {source: u, says: in 2011, label: different-year, note: Stale.}\n"
	unsure := "facts:\n  - {id: council, claim: C., date: 2021-05-03, about: [vote, council], reference: r}\n  - {id: budget, claim: B., date: 2021-05-10, about: [vote, budget], reference: r}\n"
	sources := []testSource{
		{"s", "Café staff arrived in 2014. They left in 2021, 50% of them.", "2022-09-10"},
		{"u", "They arrived in 2013 and left in 2020.", "2022-09-10"},
		{"v", "Né à Tiranë, he arrived in 2015, one says.", "2022-09-10"},
		{"w", "Nothing about it here.", "2022-09-10"},
		{"x", "The council's budget vote took place on May 9.", "2021-06-01"},
	}
	many := slices.Clone(sources) // past LargeCorpus: the reports summarise each fact
	for i := range LargeCorpus + 10 {
		many = append(many, testSource{fmt.Sprintf("m%02d", i), fmt.Sprintf("They arrived in %d.", 2010+i%5), "2022-09-10"})
	}
	tests := []struct {
		sheet   string
		n       int
		warn    []checks.ProblemKind
		sources []testSource // default: sources
		reason  string
	}{
		{labelled, 1, nil, nil, "one shard is the whole corpus"},
		{labelled, 2, nil, nil, "labelled, new and stale, code-point columns after multi-byte runes"},
		{labelled, 3, nil, nil, "three shards"},
		{labelled, 7, nil, nil, "more shards than sources: empty shards"},
		{yearFact, 3, nil, nil, "corroborated by one shard only: corroboration is judged over all"},
		{yearFact + "    reference: the register\n", 2, nil, nil, "a reference"},
		{"facts:\n  - {id: gone, claim: G., date: 1999, about: [arriv*]}\n", 3, nil, nil, "uncorroborated over every shard: a failure only merge sees"},
		{"facts:\n  - {id: gone, claim: G., date: 1999, about: [arriv*]}\n", 2, []checks.ProblemKind{checks.Uncorroborated}, nil, "the configuration's warnings, from the reports"},
		{"facts:\n  - {id: gone, claim: G., date: 1999, about: [arriv*], severity: warning}\n", 2, nil, nil, "a fact of severity warning"},
		{unsure, 2, nil, nil, "unsure cells"},
		{labelled, 4, nil, many, "a large corpus, whose reports summarise each fact"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			srcs := sources
			if tt.sources != nil {
				srcs = tt.sources
			}
			s, err := facts.Parse("facts.yaml", []byte(tt.sheet))
			require.NoError(t, err)
			one, err := checks.RunWith(s, corpusOf(t, srcs), checks.Options{Warnings: tt.warn})
			require.NoError(t, err)
			sheet, err := facts.Parse("facts.yaml", []byte(tt.sheet))
			require.NoError(t, err)
			merged, err := Merge(sheet, shardReports(t, tt.sheet, srcs, tt.n, tt.warn))
			require.NoError(t, err)
			for name, write := range Formats() {
				assert.Equal(t, string(write(one)), string(write(merged)), name)
			}
			assert.Equal(t, len(one.Failures()), len(merged.Failures()))
		})
	}
}

// TestMergeRefusesReportsThatDoNotFit: a report that does not fit the
// sheet or the others is an error naming what differs, never a panic.
func TestMergeRefusesReportsThatDoNotFit(t *testing.T) {
	sheet := yearFact + "    labels:\n      - {source: s, says: in 2014, label: different-year, note: Known.}\n"
	sources := []testSource{{"s", "They arrived in 2014.", "2022-09-10"}, {"u", "They arrived in 2013.", "2022-09-10"}}
	tests := []struct {
		change func(reps []*Report)
		sheet  string
		want   string
		reason string
	}{
		{func([]*Report) {}, yearFact + "  - {id: more, claim: M., date: 2020, about: [left]}\n", "has 2 facts, but the reports were checked against 1", "a sheet with another fact"},
		{func([]*Report) {}, "facts:\n  - {id: arrival, claim: They came in 2013., date: 2013, about: [arriv*]}\n", "fact arrival is not the one the reports were checked against", "a fact reworded"},
		{func(reps []*Report) { reps[1].Corpus = append(reps[1].Corpus, reps[0].Corpus...) }, sheet, "is in two reports", "a source in two shards"},
		{func(reps []*Report) { reps[0].Cells[0].Fact = "nope" }, sheet, `names fact "nope"`, "a cell of an unknown fact"},
		{func(reps []*Report) { reps[0].Cells[0].Source = "nope" }, sheet, `names source "nope"`, "a cell of an unknown source"},
		{func(reps []*Report) { reps[0].Cells[0].Verdict = "maybe" }, sheet, `the verdict "maybe"`, "an unknown verdict"},
		{func(reps []*Report) { reps[0].Corpus[0].Published = "last week" }, sheet, "is not one factcheck writes", "a publication date factcheck never writes"},
		{func(reps []*Report) {
			for _, r := range reps {
				for i := range r.Cells {
					for j := range r.Cells[i].Findings {
						if l := r.Cells[i].Findings[j].Label; l != nil {
							l.Says = "in 2015"
						}
					}
				}
			}
		}, sheet, "names a label of fact arrival that the sheet does not have", "a label the sheet does not have"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			reps := shardReports(t, sheet, sources, 2, nil)
			slices.SortFunc(reps, func(a, b *Report) int { return len(b.Cells) - len(a.Cells) }) // the first has cells
			tt.change(reps)
			s, err := facts.Parse("facts.yaml", []byte(tt.sheet))
			require.NoError(t, err)
			_, err = Merge(s, reps)
			assert.ErrorContains(t, err, tt.want)
		})
	}
	_, err := Merge(nil, nil)
	assert.ErrorContains(t, err, "no report to merge")
}

func TestReadReportSaysWhatIsWrong(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"", "the file is empty", "empty"},
		{`{"version": 2, "sheet": "f`, "cut short", "truncated"},
		{"PK\x03\x04", "not JSON", "a zip"},
		{"[]", "holds a JSON array, not an object", "an array"},
		{`{"version": "2"}`, "version should be int", "a field of the wrong type"},
		{`{"name": "x"}`, "no version or sheet", "another JSON object"},
		{`{"version": 2, "sheet": "f"} {}`, "more JSON after the report", "two values"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			_, err := ReadReport(bytes.NewReader([]byte(tt.in)))
			assert.ErrorContains(t, err, tt.want)
		})
	}
}
