package fmtview

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// point is the compiled counterpart of a cell's `type point struct{ x, y int }`.
type point struct{ x, y int }

// cellPoint builds the reflect type the interpreter makes for it: unnamed,
// with exported, renamed fields.
func cellPoint(t *testing.T) (reflect.Type, func(x, y int) any) {
	t.Helper()
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Xx", Type: reflect.TypeOf(0)},
		{Name: "Xy", Type: reflect.TypeOf(0)},
	})
	Forget()
	t.Cleanup(Forget)
	Register(st, TypeInfo{Name: "main.point", Fields: []string{"x", "y"}})
	return st, func(x, y int) any {
		v := reflect.New(st).Elem()
		v.Field(0).SetInt(int64(x))
		v.Field(1).SetInt(int64(y))
		return v.Interface()
	}
}

// asMain names this package's types as a program's own: main.point.
func asMain(s string) string { return strings.ReplaceAll(s, "fmtview.", "main.") }

// TestViewsPrintAsCompiledGo compares the views of a reflect-made struct
// with compiled fmt on the named type it stands for.
func TestViewsPrintAsCompiledGo(t *testing.T) {
	st, mk := cellPoint(t)
	p := mk(1, 2)
	slice := reflect.MakeSlice(reflect.SliceOf(st), 0, 2)
	slice = reflect.Append(slice, reflect.ValueOf(p), reflect.ValueOf(mk(3, 4)))
	m := reflect.MakeMap(reflect.MapOf(reflect.TypeOf(""), st))
	m.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(mk(5, 6)))
	m.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(p))
	ptr := reflect.New(st)
	ptr.Elem().Set(reflect.ValueOf(p))

	want := point{1, 2}
	// %T is not here: fmt answers it before any Formatter, so the front end
	// rewrites %T operands itself (TypeName).
	for _, verb := range []string{"%v", "%+v", "%#v", "%8v", "%d"} {
		got := fmt.Sprintf(verb, Args(p)...)
		if exp := asMain(fmt.Sprintf(verb, want)); got != exp {
			t.Errorf("%s: got %q, compiled Go prints %q", verb, got, exp)
		}
	}
	checks := []struct {
		verb    string
		got     any
		compile any
	}{
		{"%v", slice.Interface(), []point{{1, 2}, {3, 4}}},
		{"%+v", slice.Interface(), []point{{1, 2}, {3, 4}}},
		{"%#v", slice.Interface(), []point{{1, 2}, {3, 4}}},
		{"%v", m.Interface(), map[string]point{"a": {1, 2}, "b": {5, 6}}},
		{"%#v", m.Interface(), map[string]point{"a": {1, 2}, "b": {5, 6}}},
		{"%v", ptr.Interface(), &point{1, 2}},
		{"%+v", ptr.Interface(), &point{1, 2}},
	}
	for _, c := range checks {
		got := fmt.Sprintf(c.verb, Args(c.got)...)
		if exp := asMain(fmt.Sprintf(c.verb, c.compile)); got != exp {
			t.Errorf("%s of %T: got %q, compiled Go prints %q", c.verb, c.compile, got, exp)
		}
	}
	if got := fmt.Sprint(Args(1, "x", 2.5)...); got != "1x2.5" {
		t.Errorf("values that need no view changed: %q", got)
	}
}

// Color stands for a cell's `type Color int` with a String method: the
// interpreter gives its values type int, so the front end names the type
// at the call (As).
func TestNamedBasicTypeByDescription(t *testing.T) {
	Forget()
	t.Cleanup(Forget)
	str := reflect.ValueOf(func(c int) string { return [...]string{"red", "green"}[c] })
	RegisterNamed(TypeInfo{Name: "main.Color", Methods: map[string]reflect.Value{"String": str}, PtrMethods: map[string]bool{}})
	got := fmt.Sprintln(As(1, "T:main.Color"), As([]int{0, 1}, "[]T:main.Color"), As(map[int]string{1: "g", 0: "r"}, "M(T:main.Color)"))
	if want := "green [red green] map[red:r green:g]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := fmt.Sprintf("%d", As(1, "T:main.Color")); got != "1" {
		t.Errorf("%%d: %q", got)
	}
}

