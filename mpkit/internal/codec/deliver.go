package codec

import (
	"fmt"
	"reflect"
)

// DeliveryError reports a received value that cannot be used as the type
// the receiver asked for.
type DeliveryError struct {
	Got    reflect.Type // the type of the value received; nil for nil
	Want   reflect.Type // the type asked for
	Detail string       // why, when more can be said than the two types
}

// Error names the received type and the type asked for.
func (e *DeliveryError) Error() string {
	got := "nil"
	if e.Got != nil {
		got = "a " + e.Got.String()
	}
	s := fmt.Sprintf("codec: received %s, which cannot be used as a %s", got, e.Want)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Deliver converts a received value to typ by the rules of UnmarshalAs.
// An invalid v stands for nil.
func Deliver(v reflect.Value, typ reflect.Type) (reflect.Value, error) {
	return deliver(v, typ)
}

func deliver(v reflect.Value, typ reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		switch typ.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
			return reflect.Zero(typ), nil
		}
		return reflect.Value{}, &DeliveryError{Want: typ}
	}
	vt := v.Type()
	if vt == typ {
		return v, nil
	}
	if typ.Kind() == reflect.Interface {
		if !vt.Implements(typ) {
			return reflect.Value{}, &DeliveryError{Got: vt, Want: typ, Detail: fmt.Sprintf("%s does not implement %s", vt, typ)}
		}
		w := reflect.New(typ).Elem()
		w.Set(v)
		return w, nil
	}
	if vt.AssignableTo(typ) {
		w := reflect.New(typ).Elem()
		w.Set(v)
		return w, nil
	}
	if !v.CanConvert(typ) {
		return reflect.Value{}, &DeliveryError{Got: vt, Want: typ}
	}
	from, to := numClass(vt.Kind()), numClass(typ.Kind())
	switch {
	case from != 0 && to != 0:
		// To an integer type only if the value survives the trip (no
		// overflow, no fraction dropped); floats may round.
		w := v.Convert(typ)
		if to == numInt && !w.Convert(vt).Equal(v) {
			return reflect.Value{}, &DeliveryError{Got: vt, Want: typ, Detail: fmt.Sprintf("%v does not fit", v)}
		}
		return w, nil
	case from != 0 || to != 0:
		// int to string makes a rune, not a decimal: refuse it.
		return reflect.Value{}, &DeliveryError{Got: vt, Want: typ}
	}
	return v.Convert(typ), nil
}

const (
	numInt = 1 + iota
	numFloat
	numComplex
)

func numClass(k reflect.Kind) int {
	switch {
	case k >= reflect.Int && k <= reflect.Uintptr:
		return numInt
	case k == reflect.Float32 || k == reflect.Float64:
		return numFloat
	case k == reflect.Complex64 || k == reflect.Complex128:
		return numComplex
	}
	return 0
}
