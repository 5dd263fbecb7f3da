package cellenc

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"text/template"
	"text/template/parse"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// Execute is (*template.Template).Execute for data that may hold the
// session's types: text/template finds fields and methods by reflection,
// where a cell type has neither its declared field names nor its methods.
// The template runs as a copy whose field and method references go
// through the session's declarations, and whose output prints values as
// fmt would for the declared types.
func Execute(t *template.Template, w io.Writer, data any) error {
	return execute(t, w, t.Name(), data)
}

// ExecuteTemplate is (*template.Template).ExecuteTemplate for data that
// may hold the session's types.
func ExecuteTemplate(t *template.Template, w io.Writer, name string, data any) error {
	return execute(t, w, name, data)
}

// boxingFuncs is set once a FuncMap's func returns values in their boxes
// (see Func): a template may then reach the session's values through
// them whatever its data.
var boxingFuncs atomic.Bool

func execute(t *template.Template, w io.Writer, name string, data any) error {
	if (data == nil || !fmtview.Holds(reflect.TypeOf(data))) && !boxingFuncs.Load() {
		return t.ExecuteTemplate(w, name, data)
	}
	c, sites, err := rewritten(t)
	if err != nil {
		return t.ExecuteTemplate(w, name, data)
	}
	return sites.fixExec(c.ExecuteTemplate(w, name, data))
}

// HTMLExecute is (*html/template.Template).Execute for data that may
// hold the session's types, as Execute is for text/template: the copy's
// rewritten trees are escaped as the original's would be.
func HTMLExecute(t *htmltemplate.Template, w io.Writer, data any) error {
	return htmlExecute(t, w, t.Name(), data)
}

// HTMLExecuteTemplate is (*html/template.Template).ExecuteTemplate for
// data that may hold the session's types.
func HTMLExecuteTemplate(t *htmltemplate.Template, w io.Writer, name string, data any) error {
	return htmlExecute(t, w, name, data)
}

func htmlExecute(t *htmltemplate.Template, w io.Writer, name string, data any) error {
	if (data == nil || !fmtview.Holds(reflect.TypeOf(data))) && !boxingFuncs.Load() {
		return t.ExecuteTemplate(w, name, data)
	}
	c, err := t.Clone()
	if err != nil {
		return t.ExecuteTemplate(w, name, data)
	}
	var trees []*parse.Tree
	for _, tm := range c.Templates() {
		if tm.Tree != nil && tm.Tree.Root != nil {
			trees = append(trees, tm.Tree.Copy())
		}
	}
	sites, funcs := rewriteTrees(trees)
	c.Funcs(htmltemplate.FuncMap(funcs))
	for _, tree := range trees {
		if _, err := c.AddParseTree(tree.Name, tree); err != nil {
			return t.ExecuteTemplate(w, name, data)
		}
	}
	return sites.fixExec(c.ExecuteTemplate(w, name, data))
}

// fixExec rewrites an execution error of the rewritten template as the
// original's.
func (s sites) fixExec(err error) error {
	var ee template.ExecError
	if errors.As(err, &ee) {
		ee.Err = errors.New(s.fix(ee.Err.Error()))
		return ee
	}
	return err
}

// site is a reference to fields or a method that a rewritten template
// resolves through the session's declarations (callFunc), with what the
// template said there, for error messages.
type sites []string

const (
	callFunc  = "__gt_call_" // + the site's index
	printFunc = "__gt_print"
	truthFunc = "__gt_truth"
	unboxFunc = "__gt_unbox"
	rangeFunc = "__gt_range"
)

// unboxedArgs are the builtin funcs of templates whose operands are
// looked at as values (compared, measured, tested for truth), by how
// many of the first operands: a box of a declared non-struct type
// (Count(3) in an any) is opened for them. The values index and slice
// return, which may be printed, stay as they are.
var unboxedArgs = map[string]int{"eq": -1, "ne": -1, "lt": -1, "le": -1, "gt": -1, "ge": -1,
	"len": -1, "not": -1, "and": -1, "or": -1, "index": 1, "slice": 1}

