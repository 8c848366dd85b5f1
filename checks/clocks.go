package checks

import (
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/facts"
	"github.com/factcheck/factcheck/lexicon"
	"github.com/factcheck/factcheck/text"
)

// A clockMention is a time of day with its zone found in a sentence:
// "06:17 UTC", "6.17 a.m. GMT", "11:47 AM IST", "6 pm ET". A zone that means
// several offsets gives several readings, in minutes after midnight UTC.
type clockMention struct {
	span
	utc []int
	// local is, for a time written with no zone ("5:42 p.m.", "at 17:42"),
	// its minutes after midnight in a zone the source does not name; utc
	// is then empty.
	local    int
	zoneless bool
	offs     []int // the offsets from UTC, in minutes, that its zone may have
	// carried marks a time with no zone read in the zone of a time before
	// it in its clause (see carryZones).
	carried bool
	// textZone marks a time with no zone read in the zone the text gives
	// for all its times (see inTextZone).
	textZone bool
	// listedZone marks such a zone given by sources.yaml, not the text.
	listedZone bool
	// seasonal marks a zone written with a word of [season-zone-words]
	// ("Eastern", "ET", "Central time"): read in the sheet's season (see
	// readIn).
	seasonal bool
}

// zoneWords are the zones' abbreviations that are words too, in English or
// another language ("et", "ist", "est", "art"): they are read as zones
// only when written with a capital.
var zoneWords = lexicon.Set("zone-words")

// zoneOffsets are the time zones of the lexicon, read once.
var zoneOffsets = facts.ZoneOffsets()

// extractClocks finds the times of day in a sentence: with a zone, or
// without one when written with am or pm or with a colon ("5:42 p.m.",
// "17:42"), which a fact reads in its own zone.
// cased, when not nil, is the sentence whose case says whether a zone's
// abbreviation that is a word too is written with a capital, as it must
// be ("11 h 12 ET", not French "11 h 12 et le service").
func extractClocks(s string, toks []text.Token, cased *sentence) []clockMention {
	sc := scanner{s: s, toks: toks, cased: cased}
	var out []clockMention
	for i := 0; i < len(toks); i++ {
		if c, ok := sc.clockAt(i); ok {
			out = append(out, c)
			i = c.end - 1
		}
	}
	sc.carryZones(out)
	return out
}

// carryZones gives a time with no zone the zone of a time before it in
// its clause: "from 8:42 a.m. CET until 12:19 p.m." is 12:19 CET. A comma
// or a semicolon between ends the zone's reach ("resumed at 09:00 CET,
// while New York opened at 9:30 a.m."), and a time said to be local
// keeps none ("at 6 p.m. local time", "3.47 Uhr Ortszeit"), nor does one that a zoned time
// restates right after it ("7:30 a.m. (0530 GMT)"): that is the same
// moment.
func (sc scanner) carryZones(cls []clockMention) {
	var offs []int
	for i := range cls {
		c := &cls[i]
		if i > 0 && strings.ContainsAny(sc.s[sc.toks[cls[i-1].end-1].End:sc.toks[c.start].Start], ",;") {
			offs = nil
		}
		switch {
		case !c.zoneless && i > 0 && restates(cls[i-1], *c) && len(c.utc) == 1:
			offs = []int{restatedOffset(cls[i-1].local, c.utc[0])} // "at 7:42 a.m. (0642 GMT) ... by 7:15 p.m.": the first time's zone, which the bracket gives as UTC+1
		case !c.zoneless:
			offs = c.offs
		case offs != nil && sc.phraseAt(c.end, localTimeWords) == nil && sc.tok(c.end) != "local" && !(i+1 < len(cls) && restates(*c, cls[i+1])): // not "(3.47 Uhr Ortszeit)"
			c.inZone(offs)
			c.carried = true
		}
	}
}

// restatedOffset is the offset from UTC, in minutes, of a time with no
// zone (local, minutes after midnight) that a restatement gives as utc:
// 7:42 restated as 06:42 GMT is UTC+1. It lies between UTC-12 and UTC+14.
func restatedOffset(local, utc int) int {
	o := ((local-utc)%1440 + 1440) % 1440
	if o > 14*60 {
		o -= 1440
	}
	return o
}

