package checks

import "testing"

func TestZZProbeQuotes(t *testing.T) {
	for _, s := range []string{
		`"We will win," the minister told reporters.`,
		`"We will win," Novak told reporters on Monday.`,
		`Novak told the BBC: "We will win."`,
		`"We will win," Novak, the party leader, said.`,
		`"We will win," said party leader Anna Novak.`,
		`Novak wrote on Facebook that "we will win".`,
		`In a video posted online, Novak said "we will win".`,
		`"We will win," Novak said, "and soon."`,
		`"We will win," she said.` ,
		`Novak insisted that the party "will win".`,
		`"We will win," Novak's spokesman said.`,
		`Speaking to reporters, Novak said: "We will win."`,
		`"We will win" - Novak.`,
		`Novak: "We will win."`,
		`‘We will win,’ said Novak.`,
		`"We will win," said Smith, echoing Novak.`,
		`Asked about Novak, Smith said "we will win".`,
	} {
		t.Logf("%-60s -> %s", s, attributedPassages(t, s, "Novak", "the minister"))
	}
}
