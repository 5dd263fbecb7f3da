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

// replacedFuncs are compiled funcs whose uses call the engine's version
// instead: os.Exit must end the cell, not the kernel, and run no
// deferred call; runtime.Goexit must stop the cell where it is;
// runtime.NumGoroutine counts the program's goroutines, not the kernel's;
// encoding/json, encoding/xml and text/template must see the session's
// types as declared (kernel/cellrt/cellenc).
var replacedFuncs = map[string]string{
	"encoding/json.Marshal":                     "JSONMarshal",
	"encoding/json.MarshalIndent":               "JSONMarshalIndent",
	"encoding/json.Unmarshal":                   "JSONUnmarshal",
	"(*encoding/json.Encoder).Encode":           "JSONEncode",
	"(*encoding/json.Decoder).Decode":           "JSONDecode",
	"encoding/xml.Marshal":                      "XMLMarshal",
	"encoding/xml.MarshalIndent":                "XMLMarshalIndent",
	"encoding/xml.Unmarshal":                    "XMLUnmarshal",
	"(*encoding/xml.Encoder).Encode":            "XMLEncode",
	"(*encoding/xml.Decoder).Decode":            "XMLDecode",
	"(*text/template.Template).Execute":         "TemplateExecute",
	"(*text/template.Template).ExecuteTemplate": "TemplateExecuteTemplate",
	"(*html/template.Template).Execute":         "HTMLExecute",
	"(*html/template.Template).ExecuteTemplate": "HTMLExecuteTemplate",
	"os.Exit":              "Exit",
	"syscall.Exit":         "Exit",
	"syscall.Exec":         "SyscallExec",
	"runtime.Goexit":       "Goexit",
	"runtime.NumGoroutine": "NumGoroutine",
	// A goroutine it starts is the cell's, as a go statement's is.
	"(*sync.WaitGroup).Go": "WaitGroupGo",
	// So is the one a timer or a context's end starts: its panic ends
	// the cell, not the kernel.
	"time.AfterFunc":    "AfterFunc",
	"context.AfterFunc": "ContextAfterFunc",
	// Unlocking an unlocked mutex ends the cell, not the kernel.
	"(*sync.Mutex).Unlock":    "MutexUnlock",
	"(*sync.RWMutex).Unlock":  "RWMutexUnlock",
	"(*sync.RWMutex).RUnlock": "RWMutexRUnlock",
	"log.Fatal":               "LogFatal",
	"log.Fatalf":              "LogFatalf",
	"log.Fatalln":             "LogFatalln",
	"(*log.Logger).Fatal":     "LoggerFatal",
	"(*log.Logger).Fatalf":    "LoggerFatalf",
	"(*log.Logger).Fatalln":   "LoggerFatalln",
	// Commands count against the session's process limit.
	"(*os/exec.Cmd).Start":          "ExecStart",
	"(*os/exec.Cmd).Run":            "ExecRun",
	"(*os/exec.Cmd).Output":         "ExecOutput",
	"(*os/exec.Cmd).CombinedOutput": "ExecCombinedOutput",
	// reflect must see the session's types as declared
	// (kernel/cellrt/reflectview).
	"reflect.TypeOf":               "ReflectTypeOf",
	"reflect.DeepEqual":            "DeepEqual",
	"reflect.VisibleFields":        "ReflectVisibleFields",
	"(reflect.Type).Name":          "ReflectName",
	"(reflect.Type).String":        "ReflectString",
	"(reflect.Type).PkgPath":       "ReflectPkgPath",
	"(reflect.Type).Field":         "ReflectField",
	"(reflect.Type).FieldByName":   "ReflectFieldByName",
	"(reflect.Type).NumMethod":     "ReflectNumMethod",
	"(reflect.Type).Method":        "ReflectMethod",
	"(reflect.Type).MethodByName":  "ReflectMethodByName",
	"(reflect.Value).String":       "ReflectValueString",
	"(reflect.Value).Convert":      "ReflectValueConvert",
	"(reflect.Value).Field":        "ReflectValueField",
	"(reflect.Value).FieldByName":  "ReflectValueFieldByName",
	"(reflect.Value).NumMethod":    "ReflectValueNumMethod",
	"(reflect.Value).Method":       "ReflectValueMethod",
	"(reflect.Value).MethodByName": "ReflectValueMethodByName",
	// Their errors name the value's type as declared (main.Point).
	"encoding/binary.Write":          "BinaryWrite",
	"encoding/binary.Read":           "BinaryRead",
	"(*encoding/gob.Encoder).Encode": "GobEncode",
	"(*encoding/gob.Decoder).Decode": "GobDecode",
}

// sortsSlice are the funcs of package sort that take a slice as an any
// and swap its elements by reflection: a slice of a declared type with
// methods (type Hand []Card) is handed over as it is, not in the box
// other interfaces hold it in ("call of Swapper on struct Value").
var sortsSlice = map[string]bool{"sort.Slice": true, "sort.SliceStable": true, "sort.SliceIsSorted": true}

// jsonOperand is the index of the value operand of encoding/json's funcs
// that the engine replaces.
var jsonOperand = map[string]int{
	"encoding/json.Marshal": 0, "encoding/json.MarshalIndent": 0, "encoding/json.Unmarshal": 1,
	"(*encoding/json.Encoder).Encode": 0, "(*encoding/json.Decoder).Decode": 0,
	"encoding/xml.Marshal": 0, "encoding/xml.MarshalIndent": 0, "encoding/xml.Unmarshal": 1,
	"(*encoding/xml.Encoder).Encode": 0, "(*encoding/xml.Decoder).Decode": 0,
}

// templateData is the index of the data operand of text/template's and
// html/template's Execute and ExecuteTemplate.
var templateData = map[string]int{
	"(*text/template.Template).Execute": 1, "(*text/template.Template).ExecuteTemplate": 2,
	"(*html/template.Template).Execute": 1, "(*html/template.Template).ExecuteTemplate": 2,
}

// templateFuncs lowers the funcs of a template.FuncMap literal whose
// result or parameters are of a declared non-struct type (func(f
// float64) Celsius, func(c Celsius) bool): the template gets the result
// in its box, printed and called by its methods ({{(mk 3).F}}), where
// the interpreter's result would be a float64, and hands the func a
// field of that type (in its box, see TemplateData) as its parameter.
//
//	template.FuncMap{"mk": mk}  ->  template.FuncMap{"mk": __gt.TemplateFunc(mk, "T:main.Celsius")}
//	template.FuncMap{"warm": warm}  ->  template.FuncMap{"warm": __gt.TemplateFunc(warm, "", "T:main.Celsius")}
func (l *lowerer) templateFuncs(e *ast.CompositeLit) {
	t := l.c.info.Types[e].Type
	if t == nil || !isNamed(t, "text/template", "FuncMap") && !isNamed(t, "html/template", "FuncMap") {
		return
	}
	for _, el := range e.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		sig, ok := underlying(l.c.info.Types[kv.Value].Type).(*types.Signature)
		if !ok || sig.Results().Len() == 0 {
			continue
		}
		result := l.desc(sig.Results().At(0).Type(), 0)
		if !strings.HasPrefix(result, "T:") {
			result = ""
		}
		// A parameter of such a type gets its argument in its box
		// (a field of the data, another func's result): the wrapper
		// opens it.
		var params []string
		for i := range sig.Params().Len() {
			if d := l.desc(sig.Params().At(i).Type(), 0); strings.HasPrefix(d, "T:") && !(sig.Variadic() && i == sig.Params().Len()-1) {
				for len(params) < i {
					params = append(params, "")
				}
				params = append(params, d)
			}
		}
		if result == "" && len(params) == 0 {
			continue
		}
		descs := strconv.Quote(result)
		for _, d := range params {
			descs += ", " + strconv.Quote(d)
		}
		l.ed.insertOpening(l.off(kv.Value.Pos()), hook+".TemplateFunc(")
		l.ed.insertClosing(l.off(kv.Value.End()), ", "+descs+")")
	}
}

// logOutput are the log package's funcs and methods that write a line,
// naming their caller's file and line when the logger's flags ask: a
// cell's call goes through the engine's LogAt, which knows the call's
// line (see logSite).
var logOutput = map[string]bool{}

func init() {
	for _, name := range []string{"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Output"} {
		logOutput["log."+name] = true
		logOutput["(*log.Logger)."+name] = true
	}
}

// logSite lowers a call of a log func or method of logOutput: it calls
// the method of the logger the engine's LogAt returns for the call's
// site (the line its parenthesis is on, as Go names a call):
//
//	log.Printf("n=%d", n)  ->  __gt.LogAt(12, log.New(log.Writer(), log.Prefix(), log.Flags())).Printf("n=%d", n)
//	lg.Println(x)          ->  __gt.LogAt(13, lg).Println(x)
//
// It reports whether it lowered the call (code checked without sites
// leaves its calls as written).
func (l *lowerer) logSite(e *ast.CallExpr, full string, st *state) bool {
	sel, ok := unparen(e.Fun).(*ast.SelectorExpr)
	if !ok || l.c.nextSite == nil {
		return false
	}
	id := l.c.nextSite()
	l.c.sites = append(l.c.sites, Site{ID: id, Line: l.line(e.Lparen), Kind: "log"})
	at := hook + ".LogAt(" + strconv.Itoa(id) + ", "
	if strings.HasPrefix(full, "(") {
		// The logger itself: a struct embedding one (Effective Go's
		// Job{Command string; *log.Logger}) hands over its field.
		t, path := l.c.info.Types[sel.X].Type, ""
		if s := l.c.info.Selections[sel]; s != nil {
			for _, i := range s.Index()[:len(s.Index())-1] {
				u := t.Underlying()
				if p, ok := u.(*types.Pointer); ok {
					u = p.Elem().Underlying()
				}
				f := u.(*types.Struct).Field(i)
				path, t = path+"."+f.Name(), f.Type()
			}
		}
		if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
			at += "&" // an addressable log.Logger: the method takes its pointer
		}
		l.ed.insert(l.off(sel.X.Pos()), at)
		l.expr(sel.X, st)
		l.ed.insertClosing(l.off(sel.X.End()), path+")")
	} else {
		// The interpreter's log funcs are those of a logger of its own:
		// the call's logger is one with its settings.
		pkg := sel.X.(*ast.Ident).Name
		l.ed.replace(l.off(sel.Pos()), l.off(sel.End()), at+pkg+".New("+pkg+".Writer(), "+pkg+".Prefix(), "+pkg+".Flags()))."+sel.Sel.Name)
	}
	for _, a := range e.Args {
		l.expr(a, st)
	}
	return true
}

// slogArgs hands the operands of the session's types that a call of
// log/slog passes as values of type any (the attributes' values of
// slog.Info's args, slog.Any's value) to the engine's SlogValue, which
// slog's handlers format as compiled Go formats the declared types
// (kernel/cellrt/cellenc's slog.go). An error is left as it is (slog
// writes its Error text); a slog.LogValuer goes as a compiled one
// calling its LogValue method (SlogValuer).
func (l *lowerer) slogArgs(e *ast.CallExpr, fn *types.Func) {
	if e.Ellipsis.IsValid() {
		return
	}
	sig := fn.Type().(*types.Signature)
	params := sig.Params()
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	for i, a := range e.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			pt = params.At(i).Type()
		default:
			continue
		}
		if iface, ok := pt.Underlying().(*types.Interface); !ok || !iface.Empty() {
			continue
		}
		t := l.c.info.Types[a].Type
		if t == nil || types.IsInterface(t) || !mayHoldCellType(t, l.c.pkg, 0) && !namedStatically(t, l.c.pkg) || types.Implements(t, errType) {
			continue
		}
		if slogValuer(fn, t) {
			// Its LogValue method, which slog calls, handed over as a
			// func with the value: the interpreter's value in an any
			// shows no methods.
			tname := l.namer.str(t)
			l.ed.insertOuter(l.off(a.Pos()), "func(v "+tname+") any { return "+hook+".SlogValuer(v, "+strconv.Quote(l.desc(t, 0))+", v.LogValue) }(")
			l.ed.insertClosing(l.off(a.End()), ")")
			continue
		}
		l.ed.insertOuter(l.off(a.Pos()), hook+".SlogValue(") // around the box a copy to any made
		l.ed.insertClosing(l.off(a.End()), ", "+strconv.Quote(l.desc(t, 0))+")")
	}
}

// variadicIfaceArgs lowers the variadic operands of a call of a
// compiled func whose variadic parameter is of an interface type with
// methods (io.MultiWriter(&c, &sb)) when one is of a session type: the
// interpreter passes such a value to the compiled func as it is
// ("cannot use *struct { Xn int } as type io.Writer in Call"), but puts
// it in an interface for a slice literal's element:
//
//	io.MultiWriter(&c, &sb)  ->  io.MultiWriter([]io.Writer{&c, &sb}...)
func (l *lowerer) variadicIfaceArgs(e *ast.CallExpr, fn *types.Func) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !sig.Variadic() || e.Ellipsis.IsValid() || fn.Pkg() == nil || fn.Pkg() == l.c.pkg || sig.TypeParams().Len() > 0 {
		return
	}
	first := sig.Params().Len() - 1
	if len(e.Args) <= first {
		return
	}
	elem := sig.Params().At(first).Type().(*types.Slice).Elem()
	if iface, ok := elem.Underlying().(*types.Interface); !ok || iface.Empty() || types.Identical(elem, universeError()) {
		return // (an error operand is made one where it is lowered)
	}
	need := false
	for _, a := range e.Args[first:] {
		if t := l.c.info.Types[a].Type; t != nil && !types.IsInterface(t) && mayHoldCellType(t, l.c.pkg, 0) {
			need = true
		}
	}
	if !need {
		return
	}
	l.ed.insertOuter(l.off(e.Args[first].Pos()), "[]"+l.namer.str(elem)+"{")
	l.ed.insertClosing(l.off(e.Args[len(e.Args)-1].End()), "}...")
}

// fmtWriterArg lowers the writer of fmt.Fprint, Fprintf and Fprintln
// when its type has a String or Format method: the interpreter puts
// every operand of these funcs that is a fmt.Stringer (or Formatter),
// the writer too, in that interface for them, which then is no
// io.Writer ("reflect: Call using stdlib._fmt_Stringer as type
// io.Writer"). Handed to a compiled func's io.Writer parameter first
// (the interpreter's own conversion, io.Writer(&w), fails the same way
// for a pointer whose Write is promoted from an embedded
// strings.Builder), the writer stays one:
//
//	fmt.Fprint(&w, "x")  ->  fmt.Fprint(__gt.AsWriter(&w), "x")
func (l *lowerer) fmtWriterArg(e *ast.CallExpr, fn *types.Func) {
	switch fn.FullName() {
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
	default:
		return
	}
	if len(e.Args) == 0 {
		return
	}
	w := e.Args[0]
	t := l.c.info.Types[w].Type
	if t != nil && types.IsInterface(t) {
		// A writer of an interface type the session declares (see
		// sessionToStd).
		l.sessionToStd(w, t, fn.Type().(*types.Signature).Params().At(0).Type())
		return
	}
	if t == nil || !mayHoldCellType(t, l.c.pkg, 0) {
		return
	}
	if _, ok := l.embeddedField(t, fn.Type().(*types.Signature).Params().At(0).Type()); ok {
		return // (the embedded writer is passed, see embeddedImpl)
	}
	ms := types.NewMethodSet(t)
	if !hasMethodNamed(ms, "String") && !hasMethodNamed(ms, "Format") {
		return
	}
	l.ed.insert(l.off(w.Pos()), hook+".AsWriter(")
	l.ed.insertClosing(l.off(w.End()), ")")
}

