package codec

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// cellTypes builds struct types the way the interpreter builds the types
// of `type Sq struct{ S float64 }` and
// `type T struct{ A int; label string; Base Sq; W time.Time; Any any; L []Sq; M map[string]*Sq; Tag int "json:\"tag\"" }`:
// with reflect.StructOf, unexported fields renamed with an X prefix.
func cellTypes() (sq, cell reflect.Type) {
	sq = reflect.StructOf([]reflect.StructField{{Name: "S", Type: reflect.TypeFor[float64]()}})
	cell = reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeFor[int]()},
		{Name: "Xlabel", Type: reflect.TypeFor[string]()},
		{Name: "Base", Type: sq},
		{Name: "W", Type: reflect.TypeFor[time.Time]()},
		{Name: "Any", Type: reflect.TypeFor[any]()},
		{Name: "L", Type: reflect.SliceOf(sq)},
		{Name: "M", Type: reflect.MapOf(reflect.TypeFor[string](), reflect.PointerTo(sq))},
		{Name: "Tag", Type: reflect.TypeFor[int](), Tag: `json:"tag"`},
	})
	return sq, cell
}

// cellValue makes a value of the cell type with every field set.
func cellValue() reflect.Value {
	sq, cell := cellTypes()
	mk := func(s float64) reflect.Value {
		v := reflect.New(sq).Elem()
		v.Field(0).SetFloat(s)
		return v
	}
	v := reflect.New(cell).Elem()
	v.Field(0).SetInt(7)
	v.Field(1).SetString("seven")
	v.Field(2).Set(mk(1.5))
	v.Field(3).Set(reflect.ValueOf(time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)))
	v.Field(4).Set(reflect.ValueOf(any(mk(2.5).Interface())))
	v.Field(5).Set(reflect.Append(reflect.MakeSlice(reflect.SliceOf(sq), 0, 2), mk(3), mk(4)))
	m := reflect.MakeMap(cell.Field(6).Type)
	p := reflect.New(sq)
	p.Elem().Set(mk(5))
	m.SetMapIndex(reflect.ValueOf("five"), p)
	v.Field(6).Set(m)
	v.Field(7).SetInt(8)
	return v
}

