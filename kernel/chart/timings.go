package chart

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// barColors are the colours of the timing bars, in order.
var barColors = []color.Color{
	color.RGBA{R: 0x4c, G: 0x72, B: 0xb0, A: 0xff}, // blue
	color.RGBA{R: 0xdd, G: 0x84, B: 0x52, A: 0xff}, // orange
	color.RGBA{R: 0x55, G: 0xa8, B: 0x68, A: 0xff}, // green
	color.RGBA{R: 0xc4, G: 0x4e, B: 0x52, A: 0xff}, // red
	color.RGBA{R: 0x81, G: 0x72, B: 0xb3, A: 0xff}, // purple
	color.RGBA{R: 0x93, G: 0x78, B: 0x60, A: 0xff}, // brown
}

// Timings draws a bar chart of wall-clock times, one bar per entry of m,
// the slowest first, each labelled with its time and its speed-up over
// the slowest:
//
//	chart.Timings(map[string]time.Duration{
//		"normal":     normal,
//		"goroutines": withGoroutines,
//		"processes":  withProcesses,
//	})
//
// Use TimingsOf to choose the order of the bars.
func Timings(m map[string]time.Duration) *Chart {
	labels := make([]string, 0, len(m))
	for k := range m {
		labels = append(labels, k)
	}
	sort.Slice(labels, func(i, j int) bool {
		if m[labels[i]] != m[labels[j]] {
			return m[labels[i]] > m[labels[j]]
		}
		return labels[i] < labels[j]
	})
	ds := make([]time.Duration, len(labels))
	for i, l := range labels {
		ds[i] = m[l]
	}
	return TimingsOf(labels, ds...)
}

// TimingsOf draws a bar chart of wall-clock times with the bars in the
// order given: labels[i] names durations[i]. Each bar is labelled with
// its time and its speed-up over the first bar (the baseline):
//
//	chart.TimingsOf([]string{"normal", "goroutines", "processes"}, t1, t2, t3)
//
// A missing label is shown as "#i"; extra labels are ignored.
func TimingsOf(labels []string, durations ...time.Duration) *Chart {
	p := plot.New()
	p.Title.Text = "Wall time"
	if len(durations) == 0 {
		p.HideAxes()
		p.Title.Text = "Wall time (no timings)"
		return Of(p)
	}
	names, texts := timingLabels(labels, durations)
	var longest time.Duration
	for _, d := range durations {
		longest = max(longest, d)
	}
	unit, unitName := timeUnit(longest)
	p.Y.Label.Text = unitName
	p.Y.Min = 0
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	p.Add(grid)

	barWidth := min(DefaultWidth*0.6/vg.Length(len(durations)+1), 1.2*vg.Inch)
	top := 0.0
	lx := make(plotter.XYs, len(durations))
	for i, d := range durations {
		v := float64(d) / float64(unit)
		bar, err := plotter.NewBarChart(plotter.Values{v}, barWidth)
		if err != nil {
			panic(fmt.Errorf("chart: %w", err)) // only for NaN or infinite values
		}
		bar.XMin = float64(i)
		bar.Color = barColors[i%len(barColors)]
		bar.LineStyle.Width = 0
		p.Add(bar)
		top = math.Max(top, v)
		lx[i] = plotter.XY{X: float64(i), Y: v}
	}
	labelsPlot, err := plotter.NewLabels(plotter.XYLabels{XYs: lx, Labels: texts})
	if err == nil {
		for i := range labelsPlot.TextStyle {
			labelsPlot.TextStyle[i].XAlign = draw.XCenter
			labelsPlot.TextStyle[i].YAlign = draw.YBottom
			labelsPlot.TextStyle[i].Font.Size = vg.Points(10)
		}
		labelsPlot.Offset = vg.Point{Y: vg.Points(3)}
		p.Add(labelsPlot)
	}
	if top <= 0 {
		top = 1
	}
	p.Y.Max = top * 1.15
	p.Y.Tick.Marker = niceTicks{}
	p.Title.TextStyle.Font.Size = vg.Points(14)
	p.Title.Padding = vg.Points(8)
	p.X.Min = -0.6
	p.X.Max = float64(len(durations)) - 0.4
	p.NominalX(names...)
	p.X.Tick.Label.Font.Size = vg.Points(11)
	return Of(p)
}

// timingLabels returns the names under the bars (labels, "#i" where
// missing) and the texts over them: the time, and after the first bar the
// speed-up over it.
func timingLabels(labels []string, durations []time.Duration) (names, texts []string) {
	names = make([]string, len(durations))
	texts = make([]string, len(durations))
	for i, d := range durations {
		if i < len(labels) && strings.TrimSpace(labels[i]) != "" {
			names[i] = labels[i]
		} else {
			names[i] = fmt.Sprintf("#%d", i+1)
		}
		texts[i] = formatDuration(d)
		if i > 0 && durations[0] > 0 && d > 0 {
			texts[i] += " (" + speedup(float64(durations[0])/float64(d)) + ")"
		}
	}
	return names, texts
}

// timeUnit picks the unit that shows d with one to three digits before
// the point.
func timeUnit(d time.Duration) (time.Duration, string) {
	switch {
	case d >= time.Second:
		return time.Second, "seconds"
	case d >= time.Millisecond:
		return time.Millisecond, "milliseconds"
	case d >= time.Microsecond:
		return time.Microsecond, "microseconds"
	}
	return time.Nanosecond, "nanoseconds"
}

// formatDuration writes d with three significant digits: 1.23 s, 45.6 ms.
func formatDuration(d time.Duration) string {
	unit, _ := timeUnit(d)
	name := map[time.Duration]string{time.Second: "s", time.Millisecond: "ms", time.Microsecond: "µs", time.Nanosecond: "ns"}[unit]
	v := float64(d) / float64(unit)
	switch {
	case unit == time.Nanosecond || v >= 100:
		return fmt.Sprintf("%.0f %s", v, name)
	case v >= 10:
		return fmt.Sprintf("%.1f %s", v, name)
	}
	return fmt.Sprintf("%.2f %s", v, name)
}

// speedup describes a ratio of times to a baseline: "3.2× faster",
// "1.5× slower", or "same" within 5%.
func speedup(r float64) string {
	switch {
	case r >= 1.05:
		return ratio(r) + "× faster"
	case r <= 1/1.05:
		return ratio(1/r) + "× slower"
	}
	return "same"
}

// ratio writes r with two or three significant digits.
func ratio(r float64) string {
	if r >= 10 {
		return fmt.Sprintf("%.0f", r)
	}
	return fmt.Sprintf("%.1f", r)
}

// niceTicks labels an axis at steps of 1, 2 or 5 times a power of ten,
// five to ten of them, with as few decimals as the step needs.
type niceTicks struct{}

// Ticks returns the ticks between lo and hi.
func (niceTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 3, 64)}}
	}
	raw := (hi - lo) / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	decimals := max(0, -int(math.Floor(math.Log10(step)+1e-9)))
	var ticks []plot.Tick
	for i := math.Ceil(lo/step - 1e-9); i*step <= hi+step*1e-9; i++ {
		v := i * step
		if v == 0 {
			v = 0 // not -0
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', decimals, 64)})
		if half := v + step/2; half <= hi {
			ticks = append(ticks, plot.Tick{Value: half})
		}
	}
	return ticks
}