// fsArgs lowers an operand of a compiled func's io/fs.FS parameter that
// may be of a session type (fs.ReadDir(m, "."), fs.WalkDir, template.ParseFS):
// the interpreter hands compiled code a file of the session's types in a
// wrapper having fs.File's methods only, so that a directory's ReadDir
// is not found ("readdir .: not implemented"). The operand is handed
// over as its Open, and a func reading a directory the interpreter runs
// (the engine's CellFS):
//
//	fs.ReadDir(m, ".")  ->  fs.ReadDir(func(x fs.FS) fs.FS { return __gt.CellFS(nil, func(name string) (fs.File, error) { return x.Open(name) }, func(f fs.File, n int, probe bool) ([]fs.DirEntry, error, bool) { var d fs.ReadDirFile; if v, ok := __gt.Orig(f).(*dir); ok { d = v }; ... }) }(m), ".")
//
// (Only when a type of the session is such a directory: the interpreter
// asserts its own values to their types, not to fs.ReadDirFile.)
//
// (An operand of an interface type is handed over too, to be used as it
// is when it holds no value of the session's types.)
func (l *lowerer) fsArgs(e *ast.CallExpr, fn *types.Func) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || fn.Pkg() == nil || fn.Pkg() == l.c.pkg || !isStdPkg(fn.Pkg()) {
		return
	}
	for i, a := range e.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
			return
		}
		n, ok := types.Unalias(sig.Params().At(i).Type()).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "io/fs" || n.Obj().Name() != "FS" {
			continue
		}
		t := l.c.info.Types[a].Type
		if t == nil || (!types.IsInterface(t) && !mayHoldCellType(t, l.c.pkg, 0)) || mentionsLocal(t, l.c.pkg) {
			continue
		}
		scope := n.Obj().Pkg().Scope()
		name := func(s string) string { return l.namer.str(scope.Lookup(s).Type()) }
		rdf := scope.Lookup("ReadDirFile").Type().Underlying().(*types.Interface)
		var dirs strings.Builder
		for _, ct := range l.concreteTypes() {
			for _, tt := range []types.Type{ct, types.NewPointer(ct)} {
				if types.Implements(tt, rdf) {
					fmt.Fprintf(&dirs, "if v, ok := %s.Orig(f).(%s); ok { d = v }; ", hook, l.caseName(tt))
				}
			}
		}
		if dirs.Len() == 0 {
			continue // no directory of the session's types
		}
		held := "nil" // (a value of a session type would reach the engine with no methods)
		if types.IsInterface(t) {
			held = "x"
		}
		l.ed.insertOuter(l.off(a.Pos()), fmt.Sprintf("func(x %s) %s { return %s.CellFS(%s, func(name string) (%s, error) { return x.Open(name) }, "+
			"func(f %s, n int, probe bool) ([]%s, error, bool) { var d %s; %sif d == nil { return nil, nil, false }; if probe { return nil, nil, true }; es, err := d.ReadDir(n); return es, err, true }) }(",
			l.namer.str(n), l.namer.str(n), hook, held, name("File"), name("File"), name("DirEntry"), name("ReadDirFile"), dirs.String()))
		l.ed.insertClosing(l.off(a.End()), ")")
	}
}

// flagVarArg lowers the value of flag.Var and (*flag.FlagSet).Var when
// it may be of a session type: the interpreter hands compiled code such a
// value in a wrapper with Set and String only, so flag saw no IsBoolFlag
// (a custom boolean flag took the next argument as its value) and told
// a default from the zero value by the wrapper's zero ("(default 0)"
// printed for a zero default). The interpreter finds both, and the
// engine's FlagValue holds them with the value:
//
//	fs.Var(&v, "v", "verbose")  ->  fs.Var(func(v *level) flag.Value { b, z := v.IsBoolFlag(), (new(level)).String(); return func(f flag.Value) flag.Value { return __gt.FlagValue(f, b, z) }(v) }(&v), "v", "verbose")
func (l *lowerer) flagVarArg(e *ast.CallExpr, fn *types.Func) {
	if !l.flagVarLowered(e, fn) {
		return
	}
	a := e.Args[0]
	t := l.c.info.Types[a].Type
	sig := fn.Type().(*types.Signature)
	boolFlag := types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, nil, "IsBoolFlag",
		types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewVar(token.NoPos, nil, "", types.Typ[types.Bool])), false))}, nil).Complete()
	isBool := "false"
	if types.Implements(t, boolFlag) {
		isBool = "v.IsBoolFlag()"
	}
	// The zero value as flag makes it: a new T for a *T.
	zero := "*new(" + l.namer.str(t) + ")"
	if p, ok := t.Underlying().(*types.Pointer); ok {
		zero = "new(" + l.namer.str(p.Elem()) + ")"
	}
	v := l.namer.str(sig.Params().At(0).Type())
	// (The value goes to the engine through a literal's parameter of
	// flag.Value's type, which the interpreter hands over with its
	// methods.)
	// A String that panics on the zero value makes flag report the panic
	// when it prints the defaults; here it only makes the default no zero.
	held := "v"
	if b := l.boxed(t); b != nil {
		held = b.wrap(held)
	}
	l.ed.insertOuter(l.off(a.Pos()), fmt.Sprintf("func(v %s) %s { b, z := %s, func() (s string) { defer func() { if recover() != nil { s = \"\\x00\" } }(); return (%s).String() }(); return func(f %s) %s { return %s.FlagValue(f, b, z) }(%s) }(",
		l.namer.str(t), v, isBool, zero, v, v, hook, held))
	l.ed.insertClosing(l.off(a.End()), ")")
}

// flagVarLowered reports whether flagVarArg lowers the value e, a call
// of fn, passes.
func (l *lowerer) flagVarLowered(e *ast.CallExpr, fn *types.Func) bool {
	if fn.FullName() != "flag.Var" && fn.FullName() != "(*flag.FlagSet).Var" || len(e.Args) != 3 {
		return false
	}
	t := l.c.info.Types[e.Args[0]].Type
	// (An interface's dynamic type is not known here.)
	return t != nil && !types.IsInterface(t) && mayHoldCellType(t, l.c.pkg, 0) && !mentionsLocal(t, l.c.pkg)
}

// hasMethodNamed reports whether ms has a method of that name.
func hasMethodNamed(ms *types.MethodSet, name string) bool {
	for i := 0; i < ms.Len(); i++ {
		if ms.At(i).Obj().Name() == name {
			return true
		}
	}
	return false
}

// slogValuer reports whether fn is of log/slog and values of type t are
// slog.LogValuers (see slogArgs; such a value is not boxed).
func slogValuer(fn *types.Func, t types.Type) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || t == nil || types.IsInterface(t) {
		return false
	}
	valuer, _ := fn.Pkg().Scope().Lookup("LogValuer").(*types.TypeName)
	return valuer != nil && types.Implements(t, valuer.Type().Underlying().(*types.Interface))
}

// printFuncs take operands that fmt formats: their operands of the
// session's own types print as compiled Go prints them.
var printFuncs = map[string]bool{
	"fmt.Print": true, "fmt.Println": true, "fmt.Printf": true,
	"fmt.Sprint": true, "fmt.Sprintln": true, "fmt.Sprintf": true,
	"fmt.Fprint": true, "fmt.Fprintln": true, "fmt.Fprintf": true,
	"fmt.Errorf": true, "fmt.Append": true, "fmt.Appendln": true, "fmt.Appendf": true,
	"log.Print": true, "log.Printf": true, "log.Println": true,
	"log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true,
	"log.Panic": true, "log.Panicf": true, "log.Panicln": true,
	"(*log.Logger).Print": true, "(*log.Logger).Printf": true, "(*log.Logger).Println": true,
	"(*log.Logger).Fatal": true, "(*log.Logger).Fatalf": true, "(*log.Logger).Fatalln": true,
	"(*log.Logger).Panic": true, "(*log.Logger).Panicf": true, "(*log.Logger).Panicln": true,
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// callee returns the func a call expression's Fun names, and the ident
// that names it (for its instance).
func (l *lowerer) callee(fun ast.Expr) (*types.Func, *ast.Ident) {
	fun = unparen(fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	var id *ast.Ident
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil, nil
	}
	fn, _ := l.c.info.Uses[id].(*types.Func)
	return fn, id
}

// call lowers a call; it reports whether it walked the call's parts.
func (l *lowerer) call(e *ast.CallExpr, st *state) bool {
	fun := unparen(e.Fun)
	if id, ok := fun.(*ast.Ident); ok {
		if b, ok := l.c.info.Uses[id].(*types.Builtin); ok {
			return l.builtin(e, id, b.Name(), st)
		}
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if b, ok := l.c.info.Uses[sel.Sel].(*types.Builtin); ok && l.unsafeFunc(e, b.Name(), st) {
			return true
		}
	}
	if l.called == nil {
		l.called = map[ast.Expr]bool{}
	}
	if !l.goMethods[unparen(e.Fun)] {
		l.called[unparen(e.Fun)] = true
	}
	fn, id := l.callee(e.Fun)
	if fn == nil {
		return false
	}
	full := fn.FullName()
	if isStdPkg(fn.Pkg()) {
		sig := fn.Type().(*types.Signature)
		if sig.TypeParams().Len() > 0 {
			l.genericCall(e, fn, id, st)
			return true
		}
	}
	if printFuncs[full] {
		l.printArgs(e, fn)
	}
	if fn.Pkg() != nil && fn.Pkg().Path() == "log/slog" {
		l.slogArgs(e, fn)
	}
	l.variadicIfaceArgs(e, fn)
	l.fmtWriterArg(e, fn)
	l.fsArgs(e, fn)
	l.flagVarArg(e, fn)
	if logOutput[full] && l.logSite(e, full, st) {
		return true
	}
	if i, ok := jsonOperand[full]; ok && i < len(e.Args) {
		// A value of a declared non-struct type: encoding/json needs
		// its static type for its methods.
		if d := l.desc(l.c.info.Types[e.Args[i]].Type, 0); d != "" {
			// (Around the operand's other wrappers: UnboxPointer.)
			l.ed.insertOpening(l.off(e.Args[i].Pos()), hook+".JSONAs(")
			l.ed.insertClosing(l.off(e.Args[i].End()), ", "+strconv.Quote(d)+")")
		}
	}
	if i, ok := templateData[full]; ok && i < len(e.Args) {
		// A slice or map of a declared non-struct type ([]Suit): the
		// template sees its elements and keys in their boxes, printed
		// and called by their methods.
		if d := l.desc(l.c.info.Types[e.Args[i]].Type, 0); strings.HasPrefix(d, "[]") || strings.HasPrefix(d, "M(") {
			l.ed.insertOpening(l.off(e.Args[i].Pos()), hook+".TemplateData(")
			l.ed.insertClosing(l.off(e.Args[i].End()), ", "+strconv.Quote(d)+")")
		}
	}
	if full == "errors.As" && len(e.Args) == 2 && l.errorsAs(e, st) {
		return true
	}
	if full == "errors.Is" && len(e.Args) == 2 {
		l.errorsIs(e, st)
		return true
	}
	if full == "errors.Unwrap" && len(e.Args) == 1 {
		l.errorsUnwrap(e, st)
		return true
	}
	if _, ok := replacedFuncs[full]; !ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && !strings.HasPrefix(full, "(") && !e.Ellipsis.IsValid() {
		// reflect.Append(v, x), reflect.Indirect(v): what boxes hold.
		for _, a := range e.Args {
			if t := l.c.info.Types[a].Type; t != nil && isNamed(t, "reflect", "Value") {
				l.ed.insert(l.off(a.Pos()), hook+".ReflectInner(")
				l.ed.insertClosing(l.off(a.End()), ")")
			}
		}
	}
	if _, ok := replacedFuncs[full]; !ok && (strings.HasPrefix(full, "(reflect.Value).") && fn.Name() != "Interface" && fn.Name() != "CanInterface" && fn.Name() != "Type" ||
		strings.HasPrefix(full, "(reflect.Type).")) {
		// A value of a declared non-struct type is its box to reflect,
		// and its type the box's (see kernel/cellrt/reflectview): the
		// method sees what the box holds, Interface the box, which gives
		// the value back as its type, Type the box's type, whose
		// structure the methods of reflect.Type see through.
		through, operand := hook+".ReflectInner(", "Value"
		if strings.HasPrefix(full, "(reflect.Type).") {
			through, operand = hook+".ReflectUnder(", "Type"
		}
		sel := fun.(*ast.SelectorExpr)
		l.ed.insert(l.off(sel.X.Pos()), through)
		l.ed.insertClosing(l.off(sel.X.End()), ")")
		for _, a := range e.Args {
			// v.Set(reflect.ValueOf(c)) sets what the box holds;
			// t.AssignableTo(u) compares what they hold.
			if t := l.c.info.Types[a].Type; t != nil && isNamed(t, "reflect", operand) && !e.Ellipsis.IsValid() {
				l.ed.insert(l.off(a.Pos()), through)
				l.ed.insertClosing(l.off(a.End()), ")")
			}
		}
		return false
	}
	if name, ok := replacedFuncs[full]; ok && strings.HasPrefix(full, "(") {
		// A method: the receiver becomes the first argument.
		sel := fun.(*ast.SelectorExpr)
		recv := hook + "." + name + "("
		// A promoted method: its receiver is the embedded field
		// (g.Go(f) of a struct embedding a sync.WaitGroup).
		path, rt := promotedPath(l.c.info.Types[sel.X].Type, l.c.info.Selections[sel])
		if _, isPtr := rt.Underlying().(*types.Pointer); !isPtr && strings.HasPrefix(full, "(*") {
			recv += "&" // an addressable value: the method takes its pointer
		}
		l.ed.replace(l.off(e.Fun.Pos()), l.off(sel.X.Pos()), recv)
		l.expr(sel.X, st)
		if len(e.Args) == 0 {
			l.ed.replace(l.off(sel.X.End()), l.off(e.Rparen)+1, path+")")
		} else {
			l.ed.replace(l.off(sel.X.End()), l.off(e.Lparen)+1, path+", ")
		}
		for _, a := range e.Args {
			l.expr(a, st)
		}
		return true
	}
	return false
}

// methodCallText is the call of the method sel selects on recv, an
// operand of type rt, with args: the hook's call for a method the front
// end replaces (a deferred mu.Unlock() calls MutexUnlock as mu.Unlock()
// does), else the method's.
func methodCallText(recv string, rt types.Type, sel *types.Selection, args []string) string {
	if fn, ok := sel.Obj().(*types.Func); ok {
		if name, ok := replacedFuncs[fn.FullName()]; ok && strings.HasPrefix(fn.FullName(), "(") {
			path, ft := promotedPath(rt, sel)
			x := recv + path
			if _, isPtr := ft.Underlying().(*types.Pointer); !isPtr && strings.HasPrefix(fn.FullName(), "(*") {
				x = "&" + x
			}
			return hook + "." + name + "(" + strings.Join(append([]string{x}, args...), ", ") + ")"
		}
	}
	return recv + "." + sel.Obj().Name() + "(" + strings.Join(args, ", ") + ")"
}

// promotedPath is the selector path (".WaitGroup") from an operand of
// type t to the embedded field whose method sel selects, with that
// field's type; "" and t for a method of t itself.
func promotedPath(t types.Type, sel *types.Selection) (string, types.Type) {
	if sel == nil || len(sel.Index()) < 2 {
		return "", t
	}
	path := ""
	for _, i := range sel.Index()[:len(sel.Index())-1] {
		st, ok := derefType(t).Underlying().(*types.Struct)
		if !ok {
			return "", t
		}
		f := st.Field(i)
		path += "." + f.Name()
		t = f.Type()
	}
	return path, t
}

// derefType is t's element when t is a pointer, else t.
func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// builtin lowers min, max, clear, new(expr), print and println.
func (l *lowerer) builtin(e *ast.CallExpr, id *ast.Ident, name string, st *state) bool {
	tv := l.c.info.Types[e]
	switch name {
	case "delete":
		if len(e.Args) == 2 {
			l.ifaceKeyOf(l.c.info.Types[e.Args[0]].Type, e.Args[1])
			l.typedConst(e.Args[1]) // (see lower_consts.go)
		}
	case "make":
		// A channel of one direction: the interpreter's make panics
		// (reflect.MakeChan: unidirectional channel type); made both
		// ways, then converted.
		//
		//	make(chan<- int, 1)  ->  (chan<- int)(make(chan int, 1))
		if ch, ok := tv.Type.Underlying().(*types.Chan); ok && ch.Dir() != types.SendRecv && len(e.Args) > 0 && !mentionsLocal(tv.Type, l.c.pkg) && !hasTypeParam(tv.Type, 0) {
			l.ed.insert(l.off(e.Pos()), "("+l.namer.str(tv.Type)+")(")
			l.ed.replace(l.off(e.Args[0].Pos()), l.off(e.Args[0].End()), l.namer.str(types.NewChan(types.SendRecv, ch.Elem())))
			for _, a := range e.Args[1:] {
				l.expr(a, st)
			}
			// (Inside an enclosing call's wrappers: fmt.Printf("%T",
			// make(chan<- T)) names its type after it.)
			l.ed.insertOuter(l.off(e.End()), ")")
			return true
		}
	case "len", "cap":
		// Of an array or a pointer to one, a constant: Go does not
		// evaluate the operand (a nil pointer is not dereferenced).
		if tv.Value != nil && len(e.Args) == 1 && l.c.info.Types[e.Args[0]].Value == nil {
			l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
			return true
		}
	case "complex":
		// complex(0, math.Pi): the interpreter refuses a standard
		// package's untyped constant there.
		if tv.Value != nil {
			l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
			return true
		}
	case "min", "max":
		if tv.Value != nil {
			l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
			return true
		}
		typ := l.namer.str(tv.Type)
		var body string
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
			f := "FMin"
			if name == "max" {
				f = "FMax"
			}
			body = fmt.Sprintf("m := a; for _, x := range b { m = %s(%s.%s(float64(m), float64(x))) }; return m", typ, hook, f)
		} else {
			op := "<"
			if name == "max" {
				op = ">"
			}
			body = fmt.Sprintf("m := a; for _, x := range b { if x %s m { m = x } }; return m", op)
		}
		l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, fmt.Sprintf("(func(a %s, b ...%s) %s { %s })(", typ, typ, typ, body))
		l.args(e, st)
		return true
	case "panic":
		// An error of the session's types is handed over as an error
		// (the interpreter wraps it with its methods), so that a
		// recover's r.(error) sees it as one.
		if len(e.Args) == 1 {
			t := l.c.info.Types[e.Args[0]].Type
			iface := t != nil && types.IsInterface(t)
			if l.panicsAsError(t) {
				l.asError(e.Args[0], t)
			}
			// panic(nil) (or a nil interface) panics with a
			// *runtime.PanicNilError since Go 1.21; the interpreter
			// panics with nil, which recover cannot tell from no panic.
			if t == nil || iface || t == types.Typ[types.UntypedNil] {
				l.ed.insert(l.off(e.Args[0].Pos()), hook+".PanicValue(")
				l.ed.insert(l.off(e.Args[0].End()), ")")
			}
		}
		return false
	case "recover":
		// The interpreter hands back the panic's value wrapped in a
		// reflect.Value: r.(error) and %T would see the wrapper.
		pending, named := "", false
		if st != nil && st.fn != nil {
			pending, named = st.fn.pending, st.fn.named
		}
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), recoverText(pending, named))
		return true
	case "clear":
		l.ed.replace(l.off(id.Pos()), l.off(id.End()), hook+".Clear")
		l.args(e, st)
		return true
	case "new":
		if len(e.Args) == 1 && !l.c.info.Types[e.Args[0]].IsType() {
			typ := l.namer.str(types.Default(l.c.info.Types[e.Args[0]].Type))
			l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, fmt.Sprintf("(func(v %s) *%s { return &v })(", typ, typ))
			l.args(e, st)
			return true
		}
		l.args(e, st)
		return true
	case "print", "println":
		l.ed.replace(l.off(id.Pos()), l.off(id.End()), hook+"."+strings.ToUpper(name[:1])+name[1:])
		l.args(e, st)
		return true
	}
	l.args(e, st)
	return true
}

