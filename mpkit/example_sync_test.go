package mpkit_test

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	mp "github.com/goteach/goteach/mpkit"
)

// A Lock is taken with Acquire (or Lock, for "with lock:") and given back
// with Release. The same lock works between processes: pass it to them as
// an argument.
func ExampleLock() {
	l := mp.NewLock()
	if err := l.Acquire(); err != nil {
		fmt.Println(err) // errors.Is(err, mp.ErrOwnerDead): the last holder died
	}
	fmt.Println(l.Locked(), l.TryAcquire())
	l.Release()
	fmt.Println(l)

	l.Lock() // with l:
	err := l.AcquireTimeout(10 * time.Millisecond)
	fmt.Println(errors.Is(err, mp.ErrTimeout))
	l.Unlock()
	// Output:
	// true false
	// <Lock(owner=None)>
	// true
}

// Python's v.value += 1 is v.SetInt(v.Int() + 1): a read then a write, so
// it needs the value's lock when several goroutines or processes do it.
func ExampleValue() {
	v := mp.NewValue("i", 0)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				v.GetLock().Lock()
				v.SetInt(v.Int() + 1)
				v.GetLock().Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(v.Value())

	// Integers wrap around as in C.
	fmt.Println(mp.NewValue("i", 1<<31).Value(), mp.NewValue("b", 200).Value(), mp.NewValue("B", -1).Value())
	d := mp.NewValue("d", 0.5)
	d.SetFloat(d.Float() * 3)
	fmt.Println(d.Value())
	// Printed, a Value shows what Python's print(v) shows.
	fmt.Println(d, mp.NewRawValue("c", 'h'))
	// Output:
	// 4000
	// -2147483648 -56 255
	// 1.5
	// <Synchronized wrapper for c_double(1.5)> c_char(b'h')
}

// An Array is a fixed-length run of numbers in shared memory. Float64s,
// Int32s, Int64s and Bytes are views of that memory, not copies.
func ExampleArray() {
	a := mp.NewArray("i", []int{1, 2, 3, 4})
	a.SetInt(0, 10)
	fmt.Println(a.Ints(), a.Len(), a.Int(0), a.Slice(1, 3))

	zeros := mp.NewArray("d", 3)
	xs := zeros.Float64s()
	xs[1] = 2.5
	fmt.Println(zeros.Floats(), zeros.Float(1))

	s := mp.NewArray("c", 10)
	s.SetText("hello")
	fmt.Println(s.Text())
	// Output:
	// [10 2 3 4] 4 10 [2 3]
	// [0 2.5 0] 2.5
	// hello
}

// A Semaphore lets at most n holders in at once.
func ExampleSemaphore() {
	s := mp.NewSemaphore(2)
	var inside, most, entries atomic.Int32
	var wg, firstTwo sync.WaitGroup
	firstTwo.Add(2)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Acquire()
			n := inside.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			if entries.Add(1) <= 2 {
				// The first two holders wait for each other inside.
				firstTwo.Done()
				firstTwo.Wait()
			}
			inside.Add(-1)
			s.Release()
		}()
	}
	wg.Wait()
	fmt.Println("at most", most.Load(), "at once; value", s.GetValue())

	b := mp.NewBoundedSemaphore(1)
	fmt.Println(b.TryAcquire(), b.TryAcquire())
	b.Release()
	// Output:
	// at most 2 at once; value 2
	// true false
}

// Wait blocks until some goroutine, in this or another process, calls Set.
func ExampleEvent() {
	e := mp.NewEvent()
	fmt.Println(e.IsSet(), e.Wait(10*time.Millisecond))
	go e.Set()
	fmt.Println(e.Wait(), e)
	// Output:
	// false false
	// true <Event(set)>
}
