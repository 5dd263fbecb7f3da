package main

// An error of an UnmarshalJSON or UnmarshalText method ends decoding, as
// in encoding/json: values after it are left as they were, a slice ends
// at the element that failed, and a type error from inside the method
// names the struct field it was decoding.

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

type Color string

func (c *Color) UnmarshalText(b []byte) error {
	if len(b) == 0 || b[0] != '#' {
		return errors.New("color must start with #")
	}
	*c = Color(b)
	return nil
}

type Task struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
	Color Color  `json:"color"`
	Done  bool   `json:"done"`
}

func main() {
	var t Task
	err := json.Unmarshal([]byte(`{"name":"a","level":"high","color":"#fff","done":true}`), &t)
	fmt.Printf("%+v %v\n", t, err)

	t = Task{}
	err = json.Unmarshal([]byte(`{"name":"b","level":"urgent","color":"#000","done":true}`), &t)
	fmt.Printf("%+v %v\n", t, err)

	t = Task{}
	err = json.Unmarshal([]byte(`{"name":"c","level":3,"done":true}`), &t)
	fmt.Printf("%+v %v\n", t, err)
	var te *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &te), te != nil && te.Field == "level")

	t = Task{}
	err = json.Unmarshal([]byte(`{"name":"d","level":"low","color":"red","done":true}`), &t)
	fmt.Printf("%+v %v\n", t, err)

	var levels []Level
	err = json.Unmarshal([]byte(`["low","high","mid","low"]`), &levels)
	fmt.Println(levels, err)
}
