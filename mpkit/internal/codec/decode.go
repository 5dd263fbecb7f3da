package codec

import (
	"encoding"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"reflect"
	"unsafe"

	"github.com/goteach/goteach/internal/layout"
)

type decoder struct {
	data  []byte
	pos   int
	files []*os.File
	depth int
}

func (d *decoder) malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s (at byte %d of %d)", ErrMalformed, fmt.Sprintf(format, args...), d.pos, len(d.data))
}

func (d *decoder) left() int { return len(d.data) - d.pos }

func (d *decoder) byte() (byte, error) {
	if d.pos >= len(d.data) {
		return 0, d.malformed("unexpected end of data")
	}
	b := d.data[d.pos]
	d.pos++
	return b, nil
}

func (d *decoder) uvarint() (uint64, error) {
	x, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		return 0, d.malformed("bad or truncated varint")
	}
	d.pos += n
	return x, nil
}

func (d *decoder) varint() (int64, error) {
	x, n := binary.Varint(d.data[d.pos:])
	if n <= 0 {
		return 0, d.malformed("bad or truncated varint")
	}
	d.pos += n
	return x, nil
}

// take returns the next n bytes of the input (not a copy).
func (d *decoder) take(n uint64) ([]byte, error) {
	if n > uint64(d.left()) {
		return nil, d.malformed("%d bytes announced, %d left", n, d.left())
	}
	b := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b, nil
}

func (d *decoder) string() (string, error) {
	n, err := d.uvarint()
	if err != nil {
		return "", err
	}
	b, err := d.take(n)
	return string(b), err
}

func (d *decoder) deeper() error {
	d.depth++
	if d.depth > maxDepth {
		return d.malformed("nested more than %d levels", maxDepth)
	}
	return nil
}

// dynamic decodes a value written by encoder.dynamic.
func (d *decoder) dynamic() (any, error) {
	tag, err := d.byte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNil:
		return nil, nil
	case tagFalse:
		return false, nil
	case tagTrue:
		return true, nil
	case tagInt:
		x, err := d.varint()
		return int(x), err
	case tagInt64:
		x, err := d.varint()
		return x, err
	case tagFloat64:
		b, err := d.take(8)
		if err != nil {
			return nil, err
		}
		return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
	case tagString:
		return d.string()
	case tagBytes:
		n, err := d.uvarint()
		if err != nil || n == 0 {
			return []byte(nil), err
		}
		b, err := d.take(n - 1)
		if err != nil {
			return nil, err
		}
		return append(make([]byte, 0, len(b)), b...), nil
	case tagTyped:
		pl, err := d.descPlan()
		if err != nil {
			return nil, err
		}
		if pl.t.Kind() == reflect.Interface {
			return nil, d.malformed("interface type %s given as a dynamic type", pl.t)
		}
		q, err := d.alloc(pl)
		if err != nil {
			return nil, err
		}
		if err := pl.decode(d, q); err != nil {
			return nil, err
		}
		return layout.MakeAny(pl.tp, pl.direct, q), nil
	case tagErrorText:
		typ, err := d.string()
		if err != nil {
			return nil, err
		}
		text, err := d.string()
		if err != nil {
			return nil, err
		}
		return &ErrorText{Type: typ, Text: text}, nil
	}
	return nil, d.malformed("unknown tag %d", tag)
}

// descPlan reads a descriptor and returns the plan of its type.
func (d *decoder) descPlan() (*plan, error) {
	n, err := d.uvarint()
	if err != nil {
		return nil, err
	}
	b, err := d.take(n)
	if err != nil {
		return nil, err
	}
	if m := descPlans.Load(); m != nil {
		if pl := (*m)[string(b)]; pl != nil {
			return pl, nil
		}
	}
	t, err := typeFromDesc(b)
	if err != nil {
		return nil, err
	}
	pl := planFor(t)
	cacheDescPlan(string(b), pl)
	return pl, nil
}

// alloc allocates a zero value of pl's type, after checking that the input
// left can hold one.
func (d *decoder) alloc(pl *plan) (unsafe.Pointer, error) {
	if pl.minWire > d.left() {
		return nil, d.malformed("a %s takes at least %d bytes, %d left", pl.t, pl.minWire, d.left())
	}
	return reflect.New(pl.t).UnsafePointer(), nil
}

