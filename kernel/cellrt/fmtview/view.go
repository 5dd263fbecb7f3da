package fmtview

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unsafe"
)

// Args returns args with each value that is, or contains, a registered
// type replaced by a view that prints as compiled Go prints the original.
// Args that need no view are returned as they are (without copying when
// none does). An error that is the interpreter's wrapper of a registered
// type's value is printed as the value too: the wrapper has no Format
// method of the type, and prints its own fields under %d.
func Args(args ...any) []any { return prepare(args, false) }

// ErrorfArgs is Args for fmt.Errorf: an operand that implements error is
// kept, so that %w wraps the original.
func ErrorfArgs(args ...any) []any { return prepare(args, true) }

func prepare(args []any, keepErrors bool) []any {
	var out []any
	for i, a := range args {
		if a == nil {
			continue
		}
		if n, ok := nilHolder(a); ok {
			if out == nil {
				out = make([]any, len(args))
				copy(out, args)
			}
			out[i] = n
			continue
		}
		if _, ok := a.(error); ok {
			if !keepErrors && wrapsRegistered(a) {
				if out == nil {
					out = make([]any, len(args))
					copy(out, args)
				}
				out[i] = view{v: reflect.ValueOf(a)}
			}
			continue
		}
		if rv, ok := a.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
			// fmt prints a reflect.Value as the value it holds.
			if held := rv.Interface(); held != nil && needsView(reflect.TypeOf(held)) {
				if out == nil {
					out = make([]any, len(args))
					copy(out, args)
				}
				out[i] = view{v: reflect.ValueOf(held)}
			}
			continue
		}
		if rt, ok := a.(reflect.Type); ok {
			// A reflect.Type of a declared type prints its Go name.
			if name := TypeName(rt); name != rt.String() {
				if out == nil {
					out = make([]any, len(args))
					copy(out, args)
				}
				out[i] = typeView{t: rt, name: name}
			}
			continue
		}
		t := reflect.TypeOf(a)
		if !needsView(t) && !isContext(t) {
			continue
		}
		if out == nil {
			out = make([]any, len(args))
			copy(out, args)
		}
		out[i] = view{v: reflect.ValueOf(a)}
	}
	if out == nil {
		return args
	}
	return out
}

// isContext reports whether t is one of package context's types, or a
// pointer to one: a context's String names the types of its keys and
// values as reflect spells them (see respell).
func isContext(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "context"
}

// As returns a view of v whose static type the front end describes in
// desc, for types the interpreter's reflect types cannot tell apart:
// "T:main.Color" (a declared type), "*"+desc, "[]"+desc, and
// "M(keydesc)elemdesc" for maps; an empty part means no declared type.
func As(v any, desc string) any {
	if desc == "" {
		return v
	}
	return view{v: reflect.ValueOf(v), desc: desc}
}

// MapDescs splits desc, a map's description "M(keydesc)elemdesc" (see
// As), into its key's and its elements'; ok is false for any other.
func MapDescs(desc string) (key, elem string, ok bool) {
	if !strings.HasPrefix(desc, "M(") {
		return "", "", false
	}
	close := matchParen(desc, 1)
	return desc[2:close], desc[close+1:], true
}

// FormatAs formats v, described by desc (see As), for f and verb as
// fmt would format the declared type: for a fmt.Formatter of another
// package that stands for a cell value.
func FormatAs(f fmt.State, verb rune, v any, desc string) {
	if v == nil {
		fmt.Fprintf(f, spec(f, verb), nil)
		return
	}
	view{v: reflect.ValueOf(v), desc: desc}.Format(f, verb)
}

// GoSyntax returns a view of v, an operand of %#v whose static type is
// an interface: the interpreter's wrapper of a cell value prints as the
// value (main.OpError{Op:"read", Code:2}).
func GoSyntax(v any) any {
	if v == nil {
		return nil
	}
	return view{v: reflect.ValueOf(v)}
}

// Pointer returns v, an operand of %p, as the address fmt prints for it:
// fmt formats %p itself, never through a view, so the interpreter's
// wrapper of a cell pointer in an interface is opened first. A value
// that has no address is returned as it is (fmt reports the bad verb).
func Pointer(v any) any {
	rv := unwrap(reflect.ValueOf(v))
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return rv.UnsafePointer()
	}
	return v
}

// view prints a value as compiled Go would.
type view struct {
	v     reflect.Value
	desc  string // see As
	depth int
	// noMethods: the value is an unexported field, on which fmt calls no
	// method.
	noMethods bool
}

// Format implements fmt.Formatter.
func (w view) Format(f fmt.State, verb rune) {
	if w.desc != "" {
		printDesc(f, w.v, w.desc, verb, w.depth, !w.noMethods)
		return
	}
	printValue(f, w.v, verb, w.depth, !w.noMethods)
}

