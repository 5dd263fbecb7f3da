package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

const input = `alpha 1
beta 22
gamma 333

delta 4`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" {
			fmt.Println(n, "(blank)")
			continue
		}
		fields := strings.Fields(line)
		fmt.Printf("%d %-6s %3s\n", n, fields[0], fields[1])
	}
	fmt.Println("err:", sc.Err())
	words := bufio.NewScanner(strings.NewReader("the quick  brown\tfox"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "x=%d\n", 1)
	w.WriteString("y=2\n")
	fmt.Println(buf.Len(), w.Buffered())
	w.Flush()
	fmt.Print(buf.String())
	r := bufio.NewReader(strings.NewReader("key: value\nrest"))
	k, err := r.ReadString(':')
	fmt.Printf("%q %v\n", k, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	last, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", last, err)
	runes := bufio.NewScanner(strings.NewReader("hé"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()
}
