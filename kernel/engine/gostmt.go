package engine

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"
)

// goExitFunc is declared in every interpreter: goroutines started by
// cells defer it, so that a panic in one is reported instead of ending
// the kernel process.
// It also marks the goroutine's end: runtime.Goexit in a goroutine a cell
// started ends that goroutine only (see sessionIO.hookGoexit).
const goExitFunc = "package main\nfunc " + hookAlias + "_goexit() { " + hookAlias + ".GoDone(); if r := recover(); r != nil { " + hookAlias + ".GoPanic(r) } }"

var builtinFuncs = map[string]bool{
	"append": true, "cap": true, "clear": true, "close": true, "complex": true, "copy": true, "delete": true,
	"imag": true, "len": true, "make": true, "max": true, "min": true, "new": true, "panic": true,
	"print": true, "println": true, "real": true, "recover": true,
}

// protectGo rewrites each go statement of text (a declaration when decl
// is true, else a statement) so that the goroutine recovers from panics:
//
//	go f(a, b)  ->  { __gt_f, __gt_a0, __gt_a1 := f, a, b; go func() { defer __gt_goexit(); __gt.GoBegin(); __gt_f(__gt_a0, __gt_a1) }() }
//
// The function and its arguments are still evaluated by the go statement
// itself. Line breaks are kept, so lines stay those of the cell. It
// returns text unchanged when there is nothing to do or it cannot parse.
func protectGo(text string, decl bool) string {
	if !strings.Contains(text, "go") {
		return text
	}
	var src string
	var header int
	if decl {
		src = "package main\n" + text
		header = len("package main\n")
	} else {
		src = "package main;func _(){\n" + text + "\n}"
		header = len("package main;func _(){\n")
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, 0)
	if err != nil {
		return text
	}
	type edit struct {
		start, end int
		repl       string
	}
	var edits []edit
	off := func(p token.Pos) int { return fset.Position(p).Offset - header }
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		gs, ok := node.(*ast.GoStmt)
		if !ok {
			return true
		}
		call := gs.Call
		if id, ok := call.Fun.(*ast.Ident); ok && builtinFuncs[id.Name] {
			return true
		}
		if _, ok := call.Fun.(*ast.IndexExpr); ok {
			return true // explicit instantiation: leave generics alone
		}
		n++
		fn := fmt.Sprintf("%s_f%d", hookAlias, n)
		names := []string{fn}
		vals := []string{text[off(call.Fun.Pos()):off(call.Fun.End())]}
		var args []string
		for i, a := range call.Args {
			an := fmt.Sprintf("%s_a%d_%d", hookAlias, n, i)
			names = append(names, an)
			vals = append(vals, text[off(a.Pos()):off(a.End())])
			args = append(args, an)
		}
		callText := fn + "(" + strings.Join(args, ", ")
		if call.Ellipsis.IsValid() {
			callText += "..."
		}
		callText += ")"
		repl := "{ " + strings.Join(names, ", ") + " := " + strings.Join(vals, ", ") +
			"; go func() { defer " + hookAlias + "_goexit(); " + hookAlias + ".GoBegin(); " + callText + " }() }"
		// Keep the line breaks of the original statement.
		orig := text[off(gs.Pos()):off(gs.End())]
		if k := strings.Count(orig, "\n") - strings.Count(repl, "\n"); k > 0 {
			repl += strings.Repeat("\n", k)
		}
		edits = append(edits, edit{off(gs.Pos()), off(gs.End()), repl})
		return true
	})
	if len(edits) == 0 {
		return text
	}
	// Nested go statements: keep only the outermost edits.
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out strings.Builder
	last := 0
	for _, e := range edits {
		if e.start < last {
			continue
		}
		out.WriteString(text[last:e.start])
		out.WriteString(e.repl)
		last = e.end
	}
	out.WriteString(text[last:])
	return out.String()
}
