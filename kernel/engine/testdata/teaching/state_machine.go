package main

import "fmt"

type State string

type Event string

type Machine struct {
	state       State
	transitions map[State]map[Event]State
	log         []string
}

func NewMachine() *Machine {
	return &Machine{
		state: "locked",
		transitions: map[State]map[Event]State{
			"locked":   {"coin": "unlocked", "push": "locked"},
			"unlocked": {"push": "locked", "coin": "unlocked"},
		},
	}
}

func (m *Machine) Fire(e Event) error {
	next, ok := m.transitions[m.state][e]
	if !ok {
		return fmt.Errorf("no transition from %q on %q", m.state, e)
	}
	m.log = append(m.log, fmt.Sprintf("%s -%s-> %s", m.state, e, next))
	m.state = next
	return nil
}

func main() {
	m := NewMachine()
	for _, e := range []Event{"push", "coin", "coin", "push", "kick"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	for i, l := range m.log {
		fmt.Println(i, l)
	}
	fmt.Printf("%v %q %T\n", m.state, m.state, m.state)
}
