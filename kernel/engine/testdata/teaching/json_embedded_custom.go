package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Base struct {
	ID      int       `json:"id"`
	Created time.Time `json:"created"`
}

type Tag struct {
	Name string `json:"name"`
}

type Status int

const (
	Active Status = iota + 1
	Closed
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[Status]string{Active: "active", Closed: "closed"}[s])
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "closed":
		*s = Closed
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

type Item struct {
	Base
	Title  string  `json:"title"`
	Price  float64 `json:"price,omitempty"`
	Count  int     `json:"count,string"`
	Secret string  `json:"-"`
	hidden int
	Tags   []Tag              `json:"tags"`
	Owner  *Tag               `json:"owner,omitempty"`
	Meta   map[string]any     `json:"meta,omitempty"`
	Status Status             `json:"status"`
	Extra  json.RawMessage    `json:"extra,omitempty"`
	Scores map[string]int     `json:"scores"`
	Anon   struct{ X, Y int } `json:"anon"`
}

func main() {
	it := Item{
		Base:   Base{ID: 7, Created: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)},
		Title:  "Lamp",
		Count:  3,
		Secret: "x",
		hidden: 4,
		Tags:   []Tag{{"home"}, {"light"}},
		Status: Active,
		Extra:  json.RawMessage(`{"a":[1,2]}`),
		Scores: map[string]int{"b": 2, "a": 1},
	}
	it.Anon.X = 5
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(it.Tags, "", "  ")
	fmt.Println(string(b))
	var back Item
	err = json.Unmarshal([]byte(`{"id":9,"title":"Desk","count":"12","tags":[{"name":"wood"}],"owner":{"name":"ann"},"status":"closed","meta":{"k":1.5,"l":[true,null]},"anon":{"X":1,"Y":2}}`), &back)
	fmt.Println(err)
	fmt.Printf("%+v\n", back.Base)
	fmt.Println(back.ID, back.Title, back.Count, back.Tags, back.Owner.Name, back.Status, back.Meta["k"], back.Meta["l"], back.Anon)
	err = json.Unmarshal([]byte(`{"status":"weird"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":"x"}`), &back)
	fmt.Println(err)
	var cart struct {
		Items []Item `json:"items"`
		Owner Tag
	}
	fmt.Println(json.Unmarshal([]byte(`{"items":[{"title":"t"},{"id":"x"}]}`), &cart))
	fmt.Println(json.Unmarshal([]byte(`{"Owner":{"name":5}}`), &cart))
	var anyv any
	json.Unmarshal([]byte(`[1,"a",{"b":null}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
	dec := json.NewDecoder(strings.NewReader(`{"name":"a"} {"name":"b"} [{"name":"c"}]`))
	for dec.More() {
		var t Tag
		if err := dec.Decode(&t); err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Println(t)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	_ = enc
	var items []Item
	json.Unmarshal([]byte(`[{"title":"a","count":"1"},{"title":"b","count":"2"}]`), &items)
	fmt.Println(len(items), items[1].Title, items[1].Count)
	fmt.Println(json.Valid([]byte(`{}`)), json.Valid([]byte(`{`)))
	m := map[string]Tag{"z": {"last"}, "a": {"first"}}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	var ptrs []*Tag
	json.Unmarshal([]byte(`[{"name":"p"},null]`), &ptrs)
	fmt.Println(len(ptrs), ptrs[0].Name, ptrs[1] == nil)
}
