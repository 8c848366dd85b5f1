package format

import (
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
)

func TestGroupProblems(t *testing.T) {
	p := func(fact, source string, kind checks.ProblemKind, says string) checks.Problem {
		return checks.Problem{Fact: fact, Source: source, Kind: kind, Says: says, Pos: facts.Pos{File: "f.txt", Line: 1, Col: 1}, Summary: string(kind)}
	}
	warn := p("a", "s3", checks.Unexpected, "48 hours")
	warn.Warning = true
	tests := []struct {
		in     []checks.Problem
		want   [][]string // the sources of each group, in order
		reason string
	}{
		{[]checks.Problem{p("a", "s1", checks.Unexpected, "48 hours"), p("a", "s2", checks.Unexpected, "48 hours")}, [][]string{{"s1", "s2"}}, "the same words in two sources: one group"},
		{[]checks.Problem{p("a", "s1", checks.Unexpected, "48 hours"), p("a", "s2", checks.Unexpected, "72 hours")}, [][]string{{"s1"}, {"s2"}}, "other words: another group"},
		{[]checks.Problem{p("a", "s1", checks.Unexpected, "48 hours"), p("b", "s2", checks.Unexpected, "48 hours")}, [][]string{{"s1"}, {"s2"}}, "another fact: another group"},
		{[]checks.Problem{p("a", "s1", checks.Unexpected, "48 hours"), p("a", "s2", checks.StaleLabel, "48 hours")}, [][]string{{"s1"}, {"s2"}}, "another kind: another group"},
		{[]checks.Problem{p("a", "s1", checks.Unexpected, "48 hours"), warn}, [][]string{{"s1"}, {"s3"}}, "a warning apart from a failure"},
		{[]checks.Problem{p("a", "", checks.Uncorroborated, ""), p("b", "", checks.Uncorroborated, "")}, [][]string{{""}, {""}}, "problems of a fact stay one a group"},
		{[]checks.Problem{p("a", "s1", checks.Unexpected, "x"), p("b", "s2", checks.Unexpected, "y"), p("a", "s3", checks.Unexpected, "x")}, [][]string{{"s1", "s3"}, {"s2"}}, "groups keep the order of their first"},
		{[]checks.Problem{p("a", "s1", checks.Unexpected, "x"), p("a", "s1", checks.Unexpected, "x"), p("a", "s2", checks.Unexpected, "x")}, [][]string{{"s1", "s2"}}, "a source that says it twice is named once"},
		{[]checks.Problem{p("a", "s1", checks.Mismatch, "x"), p("a", "s2", checks.Mismatch, "x")}, [][]string{{"s1"}, {"s2"}}, "labels that no longer match stay one a line: each names its own words"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got [][]string
			for _, g := range groupProblems(tt.in) {
				got = append(got, g.Sources)
			}
			assert.Equal(t, tt.want, got)
		})
	}
	g := groupProblems([]checks.Problem{p("a", "s1", checks.Unexpected, "x"), p("a", "s2", checks.Unexpected, "x")})[0]
	assert.Equal(t, "a: unexpected (the same in 2 sources: s1, s2)", g.line(), "the line after the position")
}
