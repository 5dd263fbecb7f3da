package capture

import "testing"

func TestIncompleteUTF8Tail(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 0},
		{"é", 0},
		{"a\xc3", 1},
		{"a\xe2\x82", 2},
		{"a\xe2\x82\xac", 0},
		{"\xf0\x9f\x98", 3},
		{"\xf0\x9f\x98\x80", 0},
		{"\x80\x80\x80\x80", 0}, // not UTF-8 at all: nothing to wait for
		{"\xff", 0},
	} {
		if got := incompleteUTF8Tail([]byte(tc.s)); got != tc.want {
			t.Errorf("incompleteUTF8Tail(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestSuffixPrefixLen(t *testing.T) {
	p := []byte("\x00\x00GTKabc")
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"hello", 0},
		{"hello\x00", 1},
		{"hello\x00\x00GT", 4},
		{"\x00\x00GTKab", 7},
		{"hello\x00x", 0},
	} {
		if got := suffixPrefixLen([]byte(tc.s), p); got != tc.want {
			t.Errorf("suffixPrefixLen(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
