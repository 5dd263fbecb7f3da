package mpkit

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// CPython behaviours 46-51.

func TestValueTypecodes(t *testing.T) {
	cases := []struct {
		code string
		init any
		want any
		str  string
	}{
		{"i", 4343, 4343, "c_int(4343)"},
		{"d", 3.625, 3.625, "c_double(3.625)"},
		{"h", -232, -232, "c_short(-232)"},
		{"q", 1 << 33, 1 << 33, "c_long(8589934592)"},
		{"c", "x", byte('x'), "c_char(b'x')"},
		{"c", byte('z'), byte('z'), "c_char(b'z')"},
		{"u", "é", 'é', "c_wchar('é')"},
		{"f", 0.5, 0.5, "c_float(0.5)"},
		{"d", 3, 3.0, "c_double(3.0)"},
		{"Q", uint64(math.MaxUint64), uint64(math.MaxUint64), "c_ulong(18446744073709551615)"},
		{"L", -1, uint64(math.MaxUint64), "c_ulong(18446744073709551615)"},
		{"I", -1, math.MaxUint32, "c_uint(4294967295)"},
		// C wrap-around
		{"i", 1 << 31, -2147483648, "c_int(-2147483648)"},
		{"b", 200, -56, "c_byte(-56)"},
		{"B", -1, 255, "c_ubyte(255)"},
		{"H", 70000, 4464, "c_ushort(4464)"},
		{"i", true, 1, "c_int(1)"},
		{"i", nil, 0, "c_int(0)"},
		{"c_double", 1.0 / 3, 1.0 / 3, "c_double(0.3333333333333333)"},
	}
	for _, c := range cases {
		for i, v := range []*Value{NewValue(c.code, c.init), NewRawValue(c.code, c.init)} {
			if got := v.Value(); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Value(%q, %v).Value() = %#v, want %#v", c.code, c.init, got, c.want)
			}
			str := c.str
			if i == 0 {
				str = "<Synchronized wrapper for " + str + ">"
			}
			if v.String() != str {
				t.Errorf("Value(%q, %v).String() = %q, want %q", c.code, c.init, v.String(), str)
			}
		}
	}
	v := NewValue("b", 0)
	v.SetInt(127)
	if v.Add(1) != -128 || v.Int() != -128 {
		t.Errorf("Add wraps to %d", v.Int())
	}
	d := NewValue("d", 1)
	d.SetInt(5)
	if d.Float() != 5 || d.AddFloat(0.5) != 5.5 {
		t.Errorf("d = %v", d)
	}
}

func TestValueMisuse(t *testing.T) {
	for _, f := range []func(){
		func() { NewValue("i", 2.5) },
		func() { NewValue("i", 1).SetFloat(1) },
		func() { NewValue("i", 1).Set(float32(1)) },
		func() { NewValue("d", 1).Int() },
		func() { NewValue("d", "x") },
		func() { NewValue("c", "xy") },
		func() { NewValue("d", 1).Add(1) },
		func() { NewValue("i", 1).AddFloat(1) },
	} {
		mustPanic(t, f)
	}
	e := mustPanic(t, func() { NewValue("i", 2.5) })
	if !strings.Contains(e.What, "cannot be interpreted as an integer") {
		t.Errorf("float for 'i': %v", e)
	}
	for _, f := range []func(){
		func() { NewValue("x", 0) }, func() { NewRawValue("x", 0) },
		func() { NewArray("x", 1) }, func() { NewRawArray("x", 1) },
	} {
		if e := mustPanic(t, f); !strings.Contains(e.What, "bad typecode") {
			t.Errorf("typecode x: %v", e)
		}
	}
}

func TestValueLocks(t *testing.T) {
	if _, ok := NewValue("i", 0).GetLock().(*RLock); !ok {
		t.Error("the default lock is not an RLock")
	}
	l := NewLock()
	if NewValueLock("i", 0, l).GetLock() != l {
		t.Error("GetLock does not return the given lock")
	}
	if NewValueLock("i", 0, nil).GetLock() != nil || NewRawValue("i", 0).GetLock() != nil {
		t.Error("a raw value has a lock")
	}
	if NewArray("i", 1).GetLock() == nil || NewRawArray("i", 1).GetLock() != nil || NewArrayLock("i", 1, l).GetLock() != l {
		t.Error("array locks")
	}
}

