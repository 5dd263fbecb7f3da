package frontend

import (
	"go/types"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/stdlib"
)

// testFrontend checks cells against the interpreter's standard library
// tables (the kernel's own are a superset).
func testFrontend(t testing.TB) *Frontend {
	t.Helper()
	syms := map[string]map[string]reflect.Value{"iter/iter": {}}
	for k, v := range stdlib.Symbols {
		syms[k] = v
	}
	return New(Config{Importer: NewImporter(syms), GoVersion: "go1.26"})
}

// oneStatement is a cell made of statements only.
func oneStatement(cell string) []Piece { return []Piece{{Kind: PieceStmt, Start: 0, End: len(cell)}} }

func oneDecl(cell string) []Piece { return []Piece{{Kind: PieceDecl, Start: 0, End: len(cell)}} }

// TestLowering pins what each lowering writes: source in, source out.
// Behaviour is compared with the Go toolchain in the engine's tests.
func TestLowering(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{
		{Kind: "import", Name: "fmt", Path: "fmt"},
		{Kind: "import", Name: "slices", Path: "slices"},
		{Kind: "import", Name: "log", Path: "log"},
		{Kind: "import", Name: "slog", Path: "log/slog"},
		{Kind: "var", Name: "n", VarType: "int"},
		{Kind: "var", Name: "fs", VarType: "[]func()"},
		{Kind: "const", Name: "limit", Src: "const limit = 3"},
	}
	cases := []struct {
		name, cell string
		decl       bool
		want       string
	}{
		{"method that recovers, and its deferred call", "type G struct{ n int }\nfunc (g *G) catch() { recover() }\nfunc f(g G) { defer g.catch() }", true,
			"type G struct{ n int }\nfunc (__gt_rv *G) catch() { __gt_rm1_G_catch(__gt_rv) }; func __gt_rm1_G_catch(g *G) { __gt.Recovered(__gt.Pending(__gt.Handed(), recover())) ; __gt.RecoverReturned(); }\nfunc f(g G) { { __gt_df1 := __gt_rm1_G_catch; __gt_dr2 := &(g); defer __gt_df1(__gt_dr2) } }"},
		{"deferred promoted method that recovers", "type G struct{ n int }\nfunc (G) catch(s string) { recover() }\ntype S struct{ *G }\nfunc f(s S) { defer s.catch(\"x\") }", true,
			"type G struct{ n int }\nfunc (__gt_rv G) catch(p0 string) { __gt_rm1_G_catch(__gt_rv, p0) }; func __gt_rm1_G_catch(_ G, s string) { __gt.Recovered(__gt.Pending(__gt.Handed(), recover())) ; __gt.RecoverReturned(); }\ntype S struct{ *G }\nfunc f(s S) { { __gt_df1 := __gt_rm1_G_catch; __gt_dr2, __gt_da3 := *(s.G), \"x\"; defer __gt_df1(__gt_dr2, __gt_da3) } }"},
		{"deferred func that recovers and panics again, beside another deferred call", "func again() { panic(recover()) }\nfunc f() { defer fmt.Println(\"a\"); defer again(); panic(1) }", true,
			"func again() { panic(__gt.PanicValue(__gt.Recovered(__gt.Pending(__gt.Handed(), recover())))) ; __gt.RecoverReturned(); }\nfunc f() { var __gt_pend1 any; defer func() { if __gt_pend1 != nil { __gt_pp2 := __gt_pend1; __gt_pend1 = nil; panic(__gt_pp2) } }(); { __gt_df3, __gt_da4 := fmt.Println, \"a\"; defer __gt_df3(__gt_da4) }; { __gt_df5 := again; defer func(__gt_f func()) { defer func() { __gt.Handoff(nil); if __gt_pr7 := recover(); __gt_pr7 != nil { __gt_pend1 = __gt.Caught(__gt_pr7, -1) } }(); if __gt_pend1 != nil { __gt.Handoff(&__gt_pend1) }; __gt_f() }(__gt_df5) }; panic(1) }"},
		{"struct type declared in a func, told to fmtview", "func f() any { type item struct{ name string; tags []string }; return item{} }", true,
			"func f() any { type item struct{ name string `gt:\"f.item@20\"`; tags []string }; __gt.LocalType(item{}, \"S:main.item;name,tags\"); return item{} }"},
		{"first append to a slice that stays in its func", "func f() int { var s []int; for i := 0; i < 3; i++ { s = append(s, i) }; return cap(s) }", true,
			"func f() int { var __gt_sa1 bool; var s []int; for i := 0; i < 3; i++ { if !__gt_sa1 && len(s) == 0 && cap(s) < 1 { __gt_sa1 = true; s = make([]int, 0, 4) }; s = append(s, i) }; return cap(s) }"},
		{"appends to a slice returned by a func the compiler does not inline", "func f(n int) []int { var r []int; for i := 0; i < n; i++ { r = append(r, i) }; fmt.Println(n); fmt.Println(n); return r }", true,
			"func f(n int) []int { var __gt_sa2, __gt_sh1 bool; var r []int; for i := 0; i < n; i++ { if !__gt_sa2 && len(r) == 0 && cap(r) < 1 { __gt_sa2 = true; __gt_sh1 = true; r = make([]int, 0, 4) }; r = append(r, i); if cap(r) > 4 { __gt_sh1 = false } }; fmt.Println(n); fmt.Println(n); if __gt_sh1 && cap(r) <= 4 { __gt_sh1 = false; if len(r) == 0 { r = r[:0:0] } else { __gt_m := make([]int, len(r), (len(r)*8+7)/8*8/8); copy(__gt_m, r); r = __gt_m } }; return r }"},
		{"append to a slice that leaves its func", "func f() []string { var s []string; s = append(s, \"a\", \"b\"); return s }", true,
			"func f() []string { var s []string; s = append(s, \"a\", \"b\"); return s }"},
		{"declared funcs returned and appended as values", "type Op func(int) int\nfunc inc(x int) int { return x + 1 }\nfunc pick() Op { return inc }\nfunc all() []func(int) int { var fs []func(int) int; return append(fs, inc, (inc)) }", true,
			"type Op func(int) int; type __gt_box_Op struct{ Op `gt:\"box main.Op\"` }\nfunc inc(x int) int { return x + 1 }\nfunc pick() Op { return (func(int) int)(inc) }\nfunc all() []func(int) int { var fs []func(int) int; return append(fs, (func(int) int)(inc), (func(int) int)(inc)) }"},
		{"dereferences marked where two lines may meet nil first", "type N struct{ v int; next *N }\nfunc f(n *N) int { a := n.v\n\tb := n.v\n\tc := n.next.v\n\treturn a + b + c }", true,
			"type N struct{ v int; next *N }\nfunc f(n *N) int { __gt.Mark(N); a := n.v\n\tb := n.v\n\t__gt.Mark(N); c := n.next.v\n\treturn a + b + c }"},
		{"dereferences after one of the same variable are not marked", "type N struct{ v int; next *N }\nfunc f(n *N) int { a := n.v\n\tif a > 0 { a += n.v }\n\tfor n != nil { a += n.v; n = n.next }\n\treturn a }", true,
			"type N struct{ v int; next *N }\nfunc f(n *N) int { a := n.v\n\tif a > 0 { a += n.v }\n\tfor n != nil { a += n.v; n = n.next }\n\treturn a }"},
		{"a loop of the cell's statements reads its own variable once", "ps := []*struct{ v, w int }{}\nfor _, p := range ps {\n\tn += p.v\n\tif p.w > 0 { n++ }\n}", false,
			"var _ = func() bool { __gt.LocalType(struct{v int; w int}{}, \"S:struct { v int; w int };v,w\"); return true }(); ps := []*struct{ v, w int }{}\nfor _, p := range ps {\n\tn += p.v\n\tif p.w > 0 { n++ }\n}"},
		{"deferred panic", "func f() { defer panic(\"boom\") }", true,
			"func f() { { __gt_da1 := \"boom\"; defer func(v any) { panic(v) }(__gt_da1) } }"},
		{"Sprint's operands", "type S string\nfunc f() string { return fmt.Sprint(S(\"a\"), 1) }", true,
			"type S string; type __gt_box_S struct{ S `gt:\"box main.S\"` }\nfunc f() string { return fmt.Sprint(__gt.SprintArgs(__gt.As(S(\"a\"), \"T:main.S\"), 1)...) }"},
		{"method that recovers deferred through an interface", "type C interface{ catch() }\ntype G struct{ n int }\nfunc (g *G) catch() { recover() }\nfunc f(c C) { defer c.catch() }", true,
			"type C interface{ catch() }\ntype G struct{ n int }\nfunc (__gt_rv *G) catch() { __gt_rm1_G_catch(__gt_rv) }; func __gt_rm1_G_catch(g *G) { __gt.Recovered(__gt.Pending(__gt.Handed(), recover())) ; __gt.RecoverReturned(); }\nfunc f(c C) { { __gt_dr1 := (func(r C) C { if r == nil { __gt.NilDeref() }; return r })(c); switch __gt_v := __gt_dr1.(type) { case *G: defer __gt_rm1_G_catch(__gt_v); default: defer func(__gt_r C) { __gt_r.catch() }(__gt_dr1) } } }"},
		{"assertion to the empty interface", "func f(i any) bool { _, ok := i.(interface{}); return ok }", true,
			"func f(i any) bool { _, ok := func(v any) (any, bool) { return v, v != nil }(i); return ok }"},
		{"deferred value method through a pointer", "type K struct{ n int }\nfunc (K) M() {}\nfunc f(p *K) { defer p.M() }", true,
			"type K struct{ n int }\nfunc (K) M() {}\nfunc f(p *K) { { __gt_dr1 := *(p); defer func(__gt_r K) { __gt_r.M() }(__gt_dr1) } }"},
		{"deferred method of an interface value", "type G interface{ Greet() string }\nfunc f(g G) { defer g.Greet() }", true,
			"type G interface{ Greet() string }\nfunc f(g G) { { __gt_dr1 := (func(r G) G { if r == nil { __gt.NilDeref() }; return r })(g); defer func(__gt_r G) { __gt_r.Greet() }(__gt_dr1) } }"},
		{"go statement of a func variable with no arguments", "type S struct{ cb func() }\nfunc f(g func(), s S, h func(int)) { go g(); go s.cb(); go h(1) }", true,
			"type S struct{ cb func() }\nfunc f(g func(), s S, h func(int)) { if g == nil { __gt.GoNilFunc() }; go g(); if s.cb == nil { __gt.GoNilFunc() }; go s.cb(); go h(1) }"},
		{"conditions that are type assertions", "func f(v any) int { if v.(bool) { return 1 }; for v.(bool) { break }; switch { case v.(bool): }; return 0 }", true,
			"func f(v any) int { if (v.(bool)) { return 1 }; for (v.(bool)) { break }; switch { case (v.(bool)): }; return 0 }"},
		{"assertion on a conversion to an interface", "type I interface{ M() }\ntype T struct{ n int }\nfunc (T) M() {}\nfunc f(t T) bool { _, ok := I(t).(T); return ok }", true,
			"type I interface{ M() }\ntype T struct{ n int }\nfunc (T) M() {}\nfunc f(t T) bool { _, ok := ((func(v I) I { return v })(((func(v T) T { return v })(t)))).(T); return ok }"},
		{"variadic call of a func value", "type B struct{ Fn func(xs ...int) int }\nfunc f(b B, g func(...any)) int { g(1, nil); g(); return b.Fn(1, 2) + b.Fn() }", true,
			"type B struct{ Fn func(...int) int }\nfunc f(b B, g func(...any)) int { g([]any{1, nil}...); g([]any(nil)...); return b.Fn([]int{1, 2}...) + b.Fn([]int(nil)...) }"},
		{"a format known only when it runs, and operands no verb takes", "type P struct{ x int }\nfunc f(format string, a ...any) { fmt.Printf(format, a...); fmt.Printf(\"%d\", 1, P{}) }", true,
			"type P struct{ x int }\nfunc f(format string, a ...any) { fmt.Printf(\"%s\", __gt.Sprintf(format, a...)); fmt.Printf(\"%s\", __gt.Sprintf(\"%d\", 1, P{})) }"},
		{"assertion from an error of a type with a method promoted through an embedded pointer", "type B struct{ m string }\nfunc (*B) Error() string { return \"\" }\ntype O struct{ *B }\nfunc f(e error) bool { _, ok := e.(O); return ok }", true,
			"type B struct{ m string }\nfunc (*B) Error() string { return \"\" }\ntype O struct{ *B }\nfunc f(e error) bool { _, ok := __gt.Orig(e).(O); return ok }"},
		{"methods of a standard type embedded by value", "type R struct{ time.Duration; N int }", true,
			"import \"time\"; type R struct{ time.Duration; N int }; func (__gt_fw R) Abs() time.Duration { return __gt_fw.Duration.Abs() }; func (__gt_fw R) Hours() float64 { return __gt_fw.Duration.Hours() }; func (__gt_fw R) Microseconds() int64 { return __gt_fw.Duration.Microseconds() }; func (__gt_fw R) Milliseconds() int64 { return __gt_fw.Duration.Milliseconds() }; func (__gt_fw R) Minutes() float64 { return __gt_fw.Duration.Minutes() }; func (__gt_fw R) Nanoseconds() int64 { return __gt_fw.Duration.Nanoseconds() }; func (__gt_fw R) Round(p0 time.Duration) time.Duration { return __gt_fw.Duration.Round(p0) }; func (__gt_fw R) Seconds() float64 { return __gt_fw.Duration.Seconds() }; func (__gt_fw R) String() string { return __gt_fw.Duration.String() }; func (__gt_fw R) Truncate(p0 time.Duration) time.Duration { return __gt_fw.Duration.Truncate(p0) }"},
		{"type switch case of an interface literal", "func f(err error) int { switch err.(type) { case interface{ Unwrap() error }: return 1 }; return 0 }", true,
			"func f(err error) int { switch __gt_ts1 := err;  { case func(v error) bool { if v == nil { return false }; r, ok := v.(interface{ Unwrap() error }); if !ok && __gt.HasMethods(v, \"Unwrap func() error\") { var w interface{ Error() string } = __gt.Held; __gt.SetIface(&r, &w, v); ok = true }; _ = r; return ok }(__gt_ts1): return 1 }; return 0 }"},
		{"labels named like other names", "func f(done bool) { done: for { break done }; loop: for { break loop } }", true,
			"func f(done bool) { __gt_lbl_done: for { break __gt_lbl_done }; loop: for { break loop } }"},
		{"names of func types that are no func's", "type op func(a, b int) (n int)\ntype H interface{ Handle(msg string) string }\nfunc f(cb func(x int)) {}", true,
			"type op func(int, int) (int); type __gt_box_op struct{ op `gt:\"box main.op\"` }\ntype H interface{ Handle(string) string }\nfunc f(cb func(int)) {}"},
		{"constant strings converted to byte and rune slices", "func f(s string) ([]byte, []rune, []byte) { return []byte(\"HD\"), []rune(\"hé\"), []byte(s) }", true,
			"func f(s string) ([]byte, []rune, []byte) { return (([]byte(\"HD\"))[:2:2]), (([]rune(\"hé\"))[:2:2]), ([]byte(s)) }"},
		{"struct value given to a standard func's interface parameter", "type P struct{ n int }\nfunc (P) Read(b []byte) (int, error) { return 0, nil }\nfunc f(p P) io.Reader { return io.LimitReader(p, 1) }", true,
			"import \"io\"; type P struct{ n int }\nfunc (P) Read(b []byte) (int, error) { return 0, nil }\nfunc f(p P) io.Reader { return io.LimitReader((func(v P) io.Reader { return __gt.Rewrap(func() io.Reader { return v }(), v).(io.Reader) })(p), 1) }"},
		{"deferred method expression", "type T struct{ n int }\nfunc (T) M(k int) {}\nfunc f() { defer T.M(T{}, 1) }", true,
			"type T struct{ n int }\nfunc (T) M(k int) {}\nfunc f() { { __gt_da1, __gt_da2 := (T{}), 1; defer func(p0 T, p1 int) { p0.M(p1) }(__gt_da1, __gt_da2) } }"},
		{"range over int", "for i := range 3 { fmt.Println(i) }", false,
			"for __gt_i1, __gt_n2 := int(0), int(3); __gt_i1 < __gt_n2; __gt_i1++ { i := __gt_i1; _ = i; fmt.Println(i) }"},
		{"range over int whose body declares its variable again", "for i := range 3 { i := i * 10; fmt.Println(i) }", false,
			"for __gt_i1, __gt_n2 := int(0), int(3); __gt_i1 < __gt_n2; __gt_i1++ { i := __gt_i1; _ = i; { i := i * 10; fmt.Println(i) } }"},
		{"func value given nothing for its variadic parameter", "h := func(xs ...int) {}; h()", false,
			"h := func(xs ...int) {}; h([]int(nil)...)"},
		{"untyped nil spread to append and to a variadic func", "func f(xs ...int) int { return len(xs) }\nfunc g() { _ = append([]int{1}, nil...); _ = f(nil...) }", true,
			"func f(xs ...int) int { return len(xs) }\nfunc g() { _ = append([]int{1}, []int(nil)...); _ = f([]int(nil)...) }"},
		{"receive-only channel compared with its bidirectional channel", "func f(c chan int, ro <-chan int) bool { return ro == c || c != ro }", true,
			"func f(c chan int, ro <-chan int) bool { return ro == (<-chan int)(c) || (<-chan int)(c) != ro }"},
		{"package variables declared by a call of a func field", "type DB struct{ dsn string }\ntype C struct{ open func() (*DB, error) }\nvar c = &C{}\nvar db, err = c.open()", true,
			"type DB struct{ dsn string }\ntype C struct{ open func() (*DB, error) }\nvar c = &C{}\nvar db, err = func() (*DB, error) { __gt_r1, __gt_r2 := c.open(); return __gt_r1, __gt_r2 }()"},
		{"range over a map literal of channels", "func f(a chan int) { for k, c := range map[string]chan int{\"a\": a} { _, _ = k, c } }", true,
			"func f(a chan int) { { __gt_m2 := map[string]chan int{\"a\": a}; for __gt_k1 := range __gt_m2 { k := __gt_k1; _ = k; c := __gt_m2[__gt_k1]; _ = c; _, _ = k, c } } }"},
		{"label on a bare return", "func f(n int) (i int) { if n > 5 { goto done }; i = -1\ndone:\n\treturn }", true,
			"func f(n int) (i int) { i = *new(int); if n > 5 { goto done }; i = -1\ndone: ;\n\treturn }"},
		{"element of a variadic parameter of a session interface", "type N interface{ Name() string }\ntype T struct{ s string }\nfunc (*T) Name() string { return \"\" }\nfunc add(w ...N) []N { return w }\nfunc f(n N) { _ = add(&T{}, n) }", true,
			"type N interface{ Name() string }\ntype T struct{ s string }\nfunc (*T) Name() string { return \"\" }\nfunc add(w ...N) []N { return w }\nfunc f(n N) { _ = add(((func(v *T) N { return v })(&T{})), (n)) }"},
		{"comma-ok lookups and assertions that miss give the zero value", "func f(m map[string]int, xs []any) (n int) { for _, w := range []string{\"a\"} { c, found := m[w]; m[w] = c + 1; _ = found }; for _, x := range xs { n, _ = x.(int) }; return }", true,
			"func f(m map[string]int, xs []any) (n int) { n = *new(int); for _, w := range []string{\"a\"} { c, found := m[w]; if !found { c = *new(int) }; m[w] = c + 1; _ = found }; for _, x := range xs { var __gt_ok1 bool; n, __gt_ok1 = x.(int); if !__gt_ok1 { n = *new(int) } }; return }"},
		{"deferred call spreading a slice", "func f(g func(string, ...int), s []int) { defer g(\"a\", s...) }", true,
			"func f(g func(string, ...int), s []int) { { __gt_df1, __gt_da2, __gt_da3 := g, \"a\", s; defer func(__gt_f func(string, ...int), p0 string, p1 []int) { __gt_f(p0, p1...) }(__gt_df1, __gt_da2, __gt_da3) } }"},
		{"deferred literal given nothing for its variadic parameter", "func f() { defer func(xs ...int) { fmt.Println(xs == nil) }() }", true,
			"func f() { defer func(xs []int) { fmt.Println(xs == nil) }(nil) }"},
		{"session interface asserted to a standard one its boxed types cannot be in", "type I interface{ M() }\ntype B int\nfunc (B) String() string { return \"\" }\nfunc f(v I) bool { _, ok := v.(fmt.Stringer); return ok }", true,
			"type I interface{ M() }\ntype B int; type __gt_box_B struct{ B `gt:\"box main.B\"` }\nfunc (B) String() string { return \"\" }\nfunc f(v I) bool { _, ok := func(v I) (fmt.Stringer, bool) { if v == nil { return nil, false }; r, ok := v.(fmt.Stringer); return r, ok }(v); return ok }"},
		{"comparison assigned to the blank identifier", "_ = n < 2; _ = !(n > 1)", false,
			"_ = (n < 2); _ = (!(n > 1))"},
		{"struct embedding an interface asserted from one", "type I interface{ M() }\ntype S struct{ I }\nfunc f(v I) bool { _, ok := v.(S); return ok }", true,
			"type I interface{ M() }\ntype S struct{ I I }; func (__gt_fw S) M() { __gt_fw.I.M() }\nfunc f(v I) bool { _, ok := v.(S); return ok }"},
		{"standard interface put in the empty one", "type MyErr struct{ Code int }\nfunc (e MyErr) Error() string { return \"x\" }\nfunc f(err error) any { var x any = err; return x }", true,
			"type MyErr struct{ Code int }\nfunc (e MyErr) Error() string { return \"x\" }\nfunc f(err error) any { var x any = (func(v error) any { return __gt.Orig(v) })(err); return x }"},
		{"call's results assigned to an interface", "type E struct{ m string }\nfunc (*E) Error() string { return \"\" }\nfunc g() ([]byte, *E) { return nil, nil }\nfunc f() (any, error) { var err error; _, err = g(); _ = err; return g() }", true,
			"type E struct{ m string }\nfunc (*E) Error() string { return \"\" }\nfunc g() ([]byte, *E) { return nil, nil }\nfunc f() (any, error) { var err error; _, err = func() ([]byte, error) { __gt_r1, __gt_r2 := g(); return __gt_r1, (func(v *E) error { if v == nil { return __gt.TypedNilIn(func() error { x := new(E); return x }(), v, \"*E\", \"error\", \"Error\", func() string { return v.Error() }).(error) }; return v })(__gt_r2) }(); _ = err; return func() (any, error) { __gt_r3, __gt_r4 := g(); return __gt_r3, (func(v *E) error { if v == nil { return __gt.TypedNilIn(func() error { x := new(E); return x }(), v, \"*E\", \"error\", \"Error\", func() string { return v.Error() }).(error) }; return v })(__gt_r4) }() }"},
		{"pointer to a boxed type put in an interface and asserted", "type Counter int\nfunc (c *Counter) Inc() { *c++ }\nfunc f(c *Counter) bool { var x any = c; p, ok := x.(*Counter); return ok && p == c }", true,
			"type Counter int; type __gt_box_Counter struct{ Counter `gt:\"box main.Counter\"` }\nfunc (c *Counter) Inc() { *c++ }\nfunc f(c *Counter) bool { var x any = (func(v *Counter) any { return (*__gt_box_Counter)(__gt.UnsafePointer(v)) })(c); p, ok := func(v any) (*Counter, bool) { b, ok := __gt.Orig(v).(*__gt_box_Counter); return (*Counter)(__gt.UnsafePointer(b)), ok }(x); return ok && p == c }"},
		{"untyped integer quotient of a floating-point constant", "func f() float64 { var h float64 = 7 / 2; const m = 7 / 2 * 2.0; return h + m + 7.0/2 }", true,
			"func f() float64 { var h float64 = float64(3.0); const m = 6.0; return h + m + 7.0/2 }"},
		{"func literal converted to iter.Seq", "func f() iter.Seq[int] { return iter.Seq[int](func(yield func(int) bool) {}) }", true,
			"import \"iter\"; func f() func(func(int) bool) { { __gt_ret0 := (func(func(int) bool))(func(yield func(int) bool) {}); return __gt_ret0 } }"},
		{"structs holding interfaces compared", "type P struct{ A any }\nfunc f(a, b P) bool { return a == b || [1]error{} != [1]error{nil} }", true,
			"type P struct{ A any }\nfunc f(a, b P) bool { return __gt.IfaceEqual(a, b) || !__gt.IfaceEqual([1]error{}, [1]error{nil}) }"},
		{"reflect.DeepEqual through the engine", "func f(a, b []any) bool { return reflect.DeepEqual(a, b) }", true,
			"import \"reflect\"; func f(a, b []any) bool { return __gt.DeepEqual(a, b) }"},
		{"method on a conversion to a session type", "type H func(string) string\nfunc (h H) Then(g H) H { return h }\nfunc f(g func(string) string) H { return H(g).Then(g) }", true,
			"type H func(string) string; type __gt_box_H struct{ H `gt:\"box main.H\"` }\nfunc (h H) Then(g H) H { return h }\nfunc f(g func(string) string) H { { __gt_ret0 := (func(v H) H { return v })(H(g)).Then(g); return __gt_ret0 } }"},
		{"struct literal's value put in a twin struct", "type A struct{ X int }\ntype B struct{ X int }\nfunc f(a A) bool { s := struct{ X int }{1}; a = s; var b B = s; return a == s && b == B(a) }", true,
			"type A struct{ X int `gt:\"A\"` }\ntype B struct{ X int `gt:\"B\"` }\nfunc f(a A) bool { s := struct{ X int }{1}; a = (A)(s); var b B = (B)(s); return a == (A)(s) && b == B(a) }"},
		{"blank var declared without a value", "var _, y int; var _ []string", false,
			"var _, y int = *new(int), *new(int); var _ []string = nil"},
		{"range over int without a variable", "for range n {}", false,
			"for __gt_i1, __gt_n2 := int(0), int(n); __gt_i1 < __gt_n2; __gt_i1++ {}"},
		{"per-iteration loop variable", "for i := 0; i < 3; i++ { fs = append(fs, func() { fmt.Println(i) }) }", false,
			"for i := 0; i < 3; i++ { i := i; fs = append(fs, func() func() { return func() { fmt.Println(i) } }()) }"},
		{"func literal a loop makes and stores", "for j := 0; j < 3; j++ { f := func() { n++ }; go f() }", false,
			"for j := 0; j < 3; j++ { f := func() func() { return func() { n++ } }(); if f == nil { __gt.GoNilFunc() }; go f() }"},
		{"func literal a func with defers makes and stores", "func f() { g := func() { n++ }; defer g() }", true,
			"func f() { g := func() func() { return func() { n++ } }(); { __gt_df1 := g; defer __gt_df1() } }"},
		{"func literal a loop calls where it stands", "for j := 0; j < 3; j++ { func() { n++ }() }", false,
			"for j := 0; j < 3; j++ { func() { n++ }() }"},
		{"func literal outside loops", "f := func() { n++ }; go f()", false,
			"f := func() { n++ }; if f == nil { __gt.GoNilFunc() }; go f()"},
		{"select case variable captured", "func f(c chan int) { for range 2 { select { case v := <-c: fs = append(fs, func() { fmt.Println(v) }) } } }", true,
			"func f(c chan int) { for __gt_i1, __gt_n2 := int(0), int(2); __gt_i1 < __gt_n2; __gt_i1++ { select { case v := <-c: { v := v; _ = v; fs = append(fs, func() func() { return func() { fmt.Println(v) } }()) } } } }"},
		{"type switch variable whose address is taken", "func f(xs []any) (ps []*int) { for _, x := range xs { switch v := x.(type) { case int: ps = append(ps, &v) } }; return }", true,
			"func f(xs []any) (ps []*int) { ps = nil; for _, x := range xs { switch v := x.(type) { case int: { v := v; _ = v; ps = append(ps, &v) } } }; return }"},
		{"comma-ok misses in if and switch inits that read the value", "func f(m map[string]int, x any) { for _, w := range []string{\"a\"} { if c, ok := m[w]; !ok { fmt.Println(c) }; if c, ok := m[w]; ok { fmt.Println(c) }; switch n, ok := x.(int); { case ok: fmt.Println(n) } } }", true,
			"func f(m map[string]int, x any) { for _, w := range []string{\"a\"} { if c, ok := func() (int, bool) { __gt_ok1, __gt_ok2 := m[w]; return __gt_ok1, __gt_ok2 }(); !ok { fmt.Println(c) }; if c, ok := m[w]; ok { fmt.Println(c) }; switch n, ok := func() (int, bool) { __gt_ok3, __gt_ok4 := x.(int); return __gt_ok3, __gt_ok4 }(); { case ok: fmt.Println(n) } } }"},
		{"a session interface's value kept in an any, and call results passed to interface params", "type S interface{ M() }\ntype T struct{ n int }\nfunc (*T) M() {}\nfunc g(s S, n int) {}\nfunc mk() S { return &T{} }\nfunc f(s S) any { g(mk(), 1); var a any = s; xs := []any{s}; _ = xs; return a }", true,
			"type S interface{ M() }\ntype T struct{ n int }\nfunc (*T) M() {}\nfunc g(s S, n int) {}\nfunc mk() S { return (func(v *T) S { return v })(&T{}) }\nfunc f(s S) any { g((mk()), 1); var a any = __gt.IfaceKey(s); xs := []any{__gt.IfaceKey(s)}; _ = xs; return a }"},
		{"complex constants of real numbers", "func f(z complex128) bool { switch z { case 2, 1i: }; return 1i*1i == -1 || z == 3 || z/2 == 1 }", true,
			"func f(z complex128) bool { switch z { case (2 + 0i), 1i: }; return true || z == (3 + 0i) || z/(2 + 0i) == (1 + 0i) }"},
		{"constant cases of float32 and uint64 switches, and float64 switches with int cases", "func f(x float32, u uint64, g float64) { switch x { case 0.1, 0.2: }; switch u { case 1, 18446744073709551615: }; switch g { case 3, 0.5: } }", true,
			"func f(x float32, u uint64, g float64) { switch x { case float32(0.1), float32(0.2): }; switch u { case uint64(1), uint64(18446744073709551615): }; switch g { case float64(3), 0.5: } }"},
		{"untyped constants deferred, deleted, assigned in tuples, and too wide for an int", "func area(r float64) {}\nfunc f(m map[float64]int, ch chan uint64) (x float64) { defer area(2); delete(m, 3); x, y := 3, \"s\"; _ = y; ch <- 1 << 63; return }", true,
			"func area(r float64) {}\nfunc f(m map[float64]int, ch chan uint64) (x float64) { x = *new(float64); { __gt_df1, __gt_da2 := area, float64(2); defer __gt_df1(__gt_da2) }; delete(m, float64(3)); x, y := float64(3), \"s\"; _ = y; ch <- uint64(1 << 63); return }"},
		{"interface variables declared before, assigned by :=", "type S interface{ M() }\ntype T struct{ n int }\nfunc (T) M() {}\nfunc f() { var s S; s, k := T{1}, 0; _, _ = s, k }", true,
			"type S interface{ M() }\ntype T struct{ n int }\nfunc (T) M() {}\nfunc f() { var s S; s, k := ((S)((func(v T) S { return v })(T{1}))), 0; _, _ = s, k }"},
		{"cell variables from elements of a returned slice and map", "xs := slices.Repeat([]int{1}, 2)\nx := xs[0]\nm := map[string]int{}\nc := m[\"a\"]", false,
			"xs := (func(p0 []int, p1 int) (o0 []int) { r := __gt.Generic(\"slices.Repeat\", []any{(*[]int)(nil), (*int)(nil)}, p0, p1); if r[0] != nil { o0 = r[0].([]int) }; return })([]int{1}, 2)\nx := func() int { return xs[__gt.Index(N, (0), len(xs))] }()\nm := map[string]int{}\nc := func() int { return m[\"a\"] }()"},
		{"comparisons of constants written as their values", "func f(x float64) bool { return 0.1 == 0.10000000000000001 || x == 0.1 || 1 < 2 }", true,
			"func f(x float64) bool { return false || x == 0.1 || true }"},
		{"comma-ok declaration captured", "func f(m map[int]int) (ps []*int) { for i := range 2 { if v, ok := m[i]; ok { ps = append(ps, &v) } }; return }", true,
			"func f(m map[int]int) (ps []*int) { ps = nil; for __gt_i1, __gt_n2 := int(0), int(2); __gt_i1 < __gt_n2; __gt_i1++ { i := __gt_i1; _ = i; if v, ok := func() (int, bool) { __gt_ok3, __gt_ok4 := m[i]; return __gt_ok3, __gt_ok4 }(); ok { ps = append(ps, &v) } }; return }"},
		{"array literal declared in a loop and sliced", "func f() (ss [][]int) { for i := range 2 { a := [2]int{i, i}; ss = append(ss, a[:]) }; return }", true,
			"func f() (ss [][]int) { ss = nil; for __gt_i1, __gt_n2 := int(0), int(2); __gt_i1 < __gt_n2; __gt_i1++ { i := __gt_i1; _ = i; a := *&[2]int{i, i}; ss = append(ss, a[:]) }; return }"},
		{"address of a literal converted to a standard interface", "type E struct{ V int }\nfunc (p *E) String() string { return \"e\" }\nfunc f() { x := fmt.Stringer(&E{V: 1}); var e error = error(nil); _, _ = x, e }", true,
			"type E struct{ V int }\nfunc (p *E) String() string { return \"e\" }\nfunc f() { x := fmt.Stringer((func(v *E) fmt.Stringer { return v })(&E{V: 1})); var e error = error(nil); _, _ = x, e }"},
		{"address of a literal stored in a standard interface", "type FE struct{ F string }\nfunc (p *FE) Error() string { return p.F }\nfunc f(s string) []error { var errs []error; errs = append(errs, &FE{s}); var e error = &FE{F: s}; return append(errs, e) }", true,
			"type FE struct{ F string }\nfunc (p *FE) Error() string { return p.F }\nfunc f(s string) []error { var errs []error; errs = append(errs, (func(v *FE) error { return v })(&FE{s})); var e error = (func(v *FE) error { return v })(&FE{F: s}); return append(errs, e) }"},
		{"value stored in an interface a func declares", "type C struct{ n int }\nfunc (c C) Get() int { return c.n }\nfunc f(c C) int { type getter interface{ Get() int }; var g getter = c; c.n = 2; return g.Get() }", true,
			"type C struct{ n int }\nfunc (c C) Get() int { return c.n }\nfunc f(c C) int { type getter interface{ Get() int }; var g getter = (func(v C) C { return v })(c); c.n = 2; return g.Get() }"},
		{"standard func that panics on bad arguments, called on two lines", "func f(s []int, n int) []int {\n\ta := slices.Repeat(s, 2)\n\treturn slices.Repeat(a, n)\n}", true,
			"func f(s []int, n int) []int {\n\t__gt.Mark(N); a := (func(p0 []int, p1 int) (o0 []int) { r := __gt.Generic(\"slices.Repeat\", []any{(*[]int)(nil), (*int)(nil)}, p0, p1); if r[0] != nil { o0 = r[0].([]int) }; return })(s, 2)\n\t__gt.Mark(N); return (func(p0 []int, p1 int) (o0 []int) { r := __gt.Generic(\"slices.Repeat\", []any{(*[]int)(nil), (*int)(nil)}, p0, p1); if r[0] != nil { o0 = r[0].([]int) }; return })(a, n)\n}"},
		{"struct types pointing at each other, built from the one every loop goes through", "type D struct{ staff []*E }\ntype E struct{ d *D; boss *E }", true,
			"type D struct{ staff []*E }\ntype E struct{ d *D; boss *E }; var _ = (*E)(nil)"},
		{"for loop with an init statement only", "func f() (n int) { for i := 0; ; { n += i; if i > 3 { break }; i++ }; return }", true, "func f() (n int) { n = *new(int); for i := 0; ; _ = 0 { n += i; if i > 3 { break }; i++ }; return }"},
		{"switch on a pointer with case nil", "func f(p, q *int) int { switch p { case nil: return 0; case q: return 1 }; return 2 }", true, "func f(p, q *int) int { switch __gt_sw1 := p; { case __gt_sw1 == nil: return 0; case __gt_sw1 == q: return 1 }; return 2 }"},
		{"fallthrough into a default written before a case", "func f(n int) (s string) { switch n { case 0: s += \"0\"; fallthrough; default: s += \"d\"; fallthrough; case 1, 2: s += \"1\" }; return }", true, "func f(n int) (s string) { s = *new(string); switch __gt_sw1 := n; { case __gt_sw1 == 0: s += \"0\"; fallthrough; case !(__gt_sw1 == 0 || __gt_sw1 == 1 || __gt_sw1 == 2): s += \"d\"; fallthrough; case __gt_sw1 == 1 || __gt_sw1 == 2: s += \"1\" }; return }"},
		{"float divided by a constant zero", "func f(x float64, c complex64) (float64, complex64) { return x / 0, c / 0.0 }", true,
			"func f(x float64, c complex64) (float64, complex64) { return x / (func() float64 { var z float64; return z })(), c / ((func() complex64 { var z complex64; return z })() + 0i) }"},
		{"uintptr incremented and decremented", "func f(n uintptr) uintptr { n++; n--; n++; return n }", true,
			"func f(n uintptr) uintptr { n += 1; n -= 1; n += 1; return n }"},
		{"array length of a float constant", "const n = 2.0\ntype G [n][2 * n]int", true,
			"const n = 2.0\ntype G [2][4]int; type __gt_box_G struct{ G `gt:\"box main.G\"` }"},
		{"goto back out of a select", "func f(ch chan int) (n int) {\nagain:\n\tselect { case <-ch: n++; goto again; default: }\n\treturn\n}", true, "func f(ch chan int) (n int) { n = *new(int);\nagain:\n\t{ var __gt_sx1 int; select { case <-ch: n++; __gt_sx1 = 1; goto __gt_sx1e; default: }; __gt_sx1e: ; if __gt_sx1 == 1 { goto again }; }\n\treturn\n}"},
		{"dereference assigned to the blank identifier", "func f(p *int) { _ = *p }", true,
			"func f(p *int) { _ = (func() int { return *p })() }"},
		{"struct types referring to each other, one held by value", "type Task struct{ owner *Loop }\ntype Loop struct{ queue []Task }", true,
			"type Task struct{ owner *Loop }\ntype Loop struct{ queue []Task }; var _ = (*Loop)(nil)"},
		{"struct literal type with a standard interface's methods by embedding", "func f() { var c struct{ sync.Mutex; n int }; var l sync.Locker = &c; l.Lock() }", true,
			"import \"sync\"; func f() { var c struct{ sync.Mutex; n int }; var l sync.Locker = (func(v *struct{sync.Mutex; n int}) sync.Locker { return &v.Mutex })(&c); l.Lock() }; var _ = func() bool { __gt.LocalType(struct{sync.Mutex; n int}{}, \"S:struct { sync.Mutex; n int };~Mutex,n\"); return true }()"},
		{"blank struct fields after the first", "type P struct{ A int; _ int; B string; _ [2]byte; _ bool }", true,
			"type P struct{ A int; _ int; B string; __gt_blank2 [2]byte; __gt_blank3 bool }"},
		{"type a func declares from a declared struct type", "type S struct{ W, H float64 }\nfunc f() float64 { type plain S; var p plain; p.H = 2; return p.H }", true,
			"type S struct{ W, H float64 }\nfunc f() float64 { type plain struct{ W float64 \"gt:\\\"plain\\\"\"; H float64 }; __gt.LocalType(plain{}, \"S:main.plain;W,H\"); var p plain; p.H = 2; return p.H }"},
		{"untyped rune constant left untyped", "const c = 'x'; var r = c; f := c + 2.0", false,
			"const c = 'x'; var r = rune(c); f := c + 2.0"},
		{"select with no cases", "func f(c chan int) { go func() { c <- 1; select {} }(); select {} }", true,
			"func f(c chan int) { go func() { c <- 1; __gt.SelectNoCases() }(); __gt.SelectNoCases() }"},
		{"select case variable not captured", "func f(c chan int) { for range 2 { select { case v := <-c: fmt.Println(v) } } }", true,
			"func f(c chan int) { for __gt_i1, __gt_n2 := int(0), int(2); __gt_i1 < __gt_n2; __gt_i1++ { select { case v := <-c: fmt.Println(v) } } }"},
		{"address of an element through a pointer to an array", "func f(p *[4]int) *int { return &p[2] }", true,
			"func f(p *[4]int) *int { return &(*p)[2] }"},
		{"top-level variable from an element through a pointer to an array", "w := (&[2]int{1, 2})[1]", false,
			"w := func() int { return ((func(v [2]int) *[2]int { return &v })([2]int{1, 2}))[1] }()"},
		{"var block reading an earlier var of the block", "var (\n\ta = 1\n\tb = &a\n)", false,
			"var (\n\ta = 1\n\tb = &a\n)"},
		{"address of an array literal", "func f() (ps []*[2]int) { for i := range 2 { ps = append(ps, &[2]int{i, -i}) }; return }", true,
			"func f() (ps []*[2]int) { ps = nil; for __gt_i1, __gt_n2 := int(0), int(2); __gt_i1 < __gt_n2; __gt_i1++ { i := __gt_i1; _ = i; ps = append(ps, (func(v [2]int) *[2]int { return &v })([2]int{i, -i})) }; return }"},
		{"generic standard func as a value", "sorter := slices.Sort[[]int]", false,
			"sorter := (func(p0 []int) { __gt.Generic(\"slices.Sort\", []any{(*[]int)(nil), (*int)(nil)}, p0) })"},
		{"loop variable not captured", "for i := 0; i < 3; i++ { fmt.Println(i) }", false,
			"for i := 0; i < 3; i++ { fmt.Println(i) }"},
		{"loop variable captured and changed", "for i := 0; i < 9; i++ { fs = append(fs, func() { fmt.Println(i) }); i++ }", false,
			"for i := 0; i < 9; i++ { __gt_lv1 := i; fs = append(fs, func() func() { return func() { fmt.Println(__gt_lv1) } }()); __gt_lv1++ ; i = __gt_lv1 }"},
		{"deferred literal capturing a loop variable", "func f() { for i := 0; i < 3; i++ { defer func() { fmt.Print(i) }() } }", true,
			"func f() { var __gt_pend1 any; defer func() { if __gt_pend1 != nil { __gt_pp2 := __gt_pend1; __gt_pend1 = nil; panic(__gt_pp2) } }(); for i := 0; i < 3; i++ { i := i; { __gt_cpa5 := &i; defer func(__gt_cp4 *int) { defer func() { if __gt_pr3 := recover(); __gt_pr3 != nil { __gt_pend1 = __gt.Caught(__gt_pr3, N) } }(); fmt.Print((*__gt_cp4)) }(__gt_cpa5) } } }"},
		{"literal passed to compiled code capturing a loop variable", "func f(wg *sync.WaitGroup) { for _, s := range []string{\"a\"} { x := s + \"!\"; wg.Go(func() { fmt.Print(x) }) } }", true,
			"import \"sync\"; func f(wg *sync.WaitGroup) { for _, s := range []string{\"a\"} { x := s + \"!\"; __gt.WaitGroupGo(wg, func(__gt_cp1 *string) func() { return func() { fmt.Print((*__gt_cp1)) } }(&x)) } }"},
		{"reflect describing the session's types", "func f(x any) string { t := reflect.TypeOf(x); return t.Name() + reflect.ValueOf(x).String() }", true,
			"import \"reflect\"; func f(x any) string { t := __gt.ReflectTypeOf(x); return __gt.ReflectName(t) + __gt.ReflectValueString(reflect.ValueOf(x)) }"},
		{"reflect types and values of declared non-struct types seen through their boxes", "type MyInt int\nfunc f(x MyInt) bool { v := reflect.ValueOf(&x).Elem(); return v.Type().Kind() == reflect.Int && v.Type().AssignableTo(reflect.TypeOf(x)) && reflect.Indirect(v).CanSet() }", true,
			"import \"reflect\"; type MyInt int; type __gt_box_MyInt struct{ MyInt `gt:\"box main.MyInt\"` }\nfunc f(x MyInt) bool { v := __gt.ReflectInner(reflect.ValueOf((func(v *MyInt) any { return (*__gt_box_MyInt)(__gt.UnsafePointer(v)) })(&x))).Elem(); return __gt.ReflectUnder(v.Type()).Kind() == reflect.Int && __gt.ReflectUnder(v.Type()).AssignableTo(__gt.ReflectUnder(__gt.ReflectTypeOf((func(v MyInt) any { return __gt_box_MyInt{v} })(x)))) && __gt.ReflectInner(reflect.Indirect(__gt.ReflectInner(v))).CanSet() }"},
		{"range over a string with the index alone", "func f(s string) (n int) { for i := range s { n += i }; return }", true,
			"import __gtp_unicode_utf8 \"unicode/utf8\"; func f(s string) (n int) { n = *new(int); for __gt_p1, __gt_s2 := 0, s; __gt_p1 < len(__gt_s2); { i, _ := __gt_p1, rune(0); var __gt_w3 int; _, __gt_w3 = __gtp_unicode_utf8.DecodeRuneInString(__gt_s2[__gt_p1:]); __gt_p1 += __gt_w3; _ = i;  n += i }; return }"},
		{"a string's byte in a declaration of the cell's top level", "s := \"abc\"\nc := s[1] - '0'\nfmt.Println(c)", false,
			"s := \"abc\"\nc := func() byte { return s[__gt.Index(N, (1), len(s))] - '0' }()\nfmt.Println(c)"},
		{"compiled values asserted to a session interface", "type Stringer interface{ String() string }\nfunc f(v any) bool { _, ok := v.(Stringer); return ok }", true,
			"type Stringer interface{ String() string }\nfunc f(v any) bool { _, ok := func(v any) (Stringer, bool) { if v == nil { return nil, false }; if w, ok := v.(fmt.Stringer); ok { return w, true }; r, ok := v.(Stringer); return r, ok }(v); return ok }"},
		{"range over a map with a blank value", "func f(m map[string]int) (n int) { for k, _ := range m { n += len(k) }; return }", true,
			"func f(m map[string]int) (n int) { n = *new(int); for k := range m { n += len(k) }; return }"},
		{"declared func type returned from a method call", "type H func(string) string\nfunc (h H) Wrap(t string) H { return func(s string) string { return t + h(s) } }\nfunc f(h H) H { return h.Wrap(\"*\") }\nfunc g(h H) func(string) H { return h.Wrap }", true,
			"type H func(string) string; type __gt_box_H struct{ H `gt:\"box main.H\"` }\nfunc (h H) Wrap(t string) H { return func(s string) string { return t + h(s) } }\nfunc f(h H) H { { __gt_ret0 := h.Wrap(\"*\"); return __gt_ret0 } }\nfunc g(h H) func(string) H { { __gt_ret0 := (func(r H) func(string) H { return func(p0 string) H { __gt_fv := r.Wrap(p0); return __gt_fv } }(h)); return __gt_ret0 } }"},
		{"method expression", "type V struct{ X int }\nfunc (v V) Add(d int) int { return v.X + d }\nfunc f() func(V, int) int { return V.Add }", true,
			"type V struct{ X int }\nfunc (v V) Add(d int) int { return v.X + d }\nfunc f() func(V, int) int { { __gt_ret0 := (func(p0 V, p1 int) int { return p0.Add(p1) }); return __gt_ret0 } }"},
		{"assignment indexing through an assigned variable", "k := \"a\"\nm := map[string]int{}\nk, m[k] = \"b\", 1", false,
			"k := \"a\"\nm := map[string]int{}\n{ __gt_ix1 := k; k, m[__gt_ix1] = \"b\", 1 }"},
		{"builtin among several values", "func f(xs []float64) (float64, int) { return 1.5, len(xs) }", true,
			"func f(xs []float64) (float64, int) { return 1.5, ((int)(len(xs))) }"},
		{"call among several values", "func double(i int) int { return i * 2 }\nfunc f(x, y int) (int, int) { x, y = x+1, double(y); return x, y }", true,
			"func double(i int) int { return i * 2 }\nfunc f(x, y int) (int, int) { x, y = x+1, (double(y)); return x, y }"},
		{"top-level declaration reading the variable it redeclares", "n, m := n+1, 2", false,
			"__gt.Stash(\"__gt_sv1\", n); n, m := func() int { v, _ := __gt.Unstash(\"__gt_sv1\").(int); return v }()+1, 2"},
		{"variable declared from the package constant of its name", "limit := limit + 1", false,
			"limit := (3) + 1"},
		{"recover", "func f() { defer func() { fmt.Println(recover()) }() }", true,
			"func f() { defer func() { fmt.Println(__gt.Args(__gt.Recovered(recover()))...) ; __gt.RecoverReturned(); }() }"},
		{"nil pointer into a standard interface", "type E struct{ n int }\nfunc (*E) Error() string { return \"e\" }\nfunc f(p *E) error { return p }", true,
			"type E struct{ n int }\nfunc (*E) Error() string { return \"e\" }\nfunc f(p *E) error { return (func(v *E) error { if v == nil { return __gt.TypedNilIn(func() error { x := new(E); return x }(), v, \"*E\", \"error\", \"Error\", func() string { return v.Error() }).(error) }; return v })(p) }"},
		{"field named like a method promoted from one level deeper", "type A struct{ X int }\nfunc (A) Name() string { return \"a\" }\ntype S struct{ A; Name string }\nfunc f(s S, p *S) (string, *string) { return p.Name, &s.Name }", true,
			"type A struct{ X int }\nfunc (A) Name() string { return \"a\" }\ntype S struct{ A; Name string }\nfunc f(s S, p *S) (string, *string) { return (*(*string)(__gt.FieldAddr(p, 1))), (*string)(__gt.FieldAddr(&s, 1)) }"},
		{"writer with a String method into fmt.Fprint", "type W struct{ n int }\nfunc (w *W) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }\nfunc (w *W) String() string { return \"w\" }\nfunc f(w *W) { fmt.Fprint(w, 1) }", true,
			"type W struct{ n int }\nfunc (w *W) Write(p []byte) (int, error) { w.n += len(p); return ((int)(len(p))), nil }\nfunc (w *W) String() string { return \"w\" }\nfunc f(w *W) { fmt.Fprint(__gt.AsWriter(w), 1) }"},
		{"embedded compiled struct with pointer methods", "type C struct{ sync.Mutex; n int }", true,
			"import \"sync\"; type C struct{ sync.Mutex; n int }; func (__gt_fw *C) Lock() { __gt_fw.Mutex.Lock() }; func (__gt_fw *C) TryLock() bool { return __gt_fw.Mutex.TryLock() }; func (__gt_fw *C) Unlock() { __gt.MutexUnlock(&__gt_fw.Mutex) }"},
		{"embedded pointer to a compiled struct", "type G struct{ *sync.WaitGroup; n int }\nfunc f(g G) { g.Go(func() {}) }", true,
			"import \"sync\"; type G struct{ *sync.WaitGroup; n int }; func (__gt_fw G) Add(p0 int) { __gt_fw.WaitGroup.Add(p0) }; func (__gt_fw G) Done() { __gt_fw.WaitGroup.Done() }; func (__gt_fw G) Go(p0 func()) { __gt.WaitGroupGo(__gt_fw.WaitGroup, p0) }; func (__gt_fw G) Wait() { __gt_fw.WaitGroup.Wait() }\nfunc f(g G) { __gt.WaitGroupGo(g.WaitGroup, func() {}) }"},
		{"index of a field named like a method promoted from one level deeper", "type A struct{ X int }\nfunc (A) Tags() []string { return nil }\ntype S struct{ A; Tags []string }\nfunc f(s S, i int) { s.Tags[i] = \"x\" }", true,
			"type A struct{ X int }\nfunc (A) Tags() []string { return nil }\ntype S struct{ A; Tags []string }\nfunc f(s S, i int) { (*(*[]string)(__gt.FieldAddr(&s, 1)))[__gt.Index(N, (i), len((*(*[]string)(__gt.FieldAddr(&s, 1)))))] = \"x\" }"},
		{"struct types with the same fields", "type A struct{ X int }\ntype B struct{ X int }\ntype C struct{ Y int `json:\"y\"` }\ntype D struct{ Y int `json:\"y\"` }\ntype E struct{ Y int }", true,
			"type A struct{ X int `gt:\"A\"` }\ntype B struct{ X int `gt:\"B\"` }\ntype C struct{ Y int `json:\"y\" gt:\"C\"` }\ntype D struct{ Y int `json:\"y\" gt:\"D\"` }\ntype E struct{ Y int }"},
		{"deferred calls that may panic, chained", "func f() { defer fmt.Println(\"b\"); defer func() { fmt.Println(recover()) }() }", true,
			"func f() { var __gt_pend1 any; defer func() { if __gt_pend1 != nil { __gt_pp2 := __gt_pend1; __gt_pend1 = nil; panic(__gt_pp2) } }(); { __gt_df4, __gt_da5 := fmt.Println, \"b\"; defer __gt_df4(__gt_da5) }; defer func() { defer func() { if __gt_pr3 := recover(); __gt_pr3 != nil { __gt_pend1 = __gt.Caught(__gt_pr3, N) } }(); fmt.Println(__gt.Args(__gt.Recovered(__gt.Pending(&__gt_pend1, recover())))...) ; __gt.RecoverReturned(); }() }"},
		{"deferred call of a func value, chained", "func f(fn func(int)) { defer func() { recover() }(); defer fn(1) }", true,
			"func f(fn func(int)) { var __gt_pend1 any; defer func() { if __gt_pend1 != nil { __gt_pp2 := __gt_pend1; __gt_pend1 = nil; panic(__gt_pp2) } }(); defer func() { defer func() { if __gt_pr3 := recover(); __gt_pr3 != nil { __gt_pend1 = __gt.Caught(__gt_pr3, N) } }(); __gt.Recovered(__gt.Pending(&__gt_pend1, recover())) ; __gt.RecoverReturned(); }(); " +
				"{ __gt_df4, __gt_da5 := fn, 1; if __gt_df4 == nil { defer func() { defer func() { if __gt_pr6 := recover(); __gt_pr6 != nil { __gt_pend1 = __gt.Caught(__gt_pr6, N) } }(); __gt_df4(__gt_da5) }() } else { defer __gt_df4(__gt_da5) } } }"},
		{"a func failing the same way on two lines records which ran", "func div(a, b int) int { return a / b }\nfunc f(n int) {\n\tdiv(1, n)\n\tif n > 0 {\n\t\tdiv(n, 0)\n\t}\n\t_ = 1.0 / float64(n)\n}", true,
			"func div(a, b int) int { return a / b }\nfunc f(n int) {\n\t__gt.Mark(N); div(1, n)\n\tif n > 0 {\n\t\t__gt.Mark(N); div(n, 0)\n\t}\n\t_ = 1.0 / float64(n)\n}"},
		{"unnamed parameters of funcs with a body", "type W struct{ n int }\nfunc (W) Write([]byte) (int, error) { return 0, nil }\nfunc f(string, ...int) func(bool) { return func(bool) {} }", true,
			"type W struct{ n int }\nfunc (W) Write(_ []byte) (int, error) { return 0, nil }\nfunc f(_ string, _ ...int) func(bool) { return func(_ bool) {} }"},
		{"select operands evaluated before, receives assigned in the clause", "func f(out chan int, in chan int, s []int, x *int) { select { case out <- s[0] + 1: case *x = <-in: } }", true,
			"func f(out chan int, in chan int, s []int, x *int) { { __gt_sv1 := s[__gt.Index(N, (0), len(s))] + 1; select { case out <- __gt_sv1: case __gt_rv2 := <-in: *x = __gt_rv2; } } }"},
		{"receives into a temporary of their own", "func f(c chan int, p *int) (x int) { v := <-c; v++; *p = <-c; x, _ = <-c; y, ok := <-c; _, _ = y, ok; <-c; return <-c + v }", true,
			"func f(c chan int, p *int) (x int) { x = *new(int); v := (<-c); v++; *p = (<-c); x = (<-c); y, ok := <-c; _, _ = y, ok; <-c; return (<-c) + v }"},
		{"results assigned to a map entry through temporaries", "func f(m map[string]int, k string) (err error) { m[k], err = strconv.Atoi(k); m[fmt.Sprint(k)], err = strconv.Atoi(k); if m[\"a\"], err = strconv.Atoi(\"1\"); err != nil { return }; return }", true,
			"import \"strconv\"; func f(m map[string]int, k string) (err error) { err = nil; { __gt_v1, __gt_v2 := strconv.Atoi(k); m[k] = __gt_v1; err = __gt_v2 }; { __gt_ix3 := fmt.Sprint(k); __gt_v4, __gt_v5 := strconv.Atoi(k); m[__gt_ix3] = __gt_v4; err = __gt_v5 }; { { __gt_v6, __gt_v7 := strconv.Atoi(\"1\"); m[\"a\"] = __gt_v6; err = __gt_v7 }; if err != nil { return } }; return }"},
		{"a func-local type a generic takes hoisted before the func", "func Keep[T any](xs []T) []T { return xs }\nfunc f() {\n\ttype pair struct {\n\t\tk string // key\n\t\tv int\n\t}\n\t_ = Keep([]pair{{\"a\", 1}})\n}", true,
			"func Keep[T any]() {}\ntype pair struct { k string ; v int }; func f() {\n\t\n\n\n\n\t_ = __gtg_Keep_8f5ddde2([]pair{{\"a\", 1}})\n}"},
		{"a generic func is a stub: its instances are copies", "type R[T any] struct{ v T }\nfunc (r R[T]) M() {}\nfunc Wrap[T any](xs []T) R[[]T] {\n\treturn R[[]T]{xs}\n}", true,
			"type R[T any] struct{ v T }\nfunc (r R[T]) M() {}\nfunc Wrap[T any]() {\n\n}"},
		{"index of a call's result", "func f(g func() []int, h func() string) (int, byte, *int) { g()[0]++; return g()[1], h()[2], &g()[3] }", true,
			"func f(g func() []int, h func() string) (int, byte, *int) { (*func(s []int, i int) *int { return &s[__gt.Index(N, i, len(s))] }(g(), int(0)))++; return (*func(s []int, i int) *int { return &s[__gt.Index(N, i, len(s))] }(g(), int(1))), func(s string, i int) byte { return s[__gt.Index(N, i, len(s))] }(h(), int(2)), func(s []int, i int) *int { return &s[__gt.Index(N, i, len(s))] }(g(), int(3)) }"},
		{"slice of a call's result", "func f(g func() []int, h func() string, n int) ([]int, string, []int) { return g()[1:n], h()[:n], g()[n:] }", true,
			"func f(g func() []int, h func() string, n int) ([]int, string, []int) { return func(s []int, lo, hi int) []int { return s[lo:__gt.SliceHigh(lo, hi, cap(s), false)] }(g(), int(1), int(n)), func(s string, hi int) string { return s[:__gt.SliceHigh(0, hi, len(s), true)] }(h(), int(n)), func(s []int, lo int) []int { return s[__gt.SliceLow(lo, len(s)):] }(g(), int(n)) }"},
		{"local type alias", "func f() string { type S = string; var s S = \"x\"; return s }", true,
			"func f() string { ; var s string = \"x\"; return s }"},
		{"range over a slice of channels", "func total(cs []chan int) (n int) { for _, c := range cs { n += len(c) }; return }", true,
			"func total(cs []chan int) (n int) { n = *new(int); for __gt_p1, __gt_i2 := cs, 0; __gt_i2 < len(__gt_p1); __gt_i2++ { c := __gt_p1[__gt_i2]; _ = c; n += len(c) }; return }"},
		{"typed constants from iota", "type Size float64\nconst (\n\t_ = iota\n\tKB Size = 1 << (10 * iota)\n\tMB\n)", true,
			"type Size float64; type __gt_box_Size struct{ Size `gt:\"box main.Size\"` }\nconst (\n\t_ = 0\n\tKB Size = Size(1024.0)\n\tMB Size = Size(1.048576e+06)\n)"},
		{"declared non-struct type boxed into an interface", "type C float64\nfunc f(c C) any { var x any = c; return x }", true,
			"type C float64; type __gt_box_C struct{ C `gt:\"box main.C\"` }\nfunc f(c C) any { var x any = (func(v C) any { return __gt_box_C{v} })(c); return x }"},
		{"boxed type asserted and switched on", "type C float64\nfunc f(x any) (C, bool) { switch x.(type) { case C: }; c, ok := x.(C); return c, ok }", true,
			"type C float64; type __gt_box_C struct{ C `gt:\"box main.C\"` }\nfunc f(x any) (C, bool) { switch __gt_ts1 := x;  { case func() bool { _, ok := __gt_ts1.(__gt_box_C); return ok }(): }; c, ok := func(v any) (C, bool) { b, ok := v.(__gt_box_C); return b.C, ok }(x); return c, ok }"},
		{"boxed type compared with an interface and used as a map[any] key", "type C int\nfunc f(x any, m map[any]int) bool { m[C(1)]++; return x == C(2) }", true,
			"type C int; type __gt_box_C struct{ C `gt:\"box main.C\"` }\nfunc f(x any, m map[any]int) bool { m[(func(v C) any { return __gt_box_C{v} })(C(1))]++; return x == (func(v C) any { return __gt_box_C{v} })(C(2)) }"},
		{"full slice expression checked", "func f(s []int, i, j, k int) []int { return s[i:j:k] }", true,
			"func f(s []int, i, j, k int) []int { return s[i:j:__gt.SliceMax(int(i), int(j), int(k), cap(s), false)] }"},
		{"slice converted to an array checked", "func f(s []int) [4]int { return [4]int(s) }", true,
			"func f(s []int) [4]int { return [4]int(s[:__gt.ArrayLen(len(s), 4)]) }"},
		{"min of constants", "x := min(3, 1, 2)", false, "x := int(1)"},
		{"max of floats", "var a, b float64\nx := max(a, b)", false,
			"var a, b float64\nx := (func(a float64, b ...float64) float64 { m := a; for _, x := range b { m = float64(__gt.FMax(float64(m), float64(x))) }; return m })(a, b)"},
		{"clear", "m := map[int]int{}\nclear(m)", false, "m := map[int]int{}\n__gt.Clear(m)"},
		{"new of a value", "p := new(42)", false, "p := (func(v int) *int { return &v })(42)"},
		{"println to stderr", "println(1)", false, "__gt.Println(1)"},
		{"os.Exit", "os.Exit(3)", false, "import \"os\"; __gt.Exit(3)"},
		{"defer arguments", "func f() { x := 1; defer fmt.Println(x); x = 2 }", true,
			"func f() { x := 1; { __gt_df1, __gt_da2 := fmt.Println, x; defer __gt_df1(__gt_da2) }; x = 2 }"},
		{"defer of a method", "func f(p *strings.Builder) { defer p.Reset() }", true,
			"import \"strings\"; func f(p *strings.Builder) { { __gt_dr1 := p; defer func(__gt_r *strings.Builder) { __gt_r.Reset() }(__gt_dr1) } }"},
		{"defer of a method with arguments in a loop", "func f(bs []strings.Builder) { for i := range bs { defer bs[i].WriteString(\"x\") } }", true,
			"import \"strings\"; func f(bs []strings.Builder) { for i := range bs { { __gt_dr1, __gt_da2 := &(bs[i]), \"x\"; defer func(__gt_r *strings.Builder, p0 string) { __gt_r.WriteString(p0) }(__gt_dr1, __gt_da2) } } }"},
		{"defer of a func literal with arguments", "func f(n int) { defer func(k int) { fmt.Println(k) }(n + 1); n = 0 }", true,
			"func f(n int) { { __gt_da1 := n + 1; defer func(k int) { fmt.Println(k) }(__gt_da1) }; n = 0 }"},
		{"defer at the cell's top level", "defer fmt.Println(\"end\")", false,
			"{ __gt_df1, __gt_da2 := fmt.Println, \"end\"; __gt.DeferCall(false, __gt_df1, __gt_da2) }"},
		{"generic standard function", "s := []int{3, 1}\nslices.Sort(s)", false,
			"s := []int{3, 1}\n(func(p0 []int) { __gt.Generic(\"slices.Sort\", []any{(*[]int)(nil), (*int)(nil)}, p0) })(s)"},
		{"range over func with return", "func first(s []int) int { for v := range slices.Values(s) { if v > 1 { return v } }; return -1 }", true,
			"func first(s []int) int { { var __gt_rs1 int; var __gt_rd1, __gt_rb1 bool; _, _, _ = __gt_rs1, __gt_rd1, __gt_rb1; var __gt_rr1_0 int; " +
				"(func(p0 []int) (o0 func(func(int) bool)) { r := __gt.Generic(\"slices.Values\", []any{(*[]int)(nil), (*int)(nil)}, p0); if r[0] != nil { o0 = r[0].(func(func(int) bool)) }; return })(s)" +
				"(func(v int) bool { if __gt_rd1 { panic(__gt.RangeContinued()) }; __gt_rb1 = true;  if v > 1 { { __gt_rs1 = -1; __gt_rr1_0 = v; __gt_rd1 = true; __gt_rb1 = false; return false } } ; __gt_rb1 = false; return true }); __gt_rd1 = true; if __gt_rb1 { panic(__gt.RangeRecovered(N)) }; if __gt_rs1 == -1 { return __gt_rr1_0 } }; return -1 }"},
		{"index checked", "func at(s []int, i int) int { return s[i] }", true,
			"func at(s []int, i int) int { return s[__gt.Index(N, (i), len(s))] }"},
		{"index of a range key left alone", "func sum(s []int) (t int) { for i := range s { t += s[i] }; return }", true,
			"func sum(s []int) (t int) { t = *new(int); for i := range s { t += s[i] }; return }"},
		{"instance of a generic slice type is no index", "type St[T any] []T\nfunc f(i int) int { var s St[rune]; return len(s) + i }", true,
			"type St[T any] []T\nfunc f(i int) int { var s __gtt_St_1032dd7d; return len(s) + i }"},
		{"comma-ok at the cell's top level", "var v any\nx, ok := v.(int)", false,
			"var v any\nx, ok := func() (int, bool) { __gt_ok1, __gt_ok2 := v.(int); return __gt_ok1, __gt_ok2 }()"},
		{"assertion to a session interface from any", "type I interface{ M() }\ntype T struct{ n int }\nfunc (*T) M() {}\nfunc f(v any) bool { _, ok := v.(I); return ok }", true,
			"type I interface{ M() }\ntype T struct{ n int }\nfunc (*T) M() {}\nfunc f(v any) bool { _, ok := func(v any) (I, bool) { if v == nil { return nil, false }; if _, ok := v.(T); ok { return nil, false }; if w, ok := v.(*T); ok { return w, true }; r, ok := v.(I); if !ok && __gt.HasMethods(v, \"M func()\") { var w interface{ Error() string } = __gt.Held; __gt.SetIface(&r, &w, v); ok = true }; return r, ok }(v); return ok }"},
		{"comma-ok inside a func left alone", "func f(m map[string]int) bool { _, ok := m[\"k\"]; return ok }", true,
			"func f(m map[string]int) bool { _, ok := m[\"k\"]; return ok }"},
		{"method value of an interface", "var s fmt.Stringer\nf := s.String", false,
			"var s fmt.Stringer\nf := (func(r fmt.Stringer) func() string { if r == nil { __gt.NilDeref() }; return func() string { return r.String() } }(s))"},
		{"struct copied into an interface", "type P struct{ X int }\nfunc f(p P) any { var a any = p; a = p; fmt.Println(p, a); return p }", true,
			"type P struct{ X int }\nfunc f(p P) any { var a any = (func(v P) P { return v })(p); a = (func(v P) P { return v })(p); fmt.Println(__gt.Args(p, a)...); return (func(v P) P { return v })(p) }"},
		{"struct literal with methods passed as any", "type P struct{ X int }\nfunc (P) M() {}\nfunc eq(a, b any) bool { return a == b }\nfunc f() P { return P{1} }\nfunc g() bool { return eq(P{1}, f()) }", true,
			"type P struct{ X int }\nfunc (P) M() {}\nfunc eq(a, b any) bool { return a == b }\nfunc f() P { return P{1} }\nfunc g() bool { return eq((func(v P) P { return v })(P{1}), f()) }"},
		{"struct with methods passed as any by a go statement", "type P struct{ X int }\nfunc (P) M() {}\nfunc h(a any) {}\nfunc g(p P) { go h(P{1}); go h(p) }", true,
			"type P struct{ X int }\nfunc (P) M() {}\nfunc h(a any) {}\nfunc g(p P) { go h((func(v P) any { return v })(P{1})); go h((func(v P) any { return v })(p)) }"},
		{"deferred method call with several arguments", "type K struct{}\nfunc (K) M(a, b any) {}\nfunc g() { defer K{}.M(K{}, 3); defer K{}.M(1, 2) }", true,
			"type K struct{}; type __gt_box_K struct{ K `gt:\"box main.K\"` }\nfunc (K) M(a, b any) {}\nfunc g() { var __gt_pend1 any; defer func() { if __gt_pend1 != nil { __gt_pp2 := __gt_pend1; __gt_pend1 = nil; panic(__gt_pp2) } }(); { __gt_dr3, __gt_da4, __gt_da5 := (K{}), ((func(v K) any { return __gt_box_K{v} })(K{})), 3; defer func(__gt_r K, p0 any, p1 any) { defer func() { if __gt_pr6 := recover(); __gt_pr6 != nil { __gt_pend1 = __gt.Caught(__gt_pr6, -1) } }(); __gt_r.M(p0, p1) }(__gt_dr3, __gt_da4, __gt_da5) }; { __gt_dr7, __gt_da8, __gt_da9 := (K{}), 1, 2; defer func(__gt_r K, p0 any, p1 any) { defer func() { if __gt_pr10 := recover(); __gt_pr10 != nil { __gt_pend1 = __gt.Caught(__gt_pr10, -1) } }(); __gt_r.M(p0, p1) }(__gt_dr7, __gt_da8, __gt_da9) } }"},
		{"case list without a tag", "func f(x int) bool { switch { case x < 0, x > 9: return true }; return false }", true,
			"func f(x int) bool { switch { case (x < 0) || (x > 9): return true }; return false }"},
		{"case list of calls after a tag", "func f(x int, g func() int) { switch x { case 1, g(): } }", true,
			"func f(x int, g func() int) { switch x { case 1: fallthrough; case g(): } }"},
		{"switch with an init statement and a computed tag", "func f(x []int) int { switch y := x; len(y) + 1 { case 3: return 1 }; return 0 }", true,
			"func f(x []int) int { switch y := x; { default: switch len(y) + 1 { case 3: return 1 }}; return 0 }"},
		{"slice passed to a variadic any", "func count(xs ...any) int { return len(xs) }\nfunc f(s []any) int { s = append(s, s); return count(s) + count(1, s) }", true,
			"func count(xs ...any) int { return len(xs) }\nfunc f(s []any) int { s = append(s, []any{s}...); return count([]any{s}...) + count([]any{1, s}...) }"},
		{"shift by a signed count", "func f(x, s int, b uint8) (int, uint8) { x <<= s; for i := 0; i < 8; i++ { b |= 1 << i }; return x >> (s - 1), b << uint(s) }", true,
			"func f(x, s int, b uint8) (int, uint8) { x <<= __gt.ShiftCount(N, int64(s)); for i := 0; i < 8; i++ { b |= uint8(1) << i }; return x >> __gt.ShiftCount(N, int64((s - 1))), b << uint(s) }"},
		{"variable named as a builtin", "func f(s []int) (min int) { len := len(s); min = s[len-1]; return }", true,
			"func f(s []int) (_m0 int) { _m0 = *new(int); _l0 := len(s); _m0 = s[__gt.Index(N, (_l0-1), len(s))]; return }"},
		{"slice of a declared type boxed into an interface", "type Celsius float64\nfunc f(x any) any { ts := []Celsius{1}; if t, ok := x.([]Celsius); ok { return t }; return ts }", true,
			"type Celsius float64; type __gt_box_Celsius struct{ Celsius `gt:\"box main.Celsius\"` }\nfunc f(x any) any { ts := []Celsius{1}; if t, ok := func(v any) ([]Celsius, bool) { if u, ok := __gt.CompositeOpen(v, \"[]main.Celsius\"); ok { return u.([]Celsius), true }; var z []Celsius; return z, false }(x); ok { return __gt.CompositeBox(\"[]main.Celsius\", \"[]T:main.Celsius\", t) }; return __gt.CompositeBox(\"[]main.Celsius\", \"[]T:main.Celsius\", ts) }"},
		{"func-local type boxed into an interface", "func f() any { type key string; var x any = key(\"k\"); _, ok := x.(key); _ = ok; return x }", true,
			"func f() any { type key string; type __gt_box_key struct{ key `gt:\"box main.key\"` }; __gt.LocalNamed(\"main.key\", \"\"); __gt.LocalBox(); var x any = (func(v key) any { return __gt_box_key{v} })(key(\"k\")); _, ok := func(v any) (key, bool) { b, ok := v.(__gt_box_key); return b.key, ok }(x); _ = ok; return x }"},
		{"operation stored in an interface", "func f(i int, ok bool, e *struct{ V any }) (any, any) { var x any; x = i % 2; e.V = -i; x = \"n\" + \"m\"; _ = x; return !ok, i >> 1 }", true,
			"func f(i int, ok bool, e *struct{ V any }) (any, any) { var x any; x = (i % 2); e.V = (-i); x = \"n\" + \"m\"; _ = x; return (!ok), (i >> 1) }"},
		{"type switch with a standard interface", "func f(v any) string { switch x := v.(type) { case nil, int: return \"n\"; case error: return x.Error() }; return \"\" }", true,
			"func f(v any) string { switch __gt_ts1 := v;  { case __gt_ts1 == nil || (!(__gt_ts1 == nil) && func() bool { _, ok := __gt_ts1.(int); return ok }()): x := __gt_ts1; _ = x; return \"n\"; " +
				"case (!(__gt_ts1 == nil) && func() bool { _, ok := __gt_ts1.(error); return ok }()): x := __gt_ts1.(error); _ = x; return x.Error() }; return \"\" }"},
		{"type switch with an init statement", "func f(vs []any) bool { switch v := vs[0]; v.(type) { case fmt.Stringer: return true }; return false }", true,
			"func f(vs []any) bool { switch v := vs[__gt.Index(N, (0), len(vs))];  { case (!(v == nil) && func() bool { _, ok := v.(fmt.Stringer); return ok }()): return true }; return false }"},
		{"switch on a session interface", "type I interface{ M() }\ntype T struct{ x int }\nfunc (T) M() {}\nfunc f(i I) int { switch i { case nil: return 0; case T{1}, T{2}: return 1 }; return 2 }", true,
			"type I interface{ M() }\ntype T struct{ x int }\nfunc (T) M() {}\nfunc f(i I) int { switch __gt_sw1 := i; { case __gt_sw1 == nil: return 0; case __gt.IfaceEqual(__gt_sw1, T{1}) || __gt.IfaceEqual(__gt_sw1, T{2}): return 1 }; return 2 }"},
		{"switch on a session interface with an init statement", "type I interface{ M() }\ntype T struct{ n int }\nfunc (T) M() {}\nfunc f(is []I, j I) bool { switch i := is[0]; i { case j: return true }; return false }", true,
			"type I interface{ M() }\ntype T struct{ n int }\nfunc (T) M() {}\nfunc f(is []I, j I) bool { switch i := is[__gt.Index(N, (0), len(is))]; { default: __gt_sw1 := i; switch { case __gt.IfaceEqual(__gt_sw1, j): return true }}; return false }"},
		{"type switch binding no variable", "func f(v any) int { switch v.(type) { case int: return 1; case string: return 2 }; return 0 }", true,
			"func f(v any) int { switch __gt_tb1 := v.(type) { case int: _ = __gt_tb1; return 1; case string: _ = __gt_tb1; return 2 }; return 0 }"},
		{"type switch with a session type", "type C struct{ r int }\nfunc f(v any) bool { switch v.(type) { case C: return true }; return false }", true,
			"type C struct{ r int }\nfunc f(v any) bool { switch __gt_ts1 := v;  { case func() bool { _, ok := __gt_ts1.(C); return ok }(): return true }; return false }"},
		{"variadic error arguments of a standard func", "type E struct{ m string }\nfunc (e E) Error() string { return e.m }\nfunc f() error { return errors.Join(E{\"a\"}, E{\"b\"}) }", true,
			"import \"errors\"; type E struct{ m string }\nfunc (e E) Error() string { return e.m }\nfunc f() error { return errors.Join((func(v E) error { return __gt.Rewrap(func() error { return v }(), v).(error) })(E{\"a\"}), (func(v E) error { return __gt.Rewrap(func() error { return v }(), v).(error) })(E{\"b\"})) }"},
		{"embedded standard interface", "type rev struct{ sort.Interface }\nfunc (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }", true,
			"import \"sort\"; type rev struct{ Interface sort.Interface }; func (__gt_fw rev) Len() int { return __gt_fw.Interface.Len() }; func (__gt_fw rev) Swap(p0 int, p1 int) { __gt_fw.Interface.Swap(p0, p1) }\nfunc (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }"},
		{"go statement literal capturing a loop variable", "func f(ch chan int) { for i := 0; i < 3; i++ { go func(k int) { ch <- i + k }(1) } }", true,
			"func f(ch chan int) { for i := 0; i < 3; i++ { i := i; go func(k int, __gt_cp1 *int) { ch <- (*__gt_cp1) + k }(1, &i) } }"},
		{"go statement literal building a literal from captured fields", "type T struct{ s string }\nfunc f(ch chan []string, ts []*T) { for _, t := range ts { v := *t; go func() { ch <- []string{t.s, v.s} }() } }", true,
			"type T struct{ s string }\nfunc f(ch chan []string, ts []*T) { for _, t := range ts { t := t; v := *t; go func(__gt_cp1 **T, __gt_cp2 *T) { ch <- []string{string((*__gt_cp1).s), __gt_cp2.s} }(&t, &v) } }"},
		{"go statement literal building a literal from a captured pointer field", "type T struct{ next *T }\nfunc f(ch chan []*T, ts []*T) { for _, t := range ts { go func() { ch <- []*T{t.next} }() } }", true,
			"type T struct{ next *T }\nfunc f(ch chan []*T, ts []*T) { for _, t := range ts { t := t; go func(__gt_cp1 **T) { ch <- []*T{(*T)((*__gt_cp1).next)} }(&t) } }"},
		{"range over a map of channels", "func f(m map[string]chan int) { for k, ch := range m { ch <- len(k) } }", true,
			"func f(m map[string]chan int) { for __gt_k1 := range m { k := __gt_k1; _ = k; ch := m[__gt_k1]; _ = ch; ch <- len(k) } }"},
		{"deferred and go calls of a declared func type with nil", "type F func(*int)\nfunc f(g F) { defer g(nil); go g(nil) }", true,
			"type F func(*int); type __gt_box_F struct{ F `gt:\"box main.F\"` }\nfunc f(g F) { { __gt_df1, __gt_da2 := g, (*int)(nil); defer __gt_df1(__gt_da2) }; go g((*int)(nil)) }"},
		{"struct literal assigned to a named result", "type P struct{ R, C int }\nfunc f() (p P) { p = P{1, 2}; return }", true,
			"type P struct{ R, C int }\nfunc f() (p P) { p = *new(P); p = (P{1, 2}); return }"},
		{"interface result passed on as the only argument", "type I interface{ M() }\nfunc mk() I { return nil }\nfunc f(e I) {}\nfunc g() { f(mk()) }", true,
			"type I interface{ M() }\nfunc mk() I { return nil }\nfunc f(e I) {}\nfunc g() { f((mk())) }"},
		{"loop variable a goroutine captures, indexed in a struct literal", "type M struct{ X int }\nfunc f(ch chan M, ss [][]M) { for _, s := range ss { go func() { ch <- M{s[0].X} }() } }", true,
			"type M struct{ X int }\nfunc f(ch chan M, ss [][]M) { for _, s := range ss { s := s; go func(__gt_cp1 *[]M) { ch <- M{int((*__gt_cp1)[__gt.Index(N, (0), len((*__gt_cp1)))].X)} }(&s) } }"},
		{"untyped nil passed as the only argument, left bare", "type I interface{ M() }\nfunc f(e I) {}\nfunc g(h func(error)) { f(nil); h(nil) }", true,
			"type I interface{ M() }\nfunc f(e I) {}\nfunc g(h func(error)) { f(nil); h(nil) }"},
		{"assertion from a standard interface of a type embedding a standard one", "type S struct{ sync.Mutex }\nfunc f(l sync.Locker) bool { _, ok := l.(*S); return ok }", true,
			"import \"sync\"; type S struct{ sync.Mutex }; func (__gt_fw *S) Lock() { __gt_fw.Mutex.Lock() }; func (__gt_fw *S) TryLock() bool { return __gt_fw.Mutex.TryLock() }; func (__gt_fw *S) Unlock() { __gt.MutexUnlock(&__gt_fw.Mutex) }\nfunc f(l sync.Locker) bool { _, ok := __gt.Orig(l).(*S); return ok }"},
		{"range assigning existing variables", "func f(m map[string]int) (k string, v int) { for k, v = range m { }; return }", true,
			"func f(m map[string]int) (k string, v int) { k = *new(string); v = *new(int); for __gt_rv1, __gt_rv2 := range m { k, v = __gt_rv1, __gt_rv2; }; return }"},
		{"range assigning a variable of an interface type", "type S interface{ A() int }\ntype R struct{}\nfunc (R) A() int { return 1 }\nfunc f(rs []R) (i int, s S) { for i, s = range rs { }; return }", true,
			"type S interface{ A() int }\ntype R struct{}; type __gt_box_R struct{ R `gt:\"box main.R\"` }\nfunc (R) A() int { return 1 }\nfunc f(rs []R) (i int, s S) { i = *new(int); s = nil; for __gt_rv1, __gt_rv2 := range rs { i = __gt_rv1; s = (func(v R) S { return __gt_box_R{v} })(__gt_rv2); }; return }"},
		{"comma-ok assigning a variable of an interface type", "type S interface{ A() int }\ntype R struct{}\nfunc (R) A() int { return 1 }\ntype E struct{ s string }\nfunc (E) Error() string { return \"e\" }\nfunc f(m map[string]R, x any) (s S, err error, ok bool) { s, ok = m[\"a\"]; err, ok = x.(E); return }", true,
			"type S interface{ A() int }\ntype R struct{}; type __gt_box_R struct{ R `gt:\"box main.R\"` }\nfunc (R) A() int { return 1 }\ntype E struct{ s string }\nfunc (E) Error() string { return \"e\" }\nfunc f(m map[string]R, x any) (s S, err error, ok bool) { s = nil; err = nil; ok = *new(bool); s, ok = func() (S, bool) { __gt_ok1, __gt_ok2 := m[\"a\"]; return (func(v R) S { return __gt_box_R{v} })(__gt_ok1), __gt_ok2 }(); err, ok = func() (error, bool) { __gt_ok3, __gt_ok4 := x.(E); if !__gt_ok4 { __gt_ok3 = *new(E) }; return __gt.Rewrap(func() error { return __gt_ok3 }(), __gt_ok3).(error), __gt_ok4 }(); return }"},
		{"continue from a select", "func f(ch chan int) { for { select { case <-ch: continue }; break } }", true,
			"func f(ch chan int) { for { { var __gt_sx1 int; select { case <-ch: __gt_sx1 = 1; goto __gt_sx1e }; __gt_sx1e: ; if __gt_sx1 == 1 { continue }; }; break } }"},
		{"break nested in a select", "func f(ch chan int) { select { case v := <-ch: if v > 0 { break }; v++ } }", true,
			"func f(ch chan int) { { var __gt_sx1 int; select { case v := <-ch: if v > 0 { goto __gt_sx1e }; v++ }; __gt_sx1e: ; _ = __gt_sx1; } }"},
		{"struct error returned", "type E struct{ c int }\nfunc (e E) Error() string { return \"e\" }\nfunc f() error { return E{1} }", true,
			"type E struct{ c int }\nfunc (e E) Error() string { return \"e\" }\nfunc f() error { return (func(v E) error { return __gt.Rewrap(func() error { return v }(), v).(error) })(E{1}) }"},
		{"struct error printed and wrapped", "type E struct{ c int }\nfunc (e E) Error() string { return \"e\" }\nfunc f(e E) error { fmt.Printf(\"%d\\n\", e); return fmt.Errorf(\"f: %w\", e) }", true,
			"type E struct{ c int }\nfunc (e E) Error() string { return \"e\" }\nfunc f(e E) error { fmt.Printf(\"%d\\n\", __gt.Args(e)...); return fmt.Errorf(\"f: %w\", __gt.ErrorfArgs((func(v E) error { return __gt.Rewrap(func() error { return v }(), v).(error) })(e))...) }"},
		{"iter.Seq as a type", "func count(seq iter.Seq[int]) int { return 0 }", true,
			"import \"iter\"; func count(seq func(func(int) bool)) int { return 0 }"},
		{"untyped constant shifted by a variable", "func f(b uint8, i int) bool { return b&(1<<i) != 0 }", true,
			"func f(b uint8, i int) bool { return b&(uint8(1)<<__gt.ShiftCount(N, int64(i))) != 0 }"},
		{"several values into interfaces", "type P struct{ x int }\nfunc (P) M() {}\nfunc f(p P) { var a, b any = p, P{1}; a, b = b, 2; _, _ = a, b }", true,
			"type P struct{ x int }\nfunc (P) M() {}\nfunc f(p P) { var a, b any = (any)((func(v P) P { return v })(p)), (any)((P{1})); { __gt_v1, __gt_v2 := b, (any)(2); a = __gt_v1; b = __gt_v2 }; _, _ = a, b }"},
		{"several values with a nil", "type P struct{ x int }\nfunc f() { var p, q *P; p, q = &P{1}, nil; _, _ = p, q }", true,
			"type P struct{ x int }\nfunc f() { var p, q *P; p, q = (&P{1}), (*P)(nil); _, _ = p, q }"},
		{"method value promoted from an embedded field", "type B struct{ n string }\nfunc (b B) Name() string { return b.n }\ntype D struct{ B }\nfunc f(d D) func() string { return d.Name }", true,
			"type B struct{ n string }\nfunc (b B) Name() string { return b.n }\ntype D struct{ B }\nfunc f(d D) func() string { { __gt_ret0 := (func(r B) func() string { return func() string { return r.Name() } }(d.B)); return __gt_ret0 } }"},
		{"func value returned from a call of a method", "type S struct{ n int }\nfunc (S) F() func() { return nil }\nfunc f(s S) func() { return s.F() }", true,
			"type S struct{ n int }\nfunc (S) F() func() { return nil }\nfunc f(s S) func() { { __gt_ret0 := s.F(); return __gt_ret0 } }"},
		{"func value returned with other values", "type S struct{ n int }\nfunc (S) F() func() { return nil }\nfunc f(s S) (float64, func(), error) { return 1, s.F(), nil }", true,
			"type S struct{ n int }\nfunc (S) F() func() { return nil }\nfunc f(s S) (float64, func(), error) { { __gt_ret0, __gt_ret1 := float64(1), (s.F()); return __gt_ret0, __gt_ret1, (error)(nil) } }"},
		{"func value returned from a call of a name", "func g() func() { return nil }\nfunc f() func() { return g() }", true,
			"func g() func() { return nil }\nfunc f() func() { return g() }"},
		{"method value with a pointer receiver", "type T struct{ x int }\nfunc (t *T) Get() int { return t.x }\nfunc f(p *T, v T) (func() int, func() int) { return p.Get, v.Get }", true,
			"type T struct{ x int }\nfunc (t *T) Get() int { return t.x }\nfunc f(p *T, v T) (func() int, func() int) { { __gt_ret0, __gt_ret1 := (func(r *T) func() int { return func() int { return r.Get() } }(p)), (func(r *T) func() int { return func() int { return r.Get() } }(&v)); return __gt_ret0, __gt_ret1 } }"},
		{"range-over-func return to a named result", "func seq(y func(int) bool) {}\nfunc f() (err error) { for err := range seq { _ = err; return nil }; return }", true,
			"func seq(y func(int) bool) {}\nfunc f() (err error) { err = nil; { var __gt_rs1 int; var __gt_rd1, __gt_rb1 bool; _, _, _ = __gt_rs1, __gt_rd1, __gt_rb1; var __gt_rr1_0 error; seq(func(err int) bool { if __gt_rd1 { panic(__gt.RangeContinued()) }; __gt_rb1 = true;  _ = err; { __gt_rs1 = -1; __gt_rr1_0 = nil; __gt_rd1 = true; __gt_rb1 = false; return false } ; __gt_rb1 = false; return true }); __gt_rd1 = true; if __gt_rb1 { panic(__gt.RangeRecovered(N)) }; if __gt_rs1 == -1 { return __gt_rr1_0 } }; return }"},
		{"generic alias", "type Set[T comparable] = map[T]struct{}\nfunc f() Set[int] { return Set[int]{} }", true,
			"type Set = /* map[T]struct{} */ struct{}\nfunc f() map[int]struct{} { return map[int]struct{}{} }"},
		{"generic alias of a standard generic type", "type Ptr[T any] = atomic.Pointer[T]", true,
			"import \"sync/atomic\"; type Ptr = /* atomic.Pointer[T] */ struct{}"},
		{"loop variable captured, then its name declared again", "func f() { for i := 0; i < 3; i++ { fs = append(fs, func() { _ = i }); i := 2; _ = i } }", true,
			"func f() { for i := 0; i < 3; i++ { __gt_lv1 := i; fs = append(fs, func() func() { return func() { _ = __gt_lv1 } }()); i := 2; _ = i } }"},
		{"defer inside a range-over-func body", "func seq(y func(int) bool) {}\nfunc f() { for x := range seq { defer fmt.Println(x) } }", true,
			"func seq(y func(int) bool) {}\nfunc f() { { var __gt_rs1 int; var __gt_rd1, __gt_rb1 bool; _, _, _ = __gt_rs1, __gt_rd1, __gt_rb1; var __gt_ds1 []func(); defer func() { for i := len(__gt_ds1) - 1; i >= 0; i-- { __gt_ds1[i]() } }(); seq(func(x int) bool { if __gt_rd1 { panic(__gt.RangeContinued()) }; __gt_rb1 = true;  { __gt_df2, __gt_da3 := fmt.Println, x; __gt_ds1 = append(__gt_ds1, func() { __gt_df2(__gt_da3) }) } ; __gt_rb1 = false; return true }); __gt_rd1 = true; if __gt_rb1 { panic(__gt.RangeRecovered(N)) } } }"},
		{"nil-able session interface result passed to compiled code", "type S interface{ M() }\nfunc get() S { return nil }\nfunc f() { fmt.Println(get()) }", true,
			"type S interface{ M() }\nfunc get() S { return nil }\nfunc f() { fmt.Println(__gt.Args(__gt.As([]S{get()}[0], \"T:main.S\"))...) }"},
		{"printing the results of one call", "type M int\nfunc (m M) String() string { return \"m\" }\nfunc two() (M, string) { return 1, \"x\" }\nfunc f() { fmt.Println(two()) }", true,
			"type M int; type __gt_box_M struct{ M `gt:\"box main.M\"` }\nfunc (m M) String() string { return \"m\" }\nfunc two() (M, string) { return 1, \"x\" }\nfunc f() { fmt.Println(func() []any { p0, p1 := two(); return __gt.Args(__gt.As(p0, \"T:main.M\"), p1) }()...) }"},
		{"assertion to an interface a value implements through its pointer", "type S struct{}\nfunc (*S) Name() string { return \"\" }\nfunc f(v any) bool { _, ok := v.(interface{ Name() string }); return ok }", true,
			"type S struct{}; type __gt_box_S struct{ S `gt:\"box main.S\"` }\nfunc (*S) Name() string { return \"\" }\nfunc f(v any) bool { _, ok := func(v any) (interface{Name() string}, bool) { if v == nil { return nil, false }; if _, ok := v.(__gt_box_S); ok { return nil, false }; if w, ok := v.(*__gt_box_S); ok { return w, true }; r, ok := v.(interface{Name() string}); if !ok && __gt.HasMethods(v, \"Name func() string\") { var w interface{ Error() string } = __gt.Held; __gt.SetIface(&r, &w, v); ok = true }; return r, ok }(v); return ok }"},
		{"errors.Unwrap with no session error type", "func f(err error) error { return errors.Unwrap(err) }", true,
			"import \"errors\"; func f(err error) error { return (func(e error) error { return __gt.ErrorsUnwrap(e, nil) })(err) }"},
		{"errors.Is as a value", "var is = errors.Is", true,
			"import \"errors\"; var is = (func(e, t error) bool { return __gt.ErrorsIsIn(e, t, nil) })"},
		{"errors.Is sees the Unwrap and Is methods of session types", "type M []error\nfunc (m M) Error() string { return \"m\" }\nfunc (m M) Unwrap() []error { return m }\ntype C struct{ n int }\nfunc (C) Error() string { return \"c\" }\nfunc (*C) Is(error) bool { return true }\nfunc f(err error) bool { return errors.Is(err, io.EOF) }", true,
			"import \"errors\"; import \"io\"; type M []error; type __gt_box_M struct{ M `gt:\"box main.M\"` }\nfunc (m M) Error() string { return \"m\" }\nfunc (m M) Unwrap() []error { return m }\ntype C struct{ n int }\nfunc (C) Error() string { return \"c\" }\nfunc (*C) Is(_ error) bool { return true }\nfunc f(err error) bool { return (func(e, t error) bool { return __gt.ErrorsIsIn(e, t, func(e error) (m __gt.ErrMethods) { if x, ok := __gt.Orig(e).(__gt_box_M); ok { m.UnwrapMany = func() []error { return x.Unwrap() }; return }; if x, ok := __gt.Orig(e).(*M); ok { m.UnwrapMany = func() []error { return x.Unwrap() }; return }; if x, ok := __gt.Orig(e).(*C); ok { m.Is = func(t error) bool { return x.Is(t) }; return }; return }) })(err, io.EOF) }"},
		{"errors.As into a session interface", "type T interface{ Temporary() bool }\ntype E struct{}\nfunc (*E) Error() string { return \"e\" }\nfunc (*E) Temporary() bool { return true }\nfunc f(err error) (t T) { errors.As(err, &t); return }", true,
			"import \"errors\"; type T interface{ Temporary() bool }\ntype E struct{}; type __gt_box_E struct{ E `gt:\"box main.E\"` }\nfunc (*E) Error() string { return \"e\" }\nfunc (*E) Temporary() bool { return true }\nfunc f(err error) (t T) { t = nil; (func(e error, p *T) bool { if e == nil { return false }; if p == nil { panic(\"errors: target must be a non-nil pointer\") }; return __gt.ErrorsAs(e, p, func(y error) bool { if v, ok := __gt.Orig(y).(*__gt_box_E); ok { *p = v; return true }; if __gt.HasMethods(y, \"Temporary func() bool\") { var w interface{ Error() string } = y; __gt.SetIface(p, &w, y); return true }; return false }, nil) })(err, &t); return }"},
		{"type switch case of a func's own interface", "type E struct{}\nfunc (E) Error() string { return \"e\" }\nfunc (E) Code() int { return 1 }\nfunc f(err error) int { type coder interface{ Code() int }; switch e := err.(type) { case coder: return e.Code() }; return 0 }", true,
			"type E struct{}; type __gt_box_E struct{ E `gt:\"box main.E\"` }\nfunc (E) Error() string { return \"e\" }\nfunc (E) Code() int { return 1 }\nfunc f(err error) int { type coder interface{ Code() int }; switch __gt_ts1 := err;  { case func() bool { _, ok := func(v error) (coder, bool) { if v == nil { return nil, false }; if w, ok := v.(__gt_box_E); ok { return w, true }; if w, ok := v.(*__gt_box_E); ok { return w, true }; r, ok := v.(coder); if !ok && __gt.HasMethods(v, \"Code func() int\") { var w interface{ Error() string } = __gt.Held; __gt.SetIface(&r, &w, v); ok = true }; return r, ok }(__gt_ts1); return ok }(): e := func() coder { r, _ := func(v error) (coder, bool) { if v == nil { return nil, false }; if w, ok := v.(__gt_box_E); ok { return w, true }; if w, ok := v.(*__gt_box_E); ok { return w, true }; r, ok := v.(coder); if !ok && __gt.HasMethods(v, \"Code func() int\") { var w interface{ Error() string } = __gt.Held; __gt.SetIface(&r, &w, v); ok = true }; return r, ok }(__gt_ts1); return r }(); _ = e; return e.Code() }; return 0 }"},
		{"errors.As into a func's own interface", "func f(err error) bool { type coder interface{ Code() int }; var c coder; return errors.As(err, &c) }", true,
			"import \"errors\"; func f(err error) bool { type coder interface{ Code() int }; var c coder; return (func(e error, p *coder) bool { if e == nil { return false }; if p == nil { panic(\"errors: target must be a non-nil pointer\") }; return __gt.ErrorsAs(e, p, func(y error) bool { if __gt.HasMethods(y, \"Code func() int\") { var w interface{ Error() string } = y; __gt.SetIface(p, &w, y); return true }; return false }, nil) })(err, &c) }"},
		{"func given to a standard named func type parameter", "func logging(next http.HandlerFunc) http.HandlerFunc { return next }\nfunc hello(w http.ResponseWriter, r *http.Request) {}\nfunc f() { logging(hello); logging(func(w http.ResponseWriter, r *http.Request) {}); logging(http.HandlerFunc(hello)) }", true,
			"import \"net/http\"; func logging(next http.HandlerFunc) http.HandlerFunc { return next }\nfunc hello(w http.ResponseWriter, r *http.Request) {}\nfunc f() { logging(http.HandlerFunc(hello)); logging(func(w http.ResponseWriter, r *http.Request) {}); logging(http.HandlerFunc(hello)) }"},
		{"constant converted to a declared byte slice as a print operand", "type Nuc byte\nfunc f() { fmt.Println([]Nuc(\"AC\")) }", true,
			"type Nuc byte; type __gt_box_Nuc struct{ Nuc `gt:\"box main.Nuc\"` }\nfunc f() { fmt.Println(__gt.Args(__gt.As(([]Nuc(\"AC\"))[:2:2], \"[]T:main.Nuc\"))...) }"},
		{"one-direction channel made as a print operand", "type Nuc byte\nfunc f() { fmt.Printf(\"%T\", make(chan<- Nuc)) }", true,
			"type Nuc byte; type __gt_box_Nuc struct{ Nuc `gt:\"box main.Nuc\"` }\nfunc f() { fmt.Printf(\"%s\", __gt.Args(__gt.TypeName((chan<- Nuc)(make(chan Nuc)), \"chan<- main.Nuc\"))...) }"},
		{"errors.As into a value that is no error", "func f(err error) bool { var n int; return errors.As(err, &n) }", true,
			"import \"errors\"; func f(err error) bool { var n int; return (func(e error, p *int) bool { if e == nil { return false }; if p == nil { panic(\"errors: target must be a non-nil pointer\") }; panic(\"errors: *target must be interface or implement error\"); return __gt.ErrorsAs(e, p, func(y error) bool { if v, ok := __gt.Orig(y).(int); ok { *p = v; return true }; return false }, nil) })(err, &n) }"},
		{"print operands closed after the last one's lowering", "type E struct{ s string }\nfunc (e E) Error() string { return e.s }\nfunc f(a, b error) { fmt.Println(a, a == b) }", true,
			"type E struct{ s string }\nfunc (e E) Error() string { return e.s }\nfunc f(a, b error) { fmt.Println(__gt.Args(a, __gt.IfaceEqual(a, b))...) }"},
		{"select comma-ok receive from a field's channel", "type R struct{ c chan int }\nfunc f(r R) bool { select { case _, ok := <-r.c: return ok }; return false }", true,
			"type R struct{ c chan int }\nfunc f(r R) bool { { __gt_sc1 := r.c; select { case _, ok := <-__gt_sc1: return ok } }; return false }"},
		{"constant expression with a standard package's float constant", "x := math.Pi * 0.5; y := math.E * 2; z := n * 2", false,
			"import \"math\"; x := float64(1.5707963267948966); y := float64(5.43656365691809); z := n * 2"},
		{"complex constants written as their values", "var x any = 1 + 2i; z := complex(0, math.Pi); var w complex64 = 2i * 3", false,
			"import \"math\"; var x any = complex128(complex(1.0, 2.0)); z := complex128(complex(0.0, 3.141592653589793)); var w complex64 = complex64(complex(0.0, 6.0))"},
		{"elided &T in a standard package's map literal", "m := fstest.MapFS{\"a\": {Data: nil}, \"b\": &fstest.MapFile{}}; p := map[string]*fstest.MapFile{\"c\": {}}", false,
			"import \"testing/fstest\"; m := fstest.MapFS{\"a\": &fstest.MapFile{Data: nil}, \"b\": &fstest.MapFile{}}; p := map[string]*fstest.MapFile{\"c\": {}}"},
		{"a loop's condition marked in place", "type N struct{ L *N; K int }\nfunc f(n *N) int {\n\ts := n.L\n\tfor s.L != nil {\n\t\ts = s.L\n\t}\n\treturn s.K\n}", true,
			"type N struct{ L *N; K int }\nfunc f(n *N) int {\n\t__gt.Mark(N); s := n.L\n\tfor __gt.Ran(N) && (s.L != nil) {\n\t\ts = s.L\n\t}\n\t__gt.Mark(N); return s.K\n}"},
		{"computed results after an interface's in parentheses", "type T interface{ M() }\nfunc f(x T, p int) (T, int, int) { return x, p + 1, -p }\nfunc g(p int) (int, T) { return p * 2, nil }", true,
			"type T interface{ M() }\nfunc f(x T, p int) (T, int, int) { return x, (p + 1), -p }\nfunc g(p int) (int, T) { return p * 2, nil }"},
		{"a declared func passed as an iter.Seq", "func show(s iter.Seq[string]) {}\nfunc letters(yield func(string) bool) {}\nfunc f() { show(letters) }", true,
			"import \"iter\"; func show(s func(func(string) bool)) {}\nfunc letters(yield func(string) bool) {}\nfunc f() { show((func(func(string) bool))(letters)) }"},
		{"chans and funcs of declared basic types boxed in interfaces", "type C float64\nfunc f(c chan C, g func(C) bool, h []func(C)) (any, any, any) { return c, g, h }", true,
			"type C float64; type __gt_box_C struct{ C `gt:\"box main.C\"` }\nfunc f(c chan C, g func(C) bool, h []func(C)) (any, any, any) { return __gt.CompositeBox(\"chan main.C\", \"\", c), __gt.CompositeBox(\"func(main.C) bool\", \"\", g), __gt.CompositeBox(\"[]func(main.C)\", \"\", h) }"},
		{"a flag.Value of the session's types", "type L struct{ n int }\nfunc (l *L) String() string { return \"\" }\nfunc (l *L) Set(string) error { return nil }\nfunc f(set *flag.FlagSet, l *L) { set.Var(l, \"l\", \"u\") }", true,
			"import \"flag\"; type L struct{ n int }\nfunc (l *L) String() string { return \"\" }\nfunc (l *L) Set(_ string) error { return nil }\nfunc f(set *flag.FlagSet, l *L) { set.Var(func(v *L) flag.Value { b, z := false, func() (s string) { defer func() { if recover() != nil { s = \"\\x00\" } }(); return (new(L)).String() }(); return func(f flag.Value) flag.Value { return __gt.FlagValue(f, b, z) }(v) }(l), \"l\", \"u\") }"},
		{"rune constants declaring variables", "r := 'a'; var g = 'b' + 1; n := 2", false,
			"r := rune('a'); var g = rune('b' + 1); n := 2"},
		{"slog attribute values of the session's types", "type L int\nfunc (l L) String() string { return \"l\" }\ntype V struct{}\nfunc (V) LogValue() slog.Value { return slog.IntValue(1) }\nfunc f() { slog.Info(\"m\", \"k\", V{}, \"n\", 3, slog.Any(\"p\", struct{ X L }{}), fmt.Errorf(\"e\")) }", true,
			"type L int; type __gt_box_L struct{ L `gt:\"box main.L\"` }\nfunc (l L) String() string { return \"l\" }\ntype V struct{}; type __gt_box_V struct{ V `gt:\"box main.V\"` }\nfunc (V) LogValue() slog.Value { return slog.IntValue(1) }\nfunc f() { slog.Info(\"m\", \"k\", func(v V) any { return __gt.SlogValuer(v, \"T:main.V\", v.LogValue) }(V{}), \"n\", 3, slog.Any(\"p\", __gt.SlogValue(struct{ X L }{}, \"S:struct { X main.L };X=T:main.L\")), fmt.Errorf(\"e\")) }; var _ = func() bool { __gt.LocalType(struct{X L}{}, \"S:struct { X main.L };X=T:main.L\"); return true }()"},
		{"a func calling itself from two lines keeps a stack of its calls", "type N struct{ L, R *N }\nfunc walk(n *N) int {\n\tif n == nil {\n\t\treturn 0\n\t}\n\tl := walk(n.L)\n\tif walk(n.R) > 0 {\n\t\tl++\n\t}\n\treturn l\n}", true,
			"type N struct{ L, R *N }\nfunc walk(n *N) int {\n\tif n == nil {\n\t\treturn 0\n\t}\n\t__gt.Mark(N); __gt.Push(N); l := walk(n.L); __gt.Pop(N)\n\t__gt.Mark(N); __gt.Push(N); if walk(n.R) > 0 { __gt.Pop(N);\n\t\tl++\n\t} else { __gt.Pop(N) }\n\treturn l\n}"},
		{"a func calling itself from a return pops the call before it returns", "func f(n int) int {\n\tif n > 5 {\n\t\tf(n - 1)\n\t}\n\treturn f(n - 2)\n}", true,
			"func f(n int) int {\n\tif n > 5 {\n\t\t__gt.Mark(N); __gt.Push(N); f(n - 1); __gt.Pop(N)\n\t}\n\t__gt.Mark(N); { __gt.Push(N); __gt_sr0 := f(n - 2); __gt.Pop(N); return __gt_sr0 }\n}"},
		{"a func calling itself twice in a return, untyped, and from another", "type B bool\nfunc f(n int) (int, B) {\n\tif n > 5 {\n\t\tx, _ := f(n - 1)\n\t\treturn 1, f2(x) == f2(n)\n\t}\n\treturn f(n - 3)\n}\nfunc f2(n int) int { x, _ := f(n); return x }", true,
			"type B bool; type __gt_box_B struct{ B `gt:\"box main.B\"` }\nfunc f(n int) (int, B) {\n\tif n > 5 {\n\t\t__gt.Mark(N); __gt.Push(N); x, _ := f(n - 1); __gt.Pop(N)\n\t\t{ __gt.Push(N); __gt_sr0, __gt_sr1 := (int)(1), (B)(f2(x) == f2(n)); __gt.Pop(N); return __gt_sr0, __gt_sr1 }\n\t}\n\t__gt.Mark(N); { __gt.Push(N); __gt_sr0, __gt_sr1 := f(n - 3); __gt.Pop(N); return __gt_sr0, __gt_sr1 }\n}\nfunc f2(n int) int { __gt.Push(N); x, _ := f(n); __gt.Pop(N); return x }"},
		{"funcs calling each other keep a stack of their calls, each marked", "func a(n int) int {\n\tif n > 5 {\n\t\treturn b(n - 1)\n\t}\n\treturn b(n - 2)\n}\nfunc b(n int) int {\n\tx := a(n / 2)\n\treturn x\n}", true,
			"func a(n int) int {\n\tif n > 5 {\n\t\t__gt.Mark(N); { __gt.Push(N); __gt_sr0 := b(n - 1); __gt.Pop(N); return __gt_sr0 }\n\t}\n\t__gt.Mark(N); { __gt.Push(N); __gt_sr0 := b(n - 2); __gt.Pop(N); return __gt_sr0 }\n}\nfunc b(n int) int {\n\t__gt.Push(N); x := a(n / 2); __gt.Pop(N)\n\treturn x\n}"},
		{"a method calling itself through an interface keeps a stack of its calls", "type E interface{ Eval() int }\ntype Num int\nfunc (n Num) Eval() int { return int(n) }\ntype Bin struct{ L, R E }\nfunc (b Bin) Eval() int {\n\tl := b.L.Eval()\n\treturn l + b.R.Eval()\n}", true,
			"type E interface{ Eval() int }\ntype Num int; type __gt_box_Num struct{ Num `gt:\"box main.Num\"` }\nfunc (n Num) Eval() int { return int(n) }\ntype Bin struct{ L, R E }\nfunc (b Bin) Eval() int {\n\t__gt.Mark(N); __gt.Mark(N); __gt.Push(N); l := b.L.Eval(); __gt.Pop(N)\n\t__gt.Mark(N); __gt.Mark(N); { __gt.Push(N); __gt_sr0 := (int)(l + b.R.Eval()); __gt.Pop(N); return __gt_sr0 }\n}"},
		{"conversions to interfaces compared with nil or as cases", "func f(p *int, n int, v any) bool {\n\tswitch v {\n\tcase any(\"x\"), fmt.Stringer(nil):\n\t}\n\treturn any(p) == nil || nil != any(n) || error(nil) == nil\n}", true,
			"func f(p *int, n int, v any) bool {\n\tswitch v {\n\tcase (func(v string) any { return v })(\"x\"): fallthrough; case fmt.Stringer(nil):\n\t}\n\treturn (func(v *int) any { return v })(p) == nil || nil != (func(v int) any { return v })(n) || error(nil) == nil\n}"},
		{"log calls name their line", "func f(lg *log.Logger, v log.Logger) {\n\tlog.Printf(\"%d\",\n\t\tn)\n\tlg.Println(n)\n\tv.Output(1, \"x\")\n}", true,
			"func f(lg *log.Logger, v log.Logger) {\n\t__gt.LogAt(N, log.New(log.Writer(), log.Prefix(), log.Flags())).Printf(\"%d\",\n\t\tn)\n\t__gt.LogAt(N, lg).Println(n)\n\t__gt.LogAt(N, &v).Output(1, \"x\")\n}"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pieces := oneStatement(c.cell)
			if c.decl {
				pieces = oneDecl(c.cell)
			}
			res, err := fe.Check(c.cell, pieces, session)
			if err != nil {
				t.Fatalf("%s: %v", c.cell, err)
			}
			// Site slots are the session's, given in turn: N in want.
			if got := siteSlot.ReplaceAllString(res.Code, "${1}N$2"); got != c.want {
				t.Errorf("lowered\n%s\ngot\n%s\nwant\n%s", c.cell, res.Code, c.want)
			}
			if strings.Count(res.Code, "\n") != strings.Count(c.cell, "\n") {
				t.Errorf("lowering moved lines")
			}
		})
	}
}

