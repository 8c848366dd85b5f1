// Command floor is the floor loop of make bench: it reads every file under
// a directory, splits the text into sentences at ". " and lowercases their
// words, and does nothing else. What it costs is what any checker of the
// same text costs at least; the checker's throughput is shown beside it.
//
//	floor DIR
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"unicode"
	"unicode/utf8"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: floor DIR")
		os.Exit(2)
	}
	var bytes, words int
	err := filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		bytes += len(b)
		words += lowerWords(b)
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Println(bytes, words)
}

// lowerWords lowercases the words of text in place, sentence by sentence,
// and returns how many sentences and words it saw.
func lowerWords(b []byte) int {
	n, in := 0, false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			word := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			if c == '.' && i+1 < len(b) && b[i+1] == ' ' {
				n++ // a sentence ends
			}
			if word && !in {
				n++
			}
			in = word
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && !in {
			n++
		}
		in = word
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return n
}
