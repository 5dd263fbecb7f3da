// Package display shows rich output (HTML, Markdown, SVG, images, JSON)
// from notebook cells.
//
//	import "github.com/goteach/goteach/kernel/display"
//
//	display.HTML("<b>bold</b>")
//	display.Markdown("# Title")
//	display.Image(img)                 // any image.Image, sent as PNG
//	display.Display(v)                 // uses v's own HTML/Markdown/SVG/PNG/JPEG method
//
//	h := display.NewHandle()           // an output that can be replaced later
//	h.Text("0%")
//	h.Text("50%")                      // updates the same output in place
//
//	pool.OnProgress(display.ProgressBar("squares"))  // a bar updated in place
//	token, err := display.Password("token: ")       // a prompt that hides the answer
//
// Inside the goteach kernel the output goes to the notebook. In a compiled
// program with no kernel, each call prints a plain-text form to standard
// output, so code written in a notebook still runs as a program.
package display

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
)

// MIME types used in bundles.
const (
	MIMEText     = "text/plain"
	MIMEHTML     = "text/html"
	MIMEMarkdown = "text/markdown"
	MIMESVG      = "image/svg+xml"
	MIMEPNG      = "image/png"
	MIMEJPEG     = "image/jpeg"
	MIMEJSON     = "application/json"
)

// Publisher receives what cells display. The kernel installs one with
// SetPublisher; its methods must be safe for concurrent use.
type Publisher interface {
	// Display sends display_data, or update_display_data when update is
	// true (transient then carries "display_id").
	Display(data, metadata, transient map[string]any, update bool)
	// ClearOutput clears the cell's output, now or (wait) when new output
	// arrives.
	ClearOutput(wait bool)
}

// HTMLer is a value that renders itself as HTML.
type HTMLer interface{ HTML() string }

// Markdowner is a value that renders itself as Markdown.
type Markdowner interface{ Markdown() string }

// SVGer is a value that renders itself as an SVG document.
type SVGer interface{ SVG() string }

// PNGer is a value that renders itself as PNG bytes.
type PNGer interface{ PNG() []byte }

// JPEGer is a value that renders itself as JPEG bytes.
type JPEGer interface{ JPEG() []byte }

// MIMEBundler is a value that builds its whole MIME bundle and metadata
// itself (several formats at once, or an image with its display size).
// Bundle prefers it to the single-format methods above.
type MIMEBundler interface {
	MIMEBundle() (data, metadata map[string]any)
}

var (
	mu        sync.Mutex
	publisher Publisher
	fallback  io.Writer = os.Stdout
)

// SetPublisher makes p receive everything displayed from now on and returns
// the previous publisher. A nil p restores the plain-text fallback.
func SetPublisher(p Publisher) (previous Publisher) {
	mu.Lock()
	defer mu.Unlock()
	previous, publisher = publisher, p
	return previous
}

// SetFallbackWriter sets where the plain-text fallback is printed when no
// publisher is installed (standard output by default) and returns the
// previous writer.
func SetFallbackWriter(w io.Writer) (previous io.Writer) {
	mu.Lock()
	defer mu.Unlock()
	previous, fallback = fallback, w
	return previous
}

func current() (Publisher, io.Writer) {
	mu.Lock()
	defer mu.Unlock()
	return publisher, fallback
}

// Publish sends a MIME bundle (MIME type -> content) as a new output.
// Content is a string for text formats, base64 for binary ones, or any
// JSON-encodable value for JSON formats.
func Publish(data, metadata map[string]any) {
	publish(data, metadata, "", false)
}

func publish(data, metadata map[string]any, id string, update bool) {
	if metadata == nil {
		metadata = map[string]any{}
	}
	p, w := current()
	if p == nil {
		if w != nil {
			text := plainText(data)
			if text != "" && !strings.HasSuffix(text, "\n") {
				text += "\n"
			}
			io.WriteString(w, text)
		}
		return
	}
	transient := map[string]any{}
	if id != "" {
		transient["display_id"] = id
	}
	p.Display(data, metadata, transient, update)
}

func plainText(data map[string]any) string {
	if s, ok := data[MIMEText].(string); ok {
		return s
	}
	for _, k := range []string{MIMEMarkdown, MIMEHTML, MIMESVG} {
		if s, ok := data[k].(string); ok {
			return s
		}
	}
	return ""
}