// TestLoweringTemplateData pins the lowering of a template's data whose
// elements are of a declared non-struct type, and of a FuncMap's funcs
// returning such a type (its own front end: a session importing
// text/template).
func TestLoweringTemplateData(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{{Kind: "import", Name: "template", Path: "text/template"}}
	cell := "type Suit int\nfunc f(t *template.Template, s []Suit, n []int) { t.Execute(nil, s); t.ExecuteTemplate(nil, \"x\", map[Suit]int{}); t.Execute(nil, n) }"
	res, err := fe.Check(cell, oneDecl(cell), session)
	if err != nil {
		t.Fatal(err)
	}
	want := "type Suit int; type __gt_box_Suit struct{ Suit `gt:\"box main.Suit\"` }\nfunc f(t *template.Template, s []Suit, n []int) { __gt.TemplateExecute(t, nil, __gt.TemplateData(s, \"[]T:main.Suit\")); __gt.TemplateExecuteTemplate(t, nil, \"x\", __gt.TemplateData(map[Suit]int{}, \"M(T:main.Suit)\")); __gt.TemplateExecute(t, nil, n) }"
	if res.Code != want {
		t.Errorf("got\n%s\nwant\n%s", res.Code, want)
	}
	cell = "type C float64\nfunc g() template.FuncMap { return template.FuncMap{\"c\": func(f float64) C { return C(f) }, \"n\": func() int { return 1 }} }"
	res, err = fe.Check(cell, oneDecl(cell), session)
	if err != nil {
		t.Fatal(err)
	}
	want = "type C float64; type __gt_box_C struct{ C `gt:\"box main.C\"` }\nfunc g() template.FuncMap { return template.FuncMap{\"c\": __gt.TemplateFunc(func(f float64) C { return C(f) }, \"T:main.C\"), \"n\": func() int { return 1 }} }"
	if res.Code != want {
		t.Errorf("got\n%s\nwant\n%s", res.Code, want)
	}
}

