package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/internal/yamldoc"
	"go.yaml.in/yaml/v3"
)

// ConfigFile is the name of the configuration file, looked for in the
// working directory and each directory above it.
const ConfigFile = ".factcheck.yaml"

// A config is what a configuration file says: the sheet, the sources and
// the outputs of check, with paths relative to the file's directory.
type config struct {
	path    string
	facts   string
	sources []string
	formats []string
	// severity says, for a fact id or a kind of problem, whether it is a
	// warning (true) or an error (false); where it is written, for errors.
	severity map[string]bool
	at       map[string]*yaml.Node
}

// findConfig returns the configuration named by --config, or the first
// .factcheck.yaml in the working directory or above it; nil when there is
// none. "--config none" uses none.
func findConfig(named string) (*config, error) {
	if named == "none" {
		return nil, nil
	}
	if named != "" {
		return readConfig(named)
	}
	dir, err := os.Getwd()
	if err != nil {
		return nil, nil
	}
	for {
		p := filepath.Join(dir, ConfigFile)
		if _, err := os.Stat(p); err == nil {
			return readConfig(relative(p)) // messages name it as the user sees it
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
}

// readConfig reads a configuration file strictly: unknown keys and wrong
// types are errors with their file:line:col.
func readConfig(path string) (*config, error) {
	data, err := bounded.ReadFile(path, 1<<20, false)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no configuration file %s: name one with --config, or write one (factcheck init)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("read the configuration: %w", err)
	}
	root, r, err := yamldoc.Parse(path, data, 1<<20, "the configuration")
	if err != nil {
		return nil, err
	}
	c := &config{path: path}
	if root == nil {
		return c, nil
	}
	top, ok := r.Mapping(root, "the configuration", []string{"facts", "sources", "formats", "severity"})
	if ok {
		if n, ok := top.Get("facts"); ok {
			c.facts, _ = r.Text(n, "facts")
		}
		if n, ok := top.Get("sources"); ok {
			c.sources = r.Texts(n, "sources")
		}
		if n, ok := top.Get("formats"); ok {
			c.formats = r.Texts(n, "formats")
		}
		if n, ok := top.Get("severity"); ok {
			c.readSeverity(r, n)
		}
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// readSeverity reads severity: a mapping of fact ids and kinds of problem
// to warning or error.
func (c *config) readSeverity(r *yamldoc.Reader, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		r.Errorf(n, "severity must be a mapping of a fact id or a kind of problem (%s) to warning or error, found %s", kindList(), yamldoc.Describe(n))
		return
	}
	c.severity, c.at = make(map[string]bool), make(map[string]*yaml.Node)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch level, _ := r.Text(v, "severity of "+k.Value); level {
		case "warning", "error":
			c.severity[k.Value] = level == "warning"
			c.at[k.Value] = k
		default:
			r.Errorf(v, "severity of %s must be warning or error, found %s", k.Value, yamldoc.Describe(v))
		}
	}
}

func kindList() string {
	var names []string
	for _, k := range checks.ProblemKinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// applySeverity gives the sheet's facts the severities the configuration
// names, and returns the kinds of problem it makes warnings. A name that
// is neither a fact of the sheet nor a kind of problem is an error at its
// place in the file.
func (c *config) applySeverity(sheet *facts.Sheet) ([]checks.ProblemKind, error) {
	if c == nil || len(c.severity) == 0 {
		return nil, nil
	}
	kinds := make(map[string]bool)
	for _, k := range checks.ProblemKinds() {
		kinds[string(k)] = true
	}
	var warn []checks.ProblemKind
	var errs yamldoc.Errors
	for _, name := range sortedKeys(c.severity) {
		if kinds[name] {
			if c.severity[name] {
				warn = append(warn, checks.ProblemKind(name))
			}
			continue
		}
		f, ok := sheet.Fact(name)
		if !ok {
			n := c.at[name]
			errs = append(errs, &yamldoc.Error{Pos: yamldoc.Pos{File: c.path, Line: n.Line, Col: n.Column}, Msg: fmt.Sprintf("severity names %q, which is neither a fact of %s nor a kind of problem (%s)", name, sheet.Path, kindList())})
			continue
		}
		f.Warning = c.severity[name]
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return warn, nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// rel returns a path of the configuration as the working directory sees
// it: relative to the configuration file's directory, made relative to
// the working directory when it can be.
func (c *config) rel(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	abs := filepath.Join(filepath.Dir(c.path), filepath.FromSlash(p))
	if wd, err := os.Getwd(); err == nil {
		if r, err := filepath.Rel(wd, abs); err == nil {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(abs)
}

// configSchema is the JSON Schema of the configuration file, for editors.
const configSchema = `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/factcheck/factcheck/factcheck.schema.json",
  "title": "factcheck configuration (.factcheck.yaml)",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "facts": {"type": "string", "description": "the fact sheet, relative to this file"},
    "sources": {"type": "array", "items": {"type": "string", "minLength": 1}, "description": "directories, files or globs of sources, relative to this file"},
    "formats": {"type": "array", "items": {"type": "string", "minLength": 1}, "description": "the outputs of check: FORMAT or FORMAT=FILE (text, markdown, json, sarif, github, html)"},
    "severity": {"type": "object", "additionalProperties": {"enum": ["warning", "error"]}, "description": "for a fact id or a kind of problem (unexpected, stale, mismatch, uncorroborated): warning (reported, failing nothing) or error"}
  }
}
`
