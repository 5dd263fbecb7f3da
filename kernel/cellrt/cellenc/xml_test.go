package cellenc

import (
	"encoding/xml"
	"reflect"
	"strings"
	"testing"
)

func TestXMLNamesElementsByDeclaredType(t *testing.T) {
	st := cellUser(t)
	u := reflect.New(st).Elem()
	u.Field(0).SetInt(7)
	u.Field(1).SetInt(1)
	u.Field(2).SetString("secret")
	b, err := XMLMarshal(u.Interface())
	// Named by the type, the unexported field left out, the Level by
	// its JSON method's value as text (it has no text method).
	if want := `<User><ID>7</ID><Level>1</Level></User>`; string(b) != want || err != nil {
		t.Errorf("XMLMarshal: %s %v, want %s", b, err, want)
	}
	list := reflect.MakeSlice(reflect.SliceOf(st), 2, 2)
	b, err = XMLMarshal(list.Interface())
	if want := `<User><ID>0</ID><Level>0</Level></User><User><ID>0</ID><Level>0</Level></User>`; string(b) != want || err != nil {
		t.Errorf("XMLMarshal of a slice: %s %v, want %s", b, err, want)
	}
	var sb strings.Builder
	if err := XMLEncode(xml.NewEncoder(&sb), u.Addr().Interface()); err != nil || !strings.HasPrefix(sb.String(), "<User>") {
		t.Errorf("XMLEncode: %q %v", sb.String(), err)
	}
	p := reflect.New(st)
	if err := XMLUnmarshal([]byte(`<User><ID>3</ID></User>`), p.Interface()); err != nil || p.Elem().Field(0).Int() != 3 {
		t.Errorf("XMLUnmarshal: %v %v", p.Elem().Interface(), err)
	}
}

func TestUnqualified(t *testing.T) {
	for in, want := range map[string]string{"main.User": "User", "main.Pair[string,int]": "Pair[string,int]", "User": "User"} {
		if got := unqualified(in); got != want {
			t.Errorf("unqualified(%q) = %q, want %q", in, got, want)
		}
	}
}
