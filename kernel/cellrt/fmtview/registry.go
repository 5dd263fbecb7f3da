// Package fmtview makes values of types declared in notebook cells print
// as compiled Go prints them.
//
// The interpreter (yaegi) gives a cell's struct type an unnamed reflect
// type with renamed fields, a named basic type its underlying type, and
// no type its methods in reflection: compiled fmt would print
// `struct { Xx int }` for %T, `{Xx:1}` for %+v, and ignore String and
// Error methods. The engine registers each type the session declares
// (Register) and passes the operands of fmt and log calls through Args,
// which replaces values that are, or contain, registered types by views
// that format themselves as Go would: names, fields, methods and verbs.
package fmtview

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// TypeInfo describes a type declared in the interpreter.
type TypeInfo struct {
	// Name is what %T prints: "main.point".
	Name string
	// Fields are a struct type's declared field names, in order
	// (embedded fields by their type's name).
	Fields []string
	// Embedded says which Fields are embedded.
	Embedded []bool
	// FieldDescs describe each field's declared type where the
	// interpreter's reflect type cannot tell it (see As): "T:main.Level"
	// for a field of a declared non-struct type, "" for none.
	FieldDescs []string
	// Methods are the type's String, Error, GoString, Format,
	// MarshalJSON and UnmarshalJSON methods as funcs taking the receiver
	// first.
	Methods map[string]reflect.Value
	// Calls are all the type's methods as funcs taking the receiver
	// first (text/template calls them).
	Calls map[string]reflect.Value
	// PtrMethods says which methods have a pointer receiver.
	PtrMethods map[string]bool
	// Results describe the declared type of the (first) result of
	// methods of Calls where the interpreter's reflect type cannot tell
	// it (see As): "T:main.Celsius" for func (r Row) Double() Celsius.
	Results map[string]string
	// Interface says the type is an interface type: a value described
	// as one prints as its dynamic value.
	Interface bool
	// PrintsBy is 1 + the index of the embedded field whose Format,
	// Error or String method (PrintsWith) a struct type declared in a
	// func, or a struct literal's type, has by embedding it (the
	// interpreter gives such a type no methods); 0: none.
	PrintsBy   int
	PrintsWith string
	// Under describes the underlying type of a declared slice, array,
	// map or pointer type whose elements are of declared types (see As):
	// "[]T:main.Suit" for type Hand []Suit, printed by it.
	Under string
	// Local says a func declares the type, which is not a struct: it is
	// known by its name only while no type of the package has it.
	Local bool
}

var (
	mu    sync.RWMutex
	named = map[string]*TypeInfo{} // by Go name, for As
	types = map[reflect.Type]*TypeInfo{}
	// locals are the struct types declared in funcs, and struct literal
	// types, by their description and reflect type (see localInfo): two
	// funcs' types of one name and the same fields have one description.
	locals = map[localKey]*TypeInfo{}
	// needs caches whether a type is, or contains, a registered type.
	needs = map[reflect.Type]bool{}
	// generation counts the changes of the registrations (see
	// Generation).
	generation uint64
)

// Generation returns a number that changes whenever a registration does:
// what is derived from registrations (cellenc's mirror types) is stale
// once it changed, as when a cell redefines a type with other methods.
func Generation() uint64 {
	mu.RLock()
	defer mu.RUnlock()
	return generation
}

// changed resets what is derived from the registrations; mu is held.
func changed() {
	needs = map[reflect.Type]bool{}
	generation++
}

// Register records that t, the interpreter's reflect type for a declared
// type, stands for info. A later registration of the same name replaces
// the earlier one (a notebook redefines types).
func Register(t reflect.Type, info TypeInfo) *TypeInfo {
	mu.Lock()
	defer mu.Unlock()
	for old, i := range types {
		if i.Name == info.Name && old != t {
			delete(types, old)
		}
	}
	cp := info
	types[t] = &cp
	changed()
	return &cp
}

// Drop removes the registrations Register and RegisterNamed returned,
// where they still stand (an engine that closes takes its types with it;
// another engine of the process may have registered the same names
// since).
func Drop(regs ...*TypeInfo) {
	mu.Lock()
	defer mu.Unlock()
	for _, r := range regs {
		for t, i := range types {
			if i == r {
				delete(types, t)
			}
		}
		if named[r.Name] == r {
			delete(named, r.Name)
		}
		for d, i := range locals {
			if i == r {
				delete(locals, d)
			}
		}
	}
	changed()
}