func TestPanicValue(t *testing.T) {
	if got := PanicValue(fmt.Errorf("boom %d", 1)); got != "boom 1" {
		t.Errorf("error: %q", got)
	}
	if got := PanicValue("plain"); got != "plain" {
		t.Errorf("string: %q", got)
	}
	if got := PanicValue(42); got != "42" {
		t.Errorf("int: %q", got)
	}
}

// What the engine does for `fmt.Printf("%+v\n", p)` with a cell's struct.
func ExampleArgs() {
	st := reflect.StructOf([]reflect.StructField{{Name: "Xname", Type: reflect.TypeOf("")}})
	Register(st, TypeInfo{Name: "main.user", Fields: []string{"name"}})
	defer Forget()
	u := reflect.New(st).Elem()
	u.Field(0).SetString("ann")
	fmt.Printf("%+v %#v\n", Args(u.Interface(), u.Interface())...)
	// Output: {name:ann} main.user{name:"ann"}
}

// money stands for a cell's `type money int64` with a Format method.
type money int64

func (m money) Format(f fmt.State, verb rune) {
	if verb == 'v' {
		fmt.Fprintf(f, "$%d.%02d", int64(m)/100, int64(m)%100)
		return
	}
	fmt.Fprintf(f, "%d", int64(m))
}

// A registered Format method is called as fmt calls a Formatter's, for
// named basic types (As) and struct types alike.
func TestFormatMethod(t *testing.T) {
	st, mk := cellPoint(t)
	format := reflect.ValueOf(func(m int64, f fmt.State, verb rune) { money(m).Format(f, verb) })
	RegisterNamed(TypeInfo{Name: "main.money", Methods: map[string]reflect.Value{"Format": format}, PtrMethods: map[string]bool{}})
	ptFormat := reflect.ValueOf(func(p any, f fmt.State, verb rune) { fmt.Fprintf(f, "P%c", verb) })
	Register(st, TypeInfo{Name: "main.point", Fields: []string{"x", "y"}, Methods: map[string]reflect.Value{"Format": ptFormat}, PtrMethods: map[string]bool{}})
	got := fmt.Sprintf("%v %d %v", As(int64(12345), "T:main.money"), As(int64(7), "T:main.money"), As([]int64{5, 100}, "[]T:main.money"))
	if want := fmt.Sprintf("%v %d %v", money(12345), money(7), []money{5, 100}); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := fmt.Sprintf("%v %x", Args(mk(1, 2), mk(3, 4))...); got != "Pv Px" {
		t.Errorf("struct: got %q", got)
	}
}

// A panic with a value that is neither an error, a Stringer nor of a
// basic kind prints its type and the address Go prints for it.
func TestPanicValueAddress(t *testing.T) {
	_, mk := cellPoint(t)
	got := PanicValue(mk(1, 2))
	if !strings.HasPrefix(got, "(main.point) 0x") || strings.Contains(got, "%!") {
		t.Errorf("got %q, Go prints (main.point) 0xADDR", got)
	}
}

// %#v names a declared slice, array or map type, an element of interface
// type that is nil, and a byte slice reached through a struct as reflect
// names it.
func TestSharpNames(t *testing.T) {
	st, mk := cellPoint(t)
	RegisterNamed(TypeInfo{Name: "main.matrix"})
	type matrix [2][2]int
	if got, want := fmt.Sprintf("%#v", As([2][2]int{{1, 2}, {3, 4}}, "T:main.matrix")), asMain(fmt.Sprintf("%#v", matrix{{1, 2}, {3, 4}})); got != want {
		t.Errorf("named array: got %q, want %q", got, want)
	}
	if got, want := fmt.Sprintf("%#v", Args([]any{mk(1, 2), nil})...), "[]interface {}{main.point{x:1, y:2}, interface {}(nil)}"; got != want {
		t.Errorf("nil element: got %q, want %q", got, want)
	}
	bs := reflect.StructOf([]reflect.StructField{{Name: "XV", Type: reflect.TypeOf([]byte(nil))}})
	Register(bs, TypeInfo{Name: "main.local", Fields: []string{"v"}})
	v := reflect.New(bs).Elem()
	v.Field(0).SetBytes([]byte{1})
	if got, want := fmt.Sprintf("%#v", Args(v.Interface())...), "main.local{v:[]uint8{0x1}}"; got != want {
		t.Errorf("byte slice field: got %q, want %q", got, want)
	}
	_ = st
}

