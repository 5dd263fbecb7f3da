// Effective Go's Job: a struct embedding a *log.Logger logs through it.
package main

import (
	"bytes"
	"fmt"
	"log"
)

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job {
	return &Job{command, logger}
}

func (job *Job) Printf(format string, args ...interface{}) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

type Audit struct {
	log.Logger
	n int
}

func main() {
	var buf bytes.Buffer
	job := NewJob("backup", log.New(&buf, "Job: ", 0))
	job.Println("starting now...")
	job.Printf("%d files", 12)
	job.Output(1, "raw output")
	job.SetPrefix("job> ")
	job.Print("done")
	var a Audit
	a.SetOutput(&buf)
	a.Println("audit", a.n)
	fmt.Print(buf.String())
}
