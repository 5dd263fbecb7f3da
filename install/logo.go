package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
)

// The logo is a prompt, ">_", in white on a rounded square of Go's blue.
// One description in a 64×64 box feeds both the SVG and the rasteriser, so
// the PNGs and the SVG show the same picture.

const (
	logoBox    = 64.0 // side of the design box
	logoRadius = 12.0 // corner radius of the square
	logoStroke = 7.0  // width of the white strokes (round caps and joins)
)

var (
	logoSizes = []int{32, 64}
	logoBlue  = color.NRGBA{R: 0x00, G: 0xAD, B: 0xD8, A: 0xFF}
	logoWhite = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}

	// logoStrokes are polylines drawn with logoStroke: the chevron, then
	// the underscore.
	logoStrokes = [][]point{
		{{18, 20}, {32, 32}, {18, 44}},
		{{36, 44}, {48, 44}},
	}
)

type point struct{ X, Y float64 }

// logoSVG returns the logo as an SVG document.
func logoSVG() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%[1]g" height="%[1]g" viewBox="0 0 %[1]g %[1]g">`+"\n", logoBox)
	fmt.Fprintf(&b, `  <rect width="%[1]g" height="%[1]g" rx="%[2]g" ry="%[2]g" fill="%[3]s"/>`+"\n", logoBox, logoRadius, hexColor(logoBlue))
	for _, line := range logoStrokes {
		pts := make([]string, len(line))
		for i, p := range line {
			pts[i] = fmt.Sprintf("%g,%g", p.X, p.Y)
		}
		fmt.Fprintf(&b, `  <polyline points="%s" fill="none" stroke="%s" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round"/>`+"\n",
			strings.Join(pts, " "), hexColor(logoWhite), logoStroke)
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func hexColor(c color.NRGBA) string {
	return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B)
}

// logoImage renders the logo at size×size pixels with 8×8 supersampling.
func logoImage(size int) *image.NRGBA {
	const ss = 8
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	scale := logoBox / float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var inSquare, inStroke int
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					p := point{
						X: (float64(px) + (float64(sx)+0.5)/ss) * scale,
						Y: (float64(py) + (float64(sy)+0.5)/ss) * scale,
					}
					if !insideRoundedSquare(p) {
						continue
					}
					inSquare++
					if onStroke(p) {
						inStroke++
					}
				}
			}
			if inSquare == 0 {
				continue
			}
			// Over the square's samples, mix white and blue; the share of
			// samples inside the square is the alpha.
			w := float64(inStroke) / float64(inSquare)
			mix := func(a, b uint8) uint8 {
				return uint8(math.Round(float64(a)*(1-w) + float64(b)*w))
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: mix(logoBlue.R, logoWhite.R),
				G: mix(logoBlue.G, logoWhite.G),
				B: mix(logoBlue.B, logoWhite.B),
				A: uint8(math.Round(255 * float64(inSquare) / (ss * ss))),
			})
		}
	}
	return img
}

func insideRoundedSquare(p point) bool {
	// Distance from the inner rectangle whose corners are the arcs' centres.
	dx := math.Max(math.Max(logoRadius-p.X, p.X-(logoBox-logoRadius)), 0)
	dy := math.Max(math.Max(logoRadius-p.Y, p.Y-(logoBox-logoRadius)), 0)
	return p.X >= 0 && p.Y >= 0 && p.X <= logoBox && p.Y <= logoBox && dx*dx+dy*dy <= logoRadius*logoRadius
}

func onStroke(p point) bool {
	for _, line := range logoStrokes {
		for i := 0; i+1 < len(line); i++ {
			if segmentDistance(p, line[i], line[i+1]) <= logoStroke/2 {
				return true
			}
		}
	}
	return false
}

func segmentDistance(p, a, b point) float64 {
	abx, aby := b.X-a.X, b.Y-a.Y
	t := ((p.X-a.X)*abx + (p.Y-a.Y)*aby) / (abx*abx + aby*aby)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.X-(a.X+t*abx), p.Y-(a.Y+t*aby))
}

// logoPNG returns the logo encoded as a size×size PNG.
func logoPNG(size int) ([]byte, error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, logoImage(size)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
