package main

import "fmt"

// A nil pointer returned as an error is not a nil error; printed inside
// a struct, a slice or a map, fmt calls its Error method, and where the
// method dereferences the nil receiver fmt prints <nil>.

type NetErr struct{ Code int }

func (e *NetErr) Error() string { return fmt.Sprintf("net error %d", e.Code) }

type SafeErr struct{ Msg string }

func (e *SafeErr) Error() string {
	if e == nil {
		return "no details"
	}
	return e.Msg
}

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

func fetch(fail bool) error {
	var ne *NetErr
	if fail {
		ne = &NetErr{503}
	}
	return ne
}

func safe() error {
	var se *SafeErr
	return se
}

type Result struct {
	Name string
	Err  error
}

func main() {
	ok, bad := fetch(false), fetch(true)
	fmt.Println(ok != nil, bad != nil)
	fmt.Println(Result{"ok", ok}, Result{"bad", bad})
	fmt.Println([]error{ok, bad, safe()})
	fmt.Printf("%v %+v\n", map[string]error{"k": ok}, Result{"safe", safe()})
	var tp *Temp
	fmt.Println([]fmt.Stringer{Temp{21}, tp})
}
