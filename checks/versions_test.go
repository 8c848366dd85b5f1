package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExtractVersions(t *testing.T) {
	tests := []struct {
		text, want string
		why        string
	}{
		{"Upgrade to 4.1.0 now.", "4.1.0=4.1.0", "three parts make a version"},
		{"Upgrade to version 2.17 now.", "2.17=2.17", "two parts after a cue"},
		{"Upgrade to v2.17 now.", "v2.17=2.17", "two parts after a v"},
		{"The rate rose 2.17 points.", "", "two parts alone are a decimal"},
		{"All releases from 3.0-beta4 to 3.8.2 are hit.", "3.0-beta4 to 3.8.2=3.0-beta4..3.8.2", "a range with a pre-release"},
		{"Releases 3.0 to 3.8.2 are hit.", "3.0 to 3.8.2=3.0..3.8.2", "a range whose start has two parts"},
		{"The build is 5.2.0; a 5.2.1 patch follows.", "5.2.0=5.2.0; 5.2.1=5.2.1", "a semicolon parts two versions, though Spanish a joins a range"},
		{"De 5.1.0 a 5.2.0 cambia poco.", "5.1.0 a 5.2.0=5.1.0..5.2.0", "a plain a joins one"},
		{"Releases 3.0 - 3.8.2 are hit.", "3.0 - 3.8.2=3.0..3.8.2", "a spaced dash"},
		{"Any libfoo-core <= 3.8.2 is hit.", "3.8.2=up to 3.8.2", "a bound written with a sign"},
		{"Any libfoo-core < 3.9.0 is hit.", "3.9.0=below 3.9.0", "an exclusive bound"},
		{"Versions up to 3.8.2 are hit.", "3.8.2=up to 3.8.2", "up to"},
		{"Versions through 3.8.2 are hit.", "3.8.2=up to 3.8.2", "through alone is up to"},
		{"Every release up to and including 3.8.2 is hit.", "3.8.2=up to 3.8.2", "up to and including"},
		{"Betroffen sind die Versionen 3.0.0 bis 3.8.2.", "3.0.0 bis 3.8.2=3.0.0..3.8.2", "a German range"},
		{"Getroffen zijn versies 3.0.0 tot 3.8.2.", "3.0.0 tot 3.8.2=3.0.0..3.8.2", "a Dutch range"},
		{"Versions touchées : de la 3.0.0 à la 3.8.2.", "3.0.0 à la 3.8.2=3.0.0..3.8.2", "a French range with an article after the join"},
		{"Versiones afectadas: de la 3.0.0 hasta la 3.8.2.", "3.0.0 hasta la 3.8.2=3.0.0..3.8.2", "and a Spanish one"},
		{"Les utilisateurs doivent passer de la 4.1.0 à la 4.2.0.", "4.1.0=4.1.0; 4.2.0=4.2.0", "an upgrade's path with articles: no range"},
		{"Los usuarios deben pasar de la 4.1.0 a la 4.2.0.", "4.1.0=4.1.0; 4.2.0=4.2.0", "and in Spanish"},
		{"Version 3.0.0 a new build came out.", "3.0.0=3.0.0", "a, no version after it: no range"},
		{"Gli utenti devono passare dalla 3.0.6 alla 3.0.7.", "3.0.6=3.0.6; 3.0.7=3.0.7", "an upgrade's path in Italian: no range"},
		{"Los usuarios deben pasar de 3.0.6 a 3.0.7.", "3.0.6=3.0.6; 3.0.7=3.0.7", "and in Spanish"},
		{"From older releases, go through 3.8.2 first.", "3.8.2=3.8.2", "go through a version is a step of an upgrade, no bound"},
		{"Servers updated through 3.8.2 remain vulnerable.", "3.8.2=up to 3.8.2", "updated through: those up to it"},
		{"Versions before 3.9.0 are hit.", "3.9.0=below 3.9.0", "before excludes the version"},
		{"Version 3.8.2 and below are hit.", "3.8.2 and below=up to 3.8.2", "and below"},
		{"Version 2.10.0 and later are safe.", "2.10.0 and later=2.10.0 and later", "and later"},
		{"From version 2.10.0 onward it is safe.", "2.10.0 onward=2.10.0 and later", "onward: no end"},
		{"The id CVE-2020-31337 is tracked.", "", "an identifier is no version"},
		{"It was fixed on 25.12.2021 for all.", "", "a dotted date is no version"},
		{"It was fixed at 09.30.15 local time.", "", "a leading zero: a time, no version"},
		{"Use the server at 10.0.2.15 now.", "", "four parts need a cue: an address"},
		{"Some 1.234.567 projects use it.", "", "groups of three digits: a number"},
		{"Upgrade from 3.8.2 to 3.9.0 now.", "3.8.2=3.8.2; 3.9.0=3.9.0", "an upgrade from one version to another is no range"},
		{"Users should upgrade from 3.8 to 3.9.0 now.", "3.9.0=3.9.0", "nor with a start of two parts"},
		{"Its software was updated in March from version 4.0.9 to 4.1.2.", "4.0.9=4.0.9; 4.1.2=4.1.2", "nor with a cue after from"},
		{"Affected: from version 4.0.9 to 4.1.2.", "4.0.9 to 4.1.2=4.0.9..4.1.2", "from a version to another with no verb of change is a range"},
		{"Affected: Libfoo v3.0–v3.8.2.", "v3.0–v3.8.2=3.0..3.8.2", "v before both ends, an en dash between"},
		{"Affected: 3.0-3.8.2.", "3.0-3.8.2=3.0..3.8.2", "a glued hyphen before a version joins a range"},
		{"Affected versions: >= 4.0.0, <= 4.7.1.", "4.0.0, <= 4.7.1=4.0.0..4.7.1", "an advisory's two bounds make one range"},
		{"El plan admite las versiones 8.2 a 8.4 del motor.", "8.2 a 8.4=8.2..8.4", "a Spanish cue before two parts, a range joined by a"},
		{"Die Version 4.1 behebt den Fehler.", "4.1=4.1", "German Version, folded as English"},
		{"Affected versions: >= 4.0.0 and < 4.8.0.", "4.0.0 and < 4.8.0=4.0.0 up to below 4.8.0", "with and, an exclusive end"},
		{"It affects releases from 4.0.0 up to 4.7.1.", "4.0.0 up to 4.7.1=4.0.0..4.7.1", "from one version up to another"},
		{"Upgrade from 4.0.0 up to 4.7.1 now.", "4.0.0=4.0.0; 4.7.1=up to 4.7.1", "an upgrade's from is no start of a range"},
		{"Versions >= 4.0.0 are hit; <= 3.2.0 too.", "4.0.0=4.0.0 and later; 3.2.0=up to 3.2.0", "a semicolon between: two bounds"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			src := parseText(t, tt.text, published("2022-09-10"))
			var got []string
			for i := range src.sents {
				sent := &src.sents[i]
				for _, v := range sent.versionMentions() {
					got = append(got, says(src, sent, v.span)+"="+v.value.String())
				}
			}
			assert.Equal(t, tt.want, strings.Join(got, "; "), "%q", tt.text)
		})
	}
}

