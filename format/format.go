// Package format writes what a run found in each output format: text for
// terminals and editors, Markdown and HTML reports, JSON, SARIF and GitHub
// annotations. Every writer reads the same result and renders problems
// from their data.
package format

import (
	"bytes"
	"fmt"
	"html/template"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/escape"
	"github.com/factcheck/factcheck/lexicon"
)

// A Writer writes a result in one output format.
type Writer func(*checks.Result) []byte

// Formats returns the output formats by name, for the command's --format:
// a new map each time, so no caller changes another's.
func Formats() map[string]Writer {
	return map[string]Writer{
		"text":     Text,
		"markdown": Markdown,
		"json":     JSON,
		"sarif":    SARIF,
		"github":   GitHub,
		"html":     HTML,
	}
}

// byPosition returns the problems of a result sorted by file and position,
// as editors list them.
func byPosition(r *checks.Result) []checks.Problem {
	ps := r.Problems()
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return ps
}

// Text writes one "path:line:col: fact: message" line per problem, sorted
// by position, as editors and errorformat read them, then one per value of
// an unsure cell (for review, failing nothing), and a summary line.
func Text(r *checks.Result) []byte { return TextStyled(r, Style{}) }

// A Style marks the parts of the text format, for a terminal's colours:
// each function wraps a part, and a nil one leaves it as it is.
type Style struct {
	Pos     func(string) string // a problem's position
	Trouble func(string) string // the words that name what is wrong
	Hint    func(string) string // the command that explains a cell
	Good    func(string) string // the summary line when nothing fails
	Bad     func(string) string // the summary line when something fails
}

// apply wraps s in a part's style; what sources put in s is made safe
// to show first, so that only the style's own escapes reach a terminal.
func apply(part func(string) string, s string) string {
	s = string(escape.ForReaders([]byte(s)))
	if part == nil {
		return s
	}
	return part(s)
}

// TextStyled is Text with its parts marked by st.
func TextStyled(r *checks.Result, st Style) []byte {
	var b bytes.Buffer
	for _, p := range byPosition(r) {
		// The first line is file:line:col: message, for editors and
		// problem matchers; the lines below it are indented, as a
		// compiler's notes are: the sentence, the label to paste, and
		// the command that shows every decision behind the cell.
		summary := apply(nil, p.Summary)
		if what, ok := strings.CutPrefix(p.Summary, p.What); ok && p.What != "" {
			summary = apply(st.Trouble, p.What) + apply(nil, what)
		}
		b.WriteString(apply(st.Pos, p.Pos.String()+":") + apply(nil, " "+lead(p)) + summary + apply(nil, details(p)) + "\n")
		if p.Source != "" {
			b.WriteString(apply(st.Hint, fmt.Sprintf("  Why: factcheck explain %s %s", p.Fact, p.Source)) + "\n")
		}
	}
	writeUnsureText(&b, r, st)
	sum, style := Summary(r), st.Bad
	if len(r.Failures()) == 0 {
		style = st.Good
	}
	b.WriteString(apply(style, sum) + "\n")
	return b.Bytes()
}

// writeUnsureText writes a line per value of an unsure cell, after the
// problems: "path:line:col: fact: unsure (for review): ...", with why and
// the command that explains it. They are no problems and fail nothing.
func writeUnsureText(b *bytes.Buffer, r *checks.Result, st Style) {
	eachUnsure(r, func(c *checks.Cell, fd *checks.Finding) {
		msg := fmt.Sprintf(" %s: unsure (for review): source %s says %q, the sheet says %s; %s", c.Fact.ID, c.Source.ID, fd.Says, c.Fact.Canonical(), fd.How)
		b.WriteString(apply(st.Pos, fd.Pos.String()+":") + apply(nil, msg) + "\n")
		b.WriteString(apply(st.Hint, fmt.Sprintf("  Why: factcheck explain %s %s", c.Fact.ID, c.Source.ID)) + "\n")
	})
}

