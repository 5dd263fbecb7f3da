// syscall.Exec makes the program the one it names: that program's
// output follows, no deferred call runs, and its exit status is the
// program's.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	binary, lookErr := exec.LookPath("sh")
	if lookErr != nil {
		panic(lookErr)
	}
	err := syscall.Exec("/no/such/program", []string{"x"}, nil)
	fmt.Println("missing program:", err, err == syscall.ENOENT)
	defer fmt.Println("never printed")
	fmt.Println("before exec")
	args := []string{"sh", "-c", "echo hello from $WHO; echo to stderr >&2; exit 3"}
	env := append(os.Environ(), "WHO=exec")
	execErr := syscall.Exec(binary, args, env)
	panic(execErr)
}
