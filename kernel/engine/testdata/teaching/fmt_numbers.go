package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")
	fmt.Printf("%o %O %#x %#o %+d %05d %x\n", 8, 8, 255, 8, 5, -42, -255)
	fmt.Printf("%08.3f|%+.1e|%g|%g\n", 3.14159, 12345.678, 0.000001, 1e6)
	fmt.Printf("%v %v %v\n", int8(-128), uint8(200), 1<<62)
	fmt.Printf("%U %#U %x %X\n", 0x1F600, 'x', "é", []byte{1, 171})
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%v %.3v %10.4v|\n", 1.0/3, "abcdef", 2.0/3)
	fmt.Printf("%t %v %p\n", false, complex(1, -2), nil)
	fmt.Printf("%6.2f%%\n", 99.5)
}
