package format

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/escape"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// formatsResult has one labelled contradiction, one new one, one stale
// label and an agreement, in a source with a multi-byte rune before a value.
func formatsResult(t *testing.T) *checks.Result {
	t.Helper()
	sheet := yearFact + `    labels:
      - source: s
        says: in 2014
        label: different-year
        note: "Known: the outlet's own count, 100% sure"
      - source: u
        says: in 2011
        label: different-year
        note: Stale.
  - id: left
    claim: They left in 2020.
    date: 2020
    about: [left]
`
	return run(t, sheet,
		testSource{"s", "Café staff arrived in 2014. They left in 2021, 50% of them, sadly: it was hard.", "2022-09-10"},
		testSource{"u", "They arrived in 2013 and left in 2020.", "2022-09-10"},
	)
}

func TestTextFormat(t *testing.T) {
	got := string(Text(formatsResult(t)))
	assert.Equal(t, `facts.yaml:11:9: arrival: stale label: source u no longer says "in 2011"; it now agrees (u.txt:1:14 says "in 2013"). Remove the label.
  Why: factcheck explain arrival u
s.txt:1:40: left: unexpected contradiction: source s says "in 2021", the sheet says 2020
    sentence:    "They left in 2021, 50% of them, sadly: it was hard."
    read as:     2021
    sheet says:  2020 (facts.yaml:15:5: They left in 2020.)
  If the sheet is right and this disagreement is known, label it: add to fact left in facts.yaml
    labels:
      - source: "s"
        says: "in 2021"
        label: different-date
        note: "why the sheet keeps 2020"
  If the source is right, correct the sheet's value instead.
  Why: factcheck explain left s
factcheck: 2 problems (one per failing value or label); 4 cells: 2 agree, 0 silent, 2 contradict (1 labelled, 1 new), 1 stale label
`, got)
	// Editors and problem matchers read file:line:col lines: every line of
	// detail is indented, so that each problem is one such line.
	var located int
	for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "factcheck: ") {
			located++
		}
	}
	assert.Equal(t, 2, located, "one unindented line a problem")
}

