package mpkit

import (
	"encoding/binary"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
	"weak"

	"github.com/goteach/goteach/mpkit/internal/codec"
	"github.com/goteach/goteach/mpkit/internal/shm"
)

// A queue lives in one shared-memory segment: a header of control words,
// then a byte ring that carries the encoded items as [u32 length][bytes].
// One process at a time writes (holding wlock) and one reads (holding
// rlock), so the ring itself is single-producer single-consumer; an item
// larger than the ring streams through it.
type queueHeader struct {
	rlock      shm.Mutex
	_          [60]byte
	wlock      shm.Mutex
	_          [60]byte
	head       atomic.Uint64 // bytes consumed
	_          [56]byte
	tail       atomic.Uint64 // bytes produced
	_          [56]byte
	dataSeq    atomic.Uint32 // bumped when bytes are produced
	rwaiters   atomic.Uint32
	spaceSeq   atomic.Uint32 // bumped when bytes are consumed
	wwaiters   atomic.Uint32
	count      atomic.Int64  // items put and not yet got (Qsize)
	maxsize    int64         // 0: unbounded
	slots      atomic.Uint32 // free places of a bounded queue
	slotWait   atomic.Uint32
	unfinished atomic.Int64 // JoinableQueue: puts without TaskDone
	doneSeq    atomic.Uint32
	doneWait   atomic.Uint32
	capacity   uint64
}

const (
	queueHeaderSize = 4096
	queueRing       = 1 << 20
	queueSpins      = 200 // looks at the ring before a futex sleep
)

// Queue is a first-in first-out queue shared between processes, like
// Python's multiprocessing.Queue. Put hands the item to a background
// feeder and returns at once (unless the queue is bounded and full);
// the feeder writes it into shared memory. A child process flushes its
// feeders before it exits.
//
// Items are copied (see the package doc for what can travel); mpkit's
// shared objects cannot be put on a queue: pass them as Process arguments
// or send them through a Pipe.
type Queue struct {
	seg      *shm.Segment
	h        *queueHeader
	ring     []byte
	joinable bool
	simple   bool

	mu      sync.Mutex
	closed  bool
	backlog [][]byte
	feeding bool
	idle    *sync.Cond
	rbuf    []byte
}

// JoinableQueue is a Queue whose consumers call TaskDone for every item,
// so that Join can wait until all items have been processed.
type JoinableQueue struct{ *Queue }

// SimpleQueue is a Queue without a feeder: Put writes the item before it
// returns. It has no size limit and no timeouts.
type SimpleQueue struct{ *Queue }

// NewQueue returns a queue; with a positive maxsize, Put blocks while the
// queue holds maxsize items.
func NewQueue(maxsize ...int) *Queue {
	return newQueue("Queue", maxsize)
}

// NewJoinableQueue returns a JoinableQueue (see NewQueue for maxsize).
func NewJoinableQueue(maxsize ...int) *JoinableQueue {
	q := newQueue("JoinableQueue", maxsize)
	q.joinable = true
	return &JoinableQueue{q}
}

// NewSimpleQueue returns a SimpleQueue.
func NewSimpleQueue() *SimpleQueue {
	q := newQueue("SimpleQueue", nil)
	q.simple = true
	return &SimpleQueue{q}
}

func newQueue(op string, maxsize []int) *Queue {
	max := 0
	if len(maxsize) > 0 {
		max = maxsize[0]
	}
	if max < 0 {
		max = 0
	}
	seg, err := shm.Create("mpkit-queue", queueHeaderSize+queueRing)
	if err != nil {
		panic(&Error{Op: "New" + op, What: "cannot allocate shared memory", Err: err})
	}
	q := attachQueue(seg)
	q.h.capacity = queueRing
	q.h.maxsize = int64(max)
	q.h.slots.Store(uint32(max))
	q.ring = seg.Bytes()[queueHeaderSize : queueHeaderSize+queueRing]
	return q
}

func attachQueue(seg *shm.Segment) *Queue {
	b := seg.Bytes()
	q := &Queue{seg: seg, h: (*queueHeader)(unsafe.Pointer(&b[0]))}
	q.idle = sync.NewCond(&q.mu)
	if c := q.h.capacity; c > 0 && int(queueHeaderSize+c) <= len(b) {
		q.ring = b[queueHeaderSize : queueHeaderSize+c]
	}
	return q
}

// Put adds x to the queue. On a bounded queue it waits for room.
func (q *Queue) Put(x any) {
	if err := q.put("Queue.Put", x, -1); err != nil {
		panic(err)
	}
}

// PutTimeout adds x, waiting at most d for room in a bounded queue; it
// returns an error wrapping ErrFull if there was none.
func (q *Queue) PutTimeout(x any, d time.Duration) error {
	return q.put("Queue.PutTimeout", x, max(d, 0))
}

