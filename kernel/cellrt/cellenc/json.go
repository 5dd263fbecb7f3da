// Package cellenc makes encoding/json, encoding/xml, text/template and
// html/template see the types declared in notebook cells as they see
// compiled Go types.
//
// The interpreter gives a cell's struct type an unnamed reflect type whose
// fields are all exported (an unexported field x becomes Xx), a named
// basic type its underlying type, and no type its methods in reflection:
// encoding/json would write unexported fields, ignore MarshalJSON,
// UnmarshalJSON, MarshalText and UnmarshalText, and name a struct in its
// errors by nothing. The engine
// calls the funcs here instead of encoding/json's for a cell's calls;
// they encode and decode a mirror of the value built from what
// kernel/cellrt/fmtview knows of the session's types (declared field
// names, field types, methods), then copy decoded values back.
package cellenc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// Marshal is json.Marshal for values that may be of the session's types.
func Marshal(v any) (b []byte, err error) {
	defer refusing(&err)
	b, err = json.Marshal(toMirror(v))
	return b, namedMarshaler(err)
}

// MarshalIndent is json.MarshalIndent for the session's types.
func MarshalIndent(v any, prefix, indent string) (b []byte, err error) {
	defer refusing(&err)
	b, err = json.MarshalIndent(toMirror(v), prefix, indent)
	return b, namedMarshaler(err)
}

// Encode is (*json.Encoder).Encode for the session's types.
func Encode(enc *json.Encoder, v any) (err error) {
	defer refusing(&err)
	return namedMarshaler(enc.Encode(toMirror(v)))
}

// Unmarshal is json.Unmarshal for the session's types.
func Unmarshal(data []byte, v any) error {
	return decodeInto(v, func(p any) error { return json.Unmarshal(data, p) })
}

// Decode is (*json.Decoder).Decode for the session's types.
func Decode(dec *json.Decoder, v any) error { return decodeInto(v, dec.Decode) }

// jsonMethods is a value of a declared type with a MarshalJSON or
// UnmarshalJSON method, or a MarshalText or UnmarshalText one, or IsZero,
// in the mirror: encoding/json calls its methods, which call the cell's (a text
// method's text is a JSON string, as encoding/json makes it).
type jsonMethods struct {
	info *fmtview.TypeInfo
	orig reflect.Value // the value (encoding), or where to decode to
	raw  []byte        // what UnmarshalJSON was given
	set  bool
}

// MarshalJSON calls the cell type's MarshalJSON, or encodes the value as
// its type would without one.
func (j jsonMethods) MarshalJSON() ([]byte, error) {
	// A method with a pointer receiver is called on a value encoding/json
	// could take the address of (reached through a pointer, a slice
	// element), as it calls it on the value the mirror stands for.
	m, ok := j.info.Methods["MarshalJSON"]
	recv := j.orig
	if ok && j.info.PtrMethods["MarshalJSON"] {
		ok = j.orig.CanAddr()
		if ok {
			recv = j.orig.Addr()
		}
	}
	if !ok {
		// MarshalText, when it has no MarshalJSON: its text as a string.
		if text, ok, err := callMarshalText(j.info, j.orig); ok {
			if err != nil {
				return nil, err
			}
			return json.Marshal(string(text))
		}
	}
	if ok {
		out := m.Call([]reflect.Value{recv})
		if err, _ := out[1].Interface().(error); err != nil {
			return nil, &methodError{j.info.Name, "MarshalJSON", err}
		}
		b := bytesOf(out[0])
		if !json.Valid(b) {
			// encoding/json refuses it with the scanner's error, which
			// Compact gives too.
			var buf bytes.Buffer
			if err := json.Compact(&buf, b); err != nil {
				return nil, &methodError{j.info.Name, "MarshalJSON", err}
			}
		}
		return b, nil
	}
	return json.Marshal(mirrorValue(j.orig, plain).Interface())
}

// IsZero tells encoding/json's omitzero whether the value is zero: by
// the cell type's IsZero method, as encoding/json asks a compiled type's,
// else as reflect sees the value.
func (j jsonMethods) IsZero() bool {
	m, ok := j.info.Methods["IsZero"]
	if !ok {
		return !j.orig.IsValid() || j.orig.IsZero()
	}
	recv := j.orig
	if j.info.PtrMethods["IsZero"] {
		if j.orig.CanAddr() {
			recv = j.orig.Addr()
		} else {
			p := reflect.New(j.orig.Type())
			p.Elem().Set(j.orig)
			recv = p
		}
	}
	return m.Call([]reflect.Value{recv})[0].Bool()
}

// methodError is the error of a cell type's MarshalJSON or MarshalText,
// with the type's name for the *json.MarshalerError encoding/json wraps
// it in, which names the mirror's type (see namedMarshaler).
type methodError struct {
	name   string // "main.Status"
	method string // "MarshalJSON"
	err    error
}

