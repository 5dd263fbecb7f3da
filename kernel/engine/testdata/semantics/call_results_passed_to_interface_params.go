// A call's result passed to an interface parameter of a func with
// several parameters asserts back to its type in the func (a composite
// of nodes walked with a visitor).
package main

import "fmt"

type Node interface{ Size() int }

type File struct {
	name string
	size int
}

func (f *File) Size() int { return f.size }

type Dir struct {
	name string
	kids []Node
}

func (d *Dir) Size() int {
	total := 0
	for _, k := range d.kids {
		total += k.Size()
	}
	return total
}

func newFile(name string, size int) Node { return &File{name, size} }

func Walk(n Node, depth int, visit func(Node, int)) {
	visit(n, depth)
	if d, ok := n.(*Dir); ok {
		for _, k := range d.kids {
			Walk(k, depth+1, visit)
		}
	}
}

func describe(n Node, prefix string) string {
	switch n := n.(type) {
	case *Dir:
		return fmt.Sprintf("%s%s/ (%d)", prefix, n.name, n.Size())
	case *File:
		return fmt.Sprintf("%s%s %d", prefix, n.name, n.size)
	}
	return prefix + "?"
}

func main() {
	root := &Dir{"root", []Node{newFile("a.txt", 3), &Dir{"src", []Node{newFile("main.go", 40)}}}}
	Walk(root, 0, func(n Node, depth int) {
		fmt.Println(describe(n, fmt.Sprint(depth, " ")))
	})
	Walk(newFile("lone.txt", 7), 0, func(n Node, depth int) {
		_, isFile := n.(*File)
		fmt.Println("file?", isFile, depth)
	})
	fmt.Println(describe(&Dir{"empty", nil}, "> "))
}
