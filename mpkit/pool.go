package mpkit

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"sync"
	"syscall"
	"time"

	"github.com/goteach/goteach/mpkit/internal/codec"
	"github.com/goteach/goteach/mpkit/internal/ctl"
)

// Pool is a pool of worker processes that run tasks, like Python's
// multiprocessing.Pool:
//
//	pool := mp.NewPool(2)
//	fmt.Println(pool.Map(job, mp.Range(10)))
//
// Tasks are top-level funcs, as for Process. A task that panics makes its
// result fail with a *RemoteError carrying the worker's traceback. A
// worker that dies while running a task (killed, or the task called
// os.Exit) makes that task fail with ErrWorkerDied and is replaced, so a
// pool never hangs on a lost task.
type Pool struct {
	size     int
	maxTasks int
	initRef  *funcRef
	initArgs []any
	initType reflect.Type

	mu       sync.Mutex
	state    int
	workers  map[*poolWorker]bool
	pending  []*chunk
	nextID   uint64
	spawning int
	allGone  *sync.Cond // signalled when a worker leaves

	epoch uint64 // when the pool was made (see CancelSince)

	progress func(done, total int) // see OnProgress
	tasksIn  int                   // items submitted (for progress)
	tasksOut int                   // items finished

	cbMu      sync.Mutex
	cbq       []func() // callbacks, run one at a time in completion order
	cbRunning bool
}

const (
	poolRunning = iota
	poolClosed
	poolTerminated
)

// PoolOption configures NewPool.
type PoolOption func(*Pool)

// Initializer makes every worker run f(args...) when it starts (Python's
// initializer and initargs). f must be a top-level func.
func Initializer(f any, args ...any) PoolOption {
	return func(p *Pool) {
		ref, fv, err := refFor("NewPool", f)
		if err != nil {
			panic(err)
		}
		checkArity("NewPool", ref.Name, fv.Type(), len(args))
		p.initRef, p.initArgs, p.initType = &ref, args, fv.Type()
	}
}

// MaxTasksPerChild replaces a worker after it has run n chunks of tasks
// (Python's maxtasksperchild). n must be positive.
func MaxTasksPerChild(n int) PoolOption {
	return func(p *Pool) {
		if n <= 0 {
			panic(misuse("NewPool", "maxtasksperchild must be a positive int", "pass n ≥ 1, or leave the option out"))
		}
		p.maxTasks = n
	}
}

// NewPool starts a pool of processes workers; 0 means one per CPU (Python's
// Pool() without an argument). A negative count panics.
func NewPool(processes int, opts ...PoolOption) *Pool {
	if processes < 0 {
		panic(misuse("NewPool", "number of processes must be at least 1", "pass a positive count, or 0 for one per CPU"))
	}
	if processes == 0 {
		processes = CPUCount()
	}
	p := &Pool{size: processes, workers: map[*poolWorker]bool{}, epoch: currentEpoch()}
	p.allGone = sync.NewCond(&p.mu)
	for _, o := range opts {
		o(p)
	}
	var wg sync.WaitGroup
	errs := make([]error, processes)
	for i := 0; i < processes; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = p.addWorker()
		}(i)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		p.Terminate()
		panic(&Error{Op: "NewPool", What: "could not start the worker processes", Err: err})
	}
	pools.Lock()
	pools.set[p] = true
	pools.Unlock()
	return p
}

// callback queues f to run after the callbacks queued before it, on a
// goroutine that lives while there are callbacks to run.
func (p *Pool) callback(f func()) {
	p.cbMu.Lock()
	p.cbq = append(p.cbq, f)
	if p.cbRunning {
		p.cbMu.Unlock()
		return
	}
	p.cbRunning = true
	p.cbMu.Unlock()
	go func() {
		for {
			p.cbMu.Lock()
			if len(p.cbq) == 0 {
				p.cbRunning = false
				p.cbMu.Unlock()
				return
			}
			g := p.cbq[0]
			p.cbq = p.cbq[1:]
			p.cbMu.Unlock()
			g()
		}
	}()
}

