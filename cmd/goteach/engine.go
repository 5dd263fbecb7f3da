package main

import (
	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/compiled"
	"github.com/goteach/goteach/kernel/engine"
	"github.com/goteach/goteach/kernel/workerhost"
	"github.com/goteach/goteach/mpkit"
)

// serveChildIfAsked turns this process into a worker when mpkit started it
// to run a cell's func; it does not return then. A child loads the
// compiled cells the session uses before it rebuilds the session.
func serveChildIfAsked() {
	if mpkit.IsChild() {
		workerhost.ServeChild(engine.Options{Symbols: compiled.ChildSymbols}, compiled.Prepare)
	}
}

// newEngine returns the cell engine the kernel serves, able to run cell
// funcs in child processes and to compile %%compile cells.
func newEngine() (kernel.Engine, error) {
	eng, err := engine.New(engine.Options{})
	if err != nil {
		return nil, err
	}
	return compiled.Attach(eng, workerhost.Attach(eng)), nil
}
