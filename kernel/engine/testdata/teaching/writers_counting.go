package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (c *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), sc.Err()
}

type countingWriter struct {
	w     io.Writer
	count int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.count += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.count
}

type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)
	var wc WordCounter
	fmt.Fprintf(&wc, "the quick brown fox %d times", 3)
	fmt.Println(wc)
	var sb strings.Builder
	w, n := CountingWriter(&sb)
	fmt.Fprint(w, "twelve bytes")
	io.WriteString(w, "!!")
	fmt.Println(*n, sb.String())
	var w2 io.Writer = &c
	_, ok := w2.(io.ReadWriter)
	fmt.Println(ok)
	lr := &limitReader{strings.NewReader("abcdefghij"), 4}
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %v\n", b, err)
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 3))
	fmt.Println(string(data))
}
