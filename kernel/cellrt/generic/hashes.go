package generic

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"hash"
	"hash/maphash"
	"reflect"
)

// The generic functions of crypto/hkdf, crypto/pbkdf2 and hash/maphash.
// Those over a hash constructor (func() H, H a hash.Hash) run the real
// function instantiated with hash.Hash on a constructor that calls the
// cell's; maphash's hash a comparable value through an interface, which
// keeps their contract (equal values, equal hashes, for one seed) and
// panics as Go does on a value that is not comparable at run time.
func init() {
	// crypto/hkdf.Extract[H hash.Hash](h func() H, secret, salt []byte) ([]byte, error).
	register("crypto/hkdf.Extract", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		prk, err := hkdf.Extract(hasher(a, t[0]), bytesArg(a, 1), bytesArg(a, 2))
		return bytesAndError(prk, err)
	})
	// crypto/hkdf.Expand[H hash.Hash](h func() H, pseudorandomKey []byte, info string, keyLength int) ([]byte, error).
	register("crypto/hkdf.Expand", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		key, err := hkdf.Expand(hasher(a, t[0]), bytesArg(a, 1), a[2].String(), int(a[3].Int()))
		return bytesAndError(key, err)
	})
	// crypto/hkdf.Key[H hash.Hash](h func() H, secret, salt []byte, info string, keyLength int) ([]byte, error).
	register("crypto/hkdf.Key", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		key, err := hkdf.Key(hasher(a, t[0]), bytesArg(a, 1), bytesArg(a, 2), a[3].String(), int(a[4].Int()))
		return bytesAndError(key, err)
	})
	// crypto/pbkdf2.Key[H hash.Hash](h func() H, password string, salt []byte, iter, keyLength int) ([]byte, error).
	register("crypto/pbkdf2.Key", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		key, err := pbkdf2.Key(hasher(a, t[0]), a[1].String(), bytesArg(a, 2), int(a[3].Int()), int(a[4].Int()))
		return bytesAndError(key, err)
	})
	// hash/maphash.Comparable[T comparable](seed Seed, v T) uint64.
	register("hash/maphash.Comparable", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		seed := a[0].Interface().(maphash.Seed)
		return vals(maphash.Comparable[any](seed, arg(a, 1, t[0]).Interface()))
	})
	// hash/maphash.WriteComparable[T comparable](h *Hash, x T).
	register("hash/maphash.WriteComparable", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		maphash.WriteComparable[any](a[0].Interface().(*maphash.Hash), arg(a, 1, t[0]).Interface())
		return nil
	})
}

// hasher is the hash constructor a[0] (a func() H) as func() hash.Hash.
// A nil constructor is called, and fails, as Go's would.
func hasher(a []reflect.Value, h reflect.Type) func() hash.Hash {
	f := arg(a, 0, reflect.FuncOf(nil, []reflect.Type{h}, false))
	return func() hash.Hash {
		if f.IsNil() {
			var nilFunc func() hash.Hash
			return nilFunc()
		}
		return f.Call(nil)[0].Interface().(hash.Hash)
	}
}

// bytesArg is the []byte argument i (nil when absent or nil).
func bytesArg(a []reflect.Value, i int) []byte {
	if i >= len(a) || !a[i].IsValid() {
		return nil
	}
	return a[i].Bytes()
}

// bytesAndError are the results ([]byte, error) of a key derivation.
func bytesAndError(b []byte, err error) []reflect.Value {
	e := reflect.New(reflect.TypeFor[error]()).Elem()
	if err != nil {
		e.Set(reflect.ValueOf(err))
	}
	return []reflect.Value{reflect.ValueOf(b), e}
}
