package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type State int

const (
	Idle State = iota
	Running
	Stopped
)

var stateName = map[State]string{Idle: "idle", Running: "running", Stopped: "stopped"}

func (s State) String() string { return stateName[s] }

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

func main() {
	fmt.Println(KB, MB, GB, ByteSize(1500), ByteSize(3e9))
	fmt.Println(Idle, Running, Stopped, State(1))
	fmt.Printf("%v %d %s\n", Running, Running, Stopped)
	f := FlagA | FlagC
	fmt.Println(f, f&FlagB != 0, f&FlagC != 0)
	fmt.Printf("%08b %T\n", f, f)
	fmt.Println(a, b, c, d, e)
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	const typed int64 = 5
	fmt.Printf("%T %v\n", typed*2, typed*2)
}