// RegisterNamed records a declared type by its Go name only: for types
// whose reflect type does not tell them apart (a named int is an int to
// the interpreter), the front end names them at the call (see As).
func RegisterNamed(info TypeInfo) *TypeInfo {
	mu.Lock()
	defer mu.Unlock()
	cp := info
	named[info.Name] = &cp
	changed()
	return &cp
}

// Lookup returns the registration of t, nil when t is not a declared
// type's reflect type.
func Lookup(t reflect.Type) *TypeInfo { return lookup(t) }

// LookupName returns the registration of the declared type named name
// ("main.Level"), nil when there is none.
func LookupName(name string) *TypeInfo { return lookupName(name) }

// DescInfo returns the registration of a value of type t that the front
// end described as desc (see As): "T:main.Color" names a declared type;
// "S:main.local;a,b" is a struct type declared in a func or a struct
// literal's type ("S:struct { a int; b string };a,b"), registered here
// the first time one is seen.
func DescInfo(t reflect.Type, desc string) *TypeInfo {
	switch {
	case strings.HasPrefix(desc, "T:"):
		return lookupName(desc[2:])
	case strings.HasPrefix(desc, "S:"):
		return localInfo(t, desc)
	}
	return lookup(t)
}

// localInfo registers the struct type declared in a func that desc
// ("S:main.local;a,b") describes as t's.
func localInfo(t reflect.Type, desc string) *TypeInfo {
	// The field names follow the last ";" (a struct literal's type name
	// has ";" of its own).
	name, fields := desc[2:], ""
	if i := lastOutside(name, ';'); i >= 0 {
		name, fields = name[:i], name[i+1:]
	}
	if info := lookup(t); info != nil && info.Name == name {
		return info
	}
	var names, descs []string
	if fields != "" {
		names = splitOutside(fields, ',')
	}
	by, with := 0, ""
	embedded := make([]bool, len(names))
	for i, n := range names {
		// The field whose method the type prints by: "^S~Money".
		if len(n) > 2 && n[0] == '^' {
			by, with = i+1, map[byte]string{'F': "Format", 'E': "Error", 'S': "String"}[n[1]]
			n = n[2:]
		}
		// An embedded field: "~Money".
		if len(n) > 1 && n[0] == '~' {
			embedded[i], n = true, n[1:]
		}
		// A field of a declared type: "status=T:main.Status"; one
		// whose description has separators of its own is in braces:
		// "items={[]S:main.item;name,sku}".
		n, d, _ := strings.Cut(n, "=")
		if len(d) >= 2 && d[0] == '{' && d[len(d)-1] == '}' {
			d = d[1 : len(d)-1]
		}
		names[i], descs = n, append(descs, d)
	}
	if t.Kind() != reflect.Struct || t.NumField() != len(names) {
		return nil
	}
	mu.Lock()
	defer mu.Unlock()
	if info := locals[localKey{desc, t}]; info != nil {
		return info
	}
	info := &TypeInfo{Name: name, Fields: names, Embedded: embedded, FieldDescs: descs, PrintsBy: by, PrintsWith: with}
	locals[localKey{desc, t}] = info
	if _, taken := types[t]; !taken {
		// Not Register: a package-level type of the same name keeps its
		// own registration, and one with the same fields (a twin) keeps
		// the reflect type.
		types[t] = info
		changed()
	}
	return info
}

// localKey is the key of a registration in locals.
type localKey struct {
	desc string
	t    reflect.Type
}

// lastOutside is the index of the last sep of s outside braces (a struct
// literal's type, a field's description), -1 for none.
func lastOutside(s string, sep byte) int {
	parts := splitOutside(s, sep)
	if len(parts) == 1 {
		return -1
	}
	return len(s) - len(parts[len(parts)-1]) - 1
}

