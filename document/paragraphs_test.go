package document

import (
	"testing"

	"github.com/factcheck/factcheck/text"
	"github.com/stretchr/testify/assert"
)

// TestDuplicateParagraphsThroughACollision holds the chains of paragraphs
// by hash to what a list per hash did: a paragraph whose hash an earlier,
// different one has is kept, and a later copy of either is dropped.
func TestDuplicateParagraphsThroughACollision(t *testing.T) {
	ps := paragraphs{seen: make(map[uint64]int)}
	add := func(s string) {
		ps.add(text.Original(s, 0))
		ps.flush()
	}
	add("first paragraph")
	// A collision, made by hand: "second one" is taken to hash as the
	// first paragraph does.
	ps.seen[text.FieldsHash("second one")] = 0
	add("second one")
	add("first  paragraph")
	add("second\tone")
	add("third")
	var kept []string
	for _, p := range ps.out {
		kept = append(kept, p.S)
	}
	assert.Equal(t, []string{"first paragraph", "second one", "third"}, kept, "a different paragraph with the same hash is kept")
	assert.Equal(t, 2, ps.dups, "a copy of each, in white space only, is dropped")
	assert.Equal(t, []int{-1, 0, -1}, ps.prev, "the second paragraph chains to the first, whose hash it was given")
}