// printDesc prints v, described by desc (see As).
func printDesc(f fmt.State, v reflect.Value, desc string, verb rune, depth int, methods bool) {
	if !v.IsValid() {
		// A nil interface value (of a cell's interface type, say).
		if verb == 'v' && f.Flag('#') && depth > 0 && strings.HasPrefix(desc, "T:") {
			fmt.Fprintf(f, "%s(nil)", desc[2:])
			return
		}
		printNil(f, verb, depth)
		return
	}
	t, held := v.Type(), v
	v = unwrap(v)
	sharp := verb == 'v' && f.Flag('#')
	if !v.IsValid() {
		if sharp && depth > 0 {
			fmt.Fprintf(f, "%s(nil)", descTypeName(desc, t))
			return
		}
		printNil(f, verb, depth)
		return
	}
	if strings.HasPrefix(desc, "T:") {
		if info := lookupName(desc[2:]); info != nil && info.Interface {
			// A value of a cell's interface type: what it holds
			// prints as itself (a time.Duration by its String).
			printValue(f, held, verb, depth, methods)
			return
		}
	}
	// What an unexported field holds is printed without methods, all the
	// way down (fmt cannot call them on what reflect reached so).
	sub := func(x reflect.Value, d string) view {
		return view{v: x, desc: d, depth: depth + 1, noMethods: !methods}
	}
	switch {
	case strings.HasPrefix(desc, "T:"):
		info := lookupName(desc[2:])
		if methods && info != nil {
			find := func(name string) (m, recv reflect.Value, ok bool) {
				m, ok = info.Methods[name]
				if !ok || info.PtrMethods[name] {
					return reflect.Value{}, reflect.Value{}, false
				}
				return m, v, true
			}
			if handleWith(f, verb, find) {
				return
			}
		}
		if info != nil && verb == 'v' && f.Flag('#') {
			if printSharpNamed(f, v, info) {
				return
			}
		}
		if info != nil && v.Kind() == reflect.Struct && v.NumField() == 0 && verb != 'T' {
			// An empty struct type: its reflect type is struct{}.
			if sharp {
				fmt.Fprint(f, info.Name+"{}")
			} else {
				fmt.Fprint(f, "{}")
			}
			return
		}
		if info != nil && verb != 'T' {
			if _, basic := verbFits(v.Kind(), verb); basic {
				// Printed as its value; a verb that does not fit names
				// the declared type.
				printPlain(f, v, verb, info.Name)
				return
			}
		}
		if info != nil && info.Under != "" && verb != 'T' {
			// Its elements print as their declared types do.
			printDesc(f, v, info.Under, verb, depth, methods)
			return
		}
		if info != nil && v.Kind() == reflect.Struct && verb != 'T' && len(info.Fields) == v.NumField() && v.NumField() > 0 {
			// A struct type with a twin of the same fields: its reflect
			// type's registration may be the twin's. (A value that an
			// interface type names is printed as its own type below.)
			if reg := lookup(v.Type()); reg == nil || reg.Name != info.Name {
				printStruct(f, v, info, info.Name, verb, depth, methods)
				return
			}
		}
		printValue(f, v, verb, depth, methods)
	case strings.HasPrefix(desc, "S:"):
		info := localInfo(v.Type(), desc)
		if info != nil && v.Kind() == reflect.Struct && verb != 'T' {
			// A local type has no methods but those of its embedded
			// fields; printed by its own fields' names even where a
			// declared type with the same fields has its reflect type.
			if methods && printPromoted(f, v, info, verb, depth) {
				return
			}
			printStruct(f, v, info, info.Name, verb, depth, methods)
			return
		}
		printValue(f, v, verb, depth, methods)
	case strings.HasPrefix(desc, "*"):
		if inner := desc[1:]; methods && strings.HasPrefix(inner, "T:") && v.Kind() == reflect.Pointer {
			// The methods of the type named, with a pointer receiver or
			// not, are the pointer's (a nil one's too: fmt calls them,
			// and prints <nil> for a value method, see callString).
			if info := lookupName(inner[2:]); info != nil {
				find := func(name string) (m, recv reflect.Value, ok bool) {
					m, ok = info.Methods[name]
					if !ok {
						return reflect.Value{}, reflect.Value{}, false
					}
					if info.PtrMethods[name] || v.IsNil() {
						return m, v, true
					}
					return m, v.Elem(), true
				}
				if handleWith(f, verb, find) {
					return
				}
			}
		}
		if sharp && v.Kind() == reflect.Pointer && v.IsNil() {
			fmt.Fprintf(f, "(%s)(nil)", descTypeName(desc, v.Type()))
			return
		}
		if v.Kind() != reflect.Pointer || v.IsNil() || depth > 0 {
			printValue(f, v, verb, depth, methods)
			return
		}
		fmt.Fprint(f, "&")
		if info := lookupName(strings.TrimPrefix(desc[1:], "T:")); sharp && info != nil && strings.HasPrefix(desc[1:], "T:") {
			switch v.Elem().Kind() {
			case reflect.Slice, reflect.Array, reflect.Map:
				if printSharpNamed(f, v.Elem(), info) { // &main.IntHeap{2, 3}
					return
				}
			}
		}
		fmt.Fprintf(f, spec(f, verb), sub(v.Elem(), desc[1:]))
	case strings.HasPrefix(desc, "[]"):
		if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
			printValue(f, v, verb, depth, methods)
			return
		}
		if textBytes(f, v, verb) {
			return
		}
		open, sep, end := "[", " ", "]"
		if sharp {
			if v.Kind() == reflect.Slice && v.IsNil() {
				fmt.Fprintf(f, "%s(nil)", descTypeName(desc, v.Type()))
				return
			}
			open, sep, end = descTypeName(desc, v.Type())+"{", ", ", "}"
		}
		fmt.Fprint(f, open)
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				fmt.Fprint(f, sep)
			}
			fmt.Fprintf(f, spec(f, verb), sub(v.Index(i), desc[2:]))
		}
		fmt.Fprint(f, end)
	case strings.HasPrefix(desc, "M("):
		if v.Kind() != reflect.Map {
			printValue(f, v, verb, depth, methods)
			return
		}
		kd, vd, _ := MapDescs(desc)
		open, sep, end := "map[", " ", "]"
		if sharp {
			if v.IsNil() {
				fmt.Fprintf(f, "%s(nil)", descTypeName(desc, v.Type()))
				return
			}
			open, sep, end = descTypeName(desc, v.Type())+"{", ", ", "}"
		}
		fmt.Fprint(f, open)
		keys := v.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool { return compareKeys(unwrap(keys[i]), unwrap(keys[j])) < 0 })
		for i, k := range keys {
			if i > 0 {
				fmt.Fprint(f, sep)
			}
			fmt.Fprintf(f, spec(f, verb), sub(k, kd))
			fmt.Fprint(f, ":")
			fmt.Fprintf(f, spec(f, verb), sub(v.MapIndex(k), vd))
		}
		fmt.Fprint(f, end)
	default:
		printValue(f, v, verb, depth, methods)
	}
}

