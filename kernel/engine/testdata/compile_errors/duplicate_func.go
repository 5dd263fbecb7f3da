package main

func f() {}

func g() {}

func f() {}

func main() {}
