// Package document reads sources into documents: the original bytes, their
// line table, and the paragraphs, sentences and quoted passages left once
// markup and junk are dropped, each mapped back to its bytes so that
// evidence points into the original file. A corpus lists the sources of a
// run and reads each when it is used.
package document

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/yamldoc"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/markup"
	"github.com/factcheck/factcheck/text"
)

// A Source is one text checked against the sheet, normalised for matching
// but always pointing back into the original file.
type Source struct {
	ID      string        // short and unique; names subtests: [a-z0-9-]
	Path    string        // the file, slash-separated, as evidence names it
	Format  markup.Format // the markup it is written in, by its extension
	Outlet  string        // the outlet as the text shows it, or ""
	Title   string        // the headline as the text shows it, or ""
	DatedBy string        // how the publication date was determined, or why there is none
	// Published is the publication date that relative dates ("on
	// Wednesday") are resolved against: one day, or only the month or the
	// year when that is all that is known; zero when the source has none.
	Published facts.Span
	// Zone is the zone sources.yaml gives for the times the text writes
	// with none ("at 16.40"); none when it gives none.
	Zone Zone

	Sentences []*Sentence
	Notes     Notes

	subEnds    map[int]int // where each run replaced as a whole (an entity) ends
	frontTitle string      // a Markdown source's front matter title, if any
	frontDate  string      // and its date
	lineDate   string      // the date of a date line or dateline dropped as metadata
	passages   []Passage   // every quoted passage, as marked
	quotes     []Passage   // the passages judged: one quote interrupted by "he added" is one
	raw        string
	lineStarts []int
	// A listed source is read when it is judged (Corpus.load) and let go
	// after: pending while its text is not at hand. entryLine and entryCol
	// are its entry in sources.yaml (list), 0 when it is listed nowhere.
	fromFile, pending   bool
	entryLine, entryCol int32
	list                *listing // the sources.yaml that lists it, or nil
	// mu is held while a run reads, judges and lets go of the source, so
	// that runs sharing a corpus take each source in turn.
	mu sync.Mutex
}

// A Zone is a time zone of one offset, as sources.yaml gives it for a
// source's times: "CEST" is 120 minutes east of UTC.
type Zone struct {
	Written string // as given, "" for none
	Offset  int    // minutes east of UTC
}

// release lets go of a listed source's text and everything built from it,
// once the source is judged; what reports show (metadata, notes) stays,
// and Corpus.load reads it again if need be.
func (s *Source) release() {
	if !s.fromFile {
		return
	}
	// Every position is worked out while the source is judged: its line
	// starts go too, so that a large corpus keeps only what its findings
	// hold (Corpus.load works them out again if the source is read again).
	s.Sentences, s.subEnds, s.passages, s.quotes, s.raw, s.lineStarts = nil, nil, nil, nil, "", nil
	s.pending = true
}

// FrontMatter returns the title and the date a Markdown source's front
// matter gives, or "".
func (s *Source) FrontMatter() (title, date string) { return s.frontTitle, s.frontDate }

// HasDate reports whether the source has a publication date.
func (s *Source) HasDate() bool { return !s.Published.First.IsZero() }

// Notes says what normalisation did to a source.
type Notes struct {
	Lines               int // lines in the file
	Paragraphs          int // paragraphs kept
	Sentences           int // sentences kept
	TemplateTags        int // template tags such as {{^adFree}} dropped
	DuplicateParagraphs int // exact repeats of an earlier paragraph dropped
	HardWraps           int // lines joined to the line before
	DateLines           int // date lines and datelines dropped as metadata
	// Unclosed names an element that never closed and hid the rest of
	// an HTML file ("<script>", "<!--"), or "".
	Unclosed string
	// BadFrontDate is a Markdown front matter date that is no date, and
	// so dated nothing, or "".
	BadFrontDate string
	// YearlessLine is a dateline or date line that gives a day and month
	// but no year, which no other source's date placed in a year ("March
	// 10"), or "".
	YearlessLine string
	Ignored      []IgnoredCount
	// recorded are the notes as a report wrote them, for a source rebuilt
	// from its record (FromRecord); Summary returns them as they are.
	recorded []string
}

// IgnoredCount is how often one ignore pattern of sources.yaml matched.
type IgnoredCount struct {
	Why   string
	Count int
}

// Summary lists the notes as phrases for the report, in a fixed order.
func (n Notes) Summary() []string {
	if n.recorded != nil {
		return n.recorded
	}
	var out []string
	if n.DuplicateParagraphs > 0 {
		out = append(out, lexicon.Count(n.DuplicateParagraphs, "duplicated paragraph", "duplicated paragraphs")+" collapsed")
	}
	if n.TemplateTags > 0 {
		out = append(out, lexicon.Count(n.TemplateTags, "template tag", "template tags")+" ({{...}}) dropped")
	}
	if n.Unclosed != "" {
		out = append(out, "an unclosed "+n.Unclosed+" hid the rest of the file: close it")
	}
	if n.BadFrontDate != "" {
		out = append(out, fmt.Sprintf("the front matter date %q is no date (write YYYY-MM-DD): it dated nothing", n.BadFrontDate))
	}
	if n.YearlessLine != "" {
		out = append(out, fmt.Sprintf("the dateline %q gives no year, and no source in sources.yaml is dated near it: it dated nothing (give the source published: in sources.yaml)", n.YearlessLine))
	}
	if n.DateLines > 0 {
		out = append(out, lexicon.Count(n.DateLines, "date line", "date lines")+" read as metadata, not as text")
	}
	for _, ig := range n.Ignored {
		out = append(out, fmt.Sprintf("%s dropped (%s)", lexicon.Count(ig.Count, "ignored passage", "ignored passages"), ig.Why))
	}
	if n.HardWraps > 0 {
		out = append(out, lexicon.Count(n.HardWraps, "wrapped line", "wrapped lines")+" joined")
	}
	return out
}

