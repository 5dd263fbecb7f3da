// log names the file and line of its caller when its flags ask
// (Lshortfile, Llongfile): the kernel names the cell's line.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
)

type store struct {
	log  *log.Logger
	data map[string]int
}

func (s *store) put(k string, v int) {
	s.log.Printf("put %s=%d", k, v)
	s.data[k] = v
}

func check(err error) {
	if err != nil {
		log.Println("error:", err)
	}
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	log.Println("start")
	log.Printf("%d + %d = %d",
		2, 3,
		5)
	check(fmt.Errorf("disk %s", "full"))

	var b strings.Builder
	s := &store{log: log.New(&b, "[store] ", log.Lshortfile|log.Lmsgprefix), data: map[string]int{}}
	s.put("a", 1)
	s.log.SetPrefix("[db] ")
	s.put("b", 2)
	fmt.Print(b.String())

	lg := log.New(os.Stdout, "app: ", log.Lshortfile)
	lg.Println("no msgprefix")
	lg.Output(1, "via Output")
	log.SetPrefix("main: ")
	log.Print("prefixed")
	log.SetPrefix("")

	var v log.Logger
	v.SetOutput(os.Stdout)
	v.SetFlags(log.Llongfile)
	v.Print("value logger")

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		log.Println("from a goroutine")
	}()
	wg.Wait()

	plain := log.New(os.Stdout, "plain: ", 0)
	plain.Println("no file")

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	log.Fatalln("giving up")
}
