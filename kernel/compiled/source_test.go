package compiled

import (
	"strings"
	"testing"
)

func TestParseCellRefusesVarsAndKeepsLines(t *testing.T) {
	_, err := parseCell("\nimport \"fmt\"\n\nvar n = 3\n")
	ce, ok := err.(*cellError)
	if !ok || ce.line != 4 || !strings.Contains(ce.msg, "not vars") {
		t.Fatalf("err = %v", err)
	}
	cs, err := parseCell("\npackage main\n\ntype T struct{ X int }\n\nfunc (t T) Get() int { return t.X }\n\nfunc f(a, _ int, xs ...string) (int, error) { return a, nil }\n")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range cs.decls {
		keys = append(keys, d.kind+":"+d.key)
	}
	if got := strings.Join(keys, " "); got != "type:T method:T.Get func:f" {
		t.Errorf("decls %s", got)
	}
	f := cs.decls[2]
	if got := f.sig.decl("f") + " " + f.sig.call("g"); got != "f(p0 int, p1 int, p2 ...string) (int, error) return g(p0, p1, p2...)" {
		t.Errorf("signature %s", got)
	}
}

func TestInstrumentKeepsLinesAndMapsColumns(t *testing.T) {
	src := "package main\n\nfunc f(n int) int {\n\tfor i := 0; i < n; i++ { n-- }\n\treturn n\n}\n"
	out, sh, err := instrument("cell.go", src, true)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(out, "\n") != strings.Count(src, "\n") || strings.Count(out, stopFlag) != 2 {
		t.Fatalf("rewritten:\n%s", out)
	}
	// "n--" is at column 27 of line 4 as written.
	line := strings.Split(out, "\n")[3]
	col := strings.Index(line, "n--") + 1
	if got := sh.col(4, col); got != 27 {
		t.Errorf("column %d maps to %d, want 27", col, got)
	}
}

func TestUnionReplacesByName(t *testing.T) {
	a, _ := parseCell("\ntype T int\n\nfunc (T) M() {}\n\nfunc f() T { return 0 }\n")
	b, _ := parseCell("\ntype T string\n")
	_, u, err := generate(nil, a)
	if err != nil {
		t.Fatal(err)
	}
	p, u2, err := generate(u, b)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := u2.decls["T.M"]; ok {
		t.Error("the method of the old T survived its redefinition")
	}
	if !strings.Contains(p.files["prev.go"], "func f() T") || strings.Contains(p.files["prev.go"], "type T int") {
		t.Errorf("prev.go:\n%s", p.files["prev.go"])
	}
}
