// Memory layout with package unsafe: Sizeof, Alignof, Offsetof (field
// order and padding), reading a float64's bits through unsafe.Pointer,
// unsafe.Add, unsafe.String and unsafe.Slice.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A bool
	B int64
	C bool
}

type T struct {
	A, C bool
	B    int64
}

func main() {
	fmt.Println(unsafe.Sizeof(S{}), unsafe.Sizeof(T{}), unsafe.Alignof(int64(0)), unsafe.Offsetof(S{}.B))
	var s S
	fmt.Println(unsafe.Offsetof(s.C), unsafe.Sizeof(s.A))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	arr := []int32{1, 2, 3}
	p := unsafe.Pointer(&arr[0])
	second := *(*int32)(unsafe.Add(p, 4))
	fmt.Println(second)
	b := []byte("hello")
	str := unsafe.String(&b[0], len(b))
	fmt.Println(str, len(unsafe.Slice(&arr[0], 2)))
}
