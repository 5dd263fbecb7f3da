package main

import (
	"flag"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	word := fs.String("word", "foo", "a string")
	numb := fs.Int("numb", 42, "an int")
	fork := fs.Bool("fork", false, "a bool")
	var svar string
	fs.StringVar(&svar, "svar", "bar", "a string var")
	fs.Parse([]string{"-word=opt", "-numb=7", "-fork", "-svar=flag", "a1", "a2"})
	fmt.Println("word:", *word)
	fmt.Println("numb:", *numb)
	fmt.Println("fork:", *fork)
	fmt.Println("svar:", svar)
	fmt.Println("tail:", fs.Args())

	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("BAR"))
	v, ok := os.LookupEnv("FOO")
	fmt.Println(v, ok)
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "FOO" {
			fmt.Println("found", pair[0])
		}
	}

	mylog := log.New(os.Stdout, "my:", log.Lmsgprefix)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.Println("from mylog")
	var buf strings.Builder
	buflog := log.New(&buf, "buf:", 0)
	buflog.Println("hello")
	fmt.Print("from buflog:", buf.String())

	opts := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	jl := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	jl.Info("hi there")
	jl.Info("hello again", "key", "val", "age", 25)
	tl := slog.New(slog.NewTextHandler(os.Stdout, opts))
	tl.Warn("careful", "n", 3)
}
