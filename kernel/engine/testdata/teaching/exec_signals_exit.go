package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	out, err := exec.Command("date", "-u", "-d", "@0", "+%Y").Output()
	if err != nil {
		panic(err)
	}
	fmt.Print("> date\n", string(out))
	grepCmd := exec.Command("grep", "hello")
	grepIn, _ := grepCmd.StdinPipe()
	grepOut, _ := grepCmd.StdoutPipe()
	grepCmd.Start()
	grepIn.Write([]byte("hello grep\ngoodbye grep"))
	grepIn.Close()
	buf := make([]byte, 100)
	n, _ := grepOut.Read(buf)
	grepCmd.Wait()
	fmt.Print("> grep hello\n", string(buf[:n]))
	_, err = exec.Command("ls", "/definitely/not/here").Output()
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println("exit code", ee.ExitCode(), strings.Contains(string(ee.Stderr), "No such file"))
	}

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	sig := <-sigs
	fmt.Println("got", sig)
	signal.Stop(sigs)

	defer fmt.Println("!")
	os.Exit(3)
}
