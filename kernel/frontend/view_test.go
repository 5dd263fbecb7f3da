package frontend

import (
	"go/types"
	"reflect"
	"strings"
	"testing"
)

// TestExprAt pins what completion and inspection learn from the type
// checker: the type of an expression in unfinished text, what can be
// selected from it (promoted fields, pointer methods, no unexported
// names of other packages), and the names in scope before it.
func TestExprAt(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{
		{Kind: "import", Name: "strings", Path: "strings"},
		{Kind: "type", Name: "Point", Src: "type Point struct{ X, Y int }"},
		{Kind: "method", Name: "Point.Move", Src: "func (p *Point) Move(dx int) { p.X += dx }"},
		{Kind: "type", Name: "Named", Src: "type Named struct {\n\tPoint\n\tname string\n}"},
		{Kind: "var", Name: "all", VarType: "map[string][]Named"},
	}
	members := func(v *View) []string {
		var out []string
		for _, o := range v.Members() {
			out = append(out, o.Name())
		}
		return out
	}
	cell := "for k, v := range all {\n\tv[0]._}"
	start := strings.Index(cell, "v[0]")
	v, ok := fe.ExprAt(cell, oneStatement(cell), session, start, start+len("v[0]"))
	if !ok || v.TypeString(v.Type) != "Named" {
		t.Fatalf("v[0]: %v %+v", ok, v)
	}
	if got, want := members(v), []string{"Move", "Point", "X", "Y", "name"}; !reflect.DeepEqual(got, want) {
		t.Errorf("members of v[0] = %q, want %q", got, want)
	}
	var names []string
	for _, o := range v.Names() {
		names = append(names, o.Name())
	}
	for _, want := range []string{"k", "v", "all", "Point", "strings", "len"} {
		if !strings.Contains(" "+strings.Join(names, " ")+" ", " "+want+" ") {
			t.Errorf("names in scope lack %q: %q", want, names)
		}
	}
	if strings.Contains(strings.Join(names, " "), hook) {
		t.Errorf("generated names in scope: %q", names)
	}

	// A package not imported yet is imported as the cell would get it;
	// members of another package's types are its exported ones.
	cell = "var sb strings.Builder\nr := bufio.NewReader(nil)\nr._"
	start = strings.LastIndex(cell, "r.")
	v, ok = fe.ExprAt(cell, oneStatement(cell), session, start, start+1)
	if !ok || v.TypeString(v.Type) != "*bufio.Reader" {
		t.Fatalf("r: %v %+v", ok, v)
	}
	for _, m := range members(v) {
		if m[0] < 'A' || m[0] > 'Z' {
			t.Errorf("unexported member %q of *bufio.Reader", m)
		}
	}

	// A generic call's result type is inferred.
	cell = "ks := slices.Sorted(maps.Keys(all))\nks"
	start = strings.LastIndex(cell, "ks")
	v, ok = fe.ExprAt(cell, oneStatement(cell), session, start, start+2)
	if !ok || v.TypeString(v.Type) != "[]string" {
		t.Fatalf("ks: %v %+v", ok, v)
	}
	if _, isVar := v.Obj.(*types.Var); !isVar || v.Describe(v.Obj) != "var ks []string" {
		t.Errorf("ks names %v", v.Obj)
	}

	// Text that does not parse gives no view.
	if _, ok := fe.ExprAt("x := (", oneStatement("x := ("), session, 0, 1); ok {
		t.Errorf("a view of text that does not parse")
	}
}
