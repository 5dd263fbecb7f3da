// Untyped constants take the type of the place they go to: a case of a
// switch on a float64 or a float32, an argument of a deferred call, a
// key to delete, a variable declared before and assigned again with :=,
// and uint64 values no int64 holds, sent, stored, returned and deferred.
package main

import "fmt"

type Celsius float64

func grade(score float64) string {
	switch score {
	case 100:
		return "perfect"
	case 0:
		return "zero"
	}
	return fmt.Sprintf("%.1f", score)
}

func area(r float64) { fmt.Printf("area %.2f\n", 3.14*r*r) }

func setTemp(c Celsius) { fmt.Printf("temp %.1f %T\n", float64(c), c) }

func offset() uint64 { return 14695981039346656037 }

func show(label string, v uint64) { fmt.Println(label, v) }

func main() {
	for _, s := range []float64{100, 100.9, 0, 0.5} {
		fmt.Println(s, grade(s))
	}
	var f float32 = 0.1
	switch f * 2 {
	case 0.2:
		fmt.Println("float32 0.2")
	default:
		fmt.Println("missed")
	}

	defer area(2)
	defer setTemp(21)
	defer show("deferred", 1<<63)

	prices := map[float64]string{3: "three", 4.5: "four and a half"}
	delete(prices, 3)
	fmt.Println(len(prices), prices[4.5])

	var x float64
	x, y := 3, "s"
	fmt.Println(x/2, y)

	ch := make(chan uint64, 1)
	ch <- 18446744073709551615
	fmt.Println(<-ch)
	hashes := make([]uint64, 2)
	hashes[0] = 1 << 63
	hashes[1] = offset()
	fmt.Println(hashes)
	var a, b uint64
	a, b = 1<<63, 2
	fmt.Println(a+b, offset()%1000)
}
