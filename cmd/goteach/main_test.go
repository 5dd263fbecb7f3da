package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCommandLine(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"transport": "udp"}`), 0o600)
	for _, tc := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"version"}, 0, "goteach " + "0"},
		{[]string{"help"}, 0, "goteach kernel -f"},
		{nil, 2, "usage"},
		{[]string{"kernel"}, 2, "usage"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"kernel", "-f", filepath.Join(t.TempDir(), "missing.json")}, 1, "no such file"},
		{[]string{"--connection-file", bad}, 1, "shell_port is missing"},
		{[]string{"-f=" + bad}, 1, bad},
		{[]string{"kernel", "--connection-file=" + bad}, 1, bad},
	} {
		var out bytes.Buffer
		code := run(tc.args, &out, &out)
		if code != tc.code || !strings.Contains(out.String(), tc.out) {
			t.Errorf("goteach %q: exit %d, output %q; want %d and %q", tc.args, code, out.String(), tc.code, tc.out)
		}
	}
}
