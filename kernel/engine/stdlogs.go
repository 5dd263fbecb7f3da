package engine

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"reflect"
	"sync"
	"time"

	"github.com/traefik/yaegi/stdlib"
)

// The log package's standard logger and log/slog's default logger are
// the process's in compiled Go; the kernel keeps the process's standard
// logger for its own messages (the kernel log), and the interpreter's
// log funcs write through a logger of its own. Left so, slog.Info's
// default handler would write to the kernel log, never the cell, and
// slog.SetDefault would not reach log.Print. Cells get a pair of their
// own instead, tied together as Go ties the process's:
//
//   - log.Default() and log's funcs share one logger, writing to the
//     cell's standard error (os.Stdout and os.Stderr as the cell's);
//   - slog's default handler writes "INFO msg k=v" through that logger,
//     with its prefix and flags;
//   - slog.SetDefault with another handler makes log's output that
//     handler, with no flags, as Go does.

// cellLogs are a session's standard logger and slog default.
type cellLogs struct {
	s   *sessionIO
	std *log.Logger // log.Default() as cells see it
	// level is slog.SetLogLoggerLevel's: the level of log's lines handed
	// to a slog handler, and the least the default handler writes.
	level slog.LevelVar

	mu   sync.Mutex
	out  io.Writer    // the writer cells set (log.Writer returns it)
	slog *slog.Logger // slog.Default()
}

func newCellLogs(s *sessionIO) *cellLogs {
	c := &cellLogs{s: s, out: os.Stderr}
	c.std = log.New(routedWriter{s, os.Stderr}, "", log.LstdFlags)
	c.slog = slog.New(&cellDefaultHandler{logs: c})
	return c
}

// routedWriter writes to w, or to the cell's own output for the
// process's standard output and error.
type routedWriter struct {
	s *sessionIO
	w io.Writer
}

// Write writes p to the writer the cell meant.
func (r routedWriter) Write(p []byte) (int, error) { return r.s.writerFor(r.w).Write(p) }

// setOutput is log.SetOutput.
func (c *cellLogs) setOutput(w io.Writer) {
	c.mu.Lock()
	c.out = w
	c.mu.Unlock()
	c.std.SetOutput(routedWriter{c.s, w})
}

// writer is log.Writer.
func (c *cellLogs) writer() io.Writer {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out
}

// slogDefault is slog.Default.
func (c *cellLogs) slogDefault() *slog.Logger {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.slog
}

// setSlogDefault is slog.SetDefault: a handler other than the default
// one gets log's lines, as records of slog.SetLogLoggerLevel's level.
func (c *cellLogs) setSlogDefault(l *slog.Logger) {
	c.mu.Lock()
	c.slog = l
	c.mu.Unlock()
	if _, ok := l.Handler().(*cellDefaultHandler); !ok {
		c.setOutput(&slogWriter{h: l.Handler(), level: &c.level})
		c.std.SetFlags(0)
	}
}

// slogWriter hands each line log writes to a slog handler, as a record
// of the message without its newline.
type slogWriter struct {
	h     slog.Handler
	level *slog.LevelVar
}

// Write hands the line in p to the handler.
func (w *slogWriter) Write(p []byte) (int, error) {
	level := w.level.Level()
	if !w.h.Enabled(context.Background(), level) {
		return 0, nil
	}
	n := len(p)
	p = bytes.TrimSuffix(p, []byte("\n"))
	return n, w.h.Handle(context.Background(), slog.NewRecord(time.Now(), level, string(p), 0))
}

// cellDefaultHandler is slog's default handler for cells: "LEVEL msg
// k=v ..." written through the cells' standard logger.
type cellDefaultHandler struct {
	logs *cellLogs
	// with are the attributes and groups added to the handler, in turn:
	// an slog.Attr slice or a group's name.
	with []any
}

// Enabled reports whether level is at least slog.SetLogLoggerLevel's.
func (h *cellDefaultHandler) Enabled(_ context.Context, level slog.Level) bool {
	return level >= h.logs.level.Level()
}

// WithAttrs returns the handler with attrs added.
func (h *cellDefaultHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	return &cellDefaultHandler{logs: h.logs, with: append(h.with[:len(h.with):len(h.with)], attrs)}
}

// WithGroup returns the handler with its later attributes in group name.
func (h *cellDefaultHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return &cellDefaultHandler{logs: h.logs, with: append(h.with[:len(h.with):len(h.with)], name)}
}