func TestValueChildWrites(t *testing.T) {
	vs := []*Value{NewValue("i", 4343), NewValue("d", 3.625), NewValue("h", -232), NewValue("q", 1<<33), NewRawValue("c", "x")}
	seq := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	a := NewArray("i", seq)
	c := startChild(t, "write-values", nil, vs[0], vs[1], vs[2], vs[3], vs[4], a)
	c.wait(t)
	for i, want := range []any{24234, -4.25, 234, 1 << 34, byte('y')} {
		if got := vs[i].Value(); got != want {
			t.Errorf("Value(%q) = %v after the child, want %v", vs[i].Typecode(), got, want)
		}
	}
	if items(a) != "[1 3 6 10 15 21 28 36 45 55]" {
		t.Errorf("prefix sums: %v", a)
	}
}

func TestSharedCtypesDoubled(t *testing.T) {
	x, y, z := NewValue("i", 7), NewValue("d", 1.0/3), NewRawValue("q", 1<<33)
	arr := NewArray("d", []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	str := NewArray("c", 20)
	str.SetText("hello")
	c := startChild(t, "double", nil, x, y, z, arr, str)
	c.wait(t)
	if x.Int() != 14 || y.Float() != 2.0/3 || z.Int() != 1<<34 {
		t.Errorf("doubled values: %v %v %v", x, y, z)
	}
	for i, f := range arr.Floats() {
		if f != float64(2*i) {
			t.Errorf("arr[%d] = %v", i, f)
		}
	}
	if str.Text() != "hellohello" {
		t.Errorf("text %q", str.Text())
	}
}

func TestArray(t *testing.T) {
	seq := []int{681, -35, 4, 171, 150, 9998, 123, 4, 78, -5}
	a := NewArray("i", seq)
	if a.Len() != len(seq) || a.Int(3) != 171 || a.Index(3) != 171 {
		t.Fatalf("Len %d, a[3] %v", a.Len(), a.Index(3))
	}
	if got := a.Slice(2, 7); !reflect.DeepEqual(got, seq[2:7]) {
		t.Errorf("Slice(2, 7) = %v", got)
	}
	a.SetSlice(2, []int32{0, 1, 2, 3, 4})
	if got := a.Ints(); !reflect.DeepEqual(got, []int{681, -35, 0, 1, 2, 3, 4, 4, 78, -5}) {
		t.Errorf("after SetSlice: %v", got)
	}
	a.SetSlice(0, seq)
	if !reflect.DeepEqual(a.Ints(), seq) || items(a) != "[681 -35 4 171 150 9998 123 4 78 -5]" {
		t.Errorf("a = %v", a)
	}
	if v := a.Int32s(); v[5] != 9998 {
		t.Errorf("view %v", v)
	}
	a.Int32s()[0] = 7
	if a.Int(0) != 7 {
		t.Error("a write through the view is not seen")
	}
	if len(a.Bytes()) != 40 {
		t.Errorf("Bytes is %d long", len(a.Bytes()))
	}
	q := NewArray("Q", []uint64{math.MaxUint64, 1})
	for _, f := range []func(){
		func() { a.Index(10) }, func() { a.Int(-1) }, func() { a.SetInt(10, 1) },
		func() { a.SetSlice(8, []int{1, 2, 3}) }, func() { a.Slice(3, 11) },
		func() { a.Float64s() }, func() { q.Int64s() }, func() { a.SetFloat(0, 1.5) }, func() { a.Set(0, "x") },
		func() { NewArray("i", -1) }, func() { NewArray("i", "abc") }, func() { NewArray("i", []any{1, 2.5}) },
	} {
		mustPanic(t, f)
	}
	if e := mustPanic(t, func() { a.Index(10) }); !strings.Contains(e.What, "invalid index") {
		t.Errorf("index out of range: %v", e)
	}
	if e := mustPanic(t, func() { a.SetSlice(8, []int{1, 2, 3}) }); !strings.Contains(e.What, "same size") {
		t.Errorf("wrong length: %v", e)
	}
	d := NewRawArray("d", []any{1, 2.5, uint8(3)})
	if items(d) != "[1 2.5 3]" || !reflect.DeepEqual(d.Floats(), []float64{1, 2.5, 3}) || d.Float64s()[1] != 2.5 {
		t.Errorf("d = %v", d)
	}
	if !reflect.DeepEqual(q.Slice(0, 2), []uint64{math.MaxUint64, 1}) {
		t.Errorf("Q = %v", q)
	}
	u := NewArray("u", "héllo")
	if u.Len() != 5 || u.Text() != "héllo" || u.Index(1) != 'é' {
		t.Errorf("u = %v %q", u, u.Text())
	}
	h := NewArray("h", 3)
	h.Set(0, 40000)
	if h.Int(0) != 40000-65536 || h.Add(0, 1) != 40001-65536 || h.Add(1, -1) != -1 || h.Int(2) != 0 {
		t.Errorf("h = %v", h)
	}
	empty := NewArray("d", 0)
	if empty.Len() != 0 || len(empty.Float64s()) != 0 || items(empty) != "[]" {
		t.Errorf("empty = %v", empty)
	}
}

func TestArrayZeroFilled(t *testing.T) {
	for i := 0; i < 3; i++ {
		a := NewArray("i", 10)
		if items(a) != "[0 0 0 0 0 0 0 0 0 0]" {
			t.Fatalf("new array %v", a)
		}
		a.SetSlice(0, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
		if a.Int(9) != 9 {
			t.Fatal("SetSlice")
		}
		a.Close()
	}
}

func TestArrayViewSumInChild(t *testing.T) {
	const n = 1_000_000
	a := NewArray("d", n)
	xs := a.Float64s()
	for i := range xs {
		xs[i] = float64(i)
	}
	sum := NewRawValue("d", 0)
	start := time.Now()
	startChild(t, "sum-view", nil, a, sum).wait(t)
	t.Logf("child summed %d doubles through the view (start to exit %v)", n, time.Since(start))
	if sum.Float() != n*(n-1)/2 {
		t.Errorf("sum = %v", sum.Float())
	}
}

// Two processes add 1 to one Value 200,000 times each under its lock: no
// update is lost. Without the lock some usually are (only logged).
func TestValueIncrementsTwoProcesses(t *testing.T) {
	const n = 200_000
	run := func(mode string) int {
		v, start, ready := NewValue("i", 0), NewEvent(), NewSemaphore(0)
		c1 := startChild(t, "increment", []string{"200000", mode}, v, start, ready)
		c2 := startChild(t, "increment", []string{"200000", mode}, v, start, ready)
		// Both children wait for the start, so that their increments
		// overlap; the counts checked do not depend on it.
		awaitReady(t, ready, 2)
		t0 := time.Now()
		start.Set()
		c1.wait(t)
		c2.wait(t)
		t.Logf("%s: final %d in %v", mode, v.Int(), time.Since(t0))
		return v.Int()
	}
	if got := run("locked"); got != 2*n {
		t.Errorf("locked increments: %d, want %d", got, 2*n)
	}
	if got := run("add"); got != 2*n {
		t.Errorf("Add(1): %d, want %d", got, 2*n)
	}
	run("unlocked")
}

func BenchmarkValueIncrementLocked(b *testing.B) {
	v := NewValue("i", 0)
	l := v.GetLock()
	for i := 0; i < b.N; i++ {
		l.Lock()
		v.SetInt(v.Int() + 1)
		l.Unlock()
	}
}

func BenchmarkValueAdd(b *testing.B) {
	v := NewValue("i", 0)
	for i := 0; i < b.N; i++ {
		v.Add(1)
	}
}

// BenchmarkValueIncrementLocked2Procs: two child processes increment one
// Value under its lock; ns/op is per increment.
func BenchmarkValueIncrementLocked2Procs(b *testing.B) {
	v, start, ready := NewValue("i", 0), NewEvent(), NewSemaphore(0)
	n := b.N/2 + 1
	c1 := startChild(b, "increment", []string{strconv.Itoa(n), "locked"}, v, start, ready)
	c2 := startChild(b, "increment", []string{strconv.Itoa(n), "locked"}, v, start, ready)
	awaitReady(b, ready, 2)
	b.ResetTimer()
	start.Set()
	c1.wait(b)
	c2.wait(b)
	b.StopTimer()
	if v.Int() != int(int32(2*n)) {
		b.Fatalf("final %d, want %d", v.Int(), 2*n)
	}
}

// items prints an array's items as fmt prints a slice.
func items(a *Array) string { return fmt.Sprint(a.Slice(0, a.Len())) }
