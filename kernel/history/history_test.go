package history

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestGlobMatch(t *testing.T) {
	for _, tc := range []struct {
		pattern, s string
		want       bool
	}{
		{"*", "", true},
		{"*", "anything\nat all", true},
		{"", "", true},
		{"", "x", false},
		{"abc", "abc", true},
		{"abc", "abcd", false},
		{"a?c", "abc", true},
		{"a?c", "aéc", true},
		{"a?c", "ac", false},
		{"*print*", "fmt.Println(1)", false},
		{"*Print*", "fmt.Println(1)", true},
		{"fmt.*(?)", "fmt.Println(1)", true},
		{"*a*b*c", "xxaxxbxxc", true},
		{"*a*b*c", "xxaxxbxxcx", false},
		{"x*", "y", false},
		{"*x*x*x*x*x*x*y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", false},
	} {
		if got := globMatch(tc.pattern, tc.s); got != tc.want {
			t.Errorf("globMatch(%q, %q) = %v", tc.pattern, tc.s, got)
		}
	}
}

func intp(n int) *int           { return &n }
func strp(s string) *string     { return &s }
func show(entries []any) string { return fmt.Sprint(entries) }

func TestHistoryQueries(t *testing.T) {
	h := newStore("")
	out := "42"
	h.Add(1, "x := 1", nil)
	h.Add(2, "fmt.Println(x)", nil)
	h.Add(3, "x", &out)
	h.Add(4, "fmt.Println(x)", nil)

	for _, tc := range []struct {
		req  Request
		want string
	}{
		{Request{HistAccessType: "tail", N: intp(2)}, "[[1 3 x] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "tail", N: intp(10)}, "[[1 1 x := 1] [1 2 fmt.Println(x)] [1 3 x] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "tail", N: intp(0)}, "[]"},
		{Request{HistAccessType: "tail", N: intp(1), Output: true}, "[[1 4 [fmt.Println(x) <nil>]]]"},
		{Request{HistAccessType: "range", Session: 0, Start: 2, Stop: intp(4)}, "[[1 2 fmt.Println(x)] [1 3 x]]"},
		{Request{HistAccessType: "range", Session: 1, Start: 3}, "[[1 3 x] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "range", Session: 0, Start: 3, Stop: intp(4), Output: true}, "[[1 3 [x 42]]]"},
		{Request{HistAccessType: "range", Session: 0, Start: -2}, "[[1 3 x] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "range", Session: -1, Start: 1}, "[]"},
		{Request{HistAccessType: "search", Pattern: strp("fmt.*")}, "[[1 2 fmt.Println(x)] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "search", Pattern: strp("fmt.*"), Unique: true}, "[[1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "search", Pattern: strp("*x*"), N: intp(2)}, "[[1 3 x] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "search", Pattern: strp("*x*"), Unique: true}, "[[1 1 x := 1] [1 3 x] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "search"}, "[[1 1 x := 1] [1 2 fmt.Println(x)] [1 3 x] [1 4 fmt.Println(x)]]"},
		{Request{HistAccessType: "search", Pattern: strp("nothing")}, "[]"},
		{Request{HistAccessType: "bogus"}, "[]"},
	} {
		if got := show(h.Query(tc.req)); got != tc.want {
			t.Errorf("%+v: got %s, want %s", tc.req, got, tc.want)
		}
	}
}

func TestHistoryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "history")
	h1 := newStore(path)
	h1.Add(1, "a := 1", nil)
	h1.Add(2, "a", nil)
	h2 := newStore(path)
	if h2.session != 2 {
		t.Fatalf("second session is %d", h2.session)
	}
	h2.Add(1, "b", nil)
	if got := show(h2.Query(Request{HistAccessType: "tail", N: intp(3)})); got != "[[1 1 a := 1] [1 2 a] [2 1 b]]" {
		t.Fatalf("tail across sessions: %s", got)
	}
	if got := show(h2.Query(Request{HistAccessType: "range", Session: -1, Start: 2})); got != "[[1 2 a]]" {
		t.Fatalf("previous session: %s", got)
	}
	// A session that ran no cell still takes a number.
	newStore(path)
	if h := newStore(path); h.session != 4 {
		t.Fatalf("session %d", h.session)
	}
	// A torn line is skipped; an unusable path falls back to memory.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"s":9,"l":1,"i":"tor`)
	f.Close()
	if h := newStore(path); h.session != 5 {
		t.Fatalf("after a torn line: session %d", h.session)
	}
	h := newStore(filepath.Join(path, "not-a-dir", "history"))
	h.Add(1, "x", nil)
	if got := show(h.Query(Request{HistAccessType: "tail", N: intp(1)})); got != "[[1 1 x]]" {
		t.Fatalf("memory fallback: %s", got)
	}
}