// Error says what the method's error says.
func (e *methodError) Error() string { return e.err.Error() }

// Unwrap returns the method's error.
func (e *methodError) Unwrap() error { return e.err }

// marshalerError is a *json.MarshalerError of a cell type's MarshalJSON,
// named as Go names the type; errors.As finds the json error inside.
type marshalerError struct {
	*json.MarshalerError
	name   string // "main.Status", "*main.Status"
	method string // "MarshalJSON"
	err    error  // what the method returned
}

// Error says what encoding/json says, with the type's name.
func (e *marshalerError) Error() string {
	return "json: error calling " + e.method + " for type " + e.name + ": " + e.err.Error()
}

// Unwrap returns the json error, whose Unwrap returns the method's.
func (e *marshalerError) Unwrap() error { return e.MarshalerError }

// namedMarshaler names the cell type in err when it is the failure of
// its MarshalJSON: "for type main.Status", where encoding/json names the
// mirror (jsonMethods, or a pointer to one).
func namedMarshaler(err error) error {
	var me *json.MarshalerError
	if !errors.As(err, &me) || err != error(me) {
		return err
	}
	var cell *methodError
	if !errors.As(me.Err, &cell) {
		return err
	}
	stars := strings.Repeat("*", len(me.Type.String())-len(strings.TrimLeft(me.Type.String(), "*")))
	return &marshalerError{me, stars + cell.name, cell.method, cell.err}
}

// UnmarshalJSON keeps the input for the cell type's UnmarshalJSON, which
// runs when the mirror is copied back.
func (j *jsonMethods) UnmarshalJSON(b []byte) error {
	j.raw, j.set = append([]byte(nil), b...), true
	return nil
}

func bytesOf(v reflect.Value) []byte {
	if !v.IsValid() || v.Kind() != reflect.Slice {
		return nil
	}
	return v.Bytes()
}

var jsonMethodsType = reflect.TypeOf(jsonMethods{})

// toMirror returns what encoding/json should see for v.
func toMirror(v any) any {
	if v == nil {
		return nil
	}
	if d, ok := v.(described); ok {
		return mirrorValue(d.v, d.desc).Interface()
	}
	return mirrorValue(reflect.ValueOf(v), "").Interface()
}

// described is a value with the front end's description of its static
// type (fmtview.As): the engine passes one for an operand of a declared
// non-struct type.
type described struct {
	v    reflect.Value
	desc string
}

// As returns v described by desc for Marshal, Unmarshal, Encode and
// Decode.
func As(v any, desc string) any {
	if desc == "" || !fmtview.Unwrapped(v).IsValid() {
		return v // (a nil interface encodes as null)
	}
	return described{reflect.ValueOf(v), desc}
}

// plain describes a value of a type with JSON methods that is to be
// encoded or decoded as if it had none (the methods it lacks of the two).
const plain = "!"

// infoOf returns the registration of a value of type t described by desc.
func infoOf(t reflect.Type, desc string) *fmtview.TypeInfo {
	return fmtview.DescInfo(t, desc)
}

func hasJSONMethods(info *fmtview.TypeInfo) bool {
	if info == nil {
		return false
	}
	for _, name := range []string{"MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText", "IsZero"} {
		if _, ok := info.Methods[name]; ok {
			return true
		}
	}
	return false
}

// elemDesc is the description of the elements (or pointee) of a value
// described by desc.
func elemDesc(desc string) string {
	switch {
	case strings.HasPrefix(desc, "*"):
		return desc[1:]
	case strings.HasPrefix(desc, "[]"):
		return desc[2:]
	}
	return ""
}

// mapDescs splits a map's description into its key's and its element's.
func mapDescs(desc string) (string, string) {
	if !strings.HasPrefix(desc, "M(") {
		return "", ""
	}
	depth := 0
	for i := 1; i < len(desc); i++ {
		switch desc[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return desc[2:i], desc[i+1:]
			}
		}
	}
	return "", ""
}

// underDesc is the description of the elements' (or key's and
// element's) types of a value of type t, described by desc: for a
// declared slice, array, map or pointer type (type Levels []Level), the
// description of its underlying type ("[]T:main.Level"); desc itself
// for others.
func underDesc(t reflect.Type, desc string) string {
	if desc != "" && !strings.HasPrefix(desc, "T:") {
		return desc
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map, reflect.Pointer:
		if info := infoOf(t, desc); info != nil && info.Under != "" {
			return info.Under
		}
	}
	return desc
}

// ptrJSONMethods is the type of a mirror's field standing for a field
// tagged omitempty of a type with JSON methods: a nil pointer where
// encoding/json omits the field (Cents(0) with omitempty), as it
// decides by the field's kind and not by the methods.
var ptrJSONMethods = reflect.PointerTo(jsonMethodsType)

