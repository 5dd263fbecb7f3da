package reflectview_test

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"github.com/goteach/goteach/kernel/cellrt/reflectview"
)

// order stands for the interpreter's type of a cell's
// `type order struct { ordId int; Note string }`: unnamed, the
// unexported field renamed, a tag telling it from a twin.
var order = reflect.StructOf([]reflect.StructField{
	{Name: "XordId", Type: reflect.TypeOf(0), Tag: `gt:"order"`},
	{Name: "Note", Type: reflect.TypeOf(""), Tag: `json:"note"`},
})

// register registers order with a value method Describe and a pointer
// method Reset, as the engine does for a cell's type.
func register() *fmtview.TypeInfo {
	describe := reflect.MakeFunc(reflect.FuncOf([]reflect.Type{order, reflect.TypeOf("")}, []reflect.Type{reflect.TypeOf("")}, false),
		func(in []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(fmt.Sprintf("%s %d", in[1].String(), in[0].Field(0).Int()))}
		})
	reset := reflect.MakeFunc(reflect.FuncOf([]reflect.Type{reflect.PointerTo(order)}, nil, false),
		func(in []reflect.Value) []reflect.Value {
			in[0].Elem().Field(0).SetInt(0)
			return nil
		})
	return fmtview.Register(order, fmtview.TypeInfo{
		Name:       "main.order",
		Fields:     []string{"ordId", "Note"},
		Calls:      map[string]reflect.Value{"Describe": describe, "Reset": reset, "secret": describe},
		PtrMethods: map[string]bool{"Reset": true},
	})
}

func ExampleField() {
	defer fmtview.Drop(register())
	f := reflectview.Field(order, 0)
	fmt.Println(reflectview.Name(order), reflectview.String(reflect.PointerTo(order)))
	fmt.Printf("%s %s %q %q\n", f.Name, f.PkgPath, f.Tag, reflectview.Field(order, 1).Tag)
	// Output:
	// order *main.order
	// ordId main "" "json:\"note\""
}

func TestMethodSets(t *testing.T) {
	reg := register()
	defer fmtview.Drop(reg)
	if n := reflectview.NumMethod(order); n != 1 {
		t.Errorf("value method set: %d methods, want 1 (Describe)", n)
	}
	ptr := reflect.PointerTo(order)
	if n := reflectview.NumMethod(ptr); n != 2 {
		t.Errorf("pointer method set: %d methods, want 2", n)
	}
	if m := reflectview.Method(ptr, 1); m.Name != "Reset" || m.Index != 1 {
		t.Errorf("Method(1) = %s %d, want Reset 1", m.Name, m.Index)
	}
	if _, ok := reflectview.MethodByName(order, "Reset"); ok {
		t.Error("a pointer method is in the value's method set")
	}
	v := reflect.New(order)
	v.Elem().Field(0).SetInt(7)
	out := reflectview.ValueMethodByName(v, "Describe").Call([]reflect.Value{reflect.ValueOf("order")})
	if got := out[0].String(); got != "order 7" {
		t.Errorf("bound Describe: %q", got)
	}
	reflectview.ValueMethod(v, 1).Call(nil)
	if got := v.Elem().Field(0).Int(); got != 0 {
		t.Errorf("bound Reset left %d", got)
	}
	if reflectview.ValueMethodByName(v.Elem(), "Reset").IsValid() {
		t.Error("a value has its pointer method")
	}
	if got := reflectview.ValueString(v.Elem()); got != "<main.order Value>" {
		t.Errorf("ValueString: %q", got)
	}
	if got := reflectview.ValueFieldByName(v.Elem(), "ordId"); !got.IsValid() {
		t.Error("no field by its declared name")
	}
	if f, ok := reflectview.FieldByName(order, "ordId"); !ok || f.Name != "ordId" || f.Tag != "" {
		t.Errorf("FieldByName: %+v %v", f, ok)
	}
}

func TestCompiledTypesPassThrough(t *testing.T) {
	tt := reflect.TypeOf(struct{ A int }{})
	if reflectview.Name(tt) != "" || reflectview.String(tt) != "struct { A int }" || reflectview.NumMethod(reflect.TypeOf(t)) != reflect.TypeOf(t).NumMethod() {
		t.Error("a compiled type is not described as reflect describes it")
	}
	if reflectview.PkgPath(reflect.TypeOf(t).Elem()) != "testing" {
		t.Error("PkgPath of a compiled type")
	}
}

// A field declared unexported is read-only as in compiled Go, though the
// interpreter exports it under another name; an exported one is not.
func TestValueFieldReadOnly(t *testing.T) {
	defer fmtview.Drop(register())
	p := reflect.New(order)
	p.Elem().Field(0).SetInt(5)
	v := p.Elem()
	id, note := reflectview.ValueField(v, 0), reflectview.ValueFieldByName(v, "Note")
	if id.CanSet() || id.CanInterface() || !id.CanAddr() || id.Int() != 5 {
		t.Errorf("ordId: CanSet %v CanInterface %v CanAddr %v Int %d, want false false true 5", id.CanSet(), id.CanInterface(), id.CanAddr(), id.Int())
	}
	if !note.CanSet() {
		t.Errorf("Note is not settable")
	}
	if f := reflectview.ValueFieldByName(v, "ordId"); f.CanSet() {
		t.Errorf("FieldByName(ordId) is settable")
	}
	copied := reflectview.ValueField(reflect.ValueOf(v.Interface()), 0)
	if copied.CanAddr() || copied.CanInterface() || copied.Int() != 5 {
		t.Errorf("ordId of a copy: CanAddr %v CanInterface %v Int %d", copied.CanAddr(), copied.CanInterface(), copied.Int())
	}
	defer func() {
		if r := recover(); r == nil {
			t.Errorf("SetInt of ordId did not panic")
		}
	}()
	id.SetInt(1)
}

// TestDeepEqualAsReflect compares DeepEqual with reflect.DeepEqual on
// compiled values, where the two must agree.
func TestDeepEqualAsReflect(t *testing.T) {
	type node struct {
		V    int
		Next *node
		m    map[string][]any
	}
	c1, c2 := &node{V: 1}, &node{V: 1}
	c1.Next, c2.Next = c1, c2
	nan := math.NaN()
	f := func() {}
	var nilSlice []int
	pairs := [][2]any{
		{[]int{1, 2}, []int{1, 2}}, {[]int{1}, []int{2}}, {nilSlice, []int{}},
		{map[string]any{"a": []int{1}}, map[string]any{"a": []int{1}}},
		{map[string]any{"a": 1}, map[string]any{"a": int64(1)}},
		{node{1, nil, map[string][]any{"x": {1, "y"}}}, node{1, nil, map[string][]any{"x": {1, "y"}}}},
		{c1, c2}, {nan, nan}, {[]float64{nan}, []float64{nan}}, {f, f}, {nil, nil}, {1, nil},
		{[2]any{1, "a"}, [2]any{1, "a"}}, {errors.New("x"), errors.New("x")},
	}
	for _, p := range pairs {
		if got, want := reflectview.DeepEqual(p[0], p[1]), reflect.DeepEqual(p[0], p[1]); got != want {
			t.Errorf("DeepEqual(%#v, %#v) = %v, reflect says %v", p[0], p[1], got, want)
		}
	}
}
