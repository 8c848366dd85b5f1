package checks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExtractClocks(t *testing.T) {
	tests := []struct {
		text, want string
		why        string
	}{
		{"It went out at 04:09 UTC.", "04:09 UTC=04:09 UTC", "hours, minutes and a zone"},
		{"It went out at 4.09 a.m. GMT on Friday.", "4.09 a.m. GMT=04:09 UTC", "a dot, a.m. and GMT"},
		{"It went out at 9:39 AM IST.", "9:39 AM IST=04:09 UTC or 07:39 UTC or 08:39 UTC", "IST reads three ways"},
		{"It went out at 12:09 a.m. EDT.", "12:09 a.m. EDT=04:09 UTC", "12 a.m. is midnight"},
		{"It went out at 6 pm ET.", "6 pm ET=22:00 UTC or 23:00 UTC", "an hour with pm; ET is EDT or EST"},
		{"It went out at 04:09 (UTC).", "04:09 (UTC=04:09 UTC", "a zone in brackets"},
		{"It went out at 04:09:50 UTC.", "04:09:50 UTC=04:09 UTC", "seconds"},
		{"It went out at 04:09.", "", "a time without a zone names no moment"},
		{"It ran from 9:30 AM - 10:57 AM IST.", "9:30 AM=04:00 UTC or 07:30 UTC or 08:30 UTC; 10:57 AM IST=05:27 UTC or 08:57 UTC or 09:57 UTC", "the start of a range takes its end's zone"},
		{"The score was 4.09 in total.", "", "a decimal is no time"},
		{"Some 6 people saw it.", "", "a number is no time"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			src := parseText(t, tt.text, published("2024-07-20"))
			var got []string
			for _, sent := range src.Sentences {
				for _, c := range sent.clockMentions() {
					got = append(got, says(src, sent, c.span)+"="+clockValue(c))
				}
			}
			assert.Equal(t, tt.want, strings.Join(got, "; "), "%q", tt.text)
		})
	}
}

func TestTimeFacts(t *testing.T) {
	sheet := "facts:\n  - id: release\n    claim: The update went out at 04:09 UTC.\n    time: 04:09 UTC\n    about: [update | released]\n"
	tests := []struct {
		text, want string
		why        string
	}{
		{"The update was released at 9:39 a.m. IST.", "agrees", "the same moment in another zone"},
		{"The update was released at 00:09 EDT.", "agrees", "and in New York"},
		{"The update was released at 9:30 AM IST.", "contradicts", "nine minutes off"},
		{"The update was released at 19:00 UTC.", "contradicts", "another time"},
		{"The update was released at 04:09.", "silent", "no zone, no moment"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := run(t, sheet, testSource{"s", tt.text, "2024-07-20"})
			assert.Equal(t, tt.want, string(r.cellAt(0, 0).Verdict), "%q", tt.text)
		})
	}
}
