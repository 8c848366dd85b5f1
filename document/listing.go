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
	var out []entry
	ids := make(map[string]*yaml.Node)
	files := make(map[string]*yaml.Node)
	for _, sn := range list {
		m, ok := r.Mapping(sn, "a source", sourceKeys)
		if !ok {
			continue
		}
		e := entry{node: sn}
		for _, key := range []string{"id", "file", "dated_by"} {
			if _, ok := m.Get(key); !ok && m.Missing(key) {
				r.Errorf(sn, "a source has no %s: (each source needs id, file and dated_by)", key)
			}
		}
		if v, ok := m.Get("id"); ok {
			if id, ok := r.Text(v, "id"); ok {
				switch {
				case !idPattern.MatchString(id):
					r.Errorf(v, "source id %q may hold only lowercase letters, digits and hyphens (it names a subtest)", id)
				case ids[id] != nil:
					r.Errorf(v, "duplicate source id %q (first at line %d): give each source its own id", id, ids[id].Line)
				default:
					ids[id], e.id = v, id
				}
			}
		}
		if v, ok := m.Get("file"); ok {
			if f, ok := r.Text(v, "file"); ok {
				switch {
				case strings.ContainsAny(f, `/\`) || f == "." || f == ".." || f == MetaFile:
					r.Errorf(v, "file %q must be the name of a file in the sources directory itself", f)
				case files[f] != nil:
					r.Errorf(v, "file %q is listed twice (first at line %d)", f, files[f].Line)
				default:
					files[f], e.file, e.fileNode = v, f, v
				}
			}
		}
		for key, dst := range map[string]*string{"outlet": &e.outlet, "title": &e.title, "dated_by": &e.datedBy} {
			if v, ok := m.Get(key); ok && !(v.Kind == yaml.ScalarNode && v.Tag == "!!null") {
				*dst, _ = r.Text(v, key+" of source "+e.id)
			}
		}
		if v, ok := m.Get("published"); ok && !(v.Kind == yaml.ScalarNode && v.Tag == "!!null") {
			d, err := facts.ParseDate(v.Value)
			switch {
			case err != nil:
				r.Errorf(v, "published of source %s: %v", e.id, err)
			case d.IsRange():
				r.Errorf(v, "published of source %s must be one day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), not a range; leave it out when not even the year is known", e.id)
			default:
				e.published = d.Start
			}
		}
		if e.id != "" && e.file != "" {
			out = append(out, e)
		}
	}
	return out
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
	src := &Source{ID: e.id, Path: p, Format: markup.FormatOf(p), Outlet: e.outlet, Title: e.title, DatedBy: e.datedBy, Published: e.published, pending: true, fromFile: true, list: list}
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
