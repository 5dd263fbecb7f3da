package generic

import (
	"reflect"
	"sort"
	"strconv"
)

// The generic functions of package slices. Type parameters come as in
// the package: S ~[]E first, then E.

func init() {
	register("slices.Sort", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := a[0]
		sort.Slice(s.Interface(), func(i, j int) bool { return less(s.Index(i), s.Index(j)) })
		return nil
	})
	register("slices.SortFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, f := a[0], cmpFunc(a[1])
		sort.Slice(s.Interface(), func(i, j int) bool { return f(s.Index(i), s.Index(j)) < 0 })
		return nil
	})
	register("slices.SortStableFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, f := a[0], cmpFunc(a[1])
		sort.SliceStable(s.Interface(), func(i, j int) bool { return f(s.Index(i), s.Index(j)) < 0 })
		return nil
	})
	register("slices.IsSorted", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := a[0]
		for i := s.Len() - 1; i > 0; i-- {
			if less(s.Index(i), s.Index(i-1)) {
				return vals(false)
			}
		}
		return vals(true)
	})
	register("slices.IsSortedFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, f := a[0], cmpFunc(a[1])
		for i := s.Len() - 1; i > 0; i-- {
			if f(s.Index(i), s.Index(i-1)) < 0 {
				return vals(false)
			}
		}
		return vals(true)
	})
	register("slices.Index", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, v := a[0], arg(a, 1, t[1])
		for i := 0; i < s.Len(); i++ {
			if equal(s.Index(i), v) {
				return vals(i)
			}
		}
		return vals(-1)
	})
	register("slices.IndexFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, f := a[0], pred(a[1])
		for i := 0; i < s.Len(); i++ {
			if f(s.Index(i)) {
				return vals(i)
			}
		}
		return vals(-1)
	})
	register("slices.Contains", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return vals(table["slices.Index"](t, a)[0].Int() >= 0)
	})
	register("slices.ContainsFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return vals(table["slices.IndexFunc"](t, a)[0].Int() >= 0)
	})
	register("slices.Equal", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		x, y := arg(a, 0, t[0]), arg(a, 1, t[0])
		if x.Len() != y.Len() {
			return vals(false)
		}
		for i := 0; i < x.Len(); i++ {
			if !equal(x.Index(i), y.Index(i)) {
				return vals(false)
			}
		}
		return vals(true)
	})
	register("slices.EqualFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		x, y, f := arg(a, 0, t[0]), arg(a, 1, t[1]), a[2]
		if x.Len() != y.Len() {
			return vals(false)
		}
		for i := 0; i < x.Len(); i++ {
			if !call1(f, x.Index(i), y.Index(i)).Bool() {
				return vals(false)
			}
		}
		return vals(true)
	})
	register("slices.Compare", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		x, y := arg(a, 0, t[0]), arg(a, 1, t[0])
		for i := 0; i < x.Len() && i < y.Len(); i++ {
			if c := compare(x.Index(i), y.Index(i)); c != 0 {
				return vals(c)
			}
		}
		return vals(cmp3(x.Len() < y.Len(), x.Len() > y.Len()))
	})
	register("slices.CompareFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		x, y, f := arg(a, 0, t[0]), arg(a, 1, t[1]), cmpFunc(a[2])
		for i := 0; i < x.Len() && i < y.Len(); i++ {
			if c := f(x.Index(i), y.Index(i)); c != 0 {
				return vals(c)
			}
		}
		return vals(cmp3(x.Len() < y.Len(), x.Len() > y.Len()))
	})
	extreme := func(name string, better func(c int) bool) impl {
		return func(t []reflect.Type, a []reflect.Value) []reflect.Value {
			s := arg(a, 0, t[0])
			if s.Len() == 0 {
				panic("slices." + name + ": empty list")
			}
			m := s.Index(0)
			for i := 1; i < s.Len(); i++ {
				if isNaN(m) {
					break
				}
				v := s.Index(i)
				if isNaN(v) || better(compare(v, m)) {
					m = v
				}
			}
			return []reflect.Value{m}
		}
	}
	register("slices.Max", extreme("Max", func(c int) bool { return c > 0 }))
	register("slices.Min", extreme("Min", func(c int) bool { return c < 0 }))
	extremeFunc := func(name string, better func(c int) bool) impl {
		return func(t []reflect.Type, a []reflect.Value) []reflect.Value {
			s, f := arg(a, 0, t[0]), cmpFunc(a[1])
			if s.Len() == 0 {
				panic("slices." + name + ": empty list")
			}
			m := s.Index(0)
			for i := 1; i < s.Len(); i++ {
				if better(f(s.Index(i), m)) {
					m = s.Index(i)
				}
			}
			return []reflect.Value{m}
		}
	}
	register("slices.MaxFunc", extremeFunc("MaxFunc", func(c int) bool { return c > 0 }))
	register("slices.MinFunc", extremeFunc("MinFunc", func(c int) bool { return c < 0 }))
	register("slices.Reverse", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := a[0]
		swap := reflect.Swapper(s.Interface())
		for i, j := 0, s.Len()-1; i < j; i, j = i+1, j-1 {
			swap(i, j)
		}
		return nil
	})
	register("slices.BinarySearch", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, v := arg(a, 0, t[0]), arg(a, 1, t[1])
		n := s.Len()
		i := sort.Search(n, func(i int) bool { return compare(s.Index(i), v) >= 0 })
		return vals(i, i < n && compare(s.Index(i), v) == 0)
	})
	register("slices.BinarySearchFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, v, f := arg(a, 0, t[0]), arg(a, 1, t[2]), cmpFunc(a[2])
		n := s.Len()
		i := sort.Search(n, func(i int) bool { return f(s.Index(i), v) >= 0 })
		return vals(i, i < n && f(s.Index(i), v) == 0)
	})
	// Clone, Insert, Replace, Grow and Concat grow their slices as the
	// real ones do, by appending (reflect.AppendSlice grows as append
	// does): cap of the result is what Go prints.
	register("slices.Clone", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := arg(a, 0, t[0])
		if s.IsNil() {
			return []reflect.Value{reflect.Zero(t[0])}
		}
		return []reflect.Value{reflect.AppendSlice(reflect.MakeSlice(t[0], 0, 0), s)}
	})
	register("slices.Insert", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, i, vs := arg(a, 0, t[0]), int(a[1].Int()), arg(a, 2, t[0])
		if i < 0 || i > s.Len() {
			panic(runtimeError("slice bounds out of range [" + strconv.Itoa(i) + ":" + strconv.Itoa(s.Len()) + "]"))
		}
		return []reflect.Value{insertInto(t[0], s, i, vs)}
	})
	register("slices.Delete", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, i, j := arg(a, 0, t[0]), int(a[1].Int()), int(a[2].Int())
		// (Go's checks s[i:j:len(s)], with its messages.)
		switch n := strconv.Itoa(s.Len()); {
		case j < 0:
			panic(runtimeError("slice bounds out of range [:" + strconv.Itoa(j) + ":]"))
		case j > s.Len():
			panic(runtimeError("slice bounds out of range [:" + strconv.Itoa(j) + ":" + n + "]"))
		case i < 0:
			panic(runtimeError("slice bounds out of range [" + strconv.Itoa(i) + "::]"))
		case i > j:
			panic(runtimeError("slice bounds out of range [" + strconv.Itoa(i) + ":" + strconv.Itoa(j) + ":]"))
		}
		n := s.Len()
		reflect.Copy(s.Slice(i, n), s.Slice(j, n))
		tail := s.Slice(n-(j-i), n)
		for k := 0; k < tail.Len(); k++ {
			tail.Index(k).SetZero()
		}
		return []reflect.Value{s.Slice(0, n-(j-i))}
	})
	register("slices.DeleteFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, f := arg(a, 0, t[0]), pred(a[1])
		k := 0
		for i := 0; i < s.Len(); i++ {
			if !f(s.Index(i)) {
				s.Index(k).Set(s.Index(i))
				k++
			}
		}
		for i := k; i < s.Len(); i++ {
			s.Index(i).SetZero()
		}
		return []reflect.Value{s.Slice(0, k)}
	})
	compact := func(eq func(a, b reflect.Value) bool) impl {
		return func(t []reflect.Type, a []reflect.Value) []reflect.Value {
			s := arg(a, 0, t[0])
			if s.Len() < 2 {
				return []reflect.Value{s}
			}
			k := 1
			for i := 1; i < s.Len(); i++ {
				if !eq(s.Index(i), s.Index(k-1)) {
					s.Index(k).Set(s.Index(i))
					k++
				}
			}
			for i := k; i < s.Len(); i++ {
				s.Index(i).SetZero()
			}
			return []reflect.Value{s.Slice(0, k)}
		}
	}
	register("slices.Compact", compact(equal))
	register("slices.CompactFunc", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		f := a[1]
		return compact(func(x, y reflect.Value) bool { return call1(f, y, x).Bool() })(t, a)
	})
	register("slices.Concat", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		ss := a[0]
		n := 0
		for i := 0; i < ss.Len(); i++ {
			n += ss.Index(i).Len()
		}
		out := grow(t[0], reflect.Zero(t[0]), n)
		for i := 0; i < ss.Len(); i++ {
			out = reflect.AppendSlice(out, ss.Index(i))
		}
		return []reflect.Value{out}
	})
	register("slices.Repeat", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, n := arg(a, 0, t[0]), int(a[1].Int())
		if n < 0 {
			panic("cannot be negative")
		}
		out := reflect.MakeSlice(t[0], 0, s.Len()*n)
		for i := 0; i < n; i++ {
			out = reflect.AppendSlice(out, s)
		}
		return []reflect.Value{out}
	})
	register("slices.Grow", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, n := arg(a, 0, t[0]), int(a[1].Int())
		if n < 0 {
			panic("cannot be negative")
		}
		return []reflect.Value{grow(t[0], s, n)}
	})
	register("slices.Clip", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := arg(a, 0, t[0])
		return []reflect.Value{s.Slice3(0, s.Len(), s.Len())}
	})
	register("slices.Replace", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, i, j, vs := arg(a, 0, t[0]), int(a[1].Int()), int(a[2].Int()), arg(a, 3, t[0])
		if i < 0 || j > s.Len() || i > j {
			panic(runtimeError("slice bounds out of range [" + strconv.Itoa(i) + ":" + strconv.Itoa(j) + "]"))
		}
		n := s.Len()
		if i == j {
			return []reflect.Value{insertInto(t[0], s, i, vs)}
		}
		if j == n {
			out := reflect.AppendSlice(s.Slice(0, i), vs)
			for k := out.Len(); k < n; k++ {
				s.Index(k).SetZero()
			}
			return []reflect.Value{out}
		}
		tot := i + vs.Len() + n - j
		if tot > s.Cap() {
			out := reflect.AppendSlice(s.Slice(0, i), reflect.MakeSlice(t[0], tot-i, tot-i))
			reflect.Copy(out.Slice(i, tot), vs)
			reflect.Copy(out.Slice(i+vs.Len(), tot), s.Slice(j, n))
			return []reflect.Value{out}
		}
		// In place, from a copy (vs may be part of s).
		tmp := reflect.MakeSlice(t[0], 0, tot)
		tmp = reflect.AppendSlice(tmp, s.Slice(0, i))
		tmp = reflect.AppendSlice(tmp, vs)
		tmp = reflect.AppendSlice(tmp, s.Slice(j, n))
		out := s.Slice(0, tot)
		reflect.Copy(out, tmp)
		for k := tot; k < n; k++ {
			s.Index(k).SetZero()
		}
		return []reflect.Value{out}
	})
	register("slices.All", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := arg(a, 0, t[0])
		return []reflect.Value{makeSeq2(intType, t[1], func(y func(a, b reflect.Value) bool) {
			for i := 0; i < s.Len(); i++ {
				if !y(reflect.ValueOf(i), s.Index(i)) {
					return
				}
			}
		})}
	})
	register("slices.Backward", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := arg(a, 0, t[0])
		return []reflect.Value{makeSeq2(intType, t[1], func(y func(a, b reflect.Value) bool) {
			for i := s.Len() - 1; i >= 0; i-- {
				if !y(reflect.ValueOf(i), s.Index(i)) {
					return
				}
			}
		})}
	})
	register("slices.Values", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s := arg(a, 0, t[0])
		return []reflect.Value{makeSeq(t[1], func(y func(reflect.Value) bool) {
			for i := 0; i < s.Len(); i++ {
				if !y(s.Index(i)) {
					return
				}
			}
		})}
	})
	appendSeq := func(s, seq reflect.Value) reflect.Value {
		each(seq, func(v reflect.Value) bool { s = reflect.Append(s, v); return true })
		return s
	}
	register("slices.AppendSeq", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return []reflect.Value{appendSeq(arg(a, 0, t[0]), a[1])}
	})
	register("slices.Collect", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return []reflect.Value{appendSeq(reflect.Zero(reflect.SliceOf(t[0])), a[0])}
	})
	sorted := func(stable, withFunc bool) impl {
		return func(t []reflect.Type, a []reflect.Value) []reflect.Value {
			s := appendSeq(reflect.Zero(reflect.SliceOf(t[0])), a[0])
			lessF := func(i, j int) bool { return less(s.Index(i), s.Index(j)) }
			if withFunc {
				f := cmpFunc(a[1])
				lessF = func(i, j int) bool { return f(s.Index(i), s.Index(j)) < 0 }
			}
			if s.Len() > 0 {
				if stable {
					sort.SliceStable(s.Interface(), lessF)
				} else {
					sort.Slice(s.Interface(), lessF)
				}
			}
			return []reflect.Value{s}
		}
	}
	register("slices.Sorted", sorted(false, false))
	register("slices.SortedFunc", sorted(false, true))
	register("slices.SortedStableFunc", sorted(true, true))
	register("slices.Chunk", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		s, n := arg(a, 0, t[0]), int(a[1].Int())
		if n < 1 {
			panic("cannot be less than 1")
		}
		return []reflect.Value{makeSeq(t[0], func(y func(reflect.Value) bool) {
			for i := 0; i < s.Len(); i += n {
				end := min(n, s.Len()-i)
				if !y(s.Slice3(i, i+end, i+end)) {
					return
				}
			}
		})}
	})
}

