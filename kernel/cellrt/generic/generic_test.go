package generic

import (
	"cmp"
	"fmt"
	"go/build"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// The compiled generic functions are the oracle: each case runs the real
// function and Call on copies of the same input and compares results and
// the input's state afterwards (printed with %v, which shows NaN placement).

type named int

type pt struct {
	X, Y int
}

// negZero is -0.0 (the literal -0.0 is +0 in Go).
var negZero = math.Copysign(0, -1)

func tw[T any]() any { return (*T)(nil) }

func same(t *testing.T, name string, got, want any) {
	t.Helper()
	if g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want); g != w {
		t.Errorf("%s: got %s, want %s", name, g, w)
	}
}

func TestSlicesAgainstCompiled(t *testing.T) {
	nan := math.NaN()
	floats := func() []float64 { return []float64{3, nan, -1, 0, math.Inf(1), negZero, 2, nan} }
	ints := func() []int { return []int{5, 2, 8, 2, 9, 1, 5} }

	f1, f2 := floats(), floats()
	slices.Sort(f1)
	Call("slices.Sort", []any{tw[[]float64](), tw[float64]()}, f2)
	same(t, "Sort floats", fmt.Sprint(f2), fmt.Sprint(f1))

	byMod := func(a, b int) int { return cmp.Compare(a%3, b%3) }
	i1, i2 := ints(), ints()
	slices.SortFunc(i1, byMod)
	Call("slices.SortFunc", []any{tw[[]int](), tw[int]()}, i2, byMod)
	same(t, "SortFunc (unstable order of ties)", i2, i1)

	i1, i2 = ints(), ints()
	slices.SortStableFunc(i1, byMod)
	Call("slices.SortStableFunc", []any{tw[[]int](), tw[int]()}, i2, byMod)
	same(t, "SortStableFunc", i2, i1)

	same(t, "Max", Call("slices.Max", []any{tw[[]int](), tw[int]()}, ints())[0], slices.Max(ints()))
	same(t, "Max NaN", fmt.Sprint(Call("slices.Max", []any{tw[[]float64](), tw[float64]()}, floats())[0]), fmt.Sprint(slices.Max(floats())))
	same(t, "Min", Call("slices.Min", []any{tw[[]int](), tw[int]()}, ints())[0], slices.Min(ints()))
	same(t, "Index", Call("slices.Index", []any{tw[[]int](), tw[int]()}, ints(), 8)[0], slices.Index(ints(), 8))
	same(t, "Contains", Call("slices.Contains", []any{tw[[]int](), tw[int]()}, ints(), 7)[0], slices.Contains(ints(), 7))
	ps := []pt{{1, 2}, {3, 4}}
	same(t, "Index struct", Call("slices.Index", []any{tw[[]pt](), tw[pt]()}, ps, pt{3, 4})[0], slices.Index(ps, pt{3, 4}))
	same(t, "Equal", Call("slices.Equal", []any{tw[[]int](), tw[int]()}, ints(), ints())[0], true)
	s := []int{1, 3, 5, 7}
	r := Call("slices.BinarySearch", []any{tw[[]int](), tw[int]()}, s, 5)
	i, ok := slices.BinarySearch(s, 5)
	same(t, "BinarySearch", r, []any{i, ok})
	r = Call("slices.BinarySearch", []any{tw[[]int](), tw[int]()}, s, 4)
	i, ok = slices.BinarySearch(s, 4)
	same(t, "BinarySearch missing", r, []any{i, ok})

	d1, d2 := ints(), ints()
	w := slices.Delete(d1, 1, 3)
	g := Call("slices.Delete", []any{tw[[]int](), tw[int]()}, d2, 1, 3)[0]
	same(t, "Delete result", g, w)
	same(t, "Delete zeroes the tail", d2, d1)

	c1, c2 := []int{1, 1, 2, 2, 2, 3, 1}, []int{1, 1, 2, 2, 2, 3, 1}
	same(t, "Compact", Call("slices.Compact", []any{tw[[]int](), tw[int]()}, c2)[0], slices.Compact(c1))
	same(t, "Compact tail", c2, c1)

	ins := Call("slices.Insert", []any{tw[[]int](), tw[int]()}, []int{1, 2, 3}, 1, []int{8, 9})[0]
	same(t, "Insert", ins, slices.Insert([]int{1, 2, 3}, 1, 8, 9))
	same(t, "Concat", Call("slices.Concat", []any{tw[[]int](), tw[int]()}, [][]int{{1}, {2, 3}})[0], slices.Concat([]int{1}, []int{2, 3}))
	same(t, "Concat empty", Call("slices.Concat", []any{tw[[]int](), tw[int]()}, [][]int{})[0], slices.Concat[[]int]())
	same(t, "Repeat", Call("slices.Repeat", []any{tw[[]int](), tw[int]()}, []int{1, 2}, 3)[0], slices.Repeat([]int{1, 2}, 3))
	rv1, rv2 := ints(), ints()
	slices.Reverse(rv1)
	Call("slices.Reverse", []any{tw[[]int](), tw[int]()}, rv2)
	same(t, "Reverse", rv2, rv1)

	seq := Call("slices.Values", []any{tw[[]string](), tw[string]()}, []string{"b", "a", "c"})[0]
	sorted := Call("slices.Sorted", []any{tw[string]()}, seq)[0]
	same(t, "Sorted(Values)", sorted, slices.Sorted(slices.Values([]string{"b", "a", "c"})))
	collected := Call("slices.Collect", []any{tw[string]()}, seq)[0]
	same(t, "Collect", collected, []string{"b", "a", "c"})
	var idx []int
	all := Call("slices.All", []any{tw[[]string](), tw[string]()}, []string{"x", "y", "z"})[0].(func(func(int, string) bool))
	for i, v := range all {
		if v == "z" {
			break
		}
		idx = append(idx, i)
	}
	same(t, "All with break", idx, []int{0, 1})

	var chunks [][]int
	for c := range Call("slices.Chunk", []any{tw[[]int](), tw[int]()}, []int{1, 2, 3, 4, 5}, 2)[0].(func(func([]int) bool)) {
		chunks = append(chunks, c)
	}
	same(t, "Chunk", chunks, slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)))

	// A struct type made by reflect, as the interpreter makes cell types.
	st := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0)}})
	sv := reflect.MakeSlice(reflect.SliceOf(st), 3, 3)
	for i, x := range []int{3, 1, 2} {
		sv.Index(i).Field(0).SetInt(int64(x))
	}
	cmpX := reflect.MakeFunc(reflect.FuncOf([]reflect.Type{st, st}, []reflect.Type{reflect.TypeOf(0)}, false), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(cmp.Compare(in[0].Field(0).Int(), in[1].Field(0).Int()))}
	})
	Call("slices.SortFunc", []any{reflect.New(sv.Type()).Interface(), reflect.New(st).Interface()}, sv.Interface(), cmpX.Interface())
	same(t, "SortFunc on a reflect-made struct", fmt.Sprint(sv.Interface()), "[{1} {2} {3}]")
	mx := Call("slices.MaxFunc", []any{reflect.New(sv.Type()).Interface(), reflect.New(st).Interface()}, sv.Interface(), cmpX.Interface())[0]
	same(t, "MaxFunc type", reflect.TypeOf(mx) == st, true)
}

