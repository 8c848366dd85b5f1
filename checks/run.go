package checks

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/parallel"
	"github.com/factcheck/factcheck/internal/spell"
	"github.com/factcheck/factcheck/internal/yamldoc"
)

// Options tune Run.
type Options struct {
	// Workers is how many sources are judged at once; 0 means one per core.
	Workers int
	// Progress, when not nil, is told how many sources have been judged,
	// from the goroutine that judged the last one, one call at a time.
	Progress func(done, total int)
	// Warnings are the kinds of problem reported as warnings, failing
	// nothing, whatever the fact ("uncorroborated" for a corpus still
	// growing); a fact's own severity: warning covers all its kinds.
	Warnings []ProblemKind
	// Brief keeps of each agreeing value only the count (Cell.Agreeing),
	// as soon as its source is judged: the verdicts and every value that
	// disagrees or is unsure stay whole, and memory and reports grow with
	// the problems, not with what agrees.
	Brief bool
}

// Run checks every fact of the sheet against every source of the corpus,
// the sources in parallel, one worker per core. It fails when the sheet and
// the corpus do not fit together, such as a label naming a source that is
// not in the corpus, or when a source cannot be read.
func Run(sheet *facts.Sheet, corpus *document.Corpus) (*Result, error) {
	return RunWith(sheet, corpus, Options{})
}

// RunWith is Run with options. A source that is listed but not yet read
// (see ListCorpus) is read when its turn comes and let go once judged, so
// memory holds the sources being judged and the cells that are not silent,
// whatever the size of the corpus. The result does not depend on the
// number of workers: each source's cells go to their own slot.
func RunWith(sheet *facts.Sheet, corpus *document.Corpus, opts Options) (*Result, error) {
	if err := checkLabels(sheet, corpus); err != nil {
		return nil, err
	}
	if err := checkTerms(sheet); err != nil {
		return nil, err
	}
	ms := newMatchers(sheet.Facts)
	judged, err := judgeAll(ms, sheet, corpus, opts)
	if err != nil {
		return nil, err
	}
	byFact := make([][]*Cell, len(ms))
	for si, cells := range judged {
		for _, c := range cells {
			c.sourceIndex = si
			byFact[c.factIndex] = append(byFact[c.factIndex], c)
		}
	}
	r := &Result{Sheet: sheet, Corpus: corpus, byFact: byFact}
	for _, k := range opts.Warnings {
		if r.warn == nil {
			r.warn = make(map[ProblemKind]bool)
		}
		r.warn[k] = true
	}
	for _, cells := range byFact {
		r.Cells = append(r.Cells, cells...)
	}
	return r, nil
}

