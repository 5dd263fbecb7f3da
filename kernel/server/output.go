package server

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/goteach/goteach/kernel"
)

// cellOutput is the kernel.Output of one execute_request. Messages carry the
// request as their parent, even when a goroutine of the cell sends them
// after the cell has finished.
type cellOutput struct {
	s          *server
	parent     json.RawMessage
	idents     [][]byte // the shell identities of the request, for stdin
	ctx        context.Context
	silent     bool
	allowStdin bool
	count      int

	mu     sync.Mutex
	result *string // text/plain of the execute_result, for history
}

var _ kernel.Output = (*cellOutput)(nil)

func (o *cellOutput) Stream(name, text string) {
	if text == "" {
		return
	}
	if name != "stderr" {
		name = "stdout"
	}
	if o.s.cap != nil {
		// Through the pipe, so it keeps its place among fd output.
		o.s.cap.Write(name, text)
		return
	}
	o.s.publish("stream", o.parent, map[string]any{"name": name, "text": text})
}

func (o *cellOutput) Display(data, metadata, transient map[string]any, update bool) {
	o.Flush()
	msgType := "display_data"
	if update {
		msgType = "update_display_data"
	}
	o.s.publish(msgType, o.parent, map[string]any{
		"data":      orEmpty(data),
		"metadata":  orEmpty(metadata),
		"transient": orEmpty(transient),
	})
}

func (o *cellOutput) Result(data, metadata map[string]any) {
	if o.silent {
		return
	}
	if t, ok := data["text/plain"].(string); ok {
		o.mu.Lock()
		o.result = &t
		o.mu.Unlock()
	}
	o.Flush()
	o.s.publish("execute_result", o.parent, map[string]any{
		"execution_count": o.count,
		"data":            orEmpty(data),
		"metadata":        orEmpty(metadata),
	})
}

func (o *cellOutput) Error(e kernel.ErrorValue) {
	o.Flush()
	o.s.publish("error", o.parent, errorContent(e))
}

func (o *cellOutput) ClearOutput(wait bool) {
	o.Flush()
	o.s.publish("clear_output", o.parent, map[string]any{"wait": wait})
}

func (o *cellOutput) Flush() {
	if o.s.cap != nil {
		o.s.cap.Flush()
	}
}

// Input sends an input_request to the front end that sent the cell and
// waits for its input_reply, or for the cell to be interrupted.
func (o *cellOutput) Input(prompt string, password bool) (string, error) {
	if !o.allowStdin {
		return "", kernel.ErrStdinNotAllowed
	}
	if err := o.ctx.Err(); err != nil {
		return "", fmt.Errorf("no input: the cell was interrupted or has finished: %w", err)
	}
	o.Flush()
	return o.s.input(o.ctx, o.parent, o.idents, prompt, password)
}

func (o *cellOutput) resultText() *string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.result
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func errorContent(e kernel.ErrorValue) map[string]any {
	tb := e.Traceback
	if tb == nil {
		tb = []string{}
	}
	return map[string]any{"ename": e.Name, "evalue": e.Value, "traceback": tb}
}
