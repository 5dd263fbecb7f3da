package main

import (
	"fmt"
	"strings"
)

// A command table of structs holding func literals: the dispatcher logs,
// then calls the chosen command's func through its field. The literal
// panics; the dispatcher's frame names the field's call, not the log's.

type Command struct {
	Name string
	Run  func(args []string) string
}

func logCall(name string, args []string) {
	fmt.Printf("> %s %s\n", name, strings.Join(args, " "))
}

func dispatch(cmd Command, args []string) string {
	logCall(cmd.Name, args)
	out := cmd.Run(args)
	return out
}

func main() {
	counts := map[string]int{}
	cmds := []Command{
		{"upper", func(args []string) string { return strings.ToUpper(strings.Join(args, " ")) }},
		{"count", func(args []string) string {
			for _, a := range args {
				counts[a]++
			}
			return fmt.Sprint(len(counts), " distinct")
		}},
		{"first", func(args []string) string {
			return args[0]
		}},
	}
	fmt.Println(dispatch(cmds[0], []string{"go", "run"}))
	fmt.Println(dispatch(cmds[1], []string{"a", "b", "a"}))
	fmt.Println(dispatch(cmds[2], []string{"x"}))
	fmt.Println(dispatch(cmds[2], nil))
}