// unsafeFunc lowers the funcs of package unsafe that the interpreter
// lacks into calls of the engine's (a length of any integer type made
// an int; a result of a type the call decides asserted to it):
//
//	unsafe.Slice(p, n)  ->  __gt.UnsafeSlice(p, int(n)).([]T)
func (l *lowerer) unsafeFunc(e *ast.CallExpr, name string, st *state) bool {
	var assert string
	switch name {
	case "Sizeof", "Alignof", "Offsetof":
		// Constants, of the compiler's layout (the interpreter's
		// Offsetof of a variable's field dereferenced nil).
		if tv := l.c.info.Types[e]; tv.Value != nil {
			l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
			return true
		}
		return false
	case "Add":
		// The interpreter's takes an int length only.
		if t := l.c.info.Types[e.Args[1]].Type; len(e.Args) == 2 && t != nil && !types.Identical(t, types.Typ[types.Int]) && !isUntyped(t) {
			l.ed.insert(l.off(e.Args[1].Pos()), "int(")
			l.ed.insert(l.off(e.Args[1].End()), ")")
		}
		return false
	case "String", "StringData":
	case "Slice", "SliceData":
		assert = ".(" + l.namer.str(l.c.info.Types[e].Type) + ")"
	default:
		return false // Sizeof, Alignof, Offsetof, Add: the interpreter's
	}
	l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Fun.End()), hook+".Unsafe"+name)
	if len(e.Args) == 2 {
		l.ed.insert(l.off(e.Args[1].Pos()), "int(")
		l.ed.insert(l.off(e.Args[1].End()), ")")
	}
	if assert != "" {
		l.ed.insert(l.off(e.End()), assert)
	}
	l.args(e, st)
	return true
}

func (l *lowerer) args(e *ast.CallExpr, st *state) {
	for _, a := range e.Args {
		l.expr(a, st)
	}
}

// constText writes a constant as Go source of its type.
func (l *lowerer) constText(tv types.TypeAndValue) string {
	lit := tv.Value.ExactString()
	float := func(v constant.Value) string {
		f, _ := constant.Float64Val(constant.ToFloat(v))
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEIN") {
			s += ".0"
		}
		return s
	}
	switch tv.Value.Kind() {
	case constant.Float:
		lit = float(tv.Value)
	case constant.Complex:
		lit = "complex(" + float(constant.Real(tv.Value)) + ", " + float(constant.Imag(tv.Value)) + ")"
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		// An untyped constant keeps its kind, whatever its value's
		// (min(1, 2.0) is the float 1.0).
		if b.Kind() == types.UntypedFloat && tv.Value.Kind() == constant.Int {
			lit = float(tv.Value)
		}
		if b.Kind() == types.UntypedRune && tv.Value.Kind() == constant.Int {
			if r, exact := constant.Int64Val(tv.Value); exact && r <= utf8.MaxRune && utf8.ValidRune(rune(r)) {
				lit = strconv.QuoteRune(rune(r)) // (min(10, 'a') is the rune '\n')
			}
		}
		return lit
	}
	return l.namer.str(tv.Type) + "(" + lit + ")"
}

// genericCall lowers a call of a generic standard-library function to the
// engine's implementation, with the type arguments and the results'
// static types restored:
//
//	slices.Max(xs)  ->  func(p0 []int) (o0 int) { r := __gt.Generic("slices.Max", []any{(*[]int)(nil), (*int)(nil)}, p0); if r[0] != nil { o0 = r[0].(int) }; return }(xs)
func (l *lowerer) genericCall(e *ast.CallExpr, fn *types.Func, id *ast.Ident, st *state) {
	inst, ok := l.c.info.Instances[id]
	if !ok {
		l.refuse(e.Pos(), "cannot infer the type arguments of "+fn.FullName())
		return
	}
	sig := inst.Type.(*types.Signature)
	key := fn.Pkg().Path() + "." + fn.Name()
	if key == "errors.AsType" && inst.TypeArgs.Len() == 1 && !mentionsLocal(inst.TypeArgs.At(0), l.c.pkg) {
		// As errors.As: the interpreter walks the chain.
		t := l.namer.str(inst.TypeArgs.At(0))
		l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, fmt.Sprintf(
			"(func(e error) (r %s, found bool) { if e == nil { return }; p := new(%s); if found = %s.ErrorsAs(e, %s, func(y error) bool { %s }, %s); found { r = *p }; return })(",
			t, t, hook, l.asTarget(types.NewPointer(inst.TypeArgs.At(0))), l.asMatch(inst.TypeArgs.At(0)), l.errMethods("Unwrap", "UnwrapMany", "As")))
		l.sessionErrorArg(e.Args[0])
		l.args(e, st)
		return
	}
	if key == "reflect.TypeAssert" && types.IsInterface(inst.TypeArgs.At(0)) {
		// To an interface: the interpreter asserts, as only it knows the
		// methods of the cells' types (and their interfaces).
		t := l.namer.str(inst.TypeArgs.At(0))
		l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, fmt.Sprintf(
			"(func(v reflect.Value) (%s, bool) { return %s%s.Generic(%q, []any{(*any)(nil)}, v)[0]) })(",
			t, l.assertOkAny(inst.TypeArgs.At(0)), hook, key))
		l.args(e, st)
		return
	}
	if key == "reflect.TypeFor" && !types.IsInterface(inst.TypeArgs.At(0)) {
		// As reflect.TypeOf of a zero value: the interpreter's reflect
		// type of a declared non-struct type (or of a slice of one) is
		// the underlying type's, its box's is the type's own.
		t := inst.TypeArgs.At(0)
		zero := "*new(" + l.namer.str(t) + ")"
		if b := l.boxed(t); b != nil {
			open, closing := l.boxText(b, types.Universe.Lookup("any").Type())
			zero = open + zero + closing
		} else if name, desc := l.compositeBox(t); name != "" {
			zero = hook + ".CompositeBox(" + strconv.Quote(name) + ", " + strconv.Quote(desc) + ", " + zero + ")"
		}
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), hook+".ReflectTypeOf("+zero+")")
		return
	}
	if ok := l.c.generic; ok != nil && !ok(key) {
		l.refuse(e.Pos(), key+" is a generic function of the standard library the notebook cannot run")
		return
	}
	head := "(" + l.genericLit(key, sig, inst.TypeArgs) + ")("
	l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, head)
	l.args(e, st)
}

// genericLit is the func literal that runs the generic standard-library
// function key instantiated as sig (with the type arguments targs) on
// its parameters, as genericCall calls it:
//
//	func(p0 []int) (o0 int) { r := __gt.Generic("slices.Max", []any{(*[]int)(nil), (*int)(nil)}, p0); if r[0] != nil { o0 = r[0].(int) }; return }
func (l *lowerer) genericLit(key string, sig *types.Signature, targList *types.TypeList) string {
	var params, names []string
	for i := 0; i < sig.Params().Len(); i++ {
		p := fmt.Sprintf("p%d", i)
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			params = append(params, p+" ..."+l.namer.str(t.(*types.Slice).Elem()))
		} else {
			params = append(params, p+" "+l.namer.str(t))
		}
		names = append(names, p)
	}
	var targs []string
	for i := 0; i < targList.Len(); i++ {
		targs = append(targs, "(*"+l.namer.str(targList.At(i))+")(nil)")
	}
	call := fmt.Sprintf("%s.Generic(%q, []any{%s}", hook, key, strings.Join(targs, ", "))
	for _, n := range names {
		call += ", " + n
	}
	call += ")"
	if n := sig.Results().Len(); n == 0 {
		return fmt.Sprintf("func(%s) { %s }", strings.Join(params, ", "), call)
	}
	var outs, sets []string
	for i := 0; i < sig.Results().Len(); i++ {
		t := l.namer.str(sig.Results().At(i).Type())
		outs = append(outs, fmt.Sprintf("o%d %s", i, t))
		sets = append(sets, fmt.Sprintf("if r[%d] != nil { o%d = r[%d].(%s) }", i, i, i, t))
	}
	return fmt.Sprintf("func(%s) (%s) { r := %s; %s; return }", strings.Join(params, ", "), strings.Join(outs, ", "), call, strings.Join(sets, "; "))
}

// genericValue lowers a generic standard-library function used as a
// value, instantiated (cmp.Compare[int]) or inferred
// (slices.SortFunc(xs, cmp.Compare)), into genericLit's func literal;
// e is the whole value, sel its pkg.Name. It reports whether it did.
func (l *lowerer) genericValue(e ast.Expr, sel *ast.SelectorExpr) bool {
	fn, ok := l.c.info.Uses[sel.Sel].(*types.Func)
	if !ok || !isStdPkg(fn.Pkg()) {
		return false
	}
	inst, ok := l.c.info.Instances[sel.Sel]
	if !ok {
		return false
	}
	key := fn.Pkg().Path() + "." + fn.Name()
	if key == "errors.AsType" || key == "reflect.TypeAssert" {
		return false // their calls are lowered apart
	}
	if ok := l.c.generic; ok != nil && !ok(key) {
		return false
	}
	l.ed.replace(l.off(e.Pos()), l.off(e.End()), "("+l.genericLit(key, inst.Type.(*types.Signature), inst.TypeArgs)+")")
	return true
}

// printArgs passes the operands of a printing func through the engine,
// where one may be of the session's own types.
func (l *lowerer) printArgs(e *ast.CallExpr, fn *types.Func) {
	sig := fn.Type().(*types.Signature)
	if !sig.Variadic() {
		return
	}
	first := sig.Params().Len() - 1
	if len(e.Args) <= first {
		return
	}
	if l.printTuple(e, first) {
		return
	}
	need := false
	for _, a := range e.Args[first:] {
		if t := l.c.info.Types[a].Type; t != nil && (mayHoldCellType(t, l.c.pkg, 0) || namedStatically(t, l.c.pkg) || isNamed(t, "reflect", "Value")) {
			need = true
			break
		}
	}
	if !need {
		return
	}
	last := e.Args[len(e.Args)-1]
	if fe := l.runtimeFormat(e, sig, first, fn); fe != nil {
		// A format known only when it runs (a helper's, passed on):
		// the engine formats it, %T naming the declared types, and the
		// func prints the result.
		//
		//	fmt.Sprintf(format, a...)  ->  fmt.Sprintf("%s", __gt.Sprintf(format, a...))
		l.ed.insertOpening(l.off(fe.Pos()), `"%s", `+hook+".Sprintf(")
		l.printOperands(e, sig, first)
		l.ed.insertClosing(l.off(e.Rparen), ")")
		return
	}
	// The opening goes in first: operands get their own wrappers inside.
	// Errorf's operands keep their errors as they are, for %w.
	helper := ".Args("
	switch fn.FullName() {
	case "fmt.Errorf":
		helper = ".ErrorfArgs("
	case "fmt.Print", "fmt.Sprint", "fmt.Fprint", "fmt.Append", "log.Print", "log.Panic", "log.Fatal",
		"(*log.Logger).Print", "(*log.Logger).Panic", "(*log.Logger).Fatal":
		// Spaced as Sprint spaces its operands.
		helper = ".SprintArgs("
	}
	l.ed.insert(l.off(e.Args[first].Pos()), hook+helper)
	extra := l.printOperands(e, sig, first)
	// The closing goes after those of the operands' own lowerings
	// (a == b as the last operand: IfaceEqual(a, b)), made later.
	if e.Ellipsis.IsValid() {
		l.ed.insertClosing(l.off(last.End()), "...)")
		return
	}
	l.ed.insertClosing(l.off(last.End()), extra+")...")
}

// runtimeFormat returns the format operand of e, a call of a printing
// func with a format whose operands start at first, when it is no
// constant, or when its verbs leave operands over (which fmt names in
// its %!(EXTRA ...), as the engine must for the session's types), or
// has a %T for operands spread from a slice; nil otherwise, and for
// fmt.Errorf (whose %w needs fmt's own reading).
func (l *lowerer) runtimeFormat(e *ast.CallExpr, sig *types.Signature, first int, fn *types.Func) ast.Expr {
	if first == 0 || first > len(e.Args) || sig.Params().At(first-1).Name() != "format" || fn.FullName() == "fmt.Errorf" {
		return nil
	}
	fe := e.Args[first-1]
	tv := l.c.info.Types[fe]
	if tv.Value == nil {
		return fe
	}
	if tv.Value.Kind() != constant.String {
		return nil
	}
	format := constant.StringVal(tv.Value)
	taken, wraps, typed := 0, false, false
	for _, v := range fmtverb.Parse(format) {
		if strings.Contains(format[v.Start:v.End], "[") {
			return nil
		}
		taken = max(taken, v.Arg+1)
		wraps = wraps || v.Verb == 'w'
		typed = typed || v.Verb == 'T'
	}
	if e.Ellipsis.IsValid() {
		if typed || wraps {
			return fe // (operands spread from a slice: %T's known when it runs)
		}
		return nil
	}
	if taken < len(e.Args)-first || wraps {
		return fe // (%w outside Errorf: fmt names the operand's type)
	}
	return nil
}

// printTuple lowers a printing call whose operands are the results of
// one call (fmt.Println(two())): each result is described as an operand
// of its own would be (see printOperands), in a func literal that
// assigns them to variables (passed to a func's parameters, a result of
// a cell's interface type made the interpreter mistake the next one's
// type: "Call using interp.valueInterface as type []string"). It reports
// whether the call was such a one.
//
//	fmt.Println(two())  ->  fmt.Println(func() []any { p0, p1 := two(); return __gt.Args(__gt.As(p0, "T:main.Meters"), p1) }()...)
func (l *lowerer) printTuple(e *ast.CallExpr, first int) bool {
	if len(e.Args) != first+1 || e.Ellipsis.IsValid() {
		return false
	}
	a := e.Args[first]
	tup, ok := l.c.info.Types[a].Type.(*types.Tuple)
	if !ok {
		return false
	}
	var params, operands []string
	described := false
	for i := 0; i < tup.Len(); i++ {
		t := tup.At(i).Type()
		if mentionsLocal(t, l.c.pkg) {
			return true
		}
		p := fmt.Sprintf("p%d", i)
		params = append(params, p)
		if mayHoldCellType(t, l.c.pkg, 0) || namedStatically(t, l.c.pkg) {
			described = true
		}
		if d := l.desc(t, 0); d != "" {
			p = hook + ".As(" + p + ", " + strconv.Quote(d) + ")"
			described = true
		}
		operands = append(operands, p)
	}
	if described {
		l.ed.insert(l.off(a.Pos()), "func() []any { "+strings.Join(params, ", ")+" := ")
		l.ed.insert(l.off(a.End()), "; return "+hook+".Args("+strings.Join(operands, ", ")+") }()...")
	}
	return true
}

