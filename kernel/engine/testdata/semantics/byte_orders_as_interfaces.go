package main

import (
	"encoding/binary"
	"fmt"
)

type Codec struct {
	Name  string
	Order binary.ByteOrder
}

func main() {
	var order binary.ByteOrder = binary.LittleEndian
	fmt.Println(order.Uint16([]byte{1, 0}), order)
	o2 := binary.ByteOrder(binary.BigEndian)
	cs := []Codec{{"le", binary.LittleEndian}, {"be", o2}}
	for _, c := range cs {
		fmt.Println(c.Name, c.Order.Uint32([]byte{0, 0, 1, 2}), c.Order)
	}
	var a binary.AppendByteOrder = binary.BigEndian
	fmt.Println(a.AppendUint16(nil, 258))
	fmt.Printf("%T %v\n", order, order)
}