// descTypeName is what %T prints for a value of reflect type t that the
// front end described as desc (see As).
func descTypeName(desc string, t reflect.Type) string {
	switch {
	case desc == "":
		return TypeName(t)
	case strings.HasPrefix(desc, "T:"):
		return desc[2:]
	case strings.HasPrefix(desc, "S:"):
		name, _, _ := strings.Cut(desc[2:], ";")
		return name
	case strings.HasPrefix(desc, "*") && t.Kind() == reflect.Pointer:
		return "*" + descTypeName(desc[1:], t.Elem())
	case strings.HasPrefix(desc, "[]") && t.Kind() == reflect.Slice:
		return "[]" + descTypeName(desc[2:], t.Elem())
	case strings.HasPrefix(desc, "[]") && t.Kind() == reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + descTypeName(desc[2:], t.Elem())
	case strings.HasPrefix(desc, "M(") && t.Kind() == reflect.Map:
		close := matchParen(desc, 1)
		return "map[" + descTypeName(desc[2:close], t.Key()) + "]" + descTypeName(desc[close+1:], t.Elem())
	}
	return TypeName(t)
}

// printSharpNamed prints a slice, array or map value of the declared type
// info under %#v, as fmt does: the name, then the elements (of declared
// types as their Under describes them).
func printSharpNamed(f fmt.State, v reflect.Value, info *TypeInfo) bool {
	name := info.Name
	elemDesc, keyDesc := "", ""
	switch under := info.Under; {
	case strings.HasPrefix(under, "[]"):
		elemDesc = under[2:]
	case strings.HasPrefix(under, "M("):
		close := matchParen(under, 1)
		keyDesc, elemDesc = under[2:close], under[close+1:]
	}
	elem := func(x reflect.Value) view { return view{v: x, depth: 1, desc: elemDesc} }
	switch v.Kind() {
	case reflect.Func, reflect.Chan:
		// (type Op func(int) int: (main.Op)(nil), as fmt names it.)
		if v.IsNil() {
			fmt.Fprintf(f, "(%s)(nil)", name)
		} else {
			fmt.Fprintf(f, "(%s)(0x%x)", name, v.Pointer())
		}
		return true
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			fmt.Fprintf(f, "%s(nil)", name)
			return true
		}
		fmt.Fprint(f, name+"{")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				fmt.Fprint(f, ", ")
			}
			fmt.Fprintf(f, "%#v", elem(v.Index(i)))
		}
		fmt.Fprint(f, "}")
		return true
	case reflect.Map:
		if v.IsNil() {
			fmt.Fprintf(f, "%s(nil)", name)
			return true
		}
		fmt.Fprint(f, name+"{")
		keys := v.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool { return compareKeys(unwrap(keys[i]), unwrap(keys[j])) < 0 })
		for i, k := range keys {
			if i > 0 {
				fmt.Fprint(f, ", ")
			}
			fmt.Fprintf(f, "%#v:%#v", view{v: k, depth: 1, desc: keyDesc}, elem(v.MapIndex(k)))
		}
		fmt.Fprint(f, "}")
		return true
	}
	return false
}

// matchParen returns the index of the parenthesis closing desc[open].
func matchParen(desc string, open int) int {
	depth := 0
	for i := open; i < len(desc); i++ {
		switch desc[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(desc) - 1
}

// typeView prints a reflect.Type as compiled reflect names it.
type typeView struct {
	t    reflect.Type
	name string
}

// Format implements fmt.Formatter.
func (w typeView) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "%#v", w.t)
		return
	}
	fmt.Fprintf(f, spec(f, verb), w.name)
}

// printNil prints a nil interface value. An operand prints as fmt
// prints nil (%!d(<nil>) under %d); one reached inside another value (an
// element of an []any) is <nil> under every verb but %#v, unpadded.
func printNil(f fmt.State, verb rune, depth int) {
	if depth == 0 || verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, spec(f, verb), nil)
		return
	}
	fmt.Fprint(f, "<nil>")
}

// spec rebuilds the verb with the state's flags, width and precision.
func spec(f fmt.State, verb rune) string {
	var b strings.Builder
	b.WriteByte('%')
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			b.WriteRune(c)
		}
	}
	if w, ok := f.Width(); ok {
		b.WriteString(strconv.Itoa(w))
	}
	if p, ok := f.Precision(); ok {
		b.WriteString("." + strconv.Itoa(p))
	}
	b.WriteRune(verb)
	return b.String()
}

// TypeNameOf is what %T prints for v, which may be one of the
// interpreter's interface representations of a value (see Unwrap).
func TypeNameOf(v any) string {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return "<nil>"
	}
	if _, desc := namedIface(rv); desc != "" {
		return strings.TrimPrefix(desc, "T:")
	}
	if t := rv.Type(); t.Kind() == reflect.Struct && (isIfaceValue(t) || isWrapper(t)) {
		if u := unwrap(rv); u.IsValid() {
			return TypeName(u.Type())
		}
		return "<nil>"
	}
	return TypeName(rv.Type())
}