// splitOutside splits s at each sep outside braces.
func splitOutside(s string, sep byte) []string {
	var out []string
	start, depth := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		case sep:
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// localBoxes is set once a func declared a type whose values are boxed
// (see box.go): a value of no registered type may hold one.
var localBoxes atomic.Bool

// LocalBox records that a func declared a type whose values are boxed.
func LocalBox() {
	if !localBoxes.Swap(true) {
		mu.Lock()
		changed()
		mu.Unlock()
	}
}

// Holds reports whether a value of type t may be, or hold, a value of a
// registered type.
func Holds(t reflect.Type) bool { return needsView(t) }

// Unwrap returns the value that v holds when it is one of the
// interpreter's interface representations, else v.
func Unwrap(v reflect.Value) reflect.Value { return unwrap(v) }

// Addressable returns v, or an addressable copy of it, so that the fields
// of a struct read through reflection (unexported ones too) can be read.
func Addressable(v reflect.Value) reflect.Value {
	if !v.IsValid() || v.CanAddr() || !v.CanInterface() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

// lookupName returns the registration of the type named name.
func lookupName(name string) *TypeInfo {
	mu.RLock()
	defer mu.RUnlock()
	return named[name]
}

// Forget drops every registration (the session was reset).
func Forget() {
	mu.Lock()
	defer mu.Unlock()
	named = map[string]*TypeInfo{}
	types = map[reflect.Type]*TypeInfo{}
	locals = map[localKey]*TypeInfo{}
	changed()
}

// lookup returns the registration of t.
func lookup(t reflect.Type) *TypeInfo {
	if t.Kind() == reflect.Struct && t.NumField() == 0 {
		// Every empty struct type is struct{} to the interpreter: a
		// value of a declared one is described by the front end, or
		// boxed in an interface (box.go); struct{}{} is none of them.
		return nil
	}
	return lookupPointee(t)
}

// lookupPointee is lookup for the element type of a pointer: *T of an
// empty struct type T is known by the registration of struct{} (the
// last empty struct type registered).
func lookupPointee(t reflect.Type) *TypeInfo {
	mu.RLock()
	defer mu.RUnlock()
	return types[t]
}

// needsView reports whether a value of type t prints differently from
// what compiled fmt would print for it.
func needsView(t reflect.Type) bool {
	mu.RLock()
	n, ok := needs[t]
	empty := len(types) == 0 && len(named) == 0 && !localBoxes.Load()
	mu.RUnlock()
	if ok {
		return n
	}
	if empty && !isIfaceValue(t) && !isBox(t) {
		return false
	}
	n = contains(t, map[reflect.Type]bool{})
	mu.Lock()
	needs[t] = n
	mu.Unlock()
	return n
}

func contains(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	mu.RLock()
	_, ok := types[t]
	mu.RUnlock()
	if ok {
		return true
	}
	if isBox(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return contains(t.Elem(), seen)
	case reflect.Map:
		return contains(t.Key(), seen) || contains(t.Elem(), seen)
	case reflect.Struct:
		if isWrapper(t) || isIfaceValue(t) {
			return true
		}
		for i := 0; i < t.NumField(); i++ {
			if contains(t.Field(i).Type, seen) {
				return true
			}
		}
	case reflect.Interface:
		return true
	}
	return false
}

// isWrapper reports whether t is one of yaegi's interface wrappers: a
// struct with the wrapped value in IValue and the methods in W* funcs.
func isWrapper(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return false
	}
	f := t.Field(0)
	return f.Name == "IValue" && f.Type.Kind() == reflect.Interface
}

// IsIfaceValue reports whether t is the interpreter's type of a value of
// an interface type a cell declares.
func IsIfaceValue(t reflect.Type) bool { return isIfaceValue(t) }

// isIfaceValue reports whether t is the interpreter's representation of
// a value of a cell-declared interface type (yaegi's valueInterface: the
// node of the dynamic type and the value), found by its shape.
func isIfaceValue(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.NumField() == 2 && t.Name() == "valueInterface" &&
		t.Field(0).Name == "node" && t.Field(1).Name == "value" && t.Field(1).Type == reflect.TypeOf(reflect.Value{})
}

// ifaceValue returns the value a valueInterface holds (invalid for a
// nil interface).
func ifaceValue(v reflect.Value) reflect.Value {
	if !v.CanAddr() {
		if !v.CanInterface() {
			return reflect.Value{}
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	inner := *(*reflect.Value)(unsafe.Pointer(v.Field(1).UnsafeAddr()))
	if inner.IsValid() && inner.Kind() == reflect.Interface {
		if inner.IsNil() {
			return reflect.Value{}
		}
		inner = inner.Elem()
	}
	return inner
}

// ifaceTypeName returns the Go name ("main.Celsius") of the declared
// type of the value a valueInterface holds, read from the interpreter's
// node of that value ("" when it has none): a named int or float64 is
// only an int or a float64 to reflect.
func ifaceTypeName(v reflect.Value) string {
	n := v.Field(0)
	if n.Kind() != reflect.Pointer || n.IsNil() {
		return ""
	}
	typ := n.Elem().FieldByName("typ")
	if !typ.IsValid() || typ.Kind() != reflect.Pointer || typ.IsNil() {
		return ""
	}
	name, path := typ.Elem().FieldByName("name"), typ.Elem().FieldByName("path")
	if !name.IsValid() || name.Kind() != reflect.String || name.String() == "" {
		return ""
	}
	pkg := "main"
	if path.IsValid() && path.Kind() == reflect.String && path.String() != "" && path.String() != "main" {
		return ""
	}
	return pkg + "." + name.String()
}

// namedIface returns, for v holding a valueInterface of a registered
// declared type that reflect cannot tell (see RegisterNamed), the value
// it holds and the desc naming its type (see As).
func namedIface(v reflect.Value) (reflect.Value, string) {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() != reflect.Struct || !isIfaceValue(v.Type()) {
		return reflect.Value{}, ""
	}
	name := ifaceTypeName(v)
	if name == "" || lookupName(name) == nil {
		return reflect.Value{}, ""
	}
	inner := ifaceValue(v)
	if !inner.IsValid() || lookup(inner.Type()) != nil {
		return reflect.Value{}, ""
	}
	return inner, "T:" + name
}

// unwrap returns the value a yaegi interface wrapper holds.
func unwrap(v reflect.Value) reflect.Value {
	for {
		if !v.IsValid() {
			return v // a nil interface
		}
		if v.Kind() == reflect.Struct && isIfaceValue(v.Type()) {
			if v = ifaceValue(v); !v.IsValid() {
				return v
			}
			continue
		}
		if v.Kind() == reflect.Interface {
			if v.IsNil() {
				return v
			}
			v = v.Elem()
			continue
		}
		if v.Kind() == reflect.Pointer && !v.IsNil() && isWrapper(v.Type().Elem()) {
			v = v.Elem()
		}
		if isWrapper(v.Type()) {
			v = v.Field(0)
			continue
		}
		return v
	}
}

// NameOf returns the session's name for a type the interpreter spells
// s (reflect's String of a registered type, or a pointer to one):
// "*main.Cat" for "*struct { Xname string }". It returns s unchanged
// when no registered type, or more than one, is spelled so.
func NameOf(s string) string {
	ptr := strings.HasPrefix(s, "*")
	base := strings.TrimPrefix(s, "*")
	if name, ok := strings.CutPrefix(base, "main.__gt_box_"); ok && !strings.HasPrefix(name, "__gt") {
		// A box (see box.go) stands for its value, a pointer to one
		// for a pointer to it.
		return strings.TrimSuffix(s, base) + "main." + name
	}
	if m := boxSpelled.FindStringSubmatch(base); m != nil {
		return strings.TrimSuffix(s, base) + m[1]
	}
	mu.RLock()
	defer mu.RUnlock()
	found := ""
	for t, info := range types {
		if t.String() != base {
			continue
		}
		if found != "" && found != info.Name {
			return s // two declared types look the same to reflect
		}
		found = info.Name
	}
	if found == "" {
		return s
	}
	if ptr {
		return "*" + found
	}
	return found
}

// respell returns s, a text in which compiled code names the dynamic
// types of values as reflect spells them (a context's String names its
// keys' and values' types), with the session's types named as Go names
// them: a box by the type it boxes, a struct type by its declared name
// when no other registered type has its fields.
func respell(s string) string {
	if strings.Contains(s, `"gt:\"box `) {
		s = boxSpelledIn.ReplaceAllString(s, "$1")
	}
	if !strings.Contains(s, "struct {") {
		return s
	}
	names := map[string]string{}
	mu.RLock()
	for t, info := range types {
		if t.Kind() != reflect.Struct || t.Name() != "" || isBox(t) {
			continue
		}
		if _, twice := names[t.String()]; twice {
			names[t.String()] = ""
		} else {
			names[t.String()] = info.Name
		}
	}
	mu.RUnlock()
	spellings := make([]string, 0, len(names))
	for spelled, name := range names {
		if name != "" && strings.Contains(s, spelled) {
			spellings = append(spellings, spelled)
		}
	}
	// (The longest first: a struct type's spelling holds its fields'.)
	sort.Slice(spellings, func(i, j int) bool { return len(spellings[i]) > len(spellings[j]) })
	for _, spelled := range spellings {
		s = strings.ReplaceAll(s, spelled, names[spelled])
	}
	return s
}
