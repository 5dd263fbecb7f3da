package server

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/goteach/goteach/kernel"
)

// recordOutput keeps what a cell sent.
type recordOutput struct {
	mu     sync.Mutex
	errors []kernel.ErrorValue
	others int
}

func (o *recordOutput) Stream(name, text string)                                 { o.other() }
func (o *recordOutput) Display(data, metadata, transient map[string]any, _ bool) { o.other() }
func (o *recordOutput) Result(data, metadata map[string]any)                     { o.other() }
func (o *recordOutput) ClearOutput(wait bool)                                    { o.other() }
func (o *recordOutput) Input(string, bool) (string, error)                       { return "", errors.New("no stdin") }
func (o *recordOutput) Flush()                                                   {}
func (o *recordOutput) other() {
	o.mu.Lock()
	o.others++
	o.mu.Unlock()
}
func (o *recordOutput) Error(e kernel.ErrorValue) {
	o.mu.Lock()
	o.errors = append(o.errors, e)
	o.mu.Unlock()
}

func TestStartingEngineWaitsForTheEngine(t *testing.T) {
	release := make(chan struct{})
	var made atomic.Int32
	s := NewStartingEngine("1.99", func() (kernel.Engine, error) {
		made.Add(1)
		<-release
		return newFakeEngine(), nil
	})
	if v := s.LanguageVersion(); v != "1.99" {
		t.Errorf("LanguageVersion = %q", v)
	}
	s.Start()
	s.Start()

	done := make(chan kernel.ExecuteResult)
	out := &recordOutput{}
	go func() { done <- s.Execute(context.Background(), kernel.ExecuteRequest{Code: "echo 1"}, out) }()
	select {
	case <-done:
		t.Fatal("Execute returned before the engine was made")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if res := <-done; res.Err != nil || out.others != 1 {
		t.Errorf("Execute after start: err %v, %d outputs", res.Err, out.others)
	}
	if st, indent := s.IsComplete("func f() {"); st != "incomplete" || indent != "\t" {
		t.Errorf("IsComplete = %q, %q", st, indent)
	}
	if c := s.Complete("fmt.Pri", 7); len(c.Matches) != 2 {
		t.Errorf("Complete = %+v", c)
	}
	if n := made.Load(); n != 1 {
		t.Errorf("the engine was made %d times", n)
	}
}

func TestStartingEngineInterruptWhileStarting(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	s := NewStartingEngine("1.99", func() (kernel.Engine, error) {
		<-release
		return newFakeEngine(), nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	out := &recordOutput{}
	res := s.Execute(ctx, kernel.ExecuteRequest{Code: "echo 1"}, out)
	if res.Err == nil || res.Err.Name != "Interrupted" {
		t.Fatalf("interrupted cell: %+v", res.Err)
	}
	if len(out.errors) != 1 || out.others != 0 {
		t.Errorf("an interrupted cell sends exactly one error output; got %d errors, %d others", len(out.errors), out.others)
	}
}

func TestStartingEngineThatFails(t *testing.T) {
	for name, make := range map[string]func() (kernel.Engine, error){
		"error": func() (kernel.Engine, error) { return nil, errors.New("no symbols") },
		"panic": func() (kernel.Engine, error) { panic("no symbols") },
	} {
		t.Run(name, func(t *testing.T) {
			s := NewStartingEngine("1.99", make)
			out := &recordOutput{}
			res := s.Execute(context.Background(), kernel.ExecuteRequest{Code: "echo 1"}, out)
			if res.Err == nil || !strings.Contains(res.Err.Value, "no symbols") || len(out.errors) != 1 {
				t.Errorf("cell with a broken engine: %+v, %d error outputs", res.Err, len(out.errors))
			}
			if st, _ := s.IsComplete("x"); st != "unknown" {
				t.Errorf("IsComplete = %q", st)
			}
			if c := s.Complete("abc", 3); len(c.Matches) != 0 || c.Matches == nil || c.CursorStart != 3 {
				t.Errorf("Complete = %+v", c)
			}
			if r := s.Inspect("abc", 3, 0); r.Found {
				t.Errorf("Inspect = %+v", r)
			}
			s.Reset()
			s.Close()
		})
	}
}

func TestStartingEngineClose(t *testing.T) {
	made := false
	s := NewStartingEngine("1.99", func() (kernel.Engine, error) { made = true; return newFakeEngine(), nil })
	s.Close()
	if made {
		t.Error("Close made an engine that was never started")
	}
	if _, err := s.Engine(); err == nil {
		t.Error("an engine closed before it started is still handed out")
	}

	fake := newFakeEngine()
	s = NewStartingEngine("1.99", func() (kernel.Engine, error) {
		time.Sleep(20 * time.Millisecond)
		return fake, nil
	})
	s.Start()
	s.Close() // waits for the engine being made, then closes it
	if eng, err := s.Engine(); err != nil || eng != kernel.Engine(fake) {
		t.Errorf("kernel.Engine after Close = %v, %v", eng, err)
	}
}
