package mpkit

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"time"
)

// AsyncResult is the result of an asynchronous pool call (ApplyAsync,
// MapAsync, StarmapAsync), like Python's AsyncResult.
type AsyncResult struct {
	pool        *Pool
	ref         funcRef
	star        bool
	mode        int
	n           int
	epoch       uint64
	outType     reflect.Type
	hasErr      bool
	chunksize   int
	callback    reflect.Value
	errCallback func(error)
	iter        *IMapIterator

	mu          sync.Mutex
	results     reflect.Value
	left        int
	err         error
	cancelEpoch uint64
	done        chan struct{}
	finished    bool
}

func (r *AsyncResult) cancelled(epoch uint64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cancelEpoch != 0 && epoch >= r.cancelEpoch
}

func (r *AsyncResult) cancelFrom(m uint64) {
	r.mu.Lock()
	if r.cancelEpoch == 0 || m < r.cancelEpoch {
		r.cancelEpoch = m
	}
	r.mu.Unlock()
}

// deliver stores the results of one chunk.
func (r *AsyncResult) deliver(ch *chunk, v reflect.Value) {
	if v.Kind() != reflect.Slice || v.Len() != ch.n {
		r.fail(ch, fmt.Errorf("mpkit: a worker returned %d results for %d tasks", lenOf(v), ch.n))
		return
	}
	r.mu.Lock()
	var conv error
	if v.Type() == r.results.Type() {
		// The worker sent the result type itself: one copy for the chunk.
		reflect.Copy(r.results.Slice(ch.index, ch.index+ch.n), v)
	} else {
		conv = r.deliverEach(ch, v)
	}
	if conv != nil {
		r.mu.Unlock()
		r.fail(ch, fmt.Errorf("mpkit: a result does not fit %s: %w", r.outType, conv))
		return
	}
	if r.iter != nil {
		r.iter.put(ch.index, r.results.Slice(ch.index, ch.index+ch.n), nil)
	}
	r.left--
	last := r.left == 0
	r.mu.Unlock()
	// After r.mu is released: the pool's lock is taken before a result's,
	// never after.
	r.pool.noteDone(ch.n)
	if last {
		r.finish()
	}
}

// deliverEach stores a chunk's results one by one, converting each to the
// result type.
func (r *AsyncResult) deliverEach(ch *chunk, v reflect.Value) error {
	for i := 0; i < ch.n; i++ {
		x, err := convertTo(v.Index(i), r.outType)
		if err != nil {
			return err
		}
		r.results.Index(ch.index + i).Set(x)
	}
	return nil
}

func lenOf(v reflect.Value) int {
	if v.Kind() == reflect.Slice {
		return v.Len()
	}
	return -1
}

// fail records a chunk's failure; the call's error is the first one.
func (r *AsyncResult) fail(ch *chunk, err error) {
	r.mu.Lock()
	if r.err == nil {
		r.err = err
	}
	if r.iter != nil {
		r.iter.put(ch.index, reflect.Value{}, err)
	}
	r.left--
	last := r.left == 0
	r.mu.Unlock()
	r.pool.noteDone(ch.n)
	if last {
		r.finish()
	}
}

func (r *AsyncResult) finish() {
	r.mu.Lock()
	if r.finished {
		r.mu.Unlock()
		return
	}
	r.finished = true
	err := r.err
	r.mu.Unlock()
	if r.iter != nil {
		r.iter.end()
	}
	// As in CPython, the callback runs before the result is ready:
	// Get, Wait and Ready return after it (a program that ends right
	// after Get has seen its output).
	var run func()
	cb, ecb := r.callback, r.errCallback
	switch {
	case err != nil && ecb != nil:
		run = func() { ecb(err) }
	case err == nil && cb.IsValid():
		v := r.value()
		run = func() { callCallback(cb, v) }
	}
	if run == nil {
		close(r.done)
		return
	}
	r.pool.callback(func() {
		defer close(r.done)
		defer func() {
			// A panicking callback is reported, not fatal: the result
			// stays available and the process goes on.
			if p := recover(); p != nil {
				fmt.Fprintf(os.Stderr, "panic in a Pool callback: %v\n", p)
			}
		}()
		run()
	})
}

func callCallback(cb reflect.Value, v any) {
	t := cb.Type()
	if t.NumIn() != 1 {
		return
	}
	arg := reflect.ValueOf(v)
	if !arg.IsValid() {
		arg = reflect.Zero(t.In(0))
	} else if x, err := convertTo(arg, t.In(0)); err == nil {
		arg = x
	} else {
		return
	}
	cb.Call([]reflect.Value{arg})
}

func (r *AsyncResult) value() any {
	if r.mode == modeSingle {
		return r.results.Index(0).Interface()
	}
	return r.results.Interface()
}

// Get waits for the call to finish and returns its result: the value of
// an Apply, the slice of a Map. If the call failed it panics with the
// error (a *RemoteError for a task that panicked), as Python's get()
// raises; use GetTimeout to have the error returned.
func (r *AsyncResult) Get() any {
	<-r.done
	if r.err != nil {
		panic(r.err)
	}
	return r.value()
}

// GetTimeout waits at most d for the result. It returns an error wrapping
// ErrTimeout when the call has not finished by then, or the call's error.
func (r *AsyncResult) GetTimeout(d time.Duration) (any, error) {
	if !waitTimeout(r.done, max(d, 0)) {
		return nil, fmt.Errorf("%w after %v waiting for %s", ErrTimeout, d, r.ref.Name)
	}
	if r.err != nil {
		return nil, r.err
	}
	return r.value(), nil
}

