package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"
	"golang.org/x/sys/unix"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/transport"
	"github.com/goteach/goteach/kernel/wire"
)

// The server tests run the kernel in a child process (this test binary,
// re-executed with GOTEACH_TEST_KERNEL set) so that output capture,
// signals and exit are real, and talk to it over real ZeroMQ sockets.

func TestMain(m *testing.M) {
	if f := os.Getenv("GOTEACH_TEST_KERNEL"); f != "" {
		os.Exit(runTestKernel(f))
	}
	os.Exit(m.Run())
}

func runTestKernel(path string) int {
	if d, err := time.ParseDuration(os.Getenv("GOTEACH_TEST_STALLED_WRITE")); err == nil {
		transport.StalledWrite = d
	}
	info, err := wire.ReadConnectionFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	fake := newFakeEngine()
	var eng kernel.Engine = fake
	var starting *StartingEngine
	if ms, _ := strconv.Atoi(os.Getenv("GOTEACH_TEST_SLOW_ENGINE")); ms > 0 {
		// An engine that takes ms milliseconds to make, made once the
		// sockets listen (as cmd/goteach does).
		starting = NewStartingEngine(fake.LanguageVersion(), func() (kernel.Engine, error) {
			time.Sleep(time.Duration(ms) * time.Millisecond) // the slowness under test
			kernel.Logf("slow engine made")
			return fake, nil
		})
		eng = starting
	}
	err = Serve(info, eng, Options{
		CaptureOutput: true,
		HandleSignals: true,
		HistoryFile:   os.Getenv("GOTEACH_TEST_HISTORY"),
		OnReady: func(bound *wire.ConnectionInfo) {
			if starting != nil {
				starting.Start()
			}
			tmp := path + ".tmp"
			os.WriteFile(tmp, bound.JSON(), 0o600)
			os.Rename(tmp, path+".ready")
		},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// testKernel is a kernel process and a client connected to it.
type testKernel struct {
	t       *testing.T
	cmd     *exec.Cmd
	log     *syncBuffer
	info    *wire.ConnectionInfo
	signer  *wire.Signer
	exited  chan struct{} // closed when the process has exited
	exitErr error
	started time.Time
	ready   time.Duration // process start to bound sockets

	shell, control, stdin, iopub zmq4.Socket
	shellIn, controlIn, stdinIn  chan *wire.Message
	iopubIn                      chan *wire.Message
	cancel                       context.CancelFunc
}

type syncBuffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	changed chan struct{} // closed (and replaced) by each write
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changed != nil {
		close(s.changed)
		s.changed = nil
	}
	return s.b.Write(p)
}

// next returns the text so far and a channel closed by the next write.
func (s *syncBuffer) next() (string, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changed == nil {
		s.changed = make(chan struct{})
	}
	return s.b.String(), s.changed
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startKernel(t *testing.T, transport string, env ...string) *testKernel {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "kernel.json")
	key := uuid.NewString()
	cfg := map[string]any{
		"transport": transport, "ip": "127.0.0.1",
		"shell_port": 0, "iopub_port": 0, "stdin_port": 0, "control_port": 0, "hb_port": 0,
		"signature_scheme": "hmac-sha256", "key": key, "kernel_name": "goteach-test",
	}
	if transport == "ipc" {
		cfg["ip"] = filepath.Join(dir, "k")
		for i, p := range []string{"shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"} {
			cfg[p] = i + 1
		}
	}
	b, _ := json.Marshal(cfg)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	k := &testKernel{t: t, log: &syncBuffer{}, exited: make(chan struct{})}
	k.cmd = exec.Command(os.Args[0], "-test.run=^$")
	k.cmd.Env = append(os.Environ(), "GOTEACH_TEST_KERNEL="+path, "GOTEACH_TEST_HISTORY="+filepath.Join(dir, "history"))
	k.cmd.Env = append(k.cmd.Env, env...)
	k.cmd.Stdout = k.log
	k.cmd.Stderr = k.log
	k.started = time.Now()
	if err := k.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		k.exitErr = k.cmd.Wait()
		close(k.exited)
	}()
	t.Cleanup(func() {
		k.cancel()
		select {
		case <-k.exited:
		default:
			k.cmd.Process.Kill()
			<-k.exited
		}
		if t.Failed() {
			t.Logf("kernel log:\n%s", k.log.String())
		}
	})
	k.cancel = func() {}
	deadline := time.Now().Add(5 * time.Second)
	for {
		data, err := os.ReadFile(path + ".ready")
		if err == nil {
			if k.info, err = wire.ParseConnectionInfo(data); err != nil {
				t.Fatal(err)
			}
			break
		}
		select {
		case <-k.exited:
			t.Fatalf("kernel exited: %v\n%s", k.exitErr, k.log.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("kernel did not start\n%s", k.log.String())
		}
		time.Sleep(2 * time.Millisecond)
	}
	k.ready = time.Since(k.started)
	k.signer, _ = wire.NewSigner("hmac-sha256", key)
	k.connect()
	return k
}

func (k *testKernel) connect() {
	ctx, cancel := context.WithCancel(context.Background())
	k.cancel = func() {
		cancel()
		for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub} {
			if s != nil {
				s.Close()
			}
		}
	}
	id := zmq4.SocketIdentity("client-" + uuid.NewString())
	dial := func(s zmq4.Socket, port int) zmq4.Socket {
		if err := s.Dial(k.info.Endpoint(port)); err != nil {
			k.t.Fatal(err)
		}
		return s
	}
	k.shell = dial(zmq4.NewDealer(ctx, zmq4.WithID(id)), k.info.ShellPort)
	k.control = dial(zmq4.NewDealer(ctx), k.info.ControlPort)
	k.stdin = dial(zmq4.NewDealer(ctx, zmq4.WithID(id)), k.info.StdinPort)
	k.iopub = dial(zmq4.NewSub(ctx), k.info.IOPubPort)
	if err := k.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		k.t.Fatal(err)
	}
	k.shellIn = k.pump(k.shell)
	k.controlIn = k.pump(k.control)
	k.stdinIn = k.pump(k.stdin)
	k.iopubIn = k.pump(k.iopub)
}

