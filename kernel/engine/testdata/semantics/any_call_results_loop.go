package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

func id(c Celsius) Celsius { return c }

type Level int

func lvl(i int) Level { return Level(i) }

func main() {
	var all []any
	var ls []any
	for i := 0; i < 3; i++ {
		all = append(all, id(Celsius(i)))
		ls = append(ls, lvl(i))
	}
	fmt.Println(all[0].(Celsius) == 0, float64(all[0].(Celsius)), ls[0].(Level))
	sum := 0
	for _, l := range ls {
		sum += int(l.(Level))
	}
	fmt.Println(sum)
}
