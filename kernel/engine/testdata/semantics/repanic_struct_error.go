// A recovered error of a struct type the program declares, panicked
// again as it is: Go says [recovered, repanicked].
package main

type E struct{ N int }

func (e E) Error() string { return "e" }

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(E{3})
}
