package supervise

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/goteach/goteach/internal/oracle"
	"github.com/goteach/goteach/kernel"
)

// crashProgram makes the Go runtime die in the ways cells can make the
// engine die; its standard error is what the supervisor reads.
const crashProgram = `package main

import (
	"os"
	"sync"
	"syscall"
	"time"
)

func down(n int) int { var pad [64]byte; pad[0] = byte(n); return down(n+1) + int(pad[0]) }

func main() {
	switch os.Args[1] {
	case "recursion":
		down(0)
	case "maps":
		m := map[int]int{}
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 100000000; i++ {
					m[i%100] = g
				}
			}()
		}
		wg.Wait()
	case "goroutine":
		time.AfterFunc(time.Millisecond, func() { panic("boom") })
		select {}
	case "alloc":
		// As the engine is: its address space bounded.
		lim := &syscall.Rlimit{Cur: 4 << 30, Max: 4 << 30}
		if err := syscall.Setrlimit(syscall.RLIMIT_AS, lim); err != nil {
			panic(err)
		}
		b := make([]byte, 1<<46)
		b[len(b)-1] = 1
	}
}
`

// TestExplainCrashOfRealFatalErrors kills real Go programs with each kind
// of fatal error and checks what the cell would be told.
func TestExplainCrashOfRealFatalErrors(t *testing.T) {
	prog := oracle.GoBuild(t, crashProgram)
	decls, _ := json.Marshal([]savedDecl{{Kind: "func", Name: "down", Cell: 4, Line: 2,
		Src: "func down(n int) int {\n\treturn down(n+1) + 1\n}"}})
	for _, c := range []struct{ mode, name, want string }{
		{"recursion", "StackOverflow", "infinite recursion in down (In[4], line 3)?"},
		{"maps", "ConcurrentMapAccess", "concurrent map"},
		{"goroutine", "GoroutinePanic", "panic: boom"},
		{"alloc", "OutOfMemory", "64 TiB"},
	} {
		t.Run(c.mode, func(t *testing.T) {
			cmd := exec.Command(prog, c.mode)
			cmd.Env = append(os.Environ(), "GOMAXPROCS=4")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			if err == nil {
				t.Fatal("the program did not die")
			}
			ev := explainCrash(stderr.String(), err, 256<<20, kernel.ExecuteRequest{Code: "down(1)"}, decls)
			if ev.Name != c.name || !strings.Contains(ev.Value, c.want) {
				t.Errorf("got %s: %s\nwant %s containing %q\nthe runtime said:\n%s", ev.Name, ev.Value, c.name, c.want, firstLines(stderr.String(), 8))
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"256MiB": 256 << 20, "2GiB": 2 << 30, "1.5G": 3 << 29, "512M": 512 << 20,
		"1GB": 1e9, "4096": 4096, "64 KiB": 64 << 10,
	} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"lots", "12 parsecs", "-1G", ""} {
		if _, err := ParseSize(bad); err == nil {
			t.Errorf("ParseSize(%q) succeeded", bad)
		}
	}
}

func TestRestoredNoteNamesTheVarsThatLostTheirValues(t *testing.T) {
	decls, _ := json.Marshal([]savedDecl{{Kind: "import", Name: "fmt"}, {Kind: "var", Name: "total"}, {Kind: "func", Name: "f"}, {Kind: "var", Name: "names"}})
	note := restoredNote(decls, []string{"names"}, "")
	for _, want := range []string{"lost their values", "total, names", "Not declared any more", "names."} {
		if !strings.Contains(note, want) {
			t.Errorf("note %q lacks %q", note, want)
		}
	}
	if note := restoredNote(nil, nil, ""); !strings.Contains(note, "nothing had been declared") {
		t.Errorf("empty session: %q", note)
	}
}
