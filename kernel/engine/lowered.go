package engine

import (
	"context"
	"errors"
	"fmt"
	"github.com/goteach/goteach/kernel"
	"io"
	"log"
	"math"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/goteach/goteach/internal/layout"
	"github.com/goteach/goteach/kernel/cellrt/cellenc"
	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"github.com/goteach/goteach/kernel/cellrt/generic"
	"github.com/goteach/goteach/kernel/cellrt/reflectview"
)

// The run-time side of lowered cells (kernel/frontend): the funcs the
// lowered code calls through the hook package as __gt.Name.

// exitError is how a cell that called os.Exit ends.
type exitError struct{ code int }

// Error reads as the go command reports a program's exit.
func (e exitError) Error() string { return "exit status " + strconv.Itoa(e.code) }

// goexitError is how a cell that called runtime.Goexit ends.
type goexitError struct{}

// Error says what happened.
func (goexitError) Error() string {
	return "runtime.Goexit was called: the cell stopped there (its deferred calls ran)"
}

// goPanicError is how a cell ends when a goroutine panics while it runs:
// in Go the panic ends the program, so the cell ends there (its deferred
// calls do not run), with the goroutine's panic as its error; the session
// goes on.
type goPanicError struct{ ev kernel.ErrorValue }

// Error is the panic's message.
func (e goPanicError) Error() string { return e.ev.Value }

// cellHooks is the running cell's state that lowered code reaches.
type cellHooks struct {
	mu     sync.Mutex
	cancel context.CancelCauseFunc // ends the running cell
	defers []func()                // the cell's top-level deferred calls
	// panicking holds the value of the panic that ended the cell's
	// statements while its top-level deferred calls run: a recover
	// there returns it (see sessionIO.hookRecovered).
	panicking *pendingPanic
	// recovered are the values recover returned in calls that have not
	// returned since (see hookRecovered): a panic such a call raises
	// crashes with them before it, as Go prints "panic: A [recovered]".
	recovered []any
	// deferring is the goroutine running the cell's top-level deferred
	// calls, after its statements (0: none).
	deferring uint64
}

// setDeferring records the goroutine that runs the top-level deferred
// calls (0 when they are done).
func (h *cellHooks) setDeferring(g uint64) {
	h.mu.Lock()
	h.deferring = g
	h.mu.Unlock()
}

// isDeferring reports whether goroutine g runs the top-level deferred
// calls.
func (h *cellHooks) isDeferring(g uint64) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return g != 0 && h.deferring == g
}

// noteRecovered records a value recover returned.
func (h *cellHooks) noteRecovered(v any) {
	h.mu.Lock()
	h.recovered = append(h.recovered, v)
	h.mu.Unlock()
}

// recoverReturned forgets the recovered values: a func that called
// recover returned normally, so the panics are over.
func (h *cellHooks) recoverReturned() {
	h.mu.Lock()
	h.recovered = nil
	h.mu.Unlock()
}

// recoveredValues returns the recovered values still on the way of a
// panic.
func (h *cellHooks) recoveredValues() []any {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]any(nil), h.recovered...)
}

// pendingPanic is a panic of a cell's statements, not yet recovered.
type pendingPanic struct {
	value     any
	recovered bool
}

// hasDefers reports whether the running cell deferred calls at its top
// level.
func (h *cellHooks) hasDefers() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.defers) > 0
}

// setPanicking makes p the panic the top-level deferred calls see (nil:
// none).
func (h *cellHooks) setPanicking(p *pendingPanic) {
	h.mu.Lock()
	h.panicking = p
	h.mu.Unlock()
}

// takePanic recovers the pending panic: its value, once.
func (h *cellHooks) takePanic() (any, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	p := h.panicking
	if p == nil || p.recovered {
		return nil, false
	}
	p.recovered = true
	return p.value, true
}

// begin starts a cell; it returns the context the cell runs under.
func (h *cellHooks) begin(ctx context.Context) context.Context {
	ctx, cancel := context.WithCancelCause(ctx)
	h.mu.Lock()
	h.cancel, h.defers, h.recovered = cancel, nil, nil
	h.mu.Unlock()
	return ctx
}

// end finishes a cell and returns its top-level deferred calls, last
// first.
func (h *cellHooks) end() []func() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.cancel != nil {
		h.cancel(nil)
	}
	h.cancel = nil
	ds := h.defers
	h.defers = nil
	out := make([]func(), 0, len(ds))
	for i := len(ds) - 1; i >= 0; i-- {
		out = append(out, ds[i])
	}
	return out
}

// stop ends the running cell with cause.
func (h *cellHooks) stop(cause error) bool {
	h.mu.Lock()
	cancel := h.cancel
	h.mu.Unlock()
	if cancel == nil {
		return false
	}
	cancel(cause)
	return true
}

// hookExit is os.Exit in cells: the cell ends at once with "exit status
// n" and no deferred call runs, as in Go; the kernel stays up. The
// calling goroutine never returns (it stays parked), which is what keeps
// the deferred calls from running.
//
// In a child process (a Replica) it ends the process with that code: it
// panics with "os.Exit(n)", which the child's host turns into the exit
// (workerhost.Host.ExitCode), after the child's own clean-up.
func (s *sessionIO) hookExit(code int) {
	if s.child {
		panic("os.Exit(" + strconv.Itoa(code) + ")")
	}
	if s.cell.isDeferring(layout.Goroutine()) {
		// A top-level deferred call, run by the engine after the cell's
		// statements: it unwinds to runDeferred, which ends the cell.
		panic(exitError{code})
	}
	if !s.cell.stop(exitError{code}) {
		fmt.Fprintf(s.stderr, "os.Exit(%d) called after its cell ended: this goroutine stops, the session goes on\n", code)
	}
	select {}
}

