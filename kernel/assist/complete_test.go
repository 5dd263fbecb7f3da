package assist

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestComplete checks what completion answers from the scope alone (no
// type view): names, packages, keywords, import paths, and where not to
// complete. Answers from types are checked against a real session in
// kernel/engine/assist_test.go.
func TestComplete(t *testing.T) {
	s := newScope()
	tests := []struct {
		name  string
		code  string
		exact []string // the matches, exactly
		has   []string // matches that must be present
		not   []string // matches that must be absent
	}{
		{"keyword", "fo|", nil, []string{"for"}, []string{"fmt"}},
		{"keywords go", "go|", []string{"go", "goto"}, nil, nil},
		{"builtin func", "app|", []string{"append"}, nil, nil},
		{"builtins", "c|", nil, []string{"cap", "clear", "close", "complex", "complex128", "complex64", "const", "continue", "copy", "case", "chan"}, nil},
		{"predeclared types", "float|", []string{"float32", "float64"}, nil, nil},
		{"predeclared consts", "tr|", []string{"true"}, nil, nil},
		{"session func", "jo|", []string{"job"}, nil, nil},
		{"session var and const", "li|", []string{"limit"}, nil, nil},
		{"session type", "Po|", []string{"Point"}, nil, nil},
		{"methods are not globals", "Mo|", []string{}, nil, nil},
		{"import names", "ma|", []string{"make", "map", "max"}, nil, nil},
		{"session import", "mp|", []string{"mp"}, nil, nil},
		{"package members", "fmt.Pr|", []string{"Print", "Printf", "Println"}, nil, nil},
		{"package members all", "fmt.|", nil, []string{"Errorf", "Println", "Stringer", "Sprintf"}, []string{"_Stringer"}},
		{"mpkit members", "mp.|", []string{"ErrEmpty", "NewQueue", "Queue"}, nil, nil},
		{"package imported in the cell", "import \"strings\"\nstrings.ToU|", nil, []string{"ToUpper"}, []string{"ToLower"}},
		{"renamed import in the cell", "import (\n\tstr \"strconv\"\n)\nstr.Ito|", []string{"Itoa"}, nil, nil},
		{"package not imported", "os.Stdout.Wr|", []string{}, nil, nil},
		{"middle of a word", "fmt.Pr|intln", []string{"Print", "Printf", "Println"}, nil, nil},
		{"import path", "import \"str|", []string{"strconv", "strings"}, nil, nil},
		{"import path in group", "import (\n\t\"fmt\"\n\t\"net/ht|", nil, []string{"net/http", "net/http/httptest"}, []string{"net/url"}},
		{"import path of this module", "import mp \"github.com/goteach/goteach/m|", []string{mpPath}, nil, nil},
		{"not in a string", "x := \"fmt.Pr|", []string{}, nil, nil},
		{"not in a comment", "// fmt.Pr|", []string{}, nil, nil},
		{"not in a block comment", "/* fmt.Pr|", []string{}, nil, nil},
		{"after a comment", "/* c */ fmt.Pr|", []string{"Print", "Printf", "Println"}, nil, nil},
		{"not after a number", "x := 3.|", []string{}, nil, nil},
		{"case sensitive", "fmt.pr|", []string{}, nil, nil},
		{"unknown operand", "nothing.|", []string{}, nil, nil},
		// Without a type view (the fake scope has none) a value's members
		// are not guessed: the engine's view answers them (its tests).
		{"value without a type view", "pt.|", []string{}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cur := at(tt.code)
			got, start, end, meta := Complete(s, code, cur)
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Errorf("matches not sorted and unique: %q", got)
			}
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
}

func TestCompleteRangeAndMetadata(t *testing.T) {
	s := newScope()
	code, cur := at("x := 1\nfmt.Pr|")
	matches, start, end, meta := Complete(s, code, cur)
	if start != cur-2 || end != cur {
		t.Fatalf("range [%d, %d), want [%d, %d)", start, end, cur-2, cur)
	}
	types := meta["_jupyter_types_experimental"].([]any)
	e := types[slices.Index(matches, "Println")].(map[string]any)
	if e["type"] != "function" || e["text"] != "Println" || e["start"] != start || e["end"] != end {
		t.Errorf("metadata entry %v", e)
	}
	if sig, _ := e["signature"].(string); sig != "func Println(...any) (int, error)" {
		t.Errorf("signature %q", sig)
	}

	code, cur = at("jo|")
	_, _, _, meta = Complete(s, code, cur)
	e = meta["_jupyter_types_experimental"].([]any)[0].(map[string]any)
	if e["type"] != "function" || e["signature"] != "func job(a, d int) int" {
		t.Errorf("session func entry %v", e)
	}
	for _, c := range []struct{ code, text, typ string }{
		{"fo|", "for", "keyword"},
		{"mp|", "mp", "module"},
		{"li|", "limit", "constant"},
		{"Poi|", "Point", "type"},
		{"s|", "sb", "variable"},
		{"import \"fm|", "fmt", "path"},
	} {
		code, cur := at(c.code)
		matches, _, _, meta := Complete(s, code, cur)
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

// Cursor positions count code points; CJK characters are several bytes
// in UTF-8 (and one code point each).
func TestCompleteCodePoints(t *testing.T) {
	s := newScope()
	code := "s := \"你好，世界\" // 注释\nfmt.Pr"
	cur := utf8.RuneCountInString(code)
	matches, start, end, _ := Complete(s, code, cur)
	if !slices.Equal(matches, []string{"Print", "Printf", "Println"}) {
		t.Fatalf("matches %q", matches)
	}
	if start != cur-2 || end != cur {
		t.Fatalf("range [%d, %d), want [%d, %d)", start, end, cur-2, cur)
	}
	// Replacing [start, end) in code points gives the completed text.
	r := []rune(code)
	if got := string(r[:start]) + "Println" + string(r[end:]); !strings.HasSuffix(got, "\nfmt.Println") {
		t.Fatalf("replaced: %q", got)
	}

	// A cursor in the middle, after CJK text, with text after it.
	code, cur = at("名前 := \"太郎\"\nli|\nfmt.Println(名前)")
	matches, start, end, _ = Complete(s, code, cur)
	if !slices.Equal(matches, []string{"limit"}) || start != cur-2 || end != cur {
		t.Fatalf("matches %q [%d, %d), cursor %d", matches, start, end, cur)
	}

	// Import path after CJK in a comment.
	code, cur = at("// 导入\nimport \"string|\"")
	matches, start, _, _ = Complete(s, code, cur)
	if !slices.Equal(matches, []string{"strings"}) || start != cur-6 {
		t.Fatalf("matches %q start %d, cursor %d", matches, start, cur)
	}

	// A cursor beyond the end is clamped.
	matches, start, end, _ = Complete(s, "fmt.Pr", 1000)
	if len(matches) != 3 || start != 4 || end != 6 {
		t.Fatalf("clamped: %q [%d, %d)", matches, start, end)
	}
}

func TestCursorConversion(t *testing.T) {
	code := "a你b😀c"
	for cp, want := range []int{0, 1, 4, 5, 9, 10, 10} {
		if got := byteOffset(code, cp); got != want {
			t.Errorf("byteOffset(%d) = %d, want %d", cp, got, want)
		}
		if cp <= 5 {
			if back := cpOffset(code, want); back != cp {
				t.Errorf("cpOffset(%d) = %d, want %d", want, back, cp)
			}
		}
	}
}

// Every cursor position of unfinished code gives an answer, never a panic.
func TestNoPanics(t *testing.T) {
	s := newScope()
	samples := []string{
		"import (\n\tstr \"strings\"\n\t\"fmt\"\n)\nfunc f(a int, b ...string) (r error) {\n\tfor i, v := range b {\n\t\tfmt.Println(str.ToUpper(v), i)\n\t}\n\treturn nil\n}\n",
		"x := map[string][]Point{\"a\": {{1, 2, \"p\"}}}\nx[\"a\"][0].Mo",
		"s := `raw 你好\n世界` /* 注释 */ + \"\\\"q\" // end",
		"func (p *Point) Scale(k int) *Point { p.X *= k; return p }\npt.Scale(2).",
		"type T struct{ *strings.Builder; n int }\nvar t T\nt.",
		"q := mp.NewQueue(); v, ok := q.Get().(int); ch := make(chan Point); p := <-ch; p.",
		"a.b.c.d().e[1].f(",
		"))))}]]]. . . ..",
	}
	for _, code := range samples {
		n := utf8.RuneCountInString(code)
		for cur := 0; cur <= n; cur++ {
			Complete(s, code, cur)
			Inspect(s, code, cur, 0)
			Inspect(s, code, cur, 1)
		}
		for b := 0; b <= len(code); b++ {
			IsComplete(code[:b])
		}
	}
}