// A failed type assertion names the session's types, not the
// interpreter's reflect types for them.
func TestAssertMessage(t *testing.T) {
	st, _ := cellPoint(t)
	empty := reflect.StructOf(nil)
	Register(empty, TypeInfo{Name: "main.Dog"})
	for in, want := range map[string]string{
		"interface conversion: interface {} is *" + st.String() + ", not struct {}":            "interface conversion: interface {} is *main.point, not main.Dog",
		"interface conversion: interface {} is nil, not " + st.String():                        "interface conversion: interface {} is nil, not main.point",
		"interface conversion: interface {} is string, not int":                                "interface conversion: interface {} is string, not int",
		"interface conversion: " + st.String() + " is not fmt.Stringer: missing method String": "interface conversion: main.point is not fmt.Stringer: missing method String",
		"interface conversion: float64 is not string: missing method ":                         "interface conversion: interface {} is float64, not string",
	} {
		if got := AssertMessage(in); got != want {
			t.Errorf("%q:\n got %q\nwant %q", in, got, want)
		}
	}
}

// A struct type declared in a func reaches the views by its description
// (name and field names), and is registered as it is first printed.
func TestLocalStructByDescription(t *testing.T) {
	Forget()
	t.Cleanup(Forget)
	st := reflect.StructOf([]reflect.StructField{{Name: "Xv", Type: reflect.TypeOf([]byte(nil))}})
	v := reflect.New(st).Elem()
	v.Field(0).SetBytes([]byte{1})
	got := fmt.Sprintf("%+v %#v", As(v.Interface(), "S:main.local;v"), As([]any{v.Interface()}, "[]S:main.local;v"))
	if want := "{v:[1]} []main.local{main.local{v:[]uint8{0x1}}}"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if info := DescInfo(st, ""); info == nil || info.Name != "main.local" {
		t.Errorf("not registered: %+v", info)
	}
}

// state stands for a cell's `type state int` with a String method.
type state int

func (s state) String() string { return "S" }

// What an unexported field holds prints without methods, down to the
// elements of its maps and slices, as compiled fmt prints it: fmt cannot
// call methods on what it reaches through such a field.
func TestUnexportedFieldsPrintWithoutMethods(t *testing.T) {
	Forget()
	t.Cleanup(Forget)
	str := reflect.ValueOf(func(s int) string { return state(s).String() })
	RegisterNamed(TypeInfo{Name: "main.state", Methods: map[string]reflect.Value{"String": str}, PtrMethods: map[string]bool{}})
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Xtrans", Type: reflect.TypeOf(map[int][]int(nil))},
		{Name: "Pub", Type: reflect.TypeOf(0)},
		{Name: "Xd", Type: reflect.TypeOf(time.Duration(0))},
		{Name: "D", Type: reflect.TypeOf(time.Duration(0))},
		{Name: "Xraw", Type: reflect.TypeOf([]byte(nil))},
	})
	Register(st, TypeInfo{Name: "main.machine", Fields: []string{"trans", "Pub", "d", "D", "raw"},
		FieldDescs: []string{"M(T:main.state)[]T:main.state", "T:main.state", "", "", ""}})
	v := reflect.New(st).Elem()
	v.Field(0).Set(reflect.ValueOf(map[int][]int{0: {1}}))
	v.Field(1).SetInt(2)
	v.Field(2).SetInt(int64(time.Second))
	v.Field(3).SetInt(int64(time.Minute))
	v.Field(4).SetBytes([]byte("hi"))
	type machine struct {
		trans map[state][]state
		Pub   state
		d, D  time.Duration
		raw   []byte
	}
	want := machine{map[state][]state{0: {1}}, 2, time.Second, time.Minute, []byte("hi")}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%x"} {
		got := fmt.Sprintf(verb, Args(v.Interface())...)
		if exp := asMain(fmt.Sprintf(verb, want)); got != exp {
			t.Errorf("%s: got %q, compiled Go prints %q", verb, got, exp)
		}
	}
}

