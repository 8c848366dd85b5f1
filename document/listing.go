package document

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/yamldoc"
	"github.com/factcheck/factcheck/markup"
	"go.yaml.in/yaml/v3"
)

// entry is one source as sources.yaml lists it.
type entry struct {
	id, file, outlet, title, datedBy string
	published                        facts.Span
	zone                             Zone
	node, fileNode                   *yaml.Node // nil for a file listed in no sources.yaml
	given                            string     // such a file's path, as given
}

func readIgnores(r *yamldoc.Reader, top yamldoc.Fields) []Ignore {
	n, ok := top.Get("ignore")
	if !ok {
		return nil
	}
	list, ok := r.List(n, "ignore", "- pattern:")
	if !ok {
		return nil
	}
	var out []Ignore
	for _, in := range list {
		m, ok := r.Mapping(in, "an ignore entry", ignoreKeys)
		if !ok {
			continue
		}
		var ig Ignore
		pn, hasPattern := m.Get("pattern")
		wn, hasWhy := m.Get("why")
		if !hasPattern || !hasWhy {
			r.Errorf(in, "an ignore entry needs pattern: (a regular expression) and why: (what the text is)")
			continue
		}
		p, ok1 := r.Text(pn, "pattern")
		why, ok2 := r.Text(wn, "why")
		if !ok1 || !ok2 {
			continue
		}
		re, err := regexp.Compile(p)
		if err != nil {
			r.Errorf(pn, "pattern %q is not a valid regular expression: %v", p, err)
			continue
		}
		if re.MatchString("") {
			r.Errorf(pn, "pattern %q matches empty text: make it match the passage to drop", p)
			continue
		}
		ig.Pattern, ig.Why = re, why
		out = append(out, ig)
	}
	return out
}

// readEntries reads the entries of the source list, reporting each
// problem to r, and returns those that name a source: an id and a file.
func readEntries(r *yamldoc.Reader, root *yaml.Node, top yamldoc.Fields) []entry {
	n, ok := top.Get("sources")
	if !ok {
		if top.Missing("sources") {
			r.Errorf(root, "the source list has no sources: list them under sources: (see README.md)")
		}
		return nil
	}
	list, ok := r.List(n, "sources", "- id:")
	if !ok {
		return nil
	}
	er := entryReader{r: r, ids: make(map[string]*yaml.Node), files: make(map[string]*yaml.Node)}
	var out []entry
	for _, sn := range list {
		if e, ok := er.read(sn); ok {
			out = append(out, e)
		}
	}
	return out
}

// An entryReader reads the entries of a source list one by one, and sees
// that no two of them give the same id or file.
type entryReader struct {
	r          *yamldoc.Reader
	ids, files map[string]*yaml.Node // where each id and file was given first
}

// read reads an entry and reports whether it names a source.
func (er *entryReader) read(sn *yaml.Node) (entry, bool) {
	m, ok := er.r.Mapping(sn, "a source", sourceKeys)
	if !ok {
		return entry{}, false
	}
	e := entry{node: sn}
	for _, key := range []string{"id", "file", "dated_by"} {
		if _, ok := m.Get(key); !ok && m.Missing(key) {
			hint := ""
			if key == "dated_by" {
				hint = "; dated_by says where its published: date comes from, or why there is none, as in dated_by: no date in the text"
			}
			er.r.Errorf(sn, "a source has no %s: (each source needs id, file and dated_by%s)", key, hint)
		}
	}
	e.id = er.id(m)
	e.file, e.fileNode = er.file(m)
	for _, f := range []struct {
		key string
		dst *string
	}{{"outlet", &e.outlet}, {"title", &e.title}, {"dated_by", &e.datedBy}} {
		if v, ok := given(m, f.key); ok {
			*f.dst, _ = er.r.Text(v, f.key+" of source "+e.id)
		}
	}
	e.published = er.published(m, e.id)
	e.zone = er.zone(m, e.id)
	return e, e.id != "" && e.file != ""
}

// zone returns the zone the entry gives its source's times in, or none
// when it gives none or no valid one.
func (er *entryReader) zone(m yamldoc.Fields, id string) Zone {
	v, ok := given(m, "zone")
	if !ok {
		return Zone{}
	}
	written, ok := er.r.Text(v, "zone of source "+id)
	if !ok {
		return Zone{}
	}
	off, err := facts.ParseZone(written)
	if err != nil {
		er.r.Errorf(v, "zone of source %s: %v", id, err)
		return Zone{}
	}
	return Zone{Written: strings.TrimSpace(written), Offset: off}
}

