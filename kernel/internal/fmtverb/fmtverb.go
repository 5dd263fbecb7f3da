// Package fmtverb reads a format string as package fmt does: each verb,
// where it is written and which operand it formats. The front end uses
// it on a cell's constant formats, the cell runtime on formats known only
// when they run (a template's printf).
package fmtverb

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Verb is one verb of a format string.
type Verb struct {
	// Verb is the verb's rune ('v', 'T', 'd').
	Verb rune
	// Arg is the index of the operand it formats, counted as fmt
	// counts them: after the operands its width and precision take
	// ("%*d"), and from an explicit index ("%[2]v").
	Arg int
	// Start and End delimit the verb in the format, from its '%' to
	// past its rune; Flags are the flags written after the '%'.
	Start, End int
	Flags      string
}

// Parse returns the verbs of format in order; "%%" is none. A verb cut
// short by the end of the format is not one.
func Parse(format string) []Verb {
	var out []Verb
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		start := i
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		flags := i
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		v := Verb{Start: start, Flags: format[flags:i]}
		// An explicit operand index ("[2]") sets the operand of what
		// follows it.
		index := func() {
			if i < len(format) && format[i] == '[' {
				if j := strings.IndexByte(format[i:], ']'); j > 0 {
					if n, err := strconv.Atoi(format[i+1 : i+j]); err == nil && n > 0 {
						arg = n - 1
					}
					i += j + 1
				}
			}
		}
		// Width, then precision: either may be an operand ('*').
		number := func() {
			index()
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				return
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		number()
		if i < len(format) && format[i] == '.' {
			i++
			number()
		}
		index()
		if i >= len(format) {
			break
		}
		r, size := utf8.DecodeRuneInString(format[i:])
		v.Verb, v.Arg, v.End = r, arg, i+size
		out = append(out, v)
		arg++
		i += size - 1
	}
	return out
}
