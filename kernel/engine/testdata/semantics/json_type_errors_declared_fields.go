package main

// JSON type errors for fields of declared non-struct types name the
// declared type, as Go does (main.Status, not int), and the struct
// field; the other fields are decoded.

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Status int

type Tag string

type Doc struct {
	Title  string   `json:"title"`
	State  Status   `json:"state"`
	Tags   []Tag    `json:"tags"`
	Scores []Status `json:"scores"`
	Owner  *Status  `json:"owner"`
}

func main() {
	inputs := []string{
		`{"title":"a","state":"open"}`,
		`{"title":"b","tags":["x",2]}`,
		`{"title":"c","scores":[1,"two"]}`,
		`{"title":"d","owner":"me"}`,
		`{"title":"e","state":2,"tags":["ok"]}`,
	}
	for _, in := range inputs {
		var d Doc
		err := json.Unmarshal([]byte(in), &d)
		var te *json.UnmarshalTypeError
		fmt.Println(err, errors.As(err, &te), d.Title, d.State, d.Tags)
	}
	// A struct literal's type has no name to give.
	var anon struct {
		N Status
		M struct{ T Tag }
	}
	fmt.Println(json.Unmarshal([]byte(`{"N":"x"}`), &anon))
	fmt.Println(json.Unmarshal([]byte(`{"M":{"T":3}}`), &anon))
}
