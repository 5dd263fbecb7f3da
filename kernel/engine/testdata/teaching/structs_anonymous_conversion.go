package main

import "fmt"

type example struct {
	flag    bool
	counter int16
	pi      float32
}

type bill struct {
	flag    bool
	counter int16
	pi      float32
}

type alice struct {
	flag    bool
	counter int16
	pi      float32
}

func main() {
	var e1 example
	fmt.Printf("%+v\n", e1)

	e2 := example{
		flag:    true,
		counter: 10,
		pi:      3.141592,
	}
	fmt.Println("Flag", e2.flag)
	fmt.Println("Counter", e2.counter)
	fmt.Println("Pi", e2.pi)

	e3 := struct {
		flag    bool
		counter int16
		pi      float32
	}{
		flag:    true,
		counter: 10,
		pi:      3.141592,
	}
	fmt.Println("Flag", e3.flag)
	fmt.Printf("%+v %T\n", e3, e3)

	var a bill
	var b alice
	a = bill(b)
	fmt.Println(a, b)

	var e example
	e = e3
	fmt.Printf("%+v %T\n", e, e)
	a = bill(e)
	fmt.Printf("%#v\n", a)
	fmt.Println(e == example(a))
}
