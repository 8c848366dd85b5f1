package format

import (
	"strconv"
	"unicode/utf8"

	"github.com/factcheck/factcheck/facts"
)

// The cells are nearly all of a large JSON report, and encoding/json, with
// its reflection and a second pass to indent, spent more time on them than
// judging took. appendCell writes a cell directly, byte for byte as
// encodeJSON(cell, prefix) does (TestAppendCellMatchesEncoder holds it to
// that), without the final newline.

// jsonObject appends the members of one indented JSON object.
type jsonObject struct {
	b   []byte
	ind string // the indentation of the line the object opens on
	n   int    // members written
}

func openObject(b []byte, ind string) *jsonObject {
	return &jsonObject{b: append(b, '{'), ind: ind}
}

// key starts a member.
func (o *jsonObject) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.ind...)
	o.b = append(o.b, "  "...)
	o.b = appendJSONString(o.b, k)
	o.b = append(o.b, ": "...)
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

func (o *jsonObject) optStr(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObject) num(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *jsonObject) boolean(k string, v bool) {
	o.key(k)
	o.b = strconv.AppendBool(o.b, v)
}

// close ends the object and returns the bytes.
func (o *jsonObject) close() []byte {
	if o.n > 0 {
		o.b = append(o.b, '\n')
		o.b = append(o.b, o.ind...)
	}
	return append(o.b, '}')
}

// inner is the indentation of the object's members.
func (o *jsonObject) inner() string { return o.ind + "  " }

// array writes a member holding a list of objects, each written by item.
func (o *jsonObject) array(k string, n int, item func(b []byte, i int, ind string) []byte) {
	o.key(k)
	o.b = append(o.b, '[')
	ind := o.inner() + "  "
	for i := range n {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = append(o.b, '\n')
		o.b = append(o.b, ind...)
		o.b = item(o.b, i, ind)
	}
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.inner()...)
	o.b = append(o.b, ']')
}

// pos writes a member holding a file position.
func (o *jsonObject) pos(k string, p facts.Pos) {
	o.key(k)
	po := openObject(o.b, o.inner())
	po.str("file", p.File)
	po.num("line", p.Line)
	po.num("col", p.Col)
	o.b = po.close()
}

func appendLabel(b []byte, l ReportLabel, ind string) []byte {
	o := openObject(b, ind)
	o.pos("pos", l.Pos)
	o.str("says", l.Says)
	o.str("label", l.Label)
	o.str("note", l.Note)
	return o.close()
}

func appendFinding(b []byte, f ReportFinding, ind string) []byte {
	o := openObject(b, ind)
	o.pos("pos", f.Pos)
	o.str("sentence", f.Sentence)
	o.str("says", f.Says)
	o.optStr("value", f.Value)
	o.boolean("agrees", f.Agrees)
	if f.Unsure {
		o.boolean("unsure", true)
	}
	o.optStr("how", f.How)
	o.optStr("kind", f.Kind)
	o.optStr("compared", f.Compared)
	o.optStr("diff", f.Diff)
	if f.Label != nil {
		o.key("label")
		o.b = appendLabel(o.b, *f.Label, o.inner())
	}
	if f.End != nil {
		o.pos("end", *f.End)
	}
	if f.Column != 0 {
		o.num("column", f.Column)
	}
	if f.EndColumn != 0 {
		o.num("end_column", f.EndColumn)
	}
	return o.close()
}

// appendCell appends a cell as encodeJSON(c, ind) writes it, without the
// final newline.
func appendCell(b []byte, c ReportCell, ind string) []byte {
	o := openObject(b, ind)
	o.str("fact", c.Fact)
	o.str("source", c.Source)
	o.str("verdict", string(c.Verdict))
	if c.Labelled {
		o.boolean("labelled", true)
	}
	if c.Agreeing != 0 {
		o.num("agreeing", c.Agreeing)
	}
	findings := func(list []ReportFinding) func([]byte, int, string) []byte {
		return func(b []byte, i int, ind string) []byte { return appendFinding(b, list[i], ind) }
	}
	if len(c.Findings) > 0 {
		o.array("findings", len(c.Findings), findings(c.Findings))
	}
	if len(c.Unresolved) > 0 {
		o.array("unresolved", len(c.Unresolved), findings(c.Unresolved))
	}
	if len(c.Stale) > 0 {
		o.array("stale_labels", len(c.Stale), func(b []byte, i int, ind string) []byte { return appendLabel(b, c.Stale[i], ind) })
	}
	return o.close()
}

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping off.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