var (
	callError = regexp.MustCompile(`at <` + callFunc + `(\d+).*?>: error calling ` + callFunc + `\d+: `)
	// callArg is a site that is an operand of another call in the
	// node an error names: <first (__gt_call_0 . "Vals")>.
	callArg = regexp.MustCompile(`\(` + callFunc + `(\d+)[^()]*\)`)
	// unboxArg is an operand opened for a builtin (see unboxedArgs),
	// unboxLast the func an if's, with's or range's pipeline ends in.
	unboxArg  = regexp.MustCompile(`\(` + unboxFunc + ` ([^()]*)\)`)
	unboxLast = regexp.MustCompile(` \| (` + truthFunc + `|` + unboxFunc + `|` + rangeFunc + `)\b`)
)

// fix rewrites an error of the rewritten template as the original's.
func (s sites) fix(msg string) string {
	msg = callError.ReplaceAllStringFunc(msg, func(m string) string {
		i, _ := strconv.Atoi(callError.FindStringSubmatch(m)[1])
		if i < len(s) {
			return "at <" + s[i] + ">: "
		}
		return m
	})
	msg = unboxLast.ReplaceAllString(msg, "")
	for range 8 { // innermost first, for sites inside sites
		fixed := callArg.ReplaceAllStringFunc(msg, func(m string) string {
			i, _ := strconv.Atoi(callArg.FindStringSubmatch(m)[1])
			if i < len(s) {
				return s[i]
			}
			return m
		})
		fixed = unboxArg.ReplaceAllString(fixed, "$1")
		if fixed == msg {
			break
		}
		msg = fixed
	}
	return msg
}

// rewritten returns a copy of t and its associated templates whose
// field and method references call the session-aware resolver.
func rewritten(t *template.Template) (*template.Template, sites, error) {
	c, err := t.Clone()
	if err != nil {
		return nil, nil, err
	}
	var trees []*parse.Tree
	for _, tm := range c.Templates() {
		if tm.Tree == nil || tm.Tree.Root == nil {
			continue
		}
		tm.Tree = tm.Tree.Copy()
		trees = append(trees, tm.Tree)
	}
	s, funcs := rewriteTrees(trees)
	c.Funcs(funcs)
	return c, s, nil
}

// rewriteTrees rewrites trees in place (see rewritten) and returns the
// sites and the funcs the rewritten trees call.
func rewriteTrees(trees []*parse.Tree) (sites, template.FuncMap) {
	var s sites
	printed, ranged := map[int]bool{}, map[int]bool{}
	for _, tree := range trees {
		rw := &rewriter{sites: &s, printed: printed, ranged: ranged}
		rw.node(tree.Root)
	}
	funcs := template.FuncMap{printFunc: printable, "print": printViews(fmt.Sprint), "println": printViews(fmt.Sprintln),
		"printf": fmtview.Sprintf, truthFunc: truthOf, unboxFunc: fmtview.Unbox, rangeFunc: rangeOf}
	for i := range s {
		funcs[callFunc+strconv.Itoa(i)] = resolve
		if printed[i] {
			funcs[callFunc+strconv.Itoa(i)] = resolvePrinted
		}
		if ranged[i] {
			funcs[callFunc+strconv.Itoa(i)] = resolveRanged
		}
	}
	return s, funcs
}

type rewriter struct {
	sites *sites
	// printed are the sites an action prints as they are ({{.Status}}):
	// their value keeps its declared type for printing.
	printed map[int]bool
	// ranged are the sites a range ranges over (see resolveRanged).
	ranged map[int]bool
}

func (rw *rewriter) node(n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, x := range n.Nodes {
			rw.node(x)
		}
	case *parse.ActionNode:
		first := len(*rw.sites)
		rw.pipe(n.Pipe)
		if len(n.Pipe.Decl) == 0 && len(n.Pipe.Cmds) == 1 && len(*rw.sites) == first+1 {
			if id, ok := n.Pipe.Cmds[0].Args[0].(*parse.IdentifierNode); ok && id.Ident == callFunc+strconv.Itoa(first) {
				rw.printed[first] = true
			}
		}
		if len(n.Pipe.Decl) == 0 {
			n.Pipe.Cmds = append(n.Pipe.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: n.Pos,
				Args: []parse.Node{parse.NewIdentifier(printFunc).SetPos(n.Pos)}})
		}
	case *parse.IfNode:
		rw.branch(&n.BranchNode, truthFunc)
	case *parse.RangeNode:
		if p := n.Pipe; p != nil && len(p.Cmds) == 1 {
			// The collection: its elements keep their declared type.
			first := len(*rw.sites)
			defer func() {
				if id, ok := p.Cmds[0].Args[0].(*parse.IdentifierNode); ok && id.Ident == callFunc+strconv.Itoa(first) && !rw.printed[first] {
					rw.ranged[first] = true
				}
			}()
		}
		rw.branch(&n.BranchNode, rangeFunc)
	case *parse.WithNode:
		rw.branch(&n.BranchNode, truthFunc)
	case *parse.TemplateNode:
		rw.pipe(n.Pipe)
	}
}

