package engine

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/goteach/goteach/kernel/assist"
)

// assistSession is a session that has run:
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
func assistSession(t *testing.T) assist.Scope {
	s := newSession(t)
	for _, c := range []string{
		"import (\n\t\"bytes\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n\tmp \"github.com/goteach/goteach/mpkit\"\n)",
		"// job squares a number in a worker.\nfunc job(a, d int) int { return a * d }",
		"// Point is a place on the grid.\ntype Point struct {\n\tX, Y  int // coordinates\n\tlabel string\n}",
		"// Move shifts p right.\nfunc (p *Point) Move(dx int) { p.X += dx }",
		"var sb strings.Builder\nsb.WriteString(\"hello\")",
		"var buf bytes.Buffer",
		"var srv = &http.Server{Addr: \":8080\"}",
		"var pt = Point{1, 2, \"a\"}",
		"var q = mp.NewQueue()",
		"const limit = 10",
		"_ = fmt.Sprint(job(1, 2), buf.Len(), srv.Addr, pt, q, limit)",
	} {
		s.run(c)
	}
	return s.e.Scope()
}

// cursorAt splits a test input at the '|' that marks the cursor and
// returns the code and the cursor in code points.
func cursorAt(s string) (string, int) {
	i := strings.IndexByte(s, '|')
	if i < 0 {
		return s, utf8.RuneCountInString(s)
	}
	return s[:i] + s[i+1:], utf8.RuneCountInString(s[:i])
}

