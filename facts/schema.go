package facts

import (
	"encoding/json"
)

// Schema returns a JSON Schema (draft-07) of the fact sheet, for editors:
// a sheet that starts with
//
//	# yaml-language-server: $schema=./facts.schema.json
//
// gets completion and validation in editors that run the YAML language
// server. The loader stays the authority; the schema describes the same
// keys.
func Schema() []byte {
	schema := map[string]any{
		"$schema":              "http://json-schema.org/draft-07/schema#",
		"$id":                  "https://github.com/factcheck/factcheck/facts.schema.json",
		"title":                "factcheck fact sheet",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"facts"},
		"properties": map[string]any{
			"facts": map[string]any{"type": "array", "items": factSchema()},
		},
	}
	out, _ := json.MarshalIndent(schema, "", "  ")
	return append(out, '\n')
}

// factSchema describes one fact: its id and claim, exactly one value with
// the keys its kind requires, and every optional key.
func factSchema() map[string]any {
	return map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"id", "claim"},
		"oneOf": []any{
			map[string]any{"required": []string{"date", "about"}},
			map[string]any{"required": []string{"number", "about"}},
			map[string]any{"required": []string{"name", "about"}},
			map[string]any{"required": []string{"quote", "speaker"}},
			map[string]any{"required": []string{"statement"}},
			map[string]any{"required": []string{"version", "about"}},
			map[string]any{"required": []string{"time", "about"}},
		},
		"properties": factProperties(),
	}
}

// factProperties describes each key of a fact: the keys of factKeys.
func factProperties() map[string]any {
	return map[string]any{
		"id":         map[string]any{"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "short and unique; names the subtest TestFacts/<id>/<source>"},
		"claim":      schemaString("the one sentence a reader should take away"),
		"date":       map[string]any{"type": "string", "pattern": `^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$`, "description": "YYYY-MM-DD, YYYY-MM, YYYY, or a range such as 2022-07-23..2022-07-24"},
		"number":     map[string]any{"type": []string{"number", "string"}, "description": "3000, 3,000, 2.5, or a range such as 2000..3000"},
		"name":       schemaString("the canonical spelling"),
		"quote":      schemaString("the canonical wording"),
		"statement":  map[string]any{"type": "boolean", "description": "whether the sheet holds the claim true"},
		"time":       schemaString("a time of day and its zone, such as 06:17 UTC; compared in UTC"),
		"version":    map[string]any{"type": []string{"number", "string"}, "description": "a version such as 4.1.0, or a range such as 3.0-beta4..3.8.2"},
		"tolerance":  map[string]any{"type": []string{"number", "string"}, "description": "number facts: 10% or an absolute amount"},
		"unit":       schemaString("number facts: the word that must follow the number, such as hours"),
		"aliases":    schemaTerms("name facts: other spellings the sheet accepts"),
		"not":        schemaTerms("name facts: names it must not be confused with"),
		"role":       schemaTerms("name facts: the title of the post the person holds, alternatives separated by |; another title beside the name contradicts"),
		"speaker":    schemaTerms("quote facts: the ways sources name who said it"),
		"accepted":   schemaTerms("quote facts: other renderings that count as verbatim"),
		"supports":   schemaTerms("statement facts: phrases that assert the claim; alternatives separated by |"),
		"refutes":    schemaTerms("statement facts: phrases that deny it"),
		"attributed": map[string]any{"enum": []string{"counts", "ignored"}, "description": "statement facts: whether claims a source attributes to someone count"},
		"about":      schemaTerms("groups of terms that locate sentences about the fact; alternatives in a group separated by |"),
		"unless":     schemaTerms("terms that rule a sentence out"),
		"within":     map[string]any{"type": "integer", "minimum": 1, "maximum": 100, "description": "how many words a value may stand from the nearest about term (default 10)"},
		"said_dates": map[string]any{"type": "boolean", "description": "date and time facts: count dates and times tied to a verb of saying"},
		"note":       schemaString("why the canonical value is canonical"),
		"reference":  schemaString("an outside source that supports the fact"),
		"severity":   map[string]any{"enum": []string{"error", "warning"}, "description": "error (default): the fact's problems fail the run; warning: they are reported and fail nothing"},
		"labels":     map[string]any{"type": "array", "items": labelSchema(), "description": "known contradictions"},
	}
}

// labelSchema describes one label: a known contradiction, all four keys
// required.
func labelSchema() map[string]any {
	return map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"source", "says", "label", "note"},
		"properties": map[string]any{
			"source": schemaString("the source's id, as in sources.yaml"),
			"says":   schemaString("what the source says, in its words or the same value in other words"),
			"label":  schemaString("a short kind: spelling, different-date, different-number, wording, contrary, ..."),
			"note":   schemaString("why the disagreement is known and accepted, for a reader who will not open the source"),
		},
	}
}

// schemaString describes a key whose value is a string.
func schemaString(desc string) map[string]any {
	return map[string]any{"type": "string", "description": desc}
}

// schemaTerms describes a key whose value is one term or a list of terms.
func schemaTerms(desc string) map[string]any {
	return map[string]any{
		"description": desc,
		"oneOf": []any{
			map[string]any{"type": "string"},
			map[string]any{"type": "array", "items": map[string]any{"type": "string", "minLength": 1}},
		},
	}
}
