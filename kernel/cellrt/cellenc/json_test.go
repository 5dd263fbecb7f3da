package cellenc

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// level stands for a cell's `type Level int` with JSON methods: the
// interpreter gives its values type int.
func registerLevel(t *testing.T) {
	t.Helper()
	names := []string{"low", "high"}
	marshal := reflect.ValueOf(func(l int) ([]byte, error) { return json.Marshal(names[l]) })
	unmarshal := reflect.ValueOf(func(l *int, b []byte) error {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		for i, n := range names {
			if n == s {
				*l = i
				return nil
			}
		}
		return errors.New("bad level " + s)
	})
	fmtview.RegisterNamed(fmtview.TypeInfo{
		Name:       "main.Level",
		Methods:    map[string]reflect.Value{"MarshalJSON": marshal, "UnmarshalJSON": unmarshal},
		PtrMethods: map[string]bool{"UnmarshalJSON": true},
	})
}

// cellUser builds the interpreter's reflect type for
//
//	type User struct {
//		ID       int `json:"id"`
//		Level    Level `json:"level"`
//		password string
//	}
func cellUser(t *testing.T) reflect.Type {
	t.Helper()
	st := reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: reflect.TypeOf(0), Tag: `json:"id"`},
		{Name: "Level", Type: reflect.TypeOf(0), Tag: `json:"level"`},
		{Name: "Xpassword", Type: reflect.TypeOf("")},
	})
	fmtview.Forget()
	t.Cleanup(fmtview.Forget)
	registerLevel(t)
	fmtview.Register(st, fmtview.TypeInfo{
		Name:       "main.User",
		Fields:     []string{"ID", "Level", "password"},
		FieldDescs: []string{"", "T:main.Level", ""},
	})
	return st
}

func TestMarshalAsDeclared(t *testing.T) {
	st := cellUser(t)
	u := reflect.New(st).Elem()
	u.Field(0).SetInt(7)
	u.Field(1).SetInt(1)
	u.Field(2).SetString("secret")
	b, err := Marshal(u.Interface())
	if want := `{"id":7,"level":"high"}`; string(b) != want || err != nil {
		t.Errorf("Marshal: %s %v, want %s", b, err, want)
	}
	b, _ = Marshal(As([]int{0, 1}, "[]T:main.Level"))
	if want := `["low","high"]`; string(b) != want {
		t.Errorf("Marshal of []Level: %s, want %s", b, want)
	}
	var sb strings.Builder
	if err := Encode(json.NewEncoder(&sb), u.Addr().Interface()); err != nil || sb.String() != `{"id":7,"level":"high"}`+"\n" {
		t.Errorf("Encode: %q %v", sb.String(), err)
	}
}

