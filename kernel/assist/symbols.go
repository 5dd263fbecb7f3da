package assist

import (
	"go/constant"
	"reflect"
	"sort"
)

// cand is one completion candidate.
type cand struct {
	text, kind, sig string
}

var constType = reflect.TypeFor[constant.Value]()

// symKind classifies an entry of a yaegi export table.
func symKind(v reflect.Value) string {
	switch {
	case !v.IsValid():
		return ""
	case v.CanAddr():
		return "var"
	case v.Kind() == reflect.Func:
		return "func"
	case v.Kind() == reflect.Pointer && v.IsNil():
		return "type"
	}
	return "const"
}

// packageMembers lists the exported members of the package at path, as
// its export table has them: what the interpreter can call.
func (w *world) packageMembers(path string) []cand {
	m := w.members(path)
	out := make([]cand, 0, len(m))
	for name, v := range m {
		if name == "" || name[0] == '_' {
			continue
		}
		c := cand{text: name}
		switch symKind(v) {
		case "func":
			c.kind, c.sig = "function", "func "+name+trimFunc(typeString(v.Type()))
		case "type":
			c.kind, c.sig = "type", "type "+name+" "+kindWord(v.Type().Elem())
		case "var":
			c.kind, c.sig = "variable", "var "+name+" "+typeString(v.Type())
		default:
			c.kind, c.sig = "constant", "const "+name
			if !v.Type().Implements(constType) {
				c.sig += " " + typeString(v.Type())
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].text < out[j].text })
	return out
}

func kindWord(rt reflect.Type) string {
	switch rt.Kind() {
	case reflect.Struct:
		return "struct"
	case reflect.Interface:
		return "interface"
	}
	return rt.Kind().String()
}

// value returns a session global's current value.
func (w *world) value(name string) (v reflect.Value, ok bool) {
	if w.s == nil {
		return v, false
	}
	defer func() {
		if recover() != nil {
			v, ok = reflect.Value{}, false
		}
	}()
	v, ok = w.s.Value(name)
	return v, ok && v.IsValid()
}