// Wait waits until the result is ready, or until the timeout passes when
// one is given; it reports whether the result is ready.
func (r *AsyncResult) Wait(timeout ...time.Duration) bool {
	d := time.Duration(-1)
	if len(timeout) > 0 {
		d = max(timeout[0], 0)
	}
	return waitTimeout(r.done, d)
}

// Ready reports whether the call has finished.
func (r *AsyncResult) Ready() bool { return waitTimeout(r.done, 0) }

// Successful reports whether the call finished without error. It panics if
// the call has not finished (Python's ValueError "not ready").
func (r *AsyncResult) Successful() bool {
	if !r.Ready() {
		panic(&Error{Op: "AsyncResult.Successful", What: "the result is not ready", Hint: "call Wait or Get first", Err: ErrNotReady})
	}
	return r.err == nil
}

// IMapIterator yields the results of Imap and ImapUnordered.
type IMapIterator struct {
	res     *AsyncResult
	ordered bool

	mu    sync.Mutex
	cond  *sync.Cond
	queue []iterItem // results (or errors) ready to be yielded
	stash map[int]reflect.Value
	fails map[int]error
	next  int
	ended bool
}

type iterItem struct {
	v   any
	err error
}

func (it *IMapIterator) put(index int, vals reflect.Value, err error) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if !it.ordered {
		if err != nil {
			it.queue = append(it.queue, iterItem{err: err})
		} else {
			for i := 0; i < vals.Len(); i++ {
				it.queue = append(it.queue, iterItem{v: vals.Index(i).Interface()})
			}
		}
		it.cond.Broadcast()
		return
	}
	if err != nil {
		if it.fails == nil {
			it.fails = map[int]error{}
		}
		it.fails[index] = err
	} else {
		it.stash[index] = vals
	}
	for {
		if e, ok := it.fails[it.next]; ok {
			delete(it.fails, it.next)
			it.queue = append(it.queue, iterItem{err: e})
			it.next = it.skipChunk(it.next)
			continue
		}
		v, ok := it.stash[it.next]
		if !ok {
			break
		}
		delete(it.stash, it.next)
		for i := 0; i < v.Len(); i++ {
			it.queue = append(it.queue, iterItem{v: v.Index(i).Interface()})
		}
		it.next += v.Len()
	}
	it.cond.Broadcast()
}

// skipChunk returns the index after the chunk that starts at i.
func (it *IMapIterator) skipChunk(i int) int {
	cs := it.res.chunksize
	if cs <= 0 {
		cs = 1
	}
	return min(i+cs, it.res.n)
}

func (it *IMapIterator) end() {
	it.mu.Lock()
	it.ended = true
	it.cond.Broadcast()
	it.mu.Unlock()
}

// Next returns the next result and true, or nil and false when all
// results have been yielded. It panics with the task's error when the
// next task failed, as Python's next() raises.
func (it *IMapIterator) Next() (any, bool) {
	v, ok, err := it.NextTimeout(-1)
	if err != nil {
		panic(err)
	}
	return v, ok
}

// NextTimeout is Next with a timeout: it returns an error wrapping
// ErrTimeout if no result comes within d (d < 0 waits forever), or the
// failed task's error.
func (it *IMapIterator) NextTimeout(d time.Duration) (any, bool, error) {
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	it.mu.Lock()
	defer it.mu.Unlock()
	for len(it.queue) == 0 {
		if it.ended {
			return nil, false, nil
		}
		if d < 0 {
			it.cond.Wait()
			continue
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil, false, fmt.Errorf("%w waiting for the next result", ErrTimeout)
		}
		t := time.AfterFunc(left, func() { it.mu.Lock(); it.cond.Broadcast(); it.mu.Unlock() })
		it.cond.Wait()
		t.Stop()
	}
	x := it.queue[0]
	it.queue = it.queue[1:]
	if x.err != nil {
		return nil, false, x.err
	}
	return x.v, true, nil
}

// convertTo makes v a value of type t: as is, through an interface, or by
// a numeric conversion.
func convertTo(v reflect.Value, t reflect.Type) (reflect.Value, error) {
	for v.IsValid() && v.Kind() == reflect.Interface && t.Kind() != reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() {
		return reflect.Zero(t), nil
	}
	v = unboxed(v, t)
	switch {
	case v.Type() == t:
		return v, nil
	case v.Type().AssignableTo(t):
		x := reflect.New(t).Elem()
		x.Set(v)
		return x, nil
	case convertibleKinds(v.Kind(), t.Kind()) || (v.Kind() == t.Kind() && v.Type().ConvertibleTo(t)):
		return v.Convert(t), nil
	}
	return reflect.Value{}, fmt.Errorf("a %s does not fit %s", v.Type(), t)
}

// unboxed returns the value a notebook's box holds when v is one and t,
// not an interface type, is not v's: the goteach kernel holds a value of
// a declared non-struct type in an interface as a struct whose one
// embedded field, tagged gt:"box main.T", is the value (its reflect type
// is otherwise its underlying type's). Else v.
func unboxed(v reflect.Value, t reflect.Type) reflect.Value {
	if t == nil || t.Kind() == reflect.Interface || !v.IsValid() || v.Type() == t || v.Kind() != reflect.Struct || v.NumField() != 1 {
		return v
	}
	f := v.Type().Field(0)
	if !f.Anonymous || !strings.HasPrefix(f.Tag.Get("gt"), "box ") || !f.Type.AssignableTo(t) || !v.Field(0).CanInterface() {
		return v
	}
	return v.Field(0)
}
