package main

import "fmt"

type Temp float64

type Pair struct {
	Key   string
	Value int
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

func main() {
	p := Pair{"a", 1}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("%f|%.2f|%8.3f|%e|%g|%G\n", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012, 1e21)
	fmt.Printf("%s|%q|%10s|%-10s|%x\n", "go", "go", "go", "go", "go")
	fmt.Printf("%t|%v|%p\n", true, nil, nil)
	fmt.Printf("%v|%d|%s\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%v|%+v\n", map[string]int{"b": 2, "a": 1}, map[int]Pair{2: {"x", 9}})
	fmt.Printf("%v|%.1f|%T\n", Temp(36.6), Temp(36.6), Temp(1))
	fmt.Printf("%#v\n", Secret("hunter2"))
	var ip *int
	fmt.Printf("%v|%d%%\n", ip, 50)
	fmt.Printf("%6.2f%%|%+d|% d\n", 12.345, 5, 5)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprintln("x", 3))
}
