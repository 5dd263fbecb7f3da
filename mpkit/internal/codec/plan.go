package codec

import (
	"encoding"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/goteach/goteach/internal/layout"
)

// A plan says how values of one type are encoded and decoded. Plans are
// built once per type, under planMu, and never change once published.
type plan struct {
	t      reflect.Type
	tp     unsafe.Pointer // t's descriptor pointer
	op     op
	size   uintptr
	direct bool // stored in an interface's data word
	// flat: a fixed-size number (or an array of them) whose memory is
	// copied as is inside slices and arrays.
	flat bool
	// minWire is the least number of bytes an encoded value takes; the
	// decoder checks it against the input left before allocating. It is
	// 0 only for types that encode to nothing (zero-size types).
	minWire int

	desc    []byte // type descriptor
	header  []byte // tagTyped, descriptor length, descriptor
	descErr *Error // the type cannot be described to another process
	own     *Error // the values of this type cannot travel (op is opFail)
	err     *Error // own, or the first part of the type that cannot travel

	elem, key *plan   // slices, arrays, pointers, maps
	fields    []field // structs
	n         int     // arrays: length
	marsh     marshalMode
	handle    string // handles: the registered kind

	describing bool   // describe is working on it (catches self-referring types)
	gen        uint64 // planGen when it was built
}

type field struct {
	name string
	off  uintptr
	plan *plan
}

type op uint8

const (
	opFail op = iota
	opZero
	opBool
	opInt
	opUint
	opFloat32
	opFloat64
	opComplex64
	opComplex128
	opString
	opSlice
	opArray
	opPtr
	opMap
	opIface      // interface{}
	opNamedIface // an interface type with methods
	opStruct
	opMarshal
	opHandle
)

type marshalMode uint8

const (
	marshNone marshalMode = iota
	marshBinary
	marshGob
	marshText
)

type gobEncoder interface{ GobEncode() ([]byte, error) }
type gobDecoder interface{ GobDecode([]byte) error }

var (
	binaryMarshalerType   = reflect.TypeFor[encoding.BinaryMarshaler]()
	binaryUnmarshalerType = reflect.TypeFor[encoding.BinaryUnmarshaler]()
	gobEncoderType        = reflect.TypeFor[gobEncoder]()
	gobDecoderType        = reflect.TypeFor[gobDecoder]()
	textMarshalerType     = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalerType   = reflect.TypeFor[encoding.TextUnmarshaler]()
	handleType            = reflect.TypeFor[Handle]()
	errorType             = reflect.TypeFor[error]()
)

// marshalModeOf returns how values of t encode themselves, looking at the
// methods of *t, which include those of t.
func marshalModeOf(t reflect.Type) marshalMode {
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(binaryMarshalerType) && pt.Implements(binaryUnmarshalerType):
		return marshBinary
	case pt.Implements(gobEncoderType) && pt.Implements(gobDecoderType):
		return marshGob
	case pt.Implements(textMarshalerType) && pt.Implements(textUnmarshalerType):
		return marshText
	}
	return marshNone
}

var (
	planMu    sync.Mutex
	planGen   uint64 // counts resetPlans; under planMu
	typePlans atomic.Pointer[map[unsafe.Pointer]*plan]
	descPlans atomic.Pointer[map[string]*plan]
)

// maxDescPlans bounds the decoder's cache of descriptors, so that a stream
// of distinct descriptors cannot grow it without end.
const maxDescPlans = 4096

// resetPlans forgets all plans; RegisterHandle calls it because a new
// handle type changes how values of that type, and of the types that
// contain it, are encoded.
func resetPlans() {
	planMu.Lock()
	defer planMu.Unlock()
	typePlans.Store(nil)
	descPlans.Store(nil)
	planGen++
}

func planFor(t reflect.Type) *plan { return planForPtr(layout.TypePtr(t)) }

// planForPtr returns the plan of the type whose descriptor is at tp,
// building it (and the plans of its parts) the first time.
func planForPtr(tp unsafe.Pointer) *plan {
	if m := typePlans.Load(); m != nil {
		if pl := (*m)[tp]; pl != nil {
			return pl
		}
	}
	planMu.Lock()
	defer planMu.Unlock()
	b := builder{plans: map[unsafe.Pointer]*plan{}}
	if m := typePlans.Load(); m != nil {
		b.old = *m
	}
	pl := b.plan(layout.TypeAt(tp))
	if len(b.plans) > 0 {
		b.finish()
		m := make(map[unsafe.Pointer]*plan, len(b.old)+len(b.plans))
		for k, v := range b.old {
			m[k] = v
		}
		for k, v := range b.plans {
			m[k] = v
		}
		typePlans.Store(&m)
	}
	return pl
}

