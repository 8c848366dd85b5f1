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

// A step's panic reaches the caller, with the step's value, and no step
// begins after it: on one worker, the steps after the panicking one never run.
func TestForPanic(t *testing.T) {
	var ran atomic.Int32
	defer func() {
		p, ok := recover().(*Panic)
		if assert.True(t, ok, "the caller recovers a *Panic") {
			assert.Equal(t, "step 2", p.Value)
			assert.Contains(t, p.Error(), "step 2")
			assert.Contains(t, string(p.Stack), "parallel")
		}
		assert.Equal(t, int32(3), ran.Load(), "steps 0, 1 and 2 ran; 3 and 4 did not")
	}()
	For(5, 1, func(i int) {
		ran.Add(1)
		if i == 2 {
			panic("step 2")
		}
	})
	t.Fatal("For returned after a step panicked")
}