func (k *testKernel) pump(s zmq4.Socket) chan *wire.Message {
	ch := make(chan *wire.Message, 1000)
	go func() {
		for {
			msg, err := s.Recv()
			if err != nil {
				return
			}
			m, err := wire.ParseFrames(msg.Frames, k.signer)
			if err != nil {
				k.t.Errorf("client got a bad message: %v", err)
				continue
			}
			ch <- m
		}
	}()
	return ch
}

func (k *testKernel) send(s zmq4.Socket, msgType string, content any) *wire.Message {
	k.t.Helper()
	m, err := wire.NewMessage(msgType, nil, content, nil)
	if err != nil {
		k.t.Fatal(err)
	}
	k.sendMsg(s, m)
	return m
}

func (k *testKernel) sendMsg(s zmq4.Socket, m *wire.Message) {
	k.t.Helper()
	frames, err := m.Frames(k.signer)
	if err != nil {
		k.t.Fatal(err)
	}
	if err := s.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		k.t.Fatal(err)
	}
}

func (k *testKernel) recv(ch chan *wire.Message, what string, timeout time.Duration) *wire.Message {
	k.t.Helper()
	select {
	case m := <-ch:
		return m
	case <-time.After(timeout):
		k.t.Fatalf("no %s within %v", what, timeout)
		return nil
	}
}

// reply waits for the reply to req on ch.
func (k *testKernel) reply(ch chan *wire.Message, req *wire.Message, timeout time.Duration) *wire.Message {
	k.t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case m := <-ch:
			if parentID(m) == req.Header.MsgID {
				return m
			}
		case <-deadline:
			k.t.Fatalf("no reply to %s within %v", req.Header.MsgType, timeout)
			return nil
		}
	}
}

// iopubUntilIdle collects the iopub messages whose parent is req, up to
// and including its idle status.
func (k *testKernel) iopubUntilIdle(req *wire.Message, timeout time.Duration) []*wire.Message {
	k.t.Helper()
	var got []*wire.Message
	deadline := time.After(timeout)
	for {
		select {
		case m := <-k.iopubIn:
			if parentID(m) != req.Header.MsgID {
				continue
			}
			got = append(got, m)
			if m.Header.MsgType == "status" && content(m)["execution_state"] == "idle" {
				return got
			}
		case <-deadline:
			k.t.Fatalf("no idle for %s within %v; got %s", req.Header.MsgType, timeout, types(got))
			return nil
		}
	}
}

// waitRunning waits until the cell of req is running: the kernel has
// published its execute_input, after it made the cell interruptible. It
// returns the iopub messages of req up to and including that one.
func (k *testKernel) waitRunning(req *wire.Message) []*wire.Message {
	k.t.Helper()
	var got []*wire.Message
	deadline := time.After(10 * time.Second)
	for {
		select {
		case m := <-k.iopubIn:
			if parentID(m) != req.Header.MsgID {
				continue
			}
			got = append(got, m)
			if m.Header.MsgType == "execute_input" {
				return got
			}
		case <-deadline:
			k.t.Fatalf("%s never started", req.Header.MsgType)
			return nil
		}
	}
}

// waitLog waits until the kernel's log holds text.
func (k *testKernel) waitLog(text string) {
	k.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		logged, changed := k.log.next()
		if strings.Contains(logged, text) {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			k.t.Fatalf("the kernel never logged %q:\n%s", text, logged)
		}
	}
}

// waitReady nudges with kernel_info_request until iopub delivers too
// (the subscription takes a moment to reach the kernel).
func (k *testKernel) waitReady() {
	k.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		req := k.send(k.shell, "kernel_info_request", nil)
		k.reply(k.shellIn, req, 5*time.Second)
		select {
		case <-k.iopubIn:
			// Drain what the nudges produced: one more request, whose
			// idle comes after everything the earlier ones published.
			last := k.send(k.shell, "kernel_info_request", nil)
			k.reply(k.shellIn, last, 5*time.Second)
			k.iopubUntilIdle(last, 5*time.Second)
			return
		case <-time.After(50 * time.Millisecond):
		}
	}
	k.t.Fatal("iopub never delivered")
}

func (k *testKernel) execute(code string, extra map[string]any) (*wire.Message, []*wire.Message) {
	k.t.Helper()
	c := map[string]any{"code": code, "silent": false, "store_history": true, "allow_stdin": false, "stop_on_error": true, "user_expressions": map[string]any{}}
	for key, v := range extra {
		c[key] = v
	}
	req := k.send(k.shell, "execute_request", c)
	rep := k.reply(k.shellIn, req, 5*time.Second)
	return rep, k.iopubUntilIdle(req, 5*time.Second)
}

func parentID(m *wire.Message) string {
	var h wire.Header
	json.Unmarshal(m.ParentHeader, &h)
	return h.MsgID
}