// decode reads a value of pl's type into the zero value at p.
func (pl *plan) decode(d *decoder, p unsafe.Pointer) error {
	switch pl.op {
	case opBool:
		b, err := d.byte()
		if err != nil {
			return err
		}
		if b > 1 {
			return d.malformed("bool byte %d", b)
		}
		*(*bool)(p) = b == 1
	case opInt:
		x, err := d.varint()
		if err != nil {
			return err
		}
		switch pl.size {
		case 1:
			if x != int64(int8(x)) {
				return d.overflow(x, pl)
			}
			*(*int8)(p) = int8(x)
		case 2:
			if x != int64(int16(x)) {
				return d.overflow(x, pl)
			}
			*(*int16)(p) = int16(x)
		case 4:
			if x != int64(int32(x)) {
				return d.overflow(x, pl)
			}
			*(*int32)(p) = int32(x)
		default:
			*(*int64)(p) = x
		}
	case opUint:
		x, err := d.uvarint()
		if err != nil {
			return err
		}
		switch pl.size {
		case 1:
			if x > math.MaxUint8 {
				return d.overflow(x, pl)
			}
			*(*uint8)(p) = uint8(x)
		case 2:
			if x > math.MaxUint16 {
				return d.overflow(x, pl)
			}
			*(*uint16)(p) = uint16(x)
		case 4:
			if x > math.MaxUint32 {
				return d.overflow(x, pl)
			}
			*(*uint32)(p) = uint32(x)
		default:
			*(*uint64)(p) = x
		}
	case opFloat32, opFloat64, opComplex64, opComplex128:
		b, err := d.take(uint64(pl.size))
		if err != nil {
			return err
		}
		copy(unsafe.Slice((*byte)(p), pl.size), b)
	case opString:
		s, err := d.string()
		if err != nil {
			return err
		}
		*(*string)(p) = s
	case opSlice:
		return pl.decodeSlice(d, p)
	case opArray:
		return pl.elem.decodeN(d, p, pl.n)
	case opPtr:
		b, err := d.byte()
		if err != nil || b == 0 {
			return err
		}
		if b != 1 {
			return d.malformed("pointer byte %d", b)
		}
		if err := d.deeper(); err != nil {
			return err
		}
		q, err := d.alloc(pl.elem)
		if err != nil {
			return err
		}
		if err := pl.elem.decode(d, q); err != nil {
			return err
		}
		*(*unsafe.Pointer)(p) = q
		d.depth--
	case opMap:
		return pl.decodeMap(d, p)
	case opIface:
		if err := d.deeper(); err != nil {
			return err
		}
		x, err := d.dynamic()
		if err != nil {
			return err
		}
		*(*any)(p) = x
		d.depth--
	case opNamedIface:
		if err := d.deeper(); err != nil {
			return err
		}
		x, err := d.dynamic()
		if err != nil || x == nil {
			return err
		}
		v := reflect.ValueOf(x)
		if !v.Type().Implements(pl.t) {
			return d.malformed("a %s in a slot of type %s, which it does not implement", v.Type(), pl.t)
		}
		reflect.NewAt(pl.t, p).Elem().Set(v)
		d.depth--
	case opStruct:
		for i := range pl.fields {
			f := &pl.fields[i]
			if err := f.plan.decode(d, unsafe.Add(p, f.off)); err != nil {
				return err
			}
		}
	case opMarshal:
		return pl.decodeMarshal(d, p)
	case opHandle:
		return pl.decodeHandle(d, p)
	case opZero:
	case opFail:
		return fmt.Errorf("%w: received a %s, which cannot travel: %s", ErrMalformed, pl.t, pl.own.Reason)
	}
	return nil
}

func (d *decoder) overflow(x any, pl *plan) error {
	return d.malformed("%v does not fit in %s", x, pl.t)
}

// decodeN reads n consecutive values of pl's type into zeroed memory at base.
func (pl *plan) decodeN(d *decoder, base unsafe.Pointer, n int) error {
	if n == 0 || pl.op == opZero {
		return nil
	}
	if pl.flat {
		size := n * int(pl.size)
		b, err := d.take(uint64(size))
		if err != nil {
			return err
		}
		copy(unsafe.Slice((*byte)(base), size), b)
		return nil
	}
	if err := d.deeper(); err != nil {
		return err
	}
	for i := range n {
		if err := pl.decode(d, unsafe.Add(base, uintptr(i)*pl.size)); err != nil {
			return err
		}
	}
	d.depth--
	return nil
}

func (pl *plan) decodeSlice(d *decoder, p unsafe.Pointer) error {
	n1, err := d.uvarint()
	if err != nil || n1 == 0 {
		return err
	}
	n := n1 - 1
	el := pl.elem
	unit := uint64(el.minWire)
	if el.flat {
		unit = uint64(el.size)
	}
	if unit > 0 && n > uint64(d.left())/unit || n > math.MaxInt32*1024 {
		return d.malformed("a slice of %d %s does not fit in the %d bytes left", n, el.t, d.left())
	}
	s := reflect.MakeSlice(pl.t, int(n), int(n))
	data := s.UnsafePointer()
	if err := el.decodeN(d, data, int(n)); err != nil {
		return err
	}
	*(*sliceHeader)(p) = sliceHeader{data: data, len: int(n), cap: int(n)}
	return nil
}

