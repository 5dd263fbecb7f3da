package main

import "fmt"

// SMS implements Name only through its pointer.
type SMS struct{ num string }

func (s *SMS) Name() string { return "sms " + s.num }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f degrees", float64(*t)) }

func kind(v any) string {
	switch x := v.(type) {
	case interface{ Name() string }:
		return "named: " + x.Name()
	case fmt.Stringer:
		return "stringer: " + x.String()
	default:
		return fmt.Sprintf("plain %T", x)
	}
}

func mustName(v any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return v.(interface{ Name() string }).Name()
}

func main() {
	t := Temp(21.5)
	for _, v := range []any{SMS{"1"}, &SMS{"2"}, t, &t, 42} {
		fmt.Println(kind(v))
	}
	fmt.Println(mustName(&SMS{"3"}))
	fmt.Println(mustName(SMS{"4"}))
	var s fmt.Stringer
	_, ok := any(t).(fmt.Stringer)
	s, ok2 := any(&t).(fmt.Stringer)
	fmt.Println(ok, ok2, s)
}
