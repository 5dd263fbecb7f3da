// A go statement evaluates the receiver of the method it calls when it
// runs: a pointer variable reassigned after it, a value changed after
// it, goroutines started over a slice of pointers.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct{ id int }

func (j *Job) Run(out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- fmt.Sprint("job", j.id)
}

type Worker struct{ name string }

func (w Worker) Do(n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- fmt.Sprint(w.name, n)
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	j := &Job{1}
	wg.Add(1)
	go j.Run(out, &wg)
	j = &Job{2}
	wg.Add(1)
	go j.Run(out, &wg)
	w := Worker{"a"}
	wg.Add(1)
	go w.Do(1, out, &wg)
	w.name = "b"
	wg.Add(1)
	go w.Do(2, out, &wg)
	var jobs []*Job
	for i := 3; i < 6; i++ {
		jobs = append(jobs, &Job{i})
	}
	for _, jb := range jobs {
		wg.Add(1)
		go jb.Run(out, &wg)
	}
	f := j.Run
	j = &Job{99}
	wg.Add(1)
	go f(out, &wg)
	wg.Wait()
	close(out)
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(got)
}
