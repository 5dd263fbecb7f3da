// Types that get a standard interface's methods by embedding, held in
// that interface: their own methods are still found by assertions, and
// errors.Is and errors.Unwrap walk the chain the embedded error has.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

var ErrRoot = errors.New("root cause")

type base struct{ cause error }

func (b *base) Error() string { return "base: " + b.cause.Error() }
func (b *base) Unwrap() error { return b.cause }

type Outer struct{ *base }

type ConfigError struct {
	*fs.PathError
	Hint string
}

type baseErr struct{ msg string }

func (b *baseErr) Error() string { return b.msg }

type timeoutErr struct{ baseErr }

func (t *timeoutErr) Timeout() bool { return true }

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type fastWriter struct{ counter }

func (f *fastWriter) WriteString(s string) (int, error) { f.n += 10 * len(s); return len(s), nil }

type closingReader struct{ *strings.Reader }

func (r closingReader) Close() error { return nil }

func main() {
	var err error = Outer{&base{ErrRoot}}
	fmt.Println(err, errors.Is(err, ErrRoot), errors.Unwrap(err) == ErrRoot)

	err = ConfigError{&fs.PathError{Op: "open", Path: "app.toml", Err: fs.ErrNotExist}, "create it first"}
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Path)

	err = &timeoutErr{baseErr{"slow disk"}}
	if t, ok := err.(interface{ Timeout() bool }); ok {
		fmt.Println("timeout:", t.Timeout(), err)
	}
	_, ok := err.(*timeoutErr)
	fmt.Println(ok)

	fw := &fastWriter{}
	var w io.Writer = fw
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("abc")
	}
	io.WriteString(w, "de")
	fmt.Fprint(w, "f")
	fmt.Println(fw.n)

	var r io.Reader = closingReader{strings.NewReader("data")}
	c, ok := r.(io.Closer)
	fmt.Println(ok, c != nil)
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
}
