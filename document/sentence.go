package document

import (
	"sync/atomic"

	"github.com/factcheck/factcheck/text"
)

// A Sentence is one sentence of a source after normalisation. It never
// changes once the source is read; its folded form is worked out on first
// use, once, and may be asked for from several goroutines.
type Sentence struct {
	Start int         // byte offset of its first character in the original file
	End   int         // byte offset just past its last character
	Para  int         // index of its paragraph among the kept ones
	First bool        // the first sentence of its paragraph
	piece text.Mapped // the text as normalisation left it, unfolded
	// fold holds the folded text and its words, built on first use:
	// most sentences of a large corpus are about no fact, and need none
	// of it, nor room for it.
	fold atomic.Pointer[Folded]
}

// Folded is a sentence folded for matching: its text mapped to original
// offsets, and its words.
type Folded struct {
	Norm   text.Mapped
	Tokens []text.Token
}

// Text returns the sentence as the source writes it, junk dropped and
// white space collapsed.
func (sent *Sentence) Text() string { return text.CollapseSpace(sent.piece.S) }

// Piece returns the sentence as normalisation left it, unfolded, mapped to
// original offsets.
func (sent *Sentence) Piece() text.Mapped { return sent.piece }

// Folded returns the sentence folded for matching, folding it on first use.
// Two goroutines that ask at once may both fold it; they get the same
// answer, the first one kept.
func (sent *Sentence) Folded() *Folded {
	if f := sent.fold.Load(); f != nil {
		return f
	}
	n := text.FoldMapped(sent.piece)
	sent.fold.CompareAndSwap(nil, &Folded{Norm: n, Tokens: text.Tokenize(n.S)})
	return sent.fold.Load()
}
