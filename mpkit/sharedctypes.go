package mpkit

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/goteach/goteach/mpkit/internal/codec"
	"github.com/goteach/goteach/mpkit/internal/shm"
)

// Type codes of Value and Array, as in Python's array module and
// multiprocessing.sharedctypes, with the sizes of Linux x86-64:
//
//	code  C type              size  Go type of Value() / Index()
//	b     signed char         1     int
//	B     unsigned char       1     int
//	h     short               2     int
//	H     unsigned short      2     int
//	i     int                 4     int
//	I     unsigned int        4     int
//	l     long                8     int
//	L     unsigned long       8     uint64
//	q     long long           8     int
//	Q     unsigned long long  8     uint64
//	f     float               4     float64
//	d     double              8     float64
//	c     char                1     byte
//	u     wchar_t             4     rune
//
// The ctypes names ("c_int", "c_double", ...) are accepted too. Integers
// that do not fit wrap around as in C: NewValue("b", 200) holds -56.

const (
	kindSigned = iota
	kindUnsigned
	kindFloat
	kindChar
	kindWchar
)

type ctype struct {
	code  string
	size  int
	kind  int
	cname string
}

var ctypeList = []*ctype{
	{"b", 1, kindSigned, "c_byte"}, {"B", 1, kindUnsigned, "c_ubyte"},
	{"h", 2, kindSigned, "c_short"}, {"H", 2, kindUnsigned, "c_ushort"},
	{"i", 4, kindSigned, "c_int"}, {"I", 4, kindUnsigned, "c_uint"},
	{"l", 8, kindSigned, "c_long"}, {"L", 8, kindUnsigned, "c_ulong"},
	{"q", 8, kindSigned, "c_longlong"}, {"Q", 8, kindUnsigned, "c_ulonglong"},
	{"f", 4, kindFloat, "c_float"}, {"d", 8, kindFloat, "c_double"},
	{"c", 1, kindChar, "c_char"}, {"u", 4, kindWchar, "c_wchar"},
}

var ctypes = func() map[string]*ctype {
	m := map[string]*ctype{}
	for _, t := range ctypeList {
		m[t.code] = t
		m[t.cname] = t
	}
	return m
}()

func lookupCtype(op, typecode string) *ctype {
	if t, ok := ctypes[typecode]; ok {
		return t
	}
	panic(misusef(op, "use one of b B h H i I l L q Q f d c u", "bad typecode %q", typecode))
}

func (t *ctype) integer() bool { return t.kind == kindSigned || t.kind == kindUnsigned }

// bits reads the raw item at p, zero-extended. Items of 4 and 8 bytes are
// read atomically (they are aligned); smaller ones are single loads.
func (t *ctype) bits(p unsafe.Pointer) uint64 {
	switch t.size {
	case 1:
		return uint64(*(*uint8)(p))
	case 2:
		return uint64(*(*uint16)(p))
	case 4:
		return uint64(atomic.LoadUint32((*uint32)(p)))
	}
	return atomic.LoadUint64((*uint64)(p))
}

func (t *ctype) storeBits(p unsafe.Pointer, v uint64) {
	switch t.size {
	case 1:
		*(*uint8)(p) = uint8(v)
	case 2:
		*(*uint16)(p) = uint16(v)
	case 4:
		atomic.StoreUint32((*uint32)(p), uint32(v))
	default:
		atomic.StoreUint64((*uint64)(p), v)
	}
}

// signed reads an integer item as an int64 (sign-extended for signed codes).
func (t *ctype) signed(p unsafe.Pointer) int64 {
	b := t.bits(p)
	if t.kind != kindSigned {
		return int64(b)
	}
	switch t.size {
	case 1:
		return int64(int8(b))
	case 2:
		return int64(int16(b))
	case 4:
		return int64(int32(b))
	}
	return int64(b)
}

func (t *ctype) float(p unsafe.Pointer) float64 {
	b := t.bits(p)
	if t.size == 4 {
		return float64(math.Float32frombits(uint32(b)))
	}
	return math.Float64frombits(b)
}

func (t *ctype) floatBits(f float64) uint64 {
	if t.size == 4 {
		return uint64(math.Float32bits(float32(f)))
	}
	return math.Float64bits(f)
}

// get reads the item at p as the Go value Value() and Index() return.
func (t *ctype) get(p unsafe.Pointer) any {
	switch t.kind {
	case kindFloat:
		return t.float(p)
	case kindChar:
		return byte(t.bits(p))
	case kindWchar:
		return rune(t.bits(p))
	case kindUnsigned:
		if t.size == 8 {
			return t.bits(p)
		}
	}
	return int(t.signed(p))
}

