package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goteach/goteach/kernel/internal/fmtverb"
)

// goTypeName is what %T prints for a value of static type t (not an
// interface): Go's spelling, the session's types in package main.
func goTypeName(t types.Type) string {
	return typeArgsTight(reflectTypeString(t))
}

// typeArgsTight writes the type argument lists of a type's Go spelling
// as the runtime does: "main.Pair[string,int]", not "main.Pair[string, int]"
// (other lists, a func's parameters, keep their blanks).
func typeArgsTight(s string) string {
	in := inTypeArgs(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && in[i] && i > 0 && s[i-1] == ',' {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// inTypeArgs tells, for each byte of a type's Go spelling, whether the
// innermost list it is in is a type argument list (after "Name[", not
// "map[", "[]" or a func's parentheses).
func inTypeArgs(s string) []bool {
	in := make([]bool, len(s))
	var open []bool // for each open bracket or parenthesis: a type argument list
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			j := i
			for j > 0 && typeNameByte(s[j-1]) {
				j--
			}
			word := s[j:i]
			open = append(open, word != "" && word != "map" && !strings.HasSuffix(word, ".map"))
		case '(', '{':
			open = append(open, false)
		case ']', ')', '}':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
		in[i] = len(open) > 0 && open[len(open)-1]
	}
	return in
}

// typeNameByte reports whether c may be part of a qualified type name.
func typeNameByte(c byte) bool {
	return c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// namedStatically reports whether %T of a value of type t names what
// only the static type tells: an iterator type, or a func type with the
// session's types (a method expression: func(main.Counter) string).
func namedStatically(t types.Type, main *types.Package) bool {
	return namedStaticallyIn(t, main, map[types.Type]bool{})
}

// namedStaticallyIn is namedStatically, seen the named types looked into
// already (a type may hold itself: container/list's Element).
func namedStaticallyIn(t types.Type, main *types.Package, seen map[types.Type]bool) bool {
	if iterType(t) {
		return true
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if seen[n] {
			return false
		}
		seen[n] = true
	}
	switch u := t.Underlying().(type) {
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if mayHoldCellType(tup.At(i).Type(), main, 1) || namedStaticallyIn(tup.At(i).Type(), main, seen) {
					return true
				}
			}
		}
	case *types.Map:
		return namedStaticallyIn(u.Key(), main, seen) || namedStaticallyIn(u.Elem(), main, seen)
	case *types.Chan:
		// The views do not look into channels: a chan of the session's
		// types is named from its static type too.
		return mayHoldCellType(u.Elem(), main, 1) || namedStaticallyIn(u.Elem(), main, seen)
	case interface{ Elem() types.Type }: // slice, array, pointer
		return namedStaticallyIn(u.Elem(), main, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if namedStaticallyIn(u.Field(i).Type(), main, seen) {
				return true
			}
		}
	}
	return false
}

// iterType reports whether t is an instance of iter.Seq or iter.Seq2,
// which cells run as its func type: %T names it from the static type.
func iterType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "iter" && n.TypeArgs().Len() > 0 && concreteType(n, 0)
}

