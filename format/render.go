package format

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/checks"
)

// unplaced is a problem's headline without its position, for formats
// that give the position apart: "fact: summary".
func unplaced(p checks.Problem) string { return lead(p) + p.Summary }

// lead is what stands before a problem's summary once its position is
// given: its fact, and "warning: " for a warning.
func lead(p checks.Problem) string {
	if p.Warning {
		return p.Fact + ": warning: "
	}
	return p.Fact + ": "
}

// Message is a problem in full: its headline, then indented as a
// compiler's notes are, the evidence, the label to paste and the advice.
func Message(p checks.Problem) string {
	var b strings.Builder
	b.WriteString(p.String())
	b.WriteString(details(p))
	return b.String()
}

// details is the part of a problem's message below its headline, with the
// line break before it, or "".
func details(p checks.Problem) string {
	var b strings.Builder
	for _, e := range p.Evidence {
		fmt.Fprintf(&b, "\n    %-13s%s", e.Name+":", e.Text)
	}
	if l := p.Label; l != nil {
		fmt.Fprintf(&b, "\n  %s", p.LabelHint)
		indent := "    "
		if p.NewList {
			b.WriteString("\n    labels:")
			indent = "      "
		}
		fmt.Fprintf(&b, "\n%s- source: %s", indent, strconv.Quote(l.Source))
		fmt.Fprintf(&b, "\n%s  says: %s", indent, strconv.Quote(l.Says))
		fmt.Fprintf(&b, "\n%s  label: %s", indent, l.Label)
		fmt.Fprintf(&b, "\n%s  note: %s", indent, strconv.Quote(l.Note))
	}
	if p.Advice != "" {
		fmt.Fprintf(&b, "\n  %s", p.Advice)
	}
	return b.String()
}
