package factcheck

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The mutations work on a fixed copy of the demo sheet and seeds, so that
// editing seeds/ or facts/facts.yaml does not break the checks of the
// checker (testdata/project/README.md).
const (
	fixtureSheet = "testdata/project/facts/facts.yaml"
	fixtureSeeds = "testdata/project/seeds"
)

// mutateSheet returns the real sheet with old replaced by new once, inside
// the block of the given fact.
func mutateSheet(t *testing.T, factID, old, new string) *facts.Sheet {
	t.Helper()
	data, err := os.ReadFile(fixtureSheet)
	require.NoError(t, err)
	text := string(data)
	start := strings.Index(text, "\n  - id: "+factID+"\n")
	require.GreaterOrEqual(t, start, 0, "fact %s not in the sheet", factID)
	end := strings.Index(text[start+1:], "\n  - id: ")
	if end < 0 {
		end = len(text)
	} else {
		end += start + 1
	}
	block := text[start:end]
	require.Contains(t, block, old, "fact %s has no %q to mutate", factID, old)
	text = text[:start] + strings.Replace(block, old, new, 1) + text[end:]
	sheet, err := facts.Parse(fixtureSheet, []byte(text))
	require.NoError(t, err)
	return sheet
}

// failures lists, by source id, the kinds of problem of each failing cell.
func failures(t *testing.T, sheet *facts.Sheet, corpus *document.Corpus) map[string][]checks.ProblemKind {
	t.Helper()
	res, err := checks.Run(sheet, corpus)
	require.NoError(t, err)
	out := make(map[string][]checks.ProblemKind)
	for _, c := range res.Cells {
		for _, p := range c.Problems() {
			out[c.Fact.ID+"/"+c.Source.ID] = append(out[c.Fact.ID+"/"+c.Source.ID], p.Kind)
		}
	}
	return out
}

// changed returns the cells whose problems differ from the baseline's.
func changed(got, base map[string][]checks.ProblemKind) map[string][]checks.ProblemKind {
	out := make(map[string][]checks.ProblemKind)
	for k, v := range got {
		if !assert.ObjectsAreEqual(v, base[k]) {
			out[k] = v
		}
	}
	for k := range base {
		if _, ok := got[k]; !ok {
			out[k] = nil
		}
	}
	return out
}

