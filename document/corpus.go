package document

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/internal/parallel"
	"github.com/factcheck/factcheck/internal/yamldoc"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/markup"
	"github.com/factcheck/factcheck/text"
	"go.yaml.in/yaml/v3"
)

// MetaFile is the name of the file in a sources directory that lists the
// sources and their metadata.
const MetaFile = "sources.yaml"

// MaxSourceSize is the largest source file read, in bytes.
const MaxSourceSize = 64 << 20

// A Corpus is a set of sources.
type Corpus struct {
	Dir     string    // the directory the sources were read from, if one
	Listed  bool      // the sources are listed in Dir's sources.yaml
	Sources []*Source // sorted by id

	fsys FileSystem // where listed sources are read from; nil for the OS's
	// left are the sources the corpus knows but does not check: listed in
	// a sources.yaml and not chosen ("--sources seeds/004.txt"), or left
	// out by Narrow. Labels may name them, and no output may overwrite
	// them.
	left []*Source
}

// A listing is one sources.yaml: where it is, for errors placed at a
// source's entry, and what it says to ignore in every source it lists.
type listing struct {
	path    string // slash-separated
	ignores []Ignore
}

// Source returns the source with the given id.
func (c *Corpus) Source(id string) (*Source, bool) {
	for _, s := range c.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return nil, false
}

// Files returns every file the corpus reads: each source and each
// sources.yaml, once, in order. An output must be none of them.
func (c *Corpus) Files() []string {
	var out []string
	seen := make(map[string]bool)
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, s := range append(append([]*Source{}, c.Sources...), c.left...) {
		if s.list != nil {
			add(s.list.path)
		}
		add(s.Path)
	}
	return out
}

// LeftOutIDs returns the ids of the sources the corpus's listings name
// that the run leaves out.
func (c *Corpus) LeftOutIDs() []string {
	ids := make([]string, len(c.left))
	for i, s := range c.left {
		ids[i] = s.ID
	}
	return ids
}

// Use makes the text of a source available while use runs: a listed
// source's file is read and normalised first and let go of after, so that
// a run holds few texts at once. Runs that share the corpus take each
// source in turn; what use reads of the source never changes.
func (c *Corpus) Use(src *Source, use func()) *yamldoc.Error {
	src.mu.Lock()
	defer src.mu.Unlock()
	if src.pending {
		defer src.release()
	}
	if err := c.load(src); err != nil {
		return err
	}
	use()
	return nil
}

// LeftOut is how many sources the corpus's listings name that the run
// leaves out: more than 0 for a partial corpus.
func (c *Corpus) LeftOut() int { return len(c.left) }

// Partial reports whether the corpus is part of what its sources.yaml
// files list: some files were chosen from a listed directory.
func (c *Corpus) Partial() bool { return len(c.left) > 0 }

// Narrow keeps only the sources whose file keep accepts, as for checking
// what a change touched. The others stay known, so that labels may name
// them, and the corpus becomes partial: no fact is then reported
// uncorroborated, since the sources left out may agree. It returns how
// many sources are kept.
func (c *Corpus) Narrow(keep func(path string) bool) int {
	var kept []*Source
	for _, s := range c.Sources {
		if keep(s.Path) {
			kept = append(kept, s)
		} else {
			c.left = append(c.left, s)
		}
	}
	sort.Slice(c.left, func(i, j int) bool { return c.left[i].ID < c.left[j].ID })
	c.Sources = kept
	return len(kept)
}

// IDs returns the ids of the sources, in order.
func (c *Corpus) IDs() []string {
	ids := make([]string, len(c.Sources))
	for i, s := range c.Sources {
		ids[i] = s.ID
	}
	return ids
}

var (
	metaKeys   = []string{"ignore", "sources"}
	ignoreKeys = []string{"pattern", "why"}
	sourceKeys = []string{"id", "file", "outlet", "title", "published", "dated_by"}
	idPattern  = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
)

// FileSystem is where sources are read from: the operating system's, or in
// tests one that fails on purpose. Sources are only ever read.
type FileSystem interface {
	Lstat(name string) (fs.FileInfo, error)
	ReadFile(name string) ([]byte, error)
	ReadDir(name string) ([]fs.DirEntry, error)
}

// OSFiles is the operating system's file system.
type OSFiles struct{}

func (OSFiles) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(name) }
func (OSFiles) ReadFile(name string) ([]byte, error) {
	// A source or a source list: a regular file, not followed through a
	// link swapped in since it was listed, never read past its limit.
	return bounded.ReadFile(name, MaxSourceSize, true)
}
func (OSFiles) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }

