package mpkit

import (
	"fmt"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"unsafe"

	"github.com/goteach/goteach/internal/layout"
	"github.com/goteach/goteach/mpkit/internal/ctl"
)

// A funcRef names a target so that a child process can find it: either a
// compiled top-level func of this executable (by symbol name, entry PC and
// type, both as offsets from anchors so that a position-independent binary
// works too), or a function the Host names.
type funcRef struct {
	Hosted bool   // named by the Host
	Name   string // symbol name ("main.job") or the Host's name
	PCOff  int64  // entry PC minus the anchor func's entry PC
	TypOff int64  // *rtype of the func type minus the anchor type's *rtype
	Typ    string // the func type as reflect prints it, to check the rebuild
	typ    reflect.Type
}

func (r *funcRef) encode(w *ctl.W) {
	w.Bool(r.Hosted)
	w.String(r.Name)
	w.Int(r.PCOff)
	w.Int(r.TypOff)
	w.String(r.Typ)
}

func decodeFuncRef(r *ctl.R) funcRef {
	return funcRef{Hosted: r.Bool(), Name: r.String(), PCOff: r.Int(), TypOff: r.Int(), Typ: r.String()}
}

// anchorFunc and anchorType fix the origin of the offsets.
func anchorFunc() {}

var anchorType = reflect.TypeOf(funcRef{})

// closureName matches the symbol names the compiler gives to func
// literals (pkg.outer.func1, pkg.glob..func2) and method values (-fm).
var closureName = regexp.MustCompile(`\.func\d+(\.\d+)*$|-fm$`)

// refFor names f, or says why it cannot run in another process.
func refFor(op string, f any) (funcRef, reflect.Value, error) {
	v := reflect.ValueOf(f)
	if !v.IsValid() || v.Kind() != reflect.Func {
		return funcRef{}, v, misusef(op, "pass a top-level func, such as job in `func job(...)`", "the target must be a func, not %T", f)
	}
	if v.IsNil() {
		return funcRef{}, v, misuse(op, "the target func is nil", "pass a top-level func")
	}
	pc := v.Pointer()
	fn := runtime.FuncForPC(pc)
	name := ""
	if fn != nil {
		name = fn.Name()
	}
	compiled := fn != nil && fn.Entry() == pc && !strings.HasPrefix(name, "reflect.") && !closureName.MatchString(name)
	if compiled {
		return funcRef{
			Name:   name,
			PCOff:  int64(pc) - int64(reflect.ValueOf(anchorFunc).Pointer()),
			TypOff: int64(uintptr(layout.TypePtr(v.Type()))) - int64(uintptr(layout.TypePtr(anchorType))),
			Typ:    v.Type().String(),
			typ:    v.Type(),
		}, v, nil
	}
	if h := currentHost(); h != nil && strings.HasPrefix(name, "reflect.") {
		hn, err := h.FuncName(v)
		if err != nil {
			return funcRef{}, v, &Error{Op: op, What: "this func cannot run in another process", Hint: "declare it as a top-level func (func job(...) { ... }) and pass it by name", Err: err}
		}
		return funcRef{Hosted: true, Name: hn, Typ: v.Type().String(), typ: v.Type()}, v, nil
	}
	what := "a closure (func literal) or a method value cannot run in another process"
	if name != "" {
		what += " (" + name + ")"
	}
	return funcRef{}, v, misuse(op, what, "declare a top-level func (func job(...) { ... }) and pass it by name; pass the data it needs as arguments")
}

// resolve finds the func a ref names, in the child.
func (r *funcRef) resolve() (reflect.Value, error) {
	if r.Hosted {
		h := currentHost()
		if h == nil {
			return reflect.Value{}, fmt.Errorf("the target %s is interpreted, but this process has no host to run it", r.Name)
		}
		return h.Func(r.Name)
	}
	pc := uintptr(int64(reflect.ValueOf(anchorFunc).Pointer()) + r.PCOff)
	fn := runtime.FuncForPC(pc)
	if fn == nil || fn.Entry() != pc || fn.Name() != r.Name {
		return reflect.Value{}, fmt.Errorf("cannot find func %s in this executable (was the binary replaced while running?)", r.Name)
	}
	t := layout.TypeAt(unsafe.Add(layout.TypePtr(anchorType), r.TypOff))
	if t.Kind() != reflect.Func || t.String() != r.Typ {
		return reflect.Value{}, fmt.Errorf("cannot rebuild the type of %s", r.Name)
	}
	return layout.FuncAt(pc, t), nil
}
