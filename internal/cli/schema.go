package cli

import (
	"flag"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/facts"
)

// schema runs factcheck schema: it prints the JSON Schema of the fact sheet
// or of the configuration.
func schema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: factcheck schema\n\nPrints the JSON Schema of the fact sheet. Point editors at it with a first line\n  # yaml-language-server: $schema=./facts.schema.json\n")
	}
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	switch {
	case fs.NArg() == 1 && fs.Arg(0) == "config":
		io.WriteString(stdout, configSchema)
		return OK
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "factcheck schema: unexpected argument %q (schema prints the sheet's schema, schema config the configuration's)\n", fs.Arg(0))
		return BadInput
	}
	stdout.Write(facts.Schema())
	return OK
}