// clockAt reads a time of day at token i: hours, minutes after ":" or "."
// (seconds may follow), or an hour with am or pm; then a zone, perhaps in
// brackets.
func (sc scanner) clockAt(i int) (clockMention, bool) {
	if minutes, j, ok := sc.suffixedClock(i); ok {
		return sc.zoned(i, j, minutes), true // "4.17 Uhr", "à 4 h 17", "4.17 Uhr MEZ"
	}
	minutes, j, meridiem, ok := sc.timeOfDay(i)
	wire := false
	if !ok {
		minutes, ok = sc.wireTime(i)
		j, wire = i+1, ok
	}
	if !ok {
		return clockMention{}, false
	}
	offs, end, ok := sc.zoneAt(j, meridiem)
	switch {
	case !ok && !meridiem && (spanBefore[sc.tok(i-1)] || sc.elapsedAt(i) || j > i+2 && clockWords[sc.tok(i-1)] && sc.raceClockBefore(i-1)):
		return clockMention{}, false // "won in 2:15:37", "6:41 into overtime", "stops the clock at 2:00:22": how long, no time of day
	case ok && (j > i+1 || end > j || meridiem || wire): // "from 8am to 8pm GMT", "from 0800 to 2000 GMT": the range's end gives the zone
	case !ok && (meridiem || sc.gap(i+1) == ":" && j > i+1 || wire || sc.dottedDayTime(i, j)): // "0650 local time", "at 04.47 on Monday"
		return clockMention{span: span{i, j}, local: minutes, zoneless: true}, true
	default:
		return clockMention{}, false
	}
	c := clockMention{span: span{i, end}, local: minutes, seasonal: sc.seasonalZone(j)}
	c.inZone(offs)
	return c, true
}

// dottedDayTime reports whether a time written with a dot, tokens i to j,
// is one of the 24-hour clock, as British and Spanish pages write it: after
// "at", its hour with a leading zero ("at 04.47") or past noon with "on" and
// a weekday after it ("at 15.40 on Friday"), or any hour before "on the"
// and a part of the day with "of" ("at 6.40 on the morning of 17
// September"), or any hour after "At" opening the sentence, before a
// word (after a comma too) that is no unit, no word of [clock-price-words] and no rate ("At
// 10.40 a keeper raised the alarm"; not "At 10.40 a share", "At 2.30
// each"); or opening the sentence alone or before a dash, as a live blog
// stamps its entries ("19.40 — 37 people are now confirmed dead"). "4.20
// on Friday" may be a figure, and "closed at 15.40" a price.
func (sc scanner) dottedDayTime(i, j int) bool {
	if j != i+2 || sc.gap(i+1) != "." {
		return false
	}
	if i == 0 && strings.Trim(sc.gap(0), " *_") == "" && (j == len(sc.toks) || stampDash(sc.gap(j))) {
		return true // "19.40 — 37 people are now confirmed dead": a live blog's stamp, alone or before a dash
	}
	if sc.tok(i-1) != "at" {
		return false
	}
	h := sc.tok(i)
	if sc.wordsAt(j, []string{"on", "the"}) && sc.tok(j+2) != "day" && dayParts[sc.tok(j+2)] && sc.tok(j+3) == "of" && (isDigits(sc.tok(j+4)) || isMonth(sc.tok(j+4)) || weekdayWord(sc.tok(j+4))) {
		return true // "at 6.40 on the morning of 17 September"; not "opened at 6.40 on the morning of the announcement", a price
	}
	if i == 1 && len(h) <= 2 && (plainGap(sc.gap(j)) || strings.TrimSpace(sc.gap(j)) == ",") && isLetters(sc.tok(j)) && unitLexicon.lookup(sc.tok(j)) == nil && !clockPriceWords[sc.tok(j)] && !((sc.tok(j) == "a" || sc.tok(j) == "an") && sc.aRateNoun(j+1)) {
		return true // "At 10.40 a keeper raised the alarm": opening the sentence, no figure's verb before it
	}
	return len(h) == 2 && (h[0] == '0' || h >= "13" && sc.tok(j) == "on" && (weekdayWord(sc.tok(j+1)) || isDigits(sc.tok(j+1))))
}

// stampDash reports whether the text after a figure opens with a dash,
// markup aside: "19.40 — ", "**19.40** – ".
func stampDash(g string) bool {
	g = strings.TrimLeft(g, " *_")
	return strings.HasPrefix(g, "—") || strings.HasPrefix(g, "–") || strings.HasPrefix(g, "- ")
}

// clockPriceWords ([clock-price-words]) after a figure with a dot make it a
// price or a rate, no time: "At 2.30 each", "At 2.25 times the level".
var clockPriceWords = lexicon.Set("clock-price-words")

// inZone reads a time of day in a zone of the given offsets: its readings
// in minutes after midnight UTC, one for each offset.
func (c *clockMention) inZone(offs []int) {
	c.zoneless, c.offs, c.utc = false, offs, c.utc[:0]
	for _, o := range offs {
		c.utc = append(c.utc, ((c.local-o)%1440+1440)%1440)
	}
}

