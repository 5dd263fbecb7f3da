package supervise

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/goteach/goteach/kernel"
)

// The supervisor and its engine process talk over a Unix stream socket
// (fd 3 of the engine): frames of a 4-byte big-endian length and a JSON
// message. Calls carry an id that their answer repeats.
//
// supervisor -> engine: restore, execute, interrupt, complete, inspect,
// is_complete, reset, close, input_reply, flushed.
// engine -> supervisor: ready, decls, log, started, stream, display, result,
// error, clear, input, flush, done, answer.

// maxFrame bounds one message (a display of a large image is the
// biggest thing that travels).
const maxFrame = 1 << 30

type frame struct {
	Op string `json:"op"`
	ID uint64 `json:"id,omitempty"`
	// Cell is the id of the execute call an input or flush belongs to.
	Cell uint64 `json:"cell,omitempty"`

	Exec     *kernel.ExecuteRequest `json:"exec,omitempty"`
	Result   *kernel.ExecuteResult  `json:"result,omitempty"`
	Error    *kernel.ErrorValue     `json:"error,omitempty"`
	Complete *kernel.CompleteResult `json:"complete,omitempty"`
	Inspect  *kernel.InspectResult  `json:"inspect,omitempty"`

	Code   string `json:"code,omitempty"`
	Cursor int    `json:"cursor,omitempty"`
	Detail int    `json:"detail,omitempty"`
	Status string `json:"status,omitempty"`
	Indent string `json:"indent,omitempty"`

	Name      string         `json:"name,omitempty"`
	Text      string         `json:"text,omitempty"`
	Data      map[string]any `json:"data,omitempty"`
	Metadata  map[string]any `json:"metadata,omitempty"`
	Transient map[string]any `json:"transient,omitempty"`
	Update    bool           `json:"update,omitempty"`
	Wait      bool           `json:"wait,omitempty"`
	Prompt    string         `json:"prompt,omitempty"`
	Password  bool           `json:"password,omitempty"`
	Err       string         `json:"err,omitempty"`

	Decls json.RawMessage `json:"decls,omitempty"`
	Lost  []string        `json:"lost,omitempty"`
}

// link sends and receives frames on one connection; sends are safe for
// concurrent use.
type link struct {
	rw  io.ReadWriter
	wmu sync.Mutex
}

func (l *link) send(f *frame) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if len(b) > maxFrame {
		return fmt.Errorf("message of %d bytes is too big", len(b))
	}
	buf := make([]byte, 4+len(b))
	binary.BigEndian.PutUint32(buf, uint32(len(b)))
	copy(buf[4:], b)
	l.wmu.Lock()
	defer l.wmu.Unlock()
	_, err = l.rw.Write(buf)
	return err
}

func (l *link) recv() (*frame, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(l.rw, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n > maxFrame {
		return nil, errors.New("frame too big")
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(l.rw, b); err != nil {
		return nil, err
	}
	f := &frame{}
	// Numbers stay as written: a display's JSON data may hold integers
	// a float64 cannot carry exactly.
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(f); err != nil {
		return nil, err
	}
	return f, nil
}
