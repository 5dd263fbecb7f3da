package earlylisten

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestConnectionFile(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"kernel", "-f", "c.json"}, "c.json"},
		{[]string{"kernel", "--f=c.json"}, "c.json"},
		{[]string{"kernel", "--connection-file", "c.json"}, "c.json"},
		{[]string{"-f", "c.json"}, "c.json"},
		{[]string{"kernel", "c.json"}, "c.json"},
		{[]string{"kernel"}, ""},
		{[]string{"version"}, ""},
		{[]string{"help", "-f", "c.json"}, ""},
		{[]string{"kernel", "-x", "c.json"}, ""},
		{[]string{"kernel", "a.json", "b.json"}, ""},
		{[]string{"-test.run=^$"}, ""},
		{nil, ""},
	} {
		if got := connectionFile(tc.args); got != tc.want {
			t.Errorf("connectionFile(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

func TestParseIPv4(t *testing.T) {
	for s, want := range map[string]bool{
		"127.0.0.1": true, "0.0.0.0": true, "10.1.2.255": true,
		"256.0.0.1": false, "1.2.3": false, "::1": false, "localhost": false,
		"01.2.3.4": false, "1..2.3": false, "": false,
	} {
		if _, ok := parseIPv4(s); ok != want {
			t.Errorf("parseIPv4(%q) ok = %v", s, ok)
		}
	}
}

func freePorts(t *testing.T, n int) []int {
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
		defer l.Close()
	}
	return ports
}

func TestListen(t *testing.T) {
	p := freePorts(t, 5)
	conn := map[string]any{
		"transport": "tcp", "ip": "127.0.0.1", "key": "k", "signature_scheme": "hmac-sha256",
		"shell_port": p[0], "iopub_port": p[1], "stdin_port": p[2], "control_port": p[3], "hb_port": fmt.Sprint(p[4]),
	}
	data, _ := json.Marshal(conn)
	fs := listen(data)
	if len(fs) != 5 {
		t.Fatalf("bound %d ports, want 5", len(fs))
	}
	for port, f := range fs {
		// A client may connect at once: the connection waits in the
		// backlog until the kernel accepts it.
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second)
		if err != nil {
			t.Errorf("port %d: %v", port, err)
			continue
		}
		c.Close()
		l, err := net.FileListener(f)
		if err != nil {
			t.Fatalf("port %d: %v", port, err)
		}
		f.Close()
		if a, err := l.Accept(); err != nil {
			t.Errorf("port %d: accept: %v", port, err)
		} else {
			a.Close()
		}
		l.Close()
	}

	// Connection files it does not fully understand bind nothing.
	for name, change := range map[string]func(map[string]any){
		"ipc":       func(c map[string]any) { c["transport"] = "ipc" },
		"port 0":    func(c map[string]any) { c["hb_port"] = 0 },
		"no port":   func(c map[string]any) { delete(c, "stdin_port") },
		"IPv6":      func(c map[string]any) { c["ip"] = "::1" },
		"bad port":  func(c map[string]any) { c["shell_port"] = "x" },
		"huge port": func(c map[string]any) { c["shell_port"] = 70000 },
	} {
		c := map[string]any{}
		for k, v := range conn {
			c[k] = v
		}
		change(c)
		data, _ := json.Marshal(c)
		if fs := listen(data); len(fs) != 0 {
			t.Errorf("%s: bound %d ports", name, len(fs))
			for _, f := range fs {
				f.Close()
			}
		}
	}
	if fs := listen([]byte("{not json")); len(fs) != 0 {
		t.Errorf("bad JSON: bound %d ports", len(fs))
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kernel.json")
	f, err := os.CreateTemp(dir, "sock")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	mu.Lock()
	boundPath, files = path, map[int]*os.File{1: f}
	mu.Unlock()
	if got := Files(filepath.Join(dir, "other.json")); got != nil {
		t.Errorf("Files for another connection file = %v", got)
	}
	if got := Files(path); got[1] != f {
		t.Errorf("Files = %v", got)
	}
	if got := Files(path); got != nil {
		t.Errorf("second Files = %v: the caller already owns them", got)
	}
}
