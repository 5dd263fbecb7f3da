// Package server serves a kernel.Engine over the Jupyter messaging
// protocol: it owns the five sockets (kernel/transport), signs and checks
// messages (kernel/wire), keeps the execution count and the input history
// (kernel/history), captures fd 1 and 2 as stream output
// (kernel/capture), and keeps the busy/idle discipline of IOPub.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/capture"
	"github.com/goteach/goteach/kernel/history"
	"github.com/goteach/goteach/kernel/transport"
	"github.com/goteach/goteach/kernel/wire"
)

// Version is the kernel's implementation_version.
var Version = "0.1.0"

// HelpLink is an entry of kernel_info_reply's help_links (the Help menu).
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// DefaultHelpLinks are the help links the kernel advertises unless
// Options.HelpLinks says otherwise.
var DefaultHelpLinks = []HelpLink{
	{Text: "Go documentation", URL: "https://go.dev/doc/"},
	{Text: "Go standard library", URL: "https://pkg.go.dev/std"},
	{Text: "mpkit documentation", URL: "https://pkg.go.dev/github.com/goteach/goteach/mpkit"},
}

// Options configure Serve. The zero value serves without touching the
// process (no output capture, no signal handling, history in memory).
type Options struct {
	// CaptureOutput replaces fd 1 and 2 of the process with pipes whose
	// content becomes stream messages, and makes the original standard
	// error the kernel log. A kernel process wants it; tests running the
	// server in-process do not.
	CaptureOutput bool
	// HandleSignals makes SIGINT interrupt the running cell (and do
	// nothing when idle) and SIGTERM shut the kernel down cleanly.
	HandleSignals bool
	// HistoryFile keeps the input history across kernel processes
	// (DefaultHistoryFile is the usual place); "" keeps it in memory.
	HistoryFile string
	// ParentPID, when not 0 or 1, shuts the kernel down when the process
	// that launched it goes away (jupyter_client passes it as
	// JPY_PARENT_PID).
	ParentPID int
	// ImplementationVersion defaults to Version.
	ImplementationVersion string
	// Banner defaults to a line naming goteach and the Go version.
	Banner string
	// HelpLinks defaults to DefaultHelpLinks.
	HelpLinks []HelpLink
	// OnReady, if set, is called once the sockets listen, with the
	// connection info as bound (ports chosen for 0 filled in).
	OnReady func(*wire.ConnectionInfo)
	// Listeners are listening TCP sockets already bound to ports of the
	// connection file, keyed by port (see package kernel/earlylisten).
	// Serve takes them over instead of binding those ports, and closes
	// the ones it does not use.
	Listeners map[int]*os.File
}

