package checks

import (
	"testing"

	"github.com/factcheck/factcheck/facts"
	"github.com/stretchr/testify/assert"
)

// TestEveryKindIsRead holds the registry of kinds to the sheet's: a kind
// the sheet accepts but nothing reads would leave its facts silent.
func TestEveryKindIsRead(t *testing.T) {
	for _, k := range facts.Kinds() {
		assert.Contains(t, factKinds, k, "kind %s has a reader in factKinds", k)
	}
	assert.Len(t, factKinds, len(facts.Kinds()), "every reader reads a kind of the sheet")
}
