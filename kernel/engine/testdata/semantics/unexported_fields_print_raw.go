// fmt calls String only where it may: a field of a Stringer type prints
// by its String method when the field is exported, and as its plain value
// when it is not (fmt cannot call methods on unexported fields), down to
// the keys and elements of maps and slices such a field holds. Verbs that
// do not fit a declared type's kind name that type.
package main

import (
	"fmt"
	"time"
)

type state int

const (
	idle state = iota
	running
	done
)

func (s state) String() string { return [...]string{"idle", "running", "done"}[s] }

type Machine struct {
	Current state
	trans   map[state][]state
	history []state
}

type task struct {
	name    string
	timeout time.Duration
	Elapsed time.Duration
	raw     []byte
}

type Level int

func main() {
	m := Machine{Current: running, trans: map[state][]state{idle: {running}, running: {done, idle}}, history: []state{idle}}
	fmt.Printf("%v\n%+v\n", m, m)
	fmt.Println(m.Current, m.history, m.trans)

	t := task{name: "build", timeout: 2 * time.Second, Elapsed: 1500 * time.Millisecond, raw: []byte("ok")}
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Printf("%s\n", t)

	type local struct {
		s state
		S state
	}
	fmt.Printf("%+v\n", local{done, done})
	fmt.Printf("%+v\n", struct {
		at time.Duration
		At time.Duration
	}{time.Minute, time.Minute})

	fmt.Printf("%s %d %v %x\n", Level(2), Level(3), Level(4), Level(255))
}
