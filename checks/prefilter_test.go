package checks

import (
	"testing"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// prefilterSheet has terms of every shape the trie holds: several words,
// a hyphen, a trailing *, letters with diacritics, an accepted spelling of
// a name, the phrases of a statement without about terms, and marks
// written between two words (3.8, 1:28) where a shorter term ends (3).
const prefilterSheet = `facts:
  - id: opening
    claim: The branch opened on 3 May 2021.
    date: 2021-05-03
    about: [branch office | e-mail desk, open*]
    unless: [rumour]
  - id: city
    claim: The head office is in Zürich.
    name: Zürich
    aliases: [Zurich]
    about: [head office]
  - id: founder
    claim: The founder is Jon Smyth.
    name: Jon Smyth
    about: [founder]
  - id: first
    claim: It was the first such branch.
    statement: true
    supports: [first such branch]
    refutes: [not the first]
  - id: release
    claim: Version 3.8 came out on 3 May 2021.
    date: 2021-05-03
    about: [3.8 | 3 | 1:28]
`

// prefilters are a sheet's term index with its matchers, which mayLocate
// reads the about groups of.
type prefilters struct {
	*termIndex
	ms []*matcher
}

func prefilterIndex(t *testing.T, sheet *facts.Sheet) prefilters {
	t.Helper()
	ms := newMatchers(sheet.Facts)
	return prefilters{newTermIndex(ms), ms}
}

// assertPrefilterSound checks, sentence by sentence, that mayHold says yes
// wherever find finds a term, and mayLocate wherever the terms find finds
// locate a fact or mark its first group, with every term find finds among
// those mayLocate gathered: the prefilters may only err towards yes. It
// returns how many sentences mayHold let through. (document's tests hold
// the prefilter of quoted passages.)
func assertPrefilterSound(t *testing.T, ix prefilters, src *reading) (through int) {
	t.Helper()
	sc := newScratch(len(ix.ms))
	for i := range src.sents {
		sent := &src.sents[i]
		may := ix.mayHold(sent.Piece().S)
		if may {
			through++
		}
		mayLocate := ix.mayLocate(sent.Piece().S, ix.ms, sc)
		hits := ix.find(sent, nil)
		if len(hits) > 0 {
			assert.True(t, may, "%s: mayHold says no, but find finds %d terms in %q", src.Path, len(hits), sent.Text())
		}
		gathered := make(map[termRef]bool)
		for _, refs := range sc.ends {
			for _, r := range refs {
				gathered[r] = true
			}
		}
		for _, h := range hits {
			assert.True(t, gathered[h.ref], "%s: find finds a term of fact %d (role %d, group %d) that mayLocate did not gather in %q", src.Path, h.ref.fact, h.ref.role, h.ref.group, sent.Text())
		}
		if hitsLocate(ix.ms, hits) {
			assert.True(t, mayLocate, "%s: mayLocate says no, but the terms find finds locate a fact in %q", src.Path, sent.Text())
		}
	}
	return through
}

// hitsLocate reports whether the terms found in a sentence locate a fact
// or mark its first group in locateAll: a term of every about group of a
// fact, or an accepted spelling of a name or a phrase of a statement.
func hitsLocate(ms []*matcher, hits []hit) bool {
	groups := make(map[int]map[int]bool)
	for _, h := range hits {
		switch h.ref.role {
		case roleName, rolePhrase:
			return true
		case roleAbout:
			if groups[h.ref.fact] == nil {
				groups[h.ref.fact] = make(map[int]bool)
			}
			groups[h.ref.fact][h.ref.group] = true
			if len(groups[h.ref.fact]) == len(ms[h.ref.fact].loc.groups) {
				return true
			}
		}
	}
	return false
}

func TestPrefiltersErrOnlyTowardsYes(t *testing.T) {
	sheet, err := facts.Parse("facts.yaml", []byte(prefilterSheet))
	require.NoError(t, err)
	ix := prefilterIndex(t, sheet)
	tests := []struct {
		text string
		hold bool // whether a term is there
	}{
		{"The Branch Office opened on Monday.", true},
		{"THE BRANCH  OFFICE OPENED.", true},
		{"The branch\u00a0office\topened.", true},
		{"The branch-office opened.", true},
		{"The branch – office opened.", true},
		{"The E-mail desk opened.", true},
		{"The e–mail desk opened.", true},
		{"Its head office is in ZÜRICH.", true},
		{"Its head office is in Zu\u0308rich.", true},
		{"Its head office is in Zür\u00adich.", true},
		{"Its head of\u00adfice is in Zurich.", true},
		{"Jon Smyth's firm.", true},
		{"“Jon Smyth” said so.", true},
		{"It was not the first.", true},
		{"It was the first such branch.", true},
		{"The openings were delayed.", true}, // open* matches
		{"A rumour said so.", true},          // an unless term is a term too
		{"The branches stayed shut.", false},
		{"The office is in Geneva.", false},
		{"Jon said so; Smith did not.", false},
		{"It was first, such as it was.", false},
		{"Branch, office and desk are words.", false},
		{"Bran chop ens.", false},
		{"", false},
		{"„“”«»", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			src := parseText(t, tt.text, published("2021-05-10"))
			assertPrefilterSound(t, ix, src)
			var found bool
			for i := range src.sents {
				sent := &src.sents[i]
				found = found || len(ix.find(sent, nil)) > 0
			}
			require.Equal(t, tt.hold, found, "the test's own expectation")
			assert.Equal(t, tt.hold, ix.mayHold(tt.text))
		})
	}
}