// PutNowait adds x if there is room now; otherwise it returns an error
// wrapping ErrFull.
func (q *Queue) PutNowait(x any) error { return q.put("Queue.PutNowait", x, 0) }

func (q *Queue) put(op string, x any, d time.Duration) error {
	q.mu.Lock()
	closed := q.closed
	q.mu.Unlock()
	if closed {
		panic(&Error{Op: op, What: "the queue is closed", Hint: "a closed queue takes no more items", Err: ErrClosed})
	}
	msg, err := codec.AppendMarshal(make([]byte, 4, 64), x, nil)
	if err != nil {
		panic(&Error{Op: op, What: "the item cannot travel to another process", Hint: "put numbers, strings, slices, maps and structs with exported fields; pass mpkit objects as Process arguments or through a Pipe", Err: err})
	}
	binary.LittleEndian.PutUint32(msg, uint32(len(msg)-4))
	if q.h.maxsize > 0 {
		if err := q.takeSlot(d); err != nil {
			return fmt.Errorf("%w (it holds %d items)", ErrFull, q.h.maxsize)
		}
	}
	q.h.count.Add(1)
	if q.joinable {
		q.h.unfinished.Add(1)
	}
	if q.simple {
		q.writeLocked(msg)
		return nil
	}
	q.mu.Lock()
	if len(q.backlog) == 0 && !q.feeding && q.h.wlock.TryLock() {
		// Fast path: nothing waits before us and the ring has room.
		if q.free() >= uint64(len(msg)) {
			q.write(msg)
			q.h.wlock.Unlock()
			q.mu.Unlock()
			return nil
		}
		q.h.wlock.Unlock()
	}
	q.backlog = append(q.backlog, msg)
	if !q.feeding {
		q.feeding = true
		if isChildProcess() {
			q.registerFlush()
		}
		go q.feed()
	}
	q.mu.Unlock()
	return nil
}

// feed writes the backlog into the ring.
func (q *Queue) feed() {
	for {
		q.mu.Lock()
		batch := q.backlog
		q.backlog = nil
		if len(batch) == 0 {
			q.feeding = false
			q.idle.Broadcast()
			q.mu.Unlock()
			return
		}
		q.mu.Unlock()
		q.lockW()
		for _, m := range batch {
			q.write(m)
		}
		q.h.wlock.Unlock()
	}
}

func (q *Queue) lockW() {
	// A writer that died mid-item leaves the ring in an unknown state; as in
	// Python, a queue is not usable after a process was killed while using it.
	q.h.wlock.Lock(-1)
}

func (q *Queue) writeLocked(msg []byte) {
	q.lockW()
	q.write(msg)
	q.h.wlock.Unlock()
}

var registered sync.Map // *Queue → flush registered in this child

func (q *Queue) registerFlush() {
	if _, loaded := registered.LoadOrStore(q, true); !loaded {
		atChildExit(q.flush)
	}
}

// flush waits until the backlog has been written.
func (q *Queue) flush() {
	q.mu.Lock()
	for q.feeding || len(q.backlog) > 0 {
		q.idle.Wait()
	}
	q.mu.Unlock()
}

func (q *Queue) free() uint64 {
	return q.h.capacity - (q.h.tail.Load() - q.h.head.Load())
}

// write copies msg into the ring (holding wlock), waiting for room as the
// reader frees it.
func (q *Queue) write(msg []byte) {
	c := q.h.capacity
	for len(msg) > 0 {
		free := q.free()
		for spin := 0; free == 0 && spin < queueSpins; spin++ {
			if spin%16 == 15 {
				runtime.Gosched()
			}
			free = q.free()
		}
		for free == 0 {
			seq := q.h.spaceSeq.Load()
			q.h.wwaiters.Add(1)
			if q.free() == 0 {
				shm.Wait((*uint32)(unsafe.Pointer(&q.h.spaceSeq)), seq, 100*time.Millisecond)
			}
			q.h.wwaiters.Add(^uint32(0))
			free = q.free()
		}
		t := q.h.tail.Load()
		n := min(uint64(len(msg)), free)
		off := t % c
		k := copy(q.ring[off:], msg[:min(n, c-off)])
		if uint64(k) < n {
			copy(q.ring, msg[k:n])
		}
		q.h.tail.Store(t + n)
		q.h.dataSeq.Add(1)
		if q.h.rwaiters.Load() > 0 {
			shm.Wake((*uint32)(unsafe.Pointer(&q.h.dataSeq)), 1<<30)
		}
		msg = msg[n:]
	}
}

