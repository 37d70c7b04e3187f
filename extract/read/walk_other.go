//go:build !unix

package read

import "io/fs"

// keyOf has no portable file identity to offer here; Walk then relies on its
// depth limit to end symbolic link loops.
func keyOf(fs.FileInfo) (fileKey, bool) { return fileKey{}, false }
