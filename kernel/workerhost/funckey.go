package workerhost

import (
	"fmt"
	"reflect"
	"sync"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/internal/layout"
)

// How an interpreted func is recognised.
//
// yaegi hands an interpreted func to compiled code as a reflect.MakeFunc
// wrapper. Every conversion makes a new wrapper, so neither the code
// pointer (the same stub for all) nor the wrapper's address identifies the
// func. The wrapper's implementation record holds, in its last word, the
// closure yaegi built for the conversion, and that closure captures the
// func's declaration node: those captured words are the same for every
// conversion of one func and differ between funcs (and a func literal has
// a node of its own). Which captured words are stable is found once, by
// converting known funcs in a scratch interpreter; a layout this does not
// recognise makes FuncName fail with an error instead of guessing.

// funcKey is the stable part of a wrapper's captured words.
type funcKey [4]uintptr

// closureWords is how many words of the closure are looked at: its code
// pointer and the six variables yaegi's func wrapper captures (frame,
// declaration, receiver, result count, body start, use site). Reading
// further would read the slack of the closure's allocation, whose content
// is whatever an earlier object left there.
const closureWords = 7

var (
	calibrateOnce sync.Once
	stableWords   []int
	calibrateErr  error
	makeFuncStub  uintptr
)

// words reads the closure words of a MakeFunc func value.
func words(f reflect.Value) ([closureWords]uintptr, error) {
	var out [closureWords]uintptr
	if f.Kind() != reflect.Func || f.IsNil() {
		return out, fmt.Errorf("not a func")
	}
	if makeFuncStub != 0 && f.Pointer() != makeFuncStub {
		return out, fmt.Errorf("not an interpreted func")
	}
	if err := layout.MakeFuncClosure(f, out[:]); err != nil {
		return out, err
	}
	return out, nil
}

var probeTaken []reflect.Value

func probeTake(f any) { probeTaken = append(probeTaken, reflect.ValueOf(f)) }

func calibrate() {
	it := interp.New(interp.Options{})
	it.Use(interp.Exports{"goteachprobe/goteachprobe": {"Take": reflect.ValueOf(probeTake)}})
	src := `import "goteachprobe"
func probeA(x int) int { return x }
func probeB(x int) int { return x + 1 }`
	if _, err := it.Eval(src); err != nil {
		calibrateErr = err
		return
	}
	// The same func reaches compiled code by several routes (a value at
	// the top level, an argument, a variable, inside a func body): the
	// words that identify it must agree on all of them.
	probeTaken = nil
	a1, err1 := it.Eval("probeA")
	_, err2 := it.Eval("goteachprobe.Take(probeA)")
	_, err3 := it.Eval("s := probeA\ngoteachprobe.Take(s)")
	_, err5 := it.Eval("func probeWrap() { goteachprobe.Take(probeA); f := probeA; goteachprobe.Take(f) }")
	_, err6 := it.Eval("probeWrap()")
	b, err4 := it.Eval("probeB")
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil || err6 != nil || len(probeTaken) != 4 || a1.Kind() != reflect.Func {
		calibrateErr = fmt.Errorf("cannot probe interpreted funcs")
		return
	}
	routes := append([]reflect.Value{a1}, probeTaken...)
	var ws [][closureWords]uintptr
	for _, r := range routes {
		if r.Pointer() != a1.Pointer() {
			calibrateErr = fmt.Errorf("interpreted funcs are not MakeFunc wrappers in this yaegi version")
			return
		}
		w, err := words(r)
		if err != nil {
			calibrateErr = fmt.Errorf("unexpected MakeFunc layout")
			return
		}
		ws = append(ws, w)
	}
	makeFuncStub = a1.Pointer()
	wb, err := words(b)
	if err != nil {
		calibrateErr = fmt.Errorf("unexpected MakeFunc layout")
		return
	}
	// A key word is the same on every route and differs between two funcs
	// of the same signature: it points to the func's declaration (or its
	// body), never to a count or a frame.
	for i := 1; i < closureWords; i++ { // word 0 is the closure's code pointer
		same := ws[0][i] != 0 && ws[0][i] != wb[i]
		for _, w := range ws[1:] {
			same = same && w[i] == ws[0][i]
		}
		if same && len(stableWords) < len(funcKey{}) {
			stableWords = append(stableWords, i)
		}
	}
	if len(stableWords) == 0 {
		calibrateErr = fmt.Errorf("cannot tell interpreted funcs apart in this yaegi version")
	}
}

// keyOf returns the identity of an interpreted func value.
func keyOf(f reflect.Value) (funcKey, error) {
	calibrateOnce.Do(calibrate)
	var k funcKey
	if calibrateErr != nil {
		return k, fmt.Errorf("interpreted funcs cannot be identified: %w", calibrateErr)
	}
	w, err := words(f)
	if err != nil {
		return k, err
	}
	for i, idx := range stableWords {
		k[i] = w[idx]
	}
	return k, nil
}
