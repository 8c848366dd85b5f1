// Package score measures the checker against a labelled corpus: a gold
// file that says, for each article and fact, what a careful reader found
// there. It maps the sheet's facts and the corpus's sources onto the gold,
// scores every cell, and writes the figures and the wrong cells.
package score

import (
	"fmt"
	"sort"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/internal/yamldoc"
	"go.yaml.in/yaml/v3"
)

// A Code is a gold label: what the article says about the fact.
type Code string

// The gold codes.
const (
	Agrees      Code = "A"  // the article states the canonical value or an accepted variant
	Vague       Code = "A~" // the article agrees only vaguely: agrees or silent are both right
	Silent      Code = "S"  // the article says nothing checkable about the fact
	Contradicts Code = "C"  // the article states a value the canonical one excludes
	Undecided   Code = "N"  // the labeller could not decide: not scored
)

// codes lists the gold codes in the order reports show them.
var codes = []Code{Agrees, Vague, Silent, Contradicts, Undecided}

// A Label is one labelled cell of the gold.
type Label struct {
	Code  Code
	Words string    // the article's words behind the label, with the labeller's comment
	Pos   facts.Pos // where the label stands in the gold file
}

// An Article is one labelled source of the gold.
type Article struct {
	File  string // the source's file name
	Pos   facts.Pos
	Cells map[string]Label // by gold fact id; a fact not here is silent
}

// A GoldFact is a fact the gold labels.
type GoldFact struct {
	ID  string
	Pos facts.Pos
}

// Gold is a labelled corpus.
type Gold struct {
	Path     string
	Facts    []GoldFact
	Articles []Article
}

// maxGoldSize bounds a gold file.
const maxGoldSize = 16 << 20

// LoadGold reads a gold file: JSON (or YAML) of the shape
//
//	{"facts": [{"id": "C01", ...}], "articles": [{"file": "01_x.txt", "cells": {"C01": ["A", "the words"]}}]}
//
// Every problem is reported with its file:line:col.
func LoadGold(path string) (*Gold, error) {
	data, err := bounded.ReadFile(path, maxGoldSize, false)
	if err != nil {
		return nil, fmt.Errorf("read the gold file: %w", err)
	}
	root, r, err := yamldoc.Parse(path, data, maxGoldSize, "the gold file")
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, yamldoc.Errors{{Pos: facts.Pos{File: path, Line: 1, Col: 1}, Msg: "the gold file is empty: it needs facts and articles (see README.md, \"Measuring accuracy\")"}}
	}
	g := &Gold{Path: path}
	top, ok := r.Mapping(root, "the gold file", []string{"title", "intro", "facts", "articles"})
	if ok {
		g.Facts = readGoldFacts(r, top)
		g.Articles = readArticles(r, top, g.Facts)
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	return g, nil
}

func readGoldFacts(r *yamldoc.Reader, top yamldoc.Fields) []GoldFact {
	n, ok := top.Get("facts")
	if !ok {
		r.Errorf(&yaml.Node{Line: 1, Column: 1}, "the gold file has no facts: list the labelled facts under \"facts\", each with an \"id\"")
		return nil
	}
	items, _ := r.List(n, "facts", `{"id": "C01"}`)
	var out []GoldFact
	seen := make(map[string]int)
	for _, item := range items {
		_, idNode, id, ok := uniqueKey(r, item, "gold fact", []string{"id", "claim", "value", "source"}, "id", "", seen)
		if ok {
			out = append(out, GoldFact{ID: id, Pos: r.Pos(idNode)})
		}
	}
	return out
}

func readArticles(r *yamldoc.Reader, top yamldoc.Fields, known []GoldFact) []Article {
	n, ok := top.Get("articles")
	if !ok {
		r.Errorf(&yaml.Node{Line: 1, Column: 1}, "the gold file has no articles: list them under \"articles\", each with \"file\" and \"cells\"")
		return nil
	}
	ids := make(map[string]bool, len(known))
	for _, f := range known {
		ids[f.ID] = true
	}
	items, _ := r.List(n, "articles", `{"file": "01_x.txt", "cells": {}}`)
	var out []Article
	seen := make(map[string]int)
	for _, item := range items {
		m, fileNode, file, ok := uniqueKey(r, item, "gold article", []string{"file", "short", "url", "published", "note", "cells"}, "file", ": name the source's file", seen)
		if !ok {
			continue
		}
		a := Article{File: file, Pos: r.Pos(fileNode), Cells: map[string]Label{}}
		if cells, ok := m.Get("cells"); ok {
			readCells(r, cells, ids, &a)
		}
		out = append(out, a)
	}
	return out
}

// uniqueKey reads an entry of a gold list: a mapping of the known keys
// whose key field is text not seen before in the list.
func uniqueKey(r *yamldoc.Reader, item *yaml.Node, what string, known []string, key, hint string, seen map[string]int) (yamldoc.Fields, *yaml.Node, string, bool) {
	m, ok := r.Mapping(item, "a "+what, known)
	if !ok {
		return m, nil, "", false
	}
	n, ok := m.Get(key)
	if !ok {
		r.Errorf(item, "a %s has no %s%s", what, key, hint)
		return m, nil, "", false
	}
	v, ok := r.Text(n, "the "+key+" of a "+what)
	if !ok {
		return m, nil, "", false
	}
	if line, dup := seen[v]; dup {
		r.Errorf(n, "duplicate %s %q (first at line %d): keep one", what, v, line)
		return m, nil, "", false
	}
	seen[v] = n.Line
	return m, n, v, true
}

func readCells(r *yamldoc.Reader, n *yaml.Node, ids map[string]bool, a *Article) {
	if n.Kind != yaml.MappingNode {
		r.Errorf(n, "the cells of %s must be a mapping of fact id to [code, words], found %s", a.File, yamldoc.Describe(n))
		return
	}
	known := make([]string, 0, len(ids))
	for id := range ids {
		known = append(known, id)
	}
	sort.Strings(known)
	m, _ := r.Mapping(n, "the cells of "+a.File, known)
	for _, id := range known {
		v, ok := m.Get(id)
		if !ok {
			continue
		}
		l, ok := readLabel(r, v, a.File, id)
		if ok {
			a.Cells[id] = l
		}
	}
}

func readLabel(r *yamldoc.Reader, n *yaml.Node, file, id string) (Label, bool) {
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 || n.Content[0].Kind != yaml.ScalarNode {
		r.Errorf(n, "the cell %s of %s must be [code, words] with a code of A, A~, S, C or N, found %s", id, file, yamldoc.Describe(n))
		return Label{}, false
	}
	code := Code(n.Content[0].Value)
	if !validCode(code) {
		r.Errorf(n.Content[0], "the cell %s of %s has the code %q: use A, A~, S, C or N", id, file, code)
		return Label{}, false
	}
	l := Label{Code: code, Pos: r.Pos(n)}
	if len(n.Content) > 1 && n.Content[1].Kind == yaml.ScalarNode {
		l.Words = n.Content[1].Value
	}
	return l, true
}

func validCode(c Code) bool {
	for _, k := range codes {
		if k == c {
			return true
		}
	}
	return false
}
