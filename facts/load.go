package facts

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/spell"
	"go.yaml.in/yaml/v3"
)

// MaxSize is the largest fact sheet Parse accepts, in bytes.
const MaxSize = 4 << 20

// An Error is one problem at a position in a fact sheet.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errors is every problem found in one sheet, sorted by position. Its
// message has one problem a line.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Load reads and validates the fact sheet at path.
func Load(path string) (*Sheet, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load fact sheet: %w", err)
	}
	return Parse(path, data)
}

// Parse validates a fact sheet read from path. On failure the error is an
// Errors listing every problem found.
func Parse(path string, data []byte) (*Sheet, error) {
	at := func(line, col int, format string, args ...any) error {
		return Errors{{Pos: Pos{File: path, Line: line, Col: col}, Msg: fmt.Sprintf(format, args...)}}
	}
	if len(data) > MaxSize {
		return nil, at(1, 1, "the sheet is %d bytes, over the %d-byte limit: split long notes or move them out of the sheet", len(data), MaxSize)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		line, col := firstInvalid(data)
		return nil, at(line, col, "the sheet is not valid UTF-8: save it as UTF-8")
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, syntaxError(path, data, err)
	}
	if len(root.Content) == 0 {
		return nil, at(1, 1, "the sheet is empty: start it with \"facts:\" and a list of facts (see README.md)")
	}
	l := &loader{path: path}
	l.noAnchors(&root)
	if len(l.errs) > 0 {
		return nil, l.result()
	}
	s := &Sheet{Path: path}
	l.sheet(s, root.Content[0])
	if err := l.result(); err != nil {
		return nil, err
	}
	return s, nil
}

// firstInvalid returns the line and byte column of the first byte that is
// not valid UTF-8.
func firstInvalid(data []byte) (line, col int) {
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
	lines := bytes.Split(data, []byte("\n"))
	hint := "fix the YAML syntax (indentation, a missing colon or an unclosed quote)"
	if line-1 < len(lines) {
		text := lines[line-1]
		if i := bytes.IndexByte(text, '\t'); i >= 0 && len(bytes.TrimLeft(text[:i], " ")) == 0 {
			col, hint = i+1, "indent with spaces, not tabs"
		}
	}
	if strings.Contains(msg, "tab") {
		hint = "indent with spaces, not tabs"
	}
	return Errors{{Pos: Pos{File: path, Line: line, Col: col}, Msg: "invalid YAML: " + msg + ": " + hint}}
}

// loader walks the YAML tree and collects every problem it meets.
type loader struct {
	path string
	errs Errors
}

func (l *loader) pos(n *yaml.Node) Pos { return Pos{File: l.path, Line: n.Line, Col: n.Column} }

