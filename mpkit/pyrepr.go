package mpkit

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// pyRepr quotes s as Python's repr of a str does: 'name', "it's".
func pyRepr(s string) string { return pyQuote("", s, false) }

// pyBytes is Python's repr of a bytes value: b'h', b"it's", b'\x00'.
func pyBytes(b []byte) string { return pyQuote("b", string(b), true) }

// pyQuote writes prefix, then s between single quotes (double quotes when
// s holds a single quote and no double quote), escaping as Python does;
// asBytes also escapes every byte from 0x7f up.
func pyQuote(prefix, s string, asBytes bool) string {
	q := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteRune(q)
	emit := func(r rune) {
		switch {
		case r == '\\' || r == q:
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f || (asBytes && r > 0x7f):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	if asBytes {
		for i := 0; i < len(s); i++ {
			emit(rune(s[i]))
		}
	} else {
		for _, r := range s {
			emit(r)
		}
	}
	b.WriteRune(q)
	return b.String()
}

// pyFloat is Python's repr of a float: the shortest digits that read back
// as f, in fixed notation with at least one decimal ("1.0", "0.0001")
// for exponents from -4 to 15, in exponent notation otherwise ("1e-05",
// "1.5e+16"); inf, -inf, nan.
func pyFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}