func TestVersionFacts(t *testing.T) {
	sheet := `facts:
  - id: affected
    claim: Versions 3.0-beta4 to 3.8.2 are affected.
    version: 3.0-beta4..3.8.2
    about: [affected | vulnerable]
  - id: fix
    claim: The flaw is fixed in 4.1.0.
    version: 4.1.0
    about: [fixed | fix]
`
	assertTwoVerdicts(t, sheet, "2021-12-20", []twoVerdictCase{
		{"Versions up to 3.8.2 are affected; it is fixed in 4.1.0.", "agrees", "agrees", "each fact reads its own kind of statement"},
		{"Versions below 3.8.0 are affected.", "contradicts", "silent", "an upper bound that leaves out 3.8.x"},
		{"Servers on 2.9.1 or earlier are not affected.", "unsure", "silent", "the fact's only term after a negation: the versions it is not"},
		{"Servers on 2.9.1 are not affected, but 3.0.0 to 3.9.0 are affected.", "contradicts", "silent", "a term with no negation too: read as ever"},
		{"It is fixed in 4.1.1, and 3.0 to 3.8.2 are affected.", "agrees", "contradicts", "another fix version"},
		{"Version 3.9.0 is affected too.", "silent", "silent", "one version says nothing of the affected range"},
		{"It is fixed in 4.1.0. Teams that cannot upgrade yet should wait for the fix in 4.1.1.", "silent", "agrees", "another version in a source that states the fact's one is another's"},
		{"It is fixed in 4.1.1.", "silent", "contradicts", "alone, another version contradicts"},
		{"Versions 3.0-beta4 to 3.8.2 are affected. In other news, versions 0.15.0 to 0.18.1 of another library are affected by a second flaw.", "agrees", "silent", "another range in a source that states the fact's range with its ends is another's"},
		{"Versions 0.15.0 to 0.18.1 are affected.", "contradicts", "silent", "alone, another range contradicts"},
		{"It is fixed in 4.1.0. It is fixed in 4.1.1.", "silent", "contradicts", "a restatement with another version contradicts the source itself"},
		{"Fix a regression in 4.1.1 where timeouts were ignored.", "silent", "unsure", "a version after a noun and in may be that noun's: where the regression came"},
		{"This release is the fix in 4.1.1 for it.", "silent", "contradicts", "after a term of the fact and in, the fact's"},
		{"Affected versions: >= 3.0-beta4, <= 3.8.2.", "agrees", "silent", "an advisory's two bounds: the sheet's range"},
		{"Affected versions: >= 2.0.0, <= 3.8.2.", "contradicts", "silent", "two bounds whose start is not the sheet's: no longer read as up to 3.8.2 alone"},
		{"It is fixed in version 4.1.", "silent", "agrees", "a shorter version is the series of the sheet's 4.1.0 (missing parts count as 0)"},
		{"It is fixed in version 4.2.", "silent", "contradicts", "another series"},
		{"Every release since 3.0-beta4 is affected.", "agrees", "silent", "since a version: the range's first, its last not said"},
		{"Every release since version 2.9 is affected.", "contradicts", "silent", "since another first version"},
		{"Alle versies vanaf 2.9.0 zijn affected.", "contradicts", "silent", "Dutch vanaf"},
		{"Versions 3.0 and later are affected.", "agrees", "silent", "a lower bound speaks of the first version"},
		{"It is fixed since 4.1.0.", "silent", "agrees", "for a fact of one version, since a version is that version"},
		{"The affected builds are 3.0-beta4, 3.5.0 and 3.8.2.", "agrees", "silent", "a list of versions from the range's first to its last"},
		{"Les versions affected sont la 3.0-beta4 et la 3.8.2.", "agrees", "silent", "a list with articles, in French"},
		{"Les versions affected: la 3.0-beta4, la 3.8.2.", "agrees", "silent", "a comma before the article joins them too"},
		{"The affected builds are 3.0-beta4 and 3.9.0.", "contradicts", "silent", "a list that names a version outside the range: a list names some of a range, none outside it"},
		{"The affected builds are 3.5.0 and 3.8.2.", "unsure", "silent", "a list inside the range that starts elsewhere may name only some, never a contradiction"},
		{"Affected users should upgrade to 4.1.0 or 4.2.0.", "unsure", "silent", "a list wholly outside the range names other versions, the fixed ones: never a contradiction"},
		{"Neither 2.9.0 nor 3.9.0 is affected.", "unsure", "silent", "nor one of unaffected versions"},
		{"It is fixed in 4.1.1 and 4.1.2.", "silent", "contradicts", "for a fact of one version, a list is its versions one by one"},
	})
}

