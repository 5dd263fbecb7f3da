package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
)

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type User struct {
	Name string
	Pass Secret
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", u.Name), slog.Any("pass", u.Pass))
}

func main() {
	v := slog.AnyValue(Secret("hunter2"))
	fmt.Println(v.Kind(), v.Resolve().Kind(), v.Resolve())
	u := User{"ann", "pw"}
	r := slog.AnyValue(u).Resolve()
	fmt.Println(r.Kind(), r)
	a := slog.Any("user", u)
	fmt.Println(a.Value.Resolve())
	var sb strings.Builder
	h := slog.NewTextHandler(&sb, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})
	slog.New(h).Info("login", "user", u, slog.Any("s", Secret("x")))
	slog.New(h).Info("direct", slog.Any("user", u), slog.Group("g", "u", u))
	os.Stdout.WriteString("")
	fmt.Print(sb.String())
}
