package codec

import (
	"encoding/binary"
	"fmt"
	"reflect"

	"github.com/goteach/goteach/internal/layout"
)

// maxTypeDepth bounds the nesting of a type descriptor.
const maxTypeDepth = 200

var anyType = reflect.TypeFor[any]()

// typeFromDesc rebuilds the type described by desc (see plan.describe).
func typeFromDesc(desc []byte) (reflect.Type, error) {
	r := descReader{b: desc}
	t, err := r.read(0)
	if err != nil {
		return nil, err
	}
	if r.pos != len(r.b) {
		return nil, r.bad("%d bytes left over", len(r.b)-r.pos)
	}
	return t, nil
}

type descReader struct {
	b   []byte
	pos int
}

func (r *descReader) bad(format string, args ...any) error {
	return fmt.Errorf("%w: type descriptor: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

func (r *descReader) byte() (byte, error) {
	if r.pos >= len(r.b) {
		return 0, r.bad("truncated")
	}
	c := r.b[r.pos]
	r.pos++
	return c, nil
}

func (r *descReader) uvarint() (uint64, error) {
	x, n := binary.Uvarint(r.b[r.pos:])
	if n <= 0 {
		return 0, r.bad("bad varint")
	}
	r.pos += n
	return x, nil
}

func (r *descReader) string() (string, error) {
	n, err := r.uvarint()
	if err != nil {
		return "", err
	}
	if n > uint64(len(r.b)-r.pos) {
		return "", r.bad("truncated string")
	}
	s := string(r.b[r.pos : r.pos+int(n)])
	r.pos += int(n)
	return s, nil
}

func (r *descReader) read(depth int) (reflect.Type, error) {
	if depth > maxTypeDepth {
		return nil, r.bad("nested more than %d levels", maxTypeDepth)
	}
	c, err := r.byte()
	if err != nil {
		return nil, err
	}
	if int(c) < len(basicTypes) && basicTypes[c] != nil {
		return basicTypes[c], nil
	}
	switch c {
	case dNamed:
		off, n := binary.Varint(r.b[r.pos:])
		if n <= 0 {
			return nil, r.bad("bad varint")
		}
		r.pos += n
		name, err := r.string()
		if err != nil {
			return nil, err
		}
		t, ok := layout.NamedTypeAt(off, name)
		if !ok {
			return nil, fmt.Errorf("%w: type %q is not at offset %d of this executable's types (was the data made by another program?)", ErrMalformed, name, off)
		}
		return t, nil
	case dSlice:
		elem, err := r.read(depth + 1)
		if err != nil {
			return nil, err
		}
		return reflect.SliceOf(elem), nil
	case dPtr:
		elem, err := r.read(depth + 1)
		if err != nil {
			return nil, err
		}
		return reflect.PointerTo(elem), nil
	case dArray:
		n, err := r.uvarint()
		if err != nil {
			return nil, err
		}
		elem, err := r.read(depth + 1)
		if err != nil {
			return nil, err
		}
		if n > 1<<48 || elem.Size() > 0 && n > (1<<48)/uint64(elem.Size()) {
			return nil, r.bad("array [%d]%s is too large", n, elem)
		}
		return build(func() reflect.Type { return reflect.ArrayOf(int(n), elem) })
	case dMap:
		key, err := r.read(depth + 1)
		if err != nil {
			return nil, err
		}
		elem, err := r.read(depth + 1)
		if err != nil {
			return nil, err
		}
		if !key.Comparable() {
			return nil, r.bad("map key type %s is not comparable", key)
		}
		return build(func() reflect.Type { return reflect.MapOf(key, elem) })
	case dIface:
		return anyType, nil
	case dChan:
		dir, err := r.byte()
		if err != nil {
			return nil, err
		}
		elem, err := r.read(depth + 1)
		if err != nil {
			return nil, err
		}
		if dir < 1 || dir > 3 {
			return nil, r.bad("channel direction %d", dir)
		}
		return build(func() reflect.Type { return reflect.ChanOf(reflect.ChanDir(dir), elem) })
	case dFunc:
		variadic, err := r.byte()
		if err != nil {
			return nil, err
		}
		var ins, outs []reflect.Type
		for _, list := range []*[]reflect.Type{&ins, &outs} {
			n, err := r.uvarint()
			if err != nil {
				return nil, err
			}
			if n > uint64(len(r.b)-r.pos) {
				return nil, r.bad("%d parameters announced", n)
			}
			for range n {
				pt, err := r.read(depth + 1)
				if err != nil {
					return nil, err
				}
				*list = append(*list, pt)
			}
		}
		if variadic > 1 || variadic == 1 && (len(ins) == 0 || ins[len(ins)-1].Kind() != reflect.Slice) {
			return nil, r.bad("bad variadic func")
		}
		return build(func() reflect.Type { return reflect.FuncOf(ins, outs, variadic == 1) })
	case dStruct:
		nf, err := r.uvarint()
		if err != nil {
			return nil, err
		}
		if nf > uint64(len(r.b)-r.pos) {
			return nil, r.bad("%d fields announced", nf)
		}
		fields := make([]reflect.StructField, nf)
		for i := range fields {
			f := &fields[i]
			flags, err := r.byte()
			if err != nil {
				return nil, err
			}
			if flags&^(fEmbedded|fTag|fPkgPath) != 0 {
				return nil, r.bad("field flags %#x", flags)
			}
			if f.Name, err = r.string(); err != nil {
				return nil, err
			}
			if flags&fPkgPath != 0 {
				if f.PkgPath, err = r.string(); err != nil {
					return nil, err
				}
			}
			if flags&fTag != 0 {
				tag, err := r.string()
				if err != nil {
					return nil, err
				}
				f.Tag = reflect.StructTag(tag)
			}
			f.Anonymous = flags&fEmbedded != 0
			if f.Type, err = r.read(depth + 1); err != nil {
				return nil, err
			}
		}
		return build(func() reflect.Type { return reflect.StructOf(fields) })
	}
	return nil, r.bad("unknown code %#x", c)
}

// build calls one of reflect's type constructors, which panic on input
// they reject (duplicate field names, sizes that overflow, ...).
func build(f func() reflect.Type) (t reflect.Type, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("%w: type descriptor: %v", ErrMalformed, r)
		}
	}()
	return f(), nil
}
