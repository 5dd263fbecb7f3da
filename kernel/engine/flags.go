package engine

import (
	"flag"
	"io"
	"reflect"
	"sync"
	"time"
)

// cellFlags is the flag package's command line as a session's cells see
// it: the command line of a program run without arguments (Parse reads
// the cell's os.Args, never the kernel's), and a flag declared again
// when its cell runs again replaces the earlier one instead of panicking
// ("flag redefined"), as a program run afresh would declare it once.
type cellFlags struct {
	mu   sync.Mutex
	set  *flag.FlagSet
	args *[]string // the cells' os.Args
	out  io.Writer
}

func newCellFlags(args *[]string, out io.Writer) *cellFlags {
	c := &cellFlags{args: args, out: out}
	c.set = c.fresh()
	return c
}

func (c *cellFlags) fresh() *flag.FlagSet {
	name := "main"
	if len(*c.args) > 0 {
		name = (*c.args)[0]
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.out)
	return fs
}

// define returns the set to declare name on: the current one, or a copy
// without the earlier flag of that name.
func (c *cellFlags) define(name string) *flag.FlagSet {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.set.Lookup(name) != nil {
		fs := c.fresh()
		c.set.VisitAll(func(f *flag.Flag) {
			if f.Name != name {
				fs.Var(f.Value, f.Name, f.Usage)
			}
		})
		c.set = fs
	}
	return c.set
}

// current returns the set.
func (c *cellFlags) current() *flag.FlagSet {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.set
}

// symbols are the flag package's funcs over the set.
func (c *cellFlags) symbols() map[string]reflect.Value {
	cur := c.current
	return map[string]reflect.Value{
		"CommandLine": reflect.ValueOf(&c.set).Elem(),
		"Parse": reflect.ValueOf(func() {
			cur().Parse((*c.args)[1:]) //nolint:errcheck // as flag.Parse: os.Args[1:] when it runs
		}),
		"Parsed":        reflect.ValueOf(func() bool { return cur().Parsed() }),
		"Args":          reflect.ValueOf(func() []string { return cur().Args() }),
		"Arg":           reflect.ValueOf(func(i int) string { return cur().Arg(i) }),
		"NArg":          reflect.ValueOf(func() int { return cur().NArg() }),
		"NFlag":         reflect.ValueOf(func() int { return cur().NFlag() }),
		"Lookup":        reflect.ValueOf(func(name string) *flag.Flag { return cur().Lookup(name) }),
		"Set":           reflect.ValueOf(func(name, value string) error { return cur().Set(name, value) }),
		"Visit":         reflect.ValueOf(func(fn func(*flag.Flag)) { cur().Visit(fn) }),
		"VisitAll":      reflect.ValueOf(func(fn func(*flag.Flag)) { cur().VisitAll(fn) }),
		"PrintDefaults": reflect.ValueOf(func() { cur().PrintDefaults() }),
		"Bool":          reflect.ValueOf(func(n string, v bool, u string) *bool { return c.define(n).Bool(n, v, u) }),
		"BoolVar":       reflect.ValueOf(func(p *bool, n string, v bool, u string) { c.define(n).BoolVar(p, n, v, u) }),
		"Int":           reflect.ValueOf(func(n string, v int, u string) *int { return c.define(n).Int(n, v, u) }),
		"IntVar":        reflect.ValueOf(func(p *int, n string, v int, u string) { c.define(n).IntVar(p, n, v, u) }),
		"Int64":         reflect.ValueOf(func(n string, v int64, u string) *int64 { return c.define(n).Int64(n, v, u) }),
		"Int64Var":      reflect.ValueOf(func(p *int64, n string, v int64, u string) { c.define(n).Int64Var(p, n, v, u) }),
		"Uint":          reflect.ValueOf(func(n string, v uint, u string) *uint { return c.define(n).Uint(n, v, u) }),
		"UintVar":       reflect.ValueOf(func(p *uint, n string, v uint, u string) { c.define(n).UintVar(p, n, v, u) }),
		"Uint64":        reflect.ValueOf(func(n string, v uint64, u string) *uint64 { return c.define(n).Uint64(n, v, u) }),
		"Uint64Var":     reflect.ValueOf(func(p *uint64, n string, v uint64, u string) { c.define(n).Uint64Var(p, n, v, u) }),
		"Float64":       reflect.ValueOf(func(n string, v float64, u string) *float64 { return c.define(n).Float64(n, v, u) }),
		"Float64Var":    reflect.ValueOf(func(p *float64, n string, v float64, u string) { c.define(n).Float64Var(p, n, v, u) }),
		"String":        reflect.ValueOf(func(n, v, u string) *string { return c.define(n).String(n, v, u) }),
		"StringVar":     reflect.ValueOf(func(p *string, n, v, u string) { c.define(n).StringVar(p, n, v, u) }),
		"Duration":      reflect.ValueOf(func(n string, v time.Duration, u string) *time.Duration { return c.define(n).Duration(n, v, u) }),
		"DurationVar":   reflect.ValueOf(func(p *time.Duration, n string, v time.Duration, u string) { c.define(n).DurationVar(p, n, v, u) }),
		"Func":          reflect.ValueOf(func(n, u string, fn func(string) error) { c.define(n).Func(n, u, fn) }),
		"BoolFunc":      reflect.ValueOf(func(n, u string, fn func(string) error) { c.define(n).BoolFunc(n, u, fn) }),
		"Var":           reflect.ValueOf(func(v flag.Value, n, u string) { c.define(n).Var(v, n, u) }),
	}
}
