package main

import (
	"encoding/json"
	"fmt"
	"time"
)

// A struct named as the compiled type it embeds gets that type's
// printing and marshalling methods, as any struct embedding it does.

type Duration struct{ time.Duration }

type Time struct{ time.Time }

type Named struct {
	Name string
	D    Duration
}

func main() {
	d := Duration{time.Second}
	fmt.Println(d)
	fmt.Printf("%v %s %+v %d\n", d, d, d, d)
	fmt.Println(d.String(), []Duration{d, {2 * time.Minute}})
	fmt.Println(Named{"a", d})
	fmt.Printf("%+v\n", Named{"a", d})
	var s fmt.Stringer = d
	fmt.Println(s)
	var a any = d
	fmt.Println(a)
	fmt.Println(fmt.Sprint(d), fmt.Sprintf("%v", &d))

	t := Time{time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	fmt.Println(t)
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	b, err = json.Marshal(Named{"b", d})
	fmt.Println(string(b), err)
}
