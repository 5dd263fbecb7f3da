package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) String() string { return strconv.Itoa(int(*l)) }
func (l *level) Set(s string) error {
	n, err := strconv.Atoi(s)
	*l = level(n)
	return err
}

type mode struct{ name string }

func (m *mode) String() string {
	if m == nil || m.name == "" {
		return "fast"
	}
	return m.name
}
func (m *mode) Set(s string) error { m.name = s; return nil }

func main() {
	var sb strings.Builder
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(&sb)
	var tags list
	fs.Var(&tags, "tag", "a tag (repeatable)")
	lv := level(2)
	fs.Var(&lv, "level", "verbosity `n`")
	var zero level
	fs.Var(&zero, "z", "zero level")
	var m mode
	fs.Var(&m, "mode", "run mode")
	n := fs.Int("n", 3, "count")
	fs.Parse([]string{"-tag", "a", "-tag", "b", "-n", "5", "-level", "4"})
	fmt.Println(tags, *n, lv)
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s %T\n", f.Name, f.Value) })
	fs.PrintDefaults()
	fmt.Print(sb.String())
	more()
}

type verbosity int

func (v *verbosity) String() string   { return fmt.Sprint(int(*v)) }
func (v *verbosity) Set(string) error { *v++; return nil }
func (v *verbosity) IsBoolFlag() bool { return true }

func more() {
	var sb strings.Builder
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(&sb)
	var v verbosity
	fs.Var(&v, "v", "verbose (repeatable)")
	err := fs.Parse([]string{"-v", "-v", "-v", "file.txt"})
	fmt.Println(v, err, fs.Args())
	fs.PrintDefaults()
	fmt.Print(sb.String())
}

func init() {
	fs := flag.NewFlagSet("q", flag.ContinueOnError)
	var v verbosity
	fs.Var(&v, "v", "verbose")
	fs.Parse([]string{"-v"})
	got, ok := fs.Lookup("v").Value.(*verbosity)
	fmt.Println(ok, got != nil && *got == 1)
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })
	var sv flag.Value = &v
	fs.Var(sv, "w", "via interface")
	fmt.Println(fs.Lookup("w").Value.String())
	fmt.Printf("%T %v\n", fs.Lookup("w").Value, fs.Lookup("v").Value)
}

type ptrFlag struct{ p *int }

func (f *ptrFlag) String() string   { return fmt.Sprint(*f.p) }
func (f *ptrFlag) Set(string) error { return nil }

func init() {
	var sb strings.Builder
	fs := flag.NewFlagSet("p", flag.ContinueOnError)
	fs.SetOutput(&sb)
	n := 4
	fs.Var(&ptrFlag{&n}, "p", "pointer")
	fmt.Println(fs.Lookup("p").DefValue)
}