// mayHoldCellType reports whether a value of type t may be, or contain,
// a value of a type the session declared.
func mayHoldCellType(t types.Type, main *types.Package, depth int) bool {
	if depth > 6 {
		return false
	}
	switch t := t.(type) {
	case *types.Named:
		if t.Obj().Pkg() == main {
			return true
		}
		if _, ok := t.Underlying().(*types.Interface); ok {
			return true
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if mayHoldCellType(t.TypeArgs().At(i), main, depth+1) {
				return true
			}
		}
		return false
	case *types.Alias:
		return mayHoldCellType(types.Unalias(t), main, depth)
	case *types.Interface:
		return true
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return mayHoldCellType(t.Elem(), main, depth+1)
	case *types.Slice:
		return mayHoldCellType(t.Elem(), main, depth+1)
	case *types.Array:
		return mayHoldCellType(t.Elem(), main, depth+1)
	case *types.Map:
		return mayHoldCellType(t.Key(), main, depth+1) || mayHoldCellType(t.Elem(), main, depth+1)
	case *types.Chan:
		return false
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			// The interpreter renames the unexported fields of a struct
			// literal's type.
			if !t.Field(i).Exported() || mayHoldCellType(t.Field(i).Type(), main, depth+1) {
				return true
			}
		}
	}
	return false
}

// ident lowers a name used on its own.
func (l *lowerer) ident(e *ast.Ident) {}

// selector lowers pkg.Name references to replaced funcs and refuses
// generic standard-library funcs used as values; it reports whether it
// handled the expression whole.
func (l *lowerer) selector(e *ast.SelectorExpr) bool {
	switch obj := l.c.info.Uses[e.Sel].(type) {
	case *types.Func:
		full := obj.FullName()
		if v := l.errorsFuncValue(full); v != "" {
			l.ed.replace(l.off(e.Pos()), l.off(e.End()), v)
			return true
		}
		if name, ok := replacedFuncs[full]; ok && !strings.HasPrefix(full, "(") {
			l.ed.replace(l.off(e.Pos()), l.off(e.End()), hook+"."+name)
			return true
		}
		if isStdPkg(obj.Pkg()) {
			if sig := obj.Type().(*types.Signature); sig.TypeParams().Len() > 0 {
				if !l.genericValue(e, e) {
					l.refuse(e.Pos(), full+" is generic: in a notebook it can only be called directly, not used as a value (wrap it in a func literal)")
				}
				return true
			}
		}
		if sel := l.c.info.Selections[e]; sel != nil && sel.Kind() == types.MethodExpr {
			if l.methodExpr(e, sel) {
				return true
			}
		}
		if sel := l.c.info.Selections[e]; sel != nil && sel.Kind() == types.MethodVal && !l.called[e] {
			if l.methodValue(e, sel, obj) {
				return true
			}
		}
		if sel := l.c.info.Selections[e]; sel != nil {
			if n := namedOf(sel.Recv()); n != nil && isStdGeneric(n) && !isStdSpecialised(n) {
				l.refuse(e.Pos(), "methods of the generic type "+n.Obj().Pkg().Name()+"."+n.Obj().Name()+" are not supported by the notebook yet")
				return true
			}
		}
	}
	return false
}

func namedOf(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := t.(*types.Named)
	return n
}

// typeExpr replaces a type expression that names an instance of a
// generic standard-library type (iter.Seq[int]) or of a generic alias
// (Set[int] for type Set[T comparable] = map[T]struct{}) by its
// structure, which the interpreter knows; it reports whether it did.
func (l *lowerer) typeExpr(e ast.Expr) bool {
	tv, ok := l.c.info.Types[e]
	if !ok || !tv.IsType() {
		return false
	}
	if a, ok := tv.Type.(*types.Alias); ok && a.TypeArgs().Len() > 0 {
		// An instance of a generic alias (Go 1.24), which the
		// interpreter cannot declare: the type it stands for.
		if mentionsLocal(a, l.c.pkg) {
			return false
		}
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.typeText(e, l.namer.str(types.Unalias(a))))
		return true
	}
	if a, ok := tv.Type.(*types.Alias); ok && l.sessionAlias(a) && !mentionsLocal(a, l.c.pkg) {
		// A use of the session's alias: the interpreter loses the
		// methods of a named type through an alias (type Ints =
		// Vec[int]; v.Len() was "undefined selector").
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.namer.str(types.Unalias(a)))
		return true
	}
	n, ok := tv.Type.(*types.Named)
	if !ok || !isStdGeneric(n) {
		return false
	}
	l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.typeText(e, l.namer.str(n)))
	return true
}

// convertedRecv makes the receiver of a method selected on a conversion
// to a session type (Handler(strings.TrimSpace).Then(g)) a call's result:
// the interpreter finds no method on the conversion when the type was
// declared in an earlier cell ("undefined selector Then", or a crash).
//
//	Handler(f).Then(g)  ->  (func(v Handler) Handler { return v })(Handler(f)).Then(g)
func (l *lowerer) convertedRecv(e *ast.SelectorExpr) {
	sel, ok := l.c.info.Selections[e]
	if !ok || sel.Kind() != types.MethodVal {
		return
	}
	conv, ok := unparen(e.X).(*ast.CallExpr)
	if !ok || len(conv.Args) != 1 || !l.c.info.Types[conv.Fun].IsType() {
		return
	}
	t := l.c.info.Types[e.X].Type
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg || mentionsLocal(t, l.c.pkg) || hasTypeParam(t, 0) {
		return
	}
	typ := l.namer.str(t)
	l.ed.insert(l.off(e.X.Pos()), "(func(v "+typ+") "+typ+" { return v })(")
	l.ed.insertClosing(l.off(e.X.End()), ")")
}

// typeText is t, a type written in place of the type expression e, in
// parentheses when it is a func type converting a value: iter.Seq[int](f)
// converts f, while func(func(int) bool)(f) would declare a func type with
// a result.
func (l *lowerer) typeText(e ast.Expr, t string) string {
	if rest := l.c.plan.cell[l.off(e.End()):]; strings.HasPrefix(t, "func(") && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "(") {
		return "(" + t + ")"
	}
	return t
}

// sessionAlias reports whether a is an alias the session declares at
// its top level (not a generic one's instance) of one of its own named
// types, which generated code spells as the type it stands for. (An
// alias of a compiled type stays: the type may have no name there that
// the session can write, as a %%compile cell's unexported ones.)
func (l *lowerer) sessionAlias(a *types.Alias) bool {
	return a.TypeArgs().Len() == 0 && a.Obj().Pkg() == l.c.pkg && a.Obj().Parent() == l.c.pkg.Scope() && ownNamed(types.Unalias(a), l.c.pkg)
}

// ownNamed reports whether t is a named type the session declares.
func ownNamed(t types.Type, session *types.Package) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() == session
}

// deferStmt evaluates a deferred call's function value and arguments
// at the defer statement, as Go does (the interpreter evaluates them
// when the call runs):
//
//	defer f(a, b)  ->  { __gt_d1, __gt_d2, __gt_d3 := f, a, b; defer __gt_d1(__gt_d2, __gt_d3) }
//
// At the cell's top level, the call is deferred to the end of the cell.
// In the body of a range-over-func loop, which runs in the iterator's
// yield func, the call goes onto a stack that a call deferred by the
// enclosing func where the outermost such loop starts runs (see
// rangeFunc), last in first out: the calls run when that func returns,
// in Go's order.
func (l *lowerer) deferStmt(s *ast.DeferStmt, st *state) {
	stack := ""
	for _, f := range st.frames {
		if f.rf != nil {
			if f.rf.defers == "" {
				f.rf.defers = fmt.Sprintf("%s_ds%d", hook, f.rf.id)
			}
			stack = f.rf.defers
			break
		}
	}
	call := s.Call
	fun := unparen(call.Fun)
	top := st.fn != nil && st.fn.cell && stack == ""
	if l.deferCalls == nil {
		l.deferCalls = map[*ast.CallExpr]bool{}
	}
	l.deferCalls[call] = true
	if fn, _ := l.callee(call.Fun); fn != nil && isStdPkg(fn.Pkg()) && fn.Type().(*types.Signature).TypeParams().Len() > 0 {
		l.refuse(s.Pos(), "defer of a generic standard-library call is not supported by the notebook; defer a func literal that calls it")
		return
	}
	_, isLit := fun.(*ast.FuncLit)
	builtin := false
	if id, ok := fun.(*ast.Ident); ok {
		_, builtin = l.c.info.Uses[id].(*types.Builtin)
	}
	var caps []*loopCapture
	if lit, ok := fun.(*ast.FuncLit); ok && !top {
		if l.deferred == nil {
			l.deferred = map[*ast.FuncLit]bool{}
		}
		l.deferred[lit] = true
		caps = l.loopCaptures(lit)
	}
	if stack != "" && isLit && l.callsRecover(fun) {
		l.refuse(s.Pos(), "a func deferred inside the body of a range-over-func loop cannot recover in the notebook; defer it before the loop")
		return
	}
	if stack != "" && isLit && len(call.Args) == 0 {
		l.ed.replace(l.off(s.Pos()), l.off(call.Fun.Pos()), stack+" = append("+stack+", ")
		l.ed.replace(l.off(call.Fun.End()), l.off(s.End()), ")")
		l.expr(call.Fun, st)
		return
	}
	if len(call.Args) == 0 && len(caps) == 0 && (isLit || builtin) && !top && stack == "" && l.emptyVariadic(call) == nil {
		l.expr(call, st)
		return
	}
	if isLit && !top && stack == "" {
		l.deferLiteral(s, caps, st)
		return
	}
	var kept []ast.Expr
	var names []string
	var calleeText string
	sel, _ := fun.(*ast.SelectorExpr)
	var selection *types.Selection
	if sel != nil {
		selection = l.c.info.Selections[sel]
		if selection != nil && selection.Kind() != types.MethodVal {
			selection = nil
		}
	}
	// A method that recovers is deferred as its twin (lower_recovering.go).
	twin, twinSig := "", (*types.Signature)(nil)
	if !top && stack == "" && !call.Ellipsis.IsValid() && l.emptyVariadic(call) == nil {
		twin, twinSig = l.deferredTwin(selection)
	}
	exprLit := ""
	if sel != nil && !top && stack == "" && l.pendCall[s] == "" && !call.Ellipsis.IsValid() && l.emptyVariadic(call) == nil && len(call.Args) > 0 {
		if xs := l.c.info.Selections[sel]; xs != nil && xs.Kind() == types.MethodExpr {
			if text, ok := l.methodExprText(sel, xs); ok {
				exprLit = text[1 : len(text)-1] // (in parentheses, a value)
			}
		}
	}
	switch {
	case builtin:
		calleeText = l.text(fun)
		switch name := fun.(*ast.Ident).Name; name {
		case "print", "println":
			calleeText = hook + "." + strings.ToUpper(name[:1]) + name[1:] // to standard error
		case "panic":
			// The interpreter panics at the defer statement itself.
			calleeText = "func(v any) { panic(v) }"
		}
	case twin != "":
		names = append(names, l.name("df"), l.name("dr"))
		kept = append(kept, sel.X)
		l.twinReceiver(sel.X, selection, twinSig.Params().At(0).Type())
	case selection != nil:
		// A method call: the receiver is evaluated now (its address, for
		// a pointer method of an addressable value), the method is
		// selected when the call runs. (The interpreter cannot bind a
		// method value of a compiled type.)
		n := l.name("dr")
		kept = append(kept, sel.X)
		names = append(names, n)
		calleeText = n + "." + sel.Sel.Name
		if needsAddr(selection) {
			l.ed.insert(l.off(sel.X.Pos()), "&(")
			l.ed.insert(l.off(sel.X.End()), ")")
		} else if derefsRecv(selection) {
			// A value method of a pointer's type: Go copies the value
			// at the defer statement (and panics there for nil).
			l.ed.insert(l.off(sel.X.Pos()), "*(")
			l.ed.insert(l.off(sel.X.End()), ")")
		} else if rt := selection.Recv(); types.IsInterface(rt) && !hasTypeParam(rt, 0) && l.namedInPlace(rt) {
			// A method of an interface value: Go selects it at the
			// defer statement, and panics there for a nil one.
			typ := l.namer.str(rt)
			l.ed.insert(l.off(sel.X.Pos()), "(func(r "+typ+") "+typ+" { if r == nil { "+hook+".NilDeref() }; return r })(")
			l.ed.insert(l.off(sel.X.End()), ")")
		}
	case exprLit != "":
		// A method expression's literal is deferred as it is: kept in
		// a variable, a deferred literal deadlocks (see deferLiteral).
		calleeText = exprLit
	default:
		n := l.name("df")
		kept = append(kept, call.Fun)
		names = append(names, n)
		calleeText = n
	}
	var argNames []string
	sig, _ := underlying(l.c.info.Types[call.Fun].Type).(*types.Signature) // (a named func type too)
	// printed is the first operand of a printing func, viewed now.
	printed := -1
	if fn, _ := l.callee(call.Fun); fn != nil && printFuncs[fn.FullName()] && sig != nil && sig.Variadic() && !call.Ellipsis.IsValid() {
		printed = sig.Params().Len() - 1
	}
	typeOps := l.typeVerbOperands(call, sig, printed)
	for i, a := range call.Args {
		if t := l.c.info.Types[a].Type; printed >= 0 && typeOps[i-printed] && t != nil {
			// Its type's name, now (%T became %s).
			name := ""
			if !types.IsInterface(t) {
				name = l.c.markLocal(instanceSpelled(goTypeName(t)), t)
			}
			l.ed.insert(l.off(a.Pos()), hook+".TypeName(")
			l.ed.insert(l.off(a.End()), ", "+strconv.Quote(name)+")")
		} else if printed >= 0 && i >= printed && t != nil && !isTuple(t) && (mayHoldCellType(t, l.c.pkg, 0) || namedStatically(t, l.c.pkg)) {
			// defer fmt.Println(c): the operand is kept as fmt will
			// see it (a view by its methods, see printArgs), not as
			// the interpreter hands a value to an any.
			if d := l.desc(t, 0); d != "" {
				l.ed.insert(l.off(a.Pos()), hook+".As(")
				l.ed.insert(l.off(a.End()), ", "+strconv.Quote(d)+")")
			} else {
				l.ed.insert(l.off(a.Pos()), hook+".Args(")
				l.ed.insert(l.off(a.End()), ")[0]")
			}
		}
		count := 1
		if tup, ok := l.c.info.Types[a].Type.(*types.Tuple); ok {
			count = tup.Len()
		}
		kept = append(kept, a)
		for j := 0; j < count; j++ {
			n := l.name("da")
			names = append(names, n)
			argNames = append(argNames, n)
		}
		// An untyped constant gets the parameter's type.
		if tv := l.c.info.Types[a]; count == 1 && sig != nil && (isUntyped(tv.Type) || l.untypedConst(a) && !types.IsInterface(tv.Type) && !types.Identical(tv.Type, l.untypedDefault(a))) {
			if pt := paramType(sig, i, call.Ellipsis.IsValid()); pt != nil {
				l.ed.insert(l.off(a.Pos()), l.convText(pt)+"(")
				l.ed.insert(l.off(a.End()), ")")
			}
		} else if builtin && isUntyped(tv.Type) {
			l.ed.insert(l.off(a.Pos()), l.namer.str(types.Default(tv.Type))+"(")
			l.ed.insert(l.off(a.End()), ")")
		} else if sig != nil && !builtin && l.interpreted(call.Fun) {
			l.storeToIface(a, paramType(sig, i, call.Ellipsis.IsValid()))
		}
	}
	if twin != "" {
		calleeText, argNames = names[0], names[1:]
		selection, sig = nil, twinSig
	}
	var tail string
	callText := calleeText + "(" + strings.Join(argNames, ", ")
	if call.Ellipsis.IsValid() {
		callText += "..."
	}
	// Deferred right away (not by a literal or the engine), a call
	// that spreads a slice or passes nothing to a variadic parameter is
	// one of a literal with a slice parameter (lower_variadic_nil.go).
	empty := l.emptyVariadic(call)
	spread := call.Ellipsis.IsValid() || (empty != nil && !builtin)
	var deferredCall string
	if empty != nil && !builtin && !top {
		sep := ""
		if len(argNames) > 0 {
			sep = ", "
		}
		callText += sep + l.namer.str(empty) + "(nil)..."
	}
	callText += ")"
	if fsig, ok := l.c.info.Types[call.Fun].Type.Underlying().(*types.Signature); ok && spread && !builtin && selection == nil && !top && stack == "" {
		params, inner := l.forwardParams(fsig, 0)
		params, args := sliceParam(params, names[1:], empty != nil)
		params = append([]string{"__gt_f " + l.namer.str(l.c.info.Types[call.Fun].Type)}, params...)
		deferredCall = "func(" + strings.Join(params, ", ") + ") { __gt_f(" + strings.Join(inner, ", ") + ") }(" + strings.Join(append([]string{names[0]}, args...), ", ") + ")"
	} else {
		deferredCall = callText
	}
	if selection != nil {
		// The interpreter reads a deferred method call's receiver when the
		// call runs (in a loop, the last iteration's): the receiver and
		// the arguments are passed to a func literal that calls the
		// method.
		rt := l.c.info.Types[sel.X].Type
		if needsAddr(selection) {
			rt = types.NewPointer(rt)
		} else if derefsRecv(selection) {
			rt = rt.Underlying().(*types.Pointer).Elem()
		}
		params, inner := l.forwardParams(sig, 0)
		args := names[1:]
		if spread && !top {
			params, args = sliceParam(params, args, empty != nil)
		}
		params = append([]string{"__gt_r " + l.namer.str(rt)}, params...)
		args = append([]string{names[0]}, args...)
		catch := ""
		if pend := l.pendCall[s]; pend != "" && !top {
			catch = l.catchText(pend, -1) + " "
		}
		lit := "func(" + strings.Join(params, ", ") + ") { " + catch + methodCallText("__gt_r", rt, selection, inner) + " }"
		if stack != "" {
			// (A slice to spread goes to the literal's slice parameter.)
			tail = "; " + stack + " = append(" + stack + ", func() { " + lit + "(" + strings.Join(args, ", ") + ") }) }"
		} else if top {
			spread := "false"
			if call.Ellipsis.IsValid() {
				spread = "true"
			}
			tail = fmt.Sprintf("; %s.DeferCall(%s, %s, %s) }", hook, spread, lit, strings.Join(names, ", "))
		} else if cases := l.ifaceTwinCases(selection, names[1:]); cases != "" && catch == "" && !spread {
			// Through an interface: a method that recovers is deferred
			// as its twin (lower_recovering.go), picked by the value's
			// type.
			tail = "; switch __gt_v := " + names[0] + ".(type) { " + cases + "default: defer " + lit + "(" + strings.Join(args, ", ") + ") } }"
		} else {
			tail = "; defer " + lit + "(" + strings.Join(args, ", ") + ") }"
		}
	} else if stack != "" {
		tail = "; " + stack + " = append(" + stack + ", func() { " + callText + " }) }"
	} else if top {
		tail = fmt.Sprintf("; %s.Defer(func() { %s }) }", hook, callText)
		if builtin && strings.HasPrefix(calleeText, hook+".") {
			// print and println are the engine's funcs: values too.
			tail = fmt.Sprintf("; %s.DeferCall(false, %s) }", hook, strings.Join(append([]string{calleeText}, names...), ", "))
		} else if !builtin {
			// The func and its arguments go to the engine as values: a
			// func literal in a loop would see the last iteration's.
			spread := "false"
			if call.Ellipsis.IsValid() {
				spread = "true"
			}
			tail = fmt.Sprintf("; %s.DeferCall(%s, %s) }", hook, spread, strings.Join(names, ", "))
		}
	} else if pend := l.pendCall[s]; pend != "" && builtin && fun.(*ast.Ident).Name == "panic" {
		// A deferred panic in a func whose deferred calls are chained:
		// handed on to the calls deferred before it, as any call's.
		tail = "; defer func(v any) { " + l.catchText(pend, -1) + " panic(v) }(" + strings.Join(argNames, ", ") + ") }"
	} else if pend := l.pendCall[s]; pend != "" && selection == nil && l.deferredValue(call) {
		// A func value deferred by a func whose deferred calls are
		// chained: a nil one is called by a literal that catches its
		// panic (the func it holds, if any, may recover).
		tail = "; if " + calleeText + " == nil { defer func() { " + l.catchText(pend, l.exitSite(s)) + " " + callText + " }() } else { defer " + deferredCall + " } }"
	} else if pend := l.pendCall[s]; pend != "" && sig != nil {
		// A call of a func whose deferred calls are chained (see
		// deferChain): made by a literal that catches its panic, given
		// the func and the arguments evaluated now.
		params, inner := l.forwardParams(sig, 0)
		args := names[1:]
		if spread {
			params, args = sliceParam(params, args, empty != nil)
		}
		params = append([]string{"__gt_f " + l.namer.str(sig)}, params...)
		catch := l.catchText(pend, -1)
		if l.recovering[s] {
			catch = l.handoffCatchText(pend)
		}
		tail = "; defer func(" + strings.Join(params, ", ") + ") { " + catch + " __gt_f(" + strings.Join(inner, ", ") + ") }(" + strings.Join(append([]string{names[0]}, args...), ", ") + ") }"
	} else {
		tail = "; defer " + deferredCall + " }"
	}
	if len(kept) == 0 && stack != "" {
		l.ed.replace(l.off(s.Pos()), l.off(s.End()), stack+" = append("+stack+", func() { "+callText+" })")
		return
	}
	if len(kept) == 0 {
		// A builtin without arguments at the cell's top level.
		l.ed.replace(l.off(s.Pos()), l.off(s.End()), fmt.Sprintf("%s.Defer(func() { %s })", hook, callText))
		return
	}
	if twin != "" {
		l.ed.replace(l.off(s.Pos()), l.off(kept[0].Pos()), "{ "+names[0]+" := "+twin+"; "+strings.Join(names[1:], ", ")+" := ")
		names = names[1:]
	} else {
		l.ed.replace(l.off(s.Pos()), l.off(kept[0].Pos()), "{ "+strings.Join(names, ", ")+" := ")
	}
	for i := 1; i < len(kept); i++ {
		l.ed.replace(l.off(kept[i-1].End()), l.off(kept[i].Pos()), ", ")
	}
	l.ed.replace(l.off(kept[len(kept)-1].End()), l.off(s.End()), tail)
	for _, k := range kept {
		l.expr(k, st)
	}
	// Kept as the operands of one definition, the values are mixed up as
	// an assignment's are (after a struct literal, the interpreter
	// stored zero: defer K{}.M(3) passed 0).
	if len(names) == len(kept) {
		l.severalValues(kept, nil)
	}
}

