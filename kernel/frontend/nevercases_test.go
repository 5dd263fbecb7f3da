package frontend

import "testing"

// neverCases rewrites the cases a copy's check reports as duplicates or
// impossible, keeping the copy's lines; others stay as written.
func TestNeverCases(t *testing.T) {
	text := "func f(v any) string {\n\tswitch x := v.(type) {\n\tcase int:\n\t\treturn \"T\"\n\tcase int, string:\n\t\treturn \"basic\"\n\tcase int:\n\t\treturn fmt.Sprint(x +\n\t\t\t1)\n\t}\n\treturn \"\"\n}"
	err := Errors{{Line: 5, Col: 7, Msg: "duplicate case int in type switch"}, {Line: 3, Col: 7, Msg: "\tprevious case"},
		{Line: 7, Col: 7, Msg: "duplicate case int in type switch"}}
	got, ok := neverCases(text, err)
	want := "func f(v any) string {\n\tswitch x := v.(type) {\n\tcase int:\n\t\treturn \"T\"\n\tcase interface{ __gtnever1() }, string:\n\t\treturn \"basic\"\n\tcase interface{ __gtnever0() }:\n\t\tpanic(0)\n\n\t}\n\treturn \"\"\n}"
	if !ok || got != want {
		t.Errorf("got %v\n%s\nwant\n%s", ok, got, want)
	}
	if _, ok := neverCases(text, Errors{{Line: 2, Col: 1, Msg: "undefined: y"}}); ok {
		t.Errorf("rewrote a copy for another error")
	}
}
