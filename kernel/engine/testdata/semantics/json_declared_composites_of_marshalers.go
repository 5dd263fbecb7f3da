// JSON of declared slice, array and map types whose elements or keys
// have JSON or text methods (type Levels []Level), in both directions,
// and omitempty on fields of types with such methods: encoding/json
// calls the elements' methods, and omits an empty field by its kind.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

var levelNames = []string{"low", "mid", "high"}

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(levelNames[l]) }

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if n == s {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Levels []Level

type Grid [2]Level

type UserID int

func (u UserID) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("u%d", int(u))), nil }

func (u *UserID) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "u%d", (*int)(u))
	return err
}

type Perms map[UserID]string

type Code string

func (c Code) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(c))), nil }

type Codes []Code

type Cents int

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, int(c)/100, int(c)%100)), nil
}

type Timeout time.Duration

func (t Timeout) MarshalText() ([]byte, error) { return []byte(time.Duration(t).String()), nil }

type Tags []string

func (t Tags) MarshalJSON() ([]byte, error) { return json.Marshal(strings.Join(t, ";")) }

type Report struct {
	Levels Levels           `json:"levels"`
	Grid   Grid             `json:"grid"`
	Perms  Perms            `json:"perms"`
	Codes  Codes            `json:"codes,omitempty"`
	Price  Cents            `json:"price,omitempty"`
	Wait   Timeout          `json:"wait,omitempty"`
	Tags   Tags             `json:"tags,omitempty"`
	Nested []Levels         `json:"nested,omitempty"`
	ByName map[string]Cents `json:"by_name,omitempty"`
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(Levels{0, 2})
	show(Grid{1, 2})
	show(Perms{7: "admin"})
	show(Codes{"ok", "no"})
	show(Report{})
	show(Report{
		Levels: Levels{2}, Grid: Grid{0, 1}, Perms: Perms{1: "r"}, Codes: Codes{"x"},
		Price: 1999, Wait: Timeout(1500 * time.Millisecond), Tags: Tags{"a", "b"},
		Nested: []Levels{{0}, {1, 2}}, ByName: map[string]Cents{"tea": 250},
	})

	var ls Levels
	fmt.Println(json.Unmarshal([]byte(`["high","low"]`), &ls), ls)
	var g Grid
	fmt.Println(json.Unmarshal([]byte(`["mid","high"]`), &g), g)
	var p Perms
	fmt.Println(json.Unmarshal([]byte(`{"u5":"own","u6":"read"}`), &p), p[5], p[6])
	var r Report
	err := json.Unmarshal([]byte(`{"levels":["mid"],"perms":{"u2":"w"},"nested":[["low","high"]]}`), &r)
	fmt.Println(err, r.Levels, r.Perms[2], r.Nested)
	fmt.Println(json.Unmarshal([]byte(`["huge"]`), &ls), ls)
}