// Handle writes r. Its attributes are written as slog's text handler
// writes them, which shares its code with the default handler: the
// text handler's line for r, after that of r's level and message alone.
func (h *cellDefaultHandler) Handle(ctx context.Context, r slog.Record) error {
	var full, bare bytes.Buffer
	var th slog.Handler = slog.NewTextHandler(&full, nil)
	for _, w := range h.with {
		switch w := w.(type) {
		case []slog.Attr:
			th = th.WithAttrs(w)
		case string:
			th = th.WithGroup(w)
		}
	}
	r2 := r.Clone()
	r2.Time = time.Time{} // (no time= attribute)
	if err := th.Handle(ctx, r2); err != nil {
		return err
	}
	if err := slog.NewTextHandler(&bare, nil).Handle(ctx, slog.NewRecord(time.Time{}, r.Level, r.Message, 0)); err != nil {
		return err
	}
	attrs := bytes.TrimSuffix(full.Bytes()[min(bare.Len()-1, full.Len()):], []byte("\n"))
	return h.logs.std.Output(2, r.Level.String()+" "+r.Message+string(attrs))
}

// symbols are the log and log/slog funcs of cells that reach the
// session's loggers, and the interpreter's type mappings of those that
// take values to print.
func (c *cellLogs) symbols() (map[string]map[string]reflect.Value, map[reflect.Value][]reflect.Type) {
	std := c.std
	fatal := func(msg string) {
		std.Output(3, msg) //nolint:errcheck
		c.s.hookExit(1)
	}
	logs := map[string]reflect.Value{
		"Default":   reflect.ValueOf(func() *log.Logger { return std }),
		"Flags":     reflect.ValueOf(std.Flags),
		"SetFlags":  reflect.ValueOf(std.SetFlags),
		"Prefix":    reflect.ValueOf(std.Prefix),
		"SetPrefix": reflect.ValueOf(std.SetPrefix),
		"Writer":    reflect.ValueOf(c.writer),
		"SetOutput": reflect.ValueOf(c.setOutput),
		"Output":    reflect.ValueOf(std.Output),
		"Print":     reflect.ValueOf(std.Print),
		"Printf":    reflect.ValueOf(std.Printf),
		"Println":   reflect.ValueOf(std.Println),
		"Panic":     reflect.ValueOf(std.Panic),
		"Panicf":    reflect.ValueOf(std.Panicf),
		"Panicln":   reflect.ValueOf(std.Panicln),
		"Fatal":     reflect.ValueOf(func(v ...any) { fatal(fmt.Sprint(v...)) }),
		"Fatalf":    reflect.ValueOf(func(f string, v ...any) { fatal(fmt.Sprintf(f, v...)) }),
		"Fatalln":   reflect.ValueOf(func(v ...any) { fatal(fmt.Sprintln(v...)) }),
	}
	mapTypes := map[reflect.Value][]reflect.Type{}
	for name, f := range map[string]any{
		"Print": log.Print, "Printf": log.Printf, "Println": log.Println,
		"Panic": log.Panic, "Panicf": log.Panicf, "Panicln": log.Panicln,
		"Fatal": log.Fatal, "Fatalf": log.Fatalf, "Fatalln": log.Fatalln,
	} {
		if mt, ok := stdlib.MapTypes[reflect.ValueOf(f)]; ok {
			mapTypes[logs[name]] = mt
		}
	}
	def := c.slogDefault
	slogs := map[string]reflect.Value{
		"Default":           reflect.ValueOf(def),
		"SetDefault":        reflect.ValueOf(c.setSlogDefault),
		"SetLogLoggerLevel": reflect.ValueOf(func(l slog.Level) slog.Level { old := c.level.Level(); c.level.Set(l); return old }),
		"With":              reflect.ValueOf(func(args ...any) *slog.Logger { return def().With(args...) }),
		"Debug":             reflect.ValueOf(func(msg string, args ...any) { def().Debug(msg, args...) }),
		"Info":              reflect.ValueOf(func(msg string, args ...any) { def().Info(msg, args...) }),
		"Warn":              reflect.ValueOf(func(msg string, args ...any) { def().Warn(msg, args...) }),
		"Error":             reflect.ValueOf(func(msg string, args ...any) { def().Error(msg, args...) }),
		"DebugContext":      reflect.ValueOf(func(ctx context.Context, msg string, args ...any) { def().DebugContext(ctx, msg, args...) }),
		"InfoContext":       reflect.ValueOf(func(ctx context.Context, msg string, args ...any) { def().InfoContext(ctx, msg, args...) }),
		"WarnContext":       reflect.ValueOf(func(ctx context.Context, msg string, args ...any) { def().WarnContext(ctx, msg, args...) }),
		"ErrorContext":      reflect.ValueOf(func(ctx context.Context, msg string, args ...any) { def().ErrorContext(ctx, msg, args...) }),
		"Log": reflect.ValueOf(func(ctx context.Context, level slog.Level, msg string, args ...any) {
			def().Log(ctx, level, msg, args...)
		}),
		"LogAttrs": reflect.ValueOf(func(ctx context.Context, level slog.Level, msg string, attrs ...slog.Attr) {
			def().LogAttrs(ctx, level, msg, attrs...)
		}),
	}
	return map[string]map[string]reflect.Value{"log/log": logs, "log/slog/slog": slogs}, mapTypes
}
