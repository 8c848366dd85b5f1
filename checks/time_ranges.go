package checks

// Two times joined as a range: "between 2 a.m. and 3 a.m." bounds one
// moment, which agrees when the sheet's time lies within; "from 9 a.m. to
// 7 p.m.", "9am-7pm" give how long something lasted or was open, whose
// ends need not be the moment of the fact.

import (
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
)

// A clockRange is two of a sentence's times joined as a range.
type clockRange struct {
	from, to int  // indexes into the sentence's clock mentions
	between  bool // opened by a word of [between-words]: bounds of one moment
}

// rangeOf returns the range the time at index i of cls is an end of: the
// times joined by a word of [range-ends] ("to", "until", "a", "bis") or a
// dash are a span, by a word of [between-joins] (an article after it at
// most: "entre las 2 y las 3") after a word of [between-words] bounds.
func rangeOf(sent *sentence, cls []clockMention, i int) (clockRange, bool) {
	for _, from := range []int{i - 1, i} {
		if from < 0 || from+1 >= len(cls) {
			continue
		}
		if between, ok := joinedAsRange(sent, cls[from], cls[from+1]); ok {
			return clockRange{from, from + 1, between}, true
		}
	}
	return clockRange{}, false
}

// joinedAsRange reports whether two times are joined as a range, and
// whether as bounds of one moment (see rangeOf).
func joinedAsRange(sent *sentence, a, b clockMention) (between, ok bool) {
	next, between, ok := sent.scanner().clockRangeJoin(a.end)
	return between, ok && next == b.start
}

// spanRead says how the time at index i of cls is read when it is an
// end of a span (a range that no word of [between-words] opens): a span is
// one value, its start ("during a window (9:30 AM - 10:57 AM)" began at
// 9:30), or its end where only the end is the sheet's time ("closed from
// 9am until 7pm" for a reopening at 7pm). It reports whether this time
// stands for the span (false: skip it), the words of the whole span, and
// whether a word of [opening-hours] before it, right after a comma, makes
// it hours a place was open ("The centre, open daily from 9am to 7pm,"),
// no moment of a fact; not "Polls open from 8am", "Polling stations are
// open from 8am", which give when they opened.
func spanRead(sent *sentence, cls []clockMention, i int, want func(clockMention) facts.Clock) (own bool, at span, hours bool) {
	r, ok := rangeOf(sent, cls, i)
	if !ok || r.between {
		return true, cls[i].span, false
	}
	owner := r.from
	if a, b := cls[r.from], cls[r.to]; clockAgrees(b, want(b)) && !clockAgrees(a, want(a)) {
		owner = r.to
	}
	sc, k := sent.scanner(), cls[r.from].start-1
	if rangeStarts[sc.tok(k)] {
		k--
	}
	if !openingHours[sc.tok(k)] {
		k-- // "open daily from 9am"
	}
	return i == owner, span{cls[r.from].start, cls[r.to].end}, openingHours[sc.tok(k)] && strings.TrimSpace(sc.gap(k)) == ","
}

// openingHours ([opening-hours]): see spanDoubt; a word of
// [range-starts] may stand between.
var openingHours = lexicon.Set("opening-hours")

// rangeHolds reports whether the sheet's time lies within a range of
// bounds (see rangeOf), read in the sheet's zone where a time gives none.
func rangeHolds(cls []clockMention, r clockRange, want facts.Clock) bool {
	for _, a := range cls[r.from].readIn(want) {
		for _, b := range cls[r.to].readIn(want) {
			length := (b - a + 1440) % 1440
			if length <= maxRangeMinutes && (want.UTC-a+1440)%1440 <= length {
				return true
			}
		}
	}
	return false
}

// maxRangeMinutes is the longest range of bounds read as one: "between
// 11 p.m. and 5 a.m." holds 02:40, "between 9am and 8am" bounds nothing.
const maxRangeMinutes = 12 * 60

// rangeEnds ([range-ends]): see rangeOf.
var rangeEnds = lexicon.Set("range-ends")

// abilityWindow reports whether the time at cl is an end of a range with a
// word of [ability-modals] before it in its clause, abilityReach words
// at most: "Residents can call the hotline between 9 a.m. and 6 p.m." is a
// window when something may be done, no moment of an event.
func abilityWindow(sent *sentence, cl clockMention) bool {
	cls := sent.clockMentions()
	for i := range cls {
		if cls[i].span != cl.span {
			continue
		}
		r, ok := rangeOf(sent, cls, i)
		if !ok {
			return false
		}
		sc, marks, start := sent.scanner(), sent.folded().marks, cls[r.from].start
		for k := start - 1; k >= 0 && k >= start-abilityReach && boundaries(marks[k], marks[start]) == 0; k-- {
			if abilityModals[sc.tok(k)] {
				return true
			}
		}
	}
	return false
}

// abilityModals ([ability-modals]): see abilityWindow.
var abilityModals = lexicon.Set("ability-modals")

// abilityReach is how many words before a range a word of
// [ability-modals] makes it a window.
const abilityReach = 8
