package format

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/lexicon"
)

// symbols mark verdicts in the matrix.
func symbol(c *checks.Cell) string {
	switch {
	case c.Verdict == checks.Agrees:
		return "✓"
	case c.Verdict == checks.Silent && len(c.Unresolved) > 0:
		return "?"
	case c.Verdict == checks.Silent:
		return "·"
	case c.Verdict == checks.Unsure:
		return "~"
	case c.Labelled():
		return "⚑"
	}
	return "✗"
}

// Markdown returns the consistency report for people: summary, matrix,
// contradictions with evidence, corroboration, evidence, and what
// normalisation did to each source.
func Markdown(r *checks.Result) []byte {
	return escape.NoHTML(escape.ForReaders(markdown(r)))
}

// markdown writes the report; Markdown makes what sources put in it safe.
// It leads with what needs attention, then the matrix, the contradictions,
// what was not judged, corroboration, all the evidence and the sources.
func markdown(r *checks.Result) []byte {
	var b bytes.Buffer
	n := r.Counts()
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# Consistency report\n\n")
	p("Fact sheet %s (%d facts) checked against %s.\n", escape.Code(r.Sheet.Path), len(r.Sheet.Facts), describeCorpus(r.Corpus))
	p("Written by factcheck from the sheet and the sources: regenerate it rather than edit it.\n\n")

	p("## Summary\n\n")
	p("| cells | agree | silent | unsure | contradict: labelled | contradict: new | stale labels |\n")
	p("|---:|---:|---:|---:|---:|---:|---:|\n")
	p("| %d | %d | %d | %d | %d | %d | %d |\n\n", n.Cells, n.Agree, n.Silent, n.Unsure, n.Labelled, n.New, n.Stale)
	writeAttention(&b, r)

	if len(r.Corpus.Sources) > LargeCorpus {
		markdownLarge(r, &b)
		p("The facts x sources matrix and every piece of evidence are in `consistency.json`.\n")
		return b.Bytes()
	}
	mdMatrix(&b, r)
	mdContradictions(&b, r)
	writeUnsure(&b, r)
	mdNotJudged(&b, r)
	mdCorroboration(&b, r)
	mdEvidence(&b, r)
	mdSources(&b, r)
	return b.Bytes()
}

// writeAttention lists what fails the run (new contradictions, stale or
// mismatched labels, uncorroborated facts) and how many cells are unsure.
func writeAttention(b *bytes.Buffer, r *checks.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	ps := r.Problems()
	p("## Needs attention\n\n")
	if len(ps) == 0 {
		p("Nothing fails: every contradiction is labelled, no label is stale, every fact is corroborated.\n")
	}
	groups := groupProblems(ps)
	for i, g := range groups {
		if i == maxListed {
			p("- and %d more: see `consistency.json`\n", len(groups)-maxListed)
			break
		}
		pos := g.First.Pos.String()
		p("- %s %s\n", escape.Code(pos), escapeCell(g.line()))
	}
	if u := r.Counts().Unsure; u > 0 {
		p("- %s for review (they do not fail the run): see \"Unsure: for review\"\n", lexicon.Count(u, "unsure cell", "unsure cells"))
	}
	p("\n")
}

func mdMatrix(b *bytes.Buffer, r *checks.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("## Matrix\n\n")
	p("✓ agrees · · silent · ? silent, with a statement not judged · ~ unsure: a disagreeing value that reads two ways · ⚑ contradicts, labelled · ✗ contradicts, new\n\n")
	p("| fact |")
	for _, s := range r.Corpus.Sources {
		p(" %s |", s.ID)
	}
	p(" agree |\n|---|")
	for range r.Corpus.Sources {
		p(":-:|")
	}
	p("---:|\n")
	corr := r.Corroboration()
	for fi, f := range r.Sheet.Facts {
		p("| %s |", f.ID)
		for si := range r.Corpus.Sources {
			p(" %s |", symbol(r.CellAt(fi, si)))
		}
		p(" %d |\n", corr[f.ID])
	}
	p("\n")
}

func mdContradictions(b *bytes.Buffer, r *checks.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("## Contradictions\n\n")
	listed := false
	for _, c := range r.Cells {
		if c.Verdict != checks.Contradicts && len(c.Stale) == 0 {
			continue
		}
		listed = true
		fails := "fails the suite"
		if c.Fact.Warning {
			fails = "a warning"
		}
		state := "new: " + fails
		if c.Labelled() {
			state = "labelled"
		}
		if c.Verdict != checks.Contradicts {
			state = "stale label: " + fails
		}
		p("### %s in %s (%s)\n\n", c.Fact.ID, c.Source.ID, state)
		p("- claim: %s\n", c.Fact.Claim)
		p("- sheet says: %s\n", c.Fact.Canonical())
		for _, fd := range c.Findings {
			mdFinding(b, fd)
		}
		for _, l := range c.Stale {
			p("- stale label at %s says %q: remove it\n", escape.Code(l.Pos.String()), l.Says)
		}
		p("\n")
	}
	if !listed {
		p("None.\n\n")
	}
}

// mdFinding writes one value of a contradicting cell.
func mdFinding(b *bytes.Buffer, fd *checks.Finding) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	if fd.Agrees {
		p("- agrees at %s: %q (%s)\n", escape.Code(fd.Pos.String()), fd.Says, fd.Value)
		return
	}
	if fd.Diff != "" {
		p("- source quotes at %s, %s:\n", escape.Code(fd.Pos.String()), fd.Value)
		p("  - sheet: “%s”\n", quoteMD(fd.Compared))
		p("  - source: “%s”\n", quoteMD(fd.Says))
		p("  - differs (sheet → source): %s\n", quoteMD(fd.Diff))
	} else {
		p("- source says at %s: %q, read as %s\n", escape.Code(fd.Pos.String()), fd.Says, fd.Value)
	}
	if fd.How != "" {
		p("  - %s\n", fd.How)
	}
	p("  - sentence: %s\n", quoteMD(fd.Sentence))
	if fd.Label != nil {
		p("  - label %s (%s): %s\n", escape.Code(fd.Label.Label), escape.Code(fd.Label.Pos.String()), fd.Label.Note)
	}
}

