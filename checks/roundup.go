package checks

import (
	"regexp"
	"strings"

	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// itemPlace matches a paragraph that opens with a place in capitals and a
// dash, as a round-up of short news items heads each one: "SILVERTON — A
// $14 million bond ...", "WOODBURN – The district's budget ...".
var itemPlace = regexp.MustCompile(`^\s*\**([\p{Lu}][\p{Lu}'’.-]+(?: [\p{Lu}][\p{Lu}'’.-]+){0,3})\**\s*[—–-]\s`)

// roundUpPlace returns, for a sentence in an item of a round-up (a source
// of two paragraphs or more that open with a place in capitals and a
// dash), the item's place, folded; or "".
func (r *reading) roundUpPlace(sent *sentence) string {
	if r.places == nil {
		places := make(map[int]string)
		for i := range r.sents {
			s := &r.sents[i]
			if !s.First {
				continue
			}
			if m := itemPlace.FindStringSubmatch(r.Raw()[s.Start:s.End]); m != nil && !notItemPlaces[text.Fold(m[1])] && !weekdayWord(text.Fold(m[1])) {
				places[s.Para] = text.Fold(m[1]) // not "UPDATE — ...", "BREAKING — ..."
			}
		}
		if len(places) < 2 {
			places = map[int]string{}
		}
		r.places = &places
	}
	return (*r.places)[sent.Para]
}

// otherPlaceItem returns the place of the round-up's item a sentence
// stands in when none of its words is a word of the sheet and another
// item's place is ("SILVERTON — ... 46 percent" in a round-up whose
// CEDAR HOLLOW item is the sheet's story), or "": a value there is another
// place's.
func (m *matcher) otherPlaceItem(src *reading, sent *sentence) string {
	p := src.roundUpPlace(sent)
	if p == "" || m.namesPlace(p) {
		return ""
	}
	for _, q := range *src.places {
		if m.namesPlace(q) {
			return p
		}
	}
	return ""
}

// notItemPlaces are the words in capitals before a dash that label a
// post or an entry, not a place: "UPDATE —", "BREAKING —".
var notItemPlaces = lexicon.Set("dateline-not-places")

// namesPlace reports whether a word of a folded place, of four letters or
// more (not "new" of "NEW DELHI"), is a word of the sheet.
func (m *matcher) namesPlace(place string) bool {
	for _, w := range strings.FieldsFunc(place, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
		if len(w) >= 4 && m.sheet[w] {
			return true
		}
	}
	return false
}
