package server

import "testing"

func TestCursorOffsets(t *testing.T) {
	s := "aé€😀b"
	for runes, bytes := range map[int]int{0: 0, 1: 1, 2: 3, 3: 6, 4: 10, 5: 11, 9: 11} {
		if got := runeOffsetToByte(s, runes); got != bytes {
			t.Errorf("runeOffsetToByte(%d) = %d, want %d", runes, got, bytes)
		}
	}
	for bytes, runes := range map[int]int{0: 0, 1: 1, 3: 2, 6: 3, 10: 4, 11: 5, 50: 5} {
		if got := byteOffsetToRune(s, bytes); got != runes {
			t.Errorf("byteOffsetToRune(%d) = %d, want %d", bytes, got, runes)
		}
	}
}
