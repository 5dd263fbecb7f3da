package main

import "fmt"

type reader interface {
	read(b []byte) (int, error)
}

type file struct {
	name string
}

func (file) read(b []byte) (int, error) {
	s := "<rss><channel><title>Going Go</title></channel></rss>"
	copy(b, s)
	return len(s), nil
}

type pipe struct {
	name string
}

func (pipe) read(b []byte) (int, error) {
	s := `{name: "bill", title: "developer"}`
	copy(b, s)
	return len(s), nil
}

func retrieve(r reader) error {
	data := make([]byte, 100)
	len, err := r.read(data)
	if err != nil {
		return err
	}
	fmt.Println(string(data[:len]))
	return nil
}

type notifier interface {
	notify()
}

type user struct {
	name  string
	email string
}

func (u *user) notify() {
	fmt.Printf("Sending User Email To %s<%s>\n", u.name, u.email)
}

func sendNotification(n notifier) {
	n.notify()
}

type printer interface {
	print()
}

type canon struct{ name string }

func (c canon) print() { fmt.Printf("Printer Name: %s\n", c.name) }

type epson struct{ name string }

func (e *epson) print() { fmt.Printf("Printer Name: %s\n", e.name) }

func main() {
	f := file{"data.json"}
	p := pipe{"cfg_service"}
	retrieve(f)
	retrieve(p)

	u := user{"Bill", "bill@email.com"}
	sendNotification(&u)

	c := canon{"PIXMA TR4520"}
	e := epson{"WorkForce Pro WF-3720"}
	printers := []printer{c, &e}
	c.name = "PROGRAF PRO-1000"
	e.name = "Home XP-4100"
	for _, p := range printers {
		p.print()
	}

	var n notifier = &u
	if v, ok := n.(*user); ok {
		fmt.Printf("%T %v\n", v, v.name)
	}
	fmt.Printf("%T %v\n", printers[0], printers[0])
	fmt.Printf("%T %+v\n", printers[1], printers[1])
}
