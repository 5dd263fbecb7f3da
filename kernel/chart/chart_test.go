package chart

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/goteach/goteach/kernel/display"
)

func decode(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestChartIsATwiceSizedPNG(t *testing.T) {
	p := plot.New()
	p.Title.Text = "squares"
	l, err := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}, {X: 2, Y: 4}})
	if err != nil {
		t.Fatal(err)
	}
	p.Add(l)
	data, md := display.Bundle(Of(p))
	if data[display.MIMEText] != `<chart "squares" 576x360>` {
		t.Errorf("text %q", data[display.MIMEText])
	}
	if _, svg := data[display.MIMESVG]; svg {
		t.Error("the bundle has SVG: PDF export cannot take it")
	}
	size := md[display.MIMEPNG].(map[string]any)
	if size["width"] != 576 || size["height"] != 360 {
		t.Errorf("metadata %v", md)
	}
	img := decode(t, Of(p).PNG())
	if b := img.Bounds(); b.Dx() != 1152 || b.Dy() != 720 {
		t.Errorf("PNG is %v", b)
	}
	// A white background (not transparent) and some ink.
	if r, g, b, a := img.At(2, 2).RGBA(); r != 0xffff || g != 0xffff || b != 0xffff || a != 0xffff {
		t.Errorf("corner colour %v %v %v %v", r, g, b, a)
	}
	c := Of(p).Size(3*vg.Inch, 2*vg.Inch)
	if b := decode(t, c.PNG()).Bounds(); b.Dx() != 576 || b.Dy() != 384 {
		t.Errorf("sized PNG is %v", b)
	}
	if svg := c.SVG(); !strings.HasPrefix(svg, "<?xml") || !strings.Contains(svg, "<svg") {
		t.Errorf("SVG starts %q", svg[:min(len(svg), 60)])
	}
}

func TestNoPlot(t *testing.T) {
	data, _ := (&Chart{}).MIMEBundle()
	if data[display.MIMEText] != "chart: the chart has no plot" {
		t.Errorf("bundle %v", data)
	}
}

func xLabels(c *Chart) []string {
	var labels []string
	for _, tk := range c.Plot.X.Tick.Marker.Ticks(c.Plot.X.Min, c.Plot.X.Max) {
		labels = append(labels, tk.Label)
	}
	return labels
}

func TestTimingsSlowestFirst(t *testing.T) {
	c := Timings(map[string]time.Duration{
		"processes":  640 * time.Millisecond,
		"normal":     2345 * time.Millisecond,
		"goroutines": 1210 * time.Millisecond,
	})
	if labels := xLabels(c); strings.Join(labels, ",") != "normal,goroutines,processes" {
		t.Errorf("labels %q", labels)
	}
	if c.Plot.Y.Label.Text != "seconds" || c.Plot.Y.Min != 0 || c.Plot.Title.Text != "Wall time" {
		t.Errorf("y axis %q from %v, title %q", c.Plot.Y.Label.Text, c.Plot.Y.Min, c.Plot.Title.Text)
	}
	decode(t, c.PNG())
}

func TestTimingLabels(t *testing.T) {
	names, texts := timingLabels([]string{"normal", "goroutines", "processes"},
		[]time.Duration{2345 * time.Millisecond, 1210 * time.Millisecond, 640 * time.Millisecond})
	want := []string{"2.35 s", "1.21 s (1.9× faster)", "640 ms (3.7× faster)"}
	if strings.Join(texts, "|") != strings.Join(want, "|") || names[2] != "processes" {
		t.Errorf("texts %q, want %q", texts, want)
	}
	names, texts = timingLabels([]string{"seq", ""}, []time.Duration{30 * time.Millisecond, 45 * time.Millisecond, 29 * time.Millisecond})
	if strings.Join(names, ",") != "seq,#2,#3" {
		t.Errorf("names %q", names)
	}
	if strings.Join(texts, "|") != "30.0 ms|45.0 ms (1.5× slower)|29.0 ms (same)" {
		t.Errorf("texts %q", texts)
	}
}

func TestTimingsOfKeepsOrder(t *testing.T) {
	c := TimingsOf([]string{"b", "a"}, 30*time.Millisecond, 45*time.Millisecond).Title("sum")
	if labels := xLabels(c); strings.Join(labels, ",") != "b,a" {
		t.Errorf("labels %q", labels)
	}
	if c.Plot.Title.Text != "sum" || c.Plot.Y.Label.Text != "milliseconds" {
		t.Errorf("title %q, unit %q", c.Plot.Title.Text, c.Plot.Y.Label.Text)
	}
	decode(t, TimingsOf(nil).PNG()) // no timings: an empty chart, no panic
}

func TestNiceTicks(t *testing.T) {
	var labels []string
	for _, tk := range (niceTicks{}).Ticks(0, 2.7) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if strings.Join(labels, " ") != "0 1 2" {
		t.Errorf("ticks %q", labels)
	}
	labels = nil
	for _, tk := range (niceTicks{}).Ticks(0, 0.35) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if strings.Join(labels, " ") != "0.0 0.1 0.2 0.3" {
		t.Errorf("ticks %q", labels)
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		1500 * time.Millisecond: "1.50 s",
		12 * time.Second:        "12.0 s",
		250 * time.Millisecond:  "250 ms",
		3 * time.Microsecond:    "3.00 µs",
		800:                     "800 ns",
	} {
		if got := formatDuration(d); got != want {
			t.Errorf("formatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
