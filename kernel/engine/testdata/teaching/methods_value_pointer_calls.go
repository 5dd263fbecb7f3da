package main

import "fmt"

type data struct {
	name string
	age  int
}

func (d data) displayName() {
	fmt.Println("My Name Is", d.name)
}

func (d *data) setAge(age int) {
	d.age = age
	fmt.Println(d.name, "Is Age", d.age)
}

type user struct {
	name  string
	email string
}

func (u user) notify() {
	fmt.Printf("Sending User Email To %s<%s>\n", u.name, u.email)
}

func (u *user) changeEmail(email string) {
	u.email = email
}

type duration int

func (d *duration) notify() {
	fmt.Println("Sending Notification in", *d)
}

func main() {
	d := data{name: "Bill"}
	fmt.Println("Proper Calls to Methods:")
	d.displayName()
	d.setAge(45)

	fmt.Println("\nWhat the Compiler is Doing:")
	data.displayName(d)
	(*data).setAge(&d, 45)

	fmt.Println("\nCall Value Receiver Methods with Variable:")
	f1 := d.displayName
	f1()
	d.name = "Joan"
	f1()

	fmt.Println("\nCall Pointer Receiver Method with Variable:")
	f2 := d.setAge
	f2(45)
	d.name = "Sammy"
	f2(45)

	bill := user{"Bill", "bill@email.com"}
	bill.changeEmail("bill@hotmail.com")
	bill.notify()
	joan := &user{"Joan", "joan@email.com"}
	joan.changeEmail("joan@hotmail.com")
	joan.notify()

	users := []user{{"ed", "ed@email.com"}, {"erick", "erick@email.com"}}
	for _, u := range users {
		u.changeEmail("it@wontmatter.com")
	}
	for i := range users {
		users[i].notify()
	}

	duration(42).notifyValue()
	dd := duration(7)
	dd.notify()
	fe := (*duration).notify
	fe(&dd)
	fv := duration.notifyValue
	fv(3)
}

func (d duration) notifyValue() { fmt.Println("value", d) }
