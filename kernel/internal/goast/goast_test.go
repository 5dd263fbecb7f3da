package goast

import (
	"go/parser"
	"testing"
)

func TestBaseTypeName(t *testing.T) {
	for src, want := range map[string]string{
		"T": "T", "*T": "T", "(*T)": "T", "T[int]": "T", "*T[K, V]": "T", "pkg.T": "T", "[]T": "", "func()": "",
	} {
		e, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := BaseTypeName(e); got != want {
			t.Errorf("BaseTypeName(%s) = %q, want %q", src, got, want)
		}
	}
}
