// Package diff finds the shortest edit script between two sequences of
// words, for quotes, and writes line diffs in the unified format.
package diff

import "github.com/aymanbagabas/go-udiff"

// Unified returns a unified diff from a to b, or "" when they are equal.
// It is github.com/aymanbagabas/go-udiff's (Myers' algorithm, linear
// space), which a sheet of thousands of lines needs: a table of every pair
// of lines would take gigabytes.
func Unified(nameA, nameB, a, b string) string {
	if a == b {
		return ""
	}
	return udiff.Unified(nameA, nameB, a, b)
}

// An Edit is one step of an edit script: a string both sequences share
// (' '), one only the first has ('-'), or one only the second has ('+').
type Edit struct {
	Op   byte
	Text string
	A, B int // how many strings of each sequence come before it
}

// A Scratch holds the memory of one edit script after another, so that
// many short comparisons (quotes against passages) allocate once. A
// Scratch is for one goroutine at a time; its zero value is ready.
type Scratch struct {
	lcs []int32
	ops []Edit
}

// Strings returns a shortest edit script from x to y, by longest common
// subsequence; at a tie a deletion comes first, as unified diffs show it.
func Strings(x, y []string) []Edit {
	var sc Scratch
	return sc.Strings(x, y)
}

// Strings is the package's Strings, in the scratch's memory: the script
// returned stays valid until the next call.
func (sc *Scratch) Strings(x, y []string) []Edit {
	ops := sc.ops[:0]
	// A common prefix is matched as the walk below would match it, without
	// the table.
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		ops = append(ops, Edit{' ', x[p], p, p})
		p++
	}
	// So is a common suffix: the table covers only what differs.
	q := 0
	for q < len(x)-p && q < len(y)-p && x[len(x)-1-q] == y[len(y)-1-q] {
		q++
	}
	xs, ys := x[p:len(x)-q], y[p:len(y)-q]
	n, m := len(xs), len(ys)
	lcs := sc.table(xs, ys)
	w := m + 1
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && xs[i] == ys[j]:
			ops = append(ops, Edit{' ', xs[i], p + i, p + j})
			i, j = i+1, j+1
		case i < n && (j == m || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
			ops = append(ops, Edit{'-', xs[i], p + i, p + j})
			i++
		default:
			ops = append(ops, Edit{'+', ys[j], p + i, p + j})
			j++
		}
	}
	for k := 0; k < q; k++ {
		ops = append(ops, Edit{' ', x[len(x)-q+k], len(x) - q + k, len(y) - q + k})
	}
	sc.ops = ops
	return ops
}

// table fills the scratch's table: lcs[i*(m+1)+j] is the length of a
// longest common subsequence of xs[i:] and ys[j:].
func (sc *Scratch) table(xs, ys []string) []int32 {
	n, m := len(xs), len(ys)
	w := m + 1
	size := (n + 1) * w
	if cap(sc.lcs) < size {
		sc.lcs = make([]int32, size)
	}
	lcs := sc.lcs[:size]
	for j := range w {
		lcs[n*w+j] = 0
	}
	for i := n - 1; i >= 0; i-- {
		lcs[i*w+m] = 0
		for j := m - 1; j >= 0; j-- {
			if xs[i] == ys[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	return lcs
}
