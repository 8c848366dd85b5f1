package checks

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// quoteKind reads a quote fact: the quoted passages of a source that its
// speaker says, verbatim or reworded. It judges passages, not located
// sentences.
type quoteKind struct{}

func newQuoteKind(m *matcher) factKind {
	m.quote = newQuoteMatcher(m.fact.Quote)
	return quoteKind{}
}

func (quoteKind) judgeSentence(*matcher, *Cell, *reading, *sentence, []span, []span, []peer) {}

func (quoteKind) judgePassages(m *matcher, c *Cell, src *reading, passages []int32) {
	m.quotes(c, src, passages)
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
		c.Findings = append(c.Findings, m.quoteFinding(src, p, cmp, rendering, how))
	}
}

// quoteFinding is the evidence of a passage that renders the quote:
// verbatim (agrees), or reworded, with what differs (contradicts).
func (m *matcher) quoteFinding(src *reading, p *passage, cmp comparison, rendering int, how string) *Finding {
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
		switch {
		case how == nearSpeaker:
			fd.Unsure = true // "said Nowak": a misspelling, or another person
			fd.How += "; unsure: the name may be another person's"
		case p.Labelled:
			fd.Unsure = true // "Whitcombe: outbreak was preventable": a headline's paraphrase, a line of minutes
			fd.How += "; unsure: a line after a speaker's label may render the words, not quote them"
		case rendering > 0 && m.quote.translated[rendering]:
			fd.Unsure = true // "ci vorrà del tempo" beside an accepted "ci vorranno settimane"
			fd.How += "; unsure: closest to an accepted rendering in other words than the quote's, a translation, which another translator words otherwise"
		case headlineQuote(src, p):
			fd.Unsure = true // a related link's "- Prosecutor: “jewels still in Belgium”"
			fd.How += "; unsure: a line that is only a label and a quote, or a quote and its speaker after a dash, is a headline's, which quotes in short"
		case cmp.anotherRemark(p):
			fd.Unsure = true // "We knew it would come. We did not see it coming at this speed," said in an interview
			fd.How += "; unsure: the passage holds a sentence the quote does not, another remark of the speaker's, and may say the rest on another occasion in other words"
		case cmp.cutOnly():
			fd.Unsure = true // "I just played the position in front of me" for "I stopped looking at the ratings and just played the position in front of me"
			fd.How += "; unsure: the passage only leaves words of the quote out, with no ellipsis, none a negation: a cut that may keep what the words say, or a misquote"
		case selfReported(fd.Says):
			fd.Unsure = true // "I said on the day that this course had never seen a run like that"
			fd.How += "; unsure: the speaker tells what they said before, in the words of now"
		}
	}
	return fd
}

// selfReported reports whether a passage holds a speaker telling what
// they said before: a pronoun of [self-report-pronouns] right before a verb
// of saying ("I said on the day that ...", "as we told you"), whose words
// after it report, not repeat, the earlier ones.
func selfReported(passage string) bool {
	ws := text.Words(passage)
	for k := 0; k+1 < len(ws); k++ {
		if selfReportPronouns[ws[k]] && sayingVerbs[ws[k+1]] {
			return true
		}
	}
	return false
}

// selfReportPronouns: see selfReported.
var selfReportPronouns = lexicon.Set("self-report-pronouns")

// headlineLine matches a line that is a headline's quote: a short label,
// a colon and the quote ending the line ("Prosecutor: “jewels still in
// Belgium”"), or the quote and its speaker after a dash ("“Not a single
// trap” – coastguard"), perhaps after a list's marker; no stop ends the
// quote, as none ends a headline.
var headlineLine = regexp.MustCompile(`^(?:[-*•]\s+|\d+[.)]\s+)?(?:[^"“”:.!?]{1,60}:\s*["“'‘].+[^.!?,]["”'’]|["“'‘].+[^.!?,]["”'’]\s*[-–—]\s*[^.!?"“”]{1,40})$`)

// subtitledHeadline matches a label, a colon, a quote and a subtitle after
// a dash or a bar, with no stop: "Campaign: “Seven Votes Made History” -
// Tanaka Confirmed as Mayor". The label and the subtitle are its groups.
var subtitledHeadline = regexp.MustCompile(`^([^"“”:.!?]{1,60}):\s*["“'‘].+[^.!?,]["”'’]\s+[-–—|]\s+([^.!?"“”,;]{1,120})$`)

// headlineQuote reports whether a passage's line is a headline's quote
// (see headlineLine, subtitledHeadline): reworded, it may be the
// headline's shortening.
func headlineQuote(src *reading, p *passage) bool {
	ls, le := src.LineOf(p.Start)
	line := strings.TrimSpace(src.Raw()[ls:le])
	if headlineLine.MatchString(line) {
		return true
	}
	m := subtitledHeadline.FindStringSubmatch(line)
	return m != nil && !saidLabel(m[1]) && mostlyCapitals(m[2])
}

// saidLabel reports whether a label before a colon ends with a verb of
// saying or its object ("Tanaka said:", "Tanaka told reporters:"): prose
// that quotes, no headline's label.
func saidLabel(label string) bool {
	ws := strings.Fields(text.Fold(label))
	for k := max(0, len(ws)-2); k < len(ws); k++ {
		if sayingVerbs[ws[k]] {
			return true
		}
	}
	return false
}

// mostlyCapitals reports whether two thirds or more of the words of four
// letters or more in s are written with a capital, as a headline's are:
// "Tanaka Confirmed as Mayor", not "and the hall erupted".
func mostlyCapitals(s string) bool {
	long, capital := 0, 0
	for _, w := range strings.Fields(s) {
		if len([]rune(w)) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return long > 0 && 3*capital >= 2*long
}