// Completion answers from the front end's type check of the text being
// typed over the session: the members of whatever the text before the
// '.' is, and the names in scope at the cursor.
func TestCompleteFromTypes(t *testing.T) {
	s := assistSession(t)
	tests := []struct {
		name  string
		code  string
		exact []string // the matches, exactly
		has   []string // matches that must be present
		not   []string // matches that must be absent
	}{
		{"session func", "jo|", []string{"job"}, nil, nil},
		{"session var and const", "li|", []string{"limit"}, nil, nil},
		{"session type", "Po|", []string{"Point"}, nil, nil},
		{"methods are not globals", "Mo|", []string{}, nil, nil},
		{"cell local", "count := 1\ncounter := 2\ncou|", []string{"count", "counter"}, nil, nil},
		{"cell local later is not seen", "cou| := 1\ncount := 2", []string{}, nil, nil},
		{"multiple assignment", "left, right := 1, 2\nri|", []string{"right"}, nil, nil},
		{"var decl", "var (\n\talpha int\n\talpine = 2\n)\nal|", []string{"alpha", "alpine"}, nil, nil},
		{"func params", "func f(alpha int, beta, gamma string) (result error) {\n\t|", nil, []string{"alpha", "beta", "gamma", "result", "f", "fmt", "for"}, nil},
		{"func literal params", "g := func(width int) { wi|", []string{"width"}, nil, nil},
		{"range vars", "for idx, val := range []string{\"a\"} {\n\tva|", []string{"val", "var"}, nil, nil},
		{"cell type", "type Celsius float64\nCel|", []string{"Celsius"}, nil, nil},
		{"package imported in the cell", "import \"os\"\nos.Std|", []string{"Stderr", "Stdin", "Stdout"}, nil, nil},
		{"pointer methods", "sb.Wr|", []string{"Write", "WriteByte", "WriteRune", "WriteString"}, nil, nil},
		{"pointer methods of a value", "buf.Wri|", []string{"Write", "WriteByte", "WriteRune", "WriteString", "WriteTo"}, nil, nil},
		{"struct fields", "srv.Ad|", []string{"Addr"}, nil, nil},
		{"fields and methods", "srv.|", nil, []string{"Addr", "Handler", "ListenAndServe", "Shutdown"}, nil},
		{"package var", "import \"os\"\nos.Stdout.Wr|", []string{"Write", "WriteAt", "WriteString", "WriteTo"}, nil, nil},
		{"index expression", "names := []*http.Request{}\nnames[0].Meth|", []string{"Method"}, nil, nil},
		{"map range value", "m := map[string]*strings.Builder{}\nfor k, v := range m {\n\tv.Le|", []string{"Len"}, nil, nil},
		{"range header", "m := map[string][]int{}\nfor k, v := range m.|", []string{}, nil, nil},
		{"if header", "if sb.Le|", []string{"Len"}, nil, nil},
		{"for header", "for i := 0; i < sb.Le|", []string{"Len"}, nil, nil},
		{"switch header", "switch pt.|", []string{"Move", "X", "Y", "label"}, nil, nil},
		{"case", "switch {\ncase pt.|", []string{"Move", "X", "Y", "label"}, nil, nil},
		{"type assertion", "var x any\nb := x.(*bytes.Buffer)\nb.Trunc|", []string{"Truncate"}, nil, nil},
		{"session type members", "pt.|", []string{"Move", "X", "Y", "label"}, nil, nil},
		{"mp value methods", "q.Pu|", []string{"Put", "PutNowait", "PutTimeout"}, nil, nil},
		{"inferred from a call", "r := strings.NewReader(\"x\")\nr.ReadR|", []string{"ReadRune"}, nil, nil},
		{"inferred from mp call", "q2 := mp.NewQueue()\nq2.Pu|", []string{"Put", "PutNowait", "PutTimeout"}, nil, nil},
		{"inferred multi-value", "n, err := fmt.Println()\nerr.|", []string{"Error"}, nil, nil},
		{"inferred composite", "c := &http.Client{}\nc.Ti|", []string{"Timeout"}, nil, nil},
		{"inferred session type", "p := &Point{}\np.Mo|", []string{"Move"}, nil, nil},
		{"embedded fields promote", "type T struct{ *strings.Builder; n int }\nvar t T\nt.|", nil, []string{"Builder", "WriteString", "n"}, nil},
		{"method declared in the cell", "func (p *Point) Scale(k int) *Point { return p }\npt.Scale(2).|", []string{"Move", "Scale", "X", "Y", "label"}, nil, nil},
		{"channel receive", "ch := make(chan Point)\np := <-ch\np.|", []string{"Move", "X", "Y", "label"}, nil, nil},
		{"nested index", "x := map[string][]Point{}\nx[\"a\"][0].|", []string{"Move", "X", "Y", "label"}, nil, nil},
		{"typed constant", "import \"time\"\nd := 3 * time.Second\nd.Mil|", []string{"Milliseconds"}, nil, nil},
		{"interface var", "import \"io\"\nvar w io.Writer\nw.|", []string{"Write"}, nil, nil},
		{"chain", "srv.TLSConfig.Min|", []string{"MinVersion"}, nil, nil},
		{"call chain", "strings.NewReplacer(\"a\", \"b\").Rep|", []string{"Replace"}, nil, nil},
		{"param type", "func h(w http.ResponseWriter) {\n\tw.|", []string{"Header", "Write", "WriteHeader"}, nil, nil},
		{"method expressions of a type", "import \"time\"\ntime.Duration.|", nil, []string{"Seconds", "String"}, nil},
		{"no pointer methods on a type", "strings.Builder.|", []string{}, nil, nil},
		{"pointer methods on a pointer type", "(*strings.Builder).|", nil, []string{"Len", "WriteString"}, nil},
		{"generic call result", "import \"slices\"\nslices.Sorted(func(yield func(string) bool) {})[0].|", []string{}, nil, nil},
		{"unknown operand", "nothing.|", []string{}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cur := cursorAt(tt.code)
			got, start, end, meta := assist.Complete(s, code, cur)
			if tt.exact != nil && !slices.Equal(got, tt.exact) {
				t.Errorf("matches = %q, want %q", got, tt.exact)
			}
			for _, h := range tt.has {
				if !slices.Contains(got, h) {
					t.Errorf("matches lack %q: %q", h, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("matches contain %q", n)
				}
			}
			if end != cur || start > end {
				t.Errorf("range [%d, %d), cursor %d", start, end, cur)
			}
			types, _ := meta["_jupyter_types_experimental"].([]any)
			if len(types) != len(got) {
				t.Errorf("%d type entries for %d matches", len(types), len(got))
			}
		})
	}
	for _, c := range []struct{ code, text, typ string }{
		{"pt.X|", "X", "field"},
		{"sb.Str|", "String", "method"},
		{"s|", "sb", "variable"},
	} {
		code, cur := cursorAt(c.code)
		matches, _, _, meta := assist.Complete(s, code, cur)
		i := slices.Index(matches, c.text)
		if i < 0 {
			t.Errorf("%q: no %q in %q", c.code, c.text, matches)
			continue
		}
		if got := meta["_jupyter_types_experimental"].([]any)[i].(map[string]any)["type"]; got != c.typ {
			t.Errorf("%q: type of %q = %v, want %s", c.code, c.text, got, c.typ)
		}
	}
}

