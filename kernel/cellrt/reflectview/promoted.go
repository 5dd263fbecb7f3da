package reflectview

import (
	"reflect"
	"sort"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// The interpreter builds a declared struct type without embedding: its
// embedded fields are plain fields, so reflect finds neither the fields
// nor the methods they promote. This file walks the embedded fields as
// the Go spec's selector rule does: the shallowest depth wins, and two
// at the same depth cancel one another out.

// embedding is a struct type reached from a type through embedded
// fields: index is the path of field indexes, ptr says whether a step
// was an embedded pointer (its methods with pointer receivers are then
// in the value's method set).
type embedding struct {
	t     reflect.Type
	index []int
	ptr   bool
}

// embedded returns the type a field embeds (through a pointer or not),
// whether it is a pointer, and whether it is a struct whose fields are
// promoted.
func embedded(f reflect.StructField) (t reflect.Type, ptr, isStruct bool) {
	t = f.Type
	if t.Kind() == reflect.Pointer {
		t, ptr = t.Elem(), true
	}
	return t, ptr, t.Kind() == reflect.Struct && !fmtview.IsBox(t)
}

// next returns the embeddings one level below level, with how often
// each type occurs there (a type reached twice at one depth makes its
// fields and methods ambiguous), skipping types seen above.
func next(level []embedding, seen map[reflect.Type]bool) ([]embedding, map[reflect.Type]int) {
	var out []embedding
	count := map[reflect.Type]int{}
	for _, e := range level {
		if e.t.Kind() != reflect.Struct || fmtview.IsBox(e.t) {
			continue
		}
		for i := 0; i < e.t.NumField(); i++ {
			f := Field(e.t, i)
			if !f.Anonymous {
				continue
			}
			t, ptr, _ := embedded(f)
			if seen[t] {
				continue
			}
			if count[t]++; count[t] == 1 {
				out = append(out, embedding{t, append(append([]int(nil), e.index...), i), e.ptr || ptr})
			}
		}
	}
	for _, e := range out {
		seen[e.t] = true
	}
	return out, count
}

// promotedField is t.FieldByName(name) for a declared struct type t,
// fields promoted from embedded structs included.
func promotedField(t reflect.Type, name string) (reflect.StructField, bool) {
	level := []embedding{{t: t}}
	count := map[reflect.Type]int{t: 1}
	seen := map[reflect.Type]bool{t: true}
	for len(level) > 0 {
		var found []reflect.StructField
		for _, e := range level {
			for i := 0; i < e.t.NumField(); i++ {
				if f := Field(e.t, i); f.Name == name {
					f.Index = append(append([]int(nil), e.index...), i)
					found = append(found, f)
					if count[e.t] > 1 {
						found = append(found, f) // ambiguous
					}
				}
			}
		}
		switch len(found) {
		case 0:
		case 1:
			return found[0], true
		default:
			return reflect.StructField{}, false
		}
		level, count = next(level, seen)
	}
	return reflect.StructField{}, false
}

// VisibleFields is reflect.VisibleFields(t) with the declared names of
// a declared struct type's fields, those its embedded fields promote
// included: each embedded field is followed by the fields it promotes.
func VisibleFields(t reflect.Type) []reflect.StructField {
	t = Under(t)
	if t == nil || t.Kind() != reflect.Struct {
		return reflect.VisibleFields(t) // panics as reflect does
	}
	var all []reflect.StructField
	visiting := map[reflect.Type]bool{}
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		if visiting[t] {
			return
		}
		visiting[t] = true
		defer delete(visiting, t)
		for i := 0; i < t.NumField(); i++ {
			f := Field(t, i)
			f.Index = append(append([]int(nil), index...), i)
			all = append(all, f)
			if et, _, ok := embedded(f); f.Anonymous && ok {
				walk(et, f.Index)
			}
		}
	}
	walk(t, nil)
	// A name is visible at its shallowest depth, when only one field
	// has it there.
	depth := map[string]int{}
	n := map[string]int{}
	for _, f := range all {
		d, ok := depth[f.Name]
		switch {
		case !ok || len(f.Index) < d:
			depth[f.Name], n[f.Name] = len(f.Index), 1
		case len(f.Index) == d:
			n[f.Name]++
		}
	}
	out := all[:0]
	for _, f := range all {
		if len(f.Index) == depth[f.Name] && n[f.Name] == 1 {
			out = append(out, f)
		}
	}
	return out
}

// method is one method of a method set: name, the path of embedded
// fields to the type that declares it (empty for the type's own), and
// how to call it.
type method struct {
	name  string
	index []int
	// ptr says the method has a pointer receiver.
	ptr bool
	// fn is the declared type's method taking the receiver first; a
	// method of a type the interpreter did not build (an embedded
	// sync.Mutex) is called by name.
	fn reflect.Value
	// typ is the method's func type without its receiver.
	typ reflect.Type
}

