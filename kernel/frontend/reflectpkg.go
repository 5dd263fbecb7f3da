package frontend

import (
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"sort"
	"strings"
)

// fromSymbols describes package p from the interpreter's symbol table for
// it: funcs, vars, consts and types as reflection sees the compiled
// package. im.mu is held.
func (im *Importer) fromSymbols(p string) (*types.Package, error) {
	syms := im.symbols[p]
	pkg := types.NewPackage(p, packageName(p))
	im.pkgs[p] = pkg // types of the package refer to the package
	b := &reflectTypes{im: im}
	names := make([]string, 0, len(syms))
	for n := range syms {
		names = append(names, n)
	}
	sort.Strings(names)
	// Types first, so that funcs and vars refer to them.
	for _, n := range names {
		v := syms[n]
		if strings.HasPrefix(n, "_") || !v.IsValid() {
			continue // interface wrappers of yaegi
		}
		if v.Kind() == reflect.Ptr && v.IsNil() {
			t := v.Type().Elem()
			if t.Name() == n && t.PkgPath() == p {
				b.typ(t)
			} else {
				// An alias: type A = B.
				pkg.Scope().Insert(types.NewTypeName(token.NoPos, pkg, n, b.typ(t)))
			}
		}
	}
	for _, n := range names {
		v := syms[n]
		if strings.HasPrefix(n, "_") || !v.IsValid() || pkg.Scope().Lookup(n) != nil {
			continue
		}
		switch {
		case v.Kind() == reflect.Ptr && v.IsNil():
		case v.Kind() == reflect.Func:
			sig, _ := b.typ(v.Type()).(*types.Signature)
			if sig != nil {
				pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, n, sig))
			}
		case v.Kind() == reflect.Ptr:
			pkg.Scope().Insert(types.NewVar(token.NoPos, pkg, n, b.typ(v.Type().Elem())))
		default:
			if c, ok := v.Interface().(constant.Value); ok {
				pkg.Scope().Insert(types.NewConst(token.NoPos, pkg, n, untypedOf(c), c))
				continue
			}
			t := b.typ(v.Type())
			if c := constOf(v); c != nil {
				pkg.Scope().Insert(types.NewConst(token.NoPos, pkg, n, t, c))
			} else {
				pkg.Scope().Insert(types.NewVar(token.NoPos, pkg, n, t))
			}
		}
	}
	pkg.MarkComplete()
	return pkg, nil
}

// packageName is the name a package is imported under by default.
func packageName(p string) string {
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		if d := path.Dir(p); d != "." {
			base = path.Base(d)
		}
	}
	return strings.NewReplacer("-", "_", ".", "_").Replace(base)
}

func untypedOf(c constant.Value) types.Type {
	switch c.Kind() {
	case constant.Bool:
		return types.Typ[types.UntypedBool]
	case constant.String:
		return types.Typ[types.UntypedString]
	case constant.Float:
		return types.Typ[types.UntypedFloat]
	case constant.Complex:
		return types.Typ[types.UntypedComplex]
	}
	return types.Typ[types.UntypedInt]
}

func constOf(v reflect.Value) constant.Value {
	switch v.Kind() {
	case reflect.Bool:
		return constant.MakeBool(v.Bool())
	case reflect.String:
		return constant.MakeString(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint())
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float())
	}
	return nil
}

// reflectTypes converts reflect types to go/types types.
type reflectTypes struct {
	im *Importer
}

// ifaceShape stands for the unnamed interface type with the methods of
// the named interface type it holds.
type ifaceShape struct{ reflect.Type }

// Name reports no name: the shape is unnamed.
func (ifaceShape) Name() string { return "" }

var basicKinds = map[reflect.Kind]types.BasicKind{
	reflect.Bool: types.Bool, reflect.Int: types.Int, reflect.Int8: types.Int8, reflect.Int16: types.Int16,
	reflect.Int32: types.Int32, reflect.Int64: types.Int64, reflect.Uint: types.Uint, reflect.Uint8: types.Uint8,
	reflect.Uint16: types.Uint16, reflect.Uint32: types.Uint32, reflect.Uint64: types.Uint64,
	reflect.Uintptr: types.Uintptr, reflect.Float32: types.Float32, reflect.Float64: types.Float64,
	reflect.Complex64: types.Complex64, reflect.Complex128: types.Complex128, reflect.String: types.String,
	reflect.UnsafePointer: types.UnsafePointer,
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func (b *reflectTypes) typ(t reflect.Type) types.Type {
	if _, ok := t.(ifaceShape); ok {
		goto structure
	}
	if t == errorType {
		return types.Universe.Lookup("error").Type()
	}
	if t.Name() != "" && t.PkgPath() != "" {
		return b.namedType(t)
	}
structure:
	if k, ok := basicKinds[t.Kind()]; ok {
		return types.Typ[k]
	}
	switch t.Kind() {
	case reflect.Ptr:
		return types.NewPointer(b.typ(t.Elem()))
	case reflect.Slice:
		return types.NewSlice(b.typ(t.Elem()))
	case reflect.Array:
		return types.NewArray(b.typ(t.Elem()), int64(t.Len()))
	case reflect.Map:
		return types.NewMap(b.typ(t.Key()), b.typ(t.Elem()))
	case reflect.Chan:
		dir := types.SendRecv
		switch t.ChanDir() {
		case reflect.SendDir:
			dir = types.SendOnly
		case reflect.RecvDir:
			dir = types.RecvOnly
		}
		return types.NewChan(dir, b.typ(t.Elem()))
	case reflect.Func:
		return b.signature(t, nil)
	case reflect.Struct:
		var fields []*types.Var
		var tags []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fields = append(fields, types.NewField(token.NoPos, b.pkgOf(f.PkgPath), f.Name, b.typ(f.Type), f.Anonymous))
			tags = append(tags, string(f.Tag))
		}
		return types.NewStruct(fields, tags)
	case reflect.Interface:
		if sh, ok := t.(ifaceShape); ok {
			t = sh.Type
		}
		var methods []*types.Func
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			sig := b.signature(m.Type, nil)
			methods = append(methods, types.NewFunc(token.NoPos, b.pkgOf(m.PkgPath), m.Name, sig))
		}
		it := types.NewInterfaceType(methods, nil)
		it.Complete()
		return it
	}
	return types.Typ[types.Invalid]
}