// TestMutations changes one canonical value in a copy of the sheet and
// asserts that exactly the sources that state that value now fail, and
// nothing else changes. The expectations come from reading the seeds.
func TestMutations(t *testing.T) {
	corpus, err := document.LoadCorpus(fixtureSeeds)
	require.NoError(t, err)
	sheet, err := facts.Load(fixtureSheet)
	require.NoError(t, err)
	base := failures(t, sheet, corpus)
	u, s := checks.Unexpected, checks.StaleLabel
	tests := []struct {
		fact, old, new string
		want           map[string][]checks.ProblemKind // by source id
		reason         string
	}{
		{"mek-arrival", "date: 2013", "date: 2014",
			map[string][]checks.ProblemKind{"003": {s}, "004": {u}},
			"004 says 2013 and now contradicts; 003's label for 2014 is stale as 003 now agrees"},
		{"ties-severed", "date: 2022-09-07", "date: 2022-09-08",
			map[string][]checks.ProblemKind{"000": {u}, "001": {u}, "003": {u}, "004": {u}},
			"002 says only \"this week\", which still contains 8 September"},
		{"ties-severed", "date: 2022-09-07", "date: 2022-09-14",
			map[string][]checks.ProblemKind{"000": {u}, "001": {u}, "002": {u}, "003": {u}, "004": {u}},
			"a date in the following week contradicts \"this week\" too"},
		{"july-attack", "date: 2022-07-15", "date: 2022-07-14",
			map[string][]checks.ProblemKind{"000": {u, u}, "001": {u}, "002": {u}, "003": {u}},
			"004 says only \"July\", which still contains the 14th; 000 states July 15 twice"},
		{"second-attack", "date: 2022-09-09", "date: 2022-09-08",
			map[string][]checks.ProblemKind{"000": {u}, "001": {u}, "002": {u, u}, "004": {u}},
			"every source that dates the second attack, through Friday, the previous evening, last evening, last night"},
		{"us-sanctions", "date: 2022-09-09", "date: 2022-09-10",
			map[string][]checks.ProblemKind{"000": {u}, "001": {u}, "002": {u}},
			"004 does not date the sanctions"},
		{"summit-dates", "date: 2022-07-23..2022-07-24", "date: 2022-07-24..2022-07-25",
			map[string][]checks.ProblemKind{"004": {u}},
			"a range contradicts when either end differs"},
		{"microsoft-report", "date: 2022-09-08", "date: 2022-09-07",
			map[string][]checks.ProblemKind{"002": {u}},
			"\"Thursday\" resolves to 8 September"},
		{"embassy-deadline", "number: 24", "number: 48",
			map[string][]checks.ProblemKind{"000": {u}, "001": {u}, "003": {u}},
			"every source giving the deadline in hours"},
		{"mek-members", "number: 3000", "number: 5000",
			map[string][]checks.ProblemKind{"004": {u}},
			"\"about 3,000\" does not reach 5,000; 003's \"some 3,000\" was in 2014 (\"since 2014, when Albania hosted ...\"), outside the story's years: unsure"},
		{"mek-members", "number: 3000", "number: 3200",
			map[string][]checks.ProblemKind{},
			"\"about 3,000\" allows ±10%: 3,200 still agrees"},
		{"iran-spokesman", "aliases: [Nasser Kanani, Kanaani, Kanani]", "aliases: [Kanaani]",
			map[string][]checks.ProblemKind{"000": {u}},
			"without the accepted transliteration, 000's \"spokesman Nasser Kanani\" is a spelling contradiction; its later \"Kanani accused...\" names no spokesman and no accepted spelling, so it is not located"},
		{"prime-minister", "name: Edi Rama\n    aliases: [Rama]\n    # Albania's presidents in 2022, not to be confused with the prime minister.\n    not: [Ilir Meta, Bajram Begaj]",
			"name: Ilir Meta\n    not: [Edi Rama]",
			map[string][]checks.ProblemKind{"000": {u, u}, "001": {u}, "002": {u}, "003": {u}, "004": {u}},
			"every source names Edi Rama as prime minister, a name the mutated sheet says not to confuse with"},
	}
	for _, tt := range tests {
		t.Run(tt.fact+"/"+strings.Fields(tt.new)[1], func(t *testing.T) {
			sheet := mutateSheet(t, tt.fact, tt.old, tt.new)
			want := make(map[string][]checks.ProblemKind)
			for src, kinds := range tt.want {
				want[tt.fact+"/"+src] = kinds
			}
			got := changed(failures(t, sheet, corpus), base)
			assert.Equal(t, want, got, "cells whose failures changed after %s: %s -> %s (%s)", tt.fact, tt.old, tt.new, tt.reason)
		})
	}
}

// TestSourceMutation edits a copy of one seed and asserts that this source,
// and only it, now fails; the seeds themselves are left untouched.
func TestSourceMutation(t *testing.T) {
	tests := []struct {
		file, old, new string
		want           string // the one cell that now fails
		why            string
	}{
		{"004_", "(MEK) in 2013.", "(MEK) in 2012.", "mek-arrival/004", "a date edited in its one sentence"},
		{"000_", "within 24 hours.", "within 25 hours.", "embassy-deadline/000", "a figure the source states twice, edited in one place: it contradicts itself"},
	}
	sheet, err := facts.Load(fixtureSheet)
	require.NoError(t, err)
	unchanged, err := document.LoadCorpus(fixtureSeeds)
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			corpus := mutatedSeeds(t, tt.file, tt.old, tt.new)
			got := changed(failures(t, sheet, corpus), failures(t, sheet, unchanged))
			var cells []string
			for k := range got {
				cells = append(cells, k)
			}
			sort.Strings(cells)
			assert.Equal(t, []string{tt.want}, cells)
		})
	}
	corpus := mutatedSeeds(t, "004_", "(MEK) in 2013.", "(MEK) in 2012.")
	res, err := checks.Run(sheet, corpus)
	require.NoError(t, err)
	c, _ := res.Cell("mek-arrival", "004")
	require.Len(t, c.Problems(), 1)
	assert.True(t, strings.HasPrefix(format.Message(c.Problems()[0]), filepath.ToSlash(corpus.Dir)+"/004_3161760caabc26f2.txt:9:237: mek-arrival: unexpected contradiction: source 004 says \"in 2012\", the sheet says 2013"),
		format.Message(c.Problems()[0]))
}