// inSeason drops, from a region's zone of two offsets ("ET"), the offset a
// season rules out (drops: see seasonDrops).
func (c *clockMention) inSeason(drops map[int]int) {
	if !c.seasonal || len(c.offs) < 2 || drops == nil {
		return
	}
	var offs, utc []int // new slices: offs may be the zone table's
	for i, o := range c.offs {
		if p, ok := drops[o]; ok && slices.Contains(c.offs, p) {
			continue
		}
		offs, utc = append(offs, o), append(utc, c.utc[i])
	}
	c.offs, c.utc = offs, utc
}

// inEuropeanSeason drops, from a European country's or city's zone of two
// offsets ("heure de Paris": CET or CEST), the offset a season rules out
// (drops: see era.europeanSeason).
func (c *clockMention) inEuropeanSeason(drops map[int]int) {
	if len(c.offs) != 2 || drops == nil {
		return
	}
	a, b := c.offs[0], c.offs[1]
	if europeanStandardOffsets[a] != b && europeanStandardOffsets[b] != a {
		return
	}
	c.seasonal = true
	c.inSeason(drops)
}

// zoned returns the time of minutes at tokens i to j, with the zone after
// it when there is one, and zoneless without.
func (sc scanner) zoned(i, j, minutes int) clockMention {
	offs, end, ok := sc.zoneAt(j, false)
	if !ok {
		return clockMention{span: span{i, j}, local: minutes, zoneless: true}
	}
	c := clockMention{span: span{i, end}, local: minutes, seasonal: sc.seasonalZone(j)}
	c.inZone(offs)
	return c
}

// noonWords name twelve o'clock in the day: "noon", "midday", "midi",
// "mediodía", "mezzogiorno", "Mittag", "meio-dia".
var noonWords = lexicon.Set("noon-words")

// noonHalves ([noon-halves]) after a word of noonWords make it half past
// twelve: "mezzogiorno e mezzo", "midi et demi".
var noonHalves = phrases("noon-halves")

// noonCompounds ([noon-compounds]) joined by a hyphen before a word of
// noonWords make a part of the day, no twelve o'clock: "en fin
// d'après-midi".
var noonCompounds = lexicon.Set("noon-compounds")

// spanBefore, right before a time with no zone nor am or pm, make it how
// long something took: "won in 2:15:37".
var spanBefore = lexicon.Set("clock-span-before")

// timeOfDay reads the time of a clock at token i, without its zone. It
// returns the minutes after midnight, the token after the time, and
// whether it is written with am or pm. A bare number is no time.
func (sc scanner) timeOfDay(i int) (minutes, next int, meridiem, ok bool) {
	if noonWords[sc.tok(i)] && !noonWords[sc.tok(i-1)] && !(noonCompounds[sc.tok(i-1)] && sc.gap(i) == "-") {
		if p := sc.phraseAt(i+1, noonHalves); p != nil {
			return 12*60 + 30, i + 1 + len(p), true, true // "mezzogiorno e mezzo", "mediodía y media": half past twelve
		}
		return 12 * 60, i + 1, true, true // "at noon Eastern", "à midi": twelve, and no half to ask; not "après-midi"
	}
	h, m, j, glued, ok := sc.gluedMeridiem(i)
	if !ok {
		h, m, j, ok = sc.hoursMinutes(i)
	}
	oclock := ok && j == i+1 && sc.oclockAt(j)
	if oclock {
		j += 2 // "11 o'clock this morning": the half of the day may follow
	}
	word := false
	if !ok {
		h, m, j, ok = sc.wordClock(i)
		word = ok
	}
	if !ok {
		return 0, 0, false, false
	}
	half, k := sc.meridiem(j)
	if glued != "" {
		half, k = glued, j
	}
	if half == "" && h >= 1 && h <= 12 && (j > i+1 || dayHalfPreps[sc.tok(i-1)]) {
		half, k = sc.dayHalf(j, h) // "at 4:40 in the afternoon", "at 4 in the afternoon"
	}
	switch {
	case word && half == "":
		return 0, 0, false, false // "four o'clock", "at four": morning or afternoon
	case m > 59 || half != "" && (h < 1 || h > 12):
		return 0, 0, false, false
	case half == "" && (j == i+1 || oclock):
		return 0, 0, false, false // a bare number; "11 o'clock" with no half of the day
	case glued != "" && j == i+1 && !isDigits(strings.TrimSuffix(strings.TrimSuffix(sc.tok(i), "am"), "pm")):
		return 0, 0, false, false
	case half == "pm" && h < 12:
		h += 12
	case half == "am" && h == 12:
		h = 0
	}
	if half != "" {
		j = k
	}
	return h*60 + m, j, half != "", true
}