// deferLiteral lowers a deferred call of a func literal with arguments
// or loop variables it captures (caps, see lower_capture.go): the
// arguments and the captures' addresses are evaluated at the defer
// statement and the literal stays where it is.
//
//	defer func(x T) { ... }(a)  ->  { __gt_da1 := a; defer func(x T) { ... }(__gt_da1) }
//
// (Kept in a variable, a deferred literal would deadlock the
// interpreter: it holds the frame's lock while running deferred calls,
// and a closure held in a variable takes the same lock when it returns.)
func (l *lowerer) deferLiteral(s *ast.DeferStmt, caps []*loopCapture, st *state) {
	call := s.Call
	lit := unparen(call.Fun).(*ast.FuncLit)
	sig, _ := underlying(l.c.info.Types[call.Fun].Type).(*types.Signature) // (a named func type too)
	empty := l.emptyVariadic(call) != nil
	if empty || call.Ellipsis.IsValid() {
		// The variadic parameter becomes a slice parameter, given the
		// slice to spread or nil (see lower_variadic_nil.go).
		params := lit.Type.Params.List
		dots := params[len(params)-1].Type.(*ast.Ellipsis).Ellipsis
		l.ed.replace(l.off(dots), l.off(dots)+len("..."), "[]")
		if call.Ellipsis.IsValid() {
			l.ed.replace(l.off(call.Ellipsis), l.off(call.Ellipsis)+len("..."), "")
		}
	}
	for i, a := range call.Args {
		l.expr(a, st)
		if sig != nil {
			l.storeToIface(a, paramType(sig, i, call.Ellipsis.IsValid()))
		}
	}
	if len(call.Args) > 1 {
		l.severalValues(call.Args, nil) // kept by one definition, see deferStmt
	}
	var names, texts []string
	for i, a := range call.Args {
		count := 1
		if tup, ok := l.c.info.Types[a].Type.(*types.Tuple); ok {
			count = tup.Len()
		}
		text := l.ed.take(l.c.plan.cell, l.off(a.Pos()), l.off(a.End()))
		// An untyped constant gets the parameter's type.
		if tv := l.c.info.Types[a]; count == 1 && sig != nil && (isUntyped(tv.Type) || l.untypedConst(a) && !types.IsInterface(tv.Type) && !types.Identical(tv.Type, l.untypedDefault(a))) {
			if pt := paramType(sig, i, call.Ellipsis.IsValid()); pt != nil {
				text = l.convText(pt) + "(" + text + ")"
			}
		}
		texts = append(texts, text)
		for j := 0; j < count; j++ {
			names = append(names, l.name("da"))
		}
	}
	if len(call.Args) > 0 {
		last := call.Args[len(call.Args)-1]
		l.ed.replace(l.off(call.Args[0].Pos()), l.off(last.End()), strings.Join(names, ", "))
	}
	if empty {
		l.appendArg(call, "nil")
	}
	l.expr(call.Fun, st)
	if len(caps) > 0 {
		// The addresses of the loop variables the literal captures.
		params, addrs := l.derefCaptures(lit, caps)
		sep := ""
		if lit.Type.Params.NumFields() > 0 {
			sep = ", "
		}
		l.ed.insert(l.off(lit.Type.Params.Closing), sep+strings.Join(params, ", "))
		var capNames []string
		for range caps {
			capNames = append(capNames, l.name("cpa"))
		}
		sep = ""
		if len(call.Args) > 0 || empty {
			sep = ", "
		}
		l.ed.insert(l.off(call.Rparen), sep+strings.Join(capNames, ", "))
		names, texts = append(names, capNames...), append(texts, addrs...)
	}
	if len(names) == 0 {
		return // a variadic literal given nothing (see above)
	}
	l.ed.insert(l.off(s.Pos()), "{ "+strings.Join(names, ", ")+" := "+strings.Join(texts, ", ")+"; ")
	l.ed.insert(l.off(s.End()), " }")
}

// needsAddr reports whether a method selection takes its operand's
// address implicitly (a pointer method of an addressable value).
func needsAddr(sel *types.Selection) bool {
	f, ok := sel.Obj().(*types.Func)
	if !ok {
		return false
	}
	recv := f.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	if _, ptr := recv.Type().(*types.Pointer); !ptr {
		return false
	}
	switch sel.Recv().Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return false
	}
	return !sel.Indirect()
}

// derefsRecv reports whether the method sel selects has a value receiver
// and the operand is a pointer to its type (not through an embedded
// field): a deferred call copies the value at the defer statement.
func derefsRecv(sel *types.Selection) bool {
	f, ok := sel.Obj().(*types.Func)
	if !ok || len(sel.Index()) != 1 || types.IsInterface(sel.Recv()) {
		return false
	}
	recv := f.Type().(*types.Signature).Recv()
	if recv == nil || isPointer(recv.Type()) {
		return false
	}
	_, ptr := sel.Recv().Underlying().(*types.Pointer)
	return ptr
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// paramType is the type of the i'th argument of a call of sig.
func paramType(sig *types.Signature, i int, ellipsis bool) types.Type {
	n := sig.Params().Len()
	if sig.Variadic() && i >= n-1 {
		if ellipsis {
			return sig.Params().At(n - 1).Type()
		}
		return sig.Params().At(n - 1).Type().(*types.Slice).Elem()
	}
	if i < n {
		return sig.Params().At(i).Type()
	}
	return nil
}

var _ = token.NoPos

// errorsAs lowers errors.As: compiled errors.As can neither see that a
// type the session declares implements error nor call the Unwrap, Is
// and As methods of the session's errors, nor store into a variable of
// an interface type the session declares. The engine walks the chain
// (see errMethods); the interpreter tests each error against the target.
//
//	errors.As(err, &t)  ->  (func(e error, p *T) bool { …; return __gt.ErrorsAs(e, p, func(y error) bool { …match… }, …methods…) })(err, &t)
func (l *lowerer) errorsAs(e *ast.CallExpr, st *state) bool {
	target := l.c.info.Types[e.Args[1]]
	pt, ok := target.Type.(*types.Pointer)
	if !ok && target.Type != nil && !types.IsInterface(target.Type) && !hasTypeParam(target.Type, 0) {
		// A target that is no pointer (errors.As(err, nf)): Go
		// panics when err is not nil.
		msg := "errors: target must be a non-nil pointer"
		if target.IsNil() {
			msg = "errors: target cannot be nil"
		}
		l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, "(func(e error, _ any) bool { if e == nil { return false }; panic("+strconv.Quote(msg)+") })(")
		l.args(e, st)
		return true
	}
	if !ok {
		return false
	}
	if _, param := pt.Elem().(*types.TypeParam); param || !l.namedInPlace(pt.Elem()) {
		return false
	}
	check := ""
	if _, isIface := pt.Elem().Underlying().(*types.Interface); !isIface && !types.Implements(pt.Elem(), universeError().Underlying().(*types.Interface)) {
		check = `panic("errors: *target must be interface or implement error"); `
	}
	l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, fmt.Sprintf(
		"(func(e error, p *%s) bool { if e == nil { return false }; if p == nil { panic(\"errors: target must be a non-nil pointer\") }; %sreturn %s.ErrorsAs(e, %s, func(y error) bool { %s }, %s) })(",
		l.namer.str(pt.Elem()), check, hook, l.asTarget(pt), l.asMatch(pt.Elem()), l.errMethods("Unwrap", "UnwrapMany", "As")))
	l.sessionErrorArg(e.Args[0])
	l.args(e, st)
	return true
}

// asTarget is the target p, of type pt, that errors.As's lowering hands
// to the As methods of the chain's errors: boxed when pt points to a
// boxed type (an As method asserts it to its type).
func (l *lowerer) asTarget(pt types.Type) string {
	if b := l.boxed(pt); b != nil {
		return b.wrap("p")
	}
	return "p"
}

// sessionErrorArg makes the error operand of errors.As or errors.AsType
// an error as panic's operand is, when it is of a session type: the
// interpreter's own conversion at the call hands the engine a value it
// cannot assert to the type (errors.As(m, &nf) for m of type Multi, whose
// Unwrap() []error held nf, was false).
func (l *lowerer) sessionErrorArg(a ast.Expr) {
	if t := l.c.info.Types[a].Type; t != nil && !types.IsInterface(t) && mayHoldCellType(t, l.c.pkg, 0) && l.boxed(t) == nil {
		// (A boxed type's box is made at the call as for any operand.)
		l.asError(a, t)
	}
}

// panicsAsError reports whether panic's operand, of type t, is handed to
// the engine as an error (see the builtin's lowering): a value of the
// session's types (not boxed: a boxed type is boxed as any operand is)
// that implements error.
func (l *lowerer) panicsAsError(t types.Type) bool {
	return t != nil && !types.IsInterface(t) && types.Implements(t, universeError().Underlying().(*types.Interface)) && mayHoldCellType(t, l.c.pkg, 0) && l.boxed(t) == nil
}

// universeError is the predeclared error.
func universeError() types.Type { return types.Universe.Lookup("error").Type() }

// asMatch is the body of the func that tests one error y of a chain
// against the target of errors.As, a p of type *target, and stores it
// there when it matches: the interpreter asserts the value y holds (a
// boxed type's box holds it); the session's types that implement an
// interface target are asserted by name, as the interpreter cannot
// assert its own types to an interface type, nor a compiled value to
// an interface type the session declares (the engine tells whether it
// implements it and stores it).
func (l *lowerer) asMatch(target types.Type) string {
	iface, isIface := target.Underlying().(*types.Interface)
	if _, param := target.(*types.TypeParam); param || !isIface {
		t, v := l.namer.str(target), "v"
		if b := l.boxed(target); b != nil {
			v = b.open(v, t)
			t = b.typeName()
		}
		return fmt.Sprintf("if v, ok := %s.Orig(y).(%s); ok { *p = %s; return true }; return false", hook, t, v)
	}
	if types.Implements(universeError(), iface) {
		return "*p = y; return true" // every error is one
	}
	var b strings.Builder
	for _, n := range l.concreteTypes() {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(t, iface) {
				fmt.Fprintf(&b, "if v, ok := %s.Orig(y).(%s); ok { *p = v; return true }; ", hook, l.caseName(t))
			}
		}
	}
	if isCompiledNamed(target, l.c.pkg) {
		// A standard interface: the interpreter asserts compiled values.
		fmt.Fprintf(&b, "if v, ok := %s.Orig(y).(%s); ok { *p = v; return true }; ", hook, l.namer.str(target))
	} else if sigs, ok := l.methodSigs(iface); ok {
		fmt.Fprintf(&b, "if %s.HasMethods(y%s) { var w interface{ Error() string } = y; %s.SetIface(p, &w, y); return true }; ", hook, sigs, hook)
	}
	return b.String() + "return false"
}

// methodSigs writes the methods of iface as arguments of HasMethods
// (", \"Timeout func() bool\""), their types as reflect writes them;
// false when one mentions a type of the session, which no compiled
// value's method does.
func (l *lowerer) methodSigs(iface *types.Interface) (string, bool) {
	local := false
	qual := func(p *types.Package) string {
		if p == l.c.pkg {
			local = true
		}
		return p.Name()
	}
	var b strings.Builder
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		if !m.Exported() {
			return "", false
		}
		sig := m.Type().(*types.Signature)
		b.WriteString(", " + strconv.Quote(m.Name()+" "+types.TypeString(types.NewSignatureType(nil, nil, nil, unnamed(sig.Params()), unnamed(sig.Results()), sig.Variadic()), qual)))
	}
	return b.String(), !local
}