// omitsEmpty reports whether a field of type t tagged tag is omitted
// by encoding/json when empty, by its kind.
func omitsEmpty(t reflect.Type, tag reflect.StructTag) bool {
	_, opts, _ := strings.Cut(tag.Get("json"), ",")
	if !slices.Contains(strings.Split(opts, ","), "omitempty") {
		return false
	}
	switch t.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

type mirrorKey struct {
	t    reflect.Type
	desc string
}

var (
	mirrorMu sync.Mutex
	mirrors  = map[mirrorKey]reflect.Type{}
	// mirrorsOf is the registrations' generation the mirrors were made
	// from.
	mirrorsOf uint64
)

// mirrorType is the type encoding/json sees for a value of type t
// described by desc: t itself when it needs no mirror.
func mirrorType(t reflect.Type, desc string) reflect.Type {
	mirrorMu.Lock()
	defer mirrorMu.Unlock()
	if g := fmtview.Generation(); g != mirrorsOf {
		mirrors, mirrorsOf = map[mirrorKey]reflect.Type{}, g
	}
	return mirrorTypeLocked(t, desc, map[mirrorKey]bool{})
}

func mirrorTypeLocked(t reflect.Type, desc string, busy map[mirrorKey]bool) reflect.Type {
	k := mirrorKey{t, desc}
	if m, ok := mirrors[k]; ok {
		return m
	}
	if busy[k] {
		// A recursive type: its mirror holds the values dynamically.
		return reflect.TypeOf((*any)(nil)).Elem()
	}
	busy[k] = true
	defer delete(busy, k)
	m := t
	info := infoOf(t, desc)
	switch {
	case hasJSONMethods(info) && desc != plain:
		m = jsonMethodsType
	case isIfaceValue(t):
		m = reflect.TypeOf((*any)(nil)).Elem()
	case t.Kind() == reflect.Pointer:
		if e := mirrorTypeLocked(t.Elem(), elemDesc(underDesc(t, desc)), busy); e != t.Elem() {
			m = reflect.PointerTo(e)
		}
	case t.Kind() == reflect.Slice:
		if e := mirrorTypeLocked(t.Elem(), elemDesc(underDesc(t, desc)), busy); e != t.Elem() {
			m = reflect.SliceOf(e)
		}
	case t.Kind() == reflect.Array:
		if e := mirrorTypeLocked(t.Elem(), elemDesc(underDesc(t, desc)), busy); e != t.Elem() {
			m = reflect.ArrayOf(t.Len(), e)
		}
	case t.Kind() == reflect.Map:
		kd, vd := mapDescs(underDesc(t, desc))
		kt, vt := mirrorTypeLocked(t.Key(), kd, busy), mirrorTypeLocked(t.Elem(), vd, busy)
		if hasTextMethods(infoOf(t.Key(), kd)) {
			kt = textKeyType
		}
		if (kt != t.Key() || vt != t.Elem()) && kt.Comparable() {
			m = reflect.MapOf(kt, vt)
		}
	case t.Kind() == reflect.Struct && info != nil:
		var fields []reflect.StructField
		for _, e := range layoutOf(t, desc) {
			ft := mirrorTypeLocked(e.typ, e.desc, busy)
			if ft == jsonMethodsType && omitsEmpty(e.typ, e.tag) {
				ft = ptrJSONMethods
			}
			fields = append(fields, reflect.StructField{Name: e.goName, Type: ft, Tag: e.tag})
		}
		m = reflect.StructOf(fields)
	case t.Kind() == reflect.Struct:
		// A struct the session did not declare (an anonymous one):
		// its fields may still hold declared types.
		var fields []reflect.StructField
		changed := false
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				return t
			}
			ft := mirrorTypeLocked(f.Type, "", busy)
			changed = changed || ft != f.Type
			fields = append(fields, reflect.StructField{Name: f.Name, Type: ft, Tag: f.Tag, Anonymous: f.Anonymous})
		}
		if changed {
			m = reflect.StructOf(fields)
		}
	}
	if len(busy) == 1 {
		mirrors[k] = m // only types built without a recursive stand-in
	}
	return m
}

func isExported(name string) bool {
	return name != "" && strings.ToUpper(name[:1]) == name[:1] && name[:1] != "_"
}

// isIfaceValue reports whether t is the interpreter's representation of
// a value of a cell-declared interface type.
func isIfaceValue(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.NumField() == 2 && t.Name() == "valueInterface" &&
		t.Field(0).Name == "node" && t.Field(1).Name == "value"
}

// mirrorValue copies v, described by desc, into its mirror type.
func mirrorValue(v reflect.Value, desc string) reflect.Value { return mirrorOn(v, desc, nil) }

// onPath are the pointers a copy into a mirror is inside of: one met
// again is a cycle, which encoding/json refuses (copied on, the mirror
// would never end).
type onPath map[uintptr]bool

