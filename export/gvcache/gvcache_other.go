//go:build !unix

package gvcache

// Restore does nothing where go-graphviz's cache folder is left as it is.
func Restore() {}
