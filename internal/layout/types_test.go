package layout

import (
	"math/big"
	"math/rand/v2"
	"net/netip"
	"os"
	"reflect"
	"sync"
	"testing"
	"time"
	"unsafe"
)

type (
	Point                     struct{ X, Y int }
	Celsius                   float64
	Pair[K comparable, V any] struct {
		K K
		V V
	}
	Stringer interface{ String() string }
)

func (p Point) String() string { return "pt" }

type (
	namedFunc  func(int) int
	namedChan  chan string
	namedMap   map[string]int
	namedSlice []Point
	namedPtr   *int
)

// sampleTypes covers every kind, named and unnamed, static and built at
// run time.
func sampleTypes() []reflect.Type {
	type local struct{ A int } // named, declared in a function
	built := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeFor[int]()},
		{Name: "Xlabel", Type: reflect.TypeFor[string]()},
	})
	return []reflect.Type{
		reflect.TypeFor[bool](), reflect.TypeFor[int](), reflect.TypeFor[int8](), reflect.TypeFor[uint64](),
		reflect.TypeFor[uintptr](), reflect.TypeFor[float32](), reflect.TypeFor[complex128](), reflect.TypeFor[string](),
		reflect.TypeFor[Point](), reflect.TypeFor[*Point](), reflect.TypeFor[[]Point](), reflect.TypeFor[[4]Point](),
		reflect.TypeFor[map[string]Point](), reflect.TypeFor[Celsius](), reflect.TypeFor[local](),
		reflect.TypeFor[time.Time](), reflect.TypeFor[big.Int](), reflect.TypeFor[*big.Int](),
		reflect.TypeFor[netip.Addr](), reflect.TypeFor[error](), reflect.TypeFor[any](), reflect.TypeFor[Stringer](),
		reflect.TypeFor[Pair[int, string]](), reflect.TypeFor[os.File](), reflect.TypeFor[sync.Mutex](),
		reflect.TypeFor[namedFunc](), reflect.TypeFor[namedChan](), reflect.TypeFor[namedMap](),
		reflect.TypeFor[namedSlice](), reflect.TypeFor[namedPtr](), reflect.TypeFor[unsafe.Pointer](),
		reflect.TypeFor[chan int](), reflect.TypeFor[func()](), reflect.TypeFor[struct{ P *int }](),
		reflect.TypeFor[[1]*int](), reflect.TypeFor[struct{ A, B *int }](),
		built, reflect.PointerTo(built), reflect.SliceOf(built),
	}
}

// Assumption 1: the type word of an any is the descriptor pointer that a
// reflect.Type holds (assumption 2), and typeAt inverts typePtr.
func TestLayoutInterfaceWords(t *testing.T) {
	for _, typ := range sampleTypes() {
		v := reflect.New(typ).Elem().Interface()
		if typ.Kind() == reflect.Interface {
			continue // no value has an interface type as its dynamic type
		}
		if got := (*eface)(unsafe.Pointer(&v)).typ; got != TypePtr(typ) {
			t.Errorf("%s: type word %p, reflect.Type data word %p", typ, got, TypePtr(typ))
		}
	}
	for _, typ := range sampleTypes() {
		if back := TypeAt(TypePtr(typ)); back != typ {
			t.Errorf("TypeAt(TypePtr(%s)) = %v", typ, back)
		}
	}
}

// Assumption 3: the header fields mean what rtypeHeader says.
func TestLayoutHeader(t *testing.T) {
	for _, typ := range sampleTypes() {
		h := (*rtypeHeader)(TypePtr(typ))
		if h.size != typ.Size() || reflect.Kind(h.kind) != typ.Kind() ||
			int(h.align) != typ.Align() || int(h.fieldAlign) != typ.FieldAlign() ||
			(h.tflag&tflagNamed != 0) != (typ.Name() != "") {
			t.Errorf("%s: header %+v disagrees with reflect (size %d kind %s align %d named %v)",
				typ, *h, typ.Size(), typ.Kind(), typ.Align(), typ.Name() != "")
		}
	}
}

