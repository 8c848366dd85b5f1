package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"runtime"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/document"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/parallel"
)

// ReportVersion is the version of the JSON report's shape. It changes when
// a field is removed or changes meaning; new fields may appear without it.
// Version 2: cells lists only the cells that are not plainly silent (see
// Report.Cells); version 1 listed every cell.
const ReportVersion = 2

// Report is the JSON consistency report.
type Report struct {
	Version int    `json:"version"`
	Sheet   string `json:"sheet"`
	Sources string `json:"sources"`
	// Shard says which share of the corpus a run checked (check --shard),
	// so that merge can tell it has every shard once; absent from the
	// report of a whole run.
	Shard   *ReportShard   `json:"shard,omitempty"`
	Summary checks.Counts  `json:"summary"`
	Facts   []ReportFact   `json:"facts"`
	Corpus  []ReportSource `json:"corpus"`
	// Cells are the cells that agree or contradict, and the silent ones
	// with unresolved statements or stale labels. Every (fact, source)
	// pair not listed is silent: a source states no value for the fact.
	// Summary counts every cell.
	Cells []ReportCell `json:"cells"`
}

// ReportFact is one fact of the sheet in the report.
type ReportFact struct {
	ID            string    `json:"id"`
	Claim         string    `json:"claim"`
	Kind          string    `json:"kind"`
	Value         string    `json:"value"`
	Canonical     string    `json:"canonical"`
	Reference     string    `json:"reference,omitempty"`
	Severity      string    `json:"severity,omitempty"` // "warning", or empty for the default, error
	Corroboration int       `json:"corroboration"`
	Pos           facts.Pos `json:"pos"`
}

// ReportSource is one source in the report.
type ReportSource struct {
	ID            string   `json:"id"`
	Path          string   `json:"path"`
	Outlet        string   `json:"outlet,omitempty"`
	Title         string   `json:"title,omitempty"`
	Published     string   `json:"published,omitempty"`
	DatedBy       string   `json:"dated_by"`
	Paragraphs    int      `json:"paragraphs"`
	Sentences     int      `json:"sentences"`
	Normalisation []string `json:"normalisation,omitempty"`
}

// ReportCell is one (fact, source) cell in the report.
type ReportCell struct {
	Fact       string          `json:"fact"`
	Source     string          `json:"source"`
	Verdict    checks.Verdict  `json:"verdict"`
	Labelled   bool            `json:"labelled,omitempty"`
	Agreeing   int             `json:"agreeing,omitempty"` // agreeing values found and not listed (a brief run)
	Findings   []ReportFinding `json:"findings,omitempty"`
	Unresolved []ReportFinding `json:"unresolved,omitempty"`
	Stale      []ReportLabel   `json:"stale_labels,omitempty"`
}

// ReportFinding is one value found, with its evidence.
type ReportFinding struct {
	Pos      facts.Pos    `json:"pos"`
	Sentence string       `json:"sentence"`
	Says     string       `json:"says"`
	Value    string       `json:"value,omitempty"`
	Agrees   bool         `json:"agrees"`
	Unsure   bool         `json:"unsure,omitempty"`
	How      string       `json:"how,omitempty"`
	Kind     string       `json:"kind,omitempty"`
	Compared string       `json:"compared,omitempty"`
	Diff     string       `json:"diff,omitempty"`
	Label    *ReportLabel `json:"label,omitempty"`
	// End, Column and EndColumn are in a shard's report only, for a value
	// that disagrees: where its words end, and the columns of its start
	// and end counted in code points where they differ from the byte
	// columns. SARIF and GitHub annotations give them, so merge needs them
	// to write those as one run would.
	End       *facts.Pos `json:"end,omitempty"`
	Column    int        `json:"column,omitempty"`
	EndColumn int        `json:"end_column,omitempty"`
}

// ReportLabel is a label of the sheet in the report.
type ReportLabel struct {
	Pos   facts.Pos `json:"pos"`
	Says  string    `json:"says"`
	Label string    `json:"label"`
	Note  string    `json:"note"`
}

// NewReport builds the JSON report of a result.
func NewReport(r *checks.Result) Report {
	rep := reportHead(r)
	for _, src := range r.Corpus.Sources {
		rep.Corpus = append(rep.Corpus, reportSource(src))
	}
	for _, c := range r.Cells {
		rep.Cells = append(rep.Cells, reportCell(c))
	}
	return rep
}

// reportHead builds the report without its corpus and cells.
func reportHead(r *checks.Result) Report {
	rep := Report{
		Version: ReportVersion,
		Sheet:   r.Sheet.Path,
		Sources: filepath.ToSlash(r.Corpus.Dir),
		Summary: r.Counts(),
	}
	corr := r.Corroboration()
	for _, f := range r.Sheet.Facts {
		rep.Facts = append(rep.Facts, ReportFact{
			ID: f.ID, Claim: f.Claim, Kind: string(f.Kind), Value: f.Value, Canonical: f.Canonical(),
			Reference: f.Reference, Corroboration: corr[f.ID], Pos: f.Pos,
		})
		if f.Warning {
			rep.Facts[len(rep.Facts)-1].Severity = "warning"
		}
	}
	return rep
}

