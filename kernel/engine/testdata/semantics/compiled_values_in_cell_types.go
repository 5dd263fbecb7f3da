package main

import (
	"fmt"
	"time"
)

// Stringer is declared by the program (fmt.Stringer is the standard one).
type Stringer interface{ String() string }

// Timeout embeds a compiled type, whose String method it promotes.
type Timeout struct {
	time.Duration
	name string
}

func main() {
	var v any = time.Second
	s, ok := v.(Stringer)
	fmt.Println(s, ok)
	fs, ok := v.(fmt.Stringer)
	fmt.Println(fs, ok)
	t := Timeout{2 * time.Second, "dial"}
	fmt.Println(t, t.String(), t.name)
}
