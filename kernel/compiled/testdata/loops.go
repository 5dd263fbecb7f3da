// Loops of every shape a %%compile cell may hold; the checkpoints the
// kernel adds (a poll per iteration, or per chunk of a counted loop) must
// leave what they compute unchanged.
package main

import (
	"fmt"
	"strconv"
)

const limit = 200_003

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 1023
	}
	return s
}

func sumLen(xs []int) int {
	s := 0
	for i := 0; i < len(xs); i++ {
		s += xs[i]
	}
	return s
}

func firstOver(n, at int) int {
	for i := 0; i < n; i++ {
		if i*i > at {
			return i
		}
	}
	return -1
}

func withBreak(n int) int {
	last := 0
	for i := 0; i < n; i++ {
		if i == 131_073 {
			break
		}
		last = i
	}
	return last
}

func withContinue(n int) int {
	odd := 0
	for i := 1; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		switch {
		case i%3 == 0:
			continue
		case i%5 == 0:
			break
		default:
			odd++
		}
	}
	return odd
}

func labelled(n int) int {
	hits := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < 4; j++ {
			if j == i%4 {
				continue outer
			}
			if i > 100_000 {
				break outer
			}
			hits++
		}
	}
	return hits
}

func boundChanges(n int) int {
	steps := 0
	for i := 0; i < n; i++ {
		if i%70_000 == 0 {
			n -= 1000
		}
		steps++
	}
	return steps
}

func counterChanges(n int) int {
	steps := 0
	for i := 0; i < n; i++ {
		if i%50_000 == 0 {
			i += 7
		}
		steps++
	}
	return steps
}

func closures(n int) int {
	var fs []func() int
	for i := 0; i < n; i++ {
		if i%40_000 == 0 {
			fs = append(fs, func() int { return i })
		}
	}
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func pointerBound(n int) int {
	p := &n
	steps := 0
	for i := 0; i < n; i++ {
		if i == 1000 {
			*p = 1500
		}
		steps++
	}
	return steps
}

func growing() int {
	xs := []int{1, 2, 3}
	for i := 0; i < len(xs); i++ {
		if len(xs) < 100_000 {
			xs = append(xs, i)
		}
	}
	return len(xs)
}

func mapBound() int {
	m := map[int]bool{0: true}
	steps := 0
	for i := 0; i < len(m); i++ {
		if i < 70_000 {
			m[i+1] = true
		}
		steps++
	}
	return steps
}

func nested(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		for j := 0; j < limit; j++ {
			s += (i ^ j) & 7
		}
	}
	return s
}

func deferred(n int) (out []int) {
	for i := 0; i < n; i++ {
		if i%100_000 == 0 {
			defer func(v int) { out = append(out, v) }(i)
		}
	}
	return nil
}

func gotoLoop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if i == 5 {
			goto done
		}
		s += i
	}
done:
	return s
}

func square(x int) int { return x * x }

func calls(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += min(square(i&15), 100) + int(float64(i%3))
	}
	return s
}

func stdCalls(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += len(strconv.Itoa(i))
	}
	return s
}

func received(n int) int {
	ch := make(chan int, 1)
	s := 0
	for i := 0; i < n; i++ {
		ch <- i
		s += <-ch
	}
	return s
}

func main() {
	xs := make([]int, 300_000)
	for i := range xs {
		xs[i] = i % 17
	}
	fmt.Println(sum(1_000_000), sum(0), sum(-5), sum(65_536), sum(65_537))
	fmt.Println(sumLen(xs), sumLen(nil))
	fmt.Println(firstOver(1_000_000, 40_000_000_000), firstOver(10, 1000))
	fmt.Println(withBreak(1_000_000), withBreak(10))
	fmt.Println(withContinue(300_000))
	fmt.Println(labelled(200_000))
	fmt.Println(boundChanges(300_000), counterChanges(300_000))
	fmt.Println(closures(200_000), pointerBound(100_000), growing(), mapBound())
	fmt.Println(nested(3), deferred(350_000), gotoLoop(100))
	fmt.Println(calls(300_000), stdCalls(300_000), received(100_000))
}