// branch rewrites an if, with or range, whose pipeline's value goes
// through last (truthFunc or rangeFunc): a box is a struct to
// text/template, true where the value it holds is empty ({{if .done}}
// of a Flag(false) in a map[string]any) and no collection to range over.
func (rw *rewriter) branch(b *parse.BranchNode, last string) {
	rw.pipe(b.Pipe)
	if b.Pipe != nil {
		b.Pipe.Cmds = append(b.Pipe.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: b.Pipe.Pos,
			Args: []parse.Node{parse.NewIdentifier(last).SetPos(b.Pipe.Pos)}})
	}
	rw.node(b.List)
	if b.ElseList != nil {
		rw.node(b.ElseList)
	}
}

func (rw *rewriter) pipe(p *parse.PipeNode) {
	if p == nil {
		return
	}
	for _, c := range p.Cmds {
		rw.command(c)
	}
	// A reference piped into print, printf or println ({{.Status |
	// printf "%v"}}) is printed too.
	for j := 0; j+1 < len(p.Cmds); j++ {
		if isPrintCmd(p.Cmds[j+1]) {
			rw.markPrinted(p.Cmds[j].Args[0])
		}
	}
}

// isPrintCmd reports whether c calls the template's print, printf or
// println.
func isPrintCmd(c *parse.CommandNode) bool {
	if len(c.Args) == 0 {
		return false
	}
	id, ok := c.Args[0].(*parse.IdentifierNode)
	return ok && (id.Ident == "print" || id.Ident == "printf" || id.Ident == "println")
}

// markPrinted marks the site n calls, a rewritten reference, as one
// whose value is printed.
func (rw *rewriter) markPrinted(n parse.Node) {
	if p, ok := n.(*parse.PipeNode); ok && len(p.Cmds) == 1 && len(p.Decl) == 0 {
		n = p.Cmds[0].Args[0]
	}
	if id, ok := n.(*parse.IdentifierNode); ok && strings.HasPrefix(id.Ident, callFunc) {
		if i, err := strconv.Atoi(id.Ident[len(callFunc):]); err == nil {
			rw.printed[i] = true
		}
	}
}

// split returns the receiver and the names of a field reference
// (.A.B, $x.A, (pipe).A), or nil.
func split(n parse.Node) (parse.Node, []string) {
	switch n := n.(type) {
	case *parse.FieldNode:
		return &parse.DotNode{NodeType: parse.NodeDot, Pos: n.Pos}, n.Ident
	case *parse.VariableNode:
		if len(n.Ident) > 1 {
			return &parse.VariableNode{NodeType: parse.NodeVariable, Pos: n.Pos, Ident: n.Ident[:1]}, n.Ident[1:]
		}
	case *parse.ChainNode:
		return n.Node, n.Field
	}
	return nil, nil
}

// call is the arguments of a call of the resolver for a reference at
// pos, which the template spelled text.
func (rw *rewriter) call(pos parse.Pos, text string, recv parse.Node, names []string) []parse.Node {
	i := len(*rw.sites)
	*rw.sites = append(*rw.sites, text)
	return []parse.Node{
		parse.NewIdentifier(callFunc + strconv.Itoa(i)).SetPos(pos),
		recv,
		&parse.StringNode{NodeType: parse.NodeString, Pos: pos, Quoted: strconv.Quote(strings.Join(names, ".")), Text: strings.Join(names, ".")},
	}
}

