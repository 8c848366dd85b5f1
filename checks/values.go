package checks

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

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
	// doubt, set by the kind that read the value, says why it may not be
	// the fact's though it disagrees: a live blog's stamp, a date after
	// "since" before the fact's own noun, a count of a part and a whole
	// with a term right after the noun, a narrowed table row.
	doubt string
	// loose marks a figure read only to agree: the sheet's own figure,
	// though not stated in the fact's unit (looseCandidate).
	loose bool
	// labelled marks a figure with no unit that a term of the fact right
	// before it names ("the death toll rose to 27": labelledFigure): read
	// to agree or disagree, but, as a loose one, only where the sentence
	// gives the fact no value in its unit.
	labelled bool
	// far is, for a figure the fact's unit ties to it beyond its window,
	// how far it stands from the nearest term (-1: no term it can be
	// measured from), shown by explain; 0 otherwise.
	far int
	// note, set by the kind that read the value, says how it was read
	// when its words alone do not show it: a time the source restates as
	// another moment.
	note string
	// revises marks a figure after a verb of revision and "to" ("revised
	// that to 14,383"): the later figure, which words of a first or a
	// superseded figure in the sentence do not make passing.
	revises bool
	// partOfThem marks the part of "N of them" read in doubt (see
	// pronounPartDoubt): it does not outweigh a figure a term names
	// ("six of them were taken to hospital, bringing the total in hospital
	// to nine").
	partOfThem bool
}

// farFrom says how far a value stands from the fact's terms: "19 words
// from the nearest term", or "no term it can be measured from".
func farFrom(far int) string {
	if far < 0 {
		return "no term it can be measured from"
	}
	return lexicon.Count(far, "word", "words") + " from the nearest term"
}

// ownValue reports whether a candidate states the fact's own value as
// the sheet writes it: one figure it holds ("€96 million" or "about €96
// million", not "hundreds of millions"), or a range with its very ends
// ("$7.3 billion to $7.4 billion"), or a date as the sheet gives it, to
// the same precision ("in 2019" for 2019, not for a day of it). Names
// have no readings.
func (m *matcher) ownValue(src *reading, sent *sentence, cd candidate) bool {
	if m.fact.Kind == facts.KindDate {
		return ownDate(m.fact, src, sent, cd)
	}
	if len(cd.readings) == 0 || !m.value.holds(m.fact, src, sent, cd) {
		return false
	}
	for _, r := range cd.readings {
		if slices.Contains(m.fact.Numbers, r) {
			continue // "at least 20 missing" for at least 20: the sheet's very value
		}
		if r.LoOpen || r.HiOpen || r.Lo != r.Hi && !slices.ContainsFunc(m.fact.Numbers, func(n facts.Interval) bool { return n.Lo == r.Lo && n.Hi == r.Hi || aroundExactly(r, n) }) {
			return false
		}
		if !slices.ContainsFunc(m.fact.Numbers, func(n facts.Interval) bool { return !openEnded(n) || n.Lo == r.Lo || n.Hi == r.Hi }) {
			return false // "84,000 tonnes" beside the cargo's terms, for at least 1,200 tonnes leaked: allowed, not the sheet's figure
		}
	}
	return true
}

// openEnded reports whether a value of the sheet has no upper end ("at
// least 1,200") or no lower one ("up to 500").
func openEnded(n facts.Interval) bool {
	return math.IsInf(n.Hi, 1) || n.Lo == 0 && n.Hi > 0 && n.LoOpen
}

// aroundExactly reports whether a reading is an approximation around the
// very figure an exact value of the sheet holds: "roughly $12.6 billion"
// (11.34 to 13.86 billion) for 12.6 billion, where "nearly 12.6 billion"
// lies on one side of it.
func aroundExactly(r, n facts.Interval) bool {
	mid := (r.Lo + r.Hi) / 2
	return n.Lo == n.Hi && r.Lo < n.Lo && n.Lo < r.Hi && math.Abs(mid-n.Lo) <= 1e-9*math.Abs(n.Lo)
}

// bounded reports whether a candidate's readings are all closed at both
// ends: "more than 50" overlaps any sibling's figure above 50, and says
// nothing of which fact it is.
func (cd candidate) bounded() bool {
	for _, r := range cd.readings {
		if math.IsInf(r.Hi, 0) || math.IsInf(r.Lo, 0) {
			return false
		}
	}
	return true
}

// farBelowBound reports whether a candidate is an upper bound from zero
// ("up to 1,000", "hasta 1.000") that a number fact's value lies far below
// (under nine tenths of it): the bound states a limit, 1,000, and says
// nothing of another fact's 200 that it allows.
func farBelowBound(cd candidate, f *facts.Fact) bool {
	if f.Kind != facts.KindNumber {
		return false
	}
	for _, r := range cd.readings {
		if r.Lo == 0 && r.Hi > 0 && f.Number.Hi < r.Hi*0.9 {
			return true
		}
	}
	return false
}

// farFromOpen reports whether a number fact's value is open-ended ("at
// least 185,000", "fewer than 30"), the sentence states its finite end in
// another figure, and every reading of a candidate lies over
// openHoldReach times beyond that end: the bound holds the figure, but
// the sentence gives the bound's own, and "$24 million" beside "at least
// $185,000" is no count of it.
func farFromOpen(sent *sentence, cd candidate, f *facts.Fact) bool {
	v := f.Number
	if !farBeyondOpen(cd, f) {
		return false
	}
	end := v.Lo
	if !lowerBound(v) {
		end = v.Hi
	}
	ns := sent.numberMentions()
	return slices.ContainsFunc(ns, func(n numberMention) bool {
		return n.start != ns[cd.i].start && (n.value.Lo == end || n.value.Hi == end)
	})
}

// farBeyondOpen reports whether a number fact's value is open-ended and
// every reading of a candidate lies over openHoldReach times beyond its
// finite end (see farFromOpen).
func farBeyondOpen(cd candidate, f *facts.Fact) bool {
	v := f.Number
	if f.Kind != facts.KindNumber || len(cd.readings) == 0 || !lowerBound(v) && !(upperBound(v) && v.HiOpen) {
		return false
	}
	for _, r := range cd.readings {
		if lowerBound(v) && r.Lo <= v.Lo*openHoldReach || !lowerBound(v) && r.Hi*openHoldReach >= v.Hi {
			return false
		}
	}
	return true
}

// openHoldReach is how many times beyond an open-ended value's finite end
// a figure may lie and still be one the value holds (see farFromOpen).
const openHoldReach = 10

// says returns the words of a span of a sentence as the source writes them.
func says(src *reading, sent *sentence, sp span) string {
	sp = writtenPart(sent, sp)
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
		case c.dist == best && c.far != 0:
			out = append(out, c)
			m.tracef("    %q, %s: tied to the fact by its unit, counted as %s: taken", says(src, sent, c.span), farFrom(c.far), lexicon.Count(c.dist, "word", "words"))
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
	cands := m.firmCandidates(src, sent, m.value.candidates(m, src, sent, spans, newAnchorSet(spans)), firstSpans, peers)
	if len(m.loc.unless) > 0 {
		cands = m.outsideUnlessColumns(src, sent, cands)
	}
	if len(cands) > 0 { // the doubts of a sentence are asked only of one that gives a value
		if why := m.sentenceDoubt(src, sent, spans, firstSpans); why != "" {
			for i := range cands {
				if cands[i].doubt == "" {
					cands[i].doubt = why
				}
			}
		}
	}
	for i := range cands {
		if d, ok := sinceWhenBefore(sent, cands[i].span); ok && cands[i].doubt == "" {
			cands[i].doubt = "it stands in the clause after \"since " + d + ", when\", which tells of an earlier event of the kind (\"the first rise since March 2024, when ...\")"
		}
	}
	taken, ok := m.respectively(sent, cands, firstSpans, peers)
	if !ok {
		own := m.ownCandidates(src, sent, cands, firstSpans, peers)
		holds := func(cd candidate) bool { return m.value.holds(m.fact, src, sent, cd) }
		taken = m.closest(src, sent, own, holds)
	} else if len(taken) > 0 {
		m.tracef("    \"respectively\": the values go to the facts in the order of their terms; this fact's is %q", says(src, sent, taken[0].span))
	}
	for _, cd := range taken {
		fd := m.finding(src, sent, cd.span)
		if !m.value.judge(m.fact, src, sent, cd, fd) {
			c.Unresolved = append(c.Unresolved, fd)
			continue
		}
		if cd.loose && !m.looseAgrees(src, sent, cd, fd) {
			continue
		}
		if fd.Agrees && (fd.firm || fd.near) && otherArticle(src, sent) {
			m.tracef("    %q agrees in the headline of another article (\"Related:\", \"Mehr zum Thema:\"): it settles nothing else the source says", fd.Says)
			fd.firm, fd.near = false, false
		}
		fd.revision = cd.revises
		c.Findings = append(c.Findings, m.markDoubt(src, sent, markTie(fd, cd), cd))
	}
}

// finalWords ([final-words]) in a live blog's stamped entry make its
// count the last word on it, not one of a moment: "The final tally: 412
// students and 59 staff were evacuated".
var finalWords = lexicon.Set("final-words")

// sentenceDoubt says why any value of a located sentence may not be the
// fact's, or "": a word that makes the fact's thing another of its kind
// ("a second fire"), a similar event in a sentence that holds no date of
// the story, or the fact's terms only in a column's header of a table of
// several rows.
func (m *matcher) sentenceDoubt(src *reading, sent *sentence, spans, firstSpans []span) string {
	if why := m.otherInstance(sent, firstSpans, nil); why != "" {
		return why
	}
	if w := sent.anotherInLaterGroup(spans, firstSpans, m.own); w != "" {
		return "\"" + w + "\" makes a thing the fact's terms name another of its kind"
	}
	if w := sent.otherSide(firstSpans, m.own); w != "" {
		return "\"" + w + "\" names the other side of a pair whose side the fact's claim names: it may be the other one's value"
	}
	if w := sent.otherPlace(m.own); w != "" {
		return "\"" + w + "\" names a place beside the story's: the sentence may tell of what happened there"
	}
	if w := sent.foreignSubject(m.sheet, m.fact.SaidDates); w != "" {
		return "the sentence tells what \"" + w + "\" did, a name the sheet uses nowhere: its values may be of that"
	}
	if end := sent.placeOpened(m.sheet); end > 0 && m.fact.Kind == facts.KindNumber {
		return "\"" + says(src, sent, span{0, end}) + "\" opens the sentence with a place the sheet names nowhere: the figure may be that place's part of the whole"
	}
	if w := sent.organisationPart(m.sheet); w != "" && m.fact.Kind == facts.KindNumber {
		return "\"" + w + "\" names a part of an organisation (\"its US arm\"), which the sheet names nowhere: the figure may be that part's"
	}
	if w := sent.similarInstance(m.own); w != "" && !m.era.datesStory(sent, src.Published, true) {
		return "\"" + w + "\" makes what the sentence tells another event like the fact's"
	}
	if p := m.otherPlaceItem(src, sent); p != "" {
		return "the sentence stands in a round-up's item under another place (\"" + strings.ToUpper(p) + " —\") than the sheet's: its values may be that place's"
	}
	if w := otherListLeadIn(src, sent, m.own); w != "" {
		return "the list's lead-in (\"" + w + "\") makes its items other things of the fact's kind"
	}
	if allInHeader(sent, spans) && bodyRows(src, sent) > 1 {
		return "the fact's terms stand only in a column's header of a table of several rows: which row is the fact's is not known"
	}
	if negatedTerms(sent, spans) {
		return "every term of the fact in the sentence stands right after a negation (\"are not affected\"): its values may be what the fact is not"
	}
	return ""
}

