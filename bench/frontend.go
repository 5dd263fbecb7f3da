package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/traefik/yaegi/stdlib"

	"github.com/goteach/goteach/kernel/frontend"
)

const secFrontend = "Front end (go/types check and lowering of one cell)"

// frontendRows measures what type-checking and lowering cost per cell:
// in an empty session and in one with 200 declarations, after the
// packages were loaded (the first cell pays for loading them).
func frontendRows(o options) []row {
	im := frontend.NewImporter(stdlib.Symbols)
	fe := frontend.New(frontend.Config{Importer: im, GoVersion: "go1.26"})
	session := []*frontend.Decl{{Kind: "import", Name: "fmt", Path: "fmt"}, {Kind: "import", Name: "strings", Path: "strings"}}
	for i := range 200 {
		switch i % 4 {
		case 0:
			session = append(session, &frontend.Decl{Kind: "func", Name: fmt.Sprintf("f%d", i),
				Src: fmt.Sprintf("func f%d(x int) int { return x*%d + len(strings.Repeat(\"a\", x%%3)) }", i, i)})
		case 1:
			session = append(session, &frontend.Decl{Kind: "type", Name: fmt.Sprintf("T%d", i),
				Src: fmt.Sprintf("type T%d struct{ A, B int; S string }", i)})
		case 2:
			session = append(session, &frontend.Decl{Kind: "const", Name: fmt.Sprintf("C%d", i), Src: fmt.Sprintf("const C%d = %d", i, i)})
		default:
			session = append(session, &frontend.Decl{Kind: "var", Name: fmt.Sprintf("v%d", i), VarType: "[]int"})
		}
	}
	cell := "for i := range 10 { fmt.Println(i, min(i, 3)) }"
	pieces := []frontend.Piece{{Kind: frontend.PieceStmt, Start: 0, End: len(cell)}}
	measure := func(sess []*frontend.Decl) []float64 {
		if _, err := fe.Check(cell, pieces, sess); err != nil { // loads the packages
			fmt.Println("bench: front end:", err)
			return nil
		}
		n := 200
		if o.quick {
			n = 40
		}
		var ms []float64
		for range n {
			t := time.Now()
			fe.Check(cell, pieces, sess) //nolint:errcheck // checked above
			ms = append(ms, float64(time.Since(t).Microseconds())/1000)
		}
		return ms
	}
	var rows []row
	for _, c := range []struct {
		name string
		sess []*frontend.Decl
	}{{"trivial cell, empty session", session[:2]}, {"trivial cell, 200 declarations", session}} {
		ms := measure(c.sess)
		if len(ms) == 0 {
			continue
		}
		sort.Float64s(ms)
		med := ms[len(ms)/2]
		rows = append(rows, row{Section: secFrontend, Figure: c.name, Unit: "ms", Goteach: q(med),
			GoteachNote: "median of " + fmt.Sprint(len(ms)) + " checks", Peer: strings.Repeat("—", 1), Met: "—"})
	}
	return rows
}
