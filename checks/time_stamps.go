package checks

// stampedEntries times the located sentences that give no time of their
// own by the stamp of the live blog's entry they stand in, for a time
// fact whose cell found nothing sure: "14:20" alone on its line, then
// "The judge has begun reading the verdict."; or "14:20 — The court is
// seated. The judge has begun reading the verdict." The stamp agrees when
// it is the sheet's time; another is unsure, never a contradiction, as a
// post is written after what it tells. A sentence of a forecast or a plan
// is not timed so, and each stamp counts once.
func (m *matcher) stampedEntries(c *Cell, src *reading, anchors [][]span) {
	used := make(map[int]bool)
	for k := range anchors {
		sent := &src.sents[k]
		if anchors[k] == nil || len(sent.clockMentions()) > 0 || sent.hasAny(forecastWords) {
			continue
		}
		head, _, ok := entryStampAt(src, sent)
		if !ok || used[head.index] {
			continue
		}
		used[head.index] = true
		inTextZone(src, head) // "All times BST.", or sources.yaml's zone:
		cl := head.clockMentions()[0]
		fd := m.finding(src, head, cl.span)
		tk, _ := m.value.(timeKind)
		want := tk.want(m.fact, cl)
		fd.Value, fd.Agrees, fd.Kind = clockValue(cl, want), clockAgrees(cl, want), "different-time"
		fd.How = joinHow("no time of its own in the sentence at "+src.Pos(sent.Start).String()+": the stamp of its live blog's entry times it", zoneHow(m.fact, src, cl, want))
		if !fd.Agrees {
			fd.Unsure, fd.How = true, joinHow(fd.How, "unsure: a post is written after what it tells, which may have happened earlier")
		}
		m.tracef("%s: %q gives no time of its own; the stamp of its entry gives %s", src.Pos(sent.Start), sent.Text(), fd.Value)
		c.Findings = append(c.Findings, fd)
	}
}
