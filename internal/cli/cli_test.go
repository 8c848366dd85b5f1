package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// binary is the factcheck command built for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "factcheck-cli")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "factcheck")
	if out, err := exec.Command("go", "build", "-o", binary, "../../cmd/factcheck").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build factcheck: %v\n%s", err, out)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// project copies the seed sheet and sources into a temporary directory,
// with the given change made to the sheet, and returns the directory.
func project(t *testing.T, old, new string) string {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, "../../testdata/project/facts", filepath.Join(dir, "facts"))
	copyTree(t, "../../testdata/project/seeds", filepath.Join(dir, "seeds"))
	if old != "" {
		p := filepath.Join(dir, "facts", "facts.yaml")
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		require.Contains(t, string(data), old)
		require.NoError(t, os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644))
	}
	return dir
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(to, 0o755))
	entries, err := os.ReadDir(from)
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(to, e.Name()), data, 0o644))
	}
}

// factcheck runs the command in dir and returns its output and exit code.
func factcheck(t *testing.T, dir string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return out.String(), errb.String(), ee.ExitCode()
	}
	require.NoError(t, err)
	return out.String(), errb.String(), 0
}

// kenaniLabel is the label of source 004's "Kenani" in the seed sheet,
// which tests remove so that one cell contradicts anew.
const kenaniLabel = `    labels:
      - source: "004"
        says: Nasser Kenani
        label: spelling
`

func removeKenaniLabel(t *testing.T) string {
	t.Helper()
	dir := project(t, "", "")
	p := filepath.Join(dir, "facts", "facts.yaml")
	data, err := os.ReadFile(p)
	require.NoError(t, err)
	s := string(data)
	i := strings.Index(s, kenaniLabel)
	require.GreaterOrEqual(t, i, 0)
	j := strings.Index(s[i:], "\n  - id: ")
	require.NoError(t, os.WriteFile(p, []byte(s[:i]+s[i+j+1:]), 0o644))
	return dir
}

func TestCheckPasses(t *testing.T) {
	dir := project(t, "", "")
	out, errs, code := factcheck(t, dir, nil, "check")
	assert.Equal(t, OK, code, errs)
	assert.Regexp(t, `^factcheck: 0 problems; \d+ cells: `, out)
}

func TestCheckFormats(t *testing.T) {
	dir := removeKenaniLabel(t)
	summary := filepath.Join(t.TempDir(), "summary.md")
	for _, format := range []string{"text", "markdown", "json", "sarif", "github", "html"} {
		t.Run(format, func(t *testing.T) {
			out, errs, code := factcheck(t, dir, []string{"GITHUB_STEP_SUMMARY=" + summary}, "check", "--format", format)
			assert.Equal(t, Failed, code, "a new contradiction exits 1: %s", errs)
			switch format {
			case "text":
				assert.Contains(t, out, "seeds/004_3161760caabc26f2.txt:8:229: iran-spokesman: unexpected contradiction: source 004 says \"Nasser Kenani\"")
			case "markdown":
				assert.Contains(t, out, "### iran-spokesman in 004 (new: fails the suite)")
			case "json", "sarif":
				var v map[string]any
				require.NoError(t, json.Unmarshal([]byte(out), &v))
				if format == "sarif" {
					assert.Equal(t, "2.1.0", v["version"])
				} else {
					assert.EqualValues(t, 1, v["summary"].(map[string]any)["new"])
				}
			case "github":
				assert.True(t, strings.HasPrefix(out, "::error file=seeds/004_3161760caabc26f2.txt,line=8,col=223,endLine=8,endColumn=236,title=factcheck iran-spokesman%3A unexpected contradiction::"), out)
				data, err := os.ReadFile(summary)
				require.NoError(t, err, "the Markdown report goes to $GITHUB_STEP_SUMMARY")
				assert.Contains(t, string(data), "# Consistency report")
			case "html":
				assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
			}
		})
	}
}

func TestCheckOut(t *testing.T) {
	dir := project(t, "", "")
	out, _, code := factcheck(t, dir, nil, "check", "--format", "json", "--out", "report/check.json")
	assert.Equal(t, OK, code)
	assert.Empty(t, out)
	data, err := os.ReadFile(filepath.Join(dir, "report", "check.json"))
	require.NoError(t, err)
	assert.True(t, json.Valid(data))
}

// By default the outputs count the values that agree; --evidence all
// lists them, and the committed report (make report) is written so.
func TestEvidence(t *testing.T) {
	dir := project(t, "", "")
	brief, _, code := factcheck(t, dir, nil, "check", "--format", "json")
	require.Equal(t, OK, code)
	all, _, code := factcheck(t, dir, nil, "check", "--format", "json", "--evidence", "all")
	require.Equal(t, OK, code)
	committed, err := os.ReadFile(filepath.Join("..", "..", "report", "consistency.json"))
	require.NoError(t, err)
	assert.Equal(t, string(committed), all, "--evidence all writes the committed report")
	assert.Less(t, len(brief), len(all)/2, "the default JSON counts agreeing values instead of quoting them")
	assert.Contains(t, brief, `"agreeing": `)
	var b, a map[string]any
	require.NoError(t, json.Unmarshal([]byte(brief), &b))
	require.NoError(t, json.Unmarshal([]byte(all), &a))
	assert.Equal(t, a["summary"], b["summary"], "the same verdicts")

	_, errs, code := factcheck(t, dir, nil, "check", "--evidence", "some")
	assert.Equal(t, BadInput, code)
	assert.Contains(t, errs, `--evidence "some": say problems (the default) or all`)
}

