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
	"os"
	"os/signal"
	"syscall"

	"newsgraph/extract"
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
	beforeExtract func(extract.Document)
}

// errUsage marks an error already explained by a usage message.
var errUsage = errors.New("usage")

// errBadFlag is a usage error the flag package has already explained.
var errBadFlag = fmt.Errorf("bad flag: %w", errUsage)

// errSkipped is returned when some inputs were skipped; the exit status is 3.
var errSkipped = errors.New("some inputs were skipped")

func commands() []command {
	return []command{
		{"extract", "extract records from articles (JSON Lines or text)", runExtract},
		{"build", "extract articles and load them into the graph store", runBuild},
		{"remove", "remove a document and the facts only it supported", runRemove},
		{"stats", "count entities, relations, statements, documents, quads", runStats},
		{"check", "verify the store's invariants", runCheck},
		{"query", "ask the graph: about, said-by, between, neighbors, path, top, ...", runQuery},
		{"export", "write the graph as a map (svg, png, dot) or data (nquads, csv, graphml, ...)", runExport},
		{"openie", "Open IE over one sentence per line (CaRB format)", runOpenIE},
		{"parse", "tag and parse text into dependency trees (CoNLL-U)", runParse},
		{"demo", "build a graph from the built-in example articles and write demo.svg", runDemo},
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
	fmt.Fprintf(e.stderr, "newsgraph: unknown command %q\n\n", args[0])
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