func (rw *rewriter) command(c *parse.CommandNode) {
	if id, ok := c.Args[0].(*parse.IdentifierNode); ok && unboxedArgs[id.Ident] != 0 {
		n := unboxedArgs[id.Ident]
		defer func() {
			for i := 1; i < len(c.Args) && (n < 0 || i <= n); i++ {
				a := c.Args[i]
				c.Args[i] = &parse.PipeNode{NodeType: parse.NodePipe, Pos: a.Position(), Cmds: []*parse.CommandNode{
					{NodeType: parse.NodeCommand, Pos: a.Position(), Args: []parse.Node{parse.NewIdentifier(unboxFunc).SetPos(a.Position()), a}},
				}}
			}
		}()
	}
	if isPrintCmd(c) {
		// The operands of print, printf and println are printed.
		defer func() {
			for _, a := range c.Args[1:] {
				rw.markPrinted(a)
			}
		}()
	}
	for i, a := range c.Args {
		if p, ok := a.(*parse.PipeNode); ok {
			rw.pipe(p)
			continue
		}
		if ch, ok := a.(*parse.ChainNode); ok {
			if p, ok := ch.Node.(*parse.PipeNode); ok {
				rw.pipe(p)
			}
		}
		recv, names := split(a)
		if recv == nil {
			continue
		}
		if i == 0 {
			// A method called with the command's other arguments.
			c.Args = append(rw.call(a.Position(), a.String(), recv, names), c.Args[1:]...)
			return
		}
		c.Args[i] = &parse.PipeNode{NodeType: parse.NodePipe, Pos: a.Position(), Cmds: []*parse.CommandNode{
			{NodeType: parse.NodeCommand, Pos: a.Position(), Args: rw.call(a.Position(), a.String(), recv, names)},
		}}
	}
}

// truthOf is the value of an if's or with's pipeline: v, unless v is
// the interpreter's nil interface value (nil then), or a box whose value
// is empty as text/template tells (false, 0, "", an empty slice or map,
// nil), then that value. A with sets dot to a box that is not empty,
// which keeps its type's methods and printing.
func truthOf(v any) any {
	if !fmtview.Unwrapped(v).IsValid() {
		return nil // (a nil value of a declared interface type)
	}
	inner := fmtview.Unbox(v)
	if inner == nil {
		return nil
	}
	if truth, ok := template.IsTrue(inner); ok && !truth {
		return inner
	}
	return v
}

// rangeOf is the collection a range ranges over: v, out of its box (see
// unboxFunc), or, for a slice whose element type has the String or
// Error method only on its pointer, the slice of its elements'
// addresses: text/template prints the elements of a slice, which are
// addressable, by that method, and the resolver's funcs, which get each
// element in an interface, would see a copy.
func rangeOf(v any) any {
	v = fmtview.Unbox(v)
	rv := fmtview.Unwrap(reflect.ValueOf(v))
	if !rv.IsValid() || rv.Kind() != reflect.Slice || rv.Type().Elem().Kind() == reflect.Pointer || rv.Type().Elem().Kind() == reflect.Interface {
		return v
	}
	if rv.Len() == 0 || !ptrPrints(rv.Index(0).Addr()) {
		return v
	}
	out := reflect.MakeSlice(reflect.SliceOf(reflect.PointerTo(rv.Type().Elem())), rv.Len(), rv.Len())
	for i := range rv.Len() {
		out.Index(i).Set(rv.Index(i).Addr())
	}
	return out.Interface()
}

// printViews is the template's print or println (fmt.Sprint or
// fmt.Sprintln as f) printing its operands as fmt prints the declared
// types.
func printViews(f func(...any) string) func(...any) string {
	return func(args ...any) string { return f(fmtview.Args(args...)...) }
}

// printable is what the template prints for v: a view that prints as
// fmt prints the declared type.
func printable(v any) any {
	if v == nil {
		return nil
	}
	// As text/template prints a pointer: what it points to, unless the
	// pointer has the String or Error method.
	rv := fmtview.Unwrap(reflect.ValueOf(v))
	for rv.IsValid() && rv.Kind() == reflect.Pointer && !rv.IsNil() && !ptrPrints(rv) {
		rv = rv.Elem()
		if !rv.CanInterface() {
			break
		}
		v = rv.Interface()
	}
	return fmtview.Args(v)[0]
}

// ptrPrints reports whether p, a pointer, has a String or Error method
// that its pointee lacks (fmt prints the pointer by it).
func ptrPrints(p reflect.Value) bool {
	if info := fmtview.Lookup(p.Type().Elem()); info != nil {
		for _, name := range []string{"Error", "String"} {
			if _, ok := info.Methods[name]; ok {
				return info.PtrMethods[name]
			}
		}
		return false
	}
	for _, name := range []string{"Error", "String"} {
		if _, ok := p.Type().MethodByName(name); ok {
			_, byValue := p.Type().Elem().MethodByName(name)
			return !byValue
		}
	}
	return false
}