// hookSelectNoCases is select {} in cells: the calling goroutine blocks
// for good, in the state Go names "select (no cases)" when the program
// deadlocks (the interpreter's own select waits for the cell's end too,
// and is a plain "select"). A cell ended while it waits here leaves the
// goroutine parked, as os.Exit does.
func (s *sessionIO) hookSelectNoCases() { select {} }

// hookWaitGroupGo is sync.WaitGroup.Go in cells: the goroutine it starts
// is one of the cell's, as a go statement's is (counted, known to the
// deadlock check, its panic reported instead of ending the kernel).
func (s *sessionIO) hookWaitGroupGo(wg *sync.WaitGroup, f func()) {
	s.hookGoStart()
	wg.Add(1)
	go func() {
		defer func() {
			s.hookGoDone()
			if r := recover(); r != nil {
				// As Go 1.25's WaitGroup.Go: no Done, which would let
				// Wait return while the panic ends the program, and
				// the panic is raised again.
				s.hookGoPanic(repanic{r})
				return
			}
			wg.Done()
		}()
		s.hookGoBegin()
		f()
	}()
}

// repanic is the value of a panic that compiled code recovered and
// raised again (WaitGroup.Go's), which Go names "[recovered,
// repanicked]".
type repanic struct{ v any }

// hookAfterFunc is time.AfterFunc in cells: f runs in a goroutine of
// the program's (see goFunc).
func (s *sessionIO) hookAfterFunc(d time.Duration, f func()) *time.Timer {
	return time.AfterFunc(d, s.goFunc(f))
}

// hookContextAfterFunc is context.AfterFunc in cells: f runs in a
// goroutine of the program's (see goFunc).
func (s *sessionIO) hookContextAfterFunc(ctx context.Context, f func()) (stop func() bool) {
	return context.AfterFunc(ctx, s.goFunc(f))
}

// goFunc wraps f, which compiled code runs in a goroutine it starts (a
// timer's func), as a go statement's goroutine: counted while it runs,
// and its panic ends the cell as Go ends the program, where it would
// have ended the kernel.
func (s *sessionIO) goFunc(f func()) func() {
	return func() {
		s.hookGoStart()
		defer func() {
			s.hookGoDone()
			if r := recover(); r != nil {
				s.hookGoPanic(r)
			}
		}()
		s.hookGoBegin()
		f()
	}
}

// hookGoexit is runtime.Goexit in cells: the deferred calls run and the
// cell stops where it is (a goroutine the cell started stops alone).
func (s *sessionIO) hookGoexit() {
	if s.inCellGoroutine() {
		// A goroutine the cell started: it alone ends, as in Go.
		s.hookGoDone()
		runtime.Goexit()
	}
	s.cell.stop(goexitError{})
	runtime.Goexit()
}

// hookDefer defers f to the end of the running cell (a defer statement
// at the cell's top level).
func (s *sessionIO) hookDefer(f func()) {
	s.cell.mu.Lock()
	s.cell.defers = append(s.cell.defers, f)
	s.cell.mu.Unlock()
}

// hookDeferCall defers the call of f with args (evaluated now) to the
// end of the running cell; spread passes the last argument as the
// variadic slice.
func (s *sessionIO) hookDeferCall(spread bool, f any, args ...any) {
	fv := reflect.ValueOf(f)
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		t := paramType(fv.Type(), i, spread)
		if a == nil {
			in[i] = reflect.Zero(t)
		} else {
			in[i] = reflect.ValueOf(a)
		}
	}
	if t := fv.Type(); !spread && t.IsVariadic() && len(in) == t.NumIn()-1 {
		// Nothing for the variadic parameter: Go passes nil, where
		// Call would make an empty slice.
		in = append(in, reflect.Zero(t.In(t.NumIn()-1)))
		spread = true
	}
	s.hookDefer(func() {
		if spread {
			fv.CallSlice(in)
		} else {
			fv.Call(in)
		}
	})
}

// paramType is the type of argument i of a call of a func of type t.
func paramType(t reflect.Type, i int, spread bool) reflect.Type {
	if t.IsVariadic() && i >= t.NumIn()-1 {
		if spread {
			return t.In(t.NumIn() - 1)
		}
		return t.In(t.NumIn() - 1).Elem()
	}
	return t.In(i)
}

// hookStash keeps v under key until the next statement of the cell
// reads it (hookUnstash).
func (s *sessionIO) hookStash(key string, v any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stash == nil {
		s.stash = map[string]any{}
	}
	s.stash[key] = v
}

// hookUnstash returns the value kept under key.
func (s *sessionIO) hookUnstash(key string) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stash[key]
}

// hookRecovered is recover in cells: r is what the interpreter's recover
// returned. A top-level deferred call of a cell recovers the panic that
// ended the cell's statements, as a deferred call of main does.
func (s *sessionIO) hookRecovered(r any) any {
	if r == nil {
		if v, ok := s.cell.takePanic(); ok {
			if te, ok := v.(*TypeAssertionError); ok && s.assertOperand != nil {
				te.msg = s.assertOperand(te.msg)
			}
			s.cell.noteRecovered(v)
			return v
		}
		return nil
	}
	// The frames the recovered panic unwound are no traceback's: a
	// later panic's starts afresh.
	s.stderr.takeFrames()
	v := s.recovered(r)
	s.cell.noteRecovered(v)
	return v
}

// recovered is the package's recovered, with the operand's interface
// named in a failed type assertion's message as the engine knows it.
func (s *sessionIO) recovered(r any) any {
	v := recovered(r)
	if te, ok := v.(*TypeAssertionError); ok && s.assertOperand != nil {
		te.msg = s.assertOperand(te.msg)
	}
	return v
}