func (t *ctype) getInt(op string, p unsafe.Pointer) int {
	if t.kind == kindFloat {
		panic(misusef(op, "use Float (or a typecode for integers)", "typecode %q (%s) holds floating-point numbers", t.code, t.cname))
	}
	return int(t.signed(p))
}

func (t *ctype) getFloat(p unsafe.Pointer) float64 {
	switch t.kind {
	case kindFloat:
		return t.float(p)
	case kindUnsigned:
		return float64(t.bits(p))
	}
	return float64(t.signed(p))
}

func (t *ctype) setInt(p unsafe.Pointer, x int64) {
	if t.kind == kindFloat {
		t.storeBits(p, t.floatBits(float64(x)))
		return
	}
	t.storeBits(p, uint64(x))
}

func (t *ctype) setFloat(op string, p unsafe.Pointer, f float64) {
	if t.kind != kindFloat {
		panic(floatForInt(op, t, f))
	}
	t.storeBits(p, t.floatBits(f))
}

func floatForInt(op string, t *ctype, f any) *Error {
	return misusef(op, "convert it with int(...) first, or use typecode 'd'",
		"a float (%v) cannot be interpreted as an integer: typecode %q is %s", f, t.code, t.cname)
}

// set stores x, any Go number (or a one-character string for 'c' and 'u'),
// at p, with C's wrap-around for integers that do not fit.
func (t *ctype) set(op string, p unsafe.Pointer, x any) {
	t.storeBits(p, t.convert(op, x))
}

