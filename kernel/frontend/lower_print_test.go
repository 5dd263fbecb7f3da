package frontend

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestTypeArgsTight(t *testing.T) {
	for in, want := range map[string]string{
		"main.Pair[string, int]":                        "main.Pair[string,int]",
		"[]main.Pair[main.List[int], map[string]int]":   "[]main.Pair[main.List[int],map[string]int]",
		"map[string]main.Pair[func(int, string), bool]": "map[string]main.Pair[func(int, string),bool]",
		"func(int, string) [2]int":                      "func(int, string) [2]int",
		"struct { A int; B string }":                    "struct { A int; B string }",
	} {
		if got := typeArgsTight(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// goTypeName spells a static type as %T prints it in a compiled program:
// func types without parameter names, channels with their direction,
// interfaces and any as reflect writes them, byte as uint8, and packages
// in type arguments by path.
func TestGoTypeNameAsReflect(t *testing.T) {
	const src = `package main

import "go/token"

type Point struct{ X int }

type Pair[K comparable, V any] struct {
	K K
	V V
}

var (
	fn    func(p Point, rest ...int) (n int, err error)
	ch    chan Point
	rch   <-chan *Point
	nest  chan (<-chan Point)
	sch   chan<- []byte
	anys  []any
	iface func(x interface{ Area(s int) float64 })
	pair  Pair[string, any]
	pos   Pair[string, token.Pos]
	runes map[rune]struct{ F func(Point) }
)
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("main", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"fn":    "func(main.Point, ...int) (int, error)",
		"ch":    "chan main.Point",
		"rch":   "<-chan *main.Point",
		"nest":  "chan (<-chan main.Point)",
		"sch":   "chan<- []uint8",
		"anys":  "[]interface {}",
		"iface": "func(interface { Area(int) float64 })",
		"pair":  "main.Pair[string,interface {}]",
		"pos":   "main.Pair[string,go/token.Pos]",
		"runes": "map[int32]struct { F func(main.Point) }",
	} {
		if got := goTypeName(pkg.Scope().Lookup(name).Type()); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
}

// TestInstanceSpelled checks that the copies of generic types are named
// as the instances they stand for, inside other types too.
func TestInstanceSpelled(t *testing.T) {
	box := specName(hook+"t", "Box", []types.Type{types.Typ[types.Int]})
	pair := specName(hook+"t", "Pair", []types.Type{types.Typ[types.String], types.Typ[types.Bool]})
	for in, want := range map[string]string{
		"main." + box:               "main.Box[int]",
		"*main." + box:              "*main.Box[int]",
		"map[string][]main." + pair: "map[string][]main.Pair[string,bool]",
		"main.T":                    "main.T",
		"func(main." + box + ") main." + pair + "": "func(main.Box[int]) main.Pair[string,bool]",
	} {
		if got := instanceSpelled(in); got != want {
			t.Errorf("instanceSpelled(%q) = %q, want %q", in, got, want)
		}
	}
}
