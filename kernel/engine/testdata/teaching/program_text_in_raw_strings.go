// A program that holds Go source in raw strings, as a lesson on
// go/parser or code generation does: its text stays as written.
package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

func main() {
	src := `package demo

func main() {
	println("hi")
}

func helper() int { return 1 }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, 0)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, d := range f.Decls {
		fmt.Printf("%T at line %d\n", d, fset.Position(d.Pos()).Line)
	}
	fmt.Println(len(src), strings.Count(src, "func main()"))
	fmt.Printf("%q\n", strings.SplitN(src, "\n", 4)[2])
}