// hookCaught is recover in the catch the front end gives a deferred
// literal of a chain of deferred calls (see kernel/frontend's
// lower_deferchain.go): the panic is kept to be raised again, not
// recovered.
func (s *sessionIO) hookCaught(r any, site int) any {
	s.stderr.catch(site)
	return s.recovered(r)
}

func init() {
	// A panic of a cell's String method that fmtview calls reads as
	// Go's (%!v(PANIC=String method: runtime error: ...)).
	fmtview.Recovered = recovered
}

// recovered is the value recover returns as Go gives it: the
// interpreter wraps a panic's value in a reflect.Value.
func recovered(r any) any {
	if v, ok := r.(reflect.Value); ok && v.IsValid() && v.CanInterface() {
		r = v.Interface()
	}
	// The interpreter's own failures stand for Go's run-time errors.
	var msg string
	switch v := r.(type) {
	case runtime.Error:
		if m, ok := typeNamed(strings.TrimPrefix(v.Error(), "runtime error: ")); ok {
			return errorString(m)
		}
		return r
	case error:
		msg = v.Error()
	case string:
		msg = v
	default:
		return r
	}
	if m := posPrefix.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
	}
	if strings.HasPrefix(msg, "interface conversion: ") {
		return &TypeAssertionError{msg: fmtview.AssertMessage(msg)}
	}
	if _, ok := r.(string); ok {
		if m := stringRuntimeError(msg); plainRuntimeError(m) {
			return plainError(m)
		} else if m != "" {
			return errorString(m)
		}
	}
	if m, ok := typeNamed(msg); ok && !strings.Contains(msg, "stdlib._") {
		return errorString(m)
	}
	if m := nilRuntimeError(msg); m != "" {
		return errorString(m)
	}
	return r
}

// stringRuntimeError returns Go's run-time error message (without
// "runtime error: ") for a string the interpreter panics with where Go
// fails at run time, or "".
func stringRuntimeError(v string) string {
	switch {
	case v == "reflect.MakeSlice: negative len":
		// make with a length out of range, through reflect.
		return "makeslice: len out of range"
	case v == "reflect.MakeSlice: negative cap", v == "reflect.MakeSlice: len > cap":
		// (Go blames the capacity when the length is in range.)
		return "makeslice: cap out of range"
	case v == "reflect.MakeChan: negative buffer size":
		return "makechan: size out of range"
	case strings.HasPrefix(v, "reflect: slice index out of range"), strings.HasPrefix(v, "reflect: array index out of range"),
		strings.HasPrefix(v, "reflect: string index out of range"):
		// The interpreter indexes through reflect.
		return "index out of range"
	case strings.HasPrefix(v, "reflect.Value.Slice: slice index out of bounds"), strings.HasPrefix(v, "reflect.Value.Slice3: slice index out of bounds"):
		return "slice bounds out of range"
	}
	return ""
}

// typeNamed rewrites Go's run-time error about a type that cannot be
// compared or hashed (comparing two interfaces holding it, or using it
// as a map key) to name the type as the session declares it, where the
// interpreter's message spells the struct it builds ("hash of unhashable
// type: struct { Xa int; ... }" for main.T). It reports whether msg was
// such an error.
func typeNamed(msg string) (string, bool) {
	for _, p := range []string{"comparing uncomparable type ", "hash of unhashable type: ", "hash of unhashable type "} {
		if t, ok := strings.CutPrefix(msg, p); ok {
			return strings.TrimRight(p, ": ") + " " + fmtview.NameOf(t), true
		}
	}
	return msg, false
}

// nilRuntimeError returns Go's message for a panic of the interpreter
// that reaches through a nil pointer with reflect, or calls a nil func
// (or a method value of a nil pointer, or a method of a nil interface
// value that was passed to a func before: "method not found", which a
// type-checked cell meets no other way), or "".
func nilRuntimeError(v string) string {
	if strings.HasPrefix(v, "reflect: call of reflect.Value.") && strings.HasSuffix(v, "on zero Value") ||
		strings.HasPrefix(v, "method not found: ") ||
		strings.Contains(v, "reflect: call of reflect.Value.Elem on zero Value") ||
		strings.HasSuffix(v, "call of nil function") || v == "reflect: Call using zero Value argument" ||
		v == "reflect: Method on nil interface value" || v == "reflect: indirection through nil pointer to embedded struct" {
		return "invalid memory address or nil pointer dereference"
	}
	return ""
}

// TypeAssertionError is Go's run-time error for a failed type assertion,
// as recover returns it in cells.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }

// RuntimeError marks it as a run-time error.
func (*TypeAssertionError) RuntimeError() {}

// errorString is Go's run-time error with a fixed message (a nil
// dereference), as recover returns it in cells.
type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks it as a run-time error.
func (errorString) RuntimeError() {}

// plainError is Go's run-time error whose message Go prints without
// "runtime error: " (see plainRuntimeError), as recover returns it in
// cells.
type plainError string

func (e plainError) Error() string { return string(e) }

// RuntimeError marks it as a run-time error.
func (plainError) RuntimeError() {}

// typedNilError is the error of a nil pointer converted to an interface
// of the standard library where the interpreter made no wrapper that
// could hold it (see typedNilIn).
type typedNilError struct{ ptr, iface string }

func (e typedNilError) Error() string {
	return "a nil " + e.ptr + " stored in " + article(e.iface) + e.iface + ": in Go the " + e.iface +
		" is not nil (it holds a nil pointer, a \"typed nil\"), which the notebook's interpreter cannot represent; use a literal nil where no value is meant"
}

