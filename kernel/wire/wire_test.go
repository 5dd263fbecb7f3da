package wire

import (
	"bytes"
	"encoding/json"
	"math"
	"regexp"
	"testing"
	"time"
)

// Computed with Python:
//
//	hmac.new(key, header+parent+metadata+content, hashlib.sha256).hexdigest()
const (
	vectorKey    = "a0436f6c-1916-498b-8eb9-e81ab9368e84"
	vectorHeader = `{"msg_id":"0c4a","msg_type":"kernel_info_request","session":"s1","username":"u","date":"2024-01-02T03:04:05.000006Z","version":"5.4"}`
	vectorSig    = "3448ff071d362901924404687c3aa88bf3ff63168eaab466922586958e9f6c7f"
)

func TestSignKnownVector(t *testing.T) {
	s, err := NewSigner("hmac-sha256", vectorKey)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Sign([]byte(vectorHeader), []byte("{}"), []byte("{}"), []byte("{}"))
	if string(got) != vectorSig {
		t.Fatalf("signature %s, want %s", got, vectorSig)
	}
	if !s.Verify([]byte(vectorSig), []byte(vectorHeader), []byte("{}"), []byte("{}"), []byte("{}")) {
		t.Fatal("the known signature does not verify")
	}
	bad := []byte(vectorSig)
	bad[10] ^= 1
	if s.Verify(bad, []byte(vectorHeader), []byte("{}"), []byte("{}"), []byte("{}")) {
		t.Fatal("a wrong signature verifies")
	}
	if s.Verify([]byte(vectorSig), []byte(vectorHeader), []byte("{}"), []byte("{}"), []byte(`{"a":1}`)) {
		t.Fatal("a changed content verifies")
	}
	if s.Verify(nil, []byte(vectorHeader), []byte("{}"), []byte("{}"), []byte("{}")) {
		t.Fatal("an empty signature verifies")
	}

	// The parsed message keeps the exact header bytes for replies.
	frames := [][]byte{[]byte("id1"), []byte("<IDS|MSG>"), []byte(vectorSig), []byte(vectorHeader), []byte("{}"), []byte("{}"), []byte("{}"), []byte("buf")}
	m, err := ParseFrames(frames, s)
	if err != nil {
		t.Fatal(err)
	}
	if string(m.ParentRaw()) != vectorHeader || m.Header.MsgType != "kernel_info_request" || string(m.Identities[0]) != "id1" || string(m.Buffers[0]) != "buf" {
		t.Fatalf("%+v", m)
	}
	if _, err := ParseFrames(frames, s); err != ErrReplayed {
		t.Fatalf("the same signed message again: %v", err)
	}
	frames[2] = []byte("0" + vectorSig[1:])
	if _, err := ParseFrames(frames, s); err != ErrBadSignature {
		t.Fatalf("bad signature: %v", err)
	}
}

func TestNoKey(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", "")
	if sig := s.Sign([]byte("a"), nil, nil, nil); len(sig) != 0 {
		t.Fatalf("signature without key: %q", sig)
	}
	m, err := ParseFrames([][]byte{[]byte("<IDS|MSG>"), []byte("whatever"), []byte(`{"msg_id":"1","msg_type":"x"}`), nil, []byte("null"), []byte(" {} ")}, s)
	if err != nil {
		t.Fatal(err)
	}
	if string(m.ParentHeader) != "{}" || string(m.Metadata) != "{}" || string(m.Content) != "{}" {
		t.Fatalf("%+v", m)
	}
}

func TestMessageRoundTrip(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", "secret")
	parent := json.RawMessage(`{"msg_id":"p","msg_type":"execute_request"}`)
	m, err := NewMessage("stream", parent, map[string]any{"name": "stdout", "text": "<b>é</b>", "nan": math.NaN()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	m.Identities = [][]byte{[]byte("topic")}
	frames, err := m.Frames(s)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseFrames(frames, s)
	if err != nil {
		t.Fatal(err)
	}
	if back.Header != m.Header || string(back.ParentHeader) != string(parent) {
		t.Fatalf("%+v", back)
	}
	if string(back.Content) != `{"name":"stdout","nan":null,"text":"<b>é</b>"}` {
		t.Fatalf("content %s", back.Content)
	}
	h := m.Header
	if h.Version != "5.4" || h.Session != SessionID() || h.MsgType != "stream" {
		t.Fatalf("%+v", h)
	}
	if !regexp.MustCompile(`^[0-9a-f-]{36}$`).MatchString(h.MsgID) {
		t.Errorf("msg_id %q", h.MsgID)
	}
	if _, err := time.Parse(time.RFC3339Nano, h.Date); err != nil {
		t.Errorf("date %q: %v", h.Date, err)
	}
	m2, _ := NewMessage("stream", nil, nil, nil)
	if m2.Header.MsgID == h.MsgID {
		t.Error("msg_id reused")
	}
}

func TestParseFramesGarbage(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", "k")
	sign := func(h, p, md, c string) [][]byte {
		return [][]byte{[]byte("<IDS|MSG>"), s.Sign([]byte(h), []byte(p), []byte(md), []byte(c)), []byte(h), []byte(p), []byte(md), []byte(c)}
	}
	for name, frames := range map[string][][]byte{
		"nothing":        nil,
		"no delimiter":   {[]byte("a"), []byte("b")},
		"short":          {[]byte("<IDS|MSG>"), []byte("sig"), []byte("{}")},
		"unsigned":       {[]byte("<IDS|MSG>"), []byte(""), []byte(`{"msg_type":"x"}`), []byte("{}"), []byte("{}"), []byte("{}")},
		"header array":   sign(`[]`, `{}`, `{}`, `{}`),
		"header invalid": sign(`{"msg_type":`, `{}`, `{}`, `{}`),
		"no msg_type":    sign(`{"msg_id":"1"}`, `{}`, `{}`, `{}`),
		"empty header":   sign(`{}`, `{}`, `{}`, `{}`),
		"msg_type int":   sign(`{"msg_type":5}`, `{}`, `{}`, `{}`),
		"content string": sign(`{"msg_type":"x"}`, `{}`, `{}`, `"x"`),
		"parent number":  sign(`{"msg_type":"x"}`, `1`, `{}`, `{}`),
		"metadata bad":   sign(`{"msg_type":"x"}`, `{}`, `{`, `{}`),
	} {
		if m, err := ParseFrames(frames, s); err == nil {
			t.Errorf("%s: parsed %+v", name, m)
		}
	}
}

func FuzzParseFrames(f *testing.F) {
	s, _ := NewSigner("hmac-sha256", "")
	f.Add([]byte("<IDS|MSG>\nsig\n{\"msg_type\":\"x\"}\n{}\n{}\n{}"))
	f.Add([]byte("id\n<IDS|MSG>\n\n{\"msg_id\":\"1\",\"msg_type\":\"execute_request\"}\nnull\n{}\n{\"code\":\"1\"}\nbuf"))
	f.Add([]byte("<IDS|MSG>"))
	f.Add([]byte{0xff, '\n', '{'})
	f.Fuzz(func(t *testing.T, data []byte) {
		frames := bytes.Split(data, []byte("\n"))
		m, err := ParseFrames(frames, s)
		if err != nil {
			return
		}
		// Whatever parses serialises again and parses the same.
		out, err := m.Frames(s)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseFrames(out, s)
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		if back.Header != m.Header || !bytes.Equal(back.Content, m.Content) {
			t.Fatalf("round trip changed the message")
		}
	})
}
