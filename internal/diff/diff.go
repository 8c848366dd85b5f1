// Package diff finds the shortest edit script between two sequences of
// strings (words, lines) and writes line diffs in the unified format.
package diff

import (
	"fmt"
	"strings"
)

// context is how many unchanged lines surround each change.
const context = 3

// Unified returns a unified diff from a to b, or "" when they are equal.
func Unified(nameA, nameB, a, b string) string {
	if a == b {
		return ""
	}
	x, y := split(a), split(b)
	ops := Strings(x, y)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", nameA, nameB)
	for i := 0; i < len(ops); {
		if ops[i].Op == ' ' {
			i++
			continue
		}
		// A hunk: from context lines before this change to context after the
		// last change that lies within 2*context of the one before.
		start := max(0, i-context)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].Op != ' ' {
				end = j
			} else if j-end > 2*context {
				break
			}
		}
		end = min(len(ops), end+context+1)
		la, lb := ops[start].A, ops[start].B
		na, nb := 0, 0
		var body strings.Builder
		for _, o := range ops[start:end] {
			body.WriteString(string(o.Op) + o.Text)
			if !strings.HasSuffix(o.Text, "\n") {
				body.WriteString("\n\\ No newline at end of file\n")
			}
			if o.Op != '+' {
				na++
			}
			if o.Op != '-' {
				nb++
			}
		}
		fmt.Fprintf(&out, "@@ -%d,%d +%d,%d @@\n%s", la+1, na, lb+1, nb, body.String())
		i = end
	}
	return out.String()
}

// An Edit is one step of an edit script: a string both sequences share
// (' '), one only the first has ('-'), or one only the second has ('+').
type Edit struct {
	Op   byte
	Text string
	A, B int // how many strings of each sequence come before it
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Strings returns a shortest edit script from x to y, by longest common
// subsequence; at a tie a deletion comes first, as unified diffs show it.
func Strings(x, y []string) []Edit {
	ops := make([]Edit, 0, max(len(x), len(y)))
	// A common prefix is matched as the walk below would match it, without
	// the table.
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		ops = append(ops, Edit{' ', x[p], p, p})
		p++
	}
	xs, ys := x[p:], y[p:]
	n, m := len(xs), len(ys)
	// lcs[i*w+j] is the length of a longest common subsequence of xs[i:]
	// and ys[j:], in one flat table.
	w := m + 1
	lcs := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if xs[i] == ys[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
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
	return ops
}
