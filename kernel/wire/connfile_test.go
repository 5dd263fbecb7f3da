package wire

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConnectionInfo(t *testing.T) {
	// As jupyter_client writes it, with keys the kernel ignores.
	good := `{
  "shell_port": 53794, "iopub_port": 53795, "stdin_port": 53796,
  "control_port": 53797, "hb_port": 53798, "ip": "127.0.0.1",
  "key": "0b3e1b9a-6b7e4c0b3a1e2d4c5f6a7b8c", "transport": "tcp",
  "signature_scheme": "hmac-sha256", "kernel_name": "goteach",
  "jupyter_session": "notebooks/x.ipynb"
}`
	c, err := ParseConnectionInfo([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if c.ShellPort != 53794 || c.HBPort != 53798 || c.Key != "0b3e1b9a-6b7e4c0b3a1e2d4c5f6a7b8c" || c.SignatureScheme != "hmac-sha256" {
		t.Fatalf("%+v", c)
	}
	if ep := c.Endpoint(c.IOPubPort); ep != "tcp://127.0.0.1:53795" {
		t.Errorf("endpoint %s", ep)
	}
	c.IP = "::1"
	if ep := c.Endpoint(1); ep != "tcp://[::1]:1" {
		t.Errorf("IPv6 endpoint %s", ep)
	}

	ipc := `{"transport": "ipc", "ip": "kernel-1", "shell_port": 1, "iopub_port": 2,
	  "stdin_port": 3, "control_port": 4, "hb_port": 5, "key": "", "signature_scheme": "hmac-sha256"}`
	c, err = ParseConnectionInfo([]byte(ipc))
	if err != nil {
		t.Fatal(err)
	}
	if ep := c.Endpoint(c.HBPort); ep != "ipc://kernel-1-5" {
		t.Errorf("ipc endpoint %s", ep)
	}

	// Defaults: tcp on loopback.
	c, err = ParseConnectionInfo([]byte(`{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`))
	if err != nil || c.Transport != "tcp" || c.IP != "127.0.0.1" {
		t.Fatalf("%+v %v", c, err)
	}

	for _, tc := range []struct{ json, want string }{
		{``, "empty"},
		{`[1,2]`, "not a JSON object"},
		{`{"shell_port": 1`, "not a JSON object"},
		{`{"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "shell_port is missing"},
		{`{"shell_port":"x","iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "shell_port must be a port number"},
		{`{"shell_port":70000,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "between 0 and 65535"},
		{`{"shell_port":1.5,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "shell_port must be"},
		{`{"shell_port":1,"iopub_port":1,"stdin_port":3,"control_port":4,"hb_port":5}`, "shell_port and iopub_port are both 1"},
		{`{"transport":"udp","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, `transport "udp" is not supported`},
		{`{"transport":"ipc","ip":"k","shell_port":0,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "every port must be given"},
		{`{"ip":"not an address!","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "not an address"},
		{`{"key":"k","signature_scheme":"hmac-md5","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "hmac-md5"},
		{`{"key":7,"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, "key must be a string"},
	} {
		_, err := ParseConnectionInfo([]byte(tc.json))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to say %q", tc.json, err, tc.want)
		}
	}
}

func TestReadConnectionFile(t *testing.T) {
	_, err := ReadConnectionFile(filepath.Join(t.TempDir(), "missing.json"))
	if err == nil || !strings.Contains(err.Error(), "connection file") {
		t.Errorf("missing file: %v", err)
	}
	path := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(path, []byte("{"), 0o600)
	_, err = ReadConnectionFile(path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("bad file: %v", err)
	}
	// JSON writes back what parses.
	c := &ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: 1, IOPubPort: 2, StdinPort: 3, ControlPort: 4, HBPort: 5, SignatureScheme: "hmac-sha256", Key: "k"}
	back, err := ParseConnectionInfo(c.JSON())
	if err != nil || *back != *c {
		t.Errorf("round trip: %+v %v", back, err)
	}
}