// id returns the entry's id, or "" when it has none, or one that is no
// valid subtest name or that an entry before gives.
func (er *entryReader) id(m yamldoc.Fields) string {
	v, ok := m.Get("id")
	if !ok {
		return ""
	}
	id, ok := er.r.Text(v, "id")
	switch {
	case !ok:
		return ""
	case !idPattern.MatchString(id):
		er.r.Errorf(v, "source id %q may hold only lowercase letters, digits and hyphens (it names a subtest)", id)
	case er.ids[id] != nil:
		er.r.Errorf(v, "duplicate source id %q (first at line %d): give each source its own id", id, er.ids[id].Line)
	default:
		er.ids[id] = v
		return id
	}
	return ""
}

// file returns the entry's file and where it gives it, or "" when it has
// none, or one outside the sources directory or that an entry before
// gives.
func (er *entryReader) file(m yamldoc.Fields) (string, *yaml.Node) {
	v, ok := m.Get("file")
	if !ok {
		return "", nil
	}
	f, ok := er.r.Text(v, "file")
	switch {
	case !ok:
		return "", nil
	case strings.ContainsAny(f, `/\`) || f == "." || f == ".." || f == MetaFile:
		er.r.Errorf(v, "file %q must be the name of a file in the sources directory itself", f)
	case er.files[f] != nil:
		er.r.Errorf(v, "file %q is listed twice (first at line %d)", f, er.files[f].Line)
	default:
		er.files[f] = v
		return f, v
	}
	return "", nil
}

// published returns the day, month or year the entry gives its source as
// published on, or the zero span when it gives none or no valid one.
func (er *entryReader) published(m yamldoc.Fields, id string) facts.Span {
	v, ok := given(m, "published")
	if !ok {
		return facts.Span{}
	}
	d, err := facts.ParseDate(v.Value)
	switch {
	case err != nil:
		er.r.Errorf(v, "published of source %s: %v", id, err)
	case d.IsRange():
		er.r.Errorf(v, "published of source %s must be one day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), not a range; leave it out when not even the year is known", id)
	default:
		return d.Start
	}
	return facts.Span{}
}

// given returns the value of a key that an entry gives and does not leave
// empty (null).
func given(m yamldoc.Fields, key string) (*yaml.Node, bool) {
	v, ok := m.Get(key)
	if !ok || v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil, false
	}
	return v, true
}

// listSource checks that a listed source is a regular file inside the
// directory and returns it unread: Run reads it (Corpus.load) when it
// judges it. What reading needs is kept small, since a corpus may list a
// million sources: the file is the source's path, and the place to blame
// is its entry in sources.yaml.
func listSource(fsys FileSystem, dir string, e entry, list *listing) (*Source, *yamldoc.Error) {
	p := path.Join(filepath.ToSlash(dir), e.file)
	if e.given != "" {
		p = filepath.ToSlash(e.given)
	}
	src := &Source{ID: e.id, Path: p, Format: markup.FormatOf(p), Outlet: e.outlet, Title: e.title, DatedBy: e.datedBy, Published: e.published, Zone: e.zone, pending: true, fromFile: true, list: list}
	if e.fileNode != nil && list != nil {
		src.entryLine, src.entryCol = int32(e.fileNode.Line), int32(e.fileNode.Column)
	} else {
		src.DatedBy = "none: the source is listed in no " + MetaFile
	}
	if strings.ContainsFunc(p, unicode.IsControl) {
		return nil, src.blame(strconv.Quote(p) + " has a control character (a line break?) in its name, which would break every report: rename the file")
	}
	info, err := fsys.Lstat(filepath.Join(dir, e.file))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, src.blame(src.Path + " does not exist: fix the file name or add the file")
	case err != nil:
		return nil, src.blame(err.Error())
	case info.Mode()&fs.ModeSymlink != 0:
		return nil, src.blame(src.Path + " is a symbolic link: copy the text into the sources directory instead")
	case !info.Mode().IsRegular():
		return nil, src.blame(src.Path + " is not a regular file (a pipe, a device or the like): give a file")
	case info.Size() > MaxSourceSize:
		return nil, src.blame(src.Path + " is over the 64 MiB limit of a source: split it into several sources")
	}
	return src, nil
}

// blame returns an error about the source's file, placed at its entry in
// its sources.yaml, or at the file itself when it is listed nowhere.
func (s *Source) blame(msg string) *yamldoc.Error {
	file := s.Path
	if strings.ContainsFunc(file, unicode.IsControl) {
		file = strconv.Quote(file)
	}
	pos := facts.Pos{File: file, Line: 1, Col: 1}
	if s.entryLine > 0 {
		pos = facts.Pos{File: s.list.path, Line: int(s.entryLine), Col: int(s.entryCol)}
	}
	return &yamldoc.Error{Pos: pos, Msg: "source " + s.ID + ": " + msg}
}
