package main

type P struct{ X int }

func main() {
	m := map[string]P{"a": {1}}
	p := &m["a"]
	_ = p
}
