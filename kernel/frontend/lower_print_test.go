package frontend

import "testing"

func TestTypeArgsTight(t *testing.T) {
	for in, want := range map[string]string{
		"main.Pair[string, int]":                        "main.Pair[string,int]",
		"[]main.Pair[main.List[int], map[string]int]":   "[]main.Pair[main.List[int],map[string]int]",
		"map[string]main.Pair[func(int, string), bool]": "map[string]main.Pair[func(int, string),bool]",
		"func(int, string) [2]int":                      "func(int, string) [2]int",
		"struct { A int; B string }":                    "struct { A int; B string }",
	} {
		if got := typeArgsTight(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