func mdNotJudged(b *bytes.Buffer, r *checks.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	var unresolved []*checks.Cell
	for _, c := range r.Cells {
		if len(c.Unresolved) > 0 {
			unresolved = append(unresolved, c)
		}
	}
	if len(unresolved) == 0 {
		return
	}
	p("## Not judged\n\n")
	p("Statements found but not counted: relative dates in sources without a publication date (never guessed), hedged claims, and attributed claims where the sheet does not count them.\n\n")
	for _, c := range unresolved {
		for _, fd := range c.Unresolved {
			p("- %s in %s at %s: %q (%s)\n", c.Fact.ID, c.Source.ID, escape.Code(fd.Pos.String()), fd.Says, fd.How)
		}
	}
	p("\n")
}

func mdCorroboration(b *bytes.Buffer, r *checks.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	corr := r.Corroboration()
	p("## Corroboration\n\n")
	p("| fact | sheet says | agree | contradict | reference |\n|---|---|---:|---:|---|\n")
	for _, f := range r.Sheet.Facts {
		contra := 0
		for _, c := range r.Cells {
			if c.Fact == f && c.Verdict == checks.Contradicts {
				contra++
			}
		}
		p("| %s | %s | %d | %d | %s |\n", f.ID, escapeCell(f.Canonical()), corr[f.ID], contra, escapeCell(f.Reference))
	}
	p("\n")
}

func mdEvidence(b *bytes.Buffer, r *checks.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("## Evidence\n\n")
	p("Every value found, fact by fact.\n\n")
	for _, f := range r.Sheet.Facts {
		p("### %s\n\n%s Sheet says: %s.\n\n", f.ID, f.Claim, f.Canonical())
		found := false
		for _, c := range r.Cells {
			if c.Fact != f {
				continue
			}
			for _, fd := range c.Findings {
				found = true
				mark := "✓"
				switch {
				case fd.Unsure:
					mark = "~"
				case !fd.Agrees:
					mark = "✗"
				}
				p("- %s %s %q → %s\n", mark, escape.Code(fd.Pos.String()), fd.Says, fd.Value)
			}
			if c.Agreeing > 0 {
				found = true
				p("- ✓ %s: %s, not listed (a brief run: `--evidence all` lists them)\n", c.Source.ID, lexicon.Count(c.Agreeing, "value agrees", "values agree"))
			}
		}
		if !found {
			p("- no source states it\n")
		}
		p("\n")
	}
}

func mdSources(b *bytes.Buffer, r *checks.Result) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("## Sources\n\n")
	p("| id | file | outlet | title | published | dated by | paragraphs | sentences | normalisation |\n")
	p("|---|---|---|---|---|---|---:|---:|---|\n")
	for _, s := range r.Corpus.Sources {
		pub := "—"
		if s.HasDate() {
			pub = s.Published.String()
		}
		notes := strings.Join(s.Notes.Summary(), "; ")
		if notes == "" {
			notes = "—"
		}
		p("| %s | %s | %s | %s | %s | %s | %d | %d | %s |\n", s.ID, escape.Code(s.Path), orDash(s.Outlet), orDash(s.Title), pub,
			escapeCell(s.DatedBy), s.Notes.Paragraphs, s.Notes.Sentences, escapeCell(notes))
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return escapeCell(s)
}

// escapeCell keeps text from breaking a Markdown table row.
func escapeCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

// quoteMD writes a sentence as inline Markdown that cannot start markup.
func quoteMD(s string) string {
	return strings.NewReplacer("*", `\*`, "_", `\_`, "`", "'", "<", "&lt;", "[", `\[`).Replace(s)
}

// writeUnsure lists the unsure cells of the report for review: each value
// that disagrees but reads two ways, with why.
func writeUnsure(b *bytes.Buffer, r *checks.Result) {
	first := true
	eachUnsure(r, func(c *checks.Cell, fd *checks.Finding) {
		if first {
			b.WriteString("## Unsure: for review\n\n")
			b.WriteString("Values that disagree with the sheet but read two ways: they may belong to another fact, another event or another moment, or name someone else. Each says why. They never fail the run; read them, and sharpen the sheet if need be.\n\n")
			first = false
		}
		fmt.Fprintf(b, "- %s in %s at %s: %q read as %s (the sheet says %s); %s\n", c.Fact.ID, c.Source.ID, escape.Code(fd.Pos.String()), fd.Says, fd.Value, c.Fact.Canonical(), fd.How)
	})
	if !first {
		b.WriteString("\n")
	}
}

// describeCorpus says what the corpus is, for reports: "the 5 sources in
// `seeds/`".
func describeCorpus(c *document.Corpus) string {
	switch {
	case c.Partial():
		return lexicon.Count(len(c.Sources), "source", "sources") + fmt.Sprintf(", part of a corpus (%d more not checked, so corroboration is not judged)", c.LeftOut())
	case c.Dir == "":
		return lexicon.Count(len(c.Sources), "source", "sources")
	}
	return fmt.Sprintf("the %s in %s", lexicon.Count(len(c.Sources), "source", "sources"), escape.Code(strings.TrimSuffix(filepath.ToSlash(c.Dir), "/")+"/"))
}
