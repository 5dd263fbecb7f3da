package shm

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// Segment is a memfd mapped MAP_SHARED into this process. The memory is
// zero-filled when created and lives as long as some process maps it or
// holds its file open.
type Segment struct {
	mu   sync.Mutex
	f    *os.File
	b    []byte
	size int
}

// Create makes a new anonymous shared-memory file of size bytes (size > 0)
// and maps it. name is only a label: it appears in /proc/PID/fd and
// /proc/PID/maps as "/memfd:name".
func Create(name string, size int) (*Segment, error) {
	if size <= 0 {
		return nil, fmt.Errorf("shm: segment size must be positive, got %d", size)
	}
	var fd int
	err := withFD(func() error {
		var e error
		fd, e = unix.MemfdCreate(name, unix.MFD_CLOEXEC)
		return e
	})
	if err != nil {
		return nil, os.NewSyscallError("memfd_create", err)
	}
	f := os.NewFile(uintptr(fd), "memfd:"+name)
	if err := syscall.Ftruncate(int(fd), int64(size)); err != nil {
		f.Close()
		return nil, os.NewSyscallError("ftruncate", err)
	}
	return mapFile(f, size)
}

// Open maps the segment behind f, which another process created (or sent).
// f is duplicated: the caller may close it afterwards. The size is taken
// from the file.
func Open(f *os.File) (*Segment, error) {
	if f == nil {
		return nil, errors.New("shm: Open of a nil file")
	}
	var nfd int
	err := withFD(func() (err error) {
		nfd, err = dupCloexec(int(f.Fd()))
		return err
	})
	if err != nil {
		return nil, os.NewSyscallError("fcntl(F_DUPFD_CLOEXEC)", err)
	}
	nf := os.NewFile(uintptr(nfd), f.Name())
	var st syscall.Stat_t
	if err := syscall.Fstat(nfd, &st); err != nil {
		nf.Close()
		return nil, os.NewSyscallError("fstat", err)
	}
	if st.Size <= 0 {
		nf.Close()
		return nil, fmt.Errorf("shm: %s is empty", f.Name())
	}
	return mapFile(nf, int(st.Size))
}

func dupCloexec(fd int) (int, error) {
	nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	return nfd, nil
}

func mapFile(f *os.File, size int) (*Segment, error) {
	b, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		f.Close()
		return nil, os.NewSyscallError("mmap", err)
	}
	openFiles.Add(1)
	return &Segment{f: f, b: b, size: size}, nil
}

// Segments that nobody references any more are closed by their owners'
// cleanups, which run after a garbage collection. A program that makes
// many small shared objects allocates little Go memory, so collections
// can come too late for the file descriptor limit: these count the open
// segment files and collect early when they get near the limit.
var (
	openFiles atomic.Int64
	lastGC    atomic.Int64 // unix nanoseconds of the last collection forced here
	fdLimit   = sync.OnceValue(func() int64 {
		var r syscall.Rlimit
		if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r) != nil || r.Cur > 1<<30 {
			return 1 << 20
		}
		return int64(r.Cur)
	})
)

// withFD runs open, which makes a file descriptor. Past half the
// descriptor limit it first collects garbage (at most every 10 ms); if
// open fails for want of descriptors, it collects, lets cleanups run, and
// tries again.
func withFD(open func() error) error {
	if openFiles.Load() > fdLimit()/2 {
		if now := time.Now().UnixNano(); now-lastGC.Load() > int64(10*time.Millisecond) {
			lastGC.Store(now)
			runtime.GC()
		}
	}
	err := open()
	for try := 0; try < 3 && (err == syscall.EMFILE || err == syscall.ENFILE); try++ {
		before := openFiles.Load()
		runtime.GC()
		for i := 0; i < 100 && openFiles.Load() >= before; i++ {
			time.Sleep(time.Millisecond) // cleanups run on their own goroutine
		}
		err = open()
	}
	return err
}

// File is the segment's file, to pass to another process. It stays owned
// by the segment: do not close it. It is nil after Close.
func (s *Segment) File() *os.File {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.f
}

// Bytes is the mapped memory. It must not be used after Close.
func (s *Segment) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b
}

// Size is the segment's size in bytes.
func (s *Segment) Size() int { return s.size }

// Key identifies the shared memory behind the segment: two segments in one
// process with the same key are mappings of the same memory.
func (s *Segment) Key() (Key, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return Key{}, os.ErrClosed
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(int(s.f.Fd()), &st); err != nil {
		return Key{}, os.NewSyscallError("fstat", err)
	}
	return Key{Dev: st.Dev, Ino: st.Ino}, nil
}

// Key is the identity of a segment's memory (its file's device and inode).
type Key struct{ Dev, Ino uint64 }

// Closed reports whether Close has been called.
func (s *Segment) Closed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.f == nil
}

// CloseFile closes the file but keeps the memory mapped for the rest of
// the process's life: for memory that slices may still point into. File
// returns nil afterwards and Close only forgets the mapping.
func (s *Segment) CloseFile() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	openFiles.Add(-1)
	s.f = nil
	s.b = nil
	return err
}

// Close unmaps the memory and closes the file. The memory itself survives
// in other processes that map it. Closing twice is harmless.
func (s *Segment) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := syscall.Munmap(s.b)
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	openFiles.Add(-1)
	s.f = nil
	s.b = nil
	return err
}