func content(m *wire.Message) map[string]any {
	var c map[string]any
	json.Unmarshal(m.Content, &c)
	return c
}

func types(ms []*wire.Message) string {
	var s []string
	for _, m := range ms {
		t := m.Header.MsgType
		if t == "status" {
			t += ":" + content(m)["execution_state"].(string)
		}
		s = append(s, t)
	}
	return strings.Join(s, " ")
}

func streamText(ms []*wire.Message, name string) string {
	var b strings.Builder
	for _, m := range ms {
		if m.Header.MsgType == "stream" && content(m)["name"] == name {
			b.WriteString(content(m)["text"].(string))
		}
	}
	return b.String()
}

// compact drops consecutive stream messages of the same name, so that
// the order test does not depend on how output was batched.
func compact(ms []*wire.Message) string {
	var out []string
	last := ""
	for _, m := range ms {
		t := m.Header.MsgType
		if t == "status" {
			t += ":" + content(m)["execution_state"].(string)
		}
		if t == "stream" {
			t += ":" + content(m)["name"].(string)
		}
		if t == last && strings.HasPrefix(t, "stream") {
			continue
		}
		out = append(out, t)
		last = t
	}
	return strings.Join(out, " ")
}

// ---- tests ----

func TestServerKernelInfo(t *testing.T) {
	k := startKernel(t, "tcp")
	req := k.send(k.shell, "kernel_info_request", nil)
	rep := k.reply(k.shellIn, req, 5*time.Second)
	t.Logf("process start to sockets bound: %v; to kernel_info_reply: %v", k.ready, time.Since(k.started))
	c := content(rep)
	if rep.Header.MsgType != "kernel_info_reply" || c["status"] != "ok" || c["protocol_version"] != "5.4" || c["implementation"] != "goteach" {
		t.Fatalf("kernel_info_reply: %s", rep.Content)
	}
	li := c["language_info"].(map[string]any)
	for key, want := range map[string]string{"name": "go", "mimetype": "text/x-go", "file_extension": ".go", "pygments_lexer": "go", "codemirror_mode": "go", "nbconvert_exporter": "script"} {
		if li[key] != want {
			t.Errorf("language_info.%s = %v, want %q", key, li[key], want)
		}
	}
	if v, _ := li["version"].(string); v == "" || strings.HasPrefix(v, "go") {
		t.Errorf("language_info.version = %q", v)
	}
	if links, _ := c["help_links"].([]any); len(links) == 0 {
		t.Errorf("no help_links")
	}
	if rep.Header.Version != "5.4" || rep.Header.Session == "" || !strings.HasSuffix(rep.Header.Date, "Z") {
		t.Errorf("header: %+v", rep.Header)
	}
	k.waitReady()

	// The same on control, with busy and idle around it.
	req = k.send(k.control, "kernel_info_request", nil)
	rep = k.reply(k.controlIn, req, 5*time.Second)
	if content(rep)["status"] != "ok" {
		t.Fatalf("control kernel_info_reply: %s", rep.Content)
	}
	if got := types(k.iopubUntilIdle(req, 5*time.Second)); got != "status:busy status:idle" {
		t.Fatalf("iopub around kernel_info: %s", got)
	}
	// Every header has a fresh msg_id, and the wire.SessionID() stays the same.
	req2 := k.send(k.shell, "kernel_info_request", nil)
	rep2 := k.reply(k.shellIn, req2, 5*time.Second)
	if rep2.Header.MsgID == rep.Header.MsgID || rep2.Header.Session != rep.Header.Session {
		t.Fatalf("headers: %+v %+v", rep.Header, rep2.Header)
	}
}

// A kernel whose engine is slow to make answers kernel_info at once; the
// first cell waits for the engine, and an interrupt ends that wait.
func TestServerSlowEngine(t *testing.T) {
	const slow = 3 * time.Second
	k := startKernel(t, "tcp", fmt.Sprintf("GOTEACH_TEST_SLOW_ENGINE=%d", slow.Milliseconds()))
	req := k.send(k.shell, "kernel_info_request", nil)
	k.reply(k.shellIn, req, 10*time.Second)
	if strings.Contains(k.log.String(), "slow engine made") {
		t.Fatalf("kernel_info_reply came after the engine was made: it waited for the engine")
	}
	k.waitReady()

	// Interrupted while waiting: one error output, and the kernel goes on.
	ex := k.send(k.shell, "execute_request", map[string]any{"code": "echo never", "silent": false})
	started := k.waitRunning(ex)
	irq := k.send(k.control, "interrupt_request", nil)
	k.reply(k.controlIn, irq, 5*time.Second)
	rep := k.reply(k.shellIn, ex, 5*time.Second)
	if c := content(rep); c["status"] != "error" || c["ename"] != "Interrupted" {
		t.Fatalf("interrupted first cell: %s", rep.Content)
	}
	// (The control request in between repeats the cell's busy status.)
	msgs := append(started, k.iopubUntilIdle(ex, 5*time.Second)...)
	got := "status:busy" + strings.ReplaceAll(strings.TrimPrefix(compact(msgs), "status:busy"), " status:busy", "")
	if got != "status:busy execute_input error status:idle" {
		t.Fatalf("iopub of the interrupted cell: %s", got)
	}

	rep, msgs = k.execute("echo 42", nil)
	if c := content(rep); c["status"] != "ok" || c["execution_count"] != 2.0 {
		t.Fatalf("first cell after the engine started: %s", rep.Content)
	}
	k.waitLog("slow engine made") // (so that its absence above meant something)
	if got := compact(msgs); got != "status:busy execute_input execute_result status:idle" {
		t.Fatalf("iopub: %s", got)
	}
}