// negatedTerms reports whether every term of the fact in a sentence
// stands right after a negation or a negating pronoun, an auxiliary
// perhaps between: "the old branch ships libfoo 1.1.1 and is not
// affected", "nicht betroffen", "No one claimed the prize on Tuesday",
// "nobody had claimed it"; not one that a word of [not-until] follows,
// right after it or one word on.
func negatedTerms(sent *sentence, spans []span) bool {
	toks := sent.folded().tokens
	sc := sent.scanner()
	for _, sp := range spans {
		k := sp.start - 1
		if k > 0 && auxiliaries[toks[k].Text] {
			k-- // "nobody had claimed"
		}
		if k < 0 || !negations[toks[k].Text] && !contractedNot(sent, k) && negatingPronounAt(sent, k) == 0 {
			return false
		}
		if notUntil[sc.tok(sp.end)] || notUntil[sc.tok(sp.end+1)] {
			return false // "was not lifted until Friday": lifted on Friday
		}
	}
	return len(spans) > 0
}

// notUntil, after a negated term, make the negation say when it happened:
// "was not lifted until Friday evening", "no se levantó hasta el viernes".
var notUntil = lexicon.Set("not-until")

// ownPhrase reports whether every word of a phrase is one of the fact's own
// words, figures aside: a fact whose claim counts "the first week" reads a
// figure of the first week as its own, not as a part of a longer span
// (see firstPeriodAt).
func ownPhrase(phrase string, own map[string]bool) bool {
	for _, w := range strings.Fields(phrase) {
		if !own[w] && !isDigits(w) && smallNumbers[w] == 0 {
			return false
		}
	}
	return true
}

// firmCandidates drops the figures read only to agree (candidate.loose)
// when the sentence gives the fact a value in its unit: that one is the
// fact's, in doubt when the sheet's own figure stands nearer the fact's
// terms ("41,800 people had visited, including 23,400 who came over the
// opening weekend"). A value in the unit that the sheet holds for another
// fact located there is that fact's (see charitable), and leaves the
// sheet's own figure standing: "killed 41 people and injured 312".
func (m *matcher) firmCandidates(src *reading, sent *sentence, cands []candidate, firstSpans []span, peers []peer) []candidate {
	if !slices.ContainsFunc(cands, func(cd candidate) bool { return cd.loose || cd.labelled }) {
		return cands // most sentences: nothing read only to agree, and no other fact's value to ask about
	}
	rivals, sets := m.rivalsOf(src, sent, cands, peers)
	first := newAnchorSet(firstSpans)
	mine := func(cd candidate) bool {
		r, _ := nearestRival(sent, cd, rivals, sets)
		increase := m.fact.Kind == facts.KindNumber && increment(sent, cd) != "" // "four more seats: 31 against 27"
		interim := sent.interim(cd.span) != "" && !cd.revises                    // "initially told us about 12 million phones": a figure since revised
		return !cd.loose && !cd.labelled && !cd.partOfThem && !increase && !interim && m.charitable(src, sent, cd, peers) == nil && (r < 0 || r >= myDistance(sent, cd, first))
	}
	if !slices.ContainsFunc(cands, mine) {
		return cands // every figure in the unit is another fact's or an increase: "Nearly 3,000 people were evacuated and seven died"
	}
	nearest := -1 // the distance of the nearest loose figure, but a dimension a figure in the unit measures with it ("146 x 114 cm")
	for _, cd := range cands {
		if cd.loose && (nearest < 0 || cd.dist < nearest) && !dimensionOfOther(sent, cd, cands) {
			nearest = cd.dist
		}
	}
	kept := cands[:0]
	for _, cd := range cands {
		if cd.loose || cd.labelled {
			m.tracef("    %q: the sentence gives the fact a value in its unit, which is taken instead", says(src, sent, cd.span))
			continue
		}
		if nearest >= 0 && nearest < cd.dist && cd.doubt == "" {
			cd.doubt = "the sheet's own figure stands nearer the fact's terms, with no unit: this one may count something else"
		}
		kept = append(kept, cd)
	}
	return kept
}

// dimensionOfOther reports whether a candidate's figure is one of the
// dimensions before another candidate's figure in its unit ("146" in
// "146 x 114 cm"): that one's readings hold it.
func dimensionOfOther(sent *sentence, cd candidate, cands []candidate) bool {
	n := sent.numberMentions()[cd.i]
	for _, o := range cands {
		if o.i != cd.i && !o.loose && slices.ContainsFunc(dimensionsBefore(sent, sent.numberMentions()[o.i]), func(d numberMention) bool { return d.start == n.start }) {
			return true
		}
	}
	return false
}

// outsideUnlessColumns drops the candidates that stand in a table column
// whose header holds an unless term of the fact.
func (m *matcher) outsideUnlessColumns(src *reading, sent *sentence, cands []candidate) []candidate {
	kept := cands[:0]
	for _, cd := range cands {
		if m.underUnlessHeader(sent, cd.span) {
			m.tracef("    %q stands in a table column whose header holds an unless term: ignored", says(src, sent, cd.span))
			continue
		}
		kept = append(kept, cd)
	}
	return kept
}

// markDoubt marks a disagreeing finding unsure when its value may be
// another's than the fact's (see doubt).
func (m *matcher) markDoubt(src *reading, sent *sentence, fd *Finding, cd candidate) *Finding {
	if fd.Agrees || fd.Unsure {
		return fd
	}
	if why := m.doubt(src, sent, cd); why != "" {
		fd.Unsure, fd.passing = true, strings.HasSuffix(why, atOneMoment) || strings.HasSuffix(why, somethingElse)
		fd.How = joinHow(fd.How, "unsure: "+why)
	}
	return fd
}

// insideOthersRange reports whether a figure the fact's own term names
// ("the provincial limit of 20": candidate.labelled) lies inside a range
// another fact holds without being one of its ends, in a sentence that
// holds none of that fact's terms: the other fact does not state it, and
// it is this fact's ("Local media estimated the toll at 350" may still be
// the estimates' range).
func insideOthersRange(sent *sentence, cd candidate, other *matcher) bool {
	return cd.labelled && len(other.fact.Ends) > 0 && !cd.readings.statesEnd(other.fact.Ends) && !other.loc.anyTermIn(sent)
}

// rangeBesideOther reports whether a range with both its ends, read for a
// fact whose value is a range, stands in a sentence that gives the other
// fact's figure apart: in "84.6% (95% CI, 76.2%-91.0%)" the interval is
// no hedge of the efficacy, which the sentence states itself.
func (m *matcher) rangeBesideOther(sent *sentence, cd candidate, other *matcher) bool {
	ns := sent.numberMentions()
	if len(m.fact.Ends) == 0 || cd.i >= len(ns) || !ns[cd.i].ranged {
		return false
	}
	for k, n := range ns {
		if k != cd.i && n.value.Lo == n.value.Hi && n.value.Overlaps(other.fact.Number) {
			return true
		}
	}
	return false
}

// atOneMoment ends the doubt of a figure given at one moment of a story
// that goes on ("so far", "as of Monday"): a passing figure (see
// Finding.passing).
const atOneMoment = "at one moment, which may have changed since"

// somethingElse ends the reason of a value so far off the sheet's that it
// likely counts another thing: the sheet's figure elsewhere in the source,
// even without its unit, outweighs it, as it does a figure of one moment.
const somethingElse = "so it likely counts something else"

// doubt says why a disagreeing value may not be the fact's, or "": the
// value the sheet holds for another fact of its kind and unit, the doubt
// its kind found in reading it (candidate.doubt), a number of another
// magnitude, an amount of each one, a figure at one moment of a story that
// goes on, or a value in a clause dated outside the story's years. A date
// fact reads years itself, so only the first two apply to it.
func (m *matcher) doubt(src *reading, sent *sentence, cd candidate) string {
	for _, o := range m.siblings {
		if cd.bounded() && o.holdsAsRead(src, sent, cd) && !farBelowBound(cd, o.fact) && !insideOthersRange(sent, cd, o) && !m.rangeBesideOther(sent, cd, o) && !farFromOpen(sent, cd, o.fact) {
			return "it may be the value the sheet holds for " + o.fact.ID + " (" + o.fact.Canonical() + "), so it may be about that" // "$126 million": the fee, not the price; "some 7,300 bags" may be 6,950
		}
	}
	if otherArticle(src, sent) {
		return "a list item that links to another article (a headline under \"Related\" or \"Most read\") tells that article's news, not this text's"
	}
	if why := m.mayBe(sent, cd); why != "" {
		return why
	}
	number := m.fact.Kind == facts.KindNumber
	inc := ""
	if number {
		inc = increment(sent, cd)
	}
	switch {
	case cd.doubt != "":
		return cd.doubt
	case m.fact.Kind == facts.KindDate:
		return m.coarseOtherYear(sent, cd)
	case number && (otherMagnitude(cd.readings, m.fact.Number) || convertedFar(sent, cd, m.fact.Number)) && !m.wrongUnitOnly(sent, cd):
		return "over a thousand times off the sheet's value (a hundred, converted from another unit), " + somethingElse // "$30.31" a share beside a deal of $4.2 billion; "not used in fifteen years" for a closure of six days
	case number && perItemAmount(sent, cd) && !m.readAsEach(sent, cd):
		return "the amount is of each one, which may not be what the fact counts" // "worth €2 million each"
	case number && m.formerValue(sent, cd):
		return "the sentence gives the sheet's figure as what it was before (\"up from 38\"): this one may be a later count"
	case number && m.changeBy != "" && shareOfWhole(sent, cd):
		return "a percentage of a whole (\"12% of spending\") with no word of change before it is a share, and the fact is a change (its claim or terms say \"" + m.changeBy + "\"; a claim that states a level with no word of change reads shares: \"Ash covered 42 percent of the farmland\")"
	case number && changeAmount(sent, cd) && m.changeBy == "":
		return "a figure after a word of change (\"rose 12 cents\") or before a comparative (\"12 cents dearer\") is by how much something changed, and the fact is no change (if it is one, say so in its claim: \"Prices rose 2.6 per cent\")"
	case number && inc != "" && !m.own[inc]:
		return "\"" + inc + "\" makes it an increase on a figure, not the figure itself" // "four more runners"
	case number && changeThrough(sent, cd, "by") && m.changeBy == "":
		return "a figure after a word of change and \"by\" (\"has grown by 4,000 vehicles a day\") is the change, not the level"
	case number && changeThrough(sent, cd, "from") && !m.formerFact:
		return "a figure after a word of change and \"from\" (\"slowed from 8.1%\", \"down from 40\") is what it was before"
	case number && byMargin(sent, cd, m.own):
		return "a figure after \"by\" and a word of comparison is a margin between two figures (\"beat the record by two feet\"), not either of them"
	case number && m.otherYearsFigure(src, sent, cd):
		return "a year counted from the report (\"last year\", \"next year\") in its clause makes it that year's figure, not the story's"
	case number && marginNoun(sent, cd, m.own):
		return "a figure after a noun of a margin (\"a margin of 1,091 votes\", \"a lead of\") is the difference between two figures, not either of them"
	case number && timeOffset(sent, cd, m.own):
		return "a span of time before \"before\", \"after\", \"inside\", \"off\" or \"behind\" (or \"on\" ending its clause) says when something happened, or by how much, more often than how long" // "five weeks before him", "27 seconds inside the record", "One week on:"
	}
	if number {
		if why := m.figureDoubt(src, sent, cd); why != "" {
			return why
		}
	}
	if y := m.era.otherEvent(sent, cd.span, src.Published, m.own); y != "" {
		return "the sentence is dated " + y + ", outside the years of the sheet's dates and one either side (" + m.era.String() + "), so it may be about another event" + eraHint
	}
	if y := m.era.carriedEvent(src, sent); y != "" {
		return "the sentence gives no date and the one before it is dated " + y + ", outside the years of the sheet's dates and one either side (" + m.era.String() + "), so it may go on about another event" + eraHint
	}
	return ""
}