// convert turns x into the raw bits of an item.
func (t *ctype) convert(op string, x any) uint64 {
	switch v := x.(type) {
	case int:
		return t.fromInt(int64(v))
	case float64:
		return t.fromFloat(op, v)
	case nil:
		return 0
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return t.fromInt(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if t.kind == kindFloat {
			return t.floatBits(float64(u))
		}
		return u
	case reflect.Float32, reflect.Float64:
		return t.fromFloat(op, rv.Float())
	case reflect.Bool:
		if rv.Bool() {
			return t.fromInt(1)
		}
		return t.fromInt(0)
	case reflect.String:
		s := rv.String()
		switch t.kind {
		case kindChar:
			if len(s) == 1 {
				return uint64(s[0])
			}
			panic(misusef(op, "give one byte, e.g. \"x\" or byte('x')", "typecode 'c' holds one byte, got the string %q", s))
		case kindWchar:
			if utf8.RuneCountInString(s) == 1 {
				r, _ := utf8.DecodeRuneInString(s)
				return uint64(r)
			}
			panic(misusef(op, "give one character, e.g. \"é\" or 'é'", "typecode 'u' holds one character, got the string %q", s))
		}
	case reflect.Slice:
		if b, ok := x.([]byte); ok && t.kind == kindChar && len(b) == 1 {
			return uint64(b[0])
		}
	}
	if t.kind == kindFloat {
		panic(misusef(op, "give a number", "must be real number, not %T", x))
	}
	panic(misusef(op, "give an integer", "a %T cannot be interpreted as an integer for typecode %q (%s)", x, t.code, t.cname))
}

func (t *ctype) fromInt(i int64) uint64 {
	if t.kind == kindFloat {
		return t.floatBits(float64(i))
	}
	return uint64(i)
}

func (t *ctype) fromFloat(op string, f float64) uint64 {
	if t.kind != kindFloat {
		panic(floatForInt(op, t, f))
	}
	return t.floatBits(f)
}

// add adds delta to the item at p atomically and returns the new value.
func (t *ctype) add(op string, p unsafe.Pointer, delta int64) int64 {
	if !t.integer() {
		panic(misusef(op, "use AddFloat for typecodes f and d", "Add needs an integer typecode, not %q (%s)", t.code, t.cname))
	}
	switch t.size {
	case 4:
		atomic.AddUint32((*uint32)(p), uint32(delta))
	case 8:
		atomic.AddUint64((*uint64)(p), uint64(delta))
	default:
		// A byte or a short: compare-and-swap the aligned word around it.
		off := int(uintptr(p) & 3)
		w := (*uint32)(unsafe.Add(p, -off))
		shift := uint(off) * 8
		mask := uint32(1)<<(8*t.size) - 1
		for {
			old := atomic.LoadUint32(w)
			item := (old>>shift + uint32(delta)) & mask
			if atomic.CompareAndSwapUint32(w, old, old&^(mask<<shift)|item<<shift) {
				break
			}
		}
	}
	return t.signed(p)
}

func (t *ctype) addFloat(op string, p unsafe.Pointer, delta float64) float64 {
	if t.kind != kindFloat {
		panic(floatForInt(op, t, delta))
	}
	for {
		old := t.bits(p)
		var f float64
		if t.size == 4 {
			f = float64(math.Float32frombits(uint32(old)))
		} else {
			f = math.Float64frombits(old)
		}
		nf := t.floatBits(f + delta)
		var ok bool
		if t.size == 4 {
			ok = atomic.CompareAndSwapUint32((*uint32)(p), uint32(old), uint32(nf))
		} else {
			ok = atomic.CompareAndSwapUint64((*uint64)(p), old, nf)
		}
		if ok {
			return t.float(p)
		}
	}
}

// pyName is the ctypes type Python's repr names for t: c_longlong is
// c_long where long has 64 bits (Linux), so 'q' and 'Q' show as c_long
// and c_ulong.
func (t *ctype) pyName() string {
	switch t.code {
	case "q":
		return "c_long"
	case "Q":
		return "c_ulong"
	}
	return t.cname
}

// repr is Python's repr of the ctypes object at p: c_int(3),
// c_double(1.5), c_char(b'h'), c_wchar('h').
func (t *ctype) repr(p unsafe.Pointer) string {
	var v string
	switch t.kind {
	case kindChar:
		v = pyBytes([]byte{byte(t.bits(p))})
	case kindWchar:
		v = pyRepr(string(rune(t.bits(p))))
	case kindFloat:
		v = pyFloat(t.float(p))
	default:
		v = fmt.Sprint(t.get(p))
	}
	return t.pyName() + "(" + v + ")"
}

// lockKind names a value's lock in handles: "" (none), "lock" or "rlock".
func lockKind(l SharedLock) string {
	if l == nil {
		return ""
	}
	k, _ := l.sharedLock()
	return k
}

// lockFiles appends the lock's file to files, for a handle.
func lockFiles(op string, files []*os.File, l SharedLock) []*os.File {
	if l == nil {
		return files
	}
	_, s := l.sharedLock()
	return append(files, s.file(op))
}

// ---------------------------------------------------------------- Value

// Value is one number (or character) in shared memory (Python's
// multiprocessing.Value): every process it is passed to reads and writes
// the same memory.
//
// Reading or writing it is atomic, but reading then writing is not:
// v.SetInt(v.Int() + 1), Python's v.value += 1, loses updates when two
// processes do it at once. Hold its lock around such updates:
//
//	v.GetLock().Lock()
//	v.SetInt(v.Int() + 1)
//	v.GetLock().Unlock()
//
// or use Add, which is a single atomic addition. The accessors do not take
// the lock themselves.
type Value struct {
	shared
	t    *ctype
	p    unsafe.Pointer
	lock SharedLock
}

// NewValue returns a shared value of the given type code (see the table
// above) holding init (nil for zero), guarded by a new RLock as in Python.
// An unknown type code, or an init of the wrong kind (a float for an
// integer code), panics with an *Error.
func NewValue(typecode string, init any) *Value {
	t := lookupCtype("NewValue", typecode)
	bits := t.convert("NewValue", init)
	return newValue(t, bits, NewRLock())
}

// NewValueLock is NewValue with the given lock (a *Lock or an *RLock,
// which GetLock returns); a nil lock gives a value with no lock, like
// NewRawValue.
func NewValueLock(typecode string, init any, lock SharedLock) *Value {
	t := lookupCtype("NewValueLock", typecode)
	bits := t.convert("NewValueLock", init)
	return newValue(t, bits, lock)
}

// NewRawValue is NewValue without a lock (Python's RawValue): GetLock
// returns nil.
func NewRawValue(typecode string, init any) *Value {
	t := lookupCtype("NewRawValue", typecode)
	bits := t.convert("NewRawValue", init)
	return newValue(t, bits, nil)
}

func newValue(t *ctype, bits uint64, lock SharedLock) *Value {
	seg := newSegment("NewValue", "mpkit-value", 8)
	v := openValue(seg, t, lock)
	t.storeBits(v.p, bits)
	return v
}

func openValue(seg *shm.Segment, t *ctype, lock SharedLock) *Value {
	v := &Value{shared: shared{seg: seg}, t: t, p: unsafe.Pointer(unsafe.SliceData(seg.Bytes())), lock: lock}
	freeWhenUnreachable(v, seg)
	return v
}

// Value is the current value: an int for the integer codes except L and Q
// (uint64), a float64 for f and d, a byte for c, a rune for u.
func (v *Value) Value() any {
	v.check("Value.Value")
	x := v.t.get(v.p)
	runtime.KeepAlive(v)
	return x
}

// Int is the value as an int. For codes L and Q values above
// math.MaxInt64 come out negative; use Uint. For f and d it panics with
// an *Error: use Float.
func (v *Value) Int() int {
	v.check("Value.Int")
	x := v.t.getInt("Value.Int", v.p)
	runtime.KeepAlive(v)
	return x
}

// Uint is the value's bits as a uint64 (two's complement for negative
// integers). For f and d it panics with an *Error: use Float.
func (v *Value) Uint() uint64 {
	v.check("Value.Uint")
	if v.t.kind == kindFloat {
		v.t.getInt("Value.Uint", v.p)
	}
	x := uint64(v.t.signed(v.p))
	runtime.KeepAlive(v)
	return x
}

// Float is the value as a float64 (integers are converted).
func (v *Value) Float() float64 {
	v.check("Value.Float")
	x := v.t.getFloat(v.p)
	runtime.KeepAlive(v)
	return x
}

// SetInt stores x, wrapping around as C does if it does not fit (for f
// and d it stores float64(x)).
func (v *Value) SetInt(x int) {
	v.check("Value.SetInt")
	v.t.setInt(v.p, int64(x))
	runtime.KeepAlive(v)
}

// SetFloat stores x; for an integer code it panics with an *Error, as
// Python raises TypeError.
func (v *Value) SetFloat(x float64) {
	v.check("Value.SetFloat")
	v.t.setFloat("Value.SetFloat", v.p, x)
	runtime.KeepAlive(v)
}

// Set stores x: any Go integer or float (a float only for f and d), a bool,
// or for c and u a one-character string. Integers wrap around as in C.
// Other values panic with an *Error.
func (v *Value) Set(x any) {
	v.check("Value.Set")
	v.t.set("Value.Set", v.p, x)
	runtime.KeepAlive(v)
}

// Add adds delta to an integer value in one atomic step, whatever other
// processes do at the same time, and returns the new value. (Python has
// no such thing: its v.value += 1 is SetInt(Int() + 1), which is not
// atomic.) For f and d it panics with an *Error: use AddFloat.
func (v *Value) Add(delta int) int {
	v.check("Value.Add")
	x := v.t.add("Value.Add", v.p, int64(delta))
	runtime.KeepAlive(v)
	return int(x)
}

// AddFloat adds delta to a value of code f or d in one atomic step and
// returns the new value.
func (v *Value) AddFloat(delta float64) float64 {
	v.check("Value.AddFloat")
	x := v.t.addFloat("Value.AddFloat", v.p, delta)
	runtime.KeepAlive(v)
	return x
}

// Typecode is the value's type code, e.g. "i".
func (v *Value) Typecode() string { return v.t.code }

// GetLock is the lock that guards the value (an *RLock unless another was
// given), or nil for a raw value.
func (v *Value) GetLock() SharedLock { return v.lock }

// String describes the value as Python's repr (and print) does:
// <Synchronized wrapper for c_int(3)>, or c_int(3) for a value without
// a lock (NewRawValue). The number itself is Value(), Int() or Float().
func (v *Value) String() string {
	if v.closed.Load() {
		return "<Value(closed)>"
	}
	s := v.t.repr(v.p)
	runtime.KeepAlive(v)
	if v.lock == nil {
		return s
	}
	return "<Synchronized wrapper for " + s + ">"
}

// Close frees this process's mapping of the value (not of its lock).
func (v *Value) Close() error { return v.close() }

// CodecHandle lets the value travel to other processes as itself, with
// its lock.
func (v *Value) CodecHandle() (string, []*os.File, []byte) {
	files := lockFiles("Value.CodecHandle", []*os.File{v.file("Value.CodecHandle")}, v.lock)
	return "value", files, []byte(v.t.code + "," + lockKind(v.lock))
}

// ---------------------------------------------------------------- Array

// Array is a fixed-length array of numbers (or characters) in shared
// memory (Python's multiprocessing.Array): every process it is passed to
// reads and writes the same memory. Type codes are those of Value.
//
// Reading or writing one item is atomic, a read followed by a write is
// not; hold GetLock() around such updates (the accessors do not take the
// lock), or use Add.
//
// Float64s, Int32s, Int64s and Bytes are views: Go slices over the shared
// memory itself, the fast way to work on a large array. They stay valid
// until Close: once an Array has handed out a view, its memory stays
// mapped until Close or the end of the process, even when the Array
// itself is no longer referenced, since the view may still be in use.
// An Array received from another process is opened once per process and
// shared by every handle to it, and stays mapped until Close.
type Array struct {
	shared
	t    *ctype
	n    int
	base unsafe.Pointer
	lock SharedLock
	key  shm.Key   // set for arrays opened from a handle
	mem  *arrayMem // set for arrays made here
}

// arrayMem decides what becomes of an unreachable Array's memory: once a
// view has been handed out, slices may point into it for as long as the
// program runs, so only the file is closed; otherwise it is unmapped.
type arrayMem struct {
	seg    *shm.Segment
	viewed atomic.Bool
}

func (m *arrayMem) free() {
	if m.viewed.Load() {
		m.seg.CloseFile()
	} else {
		m.seg.Close()
	}
}

// viewed notes that a view of the memory exists.
func (a *Array) viewed() {
	if a.mem != nil {
		a.mem.viewed.Store(true)
	}
}

// NewArray returns a shared array guarded by a new RLock. sizeOrInit is
// either a length (any integer: the array is zero-filled) or the initial
// items: a slice or array of numbers, a []any, or for c and u a string.
// An unknown type code or an item of the wrong kind panics with an *Error.
func NewArray(typecode string, sizeOrInit any) *Array {
	return newArray("NewArray", typecode, sizeOrInit, NewRLock())
}

// NewArrayLock is NewArray with the given lock (a *Lock or an *RLock); a
// nil lock gives an array with no lock, like NewRawArray.
func NewArrayLock(typecode string, sizeOrInit any, lock SharedLock) *Array {
	return newArray("NewArrayLock", typecode, sizeOrInit, lock)
}

// NewRawArray is NewArray without a lock (Python's RawArray): GetLock
// returns nil.
func NewRawArray(typecode string, sizeOrInit any) *Array {
	return newArray("NewRawArray", typecode, sizeOrInit, nil)
}

func newArray(op, typecode string, sizeOrInit any, lock SharedLock) *Array {
	t := lookupCtype(op, typecode)
	n, items := arrayInit(op, t, sizeOrInit)
	seg := newSegment(op, "mpkit-array", max(n*t.size, 8))
	a := &Array{shared: shared{seg: seg}, t: t, n: n, base: unsafe.Pointer(unsafe.SliceData(seg.Bytes())), lock: lock}
	// Views may outlive every reference to a: only the file goes with it.
	a.mem = &arrayMem{seg: seg}
	runtime.AddCleanup(a, (*arrayMem).free, a.mem)
	if items != nil {
		a.setSlice(op, 0, items)
	}
	return a
}

// arrayInit reads NewArray's second argument: a length, or the items.
func arrayInit(op string, t *ctype, x any) (int, any) {
	rv := reflect.ValueOf(x)
	var n int
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if rv.Int() < 0 || rv.Int() > math.MaxInt32 {
			panic(misusef(op, "give a length of 0 or more", "invalid array length %d", rv.Int()))
		}
		return int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if rv.Uint() > math.MaxInt32 {
			panic(misusef(op, "give a smaller length", "invalid array length %d", rv.Uint()))
		}
		return int(rv.Uint()), nil
	case reflect.Slice, reflect.Array:
		n = rv.Len()
	case reflect.String:
		n = len(rv.String())
		if t.kind == kindWchar {
			n = utf8.RuneCountInString(rv.String())
		} else if t.kind != kindChar {
			panic(misusef(op, "give a length or a slice of numbers", "a string cannot initialise an array of typecode %q (%s)", t.code, t.cname))
		}
	default:
		panic(misusef(op, "give a length or a slice of numbers", "cannot make an array of typecode %q from a %T", t.code, x))
	}
	return n, x
}