func TestServerExecute(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()

	t0 := time.Now()
	rep, io := k.execute("echo 1", nil)
	t.Logf("trivial execute round trip (reply and idle): %v", time.Since(t0))
	if c := content(rep); c["status"] != "ok" || c["execution_count"] != 1.0 {
		t.Fatalf("execute_reply: %s", rep.Content)
	}
	if got := compact(io); got != "status:busy execute_input execute_result status:idle" {
		t.Fatalf("iopub of a cell with a value: %s", got)
	}

	// (stdout and stderr are separate pipes: their relative order is not
	// kept, only the order of each.)
	_, io = k.execute("eprint oops", nil)
	if out := streamText(io, "stderr"); out != "oops\n" {
		t.Errorf("stderr = %q", out)
	}
	rep, io = k.execute("print hello\necho 42", nil)
	if got := compact(io); got != "status:busy execute_input stream:stdout execute_result status:idle" {
		t.Fatalf("iopub order: %s", got)
	}
	if out := streamText(io, "stdout"); out != "hello\n" {
		t.Errorf("stdout = %q", out)
	}
	in := content(io[1])
	if in["code"] != "print hello\necho 42" || in["execution_count"] != 3.0 {
		t.Errorf("execute_input: %v", in)
	}
	res := content(io[len(io)-2])
	if res["execution_count"] != 3.0 || res["data"].(map[string]any)["text/plain"] != "42" {
		t.Errorf("execute_result: %v", res)
	}
	if c := content(rep); c["status"] != "ok" || c["execution_count"] != 3.0 {
		t.Errorf("execute_reply: %v", c)
	}
	if _, ok := content(rep)["user_expressions"]; !ok {
		t.Errorf("execute_reply without user_expressions: %v", content(rep))
	}

	// kernel.Engine text, fd output, a child's output and displays keep their order.
	_, io = k.execute("stream a\nprint b\nchild c\ndisplay d", nil)
	if out := streamText(io, "stdout"); out != "ab\nc\n" {
		t.Errorf("stdout = %q", out)
	}
	if io[len(io)-2].Header.MsgType != "display_data" {
		t.Errorf("iopub: %s", types(io))
	} else if c := content(io[len(io)-2]); c["metadata"] == nil || c["transient"].(map[string]any)["display_id"] != "d1" {
		t.Errorf("display_data: %v", c)
	}

	// silent: no execute_input, no result, count unchanged.
	rep, io = k.execute("echo hidden", map[string]any{"silent": true})
	if got := types(io); got != "status:busy status:idle" {
		t.Errorf("silent iopub: %s", got)
	}
	if c := content(rep); c["execution_count"] != 4.0 {
		t.Errorf("silent reply: %v", c)
	}
	// store_history false: shown with the next count, which is not used up.
	_, io = k.execute("echo x", map[string]any{"store_history": false})
	if c := content(io[1]); c["execution_count"] != 5.0 {
		t.Errorf("execute_input without history: %v", c)
	}
	rep, _ = k.execute("echo y", nil)
	if c := content(rep); c["execution_count"] != 5.0 {
		t.Errorf("count after store_history false: %v", c)
	}

	// A failing cell: one error output, an error reply.
	rep, io = k.execute("error", nil)
	if got := types(io); got != "status:busy execute_input error status:idle" {
		t.Errorf("error iopub: %s", got)
	}
	if c := content(rep); c["status"] != "error" || c["ename"] != "TestError" || c["traceback"] == nil {
		t.Errorf("error reply: %v", c)
	}
	// An engine panic is the cell's error, not the kernel's end.
	rep, _ = k.execute("panic", nil)
	if c := content(rep); c["status"] != "error" || c["ename"] != "KernelError" {
		t.Errorf("panic reply: %v", c)
	}
	rep, _ = k.execute("echo alive", nil)
	if content(rep)["status"] != "ok" {
		t.Errorf("after panic: %v", content(rep))
	}
}

func TestServerSplitUTF8(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	_, io := k.execute("split", nil)
	for _, m := range io {
		if m.Header.MsgType == "stream" && strings.ContainsRune(content(m)["text"].(string), '\uFFFD') {
			t.Fatalf("a UTF-8 sequence was split: %q", content(m)["text"])
		}
	}
	if out := streamText(io, "stdout"); out != "é\n" {
		t.Fatalf("stdout = %q", out)
	}
}

func TestServerStopOnError(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	code := func(c string) map[string]any {
		return map[string]any{"code": c, "silent": false, "store_history": true, "allow_stdin": false, "stop_on_error": true}
	}
	r1 := k.send(k.shell, "execute_request", code("nap 100\nerror"))
	r2 := k.send(k.shell, "execute_request", code("echo 2"))
	r3 := k.send(k.shell, "execute_request", code("echo 3"))
	if c := content(k.reply(k.shellIn, r1, 5*time.Second)); c["status"] != "error" {
		t.Fatalf("first: %v", c)
	}
	for _, r := range []*wire.Message{r2, r3} {
		if c := content(k.reply(k.shellIn, r, 5*time.Second)); c["status"] != "aborted" {
			t.Fatalf("queued: %v", c)
		}
		if got := types(k.iopubUntilIdle(r, 5*time.Second)); got != "status:busy status:idle" {
			t.Errorf("aborted iopub: %s", got)
		}
	}
	// Requests sent after the failure run again.
	rep, _ := k.execute("echo 4", nil)
	if content(rep)["status"] != "ok" || content(rep)["execution_count"] != 2.0 {
		t.Fatalf("after abort: %v", content(rep))
	}
	// stop_on_error false: nothing is aborted.
	r1 = k.send(k.shell, "execute_request", map[string]any{"code": "nap 50\nerror", "stop_on_error": false})
	r2 = k.send(k.shell, "execute_request", code("echo 5"))
	k.reply(k.shellIn, r1, 5*time.Second)
	if c := content(k.reply(k.shellIn, r2, 5*time.Second)); c["status"] != "ok" {
		t.Fatalf("stop_on_error false: %v", c)
	}
}

