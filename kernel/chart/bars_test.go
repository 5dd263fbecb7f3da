package chart

import (
	"encoding/xml"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/goteach/goteach/kernel/display"
)

func TestCompareDrawsBothSeries(t *testing.T) {
	b := Compare("效率比較", []string{"normal", "goroutines", "compiled Go"},
		Series{Name: "Go", Values: Seconds(2*time.Second, time.Second, 50*time.Millisecond)},
		Series{Name: "Python", Values: []float64{0.7, 0.72, math.NaN()}},
	)
	svg := b.SVG()
	// A well-formed document.
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		if _, err := d.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("SVG does not parse: %v\n%s", err, svg)
			}
			break
		}
	}
	bars := regexp.MustCompile(`<rect class="bar" data-series="([^"]*)" data-label="([^"]*)" data-value="([^"]*)"`).FindAllStringSubmatch(svg, -1)
	var got []string
	for _, m := range bars {
		got = append(got, m[1]+"/"+m[2]+"="+m[3])
	}
	want := "Go/normal=2 Python/normal=0.7 Go/goroutines=1 Python/goroutines=0.72 Go/compiled Go=0.05"
	if strings.Join(got, " ") != want {
		t.Errorf("bars %q, want %q", got, want)
	}
	for _, text := range []string{">效率比較<", ">1.00 s (2.0× faster)<", ">0.720 s (same)<", ">–<", "Noto Sans CJK"} {
		if !strings.Contains(svg, text) {
			t.Errorf("no %q in the SVG", text)
		}
	}
	data, _ := display.Bundle(b)
	if data[display.MIMESVG] != svg {
		t.Error("the bundle's SVG is not the chart's")
	}
	if s := data[display.MIMEText]; s != `<bars "效率比較"; normal: Go 2.00 s, Python 0.700 s; goroutines: Go 1.00 s (2.0× faster), Python 0.720 s (same); compiled Go: Go 0.050 s (40× faster), Python –>` {
		t.Errorf("text %q", s)
	}
}

func TestBarsLabelsAreEscapedAndWidened(t *testing.T) {
	narrow := Compare("", []string{"a"}, Series{Name: "Go", Values: []float64{1}}).SVG()
	wide := Compare("", []string{"多進程多進程多進程"}, Series{Name: "<Go>", Values: []float64{1}}).SVG()
	width := func(svg string) string { return regexp.MustCompile(`width="(\d+)"`).FindStringSubmatch(svg)[1] }
	if width(wide) <= width(narrow) && len(width(wide)) <= len(width(narrow)) {
		t.Errorf("a CJK label does not widen the chart: %s vs %s", width(wide), width(narrow))
	}
	if !strings.Contains(wide, "&lt;Go&gt;") {
		t.Error("series name not escaped")
	}
	empty := (&Bars{}).SVG()
	if !strings.HasPrefix(empty, "<svg") || !strings.HasSuffix(empty, "</svg>") {
		t.Errorf("empty chart %q", empty)
	}
}

// TestBarsSayWhatTheyShow pins the alternative text: the SVG's title
// (read by screen readers in the notebook) and what the HTML export
// puts in the image's alt attribute.
func TestBarsSayWhatTheyShow(t *testing.T) {
	b := Compare("Two jobs (s)", []string{"normal", "processes"},
		Series{Name: "Go", Values: []float64{2, 1}}, Series{Name: "Python", Values: []float64{3, 1.5}})
	want := "Two jobs (s); normal: Go 2.00 s, Python 3.00 s; processes: Go 1.00 s (2.0× faster), Python 1.50 s (2.0× faster)"
	if got := b.Alt(); got != want {
		t.Errorf("Alt() = %q, want %q", got, want)
	}
	if !strings.Contains(b.SVG(), "<title>"+want+"</title>") {
		t.Errorf("the SVG has no title %q", want)
	}
	untitled := Compare("", []string{"a"}, Series{Name: "Go", Values: []float64{1}})
	if got := untitled.Alt(); got != "a: Go 1.00 s" {
		t.Errorf("Alt() of an untitled chart = %q", got)
	}
}
