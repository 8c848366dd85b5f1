package score

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// scoreDir checks and scores the story in dir (facts.yaml, articles/,
// labels.json).
func scoreDir(t *testing.T, dir string) (*Story, error) {
	t.Helper()
	sheet, err := facts.Load(filepath.ToSlash(filepath.Join(dir, "facts.yaml")))
	require.NoError(t, err)
	corpus, err := document.ListSources([]string{filepath.ToSlash(filepath.Join(dir, "articles"))})
	require.NoError(t, err)
	res, err := checks.Run(sheet, corpus)
	require.NoError(t, err)
	gold, err := LoadGold(filepath.ToSlash(filepath.Join(dir, "labels.json")))
	if err != nil {
		return nil, err
	}
	return Score("story", res, gold)
}

func TestScoreCells(t *testing.T) {
	st, err := scoreDir(t, "testdata/story")
	require.NoError(t, err)
	tests := []struct {
		fact, source string
		code         Code
		verdict      checks.Verdict
		right        bool
		why          string
	}{
		{"b01-opening", "one", Agrees, checks.Agrees, true, "the day the sheet holds: agrees is right"},
		{"b01-opening", "two", Contradicts, checks.Contradicts, true, "another day: the label asks for contradicts and gets it"},
		{"b01-opening", "three", Undecided, checks.Silent, true, "N is not scored, whatever the verdict"},
		{"b02-staff", "one", Vague, checks.Agrees, true, "A~ accepts agrees"},
		{"b02-staff", "two", Agrees, checks.Contradicts, false, "the gold says agrees, the checker contradicts: a wrong cell"},
		{"b02-staff", "three", Silent, checks.Silent, true, "a fact an article's cells leave out counts as silent in it"},
	}
	require.Len(t, st.Cells, len(tests), "one cell per gold fact and gold article")
	for i, tt := range tests {
		c := st.Cells[i]
		assert.Equal(t, tt.fact, c.Fact.ID, tt.why)
		assert.Equal(t, tt.source, c.Source.ID, tt.why)
		assert.Equal(t, tt.code, c.Label.Code, tt.why)
		assert.Equal(t, tt.verdict, c.Verdict, tt.why)
		assert.Equal(t, tt.right, c.Right(), tt.why)
	}
	f := st.Figures()
	assert.Equal(t, Figures{Scored: 5, Right: 4, Called: 2, CalledRight: 1, Contradicting: 1}, f)
	assert.Equal(t, "80.0% (4/5)", f.Accuracy().String())
	assert.Equal(t, "50.0% (1/2)", f.Precision().String())
	assert.Equal(t, "100.0% (1/1)", f.Recall().String())
	assert.Equal(t, []string{
		`fact x-unlabelled (testdata/story/facts.yaml:12:5): no gold fact has the id "x-unlabelled" or its first part`,
		"source four (testdata/story/articles/four.txt): the gold labels no article of that file",
	}, st.Unscored, "what the gold does not label is listed, not dropped")
}

func TestRight(t *testing.T) {
	tests := []struct {
		code    Code
		verdict checks.Verdict
		right   bool
		why     string
	}{
		{Agrees, checks.Silent, false, "a stated value missed"},
		{Vague, checks.Silent, true, "a vague agreement may be missed"},
		{Vague, checks.Contradicts, false, "a vague agreement is no contradiction"},
		{Silent, checks.Agrees, false, "nothing there to agree with"},
		{Silent, "unsure", true, "unsure counts as silent"},
		{Contradicts, "unsure", false, "unsure is not a contradiction found"},
		{Contradicts, checks.Agrees, false, "a contradiction read as agreement"},
	}
	for _, tt := range tests {
		c := Cell{Label: Label{Code: tt.code}, Verdict: tt.verdict}
		assert.Equal(t, tt.right, c.Right(), "%s judged %s: %s", tt.code, tt.verdict, tt.why)
	}
}