// Serve runs a kernel on the sockets of cfg until a shutdown_request,
// SIGTERM (with Options.HandleSignals) or the death of Options.ParentPID.
// It then closes the engine and returns nil; an error means the kernel
// could not start.
func Serve(cfg *wire.ConnectionInfo, eng kernel.Engine, opts Options) error {
	if err := cfg.Check(); err != nil {
		return err
	}
	signer, err := wire.NewSigner(cfg.SignatureScheme, cfg.Key)
	if err != nil {
		return err
	}
	s := &server{
		eng:        eng,
		opts:       opts,
		signer:     signer,
		done:       make(chan struct{}),
		execSignal: make(chan struct{}, 1),
		sideQ:      make(chan *wire.Message, 1024),
		inputCh:    make(chan *wire.Message, 1),
		count:      1,
		execDone:   make(chan struct{}),
	}
	if opts.HandleSignals {
		// Before anything else: an interrupt must never kill the kernel.
		sigs := make(chan os.Signal, 4)
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
		defer signal.Stop(sigs)
		go s.signalLoop(sigs)
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	defer s.cancel()

	info := *cfg
	socks := []struct {
		dst  **transport.Socket
		name string
		kind zmq4.SocketType
		port *int
	}{
		{&s.shell, "shell", zmq4.Router, &info.ShellPort},
		{&s.control, "control", zmq4.Router, &info.ControlPort},
		{&s.stdin, "stdin", zmq4.Router, &info.StdinPort},
		{&s.iopub, "iopub", zmq4.Pub, &info.IOPubPort},
		{&s.hb, "heartbeat", zmq4.Router, &info.HBPort},
	}
	// Sockets bound before Serve (Options.Listeners) are taken over; the
	// rest are closed once every socket listens, or on failure.
	pre := maps.Clone(opts.Listeners)
	closePre := func() {
		for _, f := range pre {
			f.Close()
		}
		pre = nil
	}
	for _, z := range socks {
		var l net.Listener
		if f := pre[*z.port]; f != nil && cfg.Transport != "ipc" {
			delete(pre, *z.port)
			var err error
			if l, err = net.FileListener(f); err != nil {
				kernel.Logf("%s: cannot take over the socket bound at start: %v", z.name, err)
			}
			f.Close()
		}
		sock, err := transport.Listen(s.ctx, z.name, z.kind, cfg.Endpoint(*z.port), l)
		if err != nil {
			closePre()
			s.closeSockets()
			return err
		}
		*z.dst = sock
		if sock.Port != 0 {
			*z.port = sock.Port
		}
	}
	closePre()
	defer s.closeSockets()
	s.info = &info

	if opts.CaptureOutput {
		c, err := capture.Start(func(name string, parent json.RawMessage, text string) {
			s.publish("stream", parent, map[string]any{"name": name, "text": text})
		})
		if err != nil {
			return err
		}
		s.cap = c
	}
	s.hist = history.Open(opts.HistoryFile)

	s.publish("status", nil, map[string]any{"execution_state": "starting"})
	go s.shellLoop()
	go s.controlLoop()
	go s.stdinLoop()
	go s.heartbeatLoop()
	go s.sideLoop()
	go s.execLoop()
	if opts.ParentPID > 1 {
		go s.watchParent(opts.ParentPID)
	}
	kernel.Debugf("kernel %s listening (%s)", wire.SessionID(), cfg.Endpoint(info.ShellPort))
	if opts.OnReady != nil {
		opts.OnReady(&info)
	}

	<-s.done
	s.finish()
	return nil
}

type server struct {
	info   *wire.ConnectionInfo
	eng    kernel.Engine
	opts   Options
	signer *wire.Signer
	cap    *capture.Capture
	hist   *history.Store

	shell, control, stdin, iopub, hb *transport.Socket

	ctx    context.Context
	cancel context.CancelFunc

	done     chan struct{}
	stopOnce sync.Once

	// Shell messages are numbered as they arrive; after a failed cell,
	// execute requests numbered up to abortUpTo are aborted.
	arrivals   atomic.Uint64
	execMu     sync.Mutex
	execQ      []queuedExec
	execSignal chan struct{}
	execDone   chan struct{}
	abortUpTo  uint64 // exec loop only
	count      int    // exec loop only: the next execution count

	sideQ chan *wire.Message

	// statusMu orders status messages and the running cell.
	statusMu sync.Mutex
	running  *runningCell

	inputMu sync.Mutex // one input_request at a time
	inputCh chan *wire.Message

	badMsgLog rateLimiter
}

type queuedExec struct {
	msg *wire.Message
	seq uint64
}

type runningCell struct {
	parent json.RawMessage
	cancel context.CancelFunc
}

// stop ends Serve.
func (s *server) stop(why string) {
	s.stopOnce.Do(func() {
		kernel.Debugf("shutting down: %s", why)
		close(s.done)
	})
}

// finish runs after stop: interrupt the cell, close the engine, let
// the last messages go out.
func (s *server) finish() {
	s.interrupt()
	select {
	case <-s.execDone:
	case <-time.After(time.Second):
		kernel.Logf("the running cell did not stop; closing the engine anyway")
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				kernel.Logf("engine Close panicked: %v\n%s", r, debug.Stack())
			}
		}()
		s.eng.Close()
	}()
	if s.cap != nil {
		s.cap.Flush()
	}
	// The PUB socket sends from its own queue; give it a moment.
	time.Sleep(50 * time.Millisecond)
	s.cancel()
}

func (s *server) closeSockets() {
	for _, z := range []*transport.Socket{s.shell, s.control, s.stdin, s.iopub, s.hb} {
		if z != nil {
			z.Close()
		}
	}
}

// ---- sending ----

// publish sends a message on iopub.
func (s *server) publish(msgType string, parent json.RawMessage, content any) {
	m, err := wire.NewMessage(msgType, parent, content, nil)
	if err != nil {
		kernel.Logf("cannot send %s: %v", msgType, err)
		return
	}
	m.Identities = [][]byte{[]byte("kernel." + wire.SessionID() + "." + msgType)}
	s.iopub.Send(m, s.signer)
}