func cacheDescPlan(desc string, pl *plan) {
	planMu.Lock()
	defer planMu.Unlock()
	if pl.gen != planGen {
		return // built before a reset
	}
	old := descPlans.Load()
	if old != nil && (len(*old) >= maxDescPlans || (*old)[desc] != nil) {
		return
	}
	var m map[string]*plan
	if old == nil {
		m = map[string]*plan{}
	} else {
		m = make(map[string]*plan, len(*old)+1)
		for k, v := range *old {
			m[k] = v
		}
	}
	m[desc] = pl
	descPlans.Store(&m)
}

type builder struct {
	old   map[unsafe.Pointer]*plan // published
	plans map[unsafe.Pointer]*plan // being built
	order []*plan                  // the same, parts before the types that contain them
}

func (b *builder) plan(t reflect.Type) *plan {
	tp := layout.TypePtr(t)
	if pl := b.old[tp]; pl != nil {
		return pl
	}
	if pl := b.plans[tp]; pl != nil {
		return pl
	}
	pl := &plan{t: t, tp: tp, size: t.Size(), direct: layout.IsDirect(t), gen: planGen}
	b.plans[tp] = pl
	b.fill(pl)
	b.order = append(b.order, pl)
	return pl
}

// lookup returns the plan of t, which plan has already made.
func (b *builder) lookup(t reflect.Type) *plan {
	tp := layout.TypePtr(t)
	if pl := b.plans[tp]; pl != nil {
		return pl
	}
	return b.old[tp]
}

func (b *builder) fill(pl *plan) {
	t := pl.t
	if t.Name() == "" {
		// The descriptor of an unnamed type is made of its parts'
		// descriptors, whatever the way its values are encoded.
		switch t.Kind() {
		case reflect.Slice, reflect.Array, reflect.Pointer, reflect.Chan:
			b.plan(t.Elem())
		case reflect.Func:
			for i := range t.NumIn() {
				b.plan(t.In(i))
			}
			for i := range t.NumOut() {
				b.plan(t.Out(i))
			}
		case reflect.Map:
			b.plan(t.Key())
			b.plan(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				b.plan(t.Field(i).Type)
			}
		}
	}
	if kind, ok := handleKindOf(t); ok {
		pl.op, pl.handle, pl.minWire = opHandle, kind, 1
		if !t.Implements(handleType) {
			pl.fail(fmt.Sprintf("%s is registered as shared object kind %q but has no CodecHandle method", t, kind))
		}
		return
	}
	k := t.Kind()
	if k != reflect.Pointer && k != reflect.Interface {
		if m := marshalModeOf(t); m != marshNone {
			pl.op, pl.marsh, pl.minWire = opMarshal, m, 4
			return
		}
	}
	switch k {
	case reflect.Bool:
		pl.op, pl.minWire = opBool, 1
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		pl.op, pl.minWire, pl.flat = opInt, 1, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		pl.op, pl.minWire, pl.flat = opUint, 1, true
	case reflect.Float32:
		pl.op, pl.minWire, pl.flat = opFloat32, 4, true
	case reflect.Float64:
		pl.op, pl.minWire, pl.flat = opFloat64, 8, true
	case reflect.Complex64:
		pl.op, pl.minWire, pl.flat = opComplex64, 8, true
	case reflect.Complex128:
		pl.op, pl.minWire, pl.flat = opComplex128, 16, true
	case reflect.String:
		pl.op, pl.minWire = opString, 1
	case reflect.Slice:
		pl.op, pl.minWire, pl.elem = opSlice, 1, b.plan(t.Elem())
	case reflect.Array:
		pl.op, pl.n, pl.elem = opArray, t.Len(), b.plan(t.Elem())
		if pl.size == 0 {
			pl.op = opZero
			break
		}
		pl.flat = pl.elem.flat
		if pl.flat {
			pl.minWire = satMul(pl.n, int(pl.elem.size))
		} else {
			pl.minWire = satMul(pl.n, pl.elem.minWire)
		}
	case reflect.Pointer:
		pl.op, pl.minWire, pl.elem = opPtr, 1, b.plan(t.Elem())
	case reflect.Map:
		pl.op, pl.minWire = opMap, 1
		pl.key, pl.elem = b.plan(t.Key()), b.plan(t.Elem())
	case reflect.Interface:
		pl.op, pl.minWire = opIface, 1
		if t.NumMethod() > 0 {
			pl.op = opNamedIface
		}
	case reflect.Struct:
		b.fillStruct(pl)
	case reflect.Chan:
		pl.fail("a channel cannot travel to another process")
	case reflect.Func:
		pl.fail("a func cannot travel to another process")
	case reflect.UnsafePointer:
		pl.fail("an unsafe.Pointer cannot travel to another process")
	default:
		pl.fail(fmt.Sprintf("values of kind %s cannot travel to another process", k))
	}
}