// TypeName is what %T prints for t.
func TypeName(t reflect.Type) string {
	if isBox(t) {
		return boxTypeName(t)
	}
	if t.Kind() == reflect.Pointer && isBox(t.Elem()) {
		return "*" + boxTypeName(t.Elem())
	}
	if info := lookup(t); info != nil {
		return info.Name
	}
	if t.Name() != "" {
		return t.String() // a compiled named type: sort.IntSlice
	}
	switch t.Kind() {
	case reflect.Pointer:
		if info := lookupPointee(t.Elem()); info != nil {
			return "*" + info.Name
		}
		return "*" + TypeName(t.Elem())
	case reflect.Slice:
		return "[]" + TypeName(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + TypeName(t.Elem())
	case reflect.Map:
		return "map[" + TypeName(t.Key()) + "]" + TypeName(t.Elem())
	case reflect.Chan:
		elem := TypeName(t.Elem())
		switch t.ChanDir() {
		case reflect.SendDir:
			return "chan<- " + elem
		case reflect.RecvDir:
			return "<-chan " + elem
		}
		if t.Elem().Kind() == reflect.Chan && t.Elem().ChanDir() == reflect.RecvDir {
			return "chan (" + elem + ")"
		}
		return "chan " + elem
	case reflect.Struct:
		// A struct type no declaration names: its fields may be of the
		// session's types (struct { F func(main.Point) }).
		fields := make([]string, t.NumField())
		changed := false
		for i := range fields {
			f := t.Field(i)
			ft := TypeName(f.Type)
			changed = changed || ft != f.Type.String()
			if !f.Anonymous {
				ft = f.Name + " " + ft
			}
			if f.Tag != "" {
				ft += " " + strconv.Quote(string(f.Tag))
			}
			fields[i] = ft
		}
		if changed {
			return "struct { " + strings.Join(fields, "; ") + " }"
		}
	case reflect.Func:
		params := make([]string, t.NumIn())
		for i := range params {
			if t.IsVariadic() && i == len(params)-1 {
				params[i] = "..." + TypeName(t.In(i).Elem())
			} else {
				params[i] = TypeName(t.In(i))
			}
		}
		s := "func(" + strings.Join(params, ", ") + ")"
		results := make([]string, t.NumOut())
		for i := range results {
			results[i] = TypeName(t.Out(i))
		}
		switch len(results) {
		case 0:
		case 1:
			s += " " + results[0]
		default:
			s += " (" + strings.Join(results, ", ") + ")"
		}
		return s
	}
	return t.String()
}

// method returns the registered method name of v's dynamic type that
// applies to v (value methods to values and pointers, pointer methods
// to pointers only), and the receiver to call it with.
func method(v reflect.Value, name string) (m, recv reflect.Value, ok bool) {
	if info := lookup(v.Type()); info != nil {
		if m, ok := info.Methods[name]; ok && !info.PtrMethods[name] {
			return m, v, true
		}
		return reflect.Value{}, reflect.Value{}, false
	}
	if v.Kind() == reflect.Pointer {
		if info := lookupPointee(v.Type().Elem()); info != nil {
			if m, ok := info.Methods[name]; ok {
				if info.PtrMethods[name] {
					return m, v, true
				}
				if v.IsNil() {
					return m, v, true // a nil *T: fmt prints <nil>
				}
				return m, v.Elem(), true
			}
		}
	}
	return reflect.Value{}, reflect.Value{}, false
}

// printsItself reports whether v is of a compiled type with a method
// fmt prints it by (the interpreter's types have none in reflect).
func printsItself(v reflect.Value) bool {
	if !v.IsValid() || !v.CanInterface() || lookup(v.Type()) != nil {
		return false
	}
	switch v.Interface().(type) {
	case fmt.Formatter, fmt.GoStringer, error, fmt.Stringer:
		return true
	}
	return false
}

// printPromoted prints v, of a struct type (described by info) that has
// the Format, Error or String method of one of its embedded fields (see
// PrintsBy), as fmt calls that method: by the field. It reports whether it did.
func printPromoted(f fmt.State, v reflect.Value, info *TypeInfo, verb rune, depth int) bool {
	if v.Kind() != reflect.Struct || verb == 'T' || verb == 'p' || verb == 'v' && f.Flag('#') {
		return false
	}
	if info == nil || info.PrintsBy == 0 || info.PrintsBy > v.NumField() {
		return false
	}
	if info.PrintsWith != "Format" && !strings.ContainsRune("vsxXq", verb) {
		return false
	}
	i := info.PrintsBy - 1
	fv := v.Field(i)
	if !fv.CanInterface() {
		// An unexported embedded field (of a lower-case type): its
		// method is the struct's, which fmt calls.
		if !v.CanAddr() {
			if !v.CanInterface() {
				return false
			}
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			v = c
		}
		fv = reflect.NewAt(fv.Type(), unsafe.Pointer(v.Field(i).UnsafeAddr())).Elem()
	}
	desc := ""
	if i < len(info.FieldDescs) {
		desc = info.FieldDescs[i]
	}
	view{v: fv, desc: desc, depth: depth}.Format(f, verb)
	return true
}

// Recovered, when set, turns the value of a panic that a method fmt
// calls raised into the value Go's panic would have: the interpreter
// fails with messages of its own (a nil dereference is "reflect: call of
// reflect.Value.Int on zero Value"), which the engine translates.
var Recovered func(any) any

// goPanic is r as Recovered translates it.
func goPanic(r any) any {
	if Recovered != nil {
		return Recovered(r)
	}
	return r
}

// callString calls a String/Error/GoString method, catching its panic as
// fmt does.
func callString(f fmt.State, verb rune, m, recv reflect.Value, name string) (s string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if recv.Kind() == reflect.Pointer && recv.IsNil() {
				fmt.Fprint(f, "<nil>")
			} else {
				fmt.Fprintf(f, "%%!%c(PANIC=%s method: %v)", verb, name, goPanic(r))
			}
			ok = false
		}
	}()
	if recv.Kind() == reflect.Pointer && recv.IsNil() && m.Type().In(0).Kind() != reflect.Pointer {
		fmt.Fprint(f, "<nil>")
		return "", false
	}
	return m.Call([]reflect.Value{recv})[0].String(), true
}