func (s *server) status(state string, parent json.RawMessage) {
	s.publish("status", parent, map[string]any{"execution_state": state})
}

// reply answers req on sock.
func (s *server) reply(sock *transport.Socket, req *wire.Message, msgType string, content, metadata any) {
	m, err := wire.NewMessage(msgType, req.ParentRaw(), content, metadata)
	if err != nil {
		kernel.Logf("cannot send %s: %v", msgType, err)
		m, _ = wire.NewMessage(msgType, req.ParentRaw(), errorReply("EncodingError", err.Error()), metadata)
	}
	m.Identities = req.Identities
	sock.Send(m, s.signer)
}

func errorReply(name, value string) map[string]any {
	return map[string]any{"status": "error", "ename": name, "evalue": value, "traceback": []string{}}
}

// ---- receiving ----

func (s *server) recv(z *transport.Socket) (*wire.Message, bool) {
	for {
		msg, err := z.Recv()
		if err != nil {
			if s.ctx.Err() != nil {
				return nil, false
			}
			kernel.Debugf("%s: receive: %v", z.Name, err)
			time.Sleep(10 * time.Millisecond)
			continue
		}
		m, err := wire.ParseFrames(msg.Frames, s.signer)
		if err != nil {
			s.badMsgLog.logf("%s: dropped a message: %v", z.Name, err)
			continue
		}
		kernel.Debugf("%s: %s %s", z.Name, m.Header.MsgType, m.Header.MsgID)
		return m, true
	}
}

func (s *server) shellLoop() {
	for {
		m, ok := s.recv(s.shell)
		if !ok {
			return
		}
		seq := s.arrivals.Add(1)
		if m.Header.MsgType == "execute_request" {
			s.execMu.Lock()
			s.execQ = append(s.execQ, queuedExec{m, seq})
			s.execMu.Unlock()
			select {
			case s.execSignal <- struct{}{}:
			default:
			}
			continue
		}
		select {
		case s.sideQ <- m:
		case <-s.ctx.Done():
			return
		}
	}
}

func (s *server) controlLoop() {
	for {
		m, ok := s.recv(s.control)
		if !ok {
			return
		}
		s.serveRequest(m, s.control)
	}
}

// sideLoop serves the shell requests other than execute_request, one at
// a time, while cells run: front ends ask for completions and
// inspections during a long cell and wait for them.
func (s *server) sideLoop() {
	for {
		select {
		case m := <-s.sideQ:
			s.serveRequest(m, s.shell)
		case <-s.ctx.Done():
			return
		}
	}
}

func (s *server) stdinLoop() {
	for {
		m, ok := s.recv(s.stdin)
		if !ok {
			return
		}
		if m.Header.MsgType != "input_reply" {
			kernel.Logf("stdin: ignored a %s", m.Header.MsgType)
			continue
		}
		// Keep only the newest reply.
		select {
		case s.inputCh <- m:
		default:
			select {
			case <-s.inputCh:
			default:
			}
			select {
			case s.inputCh <- m:
			default:
			}
		}
	}
}

