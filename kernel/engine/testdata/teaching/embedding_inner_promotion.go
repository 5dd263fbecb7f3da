package main

import "fmt"

type user struct {
	name  string
	email string
}

func (u *user) notify() {
	fmt.Printf("Sending user email To %s<%s>\n", u.name, u.email)
}

type admin struct {
	user
	level string
}

func (a *admin) notify() {
	fmt.Printf("Sending admin email To %s<%s>\n", a.name, a.email)
}

type notifier interface {
	notify()
}

func sendNotification(n notifier) {
	n.notify()
}

type manager struct {
	*user
	reports []string
}

func main() {
	ad := admin{
		user: user{
			name:  "john smith",
			email: "john@yahoo.com",
		},
		level: "super",
	}
	sendNotification(&ad)
	ad.user.notify()
	ad.notify()
	fmt.Printf("%+v\n", ad)

	m := manager{user: &user{"ann", "ann@x.org"}, reports: []string{"a", "b"}}
	sendNotification(m)
	m.notify()
	fmt.Println(m.name, len(m.reports))
}