// HTML shows s as HTML.
func HTML(s string) { Publish(HTMLBundle(s), nil) }

// Markdown shows s as Markdown.
func Markdown(s string) { Publish(MarkdownBundle(s), nil) }

// SVG shows s, an SVG document, as an image.
func SVG(s string) { Publish(SVGBundle(s), nil) }

// PNG shows PNG-encoded bytes as an image.
func PNG(b []byte) { Publish(imageBundle(MIMEPNG, b), imageMetadata(b)) }

// JPEG shows JPEG-encoded bytes as an image.
func JPEG(b []byte) { Publish(imageBundle(MIMEJPEG, b), imageMetadata(b)) }

// JSON shows v encoded as JSON (front ends show it as a collapsible tree).
func JSON(v any) {
	data, err := JSONBundle(v)
	if err != nil {
		Text("display.JSON: " + err.Error())
		return
	}
	Publish(data, nil)
}

// Text shows s as plain text.
func Text(s string) { Publish(map[string]any{MIMEText: s}, nil) }

// Image shows img as a PNG image.
func Image(img image.Image) {
	data, md, err := ImageBundle(img)
	if err != nil {
		Text("display.Image: " + err.Error())
		return
	}
	Publish(data, md)
}

// Display shows v in its richest form: a value with an HTML, Markdown,
// SVG, PNG or JPEG method is shown with it, an image.Image as a picture,
// anything else as text (strings as they are, other values as %+v).
func Display(v any) {
	if s, ok := v.(string); ok {
		Text(s)
		return
	}
	data, md := Bundle(v)
	Publish(data, md)
}

// ClearOutput clears the output of the running cell. With wait true the
// clearing happens when the next output arrives, which avoids flicker in
// animations.
func ClearOutput(wait bool) {
	p, _ := current()
	if p != nil {
		p.ClearOutput(wait)
	}
}

// Bundle returns the MIME bundle and metadata that show v: its own
// rendering methods first (MIMEBundle, then HTML, Markdown, SVG, PNG,
// JPEG), then image.Image, then a text form.
func Bundle(v any) (data, metadata map[string]any) {
	text := TextOf(v)
	switch x := v.(type) {
	case MIMEBundler:
		data, metadata = x.MIMEBundle()
	case HTMLer:
		data = HTMLBundle(x.HTML())
	case Markdowner:
		data = MarkdownBundle(x.Markdown())
	case SVGer:
		data = SVGBundle(x.SVG())
	case PNGer:
		b := x.PNG()
		data, metadata = imageBundle(MIMEPNG, b), imageMetadata(b)
	case JPEGer:
		b := x.JPEG()
		data, metadata = imageBundle(MIMEJPEG, b), imageMetadata(b)
	case image.Image:
		var err error
		if data, metadata, err = ImageBundle(x); err != nil {
			data = nil
		}
	}
	if data == nil {
		data = map[string]any{}
	}
	_, own := v.(MIMEBundler)
	if _, ok := data[MIMEText]; !ok || (isImage(data) && !own) {
		data[MIMEText] = text
	}
	if metadata == nil {
		metadata = map[string]any{}
	}
	return data, metadata
}

func isImage(data map[string]any) bool {
	_, p := data[MIMEPNG]
	_, j := data[MIMEJPEG]
	return p || j
}

// TextOf is the plain-text form of v used for results: %+v, except that
// values wrapping another (an IValue field, as the interpreter uses for
// interface wrappers) show the wrapped value.
func TextOf(v any) string {
	if v != nil {
		rv := reflect.ValueOf(v)
		_, stringer := v.(fmt.Stringer)
		_, isErr := v.(error)
		if rv.Kind() == reflect.Struct && !stringer && !isErr {
			if f := rv.FieldByName("IValue"); f.IsValid() && f.CanInterface() && rv.NumField() > 1 && strings.HasPrefix(rv.Type().Field(1).Name, "W") {
				v = f.Interface()
			}
		}
	}
	return fmt.Sprintf("%+v", v)
}

// HTMLBundle is the bundle for an HTML string.
func HTMLBundle(s string) map[string]any {
	return map[string]any{MIMEHTML: s, MIMEText: s}
}

