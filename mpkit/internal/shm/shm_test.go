package shm

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

func TestSegment(t *testing.T) {
	if _, err := Create("zero", 0); err == nil {
		t.Fatal("Create of size 0 succeeded")
	}
	s, err := Create("test", 100)
	if err != nil {
		t.Fatal(err)
	}
	if s.Size() != 100 || len(s.Bytes()) != 100 {
		t.Fatalf("size %d, %d bytes", s.Size(), len(s.Bytes()))
	}
	for _, b := range s.Bytes() {
		if b != 0 {
			t.Fatal("new segment is not zero-filled")
		}
	}
	if !strings.Contains(s.File().Name(), "test") {
		t.Errorf("file name %q", s.File().Name())
	}
	s.Bytes()[7] = 42
	o, err := Open(s.File())
	if err != nil {
		t.Fatal(err)
	}
	if o.Size() != 100 || o.Bytes()[7] != 42 {
		t.Fatalf("second mapping: size %d, byte %d", o.Size(), o.Bytes()[7])
	}
	o.Bytes()[8] = 43
	if s.Bytes()[8] != 43 {
		t.Fatal("write through one mapping not seen through the other")
	}
	k1, _ := s.Key()
	k2, _ := o.Key()
	if k1 != k2 || k1 == (Key{}) {
		t.Errorf("keys %v %v", k1, k2)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil || !s.Closed() || s.File() != nil {
		t.Fatal("second Close")
	}
	if o.Bytes()[7] != 42 {
		t.Fatal("memory gone with the first mapping")
	}
	if err := o.CloseFile(); err != nil || o.File() != nil {
		t.Fatal("CloseFile")
	}
	if _, err := Open(nil); err == nil {
		t.Fatal("Open(nil) succeeded")
	}
}

// waitOut waits as callers do: a wait interrupted by a signal (the Go
// runtime preempts with SIGURG) is simply waited again, until deadline.
func waitOut(addr *uint32, val uint32, d time.Duration) error {
	deadline := time.Now().Add(d)
	for {
		err := Wait(addr, val, time.Until(deadline))
		if err != ErrInterrupted {
			return err
		}
	}
}

func TestWait(t *testing.T) {
	var w uint32
	start := time.Now()
	if err := waitOut(&w, 0, 200*time.Millisecond); err != ErrTimeout {
		t.Fatalf("Wait: %v", err)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("Wait(200ms) took %v", d)
	}
	if err := Wait(&w, 1, -1); err != nil {
		t.Fatalf("Wait on a changed value: %v", err)
	}
	done := make(chan error)
	go func() { done <- waitOut(&w, 0, 30*time.Second) }()
	// Wake until Wake says it woke someone: the goroutine was asleep in
	// Wait (the word is left alone, so Wait cannot return for that).
	deadline := time.Now().Add(20 * time.Second)
	for Wake(&w, 1) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the goroutine did not sleep in Wait within 20s")
		}
		time.Sleep(time.Millisecond) // the poll's period
	}
	if err := <-done; err != nil {
		t.Fatalf("woken Wait: %v", err)
	}
	if Wake(&w, 0) != 0 || WakeAll(&w) != 0 {
		t.Error("Wake with nobody waiting woke someone")
	}
}

func TestAlive(t *testing.T) {
	if !Alive(os.Getpid()) || !Alive(1) || Alive(0) || Alive(-1) {
		t.Error("Alive of self, init, 0 or -1")
	}
	cmd := exec.Command("sleep", "10")
	if err := cmd.Start(); err != nil {
		t.Skip("no sleep command:", err)
	}
	pid := cmd.Process.Pid
	if !Alive(pid) {
		t.Fatal("running child not alive")
	}
	cmd.Process.Kill()
	if exited, err := WaitExit(pid, time.Minute); !exited {
		t.Fatalf("killed child did not exit: %v", err)
	}
	if Alive(pid) { // a zombie until reaped
		t.Fatal("killed child still alive (zombie not recognised)")
	}
	cmd.Wait()
	if Alive(pid) {
		t.Fatal("reaped child alive")
	}
}

// mutexAt is a Mutex and a counter at the start of a segment.
type mutexAt struct {
	mu Mutex
	n  uint32
}

