package engine

import (
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// A Go program whose goroutines all wait, none able to go on, stops with
// "fatal error: all goroutines are asleep - deadlock!"; a cell would wait
// for ever, the kernel busy, with nothing said (the runtime's own check
// never fires in the kernel, whose goroutines are not all asleep). While
// a cell runs, the engine looks at the goroutines from time to time and
// ends the cell as Go ends the program when the cell's goroutine, every
// goroutine the session's go statements and WaitGroup.Go calls started,
// and any goroutine running the interpreter's code that those started
// wait, twice in a row, in the interpreter's own channel, select, lock
// or WaitGroup operation.
//
// Something other than the cell's goroutines can wake one: a timer
// (time.After, a Ticker, a context's deadline), a signal, the network,
// compiled code, or compiled code calling the cell's in a goroutine of
// its own (time.AfterFunc, context.AfterFunc, a finalizer, an HTTP
// handler). The check is off in a session once a cell mentions any
// of those (wakers), so that a waiting cell is never ended wrongly.

// wakers are what cells mention that could wake a waiting goroutine from
// outside the cell's goroutines.
var wakers = regexp.MustCompile(`\btime\s*\.\s*(After|Tick|NewTimer|NewTicker)\b|\bAfterFunc\b|SetFinalizer|AddCleanup|` +
	`\bcontext\s*\.\s*With(Timeout|Deadline)|\bsignal\s*\.\s*Notify|"net|"os/signal"|"os/exec"|mpkit|%%compile|\bhttp\s*\.`)

// maxWatched is the most goroutines of a session the check dumps.
const maxWatched = 2000

// interpFrame starts the name of a frame of the interpreter.
const interpFrame = "github.com/traefik/yaegi/interp."

// exitFrame is where os.Exit parks a goroutine of the cell's for good.
const exitFrame = "github.com/goteach/goteach/kernel/engine.(*sessionIO).hookExit("

// noCasesFrame is where select {} blocks a goroutine of the cell's.
const noCasesFrame = "github.com/goteach/goteach/kernel/engine.(*sessionIO).hookSelectNoCases("

// programStart is the frame that starts a cell's program goroutine.
const programStart = "created by " + interpFrame + "(*Interpreter).ExecuteWithContext in goroutine "

// asleep are the states of a goroutine waiting for another goroutine
// (runtime.Stack's names).
var asleep = map[string]bool{
	"chan receive": true, "chan send": true, "select": true, "select (no cases)": true,
	"chan receive (nil chan)": true, "chan send (nil chan)": true,
	"sync.Mutex.Lock": true, "sync.RWMutex.Lock": true, "sync.RWMutex.RLock": true,
	"sync.WaitGroup.Wait": true, "sync.Cond.Wait": true, "semacquire": true,
}

// waitOps name, by the interpreter's func that waits, what a goroutine
// waits in as Go names it (the interpreter waits for a channel in a
// select, to be interruptible).
var waitOps = map[string]string{
	"recv": "chan receive", "recv2": "chan receive", "rangeChan": "chan receive",
	"send": "chan send", "_select": "select",
}

// deadlockError is how a cell whose goroutines all sleep ends: states
// are the cell's goroutine's state, then the others'.
type deadlockError struct{ states []string }

func (deadlockError) Error() string { return "all goroutines are asleep - deadlock!" }

// watchDeadlock ends the running cell when its goroutines are all asleep
// (see above), until done is closed; cell is the id of the goroutine
// that runs the cell, stale the program goroutines of earlier cells that
// may still wait (see staleProgram): one of those is no sign while the
// cell is still being compiled.
func (e *Engine) watchDeadlock(cell int, stale map[int]bool, done <-chan struct{}) {
	wait := 100 * time.Millisecond
	t := time.NewTimer(wait)
	defer t.Stop()
	last := ""
	for {
		select {
		case <-done:
			return
		case <-t.C:
		}
		if e.sio.wakers.Load() {
			return
		}
		if e.sio.live.Load() > maxWatched {
			t.Reset(wait)
			continue // a dump of them all would cost too much
		}
		ours := map[int]bool{}
		e.sio.goroutines.Range(func(_, id any) bool {
			ours[int(id.(uint64))] = true
			return true
		})
		// A goroutine whose go statement ran but that has not begun yet
		// is runnable: nothing sleeps for good.
		begun := int64(len(ours)) == e.sio.live.Load()
		states, ok := goroutinesAsleep(allStacks(), cell, stale, ours)
		ok = ok && begun
		sig := strings.Join(states, "|")
		if ok && sig == last {
			e.sio.cell.stop(deadlockError{states})
			return
		}
		last = ""
		if ok {
			last = sig
		}
		if wait < time.Second {
			wait *= 2
		}
		t.Reset(wait)
	}
}

// allStacks is runtime.Stack of every goroutine.
func allStacks() string {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return string(buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

// goroutineHeader reads "goroutine 7 [chan receive, 2 minutes]:" into 7
// and "chan receive".
func goroutineHeader(s string) (id int, state string) {
	s, _, _ = strings.Cut(s, "\n")
	rest, ok := strings.CutPrefix(s, "goroutine ")
	if !ok {
		return 0, ""
	}
	num, rest, _ := strings.Cut(rest, " ")
	id, _ = strconv.Atoi(num)
	_, state, _ = strings.Cut(rest, "[")
	state, _, _ = strings.Cut(state, "]")
	state, _, _ = strings.Cut(state, ",")
	return id, state
}

// staleProgram returns the program goroutines of the cells run by
// goroutine cell that are still there: those of a cell that ended
// without its program returning (interrupted, or ended by a deadlock or
// a goroutine's panic) may wait for good. Goroutine ids tell nothing of
// which goroutine is newer (each processor takes them in batches), so
// the next cell's watcher is told these.
func staleProgram(cell int) map[int]bool {
	stale := map[int]bool{}
	for _, text := range strings.Split(allStacks(), "\n\n") {
		id, _ := goroutineHeader(text)
		if i := strings.LastIndex(text, "\ncreated by "); i >= 0 {
			line, _, _ := strings.Cut(text[i+1:], "\n")
			if _, n, found := strings.Cut(line, " in goroutine "); found && strings.HasPrefix(line, programStart) && n == strconv.Itoa(cell) {
				stale[id] = true
			}
		}
	}
	return stale
}

// goroutinesAsleep reads a dump of every goroutine (runtime.Stack) and
// reports whether the program goroutine of the cell run by goroutine
// cell (one not in stale, an earlier cell's), every goroutine of ours (those the session's go statements and
// WaitGroup.Go calls started) and every goroutine running the
// interpreter's code that one of those started (compiled code may start
// one) are asleep in an operation of the interpreter's (not in compiled
// code, which may wait for the world outside), or parked for good by
// os.Exit. It returns their states, the program's first.
func goroutinesAsleep(dump string, cell int, stale, ours map[int]bool) (states []string, ok bool) {
	type g struct {
		id, parent int
		state      string
		frames     string
		interp     bool
	}
	var gs []g
	program := map[int]bool{} // the program goroutines of this cell's goroutine
	mainID := 0
	for _, text := range strings.Split(dump, "\n\n") {
		id, state := goroutineHeader(text)
		_, frames, _ := strings.Cut(text, "\n")
		parent := 0
		if i := strings.LastIndex(frames, "\ncreated by "); i >= 0 {
			line, _, _ := strings.Cut(frames[i+1:], "\n")
			if _, n, found := strings.Cut(line, " in goroutine "); found {
				parent, _ = strconv.Atoi(n)
			}
			if strings.HasPrefix(line, programStart) && parent == cell && !stale[id] {
				program[id] = true
				mainID = id
			}
		}
		gs = append(gs, g{id, parent, state, frames, strings.Contains(frames, interpFrame)})
	}
	if mainID == 0 {
		return nil, false // the cell's own has not started yet
	}
	// Ours, and what they started running the interpreter's code.
	in := map[int]bool{}
	for id := range ours {
		in[id] = true
	}
	for id := range program {
		in[id] = true
	}
	for changed := true; changed; {
		changed = false
		for _, x := range gs {
			if !in[x.id] && x.interp && in[x.parent] {
				in[x.id], changed = true, true
			}
		}
	}
	var others []string
	main := ""
	for _, x := range gs {
		if !in[x.id] {
			continue
		}
		own := firstOwnFrame(x.frames)
		if strings.HasPrefix(own, exitFrame) {
			continue // parked by os.Exit: it never wakes anyone
		}
		if !asleep[x.state] || !strings.HasPrefix(own, interpFrame) && !strings.HasPrefix(own, noCasesFrame) {
			return nil, false
		}
		state := x.state
		fn, _, _ := strings.Cut(strings.TrimPrefix(own, interpFrame), "(")
		fn, _, _ = strings.Cut(fn, ".")
		if op, ok := waitOps[fn]; ok {
			state = op
		}
		switch {
		case x.id == mainID:
			main = state
		case !program[x.id]:
			others = append(others, state)
		}
	}
	return append([]string{main}, others...), main != ""
}

// firstOwnFrame is the first frame of a goroutine's stack that is not
// the runtime's, reflect's or sync's: the code that waits.
func firstOwnFrame(body string) string {
	for _, l := range strings.Split(body, "\n") {
		if l == "" || strings.HasPrefix(l, "\t") {
			continue
		}
		switch {
		case strings.HasPrefix(l, "runtime."), strings.HasPrefix(l, "reflect."),
			strings.HasPrefix(l, "sync."), strings.HasPrefix(l, "internal/"):
			continue
		}
		return l
	}
	return ""
}
