package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (r Rect) Name() string          { return "rect" }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

type Employee struct {
	Name   string   `json:"name"`
	Age    int      `json:"age,omitempty"`
	Skills []string `json:"skills"`
	Boss   string   `json:"boss,omitempty"`
	salary int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Grid [2][3]int

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if n, ok := s.(Named); ok {
			fmt.Printf("%s %.2f %.2f\n", n.Name(), s.Area(), s.Perimeter())
		}
	}
	fmt.Printf("%.3f\n", total)
	fmt.Printf("%v %+v %T\n", shapes[0], shapes[0], shapes[1])
	e := Employee{"Bob", 30, []string{"py", "go"}, "Ann", 100}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	var back Employee
	err = json.Unmarshal([]byte(`{"name":"Cy","skills":["x"],"age":5}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	pretty, _ := json.MarshalIndent(map[string]any{"b": 1, "a": []int{1, 2}}, "", "  ")
	fmt.Println(string(pretty))
	var anyv map[string]any
	json.Unmarshal([]byte(`{"n": 1.5, "s": "t", "l": [1, "x"]}`), &anyv)
	fmt.Println(anyv["n"], anyv["s"], anyv["l"])
	temps := []Temp{21.5, 19}
	fmt.Println(temps, temps[0])
	fmt.Printf("%v %s %d\n", temps[1], temps[1], []int{1})
	m := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(m)
	var g Grid
	g[1][2] = 5
	fmt.Println(g, len(g), len(g[0]))
	n, err := strconv.Atoi("42x")
	fmt.Println(n, err)
	f, _ := strconv.ParseFloat("3.25", 64)
	bv, _ := strconv.ParseBool("true")
	fmt.Println(f, bv, strconv.Itoa(99)+"!", strconv.Quote("a\"b"), strconv.FormatInt(255, 2))
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d:%q ", lines, sc.Text())
	}
	fmt.Println()
	ws := bufio.NewScanner(strings.NewReader("the quick  brown fox"))
	ws.Split(bufio.ScanWords)
	count := 0
	for ws.Scan() {
		count++
	}
	fmt.Println("words", count)
	var out strings.Builder
	w := bufio.NewWriter(&out)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.Flush()
	fmt.Print(out.String())
	freq := map[rune]int{}
	for _, r := range "Hello, World" {
		if unicode.IsLetter(r) {
			freq[unicode.ToLower(r)]++
		}
	}
	fmt.Println(freq['l'], freq['o'], len(freq))
	fields := strings.FieldsFunc("a,b;c", func(r rune) bool { return r == ',' || r == ';' })
	fmt.Println(fields, strings.Title("x"), strings.Fields(" a  b "), strings.Split("a,b,", ","))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, "a1b2c3"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.MaxInt64, math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(7/2, 7.0/2, float64(7)/2, 1<<10, 0x1F, 0o17, 0b101, 1_000_000)
	var x uint8 = 200
	x += 100
	fmt.Println(x, ^0, -5>>1, 5&^3)
	defer fmt.Println("deferred 1")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		var arr []int
		_ = arr[5]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var mp map[string]int
		mp["a"] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *Rect
		fmt.Println(p.W)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(fmt.Sprintf("custom %d", 42))
	}()
}
