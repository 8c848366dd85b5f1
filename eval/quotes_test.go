package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An invented FACTS.md, in the shape of the corpus's.
const inventedFacts = `| id | what | canonical | source |
|---|---|---|---|
| Q1 | the mayor's pledge | 'We won't close a single library this year.' ACCEPT: verbatim. | the council's minutes |
| Q2 | the chair's words | “one of the hardest winters we’ve had, if not the hardest” | the local paper |
| Q3 | a date | 3 May 2021 | the register |
`

func TestWithQuotes(t *testing.T) {
	tests := []struct {
		sheet, want, wantErr, reason string
	}{
		{`quote: "{{FACTS Q1}}"`, `quote: "We won't close a single library this year."`, "", "the first quotation of the row; an apostrophe between letters closes nothing"},
		{`quote: "{{FACTS Q2}}"`, `quote: "one of the hardest winters we’ve had, if not the hardest"`, "", "curly quotation marks"},
		{`- "{{FACTS Q2: we’ve => that we’ve}}"`, `- "one of the hardest winters that we’ve had, if not the hardest"`, "", "a change FACTS.md allows"},
		{`- "{{FACTS Q1: single => lone; this year => next year}}"`, `- "We won't close a lone library next year."`, "", "several changes"},
		{`- "{{FACTS Q2: hardest => worst}}"`, "", `"hardest" stands 2 times in the quotation, not once`, "a change must be unambiguous"},
		{`quote: "{{FACTS Q9}}"`, "", "FACTS.md has no row Q9", "an unknown row"},
		{`quote: "{{FACTS Q3}}"`, "", "row Q3 of FACTS.md has no quotation in its third column", "a row without a quotation"},
		{`quote: We won't close.`, `quote: We won't close.`, "", "a sheet without placeholders is left as it is"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := withQuotes([]byte(tt.sheet), []byte(inventedFacts))
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}
