package main

import (
	"fmt"
	"slices"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache[K, V]) Keys() []K { return slices.Clone(c.order) }

func GetOr[K comparable, V any](c *Cache[K, V], k K, def V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	return def
}

func main() {
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	fmt.Println(c.Get("a"))
	fmt.Println(c.Get("b"))
	fmt.Println(GetOr(c, "zzz", -1))
	pc := NewCache[[2]int, []string](5)
	pc.Put([2]int{1, 1}, []string{"x"})
	v, _ := pc.Get([2]int{1, 1})
	fmt.Printf("%v %T\n", v, pc)
}