// hourWord reads an hour written as a word of [hour-words] at token i,
// with "o'clock" after it: "four" in "at four in the afternoon", "four
// o'clock in the afternoon", "four p.m.". It returns the hour and the
// token after it; the caller asks for the half of the day.
func (sc scanner) hourWord(i int) (h, next int, ok bool) {
	h, ok = hourWords[sc.tok(i)]
	if !ok {
		return 0, 0, false
	}
	if sc.oclockAt(i + 1) {
		return h, i + 3, true
	}
	return h, i + 1, true
}

// oclockAt reports whether "o'clock" stands at token i.
func (sc scanner) oclockAt(i int) bool {
	return sc.tok(i) == "o" && sc.tok(i+1) == "clock" && strings.Trim(sc.gap(i+1), "'’") == ""
}

// hourWords are the hours written as words: see hourWord.
var hourWords = lexicon.Ints("hour-words")

// wordClock reads a time of day written in words at token i: an hour of
// hourWord, or minutes past or to one, as British English tells the time
// ("ten to three", "a quarter past nine", "half past two", "twenty-five
// past six"; [clock-minute-words], [clock-past-words], [clock-to-words]).
// It returns the hour and minutes and the token after them; the caller
// asks for the half of the day.
func (sc scanner) wordClock(i int) (h, m, next int, ok bool) {
	k := i
	if sc.tok(k) == "a" && sc.tok(k+1) == "quarter" {
		k++ // "a quarter past"
	}
	m, ok = clockMinuteWords[sc.tok(k)]
	j := k + 1
	if units, ok2 := clockMinuteWords[sc.tok(j)]; ok && m%10 == 0 && units < 10 && ok2 && sc.gap(j) == "-" {
		m, j = m+units, j+1 // "twenty-five past": tens and units joined by a hyphen
	}
	if ok && sc.tok(j) == "minutes" {
		j++
	}
	past, to := clockPastWords[sc.tok(j)], clockToWords[sc.tok(j)]
	if !ok || !past && !to {
		h, next, ok = sc.hourWord(i)
		return h, 0, next, ok
	}
	h, ok = hourWords[sc.tok(j+1)]
	if !ok || !plainGap(sc.gap(j)) || !plainGap(sc.gap(j+1)) {
		return 0, 0, 0, false
	}
	if to {
		h, m = (h+10)%12+1, 60-m // "ten to three": 2:50; "ten to one": 12:50
	}
	return h, m, j + 2, true
}

// clockMinuteWords, clockPastWords, clockToWords: see wordClock.
var (
	clockMinuteWords = lexicon.Ints("clock-minute-words")
	clockPastWords   = lexicon.Set("clock-past-words")
	clockToWords     = lexicon.Set("clock-to-words")
)

// gluedMeridiem reads a time whose am or pm is glued to its last digits:
// "6am", "5.42am", "5:42pm". It returns the hours, the minutes, the token
// after the time and "am" or "pm".
func (sc scanner) gluedMeridiem(i int) (h, m, next int, half string, ok bool) {
	cut := func(t string) (string, string) {
		for _, hf := range []string{"am", "pm"} {
			if d, found := strings.CutSuffix(t, hf); found && d != "" && isDigits(d) {
				return d, hf
			}
		}
		return "", ""
	}
	if d, hf := cut(sc.tok(i)); hf != "" && len(d) <= 2 && sc.gap(i) != ":" && sc.gap(i) != "." {
		h, _ = strconv.Atoi(d)
		return h, 0, i + 1, hf, true // "6am"
	}
	g := sc.gap(i + 1)
	d, hf := cut(sc.tok(i + 1))
	if hf == "" || len(d) != 2 || g != ":" && g != "." || len(sc.tok(i)) > 2 || !isDigits(sc.tok(i)) || sc.gap(i) == ":" || sc.gap(i) == "." {
		return 0, 0, 0, "", false
	}
	h, _ = strconv.Atoi(sc.tok(i))
	m, _ = strconv.Atoi(d)
	return h, m, i + 2, hf, true // "5.42am"
}

// wireZones are the zones that count after wire copy's four digits.
var wireZones = lexicon.Set("wire-zones")

// gluedZoneLetters ([glued-zone-letters]) count after four digits only
// glued to them: "0821Z".
var gluedZoneLetters = lexicon.Set("glued-zone-letters")

