// A tic-tac-toe board is an array type with pointer methods: placing a
// mark through a nil *Board panics at the write, inside the method, after
// the method has already checked the square.
package main

import "fmt"

type Board [3][3]byte

func (b *Board) Free(r, c int) bool {
	return r >= 0 && r < 3 && c >= 0 && c < 3
}

func (b *Board) Place(r, c int, m byte) error {
	if !b.Free(r, c) {
		return fmt.Errorf("square %d,%d is off the board", r, c)
	}
	b[r][c] = m
	return nil
}

func (b *Board) String() string {
	s := ""
	for _, row := range b {
		for _, sq := range row {
			if sq == 0 {
				sq = '.'
			}
			s += string(sq)
		}
		s += "\n"
	}
	return s
}

func main() {
	b := &Board{}
	fmt.Println(b.Place(1, 1, 'X'), b.Place(0, 2, 'O'), b.Place(3, 0, 'X'))
	fmt.Print(b)
	var next *Board
	fmt.Println(next == nil)
	fmt.Println(next.Place(0, 0, 'O'))
}
