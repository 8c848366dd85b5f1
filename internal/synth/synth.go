// Package synth writes deterministic synthetic corpora and fact sheets for
// measuring the checker at scale: sources that recombine real sentences
// with sentences stating facts of every kind, some of them perturbed
// (a shifted date, a changed number, a misspelt name, a reworded quote, a
// negated statement). The manifest says which cells were perturbed, so a
// test can count that every one is found. The same options give the same
// bytes.
package synth

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/document"
)

// Options say what to write.
type Options struct {
	Sources     int      // how many source files
	Facts       int      // how many facts
	PerSource   int      // how many facts each source states (default 20)
	SourceBytes int      // about how large each source is (default 5,000)
	Perturb     float64  // the share of statements perturbed (default 0.02)
	Seed        int64    // the seed of the generator
	Filler      []string // real sentences to recombine around the facts
}

// A Manifest says what was written.
type Manifest struct {
	Bytes     int64               // the size of the sources
	Perturbed map[string][]string // fact id: the sources whose statement of it was perturbed
	Labelled  map[string][]string // of those, the ones the sheet labels
}

// kinds of fact, in turn.
var kinds = []string{"date", "number", "name", "quote", "statement"}

// syllables make unique, pronounceable names and terms.
var syllables = []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "de", "po", "sa", "gu"}

