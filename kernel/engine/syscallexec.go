package engine

import (
	"errors"
	"os/exec"
	"syscall"
)

// A Go program that calls syscall.Exec becomes the program it names: its
// output is that program's, its exit status that program's, and none of
// its deferred calls run. Called in a cell it would replace the process
// the session lives in. The front end lowers the call to Exec of the hook
// package, which runs the program as a child with the given arguments and
// environment, its output the cell's, and then ends the cell as os.Exit
// would with the program's status ("exit status 3"; a status of 0 ends
// the cell quietly). A program that cannot start gives Exec's error back
// (ENOENT), as syscall.Exec does.
func (s *sessionIO) hookSyscallExec(argv0 string, argv []string, envv []string) error {
	c := &exec.Cmd{Path: argv0, Args: argv, Env: envv, Stdout: s.stdout, Stderr: s.stderr}
	if len(c.Args) == 0 {
		c.Args = []string{argv0}
	}
	if err := execAdmit(c); err != nil {
		return err
	}
	if err := c.Start(); err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return errno
		}
		return err
	}
	code := 0
	if err := c.Wait(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return err
		}
		code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = 128 + int(ws.Signal())
		}
	}
	s.hookExit(code)
	return nil
}
