package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// A pointer to a struct embedding a compiled struct by value has the
// methods of the field's pointer: it is an io.Writer, a sync.Locker, a
// fmt.Stringer.

type rw struct{ strings.Builder }

type bb struct {
	bytes.Buffer
	name string
}

type Doc struct {
	title string
	strings.Builder
}

type Counter struct {
	sync.Mutex
	n int
}

type inner struct{ strings.Builder }

type outer struct {
	inner
	tag string
}

type Event struct {
	time.Time
	Name string
}

type shout struct{ bytes.Buffer }

func (s *shout) Write(p []byte) (int, error) {
	return s.Buffer.Write(bytes.ToUpper(p))
}

func main() {
	x := &rw{}
	fmt.Fprint(x, "written")
	fmt.Println(x.String(), x.Len())

	b := &bb{name: "b"}
	fmt.Fprintf(b, "n=%d", 3)
	io.Copy(b, strings.NewReader("+copied"))
	fmt.Println(b.String(), b.name)
	var r io.Reader = b
	data, _ := io.ReadAll(r)
	fmt.Println(string(data))

	var d Doc
	d.title = "t"
	w := bufio.NewWriter(&d)
	fmt.Fprintln(w, "line")
	w.Flush()
	fmt.Printf("%q %q\n", d.title, d.String())
	var sw io.StringWriter = &d
	sw.WriteString("more")
	var st fmt.Stringer = &d
	fmt.Println(st.String(), &d)

	var c Counter
	var l sync.Locker = &c
	l.Lock()
	c.n++
	l.Unlock()
	c.Lock()
	c.n++
	c.Unlock()
	fmt.Println(c.n)

	o := &outer{tag: "t"}
	fmt.Fprintf(o, "%s-%d", "x", 1)
	io.WriteString(o, "!")
	fmt.Println(o.String(), o.Len(), o)
	fmt.Printf("%v %s %q\n", o, o, o)

	e := Event{Time: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Name: "launch"}
	j, err := json.Marshal(e)
	fmt.Println(string(j), err)
	var e2 Event
	err = json.Unmarshal([]byte(`"2025-06-07T08:09:10Z"`), &e2)
	fmt.Println(e2.Year(), e2.Name == "", err)

	var s shout
	fmt.Fprint(&s, "shout")
	s.WriteString("-quiet")
	var sb strings.Builder
	fmt.Fprint(io.MultiWriter(&s, &sb), "+more")
	fmt.Println(s.String(), sb.String(), &s)
}
