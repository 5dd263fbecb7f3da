package wire

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"math"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the Jupyter messaging protocol version the kernel
// speaks; it is put in every header and in kernel_info_reply.
const ProtocolVersion = "5.4"

// delimiter separates the routing identities from the message proper.
var delimiter = []byte("<IDS|MSG>")

// Header is a message header. Every field is a string, as front ends
// validate.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message with its routing identities.
type Message struct {
	// Identities are the ZeroMQ routing frames before "<IDS|MSG>"; a
	// reply goes back with the request's identities. On iopub the single
	// identity is the topic.
	Identities [][]byte
	Header     Header
	// RawHeader is the header exactly as received. It is what replies
	// carry as their parent_header, so that nothing a front end put
	// there is lost.
	RawHeader json.RawMessage
	// ParentHeader is the raw parent header ("{}" when there is none).
	ParentHeader json.RawMessage
	Metadata     json.RawMessage
	Content      json.RawMessage
	Buffers      [][]byte
}

// ParentRaw returns the bytes to use as parent_header in messages
// answering m: its raw header as received, or its header re-encoded.
func (m *Message) ParentRaw() json.RawMessage {
	if len(m.RawHeader) > 0 {
		return m.RawHeader
	}
	b, _ := marshalJSON(m.Header)
	return b
}

// DecodeContent unmarshals the content into v.
func (m *Message) DecodeContent(v any) error {
	if len(m.Content) == 0 {
		return nil
	}
	return json.Unmarshal(m.Content, v)
}

// Signer signs and checks messages with the key of the connection file.
// A zero Signer (empty key) signs with an empty signature and accepts
// any signature.
type Signer struct {
	key     []byte
	newHash func() hash.Hash
	seen    digestHistory
}

// digestHistory remembers the signatures of the messages received, as
// ipykernel's Session does: a signed message is accepted once, so a
// captured message cannot be replayed to run its cell again.
type digestHistory struct {
	mu    sync.Mutex
	set   map[string]struct{}
	order []string // oldest first
}

// maxDigests bounds the history (ipykernel keeps 2^16 and drops the
// oldest tenth when full).
const maxDigests = 1 << 16

// first records sig and reports whether it was new.
func (h *digestHistory) first(sig []byte) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	key := strings.ToLower(string(sig))
	if _, dup := h.set[key]; dup {
		return false
	}
	if h.set == nil {
		h.set = map[string]struct{}{}
	}
	if len(h.order) >= maxDigests {
		drop := maxDigests / 10
		for _, old := range h.order[:drop] {
			delete(h.set, old)
		}
		h.order = append(h.order[:0], h.order[drop:]...)
	}
	h.set[key] = struct{}{}
	h.order = append(h.order, key)
	return true
}

func newSigner(scheme, key string) (*Signer, error) {
	s := &Signer{key: []byte(key)}
	if key == "" {
		return s, nil
	}
	switch strings.ToLower(scheme) {
	case "hmac-sha256", "":
		s.newHash = sha256.New
	case "hmac-sha512":
		s.newHash = sha512.New
	case "hmac-sha384":
		s.newHash = sha512.New384
	case "hmac-sha224":
		s.newHash = sha256.New224
	case "hmac-sha1":
		s.newHash = sha1.New
	default:
		return nil, fmt.Errorf("signature_scheme %q is not supported (use \"hmac-sha256\")", scheme)
	}
	return s, nil
}

// NewSigner returns a Signer for a connection file's signature_scheme
// and key.
func NewSigner(scheme, key string) (*Signer, error) { return newSigner(scheme, key) }

