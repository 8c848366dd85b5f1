package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allFormats are the outputs compared between one run and the merge of
// its shards: every format check writes.
var allFormats = []string{"text", "markdown", "json", "sarif", "github", "html"}

// inProcess runs the command in this process and returns its exit code
// and its output.
func inProcess(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = Run(args, &out, &errs)
	return code, out.String(), errs.String()
}

// formatArgs asks for every format, each written to dir/<prefix>.<format>.
func formatArgs(dir, prefix string) []string {
	var args []string
	for _, f := range allFormats {
		args = append(args, "--format", f+"="+filepath.Join(dir, prefix+"."+f))
	}
	return args
}

// runShards runs check --shard K/N for K from 1 to n over the sheet and
// sources, each writing its JSON report into dir, and returns the reports'
// paths.
func runShards(t *testing.T, dir, sheet, sources string, n int) []string {
	t.Helper()
	var paths []string
	for k := 1; k <= n; k++ {
		p := filepath.Join(dir, fmt.Sprintf("shard-%d-of-%d.json", k, n))
		code, _, errs := inProcess("check", "--facts", sheet, "--sources", sources, "--shard", fmt.Sprintf("%d/%d", k, n), "--format", "json="+p, "--quiet")
		require.NotEqual(t, BadInput, code, errs)
		paths = append(paths, p)
	}
	return paths
}

// TestShardsMergeToOneRun: the shards of a corpus merged write, in every
// format, byte for byte what one run over every source writes, with the
// same summary line and exit status; whatever the number of shards,
// including more shards than sources.
func TestShardsMergeToOneRun(t *testing.T) {
	failing := removeKenaniLabel(t)
	corpora := []struct{ sheet, sources, reason string }{
		{"../../facts/facts.yaml", "../../seeds", "the seeds"},
		{"../../testdata/project/facts/facts.yaml", "../../testdata/project/seeds", "testdata/project"},
		{filepath.Join(failing, "facts", "facts.yaml"), filepath.Join(failing, "seeds"), "a new contradiction: the merge fails as the run does"},
		{"../../examples/ship-grounding/facts.yaml", "../../examples/ship-grounding/pages", "another story, with relative dates and units"},
		{"../../examples/product-docs/facts.yaml", "../../examples/product-docs/pages", "Markdown and HTML pages, no sources.yaml"},
	}
	for _, tt := range corpora {
		dir := t.TempDir()
		wantCode, _, wantErr := inProcess(append([]string{"check", "--facts", tt.sheet, "--sources", tt.sources}, formatArgs(dir, "one")...)...)
		require.NotEqual(t, BadInput, wantCode, wantErr)
		for _, n := range []int{1, 2, 3, 7} {
			t.Run(fmt.Sprintf("%s/%d shards", tt.reason, n), func(t *testing.T) {
				shards := runShards(t, t.TempDir(), tt.sheet, tt.sources, n)
				code, _, errs := inProcess(append(append([]string{"merge"}, formatArgs(dir, fmt.Sprintf("merged-%d", n))...), shards...)...)
				assert.Equal(t, wantCode, code, errs)
				assert.Equal(t, wantErr, errs, "the summary line of one run")
				for _, f := range allFormats {
					want, err := os.ReadFile(filepath.Join(dir, "one."+f))
					require.NoError(t, err)
					got, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("merged-%d.%s", n, f)))
					require.NoError(t, err)
					assert.Equal(t, string(want), string(got), "%s: merged as one run writes it", f)
				}
			})
		}
	}
}

// reverseListing writes dir's sources.yaml with its sources in reverse order.
func reverseListing(t *testing.T, dir string) {
	t.Helper()
	p := filepath.Join(dir, "sources.yaml")
	data, err := os.ReadFile(p)
	require.NoError(t, err)
	head, list, ok := strings.Cut(string(data), "\nsources:\n")
	require.True(t, ok)
	entries := strings.SplitAfter(strings.TrimPrefix(list, "  - id:"), "\n  - id:")
	var b strings.Builder
	for i := len(entries) - 1; i >= 0; i-- {
		b.WriteString("  - id:" + strings.TrimSuffix(strings.TrimSuffix(entries[i], "  - id:"), "\n") + "\n")
	}
	require.NoError(t, os.WriteFile(p, []byte(head+"\nsources:\n"+b.String()), 0o644))
}