func (a *Array) item(op string, i int) unsafe.Pointer {
	a.check(op)
	if uint(i) >= uint(a.n) {
		panic(misusef(op, "indexes run from 0 to Len()-1", "invalid index %d for an array of length %d", i, a.n))
	}
	return unsafe.Add(a.base, i*a.t.size)
}

// Len is the number of items.
func (a *Array) Len() int { return a.n }

// Typecode is the array's type code, e.g. "d".
func (a *Array) Typecode() string { return a.t.code }

// GetLock is the lock that guards the array (an *RLock unless another
// was given), or nil for a raw array.
func (a *Array) GetLock() SharedLock { return a.lock }

// Index is item i, typed as Value.Value describes. An index out of range
// panics with an *Error (Python's IndexError).
func (a *Array) Index(i int) any {
	x := a.t.get(a.item("Array.Index", i))
	runtime.KeepAlive(a)
	return x
}

// Int is item i as an int; for f and d it panics with an *Error.
func (a *Array) Int(i int) int {
	x := a.t.getInt("Array.Int", a.item("Array.Int", i))
	runtime.KeepAlive(a)
	return x
}

// Float is item i as a float64 (integers are converted).
func (a *Array) Float(i int) float64 {
	x := a.t.getFloat(a.item("Array.Float", i))
	runtime.KeepAlive(a)
	return x
}