// read copies n bytes out of the ring (holding rlock), waiting for them
// until deadline (zero: no limit). It reports false on timeout, having
// read nothing only if nothing was there.
func (q *Queue) read(dst []byte, deadline time.Time, noWait bool) bool {
	c := q.h.capacity
	for len(dst) > 0 {
		avail := q.h.tail.Load() - q.h.head.Load()
		// A producer in another process is often a few hundred
		// nanoseconds away: look again for a moment before sleeping, so
		// that neither side pays for a futex sleep and wake-up per item.
		for spin := 0; avail == 0 && !noWait && spin < queueSpins; spin++ {
			if spin%16 == 15 {
				runtime.Gosched()
			}
			avail = q.h.tail.Load() - q.h.head.Load()
		}
		for avail == 0 {
			if noWait {
				return false
			}
			wait := 100 * time.Millisecond
			if !deadline.IsZero() {
				left := time.Until(deadline)
				if left <= 0 {
					return false
				}
				wait = min(wait, left)
			}
			seq := q.h.dataSeq.Load()
			q.h.rwaiters.Add(1)
			if q.h.tail.Load() == q.h.head.Load() {
				shm.Wait((*uint32)(unsafe.Pointer(&q.h.dataSeq)), seq, wait)
			}
			q.h.rwaiters.Add(^uint32(0))
			avail = q.h.tail.Load() - q.h.head.Load()
		}
		h := q.h.head.Load()
		n := min(uint64(len(dst)), avail)
		off := h % c
		k := copy(dst[:n], q.ring[off:min(c, off+n)])
		if uint64(k) < n {
			copy(dst[k:n], q.ring)
		}
		q.h.head.Store(h + n)
		q.h.spaceSeq.Add(1)
		if q.h.wwaiters.Load() > 0 {
			shm.Wake((*uint32)(unsafe.Pointer(&q.h.spaceSeq)), 1<<30)
		}
		dst = dst[n:]
		noWait = false // an item that has begun is read to its end
		deadline = time.Time{}
	}
	return true
}

// Get removes and returns the oldest item, waiting for one.
func (q *Queue) Get() any {
	v, err := q.get("Queue.Get", -1)
	if err != nil {
		panic(err)
	}
	return v
}

// GetTimeout waits at most d for an item; it returns an error wrapping
// ErrEmpty if none came.
func (q *Queue) GetTimeout(d time.Duration) (any, error) { return q.get("Queue.GetTimeout", max(d, 0)) }

// GetNowait returns an item if one is there now, or an error wrapping
// ErrEmpty.
func (q *Queue) GetNowait() (any, error) { return q.get("Queue.GetNowait", 0) }

func (q *Queue) get(op string, d time.Duration) (any, error) {
	q.mu.Lock()
	closed := q.closed
	q.mu.Unlock()
	if closed {
		panic(&Error{Op: op, What: "the queue is closed", Err: ErrClosed})
	}
	var deadline time.Time
	if d > 0 {
		deadline = time.Now().Add(d)
	}
	lockWait := d
	if _, err := q.h.rlock.Lock(lockWait); err != nil {
		return nil, ErrEmpty
	}
	var hdr [4]byte
	if !q.read(hdr[:], deadline, d == 0) {
		q.h.rlock.Unlock()
		return nil, ErrEmpty
	}
	n := binary.LittleEndian.Uint32(hdr[:])
	if cap(q.rbuf) < int(n) {
		q.rbuf = make([]byte, n)
	}
	buf := q.rbuf[:n]
	q.read(buf, time.Time{}, false)
	q.h.rlock.Unlock()
	q.h.count.Add(-1)
	if q.h.maxsize > 0 {
		q.releaseSlot()
	}
	v, err := codec.Unmarshal(buf, nil)
	if err != nil {
		return nil, &Error{Op: op, What: "cannot decode an item", Err: err}
	}
	return v, nil
}

func (q *Queue) takeSlot(d time.Duration) error {
	var deadline time.Time
	if d > 0 {
		deadline = time.Now().Add(d)
	}
	for {
		s := q.h.slots.Load()
		if s > 0 {
			if q.h.slots.CompareAndSwap(s, s-1) {
				return nil
			}
			continue
		}
		if d == 0 {
			return ErrFull
		}
		wait := time.Duration(-1)
		if d > 0 {
			wait = time.Until(deadline)
			if wait <= 0 {
				return ErrFull
			}
		}
		q.h.slotWait.Add(1)
		shm.Wait((*uint32)(unsafe.Pointer(&q.h.slots)), 0, wait)
		q.h.slotWait.Add(^uint32(0))
	}
}

func (q *Queue) releaseSlot() {
	q.h.slots.Add(1)
	if q.h.slotWait.Load() > 0 {
		shm.Wake((*uint32)(unsafe.Pointer(&q.h.slots)), 1)
	}
}

// Qsize returns the number of items in the queue (approximate while
// other processes put and get).
func (q *Queue) Qsize() int { return int(max(q.h.count.Load(), 0)) }