func (pl *plan) decodeMap(d *decoder, p unsafe.Pointer) error {
	n1, err := d.uvarint()
	if err != nil || n1 == 0 {
		return err
	}
	n := n1 - 1
	unit := uint64(pl.key.minWire + pl.elem.minWire)
	if unit == 0 && n > 1 || unit > 0 && n > uint64(d.left())/unit {
		return d.malformed("a map of %d entries does not fit in the %d bytes left", n, d.left())
	}
	if err := d.deeper(); err != nil {
		return err
	}
	m := reflect.MakeMapWithSize(pl.t, int(n))
	kp, vp := reflect.New(pl.key.t), reflect.New(pl.elem.t)
	k, v := kp.Elem(), vp.Elem()
	checkKey := pl.key.t.Kind() == reflect.Interface || pl.key.t.Kind() == reflect.Struct || pl.key.t.Kind() == reflect.Array
	for range n {
		k.SetZero()
		v.SetZero()
		if err := pl.key.decode(d, kp.UnsafePointer()); err != nil {
			return err
		}
		if checkKey && !k.Comparable() {
			return d.malformed("map key of type %s holds a value that cannot be a key", pl.key.t)
		}
		if err := pl.elem.decode(d, vp.UnsafePointer()); err != nil {
			return err
		}
		m.SetMapIndex(k, v)
	}
	reflect.NewAt(pl.t, p).Elem().Set(m)
	d.depth--
	return nil
}

func (pl *plan) decodeMarshal(d *decoder, p unsafe.Pointer) (err error) {
	b, err := d.take(4)
	if err != nil {
		return err
	}
	b, err = d.take(uint64(binary.LittleEndian.Uint32(b)))
	if err != nil {
		return err
	}
	b = append([]byte(nil), b...) // the method may keep it
	x := reflect.NewAt(pl.t, p).Interface()
	var method string
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %s of %s panicked: %v", ErrMalformed, method, pl.t, r)
		}
	}()
	switch pl.marsh {
	case marshBinary:
		method = "UnmarshalBinary"
		err = x.(encoding.BinaryUnmarshaler).UnmarshalBinary(b)
	case marshGob:
		method = "GobDecode"
		err = x.(gobDecoder).GobDecode(b)
	case marshText:
		method = "UnmarshalText"
		err = x.(encoding.TextUnmarshaler).UnmarshalText(b)
	}
	if err != nil {
		return fmt.Errorf("%w: %s of %s: %w", ErrMalformed, method, pl.t, err)
	}
	return nil
}

func (pl *plan) decodeHandle(d *decoder, p unsafe.Pointer) (err error) {
	b, err := d.byte()
	if err != nil || b == 0 {
		return err
	}
	if b != 1 {
		return d.malformed("handle byte %d", b)
	}
	kind, err := d.string()
	if err != nil {
		return err
	}
	nf, err := d.uvarint()
	if err != nil {
		return err
	}
	if nf > uint64(d.left()) {
		return d.malformed("%d files announced", nf)
	}
	files := make([]*os.File, nf)
	for i := range files {
		idx, err := d.uvarint()
		if err != nil {
			return err
		}
		if idx >= uint64(len(d.files)) {
			return d.malformed("file %d of a %s, but %d files came with the message", idx, kind, len(d.files))
		}
		files[i] = d.files[idx]
	}
	mn, err := d.uvarint()
	if err != nil {
		return err
	}
	meta, err := d.take(mn)
	if err != nil {
		return err
	}
	meta = append([]byte(nil), meta...)
	hk, ok := lookupHandle(kind)
	if !ok {
		return fmt.Errorf("%w: a shared object of unknown kind %q", ErrMalformed, kind)
	}
	if hk.typ != pl.t {
		return d.malformed("shared object kind %q is a %s, not a %s", kind, hk.typ, pl.t)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("codec: reopening a %s panicked: %v", kind, r)
		}
	}()
	obj, err := hk.open(files, meta)
	if err != nil {
		return fmt.Errorf("codec: reopening a %s: %w", kind, err)
	}
	v := reflect.ValueOf(obj)
	if !v.IsValid() || v.Type() != pl.t {
		return fmt.Errorf("codec: reopening a %s: the opener returned a %T, not a %s", kind, obj, pl.t)
	}
	reflect.NewAt(pl.t, p).Elem().Set(v)
	return nil
}