// wireTime reads the four digits of a time as wire copy writes it, with
// a zone right after it: "0814 GMT", "1012 mountain standard time"; or
// words of [local-time-words]: "0650 local time", a time of the place.
// Without either it is a number.
func (sc scanner) wireTime(i int) (int, bool) {
	t := sc.tok(i)
	if len(t) != 4 || !isDigits(t) || !plainGap(sc.gap(i+1)) || sc.gap(i) == ":" || sc.gap(i) == "." {
		return 0, false
	}
	zone := wireZones[sc.tok(i+1)] && (!gluedZoneLetters[sc.tok(i+1)] || sc.gap(i+1) == "") // "0821Z", not "the 2024 Z series"
	if !zone && !sc.wireRangeStart(i) && sc.phraseAt(i+1, localTimeWords) == nil {
		if _, end, ok := sc.zoneAt(i+1, false); !ok || end-(i+1) < 2 {
			return 0, false // a zone written out counts too: "1012 mountain standard time"
		}
	}
	h, _ := strconv.Atoi(t[:2])
	m, _ := strconv.Atoi(t[2:])
	return h*60 + m, h <= 23 && m <= 59
}

// wireRangeStart reports whether the four digits at token i open a range
// whose end is wire copy's time with its zone: "from 0800 to 2000 GMT".
func (sc scanner) wireRangeStart(i int) bool {
	if (sc.tok(i+1) != "to" && sc.tok(i+1) != "until") || !plainGap(sc.gap(i+2)) {
		return false
	}
	_, ok := sc.wireTime(i + 2)
	return ok
}

// hoursMinutes reads the hours at token i, and the minutes after ":" or
// "." (seconds may follow) when there are, and returns the token after
// them.
func (sc scanner) hoursMinutes(i int) (h, m, next int, ok bool) {
	if t := sc.tok(i); len(t) == 0 || len(t) > 2 || !isDigits(t) {
		return 0, 0, 0, false // most words: no failed parse, which allocates its error
	}
	h, _ = strconv.Atoi(sc.tok(i))
	if h > 23 || sc.gap(i) == ":" || sc.gap(i) == "." {
		return 0, 0, 0, false
	}
	j := i + 1
	if g := sc.gap(j); (g == ":" || g == ".") && len(sc.tok(j)) == 2 && isDigits(sc.tok(j)) {
		m, _ = strconv.Atoi(sc.tok(j))
		j++
		if sc.gap(j) == ":" && len(sc.tok(j)) == 2 && isDigits(sc.tok(j)) {
			j++ // seconds
		} else if _, race := sc.hundredthsAt(i); race {
			return 0, 0, 0, false // "1:52.31": a race time, minutes, seconds and hundredths
		}
	}
	return h, m, j, true
}

// zoneAt reads the zone of a time of day at token j, perhaps in brackets,
// and returns its offsets and the token after it. The start of a range
// takes its end's zone: "9:30 AM - 10:57 AM IST".
func (sc scanner) zoneAt(j int, meridiem bool) ([]int, int, bool) {
	g := strings.TrimSpace(sc.gap(j))
	if meridiem {
		g = strings.TrimSpace(strings.TrimPrefix(g, ".")) // "a.m. UTC"
	}
	if g == "," {
		if offs, end, ok := sc.zoneNameAt(j); ok && (end >= len(sc.toks) || strings.ContainsAny(sc.gap(end), ",.;)")) {
			return offs, end, true // "à 10 h 30, heure de Paris, une mise à jour", "at 10:30, Paris time,"
		}
	}
	if g != "" && g != "(" {
		offs, ok := sc.zoneOfRangeEnd(j)
		return offs, j, ok
	}
	if offs, end, ok := sc.abbreviatedZone(j); ok {
		return offs, end, true
	}
	if zoneFillers[sc.tok(j)] && plainGap(sc.gap(j+1)) {
		if offs, end, ok := sc.zoneNameAt(j + 1); ok {
			return offs, end, true // "0h35 no horário de Brasília"
		}
	}
	if offs, end, ok := sc.zoneNameAt(j); ok {
		return offs, end, true // "3:42 a.m. Eastern Daylight Time"
	}
	if offs, end, ok := sc.cityZoneAt(j); ok {
		return offs, end, true // "02:20 in New York"
	}
	if k := sc.afterLocal(j); k > j && strings.TrimSpace(sc.gap(k)) == "(" {
		if offs, end, ok := sc.abbreviatedZone(k); ok {
			return offs, end, true // "03:42 local (CDT)", "(GMT+1)"
		}
	}
	offs, ok := sc.zoneOfRangeEnd(j)
	return offs, j, ok
}