func (l *loader) errorf(n *yaml.Node, format string, args ...any) {
	l.errs = append(l.errs, &Error{Pos: l.pos(n), Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) result() error {
	if len(l.errs) == 0 {
		return nil
	}
	sort.SliceStable(l.errs, func(i, j int) bool {
		a, b := l.errs[i].Pos, l.errs[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return l.errs
}

// noAnchors refuses anchors and aliases: a hand-written sheet does not need
// them, and refusing them rules out alias bombs.
func (l *loader) noAnchors(n *yaml.Node) {
	if n.Kind == yaml.AliasNode {
		l.errorf(n, "aliases (*%s) are not supported: write the value out in full", n.Value)
		return
	}
	if n.Anchor != "" {
		l.errorf(n, "anchors (&%s) are not supported: write the value out in full", n.Anchor)
	}
	for _, c := range n.Content {
		l.noAnchors(c)
	}
}

func kindName(n *yaml.Node) string {
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

// fields are the values of a YAML mapping by key.
type fields struct {
	vals     map[string]*yaml.Node
	misspelt map[string]bool // known keys suggested for unknown ones
}

func (f fields) get(key string) (*yaml.Node, bool) {
	v, ok := f.vals[key]
	return v, ok
}

// missing reports whether key is absent and was not suggested for a
// misspelt key, which has been reported already.
func (f fields) missing(key string) bool {
	_, ok := f.vals[key]
	return !ok && !f.misspelt[key]
}

// mapping returns the values of a mapping by key, reporting duplicate and
// unknown keys. ok is false when n is not a mapping.
func (l *loader) mapping(n *yaml.Node, what string, known []string) (m fields, ok bool) {
	if n.Kind != yaml.MappingNode {
		l.errorf(n, "%s must be a mapping of key: value lines, found %s", what, kindName(n))
		return fields{}, false
	}
	vals := make(map[string]*yaml.Node)
	misspelt := make(map[string]bool)
	keys := make(map[string]*yaml.Node)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			l.errorf(k, "keys in %s must be plain words", what)
			continue
		}
		if first, dup := keys[k.Value]; dup {
			l.errorf(k, "duplicate key %q in %s (first at line %d): keep one", k.Value, what, first.Line)
			continue
		}
		keys[k.Value] = k
		if !contains(known, k.Value) {
			hint := ""
			if s := spell.Suggest(k.Value, known); s != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", s)
				misspelt[s] = true
			}
			l.errorf(k, "unknown key %q in %s%s; known keys: %s", k.Value, what, hint, strings.Join(known, ", "))
			continue
		}
		vals[k.Value] = v
	}
	return fields{vals: vals, misspelt: misspelt}, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// text reads a scalar as text; ok is false (and a problem recorded) when n
// is not a non-empty scalar.
func (l *loader) text(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		l.errorf(n, "%s must be text, found %s", what, kindName(n))
		return "", false
	}
	s := strings.TrimSpace(n.Value)
	if s == "" {
		l.errorf(n, "%s is empty: write it out or remove the key", what)
		return "", false
	}
	return s, true
}

// texts reads a list of texts; a single text is taken as a list of one.
func (l *loader) texts(n *yaml.Node, what string) []string {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		s, ok := l.text(n, what)
		if !ok {
			return nil
		}
		return []string{s}
	}
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "%s must be a list of texts, found %s", what, kindName(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s, ok := l.text(c, "each entry of "+what); ok {
			out = append(out, s)
		}
	}
	return out
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (l *loader) sheet(s *Sheet, n *yaml.Node) {
	top, ok := l.mapping(n, "the sheet", []string{"facts"})
	if !ok {
		return
	}
	list, ok := top.get("facts")
	if !ok {
		if top.missing("facts") {
			l.errorf(n, "the sheet has no \"facts:\" list: put the facts under a top-level facts: key")
		}
		return
	}
	if list.Kind != yaml.SequenceNode {
		l.errorf(list, "facts must be a list of facts (lines starting with \"- id:\"), found %s", kindName(list))
		return
	}
	seen := make(map[string]*Fact)
	for _, fn := range list.Content {
		f := l.fact(fn)
		if f == nil || f.ID == "" {
			continue
		}
		if first, dup := seen[f.ID]; dup {
			l.errorf(fn, "duplicate fact id %q (first at line %d): give each fact its own id", f.ID, first.Pos.Line)
			continue
		}
		seen[f.ID] = f
		s.Facts = append(s.Facts, f)
	}
}

var factKeys = []string{
	"id", "claim", "date", "number", "name",
	"tolerance", "unit", "aliases", "not",
	"about", "unless", "within", "said_dates",
	"note", "reference", "labels",
}

func (l *loader) fact(n *yaml.Node) *Fact {
	what := "a fact"
	if id := peekID(n); id != "" {
		what = "fact " + id
	}
	m, ok := l.mapping(n, what, factKeys)
	if !ok {
		return nil
	}
	f := &Fact{Pos: l.pos(n), Within: DefaultWithin}
	if v, ok := m.get("id"); !ok {
		if m.missing("id") {
			l.errorf(n, "a fact has no id: add id: with a short name such as mek-arrival")
		}
	} else if id, ok := l.text(v, "id"); ok {
		if !idPattern.MatchString(id) {
			l.errorf(v, "id %q may hold only lowercase letters, digits and hyphens (it names a subtest): try %q", id, slug(id))
		} else {
			f.ID = id
		}
	}
	if v, ok := m.get("claim"); !ok {
		if m.missing("claim") {
			l.errorf(n, "%s has no claim: add claim: with the one sentence a reader should take away", what)
		}
	} else {
		f.Claim, _ = l.text(v, "claim of "+what)
	}
	l.value(f, n, m, what)
	if v, ok := m.get("about"); !ok {
		if m.missing("about") {
			l.errorf(n, "%s has no about terms: add about: with the words that locate sentences about it, such as [\"diplomatic ties | diplomatic relations\"]", what)
		}
	} else {
		f.About = l.groups(v, "about of "+what)
	}
	if v, ok := m.get("unless"); ok {
		for _, g := range l.groups(v, "unless of "+what) {
			f.Unless = append(f.Unless, g...)
		}
	}
	if v, ok := m.get("within"); ok {
		w, err := strconv.Atoi(v.Value)
		if v.Kind != yaml.ScalarNode || err != nil || w < 1 || w > 100 {
			l.errorf(v, "within of %s must be a whole number of words from 1 to 100, found %s", what, kindName(v))
		} else {
			f.Within = w
		}
	}
	if v, ok := m.get("note"); ok {
		f.Note, _ = l.text(v, "note of "+what)
	}
	if v, ok := m.get("reference"); ok {
		f.Reference, _ = l.text(v, "reference of "+what)
	}
	if v, ok := m.get("labels"); ok {
		f.Labels = l.labels(v, what)
	}
	return f
}

// value reads the one canonical value of a fact and the keys that go with
// its kind.
func (l *loader) value(f *Fact, n *yaml.Node, m fields, what string) {
	var kinds []Kind
	for _, k := range []Kind{KindDate, KindNumber, KindName} {
		if _, ok := m.get(string(k)); ok {
			kinds = append(kinds, k)
		}
	}
	switch len(kinds) {
	case 0:
		if m.missing("date") && m.missing("number") && m.missing("name") {
			l.errorf(n, "%s has no value: give exactly one of date:, number: or name:", what)
		}
		return
	case 1:
		f.Kind = kinds[0]
	default:
		second, _ := m.get(string(kinds[1]))
		l.errorf(second, "%s has both %s: and %s:: keep exactly one value", what, kinds[0], kinds[1])
		return
	}
	// Keys that belong to one kind only.
	belongs := map[string]Kind{"tolerance": KindNumber, "unit": KindNumber, "aliases": KindName, "not": KindName, "said_dates": KindDate}
	for _, key := range []string{"tolerance", "unit", "aliases", "not", "said_dates"} {
		if v, ok := m.get(key); ok && belongs[key] != f.Kind {
			l.errorf(v, "%s: goes with %s facts, and %s is a %s fact: remove it", key, belongs[key], what, f.Kind)
		}
	}
	v, _ := m.get(string(f.Kind))
	raw, ok := l.text(v, string(f.Kind)+" of "+what)
	if !ok {
		return
	}
	f.Value = raw
	switch f.Kind {
	case KindDate:
		d, err := ParseDate(raw)
		if err != nil {
			l.errorf(v, "%s: %v", what, err)
		}
		f.Date = d
		if sd, ok := m.get("said_dates"); ok {
			if sd.Kind != yaml.ScalarNode || sd.Tag != "!!bool" {
				l.errorf(sd, "said_dates of %s must be true or false, found %s", what, kindName(sd))
			} else {
				f.SaidDates = sd.Value == "true"
			}
		}
	case KindNumber:
		iv, err := ParseNumber(raw)
		if err != nil {
			l.errorf(v, "%s: %v", what, err)
		}
		if tol, ok := m.get("tolerance"); ok {
			if t, ok := l.text(tol, "tolerance of "+what); ok {
				if iv, err = iv.WithTolerance(t); err != nil {
					l.errorf(tol, "%s: %v", what, err)
				}
			}
		}
		f.Number = iv
		if u, ok := m.get("unit"); ok {
			f.Unit, _ = l.text(u, "unit of "+what)
		}
	case KindName:
		f.Name.Canonical = raw
		if a, ok := m.get("aliases"); ok {
			f.Name.Aliases = l.texts(a, "aliases of "+what)
		}
		if a, ok := m.get("not"); ok {
			f.Name.Not = l.texts(a, "not of "+what)
		}
	}
}

// groups reads locator terms: a list whose entries are groups of
// alternatives separated by "|".
func (l *loader) groups(n *yaml.Node, what string) [][]string {
	entries := l.texts(n, what)
	var out [][]string
	for i, e := range entries {
		var g []string
		for _, t := range strings.Split(e, "|") {
			t = strings.TrimSpace(t)
			if t == "" || t == "*" {
				node := n
				if n.Kind == yaml.SequenceNode && i < len(n.Content) {
					node = n.Content[i]
				}
				l.errorf(node, "%s has an empty term in %q: remove the extra | or write the term", what, e)
				continue
			}
			g = append(g, t)
		}
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	if len(out) == 0 && len(entries) == 0 {
		l.errorf(n, "%s is empty: list at least one term", what)
	}
	return out
}

var labelKeys = []string{"source", "says", "label", "note"}

func (l *loader) labels(n *yaml.Node, what string) []*Label {
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "labels of %s must be a list of labels (lines starting with \"- source:\"), found %s", what, kindName(n))
		return nil
	}
	var out []*Label
	seen := make(map[string]*Label)
	for _, ln := range n.Content {
		m, ok := l.mapping(ln, "a label of "+what, labelKeys)
		if !ok {
			continue
		}
		lb := &Label{Pos: l.pos(ln)}
		complete := true
		for _, key := range labelKeys {
			v, ok := m.get(key)
			if !ok {
				if m.missing(key) {
					l.errorf(ln, "a label of %s has no %s: (a label needs source, says, label and note)", what, key)
				}
				complete = false
				continue
			}
			s, ok := l.text(v, key+" of a label of "+what)
			complete = complete && ok
			switch key {
			case "source":
				lb.Source = s
			case "says":
				lb.Says = s
			case "label":
				lb.Label = s
			case "note":
				lb.Note = s
			}
		}
		if !complete {
			continue
		}
		key := lb.Source + "\x00" + strings.ToLower(lb.Says)
		if first, dup := seen[key]; dup {
			l.errorf(ln, "duplicate label for source %s saying %q in %s (first at line %d): keep one", lb.Source, lb.Says, what, first.Pos.Line)
			continue
		}
		seen[key] = lb
		out = append(out, lb)
	}
	return out
}

// peekID returns the id of a fact mapping, if it has a plain one, so that
// problems found while reading it can name it.
func peekID(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k, v := n.Content[i], n.Content[i+1]; k.Value == "id" && v.Kind == yaml.ScalarNode && idPattern.MatchString(v.Value) {
			return v.Value
		}
	}
	return ""
}

// slug suggests an id made of lowercase letters, digits and hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
