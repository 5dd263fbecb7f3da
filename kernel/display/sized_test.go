package display

import (
	"bytes"
	"image"
	"image/png"
	"reflect"
	"testing"
)

type selfBundled struct{}

func (selfBundled) MIMEBundle() (map[string]any, map[string]any) {
	return map[string]any{MIMEPNG: "AAAA", MIMEText: "<mine>"}, map[string]any{"k": 1}
}

// HTML is never used: MIMEBundle wins.
func (selfBundled) HTML() string { return "<b>no</b>" }

func TestMIMEBundlerWins(t *testing.T) {
	data, md := Bundle(selfBundled{})
	if !reflect.DeepEqual(data, map[string]any{MIMEPNG: "AAAA", MIMEText: "<mine>"}) || md["k"] != 1 {
		t.Errorf("Bundle = %v, %v", data, md)
	}
}

func TestPNGBundleSize(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 20, 10)))
	data, md := PNGBundle(buf.Bytes(), 10, 5)
	if data[MIMEText] != "<image 20x10>" {
		t.Errorf("text %v", data[MIMEText])
	}
	if !reflect.DeepEqual(md, map[string]any{MIMEPNG: map[string]any{"width": 10, "height": 5}}) {
		t.Errorf("metadata %v", md)
	}
	_, md = PNGBundle(buf.Bytes(), 0, 0)
	if !reflect.DeepEqual(md, map[string]any{MIMEPNG: map[string]any{"width": 20, "height": 10}}) {
		t.Errorf("own size metadata %v", md)
	}
}