// word returns a deterministic word for i: unique for every i.
func word(i int, capital bool) string {
	var b strings.Builder
	for n := i + len(syllables); n > 0; n /= len(syllables) {
		b.WriteString(syllables[n%len(syllables)])
	}
	w := b.String()
	if capital {
		w = strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

// fact is one generated fact and how sources state it.
type fact struct {
	id, kind, term string
	date           time.Time
	number         int
	name           string
	quote          []string
}

// Write writes dir/facts.yaml and dir/pages/*.md.
func Write(dir string, o Options) (Manifest, error) {
	o = o.withDefaults()
	if len(o.Filler) == 0 {
		return Manifest{}, fmt.Errorf("synth: no filler sentences")
	}
	g := newGenerator(o)
	pages := filepath.Join(dir, "pages")
	if err := os.MkdirAll(pages, 0o755); err != nil {
		return g.m, err
	}
	for s := 0; s < o.Sources; s++ {
		id := fmt.Sprintf("s%05d", s)
		text := g.source(s, id)
		g.m.Bytes += int64(len(text))
		if err := os.WriteFile(filepath.Join(pages, id+".md"), []byte(text), 0o644); err != nil {
			return g.m, err
		}
	}
	sheet := g.sheet()
	return g.m, os.WriteFile(filepath.Join(dir, "facts.yaml"), []byte(sheet), 0o644)
}

// withDefaults returns the options with a default in every field left
// zero that has one.
func (o Options) withDefaults() Options {
	if o.PerSource == 0 {
		o.PerSource = 20
	}
	if o.SourceBytes == 0 {
		o.SourceBytes = 5000
	}
	if o.Perturb == 0 {
		o.Perturb = 0.02
	}
	return o
}

// A generator writes one corpus: every random choice comes from its rng,
// in the order Write asks for sources and the sheet, so that the same
// options give the same bytes.
type generator struct {
	o     Options
	rng   *rand.Rand
	base  time.Time // the date generated dates count from
	facts []fact
	m     Manifest
}

// newGenerator generates the facts of a corpus.
func newGenerator(o Options) *generator {
	g := &generator{
		o:    o,
		rng:  rand.New(rand.NewSource(o.Seed)),
		base: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	g.facts = make([]fact, o.Facts)
	for i := range g.facts {
		g.facts[i] = g.fact(i)
	}
	g.m = Manifest{Perturbed: map[string][]string{}, Labelled: map[string][]string{}}
	return g
}

// fact generates fact i: its kind in turn, its values at random, and a
// quote taken from a filler sentence.
func (g *generator) fact(i int) fact {
	rng := g.rng
	f := fact{id: fmt.Sprintf("f%05d", i), kind: kinds[i%len(kinds)], term: "x" + word(i, false)}
	f.date = g.base.AddDate(0, 0, rng.Intn(1500))
	f.number = 100 + rng.Intn(9000)
	f.name = word(i*7+3, true) + " " + word(i*11+5, true) + "son"
	filler := strings.Fields(strings.NewReplacer(`"`, "", "“", "", "”", "", "«", "", "»", "").Replace(g.o.Filler[rng.Intn(len(g.o.Filler))]))
	f.quote = filler[:min(len(filler), 12)]
	for len(f.quote) < 6 {
		f.quote = append(f.quote, word(rng.Intn(1000), false))
	}
	return f
}

// source returns the text of source number s, whose id is id: its date,
// then filler around a statement of each fact it states, some perturbed.
// It records the perturbed statements in the manifest.
func (g *generator) source(s int, id string) string {
	o, rng := g.o, g.rng
	var b strings.Builder
	fmt.Fprintf(&b, "---\ndate: %s\n---\n", g.base.AddDate(0, 0, 1600+s%300).Format("2006-01-02"))
	stated := rng.Perm(len(g.facts))[:min(o.PerSource, len(g.facts))]
	sort.Ints(stated)
	for k, fi := range stated {
		// Filler up to this statement's share of the source.
		for b.Len() < (k+1)*o.SourceBytes/(len(stated)+1) {
			b.WriteString(o.Filler[rng.Intn(len(o.Filler))] + " ")
		}
		f := g.facts[fi]
		perturb := rng.Float64() < o.Perturb
		if perturb {
			g.m.Perturbed[f.id] = append(g.m.Perturbed[f.id], id)
		}
		b.WriteString("\n\n" + f.sentence(rng, perturb) + "\n\n")
	}
	for b.Len() < o.SourceBytes {
		b.WriteString(o.Filler[rng.Intn(len(o.Filler))] + " ")
	}
	b.WriteString("\n")
	return b.String()
}

// sheet returns the fact sheet, which labels one perturbed cell in five,
// and records the labelled cells in the manifest.
func (g *generator) sheet() string {
	var sheet strings.Builder
	sheet.WriteString("# A synthetic fact sheet written by internal/synth.\nfacts:\n")
	for _, f := range g.facts {
		sheet.WriteString(f.yaml())
		var labels []string
		for k, src := range g.m.Perturbed[f.id] {
			if k%5 == 0 {
				labels = append(labels, src)
			}
		}
		if len(labels) > 0 {
			sheet.WriteString("    labels:\n")
			for _, src := range labels {
				fmt.Fprintf(&sheet, "      - {source: %s, says: %s, label: planted, note: a planted perturbation}\n", src, strconv.Quote(f.perturbedSays()))
				g.m.Labelled[f.id] = append(g.m.Labelled[f.id], src)
			}
		}
	}
	return sheet.String()
}

// sentence states the fact, or a perturbed version of it.
func (f fact) sentence(rng *rand.Rand, perturb bool) string {
	switch f.kind {
	case "date":
		d := f.date
		if perturb {
			d = d.AddDate(0, 0, 3)
		}
		layouts := []string{"2 January 2006", "January 2, 2006", "2006-01-02"}
		return fmt.Sprintf("The %s was announced on %s after long talks.", f.term, d.Format(layouts[rng.Intn(len(layouts))]))
	case "number":
		n := f.number
		if perturb {
			n += n/2 + 1
		}
		return fmt.Sprintf("In sum, the %s counted %s members in all.", f.term, comma(n))
	case "name":
		name := f.name
		if perturb {
			name = f.perturbedSays()
		}
		return fmt.Sprintf("The %s chair, %s, spoke to the press.", f.term, name)
	case "quote":
		q := f.quoteText()
		if perturb {
			q = f.perturbedSays()
		}
		return fmt.Sprintf("\"%s,\" the %s spokesperson said.", q, f.term)
	default:
		if perturb {
			return fmt.Sprintf("The %s is not certified, the regulator says.", f.term)
		}
		return fmt.Sprintf("The %s is certified, the regulator says.", f.term)
	}
}

func (f fact) quoteText() string { return strings.Join(f.quote, " ") }

// perturbedSays is what a perturbed source says, as a label quotes it.
func (f fact) perturbedSays() string {
	switch f.kind {
	case "date":
		return f.date.AddDate(0, 0, 3).Format("2006-01-02")
	case "number":
		return comma(f.number + f.number/2 + 1)
	case "name":
		parts := strings.Fields(f.name)
		last := []rune(parts[1])
		last[2] = 'x'
		return parts[0] + " " + string(last)
	case "quote":
		q := append([]string(nil), f.quote...)
		q[len(q)/2] = "entirely"
		return strings.Join(q, " ")
	}
	return "not certified"
}

// yaml writes the fact for the sheet.
func (f fact) yaml() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  - id: %s\n    claim: A synthetic %s fact.\n", f.id, f.kind)
	switch f.kind {
	case "date":
		fmt.Fprintf(&b, "    date: %s\n    about: [%s]\n", f.date.Format("2006-01-02"), f.term)
	case "number":
		fmt.Fprintf(&b, "    number: %d\n    unit: members\n    about: [%s]\n", f.number, f.term)
	case "name":
		fmt.Fprintf(&b, "    name: %s\n    about: [%s]\n", f.name, f.term)
	case "quote":
		fmt.Fprintf(&b, "    quote: %s\n    speaker: [%s spokesperson]\n", strconv.Quote(f.quoteText()), f.term)
	default:
		fmt.Fprintf(&b, "    statement: true\n    supports: [is certified]\n    refutes: [is not certified]\n    about: [%s]\n", f.term)
	}
	b.WriteString("    reference: synthetic\n    note: Generated; the value is canonical by construction.\n")
	return b.String()
}

// comma writes n with thousands separators.
func comma(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Sentences returns the sentences of a corpus of six words or more, as
// filler to recombine.
func Sentences(c *document.Corpus) []string {
	var out []string
	for _, s := range c.Sources {
		for _, sent := range s.Sentences {
			if len(strings.Fields(sent.Text())) >= 6 {
				out = append(out, sent.Text())
			}
		}
	}
	return out
}