// OnProgress calls f(done, total) in this process each time a chunk of
// tasks finishes (done and total count items submitted to the pool since
// the last time all were done). The notebook's display package turns it
// into a progress bar that updates in place:
//
//	pool.OnProgress(display.ProgressBar("squares"))
//
// Pass nil to stop.
func (p *Pool) OnProgress(f func(done, total int)) {
	p.mu.Lock()
	p.progress = f
	p.mu.Unlock()
}

func (p *Pool) noteDone(n int) {
	p.mu.Lock()
	p.tasksOut += n
	done, total, f := p.tasksOut, p.tasksIn, p.progress
	if p.tasksOut >= p.tasksIn {
		p.tasksIn, p.tasksOut = 0, 0
	}
	p.mu.Unlock()
	if f != nil {
		p.callback(func() { f(done, total) })
	}
}

// live pools, for CancelSince.
var pools = struct {
	sync.Mutex
	set map[*Pool]bool
}{set: map[*Pool]bool{}}

type poolWorker struct {
	c        *child
	inflight []*chunk
	sent     int
	retiring bool // will exit after its last chunk (maxtasksperchild)
}

// chunk is a run of consecutive items of one call, sent to one worker.
type chunk struct {
	id      uint64
	res     *AsyncResult
	index   int // position of the first item in the call
	n       int
	payload []byte
	files   []*os.File
	epoch   uint64
	started bool // the worker said it began the chunk
}

func (p *Pool) addWorker() error {
	c, err := takeChild()
	if err != nil {
		return err
	}
	ident := nextIdent()
	name := "ForkPoolWorker-" + ident
	var w ctl.W
	files, err := withEncoding(func() error {
		w.String(name)
		w.String(ident)
		w.Uint(uint64(p.maxTasks))
		w.Bool(p.initRef != nil)
		// The worker gets the session once, now, as a forked worker
		// gets a copy of its parent: its tasks bring only what it lacks.
		if p.initRef == nil {
			return encodeHostState(&w, c, funcRef{}, ShipAll)
		}
		p.initRef.encode(&w)
		if err := encodeHostState(&w, c, *p.initRef, ShipAll); err != nil {
			return err
		}
		args, err := encodeArgs("NewPool", p.initType, p.initArgs)
		if err != nil {
			return err
		}
		w.Uint(uint64(len(args)))
		for _, a := range args {
			w.Bytes(a)
		}
		return nil
	})
	if err == nil {
		err = c.conn.Send(mWorker, w.B, files...)
	}
	if err != nil {
		c.conn.Close()
		syscall.Kill(c.pid, syscall.SIGKILL)
		return err
	}
	pw := &poolWorker{c: c}
	listWorker(name, c)
	p.mu.Lock()
	p.workers[pw] = true
	if p.state == poolTerminated {
		syscall.Kill(c.pid, syscall.SIGKILL)
	}
	p.mu.Unlock()
	go p.serve(pw)
	p.mu.Lock()
	p.dispatchLocked()
	p.mu.Unlock()
	return nil
}