// A request sent as soon as the reply of a failed cell arrived is not one
// that was queued behind it: it runs.
func TestServerRunsWhatFollowsAFailedReply(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	for i := range 50 {
		fail := k.send(k.shell, "execute_request", map[string]any{"code": "error", "stop_on_error": true})
		k.reply(k.shellIn, fail, 5*time.Second)
		next := k.send(k.shell, "execute_request", map[string]any{"code": "echo ok"})
		if c := content(k.reply(k.shellIn, next, 5*time.Second)); c["status"] != "ok" {
			t.Fatalf("round %d: the request sent after the failed cell's reply: %v", i, c)
		}
	}
}

func TestServerInterrupt(t *testing.T) {
	k := startKernel(t, "tcp", "GOTEACH_DEBUG=1") // logs the SIGINT it ignores
	k.waitReady()

	// interrupt_request on control while a cell runs.
	req := k.send(k.shell, "execute_request", map[string]any{"code": "sleep"})
	k.waitRunning(req)
	// Shell requests are answered while the cell runs.
	creq := k.send(k.shell, "complete_request", map[string]any{"code": "fmt.Pri", "cursor_pos": 7})
	crep := k.reply(k.shellIn, creq, 2*time.Second)
	if c := content(crep); c["status"] != "ok" || c["cursor_start"] != 4.0 || len(c["matches"].([]any)) != 2 || c["metadata"] == nil {
		t.Fatalf("complete_reply: %v", c)
	}
	t0 := time.Now()
	ireq := k.send(k.control, "interrupt_request", nil)
	if c := content(k.reply(k.controlIn, ireq, 2*time.Second)); c["status"] != "ok" {
		t.Fatalf("interrupt_reply: %v", c)
	}
	rep := k.reply(k.shellIn, req, 2*time.Second)
	if c := content(rep); c["status"] != "error" || c["ename"] != "Interrupted" {
		t.Fatalf("interrupted reply: %v", c)
	}
	t.Logf("interrupt to reply: %v", time.Since(t0))
	k.iopubUntilIdle(req, 2*time.Second)

	// SIGINT while idle is ignored ...
	k.cmd.Process.Signal(syscall.SIGINT)
	k.waitLog("SIGINT while idle: ignored")
	rep, _ = k.execute("echo alive", nil)
	if content(rep)["status"] != "ok" {
		t.Fatalf("after idle SIGINT: %v", content(rep))
	}
	// ... and interrupts a running cell.
	req = k.send(k.shell, "execute_request", map[string]any{"code": "sleep"})
	k.waitRunning(req)
	k.cmd.Process.Signal(syscall.SIGINT)
	if c := content(k.reply(k.shellIn, req, 2*time.Second)); c["ename"] != "Interrupted" {
		t.Fatalf("SIGINT reply: %v", c)
	}
}

func TestServerLateOutput(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	rep, io := k.execute("late bye", nil)
	if streamText(io, "stdout") != "" {
		t.Fatalf("late output came early: %s", types(io))
	}
	req := rep.ParentHeader
	var h wire.Header
	json.Unmarshal(req, &h)
	deadline := time.After(2 * time.Second)
	for {
		select {
		case m := <-k.iopubIn:
			if m.Header.MsgType == "stream" {
				if parentID(m) != h.MsgID || content(m)["text"] != "bye\n" {
					t.Fatalf("late stream: parent %s, content %s", parentID(m), m.Content)
				}
				return
			}
		case <-deadline:
			t.Fatal("late output never arrived")
		}
	}
}

func TestServerStdin(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	req := k.send(k.shell, "execute_request", map[string]any{"code": "input name?", "allow_stdin": true})
	ir := k.recv(k.stdinIn, "input_request", 2*time.Second)
	if ir.Header.MsgType != "input_request" || parentID(ir) != req.Header.MsgID || content(ir)["prompt"] != "name?" || content(ir)["password"] != false {
		t.Fatalf("input_request: %s %s", ir.Header.MsgType, ir.Content)
	}
	ans, _ := wire.NewMessage("input_reply", ir.ParentRaw(), map[string]any{"value": "Ada"}, nil)
	k.sendMsg(k.stdin, ans)
	rep := k.reply(k.shellIn, req, 2*time.Second)
	io := k.iopubUntilIdle(req, 2*time.Second)
	if content(rep)["status"] != "ok" || content(io[len(io)-2])["data"].(map[string]any)["text/plain"] != "Ada" {
		t.Fatalf("after input: %v %s", content(rep), types(io))
	}

	// Without allow_stdin the engine gets a clear error.
	rep, _ = k.execute("input name?", nil)
	if c := content(rep); c["status"] != "error" || !strings.Contains(c["evalue"].(string), "allow_stdin is false") {
		t.Fatalf("no stdin: %v", c)
	}

	// Waiting for input is interruptible.
	req = k.send(k.shell, "execute_request", map[string]any{"code": "input again?", "allow_stdin": true})
	k.recv(k.stdinIn, "input_request", 2*time.Second)
	k.send(k.control, "interrupt_request", nil)
	if c := content(k.reply(k.shellIn, req, 2*time.Second)); c["status"] != "error" || !strings.Contains(c["evalue"].(string), "interrupted") {
		t.Fatalf("interrupted input: %v", c)
	}
}

