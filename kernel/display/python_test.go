package display

import "testing"

func TestPyStr(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{[]int{0, 1, 4}, "[0, 1, 4]"},
		{[]any{1, "a", true, nil}, "[1, 'a', True, None]"},
		{[]string{"it's", `a'"b`}, `["it's", 'a\'"b']`},
		{[2][]int{{1}, {}}, "[[1], []]"},
		{true, "True"},
		{false, "False"},
		{"text", "text"},
		{3.5, "3.5"},
		{nil, "None"},
	} {
		if got := PyStr(c.v); got != c.want {
			t.Errorf("PyStr(%#v) = %q, want %q", c.v, got, c.want)
		}
	}
}
