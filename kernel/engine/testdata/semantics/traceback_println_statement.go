// A panic in a func called from a println statement: the traceback shows
// the statement as the program writes it (println, not what it is
// lowered to).
package main

func parseBinary(s string) int {
	n := 0
	for _, r := range s {
		if r != '0' && r != '1' {
			panic("bad digit " + string(r))
		}
		n = n*2 + int(r-'0')
	}
	return n
}

func main() {
	println(parseBinary("101"))
	println(parseBinary("12"))
}