// declaredMethods returns the methods declared on the type registered
// as in.
func declaredMethods(in *fmtview.TypeInfo) []method {
	var ms []method
	for name, f := range in.Calls {
		ms = append(ms, method{name: name, ptr: in.PtrMethods[name], fn: f, typ: withoutReceiver(f.Type())})
	}
	return ms
}

// compiledMethods returns the methods of t, a type compiled Go built,
// pointer receivers included.
func compiledMethods(t reflect.Type) []method {
	var ms []method
	if t.Kind() == reflect.Interface {
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			ms = append(ms, method{name: m.Name, typ: m.Type})
		}
		return ms
	}
	pt := reflect.PointerTo(t)
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		_, value := t.MethodByName(m.Name)
		ms = append(ms, method{name: m.Name, ptr: !value, typ: withoutReceiver(m.Type)})
	}
	return ms
}

// withoutReceiver returns func type t without its first parameter.
func withoutReceiver(t reflect.Type) reflect.Type {
	in := make([]reflect.Type, t.NumIn()-1)
	for i := range in {
		in[i] = t.In(i + 1)
	}
	out := make([]reflect.Type, t.NumOut())
	for i := range out {
		out[i] = t.Out(i)
	}
	return reflect.FuncOf(in, out, t.IsVariadic())
}

// methodSet returns the exported methods of the method set of t, a
// declared type or a pointer to one, sorted by name as reflect sorts
// them, those its embedded fields promote included (ok false when t is
// no declared type).
func methodSet(t reflect.Type) (ms []method, ok bool) {
	in, ptr := info(t)
	if in == nil {
		return nil, false
	}
	base := t
	if ptr {
		base = t.Elem()
	}
	taken := map[string]bool{}
	level := []embedding{{t: base}}
	count := map[reflect.Type]int{base: 1}
	seen := map[reflect.Type]bool{base: true}
	for depth := 0; len(level) > 0; depth++ {
		found := map[string][]method{}
		names := map[string]int{} // fields and methods at this depth
		for _, e := range level {
			var own []method
			if depth == 0 {
				own = declaredMethods(in)
			} else if ein, _ := info(e.t); ein != nil {
				own = declaredMethods(ein)
			} else if !fmtview.IsBox(e.t) {
				own = compiledMethods(e.t)
			}
			for _, m := range own {
				names[m.name] += count[e.t]
				if !exported(m.name) || m.ptr && !ptr && !e.ptr {
					continue
				}
				m.index = e.index
				found[m.name] = append(found[m.name], m)
			}
			if e.t.Kind() == reflect.Struct && !fmtview.IsBox(e.t) {
				for i := 0; i < e.t.NumField(); i++ {
					names[Field(e.t, i).Name] += count[e.t]
				}
			}
		}
		for name, cands := range found {
			if !taken[name] && len(cands) == 1 && names[name] == 1 {
				ms = append(ms, cands[0])
			}
		}
		for name := range names {
			taken[name] = true
		}
		level, count = next(level, seen)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].name < ms[j].name })
	return ms, true
}

// call calls m on recv, a value of the type whose method set holds m or
// a pointer to one.
func (m method) call(recv reflect.Value, args []reflect.Value) []reflect.Value {
	for _, i := range m.index {
		if recv.Kind() == reflect.Pointer {
			recv = recv.Elem()
		}
		recv = recv.Field(i)
	}
	switch {
	case m.ptr && recv.Kind() != reflect.Pointer:
		recv = recv.Addr()
	case !m.ptr && recv.Kind() == reflect.Pointer && m.fn.IsValid():
		recv = recv.Elem() // a value method called through a pointer
	}
	if !m.fn.IsValid() {
		f := recv.MethodByName(m.name)
		if m.typ.IsVariadic() {
			return f.CallSlice(args)
		}
		return f.Call(args)
	}
	all := append([]reflect.Value{recv}, args...)
	if m.typ.IsVariadic() {
		return m.fn.CallSlice(all)
	}
	return m.fn.Call(all)
}

// funcOf returns m as reflect's Method.Func has it: a func taking a
// receiver of type recv first.
func (m method) funcOf(recv reflect.Type) reflect.Value {
	in := []reflect.Type{recv}
	for i := 0; i < m.typ.NumIn(); i++ {
		in = append(in, m.typ.In(i))
	}
	out := make([]reflect.Type, m.typ.NumOut())
	for i := range out {
		out[i] = m.typ.Out(i)
	}
	return reflect.MakeFunc(reflect.FuncOf(in, out, m.typ.IsVariadic()), func(args []reflect.Value) []reflect.Value {
		return m.call(args[0], args[1:])
	})
}

// bind returns m bound to recv, as Value.Method returns it.
func (m method) bind(recv reflect.Value) reflect.Value {
	return reflect.MakeFunc(m.typ, func(args []reflect.Value) []reflect.Value {
		return m.call(recv, args)
	})
}
