package server

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/goteach/goteach/kernel"
)

// StartingEngine is an kernel.Engine that is made on another goroutine, so that
// a kernel can listen and answer kernel_info at once while a slow engine
// (an interpreter with the symbol tables of every importable package)
// is still being set up. Requests that need the engine wait for it:
// Execute until it is ready or the cell is interrupted, the others until
// it is ready. If the engine cannot be made, every cell fails with an
// error that says why, and the kernel keeps answering.
type StartingEngine struct {
	version string
	make    func() (kernel.Engine, error)

	once  sync.Once
	ready chan struct{} // closed when eng or err is set
	eng   kernel.Engine
	err   error
}

var _ kernel.Engine = (*StartingEngine)(nil)

// NewStartingEngine returns an engine that calls newEngine on its own
// goroutine when Start is called, or when the first request needs it.
// languageVersion is what LanguageVersion reports meanwhile (and after:
// it must be the version the engine reports).
func NewStartingEngine(languageVersion string, newEngine func() (kernel.Engine, error)) *StartingEngine {
	return &StartingEngine{version: languageVersion, make: newEngine, ready: make(chan struct{})}
}

// Start begins making the engine, once; it does not wait.
func (s *StartingEngine) Start() {
	s.once.Do(func() { go s.build() })
}

func (s *StartingEngine) build() {
	defer close(s.ready)
	defer func() {
		if r := recover(); r != nil {
			kernel.Logf("making the engine panicked: %v\n%s", r, debug.Stack())
			s.eng, s.err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	eng, err := s.make()
	if err == nil && eng == nil {
		err = fmt.Errorf("no engine")
	}
	if err != nil {
		kernel.Logf("cannot start the Go engine: %v", err)
	}
	s.eng, s.err = eng, err
}

// Ready is closed once the engine has been made (or has failed to be).
func (s *StartingEngine) Ready() <-chan struct{} { return s.ready }

// kernel.Engine waits for the engine and returns it, or why it could not be
// made.
func (s *StartingEngine) Engine() (kernel.Engine, error) {
	s.Start()
	<-s.ready
	return s.eng, s.err
}

// Execute waits for the engine, then runs the cell. An interrupt while
// waiting ends the cell with an "Interrupted" error.
func (s *StartingEngine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	s.Start()
	select {
	case <-s.ready:
	case <-ctx.Done():
		return failCell(out, "Interrupted", "interrupted while the Go engine was starting")
	}
	if s.err != nil {
		return failCell(out, "EngineError", "the Go engine could not start: "+s.err.Error())
	}
	return s.eng.Execute(ctx, req, out)
}

func failCell(out kernel.Output, name, value string) kernel.ExecuteResult {
	ev := kernel.ErrorValue{Name: name, Value: value, Traceback: []string{name + ": " + value}}
	out.Error(ev)
	return kernel.ExecuteResult{Err: &ev}
}

// Complete waits for the engine, then completes; with no engine there
// are no matches.
func (s *StartingEngine) Complete(code string, cursor int) kernel.CompleteResult {
	if eng, err := s.Engine(); err == nil {
		return eng.Complete(code, cursor)
	}
	return kernel.CompleteResult{Matches: []string{}, CursorStart: cursor, CursorEnd: cursor}
}

// Inspect waits for the engine, then inspects; with no engine nothing is
// found.
func (s *StartingEngine) Inspect(code string, cursor int, detailLevel int) kernel.InspectResult {
	if eng, err := s.Engine(); err == nil {
		return eng.Inspect(code, cursor, detailLevel)
	}
	return kernel.InspectResult{}
}

// IsComplete waits for the engine, then asks it; with no engine the
// answer is "unknown".
func (s *StartingEngine) IsComplete(code string) (status, indent string) {
	if eng, err := s.Engine(); err == nil {
		return eng.IsComplete(code)
	}
	return "unknown", ""
}

// Reset waits for the engine, then resets it.
func (s *StartingEngine) Reset() {
	if eng, err := s.Engine(); err == nil {
		eng.Reset()
	}
}

// Close waits for an engine that is being made, then closes it. An
// engine that was never started is not made just to be closed.
func (s *StartingEngine) Close() {
	started := true
	s.once.Do(func() {
		started = false
		s.err = fmt.Errorf("closed before it started")
		close(s.ready)
	})
	if !started {
		return
	}
	<-s.ready
	if s.eng != nil {
		s.eng.Close()
	}
}

// LanguageVersion is the version given to NewStartingEngine; it does not
// wait for the engine.
func (s *StartingEngine) LanguageVersion() string { return s.version }