// eachUnsure calls fn with each value of each unsure cell, in the
// result's order: what every format lists for review.
func eachUnsure(r *checks.Result, fn func(c *checks.Cell, fd *checks.Finding)) {
	for _, c := range r.Cells {
		if c.Verdict != checks.Unsure {
			continue
		}
		for _, fd := range c.Findings {
			if fd.Unsure {
				fn(c, fd)
			}
		}
	}
}

// Summary is the one line that says what a run found: problems, cells by
// verdict, stale labels.
func Summary(r *checks.Result) string {
	n := r.Counts()
	partial := ""
	if r.Corpus.Partial() {
		partial = "; part of a corpus, so corroboration is not judged"
	}
	unsure := ""
	if n.Unsure > 0 {
		unsure = fmt.Sprintf(", %d unsure (for review)", n.Unsure)
	}
	ps := r.Problems()
	fails := 0
	for _, p := range ps {
		if p.Fails() {
			fails++
		}
	}
	warnings := ""
	if w := len(ps) - fails; w > 0 {
		warnings = ", " + lexicon.Count(w, "warning", "warnings")
	}
	return fmt.Sprintf("factcheck: %s%s; %s: %d agree, %d silent%s, %d contradict (%d labelled, %d new), %s%s",
		lexicon.Count(fails, "problem", "problems")+problemsWhat(fails), warnings, lexicon.Count(n.Cells, "cell", "cells"), n.Agree, n.Silent, unsure, n.Contradict, n.Labelled, n.New, lexicon.Count(n.Stale, "stale label", "stale labels"), partial)
}

// problemsWhat says what the problems counted are, when there are any:
// one for each value that fails, so a cell may hold several.
func problemsWhat(n int) string {
	if n == 0 {
		return ""
	}
	return " (one per failing value or label)"
}

// column returns a position's column in code points when it is known
// (char, for a finding in a source), otherwise its byte column.
func column(p facts.Pos, char int) int {
	if char > 0 {
		return char
	}
	return p.Col
}

// escapeData escapes the message of a GitHub Actions workflow command.
func escapeData(s string) string {
	return string(escape.ForReaders([]byte(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s))))
}

// escapeProperty escapes a property of a GitHub Actions workflow command.
func escapeProperty(s string) string {
	return string(escape.ForReaders([]byte(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s))))
}

// GitHub writes one GitHub Actions ::error annotation per problem, with the
// whole message, so that each shows on its line of the pull request. The
// Markdown report suits $GITHUB_STEP_SUMMARY.
func GitHub(r *checks.Result) []byte {
	var b bytes.Buffer
	for _, p := range byPosition(r) {
		title := "factcheck " + p.Fact + ": " + p.Kind.Title()
		msg := unplaced(p) + details(p) // the position is in the properties
		level := "error"
		if p.Warning {
			level = "warning"
		}
		end := ""
		if fd := p.Finding; fd != nil && fd.End.Line == p.Pos.Line { // GitHub takes columns only within one line
			end = fmt.Sprintf(",endLine=%d,endColumn=%d", fd.End.Line, fd.EndColumn())
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d%s,title=%s::%s\n",
			level, escapeProperty(p.Pos.File), p.Pos.Line, p.Column(), end, escapeProperty(title), escapeData(msg))
	}
	for _, c := range r.Cells {
		for _, fd := range c.Findings {
			if fd.Unsure {
				fmt.Fprintf(&b, "::notice file=%s,line=%d,col=%d,title=%s::%s\n",
					escapeProperty(fd.Pos.File), fd.Pos.Line, fd.Column(), escapeProperty("factcheck "+c.Fact.ID+": unsure"),
					escapeData(fmt.Sprintf("source %s says %q, the sheet says %s; %s", c.Source.ID, fd.Says, c.Fact.Canonical(), fd.How)))
			}
		}
	}
	return b.Bytes()
}