// handleMethods prints v with its Format, GoString, Error or String
// method where fmt would; it reports whether it did.
func handleMethods(f fmt.State, v reflect.Value, verb rune) bool {
	return handleWith(f, verb, func(name string) (m, recv reflect.Value, ok bool) { return method(v, name) })
}

// handleWith is handleMethods with the methods that find returns.
func handleWith(f fmt.State, verb rune, find func(name string) (m, recv reflect.Value, ok bool)) bool {
	if verb == 'T' || verb == 'p' {
		return false
	}
	if m, recv, ok := find("Format"); ok {
		callFormat(f, verb, m, recv)
		return true
	}
	if verb == 'v' && f.Flag('#') {
		if m, recv, ok := find("GoString"); ok {
			if s, ok := callString(f, verb, m, recv, "GoString"); ok {
				fmt.Fprint(f, s)
			}
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		return false
	}
	for _, name := range []string{"Error", "String"} {
		if m, recv, ok := find(name); ok {
			if s, ok := callString(f, verb, m, recv, name); ok {
				fmt.Fprintf(f, spec(f, verb), s)
			}
			return true
		}
	}
	return false
}

// callFormat calls a Format method, catching its panic as fmt does.
func callFormat(f fmt.State, verb rune, m, recv reflect.Value) {
	defer func() {
		if r := recover(); r != nil {
			if recv.Kind() == reflect.Pointer && recv.IsNil() {
				fmt.Fprint(f, "<nil>")
			} else {
				fmt.Fprintf(f, "%%!%c(PANIC=Format method: %v)", verb, goPanic(r))
			}
		}
	}()
	if recv.Kind() == reflect.Pointer && recv.IsNil() && m.Type().In(0).Kind() != reflect.Pointer {
		fmt.Fprint(f, "<nil>")
		return
	}
	m.Call([]reflect.Value{recv, reflect.ValueOf(&f).Elem(), reflect.ValueOf(verb)})
}

// printValue prints v under verb as fmt would.
func printValue(f fmt.State, v reflect.Value, verb rune, depth int, methods bool) {
	if depth > 0 && verb == 'v' && f.Flag('#') && v.IsValid() && v.Kind() == reflect.Interface && v.IsNil() {
		// An element of interface type: fmt names the type.
		fmt.Fprintf(f, "%s(nil)", TypeName(v.Type()))
		return
	}
	u := unwrap(v)
	if inner, _, ok := openBox(u); ok {
		printDesc(f, inner, boxDesc(u.Type()), verb, depth, methods)
		return
	}
	if methods && verb != 'p' && verb != 'T' && u.IsValid() && isContext(u.Type()) && u.CanInterface() {
		// A context's String names the types of its keys and values
		// as reflect spells them.
		fmt.Fprint(f, respell(fmt.Sprintf(spec(f, verb), u.Interface())))
		return
	}
	if methods && printWrapper(f, v, verb) {
		return
	}
	if inner, desc := namedIface(v); desc != "" {
		printDesc(f, inner, desc, verb, depth, methods)
		return
	}
	v = u
	if !v.IsValid() || v.Kind() == reflect.Interface && v.IsNil() {
		printNil(f, verb, depth)
		return
	}
	if verb == 'T' {
		fmt.Fprintf(f, spec(f, 's'), TypeName(v.Type()))
		return
	}
	if t := v.Type(); t.Kind() == reflect.Pointer && v.IsNil() && isBox(t.Elem()) {
		// A nil pointer to a declared type held in an interface: its
		// methods are called with a nil receiver, as fmt calls them
		// (the box's own, promoted, would dereference it).
		printDesc(f, reflect.Zero(reflect.PointerTo(t.Elem().Field(0).Type)), "*T:"+boxTypeName(t.Elem()), verb, depth, methods)
		return
	}
	if methods && v.Kind() == reflect.Struct && printPromoted(f, v, lookup(v.Type()), verb, depth) {
		return
	}
	if methods && handleMethods(f, v, verb) {
		return
	}
	if methods && verb != 'p' && printsItself(v) {
		// A compiled type's own methods (a *strconv.NumError in a
		// []error): fmt calls them.
		fmt.Fprintf(f, spec(f, verb), v.Interface())
		return
	}
	sharp := verb == 'v' && f.Flag('#')
	// (A pointer below the top prints as its address, walked: fmt
	// would take it for an operand, and print &[5].)
	if !needsView(v.Type()) && v.CanInterface() && (methods || !hasMethods(v.Type(), map[reflect.Type]bool{})) && (depth == 0 || v.Kind() != reflect.Pointer) {
		if sharp && depth > 0 && v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			// fmt spells []byte so only for an operand of that type;
			// reached by reflection, it names the type as reflect does.
			s := fmt.Sprintf("%#v", v.Interface())
			fmt.Fprint(f, TypeName(v.Type())+strings.TrimPrefix(s, "[]byte"))
			return
		}
		fmt.Fprintf(f, spec(f, verb), v.Interface())
		return
	}
	// Walked here: a value that holds the session's types, or one that
	// must print without its methods (in an unexported field).
	t := v.Type()
	elem := func(x reflect.Value) view { return view{v: x, depth: depth + 1, noMethods: !methods} }
	if printBytes(f, v, verb, depth) {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			switch {
			case sharp:
				fmt.Fprintf(f, "(%s)(nil)", TypeName(t))
			case strings.ContainsRune("vpbodxX", verb):
				// As fmt prints a nil pointer: <nil>, 0x0, 0.
				fmt.Fprintf(f, spec(f, verb), unsafe.Pointer(nil))
			default:
				fmt.Fprintf(f, "%%!%c(%s=<nil>)", verb, TypeName(t))
			}
			return
		}
		if depth == 0 {
			kind := v.Elem().Kind()
			if isBox(t.Elem()) {
				// A pointer to a box is a pointer to the boxed value.
				kind = t.Elem().Field(0).Type.Kind()
			}
			switch kind {
			case reflect.Struct, reflect.Array, reflect.Slice, reflect.Map:
				fmt.Fprint(f, "&")
				printValue(f, v.Elem(), verb, depth+1, methods)
				return
			}
		}
		if sharp {
			fmt.Fprintf(f, "(%s)(0x%x)", TypeName(t), v.Pointer())
			return
		}
		fmt.Fprintf(f, spec(f, verb), v.UnsafePointer())
	case reflect.Struct:
		name := ""
		if sharp {
			name = TypeName(t)
		}
		printStruct(f, v, lookup(t), name, verb, depth, methods)
	case reflect.Slice, reflect.Array:
		if textBytes(f, v, verb) {
			return
		}
		if sharp {
			if v.Kind() == reflect.Slice && v.IsNil() {
				fmt.Fprintf(f, "%s(nil)", TypeName(t))
				return
			}
			fmt.Fprint(f, TypeName(t)+"{")
			for i := 0; i < v.Len(); i++ {
				if i > 0 {
					fmt.Fprint(f, ", ")
				}
				fmt.Fprintf(f, spec(f, verb), elem(v.Index(i)))
			}
			fmt.Fprint(f, "}")
			return
		}
		fmt.Fprint(f, "[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				fmt.Fprint(f, " ")
			}
			fmt.Fprintf(f, spec(f, verb), elem(v.Index(i)))
		}
		fmt.Fprint(f, "]")
	case reflect.Map:
		if sharp {
			if v.IsNil() {
				fmt.Fprintf(f, "%s(nil)", TypeName(t))
				return
			}
			fmt.Fprint(f, TypeName(t)+"{")
		} else {
			fmt.Fprint(f, "map[")
		}
		keys := v.MapKeys()
		sort.SliceStable(keys, func(i, j int) bool { return compareKeys(unwrap(keys[i]), unwrap(keys[j])) < 0 })
		for i, k := range keys {
			if i > 0 {
				if sharp {
					fmt.Fprint(f, ", ")
				} else {
					fmt.Fprint(f, " ")
				}
			}
			fmt.Fprintf(f, spec(f, verb), elem(k))
			fmt.Fprint(f, ":")
			fmt.Fprintf(f, spec(f, verb), elem(v.MapIndex(k)))
		}
		if sharp {
			fmt.Fprint(f, "}")
		} else {
			fmt.Fprint(f, "]")
		}
	default:
		// A registered named type of a basic kind prints as its value;
		// without methods, as the value of its underlying type.
		if methods && v.CanInterface() {
			fmt.Fprintf(f, spec(f, verb), v.Interface())
			return
		}
		printPlain(f, v, verb, TypeName(t))
	}
}

