package assist

import (
	"bytes"
	"net/http"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/traefik/yaegi/stdlib"
)

const mpPath = "github.com/goteach/goteach/mpkit"

// fakeQueue stands in for mpkit.Queue: the tests need a compiled type
// with methods under mpkit's import path, not mpkit itself.
type fakeQueue struct{ n int }

func (q *fakeQueue) Put(x any)       { q.n++ }
func (q *fakeQueue) Get() any        { return nil }
func (q *fakeQueue) Qsize() int      { return q.n }
func newFakeQueue(...int) *fakeQueue { return &fakeQueue{} }

type fakeScope struct {
	imports map[string]string
	decls   []Decl
	values  map[string]reflect.Value
	syms    map[string]map[string]reflect.Value
}

func (f *fakeScope) Imports() map[string]string { return f.imports }
func (f *fakeScope) Decls() []Decl              { return f.decls }
func (f *fakeScope) Value(name string) (reflect.Value, bool) {
	v, ok := f.values[name]
	return v, ok
}
func (f *fakeScope) Symbols() map[string]map[string]reflect.Value { return f.syms }

// newScope is a session that has run:
//
//	import ("fmt"; "strings"; "bytes"; "net/http"; mp ".../mpkit")
//	// job squares a number in a worker.
//	func job(a, d int) int { return a * d }
//	type Point struct { X, Y int; label string }
//	func (p *Point) Move(dx int) { p.X += dx }
//	var sb strings.Builder   (holding "hello")
//	var buf bytes.Buffer
//	var srv = &http.Server{Addr: ":8080"}
//	var pt = Point{1, 2, "a"}
//	var q = mp.NewQueue()
//	const limit = 10
func newScope() *fakeScope {
	syms := map[string]map[string]reflect.Value{}
	for k, v := range stdlib.Symbols {
		syms[k] = v
	}
	syms[mpPath+"/mpkit"] = map[string]reflect.Value{
		"NewQueue": reflect.ValueOf(newFakeQueue),
		"Queue":    reflect.ValueOf((*fakeQueue)(nil)),
		"ErrEmpty": reflect.ValueOf(&http.ErrServerClosed).Elem(),
	}
	syms["example.com/nodocs/nodocs"] = map[string]reflect.Value{
		"Do": reflect.ValueOf(func(int) string { return "" }),
	}

	sb := new(strings.Builder)
	sb.WriteString("hello")
	// An interpreted struct type as yaegi builds it: unexported fields
	// get an X prefix.
	pointType := reflect.StructOf([]reflect.StructField{
		{Name: "X", Type: reflect.TypeFor[int]()},
		{Name: "Y", Type: reflect.TypeFor[int]()},
		{Name: "Xlabel", Type: reflect.TypeFor[string]()},
	})
	pt := reflect.New(pointType).Elem()
	pt.Field(0).SetInt(1)
	pt.Field(1).SetInt(2)
	pt.Field(2).SetString("a")

	return &fakeScope{
		imports: map[string]string{"fmt": "fmt", "strings": "strings", "bytes": "bytes", "http": "net/http", "mp": mpPath},
		decls: []Decl{
			{Name: "job", Kind: "func", Signature: "func job(a, d int) int", Doc: "job squares a number in a worker.\n",
				Src: "// job squares a number in a worker.\nfunc job(a, d int) int { return a * d }"},
			{Name: "Point", Kind: "type", Signature: "type Point struct{...}", Doc: "Point is a place on the grid.\n",
				Src: "type Point struct {\n\tX, Y  int // coordinates\n\tlabel string\n}"},
			{Name: "Move", Kind: "func", Signature: "func (p *Point) Move(dx int)", Doc: "Move shifts p right.\n",
				Src: "func (p *Point) Move(dx int) { p.X += dx }"},
			{Name: "sb", Kind: "var", Signature: "var sb strings.Builder", Src: "var sb strings.Builder"},
			{Name: "buf", Kind: "var", Signature: "var buf bytes.Buffer", Src: "var buf bytes.Buffer"},
			{Name: "srv", Kind: "var", Signature: "var srv *http.Server", Src: `var srv = &http.Server{Addr: ":8080"}`},
			{Name: "pt", Kind: "var", Signature: "var pt Point", Src: `var pt = Point{1, 2, "a"}`},
			{Name: "q", Kind: "var", Signature: "var q *mp.Queue", Src: "var q = mp.NewQueue()"},
			{Name: "limit", Kind: "const", Signature: "const limit = 10", Src: "const limit = 10"},
		},
		values: map[string]reflect.Value{
			"sb":  reflect.ValueOf(sb).Elem(),
			"buf": reflect.ValueOf(new(bytes.Buffer)).Elem(),
			"srv": reflect.ValueOf(&http.Server{Addr: ":8080"}),
			"pt":  pt,
			"q":   reflect.ValueOf(newFakeQueue()),
		},
		syms: syms,
	}
}

// at splits a test input at the '|' that marks the cursor and returns
// the code and the cursor in code points.
func at(s string) (string, int) {
	i := strings.IndexByte(s, '|')
	if i < 0 {
		return s, utf8.RuneCountInString(s)
	}
	return s[:i] + s[i+1:], utf8.RuneCountInString(s[:i])
}
