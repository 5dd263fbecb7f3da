package main

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/sha256"
	"fmt"
	"hash/maphash"
	"reflect"
)

type Point struct{ X, Y int }

type Named interface{ Name() string }

type Dog struct{ N string }

func (d Dog) Name() string { return d.N }

func main() {
	key, err := hkdf.Key(sha256.New, []byte("secret"), []byte("salt"), "ctx", 16)
	fmt.Printf("%x %v\n", key, err)
	dk, err := pbkdf2.Key(sha256.New, "pw", []byte("salt"), 1000, 8)
	fmt.Printf("%x %v\n", dk, err)
	seed := maphash.MakeSeed()
	fmt.Println(maphash.Comparable(seed, Point{1, 2}) == maphash.Comparable(seed, Point{1, 2}),
		maphash.Comparable(seed, "a") == maphash.Comparable(seed, "b"))
	v := reflect.ValueOf(Point{3, 4})
	p, ok := reflect.TypeAssert[Point](v)
	fmt.Println(p, ok)
	_, ok = reflect.TypeAssert[string](v)
	fmt.Println(ok)
	n, ok := reflect.TypeAssert[Named](reflect.ValueOf(Dog{"rex"}))
	fmt.Println(n.Name(), ok)
	_, ok = reflect.TypeAssert[Named](v)
	fmt.Println(ok)
}
