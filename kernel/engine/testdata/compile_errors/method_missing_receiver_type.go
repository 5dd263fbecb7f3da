package main

func (s) Len() int { return 0 }

func main() {}
