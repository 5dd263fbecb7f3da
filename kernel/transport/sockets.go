// Package transport is the kernel's ZeroMQ layer: its five listening
// sockets, on transports of its own that police the peers (see below).
package transport

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/wire"
)

// The kernel listens through its own zmq4 transports ("ktcp", "kipc"),
// thin wrappers of the usual ones whose connections police the peer:
//
//   - zmq4 performs the ZMTP handshake of a new connection inside its
//     accept loop, so a peer that connects and stalls (a port scanner, a
//     health check, a client stopped mid-handshake) would stop every
//     later client from connecting. The kernel does the greeting and
//     reads the peer's first command itself, on the connection's own
//     goroutine, within handshakeTimeout, and only then hands the
//     connection to zmq4 (see vet).
//   - zmq4 allocates a frame's announced size before reading it, so a
//     garbled length could exhaust memory. Frames larger than maxFrame
//     close the connection instead.
//   - zmq4's PUB socket queues without limit and writes to its
//     subscribers one after the other, so one subscriber that stops
//     reading (a suspended console) would stop IOPub for every client
//     while the queue grew until memory ran out. The IOPub socket drops
//     messages beyond iopubHWM queued ones, as libzmq's PUB does at its
//     send high-water mark, and its transports ("ktcp-out", "kipc-out")
//     give up on a subscriber whose write has been blocked for
//     StalledWrite: the connection is closed, the others go on, and a
//     ZeroMQ subscriber reconnects by itself.
const (
	handshakeTimeout = 10 * time.Second
	maxFrame         = 1 << 30
	zmtpGreeting     = 64
	zmtpSignature    = 10
	iopubHWM         = 1000 // libzmq's default ZMQ_SNDHWM
)

// StalledWrite is how long a write to an IOPub subscriber may block (a
// variable so that tests can shorten it).
var StalledWrite = 5 * time.Second

func init() {
	for name, network := range map[string]string{"ktcp": "tcp", "kipc": "unix"} {
		if err := zmq4.RegisterTransport(name, guardTransport{Transport: transport.New(network)}); err != nil {
			panic(err)
		}
		out := guardTransport{Transport: transport.New(network), out: true}
		if err := zmq4.RegisterTransport(name+"-out", out); err != nil {
			panic(err)
		}
	}
}

type guardTransport struct {
	transport.Transport
	out bool // writes give up after StalledWrite
}

func (t guardTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l := takeAdopted(addr)
	if l == nil {
		var err error
		if l, err = t.Transport.Listen(ctx, addr); err != nil {
			return nil, err
		}
	}
	g := &guardListener{Listener: l, ready: make(chan net.Conn), done: make(chan struct{})}
	if t.out {
		g.writeTimeout = StalledWrite
	}
	go g.acceptLoop()
	return g, nil
}

type guardListener struct {
	net.Listener
	ready        chan net.Conn
	done         chan struct{}
	closeOnce    sync.Once
	writeTimeout time.Duration
}

func (l *guardListener) acceptLoop() {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			select {
			case <-l.done:
				return
			default:
			}
			if errors.Is(err, net.ErrClosed) {
				return
			}
			// Out of file descriptors, say: do not spin a core.
			time.Sleep(10 * time.Millisecond)
			continue
		}
		go l.vet(c)
	}
}

// vet does the first part of the ZMTP handshake itself, on the
// connection's own goroutine, and hands the connection to zmq4 only once
// the peer has sent its whole greeting and its first command (READY):
// zmq4 does its part in its accept loop, where a peer that stalls would
// delay every client after it. The bytes read are replayed to zmq4, and
// the greeting zmq4 then writes is swallowed (the peer has had ours).
func (l *guardListener) vet(c net.Conn) {
	c.SetDeadline(time.Now().Add(handshakeTimeout))
	pre, err := readHandshake(c)
	if err != nil {
		kernel.Debugf("closing a connection from %s: %v", c.RemoteAddr(), err)
		c.Close()
		return
	}
	c.SetDeadline(time.Time{})
	g := &guardConn{Conn: c, pre: pre, skipWrite: zmtpGreeting, writeTimeout: l.writeTimeout}
	select {
	case l.ready <- g:
	case <-l.done:
		g.Close()
	}
}

// nullGreeting is a ZMTP 3.0 greeting with the NULL mechanism, as a
// server that is not one.
var nullGreeting = func() []byte {
	b := make([]byte, zmtpGreeting)
	b[0], b[9] = 0xFF, 0x7F
	b[10] = 3 // version 3.0
	copy(b[12:], "NULL")
	return b
}()

