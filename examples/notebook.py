#!/usr/bin/env python3
"""Load a newsgraph export into pandas and networkx and list the top entities.

    newsgraph export --db news.db --format csv -o out/
    newsgraph export --db news.db --format graphml -o out/graph.graphml
    python3 examples/notebook.py out/

Reads out/nodes.csv and out/edges.csv with pandas when pandas is installed
(the csv module otherwise) and out/graph.graphml with networkx, then prints
the node and edge counts of each and the entities with the highest degree.
The first line, "counts csv=N,M graphml=N,M", is what tests compare.
"""

import csv
import os
import sys

import networkx as nx

try:
    import pandas as pd
except ImportError:  # pandas is optional: the csv module reads the same files
    pd = None


def load_csv(folder):
    """Return (nodes, edges) as pandas DataFrames, or lists of dicts without pandas."""
    nodes_path = os.path.join(folder, "nodes.csv")
    edges_path = os.path.join(folder, "edges.csv")
    if pd is not None:
        # keep_default_na=False: an empty alias list is "", not NaN.
        nodes = pd.read_csv(nodes_path, keep_default_na=False, dtype={"mentions": int})
        edges = pd.read_csv(edges_path, keep_default_na=False,
                            dtype={"negated": bool, "confidence": float})
        return nodes, edges
    with open(nodes_path, newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(edges_path, newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    return nodes, edges


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = argv[1]
    graphml = argv[2] if len(argv) > 2 else os.path.join(folder, "graph.graphml")
    nodes, edges = load_csv(folder)
    g = nx.read_graphml(graphml)
    print("counts csv=%d,%d graphml=%d,%d" % (len(nodes), len(edges), g.number_of_nodes(), g.number_of_edges()))
    print("loaded with %s" % ("pandas " + pd.__version__ if pd is not None else "the csv module (pandas not installed)"))

    # Degree over relations and statements alike, entities only: statements
    # are nodes too, but "who is most connected" is a question about actors.
    entities = [n for n, d in g.nodes(data=True) if d.get("type") not in ("STATEMENT",)]
    degree = sorted(((g.degree(n), n) for n in entities), reverse=True)
    print("\ntop entities by degree:")
    print("%-30s %-8s %6s %8s" % ("name", "type", "degree", "mentions"))
    for deg, n in degree[:15]:
        d = g.nodes[n]
        print("%-30s %-8s %6d %8d" % (d.get("name", n)[:30], d.get("type", ""), deg, d.get("mentions", 0)))

    if pd is not None:
        print("\nedges by kind and stance:")
        print(edges.groupby(["kind", "stance"]).size().to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
