// Package kernel is the contract between goteach's Jupyter protocol
// server and the engines that run cells: Engine, the Output a running
// cell talks through, and the values they exchange; and the kernel log
// every part writes to.
//
// The parts, each in its own package: kernel/wire (messages, signing,
// connection files), kernel/transport (the ZeroMQ sockets and the guards
// on them), kernel/capture (fd 1 and 2 as stream output), kernel/history
// (the input history), kernel/server (the protocol loop), kernel/supervise
// (the engine process), kernel/engine (the interpreter session) and
// kernel/frontend (type checking and lowering of cells).
package kernel