func TestBadInputExitsTwo(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		args     []string
		want     string
	}{
		{"unknown format", "", "", []string{"check", "--format", "pdf"}, `factcheck check: unknown format "pdf"; use one of github, html, json, markdown, sarif, text`},
		{"unknown command", "", "", []string{"chek"}, `factcheck: unknown command "chek"`},
		{"broken sheet", "    claim: The first cyberattack", "    cliam: The first cyberattack", []string{"check"}, `factcheck: facts/facts.yaml:15:5: unknown key "cliam" in fact july-attack (did you mean "claim"?)`},
		{"missing sources", "", "", []string{"check", "--sources", "nowhere"}, "factcheck: nowhere:1:1: no such file, directory or matching files: check the path"},
		{"missing sheet", "", "", []string{"check", "--facts", "nowhere.yaml"}, "factcheck: load fact sheet: open nowhere.yaml: no such file or directory: name the fact sheet with --facts (default facts/facts.yaml), run from the directory that holds facts/, or start a sheet with factcheck init"},
		{"unknown fact", "", "", []string{"explain", "mek-arival"}, `factcheck: no fact "mek-arival" (did you mean "mek-arrival"?)`},
		{"stray argument", "", "", []string{"check", "seeds"}, `factcheck check: unexpected argument "seeds" (sources go after --sources)`},
		{"unknown flag", "", "", []string{"check", "--fromat", "json"}, "flag provided but not defined: -fromat"},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "-"), func(t *testing.T) {
			dir := project(t, tt.old, tt.new)
			_, errs, code := factcheck(t, dir, nil, tt.args...)
			assert.Equal(t, BadInput, code)
			assert.Contains(t, errs, tt.want)
		})
	}
}

func TestHelp(t *testing.T) {
	dir := project(t, "", "")
	out, _, code := factcheck(t, dir, nil, "--help")
	assert.Equal(t, OK, code)
	assert.Contains(t, out, "factcheck check")
	for _, cmd := range []string{"check", "explain", "accept", "schema"} {
		out, errs, code := factcheck(t, dir, nil, cmd, "--help")
		assert.Equal(t, OK, code, cmd)
		assert.Contains(t, out, "Usage: factcheck "+cmd, "help asked for goes to standard output: %s", cmd)
		if cmd != "schema" {
			assert.Contains(t, out, "\n  --facts string\n", "flags listed as the usage writes them, with two dashes: %s", cmd)
		}
		assert.Empty(t, errs, cmd)

		out, errs, code = factcheck(t, dir, nil, cmd, "--no-such-flag")
		assert.Equal(t, BadInput, code, cmd)
		assert.Empty(t, out, cmd)
		assert.Contains(t, errs, "factcheck "+cmd+": flag provided but not defined: -no-such-flag\nUsage: factcheck "+cmd, "a usage error goes to standard error: %s", cmd)
	}
}

func TestExplain(t *testing.T) {
	dir := project(t, "", "")
	out, errs, code := factcheck(t, dir, nil, "explain", "mek-arrival", "003")
	assert.Equal(t, OK, code, errs)
	assert.Contains(t, out, `"since 2014", 6 words from the nearest term: taken`)
	assert.Contains(t, out, `seeds/003_a6036e80e8dddd2a.txt:19:53: "since 2014" read as 2014: contradicts; labelled different-year`)
	assert.Contains(t, out, "verdict: contradicts, every contradiction labelled")

	out, _, code = factcheck(t, dir, nil, "explain", "ties-severed")
	assert.Equal(t, OK, code)
	assert.Contains(t, out, "resolved against the publication date Sat 2022-09-10")
	assert.Equal(t, 5, strings.Count(out, "\nsource "), "every source when none is named")

	after, _, code := factcheck(t, dir, nil, "explain", "mek-arrival", "003", "--sources", "seeds")
	assert.Equal(t, OK, code, "flags may follow the arguments")
	before, _, _ := factcheck(t, dir, nil, "explain", "--sources", "seeds", "mek-arrival", "003")
	assert.Equal(t, before, after)
	_, errs, code = factcheck(t, dir, nil, "explain", "--", "--sources")
	assert.Equal(t, BadInput, code)
	assert.Contains(t, errs, `no fact "--sources"`, "after -- everything is an argument")

	dir = removeKenaniLabel(t)
	_, _, code = factcheck(t, dir, nil, "explain", "iran-spokesman", "004")
	assert.Equal(t, Failed, code, "a cell that fails exits 1")
}