func reportSource(s *document.Source) ReportSource {
	rs := ReportSource{
		ID: s.ID, Path: s.Path, Outlet: s.Outlet, Title: s.Title, DatedBy: s.DatedBy,
		Paragraphs: s.Notes.Paragraphs, Sentences: s.Notes.Sentences, Normalisation: s.Notes.Summary(),
	}
	if s.HasDate() {
		rs.Published = s.Published.String()
	}
	return rs
}

func reportCell(c *checks.Cell) ReportCell {
	rc := ReportCell{Fact: c.Fact.ID, Source: c.Source.ID, Verdict: c.Verdict, Labelled: c.Labelled(), Agreeing: c.Agreeing}
	for _, fd := range c.Findings {
		rc.Findings = append(rc.Findings, reportFinding(fd))
	}
	for _, fd := range c.Unresolved {
		rc.Unresolved = append(rc.Unresolved, reportFinding(fd))
	}
	for _, l := range c.Stale {
		rc.Stale = append(rc.Stale, reportLabel(l))
	}
	return rc
}

func reportFinding(fd *checks.Finding) ReportFinding {
	rf := ReportFinding{Pos: fd.Pos, Sentence: fd.Sentence, Says: fd.Says, Value: fd.Value, Agrees: fd.Agrees, Unsure: fd.Unsure, How: fd.How, Diff: fd.Diff}
	if fd.Diff != "" {
		rf.Compared = fd.Compared
	}
	if !fd.Agrees {
		rf.Kind = fd.Kind
	}
	if fd.Label != nil {
		l := reportLabel(fd.Label)
		rf.Label = &l
	}
	return rf
}

func reportLabel(l *facts.Label) ReportLabel {
	return ReportLabel{Pos: l.Pos, Says: l.Says, Label: l.Label, Note: l.Note}
}

// JSON returns the JSON report, indented, with a final newline.
func JSON(r *checks.Result) []byte {
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		// Only plain strings, numbers and booleans are encoded, and a
		// bytes.Buffer does not fail.
		return []byte(`{"error": ` + fmt.Sprintf("%q", err.Error()) + "}\n")
	}
	return b.Bytes()
}

// jsonChunk is how many cells WriteJSON encodes at once, in parallel,
// before writing them: enough to keep every core busy, few enough that a
// large report is never held in memory whole.
const jsonChunk = 1024

// WriteJSON writes the JSON report to w as JSON returns it, cell by cell,
// so that the report of a large corpus is never held in memory whole.
func WriteJSON(w io.Writer, r *checks.Result) error { return writeJSON(w, r, nil) }

// writeJSON is WriteJSON, and WriteShardJSON when shard is not nil.
func writeJSON(w io.Writer, r *checks.Result, shard *ReportShard) error {
	rep := reportHead(r)
	rep.Shard = shard
	head, err := encodeJSON(rep, "")
	if err != nil {
		return err
	}
	// The corpus and the cells, nearly all of a large report, are written
	// where the encoder wrote null for them, as it would have written them.
	const tail = "\"corpus\": null,\n  \"cells\": null\n}\n"
	if !bytes.HasSuffix(head, []byte(tail)) {
		return fmt.Errorf("write the JSON report: unexpected shape")
	}
	bw := bufio.NewWriterSize(w, 1<<20) // few large writes
	bw.Write(head[:len(head)-len(tail)])
	sources, cells := r.Corpus.Sources, r.Cells
	writeArray(bw, "corpus", len(sources), func(dst []byte, i int) []byte {
		b, _ := encodeJSON(reportSource(sources[i]), "    ")
		return append(dst, bytes.TrimSuffix(b, []byte("\n"))...)
	})
	bw.WriteString(",\n  ")
	writeArray(bw, "cells", len(cells), func(dst []byte, i int) []byte {
		rc := reportCell(cells[i])
		if shard != nil {
			withEnds(&rc, cells[i])
		}
		return appendCell(dst, rc, "    ")
	})
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// writeArray writes a member of the report holding n items (null when
// there are none), encoding them a chunk at a time on every core while the
// chunk before is written.
func writeArray(bw *bufio.Writer, key string, n int, encode func(dst []byte, i int) []byte) {
	bw.WriteString("\"" + key + "\": ")
	if n == 0 {
		bw.WriteString("null")
		return
	}
	bw.WriteString("[\n")
	var bufs [2][][]byte
	encodeChunk := func(from int) <-chan [][]byte {
		done := make(chan [][]byte, 1)
		enc := bufs[from/jsonChunk%2]
		if enc == nil {
			enc = make([][]byte, min(jsonChunk, n))
			bufs[from/jsonChunk%2] = enc
		}
		go func() {
			parallel.For(min(from+jsonChunk, n)-from, runtime.GOMAXPROCS(0), func(i int) {
				enc[i] = encode(enc[i][:0], from+i)
			})
			done <- enc
		}()
		return done
	}
	next := encodeChunk(0)
	for from := 0; from < n; from += jsonChunk {
		encoded := <-next
		if from+jsonChunk < n {
			next = encodeChunk(from + jsonChunk)
		}
		for i := range min(from+jsonChunk, n) - from {
			bw.WriteString("    ")
			bw.Write(encoded[i])
			if from+i < n-1 {
				bw.WriteByte(',')
			}
			bw.WriteByte('\n')
		}
	}
	bw.WriteString("  ]")
}

// encodeJSON encodes v indented by two spaces after prefix, HTML left as
// it is.
func encodeJSON(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