// unnamed is the tuple t without its names.
func unnamed(t *types.Tuple) *types.Tuple {
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		vars[i] = types.NewParam(token.NoPos, nil, "", t.At(i).Type())
	}
	return types.NewTuple(vars...)
}

// errorsIs lowers errors.Is so that the engine's walk of the chain calls
// the Is and Unwrap methods of the session's errors.
//
//	errors.Is(err, ErrX)  ->  (func(e, t error) bool { return __gt.ErrorsIsIn(e, t, …methods…) })(err, ErrX)
func (l *lowerer) errorsIs(e *ast.CallExpr, st *state) {
	l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, l.errorsFuncValue("errors.Is")+"(")
	l.args(e, st)
	for _, a := range e.Args {
		l.copyToIface(a, universeError())
	}
}

// errorsUnwrap lowers errors.Unwrap so that it calls the Unwrap method
// of the session's errors.
//
//	errors.Unwrap(err)  ->  (func(e error) error { return __gt.ErrorsUnwrap(e, …methods…) })(err)
func (l *lowerer) errorsUnwrap(e *ast.CallExpr, st *state) {
	l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Lparen)+1, l.errorsFuncValue("errors.Unwrap")+"(")
	l.args(e, st)
	for _, a := range e.Args {
		l.copyToIface(a, universeError())
	}
}

// errorsFuncValue is the func literal that stands for errors.Is or
// errors.Unwrap used as a value, which the engine's walk of the chain
// with the session's methods (see errMethods) does as their calls do;
// "" for any other func.
func (l *lowerer) errorsFuncValue(full string) string {
	switch full {
	case "errors.Is":
		return "(func(e, t error) bool { return " + hook + ".ErrorsIsIn(e, t, " + l.errMethods("Unwrap", "UnwrapMany", "Is") + ") })"
	case "errors.Unwrap":
		return "(func(e error) error { return " + hook + ".ErrorsUnwrap(e, " + l.errMethods("Unwrap") + ") })"
	}
	return ""
}

// errMethods writes the func the engine's walks of an error chain call
// to find the methods errors.Is, errors.As and errors.Unwrap call on an
// error (Unwrap() error, Unwrap() []error, Is(error) bool, As(any)
// bool) when it holds a value of a type of the session, whose methods
// compiled code cannot see; nil when no type of the session has one.
// Each type is asserted by name, as the interpreter cannot assert its
// own types to an interface type. uses names the methods the caller
// calls ("Unwrap", "UnwrapMany", "Is", "As").
func (l *lowerer) errMethods(uses ...string) string {
	errT := universeError()
	kinds := []struct {
		field, name   string
		param, result types.Type
		set           string
	}{
		{"Unwrap", "Unwrap", nil, errT, "m.Unwrap = func() error { return x.Unwrap() }"},
		{"UnwrapMany", "Unwrap", nil, types.NewSlice(errT), "m.UnwrapMany = func() []error { return x.Unwrap() }"},
		{"Is", "Is", errT, types.Typ[types.Bool], "m.Is = func(t error) bool { return x.Is(t) }"},
		{"As", "As", types.NewInterfaceType(nil, nil), types.Typ[types.Bool], "m.As = func(t any) bool { return x.As(t) }"},
	}
	var order []string
	sets := map[string][]string{}
	for _, k := range kinds {
		if !slices.Contains(uses, k.field) {
			continue
		}
		for _, t := range l.typesWithMethod(k.name, k.param, k.result) {
			if _, seen := sets[t]; !seen {
				order = append(order, t)
			}
			sets[t] = append(sets[t], k.set)
		}
	}
	if len(order) == 0 {
		return "nil"
	}
	var b strings.Builder
	b.WriteString("func(e error) (m " + hook + ".ErrMethods) { ")
	for _, t := range order {
		fmt.Fprintf(&b, "if x, ok := %s.Orig(e).(%s); ok { %s; return }; ", hook, l.boxedName(t), strings.Join(sets[t], "; "))
	}
	b.WriteString("return }")
	return b.String()
}

// methodValue lowers a method value (x.M not called): Go evaluates the
// receiver when the expression is evaluated, copying a value receiver
// (the interface's dynamic value) and taking the address of an
// addressable value for a pointer receiver; the interpreter reads the
// variable when the func is called (after p = &T{2}, a p.Get taken
// before returned the new T's). A method promoted from an embedded field
// binds that field's value.
//
//	f := c.get  ->  f := (func(r counter) func() int { return func() int { return r.get() } }(c))
//	f := d.Name  ->  f := (func(r Base) func() string { return func() string { return r.Name() } }(d.Base))
//	f := p.Get  ->  f := (func(r *T) func() int { return func() int { return r.Get() } }(p))
//	f := c.Close  ->  f := (func(r io.Closer) func() error { if r == nil { __gt.NilDeref() }; return func() error { return r.Close() } }(c))
func (l *lowerer) methodValue(e *ast.SelectorExpr, sel *types.Selection, fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	_, ptrRecv := sig.Recv().Type().(*types.Pointer)
	recv, path, ok := l.embeddedPath(sel)
	if !ok {
		return false
	}
	deref := ""
	if p, ok := recv.(*types.Pointer); ok && !ptrRecv {
		recv, deref = p.Elem(), "*"
	} else if !ok && ptrRecv {
		recv, deref = types.NewPointer(recv), "&"
	}
	if !l.namedInPlace(recv) {
		return false
	}
	mt := sel.Type().(*types.Signature)
	params, args := l.forwardParams(mt, 0)
	ft := l.namer.str(mt)
	body := "r." + e.Sel.Name + "(" + strings.Join(args, ", ") + ")"
	if name, ok := replacedFuncs[fn.FullName()]; ok && strings.HasPrefix(fn.FullName(), "(") {
		body = hook + "." + name + "(" + strings.Join(append([]string{"r"}, args...), ", ") + ")"
	}
	body = returning(body, mt.Results())
	res := strings.TrimPrefix(ft, "func("+l.paramTypes(mt)+")")
	// The call is in the parentheses, not the literal alone: the
	// interpreter returns a func from `return (func…{…})(c)` in a form
	// it cannot assign ("interp.generic is not assignable").
	check := ""
	if types.IsInterface(recv) {
		// (A nil interface's method value panics where it is taken.)
		check = "if r == nil { " + hook + ".NilDeref() }; "
	}
	head := fmt.Sprintf("(func(r %s) %s { %sreturn func(%s)%s { %s } }(%s", l.namer.str(recv), ft, check, strings.Join(params, ", "), res, body, deref)
	if path != "" && deref != "" {
		head += "("
		path += ")"
	}
	l.ed.replace(l.off(e.Pos()), l.off(e.X.Pos()), head)
	l.expr(e.X, &state{})
	l.ed.replace(l.off(e.X.End()), l.off(e.End()), path+"))")
	return true
}

// embeddedPath returns the type that holds the method a selection
// selects and the fields (".Base", ".Inner.Base") that lead to it from
// the selection's receiver; ok is false where the path goes through an
// embedded interface or field of a name the program cannot write.
func (l *lowerer) embeddedPath(sel *types.Selection) (holder types.Type, path string, ok bool) {
	session := l.c.pkg
	holder = sel.Recv()
	idx := sel.Index()
	for _, i := range idx[:len(idx)-1] {
		t := holder
		if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
			t = p.Elem()
		}
		st, isStruct := t.Underlying().(*types.Struct)
		if !isStruct {
			return nil, "", false
		}
		f := st.Field(i)
		if !f.Exported() && f.Pkg() != session {
			return nil, "", false
		}
		name := f.Name()
		if c := l.embeddedCopy(f); c != "" {
			name = c // an embedded instance of a generic type: its copy's field
		}
		path += "." + name
		holder = f.Type()
	}
	if types.IsInterface(holder) && len(idx) > 1 {
		return nil, "", false
	}
	return holder, path, true
}

// forwardParams writes the parameters of a func literal of signature sig
// (p0, p1, …) and the arguments that pass them on, the first skip
// parameters not passed.
func (l *lowerer) forwardParams(sig *types.Signature, skip int) (params, args []string) {
	for i := 0; i < sig.Params().Len(); i++ {
		p := fmt.Sprintf("p%d", i)
		t := sig.Params().At(i).Type()
		switch {
		case i < skip:
			params = append(params, p+" "+l.namer.str(t))
		case sig.Variadic() && i == sig.Params().Len()-1:
			params = append(params, p+" ..."+l.namer.str(t.(*types.Slice).Elem()))
			args = append(args, p+"...")
		default:
			params = append(params, p+" "+l.namer.str(t))
			args = append(args, p)
		}
	}
	return params, args
}

// methodExpr lowers a method expression, which the interpreter calls
// with the receiver counted twice, into the func literal it denotes:
//
//	Vertex.Abs  ->  (func(r Vertex) float64 { return r.Abs() })
func (l *lowerer) methodExpr(e *ast.SelectorExpr, sel *types.Selection) bool {
	text, ok := l.methodExprText(e, sel)
	if ok {
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), text)
	}
	return ok
}

// methodExprText is the func literal that methodExpr puts for e.
func (l *lowerer) methodExprText(e *ast.SelectorExpr, sel *types.Selection) (string, bool) {
	ft, ok := l.c.info.Types[e].Type.(*types.Signature)
	if !ok || ft.Params().Len() == 0 || !l.namedInPlace(sel.Recv()) {
		return "", false
	}
	params, args := l.forwardParams(ft, 1)
	body := returning("p0."+e.Sel.Name+"("+strings.Join(args, ", ")+")", ft.Results())
	var b strings.Builder
	l.namer.writeTuple(&b, ft.Results(), false)
	res := b.String()
	switch ft.Results().Len() {
	case 0:
	case 1:
		res = " " + res
	default:
		res = " (" + res + ")"
	}
	return "(func(" + strings.Join(params, ", ") + ")" + res + " { " + body + " })", true
}

// returning is the body of a func literal forwarding call, whose results
// are results: a func value goes through a variable, as funcResultTemps
// returns it.
func returning(call string, results *types.Tuple) string {
	switch {
	case results.Len() == 0:
		return call
	case results.Len() == 1 && isSignature(results.At(0).Type()):
		return hook + "_fv := " + call + "; return " + hook + "_fv"
	}
	return "return " + call
}

// isSignature reports whether t is a func type.
func isSignature(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// paramTypes writes a signature's parameter types as in its func type.
func (l *lowerer) paramTypes(sig *types.Signature) string {
	var b strings.Builder
	l.namer.writeTuple(&b, sig.Params(), sig.Variadic())
	return b.String()
}

// typesWithMethod returns the session's types, as written (T or *T),
// whose method set has the method name taking param (nil: nothing) and
// returning result.
func (l *lowerer) typesWithMethod(name string, param, result types.Type) []string {
	var out []string
	for _, n := range l.concreteTypes() { // (with the generic types' instances)
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			obj, _, indirect := types.LookupFieldOrMethod(t, false, l.c.pkg, name)
			fn, ok := obj.(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			if sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), result) {
				continue
			}
			if param == nil && sig.Params().Len() != 0 ||
				param != nil && (sig.Params().Len() != 1 || !types.Identical(sig.Params().At(0).Type(), param)) {
				continue
			}
			if _, ptrRecv := sig.Recv().Type().(*types.Pointer); ptrRecv && t == types.Type(n) && !indirect {
				continue // not in T's method set (one promoted through an embedded pointer is)
			}
			out = append(out, l.namer.str(t))
		}
	}
	return out
}

// copyToIface copies a struct or array value that is converted to an
// interface type where it is assigned, returned or passed: Go stores a
// copy in the interface; the interpreter stores the variable itself, so
// that a later change of the variable showed through the interface (and
// through a method value taken from it).
//
//	var i I = t  ->  var i I = (func(v T) I { return v })(t)
//	var a any = t  ->  var a any = (func(v T) T { return v })(t)
func (l *lowerer) copyToIface(e ast.Expr, target types.Type) { l.copyInto(e, target, false, false) }

// storeToIface is copyToIface for a value stored into an element of a
// slice, map, channel or composite literal, which a loop may fill from
// one variable: the interface is made in a func of its own, so that it
// holds that call's copy of the value.
func (l *lowerer) storeToIface(e ast.Expr, target types.Type) { l.copyInto(e, target, true, false) }

// argToIface is copyToIface for a call's argument. The interpreter hands
// a value of a session type with methods that no call returned (a
// composite literal, a conversion) to a func's empty interface parameter
// in a wrapper of its own: there it equals no value of the type (got !=
// want of assertEqual(P{1, 2}, P{1, 2}) was true), is no map key or
// case of one, and its reflect type is the wrapper's. A call's result it
// hands over as it is, so the value is passed through one:
//
//	assertEqual(P{1, 2}, want)  ->  assertEqual((func(v P) P { return v })(P{1, 2}), want)
//
// The arguments of a go or deferred call are kept in variables first,
// which the interpreter would wrap when the call passes them: they are
// converted to the parameter's interface where they are kept
// (storeToIface), and the interpreter passes an interface as it is.
func (l *lowerer) argToIface(e ast.Expr, target types.Type) { l.copyInto(e, target, false, true) }

func (l *lowerer) copyInto(e ast.Expr, target types.Type, store, arg bool) {
	if e == nil || target == nil {
		return
	}
	if _, ok := target.Underlying().(*types.Interface); !ok {
		l.twinConvert(e, target)
		return
	}
	t := l.c.info.Types[e].Type
	if t == nil {
		return
	}
	if l.typedNil(e, t, target) || l.embeddedImpl(e, t, target) {
		return
	}
	l.parenOperation(e)
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		// A func the cells declare, passed as it is, is the
		// interpreter's node to the interface: a type switch or %T
		// there finds no func type. Converted, it is a func value.
		if fn, ok := l.c.info.Uses[id].(*types.Func); ok && fn.Pkg() == l.c.pkg && fn.Parent() == l.c.pkg.Scope() && !mentionsLocal(t, l.c.pkg) {
			l.ed.insertOuter(l.off(e.Pos()), "("+l.namer.str(t)+")(")
			l.ed.insertClosing(l.off(e.End()), ")")
			return
		}
	}
	if b := l.boxed(t); b != nil {
		if _, param := target.(*types.TypeParam); !param {
			l.boxInto(e, b, target)
		}
		return
	}
	if _, param := target.(*types.TypeParam); !param && !l.rawArgs[e] && emptyIface(target) && l.compositeBoxInto(e, t) {
		return
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && l.c.info.Types[e].Value != nil && n.Obj().Pkg() != nil && n.Obj().Pkg() != l.c.pkg && !mentionsLocal(target, l.c.pkg) && !hasTypeParam(target, 0) {
		// A constant of a compiled type (2 * time.Second) put in an
		// interface: the interpreter stores it with SetInt into its
		// value of a session interface and panics, and a standard one
		// (fmt.Stringer) holds nil; passed as a func's argument it is
		// a value first.
		l.ed.insert(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") "+l.namer.str(target)+" { return v })(")
		l.ed.insert(l.off(e.End()), ")")
		return
	}
	// The interpreter keeps a value in an empty interface or one of the
	// session's as itself, and in a standard one (fmt.Stringer) in a
	// wrapper of its own.
	wrapped := !target.Underlying().(*types.Interface).Empty()
	if n, ok := types.Unalias(target).(*types.Named); ok && n.Obj().Pkg() == l.c.pkg {
		wrapped = false
	}
	switch u := t.Underlying().(type) {
	case *types.Struct, *types.Array:
	case *types.Pointer:
		l.pointerInto(e, t, u, target)
		return
	case *types.Interface:
		if l.sessionToStd(e, t, target) || l.sessionToAny(e, t, target) {
			return
		}
		l.unwrapInto(e, t, target)
		return
	default:
		// A value of a session type (type Celsius float64) stored in a
		// standard interface is held by reference too.
		if n, ok := types.Unalias(t).(*types.Named); !ok || n.Obj().Pkg() != l.c.pkg || !wrapped && !store {
			return
		}
	}
	if _, lit := unparen(e).(*ast.CompositeLit); lit && isStruct(t) && !wrapped && !target.Underlying().(*types.Interface).Empty() && l.namedInPlace(t) && l.namedInPlace(target) && !hasTypeParam(target, 0) {
		// A struct literal stored as a session interface into a field
		// or an element (z.Star = Dog{"rex"}): the interpreter built
		// it in place of the interface ("reflect.Set: value of type
		// interp.valueInterface is not assignable"); returned as the
		// interface by a func, it is stored.
		l.ed.insertOuter(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") "+l.namer.str(target)+" { return v })(")
		l.ed.insertClosing(l.off(e.End()), ")")
		return
	}
	switch unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
	default:
		// A composite literal or a call's result is a fresh value; but
		// the interpreter's wrapper for a standard interface is only
		// made right when a func returns the value as the interface
		// (var e error = MyErr{} made one whose e.Error() panics).
		// Nor is a call's result of a session type with methods stored
		// into an element: the interpreter keeps it by reference to the
		// caller's slot for the result, which the next iteration of a
		// loop overwrites (append(all, f(i)) held the last value thrice).
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != l.c.pkg {
			return
		}
		if !wrapped && !(store && n.NumMethods() > 0) && !(arg && n.NumMethods() > 0 && !l.isCall(e)) {
			return
		}
	}
	if !l.namedInPlace(t) || !l.namedInPlace(target) {
		return
	}
	typ := l.namer.str(t)
	if !wrapped && !store {
		l.ed.insert(l.off(e.Pos()), "(func(v "+typ+") "+typ+" { return v })(")
	} else if wrapped && isStruct(t) && isCompiledNamed(target, l.c.pkg) {
		iname := l.namer.str(target)
		l.ed.insert(l.off(e.Pos()), "(func(v "+typ+") "+iname+" { return "+rewrapText("v", iname)+" })(")
	} else {
		// Converted in the func, the interface holds the func's own
		// copy: a fresh one for each call (converted where it is
		// called, it would hold the call's result, which the next
		// iteration of a loop overwrites).
		l.ed.insert(l.off(e.Pos()), "(func(v "+typ+") "+l.namer.str(target)+" { return v })(")
	}
	l.ed.insert(l.off(e.End()), ")")
}

