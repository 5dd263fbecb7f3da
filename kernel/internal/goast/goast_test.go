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

func TestQualified(t *testing.T) {
	for src, want := range map[string]bool{
		"pkg.T": true, "*pkg.T": true, "pkg.T[int]": true, "(pkg.T)": true, "T": false, "*T[int]": false, "[]pkg.T": false,
	} {
		e, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := Qualified(e); got != want {
			t.Errorf("Qualified(%s) = %v, want %v", src, got, want)
		}
	}
}