// serve reads a worker's results until it exits, then settles what it had.
func (p *Pool) serve(pw *poolWorker) {
	for {
		fr, err := pw.c.conn.Recv()
		if err != nil {
			break
		}
		switch fr.Type {
		case mResult:
			p.result(pw, fr)
		case mBegin:
			r := ctl.R{B: fr.Payload}
			id := r.Uint()
			p.mu.Lock()
			for _, ch := range pw.inflight {
				if ch.id == id {
					ch.started = true
				}
			}
			p.mu.Unlock()
		default:
			closeFiles(fr.Files)
		}
	}
	pw.c.conn.Close()
	<-pw.c.done
	p.mu.Lock()
	delete(p.workers, pw)
	var lost []*chunk
	var requeue []*chunk
	for _, ch := range pw.inflight {
		// A chunk the worker never began is not lost: it goes back first in line.
		if !ch.started && p.state != poolTerminated && !ch.res.cancelled(ch.epoch) {
			requeue = append(requeue, ch)
		} else {
			lost = append(lost, ch)
		}
	}
	pw.inflight = nil
	p.pending = append(requeue, p.pending...)
	replace := p.state == poolRunning || (p.state == poolClosed && len(p.pending) > 0)
	if replace {
		p.spawning++
	}
	terminated := p.state == poolTerminated
	p.allGone.Broadcast()
	p.mu.Unlock()
	for _, ch := range lost {
		if terminated {
			// Terminate stopped the worker: the task was cancelled, the
			// worker did not die of itself.
			ch.res.fail(ch, fmt.Errorf("%w: the pool was terminated while the task ran", ErrCancelled))
			continue
		}
		if ch.res.cancelled(ch.epoch) {
			ch.res.fail(ch, fmt.Errorf("%w: the task's worker (pid %d) was stopped", ErrCancelled, pw.c.pid))
			continue
		}
		ch.res.fail(ch, fmt.Errorf("%w: pid %d ended with exit code %d while running it; the pool has replaced the worker", ErrWorkerDied, pw.c.pid, pw.c.exitCode()))
	}
	if replace {
		err := p.addWorker()
		p.mu.Lock()
		p.spawning--
		if err != nil && len(p.workers) == 0 && p.spawning == 0 {
			// Nothing can run the queue: fail it rather than hang.
			pend := p.pending
			p.pending = nil
			p.mu.Unlock()
			for _, ch := range pend {
				ch.res.fail(ch, fmt.Errorf("mpkit: no worker could be started: %w", err))
			}
			return
		}
		p.allGone.Broadcast()
		p.mu.Unlock()
	}
}

func (p *Pool) result(pw *poolWorker, fr ctl.Frame) {
	r := ctl.R{B: fr.Payload}
	id := r.Uint()
	ok := r.Bool()
	p.mu.Lock()
	var ch *chunk
	for i, c := range pw.inflight {
		if c.id == id {
			ch = c
			pw.inflight = append(pw.inflight[:i], pw.inflight[i+1:]...)
			break
		}
	}
	if p.maxTasks > 0 && pw.sent >= p.maxTasks {
		pw.retiring = true
	}
	p.dispatchLocked()
	p.retireIdleLocked()
	p.mu.Unlock()
	if ch == nil {
		closeFiles(fr.Files)
		return
	}
	if !ok {
		closeFiles(fr.Files)
		ch.res.fail(ch, &RemoteError{Value: r.String(), Traceback: r.String()})
		return
	}
	data := r.Bytes()
	v, err := codec.Unmarshal(data, fr.Files)
	closeFiles(fr.Files)
	if err == nil && r.Err != nil {
		err = r.Err
	}
	if err != nil {
		ch.res.fail(ch, fmt.Errorf("mpkit: cannot read the results of a task: %w", err))
		return
	}
	ch.res.deliver(ch, reflect.ValueOf(v))
}

// dispatchLocked hands pending chunks to workers with room. One chunk in
// flight per worker keeps long tasks balanced; two when the queue is long
// hide the round trip for short ones.
func (p *Pool) dispatchLocked() {
	if len(p.pending) == 0 {
		return
	}
	depth := 1
	if len(p.pending) > 4*len(p.workers) {
		depth = 2
	}
	for pw := range p.workers {
		for len(p.pending) > 0 && len(pw.inflight) < depth && !pw.retiring && (p.maxTasks == 0 || pw.sent < p.maxTasks) {
			ch := p.pending[0]
			p.pending = p.pending[1:]
			if ch.res.cancelled(ch.epoch) {
				go ch.res.fail(ch, fmt.Errorf("%w: the task was cancelled before it ran", ErrCancelled))
				continue
			}
			if err := p.send(pw, ch); err != nil {
				var me *Error
				if errors.As(err, &me) {
					go ch.res.fail(ch, err)
					continue
				}
				// The worker is gone (its reader will settle it): another takes the chunk.
				pw.retiring = true
				p.pending = append([]*chunk{ch}, p.pending...)
				break
			}
			pw.inflight = append(pw.inflight, ch)
			pw.sent++
		}
	}
}

func (p *Pool) send(pw *poolWorker, ch *chunk) error {
	var w ctl.W
	files, err := withEncoding(func() error {
		w.Uint(ch.id)
		ch.res.ref.encode(&w)
		w.Bool(ch.res.star)
		if err := encodeHostState(&w, pw.c, ch.res.ref, ShipMissing); err != nil {
			return err
		}
		w.Bytes(ch.payload)
		return nil
	})
	if err != nil {
		return &Error{Op: "Pool", What: "cannot prepare " + ch.res.ref.Name + " for the worker", Err: err}
	}
	files = append(files, ch.files...)
	return pw.c.conn.Send(mTask, w.B, files...)
}