// mutatedSeeds copies the fixture seeds into a temporary directory, with
// old replaced by new once in the seed whose name starts with prefix.
func mutatedSeeds(t *testing.T, prefix, old, new string) *document.Corpus {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(fixtureSeeds)
	require.NoError(t, err)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(fixtureSeeds, e.Name()))
		require.NoError(t, err)
		if strings.HasPrefix(e.Name(), prefix) {
			require.Contains(t, string(data), old)
			data = []byte(strings.Replace(string(data), old, new, 1))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644))
	}
	corpus, err := document.LoadCorpus(dir)
	require.NoError(t, err)
	return corpus
}

// TestQuoteMutations edits one word of a canonical quote in a copy of the
// sheet: every source that quoted it verbatim must now contradict, with a
// diff that names the edited word, and nothing else may change.
func TestQuoteMutations(t *testing.T) {
	corpus, err := document.LoadCorpus(fixtureSeeds)
	require.NoError(t, err)
	sheet, err := facts.Load(fixtureSheet)
	require.NoError(t, err)
	base := failures(t, sheet, corpus)
	tests := []struct {
		fact, old, new string
		sources        []string
		diff           string
	}{
		{"severance-quote", "has decided on the severance", "has resolved on the severance", []string{"000", "001"}, `"resolved" → "decided"`},
		{"paralyse-quote", "and hack data", "and steal data", []string{"000", "001"}, `"steal" → "hack"`},
		{"ill-considered-quote", "quote: an ill-considered and short-sighted action", "quote: an ill-considered and hasty action", []string{"000", "001"}, `"hasty" → "shortsighted"`},
		{"neutralise-quote", "act and secure the systems\n    speaker", "act and protect the systems\n    speaker", []string{"000", "001"}, `"protect" → "secure"`},
		{"failed-purpose-quote", "Damages may be considered minimal", "Damages may be considered small", []string{"000", "001"}, `"small" → "minimal"`},
		{"designer-quote", "shows that the designer", "proves that the designer", []string{"000"}, `"proves" → "shows"`},
		// 004 quotes the accepted rendering, which keeps "exposed"; 000 and
		// 001 stay labelled as rewordings.
		{"rama-tweet", "aggressors already exposed and\n      denounced", "aggressors already revealed and\n      denounced", []string{"002"}, `"revealed" → "exposed"`},
	}
	for _, tt := range tests {
		t.Run(tt.fact, func(t *testing.T) {
			mutated := mutateSheet(t, tt.fact, tt.old, tt.new)
			got := changed(failures(t, mutated, corpus), base)
			want := make(map[string][]checks.ProblemKind)
			for _, src := range tt.sources {
				want[tt.fact+"/"+src] = []checks.ProblemKind{checks.Unexpected}
			}
			require.Equal(t, want, got, "cells whose failures changed after editing %q to %q", tt.old, tt.new)
			res, err := checks.Run(mutated, corpus)
			require.NoError(t, err)
			for _, src := range tt.sources {
				c, _ := res.Cell(tt.fact, src)
				msg := format.Message(c.Problems()[0])
				assert.Contains(t, msg, "differs:     "+tt.diff, "the failure names the edited word")
			}
		})
	}
}
