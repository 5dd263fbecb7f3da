package display

// PNGBundle is the bundle and metadata for PNG-encoded bytes shown at
// width x height CSS pixels. An image drawn at twice its display size and
// shown this way stays sharp on high-density screens. A zero width or
// height stands for the image's own size.
func PNGBundle(b []byte, width, height int) (data, metadata map[string]any) {
	data = imageBundle(MIMEPNG, b)
	if width <= 0 || height <= 0 {
		return data, imageMetadata(b)
	}
	return data, sizeMetadata(MIMEPNG, width, height)
}

// PNGSized shows PNG-encoded bytes at width x height CSS pixels (see
// PNGBundle).
func PNGSized(b []byte, width, height int) { Publish(PNGBundle(b, width, height)) }
