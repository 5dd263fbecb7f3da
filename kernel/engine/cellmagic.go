package engine

import (
	"context"
	"path"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/kernel"
)

// CellMagic runs a cell whose first line is %%name (see SetCellMagic).
// args are the words after the name on that line; body is the rest of the
// cell, with the magic's line left blank so that lines keep their numbers.
type CellMagic func(c MagicCell, args []string, body string)

// MagicCell is the running cell as a CellMagic sees it.
type MagicCell interface {
	// Context is cancelled when the user interrupts the cell.
	Context() context.Context
	// Print shows text on the cell's standard output.
	Print(text string)
	// Warn shows "warning: text" on the cell's standard error.
	Warn(text string)
	// Fail ends the cell with an error (name, value and traceback lines).
	Fail(name, value string, traceback []string)
	// Failed reports whether the cell has failed.
	Failed() bool
	// Run runs Go code as the cell's own: declarations join the session,
	// errors are the cell's.
	Run(code string)
	// Decls returns a copy of the session's declaration log.
	Decls() []Decl
}

// SetCellMagic makes cells whose first line is "%%"+name run f. Call it
// before the session serves cells.
func (e *Engine) SetCellMagic(name string, f CellMagic) {
	if e.cellMagics == nil {
		e.cellMagics = map[string]CellMagic{}
	}
	e.cellMagics["%%"+name] = f
}

// AddPackage lets cells import a package made while the session runs
// (compiled cells): syms are its exported symbols as yaegi takes them,
// name its package name. It stays importable after %reset and rebuilds.
func (e *Engine) AddPackage(importPath, name string, syms map[string]reflect.Value) error {
	key := importPath + "/" + name
	e.mu.Lock()
	defer e.mu.Unlock()
	// Copy on write: readers (completion) hold the old maps.
	opt := interp.Exports{key: syms}
	for k, v := range e.opts.Symbols {
		opt[k] = v
	}
	all := interp.Exports{key: syms}
	for k, v := range e.symbols {
		all[k] = v
	}
	e.opts.Symbols, e.symbols = opt, all
	e.pkgPaths[name] = append(e.pkgPaths[name], path.Clean(importPath))
	if e.importer != nil {
		e.importer.AddPackage(importPath, syms)
	}
	return e.it.Use(interp.Exports{key: syms})
}

// magicCell is a cellRun as a CellMagic sees it.
type magicCell struct{ c *cellRun }

func (m magicCell) Context() context.Context { return m.c.ctx }
func (m magicCell) Print(text string)        { m.c.print(text) }
func (m magicCell) Warn(text string)         { m.c.warn(text) }
func (m magicCell) Failed() bool             { return m.c.failed }
func (m magicCell) Run(code string)          { m.c.runCode(code) }
func (m magicCell) Decls() []Decl            { return m.c.e.Decls() }

func (m magicCell) Fail(name, value string, traceback []string) {
	m.c.fail(kernel.ErrorValue{Name: name, Value: value, Traceback: traceback})
}
