package kernel

import (
	"context"
	"errors"
)

// Engine runs a session's code. The protocol server (Server) calls it from
// one goroutine at a time for execute requests; Complete, Inspect and
// IsComplete may be called while an execution is running and must not
// block on it.
type Engine interface {
	// Execute runs one cell. ctx is cancelled when the user interrupts the
	// cell; Execute must then return promptly (within ~100 ms), keeping
	// the session's state. Everything the cell shows goes through out.
	Execute(ctx context.Context, req ExecuteRequest, out Output) ExecuteResult
	// Complete answers a Tab completion at cursor of code. Cursor and the
	// returned range count Unicode code points, as the Jupyter protocol
	// (5.2 and later) does, so they pass between the front end and
	// kernel/assist unconverted.
	Complete(code string, cursor int) CompleteResult
	// Inspect answers Shift+Tab at cursor (code points); detailLevel 0 or 1.
	Inspect(code string, cursor int, detailLevel int) InspectResult
	// IsComplete reports "complete", "incomplete" (with the indent the next
	// line wants) or "invalid".
	IsComplete(code string) (status, indent string)
	// Reset drops the session (used by restart in-process and %reset).
	Reset()
	// Close releases everything the session started (child processes,
	// shared memory) before the kernel exits.
	Close()
	// LanguageVersion is the Go version reported in language_info.
	LanguageVersion() string
}

// ExecuteRequest is the part of an execute_request an engine needs.
type ExecuteRequest struct {
	Code           string
	Silent         bool
	StoreHistory   bool
	AllowStdin     bool
	ExecutionCount int // the count this cell is shown with
}

// ExecuteResult tells the server how a cell ended.
type ExecuteResult struct {
	// Err is nil when the cell succeeded. When set, the engine has
	// already sent exactly one error output through Output.Error.
	Err *ErrorValue
	// Payload entries for the execute_reply (e.g. a "page" payload).
	Payload []map[string]any
	// UserExpressions results keyed as requested (may be nil).
	UserExpressions map[string]any
}

// ErrorValue is an error as Jupyter shows it.
type ErrorValue struct {
	Name      string   // ename
	Value     string   // evalue
	Traceback []string // one entry per line; may carry ANSI colours
}

// Output is how a running cell talks to the front end. Every method is
// safe for concurrent use (goroutines of the cell may display too).
type Output interface {
	// Stream sends text to "stdout" or "stderr". Output written by the
	// process to fd 1 and 2 reaches the front end on its own; Stream is for
	// text the engine produces itself.
	Stream(name, text string)
	// Display sends display_data (update false) or update_display_data
	// (update true; transient must carry display_id).
	Display(data, metadata, transient map[string]any, update bool)
	// Result sends execute_result for the cell's trailing expression.
	Result(data, metadata map[string]any)
	// Error sends the one error output of a failed cell.
	Error(e ErrorValue)
	// ClearOutput sends clear_output.
	ClearOutput(wait bool)
	// Input asks the user for a line (input_request); it fails when the
	// request did not allow stdin.
	Input(prompt string, password bool) (string, error)
	// Flush waits until output written to fd 1 and 2 so far has been sent.
	Flush()
}

// CompleteResult is a complete_reply's content.
type CompleteResult struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	Metadata    map[string]any
}

// InspectResult is an inspect_reply's content.
type InspectResult struct {
	Found bool
	Data  map[string]any
}

// ErrStdinNotAllowed is returned by kernel.Output.Input when the execute_request
// had allow_stdin false (nbconvert, nbclient, a client without a stdin
// channel).
var ErrStdinNotAllowed = errors.New("this front end does not allow input (allow_stdin is false)")