// namedInPlace reports whether lowered code written where a value of
// type t is can name t: every type a func declares that t mentions keeps
// its name (no alias or renamed type, see localTypeNames) and is not a
// generic func's.
func (l *lowerer) namedInPlace(t types.Type) bool {
	if l.localAlias(t, 0) || l.unexportedOf(t, 0) {
		return false
	}
	local := map[*types.TypeName]bool{}
	localTypes(t, l.c.pkg, local, 0)
	for tn := range local {
		if tn.IsAlias() || tn.Parent() == nil || types.Universe.Lookup(tn.Name()) != nil || l.c.pkg.Scope().Lookup(tn.Name()) != nil ||
			hasTypeParam(tn.Type(), 0) || l.inGeneric(tn.Pos()) {
			return false
		}
	}
	return true
}

// unexportedOf reports whether t is, or is built of, a type another
// package does not export (binary.LittleEndian's binary.littleEndian),
// which cells cannot name.
func (l *lowerer) unexportedOf(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		p := t.Obj().Pkg()
		return p != nil && p != l.c.pkg && !t.Obj().Exported()
	case *types.Pointer:
		return l.unexportedOf(t.Elem(), depth+1)
	case *types.Slice:
		return l.unexportedOf(t.Elem(), depth+1)
	case *types.Array:
		return l.unexportedOf(t.Elem(), depth+1)
	case *types.Chan:
		return l.unexportedOf(t.Elem(), depth+1)
	case *types.Map:
		return l.unexportedOf(t.Key(), depth+1) || l.unexportedOf(t.Elem(), depth+1)
	}
	return false
}

// localAlias reports whether t is, or is built of, an alias a func
// declares (localTypeNames drops those).
func (l *lowerer) localAlias(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t := t.(type) {
	case *types.Alias:
		if o := t.Obj(); o.Pkg() == l.c.pkg && o.Parent() != l.c.pkg.Scope() {
			return true
		}
		return l.localAlias(t.Rhs(), depth+1)
	case *types.Pointer:
		return l.localAlias(t.Elem(), depth+1)
	case *types.Slice:
		return l.localAlias(t.Elem(), depth+1)
	case *types.Array:
		return l.localAlias(t.Elem(), depth+1)
	case *types.Chan:
		return l.localAlias(t.Elem(), depth+1)
	case *types.Map:
		return l.localAlias(t.Key(), depth+1) || l.localAlias(t.Elem(), depth+1)
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if l.localAlias(tup.At(i).Type(), depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// parenOperation puts in parentheses e, an operation (i % 2, -i,
// !ok) converted to an interface where it is assigned or returned. The
// interpreter computes an operation that is assigned or returned right
// into its destination, taken as the operation's type: an interface
// variable, a compiled struct's interface field (a list.Element's
// Value) or an interface result holds nil or panics ("SetBool on
// interface Value"), and for some operators the func silently stops
// there. In parentheses the operation has a place of its own.
func (l *lowerer) parenOperation(e ast.Expr) {
	switch x := e.(type) {
	case *ast.BinaryExpr:
	case *ast.UnaryExpr:
		if x.Op == token.AND || x.Op == token.ARROW {
			return
		}
	default:
		return
	}
	if l.c.info.Types[e].Value != nil {
		return // a constant is stored as a value
	}
	l.ed.insert(l.off(e.Pos()), "(")
	l.ed.insert(l.off(e.End()), ")")
}

// sessionToStd converts e, of an interface type t the session declares,
// to the standard interface target (a Shape to a fmt.Stringer) through
// the empty interface, as the lowered assertion of an any to target
// does: the interpreter's own conversion kept its value of t, whose
// dynamic type it lost (%T said int, st.(sq) failed). It reports whether
// it did.
//
//	var st fmt.Stringer = s  ->  var st fmt.Stringer = (func(v Shape) fmt.Stringer { if v == nil { return nil }; if r, ok := func(v any) (fmt.Stringer, bool) { … }(v); ok { return r }; return v })(s)
//
// (A value of a compiled type, which that assertion misses, is converted
// by the interpreter, which gets those right.)
func (l *lowerer) sessionToStd(e ast.Expr, t, target types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg || mentionsLocal(t, l.c.pkg) || hasTypeParam(t, 0) {
		return false
	}
	ti, ok := target.Underlying().(*types.Interface)
	if !ok || ti.Empty() || !isCompiledNamed(target, l.c.pkg) {
		return false
	}
	if _, param := target.(*types.TypeParam); param {
		return false
	}
	iname := l.namer.str(target)
	l.ed.insertOuter(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") "+iname+" { if v == nil { return nil }; if r, ok := "+l.assertOkAny(target)+"v); ok { return r }; return v })(")
	l.ed.insertClosing(l.off(e.End()), ")")
	return true
}

// sessionToAny converts e, of an interface type t the session declares,
// to the empty interface target with the value it holds, as Go does:
// the interpreter's value of t (the value with the place in the code
// that made it, see lower_compare.go) kept in an any compared unequal to
// the same value put there directly (var a any = s; a == any(Rect{1, 2})
// was false).
//
//	var a any = s  ->  var a any = __gt.IfaceKey(s)
func (l *lowerer) sessionToAny(e ast.Expr, t, target types.Type) bool {
	if !l.sessionIface(t) || mentionsLocal(t, l.c.pkg) || l.c.info.Types[e].IsNil() {
		return false
	}
	if _, param := target.(*types.TypeParam); param {
		return false
	}
	if ti, ok := target.Underlying().(*types.Interface); !ok || !ti.Empty() {
		return false
	}
	l.ed.insertOuter(l.off(e.Pos()), hook+".IfaceKey(")
	l.ed.insertClosing(l.off(e.End()), ")")
	return true
}

// unwrapInto converts e, of a standard interface type t (error,
// sort.Interface), to the empty interface target with the value it
// holds, as Go does: the interpreter holds a value of a session struct
// type in a standard interface in a wrapper of its own (see rewrap),
// which an empty interface kept, so that x.(MyErr) and case MyErr of
// var x any = err failed.
//
//	var x any = err  ->  var x any = (func(v error) any { return __gt.Orig(v) })(err)
func (l *lowerer) unwrapInto(e ast.Expr, t, target types.Type) {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.Empty() || !isCompiledNamed(t, l.c.pkg) || !types.IsInterface(target) || !target.Underlying().(*types.Interface).Empty() {
		return
	}
	if _, param := target.(*types.TypeParam); param || mentionsLocal(target, l.c.pkg) {
		return
	}
	held := false
	for _, n := range l.concreteTypes() {
		// (A pointer to a struct type in a wrapper as the struct, and a
		// boxed type's box, see lower_box.go.)
		if (isStruct(n) || l.boxed(n) != nil) && (types.Implements(n, it) || types.Implements(types.NewPointer(n), it)) {
			held = true
		}
	}
	if !held {
		return
	}
	l.ed.insert(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") "+l.namer.str(target)+" { return "+hook+".Orig(v) })(")
	l.ed.insert(l.off(e.End()), ")")
}

// pointerInto converts e, a pointer t to a session type with methods,
// to the interface target that the session declares, or the empty one,
// in a func of its own. The interpreter holds such a pointer in the
// interface by reference to where it was read from, so that the
// interface changed when that did: after `var e Expr = p; p = &Leaf{2}`
// e held the new Leaf, and `all = append(all, &Leaf{i})` in a loop made
// every element the last Leaf. In the func, the interface holds the
// func's own parameter, a fresh one for each call:
//
//	all = append(all, &Leaf{i})  ->  all = append(all, (func(v *Leaf) Expr { return v })(&Leaf{i}))
func (l *lowerer) pointerInto(e ast.Expr, t types.Type, ptr *types.Pointer, target types.Type) {
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg || types.NewMethodSet(t).Len() == 0 {
		return
	}
	if tn, ok := types.Unalias(target).(*types.Named); ok && tn.Obj().Pkg() != l.c.pkg {
		return // the interpreter's wrapper of a compiled interface is a copy
	}
	if _, param := target.(*types.TypeParam); param || mentionsLocal(t, l.c.pkg) || mentionsLocal(target, l.c.pkg) || hasTypeParam(t, 0) {
		return
	}
	switch x := unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr, *ast.CallExpr:
	case *ast.UnaryExpr:
		if x.Op != token.AND {
			return
		}
	default:
		return
	}
	l.ed.insert(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") "+l.namer.str(target)+" { return v })(")
	l.ed.insert(l.off(e.End()), ")")
}

// asError hands e, of a session type t implementing error, to compiled
// code as an error, so that it sees the Error method (and %w wraps it):
// the interpreter wraps it with its methods when it is passed to a
// compiled error parameter, or returned as one (for a struct, see
// rewrapText).
func (l *lowerer) asError(e ast.Expr, t types.Type) {
	if b := l.boxed(t); b != nil {
		l.boxInto(e, b, types.Universe.Lookup("error").Type())
		return
	}
	if isPointer(t) && l.typedNil(e, t, types.Universe.Lookup("error").Type()) {
		// (A nil pointer is a non-nil error, as Go converts it: the
		// interpreter handed compiled code a nil one.)
		return
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == l.c.pkg && isStruct(n) && !mentionsLocal(t, l.c.pkg) {
		l.ed.insert(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") error { return "+rewrapText("v", "error")+" })(")
	} else {
		l.ed.insert(l.off(e.Pos()), hook+".AsError(")
	}
	l.ed.insert(l.off(e.End()), ")")
}

// namedFuncTypeArgs converts a func given to a parameter of a standard
// named func type (next http.HandlerFunc, f filepath.WalkFunc) of a
// func of the program to that type: the interpreter stored the func as
// its own node where the compiled type was wanted, and the call panicked
// ("reflect.Set: value of type *interp.node is not assignable to type
// http.HandlerFunc"). A literal, or a func converted already, is left.
//
//	logging(hello)  ->  logging(http.HandlerFunc(hello))
func (l *lowerer) namedFuncTypeArgs(e *ast.CallExpr) {
	tv, ok := l.c.info.Types[e.Fun]
	if !ok || tv.IsType() {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || e.Ellipsis.IsValid() {
		return
	}
	if fn, _ := l.callee(e.Fun); fn != nil && fn.Pkg() != l.c.pkg {
		return // (a compiled func takes it as it is)
	}
	for i, a := range e.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= sig.Params().Len()-1:
			pt = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		case i < sig.Params().Len():
			pt = sig.Params().At(i).Type()
		default:
			return
		}
		if _, isSig := pt.Underlying().(*types.Signature); !isSig || !isCompiledNamed(pt, l.c.pkg) || mentionsLocal(pt, l.c.pkg) {
			continue
		}
		if _, lit := unparen(a).(*ast.FuncLit); lit {
			continue
		}
		if at := l.c.info.Types[a].Type; at == nil || types.Identical(at, pt) {
			continue // (already of the type)
		}
		name := l.namer.str(pt)
		if strings.HasPrefix(name, "func") {
			// (An instance the interpreter cannot make, iter.Seq[string],
			// is spelled as its func type, which needs parentheses.)
			name = "(" + name + ")"
		}
		l.ed.insertOpening(l.off(a.Pos()), name+"(")
		l.ed.insertClosing(l.off(a.End()), ")")
	}
}

// isCompiledNamed reports whether t is a named type of compiled code
// (error, fmt.Stringer), not one of the session's nor a type literal.
func isCompiledNamed(t types.Type, session *types.Package) bool {
	if t == types.Universe.Lookup("error").Type() {
		return true
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != session
}

// isStruct reports whether t is a struct type with fields.
func isStruct(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	return ok && st.NumFields() > 0
}

// rewrapText converts v, a value of a session struct type, to the
// standard interface iname: the interpreter's wrapper is made by a
// func returning it (made where it is assigned, its methods fail) and
// then given the value itself (see the engine's Rewrap).
func rewrapText(v, iname string) string {
	return hook + ".Rewrap(func() " + iname + " { return " + v + " }(), " + v + ").(" + iname + ")"
}

// typedNil converts a pointer to a session type into an interface of
// the standard library (error, fmt.Stringer, io.Writer) as Go does when
// the pointer is nil: the interpreter turns a nil pointer into a nil
// interface there, where Go keeps a non-nil interface holding a nil
// pointer (err != nil holds for a nil *MyErr returned as an error). A nil
// pointer becomes the interpreter's wrapper for the interface (taken from
// a new value of the type) holding the nil pointer, its methods bound to
// it (see the engine's TypedNilIn):
//
//	return p  ->  return (func(v *MyErr) error { if v == nil { return __gt.TypedNilIn(func() error { x := new(MyErr); return x }(), v, "*MyErr", "error", "Error", func() string { return v.Error() }).(error) }; return v })(p)
func (l *lowerer) typedNil(e ast.Expr, t, target types.Type) bool {
	p, iface := l.typedNilPointer(t, target)
	if p == nil {
		return false
	}
	switch x := unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			// &T{…} or &x is never nil.
			if b := l.boxed(t); b != nil {
				l.boxInto(e, b, target)
			} else if _, lit := unparen(x.X).(*ast.CompositeLit); lit {
				// The interpreter makes the interface of a composite
				// literal's address once: in a loop, every error of
				// append(errs, &FE{s}) called the last one's Error.
				// Returned by a func, it is made for each call.
				l.ed.insert(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") "+l.namer.str(target)+" { return v })(")
				l.ed.insert(l.off(e.End()), ")")
			}
			return true
		}
	}
	l.ed.insert(l.off(e.Pos()), l.typedNilText(p, iface, target))
	l.ed.insert(l.off(e.End()), ")")
	return true
}

// typedNilPointer returns t as a pointer type that typedNil converts
// to target, and target's interface; nil when it does not.
func (l *lowerer) typedNilPointer(t, target types.Type) (*types.Pointer, *types.Interface) {
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return nil, nil
	}
	if n, ok := types.Unalias(target).(*types.Named); !ok || n.Obj().Pkg() == l.c.pkg {
		return nil, nil // an interface of the session, or a literal, keeps typed nils
	}
	p, ok := t.(*types.Pointer)
	if !ok {
		return nil, nil
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg || mentionsLocal(t, l.c.pkg) {
		return nil, nil
	}
	return p, iface
}

// typedNilText is the opening of typedNil's conversion of a value of
// the pointer type p to the standard interface target (iface its
// underlying type); ")" closes it.
func (l *lowerer) typedNilText(p *types.Pointer, iface *types.Interface, target types.Type) string {
	typ := l.namer.str(p)
	shown := types.TypeString(p, func(*types.Package) string { return "" })
	tshown := types.TypeString(target, func(q *types.Package) string {
		if q == l.c.pkg {
			return ""
		}
		return q.Name()
	})
	it := l.namer.str(target)
	held := func(v string) string { return v }
	if bx := l.boxed(p); bx != nil {
		held = bx.wrap // (see boxing)
	}
	var b strings.Builder
	b.WriteString("(func(v " + typ + ") " + it + " { if v == nil { return " + hook + ".TypedNilIn(func() " + it + " { x := " + held("new("+l.namer.str(p.Elem())+")") + "; return x }(), " + held("v") + ", " + quote(shown) + ", " + quote(tshown))
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		b.WriteString(", " + quote(m.Name()) + ", " + l.boundMethod("v", m.Name(), m.Type().(*types.Signature)))
	}
	b.WriteString(").(" + it + ") }; return " + held("v") + " })(")
	return b.String()
}

// boundMethod is a func literal with the signature sig calling method
// name of recv.
func (l *lowerer) boundMethod(recv, name string, sig *types.Signature) string {
	params, args, res := l.sigParts(sig)
	call := recv + "." + name + "(" + strings.Join(args, ", ") + ")"
	if res != "" {
		call = "return " + call
	}
	return "func(" + strings.Join(params, ", ") + ")" + res + " { " + call + " }"
}

