package codec

import (
	"os"
	"reflect"
	"sync"
)

// Handle is implemented by objects that cross a process boundary as a
// reference to the same shared object rather than as a copy of their value
// (a Lock, a Queue, a Value in shared memory, a Pipe end).
type Handle interface {
	// CodecHandle describes the object: a kind registered with
	// RegisterHandle, the open files that back it (sent alongside the
	// message and duplicated by the receiver), and a small payload.
	CodecHandle() (kind string, files []*os.File, meta []byte)
}

// Opener rebuilds a handle in the receiving process. files are the
// received files, in the order CodecHandle gave them; the opener must
// duplicate any file it keeps, because the caller closes them afterwards.
type Opener func(files []*os.File, meta []byte) (any, error)

type handleKind struct {
	typ  reflect.Type
	open Opener
}

var (
	handleMu    sync.RWMutex
	handleKinds = map[string]handleKind{}
	handleTypes = map[reflect.Type]string{} // typ → kind
)

// RegisterHandle installs the opener for a kind of handle. typ is the Go
// type the opener returns (usually a pointer type); values of that type
// found while encoding are sent as handles. Both processes must register
// the same kinds, which they do when registration happens in package
// initialization.
func RegisterHandle(kind string, typ reflect.Type, open Opener) {
	handleMu.Lock()
	if old, ok := handleKinds[kind]; ok && handleTypes[old.typ] == kind {
		delete(handleTypes, old.typ)
	}
	handleKinds[kind] = handleKind{typ: typ, open: open}
	handleTypes[typ] = kind
	handleMu.Unlock()
	// Plans made so far may encode typ, or types containing it, by value.
	resetPlans()
}

func lookupHandle(kind string) (handleKind, bool) {
	handleMu.RLock()
	defer handleMu.RUnlock()
	k, ok := handleKinds[kind]
	return k, ok
}
