package server

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/goteach/goteach/kernel"
)

// fakeEngine runs cells written in a tiny command language, one command
// per line, so that the protocol server can be tested without the real
// engine:
//
//	echo TEXT      execute_result with text/plain TEXT
//	print TEXT     TEXT and a newline on fd 1 (through os.Stdout)
//	eprint TEXT    the same on fd 2
//	stream TEXT    kernel.Output.Stream("stdout", TEXT)
//	error          fails the cell with one error output
//	sleep          waits until interrupted, then fails with "Interrupted"
//	nap MS         sleeps MS milliseconds
//	late TEXT      prints TEXT on fd 1 from a goroutine 150 ms later
//	child TEXT     runs `echo TEXT` in a child process sharing fd 1
//	input PROMPT   reads a line with kernel.Output.Input; the result is the line
//	display TEXT   display_data with text/plain TEXT
//	clear          clear_output (wait false)
//	split          writes "é" to fd 1 in two writes, 40 ms apart
//	panic          panics
type fakeEngine struct {
	closed chan struct{}
}

func newFakeEngine() *fakeEngine { return &fakeEngine{closed: make(chan struct{})} }

func (e *fakeEngine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	fail := func(name, value string) kernel.ExecuteResult {
		ev := kernel.ErrorValue{Name: name, Value: value, Traceback: []string{name + ": " + value}}
		out.Error(ev)
		return kernel.ExecuteResult{Err: &ev}
	}
	for _, line := range strings.Split(req.Code, "\n") {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch cmd {
		case "":
		case "echo":
			out.Result(map[string]any{"text/plain": arg}, nil)
		case "print":
			fmt.Println(arg)
		case "eprint":
			fmt.Fprintln(os.Stderr, arg)
		case "stream":
			out.Stream("stdout", arg)
		case "error":
			return fail("TestError", "the cell failed")
		case "sleep":
			select {
			case <-ctx.Done():
				return fail("Interrupted", "interrupted")
			case <-time.After(20 * time.Second):
			}
		case "nap":
			var ms int
			fmt.Sscan(arg, &ms)
			time.Sleep(time.Duration(ms) * time.Millisecond)
		case "late":
			go func() {
				time.Sleep(150 * time.Millisecond)
				fmt.Println(arg)
			}()
		case "child":
			c := exec.Command("sh", "-c", "echo "+arg)
			c.Stdout = os.Stdout
			c.Stderr = os.Stderr
			if err := c.Run(); err != nil {
				return fail("ChildError", err.Error())
			}
		case "input":
			v, err := out.Input(arg, false)
			if err != nil {
				return fail("InputError", err.Error())
			}
			out.Result(map[string]any{"text/plain": v}, nil)
		case "display":
			out.Display(map[string]any{"text/plain": arg}, nil, map[string]any{"display_id": "d1"}, false)
		case "clear":
			out.ClearOutput(false)
		case "split":
			os.Stdout.Write([]byte{0xC3})
			time.Sleep(40 * time.Millisecond)
			os.Stdout.Write([]byte{0xA9, '\n'})
		case "panic":
			panic("fake engine panic")
		default:
			return fail("UnknownCommand", cmd)
		}
	}
	return kernel.ExecuteResult{}
}

// Complete counts code points, as kernel.Engine specifies.
func (e *fakeEngine) Complete(code string, cursor int) kernel.CompleteResult {
	rs := []rune(code)
	start := cursor
	for start > 0 && rs[start-1] != '.' && rs[start-1] != ' ' {
		start--
	}
	var matches []string
	for _, m := range []string{"Println", "Printf", "Sprint"} {
		if strings.HasPrefix(m, string(rs[start:cursor])) {
			matches = append(matches, m)
		}
	}
	return kernel.CompleteResult{Matches: matches, CursorStart: start, CursorEnd: cursor}
}

func (e *fakeEngine) Inspect(code string, cursor int, detailLevel int) kernel.InspectResult {
	return kernel.InspectResult{Found: true, Data: map[string]any{"text/plain": "func Println(a ...any)"}}
}

func (e *fakeEngine) IsComplete(code string) (string, string) {
	if strings.HasSuffix(strings.TrimSpace(code), "{") {
		return "incomplete", "\t"
	}
	return "complete", ""
}

func (e *fakeEngine) Reset() {}

func (e *fakeEngine) Close() {
	fmt.Fprintln(kernel.LogWriter(), "fake engine closed")
}

func (e *fakeEngine) LanguageVersion() string { return strings.TrimPrefix(runtime.Version(), "go") }