// LoadCorpus reads dir/sources.yaml and every source it lists. Every file
// in dir must be listed, and every listed file must be there: nothing is
// skipped silently. The error lists every problem found, one a line.
func LoadCorpus(dir string) (*Corpus, error) { return LoadCorpusFrom(OSFiles{}, dir) }

// ListCorpus is LoadCorpus without reading the sources: it reads
// dir/sources.yaml and checks that each listed file is a regular file
// there. Run reads each source when it judges it and then lets its text
// go, so a corpus of any size is checked in little memory; a source that
// cannot be read then is an error of Run.
func ListCorpus(dir string) (*Corpus, error) { return listCorpus(OSFiles{}, dir) }

// LoadCorpusFrom is LoadCorpus reading from fsys.
func LoadCorpusFrom(fsys FileSystem, dir string) (*Corpus, error) {
	c, err := listCorpus(fsys, dir)
	if err != nil {
		return nil, err
	}
	if err := c.ReadAll(); err != nil {
		return nil, err
	}
	return c, nil
}

func listCorpus(fsys FileSystem, dir string) (*Corpus, error) {
	metaPath := path.Join(filepath.ToSlash(dir), MetaFile)
	data, err := fsys.ReadFile(filepath.Join(dir, MetaFile))
	if err != nil {
		return nil, errors.New("load sources: " + err.Error() + ": create " + metaPath + " listing each source (see README.md)")
	}
	root, r, err := yamldoc.Parse(metaPath, data, facts.MaxSize, "the source list")
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, yamldoc.Errors{{Pos: facts.Pos{File: metaPath, Line: 1, Col: 1}, Msg: "the source list is empty: list the sources under sources: (see README.md)"}}
	}
	c := &Corpus{Dir: dir, Listed: true, fsys: fsys}
	var errs yamldoc.Errors
	top, ok := r.Mapping(root, "the source list", metaKeys)
	if !ok {
		return nil, r.Err()
	}
	list := &listing{path: metaPath, ignores: readIgnores(r, top)}
	entries := readEntries(r, root, top)
	if err := r.Err(); err != nil {
		return nil, err
	}
	listed := make(map[string]bool)
	for _, e := range entries {
		listed[e.file] = true
		src, err := listSource(fsys, dir, e, list)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.Sources = append(c.Sources, src)
	}
	names, err := fsys.ReadDir(dir)
	if err != nil {
		return nil, errors.New("load sources: " + err.Error())
	}
	for _, n := range names {
		name := n.Name()
		if name == MetaFile || strings.HasPrefix(name, ".") || listed[name] {
			continue
		}
		errs = append(errs, &yamldoc.Error{
			Pos: facts.Pos{File: path.Join(filepath.ToSlash(dir), name), Line: 1, Col: 1},
			Msg: "this file is not listed in " + metaPath + ": add an entry with id, file and dated_by, or move the file out of " + filepath.ToSlash(dir),
		})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	sort.Slice(c.Sources, func(i, j int) bool { return c.Sources[i].ID < c.Sources[j].ID })
	return c, nil
}

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

// load reads and normalises a listed source whose text is not at hand.
func (c *Corpus) load(src *Source) *yamldoc.Error {
	if !src.pending {
		return nil
	}
	fsys := c.fsys
	if fsys == nil {
		fsys = OSFiles{}
	}
	data, err := fsys.ReadFile(filepath.FromSlash(src.Path))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return src.blame(src.Path + " disappeared while it was being read: run again once the sources are in place")
	case errors.Is(err, fs.ErrPermission):
		return src.blame(src.Path + " cannot be read (permission denied): make it readable, or remove it from the sources")
	case err != nil:
		return src.blame(err.Error())
	case len(data) > MaxSourceSize: // it grew since it was listed
		return src.blame(src.Path + " is over the 64 MiB limit of a source: split it into several sources")
	}
	var ignores []Ignore
	if src.list != nil {
		ignores = src.list.ignores
	}
	if err := src.parse(data, ignores); err != nil {
		var perr *yamldoc.Error
		if errors.As(err, &perr) {
			return perr
		}
		return src.blame(err.Error())
	}
	if src.entryLine == 0 { // listed nowhere: Markdown front matter may say
		if d, err := facts.ParseDate(firstField(src.frontDate)); err == nil && !d.IsRange() {
			src.Published, src.DatedBy = d.Start, "the date in its front matter"
		} else if src.frontDate != "" {
			src.Notes.BadFrontDate = src.frontDate
		}
		src.Title = src.frontTitle
	}
	if !src.HasDate() && src.lineDate != "" {
		if d, ok := lineDateOf(src.lineDate); ok {
			src.Published, src.DatedBy = d, "the date line at the top of the text, \""+src.lineDate+"\""
		}
	}
	src.pending = false
	return nil
}

