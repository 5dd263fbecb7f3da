// Package chart shows gonum plots (gonum.org/v1/plot) in notebook cells,
// and draws the timing comparison every parallelism lesson ends with in
// one call: Compare draws Go's and Python's timings side by side as an SVG
// bar chart (Bars) whose text uses the viewer's fonts, so Chinese labels
// show; Timings draws one series with gonum.
//
//	import (
//		"time"
//
//		"gonum.org/v1/plot"
//		"gonum.org/v1/plot/plotter"
//		"github.com/goteach/goteach/kernel/chart"
//	)
//
//	p := plot.New()
//	line, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}, {X: 2, Y: 4}})
//	p.Add(line)
//	chart.Of(p)        // as the cell's last expression: the plot as an image
//
//	chart.Timings(map[string]time.Duration{
//		"normal": t1, "goroutines": t2, "processes": t3,
//	})
//
//	chart.Compare("wall time", []string{"normal", "goroutines", "processes"},
//		chart.Series{Name: "Go", Values: chart.Seconds(t1, t2, t3)},
//		chart.Series{Name: "Python", Values: []float64{0.68, 0.74, 0.91}},
//	)
//
// A *Chart is shown as a PNG image drawn at twice its size, so it stays
// sharp on high-density screens and in exported HTML and PDF. SVG and PNG
// return the drawing itself, for files or for display.SVG. A *Bars is
// shown as SVG (rsvg-convert turns it into a PDF figure on export, with
// the system's fonts).
package chart

import (
	"bytes"
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/goteach/goteach/kernel/display"
)

// Default size of a chart: 6 by 3.75 inches, 576 by 360 CSS pixels.
const (
	// DefaultWidth is the width of a chart whose Width is zero.
	DefaultWidth = 6 * vg.Inch
	// DefaultHeight is the height of a chart whose Height is zero.
	DefaultHeight = 3.75 * vg.Inch
)

// cssDPI is the resolution of a CSS pixel; charts are drawn at twice it.
const cssDPI = 96

// Chart is a plot and the size it is drawn at. As a cell's last
// expression, or passed to display.Display, it shows as an image.
type Chart struct {
	// Plot is what is drawn; change it freely before showing.
	Plot *plot.Plot
	// Width and Height are the size of the drawing (DefaultWidth and
	// DefaultHeight when zero).
	Width, Height vg.Length
}

// Of wraps p in a Chart of the default size.
func Of(p *plot.Plot) *Chart { return &Chart{Plot: p} }

// Show displays p now, as an image of the default size (for a plot in the
// middle of a cell, or several in one cell).
func Show(p *plot.Plot) { Of(p).Show() }

// Show displays the chart now.
func (c *Chart) Show() { display.Publish(c.MIMEBundle()) }

// Size sets the size of the drawing and returns c.
func (c *Chart) Size(width, height vg.Length) *Chart {
	c.Width, c.Height = width, height
	return c
}

// Title sets the plot's title and returns c.
func (c *Chart) Title(title string) *Chart {
	c.Plot.Title.Text = title
	return c
}

func (c *Chart) size() (vg.Length, vg.Length) {
	w, h := c.Width, c.Height
	if w <= 0 {
		w = DefaultWidth
	}
	if h <= 0 {
		h = DefaultHeight
	}
	return w, h
}

// pixels is the size of the chart in CSS pixels.
func (c *Chart) pixels() (int, int) {
	w, h := c.size()
	return int(w.Dots(cssDPI) + 0.5), int(h.Dots(cssDPI) + 0.5)
}

// margin is the blank border around a drawing, so that tick labels at the
// ends of an axis are not cut.
const margin = 6 * vg.Millimeter / 2

func padded(c vg.CanvasSizer) draw.Canvas {
	return draw.Crop(draw.New(c), margin, -margin, margin, -margin)
}

// PNG draws the chart as a PNG image at twice its size in CSS pixels.
// It panics if the plot cannot be drawn.
func (c *Chart) PNG() []byte {
	b, err := c.png()
	if err != nil {
		panic(fmt.Errorf("chart: %w", err))
	}
	return b
}

func (c *Chart) png() ([]byte, error) {
	if c.Plot == nil {
		return nil, fmt.Errorf("the chart has no plot")
	}
	w, h := c.size()
	canvas := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(2*cssDPI))
	c.Plot.Draw(padded(canvas))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: canvas}).WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SVG draws the chart as an SVG document (with its fonts embedded).
// It panics if the plot cannot be drawn.
func (c *Chart) SVG() string {
	if c.Plot == nil {
		panic(fmt.Errorf("chart: the chart has no plot"))
	}
	w, h := c.size()
	canvas := vgsvg.New(w, h)
	c.Plot.Draw(padded(canvas))
	var buf bytes.Buffer
	if _, err := canvas.WriteTo(&buf); err != nil {
		panic(fmt.Errorf("chart: %w", err))
	}
	return buf.String()
}

// MIMEBundle is the chart as the notebook shows it: a PNG image at twice
// the resolution of its display size. A plot that cannot be drawn shows
// the error as text.
func (c *Chart) MIMEBundle() (data, metadata map[string]any) {
	b, err := c.png()
	if err != nil {
		return map[string]any{display.MIMEText: "chart: " + err.Error()}, nil
	}
	w, h := c.pixels()
	data, metadata = display.PNGBundle(b, w, h)
	data[display.MIMEText] = c.String()
	return data, metadata
}

// String describes the chart in words (its text form in a notebook).
func (c *Chart) String() string {
	w, h := c.pixels()
	title := ""
	if c.Plot != nil && c.Plot.Title.Text != "" {
		title = " " + fmt.Sprintf("%q", c.Plot.Title.Text)
	}
	return fmt.Sprintf("<chart%s %dx%d>", title, w, h)
}
