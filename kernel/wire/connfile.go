package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

// ConnectionInfo is the content of a Jupyter connection file: where the
// five sockets listen and how messages are signed. Keys the kernel does
// not use (kernel_name, …) are ignored.
type ConnectionInfo struct {
	Transport       string `json:"transport"` // "tcp" or "ipc"
	IP              string `json:"ip"`        // tcp: address to bind; ipc: path prefix
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	SignatureScheme string `json:"signature_scheme"` // "hmac-sha256"
	Key             string `json:"key"`              // empty: messages are not signed
}

// ReadConnectionFile reads and checks a connection file as jupyter_client
// writes it.
func ReadConnectionFile(path string) (*ConnectionInfo, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("connection file: %w", err)
	}
	info, err := ParseConnectionInfo(data)
	if err != nil {
		return nil, fmt.Errorf("connection file %s: %w", path, err)
	}
	return info, nil
}

// ParseConnectionInfo parses and checks the JSON of a connection file.
// A missing transport means tcp and a missing ip means 127.0.0.1. With
// tcp, a port of 0 means "any free port" (Options.OnReady reports the
// ports actually bound).
func ParseConnectionInfo(data []byte) (*ConnectionInfo, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return nil, errors.New("the file is empty")
	}
	// Decode into raw values first so that a wrong type names its key.
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	var info ConnectionInfo
	str := func(key string, dst *string) error {
		v, ok := raw[key]
		if !ok || string(v) == "null" {
			return nil
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return fmt.Errorf("%s must be a string, not %s", key, v)
		}
		return nil
	}
	port := func(key string, dst *int) error {
		v, ok := raw[key]
		if !ok {
			return fmt.Errorf("%s is missing", key)
		}
		var n json.Number
		d := json.NewDecoder(bytes.NewReader(v))
		d.UseNumber()
		if err := d.Decode(&n); err != nil {
			// jupyter_client writes numbers, but accept "5555" too.
			var s string
			if json.Unmarshal(v, &s) != nil {
				return fmt.Errorf("%s must be a port number, not %s", key, v)
			}
			n = json.Number(s)
		}
		p, err := strconv.Atoi(n.String())
		if err != nil || p < 0 || p > 65535 {
			return fmt.Errorf("%s must be a port number between 0 and 65535, not %s", key, v)
		}
		*dst = p
		return nil
	}
	for _, f := range []struct {
		key string
		dst *string
	}{
		{"transport", &info.Transport},
		{"ip", &info.IP},
		{"signature_scheme", &info.SignatureScheme},
		{"key", &info.Key},
	} {
		if err := str(f.key, f.dst); err != nil {
			return nil, err
		}
	}
	for _, f := range []struct {
		key string
		dst *int
	}{
		{"shell_port", &info.ShellPort},
		{"iopub_port", &info.IOPubPort},
		{"stdin_port", &info.StdinPort},
		{"control_port", &info.ControlPort},
		{"hb_port", &info.HBPort},
	} {
		if err := port(f.key, f.dst); err != nil {
			return nil, err
		}
	}
	if info.Transport == "" {
		info.Transport = "tcp"
	}
	if info.IP == "" && info.Transport == "tcp" {
		info.IP = "127.0.0.1"
	}
	if err := info.Check(); err != nil {
		return nil, err
	}
	return &info, nil
}

// Check reports what is wrong with c, if anything.
func (c *ConnectionInfo) Check() error {
	switch c.Transport {
	case "tcp":
		if c.IP != "*" && net.ParseIP(c.IP) == nil && !validHostname(c.IP) {
			return fmt.Errorf("ip %q is not an address to listen on", c.IP)
		}
	case "ipc":
		if c.IP == "" {
			return errors.New(`transport "ipc" needs "ip", the path prefix of the sockets`)
		}
		for _, p := range c.ports() {
			if p.port == 0 {
				return fmt.Errorf(`%s is 0: with transport "ipc" every port must be given`, p.name)
			}
		}
	default:
		return fmt.Errorf("transport %q is not supported (use \"tcp\" or \"ipc\")", c.Transport)
	}
	seen := map[int]string{}
	for _, p := range c.ports() {
		if p.port == 0 {
			continue
		}
		if other, dup := seen[p.port]; dup {
			return fmt.Errorf("%s and %s are both %d", other, p.name, p.port)
		}
		seen[p.port] = p.name
	}
	if _, err := newSigner(c.SignatureScheme, c.Key); err != nil {
		return err
	}
	return nil
}

type namedPort struct {
	name string
	port int
}

func (c *ConnectionInfo) ports() []namedPort {
	return []namedPort{
		{"shell_port", c.ShellPort},
		{"iopub_port", c.IOPubPort},
		{"stdin_port", c.StdinPort},
		{"control_port", c.ControlPort},
		{"hb_port", c.HBPort},
	}
}

// Endpoint returns the ZeroMQ address of the socket on port, as
// jupyter_client builds it: tcp://ip:port or ipc://ip-port.
func (c *ConnectionInfo) Endpoint(port int) string {
	if c.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", c.IP, port)
	}
	ip := c.IP
	if ip == "*" {
		ip = "0.0.0.0"
	}
	return "tcp://" + net.JoinHostPort(ip, strconv.Itoa(port))
}

// JSON returns c as a connection file's content.
func (c *ConnectionInfo) JSON() []byte {
	b, _ := json.MarshalIndent(c, "", "  ")
	return append(b, '\n')
}

func validHostname(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for _, r := range s {
		if !(r == '.' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return !strings.HasPrefix(s, "-")
}
