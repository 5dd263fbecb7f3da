// A nil pointer to a declared non-struct type, held in an interface:
// fmt calls its pointer methods with a nil receiver (String, Error) and
// prints <nil> for a type whose methods take a value.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c *Celsius) String() string {
	if c == nil {
		return "no reading"
	}
	return fmt.Sprintf("%.1f°C", float64(*c))
}

type Code int

func (c *Code) Error() string {
	if c == nil {
		return "code: none"
	}
	return fmt.Sprintf("code %d", int(*c))
}

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Reading struct {
	Name  string
	Value fmt.Stringer
}

func sensor(ok bool) *Celsius {
	if !ok {
		return nil
	}
	c := Celsius(21.5)
	return &c
}

func main() {
	var p *Celsius
	var x any = p
	fmt.Println(x)
	fmt.Printf("%v|%s|%+v|%T\n", x, x, x, x)
	fmt.Println([]any{sensor(true), sensor(false)})
	fmt.Println([]fmt.Stringer{sensor(false), sensor(true)})

	r := Reading{"kitchen", sensor(false)}
	fmt.Printf("%v %+v\n", r, r)
	m := map[string]any{"hall": sensor(false)}
	fmt.Println(m)

	var c *Code
	var err error = c
	fmt.Println(err == nil, err)
	fmt.Printf("%v|%q\n", err, err)
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, err))

	var l *Level
	var y any = l
	fmt.Println(y, y == nil)
	fmt.Printf("%v %d\n", y, y)
}