// Assumption 1 again: which types are stored directly in the data word.
func TestLayoutDirectIface(t *testing.T) {
	direct := map[reflect.Type]bool{
		reflect.TypeFor[*Point]():              true,
		reflect.TypeFor[map[string]Point]():    true,
		reflect.TypeFor[chan int]():            true,
		reflect.TypeFor[func()]():              true,
		reflect.TypeFor[unsafe.Pointer]():      true,
		reflect.TypeFor[struct{ P *int }]():    true,
		reflect.TypeFor[[1]*int]():             true,
		reflect.TypeFor[namedPtr]():            true,
		reflect.TypeFor[int]():                 false,
		reflect.TypeFor[string]():              false,
		reflect.TypeFor[Point]():               false,
		reflect.TypeFor[struct{ A, B *int }](): false,
		reflect.TypeFor[[]Point]():             false,
	}
	for typ, want := range direct {
		if got := IsDirect(typ); got != want {
			t.Errorf("IsDirect(%s) = %v, want %v", typ, got, want)
		}
	}
	// makeAny builds interface values that behave like the language's.
	x := 42
	p := &x
	if v := MakeAny(TypePtr(reflect.TypeFor[*int]()), true, unsafe.Pointer(&p)); v.(*int) != p {
		t.Fatal("makeAny of a direct type")
	}
	pt := &Point{3, 4}
	if v := MakeAny(TypePtr(reflect.TypeFor[Point]()), false, unsafe.Pointer(pt)); v.(Point) != *pt {
		t.Fatal("makeAny of an indirect type")
	}
}

// Assumptions 4 and 5: named types are found again from their offset and
// name, and nothing else is.
func TestNamedTypeAt(t *testing.T) {
	for _, typ := range sampleTypes() {
		if typ.Name() == "" {
			continue
		}
		if !IsStaticType(typ) {
			t.Errorf("%s: not in the type section", typ)
			continue
		}
		off := TypeOffset(typ)
		got, ok := NamedTypeAt(off, typ.String())
		if !ok || got != typ {
			t.Errorf("NamedTypeAt(%d, %q) = %v, %v", off, typ.String(), got, ok)
		}
		if _, ok := NamedTypeAt(off, typ.String()+"x"); ok {
			t.Errorf("%s: accepted with a wrong name", typ)
		}
		for _, d := range []int64{-8, 8, 16, 1 << 20, -1 << 20, 1 << 40, -1 << 40, 1} {
			if got, ok := NamedTypeAt(off+d, typ.String()); ok {
				t.Errorf("%s: offset %+d accepted as %v", typ, d, got)
			}
		}
	}
	built := reflect.StructOf([]reflect.StructField{{Name: "Q", Type: reflect.TypeFor[int]()}})
	if IsStaticType(built) {
		t.Error("a StructOf type was taken for a static one")
	}
}

// Corrupted offsets never crash: every 8-aligned offset across the type
// region, with a name that no type has, is rejected.
func TestNamedTypeAtScan(t *testing.T) {
	lo, hi := typeRegion()
	if lo == 0 {
		t.Fatal("no type region")
	}
	base := int64(lo) - int64(uintptr(anchor))
	span := int64(hi - lo)
	step := int64(8)
	if testing.Short() {
		step = 64
	}
	for off := base - 4096; off < base+span+4096; off += step {
		if typ, ok := NamedTypeAt(off, "no.SuchType"); ok {
			t.Fatalf("offset %d accepted as %v", off, typ)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		off := r.Int64N(span+1<<20) + base - 1<<19
		NamedTypeAt(off, "int")
		NamedTypeAt(off&^7, "codec.Point")
	}
}

// The worst case for a corrupted offset: at every 8-aligned position of
// the type region, offer the name stored there. Whatever is accepted must
// be a type reflect can work with (this test once crashed the runtime
// when the region extended past the end of the type section).
func TestNamedTypeAtScanOwnNames(t *testing.T) {
	lo, hi := typeRegion()
	base := int64(lo) - int64(uintptr(anchor))
	accepted := 0
	for off := base; off < base+int64(hi-lo)-64; off += 8 {
		h := (*rtypeHeader)(unsafe.Add(anchor, off))
		if h.tflag&tflagNamed == 0 || h.str <= 0 {
			continue
		}
		name, ok := nameAt(lo, hi, h.str)
		if !ok {
			continue
		}
		if h.tflag&tflagExtraStar != 0 && len(name) > 0 {
			name = name[1:]
		}
		typ, ok := NamedTypeAt(off, name)
		if !ok {
			continue
		}
		accepted++
		_, _, _ = typ.Kind(), typ.NumMethod(), typ.PkgPath()
		switch typ.Kind() {
		case reflect.Struct:
			for i := range typ.NumField() {
				_ = typ.Field(i).Type.String()
			}
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			_ = typ.Elem().String()
		case reflect.Map:
			_ = typ.Key().String() + typ.Elem().String()
		}
		_ = reflect.PointerTo(typ).String()
		if TypeOffset(typ) != off {
			t.Fatalf("%v: offset %d, found at %d", typ, TypeOffset(typ), off)
		}
	}
	if accepted < 100 {
		t.Fatalf("only %d named types found in the type region", accepted)
	}
}
