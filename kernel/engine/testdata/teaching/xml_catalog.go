// encoding/xml with the program's types: element names from the type
// names, attributes, nested paths, omitempty, unexported fields left
// out, an enum with MarshalText, slices at the top, an Encoder and a
// Decoder, and decoding back.
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Level int

const (
	Beginner Level = iota
	Expert
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"beginner", "expert"}[l]), nil
}

type Author struct {
	Name  string `xml:"name"`
	Email string `xml:"email,omitempty"`
}

type Book struct {
	ID      int      `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []Author `xml:"authors>author"`
	Level   Level    `xml:"level"`
	Tags    []string `xml:"tag"`
	Note    string   `xml:",comment"`
	price   float64
}

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Owner   string   `xml:"owner,attr"`
	Books   []Book   `xml:"book"`
}

func main() {
	b := Book{ID: 1, Title: "Go", Authors: []Author{{"Ann", "ann@x"}, {"Bob", ""}}, Level: Expert, Tags: []string{"lang", "dev"}, Note: " first ", price: 9.5}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)
	out, err = xml.Marshal(&Author{Name: "Cy"})
	fmt.Println(string(out), err)
	out, err = xml.Marshal([]Author{{"A", ""}, {"B", "b@x"}})
	fmt.Println(string(out), err)
	c := Catalog{Owner: "lib", Books: []Book{b, {ID: 2, Title: "C"}}}
	var sb strings.Builder
	enc := xml.NewEncoder(&sb)
	enc.Indent("", " ")
	if err := enc.Encode(c); err != nil {
		fmt.Println(err)
	}
	fmt.Println(sb.String())
	var back Book
	err = xml.Unmarshal([]byte(`<Book id="7"><title>Back</title><authors><author><name>Dee</name></author></authors><tag>x</tag><extra>ignored</extra></Book>`), &back)
	fmt.Printf("%+v %v\n", back, err)
	dec := xml.NewDecoder(strings.NewReader(`<catalog owner="o"><book id="3"><title>T</title></book><book id="4"></book></catalog>`))
	var cat Catalog
	fmt.Println(dec.Decode(&cat))
	fmt.Printf("%s %d %+v\n", cat.Owner, len(cat.Books), cat.Books[0])
}
