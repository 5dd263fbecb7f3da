// Values of non-struct types a func declares (a context key type, an ID)
// keep their type in interfaces: %T, type switches, assertions, ==
// and map keys tell them from their underlying types.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Named string

func keys() {
	type favContextKey string
	f := func(ctx context.Context, k favContextKey) {
		if v := ctx.Value(k); v != nil {
			fmt.Println("found value:", v)
			return
		}
		fmt.Println("key not found:", k)
	}
	k := favContextKey("language")
	ctx := context.WithValue(context.Background(), k, "Go")
	f(ctx, k)
	f(ctx, favContextKey("color"))
	fmt.Println(ctx.Value("language"))
}

func kinds() {
	type ID int
	type Tag string
	type Flags uint8
	type Empty struct{}
	type Names []string
	vals := []any{ID(3), Tag("t"), Flags(2), Empty{}, 3, "t", Names{"a"}}
	for _, v := range vals {
		switch x := v.(type) {
		case ID:
			fmt.Println("ID", x, int(x)+1)
		case Tag:
			fmt.Println("Tag", x, len(x))
		case Flags:
			fmt.Println("Flags", x&2)
		case Empty:
			fmt.Println("Empty", x)
		case int:
			fmt.Println("int", x)
		case string:
			fmt.Println("string", x)
		default:
			fmt.Printf("other %T\n", x)
		}
	}
	fmt.Printf("%T %v %d %q\n", vals[0], vals[0], vals[0], vals[1])
	fmt.Println(vals[0] == any(3), vals[0] == any(ID(3)), vals[1] == any("t"))
	m := map[any]string{ID(1): "id", 1: "int", Tag("x"): "tag", "x": "str"}
	fmt.Println(len(m), m[ID(1)], m[1], m[Tag("x")], m["x"])
	id, ok := vals[0].(ID)
	_, notInt := vals[0].(int)
	fmt.Println(id, ok, notInt)
	var wg sync.WaitGroup
	out := make([]any, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = ID(i * 10)
		}()
	}
	wg.Wait()
	fmt.Println(out)
	ch := make(chan any, 1)
	ch <- Tag("sent")
	got := <-ch
	fmt.Printf("%T %v\n", got, got)
	type rec struct {
		Key ID
		T   Tag
	}
	r := rec{5, "x"}
	fmt.Printf("%v %+v %T\n", r, r, r)
	var anyRec any = r
	fmt.Printf("%v %+v\n", anyRec, anyRec)
	ids := []ID{3, 1, 2}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	fmt.Println(ids)
	err := errors.New("x")
	var e any = err
	_, isID := e.(ID)
	fmt.Println(isID)
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %v\n", r, r)
	}()
	panic(Tag("boom"))
}

func main() {
	keys()
	kinds()
	var n any = Named("pkg")
	fmt.Printf("%T %v\n", n, n)
}
