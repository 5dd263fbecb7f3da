// Command goteach is the goteach Jupyter kernel.
//
//	goteach kernel -f CONNECTION_FILE   run the kernel (as a kernelspec's argv does)
//	goteach -f CONNECTION_FILE          the same, for launchers that pass no subcommand
//	goteach version                     print the kernel and Go versions
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/cmdline"
	"github.com/goteach/goteach/kernel/earlylisten"
	"github.com/goteach/goteach/kernel/history"
	"github.com/goteach/goteach/kernel/server"
	"github.com/goteach/goteach/kernel/supervise"
	"github.com/goteach/goteach/kernel/wire"
)

func main() {
	serveChildIfAsked()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  goteach kernel -f CONNECTION_FILE   run the Jupyter kernel
  goteach version                     print the version

environment:
  GOTEACH_DEBUG=1          verbose kernel log (on the kernel's standard error)
  GOTEACH_HISTORY=off|PATH where the input history is kept (default: the user's data dir)
  GOTEACH_MEMORY_LIMIT=SIZE the session's memory limit, e.g. 2GiB; off for none
                           (default: 3/4 of the machine's or the container's memory)
  GOTEACH_PROCESS_LIMIT=N  processes the session may run at once (default 512); off for none
  GOTEACH_SUPERVISE=off    run the session in the kernel process itself, for measuring what
                           the supervision costs: a fatal error then ends the kernel
`

func run(args []string, stdout, stderr io.Writer) int {
	c, err := cmdline.Parse(args)
	if err != nil {
		if msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), cmdline.ErrUsage.Error()), ": "); msg != "" {
			fmt.Fprintf(stderr, "goteach: %s\n", msg)
		}
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch c.Name {
	case "version":
		fmt.Fprintf(stdout, "goteach %s (Jupyter protocol %s, %s, %s/%s)\n",
			server.Version, wire.ProtocolVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return 0
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	return runKernel(c.ConnectionFile, stderr)
}

func runKernel(path string, stderr io.Writer) int {
	// An interrupt while the kernel starts must not kill it (Serve takes
	// over SIGINT once it runs).
	signal.Notify(make(chan os.Signal, 1), syscall.SIGINT)
	// The standard logger is the interpreter's, not the cells' (theirs
	// write to the cell): what it says belongs in the kernel log.
	log.SetOutput(kernel.LogWriter())

	info, err := wire.ReadConnectionFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "goteach: %v\n", err)
		return 1
	}
	limit, err := supervise.MemoryLimit()
	if err != nil {
		fmt.Fprintf(stderr, "goteach: %v\n", err)
		return 2
	}
	// The session runs in an engine process that this one supervises; it
	// starts while the kernel already listens: a front end gets its
	// kernel_info reply at once, and the first cell waits for the engine.
	version := strings.TrimPrefix(runtime.Version(), "go")
	var eng interface {
		kernel.Engine
		Start()
	}
	if os.Getenv("GOTEACH_SUPERVISE") == "off" {
		if limit > 0 {
			debug.SetMemoryLimit(limit)
		}
		eng = server.NewStartingEngine(version, func() (kernel.Engine, error) { return newSession() })
	} else {
		eng = supervise.New(supervise.Options{MemoryLimit: limit, LanguageVersion: version})
	}
	opts := server.Options{
		CaptureOutput: true,
		HandleSignals: true,
		HistoryFile:   historyFile(),
		// Bound while the packages were initialising (see earlylisten).
		Listeners: earlylisten.Files(path),
	}
	if pid, err := strconv.Atoi(os.Getenv("JPY_PARENT_PID")); err == nil {
		opts.ParentPID = pid
	}
	opts.OnReady = func(bound *wire.ConnectionInfo) {
		eng.Start()
		if anyPortZero(info) {
			// Like ipykernel: ports left to the kernel are written back.
			if err := os.WriteFile(path, bound.JSON(), 0o600); err != nil {
				kernel.Logf("cannot update %s: %v", path, err)
			}
		}
	}
	if err := server.Serve(info, eng, opts); err != nil {
		fmt.Fprintf(stderr, "goteach: %v\n", err)
		return 1
	}
	return 0
}

func historyFile() string {
	switch h := os.Getenv("GOTEACH_HISTORY"); h {
	case "off", "none", "0":
		return ""
	case "":
		return history.DefaultHistoryFile()
	default:
		return h
	}
}

func anyPortZero(c *wire.ConnectionInfo) bool {
	return c.ShellPort == 0 || c.IOPubPort == 0 || c.StdinPort == 0 || c.ControlPort == 0 || c.HBPort == 0
}
