// Exercises of the Go tour: Stringers on an array type, an error type
// that is a float64, a rot13 io.Reader, an image.Image, and a MyFloat in
// an interface and in an any.
package main

import (
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

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

type rot13Reader struct {
	r io.Reader
}

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

type Image struct{ w, h int }

func (i Image) ColorModel() color.Model { return color.RGBAModel }
func (i Image) Bounds() image.Rectangle { return image.Rect(0, 0, i.w, i.h) }
func (i Image) At(x, y int) color.Color {
	v := uint8(x ^ y)
	return color.RGBA{v, v, 255, 255}
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface{ Abs() float64 }

func main() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, name := range []string{"loopback", "googleDNS"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	_, err := Sqrt(-3)
	fmt.Printf("%T %v\n", err, err)
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	r := rot13Reader{s}
	b, _ := io.ReadAll(&r)
	fmt.Println(string(b))
	m := Image{4, 3}
	fmt.Println(m.Bounds())
	fmt.Println(m.At(2, 1).RGBA())
	var a Abser
	f := MyFloat(-math.Sqrt2)
	a = f
	fmt.Println(a.Abs())
	fmt.Printf("(%v, %T)\n", a, a)
	var i interface{} = f
	fmt.Printf("(%v, %T)\n", i, i)
	switch v := i.(type) {
	case float64:
		fmt.Println("float64", v)
	case MyFloat:
		fmt.Println("MyFloat", v)
	}
}