// readHandshake reads the peer's greeting (sending ours once its
// signature shows a ZeroMQ peer) and its first command, and returns the
// bytes read.
func readHandshake(c net.Conn) ([]byte, error) {
	buf := make([]byte, zmtpGreeting, zmtpGreeting+64)
	if _, err := io.ReadFull(c, buf[:zmtpSignature]); err != nil || buf[0] != 0xFF || buf[zmtpSignature-1] != 0x7F {
		return nil, errors.New("not a ZeroMQ peer")
	}
	if _, err := c.Write(nullGreeting); err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(c, buf[zmtpSignature:]); err != nil {
		return nil, fmt.Errorf("ZMTP greeting: %w", err)
	}
	var hdr [9]byte
	if _, err := io.ReadFull(c, hdr[:2]); err != nil {
		return nil, fmt.Errorf("ZMTP handshake: %w", err)
	}
	if hdr[0]&0x04 == 0 {
		return nil, errors.New("ZMTP handshake: the first frame is not a command")
	}
	size := uint64(hdr[1])
	n := 2
	if hdr[0]&0x02 != 0 {
		if _, err := io.ReadFull(c, hdr[2:9]); err != nil {
			return nil, fmt.Errorf("ZMTP handshake: %w", err)
		}
		size, n = binary.BigEndian.Uint64(hdr[1:9]), 9
	}
	if size > 1<<16 {
		return nil, fmt.Errorf("ZMTP handshake: a first command of %d bytes", size)
	}
	buf = append(buf, hdr[:n]...)
	body := make([]byte, size)
	if _, err := io.ReadFull(c, body); err != nil {
		return nil, fmt.Errorf("ZMTP handshake: %w", err)
	}
	return append(buf, body...), nil
}

func (l *guardListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.ready:
		return c, nil
	case <-l.done:
		// zmq4 calls Accept again until its context is cancelled.
		time.Sleep(10 * time.Millisecond)
		return nil, net.ErrClosed
	}
}

func (l *guardListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// frameError refuses an oversized frame. It is a net.Error so that zmq4
// treats the connection as broken.
type frameError struct{ size uint64 }

func (e frameError) Error() string   { return fmt.Sprintf("ZMTP frame of %d bytes refused", e.size) }
func (e frameError) Timeout() bool   { return false }
func (e frameError) Temporary() bool { return false }

// guardConn follows the ZMTP framing of the bytes it reads after the
// handshake.
type guardConn struct {
	net.Conn

	pre       []byte // bytes read before zmq4 got the connection
	skipWrite int    // bytes of zmq4's greeting still to swallow
	hdr       []byte // partial frame header
	body      uint64 // body bytes still to skip
	failed    error

	writeTimeout time.Duration
}

// Write gives up after writeTimeout (when set) without progress.
func (g *guardConn) Write(p []byte) (int, error) {
	if g.skipWrite > 0 {
		k := min(g.skipWrite, len(p))
		g.skipWrite -= k
		if k == len(p) {
			return k, nil
		}
		n, err := g.write(p[k:])
		return n + k, err
	}
	return g.write(p)
}

func (g *guardConn) write(p []byte) (int, error) {
	if g.writeTimeout <= 0 {
		return g.Conn.Write(p)
	}
	_ = g.Conn.SetWriteDeadline(time.Now().Add(g.writeTimeout))
	n, err := g.Conn.Write(p)
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) {
		kernel.Logf("closing a ZeroMQ connection from %s: it has read nothing for %v", g.RemoteAddr(), g.writeTimeout)
		g.Conn.Close()
		// Not a timeout: zmq4 retries those; this connection is done.
		err = stalledError{g.writeTimeout}
	}
	return n, err
}

// stalledError ends a connection whose peer stopped reading.
type stalledError struct{ after time.Duration }

func (e stalledError) Error() string   { return fmt.Sprintf("peer read nothing for %v", e.after) }
func (e stalledError) Timeout() bool   { return false }
func (e stalledError) Temporary() bool { return false }

func (g *guardConn) Read(p []byte) (int, error) {
	if g.failed != nil {
		return 0, g.failed
	}
	if len(g.pre) > 0 {
		n := copy(p, g.pre)
		g.pre = g.pre[n:]
		return n, nil
	}
	n, err := g.Conn.Read(p)
	if n > 0 {
		if ferr := g.scan(p[:n]); ferr != nil {
			g.failed = ferr
			kernel.Logf("closing a ZeroMQ connection from %s: %v", g.RemoteAddr(), ferr)
			g.Conn.Close()
			return 0, ferr
		}
	}
	return n, err
}

func (g *guardConn) scan(b []byte) error {
	for len(b) > 0 {
		switch {
		case g.body > 0:
			k := uint64(len(b))
			if k > g.body {
				k = g.body
			}
			g.body -= k
			b = b[k:]
		default:
			g.hdr = append(g.hdr, b[0])
			b = b[1:]
			flags := g.hdr[0]
			need := 2
			if flags&0x02 != 0 {
				need = 9
			}
			if len(g.hdr) < need {
				continue
			}
			var size uint64
			if need == 2 {
				size = uint64(g.hdr[1])
			} else {
				size = binary.BigEndian.Uint64(g.hdr[1:9])
			}
			g.hdr = g.hdr[:0]
			if size > maxFrame {
				return frameError{size}
			}
			g.body = size
		}
	}
	return nil
}

