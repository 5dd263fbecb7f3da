// Package ctl is the control channel between a parent process and a child
// it started: length-prefixed frames over a Unix stream socket, with open
// files carried alongside a frame as SCM_RIGHTS.
package ctl

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"syscall"
	"time"
)

// maxFrame bounds a frame's payload (a corrupt length must not allocate
// without limit).
const maxFrame = 1 << 30

// maxFiles bounds the files sent with one frame (the kernel's own limit
// for SCM_RIGHTS is 253).
const maxFiles = 250

// Frame is one message: a type byte, a payload, and the files sent with it.
type Frame struct {
	Type    byte
	Payload []byte
	Files   []*os.File
}

// Conn is one end of a control channel. Send may be called from several
// goroutines; Recv from one at a time.
type Conn struct {
	uc   *net.UnixConn
	wmu  sync.Mutex
	rbuf []byte
	rfds []int // received descriptors not yet handed out, in order
	oob  []byte
}

// Pair returns two connected ends: one for the parent (a *Conn) and one as
// a file to hand to the child (in exec.Cmd.ExtraFiles).
func Pair() (*Conn, *os.File, error) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("socketpair: %w", err)
	}
	parent := os.NewFile(uintptr(fds[0]), "mpkit-ctl-parent")
	child := os.NewFile(uintptr(fds[1]), "mpkit-ctl-child")
	c, err := FromFile(parent)
	parent.Close()
	if err != nil {
		child.Close()
		return nil, nil, err
	}
	return c, child, nil
}

// FromFile makes a Conn from a Unix socket file (the file may be closed
// afterwards: the Conn holds its own descriptor).
func FromFile(f *os.File) (*Conn, error) {
	nc, err := net.FileConn(f)
	if err != nil {
		return nil, fmt.Errorf("control socket: %w", err)
	}
	uc, ok := nc.(*net.UnixConn)
	if !ok {
		nc.Close()
		return nil, errors.New("control socket is not a Unix socket")
	}
	return &Conn{uc: uc, oob: make([]byte, syscall.CmsgSpace(maxFiles*4))}, nil
}

// Send writes one frame. The files are duplicated into the receiver; the
// caller keeps (and may close) its own.
func (c *Conn) Send(typ byte, payload []byte, files ...*os.File) error {
	if len(files) > maxFiles {
		return fmt.Errorf("too many files in one message (%d > %d)", len(files), maxFiles)
	}
	hdr := make([]byte, 6, 6+len(payload))
	binary.LittleEndian.PutUint32(hdr, uint32(len(payload)))
	hdr[4] = typ
	hdr[5] = byte(len(files))
	msg := append(hdr, payload...)
	var oob []byte
	if len(files) > 0 {
		fds := make([]int, len(files))
		for i, f := range files {
			fds[i] = int(f.Fd())
		}
		oob = syscall.UnixRights(fds...)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	// The files ride on the first write; the rest of a long frame follows.
	n, _, err := c.uc.WriteMsgUnix(msg, oob, nil)
	for err == nil && n < len(msg) {
		var m int
		m, err = c.uc.Write(msg[n:])
		n += m
	}
	return err
}

// Recv reads the next frame. It returns io.EOF when the other end closed.
func (c *Conn) Recv() (Frame, error) {
	for {
		if len(c.rbuf) >= 6 {
			n := binary.LittleEndian.Uint32(c.rbuf)
			if n > maxFrame {
				return Frame{}, fmt.Errorf("control frame too large (%d bytes)", n)
			}
			if len(c.rbuf) >= 6+int(n) {
				nf := int(c.rbuf[5])
				if nf > len(c.rfds) {
					return Frame{}, fmt.Errorf("control frame announces %d files, %d received", nf, len(c.rfds))
				}
				fr := Frame{Type: c.rbuf[4], Payload: append([]byte(nil), c.rbuf[6:6+n]...)}
				for _, fd := range c.rfds[:nf] {
					fr.Files = append(fr.Files, os.NewFile(uintptr(fd), "mpkit-shared"))
				}
				c.rfds = c.rfds[nf:]
				c.rbuf = c.rbuf[6+n:]
				return fr, nil
			}
		}
		if err := c.fill(); err != nil {
			return Frame{}, err
		}
	}
}

func (c *Conn) fill() error {
	var buf [64 << 10]byte
	n, oobn, _, _, err := c.uc.ReadMsgUnix(buf[:], c.oob)
	if oobn > 0 {
		msgs, perr := syscall.ParseSocketControlMessage(c.oob[:oobn])
		if perr == nil {
			for i := range msgs {
				fds, ferr := syscall.ParseUnixRights(&msgs[i])
				if ferr == nil {
					for _, fd := range fds {
						syscall.CloseOnExec(fd)
					}
					c.rfds = append(c.rfds, fds...)
				}
			}
		}
	}
	if n > 0 {
		c.rbuf = append(c.rbuf, buf[:n]...)
		return nil
	}
	if err != nil {
		if errors.Is(err, net.ErrClosed) {
			return io.EOF
		}
		return err
	}
	return io.EOF
}

// Close closes this end; the other end sees io.EOF.
func (c *Conn) Close() error {
	for _, fd := range c.rfds {
		syscall.Close(fd)
	}
	c.rfds = nil
	return c.uc.Close()
}

// Poll reports whether a whole frame can be read without waiting, waiting
// up to d for one (d < 0: no limit). It returns io.EOF when the other end
// has closed and nothing is left.
func (c *Conn) Poll(d time.Duration) (bool, error) {
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	for {
		if c.frameReady() {
			return true, nil
		}
		if d >= 0 {
			if time.Until(deadline) <= 0 && d > 0 {
				return false, nil
			}
			c.uc.SetReadDeadline(deadline)
		}
		err := c.fill()
		c.uc.SetReadDeadline(time.Time{})
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				return c.frameReady(), nil
			}
			return false, err
		}
	}
}

func (c *Conn) frameReady() bool {
	if len(c.rbuf) < 6 {
		return false
	}
	n := binary.LittleEndian.Uint32(c.rbuf)
	return len(c.rbuf) >= 6+int(n)
}

// File returns a duplicate of the socket, to hand to another process.
func (c *Conn) File() (*os.File, error) { return c.uc.File() }
