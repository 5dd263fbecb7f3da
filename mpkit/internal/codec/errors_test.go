package codec

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

type T struct {
	A  int
	Ch chan int
}

type U struct {
	A int
	x int //lint:ignore U1000 an unexported field the codec must leave alone
}

type WithFunc struct {
	Name string
	F    func()
}

type Deep struct {
	Items []T
	ByKey map[string]WithFunc
	Any   any
}

type failing struct{ A int }

func (failing) MarshalBinary() ([]byte, error) { return nil, errors.New("nope") }
func (*failing) UnmarshalBinary([]byte) error  { return nil }

type badUnmarshal struct{ A int }

func (badUnmarshal) MarshalBinary() ([]byte, error) { return []byte("x"), nil }
func (*badUnmarshal) UnmarshalBinary([]byte) error  { panic("boom") }

func TestSendErrors(t *testing.T) {
	cyc := &Node{Val: 1}
	cyc.Next = cyc
	selfSlice := []any{nil}
	selfSlice[0] = selfSlice
	var x int
	cases := []struct {
		v    any
		want string
	}{
		{make(chan int), "codec: cannot send chan int: a channel cannot travel to another process"},
		{T{}, "codec: cannot send codec.T.Ch: a channel cannot travel to another process"},
		{&T{}, "codec: cannot send *codec.T.Ch: a channel cannot travel to another process"},
		{func() {}, "codec: cannot send func(): a func cannot travel to another process"},
		{WithFunc{}, "codec: cannot send codec.WithFunc.F: a func cannot travel to another process"},
		{unsafe.Pointer(&x), "codec: cannot send unsafe.Pointer: an unsafe.Pointer cannot travel to another process"},
		{U{}, "codec: cannot send codec.U: codec.U has unexported field x and no MarshalBinary"},
		{[]U{{}, {}}, "codec: cannot send []codec.U[0]: codec.U has unexported field x and no MarshalBinary"},
		{[]T{}, "codec: cannot send []codec.T[_].Ch: a channel cannot travel to another process"},
		{Deep{Items: []T{{}}}, "codec: cannot send codec.Deep.Items[0].Ch: a channel cannot travel to another process"},
		{map[string]WithFunc{"k": {}}, `codec: cannot send map[string]codec.WithFunc["k"].F: a func cannot travel to another process`},
		{[]any{1, "a", make(chan int)}, "codec: cannot send []interface {}[2]: a channel cannot travel to another process"},
		{map[string]any{"a": []any{func() {}}}, `codec: cannot send map[string]interface {}["a"][0]: a func cannot travel to another process`},
		{Outer{Any: U{}}, "codec: cannot send codec.Outer.Any: codec.U has unexported field x and no MarshalBinary"},
		{cyc, "cyclic or nested too deep (more than 10000 levels)"},
		{selfSlice, "cyclic or nested too deep"},
		{failing{}, "codec: cannot send codec.failing: MarshalBinary of codec.failing failed: nope"},
		{[]interface{ M() }{nil}, "codec: cannot send []interface { M() }[_]: interface { M() } is an unnamed interface type with methods"},
	}
	for _, c := range cases {
		_, err := Marshal(c.v, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Marshal(%T): got %v\n want %q", c.v, err, c.want)
			continue
		}
		var e *Error
		if !errors.As(err, &e) || e.Reason == "" || e.Path == "" {
			t.Errorf("Marshal(%T): %#v is not a complete *Error", c.v, err)
		}
		if len(err.Error()) > 2000 {
			t.Errorf("Marshal(%T): message of %d bytes", c.v, len(err.Error()))
		}
	}
}

func TestCheck(t *testing.T) {
	for typ, want := range map[reflect.Type]string{
		reflect.TypeFor[T]():         "codec: cannot send codec.T.Ch: a channel cannot travel",
		reflect.TypeFor[[]Deep]():    "codec: cannot send []codec.Deep[_].Items[_].Ch: a channel",
		reflect.TypeFor[U]():         "has unexported field x",
		reflect.TypeFor[Outer]():     "",
		reflect.TypeFor[[]any]():     "",
		reflect.TypeFor[chan bool](): "a channel cannot travel",
	} {
		err := Check(typ)
		if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("Check(%s) = %v, want %q", typ, err, want)
		}
	}
}

