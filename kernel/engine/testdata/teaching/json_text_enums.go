// An enum encoded to JSON by its MarshalText and decoded by its
// UnmarshalText, as values, pointers, slice elements and map keys.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Status int

const (
	Pending Status = iota
	Active
	Closed
)

var statusNames = []string{"pending", "active", "closed"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, fmt.Errorf("bad status %d", int(s))
	}
	return []byte(statusNames[s]), nil
}

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == strings.ToLower(string(b)) {
			*s = Status(i)
			return nil
		}
	}
	return errors.New("unknown status " + string(b))
}

type Level string

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(l))), nil }

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }

func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

type Task struct {
	Name   string         `json:"name"`
	Status Status         `json:"status"`
	Prev   *Status        `json:"prev,omitempty"`
	Tags   []Status       `json:"tags"`
	Counts map[Status]int `json:"counts"`
	Levels map[Level]int  `json:"levels"`
	At     Point          `json:"at"`
	Grid   map[Point]string
}

func main() {
	prev := Pending
	t := Task{Name: "ship", Status: Active, Prev: &prev, Tags: []Status{Pending, Closed},
		Counts: map[Status]int{Closed: 2, Active: 1}, Levels: map[Level]int{"low": 1},
		At: Point{1, 2}, Grid: map[Point]string{{0, 1}: "a", {2, 3}: "b"}}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	var back Task
	err = json.Unmarshal(b, &back)
	fmt.Println(err)
	fmt.Printf("%v %v %v %v %v %v %v\n", back.Status, *back.Prev, back.Tags, back.Counts, back.Levels, back.At, back.Grid)
	err = json.Unmarshal([]byte(`{"status":"weird"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"status":3}`), &back)
	fmt.Println(err)
	_, err = json.Marshal(Status(9))
	fmt.Println(err)
	var m map[Status]bool
	err = json.Unmarshal([]byte(`{"ACTIVE":true,"closed":false}`), &m)
	fmt.Println(m, err)
	b, _ = json.Marshal([]Status{Active})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]Status{"x": Closed})
	fmt.Println(string(b))
}