// judgeAll judges every source of the corpus on opts.Workers goroutines
// and returns, source by source, the cells not plainly silent; or the
// errors of the sources that could not be read.
func judgeAll(ms []*matcher, sheet *facts.Sheet, corpus *document.Corpus, opts Options) ([][]*Cell, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ix, qi := newTermIndex(ms), newQuoteIndex(ms)
	labelled := labelledFacts(sheet)
	scratches := sync.Pool{New: func() any { return newScratch(len(ms)) }}
	n := len(corpus.Sources)
	judged := make([][]*Cell, n)
	failed := make([]*yamldoc.Error, n)
	var progress sync.Mutex
	done := 0
	parallel.For(n, workers, func(si int) {
		src := corpus.Sources[si]
		if err := corpus.Use(src, func() {
			rd := newReading(src)
			sc := scratches.Get().(*scratch)
			judged[si] = judge(ms, ix, qi, rd, labelled[src.ID], sc)
			sc.reset()
			scratches.Put(sc)
			charColumns(rd, judged[si])
			if opts.Brief {
				brief(judged[si])
			}
		}); err != nil {
			failed[si] = err
		}
		if opts.Progress != nil {
			progress.Lock()
			done++
			opts.Progress(done, n)
			progress.Unlock()
		}
	})
	var errs yamldoc.Errors
	for _, err := range failed {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return judged, nil
}

// brief drops the agreeing values of agreeing cells, counting them in
// Agreeing, but for a cell with a stale label, whose message quotes what
// the source now says. A contradicting cell keeps them: they show that the
// source states the sheet's value too.
func brief(cells []*Cell) {
	for _, c := range cells {
		if c.Verdict != Agrees || len(c.Stale) > 0 {
			continue
		}
		kept := c.Findings[:0]
		for _, fd := range c.Findings {
			if fd.Agrees && !fd.Unsure {
				c.Agreeing++
				continue
			}
			kept = append(kept, fd)
		}
		c.Findings = kept
		if len(kept) == 0 {
			c.Findings = nil
		}
	}
}

// charColumns works out the code-point column of every contradiction's
// position, while the source's text is at hand: SARIF and GitHub report
// only contradictions.
func charColumns(src *reading, cells []*Cell) {
	for _, c := range cells {
		for _, fd := range c.Findings {
			if fd.Agrees || fd.Pos.Line < 1 {
				continue
			}
			fd.char = src.CodePointColumn(fd.Pos)
			if fd.End.Line >= 1 {
				fd.endChar = src.CodePointColumn(fd.End)
			}
		}
	}
}

// labelledFacts returns, for each source id, the indexes of the facts with a
// label for it: those cells are judged even where no term locates the fact,
// so that a label gone stale is found.
func labelledFacts(sheet *facts.Sheet) map[string]map[int]bool {
	out := make(map[string]map[int]bool)
	for fi, f := range sheet.Facts {
		for _, l := range f.Labels {
			if out[l.Source] == nil {
				out[l.Source] = make(map[int]bool)
			}
			out[l.Source][fi] = true
		}
	}
	return out
}

// judge judges every fact in one source and returns the cells that are not
// plainly silent, in fact order. A fact that no term locates, or a quote
// that no passage shares enough words with, is silent without further
// work unless it has a label for the source.
func judge(ms []*matcher, ix *termIndex, qi *quoteIndex, src *reading, labelled map[int]bool, sc *scratch) []*Cell {
	located, marks := locateAll(ms, ix, src, sc)
	passages := qi.candidates(src, sc)
	peers := peersBySentence(ms, located, marks, len(src.Sentences))
	var out []*Cell
	for fi, m := range ms {
		_, quote := m.kind.(passageKind)
		if !labelled[fi] && (quote && len(passages[fi]) == 0 || !quote && located[fi] == nil) {
			continue
		}
		c := m.check(src, located[fi], marks[fi], peers, passages[fi])
		if !c.plainlySilent() {
			c.factIndex = fi
			out = append(out, c)
		}
	}
	return out
}

// A peer is a date, time, number or version fact whose terms stand in a
// sentence: its first-group terms there, and whether it locates the
// sentence. A value belongs to the fact whose first-group terms it stands
// nearest: in "the police systems were hit on Friday, days after it cut
// ties over the attack in July", Friday is the day of the police attack
// and July the month of the earlier one, neither the day of the cut.
type peer struct {
	*matcher
	first   []span
	located bool
}

// peersBySentence lists, for each sentence, the date and number facts whose
// first-group terms stand in it or that locate it, in sheet order: they
// compete for its values.
func peersBySentence(ms []*matcher, located, marks [][][]span, sentences int) [][]peer {
	var out [][]peer
	for fi, m := range ms {
		if m.value == nil || located[fi] == nil && marks[fi] == nil {
			continue // no terms in this source
		}
		for si := 0; si < sentences; si++ {
			p := peer{matcher: m, located: located[fi] != nil && located[fi][si] != nil}
			if marks[fi] != nil {
				p.first = marks[fi][si]
			}
			if !p.located && len(p.first) == 0 {
				continue
			}
			if out == nil {
				out = make([][]peer, sentences)
			}
			out[si] = append(out[si], p)
		}
	}
	return out
}

// checkTerms refuses terms that fold to nothing ("***", "...", a
// combining mark alone): they would never match, and the fact would be
// silent without a word.
func checkTerms(sheet *facts.Sheet) error {
	var errs yamldoc.Errors
	for _, f := range sheet.Facts {
		lists := map[string][]string{
			"about": f.Terms(), "unless": f.Unless, "supports": f.Statement.Supports, "refutes": f.Statement.Refutes,
			"aliases": f.Name.Aliases, "not": f.Name.Not, "speaker": f.Quote.Speakers,
		}
		for _, key := range []string{"about", "unless", "supports", "refutes", "aliases", "not", "speaker"} {
			for _, t := range lists[key] {
				if compileTerm(t).joined == "" {
					errs = append(errs, &yamldoc.Error{Pos: f.Pos, Msg: fmt.Sprintf("fact %s: the %s term %q has no letters or digits, so it would never match: remove it or write words", f.ID, key, t)})
				}
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// checkLabels refuses labels that name sources the corpus does not have.
func checkLabels(sheet *facts.Sheet, corpus *document.Corpus) error {
	var errs yamldoc.Errors
	ids := corpus.IDs()
	known := make(map[string]bool, len(ids))
	for _, id := range ids {
		known[id] = true
	}
	for _, id := range corpus.LeftOutIDs() {
		known[id] = true
	}
	for _, f := range sheet.Facts {
		for _, l := range f.Labels {
			if known[l.Source] {
				continue
			}
			hint := ""
			// A suggestion costs a pass over every id: the first few errors
			// get one, a sheet pointed at the wrong corpus does not take
			// minutes to say so.
			if len(errs) < maxSuggestions {
				if s := spell.Suggest(l.Source, ids); s != "" {
					hint = " (did you mean \"" + s + "\"?)"
				}
			}
			where := "among the sources"
			if corpus.Listed {
				where = "in " + metaPath(corpus)
			}
			errs = append(errs, &yamldoc.Error{Pos: l.Pos, Msg: "fact " + f.ID + ": the label names source \"" + l.Source + "\", which is not " + where + hint + ": correct its source:, remove the label, or check that source too; known sources: " + listSome(ids)})
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// maxSuggestions is how many unknown names get a "did you mean".
const maxSuggestions = 20

// maxNamed is how many known names an error lists.
const maxNamed = 10

// listSome lists the first names, and how many more there are.
func listSome(names []string) string {
	if len(names) <= maxNamed {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s (and %d more)", strings.Join(names[:maxNamed], ", "), len(names)-maxNamed)
}

func metaPath(c *document.Corpus) string {
	return strings.TrimSuffix(strings.ReplaceAll(c.Dir, "\\", "/"), "/") + "/" + document.MetaFile
}
