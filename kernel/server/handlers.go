package server

import (
	"fmt"
	"strings"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/history"
	"github.com/goteach/goteach/kernel/transport"
	"github.com/goteach/goteach/kernel/wire"
)

// request is one request being answered by its handler.
type request struct {
	s    *server
	m    *wire.Message
	sock *transport.Socket
}

// reply sends the request's reply.
func (r request) reply(msgType string, content map[string]any) {
	r.s.reply(r.sock, r.m, msgType, content, nil)
}

// decode reads the request's content into v; when it cannot, it replies
// with a BadRequest error and reports false.
func (r request) decode(v any) bool {
	if err := r.m.DecodeContent(v); err != nil {
		t := r.m.Header.MsgType
		r.reply(strings.TrimSuffix(t, "_request")+"_reply", errorReply("BadRequest", fmt.Sprintf("%s: %v", t, err)))
		return false
	}
	return true
}

// handlers answer every message other than an execute_request on the
// shell channel, one handler per message type (as ipykernel's
// kernelbase has one method per type). A handler reports whether the
// kernel must stop.
var handlers = map[string]func(request) bool{
	"kernel_info_request": kernelInfoRequest,
	"complete_request":    completeRequest,
	"inspect_request":     inspectRequest,
	"is_complete_request": isCompleteRequest,
	"history_request":     historyRequest,
	"comm_info_request":   commInfoRequest,
	"comm_open":           commOpen,
	"comm_msg":            ignore, // no comms are ever open
	"comm_close":          ignore,
	"connect_request":     connectRequest,
	"interrupt_request":   interruptRequest,
	"shutdown_request":    shutdownRequest,
	"execute_request":     executeOnControl,
}

func kernelInfoRequest(r request) bool {
	r.reply("kernel_info_reply", r.s.kernelInfo())
	return false
}

func completeRequest(r request) bool {
	var c struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	if !r.decode(&c) {
		return false
	}
	res := r.s.eng.Complete(c.Code, c.CursorPos)
	matches := res.Matches
	if matches == nil {
		matches = []string{}
	}
	r.reply("complete_reply", map[string]any{
		"status":       "ok",
		"matches":      matches,
		"cursor_start": res.CursorStart,
		"cursor_end":   res.CursorEnd,
		"metadata":     orEmpty(res.Metadata),
	})
	return false
}

func inspectRequest(r request) bool {
	var c struct {
		Code        string `json:"code"`
		CursorPos   int    `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if !r.decode(&c) {
		return false
	}
	res := r.s.eng.Inspect(c.Code, c.CursorPos, c.DetailLevel)
	r.reply("inspect_reply", map[string]any{
		"status":   "ok",
		"found":    res.Found,
		"data":     orEmpty(res.Data),
		"metadata": map[string]any{},
	})
	return false
}

func isCompleteRequest(r request) bool {
	var c struct {
		Code string `json:"code"`
	}
	if !r.decode(&c) {
		return false
	}
	status, indent := r.s.eng.IsComplete(c.Code)
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	r.reply("is_complete_reply", content)
	return false
}

func historyRequest(r request) bool {
	var c history.Request
	if !r.decode(&c) {
		return false
	}
	r.reply("history_reply", map[string]any{"status": "ok", "history": r.s.hist.Query(c)})
	return false
}

func commInfoRequest(r request) bool {
	r.reply("comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	return false
}

// commOpen closes every comm a front end opens: the kernel has no comm
// targets.
func commOpen(r request) bool {
	var c struct {
		CommID     string `json:"comm_id"`
		TargetName string `json:"target_name"`
	}
	if err := r.m.DecodeContent(&c); err != nil || c.CommID == "" {
		kernel.Logf("comm_open without a comm_id: ignored")
		return false
	}
	kernel.Debugf("comm_open for unknown target %q: closing it", c.TargetName)
	r.s.publish("comm_close", r.m.ParentRaw(), map[string]any{"comm_id": c.CommID, "data": map[string]any{}})
	return false
}

func ignore(request) bool { return false }

func connectRequest(r request) bool {
	info := r.s.info
	r.reply("connect_reply", map[string]any{
		"status":       "ok",
		"shell_port":   info.ShellPort,
		"iopub_port":   info.IOPubPort,
		"stdin_port":   info.StdinPort,
		"hb_port":      info.HBPort,
		"control_port": info.ControlPort,
	})
	return false
}

func interruptRequest(r request) bool {
	r.s.interrupt()
	r.reply("interrupt_reply", map[string]any{"status": "ok"})
	return false
}

func shutdownRequest(r request) bool {
	var c struct {
		Restart bool `json:"restart"`
	}
	_ = r.m.DecodeContent(&c)
	r.reply("shutdown_reply", map[string]any{"status": "ok", "restart": c.Restart})
	return true
}

// executeOnControl refuses code sent on the control channel (the shell
// channel's execute_requests never reach the handlers).
func executeOnControl(r request) bool {
	r.reply("execute_reply", errorReply("BadRequest", "execute_request must be sent on the shell channel"))
	return false
}

// unsupported answers a request type the kernel does not know with an
// error reply, and ignores other unknown messages.
func unsupported(r request) bool {
	t := r.m.Header.MsgType
	if strings.HasSuffix(t, "_request") {
		kernel.Logf("%s: unsupported request %s", r.sock.Name, t)
		r.reply(strings.TrimSuffix(t, "_request")+"_reply", errorReply("UnsupportedRequest", "goteach does not support "+t))
	} else {
		kernel.Logf("%s: ignored a %s", r.sock.Name, t)
	}
	return false
}