var intType = reflect.TypeOf(0)

// vals converts Go values to reflect values.
func vals(vs ...any) []reflect.Value {
	out := make([]reflect.Value, len(vs))
	for i, v := range vs {
		out[i] = reflect.ValueOf(v)
	}
	return out
}

// grow is slices.Grow: s with room for n more elements, grown by append.
func grow(t reflect.Type, s reflect.Value, n int) reflect.Value {
	if n -= s.Cap() - s.Len(); n > 0 {
		s = reflect.AppendSlice(s.Slice(0, s.Cap()), reflect.MakeSlice(t, n, n)).Slice(0, s.Len())
	}
	return s
}

// insertInto is slices.Insert of vs into s at i (checked), as the real
// one grows s.
func insertInto(t reflect.Type, s reflect.Value, i int, vs reflect.Value) reflect.Value {
	n, m := s.Len(), vs.Len()
	switch {
	case m == 0:
		return s
	case i == n:
		return reflect.AppendSlice(s, vs)
	case n+m > s.Cap():
		out := reflect.AppendSlice(s.Slice(0, i), reflect.MakeSlice(t, n+m-i, n+m-i))
		reflect.Copy(out.Slice(i, n+m), vs)
		reflect.Copy(out.Slice(i+m, n+m), s.Slice(i, n))
		return out
	}
	// In place, from a copy (vs may be part of s).
	tmp := reflect.MakeSlice(t, 0, n+m)
	tmp = reflect.AppendSlice(tmp, s.Slice(0, i))
	tmp = reflect.AppendSlice(tmp, vs)
	tmp = reflect.AppendSlice(tmp, s.Slice(i, n))
	out := s.Slice(0, n+m)
	reflect.Copy(out, tmp)
	return out
}
