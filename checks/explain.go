package checks

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/internal/spell"
	"github.com/factcheck/factcheck/lexicon"
)

// Explain says why a fact got its verdict in each source, or in one: the
// sentences located and their terms, the values read and why each was
// taken or left, how relative dates were resolved, the comparison made,
// and the problems. It fails only for an unknown fact or source.
func Explain(sheet *facts.Sheet, corpus *document.Corpus, factID, sourceID string) (string, error) {
	fi := -1
	var ids []string
	for i, f := range sheet.Facts {
		ids = append(ids, f.ID)
		if f.ID == factID {
			fi = i
		}
	}
	if fi < 0 {
		return "", unknown("fact", factID, ids)
	}
	sources := corpus.Sources
	if sourceID != "" {
		src, ok := corpus.Source(sourceID)
		if !ok {
			return "", unknown("source", sourceID, corpus.IDs())
		}
		sources = []*document.Source{src}
	}
	if err := checkLabels(sheet, corpus); err != nil {
		return "", err
	}
	ms := newMatchers(sheet.Facts)
	ix := newTermIndex(ms)
	f := sheet.Facts[fi]
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s fact, %s): %s\n", f.ID, f.Kind, f.Pos, f.Claim)
	fmt.Fprintf(&b, "sheet says: %s\n", f.Canonical())
	explainLists(&b, f)
	if len(f.About) > 0 {
		var groups []string
		for _, g := range f.About {
			groups = append(groups, "["+strings.Join(g, " | ")+"]")
		}
		fmt.Fprintf(&b, "about: %s; unless: [%s]; within %d words\n", strings.Join(groups, " and "), strings.Join(f.Unless, " | "), f.Within)
	} else if len(f.Unless) > 0 {
		fmt.Fprintf(&b, "unless: [%s]\n", strings.Join(f.Unless, " | "))
	}
	m := ms[fi]
	m.trace = func(format string, args ...any) { fmt.Fprintf(&b, "  "+format+"\n", args...) }
	for _, src := range sources {
		if err := explainSource(&b, corpus, src, ms, ix, fi); err != nil {
			return "", err
		}
	}
	return string(escape.ForReaders([]byte(b.String()))), nil
}

// unknown reports a name that is not among the known ones.
func unknown(what, name string, known []string) error {
	hint := ""
	for _, k := range known {
		if strings.EqualFold(k, name) {
			hint = fmt.Sprintf(" (did you mean %q?)", k) // ids are case-sensitive
		}
	}
	if s := spell.Suggest(name, known); s != "" && hint == "" {
		hint = fmt.Sprintf(" (did you mean %q?)", s)
	}
	return fmt.Errorf("no %s %q%s; known: %s", what, name, hint, listSome(known))
}

// allPassages returns the indexes of every passage of the source, which
// explain looks at to say why each is or is not the quote.
func allPassages(src *reading) []int32 {
	out := make([]int32, len(src.quotes))
	for i := range out {
		out[i] = int32(i)
	}
	return out
}

// publishedText shows a publication date with its weekday when it is a day.
func publishedText(pub facts.Span) string {
	if pub.Precision == facts.Day {
		return pub.First.Format("Mon 2006-01-02")
	}
	return pub.String() + " (only the " + pub.Precision.String() + " is known)"
}

// explainSource writes the decisions behind the verdict of the fi-th fact
// in one source, the matchers' trace set to write to b.
func explainSource(b *strings.Builder, corpus *document.Corpus, src *document.Source, ms []*matcher, ix *termIndex, fi int) error {
	var err error
	if uerr := corpus.Use(src, func() { err = explainReading(b, newReading(src), ms, ix, fi) }); uerr != nil {
		return uerr
	}
	return err
}

