package cellenc

import (
	"reflect"
	"strings"
	"testing"
	"text/template"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// cellItem builds the interpreter's reflect type for
//
//	type Item struct {
//		Name  string
//		Qty   int
//		note  string
//	}
//	func (i Item) Total(k int) int { return i.Qty * k }
//	func (i Item) String() string { return "item " + i.Name }
func cellItem(t *testing.T) func(name string, qty int) any {
	t.Helper()
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeOf("")},
		{Name: "Qty", Type: reflect.TypeOf(0)},
		{Name: "Xnote", Type: reflect.TypeOf("")},
	})
	fmtview.Forget()
	t.Cleanup(fmtview.Forget)
	total := reflect.MakeFunc(reflect.FuncOf([]reflect.Type{st, reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf(0)}, false),
		func(in []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(int(in[0].Field(1).Int() * in[1].Int()))}
		})
	str := reflect.MakeFunc(reflect.FuncOf([]reflect.Type{st}, []reflect.Type{reflect.TypeOf("")}, false),
		func(in []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("item " + in[0].Field(0).String())}
		})
	fmtview.Register(st, fmtview.TypeInfo{
		Name:       "main.Item",
		Fields:     []string{"Name", "Qty", "note"},
		Methods:    map[string]reflect.Value{"String": str},
		Calls:      map[string]reflect.Value{"Total": total, "String": str},
		PtrMethods: map[string]bool{},
	})
	return func(name string, qty int) any {
		v := reflect.New(st).Elem()
		v.Field(0).SetString(name)
		v.Field(1).SetInt(int64(qty))
		return v.Interface()
	}
}

func TestTemplateCallsCellMethods(t *testing.T) {
	mk := cellItem(t)
	items := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(mk("", 0))), 0, 2)
	items = reflect.Append(items, reflect.ValueOf(mk("tea", 2)), reflect.ValueOf(mk("cake", 3)))
	tm := template.Must(template.New("t").Parse(`{{range $i, $it := .}}{{$i}}:{{.Name}} {{$it.Total 10}} {{printf "%d" (.Total 2)}} {{.}}|{{end}}`))
	var sb strings.Builder
	if err := Execute(tm, &sb, items.Interface()); err != nil {
		t.Fatal(err)
	}
	if want := "0:tea 20 4 item tea|1:cake 30 6 item cake|"; sb.String() != want {
		t.Errorf("got %q, want %q", sb.String(), want)
	}
	for src, want := range map[string]string{
		"{{.Missing}}": `template: e:1:2: executing "e" at <.Missing>: can't evaluate field Missing in type main.Item`,
		"{{.note}}":    `template: e:1:2: executing "e" at <.note>: note is an unexported field of struct type main.Item`,
	} {
		err := Execute(template.Must(template.New("e").Parse(src)), &sb, mk("x", 1))
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v\nwant %s", src, err, want)
		}
	}
	// A template is unchanged for the next data without the session's types.
	sb.Reset()
	tm = template.Must(template.New("m").Parse(`{{.Name}}`))
	if err := Execute(tm, &sb, map[string]string{"Name": "plain"}); err != nil || sb.String() != "plain" {
		t.Errorf("map data: %q %v", sb.String(), err)
	}
}

// TestTemplateOpensBoxes checks that a value of a declared non-struct
// type held in an any (a box, see fmtview) is tested for truth, compared,
// measured and ranged over as the value it holds, and that errors name
// the template's own text.
func TestTemplateOpensBoxes(t *testing.T) {
	fmtview.Forget()
	t.Cleanup(fmtview.Forget)
	box := func(name string, v any) any {
		bt := reflect.StructOf([]reflect.StructField{{Name: "V", Type: reflect.TypeOf(v), Tag: reflect.StructTag(`gt:"box main.` + name + `"`)}})
		fmtview.Register(bt, fmtview.TypeInfo{Name: "main." + name})
		b := reflect.New(bt).Elem()
		b.Field(0).Set(reflect.ValueOf(v))
		return b.Interface()
	}
	data := map[string]any{"done": box("Flag", false), "lines": box("Lines", []string{"a", "b"}), "none": box("Lines", []string(nil)), "n": box("Count", 3)}
	for src, want := range map[string]string{
		`{{if .done}}yes{{else}}no{{end}}`:                    "no",
		`{{with .none}}some{{else}}none{{end}}`:               "none",
		`{{with .lines}}{{len .}}{{end}}`:                     "2",
		`{{if eq .n 3}}three{{end}} {{if not .done}}!{{end}}`: "three !",
		`{{range $i, $l := .lines}}{{$i}}{{$l}}{{end}}`:       "0a1b",
		`{{index .lines 1}}`:                                  "b",
	} {
		var sb strings.Builder
		if err := Execute(template.Must(template.New("t").Parse(src)), &sb, data); err != nil || sb.String() != want {
			t.Errorf("%s: got %q, %v; want %q", src, sb.String(), err, want)
		}
	}
	err := Execute(template.Must(template.New("e").Parse(`{{index .lines 5}}`)), &strings.Builder{}, data)
	if want := `template: e:1:2: executing "e" at <index .lines 5>: error calling index: index out of range: 5`; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