func TestAccept(t *testing.T) {
	dir := removeKenaniLabel(t)
	sheet := filepath.Join(dir, "facts", "facts.yaml")
	before, err := os.ReadFile(sheet)
	require.NoError(t, err)

	out, errs, code := factcheck(t, dir, nil, "accept", "--dry-run")
	assert.Equal(t, OK, code, errs)
	assert.Contains(t, out, "--- facts/facts.yaml\n+++ facts/facts.yaml\n@@ ")
	assert.Contains(t, out, "+    labels:\n+      - source: \"004\"\n+        says: \"Nasser Kenani\"\n+        label: \"spelling\"\n")
	assert.Contains(t, errs, "labels that would be added: 1")
	after, _ := os.ReadFile(sheet)
	assert.Equal(t, before, after, "--dry-run writes nothing")

	_, errs, code = factcheck(t, dir, nil, "accept")
	assert.Equal(t, OK, code, errs)
	after, err = os.ReadFile(sheet)
	require.NoError(t, err)
	assert.True(t, isSubsequence(lines(before), lines(after)), "every line of the sheet, comments and blank lines included, survives in order")
	assert.Equal(t, 5, len(lines(after))-len(lines(before)), "labels: and the four lines of one label")

	_, errs, code = factcheck(t, dir, nil, "check")
	assert.Equal(t, OK, code, "after accept the check passes: %s", errs)

	_, _, code = factcheck(t, dir, nil, "accept")
	assert.Equal(t, OK, code)
	again, _ := os.ReadFile(sheet)
	assert.Equal(t, after, again, "a second accept changes nothing")
	entries, _ := os.ReadDir(filepath.Join(dir, "facts"))
	for _, e := range entries {
		assert.False(t, strings.HasSuffix(e.Name(), ".tmp"), "no temporary file left: %s", e.Name())
	}
}

func lines(data []byte) []string { return strings.SplitAfter(string(data), "\n") }

func isSubsequence(a, b []string) bool {
	j := 0
	for _, l := range b {
		if j < len(a) && a[j] == l {
			j++
		}
	}
	return j == len(a)
}

func TestSchema(t *testing.T) {
	dir := project(t, "", "")
	out, _, code := factcheck(t, dir, nil, "schema")
	assert.Equal(t, OK, code)
	committed, err := os.ReadFile("../../facts/facts.schema.json")
	require.NoError(t, err)
	assert.Equal(t, string(committed), out)
}

// TestOtherCorpus runs the command on Markdown and HTML sources in a
// directory without sources.yaml.
func TestOtherCorpus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("sheet.yaml", `facts:
  - id: upload-limit
    claim: Uploads are limited to 50 MB.
    number: 50
    unit: MB
    about: [upload*]
`)
	write("docs/limits.md", "---\ndate: 2024-03-01\n---\n# Limits\n\nUploads may be up to **50 MB** each.\n")
	write("docs/faq.html", "<html><body><p>How big can uploads be?</p>\n<p>Uploads can be\n<b>100 MB</b>.</p></body></html>\n")
	out, _, code := factcheck(t, dir, nil, "check", "--facts", "sheet.yaml", "--sources", "docs")
	assert.Equal(t, Failed, code)
	assert.Contains(t, out, `docs/faq.html:3:4: upload-limit: unexpected contradiction: source faq says "100 MB", the sheet says 50 MB`)
}

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	assert.Nil(t, progress(&b, false), "no progress when stderr is not a terminal")
	p := progress(&b, true)
	for i := 0; i <= 5; i++ {
		p(i, 5)
	}
	assert.Empty(t, b.String(), "no progress for a small corpus")
	for i := 0; i <= 301; i++ {
		p(i, 301)
	}
	assert.Equal(t, "\rfactcheck: checked 0 of 301 sources\rfactcheck: checked 100 of 301 sources\rfactcheck: checked 200 of 301 sources\rfactcheck: checked 300 of 301 sources\rfactcheck: checked 301 of 301 sources\n", b.String())
}

// TestNoProgressWhenPiped checks a large corpus through the command, whose
// stderr here is a pipe: no progress line.
func TestNoProgressWhenPiped(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sheet.yaml"), []byte("facts:\n  - id: n\n    claim: C.\n    number: 5\n    about: [seats]\n"), 0o644))
	pages := filepath.Join(dir, "pages")
	require.NoError(t, os.MkdirAll(pages, 0o755))
	for i := 0; i < progressAbove+1; i++ {
		require.NoError(t, os.WriteFile(filepath.Join(pages, fmt.Sprintf("p%03d.txt", i)), []byte("The plan has 5 seats."), 0o644))
	}
	_, errs, code := factcheck(t, dir, nil, "check", "--facts", "sheet.yaml", "--sources", "pages")
	assert.Equal(t, OK, code)
	assert.Empty(t, errs)
}

// TestBrokenSheetsExitTwo runs the command on every broken sheet under
// facts/testdata/broken: exit 2, and the same message the loader gives.
func TestBrokenSheetsExitTwo(t *testing.T) {
	files, err := filepath.Glob("../../facts/testdata/broken/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".yaml") + ".want")
			require.NoError(t, err)
			out, errs, code := factcheck(t, "../../facts", nil, "check", "--facts", "testdata/broken/"+name+".yaml", "--sources", "../seeds")
			assert.Equal(t, BadInput, code)
			assert.Empty(t, out)
			assert.Equal(t, "factcheck: "+string(want), errs)
		})
	}
}

func TestLabelNamingUnknownSource(t *testing.T) {
	dir := project(t, `      - source: "004"
        says: Nasser Kenani`, `      - source: "040"
        says: Nasser Kenani`)
	_, errs, code := factcheck(t, dir, nil, "check")
	assert.Equal(t, BadInput, code)
	assert.Regexp(t, `^factcheck: facts/facts.yaml:\d+:9: fact iran-spokesman: the label names source "040", which is not in seeds/sources.yaml \(did you mean "000"\?\): correct its source:, remove the label, or check that source too; known sources: 000, 001, 002, 003, 004\n$`, errs)
}

