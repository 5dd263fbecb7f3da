package assist

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

var emptyFset = token.NewFileSet()

// nodeString prints an AST node as source.
func nodeString(n ast.Node) string {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return ""
	}
	var b bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}
	if err := cfg.Fprint(&b, emptyFset, n); err != nil {
		return ""
	}
	return b.String()
}

// typeString prints a reflect type as Go source would, with any for the
// empty interface.
func typeString(t reflect.Type) string {
	if t == nil {
		return ""
	}
	return strings.ReplaceAll(t.String(), "interface {}", "any")
}

// trimFunc removes the leading "func" of a printed function type, so that
// a name can be put in front: "func" + "(a int) error".
func trimFunc(s string) string {
	return strings.TrimPrefix(s, "func")
}

// shortValue formats a value for display in at most about max bytes,
// without calling methods of interpreted types and without walking more
// of a large value than it shows.
func shortValue(v reflect.Value, max int) (s string) {
	defer func() {
		if recover() != nil {
			s = "<unavailable>"
		}
	}()
	var b strings.Builder
	f := &valueFormatter{b: &b, budget: max}
	f.format(v, 0)
	s = b.String()
	if f.budget < 0 {
		s = truncate(s, max) + "…"
	}
	return s
}

type valueFormatter struct {
	b      *strings.Builder
	budget int
}

func (f *valueFormatter) write(s string) {
	f.b.WriteString(s)
	f.budget -= len(s)
}

func (f *valueFormatter) full() bool { return f.budget < 0 }

var (
	stringerType = reflect.TypeFor[fmt.Stringer]()
	errorType    = reflect.TypeFor[error]()
)

func (f *valueFormatter) format(v reflect.Value, depth int) {
	if f.full() {
		return
	}
	if !v.IsValid() {
		f.write("<nil>")
		return
	}
	// Compiled types (those of a real package) may say how they print.
	// Methods of interpreted types are not called: they could block.
	t := v.Type()
	if t.PkgPath() != "" && v.CanInterface() {
		sv := v
		if !t.Implements(errorType) && !t.Implements(stringerType) && v.CanAddr() {
			sv = v.Addr() // String with a pointer receiver (strings.Builder)
		}
		st := sv.Type()
		if st.Implements(errorType) || st.Implements(stringerType) {
			if (st.Kind() != reflect.Pointer && st.Kind() != reflect.Interface) || !sv.IsNil() {
				if s, ok := callString(sv); ok {
					f.write(s)
					return
				}
			}
		}
	}
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if len(s) > f.budget+2 {
			s = truncate(s, f.budget+2)
			f.write(strconv.Quote(s))
			f.budget = -1
			return
		}
		f.write(strconv.Quote(s))
	case reflect.Bool:
		f.write(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.write(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		f.write(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		f.write(strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()))
	case reflect.Complex64, reflect.Complex128:
		f.write(fmt.Sprint(v.Complex()))
	case reflect.Pointer:
		if v.IsNil() {
			f.write("<nil>")
			return
		}
		if depth > 0 {
			f.write(fmt.Sprintf("%#x", v.Pointer()))
			return
		}
		switch v.Elem().Kind() {
		case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map:
			f.write("&")
			f.format(v.Elem(), depth+1)
		default:
			f.write(fmt.Sprintf("%#x", v.Pointer()))
		}
	case reflect.Interface:
		if v.IsNil() {
			f.write("<nil>")
			return
		}
		f.format(v.Elem(), depth)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			f.write("[]")
			return
		}
		f.write("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				f.write(" ")
			}
			if f.full() {
				return
			}
			f.format(v.Index(i), depth+1)
		}
		f.write("]")
	case reflect.Map:
		if v.IsNil() {
			f.write("map[]")
			return
		}
		keys := v.MapKeys()
		if len(keys) <= 256 {
			sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		}
		f.write("map[")
		for i, k := range keys {
			if i > 0 {
				f.write(" ")
			}
			if f.full() {
				return
			}
			f.format(k, depth+1)
			f.write(":")
			f.format(v.MapIndex(k), depth+1)
		}
		f.write("]")
	case reflect.Struct:
		f.write("{")
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				f.write(" ")
			}
			if f.full() {
				return
			}
			f.format(v.Field(i), depth+1)
		}
		f.write("}")
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		if v.IsNil() {
			f.write("<nil>")
			return
		}
		f.write(fmt.Sprintf("%#x", v.Pointer()))
	default:
		f.write(v.Kind().String())
	}
}

func callString(v reflect.Value) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
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

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if n < 0 {
		n = 0
	}
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// indent prefixes every non-empty line of s with prefix.
func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
