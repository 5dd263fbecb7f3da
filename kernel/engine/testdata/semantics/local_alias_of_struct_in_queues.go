// A breadth-first search names its queue's element type with an alias
// declared in the func.
package main

import "fmt"

type Grid [][]byte

func (g Grid) steps(from, to [2]int) int {
	type pt = struct{ r, c, d int }
	seen := map[[2]int]bool{from: true}
	q := []pt{{from[0], from[1], 0}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p.r == to[0] && p.c == to[1] {
			return p.d
		}
		for _, dir := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + dir[0], p.c + dir[1], p.d + 1}
			if n.r < 0 || n.c < 0 || n.r >= len(g) || n.c >= len(g[n.r]) || g[n.r][n.c] == '#' || seen[[2]int{n.r, n.c}] {
				continue
			}
			seen[[2]int{n.r, n.c}] = true
			q = append(q, n)
		}
	}
	return -1
}

func main() {
	type pt = struct{ r, c int }
	cells := [][]int{{0, 0}, {0, 0}}
	q := []pt{{0, 0}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p.r < 1 {
			n := pt{p.r + 1, p.c}
			cells[n.r][n.c] = 1
			q = append(q, n)
		}
	}
	fmt.Println(cells)
	g := Grid{[]byte("..#"), []byte(".##"), []byte("...")}
	fmt.Println(g.steps([2]int{0, 0}, [2]int{2, 2}), g.steps([2]int{0, 0}, [2]int{0, 2}))
}