// mirrorOn is mirrorValue inside the pointers of path.
func mirrorOn(v reflect.Value, desc string, path onPath) reflect.Value {
	if !v.IsValid() {
		return reflect.ValueOf((*any)(nil)).Elem()
	}
	if inner, _, ok := fmtview.OpenBox(v); ok {
		// A value of a declared non-struct type (or of a composite
		// built of them) held in an interface.
		return mirrorOn(inner, fmtview.BoxDesc(v.Type()), path)
	}
	t := v.Type()
	m := mirrorType(t, desc)
	if m == t {
		return withinAny(v, 0)
	}
	out := reflect.New(m).Elem()
	fill(out, v, desc, path)
	return out
}

// withinAny returns v, a value of a type that needs no mirror, with the
// values its empty interfaces hold mirrored (a map[string]any may hold a
// boxed value, see kernel/cellrt/fmtview's box.go); v itself when they
// need nothing.
func withinAny(v reflect.Value, depth int) reflect.Value {
	if depth > 32 {
		return v
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() || v.NumMethod() > 0 {
			return v
		}
		inner := fmtview.Unwrap(v)
		if !inner.IsValid() {
			return v
		}
		if m := mirrorValue(inner, ""); m != inner {
			out := reflect.New(v.Type()).Elem()
			out.Set(m)
			return out
		}
	case reflect.Map:
		if v.IsNil() || !holdsAny(v.Type().Elem(), 0) {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(iter.Key(), withinAny(iter.Value(), depth+1))
		}
		return out
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() || !holdsAny(v.Type().Elem(), 0) {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		if v.Kind() == reflect.Slice {
			out.Set(reflect.MakeSlice(v.Type(), v.Len(), v.Len()))
		}
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(withinAny(v.Index(i), depth+1))
		}
		return out
	case reflect.Struct:
		if !holdsAny(v.Type(), 0) {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				return v // encoding/json sees none of it anyway
			}
			out.Field(i).Set(withinAny(v.Field(i), depth+1))
		}
		return out
	}
	return v
}

