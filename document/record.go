package document

import (
	"fmt"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/markup"
)

// A Record is what a report keeps of a source: its metadata and what
// normalisation did to it, without its text. Merging the reports of the
// shards of a corpus rebuilds the sources from their records.
type Record struct {
	ID, Path, Outlet, Title string
	Published               string // as Span.String writes it, or "" for none
	DatedBy                 string
	Paragraphs, Sentences   int
	Normalisation           []string // as Notes.Summary writes them
}

// FromRecord returns the source a record describes. It has no text: it
// serves to report cells judged elsewhere, and Notes.Summary returns the
// record's notes as they were written.
func FromRecord(r Record) (*Source, error) {
	s := &Source{
		ID: r.ID, Path: r.Path, Format: markup.FormatOf(r.Path), Outlet: r.Outlet, Title: r.Title, DatedBy: r.DatedBy,
		Notes: Notes{Paragraphs: r.Paragraphs, Sentences: r.Sentences, recorded: r.Normalisation},
	}
	if r.Published == "" {
		return s, nil
	}
	d, err := facts.ParseDate(r.Published)
	if err != nil || d.IsRange() || d.Start.String() != r.Published {
		return nil, fmt.Errorf("source %s: the publication date %q is not one factcheck writes", r.ID, r.Published)
	}
	s.Published = d.Start
	return s, nil
}
