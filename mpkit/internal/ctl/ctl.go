// Package ctl is the control channel between a parent process and a child
// it started: length-prefixed frames over a Unix stream socket, with open
// files carried alongside a frame as SCM_RIGHTS.
package ctl

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
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
// goroutines; Recv and Poll from one at a time. The socket is used with
// blocking system calls rather than through package net, so programs
// using mpkit do not link it (and stay statically linked, which makes
// every child start faster).
type Conn struct {
	fd     int
	wmu    sync.Mutex
	closed atomic.Bool
	rbuf   []byte
	rfds   []int // received descriptors not yet handed out, in order
	oob    []byte
}

// Pair returns two connected ends: one for the parent (a *Conn) and one as
// a file to hand to the child (in exec.Cmd.ExtraFiles).
func Pair() (*Conn, *os.File, error) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("socketpair: %w", err)
	}
	return newConn(fds[0]), os.NewFile(uintptr(fds[1]), "mpkit-ctl-child"), nil
}

func newConn(fd int) *Conn {
	return &Conn{fd: fd, oob: make([]byte, syscall.CmsgSpace(maxFiles*4))}
}

// FromFile makes a Conn from a Unix socket file (the file may be closed
// afterwards: the Conn holds its own descriptor).
func FromFile(f *os.File) (*Conn, error) {
	fd, err := dupCloexec(int(f.Fd()))
	if err != nil {
		return nil, fmt.Errorf("control socket: %w", err)
	}
	if err := syscall.SetNonblock(fd, false); err != nil {
		syscall.Close(fd)
		return nil, fmt.Errorf("control socket: %w", err)
	}
	st, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
	if err != nil || st != syscall.AF_UNIX {
		syscall.Close(fd)
		return nil, errors.New("control socket is not a Unix socket")
	}
	return newConn(fd), nil
}

func dupCloexec(fd int) (int, error) {
	return unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
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
	if c.closed.Load() {
		return syscall.EPIPE
	}
	// The files ride on the first write; the rest of a long frame follows.
	n, err := c.sendmsg(msg, oob)
	for err == nil && n < len(msg) {
		var m int
		m, err = c.sendmsg(msg[n:], nil)
		n += m
	}
	return err
}

func (c *Conn) sendmsg(b, oob []byte) (int, error) {
	for {
		n, err := syscall.SendmsgN(c.fd, b, oob, nil, syscall.MSG_NOSIGNAL)
		if err == syscall.EINTR {
			continue
		}
		return n, err
	}
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
	if c.closed.Load() {
		return io.EOF
	}
	var buf [64 << 10]byte
	var n, oobn int
	var err error
	for {
		n, oobn, _, _, err = syscall.Recvmsg(c.fd, buf[:], c.oob, syscall.MSG_CMSG_CLOEXEC)
		if err != syscall.EINTR {
			break
		}
	}
	if oobn > 0 {
		msgs, perr := syscall.ParseSocketControlMessage(c.oob[:oobn])
		if perr == nil {
			for i := range msgs {
				fds, ferr := syscall.ParseUnixRights(&msgs[i])
				if ferr == nil {
					c.rfds = append(c.rfds, fds...)
				}
			}
		}
	}
	if n > 0 {
		c.rbuf = append(c.rbuf, buf[:n]...)
		return nil
	}
	if err != nil && err != syscall.ECONNRESET {
		if c.closed.Load() {
			return io.EOF
		}
		return err
	}
	return io.EOF
}

// Close closes this end's descriptor; the other end sees io.EOF once no
// process holds this end any more (a duplicate sent to another process
// keeps it open there).
func (c *Conn) Close() error {
	if c.closed.Swap(true) {
		return nil
	}
	for _, fd := range c.rfds {
		syscall.Close(fd)
	}
	c.rfds = nil
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return syscall.Close(c.fd)
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
		ms := -1
		if d >= 0 {
			left := time.Until(deadline)
			if left < 0 {
				left = 0
			}
			ms = int((left + time.Millisecond - 1) / time.Millisecond)
		}
		ready, err := pollIn(c.fd, ms)
		if err != nil {
			return false, err
		}
		if !ready {
			return false, nil
		}
		if err := c.fill(); err != nil {
			return false, err
		}
	}
}

// pollIn waits up to ms milliseconds (-1: no limit) for fd to be readable
// (or hung up).
func pollIn(fd, ms int) (bool, error) {
	p := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(p, ms)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return false, err
		}
		return n > 0, nil
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
func (c *Conn) File() (*os.File, error) {
	fd, err := dupCloexec(c.fd)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), "mpkit-ctl"), nil
}
