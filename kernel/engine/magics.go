package engine

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/display"
)

const helpText = `goteach runs Go cells with an interpreter (yaegi).

A cell may mix imports, declarations and statements in any order; a
trailing expression is shown as the cell's result. Running a cell again
replaces what it declared (funcs, types, vars, consts), and imports may be
repeated. Top-level x := ... and var declarations are session variables.

Magics (at the start of a cell):
  %%time          first line: time the whole cell
  %%compile       first line: build the cell's funcs, types and consts with
                  the Go toolchain; later cells call them at compiled speed
  %time STMT      time one statement
  %who            list the session's variables with their types and values
  %reset          start a fresh session (forget every declaration)
  %env            list environment variables
  %env NAME       show one; %env NAME=VALUE sets it
  !COMMAND        run a shell command, its output streamed
  %help           this text
  NAME?  ?NAME    documentation of a package, func, type or variable

Rich output: import "github.com/goteach/goteach/kernel/display" and call
display.HTML, Markdown, SVG, PNG, JPEG, Image, JSON, Text, Display, or
NewHandle for an output that can be updated in place. A value whose type
has an HTML(), Markdown(), SVG(), PNG() or JPEG() method is shown with it.
`

var helpLine = regexp.MustCompile(`^(\?{1,2})?([\pL_][\pL\pN_]*(?:\.[\pL_][\pL\pN_]*)*)(\?{1,2})?$`)

// magics runs the magic lines at the start of code and returns the Go
// code that follows them; handled is true when nothing is left to run.
func (c *cellRun) magics(code string) (rest string, handled bool) {
	trimmed := strings.TrimLeft(code, " \t\r\n")
	if strings.HasPrefix(trimmed, "%%") {
		first, body, _ := strings.Cut(trimmed, "\n")
		fields := strings.Fields(first)
		switch fields[0] {
		case "%%time":
			c.timed(func() { c.runCode("\n" + body) })
		default:
			if f := c.e.cellMagics[fields[0]]; f != nil {
				f(magicCell{c}, fields[1:], "\n"+body)
				break
			}
			c.magicError(fmt.Sprintf("unknown cell magic %s (see %%help)", fields[0]))
		}
		return "", true
	}
	lines := strings.SplitAfter(code, "\n")
	i := 0
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		if m := helpLine.FindStringSubmatch(line); m != nil && (m[1] != "" || m[3] != "") && strings.TrimSpace(code) == line {
			c.help(m[2], len(m[1]) == 2 || len(m[3]) == 2)
			return "", true
		}
		if !strings.HasPrefix(line, "%") && !strings.HasPrefix(line, "!") {
			break
		}
		if !c.magicLine(line) || c.failed {
			return "", true
		}
	}
	// Keep the lines (blank) so that positions stay those of the cell.
	var b strings.Builder
	for j := 0; j < i; j++ {
		b.WriteString(strings.Repeat("\n", strings.Count(lines[j], "\n")))
	}
	for j := i; j < len(lines); j++ {
		b.WriteString(lines[j])
	}
	rest = b.String()
	if i > 0 && strings.TrimSpace(rest) == "" {
		return "", true
	}
	return rest, false
}

func (c *cellRun) magicError(msg string) {
	c.fail(kernel.ErrorValue{Name: ErrMagic, Value: msg, Traceback: []string{ansiRed + ErrMagic + ansiReset + ": " + msg}})
}

func (c *cellRun) print(s string) {
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	c.out.Flush()
	c.out.Stream("stdout", s)
}

// magicLine runs one %magic or !command line; it returns false when the
// cell must stop.
func (c *cellRun) magicLine(line string) bool {
	if strings.HasPrefix(line, "!") {
		c.shell(strings.TrimSpace(line[1:]))
		return !c.failed
	}
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	switch name {
	case "%time":
		c.timed(func() { c.runCode(arg) })
	case "%who", "%whos":
		c.who()
	case "%reset":
		for _, f := range c.e.onReset {
			f()
		}
		if err := c.e.reset(); err != nil {
			c.magicError(err.Error())
		}
		c.e.reportDecls()
		c.e.sio.stdin.setInput(nil)
	case "%env":
		c.env(arg)
	case "%help", "%quickref", "%magic", "%lsmagic":
		c.print(helpText)
	default:
		c.magicError(fmt.Sprintf("unknown magic %s (see %%help)", name))
	}
	return !c.failed
}