// The method an assertion's message names is the first of the
// interface's that the value's type lacks: a compiled type's are those
// reflect sees, a session type's those registered for it (a pointer
// receiver's only for a pointer).
func TestMissingMethod(t *testing.T) {
	st, mk := cellPoint(t)
	Register(st, TypeInfo{Name: "main.point", Fields: []string{"x", "y"}, PtrMethods: map[string]bool{"Area": false, "Scale": true}})
	for _, c := range []struct {
		v       any
		methods []string
		want    string
	}{
		{"hello", []string{"Area", "Perimeter"}, "Area"},
		{time.Second, []string{"String", "Round"}, ""},
		{time.Second, []string{"String", "Seconds", "Zero"}, "Zero"},
		{mk(1, 2), []string{"Area", "Scale"}, "Scale"},
		{reflect.New(st).Interface(), []string{"Area", "Scale"}, ""},
		{mk(1, 2), []string{"Area", "Perimeter"}, "Perimeter"},
	} {
		if got := MissingMethod(c.v, c.methods); got != c.want {
			t.Errorf("%T %v: got %q, want %q", c.v, c.methods, got, c.want)
		}
	}
}

// TestNilElementsPrintAsCompiledGo pins a nil interface inside a viewed
// value: <nil> under every verb but %#v (unpadded), and as an operand of
// its own fmt's bad verb.
func TestNilElementsPrintAsCompiledGo(t *testing.T) {
	_, mk := cellPoint(t)
	elems := []any{nil, mk(1, 2)}
	want := []any{nil, point{1, 2}}
	for _, verb := range []string{"%s", "%d", "%v", "%6s", "%-6d|", "%x", "%#v"} {
		got := fmt.Sprintf(verb, Args(elems)...)
		if exp := asMain(fmt.Sprintf(verb, want)); got != exp {
			t.Errorf("%s: got %q, compiled Go prints %q", verb, got, exp)
		}
		got = fmt.Sprintf(verb, Args(nil)...)
		if exp := fmt.Sprintf(verb, nil); got != exp {
			t.Errorf("%s of nil: got %q, compiled Go prints %q", verb, got, exp)
		}
	}
}

// errWrapper has the shape of the interpreter's wrapper of a cell value
// in an error: the value first, then the method.
type errWrapper struct {
	IValue any
	WError func() string
}

func (w errWrapper) Error() string { return w.WError() }

// An error that wraps a cell value is printed as the value: by its
// Format method, or by its fields under a verb that is no string verb.
// ErrorfArgs keeps it for %w.
func TestWrappedErrorPrintsAsValue(t *testing.T) {
	st, mk := cellPoint(t)
	errorMethod := reflect.ValueOf(func(p any) string { return "bad point" })
	Register(st, TypeInfo{Name: "main.point", Fields: []string{"x", "y"}, Methods: map[string]reflect.Value{"Error": errorMethod}, PtrMethods: map[string]bool{}})
	e := errWrapper{IValue: mk(1, 2), WError: func() string { return "bad point" }}
	if got := fmt.Sprintf("%v|%s|%d|%+v", Args(e, e, e, e)...); got != "bad point|bad point|{1 2}|bad point" {
		t.Errorf("Error: got %q", got)
	}
	format := reflect.ValueOf(func(p any, f fmt.State, verb rune) { fmt.Fprintf(f, "P%c", verb) })
	Register(st, TypeInfo{Name: "main.point", Fields: []string{"x", "y"}, Methods: map[string]reflect.Value{"Error": errorMethod, "Format": format}, PtrMethods: map[string]bool{}})
	if got := fmt.Sprintf("%v %s %d", Args(e, e, e)...); got != "Pv Ps Pd" {
		t.Errorf("Format: got %q", got)
	}
	if got := ErrorfArgs(e); reflect.TypeOf(got[0]) != reflect.TypeOf(e) {
		t.Errorf("ErrorfArgs: got a %T, want the error itself", got[0])
	}
}