// TestPrefiltersOnTheSeeds holds the prefilter to find on every sentence
// of the seeds, with the seed sheet.
func TestPrefiltersOnTheSeeds(t *testing.T) {
	sheet, err := facts.Load("../testdata/project/facts/facts.yaml")
	require.NoError(t, err)
	ix := prefilterIndex(t, sheet)
	for name, data := range seedBytes(t) {
		t.Run(name, func(t *testing.T) {
			src, err := document.Parse(name, name, data, nil)
			require.NoError(t, err)
			through := assertPrefilterSound(t, ix, newReading(src))
			t.Logf("%d of %d sentences may hold a term", through, len(src.Sentences))
		})
	}
}

// FuzzPrefilters holds mayHold to find on any text.
func FuzzPrefilters(f *testing.F) {
	for _, data := range seedChunks(f) {
		f.Add(data)
	}
	f.Add([]byte("THE BRANCH\u00a0OFFICE – e–mail “Jon Smyth” Zu\u0308r\u00adich 'not the first'"))
	sheet, err := facts.Parse("facts.yaml", []byte(prefilterSheet))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := document.Parse("f", "f.txt", data, nil)
		if err != nil {
			return
		}
		assertPrefilterSound(t, prefilterIndex(t, sheet), newReading(src))
	})
}

// TestMayHoldByteTable holds the table that mayHold reads ASCII through,
// and its quick refusal of a word whose first letter starts no term, to
// find: each row is a sentence that must pass through, or may be refused.
func TestMayHoldByteTable(t *testing.T) {
	sheet, err := facts.Parse("facts.yaml", []byte(prefilterSheet))
	require.NoError(t, err)
	ix := prefilterIndex(t, sheet)
	tests := []struct {
		text   string
		hold   bool
		reason string
	}{
		{"OPEN", true, "upper case folds through the table, and a prefix term ends anywhere"},
		{"Opened", true, "a prefix term inside a capitalised word"},
		{"BRANCH-OFFICE", true, "a hyphen joins two words of a term"},
		{"branch\t\r\noffice", true, "every ASCII space joins"},
		{"x,branch office", true, "a term after a mark with no space before it starts a word"},
		{"9 branch office", true, "a digit word before the term"},
		{"Smyth, Jon Smyth.", true, "the walk from a failed start does not hide the next word"},
		{"Zürich", true, "a word that goes on outside ASCII"},
		{"ZÜRICH", true, "upper case outside ASCII folds by FoldRune"},
		{"Ｚurich", false, "a full-width letter is not folded to ASCII, by find nor by mayHold"},
		{"jon\u00a0smyth", true, "a space outside ASCII joins"},
		{"reopened", false, "a term starts a word: inside one it is no term"},
		{"branch_office", false, "an underscore breaks the term"},
		{"branchoffice", true, "the trie holds a term's words joined, so words run together match"},
		{"qqq zzz", false, "no term starts with these letters"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assertMayHold(t, ix, tt.text, tt.hold, tt.reason)
		})
	}
}