// SetInt stores x at index i, wrapping around as C does.
func (a *Array) SetInt(i, x int) {
	a.t.setInt(a.item("Array.SetInt", i), int64(x))
	runtime.KeepAlive(a)
}

// SetFloat stores x at index i; for an integer code it panics with an
// *Error.
func (a *Array) SetFloat(i int, x float64) {
	a.t.setFloat("Array.SetFloat", a.item("Array.SetFloat", i), x)
	runtime.KeepAlive(a)
}

// Set stores x at index i; x is converted as in Value.Set.
func (a *Array) Set(i int, x any) {
	a.t.set("Array.Set", a.item("Array.Set", i), x)
	runtime.KeepAlive(a)
}

// Add adds delta to item i in one atomic step and returns the new value
// (integer codes only).
func (a *Array) Add(i, delta int) int {
	x := a.t.add("Array.Add", a.item("Array.Add", i), int64(delta))
	runtime.KeepAlive(a)
	return int(x)
}

func (a *Array) bounds(op string, lo, hi int) {
	a.check(op)
	if lo < 0 || hi > a.n || lo > hi {
		panic(misusef(op, "use 0 <= lo <= hi <= Len()", "slice bounds [%d:%d] out of range for an array of length %d", lo, hi, a.n))
	}
}

// Slice is a copy of items lo to hi-1: a []int (for the integer codes but
// L and Q), []uint64 (L, Q), []float64 (f, d), []byte (c) or []rune (u).
func (a *Array) Slice(lo, hi int) any {
	a.bounds("Array.Slice", lo, hi)
	defer runtime.KeepAlive(a)
	t, n := a.t, hi-lo
	at := func(i int) unsafe.Pointer { return unsafe.Add(a.base, (lo+i)*t.size) }
	switch {
	case t.kind == kindFloat:
		out := make([]float64, n)
		for i := range out {
			out[i] = t.float(at(i))
		}
		return out
	case t.kind == kindChar:
		return append([]byte(nil), unsafe.Slice((*byte)(at(0)), n)...)
	case t.kind == kindWchar:
		out := make([]rune, n)
		for i := range out {
			out[i] = rune(t.bits(at(i)))
		}
		return out
	case t.kind == kindUnsigned && t.size == 8:
		out := make([]uint64, n)
		for i := range out {
			out[i] = t.bits(at(i))
		}
		return out
	}
	out := make([]int, n)
	for i := range out {
		out[i] = int(t.signed(at(i)))
	}
	return out
}