// desc describes a static type for fmtview.As: the parts the
// interpreter's reflect types cannot tell apart (declared types that are
// not structs, struct types declared in a func). "" when there are none.
func (l *lowerer) desc(t types.Type, depth int) string {
	if depth > 4 {
		return ""
	}
	if a, ok := t.(*types.Alias); ok {
		// (An instance of a generic alias, List[Temp] of type List[T
		// any] = []T, is the type it stands for too.)
		t = types.Unalias(a)
	}
	switch t := t.(type) {
	case *types.Named:
		if t.Obj().Pkg() == l.c.pkg && t.Obj().Parent() == l.c.pkg.Scope() {
			if _, ok := t.Underlying().(*types.Struct); !ok && (t.TypeArgs().Len() == 0 || concreteType(t, 0)) {
				return "T:" + goTypeName(t)
			}
			if st, ok := t.Underlying().(*types.Struct); ok && st.NumFields() == 0 || l.twinStruct(t) {
				return "T:" + goTypeName(t)
			}
		}
		if l.localNamed(t) {
			return "T:" + goTypeName(t) // (see localTypeViews)
		}
		if st, ok := t.Underlying().(*types.Struct); ok && t.Obj().Pkg() == l.c.pkg && t.Obj().Parent() != l.c.pkg.Scope() && t.TypeArgs().Len() == 0 && mentionsLocal(t, l.c.pkg) {
			// A struct type declared in a func: the engine cannot
			// register it ahead, so the description carries its name
			// and field names.
			return "S:" + goTypeName(t) + ";" + l.fieldList(st, depth)
		}
	case *types.Struct:
		// A struct literal's type: the interpreter renames its
		// unexported fields, and a field of a declared type prints by
		// that type (struct{ D Day } with Day's String).
		described := false
		for i := 0; i < t.NumFields(); i++ {
			// (The interpreter marks no field embedded in a struct
			// with several: encoding/json would not promote theirs.)
			described = described || !t.Field(i).Exported() || l.desc(t.Field(i).Type(), depth+1) != "" || t.Field(i).Embedded() && t.NumFields() > 1
		}
		if described {
			return "S:" + goTypeName(t) + ";" + l.fieldList(t, depth)
		}
	case *types.Pointer:
		if d := l.desc(t.Elem(), depth+1); d != "" {
			return "*" + d
		}
	case *types.Slice:
		if d := l.desc(t.Elem(), depth+1); d != "" {
			return "[]" + d
		}
	case *types.Array:
		if d := l.desc(t.Elem(), depth+1); d != "" {
			return "[]" + d
		}
	case *types.Map:
		k, v := l.desc(t.Key(), depth+1), l.desc(t.Elem(), depth+1)
		if k != "" || v != "" {
			return "M(" + k + ")" + v
		}
	}
	return ""
}

// localNamed reports whether t is a type a func of the cell declares,
// not a struct or an interface, that fmtview knows by its Go name (a
// value of type L []C of main prints as L, main.L{…} under %#v, and its
// elements by C's String): its declaration registers it (localTypeViews).
// A name the package, or another func of the cell, gives a type too is
// left out, as are generic funcs' types.
func (l *lowerer) localNamed(t *types.Named) bool {
	o := t.Obj()
	if o.Pkg() != l.c.pkg || o.Parent() == nil || o.Parent() == l.c.pkg.Scope() || t.TypeArgs().Len() > 0 || !l.c.inCell(o.Pos()) {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	if hasTypeParam(t.Underlying(), 0) || l.inGeneric(o.Pos()) || l.c.pkg.Scope().Lookup(o.Name()) != nil || types.Universe.Lookup(o.Name()) != nil {
		return false
	}
	if _, renamed := l.localNames[o]; renamed {
		return false
	}
	if l.localCount == nil {
		l.localCount = map[string]int{}
		for id, obj := range l.c.info.Defs {
			if tn, ok := obj.(*types.TypeName); ok && tn.Parent() != nil && tn.Parent() != l.c.pkg.Scope() && l.c.inCell(id.Pos()) {
				l.localCount[tn.Name()]++
			}
		}
	}
	return l.localCount[o.Name()] == 1
}

// fieldList describes the fields of a struct type fmtview cannot look
// up: their names, each with "=" and its type's description when it has
// one ("name,status=T:main.Status", "items={[]S:main.item;name,sku}").
//
// An embedded field is marked by "~" (the interpreter's reflect type
// marks none of a struct with several fields), and the field whose
// Format, Error or String method the struct type has by embedding it
// (the interpreter gives a func's struct type or a struct literal's no
// methods) by "^" and the method's initial before that:
// "^S~Money=T:main.Money,label" for struct{ Money; label string }.
func (l *lowerer) fieldList(st *types.Struct, depth int) string {
	by, with := -1, ""
	ms := types.NewMethodSet(st)
	for _, m := range []string{"Format", "Error", "String"} {
		if sel := ms.Lookup(nil, m); sel != nil {
			by, with = sel.Index()[0], m[:1]
			break
		}
	}
	names := make([]string, st.NumFields())
	for i := range names {
		names[i] = st.Field(i).Name()
		if st.Field(i).Embedded() {
			names[i] = "~" + names[i]
		}
		if i == by {
			names[i] = "^" + with + names[i]
		}
		if d := l.desc(st.Field(i).Type(), depth+1); d != "" {
			if strings.ContainsAny(d, ",;={}") {
				d = "{" + d + "}" // (see fmtview's localInfo)
			}
			names[i] += "=" + d
		}
	}
	return strings.Join(names, ",")
}

// declaredTypes are the types the session declares at the package
// level, generic ones and aliases left out.
func (l *lowerer) declaredTypes() []*types.Named {
	var out []*types.Named
	scope := l.c.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 {
			out = append(out, n)
		}
	}
	return out
}

