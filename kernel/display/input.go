package display

import (
	"errors"
	"io"
	"os"
	"strings"
)

// Prompter is implemented by a Publisher that can ask the user for a line
// of input (Jupyter's input_request); the kernel's publisher does. It
// returns the line without its newline, or an error when the front end
// does not allow input.
type Prompter interface {
	Input(prompt string, password bool) (string, error)
}

// ErrNoInput is returned by Input and Password when the output goes to a
// front end that cannot ask the user anything.
var ErrNoInput = errors.New("display: this front end cannot ask for input")

// Input shows prompt and returns the line the user types (without its
// newline). In a notebook the prompt is an input box under the cell; in a
// compiled program it reads standard input.
func Input(prompt string) (string, error) { return ask(prompt, false) }

// Password is Input for secrets: the front end hides what is typed (a
// password box in a notebook, no echo on a terminal) and the answer is not
// kept in the notebook.
func Password(prompt string) (string, error) { return ask(prompt, true) }

func ask(prompt string, password bool) (string, error) {
	p, w := current()
	if p != nil {
		pr, ok := p.(Prompter)
		if !ok {
			return "", ErrNoInput
		}
		return pr.Input(prompt, password)
	}
	if w != nil && prompt != "" {
		io.WriteString(w, prompt)
	}
	if password {
		if restore, err := echoOff(os.Stdin); err == nil {
			defer restore()
		}
	}
	return readLine(os.Stdin)
}

// readLine reads up to and including a newline, one byte at a time so
// that nothing after the line is taken from r.
func readLine(r io.Reader) (string, error) {
	var b strings.Builder
	var c [1]byte
	for {
		n, err := r.Read(c[:])
		if n == 1 {
			if c[0] == '\n' {
				return strings.TrimSuffix(b.String(), "\r"), nil
			}
			b.WriteByte(c[0])
		}
		if err != nil {
			if err == io.EOF && b.Len() > 0 {
				return b.String(), nil
			}
			return b.String(), err
		}
	}
}
