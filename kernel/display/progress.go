package display

import (
	"fmt"
	"html"
	"io"
	"strings"
	"sync"
	"time"
)

// progressInterval is the shortest time between two updates of a progress
// bar; the updates in between are folded into the next one, so a job with
// thousands of small steps does not flood the front end.
const progressInterval = 100 * time.Millisecond

// ProgressBar returns a func that shows the progress of a job: each call
// f(done, total) draws a bar with done of total steps finished, updated in
// place in the cell's output. The bar is marked complete (green, with the
// time taken since the bar was made) when done reaches total; calls after
// that start a new round in the same bar, timed from its first call. It fits mpkit's Pool.OnProgress and is as handy by hand:
//
//	pool.OnProgress(display.ProgressBar("squares"))
//
//	bar := display.ProgressBar("download")
//	for i := 1; i <= n; i++ {
//		work(i)
//		bar(i, n)
//	}
//
// Updates closer together than a tenth of a second are merged; the last
// one is always shown. Without a kernel the bar is a line of text on
// standard output, redrawn with a carriage return.
func ProgressBar(label string) func(done, total int) {
	p := &progress{label: label, h: NewHandle(), start: time.Now()}
	return p.set
}

type progress struct {
	label string
	h     *Handle

	mu       sync.Mutex
	done     int
	total    int
	start    time.Time // start of the current round (the first: when the bar was made)
	finished bool      // the current round is complete
	sent     time.Time // when the bar was last drawn
	dirty    bool      // state not drawn yet
	timer    *time.Timer
}

func (p *progress) set(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if p.finished && done < total {
		p.start, p.finished = now, false // a new round
	}
	p.done, p.total, p.dirty = done, total, true
	complete := done >= total
	if complete {
		p.finished = true
	}
	if complete || p.sent.IsZero() || now.Sub(p.sent) >= progressInterval {
		p.draw(now)
		return
	}
	if p.timer == nil {
		p.timer = time.AfterFunc(progressInterval-now.Sub(p.sent), p.flush)
	}
}

// flush draws an update that was held back.
func (p *progress) flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.timer = nil
	if p.dirty {
		p.draw(time.Now())
	}
}

// draw shows the current state; p.mu is held.
func (p *progress) draw(now time.Time) {
	if p.timer != nil {
		p.timer.Stop()
		p.timer = nil
	}
	p.sent, p.dirty = now, false
	elapsed := now.Sub(p.start)
	pub, w := current()
	if pub == nil {
		p.drawText(w, elapsed)
		return
	}
	text := p.text(elapsed)
	p.h.send(map[string]any{MIMEHTML: p.html(elapsed), MIMEText: text}, nil, false)
}

// drawText redraws the bar as one line of text on w.
func (p *progress) drawText(w io.Writer, elapsed time.Duration) {
	if w == nil {
		return
	}
	end := ""
	if p.finished {
		end = "\n"
	}
	io.WriteString(w, "\r"+p.text(elapsed)+end)
}

// fraction is done/total within [0, 1].
func (p *progress) fraction() float64 {
	if p.total <= 0 {
		return 1
	}
	f := float64(p.done) / float64(p.total)
	return min(max(f, 0), 1)
}

func (p *progress) status(elapsed time.Duration) string {
	pct := int(p.fraction()*100 + 1e-9)
	s := fmt.Sprintf("%d/%d (%d%%) %s", p.done, p.total, pct, roundDuration(elapsed))
	if p.finished {
		return fmt.Sprintf("%d/%d done in %s", p.done, p.total, roundDuration(elapsed))
	}
	if p.done > 0 && p.total > p.done {
		left := time.Duration(float64(elapsed) * float64(p.total-p.done) / float64(p.done))
		s += ", about " + roundDuration(left).String() + " left"
	}
	return s
}

func (p *progress) text(elapsed time.Duration) string {
	const width = 30
	n := int(p.fraction() * width)
	bar := strings.Repeat("#", n) + strings.Repeat(".", width-n)
	label := p.label
	if label != "" {
		label += " "
	}
	return fmt.Sprintf("%s[%s] %s", label, bar, p.status(elapsed))
}

func (p *progress) html(elapsed time.Duration) string {
	color, mark := "#2f80ed", ""
	if p.finished {
		color, mark = "#2e9e4f", "&#10003; "
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="goteach-progress" data-done="%d" data-total="%d" data-complete="%t" `+
		`style="display:flex;align-items:center;gap:0.6em;font-family:var(--jp-code-font-family,monospace);font-size:var(--jp-code-font-size,13px);margin:2px 0">`,
		p.done, p.total, p.finished)
	if p.label != "" {
		fmt.Fprintf(&b, `<span>%s</span>`, html.EscapeString(p.label))
	}
	fmt.Fprintf(&b, `<div role="progressbar" aria-valuemin="0" aria-valuemax="%d" aria-valuenow="%d" `+
		`style="width:20em;height:0.9em;border:1px solid #9a9a9a;border-radius:3px;background:#ececec;overflow:hidden">`+
		`<div style="width:%.1f%%;height:100%%;background:%s"></div></div>`,
		p.total, p.done, p.fraction()*100, color)
	fmt.Fprintf(&b, `<span>%s%s</span></div>`, mark, html.EscapeString(p.status(elapsed)))
	return b.String()
}

// roundDuration keeps two or three significant digits of d.
func roundDuration(d time.Duration) time.Duration {
	switch {
	case d >= 10*time.Second:
		return d.Round(100 * time.Millisecond)
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(time.Millisecond)
	}
	return d.Round(time.Microsecond)
}
