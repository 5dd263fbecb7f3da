package mpkit_test

import (
	"fmt"
	"os"

	mp "github.com/goteach/goteach/mpkit"
)

func job(a, d int) {
	fmt.Println(a * d)
}

// Start a child process and wait for it, as Python's
// mp.Process(target=job, args=(1, 2)).
func ExampleProcess() {
	p := &mp.Process{Target: job, Args: mp.Args(1, 2)}
	p.Start()
	p.Join()
	code, _ := p.ExitCode()
	fmt.Println("exit code", code)
	// Output:
	// 2
	// exit code 0
}

func sumCubes(q *mp.Queue, n int) {
	res := 0
	for i := 0; i < n; i++ {
		res += i + i*i + i*i*i
	}
	q.Put(res)
}

// Two processes put their results on a shared queue.
func ExampleQueue() {
	q := mp.NewQueue()
	p1 := &mp.Process{Target: sumCubes, Args: mp.Args(q, 1000)}
	p2 := &mp.Process{Target: sumCubes, Args: mp.Args(q, 1000)}
	p1.Start()
	p2.Start()
	p1.Join()
	p2.Join()
	res1, res2 := q.Get().(int), q.Get().(int)
	fmt.Println(res1 + res2)
	// Output: 499667166000
}

func square(x int) int { return x * x }

// A pool maps a func over a slice in worker processes; the result has
// the func's result type.
func ExamplePool() {
	pool := mp.NewPool(2)
	defer pool.Terminate()
	fmt.Println(pool.Map(square, mp.Range(10)))
	fmt.Println(pool.ApplyAsync(square, mp.Args(2)).Get())
	// Output:
	// [0 1 4 9 16 25 36 49 64 81]
	// 4
}

// Python's "with mp.Pool(2) as pool:" terminates the pool when the
// block ends; in Go, defer Terminate right after making the pool. In a
// notebook cell these same lines work as they stand: a deferred call at
// the top level of a cell runs when the cell's statements have finished,
// so the pool's workers end with the cell.
func ExamplePool_Terminate() {
	pool := mp.NewPool(2)
	defer pool.Terminate()
	fmt.Println(pool.Map(square, mp.Range(5)))
	fmt.Println(len(pool.Pids()), "workers until the deferred Terminate")
	// Output:
	// [0 1 4 9 16]
	// 2 workers until the deferred Terminate
}

func pingPong(c *mp.Connection) {
	for {
		v, err := c.Recv()
		if err != nil {
			return
		}
		c.Send(v.(int) + 1)
	}
}

// The two ends of a pipe talk across processes.
func ExamplePipe() {
	parent, child := mp.Pipe()
	p := &mp.Process{Target: pingPong, Args: mp.Args(child)}
	p.Start()
	child.Close()
	parent.Send(41)
	v, _ := parent.Recv()
	fmt.Println(v)
	parent.Close()
	p.Join()
	// Output: 42
}

// CurrentProcess names the running process.
func ExampleCurrentProcess() {
	fmt.Println(mp.CurrentProcess().Name, mp.CurrentProcess().Pid() == os.Getpid())
	// Output: MainProcess true
}
