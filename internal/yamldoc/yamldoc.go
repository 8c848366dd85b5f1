// Package yamldoc reads hand-written YAML files strictly: every problem is
// collected with its file:line:col and a hint on what to do, unknown and
// duplicate keys are refused with "did you mean" suggestions, and anchors
// and aliases are refused so that no alias bomb can expand.
package yamldoc

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/spell"
	"go.yaml.in/yaml/v3"
)

// A Pos is a position in a file: 1-based line, and 1-based column in bytes.
type Pos struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// An Error is one problem at a position in a file.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errors is every problem found in one file, sorted by position. Its message
// has one problem a line.
type Errors []*Error

func (es Errors) Error() string {
	shown := es
	if len(es) > MaxShown {
		shown = es[:MaxShown]
	}
	lines := make([]string, len(shown))
	for i, e := range shown {
		lines[i] = e.Error()
	}
	switch more := len(es) - len(shown); {
	case len(es) > maxKept: // a Reader stopped keeping problems here
		lines = append(lines, fmt.Sprintf("... and at least %d more problems: fix these first", more))
	case more > 0:
		lines = append(lines, fmt.Sprintf("... and %d more problems: fix these first", more))
	}
	return strings.Join(lines, "\n")
}

// MaxShown is how many problems an error message lists; the rest are
// counted. A broken file of a million items says so in a hundred lines.
const MaxShown = 100