// Pos returns the file position of a byte offset into the original file,
// while the source's text is at hand: a listed source that a run has judged
// and let go keeps no line starts, and Pos then counts from line 1 as for
// a source not read yet. Findings hold the positions worked out meanwhile.
func (s *Source) Pos(offset int) facts.Pos {
	if len(s.lineStarts) == 0 {
		return facts.Pos{File: s.Path, Line: 1, Col: offset + 1} // not read yet
	}
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > offset }) - 1
	return facts.Pos{File: s.Path, Line: i + 1, Col: offset - s.lineStarts[i] + 1}
}

// LineOf returns the byte range of the line of the file that holds offset,
// without its line ending, while the text is at hand.
func (s *Source) LineOf(offset int) (start, end int) {
	if len(s.lineStarts) == 0 || s.raw == "" {
		return 0, 0
	}
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > offset }) - 1
	start, end = s.lineStarts[max(i, 0)], len(s.raw)
	if i+1 < len(s.lineStarts) {
		end = s.lineStarts[i+1]
	}
	for end > start && (s.raw[end-1] == '\n' || s.raw[end-1] == '\r') {
		end--
	}
	return start, end
}

// CodePointColumn returns the column of a position of the file counted in
// code points, as SARIF and GitHub count, while the text is at hand; the
// byte column when the position is outside the file.
func (s *Source) CodePointColumn(p facts.Pos) int {
	if p.Line < 1 || p.Line > len(s.lineStarts) || s.raw == "" {
		return p.Col
	}
	start := s.lineStarts[p.Line-1]
	end := min(start+p.Col-1, len(s.raw))
	return utf8.RuneCountInString(s.raw[start:end]) + 1
}

// Original returns the original bytes [start, end) of the file.
func (s *Source) Original(start, end int) string { return s.raw[start:end] }

// Raw returns the original text of the file, while it is read.
func (s *Source) Raw() string { return s.raw }

// Lines is how many lines the file has, counting a last one without an
// ending.
func (s *Source) Lines() int { return len(s.lineStarts) }

// Passages returns the quoted passages of the source, as marked, in order.
func (s *Source) Passages() []Passage { return s.passages }

// Quotes returns the quotes of the source: its passages, with a quote
// interrupted by a short attribution ("he added") joined into one.
func (s *Source) Quotes() []Passage { return s.quotes }

// An Ignore is a pattern of text that matching skips, from sources.yaml.
type Ignore struct {
	Pattern *regexp.Regexp
	Why     string
}

// Parse normalises the bytes of a source file. It refuses binary data and
// text that is not UTF-8, naming the position.
func Parse(id, path string, data []byte, ignores []Ignore) (*Source, error) {
	src := &Source{ID: id, Path: path, Format: markup.FormatOf(path)}
	if err := src.parse(data, ignores); err != nil {
		return nil, err
	}
	return src, nil
}

// parse checks and normalises the bytes of the source's file.
func (src *Source) parse(data []byte, ignores []Ignore) error {
	path := src.Path
	if len(data) > MaxSourceSize {
		return &yamldoc.Error{Pos: facts.Pos{File: path, Line: 1, Col: 1}, Msg: "the file is over the 64 MiB limit of a source: split it into several sources"}
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return &yamldoc.Error{Pos: facts.Pos{File: path, Line: 1, Col: 1}, Msg: "the file is UTF-16 (it starts with a UTF-16 byte-order mark): convert it to UTF-8 (for example with iconv -f utf-16 -t utf-8)"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		s := &Source{Path: path, lineStarts: lineStarts(data)}
		return &yamldoc.Error{Pos: s.Pos(i), Msg: "the file holds binary data (a NUL byte): give a text file, or remove it from the sources"}
	}
	if !utf8.Valid(data) {
		line, col := yamldoc.FirstInvalid(data)
		return &yamldoc.Error{Pos: facts.Pos{File: path, Line: line, Col: col}, Msg: "the file is not valid UTF-8: convert it to UTF-8 (for example with iconv -f windows-1252 -t utf-8)"}
	}
	src.raw, src.lineStarts = string(data), lineStarts(data)
	src.normalise(ignores)
	return nil
}

// lineStarts returns the offset of the start of each line, for \n, \r\n
// and \r line endings alike.
func lineStarts(data []byte) []int {
	starts := make([]int, 1, bytes.Count(data, []byte{'\n'})+1)
	if bytes.IndexByte(data, '\r') < 0 {
		// Only \n, as in most files: found by IndexByte, not byte by byte.
		for i := 0; ; {
			k := bytes.IndexByte(data[i:], '\n')
			if k < 0 {
				return starts
			}
			i += k + 1
			starts = append(starts, i)
		}
	}
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// SpanOf returns the original byte range of the bytes [i, j) of m.
func (s *Source) SpanOf(m text.Mapped, i, j int) (start, end int) {
	return m.Span(s.raw, s.subEnds, i, j)
}