func TestServerBadMessages(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	// A message signed with another key is dropped.
	other, _ := wire.NewSigner("hmac-sha256", "not-the-key")
	m, _ := wire.NewMessage("execute_request", nil, map[string]any{"code": "echo forged"}, nil)
	frames, _ := m.Frames(other)
	k.shell.SendMulti(zmq4.NewMsgFrom(frames...))
	// Garbage of every kind.
	for _, g := range [][][]byte{
		{[]byte("hello")},
		{[]byte("<IDS|MSG>")},
		{[]byte("<IDS|MSG>"), []byte("sig"), []byte("{"), []byte("{}"), []byte("{}"), []byte("{}")},
		{[]byte(""), []byte("<IDS|MSG>"), {}, []byte("[]"), []byte("{}"), []byte("{}"), []byte("{}")},
	} {
		k.shell.SendMulti(zmq4.NewMsgFrom(g...))
		k.control.SendMulti(zmq4.NewMsgFrom(g...))
	}
	// Well signed, but not JSON objects.
	for _, parts := range [][4]string{
		{`{"msg_id":"x","msg_type":"execute_request"}`, `{}`, `{}`, `"code"`},
		{`{"msg_id":"x"}`, `{}`, `{}`, `{}`},
		{`{"msg_id":"x","msg_type":"kernel_info_request"}`, `[1]`, `{}`, `{}`},
	} {
		sig := k.signer.Sign([]byte(parts[0]), []byte(parts[1]), []byte(parts[2]), []byte(parts[3]))
		k.shell.SendMulti(zmq4.NewMsgFrom([]byte("<IDS|MSG>"), sig, []byte(parts[0]), []byte(parts[1]), []byte(parts[2]), []byte(parts[3])))
	}
	// The kernel still serves, and nothing was executed.
	rep, io := k.execute("echo fine", nil)
	if c := content(rep); c["status"] != "ok" || c["execution_count"] != 1.0 {
		t.Fatalf("after bad messages: %v", c)
	}
	if len(io) != 4 {
		t.Fatalf("iopub: %s", types(io))
	}
	// A content that is valid but of the wrong shape is answered.
	req := k.send(k.shell, "complete_request", map[string]any{"code": 5})
	if c := content(k.reply(k.shellIn, req, 2*time.Second)); c["status"] != "error" {
		t.Fatalf("bad complete_request: %v", c)
	}
	// An unknown request gets an error reply, with busy and idle.
	req = k.send(k.shell, "frobnicate_request", nil)
	if rep := k.reply(k.shellIn, req, 2*time.Second); rep.Header.MsgType != "frobnicate_reply" || content(rep)["status"] != "error" {
		t.Fatalf("unknown request: %s %s", rep.Header.MsgType, rep.Content)
	}
	if got := types(k.iopubUntilIdle(req, 2*time.Second)); got != "status:busy status:idle" {
		t.Fatalf("unknown request iopub: %s", got)
	}
	if !strings.Contains(k.log.String(), "bad signature") {
		t.Errorf("the bad signature was not logged:\n%s", k.log.String())
	}
}

func TestServerOtherRequests(t *testing.T) {
	k := startKernel(t, "ipc")
	k.waitReady()
	for _, code := range []string{"echo a", "echo b", "echo a"} {
		k.execute(code, nil)
	}
	ask := func(msgType string, c map[string]any) map[string]any {
		req := k.send(k.shell, msgType, c)
		rep := k.reply(k.shellIn, req, 2*time.Second)
		if got := types(k.iopubUntilIdle(req, 2*time.Second)); !strings.HasPrefix(got, "status:busy") || !strings.HasSuffix(got, "status:idle") {
			t.Errorf("%s iopub: %s", msgType, got)
		}
		return content(rep)
	}
	h := ask("history_request", map[string]any{"hist_access_type": "tail", "n": 2, "output": false, "raw": true})
	if got := fmt.Sprint(h["history"]); !strings.HasSuffix(got, " 2 echo b] [1 3 echo a]]") {
		t.Errorf("history tail: %v", got)
	}
	h = ask("history_request", map[string]any{"hist_access_type": "search", "pattern": "echo ?", "unique": true, "output": true, "raw": true})
	if got := fmt.Sprint(h["history"]); got != "[[1 2 [echo b b]] [1 3 [echo a a]]]" {
		t.Errorf("history search: %v", got)
	}
	h = ask("history_request", map[string]any{"hist_access_type": "range", "wire.SessionID()": 0, "start": 2, "stop": 3, "raw": true})
	if got := fmt.Sprint(h["history"]); got != "[[1 2 echo b]]" {
		t.Errorf("history range: %v", got)
	}
	if c := ask("is_complete_request", map[string]any{"code": "func f() {"}); c["status"] != "incomplete" || c["indent"] != "\t" {
		t.Errorf("is_complete: %v", c)
	}
	if c := ask("is_complete_request", map[string]any{"code": "x := 1"}); c["status"] != "complete" {
		t.Errorf("is_complete: %v", c)
	}
	if c := ask("inspect_request", map[string]any{"code": "fmt.Println", "cursor_pos": 5, "detail_level": 0}); c["found"] != true || c["data"] == nil || c["metadata"] == nil {
		t.Errorf("inspect: %v", c)
	}
	if c := ask("comm_info_request", nil); c["status"] != "ok" || len(c["comms"].(map[string]any)) != 0 {
		t.Errorf("comm_info: %v", c)
	}
	// comm_open for a target nobody handles is closed.
	req := k.send(k.shell, "comm_open", map[string]any{"comm_id": "c1", "target_name": "jupyter.widget", "data": map[string]any{}})
	io := k.iopubUntilIdle(req, 2*time.Second)
	if got := types(io); got != "status:busy comm_close status:idle" || content(io[1])["comm_id"] != "c1" {
		t.Errorf("comm_open: %s", got)
	}
	// Cursor positions are code points.
	if c := ask("complete_request", map[string]any{"code": "é fmt.Pri", "cursor_pos": 9}); c["cursor_start"] != 6.0 || c["cursor_end"] != 9.0 {
		t.Errorf("complete with non-ASCII: %v", c)
	}
}

