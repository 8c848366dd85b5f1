package document

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/bounded"
	"github.com/factcheck/factcheck/internal/parallel"
	"github.com/factcheck/factcheck/internal/yamldoc"
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
	// days are the distinct publication days its entries give, sorted:
	// they give the year of a dateline that has none (see yearOf).
	days []time.Time
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
	return c.narrowBy(func(s *Source) bool { return keep(s.Path) })
}

// narrowBy is Narrow deciding by the source itself.
func (c *Corpus) narrowBy(keep func(*Source) bool) int {
	var kept []*Source
	for _, s := range c.Sources {
		if keep(s) {
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
	sourceKeys = []string{"id", "file", "outlet", "title", "published", "dated_by", "zone"}
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
	list.days = publishedDays(entries)
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
		src.dateByLine()
	}
	src.pending = false
	return nil
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
