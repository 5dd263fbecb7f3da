package engine

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strconv"
)

// A log call of a cell (log.Printf, lg.Println, ...) names its caller's
// file and line when the logger's flags ask (log.Lshortfile,
// log.Llongfile), which the log package finds with runtime.Caller: in
// the interpreter, a frame of reflect ("value.go:586"). The front end
// gives each such call a site (see frontend.Site, kind "log") and calls
// it through LogAt, which writes the line the call is on, as the cell
// names it: "In[3]:16: message".

// siteLog is a logger called from a cell's site.
type siteLog struct {
	s    *sessionIO
	l    *log.Logger
	site int
}

// hookLogAt is LogAt of the hook package: the logger l called at site
// id (for the package's funcs, one with the settings of the
// interpreter's standard logger).
func (s *sessionIO) hookLogAt(id int, l *log.Logger) *siteLog {
	return &siteLog{s: s, l: l, site: id}
}

// where is the cell and line of the call, as log prints it ("In[3]:16"),
// or "" when the site is not known.
func (g *siteLog) where() string {
	if g.s.siteOf == nil {
		return ""
	}
	cell, line, ok := g.s.siteOf(g.site)
	if !ok {
		return ""
	}
	return "In[" + strconv.Itoa(cell) + "]:" + strconv.Itoa(line)
}

// fileFlags are the flags that make log name the caller's file.
const fileFlags = log.Lshortfile | log.Llongfile

// output writes msg as l.Output would from the cell's line.
func (g *siteLog) output(msg string) error {
	l := g.l
	flags := l.Flags()
	where := ""
	if flags&fileFlags != 0 {
		if where = g.where(); where == "" {
			return l.Output(3, msg)
		}
	}
	// The header as log writes it without the file, then the file put
	// where log puts it: after the prefix (unless Lmsgprefix) and the
	// date and time.
	var buf bytes.Buffer
	if err := log.New(&buf, l.Prefix(), flags&^fileFlags).Output(1, msg); err != nil {
		return err
	}
	b := buf.Bytes()
	at := 0
	if flags&log.Lmsgprefix == 0 {
		at += len(l.Prefix())
	}
	if flags&log.Ldate != 0 {
		at += len("2009/01/23 ")
	}
	if flags&(log.Ltime|log.Lmicroseconds) != 0 {
		at += len("01:23:23 ")
		if flags&log.Lmicroseconds != 0 {
			at += len(".123123")
		}
	}
	if where != "" {
		at = min(at, len(b))
		b = append(b[:at:at], append([]byte(where+": "), b[at:]...)...)
	}
	_, err := g.s.writerFor(l.Writer()).Write(b)
	return err
}

// writerFor is w, or the cell's own output for the process's standard
// output and error (where log writes by default).
func (s *sessionIO) writerFor(w any) interface{ Write([]byte) (int, error) } {
	switch w {
	case os.Stdout:
		return s.stdout
	case os.Stderr:
		return s.stderr
	}
	return w.(interface{ Write([]byte) (int, error) })
}

// Print is log.Print from the cell's line.
func (g *siteLog) Print(v ...any) { g.output(fmt.Sprint(v...)) }

// Printf is log.Printf from the cell's line.
func (g *siteLog) Printf(format string, v ...any) { g.output(fmt.Sprintf(format, v...)) }

// Println is log.Println from the cell's line.
func (g *siteLog) Println(v ...any) { g.output(fmt.Sprintln(v...)) }

// Fatal is log.Fatal from the cell's line: it ends the cell as os.Exit(1).
func (g *siteLog) Fatal(v ...any) { g.output(fmt.Sprint(v...)); g.s.hookExit(1) }

// Fatalf is log.Fatalf from the cell's line.
func (g *siteLog) Fatalf(format string, v ...any) {
	g.output(fmt.Sprintf(format, v...))
	g.s.hookExit(1)
}

// Fatalln is log.Fatalln from the cell's line.
func (g *siteLog) Fatalln(v ...any) { g.output(fmt.Sprintln(v...)); g.s.hookExit(1) }

// Panic is log.Panic from the cell's line.
func (g *siteLog) Panic(v ...any) {
	s := fmt.Sprint(v...)
	g.output(s)
	panic(s)
}

// Panicf is log.Panicf from the cell's line.
func (g *siteLog) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	g.output(s)
	panic(s)
}

// Panicln is log.Panicln from the cell's line.
func (g *siteLog) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	g.output(s)
	panic(s)
}

// Output is log.Output from the cell's line. A call depth above 1 (a
// helper logging for its caller) is named by the helper's line: the
// interpreter's frames do not tell the caller's.
func (g *siteLog) Output(calldepth int, s string) error { return g.output(s) }
