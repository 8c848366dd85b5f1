package format

import (
	"encoding/json"
	"fmt"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/internal/escape"
)

// The SARIF rules, one per kind of finding.
var sarifRules = []struct{ id, name, text, full, help string }{
	{"contradiction", "SourceContradictsFact", "A source contradicts the fact sheet.",
		"The source states a value for a fact that the fact sheet does not allow: another date, number, version, time, name, a reworded quote or a denied statement.",
		"If the sheet is right and the disagreement is known, label it under the fact (labels: source, says, label, note); if the source is right, correct the sheet. factcheck explain FACT SOURCE shows how the value was read."},
	{"stale-label", "LabelMatchesNothing", "A label in the fact sheet no longer matches any contradiction.",
		"The sheet documents a contradiction that the source no longer states, or states in other words.",
		"Remove the label, or update its says: to what the source says now."},
	{"uncorroborated", "FactUncorroborated", "No source agrees with a fact, and the sheet cites no reference.",
		"Every source is silent on the fact or contradicts it, so nothing in the corpus supports the sheet's value.",
		"Check the value and the fact's about: terms, or cite the outside source that supports it with reference:."},
	{"unsure", "ValueMayBeAnotherFacts", "A source gives a value that disagrees with a fact but reads two ways (another fact's, another event's or moment's, another name): for review.",
		"Two readings exist: the value may belong to another fact whose terms stand as near, or the sentence may speak of another instance or another person.",
		"Read the sentence; sharpen the facts' about: terms if the value is this fact's. An unsure value never fails the run."},
}

// The shape of a SARIF 2.1.0 log, as far as factcheck writes it.
type (
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification"`
	}
	sarifResult struct {
		RuleID       string             `json:"ruleId"`
		Level        string             `json:"level"`
		Message      sarifMessage       `json:"message"`
		Locations    []sarifLocation    `json:"locations"`
		Suppressions []sarifSuppression `json:"suppressions,omitempty"`
	}
	sarifRule struct {
		ID               string       `json:"id"`
		Name             string       `json:"name"`
		ShortDescription sarifMessage `json:"shortDescription"`
		FullDescription  sarifMessage `json:"fullDescription"`
		Help             sarifMessage `json:"help"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
)

// SARIF writes a SARIF 2.1.0 log: one result per contradiction at its
// physical location, labelled ones carrying a suppression with the label's
// note, and one result per stale label and uncorroborated fact.
func SARIF(r *checks.Result) []byte {
	var ru sarifRun
	ru.Tool.Driver = sarifDriver{Name: "factcheck", Version: checks.Version(), InformationURI: "https://github.com/factcheck/factcheck"}
	for _, sr := range sarifRules {
		ru.Tool.Driver.Rules = append(ru.Tool.Driver.Rules, sarifRule{ID: sr.id, Name: sr.name, ShortDescription: sarifMessage{sr.text}, FullDescription: sarifMessage{sr.full}, Help: sarifMessage{sr.help}})
	}
	ru.ColumnKind = "unicodeCodePoints"
	ru.Results = []sarifResult{}
	for _, c := range r.Cells {
		for _, fd := range c.Findings {
			if !fd.Agrees {
				ru.Results = append(ru.Results, sarifFinding(c, fd, r.Warns(checks.Unexpected)))
			}
		}
	}
	for _, p := range r.Problems() {
		switch p.Kind {
		case checks.StaleLabel: // a mismatch is reported above, as a contradiction without a suppression
			ru.Results = append(ru.Results, sarifResult{RuleID: "stale-label", Level: sarifLevel(p), Locations: sarifLoc(p.Pos, 0), Message: sarifMessage{p.String()}})
		case checks.Uncorroborated:
			ru.Results = append(ru.Results, sarifResult{RuleID: "uncorroborated", Level: sarifLevel(p), Locations: sarifLoc(p.Pos, 0), Message: sarifMessage{p.String()}})
		}
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs":    []sarifRun{ru},
	}
	out, _ := json.MarshalIndent(log, "", "  ")
	return append(out, '\n')
}

// sarifFinding is the result of a disagreeing value: a contradiction
// (suppressed when a label documents it), or a value for review.
func sarifFinding(c *checks.Cell, fd *checks.Finding, warn bool) sarifResult {
	res := sarifResult{
		RuleID: "contradiction", Level: "error", Locations: sarifSpan(fd),
		Message: sarifMessage{fmt.Sprintf("%s: source %s says %q, the sheet says %s", c.Fact.ID, c.Source.ID, fd.Says, c.Fact.Canonical())},
	}
	if c.Fact.Warning || warn {
		res.Level = "warning"
	}
	if fd.Unsure {
		res.RuleID, res.Level = "unsure", "note"
		res.Message.Text += " (" + fd.How + ")"
	}
	if fd.Label != nil {
		res.Suppressions = []sarifSuppression{{Kind: "external", Justification: fd.Label.Label + ": " + fd.Label.Note}}
	}
	return res
}

// sarifLoc is the location of a position.
func sarifLoc(p facts.Pos, char int) []sarifLocation {
	return []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: escape.FileURI(p.File)}, Region: sarifRegion{StartLine: p.Line, StartColumn: column(p, char)}}}}
}

// sarifSpan is the location of a finding's words, with their end where it
// is known.
func sarifSpan(fd *checks.Finding) []sarifLocation {
	l := sarifLoc(fd.Pos, fd.Column())
	if fd.End.Line > 0 {
		l[0].PhysicalLocation.Region.EndLine = fd.End.Line
		l[0].PhysicalLocation.Region.EndColumn = fd.EndColumn()
	}
	return l
}

// sarifLevel is the SARIF level of a problem: a warning's, or an error.
func sarifLevel(p checks.Problem) string {
	if p.Warning {
		return "warning"
	}
	return "error"
}