// printPlain prints v, of a basic kind or pointer-shaped, without
// methods (see plainValue); name is its type's Go name, which a verb
// that does not fit the kind names as fmt does: %!s(main.Level=2).
func printPlain(f fmt.State, v reflect.Value, verb rune, name string) {
	x := plainValue(v)
	if fits, basic := verbFits(v.Kind(), verb); basic && !fits {
		// (The value is printed under %v with the verb's flags, width
		// and precision, as fmt's bad verb does: %!f(main.N=   12).)
		fmt.Fprintf(f, "%%!%c(%s=", verb, name)
		fmt.Fprintf(f, spec(f, 'v'), x)
		fmt.Fprint(f, ")")
		return
	}
	fmt.Fprintf(f, spec(f, verb), x)
}

// verbFits reports whether fmt prints a value of kind k with verb, and
// whether k is a basic kind at all.
func verbFits(k reflect.Kind, verb rune) (fits, basic bool) {
	var verbs string
	switch k {
	case reflect.Bool:
		verbs = "tv"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		verbs = "bcdoOqxXUv"
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		verbs = "beEfFgGxXv"
	case reflect.String:
		verbs = "vsxXq"
	default:
		return true, false
	}
	return strings.ContainsRune(verbs, verb), true
}

// basicTypes are the predeclared types of the basic kinds.
var basicTypes = map[reflect.Kind]reflect.Type{
	reflect.Bool: reflect.TypeOf(false), reflect.String: reflect.TypeOf(""),
	reflect.Int: reflect.TypeOf(0), reflect.Int8: reflect.TypeOf(int8(0)), reflect.Int16: reflect.TypeOf(int16(0)),
	reflect.Int32: reflect.TypeOf(int32(0)), reflect.Int64: reflect.TypeOf(int64(0)),
	reflect.Uint: reflect.TypeOf(uint(0)), reflect.Uint8: reflect.TypeOf(uint8(0)), reflect.Uint16: reflect.TypeOf(uint16(0)),
	reflect.Uint32: reflect.TypeOf(uint32(0)), reflect.Uint64: reflect.TypeOf(uint64(0)), reflect.Uintptr: reflect.TypeOf(uintptr(0)),
	reflect.Float32: reflect.TypeOf(float32(0)), reflect.Float64: reflect.TypeOf(float64(0)),
	reflect.Complex64: reflect.TypeOf(complex64(0)), reflect.Complex128: reflect.TypeOf(complex128(0)),
}

