package main

import (
	"errors"
	"fmt"
)

type Buffer[T any] struct {
	data       []T
	head, size int
}

var ErrEmpty = errors.New("buffer empty")
var ErrFull = errors.New("buffer full")

func NewBuffer[T any](n int) *Buffer[T] { return &Buffer[T]{data: make([]T, n)} }

func (b *Buffer[T]) Read() (T, error) {
	var zero T
	if b.size == 0 {
		return zero, ErrEmpty
	}
	v := b.data[b.head]
	b.data[b.head] = zero
	b.head = (b.head + 1) % len(b.data)
	b.size--
	return v, nil
}

func (b *Buffer[T]) Write(v T) error {
	if b.size == len(b.data) {
		return ErrFull
	}
	b.data[(b.head+b.size)%len(b.data)] = v
	b.size++
	return nil
}

func (b *Buffer[T]) Overwrite(v T) {
	if b.size == len(b.data) {
		b.data[b.head] = v
		b.head = (b.head + 1) % len(b.data)
		return
	}
	b.Write(v)
}

func (b *Buffer[T]) Reset() { *b = *NewBuffer[T](len(b.data)) }

func (b *Buffer[T]) String() string {
	return fmt.Sprintf("%v (head %d, size %d)", b.data, b.head, b.size)
}

type Item struct {
	ID   int
	Name string
}

func main() {
	b := NewBuffer[int](3)
	fmt.Println(b.Write(1), b.Write(2), b.Write(3), b.Write(4))
	fmt.Println(b)
	v, err := b.Read()
	fmt.Println(v, err)
	b.Overwrite(5)
	b.Overwrite(6)
	fmt.Println(b)
	for {
		v, err := b.Read()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Print(v, " ")
	}
	s := NewBuffer[Item](2)
	s.Write(Item{1, "pen"})
	s.Overwrite(Item{2, "ink"})
	s.Overwrite(Item{3, "pad"})
	fmt.Printf("%v\n%+v\n", s, *s)
	s.Reset()
	it, err := s.Read()
	fmt.Printf("%+v %v\n", it, err)
}