// TestTypeErrors checks that invalid Go is refused with the compiler's
// message at the cell's position, and that cell conventions are not.
func TestTypeErrors(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{{Kind: "import", Name: "fmt", Path: "fmt"}}
	bad := []struct{ cell, want string }{
		{"y := fmt.Println(1)", "1:6: assignment mismatch: 1 variable but fmt.Println returns 2 values"},
		{"x := 1\nx = \"s\"", "2:5: cannot use \"s\" (untyped string constant) as int value in assignment"},
		{"undefinedName()", "1:1: undefined: undefinedName"},
		{"type Abser interface{ Abs() float64 }\ntype Vertex struct{ X float64 }\nfunc (v *Vertex) Abs() float64 { return v.X }\nvar a Abser = Vertex{1}",
			"Vertex does not implement Abser (method Abs has pointer receiver)"},
	}
	for _, c := range bad {
		pieces := oneStatement(c.cell)
		if strings.HasPrefix(c.cell, "type") {
			// Three declarations, then the var.
			lines := strings.SplitAfter(c.cell, "\n")
			off := 0
			pieces = nil
			for i, ln := range lines {
				kind := PieceDecl
				if i == len(lines)-1 {
					kind = PieceVar
				}
				pieces = append(pieces, Piece{Kind: kind, Start: off, End: off + len(strings.TrimSuffix(ln, "\n"))})
				off += len(ln)
			}
		}
		_, err := fe.Check(c.cell, pieces, session)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.cell, err, c.want)
		}
	}
	// Cell conventions: unused variables and imports at cell level, a
	// trailing expression.
	for _, cell := range []string{"x := 1", "x := 2\nx"} {
		pieces := oneStatement(cell)
		if strings.Contains(cell, "\n") {
			pieces = []Piece{{Kind: PieceVar, Start: 0, End: 6}, {Kind: PieceExpr, Start: 7, End: 8}}
		}
		if _, err := fe.Check(cell, pieces, session); err != nil {
			t.Errorf("%q: %v", cell, err)
		}
	}
}

