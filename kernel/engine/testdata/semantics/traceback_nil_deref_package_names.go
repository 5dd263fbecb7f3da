// A nil pointer dereference names its own line, not an earlier line that
// reads a standard package's constant (unicode.MaxASCII looks like a
// field of a variable to a reader of the source alone).
package main

import (
	"fmt"
	"unicode"
)

type Token struct{ text []rune }

func main() {
	var tok *Token
	for _, r := range "ab" {
		if unicode.IsLetter(r) && r <= unicode.MaxASCII {
			fmt.Println("letter", string(r))
		}
	}
	fmt.Println(len(tok.text))
}
