package display

import (
	"bytes"
	"image"
	"strings"
	"testing"
)

type recorder struct {
	data      []map[string]any
	transient []map[string]any
	updates   []bool
	clears    int
}

func (r *recorder) Display(data, metadata, transient map[string]any, update bool) {
	r.data = append(r.data, data)
	r.transient = append(r.transient, transient)
	r.updates = append(r.updates, update)
}

func (r *recorder) ClearOutput(wait bool) { r.clears++ }

type page struct{}

func (page) HTML() string { return "<p>page</p>" }

func TestPublisher(t *testing.T) {
	r := &recorder{}
	prev := SetPublisher(r)
	defer SetPublisher(prev)
	HTML("<b>x</b>")
	Display(page{})
	Image(image.NewGray(image.Rect(0, 0, 2, 3)))
	JSON(map[string]int{"a": 1})
	h := NewHandle()
	h.Markdown("*a*")
	h.Update("b")
	ClearOutput(false)
	if len(r.data) != 6 {
		t.Fatalf("got %d outputs", len(r.data))
	}
	if r.data[0][MIMEHTML] != "<b>x</b>" || r.data[1][MIMEHTML] != "<p>page</p>" {
		t.Errorf("html outputs: %v %v", r.data[0], r.data[1])
	}
	if _, ok := r.data[2][MIMEPNG].(string); !ok || r.data[2][MIMEText] != "<image 2x3>" {
		t.Errorf("image output: %v", r.data[2][MIMEText])
	}
	if r.data[3][MIMEJSON].(map[string]any)["a"] != 1.0 {
		t.Errorf("json output: %v", r.data[3])
	}
	if r.updates[4] || !r.updates[5] || r.transient[4]["display_id"] != h.ID() || r.transient[5]["display_id"] != h.ID() {
		t.Errorf("handle: updates %v transient %v", r.updates[4:], r.transient[4:])
	}
	if r.clears != 1 {
		t.Errorf("clears = %d", r.clears)
	}
}

func TestFallback(t *testing.T) {
	prev := SetPublisher(nil)
	defer SetPublisher(prev)
	var buf bytes.Buffer
	old := SetFallbackWriter(&buf)
	defer SetFallbackWriter(old)
	Markdown("# Title")
	Image(image.NewGray(image.Rect(0, 0, 4, 4)))
	Text("plain")
	ClearOutput(true)
	if got := buf.String(); got != "# Title\n<image 4x4>\nplain\n" {
		t.Errorf("fallback printed %q", got)
	}
	if !strings.HasPrefix(TextOf(struct{ A int }{1}), "{A:1") {
		t.Errorf("TextOf = %q", TextOf(struct{ A int }{1}))
	}
}
