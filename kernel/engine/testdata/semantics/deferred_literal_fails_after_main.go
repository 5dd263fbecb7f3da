// A deferred literal of main that fails at run time (a failed type
// assertion) after main's body ran: Go names the literal's line, then
// main's closing brace, where its deferred calls run.
package main

import "fmt"

type config struct{ values map[string]any }

func main() {
	cfg := config{values: map[string]any{"port": 8080, "host": "localhost"}}
	defer func() {
		fmt.Println("saving config")
		port := cfg.values["port"].(string)
		fmt.Println("port", port)
	}()
	fmt.Println("host:", cfg.values["host"])
}
