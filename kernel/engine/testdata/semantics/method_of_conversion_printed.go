// A method called on a conversion to a declared slice type, its result
// (of a declared type) printed at once.
package main

import "fmt"

type ID int

func (i ID) String() string { return fmt.Sprintf("id-%d", int(i)) }

type IDs []ID

func (n IDs) First() ID { return n[0] }
func (n IDs) Len() int  { return len(n) }

func main() {
	fmt.Println(IDs([]ID{4, 5}).First())
	fmt.Println(IDs([]ID{4, 5}).Len(), IDs(nil).Len())
	fmt.Printf("%v %d %T\n", IDs([]ID{7}).First(), IDs([]ID{7}).First(), IDs([]ID{7}).First())
}