// holdsAny reports whether values of t (a map's or a slice's element
// type, a struct) may hold an empty interface.
func holdsAny(t reflect.Type, depth int) bool {
	switch t.Kind() {
	case reflect.Interface:
		return t.NumMethod() == 0
	case reflect.Map, reflect.Slice, reflect.Array:
		return depth < 8 && holdsAny(t.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < t.NumField() && depth < 8; i++ {
			if holdsAny(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// fill sets out, of v's mirror type, from v, inside the pointers of
// path.
func fill(out, v reflect.Value, desc string, path onPath) {
	t := v.Type()
	if out.Type() == t {
		// (An any may hold a boxed value: withinAny mirrors it.)
		out.Set(withinAny(v, 0))
		return
	}
	if out.Kind() == reflect.Interface {
		inner := fmtview.Unwrap(v)
		if inner.IsValid() && !(inner.Kind() == reflect.Interface && inner.IsNil()) {
			out.Set(mirrorOn(inner, "", path))
		}
		return
	}
	if out.Type() == jsonMethodsType {
		out.Set(reflect.ValueOf(jsonMethods{info: infoOf(t, desc), orig: v}))
		return
	}
	if out.Type() == textKeyType {
		out.Set(reflect.ValueOf(keyText(v, infoOf(t, desc))))
		return
	}
	if out.Type() == ptrJSONMethods && t.Kind() != reflect.Pointer {
		// A field tagged omitempty (see ptrJSONMethods): nil when empty.
		if !omitted(`json:",omitempty"`, v) {
			p := reflect.New(jsonMethodsType)
			p.Elem().Set(reflect.ValueOf(jsonMethods{info: infoOf(t, desc), orig: v}))
			out.Set(p)
		}
		return
	}
	desc = underDesc(t, desc)
	switch t.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			if path == nil {
				path = onPath{}
			}
			if path[v.Pointer()] {
				name := v.Type().String()
				if v.CanInterface() {
					name = fmtview.TypeNameOf(v.Interface())
				}
				panic(Refused{Msg: "unsupported value: encountered a cycle via " + name})
			}
			path[v.Pointer()] = true
			defer delete(path, v.Pointer())
			p := reflect.New(out.Type().Elem())
			fill(p.Elem(), v.Elem(), elemDesc(desc), path)
			out.Set(p)
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		out.Set(reflect.MakeSlice(out.Type(), v.Len(), v.Len()))
		for i := 0; i < v.Len(); i++ {
			fill(out.Index(i), v.Index(i), elemDesc(desc), path)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fill(out.Index(i), v.Index(i), elemDesc(desc), path)
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		kd, vd := mapDescs(desc)
		out.Set(reflect.MakeMapWithSize(out.Type(), v.Len()))
		it := v.MapRange()
		for it.Next() {
			k := reflect.New(out.Type().Key()).Elem()
			fill(k, it.Key(), kd, path)
			e := reflect.New(out.Type().Elem()).Elem()
			fill(e, it.Value(), vd, path)
			out.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if fmtview.Lookup(t) == nil && infoOf(t, desc) == nil {
			for i := 0; i < t.NumField(); i++ {
				if t.Field(i).IsExported() {
					fill(out.FieldByName(t.Field(i).Name), v.Field(i), "", path)
				}
			}
			return
		}
		for j, e := range layoutOf(t, desc) {
			fv := v.FieldByIndex(e.path)
			if standIn(out.Field(j), fv) && omitted(e.tag, fv) {
				// A recursive type's stand-in (an any) is omitted only
				// when nil: left so for a value json would omit.
				continue
			}
			fill(out.Field(j), fv, e.desc, path)
		}
	}
}

// standIn reports whether out, a mirror's field, is the empty interface
// standing in for a field of the recursive type of v (see mirrorType).
func standIn(out, v reflect.Value) bool {
	return out.Kind() == reflect.Interface && v.Kind() != reflect.Interface
}

// omitted reports whether encoding/json omits a field tagged tag holding
// v: omitempty and an empty value, or omitzero and a zero one.
func omitted(tag reflect.StructTag, v reflect.Value) bool {
	_, opts, _ := strings.Cut(tag.Get("json"), ",")
	for _, o := range strings.Split(opts, ",") {
		switch {
		case o == "omitzero" && v.IsZero():
			return true
		case o == "omitempty":
			switch v.Kind() {
			case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
				if v.Len() == 0 {
					return true
				}
			case reflect.Pointer:
				if v.IsNil() {
					return true
				}
			case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
				reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
				reflect.Float32, reflect.Float64:
				if v.IsZero() {
					return true
				}
			}
		}
	}
	return false
}

// field is a field of a cell struct's mirror: where it comes from (an
// embedded struct's fields are promoted, as encoding/json promotes
// them), its declared type's description and its tag.
type field struct {
	goName string // the mirror's field name
	key    string // the JSON key
	path   []int  // the field's index path in the cell struct
	typ    reflect.Type
	desc   string
	tag    reflect.StructTag
	tagged bool
	depth  int
}

// layoutOf returns the fields of the mirror of a registered struct type
// t: its exported fields and those its embedded structs promote, with
// Go's rules for names that clash (the shallowest wins, then the one a
// tag names; otherwise none).
func layoutOf(t reflect.Type, desc string) []field {
	var all []field
	collect(t, desc, nil, 0, &all, map[reflect.Type]bool{})
	byKey := map[string][]int{}
	for i, f := range all {
		byKey[f.key] = append(byKey[f.key], i)
	}
	var out []field
	used := map[string]bool{}
	for i, f := range all {
		if winner(all, byKey[f.key]) != i {
			continue
		}
		if used[f.goName] {
			// Two promoted fields with one Go name and different keys:
			// the mirror names the second apart, its tag keeps the key.
			f.goName = fmt.Sprintf("F%d_%s", i, f.goName)
			opts := ""
			if _, o, ok := strings.Cut(f.tag.Get("json"), ","); ok {
				opts = "," + o
			}
			f.tag = reflect.StructTag(fmt.Sprintf(`json:%q`, f.key+opts))
		}
		used[f.goName] = true
		out = append(out, f)
	}
	return out
}

// winner is the index of the field among all[cands] (one JSON key) that
// encoding/json keeps: the shallowest one, else the one a tag names; -1
// when none is.
func winner(all []field, cands []int) int {
	min := -1
	for _, j := range cands {
		if min < 0 || all[j].depth < min {
			min = all[j].depth
		}
	}
	var top, tagged []int
	for _, j := range cands {
		if all[j].depth == min {
			top = append(top, j)
			if all[j].tagged {
				tagged = append(tagged, j)
			}
		}
	}
	switch {
	case len(top) == 1:
		return top[0]
	case len(tagged) == 1:
		return tagged[0]
	}
	return -1
}

// Refused is the error of Marshal, Unmarshal, Encode and Decode for a
// cell type they cannot treat as encoding/json would.
type Refused struct{ Msg string }

func (r Refused) Error() string { return "json: " + r.Msg }

// refusing turns a Refused panic of the mirror's construction into err.
func refusing(err *error) {
	if r := recover(); r != nil {
		ref, ok := r.(Refused)
		if !ok {
			panic(r)
		}
		*err = ref
	}
}

func collect(t reflect.Type, desc string, prefix []int, depth int, out *[]field, seen map[reflect.Type]bool) {
	if seen[t] {
		return
	}
	seen[t] = true
	defer delete(seen, t)
	info := infoOf(t, desc)
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, fd, embedded := sf.Name, "", sf.Anonymous
		if info != nil {
			if i < len(info.Fields) {
				name = info.Fields[i]
			}
			if i < len(info.FieldDescs) {
				fd = info.FieldDescs[i]
			}
			if i < len(info.Embedded) {
				embedded = info.Embedded[i]
			}
		}
		path := append(append([]int(nil), prefix...), i)
		jsonTag := sf.Tag.Get("json")
		if jsonTag == "-" {
			continue
		}
		key, _, _ := strings.Cut(jsonTag, ",")
		if embedded && key == "" && sf.Type.Kind() == reflect.Struct {
			collect(sf.Type, fd, path, depth+1, out, seen)
			continue
		}
		if embedded && key == "" && sf.Type.Kind() == reflect.Pointer && sf.Type.Elem().Kind() == reflect.Struct {
			tn := "a struct"
			if info != nil {
				tn = info.Name
			}
			panic(Refused{"the notebook cannot encode or decode the embedded pointer field *" + name + " of " + tn +
				" (a type declared in a cell) as Go would; embed the struct itself or give the field a name"})
		}
		if !isExported(name) {
			continue // encoding/json never sees unexported fields
		}
		goName := name
		if key == "" {
			key = name
		}
		*out = append(*out, field{goName: goName, key: key, path: path, typ: sf.Type, desc: fd, tag: sf.Tag, tagged: jsonTag != "" && !strings.HasPrefix(jsonTag, ","), depth: depth})
	}
}

// decodeInto decodes with dec into the mirror of the value v points to,
// then copies the result back.
func decodeInto(v any, dec func(p any) error) (err error) {
	defer refusing(&err)
	if decoding.Add(1) > maxNestedDecodes {
		decoding.Add(-1)
		return Refused{"an UnmarshalJSON method calls itself without end: it decodes into its own type, or into a struct type with the same fields, which the notebook cannot tell from its own; decode into a type declared for it (type plain T)"}
	}
	defer decoding.Add(-1)
	desc := ""
	if d, ok := v.(described); ok {
		desc = d.desc
		v = d.v.Interface()
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		// encoding/json's own error, naming the type as declared.
		err := dec(v)
		var ie *json.InvalidUnmarshalError
		if errors.As(err, &ie) && ie.Type != nil {
			if name := fmtview.TypeName(ie.Type); name != ie.Type.String() {
				return &invalidTarget{ie, name}
			}
		}
		return err
	}
	// The struct a type error names: encoding/json names a struct by
	// its reflect type's name, which a cell struct's lacks.
	named := func(err error) error {
		var te *json.UnmarshalTypeError
		declared := ""
		if errors.As(err, &te) && te.Struct == "" && te.Field != "" {
			var fd string
			var ft reflect.Type
			te.Struct, te.Field, fd, ft = structName(rv.Type().Elem(), elemDesc(desc), te.Field)
			// (An element of a slice or the target of a pointer: its
			// type's name too.)
			fd = strings.TrimLeft(fd, "[]*")
			for ft != nil && (ft.Kind() == reflect.Slice || ft.Kind() == reflect.Array || ft.Kind() == reflect.Pointer) {
				ft = ft.Elem()
			}
			if d, ok := strings.CutPrefix(fd, "T:"); ok && te.Type != nil && te.Type == ft && te.Type.Kind() != reflect.Struct {
				declared = d // a field of a declared non-struct type
			}
		}
		if te != nil && te.Field == "" && te.Type != nil && te.Type == rv.Type().Elem() && te.Type.Kind() != reflect.Struct {
			if d, ok := strings.CutPrefix(elemDesc(desc), "T:"); ok {
				declared = d // the target itself, of a declared non-struct type
			}
		}
		if te != nil && te.Type != nil && err == error(te) && declared != "" {
			return &typeError{te, declared}
		}
		if te != nil && te.Type != nil && err == error(te) {
			// "of type main.Point", not the interpreter's struct type.
			if name := fmtview.TypeName(te.Type); name != te.Type.String() {
				return &typeError{te, name}
			}
		}
		return err
	}
	m := mirrorType(rv.Type(), desc)
	if m == rv.Type() {
		return named(dec(v))
	}
	mp := reflect.New(m.Elem())
	fill(mp.Elem(), rv.Elem(), elemDesc(desc), nil)
	err = named(dec(mp.Interface()))
	cerr := back(rv.Elem(), mp.Elem(), elemDesc(desc), "")
	if a, ok := cerr.(aborted); ok {
		cerr = a.error
	}
	if te, ok := cerr.(*typeError); ok && m.Elem() == jsonMethodsType {
		// The value decoded into is the pointer given: encoding/json
		// names its type.
		te.name = "*" + te.name
	}
	if err == nil {
		err = named(cerr)
	}
	return err
}

// decoding counts the decodes under way, each an UnmarshalJSON's decode
// inside another's at most maxNestedDecodes deep: deeper, a method is
// taken to call itself without end, which would overflow the stack and
// end the process.
var decoding atomic.Int32

const maxNestedDecodes = 256

// invalidTarget is encoding/json's error for a target that is no
// pointer, or a nil one, with its type named as declared
// ("json: Unmarshal(non-pointer main.Animal)").
type invalidTarget struct {
	*json.InvalidUnmarshalError
	name string
}

// Error says what encoding/json says, with the type's name.
func (e *invalidTarget) Error() string {
	return strings.Replace(e.InvalidUnmarshalError.Error(), e.Type.String()+")", e.name+")", 1)
}

// Unwrap returns the json error.
func (e *invalidTarget) Unwrap() error { return e.InvalidUnmarshalError }

// typeError is a json.UnmarshalTypeError whose Go type is a cell type,
// named as Go names it; errors.As finds the json error inside.
type typeError struct {
	*json.UnmarshalTypeError
	name string // the type's name ("main.Point", "[]main.Point")
}

// Error says what encoding/json says, with the type's name.
func (e *typeError) Error() string {
	return strings.Replace(e.UnmarshalTypeError.Error(), "of type "+e.Type.String(), "of type "+e.name, 1)
}

// Unwrap returns the json error.
func (e *typeError) Unwrap() error { return e.UnmarshalTypeError }

// back copies a decoded mirror m into v, calling the cell types'
// UnmarshalJSON and UnmarshalText methods with what was decoded for
// them; path is v's, as encoding/json names it in errors (the struct
// fields' keys).
func back(v, m reflect.Value, desc, path string) error {
	if m.Type() == v.Type() {
		v.Set(m)
		return nil
	}
	if m.Type() == jsonMethodsType {
		j := m.Interface().(jsonMethods)
		if !j.set {
			return nil
		}
		info := infoOf(v.Type(), desc)
		if _, ok := info.Methods["UnmarshalJSON"]; !ok && v.CanAddr() {
			if _, ok := info.Methods["UnmarshalText"]; ok {
				return unmarshalText(v, info, j.raw, path)
			}
		}
		if u, ok := info.Methods["UnmarshalJSON"]; ok && v.CanAddr() {
			recv := v.Addr()
			if !info.PtrMethods["UnmarshalJSON"] {
				recv = v
			}
			out := u.Call([]reflect.Value{recv, reflect.ValueOf(j.raw)})
			err, _ := out[0].Interface().(error)
			return abortWith(err, path)
		}
		p := reflect.New(mirrorType(v.Type(), plain))
		if err := json.Unmarshal(j.raw, p.Interface()); err != nil {
			return err
		}
		return back(v, p.Elem(), plain, path)
	}
	if m.Type() == textKeyType {
		return keyBack(v, infoOf(v.Type(), desc), m.Interface().(textKey).text, path)
	}
	if m.Type() == ptrJSONMethods && v.Kind() != reflect.Pointer {
		if m.IsNil() {
			return nil // (absent, or null)
		}
		return back(v, m.Elem(), desc, path)
	}
	if m.Kind() == reflect.Interface {
		if m.IsNil() {
			if v.Kind() == reflect.Interface || fmtview.IsIfaceValue(v.Type()) {
				v.Set(reflect.Zero(v.Type())) // null: as Go, nil
			}
			return nil
		}
		inner := m.Elem()
		if inner.Type().AssignableTo(v.Type()) {
			v.Set(inner)
			return nil
		}
		if v.Kind() == reflect.Interface {
			return nil
		}
		raw, err := json.Marshal(inner.Interface())
		if err != nil {
			return err
		}
		if fmtview.IsIfaceValue(v.Type()) {
			// A cell interface: as into any non-empty interface,
			// encoding/json decodes nothing but null.
			name := "interface"
			if d, ok := strings.CutPrefix(desc, "T:"); ok {
				name = d
			}
			return &typeError{&json.UnmarshalTypeError{Value: jsonKind(raw), Type: v.Type(), Field: path}, name}
		}
		// A recursive type's stand-in (see mirrorType), which json
		// decoded as it decodes into an any: decoded again as v's type.
		p := reflect.New(mirrorType(v.Type(), desc))
		if p.Elem().Type() == m.Type() {
			return Refused{"cannot decode into " + fmtview.TypeName(v.Type())}
		}
		if err := json.Unmarshal(raw, p.Interface()); err != nil {
			return err
		}
		return back(v, p.Elem(), desc, path)
	}
	var first error
	// keep keeps the first error and reports whether decoding ends.
	keep := func(err error) bool {
		if first == nil {
			first = err
		}
		var a aborted
		return errors.As(err, &a)
	}
	desc = underDesc(v.Type(), desc)
	switch v.Kind() {
	case reflect.Pointer:
		if m.IsNil() {
			v.Set(reflect.Zero(v.Type()))
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		keep(back(v.Elem(), m.Elem(), elemDesc(desc), path))
	case reflect.Slice:
		if m.IsNil() {
			v.Set(reflect.Zero(v.Type()))
			return nil
		}
		// As encoding/json decodes an array into a slice: in place,
		// growing it as it goes, cut to length at the end; a method's
		// error leaves it as it was then (an earlier, longer slice keeps
		// its length and its elements from there on).
		for i := 0; i < m.Len(); i++ {
			if i >= v.Cap() {
				v.Grow(1)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
			if keep(back(v.Index(i), m.Index(i), elemDesc(desc), path)) {
				return first
			}
		}
		switch {
		case m.Len() == 0:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0)) // ([] is an empty slice, not nil)
		case m.Len() < v.Len():
			v.SetLen(m.Len())
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if keep(back(v.Index(i), m.Index(i), elemDesc(desc), path)) {
				break
			}
		}
	case reflect.Map:
		if m.IsNil() {
			v.Set(reflect.Zero(v.Type()))
			return nil
		}
		kd, vd := mapDescs(desc)
		out := reflect.MakeMapWithSize(v.Type(), m.Len())
		it := m.MapRange()
		for it.Next() {
			k := reflect.New(v.Type().Key()).Elem()
			if keep(back(k, it.Key(), kd, path)) {
				break
			}
			e := reflect.New(v.Type().Elem()).Elem()
			stop := keep(back(e, it.Value(), vd, path))
			out.SetMapIndex(k, e)
			if stop {
				break
			}
		}
		v.Set(out)
	case reflect.Struct:
		if fmtview.Lookup(v.Type()) == nil && infoOf(v.Type(), desc) == nil {
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					if keep(back(v.Field(i), m.FieldByName(v.Type().Field(i).Name), "", joinPath(path, v.Type().Field(i).Name))) {
						break
					}
				}
			}
			return first
		}
		for j, e := range layoutOf(v.Type(), desc) {
			if keep(back(v.FieldByIndex(e.path), m.Field(j), e.desc, joinPath(path, e.key))) {
				break
			}
		}
	}
	return first
}

// aborted is the error of a cell type's UnmarshalJSON or UnmarshalText
// method: as in encoding/json, decoding ends there, the values after it
// are left as they were.
type aborted struct{ error }

// Unwrap returns the method's error.
func (a aborted) Unwrap() error { return a.error }

// abortWith is err, a method's error for the value at path, as an
// aborted; a type error gets path as encoding/json gives it the field
// it was decoding.
func abortWith(err error, path string) error {
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && path != "" {
		te.Struct = ""
		if te.Field == "" {
			te.Field = path
		} else {
			te.Field = path + "." + te.Field
		}
	}
	return aborted{err}
}

// joinPath adds a struct field's key to a path of them.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// structName is the name encoding/json gives, in an error, to the struct
// holding the field at path (dotted JSON keys, as the mirror's
// UnmarshalTypeError.Field) in a value of type t: the innermost struct's
// declared name. It also returns path as encoding/json spells it for t
// itself, which names the embedded structs a promoted field comes
// through (Base.id where the mirror, which promotes it, says id), and
// the field's description (see fieldDesc): "T:main.Status" for a field
// of a declared non-struct type.
func structName(t reflect.Type, desc, path string) (name, goPath, fieldDesc string, fieldType reflect.Type) {
	var spelled []string
	for _, part := range strings.Split(path, ".") {
		spelled = append(spelled, part)
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			if t.Kind() == reflect.Map {
				_, desc = mapDescs(desc)
			} else {
				desc = elemDesc(desc)
			}
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			continue
		}
		if info := infoOf(t, desc); info != nil && !strings.HasPrefix(info.Name, "struct {") {
			name = strings.TrimPrefix(info.Name, "main.")
		} else {
			name = t.Name() // "" for a struct literal's type, as Go's
		}
		next, nextDesc := reflect.Type(nil), ""
		for _, e := range layoutOf(t, desc) {
			if next == nil && e.key == part {
				next, nextDesc = e.typ, e.desc
				embeds := embeddedNames(t, desc, e.path)
				spelled = append(append(spelled[:len(spelled)-1], embeds...), part)
			}
		}
		if next == nil {
			t, desc = reflect.TypeOf(0), "" // the rest of path is in no struct
			continue
		}
		t, desc = next, nextDesc
	}
	return name, strings.Join(spelled, "."), desc, t
}

// embeddedNames returns the declared names of the embedded fields that
// path (a field's index path in a value of type t) goes through.
func embeddedNames(t reflect.Type, desc string, path []int) []string {
	var names []string
	for _, i := range path[:len(path)-1] {
		sf := t.Field(i)
		n, fd := sf.Name, ""
		if info := infoOf(t, desc); info != nil {
			if i < len(info.Fields) {
				n = info.Fields[i]
			}
			if i < len(info.FieldDescs) {
				fd = info.FieldDescs[i]
			}
		}
		names = append(names, n)
		t, desc = sf.Type, fd
	}
	return names
}
