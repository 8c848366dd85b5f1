package facts

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// A NewLabel is a label to add to a fact of a sheet.
type NewLabel struct {
	Fact string
	Label
}

// AddLabels returns the sheet data with the labels added under their facts
// as a minimal text edit: new lines are inserted at the end of each fact's
// labels (or a labels: key at the end of the fact), and every other byte of
// the file (comments, blank lines, order, quoting, line endings) is kept.
// The result is checked to load.
func AddLabels(path string, data []byte, add []NewLabel) ([]byte, error) {
	if len(add) == 0 {
		return data, nil
	}
	if _, err := Parse(path, data); err != nil {
		return nil, err
	}
	for _, a := range add {
		for _, v := range []string{a.Source, a.Says, a.Label.Label, a.Note} {
			if !utf8.ValidString(v) {
				return nil, fmt.Errorf("the label for fact %s holds text that is not UTF-8 (%q): nothing was written", a.Fact, v)
			}
		}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &root); err != nil {
		return nil, fmt.Errorf("add labels to %s: %w", path, err)
	}
	e := labelEdit{path: path, nl: "\n", lines: splitLines(data), top: root.Content[0]}
	if bytes.Contains(data, []byte("\r\n")) {
		e.nl = "\r\n"
	}
	for i := 0; i+1 < len(e.top.Content); i += 2 {
		if e.top.Content[i].Value == "facts" {
			e.list = e.top.Content[i+1]
		}
	}
	byFact := make(map[string][]NewLabel)
	var order []string
	for _, l := range add {
		if _, ok := byFact[l.Fact]; !ok {
			order = append(order, l.Fact)
		}
		byFact[l.Fact] = append(byFact[l.Fact], l)
	}
	var ins []insertion
	for _, id := range order {
		in, err := e.insertion(id, byFact[id])
		if err != nil {
			return nil, err
		}
		ins = append(ins, in)
	}
	out := e.apply(ins)
	if _, err := Parse(path, out); err != nil {
		return nil, fmt.Errorf("add labels to %s: the edited sheet would not load, so it was left alone: %w", path, err)
	}
	return out, nil
}

// A labelEdit is the edit of one sheet's text that adds labels.
type labelEdit struct {
	path  string
	nl    string     // the sheet's line break
	lines [][]byte   // the sheet's lines, with their line breaks
	top   *yaml.Node // the top-level mapping
	list  *yaml.Node // the list of facts
}

// An insertion is text to insert after a number of lines.
type insertion struct {
	after int
	text  string
}

// end returns the last line of a fact: the line before the next fact or
// top-level key.
func (e *labelEdit) end(item *yaml.Node) int {
	end := len(e.lines)
	for i, it := range e.list.Content {
		if it == item && i+1 < len(e.list.Content) {
			return e.list.Content[i+1].Line - 1
		}
	}
	for k := 0; k+1 < len(e.top.Content); k += 2 {
		if l := e.top.Content[k].Line; l > item.Line && l-1 < end {
			end = l - 1
		}
	}
	return end
}

// insertion writes the labels of one fact after its last labels, or as a
// new labels: key at the end of the fact.
func (e *labelEdit) insertion(id string, add []NewLabel) (insertion, error) {
	item := factNode(e.list, id)
	if item == nil {
		return insertion{}, fmt.Errorf("add labels to %s: no fact %q", e.path, id)
	}
	keyCol := item.Column
	end := e.end(item)
	labels, after := valueOf(item, "labels")
	var indent string
	var b strings.Builder
	if labels != nil {
		if labels.Style&yaml.FlowStyle != 0 || labels.Kind != yaml.SequenceNode || len(labels.Content) == 0 {
			return insertion{}, fmt.Errorf("%s:%d:%d: the labels of fact %s are not a block list: write them as lines starting with \"- source:\" so that labels can be added", e.path, labels.Line, labels.Column, id)
		}
		if after != nil {
			end = after.Line - 1
		}
		indent = strings.Repeat(" ", labels.Content[0].Column-3)
	} else {
		indent = strings.Repeat(" ", keyCol-1)
		b.WriteString(indent + "labels:" + e.nl)
		indent += "  "
	}
	for _, l := range add {
		fmt.Fprintf(&b, "%s- source: %s%s", indent, strconv.Quote(l.Source), e.nl)
		fmt.Fprintf(&b, "%s  says: %s%s", indent, strconv.Quote(l.Says), e.nl)
		fmt.Fprintf(&b, "%s  label: %s%s", indent, strconv.Quote(l.Label.Label), e.nl)
		fmt.Fprintf(&b, "%s  note: %s%s", indent, strconv.Quote(l.Note), e.nl)
	}
	return insertion{after: lastContent(e.lines, item.Line, end, keyCol), text: b.String()}, nil
}

// apply inserts the text of each insertion, the last first so that the
// line numbers of the others stand.
func (e *labelEdit) apply(ins []insertion) []byte {
	lines := e.lines
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].after > ins[j].after })
	for _, in := range ins {
		// The line before the insertion must end with a line break.
		if in.after > 0 && !bytes.HasSuffix(lines[in.after-1], []byte("\n")) {
			lines[in.after-1] = append(lines[in.after-1], e.nl...)
		}
		rest := append([][]byte{[]byte(in.text)}, lines[in.after:]...)
		lines = append(lines[:in.after], rest...)
	}
	return bytes.Join(lines, nil)
}

// splitLines splits data into lines that keep their line breaks.
func splitLines(data []byte) [][]byte {
	var lines [][]byte
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			lines = append(lines, append([]byte(nil), data...))
			break
		}
		lines = append(lines, append([]byte(nil), data[:i+1]...))
		data = data[i+1:]
	}
	return lines
}

func factNode(list *yaml.Node, id string) *yaml.Node {
	for _, item := range list.Content {
		if v, _ := valueOf(item, "id"); v != nil && v.Value == id {
			return item
		}
	}
	return nil
}

// valueOf returns the value of a key of a mapping, and the key after it.
func valueOf(m *yaml.Node, key string) (value, nextKey *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			if i+2 < len(m.Content) {
				nextKey = m.Content[i+2]
			}
			return m.Content[i+1], nextKey
		}
	}
	return nil, nil
}

// lastContent returns the number of the last line from first to end (1-based,
// inclusive) that belongs to a block indented at col: blank lines and
// comments indented less, which introduce what follows, are left out.
func lastContent(lines [][]byte, first, end, col int) int {
	for end > first {
		text := strings.TrimRight(string(lines[end-1]), "\r\n")
		trimmed := strings.TrimLeft(text, " ")
		indent := len(text) - len(trimmed)
		if trimmed != "" && !(strings.HasPrefix(trimmed, "#") && indent < col-1) {
			break
		}
		end--
	}
	return end
}
