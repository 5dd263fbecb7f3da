package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Title:     ", s.Fields(" a b  c "), len(s.Fields(" a b  c ")))
	p("TrimSpace: ", s.TrimSpace("  x  "), s.TrimLeft("xxyxz", "x"), s.TrimPrefix("prefix-body", "prefix-"))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	var sb s.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('é')
	p(sb.String(), sb.Len())
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("<b>hi</b>"))
	p(s.SplitN("a,b,c,d", ",", 2), s.LastIndex("go gopher", "go"), s.ContainsAny("hello", "xyz"))
	p(s.Title("x") == "X", s.ContainsRune("abc", 'b'))
}
