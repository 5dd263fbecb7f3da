package generic

import "reflect"

// iter.Pull and iter.Pull2: the sequence runs on its own goroutine, one
// step per call of next; stop ends it. As with the real ones, next after
// the end or after stop returns the zero values and false.

func init() {
	register("iter.Pull", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return pull(a[0], []reflect.Type{t[0]}, func(seq reflect.Value, yield func([]reflect.Value) bool) {
			each(seq, func(v reflect.Value) bool { return yield([]reflect.Value{v}) })
		})
	})
	register("iter.Pull2", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return pull(a[0], []reflect.Type{t[0], t[1]}, func(seq reflect.Value, yield func([]reflect.Value) bool) {
			each2(seq, func(k, v reflect.Value) bool { return yield([]reflect.Value{k, v}) })
		})
	})
}

// pull makes next and stop for seq, whose values have types ts. A panic
// of the sequence is the panic of the next or stop call that was
// waiting for it, as with the real ones.
func pull(seq reflect.Value, ts []reflect.Type, run func(seq reflect.Value, yield func([]reflect.Value) bool)) []reflect.Value {
	req := make(chan bool)
	resp := make(chan []reflect.Value)
	started, done := false, false
	var panicked *any // the sequence's panic, raised again by next or stop
	ended := func() {
		done = true
		if panicked != nil {
			p := *panicked
			panicked = nil
			panic(p)
		}
	}
	zero := func() []reflect.Value {
		out := make([]reflect.Value, 0, len(ts)+1)
		for _, t := range ts {
			out = append(out, reflect.Zero(t))
		}
		return append(out, reflect.ValueOf(false))
	}
	nextType := reflect.FuncOf(nil, append(append([]reflect.Type{}, ts...), boolType), false)
	next := reflect.MakeFunc(nextType, func([]reflect.Value) []reflect.Value {
		if done {
			return zero()
		}
		if !started {
			started = true
			go func() {
				defer close(resp)
				defer func() {
					if r := recover(); r != nil {
						panicked = &r
					}
				}()
				if !<-req {
					return
				}
				run(seq, func(vs []reflect.Value) bool {
					resp <- vs
					return <-req
				})
			}()
		}
		req <- true
		vs, ok := <-resp
		if !ok {
			ended()
			return zero()
		}
		return append(vs, reflect.ValueOf(true))
	})
	stop := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
		if done {
			return nil
		}
		done = true
		if started {
			req <- false
			for range resp {
			}
			ended()
		}
		return nil
	})
	return []reflect.Value{next, stop}
}
