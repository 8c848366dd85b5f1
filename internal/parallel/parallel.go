// Package parallel runs independent steps on several goroutines.
package parallel

import (
	"sync"
	"sync/atomic"
)

// For calls do for 0..n-1 on up to workers goroutines, each taking
// the next index as it is done with one.
func For(n, workers int, do func(i int)) {
	workers = max(1, min(workers, n))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				do(i)
			}
		}()
	}
	wg.Wait()
}
