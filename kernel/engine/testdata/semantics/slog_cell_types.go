// log/slog formats the attributes' values of the program's types as Go
// does: by String, MarshalText, LogValue and Error methods, by their
// fields otherwise; the JSON handler encodes them as encoding/json does.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Point struct{ X, Y int }

type Money struct {
	cents int
}

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100) }

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte([]string{"red", "green"}[c]), nil }

type User struct {
	Name     string
	password string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", u.Name), slog.String("password", "***"))
}

type Token string

func (Token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Tags []string

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	var text, js bytes.Buffer
	opts := &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelDebug}
	tl := slog.New(slog.NewTextHandler(&text, opts))
	jl := slog.New(slog.NewJSONHandler(&js, opts))
	var err error = &NotFound{"k1"}
	for _, l := range []*slog.Logger{tl, jl} {
		l.Info("order", "level", Level(2), "at", Point{1, 2}, "price", Money{1250}, "color", Color(1))
		l.Warn("login", "user", User{"ann", "secret"}, "err", err, "tags", Tags{"a", "b"}, "token", Token("t0k"))
		l.With("svc", "api", "lvl", Level(0)).Debug("ctx", slog.Any("p", &Point{3, 4}), slog.Group("g", "c", Color(0), "m", Money{5}))
		l.Error("failed", slog.Any("wrapped", errors.Join(err, errors.New("disk"))))
	}
	fmt.Print(text.String())
	for _, line := range strings.Split(strings.TrimSpace(js.String()), "\n") {
		fmt.Println(line)
	}
}
