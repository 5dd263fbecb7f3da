package generic

import (
	"reflect"
	"sync"
)

// The generic functions of packages maps, cmp, iter, errors, sync,
// and math/rand/v2.

func init() {
	// maps: M ~map[K]V, K, V.
	register("maps.Keys", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		m := arg(a, 0, t[0])
		return []reflect.Value{makeSeq(t[1], func(y func(reflect.Value) bool) {
			it := m.MapRange()
			for it.Next() {
				if !y(it.Key()) {
					return
				}
			}
		})}
	})
	register("maps.Values", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		m := arg(a, 0, t[0])
		return []reflect.Value{makeSeq(t[2], func(y func(reflect.Value) bool) {
			it := m.MapRange()
			for it.Next() {
				if !y(it.Value()) {
					return
				}
			}
		})}
	})
	register("maps.All", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		m := arg(a, 0, t[0])
		return []reflect.Value{makeSeq2(t[1], t[2], func(y func(k, v reflect.Value) bool) {
			it := m.MapRange()
			for it.Next() {
				if !y(it.Key(), it.Value()) {
					return
				}
			}
		})}
	})
	register("maps.Clone", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		m := arg(a, 0, t[0])
		if m.IsNil() {
			return []reflect.Value{m}
		}
		out := reflect.MakeMapWithSize(t[0], m.Len())
		it := m.MapRange()
		for it.Next() {
			out.SetMapIndex(it.Key(), it.Value())
		}
		return []reflect.Value{out}
	})
	register("maps.Copy", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		dst, src := arg(a, 0, t[0]), arg(a, 1, t[1])
		it := src.MapRange()
		for it.Next() {
			dst.SetMapIndex(it.Key(), it.Value())
		}
		return nil
	})
	register("maps.DeleteFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		m, f := arg(a, 0, t[0]), a[1]
		var del []reflect.Value
		it := m.MapRange()
		for it.Next() {
			if call1(f, it.Key(), it.Value()).Bool() {
				del = append(del, it.Key())
			}
		}
		for _, k := range del {
			m.SetMapIndex(k, reflect.Value{})
		}
		return nil
	})
	register("maps.Equal", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		x, y := arg(a, 0, t[0]), arg(a, 1, t[1])
		if x.Len() != y.Len() {
			return vals(false)
		}
		it := x.MapRange()
		for it.Next() {
			v := y.MapIndex(it.Key())
			if !v.IsValid() || !equal(it.Value(), v) {
				return vals(false)
			}
		}
		return vals(true)
	})
	register("maps.EqualFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		x, y, f := arg(a, 0, t[0]), arg(a, 1, t[1]), a[2]
		if x.Len() != y.Len() {
			return vals(false)
		}
		it := x.MapRange()
		for it.Next() {
			v := y.MapIndex(it.Key())
			if !v.IsValid() || !call1(f, it.Value(), v).Bool() {
				return vals(false)
			}
		}
		return vals(true)
	})
	register("maps.Insert", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		m := arg(a, 0, t[0])
		each2(a[1], func(k, v reflect.Value) bool { m.SetMapIndex(k, v); return true })
		return nil
	})
	register("maps.Collect", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		m := reflect.MakeMap(reflect.MapOf(t[0], t[1]))
		each2(a[0], func(k, v reflect.Value) bool { m.SetMapIndex(k, v); return true })
		return []reflect.Value{m}
	})

	// cmp: T.
	register("cmp.Compare", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return vals(compare(arg(a, 0, t[0]), arg(a, 1, t[0])))
	})
	register("cmp.Less", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return vals(less(arg(a, 0, t[0]), arg(a, 1, t[0])))
	})
	register("cmp.Or", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		vs := arg(a, 0, reflect.SliceOf(t[0]))
		for i := 0; i < vs.Len(); i++ {
			if !vs.Index(i).IsZero() {
				return []reflect.Value{vs.Index(i)}
			}
		}
		return []reflect.Value{reflect.Zero(t[0])}
	})

	// errors.AsType[E error](err error) (E, bool).
	register("errors.AsType", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		target := reflect.New(t[0])
		if len(a) > 0 && a[0].IsValid() {
			if asError(a[0].Interface().(error), target) {
				return []reflect.Value{target.Elem(), reflect.ValueOf(true)}
			}
		}
		return []reflect.Value{reflect.Zero(t[0]), reflect.ValueOf(false)}
	})

	// sync.OnceValue[T](f func() T) func() T; OnceValues[T1, T2].
	register("sync.OnceValue", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		f := a[0]
		var once sync.Once
		var res []reflect.Value
		var p any
		return []reflect.Value{reflect.MakeFunc(f.Type(), func([]reflect.Value) []reflect.Value {
			// Once for every goroutine that calls it, as Go's.
			once.Do(func() {
				defer func() { p = recover() }()
				res = f.Call(nil)
			})
			if p != nil {
				panic(p)
			}
			return res
		})}
	})
	register("sync.OnceValues", table["sync.OnceValue"])

	// math/rand/v2.N[Int intType](n Int) Int.
	register("math/rand/v2.N", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		n := arg(a, 0, t[0])
		out := reflect.New(t[0]).Elem()
		switch n.Kind() {
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			out.SetUint(randUint64N(n.Uint()))
		default:
			if n.Int() <= 0 {
				panic("invalid argument to N")
			}
			out.SetInt(int64(randUint64N(uint64(n.Int()))))
		}
		return []reflect.Value{out}
	})
}
