package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type people []string

func (p people) Len() int           { return len(p) }
func (p people) Less(i, j int) bool { return p[i] < p[j] }
func (p people) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	cr := &countingReader{Reader: strings.NewReader("hello world, hello go")}
	data, _ := io.ReadAll(cr)
	fmt.Println(len(data), cr.n)
	p := people{"bob", "alice", "carol"}
	sort.Sort(reverse{p})
	fmt.Println(p)
	sort.Sort(p)
	fmt.Println(p)
	var sb strings.Builder
	bw := bufio.NewWriter(upper{&sb})
	fmt.Fprintf(bw, "buffered %d", 1)
	bw.Flush()
	fmt.Println(sb.String())
	sc := bufio.NewScanner(&countingReader{Reader: strings.NewReader("a b\nc")})
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("words", n)
	r := io.TeeReader(strings.NewReader("tee"), upper{&sb})
	io.Copy(io.Discard, r)
	fmt.Println(sb.String())
}