// timed runs f and prints its CPU and wall-clock times as IPython does.
func (c *cellRun) timed(f func()) {
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	start := time.Now()
	f()
	wall := time.Since(start)
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	user := time.Duration(r1.Utime.Nano() - r0.Utime.Nano())
	sys := time.Duration(r1.Stime.Nano() - r0.Stime.Nano())
	c.print(fmt.Sprintf("CPU times: user %v, sys: %v, total: %v\nWall time: %v", round(user), round(sys), round(user+sys), round(wall)))
}

func round(d time.Duration) time.Duration {
	switch {
	case d > time.Second:
		return d.Round(time.Millisecond)
	case d > time.Millisecond:
		return d.Round(time.Microsecond)
	}
	return d
}

// who lists the session's variables.
func (c *cellRun) who() {
	vars := c.e.vars()
	if len(vars) == 0 {
		c.print("Interactive namespace is empty.")
		return
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "Variable\tType\tValue")
	fmt.Fprintln(w, "--------\t----\t-----")
	values := c.e.it.Globals()
	for _, d := range vars {
		t := d.Type
		if t == "" {
			t = "?"
		}
		val := ""
		if v, ok := values[d.Name]; ok && v.IsValid() && v.CanInterface() {
			val = display.TextOf(v.Interface())
			if s, ok := v.Interface().(string); ok {
				val = fmt.Sprintf("%q", s)
			}
		}
		val = strings.ReplaceAll(val, "\n", " ")
		if len(val) > 60 {
			val = val[:57] + "..."
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", d.Name, t, val)
	}
	w.Flush()
	c.print(b.String())
}

// env shows or sets environment variables.
func (c *cellRun) env(arg string) {
	if arg == "" {
		env := os.Environ()
		sort.Strings(env)
		c.print(strings.Join(env, "\n"))
		return
	}
	name, value, set := strings.Cut(arg, "=")
	if !set {
		if f := strings.Fields(arg); len(f) == 2 {
			name, value, set = f[0], f[1], true
		}
	}
	name = strings.TrimSpace(name)
	if !set {
		v, ok := os.LookupEnv(name)
		if !ok {
			c.magicError("environment variable " + name + " is not set")
			return
		}
		c.print(v)
		return
	}
	value = strings.TrimSpace(value)
	if err := os.Setenv(name, value); err != nil {
		c.magicError(err.Error())
		return
	}
	c.print("env: " + name + "=" + value)
}

// shell runs a command with sh, its output going where cells print.
func (c *cellRun) shell(cmdline string) {
	if cmdline == "" {
		return
	}
	cmd := exec.Command("/bin/sh", "-c", cmdline)
	if c.e.opts.Stdout == nil {
		cmd.Stdout = os.Stdout
	} else {
		cmd.Stdout = c.e.opts.Stdout
	}
	if c.e.opts.Stderr == nil {
		cmd.Stderr = os.Stderr
	} else {
		cmd.Stderr = c.e.opts.Stderr
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		c.magicError(err.Error())
		return
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-c.ctx.Done():
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		v := "the command was interrupted"
		c.fail(kernel.ErrorValue{Name: ErrInterrupted, Value: v, Traceback: []string{ansiRed + ErrInterrupted + ansiReset + ": " + v}})
	}
}

// help answers NAME? with a page payload.
func (c *cellRun) help(expr string, detail bool) {
	text, ok := c.e.doc(expr, detail)
	if !ok {
		c.print("Object `" + expr + "` not found.")
		return
	}
	c.res.Payload = append(c.res.Payload, map[string]any{
		"source": "page",
		"data":   map[string]any{"text/plain": text},
		"start":  0,
	})
}
