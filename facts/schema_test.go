package facts

import (
	"bytes"
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSchemaMatchesLoader keeps the schema's keys and the loader's keys the
// same, so that editors neither miss a key nor suggest one the loader
// refuses.
func TestSchemaMatchesLoader(t *testing.T) {
	var s struct {
		Properties struct {
			Facts struct {
				Items struct {
					Properties map[string]json.RawMessage `json:"properties"`
				} `json:"items"`
			} `json:"facts"`
		} `json:"properties"`
	}
	require.NoError(t, json.Unmarshal(Schema(), &s))
	var got []string
	for k := range s.Properties.Facts.Items.Properties {
		got = append(got, k)
	}
	want := append([]string(nil), factKeys...)
	sort.Strings(got)
	sort.Strings(want)
	assert.Equal(t, want, got)
}

// TestCommittedSchema keeps facts/facts.schema.json, which the seed sheet
// points editors at, equal to Schema().
func TestCommittedSchema(t *testing.T) {
	data, err := os.ReadFile("facts.schema.json")
	require.NoError(t, err, "write it with: go run ./cmd/factcheck schema > facts/facts.schema.json")
	assert.True(t, bytes.Equal(data, Schema()), "facts/facts.schema.json is stale: run go run ./cmd/factcheck schema > facts/facts.schema.json")
	sheet, err := os.ReadFile("facts.yaml")
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(sheet, []byte("# yaml-language-server: $schema=./facts.schema.json\n")), "the sheet points editors at the schema")
}
