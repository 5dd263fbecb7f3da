package kernel

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// The kernel log is where the kernel's own messages go: never the
// notebook. Until output capture starts it is the process's standard
// error; afterwards it is a duplicate of the original fd 2 (which is
// usually the Jupyter server's log).

var (
	logMu     sync.Mutex
	logTarget io.Writer = os.Stderr
	debugOn             = os.Getenv("GOTEACH_DEBUG") == "1"
)

// logWriter forwards to the current kernel log target.
type logWriter struct{}

func (logWriter) Write(p []byte) (int, error) {
	logMu.Lock()
	defer logMu.Unlock()
	return logTarget.Write(p)
}

// LogWriter returns a writer to the kernel log. Whatever is written to it
// reaches the saved standard error of the kernel process, even after fd 2
// has been redirected to the notebook.
func LogWriter() io.Writer { return logWriter{} }

// SetLogOutput sends the kernel log to w from now on. An engine process
// running under a supervising kernel (kernel/supervise) forwards its log
// to the supervisor this way.
func SetLogOutput(w io.Writer) { setLogTarget(w) }

func setLogTarget(w io.Writer) {
	logMu.Lock()
	logTarget = w
	logMu.Unlock()
}

// Logf writes one line to the kernel log. Use it for problems an
// operator should see (bad messages, failures); it is always on.
func Logf(format string, args ...any) {
	line := time.Now().Format("15:04:05.000") + " goteach: " + fmt.Sprintf(format, args...)
	if len(line) == 0 || line[len(line)-1] != '\n' {
		line += "\n"
	}
	_, _ = io.WriteString(LogWriter(), line)
}

// Debugf writes one line to the kernel log when GOTEACH_DEBUG=1 is set in
// the kernel's environment, and nothing otherwise.
func Debugf(format string, args ...any) {
	if debugOn {
		Logf(format, args...)
	}
}

// Debugging reports whether debug logging (GOTEACH_DEBUG=1) is on.
func Debugging() bool { return debugOn }
