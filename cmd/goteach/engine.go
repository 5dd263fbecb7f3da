package main

import (
	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/engine"
)

// newEngine returns the cell engine the kernel serves.
func newEngine() (kernel.Engine, error) {
	return engine.New(engine.Options{})
}