func TestStructOfRoundTrip(t *testing.T) {
	_, cell := cellTypes()
	v := cellValue()
	for _, x := range []any{
		v.Interface(),
		reflect.Append(reflect.MakeSlice(reflect.SliceOf(cell), 0, 1), v).Interface(),
		[]any{v.Interface(), 1},
		map[string]any{"cell": v.Interface()},
	} {
		data, err := Marshal(x, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Unmarshal(data, nil)
		if err != nil {
			t.Fatal(err)
		}
		if reflect.TypeOf(got) != reflect.TypeOf(x) {
			t.Fatalf("type %T, want %T", got, x)
		}
		if !reflect.DeepEqual(got, x) {
			t.Fatalf("got %#v\nwant %#v", got, x)
		}
	}
	// The descriptor of each part leads back to the identical type.
	for _, typ := range []reflect.Type{cell, reflect.PointerTo(cell), reflect.SliceOf(cell), reflect.MapOf(reflect.TypeFor[string](), cell), reflect.ArrayOf(3, cell)} {
		pl := planFor(typ)
		if pl.descErr != nil || pl.err != nil {
			t.Fatalf("%s: %v %v", typ, pl.descErr, pl.err)
		}
		back, err := typeFromDesc(pl.desc)
		if err != nil || back != typ {
			t.Fatalf("%s: rebuilt as %v (%v)", typ, back, err)
		}
	}
}

func TestStructOfBlankAndUnexported(t *testing.T) {
	// A compiled unnamed struct with a blank field rebuilds identically.
	v := struct {
		_ [0]func()
		A int
	}{A: 3}
	roundTrip(t, v)
	// An unnamed struct with an unexported field cannot travel.
	_, err := Marshal(struct{ a, B int }{1, 2}, nil)
	if err == nil || !strings.Contains(err.Error(), "has unexported field a and no MarshalBinary") {
		t.Fatalf("got %v", err)
	}
}

const yaegiDecls = `
type Sq struct{ S float64 }
type T struct {
	A     int
	label string
	Base  Sq
	W     time.Time
	Any   interface{}
	L     []Sq
	M     map[string]*Sq
	Tag   int ` + "`json:\"tag\"`" + `
}
func Describe(t T) string {
	return fmt.Sprint(t.A, " ", t.label, " ", t.Base.S, " ", t.W.Year(), " ", t.Any, " ", t.L, " ", t.M["five"].S, " ", t.Tag)
}
func Make() T {
	return T{A: 7, label: "seven", Base: Sq{1.5}, W: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC),
		Any: Sq{2.5}, L: []Sq{{3}, {4}}, M: map[string]*Sq{"five": {5}}, Tag: 8}
}
`

const yaegiDescribed = "7 seven 1.5 2020 {2.5} [{3} {4}] 5 8"

// newInterp returns an interpreter that has evaluated yaegiDecls.
func newInterp(t testing.TB) *interp.Interpreter {
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{`import ("fmt"; "time")`, yaegiDecls} {
		if _, err := i.Eval(src); err != nil {
			t.Fatalf("eval: %v", err)
		}
	}
	return i
}

// callDescribe calls the interpreted Describe with v, which panics if v is
// not of the interpreter's type T.
func callDescribe(t testing.TB, i *interp.Interpreter, v any) string {
	f, err := i.Eval("Describe")
	if err != nil {
		t.Fatal(err)
	}
	return f.Call([]reflect.Value{reflect.ValueOf(v)})[0].String()
}

// The interpreter's struct types are what cellTypes imitates, and a value
// made by interpreted code decodes to a value interpreted code accepts.
func TestYaegiStructTypes(t *testing.T) {
	i := newInterp(t)
	mk, err := i.Eval("Make")
	if err != nil {
		t.Fatal(err)
	}
	v := mk.Call(nil)[0]
	_, cell := cellTypes()
	if v.Type() != cell {
		t.Fatalf("the interpreter's T is %s, the imitation is %s", v.Type(), cell)
	}
	data, err := MarshalValue(v, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unmarshal(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := callDescribe(t, i, got); s != yaegiDescribed {
		t.Fatalf("Describe(decoded) = %q, want %q", s, yaegiDescribed)
	}
	// A second interpreter (as in a child process) accepts it too.
	if s := callDescribe(t, newInterp(t), got); s != yaegiDescribed {
		t.Fatalf("second interpreter: %q", s)
	}
}

// Recursive struct types of interpreted code cannot be rebuilt by
// reflect.StructOf; they give a clear error instead of looping.
func TestYaegiRecursiveType(t *testing.T) {
	i := interp.New(interp.Options{})
	if _, err := i.Eval(`type Node struct { V int; Next *Node }`); err != nil {
		t.Fatal(err)
	}
	v, err := i.Eval(`Node{V: 1, Next: &Node{V: 2}}`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = MarshalValue(v, nil)
	if err == nil || !strings.Contains(err.Error(), "refers to itself") {
		t.Fatalf("got %v", err)
	}
}

// An interpreted interface type with methods is held in an
// interpreter-internal struct, which cannot travel; the error says where.
func TestYaegiMethodInterfaceField(t *testing.T) {
	i := interp.New(interp.Options{})
	if _, err := i.Eval(`type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }
type Holder struct { Sh Shape }`); err != nil {
		t.Fatal(err)
	}
	v, err := i.Eval(`Holder{Sh: Sq{2}}`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = MarshalValue(v, nil)
	if err == nil || !strings.Contains(err.Error(), ".Sh: ") {
		t.Fatalf("got %v", err)
	}
	t.Log(err)
}
