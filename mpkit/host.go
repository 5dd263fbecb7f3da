package mpkit

import (
	"reflect"
	"sync"
)

// Host lets a program that interprets code (such as a notebook kernel)
// run the functions it interprets in child processes. Compiled programs
// need no host: their top-level funcs are found by name.
//
// The parent side calls FuncName and Snapshot when a process or pool task
// starts; the child side calls Restore and Func before running it.
type Host interface {
	// FuncName names the function value f so that a child can find it, or
	// returns an error that explains why f cannot run in another process
	// (a closure or a method value, say).
	FuncName(f reflect.Value) (string, error)
	// Snapshot returns what a child needs to run the function named fn,
	// given that the child has already applied the snapshots up to the
	// version have ("" for none): the new version and the state to apply.
	// It runs inside the package's encoding context, so shared objects
	// in the state travel as handles (use EncodeValue).
	Snapshot(fn string, have string) (version string, state []byte, err error)
	// Restore applies a snapshot in the child. It runs inside the decoding
	// context (use DecodeValue).
	Restore(state []byte) error
	// Func returns the callable named name in the child.
	Func(name string) (reflect.Value, error)
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
