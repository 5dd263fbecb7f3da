package generic

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"hash"
	"hash/maphash"
	"reflect"
	"runtime"
	"testing"
)

func TestKeyDerivationAgainstCompiled(t *testing.T) {
	secret, salt := []byte("input key"), []byte("salt")
	want, werr := hkdf.Key(sha256.New, secret, salt, "info", 42)
	r := Call("crypto/hkdf.Key", []any{tw[hash.Hash]()}, sha256.New, secret, salt, "info", 42)
	same(t, "hkdf.Key", []any{r[0], r[1]}, []any{want, werr})

	prk, _ := hkdf.Extract(sha1.New, secret, nil)
	r = Call("crypto/hkdf.Extract", []any{tw[hash.Hash]()}, sha1.New, secret, nil)
	same(t, "hkdf.Extract", r[0], prk)
	okm, _ := hkdf.Expand(sha1.New, prk, "ctx", 10)
	r = Call("crypto/hkdf.Expand", []any{tw[hash.Hash]()}, sha1.New, prk, "ctx", 10)
	same(t, "hkdf.Expand", r[0], okm)
	_, werr = hkdf.Expand(sha1.New, prk, "ctx", 255*20+1)
	r = Call("crypto/hkdf.Expand", []any{tw[hash.Hash]()}, sha1.New, prk, "ctx", 255*20+1)
	same(t, "hkdf.Expand too long", r[1], werr)

	want, _ = pbkdf2.Key(sha256.New, "password", salt, 100, 16)
	r = Call("crypto/pbkdf2.Key", []any{tw[hash.Hash]()}, sha256.New, "password", salt, 100, 16)
	same(t, "pbkdf2.Key", r[0], want)
}

func TestComparableHashes(t *testing.T) {
	seed := maphash.MakeSeed()
	h := func(v any) uint64 { return Call("hash/maphash.Comparable", []any{tw[pt]()}, seed, v)[0].(uint64) }
	p1, p2 := pt{1, 2}, pt{X: 1, Y: 2}
	if h(p1) != h(p2) {
		t.Errorf("equal values hash differently")
	}
	if h(pt{1, 2}) == h(pt{2, 1}) {
		t.Errorf("different values hash alike")
	}
	var a, b maphash.Hash
	a.SetSeed(seed)
	b.SetSeed(seed)
	Call("hash/maphash.WriteComparable", []any{tw[pt]()}, &a, pt{3, 4})
	Call("hash/maphash.WriteComparable", []any{tw[pt]()}, &b, pt{3, 4})
	if a.Sum64() != b.Sum64() {
		t.Errorf("WriteComparable of equal values differs")
	}
	defer func() {
		if recover() == nil {
			t.Errorf("hashing a func in an interface did not panic")
		}
	}()
	Call("hash/maphash.Comparable", []any{tw[any]()}, seed, any(func() {}))
}

func TestTypeAssertAgainstCompiled(t *testing.T) {
	cases := []reflect.Value{reflect.ValueOf(7), reflect.ValueOf("s"), reflect.ValueOf(pt{1, 2}),
		reflect.ValueOf(&[]error{nil}).Elem().Index(0), reflect.ValueOf([]any{named(3)}).Index(0)}
	for _, v := range cases {
		i, iok := reflect.TypeAssert[int](v)
		r := Call("reflect.TypeAssert", []any{tw[int]()}, v)
		same(t, "TypeAssert[int] "+v.String(), []any{r[0], r[1]}, []any{i, iok})
		a, aok := reflect.TypeAssert[any](v)
		r = Call("reflect.TypeAssert", []any{tw[any]()}, v)
		same(t, "TypeAssert[any] "+v.String(), []any{r[0], r[1]}, []any{a, aok})
		p, pok := reflect.TypeAssert[pt](v)
		r = Call("reflect.TypeAssert", []any{tw[pt]()}, v)
		same(t, "TypeAssert[pt] "+v.String(), []any{r[0], r[1]}, []any{p, pok})
		e, eok := reflect.TypeAssert[error](v)
		r = Call("reflect.TypeAssert", []any{tw[error]()}, v)
		same(t, "TypeAssert[error] "+v.String(), []any{r[0], r[1]}, []any{e, eok})
	}
	var want, got any
	func() {
		defer func() { want = recover() }()
		reflect.TypeAssert[int](reflect.Value{})
	}()
	func() {
		defer func() { got = recover() }()
		Call("reflect.TypeAssert", []any{tw[int]()}, reflect.Value{})
	}()
	same(t, "TypeAssert of the zero Value", got, want)
}

func TestAddCleanupRuns(t *testing.T) {
	ran := make(chan string, 1)
	func() {
		p := &pt{1, 2}
		Call("runtime.AddCleanup", []any{tw[pt](), tw[string]()}, p, func(s string) { ran <- s }, "cleaned")
	}()
	// The cleanup runs once a collection finds the object unreachable.
	for range 1000 {
		runtime.GC()
		select {
		case s := <-ran:
			if s != "cleaned" {
				t.Errorf("cleanup got %q", s)
			}
			return
		default:
			runtime.Gosched()
		}
	}
	t.Errorf("the cleanup never ran")
}
