// Custom JSON encodings: MarshalJSON on a value receiver and on a pointer
// receiver (encoding/json calls that one only where it can take the
// value's address), and what the error says when a MarshalJSON fails or
// writes something that is not JSON.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Status int

const (
	Active Status = iota
	Suspended
	Unknown
)

var ErrUnknownStatus = errors.New("unknown status")

func (s Status) MarshalJSON() ([]byte, error) {
	switch s {
	case Active:
		return []byte(`"active"`), nil
	case Suspended:
		return []byte(`suspended`), nil // forgot the quotes
	}
	return nil, ErrUnknownStatus
}

type Celsius float64

func (c *Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1f°C"`, float64(*c))), nil
}

type Account struct {
	Name   string
	Status Status
}

type Reading struct {
	Temp Celsius
}

func main() {
	b, err := json.Marshal(Account{"ann", Active})
	fmt.Println(string(b), err)

	_, err = json.Marshal(Account{"bob", Suspended})
	fmt.Println(err)

	_, err = json.Marshal([]Account{{"cy", Unknown}})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrUnknownStatus))
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))

	s := Unknown
	_, err = json.Marshal(&s)
	fmt.Println(err)

	// A pointer method: not called on a value passed by value...
	b, _ = json.Marshal(Reading{21.5})
	fmt.Println(string(b))
	// ...but called through a pointer and on slice elements.
	b, _ = json.Marshal(&Reading{21.5})
	fmt.Println(string(b))
	b, _ = json.Marshal([]Celsius{18, 19.25})
	fmt.Println(string(b))
}
