// Func values returned straight from a call: iterators of the standard
// library's generic funcs (iter.Seq, iter.Seq2) from funcs, methods and
// func literals, alone or among other results; passed as arguments and
// stored in fields; a method expression and a method's func result
// returned as they are.
package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func vals(s []string) iter.Seq[string] {
	return slices.Values(s)
}

func keys(m map[string]int) iter.Seq[string] {
	return maps.Keys(m)
}

func all(m map[string]int) iter.Seq2[string, int] {
	return maps.All(m)
}

func indexed(s []string) iter.Seq2[int, string] {
	return slices.All(s)
}

func backward(s []string) iter.Seq2[int, string] {
	return slices.Backward(s)
}

func fields(s string) iter.Seq[string] {
	return strings.FieldsSeq(s)
}

func withErr(s []string) (iter.Seq[string], error) {
	if len(s) == 0 {
		return nil, errors.New("empty")
	}
	return slices.Values(s), nil
}

func weighted(s []string) (float64, iter.Seq[string], error) {
	return 1.5, slices.Values(s), nil
}

func split(m map[string]int) (iter.Seq[string], iter.Seq[int]) {
	return maps.Keys(m), maps.Values(m)
}

func Vals[T any](s []T) iter.Seq[T] {
	return slices.Values(s)
}

func safe(s []string) (seq iter.Seq[string], err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if s == nil {
		panic("nil slice")
	}
	return slices.Values(s), nil
}

func firstNonEmpty(ss [][]string) iter.Seq[string] {
	for s := range slices.Values(ss) {
		if len(s) > 0 {
			return slices.Values(s)
		}
	}
	return nil
}

type holder struct {
	seq iter.Seq[string]
}

type source struct{ s []string }

func (x source) Values() iter.Seq[string] {
	return slices.Values(x.s)
}

func (x *source) All() iter.Seq2[int, string] {
	return slices.All(x.s)
}

type V struct{ X int }

func (v V) Add(d int) int { return v.X + d }

func (v V) Adder() func(int) int { return func(d int) int { return v.X + d } }

func addMethod() func(V, int) int { return V.Add }

func adder(v V) func(int) int { return v.Adder() }

func printSeq(seq iter.Seq[string]) {
	for v := range seq {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func main() {
	for v := range vals([]string{"a", "b"}) {
		fmt.Println(v)
	}
	fmt.Println(slices.Sorted(keys(map[string]int{"x": 1, "y": 2})))
	for k, v := range all(map[string]int{"k": 3}) {
		fmt.Println(k, v)
	}
	for i, v := range indexed([]string{"p", "q"}) {
		fmt.Println(i, v)
	}
	for i, v := range backward([]string{"p", "q"}) {
		fmt.Println(i, v)
	}
	fmt.Println(slices.Collect(fields(" f  g ")))

	seq, err := withErr([]string{"e", "f"})
	fmt.Println(slices.Collect(seq), err)
	_, err = withErr(nil)
	fmt.Println(err)
	w, seq, err := weighted([]string{"w"})
	fmt.Println(w, slices.Collect(seq), err)
	ks, vs := split(map[string]int{"k": 7})
	fmt.Println(slices.Collect(ks), slices.Collect(vs))
	fmt.Println(slices.Collect(Vals([]int{4, 5})))
	seq, err = safe(nil)
	fmt.Println(seq == nil, err)
	seq, err = safe([]string{"ok"})
	fmt.Println(slices.Collect(seq), err)
	fmt.Println(slices.Collect(firstNonEmpty([][]string{nil, {"x", "y"}})))
	fmt.Println(firstNonEmpty(nil) == nil)

	printSeq(slices.Values([]string{"arg1", "arg2"}))
	h := holder{seq: slices.Values([]string{"f1", "f2"})}
	printSeq(h.seq)
	var h2 holder
	h2.seq = maps.Keys(map[string]int{"only": 1})
	printSeq(h2.seq)

	x := source{s: []string{"m1", "m2"}}
	printSeq(x.Values())
	for i, v := range x.All() {
		fmt.Println(i, v)
	}

	lit := func(s []string) iter.Seq[string] {
		return slices.Values(s)
	}
	printSeq(lit([]string{"l1", "l2"}))
	lit2 := func(s []string) iter.Seq2[int, string] {
		return slices.Backward(s)
	}
	for i, v := range lit2([]string{"b1", "b2"}) {
		fmt.Println(i, v)
	}
	fmt.Println(slices.Collect(func() iter.Seq[string] { return slices.Values([]string{"z"}) }()))

	fmt.Println(addMethod()(V{1}, 2), adder(V{10})(5))
}