// twinStruct reports whether t, a struct type the session declares, has
// a twin: another declared struct type with the same fields, once the
// session's types are read as the interpreter builds them (a declared
// type as its underlying type: struct{ v ID } and struct{ v int } are
// twins, and so are the copies of Box[ID] and Box[int]). The interpreter
// gives both one reflect type, so that only their names, at the call,
// tell their values apart.
func (l *lowerer) twinStruct(t *types.Named) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || t.TypeArgs().Len() > 0 {
		return false
	}
	if st.NumFields() > 0 && st.Field(0).Pkg() != l.c.pkg {
		// Defined from a compiled struct type (type Stamp time.Time):
		// its reflect type is that type's.
		return true
	}
	if l.twins == nil {
		l.twins = map[*types.TypeName]bool{}
		seen := map[string][]*types.TypeName{}
		for _, n := range l.declaredTypes() {
			tn := n.Obj()
			u, ok := n.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			key := l.erased(u, nil)
			for _, other := range seen[key] {
				l.twins[tn], l.twins[other] = true, true
			}
			seen[key] = append(seen[key], tn)
		}
	}
	return l.twins[t.Obj()]
}

// erased writes t as the interpreter's reflect type sees it: the
// session's declared types replaced by their underlying types (a type
// met again inside itself by its name).
func (l *lowerer) erased(t types.Type, in []*types.Named) string {
	var b strings.Builder
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() != l.c.pkg || slices.Contains(in, t) {
				b.WriteString(types.TypeString(t, nil))
				return
			}
			in = append(in, t)
			walk(t.Underlying())
			in = in[:len(in)-1]
		case *types.Pointer:
			b.WriteString("*")
			walk(t.Elem())
		case *types.Slice:
			b.WriteString("[]")
			walk(t.Elem())
		case *types.Array:
			fmt.Fprintf(&b, "[%d]", t.Len())
			walk(t.Elem())
		case *types.Map:
			b.WriteString("map[")
			walk(t.Key())
			b.WriteString("]")
			walk(t.Elem())
		case *types.Chan:
			fmt.Fprintf(&b, "chan(%d) ", t.Dir())
			walk(t.Elem())
		case *types.Struct:
			b.WriteString("struct{")
			for i := 0; i < t.NumFields(); i++ {
				f := t.Field(i)
				fmt.Fprintf(&b, "%s %v ", f.Name(), f.Embedded())
				walk(f.Type())
				b.WriteString(" " + strconv.Quote(t.Tag(i)) + ";")
			}
			b.WriteString("}")
		default:
			b.WriteString(types.TypeString(t, nil))
		}
	}
	walk(t)
	return b.String()
}

// sharedTypeVerbs lowers a constant format one of whose %T operands
// another verb formats too ("%[1]v is a %[1]T"), when that operand's
// type is known here (or the operand is a variable): its name is added
// as an operand of its own, which the %T becomes a %s of, every verb
// naming its operand by index. It
// returns the operands added (", \"main.Celsius\""), which go after the
// last one's lowering; none when it did not lower the format (not for a
// width or precision taken from the operands).
func (l *lowerer) sharedTypeVerbs(e *ast.CallExpr, first int, format string) string {
	verbs := fmtverb.Parse(format)
	uses := map[int]int{}
	for _, v := range verbs {
		if strings.Contains(format[v.Start:v.End], "*") {
			return ""
		}
		uses[v.Arg]++
	}
	names := map[int]string{}
	for _, v := range verbs {
		if v.Verb != 'T' || uses[v.Arg] < 2 || first+v.Arg >= len(e.Args) {
			continue
		}
		a := e.Args[first+v.Arg]
		t := l.c.info.Types[a].Type
		if t == nil || !mayHoldCellType(t, l.c.pkg, 0) && !namedStatically(t, l.c.pkg) && !holdsStructLiteral(t, 0) {
			continue
		}
		if !types.IsInterface(t) {
			names[v.Arg] = strconv.Quote(l.c.markLocal(instanceSpelled(goTypeName(t)), t))
		} else if id, ok := unparen(a).(*ast.Ident); ok {
			// Its dynamic type's name, from the variable read again.
			names[v.Arg] = hook + ".TypeName(" + id.Name + `, "")`
		}
	}
	if len(names) == 0 {
		return ""
	}
	var b, extra strings.Builder
	last, next := 0, len(e.Args)-first
	for _, v := range verbs {
		_, size := utf8.DecodeRuneInString(format[v.End-1:])
		for size < v.End-v.Start && !utf8.RuneStart(format[v.End-size]) {
			size++
		}
		text := format[v.Start : v.End-size]
		if i := strings.LastIndexByte(text, '['); i >= 0 && strings.HasSuffix(text, "]") {
			text = text[:i]
		}
		b.WriteString(format[last:v.Start] + text)
		if name, ok := names[v.Arg]; ok && v.Verb == 'T' {
			next++
			b.WriteString("[" + strconv.Itoa(next) + "]s")
			extra.WriteString(", " + name)
		} else {
			b.WriteString("[" + strconv.Itoa(v.Arg+1) + "]" + format[v.End-size:v.End])
		}
		last = v.End
	}
	b.WriteString(format[last:])
	fe := e.Args[first-1]
	l.ed.replace(l.off(fe.Pos()), l.off(fe.End()), strconv.Quote(b.String()))
	return extra.String()
}

