package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	ID    int
	Inner *Item
	Kids  []Item `json:"kids,omitempty"`
}

type Wrap struct {
	Data  Item
	PData *Item
	List  []Item
	ByKey map[string]*Item
}

type Node struct {
	Val      int     `json:"val"`
	Children []*Node `json:"children"`
}

type Tree struct {
	Root Node `json:"root"`
	Name string
}

func main() {
	var w Wrap
	err := json.Unmarshal([]byte(`{"Data":{"ID":1,"Inner":{"ID":10,"Inner":{"ID":100}}},"PData":{"ID":2,"Inner":{"ID":20}},"List":[{"ID":3,"Inner":{"ID":30},"kids":[{"ID":31}]}],"ByKey":{"k":{"ID":4,"Inner":{"ID":40}}}}`), &w)
	fmt.Println(err, w.Data.ID, w.Data.Inner, w.Data.Inner.Inner)
	fmt.Println(w.PData.ID, w.PData.Inner, w.List[0].Inner, w.List[0].Kids, w.ByKey["k"].Inner)
	b, _ := json.Marshal(w)
	fmt.Println(string(b))
	var t Tree
	err = json.Unmarshal([]byte(`{"root":{"val":1,"children":[{"val":2,"children":[{"val":3}]},{"val":4}]},"Name":"t"}`), &t)
	fmt.Println(err, t.Root.Val, len(t.Root.Children), t.Root.Children[0].Children[0].Val, t.Name)
	out, _ := json.MarshalIndent(t, "", " ")
	fmt.Println(string(out))
}