// abbreviatedZone reads a zone's abbreviation at token j, and the offset
// glued after UTC or GMT: "CDT", "GMT+1", "UTC+05:30", "UTC-3". It returns
// the offsets and the token after the zone.
func (sc scanner) abbreviatedZone(j int) ([]int, int, bool) {
	offs, ok := zoneOffsets[sc.tok(j)]
	if !ok || zoneWords[sc.tok(j)] && !sc.capital(j) {
		return nil, j, false // "à 11 h 12 et le service": a word, not Eastern Time
	}
	sign := sc.gap(j + 1)
	if !universalZones[sc.tok(j)] || sign != "+" && sign != "-" && sign != "−" || !isDigits(sc.tok(j+1)) || len(sc.tok(j+1)) > 2 {
		return offs, j + 1, true
	}
	h, _ := strconv.Atoi(sc.tok(j + 1))
	m, end := 0, j+2
	if sc.gap(j+2) == ":" && len(sc.tok(j+2)) == 2 && isDigits(sc.tok(j+2)) {
		m, _ = strconv.Atoi(sc.tok(j + 2))
		end++
	}
	o := h*60 + m
	if sign != "+" {
		o = -o
	}
	return []int{o}, end, h <= 14 && m <= 59
}

// zoneNames are the zones written out in words, by their first word: each
// phrase's words and the abbreviation it means.
var zoneNames = func() map[string][]zoneName {
	out := make(map[string][]zoneName)
	names := lexicon.Pairs("zone-names")
	for phrase, abbr := range names {
		for _, d := range cityZoneForms(phrase) {
			if _, ok := names[d]; !ok {
				names[d] = abbr // "riga time": "ora di riga", "heure de riga"
			}
		}
	}
	for phrase, abbr := range names {
		ws := strings.Fields(phrase)
		out[ws[0]] = append(out[ws[0]], zoneName{words: ws, abbr: abbr})
	}
	for _, zs := range out {
		longestFirst(zs, func(z zoneName) []string { return z.words })
	}
	return out
}()

// cityZoneForms returns, for a zone named by a place and "time" ("riga
// time", "azores time"), the same place in the frames of other languages
// ([zone-name-frames]: "ora di riga", "heure de riga", "hora de riga");
// none for another phrase.
func cityZoneForms(phrase string) []string {
	place, ok := strings.CutSuffix(phrase, " time")
	if !ok || len(strings.Fields(place)) > 2 {
		return nil
	}
	var out []string
	for frame := range zoneNameFrames {
		out = append(out, strings.ReplaceAll(frame, "_", place))
	}
	return out
}

// zoneNameFrames ([zone-name-frames]) name a place's time in other
// languages, "_" standing for the place.
var zoneNameFrames = lexicon.Set("zone-name-frames")

// A zoneName is a zone written out in words.
type zoneName struct {
	words []string
	abbr  string
}

// zoneNameAt reads a zone written out in words at token j, the longest
// first, and returns its offsets and the token after it.
func (sc scanner) zoneNameAt(j int) ([]int, int, bool) {
	for _, z := range zoneNames[sc.tok(j)] {
		k := j
		for k-j < len(z.words) && sc.tok(k) == z.words[k-j] && (k == j || sc.gap(k) == " " || apostrophe(sc.gap(k))) { // "heure de l'Est"
			k++
		}
		if k-j == len(z.words) {
			offs, ok := abbrOffsets(z.abbr)
			return offs, k, ok
		}
	}
	if abbr, ok := zonesAlone[sc.tok(j)]; ok && (j+1 >= len(sc.toks) || strings.ContainsAny(sc.gap(j+1), ",;:.()–—") || (coordinators[sc.tok(j+1)] || sc.tok(j+1) == "on") && plainGap(sc.gap(j+1))) { // "at 9am Eastern and the packages", "at 9 a.m. Eastern on Tuesday"
		offs, ok := abbrOffsets(abbr)
		return offs, j + 1, ok // "at 2 p.m. Pacific, service", not "at 3 a.m. eastern Turkey"
	}
	return nil, j, false
}

// cityZoneAt reads "in" and a place whose time is a zone written out at
// token j ("New York time", "London time", "UK time": [zone-names]),
// perhaps after "the", and returns the zone's offsets and the token after
// the place: a time "in New York" or "in the UK" is that place's.
func (sc scanner) cityZoneAt(j int) ([]int, int, bool) {
	k := j + 1
	if sc.tok(k) == "the" && plainGap(sc.gap(k+1)) {
		k++ // "3.45pm in the UK"
	}
	if sc.tok(j) != "in" || !plainGap(sc.gap(j+1)) || !sc.capital(k) {
		return nil, j, false
	}
	for _, z := range zoneNames[sc.tok(k)] {
		place := z.words[:len(z.words)-1]
		if z.words[len(z.words)-1] != "time" || len(place) == 0 || !sc.wordsAt(k, place) {
			continue
		}
		offs, ok := abbrOffsets(z.abbr)
		return offs, k + len(place), ok
	}
	return nil, j, false
}

