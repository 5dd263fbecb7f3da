// Package layout is the only code of goteach that reads the Go runtime's
// or the interpreter's memory layouts: interface words, type descriptors
// and their names (mpkit's codec sends named types as descriptor
// offsets), func values (mpkit names compiled targets by entry PC), the
// record of a reflect.MakeFunc func (how the kernel recognises an
// interpreted func), and the running goroutine (the owner of an mpkit
// RLock). Everything here rests on these assumptions, each pinned by a
// test of this package, so that a Go release that breaks one fails the
// tests loudly instead of corrupting values:
//
//  1. An empty interface (any) is two words: a pointer to the dynamic
//     type's descriptor (internal/abi.Type), then the data word. The data
//     word is the value itself when the type is pointer-shaped ("direct"),
//     and a pointer to the value otherwise.
//  2. reflect.Type has one implementation, *reflect.rtype, and an
//     *reflect.rtype points at the internal/abi.Type it describes. So the
//     data word of a reflect.Type interface is the type descriptor pointer,
//     and reflect.TypeOf of an any whose type word is a descriptor pointer
//     gives back that type (it reads only the type word).
//  3. An abi.Type starts with the header rtypeHeader (Go 1.26 layout).
//  4. A name offset (rtypeHeader.str) is relative to the start of the
//     module's type section, which reflect.typelinks reports; a name is a
//     flag byte, a uvarint length and the bytes. For types with
//     tflagExtraStar the stored string has a leading '*' that String omits.
//  5. The descriptors of named types live in the executable's type section:
//     reflect cannot create named types at run time. The distance between
//     two descriptors of the same executable is therefore the same in every
//     process that runs it, whatever address the executable was loaded at.
//  6. A func value points to a closure record whose first word is the code
//     pointer; a top-level func's record holds nothing else.
//  7. A func made by reflect.MakeFunc points to a makeFuncImpl record whose
//     word 5 (after makeFuncCtxt's four words and ftyp) is the func given to
//     MakeFunc.
//  8. On amd64 the thread-local slot holds the running goroutine's g, which
//     stays the same while the goroutine runs and differs between live
//     goroutines; elsewhere the goroutine id is read from runtime.Stack.
//  9. A g holds its goroutine's id (runtime.Stack's number) as a word at
//     a fixed offset below 512 bytes, found at the first GoroutineID by
//     matching three goroutines' ids; without one, the id is read from
//     runtime.Stack.
//
// The interpreter's own layout (which words of yaegi's func wrapper name
// an interpreted func) is found at run time by kernel/workerhost, which
// checks it against known funcs and refuses rather than guesses.
package layout
