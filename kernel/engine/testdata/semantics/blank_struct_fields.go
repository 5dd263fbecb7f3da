// Blank fields in struct types (padding): sizes, printing, comparison
// and encoding ignore or show them as Go does.
package main

import (
	"encoding/json"
	"fmt"
	"unsafe"
)

type Header struct {
	Version uint8
	_       [3]byte
	Length  uint32
	_       uint16
	Flags   uint16
}

type Padded struct {
	A int
	_ int
	B string
	_ [2]byte
}

func main() {
	h := Header{Version: 1, Length: 64, Flags: 3}
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.Length), unsafe.Offsetof(h.Flags))
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println(h == Header{Version: 1, Length: 64, Flags: 3})

	p := Padded{A: 1, B: "x"}
	q := p
	q.B = "y"
	fmt.Println(p == q, p.A == q.A)
	data, err := json.Marshal(p)
	fmt.Println(string(data), err)

	type row struct {
		id int
		_  bool
		_  bool
	}
	fmt.Printf("%+v %d\n", row{id: 7}, unsafe.Sizeof(row{}))
	anon := struct {
		X int
		_ int8
		_ int8
	}{X: 5}
	fmt.Printf("%v %+v\n", anon, anon)
}