// A version with fewer parts than the sheet's that begins as it does
// ("5.1" for 5.1.3) names its series: it agrees, as a month does with a
// day, and settles nothing.
// Versions in other languages: a cue before two parts ("die Versionen
// 7.0 bis 7.4.2"), a bound before one ("vor 7.4.3").
func TestVersionsInOtherLanguages(t *testing.T) {
	const sheet = "facts:\n  - id: v\n    claim: Versions 7.0 to 7.4.2 are affected.\n    version: 7.0..7.4.2\n    about: [betroffen | affected]\n"
	assertVerdicts(t, sheet, "2025-10-14", []verdictCase{
		{"Betroffen sind die Versionen 7.0 bis 7.4.2.", "agrees", "a German plural cue"},
		{"Betroffen sind die HarborDB-Versionen 7.0 bis 7.4.2.", "agrees", "the cue ending a compound"},
		{"Betroffen sind 7.0 bis 7.4 Prozent.", "silent", "no cue: two-part figures are numbers"},
		{"Betroffen sind alle Versionen vor 7.4.3.", "agrees", "German vor: every version before it"},
		{"Betroffen sind alle Versionen vor 7.4.2.", "contradicts", "before the sheet's last version: it is left out"},
	})
}

func TestVersionSeries(t *testing.T) {
	const sheet = "facts:\n  - id: firmware\n    claim: The ship ran firmware 5.1.3.\n    version: 5.1.3\n    about: [software | firmware]\n"
	assertVerdicts(t, sheet, "2026-04-20", []verdictCase{
		{"Its control software, version 5.1, was new.", "agrees", "the series of 5.1.3"},
		{"Its control software, version 5.2, was new.", "contradicts", "another series"},
		{"Its control software, version 5.1.4, was new.", "contradicts", "as many parts: another version"},
		{"Its control software, version 5.1, was new; firmware 5.1.2 ran the pumps.", "contradicts", "the series agrees loosely and settles nothing: another version of the same parts still contradicts"},
	})
}