func TestDecodePanicsBecomeErrors(t *testing.T) {
	data, err := Marshal(badUnmarshal{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Unmarshal(data, nil)
	if err == nil || !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "panicked: boom") {
		t.Fatalf("got %v", err)
	}
}

// Truncating or altering a valid encoding anywhere gives an error or a
// value, never a panic; truncation always gives an error.
func TestMalformed(t *testing.T) {
	for _, v := range seedValues() {
		data, err := Marshal(v, nil)
		if err != nil {
			t.Fatal(err)
		}
		for n := range len(data) {
			if _, err := Unmarshal(data[:n], nil); err == nil {
				t.Fatalf("%T: truncated to %d of %d bytes: no error", v, n, len(data))
			} else if !errors.Is(err, ErrMalformed) {
				t.Fatalf("%T: truncated: %v does not wrap ErrMalformed", v, err)
			}
		}
		if _, err := Unmarshal(append(data, 0), nil); err == nil {
			t.Fatalf("%T: trailing byte accepted", v)
		}
		mutated := make([]byte, len(data))
		for i := range data {
			for _, b := range []byte{0, 1, 0x7f, 0x80, 0xff, data[i] + 1, data[i] - 1} {
				copy(mutated, data)
				mutated[i] = b
				Unmarshal(mutated, nil)
			}
		}
	}
}

func TestMalformedSizes(t *testing.T) {
	var cases [][]byte
	// A []int of 2^60 elements in a few bytes.
	pl := planFor(reflect.TypeFor[[]int]())
	cases = append(cases, append(append([]byte{}, pl.header...), appendUvarint(nil, 1<<60)...))
	// A []struct{} of 2^60 elements is fine memory-wise but not for a map.
	pl = planFor(reflect.TypeFor[map[struct{}]struct{}]())
	cases = append(cases, append(append([]byte{}, pl.header...), appendUvarint(nil, 1<<40)...))
	// A string of 2^62 bytes.
	cases = append(cases, append([]byte{tagString}, appendUvarint(nil, 1<<62)...))
	// An array type of 2^40 ints.
	desc := appendUvarint([]byte{dArray}, 1<<40)
	desc = append(desc, byte(reflect.Int))
	cases = append(cases, append(append([]byte{tagTyped}, appendUvarint(nil, uint64(len(desc)))...), desc...))
	// Deep pointer nesting in the type.
	desc = nil
	for range 1000 {
		desc = append(desc, dPtr)
	}
	desc = append(desc, byte(reflect.Int))
	cases = append(cases, append(append([]byte{tagTyped}, appendUvarint(nil, uint64(len(desc)))...), desc...))
	// Deep nesting of values: []any{[]any{...}} 20000 deep.
	var deep []byte
	anyPl := planFor(reflect.TypeFor[[]any]())
	for range 20000 {
		deep = append(deep, anyPl.header...)
		deep = append(deep, 2) // one element
	}
	cases = append(cases, deep)
	// A named type that is not at its offset.
	cases = append(cases, append([]byte{tagTyped, 9, dNamed, 0x10, 6}, "main.T"...))
	named := appendNamed(nil, reflect.TypeFor[Point]())
	named[len(named)-1] = 'X' // right offset, wrong name
	cases = append(cases, append(append([]byte{tagTyped}, appendUvarint(nil, uint64(len(named)))...), named...))
	// An interface type as a dynamic type.
	cases = append(cases, []byte{tagTyped, 1, dIface, tagNil})
	// A map key holding an unhashable value: map[any]int{[]int{}: 1}.
	m := map[any]int{1: 1}
	good, _ := Marshal(m, nil)
	bad := append([]byte{}, good[:len(good)-3]...)
	sl, _ := Marshal([]int{}, nil)
	bad = append(append(bad, sl...), 2)
	cases = append(cases, bad)
	for i, data := range cases {
		if v, err := Unmarshal(data, nil); err == nil {
			t.Errorf("case %d: no error, got %T", i, v)
		} else {
			t.Logf("case %d: %v", i, shorten(err))
		}
	}
}

func shorten(err error) string {
	s := err.Error()
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}

func seedValues() []any {
	sq, _ := cellTypes()
	return []any{
		nil, true, 42, int64(-5), 3.25, "str", []byte("b"),
		int8(1), uint32(7), complex64(1i), Celsius(2),
		[]int{1, 2, 3}, []float64{1.5}, [2]int16{1, 2}, []string{"a", "b"},
		map[string]int{"a": 1}, map[any]any{1: "x", "y": []int{2}},
		Point{1, 2}, &Point{3, 4}, []*Point{nil, {5, 6}}, &Node{1, &Node{2, nil}},
		Outer{ID: 1, In: Inner{"n", []string{"t"}}, Any: Point{}, M: map[string][]int{"k": {1}}},
		cellValue().Interface(), reflect.New(sq).Elem().Interface(),
		[]any{1, "a", nil, 2.5, []byte{1}, Point{}},
		Pair[string, []int]{"k", []int{1}},
		&ErrorText{"t", "x"},
		fmt.Errorf("wrapped: %w", errors.New("inner")),
	}
}

func TestLongPathElided(t *testing.T) {
	var segs []string
	for i := range 100 {
		segs = append(segs, fmt.Sprintf(".F%d", i)) // innermost first
	}
	err := rooted(&Error{Reason: "r", segs: segs}, "root").(*Error)
	want := "root.F99.F98"
	if !strings.HasPrefix(err.Path, want) || !strings.Contains(err.Path, ".F76...(52 steps)....F23") || !strings.HasSuffix(err.Path, ".F1.F0") {
		t.Fatalf("path %q", err.Path)
	}
}