// plainValue is v with no methods, as fmt prints what it reaches by
// reflection and cannot call methods on: a value of a basic kind as its
// predeclared type (also one read from an unexported field), a
// pointer-shaped value as its address.
func plainValue(v reflect.Value) any {
	if bt, ok := basicTypes[v.Kind()]; ok {
		out := reflect.New(bt).Elem()
		switch v.Kind() {
		case reflect.Bool:
			out.SetBool(v.Bool())
		case reflect.String:
			out.SetString(v.String())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			out.SetInt(v.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			out.SetUint(v.Uint())
		case reflect.Float32, reflect.Float64:
			out.SetFloat(v.Float())
		default:
			out.SetComplex(v.Complex())
		}
		return out.Interface()
	}
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		if v.IsNil() {
			return nil
		}
		return v.UnsafePointer()
	}
	return nil
}

// hasMethods reports whether fmt, printing a value of type t, may call a
// method of it or of a value it holds (as it does not on those reached
// through an unexported field); seen guards recursive types.
func hasMethods(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if t.NumMethod() > 0 || t.Kind() == reflect.Interface {
		return true
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return hasMethods(t.Elem(), seen)
	case reflect.Map:
		return hasMethods(t.Key(), seen) || hasMethods(t.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if hasMethods(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	// (A pointer below the top prints as its address.)
	return false
}

// printBytes prints a slice or array of bytes without methods (see
// printValue) as fmt prints one: as text or hex for %s, %q, %x and %X.
// It reports whether v was one.
func printBytes(f fmt.State, v reflect.Value, verb rune, depth int) bool {
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array || v.Type().Elem().Kind() != reflect.Uint8 || needsView(v.Type()) {
		return false
	}
	if v.Kind() == reflect.Slice && v.IsNil() && verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "%s(nil)", TypeName(v.Type()))
		return true
	}
	b := make([]byte, v.Len())
	for i := range b {
		b[i] = byte(v.Index(i).Uint())
	}
	if verb == 'v' && f.Flag('#') {
		s := fmt.Sprintf("%#v", b)
		fmt.Fprint(f, TypeName(v.Type())+strings.TrimPrefix(s, "[]byte"))
		return true
	}
	fmt.Fprintf(f, spec(f, verb), b)
	return true
}

// textBytes prints a slice or array whose elements are of a byte kind
// as fmt prints one for %s, %q, %x and %X: as the bytes, whatever
// methods the element type has (a []Grade of a byte type with String is
// "AB" to %s and [grade-A grade-B] to %v). It reports whether it did.
func textBytes(f fmt.State, v reflect.Value, verb rune) bool {
	switch verb {
	case 's', 'q', 'x', 'X':
	default:
		return false
	}
	if (v.Kind() != reflect.Slice && v.Kind() != reflect.Array) || v.Type().Elem().Kind() != reflect.Uint8 {
		return false
	}
	b := make([]byte, v.Len())
	for i := range b {
		b[i] = byte(unwrap(v.Index(i)).Uint())
	}
	fmt.Fprintf(f, spec(f, verb), b)
	return true
}

// compareKeys orders map keys as fmt does (internal/fmtsort) for the
// kinds keys have.
func compareKeys(a, b reflect.Value) int {
	if !a.IsValid() || !b.IsValid() {
		return 0
	}
	if a.Kind() != b.Kind() {
		return strings.Compare(a.Type().String(), b.Type().String())
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmpOrdered(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmpOrdered(a.Uint(), b.Uint())
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		switch {
		case x != x && y != y:
			return 0
		case x != x:
			return -1
		case y != y:
			return 1
		}
		return cmpOrdered(x, y)
	case reflect.String:
		return strings.Compare(a.String(), b.String())
	case reflect.Bool:
		switch {
		case a.Bool() == b.Bool():
			return 0
		case !a.Bool():
			return -1
		}
		return 1
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Pointer, reflect.Chan:
		return cmpOrdered(a.Pointer(), b.Pointer())
	}
	return 0
}

func cmpOrdered[T int64 | uint64 | float64 | uintptr](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// printWrapper prints v with its Error or String method when v is the
// interpreter's wrapper of a cell value stored in error or fmt.Stringer:
// the wrapper's method is the value's own, where the value unwrapped may
// be of a type the registry cannot tell from another (two cell types
// over float64). It reports whether it printed.
func printWrapper(f fmt.State, v reflect.Value, verb rune) bool {
	if verb != 'v' && verb != 's' && verb != 'q' || f.Flag('#') {
		return false
	}
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	w := v
	if w.IsValid() && w.Kind() == reflect.Pointer && !w.IsNil() {
		w = w.Elem()
	}
	if !w.IsValid() || !isWrapper(w.Type()) || !v.CanInterface() {
		return false
	}
	if u := unwrap(v); u.IsValid() {
		if _, _, ok := method(u, "Format"); ok {
			return false // fmt calls Format, which the wrapper lacks
		}
		if _, _, ok := method(u, "Error"); ok {
			if _, isErr := v.Interface().(error); !isErr {
				// A fmt.Stringer holding an error: fmt calls Error,
				// which the wrapper lacks.
				return false
			}
		}
	}
	if s, ok := nilHeldString(v); ok {
		fmt.Fprintf(f, spec(f, verb), s)
		return true
	}
	switch x := v.Interface().(type) {
	case error, fmt.Stringer:
		// Called as fmt calls it, a panic in it reported as fmt does,
		// with the message Go's would have (the interpreter's own
		// failures read as Go's run-time errors, see Recovered).
		name, s, r := "String", "", any(nil)
		func() {
			defer func() { r = recover() }()
			if e, ok := x.(error); ok {
				name = "Error" // (before the call, which may panic)
				s = e.Error()
			} else {
				s = x.(fmt.Stringer).String()
			}
		}()
		if r != nil {
			fmt.Fprintf(f, "%%!%c(PANIC=%s method: %v)", verb, name, goPanic(r))
			return true
		}
		fmt.Fprintf(f, spec(f, verb), s)
		return true
	}
	return false
}

// printStruct prints the struct value v of the type info describes (nil:
// by its reflect field names); sharpName, for %#v, precedes it.
// Its fields are printed without methods when methods is false.
func printStruct(f fmt.State, v reflect.Value, info *TypeInfo, sharpName string, verb rune, depth int, methods bool) {
	t := v.Type()
	sharp := verb == 'v' && f.Flag('#')
	plus := verb == 'v' && f.Flag('+')
	elem := func(x reflect.Value, noMethods bool) view {
		return view{v: x, depth: depth + 1, noMethods: noMethods || !methods}
	}
	if sharp {
		fmt.Fprint(f, sharpName)
	}
	fmt.Fprint(f, "{")
	for i := 0; i < v.NumField(); i++ {
		if i > 0 {
			if sharp {
				fmt.Fprint(f, ", ")
			} else {
				fmt.Fprint(f, " ")
			}
		}
		name := t.Field(i).Name
		if info != nil && i < len(info.Fields) {
			name = info.Fields[i]
		}
		if plus || sharp {
			fmt.Fprint(f, name+":")
		}
		fv := v.Field(i)
		exported := name != "" && strings.ToUpper(name[:1]) == name[:1]
		if fv.Kind() == reflect.Interface && fv.IsNil() {
			if sharp {
				fmt.Fprintf(f, "%s(nil)", TypeName(fv.Type()))
			} else {
				fmt.Fprint(f, "<nil>")
			}
			continue
		}
		w := elem(fv, !exported)
		if info != nil && i < len(info.FieldDescs) {
			// A field of a declared type the reflect type cannot tell
			// (Status int): printed as that type, with its methods.
			w.desc = info.FieldDescs[i]
		}
		fmt.Fprintf(f, spec(f, verb), w)
	}
	fmt.Fprint(f, "}")
}

// A typed nil is the interpreter's interface wrapper holding a nil
// pointer (see the engine's TypedNilIn). Compiled fmt prints "<nil>" when
// the method of a nil pointer panics; it cannot see through the wrapper,
// which is a struct, so Args gives it one of these views instead.

// nilError is a typed nil held in an error.
type nilError struct{ orig error }

func (n nilError) Error() string { return nilCall(n.orig.Error) }

// Unwrap returns the typed nil itself, so that an error fmt.Errorf's %w
// wrapped around the view still finds it (errors.Is, errors.As).
func (n nilError) Unwrap() error { return n.orig }

// nilStringer is a typed nil held in a fmt.Stringer.
type nilStringer struct{ orig fmt.Stringer }

func (n nilStringer) String() string { return nilCall(n.orig.String) }

// nilCall runs a method of a nil pointer as fmt does: its panic prints
// as "<nil>".
func nilCall(m func() string) (s string) {
	defer func() {
		if recover() != nil {
			s = "<nil>"
		}
	}()
	return m()
}

// nilHolder returns the view of a, when a is a typed nil in an error or
// fmt.Stringer.
func nilHolder(a any) (any, bool) {
	v := reflect.ValueOf(a)
	if !isWrapper(v.Type()) {
		return nil, false
	}
	in := v.Field(0)
	if in.Kind() == reflect.Interface {
		in = in.Elem()
	}
	if !in.IsValid() || in.Kind() != reflect.Pointer || !in.IsNil() {
		return nil, false
	}
	switch x := a.(type) {
	case error:
		return nilError{x}, true
	case fmt.Stringer:
		return nilStringer{x}, true
	}
	return nil, false
}

// wrapsRegistered reports whether a is the interpreter's wrapper of a
// value of a registered type (or of a pointer to one) in an interface.
func wrapsRegistered(a any) bool {
	v := reflect.ValueOf(a)
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if !isWrapper(t) {
		return false
	}
	u := unwrap(v)
	return u.IsValid() && needsView(u.Type())
}

// nilHeldString is what fmt prints by the Error or String method of v,
// the interpreter's wrapper of a standard interface value holding a nil
// pointer of a session type (an error field holding a nil *NetErr, see
// the engine's TypedNilIn): the method's result, or "<nil>" where it
// panics, as fmt prints a nil receiver whose method panics (fmt itself
// sees no nil pointer in the wrapper). ok is false for any other v.
func nilHeldString(v reflect.Value) (s string, ok bool) {
	if v.Kind() != reflect.Struct || v.NumField() == 0 || v.Type().Field(0).Name != "IValue" {
		return "", false
	}
	held := v.Field(0)
	for held.Kind() == reflect.Interface && !held.IsNil() {
		held = held.Elem()
	}
	if held.Kind() != reflect.Pointer || !held.IsNil() || !v.CanInterface() {
		return "", false
	}
	defer func() {
		if recover() != nil {
			s, ok = "<nil>", true
		}
	}()
	switch x := v.Interface().(type) {
	case error:
		return x.Error(), true
	case fmt.Stringer:
		return x.String(), true
	}
	return "", false
}
