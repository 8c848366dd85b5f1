package checks

// A wordList is a list of folded words with the mask of its words.
type wordList struct {
	words []string
	mask  wordMask
}

func newWordList(ws []string) wordList { return wordList{words: ws, mask: maskOf(ws)} }

// A wordMask has a bit set for each word of a list, by a cheap hash, so
// that a list that lacks one of a name's words is passed over without
// looking: a sheet of many quote facts asks every passage after each of
// their speakers.
type wordMask uint64

func maskOf(ws []string) wordMask {
	var m wordMask
	for _, w := range ws {
		m |= wordBit(w)
	}
	return m
}

func wordBit(w string) wordMask {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*31 + uint(w[0])*7 + uint(w[len(w)-1])) % 64)
}

func containsWords(words, w []string) bool {
	for i := 0; i+len(w) <= len(words); i++ {
		if wordsAt(words, w, i) {
			return true
		}
	}
	return false
}

// wordsAt reports whether the word sequence w stands in words at i.
func wordsAt(words, w []string, i int) bool {
	ok := len(w) > 0 && i+len(w) <= len(words)
	for k := 0; ok && k < len(w); k++ {
		ok = words[i+k] == w[k]
	}
	return ok
}
