// Methods deferred through an interface value: the one the value's type
// has runs, and one that calls recover ends the panic as Go's does.
package main

import "fmt"

type catcher interface{ catch(step int) }

type guard struct{ name string }

func (g *guard) catch(step int) {
	if r := recover(); r != nil {
		fmt.Println(g.name, step, "recovered:", r)
	}
}

type quiet struct{ n int }

func (q quiet) catch(step int) {
	fmt.Println("quiet", q.n, step, recover() != nil)
}

type logger struct{ lines []string }

func (l *logger) catch(step int) { l.lines = append(l.lines, fmt.Sprint("step ", step)) }

func run(c catcher, step int) {
	defer c.catch(step)
	if step%2 == 1 {
		panic(fmt.Sprint("step ", step, " failed"))
	}
}

func main() {
	run(&guard{"ptr"}, 1)
	run(quiet{7}, 3)
	run(&quiet{8}, 5)
	run(&guard{"ok"}, 2)
	l := &logger{}
	run(l, 4)
	fmt.Println(l.lines)
	cs := []catcher{&guard{"a"}, quiet{1}, &guard{"b"}}
	for i, c := range cs {
		func() {
			defer c.catch(i)
			panic(i)
		}()
	}
	defer fmt.Println("main ends")
	run(l, 7)
}
