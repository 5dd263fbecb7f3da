package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Errors of encoding/binary, encoding/gob and encoding/json name the
// program's types as declared: the classic mistakes of a lesson on
// encodings (an int field in a binary record, a struct with no exported
// fields for gob, a string for a declared float type).

type Reading struct {
	Sensor uint16
	Value  int
}

type Packed struct {
	Sensor uint16
	Value  int32
}

type person struct {
	name string
	age  int
}

type Celsius float64

func main() {
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Reading{1, 20}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, &Reading{1, 20}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Packed{1, 20}), buf.Len())
	var p Packed
	fmt.Println(binary.Read(&buf, binary.LittleEndian, &p), p)
	err := binary.Read(&buf, binary.LittleEndian, &p)
	fmt.Println(err, errors.Is(err, io.EOF))

	var gb bytes.Buffer
	fmt.Println(gob.NewEncoder(&gb).Encode(person{"Ada", 36}))
	type Loc struct{ F func() }
	fmt.Println(gob.NewEncoder(&gb).Encode(Loc{}))

	var c Celsius
	fmt.Println(json.Unmarshal([]byte(`"hot"`), &c))
	fmt.Println(json.Unmarshal([]byte(`21.5`), &c), c)
}
