package workerhost

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/engine"
	"github.com/goteach/goteach/mpkit"
)

// Spares is how many child processes the kernel keeps started and
// waiting, so that starting a Process from a cell costs one message.
const Spares = 2

// Attach makes the session's funcs runnable in child processes and
// returns the engine the kernel serves: it stops what an interrupted cell
// started, and every child when the session is reset or closed.
func Attach(eng *engine.Engine) kernel.Engine {
	mpkit.SetHost(New(eng))
	mpkit.Main()
	eng.SetResetHook(mpkit.Shutdown)
	return &procEngine{Engine: eng}
}

// ServeChild runs this process as an mpkit child of the kernel: it builds
// the session shipped by the kernel and runs the target. It never returns.
// prepare, if not nil, runs on the shipped declarations first (see
// Host.SetPrepare).
func ServeChild(opts engine.Options, prepare func([]engine.Decl) error) {
	opts.Lean = true
	h := NewChild(opts)
	h.SetPrepare(prepare)
	mpkit.SetHost(h)
	mpkit.Main()
	fmt.Fprintln(os.Stderr, "goteach: mpkit child returned from Main")
	os.Exit(1)
}

type procEngine struct {
	*engine.Engine
	spares sync.Once
}

// Execute runs a cell; when the cell is interrupted, the processes it
// started and the pool tasks it submitted are stopped.
func (p *procEngine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	// Spares start with the first cell, once the kernel has put its own
	// pipes on fd 1 and 2: children inherit them, so what they print
	// reaches the notebook.
	p.spares.Do(func() { mpkit.SetSpares(Spares) })
	mark := mpkit.NewMark()
	res := p.Engine.Execute(ctx, req, out)
	switch {
	case ctx.Err() != nil:
		mpkit.CancelSince(mark, 300*time.Millisecond)
	case res.Err != nil && strings.Contains(res.Err.Value, "cannot start another process: too many processes"):
		// A fork bomb: its processes would go on starting processes in
		// every slot that frees up.
		mpkit.CancelSince(mark, 300*time.Millisecond)
		out.Stream("stderr", "(the processes this cell started were stopped: it reached the process limit)\n")
	}
	return res
}

// Reset drops the session and every process it started.
func (p *procEngine) Reset() {
	mpkit.Shutdown()
	p.Engine.Reset()
}

// Close stops every process the session started, then the session.
func (p *procEngine) Close() {
	mpkit.Shutdown()
	mpkit.SetSpares(0)
	p.Engine.Close()
}