func TestPanicsAsGo(t *testing.T) {
	msg := func(f func()) (s string) {
		defer func() { s = fmt.Sprint(recover()) }()
		f()
		return
	}
	same(t, "Max empty", msg(func() { Call("slices.Max", []any{tw[[]int](), tw[int]()}, []int{}) }), msg(func() { _ = slices.Max([]int{}) }))
	same(t, "Chunk 0", msg(func() { Call("slices.Chunk", []any{tw[[]int](), tw[int]()}, []int{1}, 0) }), msg(func() { _ = slices.Chunk([]int{1}, 0) }))
}

func TestMapsAndCmpAgainstCompiled(t *testing.T) {
	m := map[string]named{"b": 2, "a": 1, "c": 3}
	keys := Call("maps.Keys", []any{tw[map[string]named](), tw[string](), tw[named]()}, m)[0].(func(func(string) bool))
	same(t, "Sorted(Keys)", slices.Sorted(keys), slices.Sorted(maps.Keys(m)))
	vals := Call("maps.Values", []any{tw[map[string]named](), tw[string](), tw[named]()}, m)[0].(func(func(named) bool))
	same(t, "Sorted(Values)", slices.Sorted(vals), slices.Sorted(maps.Values(m)))
	same(t, "Clone nil", Call("maps.Clone", []any{tw[map[string]int](), tw[string](), tw[int]()}, map[string]int(nil))[0], maps.Clone(map[string]int(nil)))
	same(t, "Equal", Call("maps.Equal", []any{tw[map[string]named](), tw[map[string]named](), tw[string](), tw[named]()}, m, maps.Clone(m))[0], true)
	col := Call("maps.Collect", []any{tw[string](), tw[named]()}, maps.All(m))[0]
	same(t, "Collect", fmt.Sprint(col), fmt.Sprint(maps.Collect(maps.All(m))))
	nan := math.NaN()
	for _, p := range [][2]float64{{1, 2}, {nan, 1}, {nan, nan}, {2, nan}, {negZero, 0}} {
		same(t, "cmp.Compare", Call("cmp.Compare", []any{tw[float64]()}, p[0], p[1])[0], cmp.Compare(p[0], p[1]))
		same(t, "cmp.Less", Call("cmp.Less", []any{tw[float64]()}, p[0], p[1])[0], cmp.Less(p[0], p[1]))
	}
	same(t, "cmp.Or", Call("cmp.Or", []any{tw[string]()}, []string{"", "x", "y"})[0], cmp.Or("", "x", "y"))
	same(t, "strings compare", Call("cmp.Compare", []any{tw[string]()}, "a", "b")[0], strings.Compare("a", "b"))
}

