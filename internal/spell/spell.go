// Package spell measures how far apart two spellings are, for "did you mean"
// hints and for spotting near-miss spellings of names.
package spell

// Distance returns the optimal-string-alignment edit distance between a and
// b, counted in runes: insertions, deletions, substitutions and swaps of two
// neighbouring runes each cost one.
func Distance(a, b string) int {
	// Words are short: their runes and the rows stay on the stack.
	var xa, ya [shortWord]rune
	var rows [3 * (shortWord + 1)]int
	x, y := appendRunes(xa[:0], a), appendRunes(ya[:0], b)
	n := len(y) + 1
	if 3*n > len(rows) {
		return distanceRows(x, y, make([]int, 3*n))
	}
	return distanceRows(x, y, rows[:3*n])
}

// shortWord is the longest word whose distance is worked out with no
// allocation.
const shortWord = 32

// appendRunes appends the runes of s to buf.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// distanceRows works out Distance over three rows of len(y)+1 cells each,
// laid end to end in rows.
func distanceRows(x, y []rune, rows []int) int {
	n := len(y) + 1
	// Three rows suffice: the swap looks two rows back.
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}

// Suggest returns the candidate closest to word when it is close enough to be
// a likely typo (at most a third of the word's length, and at least one edit),
// or "" when none is.
func Suggest(word string, candidates []string) string {
	best, bestD := "", len([]rune(word))/3+1
	for _, c := range candidates {
		if d := Distance(word, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}
