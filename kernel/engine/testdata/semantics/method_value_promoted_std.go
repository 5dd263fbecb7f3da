package main

import (
	"fmt"
	"strings"
	"time"
)

type Timeout struct {
	time.Duration
	name string
}

type Buf struct{ strings.Builder }

func main() {
	// Method values of methods promoted from embedded standard types.
	t := Timeout{2 * time.Second, "t"}
	f := t.String
	t.Duration = time.Minute
	fmt.Println(f(), t.Duration, t.name)
	var b Buf
	w := b.WriteString
	w("hi")
	fmt.Println(b.String())
}
