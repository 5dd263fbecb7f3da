package codec

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"net/netip"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

type Point struct {
	X, Y int
}

type Celsius float64

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	ID     int64
	In     Inner
	PIn    *Inner
	Any    any
	M      map[string][]int
	Arr    [3]uint16
	When   time.Time
	Big    *big.Int
	Temp   Celsius
	Nested [][]Point
	Err    error
	Bytes  []byte
	Flag   bool
	C      complex128
	_      [0]func() // blank marker: carries nothing
	Embedded
}

type Embedded struct {
	E int
}

type Node struct {
	Val  int
	Next *Node
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Stringer interface{ String() string }

func (p Point) String() string { return "pt" }

// roundTrip encodes v, decodes it and checks that the result is deeply
// equal to v and of the same type.
func roundTrip(t *testing.T, v any) any {
	t.Helper()
	data, err := Marshal(v, nil)
	if err != nil {
		t.Fatalf("Marshal(%T): %v", v, err)
	}
	got, err := Unmarshal(data, nil)
	if err != nil {
		t.Fatalf("Unmarshal(%T): %v (data %x)", v, err, data)
	}
	if reflect.TypeOf(got) != reflect.TypeOf(v) {
		t.Fatalf("type: got %T, want %T", got, v)
	}
	if !deepEqual(got, v) {
		t.Fatalf("value of %T: got %#v, want %#v", v, got, v)
	}
	return got
}

// deepEqual is reflect.DeepEqual except that NaN equals NaN and big
// numbers and times compare by value.
func deepEqual(a, b any) bool {
	switch x := a.(type) {
	case float64:
		if y, ok := b.(float64); ok && math.IsNaN(x) && math.IsNaN(y) {
			return true
		}
	case *big.Int:
		y, ok := b.(*big.Int)
		return ok && (x == nil) == (y == nil) && (x == nil || x.Cmp(y) == 0)
	case time.Time:
		y, ok := b.(time.Time)
		return ok && x.Equal(y)
	case *Outer:
		y, ok := b.(*Outer)
		return ok && (x == nil) == (y == nil) && (x == nil || deepEqual(*x, *y))
	case []Outer:
		y, ok := b.([]Outer)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !deepEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case Outer:
		y, ok := b.(Outer)
		if !ok || !x.When.Equal(y.When) || !deepEqual(x.Big, y.Big) {
			return false
		}
		x.When, y.When, x.Big, y.Big = time.Time{}, time.Time{}, nil, nil
		return reflect.DeepEqual(x, y)
	}
	return reflect.DeepEqual(a, b)
}

func TestRoundTripBasic(t *testing.T) {
	for _, v := range []any{
		nil, true, false,
		0, 1, -1, math.MaxInt, math.MinInt,
		int8(-128), int16(math.MaxInt16), int32(math.MinInt32), int64(math.MinInt64),
		uint(math.MaxUint), uint8(255), uint16(65535), uint32(math.MaxUint32), uint64(math.MaxUint64), uintptr(12345),
		float32(1.5), math.Copysign(0, -1), math.Inf(1), math.NaN(), math.SmallestNonzeroFloat64,
		complex64(1 + 2i), complex128(-3.5 + 1e300i),
		"", "héllo\x00world", strings.Repeat("x", 100000),
		[]byte(nil), []byte{}, []byte("bytes"),
	} {
		roundTrip(t, v)
	}
}

func TestRoundTripComposite(t *testing.T) {
	n := &Node{1, &Node{2, &Node{3, nil}}}
	for _, v := range []any{
		[]int(nil), []int{}, []int{1, -2, 3},
		[]float64{1.5, math.Inf(-1)}, []int32{-1, 2}, []uint64{math.MaxUint64}, []complex64{1i},
		[3]int{1, 2, 3}, [0]int{}, [2][3]float32{{1, 2, 3}, {4, 5, 6}}, [][2]int8{{1, 2}, {3, 4}},
		[]string{"a", "", "c"}, [][]string{{"a"}, nil, {}},
		[]bool{true, false}, [2]bool{true, true},
		map[string]int{"a": 1, "b": 2}, map[string]int(nil), map[string]int{},
		map[int][]string{1: {"x"}, 2: nil},
		map[Point]string{{1, 2}: "a"},
		map[any]any{1: "one", "two": 2.0, Point{1, 1}: nil},
		[]any{1, "two", 3.0, nil, []any{int8(4)}, map[string]any{"k": []int{5}}},
		Point{3, -4}, &Point{5, 6}, []Point{{1, 2}}, []*Point{{1, 2}, nil},
		Celsius(36.6), []Celsius{1, 2},
		n,
		Pair[string, int]{"a", 1}, Pair[int, []Pair[string, bool]]{1, []Pair[string, bool]{{"x", true}}},
		struct{}{}, []struct{}{{}, {}},
		struct {
			A int
			B string `json:"b"`
		}{1, "x"},
		time.Duration(5 * time.Second),
		time.Month(3),
		new(int), (*int)(nil), new(*int),
	} {
		roundTrip(t, v)
	}
}

func TestRoundTripOuter(t *testing.T) {
	b, _ := new(big.Int).SetString("-1234567890123456789012345678901234567890123456789", 10)
	v := Outer{
		ID:     -7,
		In:     Inner{"in", []string{"a", "b"}},
		PIn:    &Inner{"pin", nil},
		Any:    Point{1, 2},
		M:      map[string][]int{"x": {1, 2}, "y": nil},
		Arr:    [3]uint16{1, 2, 65535},
		When:   time.Date(2024, 5, 6, 7, 8, 9, 10, time.FixedZone("X", 3600)),
		Big:    b,
		Temp:   -40,
		Nested: [][]Point{{{1, 2}}, {}},
		Err:    &ErrorText{Type: "x", Text: "boom"},
		Bytes:  []byte{0, 1, 2},
		Flag:   true,
		C:      2i,
	}
	v.E = 9
	roundTrip(t, v)
	roundTrip(t, &v)
	roundTrip(t, []Outer{v, {}})
}

func TestBinaryMarshalers(t *testing.T) {
	when := time.Date(2001, 2, 3, 4, 5, 6, 7, time.UTC)
	got := roundTrip(t, when).(time.Time)
	if got.Nanosecond() != 7 || got.Location() != time.UTC {
		t.Fatalf("time lost detail: %v", got)
	}
	// A 160-bit integer.
	x := new(big.Int).Lsh(big.NewInt(1), 159)
	x.Add(x, big.NewInt(12345))
	got2 := roundTrip(t, x).(*big.Int)
	if got2.BitLen() != 160 || got2.Cmp(x) != 0 {
		t.Fatalf("big.Int: got %v, want %v", got2, x)
	}
	roundTrip(t, []*big.Int{big.NewInt(-5), nil, x})
	roundTrip(t, *x) // big.Int by value: pointer-receiver GobEncode
	roundTrip(t, big.NewRat(1, 3))
	roundTrip(t, netip.MustParseAddr("2001:db8::1"))
	roundTrip(t, map[string]time.Time{"a": when})
}

func TestInterfaceSlots(t *testing.T) {
	type holder struct {
		S Stringer
		E error
		A any
	}
	v := holder{S: Point{1, 2}, E: nil, A: []any{Point{}}}
	roundTrip(t, v)
	roundTrip(t, []Stringer{Point{1, 1}, nil})
}

func TestErrorValues(t *testing.T) {
	err := errors.New("it broke")
	data, err2 := Marshal(err, nil)
	if err2 != nil {
		t.Fatal(err2)
	}
	got, err2 := Unmarshal(data, nil)
	if err2 != nil {
		t.Fatal(err2)
	}
	et, ok := got.(*ErrorText)
	if !ok || et.Text != "it broke" || et.Type != "*errors.errorString" {
		t.Fatalf("got %#v", got)
	}
	// In an error slot of a struct.
	type res struct {
		N   int
		Err error
	}
	data, err2 = Marshal(res{1, errors.New("bad")}, nil)
	if err2 != nil {
		t.Fatal(err2)
	}
	got, err2 = Unmarshal(data, nil)
	if err2 != nil {
		t.Fatal(err2)
	}
	if r := got.(res); r.N != 1 || r.Err.Error() != "bad" {
		t.Fatalf("got %#v", got)
	}
}

func TestAppendMarshal(t *testing.T) {
	buf := []byte("prefix")
	buf, err := AppendMarshal(buf, Point{1, 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf, []byte("prefix")) {
		t.Fatal("prefix lost")
	}
	got, err := Unmarshal(buf[6:], nil)
	if err != nil || got != (Point{1, 2}) {
		t.Fatalf("got %v, %v", got, err)
	}
	// A failure leaves buf as it was.
	buf2, err := AppendMarshal(buf, make(chan int), nil)
	if err == nil || len(buf2) != len(buf) {
		t.Fatalf("after failure: len %d (was %d), err %v", len(buf2), len(buf), err)
	}
}

func TestMarshalValue(t *testing.T) {
	v := Outer{ID: 3, In: Inner{Name: "n"}}
	rv := reflect.ValueOf(&v).Elem() // addressable
	for _, x := range []reflect.Value{rv, rv.Field(1), reflect.ValueOf(v), reflect.ValueOf([]any{1}).Index(0), {}} {
		data, err := MarshalValue(x, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Unmarshal(data, nil)
		if err != nil {
			t.Fatal(err)
		}
		var want any
		if x.IsValid() {
			want = x.Interface()
		}
		if !deepEqual(got, want) {
			t.Fatalf("got %#v, want %#v", got, want)
		}
	}
}

func TestUnmarshalAs(t *testing.T) {
	cases := []struct {
		v    any
		typ  reflect.Type
		want any
	}{
		{5, reflect.TypeFor[int](), 5},
		{5, reflect.TypeFor[int32](), int32(5)},
		{5, reflect.TypeFor[float64](), 5.0},
		{2.0, reflect.TypeFor[int](), 2},
		{1.5, reflect.TypeFor[float32](), float32(1.5)},
		{Point{1, 2}, reflect.TypeFor[Point](), Point{1, 2}},
		{Point{1, 2}, reflect.TypeFor[any](), Point{1, 2}},
		{Point{1, 2}, reflect.TypeFor[Stringer](), Point{1, 2}},
		{Celsius(3), reflect.TypeFor[float64](), 3.0},
		{nil, reflect.TypeFor[*Point](), (*Point)(nil)},
		{nil, reflect.TypeFor[[]int](), []int(nil)},
		{"abc", reflect.TypeFor[[]byte](), []byte("abc")},
		{[]int{1}, reflect.TypeFor[[]int](), []int{1}},
	}
	for _, c := range cases {
		data, err := Marshal(c.v, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalAs(data, nil, c.typ)
		if err != nil {
			t.Fatalf("%T as %s: %v", c.v, c.typ, err)
		}
		if got.Type() != c.typ {
			t.Fatalf("%T as %s: got type %s", c.v, c.typ, got.Type())
		}
		if !reflect.DeepEqual(got.Interface(), c.want) {
			t.Fatalf("%T as %s: got %#v", c.v, c.typ, got.Interface())
		}
	}
	bad := []struct {
		v       any
		typ     reflect.Type
		message string
	}{
		{[]any{1}, reflect.TypeFor[[]int](), "received a []interface {}, which cannot be used as a []int"},
		{300, reflect.TypeFor[int8](), "received a int, which cannot be used as a int8: 300 does not fit"},
		{2.5, reflect.TypeFor[int](), "2.5 does not fit"},
		{65, reflect.TypeFor[string](), "received a int, which cannot be used as a string"},
		{nil, reflect.TypeFor[int](), "received nil, which cannot be used as a int"},
		{"x", reflect.TypeFor[Stringer](), "string does not implement codec.Stringer"},
		{Point{}, reflect.TypeFor[Inner](), "received a codec.Point, which cannot be used as a codec.Inner"},
	}
	for _, c := range bad {
		data, err := Marshal(c.v, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = UnmarshalAs(data, nil, c.typ)
		var de *DeliveryError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), c.message) {
			t.Fatalf("%T as %s: got error %v, want one containing %q", c.v, c.typ, err, c.message)
		}
	}
}

type concurrentHandle struct{}

// Many goroutines encode and decode types nobody has seen yet, some of
// them built at run time, while a handle kind is registered.
func TestConcurrentPlans(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 50 {
				typ := reflect.StructOf([]reflect.StructField{
					{Name: "F" + strconv.Itoa(i), Type: reflect.TypeFor[int]()},
					{Name: "G", Type: reflect.SliceOf(reflect.TypeFor[Point]())},
				})
				v := reflect.New(typ).Elem()
				v.Field(0).SetInt(int64(g*1000 + i))
				x := []any{v.Interface(), map[string]any{"p": &Point{g, i}}, Pair[int, [2]Celsius]{i, [2]Celsius{1, 2}}}
				data, err := Marshal(x, nil)
				if err != nil {
					t.Error(err)
					return
				}
				got, err := Unmarshal(data, nil)
				if err != nil || !reflect.DeepEqual(got, x) {
					t.Errorf("got %#v, %v", got, err)
					return
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 20 {
			RegisterHandle("codec.concurrent"+strconv.Itoa(i), reflect.TypeFor[*concurrentHandle](), nil)
		}
	})
	wg.Wait()
}

// MarshalValue gives the same bytes as Marshal, addressable or not.
func TestMarshalValueSameBytes(t *testing.T) {
	for _, x := range []any{7, "s", 2.5, true, int64(3), []byte("b"), Point{1, 2}, []int{1}} {
		want, _ := Marshal(x, nil)
		addr := reflect.New(reflect.TypeOf(x)).Elem()
		addr.Set(reflect.ValueOf(x))
		for _, v := range []reflect.Value{reflect.ValueOf(x), addr} {
			got, err := MarshalValue(v, nil)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%T (addressable %v): %x, %v; Marshal gives %x", x, v.CanAddr(), got, err, want)
			}
		}
	}
}
