package display

import (
	"errors"
	"strings"
	"testing"
)

type prompter struct {
	recorder
	prompts   []string
	passwords []bool
}

func (p *prompter) Input(prompt string, password bool) (string, error) {
	p.prompts = append(p.prompts, prompt)
	p.passwords = append(p.passwords, password)
	if prompt == "fail" {
		return "", errors.New("no input allowed")
	}
	return "answer", nil
}

func TestInputAndPasswordAskThePublisher(t *testing.T) {
	p := &prompter{}
	prev := SetPublisher(p)
	defer SetPublisher(prev)
	if s, err := Input("name? "); s != "answer" || err != nil {
		t.Errorf("Input = %q, %v", s, err)
	}
	if s, err := Password("pw: "); s != "answer" || err != nil {
		t.Errorf("Password = %q, %v", s, err)
	}
	if _, err := Password("fail"); err == nil || !strings.Contains(err.Error(), "no input allowed") {
		t.Errorf("failing prompt: %v", err)
	}
	if strings.Join(p.prompts, "|") != "name? |pw: |fail" || p.passwords[0] || !p.passwords[1] {
		t.Errorf("prompts %q passwords %v", p.prompts, p.passwords)
	}
}

func TestInputWithoutPrompter(t *testing.T) {
	prev := SetPublisher(&recorder{})
	defer SetPublisher(prev)
	if _, err := Password("pw: "); !errors.Is(err, ErrNoInput) {
		t.Errorf("err = %v, want ErrNoInput", err)
	}
}

func TestReadLineStopsAtNewline(t *testing.T) {
	r := strings.NewReader("first\r\nsecond")
	if s, err := readLine(r); s != "first" || err != nil {
		t.Errorf("readLine = %q, %v", s, err)
	}
	if s, err := readLine(r); s != "second" || err != nil {
		t.Errorf("readLine at EOF = %q, %v", s, err)
	}
	if _, err := readLine(r); err == nil {
		t.Error("readLine after EOF succeeded")
	}
}