// SetSlice stores values at lo, lo+1, ...: values is a slice or array of
// numbers, a []any, or for c and u a string. Values that do not fit
// between lo and Len() panic with an *Error (Python's ValueError).
func (a *Array) SetSlice(lo int, values any) {
	a.check("Array.SetSlice")
	a.setSlice("Array.SetSlice", lo, values)
	runtime.KeepAlive(a)
}

func (a *Array) setSlice(op string, lo int, values any) {
	t := a.t
	at := func(i int) unsafe.Pointer { return unsafe.Add(a.base, (lo+i)*t.size) }
	fits := func(n int) {
		if lo < 0 || lo > a.n || n > a.n-lo {
			panic(misusef(op, "the values must fit between lo and Len()",
				"can only assign a sequence of the same size: %d values at index %d of an array of length %d", n, lo, a.n))
		}
	}
	switch v := values.(type) {
	case []float64:
		fits(len(v))
		if t.code == "d" {
			copy(unsafe.Slice((*float64)(at(0)), len(v)), v)
			return
		}
		for i, x := range v {
			t.storeBits(at(i), t.fromFloat(op, x))
		}
		return
	case []int:
		fits(len(v))
		for i, x := range v {
			t.storeBits(at(i), t.fromInt(int64(x)))
		}
		return
	case string:
		switch t.kind {
		case kindChar:
			fits(len(v))
			copy(unsafe.Slice((*byte)(at(0)), len(v)), v)
			return
		case kindWchar:
			fits(utf8.RuneCountInString(v))
			i := 0
			for _, r := range v {
				t.storeBits(at(i), uint64(r))
				i++
			}
			return
		}
	}
	rv := reflect.ValueOf(values)
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		panic(misusef(op, "give a slice of numbers", "cannot assign a %T to items of an array", values))
	}
	fits(rv.Len())
	for i := 0; i < rv.Len(); i++ {
		t.storeBits(at(i), t.convert(op, rv.Index(i).Interface()))
	}
}

