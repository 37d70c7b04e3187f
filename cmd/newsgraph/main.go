// Command newsgraph turns news articles into a knowledge graph of entities,
// relations and attributed statements, stores it in Cayley, answers queries
// and exports maps and data. Run "newsgraph help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"newsgraph/extract/record"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
)

// command is one subcommand of the CLI.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command reads and writes, so tests can run commands in-process.
type env struct {
	stdout io.Writer
	stderr io.Writer
	// beforeExtract, set by tests only, runs before each document's
	// extraction; a panic in it stands for a bug of the extractor.
	beforeExtract func(record.Document)
}

// errUsage marks an error already explained by a usage message.
var errUsage = errors.New("usage")

// errBadFlag is a usage error already explained on stderr (by the flag
// package, or by a usage message): main prints nothing more for it.
var errBadFlag = fmt.Errorf("bad flag: %w", errUsage)

// usageError is a mistake on the command line, said in one sentence; main
// prints it once, with where to read the flags, and exits with status 2.
type usageError struct {
	msg string
	cmd string // the command whose --help explains, when not the top command: "query top"
}

func (e *usageError) Error() string        { return e.msg }
func (e *usageError) Is(target error) bool { return target == errUsage }

func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errSkipped is returned when some inputs were skipped; the exit status is 3.
var errSkipped = errors.New("some inputs were skipped")

func commands() []command {
	return []command{
		{"extract", "extract records from articles (JSON Lines or text)", runExtract},
		{"build", "extract articles and load them into the graph store", runBuild},
		{"remove", "remove a document and the facts only it supported", runRemove},
		{"merge", "record that two entities are one (kept by later builds)", runMerge},
		{"split", "record that some names of an entity are another entity", runSplit},
		{"retype", "record an entity's type", runRetype},
		{"wrong", "record that a fact (relation or statement) is wrong (kept by later builds)", runWrong},
		{"stats", "count entities, relations, statements, documents, quads", runStats},
		{"check", "verify the store's invariants", runCheck},
		{"query", "ask the graph: about, said-by, between, neighbors, path, top, ...", runQuery},
		{"export", "write the graph as a map (svg, png, dot) or data (nquads, csv, graphml, ...)", runExport},
		{"openie", "Open IE over one sentence per line (CaRB format)", runOpenIE},
		{"parse", "tag and parse text into dependency trees (CoNLL-U)", runParse},
		{"serve", "serve a web page and JSON API over the store (read-only unless --curate)", runServe},
		{"demo", "build a graph from the built-in example articles and write demo.svg", runDemo},
		{"version", "print the version, commit and Go version newsgraph was built with", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, &env{stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
}

// run executes the command line args and returns the exit status:
// 0 success, 1 error, 2 usage error, 3 some inputs skipped.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		args = []string{"version"}
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			return run(ctx, e, []string{args[1], "--help"})
		}
		usage(e.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			if !errors.Is(err, errBadFlag) {
				fmt.Fprintf(e.stderr, "newsgraph %s: %v\n", c.name, err)
				var ue *usageError
				if errors.As(err, &ue) {
					help := c.name
					if ue.cmd != "" {
						help = ue.cmd
					}
					fmt.Fprintf(e.stderr, "Run 'newsgraph %s --help' for the flags.\n", help)
				}
			}
			return 2
		case errors.Is(err, errSkipped):
			fmt.Fprintf(e.stderr, "newsgraph %s: %v\n", c.name, err)
			return 3
		default:
			fmt.Fprintf(e.stderr, "newsgraph %s: %v\n", c.name, err)
			return 1
		}
	}
	names := make([]string, 0, len(commands()))
	for _, c := range commands() {
		names = append(names, c.name)
	}
	if m := closest(args[0], names); m != "" {
		fmt.Fprintf(e.stderr, "newsgraph: unknown command %q; did you mean %q?\n\n", args[0], m)
	} else {
		fmt.Fprintf(e.stderr, "newsgraph: unknown command %q\n\n", args[0])
	}
	usage(e.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: newsgraph COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'newsgraph COMMAND --help' for a command's flags.")
}

// newFlagSet returns a flag set whose usage names the command and what it takes.
func newFlagSet(e *env, name, argsUsage, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: newsgraph %s [flags] %s\n\n%s\n\nflags:\n", name, argsUsage, about)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("query between Putin Trump --json"), and maps a bad flag to errUsage.
// The positional arguments are returned in order.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			suggestFlag(fs, err)
			return nil, errBadFlag
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag stops at "--" too; everything after it is positional.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// suggestFlag follows the flag package's "flag provided but not defined"
// with the closest flag fs has, when one is close.
func suggestFlag(fs *flag.FlagSet, err error) {
	const undefined = "flag provided but not defined: "
	msg := err.Error()
	if !strings.HasPrefix(msg, undefined) {
		return
	}
	name := strings.TrimLeft(msg[len(undefined):], "-")
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if m := closest(name, names); m != "" {
		fmt.Fprintf(fs.Output(), "did you mean --%s?\n", m)
	}
}

// closest returns the candidate nearest to typed when it is near enough to
// be a typo (at most a third of its letters differ, and no more than 2), or
// when typed is the start of exactly one candidate; otherwise "".
func closest(typed string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := editDistance(strings.ToLower(typed), strings.ToLower(c))
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	if bestD >= 0 && bestD <= min(2, max(1, len([]rune(typed))/3)) {
		return best
	}
	var prefixed []string
	for _, c := range candidates {
		if len(typed) >= 2 && strings.HasPrefix(c, strings.ToLower(typed)) {
			prefixed = append(prefixed, c)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	return ""
}

// editDistance is the Damerau–Levenshtein distance (optimal string
// alignment) between a and b: a swapped pair of letters counts as one typo.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// runVersion prints what the binary was built from: the module version (a
// tag when installed with go install newsgraph@vX, else "(devel)"), the
// commit and its time when built from a git checkout, and the Go version.
func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "version", "", "Print the version, commit and Go version newsgraph was built with.")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	version, commit, when, dirty := "(unknown)", "", "", false
	goVersion := runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		version, goVersion = bi.Main.Version, bi.GoVersion
		for _, kv := range bi.Settings {
			switch kv.Key {
			case "vcs.revision":
				commit = kv.Value
			case "vcs.time":
				when = kv.Value
			case "vcs.modified":
				dirty = kv.Value == "true"
			}
		}
	}
	line := "newsgraph " + version
	if commit != "" {
		line += " commit " + commit
		if dirty {
			line += " (modified)"
		}
		if when != "" {
			line += " " + when
		}
	}
	fmt.Fprintf(e.stdout, "%s %s %s/%s\n", line, goVersion, runtime.GOOS, runtime.GOARCH)
	return nil
}
