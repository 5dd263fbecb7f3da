package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type record struct {
	name  string
	age   int
	score float64
}

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b int
	fmt.Sscan("3 4", &a, &b)
	fmt.Println(a + b)
	var w1, w2 string
	fmt.Sscanln("hello world\nnext", &w1, &w2)
	fmt.Println(w1, w2)
	in := "name,age,score\nann,31,9.5\nbob,27,7.25\n\"smith, j\",40,8\n"
	rd := csv.NewReader(strings.NewReader(in))
	rows, err := rd.ReadAll()
	fmt.Println(len(rows), err)
	var recs []record
	for _, row := range rows[1:] {
		ag, _ := strconv.Atoi(row[1])
		sc, _ := strconv.ParseFloat(row[2], 64)
		recs = append(recs, record{row[0], ag, sc})
	}
	fmt.Printf("%v\n%+v\n", recs, recs[2])
	var sb strings.Builder
	cw := csv.NewWriter(&sb)
	for _, r := range recs {
		cw.Write([]string{r.name, strconv.Itoa(r.age), strconv.FormatFloat(r.score, 'f', 2, 64)})
	}
	cw.Flush()
	fmt.Print(sb.String())
	br := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q\n", line)
		if err == io.EOF {
			break
		}
	}
	sc := bufio.NewScanner(strings.NewReader("the quick brown fox jumps"))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		if count == 2 {
			fmt.Println(sc.Text())
		}
	}
	fmt.Println(count)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
	v, err := strconv.ParseBool("TRUE")
	fmt.Println(v, err, strconv.Quote("hi\n"), strconv.FormatInt(-255, 16))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func)
	}
	_, err = strconv.ParseFloat("x", 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
