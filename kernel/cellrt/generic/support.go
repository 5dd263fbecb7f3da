package generic

import (
	"errors"
	"math/rand/v2"
	"reflect"
)

// asError is errors.As with a target made by reflect.
func asError(err error, target reflect.Value) bool {
	return errors.As(err, target.Interface())
}

// randUint64N is math/rand/v2's N on the top-level generator.
func randUint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to N")
	}
	return rand.Uint64N(n)
}
