package factcheck

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/format"
)

// The documents a reader follows links through: the README sends a newcomer to the guide and the
// reference for every rule it gives in short, so a link that leads nowhere loses the reader.
var linkedDocs = []string{"README.md", "docs/writing-sheets.md", "docs/sheet.md", "docs/command.md", "docs/guarantees.md"}

var (
	docLink    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	docHeading = regexp.MustCompile(`^#+ (.*)$`)
	slugDrop   = regexp.MustCompile(`[^\p{L}\p{N}\- _]`)
)

// TestDocLinksResolve checks that every relative link of the documents names a file that exists
// and, with a fragment, a heading of that file.
func TestDocLinksResolve(t *testing.T) {
	for _, doc := range linkedDocs {
		body, err := os.ReadFile(doc)
		require.NoError(t, err)
		for _, m := range docLink.FindAllStringSubmatch(string(body), -1) {
			target, fragment, _ := strings.Cut(m[1], "#")
			if strings.Contains(target, "://") || strings.HasPrefix(target, "/") {
				continue // a web address, or a path quoted from a page in an example
			}
			file := doc
			if target != "" {
				file = filepath.Join(filepath.Dir(doc), target)
			}
			if _, err := os.Stat(file); err != nil {
				t.Errorf("%s: the link %q names no file", doc, m[1])
				continue
			}
			if fragment != "" && strings.HasSuffix(file, ".md") {
				assert.Contains(t, headingAnchors(t, file), fragment, "%s: the link %q names no heading of %s", doc, m[1], file)
			}
		}
	}
}

// headingAnchors returns the anchors a Markdown renderer such as GitHub's gives the headings of a
// file outside code blocks: lower case, punctuation dropped, spaces as hyphens, repeats numbered.
func headingAnchors(t *testing.T, file string) map[string]bool {
	body, err := os.ReadFile(file)
	require.NoError(t, err)
	anchors, seen := map[string]bool{}, map[string]int{}
	inCode := false
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, "```") {
			inCode = !inCode
		}
		m := docHeading.FindStringSubmatch(line)
		if inCode || m == nil {
			continue
		}
		slug := strings.ReplaceAll(slugDrop.ReplaceAllString(strings.ToLower(strings.TrimSpace(m[1])), ""), " ", "-")
		if n := seen[slug]; n > 0 {
			anchors[slug+"-"+strconv.Itoa(n)] = true
		} else {
			anchors[slug] = true
		}
		seen[slug]++
	}
	return anchors
}

// TestReadmeWorkedExample keeps the README's worked example true: its sheet, its sources.yaml and
// its two sources, checked as written, give the summary line the README shows.
func TestReadmeWorkedExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(readme), "### A worked example\n")
	require.True(t, ok, "README.md has no section \"A worked example\"")
	section, _, _ = strings.Cut(section, "\n### ")
	blocks := fencedBlocks(section)
	require.Len(t, blocks, 5, "the worked example's blocks: the sheet, sources.yaml, the two sources and the summary line")
	dir := t.TempDir()
	files := map[string]string{"facts.yaml": blocks[0], "src/sources.yaml": blocks[1], "src/valley-news.txt": blocks[2], "src/herald.md": blocks[3]}
	for name, body := range files {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	sheet, err := facts.Load(filepath.Join(dir, "facts.yaml"))
	require.NoError(t, err)
	corpus, err := document.LoadCorpus(filepath.Join(dir, "src"))
	require.NoError(t, err)
	res, err := checks.Run(sheet, corpus)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSpace(blocks[4]), format.Summary(res), "the summary line the README's worked example shows")
}

// fencedBlocks returns the bodies of the fenced code blocks of a Markdown text, in order.
func fencedBlocks(md string) []string {
	var blocks []string
	var body strings.Builder
	inCode := false
	for _, line := range strings.SplitAfter(md, "\n") {
		switch {
		case strings.HasPrefix(line, "```") && !inCode:
			inCode = true
			body.Reset()
		case strings.HasPrefix(line, "```"):
			inCode = false
			blocks = append(blocks, body.String())
		case inCode:
			body.WriteString(line)
		}
	}
	return blocks
}
