package codec

import (
	"reflect"
	"testing"
)

type small struct {
	A int
	B string
	C float64
}

var sink any

func benchMarshal(b *testing.B, v any) {
	b.Helper()
	buf, err := AppendMarshal(nil, v, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = AppendMarshal(buf[:0], v, nil)
	}
}

func benchUnmarshal(b *testing.B, v any) {
	b.Helper()
	data, err := Marshal(v, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		sink, _ = Unmarshal(data, nil)
	}
}

// benchRoundTrip is what a queue item or pipe message costs in encoding:
// Marshal into a fresh buffer, then Unmarshal.
func benchRoundTrip(b *testing.B, v any) {
	b.Helper()
	b.ReportAllocs()
	for b.Loop() {
		data, err := Marshal(v, nil)
		if err != nil {
			b.Fatal(err)
		}
		sink, _ = Unmarshal(data, nil)
	}
}

var (
	benchString = "a short string for a pipe"
	benchSmall  = small{A: 12345, B: "name", C: 2.5}
	benchFloats = func() []float64 {
		s := make([]float64, 1_000_000)
		for i := range s {
			s[i] = float64(i) / 3
		}
		return s
	}()
)

func BenchmarkMarshalInt(b *testing.B)         { benchMarshal(b, 123456) }
func BenchmarkUnmarshalInt(b *testing.B)       { benchUnmarshal(b, 123456) }
func BenchmarkRoundTripInt(b *testing.B)       { benchRoundTrip(b, 123456) }
func BenchmarkMarshalString(b *testing.B)      { benchMarshal(b, benchString) }
func BenchmarkUnmarshalString(b *testing.B)    { benchUnmarshal(b, benchString) }
func BenchmarkRoundTripString(b *testing.B)    { benchRoundTrip(b, benchString) }
func BenchmarkMarshalSmall(b *testing.B)       { benchMarshal(b, benchSmall) }
func BenchmarkUnmarshalSmall(b *testing.B)     { benchUnmarshal(b, benchSmall) }
func BenchmarkRoundTripSmall(b *testing.B)     { benchRoundTrip(b, benchSmall) }
func BenchmarkMarshalFloats1e6(b *testing.B)   { benchMarshal(b, benchFloats) }
func BenchmarkUnmarshalFloats1e6(b *testing.B) { benchUnmarshal(b, benchFloats) }

func BenchmarkRoundTripStructOf(b *testing.B) { benchRoundTrip(b, cellValue().Interface()) }

func BenchmarkMarshalAnySlice(b *testing.B) {
	s := make([]any, 1000)
	for i := range s {
		s[i] = i
	}
	benchMarshal(b, s)
}

func BenchmarkUnmarshalAsInt32(b *testing.B) {
	data, _ := Marshal(123, nil)
	typ := reflect.TypeFor[int32]()
	b.ReportAllocs()
	for b.Loop() {
		sink, _ = UnmarshalAs(data, nil, typ)
	}
}
