// Package earlylisten binds a kernel's TCP ports while the program is
// still initialising its packages, before main runs.
//
// A Jupyter front end connects to the kernel's ports right after it
// launches the kernel. If a port is not bound yet, the connection is
// refused and libzmq tries again only after its reconnect interval (100
// to 200 ms), which then becomes the kernel's start time. The kernel's
// packages take several milliseconds to initialise (the interpreter's
// symbol tables are large), so binding in main can be too late. Go
// initialises packages in the order of their import paths as far as
// their imports allow, and this package imports only a few of the
// standard library's, so its init runs early: when the command line is
// that of a kernel (`kernel -f FILE`, or `-f FILE`), it reads the
// connection file and listens on its TCP ports. Connections that arrive
// before the kernel serves wait in the listen backlog.
//
// The package uses syscall rather than net on purpose: net waits for
// packages whose paths sort last (vendor/...), so importing it would put
// this init behind nearly every other.
//
// Only a program that imports this package binds early; it hands the
// listening sockets to the kernel with Files (kernel.Options.Listeners
// takes them as net.FileListener makes them).
package earlylisten

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/goteach/goteach/kernel/cmdline"
)

var (
	mu        sync.Mutex
	boundPath string           // the connection file the sockets are for
	files     map[int]*os.File // listening sockets by port
)

func init() {
	if os.Getenv("MPKIT_CHILD") != "" {
		return // a worker process, not a kernel
	}
	path := connectionFile(os.Args[1:])
	if path == "" {
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return // the kernel reports it
	}
	fs := listen(data)
	if len(fs) == 0 {
		return
	}
	boundPath, files = path, fs
}

// connectionFile returns the connection file of a kernel command line, as
// cmd/goteach reads it (package cmdline), or "" for any other command line.
func connectionFile(args []string) string {
	c, err := cmdline.Parse(args)
	if err != nil || c.Name != "kernel" {
		return ""
	}
	return c.ConnectionFile
}

// listen binds the TCP ports of a connection file. It binds nothing
// unless the file is one it fully understands: tcp, an IPv4 address, five
// fixed ports. Whatever it leaves, the kernel binds (or explains why it
// cannot).
func listen(data []byte) map[int]*os.File {
	var c struct {
		Transport string          `json:"transport"`
		IP        string          `json:"ip"`
		Shell     json.RawMessage `json:"shell_port"`
		IOPub     json.RawMessage `json:"iopub_port"`
		Stdin     json.RawMessage `json:"stdin_port"`
		Control   json.RawMessage `json:"control_port"`
		HB        json.RawMessage `json:"hb_port"`
	}
	if json.Unmarshal(data, &c) != nil || (c.Transport != "" && c.Transport != "tcp") {
		return nil
	}
	ip := c.IP
	switch ip {
	case "":
		ip = "127.0.0.1"
	case "*":
		ip = "0.0.0.0"
	}
	addr, ok := parseIPv4(ip)
	if !ok {
		return nil
	}
	var ports []int
	for _, raw := range []json.RawMessage{c.Shell, c.IOPub, c.Stdin, c.Control, c.HB} {
		p, err := strconv.Atoi(strings.Trim(string(raw), `"`))
		if err != nil || p <= 0 || p > 65535 {
			return nil
		}
		ports = append(ports, p)
	}
	fs := map[int]*os.File{}
	for _, p := range ports {
		if _, dup := fs[p]; dup {
			continue
		}
		if f := listenTCP4(addr, p); f != nil {
			fs[p] = f
		}
	}
	return fs
}

// parseIPv4 parses a dotted quad.
func parseIPv4(s string) (a [4]byte, ok bool) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return a, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 255 || p == "" || (len(p) > 1 && p[0] == '0') {
			return a, false
		}
		a[i] = byte(n)
	}
	return a, true
}

// listenTCP4 returns a listening socket on addr:port, as net.Listen
// makes one (SO_REUSEADDR, the system's backlog), or nil.
func listenTCP4(addr [4]byte, port int) *os.File {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, syscall.IPPROTO_TCP)
	if err != nil {
		return nil
	}
	err = syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
	if err == nil {
		err = syscall.Bind(fd, &syscall.SockaddrInet4{Port: port, Addr: addr})
	}
	if err == nil {
		err = syscall.Listen(fd, syscall.SOMAXCONN)
	}
	if err != nil {
		syscall.Close(fd)
		return nil
	}
	return os.NewFile(uintptr(fd), "tcp:"+strconv.Itoa(port))
}

// Files returns the listening sockets bound at start for the connection
// file at path, keyed by port, and forgets them: the caller owns them.
// It returns nil when nothing was bound for that file.
func Files(path string) map[int]*os.File {
	mu.Lock()
	defer mu.Unlock()
	if path != boundPath || files == nil {
		return nil
	}
	fs := files
	files = nil
	return fs
}
