// Slices, arrays and maps of declared types held in interfaces keep
// their types: %T, printing, assertions, type switches, JSON, reflect;
// arrays of them still equal, key and match the arrays they equal.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Suit int

const (
	Hearts Suit = iota
	Spades
)

func (s Suit) String() string { return [...]string{"♥", "♠"}[s] }

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(fmt.Sprintf("L%d", int(l))) }

func describe(i any) { fmt.Printf("(%v, %T)\n", i, i) }

func kind(x any) string {
	switch v := x.(type) {
	case []float64:
		return fmt.Sprint("floats ", v)
	case []Celsius:
		return fmt.Sprint("celsius ", v, " ", len(v))
	case map[string]Suit:
		return fmt.Sprint("suits ", v["a"])
	case [2]Suit:
		return fmt.Sprint("pair ", v[1])
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	temps := []Celsius{20, 30}
	describe(temps)
	describe(map[string]Celsius{"a": 1})
	describe([]Suit{Hearts, Spades})
	describe([]float64{1})
	describe([2]Suit{Spades, Hearts})
	var x any = temps
	fmt.Println(kind(x), kind([]float64{2}), kind(map[string]Suit{"a": Spades}), kind([2]Suit{}), kind(nil))
	back := x.([]Celsius)
	back[0] = 25
	fmt.Println(temps, back)
	_, ok := x.([]float64)
	fmt.Println(ok)
	if f, ok := x.([]Celsius); ok {
		fmt.Println("ok", f)
	}
	items := []any{temps, Celsius(5), []Suit{Spades}}
	for _, it := range items {
		fmt.Printf("%v %T|", it, it)
	}
	fmt.Println()
	fmt.Printf("%#v\n", items)
	m := map[string]any{"t": temps}
	fmt.Println(m)
	b, err := json.Marshal(map[string]any{"levels": []Level{1, 2}})
	fmt.Println(string(b), err)
	sort.Slice(temps, func(i, j int) bool { return temps[i] > temps[j] })
	fmt.Println(temps, slices.Max(temps))
	fmt.Println(reflect.TypeOf(x), reflect.ValueOf(x).Len(), reflect.TypeOf(x).Kind())
	fmt.Println(reflect.DeepEqual(x, any(temps)))
	var sb strings.Builder
	fmt.Fprint(&sb, x)
	fmt.Println(sb.String(), fmt.Sprint(x), fmt.Sprintf("%v|%s", x, x))
	fmt.Println(errors.New(fmt.Sprint(x)))
	arr := [2]Suit{Hearts, Hearts}
	var y any = arr
	arr[0] = Spades
	fmt.Println(y, arr, y == any([2]Suit{Hearts, Hearts}), y == [2]Suit{Hearts, Hearts}, [2]Suit{} != y, y == any([2]int{}))
	keys := map[any]int{[2]Suit{Spades, Spades}: 1, arr: 2}
	keys[[2]Suit{Spades, Spades}]++
	keys[[2]int{1, 1}] = 7
	delete(keys, [2]Suit{Hearts, Hearts})
	delete(keys, arr)
	fmt.Println(len(keys), keys[[2]Suit{Spades, Spades}], keys[[2]int{1, 1}])
	for k, v := range keys {
		if _, ok := k.([2]Suit); ok {
			fmt.Printf("%v %T %d\n", k, k, v)
		}
	}
	board := [2][3]Suit{{Spades}, {Hearts, Spades}}
	rows := []any{board[0], board[1][1:], board}
	fmt.Println(rows...)
	fmt.Printf("%v %T\n", rows[0], rows[0])
	switch y {
	case [2]Suit{Hearts, Hearts}:
		fmt.Println("all hearts")
	}
	z := x.([]float64)
	fmt.Println(z)
}

func init() {
	var x any = []Suit{Spades}
	t := reflect.TypeOf(x)
	fmt.Printf("%q %q %v\n", t.Name(), t.PkgPath(), t)
	b, _ := json.Marshal(x)
	fmt.Println(string(b))
	fmt.Println(reflect.DeepEqual([]Suit{1}, []int{1}), reflect.DeepEqual([]Suit{1}, []Suit{1}), reflect.DeepEqual(map[string]Suit{"a": 1}, map[string]int{"a": 1}))
	var lv any = [][]Level{{3}}
	b, _ = json.Marshal(lv)
	fmt.Println(string(b))
}
