package engine

import (
	"go/ast"
	"reflect"
	"sort"
	"strings"

	"github.com/goteach/goteach/kernel/internal/goast"
)

// promotedMethods returns the printing methods (printedMethods) that the
// struct type outer declared by spec gets from its embedded fields of the
// session's struct types, at any depth, as methods of outer: a Job
// embedding a Status prints with Status's String, and so does a Puppy
// embedding a Dog embedding an Animal with one. As in Go, the shallowest
// depth with the name wins: a method outer declares or a field of that
// name hides deeper ones, and two at the same depth cancel each other
// out. types are the session's type declarations by name, methods their
// methods.
func promotedMethods(outer string, spec *ast.TypeSpec, own []*Decl, types map[string]*ast.TypeSpec, methods map[string][]*Decl) []*Decl {
	st, ok := spec.Type.(*ast.StructType)
	if !ok {
		return nil
	}
	hidden := hiddenNames(st, own)
	// A level is the embedded types at one depth, each with whether
	// the path to it goes through a pointer.
	level := embeddedTypes(st)
	var out []*Decl
	seen := map[string]bool{outer: true}
	for depth := 0; len(level) > 0 && depth < 8; depth++ {
		type found struct {
			count int
			md    *Decl
			ptr   bool
		}
		at := map[string]*found{}
		var next []embeddedType
		for _, e := range level {
			if seen[e.name] {
				continue // a cycle through pointers
			}
			for _, md := range methods[e.name] {
				mname := md.Name[strings.IndexByte(md.Name, '.')+1:]
				recv, _, _ := strings.Cut(md.Src, ")")
				f := at[mname]
				if f == nil {
					f = &found{}
					at[mname] = f
				}
				f.count++
				f.md, f.ptr = md, strings.Contains(recv, "*") && !e.byPtr
			}
			ts := types[e.name]
			if ts == nil {
				continue
			}
			if inner, ok := ts.Type.(*ast.StructType); ok {
				for _, fld := range inner.Fields.List {
					for _, n := range fld.Names {
						if at[n.Name] == nil {
							at[n.Name] = &found{}
						}
						at[n.Name].count++
					}
				}
				for _, sub := range embeddedTypes(inner) {
					if at[sub.name] == nil {
						at[sub.name] = &found{}
					}
					at[sub.name].count++
					sub.byPtr = sub.byPtr || e.byPtr
					next = append(next, sub)
				}
			}
		}
		for _, e := range level {
			seen[e.name] = true
		}
		names := make([]string, 0, len(at))
		for name := range at {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			f := at[name]
			if hidden[name] {
				continue
			}
			hidden[name] = true // deeper ones are hidden by this depth's
			if _, printed := printedMethods[name]; !printed || f.count != 1 || f.md == nil {
				continue
			}
			_, rest, _ := strings.Cut(f.md.Src, ")")
			star := ""
			if f.ptr {
				star = "*" // only *outer has it
			}
			c := *f.md
			c.Name, c.Src = outer+"."+name, "func (r "+star+outer+")"+rest
			out = append(out, &c)
		}
		level = next
	}
	return out
}

// boxMethods returns, when spec declares box, the box of a declared
// non-struct type (see kernel/frontend's lower_box.go), every method of
// the type it holds as the box's own: a reflect.Value of such a value is
// its box, whose method set reflect lists and calls (NumMethod,
// MethodByName), as it has them all by embedding. Nil for any other type.
func boxMethods(box string, spec *ast.TypeSpec, methods map[string][]*Decl) []*Decl {
	st, ok := spec.Type.(*ast.StructType)
	if !ok || len(st.Fields.List) != 1 {
		return nil
	}
	f := st.Fields.List[0]
	if len(f.Names) != 0 || f.Tag == nil || !strings.Contains(f.Tag.Value, `gt:"box `) {
		return nil
	}
	held := goast.BaseTypeName(f.Type)
	out := []*Decl{}
	for _, md := range methods[held] {
		recv, rest, _ := strings.Cut(md.Src, ")")
		star := ""
		if strings.Contains(recv, "*") {
			star = "*"
		}
		c := *md
		c.Name, c.Src = box+"."+md.Name[strings.IndexByte(md.Name, '.')+1:], "func (r "+star+box+")"+rest
		out = append(out, &c)
	}
	return out
}

// embeddedType is a type a struct embeds, by name, and whether it embeds
// a pointer to it.
type embeddedType struct {
	name  string
	byPtr bool
}

// embeddedTypes lists the types st embeds by name (pkg.T included, which
// the session's tables do not know).
func embeddedTypes(st *ast.StructType) []embeddedType {
	var out []embeddedType
	for _, f := range st.Fields.List {
		if len(f.Names) != 0 {
			continue
		}
		t := f.Type
		star, byPtr := t.(*ast.StarExpr)
		if byPtr {
			t = star.X
		}
		if _, pkg := t.(*ast.SelectorExpr); pkg {
			continue
		}
		out = append(out, embeddedType{goast.BaseTypeName(f.Type), byPtr})
	}
	return out
}

// hiddenNames are the names that hide a method promoted into struct st
// with methods own: those methods', its fields' and its embedded types'.
func hiddenNames(st *ast.StructType, own []*Decl) map[string]bool {
	hidden := map[string]bool{}
	for _, md := range own {
		hidden[md.Name[strings.IndexByte(md.Name, '.')+1:]] = true
	}
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			hidden[n.Name] = true
		}
		if len(f.Names) == 0 {
			hidden[goast.BaseTypeName(f.Type)] = true
		}
	}
	return hidden
}

// promoted is a printing method a struct gets from an embedded field of
// a compiled type.
type promoted struct {
	name, sig string
	ptr       bool // only the struct's pointer has it
}

// compiledPromoted returns the printing methods (printedMethods) that
// the struct t, declared by st with methods own (its own and those
// promotedMethods found), gets from its embedded fields of compiled
// types: an Event embedding a time.Time prints as the time and is
// marshalled as one, as in Go. The interpreter calls such a method
// through the field, but fmt and encoding/json do not see it. A method
// or field of the struct hides them, and two fields with the method
// cancel each other out.
func compiledPromoted(t reflect.Type, st *ast.StructType, own []*Decl, declared map[string]bool) []promoted {
	hidden := hiddenNames(st, own)
	count := map[string]int{}
	var out []promoted
	i := 0
	for _, f := range st.Fields.List {
		if len(f.Names) > 0 {
			i += len(f.Names)
			continue
		}
		if i >= t.NumField() {
			return nil
		}
		ft := t.Field(i).Type
		i++
		// (The interpreter's struct has the field, not as embedded.)
		// (A field of a package's type is no session type of the same
		// name: type Duration struct{ time.Duration }.)
		if !goast.Qualified(f.Type) && declared[goast.BaseTypeName(f.Type)] || ft.PkgPath() == "" && ft.Kind() != reflect.Pointer {
			continue
		}
		for name, sig := range printedMethods {
			_, byValue := ft.MethodByName(name)
			_, byPtr := reflect.PointerTo(ft).MethodByName(name)
			if ft.Kind() == reflect.Pointer {
				byPtr = byValue
			}
			if byValue || byPtr {
				count[name]++
				out = append(out, promoted{name: name, sig: sig, ptr: !byValue})
			}
		}
	}
	kept := out[:0]
	for _, m := range out {
		if count[m.name] == 1 && !hidden[m.name] {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].name < kept[b].name })
	return kept
}