// Ints is a copy of all items as ints; for f and d it panics with an
// *Error (use Floats).
func (a *Array) Ints() []int {
	a.check("Array.Ints")
	defer runtime.KeepAlive(a)
	if a.t.kind == kindFloat {
		a.t.getInt("Array.Ints", a.base)
	}
	out := make([]int, a.n)
	for i := range out {
		out[i] = int(a.t.signed(unsafe.Add(a.base, i*a.t.size)))
	}
	return out
}

// Floats is a copy of all items as float64s (integers are converted).
func (a *Array) Floats() []float64 {
	a.check("Array.Floats")
	defer runtime.KeepAlive(a)
	out := make([]float64, a.n)
	if a.t.code == "d" {
		copy(out, unsafe.Slice((*float64)(a.base), a.n))
		return out
	}
	for i := range out {
		out[i] = a.t.getFloat(unsafe.Add(a.base, i*a.t.size))
	}
	return out
}

func (a *Array) view(op, want string) {
	a.check(op)
	if !strings.Contains(want, a.t.code) {
		panic(misusef(op, "use the view that matches the typecode, or a copying accessor (Ints, Floats, Slice)",
			"works on arrays of typecode %s, this one is %q", strings.Join(strings.Split(want, ""), " or "), a.t.code))
	}
}

// Float64s is the array's memory as a []float64, for typecode d: not a
// copy, so writes through it are seen by every process. Valid until
// Close. Other typecodes panic with an *Error.
func (a *Array) Float64s() []float64 {
	a.view("Array.Float64s", "d")
	a.viewed()
	return unsafe.Slice((*float64)(a.base), a.n)
}

// Int32s is the array's memory as an []int32, for typecode i (see
// Float64s).
func (a *Array) Int32s() []int32 {
	a.view("Array.Int32s", "i")
	a.viewed()
	return unsafe.Slice((*int32)(a.base), a.n)
}

// Int64s is the array's memory as an []int64, for typecodes l and q (see
// Float64s).
func (a *Array) Int64s() []int64 {
	a.view("Array.Int64s", "lq")
	a.viewed()
	return unsafe.Slice((*int64)(a.base), a.n)
}

// Bytes is the array's memory as raw bytes, Len()*itemsize of them, for
// any typecode (see Float64s).
func (a *Array) Bytes() []byte {
	a.check("Array.Bytes")
	a.viewed()
	return unsafe.Slice((*byte)(a.base), a.n*a.t.size)
}

