// Iterators returned by methods, ranged over in other funcs and in main;
// funcs with unnamed parameters; %T of iterator types.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Playlist struct {
	songs []string
}

func (p *Playlist) Add(title string) { p.songs = append(p.songs, title) }

func (p *Playlist) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, s := range p.songs {
			if !yield(i+1, s) {
				return
			}
		}
	}
}

func (p Playlist) Titles() func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, s := range p.songs {
			if !yield(strings.ToUpper(s)) {
				return
			}
		}
	}
}

type Silent struct{}

func (Silent) Write([]byte) (int, error) { return 0, nil }

func count(string, int) int { return 1 }

func longest(p *Playlist) string {
	best := ""
	for _, s := range p.All() {
		if len(s) > len(best) {
			best = s
		}
	}
	return best
}

func main() {
	p := &Playlist{}
	for _, s := range []string{"intro", "verse", "chorus", "bridge"} {
		p.Add(s)
	}
	for i, s := range p.All() {
		if i > 3 {
			break
		}
		fmt.Println(i, s)
	}
	for t := range p.Titles() {
		fmt.Print(t, " ")
	}
	fmt.Println()
	fmt.Println(longest(p))
	n, err := Silent{}.Write([]byte("x"))
	fmt.Println(n, err, count("a", 2))
	skip := func(string) bool { fmt.Println("skipping"); return false }
	p.Titles()(skip)
	fmt.Printf("%T %T\n", p.All(), slices.Values(p.songs))
	keys := slices.Sorted(maps.Keys(map[string]int{"b": 1, "a": 2}))
	fmt.Println(keys)
}
