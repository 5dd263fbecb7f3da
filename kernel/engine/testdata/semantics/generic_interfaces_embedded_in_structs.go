// Decorators built by embedding an instance of a generic interface: a
// logging repository wraps any Repo[K, V] and overrides one method, a
// counter wraps a Getter[int]. The embedded field is keyed, selected and
// called through, and its methods are promoted.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Repo[K comparable, V any] interface {
	Put(k K, v V)
	Get(k K) (V, bool)
	Keys() []K
}

type memRepo[K comparable, V any] struct{ m map[K]V }

func newMem[K comparable, V any]() *memRepo[K, V] { return &memRepo[K, V]{m: map[K]V{}} }

func (r *memRepo[K, V]) Put(k K, v V) { r.m[k] = v }
func (r *memRepo[K, V]) Get(k K) (V, bool) {
	v, ok := r.m[k]
	return v, ok
}
func (r *memRepo[K, V]) Keys() []K {
	var ks []K
	for k := range r.m {
		ks = append(ks, k)
	}
	return ks
}

type Logged[K comparable, V any] struct {
	Repo[K, V]
	log []string
}

func (l *Logged[K, V]) Put(k K, v V) {
	l.log = append(l.log, fmt.Sprintf("put %v=%v", k, v))
	l.Repo.Put(k, v)
}

type Getter[V any] interface{ Get() V }

type box[V any] struct{ v V }

func (b box[V]) Get() V { return b.v }

type Counted struct {
	Getter[int]
	calls int
}

func (c *Counted) Get() int {
	c.calls++
	return c.Getter.Get()
}

func main() {
	users := &Logged[string, int]{Repo: newMem[string, int]()}
	users.Put("ann", 31)
	users.Put("bob", 27)
	age, ok := users.Get("ann")
	fmt.Println(age, ok)
	_, ok = users.Repo.Get("cid")
	fmt.Println(ok)
	keys := users.Keys()
	sort.Strings(keys)
	fmt.Println(keys, strings.Join(users.log, "; "))

	var r Repo[string, int] = users
	r.Put("cid", 40)
	fmt.Println(len(users.log), len(r.Keys()))

	c := Counted{Getter: box[int]{7}}
	fmt.Println(c.Get(), c.Get(), c.Getter.Get(), c.calls)
	c.Getter = box[int]{9}
	var g Getter[int] = &c
	fmt.Println(g.Get(), c.calls)
}