// figureDoubt says why a number may be a guess, a figure expected, or
// the figure of another moment than the fact's, or "": a hedge before it,
// a word of expectation, an interim word (not when its clause dates it to
// the claim's own day), a day before the claim's, a live blog's stamped
// entry, a table's caption of a moment.
func (m *matcher) figureDoubt(src *reading, sent *sentence, cd candidate) string {
	if w := figureHedge(sent, cd); w != "" {
		return "\"" + w + "\" before the figure makes it a guess"
	}
	if w := sent.expectation(cd.span); w != "" && !ownPhrase(w, m.own) { // not for a fact that is itself a forecast: "is expected to take about 30 years"
		return "\"" + w + "\" makes it a figure expected, needed or that would have been, not the figure itself"
	}
	if w := sent.interim(cd.span); w != "" && !cd.revises && !(strings.HasPrefix(w, "first ") && ownPhrase(w, m.own)) && !m.atMoment(src, sent, cd) {
		return "\"" + w + "\" makes it the figure " + atOneMoment
	}
	if w := src.interimNext(sent); w != "" && !cd.revises && !m.atMoment(src, sent, cd) {
		return "the sentence after it says the figure is \"" + w + "\": it is the figure " + atOneMoment
	}
	if why := m.otherMoment(src, sent, cd); why != "" {
		return why
	}
	if m.countsThings() && !ageFact(m.fact) && (m.moving || sent.hasAny(movingTallies)) && !sent.hasAny(voteWords) && !entryFinal(src, sent) && !closedCount(src, sent, cd) { // not "IT'S PASSED. The council approves the budget 31 to 19", nor an age, nor "The final tally: 412 students"
		if st := entryStamp(src, sent); st != "" {
			return "it stands in a live blog's entry that a time stamps (\"" + st + "\"): the count " + atOneMoment
		}
	}
	if w := tableMoment(src, sent, cd.span); w != "" {
		return "the table's heading or caption (\"" + w + "\") gives its figures " + atOneMoment
	}
	if m.oneMember(sent, cd) {
		return "a lone \"one\" before a singular noun, against a count of ten or more, is more often one of the group than its total, " + somethingElse // "One rescuer hurt her wrist"
	}
	return ""
}

// closedCount reports whether a count in a live blog's stamped entry is
// no moment's: "in" and a year before the report's follow the figure
// closely ("The unit handled 421 births in 2024", a year that is over). A claim
// that calls its figure final does not make it so: the entry may give the
// toll as it stood then ("Three people are confirmed dead, one is
// missing").
func closedCount(src *reading, sent *sentence, cd candidate) bool {
	pub := src.Published.First
	sc := sent.scanner()
	for _, d := range sent.dateMentions() {
		if y := d.expr.year; y != 0 && d.expr.month == 0 && !pub.IsZero() && y < pub.Year() && (sc.tok(d.start) == "in" || sc.tok(d.start-1) == "in") && d.start >= cd.span.end && d.start-cd.span.end <= closedYearReach && sent.sameClause(d.span, cd.span) {
			return true
		}
	}
	return false
}

// closedYearReach is how many words may stand from a count to the "in" of
// the year that closes it: "421 births in 2024", "handled 421 births in
// 2024"; not "died since the rains began in 2024".
const closedYearReach = 3

// entryFinal reports whether a sentence, or one before it in its
// paragraph (a live blog's entry), holds a word of finalWords: "Final
// numbers from the airline tonight: ... The airline says about 120,000
// passengers were affected."
func entryFinal(src *reading, sent *sentence) bool {
	for k := sent.index; k >= 0 && src.sents[k].Para == sent.Para; k-- {
		if src.sents[k].hasAny(finalWords) {
			return true
		}
	}
	return false
}

// mayBe says why a value is no statement of what is, or "": a question
// that asks whether, a version to come or that came after, or a word
// before it in its clause that makes it a possibility, a hope, a fear or a denial, or a plan when the fact's claim
// is no plan itself. A marker that is the fact's own word ("could" in a
// claim that something could happen) does not count.
func (m *matcher) mayBe(sent *sentence, cd candidate) string {
	if sent.asksWhether() {
		return "the sentence asks whether, and states nothing"
	}
	if m.fact.Kind == facts.KindVersion {
		if w := sent.laterVersion(cd.span); w != "" && !ownPhrase(w, m.own) && !sinceBound(m.fact, sent, cd.i) { // not "every release since 2.7.0" for a range
			return "\"" + w + "\" makes it a release to come or one that came after, not the fact's"
		}
	}
	w, plan := sent.possibility(cd.span)
	if w == "" || ownPhrase(w, m.own) || plan && m.planFact {
		return ""
	}
	if plan {
		return "\"" + w + "\" makes it a plan or a target, not what is"
	}
	return "\"" + w + "\" makes it what may be, is hoped or feared, or is denied, not what is"
}

// otherMoment says why a figure is of another day than the one the
// fact's claim dates its figure to (see claimMoment), or "": the source
// was published before that day, or a date in the figure's clause lies
// before it ("Containment was 20% on Monday" for a figure of Thursday) or
// after it ("On 20 August, the fire was 80% contained" for 15 August).
func (m *matcher) otherMoment(src *reading, sent *sentence, cd candidate) string {
	if m.moment.First.IsZero() {
		return ""
	}
	day := m.moment.First.Format("2 January 2006")
	if src.HasDate() && src.Published.Last.Before(m.moment.First) {
		return "the source was published before " + day + ", the day the sheet's claim gives its figure: its figure " + atOneMoment
	}
	ds, nearest, dist := sent.dateMentions(), -1, 0
	for k, d := range ds {
		if d.said || d.since || d.deadline || d.noun >= 0 || !sent.sameClause(d.span, cd.span) && !setsScene(sent, d.span) || opensBetween(sent, ds, k) {
			continue // "closed down 4.6%, their worst day since October": no date of the figure; "between Monday and Thursday": the span ends on its second; "On Monday, officials counted seven dead" dates it all
		}
		if n := sent.distance(d.span, cd.span); nearest < 0 || n < dist {
			nearest, dist = k, n // "fell 16 percent on Wednesday, ... the cost of Tuesday's explosion": Wednesday dates it
		}
	}
	if nearest < 0 {
		return ""
	}
	v, _, ok := ds[nearest].expr.resolve(src.Published)
	switch {
	case ok && v.End.Last.Before(m.moment.First):
		return "the sentence dates its figure before " + day + ", the day the sheet's claim gives its figure: the figure " + atOneMoment
	case ok && v.Start.First.After(m.moment.Last) && !ds[nearest].expr.eitherWay:
		return "the sentence dates its figure after " + day + ", the day the sheet's claim gives its figure: the figure of a later moment, which may differ from that day's"
	}
	return ""
}

// opensBetween reports whether the date mention ds[k] opens a span that
// the next one ends: "between Monday and Thursday".
func opensBetween(sent *sentence, ds []dateMention, k int) bool {
	sc := sent.scanner()
	return k+1 < len(ds) && ds[k].start > 0 && sc.tok(ds[k].start-1) == "between" && sc.tok(ds[k].end) == "and" && ds[k+1].start == ds[k].end+1
}

// atMoment reports whether the figure's clause dates it to the very day
// the fact's claim gives its figure (see claimMoment): "22 aftershocks had
// been recorded by Thursday" for a count of Thursday 12 March is that
// day's count, not one of a moment before it.
func (m *matcher) atMoment(src *reading, sent *sentence, cd candidate) bool {
	if m.moment.First.IsZero() {
		return false
	}
	for _, d := range sent.dateMentions() {
		if !sent.sameClause(d.span, cd.span) && !(d.expr.asOf && d.start == 0) && !whenClauseOf(sent, d.span, cd.span) { // "As of Sunday, 1,141 birds had been rescued" opens the sentence and dates it all
			continue // "initially said about 10,000; on Tuesday it revised that figure": Tuesday dates the revision
		}
		if v, _, ok := d.expr.resolvePlain(src.Published); ok && !d.said && !v.IsRange() && v.Start.First.Equal(m.moment.First) && v.Start.Precision == facts.Day { // "as of Sunday" is that day's figure
			return true
		}
	}
	return false
}

// whenClauseOf reports whether a word of [when-after-date] right after the
// date at d opens the clause of the figure at sp: "on Monday, when winds
// gusting to 90 km/h" dates the gusts to Monday.
func whenClauseOf(sent *sentence, d, sp span) bool {
	sc := sent.scanner()
	return whenAfterDate[sc.tok(d.end)] && sc.datedBefore(d.end) && sent.sameClause(span{d.end, d.end + 1}, sp)
}

// countsThings reports whether a number fact counts things or people
// (no unit, or units of words: "people | dead"), whose counts move as a
// story goes on, unlike a measure in a unit of the table.
func (m *matcher) countsThings() bool {
	for _, alt := range m.units {
		if alt.def != nil {
			return false
		}
	}
	return true
}

// movingTallies: see movingTally.
var movingTallies = lexicon.Set("moving-tallies")

// movingTally reports whether a number fact counts a toll that grows while
// a story goes on: its claim, terms or unit hold a word of
// [moving-tallies] ("the dead", "flights cancelled"), and it is no age.
// Only such a count is one of a moment in a live blog's stamped entry;
// "The combined fleet of 213 aircraft" there is no more one than anywhere.
func movingTally(f *facts.Fact, own map[string]bool) bool {
	if f.Kind != facts.KindNumber || ageFact(f) {
		return false
	}
	return holdsAny(f.Unit, movingTallies) || ownsAny(own, movingTallies)
}

// entryStamp returns the time stamp of the entry of a live blog or a
// timeline that a sentence stands in, as written, or "": its paragraph
// opens with a stamp ("1:20 p.m. — Two firefighters have been treated for
// minor injuries"), or the paragraph before it is a time alone ("<p
// class="stamp">13:05</p>").
func entryStamp(src *reading, sent *sentence) string {
	if head, cl, ok := entryStampAt(src, sent); ok {
		return says(src, head, cl.span)
	}
	return ""
}

// entryStampAt returns the sentence and the time of the stamp of the
// entry a sentence stands in (see entryStamp); ok is false when it stands
// in none.
func entryStampAt(src *reading, sent *sentence) (*sentence, clockMention, bool) {
	k := sent.index
	for k > 0 && src.sents[k-1].Para == sent.Para {
		k--
	}
	first := &src.sents[k]
	if cls := first.clockMentions(); len(cls) > 0 && cls[0].start == 0 && stamp(src, first, cls[0].span) {
		return first, cls[0], true
	}
	if k == 0 || src.sents[k-1].Para+1 != sent.Para {
		return nil, clockMention{}, false
	}
	prev := &src.sents[k-1]
	if cls := prev.clockMentions(); len(cls) == 1 && cls[0].start == 0 && stampOnly(prev, cls[0].end) && (k < 2 || src.sents[k-2].Para != prev.Para) {
		return prev, cls[0], true
	}
	return nil, clockMention{}, false
}