// pkgOf returns the package of an unexported name (nil for exported).
func (b *reflectTypes) pkgOf(pkgPath string) *types.Package {
	if pkgPath == "" {
		return nil
	}
	return b.pkg(pkgPath)
}

// pkg returns the package for path, importing it when the interpreter
// has it and making an opaque one otherwise.
func (b *reflectTypes) pkg(p string) *types.Package {
	if pkg, ok := b.im.pkgs[p]; ok {
		return pkg
	}
	if b.im.HasPackage(p) {
		if pkg, err := b.im.load(p); err == nil {
			return pkg
		}
	}
	pkg := types.NewPackage(p, packageName(p))
	b.im.pkgs[p] = pkg
	return pkg
}

// namedType returns the types.Named for a named reflect type.
func (b *reflectTypes) namedType(t reflect.Type) types.Type {
	if n, ok := b.im.named[t]; ok {
		return n
	}
	pkg := b.pkg(t.PkgPath())
	name := t.Name()
	generic := strings.IndexByte(name, '[') >= 0
	if !generic {
		if obj, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok {
			if n, ok := obj.Type().(*types.Named); ok && n.Underlying() != nil {
				return n // a package loaded from source, or built already
			}
		}
	}
	tn := types.NewTypeName(token.NoPos, pkg, name, nil)
	n := types.NewNamed(tn, nil, nil)
	b.im.named[t] = n
	if !generic && !pkg.Complete() {
		pkg.Scope().Insert(tn)
	}
	if t.Kind() == reflect.Interface {
		n.SetUnderlying(b.typ(unnamedInterface(t)))
		return n
	}
	n.SetUnderlying(b.underlying(t))
	// Methods with a value receiver are in T's method set; the others
	// only in *T's.
	value := map[string]bool{}
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		value[m.Name] = true
		n.AddMethod(b.method(n, m, false))
	}
	pt := reflect.PointerTo(t)
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		if !value[m.Name] {
			n.AddMethod(b.method(n, m, true))
		}
	}
	return n
}

// unnamedInterface returns an unnamed interface type with t's methods
// (exported ones: reflection cannot build unexported methods).
func unnamedInterface(t reflect.Type) reflect.Type {
	return ifaceShape{t}
}

// underlying describes t's underlying type (t is named).
func (b *reflectTypes) underlying(t reflect.Type) types.Type {
	if k, ok := basicKinds[t.Kind()]; ok {
		return types.Typ[k]
	}
	switch t.Kind() {
	case reflect.Ptr:
		return types.NewPointer(b.typ(t.Elem()))
	case reflect.Slice:
		return types.NewSlice(b.typ(t.Elem()))
	case reflect.Array:
		return types.NewArray(b.typ(t.Elem()), int64(t.Len()))
	case reflect.Map:
		return types.NewMap(b.typ(t.Key()), b.typ(t.Elem()))
	case reflect.Chan, reflect.Func:
		// Build the unnamed type with the same structure.
		return b.structural(t)
	case reflect.Struct:
		var fields []*types.Var
		var tags []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fields = append(fields, types.NewField(token.NoPos, b.pkgOf(f.PkgPath), f.Name, b.typ(f.Type), f.Anonymous))
			tags = append(tags, string(f.Tag))
		}
		return types.NewStruct(fields, tags)
	}
	return types.Typ[types.Invalid]
}

// structural describes a named chan or func type's structure.
func (b *reflectTypes) structural(t reflect.Type) types.Type {
	if t.Kind() == reflect.Func {
		return b.signature(t, nil)
	}
	dir := types.SendRecv
	switch t.ChanDir() {
	case reflect.SendDir:
		dir = types.SendOnly
	case reflect.RecvDir:
		dir = types.RecvOnly
	}
	return types.NewChan(dir, b.typ(t.Elem()))
}

// method describes a method of n from reflection (m.Type has the
// receiver as its first parameter).
func (b *reflectTypes) method(n *types.Named, m reflect.Method, ptr bool) *types.Func {
	var recvT types.Type = n
	if ptr {
		recvT = types.NewPointer(n)
	}
	recv := types.NewVar(token.NoPos, n.Obj().Pkg(), "", recvT)
	sig := b.signature(m.Type, recv)
	return types.NewFunc(token.NoPos, n.Obj().Pkg(), m.Name, sig)
}

// signature describes a func type; with recv, the first parameter of t
// is the receiver.
func (b *reflectTypes) signature(t reflect.Type, recv *types.Var) *types.Signature {
	first := 0
	if recv != nil {
		first = 1
	}
	var params, results []*types.Var
	for i := first; i < t.NumIn(); i++ {
		params = append(params, types.NewParam(token.NoPos, nil, "", b.typ(t.In(i))))
	}
	for i := 0; i < t.NumOut(); i++ {
		results = append(results, types.NewParam(token.NoPos, nil, "", b.typ(t.Out(i))))
	}
	return types.NewSignatureType(recv, nil, nil, types.NewTuple(params...), types.NewTuple(results...), t.IsVariadic())
}
