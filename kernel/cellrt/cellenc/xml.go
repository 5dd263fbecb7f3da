package cellenc

import (
	"encoding/xml"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// encoding/xml sees the session's types through the mirrors encoding/json
// sees (declared field names and tags, no unexported fields), with one
// more thing: an element takes its name from its type's when nothing
// else names it, and a mirror's type has no name. A value encoded at the
// top (or an element of a slice encoded there) goes as a copy of its
// mirror with an XMLName field holding the declared type's name.

// XMLMarshal is xml.Marshal for values that may be of the session's
// types.
func XMLMarshal(v any) (b []byte, err error) {
	defer refusing(&err)
	return xml.Marshal(xmlMirror(v))
}

// XMLMarshalIndent is xml.MarshalIndent for the session's types.
func XMLMarshalIndent(v any, prefix, indent string) (b []byte, err error) {
	defer refusing(&err)
	return xml.MarshalIndent(xmlMirror(v), prefix, indent)
}

// XMLEncode is (*xml.Encoder).Encode for the session's types.
func XMLEncode(enc *xml.Encoder, v any) (err error) {
	defer refusing(&err)
	return enc.Encode(xmlMirror(v))
}

// XMLUnmarshal is xml.Unmarshal for the session's types.
func XMLUnmarshal(data []byte, v any) error {
	return decodeInto(v, func(p any) error { return xml.Unmarshal(data, p) })
}

// XMLDecode is (*xml.Decoder).Decode for the session's types.
func XMLDecode(dec *xml.Decoder, v any) error { return decodeInto(v, dec.Decode) }

// xmlMirror returns what encoding/xml should see for v.
func xmlMirror(v any) any {
	if v == nil {
		return nil
	}
	rv, desc := reflect.ValueOf(v), ""
	if d, ok := v.(described); ok {
		rv, desc = d.v, d.desc
	}
	// (A mirror may be of the value's own type: the interpreter's
	// struct types are reflect's too.)
	return named(rv.Type(), desc, mirrorValue(rv, desc)).Interface()
}

// named is m, the mirror of a value of type t described by desc, with
// t's declared name for its element (through pointers, and for each
// element of a slice or array).
func named(t reflect.Type, desc string, m reflect.Value) reflect.Value {
	switch {
	case m.Kind() == reflect.Pointer && t.Kind() == reflect.Pointer:
		if m.IsNil() {
			return m
		}
		e := named(t.Elem(), elemDesc(desc), m.Elem())
		p := reflect.New(e.Type())
		p.Elem().Set(e)
		return p
	case (m.Kind() == reflect.Slice || m.Kind() == reflect.Array) && m.Kind() == t.Kind():
		if m.Kind() == reflect.Slice && m.IsNil() {
			return m
		}
		var out reflect.Value
		for i := 0; i < m.Len(); i++ {
			e := named(t.Elem(), elemDesc(desc), m.Index(i))
			if !out.IsValid() {
				out = reflect.MakeSlice(reflect.SliceOf(e.Type()), 0, m.Len())
			}
			out = reflect.Append(out, e)
		}
		if !out.IsValid() {
			return m
		}
		return out
	case m.Kind() == reflect.Struct && m.Type() != jsonMethodsType:
		info := infoOf(t, desc)
		if info == nil {
			return m
		}
		if _, has := m.Type().FieldByName("XMLName"); has {
			return m
		}
		out := reflect.New(withXMLName(m.Type())).Elem()
		out.Field(0).Set(reflect.ValueOf(xml.Name{Local: unqualified(info.Name)}))
		for i := 0; i < m.NumField(); i++ {
			out.Field(i + 1).Set(m.Field(i))
		}
		return out
	}
	return m
}

// unqualified is a type's Go name without its package ("Pair[string,int]"
// for "main.Pair[string,int]"), as reflect's Name says it.
func unqualified(name string) string {
	base, args, _ := strings.Cut(name, "[")
	if args != "" {
		args = "[" + args
	}
	return base[strings.LastIndexByte(base, '.')+1:] + args
}

var (
	xmlNamedMu sync.Mutex
	xmlNamed   = map[reflect.Type]reflect.Type{}
)

// withXMLName is the struct type t with an XMLName field first.
func withXMLName(t reflect.Type) reflect.Type {
	xmlNamedMu.Lock()
	defer xmlNamedMu.Unlock()
	if n, ok := xmlNamed[t]; ok {
		return n
	}
	fields := []reflect.StructField{{Name: "XMLName", Type: reflect.TypeOf(xml.Name{})}}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fields = append(fields, reflect.StructField{Name: f.Name, Type: f.Type, Tag: f.Tag, Anonymous: f.Anonymous})
	}
	n := reflect.StructOf(fields)
	xmlNamed[t] = n
	return n
}

// MarshalXML encodes a value of a type with JSON or text methods, or
// IsZero, as encoding/xml would: by its MarshalText, else as its type
// would without methods.
func (j jsonMethods) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if text, ok, err := callMarshalText(j.info, j.orig); ok {
		if err != nil {
			return err
		}
		return e.EncodeElement(string(text), start)
	}
	return e.EncodeElement(mirrorValue(j.orig, plain).Interface(), start)
}

// MarshalXMLAttr is MarshalXML for an attribute.
func (j jsonMethods) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	if text, ok, err := callMarshalText(j.info, j.orig); ok {
		return xml.Attr{Name: name, Value: string(text)}, err
	}
	return xml.Attr{Name: name, Value: fmt.Sprint(fmtview.Args(j.orig.Interface())...)}, nil
}

// UnmarshalXML refuses to decode into a value of a type with JSON or
// text methods, which the notebook decodes only from JSON.
func (j *jsonMethods) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	return fmt.Errorf("xml: the notebook cannot decode XML into a value of %s, a type declared in a cell with JSON or text methods", j.info.Name)
}
