// Package capture turns what a process writes to fd 1 and 2 into
// Jupyter "stream" messages. fd 1 and 2 are replaced with pipes; whatever
// writes to those fds (cells, compiled packages, cgo, child processes that
// inherited them) thus reaches the notebook.
//
// Each chunk read from a pipe is tagged with the parent header current at
// the time it was read: the executing cell, or after it the last executed
// cell, so output from goroutines or children that outlive their cell is
// still attributed to it. Text is published at most every streamInterval
// (at once when the pipe has been quiet), never splitting a UTF-8
// sequence. Flush writes a marker through each pipe and waits until the
// reader has published everything before it.
package capture

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/goteach/goteach/kernel"
)

const (
	streamInterval = 50 * time.Millisecond
	// A partial UTF-8 sequence left at the end of the output is held
	// back this long for the rest of it, then sent as it is.
	partialHold = 250 * time.Millisecond
	// More pending text than this is sent without waiting.
	streamBatchMax = 1 << 20
	flushTimeout   = 2 * time.Second
	pipeSize       = 1 << 20
)

// parentRef is a parent header; chunks are compared by pointer.
type parentRef struct{ raw json.RawMessage }

// Capture is the capture of fd 1 and 2 of this process.
type Capture struct {
	streams [2]*capStream
	parent  atomic.Pointer[parentRef]
	publish func(name string, parent json.RawMessage, text string)
}

type segment struct {
	parent *parentRef
	data   []byte
}

type capStream struct {
	c      *Capture
	name   string
	r      *os.File // read end
	w      *os.File // our own write end, for markers and engine text
	prefix []byte   // marker prefix: NUL NUL "GTK" token
	mlen   int      // full marker length

	wmu     sync.Mutex
	nextSeq uint64

	mu         sync.Mutex
	seen       uint64
	seenCh     chan struct{}
	carry      []byte // bytes that may begin a marker
	pending    []segment
	pendingLen int
	lastPub    time.Time
	timer      *time.Timer
	gen        uint64 // counts additions to pending
	heldGen    uint64 // gen when a partial UTF-8 tail was held back
}

// Start saves fd 2 as the kernel log and replaces fds 1 and 2
// with pipes read by the kernel.
func Start(publish func(name string, parent json.RawMessage, text string)) (*Capture, error) {
	logFd, err := unix.FcntlInt(2, unix.F_DUPFD_CLOEXEC, 3)
	if err == nil {
		logFile := os.NewFile(uintptr(logFd), "kernel-log")
		kernel.SetLogOutput(logFile)
		// A fatal error must not vanish into a pipe nobody reads any
		// more.
		_ = debug.SetCrashOutput(logFile, debug.CrashOptions{})
	} else {
		kernel.SetLogOutput(io.Discard)
	}
	var token [6]byte
	_, _ = rand.Read(token[:])
	c := &Capture{publish: publish}
	for i, name := range []string{"stdout", "stderr"} {
		fd := i + 1
		var p [2]int
		if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
			return nil, fmt.Errorf("capture %s: %w", name, err)
		}
		// Best effort: a bigger pipe means fewer stalls for writers.
		_, _ = unix.FcntlInt(uintptr(p[1]), unix.F_SETPIPE_SZ, pipeSize)
		// Only the read end is non-blocking (it is a separate open file
		// description): fd 1 and 2 stay blocking for the cells and the
		// children that write to them.
		if err := syscall.SetNonblock(p[0], true); err != nil {
			return nil, fmt.Errorf("capture %s: %w", name, err)
		}
		if err := syscall.Dup3(p[1], fd, 0); err != nil {
			return nil, fmt.Errorf("capture %s: %w", name, err)
		}
		s := &capStream{
			c:      c,
			name:   name,
			r:      os.NewFile(uintptr(p[0]), name+"-capture"),
			w:      os.NewFile(uintptr(p[1]), name+"-writer"),
			prefix: append([]byte("\x00\x00GTK"), hex.EncodeToString(token[:])...),
			seenCh: make(chan struct{}),
		}
		s.mlen = len(s.prefix) + 16 + 1
		c.streams[i] = s
		go s.readLoop()
	}
	return c, nil
}

