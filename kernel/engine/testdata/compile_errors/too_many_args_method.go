package main

import "strings"

func main() {
	var sb strings.Builder
	sb.WriteString("a", "b")
}