// TestReadOnlyCopy runs the command on a copy whose sheet and sources are
// read-only: it checks and writes its output elsewhere, and leaves every
// file as it was.
func TestReadOnlyCopy(t *testing.T) {
	dir := project(t, "", "")
	before := make(map[string]string)
	for _, sub := range []string{"facts", "seeds"} {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		require.NoError(t, err)
		for _, e := range entries {
			p := filepath.Join(dir, sub, e.Name())
			require.NoError(t, os.Chmod(p, 0o444))
			info, err := os.Stat(p)
			require.NoError(t, err)
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			before[p] = info.ModTime().String() + string(data)
		}
	}
	out := filepath.Join(t.TempDir(), "report.html")
	_, errs, code := factcheck(t, dir, nil, "check", "--format", "html", "--out", out)
	assert.Equal(t, OK, code, errs)
	_, _, code = factcheck(t, dir, nil, "explain", "mek-arrival")
	assert.Equal(t, OK, code)
	for p, was := range before {
		info, err := os.Stat(p)
		require.NoError(t, err)
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, was, info.ModTime().String()+string(data), "%s is unchanged", p)
	}
}

// TestAcceptRefusesASheetChangedMeanwhile: accept writes its labels only
// over the sheet it read; an edit made while it ran survives untouched.
func TestAcceptRefusesASheetChangedMeanwhile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "facts.yaml")
	read := []byte("facts: []\n")
	edited := []byte("facts: [] # someone's edit\n")
	require.NoError(t, os.WriteFile(path, edited, 0o644))
	err := writeIfUnchanged(path, read, []byte("facts: [] # with labels\n"))
	require.Error(t, err)
	assert.Equal(t, path+" changed while accept ran; nothing was written: run accept again", err.Error())
	now, _ := os.ReadFile(path)
	assert.Equal(t, edited, now)

	require.NoError(t, writeIfUnchanged(path, edited, []byte("facts: [] # with labels\n")))
	now, _ = os.ReadFile(path)
	assert.Equal(t, "facts: [] # with labels\n", string(now))
	entries, _ := os.ReadDir(filepath.Dir(path))
	assert.Len(t, entries, 1, "no temporary file left")
}