// submit splits items into chunks and queues them.
func (p *Pool) submit(op string, res *AsyncResult, items reflect.Value, chunksize int) {
	n := items.Len()
	if chunksize <= 0 {
		chunksize = (n + 4*p.size - 1) / (4 * p.size)
		if chunksize == 0 {
			chunksize = 1
		}
	}
	var chunks []*chunk
	for i := 0; i < n; i += chunksize {
		j := min(i+chunksize, n)
		var files []*os.File
		payload, err := codec.MarshalValue(items.Slice(i, j), &files)
		if err != nil {
			panic(&Error{Op: op, What: "an item cannot travel to a worker process", Hint: "pass numbers, strings, slices, maps and structs with exported fields, or mpkit objects", Err: err})
		}
		chunks = append(chunks, &chunk{res: res, index: i, n: j - i, payload: payload, files: files, epoch: res.epoch})
	}
	res.left = len(chunks)
	if len(chunks) == 0 {
		res.finish()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state != poolRunning {
		panic(misuse(op, "Pool not running", "create a new Pool; Close and Terminate end a pool for good"))
	}
	for _, ch := range chunks {
		p.nextID++
		ch.id = p.nextID
	}
	p.tasksIn += n
	p.pending = append(p.pending, chunks...)
	p.dispatchLocked()
}

// Map runs f on every item of iterable in the pool's workers and returns
// the results in order, as a slice of f's result type: Map of a
// func(int) int over mp.Range(10) returns a []int. It blocks until every
// task has finished, and panics with the first task's error if any failed
// (use MapAsync and GetTimeout to have the error returned instead).
// chunksize defaults to Python's choice, len/(4×workers) rounded up.
func (p *Pool) Map(f any, iterable any, chunksize ...int) any {
	return p.MapAsync(f, iterable, chunksizeOpt(chunksize)...).Get()
}

// Starmap is Map for funcs of several parameters: each item is a slice
// (or array) of arguments, as mp.Args(1, 2).
func (p *Pool) Starmap(f any, iterable any, chunksize ...int) any {
	return p.StarmapAsync(f, iterable, chunksizeOpt(chunksize)...).Get()
}

// Apply runs f(args...) in a worker and returns its result (panicking
// with the task's error if it failed).
func (p *Pool) Apply(f any, args []any) any {
	return p.ApplyAsync(f, args).Get()
}

// AsyncOption configures an asynchronous pool call.
type AsyncOption func(*AsyncResult)

// Callback runs f(result) in this process when the call succeeds. f may
// be a func(any) or a func of the result's type. As in CPython, it runs
// before the result is ready: Get, Wait and Ready return after it.
func Callback(f any) AsyncOption {
	return func(r *AsyncResult) { r.callback = reflect.ValueOf(f) }
}

// ErrorCallback runs f(err) in this process when the call fails, before
// the result is ready (as Callback).
func ErrorCallback(f func(error)) AsyncOption {
	return func(r *AsyncResult) { r.errCallback = f }
}

// Chunksize sets how many items go to a worker at a time.
func Chunksize(n int) AsyncOption {
	return func(r *AsyncResult) { r.chunksize = n }
}

func chunksizeOpt(cs []int) []AsyncOption {
	if len(cs) > 0 {
		return []AsyncOption{Chunksize(cs[0])}
	}
	return nil
}

// MapAsync is Map without waiting: it returns an AsyncResult.
func (p *Pool) MapAsync(f any, iterable any, opts ...AsyncOption) *AsyncResult {
	return p.call("Pool.MapAsync", f, iterable, false, modeList, opts)
}

// StarmapAsync is Starmap without waiting.
func (p *Pool) StarmapAsync(f any, iterable any, opts ...AsyncOption) *AsyncResult {
	return p.call("Pool.StarmapAsync", f, iterable, true, modeList, opts)
}

// ApplyAsync runs f(args...) in a worker without waiting for it.
func (p *Pool) ApplyAsync(f any, args []any, opts ...AsyncOption) *AsyncResult {
	items := reflect.ValueOf([][]any{args})
	return p.call("Pool.ApplyAsync", f, items.Interface(), true, modeSingle, opts)
}

// Imap is a lazy Map: the iterator yields results in order as they come.
// chunksize defaults to 1, as in Python.
func (p *Pool) Imap(f any, iterable any, chunksize ...int) *IMapIterator {
	return p.imap("Pool.Imap", f, iterable, true, chunksize)
}

// ImapUnordered is Imap yielding results in the order they finish.
func (p *Pool) ImapUnordered(f any, iterable any, chunksize ...int) *IMapIterator {
	return p.imap("Pool.ImapUnordered", f, iterable, false, chunksize)
}

func (p *Pool) imap(op string, f any, iterable any, ordered bool, chunksize []int) *IMapIterator {
	cs := 1
	if len(chunksize) > 0 && chunksize[0] > 0 {
		cs = chunksize[0]
	}
	it := &IMapIterator{ordered: ordered, stash: map[int]reflect.Value{}}
	it.cond = sync.NewCond(&it.mu)
	r := p.call(op, f, iterable, false, modeIter, []AsyncOption{Chunksize(cs), func(r *AsyncResult) { r.iter = it }})
	it.res = r
	return it
}

const (
	modeList = iota
	modeSingle
	modeIter
)

func (p *Pool) call(op string, f any, iterable any, star bool, mode int, opts []AsyncOption) *AsyncResult {
	p.mu.Lock()
	st := p.state
	p.mu.Unlock()
	if st != poolRunning {
		panic(misuse(op, "Pool not running", "create a new Pool; Close and Terminate end a pool for good"))
	}
	ref, fv, err := refFor(op, f)
	if err != nil {
		panic(err)
	}
	items := iterableValue(op, iterable)
	ft := fv.Type()
	if !star {
		checkArity(op, ref.Name, ft, 1)
	} else {
		for i := 0; i < items.Len(); i++ {
			it := items.Index(i)
			for it.Kind() == reflect.Interface {
				it = it.Elem()
			}
			if it.Kind() != reflect.Slice && it.Kind() != reflect.Array {
				panic(misusef(op, "give each item as mp.Args(...)", "item %d is a %s, not a list of arguments", i, it.Kind()))
			}
			checkArity(op, ref.Name, ft, it.Len())
		}
	}
	res := &AsyncResult{pool: p, ref: ref, star: star, mode: mode, n: items.Len(), done: make(chan struct{}), epoch: currentEpoch()}
	rt := ft
	if tt, ok := currentHost().(TaskTyper); ok && ref.Hosted {
		rt = tt.TaskType(ref.Name, ft) // the results as the workers return them
	}
	res.outType, res.hasErr = resultType(rt)
	for _, o := range opts {
		o(res)
	}
	res.results = reflect.MakeSlice(reflect.SliceOf(res.outType), res.n, res.n)
	p.submit(op, res, items, res.chunksize)
	return res
}

// resultType is the element type of a call's results: f's result type,
// the first one when f returns (T, error), any otherwise.
func resultType(ft reflect.Type) (reflect.Type, bool) {
	errType := reflect.TypeOf((*error)(nil)).Elem()
	switch {
	case ft.NumOut() == 1 && ft.Out(0) != errType:
		return ft.Out(0), false
	case ft.NumOut() == 2 && ft.Out(1) == errType:
		return ft.Out(0), true
	case ft.NumOut() == 1:
		return reflect.TypeOf((*any)(nil)).Elem(), true
	}
	return reflect.TypeOf((*any)(nil)).Elem(), false
}

// iterableValue accepts a slice, an array, a string (its runes), a map
// (its keys, as Python iterates a dict) or a receive channel (read to the
// end).
func iterableValue(op string, it any) reflect.Value {
	v := reflect.ValueOf(it)
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		return v
	case reflect.String:
		return reflect.ValueOf([]rune(v.String()))
	case reflect.Map:
		return reflect.ValueOf(v.MapKeys())
	case reflect.Chan:
		out := reflect.MakeSlice(reflect.SliceOf(v.Type().Elem()), 0, 16)
		for {
			x, ok := v.Recv()
			if !ok {
				return out
			}
			out = reflect.Append(out, x)
		}
	}
	panic(misusef(op, "pass a slice such as mp.Range(10)", "cannot iterate over %T", it))
}

