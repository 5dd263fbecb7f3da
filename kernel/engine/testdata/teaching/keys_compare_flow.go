package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
)

type Point struct{ X, Y int }

type Grid [3][3]rune

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n == 1:
		return "tiny"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func primes(limit int) []int {
	var ps []int
outer:
	for n := 2; len(ps) < limit; n++ {
		for _, p := range ps {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		ps = append(ps, n)
	}
	return ps
}

func findPair(nums []int, target int) (int, int, bool) {
	i := 0
loop:
	if i < len(nums) {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
		i++
		goto loop
	}
	return -1, -1, false
}

func parseAll(in []string) ([]int, error) {
	var out []int
	for _, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			return out, fmt.Errorf("parseAll: %w", err)
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	visited := map[Point]bool{{1, 2}: true}
	visited[Point{3, 4}] = true
	fmt.Println(visited[Point{1, 2}], visited[Point{2, 1}], len(visited))
	names := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	keys := make([]Point, 0)
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	fmt.Println(keys, names[Point{}])
	seen := map[[2]int]int{}
	seen[[2]int{1, 2}]++
	seen[[2]int{1, 2}]++
	fmt.Println(seen)
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b, a == [3]int{1, 2, 3}, a != b)
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, &p == &q)
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	g[1][1] = 'X'
	for _, row := range g {
		fmt.Println(string(row[:]))
	}
	for _, n := range []int{-3, 0, 1, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(primes(10))
	fmt.Println(findPair([]int{3, 9, 4, 7}, 11))
	fmt.Println(findPair([]int{1, 2}, 10))
	nums, err := parseAll([]string{"1", "2", "x3"})
	fmt.Println(nums, err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	_, err = os.ReadFile("does-not-exist.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println(pathErr.Op, pathErr.Path)
	}
	if v, err := strconv.ParseFloat("2.5", 64); err != nil {
		fmt.Println("bad")
	} else if v > 2 {
		fmt.Println("big", v)
	}
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
}
