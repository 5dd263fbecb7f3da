package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower(l.String()))
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "low":
		*l = Low
	case "high":
		*l = High
	default:
		return fmt.Errorf("bad level %q", s)
	}
	return nil
}

func (l Level) String() string {
	if l == High {
		return "HIGH"
	}
	return "LOW"
}

type Alert struct {
	Level Level     `json:"level"`
	At    time.Time `json:"at"`
	Note  string    `json:"note"`
}

func main() {
	a := Alert{High, time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC), "disk"}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	var back Alert
	err = json.Unmarshal(b, &back)
	fmt.Println(back.Level, back.At.Format(time.RFC822), back.Note, err)
	err = json.Unmarshal([]byte(`{"level":"mid"}`), &back)
	fmt.Println(err)
	levels := []Level{Low, High}
	b, _ = json.Marshal(levels)
	fmt.Println(string(b))
	fmt.Println(levels, fmt.Sprintf("%d", levels))
}