// article is "a " or "an " for a type name.
func article(name string) string {
	if name != "" && strings.ContainsRune("aeiouAEIOU", rune(name[0])) {
		return "an "
	}
	return "a "
}

// hookLocalNamed registers by its Go name a type a func declares that is
// not a struct (type L []C in main), whose values the front end
// describes by that name; under describes its underlying type's elements
// (see fmtview.TypeInfo.Under). A func running the declaration again
// finds it registered.
func (s *sessionIO) hookLocalNamed(name, under string) {
	if info := fmtview.LookupName(name); info != nil && (!info.Local || info.Under == under) {
		return
	}
	info := fmtview.RegisterNamed(fmtview.TypeInfo{Name: name, Under: under, Local: true})
	s.mu.Lock()
	defer s.mu.Unlock()
	s.localTypes = append(s.localTypes, info)
}

// typedNil stops the cell: see typedNilError.
func typedNil(ptr, iface string) { panic(typedNilError{ptr, iface}) }

// hookLocalType registers the struct type a func declares, of which v is
// a value, as desc describes it (see the front end's localTypeViews).
// The registration goes when the engine closes.
func (s *sessionIO) hookLocalType(v any, desc string) {
	info := fmtview.DescInfo(reflect.TypeOf(v), desc)
	if info == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !slices.Contains(s.localTypes, info) {
		s.localTypes = append(s.localTypes, info)
	}
}

// pending is recover in a deferred literal of a func whose deferred
// calls are chained (the front end's deferChain): a panic an earlier
// deferred call raised, held in *p, is the newest and is returned (and
// cleared) before r, what the interpreter's recover returned.
func pending(p *any, r any) any {
	if p != nil && *p != nil {
		v := *p
		*p = nil
		return v
	}
	return r
}

// typedNilIn returns a nil pointer of a session type held in an interface
// of the standard library, as Go holds it: a non-nil interface whose
// methods run with the nil receiver. model is the interpreter's wrapper
// for a non-nil pointer of the same type converted to that interface (a
// struct whose field IValue holds the value and whose func fields W<name>
// run its methods); the copy returned holds nilPtr instead, and the
// methods given as pairs of a name and a func bound to it. Where the
// interpreter made no such wrapper, the cell stops with typedNilError
// (ptr and iface name the types for it).
func typedNilIn(model, nilPtr any, ptr, iface string, methods ...any) any {
	mv := reflect.ValueOf(model)
	if mv.Kind() != reflect.Struct || mv.NumField() == 0 || mv.Type().Field(0).Name != "IValue" {
		typedNil(ptr, iface)
	}
	w := reflect.New(mv.Type()).Elem()
	w.Field(0).Set(reflect.ValueOf(&nilPtr).Elem())
	for i := 0; i+1 < len(methods); i += 2 {
		name, _ := methods[i].(string)
		f := w.FieldByName("W" + name)
		fn := reflect.ValueOf(methods[i+1])
		if !f.IsValid() || !fn.IsValid() || !fn.Type().AssignableTo(f.Type()) {
			typedNil(ptr, iface)
		}
		f.Set(fn)
	}
	return w.Interface()
}

func (s *sessionIO) logFatal(msg string) {
	s.logs.std.Output(3, msg) //nolint:errcheck
	s.hookExit(1)
}

// ifaceEqual is == on two interface values, or on two values of a struct
// or array type that holds interfaces (see generic.Equal).
func ifaceEqual(a, b any) bool {
	return generic.Equal(reflect.ValueOf(&a).Elem(), reflect.ValueOf(&b).Elem())
}

// rangeContinued is the panic of a range-over-func iterator that calls
// yield after the loop ended, as Go reports it (a runtime.errorString).
const rangeContinued = errorString("range function continued iteration after function for loop body returned false")

// rangeRecovered is the panic of a range-over-func iterator that
// recovered its loop body's panic and returned.
const rangeRecovered = errorString("range function recovered a loop body panic and did not resume panicking")

// rangeRecoveredAt is rangeRecovered raised after the loop of site
// (frontend.Site, on the loop's closing brace, where Go names it).
type rangeRecoveredAt struct {
	errorString
	site int
}

