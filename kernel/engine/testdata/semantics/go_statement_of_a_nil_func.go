package main

import (
	"fmt"
	"sync"
)

// A go statement given a nil func value: called with arguments, the new
// goroutine panics; called with none (a hook never set), Go stops the
// program with a fatal error, which no recover catches, before the
// statement after it runs.

type Server struct {
	handlers map[string]func(*sync.WaitGroup)
	onDone   func()
}

func (s *Server) dispatch(route string, wg *sync.WaitGroup) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	h := s.handlers[route]
	wg.Add(1)
	go h(wg)
	fmt.Println("dispatched", route)
}

func (s *Server) start() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	go s.onDone()
	fmt.Println("started")
}

func main() {
	var wg sync.WaitGroup
	s := &Server{handlers: map[string]func(*sync.WaitGroup){
		"/hello": func(wg *sync.WaitGroup) { defer wg.Done() },
	}}
	s.dispatch("/hello", &wg)
	wg.Wait()
	s.onDone = func() {
		defer wg.Done()
		fmt.Println("done hook")
	}
	wg.Add(1)
	go s.onDone()
	wg.Wait()
	s.onDone = nil
	s.start()
	fmt.Println("never printed")
}