func (s *server) heartbeatLoop() {
	for {
		msg, err := s.hb.Recv()
		if err != nil {
			if s.ctx.Err() != nil {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if len(msg.Frames) > 0 {
			s.hb.SendFrames(msg.Frames)
		}
	}
}

func (s *server) signalLoop(sigs chan os.Signal) {
	for sig := range sigs {
		switch sig {
		case syscall.SIGINT:
			if !s.interrupt() {
				kernel.Debugf("SIGINT while idle: ignored")
			}
		case syscall.SIGTERM:
			s.stop("SIGTERM")
			return
		}
	}
}

func (s *server) watchParent(pid int) {
	if os.Getppid() != pid {
		return // not launched the way the variable says
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			if os.Getppid() != pid {
				s.stop("the parent process has exited")
				return
			}
		case <-s.done:
			return
		}
	}
}

// interrupt cancels the running cell; it reports whether one was
// running.
func (s *server) interrupt() bool {
	s.statusMu.Lock()
	r := s.running
	s.statusMu.Unlock()
	if r == nil {
		return false
	}
	r.cancel()
	return true
}

// ---- requests other than execute ----

// serveRequest handles one request between busy and idle statuses.
func (s *server) serveRequest(m *wire.Message, sock *transport.Socket) {
	parent := m.ParentRaw()
	s.statusMu.Lock()
	s.status("busy", parent)
	s.statusMu.Unlock()

	stop := s.handle(m, sock)

	s.statusMu.Lock()
	s.status("idle", parent)
	if r := s.running; r != nil {
		// Front ends show the kernel state of the last status message;
		// the cell is still running.
		s.status("busy", r.parent)
	}
	s.statusMu.Unlock()
	if stop {
		s.stop(m.Header.MsgType)
	}
}

// handle answers one request with its handler (handlers.go); it
// reports whether the kernel must stop. A handler's panic is logged and
// answered with a KernelError reply.
func (s *server) handle(m *wire.Message, sock *transport.Socket) (stop bool) {
	msgType := m.Header.MsgType
	defer func() {
		if r := recover(); r != nil {
			kernel.Logf("%s: panic: %v\n%s", msgType, r, debug.Stack())
			if strings.HasSuffix(msgType, "_request") {
				s.reply(sock, m, strings.TrimSuffix(msgType, "_request")+"_reply", errorReply("KernelError", fmt.Sprint(r)), nil)
			}
		}
	}()
	h, ok := handlers[msgType]
	if !ok {
		h = unsupported
	}
	return h(request{s: s, m: m, sock: sock})
}

func (s *server) kernelInfo() map[string]any {
	version := s.opts.ImplementationVersion
	if version == "" {
		version = Version
	}
	goVersion := s.eng.LanguageVersion()
	banner := s.opts.Banner
	if banner == "" {
		banner = fmt.Sprintf("goteach %s: Go %s for teaching notebooks", version, strings.TrimPrefix(goVersion, "go"))
	}
	links := s.opts.HelpLinks
	if links == nil {
		links = DefaultHelpLinks
	}
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       wire.ProtocolVersion,
		"implementation":         "goteach",
		"implementation_version": version,
		"language_info": map[string]any{
			"name":               "go",
			"version":            goVersion,
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"pygments_lexer":     "go",
			"codemirror_mode":    "go",
			"nbconvert_exporter": "script",
		},
		"banner":     banner,
		"help_links": links,
		"debugger":   false,
	}
}

// ---- execution ----

func (s *server) execLoop() {
	defer close(s.execDone)
	for {
		s.execMu.Lock()
		var q queuedExec
		have := len(s.execQ) > 0
		if have {
			q = s.execQ[0]
			s.execQ = s.execQ[1:]
		}
		s.execMu.Unlock()
		if !have {
			select {
			case <-s.execSignal:
				continue
			case <-s.done:
				return
			}
		}
		select {
		case <-s.done:
			return
		default:
		}
		s.execute(q)
	}
}

type executeContent struct {
	Code            string         `json:"code"`
	Silent          bool           `json:"silent"`
	StoreHistory    *bool          `json:"store_history"`
	UserExpressions map[string]any `json:"user_expressions"`
	AllowStdin      *bool          `json:"allow_stdin"`
	StopOnError     *bool          `json:"stop_on_error"`
}

