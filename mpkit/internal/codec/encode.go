package codec

import (
	"encoding"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"unsafe"
)

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

func appendUvarint(b []byte, x uint64) []byte { return binary.AppendUvarint(b, x) }
func appendVarint(b []byte, x int64) []byte   { return binary.AppendVarint(b, x) }

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func (e *encoder) deeper() error {
	e.depth++
	if e.depth > maxDepth {
		return sendErr(fmt.Sprintf("the value is cyclic or nested too deep (more than %d levels)", maxDepth))
	}
	return nil
}

// encode writes the value of pl's type at p, without a descriptor.
func (pl *plan) encode(e *encoder, p unsafe.Pointer) error {
	switch pl.op {
	case opBool:
		if *(*bool)(p) {
			e.buf = append(e.buf, 1)
		} else {
			e.buf = append(e.buf, 0)
		}
	case opInt:
		var x int64
		switch pl.size {
		case 1:
			x = int64(*(*int8)(p))
		case 2:
			x = int64(*(*int16)(p))
		case 4:
			x = int64(*(*int32)(p))
		default:
			x = *(*int64)(p)
		}
		e.buf = binary.AppendVarint(e.buf, x)
	case opUint:
		var x uint64
		switch pl.size {
		case 1:
			x = uint64(*(*uint8)(p))
		case 2:
			x = uint64(*(*uint16)(p))
		case 4:
			x = uint64(*(*uint32)(p))
		default:
			x = *(*uint64)(p)
		}
		e.buf = binary.AppendUvarint(e.buf, x)
	case opFloat32:
		e.buf = binary.LittleEndian.AppendUint32(e.buf, *(*uint32)(p))
	case opFloat64, opComplex64:
		e.buf = binary.LittleEndian.AppendUint64(e.buf, *(*uint64)(p))
	case opComplex128:
		e.buf = binary.LittleEndian.AppendUint64(e.buf, *(*uint64)(p))
		e.buf = binary.LittleEndian.AppendUint64(e.buf, *(*uint64)(unsafe.Add(p, 8)))
	case opString:
		s := *(*string)(p)
		e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
		e.buf = append(e.buf, s...)
	case opSlice:
		s := (*sliceHeader)(p)
		if s.data == nil {
			e.buf = append(e.buf, 0)
			return nil
		}
		e.buf = binary.AppendUvarint(e.buf, uint64(s.len)+1)
		return pl.elem.encodeN(e, s.data, s.len)
	case opArray:
		return pl.elem.encodeN(e, p, pl.n)
	case opPtr:
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			e.buf = append(e.buf, 0)
			return nil
		}
		e.buf = append(e.buf, 1)
		if err := e.deeper(); err != nil {
			return err
		}
		err := pl.elem.encode(e, q)
		e.depth--
		return err
	case opMap:
		return pl.encodeMap(e, p)
	case opIface:
		if err := e.deeper(); err != nil {
			return err
		}
		err := e.dynamic(*(*any)(p))
		e.depth--
		return err
	case opNamedIface:
		v := reflect.NewAt(pl.t, p).Elem()
		if v.IsNil() {
			e.buf = append(e.buf, tagNil)
			return nil
		}
		if err := e.deeper(); err != nil {
			return err
		}
		err := e.dynamic(v.Interface())
		e.depth--
		return err
	case opStruct:
		for i := range pl.fields {
			f := &pl.fields[i]
			if err := f.plan.encode(e, unsafe.Add(p, f.off)); err != nil {
				return at(err, "."+f.name)
			}
		}
	case opMarshal:
		return pl.encodeMarshal(e, p)
	case opHandle:
		return pl.encodeHandle(e, p)
	case opZero:
	case opFail:
		return pl.own.clone()
	}
	return nil
}

// encodeN writes n consecutive values of pl's type starting at base.
func (pl *plan) encodeN(e *encoder, base unsafe.Pointer, n int) error {
	if n == 0 || pl.op == opZero {
		return nil
	}
	if pl.flat {
		e.buf = append(e.buf, unsafe.Slice((*byte)(base), n*int(pl.size))...)
		return nil
	}
	if err := e.deeper(); err != nil {
		return err
	}
	for i := range n {
		if err := pl.encode(e, unsafe.Add(base, uintptr(i)*pl.size)); err != nil {
			return at(err, "["+strconv.Itoa(i)+"]")
		}
	}
	e.depth--
	return nil
}