// hookTable returns the hook package's funcs for lowered code.
func (s *sessionIO) hookTable() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Exit":                     reflect.ValueOf(s.hookExit),
		"SelectNoCases":            reflect.ValueOf(s.hookSelectNoCases),
		"GoNilFunc":                reflect.ValueOf(s.hookGoNilFunc),
		"SyscallExec":              reflect.ValueOf(s.hookSyscallExec),
		"MutexUnlock":              reflect.ValueOf(s.hookMutexUnlock),
		"RWMutexUnlock":            reflect.ValueOf(s.hookRWMutexUnlock),
		"RWMutexRUnlock":           reflect.ValueOf(s.hookRWMutexRUnlock),
		"Mark":                     reflect.ValueOf(s.mark),
		"Push":                     reflect.ValueOf(s.push),
		"Pop":                      reflect.ValueOf(s.pop),
		"Goexit":                   reflect.ValueOf(s.hookGoexit),
		"Defer":                    reflect.ValueOf(s.hookDefer),
		"DeferCall":                reflect.ValueOf(s.hookDeferCall),
		"Print":                    reflect.ValueOf(func(args ...any) { builtinPrint(s.stderr, false, args) }),
		"Println":                  reflect.ValueOf(func(args ...any) { builtinPrint(s.stderr, true, args) }),
		"LogAt":                    reflect.ValueOf(s.hookLogAt),
		"LogFatal":                 reflect.ValueOf(func(v ...any) { s.logFatal(fmt.Sprint(v...)) }),
		"LogFatalf":                reflect.ValueOf(func(f string, v ...any) { s.logFatal(fmt.Sprintf(f, v...)) }),
		"LogFatalln":               reflect.ValueOf(func(v ...any) { s.logFatal(fmt.Sprintln(v...)) }),
		"WaitGroupGo":              reflect.ValueOf(s.hookWaitGroupGo),
		"AfterFunc":                reflect.ValueOf(s.hookAfterFunc),
		"ContextAfterFunc":         reflect.ValueOf(s.hookContextAfterFunc),
		"LoggerFatal":              reflect.ValueOf(func(l *log.Logger, v ...any) { l.Output(2, fmt.Sprint(v...)); s.hookExit(1) }),               //nolint:errcheck
		"LoggerFatalf":             reflect.ValueOf(func(l *log.Logger, f string, v ...any) { l.Output(2, fmt.Sprintf(f, v...)); s.hookExit(1) }), //nolint:errcheck
		"LoggerFatalln":            reflect.ValueOf(func(l *log.Logger, v ...any) { l.Output(2, fmt.Sprintln(v...)); s.hookExit(1) }),             //nolint:errcheck
		"Stash":                    reflect.ValueOf(s.hookStash),
		"Unstash":                  reflect.ValueOf(s.hookUnstash),
		"TypedNil":                 reflect.ValueOf(typedNil),
		"TypedNilIn":               reflect.ValueOf(typedNilIn),
		"Pending":                  reflect.ValueOf(pending),
		"Handoff":                  reflect.ValueOf(s.handoffs.hand),
		"Handed":                   reflect.ValueOf(s.handoffs.handed),
		"Recovered":                reflect.ValueOf(s.hookRecovered),
		"Caught":                   reflect.ValueOf(s.hookCaught),
		"RecoverReturned":          reflect.ValueOf(s.cell.recoverReturned),
		"RangeContinued":           reflect.ValueOf(func() error { return rangeContinued }),
		"RangeRecovered":           reflect.ValueOf(func(site int) error { return rangeRecoveredAt{rangeRecovered, site} }),
		"FMin":                     reflect.ValueOf(fmin),
		"FMax":                     reflect.ValueOf(fmax),
		"Clear":                    reflect.ValueOf(clearValue),
		"PanicValue":               reflect.ValueOf(panicValue),
		"Generic":                  reflect.ValueOf(callGeneric),
		"Args":                     reflect.ValueOf(printArgs),
		"ErrorfArgs":               reflect.ValueOf(fmtview.ErrorfArgs),
		"SprintArgs":               reflect.ValueOf(fmtview.SprintArgs),
		"LocalType":                reflect.ValueOf(s.hookLocalType),
		"LocalBox":                 reflect.ValueOf(fmtview.LocalBox),
		"LocalNamed":               reflect.ValueOf(s.hookLocalNamed),
		"CompositeBox":             reflect.ValueOf(fmtview.CompositeBox),
		"CompositeOpen":            reflect.ValueOf(fmtview.CompositeOpen),
		"Index":                    reflect.ValueOf(s.checkIndex),
		"Ran":                      reflect.ValueOf(s.ran),
		"IndexU":                   reflect.ValueOf(s.checkIndexU),
		"ShiftCount":               reflect.ValueOf(s.shiftCount),
		"SliceHigh":                reflect.ValueOf(sliceHigh),
		"SliceLow":                 reflect.ValueOf(sliceLow),
		"SliceMax":                 reflect.ValueOf(sliceMax),
		"ArrayLen":                 reflect.ValueOf(arrayLen),
		"TypeOf":                   reflect.ValueOf(func(p any) reflect.Type { return reflect.TypeOf(p).Elem() }),
		"UnsafePointer":            reflect.ValueOf((*unsafe.Pointer)(nil)),
		"UnboxPointer":             reflect.ValueOf(fmtview.UnboxPointer),
		"UnboxPointers":            reflect.ValueOf(fmtview.UnboxPointers),
		"As":                       reflect.ValueOf(fmtview.As),
		"GoSyntax":                 reflect.ValueOf(fmtview.GoSyntax),
		"Pointer":                  reflect.ValueOf(fmtview.Pointer),
		"ErrorsAs":                 reflect.ValueOf(errorsAs),
		"ErrorsIsIn":               reflect.ValueOf(errorsIsIn),
		"ErrorsUnwrap":             reflect.ValueOf(errorsUnwrap),
		"ErrMethods":               reflect.ValueOf((*errMethods)(nil)),
		"HasMethods":               reflect.ValueOf(hasMethods),
		"SetIface":                 reflect.ValueOf(setIface),
		"Held":                     reflect.ValueOf(&errHeld).Elem(),
		"Orig":                     reflect.ValueOf(orig),
		"IfaceKey":                 reflect.ValueOf(ifaceKey),
		"Rewrap":                   reflect.ValueOf(rewrap),
		"ExecStart":                reflect.ValueOf(execStart),
		"ExecRun":                  reflect.ValueOf(execRun),
		"BinaryWrite":              reflect.ValueOf(binaryWrite),
		"BinaryRead":               reflect.ValueOf(binaryRead),
		"GobEncode":                reflect.ValueOf(gobEncode),
		"GobDecode":                reflect.ValueOf(gobDecode),
		"ExecOutput":               reflect.ValueOf(execOutput),
		"ExecCombinedOutput":       reflect.ValueOf(execCombinedOutput),
		"IfaceEqual":               reflect.ValueOf(ifaceEqual),
		"AssertFailed":             reflect.ValueOf(func(msg string) { panic(&TypeAssertionError{msg: msg}) }),
		"AssertIface":              reflect.ValueOf(assertIface),
		"AsError":                  reflect.ValueOf(func(e error) error { return e }),
		"AsStringer":               reflect.ValueOf(func(s fmt.Stringer) fmt.Stringer { return s }),
		"AsWriter":                 reflect.ValueOf(func(w io.Writer) io.Writer { return w }),
		"CellFS":                   reflect.ValueOf(cellFS),
		"FlagValue":                reflect.ValueOf(flagValue),
		"TypeName":                 reflect.ValueOf(typeName),
		"Sprintf":                  reflect.ValueOf(fmtview.Sprintf),
		"State":                    reflect.ValueOf((*fmt.State)(nil)),
		"Mutex":                    reflect.ValueOf((*sync.Mutex)(nil)),
		"ReflectTypeOf":            reflect.ValueOf(reflectview.TypeOf),
		"DeepEqual":                reflect.ValueOf(reflectview.DeepEqual),
		"ReflectName":              reflect.ValueOf(reflectview.Name),
		"ReflectString":            reflect.ValueOf(reflectview.String),
		"ReflectPkgPath":           reflect.ValueOf(reflectview.PkgPath),
		"ReflectField":             reflect.ValueOf(reflectview.Field),
		"ReflectFieldByName":       reflect.ValueOf(reflectview.FieldByName),
		"ReflectValueConvert":      reflect.ValueOf(reflectview.Convert),
		"ReflectVisibleFields":     reflect.ValueOf(reflectview.VisibleFields),
		"ReflectNumMethod":         reflect.ValueOf(reflectview.NumMethod),
		"ReflectMethod":            reflect.ValueOf(reflectview.Method),
		"ReflectMethodByName":      reflect.ValueOf(reflectview.MethodByName),
		"ReflectValueString":       reflect.ValueOf(reflectview.ValueString),
		"ReflectInner":             reflect.ValueOf(reflectview.Inner),
		"ReflectUnder":             reflect.ValueOf(reflectview.Under),
		"ReflectValueFieldByName":  reflect.ValueOf(reflectview.ValueFieldByName),
		"ReflectValueField":        reflect.ValueOf(reflectview.ValueField),
		"ReflectValueNumMethod":    reflect.ValueOf(reflectview.ValueNumMethod),
		"ReflectValueMethod":       reflect.ValueOf(reflectview.ValueMethod),
		"ReflectValueMethodByName": reflect.ValueOf(reflectview.ValueMethodByName),
		"JSONMarshal":              reflect.ValueOf(cellenc.Marshal),
		"JSONMarshalIndent":        reflect.ValueOf(cellenc.MarshalIndent),
		"JSONUnmarshal":            reflect.ValueOf(cellenc.Unmarshal),
		"JSONEncode":               reflect.ValueOf(cellenc.Encode),
		"JSONDecode":               reflect.ValueOf(cellenc.Decode),
		"JSONAs":                   reflect.ValueOf(cellenc.As),
		"SlogValue":                reflect.ValueOf(cellenc.SlogValue),
		"SlogValuer":               reflect.ValueOf(cellenc.SlogValuer),
		"XMLMarshal":               reflect.ValueOf(cellenc.XMLMarshal),
		"XMLMarshalIndent":         reflect.ValueOf(cellenc.XMLMarshalIndent),
		"XMLUnmarshal":             reflect.ValueOf(cellenc.XMLUnmarshal),
		"XMLEncode":                reflect.ValueOf(cellenc.XMLEncode),
		"XMLDecode":                reflect.ValueOf(cellenc.XMLDecode),
		"UnsafeString":             reflect.ValueOf(unsafeString),
		"UnsafeStringData":         reflect.ValueOf(unsafeStringData),
		"UnsafeSlice":              reflect.ValueOf(unsafeSlice),
		"UnsafeSliceData":          reflect.ValueOf(unsafeSliceData),
		"FieldAddr":                reflect.ValueOf(fieldAddr),
		"NilDeref":                 reflect.ValueOf(nilDeref),
		"TemplateData":             reflect.ValueOf(cellenc.Data),
		"TemplateFunc":             reflect.ValueOf(cellenc.Func),
		"TemplateExecute":          reflect.ValueOf(cellenc.Execute),
		"TemplateExecuteTemplate":  reflect.ValueOf(cellenc.ExecuteTemplate),
		"HTMLExecute":              reflect.ValueOf(cellenc.HTMLExecute),
		"HTMLExecuteTemplate":      reflect.ValueOf(cellenc.HTMLExecuteTemplate),
	}
}