// copyEltsToIface applies copyToIface to a composite literal's elements.
func (l *lowerer) copyEltsToIface(e *ast.CompositeLit) {
	t := l.c.info.Types[e].Type
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != l.c.pkg {
		// A standard package's type (template.FuncMap) is read by
		// compiled code, which calls the funcs it holds: they go in as
		// they are, not in the boxes compositeBox makes.
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if l.rawArgs == nil {
				l.rawArgs = map[ast.Expr]bool{}
			}
			l.rawArgs[elt] = true
		}
	}
	for i, elt := range e.Elts {
		kv, isKV := elt.(*ast.KeyValueExpr)
		switch u := t.Underlying().(type) {
		case *types.Slice:
			if isKV {
				elt = kv.Value
			}
			l.storeToIface(elt, u.Elem())
		case *types.Array:
			if isKV {
				elt = kv.Value
			}
			l.storeToIface(elt, u.Elem())
		case *types.Map:
			if isKV {
				l.storeToIface(kv.Key, u.Key())
				l.storeToIface(kv.Value, u.Elem())
			}
		case *types.Struct:
			if isKV {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := l.c.info.Uses[id].(*types.Var); ok {
						l.storeToIface(kv.Value, f.Type())
					}
				}
			} else if i < u.NumFields() {
				l.storeToIface(elt, u.Field(i).Type())
			}
		}
	}
}

// readsThrough are the standard funcs that read or write through a
// pointer given as an any by reflection: an interface argument that may
// hold a pointer to a box (var a any = &c; fmt.Sscan(s, a)) is handed
// over as the pointer to the underlying type (see rawPointerArg).
var readsThrough = map[string]bool{
	"fmt.Sscan": true, "fmt.Sscanf": true, "fmt.Sscanln": true,
	"fmt.Fscan": true, "fmt.Fscanf": true, "fmt.Fscanln": true,
	"fmt.Scan": true, "fmt.Scanf": true, "fmt.Scanln": true,
	"encoding/binary.Read": true, "encoding/binary.Write": true,
}

// seesBoxes are the compiled funcs taking an empty interface that a
// pointer to a declared non-struct type reaches as a pointer to its box
// (reflect knows it by its box, see kernel/cellrt/reflectview).
var seesBoxes = map[string]bool{"reflect.ValueOf": true, "reflect.TypeOf": true}

// unboxPointerArgs hands the interface arguments of a call of fn (one of
// readsThrough or of jsonOperand) given as empty interfaces to the
// engine's UnboxPointer, a spread slice of them to UnboxPointers.
func (l *lowerer) unboxPointerArgs(e *ast.CallExpr, fn *types.Func, sig *types.Signature) {
	if _, json := jsonOperand[fn.FullName()]; !readsThrough[fn.FullName()] && !json {
		return
	}
	for i, a := range e.Args {
		t, target := l.c.info.Types[a].Type, paramType(sig, i, e.Ellipsis.IsValid())
		if t == nil || target == nil || !types.IsInterface(target) || !target.Underlying().(*types.Interface).Empty() {
			if s, ok := types.Unalias(t).(*types.Slice); ok && e.Ellipsis.IsValid() && i == len(e.Args)-1 && types.IsInterface(s.Elem()) {
				l.ed.insert(l.off(a.Pos()), hook+".UnboxPointers(")
				l.ed.insert(l.off(a.End()), ")")
			}
			continue
		}
		if types.IsInterface(t) {
			l.ed.insert(l.off(a.Pos()), hook+".UnboxPointer(")
			l.ed.insert(l.off(a.End()), ")")
		}
	}
}

// rawPointerArg reports whether an argument boxed as b says, passed to a
// compiled func's parameter of type target, is handed over unboxed: a
// pointer given as an empty interface, which compiled code reads or
// writes through by reflection (fmt.Sscan(&c), json.Unmarshal(data, &c),
// errors.As(err, new(E))), as the underlying type's.
func rawPointerArg(b *boxing, target types.Type) bool {
	if !b.ptr || target == nil {
		return false
	}
	iface, ok := target.Underlying().(*types.Interface)
	return ok && iface.Empty()
}

// copyArgsToIface applies copyToIface to a call's arguments.
func (l *lowerer) copyArgsToIface(e *ast.CallExpr) {
	tv, ok := l.c.info.Types[e.Fun]
	if !ok {
		return
	}
	if tv.IsType() {
		if len(e.Args) == 1 {
			l.copyToIface(e.Args[0], tv.Type) // error(MyErr{})
		}
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	if fn, _ := l.callee(e.Fun); fn != nil && isStdPkg(fn.Pkg()) {
		// A value of a boxed type passed as an interface is boxed, as
		// anywhere (fmt's and encoding/json's operands are printed and
		// encoded by their static types instead).
		_, encoded := jsonOperand[fn.FullName()]
		boxedArg := map[ast.Expr]bool{}
		if len(e.Args) != 1 || !isTuple(l.c.info.Types[e.Args[0]].Type) {
			for i, a := range e.Args {
				// (sync.NewCond(&q) of a struct{ sync.Mutex; … })
				if target, at := paramType(sig, i, e.Ellipsis.IsValid()), l.c.info.Types[a].Type; target != nil && at != nil && l.embeddedImpl(a, at, target) {
					boxedArg[a] = true
				}
			}
		}
		if !printFuncs[fn.FullName()] && !encoded && fn.FullName() != "errors.Is" && fn.FullName() != "errors.Unwrap" && (len(e.Args) != 1 || !isTuple(l.c.info.Types[e.Args[0]].Type)) {
			for i, a := range e.Args {
				target := paramType(sig, i, e.Ellipsis.IsValid())
				if i == 0 && sortsSlice[fn.FullName()] {
					continue // (it wants the slice itself, as reflect sees it)
				}
				if i == 0 && l.flagVarLowered(e, fn) || boxedArg[a] {
					continue // (boxed there)
				}
				if at := l.c.info.Types[a].Type; at != nil && target != nil && types.IsInterface(at) && l.sessionToStd(a, at, target) {
					continue
				}
				if reflectsBoxes[fn.FullName()] && l.compositeBoxInto(a, l.c.info.Types[a].Type) {
					boxedArg[a] = true
					continue
				}
				if b := l.boxed(l.c.info.Types[a].Type); b != nil && target != nil && types.IsInterface(target) && !slogValuer(fn, l.c.info.Types[a].Type) && (!rawPointerArg(b, target) || seesBoxes[fn.FullName()]) {
					if _, param := target.(*types.TypeParam); !param {
						l.boxInto(a, b, target)
						boxedArg[a] = true
					}
					continue
				}
				if at := l.c.info.Types[a].Type; at != nil && target != nil && isStruct(at) && !emptyIface(target) && isCompiledNamed(target, l.c.pkg) && fn.Pkg().Path() != "errors" {
					// A struct value of the session's given as a
					// standard interface (io.LimitReader(p, 5)): held
					// as an assignment holds it (see copyInto), or the
					// interpreter's wrapper held the struct's last
					// field, which compiled code handed back (lr.R).
					// (errors' funcs are lowered apart.)
					if n, ok := types.Unalias(at).(*types.Named); ok && n.Obj().Pkg() == l.c.pkg {
						l.copyToIface(a, target)
						boxedArg[a] = true
					}
				}
			}
		}
		l.unboxPointerArgs(e, fn, sig)
		// Other lowerings wrap its arguments, but for its variadic ones
		// of a standard interface (errors.Join's errs ...error) the
		// interpreter makes no wrapper at all.
		if !sig.Variadic() || e.Ellipsis.IsValid() {
			return
		}
		last := sig.Params().Len() - 1
		target := sig.Params().At(last).Type().(*types.Slice).Elem()
		iface, isIface := target.Underlying().(*types.Interface)
		if !isIface || iface.Empty() || !isCompiledNamed(target, l.c.pkg) {
			return
		}
		for _, a := range e.Args[min(last, len(e.Args)):] {
			t := l.c.info.Types[a].Type
			if t == nil || boxedArg[a] || !l.sessionNamed(t) || types.IsInterface(t) {
				continue
			}
			if types.Identical(target, types.Universe.Lookup("error").Type()) {
				l.asError(a, t)
			} else {
				l.copyToIface(a, target)
			}
		}
		return
	}
	if len(e.Args) == 1 {
		if _, tuple := l.c.info.Types[e.Args[0]].Type.(*types.Tuple); tuple {
			return
		}
	}
	appending, panicking, builtin := false, false, false
	if id, ok := unparen(e.Fun).(*ast.Ident); ok {
		b, ok := l.c.info.Uses[id].(*types.Builtin)
		appending = ok && b.Name() == "append"
		panicking = ok && b.Name() == "panic"
		builtin = ok
	}
	for i, a := range e.Args {
		if t := l.c.info.Types[a].Type; panicking && (l.panicsAsError(t) || isPointer(t) && l.boxed(t) == nil) {
			continue // the panic's value is handed to the engine as it is
		}
		switch {
		case appending || l.goCalls[e] && l.interpreted(e.Fun):
			l.storeToIface(a, paramType(sig, i, e.Ellipsis.IsValid()))
		case builtin || !l.interpreted(e.Fun):
			if t := l.c.info.Types[a].Type; t != nil && types.IsInterface(t) {
				continue // (handed over as it is, see unwrapInto)
			}
			if b := l.boxed(l.c.info.Types[a].Type); !builtin && b != nil && rawPointerArg(b, paramType(sig, i, e.Ellipsis.IsValid())) {
				continue
			}
			if !builtin {
				if l.rawArgs == nil {
					l.rawArgs = map[ast.Expr]bool{}
				}
				l.rawArgs[a] = true
			}
			l.copyToIface(a, paramType(sig, i, e.Ellipsis.IsValid()))
		default:
			target := paramType(sig, i, e.Ellipsis.IsValid())
			l.argToIface(a, target)
			if iface, ok := underlying(target).(*types.Interface); ok && !iface.Empty() && sig.Variadic() && !e.Ellipsis.IsValid() && i >= sig.Params().Len()-1 && !l.c.info.Types[a].IsNil() {
				// An element of a variadic parameter of an interface
				// with methods, made by a call (the conversion above):
				// the interpreter holds it in the interface again,
				// where assertions to its type fail, unless it is in
				// parentheses (see ifaceResultArg; (nil) is no value).
				l.ed.insertOpening(l.off(a.Pos()), "(")
				l.ed.insertClosing(l.off(a.End()), ")")
			}
		}
	}
}

// The interpreter gives a func's unnamed parameter no slot of its frame,
// yet a call stores the argument there: func(string) bool { fmt.Println()
// … } called with "a" overwrote the slot of fmt.Println ("reflect.Set:
// value of type string is not assignable"). Unnamed parameters of funcs
// with a body are named _:
//
//	func (NopWriter) Write([]byte) (int, error)  ->  func (NopWriter) Write(_ []byte) (int, error)

// nameParams names the unnamed parameters of the funcs and func literals
// of root.
func (l *lowerer) nameParams(root ast.Node) {
	name := func(ft *ast.FuncType) {
		for _, f := range ft.Params.List {
			if len(f.Names) == 0 {
				l.ed.insert(l.off(f.Type.Pos()), "_ ")
			}
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				name(n.Type)
			}
		case *ast.FuncLit:
			name(n.Type)
		}
		return true
	})
}

// unnameFuncTypes drops the parameter and result names of the func types
// under root that are no func's own (a type's, a field's, an interface
// method's, a parameter's: type op func(a, b int) int), which name
// nothing: the interpreter took such a name for a variable of the cell's
// top level of the same name (a := 5 in a later cell failed with
// "constant definition loop").
//
//	type op func(a, b int) int  ->  type op func(int, int) int
func (l *lowerer) unnameFuncTypes(root ast.Node) {
	own := map[*ast.FuncType]bool{}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			own[n.Type] = true
		case *ast.FuncLit:
			own[n.Type] = true
		case *ast.FuncType:
			if own[n] {
				return true
			}
			for _, fl := range []*ast.FieldList{n.Params, n.Results} {
				if fl == nil {
					continue
				}
				for _, f := range fl.List {
					if len(f.Names) == 0 {
						continue
					}
					l.ed.replace(l.off(f.Names[0].Pos()), l.off(f.Type.Pos()), "")
					if len(f.Names) > 1 {
						typ := l.text(f.Type)
						l.ed.insert(l.off(f.Type.End()), strings.Repeat(", "+typ, len(f.Names)-1))
					}
				}
			}
		}
		return true
	})
}

// ifaceResultArgs passes the result of a call that has an interface type
// of the session, given as an argument to compiled code, through a slice
// element: the interpreter panics ("reflect: call of
// reflect.Value.Interface on zero Value") on such a result that is nil
// (fmt.Println(largest()) with no shapes).
//
//	fmt.Println(largest())  ->  fmt.Println([]Shape{largest()}[0])
func (l *lowerer) ifaceResultArgs(call *ast.CallExpr) {
	fn, _ := l.callee(call.Fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == l.c.pkg {
		return
	}
	for _, a := range call.Args {
		inner, ok := unparen(a).(*ast.CallExpr)
		if !ok {
			continue
		}
		if tv := l.c.info.Types[inner.Fun]; tv.IsType() || tv.IsBuiltin() {
			continue
		}
		t := l.c.info.Types[a].Type
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != l.c.pkg || !types.IsInterface(n) || mentionsLocal(n, l.c.pkg) {
			continue
		}
		// Innermost of the wrappers at a's ends (see editList).
		l.ed.insert(l.off(a.Pos()), "[]"+l.namer.str(n)+"{")
		l.ed.insertOuter(l.off(a.End()), "}[0]")
	}
}

// ifaceResultArg puts in parentheses the arguments of a call of the
// session's func given to parameters that are interfaces with methods:
// when one is a call, as it is or as lowered (pointerInto), the
// interpreter, which forwards the results of f(g()), holds the result
// in the interface again, and an assertion of it in f (e.(*BinOp), or
// n.(*Dir) in Walk(n Node, visit func(Node))) failed. In parentheses it
// is one value.
func (l *lowerer) ifaceResultArg(call *ast.CallExpr) {
	if len(call.Args) == 1 && isTuple(l.c.info.Types[call.Args[0]].Type) {
		return
	}
	ftv := l.c.info.Types[call.Fun]
	if ftv.IsType() || ftv.IsBuiltin() || !l.interpreted(call.Fun) {
		return
	}
	sig, ok := underlying(ftv.Type).(*types.Signature)
	if !ok {
		return
	}
	for i, a := range call.Args {
		if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
			break // (the variadic elements, see copyArgsToIface)
		}
		if l.c.info.Types[a].IsNil() {
			continue // (nil) is no value to the interpreter: f((nil)) failed
		}
		pt := sig.Params().At(i).Type()
		if _, param := pt.(*types.TypeParam); param || !types.IsInterface(pt) {
			continue
		}
		if iface, _ := pt.Underlying().(*types.Interface); iface == nil || iface.Empty() {
			continue // (an any is not held again)
		}
		l.ed.insertOpening(l.off(a.Pos()), "(")
		l.ed.insertClosing(l.off(a.End()), ")")
	}
}

// interpreted reports whether fun, what a call calls, may be a func the
// session declares: the interpreter wraps a value with methods it passes
// to a compiled func's interface parameter in a wrapper that has them
// (display.Display(Card{1}) finds Card's HTML method), which argToIface
// must not undo.
func (l *lowerer) interpreted(fun ast.Expr) bool {
	fn, _ := l.callee(fun)
	return fn == nil || fn.Pkg() == l.c.pkg
}

// isCall reports whether e is a call of a func (no conversion, no
// builtin): the interpreter hands its result to a parameter as it is.
func (l *lowerer) isCall(e ast.Expr) bool {
	c, ok := unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	tv := l.c.info.Types[c.Fun]
	if tv.IsType() || tv.IsBuiltin() {
		return false
	}
	_, fn := tv.Type.Underlying().(*types.Signature)
	return fn
}

// typedNilArgs converts the untyped nil arguments of a go statement's
// call to their parameters' types: the interpreter fails on an untyped
// nil passed to a func value of a declared func type (go cb(nil)).
func (l *lowerer) typedNilArgs(call *ast.CallExpr) {
	sig, ok := underlying(l.c.info.Types[call.Fun].Type).(*types.Signature)
	if !ok {
		return
	}
	for i, a := range call.Args {
		if !l.c.info.Types[a].IsNil() {
			continue
		}
		if pt := paramType(sig, i, call.Ellipsis.IsValid()); pt != nil {
			l.ed.insert(l.off(a.Pos()), l.convText(pt)+"(")
			l.ed.insert(l.off(a.End()), ")")
		}
	}
}

// convText is t written as the type of a conversion: in parentheses
// when it starts with an operator or is a func type ((*int)(nil), not
// *int(nil)).
func (l *lowerer) convText(t types.Type) string {
	text := l.namer.str(t)
	if strings.HasPrefix(text, "*") || strings.HasPrefix(text, "<-") || strings.HasPrefix(text, "func(") {
		return "(" + text + ")"
	}
	return text
}

// underlying is t's underlying type; nil for nil.
func underlying(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}
