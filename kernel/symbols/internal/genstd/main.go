// Command genstd writes the symbol tables of the standard library that
// the interpreter's own tables (yaegi v0.16.1, which stops at Go 1.22)
// lack: every exported name of every importable standard package of the
// Go toolchain that runs it, minus what yaegi already has. Run it with
//
//	go generate ./kernel/symbols/stdlib
//
// It writes one file per package into the current directory.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/traefik/yaegi/extract"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/syscall"
)

// excluded packages cannot work in the interpreter, or must not be
// loaded into the kernel's process: each with its reason.
var excluded = map[string]string{
	"unsafe":           "the interpreter provides it itself",
	"syscall/js":       "only for js/wasm",
	"runtime/cgo":      "only for cgo programs",
	"runtime/race":     "only with the race detector",
	"runtime/msan":     "only with the memory sanitizer",
	"runtime/asan":     "only with the address sanitizer",
	"net/http/pprof":   "registering it installs handlers on the default HTTP mux of the kernel",
	"testing/synctest": "needs goroutine bubbles the interpreter cannot set up",
	"time/tzdata":      "embeds the time zone database in the kernel binary; the system's is used",
}

// excludedNames are symbols a cell must not reach directly: the engine
// provides its own version (os.Exit ends the cell, not the kernel).
var excludedNames = map[string][]string{
	"os": {"Exit"},
}

// replaced names are in yaegi's tables in a restricted form that a
// notebook must not have: they are generated (and win over yaegi's).
var replaced = map[string][]string{
	"os":  {"FindProcess"},   // yaegi refuses the kernel's own pid: signalling by pid is part of the lessons
	"log": {"New", "Logger"}, // yaegi's wraps the Logger: SetPrefix is lost and log.Default's type differs
}

func main() {
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		log.Fatal(err)
	}
	have := map[string]map[string]bool{}
	for _, tab := range []map[string]map[string]reflect.Value{stdlib.Symbols, syscall.Symbols} {
		for k, syms := range tab {
			p := path.Dir(k)
			if have[p] == nil {
				have[p] = map[string]bool{}
			}
			for n := range syms {
				have[p][n] = true
			}
		}
	}
	var written []string
	for _, p := range strings.Fields(string(out)) {
		if strings.Contains(p, "internal") || strings.HasPrefix(p, "vendor/") || excluded[p] != "" {
			continue
		}
		var excl []string
		keep := map[string]bool{}
		for _, n := range replaced[p] {
			keep[n] = true
		}
		for n := range have[p] {
			if !keep[n] {
				excl = append(excl, "^"+regexp.QuoteMeta(n)+"$")
			}
		}
		for _, n := range excludedNames[p] {
			excl = append(excl, "^"+regexp.QuoteMeta(n)+"$")
		}
		sort.Strings(excl)
		ext := extract.Extractor{Dest: "stdlib", Exclude: excl}
		var buf bytes.Buffer
		if _, err := ext.Extract(p, "", &buf); err != nil {
			log.Printf("%s: %v (skipped)", p, err)
			continue
		}
		if !strings.Contains(buf.String(), "reflect.ValueOf") && have[p] != nil {
			continue // nothing new
		}
		// extract names yaegi's restricted stand-ins for these symbols
		// whatever the package: name the real ones.
		text := buf.String()
		for stand, real := range map[string]string{"osExit": "os.Exit", "osFindProcess": "os.FindProcess",
			"logFatal": "log.Fatal", "logFatalf": "log.Fatalf", "logFatalln": "log.Fatalln", "logLogger": "log.Logger", "logNew": "log.New"} {
			text = strings.ReplaceAll(text, "ValueOf("+stand+")", "ValueOf("+real+")")
			text = strings.ReplaceAll(text, "(*"+stand+")(nil)", "(*"+real+")(nil)")
		}
		name := strings.ReplaceAll(p, "/", "_") + ".go"
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
		written = append(written, p)
	}
	fmt.Fprintf(os.Stderr, "genstd: %d packages\n", len(written))
}
