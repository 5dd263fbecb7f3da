package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /players/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "player %s", r.PathValue("name"))
	})
	mux.HandleFunc("POST /players/", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	})
	for _, req := range []*http.Request{
		httptest.NewRequest("GET", "/players/ann", nil),
		httptest.NewRequest("POST", "/players/", nil),
		httptest.NewRequest("DELETE", "/players/ann", nil),
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		b, _ := io.ReadAll(rec.Result().Body)
		fmt.Println(rec.Code, string(b))
	}
}
