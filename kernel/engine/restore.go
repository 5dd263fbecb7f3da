package engine

// SetDeclsHook makes the engine call f with its declaration log (as Decls
// returns it) whenever the log changes: once a cell's declarations are
// compiled (before its statements run, so that a cell that brings the
// process down has its declarations reported), after its statements
// have typed its vars, and after a reset. f runs on the cell's
// goroutine and must not call back into the engine.
func (e *Engine) SetDeclsHook(f func([]Decl)) {
	e.mu.Lock()
	e.onDecls = f
	e.mu.Unlock()
}

// reportDecls calls the decls hook, if any, with the current log.
func (e *Engine) reportDecls() {
	e.mu.RLock()
	f := e.onDecls
	e.mu.RUnlock()
	if f != nil {
		f(e.Decls())
	}
}

// Restore declares decls (the log of an earlier session, from Decls) in
// a fresh session: imports, types, consts, funcs and methods as they
// were, vars at their zero values, nothing executed. It fails, leaving
// the session as it was, when they do not compile.
func (e *Engine) Restore(decls []Decl) error {
	e.exec.Lock()
	defer e.exec.Unlock()
	log := &declLog{}
	for i := range decls {
		d := decls[i].clone()
		d.sels = map[string]bool{}
		// What follows a dot is not kept with a declaration: find it
		// again, for the redefinition of methods.
		if pieces, err := splitCell(d.Src); err == nil {
			for _, pc := range pieces {
				for s := range pc.sels {
					d.sels[s] = true
				}
			}
		}
		if d.Kind == "var" && d.Typed == "" {
			continue // it cannot be declared without its initialiser
		}
		log.put(d)
	}
	it, _, err := e.build(log.list, nil)
	if err != nil {
		return err
	}
	e.mu.Lock()
	e.it, e.log, e.funcSrc = it, log, funcSources(log.list, nil)
	e.mu.Unlock()
	e.views.register(it, log)
	return nil
}

// RestoredVars names the vars of decls, which Restore declares at their
// zero values; vars whose type could not be written down are not
// declared at all.
func RestoredVars(decls []Decl) (zeroed, dropped []string) {
	for _, d := range decls {
		if d.Kind != "var" {
			continue
		}
		if d.Typed == "" {
			dropped = append(dropped, d.Name)
		} else {
			zeroed = append(zeroed, d.Name)
		}
	}
	return zeroed, dropped
}