// printOperands names the session's types where the interpreter loses
// them: %T operands of a constant format become the type's name (%s),
// and operands of declared non-struct types get their description. It
// returns the operands to add after the last one (sharedTypeVerbs).
func (l *lowerer) printOperands(e *ast.CallExpr, sig *types.Signature, first int) (extra string) {
	typeArgs := map[int]bool{}
	sharp := map[int]bool{} // operands of %#v
	if first > 0 && sig.Params().At(first-1).Name() == "format" && first-1 < len(e.Args) && !e.Ellipsis.IsValid() {
		fe := e.Args[first-1]
		if tv := l.c.info.Types[fe]; tv.Value != nil && tv.Value.Kind() == constant.String {
			format := constant.StringVal(tv.Value)
			if extra = l.sharedTypeVerbs(e, first, format); extra != "" {
				goto operands
			}
			var b strings.Builder
			last := 0
			for _, v := range fmtverb.Parse(format) {
				if spec := format[v.Start:v.End]; !strings.Contains(spec, "[") {
					// A '*' width or precision takes an int of any
					// integer type as it is, which a view is not.
					for k := 1; k <= strings.Count(spec, "*") && v.Arg-k >= 0; k++ {
						typeArgs[v.Arg-k] = true
					}
				}
				if v.Verb == 'v' && strings.Contains(v.Flags, "#") {
					sharp[v.Arg] = true
				}
				if v.Verb == 'v' && strings.Contains(v.Flags, "#") && first+v.Arg < len(e.Args) && !typeArgs[v.Arg] {
					// %#v of an interface holding a cell value: the
					// interpreter's wrapper would print as itself.
					a := e.Args[first+v.Arg]
					if t := l.c.info.Types[a].Type; t != nil && types.IsInterface(t) && mayHoldCellType(t, l.c.pkg, 0) {
						typeArgs[v.Arg] = true
						l.ed.insert(l.off(a.Pos()), hook+".GoSyntax(")
						l.ed.insert(l.off(a.End()), ")")
					}
					continue
				}
				if v.Verb == 'p' && first+v.Arg < len(e.Args) && !typeArgs[v.Arg] {
					// fmt prints the address of a %p operand without
					// calling its Format method, which a view of a cell
					// value relies on: the operand goes as its address.
					a := e.Args[first+v.Arg]
					if t := l.c.info.Types[a].Type; t != nil && mayHoldCellType(t, l.c.pkg, 0) {
						typeArgs[v.Arg] = true
						l.ed.insert(l.off(a.Pos()), hook+".Pointer(")
						l.ed.insert(l.off(a.End()), ")")
					}
					continue
				}
				if v.Verb != 'T' || first+v.Arg >= len(e.Args) {
					continue
				}
				a := e.Args[first+v.Arg]
				t := l.c.info.Types[a].Type
				if t == nil || !mayHoldCellType(t, l.c.pkg, 0) && !namedStatically(t, l.c.pkg) && !holdsStructLiteral(t, 0) || typeArgs[v.Arg] {
					continue
				}
				typeArgs[v.Arg] = true
				name := ""
				if _, isIface := t.Underlying().(*types.Interface); !isIface {
					name = l.c.markLocal(instanceSpelled(goTypeName(t)), t)
				}
				l.ed.insert(l.off(a.Pos()), hook+".TypeName(")
				l.ed.insert(l.off(a.End()), ", "+strconv.Quote(name)+")")
				b.WriteString(format[last:v.End-1] + "s")
				last = v.End
			}
			if last > 0 {
				b.WriteString(format[last:])
				l.ed.replace(l.off(fe.Pos()), l.off(fe.End()), strconv.Quote(b.String()))
			}
		}
	}
operands:
	if e.Ellipsis.IsValid() {
		return
	}
	errType := types.Universe.Lookup("error").Type()
	// Only Errorf wraps (%w) an operand, which must be an error for it.
	wraps := false
	if fn, _ := l.callee(e.Fun); fn != nil && fn.FullName() == "fmt.Errorf" {
		wraps = true
	}
	for i := first; i < len(e.Args); i++ {
		if typeArgs[i-first] {
			continue
		}
		t := l.c.info.Types[e.Args[i]].Type
		if l.boxed(t) != nil && !wraps {
			// Printed by its static type (below), with its methods; only
			// %w needs an error.
		} else if _, iface := t.Underlying().(*types.Interface); !iface && t != nil && wraps && !sharp[i-first] && types.Implements(t, errType.Underlying().(*types.Interface)) && mayHoldCellType(t, l.c.pkg, 0) {
			// As an error, so that %w wraps it: passing it to a compiled
			// error parameter makes the interpreter wrap it with its
			// methods. Printing funcs print it by its view instead,
			// which calls its Format method, or prints its fields under
			// %d, as compiled fmt does.
			l.asError(e.Args[i], t)
			continue
		}
		if d := l.desc(t, 0); d != "" {
			l.ed.insert(l.off(e.Args[i].Pos()), hook+".As(")
			l.ed.insert(l.off(e.Args[i].End()), ", "+strconv.Quote(d)+")")
		}
	}
	return extra
}

