package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Derived struct {
	Base
	Name string
}

func (d Derived) Describe() string { return "Derived(" + d.Name + ")" }

type Timestamps struct{ Created, Updated int }

func (t *Timestamps) Touch(now int) {
	if t.Created == 0 {
		t.Created = now
	}
	t.Updated = now
}

type Post struct {
	Timestamps
	Title string
}

func main() {
	d := Derived{Base{1, "base-name"}, "derived-name"}
	fmt.Println(d.Name, d.Base.Name)
	fmt.Println(d.Describe())
	fmt.Println(d.Hello())
	fmt.Printf("%v\n%+v\n", d, d)
	p := Post{Title: "go"}
	p.Touch(5)
	p.Touch(9)
	fmt.Printf("%+v\n", p)
	posts := []Post{{Title: "a"}, {Title: "b"}}
	for i := range posts {
		posts[i].Touch(i + 1)
	}
	fmt.Println(posts)
	for _, q := range posts {
		q.Touch(100)
	}
	fmt.Println(posts[0].Updated)
}