// resolve evaluates the field and method names ("A.B") on recv as
// text/template would on the declared types, the last one called with
// args when it is a method.
func resolve(recv any, names string, args ...any) (any, error) {
	v, _, err := resolveIn(recv, names, args...)
	return v, err
}

// resolveIn is resolve that also returns the value the last name was
// looked up on (its holder).
func resolveIn(recv any, names string, args ...any) (any, reflect.Value, error) {
	v := reflect.ValueOf(recv)
	var holder reflect.Value
	parts := strings.Split(names, ".")
	for i, name := range parts {
		var a []any
		last := i == len(parts)-1
		if last {
			a = args
		}
		holder = v
		var err error
		v, err = step(v, name, a, last && len(args) > 0)
		if err != nil {
			return nil, holder, err
		}
		if !v.IsValid() {
			return nil, holder, nil
		}
	}
	if !v.CanInterface() {
		return nil, holder, nil
	}
	return v.Interface(), holder, nil
}

// resolvePrinted is resolve for a value an action prints: a field of a
// declared type the reflect type cannot tell (Status int) prints as that
// type, with its methods.
func resolvePrinted(recv any, names string, args ...any) (any, error) {
	v, holder, err := resolveIn(recv, names, args...)
	if err != nil || v == nil || len(args) > 0 || fmtview.IsBox(reflect.TypeOf(v)) {
		return v, err // (a box prints as its type)
	}
	if p := addressedField(holder, names); p.IsValid() {
		return p.Interface(), nil
	}
	if d := fieldDesc(holder, names); d != "" {
		// A pointer prints as what it points to, unless it has the
		// String or Error method (as printable does).
		rv := reflect.ValueOf(v)
		for rv.Kind() == reflect.Pointer && !rv.IsNil() && strings.HasPrefix(d, "*") && !ptrPrints(rv) && rv.Elem().CanInterface() {
			rv, d = rv.Elem(), d[1:]
		}
		return fmtview.As(rv.Interface(), d), nil
	}
	return v, nil
}

// addressedField returns the address of the field the last of names
// names in holder when text/template would print it by the String or
// Error method of its pointer: the field is addressable (its struct is
// reached through a pointer) and only its pointer has the method; the
// invalid Value otherwise.
func addressedField(holder reflect.Value, names string) reflect.Value {
	h := fmtview.Unwrap(holder)
	for h.IsValid() && h.Kind() == reflect.Pointer && !h.IsNil() {
		h = h.Elem()
	}
	if !h.IsValid() || h.Kind() != reflect.Struct || !h.CanAddr() {
		return reflect.Value{}
	}
	info := fmtview.Lookup(h.Type())
	if info == nil {
		return reflect.Value{}
	}
	name := names[strings.LastIndexByte(names, '.')+1:]
	for i, f := range info.Fields {
		if f != name || i >= h.NumField() {
			continue
		}
		fv := h.Field(i)
		if fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Interface || !fv.CanAddr() {
			return reflect.Value{}
		}
		if p := fv.Addr(); ptrPrints(p) && p.CanInterface() {
			return p
		}
	}
	return reflect.Value{}
}

// resolveRanged is resolve for the collection a range ranges over: the
// elements and keys of a field whose declared type's are of a declared
// non-struct type ([]Color, map[Color]int, a Hand of Suits) come in
// their boxes, so that actions print them by their methods and call
// those ({{range .Colors}}{{.}}{{end}} prints "red", not 0).
func resolveRanged(recv any, names string, args ...any) (any, error) {
	v, holder, err := resolveIn(recv, names, args...)
	if err != nil || v == nil || len(args) > 0 {
		return v, err
	}
	return boxedElems(v, fieldDesc(holder, names)), nil
}

// fieldDesc is the description (see fmtview.As) of the declared type of
// the field the last of names names in holder, a struct of the session's
// or a pointer to one; "" when there is none to tell.
func fieldDesc(holder reflect.Value, names string) string {
	h := fmtview.Unwrap(holder)
	for h.IsValid() && h.Kind() == reflect.Pointer && !h.IsNil() {
		h = h.Elem()
	}
	if !h.IsValid() || h.Kind() != reflect.Struct {
		return ""
	}
	name := names[strings.LastIndexByte(names, '.')+1:]
	if info := fmtview.Lookup(h.Type()); info != nil {
		for i, f := range info.Fields {
			if f == name && i < len(info.FieldDescs) {
				return info.FieldDescs[i]
			}
		}
	}
	return ""
}

