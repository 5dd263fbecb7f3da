// A standard type's method called on a value, then on a nil pointer of
// that type: the traceback names the second call, where Go fails.
package main

import (
	"bytes"
	"fmt"
	"net/url"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	fmt.Println(buf.Len())
	u, _ := url.Parse("https://example.com/a?x=1")
	fmt.Println(u.Query().Get("x"))
	var out *bytes.Buffer
	fmt.Println("writing")
	out.WriteString("world")
}
