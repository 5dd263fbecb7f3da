package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

type I interface{ M() }

type T struct{ S string }

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type F float64

func (f F) M() { fmt.Println(f) }

func describe(i I) { fmt.Printf("(%v, %T)\n", i, i) }

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3]) }

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(b []byte) (int, error) {
	n, err := r.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface{ Abs() float64 }

type Vertex struct{ X, Y float64 }

func (v *Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

func main() {
	var i I
	var t *T
	i = t
	describe(i)
	i.M()
	i = &T{"hello"}
	describe(i)
	i.M()
	i = F(math.Pi)
	describe(i)
	i.M()
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	b := make([]byte, 5)
	n, err := MyReader{}.Read(b)
	fmt.Println(n, err, string(b))
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	r := rot13Reader{s}
	var sb strings.Builder
	io.Copy(&sb, &r)
	fmt.Println(sb.String())
	rd := strings.NewReader("Hello, Reader!")
	buf := make([]byte, 8)
	for {
		n, err := rd.Read(buf)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, buf)
		fmt.Printf("b[:n] = %q\n", buf[:n])
		if err == io.EOF {
			break
		}
	}
	var a Abser
	f := MyFloat(-math.Sqrt2)
	v := Vertex{3, 4}
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())
	do(21)
	do("hello")
	do(true)
	do(v)
	do(&v)
	do(f)
	var e error = ErrNegativeSqrt(-3)
	fmt.Printf("%v|%s|%T|%q\n", e, e, e, e)
	var nilI I
	describe(nilI)
	nilI.M()
}