// Data returns v, the data of a template's Execute, whose static type the
// front end describes as desc (see fmtview.As): a slice or map of a
// declared non-struct type ([]Suit) comes with its elements and keys in
// their boxes (see boxedElems), so that the template prints them by
// their methods and calls those.
func Data(v any, desc string) any {
	return boxedElems(v, desc)
}

// Func returns f, a func of a template's FuncMap, as a func the
// template can call with and on the values of declared non-struct types
// (see fmtview.As). desc describes f's first result: when it is such a
// type, the wrapper's first result is that value in its box (an any), so
// that the template prints it and calls its methods as the declared
// type's. params describe f's parameters in turn ("" for one of another
// type): such a parameter becomes an any, which takes the value in its
// box (a field of the data, another such func's result) or as it is (a
// constant), opened and converted to f's parameter. f itself when there
// is nothing to wrap.
func Func(f any, desc string, params ...string) any {
	fv := reflect.ValueOf(f)
	if fv.Kind() != reflect.Func || fv.Type().NumOut() == 0 {
		return f
	}
	ft := fv.Type()
	bt := boxOf(desc, ft.Out(0))
	anyType := reflect.TypeOf((*any)(nil)).Elem()
	in := make([]reflect.Type, ft.NumIn())
	opened := make([]bool, ft.NumIn())
	for i := range in {
		in[i] = ft.In(i)
		if i < len(params) && params[i] != "" && !(ft.IsVariadic() && i == ft.NumIn()-1) && ft.In(i).Kind() != reflect.Interface {
			in[i], opened[i] = anyType, true
		}
	}
	if bt == nil && !slices.Contains(opened, true) {
		return f
	}
	if bt != nil {
		boxingFuncs.Store(true)
	}
	out := []reflect.Type{ft.Out(0)}
	if bt != nil {
		out[0] = anyType
	}
	for i := 1; i < ft.NumOut(); i++ {
		out = append(out, ft.Out(i))
	}
	wt := reflect.FuncOf(in, out, ft.IsVariadic())
	return reflect.MakeFunc(wt, func(args []reflect.Value) []reflect.Value {
		for i, open := range opened {
			if open {
				args[i] = openedArg(args[i], ft.In(i))
			}
		}
		var rs []reflect.Value
		if ft.IsVariadic() {
			rs = fv.CallSlice(args)
		} else {
			rs = fv.Call(args)
		}
		if bt == nil {
			return rs
		}
		first := reflect.New(out[0]).Elem()
		first.Set(boxed(bt, rs[0]))
		return append([]reflect.Value{first}, rs[1:]...)
	}).Interface()
}

// openedArg is a, an argument a template passed as an any, as a value of
// t: out of its box, converted (a constant 1 to a float64). A value that
// is not one of t's panics as the template's own check would: the
// template turns the panic into its error.
func openedArg(a reflect.Value, t reflect.Type) reflect.Value {
	v := fmtview.Unwrap(a)
	if inner, _, ok := fmtview.OpenBox(v); ok {
		v = inner
	}
	switch {
	case !v.IsValid():
		return reflect.Zero(t)
	case v.Type() == t:
		return v
	case v.Type().ConvertibleTo(t) && v.Kind() == t.Kind() || isNumber(v.Kind()) && isNumber(t.Kind()):
		return v.Convert(t)
	}
	panic(fmt.Sprintf("wrong type for value; expected %s; got %s", fmtview.TypeName(t), fmtview.TypeName(v.Type())))
}

// isNumber reports whether k is an integer or floating-point kind.
func isNumber(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Float64
}

// boxedElems returns v, a slice, array or map that desc describes, as a
// slice or map whose elements and keys of a declared non-struct type are
// in their boxes; v itself when none are.
func boxedElems(v any, desc string) any {
	rv := reflect.ValueOf(v)
	if d, ok := strings.CutPrefix(desc, "T:"); ok {
		info := fmtview.LookupName(d)
		if info == nil {
			return v
		}
		desc = info.Under // (type Hand []Suit)
		if inner, _, ok := fmtview.OpenBox(rv); ok {
			rv = inner // (a field's value comes in its box)
		}
	}
	switch kd, ed, isMap := fmtview.MapDescs(desc); {
	case strings.HasPrefix(desc, "[]") && (rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array):
		bt := boxOf(desc[2:], rv.Type().Elem())
		if bt == nil {
			return v
		}
		out := reflect.MakeSlice(reflect.SliceOf(bt), rv.Len(), rv.Len())
		for i := range rv.Len() {
			reflect.NewAt(rv.Type().Elem(), out.Index(i).Addr().UnsafePointer()).Elem().Set(rv.Index(i))
		}
		return out.Interface()
	case isMap && rv.Kind() == reflect.Map:
		kt, et := boxOf(kd, rv.Type().Key()), boxOf(ed, rv.Type().Elem())
		if kt == nil && et == nil {
			return v
		}
		out := reflect.MakeMapWithSize(reflect.MapOf(typeOr(kt, rv.Type().Key()), typeOr(et, rv.Type().Elem())), rv.Len())
		for it := rv.MapRange(); it.Next(); {
			out.SetMapIndex(boxed(kt, it.Key()), boxed(et, it.Value()))
		}
		return out.Interface()
	}
	return v
}