// TestSARIF checks the log against the SARIF 2.1.0 schema's required
// fields and the shape of each result.
func TestSARIF(t *testing.T) {
	var log map[string]any
	require.NoError(t, json.Unmarshal(SARIF(formatsResult(t)), &log))
	assert.Equal(t, "2.1.0", log["version"])
	runs := log["runs"].([]any)
	require.Len(t, runs, 1)
	run := runs[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	assert.Equal(t, "factcheck", driver["name"], "tool.driver.name is required")
	results := run["results"].([]any)
	require.Len(t, results, 3)
	var summary []string
	for _, r := range results {
		res := r.(map[string]any)
		msg := res["message"].(map[string]any)
		require.NotEmpty(t, msg["text"], "result.message.text is required")
		loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
		region := loc["region"].(map[string]any)
		line := fmtNum(region["startLine"]) + ":" + fmtNum(region["startColumn"])
		if end, ok := region["endColumn"]; ok {
			line += "-" + fmtNum(region["endLine"]) + ":" + fmtNum(end)
		}
		s := res["ruleId"].(string) + " " + loc["artifactLocation"].(map[string]any)["uri"].(string) + ":" + line
		if sup, ok := res["suppressions"]; ok {
			s += " suppressed: " + sup.([]any)[0].(map[string]any)["justification"].(string)
		}
		summary = append(summary, s)
	}
	assert.Equal(t, []string{
		"contradiction s.txt:1:20-1:27 suppressed: different-year: Known: the outlet's own count, 100% sure",
		"contradiction s.txt:1:39-1:46",
		"stale-label facts.yaml:11:9",
	}, summary, "columns in code points: \"é\" counts one, where the text format counts its two bytes; a contradiction's region ends after its words, a label's has no end")
}

func fmtNum(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestGitHubFormat(t *testing.T) {
	got := string(GitHub(formatsResult(t)))
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Equal(t, `::error file=facts.yaml,line=11,col=9,title=factcheck arrival%3A stale label::arrival: stale label: source u no longer says "in 2011"; it now agrees (u.txt:1:14 says "in 2013"). Remove the label.`, lines[0])
	assert.True(t, strings.HasPrefix(lines[1], `::error file=s.txt,line=1,col=39,endLine=1,endColumn=46,title=factcheck left%3A unexpected contradiction::left: unexpected contradiction: source s says "in 2021"`), lines[1])
	assert.Contains(t, lines[1], "%0A    sentence:", "new lines of the message are escaped")
	assert.Equal(t, "a%25b%0Ac", escapeData("a%b\nc"))
	assert.Equal(t, "a%3Ab%2Cc%25", escapeProperty("a:b,c%"))
}

func TestHTMLFormat(t *testing.T) {
	page := string(HTML(formatsResult(t)))
	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	assert.NotRegexp(t, regexp.MustCompile(`(?i)src\s*=|href\s*=\s*"[^#]|@import|url\(`), page, "self-contained: nothing loaded from elsewhere, links only within the page")
	assert.Contains(t, page, `<td class="new"><a href="#left--s">✗</a></td>`)
	assert.Contains(t, page, `<section id="left--s" class="new">`, "the evidence is on the page, not folded away, so that it prints")
	assert.Contains(t, page, `<td class="labelled">`)
	assert.Contains(t, page, "label different-year: Known: the outlet&#39;s own count, 100% sure", "escaped text")
	assert.Contains(t, page, "<blockquote>They left in 2021, 50% of them, sadly: it was hard.</blockquote>", "a contradiction shows its sentence")
	assert.Contains(t, page, "against 2 sources.")
	assert.Equal(t, 1, strings.Count(page, "</html>"))

	// What fails the run comes first, each linked to its evidence, with
	// the label to paste; the evidence links back to the matrix.
	attention := strings.Index(page, "<h2>Needs attention</h2>")
	require.GreaterOrEqual(t, attention, 0, "a small report leads with what needs attention too")
	assert.Less(t, attention, strings.Index(page, `<table id="matrix">`))
	assert.Contains(t, page, `<code>s.txt:1:40</code> <a href="#left--s">left: unexpected contradiction`)
	assert.Contains(t, page, `        says: &#34;in 2021&#34;`, "the label to paste")
	assert.Contains(t, page, `<a href="#matrix" title="back to the matrix">↑</a>`)
	assert.Contains(t, page, "<h2>Sources</h2>")
	assert.Contains(t, page, "<th>s</th><td><code>s.txt</code></td>", "every source by id and file")
}

// An unsure cell shows in every format for people and tools, with both
// readings, and fails nothing.
func TestUnsureInEveryFormat(t *testing.T) {
	sheet := `facts:
  - id: council
    claim: The council voted on 3 May 2021.
    date: 2021-05-03
    about: [vote, council]
    reference: the minutes
  - id: budget
    claim: The budget vote was on 10 May 2021.
    date: 2021-05-10
    about: [vote, budget]
    reference: the minutes
`
	r := run(t, sheet, testSource{"s", "The council's budget vote took place on May 9.", "2021-06-01"})
	assert.Equal(t, 2, r.Counts().Unsure)
	md := string(Markdown(r))
	assert.Contains(t, md, "## Unsure: for review")
	assert.Contains(t, md, "council in s at `s.txt:1:38`: \"on May 9\" read as 2021-05-09 (the sheet says 2021-05-03); year taken from the publication date 2021-06-01; unsure: the terms of budget stand as near")
	assert.Contains(t, md, "- ~ `s.txt:1:38` \"on May 9\" → 2021-05-09")
	text := string(Text(r))
	assert.Contains(t, text, "2 unsure (for review)")
	assert.Contains(t, text, "s.txt:1:38: council: unsure (for review): source s says \"on May 9\", the sheet says 2021-05-03;", "each unsure value on a line of its own, where an editor jumps to it")
	assert.Contains(t, text, "  Why: factcheck explain budget s\n")
	js := string(JSON(r))
	assert.Contains(t, js, `"verdict": "unsure"`)
	assert.Contains(t, js, `"unsure": true`)
	want, err := encodeJSON(NewReport(r), "")
	require.NoError(t, err)
	assert.Equal(t, string(want), js, "the streamed JSON writes the unsure mark as encoding/json does")
	assert.Contains(t, string(HTML(r)), `class="unsure"`)
	assert.Contains(t, string(SARIF(r)), `"ruleId": "unsure"`)
	assert.Contains(t, string(SARIF(r)), `"level": "note"`)
	assert.Contains(t, string(GitHub(r)), "::notice file=s.txt,line=1,col=38,title=factcheck council%3A unsure::")
	assert.NotContains(t, string(GitHub(r)), "::error", "an unsure cell is no error")
}

// What a source says reaches people escaped: no HTML into the Markdown
// report, no terminal escape sequences into any text, and file names that
// break no SARIF URI.
func TestSourcesCannotInjectIntoReports(t *testing.T) {
	sheet := "facts:\n  - id: q\n    claim: Q.\n    quote: We will rebuild the bridge this year\n    speaker: [Lund]\n    reference: minutes\n"
	text := "Lund said: \"We will <script>alert(1)</script> rebuild the \x1b[31mbridge\x1b]0;pwned\x07 next year.\"\n"
	r := run(t, sheet, testSource{"s", text, "2024-01-02"})
	for name, out := range map[string]string{"markdown": string(Markdown(r)), "text": string(Text(r)), "github": string(GitHub(r))} {
		assert.NotContains(t, out, "\x1b", "%s: no escape sequence", name)
		assert.NotContains(t, out, "\x07", "%s: no bell", name)
		if name == "markdown" {
			assert.NotContains(t, out, "<script>", "markdown: no HTML")
			assert.Contains(t, out, "&lt;script&gt;")
		}
	}
	explained, err := checks.Explain(r.Sheet, r.Corpus, "q", "s")
	require.NoError(t, err)
	assert.NotContains(t, explained, "\x1b")
	assert.Contains(t, explained, `\x1b[31m`, "shown, not sent")
	assert.Equal(t, "pages/a%20b%23c.txt", escape.FileURI("pages/a b#c.txt"))
}

func TestCodeSpanHoldsAnyName(t *testing.T) {
	tests := []struct{ in, want, why string }{
		{"pages/a.txt", "`pages/a.txt`", "a plain name"},
		{"pages/a`b.txt", "`` pages/a`b.txt ``", "a backtick: a longer fence"},
		{"pages/a|b.txt", "`pages/a\\|b.txt`", "a pipe, escaped for a table cell"},
		{"pages/a\nb.txt", "`pages/a\\nb.txt`", "a newline shown, not broken"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, escape.Code(tt.in), tt.why)
	}
}

// A path holding ": " does not split the GitHub annotation's message.
func TestGitHubMessageWithColonInPath(t *testing.T) {
	sheet := "facts:\n  - id: l\n    claim: C.\n    number: 50\n    about: [limit]\n    reference: r\n"
	s, err := facts.Parse("facts.yaml", []byte(sheet))
	require.NoError(t, err)
	src, err := document.Parse("s", "notes: draft.txt", []byte("The limit is 60.\n"), nil)
	require.NoError(t, err)
	r, err := checks.Run(s, &document.Corpus{Sources: []*document.Source{src}})
	require.NoError(t, err)
	out := string(GitHub(r))
	assert.Contains(t, out, "::error file=notes%3A draft.txt,line=1,col=14,endLine=1,endColumn=16,title=factcheck l%3A unexpected contradiction::l: unexpected contradiction")
}

// A small corpus's report leads with what fails the run too, and points
// at the unsure cells, before the matrix.
func TestMarkdownLeadsWithAttention(t *testing.T) {
	sheet := "facts:\n  - id: opening\n    claim: The bridge opened on 3 May 2021.\n    date: 2021-05-03\n    about: [opened]\n"
	tests := []struct {
		text, want, reason string
	}{
		{"The bridge opened on 4 May 2021.", "- `s.txt:1:19` opening: unexpected contradiction", "a new contradiction is listed first"},
		{"The bridge opened on 3 May 2021.", "Nothing fails", "an agreeing corpus says that nothing fails"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			md := string(Markdown(run(t, sheet, testSource{"s", tt.text, "2021-06-01"})))
			at := strings.Index(md, "## Needs attention")
			require.GreaterOrEqual(t, at, 0)
			assert.Less(t, at, strings.Index(md, "## Matrix"), "attention before the matrix")
			assert.Contains(t, md[at:strings.Index(md, "## Matrix")], tt.want)
		})
	}
}

// A fact with severity: warning is reported in every format as a warning,
// and fails nothing; beside it, the same fact without it fails.
func TestWarningFactFailsNothing(t *testing.T) {
	const fact = "facts:\n  - id: opening\n    claim: The bridge opened on 3 May 2021.\n    date: 2021-05-03\n    about: [opened]\n    reference: the city's records\n"
	src := testSource{"s", "The bridge opened on 4 May 2021.", "2021-06-01"}
	tests := []struct {
		severity string
		fails    bool
		reason   string
	}{
		{"    severity: warning\n", false, "a warning is reported, failing nothing"},
		{"    severity: error\n", true, "error, written out, is the default"},
		{"", true, "by default a contradiction fails"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			r := run(t, fact+tt.severity, src)
			require.Len(t, r.Problems(), 1)
			assert.Equal(t, tt.fails, len(r.Failures()) == 1)
			text, gh, sarif := string(Text(r)), string(GitHub(r)), string(SARIF(r))
			if tt.fails {
				assert.Contains(t, text, "opening: unexpected contradiction")
				assert.True(t, strings.HasPrefix(gh, "::error "), gh)
				assert.Contains(t, Summary(r), "factcheck: 1 problem (one per failing value or label);")
				return
			}
			assert.Contains(t, text, "s.txt:1:19: opening: warning: unexpected contradiction")
			assert.True(t, strings.HasPrefix(gh, "::warning "), gh)
			assert.Contains(t, sarif, `"level": "warning"`)
			assert.NotContains(t, sarif, `"level": "error"`)
			assert.Contains(t, Summary(r), "factcheck: 0 problems, 1 warning;")
			assert.Contains(t, string(Markdown(r)), "### opening in s (new: a warning)")
			assert.Contains(t, string(JSON(r)), `"severity": "warning"`)
		})
	}
}

// GitHub takes columns only within one line: words that run onto the next
// line get no end, words on one line get theirs.
func TestGitHubEndOnOneLineOnly(t *testing.T) {
	sheet := "facts:\n  - id: share\n    claim: The party won 50 percent.\n    number: 50\n    unit: percent\n    about: [share]\n    reference: the count\n"
	tests := []struct{ text, want, reason string }{
		{"The share of the vote rose to 60 percent in the end.", "line=1,col=31,endLine=1,endColumn=41,title=", "one line: the end of the words"},
		{"The share of the vote rose to 60\npercent in the end.", "line=1,col=31,title=", "two lines: no end"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			gh := string(GitHub(run(t, sheet, testSource{"s", tt.text, "2024-01-02"})))
			assert.Contains(t, gh, tt.want)
		})
	}
}
