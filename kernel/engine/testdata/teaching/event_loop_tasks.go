// An event loop as JavaScript lessons simulate it: tasks that point
// back at the loop that owns them, held in its queues by value.
package main

import "fmt"

type Task struct {
	name  string
	owner *Loop
	run   func(*Loop)
}

type Loop struct {
	queue []Task
	micro []Task
	log   []string
}

func (l *Loop) setTimeout(name string, f func(*Loop)) {
	l.queue = append(l.queue, Task{name, l, f})
}

func (l *Loop) queueMicrotask(name string, f func(*Loop)) {
	l.micro = append(l.micro, Task{name: name, owner: l, run: f})
}

func (l *Loop) runAll() {
	for len(l.queue) > 0 {
		t := l.queue[0]
		l.queue = l.queue[1:]
		l.log = append(l.log, "task "+t.name)
		t.run(t.owner)
		for len(l.micro) > 0 {
			m := l.micro[0]
			l.micro = l.micro[1:]
			l.log = append(l.log, "micro "+m.name)
			m.run(l)
		}
	}
}

func main() {
	l := &Loop{}
	l.setTimeout("a", func(l *Loop) {
		l.queueMicrotask("a1", func(l *Loop) { l.setTimeout("c", func(*Loop) {}) })
	})
	l.setTimeout("b", func(l *Loop) { l.queueMicrotask("b1", func(*Loop) {}) })
	fmt.Println(len(l.queue), l.queue[0].name, l.queue[1].owner == l)
	l.runAll()
	for i, s := range l.log {
		fmt.Println(i, s)
	}
	fmt.Printf("%d %v\n", len(l.queue), l.queue[:0])
}
