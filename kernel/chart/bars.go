package chart

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/goteach/goteach/kernel/display"
)

// Bars is a horizontal bar chart drawn as SVG: a group of bars per label,
// one bar per series in each group, so that two measurements of the same
// thing (Go's and Python's timings of one program) sit side by side:
//
//	chart.Compare("效率比較", []string{"normal", "goroutines", "processes"},
//		chart.Series{Name: "Go", Values: chart.Seconds(t1, t2, t3)},
//		chart.Series{Name: "Python", Values: []float64{0.68, 0.74, 0.91}},
//	)
//
// Its text is SVG text, drawn with the fonts of whatever shows it (the
// browser, or rsvg-convert when a notebook is exported to PDF), so
// Chinese labels show wherever a CJK font is installed; fonts are not
// embedded. Each bar carries its series, label and value as data-
// attributes, for programs that read the chart back.
type Bars struct {
	// Title is drawn above the bars.
	Title string
	// Unit follows every value ("s" for seconds; may be empty).
	Unit string
	// Labels name the groups, top to bottom.
	Labels []string
	// Series are the bars of each group, in order, each in its colour.
	Series []Series
}

// Series is one set of bars of a Bars chart, one value per label.
type Series struct {
	// Name is shown in the legend.
	Name string
	// Values[i] belongs to the chart's Labels[i]. A NaN, negative or
	// missing value draws no bar (the group shows "–" for it).
	Values []float64
}

// Compare returns a timing chart: the bars are seconds, and each bar after
// a series' first says how much faster or slower it is than that first
// one (the baseline, usually the sequential program).
func Compare(title string, labels []string, series ...Series) *Bars {
	return &Bars{Title: title, Unit: "s", Labels: labels, Series: series}
}

// Seconds converts durations to seconds, for a Series' Values.
func Seconds(ds ...time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = d.Seconds()
	}
	return out
}

// value is series s's value for label i, and whether it is drawn.
func (b *Bars) value(s, i int) (float64, bool) {
	vs := b.Series[s].Values
	if i >= len(vs) || math.IsNaN(vs[i]) || math.IsInf(vs[i], 0) || vs[i] < 0 {
		return 0, false
	}
	return vs[i], true
}

// FontFamily is the font list of the charts' SVG text: CJK fonts first
// (their Latin glyphs are fine), then the viewer's sans-serif.
const FontFamily = "'Noto Sans CJK TC', 'Noto Sans CJK SC', 'Noto Sans CJK JP', " +
	"'Source Han Sans', 'Microsoft JhengHei', 'PingFang TC', sans-serif"

// Layout of a Bars chart, in CSS pixels.
const (
	barsFont    = 13  // text size
	barsTitle   = 15  // title size
	barsHeight  = 18  // one bar
	barsGap     = 3   // between the bars of a group
	barsGroup   = 14  // between groups
	barsLength  = 340 // the longest bar
	barsPadding = 12  // around the drawing
)

// textWidth estimates the width of s in pixels at size px: a wide (CJK)
// character is about 1 em, others about 0.6 em.
func textWidth(s string, px float64) float64 {
	w := 0.0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
			(r >= 0xff00 && r <= 0xffef) || (r >= 0x3000 && r <= 0x303f) {
			w += px
		} else {
			w += 0.6 * px
		}
	}
	return w
}

// formatValue writes v with three significant digits and the unit.
func (b *Bars) formatValue(v float64) string {
	var s string
	switch {
	case v == 0:
		s = "0"
	case v >= 100:
		s = strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 10:
		s = strconv.FormatFloat(v, 'f', 1, 64)
	case v >= 1:
		s = strconv.FormatFloat(v, 'f', 2, 64)
	case v >= 0.01:
		s = strconv.FormatFloat(v, 'f', 3, 64)
	default:
		s = strconv.FormatFloat(v, 'g', 3, 64)
	}
	if b.Unit != "" {
		s += " " + b.Unit
	}
	return s
}

// barText is the text after bar (s, i): the value and, for a timing chart
// (Unit "s"), the speed-up over the series' first value.
func (b *Bars) barText(s, i int) string {
	v, ok := b.value(s, i)
	if !ok {
		return "–"
	}
	text := b.formatValue(v)
	if base, ok := b.value(s, 0); ok && b.Unit == "s" && i > 0 && base > 0 && v > 0 {
		text += " (" + speedup(base/v) + ")"
	}
	return text
}