// boundsError is Go's run-time error for an index out of range.
type boundsError struct{ msg string }

func (e boundsError) Error() string { return "runtime error: " + e.msg }

// RuntimeError marks it as a run-time error.
func (boundsError) RuntimeError() {}

// checkIndex returns i when it indexes a sequence of length n, and
// panics as Go does otherwise; it records that the index operation at
// site ran, for the traceback's line.
func (s *sessionIO) checkIndex(site, i, n int) int {
	s.tick++
	s.sites[site] = s.tick
	if i < 0 {
		panic(boundsError{"index out of range [" + strconv.Itoa(i) + "]"})
	}
	if i >= n {
		panic(boundsError{"index out of range [" + strconv.Itoa(i) + "] with length " + strconv.Itoa(n)})
	}
	return i
}

// mark records that site ran (see frontend.Site).
func (s *sessionIO) mark(site int) {
	s.tick++
	s.sites[site] = s.tick
}

// push records that the self call of site starts (see
// frontend.SelfCallKind).
func (s *sessionIO) push(site int) {
	if d := s.depth; d >= 0 && d < len(s.calls) {
		s.calls[d] = site
	}
	s.depth++
}

// pop records that the self call of site returned: its push is dropped,
// with what a recovered panic left above it.
func (s *sessionIO) pop(site int) {
	for s.depth > 0 && s.depth <= len(s.calls) && s.calls[s.depth-1] != site {
		s.depth--
	}
	if s.depth > 0 {
		s.depth--
	}
}