// Inspection and the pager's documentation answer from the same view.
func TestInspectFromTypes(t *testing.T) {
	s := assistSession(t)
	tests := []struct {
		name   string
		code   string
		detail int
		has    []string
		not    []string
	}{
		{"session func", "x := jo|b(2, 3)", 0, []string{"func job(a, d int) int", "job squares a number in a worker."}, []string{"return a * d"}},
		{"session func source", "job|", 1, []string{"func job(a, d int) int", "return a * d"}, nil},
		{"variable", "sb|", 0, []string{"var sb strings.Builder", `value: hello`}, nil},
		{"session struct variable", "pt|", 0, []string{"var pt Point", `value: {1 2 "a"}`}, nil},
		{"session type", "Point|", 0, []string{"Point is a place on the grid."}, nil},
		{"session method", "pt.Mo|ve(1)", 0, []string{"func (p *Point) Move(dx int)", "Move shifts p right."}, nil},
		{"session field", "pt.X|", 0, []string{"X int", "coordinates"}, nil},
		{"method of a compiled type", "sb.WriteStr|ing(\"x\")", 0, []string{"func (b *Builder) WriteString(s string) (int, error)", "WriteString appends the contents of s"}, nil},
		{"field of a compiled type", "srv.Addr|", 0, []string{"Addr string", "Addr optionally specifies the TCP address", `value: ":8080"`}, nil},
		{"pointer method of a value", "buf.WriteString|", 0, []string{"func (b *Buffer) WriteString"}, nil},
		{"package variable", "import \"os\"\nos.Std|out", 0, []string{"Stdout", "value: "}, nil},
		{"const", "import \"math\"\nmath.P|i", 0, []string{"Pi", "3.14159"}, nil},
		{"cell local", "n := strings.Repeat(\"a\", 3)\nn|", 0, []string{"var n string"}, nil},
		{"param", "func f(w http.ResponseWriter) { w| }", 0, []string{"w http.ResponseWriter"}, nil},
		{"method of a call's result", "strings.NewReader(\"x\").Rea|dRune()", 0, []string{"func (r *Reader) ReadRune() (ch rune, size int, err error)"}, nil},
		{"mpkit", "mp.NewQue|ue()", 0, []string{"NewQueue"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cur := cursorAt(tt.code)
			data, found := assist.Inspect(s, code, cur, tt.detail)
			if !found {
				t.Fatalf("not found")
			}
			text, _ := data["text/plain"].(string)
			for _, h := range tt.has {
				if !strings.Contains(text, h) {
					t.Errorf("text lacks %q:\n%s", h, text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(text, n) {
					t.Errorf("text has %q:\n%s", n, text)
				}
			}
		})
	}
	for _, tt := range []struct {
		expr string
		has  []string
	}{
		{"Point", []string{"type Point struct", "func (p *Point) Move(dx int)", "Move shifts p right."}},
		{"job", []string{"job squares a number in a worker.", "return a * d"}},
		{"sb", []string{"value: hello"}},
		{"pt.Move", []string{"func (p *Point) Move(dx int)", "Move shifts p right."}},
		{"sb.Len", []string{"func (b *Builder) Len() int"}},
	} {
		text, ok := assist.Doc(s, tt.expr)
		if !ok {
			t.Errorf("Doc(%q): not found", tt.expr)
			continue
		}
		for _, h := range tt.has {
			if !strings.Contains(text, h) {
				t.Errorf("Doc(%q) lacks %q:\n%s", tt.expr, h, text)
			}
		}
	}
}