// Parse checks the bytes of a YAML file (size, encoding, syntax, anchors)
// and returns its top-level node and a Reader for walking it. A byte-order
// mark and CRLF line endings are accepted. what names the file's role for
// messages ("the sheet").
func Parse(path string, data []byte, maxSize int, what string) (*yaml.Node, *Reader, error) {
	r := &Reader{Path: path}
	at := func(line, col int, format string, args ...any) error {
		return Errors{{Pos: Pos{File: path, Line: line, Col: col}, Msg: fmt.Sprintf(format, args...)}}
	}
	if len(data) > maxSize {
		return nil, nil, at(1, 1, "%s is over the %d-byte limit: split it or shorten long notes", what, maxSize)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		line, col := FirstInvalid(data)
		return nil, nil, at(line, col, "%s is not valid UTF-8: save it as UTF-8", what)
	}
	if line, col, r, ok := firstControl(data); ok {
		return nil, nil, at(line, col, "%s holds a control character (U+%04X) here: remove it", what, r)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root, second yaml.Node
	if err := dec.Decode(&root); err != nil && err != io.EOF {
		return nil, nil, syntaxError(path, data, err)
	}
	if err := dec.Decode(&second); err == nil {
		line := 1
		if len(second.Content) > 0 {
			line = second.Content[0].Line
		}
		return nil, nil, at(line, 1, "%s holds a second YAML document (after ---), which would not be read: keep one document", what)
	} else if err != io.EOF {
		return nil, nil, syntaxError(path, data, err)
	}
	if len(root.Content) == 0 {
		return nil, nil, nil
	}
	r.noAnchors(&root)
	r.noTags(&root)
	if err := r.Err(); err != nil {
		return nil, nil, err
	}
	return root.Content[0], r, nil
}

// firstControl returns where the first control character other than tab,
// newline and carriage return stands, 1-based, and which it is.
func firstControl(data []byte) (line, col int, r rune, ok bool) {
	line, start := 1, 0
	for i, c := range string(data) {
		switch {
		case c == '\n':
			line, start = line+1, i+1
		case c == '\t' || c == '\r':
		case c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0:
			return line, i - start + 1, c, true
		}
	}
	return 0, 0, 0, false
}

// FirstInvalid returns the line and byte column of the first byte of data
// that is not valid UTF-8.
func FirstInvalid(data []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, i - start + 1
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return line, 1
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// reservedStart returns the column of a value, or a list item, that
// starts with a character YAML reserves (% @ `): "unit: %".
func reservedStart(text []byte) (int, bool) {
	for _, sep := range []string{": ", "[", ", ", "- "} {
		for k := bytes.Index(text, []byte(sep)); k >= 0; {
			v := k + len(sep)
			for v < len(text) && text[v] == ' ' {
				v++
			}
			if v < len(text) && bytes.IndexByte([]byte("%@`"), text[v]) >= 0 {
				return v + 1, true
			}
			next := bytes.Index(text[k+1:], []byte(sep))
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return 0, false
}

// secondColon returns the column of the ": " after a line's key, in a
// value that is not quoted ("title: Live: the vote count"), if any.
func secondColon(text []byte) (int, bool) {
	k := bytes.Index(text, []byte(": "))
	if k < 0 {
		return 0, false
	}
	rest := bytes.TrimLeft(text[k+2:], " ")
	if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
		return 0, false
	}
	j := bytes.Index(rest, []byte(": "))
	if j < 0 {
		return 0, false
	}
	return len(text) - len(rest) + j + 1, true
}

// syntaxError turns a YAML parser error into a positioned one with a hint.
func syntaxError(path string, data []byte, err error) error {
	msg := err.Error()
	line := 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	col := 1
	hint := "fix the YAML syntax (indentation, a missing colon or an unclosed quote)"
	if lines := bytes.Split(data, []byte("\n")); line-1 < len(lines) {
		text := lines[line-1]
		if i := bytes.IndexByte(text, '\t'); i >= 0 && len(bytes.TrimLeft(text[:i], " ")) == 0 {
			col, hint = i+1, "indent with spaces, not tabs"
		} else if c, ok := secondColon(text); ok && strings.Contains(msg, "mapping values are not allowed") {
			col, hint = c, "a value that holds \": \" must be quoted: write it in double quotes"
		} else if c, ok := reservedStart(text); ok && strings.Contains(msg, "cannot start any token") {
			col, hint = c, "a value that starts with %, @ or ` must be quoted: write it in double quotes (\"%\")"
		} else if l, c, ok := listsSideBySide(lines, line-1); ok && strings.Contains(msg, "did not find expected key") {
			line, col, hint = l+1, c+1, "two lists side by side (\"[a | b], [c]\"): write one list, with a comma inside it (\"[a | b, c]\")"
		}
	}
	return Errors{{Pos: Pos{File: path, Line: line, Col: col}, Msg: "invalid YAML: " + msg + ": " + hint}}
}

// listsSideBySide finds the first "], [" on line i (0-based) of lines or
// after it: two flow lists written side by side, which the parser reports
// as a key it misses at the start of the mapping that holds them. It
// returns the line and the column of the comma.
func listsSideBySide(lines [][]byte, i int) (int, int, bool) {
	for l := max(i, 0); l < len(lines); l++ {
		if c := bytes.Index(lines[l], []byte("], [")); c >= 0 {
			return l, c + 1, true
		}
	}
	return 0, 0, false
}

// A Reader walks a parsed YAML tree and collects every problem it meets.
type Reader struct {
	Path string
	// DuplicateHints add advice, by key, to the error of a duplicate key:
	// what the caller's format offers instead of a second one.
	DuplicateHints map[string]string
	errs           Errors
}

// Pos returns the position of a node.
func (r *Reader) Pos(n *yaml.Node) Pos { return Pos{File: r.Path, Line: n.Line, Col: n.Column} }

// Errorf records a problem at a node. Past a few thousand problems only
// the first are kept, so that a huge broken file does not fill memory with
// messages nobody reads.
func (r *Reader) Errorf(n *yaml.Node, format string, args ...any) {
	if len(r.errs) > maxKept {
		return // one past the limit is kept, so that the message says "at least"
	}
	r.errs = append(r.errs, &Error{Pos: r.Pos(n), Msg: fmt.Sprintf(format, args...)})
}

// maxKept is how many problems a Reader keeps.
const maxKept = 10 * MaxShown

// Err returns the problems recorded so far, sorted by position, or nil.
func (r *Reader) Err() error {
	if len(r.errs) == 0 {
		return nil
	}
	sort.SliceStable(r.errs, func(i, j int) bool {
		a, b := r.errs[i].Pos, r.errs[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return r.errs
}

func (r *Reader) noAnchors(root *yaml.Node) {
	var first *yaml.Node
	more := 0
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.AliasNode || n.Anchor != "" {
			if first == nil {
				first = n
			} else {
				more++
			}
		}
		if n.Kind != yaml.AliasNode {
			for _, c := range n.Content {
				walk(c)
			}
		}
	}
	walk(root)
	if first == nil {
		return
	}
	what, name := "anchors", "&"+first.Anchor
	if first.Kind == yaml.AliasNode {
		what, name = "aliases", "*"+first.Value
	}
	msg := fmt.Sprintf("%s (%s) are not supported: write the value out in full", what, name)
	if more > 0 {
		msg += fmt.Sprintf(" (the sheet has %d more anchors and aliases)", more)
	}
	r.Errorf(first, "%s", msg)
}

// noTags refuses explicit YAML tags (!!binary, !custom): their meaning
// would be dropped without a word.
func (r *Reader) noTags(root *yaml.Node) {
	var walk func(n *yaml.Node) bool
	walk = func(n *yaml.Node) bool {
		if n.Style&yaml.TaggedStyle != 0 {
			r.Errorf(n, "YAML tags (%s) are not supported: write the value plainly", n.Tag)
			return false
		}
		for _, c := range n.Content {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(root)
}

// Describe names what a node holds, for messages: "a list", "nothing", "\"x\"".
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// Fields are the values of a YAML mapping by key.
type Fields struct {
	vals     map[string]*yaml.Node
	misspelt map[string]bool // known keys suggested for unknown ones
}

// Get returns the value of a key.
func (f Fields) Get(key string) (*yaml.Node, bool) {
	v, ok := f.vals[key]
	return v, ok
}

// Missing reports whether key is absent and was not suggested for a
// misspelt key, which has been reported already.
func (f Fields) Missing(key string) bool {
	_, ok := f.vals[key]
	return !ok && !f.misspelt[key]
}

// Mapping returns the values of a mapping by key, reporting duplicate and
// unknown keys. ok is false when n is not a mapping.
func (r *Reader) Mapping(n *yaml.Node, what string, known []string) (m Fields, ok bool) {
	if n.Kind != yaml.MappingNode {
		r.Errorf(n, "%s must be a mapping of key: value lines, found %s", what, Describe(n))
		return Fields{}, false
	}
	m = Fields{vals: make(map[string]*yaml.Node), misspelt: make(map[string]bool)}
	keys := make(map[string]*yaml.Node)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			r.Errorf(k, "keys in %s must be plain words", what)
			continue
		}
		if first, dup := keys[k.Value]; dup {
			r.Errorf(k, "duplicate key %q in %s (first at line %d): keep one%s", k.Value, what, first.Line, r.DuplicateHints[k.Value])
			continue
		}
		keys[k.Value] = k
		if !contains(known, k.Value) {
			hint := ""
			if s := spell.Suggest(k.Value, known); s != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", s)
				m.misspelt[s] = true
			}
			r.Errorf(k, "unknown key %q in %s%s; known keys: %s", k.Value, what, hint, strings.Join(known, ", "))
			continue
		}
		m.vals[k.Value] = v
	}
	return m, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Text reads a scalar as text; ok is false (and a problem recorded) when n
// is not a non-empty scalar.
func (r *Reader) Text(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		r.Errorf(n, "%s must be text, found %s", what, Describe(n))
		return "", false
	}
	s := strings.TrimSpace(n.Value)
	if s == "" {
		r.Errorf(n, "%s is empty: write it out or remove the key", what)
		return "", false
	}
	return s, true
}

// Texts reads a list of texts; a single text is taken as a list of one.
func (r *Reader) Texts(n *yaml.Node, what string) []string {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		s, ok := r.Text(n, what)
		if !ok {
			return nil
		}
		return []string{s}
	}
	if n.Kind != yaml.SequenceNode {
		r.Errorf(n, "%s must be a list of texts, found %s", what, Describe(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s, ok := r.Text(c, "each entry of "+what); ok {
			out = append(out, s)
		}
	}
	return out
}

// Bool reads true or false.
func (r *Reader) Bool(n *yaml.Node, what string) (bool, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		r.Errorf(n, "%s must be true or false, found %s", what, Describe(n))
		return false, false
	}
	return n.Value == "true", true
}

// List returns the entries of a sequence, recording a problem when n is
// not one. example shows how an entry starts, for the message.
func (r *Reader) List(n *yaml.Node, what, example string) ([]*yaml.Node, bool) {
	if n.Kind != yaml.SequenceNode {
		r.Errorf(n, "%s must be a list (lines starting with %q), found %s", what, example, Describe(n))
		return nil, false
	}
	return n.Content, true
}
