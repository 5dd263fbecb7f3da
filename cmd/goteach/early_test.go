package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The kernel's ports are bound by package earlylisten's init, which only
// helps if it runs before the slow initialisers (the interpreter's symbol
// tables). An import that pulls package net into earlylisten would
// silently undo that.
func TestEarlyListenInitialisesFirst(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	order := map[string]int{}
	n := 0
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "init" {
			order[f[1]] = n
			n++
		}
	}
	early, ok := order["github.com/goteach/goteach/kernel/earlylisten"]
	if !ok {
		t.Fatalf("no init of earlylisten in the trace:\n%s", out)
	}
	for _, slow := range []string{"github.com/traefik/yaegi/stdlib", "github.com/goteach/goteach/kernel/symbols", "net"} {
		if i, ok := order[slow]; ok && i < early {
			t.Errorf("%s is initialised before earlylisten (%d < %d)", slow, i, early)
		}
	}
}
