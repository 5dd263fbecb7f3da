package layout

import (
	"bufio"
	"debug/elf"
	"os"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// eface is the layout of an empty interface value.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// rtypeHeader mirrors the leading fields of internal/abi.Type.
type rtypeHeader struct {
	size       uintptr
	ptrBytes   uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer
	gcData     unsafe.Pointer
	str        int32
	ptrToThis  int32
}

// Bits of rtypeHeader.tflag (internal/abi.TFlag).
const (
	tflagExtraStar   = 1 << 1
	tflagNamed       = 1 << 2
	tflagDirectIface = 1 << 5
)

//go:linkname typelinks reflect.typelinks
func typelinks() (sections []unsafe.Pointer, offset [][]int32)

// TypePtr returns the descriptor pointer of t (assumption 2).
func TypePtr(t reflect.Type) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&t))[1]
}

// TypeAt returns the reflect.Type whose descriptor is at p (assumption 2).
func TypeAt(p unsafe.Pointer) reflect.Type {
	var x any
	(*eface)(unsafe.Pointer(&x)).typ = p
	return reflect.TypeOf(x)
}

// IsDirect reports whether values of t are stored in the data word of an
// interface (assumption 1 and 3).
func IsDirect(t reflect.Type) bool {
	return (*rtypeHeader)(TypePtr(t)).tflag&tflagDirectIface != 0
}

// MakeAny builds an interface value of type t from a pointer p to a value
// of t that nobody else refers to (freshly allocated by the decoder).
func MakeAny(tp unsafe.Pointer, direct bool, p unsafe.Pointer) any {
	var x any
	e := (*eface)(unsafe.Pointer(&x))
	if direct {
		e.data = *(*unsafe.Pointer)(p)
	} else {
		e.data = p
	}
	e.typ = tp
	return x
}

// anchor is the descriptor that offsets of named types are measured from.
var anchor = TypePtr(reflect.TypeFor[int]())

// Anchor returns the type descriptor that TypeOffset measures from.
func Anchor() unsafe.Pointer { return anchor }

// InterfaceWords returns the two words of an interface value: its dynamic
// type's descriptor and its data word (assumption 1).
func InterfaceWords(v any) (typ, data unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&v))
	return e.typ, e.data
}

// TypeOffset returns the distance of t's descriptor from the anchor.
func TypeOffset(t reflect.Type) int64 {
	return int64(uintptr(TypePtr(t)) - uintptr(anchor))
}

// typeRegion is the part of memory where named type descriptors and their
// names can be: the executable's type section, from its start as
// reflect.typelinks reports it to the end of the ELF section that holds
// it. The runtime treats a descriptor outside [types, etypes) as fatal,
// and past etypes (in .gopclntab) there are records that look like
// descriptors, so the bound must not be the end of the mapping.
var typeRegion = sync.OnceValues(func() (lo, hi uintptr) {
	sections, _ := typelinks()
	a := uintptr(anchor)
	for _, s := range sections {
		if b := uintptr(s); b <= a && b > lo {
			lo = b
		}
	}
	if lo == 0 {
		return 0, 0
	}
	return lo, sectionEnd(lo)
})

// sectionEnd returns the address where the ELF section of the running
// executable that contains addr ends. It finds the file offset of addr
// through /proc/self/maps and the section through the executable's section
// headers. If either cannot be read, it falls back to the end of the
// mapping, or to addr+1GiB (the fault guard in namedTypeAt then turns a
// bad read into an error).
func sectionEnd(addr uintptr) uintptr {
	start, end, off, ok := mappingOf(addr)
	if !ok {
		return addr + 1<<30
	}
	f, err := elf.Open("/proc/self/exe")
	if err != nil {
		return end
	}
	defer f.Close()
	fo := uint64(addr-start) + off
	for _, s := range f.Sections {
		if s.Type != elf.SHT_PROGBITS || s.Flags&elf.SHF_ALLOC == 0 {
			continue
		}
		if s.Offset <= fo && fo < s.Offset+s.Size {
			e := addr + uintptr(s.Offset+s.Size-fo)
			return min(e, end)
		}
	}
	return end
}

