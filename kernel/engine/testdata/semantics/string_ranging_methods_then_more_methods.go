// A cipher type whose first method ranges over a string, with more
// methods written after it (each in a cell of its own in a notebook).
package main

import (
	"fmt"
	"strings"
)

type Caesar struct{ shift rune }

func (c Caesar) Encrypt(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			r = 'a' + (r-'a'+c.shift)%26
		}
		b.WriteRune(r)
	}
	return b.String()
}

type Stats struct{ letters, others int }

func count(s string) Stats {
	var st Stats
	for i := range s {
		if s[i] >= 'a' && s[i] <= 'z' {
			st.letters++
		} else {
			st.others++
		}
	}
	return st
}

func (c Caesar) Decrypt(s string) string { return Caesar{26 - c.shift}.Encrypt(s) }

func (s Stats) String() string { return fmt.Sprintf("%d letters, %d others", s.letters, s.others) }

func main() {
	c := Caesar{3}
	enc := c.Encrypt("hello, world")
	fmt.Println(enc, c.Decrypt(enc))
	fmt.Println(count("naïve café"))
}
