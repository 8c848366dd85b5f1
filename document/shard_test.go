package document

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusOf returns a corpus of in-memory sources with the given ids.
func corpusOf(t *testing.T, ids ...string) *Corpus {
	t.Helper()
	c := &Corpus{}
	for _, id := range ids {
		src, err := Parse(id, id+".txt", []byte("Text."), nil)
		require.NoError(t, err)
		c.Sources = append(c.Sources, src)
	}
	return c
}

// TestShardPartitions holds the split of a corpus into shards to what a
// user needs of it: every source in exactly one shard, whatever the
// number of shards, and the same shard whatever the order of the listing.
func TestShardPartitions(t *testing.T) {
	var ids []string
	for i := range 40 {
		ids = append(ids, fmt.Sprintf("%03d", i))
	}
	reversed := make([]string, len(ids))
	for i, id := range ids {
		reversed[len(ids)-1-i] = id
	}
	for _, n := range []int{1, 2, 3, 7, 64} {
		seen := make(map[string]int)
		for k := 1; k <= n; k++ {
			c, r := corpusOf(t, ids...), corpusOf(t, reversed...)
			kept, err := c.Shard(k, n)
			require.NoError(t, err)
			_, err = r.Shard(k, n)
			require.NoError(t, err)
			assert.ElementsMatch(t, c.IDs(), r.IDs(), "shard %d/%d is the same whatever the order of the listing", k, n)
			assert.Equal(t, kept, len(c.Sources))
			assert.Equal(t, len(ids)-kept, c.LeftOut(), "the others stay known, for labels")
			assert.True(t, c.Partial() || n == 1, "a shard of several is part of a corpus")
			for _, id := range c.IDs() {
				seen[id]++
				assert.Equal(t, k, ShardOf(id, n))
			}
		}
		for _, id := range ids {
			assert.Equal(t, 1, seen[id], "source %s is in exactly one of %d shards", id, n)
		}
	}
}

func TestShardRefusesWhatIsNoShard(t *testing.T) {
	tests := []struct {
		k, n   int
		reason string
	}{
		{0, 3, "shards count from 1"},
		{4, 3, "past the last shard"},
		{1, 0, "no shards at all"},
		{-1, -1, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			c := corpusOf(t, "a", "b")
			_, err := c.Shard(tt.k, tt.n)
			assert.ErrorContains(t, err, "the shard must be from 1 to")
			assert.Len(t, c.Sources, 2, "nothing is narrowed")
		})
	}
	assert.Equal(t, 1, ShardOf("a", 0), "no panic on 0 shards")
}

// TestShardOfIsFixed pins the hash: a change would move sources between
// shards, and a merge of shards written by two builds would be refused.
func TestShardOfIsFixed(t *testing.T) {
	got := []int{ShardOf("000", 3), ShardOf("001", 3), ShardOf("002", 3), ShardOf("003", 3), ShardOf("004", 3)}
	assert.Equal(t, []int{2, 1, 1, 3, 1}, got, "FNV-1a (64 bits) of the id, mod 3, plus 1")
}

func TestFromRecord(t *testing.T) {
	tests := []struct {
		published string
		ok        bool
		reason    string
	}{
		{"", true, "no date"},
		{"2022-09-10", true, "a day"},
		{"2024-07", true, "a month"},
		{"2013", true, "a year"},
		{"2022-9-10", false, "not as factcheck writes a date"},
		{"2022-07-23..2022-07-24", false, "a range dates no source"},
		{"soon", false, "no date"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			src, err := FromRecord(Record{ID: "a", Path: "p/a.md", Published: tt.published, Paragraphs: 3, Sentences: 7, Normalisation: []string{"2 wrapped lines joined"}})
			if !tt.ok {
				assert.ErrorContains(t, err, "is not one factcheck writes")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.published != "", src.HasDate())
			if src.HasDate() {
				assert.Equal(t, tt.published, src.Published.String())
			}
			assert.Equal(t, []string{"2 wrapped lines joined"}, src.Notes.Summary(), "the notes as the report wrote them")
			assert.Equal(t, 7, src.Notes.Sentences)
		})
	}
}