func TestServerShutdown(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	req := k.send(k.control, "shutdown_request", map[string]any{"restart": true})
	rep := k.reply(k.controlIn, req, 2*time.Second)
	if c := content(rep); c["status"] != "ok" || c["restart"] != true {
		t.Fatalf("shutdown_reply: %v", c)
	}
	expectCleanExit(t, k)
}

// expectCleanExit waits for the kernel to exit with status 0 after closing
// its engine.
func expectCleanExit(t *testing.T, k *testKernel) {
	t.Helper()
	select {
	case <-k.exited:
		if k.exitErr != nil {
			t.Fatalf("kernel exit: %v", k.exitErr)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("kernel did not exit")
	}
	if !strings.Contains(k.log.String(), "fake engine closed") {
		t.Errorf("engine not closed; log:\n%s", k.log.String())
	}
}

func TestServerSIGTERM(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	req := k.send(k.shell, "execute_request", map[string]any{"code": "sleep"})
	k.recv(k.iopubIn, "busy", 2*time.Second)
	_ = req
	k.cmd.Process.Signal(syscall.SIGTERM)
	expectCleanExit(t, k)
}

// TestServerRoundTrip measures a trivial execute: request to reply
// and idle.
func TestServerRoundTrip(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	var ds []time.Duration
	for i := 0; i < 21; i++ {
		t0 := time.Now()
		k.execute("echo 1", nil)
		ds = append(ds, time.Since(t0))
	}
	slices.Sort(ds)
	t.Logf("execute round trip: min %v, median %v, max %v", ds[0], ds[len(ds)/2], ds[len(ds)-1])
}

func TestServerStrayConnections(t *testing.T) {
	k := startKernel(t, "tcp")
	k.waitReady()
	addr := strings.TrimPrefix(k.info.Endpoint(k.info.ShellPort), "tcp://")

	// A connection that sends the 10-byte greeting signature and then
	// stalls does not keep others out.
	silent, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	signature := make([]byte, 10)
	signature[0], signature[9] = 0xFF, 0x7F
	silent.Write(signature)
	// The kernel is handling it once it answers with its own greeting.
	silent.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadFull(silent, make([]byte, 64)); err != nil {
		t.Fatalf("no greeting on the stalled connection: %v", err)
	}
	other := zmq4.NewDealer(context.Background())
	defer other.Close()
	if err := other.Dial(k.info.Endpoint(k.info.ShellPort)); err != nil {
		t.Fatal(err)
	}
	otherIn := k.pump(other)
	req := k.send(other, "kernel_info_request", nil)
	k.reply(otherIn, req, 2*time.Second)

	// A peer announcing a huge frame is cut off.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	greeting := make([]byte, 64)
	greeting[0], greeting[9], greeting[10] = 0xFF, 0x7F, 3
	copy(greeting[12:], "NULL")
	ready := []byte("\x05READY\x0bSocket-Type\x00\x00\x00\x06DEALER")
	huge := []byte{0x02, 0, 0, 0x10, 0, 0, 0, 0, 0} // 2^44 bytes
	c.Write(greeting)
	c.Write(append([]byte{0x04, byte(len(ready))}, ready...))
	c.Write(huge)
	c.SetReadDeadline(time.Now().Add(3 * time.Second))
	if _, err := io.Copy(io.Discard, c); err != nil {
		t.Fatalf("the connection was not closed: %v", err)
	}
	req = k.send(k.shell, "kernel_info_request", nil)
	k.reply(k.shellIn, req, 2*time.Second)
	// The peer may see the connection closed before the line is logged.
	k.waitLog("refused")
}

// An IOPub subscriber that stops reading is dropped; the others keep
// getting their messages.
func TestServerStuckSubscriber(t *testing.T) {
	k := startKernel(t, "tcp", "GOTEACH_TEST_STALLED_WRITE=300ms")
	k.waitReady()

	// A SUB peer that subscribes to everything, then never reads (with
	// a small receive buffer, so that it is soon full).
	d := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		return c.Control(func(fd uintptr) {
			syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096)
		})
	}}
	stuck, err := d.Dial("tcp", strings.TrimPrefix(k.info.Endpoint(k.info.IOPubPort), "tcp://"))
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	greeting := make([]byte, 64)
	greeting[0], greeting[9], greeting[10] = 0xFF, 0x7F, 3
	copy(greeting[12:], "NULL")
	ready := []byte("\x05READY\x0bSocket-Type\x00\x00\x00\x03SUB")
	stuck.Write(greeting)
	stuck.Write(append([]byte{0x04, byte(len(ready))}, ready...))
	stuck.Write([]byte{0x00, 0x01, 0x01}) // subscribe to ""
	// The kernel has the subscription once a published message reaches
	// the peer: read its greeting and READY, then the first byte of a
	// message, and read nothing more.
	subscribed := make(chan error, 1)
	go func() {
		stuck.SetReadDeadline(time.Now().Add(10 * time.Second))
		if _, err := io.ReadFull(stuck, make([]byte, 64)); err != nil {
			subscribed <- err
			return
		}
		hdr := make([]byte, 2)
		if _, err := io.ReadFull(stuck, hdr); err != nil || hdr[0]&0x06 != 0x04 {
			subscribed <- fmt.Errorf("READY: % x, %v", hdr, err)
			return
		}
		if _, err := io.ReadFull(stuck, make([]byte, int(hdr[1])+1)); err != nil {
			subscribed <- err
			return
		}
		subscribed <- nil
	}()
	for waiting := true; waiting; {
		k.reply(k.shellIn, k.send(k.shell, "kernel_info_request", nil), 5*time.Second)
		select {
		case err := <-subscribed:
			if err != nil {
				t.Fatalf("the stuck subscriber got no message: %v", err)
			}
			waiting = false
		case <-time.After(100 * time.Millisecond): // then nudge again
		}
	}

	// More output than the socket buffers between the kernel and the
	// stuck peer hold.
	const lines = 8
	big := strings.Repeat("x", 1<<20)
	code := strings.Repeat("print "+big+"\n", lines)
	req := k.send(k.shell, "execute_request", map[string]any{"code": code})
	if rep := k.reply(k.shellIn, req, 20*time.Second); content(rep)["status"] != "ok" {
		t.Fatalf("big output: %s", rep.Content)
	}
	msgs := k.iopubUntilIdle(req, 20*time.Second)
	if n := len(streamText(msgs, "stdout")); n != lines*(len(big)+1) {
		t.Errorf("the reading subscriber got %d bytes of output, want %d", n, lines*(len(big)+1))
	}
	rep, msgs := k.execute("echo after", nil)
	if content(rep)["status"] != "ok" || compact(msgs) != "status:busy execute_input execute_result status:idle" {
		t.Fatalf("after the big output: %s %s", rep.Content, compact(msgs))
	}
	if !strings.Contains(k.log.String(), "read nothing") {
		t.Errorf("the stuck subscriber was not dropped:\n%s", k.log.String())
	}
}