// Empty reports whether the queue holds no items.
func (q *Queue) Empty() bool { return q.Qsize() == 0 }

// Full reports whether a bounded queue holds maxsize items.
func (q *Queue) Full() bool { return q.h.maxsize > 0 && int64(q.Qsize()) >= q.h.maxsize }

// Close says this process will put no more items; items already put are
// still delivered. Later Put and Get calls on this object panic.
func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
}

// JoinThread waits until this process's feeder has written every item put.
func (q *Queue) JoinThread() { q.flush() }

// TaskDone marks one item got from the queue as processed. It panics when
// called more times than items were put.
func (q *JoinableQueue) TaskDone() {
	for {
		u := q.h.unfinished.Load()
		if u <= 0 {
			panic(misuse("JoinableQueue.TaskDone", "task_done() called too many times", "call TaskDone once per item got"))
		}
		if q.h.unfinished.CompareAndSwap(u, u-1) {
			if u == 1 {
				q.h.doneSeq.Add(1)
				if q.h.doneWait.Load() > 0 {
					shm.Wake((*uint32)(unsafe.Pointer(&q.h.doneSeq)), 1<<30)
				}
			}
			return
		}
	}
}

// Join waits until every item put has been marked with TaskDone.
func (q *JoinableQueue) Join() {
	for q.h.unfinished.Load() > 0 {
		seq := q.h.doneSeq.Load()
		q.h.doneWait.Add(1)
		if q.h.unfinished.Load() > 0 {
			shm.Wait((*uint32)(unsafe.Pointer(&q.h.doneSeq)), seq, 100*time.Millisecond)
		}
		q.h.doneWait.Add(^uint32(0))
	}
}

// String describes the queue.
func (q *Queue) String() string {
	return fmt.Sprintf("<Queue qsize=%d>", q.Qsize())
}

// CodecHandle lets a Queue travel to another process as a handle.
func (q *Queue) CodecHandle() (string, []*os.File, []byte) {
	meta := []byte{0}
	if q.joinable {
		meta[0] = 1
	}
	if q.simple {
		meta[0] = 2
	}
	return "queue", []*os.File{q.seg.File()}, meta
}

// Queues opened in this process, by segment, so that one queue has one
// feeder per process and items put here stay in order.
var openQueues = struct {
	sync.Mutex
	m map[shm.Key]weak.Pointer[Queue]
}{m: map[shm.Key]weak.Pointer[Queue]{}}

func openQueue(files []*os.File, meta []byte) (*Queue, error) {
	if len(files) != 1 || len(meta) != 1 {
		return nil, fmt.Errorf("malformed queue handle")
	}
	seg, err := shm.Open(files[0])
	if err != nil {
		return nil, err
	}
	key, kerr := seg.Key()
	openQueues.Lock()
	defer openQueues.Unlock()
	if kerr == nil {
		if q := openQueues.m[key].Value(); q != nil {
			seg.Close()
			return q, nil
		}
	}
	q := attachQueue(seg)
	q.joinable = meta[0] == 1
	q.simple = meta[0] == 2
	if kerr == nil {
		openQueues.m[key] = weak.Make(q)
	}
	return q, nil
}

// Handles are registered while package variables are initialised, before
// any init function runs, so that a child dispatching from init can decode them.
var _ = registerQueueHandles()

func registerQueueHandles() bool {
	codec.RegisterHandle("queue", reflect.TypeOf((*Queue)(nil)), func(files []*os.File, meta []byte) (any, error) {
		return openQueue(files, meta)
	})
	codec.RegisterHandle("joinablequeue", reflect.TypeOf((*JoinableQueue)(nil)), func(files []*os.File, meta []byte) (any, error) {
		q, err := openQueue(files, meta)
		if err != nil {
			return nil, err
		}
		return &JoinableQueue{q}, nil
	})
	codec.RegisterHandle("simplequeue", reflect.TypeOf((*SimpleQueue)(nil)), func(files []*os.File, meta []byte) (any, error) {
		q, err := openQueue(files, meta)
		if err != nil {
			return nil, err
		}
		return &SimpleQueue{q}, nil
	})
	return true
}

// CodecHandle lets a JoinableQueue travel to another process as a handle.
func (q *JoinableQueue) CodecHandle() (string, []*os.File, []byte) {
	_, f, m := q.Queue.CodecHandle()
	return "joinablequeue", f, m
}

// CodecHandle lets a SimpleQueue travel to another process as a handle.
func (q *SimpleQueue) CodecHandle() (string, []*os.File, []byte) {
	_, f, m := q.Queue.CodecHandle()
	return "simplequeue", f, m
}

func isChildProcess() bool { return selfName != "MainProcess" }
