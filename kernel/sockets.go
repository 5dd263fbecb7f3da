package kernel

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
)

// The kernel listens through its own zmq4 transports ("ktcp", "kipc"),
// thin wrappers of the usual ones whose connections police the peer:
//
//   - zmq4 performs the ZMTP handshake of a new connection inside its
//     accept loop, so a peer that connects and says nothing (a port
//     scanner, a health check) would stop every later client from
//     connecting. A connection is handed to zmq4 only once the peer has
//     sent the ZMTP signature, which every ZeroMQ peer sends first, and
//     the rest of the handshake must finish within handshakeTimeout.
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
//     stalledWrite: the connection is closed, the others go on, and a
//     ZeroMQ subscriber reconnects by itself.
const (
	handshakeTimeout = 10 * time.Second
	maxFrame         = 1 << 30
	zmtpGreeting     = 64
	zmtpSignature    = 10
	iopubHWM         = 1000 // libzmq's default ZMQ_SNDHWM
)

// stalledWrite is how long a write to an IOPub subscriber may block (a
// variable so that tests can shorten it).
var stalledWrite = 5 * time.Second

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
	out bool // writes give up after stalledWrite
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
		g.writeTimeout = stalledWrite
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

// vet waits for the peer's ZMTP signature before handing the connection
// to zmq4.
func (l *guardListener) vet(c net.Conn) {
	sig := make([]byte, zmtpSignature)
	c.SetReadDeadline(time.Now().Add(handshakeTimeout))
	if _, err := io.ReadFull(c, sig); err != nil || sig[0] != 0xFF || sig[zmtpSignature-1] != 0x7F {
		Debugf("closing a connection from %s that is not a ZeroMQ peer", c.RemoteAddr())
		c.Close()
		return
	}
	c.SetReadDeadline(time.Time{})
	g := &guardConn{Conn: c, pre: sig, greeting: zmtpGreeting - zmtpSignature, writeTimeout: l.writeTimeout}
	g.timer = time.AfterFunc(handshakeTimeout, func() {
		g.mu.Lock()
		done := g.handshook
		g.mu.Unlock()
		if !done {
			Debugf("closing a connection from %s that did not finish the ZMTP handshake", c.RemoteAddr())
			c.Close()
		}
	})
	select {
	case l.ready <- g:
	case <-l.done:
		g.Close()
	}
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

// guardConn follows the ZMTP framing of the bytes it reads.
type guardConn struct {
	net.Conn
	timer *time.Timer

	mu        sync.Mutex
	handshook bool // the peer's first command (READY) has been read

	pre      []byte // bytes read before zmq4 got the connection
	greeting int    // greeting bytes still to skip
	hdr      []byte // partial frame header
	body     uint64 // body bytes still to skip
	cmd      bool   // the current frame is a command
	failed   error

	writeTimeout time.Duration
}

// Write gives up after writeTimeout (when set) without progress.
func (g *guardConn) Write(p []byte) (int, error) {
	if g.writeTimeout <= 0 {
		return g.Conn.Write(p)
	}
	_ = g.Conn.SetWriteDeadline(time.Now().Add(g.writeTimeout))
	n, err := g.Conn.Write(p)
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) {
		Logf("closing a ZeroMQ connection from %s: it has read nothing for %v", g.RemoteAddr(), g.writeTimeout)
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
			Logf("closing a ZeroMQ connection from %s: %v", g.RemoteAddr(), ferr)
			g.Conn.Close()
			return 0, ferr
		}
	}
	return n, err
}

func (g *guardConn) scan(b []byte) error {
	for len(b) > 0 {
		switch {
		case g.greeting > 0:
			k := min(g.greeting, len(b))
			g.greeting -= k
			b = b[k:]
		case g.body > 0:
			k := uint64(len(b))
			if k > g.body {
				k = g.body
			}
			g.body -= k
			b = b[k:]
			if g.body == 0 {
				g.frameDone()
			}
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
			g.cmd = flags&0x04 != 0
			g.hdr = g.hdr[:0]
			if size > maxFrame {
				return frameError{size}
			}
			g.body = size
			if size == 0 {
				g.frameDone()
			}
		}
	}
	return nil
}

func (g *guardConn) frameDone() {
	if !g.cmd {
		return
	}
	g.mu.Lock()
	if !g.handshook {
		g.handshook = true
		g.timer.Stop()
	}
	g.mu.Unlock()
}

func (g *guardConn) Close() error {
	g.timer.Stop()
	return g.Conn.Close()
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

// zsocket is a listening ZeroMQ socket of the kernel.
type zsocket struct {
	name string
	sock zmq4.Socket
	ep   string // as in the connection file
	port int    // the port actually bound (tcp)
	mu   sync.Mutex
}

var zlog = log.New(LogWriter(), "zmq4: ", 0)

// listen makes a socket listening on ep; pre, if not nil, is a listener
// already bound to ep's address, which it takes over.
func listen(ctx context.Context, name string, kind zmq4.SocketType, ep string, pre net.Listener) (*zsocket, error) {
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
	z := &zsocket{name: name, sock: s, ep: ep}
	if a, ok := s.Addr().(*net.TCPAddr); ok {
		z.port = a.Port
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

// send serialises and sends m; errors are logged, never fatal.
func (z *zsocket) send(m *Message, s *Signer) {
	frames, err := m.Frames(s)
	if err != nil {
		Logf("cannot encode %s on %s: %v", m.Header.MsgType, z.name, err)
		return
	}
	z.sendFrames(frames)
}

func (z *zsocket) sendFrames(frames [][]byte) {
	z.mu.Lock()
	defer z.mu.Unlock()
	if err := z.sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		Debugf("%s: send: %v", z.name, err)
	}
}

func (z *zsocket) close() {
	z.sock.Close()
	if strings.HasPrefix(z.ep, "ipc://") {
		os.Remove(strings.TrimPrefix(z.ep, "ipc://"))
	}
}
