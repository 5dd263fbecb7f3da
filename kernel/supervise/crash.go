package supervise

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/goteach/goteach/kernel"
)

// readCrash returns the start of what the Go runtime wrote to the engine
// process's fd 2 before it died.
func readCrash(f *os.File) string {
	if f == nil {
		return ""
	}
	defer f.Close()
	b := make([]byte, 64<<10)
	n, err := f.ReadAt(b, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return ""
	}
	return string(b[:n])
}

// describeExit says how a process ended.
func describeExit(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return "killed by signal " + ws.Signal().String()
		}
		return fmt.Sprintf("exit status %d", ee.ExitCode())
	}
	if err != nil {
		return err.Error()
	}
	return "exit status 0"
}

var (
	allocRe = regexp.MustCompile(`cannot allocate (\d+)-byte block`)
	fatalRe = regexp.MustCompile(`(?m)^fatal error: (.*)$`)
	panicRe = regexp.MustCompile(`(?m)^panic: (.*)$`)
)

// explainCrash turns what the runtime printed when the engine process
// died into the cell's error, in a student's words.
func explainCrash(crash string, waitErr error, limit int64, req kernel.ExecuteRequest, decls json.RawMessage) kernel.ErrorValue {
	fatal := ""
	if m := fatalRe.FindStringSubmatch(crash); m != nil {
		fatal = strings.TrimSpace(m[1])
	}
	stackGrowth := strings.Contains(crash, "runtime.newstack") || strings.Contains(crash, "runtime.morestack")
	switch {
	case fatal == "stack overflow" || (strings.Contains(fatal, "out of memory") && stackGrowth):
		where := recursionSuspect(decls, req.Code)
		if where == "" {
			where = "a chain of calls that never ends?"
		} else {
			where = "infinite recursion in " + where + "?"
		}
		return kernel.ErrorValue{Name: "StackOverflow",
			Value: "stack overflow: " + where + " Each call waits for the one it made, and the calls used up the stack; give the recursion a case that stops it."}
	case strings.Contains(fatal, "out of memory"):
		v := "out of memory: "
		if m := allocRe.FindStringSubmatch(crash); m != nil {
			n, _ := strconv.ParseInt(m[1], 10, 64)
			if limit > 0 && n > limit/4 {
				v += fmt.Sprintf("the cell tried to allocate %s at once", bytesText(n))
			} else {
				v += "the cell's data grew without end"
			}
		} else {
			v += "the cell's data grew without end"
		}
		if limit > 0 {
			v += fmt.Sprintf("; the kernel's limit is %s (GOTEACH_MEMORY_LIMIT sets it)", bytesText(limit))
		}
		return kernel.ErrorValue{Name: "OutOfMemory", Value: v}
	case strings.HasPrefix(fatal, "concurrent map"):
		return kernel.ErrorValue{Name: "ConcurrentMapAccess",
			Value: fatal + ": goroutines used one map at the same time, which Go does not allow; guard the map with a sync.Mutex (or use sync.Map)"}
	case fatal != "":
		return kernel.ErrorValue{Name: "FatalError", Value: "fatal error: " + fatal}
	}
	if m := panicRe.FindStringSubmatch(crash); m != nil {
		msg := strings.TrimSpace(m[1])
		for _, tail := range []string{" [recovered, repanicked]", " [recovered]"} {
			msg = strings.TrimSuffix(msg, tail)
		}
		return kernel.ErrorValue{Name: "GoroutinePanic",
			Value: "panic: " + msg + " (in a goroutine that compiled code started, such as the one os/exec copies a command's output in to a Write method: nothing recovered it)"}
	}
	return kernel.ErrorValue{Name: "EngineExit",
		Value: "the process running the cell ended (" + describeExit(waitErr) + "): compiled code called os.Exit, or the system ended it"}
}

// bytesText writes n bytes in binary units.
func bytesText(n int64) string {
	switch {
	case n >= 1<<40:
		return strconv.FormatFloat(float64(n)/(1<<40), 'g', 3, 64) + " TiB"
	case n >= 1<<30:
		return strconv.FormatFloat(float64(n)/(1<<30), 'g', 3, 64) + " GiB"
	case n >= 1<<20:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// savedDecl is what the supervisor reads of a declaration log entry.
type savedDecl struct {
	Kind, Name, Src string
	Cell, Line      int
}

func parseDecls(raw json.RawMessage) []savedDecl {
	var ds []savedDecl
	_ = json.Unmarshal(raw, &ds)
	return ds
}

// recursionSuspect names a func of the session that calls itself, with
// the cell line of that call: the one the crashed cell calls, if any.
func recursionSuspect(raw json.RawMessage, code string) string {
	type suspect struct {
		name      string
		cell      int
		line      int
		calledNow bool
	}
	var found []suspect
	for _, d := range parseDecls(raw) {
		if d.Kind != "func" && d.Kind != "method" {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "", "package p\n"+d.Src, 0)
		if err != nil || len(f.Decls) == 0 {
			continue
		}
		fd, ok := f.Decls[0].(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		name := fd.Name.Name
		line := 0
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || line != 0 {
				return line == 0
			}
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				if fd.Recv == nil && fn.Name == name {
					line = fset.Position(call.Pos()).Line - 1
				}
			case *ast.SelectorExpr:
				if fd.Recv != nil && fn.Sel.Name == name {
					line = fset.Position(call.Pos()).Line - 1
				}
			}
			return line == 0
		})
		if line == 0 {
			continue
		}
		found = append(found, suspect{name: name, cell: d.Cell, line: d.Line + line - 1,
			calledNow: strings.Contains(code, name+"(")})
	}
	if len(found) == 0 {
		return ""
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].calledNow && !found[j].calledNow })
	s := found[0]
	if s.cell > 0 {
		return fmt.Sprintf("%s (In[%d], line %d)", s.name, s.cell, s.line)
	}
	return s.name
}

// restoredNote says what the new session has of the old one.
func restoredNote(raw json.RawMessage, lost []string, restoreErr string) string {
	if restoreErr != "" {
		return "The kernel started a new Go session, but could not declare the earlier cells' declarations again (" + restoreErr + "): run those cells again."
	}
	ds := parseDecls(raw)
	if len(ds) == 0 {
		return "The kernel started a new Go session; nothing had been declared before."
	}
	var vars []string
	for _, d := range ds {
		if d.Kind == "var" {
			vars = append(vars, d.Name)
		}
	}
	note := "The kernel started a new Go session with the imports, types, consts and funcs declared so far."
	if len(vars) > 0 {
		note += " These variables lost their values (they are zero now): " + strings.Join(vars, ", ") + "."
	}
	if len(lost) > 0 {
		note += " Not declared any more (run their cells again): " + strings.Join(lost, ", ") + "."
	}
	return note
}
