package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/internal/yamldoc"
	"go.yaml.in/yaml/v3"
)

// MaxSize is the largest fact sheet Parse accepts, in bytes.
const MaxSize = 4 << 20

// An Error is one problem at a position in a fact sheet.
type Error = yamldoc.Error

// Errors is every problem found in one sheet, sorted by position. Its
// message has one problem a line.
type Errors = yamldoc.Errors

// Load reads and validates the fact sheet at path.
func Load(path string) (*Sheet, error) {
	data, err := bounded.ReadFile(path, MaxSize, false)
	if err != nil {
		return nil, fmt.Errorf("load fact sheet: %w", err)
	}
	return Parse(path, data)
}

// duplicateHints say what a sheet offers instead of a key given twice.
var duplicateHints = map[string]string{
	"about":  " (for two groups of terms write them in one list: about: [a | b, c | d], or one item per group under about:)",
	"unless": " (list every term in one: unless: [a | b | c])",
}

// Parse validates a fact sheet read from path. On failure the error is an
// Errors listing every problem found.
func Parse(path string, data []byte) (*Sheet, error) {
	root, r, err := yamldoc.Parse(path, data, MaxSize, "the sheet")
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, Errors{{Pos: Pos{File: path, Line: 1, Col: 1}, Msg: "the sheet is empty: start it with \"facts:\" and a list of facts (see README.md)"}}
	}
	r.DuplicateHints = duplicateHints
	l := &loader{r}
	s := &Sheet{Path: path}
	l.sheet(s, root)
	if err := r.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// loader reads the sheet's own structure on top of a yamldoc.Reader.
type loader struct{ *yamldoc.Reader }

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (l *loader) sheet(s *Sheet, n *yaml.Node) {
	top, ok := l.Mapping(n, "the sheet", []string{"facts"})
	if !ok {
		return
	}
	list, ok := top.Get("facts")
	if !ok {
		if top.Missing("facts") {
			l.Errorf(n, "the sheet has no \"facts:\" list: put the facts under a top-level facts: key")
		}
		return
	}
	if list.Kind != yaml.SequenceNode {
		l.Errorf(list, "facts must be a list of facts (lines starting with \"- id:\"), found %s", yamldoc.Describe(list))
		return
	}
	seen := make(map[string]*Fact)
	for _, fn := range list.Content {
		f := l.fact(fn)
		if f == nil || f.ID == "" {
			continue
		}
		if first, dup := seen[f.ID]; dup {
			l.Errorf(fn, "duplicate fact id %q (first at line %d): give each fact its own id", f.ID, first.Pos.Line)
			continue
		}
		seen[f.ID] = f
		s.Facts = append(s.Facts, f)
	}
}

var factKeys = []string{
	"id", "claim", "date", "number", "name", "quote", "statement", "version", "time",
	"tolerance", "unit", "aliases", "not", "role", "speaker", "accepted",
	"supports", "refutes", "attributed",
	"about", "unless", "within", "said_dates",
	"note", "reference", "severity", "labels",
}

// fact reads one fact. It returns nil when n is not a mapping, and a fact
// without an ID when its id is missing or invalid; both are reported.
func (l *loader) fact(n *yaml.Node) *Fact {
	what := "a fact"
	if id := peekID(n); id != "" {
		what = "fact " + id
	}
	m, ok := l.Mapping(n, what, factKeys)
	if !ok {
		return nil
	}
	f := &Fact{Pos: l.Pos(n), Within: DefaultWithin}
	f.ID = l.id(n, m)
	if v, ok := m.Get("claim"); !ok {
		if m.Missing("claim") {
			l.Errorf(n, "%s has no claim: add claim: with the one sentence a reader should take away", what)
		}
	} else {
		f.Claim, _ = l.Text(v, "claim of "+what)
	}
	l.value(f, n, m, what)
	l.locators(f, n, m, what)
	l.annotations(f, m, what)
	return f
}

// id reads the id of a fact; it returns "" when the id is missing or not
// a valid one, which is reported.
func (l *loader) id(n *yaml.Node, m yamldoc.Fields) string {
	v, ok := m.Get("id")
	if !ok {
		if m.Missing("id") {
			l.Errorf(n, "a fact has no id: add id: with a short name such as launch-date")
		}
		return ""
	}
	id, ok := l.Text(v, "id")
	if !ok {
		return ""
	}
	if !idPattern.MatchString(id) {
		l.Errorf(v, "id %q may hold only lowercase letters, digits and hyphens (it names a subtest): try %q", id, slug(id))
		return ""
	}
	return id
}

// locators reads the keys that locate the sentences about a fact: the
// about terms, the unless terms that rule a sentence out, and within, how
// far a value may stand from an about term.
func (l *loader) locators(f *Fact, n *yaml.Node, m yamldoc.Fields, what string) {
	if v, ok := m.Get("about"); !ok {
		if m.Missing("about") && f.Kind != KindQuote && f.Kind != KindStatement {
			l.Errorf(n, "%s has no about terms: add about: with the words that locate sentences about it, such as [\"opened | opening\"] for a claim about an opening", what)
		}
	} else {
		f.About = l.groups(v, "about of "+what)
	}
	if v, ok := m.Get("unless"); ok {
		for _, g := range l.groups(v, "unless of "+what) {
			f.Unless = append(f.Unless, g...)
		}
	}
	if v, ok := m.Get("within"); ok {
		w, err := strconv.Atoi(v.Value)
		if v.Kind != yaml.ScalarNode || err != nil || w < 1 || w > 100 {
			l.Errorf(v, "within of %s must be a whole number of words from 1 to 100, found %s", what, yamldoc.Describe(v))
		} else {
			f.Within = w
		}
	}
}

