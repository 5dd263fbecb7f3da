package main

import "fmt"

type store struct{ data map[string]int }

func (s *store) close() { fmt.Println("closing") }

func (s *store) save(k string) {
	defer s.close()
	defer func() {
		fmt.Println("flushing", k)
		s.data[k]++
	}()
	fmt.Println("saving", k)
}

func run(s *store) {
	s.save("a")
}

func main() {
	s := &store{}
	run(s)
}
