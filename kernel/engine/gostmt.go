package engine

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
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
//	go f(a, b)  ->  { __gt_g1 := func() func() { __gt_f1 := f; __gt_a1_0 := a; __gt_a1_1 := b; return func() { defer __gt_goexit(); __gt.GoBegin(); __gt_f1(__gt_a1_0, __gt_a1_1) } }(); __gt.GoStart(); go __gt_g1() }
//	go func(x int) { … }(a)  ->  { __gt_g1 := func() func() { __gt_a1_0 := a; return func() { defer …; func(x int) { … }(__gt_a1_0) } }(); __gt.GoStart(); go __gt_g1() }
//
// The function and its arguments are still evaluated by the go statement
// itself. The goroutine's func is made by a func that returns it, and a
// literal the go statement calls is made inside it: the interpreter keeps
// a func literal's value in a slot of the frame that creates it and puts
// the slot's old value back when the literal's call returns, so a literal
// made by a loop in one goroutine and returning in another one could hand
// a later iteration an earlier iteration's func (or a nil one). A frame
// of its own for each goroutine's func keeps those slots apart. A go
// statement that calls the result of a call (`go f()()`) is not used for
// the same reason: the interpreter took the wrong iteration's values.
// Go statements inside the ones rewritten are rewritten too. Line breaks
// are kept, so lines stay those of the cell. It returns text unchanged
// when there is nothing to do or it cannot parse.
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
	off := func(p token.Pos) int { return fset.Position(p).Offset - header }
	var stmts []*ast.GoStmt
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
		stmts = append(stmts, gs)
		return true
	})
	if len(stmts) == 0 {
		return text
	}
	n := 0
	// render writes text[lo:hi] with the go statements inside rewritten.
	var render func(lo, hi int) string
	render = func(lo, hi int) string {
		var out strings.Builder
		last := lo
		for _, gs := range stmts {
			start, end := off(gs.Pos()), off(gs.End())
			if start < last || end > hi {
				continue // before the range, or inside one already rewritten
			}
			out.WriteString(text[last:start])
			out.WriteString(rewriteGo(gs, text, off, &n, render))
			last = end
		}
		out.WriteString(text[last:hi])
		return out.String()
	}
	return render(0, len(text))
}

// rewriteGo is protectGo's replacement of one go statement; n numbers the
// names it declares.
func rewriteGo(gs *ast.GoStmt, text string, off func(token.Pos) int, n *int, render func(lo, hi int) string) string {
	*n++
	k := *n
	call := gs.Call
	part := func(e ast.Node) string { return render(off(e.Pos()), off(e.End())) }
	var names, vals, args []string
	callee := part(call.Fun)
	if _, ok := ast.Unparen(call.Fun).(*ast.FuncLit); !ok {
		fn := fmt.Sprintf("%s_f%d", hookAlias, k)
		names, vals = append(names, fn), append(vals, callee)
		callee = fn
	}
	for i, a := range call.Args {
		an := fmt.Sprintf("%s_a%d_%d", hookAlias, k, i)
		names = append(names, an)
		vals = append(vals, part(a))
		args = append(args, an)
	}
	callText := callee + "(" + strings.Join(args, ", ")
	if call.Ellipsis.IsValid() {
		callText += "..."
	}
	callText += ")"
	g := fmt.Sprintf("%s_g%d", hookAlias, k)
	var repl strings.Builder
	repl.WriteString("{ ")
	// The func and the arguments are evaluated in the frame of the func
	// that makes the goroutine's, one declaration each, in order: the
	// goroutine's func holds that frame's variables, not ones of the
	// enclosing block, which a loop's next iteration gives new values
	// (go f([]int{i}) in a loop: every goroutine saw the last slice);
	// and the interpreter's := of several values, one a composite
	// literal, left the func nil.
	repl.WriteString(g + " := func() func() { ")
	for i, name := range names {
		repl.WriteString(name + " := " + vals[i] + "; ")
	}
	repl.WriteString("return func() { defer " + hookAlias + "_goexit(); " + hookAlias + ".GoBegin(); " + callText + " } }(); " + hookAlias + ".GoStart(); go " + g + "() }")
	// Keep the line breaks of the original statement.
	out := repl.String()
	orig := text[off(gs.Pos()):off(gs.End())]
	if d := strings.Count(orig, "\n") - strings.Count(out, "\n"); d > 0 {
		out += strings.Repeat("\n", d)
	}
	return out
}

// inGoWrapper reports whether line:col of src (a unit's code) is in one
// of the funcs protectGo wrote around a go statement's call, which Go's
// traceback has no frame for: the one evaluating the call's operands
// (go show(xs[i]) panicking at the index) or the goroutine's, calling
// the func the statement names.
func inGoWrapper(src string, line, col int) bool {
	lines := strings.SplitN(src, "\n", line+1)
	if line < 1 || line > len(lines) {
		return false
	}
	text := lines[line-1]
	if col-1 < len(text) {
		text = text[:max(col-1, 0)]
	}
	// The innermost func literal the position is in, as written: a
	// literal of the cell's own (go func() { … }()) is not a wrapper.
	i := strings.LastIndex(text, "func(")
	if i < 0 {
		return false
	}
	lit := text[i:]
	if strings.Count(lit, "{") <= strings.Count(lit, "}") {
		return false // (closed before the position)
	}
	if strings.HasPrefix(lit, "func() { defer "+hookAlias+"_goexit(); ") {
		return !strings.Contains(lit[1:], "func(")
	}
	maker := " := func() func() { "
	if strings.HasPrefix(lit, "func() { ") && strings.HasSuffix(text[:i], maker[:len(maker)-len("func() { ")]) &&
		strings.Contains(text[:i], hookAlias+"_g") {
		return true
	}
	// A method value the statement calls (go s.Run(done)), which the
	// front end wrote as a literal calling the method on its receiver,
	// evaluated where the wrapper evaluates the call's operands.
	j := strings.LastIndex(text[:i], maker)
	return j >= 0 && strings.Contains(text[j:i], "(func(r ") && strings.HasSuffix(text[:i], "{ return ")
}