// mappingOf returns the memory mapping that contains addr, as listed by
// /proc/self/maps: its start, end and file offset.
func mappingOf(addr uintptr) (start, end uintptr, off uint64, ok bool) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode path
		fields := strings.Fields(sc.Text())
		if len(fields) < 3 {
			continue
		}
		s, e, found := strings.Cut(fields[0], "-")
		if !found {
			continue
		}
		s64, err1 := strconv.ParseUint(s, 16, 64)
		e64, err2 := strconv.ParseUint(e, 16, 64)
		o64, err3 := strconv.ParseUint(fields[2], 16, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		if uintptr(s64) <= addr && addr < uintptr(e64) {
			return uintptr(s64), uintptr(e64), o64, true
		}
	}
	return 0, 0, 0, false
}

// IsStaticType reports whether t's descriptor lies in the type section, so
// that its offset from the anchor means the same thing in another process.
func IsStaticType(t reflect.Type) bool {
	lo, hi := typeRegion()
	p := uintptr(TypePtr(t))
	return lo != 0 && p >= lo && p < hi
}

// NamedTypeAt returns the named type whose descriptor is off bytes from the
// anchor, after checking that a descriptor with that String() is there. It
// reads memory only inside the type region, and a fault while reading is
// turned into an error, so a corrupted offset gives an error rather than a
// crash. (A message forged to look like a descriptor is not guarded
// against: the data comes from another process of the same program.)
//
//go:nocheckptr
func NamedTypeAt(off int64, name string) (t reflect.Type, ok bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			t, ok = nil, false
		}
	}()
	lo, hi := typeRegion()
	if lo == 0 || len(name) == 0 {
		return nil, false
	}
	addr := uintptr(anchor) + uintptr(off)
	const hdr = unsafe.Sizeof(rtypeHeader{})
	if addr < lo || addr%8 != 0 || addr > hi-hdr {
		return nil, false
	}
	p := unsafe.Add(anchor, off)
	h := (*rtypeHeader)(p)
	switch {
	case h.tflag&tflagNamed == 0,
		h.kind == 0 || h.kind > uint8(reflect.UnsafePointer),
		h.align == 0 || h.align&(h.align-1) != 0 || h.align > 64,
		h.fieldAlign == 0 || h.fieldAlign&(h.fieldAlign-1) != 0 || h.fieldAlign > 64,
		h.size%uintptr(h.align) != 0,
		h.ptrBytes > h.size,
		h.str <= 0:
		return nil, false
	}
	stored, good := nameAt(lo, hi, h.str)
	if !good {
		return nil, false
	}
	if h.tflag&tflagExtraStar != 0 {
		if len(stored) == 0 || stored[0] != '*' {
			return nil, false
		}
		stored = stored[1:]
	}
	if stored != name {
		return nil, false
	}
	t = TypeAt(p)
	if t.String() != name || t.Name() == "" {
		return nil, false
	}
	return t, true
}

// nameAt reads the name stored at the given offset in the type section
// (assumption 4), checking that it lies in [lo, hi).
//
//go:nocheckptr
func nameAt(lo, hi uintptr, off int32) (string, bool) {
	at := lo + uintptr(off)
	if at < lo || at >= hi-1 {
		return "", false
	}
	p := unsafe.Add(anchor, int64(at)-int64(uintptr(anchor)))
	// flag byte, then a uvarint length.
	n, shift, i := 0, 0, uintptr(1)
	for {
		if at+i >= hi || i > 4 {
			return "", false
		}
		b := *(*byte)(unsafe.Add(p, i))
		n |= int(b&0x7f) << shift
		i++
		if b < 0x80 {
			break
		}
		shift += 7
	}
	if n > int(hi-(at+i)) {
		return "", false
	}
	return unsafe.String((*byte)(unsafe.Add(p, i)), n), true
}