func TestEveryGenericFuncOfTheseIsCovered(t *testing.T) {
	for _, n := range []string{"slices.Sort", "slices.SortFunc", "slices.Sorted", "slices.Max", "slices.BinarySearch", "slices.Equal", "maps.Keys", "maps.Values", "cmp.Compare", "errors.AsType"} {
		if !Supported(n) {
			t.Errorf("%s is not supported", n)
		}
	}
	if len(Names()) < 50 {
		t.Errorf("only %d functions", len(Names()))
	}
}

func TestPullAgainstCompiled(t *testing.T) {
	seq := slices.Values([]int{1, 2, 3})
	r := Call("iter.Pull", []any{tw[int]()}, seq)
	next, stop := r[0].(func() (int, bool)), r[1].(func())
	var got []any
	for range 4 {
		v, ok := next()
		got = append(got, v, ok)
	}
	stop()
	same(t, "Pull", got, []any{1, true, 2, true, 3, true, 0, false})
	r = Call("iter.Pull", []any{tw[int]()}, seq)
	next, stop = r[0].(func() (int, bool)), r[1].(func())
	v, ok := next()
	stop()
	v2, ok2 := next()
	same(t, "Pull stopped", []any{v, ok, v2, ok2}, []any{1, true, 0, false})
}

// refused are the standard library's generic functions Call does not
// implement: they return instances of generic types, which the front end
// refuses with a message (README).
var refused = map[string]bool{"unique.Make": true, "weak.Make": true}