// shardIDs returns the ids of the sources a shard's report holds.
func shardIDs(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var rep struct{ Corpus []struct{ ID string } }
	require.NoError(t, json.Unmarshal(data, &rep))
	var ids []string
	for _, s := range rep.Corpus {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestShardStableUnderReversedListing: a source lands in the same shard
// whatever the order sources.yaml lists it in, and the shards of the
// reversed listing merge to its one run too.
func TestShardStableUnderReversedListing(t *testing.T) {
	plain, reversed := project(t, "", ""), project(t, "", "")
	reverseListing(t, filepath.Join(reversed, "seeds"))
	data, err := os.ReadFile(filepath.Join(reversed, "seeds", "sources.yaml"))
	require.NoError(t, err)
	require.Less(t, strings.Index(string(data), `id: "004"`), strings.Index(string(data), `id: "000"`), "the listing is reversed")
	const n = 3
	a := runShards(t, t.TempDir(), filepath.Join(plain, "facts", "facts.yaml"), filepath.Join(plain, "seeds"), n)
	b := runShards(t, t.TempDir(), filepath.Join(reversed, "facts", "facts.yaml"), filepath.Join(reversed, "seeds"), n)
	total := 0
	for k := range n {
		assert.Equal(t, shardIDs(t, a[k]), shardIDs(t, b[k]), "shard %d/%d", k+1, n)
		total += len(shardIDs(t, a[k]))
	}
	assert.Equal(t, 5, total, "every source in one shard")

	out := t.TempDir()
	wantCode, _, _ := inProcess("check", "--facts", filepath.Join(reversed, "facts", "facts.yaml"), "--sources", filepath.Join(reversed, "seeds"), "--format", "json="+filepath.Join(out, "one.json"))
	code, _, errs := inProcess(append([]string{"merge", "--format", "json=" + filepath.Join(out, "merged.json")}, b...)...)
	assert.Equal(t, wantCode, code, errs)
	want, err := os.ReadFile(filepath.Join(out, "one.json"))
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(out, "merged.json"))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

// TestShardFlagErrors: a --shard that names no shard is a usage error
// that names the flag and what to write, before any work.
func TestShardFlagErrors(t *testing.T) {
	dir := project(t, "", "")
	sheet, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	list := filepath.Join(dir, "changed.txt")
	require.NoError(t, os.WriteFile(list, []byte("seeds/000_d108e0fd559f42e1.txt\n"), 0o644))
	tests := []struct {
		args   []string
		want   string
		reason string
	}{
		{[]string{"--shard", "0/3"}, `--shard "0/3" names shard 0 of 3: K must be from 1 to 3`, "shards count from 1"},
		{[]string{"--shard", "3/2"}, `--shard "3/2" names shard 3 of 2: K must be from 1 to 2`, "past the last shard"},
		{[]string{"--shard", "a/b"}, `--shard "a/b" is not two whole numbers`, "not numbers"},
		{[]string{"--shard", "1/0"}, `--shard "1/0" splits the corpus into 0 shards: N must be 1 or more`, "no shards"},
		{[]string{"--shard", "-1/3"}, "K must be from 1 to 3", "a negative shard"},
		{[]string{"--shard", "2"}, `--shard "2" has no slash`, "one number"},
		{[]string{"--shard", ""}, `--shard "" has no slash`, "empty, as an unset CI variable gives"},
		{[]string{"--shard", "/4"}, `--shard "/4" is not two whole numbers`, "K missing, as an unset matrix variable gives"},
		{[]string{"--shard", "1/3/5"}, "is not two whole numbers", "three numbers"},
		{[]string{"--shard", "1/2", "--sources-from", list}, "--shard and --sources-from do not go together", "a shard of a change"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			code, out, errs := inProcess(append([]string{"check", "--facts", sheet, "--sources", seeds}, tt.args...)...)
			assert.Equal(t, BadInput, code)
			assert.Empty(t, out)
			assert.Contains(t, errs, tt.want)
			if !strings.Contains(tt.want, "sources-from") {
				assert.Contains(t, errs, "write --shard K/N, where N is the number of shards and K, from 1 to N", "says what to write")
			}
		})
	}
	t.Run("files chosen from a listed directory", func(t *testing.T) {
		code, _, errs := inProcess("check", "--facts", sheet, "--sources", filepath.Join(seeds, "000_d108e0fd559f42e1.txt"), "--shard", "1/2")
		assert.Equal(t, BadInput, code)
		assert.Contains(t, errs, "--shard 1/2 takes a share of a whole corpus, but the sources named are 1 of the 5 a sources.yaml lists: name the directory itself")
	})
}

// TestMergeRefusesBadInput: reports that are not every shard of one corpus
// once, checked against the sheet at hand, are refused with an error that
// names the file and what to do; nothing is written.
func TestMergeRefusesBadInput(t *testing.T) {
	dir := project(t, "", "")
	sheet, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	out := t.TempDir()
	s := runShards(t, out, sheet, seeds, 3)
	data, err := os.ReadFile(s[0])
	require.NoError(t, err)
	require.Contains(t, string(data), "\"shard\": {\n    \"index\": 1,\n    \"of\": 3,\n    \"corpus_sources\": 5,", "a shard's report says which it is")

	other := project(t, "claim: Albania severed", "claim: Albania cut")
	fromOther := runShards(t, t.TempDir(), filepath.Join(other, "facts", "facts.yaml"), filepath.Join(other, "seeds"), 3)
	two := runShards(t, t.TempDir(), sheet, seeds, 2)
	whole := filepath.Join(out, "whole.json")
	inProcess("check", "--facts", sheet, "--sources", seeds, "--format", "json="+whole)
	file := func(name, text string) string {
		p := filepath.Join(out, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	garbage := file("notes.json", "these are notes, not JSON\n")
	truncated := file("cut.json", string(data[:len(data)/2]))
	empty := file("empty.json", "")
	tests := []struct {
		args   []string
		want   []string
		reason string
	}{
		{[]string{s[0], s[1]}, []string{"shard 3/3 is missing: give the report of every shard, 1/3 to 3/3 (2 given)"}, "a missing shard"},
		{[]string{s[0]}, []string{"shards 2/3, 3/3 are missing"}, "two missing shards"},
		{[]string{s[0], s[1], s[1], s[2]}, []string{"shard 2/3 is given twice, as " + s[1] + " and as " + s[1], "give each shard's report once"}, "a duplicated shard"},
		{[]string{s[0], s[1], fromOther[2]}, []string{s[0] + " and " + fromOther[2] + " were checked against different sheets", "run every shard against the same sheet"}, "reports of different sheets"},
		{[]string{s[0], two[1]}, []string{two[1] + " is shard 2/2, but " + s[0] + " is shard 1/3", "one split"}, "shards of two splits"},
		{[]string{whole}, []string{whole + " is the report of a whole run, not of a shard", "check --shard K/N --format json=FILE"}, "the report of a whole run"},
		{[]string{s[0], garbage, s[2]}, []string{garbage + ": the file is not JSON", "give the report check --shard K/N --format json=FILE wrote, or run that shard again"}, "a file that is not JSON"},
		{[]string{s[0], s[1], truncated}, []string{truncated + ": the file is cut short", "run that shard again"}, "a truncated report"},
		{[]string{empty}, []string{empty + ": the file is empty"}, "an empty file"},
		{[]string{filepath.Join(out, "none.json")}, []string{filepath.Join(out, "none.json") + ": open", "no such file"}, "a file that is not there"},
		{[]string{out}, []string{out + ": read " + out + ": not a regular file (a directory)"}, "a directory"},
		{[]string{"--facts", filepath.Join(other, "facts", "facts.yaml"), s[0], s[1], s[2]}, []string{"is not the sheet the shards were checked against", "merge with the sheet they checked, or run every shard again"}, "--facts names another sheet"},
		{append([]string{"--format", "json=" + s[1]}, s...), []string{"--out " + s[1] + " is " + s[1] + ", one of the files this run reads: nothing was written"}, "an output over a shard's report"},
		{append([]string{"--format", "pdf"}, s...), []string{`unknown format "pdf"`}, "an unknown format"},
		{nil, []string{"factcheck merge: name the JSON reports of the shards"}, "no report at all"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			before, err := os.ReadFile(s[1])
			require.NoError(t, err)
			code, stdout, errs := inProcess(append([]string{"merge"}, tt.args...)...)
			assert.Equal(t, BadInput, code, errs)
			assert.Empty(t, stdout, "nothing is written")
			for _, w := range tt.want {
				assert.Contains(t, errs, w)
			}
			after, err := os.ReadFile(s[1])
			require.NoError(t, err)
			assert.Equal(t, string(before), string(after), "no report is overwritten")
		})
	}
}

// TestMergeRefusesAChangedSheet: a sheet edited since the shards ran, even
// by a comment, is not the one they were checked against.
func TestMergeRefusesAChangedSheet(t *testing.T) {
	changed := project(t, "", "")
	shards := runShards(t, t.TempDir(), filepath.Join(changed, "facts", "facts.yaml"), filepath.Join(changed, "seeds"), 2)
	f, err := os.OpenFile(filepath.Join(changed, "facts", "facts.yaml"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString("# a comment added later\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())
	code, _, errs := inProcess(append([]string{"merge"}, shards...)...)
	assert.Equal(t, BadInput, code)
	assert.Contains(t, errs, "facts.yaml is not the sheet the shards were checked against: its bytes differ from theirs")
}

func TestMergeHelp(t *testing.T) {
	code, out, _ := inProcess("merge", "--help")
	assert.Equal(t, OK, code)
	for _, want := range []string{"Usage: factcheck merge", "SHARD.json", "byte for byte what one check over the whole corpus writes", "--facts"} {
		assert.Contains(t, out, want)
	}
	code, out, _ = inProcess("check", "--help")
	assert.Equal(t, OK, code)
	assert.Contains(t, out, "--shard")
	code, out, _ = inProcess("help")
	assert.Equal(t, OK, code)
	assert.Contains(t, out, "factcheck merge")
}

// TestMergeWithTheSheetElsewhere: where the merge job has the sheet at
// another path, --facts names it, and the merged report still names it as
// the shards did, so it is one run's.
func TestMergeWithTheSheetElsewhere(t *testing.T) {
	dir := project(t, "", "")
	sheet, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	out := t.TempDir()
	shards := runShards(t, out, sheet, seeds, 3)
	one := filepath.Join(out, "one.json")
	wantCode, _, _ := inProcess("check", "--facts", sheet, "--sources", seeds, "--format", "json="+one)
	moved := filepath.Join(t.TempDir(), "sheet.yaml")
	require.NoError(t, os.Rename(sheet, moved))

	code, _, errs := inProcess(append([]string{"merge"}, shards...)...)
	assert.Equal(t, BadInput, code)
	assert.Contains(t, errs, "the shards were checked against "+sheet+"; run merge from the directory they ran in, or name the sheet with --facts")

	merged := filepath.Join(out, "merged.json")
	code, _, errs = inProcess(append([]string{"merge", "--facts", moved, "--format", "json=" + merged}, shards...)...)
	assert.Equal(t, wantCode, code, errs)
	want, err := os.ReadFile(one)
	require.NoError(t, err)
	got, err := os.ReadFile(merged)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}