// Close stops the pool from taking new tasks; the workers exit once the
// queued tasks are done. Call Join afterwards to wait for them.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state == poolRunning {
		p.state = poolClosed
	}
	p.retireIdleLocked()
}

func (p *Pool) retireIdleLocked() {
	if p.state != poolClosed || len(p.pending) > 0 {
		return
	}
	for pw := range p.workers {
		if len(pw.inflight) == 0 && !pw.retiring {
			pw.retiring = true
			pw.c.conn.Send(mStop, nil)
		}
	}
}

// Join waits for the workers to exit. It panics unless Close or Terminate
// was called first (Python's ValueError "Pool is still running").
func (p *Pool) Join() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state == poolRunning {
		panic(misuse("Pool.Join", "Pool is still running", "call Close (or Terminate) before Join"))
	}
	for len(p.workers) > 0 || p.spawning > 0 || len(p.pending) > 0 {
		p.retireIdleLocked()
		p.allGone.Wait()
	}
	p.forget()
}

// Terminate stops the workers at once. Tasks not finished fail with an
// error wrapping ErrCancelled.
func (p *Pool) Terminate() {
	p.mu.Lock()
	p.state = poolTerminated
	pend := p.pending
	p.pending = nil
	var ws []*poolWorker
	for pw := range p.workers {
		ws = append(ws, pw)
	}
	p.mu.Unlock()
	for _, ch := range pend {
		ch.res.fail(ch, fmt.Errorf("%w: the pool was terminated", ErrCancelled))
	}
	for _, pw := range ws {
		syscall.Kill(pw.c.pid, syscall.SIGTERM)
	}
	for _, pw := range ws {
		if !waitTimeout(pw.c.done, time.Second) {
			syscall.Kill(pw.c.pid, syscall.SIGKILL)
		}
	}
	// Workers being replaced when Terminate began are killed as they come.
	p.mu.Lock()
	for len(p.workers) > 0 || p.spawning > 0 {
		for pw := range p.workers {
			syscall.Kill(pw.c.pid, syscall.SIGKILL)
		}
		p.allGone.Wait()
	}
	p.mu.Unlock()
	p.forget()
}

