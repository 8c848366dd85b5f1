package checks

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	c, err := LoadCorpus("../seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Sources {
		fmt.Println("=====", s.ID, s.Notes.Summary(), s.Notes.Paragraphs, s.Notes.Sentences)
		for _, st := range s.Sentences {
			fmt.Printf("%s p%d | %s\n", s.Pos(st.Start), st.Para, st.Text)
		}
	}
}
