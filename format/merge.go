package format

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
)

// Merge rebuilds the result of one run over a whole corpus from the
// reports of its shards (ReadReport) and the sheet they were checked
// against, read from the same bytes: each cell as its shard judged it,
// and then what only the whole corpus tells, the counts and the
// corroboration of each fact. Every format written from the result is
// what one run over every source writes. The facts' severity and the
// kinds of problem that are warnings are the reports'. It fails when a
// report does not fit the sheet or the others: a fact that differs, a
// source in two reports, a cell of an unknown fact, source or label.
func Merge(sheet *facts.Sheet, reports []*Report) (*checks.Result, error) {
	if len(reports) == 0 {
		return nil, errors.New("merge: no report to merge")
	}
	if err := settleFacts(sheet, reports[0].Facts); err != nil {
		return nil, err
	}
	corpus, err := mergeCorpus(reports)
	if err != nil {
		return nil, err
	}
	sources := make(map[string]*document.Source, len(corpus.Sources))
	for _, s := range corpus.Sources {
		sources[s.ID] = s
	}
	var cells []*checks.Cell
	for _, rep := range reports {
		for _, rc := range rep.Cells {
			c, err := rebuildCell(sheet, sources, rc)
			if err != nil {
				return nil, err
			}
			cells = append(cells, c)
		}
	}
	var warnings []checks.ProblemKind
	if sh := reports[0].Shard; sh != nil {
		warnings = sh.Warnings
	}
	return checks.Assemble(sheet, corpus, cells, warnings)
}

// settleFacts checks that the sheet's facts are the report's and gives
// each the severity the report records, which the configuration of the
// run may have set.
func settleFacts(sheet *facts.Sheet, recorded []ReportFact) error {
	if len(sheet.Facts) != len(recorded) {
		return fmt.Errorf("%s has %d facts, but the reports were checked against %d: give the sheet they were checked against", sheet.Path, len(sheet.Facts), len(recorded))
	}
	for i, f := range sheet.Facts {
		want := recorded[i]
		got := ReportFact{ID: f.ID, Claim: f.Claim, Kind: string(f.Kind), Value: f.Value, Canonical: f.Canonical(),
			Reference: f.Reference, Severity: want.Severity, Corroboration: want.Corroboration, Pos: f.Pos}
		if got != want {
			return fmt.Errorf("%s: fact %s is not the one the reports were checked against (they have %s at %s): give the sheet they were checked against", f.Pos, f.ID, want.ID, want.Pos)
		}
	}
	// Only once every fact is the report's: a refused merge leaves the
	// sheet as it was.
	for i, f := range sheet.Facts {
		f.Warning = recorded[i].Severity == "warning"
	}
	return nil
}

// mergeCorpus rebuilds the whole corpus from the sources of every report,
// in id order as a run orders them.
func mergeCorpus(reports []*Report) (*document.Corpus, error) {
	corpus := &document.Corpus{Dir: filepath.FromSlash(reports[0].Sources)}
	seen := make(map[string]bool)
	for _, rep := range reports {
		for _, rs := range rep.Corpus {
			if seen[rs.ID] {
				return nil, fmt.Errorf("source %s is in two reports: each source must be in one shard only", rs.ID)
			}
			seen[rs.ID] = true
			src, err := document.FromRecord(document.Record{
				ID: rs.ID, Path: rs.Path, Outlet: rs.Outlet, Title: rs.Title, Published: rs.Published, DatedBy: rs.DatedBy,
				Paragraphs: rs.Paragraphs, Sentences: rs.Sentences, Normalisation: rs.Normalisation,
			})
			if err != nil {
				return nil, err
			}
			corpus.Sources = append(corpus.Sources, src)
		}
	}
	sort.Slice(corpus.Sources, func(i, j int) bool { return corpus.Sources[i].ID < corpus.Sources[j].ID })
	return corpus, nil
}

// rebuildCell rebuilds a cell of a report, its labels the sheet's own.
func rebuildCell(sheet *facts.Sheet, sources map[string]*document.Source, rc ReportCell) (*checks.Cell, error) {
	f, ok := sheet.Fact(rc.Fact)
	if !ok {
		return nil, fmt.Errorf("a cell names fact %q, which %s does not have", rc.Fact, sheet.Path)
	}
	src, ok := sources[rc.Source]
	if !ok {
		return nil, fmt.Errorf("a cell of fact %s names source %q, which no report lists in its corpus", rc.Fact, rc.Source)
	}
	switch rc.Verdict {
	case checks.Agrees, checks.Silent, checks.Contradicts, checks.Unsure:
	default:
		return nil, fmt.Errorf("the cell of fact %s in source %s has the verdict %q, which is none of agrees, silent, contradicts, unsure", rc.Fact, rc.Source, rc.Verdict)
	}
	if rc.Agreeing < 0 {
		return nil, fmt.Errorf("the cell of fact %s in source %s counts %d agreeing values: a count is never negative", rc.Fact, rc.Source, rc.Agreeing)
	}
	c := &checks.Cell{Fact: f, Source: src, Verdict: rc.Verdict, Agreeing: rc.Agreeing}
	var err error
	if c.Findings, err = rebuildFindings(f, rc.Findings); err != nil {
		return nil, err
	}
	if c.Unresolved, err = rebuildFindings(f, rc.Unresolved); err != nil {
		return nil, err
	}
	for _, rl := range rc.Stale {
		l, err := sheetLabel(f, rl)
		if err != nil {
			return nil, err
		}
		c.Stale = append(c.Stale, l)
	}
	return c, nil
}

// rebuildFindings rebuilds the findings of a cell of fact f.
func rebuildFindings(f *facts.Fact, list []ReportFinding) ([]*checks.Finding, error) {
	var out []*checks.Finding
	for _, rf := range list {
		fd := &checks.Finding{Pos: rf.Pos, Sentence: rf.Sentence, Says: rf.Says, Value: rf.Value, Agrees: rf.Agrees, Unsure: rf.Unsure,
			How: rf.How, Kind: rf.Kind, Compared: rf.Compared, Diff: rf.Diff}
		if rf.End != nil {
			fd.End = *rf.End
		}
		fd.SetColumns(rf.Column, rf.EndColumn)
		if rf.Label != nil {
			l, err := sheetLabel(f, *rf.Label)
			if err != nil {
				return nil, err
			}
			fd.Label = l
		}
		out = append(out, fd)
	}
	return out, nil
}

// sheetLabel returns the label of the sheet a report names.
func sheetLabel(f *facts.Fact, rl ReportLabel) (*facts.Label, error) {
	for _, l := range f.Labels {
		if l.Pos == rl.Pos && l.Says == rl.Says && l.Label == rl.Label && l.Note == rl.Note {
			return l, nil
		}
	}
	return nil, fmt.Errorf("%s: a report names a label of fact %s that the sheet does not have there: give the sheet the reports were checked against", rl.Pos, f.ID)
}
