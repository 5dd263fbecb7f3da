package main

import (
	"errors"
	"fmt"
	"strings"
)

var registry = buildRegistry()

var ErrUnknown = errors.New("unknown command")

func buildRegistry() map[string]Command {
	return map[string]Command{
		"echo":  Echo{},
		"upper": &Upper{prefix: defaultPrefix},
		"count": counter(0),
	}
}

const defaultPrefix = ">> "

type Command interface {
	Run(args []string) (string, error)
}

func (u *Upper) Run(args []string) (string, error) {
	u.calls++
	return u.prefix + strings.ToUpper(strings.Join(args, " ")), nil
}

type Upper struct {
	prefix string
	calls  int
}

type Echo struct{}

func (Echo) Run(args []string) (string, error) { return strings.Join(args, " "), nil }

type counter int

func (c counter) Run(args []string) (string, error) {
	if len(args) == 0 {
		return "", fmt.Errorf("count: %w", ErrEmpty)
	}
	return fmt.Sprint(int(c) + len(args)), nil
}

var ErrEmpty = errors.New("no arguments")

var buf [size]int

const size = limit * 2

const limit = 3

func dispatch(line string) (string, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return "", ErrEmpty
	}
	c, ok := registry[f[0]]
	if !ok {
		return "", fmt.Errorf("%q: %w", f[0], ErrUnknown)
	}
	return c.Run(f[1:])
}

func init() {
	registry["rev"] = reverser{}
	buf[0] = len(registry)
}

type reverser struct{}

func (reverser) Run(args []string) (string, error) {
	out := make([]string, len(args))
	for i, a := range args {
		out[len(args)-1-i] = a
	}
	return strings.Join(out, " "), nil
}

func main() {
	for _, line := range []string{"echo hi there", "upper go is fun", "count a b c", "count", "rev 1 2 3", "nope x", "", "upper again"} {
		out, err := dispatch(line)
		switch {
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println(out)
		}
	}
	fmt.Println(registry["upper"].(*Upper).calls, len(buf), buf[0])
}