func (b *builder) fillStruct(pl *plan) {
	t := pl.t
	pl.op = opStruct
	if pl.size == 0 {
		pl.op = opZero
		return
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			if f.Type.Size() == 0 {
				continue // carries nothing: blank markers such as _ [0]func()
			}
			why := fmt.Sprintf("%s has unexported field %s and no MarshalBinary", t, f.Name)
			if _, ok := handleKindOf(reflect.PointerTo(t)); ok {
				why = fmt.Sprintf("%s is a shared object and must be passed as a pointer (*%s)", t, t)
			}
			pl.fail(why)
			return
		}
		pl.fields = append(pl.fields, field{name: f.Name, off: f.Offset, plan: b.plan(f.Type)})
	}
	for _, f := range pl.fields {
		pl.minWire = satAdd(pl.minWire, f.plan.minWire)
	}
}

func (pl *plan) fail(reason string) {
	pl.op = opFail
	pl.own = sendErr(reason)
	pl.minWire = 1
	pl.elem, pl.key, pl.fields = nil, nil, nil
}

// finish computes, for the plans just built, which types cannot travel
// and the descriptors, then checks that each descriptor leads back to its
// type as the receiver will decode it.
func (b *builder) finish() {
	for _, pl := range b.order {
		pl.err = pl.own
	}
	// Whether a type can travel depends on its parts, and named types can
	// be recursive: iterate until nothing changes. Going parts first, the
	// first pass finds, for types outside cycles, the first part in
	// declaration order that cannot travel.
	for changed := true; changed; {
		changed = false
		for _, pl := range b.order {
			if pl.err == nil {
				if err := pl.partErr(); err != nil {
					pl.err = err
					changed = true
				}
			}
		}
	}
	for _, pl := range b.order {
		b.describe(pl)
	}
}

// partErr returns the error of the first part of pl's type that cannot
// travel, with its step in the type.
func (pl *plan) partErr() *Error {
	with := func(e *Error, seg string) *Error {
		if e == nil {
			return nil
		}
		c := e.clone()
		if seg != "" {
			c.segs = append(c.segs, seg)
		}
		return c
	}
	switch pl.op {
	case opSlice, opArray:
		return with(pl.elem.err, "[_]")
	case opPtr:
		return with(pl.elem.err, "")
	case opMap:
		if e := with(pl.key.err, "{key}"); e != nil {
			return e
		}
		return with(pl.elem.err, "[_]")
	case opStruct:
		for _, f := range pl.fields {
			if e := with(f.plan.err, "."+f.name); e != nil {
				return e
			}
		}
	}
	return nil
}

// Descriptor codes. A predeclared type is its reflect.Kind (1 to 16, and
// 24 for string).
const (
	dNamed  byte = 0x40 // zigzag varint offset from the anchor, name
	dSlice  byte = 0x41 // elem
	dArray  byte = 0x42 // uvarint length, elem
	dMap    byte = 0x43 // key, elem
	dPtr    byte = 0x44 // elem
	dStruct byte = 0x45 // uvarint field count, fields
	dIface  byte = 0x46 // interface{}
	// Funcs and channels have no values that travel, but a zero-size
	// field such as _ [0]func() still needs its type described.
	dFunc byte = 0x47 // variadic byte, uvarint in count, ins, uvarint out count, outs
	dChan byte = 0x48 // direction byte (reflect.ChanDir), elem
)

// Flags of a struct field in a descriptor.
const (
	fEmbedded = 1 << iota
	fTag
	fPkgPath
)

func isPredeclared(t reflect.Type) bool {
	k := t.Kind()
	return (k >= reflect.Bool && k <= reflect.Complex128 || k == reflect.String) &&
		t.PkgPath() == "" && t == basicTypes[k]
}

var basicTypes = func() (a [reflect.UnsafePointer + 1]reflect.Type) {
	for _, t := range []reflect.Type{
		reflect.TypeFor[bool](), reflect.TypeFor[int](), reflect.TypeFor[int8](),
		reflect.TypeFor[int16](), reflect.TypeFor[int32](), reflect.TypeFor[int64](),
		reflect.TypeFor[uint](), reflect.TypeFor[uint8](), reflect.TypeFor[uint16](),
		reflect.TypeFor[uint32](), reflect.TypeFor[uint64](), reflect.TypeFor[uintptr](),
		reflect.TypeFor[float32](), reflect.TypeFor[float64](), reflect.TypeFor[complex64](),
		reflect.TypeFor[complex128](), reflect.TypeFor[string](),
	} {
		a[t.Kind()] = t
	}
	return a
}()

