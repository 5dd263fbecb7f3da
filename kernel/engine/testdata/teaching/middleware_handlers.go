package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	Header map[string]string
}

type Response struct {
	Code int
	Body strings.Builder
}

type Handler interface {
	Serve(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Mux struct {
	routes map[string]Handler
}

func (m *Mux) Handle(p string, h Handler) {
	if m.routes == nil {
		m.routes = map[string]Handler{}
	}
	m.routes[p] = h
}

func (m *Mux) HandleFunc(p string, f func(*Response, *Request)) { m.Handle(p, HandlerFunc(f)) }

func (m *Mux) Serve(w *Response, r *Request) {
	best := ""
	for p := range m.routes {
		if strings.HasPrefix(r.Path, p) && len(p) > len(best) {
			best = p
		}
	}
	if best == "" {
		w.Code = 404
		w.Body.WriteString("not found")
		return
	}
	m.routes[best].Serve(w, r)
}

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			*log = append(*log, "start "+r.Path)
			next.Serve(w, r)
			*log = append(*log, fmt.Sprintf("end %s %d", r.Path, w.Code))
		})
	}
}

func Auth(token string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			if r.Header["Authorization"] != token {
				w.Code = 401
				fmt.Fprint(&w.Body, "unauthorized")
				return
			}
			next.Serve(w, r)
		})
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type counter map[string]int

func (c counter) Serve(w *Response, r *Request) {
	c[r.Path]++
	w.Code = 200
	fmt.Fprintf(&w.Body, "%s seen %d", r.Path, c[r.Path])
}

func main() {
	var log []string
	mux := &Mux{}
	hits := counter{}
	mux.Handle("/count", hits)
	mux.HandleFunc("/hello", func(w *Response, r *Request) {
		w.Code = 200
		w.Body.WriteString("hello " + strings.TrimPrefix(r.Path, "/hello/"))
	})
	mux.Handle("/admin", Auth("secret")(HandlerFunc(func(w *Response, r *Request) {
		w.Code = 200
		w.Body.WriteString("welcome")
	})))
	app := Chain(mux, Logging(&log))
	reqs := []*Request{
		{Path: "/hello/ann"}, {Path: "/count"}, {Path: "/count/x"}, {Path: "/nope"},
		{Path: "/admin"}, {Path: "/admin", Header: map[string]string{"Authorization": "secret"}},
	}
	for _, r := range reqs {
		var w Response
		app.Serve(&w, r)
		fmt.Printf("%-12s %d %q\n", r.Path, w.Code, w.Body.String())
	}
	fmt.Println(strings.Join(log, "; "))
	keys := make([]string, 0)
	for k := range hits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, hits)
	var h Handler = hits
	_, isFunc := h.(HandlerFunc)
	fmt.Printf("%T %v %T\n", h, isFunc, app)
}