// Reattach undoes what a cell did to the process's standard output and
// error: fd 1 or 2 closed or pointed elsewhere is made the capture pipe
// again, and os.Stdout/os.Stderr closed or replaced is a fresh file on
// that fd. It returns a note for the notebook when it had to, "" else.
func (c *Capture) Reattach() string {
	var fixed []string
	for i, s := range c.streams {
		std := &os.Stdout
		if i == 1 {
			std = &os.Stderr
		}
		if ReattachFd(i+1, int(s.w.Fd()), std) {
			fixed = append(fixed, s.name)
		}
	}
	return ReattachNote(fixed)
}

// ReattachFd makes fd refer to the same file as saved again if a cell
// closed it or pointed it elsewhere, and *std a file on fd again if a
// cell closed or replaced it. It reports whether it had to do either.
func ReattachFd(fd, saved int, std **os.File) bool {
	fixed := false
	var want, got syscall.Stat_t
	if syscall.Fstat(saved, &want) == nil {
		if err := syscall.Fstat(fd, &got); err != nil || got.Dev != want.Dev || got.Ino != want.Ino {
			fixed = syscall.Dup3(saved, fd, 0) == nil
		}
	}
	if *std == nil || (*std).Fd() != uintptr(fd) {
		name := "/dev/stdout"
		if std == &os.Stderr {
			name = "/dev/stderr"
		}
		*std = os.NewFile(uintptr(fd), name)
		fixed = true
	}
	return fixed
}

// ReattachNote is the note that tells the notebook which of "stdout" and
// "stderr" a cell had closed or replaced ("" for none).
func ReattachNote(fixed []string) string {
	if len(fixed) == 0 {
		return ""
	}
	return fmt.Sprintf("(a cell before closed or replaced os.%s: the notebook captures it again)\n",
		strings.Join(titles(fixed), " and os."))
}

func titles(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToUpper(n[:1]) + n[1:]
	}
	return out
}

// SetParent makes parent the parent header of output read from now on.
func (c *Capture) SetParent(parent json.RawMessage) { c.parent.Store(&parentRef{raw: parent}) }

// Flush returns when everything written to fd 1 and 2 before the call has
// been published (or after flushTimeout, which only a wedged process
// reaches).
func (c *Capture) Flush() {
	var seqs [2]uint64
	for i, s := range c.streams {
		seqs[i] = s.writeMarker()
	}
	deadline := time.Now().Add(flushTimeout)
	for i, s := range c.streams {
		if seqs[i] != 0 {
			s.waitSeen(seqs[i], deadline)
		}
	}
}

