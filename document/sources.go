package document

import (
	"errors"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/yamldoc"
)

// Extensions returns the file extensions read as sources when a directory has
// no sources.yaml.
func Extensions() []string { return []string{".txt", ".md", ".markdown", ".html", ".htm"} }

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
		if !slices.Contains(Extensions(), strings.ToLower(filepath.Ext(name))) {
			l.at(p, "not a source this tool reads ("+strings.Join(Extensions(), ", ")+"): move it out of "+filepath.ToSlash(dir)+", or list the sources in a "+MetaFile)
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