// listenEndpoint turns a connection file endpoint into one of the
// guarded transports; out selects the one whose writes time out.
func listenEndpoint(ep string, out bool) (string, error) {
	suffix := ""
	if out {
		suffix = "-out"
	}
	switch {
	case strings.HasPrefix(ep, "tcp://"):
		return "ktcp" + suffix + "://" + strings.TrimPrefix(ep, "tcp://"), nil
	case strings.HasPrefix(ep, "ipc://"):
		path := strings.TrimPrefix(ep, "ipc://")
		// A kernel killed without cleaning up leaves its socket file;
		// the relaunched kernel must be able to bind the same path.
		if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSocket != 0 {
			os.Remove(path)
		}
		return "kipc" + suffix + "://" + path, nil
	}
	return "", fmt.Errorf("unsupported endpoint %q", ep)
}

// Listeners bound before the kernel served (Options.Listeners) reach the
// transport through adopted, keyed by TCP port: zmq4 only passes the
// transport an address.
var adopted struct {
	sync.Mutex
	m map[string]net.Listener
}

func adopt(l net.Listener) {
	_, port, err := net.SplitHostPort(l.Addr().String())
	if err != nil {
		return
	}
	adopted.Lock()
	defer adopted.Unlock()
	if adopted.m == nil {
		adopted.m = map[string]net.Listener{}
	}
	adopted.m[port] = l
}

// takeAdopted returns the adopted listener for addr's port, if any, and
// forgets it.
func takeAdopted(addr string) net.Listener {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil
	}
	adopted.Lock()
	defer adopted.Unlock()
	l := adopted.m[port]
	delete(adopted.m, port)
	return l
}

// Socket is a listening ZeroMQ socket of the kernel.
type Socket struct {
	Name string // shell, iopub, stdin, control or hb
	Port int    // the port actually bound (tcp)
	sock zmq4.Socket
	ep   string // as in the connection file
	mu   sync.Mutex
}

// Recv receives the next message.
func (z *Socket) Recv() (zmq4.Msg, error) { return z.sock.Recv() }

var zlog = log.New(kernel.LogWriter(), "zmq4: ", 0)

// Listen makes a socket listening on ep; pre, if not nil, is a listener
// already bound to ep's address, which it takes over.
func Listen(ctx context.Context, name string, kind zmq4.SocketType, ep string, pre net.Listener) (*Socket, error) {
	if pre != nil {
		adopt(pre)
		// If zmq4 did not take it (the socket failed first), close it.
		defer func() {
			if l := takeAdopted(pre.Addr().String()); l != nil {
				l.Close()
			}
		}()
	}
	opts := []zmq4.Option{zmq4.WithLogger(zlog), zmq4.WithTimeout(10 * time.Second)}
	var s zmq4.Socket
	switch kind {
	case zmq4.Router:
		s = zmq4.NewRouter(ctx, opts...)
	case zmq4.Pub:
		s = zmq4.NewPub(ctx, opts...)
		if err := s.SetOption(zmq4.OptionHWM, iopubHWM); err != nil {
			s.Close()
			return nil, fmt.Errorf("%s socket: %w", name, err)
		}
	default:
		return nil, fmt.Errorf("socket type %s", kind)
	}
	lep, err := listenEndpoint(ep, kind == zmq4.Pub)
	if err != nil {
		s.Close()
		return nil, err
	}
	if err := s.Listen(lep); err != nil {
		s.Close()
		return nil, fmt.Errorf("%s socket: cannot listen on %s: %w", name, ep, unwrapListen(err))
	}
	z := &Socket{Name: name, sock: s, ep: ep}
	if a, ok := s.Addr().(*net.TCPAddr); ok {
		z.Port = a.Port
	}
	return z, nil
}

func unwrapListen(err error) error {
	var op *net.OpError
	if errors.As(err, &op) {
		return op
	}
	return err
}

// Send serialises and sends m; errors are logged, never fatal.
func (z *Socket) Send(m *wire.Message, s *wire.Signer) {
	frames, err := m.Frames(s)
	if err != nil {
		kernel.Logf("cannot encode %s on %s: %v", m.Header.MsgType, z.Name, err)
		return
	}
	z.SendFrames(frames)
}

// SendFrames sends a message as it is (the heartbeat echo).
func (z *Socket) SendFrames(frames [][]byte) {
	z.mu.Lock()
	defer z.mu.Unlock()
	if err := z.sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		kernel.Debugf("%s: send: %v", z.Name, err)
	}
}

// Close closes the socket (and removes an ipc socket's file).
func (z *Socket) Close() {
	z.sock.Close()
	if strings.HasPrefix(z.ep, "ipc://") {
		os.Remove(strings.TrimPrefix(z.ep, "ipc://"))
	}
}
