package symbols

import (
	"bytes"
	"os"
	"testing"

	"github.com/traefik/yaegi/extract"
)

// TestTablesCurrent fails when a package changed its exported API since
// its table was generated: run go generate ./kernel/symbols.
func TestTablesCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the packages' sources (several seconds)")
	}
	for path, file := range map[string]string{
		"github.com/goteach/goteach/kernel/display": "github_com-goteach-goteach-kernel-display.go",
		"github.com/goteach/goteach/mpkit":          "github_com-goteach-goteach-mpkit.go",
		"github.com/goteach/goteach/kernel/chart":   "github_com-goteach-goteach-kernel-chart.go",
		"gonum.org/v1/plot":                         "gonum_org-v1-plot.go",
		"gonum.org/v1/plot/plotter":                 "gonum_org-v1-plot-plotter.go",
		"gonum.org/v1/plot/plotutil":                "gonum_org-v1-plot-plotutil.go",
		"gonum.org/v1/plot/palette":                 "gonum_org-v1-plot-palette.go",
		"gonum.org/v1/plot/vg":                      "gonum_org-v1-plot-vg.go",
		"gonum.org/v1/plot/vg/draw":                 "gonum_org-v1-plot-vg-draw.go",
		"gonum.org/v1/plot/vg/vgimg":                "gonum_org-v1-plot-vg-vgimg.go",
		"gonum.org/v1/plot/vg/vgsvg":                "gonum_org-v1-plot-vg-vgsvg.go",
		"gonum.org/v1/plot/font":                    "gonum_org-v1-plot-font.go",
		"gonum.org/v1/plot/text":                    "gonum_org-v1-plot-text.go",
	} {
		var buf bytes.Buffer
		ext := extract.Extractor{Dest: "symbols"}
		if _, err := ext.Extract(path, "", &buf); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		have, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(have, buf.Bytes()) {
			t.Errorf("%s is out of date: run go generate ./kernel/symbols", file)
		}
	}
	if _, ok := Symbols["github.com/goteach/goteach/kernel/display/display"]["HTML"]; !ok {
		t.Errorf("display table is not registered")
	}
}
