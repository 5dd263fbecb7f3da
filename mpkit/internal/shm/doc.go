// Package shm provides the shared-memory building blocks of mpkit's
// synchronisation objects: memfd-backed segments mapped MAP_SHARED,
// non-private futex wait/wake on words inside them, and a robust mutex
// word that records its owner's process id so that a waiter can tell when
// the owner died holding it.
//
// Everything here works between processes that map the same segment: a
// segment's file is passed to another process (as an inherited file or
// with SCM_RIGHTS) and mapped there with Open.
package shm