// TestAutoImport checks that a package used without its import is
// imported, with a note only when the name was ambiguous.
func TestAutoImport(t *testing.T) {
	fe := testFrontend(t)
	res, err := fe.Check(`fmt.Println(strings.ToUpper("a"))`, oneStatement(`fmt.Println(strings.ToUpper("a"))`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Code, `import "strings"`) || !strings.Contains(res.Code, `import "fmt"`) || len(res.Notes) != 0 {
		t.Errorf("code %q notes %q", res.Code, res.Notes)
	}
	cell := "x := rand.Intn(3)"
	res, err = fe.Check(cell, oneStatement(cell), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Code, `import "math/rand"`) {
		t.Errorf("rand.Intn imported as %q", res.Code)
	}
}

// TestSpecialise pins the copies of generic funcs a cell gets: one per
// instance, named alike in every cell, with the generic's lines, and the
// calls rewritten to them, copies calling copies included.
func TestSpecialise(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{{Kind: "import", Name: "fmt", Path: "fmt"}}
	cell := "func Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n" +
		"func Twice[T any](xs []T) []T { return Map(xs, func(x T) T { return x }) }"
	res, err := fe.Check(cell, oneDecl(cell), session)
	if err != nil {
		t.Fatal(err)
	}
	// (The interpreter gets stubs of the generics: only copies run.)
	if stubs := "func Map[T, U any]() {\n\n\n\n\n\n}\nfunc Twice[T any]() {}"; res.Code != stubs || len(res.Specs) != 0 {
		t.Errorf("declaring generics lowered to %q with %d copies", res.Code, len(res.Specs))
	}
	session = append(session, &Decl{Kind: "func", Name: "Map", Src: cell[:strings.Index(cell, "\nfunc Twice")], Line: 1},
		&Decl{Kind: "func", Name: "Twice", Src: cell[strings.Index(cell, "func Twice"):], Line: 8})
	use := `fmt.Println(Map[int, string]([]int{1}, func(i int) string { return fmt.Sprint(i) }), Twice([]bool{true}))`
	res, err = fe.Check(use, oneStatement(use), session)
	if err != nil {
		t.Fatal(err)
	}
	mapInt := specName(hook+"g", "Map", []types.Type{types.Typ[types.Int], types.Typ[types.String]})
	twice := specName(hook+"g", "Twice", []types.Type{types.Typ[types.Bool]})
	if want := "fmt.Println(" + mapInt + "([]int{1}, func(i int) string { return fmt.Sprint(i) }), " + twice + "([]bool{true}))"; res.Code != want {
		t.Errorf("lowered to\n%s\nwant\n%s", res.Code, want)
	}
	got := map[string]Spec{}
	for _, s := range res.Specs {
		got[s.Label] = s
	}
	if s := got["Map[int, string]"]; s.Name != mapInt || s.TypeArgs != "int, string" ||
		s.Src != "func "+mapInt+"(xs []int, f func(int) string) []string {\n\tvar out []string\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}" {
		t.Errorf("copy of Map[int, string]: %+v", s)
	}
	mapBool := specName(hook+"g", "Map", []types.Type{types.Typ[types.Bool], types.Typ[types.Bool]})
	if s := got["Twice[bool]"]; s.Src != "func "+twice+"(xs []bool) []bool { return "+mapBool+"(xs, func(x bool) bool { return x }) }" {
		t.Errorf("copy of Twice[bool]: %+v", s)
	}
	if _, ok := got["Map[bool, bool]"]; !ok || len(res.Specs) != 3 {
		t.Errorf("copies %+v", res.Specs)
	}
}

// TestSpecialiseType pins the copies of a generic type: the type and
// each of its methods, named after the instance.
func TestSpecialiseType(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{
		{Kind: "import", Name: "fmt", Path: "fmt"},
		{Kind: "type", Name: "Pair", Src: "type Pair[K, V comparable] struct {\n\tKey K\n\tVal V\n}", Line: 1},
		{Kind: "method", Name: "Pair.Swap", Src: "func (p *Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }", Line: 5},
	}
	cell := `p := Pair[string, int]{"a", 1}`
	res, err := fe.Check(cell, oneStatement(cell), session)
	if err != nil {
		t.Fatal(err)
	}
	si := specName(hook+"t", "Pair", []types.Type{types.Typ[types.String], types.Typ[types.Int]})
	is := specName(hook+"t", "Pair", []types.Type{types.Typ[types.Int], types.Typ[types.String]})
	if want := "p := " + si + `{"a", 1}`; res.Code != want {
		t.Errorf("lowered to %q, want %q", res.Code, want)
	}
	got := map[string]Spec{}
	for _, s := range res.Specs {
		got[s.Name] = s
	}
	if s := got[si]; s.Kind != "type" || s.Label != "main.Pair[string,int]" || s.Src != "type "+si+" struct {\n\tKey string\n\tVal int\n}" {
		t.Errorf("copy of the type: %+v", s)
	}
	if s := got[si+".Swap"]; s.Kind != "method" || s.Of != "Pair.Swap" || s.Src != "func (__gt_rcv *"+si+") Swap() "+is+" { p := (*"+si+")(__gt_rcv); _ = p; return "+is+"{p.Val, p.Key} }" {
		t.Errorf("copy of the method: %+v", s)
	}
	if _, ok := got[is+".Swap"]; !ok || len(res.Specs) != 4 {
		t.Errorf("copies %+v", res.Specs)
	}
}

// TestSpecialiseGenericAlias pins that an instance of a generic alias
// of a generic type (StrPair[int] of type StrPair[V any] = Pair[string,
// V]) is the copy of the instance it stands for, made by the cell.
func TestSpecialiseGenericAlias(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{
		{Kind: "type", Name: "Pair", Src: "type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}", Line: 1},
		{Kind: "type", Name: "StrPair", Src: "type StrPair[V any] = Pair[string, V]", Line: 5},
	}
	cell := `p := StrPair[int]{"a", 1}`
	res, err := fe.Check(cell, oneStatement(cell), session)
	if err != nil {
		t.Fatal(err)
	}
	si := specName(hook+"t", "Pair", []types.Type{types.Typ[types.String], types.Typ[types.Int]})
	if want := "p := " + si + `{"a", 1}`; res.Code != want {
		t.Errorf("lowered to %q, want %q", res.Code, want)
	}
	if len(res.Specs) != 1 || res.Specs[0].Name != si || res.Specs[0].Label != "main.Pair[string,int]" {
		t.Errorf("copies %+v, want the one of Pair[string, int]", res.Specs)
	}
}

// TestSpecialiseTwinInstances pins that the copies of instances whose
// type arguments the interpreter builds alike (Box[int], Box[ID] for
// type ID int) are told apart by a tag.
func TestSpecialiseTwinInstances(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{
		{Kind: "type", Name: "ID", Src: "type ID int", Line: 1},
		{Kind: "type", Name: "Box", Src: "type Box[T any] struct{ v T }", Line: 2},
	}
	cell := "var a, b any = Box[int]{1}, Box[ID]{2}"
	res, err := fe.Check(cell, oneStatement(cell), session)
	if err != nil {
		t.Fatal(err)
	}
	var srcs []string
	for _, s := range res.Specs {
		srcs = append(srcs, s.Src)
	}
	tagged := 0
	for _, src := range srcs {
		if strings.Contains(src, "`gt:") {
			tagged++
		}
	}
	if len(srcs) != 2 || tagged == 0 {
		t.Errorf("copies %q: want two, one at least tagged", srcs)
	}
}

// TestSpecialiseAtomicPointer pins the copy of atomic.Pointer[T]: the
// notebook's own type, its methods guarded by a mutex.
func TestSpecialiseAtomicPointer(t *testing.T) {
	fe := testFrontend(t)
	session := []*Decl{{Kind: "import", Name: "atomic", Path: "sync/atomic"}, {Kind: "type", Name: "Config", Src: "type Config struct{ Name string }"}}
	cell := "var p atomic.Pointer[Config]\nold := p.Swap(&Config{\"a\"})"
	pieces := []Piece{{Kind: PieceVar, Start: 0, End: 28}, {Kind: PieceVar, Start: 29, End: len(cell)}}
	res, err := fe.Check(cell, pieces, session)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range res.Specs {
		names = append(names, s.Kind+" "+s.Label)
		if !s.Generated || strings.Contains(s.Src, "\n") {
			t.Errorf("copy %+v", s)
		}
	}
	want := []string{"type atomic.Pointer[main.Config]", "method atomic.Pointer[Config].CompareAndSwap", "method atomic.Pointer[Config].Load",
		"method atomic.Pointer[Config].Store", "method atomic.Pointer[Config].Swap"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("copies %q, want %q", names, want)
	}
	if !strings.HasPrefix(res.Code, "var p "+res.Specs[0].Name+"\n") {
		t.Errorf("lowered to %q", res.Code)
	}
}

// TestMarkInTypeArgs: a func-local type is marked where the runtime
// marks it, in type argument lists only.
func TestMarkInTypeArgs(t *testing.T) {
	for _, c := range [][2]string{
		{"main.Box[main.item]", "main.Box[main.item·1]"},
		{"[]main.item", "[]main.item"},
		{"map[main.item]main.Box[main.item]", "map[main.item]main.Box[main.item·1]"},
		{"main.Pair[main.item,main.items]", "main.Pair[main.item·1,main.items]"},
		{"main.Box[[]main.item]", "main.Box[[]main.item·1]"},
	} {
		if got := markInTypeArgs(c[0], "main.item", "·1"); got != c[1] {
			t.Errorf("%s: %s, want %s", c[0], got, c[1])
		}
	}
}

// Struct types the interpreter would build as one another are refused
// with a message; a pair it builds right is not.
func TestMutualStructsRefused(t *testing.T) {
	fe := testFrontend(t)
	decls := func(cell string) []Piece {
		var pieces []Piece
		off := 0
		for _, ln := range strings.SplitAfter(cell, "\n") {
			pieces = append(pieces, Piece{Kind: PieceDecl, Start: off, End: off + len(strings.TrimSuffix(ln, "\n"))})
			off += len(ln)
		}
		return pieces
	}
	bad := "type Element struct{ next *Element; list *List }\ntype List struct{ root Element; n int }"
	_, err := fe.Check(bad, decls(bad), nil)
	if err == nil || !strings.Contains(err.Error(), "the struct List holds a Element by value while Element points to List and to itself") {
		t.Errorf("error %v", err)
	}
	for _, good := range []string{
		"type A struct{ b B }\ntype B struct{ a *A }",
		"type Node struct{ next *Node }\ntype List struct{ head Node }",
		"type E struct{ next *E; l *L }\ntype L struct{ root *E }",
	} {
		if _, err := fe.Check(good, decls(good), nil); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
}

// Slice, map, channel and pointer types that refer to themselves with no
// struct in between are refused with a message; through a struct they run.
func TestSelfCompositeTypesRefused(t *testing.T) {
	fe := testFrontend(t)
	decl := func(cell string) []Piece { return []Piece{{Kind: PieceDecl, Start: 0, End: len(cell)}} }
	for _, bad := range []string{"type Tree []Tree", "type JSON map[string]JSON", "type C chan C", "type P []*P", "type G [][2]G", "type L[T any] []L[T]"} {
		_, err := fe.Check(bad, decl(bad), nil)
		if err == nil || !strings.Contains(err.Error(), "refers to itself with no struct in between") {
			t.Errorf("%q: error %v", bad, err)
		}
	}
	for _, good := range []string{"type N struct{ kids []N }", "type S []struct{ s S }", "type I []interface{ M() I }", "type A = []int"} {
		if _, err := fe.Check(good, decl(good), nil); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
}

// Top-level declarations named as predeclared identifiers the
// interpreter reads as Go's own (var iota, const len, type error) are
// refused with a message; the same names inside a func, and top-level
// variables named as builtins the interpreter lacks, run.
func TestPredeclaredNamesRefused(t *testing.T) {
	fe := testFrontend(t)
	decl := func(cell string) []Piece { return []Piece{{Kind: PieceDecl, Start: 0, End: len(cell)}} }
	for _, bad := range []string{"var iota = 7", "var nil = 0", "const iota = 5", "const true = 0", "const len = 3",
		"type float32 struct{ hi, lo int }", "type error string", "const (\n\tA = iota\n\tint = 4\n)"} {
		_, err := fe.Check(bad, decl(bad), nil)
		if err == nil || !strings.Contains(err.Error(), "rename it") {
			t.Errorf("%q: error %v", bad, err)
		}
	}
	for _, good := range []string{"var max = 10", "const min = 2", "var len = 3", "type int32 = string", "func f() int { iota := 7; const nil = 1; type error string; return iota + nil }"} {
		if _, err := fe.Check(good, decl(good), nil); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
}

// A struct field holding funcs of the struct itself in a slice, map,
// array or channel is refused with a message; a lone func field, or an
// interface of them, runs.
func TestSelfFuncFieldsRefused(t *testing.T) {
	fe := testFrontend(t)
	decl := func(cell string) []Piece { return []Piece{{Kind: PieceDecl, Start: 0, End: len(cell)}} }
	for _, bad := range []string{"type O struct{ hooks []func(*O) }", "type M struct{ s map[string]func(*M) int }", "type C struct{ c chan func() C }", "type A struct{ n int; a [2]func(A) }"} {
		_, err := fe.Check(bad, decl(bad), nil)
		if err == nil || !strings.Contains(err.Error(), "holds funcs of") {
			t.Errorf("%q: error %v", bad, err)
		}
	}
	for _, good := range []string{"type O struct{ next func(*O) }", "type H interface{ Run(*O) }\ntype O struct{ hooks []H }", "type O struct{ hooks []func(int) }", "type O struct{ kids []*O }"} {
		if _, err := fe.Check(good, decl(good), nil); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
}

// A file system of the session's types handed to a compiled func goes
// through the engine's CellFS, with a func that finds the ReadDir of the
// session's directory types; one of a compiled type does not.
func TestFSArgsLowered(t *testing.T) {
	fe := testFrontend(t)
	cell := "type D struct{}\nfunc (D) Stat() (fs.FileInfo, error) { return nil, nil }\nfunc (D) Read([]byte) (int, error) { return 0, nil }\n" +
		"func (D) Close() error { return nil }\nfunc (*D) ReadDir(int) ([]fs.DirEntry, error) { return nil, nil }\n" +
		"type F struct{ n int }\nfunc (F) Open(string) (fs.File, error) { return nil, nil }\n" +
		"func f(v fs.FS) { fs.ReadDir(F{}, \".\"); fs.WalkDir(v, \".\", nil); fs.ReadDir(fstest.MapFS{}, \".\") }"
	var pieces []Piece
	off := 0
	for _, ln := range strings.SplitAfter(cell, "\n") {
		pieces = append(pieces, Piece{Kind: PieceDecl, Start: off, End: off + len(strings.TrimSuffix(ln, "\n"))})
		off += len(ln)
	}
	res, err := fe.Check(cell, pieces, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := res.Code[strings.Index(res.Code, "func f("):]
	for _, want := range []string{
		"fs.ReadDir(func(x fs.FS) fs.FS { return __gt.CellFS(nil, func(name string) (fs.File, error) { return x.Open(name) }, ",
		"var d fs.ReadDirFile; if v, ok := __gt.Orig(f).(*__gt_box_D); ok { d = v }; if d == nil",
		"fs.WalkDir(func(x fs.FS) fs.FS { return __gt.CellFS(x, ",
		"fs.ReadDir(fstest.MapFS{}, \".\")",
	} {
		if !strings.Contains(f, want) {
			t.Errorf("lowered\n%s\nlacks %s", f, want)
		}
	}
	if strings.Count(f, "CellFS") != 2 {
		t.Errorf("lowered\n%s\nwants CellFS twice", f)
	}
}