// explainLists writes the sheet's lists of names and wordings one entry
// each, quoted, so that a name a YAML list split at its comma shows as two.
func explainLists(b *strings.Builder, f *facts.Fact) {
	for _, l := range []struct {
		key     string
		entries []string
	}{{"aliases", f.Name.Aliases}, {"not", f.Name.Not}, {"role", f.Name.Roles}, {"speaker", f.Quote.Speakers}, {"accepted", f.Quote.Accepted}} {
		if len(l.entries) == 0 {
			continue
		}
		quoted := make([]string, len(l.entries))
		for i, e := range l.entries {
			quoted[i] = strconv.Quote(e)
		}
		fmt.Fprintf(b, "%s: %s\n", l.key, strings.Join(quoted, ", "))
	}
}

// explainReading is explainSource once the source's text is at hand.
func explainReading(b *strings.Builder, src *reading, ms []*matcher, ix *termIndex, fi int) error {
	fmt.Fprintf(b, "\nsource %s (%s)\n", src.ID, src.Path)
	if src.HasDate() {
		fmt.Fprintf(b, "  published %s (%s): relative dates resolve against it\n", publishedText(src.Published), src.DatedBy)
	} else {
		fmt.Fprintf(b, "  no publication date (%s): relative dates stay unresolved; a weekday is compared with the weekday of the fact's date\n", src.DatedBy)
	}
	if ms[fi].fact.Kind == facts.KindDate {
		explainHeadings(b, src)
	}
	if src.Zone.Written != "" && ms[fi].fact.Kind == facts.KindTime {
		fmt.Fprintf(b, "  times with no zone are in %s (zone: in %s), unless the text gives the zone of its times\n", src.Zone.Written, document.MetaFile)
	}
	located, marks := locateAll(ms, ix, src, newScratch(len(ms)))
	before := b.Len()
	c := ms[fi].check(src, located[fi], marks[fi], peersBySentence(ms, located, marks, len(src.Sentences)), allPassages(src))
	for _, fd := range c.Findings {
		verdict := "agrees"
		switch {
		case fd.Unsure:
			verdict = "unsure"
		case !fd.Agrees:
			verdict = "contradicts"
		}
		fmt.Fprintf(b, "  %s: %q read as %s: %s", fd.Pos, fd.Says, fd.Value, verdict)
		if fd.How != "" {
			fmt.Fprintf(b, " (%s)", fd.How)
		}
		if fd.Diff != "" {
			fmt.Fprintf(b, "; differs: %s", fd.Diff)
		}
		if fd.Label != nil {
			fmt.Fprintf(b, "; labelled %s at %s", fd.Label.Label, fd.Label.Pos)
		}
		b.WriteString("\n")
	}
	for _, fd := range c.Unresolved {
		fmt.Fprintf(b, "  %s: %q not judged: %s\n", fd.Pos, fd.Says, fd.How)
	}
	verdict := string(c.Verdict)
	if c.Labelled() {
		verdict += ", every contradiction labelled"
	}
	if c.Verdict == Silent {
		valuesSeen := strings.Contains(b.String()[before:], "\n      ")
		verdict += ": " + whySilent(ms[fi], located[fi], c, valuesSeen)
	}
	fmt.Fprintf(b, "  verdict: %s\n", verdict)
	for _, p := range c.Problems() {
		fmt.Fprintf(b, "  fails: %s\n", p)
	}
	return nil
}

// whySilent says why a cell is silent, for explain; valuesSeen tells
// whether the trace listed any value found in the located sentences.
func whySilent(m *matcher, located [][]span, c *Cell, valuesSeen bool) string {
	about := 0
	for _, sp := range located {
		if sp != nil {
			about++
		}
	}
	_, quote := m.kind.(passageKind)
	switch {
	case quote:
		return "no quoted passage is the speaker's and close enough to the wording (see the passages above)"
	case len(c.Unresolved) > 0:
		return "what it says of the fact could not be judged (see \"not judged\" above)"
	case about == 0:
		return "no sentence is about the fact: none holds a term of every about group (and none of its unless terms)"
	}
	if !valuesSeen {
		return lexicon.Count(about, "sentence is", "sentences are") + " about the fact, but none states a " + string(m.fact.Kind) + " the checker reads (see docs/sheet.md for the forms of each kind)"
	}
	return lexicon.Count(about, "sentence is", "sentences are") + " about the fact, but none gives a value for it (each value found is listed above with why it was left out)"
}