// zonesAlone are the words that name a zone alone right after a time, when
// its clause ends after them: "at 2 p.m. Pacific." ([zone-words-alone]).
var zonesAlone = lexicon.Pairs("zone-words-alone")

// abbrOffsets returns the offsets a zone written out in words stands for
// in [zone-names]: offsets in minutes (one zone where its abbreviation
// names several, "India Standard Time"; or several, "UK time": GMT or
// BST), or an abbreviation's.
func abbrOffsets(abbr string) ([]int, bool) {
	if offs, ok := minuteOffsets(abbr); ok {
		return offs, true
	}
	offs, ok := zoneOffsets[abbr]
	return offs, ok
}

// minuteOffsets reads offsets in minutes separated by "/": "330", "0/60".
func minuteOffsets(s string) ([]int, bool) {
	var out []int
	for _, f := range strings.Split(s, "/") {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// afterLocal returns the token after "local" or "local time" at token j,
// or j when there is none.
func (sc scanner) afterLocal(j int) int {
	if sc.tok(j) != "local" {
		return j
	}
	if sc.tok(j+1) == "time" && sc.gap(j+1) == " " {
		return j + 2
	}
	return j + 1
}

// zoneOfRangeEnd returns the zone offsets of the time that ends a range
// starting at token j: "- 10:57 AM IST", "to 11:00 UTC".
func (sc scanner) zoneOfRangeEnd(j int) ([]int, bool) {
	k, _, ok := sc.clockRangeJoin(j)
	if !ok {
		return nil, false
	}
	end, ok := sc.clockAt(k)
	if !ok || end.end < 1 {
		return nil, false
	}
	if !end.zoneless {
		return end.offs, true // "from 08:00 to 20:00 (Irish time)"
	}
	offs, ok := zoneOffsets[sc.tok(end.end-1)]
	return offs, ok
}

// clockRangeJoin reads what joins a time ending before token j to a second one
// as a range: a dash ("9am-7pm"), a word of [range-ends] ("to", "until",
// "bis", "a"), or a word of [between-joins] after a word of
// [between-words] ("between 2am and 3am", "entre las 2 y las 3", an article
// after it at most). It returns where the second time may start and
// whether the range is one of bounds (between).
func (sc scanner) clockRangeJoin(j int) (next int, between, ok bool) {
	switch {
	case rangeEnds[sc.tok(j)]:
		return j + 1, false, true
	case betweenJoins[sc.tok(j)] && sc.betweenBefore(j):
		if ppArticles[sc.tok(j+1)] || determiners[sc.tok(j+1)] {
			return j + 2, true, true
		}
		return j + 1, true, true
	}
	g := strings.TrimSpace(sc.gap(j))
	return j, false, g == "-" || g == "–"
}

// betweenBefore reports whether a word of [between-words] stands up to
// four words before token j, the "and" of a range: "between 10:38 and".
func (sc scanner) betweenBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if betweenWords[sc.tok(k)] {
			return true
		}
	}
	return false
}

// betweenWords and betweenJoins: see betweenBefore and zoneOfRangeEnd.
var betweenWords, betweenJoins = lexicon.Set("between-words"), lexicon.Set("between-joins")

// meridiem reads "am", "pm", "a.m." or "p.m." at token j, and returns
// "am" or "pm" and the token after it.
func (sc scanner) meridiem(j int) (string, int) {
	switch t := sc.tok(j); {
	case t == "am" || t == "pm":
		return t, j + 1
	case (t == "a" || t == "p") && sc.gap(j+1) == "." && sc.tok(j+1) == "m":
		return t + "m", j + 2
	}
	return "", 0
}

// dayHalves put a time with no am or pm after noon or before it ("in the
// afternoon", "in the morning"); dayHalfPreps let them do so for a bare
// hour.
var (
	pmHalves, amHalves = phrases("day-halves-pm"), phrases("day-halves-am")
	nightHalves        = phrases("day-halves-night")
	dayHalfPreps       = lexicon.Set("day-half-prepositions")
)

// dayHalf reads a phrase of dayHalves at token j, plainly after the time
// of hour h: "pm" or "am" and the token after it, or "" and 0. The night
// ("de la noche", "at night") is after noon from six to eleven, before
// it from twelve to five: "las 10:42 de la noche" is 22:42, "las 2 de la
// noche" 02:00.
func (sc scanner) dayHalf(j, h int) (string, int) {
	if !plainGap(sc.gap(j)) {
		return "", 0
	}
	if p := sc.phraseAt(j, pmHalves); p != nil {
		return "pm", j + len(p)
	}
	if p := sc.phraseAt(j, amHalves); p != nil {
		return "am", j + len(p)
	}
	if p := sc.phraseAt(j, nightHalves); p != nil {
		if h >= 6 && h <= 11 {
			return "pm", j + len(p)
		}
		return "am", j + len(p)
	}
	return "", 0
}