// ran records that site ran, for a loop's condition (see the front
// end's siteMarks), and reports true.
func (s *sessionIO) ran(site int) bool {
	s.mark(site)
	return true
}

// checkIndexU is checkIndex for an index of an unsigned 64-bit type,
// which Go names as it is however large.
func (s *sessionIO) checkIndexU(site int, i uint64, n int) int {
	if i > math.MaxInt {
		s.tick++
		s.sites[site] = s.tick
		panic(boundsError{"index out of range [" + strconv.FormatUint(i, 10) + "] with length " + strconv.Itoa(n)})
	}
	return s.checkIndex(site, int(i), n)
}

// shiftCount returns n, the count of a shift at site, and panics as Go
// does when it is negative, the site recorded as run.
func (s *sessionIO) shiftCount(site int, n int64) uint64 {
	s.tick++
	s.sites[site] = s.tick
	if n < 0 {
		panic(errorString("negative shift amount"))
	}
	return uint64(n)
}

// rewrap returns the interpreter's wrapper w of a value in an interface
// of the standard library (a struct whose first field IValue holds the
// value, the others its methods) holding v itself. For a value of a
// session struct type the interpreter puts the struct's last field
// there, so that asserting the interface back to the struct's type
// (err.(MyErr), errors.As, a type switch) failed.
func rewrap(w, v any) any {
	rv := reflect.ValueOf(w)
	if rv.Kind() != reflect.Struct || rv.NumField() == 0 || rv.Type().Field(0).Name != "IValue" || v == nil {
		return w
	}
	c := reflect.New(rv.Type()).Elem()
	c.Set(rv)
	c.Field(0).Set(reflect.ValueOf(&v).Elem())
	return c.Interface()
}

// orig returns what an interpreter's interface wrapper holds, so that
// the interpreter can assert it to its own type again after compiled
// code (fmt.Errorf's %w) held it.
func orig(x any) any {
	if v := wrapped(x); v.IsValid() && v.CanInterface() {
		return v.Interface()
	}
	return x
}

// ifaceKey returns the value a value of a cell's interface type holds,
// as a map keyed by an interface keys it: the interpreter's value of the
// interface hashes as itself, so that m[s] missed the entry of the value
// s held.
func ifaceKey(x any) any {
	if u := fmtview.Unwrapped(x); u.IsValid() && u.CanInterface() {
		return u.Interface()
	}
	return x
}

// wrapped returns the value an interpreter's interface wrapper holds
// (a struct whose first field IValue holds it), or the value itself.
func wrapped(x any) reflect.Value {
	v := reflect.ValueOf(x)
	for {
		if v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct {
			if e := v.Elem(); e.NumField() > 0 && e.Type().Field(0).Name == "IValue" {
				v = e
			}
		}
		if v.Kind() == reflect.Struct && v.NumField() > 0 && v.Type().Field(0).Name == "IValue" {
			v = v.Field(0)
			if v.Kind() == reflect.Interface {
				v = v.Elem()
			}
			continue
		}
		return v
	}
}

// typeName is what %T prints for v: name when the front end knew the
// static type, else the dynamic type as the session names it.
func typeName(v any, name string) string {
	if name != "" {
		return name
	}
	if v == nil {
		return "<nil>"
	}
	t := reflect.TypeOf(v)
	if _, isErr := v.(error); isErr && t.PkgPath() == runtimeErrors {
		// The run-time errors lowered code raises stand for Go's own
		// (other types of this package, as cellFlag, hold a session
		// value, named below).
		return "runtime." + t.Name()
	}
	if _, isErr := v.(error); isErr && t.Kind() == reflect.Pointer && t.Elem().PkgPath() == runtimeErrors {
		return "*runtime." + t.Elem().Name()
	}
	return fmtview.TypeNameOf(v)
}

// assertIface panics as Go does when v, not nil, is asserted to the
// interface type named iface, whose methods (in the order Go looks for
// them) it lacks some of: with the first one it lacks.
func assertIface(v any, iface, methods string) {
	name := typeName(v, "")
	m := fmtview.MissingMethod(v, strings.Split(methods, ","))
	if m == "" {
		// It has them all: Go's assertion holds, the interpreter's
		// fails.
		panic(errors.New("interface conversion: " + name + " implements " + iface + ", but the notebook's interpreter cannot put a value of a compiled type in an interface type the program declares; assert to the concrete type, or to an interface of the standard library"))
	}
	panic(&TypeAssertionError{msg: "interface conversion: " + name + " is not " + iface + ": missing method " + m})
}

// runtimeErrors is the package of the run-time error types above.
var runtimeErrors = reflect.TypeOf(boundsError{}).PkgPath()

// sliceHigh returns hi when s[lo:hi] is in range for a sequence of
// capacity max (byLen: of length max, a string's or an array's, which
// Go's message names), and panics as Go does otherwise.
func sliceHigh(lo, hi, max int, byLen bool) int {
	what := "capacity"
	if byLen {
		what = "length"
	}
	switch {
	case hi < 0: // (a negative bound's message names no length)
		panic(boundsError{"slice bounds out of range [:" + strconv.Itoa(hi) + "]"})
	case hi > max:
		panic(boundsError{"slice bounds out of range [:" + strconv.Itoa(hi) + "] with " + what + " " + strconv.Itoa(max)})
	case lo < 0:
		panic(boundsError{"slice bounds out of range [" + strconv.Itoa(lo) + ":]"})
	case lo > hi:
		panic(boundsError{"slice bounds out of range [" + strconv.Itoa(lo) + ":" + strconv.Itoa(hi) + "]"})
	}
	return hi
}

