package score

import (
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/checks"
)

// Options shape the Markdown that Write produces.
type Options struct {
	// Title heads the page.
	Title string
	// Intro follows the title: where the figures come from.
	Intro string
	// Words adds to each wrong cell the gold's words and the sentences the
	// checker read. Leave it off where the corpus's text must not be copied.
	Words bool
	// Path shows a source path; nil shows it as it is.
	Path func(string) string
}

// verdictOrder is the order of a confusion table's columns; a verdict not
// listed here gets a column after them.
var verdictOrder = []checks.Verdict{checks.Agrees, "unsure", checks.Silent, checks.Contradicts}

// Write writes the figures of every story and their total, each story's
// confusion table (label × verdict), what it left unscored, and every
// wrong cell with what the checker read.
func Write(w io.Writer, stories []*Story, opt Options) error {
	if opt.Path == nil {
		opt.Path = func(p string) string { return p }
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", opt.Title)
	if opt.Intro != "" {
		fmt.Fprintf(&b, "%s\n\n", opt.Intro)
	}
	writeFigures(&b, stories)
	for _, st := range stories {
		writeStory(&b, st, opt)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeFigures(b *strings.Builder, stories []*Story) {
	b.WriteString("| story | articles | facts | scored cells | cell accuracy | contradiction precision | contradiction recall | unsure |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|\n")
	var total Figures
	articles, nfacts := 0, 0
	for _, st := range stories {
		f := st.Figures()
		total.Add(f)
		articles += len(st.Gold.Articles)
		nfacts += len(st.Gold.Facts)
		figureRow(b, st.Name, len(st.Gold.Articles), len(st.Gold.Facts), f)
	}
	if len(stories) > 1 {
		figureRow(b, "**total**", articles, nfacts, total)
	}
	b.WriteString("\n")
	if len(stories) > 1 {
		b.WriteString("All stories, label × verdict:\n\n")
		var all []Cell
		for _, st := range stories {
			all = append(all, st.Cells...)
		}
		writeConfusion(b, all)
	}
}

func figureRow(b *strings.Builder, name string, articles, nfacts int, f Figures) {
	fmt.Fprintf(b, "| %s | %d | %d | %d | %s | %s | %s | %s |\n", name, articles, nfacts, f.Scored,
		f.Accuracy(), f.Precision(), f.Recall(), f.UnsureShare())
}

// writeConfusion writes the label × verdict table of cells.
func writeConfusion(b *strings.Builder, cells []Cell) {
	count := make(map[Code]map[checks.Verdict]int)
	cols := append([]checks.Verdict(nil), verdictOrder...)
	for _, c := range cells {
		if count[c.Label.Code] == nil {
			count[c.Label.Code] = make(map[checks.Verdict]int)
		}
		count[c.Label.Code][c.Verdict]++
		if !hasVerdict(cols, c.Verdict) {
			cols = append(cols, c.Verdict)
		}
	}
	b.WriteString("| label \\ verdict |")
	for _, v := range cols {
		fmt.Fprintf(b, " %s |", v)
	}
	b.WriteString("\n|---|" + strings.Repeat("---:|", len(cols)) + "\n")
	for _, code := range codes {
		fmt.Fprintf(b, "| %s |", code)
		for _, v := range cols {
			fmt.Fprintf(b, " %d |", count[code][v])
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

func hasVerdict(list []checks.Verdict, v checks.Verdict) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func writeStory(b *strings.Builder, st *Story, opt Options) {
	fmt.Fprintf(b, "## %s\n\n", st.Name)
	fmt.Fprintf(b, "Sheet `%s`, gold `%s`.\n\n", st.Result.Sheet.Path, opt.Path(st.Gold.Path))
	writeConfusion(b, st.Cells)
	if len(st.Unscored) > 0 {
		b.WriteString("Not scored:\n\n")
		for _, u := range st.Unscored {
			fmt.Fprintf(b, "- %s\n", opt.Path(u))
		}
		b.WriteString("\n")
	}
	var wrong []Cell
	for _, c := range st.Cells {
		if c.Scored() && !c.Right() {
			wrong = append(wrong, c)
		}
	}
	fmt.Fprintf(b, "### Wrong cells (%d)\n\n", len(wrong))
	for _, c := range wrong {
		writeWrong(b, c, opt)
	}
	if len(wrong) > 0 {
		b.WriteString("\n")
	}
}

// writeWrong writes one wrong cell: what the label asks for, what the
// checker judged, and each value it read.
func writeWrong(b *strings.Builder, c Cell, opt Options) {
	fmt.Fprintf(b, "- `%s` in `%s` (%s): labelled **%s**, judged **%s**\n", c.Fact.ID, c.Source.ID, opt.Path(c.Source.Path), c.Label.Code, c.Verdict)
	if opt.Words && c.Label.Words != "" {
		fmt.Fprintf(b, "  - label: %s\n", oneLine(c.Label.Words))
	}
	var read []*checks.Finding
	judged := 0
	if c.Checked != nil {
		read = append(append(read, c.Checked.Findings...), c.Checked.Unresolved...)
		judged = len(c.Checked.Findings)
	}
	if len(read) == 0 {
		b.WriteString("  - read: nothing for this fact\n")
	}
	for i, fd := range read {
		how := "agrees"
		switch {
		case fd.Value == "":
			how = "unresolved"
		case i >= judged:
			how = "not judged" // "hedged": shown, counted for nothing
		case fd.Unsure:
			how = "unsure"
		case !fd.Agrees:
			how = "contradicts"
		}
		pos := fd.Pos
		pos.File = opt.Path(pos.File)
		fmt.Fprintf(b, "  - read at %s: %s (%s)", pos, valueOf(fd), how)
		if fd.How != "" {
			fmt.Fprintf(b, "; %s", fd.How)
		}
		if fd.Diff != "" {
			fmt.Fprintf(b, "; differs: %s", fd.Diff)
		}
		b.WriteString("\n")
		if opt.Words {
			fmt.Fprintf(b, "    - sentence: %s\n", oneLine(fd.Sentence))
		}
	}
}

func valueOf(fd *checks.Finding) string {
	if fd.Value == "" {
		return "a value it could not place"
	}
	return "`" + strings.ReplaceAll(fd.Value, "`", "'") + "`"
}

// oneLine folds text onto one line for a list item.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