// Write sends text through the pipe, so that it keeps its place among
// the output written to the fd.
func (c *Capture) Write(name string, text string) {
	s := c.streams[0]
	if name == "stderr" {
		s = c.streams[1]
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, err := io.WriteString(s.w, text); err != nil {
		kernel.Logf("capture %s: %v", s.name, err)
	}
}

func (s *capStream) writeMarker() uint64 {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.nextSeq++
	seq := s.nextSeq
	m := make([]byte, 0, s.mlen)
	m = append(m, s.prefix...)
	m = fmt.Appendf(m, "%016x", seq)
	m = append(m, 0)
	if _, err := s.w.Write(m); err != nil {
		kernel.Logf("capture %s: flush: %v", s.name, err)
		return 0
	}
	return seq
}

func (s *capStream) waitSeen(seq uint64, deadline time.Time) {
	for {
		s.mu.Lock()
		if s.seen >= seq {
			s.mu.Unlock()
			return
		}
		ch := s.seenCh
		s.mu.Unlock()
		wait := time.Until(deadline)
		if wait <= 0 {
			kernel.Logf("capture %s: flush timed out", s.name)
			return
		}
		t := time.NewTimer(wait)
		select {
		case <-ch:
		case <-t.C:
		}
		t.Stop()
	}
}

func (s *capStream) readLoop() {
	buf := make([]byte, 64<<10)
	for {
		n, err := s.r.Read(buf)
		if n > 0 {
			s.process(buf[:n])
		}
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, os.ErrClosed) {
				return
			}
			kernel.Logf("capture %s: read: %v", s.name, err)
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// process splits what was read into output and flush markers.
func (s *capStream) process(chunk []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	buf := chunk
	if len(s.carry) > 0 {
		buf = append(s.carry, chunk...)
		s.carry = nil
	}
	for {
		i := bytes.Index(buf, s.prefix)
		if i < 0 {
			break
		}
		if len(buf) < i+s.mlen {
			s.addLocked(buf[:i])
			s.carry = bytes.Clone(buf[i:])
			return
		}
		s.addLocked(buf[:i])
		hexSeq := buf[i+len(s.prefix) : i+s.mlen-1]
		seq, err := strconv.ParseUint(string(hexSeq), 16, 64)
		if err != nil || buf[i+s.mlen-1] != 0 {
			// Not one of ours after all: it is output.
			s.addLocked(buf[i : i+len(s.prefix)])
			buf = buf[i+len(s.prefix):]
			continue
		}
		buf = buf[i+s.mlen:]
		s.publishLocked(false)
		if seq > s.seen {
			s.seen = seq
		}
		close(s.seenCh)
		s.seenCh = make(chan struct{})
	}
	k := suffixPrefixLen(buf, s.prefix)
	s.addLocked(buf[:len(buf)-k])
	if k > 0 {
		s.carry = bytes.Clone(buf[len(buf)-k:])
	}
}

// suffixPrefixLen is the length of the longest suffix of b that is a
// proper prefix of p.
func suffixPrefixLen(b, p []byte) int {
	if bytes.IndexByte(b[max(0, len(b)-len(p)):], p[0]) < 0 {
		return 0
	}
	for k := min(len(p)-1, len(b)); k > 0; k-- {
		if bytes.Equal(b[len(b)-k:], p[:k]) {
			return k
		}
	}
	return 0
}

func (s *capStream) addLocked(data []byte) {
	if len(data) == 0 {
		return
	}
	parent := s.c.parent.Load()
	if n := len(s.pending); n > 0 && s.pending[n-1].parent == parent {
		s.pending[n-1].data = append(s.pending[n-1].data, data...)
	} else {
		s.pending = append(s.pending, segment{parent: parent, data: bytes.Clone(data)})
	}
	s.pendingLen += len(data)
	s.gen++
	if s.pendingLen >= streamBatchMax || time.Since(s.lastPub) >= streamInterval {
		s.publishLocked(false)
		return
	}
	s.armLocked(time.Until(s.lastPub.Add(streamInterval)))
}

func (s *capStream) armLocked(d time.Duration) {
	if s.timer != nil {
		return
	}
	s.timer = time.AfterFunc(d, s.onTimer)
}

func (s *capStream) onTimer() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.timer = nil
	// A partial sequence that got no continuation in partialHold goes
	// out as it is.
	s.publishLocked(len(s.pending) > 0 && s.gen == s.heldGen)
}

// publishLocked sends the pending text, one message per parent, keeping
// back an incomplete UTF-8 sequence at the very end unless force.
func (s *capStream) publishLocked(force bool) {
	if len(s.pending) == 0 {
		return
	}
	var keep *segment
	for i := range s.pending {
		seg := &s.pending[i]
		data := seg.data
		if i == len(s.pending)-1 && !force {
			if k := incompleteUTF8Tail(data); k > 0 {
				keep = &segment{parent: seg.parent, data: bytes.Clone(data[len(data)-k:])}
				data = data[:len(data)-k]
			}
		}
		if len(data) > 0 {
			var raw json.RawMessage
			if seg.parent != nil {
				raw = seg.parent.raw
			}
			s.c.publish(s.name, raw, string(data))
			s.lastPub = time.Now()
		}
	}
	s.pending = s.pending[:0]
	s.pendingLen = 0
	if keep != nil {
		s.pending = append(s.pending, *keep)
		s.pendingLen = len(keep.data)
		s.heldGen = s.gen
		if s.timer == nil {
			s.timer = time.AfterFunc(partialHold, s.onTimer)
		}
	}
}

// incompleteUTF8Tail returns how many bytes at the end of b begin a
// multi-byte UTF-8 sequence that is not complete yet.
func incompleteUTF8Tail(b []byte) int {
	for i := 1; i <= 3 && i <= len(b); i++ {
		c := b[len(b)-i]
		switch {
		case c < 0x80:
			return 0
		case c >= 0xC0:
			need := 0
			switch {
			case c < 0xE0:
				need = 2
			case c < 0xF0:
				need = 3
			case c < 0xF8:
				need = 4
			}
			if need > i {
				return i
			}
			return 0
		}
	}
	return 0
}
