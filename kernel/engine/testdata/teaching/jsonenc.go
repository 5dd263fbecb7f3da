package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Email   string   `json:"-"`
	Tags    []string `json:"tags"`
	Address *Address `json:"address,omitempty"`
}

func main() {
	u := User{Name: "Ann", Age: 30, Email: "a@x", Tags: []string{"go", "ml"}, Address: &Address{City: "Oslo"}}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	pretty, _ := json.MarshalIndent(map[string]int{"b": 2, "a": 1}, "", "  ")
	fmt.Println(string(pretty))
	var back User
	err = json.Unmarshal([]byte(`{"name":"Bo","age":41,"tags":["x"],"extra":true}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	var anyv map[string]any
	json.Unmarshal([]byte(`{"n": 1.5, "list": [1, "two"], "ok": true}`), &anyv)
	fmt.Println(anyv["n"], anyv["list"], anyv["ok"])
	dec := json.NewDecoder(strings.NewReader(`{"city":"Rome"} {"city":"Lima","zip":"15"}`))
	for {
		var a Address
		if err := dec.Decode(&a); err != nil {
			break
		}
		fmt.Println(a.City, a.Zip)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode([]int{1, 2, 3})
	err = json.Unmarshal([]byte(`{"age": "old"}`), &back)
	fmt.Println(err)
}
