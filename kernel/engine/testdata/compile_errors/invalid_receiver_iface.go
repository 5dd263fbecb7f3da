package main

import "io"

func (r io.Reader) Peek() {}

func main() {}
