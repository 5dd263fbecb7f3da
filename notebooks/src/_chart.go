import (
	"fmt"
	"html"
	"strings"

	"github.com/goteach/goteach/kernel/display"
)

// barChart shows durations in seconds as a horizontal bar chart (SVG).
func barChart(title string, labels []string, seconds []float64) {
	const left, width, row = 200, 320, 30
	longest := 0.0
	for _, s := range seconds {
		if s > longest {
			longest = s
		}
	}
	colors := []string{"#4e79a7", "#f28e2b", "#59a14f", "#e15759"}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="13">`,
		left+width+90, 44+row*len(labels))
	fmt.Fprintf(&b, `<text x="10" y="20" font-weight="bold">%s</text>`, html.EscapeString(title))
	for i, s := range seconds {
		y := 32 + i*row
		w := 0.0
		if longest > 0 {
			w = s / longest * width
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, left-8, y+17, html.EscapeString(labels[i]))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="22" fill="%s"/>`, left, y+2, w, colors[i%len(colors)])
		fmt.Fprintf(&b, `<text x="%.1f" y="%d">%.2f s</text>`, float64(left)+w+6, y+17, s)
	}
	b.WriteString(`</svg>`)
	display.SVG(b.String())
}
