package mpkit

import (
	"fmt"
	"os"
	"reflect"

	"github.com/goteach/goteach/mpkit/internal/codec"
	"github.com/goteach/goteach/mpkit/internal/ctl"
)

// listWorker lists a pool worker among the children (ActiveChildren shows
// it, as Python's active_children does). It is a daemon, and belongs to
// its pool: interrupting a cell does not end it as a process of the cell.
func listWorker(name string, c *child) {
	p := &Process{Name: name, Daemon: true, started: true, pid: c.pid, ch: c}
	children.Lock()
	children.list = append(children.list, p)
	children.Unlock()
}

// runWorker makes this child a pool worker: it runs chunks of tasks sent
// by the parent until told to stop, and never returns.
func runWorker(conn *ctl.Conn, fr ctl.Frame) {
	r := ctl.R{B: fr.Payload}
	name := r.String()
	ident := r.String()
	maxTasks := int(r.Uint())
	hasInit := r.Bool()
	becomeChild(name, ident, true)
	err := withDecoding(fr.Files, func() error {
		if !hasInit {
			return readHostState(&r)
		}
		ref := decodeFuncRef(&r)
		if err := readHostState(&r); err != nil {
			return err
		}
		fn, err := ref.resolve()
		if err != nil {
			return err
		}
		n := int(r.Uint())
		enc := make([][]byte, n)
		for i := range enc {
			enc[i] = r.Bytes()
		}
		args, err := decodeArgs(fn.Type(), enc)
		if err != nil {
			return err
		}
		if perr := call(fn, args, nil); perr != nil {
			return fmt.Errorf("the initializer panicked:\n%s", perr.Traceback)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "Pool worker (pid %d): %v\n", os.Getpid(), err)
		childExit(1)
	}
	done := 0
	for {
		fr, err := conn.Recv()
		if err != nil {
			childExit(0)
		}
		switch fr.Type {
		case mStop:
			childExit(0)
		case mTask:
			runChunk(conn, fr)
			done++
			if maxTasks > 0 && done >= maxTasks {
				childExit(0)
			}
		default:
			closeFiles(fr.Files)
		}
	}
}

// runChunk runs one chunk and sends back its results.
func runChunk(conn *ctl.Conn, fr ctl.Frame) {
	r := ctl.R{B: fr.Payload}
	id := r.Uint()
	ref := decodeFuncRef(&r)
	star := r.Bool()
	var fn reflect.Value
	var items any
	err := withDecoding(fr.Files, func() error {
		if err := readHostState(&r); err != nil {
			return err
		}
		payload := r.Bytes()
		if r.Err != nil {
			return r.Err
		}
		var err error
		if fn, err = ref.resolve(); err != nil {
			return err
		}
		items, err = codec.Unmarshal(payload, xferIn)
		return err
	})
	var w ctl.W
	w.Uint(id)
	conn.Send(mBegin, w.B)
	if err != nil {
		w.Bool(false)
		w.String(err.Error())
		w.String("")
		conn.Send(mResult, w.B)
		return
	}
	out, rerr := runItems(fn, reflect.ValueOf(items), star)
	var files []*os.File
	var data []byte
	if rerr == nil {
		var merr error
		data, merr = codec.MarshalValue(out, &files)
		if merr != nil {
			rerr = &RemoteError{Value: "the result cannot travel back to the parent: " + merr.Error()}
		}
	}
	if rerr != nil {
		w.Bool(false)
		w.String(rerr.Value)
		w.String(rerr.Traceback)
		conn.Send(mResult, w.B)
		return
	}
	w.Bool(true)
	w.Bytes(data)
	conn.Send(mResult, w.B, files...)
}

// runItems calls fn on each item and collects the results in a slice of
// the result type. The first panic ends the chunk.
func runItems(fn reflect.Value, items reflect.Value, star bool) (out reflect.Value, rerr *RemoteError) {
	defer func() {
		if v := recover(); v != nil {
			rerr = remoteError(v)
		}
	}()
	if !star {
		if res, ok := runTyped(fn, items); ok {
			return res, nil
		}
	}
	ft := fn.Type()
	outType, hasErr := resultType(ft)
	n := items.Len()
	out = reflect.MakeSlice(reflect.SliceOf(outType), n, n)
	args := make([]reflect.Value, 1)
	for i := 0; i < n; i++ {
		item := items.Index(i)
		if star {
			for item.Kind() == reflect.Interface {
				item = item.Elem()
			}
			args = args[:0]
			for j := 0; j < item.Len(); j++ {
				a, err := convertTo(item.Index(j), paramType(ft, j))
				if err != nil {
					return out, &RemoteError{Value: fmt.Sprintf("argument %d of %s: %v", j+1, ft, err)}
				}
				args = append(args, a)
			}
		} else {
			a, err := convertTo(item, ft.In(0))
			if err != nil {
				return out, &RemoteError{Value: fmt.Sprintf("argument of %s: %v", ft, err)}
			}
			args = args[:1]
			args[0] = a
		}
		res := fn.Call(args)
		if hasErr {
			if e := res[len(res)-1]; !e.IsNil() {
				return out, &RemoteError{Value: e.Interface().(error).Error()}
			}
		}
		switch {
		case len(res) == 0:
		case len(res) == 1 || hasErr:
			out.Index(i).Set(res[0])
		default:
			tuple := make([]any, len(res))
			for k, x := range res {
				tuple[k] = x.Interface()
			}
			out.Index(i).Set(reflect.ValueOf(tuple))
		}
	}
	return out, nil
}

// runTyped calls the most common kinds of task func directly, without
// reflection per item (a reflective call costs some 200 ns).
func runTyped(fn reflect.Value, items reflect.Value) (reflect.Value, bool) {
	switch f := fn.Interface().(type) {
	case func(int) int:
		if xs, ok := items.Interface().([]int); ok {
			out := make([]int, len(xs))
			for i, x := range xs {
				out[i] = f(x)
			}
			return reflect.ValueOf(out), true
		}
	case func(float64) float64:
		if xs, ok := items.Interface().([]float64); ok {
			out := make([]float64, len(xs))
			for i, x := range xs {
				out[i] = f(x)
			}
			return reflect.ValueOf(out), true
		}
	case func(int) float64:
		if xs, ok := items.Interface().([]int); ok {
			out := make([]float64, len(xs))
			for i, x := range xs {
				out[i] = f(x)
			}
			return reflect.ValueOf(out), true
		}
	case func(int) string:
		if xs, ok := items.Interface().([]int); ok {
			out := make([]string, len(xs))
			for i, x := range xs {
				out[i] = f(x)
			}
			return reflect.ValueOf(out), true
		}
	case func(string) string:
		if xs, ok := items.Interface().([]string); ok {
			out := make([]string, len(xs))
			for i, x := range xs {
				out[i] = f(x)
			}
			return reflect.ValueOf(out), true
		}
	}
	return reflect.Value{}, false
}
