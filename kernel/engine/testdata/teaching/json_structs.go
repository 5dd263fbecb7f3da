package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	password string
}

func main() {
	u := User{ID: 1, Name: "Ann", Tags: []string{"admin"}, Address: &Address{Street: "Main"}, password: "x"}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil}, "", "  ")
	fmt.Println(string(b))
	var back User
	err = json.Unmarshal([]byte(`{"id":7,"name":"Bo","tags":["a","b"],"meta":{"k":"v"},"extra":true}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	var anyv any
	json.Unmarshal([]byte(`{"n":1.5,"list":[true,null,"s"],"obj":{"x":1}}`), &anyv)
	fmt.Printf("%v\n", anyv)
	m := anyv.(map[string]any)
	fmt.Printf("%T %T %T\n", m["n"], m["list"], m["obj"])
	dec := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2} {"id":3}`))
	for {
		var x User
		if err := dec.Decode(&x); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Print(x.ID, " ")
	}
	var bad User
	err = json.Unmarshal([]byte(`{"id":"seven"}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":`), &bad)
	fmt.Println(err)
}
