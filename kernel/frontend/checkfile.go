package frontend

import (
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strconv"
	"strings"

	"github.com/goteach/goteach/kernel/internal/goast"
)

// cellFunc is the func the check file wraps a cell's statements in.
const cellFunc = "__gt_cell"

// segment is a stretch of the check file copied from the cell or from a
// session declaration.
type segment struct {
	fileStart, length int
	cellStart         int   // offset in the cell (fromCell)
	decl              *Decl // the session declaration (otherwise)
	fromCell          bool
}

// checkFile is the Go file a cell is type-checked as: the session's
// imports and declarations, the cell's imports and declarations at
// package level, and its statements in the body of cellFunc.
type checkFile struct {
	src  strings.Builder
	segs []segment
	// hoisted are cell-level vars also declared at package level because
	// the cell's own funcs refer to them.
	hoisted map[string]bool
}

func (f *checkFile) write(s string) { f.src.WriteString(s) }

func (f *checkFile) copyCell(cell string, start, end int) {
	f.segs = append(f.segs, segment{fileStart: f.src.Len(), length: end - start, cellStart: start, fromCell: true})
	f.src.WriteString(cell[start:end])
}

func (f *checkFile) copyDecl(d *Decl, text string) {
	f.segs = append(f.segs, segment{fileStart: f.src.Len(), length: len(text), decl: d})
	f.src.WriteString(text)
}

// locate maps a check-file offset to the cell (ok) or to a session
// declaration.
func (f *checkFile) locate(off int) (cellOff int, d *Decl, ok bool) {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].fileStart+f.segs[i].length >= off })
	for ; i < len(f.segs); i++ {
		s := f.segs[i]
		if off < s.fileStart {
			break
		}
		if off <= s.fileStart+s.length {
			if s.fromCell {
				return s.cellStart + off - s.fileStart, nil, true
			}
			return 0, s.decl, false
		}
	}
	return 0, nil, false
}

// cellPlan is a cell cut for the check.
type cellPlan struct {
	cell    string
	pieces  []Piece
	imports []*ast.ImportSpec // the cell's imports, parsed
	names   map[string]bool   // names the cell declares at package level ("T.M" for methods)
	impName map[string]bool   // names the cell imports
	varUses map[string]bool   // cell-level var names that cell declarations use
	// autoImports are import specs added for names used as packages.
	autoImports []string
}

// planCell parses the cell's imports and declarations.
func planCell(cell string, pieces []Piece) (*cellPlan, error) {
	p := &cellPlan{cell: cell, pieces: pieces, names: map[string]bool{}, impName: map[string]bool{}, varUses: map[string]bool{}}
	varNames := map[string]bool{}
	var declIdents []map[string]bool
	for _, pc := range pieces {
		text := cell[pc.Start:pc.End]
		switch pc.Kind {
		case PieceImport:
			f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+text, parser.ImportsOnly)
			if err != nil {
				return nil, err
			}
			for _, is := range f.Imports {
				p.imports = append(p.imports, is)
				p.impName[importName(is)] = true
			}
		case PieceDecl:
			f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+text, parser.SkipObjectResolution)
			if err != nil {
				return nil, err
			}
			for _, d := range f.Decls {
				for _, n := range declNames(d) {
					p.names[n] = true
				}
				declIdents = append(declIdents, identsOf(d))
			}
		case PieceVar:
			if pc.Spec {
				text = "var " + text
			}
			f, err := parser.ParseFile(token.NewFileSet(), "", "package p;func _(){"+text+"\n}", parser.SkipObjectResolution)
			if err != nil {
				continue
			}
			fd := f.Decls[0].(*ast.FuncDecl)
			for _, st := range fd.Body.List {
				switch st := st.(type) {
				case *ast.AssignStmt:
					for _, l := range st.Lhs {
						if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
							varNames[id.Name] = true
						}
					}
				case *ast.DeclStmt:
					if gd, ok := st.Decl.(*ast.GenDecl); ok {
						for _, s := range gd.Specs {
							if vs, ok := s.(*ast.ValueSpec); ok {
								for _, n := range vs.Names {
									if n.Name != "_" {
										varNames[n.Name] = true
									}
								}
							}
						}
					}
				}
			}
		}
	}
	for _, ids := range declIdents {
		for n := range ids {
			if varNames[n] {
				p.varUses[n] = true
			}
		}
	}
	return p, nil
}

// identsOf returns the identifiers a declaration refers to.
func identsOf(d ast.Decl) map[string]bool {
	ids := map[string]bool{}
	ast.Inspect(d, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			ids[id.Name] = true
		}
		return true
	})
	return ids
}

// declNames lists what a top-level declaration declares ("T.M" for a
// method).
func declNames(d ast.Decl) []string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) > 0 {
			return []string{goast.BaseTypeName(d.Recv.List[0].Type) + "." + d.Name.Name}
		}
		return []string{d.Name.Name}
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
		return names
	}
	return nil
}

// importName is the name an import spec binds.
func importName(is *ast.ImportSpec) string {
	p, _ := strconv.Unquote(is.Path.Value)
	if is.Name != nil {
		return is.Name.Name
	}
	return packageName(p)
}

