// Goroutines started in a loop build unkeyed literals from fields of the
// loop's variables (a struct value and a pointer), the worker-pool shape:
// out <- Result{j.ID, j.N * 2}.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID, N int
}

type Result struct {
	ID, Out int
}

type Task struct {
	Name string
	Cost int
	Next *Task
}

func main() {
	jobs := []Job{{1, 10}, {2, 20}, {3, 30}}
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- Result{j.ID, j.N * 2}
		}()
	}
	wg.Wait()
	close(out)
	var rs []Result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].ID < rs[b].ID })
	fmt.Println(rs)

	deploy := &Task{Name: "deploy", Cost: 1}
	tasks := []*Task{{"build", 3, nil}, {"test", 5, deploy}}
	names := make(chan []string, len(tasks))
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			names <- []string{t.Name, fmt.Sprint(t.Cost)}
		}()
	}
	wg.Wait()
	close(names)
	var all [][]string
	for n := range names {
		all = append(all, n)
	}
	sort.Slice(all, func(a, b int) bool { return all[a][0] < all[b][0] })
	fmt.Println(all)

	nexts := make(chan []*Task, len(tasks))
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			nexts <- []*Task{t.Next}
		}()
	}
	wg.Wait()
	close(nexts)
	found := 0
	for n := range nexts {
		if n[0] != nil {
			found++
			fmt.Println("next:", n[0].Name)
		}
	}
	fmt.Println(found)
}
