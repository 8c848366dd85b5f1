package format

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/checks"
)

// ReportShard is what the report of a shard run (check --shard K/N) says
// of the run, for merge to check that the reports it is given are every
// shard of one corpus, checked once each against one sheet by one build.
type ReportShard struct {
	Index         int    `json:"index"`          // K, from 1
	Of            int    `json:"of"`             // N, the number of shards
	CorpusSources int    `json:"corpus_sources"` // the sources of every shard together
	SheetSHA256   string `json:"sheet_sha256"`   // the SHA-256 of the sheet's bytes, in hex
	Factcheck     string `json:"factcheck"`      // the version that wrote the report
	// Warnings are the kinds of problem the configuration made warnings
	// (severity:), which no cell records.
	Warnings []checks.ProblemKind `json:"warnings,omitempty"`
}

// WriteShardJSON writes the JSON report of a shard run: the report of its
// share of the corpus as WriteJSON writes it, with shard, of which it
// fills in the corpus's sources, the version and the warnings, and with
// where each disagreeing value ends (see ReportFinding). The report of a
// whole run never carries these.
func WriteShardJSON(w io.Writer, r *checks.Result, shard ReportShard) error {
	shard.CorpusSources = len(r.Corpus.Sources) + r.Corpus.LeftOut()
	shard.Factcheck = checks.Version()
	shard.Warnings = nil
	for _, k := range checks.ProblemKinds() {
		if r.Warns(k) {
			shard.Warnings = append(shard.Warnings, k)
		}
	}
	return writeJSON(w, r, &shard)
}

// withEnds adds to the report of a cell where each value that disagrees
// ends, and its columns in code points where they are not the bytes'.
func withEnds(rc *ReportCell, c *checks.Cell) {
	for i, fd := range c.Findings {
		if fd.Agrees || i >= len(rc.Findings) {
			continue
		}
		rf := &rc.Findings[i]
		if fd.End.Line > 0 {
			end := fd.End
			rf.End = &end
		}
		if col := fd.Column(); col != fd.Pos.Col {
			rf.Column = col
		}
		if col := fd.EndColumn(); fd.End.Line > 0 && col != fd.End.Col {
			rf.EndColumn = col
		}
	}
}

// ReadReport reads a JSON report as WriteJSON or WriteShardJSON wrote it.
// The error says whether the input is no JSON, is cut short, or is JSON
// of another shape.
func ReadReport(r io.Reader) (*Report, error) {
	dec := json.NewDecoder(r)
	var rep Report
	err := dec.Decode(&rep)
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return nil, errors.New("the file is empty")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, errors.New("the file is cut short: its JSON ends before the report does")
	case errors.As(err, &syntax):
		return nil, fmt.Errorf("the file is not JSON (%v, at byte %d)", err, syntax.Offset)
	case errors.As(err, &typ) && typ.Field == "":
		return nil, fmt.Errorf("the file is JSON, but not a factcheck report (it holds a JSON %s, not an object)", typ.Value)
	case errors.As(err, &typ):
		return nil, fmt.Errorf("the file is JSON, but not a factcheck report (%s should be %s, not %s)", typ.Field, typ.Type, typ.Value)
	case err != nil:
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("the file holds more JSON after the report")
	}
	if rep.Version == 0 || rep.Sheet == "" {
		return nil, errors.New("the file is JSON, but not a factcheck report (it has no version or sheet)")
	}
	return &rep, nil
}