// sessionDeclNames lists what a session declaration declares.
func sessionDeclNames(d *Decl) []string {
	if d.Kind == "var" || d.Kind == "import" {
		return []string{d.Name}
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+d.Src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return []string{d.Name}
	}
	var names []string
	for _, dd := range f.Decls {
		names = append(names, declNames(dd)...)
	}
	return names
}

// build writes the check file for plan p over the session's declarations
// (minus those in drop); hoist gives the types of the cell's vars that
// its own declarations use.
func (p *cellPlan) build(session []*Decl, drop map[*Decl]bool, hoist map[string]VarType) *checkFile {
	f := &checkFile{hoisted: map[string]bool{}}
	f.write("package main\n")
	hidden := map[string]string{}
	for _, d := range session {
		if drop[d] {
			continue
		}
		switch d.Kind {
		case "import":
			if p.impName[d.Name] || p.names[d.Name] {
				continue
			}
			f.write("import " + d.Name + " " + strconv.Quote(d.Path) + "\n")
		case "var":
			for n, path := range d.Imports {
				hidden[n] = path
			}
		}
	}
	for _, vt := range hoist {
		for n, path := range vt.Imports {
			hidden[n] = path
		}
	}
	for _, n := range sortedKeys(hidden) {
		f.write("import " + n + " " + strconv.Quote(hidden[n]) + "\n")
	}
	for _, pc := range p.pieces {
		if pc.Kind == PieceImport {
			f.copyCell(p.cell, pc.Start, pc.End)
			f.write("\n")
		}
	}
	for _, spec := range p.autoImports {
		f.write("import " + spec + "\n")
	}
	for _, d := range session {
		if drop[d] || d.Kind == "import" {
			continue
		}
		if d.Kind == "var" {
			if p.names[d.Name] || d.VarType == "" || hoist[d.Name].Type != "" {
				continue
			}
			f.write("var " + d.Name + " ")
			f.copyDecl(d, d.VarType)
			f.write("\n")
			continue
		}
		if p.staleSpec(d) {
			// The cell redeclares the generic: the copy is written
			// again from the new declaration, if its type arguments
			// still fit (a type's methods with the type).
			switch d.Kind {
			case "type":
				f.write("var _ *")
				f.copyDecl(d, d.SpecOf+"["+d.TypeArgs+"]")
				f.write("\n")
			case "func":
				f.write("var _ = ")
				f.copyDecl(d, d.SpecOf+"["+d.TypeArgs+"]")
				f.write("\n")
			}
			continue
		}
		skip := false
		for _, n := range sessionDeclNames(d) {
			if p.names[n] || (hoist[n].Type != "") {
				skip = true
			}
		}
		if skip {
			continue
		}
		f.copyDecl(d, d.Src)
		f.write("\n")
	}
	for _, pc := range p.pieces {
		if pc.Kind == PieceDecl {
			f.copyCell(p.cell, pc.Start, pc.End)
			f.write("\n")
		}
	}
	for _, n := range sortedKeys(hoist) {
		f.write("var " + n + " " + hoist[n].Type + "\n")
		f.hoisted[n] = true
	}
	f.write("func " + cellFunc + "() {\n")
	if p.reordered() {
		// The vars of a cell of declarations, in the order Go
		// initialises them.
		for _, pc := range p.pieces {
			if pc.Kind != PieceVar {
				continue
			}
			if pc.Spec {
				f.write("var ")
			}
			f.copyCell(p.cell, pc.Start, pc.End)
			f.write("\n")
		}
	} else {
		body := blankOut(p.cell, p.pieces)
		f.segs = append(f.segs, segment{fileStart: f.src.Len(), length: len(body), cellStart: 0, fromCell: true})
		f.write(body)
	}
	f.write("\n}\n")
	sort.Slice(f.segs, func(i, j int) bool { return f.segs[i].fileStart < f.segs[j].fileStart })
	return f
}

// reordered reports whether the cell's var pieces are not in the order
// written (see Piece.Spec).
func (p *cellPlan) reordered() bool {
	last := -1
	for _, pc := range p.pieces {
		if pc.Kind != PieceVar {
			continue
		}
		if pc.Spec || pc.Start < last {
			return true
		}
		last = pc.Start
	}
	return false
}

// blankOut returns the cell with its package clause, imports and
// declarations replaced by blanks (line breaks kept), leaving the
// statements where they are.
func blankOut(cell string, pieces []Piece) string {
	b := []byte(cell)
	keep := make([]bool, len(b))
	for _, pc := range pieces {
		if pc.Kind == PieceVar || pc.Kind == PieceStmt || pc.Kind == PieceExpr {
			for i := pc.Start; i < pc.End && i < len(b); i++ {
				keep[i] = true
			}
		}
	}
	// Comments between statements may stay; everything else goes.
	for i := range b {
		if !keep[i] && b[i] != '\n' {
			b[i] = ' '
		}
	}
	// Separate statements that shared a line with a removed piece.
	for _, pc := range pieces {
		if (pc.Kind == PieceVar || pc.Kind == PieceStmt || pc.Kind == PieceExpr) && pc.End < len(b) && b[pc.End] == ' ' {
			b[pc.End] = ';'
		}
	}
	return string(b)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
