// Named results of struct types assigned struct literals (one, two at
// once, an unnamed struct type), as a parser returning (m Maze, err
// error) and a func returning two corners do.
package main

import "fmt"

type Point struct{ R, C int }

type Maze struct {
	grid       []string
	start, end Point
}

func parse(lines []string) (m Maze, err error) {
	m.grid = lines
	for r, line := range lines {
		for c, ch := range line {
			switch ch {
			case 'S':
				m.start = Point{r, c}
			case 'E':
				m.end = Point{R: r, C: c}
			}
		}
	}
	if m.start == (Point{}) {
		err = fmt.Errorf("no start")
	}
	return
}

func corners(w, h int) (tl, br Point) {
	tl, br = Point{0, 0}, Point{w - 1, h - 1}
	return
}

func origin() (p Point, label struct{ Name string }) {
	p = Point{1, 1}
	label = struct{ Name string }{"origin"}
	return
}

func main() {
	m, err := parse([]string{"#S#", "#.E"})
	fmt.Println(m.start, m.end, err)
	fmt.Println(corners(3, 2))
	fmt.Println(origin())
}
