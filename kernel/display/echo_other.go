//go:build !linux

package display

import (
	"errors"
	"os"
)

// echoOff is not implemented here: the password is read with echo.
func echoOff(*os.File) (func(), error) { return nil, errors.New("no terminal control") }
