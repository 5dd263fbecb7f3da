package mpkit

import (
	"reflect"
	"sync"
)

// Host lets a program that interprets code (such as a notebook kernel)
// run the functions it interprets in child processes. Compiled programs
// need no host: their top-level funcs are found by name.
//
// The parent side calls FuncName and Snapshot when a process, a pool
// worker or a pool task starts; the child side calls Restore and Func
// before running it. A child with a Host can start children of its own:
// its Host then plays the parent's part for them.
type Host interface {
	// FuncName names the function value f so that a child can find it, or
	// returns an error that explains why f cannot run in another process
	// (a closure or a method value, say).
	FuncName(f reflect.Value) (string, error)
	// Snapshot returns what a child needs to run the function named fn
	// ("" for none), given that the child has already applied the
	// snapshots up to the version have ("" for none): the new version and
	// the state to apply, nil when the child needs nothing. ship says
	// which global values go with it. An error means fn cannot run there
	// (the task or process fails with it). Snapshot runs inside the
	// package's encoding context, so shared objects in the state travel
	// as handles (use EncodeValue).
	Snapshot(fn string, have string, ship Ship) (version string, state []byte, err error)
	// Restore applies a snapshot in the child. It runs inside the decoding
	// context (use DecodeValue).
	Restore(state []byte) error
	// Func returns the callable named name in the child.
	Func(name string) (reflect.Value, error)
}

// Ship says which global values a Host's snapshot carries to a child.
// A forked Python child starts with a copy of its parent's globals as
// they are at the fork; these are the parts of that copy each kind of
// child needs.
type Ship int

const (
	// ShipReached carries the values of the globals that fn reaches, as
	// they are now: a Process starting (it runs fn and nothing else).
	ShipReached Ship = iota
	// ShipAll carries the value of every global that can travel: a pool
	// worker starting, which keeps them for all the tasks it will run
	// (as a worker forked when its Pool is made does).
	ShipAll
	// ShipMissing carries only what a child started earlier lacks to run
	// fn: declarations made since, and the values of globals it does not
	// have. The values it has are its own and are never overwritten: a
	// pool task, which sees what the worker's initializer and earlier
	// tasks did.
	ShipMissing
)

// A TaskTyper is a Host whose children run some funcs with other result
// types than they declare (an interpreter that returns a value of a
// declared type boxed in an any, its reflect type being its underlying
// type's): TaskType returns the type of the func a child's Func returns
// for the func named name, declared of type ft.
type TaskTyper interface {
	TaskType(name string, ft reflect.Type) reflect.Type
}

var (
	hostMu sync.RWMutex
	host   Host
)

// SetHost installs the host for interpreted functions. Call it before any
// process starts, in the parent and (before Main) in the child.
func SetHost(h Host) {
	hostMu.Lock()
	host = h
	hostMu.Unlock()
}

func currentHost() Host {
	hostMu.RLock()
	defer hostMu.RUnlock()
	return host
}