var htmlReport = template.Must(template.New("report").Funcs(template.FuncMap{
	"cell": func(r *checks.Result, f *facts.Fact, s *document.Source) *checks.Cell {
		c, _ := r.Cell(f.ID, s.ID)
		return c
	},
	"mark":   symbol,
	"plural": lexicon.Count,
	"class": func(c *checks.Cell) string {
		switch {
		case c.Verdict == checks.Contradicts && c.Labelled():
			return "labelled"
		case c.Verdict == checks.Contradicts:
			return "new"
		}
		return string(c.Verdict)
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Consistency report</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: 2px 6px; vertical-align: top; }
th { background: #f3f3f3; text-align: left; }
td { text-align: center; }
td a { color: inherit; text-decoration: none; display: block; }
.agrees { background: #d8f0d8; }
.silent { background: #fafafa; color: #999; }
.labelled { background: #fdf0c8; }
.new { background: #f8c8c8; font-weight: bold; }
.unsure { background: #e8e0f4; }
section { border-left: 4px solid #ccc; margin: 1em 0; padding: 0 1em; }
section.new { border-color: #d33; background: none; font-weight: normal; }
section.labelled { border-color: #e0b020; background: none; }
section.agrees { border-color: #4a4; background: none; }
section h3 { margin: 0.3em 0; font-size: 15px; }
.evidence { margin: 4px 0; }
blockquote { margin: 4px 0 4px 1em; color: #444; font-style: italic; }
code { font-size: 12px; }
@media print { body { margin: 0; } section { break-inside: avoid; } td a { color: #000; } }
</style>
</head>
<body>
<h1>Consistency report</h1>
<p>Fact sheet <code>{{.Sheet.Path}}</code>, {{plural (len .Sheet.Facts) "fact" "facts"}}, against {{plural (len .Corpus.Sources) "source" "sources"}}{{if .Corpus.Partial}}, part of a corpus (corroboration not judged){{end}}.
{{with .Counts}}{{.Agree}} cells agree, {{.Silent}} silent, {{.Unsure}} unsure, {{.Contradict}} contradict ({{.Labelled}} labelled, {{.New}} new); {{plural .Stale "stale label" "stale labels"}}.{{end}}</p>
<h2>Needs attention</h2>
{{if not .Problems}}<p>Nothing fails: every contradiction is labelled, no label is stale, every fact is corroborated.</p>{{end}}<ul>
{{range .Problems}}<li><code>{{.Pos}}</code> {{if .Link}}<a href="#{{.Link}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}{{if .Detail}}<details><summary>details, and the label to paste if the disagreement is known</summary><pre>{{.Detail}}</pre></details>{{end}}</li>
{{end}}{{if .More}}<li>and {{.More}} more: see the JSON report</li>{{end}}{{if .Counts.Unsure}}<li>{{plural .Counts.Unsure "unsure cell" "unsure cells"}} for review (they do not fail the run){{if not .Large}}: marked ~ in the matrix{{end}}</li>{{end}}</ul>
{{if .Large}}<h2>Facts</h2>
<table>
<tr><th>fact</th><th>sheet says</th><th>agree</th><th>labelled</th><th>new</th><th>silent</th><th>conflicting values</th></tr>
{{range .Rows}}<tr><th title="{{.Claim}}">{{.ID}}</th><td>{{.Canonical}}</td><td class="agrees">{{.Agree}}</td><td class="labelled">{{.Labelled}}</td><td class="new">{{.New}}</td><td class="silent">{{.Silent}}</td><td>{{.Distribution}}</td></tr>
{{end}}</table>
<p>The facts x sources matrix and every piece of evidence are in the JSON report.</p>
{{else}}<h2>Matrix</h2>
<p>✓ agrees · · silent · ? silent, with a statement not judged · ~ unsure · ⚑ contradicts, labelled · ✗ contradicts, new. A cell links to its evidence below.</p>
<table id="matrix">
<tr><th>fact</th>{{range .Corpus.Sources}}<th title="{{.Path}}">{{.ID}}</th>{{end}}</tr>
{{$r := .Result}}{{range $f := .Sheet.Facts}}<tr><th title="{{$f.Claim}}">{{$f.ID}}</th>{{range $s := $r.Corpus.Sources}}{{$c := cell $r $f $s}}<td class="{{class $c}}">{{if or $c.Findings $c.Unresolved $c.Stale}}<a href="#{{$f.ID}}--{{$s.ID}}">{{mark $c}}</a>{{else}}{{mark $c}}{{end}}</td>{{end}}</tr>
{{end}}</table>
<h2>Evidence</h2>
{{range $f := .Sheet.Facts}}{{range $s := $r.Corpus.Sources}}{{$c := cell $r $f $s}}{{if or $c.Findings $c.Unresolved $c.Stale}}<section id="{{$f.ID}}--{{$s.ID}}" class="{{class $c}}">
<h3>{{$f.ID}} in {{$s.ID}}: {{$c.Verdict}}{{if $c.Labelled}} (labelled){{end}} <a href="#matrix" title="back to the matrix">↑</a></h3>
<div class="evidence"><b>sheet:</b> {{$f.Canonical}}</div>{{range $c.Findings}}
<div class="evidence"><code>{{.Pos}}</code> {{if .Agrees}}agrees{{else}}contradicts{{end}}: “{{.Says}}” read as {{.Value}}{{if not .Agrees}}{{if .How}} ({{.How}}){{end}}<blockquote>{{.Sentence}}</blockquote>{{end}}{{if .Diff}}<div>differs (sheet → source): {{.Diff}}</div>{{end}}{{if .Label}}<div>label {{.Label.Label}}: {{.Label.Note}}</div>{{end}}</div>{{end}}{{range $c.Unresolved}}
<div class="evidence"><code>{{.Pos}}</code> not judged: “{{.Says}}” ({{.How}})</div>{{end}}{{range $c.Stale}}
<div class="evidence"><code>{{.Pos}}</code> stale label: the source no longer says “{{.Says}}”</div>{{end}}
</section>
{{end}}{{end}}{{end}}
<h2>Sources</h2>
<table>
<tr><th>id</th><th>file</th><th>outlet</th><th>title</th><th>published</th></tr>
{{range .Corpus.Sources}}<tr><th>{{.ID}}</th><td><code>{{.Path}}</code></td><td>{{.Outlet}}</td><td>{{.Title}}</td><td>{{if .HasDate}}{{.Published}}{{end}}</td></tr>
{{end}}</table>
{{end}}</body>
</html>
`))

// An htmlProblem is one line of the HTML report's "Needs attention": its
// position, what is wrong, the rest of its message, and the anchor of its
// evidence in a small report.
type htmlProblem struct{ Pos, Text, Detail, Link string }

// HTML writes the report as one self-contained page: the facts x sources
// matrix with coloured cells, each linking to its evidence, which follows
// the matrix so that the page prints whole. It loads nothing from the
// network.
func HTML(r *checks.Result) []byte {
	var b bytes.Buffer
	type factRow struct {
		*facts.Fact
		*factSummary
	}
	data := struct {
		*checks.Result
		Counts   checks.Counts
		Large    bool
		Problems []htmlProblem
		Rows     []factRow
		More     int
	}{Result: r, Counts: r.Counts(), Large: len(r.Corpus.Sources) > LargeCorpus}
	groups := groupProblems(r.Problems())
	if len(groups) > maxListed {
		data.More, groups = len(groups)-maxListed, groups[:maxListed]
	}
	for _, g := range groups {
		p := g.First
		hp := htmlProblem{Pos: p.Pos.String(), Text: g.line(), Detail: strings.TrimPrefix(details(p), "\n")}
		if p.Source != "" && !data.Large {
			hp.Link = p.Fact + "--" + p.Source
		}
		data.Problems = append(data.Problems, hp)
	}
	if data.Large {
		sums := summarise(r)
		for _, f := range r.Sheet.Facts {
			data.Rows = append(data.Rows, factRow{f, sums[f.ID]})
		}
	}
	if err := htmlReport.Execute(&b, data); err != nil {
		return []byte("<!DOCTYPE html><p>report failed: " + template.HTMLEscapeString(err.Error()) + "</p>\n")
	}
	return b.Bytes()
}
