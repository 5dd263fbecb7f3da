// A recursive walk hands each node to a visitor before walking on; the
// visitor panics deep down: each walk frame names its call of walk, not
// the visitor's call that ran last.
package main

import "fmt"

type Dir struct {
	Name string
	Subs []*Dir
}

func walk(d *Dir, depth int, visit func(*Dir, int)) {
	visit(d, depth)
	for _, s := range d.Subs {
		walk(s, depth+1, visit)
	}
}

func main() {
	root := &Dir{"/", []*Dir{{"etc", nil}, {"home", []*Dir{{"ann", []*Dir{{"secret", nil}}}}}}}
	walk(root, 0, func(d *Dir, depth int) {
		fmt.Printf("%*s%s\n", 2*depth, "", d.Name)
		if depth == 3 {
			panic("too deep: " + d.Name)
		}
	})
}
