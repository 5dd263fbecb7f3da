package main

import "fmt"

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

type address struct {
	City, Country string
}

type employee struct {
	person
	Addr    address
	Manager *employee
	Tags    []string
}

func main() {
	fmt.Println(person{"Bob", 20})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40})
	fmt.Println(newPerson("Jon"))
	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age)
	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)
	boss := &employee{person: person{"Grace", 60}, Addr: address{"Paris", "FR"}}
	e := employee{person{"Ken", 33}, address{"Oslo", "NO"}, boss, []string{"go"}}
	fmt.Println(e.name, e.Addr.City, e.Manager.name)
	fmt.Printf("%v\n", e.Addr)
	fmt.Printf("%+v\n", e.Addr)
	fmt.Printf("%#v\n", e.Addr)
	fmt.Printf("%+v\n", e.person)
	fmt.Printf("%T %T\n", e, boss)
	e2 := e
	e2.Tags[0] = "rust"
	e2.Addr.City = "Rome"
	fmt.Println(e.Tags, e.Addr.City)
}
