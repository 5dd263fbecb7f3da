package main

import (
	"fmt"
	"time"
)

// Stringer is declared by the program (fmt.Stringer is the standard one).
type Stringer interface{ String() string }

func main() {
	var v any = time.Second
	s, ok := v.(Stringer)
	fmt.Println(s, ok)
	fs, ok := v.(fmt.Stringer)
	fmt.Println(fs, ok)
}
