package main

import (
	"flag"
	"fmt"
)

type Celsius float64
type Fahrenheit float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", c) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", f) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

func main() {
	fmt.Printf("%g\n", BoilingC-FreezingC)
	boilingF := CToF(BoilingC)
	fmt.Printf("%g\n", boilingF-CToF(FreezingC))
	c := FToC(212.0)
	fmt.Println(c.String())
	fmt.Printf("%v\n", c)
	fmt.Printf("%s\n", c)
	fmt.Println(c)
	fmt.Printf("%g\n", c)
	fmt.Println(float64(c))
	temps := []Celsius{AbsoluteZeroC, FreezingC, BoilingC}
	fmt.Println(temps)
	fmt.Printf("%v %d\n", temps, len(temps))
	m := map[string]Fahrenheit{"body": 98.6}
	fmt.Println(m)
	fs := flag.NewFlagSet("temp", flag.ContinueOnError)
	temp := CelsiusFlag(fs, "temp", 20.0, "the temperature")
	if err := fs.Parse([]string{"-temp", "212°F"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(*temp)
	fs2 := flag.NewFlagSet("temp", flag.ContinueOnError)
	fs2.SetOutput(new(nopWriter))
	t2 := CelsiusFlag(fs2, "temp", 20.0, "the temperature")
	err := fs2.Parse([]string{"-temp", "12K"})
	fmt.Println(*t2, err)
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }
