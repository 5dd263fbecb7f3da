// Declared funcs handed to the program's own funcs whose parameters
// have a named func type of the standard library (http.HandlerFunc,
// filepath.WalkFunc): the middleware pattern, a method and a closure
// taking one, and a variadic chain of them.
package main

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
)

func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello ", r.URL.Path) }

func bye(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "bye") }

func logging(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("->", r.Method, r.URL.Path)
		next(w, r)
	}
}

func chain(hs ...http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for _, h := range hs {
			h(w, r)
			fmt.Fprint(w, ";")
		}
	}
}

func visit(path string, info fs.FileInfo, err error) error {
	fmt.Println("visit", path, info == nil, err)
	return nil
}

type Walker struct{ root string }

func (w Walker) Run(f filepath.WalkFunc) error {
	return f(w.root+"/a.txt", nil, nil)
}

func serve(h http.Handler, path string) string {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Body.String()
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hi", logging(hello))
	mux.Handle("/both", chain(hello, bye, logging(bye)))
	fmt.Println(serve(mux, "/hi"))
	fmt.Println(serve(mux, "/both"))

	fmt.Println(Walker{"docs"}.Run(visit))
	apply := func(f filepath.WalkFunc) error { return f("x", nil, fs.ErrNotExist) }
	fmt.Println(apply(visit))

	var handlers []http.HandlerFunc
	handlers = append(handlers, logging(bye))
	rec := httptest.NewRecorder()
	handlers[0](rec, httptest.NewRequest("POST", "/bye", strings.NewReader("")))
	fmt.Println(rec.Body.String())
}
