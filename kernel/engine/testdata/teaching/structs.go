package main

import "fmt"

type Vertex struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	tags []string
}

func NewPerson(name string, age int) *Person {
	return &Person{Name: name, Age: age}
}

func (p *Person) Birthday() { p.Age++ }

func (p Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

func main() {
	v := Vertex{1, 2}
	v.X = 4
	p := &v
	p.Y = 1e3
	fmt.Println(v, *p)
	v2 := Vertex{X: 1}
	fmt.Printf("%+v %v\n", v2, Vertex{})
	ann := NewPerson("Ann", 30)
	ann.Birthday()
	fmt.Println(ann, *ann)
	people := []Person{{"Bob", 25, nil}, {"Cy", 41, []string{"x"}}}
	for _, q := range people {
		fmt.Println(q.Name, q.Age, len(q.tags))
	}
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v\n", anon, anon)
}
