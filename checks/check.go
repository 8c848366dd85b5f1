// Package checks judges every (fact, source) pair of a fact sheet and a
// corpus: each cell agrees, is silent or contradicts, with evidence that
// points into the original files. It also reads the sources, normalising
// them for matching, and writes the consistency report.
package checks

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/parallel"
	"github.com/factcheck/factcheck/internal/spell"
	"github.com/factcheck/factcheck/internal/yamldoc"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A Verdict is the judgement of one cell.
type Verdict string

// The verdicts.
const (
	Agrees      Verdict = "agrees"      // the source states a value compatible with the sheet
	Silent      Verdict = "silent"      // the source states no value for the fact
	Contradicts Verdict = "contradicts" // the source states a value the sheet does not allow
	Unsure      Verdict = "unsure"      // the source states a value the sheet does not allow, but it may be another fact's
)

// A Finding is one value a source states for a fact, with its evidence.
type Finding struct {
	Pos      facts.Pos // where the value stands in the original file
	Sentence string    // the sentence, as the source writes it
	Says     string    // the words that state the value
	Value    string    // the value read from them: "2022-09-07", "3,000", "Jon Smyth"
	Agrees   bool
	How      string // how the value was read, when it is not plain: a resolved relative date
	Diff     string // for a reworded quote, what differs: "designer" → "originator"
	Compared string // for a quote, the rendering of the sheet it was compared with
	Kind     string // for a contradiction, the kind of disagreement: "spelling", "different-date", ...
	// Unsure marks a disagreeing value that may not be the fact's: another
	// fact's terms stand as near it. It is shown for review and never
	// fails the run.
	Unsure bool
	Label  *facts.Label // the label that documents this contradiction, if any
	// End is where the words end in the original file: the position just
	// after them.
	End     facts.Pos
	char    int // Pos.Col counted in code points, as SARIF counts; 0 if not known
	endChar int // End.Col counted in code points; 0 if not known
	// sentStart is where its sentence starts in the file.
	sentStart int
}

// Column is the finding's column in code points, as editors and SARIF
// count, where it is known, else in bytes.
func (fd *Finding) Column() int {
	if fd.char > 0 {
		return fd.char
	}
	return fd.Pos.Col
}

// EndColumn is Column for the end of the finding's words.
func (fd *Finding) EndColumn() int {
	if fd.endChar > 0 {
		return fd.endChar
	}
	return fd.End.Col
}

// A Cell is the judgement of one fact in one source.
type Cell struct {
	Fact     *facts.Fact
	Source   *document.Source
	Verdict  Verdict
	Findings []*Finding // every value found, in text order
	// Unresolved are statements that could not be placed, such as a
	// relative date in a source with no publication date. They are
	// reported, never guessed.
	Unresolved  []*Finding
	Stale       []*facts.Label // labels for this cell that no contradiction matched
	factIndex   int            // the fact's index in the sheet
	sourceIndex int            // the source's index in the corpus
}

// Labelled reports whether the cell contradicts the sheet only in ways its
// labels document.
func (c *Cell) Labelled() bool {
	if c.Verdict != Contradicts {
		return false
	}
	for _, f := range c.Findings {
		if !f.Agrees && f.Label == nil {
			return false
		}
	}
	return true
}

// A Result is the judgement of every cell of a sheet and a corpus.
type Result struct {
	Sheet  *facts.Sheet
	Corpus *document.Corpus
	// Cells are the cells that are not plainly silent: those that agree or
	// contradict, and silent ones with unresolved statements or stale
	// labels. Every other cell is silent and is not stored, so that a
	// large corpus costs memory only for what it says. Fact by fact in
	// sheet order, then source by source in id order.
	Cells  []*Cell
	byFact [][]*Cell // the cells of Cells, fact by fact, by source index
	// warn are the kinds of problem that are warnings in this run
	// (Options.Warnings).
	warn map[ProblemKind]bool
}

// Cell returns the cell of a fact and a source; ok is false when the sheet
// has no such fact or the corpus no such source.
func (r *Result) Cell(factID, sourceID string) (c *Cell, ok bool) {
	fi, si := -1, -1
	for i, f := range r.Sheet.Facts {
		if f.ID == factID {
			fi = i
		}
	}
	for i, s := range r.Corpus.Sources {
		if s.ID == sourceID {
			si = i
		}
	}
	if fi < 0 || si < 0 {
		return nil, false
	}
	return r.CellAt(fi, si), true
}