// holdsStructLiteral reports whether t is, or is a composite of, a
// struct literal's type: its values may have the reflect type of a
// declared struct with the same fields, which fmtview prints by (%T of
// one is then named statically).
func holdsStructLiteral(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Struct:
		return true
	case *types.Pointer:
		return holdsStructLiteral(t.Elem(), depth+1)
	case *types.Slice:
		return holdsStructLiteral(t.Elem(), depth+1)
	case *types.Array:
		return holdsStructLiteral(t.Elem(), depth+1)
	case *types.Map:
		return holdsStructLiteral(t.Key(), depth+1) || holdsStructLiteral(t.Elem(), depth+1)
	case *types.Chan:
		return holdsStructLiteral(t.Elem(), depth+1)
	}
	return false
}

// reflectTypeString writes t as reflect (and so %T) writes it: struct
// types spaced ("struct { a int }"), packages by name.
func reflectTypeString(t types.Type) string { return runtimeTypeString(t, false) }

// runtimeTypeString is reflectTypeString; inArgs: t is in a type argument
// list, where the runtime names packages by path
// (main.Pair[string,encoding/json.Number]).
func runtimeTypeString(t types.Type, inArgs bool) string {
	str := func(t types.Type) string { return runtimeTypeString(t, inArgs) }
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.UnsafePointer:
			return "unsafe.Pointer"
		case types.Byte, types.Rune:
			return types.Typ[t.Kind()].Name() // uint8, int32
		}
		return t.Name()
	case *types.Named:
		name := t.Obj().Name()
		if p := t.Obj().Pkg(); p != nil {
			if inArgs {
				name = p.Path() + "." + name
			} else {
				name = p.Name() + "." + name
			}
		}
		if t.TypeArgs().Len() == 0 {
			return name
		}
		args := make([]string, t.TypeArgs().Len())
		for i := range args {
			args[i] = runtimeTypeString(t.TypeArgs().At(i), true)
		}
		return name + "[" + strings.Join(args, ",") + "]"
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct {}"
		}
		fields := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			if f.Embedded() {
				fields[i] = str(f.Type())
			} else {
				fields[i] = f.Name() + " " + str(f.Type())
			}
			if tag := t.Tag(i); tag != "" {
				fields[i] += " " + strconv.Quote(tag)
			}
		}
		return "struct { " + strings.Join(fields, "; ") + " }"
	case *types.Pointer:
		return "*" + str(t.Elem())
	case *types.Slice:
		return "[]" + str(t.Elem())
	case *types.Array:
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + str(t.Elem())
	case *types.Map:
		return "map[" + str(t.Key()) + "]" + str(t.Elem())
	case *types.Chan:
		elem := str(t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + elem
		case types.RecvOnly:
			return "<-chan " + elem
		}
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			return "chan (" + elem + ")" // chan (<-chan int), not chan<- chan int
		}
		return "chan " + elem
	case *types.Signature:
		return "func" + signatureString(t, str)
	case *types.Interface:
		// An interface literal: its methods (embedded ones included) in
		// order, without parameter names. (any is an alias of it.)
		if t.NumMethods() == 0 {
			return "interface {}"
		}
		ms := make([]string, t.NumMethods())
		for i := range ms {
			m := t.Method(i)
			ms[i] = m.Name() + signatureString(m.Type().(*types.Signature), str)
		}
		return "interface { " + strings.Join(ms, "; ") + " }"
	case *types.Alias:
		return str(types.Unalias(t))
	}
	return types.TypeString(t, func(p *types.Package) string {
		if inArgs {
			return p.Path()
		}
		return p.Name()
	})
}

