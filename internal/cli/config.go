package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/internal/yamldoc"
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
			return readConfig(p)
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
	top, ok := r.Mapping(root, "the configuration", []string{"facts", "sources", "formats"})
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
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	return c, nil
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
    "formats": {"type": "array", "items": {"type": "string", "minLength": 1}, "description": "the outputs of check: FORMAT or FORMAT=FILE (text, markdown, json, sarif, github, html)"}
  }
}
`