// --out never replaces an input, and a device or a pipe is refused as the
// sheet at once: in process, through Run.
func TestOutputNeverAnInput(t *testing.T) {
	dir := project(t, "", "")
	sheet := filepath.Join(dir, "facts", "facts.yaml")
	seed := filepath.Join(dir, "seeds", "000_d108e0fd559f42e1.txt")
	meta := filepath.Join(dir, "seeds", "sources.yaml")
	for _, out := range []string{sheet, seed, meta} {
		before, err := os.ReadFile(out)
		require.NoError(t, err)
		var stdout, stderr bytes.Buffer
		code := Run([]string{"check", "--facts", sheet, "--sources", filepath.Join(dir, "seeds"), "--out", out}, &stdout, &stderr)
		assert.Equal(t, BadInput, code, "--out %s", out)
		assert.Contains(t, stderr.String(), "one of the files this run reads: nothing was written")
		after, err := os.ReadFile(out)
		require.NoError(t, err)
		assert.Equal(t, string(before), string(after), "%s is unchanged", out)
	}
	var stdout, stderr bytes.Buffer
	assert.Equal(t, BadInput, Run([]string{"check", "--facts", "/dev/zero"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "not a regular file (a device)")
}

// Several outputs in one run, each where it is asked for, and a summary
// line on standard error when the text is not on standard output.
func TestSeveralOutputs(t *testing.T) {
	dir := project(t, "", "")
	sheet, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	sarif, html := filepath.Join(dir, "out.sarif"), filepath.Join(dir, "out.html")
	var stdout, stderr bytes.Buffer
	code := Run([]string{"check", "--facts", sheet, "--sources", seeds, "--format", "github", "--format", "sarif=" + sarif, "--format", "html=" + html}, &stdout, &stderr)
	assert.Equal(t, OK, code)
	assert.Empty(t, stdout.String(), "no problem, no annotation")
	assert.Regexp(t, `^factcheck: 0 problems; 215 cells: `, stderr.String(), "the summary line")
	for _, f := range []string{sarif, html} {
		info, err := os.Stat(f)
		require.NoError(t, err)
		assert.Positive(t, info.Size(), f)
	}
	data, err := os.ReadFile(sarif)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"fullDescription"`)

	stdout.Reset()
	stderr.Reset()
	assert.Equal(t, BadInput, Run([]string{"check", "--facts", sheet, "--sources", seeds, "--format", "text", "--format", "json"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "2 formats would go to standard output")

	stdout.Reset()
	stderr.Reset()
	assert.Equal(t, OK, Run([]string{"check", "--facts", sheet, "--sources", seeds, "--format", "json", "--quiet"}, &stdout, &stderr))
	assert.Empty(t, stderr.String(), "--quiet: no summary")

	stdout.Reset()
	assert.Equal(t, OK, Run([]string{"--version"}, &stdout, &stderr))
	assert.Regexp(t, `^factcheck \S`, stdout.String())
}

// init writes a starting sheet and a configuration, and check finds the
// configuration from a directory below it, with paths as seen from there.
func TestInitAndConfig(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	require.Equal(t, OK, Run([]string{"init", "pages"}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "wrote .factcheck.yaml")
	require.NoError(t, os.MkdirAll("pages", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("pages", "a.txt"), []byte("The bridge opened on 5 May 2024.\n"), 0o644))
	stderr.Reset()
	assert.Equal(t, OK, Run([]string{"check"}, &stdout, &stderr), "the starting sheet has no facts: nothing fails")
	assert.Contains(t, stderr.String(), "factcheck: facts/facts.yaml holds no facts yet, so nothing was checked", "but the run says so")
	sheet, err := os.ReadFile(filepath.Join("facts", "facts.yaml"))
	require.NoError(t, err)
	sheet = []byte(strings.Replace(string(sheet), "facts: []\n", "facts:\n  - id: opening\n    claim: It opened on 3 May 2024.\n    date: 2024-05-03\n    about: [opened]\n", 1))
	require.NoError(t, os.WriteFile(filepath.Join("facts", "facts.yaml"), sheet, 0o644))

	require.NoError(t, os.MkdirAll("sub", 0o755))
	t.Chdir(filepath.Join(dir, "sub"))
	stdout.Reset()
	stderr.Reset()
	assert.Equal(t, Failed, Run([]string{"check"}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "../pages/a.txt:1:19: opening: unexpected contradiction", "the configuration's paths, seen from below")

	t.Chdir(dir)
	stderr.Reset()
	assert.Equal(t, BadInput, Run([]string{"init"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "exists; nothing was written")

	stderr.Reset()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".factcheck.yaml"), []byte("facts: facts/facts.yaml\nsorces: [pages]\n"), 0o644))
	assert.Equal(t, BadInput, Run([]string{"check"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), `.factcheck.yaml:2:1: unknown key "sorces" in the configuration (did you mean "sources"?)`)
}

// TestOddInputsAndPaths runs the command in process on odd inputs and odd
// paths: each gets its exit status and a message that says what to do,
// never a panic or a hang, and no input is ever written.
func TestOddInputsAndPaths(t *testing.T) {
	dir := project(t, "", "")
	sheet, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	fifo := filepath.Join(dir, "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	odd := filepath.Join(dir, "odd")
	require.NoError(t, os.MkdirAll(odd, 0o755))
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	binary := write("bin/a.txt", []byte("text\x00more"))
	utf16 := write("u16/a.txt", []byte{0xFF, 0xFE, 'a', 0})
	latin1 := write("l1/a.txt", []byte("caf\xe9 au lait"))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "lnk"), 0o755))
	require.NoError(t, os.Symlink(filepath.Join(seeds, "000_d108e0fd559f42e1.txt"), filepath.Join(dir, "lnk", "a.txt")))
	gold := write("gold.json", []byte(`{"facts": [{"id": "X1"}], "articles": []}`))
	plain := write("plain.yaml", []byte("facts:\n  - id: l\n    claim: C.\n    number: 50\n    about: [limit]\n"))
	tests := []struct {
		args []string
		code int
		want string
		why  string
	}{
		{[]string{"check", "--facts", "/dev/zero"}, BadInput, "not a regular file (a device)", "a device as the sheet"},
		{[]string{"check", "--facts", fifo}, BadInput, "not a regular file (a named pipe)", "a named pipe as the sheet, refused at once"},
		{[]string{"check", "--facts", dir}, BadInput, "not a regular file (a directory)", "a directory as the sheet"},
		{[]string{"check", "--facts", filepath.Join(dir, "none.yaml")}, BadInput, "name the fact sheet with --facts", "a missing sheet"},
		{[]string{"check", "--facts", sheet, "--sources", ""}, BadInput, "--sources is empty", "an empty --sources"},
		{[]string{"check", "--facts", sheet, "--sources", filepath.Join(dir, "nowhere")}, BadInput, "no such file, directory or matching files", "a missing source directory"},
		{[]string{"check", "--facts", sheet, "--sources", filepath.Join(dir, "*.none")}, BadInput, "no such file, directory or matching files", "a glob that matches nothing"},
		{[]string{"check", "--facts", plain, "--sources", filepath.Dir(binary)}, BadInput, "binary data (a NUL byte)", "a binary source"},
		{[]string{"check", "--facts", plain, "--sources", filepath.Dir(utf16)}, BadInput, "UTF-16", "a UTF-16 source"},
		{[]string{"check", "--facts", plain, "--sources", filepath.Dir(latin1)}, BadInput, "not valid UTF-8: convert it", "a Latin-1 source"},
		{[]string{"check", "--facts", plain, "--sources", filepath.Join(dir, "lnk")}, BadInput, "symbolic link", "a source that is a link"},
		{[]string{"check", "--facts", plain, "--sources", fifo}, BadInput, "fifo", "a named pipe as a source"},
		{[]string{"check", "--facts", sheet, "--sources", seeds, "--out", sheet}, BadInput, "one of the files this run reads", "--out onto the sheet"},
		{[]string{"check", "--facts", sheet, "--sources", seeds, "--out", odd}, BadInput, "it is a directory: name a file", "--out onto a directory"},
		{[]string{"check", "--facts", sheet, "--sources", filepath.Join(seeds, "001_f77ce270795376ab.txt"), "--format", "html=" + filepath.Join(seeds, "002_5bffc1d3103e0fe1.txt")}, BadInput, "one of the files this run reads", "an output onto a listed source the run leaves out"},
		{[]string{"check", "--facts", sheet, "--sources", seeds, "--out", "/dev/null"}, OK, "", "--out onto a device writes to it"},
		{[]string{"check", "--facts", sheet, "--sources", seeds, "--format", "xml"}, BadInput, `unknown format "xml"`, "an unknown format"},
		{[]string{"check", "--facts", filepath.Join(dir, "none.yaml"), "--format", "xml"}, BadInput, `unknown format "xml"`, "a format typo is caught before any work, even before the sheet is read"},
		{[]string{"check", "--facts", sheet, "--sources", seeds, "--format", "text", "--format", "json"}, BadInput, "2 formats would go to standard output", "two formats to standard output"},
		{[]string{"schema", "extra"}, BadInput, `unexpected argument "extra"`, "schema takes no argument"},
		{[]string{"explain", "--facts", sheet, "--sources", seeds, "no-such-fact"}, BadInput, "no fact", "explain of an unknown fact"},
		{[]string{"explain", "--facts", sheet, "--sources", seeds, "EMBASSY-DEADLINE"}, BadInput, `no fact "EMBASSY-DEADLINE" (did you mean "embassy-deadline"?)`, "ids are case-sensitive, and a case slip gets its suggestion"},
		{[]string{"score", "--facts", sheet, "--sources", seeds}, BadInput, "name the gold file with --gold", "score without a gold file"},
		{[]string{"score", "--facts", sheet, "--sources", seeds, "--gold", gold}, BadInput, "gold fact X1 has no fact in the sheet", "a gold fact the sheet lacks"},
		{[]string{"score", "--facts", sheet, "--sources", seeds, "--gold", fifo}, BadInput, "not a regular file (a named pipe)", "a named pipe as the gold file"},
		{[]string{"nonsense"}, BadInput, `unknown command "nonsense"`, "an unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			before, _ := os.ReadFile(sheet)
			var stdout, stderr bytes.Buffer
			code := Run(tt.args, &stdout, &stderr)
			assert.Equal(t, tt.code, code, "%v\n%s", tt.args, stderr.String())
			assert.Contains(t, stderr.String(), tt.want)
			after, _ := os.ReadFile(sheet)
			assert.Equal(t, string(before), string(after), "the sheet is never written")
		})
	}
	t.Run("a named pipe as the step summary", func(t *testing.T) {
		t.Setenv("GITHUB_STEP_SUMMARY", fifo)
		var stdout, stderr bytes.Buffer
		assert.Equal(t, BadInput, Run([]string{"check", "--facts", sheet, "--sources", seeds, "--format", "github"}, &stdout, &stderr))
		assert.Contains(t, stderr.String(), "append to "+fifo)
	})
}

// s004 is the source of removeKenaniLabel's project with the new
// contradiction, as a path from the project's top.
const s004 = "seeds/004_3161760caabc26f2.txt"

// TestSourcesFrom checks only what a change touched: the list of changed
// paths comes on standard input, as git diff --name-only prints it. The
// sheet has a new contradiction in source 004 only.
func TestSourcesFrom(t *testing.T) {
	dir := removeKenaniLabel(t)
	tests := []struct {
		list     string
		code     int
		wantErrs string
		reason   string
	}{
		{s004 + "\nREADME.md\nmain.go\n", Failed, "checking 1 of 5 sources, those among the 3 paths listed", "the changed source with the new contradiction is checked; other paths are no sources"},
		{`"seeds/004_3161760caabc26f2.txt"` + "\n", Failed, "checking 1 of 5 sources", "a name git quotes is unquoted"},
		{"seeds/gone.md\n", OK, "not found: seeds/gone.md (deleted, or listed from another directory?", "a listed source that is nowhere is said, not passed over"},
		{"seeds/001_f77ce270795376ab.txt\n", OK, "part of a corpus, so corroboration is not judged", "a source without a new contradiction passes, and facts it is silent on are not called uncorroborated"},
		{"  ./" + s004 + "  \n\n", Failed, "checking 1 of 5 sources", "paths are cleaned and blank lines skipped"},
		{"facts/facts.yaml\n", Failed, "facts/facts.yaml changed: checking every source", "a changed sheet can change any verdict"},
		{"seeds/sources.yaml\n", Failed, "seeds/sources.yaml changed: checking every source", "a changed sources.yaml can change any source's metadata"},
		{"README.md\nseeds/gone.txt\n", OK, "no source changed: nothing to check", "no listed path is a source, not even a deleted one"},
		{"", OK, "no source changed: nothing to check", "an empty change"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			cmd := exec.Command(binary, "check", "--sources-from", "-")
			cmd.Dir = dir
			cmd.Stdin = strings.NewReader(tt.list)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.code, code, "stdout:\n%s\nstderr:\n%s", out.String(), errb.String())
			assert.Contains(t, out.String()+errb.String(), tt.wantErrs)
		})
	}
}

// TestSourcesFromSubdirectory runs check from a subdirectory: the paths
// listed are read from the top of the git repository, as git prints them.
func TestSourcesFromSubdirectory(t *testing.T) {
	dir := removeKenaniLabel(t)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, ".git"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	cmd := exec.Command(binary, "check", "--facts", "../facts/facts.yaml", "--sources", "../seeds", "--sources-from", "-")
	cmd.Dir = filepath.Join(dir, "sub")
	cmd.Stdin = strings.NewReader(s004 + "\n")
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "%s", out)
	assert.Equal(t, Failed, ee.ExitCode(), "%s", out)
	assert.Contains(t, string(out), "checking 1 of 5 sources")
}

// TestSourcesFromFile runs check in process with the list of changed
// paths in a file: what is checked and reported, what is refused.
func TestSourcesFromFile(t *testing.T) {
	dir := removeKenaniLabel(t)
	t.Run("a list in a file, in process", func(t *testing.T) {
		list := filepath.Join(t.TempDir(), "changed.txt")
		require.NoError(t, os.WriteFile(list, []byte(filepath.Join(dir, s004)+"\n"), 0o644))
		var stdout, stderr bytes.Buffer
		code := Run([]string{"check", "--facts", filepath.Join(dir, "facts/facts.yaml"), "--sources", filepath.Join(dir, "seeds"), "--sources-from", list}, &stdout, &stderr)
		assert.Equal(t, Failed, code, stderr.String())
		assert.Contains(t, stdout.String(), "004_3161760caabc26f2.txt", "the new contradiction is reported")
	})
	t.Run("an output may not overwrite a source left out", func(t *testing.T) {
		list := filepath.Join(t.TempDir(), "changed.txt")
		require.NoError(t, os.WriteFile(list, []byte(filepath.Join(dir, "seeds/001_f77ce270795376ab.txt")+"\n"), 0o644))
		target := filepath.Join(dir, s004)
		before, err := os.ReadFile(target)
		require.NoError(t, err)
		var stdout, stderr bytes.Buffer
		code := Run([]string{"check", "--facts", filepath.Join(dir, "facts/facts.yaml"), "--sources", filepath.Join(dir, "seeds"), "--sources-from", list, "--format", "html=" + target}, &stdout, &stderr)
		assert.Equal(t, BadInput, code, stderr.String())
		assert.Contains(t, stderr.String(), "one of the files this run reads")
		after, err := os.ReadFile(target)
		require.NoError(t, err)
		assert.Equal(t, before, after, "the source is untouched")
	})
	t.Run("quiet says nothing on standard error", func(t *testing.T) {
		list := filepath.Join(t.TempDir(), "changed.txt")
		require.NoError(t, os.WriteFile(list, []byte("README.md\n"), 0o644))
		var stdout, stderr bytes.Buffer
		code := Run([]string{"check", "--facts", filepath.Join(dir, "facts/facts.yaml"), "--sources", filepath.Join(dir, "seeds"), "--sources-from", list, "--quiet"}, &stdout, &stderr)
		assert.Equal(t, OK, code)
		assert.Empty(t, stderr.String())
	})
	t.Run("a missing list is an input error", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		code := Run([]string{"check", "--sources-from", filepath.Join(t.TempDir(), "none.txt")}, &stdout, &stderr)
		assert.Equal(t, BadInput, code)
		assert.Contains(t, stderr.String(), "--sources-from")
	})
}

// A fact marked severity: warning reports its new contradiction and fails
// nothing: the exit status is 0. Without the mark the same run fails.
func TestWarningFactExitsZero(t *testing.T) {
	dir := removeKenaniLabel(t)
	facts, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	var out, errs bytes.Buffer
	require.Equal(t, Failed, Run([]string{"check", "--facts", facts, "--sources", seeds}, &out, &errs), "without the mark it fails")
	data, err := os.ReadFile(facts)
	require.NoError(t, err)
	marked := strings.Replace(string(data), "  - id: iran-spokesman\n", "  - id: iran-spokesman\n    severity: warning\n", 1)
	require.NotEqual(t, string(data), marked)
	require.NoError(t, os.WriteFile(facts, []byte(marked), 0o644))
	out.Reset()
	errs.Reset()
	assert.Equal(t, OK, Run([]string{"check", "--facts", facts, "--sources", seeds, "--format", "github"}, &out, &errs), errs.String())
	assert.Contains(t, out.String(), "::warning file=")
	assert.Contains(t, out.String(), "iran-spokesman: warning: unexpected contradiction")
	assert.Contains(t, errs.String(), "factcheck: 0 problems, 1 warning;")
}

// Absolute paths inside the working directory are written relative to it,
// so that a report names files the same way on every machine.
func TestAbsolutePathsInReportsAreRelative(t *testing.T) {
	dir := project(t, "", "")
	t.Chdir(dir)
	var out, errs bytes.Buffer
	code := Run([]string{"check", "--facts", filepath.Join(dir, "facts", "facts.yaml"), "--sources", filepath.Join(dir, "seeds"), "--format", "markdown"}, &out, &errs)
	assert.Equal(t, OK, code, errs.String())
	assert.Contains(t, out.String(), "Fact sheet `facts/facts.yaml`")
	assert.NotContains(t, out.String(), dir, "no path of this machine in the report")

	outside := t.TempDir()
	copyTree(t, filepath.Join(dir, "seeds"), outside)
	out.Reset()
	code = Run([]string{"check", "--facts", "facts/facts.yaml", "--sources", outside, "--format", "markdown"}, &out, &errs)
	assert.Equal(t, OK, code, errs.String())
	assert.Contains(t, out.String(), filepath.ToSlash(outside), "a path outside the working directory stays as given")
}

// Labels accept wrote keep its placeholder note until a person writes the
// reason; check says so, without failing.
func TestCheckNamesPlaceholderNotes(t *testing.T) {
	dir := removeKenaniLabel(t)
	facts, seeds := filepath.Join(dir, "facts", "facts.yaml"), filepath.Join(dir, "seeds")
	var out, errs bytes.Buffer
	require.Equal(t, OK, Run([]string{"accept", "--facts", facts, "--sources", seeds}, &out, &errs), errs.String())
	out.Reset()
	errs.Reset()
	assert.Equal(t, OK, Run([]string{"check", "--facts", facts, "--sources", seeds, "--format", "json=/dev/null"}, &out, &errs))
	assert.Contains(t, errs.String(), "factcheck: 1 label still has the note accept wrote")

	data, err := os.ReadFile(facts)
	require.NoError(t, err)
	fixed := regexp.MustCompile(`(?m)note: "Accepted with factcheck accept:.*"$`).ReplaceAllString(string(data), `note: "The outlet misspells the name; the ministry's site has Kanaani."`)
	require.NoError(t, os.WriteFile(facts, []byte(fixed), 0o644))
	errs.Reset()
	assert.Equal(t, OK, Run([]string{"check", "--facts", facts, "--sources", seeds, "--format", "json=/dev/null"}, &out, &errs))
	assert.NotContains(t, errs.String(), "accept wrote", "once the reason is written, nothing is said")
}

// The configuration's severity: makes a fact, or a kind of problem, a
// warning (or an error again) for the command.
func TestConfigSeverity(t *testing.T) {
	tests := []struct {
		severity  string
		sheetWarn bool // the sheet marks iran-spokesman severity: warning
		code      int
		want      string
		reason    string
	}{
		{"", false, Failed, "iran-spokesman: unexpected contradiction", "without severity the new contradiction fails"},
		{"severity:\n  iran-spokesman: warning\n", false, OK, "iran-spokesman: warning: unexpected contradiction", "a fact named a warning fails nothing"},
		{"severity:\n  unexpected: warning\n", false, OK, "iran-spokesman: warning: unexpected contradiction", "a kind of problem named a warning fails nothing, whatever the fact"},
		{"severity:\n  stale: warning\n", false, Failed, "iran-spokesman: unexpected contradiction", "another kind made a warning leaves this one an error"},
		{"severity:\n  iran-spokesman: error\n", true, Failed, "iran-spokesman: unexpected contradiction", "the configuration may make a warning of the sheet an error again"},
		{"severity:\n  iran-spokesmen: warning\n", false, BadInput, `.factcheck.yaml:6:3: severity names "iran-spokesmen", which is neither a fact of facts/facts.yaml nor a kind of problem (unexpected, stale, mismatch, uncorroborated)`, "a name that is nothing is an error at its place"},
		{"severity:\n  unexpected: fatal\n", false, BadInput, `.factcheck.yaml:6:15: severity of unexpected must be warning or error, found "fatal"`, "only warning or error"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			dir := removeKenaniLabel(t)
			if tt.sheetWarn {
				p := filepath.Join(dir, "facts", "facts.yaml")
				data, err := os.ReadFile(p)
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(p, []byte(strings.Replace(string(data), "  - id: iran-spokesman\n", "  - id: iran-spokesman\n    severity: warning\n", 1)), 0o644))
			}
			cfg := "facts: facts/facts.yaml\nsources:\n  - seeds\nformats: [text]\n" + tt.severity
			require.NoError(t, os.WriteFile(filepath.Join(dir, ".factcheck.yaml"), []byte(cfg), 0o644))
			t.Chdir(dir)
			var out, errs bytes.Buffer
			assert.Equal(t, tt.code, Run([]string{"check"}, &out, &errs), "%s%s", out.String(), errs.String())
			assert.Contains(t, out.String()+errs.String(), tt.want)
		})
	}
}

// lexicon shows the word lists built into the command, for users without
// the repository: their names, or one list as written.
func TestLexiconCommand(t *testing.T) {
	dir := t.TempDir()
	out, _, code := factcheck(t, dir, nil, "lexicon")
	assert.Equal(t, OK, code)
	assert.Contains(t, out, "units.txt\n", "the lists by name")
	assert.Contains(t, out, "names.txt\n", "the files")
	assert.Contains(t, out, "\n  post-titles\n", "and the lists each holds, indented, so that a list the docs name can be found")
	out, _, code = factcheck(t, dir, nil, "lexicon", "units")
	assert.Equal(t, OK, code)
	assert.Contains(t, out, "kilometer = 1000 meter", "a list as written, .txt optional")
	out, _, code = factcheck(t, dir, nil, "lexicon", "[approx-articles]")
	assert.Equal(t, OK, code, "one list by the name the docs give it, brackets optional")
	assert.True(t, strings.HasPrefix(out, "# from numbers.txt\n[approx-articles]\n"), "the list and its file: %q", out)
	assert.NotContains(t, out, "[approx-about]", "and nothing of the list after it")
	_, errOut, code := factcheck(t, dir, nil, "lexicon", "nope")
	assert.Equal(t, BadInput, code)
	assert.Contains(t, errOut, `no file or list "nope"`)
}

// score writes the labels' words and the sentences read with each wrong
// cell; --no-words leaves them out, so that a sheet can be improved
// without seeing the gold.
func TestScoreWithoutWords(t *testing.T) {
	story, err := filepath.Abs("../../score/testdata/story")
	require.NoError(t, err)
	args := []string{"score", "--facts", filepath.Join(story, "facts.yaml"), "--sources", filepath.Join(story, "articles"), "--gold", filepath.Join(story, "labels.json")}
	out, _, code := factcheck(t, t.TempDir(), nil, args...)
	require.Equal(t, OK, code)
	assert.Contains(t, out, "  - label: 14 bakers", "the label's words by default")
	out, _, code = factcheck(t, t.TempDir(), nil, append(args, "--no-words")...)
	require.Equal(t, OK, code)
	assert.Contains(t, out, "### Wrong cells", "the wrong cells still")
	assert.NotContains(t, out, "  - label:", "no label's words")
	assert.NotContains(t, out, "    - sentence:", "nor the sentences read")
}