// lineDateOf reads the date of a date line or a dateline: ISO
// ("2023-03-14", "2023-03") or a day with its year ("Mar. 14, 2023"). A
// dateline without a year gives no date.
func lineDateOf(s string) (facts.Span, bool) {
	if d, err := facts.ParseDate(s); err == nil && !d.IsRange() {
		return d.Start, true
	}
	// What the dateline pattern lets through: a month, its day, a year.
	f := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
	if len(f) != 3 {
		return facts.Span{}, false
	}
	month, okMonth := months[text.Fold(f[0])]
	day, errDay := strconv.Atoi(f[1])
	year, errYear := strconv.Atoi(f[2])
	if !okMonth || errDay != nil || errYear != nil || len(f[2]) != 4 || day < 1 || day > daysIn(time.Month(month), year) {
		return facts.Span{}, false
	}
	return facts.DaySpan(year, time.Month(month), day), true
}

// months are the names of months and their abbreviations, folded.
var months = lexicon.Ints("months")

// daysIn is how many days a month of a year has.
func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ReadAll reads every source not yet read, in parallel. The error lists
// every source that could not be read, in source order.
func (c *Corpus) ReadAll() error {
	failed := make([]*yamldoc.Error, len(c.Sources))
	parallel.For(len(c.Sources), runtime.GOMAXPROCS(0), func(i int) {
		failed[i] = c.load(c.Sources[i])
	})
	var errs yamldoc.Errors
	for _, err := range failed {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// Extensions are the file extensions read as sources when a directory has
// no sources.yaml.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// LoadSources reads the sources named by args: directories (through their
// sources.yaml when they have one, otherwise every file with a known
// extension), files, and glob patterns. A source listed nowhere gets its id
// from its file name and its publication date from Markdown front matter.
// Ids must be unique across all of them: a fact sheet's labels name
// sources by id, whichever directory they come from.
func LoadSources(args []string) (*Corpus, error) {
	c, err := ListSources(args)
	if err != nil {
		return nil, err
	}
	if err := c.ReadAll(); err != nil {
		return nil, err
	}
	return c, nil
}

// ListSources is LoadSources without reading the sources (see ListCorpus).
func ListSources(args []string) (*Corpus, error) {
	if len(args) == 1 {
		if info, err := os.Stat(args[0]); err == nil && info.IsDir() {
			if _, err := os.Stat(filepath.Join(args[0], MetaFile)); err == nil {
				return ListCorpus(args[0])
			}
		}
	}
	l := lister{listings: make(map[string]*Corpus), chosen: make(map[*Source]bool)}
	for _, arg := range args {
		l.add(arg)
	}
	c := &Corpus{}
	if len(args) == 1 {
		if info, err := os.Stat(args[0]); err == nil && info.IsDir() {
			c.Dir = args[0]
		}
	}
	ids := l.collect(c)
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	if len(c.Sources) == 0 {
		return nil, errors.New("load sources: no sources found in " + strings.Join(args, " "))
	}
	sort.Slice(c.Sources, func(i, j int) bool { return c.Sources[i].ID < c.Sources[j].ID })
	c.left = l.unchosen(ids)
	return c, nil
}

// A lister gathers the sources named by --sources arguments.
type lister struct {
	errs yamldoc.Errors
	// listings are the sources.yaml of each directory involved, read
	// once; nil when it does not load.
	listings map[string]*Corpus
	listed   []*Source // chosen from a sources.yaml, in the order chosen
	chosen   map[*Source]bool
	files    []string // listed in no sources.yaml
}

// at records a problem with a path.
func (l *lister) at(p, msg string) {
	l.errs = append(l.errs, &yamldoc.Error{Pos: facts.Pos{File: filepath.ToSlash(p), Line: 1, Col: 1}, Msg: msg})
}

// listingOf returns the listing of a directory, read once.
func (l *lister) listingOf(dir string) *Corpus {
	if lc, ok := l.listings[dir]; ok {
		return lc
	}
	lc, err := ListCorpus(dir)
	var many yamldoc.Errors
	var one *yamldoc.Error
	switch {
	case errors.As(err, &many):
		l.errs = append(l.errs, many...)
	case errors.As(err, &one):
		l.errs = append(l.errs, one)
	case err != nil:
		l.at(dir, err.Error())
	}
	l.listings[dir] = lc
	return lc
}

func hasListing(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, MetaFile))
	return err == nil
}