// annotations reads the keys that say how to treat a fact rather than
// where to find it: note, reference, severity and labels.
func (l *loader) annotations(f *Fact, m yamldoc.Fields, what string) {
	if v, ok := m.Get("note"); ok {
		f.Note, _ = l.Text(v, "note of "+what)
	}
	if v, ok := m.Get("reference"); ok {
		f.Reference, _ = l.Text(v, "reference of "+what)
	}
	if v, ok := m.Get("severity"); ok {
		f.Warning = l.severity(v, what)
	}
	if v, ok := m.Get("labels"); ok {
		f.Labels = l.labels(v, what)
	}
}

// groups reads locator terms: a list whose entries are groups of
// alternatives separated by "|".
func (l *loader) groups(n *yaml.Node, what string) [][]string {
	entries := l.Texts(n, what)
	var out [][]string
	for i, e := range entries {
		if i > 0 && cutAtComma(entries[i-1], e) && n.Kind == yaml.SequenceNode && i < len(n.Content) && n.Content[i].Style == 0 {
			l.Errorf(n.Content[i], "%s has a group that starts %q after one that ends %q: a YAML list splits at commas, so a number such as 10,000 was cut in two; quote the whole group: [\"%s,%s\"]", what, e, entries[i-1], entries[i-1], e)
			continue
		}
		var g []string
		for _, t := range strings.Split(e, "|") {
			t = strings.TrimSpace(t)
			if t == "" || t == "*" {
				node := n
				if n.Kind == yaml.SequenceNode && i < len(n.Content) {
					node = n.Content[i]
				}
				l.Errorf(node, "%s has an empty term in %q: remove the extra | or write the term", what, e)
				continue
			}
			if strings.HasPrefix(t, `"`) || strings.HasSuffix(t, `"`) {
				node := n
				if n.Kind == yaml.SequenceNode && i < len(n.Content) {
					node = n.Content[i]
				}
				l.Errorf(node, "%s has a quote mark at an end of the term `%s`: a YAML list splits at commas, so quote a whole group whose phrase holds one, [\"game, set and match | title\"], not one term of it", what, t)
				continue
			}
			g = append(g, t)
		}
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	if len(out) == 0 && len(entries) == 0 {
		l.Errorf(n, "%s is empty: list at least one term", what)
	}
	return out
}

// cutAtComma reports whether two neighbouring entries of a list look like
// one number that YAML cut at its thousands comma: one ends with one to
// three digits, the next starts with three and no more ("10" and
// "000-page" of [10,000-page]).
func cutAtComma(prev, next string) bool {
	tail := len(prev) - len(strings.TrimRight(prev, "0123456789"))
	head := len(next) - len(strings.TrimLeft(next, "0123456789"))
	if tail < 1 || tail > 3 || head != 3 {
		return false
	}
	glued := len(next) == head || next[head] != ' ' && next[head] != '|' // "000-page", not "100 days" after "Apollo 11"
	alone := len(prev) == tail                                           // "2" of [2,500 homes]
	return alone || glued && (prev[len(prev)-tail-1] == ' ' || prev[len(prev)-tail-1] == '|')
}

var labelKeys = []string{"source", "says", "label", "note"}

func (l *loader) labels(n *yaml.Node, what string) []*Label {
	if n.Kind != yaml.SequenceNode {
		l.Errorf(n, "labels of %s must be a list of labels (lines starting with \"- source:\"), found %s", what, yamldoc.Describe(n))
		return nil
	}
	var out []*Label
	seen := make(map[string]*Label)
	for _, ln := range n.Content {
		m, ok := l.Mapping(ln, "a label of "+what, labelKeys)
		if !ok {
			continue
		}
		lb := &Label{Pos: l.Pos(ln)}
		complete := true
		for _, key := range labelKeys {
			v, ok := m.Get(key)
			if !ok {
				if m.Missing(key) {
					l.Errorf(ln, "a label of %s has no %s: (a label needs source, says, label and note)", what, key)
				}
				complete = false
				continue
			}
			s, ok := l.Text(v, key+" of a label of "+what)
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
			l.Errorf(ln, "duplicate label for source %s saying %q in %s (first at line %d): keep one", lb.Source, lb.Says, what, first.Pos.Line)
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

// severity reads a fact's severity: whether it is warning.
func (l *loader) severity(v *yaml.Node, what string) bool {
	switch s, _ := l.Text(v, "severity of "+what); s {
	case "error":
	case "warning":
		return true
	default:
		l.Errorf(v, "severity of %s must be error (the default: its problems fail the run) or warning (reported, failing nothing), found %s", what, yamldoc.Describe(v))
	}
	return false
}
