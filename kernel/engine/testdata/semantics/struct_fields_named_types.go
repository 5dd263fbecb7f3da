// Struct fields of a declared type with a String method (a task's
// status), slices of it and pointers to the struct print with the
// method; an unexported field prints without it, as fmt cannot call it.
package main

import "fmt"

type Status int

const (
	Todo Status = iota
	Done
)

func (s Status) String() string { return [...]string{"todo", "done"}[s] }

type Task struct {
	Name   string
	Status Status
	Tags   []Status
	Next   *Task
}

type inner struct {
	s Status
}

func main() {
	t := Task{"write", Done, []Status{Todo, Done}, nil}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	fmt.Printf("%#v\n", t.Status)
	ts := []Task{t, {Name: "read"}}
	fmt.Println(ts)
	m := map[string]Task{"a": t}
	fmt.Println(m)
	fmt.Println(&t)
	fmt.Println(inner{Done})
	var x any = t
	fmt.Println(x)
}