// Text is, for typecodes c and u, the items up to the first zero as a
// string (Python's arr.value); other typecodes panic with an *Error.
func (a *Array) Text() string {
	a.view("Array.Text", "cu")
	defer runtime.KeepAlive(a)
	var sb strings.Builder
	for i := 0; i < a.n; i++ {
		c := a.t.bits(unsafe.Add(a.base, i*a.t.size))
		if c == 0 {
			break
		}
		if a.t.kind == kindChar {
			sb.WriteByte(byte(c))
		} else {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// SetText stores s at the start of a c or u array, followed by a zero if
// there is room (Python's arr.value = s). A string longer than the array
// panics with an *Error.
func (a *Array) SetText(s string) {
	a.view("Array.SetText", "cu")
	defer runtime.KeepAlive(a)
	a.setSlice("Array.SetText", 0, s)
	n := len(s)
	if a.t.kind == kindWchar {
		n = utf8.RuneCountInString(s)
	}
	if n < a.n {
		a.t.storeBits(unsafe.Add(a.base, n*a.t.size), 0)
	}
}

// String describes the array as Python's repr (and print) does:
// <SynchronizedArray wrapper for <multiprocessing.sharedctypes.c_int_Array_4
// object at 0x7f…>> (SynchronizedString for typecode 'c', and the inner
// part alone for an array without a lock), the address being where the
// array is mapped in this process. The items are Slice(0, Len()) (or
// Ints, Floats, Text).
func (a *Array) String() string {
	if a.closed.Load() {
		return "<Array(closed)>"
	}
	obj := fmt.Sprintf("<multiprocessing.sharedctypes.%s_Array_%d object at %#x>", a.t.pyName(), a.n, uintptr(a.base))
	if a.lock == nil {
		return obj
	}
	kind := "SynchronizedArray"
	if a.t.kind == kindChar {
		kind = "SynchronizedString"
	}
	return "<" + kind + " wrapper for " + obj + ">"
}

// Close frees this process's memory of the array (not its lock). Views
// must not be used afterwards.
func (a *Array) Close() error {
	if a.key != (shm.Key{}) {
		openArraysMu.Lock()
		if openArrays[a.key] == a {
			delete(openArrays, a.key)
		}
		openArraysMu.Unlock()
	}
	return a.close()
}

// CodecHandle lets the array travel to other processes as itself, with
// its lock.
func (a *Array) CodecHandle() (string, []*os.File, []byte) {
	files := lockFiles("Array.CodecHandle", []*os.File{a.file("Array.CodecHandle")}, a.lock)
	return "array", files, []byte(a.t.code + "," + lockKind(a.lock) + "," + strconv.Itoa(a.n))
}

// Arrays received from other processes, by the identity of their memory:
// a worker that receives the same array with every task maps it once.
var (
	openArraysMu sync.Mutex
	openArrays   = map[shm.Key]*Array{}
)

// parseMeta splits a value's or an array's handle payload.
func parseMeta(kind string, meta []byte, n int) (*ctype, []string, error) {
	parts := strings.Split(string(meta), ",")
	if len(parts) != n {
		return nil, nil, fmt.Errorf("mpkit: bad %s handle %q", kind, meta)
	}
	t, ok := ctypes[parts[0]]
	if !ok {
		return nil, nil, fmt.Errorf("mpkit: %s handle with bad typecode %q", kind, parts[0])
	}
	return t, parts, nil
}

func openValueHandle(files []*os.File, meta []byte) (any, error) {
	t, parts, err := parseMeta("value", meta, 2)
	if err != nil {
		return nil, err
	}
	seg, err := openSegment("value", files, 0, t.size)
	if err != nil {
		return nil, err
	}
	var lock SharedLock
	if parts[1] != "" {
		if lock, err = openSharedLock(parts[1], files, 1); err != nil {
			seg.Close()
			return nil, err
		}
	}
	return openValue(seg, t, lock), nil
}

func openArrayHandle(files []*os.File, meta []byte) (any, error) {
	t, parts, err := parseMeta("array", meta, 3)
	if err != nil {
		return nil, err
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil || n < 0 {
		return nil, fmt.Errorf("mpkit: bad array handle %q", meta)
	}
	seg, err := openSegment("array", files, 0, n*t.size)
	if err != nil {
		return nil, err
	}
	key, err := seg.Key()
	if err != nil {
		seg.Close()
		return nil, err
	}
	openArraysMu.Lock()
	defer openArraysMu.Unlock()
	if a := openArrays[key]; a != nil && !a.closed.Load() {
		seg.Close()
		return a, nil
	}
	var lock SharedLock
	if parts[1] != "" {
		if lock, err = openSharedLock(parts[1], files, 1); err != nil {
			seg.Close()
			return nil, err
		}
	}
	a := &Array{shared: shared{seg: seg}, t: t, n: n, base: unsafe.Pointer(unsafe.SliceData(seg.Bytes())), lock: lock, key: key}
	openArrays[key] = a
	return a, nil
}

// Handles are registered while package variables are initialised, before
// any init function runs, so that a child dispatching from init can decode them.
var _ = registerSharedctypesHandles()

func registerSharedctypesHandles() bool {
	codec.RegisterHandle("value", reflect.TypeOf((*Value)(nil)), openValueHandle)
	codec.RegisterHandle("array", reflect.TypeOf((*Array)(nil)), openArrayHandle)
	syncOpeners["value"] = openValueHandle
	syncOpeners["array"] = openArrayHandle
	return true
}
