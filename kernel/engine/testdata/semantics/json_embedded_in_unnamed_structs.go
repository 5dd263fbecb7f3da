// encoding/json promotes the fields of a struct embedded in a struct
// literal's type or in a struct type a func declares, as Go's does.
package main

import (
	"encoding/json"
	"fmt"
)

type Event struct {
	Name string `json:"name"`
	At   int    `json:"at"`
}

type Meta struct {
	Source string `json:"source,omitempty"`
}

func main() {
	b, err := json.Marshal(struct {
		Event
		Dur string `json:"dur"`
	}{Event{"launch", 10}, "1m"})
	fmt.Println(string(b), err)

	type response struct {
		Event
		Meta
		Status int `json:"status"`
	}
	r := response{Event{"deploy", 12}, Meta{"ci"}, 200}
	b, err = json.Marshal(r)
	fmt.Println(string(b), err)

	var back response
	err = json.Unmarshal([]byte(`{"name":"rollback","at":3,"source":"ops","status":500}`), &back)
	fmt.Println(err, back.Name, back.At, back.Source, back.Status)
	fmt.Printf("%+v\n", back.Event)

	out, _ := json.MarshalIndent(struct {
		Meta
		Count int `json:"count"`
	}{Meta{"api"}, 2}, "", " ")
	fmt.Println(string(out))
}
