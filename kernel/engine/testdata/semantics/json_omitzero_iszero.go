// encoding/json's omitzero asks a cell type's IsZero method (also one
// with a pointer receiver, and next to MarshalJSON), else the value.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Period struct{ Start, End int }

func (p Period) IsZero() bool { return p.End <= p.Start }

type Money struct{ Cents int64 }

func (m *Money) IsZero() bool { return m.Cents == 0 }

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"$%d.%02d"`, m.Cents/100, m.Cents%100)), nil
}

type Plain struct{ A, B int }

type Job struct {
	Name   string    `json:"name"`
	Period Period    `json:"period,omitzero"`
	Price  Money     `json:"price,omitzero"`
	Fee    Money     `json:"fee"`
	Extra  Plain     `json:"extra,omitzero"`
	When   time.Time `json:"when,omitzero"`
	Tags   []string  `json:"tags,omitzero"`
	Note   string    `json:"note,omitempty"`
}

func main() {
	for _, j := range []Job{
		{Name: "x", Period: Period{5, 1}},
		{Name: "y", Period: Period{1, 5}, Price: Money{250}, Extra: Plain{1, 0}, Tags: []string{}},
		{Name: "z", When: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Note: "n"},
	} {
		b, err := json.Marshal(j)
		fmt.Println(string(b), err)
	}
	var back Job
	err := json.Unmarshal([]byte(`{"name":"q","period":{"Start":1,"End":9},"extra":{"A":3}}`), &back)
	fmt.Printf("%+v %v\n", back, err)
}