func (pl *plan) encodeMap(e *encoder, p unsafe.Pointer) error {
	m := reflect.NewAt(pl.t, p).Elem()
	if m.IsNil() {
		e.buf = append(e.buf, 0)
		return nil
	}
	e.buf = binary.AppendUvarint(e.buf, uint64(m.Len())+1)
	if m.Len() == 0 {
		return nil
	}
	if err := e.deeper(); err != nil {
		return err
	}
	kp, vp := reflect.New(pl.key.t), reflect.New(pl.elem.t)
	k, v := kp.Elem(), vp.Elem()
	it := m.MapRange()
	for it.Next() {
		k.SetIterKey(it)
		v.SetIterValue(it)
		if err := pl.key.encode(e, kp.UnsafePointer()); err != nil {
			return at(err, "{key "+fmt.Sprintf("%#v", k.Interface())+"}")
		}
		if err := pl.elem.encode(e, vp.UnsafePointer()); err != nil {
			return at(err, "["+fmt.Sprintf("%#v", k.Interface())+"]")
		}
	}
	e.depth--
	return nil
}

func (pl *plan) encodeMarshal(e *encoder, p unsafe.Pointer) error {
	x := reflect.NewAt(pl.t, p).Interface()
	mark := len(e.buf)
	e.buf = append(e.buf, 0, 0, 0, 0)
	var err error
	var method string
	switch pl.marsh {
	case marshBinary:
		method = "MarshalBinary"
		if a, ok := x.(encoding.BinaryAppender); ok {
			e.buf, err = a.AppendBinary(e.buf)
		} else {
			var b []byte
			b, err = x.(encoding.BinaryMarshaler).MarshalBinary()
			e.buf = append(e.buf, b...)
		}
	case marshGob:
		method = "GobEncode"
		var b []byte
		b, err = x.(gobEncoder).GobEncode()
		e.buf = append(e.buf, b...)
	case marshText:
		method = "MarshalText"
		if a, ok := x.(encoding.TextAppender); ok {
			e.buf, err = a.AppendText(e.buf)
		} else {
			var b []byte
			b, err = x.(encoding.TextMarshaler).MarshalText()
			e.buf = append(e.buf, b...)
		}
	}
	if err == nil && len(e.buf) < mark+4 {
		err = fmt.Errorf("it returned a shorter buffer than it was given")
	}
	if err != nil {
		if len(e.buf) >= mark {
			e.buf = e.buf[:mark]
		}
		return sendErr(fmt.Sprintf("%s of %s failed: %v", method, pl.t, err))
	}
	n := len(e.buf) - mark - 4
	if uint64(n) > math.MaxUint32 {
		return sendErr(fmt.Sprintf("%s of %s gave more than 4 GiB", method, pl.t))
	}
	binary.LittleEndian.PutUint32(e.buf[mark:], uint32(n))
	return nil
}

func (pl *plan) encodeHandle(e *encoder, p unsafe.Pointer) error {
	v := reflect.NewAt(pl.t, p).Elem()
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface, reflect.Func, reflect.Chan:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return nil
		}
	}
	if e.files == nil {
		return sendErr(fmt.Sprintf("a %s is a shared object; shared objects can only travel as process or pool arguments or through a Pipe", pl.t))
	}
	kind, files, meta := v.Interface().(Handle).CodecHandle()
	if kind != pl.handle {
		return sendErr(fmt.Sprintf("%s described itself as a %q, but it is registered as a %q", pl.t, kind, pl.handle))
	}
	e.buf = append(e.buf, 1)
	e.buf = appendString(e.buf, kind)
	e.buf = binary.AppendUvarint(e.buf, uint64(len(files)))
	for _, f := range files {
		i, err := e.fileIndex(f)
		if err != nil {
			return sendErr(fmt.Sprintf("a file of %s: %v", pl.t, err))
		}
		e.buf = binary.AppendUvarint(e.buf, uint64(i))
	}
	e.buf = binary.AppendUvarint(e.buf, uint64(len(meta)))
	e.buf = append(e.buf, meta...)
	return nil
}

// fileIndex returns the index of f in *e.files, adding it if neither f nor
// another *os.File with the same descriptor is there yet.
func (e *encoder) fileIndex(f *os.File) (int, error) {
	if f == nil {
		return 0, fmt.Errorf("nil *os.File")
	}
	for i, g := range *e.files {
		if g == f {
			return i, nil
		}
	}
	fd, ok := fdOf(f)
	if !ok {
		return 0, fmt.Errorf("%s is closed", f.Name())
	}
	for i, g := range *e.files {
		if gfd, ok := fdOf(g); ok && gfd == fd {
			return i, nil
		}
	}
	*e.files = append(*e.files, f)
	return len(*e.files) - 1, nil
}

// fdOf returns the descriptor of f without f.Fd's side effect of putting
// the file in blocking mode.
func fdOf(f *os.File) (uintptr, bool) {
	if f == nil {
		return 0, false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, false
	}
	var fd uintptr
	if rc.Control(func(d uintptr) { fd = d }) != nil {
		return 0, false
	}
	return fd, true
}
