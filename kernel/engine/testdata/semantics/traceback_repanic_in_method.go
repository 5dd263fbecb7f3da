// A method's deferred func that recovers and panics again
// (panic(recover())): the traceback names that panic's line, and no
// frames below it, as for a plain func.
package main

import "fmt"

type VM struct{ stack []int }

func (vm *VM) Pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(code []string) {
	defer func() {
		r := recover()
		fmt.Println("vm stopped:", r)
		panic(r)
	}()
	for _, op := range code {
		switch op {
		case "pop":
			fmt.Println("popped", vm.Pop())
		default:
			vm.stack = append(vm.stack, len(op))
		}
	}
}

func main() {
	vm := &VM{}
	vm.Run([]string{"ab", "pop", "pop"})
}
