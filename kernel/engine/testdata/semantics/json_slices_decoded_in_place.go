// Decoding a JSON array into a slice the program already holds, of a
// declared element type with UnmarshalJSON: in place, as encoding/json
// does (shorter input cuts the slice, longer grows it, [] empties it,
// and a failing element leaves the slice as it was at that point).
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

type Score int

func (s *Score) UnmarshalJSON(b []byte) error {
	n, err := strconv.Atoi(string(b))
	if err != nil || n < 0 {
		return fmt.Errorf("bad score %s", b)
	}
	*s = Score(n)
	return nil
}

func main() {
	backing := make([]Score, 3, 8)
	scores := backing
	fmt.Println(json.Unmarshal([]byte(`[4, 5]`), &scores), scores, len(scores), cap(scores), backing[:3])
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3, 4]`), &scores), scores, len(scores))
	fmt.Println(json.Unmarshal([]byte(`[]`), &scores), scores, scores == nil, cap(scores))
	var fresh []Score
	fmt.Println(json.Unmarshal([]byte(`[7]`), &fresh), fresh, len(fresh))
	kept := []Score{9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1, -2, 3]`), &kept), kept)
}
