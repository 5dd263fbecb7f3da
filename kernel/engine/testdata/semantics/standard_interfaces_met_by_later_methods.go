package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Funcs written before the types they handle, whose methods come later
// still: assertions and type switches to standard interfaces find them.

func describe(v any) string {
	switch x := v.(type) {
	case io.Reader, io.Writer:
		return fmt.Sprintf("io %T", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return "unknown"
}

func sortIfYouCan(v any) {
	if s, ok := v.(sort.Interface); ok {
		sort.Sort(s)
	}
}

type Upper struct{ b strings.Builder }

type Temp float64

type ByLen []string

func (u *Upper) Write(p []byte) (int, error) {
	return u.b.WriteString(strings.ToUpper(string(p)))
}

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func (s ByLen) Len() int           { return len(s) }
func (s ByLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s ByLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	u := &Upper{}
	fmt.Println(describe(u), describe(Temp(21.5)), describe(3))
	fmt.Fprint(u, "hello")
	fmt.Println(u.b.String())
	words := ByLen{"banana", "fig", "apple"}
	sortIfYouCan(words)
	fmt.Println(words)
}
