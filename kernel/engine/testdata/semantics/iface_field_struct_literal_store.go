package main

// A struct literal stored into a field, an element or a map entry whose
// type is an interface the program declares.

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return d.Name + " says woof" }

type Cat struct {
	Name  string
	Lives int
}

func (c Cat) Sound() string { return fmt.Sprintf("%s (%d lives) says meow", c.Name, c.Lives) }

type Zoo struct {
	Name string
	Star Animal
	Pens []Animal
}

func main() {
	var z Zoo
	z.Star = Dog{"rex"}
	fmt.Println(z.Star.Sound())
	z = Zoo{Name: "city", Star: Dog{"fido"}, Pens: make([]Animal, 2)}
	z.Star = Cat{"tom", 9}
	z.Pens[0] = Dog{"spot"}
	z.Pens[1] = Cat{Name: "kit", Lives: 3}
	for i, a := range z.Pens {
		fmt.Println(i, a.Sound())
	}
	byName := map[string]Animal{}
	byName["rex"] = Dog{"rex"}
	byName["tom"] = Cat{"tom", 1}
	fmt.Println(byName["rex"].Sound(), "|", byName["tom"].Sound(), len(byName))
	p := &z
	p.Star = Dog{"max"}
	if d, ok := z.Star.(Dog); ok {
		fmt.Printf("%T %+v %s\n", d, d, z.Star.Sound())
	}
	fmt.Printf("%v\n", z)
}
