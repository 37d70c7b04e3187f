#!/usr/bin/env python3
"""Load a newsgraph export into pandas and networkx and list the most connected entities.

    newsgraph export --db news.db --format csv -o out/
    newsgraph export --db news.db --format graphml -o out/graph.graphml
    python3 examples/notebook.py out/

Python packages: networkx (2.8 or 3.x) and, optionally, pandas; on Debian or
Ubuntu `apt-get install python3-networkx python3-pandas`, elsewhere
`pip install networkx pandas`. Without pandas the csv module reads the files.

Reads out/nodes.csv, out/edges.csv and out/statements.csv with pandas when
it is installed, and out/graph.graphml with networkx, then prints the node
and edge counts of each and the most connected entities. The first line,
"counts csv=N,M graphml=N,M", is what tests compare.

"Most connected" is newsgraph's one definition (FORMATS.md, `newsgraph query
top --help`): the number of distinct other entities linked to an entity by a
relation (either direction) or by a statement (its speaker and each entity
the statement is about). Statements are not entities, and neither is the
unknown speaker of unattributed quotes. Ties go to more facts, then more
mentions, then the id, so this list is the list `newsgraph query top` prints.
"""

import csv
import os
import sys

import networkx as nx

try:
    import pandas as pd
except ImportError:  # pandas is optional: the csv module reads the same files
    pd = None


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load_csv(folder):
    """Return (nodes, edges, statements) as pandas DataFrames, or lists of dicts without pandas."""
    paths = [os.path.join(folder, n) for n in ("nodes.csv", "edges.csv", "statements.csv")]
    if pd is not None:
        # keep_default_na=False: an empty alias list is "", not NaN.
        nodes = pd.read_csv(paths[0], keep_default_na=False, dtype={"mentions": int})
        edges = pd.read_csv(paths[1], keep_default_na=False,
                            dtype={"negated": bool, "confidence": float})
        statements = pd.read_csv(paths[2], keep_default_na=False) if os.path.exists(paths[2]) else None
        return nodes, edges, statements
    statements = read_rows(paths[2]) if os.path.exists(paths[2]) else None
    return read_rows(paths[0]), read_rows(paths[1]), statements


def records(table):
    """Rows of a DataFrame or of a list of dicts, as dicts."""
    if pd is not None and isinstance(table, pd.DataFrame):
        return table.to_dict("records")
    return table


def most_connected(nodes, edges):
    """Rank entities by newsgraph's definition of "most connected"."""
    node = {r["id"]: r for r in records(nodes)}
    entity = {i for i, r in node.items() if r["type"] not in ("STATEMENT", "UNKNOWN")}
    g = nx.Graph()  # undirected, simple: a neighbour counts once
    g.add_nodes_from(entity)
    facts = {}  # entity id -> distinct (source, predicate, target) it is in
    speaker = {}  # statement id -> its speaker
    about = {}  # statement id -> the entities it is about
    for e in records(edges):
        s, t, kind = e["source"], e["target"], e["kind"]
        if kind == "relation":
            for x in {s, t}:
                facts.setdefault(x, set()).add((s, e["predicate"], t))
            if s in entity and t in entity and s != t:
                g.add_edge(s, t)
        elif kind == "said":
            speaker[t] = s
        elif kind == "about":
            about.setdefault(s, set()).add(t)
    for stmt, spk in speaker.items():
        for a in about.get(stmt, ()):
            if spk in entity and a in entity and spk != a:
                g.add_edge(spk, a)
    ranked = [(-g.degree(n), -len(facts.get(n, ())), -int(node[n]["mentions"]), n) for n in entity]
    ranked.sort()
    return [(n, -d, node[n]) for d, _, _, n in ranked]


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = argv[1]
    graphml = argv[2] if len(argv) > 2 else os.path.join(folder, "graph.graphml")
    nodes, edges, statements = load_csv(folder)
    g = nx.read_graphml(graphml)
    print("counts csv=%d,%d graphml=%d,%d" % (len(nodes), len(edges), g.number_of_nodes(), g.number_of_edges()))
    print("loaded with %s, networkx %s" % (
        "pandas " + pd.__version__ if pd is not None else "the csv module (pandas not installed)", nx.__version__))

    print("\nmost connected entities (distinct entities linked by relations or statements):")
    print("%-30s %-8s %6s %8s" % ("name", "type", "degree", "mentions"))
    for n, deg, d in most_connected(nodes, edges)[:15]:
        print("%-30s %-8s %6d %8d" % (d["name"][:30], d["type"], deg, int(d["mentions"])))

    if pd is not None:
        print("\nedges by kind and stance:")
        print(edges.groupby(["kind", "stance"]).size().to_string())
        if statements is not None and len(statements):
            print("\nstatements by speaker:")
            print(statements.groupby("speaker").size().sort_values(ascending=False).head(10).to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
