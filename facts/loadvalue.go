package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/yamldoc"
	"github.com/factcheck/factcheck/lexicon"
	"go.yaml.in/yaml/v3"
)

// value reads the one canonical value of a fact and the keys that go with
// its kind.
func (l *loader) value(f *Fact, n *yaml.Node, m yamldoc.Fields, what string) {
	kind, ok := l.kind(n, m, what)
	if !ok {
		return
	}
	f.Kind = kind
	l.foreignKeys(m, kind, what)
	v, _ := m.Get(string(kind))
	if kind == KindStatement {
		l.statement(f, n, v, m, what)
		return
	}
	raw, ok := l.Text(v, string(kind)+" of "+what)
	if !ok {
		return
	}
	f.Value = raw
	switch kind {
	case KindDate:
		l.date(f, v, m, what)
	case KindNumber:
		l.numbers(f, raw, v, m, what)
		if u, ok := m.Get("unit"); ok {
			f.Unit, _ = l.Text(u, "unit of "+what)
			l.unitAlternatives(u, f.Unit, what)
		}
	case KindTime:
		c, err := ParseClock(raw)
		if err != nil {
			l.Errorf(v, "%s: %v", what, err)
		}
		f.Time = c
		if sd, ok := m.Get("said_dates"); ok {
			f.SaidDates, _ = l.Bool(sd, "said_dates of "+what)
		}
	case KindVersion:
		vr, err := ParseVersionRange(raw)
		if err != nil {
			l.Errorf(v, "%s: %v", what, err)
		}
		f.Version = vr
	case KindName:
		l.name(f, m, what)
	case KindQuote:
		l.quote(f, n, m, what)
	}
}

// unitAlternatives refuses an alternative of a unit that is quoted inside
// the list (`percent | "%"`: the quotes would be part of it) or holds no
// word and no symbol (`'`), which would tie every bare number to the fact.
func (l *loader) unitAlternatives(n *yaml.Node, unit, what string) {
	for _, alt := range strings.Split(unit, "|") {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(alt)
		last, _ := utf8.DecodeLastRuneInString(alt)
		switch {
		case len(alt) > 1 && strings.ContainsRune(quoteMarks, first) && strings.ContainsRune(quoteMarks, last):
			l.Errorf(n, "unit of %s: the alternative %s is quoted inside the list, so its quote marks would be part of it: drop them (unit: percent | %% | per cent; quote the whole value only when it starts with %% or another sign YAML reserves)", what, alt)
		case !strings.ContainsFunc(alt, unitRune):
			l.Errorf(n, "unit of %s: the alternative %q has no word and no symbol of a unit, and would tie every bare number to the fact: give words (minutes, per cent) or a symbol (%%, $, °C)", what, alt)
		}
	}
}

// quoteMarks are the marks that may wrap a quoted alternative.
const quoteMarks = "\"'“”‘’«»"

// unitRune reports whether a rune can be part of a unit's word or symbol:
// a letter, a digit, a currency sign, %, ° or º.
func unitRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) || r == '%' || r == '°' || r == 'º'
}

// kind returns the kind of a fact: the one value key it has. A fact with
// no value key, or with several, is reported, and the second result is
// false.
func (l *loader) kind(n *yaml.Node, m yamldoc.Fields, what string) (Kind, bool) {
	var kinds []Kind
	for _, k := range Kinds() {
		if _, ok := m.Get(string(k)); ok {
			kinds = append(kinds, k)
		}
	}
	switch len(kinds) {
	case 0:
		if m.Missing("date") && m.Missing("number") && m.Missing("name") && m.Missing("quote") && m.Missing("statement") && m.Missing("version") && m.Missing("time") {
			l.Errorf(n, "%s has no value: give exactly one of date:, number:, name:, quote:, statement:, version: or time:", what)
		}
		return "", false
	case 1:
		return kinds[0], true
	}
	second, _ := m.Get(string(kinds[1]))
	l.Errorf(second, "%s has both %s: and %s:: keep exactly one value", what, kinds[0], kinds[1])
	return "", false
}