// TestMayHoldAtAMarkATermWrites holds mayHold to find where a term ends
// at a mark that a longer term writes between its words: the walk goes on
// across the mark for the longer term, and must not forget the shorter.
func TestMayHoldAtAMarkATermWrites(t *testing.T) {
	sheet, err := facts.Parse("facts.yaml", []byte(prefilterSheet))
	require.NoError(t, err)
	ix := prefilterIndex(t, sheet)
	tests := []struct {
		text   string
		hold   bool
		reason string
	}{
		{"It was 3.", true, "the term 3 before the mark of 3.8, at the end: mayHold once said no"},
		{"It was 3.x, then.", true, "the term 3 before the mark of 3.8, then no 8"},
		{"It was 3.8.", true, "the longer term"},
		{"It was 1:2.", false, "1:28 cut short, and no term 1"},
		{"It was 4.8.", false, "no term starts with 4"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assertMayHold(t, ix, tt.text, tt.hold, tt.reason)
		})
	}
}

// assertMayHold checks that a text holds a term or not as the row says,
// by find, and that mayHold says the same.
func assertMayHold(t *testing.T, ix prefilters, s string, hold bool, reason string) {
	t.Helper()
	src := parseText(t, s, published("2021-05-10"))
	assertPrefilterSound(t, ix, src)
	found := false
	for i := range src.sents {
		found = found || len(ix.find(&src.sents[i], nil)) > 0
	}
	require.Equal(t, hold, found, "the row's own expectation: %s", reason)
	assert.Equal(t, hold, ix.mayHold(s), reason)
}

// TestMayLocate holds mayLocate to locateAll on each row: a sentence it
// lets through, or one whose terms locate no fact, so that find is spared.
func TestMayLocate(t *testing.T) {
	sheet, err := facts.Parse("facts.yaml", []byte(prefilterSheet))
	require.NoError(t, err)
	ix := prefilterIndex(t, sheet)
	tests := []struct {
		text   string
		locate bool
		reason string
	}{
		{"The branch office opened.", true, "a term of both about groups of a fact"},
		{"The Branch-Office REOPENED, then opened.", true, "the groups' terms anywhere in the sentence, folded"},
		{"A rumour says the branch office opened.", true, "an unless term rules the fact out, but its first group still marks the values near it"},
		{"The branch office closed.", false, "a term of the first group only"},
		{"It opened on Monday.", false, "a term of the second group only"},
		{"A rumour opened.", false, "an unless term and one group"},
		{"Zurich is far.", true, "an accepted spelling of a name locates its fact alone"},
		{"Zürich is far.", true, "the name with its diacritic"},
		{"Jon Smyth's firm.", true, "a name of two words, before a possessive"},
		{"The founder left.", true, "a fact with one about group"},
		{"The head office is in Zurrich.", true, "a misspelt name is found where an about term locates its fact"},
		{"Zurrich is far.", false, "a misspelt name alone is no term: find finds nothing either"},
		{"It was not the first.", true, "a phrase of a statement without about terms"},
		{"It was version 3.", true, "a term at a mark a longer term writes"},
		{"Some were 3, others 4.", true, "the same, before a comma"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			src := parseText(t, tt.text, published("2021-05-10"))
			assertPrefilterSound(t, ix, src)
			locate := false // by find's terms, without the prefilter
			for i := range src.sents {
				locate = locate || hitsLocate(ix.ms, ix.find(&src.sents[i], nil))
			}
			require.Equal(t, tt.locate, locate, "the row's own expectation: %s", tt.reason)
			may := false
			for i := range src.sents {
				may = may || ix.mayLocate(src.sents[i].Piece().S, ix.ms, newScratch(len(ix.ms)))
			}
			assert.Equal(t, tt.locate, may, tt.reason)
		})
	}
}
