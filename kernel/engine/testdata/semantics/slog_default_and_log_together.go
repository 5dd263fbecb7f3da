package main

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
)

// slog's default logger writes through log's standard logger, and
// slog.SetDefault makes log's lines go to the new handler.

type user struct {
	Name string
	Age  int
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	slog.Info("starting", "version", 2, "debug", false)
	log.SetPrefix("app: ")
	slog.Warn("disk almost full", slog.Group("disk", "used", 91, "unit", "%"))
	slog.Debug("not shown")
	old := slog.SetLogLoggerLevel(slog.LevelDebug)
	slog.Debug("shown now", "old", old)
	reqLog := slog.With("req", 7)
	reqLog.Info("handled", "user", user{"Ada", 36})
	reqLog.WithGroup("http").Error("failed", "status", 500, "path", "/a b")
	log.Println("through log")
	fmt.Println("writer is stdout:", log.Writer() == os.Stdout, log.Default().Prefix())

	var buf bytes.Buffer
	h := slog.NewTextHandler(&buf, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	slog.SetDefault(slog.New(h))
	slog.Info("json-free", "n", 3)
	log.Printf("old api %d", 42)
	log.Print("flags now ", log.Flags())
	slog.SetLogLoggerLevel(slog.LevelWarn)
	log.Print("as a warning")
	fmt.Print(strings.ReplaceAll(buf.String(), "\n", "\n  | "))
	fmt.Println()
}
