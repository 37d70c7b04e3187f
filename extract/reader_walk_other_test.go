//go:build !unix

package extract

import "errors"

func mkfifo(string) error { return errors.New("no FIFOs on this platform") }
