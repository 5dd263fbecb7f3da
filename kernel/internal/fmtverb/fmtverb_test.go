package fmtverb

import (
	"fmt"
	"reflect"
	"testing"
)

// TestOperandsAsFmtCounts checks each verb's operand against what fmt
// itself prints for the same format, operands naming their index.
func TestOperandsAsFmtCounts(t *testing.T) {
	formats := []string{
		"%v %d", "%5.2f|%-8s|%+q", "%*d %v", "%-*.*f %T", "%[2]v %[1]v %v",
		"%[3]*.[2]*[1]f", "100%% %v", "%#v %x", "%é %v", "%.*s and %s",
	}
	args := []any{0, 1, 2, 3, 4, 5}
	for _, f := range formats {
		vs := Parse(f)
		for _, v := range vs {
			// The verb alone, its operand given by index, prints what the
			// whole format prints for it: fmt agrees on the operand.
			one := fmt.Sprintf("%%[%d]%c", v.Arg+1, v.Verb)
			if v.Verb == 'T' || v.Verb == 'é' {
				continue
			}
			if got, want := fmt.Sprintf(one, args...), fmt.Sprintf("%"+string(v.Verb), args[v.Arg]); got != want {
				t.Errorf("%q: verb %c at %d formats operand %d: %q, want %q", f, v.Verb, v.Start, v.Arg, got, want)
			}
		}
	}
	got := Parse("%*d %v")
	want := []Verb{{Verb: 'd', Arg: 1, Start: 0, End: 3}, {Verb: 'v', Arg: 2, Start: 4, End: 6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse(%%*d %%v) = %+v, want %+v", got, want)
	}
	if vs := Parse("%[2]v %v"); vs[0].Arg != 1 || vs[1].Arg != 2 {
		t.Errorf("explicit index: %+v", vs)
	}
	if vs := Parse("%#-8v%"); len(vs) != 1 || vs[0].Flags != "#-" || vs[0].End != 5 {
		t.Errorf("flags and a trailing %%: %+v", vs)
	}
	if vs := Parse("%é"); len(vs) != 1 || vs[0].Verb != 'é' || vs[0].End != 3 {
		t.Errorf("a verb of two bytes: %+v", vs)
	}
}