// stampOnly reports whether nothing but a day follows a time that opens a
// sentence from token end: "13:05", "00.35 BST (Sunday)", "00.35 BST
// (Sun)", "09:10, 15 June".
func stampOnly(sent *sentence, end int) bool {
	toks := sent.folded().tokens
	for k := end; k < len(toks); k++ {
		if _, day := weekdayOf(toks[k].Text); day || weekdayWord(toks[k].Text) {
			continue // "(Sunday)", "(Sun)"
		}
		if !slices.ContainsFunc(sent.dateMentions(), func(d dateMention) bool { return d.start <= k && k < d.end }) {
			return false
		}
	}
	return true
}

// coarseOtherYear says why a date for a fact given to the day or the
// month may be of another event: a year counted from the report ("last
// year", or a month it places: "Last year, ... in June"), or
// one that lies outside the era and a year either side of the fact's own
// ("In 2019 a bakery withdrew 40,000 pies" beside a recall of 2026; a
// range of such years too, "in 2002-03"), or
// "": a writer who gets the fact's year wrong is seldom years off.
func (m *matcher) coarseOtherYear(sent *sentence, cd candidate) string {
	e := sent.dateAt(cd.i).expr
	if (e.rel == relYear && e.offset != 0 || e.shifted && e.yearShift != 0 && e.day == 0) && m.fact.Date.Start.Precision == facts.Day {
		return "a year counted from the report (\"last year\", \"a year ago\") for a fact of one day is more often another edition of a recurring event (\"won here last year\") than the fact's year mistaken"
	}
	last := e.year
	if e.to != nil {
		last = e.to.year // "in 2002-03": a range of other years
	}
	own := m.fact.Date.Start.First.Year()-1 <= last && e.year <= m.fact.Date.End.Last.Year()+1 // a warning fact's years are in no era
	if e.rel != absolute || e.year == 0 || last < e.year || e.to != nil && e.to.rel != absolute || m.fact.Date.Start.Precision == facts.Year || own || m.era.holds(e.year, e.year) || m.era.holds(last, last) {
		return ""
	}
	return "a date of a year outside the years of the sheet's dates and one either side (" + m.era.String() + "), so it may be about another event" + eraHint
}

// eraHint says what makes a year of the story one of the sheet's.
const eraHint = " (if the story's events span that year, give the sheet a date fact of that year, not of severity: warning: its years join the story's)"

// looseAgrees marks the finding of a figure read only to agree
// (candidate.loose), and reports whether it is kept: it agrees, and
// nothing puts it in doubt (looseDoubt).
func (m *matcher) looseAgrees(src *reading, sent *sentence, cd candidate, fd *Finding) bool {
	if !fd.Agrees {
		return false
	}
	if why := looseDoubt(sent, cd, m.own); why != "" {
		m.tracef("    %q, read only to agree, is put in doubt (%s): not read", says(src, sent, cd.span), why)
		return false
	}
	fd.firm, fd.loose = false, true
	fd.How = joinHow(fd.How, "the sheet's figure, though not in the fact's unit: it agrees and settles nothing")
	return true
}

// looseDoubt says why the sheet's figure read without its unit may not be
// the fact's, or "": an increase on a figure ("another 62"), a figure
// expected ("expected to reach 62") or one of a moment ("initial reports
// put it at 62"). The doubts that ask which of several values is the
// fact's do not apply: its value is the sheet's. A word that is the fact's own
// (own: "first estimate" for a fact of the first estimate) puts nothing
// in doubt.
func looseDoubt(sent *sentence, cd candidate, own map[string]bool) string {
	if w := increment(sent, cd); w != "" && !own[w] {
		return "\"" + w + "\" makes it an increase on a figure"
	}
	if w := sent.expectation(cd.span); w != "" && !ownPhrase(w, own) {
		return "\"" + w + "\" makes it a figure expected"
	}
	if w := sent.interim(cd.span); w != "" && !momentOnly(w) && !ownPhrase(w, own) && !revisedFigure(sent, sent.numberMentions()[cd.i]) { // not for a fact of the first estimate itself, nor for the figure a first one was revised to
		return "\"" + w + "\" makes it the figure at one moment"
	}
	return ""
}

// momentOnly reports whether a marker of interim counts only dates the
// count ("as of Wednesday night", "so far", "by Friday"), where the
// sheet's final figure may well be what it was then; a first figure
// ("initial reports") was revised since.
func momentOnly(w string) bool {
	for _, p := range stillPhrases {
		if w == strings.Join(p, " ") {
			return true
		}
	}
	return strings.HasPrefix(w, "by ")
}

// otherMagnitude reports whether a value lies more than a thousand times
// off the sheet's, above or below: a misstated figure is seldom that far
// off ("$4.2 million" for $4.2 billion is a thousand times, and still
// contradicts), another quantity often is ("$30.31" a share beside a deal
// of $4.2 billion).
// Every reading of the value must be that far off ("48.000" is 48 or
// 48,000).
func otherMagnitude(rs readings, sheet facts.Interval) bool {
	return timesOff(rs, sheet, 1000)
}

// timesOff reports whether every reading lies more than factor times
// above or below the sheet's value; a bound from zero ("up to 5 cm per
// hour") when its top lies that far below.
func timesOff(rs readings, sheet facts.Interval, factor float64) bool {
	for _, v := range rs {
		if v.Lo <= 0 && v.Hi > 0 && !math.IsInf(v.Hi, 1) && sheet.Lo > 0 && v.Hi*factor < sheet.Lo {
			continue // "bis zu fünf Zentimetern pro Stunde" against 78 km/h: a bound far below
		}
		if v.Lo <= 0 || sheet.Lo <= 0 || v.Hi*factor >= sheet.Lo && v.Lo <= sheet.Hi*factor {
			return false
		}
	}
	return len(rs) > 0
}

// convertedFar reports whether a number written in another unit than the
// fact's, and converted, lies over a hundred times off the sheet's value:
// a writer who errs in another unit is seldom that far out.
func convertedFar(sent *sentence, cd candidate, sheet facts.Interval) bool {
	n := sent.numberMentions()[cd.i]
	if n.unit == nil || slices.Contains(cd.readings, n.value) {
		return false
	}
	return timesOff(cd.readings, sheet, 100)
}

// wrongUnitOnly reports whether a figure converted from another unit of
// the table is the sheet's own figure as written ("212 megabytes" for 212
// gigabytes, "26.4 milligrams" for 26.4 micrograms), near a term of the
// fact and measuring no other noun after it: the same figure with a wrong
// unit, not a figure of something else a thousand times off.
func (m *matcher) wrongUnitOnly(sent *sentence, cd candidate) bool {
	n := sent.numberMentions()[cd.i]
	x, c := m.fact.Number.Lo, (n.value.Lo+n.value.Hi)/2 // "some 212 megabytes": the figure about which it is approximate
	if n.unit == nil || slices.Contains(cd.readings, n.value) || m.fact.Number.Hi != x || math.Abs(c-x) > 1e-9*math.Abs(x) || n.value.LoOpen || n.value.HiOpen {
		return false
	}
	sc := sent.scanner()
	next, then := sc.tok(n.uend), sc.tok(n.uend+1)
	switch {
	case wrongUnitOther[next]:
		return false // "12 metres below the river", "120 km north of the city": a distance from something
	case m.own[next] && !partitiveOf[next] && !determiners[next] && plainGap(sc.gap(n.uend)) && plainGap(sc.gap(n.uend+1)) && isLetters(then) && !m.own[then] && !auxiliaries[then]:
		return false // "a 5 GB data plan": a compound noun it measures
	case n.unit.base == "second" && n.start > 0 && (sc.tok(n.start-1) == "in" || sc.tok(n.start-1) == "of"):
		return false // "the worst in 3 years", "a reaction time of 46 milliseconds": a span of another thing
	}
	return true
}

// wrongUnitOther ([wrong-unit-other]) after the sheet's figure in another
// unit make it a distance from something or another thing's measure.
var wrongUnitOther = lexicon.Set("wrong-unit-other")

// perItem make an amount before them the amount of each one.
var perItem = lexicon.Set("per-item")

// perItemAmount reports whether a number is the amount of each one: "worth
// €2 million each", "250 passengers each." (each closing its clause), but
// not "the eight men each stole gems", where each tells how they acted.
func perItemAmount(sent *sentence, cd candidate) bool {
	f, sc := sent.folded(), sent.scanner()
	end := cd.span.end
	if end >= len(f.tokens) || !perItem[f.tokens[end].Text] || !plainGap(sc.gap(end)) {
		return false
	}
	closes := end+1 >= len(f.tokens) || !plainGap(sc.gap(end+1))
	return sent.numberMentions()[cd.i].unit != nil || closes
}

// readAsEach reports whether the candidate was read as the rate of a
// fact in an amount per an item (see eachOfRate): its "each" is no doubt.
func (m *matcher) readAsEach(sent *sentence, cd candidate) bool {
	_, _, ok := m.eachOfRate(sent, sent.numberMentions()[cd.i])
	return ok
}

// incrementAfter and incrementBefore are the words after or before a
// number that make it an increase: "four more runners", "another 12".
var incrementAfter, incrementBefore = lexicon.Set("increment-after"), lexicon.Set("increment-before")

// increment returns the word that makes a number an increase on a figure
// rather than the figure ("four more runners", "another 12 people", "a
// further 300"), or "".
func increment(sent *sentence, cd candidate) string {
	f := sent.folded()
	n := sent.numberMentions()[cd.i]
	if n.end < len(f.tokens) && incrementAfter[f.tokens[n.end].Text] && plainGap(f.norm.S[f.tokens[n.end-1].End:f.tokens[n.end].Start]) {
		return f.tokens[n.end].Text
	}
	if n.start > 0 && incrementBefore[f.tokens[n.start-1].Text] {
		return f.tokens[n.start-1].Text
	}
	return ""
}

// changedReach is how many words before "by" or "from" a word of change
// may stand for changeThrough.
const changedReach = 3

// changeThrough reports whether a figure follows prep ("by", "from") with a
// word of [change-words] or [change-before] up to changedReach words
// before it in its clause: "grew by 4,000", "slowed from 8.1%".
func changeThrough(sent *sentence, cd candidate, prep string) bool {
	return mentionChangeThrough(sent, sent.numberMentions()[cd.i], prep)
}

