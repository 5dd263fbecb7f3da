// A func type that refers to itself, as a lexer's states are written:
// refused with a message (the interpreter cannot build the type).
package main

import "fmt"

type lexer struct {
	input string
	pos   int
	words int
}

type stateFn func(*lexer) stateFn

func inSpace(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] == ' ' {
		l.pos++
	}
	if l.pos == len(l.input) {
		return nil
	}
	return inWord
}

func inWord(l *lexer) stateFn {
	l.words++
	for l.pos < len(l.input) && l.input[l.pos] != ' ' {
		l.pos++
	}
	return inSpace
}

func main() {
	l := &lexer{input: "go is  fun"}
	for state := inSpace; state != nil; {
		state = state(l)
	}
	fmt.Println(l.words)
}