// Sockets bound before Serve (Options.Listeners) are taken over: a client
// that connected before the kernel served gets its answer, and a socket
// for no port of the connection file is closed.
func TestServeTakesOverListeners(t *testing.T) {
	files := map[int]*os.File{}
	var ports []int
	for range 6 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		f, err := l.(*net.TCPListener).File()
		if err != nil {
			t.Fatal(err)
		}
		l.Close()
		port := l.Addr().(*net.TCPAddr).Port
		files[port] = f
		ports = append(ports, port)
	}
	cfg := &wire.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", SignatureScheme: "hmac-sha256", Key: "secret",
		ShellPort: ports[0], IOPubPort: ports[1], StdinPort: ports[2], ControlPort: ports[3], HBPort: ports[4]}
	k := &testKernel{t: t, info: cfg, cancel: func() {}}
	k.signer, _ = wire.NewSigner("hmac-sha256", "secret")
	defer func() { k.cancel() }()
	// zmq4 dials synchronously (it waits for the greeting): connect while
	// nothing serves yet, and start serving meanwhile.
	connected := make(chan struct{})
	go func() {
		k.connect()
		close(connected)
	}()
	waitQueued(t, files[ports[0]])
	served := make(chan error, 1)
	go func() { served <- Serve(cfg, newFakeEngine(), Options{Listeners: files}) }()
	select {
	case <-connected:
	case <-time.After(5 * time.Second):
		t.Fatal("could not connect to the sockets taken over")
	}
	req := k.send(k.shell, "kernel_info_request", nil)
	if c := content(k.reply(k.shellIn, req, 5*time.Second)); c["status"] != "ok" {
		t.Fatalf("kernel_info_reply: %v", c)
	}
	if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", ports[5]), time.Second); err == nil {
		c.Close()
		t.Errorf("the socket for no port of the connection file still listens")
	}
	req = k.send(k.control, "shutdown_request", map[string]any{"restart": false})
	k.reply(k.controlIn, req, 5*time.Second)
	select {
	case err := <-served:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after shutdown_request")
	}
}

// waitQueued waits until a connection waits in the accept queue of the
// listening socket l (Linux reports the queue's length as tcpi_unacked of
// a listening socket).
func waitQueued(t *testing.T, l *os.File) {
	t.Helper()
	raw, err := l.SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		var queued uint32
		var ierr error
		raw.Control(func(fd uintptr) {
			var info *unix.TCPInfo
			info, ierr = unix.GetsockoptTCPInfo(int(fd), unix.IPPROTO_TCP, unix.TCP_INFO)
			if ierr == nil {
				queued = info.Unacked
			}
		})
		if ierr != nil {
			t.Fatalf("TCP_INFO: %v", ierr)
		}
		if queued > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the client never connected")
		}
		time.Sleep(time.Millisecond) // polling the queue, not waiting in its place
	}
}