func (p *Pool) forget() {
	pools.Lock()
	delete(pools.set, p)
	pools.Unlock()
}

// Pids returns the process ids of the pool's current workers.
func (p *Pool) Pids() []int {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []int
	for pw := range p.workers {
		out = append(out, pw.c.pid)
	}
	return out
}

// cancelPoolTasks terminates the pools made since epoch m; in older
// pools it fails the pending tasks submitted since m and stops the workers
// running such tasks (the pools replace them).
func cancelPoolTasks(m uint64) {
	pools.Lock()
	var ps, young []*Pool
	for p := range pools.set {
		if p.epoch >= m {
			young = append(young, p)
		} else {
			ps = append(ps, p)
		}
	}
	pools.Unlock()
	for _, p := range young {
		p.Terminate()
	}
	for _, p := range ps {
		p.mu.Lock()
		var keep, drop []*chunk
		for _, ch := range p.pending {
			if ch.epoch >= m {
				ch.res.cancelFrom(m)
				drop = append(drop, ch)
			} else {
				keep = append(keep, ch)
			}
		}
		p.pending = keep
		var kill []*poolWorker
		for pw := range p.workers {
			for _, ch := range pw.inflight {
				if ch.epoch >= m {
					ch.res.cancelFrom(m)
					kill = append(kill, pw)
					break
				}
			}
		}
		p.mu.Unlock()
		for _, ch := range drop {
			ch.res.fail(ch, fmt.Errorf("%w: the task was cancelled before it ran", ErrCancelled))
		}
		for _, pw := range kill {
			syscall.Kill(pw.c.pid, syscall.SIGKILL)
		}
	}
}