// boxOf is the type of the box of the declared type desc names, whose
// values are of reflect type under; nil when there is none.
func boxOf(desc string, under reflect.Type) reflect.Type {
	name, ok := strings.CutPrefix(desc, "T:")
	if !ok {
		return nil
	}
	if b := fmtview.BoxOf(name); b != nil && b.Field(0).Type == under {
		return b
	}
	return nil
}

// boxed returns x in a box of type bt, x itself when bt is nil.
func boxed(bt reflect.Type, x reflect.Value) reflect.Value {
	if bt == nil {
		return x
	}
	b := reflect.New(bt)
	reflect.NewAt(x.Type(), b.UnsafePointer()).Elem().Set(x)
	return b.Elem()
}

// typeOr is t, or otherwise when t is nil.
func typeOr(t, otherwise reflect.Type) reflect.Type {
	if t != nil {
		return t
	}
	return otherwise
}

// step evaluates one field or method name on v.
func step(v reflect.Value, name string, args []any, hasArgs bool) (reflect.Value, error) {
	v = fmtview.Unwrap(v)
	if !v.IsValid() {
		return reflect.Value{}, nil
	}
	typeName := fmtview.TypeName(v.Type())
	// Methods: value methods on values and pointers, pointer methods on
	// pointers and addressable values.
	base := v.Type()
	if base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	if info := fmtview.Lookup(base); info != nil {
		if m, ok := info.Calls[name]; ok {
			recv := v
			switch {
			case info.PtrMethods[name] && v.Kind() != reflect.Pointer && v.CanAddr():
				recv = v.Addr()
			case info.PtrMethods[name] && v.Kind() != reflect.Pointer:
				// Handed to the resolver in an interface, a value
				// loses the address text/template would take (an
				// element of a ranged slice): a copy's is taken.
				c := reflect.New(v.Type())
				c.Elem().Set(v)
				recv = c
			case !info.PtrMethods[name] && v.Kind() == reflect.Pointer:
				if v.IsNil() {
					return reflect.Value{}, fmt.Errorf("nil pointer evaluating %s.%s", typeName, name)
				}
				recv = v.Elem()
			}
			if recv.IsValid() {
				r, err := callMethod(m, recv, name, args)
				if err != nil || !r.IsValid() {
					return r, err
				}
				if b := boxOf(info.Results[name], r.Type()); b != nil {
					// A result of a declared non-struct type: in its
					// box, printed and called by its methods.
					return boxed(b, r), nil
				}
				return r, nil
			}
		}
	} else {
		ptr := v
		if ptr.Kind() != reflect.Interface && ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
			ptr = ptr.Addr()
		}
		if m := ptr.MethodByName(name); m.IsValid() {
			return callBound(m, name, args)
		}
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, fmt.Errorf("nil pointer evaluating %s.%s", typeName, name)
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		idx := -1
		exported := true
		if info := fmtview.Lookup(v.Type()); info != nil {
			for i, f := range info.Fields {
				if f == name && i < v.NumField() {
					idx, exported = i, isExported(name)
				}
			}
		} else if f, ok := v.Type().FieldByName(name); ok && len(f.Index) == 1 {
			idx, exported = f.Index[0], f.IsExported()
		}
		// (text/template names the type it was given, a pointer too.)
		if idx < 0 {
			if r, ok := promoted(v, name, args, hasArgs); ok {
				return r, nil
			}
			return reflect.Value{}, fmt.Errorf("can't evaluate field %s in type %s", name, typeName)
		}
		if !exported {
			return reflect.Value{}, fmt.Errorf("%s is an unexported field of struct type %s", name, typeName)
		}
		if hasArgs {
			return reflect.Value{}, fmt.Errorf("%s has arguments but cannot be invoked as function", name)
		}
		f := v.Field(idx)
		if info := fmtview.Lookup(v.Type()); info != nil && idx < len(info.FieldDescs) {
			// A field of a declared non-struct type: in its box, whose
			// methods the next name may call ({{.Temp.F}}).
			if b := boxOf(info.FieldDescs[idx], f.Type()); b != nil {
				return boxed(b, f), nil
			}
		}
		return f, nil
	case reflect.Map:
		k := reflect.ValueOf(name)
		if !k.Type().ConvertibleTo(v.Type().Key()) {
			break
		}
		if hasArgs {
			return reflect.Value{}, fmt.Errorf("%s is not a method but has arguments", name)
		}
		r := v.MapIndex(k.Convert(v.Type().Key()))
		if !r.IsValid() {
			return reflect.Value{}, nil
		}
		return r, nil
	}
	return reflect.Value{}, fmt.Errorf("can't evaluate field %s in type %s", name, typeName)
}

