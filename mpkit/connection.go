package mpkit

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"sync"
	"syscall"
	"time"

	"github.com/goteach/goteach/mpkit/internal/codec"
	"github.com/goteach/goteach/mpkit/internal/ctl"
)

// Connection is one end of a Pipe, like Python's multiprocessing
// Connection. Messages keep their boundaries; any value that can travel
// may be sent, mpkit's shared objects included (they arrive as handles to
// the same object).
type Connection struct {
	readable, writable bool

	mu     sync.Mutex // serialises Recv and Poll
	conn   *ctl.Conn
	file   *os.File // a duplicate of the socket, made when the end is sent elsewhere
	closed bool
}

const (
	msgValue byte = 1
	msgBytes byte = 2
)

// Pipe returns the two ends of a new pipe. It is duplex by default; with
// duplex false the first end can only receive and the second only send,
// as in Python.
func Pipe(duplex ...bool) (*Connection, *Connection) {
	d := len(duplex) == 0 || duplex[0]
	c1, f2, err := ctl.Pair()
	if err != nil {
		panic(&Error{Op: "Pipe", What: "cannot create a socket pair", Err: err})
	}
	c2, err := ctl.FromFile(f2)
	f2.Close()
	if err != nil {
		c1.Close()
		panic(&Error{Op: "Pipe", What: "cannot create a socket pair", Err: err})
	}
	a := &Connection{conn: c1, readable: true, writable: d}
	b := &Connection{conn: c2, readable: d, writable: true}
	return a, b
}

func (c *Connection) check(op string, read bool) {
	if c.closed {
		panic(&Error{Op: op, What: "handle is closed", Err: ErrClosed})
	}
	if read && !c.readable {
		panic(misuse(op, "connection is write-only", "receive on the other end of a one-way Pipe"))
	}
	if !read && !c.writable {
		panic(misuse(op, "connection is read-only", "send on the other end of a one-way Pipe"))
	}
}

// Send sends x to the other end. It panics if x cannot travel.
func (c *Connection) Send(x any) {
	c.check("Connection.Send", false)
	var files []*os.File
	payload, err := codec.Marshal(x, &files)
	if err != nil {
		panic(&Error{Op: "Connection.Send", What: "the value cannot travel to another process", Err: err})
	}
	c.send("Connection.Send", msgValue, payload, files)
}

// SendBytes sends b as one message.
func (c *Connection) SendBytes(b []byte) {
	c.check("Connection.SendBytes", false)
	c.send("Connection.SendBytes", msgBytes, b, nil)
}

func (c *Connection) send(op string, typ byte, payload []byte, files []*os.File) {
	if err := c.conn.Send(typ, payload, files...); err != nil {
		if errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNRESET) {
			panic(&Error{Op: op, What: "the other end of the pipe is closed", Err: ErrEOF})
		}
		panic(&Error{Op: op, What: "send failed", Err: err})
	}
}

// Recv waits for the next message and returns it. When the other end was
// closed and nothing is left it returns an error wrapping ErrEOF.
func (c *Connection) Recv() (any, error) {
	c.check("Connection.Recv", true)
	fr, err := c.recv()
	if err != nil {
		return nil, err
	}
	if fr.Type == msgBytes {
		closeFiles(fr.Files)
		return fr.Payload, nil
	}
	v, err := codec.Unmarshal(fr.Payload, fr.Files)
	closeFiles(fr.Files)
	if err != nil {
		return nil, &Error{Op: "Connection.Recv", What: "cannot decode the message", Err: err}
	}
	return v, nil
}

// RecvBytes waits for the next message sent with SendBytes.
func (c *Connection) RecvBytes() ([]byte, error) {
	c.check("Connection.RecvBytes", true)
	fr, err := c.recv()
	if err != nil {
		return nil, err
	}
	closeFiles(fr.Files)
	if fr.Type != msgBytes {
		return nil, fmt.Errorf("mpkit: the message was sent with Send, not SendBytes: use Recv")
	}
	return fr.Payload, nil
}

func (c *Connection) recv() (ctl.Frame, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fr, err := c.conn.Recv()
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) {
			return fr, ErrEOF
		}
		return fr, err
	}
	return fr, nil
}

// Poll reports whether a message is waiting, waiting up to the timeout
// when one is given (no timeout: do not wait; a negative one: wait
// forever). A closed other end counts as readable, as in Python: the next
// Recv reports ErrEOF.
func (c *Connection) Poll(timeout ...time.Duration) bool {
	c.check("Connection.Poll", true)
	d := time.Duration(0)
	if len(timeout) > 0 {
		d = timeout[0]
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	ok, err := c.conn.Poll(d)
	if err != nil {
		return true
	}
	return ok
}

// Close closes this end. The other end's Recv reports ErrEOF once it has
// read what was sent — provided no other process still holds this end.
func (c *Connection) Close() {
	if c.closed {
		return
	}
	c.closed = true
	c.conn.Close()
	if c.file != nil {
		c.file.Close()
	}
}

// CodecHandle lets a Connection travel to another process as a handle.
func (c *Connection) CodecHandle() (string, []*os.File, []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.file == nil {
		f, err := c.conn.File()
		if err != nil {
			return "connection", nil, nil
		}
		c.file = f
	}
	var flags byte
	if c.readable {
		flags |= 1
	}
	if c.writable {
		flags |= 2
	}
	return "connection", []*os.File{c.file}, []byte{flags}
}

// Handles are registered while package variables are initialised, before
// any init function runs, so that a child dispatching from init can decode them.
var _ = registerConnectionHandle()

func registerConnectionHandle() bool {
	codec.RegisterHandle("connection", reflect.TypeOf((*Connection)(nil)), func(files []*os.File, meta []byte) (any, error) {
		if len(files) != 1 || len(meta) != 1 {
			return nil, fmt.Errorf("malformed connection handle")
		}
		conn, err := ctl.FromFile(files[0])
		if err != nil {
			return nil, err
		}
		return &Connection{conn: conn, readable: meta[0]&1 != 0, writable: meta[0]&2 != 0}, nil
	})
	return true
}