// choose takes a source from a listing, once.
func (l *lister) choose(src *Source) {
	if !l.chosen[src] {
		l.chosen[src] = true
		l.listed = append(l.listed, src)
	}
}

// addFile takes a file: the source its directory's sources.yaml lists
// for it, with its id and metadata, or a file listed nowhere.
func (l *lister) addFile(p string) {
	dir := filepath.Dir(p)
	if !hasListing(dir) {
		l.files = append(l.files, p)
		return
	}
	lc := l.listingOf(dir)
	if lc == nil {
		return
	}
	for _, src := range lc.Sources {
		if path.Base(src.Path) == filepath.Base(p) {
			l.choose(src)
			return
		}
	}
	l.at(p, "this file is not listed in "+path.Join(filepath.ToSlash(dir), MetaFile)+": add an entry with id, file and dated_by")
}

// add takes one argument: a directory, a file or a glob.
func (l *lister) add(arg string) {
	if strings.TrimSpace(arg) == "" {
		l.errs = append(l.errs, &yamldoc.Error{Pos: facts.Pos{File: "--sources", Line: 1, Col: 1}, Msg: "an empty --sources: name a directory, a file or a glob"})
		return
	}
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir() && hasListing(arg):
		if lc := l.listingOf(filepath.Clean(arg)); lc != nil {
			for _, src := range lc.Sources {
				l.choose(src)
			}
		}
	case err == nil && info.IsDir():
		l.addDir(arg)
	case err == nil:
		l.addFile(arg)
	default:
		matches, gerr := filepath.Glob(arg)
		if gerr != nil || len(matches) == 0 {
			l.at(arg, "no such file, directory or matching files: check the path")
			return
		}
		for _, m := range matches {
			l.addFile(m)
		}
	}
}

// addDir takes every file of a directory without a sources.yaml; a file
// of a type the tool does not read is an error, not skipped.
func (l *lister) addDir(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		l.at(dir, err.Error())
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		if !slices.Contains(Extensions, strings.ToLower(filepath.Ext(name))) {
			l.at(p, "not a source this tool reads ("+strings.Join(Extensions, ", ")+"): move it out of "+filepath.ToSlash(dir)+", or list the sources in a "+MetaFile)
			continue
		}
		l.files = append(l.files, p)
	}
}

// collect puts the sources gathered into c, each id once, and returns
// the ids taken, with the file of each.
func (l *lister) collect(c *Corpus) map[string]string {
	ids := make(map[string]string)
	for _, src := range l.listed {
		if first, dup := ids[src.ID]; dup {
			l.errs = append(l.errs, src.blame("the id "+strconv.Quote(src.ID)+" is taken by "+first+" too: give each source its own id"))
			continue
		}
		ids[src.ID] = src.Path
		c.Sources = append(c.Sources, src)
	}
	for _, p := range l.files {
		id := fileID(p)
		if first, dup := ids[id]; dup {
			l.at(p, "this file's id "+strconv.Quote(id)+" is taken by "+first+": rename one, or list them in a "+MetaFile+" with their own ids")
			continue
		}
		ids[id] = filepath.ToSlash(p)
		src, err := listSource(OSFiles{}, filepath.Dir(p), entry{id: id, file: filepath.Base(p), given: p}, nil)
		if err != nil {
			l.errs = append(l.errs, err)
			continue
		}
		c.Sources = append(c.Sources, src)
	}
	return ids
}

// unchosen returns the listings' sources not chosen: they stay
// known, since a label may name them.
func (l *lister) unchosen(ids map[string]string) []*Source {
	dirs := make([]string, 0, len(l.listings))
	for dir := range l.listings {
		dirs = append(dirs, dir)
	}
	sort.Strings(dirs)
	var out []*Source
	for _, dir := range dirs {
		if lc := l.listings[dir]; lc != nil {
			for _, src := range lc.Sources {
				if !l.chosen[src] && ids[src.ID] == "" {
					out = append(out, src)
				}
			}
		}
	}
	return out
}

// fileID makes a source id from a file name: lower case, letters, digits
// and hyphens, without the extension.
func fileID(p string) string {
	name := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	id := strings.TrimSuffix(b.String(), "-")
	if id == "" {
		id = "source"
	}
	return id
}

// firstField returns the first word of s: "2024-03-01" of "2024-03-01 10:00".
func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.SplitN(f[0], "T", 2)[0]
	}
	return ""
}
