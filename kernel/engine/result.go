package engine

import (
	"strconv"
	"strings"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"github.com/goteach/goteach/kernel/display"
)

// resultBundle turns the values of a cell's trailing expression into an
// execute_result bundle. The text form is what fmt.Println would print,
// except that a string is quoted as a Go literal ("hi") and structs show
// their field names (%+v). A value with an HTML, Markdown, SVG, PNG or
// JPEG method, or an image.Image, is shown with it. Nothing is shown for
// no value or for a single nil (an expression of type error that is nil,
// say).
func resultBundle(vs []any) (data, metadata map[string]any, ok bool) {
	// The text of values the interpreter holds in its own forms (a boxed
	// Celsius in an any, an []any holding some) is what fmt prints in a
	// cell.
	viewed := fmtview.Args(vs...)
	switch {
	case len(vs) == 0:
		return nil, nil, false
	case len(vs) == 1 && vs[0] == nil:
		return nil, nil, false
	case len(vs) == 1:
		if s, isString := vs[0].(string); isString {
			return map[string]any{display.MIMEText: strconv.Quote(s)}, map[string]any{}, true
		}
		data, metadata = display.Bundle(vs[0])
		if _, text := data[display.MIMEText]; text && len(data) == 1 {
			data[display.MIMEText] = display.TextOf(viewed[0])
		}
		return data, metadata, true
	}
	parts := make([]string, len(vs))
	for i, v := range vs {
		if s, isString := v.(string); isString {
			parts[i] = strconv.Quote(s)
		} else {
			parts[i] = display.TextOf(viewed[i])
		}
	}
	return map[string]any{display.MIMEText: strings.Join(parts, " ")}, map[string]any{}, true
}
