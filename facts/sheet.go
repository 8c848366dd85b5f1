// Package facts reads a fact sheet: the canonical claims (dates, numbers,
// names) that a corpus of sources is checked against, with the terms that
// locate sentences about each claim and the labels of known contradictions.
//
// A sheet is YAML, written by hand; Load and Parse read it strictly and
// report every problem as "file:line:col: what is wrong: what to do".
package facts

import (
	"strings"

	"github.com/factcheck/factcheck/internal/yamldoc"
)

// Kind names the type of a fact's canonical value.
type Kind string

// The kinds of fact a sheet can hold.
const (
	KindDate   Kind = "date"
	KindNumber Kind = "number"
	KindName   Kind = "name"
	// KindQuote is a quotation: the canonical wording and who said it.
	KindQuote Kind = "quote"
	// KindStatement is a claim a source asserts or denies.
	KindStatement Kind = "statement"
	// KindVersion is a software version or a range of versions.
	KindVersion Kind = "version"
	// KindTime is a time of day with its zone, compared in UTC.
	KindTime Kind = "time"
)

// Kinds returns every kind, in the order messages name them.
func Kinds() []Kind {
	return []Kind{KindDate, KindNumber, KindName, KindQuote, KindStatement, KindVersion, KindTime}
}

// DefaultWithin is how many words a value may stand from the nearest locator
// term of its fact and still be read as the value the sentence gives for it.
const DefaultWithin = 10

// A Pos is a position in a file: 1-based line, and 1-based column in bytes.
type Pos = yamldoc.Pos

// A Sheet is a loaded fact sheet.
type Sheet struct {
	Path  string // the file it was read from, as given to Load
	Facts []*Fact
}

// Fact returns the fact with the given id.
func (s *Sheet) Fact(id string) (*Fact, bool) {
	for _, f := range s.Facts {
		if f.ID == id {
			return f, true
		}
	}
	return nil, false
}

// A Fact is one canonical claim.
type Fact struct {
	ID    string // short, unique, used in test names: [a-z0-9-]
	Claim string // one sentence a person reads
	Kind  Kind
	Value string // the canonical value as written in the sheet

	Date    Date       // for KindDate
	Number  Interval   // for KindNumber, widened by its tolerance: the first of Numbers
	Numbers []Interval // for KindNumber, every accepted value ("25 | 27"), each widened
	// Ends holds, for a number fact whose values are ranges ("11.2..26.4"),
	// each range's two ends, each widened: the single figures it states.
	Ends      []Interval
	Tolerance string // for KindNumber, the tolerance as written ("5%"), or ""
	// Maximum marks a number fact whose value is a maximum ("up to 170
	// million"): the value is X itself, and a source's "up to X" states X.
	Maximum   bool
	Name      Name         // for KindName
	Quote     Quote        // for KindQuote
	Statement Statement    // for KindStatement
	Version   VersionRange // for KindVersion
	Time      Clock        // for KindTime
	Unit      string       // for KindNumber: the word that must follow the number ("hours")

	// About lists groups of alternative terms. A sentence is about the fact
	// when it contains at least one term of every group and no Unless term.
	About  [][]string
	Unless []string
	Within int // see DefaultWithin
	// SaidDates lets dates tied to a verb of saying ("said on Saturday")
	// count; by default they mark when something was reported, not when it
	// happened, and are ignored.
	SaidDates bool

	Note      string // why the canonical value is canonical
	Reference string // an outside source that supports the fact, if any
	// Warning makes the fact's problems (new contradictions, stale labels,
	// no corroboration) warnings: reported everywhere, failing nothing.
	Warning bool
	Labels  []*Label
	Pos     Pos // where the fact starts in the sheet
}

// A Name is a canonical name with the other spellings the sheet accepts and
// the names it must not be confused with.
type Name struct {
	Canonical string
	Aliases   []string
	Not       []string
	// Roles are the titles of the post the named person holds ("chief
	// executive", "CEO"): a different title beside the name contradicts.
	Roles []string
}

// A Quote is the canonical wording of a quotation, who said it, and other
// renderings the sheet accepts (for example two outlets' translations).
type Quote struct {
	Text     string
	Speakers []string // the ways sources name the speaker: "Jane Smith", "Smith", "the minister"
	Accepted []string
}

// A Statement is a claim that sources assert or deny.
type Statement struct {
	Holds    bool     // the sheet holds the claim true
	Supports []string // phrases that assert the claim: "first known case"
	Refutes  []string // phrases that deny it: "not the first"
	// Attributed says whether a claim a source only attributes to someone
	// ("X alleged that...", "accused of", "blamed") counts.
	Attributed bool
}

// A Label documents a known contradiction between a source and the sheet, so
// that it no longer fails the suite. It is keyed by fact, source and what the
// source says, never by position.
type Label struct {
	Source string // the source's id
	Says   string // what the source states, as it states it
	Label  string // a short kind: "spelling", "different-year", ...
	Note   string // why the disagreement is known and accepted
	Pos    Pos    // where the label starts in the sheet
}

// NumberAgrees reports whether a value a source states for a number fact
// overlaps one of its accepted values. A floor the source states ("more
// than 41,700") agrees with the sheet's value at it: sources round a
// figure down to say "more than" it, and the sheet's is often rounded too.
func (f *Fact) NumberAgrees(v Interval) bool {
	v.LoOpen = false
	for _, n := range f.Numbers {
		if n.Overlaps(v) {
			return true
		}
	}
	return false
}

// Terms returns every term of the fact's About groups, for messages.
func (f *Fact) Terms() []string {
	var all []string
	for _, g := range f.About {
		all = append(all, g...)
	}
	return all
}

// Canonical describes the canonical value for people: "2022-09-07",
// "2,700..3,300 members", "3,000 ±10% (2,700..3,300) members", "Jan Novak
// (also Jan Nowak)".
func (f *Fact) Canonical() string {
	switch f.Kind {
	case KindDate:
		return f.Date.String()
	case KindVersion:
		return f.Version.String()
	case KindTime:
		return f.Time.String()
	case KindNumber:
		var alts []string
		for i, n := range f.Numbers {
			s := n.String()
			if f.Tolerance != "" {
				base := strings.TrimSpace(strings.Split(f.Value, "|")[i])
				if iv, err := ParseNumber(base); err == nil {
					base = iv.String()
				}
				s = base + " ±" + f.Tolerance + " (" + s + ")"
			}
			alts = append(alts, s)
		}
		s := strings.Join(alts, " or ")
		if f.Maximum {
			s = "up to " + s
		}
		if f.Unit != "" {
			unit, _, _ := strings.Cut(f.Unit, "|") // the first of its alternatives
			s += " " + strings.TrimSpace(unit)
		}
		if strings.Contains(f.Value, ":") {
			s = strings.TrimSpace(f.Value) + " (" + s + ")" // a duration: 2:05:47 (7,547 seconds)
		}
		return s
	case KindName:
		if len(f.Name.Aliases) == 0 {
			return f.Name.Canonical
		}
		return f.Name.Canonical + " (also " + strings.Join(f.Name.Aliases, ", ") + ")"
	case KindQuote:
		if len(f.Quote.Speakers) == 0 {
			return "“" + f.Quote.Text + "”"
		}
		return "“" + f.Quote.Text + "” (" + f.Quote.Speakers[0] + ")"
	case KindStatement:
		if f.Statement.Holds {
			return "true"
		}
		return "false"
	}
	return f.Value
}