// sliceMax returns max when s[lo:hi:max] is in range for a slice of
// capacity c (byLen: an array of length c), and panics as Go does
// otherwise (checking max, then hi, then lo).
func sliceMax(lo, hi, max, c int, byLen bool) int {
	what := "capacity"
	if byLen {
		what = "length"
	}
	switch {
	case max < 0: // (a negative bound's message names no other)
		panic(boundsError{"slice bounds out of range [::" + strconv.Itoa(max) + "]"})
	case max > c:
		panic(boundsError{"slice bounds out of range [::" + strconv.Itoa(max) + "] with " + what + " " + strconv.Itoa(c)})
	case hi < 0:
		panic(boundsError{"slice bounds out of range [:" + strconv.Itoa(hi) + ":]"})
	case hi > max:
		panic(boundsError{"slice bounds out of range [:" + strconv.Itoa(hi) + ":" + strconv.Itoa(max) + "]"})
	case lo < 0:
		panic(boundsError{"slice bounds out of range [" + strconv.Itoa(lo) + "::]"})
	case lo > hi:
		panic(boundsError{"slice bounds out of range [" + strconv.Itoa(lo) + ":" + strconv.Itoa(hi) + ":]"})
	}
	return max
}

// arrayLen returns n, the length of a slice converted to an array of
// length want, and panics as Go does when the slice is too short.
func arrayLen(n, want int) int {
	if n < want {
		panic(boundsError{"cannot convert slice with length " + strconv.Itoa(n) + " to array or pointer to array with length " + strconv.Itoa(want)})
	}
	return n
}

// sliceLow returns lo when s[lo:] is in range for length n.
func sliceLow(lo, n int) int {
	if lo < 0 {
		panic(boundsError{"slice bounds out of range [" + strconv.Itoa(lo) + ":]"})
	}
	if lo > n {
		panic(boundsError{"slice bounds out of range [" + strconv.Itoa(lo) + ":" + strconv.Itoa(n) + "]"})
	}
	return lo
}

// fmin is Go's min for floats: NaN wins, -0 is less than +0.
func fmin(a, b float64) float64 {
	switch {
	case math.IsNaN(a) || math.IsNaN(b):
		return math.NaN()
	case a == 0 && b == 0:
		if math.Signbit(a) {
			return a
		}
		return b
	case b < a:
		return b
	}
	return a
}

// fmax is Go's max for floats: NaN wins, +0 is greater than -0.
func fmax(a, b float64) float64 {
	switch {
	case math.IsNaN(a) || math.IsNaN(b):
		return math.NaN()
	case a == 0 && b == 0:
		if math.Signbit(a) {
			return b
		}
		return a
	case b > a:
		return b
	}
	return a
}

// panicValue is the value panic(v) panics with: Go 1.21 and later make
// a nil one a *runtime.PanicNilError.
func panicValue(v any) any {
	if v == nil {
		return new(runtime.PanicNilError)
	}
	return v
}

// clearValue is the builtin clear: a map loses its entries, a slice's
// elements become zero.
func clearValue(x any) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		v.Clear()
	}
}

// builtinPrint is the builtin print/println: to standard error, in the
// runtime's own formats (floats as strconv's shortest 'g', since Go
// 1.26).
func builtinPrint(w io.Writer, ln bool, args []any) {
	var b []byte
	for i, a := range args {
		if ln && i > 0 {
			b = append(b, ' ')
		}
		b = appendPrint(b, a)
	}
	if ln {
		b = append(b, '\n')
	}
	w.Write(b) //nolint:errcheck
}

func appendPrint(b []byte, a any) []byte {
	if a == nil {
		return append(b, "(0x0,0x0)"...)
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(b, v.Uint(), 10)
	case reflect.Float32:
		return strconv.AppendFloat(b, v.Float(), 'g', -1, 32)
	case reflect.Float64:
		return strconv.AppendFloat(b, v.Float(), 'g', -1, 64)
	case reflect.Complex64:
		return append(b, strconv.FormatComplex(v.Complex(), 'g', -1, 64)...)
	case reflect.Complex128:
		return append(b, strconv.FormatComplex(v.Complex(), 'g', -1, 128)...)
	case reflect.String:
		return append(b, v.String()...)
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return append(b, fmt.Sprintf("%#x", v.Pointer())...)
	case reflect.Slice:
		return append(b, fmt.Sprintf("[%d/%d]%#x", v.Len(), v.Cap(), v.Pointer())...)
	}
	return append(b, fmt.Sprintf("(%v)", a)...)
}

// genericImpl runs a generic standard-library function for lowered
// code; see callGeneric.
var genericImpl = generic.Call

// callGeneric runs the generic standard-library function name with the
// type arguments targs (typed nil pointers) on args.
func callGeneric(name string, targs []any, args ...any) []any {
	if genericImpl == nil {
		panic(errors.New(name + " is not available in this notebook"))
	}
	returned := false
	defer func() {
		if !returned {
			// It panics (slices.Grow(s, -1)): the traceback names the
			// line calling it (see compiledCallee).
			genericPanicked.Store(name)
		}
	}()
	r := genericImpl(name, targs, args...)
	returned = true
	return r
}

// genericPanicked is the name of the standard generic func ("slices.Grow")
// whose call by callGeneric panicked last.
var genericPanicked atomic.Value

// argsImpl prepares fmt's operands; see printArgs.
var argsImpl = fmtview.Args

// printArgs returns fmt's operands with the session's own types made to
// print as compiled Go prints them.
func printArgs(args ...any) []any {
	if argsImpl == nil {
		return args
	}
	return argsImpl(args...)
}

var _ = os.Stderr
