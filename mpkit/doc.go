// Package mpkit is Python's multiprocessing for Go: Process, Pool, Queue,
// Pipe, Value and Array in shared memory, Lock, RLock, Semaphore, Event,
// Condition and Barrier, on real operating-system processes. A child has
// its own PID and runs truly in parallel with its parent.
//
// The names follow Python's so that a program can be translated line by
// line. Import it as mp:
//
//	import mp "github.com/goteach/goteach/mpkit"
//
//	Python                                   Go
//	p = mp.Process(target=job, args=(1, 2))  p := &mp.Process{Target: job, Args: mp.Args(1, 2)}
//	p.start(); p.join(); p.join(2)           p.Start(); p.Join(); p.Join(2 * time.Second)
//	p.is_alive(), p.exitcode, p.pid          p.IsAlive(), p.ExitCode(), p.Pid()
//	mp.current_process().name                mp.CurrentProcess().Name()
//	q = mp.Queue(); q.put(x); q.get()        q := mp.NewQueue(); q.Put(x); q.Get()
//	q.get(timeout=1)                         v, err := q.GetTimeout(time.Second) // err is mp.ErrEmpty
//	a, b = mp.Pipe(); a.send(x); b.recv()    a, b := mp.Pipe(); a.Send(x); b.Recv()
//	pool = mp.Pool(processes=2)              pool := mp.NewPool(2)
//	with mp.Pool(2) as pool: ...             pool := mp.NewPool(2); defer pool.Terminate()
//	pool.map(job, range(10))                 pool.Map(job, mp.Range(10))
//	r = pool.apply_async(job, (2,)); r.get() r := pool.ApplyAsync(job, mp.Args(2)); r.Get()
//	v = mp.Value('i', 0); v.value += 1       v := mp.NewValue("i", 0); v.SetInt(v.Int() + 1)
//	a = mp.Array('i', [1, 2, 3])             a := mp.NewArray("i", []int{1, 2, 3})
//	l = mp.Lock(); l.acquire(); l.release()  l := mp.NewLock(); l.Acquire(); l.Release()
//	with l: ...                              l.Lock(); defer l.Unlock()
//	s = mp.Semaphore(2); e = mp.Event()      s := mp.NewSemaphore(2); e := mp.NewEvent()
//	mp.cpu_count()                           mp.CPUCount()
//	(what Python does at exit)               defer mp.JoinChildren()
//
// Python's with-block ends a pool when the block ends; its Go form is a
// deferred Terminate, which ends the pool when the surrounding function
// returns (see the Pool.Terminate example). In a notebook cell the same
// two lines work as they stand: a defer at the top level of a cell runs
// when the cell's statements have finished.
//
// # Names
//
// Every Process takes a number from one counter when it is made, named or
// not, and one without a Name is called Process-N, as in Python; a
// process started by a child is numbered after the child's number,
// Process-3:1 for the first process made in Process-3 (whatever the
// child's name), and pool workers are ForkPoolWorker-N from the same
// counter. NewProcess numbers its Process at once. A struct literal
// (&mp.Process{Target: f}) has no constructor to do it, so it is numbered
// at its first method call — Start, printing it with fmt (String), Pid,
// IsAlive and the rest — and until then its Name field reads "". The
// child sees its name as CurrentProcess().Name. Python and Go number
// alike when a program uses its processes in the order it makes them.
//
// Results keep the type the function returns: Map of a func(int) int gives
// a []int, so fmt.Println(pool.Map(job, mp.Range(10))) prints
// [0 1 4 9 16 25 36 49 64 81].
//
// Printed with fmt, the package's objects show what Python's print shows:
// <Synchronized wrapper for c_int(0)> for a Value (its number is v.Value()),
// <SynchronizedArray wrapper for <multiprocessing.sharedctypes.c_int_Array_4
// object at 0x…>> for an Array (its items are a.Slice(0, a.Len())),
// <Lock(owner=None)>, <RLock(MainProcess, 1)>, and
// <Process name='Process-1' parent=… initial> for a new Process.
//
// # Errors
//
// Conditions a program branches on are returned as errors that wrap the
// sentinels ErrEmpty, ErrFull, ErrTimeout, ErrOwnerDead, ErrBrokenBarrier,
// ErrClosed and ErrNotReady (test them with errors.Is). Misuse that Python
// reports with AssertionError, ValueError or TypeError — starting a process
// twice, a closure as a target, an argument that cannot travel, releasing
// a lock that is not held — panics with an *Error that says what happened
// and what to do, so that it cannot go unnoticed. A task that panics in a
// pool worker comes back as a *RemoteError carrying the remote traceback.
//
// # Children
//
// A child is this executable started again, so a compiled program's child
// starts from the program's initial globals, as a child of Python's spawn
// start method does, not from the parent's globals as they are at Start
// (fork). In an ordinary program the child runs its target from this
// package's init, before package main's variables are initialised (only
// those set to constants have their values) and before its init functions
// run; a program whose targets need those calls Main first thing in main,
// and its children then see the globals as package initialisation leaves
// them, never what main changed since. Targets are top-level funcs; their
// arguments and results are copied between processes (any value made of
// numbers, strings, slices, maps, arrays, pointers and structs with
// exported fields, plus types with MarshalBinary), while this package's
// shared objects (Queue, Pipe ends, Value, Array, the locks, Event,
// Condition, Barrier) travel as handles to the same object. Channels, funcs
// and open files cannot travel.
//
// A program that interprets code, such as the goteach notebook kernel,
// plugs in with SetHost so that functions it interprets can be targets.
//
// # Children of a notebook
//
// A child started from a notebook cell sees the session as a child forked
// by Python sees its parent's module. A Process gets the values of the
// globals its target uses, as they are at Start. A Pool's worker gets the
// session once, when it starts (when the Pool is made, or when it replaces
// a worker, as Python forks a replacement), and from then on its globals
// are its own: what the Initializer and its earlier tasks set stays, and
// what later cells change in the notebook does not reach it, so a
// per-worker counter counts 1 2 3 … across tasks.
//
// Python's workers cannot run a function defined after their Pool was
// made, and run the old definition of one redefined since. Here a task
// may use funcs, types and vars declared in later cells, and runs the
// current definition of a func edited and run again: the worker receives
// the declarations it lacks (and the current values of vars new to it)
// without losing the values it has. A task that uses a type redeclared
// since its workers started, or a var declared anew with another type,
// fails with an error that asks for a new Pool: the worker's values are
// of the old type.
//
// A cell func running in a child can start Processes and Pools of its own
// whose targets are the session's funcs, as a forked Python child can.
//
// When a child's target returns (or panics), the child does what Python's
// does before it exits: it terminates its pools and daemon children and
// waits for its other children.
//
// # Differences from Python
//
// Every child ends with its parent, so no process outlives the program
// that started it (Python's non-daemon grandchildren may); a program that
// wants Python's end, where non-daemon children finish first, defers
// JoinChildren. A Go program does not wait for its goroutines as Python
// waits for non-daemon threads. Targets are top-level funcs: there is no
// subclassing of Process. NewPool(0) means Python's Pool() (one worker
// per CPU), where Python's Pool(0) is an error. The start method is
// always an equivalent of fork; there is no Manager, no Process.sentinel
// and no connection.wait. A child that panics prints Go's panic and
// goroutine trace where Python prints its traceback.
package mpkit