// promoted evaluates name, a field or method that v, a struct of the
// session's, has from one of its embedded fields ({{.ID}} of a Product
// embedding Base), as text/template finds promoted ones: ok is false
// when no embedded field has it.
func promoted(v reflect.Value, name string, args []any, hasArgs bool) (reflect.Value, bool) {
	info := fmtview.Lookup(v.Type())
	if info == nil {
		return reflect.Value{}, false
	}
	for i, embedded := range info.Embedded {
		if !embedded || i >= v.NumField() {
			continue
		}
		f := v.Field(i)
		if i < len(info.FieldDescs) {
			if b := boxOf(info.FieldDescs[i], f.Type()); b != nil {
				f = boxed(b, f) // (a Meters embedded: its methods)
			}
		}
		if f.Type() == v.Type() {
			continue // (a box's own value, boxed again: v itself)
		}
		if r, err := step(f, name, args, hasArgs); err == nil {
			return r, true
		}
	}
	return reflect.Value{}, false
}

// callMethod calls a registered method wrapper m (receiver first).
func callMethod(m, recv reflect.Value, name string, args []any) (reflect.Value, error) {
	in := []reflect.Value{recv}
	for i, a := range args {
		in = append(in, argValue(m.Type(), i+1, a))
	}
	return results(name, m, in)
}

// callBound calls a compiled method value.
func callBound(m reflect.Value, name string, args []any) (reflect.Value, error) {
	var in []reflect.Value
	for i, a := range args {
		in = append(in, argValue(m.Type(), i, a))
	}
	return results(name, m, in)
}

// argValue converts a template argument to the i'th parameter of ft.
func argValue(ft reflect.Type, i int, a any) reflect.Value {
	var pt reflect.Type
	switch {
	case ft.IsVariadic() && i >= ft.NumIn()-1:
		pt = ft.In(ft.NumIn() - 1).Elem()
	case i < ft.NumIn():
		pt = ft.In(i)
	default:
		return reflect.ValueOf(a)
	}
	if a == nil {
		return reflect.Zero(pt)
	}
	v := reflect.ValueOf(a)
	if !v.Type().AssignableTo(pt) && v.Type().ConvertibleTo(pt) {
		v = v.Convert(pt)
	}
	return v
}

// results calls f and returns its result as text/template does for a
// method: one result, or a result and an error.
func results(name string, f reflect.Value, in []reflect.Value) (out reflect.Value, err error) {
	ft := f.Type()
	if n := ft.NumIn(); len(in) != n && !(ft.IsVariadic() && len(in) >= n-1) {
		return reflect.Value{}, fmt.Errorf("wrong number of args for %s: want %d got %d", name, n-1, len(in)-1)
	}
	if ft.NumOut() == 0 || ft.NumOut() > 2 || (ft.NumOut() == 2 && ft.Out(1) != reflect.TypeOf((*error)(nil)).Elem()) {
		return reflect.Value{}, fmt.Errorf("can't call method/function %q with %d results", name, ft.NumOut())
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = fmt.Errorf("error calling %s: %w", name, e)
		}
	}()
	rs := f.Call(in)
	if len(rs) == 2 && !rs[1].IsNil() {
		return reflect.Value{}, fmt.Errorf("error calling %s: %w", name, rs[1].Interface().(error))
	}
	return rs[0], nil
}
