package mpkit

import (
	"fmt"
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
