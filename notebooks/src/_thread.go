import (
	"reflect"
	"sync"
)

// Thread is Python's threading.Thread for goroutines: Start runs
// Target(Args...) in a new goroutine, Join waits until it has returned.
type Thread struct {
	Target any
	Args   []any
	wg     sync.WaitGroup
}

func (t *Thread) Start() {
	args := make([]reflect.Value, len(t.Args))
	for i, a := range t.Args {
		args[i] = reflect.ValueOf(a)
	}
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		reflect.ValueOf(t.Target).Call(args)
	}()
}

func (t *Thread) Join() {
	t.wg.Wait()
}