// signatureString writes a func type's parameters and results as reflect
// does, without their names: "(main.Point, ...int) (int, error)".
func signatureString(sig *types.Signature, str func(types.Type) string) string {
	params := make([]string, sig.Params().Len())
	for i := range params {
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == len(params)-1 {
			if sl, ok := pt.(*types.Slice); ok {
				params[i] = "..." + str(sl.Elem())
				continue
			}
		}
		params[i] = str(pt)
	}
	s := "(" + strings.Join(params, ", ") + ")"
	switch n := sig.Results().Len(); n {
	case 0:
	case 1:
		s += " " + str(sig.Results().At(0).Type())
	default:
		results := make([]string, n)
		for i := range results {
			results[i] = str(sig.Results().At(i).Type())
		}
		s += " (" + strings.Join(results, ", ") + ")"
	}
	return s
}

// localTypeViews tells fmtview, where d, a declaration in a func,
// declares a struct type, what the type is: its values reach fmt and
// encoding/json through interfaces (a func's parameter of type any, a
// []any) where no static type describes them, and the interpreter's
// reflect type is an unnamed struct with renamed fields. Where it
// declares a type whose values are boxed (see lower_box.go), fmtview is
// told that such boxes exist (LocalBox).
//
//	type item struct{ name string }  ->  type item struct{ name string }; __gt.LocalType(item{}, "S:main.item;name")
//	type id int                      ->  type id int; type __gt_box_id struct{ … }; __gt.LocalBox()
func (l *lowerer) localTypeViews(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	var b strings.Builder
	for _, spec := range d.Specs {
		ts := spec.(*ast.TypeSpec)
		if ts.TypeParams != nil || ts.Assign.IsValid() || l.inGeneric(ts.Pos()) {
			continue
		}
		tn, ok := l.c.info.Defs[ts.Name].(*types.TypeName)
		if !ok || hasTypeParam(tn.Type(), 0) {
			continue
		}
		if l.c.hoisted[tn] != nil {
			continue // registered as the package's (lower_hoist.go)
		}
		if n, ok := tn.Type().(*types.Named); ok && l.localNamed(n) {
			under := l.desc(n.Underlying(), 1)
			if !strings.HasPrefix(under, "[]") && !strings.HasPrefix(under, "M(") && !strings.HasPrefix(under, "*") {
				under = ""
			}
			b.WriteString("; " + hook + ".LocalNamed(" + strconv.Quote(goTypeName(n)) + ", " + strconv.Quote(under) + ")")
		}
		if l.boxed(tn.Type()) != nil {
			// Its box, declared beside it, tells its name itself;
			// fmtview is told that such boxes exist.
			b.WriteString("; " + hook + ".LocalBox()")
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); !ok || st.NumFields() == 0 {
			continue
		}
		name := tn.Name()
		if n, ok := l.localNames[tn]; ok {
			name = n // (see localTypeNames)
		} else if l.c.pkg.Scope().Lookup(name) != nil || types.Universe.Lookup(name) != nil {
			continue
		}
		if desc := l.desc(tn.Type(), 0); strings.HasPrefix(desc, "S:") {
			b.WriteString("; " + hook + ".LocalType(" + name + "{}, " + strconv.Quote(desc) + ")")
		}
	}
	if b.Len() > 0 {
		l.ed.insert(l.off(d.End()), b.String())
	}
}

