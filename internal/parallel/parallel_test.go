package parallel

import (
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFor(t *testing.T) {
	tests := []struct {
		n, workers int
		reason     string
	}{
		{0, 4, "no steps: nothing runs"},
		{1, 4, "fewer steps than workers"},
		{100, 3, "more steps than workers: each runs once"},
		{5, 0, "no worker asked for: one runs them"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			runs := make([]atomic.Int32, tt.n)
			For(tt.n, tt.workers, func(i int) { runs[i].Add(1) })
			for i := range runs {
				assert.Equal(t, int32(1), runs[i].Load(), "step %d", i)
			}
		})
	}
}