// foreignKeys reports the keys of a fact that belong to facts of another
// kind, such as a tolerance on a date.
func (l *loader) foreignKeys(m yamldoc.Fields, kind Kind, what string) {
	belongs := map[string]Kind{
		"tolerance": KindNumber, "unit": KindNumber, "aliases": KindName, "not": KindName, "role": KindName, "said_dates": KindDate,
		"speaker": KindQuote, "accepted": KindQuote, "supports": KindStatement, "refutes": KindStatement, "attributed": KindStatement,
	}
	for _, key := range []string{"tolerance", "unit", "aliases", "not", "role", "said_dates", "speaker", "accepted", "supports", "refutes", "attributed"} {
		if v, ok := m.Get(key); ok && belongs[key] != kind && !(key == "said_dates" && kind == KindTime) { // a time of saying counts as a date of saying does
			l.Errorf(v, "%s: goes with %s facts, and %s is a %s fact: remove it", key, belongs[key], what, kind)
		}
	}
}

// date reads the value of a date fact, and whether dates tied to a verb
// of saying count (said_dates).
func (l *loader) date(f *Fact, v *yaml.Node, m yamldoc.Fields, what string) {
	d, err := ParseDate(f.Value)
	if err != nil {
		l.Errorf(v, "%s: %v", what, err)
	}
	f.Date = d
	if sd, ok := m.Get("said_dates"); ok {
		f.SaidDates, _ = l.Bool(sd, "said_dates of "+what)
	}
}

// name reads a name fact's other accepted spellings (aliases) and the
// names it must not be confused with (not); its canonical spelling is its
// value.
func (l *loader) name(f *Fact, m yamldoc.Fields, what string) {
	f.Name.Canonical = f.Value
	if a, ok := m.Get("aliases"); ok {
		f.Name.Aliases = l.names(a, "aliases of "+what)
	}
	if a, ok := m.Get("not"); ok {
		f.Name.Not = l.names(a, "not of "+what)
	}
	if r, ok := m.Get("role"); ok {
		for _, t := range l.Texts(r, "role of "+what) {
			for _, alt := range strings.Split(t, "|") {
				if alt = strings.TrimSpace(alt); alt != "" {
					f.Name.Roles = append(f.Name.Roles, alt)
				}
			}
		}
	}
}

// names reads a list of names or wordings, each an entry of its own: a
// "|" in one ("Android 9 | Android 8") would match no text, as only term
// lists read it as "or".
func (l *loader) names(n *yaml.Node, what string) []string {
	out := l.Texts(n, what)
	entries := n.Content
	if n.Kind == yaml.ScalarNode {
		entries = []*yaml.Node{n}
	}
	for _, c := range entries {
		if c.Kind != yaml.ScalarNode || !strings.Contains(c.Value, "|") {
			continue
		}
		var parts []string
		for _, p := range strings.Split(c.Value, "|") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		l.Errorf(c, "%s: %q holds \"|\", which only about:, unless:, supports: and refutes: read as \"or\": write each as an entry of its own, [%s]", what, c.Value, strings.Join(parts, ", "))
	}
	return out
}

// quote reads a quote fact's speakers, which it must have, and the other
// renderings that count as verbatim (accepted); its wording is its value.
func (l *loader) quote(f *Fact, n *yaml.Node, m yamldoc.Fields, what string) {
	f.Quote.Text = f.Value
	if s, ok := m.Get("speaker"); !ok {
		if m.Missing("speaker") {
			l.Errorf(n, "%s has no speaker: add speaker: with the ways sources name who said it, such as [Jane Smith, Smith, the minister]", what)
		}
	} else {
		f.Quote.Speakers = l.names(s, "speaker of "+what)
	}
	if a, ok := m.Get("accepted"); ok {
		f.Quote.Accepted = l.names(a, "accepted of "+what)
	}
}