// SVG draws the chart as an SVG document.
func (b *Bars) SVG() string {
	esc := html.EscapeString
	longest := 0.0
	for s := range b.Series {
		for i := range b.Labels {
			if v, ok := b.value(s, i); ok {
				longest = math.Max(longest, v)
			}
		}
	}
	labelWidth := 0.0
	for _, l := range b.Labels {
		labelWidth = math.Max(labelWidth, textWidth(l, barsFont))
	}
	textRoom := 0.0
	for s := range b.Series {
		for i := range b.Labels {
			textRoom = math.Max(textRoom, textWidth(b.barText(s, i), barsFont-1))
		}
	}
	left := barsPadding + labelWidth + 10
	width := left + barsLength + 6 + textRoom + barsPadding
	width = math.Max(width, barsPadding*2+textWidth(b.Title, barsTitle))
	top := float64(barsPadding)
	if b.Title != "" {
		top += barsTitle + 8
	}
	legendY := top
	if len(b.Series) > 0 {
		top += barsFont + 10
	}
	group := float64(len(b.Series))*(barsHeight+barsGap) - barsGap
	height := top + float64(len(b.Labels))*(group+barsGroup) - barsGroup + barsPadding

	var w strings.Builder
	fmt.Fprintf(&w, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="%s" font-size="%d" class="goteach-bars">`,
		width, height, width, height, esc(FontFamily), barsFont)
	// What the chart shows, in words, for readers who cannot see it.
	fmt.Fprintf(&w, `<title>%s</title>`, esc(b.Alt()))
	fmt.Fprintf(&w, `<rect width="100%%" height="100%%" fill="#ffffff"/>`)
	if b.Title != "" {
		fmt.Fprintf(&w, `<text x="%d" y="%d" font-size="%d" font-weight="bold">%s</text>`,
			barsPadding, barsPadding+barsTitle, barsTitle, esc(b.Title))
	}
	x := left
	for s, ser := range b.Series {
		color := hexColor(s)
		fmt.Fprintf(&w, `<rect x="%.1f" y="%.1f" width="12" height="12" fill="%s"/>`, x, legendY+1, color)
		fmt.Fprintf(&w, `<text x="%.1f" y="%.1f">%s</text>`, x+16, legendY+barsFont-1, esc(ser.Name))
		x += 16 + textWidth(ser.Name, barsFont) + 18
	}
	fmt.Fprintf(&w, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#888888"/>`, left, top-4, left, height-barsPadding+4)
	for i, label := range b.Labels {
		y := top + float64(i)*(group+barsGroup)
		fmt.Fprintf(&w, `<text x="%.1f" y="%.1f" text-anchor="end">%s</text>`, left-8, y+group/2+barsFont*0.35, esc(label))
		for s, ser := range b.Series {
			by := y + float64(s)*(barsHeight+barsGap)
			v, ok := b.value(s, i)
			length := 0.0
			if ok && longest > 0 {
				length = v / longest * barsLength
			}
			if ok {
				fmt.Fprintf(&w, `<rect class="bar" data-series="%s" data-label="%s" data-value="%s" x="%.1f" y="%.1f" width="%.1f" height="%d" fill="%s"/>`,
					esc(ser.Name), esc(label), strconv.FormatFloat(v, 'g', -1, 64), left, by, length, barsHeight, hexColor(s))
			}
			fmt.Fprintf(&w, `<text x="%.1f" y="%.1f" font-size="%d" fill="#333333">%s</text>`,
				left+length+6, by+barsHeight*0.72, barsFont-1, esc(b.barText(s, i)))
		}
	}
	w.WriteString(`</svg>`)
	return w.String()
}

// hexColor is the colour of series s as #rrggbb.
func hexColor(s int) string {
	r, g, b, _ := barColors[s%len(barColors)].RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// MIMEBundle is the chart as a notebook shows it: the SVG, and its text
// form.
func (b *Bars) MIMEBundle() (data, metadata map[string]any) {
	data = display.SVGBundle(b.SVG())
	data[display.MIMEText] = b.String()
	return data, nil
}

// Show displays the chart now (for a chart in the middle of a cell).
func (b *Bars) Show() { display.Publish(b.MIMEBundle()) }

// Alt is the chart's alternative text: its title and, per label, each
// series' value, as String gives them without the brackets.
func (b *Bars) Alt() string {
	s := strings.TrimSuffix(strings.TrimPrefix(b.String(), "<bars"), ">")
	if b.Title != "" {
		s = strings.Replace(s, strconv.Quote(b.Title), b.Title, 1)
	}
	return strings.TrimPrefix(strings.TrimPrefix(s, " "), "; ")
}

// String describes the chart in words: its title and, per label, each
// series' value.
func (b *Bars) String() string {
	var w strings.Builder
	w.WriteString("<bars")
	if b.Title != "" {
		fmt.Fprintf(&w, " %q", b.Title)
	}
	for i, l := range b.Labels {
		fmt.Fprintf(&w, "; %s:", l)
		for s, ser := range b.Series {
			if s > 0 {
				w.WriteString(",")
			}
			fmt.Fprintf(&w, " %s %s", ser.Name, b.barText(s, i))
		}
	}
	w.WriteString(">")
	return w.String()
}