func TestWriteIsStable(t *testing.T) {
	st, err := scoreDir(t, "testdata/story")
	require.NoError(t, err)
	for _, words := range []bool{false, true} {
		var a, b bytes.Buffer
		opt := Options{Title: "Scores", Words: words}
		require.NoError(t, Write(&a, []*Story{st, st}, opt))
		require.NoError(t, Write(&b, []*Story{st, st}, opt))
		assert.Equal(t, a.String(), b.String(), "the same scores give the same bytes")
		golden := "testdata/scores.md"
		if words {
			golden = "testdata/scores-words.md"
		}
		if *update {
			require.NoError(t, os.WriteFile(golden, a.Bytes(), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		assert.Equal(t, string(want), a.String(), "%s is stale: go test ./score -update", golden)
		assert.Equal(t, words, strings.Contains(a.String(), "Its 14 bakers start at dawn."), "sentences only with Words")
	}
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name  string
		gold  string
		sheet string // appended to the story's sheet
		want  string
	}{
		{"gold fact missing from the sheet",
			`{"facts": [{"id": "B01"}, {"id": "B09"}], "articles": [{"file": "one.txt", "cells": {}}]}`, "",
			`labels.json:1:34: gold fact B09 has no fact in the sheet DIR/facts.yaml: add one with the id b09-<slug>, or remove it from the gold`},
		{"article missing from the sources",
			`{"facts": [{"id": "B01"}], "articles": [{"file": "nine.txt", "cells": {}}]}`, "",
			`labels.json:1:50: gold article nine.txt is not among the sources (4 files, such as four.txt): add it to the sources, or remove it from the gold`},
		{"two sheet facts for one gold fact",
			`{"facts": [{"id": "B01"}], "articles": [{"file": "one.txt", "cells": {}}]}`,
			"  - id: b01-again\n    claim: Again.\n    date: 2025-03-03\n    about: [open*]\n",
			`facts.yaml:16:5: facts b01-again and b01-opening (DIR/facts.yaml:3:5) both map to gold fact B01 (DIR/labels.json:1:19): give one of them another id`},
		{"a cell naming an unknown fact",
			`{"facts": [{"id": "B01"}], "articles": [{"file": "one.txt", "cells": {"B07": ["A", "x"]}}]}`, "",
			`labels.json:1:71: unknown key "B07" in the cells of one.txt (did you mean "B01"?); known keys: B01`},
		{"a bad code",
			`{"facts": [{"id": "B01"}], "articles": [{"file": "one.txt", "cells": {"B01": ["Y", "x"]}}]}`, "",
			`labels.json:1:79: the cell B01 of one.txt has the code "Y": use A, A~, S, C or N`},
		{"no articles", `{"facts": [{"id": "B01"}]}`, "",
			`labels.json:1:1: the gold file has no articles: list them under "articles", each with "file" and "cells"`},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			dir := copyStory(t, tt.gold, tt.sheet)
			_, err := scoreDir(t, dir)
			require.Error(t, err)
			d := filepath.ToSlash(dir)
			assert.Equal(t, d+"/"+strings.ReplaceAll(tt.want, "DIR", d), err.Error())
		})
	}
}

// copyStory copies testdata/story to a temporary directory with another
// gold file and more sheet.
func copyStory(t *testing.T, gold, moreSheet string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS("testdata/story")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "labels.json"), []byte(gold), 0o644))
	sheet, err := os.ReadFile(filepath.Join(dir, "facts.yaml"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "facts.yaml"), append(sheet, moreSheet...), 0o644))
	return dir
}

// TestGoldFor holds how sheet ids name gold facts, with the longest gold id
// winning.
func TestGoldFor(t *testing.T) {
	gold := &Gold{Facts: []GoldFact{{ID: "MAYOR"}, {ID: "MAYOR-QUOTE"}, {ID: "F01"}}}
	tests := []struct{ id, want, why string }{
		{"mayor", "MAYOR", "the gold id lowercased"},
		{"mayor-name", "MAYOR", "followed by a slug"},
		{"mayor-quote", "MAYOR-QUOTE", "the longest gold id that names it, not MAYOR with the slug quote"},
		{"mayor-quote-short", "MAYOR-QUOTE", "the longest, with a slug"},
		{"f01-opening", "F01", "a numbered gold id"},
		{"mayoral", "", "no dash after the gold id: another id"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, goldFor(tt.id, gold), tt.id)
		})
	}
}