// typeVerbOperands rewrites the constant format of e, a printing call
// whose operands start at first (-1: none), so that each %T is %s, and
// returns the operands those verbs format (counted from first): the
// caller gives them as their types' names (a deferred call's operands,
// kept as fmt will see them, see deferStmt).
func (l *lowerer) typeVerbOperands(e *ast.CallExpr, sig *types.Signature, first int) map[int]bool {
	if first <= 0 || sig == nil || sig.Params().At(first-1).Name() != "format" || first-1 >= len(e.Args) {
		return nil
	}
	fe := e.Args[first-1]
	tv := l.c.info.Types[fe]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	format := constant.StringVal(tv.Value)
	ops := map[int]bool{}
	var b strings.Builder
	last := 0
	for _, v := range fmtverb.Parse(format) {
		if v.Verb != 'T' || first+v.Arg >= len(e.Args) {
			continue
		}
		ops[v.Arg] = true
		b.WriteString(format[last:v.End-1] + "s")
		last = v.End
	}
	if last > 0 {
		b.WriteString(format[last:])
		l.ed.replace(l.off(fe.Pos()), l.off(fe.End()), strconv.Quote(b.String()))
	}
	return ops
}

// fieldsMentionLocal reports whether a field of t, a struct type, or of
// a struct type among its fields' types, mentions a type a func declares.
func fieldsMentionLocal(t types.Type, main *types.Package, depth int) bool {
	st, ok := t.(*types.Struct)
	if !ok || depth > 8 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		ft := st.Field(i).Type()
		if mentionsLocal(ft, main) || fieldsMentionLocal(ft, main, depth+1) {
			return true
		}
	}
	return false
}

// literalStructViews registers the struct literal types the cell writes
// that the interpreter would print otherwise (see desc: an unexported
// field, which the interpreter renames, or a field of a declared type),
// once, when the cell runs: a value of one held in an interface is
// printed, encoded and reflected from its registration, the static type
// being gone (var v any = struct{ A int; b string }{1, "x"} is
// struct { A int; b string } to %T, not struct { A int; Xb string }).
func (l *lowerer) literalStructViews() {
	// (The struct type of a type declaration is the declared type's.)
	declared := map[ast.Expr]bool{}
	mark := func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			declared[ts.Type] = true
		}
		return true
	}
	for _, d := range l.c.decls {
		ast.Inspect(d, mark)
	}
	if l.c.body != nil {
		ast.Inspect(l.c.body, mark)
	}
	seen := map[string]bool{}
	var regs []string
	for e, tv := range l.c.info.Types {
		if _, ok := e.(*ast.StructType); !ok || declared[e] || !tv.IsType() || !l.c.inCell(e.Pos()) {
			continue
		}
		t := tv.Type
		if mentionsLocal(t, l.c.pkg) || fieldsMentionLocal(t, l.c.pkg, 0) || hasTypeParam(t, 0) || l.inGeneric(e.Pos()) {
			continue // (registered where the cell's top level can name it)
		}
		desc := l.desc(t, 0)
		if !strings.HasPrefix(desc, "S:") || seen[desc] {
			continue
		}
		seen[desc] = true
		regs = append(regs, hook+".LocalType("+l.namer.str(t)+"{}, "+strconv.Quote(desc)+")")
	}
	if len(regs) == 0 {
		return
	}
	slices.Sort(regs)
	reg := "var _ = func() bool { " + strings.Join(regs, "; ") + "; return true }()"
	if l.c.body != nil && len(l.c.body.List) > 0 {
		l.ed.insertLead(l.off(l.c.body.List[0].Pos()), reg+"; ")
		return
	}
	var last ast.Decl
	for _, d := range l.c.decls {
		if l.c.inCell(d.Pos()) && (last == nil || d.End() > last.End()) {
			last = d
		}
	}
	if last != nil {
		l.ed.insert(l.off(last.End()), "; "+reg)
	}
}
