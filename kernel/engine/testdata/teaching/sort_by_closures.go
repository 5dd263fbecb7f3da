// Sorting by a closure: a func type with a Sort method hands the
// standard library a sorter declared after it, whose Len, Swap and Less
// satisfy sort.Interface. Cut over cells, the sorter's methods come
// before the func that hands it to sort.Sort.
package main

import (
	"fmt"
	"sort"
)

type Book struct {
	Title string
	Pages int
	Year  int
}

type OrderBy func(a, b *Book) bool

func (by OrderBy) Sort(books []Book) {
	sort.Sort(&bookSorter{books: books, less: by})
}

type bookSorter struct {
	books []Book
	less  OrderBy
}

func (s *bookSorter) Len() int           { return len(s.books) }
func (s *bookSorter) Swap(i, j int)      { s.books[i], s.books[j] = s.books[j], s.books[i] }
func (s *bookSorter) Less(i, j int) bool { return s.less(&s.books[i], &s.books[j]) }

func main() {
	shelf := []Book{
		{"The Go Programming Language", 380, 2015},
		{"Learning Go", 375, 2021},
		{"Concurrency in Go", 238, 2017},
		{"Go in Action", 264, 2015},
	}
	byPages := func(a, b *Book) bool { return a.Pages < b.Pages }
	byYearThenTitle := func(a, b *Book) bool {
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		return a.Title < b.Title
	}
	OrderBy(byPages).Sort(shelf)
	for _, b := range shelf {
		fmt.Printf("%-28s %4d\n", b.Title, b.Pages)
	}
	OrderBy(byYearThenTitle).Sort(shelf)
	fmt.Println(shelf)
	var s sort.Interface = &bookSorter{books: shelf, less: byPages}
	fmt.Println(s.Len(), sort.IsSorted(s))
}
