package engine

import (
	"os/exec"

	"github.com/goteach/goteach/mpkit"
)

// Commands a cell starts (os/exec) count against the session's process
// limit together with mpkit's children: the front end lowers the calls
// of (*exec.Cmd).Start, Run, Output and CombinedOutput to these hooks,
// which refuse the command as Start refuses a program it cannot run, so
// that a loop starting commands stops at the limit with an error saying
// so instead of filling the machine.

func execAdmit(c *exec.Cmd) error {
	if err := mpkit.AdmitProcess(); err != nil {
		return &exec.Error{Name: c.Path, Err: err}
	}
	return nil
}

func execStart(c *exec.Cmd) error {
	if err := execAdmit(c); err != nil {
		return err
	}
	return c.Start()
}

func execRun(c *exec.Cmd) error {
	if err := execAdmit(c); err != nil {
		return err
	}
	return c.Run()
}

func execOutput(c *exec.Cmd) ([]byte, error) {
	if err := execAdmit(c); err != nil {
		return nil, err
	}
	return c.Output()
}

func execCombinedOutput(c *exec.Cmd) ([]byte, error) {
	if err := execAdmit(c); err != nil {
		return nil, err
	}
	return c.CombinedOutput()
}
