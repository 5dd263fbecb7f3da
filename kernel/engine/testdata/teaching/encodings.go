package main

import (
	"bytes"
	"crypto/md5"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math/bits"
	"os"
	"strings"
	"time"
	"unicode/utf8"
)

func main() {
	r := csv.NewReader(strings.NewReader("name,age\n\"Smith, J\",42\nLee,7\n"))
	records, err := r.ReadAll()
	fmt.Println(len(records), records[1][0], err)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"a", "b,c", `d"e`})
	w.Flush()
	fmt.Print(buf.String())
	fmt.Println(hex.EncodeToString([]byte("Go!")), hex.Dump([]byte("hi"))[:20])
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	binary.BigEndian.PutUint16(b[4:], 0x1234)
	fmt.Println(b, binary.LittleEndian.Uint32(b))
	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println(h.Sum32())
	fmt.Printf("%x\n", md5.Sum([]byte("The quick brown fox")))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.Reverse8(1), bits.Len(1024))
	s := "héllo, 世界!"
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneLen('世'))
	rr, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(rr), size)
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t2 := t.Add(90 * time.Minute)
	fmt.Println(t2.Format("2006-01-02 15:04 Mon"), t2.Weekday(), t2.YearDay(), t2.Sub(t))
	fmt.Println(t.Truncate(time.Hour).Format(time.RFC3339), t.AddDate(0, 1, 1).Format(time.DateOnly))
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Round(time.Minute))
	p, err := time.Parse("2006-01-02", "2024-12-25")
	fmt.Println(p.Weekday(), err, p.Before(t), t.Equal(t))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Title("x"), strings.Count("cheese", "e"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Fprintln(os.Stderr, "to stderr")
}
