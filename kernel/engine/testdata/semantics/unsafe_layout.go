// unsafe's layout funcs on the program's structs, and pointer
// arithmetic with unsafe.Add.
package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	c int16
	d int64
	e [3]byte
}

func main() {
	var a A
	fmt.Println(unsafe.Offsetof(a.c), unsafe.Offsetof(a.d), unsafe.Offsetof(a.e))
	fmt.Println(unsafe.Sizeof(a), unsafe.Alignof(a), unsafe.Sizeof(a.e), unsafe.Alignof(a.c))
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	var off uintptr = 8
	fmt.Println(*(*int32)(unsafe.Add(p, off)), *(*int32)(unsafe.Add(p, 4)), *(*int32)(unsafe.Add(p, int64(12))))
	s := unsafe.Slice(&arr[0], 3)
	fmt.Println(s, len(s))
}