// Sign returns the hex signature of the four message parts, or "" when
// there is no key.
func (s *Signer) Sign(header, parent, metadata, content []byte) []byte {
	if s == nil || len(s.key) == 0 {
		return []byte{}
	}
	mac := hmac.New(s.newHash, s.key)
	mac.Write(header)
	mac.Write(parent)
	mac.Write(metadata)
	mac.Write(content)
	sum := mac.Sum(nil)
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

// Verify reports whether sig is the signature of the four parts. It
// compares in constant time. Without a key every message is accepted.
func (s *Signer) Verify(sig, header, parent, metadata, content []byte) bool {
	if s == nil || len(s.key) == 0 {
		return true
	}
	want := s.Sign(header, parent, metadata, content)
	// Front ends send lowercase hex; hmac.Equal keeps the comparison
	// independent of where the first difference is.
	return hmac.Equal(bytes.ToLower(sig), want)
}

// Errors returned by ParseFrames.
var (
	ErrNoDelimiter  = errors.New("no <IDS|MSG> delimiter")
	ErrShortMessage = errors.New("fewer than 5 frames after the delimiter")
	ErrBadSignature = errors.New("bad signature")
	ErrReplayed     = errors.New("a message with this signature was already received (replay)")
)

// ParseFrames splits a multipart message into identities and parts,
// checks the signature and decodes the header. Parent, metadata and
// content must be JSON objects (or null, taken as {}). It never panics,
// whatever the frames hold.
func ParseFrames(frames [][]byte, s *Signer) (*Message, error) {
	idx := -1
	for i, f := range frames {
		if bytes.Equal(f, delimiter) {
			idx = i
			break
		}
	}
	if idx < 0 {
		return nil, ErrNoDelimiter
	}
	rest := frames[idx+1:]
	if len(rest) < 5 {
		return nil, ErrShortMessage
	}
	sig, header, parent, metadata, content := rest[0], rest[1], rest[2], rest[3], rest[4]
	if !s.Verify(sig, header, parent, metadata, content) {
		return nil, ErrBadSignature
	}
	if len(s.key) > 0 && !s.seen.first(sig) {
		return nil, ErrReplayed
	}
	m := &Message{
		Identities: cloneFrames(frames[:idx]),
		Buffers:    cloneFrames(rest[5:]),
	}
	var err error
	if m.RawHeader, err = jsonObject("header", header); err != nil {
		return nil, err
	}
	if string(m.RawHeader) == "{}" {
		return nil, errors.New("empty header")
	}
	if err := json.Unmarshal(m.RawHeader, &m.Header); err != nil {
		return nil, fmt.Errorf("header: %v", err)
	}
	if m.Header.MsgType == "" {
		return nil, errors.New("header has no msg_type")
	}
	if m.ParentHeader, err = jsonObject("parent_header", parent); err != nil {
		return nil, err
	}
	if m.Metadata, err = jsonObject("metadata", metadata); err != nil {
		return nil, err
	}
	if m.Content, err = jsonObject("content", content); err != nil {
		return nil, err
	}
	return m, nil
}

// jsonObject checks that b is a JSON object (or null, empty: {}) and
// returns a private copy.
func jsonObject(what string, b []byte) (json.RawMessage, error) {
	t := bytes.TrimSpace(b)
	if len(t) == 0 || string(t) == "null" {
		return json.RawMessage("{}"), nil
	}
	if t[0] != '{' || !json.Valid(t) {
		return nil, fmt.Errorf("%s is not a JSON object", what)
	}
	return json.RawMessage(bytes.Clone(t)), nil
}

func cloneFrames(in [][]byte) [][]byte {
	if len(in) == 0 {
		return nil
	}
	out := make([][]byte, len(in))
	for i, f := range in {
		out[i] = bytes.Clone(f)
	}
	return out
}

// Frames serialises m: identities, delimiter, signature, header, parent
// header, metadata, content, buffers. Empty parent, metadata and content
// are sent as {}.
func (m *Message) Frames(s *Signer) ([][]byte, error) {
	header := []byte(m.RawHeader)
	if len(header) == 0 {
		var err error
		if header, err = marshalJSON(m.Header); err != nil {
			return nil, err
		}
	}
	parent := orEmptyObject(m.ParentHeader)
	metadata := orEmptyObject(m.Metadata)
	content := orEmptyObject(m.Content)
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, delimiter, s.Sign(header, parent, metadata, content), header, parent, metadata, content)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

func orEmptyObject(b json.RawMessage) []byte {
	if len(b) == 0 {
		return []byte("{}")
	}
	return b
}

// session identifies this kernel process in every header it sends; front
// ends treat a new session id as a restarted kernel.
var session = uuid.NewString()

// SessionID returns the session id of this kernel process.
func SessionID() string { return session }

var username = func() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "kernel"
}()

// NewHeader returns a header for a new message of type msgType, with a
// fresh msg_id.
func NewHeader(msgType string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: username,
		Date:     Now(),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// Now is the current time in ISO 8601 with microseconds and a
// timezone, as jupyter_client writes dates.
func Now() string {
	return time.Now().UTC().Format("2006-01-02T15:04:05.000000Z07:00")
}

// NewMessage builds a message of type msgType answering parent (nil:
// none), with content and metadata marshalled to JSON. Values JSON
// cannot represent (NaN, ±Inf) are sent as null rather than losing the
// message.
func NewMessage(msgType string, parent json.RawMessage, content, metadata any) (*Message, error) {
	m := &Message{Header: NewHeader(msgType), ParentHeader: parent}
	var err error
	if m.Content, err = marshalContent(content); err != nil {
		return nil, fmt.Errorf("%s content: %w", msgType, err)
	}
	if m.Metadata, err = marshalContent(metadata); err != nil {
		return nil, fmt.Errorf("%s metadata: %w", msgType, err)
	}
	return m, nil
}

func marshalContent(v any) (json.RawMessage, error) {
	if v == nil {
		return json.RawMessage("{}"), nil
	}
	b, err := marshalJSON(v)
	if err == nil {
		return b, nil
	}
	// Retry with unrepresentable floats replaced by null.
	b, err2 := marshalJSON(sanitizeJSON(v))
	if err2 != nil {
		return nil, err
	}
	return b, nil
}

// marshalJSON is json.Marshal without HTML escaping (output is often
// HTML) and without the trailing newline.
func marshalJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// sanitizeJSON copies generic JSON-like values, replacing NaN and ±Inf
// with nil.
func sanitizeJSON(v any) any {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
		return x
	case float32:
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil
		}
		return x
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = sanitizeJSON(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = sanitizeJSON(e)
		}
		return out
	case []map[string]any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = sanitizeJSON(e)
		}
		return out
	case []float64:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = sanitizeJSON(e)
		}
		return out
	}
	return v
}