// MarkdownBundle is the bundle for a Markdown string.
func MarkdownBundle(s string) map[string]any {
	return map[string]any{MIMEMarkdown: s, MIMEText: s}
}

// SVGBundle is the bundle for an SVG document.
func SVGBundle(s string) map[string]any {
	return map[string]any{MIMESVG: s, MIMEText: "<svg image>"}
}

// JSONBundle is the bundle for v encoded as JSON.
func JSONBundle(v any) (map[string]any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		return nil, err
	}
	indented, _ := json.MarshalIndent(v, "", "  ")
	return map[string]any{MIMEJSON: generic, MIMEText: string(indented)}, nil
}

// ImageBundle encodes img as PNG and returns its bundle and metadata
// (width and height).
func ImageBundle(img image.Image) (data, metadata map[string]any, err error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, nil, err
	}
	b := img.Bounds()
	return imageBundle(MIMEPNG, buf.Bytes()), sizeMetadata(MIMEPNG, b.Dx(), b.Dy()), nil
}

func imageBundle(mime string, b []byte) map[string]any {
	// Jupyter sends binary data base64-encoded; encoding/json does that
	// for []byte, but front ends expect a string, so encode here.
	w, h := imageSize(mime, b)
	return map[string]any{mime: base64String(b), MIMEText: fmt.Sprintf("<image %dx%d>", w, h)}
}

func imageMetadata(b []byte) map[string]any {
	if cfg, kind, err := image.DecodeConfig(bytes.NewReader(b)); err == nil {
		return sizeMetadata("image/"+kind, cfg.Width, cfg.Height)
	}
	return map[string]any{}
}

func imageSize(mime string, b []byte) (int, int) {
	var cfg image.Config
	var err error
	switch mime {
	case MIMEPNG:
		cfg, err = png.DecodeConfig(bytes.NewReader(b))
	case MIMEJPEG:
		cfg, err = jpeg.DecodeConfig(bytes.NewReader(b))
	}
	if err != nil {
		return 0, 0
	}
	return cfg.Width, cfg.Height
}

func sizeMetadata(mime string, w, h int) map[string]any {
	return map[string]any{mime: map[string]any{"width": w, "height": h}}
}

// Handle is one output that can be shown and then replaced in place
// (Jupyter's display_id). The first call shows it; later calls update it.
type Handle struct {
	id    string
	mu    sync.Mutex
	shown bool
}

// NewHandle returns a handle with a fresh display id; nothing is shown
// until one of its methods is called.
func NewHandle() *Handle {
	var b [12]byte
	rand.Read(b[:])
	return &Handle{id: hex.EncodeToString(b[:])}
}

// ID returns the handle's display id.
func (h *Handle) ID() string { return h.id }

func (h *Handle) send(data, metadata map[string]any, forceUpdate bool) {
	h.mu.Lock()
	update := h.shown || forceUpdate
	h.shown = true
	h.mu.Unlock()
	publish(data, metadata, h.id, update)
}

// Display shows v as Display does, or replaces what the handle shows.
func (h *Handle) Display(v any) {
	if s, ok := v.(string); ok {
		h.Text(s)
		return
	}
	data, md := Bundle(v)
	h.send(data, md, false)
}

// Update replaces what the handle shows with v (shown as Display does).
func (h *Handle) Update(v any) {
	if s, ok := v.(string); ok {
		h.send(map[string]any{MIMEText: s}, nil, true)
		return
	}
	data, md := Bundle(v)
	h.send(data, md, true)
}

// Text shows or replaces the handle's output with plain text.
func (h *Handle) Text(s string) { h.send(map[string]any{MIMEText: s}, nil, false) }

// HTML shows or replaces the handle's output with HTML.
func (h *Handle) HTML(s string) { h.send(HTMLBundle(s), nil, false) }

// Markdown shows or replaces the handle's output with Markdown.
func (h *Handle) Markdown(s string) { h.send(MarkdownBundle(s), nil, false) }

// SVG shows or replaces the handle's output with an SVG document.
func (h *Handle) SVG(s string) { h.send(SVGBundle(s), nil, false) }

// Image shows or replaces the handle's output with img.
func (h *Handle) Image(img image.Image) {
	data, md, err := ImageBundle(img)
	if err != nil {
		h.Text("display.Image: " + err.Error())
		return
	}
	h.send(data, md, false)
}

func base64String(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