func newMutexSegment(t *testing.T) (*Segment, *mutexAt) {
	s, err := Create("mutex", 64)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, (*mutexAt)(unsafe.Pointer(&s.Bytes()[0]))
}

func TestMutex(t *testing.T) {
	_, m := newMutexSegment(t)
	if !m.mu.TryLock() || m.mu.TryLock() || !m.mu.Locked() || m.mu.Owner() != os.Getpid() {
		t.Fatal("TryLock")
	}
	start := time.Now()
	if _, err := m.mu.Lock(200 * time.Millisecond); err != ErrTimeout {
		t.Fatalf("Lock with timeout on a held mutex: %v", err)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("Lock(200ms) took %v", d)
	}
	if _, err := m.mu.Lock(0); err != ErrTimeout {
		t.Fatalf("Lock(0): %v", err)
	}
	if !m.mu.Unlock() || m.mu.Unlock() || m.mu.Locked() {
		t.Fatal("Unlock")
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				m.mu.Lock(-1)
				m.n++ // in the segment, where the race detector does not look
				m.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if m.n != 40000 {
		t.Fatalf("count %d", m.n)
	}
}

// child runs the test binary again as a helper process with the segment as
// descriptor 3.
func child(t *testing.T, s *Segment, args ...string) (*exec.Cmd, *bufio.Reader) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "SHM_TEST_HELPER="+strings.Join(args, " "))
	cmd.ExtraFiles = []*os.File{s.File()}
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, bufio.NewReader(out)
}

func TestHelperProcess(t *testing.T) {
	args := strings.Fields(os.Getenv("SHM_TEST_HELPER"))
	if len(args) == 0 {
		t.Skip("helper process for the other tests")
	}
	s, err := Open(os.NewFile(3, "segment"))
	if err != nil {
		t.Fatal(err)
	}
	m := (*mutexAt)(unsafe.Pointer(&s.Bytes()[0]))
	switch args[0] {
	case "hold":
		m.mu.Lock(-1)
		os.Stdout.WriteString("locked\n")
		time.Sleep(time.Minute)
	case "count":
		n, _ := strconv.Atoi(args[1])
		os.Stdout.WriteString("ready\n")
		for i := 0; i < n; i++ {
			m.mu.Lock(-1)
			m.n++
			m.mu.Unlock()
		}
		os.Stdout.WriteString("done\n")
	}
}

func TestMutexProcesses(t *testing.T) {
	s, m := newMutexSegment(t)
	m.mu.Lock(-1) // hold the children back until both have started
	c1, out1 := child(t, s, "count", "100000")
	c2, out2 := child(t, s, "count", "100000")
	for _, out := range []*bufio.Reader{out1, out2} {
		if line, _ := out.ReadString('\n'); line != "ready\n" {
			t.Fatalf("child said %q", line)
		}
	}
	m.mu.Unlock()
	for _, out := range []*bufio.Reader{out1, out2} {
		if line, _ := out.ReadString('\n'); line != "done\n" {
			t.Fatalf("child said %q", line)
		}
	}
	c1.Wait()
	c2.Wait()
	if m.n != 200000 {
		t.Fatalf("count %d, want 200000", m.n)
	}
}

func TestMutexOwnerDies(t *testing.T) {
	s, m := newMutexSegment(t)
	c, out := child(t, s, "hold")
	if line, _ := out.ReadString('\n'); line != "locked\n" {
		t.Fatalf("child said %q", line)
	}
	if m.mu.Owner() != c.Process.Pid {
		t.Fatalf("owner %d, child %d", m.mu.Owner(), c.Process.Pid)
	}
	if _, err := m.mu.Lock(120 * time.Millisecond); err != ErrTimeout {
		t.Fatalf("Lock while the owner lives: %v", err)
	}
	c.Process.Kill() // not reaped: a zombie
	start := time.Now()
	dead, err := m.mu.Lock(10 * time.Second)
	if err != nil || dead != c.Process.Pid {
		t.Fatalf("Lock after the owner died: dead=%d err=%v", dead, err)
	}
	t.Logf("dead owner noticed after %v", time.Since(start))
	if m.mu.Owner() != os.Getpid() {
		t.Fatalf("after the takeover the owner is %d", m.mu.Owner())
	}
}
