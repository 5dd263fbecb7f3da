package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fields := bytes.Fields([]byte(" a bb  ccc "))
	fmt.Printf("%q %s\n", fields, bytes.Join(fields, []byte("-")))
	var out bytes.Buffer
	fmt.Fprint(upperWriter{&out}, "shout ", 3)
	fmt.Println(out.String())
	cr := &countingReader{r: strings.NewReader("some data to count")}
	all, err := io.ReadAll(cr)
	fmt.Println(len(all), cr.n, err)
	var sb strings.Builder
	copied, err := io.Copy(&sb, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(copied, sb.String(), err)
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	b, _ := io.ReadAll(mr)
	fmt.Println(string(b))
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	io.WriteString(mw, "dup")
	fmt.Println(w1.String(), w2.String())
	_, err = strings.NewReader("").Read(p)
	fmt.Println(err == io.EOF, err)
	fmt.Println(bytes.TrimSpace([]byte("  x ")), string(bytes.Title([]byte("ab"))) != "")
}