func (s *server) execute(q queuedExec) {
	m := q.msg
	parent := m.ParentRaw()
	if q.seq <= s.abortUpTo {
		s.abort(m)
		return
	}
	if s.cap != nil {
		// kernel.Output still in the pipes belongs to the previous cell.
		s.cap.Flush()
		s.cap.SetParent(parent)
		// A cell before may have closed or replaced os.Stdout/os.Stderr.
		if note := s.cap.Reattach(); note != "" {
			s.cap.Write("stderr", note)
		}
	}
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	s.statusMu.Lock()
	s.running = &runningCell{parent: parent, cancel: cancel}
	s.status("busy", parent)
	s.statusMu.Unlock()

	var c executeContent
	err := m.DecodeContent(&c)
	if err != nil {
		content := errorReply("BadRequest", "execute_request: "+err.Error())
		content["execution_count"] = s.count - 1
		s.reply(s.shell, m, "execute_reply", content, nil)
		s.idleAfterCell(parent)
		return
	}
	silent := c.Silent
	storeHistory := !silent
	if c.StoreHistory != nil {
		storeHistory = *c.StoreHistory && !silent
	}
	allowStdin := c.AllowStdin != nil && *c.AllowStdin
	stopOnError := c.StopOnError == nil || *c.StopOnError
	count := s.count
	if !silent {
		s.publish("execute_input", parent, map[string]any{"code": c.Code, "execution_count": count})
	}
	started := wire.Now()
	out := &cellOutput{
		s:          s,
		parent:     parent,
		idents:     m.Identities,
		ctx:        ctx,
		silent:     silent,
		allowStdin: allowStdin,
		count:      count,
	}
	res := s.runCell(ctx, kernel.ExecuteRequest{
		Code:           c.Code,
		Silent:         silent,
		StoreHistory:   storeHistory,
		AllowStdin:     allowStdin,
		ExecutionCount: count,
	}, out)
	cancel()
	if storeHistory {
		s.hist.Add(count, c.Code, out.resultText())
		s.count++
	}
	out.Flush()

	content := map[string]any{"execution_count": s.count - 1}
	status := "ok"
	if res.Err != nil {
		status = "error"
		for k, v := range errorContent(*res.Err) {
			content[k] = v
		}
	} else {
		payload := res.Payload
		if payload == nil {
			payload = []map[string]any{}
		}
		ue := res.UserExpressions
		if ue == nil {
			ue = map[string]any{}
		}
		content["payload"] = payload
		content["user_expressions"] = ue
	}
	content["status"] = status
	if res.Err != nil && !silent && stopOnError {
		// Like ipykernel: the requests already received when the cell
		// failed are aborted; later ones run. This is decided before the
		// reply goes out: a front end may send its next request as soon
		// as it has the reply, and that one must run.
		s.abortUpTo = s.arrivals.Load()
	}
	s.reply(s.shell, m, "execute_reply", content, replyMetadata(started, status))
	s.idleAfterCell(parent)
}

func (s *server) idleAfterCell(parent json.RawMessage) {
	s.statusMu.Lock()
	s.running = nil
	s.status("idle", parent)
	s.statusMu.Unlock()
}

func replyMetadata(started, status string) map[string]any {
	return map[string]any{
		"started":          started,
		"dependencies_met": true,
		"engine":           wire.SessionID(),
		"status":           status,
	}
}

// runCell calls the engine, turning a panic into the cell's error.
func (s *server) runCell(ctx context.Context, req kernel.ExecuteRequest, out *cellOutput) (res kernel.ExecuteResult) {
	defer func() {
		if r := recover(); r != nil {
			kernel.Logf("engine panicked: %v\n%s", r, debug.Stack())
			ev := kernel.ErrorValue{
				Name:      "KernelError",
				Value:     fmt.Sprintf("internal error in the kernel: %v", r),
				Traceback: []string{fmt.Sprintf("internal error in the kernel: %v", r)},
			}
			out.Error(ev)
			res = kernel.ExecuteResult{Err: &ev}
		}
	}()
	return s.eng.Execute(ctx, req, out)
}

// abort answers an execute_request queued behind a failed cell.
func (s *server) abort(m *wire.Message) {
	parent := m.ParentRaw()
	s.statusMu.Lock()
	s.status("busy", parent)
	s.statusMu.Unlock()
	kernel.Debugf("aborting %s", m.Header.MsgID)
	s.reply(s.shell, m, "execute_reply", map[string]any{"status": "aborted"}, replyMetadata(wire.Now(), "aborted"))
	s.statusMu.Lock()
	s.status("idle", parent)
	if r := s.running; r != nil {
		s.status("busy", r.parent)
	}
	s.statusMu.Unlock()
}

// input asks the front end for a line on stdin.
func (s *server) input(ctx context.Context, parent json.RawMessage, idents [][]byte, prompt string, password bool) (string, error) {
	s.inputMu.Lock()
	defer s.inputMu.Unlock()
	select {
	case <-s.inputCh: // a reply nobody waited for
	default:
	}
	req, err := wire.NewMessage("input_request", parent, map[string]any{"prompt": prompt, "password": password}, nil)
	if err != nil {
		return "", err
	}
	req.Identities = idents
	// Sending blocks while no stdin client is connected; do not let that
	// hold up an interrupt.
	go s.stdin.Send(req, s.signer)
	select {
	case r := <-s.inputCh:
		var c struct {
			Value  string `json:"value"`
			Status string `json:"status"`
		}
		if err := r.DecodeContent(&c); err != nil {
			return "", fmt.Errorf("bad input_reply: %w", err)
		}
		if c.Status == "error" {
			return "", errors.New("the front end could not provide input")
		}
		return c.Value, nil
	case <-ctx.Done():
		return "", fmt.Errorf("interrupted while waiting for input: %w", ctx.Err())
	}
}
