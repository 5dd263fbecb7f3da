package ctl

import (
	"encoding/binary"
	"errors"
)

// ErrShort reports a payload that ends before the fields it announces.
var ErrShort = errors.New("control message is truncated")

// W builds a payload out of varints, byte strings and strings.
type W struct{ B []byte }

// Uint appends an unsigned varint.
func (w *W) Uint(v uint64) { w.B = binary.AppendUvarint(w.B, v) }

// Int appends a signed varint.
func (w *W) Int(v int64) { w.B = binary.AppendVarint(w.B, v) }

// Bytes appends a length-prefixed byte string.
func (w *W) Bytes(b []byte) { w.Uint(uint64(len(b))); w.B = append(w.B, b...) }

// String appends a length-prefixed string.
func (w *W) String(s string) { w.Uint(uint64(len(s))); w.B = append(w.B, s...) }

// Bool appends a boolean.
func (w *W) Bool(b bool) {
	if b {
		w.B = append(w.B, 1)
	} else {
		w.B = append(w.B, 0)
	}
}

// R reads what W wrote. The first error sticks and later reads return zero values.
type R struct {
	B   []byte
	Err error
}

// Uint reads an unsigned varint.
func (r *R) Uint() uint64 {
	if r.Err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.B)
	if n <= 0 {
		r.Err = ErrShort
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Int reads a signed varint.
func (r *R) Int() int64 {
	if r.Err != nil {
		return 0
	}
	v, n := binary.Varint(r.B)
	if n <= 0 {
		r.Err = ErrShort
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Bytes reads a length-prefixed byte string (aliasing the payload).
func (r *R) Bytes() []byte {
	n := r.Uint()
	if r.Err != nil {
		return nil
	}
	if n > uint64(len(r.B)) {
		r.Err = ErrShort
		return nil
	}
	b := r.B[:n:n]
	r.B = r.B[n:]
	return b
}

// String reads a length-prefixed string.
func (r *R) String() string { return string(r.Bytes()) }

// Bool reads a boolean.
func (r *R) Bool() bool {
	if r.Err != nil {
		return false
	}
	if len(r.B) == 0 {
		r.Err = ErrShort
		return false
	}
	b := r.B[0] != 0
	r.B = r.B[1:]
	return b
}
