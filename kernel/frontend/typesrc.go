package frontend

import (
	"go/types"
	"strconv"
	"strings"
)

// typeNamer writes types as Go source valid in the lowered cell.
type typeNamer struct {
	main *types.Package
	// names maps import paths to the names the cell can use for them.
	names map[string]string
	// hidden collects the imports generated code needs (name -> path).
	hidden map[string]string
	// stable names every package by its hidden name (for the types of
	// session vars, which outlive the cell's imports).
	stable bool
}

// hiddenName is the name generated code imports a package under.
func hiddenName(path string) string {
	var b strings.Builder
	b.WriteString("__gtp_")
	for _, r := range path {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

func (n *typeNamer) pkgName(p *types.Package) string {
	if p == nil || p == n.main || p.Path() == "main" {
		return ""
	}
	if !n.stable {
		if name, ok := n.names[p.Path()]; ok {
			return name
		}
	}
	h := hiddenName(p.Path())
	n.hidden[h] = p.Path()
	return h
}

// isStdGeneric reports whether t is an instance of a generic type of the
// standard library (iter.Seq[int]): the interpreter knows only its
// structure.
func isStdGeneric(t *types.Named) bool {
	return t.TypeArgs().Len() > 0 && isStdPkg(t.Obj().Pkg())
}

// isStdPkg reports whether p is a package of the standard library (not
// the cells' own package main).
func isStdPkg(p *types.Package) bool {
	return p != nil && p.Path() != "main" && isStd(p.Path())
}

// str returns t as Go source.
func (n *typeNamer) str(t types.Type) string {
	var b strings.Builder
	n.write(&b, t)
	return b.String()
}

func (n *typeNamer) write(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.UntypedBool:
			b.WriteString("bool")
		case types.UntypedInt:
			b.WriteString("int")
		case types.UntypedRune:
			b.WriteString("rune")
		case types.UntypedFloat:
			b.WriteString("float64")
		case types.UntypedComplex:
			b.WriteString("complex128")
		case types.UntypedString:
			b.WriteString("string")
		case types.UnsafePointer:
			b.WriteString(n.pkgNameOr("unsafe") + ".Pointer")
		default:
			b.WriteString(t.Name())
		}
	case *types.Alias:
		// (The interpreter loses the methods of a named type through
		// an alias of the session's: generated code names the type.)
		// A func's own alias is gone from the lowered code (see
		// localTypeNames): the type it stands for.
		local := t.Obj().Pkg() == n.main && t.Obj().Parent() != nil && t.Obj().Parent() != n.main.Scope()
		if local || t.Obj().Pkg() == nil || t.TypeArgs().Len() > 0 || t.Obj().Pkg() == n.main && t.Obj().Parent() == n.main.Scope() && ownNamed(types.Unalias(t), n.main) {
			n.write(b, types.Unalias(t))
			return
		}
		n.writeObj(b, t.Obj())
	case *types.Named:
		if isStdSpecialised(t) && !hasTypeParam(t, 0) {
			// A standard type the notebook copies (atomic.Pointer[T]):
			// its copy in generated code; a session var's type keeps
			// the instance, which each cell using it copies again.
			args := make([]types.Type, t.TypeArgs().Len())
			for i := range args {
				args[i] = t.TypeArgs().At(i)
			}
			if !n.stable {
				b.WriteString(specName(hook+"t", t.Obj().Name(), args))
				return
			}
		} else if isStdGeneric(t) {
			n.write(b, t.Underlying())
			return
		}
		if t.Obj().Pkg() == nil { // error, comparable
			b.WriteString(t.Obj().Name())
			return
		}
		if !n.stable && t.Obj().Pkg() == n.main && t.TypeArgs().Len() > 0 && !hasTypeParam(t, 0) {
			// In generated code, an instance of a session generic type is
			// its specialised copy (see specialise.go). The types of session
			// vars keep the instance's own name: each cell that uses them
			// specialises it again, so a method added later reaches them.
			args := make([]types.Type, t.TypeArgs().Len())
			for i := range args {
				args[i] = t.TypeArgs().At(i)
			}
			b.WriteString(specName(hook+"t", t.Obj().Name(), args))
			return
		}
		n.writeObj(b, t.Obj())
		if args := t.TypeArgs(); args.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteString(", ")
				}
				n.write(b, args.At(i))
			}
			b.WriteByte(']')
		}
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	case *types.Pointer:
		b.WriteByte('*')
		n.write(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		n.write(b, t.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		n.write(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		n.write(b, t.Key())
		b.WriteByte(']')
		n.write(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				b.WriteString("(")
				n.write(b, t.Elem())
				b.WriteString(")")
				return
			}
		}
		n.write(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		n.writeSig(b, t)
	case *types.Struct:
		b.WriteString("struct{")
		blanks := 0
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if f.Name() == "_" {
				blanks++
			}
			if !f.Embedded() {
				b.WriteString(blankFieldName(f.Name(), blanks) + " ")
			}
			n.write(b, f.Type())
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString("}")
	case *types.Interface:
		if t.Empty() {
			b.WriteString("any")
			return
		}
		b.WriteString("interface{")
		first := true
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if !first {
				b.WriteString("; ")
			}
			first = false
			n.write(b, t.EmbeddedType(i))
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			if !first {
				b.WriteString("; ")
			}
			first = false
			m := t.ExplicitMethod(i)
			b.WriteString(m.Name())
			n.writeSig(b, m.Type().(*types.Signature))
		}
		b.WriteString("}")
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			if i > 0 {
				b.WriteString(" | ")
			}
			if t.Term(i).Tilde() {
				b.WriteByte('~')
			}
			n.write(b, t.Term(i).Type())
		}
	case *types.Tuple:
		b.WriteByte('(')
		n.writeTuple(b, t, false)
		b.WriteByte(')')
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return n.pkgName(p) }))
	}
}

func (n *typeNamer) pkgNameOr(path string) string {
	return n.pkgName(types.NewPackage(path, packageName(path)))
}

func (n *typeNamer) writeObj(b *strings.Builder, obj *types.TypeName) {
	if q := n.pkgName(obj.Pkg()); q != "" {
		b.WriteString(q + ".")
	}
	b.WriteString(obj.Name())
}

func (n *typeNamer) writeTuple(b *strings.Builder, t *types.Tuple, variadic bool) {
	for i := 0; i < t.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		v := t.At(i)
		if variadic && i == t.Len()-1 {
			b.WriteString("...")
			n.write(b, v.Type().(*types.Slice).Elem())
			continue
		}
		n.write(b, v.Type())
	}
}

func (n *typeNamer) writeSig(b *strings.Builder, s *types.Signature) {
	b.WriteByte('(')
	n.writeTuple(b, s.Params(), s.Variadic())
	b.WriteByte(')')
	switch s.Results().Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		n.write(b, s.Results().At(0).Type())
	default:
		b.WriteString(" (")
		n.writeTuple(b, s.Results(), false)
		b.WriteByte(')')
	}
}

// mentionsLocal reports whether t refers to a type declared inside a
// function (which generated code at package level cannot name).
func mentionsLocal(t types.Type, main *types.Package) bool {
	local := map[*types.TypeName]bool{}
	localTypes(t, main, local, 0)
	return len(local) > 0
}