// cellsOf returns the stored cells of a fact, source by source.
func (r *Result) cellsOf(f *facts.Fact) []*Cell {
	for fi, g := range r.Sheet.Facts {
		if g == f {
			return r.byFact[fi]
		}
	}
	return nil
}

// CellAt returns the cell of the fi-th fact and the si-th source: the one
// stored, or a silent one.
func (r *Result) CellAt(fi, si int) *Cell {
	if fi < len(r.byFact) {
		cells := r.byFact[fi]
		if k := sort.Search(len(cells), func(k int) bool { return cells[k].sourceIndex >= si }); k < len(cells) && cells[k].sourceIndex == si {
			return cells[k]
		}
	}
	return &Cell{Fact: r.Sheet.Facts[fi], Source: r.Corpus.Sources[si], Verdict: Silent}
}

// plainlySilent reports whether a cell says nothing worth storing.
func (c *Cell) plainlySilent() bool {
	return c.Verdict == Silent && len(c.Unresolved) == 0 && len(c.Stale) == 0
}

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
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ms := newMatchers(sheet.Facts)
	ix, qi := newTermIndex(ms), newQuoteIndex(ms)
	labelled := labelledFacts(sheet)
	scratches := sync.Pool{New: func() any { return newScratch(len(ms)) }}
	n := len(corpus.Sources)
	judged := make([][]*Cell, n) // source by source, the cells not plainly silent
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
		quote := m.fact.Kind == facts.KindQuote
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
		if m.kind == nil || located[fi] == nil && marks[fi] == nil {
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

// A matcher checks one fact against sources.
type matcher struct {
	fact   *facts.Fact
	loc    locator
	names  nameMatcher
	quote  quoteMatcher
	claims statementMatcher
	units  unitSpec
	kind   valueKind // for a fact of a value kind (date, time, number, version), or nil
	// rivalQuotes are the sheet's other quote facts, for a quote fact: a
	// passage closer to one of them is that one's, not a rewording of this.
	rivalQuotes []*matcher
	// trace, when set, is told every decision, for explain.
	trace func(format string, args ...any)
}

// tracef tells the trace, if there is one, about a decision.
func (m *matcher) tracef(format string, args ...any) {
	if m.trace != nil {
		m.trace(format, args...)
	}
}

// newMatchers makes the matchers of a sheet's facts, each quote fact
// knowing the others.
func newMatchers(fs []*facts.Fact) []*matcher {
	ms := make([]*matcher, len(fs))
	var quotes []*matcher
	for i, f := range fs {
		ms[i] = newMatcher(f)
		if f.Kind == facts.KindQuote {
			quotes = append(quotes, ms[i])
		}
	}
	for _, m := range quotes {
		for _, r := range quotes {
			if r != m {
				m.rivalQuotes = append(m.rivalQuotes, r)
			}
		}
	}
	return ms
}

func newMatcher(f *facts.Fact) *matcher {
	m := &matcher{fact: f, loc: newLocator(f.About, f.Unless), units: newUnitSpec(f.Unit, unitLexicon), kind: valueKinds[f.Kind]}
	switch f.Kind {
	case facts.KindName:
		m.names = newNameMatcher(f.Name)
	case facts.KindQuote:
		m.quote = newQuoteMatcher(f.Quote)
	case facts.KindStatement:
		m.claims = newStatementMatcher(f.Statement)
	}
	return m
}

// check judges the fact in one source, given its anchors, the matches of
// its first about group and those of its rivals, sentence by sentence, and
// for a quote the passages to judge.
func (m *matcher) check(src *reading, anchors, firsts [][]span, peers [][]peer, passages []int32) *Cell {
	c := &Cell{Fact: m.fact, Source: src.Source}
	if m.fact.Kind == facts.KindQuote {
		m.quotes(c, src, passages)
	}
	for k := range src.sents {
		sent := &src.sents[k]
		if len(anchors) > 0 && anchors[k] != nil && m.fact.Kind != facts.KindQuote {
			var first []span
			if firsts != nil {
				first = firsts[k]
			}
			if m.trace != nil {
				var terms []string
				for _, a := range anchors[k] {
					if q := strconvQuote(says(src, sent, a)); !containsString(terms, q) {
						terms = append(terms, q)
					}
				}
				m.tracef("%s: about the fact (terms %s): %s", src.Pos(sent.Start), strings.Join(terms, ", "), sent.Text())
			}
			var here []peer
			if peers != nil {
				here = peers[k]
			}
			m.values(c, src, sent, anchors[k], first, here)
		}
	}
	if m.fact.Kind != facts.KindQuote {
		m.settleWithinSentences(c)
	}
	c.Verdict = verdictOf(c.Findings)
	m.applyLabels(c)
	return c
}

// verdictOf judges a cell by its findings: a sure disagreement
// contradicts; otherwise an agreement agrees; otherwise a disagreement
// that may be another fact's is unsure.
func verdictOf(fds []*Finding) Verdict {
	v := Silent
	for _, f := range fds {
		switch {
		case !f.Agrees && !f.Unsure:
			return Contradicts
		case f.Agrees:
			v = Agrees
		case v == Silent:
			v = Unsure
		}
	}
	return v
}

// settleWithinSentences moves to Unresolved every disagreeing value of a
// sentence that also states a value the sheet allows: "first rated 3.7,
// then 9.0", "the new model's two displays, against the old one's single
// display". The sentence gives the sheet's value; the other is taken as
// about something else (a former value, a comparison), not as a
// contradiction, and is shown for review.
func (m *matcher) settleWithinSentences(c *Cell) {
	agreeing := make(map[int]bool)
	for _, fd := range c.Findings {
		if fd.Agrees {
			agreeing[sentenceKey(fd)] = true
		}
	}
	if len(agreeing) == 0 || len(agreeing) == len(c.Findings) {
		return
	}
	kept := c.Findings[:0]
	for _, fd := range c.Findings {
		if !fd.Agrees && agreeing[sentenceKey(fd)] {
			m.tracef("    %q disagrees, but its sentence also states the sheet's value: taken as about something else, not judged", fd.Says)
			fd.How = joinHow(fd.How, "read as "+fd.Value+", but the same sentence states the sheet's value: taken as about something else, not judged")
			c.Unresolved = append(c.Unresolved, fd)
			continue
		}
		kept = append(kept, fd)
	}
	c.Findings = kept
}

// sentenceKey identifies a finding's sentence: where it starts in the file.
func sentenceKey(fd *Finding) int { return fd.sentStart }

func joinHow(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// candidate is a value in a sentence with its distance to the fact's terms.
type candidate struct {
	span      // the words quoted as evidence
	at   span // the value itself, which distances are measured from
	dist int
	i    int    // index into the sentence's mentions of its kind
	tie  string // a rival fact whose first terms stand as near: two readings
	// names is the fact's term that a date modifies ("the March 9 fire"):
	// the date may say which fire is meant rather than when it was.
	names string
	// readings are a number's values in the fact's unit.
	readings readings
}

// says returns the words of a span of a sentence as the source writes them.
func says(src *reading, sent *sentence, sp span) string {
	start, end := src.SpanOf(sent.folded().norm, sent.folded().tokens[sp.start].Start, sent.folded().tokens[sp.end-1].End)
	return text.CollapseSpace(src.Original(start, end))
}

func strconvQuote(s string) string { return fmt.Sprintf("%q", s) }

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// closest keeps the candidates within the fact's window that stand nearest
// to its terms: the value a sentence gives for a fact is the one closest to
// the words that name it.
// A candidate within the window that holds the sheet's value (holds, when
// given) is taken too, so that a sentence that states the sheet's value
// beside another is seen to (see settleWithinSentences).
func (m *matcher) closest(src *reading, sent *sentence, cands []candidate, holds func(candidate) bool) []candidate {
	best := -1
	for _, c := range cands {
		if c.dist <= m.fact.Within && (best < 0 || c.dist < best) {
			best = c.dist
		}
	}
	var out []candidate
	for _, c := range cands {
		switch {
		case c.dist == best:
			out = append(out, c)
			m.tracef("    %q, %s from the nearest term: taken", says(src, sent, c.span), lexicon.Count(c.dist, "word", "words"))
		case c.dist <= m.fact.Within && holds != nil && holds(c):
			out = append(out, c)
			m.tracef("    %q, %s from the nearest term, states the sheet's value: taken too", says(src, sent, c.span), lexicon.Count(c.dist, "word", "words"))
		case c.dist > m.fact.Within:
			m.tracef("    %q, %s from the nearest term: beyond within (%d), ignored", says(src, sent, c.span), lexicon.Count(c.dist, "word", "words"), m.fact.Within)
		default:
			m.tracef("    %q, %d words from the nearest term: a nearer value is taken", says(src, sent, c.span), c.dist)
		}
	}
	return out
}

// values records the values a located sentence gives for the fact. A value
// standing nearer the first-group terms of a rival fact than to the fact's
// own first-group terms is the rival's: the first group names the thing
// itself, later groups (a company, a country) are shared by many facts. In
// "The company on Monday recalled the model, blaming a defect found in
// March", Monday is the recall's, though it stands next to "company", a
// term of the defect too.
func (m *matcher) values(c *Cell, src *reading, sent *sentence, spans, firstSpans []span, peers []peer) {
	switch m.fact.Kind {
	case facts.KindStatement:
		m.stances(c, src, sent)
		return
	case facts.KindName:
		m.nameValues(c, src, sent, spans)
		return
	}
	cands := m.kind.candidates(m, src, sent, spans, newAnchorSet(spans))
	taken, ok := m.respectively(sent, cands, firstSpans, peers)
	if !ok {
		own := m.ownCandidates(src, sent, cands, firstSpans, peers)
		holds := func(cd candidate) bool { return m.kind.holds(m.fact, src, sent, cd) }
		taken = m.closest(src, sent, own, holds)
	} else if len(taken) > 0 {
		m.tracef("    \"respectively\": the values go to the facts in the order of their terms; this fact's is %q", says(src, sent, taken[0].span))
	}
	for _, cd := range taken {
		fd := m.finding(src, sent, cd.span)
		if !m.kind.judge(m.fact, src, sent, cd, fd) {
			c.Unresolved = append(c.Unresolved, fd)
			continue
		}
		c.Findings = append(c.Findings, markTie(fd, cd))
	}
}

// nameValues records the names a located sentence gives for a name fact:
// the mention nearest the fact's terms, and any accepted spelling within
// the window.
func (m *matcher) nameValues(c *Cell, src *reading, sent *sentence, spans []span) {
	mentions := m.names.find(src, sent)
	// "Meta, not the prime minister", "former prime minister Berisha": a
	// term so qualified names no holder of the post.
	held := unqualified(sent, spans)
	if len(held) == 0 {
		m.tracef("    every term is qualified by not, former or ex-: no name here is the fact's")
		return
	}
	holders := newAnchorSet(held)
	var cands []candidate
	for i, n := range mentions {
		cands = append(cands, candidate{span: n.span, at: n.span, dist: sent.nearest(n.span, holders), i: i})
	}
	for _, cd := range m.closest(src, sent, cands, func(cd candidate) bool { return mentions[cd.i].role == nameAccepted }) {
		n := mentions[cd.i]
		fd := m.finding(src, sent, cd.span)
		fd.Value = fd.Says
		switch n.role {
		case nameAccepted:
			fd.Agrees = true
		case nameOther:
			fd.Kind, fd.How = "different-name", "the sheet says not to confuse "+m.fact.Name.Canonical+" with this name"
		case nameNearMiss:
			fd.Kind, fd.How = "spelling", "a spelling close to "+n.close+" that the sheet does not accept"
			if n.twoOff {
				fd.Unsure = true // two letters off: a misspelling, or another person
				fd.How += "; unsure: two letters off, it may name another person"
			}
		}
		c.Findings = append(c.Findings, fd)
	}
}

// markTie marks a disagreeing finding unsure when another fact's first
// terms stand as near its value as this fact's: the value may be either's.
func markTie(fd *Finding, cd candidate) *Finding {
	switch {
	case fd.Agrees:
	case cd.tie != "":
		fd.Unsure = true
		fd.How = joinHow(fd.How, "unsure: the terms of "+cd.tie+" stand as near, so it may be that fact's value")
	case cd.names != "":
		fd.Unsure = true
		fd.How = joinHow(fd.How, "unsure: the date stands before \""+cd.names+"\" beside a word of another instance, and may say which one is meant rather than when the fact's was")
	}
	return fd
}

// otherInstance are words that speak of another instance of a thing ("a
// second fire", "the renewed strike"): beside them, a date before the
// thing may say which one is meant.
var otherInstance = lexicon.Set("other-instance")

// hasAny reports whether the sentence holds one of the words.
func (sent *sentence) hasAny(words map[string]bool) bool {
	for _, t := range sent.folded().tokens {
		if words[t.Text] {
			return true
		}
	}
	return false
}

// inSpans reports whether token i lies in one of the spans.
func inSpans(i int, spans []span) bool {
	for _, sp := range spans {
		if i >= sp.start && i < sp.end {
			return true
		}
	}
	return false
}

// closerQuote returns the rival quote fact that reads a reworded passage
// as verbatim or as more alike than this fact does, or nil.
func (m *matcher) closerQuote(p *passage, cmp comparison) *matcher {
	if cmp.verbatim() {
		return nil
	}
	for _, r := range m.rivalQuotes {
		if rc, _, ok := r.quote.judge(p); ok && (rc.verbatim() || rc.similarity > cmp.similarity) {
			return r
		}
	}
	return nil
}

// respectively pairs values with facts in "the 128 GB and 256 GB models cost
// $499 and $649, respectively": when the sentence says "respectively", the
// facts whose first-group terms stand before the values are as many as the
// values between the last of those terms and "respectively", and each fact
// has one such term, the k-th value is the k-th fact's. It returns this
// fact's value.
func (m *matcher) respectively(sent *sentence, cands []candidate, firstSpans []span, peers []peer) ([]candidate, bool) {
	toks := sent.folded().tokens
	resp := -1
	for i, t := range toks {
		if t.Text == "respectively" {
			resp = i
		}
	}
	if resp < 0 || len(firstSpans) != 1 {
		return nil, false
	}
	type named struct {
		at   int
		self bool
	}
	terms := []named{{firstSpans[0].start, true}}
	last := firstSpans[0].end
	for _, p := range peers {
		if p.matcher == m || p.fact.Kind != m.fact.Kind || p.fact.Unit != m.fact.Unit || len(p.first) == 0 || p.first[0].start > resp {
			continue
		}
		if len(p.first) != 1 {
			return nil, false
		}
		terms = append(terms, named{p.first[0].start, false})
		last = max(last, p.first[0].end)
	}
	var vals []candidate
	for _, cd := range cands {
		if cd.at.start >= last && cd.at.end <= resp {
			vals = append(vals, cd)
		}
	}
	if len(terms) < 2 {
		return nil, false
	}
	for a := range terms {
		for b := a + 1; b < len(terms); b++ {
			if terms[a].at == terms[b].at {
				return nil, false // two facts on one term: no order to pair by
			}
		}
	}
	if len(vals) != len(terms) {
		m.tracef("    \"respectively\" pairs %d values with %d facts: the pairing is unclear, nothing is read", len(vals), len(terms))
		return []candidate{}, true
	}
	sort.Slice(terms, func(a, b int) bool { return terms[a].at < terms[b].at })
	sort.Slice(vals, func(a, b int) bool { return vals[a].at.start < vals[b].at.start })
	for k, t := range terms {
		if t.self {
			return vals[k : k+1], true
		}
	}
	return nil, false
}

// ownCandidates keeps the candidates that are this fact's and not a
// rival's. A value standing nearer the first-group terms of a rival fact
// than to this fact's own is the rival's, when the rival can read it (a
// number in its unit) and does not already have its own value in the
// sentence; a value the sheet holds for a fact that locates the sentence
// is that fact's (charitable).
func (m *matcher) ownCandidates(src *reading, sent *sentence, cands []candidate, firstSpans []span, peers []peer) []candidate {
	var rivals []peer
	for _, p := range peers {
		if p.matcher != m && p.fact.Kind == m.fact.Kind && len(p.first) > 0 && !p.satisfied(src, sent, cands, m) {
			rivals = append(rivals, p)
		}
	}
	first := newAnchorSet(firstSpans)
	sets := make([]anchorSet, len(rivals))
	for k, p := range rivals {
		sets[k] = newAnchorSet(p.first)
	}
	var own []candidate
	for _, cd := range cands {
		// A sentence that continues the one before has no first-group
		// terms of its own: then the nearest term of any group counts.
		mine := cd.dist
		if d := sent.nearest(cd.at, first); d >= 0 {
			mine = d
		}
		if p := m.charitable(src, sent, cd, peers); p != nil {
			m.tracef("    %q is the value the sheet holds for %s, whose terms are here: that fact's, not a contradiction of this one", says(src, sent, cd.span), p.fact.ID)
			continue
		}
		r, rival := nearestRival(sent, cd, rivals, sets)
		if r >= 0 && r < mine {
			m.tracef("    %q stands nearer the first terms of %s (%d words) than this fact's (%d): not this fact's", says(src, sent, cd.span), rival.fact.ID, r, mine)
			continue
		}
		if r == mine && cd.dist >= r && rival.located {
			cd.tie = rival.fact.ID // as near, and the sentence is about both
		}
		own = append(own, cd)
	}
	return own
}

// nearestRival returns the distance from a candidate to the nearest
// first-group term of a rival that can read it, and that rival (a located
// one first among those as near); -1 when there is none.
func nearestRival(sent *sentence, cd candidate, rivals []peer, sets []anchorSet) (int, peer) {
	best, id := -1, peer{}
	for k, p := range rivals {
		if !p.kind.canRead(p.matcher, sent, cd) {
			continue
		}
		if d := sent.nearest(cd.at, sets[k]); d >= 0 && (best < 0 || d < best || d == best && p.located && !id.located) {
			best, id = d, p
		}
	}
	return best, id
}

// satisfied reports whether a located peer's own canonical value is among
// the candidates (read for fact m, so numbers in m's unit): such a fact
// has its value in the sentence and competes for no other.
func (p peer) satisfied(src *reading, sent *sentence, cands []candidate, m *matcher) bool {
	if !p.located || p.fact.Unit != m.fact.Unit {
		return false
	}
	for _, cd := range cands {
		if m.kind.holds(p.fact, src, sent, cd) {
			return true
		}
	}
	return false
}

// charitable returns the other fact that a candidate value belongs to: a
// value this fact does not hold but another fact that locates the sentence
// does ("120 of its 9,000 members" for the 120 affected, when the sheet
// holds 9,000 as the membership). Otherwise nil.
func (m *matcher) charitable(src *reading, sent *sentence, cd candidate, peers []peer) *matcher {
	if len(peers) < 2 || m.kind.holds(m.fact, src, sent, cd) {
		return nil
	}
	for _, p := range peers {
		if p.located && p.matcher != m && p.fact.Kind == m.fact.Kind && p.fact.Unit == m.fact.Unit && m.kind.holds(p.fact, src, sent, cd) {
			return p.matcher
		}
	}
	return nil
}

// notHolder are the words that, just before a term, say that whoever it
// names does not hold the post now: "not the prime minister", "former
// minister", "ex-minister", "no longer chairman".
var notHolder = lexicon.Set("not-holder")

// unqualified returns the term matches of a sentence that no notHolder
// word stands just before (an article may come between: "not the").
func unqualified(sent *sentence, spans []span) []span {
	toks := sent.folded().tokens
	var out []span
	for _, sp := range spans {
		i := sp.start - 1
		if i >= 0 && (toks[i].Text == "the" || toks[i].Text == "a") {
			i--
		}
		if i >= 0 && notHolder[toks[i].Text] {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// quotes records the passages of a source that render the quote: those
// attributed to its speaker that are verbatim (agree) or reworded
// (contradict). A passage of the speaker about something else is not this
// fact.
func (m *matcher) quotes(c *Cell, src *reading, passages []int32) {
	type attribution struct {
		ok  bool
		how string
	}
	// Attribution depends only on the sentences a passage spans.
	seen := make(map[[2]int]attribution)
	for _, pi := range passages {
		p := &src.quotes[pi]
		quoted := func() string { return strings.Join(strings.Fields(src.Original(p.Start, p.End)), " ") }
		at, done := seen[[2]int{p.First, p.Last}]
		if !done {
			at.ok, at.how = m.quote.who.attributed(src, p)
			seen[[2]int{p.First, p.Last}] = at
		}
		ok, how := at.ok, at.how
		if !ok {
			if m.trace != nil {
				m.tracef("%s: quote not attributed to the speaker: %q", src.Pos(p.Start), quoted())
			}
			continue
		}
		cmp, rendering, ok := m.quote.judge(p)
		if !ok {
			if m.trace != nil {
				m.tracef("%s: quote of the speaker (%s), about something else: %q", src.Pos(p.Start), how, quoted())
			}
			continue
		}
		if m.trace != nil {
			m.tracef("%s: quote of the speaker (%s): similarity %.2f, %d words shared: %q", src.Pos(p.Start), how, cmp.similarity, cmp.shared, quoted())
		}
		if r := m.closerQuote(p, cmp); r != nil {
			m.tracef("  it is closer to the quote of fact %s: that fact's, not a rewording of this one", r.fact.ID)
			continue
		}
		var sentences []string
		for k := p.First; k <= p.Last; k++ {
			sentences = append(sentences, src.sents[k].Text())
		}
		sentence := strings.Join(sentences, " ")
		if len(sentence) > maxEvidence {
			sentence = src.around(p.Start, p.End)
		}
		fd := &Finding{
			Pos:      src.Pos(p.Start),
			End:      src.Pos(p.End),
			Sentence: sentence,
			Says:     text.CollapseSpace(src.Original(p.Start, p.End)),
			How:      how,
			Compared: m.fact.Quote.Text,
		}
		if rendering > 0 {
			fd.Compared = m.fact.Quote.Accepted[rendering-1]
		}
		if cmp.verbatim() {
			fd.Value, fd.Agrees = "verbatim", true
			if rendering > 0 {
				fd.Value = "verbatim (an accepted rendering)"
			}
		} else {
			fd.Value = fmt.Sprintf("reworded (similarity %.2f)", cmp.similarity)
			fd.Kind, fd.Diff = "wording", cmp.describe()
		}
		c.Findings = append(c.Findings, fd)
	}
}

// stances records how a located sentence stands to the statement.
func (m *matcher) stances(c *Cell, src *reading, sent *sentence) {
	st := m.fact.Statement
	for _, sm := range m.claims.find(sent) {
		fd := m.finding(src, sent, sm.span)
		fd.Value = stanceNames[sm.stance]
		switch sm.stance {
		case reports:
			if !st.Attributed {
				fd.How = fmt.Sprintf("attributed to someone (%q); the sheet does not count attributed claims (attributed: ignored)", sm.cue)
				c.Unresolved = append(c.Unresolved, fd)
				continue
			}
			fd.How = fmt.Sprintf("attributed to someone (%q), which the sheet counts", sm.cue)
			fd.Agrees = st.Holds
		case hedged:
			fd.How = fmt.Sprintf("hedged (%q): not counted", sm.cue)
			c.Unresolved = append(c.Unresolved, fd)
			continue
		case doubtful:
			fd.How = fmt.Sprintf("a refuting phrase under a negation or a hedge (%q): too uncertain, not counted", sm.cue)
			c.Unresolved = append(c.Unresolved, fd)
			continue
		case denies:
			if sm.cue != "" {
				fd.How = fmt.Sprintf("a supporting phrase under a negation (%q)", sm.cue)
			}
			fd.Agrees = !st.Holds
		default:
			fd.Agrees = st.Holds
		}
		fd.Kind = "contrary"
		c.Findings = append(c.Findings, fd)
	}
}

// maxEvidence is the longest sentence quoted whole as evidence; of a
// longer one, evidence quotes the words around the value.
const maxEvidence = 600

// excerptWords is how many words on each side of the value an excerpt
// keeps.
const excerptWords = 30

// finding builds the evidence of a value at a span of a sentence.
func (m *matcher) finding(src *reading, sent *sentence, sp span) *Finding {
	start, end := src.SpanOf(sent.folded().norm, sent.folded().tokens[sp.start].Start, sent.folded().tokens[sp.end-1].End)
	return &Finding{Pos: src.Pos(start), End: src.Pos(end), Sentence: excerpt(src, sent, sp), Says: says(src, sent, sp), sentStart: sent.Start}
}

// around returns the original text from start to end with some context on
// each side, marked with ellipses where it is cut, white space collapsed.
func (s *reading) around(start, end int) string {
	const context = 120
	from, to := max(0, start-context), min(len(s.Raw()), end+context)
	for from > 0 && !utf8.RuneStart(s.Raw()[from]) {
		from--
	}
	for to < len(s.Raw()) && !utf8.RuneStart(s.Raw()[to]) {
		to++
	}
	text := text.CollapseSpace(s.Raw()[from:to])
	if from > 0 {
		text = "…" + text
	}
	if to < len(s.Raw()) {
		text += "…"
	}
	return text
}

// excerpt returns the sentence as evidence: whole, or for a long one the
// words around sp, marked with ellipses.
func excerpt(src *reading, sent *sentence, sp span) string {
	if len(sent.Text()) <= maxEvidence {
		return sent.Text()
	}
	from, to := max(0, sp.start-excerptWords), min(len(sent.folded().tokens), sp.end+excerptWords)
	text := says(src, sent, span{from, to})
	if from > 0 {
		text = "…" + text
	}
	if to < len(sent.folded().tokens) {
		text += "…"
	}
	return text
}

// applyLabels attaches each contradiction to the label that documents it
// and records the labels that document nothing.
func (m *matcher) applyLabels(c *Cell) {
	used := make(map[*facts.Label]bool)
	for _, fd := range c.Findings {
		if fd.Agrees {
			continue
		}
		for _, l := range m.fact.Labels {
			if l.Source == c.Source.ID && m.labelMatches(l, fd, c.Source) {
				fd.Label, used[l] = l, true
				break
			}
		}
	}
	for _, l := range m.fact.Labels {
		if l.Source == c.Source.ID && !used[l] {
			c.Stale = append(c.Stale, l)
		}
	}
}

// labelMatches reports whether a label's says: names the finding: the same
// words, for a name, quote or statement a run of its words, or words that
// read as the same value ("2014" for "since 2014").
func (m *matcher) labelMatches(l *facts.Label, fd *Finding, src *document.Source) bool {
	says, found := text.Fold(l.Says), text.Fold(fd.Says)
	if says == found {
		return true
	}
	if m.kind == nil {
		// Part of what the source says, word for word; punctuation aside
		// ("within a week" of "within a week, and we did").
		return containsWords(text.Words(fd.Says), text.Words(l.Says))
	}
	for _, v := range m.kind.values(says, src) {
		if v == fd.Value {
			return true
		}
	}
	return false
}

// Counts tallies the cells of a result.
type Counts struct {
	Cells      int `json:"cells"`
	Agree      int `json:"agree"`
	Silent     int `json:"silent"`
	Contradict int `json:"contradict"`
	Unsure     int `json:"unsure"`   // cells whose disagreeing value may be another fact's: for review
	Labelled   int `json:"labelled"` // contradicting cells whose every contradiction is labelled
	New        int `json:"new"`      // contradicting cells with a contradiction no label documents
	Stale      int `json:"stale_labels"`
}

// Counts tallies the verdicts of every cell, the silent ones not stored
// included.
func (r *Result) Counts() Counts {
	n := Counts{Cells: len(r.Sheet.Facts) * len(r.Corpus.Sources)}
	for _, c := range r.Cells {
		switch c.Verdict {
		case Agrees:
			n.Agree++
		case Contradicts:
			n.Contradict++
			if c.Labelled() {
				n.Labelled++
			} else {
				n.New++
			}
		case Unsure:
			n.Unsure++
		}
		n.Stale += len(c.Stale)
	}
	n.Silent = n.Cells - n.Agree - n.Contradict - n.Unsure
	return n
}

// Corroboration returns how many sources agree with each fact, by fact id.
func (r *Result) Corroboration() map[string]int {
	out := make(map[string]int)
	for _, c := range r.Cells {
		if c.Verdict == Agrees {
			out[c.Fact.ID]++
		}
	}
	return out
}