// describe computes pl.desc (or pl.descErr), describing parts first.
func (b *builder) describe(pl *plan) {
	if pl.desc != nil || pl.descErr != nil || pl.describing {
		return
	}
	pl.describing = true
	defer func() { pl.describing = false }()
	t := pl.t
	var d []byte
	switch {
	case isPredeclared(t):
		d = []byte{byte(t.Kind())}
	case t.Name() != "":
		if !layout.IsStaticType(t) {
			pl.descErr = sendErr(fmt.Sprintf("named type %s was not found among this program's types, so another process cannot identify it", t))
			return
		}
		d = appendNamed(nil, t)
	default:
		d, pl.descErr = b.describeUnnamed(pl)
		if pl.descErr != nil {
			return
		}
	}
	// The receiver's view: the descriptor must lead back to t.
	if back, err := typeFromDesc(d); err != nil || back != t {
		why := fmt.Sprintf("type %s cannot be rebuilt in another process", t)
		if t.Kind() == reflect.Struct && t.Name() == "" {
			why += "; give the struct type a name"
		}
		pl.descErr = sendErr(why)
		return
	}
	pl.desc = d
	h := append([]byte{tagTyped}, appendUvarint(nil, uint64(len(d)))...)
	pl.header = append(h, d...)
}

func appendNamed(d []byte, t reflect.Type) []byte {
	d = append(d, dNamed)
	d = appendVarint(d, layout.TypeOffset(t))
	d = appendUvarint(d, uint64(len(t.String())))
	return append(d, t.String()...)
}

// describeUnnamed describes an unnamed composite type by its structure.
func (b *builder) describeUnnamed(pl *plan) ([]byte, *Error) {
	t := pl.t
	part := func(d []byte, t reflect.Type, seg string) ([]byte, *Error) {
		sub := b.lookup(t)
		if sub.describing {
			return nil, sendErr(fmt.Sprintf("unnamed type %s refers to itself (as a recursive struct type of interpreted code does), so it cannot be described to another process", sub.t))
		}
		b.describe(sub)
		if sub.descErr != nil {
			e := sub.descErr.clone()
			if seg != "" {
				e.segs = append(e.segs, seg)
			}
			return nil, e
		}
		return append(d, sub.desc...), nil
	}
	switch t.Kind() {
	case reflect.Slice:
		return part([]byte{dSlice}, t.Elem(), "[_]")
	case reflect.Array:
		return part(appendUvarint([]byte{dArray}, uint64(t.Len())), t.Elem(), "[_]")
	case reflect.Pointer:
		return part([]byte{dPtr}, t.Elem(), "")
	case reflect.Map:
		d, err := part([]byte{dMap}, t.Key(), "{key}")
		if err != nil {
			return nil, err
		}
		return part(d, t.Elem(), "[_]")
	case reflect.Chan:
		return part([]byte{dChan, byte(t.ChanDir())}, t.Elem(), "")
	case reflect.Func:
		d := []byte{dFunc, 0}
		if t.IsVariadic() {
			d[1] = 1
		}
		d = appendUvarint(d, uint64(t.NumIn()))
		var err *Error
		for i := range t.NumIn() {
			if d, err = part(d, t.In(i), ""); err != nil {
				return nil, err
			}
		}
		d = appendUvarint(d, uint64(t.NumOut()))
		for i := range t.NumOut() {
			if d, err = part(d, t.Out(i), ""); err != nil {
				return nil, err
			}
		}
		return d, nil
	case reflect.Interface:
		if t.NumMethod() > 0 {
			return nil, sendErr(fmt.Sprintf("%s is an unnamed interface type with methods; only named interface types (such as error) can be described to another process", t))
		}
		return []byte{dIface}, nil
	case reflect.Struct:
		d := appendUvarint([]byte{dStruct}, uint64(t.NumField()))
		for i := range t.NumField() {
			f := t.Field(i)
			var flags byte
			if f.Anonymous {
				flags |= fEmbedded
			}
			if f.Tag != "" {
				flags |= fTag
			}
			if f.PkgPath != "" {
				flags |= fPkgPath
			}
			d = append(d, flags)
			d = appendString(d, f.Name)
			if f.PkgPath != "" {
				d = appendString(d, f.PkgPath)
			}
			if f.Tag != "" {
				d = appendString(d, string(f.Tag))
			}
			var err *Error
			if d, err = part(d, f.Type, "."+f.Name); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return nil, sendErr(fmt.Sprintf("a %s cannot be described to another process", t.Kind()))
}

func handleKindOf(t reflect.Type) (string, bool) {
	handleMu.RLock()
	defer handleMu.RUnlock()
	k, ok := handleTypes[t]
	return k, ok
}

func satAdd(a, b int) int {
	if s := a + b; s >= a && s < 1<<40 {
		return s
	}
	return 1 << 40
}

func satMul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > (1<<40)/b {
		return 1 << 40
	}
	return a * b
}
