package assist

import (
	"go/token"
	"reflect"
)

// keywords are Go's 25 keywords.
var keywords = func() []string {
	var k []string
	for t := token.BREAK; t <= token.VAR; t++ {
		if t.IsKeyword() {
			k = append(k, t.String())
		}
	}
	return k
}()

// builtinFuncs gives the predeclared functions with their signatures as
// the builtin package documents them.
var builtinFuncs = map[string]string{
	"append":  "func append(slice []Type, elems ...Type) []Type",
	"cap":     "func cap(v Type) int",
	"clear":   "func clear[T ~[]Type | ~map[Type]Type1](t T)",
	"close":   "func close(c chan<- Type)",
	"complex": "func complex(r, i FloatType) ComplexType",
	"copy":    "func copy(dst, src []Type) int",
	"delete":  "func delete(m map[Type]Type1, key Type)",
	"imag":    "func imag(c ComplexType) FloatType",
	"len":     "func len(v Type) int",
	"make":    "func make(t Type, size ...IntegerType) Type",
	"max":     "func max[T cmp.Ordered](x T, y ...T) T",
	"min":     "func min[T cmp.Ordered](x T, y ...T) T",
	"new":     "func new(Type) *Type",
	"panic":   "func panic(v any)",
	"print":   "func print(args ...Type)",
	"println": "func println(args ...Type)",
	"real":    "func real(c ComplexType) FloatType",
	"recover": "func recover() any",
}

// builtinTypes maps the predeclared types to their reflect types.
var builtinTypes = map[string]reflect.Type{
	"any":        reflect.TypeFor[any](),
	"bool":       reflect.TypeFor[bool](),
	"byte":       reflect.TypeFor[byte](),
	"comparable": nil,
	"complex64":  reflect.TypeFor[complex64](),
	"complex128": reflect.TypeFor[complex128](),
	"error":      reflect.TypeFor[error](),
	"float32":    reflect.TypeFor[float32](),
	"float64":    reflect.TypeFor[float64](),
	"int":        reflect.TypeFor[int](),
	"int8":       reflect.TypeFor[int8](),
	"int16":      reflect.TypeFor[int16](),
	"int32":      reflect.TypeFor[int32](),
	"int64":      reflect.TypeFor[int64](),
	"rune":       reflect.TypeFor[rune](),
	"string":     reflect.TypeFor[string](),
	"uint":       reflect.TypeFor[uint](),
	"uint8":      reflect.TypeFor[uint8](),
	"uint16":     reflect.TypeFor[uint16](),
	"uint32":     reflect.TypeFor[uint32](),
	"uint64":     reflect.TypeFor[uint64](),
	"uintptr":    reflect.TypeFor[uintptr](),
}

// builtinConsts are the predeclared constants and nil.
var builtinConsts = map[string]string{
	"true":  "const true = 0 == 0 // untyped bool",
	"false": "const false = 0 != 0 // untyped bool",
	"iota":  "const iota = 0 // untyped int",
	"nil":   "var nil Type // Type must be a pointer, channel, func, interface, map, or slice type",
}

// universe reports whether name is predeclared.
func universe(name string) bool {
	if _, ok := builtinFuncs[name]; ok {
		return true
	}
	if _, ok := builtinTypes[name]; ok {
		return true
	}
	_, ok := builtinConsts[name]
	return ok
}