// TestCoversTheStandardLibrary fails when an exported generic function of
// the standard library, in the toolchain's own source, is not
// implemented (nor refused).
func TestCoversTheStandardLibrary(t *testing.T) {
	//lint:ignore SA1019 a first guess; the go command's answer wins below
	root := runtime.GOROOT()
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		root = strings.TrimSpace(string(out))
	}
	src := filepath.Join(root, "src")
	if _, err := os.Stat(filepath.Join(src, "slices")); err != nil {
		t.Skip("the toolchain's source is not installed")
	}
	decl := regexp.MustCompile(`(?m)^func ([A-Z]\w*)\[`)
	found := 0
	filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			switch d.Name() {
			case "internal", "vendor", "testdata", "cmd":
				return filepath.SkipDir
			}
			if strings.HasPrefix(d.Name(), "_") {
				return filepath.SkipDir
			}
			return nil
		}
		// As the kernel is built: no test files, no experiments.
		if ok, _ := build.Default.MatchFile(filepath.Dir(path), d.Name()); !ok || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, _ := os.ReadFile(path)
		if regexp.MustCompile(`(?m)^package \w+_test`).Match(b) || regexp.MustCompile(`(?m)^package main$`).Match(b) {
			return nil
		}
		pkg := filepath.ToSlash(filepath.Dir(rel))
		for _, m := range decl.FindAllStringSubmatch(string(b), -1) {
			found++
			if name := pkg + "." + m[1]; !Supported(name) && !refused[name] {
				t.Errorf("%s is not implemented", name)
			}
		}
		return nil
	})
	if found < 60 {
		t.Errorf("found only %d generic functions in %s", found, src)
	}
}

// TestSlicesGrowAsAppend: the slices funcs that allocate give results of
// the capacity the real ones give (teaching material prints cap), for
// lengths around the allocator's size classes, in place or not.
func TestSlicesGrowAsAppend(t *testing.T) {
	mk := func(n, c int) []int {
		s := make([]int, n, c)
		for i := range s {
			s[i] = i + 1
		}
		return s
	}
	sig := []any{tw[[]int](), tw[int]()}
	check := func(name string, got any, want []int) {
		t.Helper()
		g := got.([]int)
		if !slices.Equal(g, want) || cap(g) != cap(want) {
			t.Errorf("%s: got %v cap %d, want %v cap %d", name, g, cap(g), want, cap(want))
		}
	}
	for _, n := range []int{0, 1, 3, 5, 7, 9, 17, 33, 300} {
		for _, extra := range []int{0, 1, 4} {
			c := n + extra
			name := fmt.Sprintf("len %d cap %d", n, c)
			check("Grow "+name, Call("slices.Grow", sig, mk(n, c), 3)[0], slices.Grow(mk(n, c), 3))
			if n > 0 {
				check("Clone "+name, Call("slices.Clone", sig, mk(n, c))[0], slices.Clone(mk(n, c)))
				check("Insert "+name, Call("slices.Insert", sig, mk(n, c), 1, []int{8, 9})[0], slices.Insert(mk(n, c), 1, 8, 9))
				check("Insert at end "+name, Call("slices.Insert", sig, mk(n, c), n, []int{8})[0], slices.Insert(mk(n, c), n, 8))
				check("Replace "+name, Call("slices.Replace", sig, mk(n, c), 0, 1, []int{7, 8, 9})[0], slices.Replace(mk(n, c), 0, 1, 7, 8, 9))
				check("Replace tail "+name, Call("slices.Replace", sig, mk(n, c), n-1, n, []int{7, 8})[0], slices.Replace(mk(n, c), n-1, n, 7, 8))
			}
			check("Concat "+name, Call("slices.Concat", sig, [][]int{mk(n, c), {1, 2}})[0], slices.Concat(mk(n, c), []int{1, 2}))
		}
	}
	r1, r2 := mk(5, 8), mk(5, 8)
	_ = slices.Replace(r1, 1, 2, 7, 8)
	Call("slices.Replace", sig, r2, 1, 2, []int{7, 8})
	same(t, "Replace in place changes the input", r2[:cap(r2)], r1[:cap(r1)])
}
