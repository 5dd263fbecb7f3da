package display

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncRecorder is a recorder safe for the progress bar's timer goroutine.
type syncRecorder struct {
	mu sync.Mutex
	recorder
}

func (r *syncRecorder) Display(data, metadata, transient map[string]any, update bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.recorder.Display(data, metadata, transient, update)
}

func (r *syncRecorder) snapshot() ([]map[string]any, []bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]map[string]any(nil), r.data...), append([]bool(nil), r.updates...)
}

func TestProgressBarUpdatesOneDisplay(t *testing.T) {
	r := &syncRecorder{}
	prev := SetPublisher(r)
	defer SetPublisher(prev)
	bar := ProgressBar("work <1>")
	for i := 0; i <= 1000; i++ {
		bar(i, 1000)
	}
	data, updates := r.snapshot()
	// The first call and the last (complete) are drawn at once, the
	// thousand in between within a tenth of a second are merged.
	if len(data) != 2 {
		t.Fatalf("%d outputs, want 2", len(data))
	}
	if updates[0] || !updates[1] {
		t.Errorf("updates = %v, want [false true]", updates)
	}
	last := data[1][MIMEHTML].(string)
	for _, want := range []string{`data-done="1000"`, `data-complete="true"`, "work &lt;1&gt;", "&#10003;", "done in"} {
		if !strings.Contains(last, want) {
			t.Errorf("last bar lacks %q: %s", want, last)
		}
	}
	if text := data[1][MIMEText].(string); !strings.HasPrefix(text, "work <1> [##############################] 1000/1000 done in") {
		t.Errorf("text form %q", text)
	}
	// r.transient records the display id of each output: one bar.
	if r.transient[0]["display_id"] == "" || r.transient[0]["display_id"] != r.transient[1]["display_id"] {
		t.Errorf("display ids %v", r.transient)
	}
}

func TestProgressBarFlushesHeldBackUpdate(t *testing.T) {
	r := &syncRecorder{}
	prev := SetPublisher(r)
	defer SetPublisher(prev)
	bar := ProgressBar("")
	bar(1, 10)
	bar(2, 10) // held back: too soon after the first
	if data, _ := r.snapshot(); len(data) != 1 {
		t.Fatalf("%d outputs right away, want 1", len(data))
	}
	deadline := time.Now().Add(10 * time.Second) // generous: a loaded machine is slow, not wrong
	for {
		data, updates := r.snapshot()
		if len(data) == 2 {
			if !updates[1] || !strings.Contains(data[1][MIMEHTML].(string), `data-done="2"`) {
				t.Errorf("late update: %v %v", updates, data[1])
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the held-back update was never drawn")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// A new round after completion reuses the bar.
	bar(10, 10)
	bar(1, 5)
	for {
		data, _ := r.snapshot()
		if len(data) == 4 {
			if !strings.Contains(data[2][MIMEHTML].(string), `data-complete="true"`) {
				t.Errorf("round 1 did not complete: %v", data[2])
			}
			if h := data[3][MIMEHTML].(string); !strings.Contains(h, `data-done="1" data-total="5" data-complete="false"`) {
				t.Errorf("round 2: %s", h)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d outputs, want 4", len(data))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestProgressBarTextFallback(t *testing.T) {
	prev := SetPublisher(nil)
	defer SetPublisher(prev)
	var buf bytes.Buffer
	old := SetFallbackWriter(&buf)
	defer SetFallbackWriter(old)
	bar := ProgressBar("copy")
	bar(0, 4)
	bar(4, 4)
	out := buf.String()
	if !strings.HasPrefix(out, "\rcopy [..............................] 0/4 (0%)") || !strings.Contains(out, "\rcopy [##############################] 4/4 done in") || !strings.HasSuffix(out, "\n") {
		t.Errorf("fallback printed %q", out)
	}
}
