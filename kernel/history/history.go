// Package history is a kernel's input history. It answers
// history_request as IPython does: entries are (session, line, input)
// where line is the cell's execution count, and with output the
// execute_result's text/plain. The current session's entries live in
// memory; when a file is configured, entries are appended to it as JSON
// lines and earlier sessions are read back at start, so a console's
// history survives restarts.
package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"unicode/utf8"

	"github.com/goteach/goteach/kernel"
)

const (
	historyKeep = 10000 // entries of earlier sessions kept
)

type histEntry struct {
	Session int     `json:"s"`
	Line    int     `json:"l"`
	Input   string  `json:"i"`
	Output  *string `json:"o,omitempty"`
	Start   bool    `json:"start,omitempty"` // session marker, no input
}

// Store is a kernel's input history (see the package doc).
type Store struct {
	loaded  chan struct{} // closed once the fields below are set up
	mu      sync.Mutex
	session int
	entries []histEntry // ordered by (session, line)
	path    string
}

// DefaultHistoryFile is where the kernel keeps its input history:
// $XDG_DATA_HOME/goteach/history, or ~/.local/share/goteach/history.
func DefaultHistoryFile() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "goteach", "history")
}

// newStore opens the history; path "" keeps it in memory. A file that
// cannot be used is logged and the history stays in memory.
func newStore(path string) *Store {
	h := &Store{loaded: make(chan struct{})}
	h.load(path)
	return h
}

// Open is newStore that reads the file on another goroutine, so that a
// kernel answers its first requests without waiting for the disk. Add and
// Query wait until the file has been read.
func Open(path string) *Store {
	h := &Store{loaded: make(chan struct{})}
	go h.load(path)
	return h
}

func (h *Store) load(path string) {
	defer close(h.loaded)
	h.session = 1
	if path == "" {
		return
	}
	if err := h.open(path); err != nil {
		kernel.Logf("history: %v (history is kept in memory only)", err)
		h.entries = nil
		h.session = 1
		return
	}
	h.path = path
}

func (h *Store) open(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	// Hold the lock while choosing a session number, so that kernels
	// started together get different ones.
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	defer syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	var all []histEntry
	maxSession := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		var e histEntry
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.Session <= 0 {
			continue // a torn or foreign line
		}
		maxSession = max(maxSession, e.Session)
		if !e.Start {
			all = append(all, e)
		}
	}
	if len(all) > historyKeep {
		all = all[len(all)-historyKeep:]
		// Rewrite the file so it does not grow forever.
		var buf bytes.Buffer
		for _, e := range all {
			b, _ := json.Marshal(e)
			buf.Write(append(b, '\n'))
		}
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, buf.Bytes(), 0o600); err == nil {
			if err := os.Rename(tmp, path); err != nil {
				os.Remove(tmp)
			}
		}
	}
	h.entries = all
	h.session = maxSession + 1
	b, _ := json.Marshal(histEntry{Session: h.session, Start: true})
	_, err = f.Write(append(b, '\n'))
	return err
}

// Add records a cell; output is nil when the cell had no result.
func (h *Store) Add(line int, input string, output *string) {
	<-h.loaded
	e := histEntry{Session: h.session, Line: line, Input: input, Output: output}
	h.mu.Lock()
	h.entries = append(h.entries, e)
	path := h.path
	h.mu.Unlock()
	if path == "" {
		return
	}
	b, err := json.Marshal(e)
	if err != nil {
		return
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		kernel.Logf("history: %v", err)
		return
	}
	// One write with O_APPEND: concurrent kernels do not interleave.
	if _, err := f.Write(append(b, '\n')); err != nil {
		kernel.Logf("history: %v", err)
	}
	f.Close()
}

// Request is the content of a history_request.
// Request is a history_request's content.
type Request struct {
	Output         bool    `json:"output"`
	Raw            bool    `json:"raw"`
	HistAccessType string  `json:"hist_access_type"`
	Session        int     `json:"session"`
	Start          int     `json:"start"`
	Stop           *int    `json:"stop"`
	N              *int    `json:"n"`
	Pattern        *string `json:"pattern"`
	Unique         bool    `json:"unique"`
}

// Query answers a history_request: a list of [session, line, input] or,
// with output, [session, line, [input, output]].
func (h *Store) Query(r Request) []any {
	<-h.loaded
	h.mu.Lock()
	defer h.mu.Unlock()
	var sel []histEntry
	switch r.HistAccessType {
	case "tail":
		n := 10
		if r.N != nil {
			n = *r.N
		}
		if n < 0 {
			n = 0
		}
		sel = h.entries[max(0, len(h.entries)-n):]
	case "range":
		sel = h.rangeOf(r.Session, r.Start, r.Stop)
	case "search":
		pattern := "*"
		if r.Pattern != nil {
			pattern = *r.Pattern
		}
		for _, e := range h.entries {
			if globMatch(pattern, e.Input) {
				sel = append(sel, e)
			}
		}
		if r.Unique {
			// Keep the latest entry of each distinct input.
			last := map[string]int{}
			for i, e := range sel {
				last[e.Input] = i
			}
			var u []histEntry
			for i, e := range sel {
				if last[e.Input] == i {
					u = append(u, e)
				}
			}
			sel = u
		}
		if r.N != nil && *r.N >= 0 && len(sel) > *r.N {
			sel = sel[len(sel)-*r.N:]
		}
	}
	out := make([]any, 0, len(sel))
	for _, e := range sel {
		if r.Output {
			var o any
			if e.Output != nil {
				o = *e.Output
			}
			out = append(out, []any{e.Session, e.Line, []any{e.Input, o}})
		} else {
			out = append(out, []any{e.Session, e.Line, e.Input})
		}
	}
	return out
}

// rangeOf selects lines [start, stop) of a session: 0 is the current
// session, negative counts back from it. A negative start or stop
// counts from the session's end; a missing or zero stop means the end.
func (h *Store) rangeOf(session, start int, stop *int) []histEntry {
	if session <= 0 {
		session += h.session
	}
	var lines []histEntry
	for _, e := range h.entries {
		if e.Session == session {
			lines = append(lines, e)
		}
	}
	if len(lines) == 0 {
		return nil
	}
	end := lines[len(lines)-1].Line + 1
	if start < 0 {
		start += end
	}
	hi := end
	if stop != nil && *stop != 0 {
		hi = *stop
		if hi < 0 {
			hi += end
		}
	}
	var sel []histEntry
	for _, e := range lines {
		if e.Line >= start && e.Line < hi {
			sel = append(sel, e)
		}
	}
	return sel
}

// globMatch reports whether s matches pattern entirely, where * matches
// any run of characters (newlines included) and ? any one character, as
// IPython's history search (SQLite GLOB) does; it is case-sensitive.
func globMatch(pattern, s string) bool {
	p, t := 0, 0
	starP, starT := -1, 0
	for t < len(s) {
		if p < len(pattern) {
			switch pattern[p] {
			case '*':
				starP, starT = p, t
				p++
				continue
			case '?':
				_, w := utf8.DecodeRuneInString(s[t:])
				p++
				t += w
				continue
			default:
				_, pw := utf8.DecodeRuneInString(pattern[p:])
				_, sw := utf8.DecodeRuneInString(s[t:])
				if pw == sw && pattern[p:p+pw] == s[t:t+sw] {
					p += pw
					t += sw
					continue
				}
			}
		}
		if starP < 0 {
			return false
		}
		// Let the last * swallow one more character and retry.
		_, w := utf8.DecodeRuneInString(s[starT:])
		starT += w
		p, t = starP+1, starT
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