// statement reads a statement fact: whether the sheet holds it true, and
// the phrases that support and refute it.
func (l *loader) statement(f *Fact, n, v *yaml.Node, m yamldoc.Fields, what string) {
	holds, ok := l.Bool(v, "statement of "+what)
	if !ok {
		return
	}
	f.Statement.Holds, f.Value = holds, v.Value
	if s, ok := m.Get("supports"); ok {
		for _, g := range l.groups(s, "supports of "+what) {
			f.Statement.Supports = append(f.Statement.Supports, g...)
		}
	}
	if s, ok := m.Get("refutes"); ok {
		for _, g := range l.groups(s, "refutes of "+what) {
			f.Statement.Refutes = append(f.Statement.Refutes, g...)
		}
	}
	if len(f.Statement.Supports) == 0 && len(f.Statement.Refutes) == 0 && m.Missing("supports") && m.Missing("refutes") {
		l.Errorf(n, "%s has no phrases: add supports: (phrases that assert the claim) and, if any, refutes: (phrases that deny it)", what)
	}
	if a, ok := m.Get("attributed"); ok {
		switch a.Value {
		case "counts":
			f.Statement.Attributed = true
		case "ignored":
		default:
			l.Errorf(a, "attributed of %s must be counts or ignored, found %s", what, yamldoc.Describe(a))
		}
	}
}

// numbers reads the canonical numbers of a number fact: one, or several
// accepted ones separated by "|" ("25 | 27"), each widened by the
// tolerance.
func (l *loader) numbers(f *Fact, raw string, v *yaml.Node, m yamldoc.Fields, what string) {
	tol := ""
	if t, ok := m.Get("tolerance"); ok {
		tol, _ = l.Text(t, "tolerance of "+what)
	}
	if unit, _ := m.Get("unit"); strings.Contains(raw, ":") && !secondsUnit(unit) {
		l.Errorf(v, "%s: a duration written with colons (%s, as H:MM:SS or M:SS) counts seconds: give the fact unit: seconds", what, strings.TrimSpace(raw))
		return
	}
	for _, alt := range strings.Split(raw, "|") {
		iv, err := ParseNumber(alt)
		if err != nil {
			l.Errorf(v, "%s: %v", what, err)
			return
		}
		if iv.Lo < iv.Hi && !iv.LoOpen && !iv.HiOpen {
			f.Ends = append(f.Ends, widened(Exactly(iv.Lo), tol), widened(Exactly(iv.Hi), tol))
		}
		if tol != "" {
			if iv, err = iv.WithTolerance(tol); err != nil {
				t, _ := m.Get("tolerance")
				l.Errorf(t, "%s: %v", what, err)
				return
			}
		}
		f.Numbers = append(f.Numbers, iv)
		f.Maximum = f.Maximum || strings.HasPrefix(strings.ToLower(strings.TrimSpace(alt)), "up to ")
	}
	f.Number, f.Tolerance = f.Numbers[0], strings.TrimSpace(tol)
}

// widened returns iv widened by the tolerance tol, or iv when tol is empty
// or wrong (numbers reports a wrong one).
func widened(iv Interval, tol string) Interval {
	if w, err := iv.WithTolerance(tol); tol != "" && err == nil {
		return w
	}
	return iv
}

// secondsUnit reports whether a fact's unit node says seconds, the unit a
// duration written H:MM:SS counts.
func secondsUnit(unit *yaml.Node) bool {
	if unit == nil {
		return false
	}
	for _, alt := range strings.Split(unit.Value, "|") {
		if secondsSpellings[strings.ToLower(strings.TrimSpace(alt))] {
			return true
		}
	}
	return false
}

// secondsSpellings are the units a duration written H:MM:SS may have.
var secondsSpellings = lexicon.Set("seconds-spellings")
