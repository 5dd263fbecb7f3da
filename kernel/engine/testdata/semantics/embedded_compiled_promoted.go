package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Structs embedding compiled types print, and are marshalled, with the
// methods those types promote (a well-known surprise: an Event embedding
// time.Time prints as the time alone).

type Event struct {
	time.Time
	Name string
}

type Timeout struct {
	time.Duration
	name string
}

type Doc struct {
	*bytes.Buffer
	Title string
}

type Plain struct {
	When time.Time
	Name string
}

// Named hides the promoted String with its own.
type Named struct {
	time.Duration
	Label string
}

func (n Named) String() string { return n.Label + "=" + n.Duration.String() }

func main() {
	t := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	e := Event{t, "launch"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%+v\n", e, e, e)
	fmt.Println(e.Name, e.Year(), e.Format("2006-01-02"))
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	p := Plain{t, "launch"}
	fmt.Println(p)
	b, _ = json.Marshal(p)
	fmt.Println(string(b))
	d := Timeout{1500 * time.Millisecond, "x"}
	fmt.Println(d, d.Seconds(), d.name)
	doc := &Doc{bytes.NewBufferString("hello"), "t"}
	doc.WriteString(" world")
	fmt.Println(doc)
	fmt.Printf("%s|%v\n", doc, doc.Len())
	fmt.Println([]Event{e}, []Timeout{d})
	fmt.Println(Named{2 * time.Second, "wait"})
}
