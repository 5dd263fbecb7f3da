// A type switch with a case of a program type, a case of fmt.Stringer
// and a nil case, given nil.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func kind(v any) string {
	switch x := v.(type) {
	case Celsius:
		return fmt.Sprintf("temp %v", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(kind(Celsius(1)), kind(nil), kind(3))
}
