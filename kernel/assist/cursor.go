package assist

import (
	"unicode"
	"unicode/utf8"
)

// byteOffset converts a position in code points to a byte offset in code,
// clamped to [0, len(code)]. A byte that is not valid UTF-8 counts as one
// code point.
func byteOffset(code string, cp int) int {
	if cp <= 0 {
		return 0
	}
	b := 0
	for n := 0; n < cp && b < len(code); n++ {
		_, w := utf8.DecodeRuneInString(code[b:])
		b += w
	}
	return b
}

// cpOffset converts a byte offset in code to a position in code points.
func cpOffset(code string, b int) int {
	if b > len(code) {
		b = len(code)
	}
	if b < 0 {
		return 0
	}
	return utf8.RuneCountInString(code[:b])
}

// isIdentRune reports whether r may appear in a Go identifier.
func isIdentRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordBounds returns the byte range of the identifier that touches byte
// offset b in code (it may be empty: start == end == b).
func wordBounds(code string, b int) (start, end int) {
	start, end = b, b
	for start > 0 {
		r, w := utf8.DecodeLastRuneInString(code[:start])
		if !isIdentRune(r) {
			break
		}
		start -= w
	}
	for end < len(code) {
		r, w := utf8.DecodeRuneInString(code[end:])
		if !isIdentRune(r) {
			break
		}
		end += w
	}
	return start, end
}
