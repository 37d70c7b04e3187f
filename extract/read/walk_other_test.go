//go:build !unix

package read

import "errors"

func mkfifo(string) error { return errors.New("no FIFOs on this platform") }
