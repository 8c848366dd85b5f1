// Package parallel runs independent steps on several goroutines.
package parallel

import (
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Panic is what For raises in its caller's goroutine when a step panicked:
// the step's value and the stack of the goroutine it panicked in.
type Panic struct {
	Value any
	Stack []byte
}

// Error gives the step's value and its stack, as an uncaught panic would.
func (p *Panic) Error() string {
	return fmt.Sprintf("%v\n\n%s", p.Value, p.Stack)
}

// For calls do for 0..n-1 on up to workers goroutines, each taking
// the next index as it is done with one. A panic in a step stops the
// steps not yet begun and is raised again, as a *Panic, in the caller's
// goroutine once the others are done: a caller or a test can recover it,
// where a panic left in a goroutine of its own would end the process.
func For(n, workers int, do func(i int)) {
	workers = max(1, min(workers, n))
	var next atomic.Int64
	var caught atomic.Pointer[Panic]
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if v := recover(); v != nil {
					caught.CompareAndSwap(nil, &Panic{Value: v, Stack: debug.Stack()})
				}
			}()
			for i := int(next.Add(1) - 1); i < n && caught.Load() == nil; i = int(next.Add(1) - 1) {
				do(i)
			}
		}()
	}
	wg.Wait()
	if p := caught.Load(); p != nil {
		panic(p)
	}
}
