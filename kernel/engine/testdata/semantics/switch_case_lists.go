package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

var calls []string

func probe(name string, v int) int {
	calls = append(calls, name)
	return v
}

func classify(x int) string {
	switch {
	case x < 0, x > 100:
		return "out of range"
	case x%2 == 0, x%3 == 0:
		return "even or a multiple of three"
	default:
		return "other"
	}
}

type celsius float64

func (c *celsius) String() string { return fmt.Sprintf("%.1f°C", float64(*c)) }

type notFound struct{ name string }

func (e notFound) Error() string { return e.name + " not found" }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case notFound:
		return "a notFound for " + x.name
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case io.Reader:
		return fmt.Sprintf("reader %T", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func firstError(vs ...any) (i int) {
loop:
	for i = range vs {
		switch v := vs[i]; v.(type) {
		case error:
			break loop
		case string:
			continue
		}
	}
	return i
}

func main() {
	for _, x := range []int{-5, 4, 9, 7, 101} {
		fmt.Println(x, classify(x))
	}

	n := 3
	switch n {
	case probe("a", 1), probe("b", 3), probe("c", 3):
		fmt.Println("matched after", calls)
	}
	calls = nil
	switch {
	case probe("d", 0) == 1, probe("e", 2) == 2, probe("f", 3) == 3:
		fmt.Println("matched after", calls)
	}

	switch d := 90 * time.Minute; {
	case d < time.Minute, d > time.Hour:
		fmt.Println("not minutes:", d)
	}

	switch n {
	case 1, 2:
		fmt.Println("small")
	case probe("g", 0), probe("h", 3):
		fmt.Println("three")
		fallthrough
	case probe("i", 9):
		fmt.Println("fell through")
	}

	c := celsius(21.5)
	_, err := os.Open("/no/such/file")
	values := []any{nil, 7, int8(-1), int64(1 << 40), notFound{"key"}, errors.New("plain"),
		fmt.Errorf("wrapped: %w", notFound{"inner"}), err != nil, &c, time.Second,
		strings.NewReader("text"), 2.5}
	for _, v := range values {
		fmt.Println(kind(v))
	}
	fmt.Println(firstError("a", "b", 3, io.EOF, "c"))
}
