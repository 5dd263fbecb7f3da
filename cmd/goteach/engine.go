package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/compiled"
	"github.com/goteach/goteach/kernel/engine"
	"github.com/goteach/goteach/kernel/supervise"
	"github.com/goteach/goteach/kernel/workerhost"
	"github.com/goteach/goteach/mpkit"
)

// serveChildIfAsked turns this process into a worker when mpkit started it
// to run a cell's func, or into the engine process when the kernel
// started it to run the session; it does not return then.
// A child loads the compiled cells the session uses before it rebuilds
// the session.
func serveChildIfAsked() {
	if mpkit.IsChild() {
		workerhost.ServeChild(engine.Options{Symbols: compiled.ChildSymbols}, compiled.Prepare)
	}
	if supervise.IsEngine() {
		supervise.ServeEngine(newSession)
		fmt.Fprintln(os.Stderr, "goteach: the engine returned")
		os.Exit(1)
	}
}

// newSession returns the cell engine the engine process serves, able to
// run cell funcs in child processes and to compile %%compile cells.
func newSession() (supervise.Session, error) {
	limit, err := supervise.ProcessLimit()
	if err != nil {
		return nil, err
	}
	mpkit.SetProcessLimit(limit)
	eng, err := engine.New(engine.Options{})
	if err != nil {
		return nil, err
	}
	sess := session{Engine: compiled.Attach(eng, workerhost.Attach(eng)), eng: eng}
	// %reset also ends the commands cells started with os/exec.
	eng.SetResetHook(supervise.EndCommands)
	return sess, nil
}

// session gives the supervisor the engine's declaration log.
type session struct {
	kernel.Engine
	eng *engine.Engine
}

// savedDecl is a declaration log entry as the supervisor keeps it: with
// the text of its cell, for tracebacks after a restore.
type savedDecl struct {
	engine.Decl
	CellText string
}

// SetDeclsHook reports the engine's declaration log as JSON.
func (s session) SetDeclsHook(f func(json.RawMessage)) {
	s.eng.SetDeclsHook(func(ds []engine.Decl) {
		saved := make([]savedDecl, len(ds))
		for i, d := range ds {
			saved[i] = savedDecl{Decl: d, CellText: d.CellText}
		}
		if b, err := json.Marshal(saved); err == nil {
			f(b)
		}
	})
}

// Restore declares a log reported by an earlier engine process and
// returns the vars that could not be declared again.
func (s session) Restore(log json.RawMessage) ([]string, error) {
	var saved []savedDecl
	if err := json.Unmarshal(log, &saved); err != nil {
		return nil, err
	}
	ds := make([]engine.Decl, len(saved))
	for i, d := range saved {
		ds[i] = d.Decl
		ds[i].CellText = d.CellText
	}
	if err := s.eng.Restore(ds); err != nil {
		return nil, err
	}
	_, dropped := engine.RestoredVars(ds)
	return dropped, nil
}