// mentionChangeThrough is changeThrough for a number mention.
func mentionChangeThrough(sent *sentence, n numberMention, prep string) bool {
	sc, f := sent.scanner(), sent.folded()
	at := n.start - 1
	if at < 1 || sc.tok(at) != prep || n.changedFrom {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-changedReach; k-- {
		if boundaries(f.marks[k], f.marks[at]) > 0 {
			return false
		}
		if (changeWords[sc.tok(k)] || changeBefore[sc.tok(k)]) && !(sc.gap(k) == "-" && noChangeCompounds[sc.tok(k-1)+" "+sc.tok(k)]) { // not the "up" of "follow-up observations from 28 sites"; "a slow-down from 8.1%" is a change
			return true
		}
	}
	return false
}

// noChangeCompounds ([no-change-compounds]) hold a word of change after a
// hyphen and name no change: "follow-up", "set-up", "start-up".
var noChangeCompounds = lexicon.Set("no-change-compounds")

// formerValue reports whether the sentence gives the sheet's figure after
// "from", as what a figure was before ("has grown to 44 confirmed cases,
// up from 38 a week earlier"), and another figure than the candidate.
func (m *matcher) formerValue(sent *sentence, cd candidate) bool {
	sc := sent.scanner()
	for i, n := range sent.numberMentions() {
		if i != cd.i && sc.tok(n.start-1) == "from" && m.fact.NumberAgrees(n.value) {
			return true
		}
	}
	return false
}

// figureHedge returns a word of [figure-hedges] that stands up to
// figureHedgeReach words before a figure with no clause boundary between
// ("perhaps 15 or 16 routes"), or "".
func figureHedge(sent *sentence, cd candidate) string {
	f := sent.folded()
	for k := cd.at.start - 1; k >= 0 && k >= cd.at.start-figureHedgeReach; k-- {
		if boundaries(f.marks[k], f.marks[cd.at.start]) > 0 {
			return ""
		}
		if figureHedges[f.tokens[k].Text] {
			return f.tokens[k].Text
		}
	}
	return ""
}

// figureHedgeReach is how many words before a figure a hedge may stand.
const figureHedgeReach = 3

// figureHedges: see figureHedge.
var figureHedges = lexicon.Set("figure-hedges")

// changeAmount reports whether a number in a unit of the table is by how
// much something changed: a word of [change-words] or [change-before]
// right before it, or before "by" and it ("prices rose 12 cents a litre",
// "were cut by 5 cents", "warmed by 2 °C"), or a word of
// [comparative-after] right after it and its unit ("12 cents dearer"). A
// count ("cut 250 jobs") is left alone.
func changeAmount(sent *sentence, cd candidate) bool {
	sc, n := sent.scanner(), sent.numberMentions()[cd.i]
	spaced := func(g string) bool { t := strings.TrimSpace(g); return t == "" || currencySign(t) } // "by $0.12"
	if n.unit == nil || math.IsInf(n.value.Hi, 1) || n.value.Lo == 0 && n.value.Hi > 0 && n.value.Hi != n.value.Lo {
		return false // a count, "cut 250 jobs", may be the fact's; a bound, "rose above 50,000 feet", is a level
	}
	k := n.start - 1
	if changeBy[sc.tok(k)] && spaced(sc.gap(k+1)) {
		for j := k - 1; j >= 0 && j >= k-4 && plainGap(sc.gap(j+1)); j-- {
			if sc.changeAt(j) {
				return true // "cut its deposit rate by 0.25 percent", "hiked petrol prices by 12 cents", "migliorando di 38 secondi"
			}
		}
	}
	after := sc.tok(n.uend)
	if (after == "down" || after == "up") && n.unit.base == "meter" {
		return sc.changeAt(k) && spaced(sc.gap(k+1)) // "203 metres down": a depth, not a fall
	}
	return sc.changeAt(k) && spaced(sc.gap(k+1)) || comparedAfter(sent, n.uend) || differenceAbove(sc, n.uend) && plainGap(sc.gap(n.uend)) || n.unit.base == "meter" && sc.gap(n.start+1) != "-" && sc.tok(n.uend) != "of" && movedBefore(sc, n.start)
}

// movedBefore reports whether a verb of [movement-verbs] stands before
// a length at token start, up to three words of [movement-fillers] between:
// "moving it about 20 metres", "the ship drifted 300 metres" tell how far
// something went, not a measure of it (the caller leaves out a measure
// before a noun, "towed the 400-metre vessel", and one of a material,
// "pulled 400 metres of cable").
func movedBefore(sc scanner, start int) bool {
	for k := start - 1; k >= 0 && k >= start-4 && plainGap(sc.gap(k+1)); k-- {
		if movementVerbs[sc.tok(k)] {
			return true
		}
		if !movementFillers[sc.tok(k)] {
			return false
		}
	}
	return false
}

// movementVerbs and movementFillers: see movedBefore.
var movementVerbs, movementFillers = lexicon.Set("movement-verbs"), lexicon.Set("movement-fillers")

// comparedAfter reports whether a comparative follows an amount's unit
// that ends at token k: a word of [comparative-after] ("12 cents dearer",
// "100 Euro teurer"), or one of [comparatives-after-particle] after a
// particle ("100 euros de plus", "100 euro in più"); an aside between
// that restates the amount as a percentage ("100 euros, or 12.5%,
// dearer") counts for nothing; a word of [comparatives-before-than] only
// before "than" or its like ("100 Euro teurer als").
func comparedAfter(sent *sentence, k int) bool {
	sc := sent.scanner()
	if e := restatedAside(sent, k); e > k {
		k = e
	} else if !plainGap(sc.gap(k)) {
		return false
	}
	if comparativeParticles[sc.tok(k)] && plainGap(sc.gap(k+1)) {
		return comparativesAfterParticle[sc.tok(k+1)]
	}
	if comparativesBeforeThan[sc.tok(k)] {
		return comparativeThan[sc.tok(k+1)] || comparativeThan[sc.tok(k+2)] && plainGap(sc.gap(k+1)) // "100 Euro teurer als", "100 euros mais caro que"
	}
	return comparativeAfter[sc.tok(k)]
}

// restatedAside returns the token after an aside that opens at token k
// with a comma, "or" and a percentage, and closes with a comma: "100
// euros, or 12.5%, dearer"; or -1.
func restatedAside(sent *sentence, k int) int {
	sc := sent.scanner()
	if strings.TrimSpace(sc.gap(k)) != "," || !restateWords[sc.tok(k)] {
		return -1
	}
	for _, m := range sent.numberMentions() {
		if m.start == k+1 && m.unit != nil && m.unit.name == "percent" && strings.Trim(sc.gap(m.uend), " %") == "," { // "12.5%," glues its sign
			return m.uend
		}
	}
	return -1
}

// comparativeParticles, comparativesAfterParticle, comparativesBeforeThan,
// comparativeThan and restateWords: see comparedAfter.
var (
	comparativeParticles      = lexicon.Set("comparative-particles")
	comparativesAfterParticle = lexicon.Set("comparatives-after-particle")
	comparativesBeforeThan    = lexicon.Set("comparatives-before-than")
	comparativeThan           = lexicon.Set("comparative-than")
	restateWords              = lexicon.Set("restate-words")
)

// differenceAbove reports whether a word of [difference-above] at token k,
// after a measure, makes it a difference from a figure that a word of
// [difference-references] names up to four words on, in its clause ("21
// centimetres above the 1997 record"), not a level ("7.5 feet above the
// road").
func differenceAbove(sc scanner, k int) bool {
	if !differenceWords[sc.tok(k)] {
		return false
	}
	for j := k + 1; j < len(sc.toks) && j <= k+4 && plainGap(sc.gap(j)); j++ {
		if differenceReferences[sc.tok(j)] {
			return true
		}
	}
	return false
}

// differenceWords and differenceReferences: see differenceAbove.
var differenceWords, differenceReferences = lexicon.Set("difference-above"), lexicon.Set("difference-references")

// shareOfWhole reports whether a percentage is a share of a whole: a
// word of [share-links] right after it, and no word of change (see
// changeAt) nor "by" before it in its clause ("fares make up 12% of
// spending", "12 % des dépenses"; not "cut 12% of its staff", a change).
func shareOfWhole(sent *sentence, cd candidate) bool {
	sc, n := sent.scanner(), sent.numberMentions()[cd.i]
	after := strings.TrimLeft(sc.gap(n.uend), " %\u00a0\u202f") // "12% of": the sign is no token
	if n.unit == nil || n.unit.name != "percent" || !shareLinks[sc.tok(n.uend)] || !plainGap(after) || changeWord(sc.tok(n.uend+1)) {
		return false
	}
	if changeNounLinks[sc.tok(n.start-1)] && changeNouns[sc.tok(n.start-2)] {
		return false // "une croissance de 1,2 % du PIB": a change, not a share
	}
	for k := n.start - 1; k >= 0 && k >= n.start-changeReach; k-- {
		if sc.changeAt(k) || sc.tok(k) == "by" {
			return false
		}
		if !plainGap(sc.gap(k + 1)) {
			break
		}
	}
	return true
}

// shareLinks, shareVerbs, changeNouns and changeNounLinks: see
// shareOfWhole.
var (
	shareLinks, shareVerbs       = lexicon.Set("share-links"), lexicon.Set("share-verbs")
	changeNouns, changeNounLinks = lexicon.Set("change-nouns"), lexicon.Set("change-noun-links")
)

// changeAt reports whether the word at token k tells of a change (see
// changeWord), "up" after a word of [share-verbs] aside: "make up 12%"
// is a share.
func (sc scanner) changeAt(k int) bool {
	w := sc.tok(k)
	return changeWord(w) && !(comparativeAfter[w] && shareVerbs[sc.tok(k-1)])
}

// changeWord reports whether a word tells of a change: one of
// [change-words] or [change-before].
func changeWord(w string) bool { return changeWords[w] || changeBefore[w] }

// changeBefore, changeBy and comparativeAfter: see changeAmount.
var (
	changeBefore, changeBy = lexicon.Set("change-before"), lexicon.Set("change-by")
	comparativeAfter       = lexicon.Set("comparative-after")
)

// timeOffset reports whether a number is a span of time followed by a word
// that counts a moment from another ("five weeks before", "two years
// after", "a month later") or a margin ("27 seconds inside the record",
// "28 seconds behind"), unless that margin's word is one of the fact's own
// (own): a fact of a winning margin with the term "behind".
func timeOffset(sent *sentence, cd candidate, own map[string]bool) bool {
	n := sent.numberMentions()[cd.i]
	if n.unit == nil || n.unit.base != "second" {
		return false
	}
	f := sent.folded()
	if n.start > 0 && durationBefore[f.tokens[n.start-1].Text] {
		return false // "an outage of 72 hours before the system came back": how long
	}
	if sent.scanner().phraseBefore(n.start, offsetBefore) != nil && !ageHave(f.tokens, n) {
		return true // "vor 3 Tagen", "hace 3 días", "há 3 dias"; not Italian "ha 23 anni", an age
	}
	if momentOn(sent, n) {
		return true // "One week on: how a single command"
	}
	if n.uend >= len(f.tokens) {
		return false
	}
	w := f.tokens[n.uend].Text
	raceTime := n.end > n.start+1 && sent.scanner().gap(n.start+1) == ":"         // "in 1:00:04 behind three pacemakers": where, not by how much
	idiom := marginIdioms[sent.scanner().tok(n.uend+1)]                           // "15 years behind bars": how long
	return (relativeAfter[w] || marginAfter[w] && !raceTime && !idiom) && !own[w] // "38 seconds behind" is the margin a fact of "won by ... | behind" gives, "32 hours after the blackout began" the span of a fact whose claim says "after"
}

// marginIdioms: see [margin-idioms].
var marginIdioms = lexicon.Set("margin-idioms")

// momentOn reports whether a span of time is followed by a word of
// [moment-after] that ends its clause: "One week on: how", "Two years on,
// the town" count a moment from the event (not "a week on the line").
func momentOn(sent *sentence, n numberMention) bool {
	sc := sent.scanner()
	if !momentAfter[sc.tok(n.uend)] {
		return false
	}
	return n.uend+1 >= len(sc.toks) || strings.ContainsAny(sc.gap(n.uend+1), ",:;–—-")
}

// momentAfter: see momentOn.
var momentAfter = lexicon.Set("moment-after")

// offsetBefore count a moment back before a span: "vor 3 Tagen".
var offsetBefore = phrases("offset-before")

// durationBefore, right before a span of time, make it how long something
// lasted, whatever follows: "an outage of 72 hours before", "for 72 hours
// before".
var durationBefore = lexicon.Set("duration-before")

// marginBy are the words of comparison that make a figure after "by" a
// margin: "beat the old mark by two feet", "higher than expected by 3%".
var marginBy = lexicon.Set("margin-by")

// marginByReach is how many words before "by" a word of marginBy may
// stand: "beat the Agnes mark by two feet".
const marginByReach = 5

// byMargin reports whether a number follows "by" with a word of
// comparison a few words before it, in its clause: the margin between two
// figures, not either of them.
func byMargin(sent *sentence, cd candidate, own map[string]bool) bool {
	n := sent.numberMentions()[cd.i]
	sc, f := sent.scanner(), sent.folded()
	by := n.start - 1
	if k := n.start - 4; k >= 1 && sc.tok(k) == "by" && sc.tok(k+1) == "a" && (sc.tok(k+2) == "total" || sc.tok(k+2) == "margin") && sc.tok(k+3) == "of" {
		by = k // "by a total of 81 votes"
	}
	if by < 1 || sc.tok(by) != "by" {
		return false
	}
	for k := by - 1; k >= 0 && k >= by-marginByReach; k-- {
		if boundaries(f.marks[k], f.marks[n.start]) > 0 {
			return false
		}
		if w := sc.tok(k); marginBy[w] {
			return !own[w] // "ahead by 178 votes" is the fact's own margin when "ahead" is its word
		}
	}
	return false
}

// otherYearsFigure reports whether a year counted from the report other
// than its own ("last year", "a year ago", "next year") stands in a
// figure's clause, or opens the sentence, when the sheet dates its story
// to a day or a month and that year is none of their years, and the
// fact's own words name neither it nor a year: "sold about 1.1 million
// vehicles in the United States last year" beside a recall of this year
// (not "Revenue last year was $4.6 billion" for a claim of 2024's
// revenue).
func (m *matcher) otherYearsFigure(src *reading, sent *sentence, cd candidate) bool {
	if m.own["year"] || m.own["years"] || len(m.era.dated) == 0 || src.Published.First.IsZero() || src.Published.Precision > facts.Year {
		return false
	}
	for _, d := range sent.dateMentions() {
		e := d.expr
		y := src.Published.First.Year() + e.offset
		if e.rel != relYear || e.offset == 0 || m.era.storyYear(y) || m.own[strconv.Itoa(y)] {
			continue // not "Revenue last year was $4.6 billion" for a claim of 2024's revenue
		}
		if opensSentence(sent, d.span) || !sent.leavesClause(cd.span, d.span, false) && !sent.leavesClause(d.span, cd.span, true) && !personClauseBetween(sent, cd.span, d.span) && !inPersonClause(sent, d.span, cd.span) {
			return true
		}
	}
	return false
}

// personClauseBetween reports whether a word of [person-relatives]
// ("who", "whose") stands between two spans after a comma: it opens a
// clause on a person, not on the other span's noun, however the commas
// around pair
// ("which measures 146 by 114 inches, was sold by a collector who died
// last year").
func personClauseBetween(sent *sentence, a, b span) bool {
	lo, hi := min(a.end, b.end), max(a.start, b.start)
	comma := false // "300 workers who were laid off last year": the clause on the figure's own noun counts
	for k := lo; k < hi; k++ {
		comma = comma || strings.Contains(sent.scanner().gap(k), ",")
		if personRelatives[sent.folded().tokens[k].Text] {
			return comma
		}
	}
	return false
}

// inPersonClause reports whether the date at d stands in a clause on a
// person that a word of [person-relatives] opens and a comma closes before
// the figure at fig: "Kotut, the Kenyan who finished fourth here two
// years ago, ran 2:05:47, beating the record by 46 seconds".
func inPersonClause(sent *sentence, d, fig span) bool {
	sc := sent.scanner()
	closed := false
	for k := d.end; k <= fig.start && k < len(sc.toks); k++ {
		closed = closed || strings.Contains(sc.gap(k), ",")
	}
	if !closed || d.end > fig.start {
		return false
	}
	for k := d.end; k < len(sc.toks); k++ {
		if sc.phraseAt(k, datesBack) != nil {
			return false // "Ruiz, who won here in 2019, ran 2:25:47 that year": the figure is dated back to it
		}
	}
	for k := d.start - 1; k >= 0; k-- {
		if personRelatives[sc.tok(k)] {
			return true
		}
		if strings.Contains(sc.gap(k), ",") {
			return false
		}
	}
	return false
}

// datesBack ([dates-back]) after a date date a later clause by it: "that
// year", "then", "that day".
var datesBack = phrases("dates-back")

// personRelatives: see personClauseBetween.
var personRelatives = lexicon.Set("person-relatives")

// marginNouns, right before "of" and a figure, make the figure a
// difference between two others: "a margin of 1,091 votes".
var marginNouns = lexicon.Set("margin-nouns")

// marginNoun reports whether a word of [margin-nouns], none of the fact's
// own words, stands right before "of" and the figure (over an adjective:
// "a narrow margin of").
func marginNoun(sent *sentence, cd candidate, own map[string]bool) bool {
	n := sent.numberMentions()[cd.i]
	sc := sent.scanner()
	if sc.tok(n.start-1) != "of" || !plainGap(sc.gap(n.start)) {
		return false
	}
	w := sc.tok(n.start - 2)
	return marginNouns[w] && !own[w]
}

// marginAfter are the words after a span of time that make it a margin
// between two times: "27 seconds inside the old mark", "45 seconds off the
// record", "18 seconds ahead of him".
var marginAfter = lexicon.Set("margin-after")

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

// otherKindOrStage are words before a thing that make it another of its
// kind ("a second spot fire") or the thing at another stage than the one
// the sheet holds ("a preliminary orbit of 200 km" beside a working orbit
// of 412).
var otherKindOrStage = lexicon.Set("other-kind-or-stage")

// anotherOfItsKind returns the word right before the terms at spans, or
// before a name right before them, that makes the thing they name another
// of its kind or the thing at another stage ("an earlier quake", "an
// initial orbit", "the next Westmark draw"), with the term, when
// every term is so qualified, or "". A word of the fact's own (own: "the
// second attack" for a fact about it) does not count.
func (sent *sentence) anotherOfItsKind(spans []span, own map[string]bool) string {
	f := sent.folded()
	w := ""
	for _, sp := range spans {
		k := sp.start - 1
		for n := 0; n < otherKindNameWords && k > 0 && unicode.IsUpper(sent.writtenAt(k)) && !inSpans(k, spans) && plainGap(f.norm.S[f.tokens[k].End:f.tokens[k+1].Start]); n++ {
			k-- // "a second Acme plant", "the next Westmark Millions draw": a name between, none of the fact's terms
		}
		if k < 0 || !otherKindOrStage[f.tokens[k].Text] || own[f.tokens[k].Text] || !plainGap(f.norm.S[f.tokens[k].End:f.tokens[k+1].Start]) {
			return ""
		}
		w = f.norm.S[f.tokens[k].Start:f.tokens[sp.end-1].End]
	}
	return w
}

// severalOfItsKind returns the words from a count to the fact's term it
// counts, a plural the sheet does not write, when every term of the
// fact in the sentence is so counted, or "": "took part in 14 seizures
// across the region", "plusieurs incendies" tell of several events of the
// fact's kind, whose dates are theirs.
func (sent *sentence) severalOfItsKind(spans []span, own map[string]bool) string {
	sc := sent.scanner()
	w := ""
	for _, sp := range spans {
		k, t := sp.start-1, sc.tok(sp.end-1)
		if k < 0 || sp.end-sp.start != 1 || own[t] || !strings.HasSuffix(t, "s") || !plainGap(sc.gap(sp.start)) {
			return ""
		}
		if !countsSeveral(sc.tok(k)) && k > 0 && plainGap(sc.gap(k)) && !determiners[sc.tok(k)] && !ppPrepositions[sc.tok(k)] {
			k-- // "14 dawn raids": a word between
		}
		if sc.tok(k) == "of" && k > 0 {
			k-- // "dozens of raids"
		}
		if !countsSeveral(sc.tok(k)) {
			return ""
		}
		w = sent.folded().norm.S[sc.toks[k].Start:sc.toks[sp.end-1].End]
	}
	return w
}

// countsSeveral reports whether a word counts more than one: a figure, a
// number word, or a word of [counting-quantifiers] ("several", "dozen").
func countsSeveral(w string) bool {
	return countingQuantifiers[w] || isDigits(w) && w != "1" && len(w) < 4 || isNumberWord(w) && units[w] != 1
}

// countingQuantifiers ([counting-quantifiers]) count several things of a
// kind, as a figure does: "several raids", "plusieurs incendies".
var countingQuantifiers = lexicon.Set("counting-quantifiers")

// anotherSubject returns the words from "another" or "a second" to a term
// of the fact that is the verb of the subject they open, or "": "A third
// man, aged 29, was arrested yesterday", "Another school was evacuated".
// The sentence tells of the fact's event again, to another one; "the
// second man" may be one the sheet counts.
func (sent *sentence) anotherSubject(spans []span, own map[string]bool) string {
	sc := sent.scanner()
	for _, sp := range spans {
		k := sp.start - 1
		for k > 0 && auxiliaries[sc.tok(k)] && plainGap(sc.gap(k+1)) {
			k--
		}
		relative := false
		if r := relativeOpening(sc, k, sp.start); r > 0 {
			k, relative = r-1, true // "A third man, aged 29, who was arrested on Wednesday", "Ein dritter Mann, der am Mittwoch festgenommen worden war"
		}
		if k < sp.start-1 && strings.HasPrefix(sc.gap(k+1), ",") {
			a := commaAsideStart(sc, k) // "A third man, aged 29, was arrested"
			if a >= 0 && slices.ContainsFunc(sc.toks[a:k+1], func(t text.Token) bool { return own[t.Text] }) || a < 0 && !relative {
				continue // "Another suspect, Tom Berg, was arrested": the sheet's own one
			}
			if a >= 0 {
				k = a - 1
			}
		}
		if k < 1 || !isLetters(sc.tok(k)) || objectPrepositions[sc.tok(k)] || !plainGap(sc.gap(k)) || own[sc.tok(k-1)] { // not "a fifth of homes"
			continue
		}
		if w := sc.tok(k - 1); w == "another" || ordinalInstances[w] && instanceArticles[sc.tok(k-2)] {
			f := sent.folded()
			return f.norm.S[f.tokens[k-1].Start:f.tokens[sp.end-1].End]
		}
	}
	return ""
}

// ordinalInstances ([ordinal-instances]) after "a" open a subject that is
// one more of its kind: "a second man was arrested".
var ordinalInstances, instanceArticles = lexicon.Set("ordinal-instances"), lexicon.Set("instance-articles")

// relativeOpening returns the token of a relative word of
// [subject-relatives] that a comma opens, up to relativeSubjectReach words
// before token k, no other comma between, from which the clause runs to
// the term at end; or -1: "A third man, who was arrested on Wednesday".
func relativeOpening(sc scanner, k, end int) int {
	for j := k; j > 0 && j >= k-relativeSubjectReach; j-- {
		if j < end-1 && strings.Contains(sc.gap(j+1), ",") {
			return -1
		}
		if subjectRelatives[sc.tok(j)] && strings.HasPrefix(strings.TrimSpace(sc.gap(j)), ",") && passiveRelative(sc, j, end) {
			return j
		}
	}
	return -1
}

// passiveRelative reports whether the relative clause from token r to the
// term at end is passive, so that the noun before it is the one the term
// acts on: a form of "be" right before the term ([passive-be]) or a
// German or Dutch auxiliary of the passive right after it, and no article
// between ("who was arrested", "der am Mittwoch festgenommen worden war";
// not "who arrested the suspect", "who had arrested Smith").
func passiveRelative(sc scanner, r, end int) bool {
	for k := r + 1; k < end; k++ {
		if determiners[sc.tok(k)] || sceneTermArticles[sc.tok(k)] {
			return false
		}
	}
	return passiveBe[sc.tok(end-1)] || passiveAfter[sc.tok(end+1)]
}

// passiveAfter ([passive-after]) right after a participle make it passive,
// as German puts them: "festgenommen worden war", "festgenommen wurde".
var passiveAfter = lexicon.Set("passive-after")

// subjectRelatives and relativeSubjectReach: see relativeOpening.
var subjectRelatives = lexicon.Set("subject-relatives")

const relativeSubjectReach = 6

// otherKindNameWords is how many words of a name may stand between a word
// of [other-kind-or-stage] and the thing it qualifies.
const otherKindNameWords = 3

// anotherInLaterGroup returns the words of a term of a later about group
// with a word of [other-kind-or-stage] right before it ("A second bridge,
// Elm Road Bridge, was closed" for a fact whose first group is the
// closing and a later one the bridge), or "": the sentence tells of
// another thing of the kind, whatever the rest of it names.
func (sent *sentence) anotherInLaterGroup(spans, first []span, own map[string]bool) string {
	for _, sp := range spans {
		if slices.Contains(first, sp) {
			continue
		}
		if w := sent.anotherOfItsKind([]span{sp}, own); w != "" {
			return w
		}
	}
	return ""
}

// otherSides pair a word that names one side of a pair with the other
// side: "women" and "men", "junior" and "senior".
var otherSides = lexicon.Pairs("other-sides")

// otherSideReach is how many words before a term otherSide looks.
const otherSideReach = 3

// otherSide returns the words from a word that names one side of a pair
// to the term it qualifies, when the fact's own words name the other side
// and not this one ("the women's singles final" for a fact about the
// men's, "the junior record"), and every term at spans is so qualified,
// and the sentence names the fact's side nowhere ("the men's and women's
// finals" name both); or "".
func (sent *sentence) otherSide(spans []span, own map[string]bool) string {
	f, sc := sent.folded(), sent.scanner()
	w := ""
	for _, sp := range spans {
		side := -1
		sc.wordWithin(sp, -1, otherSideReach, ",;:.!?()[]–—\"", func(k int) bool {
			if p, ok := otherSides[sc.tok(k)]; ok && own[p] && !own[sc.tok(k)] && !sc.hasTokenIn(0, len(sc.toks), p) {
				side = k // not "The men's and women's finals were both played on Saturday"
				return true
			}
			return false
		})
		if side < 0 {
			return ""
		}
		w = f.norm.S[f.tokens[side].Start:f.tokens[sp.end-1].End]
	}
	return w
}

// similarInstance returns a word of the sentence that makes what it tells
// another event like the fact's ("after a similar engine failure"), not in
// the fact's own words, or "". A sentence that holds a date of the story
// tells the story's event beside the similar one ("robbed the vault on
// Sunday, after a similar raid in 2013"): the caller asks era.datesStory.
func (sent *sentence) similarInstance(own map[string]bool) string {
	f, sc := sent.folded(), sent.scanner()
	for i, t := range f.tokens {
		if similarWords[t.Text] && !own[t.Text] && i+1 < len(f.tokens) && plainGap(sc.gap(i+1)) && !comparedWith[f.tokens[i+1].Text] {
			return t.Text // "a similar engine failure", not "a toll similar to 2019's"
		}
	}
	return ""
}

// otherPlace returns a word of [other-place-words] and the capitalised
// name after it ("In neighbouring Westerholm, councillors postponed their
// vote to March 31", "Na vizinha Westerholm"), unless the word is the
// fact's own; or "".
func (sent *sentence) otherPlace(own map[string]bool) string {
	toks, sc := sent.folded().tokens, sent.scanner()
	for k := 0; k+1 < len(toks); k++ {
		if w := toks[k].Text; otherPlaceWords[w] && !own[w] && plainGap(sc.gap(k+1)) && unicode.IsUpper(sent.writtenAt(k+1)) {
			return w + " " + toks[k+1].Text
		}
	}
	return ""
}

// placeOpened returns where the phrase ends that opens a sentence with a
// word of [place-openers] and a place, one or two capitalised words that
// no fact of the sheet names (sheet), closed by a comma: "In Portugal,
// some 20 contributors ...", "Em Portugal, ...". Not a month, a weekday
// or a word the sheet uses ("In Lisbon," for a story of Lisbon). Or 0.
func (sent *sentence) placeOpened(sheet map[string]bool) int {
	toks, sc := sent.folded().tokens, sent.scanner()
	if len(toks) < 3 || !placeOpeners[toks[0].Text] {
		return 0
	}
	for k := 1; k <= 2 && k < len(toks); k++ {
		w := toks[k].Text
		if !unicode.IsUpper(sent.writtenAt(k)) || sheet[w] || isMonth(w) || isWeekday(w) || !plainGap(sc.gap(k)) {
			return 0
		}
		if strings.Contains(sc.gap(k+1), ",") {
			return k + 1
		}
	}
	return 0
}

// placeOpeners: see placeOpened.
var placeOpeners = lexicon.Set("place-openers")

// otherPlaceWords: see otherPlace.
var otherPlaceWords = lexicon.Set("other-place-words")

// otherListLeadIn returns the lead-in line of the list a sentence stands
// in, when it holds a word of [lead-in-others] that is none of the fact's
// own words ("Earlier crashes on this road:" above "- a crash at 98 km
// took down ten riders", "This road's previous crashes:"), not after a
// word of [compared-from] ("Changes since the previous release:"), or "".
func otherListLeadIn(src *reading, sent *sentence, own map[string]bool) string {
	lead := listHead(src, sent)
	if lead == nil || !leadIn(lead) || len(lead.folded().tokens) > leadInWords {
		return ""
	}
	toks := lead.folded().tokens
	for k, t := range toks {
		if leadInOthers[t.Text] && !own[t.Text] && (k == 0 || !comparedFrom[toks[k-1].Text]) && (k < 2 || !comparedFrom[toks[k-2].Text]) {
			return strings.TrimSpace(lead.Piece().S) // "Earlier crashes on this road:", "This road's previous crashes:"
		}
	}
	return ""
}

// comparedFrom, a word or two before a word of [lead-in-others], make it
// what the list is compared with: "Changes since the previous release:".
var comparedFrom = lexicon.Set("compared-from")

// leadInOthers, first in a list's lead-in, make its items other things of
// the fact's kind.
var leadInOthers = lexicon.Set("lead-in-others")

// listHead returns the sentence that heads the list a sentence stands in
// as an item: the last one before the list's items that opens a
// paragraph, or nil when the sentence is no list item or the list runs
// too long.
func listHead(src *reading, sent *sentence) *sentence {
	if !listItem(src, sent) {
		return nil
	}
	for k := sent.index - 1; k >= 0 && sent.index-k <= maxListReach; k-- {
		if s := &src.sents[k]; s.First && !listItem(src, s) {
			return s // the paragraph before the list
		}
	}
	return nil
}

// maxListReach is how many sentences back a list item's lead-in is looked
// for.
const maxListReach = 40

// comparedWith, after "similar", make it a comparison of the sentence's
// own thing: "similar to", "similar in size".
var comparedWith = lexicon.Set("similar-compared")

// similarWords make a sentence tell another event like the story's.
var similarWords = lexicon.Set("similar-instance")

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

// organisationParts ([organisation-parts]) name a part of an organisation
// ("the company's US arm employs 4,000"): a figure there may be the part's.
// bodyPartBefore ([body-part-before]) right before one make it a limb:
// "cuts to her arm".
var organisationParts, bodyPartBefore = lexicon.Set("organisation-parts"), lexicon.Set("body-part-before")

// organisationPart returns the first word of organisationParts in the
// sentence that the sheet does not use, but "arm" after a word of
// bodyPartBefore, or "".
func (sent *sentence) organisationPart(sheet map[string]bool) string {
	toks := sent.folded().tokens
	for k, t := range toks {
		if organisationParts[t.Text] && !sheet[t.Text] && (k == 0 || t.Text != "arm" || !bodyPartBefore[toks[k-1].Text]) {
			return t.Text
		}
	}
	return ""
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

// respectively pairs values with facts in "the 128 GB and 256 GB models cost
// $499 and $649, respectively": when the sentence says "respectively", the
// facts whose first-group terms stand before the values are as many as the
// values between the last of those terms and "respectively", and each fact
// has one such term, the k-th value is the k-th fact's. It returns this
// fact's value.
func (m *matcher) respectively(sent *sentence, cands []candidate, firstSpans []span, peers []peer) ([]candidate, bool) {
	resp := -1
	for i, t := range sent.folded().tokens {
		if t.Text == "respectively" {
			resp = i
		}
	}
	if resp < 0 || len(firstSpans) == 0 {
		return nil, false
	}
	own, ok := oneRegion(firstSpans)
	if !ok {
		return nil, false
	}
	terms, last, ok := m.respectiveTerms(own, peers, resp)
	if !ok || len(terms) < 2 || sharedTerm(terms) {
		return nil, false
	}
	var vals []candidate
	for _, cd := range cands {
		if cd.at.start >= last && cd.at.end <= resp {
			vals = append(vals, cd)
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

// A respectiveTerm is where a fact paired by "respectively" is named.
type respectiveTerm struct {
	at   int  // the token of its first-group term
	self bool // the fact is the matcher's own
}

// respectiveTerms returns the first-group terms before "respectively" at
// token resp of this fact (first) and of its peers of the same kind and
// unit, and the end of the last of them. It reports false when a peer has
// more than one such term.
func (m *matcher) respectiveTerms(first span, peers []peer, resp int) ([]respectiveTerm, int, bool) {
	terms := []respectiveTerm{{first.start, true}}
	last := first.end
	for _, p := range peers {
		if p.matcher == m || p.fact.Kind != m.fact.Kind || !sameUnit(p.matcher, m) || len(p.first) == 0 || p.first[0].start > resp {
			continue
		}
		at, ok := oneRegion(p.first)
		if !ok {
			return nil, 0, false
		}
		terms = append(terms, respectiveTerm{at.start, false})
		last = max(last, at.end)
	}
	return terms, last, true
}

// oneRegion joins spans that overlap ("large boxes" found by the terms
// "large box" and "large") and reports whether they make one.
func oneRegion(spans []span) (span, bool) {
	at := spans[0]
	for _, sp := range spans[1:] {
		if sp.start >= at.end || sp.end <= at.start {
			return span{}, false
		}
		at = span{min(at.start, sp.start), max(at.end, sp.end)}
	}
	return at, true
}

// sharedTerm reports whether two facts are named by one term: then there
// is no order to pair them by.
func sharedTerm(terms []respectiveTerm) bool {
	for a := range terms {
		for b := a + 1; b < len(terms); b++ {
			if terms[a].at == terms[b].at {
				return true
			}
		}
	}
	return false
}

// ownCandidates keeps the candidates that are this fact's and not a
// rival's. A value standing nearer the first-group terms of a rival fact
// than to this fact's own is the rival's, when the rival can read it (a
// number in its unit) and does not already have its own value in the
// sentence; a value the sheet holds for a fact that locates the sentence
// is that fact's (charitable).
func (m *matcher) ownCandidates(src *reading, sent *sentence, cands []candidate, firstSpans []span, peers []peer) []candidate {
	rivals, sets := m.rivalsOf(src, sent, cands, peers)
	first := newAnchorSet(firstSpans)
	var own []candidate
	for _, cd := range cands {
		mine := myDistance(sent, cd, first)
		if p := m.charitable(src, sent, cd, peers); p != nil {
			m.tracef("    %q is the value the sheet holds for %s, whose terms are here: that fact's, not a contradiction of this one", says(src, sent, cd.span), p.fact.ID)
			continue
		}
		r, rival := nearestRival(sent, cd, rivals, sets)
		if r >= 0 && r < mine && !rival.located && rival.unlessNear(sent, cd.at, m.own) {
			m.tracef("    %q stands nearer the first terms of %s, which an unless term of this fact's own words rules out in its clause: taken", says(src, sent, cd.span), rival.fact.ID)
			r = -1 // "the original 2022 design would have razed about 440 homes": not the final plan's homes
		}
		if r >= 0 && r < mine && m.ownValue(src, sent, cd) {
			m.tracef("    %q stands nearer the first terms of %s, but it is this fact's own value: taken", says(src, sent, cd.span), rival.fact.ID)
		} else if r >= 0 && r < mine {
			m.tracef("    %q stands nearer the first terms of %s (%d words) than this fact's (%d): not this fact's", says(src, sent, cd.span), rival.fact.ID, r, mine)
			continue
		}
		if r == mine && cd.dist >= r && rival.located && !m.tallySide(sent, cd) {
			cd.tie = rival.fact.ID // as near, and the sentence is about both
		}
		own = append(own, cd)
	}
	return own
}

// unlessNear reports whether an unless term of the fact, of the words
// own of another fact, stands in the clause of a value, within the fact's
// window: the value is of what the unless term names, the other fact's
// thing ("the original 2022 design would have razed about 440 homes" for a
// fact of the original design), and the fact it rules out claims it no
// more than it is judged on it. One in another clause leaves it the fact's
// ("a second attack hit on Friday, days after ties were cut over an older
// attack in July"), and so does one that names neither ("since the
// Morandi bridge collapsed in August 2018").
func (m *matcher) unlessNear(sent *sentence, at span, own map[string]bool) bool {
	f := sent.folded()
	for _, t := range m.loc.unless {
		if !allOwn(phraseWords(t.raw), own) {
			continue
		}
		for _, sp := range t.find(f.norm.S, f.tokens) {
			a, b := min(sp.start, at.start), max(sp.start, at.start)
			if sent.distance(sp, at) <= m.fact.Within && boundaries(f.marks[a], f.marks[b]) == 0 {
				return true
			}
		}
	}
	return false
}

// tallySide reports whether a number fact's candidate is its side of a
// tally ("The vote was 9-3": the 3 for a fact of votes against): the
// tally, not nearness, gives it to the fact.
func (m *matcher) tallySide(sent *sentence, cd candidate) bool {
	if m.fact.Kind != facts.KindNumber {
		return false
	}
	n := sent.numberMentions()[cd.i]
	return m.voteFigure(sent, n) || m.ownVoteSide(sent, n) // "16 votes against" for the votes against
}

// voteFigure reports whether a number with no unit of the table is the
// fact's side of a vote's tally, in figures or in words.
func (m *matcher) voteFigure(sent *sentence, n numberMention) bool {
	return n.unit == nil && (scorePart(sent, n) || m.tallyTo(sent, n) || m.tallyFrom(sent, n)) && m.voteSide(sent, n)
}

// rivalsOf returns the peers of a sentence that compete with the fact for
// its values, with the anchor sets of their first-group terms: facts of
// its kind whose first terms stand there and whose own value is not
// among the candidates.
func (m *matcher) rivalsOf(src *reading, sent *sentence, cands []candidate, peers []peer) ([]peer, []anchorSet) {
	var rivals []peer
	for _, p := range peers {
		if p.matcher != m && p.fact.Kind == m.fact.Kind && len(p.first) > 0 && !p.satisfied(src, sent, cands, m) && !sameMoment(p.fact, m.fact) {
			rivals = append(rivals, p)
		}
	}
	sets := make([]anchorSet, len(rivals))
	for k, p := range rivals {
		sets[k] = newAnchorSet(p.first)
	}
	return rivals, sets
}

// sameMoment reports whether two time facts hold one moment, as a sheet
// does that keeps a time in the story's zone and in UTC ("03:47 PET",
// "08:47 UTC"): a time either reads is the other's too, so neither is the
// other's rival for it.
func sameMoment(a, b *facts.Fact) bool {
	return a.Kind == facts.KindTime && b.Kind == facts.KindTime && a.Time.UTC == b.Time.UTC
}

// myDistance is how far a candidate stands from the fact's first-group
// terms. A sentence that continues the one before has no first-group
// terms of its own: then the nearest term of any group counts.
func myDistance(sent *sentence, cd candidate, first anchorSet) int {
	if d := sent.nearest(cd.at, first); d >= 0 {
		return d
	}
	return cd.dist
}

// nearestRival returns the distance from a candidate to the nearest
// first-group term of a rival that can read it, and that rival (a located
// one first among those as near); -1 when there is none.
func nearestRival(sent *sentence, cd candidate, rivals []peer, sets []anchorSet) (int, peer) {
	best, id := -1, peer{}
	for k, p := range rivals {
		if !p.value.canRead(p.matcher, sent, cd, p.first) {
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
	if !p.located || !sameUnit(p.matcher, m) {
		return false
	}
	for _, cd := range cands {
		if m.value.holds(p.fact, src, sent, cd) {
			return true
		}
	}
	return false
}

// charitable returns the other fact that a candidate value belongs to: a
// value this fact does not hold but another fact that locates the sentence
// does ("120 of its 9,000 members" for the 120 affected, when the sheet
// holds 9,000 as the membership); or a figure an open-ended value allows
// but does not write, which another such fact holds as its own ("carrying
// 84,000 tonnes" for at least 1,200 tonnes leaked, when the sheet holds
// 84,000 tonnes as the cargo). Otherwise nil.
func (m *matcher) charitable(src *reading, sent *sentence, cd candidate, peers []peer) *matcher {
	held := m.value.holds(m.fact, src, sent, cd)
	if len(peers) < 2 || held && (m.fact.Kind != facts.KindNumber || m.ownValue(src, sent, cd)) {
		return nil
	}
	var own []span
	for _, p := range peers {
		if p.matcher == m {
			own = p.first
		}
	}
	for _, p := range peers {
		if p.located && p.matcher != m && p.fact.Kind == m.fact.Kind && (sameUnit(p.matcher, m) || sameBase(p.matcher, m) || len(m.units) == 0) && p.holdsAsRead(src, sent, cd) && p.value.canRead(p.matcher, sent, cd, p.first) && !farFromOpen(sent, cd, p.fact) && !beyondRival(sent, cd, own, p) && (!held || p.ownValue(src, sent, cd) && nearerOf(sent, cd, p.first)) {
			return p.matcher
		}
	}
	return nil
}

// beyondRival reports whether a clause boundary parts a value from every
// first-group term of a rival fact, beyond the rival's window, while it
// stands right by this fact's terms (clausePenalty words at most), one of
// which opens the value's clause (see subjectTerm): "De brand brak maandag 13 oktober uit
// ..., enkele uren nadat de veerboot was vertrokken" gives the fire's day,
// whatever the departure's is; "An inquest into the death of a camper
// swept away when a flood hit was opened on Tuesday" keeps Tuesday the
// inquest's.
func beyondRival(sent *sentence, cd candidate, own []span, p peer) bool {
	if len(p.first) == 0 || cd.dist > clausePenalty || !subjectTerm(sent, own, cd.at) {
		return false // not "more than 2,000 people had left, a sports hall in the next town": no term of this fact's in the value's clause either
	}
	if d := sent.nearest(cd.at, newAnchorSet(p.first)); d <= p.fact.Within {
		return false
	}
	for _, sp := range p.first {
		if !sent.leavesClause(cd.at, sp, false) && !sent.leavesClause(sp, cd.at, false) {
			return false
		}
	}
	return true
}

// subjectTerm reports whether a term of own opens the clause of a value
// after it, only an article before it: "De brand brak maandag 13 oktober
// uit", "The fire broke out on 13 October"; not "Passengers said a fire
// drill on 13 October", where the term may name another thing.
func subjectTerm(sent *sentence, own []span, v span) bool {
	f := sent.folded()
	for _, sp := range own {
		k := sp.start
		if k > 0 && (determiners[f.tokens[k-1].Text] || ppArticles[f.tokens[k-1].Text]) {
			k--
		}
		if sp.end <= v.start && boundaries(f.marks[sp.start], f.marks[v.start]) == 0 && (k == 0 || boundaries(f.marks[k-1], f.marks[k]) > 0) {
			return true
		}
	}
	return false
}

// nearerOf reports whether a candidate stands nearer a fact's first-group
// terms (first) than the terms it was read by: "carrying 84,000 tonnes"
// is the cargo's, where "45 people died ... and 60 were hurt" keeps 45 for
// the dead.
func nearerOf(sent *sentence, cd candidate, first []span) bool {
	d := sent.nearest(cd.at, newAnchorSet(first))
	return d >= 0 && d < cd.dist
}

// holdsAsRead reports whether a candidate that another fact read is this
// fact's value as this fact reads it: a number in this fact's own unit
// ("58 cm" for a skull of 58 cm, which a length in metres reads as 0.58).
func (m *matcher) holdsAsRead(src *reading, sent *sentence, cd candidate) bool {
	if m.fact.Kind == facts.KindNumber {
		if _, rs, ok := m.numberReadings(sent, sent.numberMentions()[cd.i]); ok {
			cd.readings = rs
		}
	}
	return m.value.holds(m.fact, src, sent, cd)
}

// notHolder are the words that, just before a term, say that whoever it
// names does not hold the post now: "not the prime minister", "former
// minister", "ex-minister", "no longer chairman".
var notHolder = lexicon.Set("not-holder")

// holderThenAfter: see [holder-then-after].
var holderThenAfter = phrases("holder-then-after")

// unqualified returns the term matches of a sentence that no notHolder
// word stands just before (an article may come between: "not the"; or a
// word with a capital, an organisation's name: "former ACME chairman"),
// and that no phrase of [holder-then-after] follows ("chief engineer at
// the time").
func unqualified(sent *sentence, spans []span) []span {
	toks, sc := sent.folded().tokens, sent.scanner()
	var out []span
	for _, sp := range spans {
		if plainGap(sc.gap(sp.end)) && sc.phraseAt(sp.end, holderThenAfter) != nil {
			continue // "chief engineer at the time of the 2019 inspection"
		}
		i := sp.start - 1
		if i >= 0 && (toks[i].Text == "the" || toks[i].Text == "a") {
			i--
		}
		if i >= 0 && strings.ContainsAny(sc.gap(i+1), partingMarks) || i >= 1 && !notHolder[toks[i].Text] && strings.ContainsAny(sc.gap(i), partingMarks) {
			out = append(out, sp) // a comma or a quote mark parts them: "... any longer," UPG general secretary
			continue
		}
		if i >= 0 && notHolder[toks[i].Text] || pastHolder(toks, i) || i >= 1 && notHolder[toks[i-1].Text] && unicode.IsUpper(sent.writtenAt(i)) {
			continue // "former ACME chairman": an organisation's name may stand between
		}
		out = append(out, sp)
	}
	return out
}

// partingMarks, between a word of notHolder and a term, part them: the
// word stands in another phrase.
const partingMarks = ",;:.!?\"“”«»()"

// notHolderYears are the words before "year's" that make a term name a
// past holder: "last year's winner", "the previous year's champion".
var notHolderYears = lexicon.Set("not-holder-years")

// periodsOfHolding are the words before "'s" and a term that such a word
// qualifies: "last year's", "the previous season's".
var periodsOfHolding = lexicon.Set("periods-of-holding")

// pastHolder reports whether "last year's" or the like ends at token i:
// "Last year's winner, Getachew Alemu" names no winner of this year.
func pastHolder(toks []text.Token, i int) bool {
	return i >= 2 && toks[i].Text == "s" && periodsOfHolding[toks[i-1].Text] && notHolderYears[toks[i-2].Text]
}