func TestUnmarshalAsDeclared(t *testing.T) {
	st := cellUser(t)
	p := reflect.New(st)
	p.Elem().Field(2).SetString("kept")
	err := Unmarshal([]byte(`{"id":3,"level":"high","password":"no","Xpassword":"no"}`), p.Interface())
	if err != nil {
		t.Fatal(err)
	}
	if u := p.Elem(); u.Field(0).Int() != 3 || u.Field(1).Int() != 1 || u.Field(2).String() != "kept" {
		t.Errorf("decoded %v", u.Interface())
	}
	err = Unmarshal([]byte(`{"level":"mid"}`), p.Interface())
	if err == nil || err.Error() != "bad level mid" {
		t.Errorf("UnmarshalJSON's error: %v", err)
	}
	err = Unmarshal([]byte(`{"id":"seven"}`), p.Interface())
	if want := "json: cannot unmarshal string into Go struct field User.id of type int"; err == nil || err.Error() != want {
		t.Errorf("type error: %v, want %s", err, want)
	}
	dec := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2}`))
	for want := int64(1); want <= 2; want++ {
		if err := Decode(dec, p.Interface()); err != nil || p.Elem().Field(0).Int() != want {
			t.Errorf("Decode: %v %v", p.Elem().Interface(), err)
		}
	}
}

// An embedded struct's fields are promoted as encoding/json promotes
// them (the interpreter gives the embedded field a plain name); an
// embedded pointer is refused with an error saying what to do.
func TestEmbeddedFields(t *testing.T) {
	fmtview.Forget()
	t.Cleanup(fmtview.Forget)
	base := reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: reflect.TypeOf(0)},
		{Name: "Name", Type: reflect.TypeOf("")},
		{Name: "Xsecret", Type: reflect.TypeOf("")},
	})
	fmtview.Register(base, fmtview.TypeInfo{Name: "main.Base", Fields: []string{"ID", "Name", "secret"}})
	user := reflect.StructOf([]reflect.StructField{
		{Name: "Base", Type: base},
		{Name: "Name", Type: reflect.TypeOf(""), Tag: `json:"name"`},
	})
	fmtview.Register(user, fmtview.TypeInfo{Name: "main.User", Fields: []string{"Base", "Name"}, Embedded: []bool{true, false}})
	u := reflect.New(user)
	u.Elem().Field(0).Field(0).SetInt(1)
	u.Elem().Field(0).Field(1).SetString("inner")
	u.Elem().Field(1).SetString("ann")
	b, err := Marshal(u.Elem().Interface())
	if want := `{"ID":1,"Name":"inner","name":"ann"}`; string(b) != want || err != nil {
		t.Errorf("got %s %v, want %s", b, err, want)
	}
	if err := Unmarshal([]byte(`{"ID":5,"name":"bo"}`), u.Interface()); err != nil || u.Elem().Field(0).Field(0).Int() != 5 || u.Elem().Field(1).String() != "bo" {
		t.Errorf("decoded %v %v", u.Elem().Interface(), err)
	}
	ptr := reflect.StructOf([]reflect.StructField{{Name: "Base", Type: reflect.PointerTo(base)}})
	fmtview.Register(ptr, fmtview.TypeInfo{Name: "main.P", Fields: []string{"Base"}, Embedded: []bool{true}})
	if _, err := Marshal(reflect.New(ptr).Elem().Interface()); err == nil || !strings.Contains(err.Error(), "embedded pointer field *Base of main.P") {
		t.Errorf("embedded pointer: %v", err)
	}
}

// A type with only one of the two JSON methods is encoded or decoded
// plainly the other way.
func TestOneJSONMethod(t *testing.T) {
	fmtview.Forget()
	t.Cleanup(fmtview.Forget)
	st := reflect.StructOf([]reflect.StructField{{Name: "N", Type: reflect.TypeOf(0), Tag: `json:"n"`}})
	marshal := reflect.MakeFunc(reflect.FuncOf([]reflect.Type{st}, []reflect.Type{reflect.TypeOf([]byte(nil)), reflect.TypeOf((*error)(nil)).Elem()}, false),
		func(in []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf([]byte(`"custom"`)), reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())}
		})
	fmtview.Register(st, fmtview.TypeInfo{Name: "main.T", Fields: []string{"N"}, Methods: map[string]reflect.Value{"MarshalJSON": marshal}, PtrMethods: map[string]bool{}})
	p := reflect.New(st)
	if err := Unmarshal([]byte(`{"n":4}`), p.Interface()); err != nil || p.Elem().Field(0).Int() != 4 {
		t.Errorf("decode without UnmarshalJSON: %v %v", p.Elem().Interface(), err)
	}
	if b, err := Marshal(p.Elem().Interface()); string(b) != `"custom"` || err != nil {
		t.Errorf("encode: %s %v", b, err)
	}
	unmarshal := reflect.ValueOf(func(l *int, b []byte) error { *l = 9; return nil })
	fmtview.RegisterNamed(fmtview.TypeInfo{Name: "main.L", Methods: map[string]reflect.Value{"UnmarshalJSON": unmarshal}, PtrMethods: map[string]bool{"UnmarshalJSON": true}})
	if b, err := Marshal(As(3, "T:main.L")); string(b) != "3" || err != nil {
		t.Errorf("encode without MarshalJSON: %s %v", b, err)
	}
	var n int
	if err := Unmarshal([]byte(`"x"`), As(&n, "*T:main.L")); err != nil || n != 9 {
		t.Errorf("UnmarshalJSON: %d %v", n, err)
	}
}

// status stands for a compiled `type status int` whose MarshalJSON fails
// as a cell type's does below.
type status int

var errStatus = errors.New("bad status")

func (s status) MarshalJSON() ([]byte, error) {
	if s == 2 {
		return []byte("{oops"), nil
	}
	return nil, errStatus
}

// The failure of a cell type's MarshalJSON names the type as encoding/json
// names a compiled one, and still wraps what the method returned.
func TestMarshalerErrorNamesCellType(t *testing.T) {
	fmtview.Forget()
	t.Cleanup(fmtview.Forget)
	marshal := reflect.ValueOf(func(s int) ([]byte, error) { return status(s).MarshalJSON() })
	fmtview.RegisterNamed(fmtview.TypeInfo{Name: "main.status", Methods: map[string]reflect.Value{"MarshalJSON": marshal}, PtrMethods: map[string]bool{}})
	s := 1
	for _, c := range []struct {
		cell, compiled any
	}{
		{As(1, "T:main.status"), status(1)},
		{As(2, "T:main.status"), status(2)},
		{As(&s, "*T:main.status"), new(status(1))},
		{As([]int{1}, "[]T:main.status"), []status{1}},
	} {
		_, got := Marshal(c.cell)
		_, want := json.Marshal(c.compiled)
		if want == nil || got == nil {
			t.Fatalf("no error: %v, compiled %v", got, want)
		}
		if exp := strings.ReplaceAll(want.Error(), "cellenc.", "main."); got.Error() != exp {
			t.Errorf("got %q, want %q", got, exp)
		}
		var me *json.MarshalerError
		if !errors.As(got, &me) || errors.Is(want, errStatus) != errors.Is(got, errStatus) {
			t.Errorf("%v: the json error or the method's is not inside", got)
		}
	}
}

// level stands for a compiled `type level int` with text methods, which
// a cell type's below call.
type level int

var levelNames = []string{"low", "high"}

func (l level) MarshalText() ([]byte, error) {
	if int(l) >= len(levelNames) {
		return nil, errors.New("no such level")
	}
	return []byte(levelNames[l]), nil
}

func (l *level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = level(i)
			return nil
		}
	}
	return errors.New("unknown level " + string(b))
}

// A cell type's MarshalText and UnmarshalText make its values JSON
// strings and name the map keys of its type, as a compiled type's do.
func TestTextMethods(t *testing.T) {
	fmtview.Forget()
	t.Cleanup(fmtview.Forget)
	marshal := reflect.ValueOf(func(l int) ([]byte, error) { return level(l).MarshalText() })
	unmarshal := reflect.ValueOf(func(l *int, b []byte) error { return (*level)(l).UnmarshalText(b) })
	fmtview.RegisterNamed(fmtview.TypeInfo{Name: "main.level",
		Methods:    map[string]reflect.Value{"MarshalText": marshal, "UnmarshalText": unmarshal},
		PtrMethods: map[string]bool{"UnmarshalText": true}})
	for _, c := range []struct {
		cell, compiled any
	}{
		{As(1, "T:main.level"), level(1)},
		{As([]int{0, 1}, "[]T:main.level"), []level{0, 1}},
		{As(map[int]string{1: "a", 0: "b"}, "M(T:main.level)"), map[level]string{1: "a", 0: "b"}},
		{As(7, "T:main.level"), level(7)},
	} {
		got, gerr := Marshal(c.cell)
		want, werr := json.Marshal(c.compiled)
		if string(got) != string(want) || (gerr == nil) != (werr == nil) {
			t.Errorf("Marshal: %s %v, compiled %s %v", got, gerr, want, werr)
		}
		if werr != nil {
			if exp := strings.ReplaceAll(werr.Error(), "cellenc.", "main."); gerr.Error() != exp {
				t.Errorf("got %q, want %q", gerr, exp)
			}
		}
	}
	var keys map[int]bool
	err := Unmarshal([]byte(`{"high":true,"low":false}`), As(&keys, "*M(T:main.level)"))
	var want map[level]bool
	json.Unmarshal([]byte(`{"high":true,"low":false}`), &want)
	if err != nil || len(keys) != 2 || keys[1] != want[1] || keys[0] != want[0] {
		t.Errorf("map keys decoded: %v %v, compiled %v", keys, err, want)
	}
	var n int
	if err := Unmarshal([]byte(`"high"`), As(&n, "*T:main.level")); err != nil || n != 1 {
		t.Errorf("UnmarshalText: %d %v", n, err)
	}
	err = Unmarshal([]byte(`3`), As(&n, "*T:main.level"))
	var l level
	werr := json.Unmarshal([]byte(`3`), &l)
	if err == nil || strings.ReplaceAll(werr.Error(), "cellenc.", "main.") != err.Error() {
		t.Errorf("a number for a text type: %v, compiled %v", err, werr)
	}
}
