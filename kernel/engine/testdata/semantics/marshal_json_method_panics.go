// A MarshalJSON method panics: encoding/json recovers the panic and
// raises it again, which Go names "[recovered, repanicked]".
package main

import (
	"encoding/json"
	"fmt"
)

type Level int

var names = []string{"low", "high"}

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(names[l])
}

type Alert struct {
	Msg   string
	Level Level
}

func main() {
	out, err := json.Marshal(Alert{"disk", 1})
	fmt.Println(string(out), err)
	out, err = json.Marshal(Alert{"cpu", 2})
	fmt.Println(string(out), err)
}