// A number of two parts right after a term of a version fact written with
// a capital is a version by name ("VeldraOS 3.2"); anywhere else it is as
// likely a decimal, and is not read.
func TestVersionsByName(t *testing.T) {
	const os = "facts:\n  - id: os\n    claim: The car ships with VeldraOS 3.2.\n    version: \"3.2\"\n    about: [VeldraOS | Software]\n"
	assertVerdicts(t, os, "2025-10-15", []verdictCase{
		{"The car ships with VeldraOS 3.2 on day one.", "agrees", "after the fact's term, a version by name"},
		{"The car ships with VeldraOS 3.1 on day one.", "contradicts", "another version by name"},
		{"Die Software VeldraOS 3.2 stammt aus eigener Entwicklung.", "agrees", "so in another language"},
		{"VeldraOS runs on a chip clocked at 3.1 GHz.", "silent", "a decimal after a word that is no term of the fact"},
		{"Section 3.1 of the VeldraOS manual covers charging.", "silent", "after a capitalised word that is no term of the fact"},
		{"The software, VeldraOS, scored 3.1 out of five.", "silent", "after a word written small"},
		{"The update reached VeldraOS 1.5 million cars.", "silent", "before a scale word: a figure, no version"},
		{"Critics rated VeldraOS 4.1 out of 5.", "silent", "before out of: a score"},
	})
	const db = "facts:\n  - id: db\n    claim: The fix shipped in PeltonDB 16.3.1.\n    version: 16.3.1\n    about: [release]\n"
	assertVerdicts(t, db, "2025-10-15", []verdictCase{
		{"The release also updates OpenSSL 3.1.4.", "unsure", "after another product's name: its version, perhaps"},
		{"Scores in this release use CVSS v3.1.", "unsure", "after a standard's name"},
		{"The release is PeltonDB 16.3.0.", "contradicts", "after a word of the fact's claim: its own product"},
		{"The release is 16.3.0.", "contradicts", "no name before it"},
		{"The release follows last November's 16.2.2 release.", "unsure", "a possessive date before it names another release"},
		{"The release, Patch 16.3.0, is out.", "contradicts", "a word that names a release, not a product"},
		{"Das Sicherheitsupdate 16.3.0 ist die release.", "contradicts", "a German compound ending in one"},
	})
}