// clockValue writes the readings of a clock in UTC: "06:17 UTC", or "06:17
// UTC or 07:17 UTC" for a zone of several offsets; a time with no zone is
// read in the zone of the sheet's time (see readIn).
func clockValue(c clockMention, want facts.Clock) string {
	var parts []string
	for _, u := range c.readIn(want) {
		parts = append(parts, facts.UTCString(u))
	}
	return strings.Join(parts, " or ")
}

// readIn returns the clock's readings in minutes after midnight UTC, a
// time with no zone read in the zone of the sheet's time.
func (c clockMention) readIn(want facts.Clock) []int {
	if c.zoneless {
		return []int{want.FromLocal(c.local)}
	}
	drops := c.seasonDrops(want.Zone)
	if drops == nil {
		return c.utc
	}
	out := make([]int, 0, len(c.utc))
	for i, o := range c.offs {
		if p, ok := drops[o]; ok && slices.Contains(c.offs, p) {
			continue // "3:40 a.m. Eastern" in a story the sheet dates in daylight time: EDT, not EST
		}
		out = append(out, c.utc[i])
	}
	return out
}

// seasonDrops returns, for a sheet's zone that puts the story in a
// daylight-saving season or out of it, the offsets a source's zone of two
// cannot have then, each with the partner that must stand beside it among
// the zone's offsets; or nil. North America's ([daylight-zones],
// [standard-zones]) narrow the zones that name a region's standard and
// daylight time ("Eastern", "ET", "hora del este"); Europe's
// ([european-daylight-zones], [european-standard-zones]) the zones of a
// European country's or city's time ("ora italiana", "UK time").
func (c clockMention) seasonDrops(zone string) map[int]int {
	if len(c.offs) < 2 {
		return nil
	}
	z := text.Fold(zone)
	a, b := c.offs[0], c.offs[1]
	european := len(c.offs) == 2 && (europeanStandardOffsets[a] == b || europeanStandardOffsets[b] == a)
	switch {
	case c.seasonal && daylightZones[z]:
		return standardOffsets
	case c.seasonal && standardZones[z]:
		return daylightOffsets
	case european && europeanDaylightZones[z]:
		return europeanStandardOffsets
	case european && europeanStandardZones[z]:
		return europeanDaylightOffsets
	}
	return nil
}

// seasonZoneWords are the first words of the zones that seasonDrops
// narrows, and seasonZonePhrases the zones of several words: the United
// States' and Canada's regions, not Mexico's "hora del centro", which
// keeps UTC-6 all year.
var seasonZoneWords, seasonZonePhrases = lexicon.Set("season-zone-words"), phrases("season-zone-phrases")

// seasonalZone reports whether the zone at token j is one seasonDrops
// narrows: "Eastern", "ET", "hora del este".
func (sc scanner) seasonalZone(j int) bool {
	return seasonZoneWords[sc.tok(j)] || sc.phraseAt(j, seasonZonePhrases) != nil
}

// daylightZones and standardZones are the sheet's zones that put a story
// in North America's daylight-saving time or standard time;
// standardOffsets and daylightOffsets the offsets that season rules out,
// with their partners; the european ones the same for Europe.
var (
	daylightZones, standardZones     = lexicon.Set("daylight-zones"), lexicon.Set("standard-zones")
	standardOffsets, daylightOffsets = offsetPairs("standard-offsets"), offsetPairs("daylight-offsets")

	europeanDaylightZones, europeanStandardZones     = lexicon.Set("european-daylight-zones"), lexicon.Set("european-standard-zones")
	europeanStandardOffsets, europeanDaylightOffsets = offsetPairs("european-standard-offsets"), offsetPairs("european-daylight-offsets")
)

// offsetPairs reads a lexicon list of offsets in minutes, each with its
// partner.
func offsetPairs(name string) map[int]int {
	out := make(map[int]int)
	for k, v := range lexicon.Pairs(name) {
		a, errA := strconv.Atoi(k)
		b, errB := strconv.Atoi(v)
		if errA != nil || errB != nil {
			panic("lexicon: list " + name + ": " + k + "=" + v + " is no pair of offsets in minutes")
		}
		out[a] = b
	}
	return out
}

// clockAgrees reports whether a reading of the clock is the canonical
// time.
func clockAgrees(c clockMention, want facts.Clock) bool {
	for _, u := range c.readIn(want) {
		if u == want.UTC {
			return true
		}
	}
	return false
}
